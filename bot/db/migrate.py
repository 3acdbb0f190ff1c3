"""Schema migrations from code: no ``alembic.ini``, works from an installed package.

``upgrade(engine)`` applies every migration; ``check_schema_current(engine)`` is what the
app calls at start-up, refusing to run on a schema older (or newer) than its code.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from bot.db.models import Base
from bot.errors import SchemaOutOfDate

__all__ = [
    "MIGRATIONS_DIR",
    "alembic_config",
    "check_schema_current",
    "current_revision",
    "head_revision",
    "schema_diffs",
    "upgrade",
]

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None, *, url: str | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url is not None:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"migrations have {len(heads)} heads; merge them: {heads}")
    return heads[0]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        heads = MigrationContext.configure(conn).get_current_heads()
    return heads[0] if heads else None


def upgrade(engine: Engine, revision: str = "head") -> None:
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), revision)


def check_schema_current(engine: Engine) -> None:
    """Raise :class:`SchemaOutOfDate` (saying to run ``wismo db upgrade``) unless at head."""
    head = head_revision()
    current = current_revision(engine)
    if current != head:
        raise SchemaOutOfDate(current, head)


def schema_diffs(engine: Engine) -> list[Any]:
    """Differences between the live schema and the models (empty when they agree)."""
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        return list(compare_metadata(context, Base.metadata))
