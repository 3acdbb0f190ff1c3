"""Classes a code review found where a fast pre-scan skipped the rule that would have caught
the text: each spelled-out separator word and each provider the rule knows must reach it."""

from __future__ import annotations

import pytest

from tests.compliance.gate import blocked


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Our other models: amazon dot com slash dp slash B0C1234567"),
        ("it", "Gli altri modelli: amazon punto it taglio dp taglio B0C1234567"),
        ("tr", "Diger modeller: amazon nokta com nokta tr egik cizgi dp egik cizgi B0C1234567"),
        ("sv", "Fler modeller: amazon punkt se snedstreck dp snedstreck B0C1234567"),
        ("nl", "Andere modellen: amazon punt nl schuine streep dp schuine streep B0C1234567"),
    ],
)
def test_a_product_page_spelled_with_slash_words_is_caught_in_every_language(lang, text):
    # amazon.xx alone is the buyer's own marketplace; the spelled path makes it an advert
    assert blocked(text, lang) & {"marketing", "link"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "Taniej kupisz w naszym sklepie czesciexpresskropkapl"),
        ("tr", "Daha ucuzu magazamizda: yedekparcanoktacom"),
        ("de", "Günstiger bei uns: ersatzteilwerkpunktde"),
        ("en", "Cheaper in our own shop: sparepartsdotcom"),
    ],
)
def test_a_dot_word_glued_into_a_domain_is_a_link_in_every_language(lang, text):
    assert "link" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "If you prefer, my tuta is sunnyhome2024, write there."),
        ("en", "Our pm.me address is sunnyhome2024 if Amazon is slow."),
        ("es", "Si prefiere, mi telefonica es tiendasol2024."),
        ("de", "Schreiben Sie an mein tutanota konto: sonnenhaus2024"),
    ],
)
def test_an_address_named_by_any_known_provider_is_an_email(lang, text):
    assert "email-address" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "Il corriere ha fatto un taglio sul cartone, ci scusiamo: rimborso in corso."),
        ("tr", "Kargo nokta teslimatında bekliyor, takip numarası sistemde."),
        ("pl", "Paczka czeka w punkcie odbioru, kropka. Dziękujemy za cierpliwość."),
        ("en", "Your order shipped today with the tracking number in the order page."),
    ],
)
def test_the_same_words_in_ordinary_replies_pass(lang, text):
    assert blocked(text, lang) == set()
