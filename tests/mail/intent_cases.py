"""Short names for the intents and the one assertion the round tests of intent concepts share."""

from __future__ import annotations

from bot.domain import Intent
from bot.mail.intent import recognise

W = Intent.WHERE_IS_MY_ORDER
C = Intent.CANCEL
R = Intent.RETURN
D = Intent.DAMAGED_OR_WRONG
A = Intent.ADDRESS_CHANGE
I = Intent.INVOICE  # noqa: E741
T = Intent.THANKS
P = Intent.PRODUCT_QUESTION
O = Intent.OTHER  # noqa: E741


def expect(lang: str, text: str, intent: Intent) -> None:
    """``text`` in ``lang``, on its own words, is read as ``intent``."""
    got = recognise("", text, lang)
    assert got.intent is intent, (text, got.scores)
