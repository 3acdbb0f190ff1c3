"""One small pure function per policy point; each yields findings for one document."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from compliance.document import Document
from compliance.model import Finding
from compliance.rules.email import find_email_addresses
from compliance.rules.links import find_links
from compliance.rules.markup import find_emoji, find_html, find_placeholders, find_too_long

__all__ = ["RULES", "RULE_IDS", "Rule"]

Rule = Callable[[Document], Iterable[Finding]]

RULES: tuple[Rule, ...] = (
    find_links,
    find_email_addresses,
    find_html,
    find_emoji,
    find_placeholders,
    find_too_long,
)

RULE_IDS: tuple[str, ...] = (
    "link",
    "insecure-link",
    "email-address",
    "phone-number",
    "review-request",
    "marketing",
    "off-amazon",
    "html",
    "emoji",
    "placeholder",
    "too-long",
)
