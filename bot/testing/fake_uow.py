"""An in-memory unit of work: the decision and outbox rules tested in milliseconds.

:class:`FakeStore` holds committed rows (the same model classes the database maps, as
plain objects); :meth:`FakeStore.unit_of_work` hands out units of work that behave as
:class:`bot.db.uow.SqlUnitOfWork` does on SQLite, where the rules were first written:

- a unit of work that may write holds the store's one write lock from ``with`` to its
  end (``BEGIN IMMEDIATE``), so writers are serialised and a conditional update sees
  the last committed state, as the database's does;
- it works on a copy: leaving the block without :meth:`FakeUnitOfWork.commit`, or by an
  exception, leaves the store as it was; :meth:`~FakeUnitOfWork.savepoint` undoes only
  its own block;
- a read-only one reads a snapshot, takes no lock and refuses to commit;
- the unique rules the services lean on hold: one outbox row per message, one draft
  per (message, version), one message per Message-ID (an ``IntegrityError``, as from
  the database).

It offers the repository methods the decision and outbox use cases call (messages,
drafts, decisions, outbox, a reply's files, orders, a card's autopilot hold, the
conversations a card shows); any other is an ``AttributeError``, so a test that strays
beyond them fails loudly instead of passing on a guess.  ``store.commits`` counts the
transactions committed.
"""

from __future__ import annotations

import copy
import itertools
import threading
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from types import TracebackType
from typing import Any, Self, TypeVar

from sqlalchemy import inspect
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.evaluator import _EvaluatorCompiler
from sqlalchemy.sql import ClauseElement

from bot.db.conversation_reads import ConversationRows
from bot.db.models import (
    AutopilotHoldRow,
    DecisionRow,
    DraftRow,
    FileRow,
    MessageRow,
    OrderRow,
    OutboxRow,
    OutboxState,
    TrackingSnapshotRow,
)
from bot.domain import MessageState

__all__ = ["FakeStore", "FakeUnitOfWork"]

R = TypeVar("R")

_KEYS: dict[type, str] = {OrderRow: "order_id"}  # primary keys other than ``id``


class _Tables:
    """One consistent set of rows: the committed ones, or a unit of work's copy."""

    def __init__(self) -> None:
        self.rows: dict[type, dict[Any, Any]] = {
            cls: {}
            for cls in (
                MessageRow,
                OrderRow,
                TrackingSnapshotRow,
                DraftRow,
                DecisionRow,
                OutboxRow,
                FileRow,
                AutopilotHoldRow,
            )
        }

    def copy(self) -> _Tables:
        out = _Tables()
        out.rows = {cls: {k: _copy_row(r) for k, r in t.items()} for cls, t in self.rows.items()}
        return out

    def of(self, cls: type[R]) -> dict[Any, R]:
        return self.rows[cls]


def _copy_row(row: R) -> R:
    values = {a.key: copy.deepcopy(getattr(row, a.key)) for a in inspect(type(row)).column_attrs}
    return type(row)(**values)


def _with_defaults(row: Any) -> None:
    """Fill the Python-side column defaults the database session would on flush."""
    for column in inspect(type(row)).columns:
        if getattr(row, column.key) is None and column.default is not None:
            arg = column.default.arg
            setattr(row, column.key, arg(None) if callable(arg) else arg)


class FakeStore:
    """The committed rows, and the factory of units of work on them."""

    def __init__(self) -> None:
        self._committed = _Tables()
        self._write_lock = threading.RLock()
        self._ids = itertools.count(1)
        self.commits = 0

    def unit_of_work(self) -> FakeUnitOfWork:
        """A fresh unit of work (what ``uow_factory()`` returns)."""
        return FakeUnitOfWork(self)

    @property
    def uow_factory(self) -> Callable[[], FakeUnitOfWork]:
        return self.unit_of_work

    def rows(self, cls: type[R]) -> list[R]:
        """The committed rows of one table, by key (copies: changing them changes nothing)."""
        table = self._committed.of(cls)
        return [_copy_row(table[k]) for k in sorted(table)]

    # -- what units of work call -------------------------------------------------------

    def _begin(self, *, read_only: bool) -> _Tables:
        if not read_only:
            self._write_lock.acquire()
        return self._committed.copy()

    def _end(self, *, read_only: bool) -> None:
        if not read_only:
            self._write_lock.release()

    def _commit(self, tables: _Tables) -> None:
        self._committed = tables.copy()
        self.commits += 1

    def _next_id(self) -> int:
        return next(self._ids)


class FakeUnitOfWork:
    """One transaction on a :class:`FakeStore`; the port :class:`bot.ports.UnitOfWork`."""

    def __init__(self, store: FakeStore) -> None:
        self._store = store
        self._tables: _Tables | None = None
        self._read_only = False

    def read_only(self) -> Self:
        if self._tables is not None:
            raise RuntimeError("mark the unit of work read-only before opening it")
        self._read_only = True
        return self

    @property
    def is_read_only(self) -> bool:
        return self._read_only

    def __enter__(self) -> Self:
        if self._tables is not None:
            raise RuntimeError("this unit of work is already open; make a new one")
        self._tables = self._store._begin(read_only=self._read_only)
        tables = self._tables
        self.messages = _Messages(self, tables)
        self.orders = _Orders(self, tables)
        self.drafts = _Drafts(self, tables)
        self.decisions = _Decisions(self, tables)
        self.outbox = _Outbox(self, tables)
        self.files = _Files(self, tables)
        self.autopilot = _Autopilot(self, tables)
        self.conversations = _Conversations(tables)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._tables is None:
            return
        self._tables = None  # uncommitted changes are dropped with the copy
        self._store._end(read_only=self._read_only)

    def commit(self) -> None:
        if self._read_only:
            raise RuntimeError("a read-only unit of work cannot commit")
        self._store._commit(self._open())

    def rollback(self) -> None:
        self._tables = self._store._committed.copy()

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        tables = self._open()
        saved = tables.copy()
        try:
            yield
        except BaseException:
            tables.rows = saved.rows
            raise

    def _open(self) -> _Tables:
        if self._tables is None:
            raise RuntimeError("use the unit of work inside `with uow:`")
        return self._tables

    def _writing(self) -> _Tables:
        if self._read_only:
            raise RuntimeError("a read-only unit of work cannot write")
        return self._open()

    def _insert(self, row: R) -> R:
        tables = self._writing()
        _with_defaults(row)
        cls = type(row)
        key_name = _KEYS.get(cls, "id")
        if getattr(row, key_name) is None:
            setattr(row, key_name, self._store._next_id())
        tables.of(cls)[getattr(row, key_name)] = row
        return row


def _unique(rows: Sequence[Any], what: str) -> None:
    if rows:
        raise IntegrityError(f"duplicate {what}", params=None, orig=Exception(what))


def _apply(row: Any, values: dict[str, Any]) -> None:
    for key, value in values.items():
        if isinstance(value, ClauseElement):  # such as ``OutboxRow.attempts + 1``
            value = _EvaluatorCompiler(type(row)).process(value)(row)  # type: ignore[no-untyped-call]
        setattr(row, key, value)


class _Repo:
    def __init__(self, uow: FakeUnitOfWork, tables: _Tables) -> None:
        self._uow = uow
        self._tables = tables


class _Messages(_Repo):
    def add(self, row: MessageRow) -> MessageRow:
        table = self._tables.of(MessageRow)
        _unique([m for m in table.values() if m.message_id == row.message_id], "Message-ID")
        return self._uow._insert(row)

    def get(self, pk: int) -> MessageRow | None:
        return self._tables.of(MessageRow).get(pk)

    def by_message_id(self, message_id: str) -> MessageRow | None:
        found = [m for m in self._tables.of(MessageRow).values() if m.message_id == message_id]
        return found[0] if found else None

    def refresh(self, row: MessageRow) -> None:
        """Nothing to re-read: a unit of work that may write sees the last commit."""

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
        self._uow._writing()
        row = self.get(pk)
        if row is None or row.state not in expected:
            return False
        if actor is not None:
            values = {**values, "state_changed_by": actor, "state_changed_at": now}
        _apply(row, {"state": new, "version": (row.version or 0) + 1, **values})
        return True


class _Orders(_Repo):
    def get(self, order_id: str) -> OrderRow | None:
        return self._tables.of(OrderRow).get(order_id)


class _Drafts(_Repo):
    def latest(self, message_pk: int) -> DraftRow | None:
        drafts = [d for d in self._tables.of(DraftRow).values() if d.message_pk == message_pk]
        return max(drafts, key=lambda d: d.version) if drafts else None

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
        latest = self.latest(message_pk)
        row = DraftRow(message_pk=message_pk, version=(latest.version if latest else 0) + 1,
                       text=text, scenario=scenario, lang=lang, compliance=compliance,
                       created_by=created_by, created_at=now)  # fmt: skip
        return self._uow._insert(row)


class _Decisions(_Repo):
    def add(self, row: DecisionRow) -> DecisionRow:
        return self._uow._insert(row)

    def for_message(self, message_pk: int) -> list[DecisionRow]:
        rows = [d for d in self._tables.of(DecisionRow).values() if d.message_pk == message_pk]
        return sorted(rows, key=lambda d: (d.at, d.id))


class _Outbox(_Repo):
    def add(self, row: OutboxRow) -> OutboxRow:
        table = self._tables.of(OutboxRow)
        _unique([o for o in table.values() if o.message_pk == row.message_pk], "reply")
        return self._uow._insert(row)

    def get(self, pk: int) -> OutboxRow | None:
        return self._tables.of(OutboxRow).get(pk)

    def for_message(self, message_pk: int) -> OutboxRow | None:
        found = [o for o in self._tables.of(OutboxRow).values() if o.message_pk == message_pk]
        return found[0] if found else None

    def due_ids(self, *, now: datetime, limit: int, account: str | None = None) -> list[int]:
        due = [
            o
            for o in self._tables.of(OutboxRow).values()
            if o.state is OutboxState.PENDING
            and (o.next_attempt_at is None or o.next_attempt_at <= now)
            and account in (None, o.account)
        ]
        return [o.id for o in sorted(due, key=lambda o: (o.created_at, o.id))][:limit]

    def in_state(self, state: OutboxState) -> list[OutboxRow]:
        table = self._tables.of(OutboxRow)
        return [table[k] for k in sorted(table) if table[k].state is state]

    def sending_started_before(self, cutoff: datetime) -> list[int]:
        return [
            o.id
            for o in self._tables.of(OutboxRow).values()
            if o.state is OutboxState.SENDING
            and (o.sending_started_at is None or o.sending_started_at <= cutoff)
        ]

    def move(
        self, pk: int, *, expected: Collection[OutboxState], new: OutboxState, **values: Any
    ) -> bool:
        return self.move_to(pk, expected=expected, new=new, **values) is not None

    def move_to(
        self, pk: int, *, expected: Collection[OutboxState], new: OutboxState, **values: Any
    ) -> OutboxRow | None:
        self._uow._writing()
        row = self.get(pk)
        if row is None or row.state not in expected:
            return None
        _apply(row, {"state": new, **values})
        return row


class _Files(_Repo):
    """The files of a reply (and of a buyer's mail): what the outbox reads and writes."""

    def of_message(self, message_pk: int, direction: str) -> list[FileRow]:
        rows = [
            f
            for f in self._tables.of(FileRow).values()
            if f.message_pk == message_pk and f.direction == direction
        ]
        return sorted(rows, key=lambda f: (f.position, f.id))

    listing = of_message

    def replace_out(self, message_pk: int, rows: Sequence[FileRow]) -> None:
        table = self._uow._writing().of(FileRow)
        for pk in [
            k for k, f in table.items() if f.message_pk == message_pk and f.direction == "out"
        ]:
            del table[pk]
        for row in rows:
            self._uow._insert(row)


class _Autopilot(_Repo):
    """What a card reads of its autopilot hold (the autopilot's own rules run on the database)."""

    def hold_for(self, message_pk: int) -> AutopilotHoldRow | None:
        found = [
            h for h in self._tables.of(AutopilotHoldRow).values() if h.message_pk == message_pk
        ]
        return found[0] if found else None


class _Conversations:
    def __init__(self, tables: _Tables) -> None:
        self._tables = tables

    def by_ids(self, pks: Collection[int]) -> list[ConversationRows]:
        messages = [m for pk, m in self._tables.of(MessageRow).items() if pk in set(pks)]
        return [self._rows(m) for m in sorted(messages, key=lambda m: (m.due_at, m.id))]

    def trackings_of(self, pk: int) -> list[TrackingSnapshotRow]:
        table = self._tables.of(TrackingSnapshotRow)
        mine = [t for t in table.values() if t.message_pk == pk]
        return sorted(mine, key=lambda t: (t.fetched_at, t.id))

    def _rows(self, message: MessageRow) -> ConversationRows:
        pk = message.id

        def mine(cls: type[R]) -> list[R]:
            table = self._tables.of(cls)
            return [table[k] for k in sorted(table) if getattr(table[k], "message_pk", None) == pk]

        drafts = mine(DraftRow)
        decisions = sorted(mine(DecisionRow), key=lambda d: (d.at, d.id))
        trackings = sorted(mine(TrackingSnapshotRow), key=lambda t: (t.fetched_at, t.id))
        return ConversationRows(
            message=message,
            order=self._tables.of(OrderRow).get(message.order_id),
            trackings=trackings,
            draft=max(drafts, key=lambda d: d.version) if drafts else None,
            decision=decisions[-1] if decisions else None,
        )
