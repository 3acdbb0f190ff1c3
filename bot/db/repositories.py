"""Repositories: the queries each table needs.  They flush when they must, never commit.

The unit of work (:mod:`bot.db.uow`) owns the transaction; services decide when to
commit.  Conditional updates return whether they changed a row, so "exactly one wins"
is decided by the database, not by a read-then-write in Python.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import (
    CursorResult,
    Select,
    and_,
    bindparam,
    case,
    delete,
    func,
    or_,
    select,
    true,
    update,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, defer

from bot.db.models import (
    AutopilotHoldRow,
    DecisionRow,
    DeliveryFailureRow,
    DraftRow,
    EscalationRow,
    FileRow,
    MessageRow,
    OrderRow,
    OutboxRow,
    OutboxState,
    PostState,
    SlackPostRow,
    TrackingSnapshotRow,
)
from bot.db.types import UtcDateTime
from bot.domain import (
    OPEN_STATES,
    DecisionKind,
    HoldState,
    MessageKind,
    MessageState,
    SystemKind,
)

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


def one_row_changed(result: Any) -> bool:
    """Whether the conditional UPDATE's ``result`` changed its row (it found it as
    expected)."""
    assert isinstance(result, CursorResult)
    return result.rowcount == 1


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


# Statements of the views' hot paths (a card after every click), built once: building
# one anew costs more CPU than SQLite takes to run it.
_IN_THREAD = (
    select(MessageRow)
    .where(MessageRow.thread_pk == bindparam("thread_pk"))
    .options(defer(MessageRow.raw_mime))
    .order_by(MessageRow.received_at, MessageRow.id)
)
_LATEST_DRAFT = (
    select(DraftRow)
    .where(DraftRow.message_pk == bindparam("message_pk"))
    .order_by(DraftRow.version.desc())
    .limit(1)
)
_OUTBOX_OF = select(OutboxRow).where(OutboxRow.message_pk == bindparam("message_pk"))


class MessageRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, row: MessageRow) -> MessageRow:
        self.session.add(row)
        self.session.flush()
        return row

    def get(self, pk: int) -> MessageRow | None:
        return self.session.get(MessageRow, pk)

    def flush(self) -> None:
        self.session.flush()

    def in_thread(self, thread_pk: int) -> Sequence[MessageRow]:
        """Every message of one conversation, oldest first."""
        return self.session.scalars(_IN_THREAD, {"thread_pk": thread_pk}).all()

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
        # UPDATE ... RETURNING: the changed row comes back with the UPDATE and replaces the
        # session's copy (populate_existing), so callers read it without a second SELECT.
        # SQLite has RETURNING since 3.35, PostgreSQL always.
        changed_row = self.session.execute(
            update(MessageRow)
            .where(MessageRow.id == pk, MessageRow.state.in_(list(expected)))
            .values(state=new, version=MessageRow.version + 1, **values)
            .returning(MessageRow)
            .execution_options(synchronize_session=False, populate_existing=True)
        ).scalar_one_or_none()
        return changed_row is not None

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
        name, alias, subject, text, attachment names and files, raw bytes, draft and reply
        texts, tracking snapshots (delivery places), queued Slack payloads, and the order
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
        self.session.execute(delete(FileRow).where(FileRow.message_pk == pk))
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

    def never_closed(
        self, *, states: Collection[MessageState], arrived_before: datetime, limit: int
    ) -> list[int]:
        """Unpurged messages in ``states`` (which never close) that arrived by the cutoff."""
        return list(
            self.session.scalars(
                select(MessageRow.id)
                .where(
                    MessageRow.state.in_(list(states)),
                    MessageRow.closed_at.is_(None),
                    MessageRow.purged_at.is_(None),
                    MessageRow.arrived_at <= arrived_before,
                )
                .order_by(MessageRow.arrived_at)
                .limit(limit)
            )
        )

    def redact_traces(
        self, pk: int, *, verdict: Callable[[Any], Any], error: Callable[[str], str]
    ) -> None:
        """What :meth:`purge_personal_data` keeps but may quote the buyer: the mail's parse
        problems go; stored policy verdicts become ``verdict(old)``; a mail server's
        refusal becomes ``error(old)``."""
        self.session.execute(
            update(MessageRow)
            .where(MessageRow.id == pk)
            .values(problems=[])
            .execution_options(synchronize_session=False)
        )
        for model in (DecisionRow, DraftRow):
            for row_id, old in self.session.execute(
                select(model.id, model.compliance).where(model.message_pk == pk)
            ).all():
                self.session.execute(
                    update(model)
                    .where(model.id == row_id)
                    .values(compliance=verdict(old))
                    .execution_options(synchronize_session=False)
                )
        for row_id, old_error in self.session.execute(
            select(OutboxRow.id, OutboxRow.last_error).where(OutboxRow.message_pk == pk)
        ).all():
            if old_error:
                self.session.execute(
                    update(OutboxRow)
                    .where(OutboxRow.id == row_id)
                    .values(last_error=error(old_error))
                    .execution_options(synchronize_session=False)
                )

    def refresh(self, row: MessageRow) -> None:
        """Read ``row`` again from the database (another transaction changed it)."""
        self.session.refresh(row)


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
        """Insert or update the order's snapshot; two drafts of one order at once (two
        buyer messages about it) both succeed, the later write wins."""
        values = {"snapshot": snapshot, "error": error, "fetched_at": fetched_at}
        dialect = self.session.get_bind().dialect.name
        insert = pg_insert if dialect == "postgresql" else sqlite_insert
        stmt: Any = insert(OrderRow).values(order_id=order_id, **values)
        self.session.execute(
            stmt.on_conflict_do_update(index_elements=[OrderRow.order_id], set_=values)
        )
        row = self.session.get(OrderRow, order_id, populate_existing=True)
        assert row is not None
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
        return self.session.scalars(_LATEST_DRAFT, {"message_pk": message_pk}).one_or_none()

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

    def for_messages(self, message_pks: Collection[int]) -> Sequence[DecisionRow]:
        if not message_pks:
            return []
        return self.session.scalars(
            select(DecisionRow)
            .where(DecisionRow.message_pk.in_(list(message_pks)))
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
        return self.session.scalars(_OUTBOX_OF, {"message_pk": message_pk}).one_or_none()

    def sent_for(self, message_pks: Collection[int]) -> Sequence[OutboxRow]:
        """The replies of ``message_pks`` that left (a conversation's history)."""
        if not message_pks:
            return []
        return self.session.scalars(
            select(OutboxRow).where(
                OutboxRow.message_pk.in_(list(message_pks)), OutboxRow.state == OutboxState.SENT
            )
        ).all()

    def due_ids(self, *, now: datetime, limit: int, account: str | None = None) -> list[int]:
        mine = OutboxRow.account == account if account is not None else true()
        return list(
            self.session.scalars(
                select(OutboxRow.id)
                .where(
                    OutboxRow.state == OutboxState.PENDING,
                    or_(OutboxRow.next_attempt_at.is_(None), OutboxRow.next_attempt_at <= now),
                    mine,
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
        return self.move_to(pk, expected=expected, new=new, **values) is not None

    def move_to(
        self, pk: int, *, expected: Collection[OutboxState], new: OutboxState, **values: Any
    ) -> OutboxRow | None:
        """:meth:`move`, returning the row as the UPDATE left it (None when it was not in
        ``expected``): hold it, and nothing reads it again."""
        # UPDATE ... RETURNING, as MessageRepository.transition: the changed row replaces
        # the session's copy (populate_existing), without a SELECT.
        return self.session.execute(
            update(OutboxRow)
            .where(OutboxRow.id == pk, OutboxRow.state.in_(list(expected)))
            .values(state=new, **values)
            .returning(OutboxRow)
            .execution_options(synchronize_session=False, populate_existing=True)
        ).scalar_one_or_none()

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
        return one_row_changed(result)

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


def due_escalations_query(*, now: datetime, limit: int) -> Select[int, datetime]:
    """Open messages with a threshold to fire at ``now``: (id, due_at), most urgent first.

    Served by the index (state, next_escalation_at); rows another sweep holds are
    skipped, not waited for (PostgreSQL; SQLite ignores the locking clause).
    """
    return (
        select(MessageRow.id, MessageRow.due_at)
        .where(MessageRow.state.in_(list(OPEN_STATES)), MessageRow.next_escalation_at <= now)
        .order_by(MessageRow.next_escalation_at, MessageRow.id)
        .limit(limit)
        .with_for_update(skip_locked=True, of=MessageRow)
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

    def due(self, *, now: datetime, limit: int) -> list[tuple[int, datetime]]:
        """``(message pk, due_at)`` of open messages with a threshold to fire at ``now``
        (:func:`due_escalations_query`), locked for this transaction where the database can."""
        return [(pk, due_at) for pk, due_at in self.session.execute(
            due_escalations_query(now=now, limit=limit)
        )]  # fmt: skip

    def fired_for(self, message_pks: Collection[int]) -> dict[int, set[str]]:
        """The thresholds already claimed, per message."""
        fired: dict[int, set[str]] = {pk: set() for pk in message_pks}
        for pk, label in self.session.execute(
            select(EscalationRow.message_pk, EscalationRow.threshold).where(
                EscalationRow.message_pk.in_(list(message_pks))
            )
        ):
            fired.setdefault(pk, set()).add(label)
        return fired

    def id_of(self, message_pk: int, threshold: str) -> int | None:
        return self.session.scalar(
            select(EscalationRow.id).where(
                EscalationRow.message_pk == message_pk, EscalationRow.threshold == threshold
            )
        )

    def settle(self, pk: int, *, now: datetime, note: str | None, ts: str | None) -> None:
        """The claim ``pk`` is done: posted at ``ts``, or not posted because of ``note``."""
        self.session.execute(
            update(EscalationRow)
            .where(EscalationRow.id == pk)
            .values(posted_at=now, slack_ts=ts, last_error=note)
            .execution_options(synchronize_session=False)
        )

    def failed(self, pk: int, *, error: str) -> None:
        """The post of claim ``pk`` failed with ``error``; a later sweep retries it."""
        self.session.execute(
            update(EscalationRow)
            .where(EscalationRow.id == pk)
            .values(last_error=error)
            .execution_options(synchronize_session=False)
        )

    def take_for_retry(self, pk: int, *, now: datetime, idle_since: datetime) -> bool:
        """Move an unposted claim's ``fired_at`` to ``now`` unless an attempt started after
        ``idle_since``; False when another worker took it."""
        taken = self.session.execute(
            update(EscalationRow)
            .where(
                EscalationRow.id == pk,
                EscalationRow.posted_at.is_(None),
                EscalationRow.fired_at <= idle_since,
            )
            .values(fired_at=now)
            .execution_options(synchronize_session=False)
            .returning(EscalationRow.id)
        ).first()
        return taken is not None

    def take_back(self, pk: int, *, attempt_at: datetime, now: datetime) -> bool:
        """Move an unposted claim's ``fired_at`` from ``attempt_at`` (the attempt that
        failed) to ``now``; False when it was posted or another worker took it since."""
        taken = self.session.execute(
            update(EscalationRow)
            .where(
                EscalationRow.id == pk,
                EscalationRow.posted_at.is_(None),
                EscalationRow.fired_at == attempt_at,
            )
            .values(fired_at=now)
            .execution_options(synchronize_session=False)
            .returning(EscalationRow.id)
        ).first()
        return taken is not None

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
        return one_row_changed(result)

    def claim(self, pk: int, *, now: datetime, lease_until: datetime) -> bool:
        """Take a due row for one poster until ``lease_until``; False when another has it."""
        result = self.session.execute(
            update(SlackPostRow)
            .where(
                SlackPostRow.id == pk,
                SlackPostRow.state == PostState.PENDING,
                or_(SlackPostRow.next_attempt_at.is_(None), SlackPostRow.next_attempt_at <= now),
            )
            .values(next_attempt_at=lease_until, claimed_at=now)
            .execution_options(synchronize_session=False)
        )
        return one_row_changed(result)

    def fail(self, pk: int, *, error: str) -> None:
        """Give up on a row for good (Slack refuses its payload as such)."""
        self.session.execute(
            update(SlackPostRow)
            .where(SlackPostRow.id == pk)
            .values(state=PostState.FAILED, last_error=error, claimed_at=None)
            .execution_options(synchronize_session=False)
        )

    def messages_without_card(
        self, *, notice_kinds: Collection[SystemKind], limit: int
    ) -> list[tuple[int, datetime, str]]:
        """``(message pk, due_at, account)`` of drafted messages, and of notices of
        ``notice_kinds``, that have neither a card in Slack nor one queued; most urgent
        first."""
        wanted = or_(
            MessageRow.state.in_([MessageState.DRAFTED, MessageState.MALFORMED]),
            and_(
                MessageRow.state == MessageState.SYSTEM,
                # and mail neither a buyer's nor Amazon's: nothing is kept unseen
                or_(
                    MessageRow.system_kind.in_(notice_kinds),
                    MessageRow.kind == MessageKind.OTHER,
                ),
                # a failure notice matched to our reply: that conversation's card says it
                MessageRow.id.not_in(select(DeliveryFailureRow.notice_pk)),
            ),
        )
        queued = select(SlackPostRow.message_pk).where(
            SlackPostRow.purpose.in_(["card", "follow_up"])
        )
        rows = self.session.execute(
            select(MessageRow.id, MessageRow.due_at, MessageRow.account)
            .where(wanted, MessageRow.slack_ts.is_(None), MessageRow.id.not_in(queued))
            .order_by(MessageRow.due_at)
            .limit(limit)
        ).all()
        return [(pk, due_at, account) for pk, due_at, account in rows]

    def carded_replies_settled_late(
        self, *, since: datetime, limit: int
    ) -> list[tuple[int, int, str | None]]:
        """``(message pk, version, card channel)`` of carded messages whose reply the
        outbox settled after a retry (``attempts > 1``) or after its card said it was in
        doubt (``stuck_reported_at``), created since ``since``."""
        rows = self.session.execute(
            select(MessageRow.id, MessageRow.version, MessageRow.slack_channel)
            .join(OutboxRow, OutboxRow.message_pk == MessageRow.id)
            .where(
                or_(OutboxRow.attempts > 1, OutboxRow.stuck_reported_at.is_not(None)),
                OutboxRow.state.in_([OutboxState.SENT, OutboxState.FAILED, OutboxState.STUCK]),
                OutboxRow.created_at >= since,
                MessageRow.slack_ts.is_not(None),
            )
            .limit(limit)
        ).all()
        return [(pk, version, channel) for pk, version, channel in rows]

    def card_pending(self, message_pks: Collection[int]) -> bool:
        """Whether a card (or a thread post) of one of ``message_pks`` is queued, not yet
        in Slack."""
        if not message_pks:
            return False
        found = self.session.scalar(
            select(SlackPostRow.id)
            .where(
                SlackPostRow.message_pk.in_(list(message_pks)),
                SlackPostRow.purpose.in_(["card", "follow_up"]),
                SlackPostRow.state == PostState.PENDING,
            )
            .limit(1)
        )
        return found is not None

    def place_card(self, message_pk: int, *, channel: str, ts: str) -> None:
        """Record where the card of ``message_pk`` is in Slack (whatever its state)."""
        self.session.execute(
            update(MessageRow)
            .where(MessageRow.id == message_pk)
            .values(slack_channel=channel, slack_ts=ts)
            .execution_options(synchronize_session=False)
        )


class FiguresRepository:
    """The read-only aggregates behind the team's figures (``bot.services.stats``)."""

    def __init__(self, session: Session) -> None:
        self.session = session

    _BUYER = and_(
        MessageRow.kind == MessageKind.BUYER_MESSAGE,
        MessageRow.state.not_in([MessageState.SYSTEM, MessageState.MALFORMED]),
    )

    # Every method counts the rows of one seller account (or of a tuple of them) when
    # given ``account``, else of all.
    @staticmethod
    def _of(column: Any, account: str | tuple[str, ...] | None) -> Any:
        if isinstance(account, tuple):
            return column.in_(account)
        return column == account if account is not None else true()

    def answered(
        self, *, since: datetime, until: datetime, account: str | tuple[str, ...] | None = None
    ) -> list[tuple[datetime, datetime, datetime]]:
        """``(received_at, answered_at, due_at)`` of buyer messages answered in the window."""
        query, params = _of_accounts(_ANSWERED, account)
        rows = self.session.execute(query, {**params, "since": since, "until": until}).all()
        return [(r, a, d) for r, a, d in rows if a is not None]

    def breaches(
        self, *, since: datetime, until: datetime, account: str | tuple[str, ...] | None = None
    ) -> int:
        """Buyer messages whose deadline fell in the window and which were not closed by it."""
        query, params = _of_accounts(_BREACHES, account)
        return int(self.session.scalar(query, {**params, "since": since, "until": until}) or 0)

    def open_buyer_messages(
        self, *, due_by: datetime | None = None, account: str | None = None
    ) -> int:
        """Buyer messages whose clock runs (of those, due by ``due_by`` when given)."""
        query = select(func.count(MessageRow.id)).where(
            self._BUYER,
            MessageRow.state.in_(list(OPEN_STATES)),
            self._of(MessageRow.account, account),
        )
        if due_by is not None:
            query = query.where(MessageRow.due_at <= due_by)
        return int(self.session.scalar(query) or 0)

    def answered_by_autopilot(
        self, *, since: datetime, until: datetime, account: str | None = None
    ) -> int:
        """Buyer messages the autopilot answered in the window, no agent's click."""
        return int(
            self.session.scalar(
                select(func.count(MessageRow.id))
                .join(AutopilotHoldRow, AutopilotHoldRow.message_pk == MessageRow.id)
                .where(
                    AutopilotHoldRow.state == HoldState.SENT,
                    self._of(MessageRow.account, account),
                    MessageRow.answered_at > since,
                    MessageRow.answered_at <= until,
                )
            )
            or 0
        )

    def mail_for_a_look(
        self, *, since: datetime, until: datetime, account: str | None = None
    ) -> dict[str, int]:
        """Mail that arrived in the window and asks no answer of its own but is shown to a
        human: ``unreadable`` (unreadable, or buyer-shaped but not from a known relay
        address), ``unrecognised`` (Amazon mail matching none of the notices we know) and
        ``not_amazon`` (neither a buyer's nor Amazon's)."""
        what = case(
            (MessageRow.state == MessageState.MALFORMED, "unreadable"),
            (MessageRow.kind == MessageKind.OTHER, "not_amazon"),
            else_="unrecognised",
        )
        rows = self.session.execute(
            select(what, func.count(MessageRow.id))
            .where(
                or_(
                    MessageRow.state == MessageState.MALFORMED,
                    and_(
                        MessageRow.state == MessageState.SYSTEM,
                        or_(
                            MessageRow.system_kind == SystemKind.OTHER,
                            MessageRow.system_kind.is_(None),
                        ),
                    ),
                ),
                self._of(MessageRow.account, account),
                MessageRow.arrived_at > since,
                MessageRow.arrived_at <= until,
            )
            .group_by(what)
        ).all()
        return {str(label): int(count) for label, count in rows}

    def reject_reasons(
        self, *, since: datetime, until: datetime, account: str | None = None
    ) -> list[tuple[str, int]]:
        """Rejections in the window by reason (``"other"`` for none)."""
        rows = self.session.execute(
            select(DecisionRow.reason, func.count(DecisionRow.id))
            .where(
                DecisionRow.kind == DecisionKind.REJECT,
                self._of(DecisionRow.account, account),
                DecisionRow.at > since,
                DecisionRow.at <= until,
            )
            .group_by(DecisionRow.reason)
        ).all()
        return [((r.value if r is not None else "other"), int(n)) for r, n in rows]

    def verdicts(
        self, *, since: datetime, until: datetime, account: str | None = None
    ) -> list[Any]:
        """The stored policy verdicts of the decisions made in the window."""
        return list(
            self.session.scalars(
                select(DecisionRow.compliance).where(
                    DecisionRow.compliance.is_not(None),
                    self._of(DecisionRow.account, account),
                    DecisionRow.at > since,
                    DecisionRow.at <= until,
                )
            ).all()
        )


# App Home's figures, built once with bound parameters (as the queue's are, in
# bot.db.conversation_reads) instead of at every opening: each a pair, every account's and
# those of the accounts bound as "accounts".
_Q = TypeVar("_Q")
_SINCE = bindparam("since", type_=UtcDateTime())
_UNTIL = bindparam("until", type_=UtcDateTime())
_IN_ACCOUNTS = MessageRow.account.in_(bindparam("accounts", expanding=True))
_FIGURES_BUYER = FiguresRepository._BUYER
_ANSWERED_ALL = select(MessageRow.received_at, MessageRow.answered_at, MessageRow.due_at).where(
    _FIGURES_BUYER,
    MessageRow.answered_at.is_not(None),
    MessageRow.answered_at > _SINCE,
    MessageRow.answered_at <= _UNTIL,
)
_ANSWERED = (_ANSWERED_ALL, _ANSWERED_ALL.where(_IN_ACCOUNTS))
_BREACHES_ALL = select(func.count(MessageRow.id)).where(
    _FIGURES_BUYER,
    MessageRow.due_at > _SINCE,
    MessageRow.due_at <= _UNTIL,
    or_(MessageRow.closed_at.is_(None), MessageRow.closed_at > MessageRow.due_at),
)
_BREACHES = (_BREACHES_ALL, _BREACHES_ALL.where(_IN_ACCOUNTS))


def _of_accounts(
    queries: tuple[_Q, _Q], account: str | tuple[str, ...] | None
) -> tuple[_Q, dict[str, Any]]:
    """The query of every account (None) or of ``account``, and its accounts parameter."""
    if account is None:
        return queries[0], {}
    return queries[1], {"accounts": list(account) if isinstance(account, tuple) else [account]}
