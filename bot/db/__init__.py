"""The store: SQLAlchemy models, Alembic migrations, engine, unit of work.

Typical wiring at start-up::

    engine = create_db_engine(settings.database_url)
    check_schema_current(engine)          # raises SchemaOutOfDate: run `wismo db upgrade`
    uow_factory = sql_uow_factory(engine)
    with uow_factory() as uow: ...
"""

from __future__ import annotations

from sqlalchemy import Engine

from bot.db.engine import create_db_engine, make_session_factory
from bot.db.migrate import check_schema_current, upgrade
from bot.db.uow import SqlUnitOfWork, UowFactory

__all__ = [
    "SqlUnitOfWork",
    "UowFactory",
    "check_schema_current",
    "create_db_engine",
    "make_session_factory",
    "sql_uow_factory",
    "upgrade",
]


def sql_uow_factory(engine: Engine) -> UowFactory:
    """A callable returning a fresh :class:`SqlUnitOfWork` on ``engine`` each time."""
    session_factory = make_session_factory(engine)
    return lambda: SqlUnitOfWork(session_factory)
