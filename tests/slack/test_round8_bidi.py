"""Round 8, unclear item A06: bidi controls in buyer text never reach Slack text."""

from __future__ import annotations

import pytest

from bot.slack.mrkdwn import escape


@pytest.mark.parametrize(
    "control",
    ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"],
)
def test_bidi_controls_are_dropped_from_slack_text(control):
    assert escape(f"Ann{control}moc.elpmaxe <!here>") == "Annmoc.elpmaxe &lt;!here&gt;"


def test_ordinary_right_to_left_text_is_kept():
    assert escape("שלום مرحبا") == "שלום مرحبا"


def test_the_adversarys_mail_reaches_the_card_without_bidi_controls():
    from datetime import UTC, datetime

    from bot.mail.relay import parse_mail
    from tests.mail.adversaries.helpers import round8

    parsed = parse_mail(round8("A06_zw_rtl.eml"), received_at=datetime(2026, 11, 2, 12, tzinfo=UTC))
    assert any(c in parsed.body for c in "\u202e\u2066")  # stored as the buyer wrote it
    shown = escape(parsed.body)
    assert not any(c in shown for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
