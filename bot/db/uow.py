"""Unit of work: one session, one transaction, owned by the service layer.

    with uow_factory() as uow:
        row = uow.messages.get(pk)
        ...
        uow.commit()

Leaving the block without :meth:`commit` rolls back, and so does an exception.  A lost or
refused database connection leaves the block as :class:`~bot.errors.DatabaseUnavailable`
(:mod:`bot.db.outage`), whatever statement met it, so callers never mistake an outage
for a fault of the work they were doing.
Rows read inside the block stay readable after it (detached, not expired).

A unit of work that only reads says so, ``with uow_factory().read_only() as uow:``: its
transaction takes no write lock (a plain ``BEGIN`` on SQLite; on PostgreSQL read-only
statements without ``BEGIN``, see :mod:`bot.db.engine`), and it refuses to flush or commit
anything.
Repositories never commit.  ``uow.session`` is there for the odd query a repository
does not offer yet; prefer adding it to a repository.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from contextlib import AbstractContextManager
from types import TracebackType

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session, SessionTransaction, sessionmaker

from bot.db.autopilot import AutopilotRepository
from bot.db.conversation_reads import ConversationReads
from bot.db.delivery_failures import DeliveryFailureRepository
from bot.db.engine import READ_ONLY
from bot.db.files import FileRepository
from bot.db.outage import as_unavailable, is_outage
from bot.db.repositories import (
    DecisionRepository,
    DraftRepository,
    EscalationRepository,
    FiguresRepository,
    MessageRepository,
    OrderRepository,
    OutboxRepository,
    SlackPostRepository,
    TrackingRepository,
)
from bot.errors import DatabaseUnavailable

__all__ = ["SqlUnitOfWork", "UowFactory"]


class SqlUnitOfWork:
    messages: MessageRepository
    orders: OrderRepository
    tracking: TrackingRepository
    drafts: DraftRepository
    decisions: DecisionRepository
    outbox: OutboxRepository
    escalations: EscalationRepository
    slack_posts: SlackPostRepository
    delivery_failures: DeliveryFailureRepository
    autopilot: AutopilotRepository
    files: FileRepository
    figures: FiguresRepository
    conversations: ConversationReads  # whole conversations for views, in a fixed few queries

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory
        self._session: Session | None = None
        self._read_only = False

    def read_only(self) -> SqlUnitOfWork:
        """This unit of work, marked as one that only reads (call before ``with``)."""
        if self._session is not None:
            raise RuntimeError("mark the unit of work read-only before opening it")
        self._read_only = True
        return self

    @property
    def is_read_only(self) -> bool:
        return self._read_only

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("use the unit of work inside `with uow:`")
        return self._session

    def __enter__(self) -> SqlUnitOfWork:
        if self._session is not None:
            raise RuntimeError("this unit of work is already open; make a new one")
        if self._read_only:
            session = _reading_sessions(self._session_factory)()
        else:
            session = self._session_factory()
        self._session = session
        self.messages = MessageRepository(session)
        self.orders = OrderRepository(session)
        self.tracking = TrackingRepository(session)
        self.drafts = DraftRepository(session)
        self.decisions = DecisionRepository(session)
        self.outbox = OutboxRepository(session)
        self.escalations = EscalationRepository(session)
        self.slack_posts = SlackPostRepository(session)
        self.delivery_failures = DeliveryFailureRepository(session)
        self.autopilot = AutopilotRepository(session)
        self.files = FileRepository(session)
        self.figures = FiguresRepository(session)
        self.conversations = ConversationReads(session)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session, self._session = self._session, None
        if session is None:
            return
        raw_outage = exc is not None and is_outage(exc)
        outage = raw_outage or isinstance(exc, DatabaseUnavailable)
        try:
            if exc_type is not None:
                session.rollback()
        except Exception as cleanup:
            if not (outage or is_outage(cleanup)):
                raise
            outage = True  # the connection is gone: nothing left to roll back
        finally:
            # close() rolls back whatever was not committed and detaches the objects
            # without expiring them, so rows read in the block stay readable after it.
            try:
                session.close()
            except Exception as cleanup:
                if not (outage or is_outage(cleanup)):
                    raise
        if raw_outage and exc is not None:
            raise as_unavailable(exc) from exc

    def savepoint(self) -> AbstractContextManager[SessionTransaction]:
        """``with uow.savepoint():`` undoes only the block when it raises (say, an
        IntegrityError from a row another worker inserted first); the transaction goes on."""
        return self.session.begin_nested()

    def commit(self) -> None:
        if self._read_only:
            raise RuntimeError("a read-only unit of work cannot commit")
        try:
            self.session.commit()
        except Exception as exc:
            if is_outage(exc):
                # The commit may or may not have reached the server: callers that must
                # know (the outbox) check the row once the database is back.
                raise as_unavailable(exc) from exc
            raise

    def rollback(self) -> None:
        self.session.rollback()


_READING: weakref.WeakKeyDictionary[sessionmaker[Session], sessionmaker[Session]] = (
    weakref.WeakKeyDictionary()
)


def _reading_sessions(session_factory: sessionmaker[Session]) -> sessionmaker[Session]:
    """Sessions of the same engine and pool whose connections carry the read-only option."""
    reading = _READING.get(session_factory)
    if reading is None:
        engine = session_factory.kw["bind"]
        assert isinstance(engine, Engine)
        options: dict[str, object] = {READ_ONLY: True}
        if engine.dialect.name == "postgresql":
            # No BEGIN/ROLLBACK round trips; the server refuses writes all the same
            # (bot.db.engine: the connections' default_transaction_read_only).
            options["isolation_level"] = "AUTOCOMMIT"
        reading = sessionmaker(
            bind=engine.execution_options(**options), expire_on_commit=False, autoflush=True
        )
        event.listen(reading, "before_flush", _refuse_flush)
        _READING[session_factory] = reading
    return reading


def _refuse_flush(session: Session, _context: object, _instances: object) -> None:
    if session.new or session.dirty or session.deleted:
        raise RuntimeError("a read-only unit of work cannot write")


UowFactory = Callable[[], SqlUnitOfWork]
"""What long-running jobs receive: a fresh unit of work per transaction."""
