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


def test_a_web_process_asks_slack_who_it_is_before_its_first_request(services):
    # Built without the token check, Bolt asks auth.test at the first request it
    # authorises: that request waited for Slack.  Asked before serving, it is kept.
    from slack_bolt.middleware.authorization import SingleTeamAuthorization
    from slack_sdk import WebClient

    from bot.testing.fake_slack import FakeSlack

    with FakeSlack() as slack:
        client = WebClient(token="xoxb-test", base_url=slack.base_url)
        app = slack_app.build_app(services, client=client, live=client, token_verification=False)
        assert slack.calls_to("auth.test") == []
        slack_app.know_the_team(app)
        assert len(slack.calls_to("auth.test")) == 1
        (authorization,) = [m for m in app._middleware_list
                            if isinstance(m, SingleTeamAuthorization)]  # fmt: skip
        assert authorization.auth_test_result is not None
        assert authorization.auth_test_result["team_id"]


def test_when_slack_does_not_answer_the_first_request_asks_as_before(services, caplog):
    from slack_bolt.middleware.authorization import SingleTeamAuthorization
    from slack_sdk import WebClient

    from bot.testing.fake_slack import FakeSlack

    with FakeSlack() as slack:
        client = WebClient(token="xoxb-test", base_url=slack.base_url)
        app = slack_app.build_app(services, client=client, live=client, token_verification=False)
        slack.fail_next("auth.test", status=500, error="fatal_error")
        with caplog.at_level(logging.WARNING, logger="bot.slack_app"):
            slack_app.know_the_team(app)  # does not raise
        assert "auth.test before serving failed" in caplog.text
        (authorization,) = [m for m in app._middleware_list
                            if isinstance(m, SingleTeamAuthorization)]  # fmt: skip
        assert authorization.auth_test_result is None
