"""USPS Tracking API (apis.usps.com): OAuth, Tracking 3.0 and the 3.2 shape.

Tracking 3.0 is ``GET /tracking/v3/tracking/{n}?expand=DETAIL`` and answers one
``TrackingDetails`` object; USPS marks it deprecated in favour of Tracking 3.2, which
public clients call as ``POST /tracking/v3r2/tracking`` with a list of numbers and
which answers a list of the same objects (shape unconfirmed against the USPS spec:
reference/carriers.md §4.2).  Both are parsed by :func:`parse_usps`.

Status comes from ``statusCategory`` (the summary), refined by the newest event code
for reasons; USPS's own default quota is 60 calls an hour, hence the service's cache.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime, time
from typing import Any, Final, Literal

from carriers._http import CarrierConfig, CarrierHttp
from carriers._parse import (
    as_dict,
    as_list,
    iso_date,
    iso_datetime,
    join_place,
    newest_first,
    offset_tz,
    text,
)
from carriers.links import tracking_url
from carriers.model import DeliveryWindow, StatusReason, Tracking, TrackingEvent, TrackingStatus
from carriers.tokens import OAuthCarrierClient, send_authorised

__all__ = ["CATEGORY_STATUS", "EVENT_REASONS", "UspsClient", "parse_usps", "parse_usps_many"]

CARRIER: Final = "usps"
TOKEN_PATH: Final = "/oauth2/v3/token"
V3_PATH: Final = "/tracking/v3/tracking/{number}"
V3R2_PATH: Final = "/tracking/v3r2/tracking"

S = TrackingStatus
# statusCategory, lower-cased (USPS capitalises inconsistently: "Pre-Shipment", "In-Transit").
CATEGORY_STATUS: Final[dict[str, TrackingStatus]] = {
    "pre-shipment": S.LABEL_CREATED,
    "label created": S.LABEL_CREATED,
    "accepted": S.IN_TRANSIT,
    "in transit": S.IN_TRANSIT,
    "in-transit": S.IN_TRANSIT,
    "out for delivery": S.OUT_FOR_DELIVERY,
    "available for pickup": S.AVAILABLE_FOR_PICKUP,
    "delivery attempt": S.DELIVERY_ATTEMPTED,
    "delivered": S.DELIVERED,
    "alert": S.EXCEPTION,
    "return to sender": S.RETURNED_TO_SENDER,
    "returned to sender": S.RETURNED_TO_SENDER,
    "cancelled": S.CANCELLED,
    "canceled": S.CANCELLED,
}
# Event codes (Pub 199 appendix, as commonly handled; verify) that say why.
EVENT_REASONS: Final[dict[str, StatusReason]] = {
    "04": StatusReason.REFUSED,
    "05": StatusReason.ADDRESS_ISSUE,
    "21": StatusReason.ADDRESS_ISSUE,
    "22": StatusReason.ADDRESS_ISSUE,
    "23": StatusReason.ADDRESS_ISSUE,
    "02": StatusReason.RECIPIENT_UNAVAILABLE,
    "52": StatusReason.RECIPIENT_UNAVAILABLE,
    "53": StatusReason.RECIPIENT_UNAVAILABLE,
    "54": StatusReason.RECIPIENT_UNAVAILABLE,
    "55": StatusReason.RECIPIENT_UNAVAILABLE,
    "56": StatusReason.RECIPIENT_UNAVAILABLE,
    "08": StatusReason.DELAYED,
    "15": StatusReason.DELAYED,
    "WX": StatusReason.WEATHER,
    "DX": StatusReason.DELAYED,
}


def _event_time(event: Mapping[str, Any]) -> datetime | None:
    # eventTimestamp is local time without an offset; GMTTimestamp is UTC.
    gmt = iso_datetime(event.get("GMTTimestamp"))
    if gmt is not None:
        return gmt
    zone = offset_tz(text(event.get("GMTOffset"))) or UTC
    return iso_datetime(event.get("eventTimestamp"), default_tz=zone)


def _event(event: Mapping[str, Any]) -> TrackingEvent | None:
    at = _event_time(event)
    if at is None:
        return None
    return TrackingEvent(
        at=at,
        description=text(event.get("eventType")),
        location=join_place(event.get("eventCity"), event.get("eventState"), event.get("eventZIP")),
        code=text(event.get("eventCode")),
    )


def _clock(value: Any) -> time | None:
    raw = text(value)
    if "T" in raw:
        parsed = iso_datetime(raw, default_tz=None)
        return parsed.time() if parsed else None
    try:
        return time.fromisoformat(raw) if raw else None
    except ValueError:
        return None


def _status(details: Mapping[str, Any]) -> TrackingStatus:
    for key in ("statusCategory", "status"):
        found = CATEGORY_STATUS.get(text(details.get(key)).lower())
        if found is not None:
            return found
    if "cancel" in text(details.get("status")).lower():
        return S.CANCELLED
    return S.UNKNOWN


def _is_not_found(details: Mapping[str, Any]) -> bool:
    error = as_dict(details.get("error"))
    return bool(error) and text(str(error.get("code", ""))) in {"404", "400", ""}


def parse_usps(payload: Any, *, now: datetime) -> Tracking:
    """One TrackingDetails object (3.0) or the first item of a 3.2 list -> Tracking."""
    if isinstance(payload, list):
        payload = payload[0] if payload else {}
    details = as_dict(payload)
    number = text(details.get("trackingNumber"))
    url = tracking_url(CARRIER, number) if number else None
    if _is_not_found(details) or not details:
        message = text(as_dict(details.get("error")).get("message"))
        return Tracking(
            CARRIER, number, S.NOT_FOUND, fetched_at=now, tracking_url=url, status_text=message
        )

    events = newest_first(
        e for e in map(_event, map(as_dict, as_list(details.get("trackingEvents")))) if e
    )
    status = _status(details)
    newest_code = events[0].code if events else ""

    eta: date | None = None
    window = None
    if status not in {S.DELIVERED, S.RETURNED_TO_SENDER, S.CANCELLED}:
        eta = (
            iso_date(details.get("predictedDeliveryDate"))
            or iso_date(details.get("expectedDeliveryTimeStamp"))
            or iso_date(details.get("guaranteedDeliveryTimeStamp"))
        )
        start = _clock(details.get("predictedDeliveryWindowStartTime"))
        end = _clock(details.get("predictedDeliveryWindowEndTime"))
        if eta and start and end:
            # Local time at the destination post office; USPS gives no offset here.
            window = DeliveryWindow(datetime.combine(eta, start), datetime.combine(eta, end))

    return Tracking(
        carrier=CARRIER,
        number=number,
        status=status,
        fetched_at=now,
        reason=EVENT_REASONS.get(newest_code) if status is not S.DELIVERED else None,
        status_text=text(details.get("statusSummary")) or text(details.get("status")),
        estimated_delivery=eta,
        estimated_window=window,
        delivered_at=events[0].at if status is S.DELIVERED and events else None,
        last_event=events[0] if events else None,
        events=events,
        tracking_url=url,
    )


def parse_usps_many(payload: Any, *, now: datetime) -> dict[str, Tracking]:
    """A Tracking 3.2 answer (a list) -> one Tracking per number it names."""
    items = payload if isinstance(payload, list) else [payload]
    out: dict[str, Tracking] = {}
    for item in items:
        tracking = parse_usps(item, now=now)
        if tracking.number:
            out[tracking.number] = tracking
    return out


class UspsClient(OAuthCarrierClient):
    """Talks to apis.usps.com (or ``config.base_url``); thread-safe.

    ``api="v3"`` uses the documented Tracking 3.0 GET; ``"v3r2"`` the 3.2 POST.
    """

    carrier = CARRIER
    token_path = TOKEN_PATH
    token_style = "json"

    def __init__(
        self,
        config: CarrierConfig,
        *,
        api: Literal["v3", "v3r2"] = "v3",
        http: CarrierHttp | None = None,
    ) -> None:
        super().__init__(config, http=http)
        self.api = api

    def track(self, number: str, *, now: datetime) -> Tracking:
        deadline = self._http.deadline()
        if self.api == "v3r2":
            response = send_authorised(
                self._http,
                self._tokens,
                "POST",
                V3R2_PATH,
                deadline=deadline,
                json_body=[{"trackingNumber": number}],
            )
        else:
            response = send_authorised(
                self._http,
                self._tokens,
                "GET",
                V3_PATH.format(number=number),
                deadline=deadline,
                params={"expand": "DETAIL"},
            )
        return self._http.tracking(response, number, lambda body: parse_usps(body, now=now))
