from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from slack_sdk.models.blocks import Block
from slack_sdk.models.views import View

from bot.domain import (
    Attachment,
    Conversation,
    Decision,
    DecisionKind,
    Draft,
    FulfilledBy,
    InboundMessage,
    Intent,
    MessageKind,
    MessageState,
    Order,
    OrderStatus,
)
from bot.slack import blocks
from bot.slack.ids import ActionId, BlockId
from carriers.model import Tracking, TrackingStatus
from compliance import check

NOW = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)


def conversation(
    body="Where is my parcel?", draft_text="Hello, your parcel is on its way.", **kw
) -> Conversation:
    msg = InboundMessage(
        kind=MessageKind.BUYER_MESSAGE,
        message_id="<m1@example>",
        subject="Order delivery",
        body=body,
        sent_at=NOW - timedelta(hours=2),
        order_id="028-1234567-8901234",
        buyer_name="Anna",
        marketplace="DE",
        language="de",
        intent=Intent.WHERE_IS_MY_ORDER,
        no_response_url=kw.pop("no_response_url", None),
        attachments=kw.pop("attachments", ()),
    )
    draft = (
        Draft(
            text=draft_text,
            version=1,
            scenario="in_transit",
            language="de",
            report=check(draft_text),
        )
        if draft_text is not None
        else None
    )
    base = Conversation(
        pk=42,
        message=msg,
        state=MessageState.CARDED,
        received_at=NOW - timedelta(hours=2),
        due_at=NOW + timedelta(hours=22),
        order=Order(
            "028-1234567-8901234", OrderStatus.SHIPPED, FulfilledBy.MERCHANT, items=("Blue mug",)
        ),
        trackings=(
            Tracking(
                carrier="ups",
                number="1Z999AA10123456784",
                status=TrackingStatus.IN_TRANSIT,
                fetched_at=NOW,
                tracking_url="https://www.ups.com/track?loc=en_US&tracknum=1Z999AA10123456784",
            ),
        ),
        draft=draft,
    )
    return replace(base, **kw)


def all_text(payload) -> str:
    import json

    return json.dumps(payload, ensure_ascii=False)


def assert_valid_message(payload):
    assert len(payload["blocks"]) <= 50
    for block in payload["blocks"]:
        Block.parse(block).to_dict()  # raises on any Block Kit limit


def action_ids(payload) -> list[str]:
    return [
        e["action_id"] for b in payload["blocks"] if b["type"] == "actions" for e in b["elements"]
    ]


def test_buyer_text_cannot_ping_or_fake_links():
    conv = conversation(
        body="Hi <!channel> <!here> <@U123> see <https://evil.example|amazon.com> & more"
    )
    text = all_text(blocks.card(conv, now=NOW))
    assert "<!channel>" not in text and "<!here>" not in text and "<@U123>" not in text
    assert "<https://evil.example|amazon.com>" not in text
    assert "&lt;!channel&gt;" in text
    assert "&lt;https://evil.example|amazon.com&gt;" in text
    assert "&amp; more" in text


def test_card_has_the_facts_and_the_four_buttons():
    payload = blocks.card(conversation(), now=NOW)
    assert_valid_message(payload)
    text = all_text(payload)
    assert "028-1234567-8901234" in text and "1Z999AA10123456784" in text
    assert "In transit" in text and "Tracking page" in text
    assert "Passes Amazon" in text
    assert action_ids(payload) == [
        ActionId.APPROVE,
        ActionId.EDIT,
        ActionId.REJECT,
        ActionId.NO_RESPONSE,
    ]


def test_non_compliant_draft_cannot_be_approved_from_the_card():
    payload = blocks.card(conversation(draft_text="Visit our shop at www.myshop.com"), now=NOW)
    assert ActionId.APPROVE not in action_ids(payload)
    assert "Cannot be sent as is" in all_text(payload)


def test_no_response_link_button_only_when_the_mail_had_one():
    url = "https://sellercentral.amazon.de/messaging/noresponse?id=1"
    payload = blocks.card(conversation(no_response_url=url), now=NOW)
    buttons = [e for b in payload["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert any(b.get("url") == url for b in buttons)
    assert not any(
        "url" in b
        for b in [
            e
            for b in blocks.card(conversation(), now=NOW)["blocks"]
            if b["type"] == "actions"
            for e in b["elements"]
        ]
    )


def test_a_file_in_a_mail_too_large_to_read_is_still_named_on_the_card(manifest):
    from bot.mail.relay import parse_mail
    from bot.testing.mail_files import with_files

    huge = bytes(range(256)) * (30 * 4096)  # 30 MB: the mail is over the parser's limit
    raw = with_files(manifest.mails[0].raw, [("IMG_2041 <b>.mov", huge, "video/quicktime")])
    parsed = parse_mail(raw)
    payload = blocks.card(conversation(attachments=parsed.attachments), now=NOW)
    assert_valid_message(payload)
    text = all_text(payload)
    assert "IMG_2041 _b_.mov (video/quicktime, 31,457,280 bytes)" in text  # cleaned name
    assert "only its headers" in text


def test_long_buyer_text_is_cut_with_a_note_and_stays_within_limits():
    body = ("Where is my order? <&> " * 400)[:9000]
    payload = blocks.card(
        conversation(
            body=body,
            attachments=tuple(Attachment(f"photo{i}.jpg", "image/jpeg", 1000) for i in range(200)),
        ),
        now=NOW,
    )
    assert_valid_message(payload)
    assert "message cut" in all_text(payload)


@pytest.mark.parametrize(
    ("left", "emoji"),
    [
        (timedelta(hours=20), ":large_green_circle:"),
        (timedelta(hours=11), ":large_yellow_circle:"),
        (timedelta(hours=3), ":large_orange_circle:"),
        (timedelta(minutes=30), ":red_circle:"),
        (timedelta(minutes=-5), ":rotating_light:"),
    ],
)
def test_deadline_colour_changes_as_thresholds_pass(left, emoji):
    assert blocks.deadline_badge(NOW + left, NOW).startswith(emoji)


def test_decided_card_shows_who_and_drops_the_buttons():
    conv = conversation(
        state=MessageState.ANSWERED, decision=Decision(DecisionKind.APPROVE, "U0AGENT", NOW)
    )
    payload = blocks.card(conv, now=NOW)
    text = all_text(payload)
    assert "Sent" in text and "<@U0AGENT>" in text
    assert action_ids(payload) == []


def test_edit_modal_keeps_input_ids_and_shows_findings():
    report = check("Write to me at shop@example.com")
    view = blocks.edit_modal(conversation(), "Write to me at shop@example.com", report)
    View(**view).to_dict()
    reply = next(b for b in view["blocks"] if b.get("block_id") == BlockId.REPLY)
    assert reply["element"]["action_id"] == ActionId.REPLY_TEXT
    assert reply["dispatch_action"] is True
    findings = next(b for b in view["blocks"] if b.get("block_id", "").startswith("findings:"))
    assert "email-address" in all_text(findings)
    assert blocks.shown_verdict(view) == blocks.verdict_key(report)


def test_live_update_keeps_the_typed_text_and_changes_only_the_findings():
    first = blocks.edit_modal(conversation(), "Hello", check("Hello"))
    # what Slack sends back in a keystroke payload: our view plus its own fields
    echoed = {**first, "id": "V1", "hash": "h1", "state": {"values": {}}, "app_id": "A1"}
    bad = check("Hello, visit mystore.com for more")
    updated = blocks.with_findings(echoed, bad)
    View(**updated).to_dict()
    assert "id" not in updated and "hash" not in updated and "state" not in updated
    reply = next(b for b in updated["blocks"] if b.get("block_id") == BlockId.REPLY)
    assert "initial_value" not in reply["element"]
    assert reply["element"]["action_id"] == ActionId.REPLY_TEXT
    assert (
        blocks.shown_verdict(updated)
        == blocks.verdict_key(bad)
        != blocks.verdict_key(check("Hello"))
    )
    assert "link" in all_text(updated) or "off-amazon" in all_text(updated)
    # the verdict key ignores a finding growing as the agent types
    assert blocks.verdict_key(check("visit mystore.co")) == blocks.verdict_key(
        check("visit mystore.com")
    )


def test_a_refused_send_keeps_the_card_open_and_says_why():
    conv = conversation(
        state=MessageState.CARDED,
        decision=Decision(DecisionKind.APPROVE, "U0AGENT", NOW, note="Links are not allowed"),
    )
    payload = blocks.card(conv, now=NOW)
    assert "Sending refused" in all_text(payload) and "Links are not allowed" in all_text(payload)
    assert ActionId.EDIT in action_ids(payload)


def test_queue_orders_by_deadline():
    late = conversation(pk=1, due_at=NOW - timedelta(hours=1))
    soon = conversation(pk=2, due_at=NOW + timedelta(hours=2))
    later = conversation(pk=3, due_at=NOW + timedelta(hours=20))
    out = blocks.queue_blocks([later, late, soon], NOW)
    texts = [b["text"]["text"] for b in out[1:]]
    assert texts[0].startswith(":rotating_light:") and ":large_orange_circle:" in texts[1]
    assert "3 open" in out[0]["text"]["text"] and "2 due within 4 hours" in out[0]["text"]["text"]


def test_a_reply_in_doubt_offers_both_answers_and_send_again_asks_first() -> None:
    conv = replace(
        conversation(),
        state=MessageState.SENDING,
        decision=Decision(DecisionKind.APPROVE, "U0AGENT", NOW),
        outcome="the mail server did not confirm it in time: look for Message-ID <r1@x>",
        send_in_doubt=True,
    )
    shown = blocks.card(conv, now=NOW)
    Block.parse_all(shown["blocks"])  # valid Block Kit
    text = str(shown["blocks"])
    assert "In doubt" in text and "r1@x" in text
    [actions] = [b for b in shown["blocks"] if b["type"] == "actions"]
    checked, again = actions["elements"]
    assert (checked["action_id"], checked["text"]["text"]) == (
        ActionId.DOUBT_WAS_SENT,
        "I checked: it was sent",
    )
    assert again["action_id"] == ActionId.DOUBT_SEND_AGAIN and "confirm" not in checked
    assert "twice" in again["confirm"]["text"]["text"]
    assert again["confirm"]["confirm"]["text"] == "Send again"
    assert not any(
        e.get("action_id") == ActionId.APPROVE
        for b in shown["blocks"]
        for e in b.get("elements", [])
    )


def test_a_reply_merely_sending_offers_nothing_to_press() -> None:
    conv = replace(
        conversation(),
        state=MessageState.SENDING,
        decision=Decision(DecisionKind.APPROVE, "U0AGENT", NOW),
    )
    shown = blocks.card(conv, now=NOW)
    assert not [b for b in shown["blocks"] if b["type"] == "actions"]
