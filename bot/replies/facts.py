"""The facts a reply template may print, as one frozen value.

Templates see facts only, never live objects: everything here is plain data that the
drafting service has already looked up (order, tracking, marketplace).  Text facts
come from outside (the buyer's name, a carrier's place names) and are printed
literally; they are never parsed as template source.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime

from bot.domain import MARKETPLACES

__all__ = ["DateWindow", "ReplyFacts"]


@dataclass(frozen=True, slots=True)
class DateWindow:
    """A span of days, both ends included: a promised or estimated delivery window."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"date window ends ({self.end}) before it starts ({self.start})")


@dataclass(frozen=True, slots=True)
class ReplyFacts:
    """Everything a reply may mention.  ``None`` means unknown: templates say less.

    Datetimes must be timezone-aware; they are shown in the marketplace's time zone
    (or ``timezone`` when set).  Plain dates are shown as they are.
    """

    order_id: str
    seller_name: str  # the signature under every reply
    marketplace: str = "US"  # key of bot.domain.MARKETPLACES: picks locale and time zone
    buyer_name: str | None = None  # None: greet neutrally
    carrier_name: str | None = None  # as the buyer knows it: "UPS", "DHL Paket", ...
    tracking_number: str | None = None
    tracking_url: str | None = None  # the carrier's own https tracking page, or None
    status_text: str | None = None  # the carrier's own words for the latest event
    estimated_delivery: date | None = None
    estimated_window: DateWindow | None = None
    delivered_at: datetime | None = None
    last_event_place: str | None = None
    last_event_at: datetime | None = None
    ship_by: date | None = None  # latest ship date Amazon promised
    deliver_by: date | None = None  # latest delivery date Amazon promised
    promised_window: DateWindow | None = None  # delivery window shown to the buyer
    new_ship_date: date | None = None  # entered by the agent when an order ships late
    photo_attached: bool | None = None  # the buyer's message carried a picture
    # The parcel's state in a reply to Amazon customer service: delivered,
    # out_for_delivery, in_transit, not_shipped, cancelled or checking (a problem).
    parcel_status: str | None = None
    timezone: str | None = None  # IANA zone overriding the marketplace's

    def __post_init__(self) -> None:
        if not self.order_id.strip():
            raise ValueError("ReplyFacts.order_id is empty: every reply names its order")
        if not self.seller_name.strip():
            raise ValueError("ReplyFacts.seller_name is empty: set the signature name")
        if self.marketplace.upper() not in MARKETPLACES:
            known = ", ".join(MARKETPLACES)
            raise ValueError(
                f"ReplyFacts.marketplace {self.marketplace!r} is unknown; known: {known}"
            )
        for name in ("delivered_at", "last_event_at"):
            value = getattr(self, name)
            if value is not None and value.utcoffset() is None:
                raise ValueError(
                    f"ReplyFacts.{name} is a naive datetime ({value.isoformat()}): "
                    "pass a timezone-aware one so it is shown in the buyer's time zone"
                )

    def as_dict(self) -> dict[str, object]:
        """Field name -> value, for the template context."""
        return {f.name: getattr(self, f.name) for f in fields(self)}
