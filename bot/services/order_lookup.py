"""``/order``: one order as Amazon has it now, its parcels, and what buyers wrote about it.

The live order comes from SP-API; when Amazon cannot be asked (not configured, refused,
down) the answer says why in words and falls back on the snapshot stored with the
buyer's messages.  Tracking comes from the tracking service, which never raises for a
carrier that is down (it answers with the number and link only), so one broken carrier
never hides the order.  What the bot stored (the order snapshot and a queue line per
buyer message about it) is one read-only unit of work of two queries.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from bot.db.uow import UowFactory
from bot.domain import OPEN_STATES, Order, QueueEntry
from bot.errors import AmazonAuthFailed, AmazonError, OrderNotFound
from bot.ports import OrderSource
from bot.services.access import Access, Role
from bot.services.amazon_status import with_amazon_status
from bot.services.conversations import order_from_snapshot
from carriers.model import Tracking
from carriers.names import order_carrier

__all__ = [
    "MAX_PACKAGES",
    "OrderLookup",
    "ParcelSource",
    "TrackingSource",
    "look_up_order",
    "look_up_parcel",
]

MAX_PACKAGES = 10  # an answer holds at most 50 blocks
_NOT_YOURS = (
    "Order {order_id} belongs to a seller account you are not a viewer of: ask its "
    "team, or to be added to its viewers."
)


class TrackingSource(Protocol):
    def track_many(self, items: list[tuple[str, str | None]]) -> dict[str, Tracking]: ...


class ParcelSource(Protocol):
    def track(self, number: str) -> Tracking: ...


def look_up_parcel(number: str, *, user: str, access: Access, tracking: ParcelSource) -> Tracking:
    """What ``/track`` shows of one parcel, for a viewer (the same rule as ``/order``).

    A carrier's answer names the delivery city and status: buyer data.
    Raises :class:`~bot.errors.NotAuthorised` for anyone else.
    """
    access.require(user, Role.READ, what="/track")
    return tracking.track(number)


@dataclass(frozen=True, slots=True)
class OrderLookup:
    order_id: str
    order: Order | None  # Amazon's, else the stored snapshot, else None
    problem: str  # why Amazon was not asked or did not answer ("" when it did)
    trackings: tuple[Tracking, ...]
    messages: tuple[QueueEntry, ...]  # every stored message about the order, by deadline

    @property
    def open_messages(self) -> tuple[QueueEntry, ...]:
        return tuple(m for m in self.messages if m.state in OPEN_STATES)


def look_up_order(
    order_id: str,
    *,
    user: str,
    access: Access,
    orders: Callable[[str], OrderSource | None],
    tracking: TrackingSource,
    uow_factory: UowFactory,
) -> OrderLookup:
    """Everything ``/order`` shows about ``order_id``, for a viewer.

    ``orders`` gives the SP-API client of a seller account.  Amazon is asked through the
    account of the stored messages about the order, else through each account the user
    reads until one knows it; only messages of those accounts are listed.
    Raises :class:`~bot.errors.NotAuthorised` for anyone else.
    """
    access.require(user, Role.READ, what="/order")
    accounts = access.accounts(user, Role.READ)
    with uow_factory().read_only() as uow:
        lines = uow.conversations.order_lines(order_id)
        stored = uow.orders.get(order_id)
    owners = {line.account for line in lines}
    if owners and not owners & set(accounts):
        # Another account's order: the user learns nothing about it, not even its status.
        return OrderLookup(order_id, None, _NOT_YOURS.format(order_id=order_id), (), ())
    messages = tuple(line for line in lines if line.account in accounts)
    live, problem = None, ""
    for account in [a for a in accounts if a in owners] or list(accounts):
        live, problem = _live_order(orders(account), order_id)
        if live is not None:
            break
    if live is None and stored is not None and stored.snapshot is not None:
        live = order_from_snapshot(stored.snapshot)
    return OrderLookup(
        order_id=order_id,
        order=live,
        problem=problem,
        trackings=_trackings(tracking, live) if live is not None else (),
        messages=messages,
    )


def _live_order(orders: OrderSource | None, order_id: str) -> tuple[Order | None, str]:
    if orders is None:
        return None, "SP-API is not configured (SPAPI_* settings): showing what the bot stored."
    try:
        return orders.get_order(order_id), ""
    except OrderNotFound:
        return None, (
            f"Amazon does not know order {order_id} for this seller account: check the "
            "id (an order of another seller is not visible to the bot)."
        )
    except AmazonAuthFailed:
        return None, (
            f"Amazon refused access to order {order_id}: it belongs to another seller "
            "account, or the SP-API authorisation (SPAPI_* settings) needs renewing."
        )
    except AmazonError as exc:
        return None, f"Amazon's order service did not answer ({exc}); try again in a minute."


def _trackings(tracking: TrackingSource, order: Order) -> tuple[Tracking, ...]:
    parcels = [
        (p.tracking_number, order_carrier(p.carrier, p.shipping_service))
        for p in order.packages[:MAX_PACKAGES]
        if p.tracking_number and p.tracking_number.strip()
    ]
    found = tracking.track_many(parcels)
    by_number = {p.tracking_number: p for p in order.packages}
    return tuple(with_amazon_status(by_number[number], found[number]) for number, _ in parcels)
