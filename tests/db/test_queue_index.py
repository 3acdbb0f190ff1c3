"""The queue's partial index: ``wismo db upgrade`` adds it to an existing database, it
covers exactly the open states, and PostgreSQL reads the queue's page through it."""

from __future__ import annotations

import importlib
from datetime import UTC, datetime

import pytest
from sqlalchemy import event, inspect, text

from bot.db import check_schema_current, create_db_engine, make_session_factory, upgrade
from bot.db.migrate import schema_diffs
from bot.db.models import OPEN_PREDICATE
from bot.db.uow import SqlUnitOfWork
from bot.domain import OPEN_STATES, MessageState
from bot.testing.open_queue import seed_open_conversations

INDEX = "ix_messages_open_account_due_at_id"
NOW = datetime(2026, 3, 7, 12, 0, tzinfo=UTC)


def _index_sql(engine) -> str:
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            query = "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = :name"
        else:
            query = (
                "SELECT indexdef FROM pg_indexes"
                " WHERE indexname = :name AND schemaname = current_schema()"
            )
        return conn.execute(text(query), {"name": INDEX}).scalar_one_or_none() or ""


def test_upgrading_a_database_at_0011_adds_the_index_and_reaches_head(db_url):
    engine = create_db_engine(db_url)
    try:
        upgrade(engine, "0011")
        assert INDEX not in {i["name"] for i in inspect(engine).get_indexes("messages")}
        upgrade(engine)
        indexes = {i["name"]: i for i in inspect(engine).get_indexes("messages")}
        assert indexes[INDEX]["column_names"] == ["account", "due_at", "id"]
        check_schema_current(engine)
        assert schema_diffs(engine) == []
        sql = _index_sql(engine)
        for state in MessageState:  # open rows only: every open state, no other
            assert (f"'{state.value}'" in sql) is (state in OPEN_STATES), (state, sql)
    finally:
        engine.dispose()


def test_the_migration_and_the_model_name_the_same_open_states():
    migration = importlib.import_module("bot.db.migrations.versions.0012_queue_open_index")
    assert migration._OPEN == OPEN_PREDICATE


@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_postgres_reads_the_queue_page_through_the_index(engine):
    """1,000 open conversations and 4,000 closed ones with earlier deadlines (as they
    pile up): the page is an index scan that stops at its 15 rows, with no sort."""
    factory = make_session_factory(engine)
    seed_open_conversations(lambda: SqlUnitOfWork(factory), 5000, now=NOW)
    with engine.begin() as conn:
        conn.execute(text("UPDATE messages SET state = 'answered' WHERE id > 1000"))
        conn.execute(text("ANALYZE messages"))
    captured: list[tuple[str, object]] = []

    def grab(conn, cursor, statement, parameters, context, executemany) -> None:
        captured.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", grab)
    try:
        with SqlUnitOfWork(factory).read_only() as uow:
            entries, counts = uow.conversations.queue_page(
                OPEN_STATES, limit=15, due_by=NOW, accounts=["default"]
            )
    finally:
        event.remove(engine, "before_cursor_execute", grab)
    assert len(entries) == 15 and counts.total == 1000
    ((statement, parameters),) = [c for c in captured if "LIMIT" in c[0]]
    with engine.connect() as conn:
        plan = "\n".join(
            conn.exec_driver_sql("EXPLAIN (COSTS OFF) " + statement, parameters).scalars()
        )
    page = plan.split("->  Result")[-1] if "->  Result" in plan else plan
    assert f"Index Scan using {INDEX}" in plan, plan
    assert "Sort Key: messages.due_at" not in page, plan
