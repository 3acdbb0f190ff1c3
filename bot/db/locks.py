"""Database locks that outlive a transaction: one holder across every worker process."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, text

from bot.db.outage import database_errors

__all__ = ["sole_holder"]

_SCOPED = text("SELECT CAST(:k AS bigint) # hashtextextended(current_schema(), 0)")


@contextmanager
def sole_holder(engine: Engine, key: int) -> Iterator[bool]:
    """Yield whether this process holds lock ``key`` now (a PostgreSQL advisory lock).

    Advisory locks are database-wide, so the key is mixed with the schema in use: two
    deployments sharing one database in their own schemas each have a poster.  The server
    releases the lock if the process dies.  SQLite deployments run one
    worker, so there every caller holds it.  A lost connection raises
    :class:`~bot.errors.DatabaseUnavailable`.
    """
    if engine.dialect.name != "postgresql":
        yield True
        return
    with database_errors(), engine.connect() as conn:
        scoped = int(conn.execute(_SCOPED, {"k": key}).scalar_one())
        got = bool(conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": scoped}).scalar())
        conn.commit()
        try:
            yield got
        finally:
            if got:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": scoped})
                conn.commit()
