"""A reply to Amazon customer service: addressed to Amazon's team, with the order, the
carrier, the tracking number, the link and the parcel's state, in every template language,
and every one of them passes the policy gate."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

import pytest

from bot.replies import ReplyFacts, Scenario, render
from bot.replies.library import check_library
from compliance import check

LANGS = ("en", "de", "fr", "es", "it", "ja", "nl", "pl", "sv", "tr")
MARKET = {
    "en": "US", "de": "DE", "fr": "FR", "es": "ES", "it": "IT",
    "ja": "JP", "nl": "NL", "pl": "PL", "sv": "SE", "tr": "TR",
}  # fmt: skip
STATUSES = ("delivered", "out_for_delivery", "in_transit", "not_shipped", "cancelled", "checking")
# How each language greets Amazon's team: the buyer is never addressed.
GREETING = {
    "en": "Amazon Customer Service team",
    "de": "Kundenservice-Team von Amazon",
    "fr": "Service client Amazon",
    "es": "Atención al Cliente de Amazon",
    "it": "Servizio Clienti Amazon",
    "ja": "Amazonカスタマーサービス",
    "nl": "klantenservice van Amazon",
    "pl": "Obsługi Klienta Amazon",
    "sv": "Amazons kundtjänst",
    "tr": "Amazon Müşteri Hizmetleri",
}


def facts(lang: str, status: str | None) -> ReplyFacts:
    return ReplyFacts(
        order_id="302-4021576-1000002",
        seller_name="Brightwater Home",
        marketplace=MARKET[lang],
        buyer_name="Jonas Weber",
        carrier_name="DHL",
        tracking_number="3318810025",
        tracking_url="https://www.dhl.com/de-de/home/tracking.html?tracking-id=3318810025",
        estimated_delivery=date(2026, 11, 5),
        delivered_at=datetime(2026, 11, 3, 14, 5, tzinfo=UTC) if status == "delivered" else None,
        last_event_at=datetime(2026, 11, 2, 8, 30, tzinfo=UTC),
        last_event_place="Leipzig",
        ship_by=date(2026, 10, 30),
        parcel_status=status,
    )


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("status", (*STATUSES, None))
def test_each_state_in_each_language_greets_amazon_and_passes_the_gate(lang, status):
    text = render(Scenario.AMAZON_CS_REPLY, lang, facts(lang, status))
    first = text.strip().splitlines()[0]
    assert GREETING[lang] in first and "Jonas" not in text  # Amazon's team, not the buyer
    for fact in ("302-4021576-1000002", "DHL", "3318810025", "https://www.dhl.com/"):
        assert fact in text
    report = check(text, lang=lang)
    assert report.compliant and report.findings == (), (lang, status, report.findings)


@pytest.mark.parametrize("lang", ("de", "fr", "nl", "pl", "sv", "tr"))
def test_the_dates_are_written_by_babel_in_the_language(lang):
    text = render(Scenario.AMAZON_CS_REPLY, lang, facts(lang, "in_transit"))
    november = {
        "de": "November", "fr": "novembre", "nl": "november",
        "pl": "listopada", "sv": "november", "tr": "Kasım",
    }  # fmt: skip
    assert november[lang] in text and "2026-11-05" not in text


def test_without_tracking_the_reply_says_less_and_still_passes():
    bare = dataclasses.replace(
        facts("en", "not_shipped"), carrier_name=None, tracking_number=None, tracking_url=None
    )
    text = render(Scenario.AMAZON_CS_REPLY, "en", bare)
    assert "not shipped yet" in text and "Tracking number" not in text
    assert check(text, lang="en").compliant


def test_the_library_check_accepts_the_template_in_every_language():
    report = check_library(carriers=("ups", "dhl_paket", "royal_mail"))
    ours = [s for s in report.statuses if s.scenario == Scenario.AMAZON_CS_REPLY]
    assert sorted(s.lang for s in ours) == sorted(LANGS)
    assert all(s.ok for s in ours), [str(p) for s in ours for p in s.problems]
