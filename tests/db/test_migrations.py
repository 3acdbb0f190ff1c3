from __future__ import annotations

import pytest
from sqlalchemy import inspect, text

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


def test_upgrading_groups_existing_buyer_messages_into_conversations(db_url):
    engine = create_db_engine(db_url)
    try:
        upgrade(engine, "0004")
        rows = [
            ("<a@x>", "buyer_message", "jane@marketplace.amazon.com", "111-1111111-1111111"),
            ("<b@x>", "buyer_message", "zed@marketplace.amazon.com", "111-1111111-1111111"),
            ("<c@x>", "buyer_message", "jane@marketplace.amazon.com", "111-1111111-1111111"),
            ("<d@x>", "buyer_message", None, "111-1111111-1111111"),
            ("<e@x>", "system", None, None),
        ]
        with engine.begin() as conn:
            for mid, kind, alias, order in rows:
                conn.execute(
                    text(
                        "INSERT INTO messages (message_id, state, kind, buyer_alias, order_id,"
                        " attachments, problems, raw_size, received_at, arrived_at, due_at,"
                        " version) VALUES (:m, 'carded', :k, :a, :o, '[]', '[]', 0,"
                        " '2026-03-07 09:00:00', '2026-03-07 09:00:00', '2026-03-08 09:00:00', 1)"
                    ),
                    {"m": mid, "k": kind, "a": alias, "o": order},
                )
        upgrade(engine)
        with engine.connect() as conn:
            got = dict(
                conn.exec_driver_sql("SELECT message_id, thread_pk FROM messages").fetchall()
            )
            ids = dict(conn.exec_driver_sql("SELECT message_id, id FROM messages").fetchall())
        assert got == {
            "<a@x>": ids["<a@x>"],
            "<b@x>": ids["<b@x>"],
            "<c@x>": ids["<a@x>"],  # the same buyer about the same order: one conversation
            "<d@x>": None,
            "<e@x>": None,
        }
        check_schema_current(engine)
    finally:
        engine.dispose()


def test_upgrading_a_single_account_database_gives_every_row_the_default_account(db_url):
    engine = create_db_engine(db_url)
    try:
        upgrade(engine, "0010")  # the head before accounts
        with engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO messages (message_id, state, kind, attachments, problems, raw_size,"
                " received_at, arrived_at, due_at, version) VALUES"
                " ('<a@x>', 'sending', 'buyer_message', '[]', '[]', 0,"
                " '2026-03-07 09:00:00', '2026-03-07 09:00:00', '2026-03-08 09:00:00', 1)"
            )
            pk = conn.exec_driver_sql("SELECT id FROM messages").scalar_one()
            conn.exec_driver_sql(
                "INSERT INTO decisions (message_pk, kind, actor, at) VALUES"
                f" ({pk}, 'approve', 'U0AGENT', '2026-03-07 10:00:00')"
            )
            conn.exec_driver_sql(
                "INSERT INTO outbox (message_pk, to_addr, subject, body, mail_message_id,"
                ' "references", state, attempts, created_at) VALUES'
                f" ({pk}, 'abc@marketplace.amazon.com', 'Re: x', 'Hello', '<r@x>', '[]',"
                " 'pending', 0, '2026-03-07 10:00:00')"
            )
        upgrade(engine)
        check_schema_current(engine)
        with engine.connect() as conn:
            accounts = [
                [
                    tuple(row)
                    for row in conn.exec_driver_sql(
                        f"SELECT account, count(*) FROM {table} GROUP BY account"
                    )
                ]
                for table in ("messages", "decisions", "outbox")
            ]
            kept = conn.exec_driver_sql("SELECT body FROM outbox").scalar_one()
        assert accounts == [[("default", 1)]] * 3
        assert kept == "Hello"
    finally:
        engine.dispose()
