"""The notice about a reply whose sending was cut off tells the team what to look for."""

from __future__ import annotations

from bot.slack.notices import stuck_reply_notice


def test_the_stuck_reply_notice_names_the_message_and_the_message_id_to_search_for():
    notice = stuck_reply_notice(42, "<wismo.42.1@seller.example>", on_card=True)
    text = notice["text"]
    assert "message 42" in text
    assert "`<wismo.42.1@seller.example>`" in text
    assert "not resent automatically" in text
    assert "I checked: it was sent" in text and "Send again" in text


def test_without_a_card_in_slack_the_notice_says_which_message_it_is_about():
    text = stuck_reply_notice(42, "<m@x>", on_card=False)["text"]
    assert "on the card of message 42" in text
