"""Wording of the policy concepts in the languages added after the first six.

English, German, French, Spanish, Italian and Japanese sit beside each concept in
``compliance.rules``; Dutch, Polish, Swedish and Turkish each have a module here, keyed by
the lexicon names, so that one language can be read, reviewed and extended in one place.
:class:`compliance.rules.lexicon.Lexicon` merges them in when a lexicon is made.
"""

from __future__ import annotations

from compliance.wording import nl, pl, sv, tr

__all__ = ["WORDING"]

# language -> lexicon name -> patterns
WORDING: dict[str, dict[str, list[str]]] = {
    "nl": nl.WORDING,
    "pl": pl.WORDING,
    "sv": sv.WORDING,
    "tr": tr.WORDING,
}
