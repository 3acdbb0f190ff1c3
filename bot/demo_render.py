"""A Slack card (Block Kit JSON) printed readably in a terminal, for ``wismo demo``.

It reads the very blocks that would be posted, so what the terminal shows is the card
an agent would see: Slack's date tokens become their fallback text, links show their
address, emoji codes become small text badges, buttons are listed in brackets.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["mrkdwn_to_text", "render_card", "table"]

_DATE = re.compile(r"<!date\^\d+\^[^|>]*\|([^>]*)>")
_LINK = re.compile(r"<(https?://[^|>]+)\|([^>]+)>")
_BARE_LINK = re.compile(r"<(https?://[^|>]+)>")
_USER = re.compile(r"<@([A-Z0-9]+)>")
_EMOJI: Mapping[str, str] = {
    ":white_check_mark:": "[ok]",
    ":large_yellow_circle:": "[!]",
    ":large_green_circle:": "[  ]",
    ":large_orange_circle:": "[!!]",
    ":red_circle:": "[!!!]",
    ":rotating_light:": "[LATE]",
    ":no_entry:": "[BLOCKED]",
    ":warning:": "[!]",
    ":paperclip:": "[attachment]",
    ":information_source:": "[i]",
    ":hand:": "[manual]",
    ":x:": "[x]",
    ":outbox_tray:": "[sending]",
}
_BOLD = re.compile(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])")
_CODE = re.compile(r"`([^`\n]+)`")
_EMOJI_CODE = re.compile(r":[a-z0-9_+-]+:")


def mrkdwn_to_text(text: str) -> str:
    """Slack mrkdwn as a terminal shows it best (entities decoded last, so escaped
    buyer text such as ``&lt;b&gt;`` prints as the buyer typed it)."""
    text = _DATE.sub(r"\1", text)
    text = _LINK.sub(r"\2 (\1)", text)
    text = _BARE_LINK.sub(r"\1", text)
    text = _USER.sub(r"@\1", text)
    text = _EMOJI_CODE.sub(lambda m: _EMOJI.get(m.group(0), m.group(0)), text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _wrap(text: str, width: int, indent: str = "  ") -> list[str]:
    lines: list[str] = []
    for line in text.splitlines() or [""]:
        prefix = indent
        if line.startswith("> ") or line == ">":
            prefix, line = indent + "│ ", line[2:]
        else:
            line = _BOLD.sub(r"\1", _CODE.sub(r"\1", line))  # buyer text keeps its stars
        wrapped = textwrap.wrap(
            line,
            width=max(width - len(prefix), 20),
            break_long_words=False,  # a tracking link stays whole, so it can be clicked
            break_on_hyphens=False,
        ) or [""]
        lines += [prefix + part for part in wrapped]
    return lines


def _element_text(element: Mapping[str, Any]) -> str:
    text = element.get("text")
    if isinstance(text, Mapping):
        return str(text.get("text", ""))
    return str(text or "")


def render_card(card: Mapping[str, Any], *, width: int = 78) -> str:
    """The card as lines of text, framed, ``width`` columns wide."""
    out: list[str] = ["┌" + "─" * (width - 1)]
    for block in card.get("blocks", []):
        kind = block.get("type")
        if kind == "header":
            out.append("│ " + _element_text(block).upper())
        elif kind == "context":
            parts = [mrkdwn_to_text(_element_text(e)) for e in block.get("elements", [])]
            out += ["│" + line for line in _wrap(" · ".join(parts), width - 1, " ")]
        elif kind == "section":
            out += ["│" + line for line in _wrap(mrkdwn_to_text(_element_text(block)), width - 1)]
        elif kind == "divider":
            out.append("├" + "╌" * (width - 1))
        elif kind == "actions":
            buttons = "  ".join(f"[ {_element_text(e)} ]" for e in block.get("elements", []))
            out.append("│ " + buttons)
    out.append("└" + "─" * (width - 1))
    return "\n".join(out)


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A plain text table with columns as wide as their widest cell."""
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    line = "  ".join("-" * w for w in widths)
    fmt = "  ".join(f"{{:<{w}}}" for w in widths)
    body = [fmt.format(*map(str, r)) for r in rows]
    return "\n".join([fmt.format(*header), line, *body])
