"""The one place carrier HTTP happens: client factory, time budget, retries, translation.

Every lookup gets a total time budget (``CarrierConfig.timeout``): retries and backoff
never stretch a lookup beyond it, so a slow carrier costs a draft at most that long.
5xx answers and transport errors are retried with exponential backoff; 429 is retried
after ``Retry-After`` when the wait fits the cap and the budget, otherwise it surfaces
as :class:`CarrierRateLimited` at once (a worker thread must not sleep until midnight
because DHL's daily quota ran out).  httpx errors never leave this module.
"""

from __future__ import annotations

import email.utils
import json
import ssl
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx

from carriers.errors import CarrierRateLimited, CarrierUnavailable, TrackingNotFound
from carriers.model import Tracking, TrackingStatus

__all__ = ["CarrierConfig", "CarrierHttp", "parse_retry_after"]


@dataclass(frozen=True, slots=True)
class CarrierConfig:
    """How to reach one carrier API. Secrets arrive already revealed, as plain strings."""

    base_url: str
    client_id: str = ""
    client_secret: str = ""
    api_key: str = ""
    timeout: float = 10.0  # total seconds for one lookup, retries included
    retries: int = 2  # extra attempts after a 5xx, transport error or 429
    backoff: float = 0.5  # first pause between attempts; doubles each time
    max_retry_after: float = 30.0  # longest Retry-After we wait for inside one lookup

    def __post_init__(self) -> None:
        if not self.base_url.startswith(("http://", "https://")):
            raise ValueError(f"carrier base URL {self.base_url!r} must start with https://")
        if self.timeout <= 0:
            raise ValueError("carrier timeout must be positive")


_ssl_lock = threading.Lock()
_ssl_context: ssl.SSLContext | None = None


def _shared_ssl_context() -> ssl.SSLContext:
    # Building a context reads the CA bundle (~30 ms); one verified context serves
    # every carrier client, and SSLContext is safe to share between threads.
    global _ssl_context
    with _ssl_lock:
        if _ssl_context is None:
            _ssl_context = httpx.create_ssl_context()
        return _ssl_context


def parse_retry_after(value: str | None, *, now: datetime) -> float | None:
    """Seconds to wait from a ``Retry-After`` header: delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


class CarrierHttp:
    """An httpx client bound to one carrier, with the retry and translation rules above."""

    def __init__(
        self,
        carrier: str,
        config: CarrierConfig,
        *,
        sleep: Callable[[float], None] = time.sleep,
        monotonic: Callable[[], float] = time.monotonic,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.carrier = carrier
        self._clock = clock
        self.config = config
        self._sleep = sleep
        self._monotonic = monotonic
        self._client = httpx.Client(
            base_url=config.base_url,
            timeout=httpx.Timeout(config.timeout),
            headers={"Accept": "application/json", "User-Agent": "wismo-bot"},
            follow_redirects=False,
            verify=_shared_ssl_context(),
            trust_env=False,  # base URLs come from settings only, never from proxy env vars
        )

    def close(self) -> None:
        self._client.close()

    def deadline(self) -> float:
        """A fresh time budget for one lookup, to share between token and tracking calls."""
        return self._monotonic() + self.config.timeout

    def send(
        self,
        method: str,
        path: str,
        *,
        deadline: float,
        headers: Mapping[str, str] | None = None,
        params: Mapping[str, str] | None = None,
        json_body: Any = None,
        form: Mapping[str, str] | None = None,
        auth: tuple[str, str] | None = None,
    ) -> httpx.Response:
        """Send with retries; return any answer below 500 other than 429.

        Raises :class:`CarrierUnavailable` (timeout, connection error, 5xx after retries)
        or :class:`CarrierRateLimited` (429 that cannot be waited out).
        """
        attempt = 0
        while True:
            remaining = deadline - self._monotonic()
            if remaining <= 0:
                raise CarrierUnavailable(
                    self.carrier, f"no answer within {self.config.timeout:g} s"
                )
            try:
                response = self._client.request(
                    method,
                    path,
                    headers=headers,
                    params=params,
                    json=json_body,
                    data=form,
                    auth=auth,
                    timeout=httpx.Timeout(remaining),
                )
            except httpx.TimeoutException as exc:
                # A timeout already used the budget: retrying could only overrun it.
                raise CarrierUnavailable(
                    self.carrier, f"no answer within {self.config.timeout:g} s"
                ) from exc
            except httpx.HTTPError as exc:
                if not self._pause(attempt, self._backoff(attempt), deadline):
                    raise CarrierUnavailable(
                        self.carrier, f"cannot connect to {self.config.base_url}: {exc}"
                    ) from exc
                attempt += 1
                continue

            if response.status_code == 429:
                wait = parse_retry_after(response.headers.get("Retry-After"), now=self._clock())
                if wait is None:
                    wait = self._backoff(attempt)
                if wait > self.config.max_retry_after or not self._pause(attempt, wait, deadline):
                    raise CarrierRateLimited(self.carrier, wait)
                attempt += 1
                continue
            if response.status_code >= 500:
                if not self._pause(attempt, self._backoff(attempt), deadline):
                    raise CarrierUnavailable(
                        self.carrier, f"server error {response.status_code} after retries"
                    )
                attempt += 1
                continue
            return response

    def _backoff(self, attempt: int) -> float:
        return float(self.config.backoff * (2**attempt))

    def _pause(self, attempt: int, wait: float, deadline: float) -> bool:
        """Sleep before another attempt if one is allowed and fits the budget."""
        if attempt >= self.config.retries:
            return False
        if self._monotonic() + wait >= deadline:
            return False
        self._sleep(wait)
        return True

    def json(self, response: httpx.Response) -> Any:
        """The body as JSON; an unreadable body means the carrier is misbehaving."""
        try:
            return response.json()
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise CarrierUnavailable(
                self.carrier, f"unreadable answer (HTTP {response.status_code}, not JSON)"
            ) from exc

    def tracking(
        self, response: httpx.Response, number: str, parse: Callable[[Any], Tracking]
    ) -> Tracking:
        """The one shipment in a tracking answer, read by ``parse``.

        400 or 404, or a body that parses as NOT_FOUND, mean the carrier does not know
        ``number`` (:class:`TrackingNotFound`); any other non-200 answer is an outage.
        """
        if response.status_code in {400, 404}:
            raise TrackingNotFound(self.carrier, number)
        if response.status_code != 200:
            raise CarrierUnavailable(self.carrier, f"tracking answered HTTP {response.status_code}")
        tracking = parse(self.json(response))
        if tracking.status is TrackingStatus.NOT_FOUND:
            raise TrackingNotFound(self.carrier, number)
        return tracking
