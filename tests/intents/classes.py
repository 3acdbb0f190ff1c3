"""What the intent class tests share: one letter per intent, and the check of one text."""

from __future__ import annotations

from bot.domain import Intent
from bot.mail.intent import recognise

W, C, R, D, A, I, P, T, OTHER = (  # noqa: E741 - one letter per intent, as in the rules
    Intent.WHERE_IS_MY_ORDER,
    Intent.CANCEL,
    Intent.RETURN,
    Intent.DAMAGED_OR_WRONG,
    Intent.ADDRESS_CHANGE,
    Intent.INVOICE,
    Intent.PRODUCT_QUESTION,
    Intent.THANKS,
    Intent.OTHER,
)


def expect(text: str, intent: Intent, follow_up: bool | None = None) -> None:
    """``text`` alone is read as ``intent`` (and, unless None, with that follow-up flag)."""
    found = recognise("", text)
    assert found.intent is intent, found.scores
    if follow_up is not None:
        assert found.follow_up is follow_up
