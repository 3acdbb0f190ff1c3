"""Adversary 8's classes (tests/compliance/adversaries/adversary8), each fixed as a class in
all ten languages: sentences of our own, not the adversary's, and compliant look-alikes that
must pass."""

from __future__ import annotations

import pytest

from compliance import check


def blocked(text: str, lang: str | None = None) -> set[str]:
    return {f.rule for f in check(text, lang=lang).blocking}


# --- a marketplace named by its domain to disown it ----------------------------------------
# "We don't sell on kleinanzeigen.de, that ad is a copy" names another marketplace to say the
# seller is NOT there; the bare domain was reported as a link although nothing leads the
# buyer anywhere.  A marketplace's bare domain is judged as the marketplace's name by the
# off-Amazon rule (which knows disowning and refusing); a path, "www." or a scheme keeps it
# a link.

OK_DISOWNED_DOMAIN = [
    ("en", "That listing on walmart.com is not ours; we only sell here on Amazon."),
    ("en", "We have no shop on eBay.com, please report that copy to Amazon."),
    ("de", "Wir sind nicht auf kleinanzeigen.de, die Anzeige dort stammt nicht von uns."),
    ("de", "Auf eBay.de verkaufen wir nicht; das Angebot ist eine Fälschung."),
    ("fr", "Nous ne sommes pas sur Vinted.fr, cette annonce n'est pas la nôtre."),
    ("fr", "Cette offre sur cdiscount.com n'est pas la nôtre."),
    ("es", "No vendemos en Wallapop.es; ese anuncio no es nuestro."),
    ("it", "Non siamo su eBay.it, quell'inserzione non è nostra."),
    ("nl", "Wij zitten niet op marktplaats.nl, die advertentie is niet van ons."),
    ("pl", "Nie sprzedajemy na OLX.pl - to ogłoszenie nie jest nasze."),
    ("sv", "Vi säljer inte på Blocket.se, den annonsen är inte vår."),
    ("tr", "Trendyol.com'da satış yapmıyoruz, o ilan bize ait değil."),
    ("ja", "楽天市場（rakuten.co.jp）の出品は当店のものではございません。"),
]

STILL_OFF_AMAZON = [
    ("en", "The blue one is sold out here but still listed on etsy.com under our name."),
    ("de", "Das Modell gibt es noch bei kleinanzeigen.de unter unserem Namen."),
    ("fr", "Il nous en reste deux sur leboncoin.fr, même pseudo que la boutique."),
    ("es", "Nos quedan dos en wallapop.es con el nombre de la tienda."),
    ("it", "Ne abbiamo ancora due su subito.it con lo stesso nome."),
    ("nl", "Je vindt hem nog op bol.com onder onze winkelnaam."),
    ("pl", "Ten kolor jest jeszcze na allegro.pl w naszym sklepie."),
    ("sv", "Den finns kvar på tradera.se under vårt namn."),
    ("tr", "Aynı ürün hepsiburada.com'da mağazamızda var."),
    ("nl", "Hij staat ook op FINN.no onder onze naam."),
]

STILL_A_LINK = [
    ("en", "Our listing is at etsy.com/shop/sunnyhome if you want another."),
    ("de", "Schauen Sie auf www.ebay.de vorbei, dort sind wir auch."),
    ("nl", "https://www.bol.com/nl/s/?searchtext=lamp"),
]


@pytest.mark.parametrize(("lang", "text"), OK_DISOWNED_DOMAIN)
def test_a_marketplace_domain_named_to_disown_it_passes(lang, text):
    assert blocked(text, lang) == set(), text


@pytest.mark.parametrize(("lang", "text"), STILL_OFF_AMAZON)
def test_a_marketplace_domain_where_the_seller_sells_is_off_amazon(lang, text):
    assert "off-amazon" in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), STILL_A_LINK)
def test_a_marketplace_address_with_a_path_or_scheme_is_still_a_link(lang, text):
    assert "link" in blocked(text, lang), text
