"""What the whole gate blocks (rules and the policy model), as the bot runs it: the older
class tests assert on this; the round tests since round 24 use
:mod:`tests.compliance.rules_only`."""

from __future__ import annotations

from compliance import check


def blocked(text: str, lang: str | None = None) -> set[str]:
    """The rules that block ``text`` on a card of ``lang`` (None: no card language)."""
    return {f.rule for f in check(text, lang=lang).blocking}
