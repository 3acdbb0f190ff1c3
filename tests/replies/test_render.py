from __future__ import annotations

import dataclasses
import re
from datetime import date, datetime
from pathlib import Path

import pytest

from bot.replies import (
    LANGUAGES,
    TEMPLATED,
    DateWindow,
    MissingFact,
    ReplyFacts,
    Scenario,
    TemplateBroken,
    UnknownTemplate,
    render,
    requirements,
)

MARKET = {
    "en": "US",
    "de": "DE",
    "fr": "FR",
    "es": "ES",
    "it": "IT",
    "nl": "NL",
    "pl": "PL",
    "sv": "SE",
    "tr": "TR",
    "ja": "JP",
}
ALL_LANGUAGES = (*LANGUAGES, "ja")  # Japanese is shipped too, beyond the required five


def minimal(facts: ReplyFacts, scenario: Scenario) -> ReplyFacts:
    """Only what the scenario needs: every optional fact unknown."""
    optional = requirements(scenario).optional
    return dataclasses.replace(facts, **{name: None for name in optional})


@pytest.mark.parametrize("lang", ALL_LANGUAGES)
@pytest.mark.parametrize("scenario", sorted(TEMPLATED))
def test_every_scenario_renders_in_every_language(full_facts, scenario, lang):
    facts = dataclasses.replace(full_facts, marketplace=MARKET[lang])
    for variant in (facts, minimal(facts, scenario)):
        text = render(scenario, lang, variant)
        assert "112-1234567-1234567" in text
        assert text.rstrip().endswith("Acme Tools")
        assert "None" not in text
        assert "{" not in text and "}" not in text
        needs = requirements(scenario).needs
        if "tracking_number" in needs:
            assert "UPS" in text and "1Z5R89390357567127" in text
        has_link = "https://" in text
        assert has_link == ("tracking_url" in requirements(scenario).facts and variant is facts)


@pytest.mark.parametrize(
    ("lang", "market", "expected"),
    [
        ("de", "DE", "3. Dezember 2026"),
        ("fr", "FR", "3 décembre 2026"),
        ("es", "ES", "3 de diciembre de 2026"),
        ("it", "IT", "3 dicembre 2026"),
        ("en", "US", "December 3, 2026"),
        ("en", "UK", "3 December 2026"),
        ("ja", "JP", "2026年12月3日"),
        ("nl", "NL", "op 3 december 2026"),
        ("nl", "BE", "op 3 december 2026"),
        ("pl", "PL", "3 grudnia 2026"),
        ("sv", "SE", "den 3 december 2026"),
        ("tr", "TR", "3 Aralık 2026 tarihinde"),
    ],
)
def test_dates_are_in_the_buyers_language(full_facts, lang, market, expected):
    facts = dataclasses.replace(full_facts, marketplace=market, estimated_window=None)
    text = render(Scenario.IN_TRANSIT, lang, facts)
    assert expected in text
    assert "2026-12-03" not in text


def test_times_are_shown_in_the_marketplace_time_zone(full_facts):
    # 23:30 UTC on 1 December is 00:30 on 2 December in Berlin, 6:30 PM on 1 December in New York.
    german = render(Scenario.DELIVERED, "de", dataclasses.replace(full_facts, marketplace="DE"))
    assert "am 2. Dezember 2026 um 00:30 Uhr" in german
    american = render(Scenario.DELIVERED, "en", full_facts)
    assert (
        "December 1, 2026 at 6:30\u202fPM" in american or "December 1, 2026 at 6:30 PM" in american
    )


@pytest.mark.parametrize(
    ("lang", "market", "expected"),
    [
        ("nl", "NL", "op 2 december 2026 om 00:30 uur"),
        ("pl", "PL", "2 grudnia 2026 o godz. 00:30"),
        ("sv", "SE", "den 2 december 2026 kl. 00:30"),
        ("tr", "TR", "2 Aralık 2026 tarihinde, saat 02:30"),  # Istanbul is UTC+3
    ],
)
def test_delivery_times_in_the_new_languages_are_local(full_facts, lang, market, expected):
    text = render(Scenario.DELIVERED, lang, dataclasses.replace(full_facts, marketplace=market))
    assert expected in text


def test_delivered_reply_offers_help_to_find_the_parcel(full_facts):
    text = render(Scenario.DELIVERED, "en", full_facts)
    assert "neighbours" in text and "mailbox" in text and "safe place" in text
    assert "we will help you" in text


@pytest.mark.parametrize(
    "payload",
    [
        "{{ config }}",
        "{% for x in range(3) %}x{% endfor %}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ 7*7 }}",
        "{# hidden #}",
    ],
)
def test_jinja_in_buyer_text_is_printed_literally(full_facts, payload):
    facts = dataclasses.replace(full_facts, buyer_name=payload, last_event_place=payload)
    text = render(Scenario.IN_TRANSIT, "en", facts)
    assert f"Hello {payload}," in text
    assert f"in {payload}." in text
    assert "49" not in text


def test_buyer_text_cannot_add_lines_or_trailing_space(full_facts):
    facts = dataclasses.replace(full_facts, buyer_name="Jane\n\n\n  Doe   \n")
    text = render(Scenario.ACKNOWLEDGE, "en", facts)
    assert text.startswith("Hello Jane Doe,\n\n")
    assert not re.search(r"[ \t]$", text, re.MULTILINE)
    assert "\n\n\n" not in text
    assert text.endswith("Acme Tools\n")


def test_unknown_buyer_is_greeted_neutrally(full_facts):
    text = render(Scenario.IN_TRANSIT, "de", dataclasses.replace(full_facts, buyer_name=None))
    assert text.startswith("Guten Tag,\n")


def test_no_tracking_link_still_gives_carrier_and_number(full_facts):
    facts = dataclasses.replace(full_facts, tracking_url=None)
    text = render(Scenario.TRACKING_UNAVAILABLE, "en", facts)
    assert "Carrier: UPS" in text and "Tracking number: 1Z5R89390357567127" in text
    assert "http" not in text and "Tracking page:" not in text


def test_tracking_unavailable_makes_no_status_claim(full_facts):
    text = render(Scenario.TRACKING_UNAVAILABLE, "en", full_facts).lower()
    for claim in ("delivered", "in transit", "on its way", "out for delivery", "delayed"):
        assert claim not in text


def test_a_missing_fact_names_fact_and_template(full_facts):
    facts = dataclasses.replace(full_facts, delivered_at=None, tracking_number="  ")
    with pytest.raises(MissingFact) as caught:
        render(Scenario.DELIVERED, "fr", facts)
    assert caught.value.facts == ("delivered_at", "tracking_number")
    assert "fr/delivered.txt.j2" in str(caught.value)
    assert "delivered_at" in str(caught.value)


def test_unknown_language_is_a_clear_error(full_facts):
    with pytest.raises(UnknownTemplate, match="'pt'"):
        render(Scenario.IN_TRANSIT, "pt", full_facts)


def test_unknown_scenario_lists_the_known_ones(full_facts):
    with pytest.raises(ValueError, match="in_transit"):
        render("teleported", "en", full_facts)


def test_naive_datetimes_are_refused():
    with pytest.raises(ValueError, match="timezone-aware"):
        ReplyFacts(order_id="1", seller_name="S", delivered_at=datetime(2026, 12, 1, 12))


def test_unknown_marketplace_is_refused_when_facts_are_built():
    with pytest.raises(ValueError, match="marketplace 'XX' is unknown"):
        ReplyFacts(order_id="1", seller_name="S", marketplace="XX")


def test_window_must_not_end_before_it_starts():
    with pytest.raises(ValueError, match="before it starts"):
        DateWindow(date(2026, 12, 5), date(2026, 12, 3))


def _template_dir(tmp_path: Path, body: str) -> Path:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "acknowledge.txt.j2").write_text(body)
    return tmp_path


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("Hello,\n\nOrder {{ order_id }}.\nSee you {{ buyer_name }}.\n", "None"),
        ("Hello,\n\nOrder {{ order_id }}.\nShipped {{ tracking_number }}.\n", "undefined"),
        ("Hello,\n\nOrder {{ order_id }}.\n{{ ''.__class__.__mro__ }}\n", "unsafe|access"),
    ],
)
def test_a_broken_template_names_its_line(tmp_path, full_facts, body, reason):
    facts = dataclasses.replace(full_facts, buyer_name=None)
    with pytest.raises(TemplateBroken) as caught:
        render(Scenario.ACKNOWLEDGE, "en", facts, template_dir=_template_dir(tmp_path, body))
    assert caught.value.line == 4
    assert re.search(reason, str(caught.value))
    assert "en/acknowledge.txt.j2 line 4" in str(caught.value)


def test_a_template_syntax_error_names_its_line(tmp_path, full_facts):
    body = "Hello,\n\n{% if order_id %}\nOrder {{ order_id }}.\n"
    with pytest.raises(TemplateBroken, match="line 4"):
        render(Scenario.ACKNOWLEDGE, "en", full_facts, template_dir=_template_dir(tmp_path, body))
