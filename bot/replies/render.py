"""Render a reply: scenario + language + facts -> plain text ready for the policy check.

The output is normalised so that what agents and buyers see does not depend on how a
template was indented: no trailing spaces, at most one blank line in a row, no blank
lines at either end, one final newline.

``render_traced`` renders the same text and also says, for every character, which line
of the template produced it; the library check uses it to name the line behind a
policy finding.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import TracebackType

from jinja2 import Template, TemplateNotFound, TemplateSyntaxError, nodes
from jinja2 import TemplateError as JinjaError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from bot.replies.environment import (
    LOCALE_KEY,
    ZONE_KEY,
    get_environment,
    locale_for,
    template_name,
    zone_for,
)
from bot.replies.errors import MissingFact, TemplateBroken, UnknownTemplate
from bot.replies.facts import ReplyFacts
from bot.replies.scenarios import Scenario, parse_scenario, requirements

__all__ = ["TracedText", "normalise", "render", "render_traced"]

# Private-use characters cannot come from a template we ship, so they are safe markers.
_MARK_OPEN, _MARK_CLOSE = "\ue000", "\ue001"
_MARK = re.compile(f"{_MARK_OPEN}(\\d+){_MARK_CLOSE}")


@dataclass(frozen=True, slots=True)
class TracedText:
    """Rendered text and, per character, the template line that produced it."""

    text: str
    lines: tuple[int, ...]  # len(lines) == len(text)

    def line_at(self, offset: int) -> int:
        if not self.lines:
            return 1
        return self.lines[min(max(offset, 0), len(self.lines) - 1)]


def render(
    scenario: Scenario | str, lang: str, facts: ReplyFacts, *, template_dir: Path | None = None
) -> str:
    """The reply for ``scenario`` in ``lang``; raises a ``TemplateError`` subclass."""
    env = get_environment(template_dir)
    name = template_name(parse_scenario(scenario), lang)
    template = _load(env, scenario, lang, name)
    return normalise(_render(template, name, _context(scenario, lang, facts, name)))


def render_traced(
    scenario: Scenario | str, lang: str, facts: ReplyFacts, *, template_dir: Path | None = None
) -> TracedText:
    """Like :func:`render`, with the template line behind every character."""
    env = get_environment(template_dir)
    name = template_name(parse_scenario(scenario), lang)
    _load(env, scenario, lang, name)  # same errors as render() for a missing or broken template
    template = _traced_template(env, name)
    raw = _render(template, name, _context(scenario, lang, facts, name))
    plain, lines = _strip_marks(raw)
    text, kept = _normalise_lines(plain, lines)
    return TracedText(text, tuple(kept))


def normalise(text: str) -> str:
    return _normalise_lines(text, [0] * len(text))[0]


def _load(
    env: ImmutableSandboxedEnvironment, scenario: Scenario | str, lang: str, name: str
) -> Template:
    try:
        return env.get_template(name)
    except TemplateNotFound as exc:
        raise UnknownTemplate(str(scenario), lang, name) from exc
    except TemplateSyntaxError as exc:
        raise TemplateBroken(name, exc.lineno, exc.message or str(exc)) from exc


def _context(
    scenario: Scenario | str, lang: str, facts: ReplyFacts, name: str
) -> dict[str, object]:
    wanted = requirements(scenario)
    context: dict[str, object] = {}
    missing: list[str] = []
    for fact in sorted(wanted.facts):
        value = getattr(facts, fact)
        if isinstance(value, str):
            # Outside text stays on one line: a name cannot add lines to the reply.
            value = " ".join(value.split()) or None
        if value is None and fact in wanted.needs:
            missing.append(fact)
        context[fact] = value
    if missing:
        raise MissingFact(tuple(missing), name)
    try:
        context[LOCALE_KEY] = locale_for(lang, facts.marketplace)
        context[ZONE_KEY] = zone_for(facts.marketplace, facts.timezone)
    except ValueError as exc:
        raise TemplateBroken(name, None, str(exc)) from exc
    return context


def _render(template: Template, name: str, context: dict[str, object]) -> str:
    try:
        return template.render(context)
    except JinjaError as exc:
        line = _template_line(exc.__traceback__, template.filename or "<template>")
        raise TemplateBroken(name, line, exc.message or str(exc)) from exc


def _template_line(tb: TracebackType | None, filename: str) -> int | None:
    # Jinja rewrites tracebacks so template frames carry the template's own line numbers.
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == filename:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


@lru_cache(maxsize=256)
def _traced_template(env: ImmutableSandboxedEnvironment, name: str) -> Template:
    """The template with a line marker before every piece of output it produces."""
    assert env.loader is not None
    source, filename, _ = env.loader.get_source(env, name)
    tree = env.parse(source, name, filename)
    for output in list(tree.find_all(nodes.Output)):
        marked: list[nodes.Expr] = []
        for child in output.nodes:
            if isinstance(child, nodes.TemplateData):
                for i, part in enumerate(child.data.splitlines(keepends=True)):
                    marked += [_marker(child.lineno + i), nodes.TemplateData(part)]
            else:
                marked += [_marker(child.lineno), child]
        output.nodes = marked
    template = env.from_string(tree)
    template.filename = filename  # so runtime errors still name the file and line
    return template


def _marker(line: int) -> nodes.TemplateData:
    return nodes.TemplateData(f"{_MARK_OPEN}{line}{_MARK_CLOSE}")


def _strip_marks(raw: str) -> tuple[str, list[int]]:
    text: list[str] = []
    lines: list[int] = []
    line, pos = 1, 0
    for match in _MARK.finditer(raw):
        chunk = raw[pos : match.start()]
        text.append(chunk)
        lines += [line] * len(chunk)
        line, pos = int(match.group(1)), match.end()
    chunk = raw[pos:]
    text.append(chunk)
    lines += [line] * len(chunk)
    return "".join(text), lines


def _normalise_lines(text: str, origin: list[int]) -> tuple[str, list[int]]:
    """Normalise ``text`` and carry each kept character's ``origin`` along."""
    out: list[str] = []
    out_origin: list[int] = []
    pending_blank = False
    start = 0
    for raw_line in text.split("\n"):
        end = start + len(raw_line)
        kept = raw_line.rstrip()
        if not kept:
            pending_blank = bool(out)  # blank lines count only between text
        else:
            if pending_blank:
                out.append("\n")
                out_origin.append(out_origin[-1])
                pending_blank = False
            out.append(kept + "\n")
            out_origin += origin[start : start + len(kept)]
            out_origin.append(origin[start + len(kept) - 1])
        start = end + 1
    return "".join(out), out_origin
