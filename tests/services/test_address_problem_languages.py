"""An address problem never reads as a delay and never gives a date, in every language
the template library has (not only the first six): the reply asks the buyer to confirm
the delivery address."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.dates import format_date

from bot.domain import MARKETPLACES
from bot.replies import NextStep
from bot.services.drafting import Enrichment, compose
from carriers.model import StatusReason
from compliance import Policy
from tests.services.test_scenarios import ESTIMATE, NOW, PACKAGE, SHIPPED, message, tracking

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
LANGUAGES = sorted(p.name for p in TEMPLATES.iterdir() if (p / "exception_address.txt.j2").exists())
MARKET = {m.language: code for code, m in reversed(list(MARKETPLACES.items()))}
LOCALE = {"en": "en_US", "de": "de_DE", "fr": "fr_FR", "es": "es_ES", "it": "it_IT",
          "ja": "ja_JP", "nl": "nl_NL", "pl": "pl_PL", "sv": "sv_SE", "tr": "tr_TR"}  # fmt: skip
# "Delay" and the words buyers read as one, in each language.
DELAY = re.compile(
    r"delay|late\b|verspät|verzög|retard|retras|ritard|遅れ|遅延|vertraag|opóźni|försen|"
    r"gecik",
    re.I,
)


def test_every_template_language_is_covered():
    assert {"en", "de", "fr", "es", "it", "ja", "nl", "pl", "sv", "tr"} <= set(LANGUAGES)
    assert set(LANGUAGES) <= set(LOCALE)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_address_problem_asks_for_the_address_never_a_delay_or_a_date(lang):
    composed = compose(
        message("en", marketplace=MARKET.get(lang, "US"), language=lang),
        Enrichment(SHIPPED, None, ((PACKAGE, tracking(reason=StatusReason.ADDRESS_ISSUE)),)),
        now=NOW,
        seller_name="Brightwater Home",
        policy=Policy(),
        languages=LANGUAGES,
    )
    assert (composed.scenario, composed.language) == ("exception_address", lang)
    assert composed.next_step is NextStep.SEND_REPLY
    assert composed.report.compliant, composed.report.findings
    text = composed.text
    assert not DELAY.search(text), text
    for shown in {ESTIMATE, SHIPPED.deliver_by_latest.date(), NOW.date()}:
        for fmt in ("long", "medium", "short", "full"):
            assert format_date(shown, fmt, locale=LOCALE[lang]) not in text
    assert not re.search(r"\b\d{1,2}[./]\d{1,2}\b|\d{4}-\d{2}-\d{2}|\d+月\d+日", text), text
    assert PACKAGE.tracking_number in text
