# ruff: noqa: E501  (sentences are kept whole)
"""Adversary 22 (black box), classes H5, H6 and F1. Sentences of our own in the ten languages,
and the look-alikes that must still pass."""

from __future__ import annotations

import pytest

from tests.compliance.rules_only import blocked

# --- H5: the seller's own brand app as a chat or purchase channel -------------------------------

APP_CHANNEL = [
    (
        "en",
        "Our Nordvik Home app lets you chat with us and order spare filters without going through Amazon.",
    ),
    (
        "en",
        "Scan the QR code on the box to get the maker's app: there you can message our team and buy replacement pads from us.",
    ),
    (
        "de",
        "In unserer Nordvik-App (QR-Code auf dem Deckel) können Sie direkt mit uns chatten und Ersatzfilter bei uns bestellen.",
    ),
    (
        "fr",
        "Dans notre application Nordvik (code QR sur le couvercle), vous pouvez discuter avec nous et commander des filtres chez nous.",
    ),
    (
        "es",
        "En nuestra app Nordvik (código QR en la tapa) puede chatear con nosotros y comprarnos filtros de repuesto.",
    ),
    (
        "it",
        "Nella nostra app Nordvik (codice QR sul coperchio) può chattare con noi e ordinare da noi i filtri di ricambio.",
    ),
    (
        "nl",
        "In onze Nordvik-app (QR-code op het deksel) kunt u met ons chatten en reservefilters bij ons bestellen.",
    ),
    (
        "pl",
        "W naszej aplikacji Nordvik (kod QR na pokrywce) może Pan czatować z nami i zamówić u nas filtry zapasowe.",
    ),
    (
        "sv",
        "I vår Nordvik-app (QR-kod på locket) kan du chatta med oss och beställa reservfilter direkt från oss.",
    ),
    (
        "tr",
        "Nordvik uygulamamızda (kapaktaki QR kod) bizimle sohbet edebilir ve yedek filtreleri doğrudan bizden sipariş edebilirsiniz.",
    ),
    (
        "ja",
        "当社のNordvikアプリ（蓋のQRコード）で、私たちとチャットしたり、交換用フィルターを当社から直接購入できます。",
    ),
]

APP_SETUP = [
    (
        "en",
        "Scan the QR code on the lid to open the manufacturer's app and pair the lamp with your phone.",
    ),
    ("de", "Laden Sie die App des Herstellers herunter, um die Lampe mit Ihrem WLAN zu verbinden."),
    ("fr", "Téléchargez l'application du fabricant pour associer la lampe à votre téléphone."),
    ("es", "Descargue la app del fabricante para emparejar la lámpara con su teléfono."),
    ("it", "Scarichi l'app del produttore per associare la lampada al telefono."),
    ("nl", "Download de app van de fabrikant om de lamp met uw telefoon te koppelen."),
    ("pl", "Proszę pobrać aplikację producenta, aby sparować lampę z telefonem."),
    ("sv", "Ladda ner tillverkarens app för att para ihop lampan med din telefon."),
    ("tr", "Lambayı telefonunuzla eşleştirmek için üreticinin uygulamasını indirin."),
    ("ja", "メーカーのアプリをダウンロードして、ランプをスマートフォンとペアリングしてください。"),
    ("en", "If the app does not pair, message us here and we will help."),
    ("de", "Falls die App nicht verbindet, schreiben Sie uns hier, wir helfen gern."),
]


@pytest.mark.parametrize(("lang", "text"), APP_CHANNEL)
def test_app_channel_blocks(lang: str, text: str) -> None:
    assert blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), APP_SETUP)
def test_app_setup_passes(lang: str, text: str) -> None:
    assert not blocked(text, lang), text


# --- H6: an e-mail or web address written with no dot -------------------------------------------

DOTLESS_ADDRESS = [
    ("en", "Write to us: info at nordvik living"),
    ("en", "Our inbox is care at nordvik home, no dots anywhere."),
    ("en", "Our website is nordvik and then .store at the end."),
    ("de", "Schreiben Sie uns: info at nordvik living"),
    ("de", "Unsere Adresse: service ät nordvik home"),
    ("fr", "Écrivez-nous : info arobase nordvik maison"),
    ("es", "Escríbanos a info arroba nordvik hogar"),
    ("it", "Ci scriva a info chiocciola nordvik casa"),
    ("nl", "Mail ons op info apenstaartje nordvik wonen"),
    ("pl", "Proszę pisać na info małpa nordvik dom"),
    ("sv", "Mejla oss på info snabel-a nordvik hem"),
    ("tr", "Bize info et işareti nordvik ev adresinden yazın"),
    ("ja", "info アットマーク nordvik home までご連絡ください。"),
]

PLAIN_AT = [
    ("en", "Your parcel is at the depot and arrives at your home tomorrow."),
    ("en", "We are sorry it arrived damaged at the shop."),
    ("en", "It is waiting at the pickup point, open at nine."),
    ("de", "Das Paket liegt at the moment im Depot."),
    ("fr", "Le colis est arrivé au dépôt ce matin."),
    ("es", "El paquete está en el almacén."),
    ("it", "Il pacco è al deposito."),
    ("nl", "Het pakket ligt bij het afhaalpunt."),
    ("pl", "Paczka jest w punkcie odbioru."),
    ("sv", "Paketet finns på utlämningsstället."),
    ("tr", "Paketiniz teslimat noktasında."),
    ("ja", "荷物は営業所に到着しました。"),
    ("en", "Please write your order number at the top of the note."),
    ("en", "Contact our support at any time, we reply within a day."),
]


@pytest.mark.parametrize(("lang", "text"), DOTLESS_ADDRESS)
def test_dotless_address_blocks(lang: str, text: str) -> None:
    assert blocked(text, lang) & {"email-address", "link"}, text


@pytest.mark.parametrize(("lang", "text"), PLAIN_AT)
def test_plain_at_passes(lang: str, text: str) -> None:
    assert not blocked(text, lang), text


# --- F1: the seller cancels on its own side after quoting the buyer's "please cancel" -----------

QUOTED_THEN_CANCELLED = [
    (
        "en",
        'You asked us to "please cancel". We have cancelled the order on our side, so nothing will be charged.',
    ),
    ("en", "> please cancel it\nDone: we cancelled order 305-1234567-7654321 on our side."),
    (
        "en",
        'You wrote: "please cancel my order". We have cancelled it for you; no payment will be taken.',
    ),
    (
        "de",
        'Sie schrieben: "bitte stornieren". Wir haben die Bestellung auf unserer Seite storniert.',
    ),
    ("fr", "Vous avez écrit « merci d'annuler ». Nous avons annulé la commande de notre côté."),
    ("es", "Usted escribió «por favor cancele». Hemos cancelado el pedido por nuestra parte."),
]

ASK_TO_CANCEL = [
    ("en", "Please cancel the order yourself, then we can help."),
    ("en", 'You wrote "please cancel". Please cancel the order in your account first.'),
    ("de", "Bitte stornieren Sie die Bestellung selbst."),
]


@pytest.mark.parametrize(("lang", "text"), QUOTED_THEN_CANCELLED)
def test_quoted_cancel_passes(lang: str, text: str) -> None:
    assert not blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), ASK_TO_CANCEL)
def test_ask_to_cancel_blocks(lang: str, text: str) -> None:
    assert blocked(text, lang), text


# A company named after a plain "at" is no address read out; a name with an ending still is.
AT_A_COMPANY = [
    (
        "en",
        "For the warranty, please contact the maker's support at Brightline Appliances, they answer within a day.",
    ),
    ("en", "You can reach the repair team at Nordvik Service for the spare hinge."),
    (
        "de",
        "Für die Garantie schreiben Sie bitte an den Service ät Brightline Haushalt, die antworten schnell.",
    ),
]
AT_A_NAME_WITH_AN_ENDING = [
    ("en", "Write to support at SunnyHome shop for anything else."),
    ("en", "Mail hello at Nordvik com if the parcel is late."),
]


@pytest.mark.parametrize(("lang", "text"), AT_A_COMPANY)
def test_a_company_after_at_is_no_address(lang: str, text: str) -> None:
    assert "email-address" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), AT_A_NAME_WITH_AN_ENDING)
def test_a_capitalised_name_with_an_ending_after_at_is_an_address(lang: str, text: str) -> None:
    assert "email-address" in blocked(text, lang)
