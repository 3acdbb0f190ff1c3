"""Engine and session factory from a database URL.

SQLite (the default) gets WAL, foreign keys and a busy timeout, and every transaction
that may write starts with ``BEGIN IMMEDIATE``: writers then queue on the busy timeout
instead of failing with "database is locked" when a read transaction tries to become a
write one.  SQLite serialises writers anyway; this only makes the waiting orderly.

A read-only transaction (a connection carrying the :data:`READ_ONLY` execution option,
as :meth:`bot.db.uow.SqlUnitOfWork.read_only` sets it) starts with a plain ``BEGIN``
instead: under WAL it reads a snapshot and never waits for a writer, so the queue and
App Home do not queue behind every click.  On PostgreSQL a read-only unit of work runs
without a transaction (autocommit: no ``BEGIN``, no ``ROLLBACK``, two round trips fewer),
and the server still refuses its writes: every connection's session default is
``default_transaction_read_only = on``, so each statement run outside a transaction is
read-only, while a unit of work that may write begins ``BEGIN READ WRITE`` (psycopg's
``read_only = False``, in the same round trip).  Under PostgreSQL's READ COMMITTED each
statement sees its own snapshot inside a transaction too, so reads see what they saw.

SQLite connections are kept, as many as threads use at once (:data:`SQLITE_POOL_SIZE`):
SQLAlchemy's default pool keeps five and opens and closes the rest for each use, and
under load a ``/wismo queue`` waited up to 1.3 s for its connection (measured with
``bench/slack_bench.py``) while clicks held the others.  A SQLite connection is a file
handle and a lazily filled page cache, so keeping them costs little; WAL is switched on
once per database (it is stored in the file), not re-asserted by every new connection.

PostgreSQL connections are checked before use only when there is a reason to doubt them
(:func:`_configure_postgres`), not with ``pool_pre_ping`` on every checkout: that ping is
a round trip of its own, one of four in a one-statement read (ping, ``BEGIN``, the
statement, ``ROLLBACK``), and under load each round trip waits for the server process to
be scheduled.  A connection the server closed (restart, ``pg_terminate_backend``, a
reset) has something to read on its socket, the server's goodbye or the reset, and that
costs no round trip to see.
"""

from __future__ import annotations

import select
import time
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.orm import Session, sessionmaker

__all__ = [
    "PING_AFTER_IDLE_SECONDS",
    "READ_ONLY",
    "SQLITE_BUSY_TIMEOUT_MS",
    "SQLITE_POOL_SIZE",
    "create_db_engine",
    "make_session_factory",
]

SQLITE_BUSY_TIMEOUT_MS = 15_000
SQLITE_POOL_SIZE = 64  # wismo serve: 16 request threads and 48 listener threads a process

# A PostgreSQL connection idle longer than this is pinged before use: a connection that
# died without a word (a NAT or firewall forgetting it) shows nothing on its socket.
PING_AFTER_IDLE_SECONDS = 30.0

READ_ONLY = "wismo_read_only"
"""Execution option marking a connection whose transactions only read."""


def create_db_engine(url: str, *, echo: bool = False) -> Engine:
    """An engine for ``url`` (``sqlite:///file.db`` or ``postgresql+psycopg://...``)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        in_memory = parsed.database in (None, "", ":memory:")  # one connection a thread
        pool: dict[str, Any] = (
            {}
            if in_memory
            else {
                "pool_size": SQLITE_POOL_SIZE,
                "max_overflow": SQLITE_POOL_SIZE,  # beyond it, opened and closed: never a wait
            }
        )
        engine = create_engine(
            parsed,
            echo=echo,
            hide_parameters=True,
            connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000},
            **pool,
        )
        _configure_sqlite(engine)
        return engine
    # A row's values (buyer names, message text) never go into an error message or log.
    engine = create_engine(parsed, echo=echo, hide_parameters=True)
    _configure_postgres(engine)
    return engine


def _configure_postgres(engine: Engine) -> None:
    """Ping a pooled connection before use only when it was idle long or its socket has
    something to read (the server closed it); a failed ping makes the pool replace it,
    as ``pool_pre_ping`` would."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, record: Any) -> None:
        # Once per connection (module docstring): statements outside a transaction are
        # read-only, and every transaction is opened BEGIN READ WRITE.
        autocommit = dbapi_connection.autocommit
        dbapi_connection.autocommit = True
        try:
            with dbapi_connection.cursor() as cursor:
                cursor.execute("SET default_transaction_read_only = on")
        finally:
            dbapi_connection.autocommit = autocommit
        dbapi_connection.read_only = False
        record.info["idle_since"] = time.monotonic()  # just opened: no need to ping

    @event.listens_for(engine, "checkin")
    def _on_checkin(_dbapi_connection: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _on_checkout(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        idle_since = record.info.get("idle_since")
        idle = time.monotonic() - idle_since if idle_since is not None else float("inf")
        if idle < PING_AFTER_IDLE_SECONDS and not _server_spoke(dbapi_connection):
            return
        try:
            engine.dialect.do_ping(dbapi_connection)  # in autocommit: no transaction left open
        except Exception as exc:
            # The pool discards the connection and checks out a new one (up to three times).
            raise DisconnectionError("the pooled connection is gone") from exc


def _server_spoke(dbapi_connection: Any) -> bool:
    """True if an idle connection's socket is readable: between transactions the server
    only writes when it closes the connection (a FATAL notice, then EOF) or it was reset.
    Also true when the socket cannot be looked at, so the caller pings."""
    pgconn = getattr(dbapi_connection, "pgconn", None)
    if pgconn is None or getattr(dbapi_connection, "closed", True):
        return True
    try:
        # poll, not select: select refuses descriptors above 1023.
        poller = select.poll()
        poller.register(pgconn.socket, select.POLLIN)
        return bool(poller.poll(0))
    except Exception:  # psycopg raises when the socket is already gone
        return True


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take transaction control away from the sqlite3 module (it would BEGIN lazily,
        # and never around SAVEPOINTs); the "begin" hook below issues BEGIN itself.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            # Setting the journal mode takes a lock; reading it does not.
            mode = cursor.execute("PRAGMA journal_mode").fetchone()
            if not mode or str(mode[0]).lower() != "wal":
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA synchronous=NORMAL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        if connection.get_execution_options().get(READ_ONLY):
            connection.exec_driver_sql("BEGIN")  # deferred: a snapshot read, no write lock
        else:
            connection.exec_driver_sql("BEGIN IMMEDIATE")


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions whose objects stay readable after commit (cards are rendered afterwards)."""
    return sessionmaker(bind=engine, expire_on_commit=False, autoflush=True)
