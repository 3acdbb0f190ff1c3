"""Throw-away databases for the benches: a temporary SQLite file, a PostgreSQL schema.

Each yields a migrated-ready engine and removes everything it made afterwards, so a
bench run never leaves tables behind in the database it was pointed at.
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

__all__ = ["analyze", "postgres_engine", "sqlite_engine"]


@contextmanager
def sqlite_engine() -> Iterator[Engine]:
    with tempfile.TemporaryDirectory() as tmp:
        engine = create_db_engine(f"sqlite:///{Path(tmp) / 'bench.db'}")
        try:
            yield engine
        finally:
            engine.dispose()


@contextmanager
def postgres_engine(url: str) -> Iterator[Engine]:
    """An engine on ``url`` whose search_path is a fresh schema, dropped on exit."""
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        scoped = make_url(url).update_query_dict({"options": f"-csearch_path={schema}"})
        engine = create_db_engine(scoped.render_as_string(hide_password=False))
        try:
            yield engine
        finally:
            engine.dispose()
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def analyze(engine: Engine) -> None:
    """Refresh planner statistics so query plans reflect the rows just filled."""
    with engine.connect() as conn:
        conn.execute(text("ANALYZE"))
        conn.commit()
