"""Putting untrusted text into Slack mrkdwn safely.

Slack only gives meaning to ``&``, ``<`` and ``>``: with those escaped, buyer text
can neither ping ``<!channel>``/``<!here>``/``<@U…>`` nor fake a link such as
``<https://evil|amazon.com>``.  HTML-escaping more than that would show entities.
Bidi embeddings, overrides and isolates (U+202A-202E, U+2066-2069) are dropped: in buyer
text they reorder what the agent reads ("moc.elpmaxe" shown as "example.com").
"""

from __future__ import annotations

__all__ = ["escape", "truncate"]

_BIDI_CONTROLS = [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]
_TABLE = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", **dict.fromkeys(map(chr, _BIDI_CONTROLS), "")}
)


def escape(text: str) -> str:
    return text.translate(_TABLE)


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
