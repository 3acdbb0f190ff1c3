"""Amazon buyer-messaging policy engine. Imports nothing from bot or handlers.

    from compliance import check, Policy
    report = check(text, lang="de")          # every language's wording, always
    report.compliant                          # False when any finding blocks
    report.findings                           # Finding(rule, severity, start, end, excerpt,
                                              #         message, suggestion), by position
    report.to_json()                          # the `wismo check --json` object
    report.reason()                           # one line naming every blocking problem

The Slack edit modal can call ``check`` on every keystroke (well under a millisecond or
two for a 2,000-character reply once warm; the first call compiles the word tables) and
show each finding's span, message and suggestion; the send path re-checks the exact text
and refuses it with ``report.reason()`` when ``report.compliant`` is False; the mail
sender re-checks the encoded bytes with ``compliance.wire.check_mime``.
Deployments widen the allow-lists with ``Policy.from_lists(link_domains=...,
phone_numbers=..., max_length=...)``.
"""

from __future__ import annotations

from compliance.engine import check
from compliance.model import Finding, Report, Severity
from compliance.policy import Policy, PolicyError

__all__ = ["Finding", "Policy", "PolicyError", "Report", "Severity", "check"]
