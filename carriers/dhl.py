"""DHL Shipment Tracking - Unified: ``GET /track/shipments?trackingNumber=``, API key header.

DHL's ``statusCode`` has five values (pre-transit, transit, delivered, failure,
unknown); out-for-delivery, pick-up points, failed attempts and returns are only
told apart by DHL's wording, so :func:`parse_dhl` refines by keywords (carriers.md §3.7).
The default allowance is 250 calls a day: the service's cache and quota guard matter.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any, Final

from carriers._http import CarrierConfig, CarrierHttp
from carriers._parse import (
    as_dict,
    as_list,
    iso_date,
    iso_datetime,
    newest_first,
    reason_from_text,
    text,
)
from carriers.errors import CarrierAuthFailed
from carriers.links import tracking_url
from carriers.model import (
    DeliveryWindow,
    ProofOfDelivery,
    StatusReason,
    Tracking,
    TrackingEvent,
    TrackingStatus,
)

__all__ = ["STATUS_CODES", "DhlClient", "parse_dhl"]

CARRIER: Final = "dhl"
TRACK_PATH: Final = "/track/shipments"

S = TrackingStatus
STATUS_CODES: Final[dict[str, TrackingStatus]] = {
    "pre-transit": S.LABEL_CREATED,
    "transit": S.IN_TRANSIT,
    "delivered": S.DELIVERED,
    "failure": S.EXCEPTION,
    "unknown": S.UNKNOWN,
}
_RETURNED = re.compile(r"return(ed|ing)? to (the )?(sender|shipper)|returned|return shipment")
_CANCELLED = re.compile(r"cancel")
_OUT_FOR_DELIVERY = re.compile(r"out for delivery|with (a |the )?delivery courier")
_PICKUP = re.compile(
    r"ready for (pick ?up|collection)|available for (pick ?up|collection)"
    r"|(parcelshop|service point|packstation|post office)"
)
_ATTEMPT = re.compile(r"attempt|not (at home|available)|could not be delivered|recipient absent")


def _place(node: Mapping[str, Any]) -> str:
    return text(as_dict(as_dict(node.get("location")).get("address")).get("addressLocality"))


def _event(node: Mapping[str, Any]) -> TrackingEvent | None:
    at = iso_datetime(node.get("timestamp"))
    if at is None:
        return None
    return TrackingEvent(
        at=at,
        description=text(node.get("description")) or text(node.get("status")),
        location=_place(node),
        code=text(node.get("statusCode")),
    )


def _refine(code_status: TrackingStatus, wording: str) -> TrackingStatus:
    words = wording.lower()
    if code_status is S.DELIVERED:
        return S.RETURNED_TO_SENDER if _RETURNED.search(words) else S.DELIVERED
    if _CANCELLED.search(words):
        return S.CANCELLED
    if _RETURNED.search(words):
        return S.RETURNED_TO_SENDER
    if code_status is S.EXCEPTION:
        return S.DELIVERY_ATTEMPTED if _ATTEMPT.search(words) else S.EXCEPTION
    if code_status is S.IN_TRANSIT:
        if _OUT_FOR_DELIVERY.search(words):
            return S.OUT_FOR_DELIVERY
        if _PICKUP.search(words):
            return S.AVAILABLE_FOR_PICKUP
    return code_status


def _not_found(number: str, now: datetime, message: str = "") -> Tracking:
    url = tracking_url(CARRIER, number) if number else None
    return Tracking(
        CARRIER, number, S.NOT_FOUND, fetched_at=now, tracking_url=url, status_text=message
    )


def parse_dhl(payload: Any, *, now: datetime) -> Tracking:
    """A Unified ``shipments`` answer (or a problem+json 404) -> Tracking."""
    data = as_dict(payload)
    shipments = as_list(data.get("shipments"))
    if not shipments:
        return _not_found("", now, text(data.get("detail")) or text(data.get("title")))
    shipment = as_dict(shipments[0])
    number = text(shipment.get("id"))
    current = as_dict(shipment.get("status"))
    events = newest_first(
        e for e in map(_event, map(as_dict, as_list(shipment.get("events")))) if e
    )
    wording = " ".join(
        (text(current.get("status")), text(current.get("description")), text(current.get("remark")))
    )
    status = _refine(STATUS_CODES.get(text(current.get("statusCode")).lower(), S.UNKNOWN), wording)
    reason: StatusReason | None = None
    if status in {S.EXCEPTION, S.DELIVERY_ATTEMPTED}:
        reason = reason_from_text(wording) or StatusReason.OTHER
    elif status is S.IN_TRANSIT:
        reason = reason_from_text(wording) if "customs" in wording.lower() else None

    eta: date | None = None
    window = None
    delivered_at = None
    if status is S.DELIVERED:
        delivered_at = iso_datetime(current.get("timestamp")) or (events[0].at if events else None)
    elif status not in {S.RETURNED_TO_SENDER, S.CANCELLED}:
        frame = as_dict(shipment.get("estimatedDeliveryTimeFrame"))
        start = iso_datetime(frame.get("estimatedFrom"), default_tz=None)
        end = iso_datetime(frame.get("estimatedThrough"), default_tz=None)
        if start and end:
            window = DeliveryWindow(start, end)
        eta = iso_date(shipment.get("estimatedTimeOfDelivery")) or iso_date(
            frame.get("estimatedFrom")
        )

    last = events[0] if events else _event(current)
    return Tracking(
        carrier=CARRIER,
        number=number,
        status=status,
        fetched_at=now,
        reason=reason,
        status_text=text(current.get("description")) or text(current.get("status")),
        estimated_delivery=eta,
        estimated_window=window,
        delivered_at=delivered_at,
        last_event=last,
        events=events,
        tracking_url=tracking_url(CARRIER, number) if number else None,
        proof=_proof(shipment) if status is S.DELIVERED else None,
    )


def _proof(shipment: Mapping[str, Any]) -> ProofOfDelivery | None:
    """``details.proofOfDelivery{signed{name}, signatureUrl, documentUrl}``."""
    pod = as_dict(as_dict(shipment.get("details")).get("proofOfDelivery"))
    signed = as_dict(pod.get("signed"))
    geo = as_dict(pod.get("geoLocation") or pod.get("location"))
    return ProofOfDelivery.of(
        signed_by=text(signed.get("name")) or text(signed.get("familyName")),
        photo_url=text(pod.get("documentUrl")) or text(pod.get("signatureUrl")),
        latitude=geo.get("latitude"),
        longitude=geo.get("longitude"),
    )


class DhlClient:
    """Talks to DHL's Unified tracking API at ``config.base_url``; thread-safe."""

    carrier = CARRIER

    def __init__(self, config: CarrierConfig, *, http: CarrierHttp | None = None) -> None:
        self._http = http or CarrierHttp(CARRIER, config)
        self._key = config.api_key

    def close(self) -> None:
        self._http.close()

    def track(self, number: str, *, now: datetime) -> Tracking:
        if not self._key:
            raise CarrierAuthFailed(CARRIER, "no API key")
        response = self._http.send(
            "GET",
            TRACK_PATH,
            deadline=self._http.deadline(),
            headers={"DHL-API-Key": self._key},
            params={"trackingNumber": number},
        )
        if response.status_code in {401, 403}:
            raise CarrierAuthFailed(CARRIER, f"HTTP {response.status_code}")
        return self._http.tracking(response, number, lambda body: parse_dhl(body, now=now))
