"""Text from outside, made safe to store: no NUL, no other control characters.

PostgreSQL refuses U+0000 in text (and in JSON), so a buyer message holding one failed
to store, retry after retry, until it was set aside with no draft.  Other C0 and C1
control characters are never meant by a buyer and can corrupt a terminal or a log.
Tab, line feed and carriage return stay.  Lone surrogates (from bytes that were not
text) cannot be encoded for the database either and become U+FFFD.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any, TypeVar

__all__ = ["personal_name", "printable", "printable_text", "visible_name"]

T = TypeVar("T")

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def printable_text(text: str) -> str:
    return _SURROGATE.sub("\ufffd", _CONTROL.sub("", text))


# Characters that change how a name is shown without being seen: bidi overrides and
# isolates (U+202A-202E, U+2066-2069: "invoice\u202egpj.exe" shows as "invoiceexe.jpg"),
# direction marks, zero-width and other format characters (Cf), controls (Cc), line and
# paragraph separators, lone surrogates.
_INVISIBLE = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})


def visible_name(name: str) -> str:
    """``name`` (a file name from a mail) as it really reads: every invisible character
    that could reorder or hide part of it removed.  Empty when nothing visible is left."""
    return "".join(ch for ch in name if unicodedata.category(ch) not in _INVISIBLE).strip()


def printable(value: T) -> T:
    """``value`` with :func:`printable_text` applied to every string in it (lists, dicts)."""
    cleaned: Any
    if isinstance(value, str):
        cleaned = printable_text(value)
    elif isinstance(value, list):
        cleaned = [printable(item) for item in value]
    elif isinstance(value, dict):
        cleaned = {printable(key): printable(item) for key, item in value.items()}
    else:
        cleaned = value
    return cleaned  # type: ignore[no-any-return]


# A name we may greet a buyer with: letters (any script, with their accents), spaces,
# hyphens, apostrophes, a comma ("Müller, Anna") and an initial's period; a few words;
# nothing that reads as a domain, an address, a handle or a contact channel.
_NAME_MAX = 40
_NAME_WORDS = 5
_NAME_PUNCT = frozenset(" -'\u2019.,")
_NOT_A_NAME = re.compile(
    r"\b(?:e-?mail|g-?mail|hotmail|mail|webmail|ymail|www|https?|com|net|org|dot|skype"
    r"|whats ?app|telegram|wechat|viber|signal|instagram|insta|facebook|fb|snapchat|discord"
    r"|icloud|proton(?:mail)?|yahoo|outlook|gmx|call|phone|tel|contact|site|web(?:site)?"
    r"|paypal|line|wa|dm|visit|buy|deal|coupon|channel|here|everyone|amazon)\b"
    r"|(?:shop|store)\b",
    re.I,
)
_INITIAL = re.compile(r"^[^\W\d_]{1,3}\.$")
_EAST_ASIAN = frozenset({"CJK", "HIRAGANA", "KATAKANA", "HANGUL"})


def _script(ch: str) -> str:
    return unicodedata.name(ch, "?").split(" ")[0]


def personal_name(name: str | None) -> str | None:
    """``name`` when it is a clean personal name to greet a buyer with, else None.

    Anything else (a URL, an e-mail, a domain, a handle, a chat app, Slack markup, bidi
    or zero-width characters, full-width or mixed-script look-alikes, digits, a long
    text) gives None: the reply then greets neutrally in its language.
    """
    if not name or any(ch in name for ch in "\r\n\t\v\f"):
        return None
    text = " ".join(name.split())
    if not text or len(text) > _NAME_MAX or unicodedata.normalize("NFKC", text) != text:
        return None
    for ch in text:
        category = unicodedata.category(ch)
        if not (category.startswith(("L", "M")) or ch in _NAME_PUNCT):
            return None
    words = text.split(" ")
    if len(words) > _NAME_WORDS or _NOT_A_NAME.search(text):
        return None
    for word in words:
        letters = [ch for ch in word if unicodedata.category(ch).startswith("L")]
        if not letters:
            return None
        if "." in word and not _INITIAL.match(word):
            return None  # "ann.shop", "gmail.com": a domain, not an initial
        scripts = {_script(ch) for ch in letters}
        if len(scripts) > 1 and not scripts <= _EAST_ASIAN:
            return None  # "Аnn" with a Cyrillic A: a look-alike
    return text
