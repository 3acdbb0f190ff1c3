"""One conversation on a controlled clock, end to end.

A buyer writes at 09:00; our reply goes at 10:00; the buyer's follow-up at 15:00 lands in
the same card's thread, reopens the card and its deadline is 15:00 the next day; a
"thanks" at 16:00 closed with *No response needed* gets no ping, ever.  Mail through the
signed webhook, clicks as signed Slack requests to the running bot, the fake Slack Web
API, a real SMTP server, the real database (SQLite and PostgreSQL), the real SLA sweep.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from bot.domain import DecisionKind, MessageState, RejectReason
from bot.jobs.sla import SweepConfig, sweep
from bot.slack.ids import ActionId
from bot.slack.writer import Pacer, SlackWriter
from bot.testing.manual_clock import ManualClock
from bot.testing.slack_requests import block_action
from tests.e2e.slack_harness import AGENT, CHANNEL, Bot, running_bot, wait_until

ORDER = "113-4021576-1000001"  # the demo's first order: shipped with UPS, in transit
ALIAS = "demo01cherx7q2w9@marketplace.amazon.com"  # its buyer's relay alias
OTHER_ALIAS = "demo99zzzz1111@marketplace.amazon.com"  # somebody else, for the control


def mail(key: str, sent_at: datetime, text: str, *, alias: str = ALIAS) -> bytes:
    """A relay mail from the buyer (Amazon's plain-text layout)."""
    msg = EmailMessage()
    msg["From"] = f"Cherri - Amazon Marketplace <{alias}>"
    msg["To"] = "support@brightwater-home.example"
    msg["Subject"] = f"Message from Amazon customer Cherri (Order: {ORDER})"
    msg["Date"] = format_datetime(sent_at)
    msg["Message-ID"] = f"<{key}@email.amazonses.com>"
    msg.set_content(
        f"Order ID: {ORDER}\n\n------------- Begin message -------------\n\n{text}\n\nCherri\n\n"
        "------------- End message -------------\n"
    )
    return bytes(msg)


def arrive(bot: Bot, clock: ManualClock, key: str, text: str, **kw) -> int:
    """The mail reaches the webhook at the clock's time; the worker drafts and posts."""
    response = bot.deliver_mail(mail(key, clock(), text, **kw))
    assert response.status_code == 204, response.text
    bot.draft_and_post()
    with bot.services.uow_factory() as uow:
        row = uow.messages.by_message_id(f"<{key}@email.amazonses.com>")
        assert row is not None
        return row.id


def row(bot: Bot, pk: int):
    with bot.services.uow_factory() as uow:
        found = uow.messages.get(pk)
        assert found is not None
        uow.session.expunge(found)
        return found


def card_text(bot: Bot, ts: str) -> str:
    return json.dumps(bot.slack.messages[(CHANNEL, ts)]["blocks"], ensure_ascii=False)


def buttons(bot: Bot, ts: str) -> list[dict]:
    blocks = bot.slack.messages[(CHANNEL, ts)]["blocks"]
    return [e for b in blocks if b["type"] == "actions" for e in b["elements"]]


def pings_on(bot: Bot, ts: str) -> list[str]:
    """Deadline pings posted in the thread of the card at ``ts``."""
    return [
        str(c.args.get("text"))
        for c in bot.slack.calls_to("chat.postMessage")
        if (c.args.get("thread_ts") == ts and "left to answer" in str(c.args.get("text")))
        or (c.args.get("thread_ts") == ts and "Deadline missed" in str(c.args.get("text")))
    ]


@pytest.fixture
def day(manifest) -> datetime:
    return manifest.now.replace(hour=0, minute=0, second=0, microsecond=0)


@pytest.fixture
def clock(day) -> ManualClock:
    return ManualClock(day + timedelta(hours=9))


@pytest.fixture
def bot(world, engine, slack, smtp, clock):
    with running_bot(world, engine, slack, smtp, clock=clock) as running:
        yield running


def test_a_follow_up_reopens_the_card_and_thanks_with_no_response_needed_closes_it(bot, clock, day):
    at = lambda hours: day + timedelta(hours=hours)  # noqa: E731 - hours of the day

    # 09:00: the buyer asks.
    first = arrive(bot, clock, "c-0900", "Hi, where is my package? It has not arrived.")
    ts = row(bot, first).slack_ts
    assert ts and row(bot, first).due_at == at(9 + 24)

    # 10:00: the agent approves the suggested reply; it goes to the buyer.
    clock.set(at(10))
    response = bot.sender.interactive(
        block_action(ActionId.APPROVE, str(first), user=AGENT, ts=ts, channel=CHANNEL)
    )
    assert response.status_code == 200
    wait_until(lambda: row(bot, first).state is MessageState.ANSWERED, what="reply sent")
    reply = wait_until(bot.mails, what="the reply mail")[0]
    assert reply["To"] == ALIAS

    # 15:00: the follow-up lands in the same card's thread and reopens it.
    clock.set(at(15))
    text = "The label was created three days ago, where is it?"
    second = arrive(bot, clock, "c-1500", text)
    again = row(bot, second)
    assert again.thread_pk == first
    assert (again.slack_channel, again.slack_ts) == (CHANNEL, ts)  # the same card
    assert again.state is MessageState.CARDED  # needs an answer again
    assert again.due_at == at(15 + 24)  # 15:00 the next day
    thread = [c for c in bot.slack.calls_to("chat.postMessage") if c.args.get("thread_ts") == ts]
    assert len(thread) == 1 and "three days ago" in str(thread[0].args["blocks"])
    assert (
        len([c for c in bot.slack.calls_to("chat.postMessage") if not c.args.get("thread_ts")]) == 1
    )
    shown = card_text(bot, ts)
    assert "three days ago" in shown and "Earlier in this conversation" in shown
    assert "Our reply" in shown and "where is my package" in shown
    sent_line = [line for line in reply.get_content().splitlines() if line.strip()][1]
    assert sent_line.strip()[:40] in shown  # our 10:00 reply, quoted
    assert any(b["action_id"] == ActionId.APPROVE and b["value"] == str(second)
               for b in buttons(bot, ts))  # fmt: skip

    # 16:00: "thanks"; No response needed is offered first and closes the conversation.
    clock.set(at(16))
    thanks = arrive(bot, clock, "c-1600", "Thanks, all arrived! Great service.")
    control = arrive(bot, clock, "c-other", "Where is my order?", alias=OTHER_ALIAS)
    assert row(bot, second).state is MessageState.SUPERSEDED
    first_button = buttons(bot, ts)[0]
    assert first_button["action_id"] == ActionId.NO_RESPONSE
    assert first_button["value"] == str(thanks) and first_button.get("style") == "primary"
    clock.set(at(16) + timedelta(minutes=2))
    response = bot.sender.interactive(
        block_action(ActionId.NO_RESPONSE, str(thanks), user=AGENT, ts=ts, channel=CHANNEL)
    )
    assert response.status_code == 200
    wait_until(lambda: row(bot, thanks).state is MessageState.NO_RESPONSE, what="closed")
    with bot.services.uow_factory() as uow:
        [decision] = uow.decisions.for_message(thanks)
        assert (decision.kind, decision.reason) == (
            DecisionKind.REJECT,
            RejectReason.NO_RESPONSE_NEEDED,
        )
        assert (decision.actor, decision.at) == (AGENT, at(16) + timedelta(minutes=2))
    wait_until(lambda: "No response needed*, decided by" in card_text(bot, ts), what="card")

    # Every half hour of the next two days: the control buyer is pinged at each
    # threshold, this conversation never.
    writer = SlackWriter(bot.bg_client(), pacer=Pacer(0.0))
    config = SweepConfig.from_settings(bot.services.settings)
    now = at(16)
    while now <= at(16 + 48):
        clock.set(now)
        sweep(bot.services.uow_factory, writer, now=now, config=config)
        now += timedelta(minutes=30)
    assert pings_on(bot, ts) == []
    control_ts = row(bot, control).slack_ts
    assert len(pings_on(bot, control_ts)) == 4  # 12 h, 4 h, 1 h left; missed
