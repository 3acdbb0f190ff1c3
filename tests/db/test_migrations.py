from __future__ import annotations

import pytest
from sqlalchemy import inspect

from bot.db import check_schema_current, create_db_engine, upgrade
from bot.db.migrate import current_revision, head_revision, schema_diffs
from bot.errors import SchemaOutOfDate

TABLES = {
    "messages",
    "orders",
    "tracking_snapshots",
    "drafts",
    "decisions",
    "outbox",
    "escalations",
    "slack_posts",
}


def test_upgrade_from_empty_creates_every_table_and_reaches_head(db_url):
    engine = create_db_engine(db_url)
    try:
        assert current_revision(engine) is None
        upgrade(engine)
        assert set(inspect(engine).get_table_names()) >= TABLES
        assert current_revision(engine) == head_revision()
        upgrade(engine)  # a second upgrade is harmless
        check_schema_current(engine)
    finally:
        engine.dispose()


def test_app_refuses_an_empty_schema_and_says_to_run_upgrade(db_url):
    engine = create_db_engine(db_url)
    try:
        with pytest.raises(SchemaOutOfDate, match="run `wismo db upgrade`") as info:
            check_schema_current(engine)
        assert info.value.current is None
        assert info.value.head == head_revision()
    finally:
        engine.dispose()


def test_app_refuses_a_schema_behind_head(db_url):
    engine = create_db_engine(db_url)
    try:
        upgrade(engine)
        with engine.begin() as conn:
            conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'older'")
        with pytest.raises(SchemaOutOfDate, match=r"older.*wismo db upgrade"):
            check_schema_current(engine)
    finally:
        engine.dispose()


def test_migrations_match_the_models(engine):
    assert schema_diffs(engine) == []


def test_a_schema_missing_the_sweep_index_is_reported_as_different(engine):
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP INDEX ix_messages_state_due_at")
    diffs = schema_diffs(engine)
    assert [d[0] for d in diffs] == ["add_index"]
    assert diffs[0][1].name == "ix_messages_state_due_at"


def test_upgrading_a_database_with_data_keeps_it_and_backfills_the_sweep_column(db_url):
    engine = create_db_engine(db_url)
    try:
        upgrade(engine, "0001")
        with engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO messages (message_id, state, attachments, problems, raw_size,"
                " received_at, arrived_at, due_at, version) VALUES"
                " ('<a@x>', 'carded', '[]', '[]', 0,"
                " '2026-03-07 09:00:00', '2026-03-07 09:00:00', '2026-03-08 09:00:00', 1),"
                " ('<b@x>', 'answered', '[]', '[]', 0,"
                " '2026-03-07 09:00:00', '2026-03-07 09:00:00', '2026-03-08 09:00:00', 1)"
            )
        upgrade(engine)
        check_schema_current(engine)
        with engine.connect() as conn:
            rows = conn.exec_driver_sql(
                "SELECT message_id, next_escalation_at IS NOT NULL FROM messages"
                " ORDER BY message_id"
            ).all()
        assert [tuple(r) for r in rows] == [("<a@x>", True), ("<b@x>", False)]
    finally:
        engine.dispose()
