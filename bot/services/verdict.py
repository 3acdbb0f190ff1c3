"""The policy verdict on a reply, for any language a buyer writes in."""

from __future__ import annotations

from compliance import Policy, Report, check

__all__ = ["check_reply"]


def check_reply(text: str, lang: str | None, policy: Policy) -> Report:
    """The policy verdict on ``text``, with the wording of every supported language.

    ``lang`` is the card's language.  It may only add precision, never remove a rule: an
    English review ask on a German card blocks exactly as on an English one.  The live
    check in the Edit modal, the submit and the approve all come through here; the send
    re-checks the encoded mail (``compliance.wire``).
    """
    try:
        return check(text, lang=lang or None, policy=policy)
    except ValueError:  # a language without word lists of its own: checked with all of them
        return check(text, lang=None, policy=policy)
