"""Amazon buyer-messaging policy engine. Imports nothing from bot or handlers.

    from compliance import check, Policy
    report = check(text, lang="de")          # every language's wording, always
    report.compliant                          # False when any finding blocks
    report.findings                           # Finding(rule, severity, start, end, excerpt,
                                              #         message, suggestion), by position
    report.to_json()                          # the `wismo check --json` object
    report.reason()                           # one line naming every blocking problem

The Slack edit modal can call ``check`` on every keystroke (well under a millisecond or
two for a 2,000-character reply once warm; the first call builds the word tables,
``warm_up()`` does it ahead, and each word's patterns compile when a text first has it) and
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
from compliance.rules.likely import load as load_likely_model

__all__ = ["Finding", "Policy", "PolicyError", "Report", "Severity", "check", "warm_up"]

# One reply with something for every rule to look at: numbers, a link, words of each kind.
_WARM_UP_TEXT = (
    "Hello, order 111-2223334-4445556 ships with DHL 00340434161094022115, "
    "https://www.dhl.de/track?piececode=1 call 0171 2345678, mail a@b.de, "
    "review five stars, 10% off, bitte bewerten, avis, reseña, recensione, レビュー"
)


def warm_up(policy: Policy | None = None) -> None:
    """Build the word tables now (about half a second of CPU) rather than on the first
    reply checked: a process that forks web workers calls it first, so they share
    the result instead of each paying it on an agent's first keystrokes."""
    if policy is None:
        check(_WARM_UP_TEXT, lang=None)
    else:
        check(_WARM_UP_TEXT, lang=None, policy=policy)
    load_likely_model()  # the warm-up text is too short to reach it
