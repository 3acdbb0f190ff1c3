"""Every concept the rules look for has wording in every supported language, and a card in
one of the newer languages is accepted and still checked with every language's wording."""

from __future__ import annotations

import pytest

import compliance.rules  # noqa: F401  (registers every lexicon)
from compliance import check
from compliance.document import LANGUAGES
from compliance.rules.lexicon import Lexicon

# Digit words are built from number tables; Japanese writes numbers in kanji, found apart.
_BUILT_ELSEWHERE = {("digit pairs", "ja")}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_concept_has_wording_in_every_language(lang):
    missing = [
        lexicon.name
        for lexicon in Lexicon.registry
        if not lexicon.patterns[lang] and (lexicon.name, lang) not in _BUILT_ELSEWHERE
    ]
    assert not missing, f"{lang}: no wording for {missing}"


@pytest.mark.parametrize("card", ["nl", "pl", "sv", "tr", "nl-BE", "sv_SE"])
def test_a_new_language_card_is_accepted_and_never_weakens_the_check(card):
    report = check("Bitte hinterlassen Sie uns eine Bewertung. Please leave a review.", lang=card)
    assert not report.compliant
    assert report.rules == {"review-request"}
