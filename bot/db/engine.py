"""Engine and session factory from a database URL.

SQLite (the default) gets WAL, foreign keys and a busy timeout, and every transaction
that may write starts with ``BEGIN IMMEDIATE``: writers then queue on the busy timeout
instead of failing with "database is locked" when a read transaction tries to become a
write one.  SQLite serialises writers anyway; this only makes the waiting orderly.

A read-only transaction (a connection carrying the :data:`READ_ONLY` execution option,
as :meth:`bot.db.uow.SqlUnitOfWork.read_only` sets it) starts with a plain ``BEGIN``
instead: under WAL it reads a snapshot and never waits for a writer, so the queue and
App Home do not queue behind every click.  On PostgreSQL the same option opens the
transaction ``READ ONLY`` (psycopg puts it in the ``BEGIN`` itself, no extra round trip).

SQLite connections are kept, as many as threads use at once (:data:`SQLITE_POOL_SIZE`):
SQLAlchemy's default pool keeps five and opens and closes the rest for each use, and
under load a ``/wismo queue`` waited up to 1.3 s for its connection (measured with
``bench/slack_bench.py``) while clicks held the others.  A SQLite connection is a file
handle and a lazily filled page cache, so keeping them costs little; WAL is switched on
once per database (it is stored in the file), not re-asserted by every new connection.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

__all__ = [
    "READ_ONLY",
    "SQLITE_BUSY_TIMEOUT_MS",
    "SQLITE_POOL_SIZE",
    "create_db_engine",
    "make_session_factory",
]

SQLITE_BUSY_TIMEOUT_MS = 15_000
SQLITE_POOL_SIZE = 64  # wismo serve: 16 request threads and 48 listener threads a process

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
    return create_engine(parsed, echo=echo, pool_pre_ping=True, hide_parameters=True)


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
