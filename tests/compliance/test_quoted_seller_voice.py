# ruff: noqa: E501  (sentences are kept whole)
"""A "> " line is the buyer's words quoted back only when it reads as the buyer's: a line in
the seller's voice ("our shop", "message us") with no question is the seller's own offer,
whatever sign opens it (adversary 21 H5, beyond the review words). Rules alone."""

from __future__ import annotations

import pytest

from tests.compliance.rules_only import blocked

SELLERS_OWN_LINES = [
    (
        "en",
        "Thanks for writing.\n> Next time just order straight from our web shop, it's cheaper there.\nKind regards, Mira",
    ),
    (
        "de",
        "Danke für Ihre Nachricht.\n> Bestellen Sie beim nächsten Mal einfach direkt in unserem Webshop.\nViele Grüße, Mira",
    ),
    (
        "fr",
        "Merci pour votre message.\n> La prochaine fois, commandez directement sur notre boutique en ligne.\nCordialement, Mira",
    ),
    (
        "es",
        "Gracias por su mensaje.\n> La próxima vez compre directamente en nuestra tienda web.\nSaludos, Mira",
    ),
    (
        "it",
        "Grazie del messaggio.\n> La prossima volta ordini direttamente dal nostro negozio online.\nCordiali saluti, Mira",
    ),
    (
        "nl",
        "Bedankt voor uw bericht.\n> Bestel de volgende keer gewoon rechtstreeks in onze webwinkel.\nGroet, Mira",
    ),
    (
        "pl",
        "Dziękuję za wiadomość.\n> Następnym razem proszę zamówić bezpośrednio w naszym sklepie internetowym.\nPozdrawiam, Mira",
    ),
    (
        "sv",
        "Tack för ditt meddelande.\n> Nästa gång kan du beställa direkt i vår webbutik.\nHälsningar, Mira",
    ),
    (
        "tr",
        "Mesajınız için teşekkürler.\n> Bir dahaki sefere doğrudan bizim web mağazamızdan sipariş verin.\nSelamlar, Mira",
    ),
    (
        "ja",
        "ご連絡ありがとうございます。\n> 次回は当店のオンラインショップから直接ご注文ください。\nミラ",
    ),
    ("en", "Hi Dan,\n> Message us on WhatsApp at our shop number for faster help.\nCheers, Mira"),
]

BUYERS_QUOTED_AND_REFUSED = [
    (
        "en",
        "> Can I order directly from your shop next time?\nSorry, we only sell through Amazon.\nKind regards, Mira",
    ),
    (
        "en",
        "> I'd rather pay you by bank transfer.\nSorry, all payments go through Amazon.\nKind regards, Mira",
    ),
    (
        "de",
        "> Kann ich nächstes Mal direkt bei Ihnen bestellen?\nLeider verkaufen wir nur über Amazon.\nViele Grüße, Mira",
    ),
    (
        "fr",
        "> Puis-je commander directement chez vous la prochaine fois ?\nDésolés, nous vendons uniquement sur Amazon.\nMira",
    ),
    (
        "es",
        "> ¿Puedo comprar directamente en su tienda la próxima vez?\nLo sentimos, solo vendemos a través de Amazon.\nMira",
    ),
    (
        "it",
        "> Posso ordinare direttamente da voi la prossima volta?\nCi dispiace, vendiamo solo tramite Amazon.\nMira",
    ),
    (
        "nl",
        "> Kan ik de volgende keer direct bij jullie bestellen?\nHelaas verkopen we alleen via Amazon.\nMira",
    ),
    (
        "pl",
        "> Czy mogę następnym razem zamówić bezpośrednio u Państwa?\nNiestety sprzedajemy tylko przez Amazon.\nMira",
    ),
    (
        "sv",
        "> Kan jag beställa direkt från er nästa gång?\nTyvärr säljer vi bara via Amazon.\nMira",
    ),
    (
        "tr",
        "> Bir dahaki sefere doğrudan sizden sipariş verebilir miyim?\nMaalesef yalnızca Amazon üzerinden satış yapıyoruz.\nMira",
    ),
    (
        "ja",
        "> 次回は直接注文できますか？\n申し訳ございませんが、Amazonでのみ販売しております。\nミラ",
    ),
]


@pytest.mark.parametrize(("lang", "text"), SELLERS_OWN_LINES)
def test_a_quote_sign_before_the_sellers_own_channel_does_not_hide_it(lang: str, text: str) -> None:
    assert "off-amazon" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), BUYERS_QUOTED_AND_REFUSED)
def test_the_buyers_quoted_ask_refused_still_passes(lang: str, text: str) -> None:
    assert blocked(text, lang) == set()
