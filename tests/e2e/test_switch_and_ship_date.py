"""Edit's "switch the reply", a late order's new ship date, and No response needed,
through signed Slack requests to the running bot and the fake Slack Web API."""

from __future__ import annotations

import json
import time

from bot.domain import MessageState
from bot.slack.ids import ActionId, BlockId
from bot.testing.slack_requests import block_action, keystroke, view_payload
from tests.e2e.slack_harness import AGENT, CHANNEL, STRANGER, Bot, wait_until


def arrive(bot: Bot, manifest, file: str) -> int:
    mail = next(m for m in manifest.mails if m.file == file)
    assert bot.deliver_mail(mail.raw).status_code == 204
    bot.draft_and_post()
    with bot.services.uow_factory() as uow:
        rows = uow.messages.open_by_deadline({MessageState.CARDED}, limit=50)
        return max(row.id for row in rows)


def card(bot: Bot, pk: int) -> dict:
    return bot.card_of(pk)


def buttons(message: dict) -> list[dict]:
    return [e for b in message["blocks"] if b["type"] == "actions" for e in b["elements"]]


def block(view: dict, block_id: str) -> dict:
    return next(b for b in view["blocks"] if b.get("block_id") == block_id)


def reply_box(view: dict) -> dict:
    return next(b for b in view["blocks"] if str(b.get("block_id", "")).startswith("reply"))


def pick(view: dict, scenario: str, user: str = AGENT) -> dict:
    """The agent picks ``scenario`` in the Edit modal's select."""
    payload = view_payload("block_actions", view, user=user)
    payload["container"] = {"type": "view", "view_id": view["id"]}
    payload["actions"] = [
        {
            "type": "static_select",
            "action_id": ActionId.SCENARIO,
            "block_id": BlockId.SCENARIO,
            "selected_option": {
                "text": {"type": "plain_text", "text": scenario},
                "value": scenario,
            },
            "action_ts": f"{time.time():.6f}",
        }
    ]
    return payload


def open_edit(bot: Bot, pk: int) -> dict:
    ts = card(bot, pk)["ts"]
    bot.sender.interactive(block_action(ActionId.EDIT, str(pk), user=AGENT, ts=ts,
                                        trigger_id="t-edit"))  # fmt: skip
    bot.slack.wait_for("views.update")
    return bot.slack.views[bot.slack.calls_to("views.update")[-1].args["view_id"]]


def test_switching_the_template_rerenders_with_the_same_facts_and_checks_it_live(bot, manifest):
    pk = arrive(bot, manifest, "01_en_us_in_transit.eml")
    view = open_edit(bot, pk)
    select = block(view, BlockId.SCENARIO)["accessory"]
    assert select["initial_option"]["value"] == "in_transit"
    assert "delayed" in [o["value"] for o in select["options"]]
    before = reply_box(view)["element"]["initial_value"]

    updates = len(bot.slack.calls_to("views.update"))
    assert bot.sender.interactive(pick(view, "delayed")).status_code == 200
    bot.slack.wait_for("views.update", updates + 1)
    switched = bot.slack.views[view["id"]]
    box = reply_box(switched)
    assert box["block_id"] == "reply.1"  # a new box: Slack shows the new text
    text = box["element"]["initial_value"]
    assert text != before and "113-4021576-1000001" in text
    assert "Passes" in json.dumps(block(switched, f"findings:{_key(switched)}"))
    assert block(switched, BlockId.SCENARIO)["accessory"]["initial_option"]["value"] == "delayed"

    # Typing in the new box is checked live, as before the switch.
    bad = text + " Visit brightwater-home.com for more."
    assert bot.sender.interactive(keystroke(switched, bad, user=AGENT)).status_code == 200
    bot.slack.wait_for("views.update", updates + 2)
    assert "brightwater-home.com" in json.dumps(bot.slack.views[view["id"]]["blocks"])

    # Sent from the switched box, the reply records the scenario it came from.
    values = {"reply.1": {ActionId.REPLY_TEXT: {"type": "plain_text_input", "value": text}}}
    sent = bot.sender.interactive(
        view_payload("view_submission", bot.slack.views[view["id"]], user=AGENT, values=values)
    )
    assert sent.status_code == 200 and not sent.content
    wait_until(lambda: bot.mails(), what="the reply")
    assert "113-4021576-1000001" in bot.mails()[0].get_content()
    with bot.services.uow_factory() as uow:
        assert uow.drafts.latest(pk).scenario == "delayed"


def _key(view: dict) -> str:
    found = next(b["block_id"] for b in view["blocks"] if str(b.get("block_id", "")).startswith(
        "findings:"))  # fmt: skip
    return found.partition(":")[2]


def test_a_late_order_asks_the_agent_for_the_ship_date_and_never_invents_one(bot, manifest):
    pk = arrive(bot, manifest, "10_fr_not_shipped_late.eml")
    message = card(bot, pk)
    first = buttons(message)[0]
    assert first["action_id"] == ActionId.SHIP_DATE and first["text"]["text"] == (
        "Enter the new ship date"
    )
    assert ActionId.APPROVE not in [b["action_id"] for b in buttons(message)]

    bot.sender.interactive(block_action(ActionId.SHIP_DATE, str(pk), user=AGENT,
                                        ts=message["ts"], trigger_id="t-date"))  # fmt: skip
    opened = bot.slack.wait_for("views.open")[-1]
    view = bot.slack.views[opened.response["view"]["id"]]
    picker = block(view, BlockId.SHIP_DATE)["element"]
    assert picker["type"] == "datepicker"

    def submit(day: str, user: str = AGENT):
        values = {BlockId.SHIP_DATE: {ActionId.SHIP_DATE_PICK: {"type": "datepicker",
                                                                "selected_date": day}}}  # fmt: skip
        return bot.sender.interactive(view_payload("view_submission", view, user=user,
                                                   values=values))  # fmt: skip

    past = submit("2026-10-01")
    assert past.json()["response_action"] == "errors"
    assert "has passed" in past.json()["errors"][BlockId.SHIP_DATE]
    for wrong, reason in [("9999-12-31", "more than 60 days"), ("2100-01-01", "more than 60 days"),
                          ("2026-W50", "calendar date")]:  # fmt: skip
        refused = submit(wrong).json()
        assert refused["response_action"] == "errors"
        assert reason in refused["errors"][BlockId.SHIP_DATE]

    assert submit("2026-11-06").status_code == 200
    wait_until(lambda: any(b["action_id"] == ActionId.APPROVE for b in buttons(card(bot, pk))),
               what="the card offers the reply")  # fmt: skip
    shown = json.dumps(card(bot, pk)["blocks"], ensure_ascii=False)
    assert "6" in shown and "novembre" in shown  # the agent's date, in French
    with bot.services.uow_factory() as uow:
        draft = uow.drafts.latest(pk)
        assert draft.created_by == AGENT and "novembre" in draft.text


def test_no_response_needed_from_the_old_link_button_is_recorded_too(bot, manifest):
    pk = arrive(bot, manifest, "01_en_us_in_transit.eml")
    ts = card(bot, pk)["ts"]
    refused = bot.sender.interactive(
        block_action(ActionId.NO_RESPONSE_LINK, str(pk), user=STRANGER, ts=ts, channel=CHANNEL)
    )
    assert refused.status_code == 200
    bot.slack.wait_for("chat.postEphemeral")
    assert bot.message_state(pk) is MessageState.CARDED
    bot.sender.interactive(
        block_action(ActionId.NO_RESPONSE_LINK, str(pk), user=AGENT, ts=ts, channel=CHANNEL)
    )
    wait_until(lambda: bot.message_state(pk) is MessageState.NO_RESPONSE, what="recorded")


def test_a_damaged_items_card_switches_the_reply_to_the_agents_choice(bot, manifest):
    pk = arrive(bot, manifest, "21_en_us_damaged.eml")
    message = card(bot, pk)
    choice = {b["text"]["text"]: b for b in buttons(message) if b["action_id"].startswith(
        ActionId.CHOOSE_REPLY)}  # fmt: skip
    assert set(choice) == {"Replacement", "Refund", "Return"}

    bot.sender.interactive(block_action(choice["Refund"]["action_id"], str(pk), user=AGENT,
                                        ts=message["ts"]))  # fmt: skip
    wait_until(lambda: "✓ Refund" in json.dumps(card(bot, pk)["blocks"], ensure_ascii=False),
               what="the card redrawn with the choice")  # fmt: skip
    redrawn = card(bot, pk)
    send = next(b for b in buttons(redrawn) if b["action_id"] == ActionId.APPROVE)
    assert send["text"]["text"] == "Refunded in Seller Central: send confirmation"
    assert "refunded your order in full" in json.dumps(redrawn["blocks"])
    with bot.services.uow_factory() as uow:
        draft = uow.drafts.latest(pk)
        assert draft.scenario == "damaged_refund" and draft.created_by == AGENT
