"""Putting untrusted text into Slack mrkdwn safely.

Slack only gives meaning to ``&``, ``<`` and ``>``: with those escaped, buyer text
can neither ping ``<!channel>``/``<!here>``/``<@U…>`` nor fake a link such as
``<https://evil|amazon.com>``.  HTML-escaping more than that would show entities.
"""

from __future__ import annotations

__all__ = ["escape", "truncate"]

_TABLE = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


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
