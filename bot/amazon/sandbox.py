"""A local stand-in for SP-API Orders v2026-01-01 and its Login with Amazon token endpoint.

Shipped in the package because ``wismo demo`` runs on it; the tests use it over real HTTP.
It listens on 127.0.0.1 on an ephemeral port and answers like Amazon does: JSON bodies
shaped like the model's examples (``models/orders-api-model/orders_2026-01-01.json`` in
``amzn/selling-partner-api-models``: the getOrder sandbox orders 171-9876543-2109876 and
028-1234567-8901234, the Royal Mail response example 202-1234567-8901234, the DPD
searchOrders order 202-7654321-1098765), the error list ``{"errors": [{code, message,
details}]}``, ``x-amzn-RateLimit-Limit`` on every answer, only the ``includedData`` asked
for, and refresh-token grants checked like LWA checks them.

    with SpApiSandbox() as amazon:
        client = OrdersClient(amazon.config())
        client.get_order(EXAMPLE_ORDERS["shipped_ups"])
        amazon.add_order(order_payload("113-...", packages=[package("USPS", "9400...")]))
        amazon.fail_next(429, retry_after=1)   # the next order call is throttled

Tracking numbers are valid for their carrier (check digits included) unless the official
example itself uses another one (``RR123456789GB``, ``15501234567890123456``).
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from copy import deepcopy
from dataclasses import dataclass, replace
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from bot.amazon.spapi import SpApiConfig
from carriers.sandbox import LocalServer, send_json

__all__ = [
    "EXAMPLE_ORDERS",
    "NOT_FOUND_ORDER_ID",
    "SANDBOX_CLIENT_ID",
    "SANDBOX_CLIENT_SECRET",
    "SANDBOX_REFRESH_TOKEN",
    "RecordedRequest",
    "SpApiSandbox",
    "example_payloads",
    "order_payload",
    "package",
]

SANDBOX_REFRESH_TOKEN = "Atzr|sandbox-refresh-token"
SANDBOX_CLIENT_ID = "amzn1.application-oa2-client.sandbox"
SANDBOX_CLIENT_SECRET = "sandbox-client-secret"
NOT_FOUND_ORDER_ID = "999-0000000-0000000"

ORDER_PATH = "/orders/2026-01-01/orders/"
TOKEN_PATH = "/auth/o2/token"
INCLUDED_DATA = {
    "BUYER": "buyer",
    "RECIPIENT": "recipient",
    "PROCEEDS": "proceeds",
    "EXPENSE": "expense",
    "PROMOTION": "promotion",
    "CANCELLATION": "cancellation",
    "FULFILLMENT": "fulfillment",
    "PACKAGES": "packages",
    "TAX": "tax",
    "PAYMENT": "payment",
    "FULFILLMENT_ORDERS": "fulfillmentOrders",
}

_MARKETPLACES = {  # marketplaceId -> (name, relay domain)
    "ATVPDKIKX0DER": ("Amazon.com", "amazon.com"),
    "A2Q3Y263D00KWC": ("Amazon.com.br", "amazon.com.br"),
    "A33AVAJ2PDY3EV": ("Amazon.com.tr", "amazon.com.tr"),
    "A1F83G8C2ARO7P": ("Amazon.co.uk", "amazon.co.uk"),
    "A1PA6795UKMFR9": ("Amazon.de", "amazon.de"),
    "A13V1IB3VIYZZH": ("Amazon.fr", "amazon.fr"),
}


def package(
    carrier: str,
    tracking_number: str,
    *,
    service: str | None = None,
    status: str = "IN_TRANSIT",
    detailed_status: str | None = None,
    ship_time: str = "2024-12-26T14:00:00Z",
    reference: str | None = None,
) -> dict[str, Any]:
    """One ``packages[]`` entry of the v2026-01-01 model."""
    return {
        "packageReferenceId": reference or f"PKG-{tracking_number[-6:]}",
        "createdTime": ship_time,
        "packageStatus": {"status": status, "detailedStatus": detailed_status or status},
        "carrier": carrier,
        "shipTime": ship_time,
        "shippingService": service or f"{carrier} Standard",
        "trackingNumber": tracking_number,
        "packageItems": [{"orderItemId": "10000000000001", "quantity": 1}],
    }


def order_payload(
    order_id: str,
    *,
    status: str = "SHIPPED",
    fulfilled_by: str = "MERCHANT",
    marketplace_id: str = "ATVPDKIKX0DER",
    created: str = "2024-12-24T20:30:00Z",
    ship_by: tuple[str, str] = ("2024-12-26T00:00:00Z", "2024-12-27T23:59:59Z"),
    deliver_by: tuple[str, str] = ("2024-12-28T00:00:00Z", "2024-12-31T23:59:59Z"),
    service_level: str = "STANDARD",
    title: str = "Echo Dot (4th Gen) | Smart speaker with Alexa | Charcoal",
    packages: Sequence[Mapping[str, Any]] = (),
    buyer_name: str = "Jane Doe",
    buyer_email: str | None = None,
    city: str = "Seattle",
    postal_code: str = "98101",
    country_code: str = "US",
) -> dict[str, Any]:
    """A getOrder answer ``{"order": {...}}`` with the fields the model's examples carry."""
    name, domain = _MARKETPLACES.get(marketplace_id, ("Amazon", "amazon.com"))
    order: dict[str, Any] = {
        "orderId": order_id,
        "createdTime": created,
        "lastUpdatedTime": created,
        "programs": [],
        "salesChannel": {
            "channelName": "AMAZON",
            "marketplaceId": marketplace_id,
            "marketplaceName": name,
        },
        "buyer": {
            "buyerName": buyer_name,
            "buyerEmail": buyer_email or f"buyer-email@marketplace.{domain}",
        },
        "recipient": {
            "deliveryAddress": {
                "name": buyer_name,
                "addressLine1": "123 Main Street",
                "city": city,
                "postalCode": postal_code,
                "countryCode": country_code,
                "addressType": "RESIDENTIAL",
            }
        },
        "fulfillment": {
            "fulfillmentStatus": status,
            "fulfilledBy": fulfilled_by,
            "fulfillmentServiceLevel": service_level,
            "shipByWindow": {"earliestDateTime": ship_by[0], "latestDateTime": ship_by[1]},
            "deliverByWindow": {"earliestDateTime": deliver_by[0], "latestDateTime": deliver_by[1]},
        },
        "orderItems": [
            {
                "orderItemId": "10000000000001",
                "quantityOrdered": 1,
                "product": {"asin": "B08N5WRWNW", "title": title, "sellerSku": "SKU-1"},
            }
        ],
    }
    if fulfilled_by == "MERCHANT":  # "Only available for merchant-fulfilled (FBM) orders"
        order["packages"] = [dict(p) for p in packages]
    return {"order": order}


def example_payloads() -> dict[str, dict[str, Any]]:
    """The sandbox's built-in orders by scenario name (fresh copies)."""
    return {
        "unshipped": order_payload(
            "171-9876543-2109876",
            status="UNSHIPPED",
            marketplace_id="A2Q3Y263D00KWC",
            title="Echo Dot (4ª Geração) | Smart Speaker com Alexa | Cor Preta",
            buyer_name="Maria Silva Santos",
            city="São Paulo",
            postal_code="01234-567",
            country_code="BR",
        ),
        "shipped_ups": order_payload(
            "028-1234567-8901234",
            marketplace_id="A33AVAJ2PDY3EV",
            created="2025-03-15T10:30:00Z",
            ship_by=("2025-03-16T00:00:00Z", "2025-03-17T23:59:59Z"),
            deliver_by=("2025-03-18T00:00:00Z", "2025-03-21T23:59:59Z"),
            title="Fire HD 10 tablet | 10.1 inch, 1080p Full HD",
            packages=[
                package(
                    "UPS",
                    "1Z999AA10123456784",
                    service="UPS Standard",
                    status="IN_TRANSIT",
                    detailed_status="PICKED_UP",
                    ship_time="2025-03-16T15:00:00Z",
                )
            ],
            buyer_name="Mehmet Yilmaz",
            city="Istanbul",
            postal_code="34430",
            country_code="TR",
        ),
        "two_packages": order_payload(
            "114-9876543-1234567",
            packages=[
                package(
                    "UPS",
                    "1Z5R89390357567127",
                    service="UPS Ground",
                    status="DELIVERED",
                    detailed_status="DELIVERED",
                ),
                package(
                    "USPS",
                    "9400111206206406260787",
                    service="USPS Ground Advantage",
                    status="IN_TRANSIT",
                    detailed_status="AT_DESTINATION_FC",
                    ship_time="2024-12-27T10:00:00Z",
                ),
            ],
        ),
        "royal_mail": order_payload(
            "202-1234567-8901234",
            marketplace_id="A1F83G8C2ARO7P",
            created="2024-12-25T09:15:00Z",
            ship_by=("2024-12-25T00:00:00Z", "2024-12-26T23:59:59Z"),
            deliver_by=("2024-12-27T00:00:00Z", "2024-12-30T23:59:59Z"),
            packages=[
                package(
                    "Royal Mail",
                    "RR123456789GB",
                    service="Royal Mail Tracked 48",
                    status="IN_TRANSIT",
                    detailed_status="OUT_FOR_DELIVERY",
                    reference="UK-PKG-2024-001",
                )
            ],
            buyer_name="James Wilson",
            city="Manchester",
            postal_code="M1 2AB",
            country_code="GB",
        ),
        "dpd": order_payload(
            "202-7654321-1098765",
            marketplace_id="A1F83G8C2ARO7P",
            packages=[
                package(
                    "DPD",
                    "15501234567890123456",
                    service="DPD Next Day",
                    status="IN_TRANSIT",
                    detailed_status="OUT_FOR_DELIVERY",
                )
            ],
            city="London",
            postal_code="EC1A 1BB",
            country_code="GB",
        ),
        "fedex": order_payload(
            "113-2345678-9012345",
            packages=[package("FedEx", "986578788855", service="FedEx Ground")],
            city="Austin",
            postal_code="78701",
        ),
        "dhl": order_payload(
            "304-2345678-9012345",
            marketplace_id="A1PA6795UKMFR9",
            packages=[package("DHL", "3318810025", service="DHL Paket")],
            buyer_name="Jürgen Müller",
            city="Berlin",
            postal_code="10115",
            country_code="DE",
        ),
        "amazon_fulfilled": order_payload(
            "303-1234567-7654321",
            fulfilled_by="AMAZON",
            marketplace_id="A1PA6795UKMFR9",
            service_level="EXPEDITED",
            city="München",
            postal_code="80331",
            country_code="DE",
        ),
        "cancelled": order_payload("111-4444444-5555555", status="CANCELLED"),
    }


EXAMPLE_ORDERS: dict[str, str] = {
    name: payload["order"]["orderId"] for name, payload in example_payloads().items()
}


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    form: dict[str, list[str]]


@dataclass(frozen=True, slots=True)
class _Failure:
    status: int
    retry_after: float | None
    rate_limit: str | None


class SpApiSandbox:
    """Fake SP-API + LWA on 127.0.0.1; a context manager; safe across threads."""

    def __init__(
        self,
        *,
        orders: Iterable[Mapping[str, Any]] | None = None,
        token_lifetime: int = 3600,
        rate_limit: str = "0.5",
    ) -> None:
        self._lock = threading.Lock()
        self._orders: dict[str, dict[str, Any]] = {}
        for payload in example_payloads().values() if orders is None else orders:
            self.add_order(payload)
        self.token_lifetime = token_lifetime
        self.rate_limit = rate_limit
        self.delay = 0.0  # seconds every order answer waits: a slow Amazon
        self.refresh_token = SANDBOX_REFRESH_TOKEN
        self.client_id = SANDBOX_CLIENT_ID
        self.client_secret = SANDBOX_CLIENT_SECRET
        self.requests: list[RecordedRequest] = []
        self._issued: set[str] = set()
        self._order_failures: deque[_Failure] = deque()
        self._token_failures: deque[_Failure] = deque()
        self._server: LocalServer | None = None

    # -- life cycle ---------------------------------------------------------------------

    def start(self) -> SpApiSandbox:
        if self._server is None:
            self._server = LocalServer(_handler_for(self), name="spapi-sandbox").start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.stop()
            self._server = None

    def __enter__(self) -> SpApiSandbox:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        if self._server is None:
            raise RuntimeError("SpApiSandbox is not running: use it as a context manager")
        return f"http://127.0.0.1:{self._server.port}"

    @property
    def token_url(self) -> str:
        return self.base_url + TOKEN_PATH

    def config(self, **overrides: Any) -> SpApiConfig:
        """Client settings that reach this sandbox with valid credentials."""
        config = SpApiConfig(
            refresh_token=self.refresh_token,
            client_id=self.client_id,
            client_secret=self.client_secret,
            base_url=self.base_url,
            token_url=self.token_url,
        )
        return replace(config, **overrides)

    def env(self) -> dict[str, str]:
        """The environment variables that point a ``wismo`` process at this sandbox."""
        return {
            "SPAPI_REFRESH_TOKEN": self.refresh_token,
            "SPAPI_CLIENT_ID": self.client_id,
            "SPAPI_CLIENT_SECRET": self.client_secret,
            "SPAPI_BASE_URL": self.base_url,
            "LWA_TOKEN_URL": self.token_url,
        }

    # -- what it answers ----------------------------------------------------------------

    def add_order(self, payload: Mapping[str, Any]) -> str:
        """Register a getOrder answer (``{"order": {...}}`` or the order itself); returns its id."""
        order = payload.get("order", payload)
        order_id = order.get("orderId") if isinstance(order, Mapping) else None
        if not isinstance(order_id, str) or not order_id:
            raise ValueError("an SP-API order needs an 'orderId'")
        with self._lock:
            self._orders[order_id] = deepcopy(dict(order))
        return order_id

    def fail_next(
        self,
        status: int,
        *,
        times: int = 1,
        retry_after: float | None = None,
        rate_limit: str | None = None,
    ) -> None:
        """The next ``times`` order calls answer ``status`` (429, 500, 503, 401, 403, ...)."""
        with self._lock:
            self._order_failures.extend([_Failure(status, retry_after, rate_limit)] * times)

    def fail_token_next(self, status: int, *, times: int = 1) -> None:
        with self._lock:
            self._token_failures.extend([_Failure(status, None, None)] * times)

    def revoke_tokens(self) -> None:
        """Every access token issued so far stops working (as after expiry)."""
        with self._lock:
            self._issued.clear()

    def count(self, path_prefix: str) -> int:
        with self._lock:
            return sum(1 for r in self.requests if r.path.startswith(path_prefix))

    @property
    def token_requests(self) -> int:
        return self.count(TOKEN_PATH)

    @property
    def order_requests(self) -> int:
        return self.count(ORDER_PATH)

    # -- request handling (called on server threads) -----------------------------------

    def _record(self, request: RecordedRequest) -> None:
        with self._lock:
            self.requests.append(request)

    def _token(self, form: Mapping[str, list[str]]) -> tuple[int, dict[str, str], Any]:
        def one(name: str) -> str:
            return (form.get(name) or [""])[0]

        with self._lock:
            failure = self._token_failures.popleft() if self._token_failures else None
            if failure:
                return failure.status, {}, {"error": "server_error"}
            if one("grant_type") != "refresh_token":
                return 400, {}, _lwa_error("unsupported_grant_type", "Unsupported grant type")
            if one("client_id") != self.client_id or one("client_secret") != self.client_secret:
                return 401, {}, _lwa_error("invalid_client", "Client authentication failed")
            if one("refresh_token") != self.refresh_token:
                return (
                    400,
                    {},
                    _lwa_error(
                        "invalid_grant",
                        "The request has an invalid grant parameter : refresh_token",
                    ),
                )
            token = f"Atza|sandbox-{len(self._issued) + 1}-{time.monotonic_ns()}"
            self._issued.add(token)
            body = {
                "access_token": token,
                "token_type": "bearer",
                "expires_in": self.token_lifetime,
                "refresh_token": self.refresh_token,
            }
            return 200, {}, body

    def _order(
        self, order_id: str, query: Mapping[str, list[str]], token: str
    ) -> tuple[int, dict[str, str], Any]:
        headers = {"x-amzn-RateLimit-Limit": self.rate_limit}
        with self._lock:
            failure = self._order_failures.popleft() if self._order_failures else None
            authorised = token in self._issued
            order = deepcopy(self._orders.get(order_id))
        if failure:
            if failure.retry_after is not None:
                headers["Retry-After"] = f"{failure.retry_after:g}"
            if failure.rate_limit is not None:
                headers["x-amzn-RateLimit-Limit"] = failure.rate_limit
            return failure.status, headers, _errors(failure.status)
        if not authorised:
            return 403, headers, _errors(403)
        requested = [v for raw in query.get("includedData", []) for v in raw.split(",") if v]
        unknown = [v for v in requested if v not in INCLUDED_DATA]
        if unknown:
            return 400, headers, _error("InvalidInput", f"Invalid includedData: {unknown[0]}")
        if order is None:
            return 404, headers, _error("NotFound", f"Order {order_id} was not found.")
        for dataset, key in INCLUDED_DATA.items():
            if dataset not in requested:
                order.pop(key, None)
        return 200, headers, {"order": order}


def _lwa_error(code: str, description: str) -> dict[str, str]:
    return {"error": code, "error_description": description}


def _error(code: str, message: str, details: str = "") -> dict[str, Any]:
    return {"errors": [{"code": code, "message": message, "details": details}]}


def _errors(status: int) -> dict[str, Any]:
    if status == 429:
        return _error("QuotaExceeded", "You exceeded your quota for the requested resource.")
    if status in (401, 403):
        return _error(
            "Unauthorized",
            "Access to requested resource is denied.",
            "The access token you provided is revoked, malformed or invalid.",
        )
    if status >= 500:
        return _error("InternalFailure", "We encountered an internal error. Please try again.")
    return _error("InvalidInput", "Invalid input.")


def _handler_for(sandbox: SpApiSandbox) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            pass  # quiet: the tests read sandbox.requests instead

        def do_GET(self) -> None:
            self._serve("GET")

        def do_POST(self) -> None:
            self._serve("POST")

        def _serve(self, method: str) -> None:
            parts = urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length).decode("utf-8", "replace") if length else ""
            form = parse_qs(raw) if method == "POST" else {}
            query = parse_qs(parts.query)
            sandbox._record(
                RecordedRequest(
                    method, parts.path, query, {k.lower(): v for k, v in self.headers.items()}, form
                )
            )
            if method == "POST" and parts.path == TOKEN_PATH:
                status, headers, body = sandbox._token(form)
            elif method == "GET" and parts.path.startswith(ORDER_PATH):
                if sandbox.delay:
                    time.sleep(sandbox.delay)
                order_id = unquote(parts.path[len(ORDER_PATH) :])
                token = self.headers.get("x-amz-access-token", "")
                status, headers, body = sandbox._order(order_id, query, token)
            else:
                status, headers, body = 404, {}, _error("NotFound", "Resource not found.")
            self._reply(status, headers, body)

        def _reply(self, status: int, headers: Mapping[str, str], body: Any) -> None:
            # A client that gave up (its timeout) needs no answer.
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                send_json(
                    self,
                    status,
                    body,
                    content_type="application/json;charset=UTF-8",
                    headers={"x-amzn-RequestId": f"sandbox-{time.monotonic_ns()}", **headers},
                    ensure_ascii=False,
                )

    return Handler
