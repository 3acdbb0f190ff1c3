"""An A-to-z claim gets a card with its deadline and evidence, and pings the managers.

Through the running bot, the fake Slack, the fake SP-API and carriers: the buyer wrote
about an order and got a reply; then Amazon's A-to-z claim mail for that order arrives
through the mail webhook.  Its card shows the deadline the mail states, the order, the
parcel's tracking and the conversation with the buyer; "Copy evidence" gives it as plain
text; the very first SLA threshold pings the managers.
"""

from __future__ import annotations

import json
from datetime import timedelta
from email.utils import format_datetime

import pytest

from bot.domain import MessageState
from bot.jobs.sla import SweepConfig, sweep
from bot.services.escalations import thresholds_from
from bot.slack.writer import Pacer, SlackWriter
from bot.testing.slack_requests import block_action
from tests.e2e.slack_harness import AGENT, CHANNEL, Bot, running_bot, wait_until
from tests.e2e.test_slack_approve import approve, arrive

MANAGER = "U0MANAGER"


@pytest.fixture
def bot(world, engine, slack, smtp):
    with running_bot(world, engine, slack, smtp, managers=(MANAGER,)) as running:
        yield running


def claim_mail(order_id: str, sent) -> bytes:
    return (
        'From: "Amazon A-to-z Guarantee" <atoz-guarantee-no-reply@amazon.com>\r\n'
        "To: support@brightwater-home.example\r\n"
        f"Subject: A-to-z Guarantee Claim Notification for Order {order_id}\r\n"
        f"Date: {format_datetime(sent)}\r\n"
        "Message-ID: <atoz-e2e-1@amazon.com>\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "\r\n"
        f"A buyer has filed an A-to-z Guarantee claim for order {order_id}.\r\n"
        "Claim ID: 9876543210\r\n"
        "Claim reason: Item not received\r\n"
        "\r\n"
        "Please respond within 72 hours in Seller Central.\r\n"
    ).encode()


def _claim_pk(bot: Bot) -> int:
    with bot.services.uow_factory() as uow:
        rows = uow.messages.open_by_deadline({MessageState.CARDED}, limit=50)
        [row] = [r for r in rows if r.case_id == "9876543210"]
        return row.id


def test_an_a_to_z_claim_gets_a_card_with_evidence_and_pings_the_managers(bot, manifest):
    buyer_pk = arrive(bot, manifest)
    assert approve(bot, buyer_pk).status_code == 200
    wait_until(lambda: bot.message_state(buyer_pk) is MessageState.ANSWERED, what="answered")
    with bot.services.uow_factory() as uow:
        buyer = uow.messages.get(buyer_pk)
        assert buyer is not None and buyer.order_id
        order_id, buyer_text = buyer.order_id, buyer.body or ""
    now = bot.services.clock()
    sent = now.replace(microsecond=0)

    assert bot.deliver_mail(claim_mail(order_id, sent)).status_code == 204
    bot.draft_and_post()

    pk = _claim_pk(bot)
    with bot.services.uow_factory() as uow:
        row = uow.messages.get(pk)
        assert row is not None and row.due_at == sent + timedelta(hours=72)
        assert uow.drafts.latest(pk) is None  # never a reply to send
    card = bot.card_of(pk)
    text = json.dumps(card["blocks"], ensure_ascii=False)
    assert "A-to-z Guarantee claim" in text and "9876543210" in text
    assert "Seller Central" in text and "Evidence" in text
    assert order_id in text
    assert "Conversation with the buyer" in text and buyer_text.split()[0] in text
    buttons = {
        e["action_id"] for b in card["blocks"] if b["type"] == "actions" for e in b["elements"]
    }
    assert buttons == {"wismo.copy_evidence", "wismo.mark_answered"}

    # Copy evidence: plain text, privately.
    response = bot.sender.interactive(
        block_action("wismo.copy_evidence", str(pk), user=AGENT, ts=card["ts"], channel=CHANNEL)
    )
    assert response.status_code == 200
    [note] = wait_until(lambda: bot.slack.calls_to("chat.postEphemeral"), what="evidence")
    evidence = note.args["text"]
    assert note.args["user"] == AGENT
    assert f"A-to-z Guarantee claim on order {order_id}" in evidence
    assert "Claim/case id: 9876543210" in evidence and "TRACKING" in evidence
    assert "CORRESPONDENCE WITH THE BUYER" in evidence and "Seller:" in evidence
    assert "*Evidence*" not in evidence  # plain text, not mrkdwn

    # Nothing before the first threshold; at 12 h left the managers are pinged at once.
    writer = SlackWriter(bot.bg_client(), pacer=Pacer(0.0))
    config = SweepConfig(
        thresholds=thresholds_from([timedelta(hours=h) for h in (12, 4, 1, 0)]),
        channel=CHANNEL,
        managers=(MANAGER,),
    )
    before = len(bot.slack.calls_to("chat.postMessage"))
    sweep(bot.services.uow_factory, writer, now=sent + timedelta(hours=59), config=config)
    pings = [c for c in bot.slack.calls_to("chat.postMessage")[before:] if c.args.get("thread_ts")]
    assert not [p for p in pings if p.args["thread_ts"] == card["ts"]]
    sweep(
        bot.services.uow_factory, writer, now=sent + timedelta(hours=60, minutes=1), config=config
    )
    pings = [
        c.args
        for c in bot.slack.calls_to("chat.postMessage")[before:]
        if c.args.get("thread_ts") == card["ts"]
    ]
    assert len(pings) == 1 and f"<@{MANAGER}>" in pings[0]["text"]

    # Responded in Seller Central: the clock stops.
    response = bot.sender.interactive(
        block_action("wismo.mark_answered", str(pk), user=AGENT, ts=card["ts"], channel=CHANNEL)
    )
    assert response.status_code == 200
    wait_until(lambda: bot.message_state(pk) is MessageState.ANSWERED, what="claim answered")
