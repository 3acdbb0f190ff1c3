"""HTML mail bodies to plain text, keeping the ``<pre>`` blocks and the links apart.

Amazon's current template puts the buyer's own words in exactly one ``<pre>`` block; the
rest (logo, order table, survey buttons, footer) is wrapper.  The stdlib parser is enough:
we need text, not layout, and it never raises on broken markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

__all__ = ["HtmlText", "html_to_text"]

_BLOCK = {
    "p",
    "div",
    "br",
    "tr",
    "li",
    "ul",
    "ol",
    "table",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "hr",
    "section",
    "header",
    "footer",
    "center",
}
_SKIP = {"script", "style", "head", "title", "noscript", "template"}


@dataclass(frozen=True, slots=True)
class HtmlText:
    text: str  # the whole document as readable text
    pre_blocks: tuple[str, ...]  # text of each <pre>, whitespace kept
    links: tuple[str, ...]  # href values, entities decoded


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self.pres: list[str] = []
        self.links: list[str] = []
        self._skip = 0
        self._pre: list[str] | None = None
        self._pre_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skip += 1
        elif tag == "pre":
            self._pre_depth += 1
            if self._pre is None:
                self._pre = []
            self.chunks.append("\n")
        elif tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.links.append(href.strip())
        elif tag == "br" and self._pre is not None:
            self._pre.append("\n")
        if tag in _BLOCK:
            self.chunks.append("\n")
        elif tag in {"td", "th"}:
            self.chunks.append(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag in _SKIP:
            self._skip -= 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag == "pre" and self._pre is not None:
            self._pre_depth -= 1
            if self._pre_depth <= 0:
                self.pres.append("".join(self._pre))
                self._pre, self._pre_depth = None, 0
        if tag in _BLOCK or tag == "pre":
            self.chunks.append("\n")

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._pre is not None:
            self._pre.append(data)
            self.chunks.append(data)
        else:
            self.chunks.append(re.sub(r"\s+", " ", data))

    def close(self) -> None:
        super().close()
        if self._pre is not None:  # unclosed <pre>: keep what it held
            self.pres.append("".join(self._pre))
            self._pre = None


def html_to_text(html: str) -> HtmlText:
    collector = _Collector()
    try:
        collector.feed(html)
        collector.close()
    except Exception:  # the stdlib parser is lenient; this is a last guard
        pass
    lines = [line.strip() for line in "".join(collector.chunks).splitlines()]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return HtmlText(text, tuple(collector.pres), tuple(collector.links))
