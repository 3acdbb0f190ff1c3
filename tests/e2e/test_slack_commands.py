"""Slash commands and App Home over signed HTTP, with the fake SP-API and carriers."""

from __future__ import annotations

import json
import time

import pytest

from bot.services.conversations import load_conversation
from tests.e2e.slack_harness import AGENT, Bot, wait_until
from tests.e2e.test_slack_approve import arrive

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)

ORDER = "113-4021576-1000001"


def command(bot: Bot, name: str, text: str, key: str = "c1", **kw):
    url = bot.slack.response_url(key)
    return bot.sender.command(name, text, user=AGENT, response_url=url, **kw)


def answered(bot: Bot, count: int = 1) -> list[dict]:
    return wait_until(
        lambda: list(bot.slack.responses) if len(bot.slack.responses) >= count else None
    )


def test_order_shows_the_order_its_live_tracking_and_open_messages(bot, manifest):
    pk = arrive(bot, manifest)
    with bot.services.uow_factory() as uow:
        number = load_conversation(uow, pk).trackings[0].number
    ack = command(bot, "/order", ORDER)
    assert ack.status_code == 200 and ack.json()["response_type"] == "ephemeral"
    assert "Looking up" in ack.json()["text"]
    (reply,) = answered(bot)
    text = json.dumps(reply)
    assert reply["response_type"] == "ephemeral" and ORDER in text
    assert number in text and "In transit" in text  # live status from the carrier
    assert "waiting for a decision" in text  # the open message, by deadline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12345", "Usage: `/order 123-1234567-1234567`"),
        ("", "Usage: `/order 123-1234567-1234567`"),
        ("113-4021576-100000X", "is not one"),
    ],
)
def test_order_with_a_malformed_id_says_what_to_type(bot, text, expected):
    ack = command(bot, "/order", text)
    assert ack.status_code == 200 and expected in ack.json()["text"]
    assert bot.slack.responses == []


def test_an_order_amazon_does_not_know_gets_a_helpful_answer(bot):
    command(bot, "/order", "999-9999999-9999999")
    text = json.dumps(answered(bot)[0])
    assert "does not know order 999-9999999-9999999" in text and "another seller" in text


def test_a_command_mentioning_payload_is_not_dropped(bot):
    """slack-bolt 1.30 parses any form body containing 'payload' as an interactive one."""
    ack = command(bot, "/order", "payload", channel_name="payload-team")
    assert ack.status_code == 200 and "Usage" in ack.json()["text"]
    ack = command(bot, "/wismo", "check the payload arrives tomorrow")
    assert ack.status_code == 200 and "passes" in ack.json()["text"]


def test_track_detects_the_carrier_and_shows_the_live_status(bot, manifest):
    pk = arrive(bot, manifest)
    with bot.services.uow_factory() as uow:
        number = load_conversation(uow, pk).trackings[0].number
    ack = command(bot, "/track", number)
    assert ack.status_code == 200
    text = json.dumps(answered(bot)[0])
    assert "Recognised as" in text and "UPS" in text and "In transit" in text
    assert "Usage" in command(bot, "/track", " ").json()["text"]


def test_wismo_queue_and_check(bot, manifest):
    arrive(bot, manifest)
    ack = command(bot, "/wismo", "queue")
    assert ack.status_code == 200 and ack.text == ""  # answered through the response_url
    (queue,) = answered(bot)
    assert queue["response_type"] == "ephemeral"
    assert "1 open" in queue["text"] and ORDER in json.dumps(queue["blocks"])
    check = command(bot, "/wismo", "check Leave us a 5-star review at mystore.com").json()
    assert "would be refused" in check["text"]
    assert "review-request" in json.dumps(check["blocks"]) and "link" in json.dumps(check["blocks"])
    assert "Usage" in command(bot, "/wismo", "").json()["text"]


def test_app_home_shows_the_queue_and_figures_once_per_event(bot, manifest):
    arrive(bot, manifest)
    event = {"type": "app_home_opened", "user": AGENT, "channel": "D0HOME", "tab": "home"}
    assert bot.sender.event(event, event_id="Ev1").status_code == 200
    again = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
    retry = bot.sender.event(event, event_id="Ev1", headers=again)
    assert retry.status_code == 200
    published = bot.slack.wait_for("views.publish")
    bot.sender.event({**event, "tab": "messages"}, event_id="Ev2")
    view = bot.slack.views[f"HOME-{AGENT}"]
    text = json.dumps(view["blocks"])
    assert ORDER in text and "Last 7 days" in text
    assert len(published) == 1 and len(bot.slack.calls_to("views.publish")) == 1


def test_listeners_call_slack_over_kept_alive_connections(bot, manifest):
    """App Home's views.publish and /order's answer through response_url reuse their
    connections (slack-bolt builds a urllib WebClient per request, and a WebhookClient
    per respond(): a new connection for every call)."""
    arrive(bot, manifest)
    event = {"type": "app_home_opened", "user": AGENT, "channel": "D0HOME", "tab": "home"}
    bot.sender.event(event, event_id="Ev0")
    command(bot, "/order", ORDER, key="warm")
    answered(bot)
    bot.slack.wait_for("views.publish")
    opened = bot.slack.connections
    for i in range(1, 6):
        bot.sender.event(event, event_id=f"Ev{i}")
        bot.slack.wait_for("views.publish", i + 1)
        time.sleep(0.05)  # the fake Slack counts the call before the bot has its answer
        command(bot, "/order", ORDER, key=f"c{i}")
        answered(bot, i + 1)
        time.sleep(0.05)
    assert len(bot.slack.calls_to("views.publish")) == 6 and len(bot.slack.responses) == 6
    # Ten calls, which opened ten connections before.  A call made while the last one's
    # answer is still on its way opens a second connection, which is then kept too.
    assert bot.slack.connections - opened <= 2
