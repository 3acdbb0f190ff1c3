"""A buyer's follow-up goes into the thread of the conversation's card, which is redrawn.

The paced poster against the fake Slack Web API over real HTTP, on a real database.
"""

from __future__ import annotations

import json
import time
from datetime import timedelta

import pytest

from bot.bootstrap import build_wiring
from bot.config import Secret, Settings
from bot.domain import MessageState
from bot.jobs.poster import post_due
from bot.services.ingest import store_inbound
from bot.slack.writer import Pacer, SlackWriter
from bot.testing.fake_slack import FakeSlack
from tests.jobs.test_poster import CHANNEL, client_for
from tests.services.helpers import T0, buyer_message

ALIAS = "jane42@marketplace.amazon.com"


@pytest.fixture
def slack():
    with FakeSlack() as fake:
        yield fake


@pytest.fixture
def services(engine, db_url, slack):
    settings = Settings(slack_bot_token=Secret("xoxb-test"), slack_base_url=slack.base_url,
                        channel=CHANNEL, database_url=db_url)  # fmt: skip
    built = build_wiring(settings, engine=engine, clock=lambda: T0)
    yield built
    built.close()


def drafted(services, key: str, at, body: str) -> int:
    parsed = buyer_message(f"<{key}@marketplace.amazon.com>", sent_at=at, body=body,
                           buyer_alias=ALIAS)  # fmt: skip
    pk = store_inbound(services.uow_factory, b"raw", parsed, arrived_at=at).message_pk
    with services.uow_factory() as uow:
        uow.drafts.add_version(pk, f"Hello, about {key}: on its way.", now=at, lang="en")
        assert uow.messages.transition(pk, expected={MessageState.RECEIVED},
                                       new=MessageState.DRAFTED, actor=None, now=at)  # fmt: skip
        uow.commit()
    return pk


def post(services, now) -> None:
    post_due(services, SlackWriter(client_for(services), pacer=Pacer(0.0)), now=now)


def text_of(message: dict) -> str:
    return json.dumps(message.get("blocks"), ensure_ascii=False)


def test_a_follow_up_is_posted_in_the_cards_thread_and_the_card_is_redrawn(services, slack):
    first = drafted(services, "m1", T0, "Where is my parcel?")
    post(services, T0)
    [card_post] = slack.calls_to("chat.postMessage")
    card_ts = card_post.response["ts"]

    later = T0 + timedelta(hours=6)
    second = drafted(services, "m2", later, "The label was created three days ago, where is it?")
    post(services, later)
    posts = slack.calls_to("chat.postMessage")
    assert len(posts) == 2  # no second card: one thread reply
    assert posts[1].args["thread_ts"] == card_ts and posts[1].args["channel"] == CHANNEL
    assert "three days ago" in str(posts[1].args["blocks"])
    card = slack.messages[(CHANNEL, card_ts)]
    shown = text_of(card)
    assert "three days ago" in shown  # the card shows the new message...
    assert "Earlier in this conversation" in shown and "Where is my parcel?" in shown
    assert f'"value": "{second}"' in shown  # ...and its buttons decide the new message
    with services.uow_factory() as uow:
        row = uow.messages.get(second)
        assert row.state is MessageState.CARDED
        assert (row.slack_channel, row.slack_ts) == (CHANNEL, card_ts)
        assert uow.messages.get(first).state is MessageState.SUPERSEDED


def test_a_failed_redraw_is_retried_without_posting_the_thread_reply_twice(services, slack):
    drafted(services, "m1", T0, "Where is my parcel?")
    post(services, T0)
    later = T0 + timedelta(hours=6)
    drafted(services, "m2", later, "Still nothing?")
    slack.fail_next("chat.update", status=500, error="internal_error", retry_after=None)
    post(services, later)
    post(services, later + timedelta(minutes=30))
    thread = [c for c in slack.calls_to("chat.postMessage") if c.args.get("thread_ts")]
    assert len(thread) == 1
    assert len(slack.calls_to("chat.update")) == 1  # the successful one


def cards(slack) -> list:
    return [c for c in slack.calls_to("chat.postMessage") if not c.args.get("thread_ts")]


def rounds_until(services, now, done) -> None:
    """The poster's rounds until ``done()``: another process on the shared PostgreSQL may
    hold the poster's advisory lock for a moment, and Slack's Retry-After runs in real
    time."""
    deadline = time.monotonic() + 20
    while not done() and time.monotonic() < deadline:
        post(services, now)
        time.sleep(0.2)


def test_a_follow_up_before_the_poster_ran_makes_one_card_showing_both(services, slack):
    first = drafted(services, "m1", T0, "Where is my parcel?")
    # the poster has not run yet: the buyer writes again
    later = T0 + timedelta(minutes=20)
    second = drafted(services, "m2", later, "Still nothing, the label is three days old.")

    def carded() -> bool:
        with services.uow_factory() as uow:
            return uow.messages.get(second).state is MessageState.CARDED

    rounds_until(services, later, carded)
    [card_post] = cards(slack)
    shown = text_of(slack.messages[(CHANNEL, card_post.response["ts"])])
    assert "three days old" in shown and "Where is my parcel?" in shown
    assert f'"value": "{second}"' in shown  # the card decides the latest message
    with services.uow_factory() as uow:
        assert uow.messages.get(second).state is MessageState.CARDED
        assert uow.messages.get(first).state is MessageState.SUPERSEDED


def test_a_follow_up_while_the_first_card_waits_in_the_queue_makes_one_card(services, slack):
    first = drafted(services, "m1", T0, "Where is my parcel?")
    # the first card is queued, but Slack holds the channel (rate limit): not posted yet
    slack.fail_next("chat.postMessage", status=429, error="ratelimited", retry_after=1)
    post(services, T0)
    assert cards(slack) == [] or all(c.response is None for c in cards(slack))
    later = T0 + timedelta(minutes=20)
    second = drafted(services, "m2", later, "Still nothing, the label is three days old.")

    def posted() -> list:
        return [c for c in cards(slack) if c.response and c.response.get("ok")]

    def carded() -> bool:
        with services.uow_factory() as uow:
            return uow.messages.get(second).state is MessageState.CARDED

    rounds_until(services, later + timedelta(minutes=1), carded)
    [card_post] = posted()  # one card for the conversation
    card_ts = card_post.response["ts"]
    shown = text_of(slack.messages[(CHANNEL, card_ts)])
    assert "three days old" in shown and "Where is my parcel?" in shown
    assert f'"value": "{second}"' in shown
    with services.uow_factory() as uow:
        row = uow.messages.get(second)
        assert row.state is MessageState.CARDED and row.slack_ts == card_ts
        assert uow.messages.get(first).state is MessageState.SUPERSEDED
