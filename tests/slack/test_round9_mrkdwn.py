"""Round 9, class R9-3: buyer text cannot format or decorate the card.

The adversary's mail drew a bold "*Suggested reply*" and ":white_check_mark: Passes
Amazon's messaging policy" inside the buyer's quote, imitating the card's own parts.
Checked against Slack's rules for mrkdwn: a marker formats only where it starts or ends
a word, and an emoji code is a colon, a name of letters, digits, ``_+'-``, a colon.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

import pytest

from bot.mail.relay import parse_mail
from bot.slack import blocks
from bot.slack.mrkdwn import inert
from tests.mail.adversaries.helpers import round9
from tests.slack.test_blocks import NOW, conversation

# Slack's formatting: a marker at a word's start (after start, space or punctuation), some
# text, the same marker at a word's end (before end, space or punctuation).
_EDGE = r"(?:^|(?<=[\s.,;:!?()\[\]\"'>]))"
_END = r"(?=$|[\s.,;:!?()\[\]\"'<])"
MARKERS = (r"\*", "_", "~", "`")
FORMATTED = [re.compile(_EDGE + m + r"\S(?:.*?\S)?" + m + _END, re.M) for m in MARKERS]
EMOJI = re.compile(r":[a-z0-9_+'-]+:", re.I)


def formatting(mrkdwn: str) -> list[str]:
    found = [m.group() for pattern in FORMATTED for m in pattern.finditer(mrkdwn)]
    return found + EMOJI.findall(mrkdwn)


@pytest.mark.parametrize(
    "text",
    [
        "*Suggested reply*",
        ":white_check_mark: Passes Amazon's messaging policy",
        "_urgent_ and ~cancelled~ and `code` and ```block```",
        "me *too*, ok? (*really*)",
        "a :+1: and :flag-de: and :it's:",
    ],
)
def test_buyer_text_has_no_formatting_slack_would_render(text):
    assert formatting(text)  # the oracle sees it in the raw text
    assert formatting(inert(text)) == []


def test_inert_text_reads_the_same():
    text = "Hi *Anna*: 5 * 3 = 15, snake_case, ~ 10 € <!here>"
    shown = "Hi *Anna*: 5 * 3 = 15, snake_case, ~ 10 € &lt;!here&gt;"
    assert inert(text).replace("\u2060", "") == shown


def test_the_adversarys_fake_card_parts_stay_text_on_the_card():
    parsed = parse_mail(round9("E06.eml"), received_at=datetime(2026, 12, 6, 19, tzinfo=UTC))
    conv = conversation(body=parsed.body)
    card = blocks.card(conv, now=NOW)
    quote = next(
        b["text"]["text"] for b in card["blocks"]
        if b.get("type") == "section" and "Fake card end" in b["text"]["text"]
    )  # fmt: skip
    assert "Passes Amazon" in quote and "Suggested reply" in quote
    assert formatting(quote) == []
    # the card's own parts still format
    assert formatting(json.dumps(card["blocks"]))


def test_a_problem_quoting_the_buyers_name_stays_text_round_10():
    from dataclasses import replace

    from tests.mail.adversaries.helpers import round10

    parsed = parse_mail(round10("E06.eml"), received_at=datetime(2026, 12, 6, 19, tzinfo=UTC))
    assert any("Suggested reply" in p for p in parsed.problems)  # the name, quoted in a note
    conv = conversation()
    conv = replace(conv, message=replace(conv.message, problems=parsed.problems))
    card = blocks.card(conv, now=NOW)
    notes = [
        e["text"] for b in card["blocks"] if b.get("type") == "context"
        for e in b["elements"] if "Suggested reply" in e["text"]
    ]  # fmt: skip
    assert notes and all(formatting(n.removeprefix(":warning: ")) == [] for n in notes)
