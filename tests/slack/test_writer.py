"""The one paced writer against the fake Slack Web API over real HTTP.

Every job of a process writes through one writer: posts and updates to a channel keep
one pace, a 429 holds the channel for all of them, and Slack's answers arrive as our own
errors (rate limited, refused for good or not, unreachable).
"""

from __future__ import annotations

import socket

import pytest
from slack_sdk import WebClient

from bot.errors import SlackRateLimited, SlackRefused, SlackUnreachable
from bot.slack.writer import Pacer, SlackWriter
from bot.testing.fake_slack import FakeSlack

CHANNEL = "C0QUEUE"


@pytest.fixture
def slack():
    with FakeSlack() as fake:
        yield fake


def client(base_url: str) -> WebClient:
    # No retry handlers: the writer sees each answer as Slack gave it.
    return WebClient(token="xoxb-test", base_url=base_url, retry_handlers=[], timeout=5)


class FakeTime:
    def __init__(self) -> None:
        self.now = 100.0
        self.sleeps: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def test_posts_to_one_channel_are_paced():
    time = FakeTime()
    pacer = Pacer(1.1, clock=lambda: time.now, sleep=time.sleep)
    for _ in range(3):
        pacer.wait("C1")
    pacer.wait("C2")  # another channel does not wait
    assert time.sleeps == [pytest.approx(1.1), pytest.approx(1.1)]
    pacer.hold("C1", 30)
    assert pacer.blocked("C1") and not pacer.blocked("C2")


def test_writers_in_line_behind_the_pace_do_not_block_the_channel():
    """Cards and card updates waiting their turn are not a 429: deadline pings still go."""
    time = FakeTime()
    pacer = Pacer(0.2, clock=lambda: time.now, sleep=lambda s: None)  # sleepers still in line
    for _ in range(5):  # the poster and the outbox each reserved turns ahead
        pacer.wait("C1")
    assert not pacer.blocked("C1")
    pacer.hold("C1", 2)  # Slack answered 429, Retry-After 2
    assert pacer.blocked("C1")
    time.now += 2.01
    assert not pacer.blocked("C1")


def test_posts_and_updates_share_one_pace_and_clicks_and_pings_do_not_wait(slack):
    time = FakeTime()
    writer = SlackWriter(
        client(slack.base_url), pacer=Pacer(1.1, clock=lambda: time.now, sleep=time.sleep)
    )
    ts = writer.post(CHANNEL, {"text": "card"}, key="card:1")
    writer.post(CHANNEL, {"text": "another card"}, key="card:2")  # waits its turn
    writer.post(
        CHANNEL, {"text": "ping"}, thread_ts=ts, broadcast=True, key="escalation:1", wait=False
    )
    writer.update(CHANNEL, ts, {"text": "card, refreshed"})  # waits its turn
    writer.update(CHANNEL, ts, {"text": "card, decided"}, wait=False)
    assert time.sleeps == [pytest.approx(1.1), pytest.approx(1.1)]
    ping = slack.calls_to("chat.postMessage")[2].args
    assert ping["thread_ts"] == ts and ping["reply_broadcast"] in (True, "true", "1")
    assert writer.find_post(CHANNEL, "card:1") == ts
    assert writer.find_post(CHANNEL, "escalation:1", thread_ts=ts) is not None
    assert writer.find_post(CHANNEL, "card:3") is None


def test_a_429_is_our_error_and_holds_the_channel(slack):
    writer = SlackWriter(client(slack.base_url), pacer=Pacer(0.0))
    slack.fail_next("chat.postMessage", status=429, retry_after=7)
    with pytest.raises(SlackRateLimited) as caught:
        writer.post(CHANNEL, {"text": "card"})
    assert caught.value.retry_after == 7
    assert writer.blocked(CHANNEL) and not writer.blocked("C0OTHER")


def test_a_payload_slack_refuses_for_good_is_permanent_and_a_5xx_is_not(slack):
    writer = SlackWriter(client(slack.base_url), pacer=Pacer(0.0))
    slack.fail_next("chat.postMessage", status=200, error="invalid_blocks", retry_after=None)
    with pytest.raises(SlackRefused) as refused:
        writer.post(CHANNEL, {"text": "card"})
    assert refused.value.permanent and refused.value.error == "invalid_blocks"
    slack.fail_next("chat.update", status=500, error="internal_error", retry_after=None)
    with pytest.raises(SlackRefused) as failed:
        writer.update(CHANNEL, "1.000001", {"text": "card"})
    assert not failed.value.permanent and failed.value.status == 500


def test_slack_out_of_reach_is_unreachable():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # nobody listens here once closed
    writer = SlackWriter(client(f"http://127.0.0.1:{port}/api/"), pacer=Pacer(0.0))
    with pytest.raises(SlackUnreachable):
        writer.post(CHANNEL, {"text": "card"})
