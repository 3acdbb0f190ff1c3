"""A cancellation before shipping, end to end: the card's send button names the agent's
action ("Cancelled in Seller Central: send confirmation") and asks first; the reply goes
as it is or as the agent edits it, through signed Slack requests, the running bot, the
outbox and the SMTP sink."""

from __future__ import annotations

import json

from bot.domain import DecisionKind, MessageState
from bot.slack.ids import ActionId
from bot.testing.slack_requests import block_action
from tests.e2e.slack_harness import AGENT, Bot, wait_until
from tests.e2e.test_slack_edit_reject import open_edit, reply_block, submit
from tests.e2e.test_switch_and_ship_date import arrive, buttons

FILE = "19_en_us_cancel_unshipped.eml"
ACTION = "Cancelled in Seller Central: send confirmation"


def send_button(bot: Bot, pk: int) -> dict:
    return next(b for b in buttons(bot.card_of(pk)) if b["action_id"] == ActionId.APPROVE)


def sent_text(bot: Bot) -> str:
    wait_until(lambda: bot.mails(), what="the reply mail")
    [mail] = bot.mails()
    return mail.get_content()


def test_the_card_names_the_cancellation_and_asks_before_the_confirmation_goes(bot, manifest):
    pk = arrive(bot, manifest, FILE)
    button = send_button(bot, pk)
    assert button["text"]["text"] == ACTION and button["style"] == "primary"
    assert button["confirm"]["title"]["text"] == "Done in Seller Central?"
    assert ACTION in button["confirm"]["text"]["text"]
    draft = bot.card_of(pk)
    assert "cancel" in json.dumps(draft["blocks"]).lower()

    bot.sender.interactive(block_action(ActionId.APPROVE, str(pk), user=AGENT,
                                        ts=bot.card_of(pk)["ts"]))  # fmt: skip
    text = sent_text(bot)
    assert "113-4021576" in text and "cancel" in text.lower()
    wait_until(lambda: bot.message_state(pk) is MessageState.ANSWERED, what="answered")
    with bot.services.uow_factory() as uow:
        decision = uow.decisions.for_message(pk)[-1]
        assert decision.kind is DecisionKind.APPROVE and decision.actor == AGENT


def test_an_edited_cancellation_confirmation_is_sent_as_the_agent_wrote_it(bot, manifest):
    pk = arrive(bot, manifest, FILE)
    view = open_edit(bot, pk)
    draft = reply_block(view)["element"]["initial_value"]
    assert "113-4021576" in draft
    edited = draft.replace("Kind regards", "Thank you for shopping with us. Kind regards")
    assert edited != draft
    assert submit(bot, view, edited).status_code == 200
    text = sent_text(bot)
    assert "Thank you for shopping with us." in text and "113-4021576" in text
    wait_until(lambda: bot.message_state(pk) is MessageState.ANSWERED, what="answered")
    with bot.services.uow_factory() as uow:
        latest = uow.drafts.latest(pk)
        assert latest.created_by == AGENT and latest.scenario == "cancel_unshipped"
        assert uow.decisions.for_message(pk)[-1].kind is DecisionKind.EDIT
    # the card says who sent it; no send button is left
    wait_until(lambda: not any(b["action_id"] == ActionId.APPROVE
                               for b in buttons(bot.card_of(pk))), what="card redrawn")  # fmt: skip
