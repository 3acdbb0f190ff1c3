"""Open conversations in bulk, as the queue shows them: for the view tests and the bench.

:func:`seed_open_conversations` writes ``count`` carded buyer messages, each with two
tracking snapshots of one parcel, a draft and an agent's decision: everything a queue
line, a card or ``/order`` reads.  Rows go straight into the tables (one transaction),
so a thousand take a second, not the minutes the drafting pipeline would.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from bot.db.models import DecisionRow, DraftRow, MessageRow, TrackingSnapshotRow
from bot.domain import DecisionKind, MessageKind, MessageState, Order
from carriers.model import Tracking, TrackingStatus

__all__ = ["AGENT", "TRACKING_NUMBER", "seed_open_conversations"]

AGENT = "U0AGENT"  # who decided last on each (the queue says "on it")
TRACKING_NUMBER = "1Z5R89390357567127"


def seed_open_conversations(
    uow_factory: Callable[[], Any],
    count: int,
    *,
    now: datetime,
    start: int = 0,
    order: Order | None = None,
    snapshot: dict[str, Any] | None = None,
) -> None:
    """``count`` open conversations numbered from ``start``, the n-th received n minutes
    before ``now`` (so the last is the most urgent).  All are about ``order`` when given
    (its ``snapshot`` stored with them), else each about an order of its own."""
    with uow_factory() as uow:
        if order is not None:
            uow.orders.put(order.order_id, snapshot, fetched_at=now)
        rows = [
            MessageRow(
                message_id=f"<q{n}@marketplace.amazon.com>",
                kind=MessageKind.BUYER_MESSAGE,
                state=MessageState.CARDED,
                received_at=now - timedelta(minutes=n),
                arrived_at=now - timedelta(minutes=n),
                due_at=now + timedelta(hours=24) - timedelta(minutes=n),
                order_id=order.order_id if order is not None else f"111-2223334-{n:07d}",
                buyer_name=f"Buyer {n}",
                buyer_alias=f"b{n}@marketplace.amazon.com",
                subject="Where is my order?",
                body="Where is it?",
                slack_channel="C0QUEUE",
                slack_ts=f"1700000000.{n:06d}",
            )
            for n in range(start, start + count)
        ]
        uow.session.add_all(rows)
        uow.session.flush()
        for row in rows:
            for hours in (2, 1):
                at = now - timedelta(hours=hours)
                payload = Tracking(
                    carrier="ups",
                    number=TRACKING_NUMBER,
                    status=TrackingStatus.IN_TRANSIT,
                    fetched_at=at,
                ).to_dict()
                uow.session.add(
                    TrackingSnapshotRow(
                        message_pk=row.id,
                        order_id=row.order_id,
                        carrier="ups",
                        number=TRACKING_NUMBER,
                        status="in_transit",
                        payload=payload,
                        fetched_at=at,
                    )
                )
            uow.session.add(
                DraftRow(
                    message_pk=row.id,
                    version=1,
                    lang="en",
                    created_at=now,
                    text="Hello, it is on its way.",
                )
            )
            uow.session.add(
                DecisionRow(
                    message_pk=row.id,
                    kind=DecisionKind.EDIT,
                    actor=AGENT,
                    outcome="refused by the policy check",
                    at=now,
                )
            )
        uow.commit()
