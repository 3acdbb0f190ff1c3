"""Which database errors mean "the database is not there", and their one translation.

A lost connection, a refused one, a server shutting down, a pool that cannot hand out a
connection, SQLite's "database is locked": none of these says anything about the row
being written.  They become :class:`~bot.errors.DatabaseUnavailable`, so every caller can
tell "try again when the database is back" from "this piece of work is wrong".  Constraint
violations, data errors and bugs stay what they are.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import (
    DBAPIError,
    DisconnectionError,
    InterfaceError,
    OperationalError,
)
from sqlalchemy.exc import (
    TimeoutError as PoolTimeout,
)

from bot.errors import DatabaseUnavailable

__all__ = ["as_unavailable", "database_errors", "is_outage"]


def is_outage(exc: BaseException) -> bool:
    """True when ``exc`` means the database could not be reached or dropped us."""
    if isinstance(exc, OperationalError | InterfaceError | DisconnectionError | PoolTimeout):
        return True
    return isinstance(exc, DBAPIError) and bool(exc.connection_invalidated)


def as_unavailable(exc: BaseException) -> DatabaseUnavailable:
    """The :class:`DatabaseUnavailable` for ``exc``: its first line, never a statement
    or its parameters (those can hold buyer data)."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    lines = str(orig).strip().splitlines()
    first = lines[0] if lines else type(orig).__name__
    return DatabaseUnavailable(f"the database did not answer: {first[:300]}")


@contextmanager
def database_errors() -> Iterator[None]:
    """Translate an outage raised inside the block into :class:`DatabaseUnavailable`."""
    try:
        yield
    except DatabaseUnavailable:
        raise
    except Exception as exc:
        if is_outage(exc):
            raise as_unavailable(exc) from exc
        raise
