"""SP-API Orders v2026-01-01 client: one order with its packages and tracking numbers.

``GET {endpoint}/orders/2026-01-01/orders/{orderId}?includedData=FULFILLMENT,PACKAGES,...``
with the LWA access token in ``x-amz-access-token``.  getOrder allows 0.5 requests a
second (burst 30), so answers are cached for a few minutes and concurrent look-ups of one
order wait for a single call.  Every httpx error is translated at this boundary:

- 404 -> :class:`OrderNotFound`
- 401/403 -> one retry with a fresh token, then :class:`AmazonAuthFailed` saying what to check
- 429 -> wait (``Retry-After``, else the ``x-amzn-RateLimit-Limit`` rate), bounded, then
  :class:`AmazonRateLimited`
- timeouts, refused connections, 5xx -> :class:`AmazonUnavailable`
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote

import httpx

from bot.amazon.lwa import Clock, LwaTokenProvider
from bot.amazon.orders_parse import OrderPayloadError, parse_get_order
from bot.domain import Account, Order
from bot.errors import (
    AmazonAuthFailed,
    AmazonError,
    AmazonRateLimited,
    AmazonUnavailable,
    ConfigError,
    OrderNotFound,
)

__all__ = [
    "DEFAULT_INCLUDED_DATA",
    "REGION_ENDPOINTS",
    "OrdersClient",
    "SpApiConfig",
    "orders_client_for",
]

log = logging.getLogger(__name__)

REGION_ENDPOINTS = {
    "na": "https://sellingpartnerapi-na.amazon.com",
    "eu": "https://sellingpartnerapi-eu.amazon.com",
    "fe": "https://sellingpartnerapi-fe.amazon.com",
}
# BUYER and RECIPIENT need the seller to grant a PII role; without it Amazon leaves them out.
DEFAULT_INCLUDED_DATA = ("FULFILLMENT", "PACKAGES", "BUYER", "RECIPIENT")
ORDER_ID = re.compile(r"^\d{3}-\d{7}-\d{7}$")
_STRIPES = 64


@dataclass(frozen=True, slots=True)
class SpApiConfig:
    """Everything the Orders client needs; secrets stay out of the repr."""

    refresh_token: str = field(repr=False)
    client_id: str
    client_secret: str = field(repr=False)
    region: str = "na"
    base_url: str = ""  # overrides the regional endpoint (the sandbox, a proxy)
    token_url: str = "https://api.amazon.com/auth/o2/token"
    timeout: float = 10.0
    included_data: tuple[str, ...] = DEFAULT_INCLUDED_DATA
    max_attempts: int = 3  # per call, counting the first
    max_wait: float = 10.0  # the longest back-off slept inside one call, in seconds
    cache_for: timedelta = timedelta(minutes=5)
    cache_size: int = 2000

    @property
    def endpoint(self) -> str:
        if self.base_url:
            return self.base_url.rstrip("/")
        try:
            return REGION_ENDPOINTS[self.region]
        except KeyError:
            raise ConfigError([f"SPAPI_REGION: {self.region!r} is not one of na, eu, fe"]) from None


def _utcnow() -> datetime:
    return datetime.now(UTC)


class OrdersClient:
    """``get_order(order_id) -> Order``; safe to share between threads."""

    def __init__(
        self,
        config: SpApiConfig,
        *,
        http: httpx.Client | None = None,
        clock: Clock = _utcnow,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._config = config
        self._endpoint = config.endpoint
        self._owns_http = http is None
        self._http = http or httpx.Client(timeout=config.timeout)
        self._clock = clock
        self._sleep = sleep
        self._tokens = LwaTokenProvider(
            token_url=config.token_url,
            client_id=config.client_id,
            client_secret=config.client_secret,
            refresh_token=config.refresh_token,
            http=self._http,
            clock=clock,
        )
        self._cache: dict[str, tuple[datetime, Order]] = {}
        self._cache_lock = threading.Lock()
        # Striped locks: concurrent look-ups of one order make one call, different
        # orders rarely wait on each other, and the lock table never grows.
        self._stripes = [threading.Lock() for _ in range(_STRIPES)]

    def __repr__(self) -> str:
        return f"OrdersClient({self._endpoint!r})"

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> OrdersClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get_order(self, order_id: str) -> Order:
        """The order with its packages, from cache when fetched within ``cache_for``."""
        order_id = order_id.strip()
        if not ORDER_ID.match(order_id):
            # Amazon would answer 400 InvalidInput: spare the quota.
            raise OrderNotFound(order_id)
        with self._stripes[hash(order_id) % _STRIPES]:
            cached = self._cached(order_id)
            if cached is not None:
                return cached
            order = self._fetch(order_id)
            self._remember(order_id, order)
            return order

    def forget(self, order_id: str) -> None:
        """Drop a cached order (e.g. after the seller confirmed shipment)."""
        with self._cache_lock:
            self._cache.pop(order_id, None)

    def _cached(self, order_id: str) -> Order | None:
        with self._cache_lock:
            hit = self._cache.get(order_id)
        if hit and self._clock() - hit[0] < self._config.cache_for:
            return hit[1]
        return None

    def _remember(self, order_id: str, order: Order) -> None:
        now = self._clock()
        with self._cache_lock:
            if len(self._cache) >= self._config.cache_size:
                fresh = {
                    k: v for k, v in self._cache.items() if now - v[0] < self._config.cache_for
                }
                while len(fresh) >= self._config.cache_size:  # all fresh: drop the oldest
                    fresh.pop(min(fresh, key=lambda k: fresh[k][0]))
                self._cache = fresh
            self._cache[order_id] = (now, order)

    def _fetch(self, order_id: str) -> Order:
        url = f"{self._endpoint}/orders/2026-01-01/orders/{quote(order_id, safe='')}"
        params = {"includedData": ",".join(self._config.included_data)}
        token_renewed = False
        attempt = 0
        while True:
            attempt += 1
            token = self._tokens.access_token()
            response = self._get(url, params, token)
            status = response.status_code
            if status == 200:
                return self._parse(order_id, response)
            if status == 404:
                raise OrderNotFound(order_id)
            if status in (401, 403):
                if not token_renewed:  # expired or revoked token: one retry with a new one
                    token_renewed = True
                    self._tokens.invalidate(token)
                    continue
                raise AmazonAuthFailed(
                    f"SP-API refused access to order {order_id} ({_describe(response)}): "
                    f"check that the seller authorised this app in region "
                    f"{self._config.region!r} (SPAPI_REGION) with the Inventory and Order "
                    "Tracking role, and that SPAPI_BASE_URL, if set, is that region's endpoint"
                )
            wait = _wait_for(response, attempt) if status == 429 or status >= 500 else None
            if wait is None:
                raise AmazonError(
                    f"SP-API refused the request for order {order_id} ({_describe(response)})"
                )
            if attempt >= self._config.max_attempts or wait > self._config.max_wait:
                if status == 429:
                    raise AmazonRateLimited(wait)
                raise AmazonUnavailable(
                    f"SP-API answered {_describe(response)} for order {order_id} "
                    f"{attempt} time(s): will retry later"
                )
            log.info("SP-API answered %s for %s; retrying in %.1f s", status, order_id, wait)
            self._sleep(wait)

    def _get(self, url: str, params: dict[str, str], token: str) -> httpx.Response:
        try:
            return self._http.get(
                url,
                params=params,
                headers={
                    "x-amz-access-token": token,
                    "Accept": "application/json",
                    "User-Agent": "wismo-bot (Language=Python)",
                },
            )
        except httpx.TimeoutException as exc:
            raise AmazonUnavailable(
                f"SP-API ({self._endpoint}) did not answer within {self._config.timeout} s"
            ) from exc
        except httpx.HTTPError as exc:
            raise AmazonUnavailable(
                f"cannot reach SP-API at {self._endpoint} ({type(exc).__name__})"
            ) from exc

    def _parse(self, order_id: str, response: httpx.Response) -> Order:
        try:
            body = response.json()
        except ValueError as exc:
            raise AmazonUnavailable(f"SP-API answered order {order_id} with invalid JSON") from exc
        order = parse_get_order(body)
        if order.order_id != order_id:
            raise OrderPayloadError(
                f"SP-API answered order {order.order_id} when asked for {order_id}"
            )
        return order


def _describe(response: httpx.Response) -> str:
    """``403 Unauthorized: Access to requested resource is denied.`` from the error list."""
    try:
        body: Any = response.json()
        first = body["errors"][0]
        return f"{response.status_code} {first.get('code', '')}: {first.get('message', '')}"
    except (ValueError, KeyError, IndexError, TypeError, AttributeError):
        return f"HTTP {response.status_code}"


def _wait_for(response: httpx.Response, attempt: int) -> float:
    """Seconds to wait before the next try: the server's word first, then back-off."""
    retry_after = response.headers.get("Retry-After")
    if retry_after is not None:
        try:
            return max(0.0, float(retry_after))
        except ValueError:
            pass  # an HTTP date: fall through to the rate or back-off
    rate = response.headers.get("x-amzn-RateLimit-Limit")
    if response.status_code == 429 and rate:
        try:
            per_second = float(rate)
            if per_second > 0:
                return 1.0 / per_second  # one token of the bucket refills in 1/rate s
        except ValueError:
            pass
    return min(0.5 * 2.0 ** (attempt - 1), 8.0)


def orders_client_for(
    account: Account,
    *,
    base_url: str = "",
    token_url: str = "https://api.amazon.com/auth/o2/token",
    http: httpx.Client | None = None,
    clock: Clock = _utcnow,
) -> OrdersClient:
    """The client of one seller account (``base_url``: ``SPAPI_BASE_URL``, else its
    region's endpoint)."""
    config = SpApiConfig(
        refresh_token=account.spapi_refresh_token,
        client_id=account.spapi_client_id,
        client_secret=account.spapi_client_secret,
        region=account.spapi_region,
        base_url=base_url,
        token_url=token_url,
    )
    return OrdersClient(config, http=http, clock=clock)
