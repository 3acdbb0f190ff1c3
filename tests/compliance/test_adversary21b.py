# ruff: noqa: E501  (sentences are kept whole)
"""Adversary 21, helper b.  H3: a cancellation asked of the buyer as a preference, beside
the seller's own offer to cancel ("we can cancel it, but it's better if you request the
cancellation yourself"); the seller's plain offer to cancel still passes."""

from __future__ import annotations

import pytest

from tests.compliance.rules_only import blocked

CANCEL = "cancellation-request"

H3_VIOLATIONS = [
    (
        "en",
        "We could cancel the order here, but we would prefer it if you cancelled it from your account.",
    ),
    (
        "en",
        "Cancelling is possible on our side, though it would help us if you submitted the cancellation in Your Orders.",
    ),
    (
        "en",
        "Amazon gives you a cancel option on the order page; we would really appreciate it if you used that route.",
    ),
    (
        "de",
        "Wir können die Bestellung stornieren, besser wäre es aber, wenn Sie die Stornierung in Ihrem Konto anfordern.",
    ),
    (
        "fr",
        "Nous pouvons annuler la commande, mais il serait préférable que vous demandiez l'annulation depuis votre compte.",
    ),
    (
        "es",
        "Podemos anular el pedido, aunque lo ideal sería que usted pidiera la cancelación en Mis pedidos.",
    ),
    (
        "it",
        "Possiamo annullare l'ordine, però sarebbe preferibile che lei chiedesse l'annullamento dal suo account.",
    ),
    (
        "nl",
        "We kunnen de bestelling annuleren, maar het zou beter zijn als u de annulering zelf aanvraagt.",
    ),
    (
        "pl",
        "Możemy anulować zamówienie, ale lepiej byłoby, gdyby Pani sama złożyła prośbę o anulowanie.",
    ),
    (
        "sv",
        "Vi kan avbryta ordern, men det vore bättre om du själv begärde avbeställningen i ditt konto.",
    ),
    ("tr", "Siparişi biz iptal edebiliriz, ama iptal talebini sizin oluşturmanız daha iyi olur."),
    (
        "ja",
        "当店でキャンセルすることもできますが、お客様ご自身でキャンセルをリクエストしていただけると助かります。",
    ),
]

H3_COMPLIANT = [
    ("en", "We can cancel the order for you right away, just say the word."),
    ("en", "We can cancel it for you, but it's better if you tell us the reason first."),
    ("de", "Wir können die Bestellung für Sie stornieren, antworten Sie einfach hier."),
    ("fr", "Nous pouvons annuler la commande pour vous, il suffit de nous répondre."),
    ("es", "Podemos cancelar el pedido nosotros mismos, solo responda a este mensaje."),
    ("it", "Possiamo annullare noi l'ordine, ci basta una sua risposta."),
    ("nl", "Wij kunnen de bestelling voor u annuleren, laat het ons gewoon weten."),
    ("pl", "Możemy anulować zamówienie za Pana, wystarczy odpowiedzieć na tę wiadomość."),
    ("sv", "Vi kan avbryta ordern åt dig, svara bara på det här meddelandet."),
    ("tr", "Siparişi sizin için biz iptal edebiliriz, bu mesaja yanıt vermeniz yeterli."),
    ("ja", "ご希望であれば当店でキャンセルいたしますので、このメッセージにご返信ください。"),
]


@pytest.mark.parametrize(("lang", "text"), H3_VIOLATIONS)
def test_h3_preferred_buyer_cancellation_blocks(lang: str, text: str) -> None:
    assert CANCEL in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), H3_COMPLIANT)
def test_h3_seller_offer_to_cancel_passes(lang: str, text: str) -> None:
    assert CANCEL not in blocked(text, lang)


# --- F3: the seller's refusal to give a phone number of its own ----------------------------

PERSONAL = "personal-data"

F3_COMPLIANT = [
    (
        "fr",
        "Nous n'avons malheureusement pas de numéro de téléphone à vous donner, écrivez-nous ici.",
    ),
    ("fr", "Je n'ai pas de numéro de portable à vous transmettre, la messagerie Amazon suffit."),
    ("fr", "Nous ne disposons pas d'une ligne téléphonique pour le service client."),
]
F3_VIOLATIONS = [
    ("fr", "Pourriez-vous nous communiquer votre numéro de téléphone ?"),
    ("fr", "Merci de nous indiquer votre numéro de portable pour le livreur."),
]


@pytest.mark.parametrize(("lang", "text"), F3_COMPLIANT)
def test_f3_french_refusal_to_give_a_number_passes(lang: str, text: str) -> None:
    assert PERSONAL not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), F3_VIOLATIONS)
def test_f3_french_ask_for_the_number_still_blocks(lang: str, text: str) -> None:
    assert PERSONAL in blocked(text, lang)


# --- H2: the seller's own line under a third party's label, then "that's us" ---------------

PHONE = "phone-number"

H2_VIOLATIONS = [
    ("en", "The manufacturer's hotline is 020 7946 0222 - that's us, by the way."),
    (
        "en",
        "The manufacturer's warranty hotline is 020 7946 0222; ask for Dana in our returns team.",
    ),
    (
        "en",
        "The manufacturer's hotline is 020 7946 0222. It is the same team that shipped your order.",
    ),
    ("de", "Die Hotline des Herstellers ist 030 1234567, das sind eigentlich wir."),
    ("fr", "Le service client du fabricant est au 01 45 67 89 10 : c'est nous, en fait."),
    ("es", "El servicio técnico del fabricante es el 912 345 678, que en realidad somos nosotros."),
    ("it", "L'assistenza del produttore risponde allo 02 1234 5678, e in realtà siamo noi."),
    ("nl", "De klantenservice van de fabrikant is 020 123 4567, dat zijn eigenlijk wij."),
    ("pl", "Serwis producenta: 22 123 45 67, to właściwie my."),
    ("sv", "Tillverkarens kundtjänst nås på 08 123 456 78, det är faktiskt vi."),
    ("tr", "Üreticinin servis hattı 0212 123 45 67, o da biziz."),
]
H2_COMPLIANT = [
    ("en", "The manufacturer's warranty hotline is 020 7946 0111; it is open on weekdays."),
    (
        "de",
        "Die Hotline des Herstellers erreichen Sie unter 030 1234567, das ist die schnellste Hilfe.",
    ),
    ("fr", "Le service client du fabricant est au 01 45 67 89 10, c'est le plus rapide."),
]

# --- F2: the maker named in apposition after its label --------------------------------------

F2_COMPLIANT = [
    ("en", "The manufacturer, Brightline Appliances, offers warranty support on 020 7946 0111."),
    ("de", "Der Hersteller, Brightline GmbH, bietet Garantie-Support unter 030 12345678 an."),
    ("fr", "Le fabricant, Brightline Appliances, assure le service après-vente au 01 45 67 89 10."),
    ("es", "El fabricante, Brightline Appliances, ofrece soporte de garantía en el 912 345 678."),
    (
        "it",
        "Il produttore, Brightline Appliances, offre assistenza in garanzia al numero 02 1234 5678.",
    ),
    ("nl", "De fabrikant, Brightline Appliances, biedt garantieservice via 020 123 4567."),
]
F2_VIOLATIONS = [
    (
        "en",
        "The manufacturer, Brightline Appliances, is who we buy from; our own line is 020 7946 0111.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), H2_VIOLATIONS + F2_VIOLATIONS)
def test_h2_seller_line_under_a_third_party_label_blocks(lang: str, text: str) -> None:
    assert PHONE in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), H2_COMPLIANT + F2_COMPLIANT)
def test_h2_f2_third_party_line_passes(lang: str, text: str) -> None:
    assert PHONE not in blocked(text, lang)


# --- H5 (off-Amazon part): the buyer's quoted question, then the seller's yes ---------------

OFF = "off-amazon"

H5_VIOLATIONS = [
    ("en", 'You wrote: "Do you have WhatsApp?" Yes, same number as the shop, message us there.'),
    (
        "de",
        'Sie schrieben: "Haben Sie WhatsApp?" Ja, gleiche Nummer wie der Laden, schreiben Sie uns dort.',
    ),
    (
        "fr",
        "Vous avez écrit : « Avez-vous WhatsApp ? » Oui, même numéro que la boutique, écrivez-nous là-bas.",
    ),
    ("it", 'Lei ha scritto: "Avete WhatsApp?" Sì, stesso numero del negozio, ci scriva lì.'),
]
H5_COMPLIANT = [
    (
        "es",
        'Usted escribió: "¿Tienen WhatsApp?" Lo sentimos, solo podemos atenderle por la mensajería de Amazon.',
    ),
    ("en", 'You wrote: "Do you have WhatsApp?" Sorry, we only answer through Amazon messages.'),
    ("de", 'Sie schrieben: "Haben Sie WhatsApp?" Leider nein, wir antworten nur über Amazon.'),
]


@pytest.mark.parametrize(("lang", "text"), H5_VIOLATIONS)
def test_h5_quoted_channel_question_answered_yes_blocks(lang: str, text: str) -> None:
    assert OFF in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), H5_COMPLIANT)
def test_h5_quoted_channel_question_refused_passes(lang: str, text: str) -> None:
    assert OFF not in blocked(text, lang)


# A21-H2b: a phone word that names the line "for your parcel" ("the courier line for your
# parcel is 0161 ..., ask for Priya in our packing team") is the line's number, not the
# parcel's, so the check of a third party's line that is the seller's own sees it.
H2_PARCEL_LINE = [
    (
        "en",
        "The courier line for your parcel is 0161 496 0733, just ask for Priya in our packing team.",
    ),
    (
        "de",
        "Die Hotline für Ihr Paket ist 030 9182 7364, fragen Sie nach Jonas aus unserem Versandteam.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), H2_PARCEL_LINE)
def test_h2_a_line_for_your_parcel_that_is_ours_blocks(lang: str, text: str) -> None:
    assert PHONE in blocked(text, lang)
