"""Errors of the reply templates, under the application's ``WismoError``.

WismoError
└── TemplateError
    ├── UnknownTemplate     no template for this scenario and language
    ├── MissingFact         a fact the template needs is None
    ├── TemplateBroken      the template itself fails (syntax, unknown name, filter)
    └── LibraryRefused      the library check failed at start-up (carries the report)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.errors import WismoError

if TYPE_CHECKING:
    from bot.replies.report import LibraryReport

__all__ = ["LibraryRefused", "MissingFact", "TemplateBroken", "TemplateError", "UnknownTemplate"]


class TemplateError(WismoError):
    """A reply could not be written from its template."""


class UnknownTemplate(TemplateError):
    def __init__(self, scenario: str, lang: str, name: str) -> None:
        self.scenario, self.lang, self.name = scenario, lang, name
        super().__init__(
            f"no reply template {name} for scenario {scenario!r} in language {lang!r}: "
            "add the file or draft this reply by hand"
        )


class MissingFact(TemplateError):
    def __init__(self, facts: tuple[str, ...], name: str) -> None:
        self.facts, self.name = facts, name
        super().__init__(
            f"template {name} needs {', '.join(facts)}, which the draft does not have: "
            "look the fact up first or choose a scenario that does without it"
        )


class TemplateBroken(TemplateError):
    def __init__(self, name: str, line: int | None, reason: str) -> None:
        self.name, self.line, self.reason = name, line, reason
        where = f"{name} line {line}" if line else name
        super().__init__(f"template {where} is broken: {reason}")


class LibraryRefused(TemplateError):
    def __init__(self, report: LibraryReport) -> None:
        self.report = report
        problems = report.problems
        shown = "\n".join(f"  - {p}" for p in problems[:20])
        more = f"\n  ... and {len(problems) - 20} more" if len(problems) > 20 else ""
        super().__init__(
            f"reply template library refused: {len(problems)} problem(s):\n{shown}{more}\n"
            "fix the templates (run `wismo templates check`) before starting the bot"
        )
