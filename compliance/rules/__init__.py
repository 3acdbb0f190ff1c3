"""One small pure function per policy point; each yields findings for one document."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from compliance.document import Document
from compliance.model import Finding
from compliance.rules.email import find_email_addresses
from compliance.rules.language import find_unsupported_language
from compliance.rules.links import find_links
from compliance.rules.marketing import find_marketing
from compliance.rules.markup import find_emoji, find_html, find_placeholders, find_too_long
from compliance.rules.off_amazon import find_off_amazon
from compliance.rules.phone import find_phone_numbers
from compliance.rules.requests import find_cancellation_requests, find_personal_data_requests
from compliance.rules.review import find_review_requests

__all__ = ["RULES", "RULE_IDS", "Rule"]

Rule = Callable[[Document], Iterable[Finding]]

RULES: tuple[Rule, ...] = (
    find_links,
    find_email_addresses,
    find_phone_numbers,
    find_review_requests,
    find_marketing,
    find_off_amazon,
    find_personal_data_requests,
    find_cancellation_requests,
    find_html,
    find_emoji,
    find_placeholders,
    find_too_long,
    find_unsupported_language,
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
    "personal-data",
    "cancellation-request",
    "unsupported-language",
    "likely-violation",
)
