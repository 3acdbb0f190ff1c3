"""Edit with the live policy check, Reject with a reason, and signed-request checks."""

from __future__ import annotations

import json

import pytest

from bot.domain import DecisionKind, MessageState, RejectReason
from bot.testing.slack_requests import block_action, keystroke, view_payload
from tests.e2e.slack_harness import (
    AGENT,
    CHANNEL,
    SECRET,
    STRANGER,
    Bot,
    wait_until,
)
from tests.e2e.test_slack_approve import arrive

SHOP_LINK = " You can also order from our shop at brightwater-home.com next time."


def open_edit(bot: Bot, pk: int, user: str = AGENT, trigger: str = "t-edit") -> dict:
    card = bot.card_of(pk)
    response = bot.sender.interactive(
        block_action("wismo.edit", str(pk), user=user, ts=card["ts"], trigger_id=trigger)
    )
    assert response.status_code == 200
    bot.slack.wait_for("views.open")
    filled = bot.slack.wait_for("views.update")[-1]
    return bot.slack.views[filled.args["view_id"]]


def reply_block(view: dict) -> dict:
    return next(b for b in view["blocks"] if b.get("block_id") == "reply")


def findings(view: dict) -> str:
    block = next(b for b in view["blocks"] if str(b.get("block_id", "")).startswith("findings"))
    return json.dumps(block)


def submit(bot: Bot, view: dict, text: str | None, user: str = AGENT):
    values = {"reply": {"wismo.reply_text": {"type": "plain_text_input", "value": text}}}
    return bot.sender.interactive(view_payload("view_submission", view, user=user, values=values))


def test_edit_shows_a_shop_link_live_refuses_it_and_sends_once_it_is_gone(bot, manifest):
    pk = arrive(bot, manifest)
    view = open_edit(bot, pk)
    draft = reply_block(view)["element"]["initial_value"]
    assert "113-4021576-1000001" in draft and "Passes" in findings(view)

    # The agent types a link to their own shop: the modal shows the finding.
    bad = draft + SHOP_LINK
    assert bot.sender.interactive(keystroke(view, bad, user=AGENT)).status_code == 200
    update = bot.slack.wait_for("views.update", 2)[-1]
    shown = bot.slack.views[view["id"]]
    assert update.args["hash"] == view["hash"]  # stale payloads lose instead of overwriting
    assert "brightwater-home.com" in findings(shown) and "link" in findings(shown)
    assert "initial_value" not in reply_block(shown)["element"]  # typing is not disturbed
    assert reply_block(shown)["block_id"] == reply_block(view)["block_id"]

    # The same verdict on the next keystroke: no further views.update.
    bot.sender.interactive(keystroke(shown, bad + " ", user=AGENT))
    bot.sender.interactive(keystroke(shown, bad + "  ", user=AGENT))

    # Submitting it is refused with the finding under the input.
    refused = submit(bot, shown, bad)
    assert refused.status_code == 200
    body = refused.json()
    assert body["response_action"] == "errors" and "brightwater-home.com" in body["errors"]["reply"]
    assert bot.mails() == [] and bot.message_state(pk) is MessageState.CARDED
    assert len(bot.slack.calls_to("views.update")) == 2

    # Removing the link clears the finding; the submit sends.
    fixed = draft + " Thank you for your patience."
    bot.sender.interactive(keystroke(shown, fixed, user=AGENT))
    bot.slack.wait_for("views.update", 3)
    assert "Passes" in findings(bot.slack.views[view["id"]])
    accepted = submit(bot, bot.slack.views[view["id"]], fixed)
    assert accepted.status_code == 200 and accepted.text == ""
    mails = wait_until(bot.mails)
    assert len(mails) == 1 and "Thank you for your patience." in mails[0].get_content()
    wait_until(lambda: bot.message_state(pk) is MessageState.ANSWERED)
    with bot.services.uow_factory() as uow:
        drafts = uow.drafts.all_for(pk)
        decisions = uow.decisions.for_message(pk)
    assert [d.created_by for d in drafts] == [None, AGENT] and drafts[-1].text == fixed
    assert decisions[-1].kind is DecisionKind.EDIT and decisions[-1].text == fixed
    bot.slack.wait_for("chat.update")
    text = json.dumps(bot.card_of(pk)["blocks"])
    assert "(edited)" in text and f"<@{AGENT}>" in text


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_an_empty_or_missing_reply_is_refused_in_the_modal_and_nothing_is_sent(bot, manifest):
    # A hand-made request or a client bug: the stored draft must not go out as "an edit".
    pk = arrive(bot, manifest)
    view = open_edit(bot, pk)
    for text in (None, "", "  \n "):
        refused = submit(bot, view, text)
        assert refused.status_code == 200
        body = refused.json()
        assert body["response_action"] == "errors"
        assert body["errors"]["reply"].startswith("The reply is empty")
    assert bot.mails() == [] and bot.message_state(pk) is MessageState.CARDED
    with bot.services.uow_factory() as uow:
        assert uow.decisions.for_message(pk) == []
        assert [d.created_by for d in uow.drafts.all_for(pk)] == [None]
    # The agent writes a reply: it goes out.
    accepted = submit(bot, view, "Your parcel is on its way.")
    assert accepted.status_code == 200 and accepted.text == ""
    assert "Your parcel is on its way." in wait_until(bot.mails)[0].get_content()


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_hash_conflict_and_rate_limit_on_keystrokes_are_dropped_quietly(bot, manifest):
    pk = arrive(bot, manifest)
    view = open_edit(bot, pk)
    draft = reply_block(view)["element"]["initial_value"]
    bot.slack.fail_next("views.update", status=429, times=1)
    response = bot.sender.interactive(keystroke(view, draft + SHOP_LINK, user=AGENT))
    assert response.status_code == 200
    wait_until(lambda: [c for c in bot.slack.calls if c.method == "views.update"][1:])
    # a payload from an outdated view (stale hash) loses with hash_conflict, no error
    stale = {**view, "hash": "stale"}
    bot.sender.interactive(keystroke(stale, draft + SHOP_LINK, user=AGENT))
    wait_until(lambda: [c for c in bot.slack.calls if c.method == "views.update"][2:])
    errors = [c.response.get("error") for c in bot.slack.calls if c.method == "views.update"]
    assert errors[1:] == ["ratelimited", "hash_conflict"]
    assert bot.slack.calls_to("chat.postEphemeral") == []  # nothing bothers the agent


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize(
    ("reason", "note", "state"),
    [
        (RejectReason.HANDLE_MANUALLY, "", MessageState.MANUAL),
        (RejectReason.NO_RESPONSE_NEEDED, "", MessageState.NO_RESPONSE),
        (RejectReason.SPAM, "", MessageState.SPAM),
    ],
)
def test_reject_records_the_reason(bot, manifest, reason, note, state):
    pk = arrive(bot, manifest)
    card = bot.card_of(pk)
    bot.sender.interactive(block_action("wismo.reject", str(pk), user=AGENT, ts=card["ts"]))
    opened = bot.slack.wait_for("views.open")[0]
    view = bot.slack.views[next(iter(bot.slack.views))]
    assert opened.args["view"]
    values = {
        "reject_reason": {
            "wismo.reject_reason": {"type": "radio_buttons", "selected_option": {"value": reason}}
        },
        "reject_note": {"wismo.reject_note": {"type": "plain_text_input", "value": note or None}},
    }
    response = bot.sender.interactive(
        view_payload("view_submission", view, user=AGENT, values=values)
    )
    assert response.status_code == 200 and response.text == ""
    wait_until(lambda: bot.message_state(pk) is state)
    with bot.services.uow_factory() as uow:
        decision = uow.decisions.for_message(pk)[-1]
    assert decision.kind is DecisionKind.REJECT and decision.reason is reason
    assert decision.actor == AGENT
    bot.slack.wait_for("chat.update")
    text = json.dumps(bot.card_of(pk)["blocks"])
    if state is MessageState.MANUAL:
        assert "wismo.mark_answered" in text
        note_ = bot.slack.wait_for("chat.postEphemeral")[0].args["text"]
        assert "Seller Central" in note_ and "deadline keeps running" in note_
    if state is MessageState.NO_RESPONSE:
        assert "Seller Central" in bot.slack.wait_for("chat.postEphemeral")[0].args["text"]
    assert bot.mails() == []


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_reject_other_needs_a_note_and_strangers_are_refused(bot, manifest):
    pk = arrive(bot, manifest)
    from bot.slack.blocks import reject_modal

    view = {**reject_modal(pk), "id": "V-reject", "hash": "h"}
    other = {
        "reject_reason": {
            "wismo.reject_reason": {"type": "radio_buttons", "selected_option": {"value": "other"}}
        },
        "reject_note": {"wismo.reject_note": {"type": "plain_text_input", "value": None}},
    }
    answer = bot.sender.interactive(view_payload("view_submission", view, user=AGENT, values=other))
    assert answer.json()["response_action"] == "errors" and "reject_note" in answer.json()["errors"]
    spam = {
        **other,
        "reject_reason": {"wismo.reject_reason": {"selected_option": {"value": "spam"}}},
    }
    answer = bot.sender.interactive(
        view_payload("view_submission", view, user=STRANGER, values=spam)
    )
    assert "WISMO_AGENTS" in answer.json()["errors"]["reject_reason"]
    assert bot.message_state(pk) is MessageState.CARDED


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_manual_handling_then_mark_answered_closes_the_card(bot, manifest):
    pk = arrive(bot, manifest)
    from bot.services.deciding import reject
    from tests.services.helpers import access_for

    reject(bot.services, pk, RejectReason.HANDLE_MANUALLY, access=access_for((AGENT,)),
           actor=AGENT, now=bot.services.clock())  # fmt: skip
    card = bot.card_of(pk)
    response = bot.sender.interactive(
        block_action("wismo.mark_answered", str(pk), user=AGENT, ts=card["ts"])
    )
    assert response.status_code == 200
    wait_until(lambda: bot.message_state(pk) is MessageState.ANSWERED)
    bot.slack.wait_for("chat.update")
    assert "Answered in Seller Central" in json.dumps(bot.card_of(pk)["blocks"])


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_bad_or_stale_signatures_get_401_and_change_nothing(bot, manifest):
    pk = arrive(bot, manifest)
    payload = block_action("wismo.approve", str(pk), user=AGENT, ts=bot.card_of(pk)["ts"])
    forged = bot.sender.interactive(payload, secret="not-" + SECRET)
    stale = bot.sender.interactive(payload, age=400)
    assert forged.status_code == 401 and stale.status_code == 401
    assert bot.message_state(pk) is MessageState.CARDED and bot.mails() == []
    assert bot.slack.calls_to("chat.update") == [] and CHANNEL


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_edit_by_a_stranger_shows_a_refusal_and_a_reused_trigger_is_explained(bot, manifest):
    pk = arrive(bot, manifest)
    view = open_edit(bot, pk, user=STRANGER, trigger="t-once")
    assert "WISMO_AGENTS" in json.dumps(view["blocks"]) and not any(
        b.get("type") == "input" for b in view["blocks"]
    )
    card = bot.card_of(pk)
    again = block_action("wismo.edit", str(pk), user=AGENT, ts=card["ts"], trigger_id="t-once")
    assert bot.sender.interactive(again).status_code == 200
    note = bot.slack.wait_for("chat.postEphemeral")[0]
    assert note.args["user"] == AGENT and "press the button again" in note.args["text"]


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_an_edited_reply_over_the_limit_is_refused_by_the_server_under_the_input(bot, manifest):
    # Slack's client honours the modal's max_length; a signed request need not.
    pk = arrive(bot, manifest)
    view = open_edit(bot, pk)
    refused = submit(bot, view, "x" * 100_000)
    assert refused.status_code == 200
    body = refused.json()
    assert body["response_action"] == "errors"
    assert "100,000 characters" in body["errors"]["reply"] and "3,000" in body["errors"]["reply"]
    assert bot.mails() == [] and bot.message_state(pk) is MessageState.CARDED
    # At the limit it is accepted and sent.
    at_limit = ("Your parcel is on its way. " * 200)[:3000]
    accepted = submit(bot, bot.slack.views[view["id"]], at_limit)
    assert accepted.status_code == 200 and accepted.text == ""
    mails = wait_until(bot.mails)
    assert len(mails) == 1
    wait_until(lambda: bot.message_state(pk) is MessageState.ANSWERED)
