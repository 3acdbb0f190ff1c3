from __future__ import annotations

import time

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.pool import NullPool

import bot.db.engine as engine_module
from bot.db.models import DraftRow
from tests.db.test_repositories import T0, add_message


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_sqlite_runs_in_wal_mode_with_foreign_keys_and_a_busy_timeout(engine):
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 5000


def test_a_draft_for_a_missing_message_is_refused(uow_factory):
    with pytest.raises(IntegrityError), uow_factory() as uow:
        uow.session.add(DraftRow(message_pk=999, version=1, text="x", created_at=T0))
        uow.session.flush()


def test_deleting_a_message_deletes_its_drafts(uow_factory):
    with uow_factory() as uow:
        pk = add_message(uow, 1)
        uow.drafts.add_version(pk, "Hello", now=T0)
        uow.commit()
    with uow_factory() as uow:
        uow.session.execute(text("DELETE FROM messages WHERE id = :pk"), {"pk": pk})
        uow.commit()
    with uow_factory() as uow:
        assert uow.drafts.all_for(pk) == []


def _backend_pid(uow_factory) -> int:
    with uow_factory().read_only() as uow:
        return int(uow.session.execute(text("SELECT pg_backend_pid()")).scalar_one())


@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_a_connection_the_server_killed_is_replaced_on_the_next_read(db_url, uow_factory):
    pid = _backend_pid(uow_factory)  # the one pooled connection
    admin = create_engine(db_url, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            assert conn.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid}).scalar()
            deadline = time.monotonic() + 5
            gone = "SELECT count(*) FROM pg_stat_activity WHERE pid = :p"
            while conn.execute(text(gone), {"p": pid}).scalar() and time.monotonic() < deadline:
                time.sleep(0.01)
    finally:
        admin.dispose()
    # No error reaches the caller: the pool saw the closed socket and opened a new one.
    assert _backend_pid(uow_factory) != pid


@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_a_pooled_connection_is_pinged_only_after_idling(
    engine, uow_factory, monkeypatch, tmp_path
):
    _backend_pid(uow_factory)
    with engine.connect() as conn:
        pgconn = conn.connection.dbapi_connection.pgconn
    trace = tmp_path / "libpq.trace"

    def queries_sent() -> list[str]:
        with trace.open("w") as out:
            pgconn.trace(out.fileno())
            try:
                _backend_pid(uow_factory)
            finally:
                pgconn.untrace()
        # libpq's trace: one line per message, "F" those the client sent.
        sent = [ln.split("\t") for ln in trace.read_text().splitlines()]
        return [f[-1].strip(' "') for f in sent if f[1:2] == ["F"] and f[3:4] == ["Query"]]

    # A connection back in the pool a moment ago is used as it is: no ping first.
    # A read is its statement alone: no BEGIN, no ROLLBACK (autocommit, read-only by default).
    assert queries_sent() == ["SELECT pg_backend_pid()"]
    monkeypatch.setattr(engine_module, "PING_AFTER_IDLE_SECONDS", 0.0)
    # One idle longer than the limit is pinged (SQLAlchemy's psycopg ping is ";").
    assert queries_sent() == [";", "SELECT pg_backend_pid()"]
