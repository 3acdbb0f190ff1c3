"""Putting untrusted text into Slack mrkdwn safely.

Slack only gives meaning to ``&``, ``<`` and ``>``: with those escaped, buyer text
can neither ping ``<!channel>``/``<!here>``/``<@U…>`` nor fake a link such as
``<https://evil|amazon.com>``.  HTML-escaping more than that would show entities.
Bidi embeddings, overrides and isolates (U+202A-202E, U+2066-2069) are dropped: in buyer
text they reorder what the agent reads ("moc.elpmaxe" shown as "example.com").

Text somebody else wrote (the buyer's message, subject and name, a reply quoted back) goes
through :func:`inert` as well: its ``*bold*``, ``_italic_``, ``~strike~``, backticks and
``:emoji:`` codes stay characters.  Otherwise a buyer can draw a bold "Suggested reply" or a
":white_check_mark: Passes Amazon's messaging policy" inside the quote of a card.
"""

from __future__ import annotations

import re

__all__ = ["escape", "inert", "truncate"]

_BIDI_CONTROLS = [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]
_TABLE = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", **dict.fromkeys(map(chr, _BIDI_CONTROLS), "")}
)


def escape(text: str) -> str:
    return text.translate(_TABLE)


# Slack formats *x*, _x_, ~x~ and `x` only where the marker starts or ends a word: a word
# joiner (U+2060, invisible, no line break) before each marker makes it part of a word.
# An emoji code cannot contain one, so one after a colon followed by a name keeps
# ":smile:" as text.
_WORD_JOINER = "\u2060"
_MARKER = re.compile(r"[*_~`]")
_EMOJI_CODE = re.compile(r":(?=[a-z0-9_+'-]+:)", re.IGNORECASE)


def inert(text: str) -> str:
    """:func:`escape`, and no formatting or emoji from ``text`` either."""
    text = _MARKER.sub(lambda m: _WORD_JOINER + m.group(), escape(text))
    return _EMOJI_CODE.sub(":" + _WORD_JOINER, text)


def truncate(text: str, limit: int, note: str = "… (cut, {n} more characters)") -> str:
    """Cut ``text`` to at most ``limit`` characters, saying how much was left out."""
    if len(text) <= limit:
        return text
    suffix = note.format(n=0)
    for _ in range(3):  # the count's width changes the suffix length; settle it
        keep = max(limit - len(suffix), 0)
        suffix = note.format(n=len(text) - keep)
    keep = max(limit - len(suffix), 0)
    return text[:keep] + suffix
