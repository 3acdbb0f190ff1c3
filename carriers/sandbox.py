"""Local fake UPS, USPS, FedEx and DHL APIs on 127.0.0.1, for tests and ``wismo demo``.

One threaded HTTP server serves every carrier under its own path prefix, with the real
APIs' paths below it, so a client only needs a different base URL::

    with CarrierSandbox() as sb:
        client = UpsClient(sb.config("ups"))
        client.track(demo_number("ups", TrackingStatus.IN_TRANSIT), now=...)

Answers are built from the field lists in reference/carriers.md §4 with dates relative
to the sandbox clock, one demo number per (carrier, status) in :data:`DEMO_NUMBERS`
(all with valid check digits, so detection agrees).  Token endpoints check the
credentials; trouble is injected on demand: :meth:`CarrierSandbox.fail` (401, 429 with
Retry-After, 500 ...), :meth:`CarrierSandbox.delay` and :meth:`CarrierSandbox.revoke_tokens`;
:meth:`CarrierSandbox.count` tells how many requests each route received.

:class:`LocalServer` and :func:`send_json` are the plumbing under every local fake (this
one, the SP-API sandbox, the fake Slack): a handler served on an ephemeral 127.0.0.1 port.
"""

from __future__ import annotations

import base64
import json
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler
from types import TracebackType
from typing import Any, Final, Literal
from urllib.parse import parse_qs, unquote, urlsplit

from carriers._fakeserver import LocalServer, send_json
from carriers._http import CarrierConfig
from carriers.model import StatusReason, TrackingStatus

__all__ = [
    "CARRIERS",
    "DEMO_NUMBERS",
    "DEMO_REASON_NUMBERS",
    "SANDBOX_API_KEY",
    "SANDBOX_CLIENT_ID",
    "SANDBOX_CLIENT_SECRET",
    "CarrierSandbox",
    "LocalServer",
    "demo_number",
    "expected_delivery",
    "send_json",
]

S = TrackingStatus
CARRIERS: Final = ("ups", "usps", "fedex", "dhl")
Route = Literal["token", "track"]

SANDBOX_CLIENT_ID: Final = "sandbox-client"
SANDBOX_CLIENT_SECRET: Final = "sandbox-secret"
SANDBOX_API_KEY: Final = "sandbox-api-key"


# -- demo numbers (valid check digits) --------------------------------------------


def _mod10(serial: str, *, evens: int, odds: int, reverse: bool = False) -> str:
    chars = serial[::-1] if reverse else serial
    total = sum(
        (int(c) if c.isdigit() else (ord(c) - 3) % 10) * (evens if i % 2 == 0 else odds)
        for i, c in enumerate(chars)
    )
    return str((10 - total % 10) % 10)


def _ups(seq: int) -> str:
    serial = f"5R893903{4271500 + seq:07d}"
    return f"1Z{serial}{_mod10(serial, evens=1, odds=2)}"


def _usps(seq: int) -> str:
    serial = f"940011120{2250530000 + seq:012d}"
    return serial + _mod10(serial, evens=3, odds=1, reverse=True)


def _fedex(seq: int) -> str:
    serial = f"{77048830000 + seq:011d}"
    weights = (3, 1, 7) * 4
    return serial + str(sum(int(c) * w for c, w in zip(serial, weights, strict=False)) % 11 % 10)


def _dhl(seq: int) -> str:
    serial = f"{418550000 + seq:09d}"
    return serial + str(int(serial) % 7)


_ORDER: Final = tuple(TrackingStatus)
_MAKERS: Final[dict[str, Callable[[int], str]]] = {
    "ups": _ups,
    "usps": _usps,
    "fedex": _fedex,
    "dhl": _dhl,
}
DEMO_NUMBERS: Final[Mapping[str, Mapping[TrackingStatus, str]]] = {
    carrier: {status: make(i + 1) for i, status in enumerate(_ORDER)}
    for carrier, make in _MAKERS.items()
}
_BY_NUMBER: Final[dict[tuple[str, str], TrackingStatus]] = {
    (carrier, number): status
    for carrier, table in DEMO_NUMBERS.items()
    for status, number in table.items()
}


def demo_number(carrier: str, status: TrackingStatus, reason: StatusReason | None = None) -> str:
    """The sandbox number that answers with ``status`` for ``carrier`` (an exception with
    ``reason``: UPS only, lost, damaged or held)."""
    if reason is not None:
        return DEMO_REASON_NUMBERS[(carrier, reason)]
    return DEMO_NUMBERS[carrier][status]


# -- scenarios: what each carrier says for each status ----------------------------


@dataclass(frozen=True, slots=True)
class _Scan:
    code: str  # the carrier's raw status or event code
    text: str  # the carrier's wording
    extra: str = ""  # carrier-specific second code (UPS type letter, FedEx ancillary text)


_UPS: Final[dict[TrackingStatus, _Scan]] = {
    S.LABEL_CREATED: _Scan(
        "003", "Shipper created a label, UPS has not received the package yet.", "M"
    ),
    S.IN_TRANSIT: _Scan("005", "Departed from Facility", "I"),
    S.OUT_FOR_DELIVERY: _Scan("021", "Out For Delivery Today", "I"),
    S.AVAILABLE_FOR_PICKUP: _Scan(
        "161", "Delivered to UPS Access Point - Awaiting Customer Pickup", "I"
    ),
    S.DELIVERY_ATTEMPTED: _Scan(
        "022",
        "The receiver was not available for delivery. "
        "We'll make a second attempt the next business day.",
        "X",
    ),
    S.DELIVERED: _Scan("011", "Delivered", "D"),
    S.EXCEPTION: _Scan("032", "Severe weather conditions have delayed delivery.", "X"),
    S.RETURNED_TO_SENDER: _Scan("034", "Returned to Sender", "X"),
    S.CANCELLED: _Scan("007", "Shipment information voided", "MV"),
    S.UNKNOWN: _Scan("998", "Package information update", "Q"),
}
_USPS: Final[dict[TrackingStatus, _Scan]] = {
    S.LABEL_CREATED: _Scan("GX", "Shipping Label Created, USPS Awaiting Item", "Pre-Shipment"),
    S.IN_TRANSIT: _Scan("T1", "Departed USPS Regional Facility", "In Transit"),
    S.OUT_FOR_DELIVERY: _Scan("OF", "Out for Delivery", "Out for Delivery"),
    S.AVAILABLE_FOR_PICKUP: _Scan("16", "Available for Pickup", "Available for Pickup"),
    S.DELIVERY_ATTEMPTED: _Scan(
        "54", "Notice Left (No Authorized Recipient Available)", "Delivery Attempt"
    ),
    S.DELIVERED: _Scan("01", "Delivered, In/At Mailbox", "Delivered"),
    S.EXCEPTION: _Scan("05", "Undeliverable as Addressed", "Alert"),
    S.RETURNED_TO_SENDER: _Scan("09", "Return to Sender Processed", "Return to Sender"),
    S.CANCELLED: _Scan("LX", "Shipping Label Cancelled", "Cancelled"),
    S.UNKNOWN: _Scan("ZZ", "Tracking Update", "Tracking Update"),
}
_FEDEX: Final[dict[TrackingStatus, _Scan]] = {
    S.LABEL_CREATED: _Scan("OC", "Shipment information sent to FedEx"),
    S.IN_TRANSIT: _Scan("DP", "Departed FedEx location"),
    S.OUT_FOR_DELIVERY: _Scan("OD", "On FedEx vehicle for delivery"),
    S.AVAILABLE_FOR_PICKUP: _Scan("HL", "Ready for pickup at FedEx Office"),
    S.DELIVERY_ATTEMPTED: _Scan(
        "DE", "Delivery exception", "Customer not available or business closed"
    ),
    S.DELIVERED: _Scan("DL", "Delivered"),
    S.EXCEPTION: _Scan("SE", "Shipment exception", "Severe weather delay"),
    S.RETURNED_TO_SENDER: _Scan("RS", "Returning package to shipper"),
    S.CANCELLED: _Scan("CA", "Shipment cancelled by sender"),
    S.UNKNOWN: _Scan("ZZ", "Status update"),
}
_DHL: Final[dict[TrackingStatus, _Scan]] = {
    S.LABEL_CREATED: _Scan("pre-transit", "The shipment information has been received"),
    S.IN_TRANSIT: _Scan("transit", "Shipment has departed from a DHL facility LEIPZIG - GERMANY"),
    S.OUT_FOR_DELIVERY: _Scan("transit", "With delivery courier"),
    S.AVAILABLE_FOR_PICKUP: _Scan(
        "transit", "Shipment is ready for pick up at the DHL Service Point"
    ),
    S.DELIVERY_ATTEMPTED: _Scan("failure", "Delivery attempted; recipient not at home"),
    S.DELIVERED: _Scan("delivered", "Delivered"),
    S.EXCEPTION: _Scan("failure", "Shipment on hold: clearance delay at customs"),
    S.RETURNED_TO_SENDER: _Scan("transit", "The shipment is being returned to the sender"),
    S.CANCELLED: _Scan("failure", "The shipment has been cancelled by the sender"),
    S.UNKNOWN: _Scan("unknown", "Status not available"),
}

# UPS exceptions with their own reason (a lost, damaged or held parcel gets its own reply);
# the plain UPS exception is a weather delay.
_UPS_REASON_SCANS: Final[dict[StatusReason, _Scan]] = {
    StatusReason.LOST: _Scan("068", "The package is lost. A trace has been started.", "X"),
    StatusReason.DAMAGED: _Scan("059", "The package was damaged in transit.", "X"),
    StatusReason.HELD: _Scan("147", "The package is being held at a UPS facility.", "X"),
}
DEMO_REASON_NUMBERS: Final[Mapping[tuple[str, StatusReason], str]] = {
    ("ups", reason): _ups(50 + i) for i, reason in enumerate(_UPS_REASON_SCANS)
}
_REASON_BY_NUMBER: Final[dict[tuple[str, str], StatusReason]] = {
    (carrier, number): reason for (carrier, reason), number in DEMO_REASON_NUMBERS.items()
}
_BY_NUMBER.update(dict.fromkeys(_REASON_BY_NUMBER, S.EXCEPTION))


_EST = timezone(timedelta(hours=-5))
_CET = timezone(timedelta(hours=1))
_US_PLACES: Final = (
    ("Paramus", "NJ", "07652"),
    ("Louisville", "KY", "40213"),
    ("Hodgkins", "IL", "60525"),
    ("Chicago", "IL", "60607"),
)
_ACTIVE: Final = frozenset(
    {
        S.LABEL_CREATED,
        S.IN_TRANSIT,
        S.OUT_FOR_DELIVERY,
        S.AVAILABLE_FOR_PICKUP,
        S.DELIVERY_ATTEMPTED,
        S.EXCEPTION,
        S.UNKNOWN,
    }
)


def expected_delivery(status: TrackingStatus, now: datetime) -> Any:
    """The estimated delivery date the sandbox announces for ``status`` (None if none)."""
    if status not in _ACTIVE:
        return None
    local = now.astimezone(_EST).date()
    return local if status is S.OUT_FOR_DELIVERY else local + timedelta(days=2)


def _history(status: TrackingStatus, now: datetime) -> list[tuple[datetime, str]]:
    """(time, role) of each scan, oldest first; the last one carries ``status``."""
    if status is S.LABEL_CREATED:
        return [(now - timedelta(hours=2), "final")]
    return [
        (now - timedelta(days=3), "label"),
        (now - timedelta(days=2), "pickup"),
        (now - timedelta(days=1), "transit"),
        (now - timedelta(hours=2), "final"),
    ]


# -- payload builders -------------------------------------------------------------


def _ups_payload(
    number: str, status: TrackingStatus | None, now: datetime, reason: StatusReason | None = None
) -> dict[str, Any]:
    if status is None or status is S.NOT_FOUND:
        return {
            "trackResponse": {
                "shipment": [
                    {
                        "inquiryNumber": number,
                        "package": [],
                        "warnings": [
                            {"code": "TW0001", "message": "Tracking Information Not Found"}
                        ],
                    }
                ]
            }
        }
    final = _UPS_REASON_SCANS[reason] if reason is not None else _UPS[status]
    roles = {
        "label": _UPS[S.LABEL_CREATED],
        "pickup": _Scan("038", "Picked up by UPS", "I"),
        "transit": _Scan("005", "Departed from Facility", "I"),
        "final": final,
    }
    activities = []
    for i, (at, role) in enumerate(reversed(_history(status, now))):
        scan = roles[role]
        local = at.astimezone(_EST)
        city, state, zip_code = _US_PLACES[i % len(_US_PLACES)]
        activities.append(
            {
                "location": {
                    "address": {
                        "city": city,
                        "stateProvince": state,
                        "postalCode": zip_code,
                        "countryCode": "US",
                    }
                },
                "status": {
                    "type": scan.extra,
                    "description": scan.text,
                    "code": scan.code[:2],
                    "statusCode": scan.code,
                },
                "date": local.strftime("%Y%m%d"),
                "time": local.strftime("%H%M%S"),
                "gmtDate": at.astimezone(UTC).strftime("%Y%m%d"),
                "gmtTime": at.astimezone(UTC).strftime("%H:%M:%S"),
                "gmtOffset": "-05:00",
            }
        )
    package: dict[str, Any] = {
        "trackingNumber": number,
        "service": {"code": "003", "description": "UPS Ground"},
        "currentStatus": {
            "type": final.extra,
            "code": final.code[:2],
            "statusCode": final.code,
            "description": final.text,
            "simplifiedTextDescription": final.text,
        },
        "activity": activities,
        "packageCount": 1,
    }
    eta = expected_delivery(status, now)
    if eta is not None:
        package["deliveryDate"] = [{"type": "SDD", "date": eta.strftime("%Y%m%d")}]
        package["deliveryTime"] = (
            {"type": "EDW", "startTime": "093000", "endTime": "133000"}
            if status is S.OUT_FOR_DELIVERY
            else {"type": "EOD", "endTime": "235900"}
        )
    if status is S.DELIVERED:
        day = now.astimezone(_EST)
        package["deliveryDate"] = [{"type": "DEL", "date": day.strftime("%Y%m%d")}]
        package["deliveryTime"] = {"type": "DEL", "endTime": day.strftime("%H%M%S")}
        package["deliveryInformation"] = {"location": "Front Door", "receivedBy": "SMITH"}
    return {"trackResponse": {"shipment": [{"inquiryNumber": number, "package": [package]}]}}


def _usps_details(number: str, status: TrackingStatus | None, now: datetime) -> dict[str, Any]:
    if status is None or status is S.NOT_FOUND:
        return {
            "apiVersion": "v3",
            "error": {
                "code": "404",
                "message": f"The tracking number {number} is not found.",
                "errors": [],
            },
        }
    roles = {
        "label": _USPS[S.LABEL_CREATED],
        "pickup": _Scan("03", "USPS in possession of item", "Accepted"),
        "transit": _Scan("10", "Arrived at USPS Regional Origin Facility", "In Transit"),
        "final": _USPS[status],
    }
    events = []
    for i, (at, role) in enumerate(reversed(_history(status, now))):
        scan = roles[role]
        city, state, zip_code = _US_PLACES[i % len(_US_PLACES)]
        events.append(
            {
                "eventType": scan.text,
                "eventTimestamp": at.astimezone(_EST).strftime("%Y-%m-%dT%H:%M:%S"),
                "GMTTimestamp": at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                "GMTOffset": "-05:00",
                "eventCountry": None,
                "eventCity": city.upper(),
                "eventState": state,
                "eventZIP": zip_code,
                "firm": None,
                "name": None,
                "authorizedAgent": "false",
                "eventCode": scan.code,
            }
        )
    final = _USPS[status]
    details: dict[str, Any] = {
        "trackingNumber": number,
        "mailClass": "USPS Ground Advantage",
        "originZIP": "07652",
        "destinationZIP": "60607",
        "status": final.text,
        "statusCategory": final.extra,
        "statusSummary": f"{final.text} ({_US_PLACES[0][0].upper()}).",
        "trackingEvents": events,
    }
    eta = expected_delivery(status, now)
    if eta is not None:
        details["expectedDeliveryTimeStamp"] = f"{eta.isoformat()}T00:00:00Z"
        details["expectedDeliveryType"] = "Expected Delivery By"
        if status is S.OUT_FOR_DELIVERY:
            details["predictedDeliveryDate"] = eta.isoformat()
            details["predictedDeliveryWindowStartTime"] = "10:15:00"
            details["predictedDeliveryWindowEndTime"] = "14:15:00"
    return details


def _fedex_result(number: str, status: TrackingStatus | None, now: datetime) -> dict[str, Any]:
    info = {
        "trackingNumber": number,
        "carrierCode": "FDXE",
        "trackingNumberUniqueId": f"12029~{number}~FDEG",
    }
    if status is None or status is S.NOT_FOUND:
        return {
            "trackingNumberInfo": info,
            "error": {
                "code": "TRACKING.TRACKINGNUMBER.NOTFOUND",
                "message": "Tracking number cannot be found. Please correct the tracking number "
                "and try again.",
            },
        }
    roles = {
        "label": _FEDEX[S.LABEL_CREATED],
        "pickup": _Scan("PU", "Picked up"),
        "transit": _Scan("IT", "In transit"),
        "final": _FEDEX[status],
    }
    scans = []
    for i, (at, role) in enumerate(reversed(_history(status, now))):
        scan = roles[role]
        city, state, zip_code = _US_PLACES[i % len(_US_PLACES)]
        entry: dict[str, Any] = {
            "date": at.astimezone(_EST).isoformat(),
            "eventType": scan.code,
            "eventDescription": scan.text,
            "derivedStatusCode": "IT",
            "scanLocation": {
                "city": city.upper(),
                "stateOrProvinceCode": state,
                "postalCode": zip_code,
                "countryCode": "US",
            },
        }
        if scan.extra:
            entry["exceptionCode"] = "08"
            entry["exceptionDescription"] = scan.extra
        scans.append(entry)
    final = _FEDEX[status]
    latest: dict[str, Any] = {
        "code": final.code,
        "derivedCode": final.code,
        "statusByLocale": final.text,
        "description": final.text,
        "scanLocation": {
            "city": _US_PLACES[0][0].upper(),
            "stateOrProvinceCode": "NJ",
            "countryCode": "US",
        },
    }
    if final.extra:
        latest["ancillaryDetails"] = [{"reason": "08", "reasonDescription": final.extra}]
    dates: list[dict[str, str]] = [
        {
            "type": "ACTUAL_PICKUP",
            "dateTime": (now - timedelta(days=2)).astimezone(_EST).isoformat(),
        }
    ]
    result: dict[str, Any] = {
        "trackingNumberInfo": info,
        "latestStatusDetail": latest,
        "scanEvents": scans,
        "serviceDetail": {"type": "FEDEX_GROUND", "description": "FedEx Ground"},
    }
    eta = expected_delivery(status, now)
    if eta is not None:
        dates.append(
            {"type": "ESTIMATED_DELIVERY", "dateTime": f"{eta.isoformat()}T00:00:00-05:00"}
        )
        if status is S.OUT_FOR_DELIVERY:
            result["estimatedDeliveryTimeWindow"] = {
                "window": {
                    "begins": f"{eta.isoformat()}T09:00:00-05:00",
                    "ends": f"{eta.isoformat()}T20:00:00-05:00",
                }
            }
    if status is S.DELIVERED:
        dates.append(
            {
                "type": "ACTUAL_DELIVERY",
                "dateTime": (now - timedelta(hours=2)).astimezone(_EST).isoformat(),
            }
        )
    result["dateAndTimes"] = dates
    return result


def _dhl_payload(number: str, status: TrackingStatus, now: datetime) -> dict[str, Any]:
    roles = {
        "label": _DHL[S.LABEL_CREATED],
        "pickup": _Scan("transit", "Shipment picked up"),
        "transit": _Scan("transit", "Arrived at DHL Sort Facility LEIPZIG - GERMANY"),
        "final": _DHL[status],
    }
    places = ("LEIPZIG - GERMANY", "EAST MIDLANDS - UK", "LONDON - UK", "LONDON - UK")
    events = []
    for i, (at, role) in enumerate(reversed(_history(status, now))):
        scan = roles[role]
        events.append(
            {
                "timestamp": at.astimezone(_CET).isoformat(),
                "statusCode": scan.code,
                "status": scan.code,
                "description": scan.text,
                "location": {"address": {"addressLocality": places[i % len(places)]}},
            }
        )
    shipment: dict[str, Any] = {
        "id": number,
        "service": "express",
        "origin": {"address": {"countryCode": "DE", "addressLocality": "Leipzig"}},
        "destination": {"address": {"countryCode": "GB", "addressLocality": "London"}},
        "status": dict(events[0]),
        "details": {"product": {"productName": "EXPRESS WORLDWIDE"}, "totalNumberOfPieces": 1},
        "events": events,
    }
    eta = expected_delivery(status, now)
    if eta is not None:
        shipment["estimatedTimeOfDelivery"] = f"{eta.isoformat()}T18:00:00"
        shipment["estimatedTimeOfDeliveryRemark"] = "By End of Day"
        if status is S.OUT_FOR_DELIVERY:
            shipment["estimatedDeliveryTimeFrame"] = {
                "estimatedFrom": f"{eta.isoformat()}T09:00:00",
                "estimatedThrough": f"{eta.isoformat()}T13:00:00",
            }
    if status is S.DELIVERED:
        shipment["details"]["proofOfDelivery"] = {
            "timestamp": shipment["status"]["timestamp"],
            "signed": {"name": "SMITH"},
            "documentUrl": f"https://pod.dhl.example/{number}.pdf",
        }
    return {"shipments": [shipment]}


# -- the server -------------------------------------------------------------------


@dataclass(slots=True)
class _Fault:
    status: int
    retry_after: str | None


class CarrierSandbox:
    """Fake carrier APIs on one ephemeral 127.0.0.1 port; thread-safe; a context manager."""

    def __init__(
        self,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        token_ttl: float = 3600,
    ) -> None:
        self._clock = clock
        self.token_ttl = token_ttl
        self._lock = threading.Lock()
        self._counts: Counter[tuple[str, str]] = Counter()
        self._faults: dict[tuple[str, str], deque[_Fault]] = {}
        self._delays: dict[str, float] = {}
        self._tokens: dict[str, set[str]] = {c: set() for c in CARRIERS}
        self._issued = 0
        self._server: LocalServer | None = None

    # lifecycle

    def start(self) -> CarrierSandbox:
        sandbox = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                sandbox._handle(self)

            def do_POST(self) -> None:
                sandbox._handle(self)

            def log_message(self, format: str, *args: Any) -> None:
                pass  # tests and the demo read results, not access logs

        self._server = LocalServer(Handler, name="carrier-sandbox", poll_interval=0.02).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.stop()
            self._server = None

    def __enter__(self) -> CarrierSandbox:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # what clients need

    def base_url(self, carrier: str) -> str:
        if self._server is None:
            raise RuntimeError("sandbox not started: use `with CarrierSandbox() as sb:`")
        if carrier not in CARRIERS:
            raise ValueError(f"the sandbox fakes {', '.join(CARRIERS)}, not {carrier!r}")
        return f"http://127.0.0.1:{self._server.port}/{carrier}"

    def config(self, carrier: str, **overrides: Any) -> CarrierConfig:
        """A CarrierConfig with the sandbox's base URL and working credentials."""
        values: dict[str, Any] = {
            "base_url": self.base_url(carrier),
            "client_id": SANDBOX_CLIENT_ID,
            "client_secret": SANDBOX_CLIENT_SECRET,
            "api_key": SANDBOX_API_KEY if carrier == "dhl" else "",
        }
        values.update(overrides)
        return CarrierConfig(**values)

    def env(self) -> dict[str, str]:
        """The environment variables that point a ``wismo`` process at this sandbox."""
        out: dict[str, str] = {}
        for carrier in ("ups", "usps", "fedex"):
            prefix = carrier.upper()
            out[f"{prefix}_BASE_URL"] = self.base_url(carrier)
            out[f"{prefix}_CLIENT_ID"] = SANDBOX_CLIENT_ID
            out[f"{prefix}_CLIENT_SECRET"] = SANDBOX_CLIENT_SECRET
        out["DHL_BASE_URL"] = self.base_url("dhl")
        out["DHL_API_KEY"] = SANDBOX_API_KEY
        return out

    # trouble on demand

    def fail(
        self,
        carrier: str,
        *,
        status: int = 500,
        times: int = 1,
        retry_after: float | str | None = None,
        route: Route = "track",
    ) -> None:
        """Answer the next ``times`` requests to ``route`` with ``status``."""
        header = None if retry_after is None else str(retry_after)
        with self._lock:
            queue = self._faults.setdefault((carrier, route), deque())
            queue.extend(_Fault(status, header) for _ in range(times))

    def delay(self, carrier: str, seconds: float) -> None:
        """Wait ``seconds`` before answering any request for ``carrier`` (0 to stop)."""
        with self._lock:
            self._delays[carrier] = seconds

    def revoke_tokens(self, carrier: str) -> None:
        """Every token issued so far for ``carrier`` now gets 401 (expired early)."""
        with self._lock:
            self._tokens[carrier].clear()

    def count(self, carrier: str, route: Route = "track") -> int:
        """Requests received for ``carrier``'s token or tracking endpoint."""
        with self._lock:
            return self._counts[(carrier, route)]

    def reset(self) -> None:
        with self._lock:
            self._counts.clear()
            self._faults.clear()
            self._delays.clear()

    # request handling

    def _handle(self, req: BaseHTTPRequestHandler) -> None:
        parts = urlsplit(req.path)
        carrier, _, rest = parts.path.lstrip("/").partition("/")
        length = int(req.headers.get("Content-Length") or 0)
        body = req.rfile.read(length) if length else b""
        route: Route = "token" if "oauth" in rest else "track"
        with self._lock:
            self._counts[(carrier, route)] += 1
            queue = self._faults.get((carrier, route))
            fault = queue.popleft() if queue else None
            wait = self._delays.get(carrier, 0.0)
        if wait:
            time.sleep(wait)
        if carrier not in CARRIERS:
            self._reply(req, 404, {"error": f"no such carrier {carrier!r}"})
            return
        if fault is not None:
            headers = {"Retry-After": fault.retry_after} if fault.retry_after else {}
            self._reply(req, fault.status, _error_body(carrier, fault.status), headers)
            return
        query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        status, payload = self._answer(carrier, req.command, "/" + rest, req.headers, body, query)
        self._reply(req, status, payload)

    def _reply(
        self,
        req: BaseHTTPRequestHandler,
        status: int,
        payload: Any,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        send_json(req, status, payload, headers=headers)

    def _issue(self, carrier: str) -> dict[str, Any]:
        with self._lock:
            self._issued += 1
            token = f"sb-{carrier}-{self._issued}"
            self._tokens[carrier].add(token)
        issued_at = str(int(self._clock().timestamp() * 1000))
        return {
            "access_token": token,
            "token_type": "Bearer",
            "issued_at": issued_at,
            "expires_in": str(self.token_ttl) if carrier == "ups" else self.token_ttl,
            "scope": "tracking",
            "status": "approved",
        }

    def _bearer_ok(self, carrier: str, headers: Any) -> bool:
        value = str(headers.get("Authorization") or "")
        with self._lock:
            return value.startswith("Bearer ") and value[7:] in self._tokens[carrier]

    def _answer(
        self,
        carrier: str,
        method: str,
        path: str,
        headers: Any,
        body: bytes,
        query: Mapping[str, str],
    ) -> tuple[int, Any]:
        now = self._clock()
        if carrier == "ups":
            if method == "POST" and path == "/security/v1/oauth/token":
                auth = str(headers.get("Authorization") or "")
                expected = base64.b64encode(
                    f"{SANDBOX_CLIENT_ID}:{SANDBOX_CLIENT_SECRET}".encode()
                ).decode()
                if auth != f"Basic {expected}":
                    return 401, {
                        "response": {
                            "errors": [{"code": "10401", "message": "ClientId is Invalid"}]
                        }
                    }
                return 200, self._issue("ups")
            if method == "GET" and path.startswith("/api/track/v1/details/"):
                if not self._bearer_ok("ups", headers):
                    return 401, {
                        "response": {
                            "errors": [
                                {"code": "250002", "message": "Invalid Authentication Information."}
                            ]
                        }
                    }
                if not headers.get("transId") or not headers.get("transactionSrc"):
                    return 400, {
                        "response": {
                            "errors": [
                                {"code": "VSS000", "message": "Missing transId or transactionSrc"}
                            ]
                        }
                    }
                number = unquote(path.rsplit("/", 1)[1])
                return 200, _ups_payload(
                    number,
                    _BY_NUMBER.get(("ups", number)),
                    now,
                    _REASON_BY_NUMBER.get(("ups", number)),
                )
        elif carrier == "usps":
            if method == "POST" and path == "/oauth2/v3/token":
                form = _form_or_json(body)
                if (form.get("client_id"), form.get("client_secret")) != (
                    SANDBOX_CLIENT_ID,
                    SANDBOX_CLIENT_SECRET,
                ):
                    return 401, {
                        "error": "invalid_client",
                        "error_description": "Client authentication failed",
                    }
                return 200, self._issue("usps")
            if not self._bearer_ok("usps", headers):
                return 401, {
                    "apiVersion": "v3",
                    "error": {"code": "401", "message": "Unauthorized: invalid or expired token"},
                }
            if method == "GET" and path.startswith("/tracking/v3/tracking/"):
                number = unquote(path.rsplit("/", 1)[1])
                status = _BY_NUMBER.get(("usps", number))
                details = _usps_details(number, status, now)
                return (404 if status in {None, S.NOT_FOUND} else 200), details
            if method == "POST" and path == "/tracking/v3r2/tracking":
                items = json.loads(body or b"[]")
                return 200, [
                    _usps_details(
                        str(i.get("trackingNumber")),
                        _BY_NUMBER.get(("usps", str(i.get("trackingNumber")))),
                        now,
                    )
                    for i in items
                ]
        elif carrier == "fedex":
            if method == "POST" and path == "/oauth/token":
                form = _form_or_json(body)
                if (form.get("client_id"), form.get("client_secret")) != (
                    SANDBOX_CLIENT_ID,
                    SANDBOX_CLIENT_SECRET,
                ) or form.get("grant_type") != "client_credentials":
                    return 401, {
                        "transactionId": "sb",
                        "errors": [
                            {
                                "code": "NOT.AUTHORIZED.ERROR",
                                "message": "The given client credentials were not valid.",
                            }
                        ],
                    }
                return 200, self._issue("fedex")
            if method == "POST" and path == "/track/v1/trackingnumbers":
                if not self._bearer_ok("fedex", headers):
                    return 401, {
                        "transactionId": "sb",
                        "errors": [
                            {"code": "NOT.AUTHORIZED.ERROR", "message": "Access token expired."}
                        ],
                    }
                request = json.loads(body or b"{}")
                numbers = [
                    str(i["trackingNumberInfo"]["trackingNumber"])
                    for i in request.get("trackingInfo", [])
                ]
                if not numbers or len(numbers) > 30:
                    return 400, {
                        "transactionId": "sb",
                        "errors": [
                            {
                                "code": "TRACKING.TRACKINGNUMBERS.EXCEEDED",
                                "message": "Between 1 and 30 tracking numbers per request.",
                            }
                        ],
                    }
                complete = [
                    {
                        "trackingNumber": n,
                        "trackResults": [_fedex_result(n, _BY_NUMBER.get(("fedex", n)), now)],
                    }
                    for n in numbers
                ]
                return 200, {"transactionId": "sb", "output": {"completeTrackResults": complete}}
        elif carrier == "dhl" and method == "GET" and path == "/track/shipments":
            if headers.get("DHL-API-Key") != SANDBOX_API_KEY:
                return 401, {
                    "title": "Unauthorized",
                    "status": 401,
                    "detail": "Invalid or missing API key",
                }
            number = query.get("trackingNumber", "")
            status = _BY_NUMBER.get(("dhl", number))
            if status is None or status is S.NOT_FOUND:
                return 404, {
                    "title": "No result found",
                    "status": 404,
                    "detail": "No shipment with given tracking number found.",
                    "instance": f"/track/shipments?trackingNumber={number}",
                }
            return 200, _dhl_payload(number, status, now)
        return 404, {"error": f"the {carrier} sandbox has no route {method} {path}"}


def _form_or_json(body: bytes) -> dict[str, str]:
    text = body.decode("utf-8", "replace")
    if text.lstrip().startswith("{"):
        data = json.loads(text)
        return {str(k): str(v) for k, v in data.items()}
    return {k: v[-1] for k, v in parse_qs(text).items()}


def _error_body(carrier: str, status: int) -> Any:
    message = {
        429: "Too Many Requests",
        500: "Internal Server Error",
        503: "Service Unavailable",
        401: "Unauthorized",
    }.get(status, "Error")
    if carrier == "dhl":
        return {"title": message, "status": status}
    if carrier == "fedex":
        return {"transactionId": "sb", "errors": [{"code": str(status), "message": message}]}
    if carrier == "usps":
        return {"apiVersion": "v3", "error": {"code": str(status), "message": message}}
    return {"response": {"errors": [{"code": str(status), "message": message}]}}
