"""Throw-away databases for benches: a temporary SQLite file, a PostgreSQL schema.

Each removes everything it made afterwards, so a bench run never leaves tables behind
in the database it was pointed at.  :func:`postgres_schema` gives a URL (for a bench
that starts the bot in processes of its own); :func:`postgres_engine` an engine.
"""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from bot.db import create_db_engine

__all__ = ["analyze", "drop_schema", "postgres_engine", "postgres_schema", "sqlite_engine"]


@contextmanager
def sqlite_engine() -> Iterator[Engine]:
    with tempfile.TemporaryDirectory() as tmp:
        engine = create_db_engine(f"sqlite:///{Path(tmp) / 'bench.db'}")
        try:
            yield engine
        finally:
            engine.dispose()


def postgres_schema(base: str) -> tuple[str, str]:
    """A fresh schema on the PostgreSQL at ``base``, and a URL whose search_path is it."""
    schema = f"bench_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    admin.dispose()
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    return url.render_as_string(hide_password=False), schema


def drop_schema(base: str, schema: str) -> None:
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    admin.dispose()


@contextmanager
def postgres_engine(base: str) -> Iterator[Engine]:
    """An engine on a fresh schema of the PostgreSQL at ``base``, dropped on exit."""
    url, schema = postgres_schema(base)
    try:
        engine = create_db_engine(url)
        try:
            yield engine
        finally:
            engine.dispose()
    finally:
        drop_schema(base, schema)


def analyze(engine: Engine) -> None:
    """Refresh planner statistics so query plans reflect the rows just filled."""
    with engine.connect() as conn:
        conn.execute(text("ANALYZE"))
        conn.commit()
