"""The normalised tracking result every carrier adapter returns.

Statuses and reasons follow DESIGN.md §4 and reference/carriers.md §3.6.  A
:class:`Tracking` is a frozen snapshot: the derived flags (terminal, stale,
needs-attention) take the current time as an argument, so the same snapshot can be
judged again later without refetching.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any, Final

__all__ = [
    "NOT_FOUND_GRACE",
    "STALE_AFTER",
    "TERMINAL_STATUSES",
    "DeliveryWindow",
    "ProofOfDelivery",
    "StatusReason",
    "Tracking",
    "TrackingEvent",
    "TrackingStatus",
]


class TrackingStatus(StrEnum):
    """Where a parcel is, in the carrier-independent vocabulary (roughly lifecycle order)."""

    UNKNOWN = "unknown"  # no usable data: carrier down, link-only carrier, unmapped code
    NOT_FOUND = "not_found"  # the carrier has no record (yet) of this number
    LABEL_CREATED = "label_created"
    IN_TRANSIT = "in_transit"
    OUT_FOR_DELIVERY = "out_for_delivery"
    AVAILABLE_FOR_PICKUP = "available_for_pickup"
    DELIVERY_ATTEMPTED = "delivery_attempted"
    DELIVERED = "delivered"
    EXCEPTION = "exception"
    RETURNED_TO_SENDER = "returned_to_sender"
    CANCELLED = "cancelled"


class StatusReason(StrEnum):
    """Why a parcel is late or stuck; set only when the carrier says so."""

    DELAYED = "delayed"
    WEATHER = "weather"
    CUSTOMS = "customs"
    ADDRESS_ISSUE = "address_issue"
    RECIPIENT_UNAVAILABLE = "recipient_unavailable"
    REFUSED = "refused"
    DAMAGED = "damaged"
    LOST = "lost"
    HELD = "held"
    OTHER = "other"


TERMINAL_STATUSES: Final = frozenset(
    {TrackingStatus.DELIVERED, TrackingStatus.RETURNED_TO_SENDER, TrackingStatus.CANCELLED}
)
_ATTENTION_STATUSES: Final = frozenset(
    {
        TrackingStatus.EXCEPTION,
        TrackingStatus.DELIVERY_ATTEMPTED,
        TrackingStatus.RETURNED_TO_SENDER,
        TrackingStatus.CANCELLED,
    }
)

# A domestic parcel with no scan for a week is stuck (AfterShip waits 30 days before
# "Expired", far too late to answer a buyer).
STALE_AFTER: Final = timedelta(days=7)
# Carriers show a number 10-30 minutes after the label; still unknown 3 days after the
# label means the parcel probably never left the seller.
NOT_FOUND_GRACE: Final = timedelta(days=3)


@dataclass(frozen=True, slots=True)
class TrackingEvent:
    """One scan: when (tz-aware), what the carrier said, where, and its raw code."""

    at: datetime
    description: str
    location: str = ""
    code: str = ""

    def __post_init__(self) -> None:
        if self.at.tzinfo is None:
            raise ValueError("TrackingEvent.at must be timezone-aware")

    def to_dict(self) -> dict[str, str]:
        return {
            "at": self.at.isoformat(),
            "description": self.description,
            "location": self.location,
            "code": self.code,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TrackingEvent:
        return cls(
            at=datetime.fromisoformat(data["at"]),
            description=str(data.get("description", "")),
            location=str(data.get("location", "")),
            code=str(data.get("code", "")),
        )


@dataclass(frozen=True, slots=True)
class DeliveryWindow:
    """The carrier's estimated delivery window.

    Local time at the destination: tz-aware when the carrier gives an offset (UPS with
    ``gmtOffset``, FedEx), naive when it does not (USPS, DHL), so show it as printed.
    """

    start: datetime
    end: datetime


@dataclass(frozen=True, slots=True)
class ProofOfDelivery:
    """What the carrier gives as proof of a delivery: who signed, a photo or signature
    image link, where the parcel was left, and where the driver stood (geo)."""

    signed_by: str = ""
    photo_url: str = ""  # https only; a carrier's base64 image is never kept
    place: str = ""  # "Front Door", "Mailbox"
    latitude: float | None = None
    longitude: float | None = None

    def __bool__(self) -> bool:
        return bool(self.signed_by or self.photo_url or self.place or self.latitude is not None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "signed_by": self.signed_by,
            "photo_url": self.photo_url,
            "place": self.place,
            "latitude": self.latitude,
            "longitude": self.longitude,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ProofOfDelivery:
        def coordinate(value: Any) -> float | None:
            try:
                return float(value) if value is not None else None
            except (TypeError, ValueError):
                return None

        return cls(
            signed_by=str(data.get("signed_by") or ""),
            photo_url=str(data.get("photo_url") or ""),
            place=str(data.get("place") or ""),
            latitude=coordinate(data.get("latitude")),
            longitude=coordinate(data.get("longitude")),
        )

    @classmethod
    def of(
        cls,
        *,
        signed_by: Any = None,
        photo_url: Any = None,
        place: Any = None,
        latitude: Any = None,
        longitude: Any = None,
    ) -> ProofOfDelivery | None:
        """From a carrier's raw fields: None when it gave nothing usable.  A link that is
        not https, or coordinates out of range, are dropped."""
        url = str(photo_url or "").strip()
        proof = cls.from_dict(
            {
                "signed_by": " ".join(str(signed_by or "").split())[:100],
                "photo_url": url if url.lower().startswith("https://") else "",
                "place": " ".join(str(place or "").split())[:100],
                "latitude": latitude,
                "longitude": longitude,
            }
        )
        lat, lon = proof.latitude, proof.longitude
        if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
            proof = replace(proof, latitude=None, longitude=None)
        return proof or None


@dataclass(frozen=True, slots=True)
class Tracking:
    """What a carrier says about one tracking number at ``fetched_at``.

    ``live`` is False when no carrier API was asked (link-only carriers) or the carrier
    could not be reached: then ``status`` is ``unknown`` and ``note`` says why, and the
    number and tracking link are still worth giving to the buyer.
    """

    carrier: str
    number: str
    status: TrackingStatus
    fetched_at: datetime
    reason: StatusReason | None = None
    status_text: str = ""
    estimated_delivery: date | None = None
    estimated_window: DeliveryWindow | None = None
    delivered_at: datetime | None = None
    last_event: TrackingEvent | None = None
    events: tuple[TrackingEvent, ...] = field(default=(), repr=False)
    tracking_url: str | None = None
    live: bool = True
    note: str = ""
    # Whose word the status is: "carrier" (its API) or "amazon" (SP-API's packageStatus,
    # used when the carrier has no API or did not answer).
    source: str = "carrier"
    proof: ProofOfDelivery | None = None  # where the carrier gives proof of delivery

    @classmethod
    def unavailable(
        cls,
        carrier: str,
        number: str,
        *,
        now: datetime,
        tracking_url: str | None,
        note: str = "",
    ) -> Tracking:
        """The carrier could not be asked (down, slow, over quota): number and link only."""
        return cls(
            carrier=carrier,
            number=number,
            status=TrackingStatus.UNKNOWN,
            fetched_at=now,
            tracking_url=tracking_url,
            live=False,
            note=note or f"{carrier} tracking is unavailable right now",
        )

    @classmethod
    def link_only(
        cls, carrier: str, number: str, *, now: datetime, tracking_url: str | None
    ) -> Tracking:
        """A carrier we have no API for: the buyer gets the number and the carrier's page."""
        return cls.unavailable(
            carrier,
            number,
            now=now,
            tracking_url=tracking_url,
            note=f"no tracking API for {carrier}: status only on the carrier's page",
        )

    @property
    def terminal(self) -> bool:
        """Delivered, returned or cancelled: nothing more will happen to this parcel."""
        return self.status in TERMINAL_STATUSES

    def is_stale(self, now: datetime, stale_after: timedelta = STALE_AFTER) -> bool:
        """No scan for ``stale_after`` on a parcel that is still on its way."""
        if self.terminal or self.last_event is None:
            return False
        return now - self.last_event.at > stale_after

    def needs_attention(
        self,
        now: datetime,
        *,
        label_created_at: datetime | None = None,
        stale_after: timedelta = STALE_AFTER,
        not_found_grace: timedelta = NOT_FOUND_GRACE,
    ) -> bool:
        """True when a human should look before any "all is well" reply.

        Exception, failed attempt, return, cancellation, a stale parcel, or a number the
        carrier still does not know ``not_found_grace`` after the label was bought
        (``label_created_at`` comes from the order's shipment confirmation).
        """
        if self.status in _ATTENTION_STATUSES:
            return True
        if self.is_stale(now, stale_after):
            return True
        return (
            self.status is TrackingStatus.NOT_FOUND
            and label_created_at is not None
            and now - label_created_at > not_found_grace
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (``wismo track --json``, caches, the demo's card files)."""
        window = self.estimated_window
        return {
            "carrier": self.carrier,
            "number": self.number,
            "status": self.status.value,
            "reason": self.reason.value if self.reason else None,
            "status_text": self.status_text,
            "estimated_delivery": (
                self.estimated_delivery.isoformat() if self.estimated_delivery else None
            ),
            "estimated_window": (
                {"start": window.start.isoformat(), "end": window.end.isoformat()}
                if window
                else None
            ),
            "delivered_at": self.delivered_at.isoformat() if self.delivered_at else None,
            "last_event": self.last_event.to_dict() if self.last_event else None,
            "events": [e.to_dict() for e in self.events],
            "tracking_url": self.tracking_url,
            "fetched_at": self.fetched_at.isoformat(),
            "live": self.live,
            "terminal": self.terminal,
            "note": self.note,
            "source": self.source,
            "proof": self.proof.to_dict() if self.proof else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Tracking:
        """Inverse of :meth:`to_dict` (derived keys are ignored)."""
        window = data.get("estimated_window")
        last = data.get("last_event")
        eta = data.get("estimated_delivery")
        delivered = data.get("delivered_at")
        return cls(
            carrier=data["carrier"],
            number=data["number"],
            status=TrackingStatus(data["status"]),
            fetched_at=datetime.fromisoformat(data["fetched_at"]),
            reason=StatusReason(data["reason"]) if data.get("reason") else None,
            status_text=data.get("status_text", ""),
            estimated_delivery=date.fromisoformat(eta) if eta else None,
            estimated_window=(
                DeliveryWindow(
                    datetime.fromisoformat(window["start"]), datetime.fromisoformat(window["end"])
                )
                if window
                else None
            ),
            delivered_at=datetime.fromisoformat(delivered) if delivered else None,
            last_event=TrackingEvent.from_dict(last) if last else None,
            events=tuple(TrackingEvent.from_dict(e) for e in data.get("events", ())),
            tracking_url=data.get("tracking_url"),
            live=bool(data.get("live", True)),
            note=data.get("note", ""),
            source=data.get("source", "carrier"),
            proof=ProofOfDelivery.from_dict(data["proof"]) if data.get("proof") else None,
        )
