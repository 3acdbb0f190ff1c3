from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

from sqlalchemy import event

from bot.db.models import DecisionRow, MessageRow, OutboxRow, OutboxState, TrackingSnapshotRow
from bot.domain import DecisionKind, MessageState
from tests.concurrency import run_concurrently

T0 = datetime(2026, 3, 7, 9, 0, tzinfo=UTC)


def add_message(uow, n: int, *, due_in: timedelta = timedelta(hours=24), **kw) -> int:
    values = dict(
        message_id=f"<m{n}@example>",
        state=MessageState.CARDED,
        received_at=T0,
        arrived_at=T0,
        due_at=T0 + due_in,
        order_id="111-2223334-4445556",
        buyer_name="Jane",
        buyer_alias="abc@marketplace.amazon.com",
        subject="Where is my order?",
        body="Please tell me, I live at 1 Main St.",
        attachments=[{"filename": "jane-at-home.jpg", "content_type": "image/jpeg", "size": 9}],
    )
    values.update(kw)
    return uow.messages.add(MessageRow(**values)).id


def test_each_threshold_fires_once_per_message_across_racing_sweeps(uow_factory):
    with uow_factory() as uow:
        pks = [add_message(uow, n) for n in range(5)]
        uow.commit()
    wins: list[tuple[int, str]] = []
    lock = threading.Lock()

    def sweep(_):
        with uow_factory() as uow:
            mine = [
                (pk, label)
                for pk in pks
                for label in ("12h", "4h")
                if uow.escalations.claim(pk, label, now=T0)
            ]
            uow.commit()
        with lock:
            wins.extend(mine)

    assert run_concurrently(4, sweep) == []
    assert sorted(wins) == sorted((pk, label) for pk in pks for label in ("12h", "4h"))
    with uow_factory() as uow:
        assert uow.escalations.fired(pks[0]) == ["12h", "4h"]
        assert len(uow.escalations.unposted(fired_before=T0, limit=100)) == 10
        uow.escalations.mark_posted(pks[0], "12h", ts="1700000000.000100", now=T0)
        uow.commit()
    with uow_factory() as uow:
        assert len(uow.escalations.unposted(fired_before=T0, limit=100)) == 9


def test_the_deadline_query_returns_open_rows_most_urgent_first(uow_factory):
    with uow_factory() as uow:
        late = add_message(uow, 1, due_in=timedelta(hours=2))
        soon = add_message(uow, 2, due_in=timedelta(hours=1))
        add_message(uow, 3, due_in=timedelta(hours=20))
        add_message(uow, 4, due_in=timedelta(minutes=5), state=MessageState.ANSWERED)
        uow.commit()
    with uow_factory() as uow:
        rows = uow.messages.open_by_deadline(
            {MessageState.CARDED}, due_before=T0 + timedelta(hours=12), limit=10
        )
        assert [r.id for r in rows] == [soon, late]


def test_card_posts_are_queued_once_and_served_most_urgent_first(uow_factory):
    with uow_factory() as uow:
        relaxed = add_message(uow, 1, due_in=timedelta(hours=20))
        urgent = add_message(uow, 2, due_in=timedelta(hours=1))
        for pk, due in ((relaxed, 20), (urgent, 1), (relaxed, 20)):
            uow.slack_posts.enqueue(
                dedupe_key=f"card:{pk}",
                purpose="card",
                channel="C0QUEUE",
                priority_at=T0 + timedelta(hours=due),
                now=T0,
                message_pk=pk,
            )
        uow.commit()
    with uow_factory() as uow:
        posts = uow.slack_posts.next_due(now=T0, limit=10)
        assert [p.message_pk for p in posts] == [urgent, relaxed]
        uow.slack_posts.retry_later(posts[0].id, error="429", next_attempt_at=T0 + timedelta(1))
        assert uow.slack_posts.mark_posted(posts[1].id, ts="1.2", now=T0)
        assert not uow.slack_posts.mark_posted(posts[1].id, ts="1.3", now=T0)
        uow.commit()
    with uow_factory() as uow:
        assert uow.slack_posts.next_due(now=T0, limit=10) == []
        assert [p.message_pk for p in uow.slack_posts.next_due(now=T0 + timedelta(2), limit=5)] == [
            urgent
        ]


def test_draft_versions_count_up_per_message(uow_factory):
    with uow_factory() as uow:
        pk = add_message(uow, 1)
        first = uow.drafts.add_version(pk, "Hello", now=T0, scenario="in_transit", lang="en")
        second = uow.drafts.add_version(pk, "Hello again", now=T0, created_by="UALICE")
        uow.commit()
    assert (first.version, second.version) == (1, 2)
    with uow_factory() as uow:
        latest = uow.drafts.latest(pk)
        assert latest.text == "Hello again" and latest.created_by == "UALICE"
        assert [d.version for d in uow.drafts.all_for(pk)] == [1, 2]


def test_order_snapshots_are_replaced_by_fresher_ones(uow_factory):
    with uow_factory() as uow:
        uow.orders.put("111-2223334-4445556", {"status": "UNSHIPPED"}, fetched_at=T0)
        uow.commit()
    with uow_factory() as uow:
        uow.orders.put("111-2223334-4445556", {"status": "SHIPPED"}, fetched_at=T0 + timedelta(1))
        uow.orders.put("999-0000000-0000000", None, fetched_at=T0, error="not_found")
        uow.commit()
    with uow_factory() as uow:
        assert uow.orders.get("111-2223334-4445556").snapshot == {"status": "SHIPPED"}
        assert uow.orders.get("999-0000000-0000000").error == "not_found"


def test_purge_removes_personal_data_and_keeps_the_audit_trail(uow_factory):
    closed = T0 + timedelta(hours=3)
    with uow_factory() as uow:
        pk = add_message(uow, 1, state=MessageState.ANSWERED, closed_at=closed)
        still_open = add_message(uow, 2, order_id="222-0000000-0000000")
        uow.drafts.add_version(pk, "Hello Jane", now=T0)
        uow.decisions.add(
            DecisionRow(
                message_pk=pk,
                kind=DecisionKind.APPROVE,
                actor="UALICE",
                outcome="sent",
                text="Hello Jane",
                compliance={"compliant": True, "violations": []},
                at=closed,
            )
        )
        uow.outbox.add(
            OutboxRow(
                message_pk=pk,
                to_addr="abc@marketplace.amazon.com",
                subject="Re: Where is my order?",
                body="Hello Jane",
                mail_message_id="<r1@seller.example>",
                state=OutboxState.SENT,
                created_at=T0,
            )
        )
        uow.tracking.add(
            TrackingSnapshotRow(
                message_pk=pk,
                carrier="ups",
                number="1Z999AA10123456784",
                status="delivered",
                payload={"last_event": {"place": "Springfield"}},
                fetched_at=T0,
            )
        )
        uow.orders.put("111-2223334-4445556", {"ship_to": {"city": "Springfield"}}, fetched_at=T0)
        uow.commit()

    with uow_factory() as uow:
        assert uow.messages.purgeable(closed_before=closed - timedelta(1), limit=10) == []
        assert uow.messages.purgeable(closed_before=closed + timedelta(days=30), limit=10) == [pk]
        assert uow.messages.purge_personal_data(pk, now=closed + timedelta(days=30))
        assert not uow.messages.purge_personal_data(pk, now=closed + timedelta(days=31))
        uow.commit()

    with uow_factory() as uow:
        row = uow.messages.get(pk)
        assert (row.buyer_name, row.buyer_alias, row.subject, row.body) == (None,) * 4
        assert row.attachments == [{"content_type": "image/jpeg", "size": 9}]
        assert row.state is MessageState.ANSWERED and row.purged_at is not None
        assert uow.drafts.latest(pk).text == ""
        [decision] = uow.decisions.for_message(pk)
        assert (decision.actor, decision.kind, decision.outcome) == (
            "UALICE",
            DecisionKind.APPROVE,
            "sent",
        )
        assert decision.text is None and decision.compliance["compliant"] is True
        outbox = uow.outbox.for_message(pk)
        assert (outbox.to_addr, outbox.body) == ("", "")
        assert uow.tracking.for_message(pk) == []
        assert uow.orders.get("111-2223334-4445556").snapshot is None
        assert uow.messages.get(still_open).body.startswith("Please tell me")
        assert uow.messages.purgeable(closed_before=closed + timedelta(days=60), limit=10) == []


def test_the_sweep_sees_only_rows_with_a_threshold_due_now(uow_factory):
    now = T0 + timedelta(hours=14)
    with uow_factory() as uow:
        fresh = add_message(uow, 1, next_escalation_at=T0)  # never looked at yet
        waiting = add_message(uow, 2, next_escalation_at=T0 + timedelta(hours=20))
        done = add_message(uow, 3, next_escalation_at=None)  # every threshold fired
        closed = add_message(uow, 4, state=MessageState.ANSWERED, next_escalation_at=T0)
        uow.commit()
    open_states = {MessageState.CARDED, MessageState.MANUAL}
    with uow_factory() as uow:
        due = uow.escalations.due_messages(now=now, states=open_states, limit=10)
        assert [r.id for r in due] == [fresh]
        assert uow.escalations.claim(fresh, "12h", now=now)
        uow.escalations.schedule_next(fresh, T0 + timedelta(hours=20))
        uow.commit()
    with uow_factory() as uow:
        assert uow.escalations.due_messages(now=now, states=open_states, limit=10) == []
        later = uow.escalations.due_messages(
            now=T0 + timedelta(hours=20), states=open_states, limit=10
        )
        assert [r.id for r in later] == [fresh, waiting]  # same time: by id
    assert {done, closed}.isdisjoint(r.id for r in later)


def test_a_state_change_brings_the_changed_row_back_without_a_second_select(uow_factory):
    with uow_factory() as uow:
        pk = add_message(uow, 1)
        uow.commit()
    with uow_factory() as uow:
        row = uow.messages.get(pk)  # a click has read its card before it claims it
        assert row is not None and row.version == 1
        sent: list[str] = []
        engine = uow.session.get_bind()

        def record(_conn, _cursor, statement, *_args):
            sent.append(statement.split(None, 1)[0].upper())

        event.listen(engine, "before_cursor_execute", record)
        try:
            assert uow.messages.transition(
                pk, expected={MessageState.CARDED}, new=MessageState.SENDING, actor="U1", now=T0
            )
            # The row the caller holds is the changed one, from the UPDATE's RETURNING.
            assert (row.state, row.version, row.state_changed_by) == (
                MessageState.SENDING, 2, "U1",
            )  # fmt: skip
            assert not uow.messages.transition(
                pk, expected={MessageState.CARDED}, new=MessageState.MANUAL, actor="U2", now=T0
            )
            assert row.state == MessageState.SENDING
        finally:
            event.remove(engine, "before_cursor_execute", record)
        assert sent == ["UPDATE", "UPDATE"]
