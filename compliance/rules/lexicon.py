"""Per-language word patterns, compiled once per language into fast regular expressions.

Patterns are written naturally (accents, ß, Japanese) and folded exactly like the text,
so "évaluation" also matches "evaluation" and "ÉVALUATION".  Inside a pattern a single
space means "one or more blanks", `` ?`` "an optional blank" and `` ~ `` "up to three
words in between".
Latin-script patterns must start and end on a word boundary; Japanese ones need not.
Every gap is bounded, so matching stays linear.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import ClassVar, Final

from compliance.document import LANGUAGES, Document
from compliance.normalise import fold_literal
from compliance.wording import WORDING

__all__ = ["Lexicon", "Span", "by_first_character", "by_first_letter", "negated", "outside"]

_GAP: Final = r"\s+(?:[^\s.!?;-]{1,25}[\s-]+){0,3}?"
_ALNUM: Final = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_DIGITS: Final = frozenset("0123456789")


def _source(pattern: str) -> str:
    folded = fold_literal(pattern)
    return folded.replace(" ~ ", _GAP).replace(" ?", r"\s?").replace(" ", r"\s+")


def _skip_class(src: str, i: int) -> int:
    """Index of the "]" closing the character class that opens at ``src[i]``."""
    j = i + 1
    while src[j] != "]":
        j += 2 if src[j] == "\\" else 1
    return j


def _top_level(src: str) -> tuple[list[str], int]:
    """The top-level alternatives of ``src``, and where its first group closes (-1: none)."""
    parts: list[str] = []
    depth = last = i = 0
    first_close = -1
    while i < len(src):
        ch = src[i]
        if ch == "\\":
            i += 1
        elif ch == "[":
            i = _skip_class(src, i)
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0 and first_close < 0:
                first_close = i
        elif ch == "|" and depth == 0:
            parts.append(src[last:i])
            last = i + 1
        i += 1
    parts.append(src[last:])
    return parts, first_close


def _expand(src: str) -> list[str]:
    """Split a pattern into alternatives that each start with a plain character.

    Python's regex engine skips quickly over positions whose character cannot start any
    alternative, but only when every alternative starts with a literal character; a
    leading group like "(?:leave|write) ~ review" defeats that and costs time at every
    position.  "(?:a|b)x" becomes ["ax", "bx"], "(?:a)?x" becomes ["ax", "x"].
    """
    alternatives, first_close = _top_level(src)
    if len(alternatives) > 1:
        return [out for alt in alternatives for out in _expand(alt)]
    if not src.startswith("(?:"):
        return [src]
    inner, rest = src[3:first_close], src[first_close + 1 :]
    optional = rest.startswith("?") and not rest.startswith("??")
    if optional:
        rest = rest[1:]
    elif rest[:1] in ("*", "+", "{"):
        return [src]
    out = [x for alt in _top_level(inner)[0] for x in _expand(alt + rest)]
    if optional and rest:
        out += _expand(rest)
    return out


_NEGATION: Final = re.compile(
    r"(?<![a-z0-9])(?:no|not|never|without|don't|doesn't|can't|cannot|won't|isn't|aren't|"
    r"kein\w*|nicht|nie|ohne|pas|aucun\w*|"
    r"sans|jamais|ningun\w*|nunca|sin|non|nessun\w*|senza|mai|niet|geen|nooit|zonder|bez|"
    r"nigdy|zaden|inte|ej|ingen|inga|aldrig|utan|degil|asla|hic)(?![a-z0-9])"
)
_SELLING_NEGATIONS: Final = ("miss", "verpass", "manqu", "pierd", "perd", "przegap", "kacir")
# A dot ends a clause only where no letter follows: "eBay.de", "bol.com" are one word.
_CLAUSE_END: Final = re.compile(r"[!?;:,\n]|\.(?![a-z0-9])")
_LISTED: Final = re.compile(
    r"(?<![a-z])(?:or|and|oder|und|ou|et|o|y|e|of|en|lub|eller|och|veya|ya da)(?![a-z])"
)
# A refusal after the thing refused, in its clause: "... ist leider nicht möglich", "auf eBay
# verkaufen wir nicht" (German puts the negation after the verb and its subject).
_REFUSED_AFTER: Final = re.compile(
    r"(?:(?:is|are) not (?:possible|accepted|available)|(?:verkaufen|sind|handeln) wir "
    r"(?:dort |da )?nicht|(?:ist|sind) (?:leider )?"
    r"nicht (?:möglich|moglich)|n'est pas (?:possible|accepte)|no es posible|non e possibile|"
    r"niet mogelijk|nie jest możliwe|nie jest mozliwe|inte möjligt|inte mojligt|mümkün değil|"
    r"mumkun degil|"
    # waived: "Betalen via Tikkie is niet nodig", "Havale yapmanıza gerek yok"
    r"(?:is|are)(?: not|n't) (?:needed|necessary|required)|(?:ist|sind) (?:gar )?nicht "
    r"(?:nötig|notig|notwendig|erforderlich)|n'est pas necessaire|no es necesari[oa]|"
    r"non e necessari[oa]|(?:is|zijn) (?:helemaal )?niet (?:nodig|noodzakelijk)|hoeft niet|"
    r"nie jest (?:potrzebn|konieczn)\w*|nie trzeba|behovs inte|ar inte nodvandig\w*|"
    r"gerek yok|gerekmiyor|gerekmez|"
    # done by nobody here: "betalen via Tikkie doen we niet", "Swish gör vi inte"
    r"(?:doen|gebruiken|accepteren) (?:we|wij) (?:dus )?niet|(?:machen|tun|akzeptieren) wir "
    r"(?:so etwas |das )?nicht|gor vi inte|anvander vi inte|yapmiyoruz|kabul etmiyoruz|"
    # ("ございませんと", "if there is none", is a condition: no refusal)
    rf"{fold_literal('(?:は|が)(?:ございません|ありません)(?!と)|必要(?:は)?(?:ございません|ありません)|不要')})"
)


def negated(text: str, start: int) -> bool:
    """True when one of the three words before ``start`` (same clause) is a negation, or
    one of five when the words between are a list ("we cannot accept PayPal or bank transfer").

    "There is no discount code needed", "you do not need to contact us directly", or after
    the words in its clause: "PayPal ist leider nicht möglich".
    """
    clause = _CLAUSE_END.search(text, start, start + 80)
    end = clause.start() if clause is not None else min(len(text), start + 80)
    if _REFUSED_AFTER.search(text, start, end) is not None:
        return True
    window = text[max(0, start - 60) : start]
    cuts = [m.end() for m in _CLAUSE_END.finditer(window)]
    if cuts:
        window = window[cuts[-1] :]
    words = window.split()
    words = words[-5:] if _LISTED.search(" ".join(words[-3:])) else words[-3:]
    for k, word in enumerate(words):
        if _NEGATION.fullmatch(word):
            following = words[k + 1] if k + 1 < len(words) else ""
            # "don't miss our sale", "ne manquez pas": the negation sells, it does not deny
            return not following.startswith(_SELLING_NEGATIONS)
    return False


_PLAIN: Final = frozenset("abcdefghijklmnopqrstuvwxyz0123456789'-")
_QUANTIFIERS: Final = frozenset("?*+{")
_WORD: Final = re.compile(r"[a-z0-9]+")

Span = tuple[int, int]
# per alternative of a scanned pattern, sets of strings: a match contains one of each set
_Needles = tuple[tuple[frozenset[str], ...], ...]


def _literal_prefix(src: str) -> str:
    """The plain characters a pattern must start with ("leav" for "leave?s")."""
    out = []
    for k, ch in enumerate(src):
        if ch not in _PLAIN or src[k + 1 : k + 2] in _QUANTIFIERS:
            break
        out.append(ch)
    return "".join(out)


# The patterns filed under one key: one regex per lexicon, and all of them joined, so a
# word that starts none of them ("on" in "on its way") costs one attempt, not one per lexicon.
_Group = tuple[re.Pattern[str], list[tuple[int, re.Pattern[str]]]]


@dataclass(frozen=True, slots=True)
class _Tables:
    """Every lexicon of one language setting, arranged for one pass over the words.

    A pattern that starts with a whole word is filed under that word in ``words``; one
    that starts with part of a word ("rembours" in "rembours\\w*") under its first letters
    in ``stems``; one that starts with a digit class under ``digits``.  A 2,000-character
    reply then costs a few dictionary lookups per word instead of one attempt per pattern
    per character.  Japanese patterns (no word boundaries) and the few that start with
    another class are scanned with ``scans``.
    """

    words: _Groups
    stems: _Groups
    # ``stems`` without the patterns that go on with "'" or "-" right after the stem
    # ("d'avis" under "d", "t-online" under "t"): those match only at the word that is the
    # stem itself, so a longer word ("deliver", "the") need not try them
    long_stems: _Groups
    stem_lengths: tuple[int, ...]
    digits: list[_Group]
    # (lexicon, regex, "word" | "any" | "cjk", what every match contains (None: unknown))
    scans: list[tuple[int, re.Pattern[str], str, _Needles | None]]
    # per scan: its alternatives and each one's needles (None: a scan without needles)
    scan_alternatives: list[tuple[tuple[str, ...], tuple[_Needles, ...]] | None]
    # per scan: the first characters of each alternative's first set of needles (see narrow)
    scan_firsts: list[frozenset[str]]
    # word -> pattern groups that may start at it, and one regex that matches where any of
    # them does (None: no group); filled as words are met
    candidates: dict[str, tuple[re.Pattern[str] | None, list[_Group]]] = field(default_factory=dict)
    # the groups a word may start, by the ids of their joined regexes -> those joined again
    combined: dict[tuple[int, ...], re.Pattern[str]] = field(default_factory=dict)
    # (scan, the alternatives a text may match) -> those alternatives alone, compiled
    narrowed: dict[tuple[int, tuple[int, ...]], re.Pattern[str]] = field(default_factory=dict)

    def narrow(self, k: int, text: str, characters: frozenset[str]) -> re.Pattern[str] | None:
        """Scan ``k`` with only the alternatives whose needles are in ``text``; None when
        no alternative can match (most scans, on most replies: the search is skipped).

        One alternative that opens with a look-behind ("(?<!kargonuzu\\s)takip\\s+edin")
        stops the engine's quick skip to the others' first character ("-15%"): a 2,000
        character reply then cost 0.1 ms.  An alternative whose needles are absent cannot
        match, so the search finds the same matches without it.
        """
        regex = self.scans[k][1]
        alternatives = self.scan_alternatives[k]
        # a scan has needles exactly when each of its alternatives has (_all_needles)
        assert alternatives is not None
        # Each alternative needs a string of its first set, so one of those strings' first
        # characters: a text with none of them (a Japanese scan on a reply with one "。")
        # is ruled out by one set operation, not a test per alternative.
        if characters.isdisjoint(self.scan_firsts[k]):
            return None
        alts, needles = alternatives
        kept = tuple(i for i, need in enumerate(needles) if _may_match(text, need, characters))
        if not kept:
            return None
        if len(kept) == len(alts):
            return regex
        narrowed = self.narrowed.get((k, kept))
        if narrowed is None:
            if len(self.narrowed) > 1_000:  # bounded whatever the inputs
                self.narrowed.clear()
            narrowed = self.narrowed[k, kept] = re.compile(_group([alts[i] for i in kept]))
        return narrowed

    def lookup(self, word: str) -> tuple[re.Pattern[str] | None, list[_Group]]:
        first = self.words.get(word)
        found = [first] if first is not None else []
        for n in self.stem_lengths:
            if n > len(word):
                break
            group = (self.stems if n == len(word) else self.long_stems).get(word[:n])
            if group is not None:
                found.append(group)
        if len(found) < 2:
            return (found[0][0] if found else None), found
        # "the" starts the groups of "the", "th" and "t": one failed attempt rules out all
        # three, where one attempt each cost a regex call each (the tables live as long as
        # the process, so the ids stay theirs; at most one regex per word or stem key)
        key = tuple(id(joined) for joined, _ in found)
        either = self.combined.get(key)
        if either is None:
            either = self.combined[key] = _filter([j.pattern for j, _ in found])
        return either, found


_HEAD: Final = re.compile(r"[a-z0-9]*")
_WORD_END: Final = (r"\s", r"(?![a-z0-9])")
# "1[- ]stars", "fünf[ ,./()-]zwei": a class of non-word characters after the word ends it
# too, so the pattern is tried at that word only, not at every word starting like it.
_NONWORD_CLASS: Final = re.compile(r"\[(?:\\s|\\[-.()+/]|[^\]a-z0-9\\])+\]")
# Patterns led by a digit class must go on with "%", "-" or an amount ("15 % off",
# "5-sterne-...", "10 €"), so they are tried only at numbers followed by one of those.
_DIGIT_LED: Final = re.compile(
    r"\\d(?:\+|\{[0-9,]+\})?(?:\(\?:\[\.,\]\\d\{1,2\}\)\?)?(?:\\s\?|\\s\*| \?)?"
    r"(?:[%-]|\(\?:€|\(\?:%)"
)
# Every such pattern goes on with a word after "%" or "-" ("15 % off", "5-sterne"), so "1%1%"
# and "12-12-12" need no attempt.
_AFTER_NUMBER: Final = re.compile(
    r"(?:[.,]\d{1,2})? ?(?:%\s|-[a-z]|[€$£₺]|(?:euros?|eur|usd|gbp|dollars?|pounds?|percent|"
    r"per ?cent|pct|prozent|pour ?cent|por ?ciento|per ?cento|procent|prosent|zl|zloty?ch|pln|"
    r"kr|kronor|sek|tl|try|lira)(?![a-z]))"
)
# Kana, CJK ideographs and full-width forms: without them no Japanese pattern can match.
_JAPANESE: Final = re.compile("[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")
_NONWORD_START: Final = re.compile(r"\[[^\]a-z0-9\\]*\]")


_LOOKAROUND: Final = ("(?<!", "(?<=", "(?!", "(?=")


def _group_end(src: str, i: int) -> int:
    """Index just after the ")" closing the group that opens at ``src[i]``."""
    depth = 0
    while True:
        ch = src[i]
        if ch == "\\":
            i += 1
        elif ch == "[":
            i = _skip_class(src, i)
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1


def _needles(src: str) -> list[frozenset[str]] | None:
    """Sets of strings such that every match of ``src`` contains one string of each set;
    None if unknown.

    A scanned pattern ("-\\d+ ?%", "(?<!vergi )numaramiz", Japanese words) cannot use
    the word tables, so it is searched through the whole text; when none of its needles
    is in the text it cannot match and the search is skipped.  Only what must be matched
    literally counts: a character before a quantifier, classes of more than plain
    characters, escapes like "\\s" and look-arounds end a literal run.
    """
    options: list[frozenset[str]] = []
    run: list[str] = []

    def close() -> None:
        if run:
            options.append(frozenset(["".join(run)]))
            run.clear()

    i = 0
    while i < len(src):
        ch = src[i]
        if ch == "|":
            return None  # top-level alternatives are given one by one
        if ch in "?*+{":
            if run:
                run.pop()  # the character before it may be absent
            close()
            if ch == "{":
                i = src.find("}", i)
                if i < 0:
                    return None
            i += 1
            continue
        if ch == "(":
            end = _group_end(src, i)
            close()
            quantified = src[end : end + 1] in ("?", "*", "+", "{")
            if src.startswith("(?:", i) and not quantified:
                parts, _ = _top_level(src[i + 3 : end - 1])
                found = [_needles(part) for part in parts]
                if all(f is not None for f in found):
                    options.append(frozenset().union(*(_best(f) for f in found if f is not None)))
            elif not src.startswith(("(?:", *_LOOKAROUND), i):
                return None  # a flag or another construct: do not guess
            i = end
            continue
        if ch == "[":
            end = _skip_class(src, i)
            close()
            chars = src[i + 1 : end]
            if not chars:
                return None  # "[]...]": not a class this reading understands
            if src[end + 1 : end + 2] not in ("?", "*", "{") and not set(chars) & set("\\^-["):
                options.append(frozenset(chars))
            i = end + 1
            continue
        if ch == "\\":
            nxt = src[i + 1 : i + 2]
            if nxt.isalnum() or not nxt:
                close()  # \\s, \\d, \\w: a class, not a literal
            else:
                run.append(nxt)
            i += 2
            continue
        if ch in ".^$)":
            close()
            i += 1
            continue
        run.append(ch)
        i += 1
    close()
    return options or None


def _best(options: list[frozenset[str]]) -> frozenset[str]:
    """The set that filters most: the longest shortest string, then the fewest strings."""
    return max(options, key=lambda o: (min(len(n) for n in o), -len(o)))


def _all_needles(alts: list[str]) -> _Needles | None:
    """Needles for the alternation of ``alts``: each alternative's, or None if one has none."""
    found = [_needles(alt) for alt in alts]
    if any(needles is None or frozenset([""]) in needles for needles in found):
        return None
    return tuple(dict.fromkeys(tuple(needles) for needles in found if needles is not None))


def _alternatives(alts: list[str]) -> tuple[tuple[str, ...], tuple[_Needles, ...]] | None:
    """The alternatives of a scan (as :func:`_group` joins them) with each one's needles,
    or None when one has none (the scan then always runs whole)."""
    unique = tuple(dict.fromkeys(alts))
    found = [_all_needles([alt]) for alt in unique]
    if any(needles is None for needles in found):
        return None
    return unique, tuple(needles for needles in found if needles is not None)


def _first_characters(
    alternatives: tuple[tuple[str, ...], tuple[_Needles, ...]] | None,
) -> frozenset[str]:
    """The first characters of the strings of each alternative's first set of needles: a
    text without any of them matches no alternative (empty: a scan without needles)."""
    if alternatives is None:
        return frozenset()
    return frozenset(n[:1] for needles in alternatives[1] for alt in needles for n in alt[0])


def _may_match(text: str, needles: _Needles, characters: frozenset[str] | None = None) -> bool:
    """False when no alternative can match: each lacks every string of one of its sets.

    ``characters`` is :func:`_characters` of ``text``, when the caller has it already.
    """
    if characters is None:
        characters = _characters(text)
    # plain loops, not nested any()/all(): some seventy scans ask on every check, and the
    # generators cost more than the substring searches
    for alt in needles:
        for need in alt:
            for n in need:
                # a search through a text with wide characters costs a few ns a character;
                # most Japanese needles start with a character the text does not have
                if n[0] in characters and n in text:
                    break
            else:
                break  # no string of this set: the alternative cannot match
        else:
            return True
    return False


_ASCII_CHARACTERS: Final = frozenset(map(chr, range(128)))


def _characters(text: str) -> frozenset[str]:
    """The characters ``text`` may hold: all of ASCII for an ASCII text (no need to count)."""
    return _ASCII_CHARACTERS if text.isascii() else frozenset(text)


_LEADING_ASSERTIONS: Final = re.compile(r"(?:\\b|\(\?<![^()]*\))*")


def by_first_character(src: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """``src``, an alternation of named groups of words, compiled to try at each position
    only the words that start with the character there; and the group names it reports
    (as ``lastgroup``: the groups are empty, at the end of their words), mapped back to
    those of ``src``.

    A hundred alternatives that open with "\\b" or a look-behind are each entered at every
    position, so a 40-character window cost ~40 us.  Here the alternatives are filed by
    their first character, in their order, so a position tries one file: the same
    alternatives that could match there, in the same order, hence the same matches.
    Each file opens with its character itself, the look-behinds and "\\b" moved after it
    (:func:`_after_first`), so the engine skips at C speed to the characters that open a
    file, where a look-ahead for it still entered every file at every position (17 us
    for a 40-character window).
    When an alternative does not start with a plain character, ``src`` is kept as it is.
    """
    files: dict[str, list[tuple[str, str]]] = {}
    for group in _top_level(src)[0]:
        named = re.fullmatch(r"\(\?P<(\w+)>(.*)\)", group, re.DOTALL)
        if named is None:
            return re.compile(src), {}
        name, inner = named.groups()
        for alternative in _top_level(inner)[0]:
            lead = _LEADING_ASSERTIONS.match(alternative)
            cut = lead.end() if lead else 0
            for alt in _expand(alternative[cut:]):
                first, after = alt[:1], alt[1:2]
                if not first or first in "\\[(.^$|?*+{)" or after in ("?", "*", "+", "{"):
                    return re.compile(src), {}
                files.setdefault(first, []).append(
                    (name, _after_first(alternative[:cut], first) + alt[1:])
                )
    parts: list[str] = []
    names: dict[str, str] = {}
    for first, alternatives in files.items():
        branches = []
        for name in dict.fromkeys(name for name, _ in alternatives):
            numbered = f"{name}{len(names)}"
            names[numbered] = name
            words = "|".join(alt for group, alt in alternatives if group == name)
            branches.append(f"(?:{words})(?P<{numbered}>)")
        parts.append(f"{re.escape(first)}(?:{'|'.join(branches)})")
    return re.compile("|".join(parts)), names


_ASSERTION: Final = re.compile(r"\\b|\(\?<!([^()]*)\)")


def _after_first(assertions: str, first: str) -> str:
    """``assertions`` (\\b and look-behinds, as they stood before the character ``first``)
    as they read once ``first`` is matched: the same test, one character later.

    "\\b" before a word character is "no word character before it", "(?<!\\wt)" after
    "t"; before another character it is "a word character before it".  "(?<!X)" becomes
    "(?<!(?:X)t)".  At the start of the text both look back past it and find nothing,
    as the originals did.
    """
    out = []
    for m in _ASSERTION.finditer(assertions):
        char = re.escape(first)
        if m.group(1) is not None:
            out.append(f"(?<!(?:{m.group(1)}){char})")
        elif first.isalnum() or first == "_":
            out.append(f"(?<!\\w{char})")
        else:
            out.append(f"(?<=\\w{char})")
    return "".join(out)


def by_first_letter(alternatives: list[str]) -> str:
    """The alternation of ``alternatives`` (each opening with a plain character) filed by
    that character, in their order: "s(?:iebzehn|echs)|t(?:wo|hree)".

    An alternation of plain words is tried branch by branch at every position the engine
    stops at; filed, a position tries one branch per first character.  Alternatives with
    another first character cannot match there, and within a file the order is kept: the
    same matches.
    """
    files: dict[str, list[str]] = {}
    for alternative in alternatives:
        files.setdefault(alternative[0], []).append(alternative[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in files.items())


def _group(alts: list[str]) -> str:
    return "(?:" + "|".join(dict.fromkeys(alts)) + ")"


# A whole word and the blanks after it, at the start of an alternative.
_LEADING_WORD: Final = re.compile(r"[a-z0-9]+\\s\+")


def _filter(sources: list[str]) -> re.Pattern[str]:
    """One regex that matches where any of ``sources`` does: only asked whether it matches.

    The alternatives that start with the same word and blanks ("your\\s+...", a hundred of
    them) share that start, "your\\s+(?:...|...)": the engine reads it once, not once per
    alternative, and the compiled pattern is smaller.  Whether a match exists is the same
    (the spans could differ, which is why the lexicons' own regexes are left as they are).
    """
    shared: dict[str, list[str]] = {}
    for alt in (a for src in sources for a in _top_level(src)[0]):
        lead = _LEADING_WORD.match(alt)
        # not "\s+?" or "\s++": that "?" or "+" belongs to the start, it cannot be shared
        key = lead.group() if lead is not None and alt[lead.end() :][:1] not in "?+" else ""
        shared.setdefault(key, []).append(alt[len(key) :])
    parts = shared.pop("", [])
    parts += [key + "(?:" + "|".join(dict.fromkeys(rests)) + ")" for key, rests in shared.items()]
    return re.compile("|".join(dict.fromkeys(parts)))


def _compile_group(per: dict[int, list[str]]) -> _Group:
    sources = {index: "|".join(dict.fromkeys(alts)) for index, alts in per.items()}
    entries = [(index, re.compile(src)) for index, src in sources.items()]
    joined = entries[0][1] if len(entries) == 1 else _filter(list(sources.values()))
    return joined, entries


class _Groups:
    """Word or stem -> its pattern group, compiled the first time a text has that word.

    Compiling all of them (14,000 regexes, every language) took 8 s of CPU at every
    process start, though a reply meets a few hundred of them; each is compiled once.
    """

    def __init__(self, table: dict[str, dict[int, list[str]]]) -> None:
        self._sources = table
        self._compiled: dict[str, _Group] = {}

    def get(self, key: str) -> _Group | None:
        group = self._compiled.get(key)
        if group is None:
            per = self._sources.get(key)
            if per is None:
                return None
            # threads may compile the same key at once: all of them keep the first stored,
            # so a group has one identity (lookup() files combinations by identity)
            group = self._compiled.setdefault(key, _compile_group(per))
        return group


@cache
def _tables(lang: str | None, count: int) -> _Tables:
    langs = LANGUAGES if lang is None else (lang,)
    words: dict[str, dict[int, list[str]]] = {}
    stems: dict[str, dict[int, list[str]]] = {}
    long_stems: dict[str, dict[int, list[str]]] = {}
    digits: dict[str, dict[int, list[str]]] = {}
    slow: dict[tuple[int, str], list[str]] = {}  # (lexicon, "word" | "any" | "cjk")
    for index, lexicon in enumerate(Lexicon.registry[:count]):
        for code in langs:
            for pattern in lexicon.patterns[code]:
                alts = _expand(_source(pattern))
                # "pay ?pal" must also find "paypal": a word lookup starts at "paypal", not "pay"
                alts += [alt.replace(r"\s?", "") for alt in alts if r"\s?" in alt]
                for alt in alts:
                    if code != "ja":
                        alt += r"(?![a-z0-9])"
                    prefix = _literal_prefix(alt)
                    head = _HEAD.match(prefix)
                    word = head.group() if head else ""
                    rest = alt[len(word) :]
                    ends = not rest or rest.startswith(_WORD_END) or _NONWORD_CLASS.match(rest)
                    if word and word == prefix and ends:
                        words.setdefault(word, {}).setdefault(index, []).append(alt)
                    elif word:
                        stems.setdefault(word, {}).setdefault(index, []).append(alt)
                        # a word is a whole run of letters and digits: what goes on with
                        # "'" or "-" after the stem can only start at the stem as a word
                        if prefix == word or prefix[len(word)] not in "'-":
                            long_stems.setdefault(word, {}).setdefault(index, []).append(alt)
                    elif alt.startswith(r"\d"):
                        if not _DIGIT_LED.match(alt):
                            raise ValueError(
                                f"{lexicon.name}: {pattern!r} must continue with %, - or €"
                            )
                        digits.setdefault("", {}).setdefault(index, []).append(alt)
                    else:
                        # Japanese and non-word starts ("$5") need no word boundary;
                        # anything else may only start where a word starts, so that it is
                        # never retried at every character of a long word or number.
                        if code == "ja":
                            kind = "cjk"
                        else:
                            kind = "any" if _NONWORD_START.match(alt) else "word"
                        slow.setdefault((index, kind), []).append(alt)
    scans = [
        # no look-behind in front: it would stop the engine's quick skip to a possible first
        # character; a start inside a word is skipped below instead
        (index, re.compile(_group(alts)), kind, _all_needles(alts))
        for (index, kind), alts in slow.items()
    ]
    scan_alternatives = [_alternatives(alts) for alts in slow.values()]
    scan_firsts = [_first_characters(alternatives) for alternatives in scan_alternatives]
    return _Tables(
        words=_Groups(words),
        stems=_Groups(stems),
        long_stems=_Groups(long_stems),
        stem_lengths=tuple(sorted({len(key) for key in stems})),
        digits=[_compile_group(digits[""])] if digits else [],
        scans=scans,
        scan_alternatives=scan_alternatives,
        scan_firsts=scan_firsts,
    )


# A web worker's threads all ask for the tables at once on their first requests: without
# the lock each of them compiled every table itself (seconds of CPU each).
_BUILDING: Final = threading.Lock()


def _built_tables(lang: str | None) -> _Tables:
    with _BUILDING:
        return _tables(lang, len(Lexicon.registry))


def _scan(text: str, lang: str | None) -> list[list[Span]]:
    """Spans of every registered lexicon in ``text`` (a folded view)."""
    tables = _built_tables(lang)
    found: list[list[Span]] = [[] for _ in Lexicon.registry]
    known = tables.candidates
    if len(known) > 50_000:  # bounded memory whatever the input
        known.clear()
    for m in _WORD.finditer(text):
        word = m.group()
        looked_up = known.get(word)
        if looked_up is None:
            looked_up = known[word] = tables.lookup(word)
        either, candidates = looked_up
        start = m.start()
        if word[0] in _DIGITS and tables.digits and _AFTER_NUMBER.match(text, m.end()):
            joined, entries = tables.digits[0]
            if joined.match(text, start) is not None:
                for index, regex in entries:
                    hit = regex.match(text, start)
                    if hit is not None:
                        found[index].append(hit.span())
        if either is None:
            continue
        hit = either.match(text, start)
        if hit is None:
            continue
        if len(candidates) == 1 and len(candidates[0][1]) == 1:
            # one lexicon's patterns: ``either`` is that lexicon's regex (see lookup and
            # _compile_group), so its match is the span; matching again cost a call a hit
            found[candidates[0][1][0][0]].append(hit.span())
            continue
        for joined, entries in candidates:
            # (a group of one lexicon is joined by that lexicon's regex: no filter first)
            if len(candidates) > 1 and len(entries) > 1 and joined.match(text, start) is None:
                continue
            for index, regex in entries:
                hit = regex.match(text, start)
                if hit is not None:
                    found[index].append(hit.span())
    # an ASCII text has none, and asking costs far less than searching it
    japanese = not text.isascii() and _JAPANESE.search(text) is not None
    characters = _characters(text)
    for k, (index, regex, kind, needles) in enumerate(tables.scans):
        if kind == "cjk" and not japanese:
            continue
        # most scans look for words no ordinary reply contains: skip the search then
        if needles is not None:
            narrowed = tables.narrow(k, text, characters)
            if narrowed is None:
                continue
            regex = narrowed
        on_word = kind == "word"
        pos = 0
        while (hit := regex.search(text, pos)) is not None:
            start = hit.start()
            if on_word and start and text[start - 1] in _ALNUM and text[start] in _ALNUM:
                pos = start + 1  # inside a word: look further on
                continue
            found[index].append(hit.span())
            pos = hit.end() if hit.end() > start else start + 1
    for spans in found:
        spans.sort()
    return found


class Lexicon:
    """Named word patterns per language, matched against a folded text."""

    registry: ClassVar[list[Lexicon]] = []

    def __init__(self, name: str, patterns: Mapping[str, Sequence[str]]) -> None:
        unknown = set(patterns) - set(LANGUAGES)
        if unknown:
            raise ValueError(f"lexicon {name}: unknown languages {sorted(unknown)}")
        self.name = name
        # the languages with a module of their own in compliance.wording are merged in here
        self.patterns = {
            lang: tuple(patterns.get(lang, ())) + tuple(WORDING.get(lang, {}).get(name, ()))
            for lang in LANGUAGES
        }
        self.index = len(Lexicon.registry)
        Lexicon.registry.append(self)

    def spans(self, doc: Document) -> list[Span]:
        """Where this lexicon matches :attr:`Document.words`, in order.

        All lexicons are matched in one pass, the first time any of them is asked for.
        """
        found = doc.memo.get("lexicons")
        if found is None:
            # Every language's wording on every text: a card's language never removes a rule.
            found = doc.memo["lexicons"] = _scan(doc.words.text, None)
        spans: list[Span] = found[self.index]
        return spans


def outside(spans: list[Span], cut: list[Span]) -> list[Span]:
    """The ``spans`` that overlap none of the ``cut`` spans (both sorted by start)."""
    if not cut:
        return spans
    kept: list[Span] = []
    k = 0
    for i, j in spans:
        while k < len(cut) and cut[k][1] <= i:
            k += 1
        if k < len(cut) and cut[k][0] < j:
            continue
        kept.append((i, j))
    return kept
