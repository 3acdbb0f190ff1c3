"""The daily retention purge on SQLite and PostgreSQL: personal data goes, the audit stays."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from bot.db.models import OutboxState, TrackingSnapshotRow
from bot.domain import DecisionKind, InboundMessage, MessageKind, MessageState, RejectReason
from bot.jobs.retention import purge_expired, redact_verdict
from bot.services.claims import claim, record_decision
from bot.services.conversations import load_conversation, order_to_snapshot
from bot.services.ingest import store_inbound
from bot.services.outbox import enqueue
from bot.services.stats import team_figures
from compliance import check
from tests.services.helpers import T0, buyer_message, decided, reply_for
from tests.services.test_conversations import ORDER

CLOSED = T0 + timedelta(hours=3)
DAY = timedelta(days=1)
PHONE_REPLY = "Call Jane on +1 206 555 0100 about order 111-2223334-4445556."


def answered_conversation(uow_factory, message_id: str) -> int:
    pk = store_inbound(
        uow_factory,
        b"raw",
        buyer_message(
            message_id,
            attachments=(),
            subject="Where is my order? Jane Doe, 12 Main St",
        ),
        arrived_at=T0,
    ).message_pk
    with uow_factory() as uow:
        uow.orders.put(ORDER.order_id, order_to_snapshot(ORDER), fetched_at=T0)
        uow.tracking.add(
            TrackingSnapshotRow(
                message_pk=pk,
                order_id="111-2223334-4445556",
                carrier="ups",
                number="1Z5R89390357567127",
                status="in_transit",
                payload={"last_event": {"place": "Seattle, WA"}},
                fetched_at=T0,
            )
        )
        refused = check(PHONE_REPLY, lang="en").to_json()
        uow.drafts.add_version(pk, PHONE_REPLY, now=T0, lang="en", compliance=refused)
        record_decision(
            uow,
            pk,
            kind=DecisionKind.EDIT,
            actor="UAGENT1",
            now=T0,
            outcome="refused",
            text=PHONE_REPLY,
            compliance=refused,
        )
        assert claim(
            uow,
            pk,
            expected={MessageState.RECEIVED},
            new=MessageState.SENDING,
            actor="UAGENT1",
            now=CLOSED - timedelta(minutes=5),
        )
        record_decision(
            uow,
            pk,
            kind=DecisionKind.APPROVE,
            actor="UAGENT1",
            now=CLOSED,
            outcome="sent",
            text="Your parcel is on its way.",
        )
        enqueue(uow, pk, reply_for(pk), CLOSED)
        uow.commit()
    with uow_factory() as uow:
        row = uow.outbox.for_message(pk)
        assert uow.outbox.move(
            row.id,
            expected={OutboxState.PENDING},
            new=OutboxState.SENT,
            last_error="first try: 451 <abc123xyz@marketplace.amazon.com>",
        )
        assert claim(
            uow,
            pk,
            expected={MessageState.SENDING},
            new=MessageState.ANSWERED,
            actor=None,
            now=CLOSED,
        )
        uow.commit()
    return pk


def test_personal_data_goes_thirty_days_after_closing_and_the_audit_stays(uow_factory):
    pk = answered_conversation(uow_factory, "<r1@marketplace.amazon.com>")
    open_pk = store_inbound(
        uow_factory,
        b"raw",
        buyer_message("<r2@marketplace.amazon.com>", order_id="222-0000000-0000000"),
        arrived_at=T0,
    ).message_pk
    with uow_factory() as uow:
        before = team_figures(uow, now=CLOSED + DAY)

    assert (
        purge_expired(uow_factory, now=CLOSED + 30 * DAY - timedelta(minutes=1), retention_days=30)
        == 0
    )
    assert purge_expired(uow_factory, now=CLOSED + 30 * DAY, retention_days=30) == 1

    with uow_factory() as uow:
        row = uow.messages.get(pk)
        conv = load_conversation(uow, pk)
        decisions = uow.decisions.for_message(pk)
        drafts = uow.drafts.all_for(pk)
        outbox = uow.outbox.for_message(pk)
        order = uow.orders.get("111-2223334-4445556")
        tracking = uow.tracking.for_message(pk)
        still_open = load_conversation(uow, open_pk)
        after = team_figures(uow, now=CLOSED + DAY)
    stored = json.dumps(
        [
            [row.buyer_name, row.buyer_alias, row.subject, row.body, row.attachments],
            [(d.text, d.note, d.compliance) for d in decisions],
            [(d.text, d.compliance) for d in drafts],
            [outbox.to_addr, outbox.subject, outbox.body, outbox.last_error],
            order.snapshot,
        ],
        default=str,
    )
    for personal in ("Jane", "abc123xyz", "Main St", "parcel", "206 555", "Seattle"):
        assert personal not in stored
    assert row.purged_at == CLOSED + 30 * DAY and row.state is MessageState.ANSWERED
    assert conv.message.body == "" and conv.message.buyer_name is None
    assert tracking == []
    # Who decided what, when, with which outcome, and which rule refused a text: kept.
    assert [(d.kind, d.actor, d.at, d.outcome) for d in decisions] == [
        (DecisionKind.EDIT, "UAGENT1", T0, "refused"),
        (DecisionKind.APPROVE, "UAGENT1", CLOSED, "sent"),
    ]
    assert decisions[0].compliance["violations"][0]["rule"] == "phone-number"
    assert outbox.state is OutboxState.SENT and "<address removed>" in outbox.last_error
    # The team's figures do not change, and an open conversation is left alone.
    assert after == before
    assert still_open.message.buyer_name == "Jane"

    # Idempotent: nothing left to do.
    assert purge_expired(uow_factory, now=CLOSED + 31 * DAY, retention_days=30) == 0


def test_system_mail_is_purged_after_arrival_and_the_period_is_configurable(uow_factory):
    system = InboundMessage(
        kind=MessageKind.SYSTEM,
        message_id="<sys-1@amazon.com>",
        subject="Delivery failure for Jane Doe",
        body="Your message to abc123xyz@marketplace.amazon.com could not be delivered.",
        sent_at=T0,
    )
    sys_pk = store_inbound(uow_factory, b"raw", system, arrived_at=T0).message_pk
    nr = store_inbound(
        uow_factory, b"raw", buyer_message("<nr@marketplace.amazon.com>"), arrived_at=T0
    ).message_pk
    decided(uow_factory, nr, expected={MessageState.RECEIVED}, new=MessageState.NO_RESPONSE,
            actor="UAGENT1", now=T0, kind=DecisionKind.REJECT,
            reason=RejectReason.NO_RESPONSE_NEEDED, note="Jane said thanks")  # fmt: skip

    assert purge_expired(uow_factory, now=T0 + 6 * DAY, retention_days=7) == 0
    assert purge_expired(uow_factory, now=T0 + 7 * DAY, retention_days=7) == 2
    with uow_factory() as uow:
        sys_row, nr_row = uow.messages.get(sys_pk), uow.messages.get(nr)
        [decision] = uow.decisions.for_message(nr)
    assert sys_row.subject is None and sys_row.body is None and sys_row.purged_at is not None
    assert nr_row.body is None
    assert decision.note is None and decision.reason is RejectReason.NO_RESPONSE_NEEDED


def test_a_retention_of_zero_days_is_refused(uow_factory):
    with pytest.raises(ValueError, match="WISMO_RETENTION_DAYS"):
        purge_expired(uow_factory, now=T0, retention_days=0)


def test_redacted_verdict_keeps_rules_only():
    verdict = check(PHONE_REPLY, lang="en").to_json()
    assert redact_verdict(verdict) == {
        "compliant": False,
        "violations": [{"rule": "phone-number", "severity": "block"}],
    }
    assert redact_verdict(None) is None
