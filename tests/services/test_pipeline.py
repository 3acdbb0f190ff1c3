"""The pipeline and the composition root: store once, draft once, refuse a bad start."""

from __future__ import annotations

import threading
from collections import Counter

import pytest

from bot import bootstrap
from bot.bootstrap import DatabaseUnavailable, build_wiring
from bot.config import Secret, Settings
from bot.db import create_db_engine
from bot.domain import MessageState
from bot.errors import SchemaOutOfDate
from bot.services.pipeline import draft_pending, pending_ids, process_raw


def test_two_workers_never_draft_the_same_message_twice(services, world, engine, manifest):
    for mail in manifest.mails:
        process_raw(services, mail.raw, arrived_at=manifest.now)
    # A second replica: its own services on the same database.
    other = build_wiring(world.settings, clock=world.clock, engine=engine)
    results = []
    start = threading.Barrier(2)

    def work(svc):
        start.wait()
        results.append(draft_pending(svc, now=manifest.now, limit=100, workers=4))

    threads = [threading.Thread(target=work, args=(s,)) for s in (services, other)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    drafted = Counter(c.pk for run in results for c in run.drafted)
    assert len(drafted) == len(manifest.mails) and set(drafted.values()) == {1}
    assert not any(run.failed for run in results)
    with services.uow_factory() as uow:
        for pk in drafted:
            assert len(uow.drafts.all_for(pk)) == 1
            assert uow.messages.get(pk).state is MessageState.DRAFTED
    assert pending_ids(services, limit=10) == []


def test_pending_messages_are_drafted_most_urgent_first(services, manifest):
    for mail in manifest.mails:
        process_raw(services, mail.raw, arrived_at=manifest.now)
    run = draft_pending(services, now=manifest.now, limit=3, workers=1)
    due = [c.due_at for c in run.drafted]
    assert len(due) == 3 and due == sorted(due)
    with services.uow_factory() as uow:
        rest = uow.messages.open_by_deadline({MessageState.RECEIVED}, limit=100)
        assert len(rest) == len(manifest.mails) - 3
        assert min(r.due_at for r in rest) >= max(due)


def test_start_up_refuses_a_schema_that_needs_upgrading(tmp_path):
    engine = create_db_engine(f"sqlite:///{tmp_path / 'empty.db'}")
    with pytest.raises(SchemaOutOfDate, match="wismo db upgrade"):
        build_wiring(Settings(database_url=f"sqlite:///{tmp_path / 'empty.db'}"), engine=engine)


def test_start_up_names_an_unreachable_database():
    settings = Settings(database_url="postgresql+psycopg://nobody:secret@127.0.0.1:9/none")
    with pytest.raises(DatabaseUnavailable, match="DATABASE_URL") as caught:
        build_wiring(settings)
    assert "secret" not in str(caught.value)


class _Closable:
    def close(self) -> None:
        pass


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_start_up_builds_no_client_it_was_handed_one_for(engine, monkeypatch):
    # A client built and then dropped for the one passed in is never closed (the SP-API
    # client's HTTP pool): only what is not handed in is built.
    built: list[str] = []
    monkeypatch.setattr(bootstrap, "orders_client_for", lambda *a, **k: built.append("orders"))
    monkeypatch.setattr(bootstrap, "smtp_sender_for", lambda *a, **k: built.append("smtp"))
    settings = Settings(
        spapi_refresh_token=Secret("token"),
        smtp_url=Secret("smtp://mail.example.com:25"),
        mail_from="shop@example.com",
    )
    orders, mailer = _Closable(), _Closable()
    wiring = build_wiring(settings, engine=engine, orders=orders, mailer=mailer)  # type: ignore[arg-type]
    wiring.close()
    assert built == []
    assert wiring.orders is orders and wiring.mailer is mailer
    wiring = build_wiring(settings, engine=engine, mailer=mailer)  # type: ignore[arg-type]
    wiring.close()
    assert built == ["orders"]
