"""Which reply fits: a pure function of the intent, the order, the tracking and the time.

No I/O here, so every branch is tested with plain values.  The one promise kept above
all others: a parcel that needs a human's attention (exception, failed attempt, return,
no scan for days, unknown to the carrier days after the label) never gets a reply that
says all is well.  A carrier's reason splits the exceptions further: an address problem
asks the buyer to confirm the address (never "delayed", never a date), customs, a lost
or damaged parcel and a parcel held at a depot each have their own reply.

Requests other than "where is my order?" follow Amazon's guidance: a cancellation before
shipping is done by the agent in Seller Central and confirmed, after shipping the buyer
may refuse the delivery or return it; an address change depends on the same line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Final

from bot.domain import FulfilledBy, Intent, Order, OrderStatus, Package
from bot.replies import Scenario
from bot.services.amazon_status import AMAZON
from carriers.model import StatusReason, Tracking, TrackingStatus

__all__ = ["ALL_IS_WELL", "Choice", "choose_scenario", "primary_parcel"]

ALL_IS_WELL: Final = frozenset(
    {
        Scenario.NOT_SHIPPED,
        Scenario.LABEL_CREATED,
        Scenario.IN_TRANSIT,
        Scenario.OUT_FOR_DELIVERY,
        Scenario.AVAILABLE_FOR_PICKUP,
        Scenario.DELIVERED,
    }
)
"""Scenarios whose wording reassures the buyer: never used when a parcel needs attention."""

_NOT_SHIPPED: Final = frozenset(
    {OrderStatus.PENDING, OrderStatus.PENDING_AVAILABILITY, OrderStatus.UNSHIPPED}
)

_BY_STATUS: Final[dict[TrackingStatus, Scenario]] = {
    TrackingStatus.LABEL_CREATED: Scenario.LABEL_CREATED,
    TrackingStatus.IN_TRANSIT: Scenario.IN_TRANSIT,
    TrackingStatus.OUT_FOR_DELIVERY: Scenario.OUT_FOR_DELIVERY,
    TrackingStatus.AVAILABLE_FOR_PICKUP: Scenario.AVAILABLE_FOR_PICKUP,
    TrackingStatus.DELIVERY_ATTEMPTED: Scenario.DELIVERY_ATTEMPTED,
    TrackingStatus.DELIVERED: Scenario.DELIVERED,
    TrackingStatus.EXCEPTION: Scenario.DELAYED,
    TrackingStatus.RETURNED_TO_SENDER: Scenario.RETURNED_TO_SENDER,
    # A cancelled label on a shipped order: nothing true to tell the buyer yet.
    TrackingStatus.CANCELLED: Scenario.ACKNOWLEDGE,
    TrackingStatus.UNKNOWN: Scenario.TRACKING_UNAVAILABLE,
}

# A carrier's reason that has its own reply, whatever the status that came with it.
_BY_REASON: Final[dict[StatusReason, Scenario]] = {
    StatusReason.ADDRESS_ISSUE: Scenario.EXCEPTION_ADDRESS,
    StatusReason.CUSTOMS: Scenario.EXCEPTION_CUSTOMS,
    StatusReason.LOST: Scenario.LOST_RESHIP,
    StatusReason.DAMAGED: Scenario.EXCEPTION_DAMAGED,
    StatusReason.HELD: Scenario.EXCEPTION_HELD,
}

# Requests whose reply does not depend on the parcel's way.
_BY_INTENT: Final[dict[Intent, Scenario]] = {
    Intent.RETURN: Scenario.RETURN,
    Intent.DAMAGED_OR_WRONG: Scenario.DAMAGED_OR_WRONG,
    Intent.INVOICE: Scenario.INVOICE,
}

_SHIPPED: Final = frozenset({OrderStatus.SHIPPED, OrderStatus.PARTIALLY_SHIPPED})

# Statuses whose own reply already says what happened, whatever the reason.
_REASON_IGNORED: Final = frozenset(
    {TrackingStatus.DELIVERED, TrackingStatus.RETURNED_TO_SENDER, TrackingStatus.CANCELLED}
)

# How far along a parcel is; with several parcels the reply is about the least advanced.
_PROGRESS: Final[dict[TrackingStatus, int]] = {
    TrackingStatus.UNKNOWN: 0,
    TrackingStatus.NOT_FOUND: 1,
    TrackingStatus.LABEL_CREATED: 2,
    TrackingStatus.IN_TRANSIT: 3,
    TrackingStatus.OUT_FOR_DELIVERY: 4,
    TrackingStatus.AVAILABLE_FOR_PICKUP: 5,
    TrackingStatus.DELIVERY_ATTEMPTED: 5,
    TrackingStatus.DELIVERED: 6,
    TrackingStatus.EXCEPTION: 3,
    TrackingStatus.RETURNED_TO_SENDER: 6,
    TrackingStatus.CANCELLED: 6,
}


@dataclass(frozen=True, slots=True)
class Choice:
    """The scenario (None: no template fits, the agent writes the reply) and why."""

    scenario: Scenario | None
    why: str
    parcel: tuple[Package, Tracking] | None = None  # the parcel the reply is about
    attention: bool = False  # a parcel needs a human: no reassuring wording


def _attention(package: Package, tracking: Tracking, now: datetime) -> bool:
    return tracking.needs_attention(now, label_created_at=package.ship_time)


def primary_parcel(
    parcels: Sequence[tuple[Package, Tracking]], now: datetime
) -> tuple[Package, Tracking] | None:
    """The parcel to talk about: one needing attention first, else the least advanced."""
    if not parcels:
        return None
    return min(
        parcels,
        key=lambda p: (not _attention(p[0], p[1], now), _PROGRESS.get(p[1].status, 0)),
    )


def choose_scenario(
    *,
    intent: Intent | None,
    order: Order | None,
    order_error: str | None,
    parcels: Sequence[tuple[Package, Tracking]],
    now: datetime,
    has_order_id: bool,
) -> Choice:
    """The reply scenario for one message.

    ``parcels`` pairs each package of the order with its tracking, ``order_error`` is
    the ``orders.error`` code when the order could not be looked up.
    """
    if intent is Intent.THANKS:
        return Choice(Scenario.THANKS, "the buyer says thanks: no response needed")
    if intent is Intent.PRODUCT_QUESTION:
        return Choice(Scenario.PRODUCT_QUESTION, "product question: the agent writes")
    if not has_order_id:
        return Choice(None, "no order id: a pre-sale question or one the agent must place")
    if intent in _BY_INTENT:
        return Choice(_BY_INTENT[intent], f"intent {intent.value}")
    if intent in {Intent.CANCEL, Intent.ADDRESS_CHANGE}:
        return _request(intent, order, order_error, parcels, now)
    if intent is not None and intent is not Intent.WHERE_IS_MY_ORDER:
        # Facts on the card, no invented promise in the reply.
        return Choice(Scenario.ACKNOWLEDGE, f"intent {intent.value}: acknowledge only")
    if order is None:
        if order_error == "not_found":
            return Choice(None, "Amazon does not know the order: the agent checks the order id")
        return Choice(Scenario.ACKNOWLEDGE, f"order not looked up ({order_error or 'unknown'})")
    if order.fulfilled_by is FulfilledBy.AMAZON:
        return Choice(Scenario.AMAZON_FULFILLED, "fulfilled by Amazon")
    if order.status is OrderStatus.CANCELLED:
        return Choice(Scenario.CANCELLED, "order cancelled")
    tracked = [p for p in parcels if p[0].tracking_number]
    if order.status in _NOT_SHIPPED or (order.status is OrderStatus.UNFULFILLABLE and not tracked):
        return _not_shipped(order, now)
    parcel = primary_parcel(tracked, now)
    if parcel is None:
        return Choice(Scenario.ACKNOWLEDGE, "shipped, but no tracking number on the order")
    return _shipped(order, parcel, now)


def _request(
    intent: Intent,
    order: Order | None,
    order_error: str | None,
    parcels: Sequence[tuple[Package, Tracking]],
    now: datetime,
) -> Choice:
    """A cancellation or an address change: what is possible depends on shipping."""
    name = intent.value
    if order is None:
        return Choice(Scenario.ACKNOWLEDGE, f"intent {name}, order not looked up: agent checks")
    if order.fulfilled_by is FulfilledBy.AMAZON:
        return Choice(Scenario.AMAZON_FULFILLED, f"intent {name}, fulfilled by Amazon")
    if order.status is OrderStatus.CANCELLED:
        return Choice(Scenario.CANCELLED, f"intent {name}, order already cancelled")
    tracked = [p for p in parcels if p[0].tracking_number]
    parcel = primary_parcel(tracked, now)
    if order.status not in _SHIPPED and not tracked:
        scenario = (
            Scenario.CANCEL_UNSHIPPED
            if intent is Intent.CANCEL
            else Scenario.ADDRESS_CHANGE_UNSHIPPED
        )
        return Choice(scenario, f"intent {name}, not shipped yet")
    if intent is Intent.CANCEL:
        return Choice(Scenario.CANCEL_SHIPPED, "intent cancel, already shipped", parcel)
    if parcel is None:
        return Choice(Scenario.ACKNOWLEDGE, "intent address_change, shipped without tracking")
    return Choice(Scenario.ADDRESS_CHANGE_SHIPPED, "intent address_change, shipped", parcel)


def _not_shipped(order: Order, now: datetime) -> Choice:
    if order.status is OrderStatus.UNFULFILLABLE:
        return Choice(Scenario.ACKNOWLEDGE, "order unfulfillable: the agent decides")
    if order.ship_by_latest is None:
        return Choice(Scenario.ACKNOWLEDGE, "not shipped, no promised ship date")
    if now <= order.ship_by_latest:
        return Choice(Scenario.NOT_SHIPPED, "not shipped, still within the ship-by date")
    return Choice(Scenario.NOT_SHIPPED_LATE, "not shipped and the ship-by date has passed")


# What a reply may say on Amazon's word alone: the templates of the other statuses quote
# the carrier ("According to PostNL, ..."), which Amazon's packageStatus is not.
_AMAZON_MAY_SAY: Final = frozenset({Scenario.IN_TRANSIT, Scenario.LABEL_CREATED})


def _shipped(order: Order, parcel: tuple[Package, Tracking], now: datetime) -> Choice:
    choice = _shipped_by_tracking(order, parcel, now)
    tracking = parcel[1]
    if tracking.source == AMAZON and choice.scenario not in _AMAZON_MAY_SAY:
        why = f"Amazon reports {tracking.status.value}: number and link, not the carrier's words"
        return replace(choice, scenario=Scenario.TRACKING_UNAVAILABLE, why=why)
    return choice


def _shipped_by_tracking(order: Order, parcel: tuple[Package, Tracking], now: datetime) -> Choice:
    package, tracking = parcel
    attention = _attention(package, tracking, now)
    status = tracking.status
    if status is TrackingStatus.NOT_FOUND:
        # Fresh label: the carrier has not scanned it.  Days later: only number and link.
        scenario = Scenario.TRACKING_UNAVAILABLE if attention else Scenario.LABEL_CREATED
        why = "carrier does not know the number " + ("days after the label" if attention else "yet")
    else:
        scenario = _BY_STATUS[status]
        why = f"tracking {status.value}"
        if not tracking.live and status is TrackingStatus.UNKNOWN:
            why = "no live tracking (carrier down or no API): number and link only"
    if tracking.reason in _BY_REASON and status not in _REASON_IGNORED:
        # The reason decides the words: an address problem is never called a delay.
        reason = tracking.reason
        return Choice(_BY_REASON[reason], f"tracking {status.value}, reason {reason}", parcel, True)
    if tracking.reason is not None and scenario in ALL_IS_WELL - {Scenario.DELIVERED}:
        scenario, why = Scenario.DELAYED, f"tracking {status.value}, reason {tracking.reason}"
    late = order.deliver_by_latest is not None and now > order.deliver_by_latest
    if late and scenario in {Scenario.LABEL_CREATED, Scenario.IN_TRANSIT}:
        scenario, why = Scenario.DELAYED, f"tracking {status.value}, promised delivery passed"
    if scenario is Scenario.DELIVERED and tracking.delivered_at is None:
        scenario, why = Scenario.TRACKING_UNAVAILABLE, "delivered, but the carrier gave no time"
    if attention and scenario in ALL_IS_WELL:
        scenario, why = Scenario.DELAYED, f"tracking {status.value} needs attention"
    return Choice(scenario, why, parcel, attention)
