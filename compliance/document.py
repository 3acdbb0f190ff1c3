"""The text under check and its views, built once per check and shared by every rule."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cached_property
from typing import Any, Final

from compliance.model import Finding, Severity
from compliance.normalise import View, fold, rejoin, respell, unmask, unspace
from compliance.policy import Policy
from compliance.tlds import SPELLED_TLDS as TLDS

__all__ = ["LANGUAGES", "Document"]

LANGUAGES: tuple[str, ...] = ("en", "de", "fr", "es", "it", "ja", "nl", "pl", "sv", "tr")

# A full stop ends a sentence only before a blank ("shop.com" and "12.05.2024" do not).
# Only the first mark of a run tries to end a sentence, and it takes the whole run at once,
# so a run of 100,000 dots costs one pass, not one per dot.
_SENTENCE_END: Final = re.compile(
    r"[.!?;\n。！？](?:(?<=[!?\n。！？])|(?<![.!?;].)(?<=[.;])[.!?;]*+(?=\s|$))"
)


class Document:
    """One text, its card language (precision only: every language is checked), the policy,
    and lazy views."""

    def __init__(self, text: str, lang: str | None, policy: Policy) -> None:
        self.text = text
        self.lang = lang
        self.policy = policy
        self.memo: dict[str, Any] = {}  # results rules share (lexicon matches)

    @cached_property
    def words(self) -> View:
        """Folded view with spaced-out letters and words split by a line break joined: for
        words and numbers."""
        return respell(rejoin(unspace(fold(self.text)), TLDS))

    @cached_property
    def addresses(self) -> View:
        """:attr:`words` with spelled-out dots and at-signs: for links and e-mail addresses."""
        return unmask(self.words, TLDS, self.text)

    @cached_property
    def sentence_starts(self) -> list[int]:
        """Where each sentence of :attr:`words` starts."""
        return [0] + [m.end() for m in _SENTENCE_END.finditer(self.words.text)]

    def sentence_of(self, i: int) -> int:
        """The index of the sentence of :attr:`words` that position ``i`` lies in."""
        return bisect_right(self.sentence_starts, i) - 1

    def sentence_end(self, s: int) -> int:
        """Where sentence ``s`` of :attr:`words` ends (the next one's start)."""
        starts = self.sentence_starts
        return starts[s + 1] if s + 1 < len(starts) else len(self.words.text)

    def sentence_has(self, s: int, pattern: re.Pattern[str]) -> bool:
        """True when ``pattern`` matches within sentence ``s`` of :attr:`words`."""
        found = pattern.search(self.words.text, self.sentence_starts[s], self.sentence_end(s))
        return found is not None

    def finding(
        self,
        view: View | None,
        i: int,
        j: int,
        rule: str,
        severity: Severity,
        message: str,
        suggestion: str = "",
    ) -> Finding:
        """A finding for ``view.text[i:j]`` (or ``self.text[i:j]`` when ``view`` is None)."""
        start, end = (i, j) if view is None else view.span(i, j)
        return Finding(
            rule=rule,
            severity=severity,
            start=start,
            end=end,
            excerpt=self.text[start:end],
            message=message,
            suggestion=suggestion,
        )
