from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

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
