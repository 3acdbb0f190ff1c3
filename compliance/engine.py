"""``check``: run every rule over one text and return a :class:`Report`."""

from __future__ import annotations

from compliance.document import LANGUAGES, Document
from compliance.model import Report
from compliance.policy import Policy
from compliance.rules import RULES

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

    ``lang`` ("en", "de", "fr", "es", "it", "ja"; "de-DE" works too) limits the wording rules
    to one language; None checks the words of every language.  Links, e-mail addresses,
    phone numbers, HTML, emoji and placeholders are checked the same in every language.
    Pure and fast enough to run on every keystroke.
    """
    doc = Document(text, _language(lang), policy)
    findings = [f for rule in RULES for f in rule(doc)]
    findings.sort(key=lambda f: (f.start, f.end, f.rule))
    return Report(text=text, findings=tuple(findings))
