"""Reply templates: scenarios, facts, the sandboxed renderer and the library check.

    from bot.replies import ReplyFacts, Scenario, render
    text = render(Scenario.IN_TRANSIT, "de", facts)

Templates live in ``templates/<lang>/<scenario>.txt.j2`` (package data).  At start-up
call :func:`load_library`: it renders every template with sample facts for every
carrier link, checks each rendering against the messaging policy and raises
:class:`LibraryRefused` naming the template, rule and line when one fails.
"""

from __future__ import annotations

from bot.replies.errors import (
    LibraryRefused,
    MissingFact,
    TemplateBroken,
    TemplateError,
    UnknownTemplate,
)
from bot.replies.facts import DateWindow, ReplyFacts
from bot.replies.library import check_library, load_library
from bot.replies.render import render
from bot.replies.report import LibraryReport, TemplateProblem, TemplateStatus
from bot.replies.scenarios import (
    CHOICES,
    LANGUAGES,
    REQUIREMENTS,
    STEPS,
    TEMPLATED,
    NextStep,
    Requirements,
    Scenario,
    Step,
    next_step,
    requirements,
)

__all__ = [
    "CHOICES",
    "LANGUAGES",
    "REQUIREMENTS",
    "STEPS",
    "TEMPLATED",
    "DateWindow",
    "LibraryRefused",
    "LibraryReport",
    "MissingFact",
    "NextStep",
    "ReplyFacts",
    "Requirements",
    "Scenario",
    "Step",
    "TemplateBroken",
    "TemplateError",
    "TemplateProblem",
    "TemplateStatus",
    "UnknownTemplate",
    "check_library",
    "load_library",
    "next_step",
    "render",
    "requirements",
]
