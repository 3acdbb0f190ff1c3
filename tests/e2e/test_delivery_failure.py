"""Amazon did not deliver our reply: the card is back in the queue, and is sent again once.

Through the running bot, the fake Slack and the SMTP sink: a reply is approved and sent;
Amazon's delivery-failure notice for it (naming our Message-ID in ``In-Reply-To``)
arrives through the mail webhook; the conversation is open again with its original
deadline and the reason on its card; "Edit and send again" sends exactly one mail,
however often the modal is submitted.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from bot.db.models import OPEN_STATES
from bot.domain import DecisionKind, MessageState
from bot.jobs.poster import post_due
from bot.services.pipeline import process_raw
from bot.slack.writer import Pacer, SlackWriter
from bot.testing.slack_requests import block_action, view_payload
from tests.e2e.slack_harness import AGENT, CHANNEL, OTHER_AGENT, Bot, running_bot, wait_until
from tests.e2e.test_forged_senders import AMAZON_PASS, ORDER, RECEIVED, TRUSTED, ours, relay_mail
from tests.e2e.test_forged_senders import arrive as arrive_checked
from tests.e2e.test_slack_approve import approve, arrive


def failure_notice(in_reply_to: str, order_id: str, *, message_id: str = "<dsn-1@amazon.com>"):
    return (
        'From: "Amazon Marketplace" <donotreply@amazon.com>\r\n'
        "To: support@brightwater-home.example\r\n"
        f"Subject: Delivery Failure: your message could not be delivered (Order: {order_id})\r\n"
        "Date: Sun, 06 Dec 2026 00:00:00 +0000\r\n"
        f"Message-ID: {message_id}\r\n"
        f"In-Reply-To: {in_reply_to}\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "\r\n"
        f"We were unable to deliver the message you sent to the buyer of order {order_id}.\r\n"
        "\r\n"
        "Reason: the e-mail address you sent it from is not authorized for your account.\r\n"
        "\r\n"
    ).encode()


def _post(bot: Bot) -> None:
    post_due(bot.services, SlackWriter(bot.bg_client(), pacer=Pacer(0.0)), now=bot.services.clock())


def _buttons(card: dict) -> set[str]:
    return {
        element["action_id"]
        for block in card["blocks"]
        if block["type"] == "actions"
        for element in block["elements"]
    }


def _open_send_again(bot: Bot, pk: int) -> dict:
    card = bot.card_of(pk)
    response = bot.sender.interactive(
        block_action(
            "wismo.send_again",
            str(pk),
            user=AGENT,
            ts=card["ts"],
            channel=CHANNEL,
            trigger_id="t-again",
        )
    )
    assert response.status_code == 200
    bot.slack.wait_for("views.open")
    filled = bot.slack.wait_for("views.update")[-1]
    return bot.slack.views[filled.args["view_id"]]


def _submit(bot: Bot, view: dict, text: str, user: str = AGENT):
    values = {"reply": {"wismo.reply_text": {"type": "plain_text_input", "value": text}}}
    return bot.sender.interactive(view_payload("view_submission", view, user=user, values=values))


def test_a_reply_amazon_did_not_deliver_reopens_and_is_sent_again_once(bot, manifest):
    pk = arrive(bot, manifest)
    with bot.services.uow_factory() as uow:
        row = uow.messages.get(pk)
        assert row is not None
        due_at, order_id = row.due_at, row.order_id
    assert approve(bot, pk).status_code == 200
    wait_until(lambda: bot.message_state(pk) is MessageState.ANSWERED, what="answered")
    [first] = bot.mails()
    sent_id = str(first["Message-ID"]).strip()
    assert sent_id and order_id

    notice = failure_notice(sent_id, order_id)
    assert bot.deliver_mail(notice).status_code == 204
    _post(bot)

    # Open again, with the original deadline, in the queue, and the card says why.
    assert bot.message_state(pk) is MessageState.FAILED
    with bot.services.uow_factory() as uow:
        row = uow.messages.get(pk)
        assert row is not None and row.due_at == due_at and row.answered_at is None
        queue = uow.messages.open_by_deadline(set(OPEN_STATES), limit=50)
        assert pk in [r.id for r in queue]
        [notice_row] = [
            r for r in uow.messages.by_order(order_id) if r.state is MessageState.SYSTEM
        ]
        assert notice_row.slack_ts is None  # no separate notice card: the card says it
    card = bot.card_of(pk)
    text = json.dumps(card["blocks"])
    assert "Amazon did not deliver our reply" in text and "not approved" in text
    assert "wismo.send_again" in _buttons(card)

    # The same notice delivered again (the inbox, this time) changes nothing.
    process_raw(bot.services, notice, arrived_at=bot.services.clock())
    assert bot.message_state(pk) is MessageState.FAILED

    view = _open_send_again(bot, pk)
    assert view["callback_id"] == "wismo.send_again_reply"
    draft = next(b for b in view["blocks"] if b.get("block_id") == "reply")
    assert "initial_value" in draft["element"]
    fixed = draft["element"]["initial_value"] + " Thank you for your patience."
    accepted = _submit(bot, view, fixed)
    assert accepted.status_code == 200 and accepted.text == ""
    wait_until(lambda: len(bot.mails()) == 2, what="second mail")
    wait_until(lambda: bot.message_state(pk) is MessageState.ANSWERED, what="answered again")

    # A second submission (a double click, another agent) sends nothing more.
    _submit(bot, view, fixed, user=OTHER_AGENT)
    wait_until(lambda: bot.slack.calls_to("chat.postEphemeral"), what="a note")
    mails = bot.mails()
    assert len(mails) == 2
    again = mails[1]
    assert "Thank you for your patience." in again.get_content()
    again_id = str(again["Message-ID"]).strip()
    assert again_id != sent_id and again["To"] == first["To"]
    with bot.services.uow_factory() as uow:
        decisions = uow.decisions.for_message(pk)
        failure = uow.delivery_failures.latest_for(pk)
        outbox = uow.outbox.for_message(pk)
    assert decisions[-1].kind is DecisionKind.RESEND and decisions[-1].outcome == "queued again"
    assert failure is not None and failure.mail_message_id == sent_id
    assert failure.reason == "sender_not_approved" and failure.matched_by == "references"
    assert outbox is not None and outbox.mail_message_id == again_id


def test_a_failure_notice_that_matches_no_reply_stays_a_notice_card(bot, manifest):
    pk = arrive(bot, manifest)
    assert bot.deliver_mail(failure_notice("<unknown@example>", "999-0000000-0000000")).status_code
    _post(bot)
    assert bot.message_state(pk) is MessageState.CARDED
    notices = [
        c for c in bot.slack.calls_to("chat.postMessage") if "999-0000000-0000000" in str(c.args)
    ]
    assert len(notices) == 1


AMAZON_NOTICE_PASS = ours(
    "dkim=pass header.d=amazon.com header.s=eaxkvsyelrnxjh4cicqyjjmtjpetuwjx",
    "spf=pass smtp.mailfrom=0100018c3b@bounces.amazon.com",
    "dmarc=pass (p=quarantine dis=none) header.from=amazon.com",
)


@pytest.fixture
def checked_bot(world, engine, slack, smtp) -> Iterator[Bot]:
    with running_bot(world, engine, slack, smtp, authserv_ids=(TRUSTED,)) as running:
        yield running


def test_only_a_notice_amazon_really_sent_reopens_an_answered_conversation(checked_bot, manifest):
    bot = checked_bot
    pk = arrive_checked(bot, relay_mail(manifest, key="df-genuine", top=AMAZON_PASS + RECEIVED))
    assert approve(bot, pk).status_code == 200
    wait_until(lambda: bot.message_state(pk) is MessageState.ANSWERED, what="answered")
    wait_until(lambda: "wismo.approve" not in json.dumps(bot.card_of(pk)), what="card redrawn")
    answered_card = bot.card_of(pk)["blocks"]
    [first] = bot.mails()
    sent_id = str(first["Message-ID"]).strip()

    # Without Authentication-Results, naming our reply's real Message-ID: anybody can.
    forged = failure_notice(sent_id, ORDER, message_id="<dsn-forged@amazon.com>")
    assert bot.deliver_mail(forged).status_code == 204
    _post(bot)
    assert bot.message_state(pk) is MessageState.ANSWERED
    assert bot.card_of(pk)["blocks"] == answered_card  # no "Not sent", no Send again
    with bot.services.uow_factory() as uow:
        assert uow.delivery_failures.latest_for(pk) is None
        [notice] = [r for r in uow.messages.by_order(ORDER) if r.state is MessageState.SYSTEM]
        notice_pk = notice.id
    shown = json.dumps(bot.card_of(notice_pk)["blocks"])  # shown as a notice, marked
    assert "Notice not verified" in shown and "wismo.send_again" not in shown

    # The same notice as Amazon's mail server really hands it over reopens it.
    genuine = AMAZON_NOTICE_PASS.encode() + failure_notice(
        sent_id, ORDER, message_id="<dsn-genuine@amazon.com>"
    )
    assert bot.deliver_mail(genuine).status_code == 204
    _post(bot)
    assert bot.message_state(pk) is MessageState.FAILED
    card = bot.card_of(pk)
    assert "Amazon did not deliver our reply" in json.dumps(card["blocks"])
    assert "wismo.send_again" in _buttons(card)
    with bot.services.uow_factory() as uow:
        failure = uow.delivery_failures.latest_for(pk)
    assert failure is not None and failure.matched_by == "references"
    assert failure.notice_pk != notice_pk
    assert len(bot.mails()) == 1  # nothing was sent again by itself
