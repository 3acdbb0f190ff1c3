"""The card of a conversation: its history, No response needed, the agent's next step."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from bot.domain import AuthOutcome, Draft, Exchange, Intent, SenderCheck
from bot.slack import blocks
from bot.slack.ids import ActionId, BlockId
from compliance import check
from tests.slack.test_blocks import NOW, action_ids, all_text, assert_valid_message, conversation


def buttons(payload) -> list[dict]:
    return [e for b in payload["blocks"] if b["type"] == "actions" for e in b["elements"]]


def history(n: int) -> tuple[Exchange, ...]:
    """``n`` earlier steps, newest first: buyer messages and our replies taking turns."""
    return tuple(
        Exchange(
            at=NOW - timedelta(hours=3 + i),
            by_buyer=i % 2 == 1,
            text=f"step {n - i}",
            actor=None if i % 2 else "U0AGENT",
        )
        for i in range(n)
    )


def test_the_card_shows_earlier_messages_and_replies_newest_first_folded_after_three():
    payload = blocks.card(conversation(history=history(5)), now=NOW)
    assert_valid_message(payload)
    text = all_text(payload)
    assert "Earlier in this conversation* (5)" in text
    shown = [f"step {k}" for k in (5, 4, 3)]
    positions = [text.index(s) for s in shown]
    assert positions == sorted(positions)  # newest first
    assert "step 2" not in text and "step 1" not in text
    assert "and 2 earlier, folded" in text
    assert "Our reply* by <@U0AGENT>" in text and ":bust_in_silhouette: *Buyer*" in text


def test_a_short_history_is_not_folded_and_a_lone_message_has_none():
    assert "folded" not in all_text(blocks.card(conversation(history=history(3)), now=NOW))
    assert "Earlier in this conversation" not in all_text(blocks.card(conversation(), now=NOW))


def test_no_response_decided_earlier_is_shown_with_who():
    done = Exchange(at=NOW, by_buyer=False, text="", actor="U0AGENT", no_response=True)
    text = all_text(blocks.card(conversation(history=(done,)), now=NOW))
    assert "No response needed*, decided by <@U0AGENT>" in text


def test_thanks_offers_no_response_needed_first_with_amazons_page_and_the_click_recorded():
    url = "https://sellercentral.amazon.de/messaging/reply?noResponseNeeded=1"
    conv = conversation(draft_text="", no_response_url=url)
    conv = replace(conv, message=replace(conv.message, intent=Intent.THANKS))
    payload = blocks.card(conv, now=NOW)
    assert_valid_message(payload)
    first = buttons(payload)[0]
    assert first["action_id"] == ActionId.NO_RESPONSE  # the click reaches the bot...
    assert first["url"] == url  # ...and the browser opens Amazon's page
    assert first["style"] == "primary" and first["value"] == "42"
    assert ActionId.APPROVE not in action_ids(payload)


def test_no_response_needed_is_offered_last_and_plain_for_other_intents():
    payload = blocks.card(conversation(), now=NOW)
    last = buttons(payload)[-1]
    assert last["action_id"] == ActionId.NO_RESPONSE and "style" not in last and "url" not in last


def test_an_action_first_scenario_names_the_action_on_the_send_button_and_asks_first():
    text = "Hello Anna, as you asked, order 028-1234567-8901234 is cancelled."
    draft = Draft(text=text, version=1, scenario="cancel_unshipped", language="en",
                  report=check(text), next_step="agent_action_then_reply",
                  action="Cancelled in Seller Central: send confirmation")  # fmt: skip
    payload = blocks.card(conversation(draft=draft), now=NOW)
    approve = next(b for b in buttons(payload) if b["action_id"] == ActionId.APPROVE)
    assert approve["text"]["text"] == "Cancelled in Seller Central: send confirmation"
    assert "confirm" in approve


def test_a_late_order_asks_for_the_ship_date_before_any_reply():
    draft = Draft(text="", version=1, scenario="not_shipped_late", language="en",
                  report=check(""), next_step="agent_action_then_reply",
                  action="Enter the new ship date", waits_for="new_ship_date")  # fmt: skip
    payload = blocks.card(conversation(draft=draft), now=NOW)
    first = buttons(payload)[0]
    assert first["action_id"] == ActionId.SHIP_DATE and first["style"] == "primary"
    assert first["text"]["text"] == "Enter the new ship date"
    assert ActionId.APPROVE not in action_ids(payload)


def test_the_ship_date_modal_starts_at_today_and_says_the_date_goes_to_the_buyer():
    view = blocks.ship_date_modal(42, earliest="2026-12-05", ship_by="01 Dec 2026")
    picker = next(b for b in view["blocks"] if b.get("block_id") == BlockId.SHIP_DATE)
    assert picker["element"]["type"] == "datepicker"
    assert picker["element"]["initial_date"] == "2026-12-05"
    assert "01 Dec 2026" in all_text(view)


def test_the_edit_modal_offers_the_scenarios_and_a_switch_renames_the_reply_box():
    conv = conversation()
    options = [("in_transit", "In transit"), ("delayed", "Delayed")]
    first = blocks.edit_modal(conv, "text", check("text"), options=options)
    select = next(b for b in first["blocks"] if b.get("block_id") == BlockId.SCENARIO)
    assert select["accessory"]["initial_option"]["value"] == "in_transit"
    assert blocks.reply_block_id(first) == BlockId.REPLY
    switched = blocks.edit_modal(conv, "other", check("other"), options=options,
                                 picked="delayed", generation=1)  # fmt: skip
    # A new block id: Slack would otherwise keep the old text over the new initial_value.
    assert blocks.reply_block_id(switched) == "reply.1"
    box = next(b for b in switched["blocks"] if b.get("block_id") == "reply.1")
    assert box["element"]["initial_value"] == "other"
    select = next(b for b in switched["blocks"] if b.get("block_id") == BlockId.SCENARIO)
    assert select["accessory"]["initial_option"]["value"] == "delayed"


def test_the_follow_up_note_quotes_the_new_message_escaped():
    conv = conversation(body="Still nothing <!channel>??")
    note = blocks.follow_up_note(conv)
    text = all_text(note)
    assert "The buyer wrote again" in text and "&lt;!channel&gt;" in text
    assert_valid_message(note)


def test_the_follow_up_note_of_an_unverified_mail_says_so_and_not_that_the_buyer_wrote():
    check = SenderCheck(AuthOutcome.MISSING, problems=("no DMARC pass for the relay domain",))
    note = blocks.follow_up_note(replace(conversation(body="cancel it"), sender=check))
    text = all_text(note)
    assert "Sender not verified" in text and "The buyer wrote again" not in text
    assert "not verified" in note["text"] and "cancel it" in text
    assert_valid_message(note)


def choice_draft(scenario: str, choices: tuple[str, ...], action: str | None = None) -> Draft:
    text = "Hello Anna, we are very sorry. Order 028-1234567-8901234."
    return Draft(text=text, version=1, scenario=scenario, language="en", report=check(text),
                 next_step="agent_action_then_reply" if action else "send_reply",
                 action=action, choices=choices)  # fmt: skip


def test_a_damaged_item_offers_replacement_refund_and_return_as_buttons():
    choices = ("damaged_replacement", "damaged_refund", "damaged_return")
    payload = blocks.card(conversation(draft=choice_draft("damaged_or_wrong", choices)), now=NOW)
    assert_valid_message(payload)
    row = next(b for b in payload["blocks"] if b.get("block_id") == "choose-42")
    assert [e["text"]["text"] for e in row["elements"]] == ["Replacement", "Refund", "Return"]
    assert [e["action_id"] for e in row["elements"]] == [
        "wismo.choose.damaged_replacement",
        "wismo.choose.damaged_refund",
        "wismo.choose.damaged_return",
    ]
    assert {e["value"] for e in row["elements"]} == {"42"}
    assert all("style" not in e for e in row["elements"])  # none chosen yet
    assert "Your choice" in all_text(payload)


def test_a_lost_parcel_marks_the_choice_the_reply_says_now():
    draft = choice_draft("lost_reship", ("lost_reship", "lost_refund"),
                         action="Reshipped: send confirmation")  # fmt: skip
    payload = blocks.card(conversation(draft=draft), now=NOW)
    assert_valid_message(payload)
    row = next(b for b in payload["blocks"] if b.get("block_id") == "choose-42")
    reship, refund = row["elements"]
    assert reship["text"]["text"] == "✓ Reship" and reship["style"] == "primary"
    assert refund["text"]["text"] == "Refund" and "style" not in refund
    # the send button still names the action of the reply shown
    assert any(b["text"]["text"] == "Reshipped: send confirmation" for b in buttons(payload))


def test_no_choice_buttons_for_other_replies_or_an_unverified_sender():
    assert not any(
        b.get("block_id", "").startswith("choose-")
        for b in blocks.card(conversation(), now=NOW)["blocks"]
    )
    draft = choice_draft("damaged_or_wrong", ("damaged_refund",))
    unverified = SenderCheck(AuthOutcome.MISSING, problems=("no DMARC pass for the relay domain",))
    conv = replace(conversation(draft=draft), sender=unverified)
    assert not any(
        b.get("block_id", "").startswith("choose-") for b in blocks.card(conv, now=NOW)["blocks"]
    )
