"""UPS Track API: OAuth client credentials, ``GET /api/track/v1/details/{number}``.

Status comes from ``currentStatus.statusCode`` (3 digits) through :data:`STATUS_CODES`
(reference/carriers.md §3.7), falling back to the activity ``type`` letter.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import UTC, date, datetime, time, timezone
from typing import Any, Final

from carriers._parse import (
    as_dict,
    as_list,
    join_place,
    newest_first,
    offset_tz,
    reason_from_text,
    text,
)
from carriers.links import tracking_url
from carriers.model import (
    DeliveryWindow,
    ProofOfDelivery,
    StatusReason,
    Tracking,
    TrackingEvent,
    TrackingStatus,
)
from carriers.tokens import OAuthCarrierClient, send_authorised

__all__ = ["REASONS", "STATUS_CODES", "TYPE_STATUS", "UpsClient", "parse_ups"]

CARRIER: Final = "ups"
TOKEN_PATH: Final = "/security/v1/oauth/token"
TRACK_PATH: Final = "/api/track/v1/details/{number}"

S = TrackingStatus
# Codes from the UPS status-description table, grouped as in reference/carriers.md §3.7.
_GROUPS: Final[dict[TrackingStatus, str]] = {
    S.LABEL_CREATED: "003 157 079 080",
    S.IN_TRANSIT: "005 010 025 039 047 087 158 159 164 165 038 012 092 014 084 134",
    S.OUT_FOR_DELIVERY: "006 021 037 089 091 146 162 072 078",
    S.AVAILABLE_FOR_PICKUP: "017 040 144 161",
    S.DELIVERY_ATTEMPTED: "022 023 024 060 061 062 145 066",
    S.DELIVERED: "011 026 143",
    S.EXCEPTION: "013 029 030 076 046 048 049 086 090 032 051 052 053 050 059 064 068 069 147 149",
    S.RETURNED_TO_SENDER: "033 118 119 034 035 036 067",
    S.CANCELLED: "007",
}
STATUS_CODES: Final[dict[str, TrackingStatus]] = {
    code: status for status, codes in _GROUPS.items() for code in codes.split()
}
REASONS: Final[dict[str, StatusReason]] = {
    **dict.fromkeys(("032", "051", "052", "053"), StatusReason.WEATHER),
    **dict.fromkeys(("046", "048", "049", "086", "090"), StatusReason.DELAYED),
    **dict.fromkeys(("012", "092"), StatusReason.CUSTOMS),
    "050": StatusReason.ADDRESS_ISSUE,
    "059": StatusReason.DAMAGED,
    "064": StatusReason.REFUSED,
    "068": StatusReason.LOST,
    "147": StatusReason.HELD,
    "149": StatusReason.OTHER,
}
# Activity type letters (Tracking-package-activity-types): used when no status code maps.
TYPE_STATUS: Final[dict[str, TrackingStatus]] = {
    "M": S.LABEL_CREATED,
    "MV": S.CANCELLED,
    "P": S.IN_TRANSIT,
    "I": S.IN_TRANSIT,
    "O": S.OUT_FOR_DELIVERY,
    "D": S.DELIVERED,
    "X": S.EXCEPTION,
    "RS": S.RETURNED_TO_SENDER,
}
_WINDOW_TYPES: Final = frozenset({"EDW", "CDW", "IDW"})


def _ymd(value: Any) -> date | None:
    raw = text(value)
    if len(raw) != 8 or not raw.isdigit():
        return None
    return date(int(raw[:4]), int(raw[4:6]), int(raw[6:]))


def _hms(value: Any) -> time | None:
    raw = text(value).replace(":", "")
    if not raw.isdigit() or len(raw) > 6:
        return None
    raw = raw.zfill(6)
    hour, minute, second = int(raw[:2]), int(raw[2:4]), int(raw[4:])
    if hour > 23 or minute > 59 or second > 59:
        return None
    return time(hour, minute, second)


def _activity_time(activity: Mapping[str, Any]) -> datetime | None:
    """UTC from gmtDate/gmtTime when given, else local date/time with gmtOffset or as UTC."""
    gmt_day, gmt_time = _ymd(activity.get("gmtDate")), _hms(activity.get("gmtTime"))
    if gmt_day and gmt_time:
        return datetime.combine(gmt_day, gmt_time, UTC)
    day, at = _ymd(activity.get("date")), _hms(activity.get("time"))
    if day is None:
        return None
    zone = offset_tz(text(activity.get("gmtOffset"))) or UTC
    return datetime.combine(day, at or time(0), zone)


def _event(activity: Mapping[str, Any]) -> TrackingEvent | None:
    at = _activity_time(activity)
    if at is None:
        return None
    status = as_dict(activity.get("status"))
    address = as_dict(as_dict(activity.get("location")).get("address"))
    return TrackingEvent(
        at=at,
        description=text(status.get("description")),
        location=join_place(
            address.get("city"), address.get("stateProvince"), address.get("countryCode")
        ),
        code=text(status.get("statusCode")) or text(status.get("code")),
    )


def _status_of(status: Mapping[str, Any]) -> TrackingStatus:
    code = text(status.get("statusCode"))
    if code in STATUS_CODES:
        return STATUS_CODES[code]
    return TYPE_STATUS.get(text(status.get("type")).upper(), S.UNKNOWN)


def _reason_in_words(status: TrackingStatus, current: Mapping[str, Any]) -> StatusReason | None:
    if status not in {S.EXCEPTION, S.DELIVERY_ATTEMPTED}:
        return None
    return reason_from_text(text(current.get("description"))) or StatusReason.OTHER


def parse_ups(payload: Any, *, now: datetime) -> Tracking:
    """A Track API ``details`` answer -> :class:`Tracking` (NOT_FOUND for warning TW0001)."""
    shipments = as_list(as_dict(as_dict(payload).get("trackResponse")).get("shipment"))
    shipment = as_dict(shipments[0] if shipments else None)
    package = as_dict((as_list(shipment.get("package")) or [None])[0])
    number = text(package.get("trackingNumber")) or text(shipment.get("inquiryNumber"))
    url = tracking_url(CARRIER, number) if number else None
    warnings = [text(as_dict(w).get("code")) for w in as_list(shipment.get("warnings"))]
    if not package or "TW0001" in warnings:
        return Tracking(
            CARRIER,
            number,
            S.NOT_FOUND,
            fetched_at=now,
            tracking_url=url,
            status_text="Tracking Information Not Found",
        )

    activities = [as_dict(a) for a in as_list(package.get("activity"))]
    events = newest_first(e for e in map(_event, activities) if e is not None)
    current = as_dict(package.get("currentStatus"))
    if not current and activities:
        newest = max(activities, key=lambda a: _activity_time(a) or now)
        current = as_dict(newest.get("status"))
    status = _status_of(current)
    code = text(current.get("statusCode"))

    dates = {
        text(as_dict(d).get("type")): _ymd(as_dict(d).get("date"))
        for d in as_list(package.get("deliveryDate"))
    }
    eta = dates.get("RDD") or dates.get("SDD")  # a rescheduled date overrides the first one
    window = None
    delivery_time = as_dict(package.get("deliveryTime"))
    start, end = _hms(delivery_time.get("startTime")), _hms(delivery_time.get("endTime"))
    if eta and start and end and text(delivery_time.get("type")) in _WINDOW_TYPES:
        # UPS gives the window in the destination's local time without an offset.
        zone: timezone | None = None
        if activities:
            zone = offset_tz(text(activities[0].get("gmtOffset")))
        window = DeliveryWindow(
            datetime.combine(eta, start, zone), datetime.combine(eta, end, zone)
        )
    delivered_at = None
    if status is S.DELIVERED:
        delivered_at = events[0].at if events else None
        eta = None
        window = None
    elif status in {S.RETURNED_TO_SENDER, S.CANCELLED}:
        eta, window = None, None

    return Tracking(
        carrier=CARRIER,
        number=number,
        status=status,
        fetched_at=now,
        reason=REASONS.get(code) or _reason_in_words(status, current),
        status_text=text(current.get("description"))
        or text(current.get("simplifiedTextDescription")),
        estimated_delivery=eta,
        estimated_window=window,
        delivered_at=delivered_at,
        last_event=events[0] if events else None,
        events=events,
        tracking_url=url,
        proof=_proof(package) if status is S.DELIVERED else None,
    )


def _proof(package: Mapping[str, Any]) -> ProofOfDelivery | None:
    """``deliveryInformation{receivedBy, location, deliveryPhoto, signature}``: the
    photo and signature come as base64 images, never kept; geo where UPS gives it."""
    info = as_dict(package.get("deliveryInformation"))
    geo = as_dict(info.get("deliveryLocation") or info.get("geoLocation"))
    return ProofOfDelivery.of(
        signed_by=text(info.get("receivedBy")),
        place=text(info.get("location")),
        latitude=geo.get("latitude"),
        longitude=geo.get("longitude"),
    )


class UpsClient(OAuthCarrierClient):
    """Talks to the UPS Track API at ``config.base_url``; thread-safe."""

    carrier = CARRIER
    token_path = TOKEN_PATH
    token_style = "basic"

    def track(self, number: str, *, now: datetime) -> Tracking:
        deadline = self._http.deadline()
        response = send_authorised(
            self._http,
            self._tokens,
            "GET",
            TRACK_PATH.format(number=number),
            deadline=deadline,
            headers={"transId": uuid.uuid4().hex, "transactionSrc": "wismo-bot"},
            params={"locale": "en_US", "returnSignature": "false"},
        )
        return self._http.tracking(response, number, lambda body: parse_ups(body, now=now))
