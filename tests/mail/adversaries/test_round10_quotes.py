"""Round 10, class N10-1: the buyer's words after a quoted line are kept.

The parser cut the text at the first quoted line or "On … wrote:" line, wherever it was:
"My order is late. / > You wrote: it ships on Monday. / It did NOT ship. Please CANCEL the
order" became "My order is late.", and the card offered the where-is-my-order reply.  Only
a trailing quote (nothing but quoted lines after it) is history to drop.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.domain import Intent
from bot.mail.relay import parse_mail
from tests.mail.adversaries.helpers import round10

AT = datetime(2026, 12, 6, 19, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("name", "kept", "intent"),
    [
        ("T01.eml", "Please CANCEL the order and refund me now", Intent.CANCEL),
        ("T02.eml", "please send it to my office instead", Intent.ADDRESS_CHANGE),
    ],
)
def test_words_after_a_quote_in_the_middle_are_the_buyers(name, kept, intent):
    parsed = parse_mail(round10(name), received_at=AT)
    assert kept in parsed.body
    assert parsed.intent is intent


def _mail(text: str) -> bytes:
    head = round10("T01.eml").split(b"------------- Begin message -------------")[0]
    return (
        head
        + b"------------- Begin message -------------\n\n"
        + text.encode()
        + b"\n\n------------- End message -------------\n"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Where is it?\n\nOn Mon, 1 Dec 2026, Brightwater wrote:\n> It ships Monday.\n> Regards",
        "Where is it?\n\n> It ships Monday.\n>\n> Regards",
        "Where is it?\n\n-----Original Message-----\nFrom: Brightwater\nIt ships Monday.",
    ],
)
def test_a_trailing_quote_is_still_left_out(text):
    parsed = parse_mail(_mail(text), received_at=AT)
    assert parsed.body.strip() == "Where is it?"


@pytest.mark.parametrize(
    "text",
    [
        "> It ships Monday.\nIt did not. Where is it?",
        "Hi,\n> It ships Monday.\nIt did not.\n> Tracking: 1Z999\nThat number is unknown to UPS.",
        "Where is it?\n\nAm 1. Dez. 2026 schrieb Brightwater:\nes kommt Montag\n\nAußerdem: "
        "bitte an meine Büroadresse liefern.",
    ],
)
def test_words_between_or_after_quoted_lines_are_kept(text):
    parsed = parse_mail(_mail(text), received_at=AT)
    last = text.splitlines()[-1]
    assert last in parsed.body
