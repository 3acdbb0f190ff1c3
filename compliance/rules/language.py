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
from typing import Final

from compliance.document import Document
from compliance.model import Finding, Severity
from compliance.normalise import letter_runs

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

# Latin-script languages the gate does not read, told by words none of the ten uses (each
# checked against them: no "está", "tak", "anda", "ja") and by letters only they write
# (Portuguese "ã", Czech "ř", Danish "ø"), the letters counted only in lower-case words, so
# a name ("Søren", "São Paulo") is not a sentence.  Two signs of one language are needed.
_LATIN: Final = {
    "Portuguese": (
        "não você vocês obrigado obrigada uma nós também estão seu muito ao às isso pela",
        "ãõ",
    ),
    "Czech": ("prosíme děkujeme jsme jste vám váš vaše také nebo který která které není", "ěřůťďň"),
    "Danish or Norwegian": ("vores ikke jeg og meget også være hvis hvad venlig hilsen", "æø"),
    "Romanian": ("și pentru vă mulțumim nostru noastră dumneavoastră", "șță"),
    "Hungarian": ("és hogy egy kérjük köszönjük csomag rendelését", "őű"),
    "Finnish": ("kiitos että olemme tilauksesi meidän teidän", ""),
    "Indonesian or Malay": ("dengan untuk yang terima kasih pesanan silakan", ""),
    "Vietnamese": (
        "của bạn chúng tôi và được không cảm ơn",
        "ơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ",
    ),
}  # fmt: skip
_MIN_SIGNS: Final = 2
# One scan finds every sign of every language: a function word, or a word with a letter
# only those languages write (most replies have neither, and cost one pass).
_WORD_LANGUAGE: Final = {
    word: name for name, (words, _) in _LATIN.items() for word in words.split()
}
_LETTER_LANGUAGE: Final = {
    letter: name for name, (_, letters) in _LATIN.items() for letter in letters
}
_LATIN_SIGN: Final = re.compile(
    r"(?<![^\W\d_])(?:"
    + "|".join(sorted(map(re.escape, _WORD_LANGUAGE), key=len, reverse=True))
    + r")(?![^\W\d_])|["
    + "".join(_LETTER_LANGUAGE)
    + "]",
    re.IGNORECASE,
)


_TOKEN: Final = re.compile(r"[^\W\d_]+")
# The sign words an ASCII text can hold, as bytes: its words are compared as bytes.
_ASCII_WORDS: Final = frozenset(w.encode("ascii") for w in _WORD_LANGUAGE if w.isascii())
_ANY_LETTER: Final = re.compile("[" + "".join(_LETTER_LANGUAGE) + "]", re.IGNORECASE)
# runs, not characters: a reply of emoji is one run, not a string per character
_NON_ASCII: Final = re.compile(r"[^\x00-\x7f]+")
# the sign words written with letters outside ASCII, and those letters
_NON_ASCII_WORDS: Final = tuple(
    (word, frozenset(c for c in word if not c.isascii()))
    for word in _WORD_LANGUAGE
    if not word.isascii()
)


def _no_latin_sign(text: str) -> bool:
    """True when ``text`` holds none of the signs, found at C speed: most replies have none,
    and the sign scan's alternation tried at every position cost 0.5 ms on 2,000 characters."""
    if text.isascii():  # lower-cased once, not word by word (the same words)
        # the runs of letters of the lower-cased text: its words ("[A-Za-z]+"), at C speed
        # (and no letter of those languages: they are all outside ASCII)
        return _ASCII_WORDS.isdisjoint(letter_runs(text.lower()))
    if "\u0130" not in text and not _may_have_sign(text):
        return True
    # re's IGNORECASE folds U+0130 to "i", str.lower to "i" + a combining dot
    words = {w.lower().replace("i\u0307", "i") for w in set(_TOKEN.findall(text))}
    return words.isdisjoint(_WORD_LANGUAGE) and _ANY_LETTER.search(text) is None


def _may_have_sign(text: str) -> bool:
    """False when ``text`` (without U+0130) surely holds no sign; True sends it to the exact
    test, whose word scan walks every character (0.2 ms on a German reply).

    A sign word's token, lower-cased, is part of the lower-cased text (each character lowers
    on its own, U+0130 aside): an ASCII one as a whole run of "a"-"z" (no character outside
    a token lowers to one), another as a substring.  The sign letters are all outside ASCII.
    """
    lowered = text.lower()
    if not _ASCII_WORDS.isdisjoint(letter_runs(lowered)):
        return True
    wide = set("".join(_NON_ASCII.findall(text)))
    if _ANY_LETTER.search("".join(wide)) is not None:
        return True
    wide_lowered = set("".join(wide).lower())
    return any(letters <= wide_lowered and word in lowered for word, letters in _NON_ASCII_WORDS)


def _latin_language(text: str) -> tuple[str, int, int] | None:
    """The unsupported Latin-script language ``text`` is written in, and where, if any."""
    if _no_latin_sign(text):
        return None
    signs: dict[str, set[str]] = {}
    spans: dict[str, list[tuple[int, int]]] = {}
    for m in _LATIN_SIGN.finditer(text):
        sign = m.group().lower()
        if sign in _WORD_LANGUAGE:
            name = _WORD_LANGUAGE[sign]
        else:  # a letter: it counts in a lower-case word, not in a name ("Søren")
            word = _word_at(text, m.start())
            if not word.islower():
                continue
            name, sign = _LETTER_LANGUAGE[sign], "letters"
        signs.setdefault(name, set()).add(sign)
        spans.setdefault(name, []).append(m.span())
        if len(signs[name]) >= _MIN_SIGNS:
            return name, spans[name][0][0], spans[name][-1][1]
    return None


def _word_at(text: str, i: int) -> str:
    """The word around ``text[i]`` (a bounded look either side)."""
    start, end = i, i + 1
    while start > 0 and i - start < 30 and text[start - 1].isalpha():
        start -= 1
    while end < len(text) and end - i < 30 and text[end].isalpha():
        end += 1
    return text[start:end]


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
            if enough:
                found = (name, runs[0].start(), runs[-1].end())
                break
    if found is None:
        found = _latin_language(text)
    if found is None:
        return
    name, start, end = found
    yield doc.finding(
        None, start, end, RULE, Severity.BLOCK, _MESSAGE.format(what=name), _SUGGESTION
    )
