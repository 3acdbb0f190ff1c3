"""What the rules alone block: the round tests check the classes a round taught the rules,
without the policy model (compliance.rules.likely), which is measured on its own."""

from __future__ import annotations

from compliance import Policy, check

RULES_ONLY = Policy(model=False)


def blocked(text: str, lang: str | None = None) -> set[str]:
    """The rules that block ``text`` on a card of ``lang`` (None: no card language)."""
    return {f.rule for f in check(text, lang=lang, policy=RULES_ONLY).blocking}
