"""The paced card poster against the fake Slack Web API over real HTTP.

Slack answering 429 or 500, or not answering at all, delays cards and loses none; each
card is posted once, most urgent deadline first, about one a second per channel.
"""

from __future__ import annotations

import socket
import threading
from dataclasses import replace
from datetime import timedelta

import pytest

from bot.bootstrap import build_wiring
from bot.config import Secret, Settings
from bot.db.models import PostState, SlackPostRow
from bot.domain import MessageState
from bot.jobs.poster import enqueue_card_update, post_due
from bot.services.ingest import store_inbound
from bot.slack.client import background_client
from bot.slack.writer import Pacer, SlackWriter
from bot.testing.fake_slack import FakeSlack
from tests.services.helpers import T0, access_for, buyer_message

CHANNEL = "C0QUEUE"


@pytest.fixture
def slack():
    with FakeSlack() as fake:
        yield fake


@pytest.fixture
def services(engine, db_url, slack):
    settings = Settings(
        slack_bot_token=Secret("xoxb-test"),
        slack_base_url=slack.base_url,
        channel=CHANNEL,
        database_url=db_url,
    )
    built = build_wiring(settings, engine=engine, clock=lambda: T0)
    yield built
    built.close()


def drafted(services, key: str, *, hours_left: float) -> int:
    """A drafted buyer message whose deadline is ``hours_left`` after T0."""
    sent = T0 - timedelta(hours=24 - hours_left)
    stored = store_inbound(
        services.uow_factory,
        b"raw",
        buyer_message(f"<{key}@marketplace.amazon.com>", sent_at=sent, body=f"Where is {key}?"),
        arrived_at=T0,
    )
    with services.uow_factory() as uow:
        uow.drafts.add_version(stored.message_pk, f"Hello, about {key}: on its way.", now=T0)
        assert uow.messages.transition(
            stored.message_pk,
            expected={MessageState.RECEIVED},
            new=MessageState.DRAFTED,
            actor=None,
            now=T0,
        )
        uow.commit()
    return stored.message_pk


def client_for(services, **kw):
    return background_client(
        services.settings, **({"rate_limit_retries": 0, "server_error_retries": 0} | kw)
    )


def posted_keys(slack: FakeSlack) -> list[str]:
    """Which message each successful post was about, in posting order."""
    out = []
    for call in slack.calls_to("chat.postMessage"):
        body = str(call.args.get("blocks"))
        out.append(next(k for k in ("urgent", "soon", "later") if f"Where is {k}?" in body))
    return out


def run_until_posted(services, client, *, expected: int, rounds: int = 20) -> int:
    """The worker loop: post_due every minute of (fake) time until all are posted."""
    now = T0
    for i in range(rounds):
        post_due(services, SlackWriter(client, pacer=Pacer(0.0)), now=now)
        with services.uow_factory() as uow:
            done = uow.session.query(SlackPostRow).filter_by(state=PostState.POSTED).count()
        if done == expected:
            return i
        now += timedelta(minutes=1)
    raise AssertionError(f"only {done} of {expected} posted after {rounds} rounds")


def test_cards_are_posted_once_most_urgent_first_and_the_message_is_carded(services, slack):
    later = drafted(services, "later", hours_left=20)
    urgent = drafted(services, "urgent", hours_left=1)
    soon = drafted(services, "soon", hours_left=5)
    client = client_for(services)
    counts = post_due(services, SlackWriter(client, pacer=Pacer(0.0)), now=T0)
    assert counts.posted == 3
    assert posted_keys(slack) == ["urgent", "soon", "later"]
    assert (
        post_due(
            services, SlackWriter(client, pacer=Pacer(0.0)), now=T0 + timedelta(minutes=10)
        ).posted
        == 0
    )
    assert len(slack.calls_to("chat.postMessage")) == 3
    with services.uow_factory() as uow:
        for pk in (later, urgent, soon):
            row = uow.messages.get(pk)
            assert row.state is MessageState.CARDED and row.slack_channel == CHANNEL
            assert (CHANNEL, row.slack_ts) in slack.messages


def test_rate_limits_server_errors_and_an_outage_delay_cards_but_lose_none(services, slack):
    for key, left in (("later", 20), ("urgent", 1), ("soon", 5)):
        drafted(services, key, hours_left=left)
    slack.fail_next("chat.postMessage", status=429, retry_after=30, times=2)
    slack.fail_next("chat.postMessage", status=500, error="internal_error", times=3)
    rounds = run_until_posted(services, client_for(services), expected=3)
    assert rounds >= 2  # the 429's Retry-After and the 5xx back-off really delayed them
    assert sorted(posted_keys(slack)) == ["later", "soon", "urgent"]  # each exactly once
    failures = [c.status for c in slack.calls if c.method == "chat.postMessage" and c.status != 200]
    assert failures.count(429) >= 1 and 500 in failures

    # Slack unreachable altogether: the queue waits, then posts.
    drafted(services, "urgent2", hours_left=2)
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        dead_url = f"http://127.0.0.1:{closed.getsockname()[1]}/api/"
    down = background_client(replace(services.settings, slack_base_url=dead_url),
                             rate_limit_retries=0, server_error_retries=0)  # fmt: skip
    assert post_due(services, SlackWriter(down, pacer=Pacer(0.0)), now=T0).retrying == 1
    with services.uow_factory() as uow:
        waiting = uow.session.query(SlackPostRow).filter_by(state=PostState.PENDING).one()
        assert waiting.attempts == 1 and "unreachable" in waiting.last_error
    run_until_posted(services, client_for(services), expected=4)


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_429_is_retried_after_retry_after_by_the_client_itself(services, slack):
    drafted(services, "urgent", hours_left=1)
    slack.fail_next("chat.postMessage", status=429, retry_after=1, times=1)
    counts = post_due(
        services, SlackWriter(client_for(services, rate_limit_retries=2), pacer=Pacer(0.0)), now=T0
    )
    assert counts.posted == 1
    calls = [c for c in slack.calls if c.method == "chat.postMessage"]
    assert [c.status for c in calls] == [429, 200]
    assert calls[1].at - calls[0].at >= 1.0


def test_a_payload_slack_refuses_fails_loudly_and_is_not_retried(services, slack):
    drafted(services, "urgent", hours_left=1)
    slack.fail_next("chat.postMessage", status=200, error="invalid_blocks", times=1)
    assert (
        post_due(services, SlackWriter(client_for(services), pacer=Pacer(0.0)), now=T0).failed == 1
    )
    assert (
        post_due(services, SlackWriter(client_for(services)), now=T0 + timedelta(hours=1)).posted
        == 0
    )
    with services.uow_factory() as uow:
        row = uow.session.query(SlackPostRow).one()
        assert row.state is PostState.FAILED and "invalid_blocks" in row.last_error


def test_two_posters_at_once_post_each_card_once(services, slack):
    for key, left in (("later", 20), ("urgent", 1), ("soon", 5)):
        drafted(services, key, hours_left=left)
    barrier = threading.Barrier(2)

    def worker():
        barrier.wait()
        post_due(services, SlackWriter(client_for(services), pacer=Pacer(0.0)), now=T0)

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert sorted(posted_keys(slack)) == ["later", "soon", "urgent"]


def test_a_card_update_re_renders_the_posted_card(services, slack):
    pk = drafted(services, "urgent", hours_left=1)
    post_due(services, SlackWriter(client_for(services), pacer=Pacer(0.0)), now=T0)
    with services.uow_factory() as uow:
        uow.messages.transition(pk, expected={MessageState.CARDED}, new=MessageState.SPAM,
                                actor="U0AGENT", now=T0)  # fmt: skip
        assert enqueue_card_update(uow, pk, now=T0)
        uow.commit()
    assert (
        post_due(services, SlackWriter(client_for(services), pacer=Pacer(0.0)), now=T0).posted == 1
    )
    update = slack.wait_for("chat.update")[0]
    assert "spam" in str(update.args["blocks"]).lower()


def test_a_reply_the_worker_sends_after_a_retry_refreshes_its_card(
    engine, db_url, slack, smtp_server
):
    from bot.mail.smtp import SmtpSender
    from bot.services.deciding import approve
    from bot.services.outbox import deliver_due
    from bot.testing.net import free_port

    port, mails = smtp_server
    dead = SmtpSender(f"smtp://127.0.0.1:{free_port()}", mail_from="support@seller.example")
    settings = Settings(
        slack_bot_token=Secret("xoxb-test"),
        slack_base_url=slack.base_url,
        channel=CHANNEL,
        database_url=db_url,
        mail_from="support@seller.example",
    )
    services = build_wiring(settings, engine=engine, clock=lambda: T0, mailer=dead)
    try:
        pk = drafted(services, "urgent", hours_left=3)
        post_due(services, SlackWriter(client_for(services), pacer=Pacer(0.0)), now=T0)
        assert approve(
            services, pk, access=access_for(("U0AGENT",)), actor="U0AGENT", now=T0
        ).conversation.state is (MessageState.SENDING)
        later = T0 + timedelta(minutes=5)
        live = SmtpSender(f"smtp://127.0.0.1:{port}", mail_from="support@seller.example")
        assert deliver_due(services.uow_factory, live, now=later).sent == 1  # the worker
        assert (
            post_due(
                services, SlackWriter(client_for(services), pacer=Pacer(0.0)), now=later
            ).posted
            == 1
        )
        (update,) = slack.wait_for("chat.update")
        assert "Sent" in str(update.args["blocks"]) and len(mails.received) == 1
        assert (
            post_due(
                services, SlackWriter(client_for(services), pacer=Pacer(0.0)), now=later
            ).posted
            == 0
        )
    finally:
        services.close()


def test_a_reply_in_doubt_later_found_sent_refreshes_its_card(engine, db_url, slack):
    """The database came back after an outage: the worker that sent the reply records it,
    though its card already said "in doubt"; the card must stop offering the choices."""
    from bot.services.deciding import approve
    from bot.services.outbox import Unsettled, mark_stuck, report_stuck

    class Sent:
        def send(self, mail) -> None:  # the server took it; recording it is what failed
            raise SystemExit("the database went away; this process remembers the send")

    settings = Settings(
        slack_bot_token=Secret("xoxb-test"),
        slack_base_url=slack.base_url,
        channel=CHANNEL,
        database_url=db_url,
        mail_from="support@seller.example",
    )
    services = build_wiring(settings, engine=engine, clock=lambda: T0, mailer=None)
    writer = SlackWriter(client_for(services), pacer=Pacer(0.0))
    try:
        pk = drafted(services, "urgent", hours_left=3)
        post_due(services, writer, now=T0)
        approve(services, pk, access=access_for(("U0AGENT",)), actor="U0AGENT", now=T0)
        with pytest.raises(SystemExit):
            from bot.services.outbox import deliver_due

            deliver_due(services.uow_factory, Sent(), now=T0)
        later = T0 + timedelta(minutes=2)
        [outbox_pk] = mark_stuck(services.uow_factory, now=later, older_than=timedelta(0))
        assert report_stuck(services.uow_factory, lambda reply: None, now=later) == 1
        unsettled = Unsettled()
        unsettled.sent(outbox_pk, T0)
        assert unsettled.settle(services.uow_factory) == 1
        assert post_due(services, writer, now=later).posted == 1
        (update,) = slack.wait_for("chat.update")
        blocks = str(update.args["blocks"])
        assert "*Sent* by" in blocks and "doubt" not in blocks
    finally:
        services.close()


def test_only_one_worker_posts_at_a_time_on_postgresql(services, slack, db_url):
    """Slack paces per channel: a second worker must not post beside the first."""
    if not db_url.startswith("postgresql"):
        pytest.skip("the poster lock is a PostgreSQL advisory lock; SQLite runs one worker")
    from bot.jobs.poster import sole_poster

    pk = drafted(services, "locked", hours_left=10)
    client = client_for(services)
    with sole_poster(services.engine) as first:  # another worker is posting
        assert first
        counts = post_due(services, SlackWriter(client, pacer=Pacer(0.0)), now=T0)
        assert counts.posted == 0 and slack.calls_to("chat.postMessage") == []
    counts = post_due(services, SlackWriter(client, pacer=Pacer(0.0)), now=T0)
    assert counts.posted == 1
    with services.uow_factory() as uow:
        assert uow.messages.get(pk).state is MessageState.CARDED


def test_unreadable_mail_gets_a_card_for_a_human(services, slack):
    from bot.services.pipeline import process_raw

    truncated = (
        b"From: \xff\xfe broken\r\nContent-Type: multipart/mixed; boundary=zz\r\n\r\n"
        b"--zz\r\nContent-Type: text/plain\r\n\r\nWhere is my ord"
    )
    pk = process_raw(services, truncated, arrived_at=T0)
    with services.uow_factory() as uow:
        row = uow.messages.get(pk)
        assert row.state is MessageState.MALFORMED
        assert any("truncated" in p for p in row.problems)
    assert (
        post_due(services, SlackWriter(client_for(services), pacer=Pacer(0.0)), now=T0).posted == 1
    )
    card = str(slack.calls_to("chat.postMessage")[0].args["blocks"])
    assert "Unreadable mail" in card and "truncated" in card


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_on_a_trial_clock_retry_after_and_leases_still_wait_real_time(services, slack):
    """At 60x, Slack's "Retry-After: 30" is 30 real seconds: 30 simulated minutes."""
    from bot.clock import ScaledClock

    trial = replace(services, clock=ScaledClock(T0, anchor=0.0, speed=60.0, real=lambda: 0.0))
    drafted(services, "urgent", hours_left=1)
    slack.fail_next("chat.postMessage", status=429, retry_after=30, times=1)
    assert (
        post_due(trial, SlackWriter(client_for(services), pacer=Pacer(0.0)), now=T0).retrying == 1
    )
    with services.uow_factory() as uow:
        row = uow.session.query(SlackPostRow).one()
        assert row.next_attempt_at.replace(tzinfo=None) == (T0 + timedelta(minutes=30)).replace(
            tzinfo=None
        )
    # Ten simulated minutes on (ten real seconds), Slack has not been waited for yet.
    assert (
        post_due(
            trial,
            SlackWriter(client_for(services), pacer=Pacer(0.0)),
            now=T0 + timedelta(minutes=10),
        ).posted
        == 0
    )
    assert (
        post_due(
            trial,
            SlackWriter(client_for(services), pacer=Pacer(0.0)),
            now=T0 + timedelta(minutes=31),
        ).posted
        == 1
    )


class DiesAfterPosting:
    """A worker SIGKILLed after Slack took the card, before the poster recorded it."""

    def __init__(self, client, *, reach_slack: bool = True):
        self.client = client
        self.reach_slack = reach_slack

    def chat_postMessage(self, **kwargs):
        if self.reach_slack:
            self.client.chat_postMessage(**kwargs)
        raise KeyboardInterrupt("killed")

    def __getattr__(self, name):
        return getattr(self.client, name)


def _card_posts(slack: FakeSlack) -> list[str]:
    return [c.args["text"] for c in slack.calls_to("chat.postMessage")]


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_card_posted_by_a_worker_that_died_is_found_not_posted_twice(services, slack):
    pk = drafted(services, "urgent", hours_left=3)
    client = client_for(services)
    with pytest.raises(KeyboardInterrupt):
        post_due(services, SlackWriter(DiesAfterPosting(client), pacer=Pacer(0.0)), now=T0)
    [first_ts] = [ts for (_, ts) in slack.messages]
    # While the dead worker's lease runs, nobody touches the row.
    assert (
        post_due(
            services, SlackWriter(client, pacer=Pacer(0.0)), now=T0 + timedelta(minutes=1)
        ).posted
        == 0
    )
    # After it, the next poster finds the card in the channel and records it.
    assert (
        post_due(
            services, SlackWriter(client, pacer=Pacer(0.0)), now=T0 + timedelta(minutes=6)
        ).posted
        == 1
    )
    assert len(_card_posts(slack)) == 1
    assert len(slack.calls_to("conversations.history")) == 1
    with services.uow_factory() as uow:
        row = uow.messages.get(pk)
        assert row.state is MessageState.CARDED and row.slack_ts == first_ts


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_card_the_dead_worker_never_got_to_slack_is_posted_once(services, slack):
    drafted(services, "urgent", hours_left=3)
    for _ in range(250):  # other traffic in the channel: the lookup pages through it
        slack.messages[(CHANNEL, f"1600000000.{len(slack.messages):06d}")] = {"text": "chatter"}
    client = client_for(services)
    with pytest.raises(KeyboardInterrupt):
        post_due(
            services,
            SlackWriter(DiesAfterPosting(client, reach_slack=False), pacer=Pacer(0.0)),
            now=T0,
        )
    assert (
        post_due(
            services, SlackWriter(client, pacer=Pacer(0.0)), now=T0 + timedelta(minutes=6)
        ).posted
        == 1
    )
    assert len(_card_posts(slack)) == 1
    assert len(slack.calls_to("conversations.history")) == 2


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_without_the_history_scope_the_card_is_posted_again_rather_than_lost(services, slack):
    drafted(services, "urgent", hours_left=3)
    client = client_for(services)
    with pytest.raises(KeyboardInterrupt):
        post_due(services, SlackWriter(DiesAfterPosting(client), pacer=Pacer(0.0)), now=T0)
    slack.fail_next("conversations.history", status=200, error="missing_scope")
    assert (
        post_due(
            services, SlackWriter(client, pacer=Pacer(0.0)), now=T0 + timedelta(minutes=6)
        ).posted
        == 1
    )
    assert len(_card_posts(slack)) == 2  # a duplicate card beats a buyer nobody sees
