"""The notice about a reply whose sending was cut off tells the team what to look for."""

from __future__ import annotations

from bot.slack.notices import stuck_reply_notice


def test_the_stuck_reply_notice_names_the_message_and_the_message_id_to_search_for():
    notice = stuck_reply_notice(42, "<wismo.42.1@seller.example>")
    text = notice["text"]
    assert "message 42" in text
    assert "`<wismo.42.1@seller.example>`" in text
    assert "not resent automatically" in text
