"""The policy verdict on a reply, for any language a buyer writes in."""

from __future__ import annotations

from compliance import Policy, Report, check

__all__ = ["check_reply"]


def check_reply(text: str, lang: str | None, policy: Policy) -> Report:
    """The policy verdict on ``text``; a language without word lists is checked generically."""
    try:
        return check(text, lang=lang or None, policy=policy)
    except ValueError:  # no word lists for this language: check the words of all
        return check(text, lang=None, policy=policy)
