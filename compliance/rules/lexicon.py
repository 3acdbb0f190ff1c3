"""Per-language word patterns, compiled once per language into one regular expression.

Patterns are written naturally (accents, ß, Japanese) and folded exactly like the text,
so "évaluation" also matches "evaluation" and "ÉVALUATION".  Inside a pattern a single
space means "one or more blanks", `` ?`` "an optional blank" and `` ~ `` "up to three
words in between".
Latin-script patterns must start and end on a word boundary; Japanese ones need not.
Every gap is bounded, so matching stays linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from functools import cache
from typing import Final

from compliance.document import LANGUAGES
from compliance.normalise import fold_literal

__all__ = ["Lexicon", "negated"]

_GAP: Final = r"\s+(?:[^\s.!?;]{1,25}\s+){0,3}"


def _source(pattern: str) -> str:
    folded = fold_literal(pattern)
    return folded.replace(" ~ ", _GAP).replace(" ?", r"\s?").replace(" ", r"\s+")


_NEGATION: Final = re.compile(
    r"(?<![a-z0-9])(?:no|not|never|without|don't|doesn't|kein\w*|nicht|nie|ohne|pas|aucun\w*|"
    r"sans|jamais|ningun\w*|nunca|sin|non|nessun\w*|senza|mai)(?![a-z0-9])"
)
_SELLING_NEGATIONS: Final = ("miss", "verpass", "manqu", "pierd", "perd")
_CLAUSE_END: Final = re.compile(r"[.!?;:,]")


def negated(text: str, start: int) -> bool:
    """True when one of the three words before ``start`` (same clause) is a negation.

    "There is no discount code needed", "you do not need to contact us directly".
    """
    window = text[max(0, start - 40) : start]
    cuts = [m.end() for m in _CLAUSE_END.finditer(window)]
    if cuts:
        window = window[cuts[-1] :]
    words = window.split()[-3:]
    for k, word in enumerate(words):
        if _NEGATION.fullmatch(word):
            following = words[k + 1] if k + 1 < len(words) else ""
            # "don't miss our sale", "ne manquez pas": the negation sells, it does not deny
            return not following.startswith(_SELLING_NEGATIONS)
    return False


class Lexicon:
    """Named word patterns per language; ``finditer(text, lang)`` over a folded text."""

    def __init__(self, name: str, patterns: Mapping[str, Sequence[str]]) -> None:
        unknown = set(patterns) - set(LANGUAGES)
        if unknown:
            raise ValueError(f"lexicon {name}: unknown languages {sorted(unknown)}")
        self.name = name
        self._patterns = {lang: tuple(patterns.get(lang, ())) for lang in LANGUAGES}

    @cache  # noqa: B019 - lexicons are module-level singletons
    def regex(self, lang: str | None) -> re.Pattern[str]:
        langs = LANGUAGES if lang is None else (lang,)
        latin = [_source(p) for code in langs if code != "ja" for p in self._patterns[code]]
        cjk = [_source(p) for code in langs if code == "ja" for p in self._patterns[code]]
        branches = []
        if latin:
            branches.append(r"(?<![a-z0-9])(?:" + "|".join(latin) + r")(?![a-z0-9])")
        if cjk:
            branches.append("(?:" + "|".join(cjk) + ")")
        return re.compile("|".join(branches) or r"(?!x)x")

    def finditer(self, text: str, lang: str | None) -> Iterator[re.Match[str]]:
        return self.regex(lang).finditer(text)
