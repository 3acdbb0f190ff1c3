"""Rule ``unsupported-language``: a reply the gate cannot read is not vouched for.

Every other rule reads ten languages (``compliance.document.LANGUAGES``).  A review ask in
Korean or a shop link described in Portuguese carries none of their words, so it would pass
them all.  A reply written largely in a script none of the ten uses (Hangul, Devanagari,
Greek, Cyrillic, Hebrew, Thai, Arabic, Han without kana), or in a Latin-script language
told apart by its own function words, is refused with a finding that says why.  A buyer's
name, an address or a short quoted word in another script is allowed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Final

from compliance.document import LANGUAGES, Document
from compliance.model import Finding, Severity
from compliance.normalise import fold_literal, letter_runs
from compliance.rules.language_words import COURTESY, FOREIGN_WORDS, SUPPORTED, UNAMBIGUOUS
from compliance.rules.lexicon import Lexicon

__all__ = ["find_unsupported_language"]

RULE = "unsupported-language"
_MESSAGE = (
    "The policy check cannot read {what}, so it cannot vouch for this reply. It reads "
    "English, German, French, Spanish, Italian, Japanese, Dutch, Polish, Swedish and Turkish."
)
_SUGGESTION = (
    "Write the reply in one of those ten languages (a name, an address or a short quoted "
    "word in another script is fine)."
)

# Scripts written with blanks between words: a name is one to three words, so four words
# (of twelve letters or more) are a sentence.
_SPACED: Final = {
    "Hangul": "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af",
    "Indic scripts (Devanagari, Bengali, Tamil...)": "\u0900-\u0dff",
    "Greek": "\u0370-\u03ff\u1f00-\u1fff",
    "Cyrillic": "\u0400-\u052f",
    "Hebrew": "\u0590-\u05ff",
    "Arabic": "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff",
}
_MIN_WORDS: Final = 4
_MIN_LETTERS: Final = 12
# Scripts without blanks, counted in characters: a Chinese name is two to four of them.
_UNSPACED: Final = {"Chinese": ("\u3400-\u4dbf\u4e00-\u9fff", 6), "Thai": ("\u0e00-\u0eff", 8)}
_KANA: Final = re.compile("[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]")
_RUNS: Final = {name: re.compile(f"[{ranges}]+") for name, ranges in _SPACED.items()} | {
    name: re.compile(f"[{ranges}]+") for name, (ranges, _) in _UNSPACED.items()
}
_ANY: Final = re.compile(
    "[" + "".join(_SPACED.values()) + "".join(r for r, _ in _UNSPACED.values()) + "]"
)

# Latin-script languages the gate does not read, told sentence by sentence: a sentence
# is foreign when it holds at least two signs of the languages the gate does not read,
# and no fewer of them than words of the ten it reads.  A sign is a word of a foreign profile
# (``language_words.FOREIGN``: "molimo", "venligst", "tafadhali"), or a lower-case word
# with a letter none of the ten writes (Czech "ě", Croatian "ž", Danish "ø", Portuguese
# "ã"); a name ("Søren", "Dvořák") is capitalised and is no sign.  One foreign sentence
# inside an English reply is enough: the rule does not wait for a reply "largely" in it.
_MIN_SIGNS: Final = 2
_SUPPORTED_LETTERS: Final = frozenset("äöüßàâæçéèêëîïôœùûÿáíñóúìòąćęłńśźżåğış")
# the lower-case Latin letters with a mark (Latin-1 to Latin Extended-B, and Latin
# Extended Additional for Vietnamese) that none of the ten languages writes
_FOREIGN_LETTERS: Final = "".join(
    c
    for c in map(chr, [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)])
    if c.isalpha() and c.islower() and c not in _SUPPORTED_LETTERS and c.upper() != c
)
_ANY_FOREIGN_LETTER: Final = re.compile(f"[{_FOREIGN_LETTERS}]")
_TOKEN: Final = re.compile(r"[^\W\d_]+")
_SENTENCE_END: Final = re.compile(r"[.!?\u2026\u3002\uff01\uff1f\n\r\u2028\u2029]+")
# The sign words an ASCII text can hold, as bytes: its words are compared as bytes.
_ASCII_WORDS: Final = frozenset(w.encode("ascii") for w in FOREIGN_WORDS if w.isascii())


def _no_latin_sign(text: str) -> bool:
    """True when ``text`` holds none of the signs, found at C speed: most replies have none."""
    if text.isascii():  # lower-cased once, not word by word (the same words)
        # the runs of letters of the lower-cased text: its words ("[A-Za-z]+"), at C speed
        # (and no foreign letter: they are all outside ASCII)
        return _ASCII_WORDS.isdisjoint(letter_runs(text.lower()))
    if _ANY_FOREIGN_LETTER.search(text) is not None:
        return False
    # re's IGNORECASE folds U+0130 to "i", str.lower to "i" + a combining dot
    words = set(_TOKEN.findall(text.lower().replace("i\u0307", "i")))
    return words.isdisjoint(FOREIGN_WORDS)


def _latin_language(text: str) -> tuple[str, int, int] | None:
    """The unsupported Latin-script language a sentence of ``text`` is written in, and
    where that sentence is, if any."""
    if _no_latin_sign(text):
        return None
    start = 0
    for end_mark in (*_SENTENCE_END.finditer(text), None):
        end = len(text) if end_mark is None else end_mark.start()
        found = _foreign_sentence(text, start, end)
        if found is not None:
            return found
        if end_mark is None:
            break
        start = end_mark.end()
    return None


def _most_named(named: list[str]) -> str:
    """The language named most often; a tie goes to the one named first, so the finding
    reads the same on every run (a ``set`` would let the hash seed decide)."""
    if not named:
        return "a language it does not read"
    return max(named, key=named.count)


def _words(text: str, start: int, end: int) -> Iterator[tuple[re.Match[str], str, bool]]:
    """Each word of ``text[start:end]``: its match, folded as the word lists are, and
    whether it looks like a name (capitalised, not the first word, not all capitals)."""
    first = True
    for m in _TOKEN.finditer(text, start, end):
        token = m.group()
        name_like = not first and token[0].isupper() and not token.isupper()
        first = False
        yield m, token.lower().replace("i\u0307", "i"), name_like


def _foreign_sentence(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """The foreign language of the sentence ``text[start:end]``, and its span, if it is
    one: at least two signs, and no fewer of them than words only the ten languages use."""
    signs: list[tuple[str, int, int]] = []
    known = courtesy = 0
    for m, word, name_like in _words(text, start, end):
        token = m.group()
        if word in SUPPORTED:
            known += word in UNAMBIGUOUS  # "on", "ja": Finnish too, so they vouch for none
        elif name_like:
            continue  # a name or a German noun, not a sign
        elif word in COURTESY:
            courtesy += 1  # "Diolch yn fawr!": a sign only beside two others
        elif word in FOREIGN_WORDS:
            signs.append((FOREIGN_WORDS[word], m.start(), m.end()))
        elif token.islower() and _ANY_FOREIGN_LETTER.search(token) is not None:
            signs.append(("", m.start(), m.end()))
    if len(signs) < _MIN_SIGNS or len(signs) + courtesy < known:
        return None
    named = [name for name, _, _ in signs if name]
    language = _most_named(named)
    return language, signs[0][1], signs[-1][2]


# A review ask in a language the gate cannot read, however short ("Ostavi recenziju.",
# "Napište recenzi.", "Rebyuu wo kaite kudasai."): most languages borrow the international
# words for a review, a rating or stars (recenz-, otzyv, rebyuu, hodnocen-, zvezd-,
# asteri-).  A sentence holding one, that the ten languages' own words do not make readable
# (no more than one of them, of three letters or more, for every two other words), is one
# the gate cannot vouch for.
# The English loans ("review", "feedback", "rating", "stars") are English words too, so with
# them the sentence must also hold a sign of another language: a plea ("po", "pozhaluista",
# "kudasai"), a profile word or a letter none of the ten writes.
_FOREIGN_STEMS: Final = (
    "recenz",
    "otzyv",
    "otziv",
    "otzov",
    "rebyu",
    "atsiliepim",
    "atsauksm",
    "arvostel",
    "anmeldelse",
    "hodnocen",
    "hodnoť",
    "ohodno",
    "értékel",
    "ertekel",
    "ocjen",
    "zvjezd",
    "zvezd",
    "zvyozd",
    "zviozd",
    "hvězd",
    "hvezd",
    "asteria",
    "asterak",
    "sitare",
    "sitaare",
    "pinglun",
    "haoping",
    "hyouka",
    "ulasan",
    "penilaian",
    "avalia",
    "estrela",
    "bituin",
    "adolygiad",
    "resensie",
)
_LOAN_STEMS: Final = ("review", "feedback", "rating", "stars")
# Polish writes "recenzja" (recenzji, recenzję, recenzent): read by the Polish rules
_POLISH: Final = ("recenzj", "recenzen")
# Found by the lexicon scan every check makes anyway (a word lookup on the folded text, so
# "hvězd" is written "hvezd" there), not by a scan of its own.
# (the words view respells some words to undo disguises: "recenzie" reads "recensie")
_RESPELT: Final = ("recens",)
REVIEW_STEM: Final = Lexicon(
    "borrowed review word",
    {
        lang: [
            "(?:"
            + "|".join(fold_literal(stem) for stem in _FOREIGN_STEMS + _LOAN_STEMS + _RESPELT)
            + r")\w*"
        ]
        for lang in LANGUAGES
    },
)
_PLEAS: Final = frozenset(
    (
        "po", "paki", "pakiusap", "prosim", "prosím", "molim", "molimo", "pozhaluista",
        "pozhaluysta", "pozhalujsta", "pojaluista", "pojaluysta", "pozhalusta", "parakalo",
        "parakalw", "kudasai", "onegai", "onegaishimasu", "qing", "rog", "rugam", "kripya",
        "zaroor", "jaroor", "mohon", "tolong", "sila", "tafadhali", "bitte",
    )
)  # fmt: skip


def _review_in_unread(doc: Document) -> tuple[str, int, int] | None:
    """A sentence with a review stem that the ten languages' words do not make readable."""
    found = REVIEW_STEM.spans(doc)
    if not found:
        return None  # most replies
    text = doc.text
    seen: set[int] = set()
    for i, j in found:
        place, _ = doc.words.span(i, j)
        # the stem's sentence, found around it (a sentence is short: the text is not split)
        start = max(0, place - _SENTENCE_REACH)
        for mark in _SENTENCE_END.finditer(text, start, place):
            start = mark.end()
        if start in seen:
            continue
        seen.add(start)
        after = _SENTENCE_END.search(text, place, place + _SENTENCE_REACH)
        end = after.start() if after is not None else min(len(text), place + _SENTENCE_REACH)
        sentence = _unread_review_sentence(text[start:end])
        if sentence is not None:
            language, a, b = sentence
            return language, start + a, start + b
    return None


_SENTENCE_REACH: Final = 300


@lru_cache(maxsize=256)
def _unread_review_sentence(sentence: str) -> tuple[str, int, int] | None:
    """The language and the stems' span in ``sentence``, if it is a review sentence the
    gate cannot read (cached: a reply often repeats its sentences)."""
    text, start, end = sentence, 0, len(sentence)
    stems: list[re.Match[str]] = []
    foreign_stem = False
    signs: list[str] = []
    known = unknown = 0
    for m, word, name_like in _words(text, start, end):
        if word.startswith(_FOREIGN_STEMS) and not word.startswith(_POLISH):
            stems.append(m)
            foreign_stem = True
        elif word.startswith(_LOAN_STEMS):
            stems.append(m)
        elif word in SUPPORTED:
            # the short words ("o", "te", "me", "po") are in many languages: they vouch for
            # none of the ten
            known += len(word) >= 3
        elif name_like:
            continue  # a name or a German noun
        else:
            unknown += 1
            if word in FOREIGN_WORDS:
                signs.append(FOREIGN_WORDS[word])
            elif word in _PLEAS or _ANY_FOREIGN_LETTER.search(word) is not None:
                signs.append("")
        if word in _PLEAS and word in SUPPORTED:
            signs.append("")  # "po", "bitte": a plea, though also a word of the ten
    if not stems or unknown < 1 or 2 * known > unknown:
        return None
    if not foreign_stem and not signs:
        return None  # "Review pending": English, with the loan word
    named = [name for name in signs if name]
    language = _most_named(named)
    return language, stems[0].start(), stems[-1].end()


# A Korean sentence is short in letters (syllable blocks): "리뷰 남겨주세요" is two words
# and six blocks.  A name is one to three blocks, with at most one blank ("김 민준").
_KOREAN_SENTENCE_BLOCKS: Final = 5


def _korean_sentence(runs: list[re.Match[str]]) -> bool:
    """True when two Hangul words or more with five blocks or more stand in one sentence."""
    text = runs[0].string
    group: list[re.Match[str]] = []
    for run in runs:
        if group and _SENTENCE_END.search(text, group[-1].end(), run.start()) is not None:
            group = []
        group.append(run)
        blocks = sum(m.end() - m.start() for m in group)
        if len(group) >= 2 and blocks >= _KOREAN_SENTENCE_BLOCKS:
            return True
    return False


def find_unsupported_language(doc: Document) -> Iterator[Finding]:
    text = doc.text
    found: tuple[str, int, int] | None = None
    if not text.isascii() and _ANY.search(text) is not None:  # the scripts are not ASCII
        letters = sum(c.isalpha() for c in text)
        for name, pattern in _RUNS.items():
            runs = list(pattern.finditer(text))
            if not runs:
                continue
            count = sum(m.end() - m.start() for m in runs)
            if name in _UNSPACED:
                if name == "Chinese" and _KANA.search(text):
                    continue  # Japanese writes Han with kana
                enough = count >= _UNSPACED[name][1]
            else:
                enough = len(runs) >= _MIN_WORDS and count >= _MIN_LETTERS
            # a short reply wholly in the script is foreign too ("Спасибо за заказ!")
            enough = enough or (len(runs) >= 2 and count * 2 >= letters)
            if not enough and name == "Hangul":
                enough = _korean_sentence(runs)
            if enough:
                found = (name, runs[0].start(), runs[-1].end())
                break
    if found is None:
        found = _latin_language(text)
    if found is None:
        found = _review_in_unread(doc)
    if found is None:
        return
    name, start, end = found
    yield doc.finding(
        None, start, end, RULE, Severity.BLOCK, _MESSAGE.format(what=name), _SUGGESTION
    )
