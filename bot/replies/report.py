"""What the template library check found, as plain values (printed by the CLI)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["LibraryReport", "TemplateProblem", "TemplateStatus"]


@dataclass(frozen=True, slots=True)
class TemplateProblem:
    """One reason a template is refused.

    ``rule`` is a compliance rule id (``link``, ``marketing``, ...) or one of the
    library's own: ``missing`` (no file), ``header`` (needs/optional header wrong),
    ``undeclared`` (uses a fact its header does not list), ``broken`` (does not render),
    ``unknown`` (a file for no known scenario).
    """

    path: str  # template path as named in the library: "de/delivered.txt.j2"
    rule: str
    message: str
    line: int | None = None  # line of the template that produced the offending text
    excerpt: str = ""
    variant: str = ""  # which sample facts: "carrier fedex", "no tracking link", ...

    def __str__(self) -> str:
        where = f"{self.path} line {self.line}" if self.line else self.path
        parts = [f"{where}: {self.rule}"]
        if self.variant:
            parts.append(f"[{self.variant}]")
        parts.append(f"- {self.message}")
        if self.excerpt:
            parts.append(f"({self.excerpt!r})")
        return " ".join(parts)


@dataclass(frozen=True, slots=True)
class TemplateStatus:
    scenario: str
    lang: str
    path: str
    problems: tuple[TemplateProblem, ...] = ()
    renderings: int = 0  # how many sample renderings were checked

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True, slots=True)
class LibraryReport:
    scenarios: tuple[str, ...]
    languages: tuple[str, ...]
    statuses: tuple[TemplateStatus, ...]
    extra: tuple[TemplateProblem, ...] = ()  # files that belong to no scenario

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def problems(self) -> tuple[TemplateProblem, ...]:
        return tuple(p for s in self.statuses for p in s.problems) + self.extra

    def status(self, scenario: str, lang: str) -> TemplateStatus | None:
        return next((s for s in self.statuses if (s.scenario, s.lang) == (scenario, lang)), None)
