"""``wismo serve`` warms each web process before it takes requests (bot.slack_app.warm_up)."""

from __future__ import annotations

import gc
import logging

from sqlalchemy import event

from bot import slack_app
from bot.serve import settle_heap
from bot.services import overview
from bot.testing.open_queue import seed_open_conversations


def test_the_warm_up_reads_and_draws_the_views_and_writes_nothing(services, engine):
    seed_open_conversations(services.uow_factory, 3, now=services.clock())
    statements: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany) -> None:
        statements.append(statement)

    drawn: list[str] = []
    real_modal, real_mail = slack_app.edit_modal, slack_app.reply_mail

    def modal(*args, **kwargs):
        drawn.append("edit")
        return real_modal(*args, **kwargs)

    def mail(*args, **kwargs):
        drawn.append("mail")
        return real_mail(*args, **kwargs)

    event.listen(engine, "before_cursor_execute", count)
    try:
        slack_app.edit_modal = modal  # type: ignore[assignment]
        slack_app.reply_mail = mail  # type: ignore[assignment]
        slack_app.warm_up(services)
    finally:
        slack_app.edit_modal = real_modal  # type: ignore[assignment]
        slack_app.reply_mail = real_mail  # type: ignore[assignment]
        event.remove(engine, "before_cursor_execute", count)
    assert statements  # it read the queue, App Home's figures and a conversation
    # the most urgent open conversation drawn, and the reply mail Approve would build
    assert drawn == ["edit", "mail"]
    assert not [s for s in statements if s.split()[0].upper() in {"INSERT", "UPDATE", "DELETE"}]
    assert "BEGIN IMMEDIATE" not in statements  # no write lock taken on SQLite


def test_a_failed_warm_up_is_logged_and_the_process_serves_anyway(services, monkeypatch, caplog):
    def away(*args, **kwargs):
        raise ConnectionError("the database is away")

    monkeypatch.setattr(overview, "warm_up", away)
    with caplog.at_level(logging.WARNING, logger="bot.slack_app"):
        slack_app.warm_up(services)  # does not raise
    assert "warming up this process failed" in caplog.text


def test_settling_the_heap_leaves_what_was_built_out_of_full_collections():
    """After the warm-up each web process freezes its heap (bot.serve.settle_heap): a full
    collection then walks only what was made since, not the 150,000 objects built to serve
    (70 ms, every request of the process waiting)."""
    built = [[n] for n in range(10_000)]  # long-lived containers, as services hold
    try:
        settle_heap()
        assert gc.get_freeze_count() >= len(built)
        gc.collect()
        assert gc.get_freeze_count() >= len(built)  # still frozen: not walked
    finally:
        gc.unfreeze()
