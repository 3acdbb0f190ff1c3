"""``check``: run every rule over one text and return a :class:`Report`."""

from __future__ import annotations

from dataclasses import replace

from compliance.document import LANGUAGES, Document
from compliance.model import Finding, Report
from compliance.policy import Policy
from compliance.rules import RULES
from compliance.rules.likely import find_likely_violations

__all__ = ["check"]

_DEFAULT_POLICY = Policy()


def _language(lang: str | None) -> str | None:
    if lang is None or lang == "":
        return None
    code = lang.replace("_", "-").split("-", 1)[0].lower()
    if code not in LANGUAGES:
        raise ValueError(
            f"unsupported language {lang!r}: use one of {', '.join(LANGUAGES)}, "
            "or None to check every language"
        )
    return code


def check(text: str, *, lang: str | None = None, policy: Policy = _DEFAULT_POLICY) -> Report:
    """Check ``text`` against Amazon's buyer-messaging policy.

    Every text is checked with the wording of every supported language, so a reply written
    in another language than the card's, or in several, is judged in full.  ``lang`` ("en",
    "de", "fr", "es", "it", "ja", "nl", "pl", "sv", "tr"; "de-DE" works too) is the card's
    language: it is
    validated and may only add precision, never remove a rule.  Pure and fast enough to
    run on every keystroke.
    """
    doc = Document(text, _language(lang), policy)
    findings = [f for rule in RULES for f in rule(doc)]
    if policy.model:
        findings += find_likely_violations(doc, any(f.blocking for f in findings))
    findings.sort(key=lambda f: (f.start, f.end, f.rule))
    return Report(text=text, findings=tuple(_merge(findings)))


def _merge(findings: list[Finding]) -> list[Finding]:
    """One finding per stretch of text a rule objects to: overlapping ones are joined.

    "la próxima vez compre directamente en nuestra tienda" matches three off-Amazon
    phrases; the agent needs one underline, not three.
    """
    merged: list[Finding] = []
    open_by_rule: dict[str, int] = {}  # rule -> index in merged of its last finding
    for finding in findings:
        k = open_by_rule.get(finding.rule)
        if k is not None and finding.start < merged[k].end:
            last = merged[k]
            if finding.end > last.end or (finding.blocking and not last.blocking):
                end = max(last.end, finding.end)
                stronger = finding if finding.blocking and not last.blocking else last
                merged[k] = replace(
                    stronger, start=last.start, end=end, excerpt=_joined_excerpt(last, finding, end)
                )
            continue
        open_by_rule[finding.rule] = len(merged)
        merged.append(finding)
    return merged


def _joined_excerpt(first: Finding, other: Finding, end: int) -> str:
    """The excerpt of two overlapping findings joined (``first`` starts no later)."""
    if end <= first.end:
        return first.excerpt
    return first.excerpt + other.excerpt[first.end - other.start :]
