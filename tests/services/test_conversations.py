"""Conversation snapshots rebuilt from the store, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.db.models import TrackingSnapshotRow
from bot.domain import (
    Address,
    DecisionKind,
    FulfilledBy,
    MessageState,
    Order,
    OrderStatus,
    Package,
    RejectReason,
)
from bot.services.claims import claim, record_decision
from bot.services.conversations import (
    conversations_for_order,
    load_conversation,
    open_conversations,
    order_from_snapshot,
    order_to_snapshot,
)
from bot.services.ingest import store_inbound
from carriers.model import Tracking, TrackingEvent, TrackingStatus
from tests.services.helpers import T0, buyer_message, decided

ORDER = Order(
    order_id="111-2223334-4445556",
    status=OrderStatus.SHIPPED,
    fulfilled_by=FulfilledBy.MERCHANT,
    marketplace_id="ATVPDKIKX0DER",
    created_at=T0 - timedelta(days=4),
    ship_by_latest=T0 - timedelta(days=2),
    deliver_by_earliest=T0 + timedelta(days=1),
    deliver_by_latest=T0 + timedelta(days=3),
    service_level="STANDARD",
    items=("Linen cushion cover",),
    packages=(Package("UPS", "1Z5R89390357567127", "UPS Ground", T0 - timedelta(days=2)),),
    ship_to=Address("Seattle", "98101", "US"),
)


def tracking(status: TrackingStatus, at: datetime) -> Tracking:
    return Tracking(
        carrier="ups",
        number="1Z5R89390357567127",
        status=status,
        fetched_at=at,
        last_event=TrackingEvent(at - timedelta(hours=1), "Departed from Facility", "Louisville"),
        tracking_url="https://www.ups.com/track?tracknum=1Z5R89390357567127",
    )


def test_order_snapshot_round_trips():
    assert order_from_snapshot(order_to_snapshot(ORDER)) == ORDER


def store(uow_factory, message_id: str, sent_at: datetime = T0, **kw) -> int:
    parsed = buyer_message(message_id, sent_at=sent_at, **kw)
    return store_inbound(uow_factory, b"raw", parsed, arrived_at=sent_at).message_pk


def test_load_rebuilds_order_tracking_latest_draft_and_decision(uow_factory):
    pk = store(uow_factory, "<c1@marketplace.amazon.com>")
    with uow_factory() as uow:
        uow.orders.put(ORDER.order_id, order_to_snapshot(ORDER), fetched_at=T0)
        for status, at in (
            (TrackingStatus.LABEL_CREATED, T0),
            (TrackingStatus.IN_TRANSIT, T0 + timedelta(hours=2)),
        ):
            uow.tracking.add(
                TrackingSnapshotRow(
                    message_pk=pk,
                    order_id=ORDER.order_id,
                    carrier="ups",
                    number="1Z5R89390357567127",
                    status=status.value,
                    payload=tracking(status, at).to_dict(),
                    fetched_at=at,
                )
            )
        uow.drafts.add_version(pk, "Hello, first.", now=T0, scenario="in_transit", lang="en")
        # The agent's edit carries a link the policy refuses: the verdict must say so.
        uow.drafts.add_version(
            pk, "Order again at www.mystore.com", now=T0, lang="en", created_by="U1"
        )
        assert claim(
            uow, pk, expected={MessageState.RECEIVED}, new=MessageState.MANUAL, actor="U1", now=T0
        )
        record_decision(
            uow,
            pk,
            kind=DecisionKind.REJECT,
            actor="U1",
            now=T0,
            reason=RejectReason.HANDLE_MANUALLY,
            note="call back",
            outcome="manual",
        )
        uow.commit()

    with uow_factory() as uow:
        conv = load_conversation(uow, pk)
    assert conv.order == ORDER and conv.order_problem == ""
    assert [t.status for t in conv.trackings] == [TrackingStatus.IN_TRANSIT]
    assert conv.draft is not None and conv.draft.version == 2 and conv.draft.created_by == "U1"
    assert not conv.draft.report.compliant and "link" in conv.draft.report.rules
    assert conv.decision is not None and conv.decision.reason is RejectReason.HANDLE_MANUALLY
    assert conv.decision.note == "call back" and conv.outcome == "manual"
    assert conv.state is MessageState.MANUAL and conv.open
    assert conv.message.buyer_name == "Jane" and conv.due_at == T0 + timedelta(hours=24)


def test_unknown_order_is_explained(uow_factory):
    pk = store(uow_factory, "<c2@marketplace.amazon.com>", order_id="999-0000000-0000000")
    with uow_factory() as uow:
        uow.orders.put("999-0000000-0000000", None, fetched_at=T0, error="not_found")
        uow.commit()
    with uow_factory() as uow:
        conv = load_conversation(uow, pk)
    assert conv.order is None
    assert "Amazon does not know order 999-0000000-0000000" in conv.order_problem


def test_missing_message_is_a_lookup_error(uow_factory):
    with uow_factory() as uow, pytest.raises(LookupError):
        load_conversation(uow, 12345)


def test_open_conversations_by_deadline_and_by_order(uow_factory):
    late = store(uow_factory, "<c3@marketplace.amazon.com>", sent_at=T0)
    early = store(uow_factory, "<c4@marketplace.amazon.com>", sent_at=T0 - timedelta(hours=5))
    other = store(
        uow_factory,
        "<c5@marketplace.amazon.com>",
        order_id="222-3334445-5566677",
        sent_at=T0 - timedelta(hours=1),
    )
    done = store(uow_factory, "<c6@marketplace.amazon.com>", sent_at=T0 - timedelta(hours=9))
    decided(uow_factory, done, expected={MessageState.RECEIVED}, new=MessageState.SPAM,
            actor="U1", now=datetime.now(UTC))  # fmt: skip
    with uow_factory() as uow:
        assert [c.pk for c in open_conversations(uow, limit=10)] == [early, other, late]
        assert [c.pk for c in open_conversations(uow, limit=2)] == [early, other]
        assert [c.pk for c in conversations_for_order(uow, "111-2223334-4445556")] == [
            done,
            early,
            late,
        ]
