"""Repositories: the queries each table needs.  They flush when they must, never commit.

The unit of work (:mod:`bot.db.uow`) owns the transaction; services decide when to
commit.  Conditional updates return whether they changed a row, so "exactly one wins"
is decided by the database, not by a read-then-write in Python.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import CursorResult, and_, delete, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from bot.db.models import (
    DecisionRow,
    DraftRow,
    EscalationRow,
    MessageRow,
    OrderRow,
    OutboxRow,
    OutboxState,
    PostState,
    SlackPostRow,
    TrackingSnapshotRow,
)
from bot.domain import MessageState

__all__ = [
    "DecisionRepository",
    "DraftRepository",
    "EscalationRepository",
    "MessageRepository",
    "OrderRepository",
    "OutboxRepository",
    "SlackPostRepository",
    "TrackingRepository",
]


def _rowcount(result: Any) -> int:
    assert isinstance(result, CursorResult)
    return result.rowcount


def _insert_ignoring_duplicates(session: Session, model: Any, values: dict[str, Any]) -> bool:
    """``INSERT ... ON CONFLICT DO NOTHING``: True when the row went in.

    Racing writers on a unique key neither both win nor raise, on SQLite and PostgreSQL.
    """
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        stmt: Any = pg_insert(model).values(**values).on_conflict_do_nothing()
    elif dialect == "sqlite":
        stmt = sqlite_insert(model).values(**values).on_conflict_do_nothing()
    else:  # pragma: no cover - only SQLite and PostgreSQL are supported
        raise NotImplementedError(f"database {dialect!r} is not supported")
    # RETURNING, not rowcount: psycopg reports -1 for this statement.
    return session.execute(stmt.returning(model.id)).first() is not None


class MessageRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, row: MessageRow) -> MessageRow:
        self.session.add(row)
        self.session.flush()
        return row

    def get(self, pk: int) -> MessageRow | None:
        return self.session.get(MessageRow, pk)

    def by_message_id(self, message_id: str) -> MessageRow | None:
        return self.session.scalars(
            select(MessageRow).where(MessageRow.message_id == message_id)
        ).one_or_none()

    def by_order(self, order_id: str) -> Sequence[MessageRow]:
        return self.session.scalars(
            select(MessageRow).where(MessageRow.order_id == order_id).order_by(MessageRow.due_at)
        ).all()

    def open_by_deadline(
        self, states: Collection[MessageState], *, due_before: datetime | None = None, limit: int
    ) -> Sequence[MessageRow]:
        """Rows in ``states`` by deadline, most urgent first (served by ix (state, due_at))."""
        query = select(MessageRow).where(MessageRow.state.in_(list(states)))
        if due_before is not None:
            query = query.where(MessageRow.due_at <= due_before)
        return self.session.scalars(query.order_by(MessageRow.due_at).limit(limit)).all()

    def transition(
        self,
        pk: int,
        *,
        expected: Collection[MessageState],
        new: MessageState,
        actor: str | None,
        now: datetime,
        **values: Any,
    ) -> bool:
        """One conditional UPDATE: move ``pk`` to ``new`` only if it is in ``expected``.

        Bumps ``version``; a person's move (``actor`` set) is recorded in
        ``state_changed_by``/``_at``, a move by the bot (``actor`` None) leaves them, so
        "already handled by" keeps naming the person.  ``values`` sets further columns.
        Returns False when the row was not in an expected state (someone else won).
        """
        if actor is not None:
            values = {**values, "state_changed_by": actor, "state_changed_at": now}
        result = self.session.execute(
            update(MessageRow)
            .where(MessageRow.id == pk, MessageRow.state.in_(list(expected)))
            .values(state=new, version=MessageRow.version + 1, **values)
            .execution_options(synchronize_session=False)
        )
        changed = _rowcount(result) == 1
        if changed:
            row = self.session.get(MessageRow, pk)
            if row is not None:
                self.session.refresh(row)
        return changed

    def purgeable(self, *, closed_before: datetime, limit: int) -> list[int]:
        """Conversations closed before the cutoff whose personal data is still stored."""
        return list(
            self.session.scalars(
                select(MessageRow.id)
                .where(MessageRow.closed_at <= closed_before, MessageRow.purged_at.is_(None))
                .order_by(MessageRow.closed_at)
                .limit(limit)
            )
        )

    def purge_personal_data(self, pk: int, *, now: datetime) -> bool:
        """Blank the buyer's personal data of one conversation, everywhere it is stored.

        Kept: ids, states, times, kinds, reasons, actors (agents' Slack ids) and the
        compliance verdicts, so the audit log and the team's figures survive.  Removed:
        name, alias, subject, text, attachment names, raw bytes, draft and reply texts,
        tracking snapshots (delivery places), queued Slack payloads, and the order
        snapshot (ship-to address) once no unpurged message refers to the order.
        """
        row = self.session.get(MessageRow, pk)
        if row is None or row.purged_at is not None:
            return False
        order_id = row.order_id
        row.buyer_name = row.buyer_alias = row.alias_case = None
        row.subject = row.body = row.comm_mgr_token = row.no_response_url = None
        row.raw_mime = None
        row.attachments = [
            {"content_type": a.get("content_type"), "size": a.get("size")}
            for a in row.attachments
            if isinstance(a, dict)
        ]
        row.purged_at = now
        self.session.execute(update(DraftRow).where(DraftRow.message_pk == pk).values(text=""))
        self.session.execute(
            update(DecisionRow).where(DecisionRow.message_pk == pk).values(text=None, note=None)
        )
        self.session.execute(
            update(OutboxRow)
            .where(OutboxRow.message_pk == pk)
            .values(to_addr="", subject="", body="")
        )
        self.session.execute(
            update(SlackPostRow).where(SlackPostRow.message_pk == pk).values(payload=None)
        )
        self.session.execute(
            delete(TrackingSnapshotRow).where(TrackingSnapshotRow.message_pk == pk)
        )
        self.session.flush()
        if order_id is not None:
            still_used = self.session.scalar(
                select(func.count(MessageRow.id)).where(
                    MessageRow.order_id == order_id, MessageRow.purged_at.is_(None)
                )
            )
            if not still_used:
                self.session.execute(
                    update(OrderRow).where(OrderRow.order_id == order_id).values(snapshot=None)
                )
                self.session.execute(
                    delete(TrackingSnapshotRow).where(TrackingSnapshotRow.order_id == order_id)
                )
        return True


class OrderRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, order_id: str) -> OrderRow | None:
        return self.session.get(OrderRow, order_id)

    def put(
        self,
        order_id: str,
        snapshot: dict[str, Any] | None,
        *,
        fetched_at: datetime,
        error: str | None = None,
    ) -> OrderRow:
        row = self.session.get(OrderRow, order_id)
        if row is None:
            row = OrderRow(order_id=order_id, snapshot=snapshot, error=error, fetched_at=fetched_at)
            self.session.add(row)
        else:
            row.snapshot, row.error, row.fetched_at = snapshot, error, fetched_at
        self.session.flush()
        return row


class TrackingRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, row: TrackingSnapshotRow) -> TrackingSnapshotRow:
        self.session.add(row)
        self.session.flush()
        return row

    def latest(self, carrier: str, number: str) -> TrackingSnapshotRow | None:
        return self.session.scalars(
            select(TrackingSnapshotRow)
            .where(TrackingSnapshotRow.carrier == carrier, TrackingSnapshotRow.number == number)
            .order_by(TrackingSnapshotRow.fetched_at.desc(), TrackingSnapshotRow.id.desc())
            .limit(1)
        ).one_or_none()

    def for_message(self, message_pk: int) -> Sequence[TrackingSnapshotRow]:
        return self.session.scalars(
            select(TrackingSnapshotRow)
            .where(TrackingSnapshotRow.message_pk == message_pk)
            .order_by(TrackingSnapshotRow.fetched_at)
        ).all()


class DraftRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def latest(self, message_pk: int) -> DraftRow | None:
        return self.session.scalars(
            select(DraftRow)
            .where(DraftRow.message_pk == message_pk)
            .order_by(DraftRow.version.desc())
            .limit(1)
        ).one_or_none()

    def all_for(self, message_pk: int) -> Sequence[DraftRow]:
        return self.session.scalars(
            select(DraftRow).where(DraftRow.message_pk == message_pk).order_by(DraftRow.version)
        ).all()

    def add_version(
        self,
        message_pk: int,
        text: str,
        *,
        now: datetime,
        scenario: str | None = None,
        lang: str | None = None,
        compliance: dict[str, Any] | None = None,
        created_by: str | None = None,
    ) -> DraftRow:
        """Append the next version (1, 2, ...); unique (message, version) guards races."""
        current = self.session.scalar(
            select(func.max(DraftRow.version)).where(DraftRow.message_pk == message_pk)
        )
        row = DraftRow(
            message_pk=message_pk,
            version=(current or 0) + 1,
            text=text,
            scenario=scenario,
            lang=lang,
            compliance=compliance,
            created_by=created_by,
            created_at=now,
        )
        self.session.add(row)
        self.session.flush()
        return row


class DecisionRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, row: DecisionRow) -> DecisionRow:
        self.session.add(row)
        self.session.flush()
        return row

    def for_message(self, message_pk: int) -> Sequence[DecisionRow]:
        return self.session.scalars(
            select(DecisionRow)
            .where(DecisionRow.message_pk == message_pk)
            .order_by(DecisionRow.at, DecisionRow.id)
        ).all()


class OutboxRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, row: OutboxRow) -> OutboxRow:
        self.session.add(row)
        self.session.flush()
        return row

    def get(self, pk: int) -> OutboxRow | None:
        return self.session.get(OutboxRow, pk)

    def for_message(self, message_pk: int) -> OutboxRow | None:
        return self.session.scalars(
            select(OutboxRow).where(OutboxRow.message_pk == message_pk)
        ).one_or_none()

    def due_ids(self, *, now: datetime, limit: int) -> list[int]:
        return list(
            self.session.scalars(
                select(OutboxRow.id)
                .where(
                    OutboxRow.state == OutboxState.PENDING,
                    or_(OutboxRow.next_attempt_at.is_(None), OutboxRow.next_attempt_at <= now),
                )
                .order_by(OutboxRow.created_at, OutboxRow.id)
                .limit(limit)
            )
        )

    def in_state(self, state: OutboxState) -> Sequence[OutboxRow]:
        return self.session.scalars(
            select(OutboxRow).where(OutboxRow.state == state).order_by(OutboxRow.id)
        ).all()

    def move(
        self, pk: int, *, expected: Collection[OutboxState], new: OutboxState, **values: Any
    ) -> bool:
        """Conditional UPDATE of one row's state; False when it was not in ``expected``."""
        result = self.session.execute(
            update(OutboxRow)
            .where(OutboxRow.id == pk, OutboxRow.state.in_(list(expected)))
            .values(state=new, **values)
            .execution_options(synchronize_session=False)
        )
        changed = _rowcount(result) == 1
        if changed:
            row = self.session.get(OutboxRow, pk)
            if row is not None:
                self.session.refresh(row)
        return changed

    def claim_stuck_report(self, pk: int, *, now: datetime) -> bool:
        result = self.session.execute(
            update(OutboxRow)
            .where(
                OutboxRow.id == pk,
                OutboxRow.state == OutboxState.STUCK,
                OutboxRow.stuck_reported_at.is_(None),
            )
            .values(stuck_reported_at=now)
            .execution_options(synchronize_session=False)
        )
        return _rowcount(result) == 1

    def unclaim_stuck_report(self, pk: int) -> None:
        self.session.execute(
            update(OutboxRow)
            .where(OutboxRow.id == pk)
            .values(stuck_reported_at=None)
            .execution_options(synchronize_session=False)
        )

    def sending_started_before(self, cutoff: datetime) -> list[int]:
        return list(
            self.session.scalars(
                select(OutboxRow.id).where(
                    OutboxRow.state == OutboxState.SENDING,
                    or_(
                        OutboxRow.sending_started_at.is_(None),
                        OutboxRow.sending_started_at <= cutoff,
                    ),
                )
            )
        )


class EscalationRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def claim(self, message_pk: int, threshold: str, *, now: datetime) -> bool:
        """Record that ``threshold`` fired for the message; False if it already had.

        ``INSERT ... ON CONFLICT DO NOTHING`` on the unique (message, threshold) pair, so
        replicas racing on the same row never both win and never raise.
        """
        values = {"message_pk": message_pk, "threshold": threshold, "fired_at": now}
        return _insert_ignoring_duplicates(self.session, EscalationRow, values)

    def mark_posted(
        self, message_pk: int, threshold: str, *, ts: str | None, now: datetime
    ) -> None:
        self.session.execute(
            update(EscalationRow)
            .where(EscalationRow.message_pk == message_pk, EscalationRow.threshold == threshold)
            .values(posted_at=now, slack_ts=ts, last_error=None)
            .execution_options(synchronize_session=False)
        )

    def fired(self, message_pk: int) -> list[str]:
        return list(
            self.session.scalars(
                select(EscalationRow.threshold)
                .where(EscalationRow.message_pk == message_pk)
                .order_by(EscalationRow.fired_at, EscalationRow.id)
            )
        )

    def due_messages(
        self, *, now: datetime, states: Collection[MessageState], limit: int
    ) -> Sequence[MessageRow]:
        """Rows in ``states`` whose ``next_escalation_at`` has come, most urgent first.

        Served by ix (state, next_escalation_at).  The sweep claims each threshold with
        :meth:`claim` and then moves the row on with :meth:`schedule_next`.
        """
        return self.session.scalars(
            select(MessageRow)
            .where(MessageRow.state.in_(list(states)), MessageRow.next_escalation_at <= now)
            .order_by(MessageRow.next_escalation_at, MessageRow.id)
            .limit(limit)
        ).all()

    def schedule_next(self, message_pk: int, at: datetime | None) -> None:
        """When the sweep should look at the message again (None: nothing left to fire)."""
        self.session.execute(
            update(MessageRow)
            .where(MessageRow.id == message_pk)
            .values(next_escalation_at=at)
            .execution_options(synchronize_session=False)
        )

    def unposted(self, *, fired_before: datetime, limit: int) -> Sequence[EscalationRow]:
        """Claimed but never posted (the poster crashed or Slack failed): retry these."""
        return self.session.scalars(
            select(EscalationRow)
            .where(EscalationRow.posted_at.is_(None), EscalationRow.fired_at <= fired_before)
            .order_by(EscalationRow.fired_at)
            .limit(limit)
        ).all()


class SlackPostRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def enqueue(
        self,
        *,
        dedupe_key: str,
        purpose: str,
        channel: str,
        priority_at: datetime,
        now: datetime,
        message_pk: int | None = None,
        payload: dict[str, Any] | None = None,
    ) -> bool:
        """Queue a post unless one with the same ``dedupe_key`` exists; True when added."""
        return _insert_ignoring_duplicates(
            self.session,
            SlackPostRow,
            {
                "dedupe_key": dedupe_key,
                "purpose": purpose,
                "channel": channel,
                "priority_at": priority_at,
                "created_at": now,
                "message_pk": message_pk,
                "payload": payload,
                "state": PostState.PENDING,
                "attempts": 0,
            },
        )

    def next_due(self, *, now: datetime, limit: int) -> Sequence[SlackPostRow]:
        return self.session.scalars(
            select(SlackPostRow)
            .where(
                SlackPostRow.state == PostState.PENDING,
                or_(SlackPostRow.next_attempt_at.is_(None), SlackPostRow.next_attempt_at <= now),
            )
            .order_by(SlackPostRow.priority_at, SlackPostRow.id)
            .limit(limit)
        ).all()

    def retry_later(self, pk: int, *, error: str, next_attempt_at: datetime) -> None:
        self.session.execute(
            update(SlackPostRow)
            .where(SlackPostRow.id == pk)
            .values(
                attempts=SlackPostRow.attempts + 1,
                last_error=error,
                next_attempt_at=next_attempt_at,
                claimed_at=None,
            )
            .execution_options(synchronize_session=False)
        )

    def mark_posted(self, pk: int, *, ts: str, now: datetime) -> bool:
        result = self.session.execute(
            update(SlackPostRow)
            .where(and_(SlackPostRow.id == pk, SlackPostRow.state == PostState.PENDING))
            .values(state=PostState.POSTED, ts=ts, posted_at=now, claimed_at=None)
            .execution_options(synchronize_session=False)
        )
        return _rowcount(result) == 1
