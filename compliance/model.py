"""What a policy check returns: findings with spans into the text as given, and a verdict.

A finding is data, never an exception: the Slack edit modal shows it next to the text as the
agent types, and the send path refuses a text whose report is not compliant, quoting
:meth:`Report.reason`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

__all__ = ["Finding", "Report", "Severity"]


class Severity(StrEnum):
    BLOCK = "block"  # the text must not be sent
    WARN = "warn"  # allowed, but an agent should look again


@dataclass(frozen=True, slots=True)
class Finding:
    """One policy problem at ``text[start:end]`` of the text that was checked."""

    rule: str
    severity: Severity
    start: int
    end: int
    excerpt: str
    message: str
    suggestion: str = ""  # what to write instead (shown in the edit modal)

    @property
    def blocking(self) -> bool:
        return self.severity is Severity.BLOCK

    def to_json(self) -> dict[str, Any]:
        """The DESIGN.md §3 violation object."""
        return {
            "rule": self.rule,
            "severity": str(self.severity),
            "start": self.start,
            "end": self.end,
            "excerpt": self.excerpt,
            "message": self.message,
        }


@dataclass(frozen=True, slots=True)
class Report:
    """The verdict on one text; ``findings`` are ordered by position."""

    text: str
    findings: tuple[Finding, ...]

    @property
    def compliant(self) -> bool:
        return not any(f.blocking for f in self.findings)

    @property
    def blocking(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.blocking)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if not f.blocking)

    @property
    def rules(self) -> frozenset[str]:
        return frozenset(f.rule for f in self.findings)

    def reason(self) -> str:
        """One line an agent can act on, naming every blocking problem; empty when compliant."""
        parts = [f"{f.message} ({f.rule}: {f.excerpt!r})" for f in self.blocking]
        return " ".join(parts)

    def to_json(self) -> dict[str, Any]:
        """Exactly the DESIGN.md §3 shape of ``wismo check --json``."""
        return {
            "compliant": self.compliant,
            "violations": [f.to_json() for f in self.findings],
        }
