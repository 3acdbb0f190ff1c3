"""Text normalisation with an offset map back to the original text.

Rules never look at the raw text for words, links or numbers: they look at a *view* in which
disguises are undone, and every character of a view remembers which span of the original it
came from, so a finding always underlines what the agent actually typed.

Views, each built from the previous one:

``fold``      NFKC/NFKD compatibility forms (full-width letters, ligatures), accents and
              zero-width/control characters removed, case folded, Cyrillic and Greek
              look-alike letters replaced by the Latin letters they imitate, hiragana
              read as katakana.
``unspace``   letters spelled out with single spaces (``e x a m p l e . c o m``) joined.
``unmask``    "dot"/"at" spellings (``shop dot com``, ``name [at] mail [dot] de``, ``(at)``,
              ``{dot}``, German ``punkt``, ``arroba``, ``chiocciola`` ...) turned into ``.``/``@``;
              used by the link and e-mail rules only, since "at" is an ordinary word.

Every regular expression here is linear: repeated groups consume a fixed separator, and
runs can only start where the previous character cannot continue them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from compliance.confusables import LATIN_CONFUSABLES

__all__ = ["View", "fold", "fold_literal", "rejoin", "respell", "unmask", "unspace"]


@dataclass(frozen=True, slots=True)
class View:
    """A transformed text; character ``i`` came from ``original[starts[i]:ends[i]]``."""

    text: str
    starts: Sequence[int]
    ends: Sequence[int]
    original_length: int

    def span(self, i: int, j: int) -> tuple[int, int]:
        """The original span of ``self.text[i:j]``."""
        if i >= j:
            pos = self.starts[i] if i < len(self.starts) else self.original_length
            return pos, pos
        start, end = self.starts[i], self.ends[j - 1]
        if start >= end:  # a reversed (bidi override) stretch: its characters run backwards
            start, end = min(self.starts[i:j]), max(self.ends[i:j])
        return start, end


# Look-alike letters (after case folding) and the Latin letter they imitate.
_HOMOGLYPHS: Final[dict[str, str]] = {
    # Cyrillic
    "а": "a", "б": "b", "в": "b", "г": "r", "е": "e", "ё": "e", "з": "3", "и": "u",
    "к": "k", "м": "m", "н": "h", "о": "o", "п": "n", "р": "p", "с": "c", "т": "t",
    "у": "y", "х": "x", "ь": "b", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "ԁ": "d",
    "һ": "h", "ӏ": "l", "ԛ": "q", "ԝ": "w", "ү": "y", "ɡ": "g", "ɑ": "a", "ı": "i",
    # Greek
    "α": "a", "β": "b", "γ": "y", "ε": "e", "η": "n", "ι": "i", "κ": "k", "μ": "u",
    "ν": "v", "ο": "o", "ρ": "p", "σ": "o", "ς": "c", "τ": "t", "υ": "u", "χ": "x",
    "ω": "w", "ϲ": "c", "ϳ": "j",
    # small capitals (IPA and phonetic extensions): "ʀᴇᴠɪᴇᴡ"
    "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ꜰ": "f", "ɢ": "g", "ʜ": "h", "ɪ": "i",
    "ᴊ": "j", "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p", "ǫ": "q", "ʀ": "r",
    "ꜱ": "s", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ᴢ": "z",
    # Armenian and others that pass for Latin
    "օ": "o", "ս": "u", "ո": "n", "հ": "h", "ց": "g", "ɩ": "i", "ʏ": "y",
    # letters with a stroke do not decompose: Polish "ł" is typed as "l" without a Polish
    # keyboard, and both must read alike
    "ł": "l", "đ": "d", "ø": "o", "ħ": "h",
    # typographic quotes and dashes, so "we’d" and "0176–123" read like "we'd" and "0176-123"
    "’": "'", "‘": "'", "ʼ": "'", "`": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"',
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "−": "-",
}  # fmt: skip

_DROP_CATEGORIES: Final = frozenset({"Mn", "Me", "Cf", "Cc"})

# Characters that show nothing, so "re\u3164view" displays as "review": Unicode's
# Default_Ignorable_Code_Point set (DerivedCoreProperties.txt; most of it is also format or
# mark characters, dropped by category) and code points that render as a blank glyph but
# are letters or symbols (Hangul fillers, the blank Braille pattern, musical null notehead).
# Real spaces (category Zs) are not here: they separate words as they appear to.
_IGNORABLE_RANGES: Final = (
    (0x00AD, 0x00AD), (0x034F, 0x034F), (0x061C, 0x061C), (0x115F, 0x1160),
    (0x17B4, 0x17B5), (0x180B, 0x180F), (0x200B, 0x200F), (0x202A, 0x202E),
    (0x2060, 0x206F), (0x3164, 0x3164), (0xFE00, 0xFE0F), (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0), (0xFFF0, 0xFFF8), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A),
    (0xE0000, 0xE0FFF),
    # blank-rendering, not default-ignorable
    (0x2800, 0x2800), (0x1D159, 0x1D159), (0x2061, 0x2064),
)  # fmt: skip
_IGNORABLE: Final = frozenset(
    chr(c) for first, last in _IGNORABLE_RANGES for c in range(first, last + 1)
)

# Letters of any script that pass for Latin ones (Cherokee "Ꭱ", Latin "ɾ", Lisu, Coptic...):
# Unicode's confusables data, with the hand-kept table above deciding where they differ.
_LOOKALIKES: Final[dict[str, str]] = LATIN_CONFUSABLES | _HOMOGLYPHS
_LINE_BREAKS: Final = frozenset({"\n", "\u2028", "\u2029", "\x85", "\x0b", "\x0c"})


# A dot-like combining mark typed on its own renders as a dot under or beside the letter
# before it ("brightwaterhom\u0323enet" shows "brightwaterhomẹnet"), so it can stand for the
# dot of a domain.  A precomposed letter ("ẹ", "ọ") is folded whole and loses its mark; the
# dot above (U+0307) is left out because decomposed Polish "ż" and Turkish "İ" use it.
_COMBINING_DOTS: Final = frozenset("\u0323\u0324\u0358\u1df8\u20e8\u05c5")


@lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    """The folded form of one non-printable-ASCII character ("" drops it)."""
    if ch in _LINE_BREAKS:
        return "\n"
    if ch in "\t\r":
        return " "
    if ch in _IGNORABLE:
        return ""
    if unicodedata.category(ch) == "Nd":  # Arabic-Indic, Devanagari ... digits
        return str(unicodedata.digit(ch))
    if ch in _COMBINING_DOTS:
        return "\u2024"  # a one dot leader: read as a dot between a name and a domain
    decomposed = unicodedata.normalize("NFKD", ch)
    kept = "".join(c for c in decomposed if unicodedata.category(c) not in _DROP_CATEGORIES)
    folded = kept.casefold().translate(_HIRAGANA_TO_KATAKANA)
    return "".join(_LOOKALIKES.get(c, c) for c in folded if c not in _IGNORABLE)


# Japanese writes the same word in hiragana or katakana ("れびゅー", "レビュー"): both read
# as katakana, like the word lists, which are folded the same way.
_HIRAGANA_TO_KATAKANA: Final = {c: c + 0x60 for c in range(0x3041, 0x3097)} | {
    0x309D: 0x30FD,
    0x309E: 0x30FE,
}


# Printable ASCII, tab and newline fold by lower-casing alone; everything else goes through
# _fold_char.  Runs of special characters are folded together to keep CJK text fast.
_SPECIAL: Final = re.compile(r"[^\n\x20-\x7e]+")
_FEW_RUNS: Final = 100  # more runs than this: one call per run costs more than it saves


# Right-to-left and left-to-right overrides make "moc.pohsym" display as "myshop.com": the
# text between an override and its end (or the end of the line) is read in display order.
_OVERRIDE: Final = re.compile("[\u202d\u202e]([^\u202c\n]*)")


def fold(text: str) -> View:
    """Compatibility-normalised, accent-free, case-folded, look-alike-free view of ``text``.

    Text under a bidi override is put in the order a reader sees it.
    """
    if "\u202e" in text or "\u202d" in text:
        order = list(range(len(text)))
        for m in _OVERRIDE.finditer(text):
            if text[m.start()] == "\u202e":
                order[m.start(1) : m.end(1)] = order[m.start(1) : m.end(1)][::-1]
        shown = "".join(text[k] for k in order)
        inner = _fold(shown)
        return View(
            inner.text,
            [order[k] for k in inner.starts],
            [order[k - 1] + 1 for k in inner.ends],
            len(text),
        )
    return _fold(text)


def _plain(text: str) -> bool:
    """True when ``_SPECIAL`` finds nothing in ``text``: printable ASCII and line feeds only.

    Two C-speed string tests (printable ASCII is 0x20-0x7e), where the regex search walked
    every character of a 2,000-character reply (0.03 ms)."""
    return text.isascii() and (text.isprintable() or text.replace("\n", "").isprintable())


def _fold(text: str) -> View:
    n = len(text)
    if _plain(text):
        return View(text.lower(), range(n), range(1, n + 1), n)
    # Most texts fold one character into one ("ü" -> "u", "。" stays): then one translate
    # does it and every offset stays where it was.  str.translate looks every character of
    # a non-ASCII text up in the table (~0.2 ms for a German reply), so a text with a few
    # runs of special characters has only those runs translated.  The runs are found once
    # and reused below (each scan of the text costs ~0.02 ms).
    runs = list(_SPECIAL.finditer(text))
    table = {ord(c): _fold_char(c) for c in set("".join(m.group() for m in runs))}
    if all(len(folded) == 1 for folded in table.values()):
        if len(runs) > _FEW_RUNS:
            folded = text.translate(table)
        else:
            folded = _translate_runs(text, runs, table)
        return View(folded.lower(), range(n), range(1, n + 1), n)
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for m in runs:
        i, j = m.span()
        if i > pos:
            parts.append(text[pos:i].lower())
            starts.extend(range(pos, i))
            ends.extend(range(pos + 1, i + 1))
        pieces = list(map(_fold_char, m.group()))
        if set(map(len, pieces)) == {1}:
            parts.extend(pieces)
            starts.extend(range(i, j))
            ends.extend(range(i + 1, j + 1))
        else:
            for k, piece in enumerate(pieces, start=i):
                if piece:
                    parts.append(piece)
                    starts.extend([k] * len(piece))
                    ends.extend([k + 1] * len(piece))
        pos = j
    if pos < n:
        parts.append(text[pos:].lower())
        starts.extend(range(pos, n))
        ends.extend(range(pos + 1, n + 1))
    return View("".join(parts), starts, ends, n)


def _translate_runs(text: str, runs: list[re.Match[str]], table: dict[int, str]) -> str:
    """``text`` with each of ``runs`` translated by ``table`` (what ``_SPECIAL.sub`` does)."""
    parts: list[str] = []
    pos = 0
    for m in runs:
        parts.append(text[pos : m.start()])
        parts.append(m.group().translate(table))
        pos = m.end()
    parts.append(text[pos:])
    return "".join(parts)


def fold_literal(text: str) -> str:
    """Fold a word list entry the way :func:`fold` folds text (for Japanese and accents)."""
    return fold(text).text


def _rewrite(view: View, edits: list[tuple[int, int, str]]) -> View:
    """Apply non-overlapping, ordered edits ``(i, j, replacement)`` to ``view``.

    A replacement's characters map to the whole original span of what they replace.
    """
    if not edits:
        return view
    text, starts, ends = view.text, view.starts, view.ends
    parts: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    pos = 0
    for i, j, repl in edits:
        parts.append(text[pos:i])
        new_starts.extend(starts[pos:i])
        new_ends.extend(ends[pos:i])
        if repl:
            o_start, o_end = view.span(i, j)
            parts.append(repl)
            new_starts.extend([o_start] * len(repl))
            new_ends.extend([o_end] * len(repl))
        pos = j
    parts.append(text[pos:])
    new_starts.extend(starts[pos:])
    new_ends.extend(ends[pos:])
    return View("".join(parts), new_starts, new_ends, view.original_length)


# Three or more one-character tokens separated by single blanks: "e x a m p l e . c o m".
_SPACED: Final = re.compile(r"(?<!\S)[a-z0-9.@](?:[ \t][a-z0-9.@]){2,}(?![^\s.,;:!?)])")
_BLANK: Final = re.compile(r"[ \t]")
# What every such run not at the start holds, searched first: the engine only stops at
# blanks, where the run scan is tried at every position (0.03 ms a reply), and most texts
# have none.
_SPACED_HINT: Final = re.compile(r"\s[a-z0-9.@][ \t][a-z0-9.@][ \t][a-z0-9.@]")


# Letters joined by hyphens, dots or stars: "r-e-v-i-e-w", "r.e.v.i.e.w" (four or more, so
# "e.g." and "u.s.a" stay as they are).
_LINKED: Final = re.compile(r"[a-z](?<![a-z0-9][a-z])(?:[-.*_·][a-z]){3,}(?![a-z0-9])")
_LINKS: Final = re.compile(r"[-.*_·]")
_LINK_PAIR: Final = re.compile(r"[-.*_·][a-z][-.*_·][a-z][-.*_·]")  # a quick test first
# One-letter words that may stand before a spelled-out word: "leave us a R E V I E W" (but
# "y o r u m", "o p i n i ę" are one word spelled out: see unspace).
_ONE_LETTER_WORDS: Final = frozenset("aiyeou")
# A violation word cut into syllables: "rec-en-sio-ne", "re-vi-ew" (joined only when the
# whole is one of _MASKABLE); found from a hyphen, a short syllable and another hyphen.
_SYLLABLE_PAIR: Final = re.compile(r"-[a-z]{1,4}-")
_SYLLABLES: Final = re.compile(
    r"[a-z](?<![a-z0-9-][a-z])[a-z]{0,3}(?:-[a-z]{1,4}){2,5}(?![a-z0-9-])"
)
# Katakana spelled out one by one: "レ ビ ュ ー" (Japanese puts no blank between letters).
_KANA_SPACED: Final = re.compile(r"[ァ-ヺー](?:[ \t][ァ-ヺー]){2,}(?![ァ-ヺー])")


def unspace(view: View) -> View:
    """Join letters spelled out one by one; each kept letter keeps its own offset."""
    text = view.text
    edits: list[tuple[int, int, str]] = []
    spaced = _SPACED_HINT.search(text) is not None or _SPACED.match(text) is not None
    for m in _SPACED.finditer(text) if spaced else ():
        base = m.start()
        word = m.group()
        blanks = _BLANK.finditer(word)
        if (
            word[0] in _ONE_LETTER_WORDS
            and len(word) >= 9
            and "." not in word
            and "@" not in word
            and _BLANK.sub("", word) not in _MASKABLE
        ):
            next(blanks)  # keep the article apart: "a" + "review"
        edits.extend((base + b.start(), base + b.end(), "") for b in blanks)
    if _LINK_PAIR.search(text) is not None:
        for m in _LINKED.finditer(text):
            base = m.start()
            edits.extend((base + k.start(), base + k.end(), "") for k in _LINKS.finditer(m.group()))
    if _SYLLABLE_PAIR.search(text) is not None:
        for m in _SYLLABLES.finditer(text):
            if m.group().replace("-", "") in _MASKABLE:
                base = m.start()
                edits.extend(
                    (base + k, base + k + 1, "") for k, c in enumerate(m.group()) if c == "-"
                )
    if not text.isascii():
        for m in _KANA_SPACED.finditer(text):
            base = m.start()
            edits.extend((base + b.start(), base + b.end(), "") for b in _BLANK.finditer(m.group()))
    return _rewrite(view, sorted(set(edits)))


# Violation words written to slip past a word list: masked inside ("r*view", "p@yp@l",
# "bewert#ng") or with one letter wrong ("reveiw", "feedbak", "Bewertng").  Only words that
# are themselves the violation are restored, so "a*mazon" stays as typed.
_MASKABLE: Final = frozenset(
    [
        "review",
        "reviews",
        "feedback",
        "rating",
        "ratings",
        "stars",
        "bewertung",
        "bewertungen",
        "rezension",
        "sterne",
        "avis",
        "evaluation",
        "commentaire",
        "etoiles",
        "resena",
        "opinion",
        "valoracion",
        "estrellas",
        "recensione",
        "valutazione",
        "stelle",
        "recensie",
        "beoordeling",
        "sterren",
        "opinia",
        "opinie",
        "ocena",
        "gwiazdki",
        "recension",
        "omdome",
        "betyg",
        "stjarnor",
        "degerlendirme",
        "yorum",
        "puan",
        "yildiz",
        "paypal",
        "ebay",
        "etsy",
        "whatsapp",
        "telegram",
        "instagram",
        "facebook",
        "tiktok",
        "website",
        "webshop",
        "newsletter",
        "discount",
        "coupon",
        "voucher",
        "gutschein",
        "rabatt",
        "reduction",
        "descuento",
        "sconto",
        "korting",
        "rabat",
        "indirim",
        "email",
        "e-mail",
    ]
)
_TYPO_WORDS: Final = frozenset(
    [
        "review",
        "reviews",
        "feedback",
        "bewertung",
        "bewertungen",
        "rezension",
        "evaluation",
        "commentaire",
        "valoracion",
        "recensione",
        "valutazione",
        "recensie",
        "beoordeling",
        "recension",
        "degerlendirme",
        "newsletter",
    ]
)
# real words one letter away from a violation word
_NOT_TYPOS: Final = frozenset(
    [
        "preview",
        "previews",
        "reviewer",
        "reviewed",
        "reviewing",
        "feedbacks",
        "bewertungs",
        "evaluations",
        "recensies",
    ]
)
_MASKS: Final = frozenset("*#_$@!")
_MASK_CHARS: Final = re.compile(r"[*#_$@!]")
_LETTER_FOR: Final = str.maketrans("@$!", "asi")
_MASKABLE_BY_LENGTH: Final[dict[int, tuple[str, ...]]] = {
    n: tuple(w for w in sorted(_MASKABLE) if len(w) == n) for n in range(2, 20)
}
# ("pe": Greek "ρ" folds to "p", the letter it looks like, yet "ρeview" reads "review")
_TYPO_HEAD_LIST: Final = (
    "re", "rw", "er", "fe", "fa", "ef", "be", "bw", "eb",
    "ev", "va", "co", "ne", "de", "ed", "rc", "pe",
)  # fmt: skip
_TYPO_HEADS: Final = re.compile(
    rf"(?:{'|'.join(_TYPO_HEAD_LIST)})(?<![a-z0-9]..)[a-z]{{3,12}}(?![a-z0-9])"
)
_TYPO_HEAD_BYTES: Final = frozenset(head.encode("ascii") for head in _TYPO_HEAD_LIST)


def _any_typo(runs: set[bytes]) -> bool:
    """False when no match of ``_TYPO_HEADS`` can be a typo: each match is a whole run of
    letters (5 to 14, opening with a head), so the runs of the text (already at hand)
    are checked instead of scanning the text with the heads' alternation (0.02 ms)."""
    return any(
        5 <= len(run) <= 14 and run[:2] in _TYPO_HEAD_BYTES and _typo_of(run.decode()) is not None
        for run in runs
    )


@lru_cache(maxsize=1024)
def _unmasked(token: str) -> str | None:
    """The violation word hidden by mask characters in ``token``, if any."""
    plain = token.translate(_LETTER_FOR)
    if plain in _MASKABLE:
        return plain
    dropped = _MASK_CHARS.sub("", token)
    if dropped in _MASKABLE:  # "a*mazon" style: the mask was added
        return dropped
    for word in _MASKABLE_BY_LENGTH.get(len(token), ()):  # each mask hides one letter
        if all(c == w or c in "*#_$@!" for c, w in zip(token, word, strict=True)):
            return word
    return None


def _deletes(word: str) -> dict[str, int]:
    """Each string ``word`` becomes with one letter dropped, and the position dropped."""
    return {word[:k] + word[k + 1 :]: k for k in range(len(word))}


# every violation word with one letter dropped -> (the word, where the letter was)
_TYPO_INDEX: Final[dict[str, tuple[str, int]]] = {}
for _word in sorted(_TYPO_WORDS):
    for _variant, _k in _deletes(_word).items():
        _TYPO_INDEX.setdefault(_variant, (_word, _k))


@lru_cache(maxsize=8192)
def _typo_of(word: str) -> str | None:
    """The violation word ``word`` misspells by one letter (added, dropped, changed, or two
    neighbours swapped), if any."""
    if word in _TYPO_WORDS or word in _NOT_TYPOS or len(word) < 6:
        return None
    if word in _TYPO_INDEX:  # one letter dropped: "reviw", "bewertng"
        return _TYPO_INDEX[word][0]
    for variant, k in _deletes(word).items():
        if variant in _TYPO_WORDS:  # one letter added: "reveiew"
            return variant
        found = _TYPO_INDEX.get(variant)
        if found is None or len(found[0]) != len(word):
            continue
        target, j = found
        if j == k:  # one letter changed: "revuew"
            return target
        if abs(j - k) == 1 and word[k] == target[j] and word[j] == target[k]:  # "reveiw"
            return target
    return None


# Digits typed for the letters they look like ("r3v13w", "B3w3rtung", "4vis 5 3toiles").
# A token is read with letters for its digits when every digit sits between letters
# ("st4rs", "le4ve") or when that spells a violation word ("4vis", "0pinie"); the digits a
# leet writer uses are 0 1 3 4 5 7, so a token with 2, 6, 8 or 9 is a code.  Model numbers
# keep their digits: a digit at the end ("X3", "PS5", "USB3") or the start ("4K", "3rd")
# spells no violation word, and "5 stars" has no letter beside the digit.
_LOWER: Final = frozenset("abcdefghijklmnopqrstuvwxyz")
_LEET: Final = str.maketrans("013457", "oieast")
_LEET_L: Final = str.maketrans("013457", "olease")  # "1" typed for "l"
_LEET_DIGITS: Final = frozenset("013457")
_LEET_RUN: Final = re.compile(r"[0-9]{3}")
_ALNUM: Final = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_PHONE_LETTERS: Final = frozenset("oli")  # "O1O1": a number in disguise, for phone-number


@lru_cache(maxsize=8192)
def _leet_word(token: str) -> str | None:
    """The word ``token`` spells with letters for its digits, if it is leetspeak.

    Cached like the other word readings: a reply's order and tracking numbers come back
    on every keystroke of the edit modal."""
    digits = [c for c in token if c.isdigit()]
    letters = [c for c in token if c.isalpha()]
    if (
        not 3 <= len(token) <= 20
        or len(letters) < 2
        or len(digits) > len(letters)
        or not _LEET_DIGITS.issuperset(digits)
        or _PHONE_LETTERS.issuperset(letters)
        or _LEET_RUN.search(token)
    ):
        return None
    for table in (_LEET, _LEET_L):
        word = token.translate(table)
        if word in _MASKABLE or _typo_of(word) is not None:
            return word
    if token[0].isdigit() or token[-1].isdigit():
        return None
    return token.translate(_LEET)


# A violation word written backwards ("weiver a su evael esaelp"): its line is read reversed.
_REVERSED_WORDS: Final = frozenset(w[::-1] for w in _MASKABLE if len(w) >= 5 and w.isalpha())
_REVERSED: Final = re.compile(r"(?<![a-z])(?:" + "|".join(sorted(_REVERSED_WORDS)) + r")(?![a-z])")
# A match is a whole run of letters: when no run is one of the words, the alternation (tried
# at every position, 0.1 ms on 2,000 characters) need not run at all.
_REVERSED_BYTES: Final = frozenset(w.encode("ascii") for w in _REVERSED_WORDS)
# Bytes other than "a"-"z" read as a blank: the runs of letters are then what bytes.split()
# returns, at C speed (re.findall(r"[a-z]+") built a string per run, 0.03-0.05 ms a reply).
_LETTERS_ONLY: Final = bytes(c if 0x61 <= c <= 0x7A else 0x20 for c in range(256))


def letter_runs(text: str) -> set[bytes]:
    """The runs of "a"-"z" in ``text`` (``set(re.findall("[a-z]+", text))``), as bytes.

    Every other character, non-ASCII ones too ("?" after encoding), separates runs."""
    return set(text.encode("ascii", "replace").translate(_LETTERS_ONLY).split())


# A digit with a letter before or after it: the only places a letter-digit pair can be.
# Opening with the digit class, the engine skips to digits at C speed.
_DIGIT_BESIDE_LETTER: Final = re.compile(r"[0-9](?:(?<=[a-z][0-9])|(?=[a-z]))")


def _letter_digit_pairs(text: str) -> Iterator[int]:
    """Where a letter and a digit, in either order, stand side by side: the starts of the
    matches ``re.finditer("[a-z][0-9]|[0-9][a-z]", text)`` finds, without trying that
    alternation at every position (0.04 ms a reply) or walking every run of digits in
    Python: only a digit with a letter beside it can be in a pair, and a pair taken is not
    reused (``taken``, as the matches do not overlap)."""
    taken = 0
    for m in _DIGIT_BESIDE_LETTER.finditer(text):
        digit = m.start()
        if digit - 1 >= taken and text[digit - 1] in _LOWER:
            yield digit - 1  # letter, digit
            taken = digit + 1
        if digit + 1 < len(text) and text[digit + 1] in _LOWER and digit >= taken:
            yield digit  # digit, letter
            taken = digit + 2


def respell(view: View) -> View:
    """Restore masked, misspelt, leetspeak and reversed violation words (see ``_MASKABLE``)."""
    text = view.text
    edits: list[tuple[int, int, str]] = []
    resume = 0
    for pair in _letter_digit_pairs(text):  # digits beside letters are rare: look around each
        if pair < resume:
            continue
        i, j = pair, pair + 2
        while i > 0 and i > pair - 20 and text[i - 1] in _ALNUM:
            i -= 1
        while j < len(text) and j < pair + 22 and text[j] in _ALNUM:
            j += 1
        resume = j
        word = _leet_word(text[i:j])
        if word is not None and word != text[i:j]:
            edits.append((i, j, word))
    resume = 0
    runs = letter_runs(text)
    reversed_words = not _REVERSED_BYTES.isdisjoint(runs)
    for m in _REVERSED.finditer(text) if reversed_words else ():
        if m.start() < resume:
            continue
        i = text.rfind("\n", 0, m.start()) + 1
        j = text.find("\n", m.end())
        j = len(text) if j < 0 else j
        resume = j
        edits.append((i, j, text[i:j][::-1]))
    if edits:  # the mask and typo passes below see the restored words
        view = _rewrite(view, _non_overlapping(edits))
        text = view.text
        runs = letter_runs(text)
        edits = []
    resume = 0
    for c in _MASK_CHARS.finditer(text):  # masks are rare: look around each one
        if c.start() < resume:
            continue
        i, j = c.start(), c.end()
        while i > 0 and i > c.start() - 20 and (text[i - 1].isalpha() or text[i - 1] in _MASKS):
            i -= 1
        while j < len(text) and j < c.end() + 20 and (text[j].isalpha() or text[j] in _MASKS):
            j += 1
        resume = j
        if (i and text[i - 1].isalnum()) or (j < len(text) and text[j].isalnum()):
            continue
        token = text[i:j].strip("".join(_MASKS)) if text[i] not in "*#" else text[i:j]
        if len(token) >= 3:
            word = _unmasked(token)
            if word is not None:
                edits.append((i, i + len(token), word))
    for m in _TYPO_HEADS.finditer(text) if _any_typo(runs) else ():
        target = _typo_of(m.group())
        if target is not None:
            edits.append((m.start(), m.end(), target))
    if not edits:
        return view
    return _rewrite(view, _non_overlapping(edits))


def _non_overlapping(edits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The edits in order, each dropped when it overlaps one kept before it."""
    kept: list[tuple[int, int, str]] = []
    for edit in sorted(edits):
        if not kept or edit[0] >= kept[-1][1]:
            kept.append(edit)
    return kept


# A line break inside a word or a host: "re" / "view", "myshop.c" / "om".
_HOST_CHARS: Final = frozenset("abcdefghijklmnopqrstuvwxyz0123456789.-")
_AFTER_BREAK: Final = re.compile(r"[ \t]{0,3}([a-z]{1,40})(?![a-z0-9])")


def rejoin(view: View, tlds: frozenset[str]) -> View:
    """Read a word or host split by a line break joined, when joined it is a violation
    word (``_MASKABLE``, or one letter off one) or a host ending in a top-level domain.

    Line breaks (LF, CR LF, U+2028, U+2029) are all "\\n" in the folded view.
    """
    text = view.text
    edits: list[tuple[int, int, str]] = []
    pos = text.find("\n")
    while pos > 0:
        end = pos  # walk back (a bounded scan: no regular expression searching backwards)
        while end > 0 and end > pos - 3 and text[end - 1] in " \t":
            end -= 1
        start = end
        while start > 0 and end - start < 253 and text[start - 1] in _HOST_CHARS:
            start -= 1
        right = _AFTER_BREAK.match(text, pos + 1) if start < end else None
        if right is not None:
            token = text[start:end]
            head = token.rsplit(".", 1)[-1]
            tail = right.group(1)
            joined = head + tail
            host = "." in token and head.isalpha() and head not in tlds and joined in tlds
            word = head.isalpha() and head == token
            if host or (word and (joined in _MASKABLE or _typo_of(joined) is not None)):
                edits.append((end, right.start(1), ""))
        pos = text.find("\n", pos + 1)
    return _rewrite(view, edits)


# Spelled-out "." and "@".  Bracketed forms are always disguises; bare words only when what
# follows looks like a domain (decided in code, so "le point de retrait" stays French).
# (Japanese words as folded: the voiced mark of "ド" is dropped, so "ドット" reads "トット")
_DOT_WORDS: Final = r"dot|d0t|punkt|point|punto|ponto|punt|kropka|nokta|prick|トット"
_AT_WORDS: Final = (
    r"at|ät|arroba|chiocciola|arobase|chez|bei|klammeraffe|apenstaartje|malpa|snabel-a|"
    r"アットマーク|アット"
)
_OPEN: Final = r"[\[\(\{<]"
_CLOSE: Final = r"[\]\)\}>]"
# Every alternative starts with the separator itself (a blank, an opening bracket or "@")
# right after a letter or digit, so the engine only stops at those characters.
_BLANK_FIRST: Final = (
    r"(?<=[ \t])[ \t]{0,2}(?:"
    rf"(?P<bdot1>{_OPEN}[ \t]{{0,3}}(?:{_DOT_WORDS}|\.)[ \t]{{0,3}}{_CLOSE}[ \t]{{0,3}})"
    rf"|(?P<bat1>{_OPEN}[ \t]{{0,3}}(?:{_AT_WORDS}|@)[ \t]{{0,3}}{_CLOSE}[ \t]{{0,3}})"
    rf"|(?P<wdot>(?:{_DOT_WORDS})[ \t]{{1,3}}|\.[ \t]{{0,3}})"
    rf"|(?P<wat1>(?:{_AT_WORDS})[ \t]{{1,3}}|@[ \t]{{0,3}})"
    r")"
)
_BRACKET_FIRST: Final = (
    r"(?<=[\[\(\{<])[ \t]{0,3}(?:"
    rf"(?P<bdot2>(?:{_DOT_WORDS}|\.)[ \t]{{0,3}}{_CLOSE}[ \t]{{0,3}})"
    rf"|(?P<bat2>(?:{_AT_WORDS}|@)[ \t]{{0,3}}{_CLOSE}[ \t]{{0,3}})"
    r")"
)
_MASK: Final = re.compile(
    r"[ \t\[\(\{<@](?<=[a-z0-9][ \t\[\(\{<@])"
    rf"(?:{_BLANK_FIRST}|{_BRACKET_FIRST}|(?<=@)(?P<wat2>[ \t]{{1,3}}))"
    r"(?=[a-z0-9])"
)
_NEXT_WORD: Final = re.compile(r"[a-z0-9-]{1,63}")
_LABEL_CHARS: Final = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-")


def _word_before(text: str, end: int) -> str:
    """The domain label ending at ``end`` (at most 63 characters, like DNS)."""
    start = end
    while start > 0 and end - start < 63 and text[start - 1] in _LABEL_CHARS:
        start -= 1
    return text[start:end]


# After a bare "at": a domain whose dot is itself spelled out ("name at mail dot de").
_SPELLED_DOMAIN: Final = re.compile(
    rf"[a-z0-9-]{{1,63}}(?:[ \t]{{0,3}}{_OPEN}[ \t]{{0,3}}(?:{_DOT_WORDS}|\.)[ \t]{{0,3}}{_CLOSE}"
    rf"|[ \t]{{1,3}}(?:{_DOT_WORDS})[ \t]{{1,3}})[a-z0-9]"
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# "point", "punkt" and "punto" are everyday words ("pickup point at 9:30", "access point
# shop"), so spelled with them only the domains people really write that way count.
_SPELLED_TLDS: Final = {
    "punkt": _words("com net org info de at ch eu se nl pl dk no fi"),
    "point": _words("com net org info fr eu ch be ca"),
    "punto": _words("com net org info es it eu"),
    "ponto": _words("com net org br pt"),
    # Dutch "punt", also the pickup point ("het PostNL punt in de winkel"): no "in", "nu"
    "punt": _words("com net org info nl be eu de shop"),
    "prick": _words("se nu com net org eu"),  # Swedish "prick", a dot or a spot
}


# After "amazon" a spelled dot is a dot before any of Amazon's marketplace domains, whatever
# the dot word, when a path or another spelled dot follows ("amazon ponto es barra stores").
_AMAZON_TLDS: Final = _words("com de fr es it nl pl se co uk eu ca jp in au br mx tr be sg ae")
_AMAZON_PATH: Final = re.compile(
    r"[ \t]*(?:/|(?:slash|schragstrich|barre|barra|ukosnik|snedstreck|schuine streep|"
    r"egik cizgi)(?![a-z])|"
    rf"(?:{_DOT_WORDS})[ \t]+(?:uk|jp|au|br|mx|tr|sg|ae|in)(?![a-z]))"
)

# "Our email is support at shop.com": after a mail word, a bare "at" is the "@".
_MAIL_WORD: Final = re.compile(
    r"e-?mail|courriel|correo|adresse|address|indirizzo|mail:|e-?post|mejl|adres"
)
_UNAMBIGUOUS_AT: Final = frozenset(
    {"arroba", "chiocciola", "arobase", "klammeraffe", "アットマーク", "アット"}
)
# "name at gmail.com": a bare "at" before a mail provider is an address, not a place.
_MAIL_PROVIDERS: Final = _words(
    "gmail googlemail yahoo hotmail outlook live msn icloud me aol gmx web t-online freenet "
    "posteo mail protonmail proton orange free laposte sfr wanadoo libero virgilio tiscali "
    "alice tin telefonica terra btinternet sky"
)
# Words after which a bare "at" names a place ("listed at shop dot com", "find us at ..."):
# what follows is a website, reported as a link, not an e-mail address.
_PLACE_WORDS: Final = _words(
    "listed found available located sold us online here there them more info details "
    "parts visit shop buy order see look find stocked offered page website site web is are "
    "was were be it its one size model version also"
)
# Words before "point"/"punto" that make it the French/Spanish noun, not a dot.
_STOPWORDS: Final = _words(
    "a an the this that our your le la les un une au du des ce cette el los las una del al "
    "este esta lo il gli uno questo quel der die das den dem ein eine einen ist und et y e "
    "o of to in on by de di da en es us me we you uns nous vous ci it het na w z och ve ile bu"
)


# Characters browsers or readers take for a dot: ideographic and half-width full stops,
# middle dots, bullets, one-dot leaders, and letters drawn as a raised dot (the Canadian
# syllabics final middle dot U+1427, the Latin sinological dot U+A78F), and the modifier
# rings and small circles drawn low or high (U+02F3 "˳", U+02DA "˚", U+26AC "⚬"; round 24b).
# Any other non-ASCII punctuation mark between a name and what follows can pass for a dot
# ("myshop，com", Syriac and Armenian full stops); the link rule still needs a real TLD.
_OTHER_STOPS: Final = "".join(
    chr(c)
    for c in range(0xA0, 0x10000)
    if unicodedata.category(chr(c)) == "Po" and not 0xD800 <= c <= 0xDFFF
)
# (The blanks before the mark are taken in code: a pattern opening with them is tried at
# every position, 0.08 ms a reply; one opening with the mark skips to the marks.)
_DOT_LOOKALIKE: Final = re.compile(
    "[\u3002\uff61\u00b7\u30fb\u2027\u2219\u22c5\u2022\u2024\ufe52\u25cf\u25e6\u25cb\u2218\u2299\u2981\u2804\u00b8\u02d9\u02f3\u02da\u26ac\ua4f8\u1427\ua78f"
    + re.escape(_OTHER_STOPS)
    + "][ \t]{0,2}(?=[a-z0-9])"
)
# "myshop. com", "myshop .com": a full stop with blanks beside it, between two words.
_DOT_AND_BLANKS: Final = re.compile(r"\.[ \t\n]{0,3}(?=[a-z0-9])")


def _blank_dots(text: str) -> list[int]:
    """Positions of full stops with a blank beside them (str.find: far cheaper than a scan)."""
    found: set[int] = set()
    for pair, offset in ((". ", 0), (" .", 1), (".\t", 0), ("\t.", 1), (".\n", 0), ("\n.", 1)):
        pos = text.find(pair)
        while pos >= 0:
            found.add(pos + offset)
            pos = text.find(pair, pos + 1)
    return sorted(found)


# Domains nobody ends a sentence with; other top-level domains after a spaced dot count only
# where the text stops or a path follows ("mystore. de/angebote", but not "Merci. De plus").
_STRONG_TLDS: Final = frozenset(["com", "net", "org", "info", "biz", "xyz", "io", "eu"])
# After another top-level domain, only a path or the end of the text or line will do.
_PATH_OR_END: Final = re.compile(r"[ \t]*(?:$|\n|/)")
_TITLES: Final = frozenset(
    "mr mrs ms dr st no nr ca bzw mme mlle sr sra sig dott prof".split()  # noqa: SIM905
)


_SCHEME_NEXT: Final = re.compile(r"(?:https?|ftps?)://")
_ANY_DOT_LOOKALIKE: Final = re.compile(
    "[\u3002\uff61\u00b7\u30fb\u2027\u2219\u22c5\u2022\u2024\ufe52\u25cf\u25e6\u25cb\u2218\u2299\u2981\u2804\u00b8\u02d9\u02f3\u02da\u26ac\ua4f8\u1427\ua78f"
    + re.escape(_OTHER_STOPS)
    + "]"
)
# "myshop,com": an ASCII comma before a top-level domain nobody writes as a word.
# Other marks typed for the dot before a top-level domain nobody writes as a word:
# "myshop,com", "myshop;com", "myshop..com", "myshop\\.com", "myshop%2Ecom".
_COMMA_DOT: Final = re.compile(
    "(?:"
    + "|".join(
        rf"{re.escape(mark)}(?<=[a-z0-9]{re.escape(mark)})"
        for mark in (",", ";", ":", "'", "…", "..", "\\.", "%2e")
    )
    + r")(?=(?:com|net|org|info|biz|shop|store)(?![a-z0-9]))"
)
# "www,giardino-facile,it/video": after "www," or before a path every comma of the host is a
# dot, whatever the top-level domain.
# Each alternative starts with its literal ("w" or ","), so the scan stops only there.
_COMMA_HOST: Final = re.compile(
    r"w(?<![a-z0-9]w)ww,[a-z0-9-]{1,63}(?:,[a-z0-9-]{1,63}){1,4}"
    r"|,(?<=[a-z0-9],)[a-z0-9-]{1,63}(?:,[a-z0-9-]{1,63}){0,3}(?=/[a-z0-9])"
)


def _comma_dots(view: View) -> View:
    edits = [
        (m.start() + k, m.start() + k + 1, ".")
        for m in _COMMA_HOST.finditer(view.text)
        for k, ch in enumerate(m.group())
        if ch == ","
    ]
    edits += [(m.start(), m.end(), ".") for m in _COMMA_DOT.finditer(view.text)]
    return _rewrite(view, sorted(set(edits)))


# Labels a footer writes after a spaced middle dot ("Kontorsmöbler AB · Org.nr 559218-4471"):
# a field of the registration line, never the end of a host.
_FOOTER_LABELS: Final = frozenset(
    "org.nr orgnr momsreg.nr reg.nr vat.nr ust.idnr st.nr p.iva c.f nr.kvk".split()  # noqa: SIM905
)


def _spaced_mark_is_dot(view: View, end: int, tlds: frozenset[str], original: str) -> bool:
    """A mark with blanks on both sides ("SAS · capital 1 200 000 €", "AB · Org.nr") is a
    field separator unless a domain ends after it: a strong top-level domain, another before
    a path or the end of the line, or a lower-case chain of labels ("shop · co.uk")."""
    text = view.text
    nxt = _NEXT_WORD.match(text, end)
    if nxt is None:
        return False
    if text.startswith(".", nxt.end()):
        chain = _CHAIN.match(text, end)
        if chain is None or chain.group() in _FOOTER_LABELS:
            return False
        if original:
            typed_start, typed_end = view.span(chain.start(), chain.end())
            typed = original[typed_start:typed_end]
            return typed == typed.lower()
        return True
    return _domain_ending(text, nxt, tlds)


_CHAIN: Final = re.compile(r"[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,4}")


def _lookalike_dots(view: View, tlds: frozenset[str] = frozenset(), original: str = "") -> View:
    text = view.text
    if _ANY_DOT_LOOKALIKE.search(text) is None:
        return view
    edits = []
    taken = 0  # where the last match ended: its blanks are not the next one's
    for m in _DOT_LOOKALIKE.finditer(text):
        start = m.start()
        while start > taken and m.start() - start < 2 and text[start - 1] in " \t":
            start -= 1  # up to two blanks before the mark belong to it
        taken = m.end()
        if _SCHEME_NEXT.match(text, m.end()):
            continue  # "EJ482019374JP、https://…": a mark between a number and a link
        if start > 0 and text[start - 1].isascii() and text[start - 1].isalnum():
            if (
                tlds
                and start < m.start()
                and m.end() > m.start() + 1
                and not _spaced_mark_is_dot(view, m.end(), tlds, original)
            ):
                continue  # "Kundservice AB · Org.nr 559218-4471": fields of a footer line
            edits.append((start, m.end(), "."))
    return _rewrite(view, edits)


def _domain_ending(text: str, word: re.Match[str], tlds: frozenset[str]) -> bool:
    """True when ``word``, after a spaced dot, can end a domain: a strong top-level domain,
    or another before a path or the end of the text or line."""
    right = word.group()
    return right in _STRONG_TLDS or (
        right in tlds and _PATH_OR_END.match(text, word.end()) is not None
    )


def _spaced_dots(view: View, tlds: frozenset[str], original: str) -> View:
    text = view.text
    edits: list[tuple[int, int, str]] = []
    for dot in _blank_dots(text):
        m = _DOT_AND_BLANKS.match(text, dot)
        if m is None:
            continue
        nxt = _NEXT_WORD.match(text, m.end())
        # most are full stops before a word that is no top-level domain ("12. Your"): that
        # is asked first, before the word before the dot and the typed text are read
        if nxt is None or not _domain_ending(text, nxt, tlds):
            continue
        start = dot
        while start > dot - 3 and start > 0 and text[start - 1] in " \t\n":
            start -= 1
        left = _word_before(text, start)
        if not left or left in _STOPWORDS or not start or text[start - 1] not in _LABEL_CHARS:
            continue
        typed_start, typed_end = view.span(nxt.start(), nxt.end())
        typed = original[typed_start:typed_end]
        if typed != typed.lower() or left.isdigit() or left in _TITLES:
            continue  # "today. Best", "Mr. Green", "12. Best": a sentence or an abbreviation
        edits.append((start, m.end(), "."))
    return _rewrite(view, edits)


# "sunnyhome-dot-com", "shop _punkt_ de": a spelled dot between hyphens, underscores or
# stars; a domain label may hold a hyphen, so only a top-level domain after it decides.
_DASHED_DOT: Final = re.compile(
    rf"[-_*~=](?:[-_*~=])?(?:{_DOT_WORDS})[-_*~=]{{1,2}}[ \t]{{0,3}}(?=([a-z0-9-]{{1,63}}))"
)


def _dashed_dots(view: View, tlds: frozenset[str]) -> View:
    text = view.text
    edits = []
    for m in _DASHED_DOT.finditer(text):
        start = m.start()
        while start > m.start() - 3 and start > 0 and text[start - 1] in " \t":
            start -= 1  # blanks before the separator belong to it
        if start and text[start - 1] in _LABEL_CHARS and m.group(1) in tlds:
            edits.append((start, m.end(), "."))
    return _rewrite(view, edits)


# A host spelled in the NATO alphabet: "kilo echo lima papa, dot, uniform kilo" is
# "kelp.uk".  Only a run of at least three letter words with a spelled dot between letters
# is rewritten ("Golf, Tango and Charlie" stays).  Two of the words must be in the text
# before any word is read (str "in": far cheaper than a pattern tried at every position).
_NATO: Final = {
    "alfa": "a", "alpha": "a", "bravo": "b", "charlie": "c", "delta": "d", "echo": "e",
    "foxtrot": "f", "golf": "g", "hotel": "h", "india": "i", "juliet": "j", "juliett": "j",
    "kilo": "k", "lima": "l", "mike": "m", "november": "n", "oscar": "o", "papa": "p",
    "quebec": "q", "romeo": "r", "sierra": "s", "tango": "t", "uniform": "u", "victor": "v",
    "whiskey": "w", "whisky": "w", "x-ray": "x", "xray": "x", "yankee": "y", "zulu": "z",
}  # fmt: skip
_NATO_PROBES: Final = tuple(w for w in _NATO if w not in ("alfa", "juliett", "whisky", "xray"))
_NATO_DOTS: Final = frozenset(
    ("dot", "punkt", "punto", "point", "ponto", "punt", "kropka", "nokta")
)
_RUN_WORD: Final = re.compile(r"[a-z][a-z-]*")


def _spelling_alphabet(view: View) -> View:
    text = view.text
    hits = 0
    for probe in _NATO_PROBES:
        if probe in text:
            hits += 1
            if hits == 2:
                break
    else:
        return view
    edits: list[tuple[int, int, str]] = []
    run: list[tuple[int, int, str]] = []

    def flush() -> None:
        while run and run[-1][2] == ".":
            run.pop()
        letters = sum(1 for r in run if r[2] != ".")
        if letters >= 3 and any(r[2] == "." for r in run):
            edits.append((run[0][0], run[-1][1], "".join(r[2] for r in run)))

    last_end = -10
    for m in _RUN_WORD.finditer(text):
        word = m.group()
        letter = _NATO.get(word) or ("." if word in _NATO_DOTS else None)
        joined = len(text[last_end : m.start()].strip(" \t,")) == 0 and m.start() - last_end <= 3
        if letter is None or not (run and joined):
            flush()
            run = []
        if letter is not None and (run or letter != "."):
            run.append((m.start(), m.end(), letter))
        last_end = m.end()
    flush()
    return _rewrite(view, edits)


def _broken_at(view: View) -> View:
    """ "obsluga.klienta\n@sklep.pl", "kontakt@\nsklep.pl": an address broken at its "@" by a
    line break (a signature wrapped by the mail program) is one address."""
    text = view.text
    edits = []
    for pair, before, after in (("\n@", 0, 2), ("@\n", 0, 2)):
        pos = text.find(pair)
        while pos >= 0:
            start, end = pos + before, pos + after
            while start > 0 and text[start - 1] in " \t":
                start -= 1
            while end < len(text) and text[end] in " \t":
                end += 1
            if (
                start > 0
                and end < len(text)
                and text[start - 1] in _LABEL_CHARS
                and text[end] in _LABEL_CHARS
            ):
                edits.append((start, end, "@"))
            pos = text.find(pair, pos + 1)
    return _rewrite(view, sorted(set(edits)))


def unmask(view: View, tlds: frozenset[str], original: str = "") -> View:
    """Turn spelled-out dots and at-signs into ``.`` and ``@`` when they join a domain.

    Dot look-alikes ("myshop。com", "myshop·com") and dots with blanks beside them
    ("myshop. com") become plain dots first.
    """
    if not view.text.isascii():
        view = _lookalike_dots(view, tlds, original)
    view = _spelling_alphabet(view)
    if "@\n" in view.text or "\n@" in view.text:
        view = _broken_at(view)
    if " ." in view.text or ". " in view.text or "\t" in view.text or "\n" in view.text:
        view = _spaced_dots(view, tlds, original)
    view = _comma_dots(view)
    view = _dashed_dots(view, tlds)
    text = view.text
    edits: list[tuple[int, int, str]] = []
    for m in _MASK.finditer(text):
        kind = (m.lastgroup or "").rstrip("12")
        if kind in ("bdot", "bat"):
            edits.append((m.start(), m.end(), "." if kind == "bdot" else "@"))
            continue
        left = _word_before(text, m.start())
        nxt = _NEXT_WORD.match(text, m.end())
        if not left or nxt is None:
            continue
        right = nxt.group()
        if left in _STOPWORDS:
            continue
        if kind == "wdot":
            word = m.group().strip(" \t")
            accepted = _SPELLED_TLDS.get(word, tlds)
            if right in accepted or _joins_domain(text, nxt.end(), tlds):
                edits.append((m.start(), m.end(), "."))
            elif (
                left == "amazon"
                and right in _AMAZON_TLDS
                and _AMAZON_PATH.match(text, nxt.end()) is not None
            ):
                # "amazon ponto es barra stores": Amazon's own domain before a path, whatever
                # the dot word ("Amazon point de retrait" has none)
                edits.append((m.start(), m.end(), "."))
        else:
            word = m.group().strip(" \t")
            if (
                word == "@"
                or word in _UNAMBIGUOUS_AT
                or right in _MAIL_PROVIDERS
                or _MAIL_WORD.search(text, max(0, m.start() - 40), m.start()) is not None
                or (_SPELLED_DOMAIN.match(text, m.end()) and left not in _PLACE_WORDS)
            ):
                edits.append((m.start(), m.end(), "@"))
    if any(word in text for word in _GLUED_DOT_WORDS):
        # "myshopdotcom": the spelled dot glued between a name and its top-level domain
        edits.extend((m.start(), m.end(), ".") for m in _GLUED_DOT.finditer(text))
        for m in _SPLIT_GLUED_DOT.finditer(text):
            allowed = _SPELLED_TLDS.get(m.group(1))
            if (
                _word_before(text, m.start()) in _STOPWORDS
                or (allowed is not None and m.group(2) not in allowed)
                or _DOTCOM_ERA.match(text, m.end() + len(m.group(2))) is not None
            ):
                continue  # "the dotcom era", "about dotcom days": the word, not a domain
            edits.append((m.start(), m.end(), "."))
        edits.sort()
    if " co " in text or " com " in text or " org " in text or " net " in text:
        for m in _SPACED_SECOND_LEVEL.finditer(text):
            if _word_before(text, m.start(1)) not in _STOPWORDS:
                edits.extend(((m.start(1), m.end(1), "."), (m.start(2), m.end(2), ".")))
        edits.sort()
    if "www" in text:
        for m in _SPACED_WWW.finditer(text):
            if m.group(2) in _STOPWORDS:
                continue
            edits.extend(((m.start(1), m.end(1), "."), (m.start(3), m.end(3), ".")))
            inner = text.find(" ", m.end(3), m.end())  # "co uk" -> "co.uk"
            if inner >= 0:
                edits.append((inner, text.find("uk", inner), "."))
        edits.sort()
    view = _rewrite(view, edits)
    if " /" in view.text or "/ " in view.text or "\t/" in view.text or "/\t" in view.text:
        view = _spaced_path_slashes(view, tlds)  # a blank beside a slash: rare, so asked first
    spelled = any(stem in view.text for stem in _SLASH_STEMS)
    view = _blank_dots_before_paths(view, spelled)
    if spelled:
        view = _spelled_slashes(view, tlds)
    return view


_SLASH_WORDS: Final = (
    r"slash|forward slash|schragstrich|barre oblique|barre|barra|ukosnik|snedstreck|"
    r"schuine streep|egik cizgi|taglio"
)
# the cheap pre-scan: a stem of every slash word, so a new word cannot be skipped
_SLASH_STEMS: Final = ("sl", "str", "bar", "uko", "cizgi", "taglio")
_SPELLED_PATH: Final = re.compile(
    rf"\.([a-z]{{2,24}})"
    rf"((?:[ \t]{{1,3}}(?:{_SLASH_WORDS})[ \t]{{1,3}}[a-z0-9._?=&%-]{{1,60}}){{1,8}})"
)
_SLASH_WORD: Final = re.compile(rf"[ \t]{{1,3}}(?:{_SLASH_WORDS})[ \t]{{1,3}}")


# "shopname com/sale", "sunnyhome com slash deals": a blank for the dot, told by the path
# after the top-level domain.  Only domains that are no everyday word ("it", "to", "de"
# in Spanish is, so the path must be a word of four letters or more) and a name of three
# letters or more before them.
_BLANK_DOT_TLDS: Final = (
    "com|net|org|info|shop|store|online|eu|io|de|fr|nl|pl|ch|dk|fi|jp|tr|co uk|com tr|co jp"
)
# Found from each slash (str.find, and the slash words only when one is in the text), looking
# back a bounded stretch: no scan of every blank in the text.
_BLANK_DOT_BEFORE: Final = re.compile(
    rf"(?<![a-z0-9.-])[a-z0-9-]{{3,63}}([ \t]{{1,2}})(?:{_BLANK_DOT_TLDS})[ \t]{{0,2}}$"
)
_TLD_TAIL: Final = re.compile(rf"[ \t](?:{_BLANK_DOT_TLDS})$")
# (round 28c) Domains that are everyday words ("it", "se", "es", "at", "be") join only when
# the text tells the buyer to put dots for the blanks: "cordeverdi it / video (con i punti
# al posto degli spazi)".
_WORD_TLDS: Final = "it|se|es|at|be|no|pt|ie|us|me|to"
_WORD_TLD_BEFORE: Final = re.compile(
    rf"(?<![a-z0-9.-])[a-z0-9-]{{3,63}}([ \t]{{1,2}})(?:{_WORD_TLDS})[ \t]{{0,2}}$"
)
_WORD_TLD_TAIL: Final = re.compile(rf"[ \t](?:{_WORD_TLDS})$")
_DOTS_FOR_BLANKS: Final = re.compile(
    fold_literal(
        r"(?:dots?|periods?) (?:for|instead of|in place of) (?:the )?(?:spaces|blanks)|"
        r"punkte? (?:statt|anstelle|anstatt) (?:der |von )?leerzeichen|"
        r"points? (?:à la place des|au lieu des|pour les) espaces|"
        r"puntos? (?:en (?:vez|lugar) de|por) (?:los )?espacios|"
        r"punt[oi] (?:al posto degli|invece degli|per gli) spazi|"
        r"punt(?:en)? (?:in plaats van|voor) (?:de )?spaties|"
        r"kropk[aeiy] zamiast spacji|"
        r"punkt(?:er)? i stället för (?:mellanslag|mellanrum)\w*|"
        r"boşluk(?:lar)?(?:ın)? yerine nokta|"
        r"スペースを(?:ドット|点|ピリオド)|空白を(?:ドット|点|ピリオド)"
    )
)
_PATH_WORD: Final = re.compile(r"[ \t]{0,2}[a-z][a-z0-9-]{3,}")


def _slashes(text: str, spelled: bool) -> Iterator[tuple[int, int]]:
    """(start, end) of each "/" and, when a slash word's stem is in the text, each spelled
    slash with its blanks."""
    pos = text.find("/")
    while pos >= 0:
        yield pos, pos + 1
        pos = text.find("/", pos + 1)
    if spelled:
        for m in _SLASH_WORD.finditer(text):
            yield m.start(), m.end()


def _blank_dots_before_paths(view: View, spelled: bool) -> View:
    text = view.text
    edits: list[tuple[int, int, str]] = []
    hinted: bool | None = None  # the buyer told to put dots for the blanks (asked once)
    for start, end in _slashes(text, spelled):
        tail = text[max(0, start - 12) : start].rstrip(" \t")
        before = _BLANK_DOT_BEFORE
        if _TLD_TAIL.search(tail) is None:
            if _WORD_TLD_TAIL.search(tail) is None:
                continue  # "ups.com/track": a dot before the domain, nothing to join
            if hinted is None:
                hinted = _DOTS_FOR_BLANKS.search(text) is not None
            if not hinted:
                continue
            before = _WORD_TLD_BEFORE
        if _PATH_WORD.match(text, end) is None:
            continue
        m = before.search(text, max(0, start - 80), start)
        if m is None or _word_before(text, m.start(1)) in _STOPWORDS:
            continue
        edits.append((m.start(1), m.end(1), "."))
        inner = text.find(" ", m.end(1), start)  # "co uk" -> "co.uk"
        if inner >= 0 and text[m.end(1) : inner] in ("co", "com"):
            edits.append((inner, inner + 1, "."))
    edits.sort()
    return _rewrite(view, edits)


def _spelled_slashes(view: View, tlds: frozenset[str]) -> View:
    """ "amazon.com slash dp slash B0..." (dots already joined): the path of a spelled URL."""
    edits: list[tuple[int, int, str]] = []
    for m in _SPELLED_PATH.finditer(view.text):
        if m.group(1) not in tlds:
            continue
        for w in _SLASH_WORD.finditer(view.text, m.start(2), m.end(2)):
            edits.append((w.start(), w.end(), "/"))
    return _rewrite(view, edits)


_GLUED_DOT_WORDS: Final = ("dot", "punkt", "punto", "point", "kropka", "nokta")
_GLUED_TLDS: Final = (
    r"(?:com|net|org|info|shop|store|online|de|fr|es|it|nl|pl|se|eu|io|co ?uk|ch|at|be)"
)
# (Each word opens with its first letter and looks back from there, so the engine skips to
# those letters; a leading look-behind made it try every position, 0.05 ms a reply.)
_GLUED_DOT: Final = re.compile(
    "(?:"
    + "|".join(rf"{w[0]}(?<=[a-z0-9]{{3}}{w[0]}){w[1:]}" for w in _GLUED_DOT_WORDS)
    + rf")(?={_GLUED_TLDS}(?![a-z0-9]))"
)
# "shop dotcom", "shop-dotcom", "sklep kropkapl": the spelled dot glued to the top-level
# domain, apart from the name; "point"/"punkt"/"punto" only before the domains
# ``_SPELLED_TLDS`` allows them ("pointes" is a French word).
_SPLIT_GLUED_DOT: Final = re.compile(
    rf"[ \t_-](?<=[a-z0-9]{{3}}[ \t_-])[ \t_-]{{0,2}}({'|'.join(_GLUED_DOT_WORDS)}|d0t)"
    rf"(?=({_GLUED_TLDS})(?![a-z0-9]))"
)
_DOTCOM_ERA: Final = re.compile(
    r"[ \t]+(?:days|era|bubble|boom|bust|crash|compan|start|years|age|times|hype|mania)"
)
# "shopname com tr", "shopname co uk": a name and a two-part top-level domain that no
# sentence holds, blanks for the dots.
_SPACED_SECOND_LEVEL: Final = re.compile(
    r"([ \t](?<=[a-z0-9]{3}[ \t])[ \t]{0,2})(?:com|co|org|net)([ \t]{1,3})"
    r"(?<=co[ \t]|om[ \t]|rg[ \t]|et[ \t])(?:tr|uk|jp|pl|au|br|mx|ar)(?![a-z0-9])"
)
# "amazon.es / stores / name": the slashes of a path typed with blanks round them (two
# of them at least: "dhl.de / Packstation 12" is a site and a place).
_SPACED_PATH: Final = re.compile(
    r"(?<![a-z0-9-])[a-z0-9-]{2,63}\.([a-z]{2,24})"
    r"((?:[ \t]{0,3}/[ \t]{0,3}[a-z0-9][a-z0-9._?=&%-]{0,59}){2,8})"
)
_BLANKED_SLASH: Final = re.compile(r"[ \t]{0,3}/[ \t]{0,3}")


def _spaced_path_slashes(view: View, tlds: frozenset[str]) -> View:
    edits: list[tuple[int, int, str]] = []
    for m in _SPACED_PATH.finditer(view.text):
        if m.group(1) not in tlds:
            continue
        for w in _BLANKED_SLASH.finditer(view.text, m.start(2), m.end(2)):
            if w.end() - w.start() > 1:
                edits.append((w.start(), w.end(), "/"))
    return _rewrite(view, edits)


# "www shop com": "www" then a name then a top-level domain, blanks for the dots.
_SPACED_WWW: Final = re.compile(
    r"w(?<![a-z0-9.]w)ww([ \t]{1,3})([a-z0-9-]{2,63})([ \t]{1,3})(?:co[ \t]{1,3}uk|"
    r"com|net|org|info|shop|store|online|eu|io|de|fr|es|it|nl|pl|se|ch|at|be|dk|fi|jp|tr)"
    r"(?![a-z0-9])"
)


_DOT_THEN_WORD: Final = re.compile(
    rf"(?:\.|[ \t]{{1,3}}(?:{_DOT_WORDS})[ \t]{{1,3}}|[ \t]{{0,3}}{_OPEN}[ \t]{{0,3}}"
    rf"(?:{_DOT_WORDS}|\.)[ \t]{{0,3}}{_CLOSE}[ \t]{{0,3}})([a-z0-9-]{{1,63}})"
)


def _joins_domain(text: str, pos: int, tlds: frozenset[str]) -> bool:
    """True when ``text[pos:]`` continues a domain to a top-level domain ("co dot uk")."""
    for _ in range(4):  # at most four more labels: sub.shop.co.uk
        m = _DOT_THEN_WORD.match(text, pos)
        if m is None:
            return False
        if m.group(1) in tlds:
            return True
        pos = m.end()
    return False
