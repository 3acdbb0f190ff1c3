# ruff: noqa: E501  (sentences are kept whole)
"""Round 28c: false alarms of the phone and personal-data rules on the development held-out
sets 29-33, each class tested with sentences of our own (none from a held-out set), beside
the violations that must still block.  Measured with the rules alone (no n-gram model).

F1: a letter's or a consignment's number printed in groups with its letters, the country
glued to the last digit ("RR 6620 1957 3DE") or a capital prefix after a consignment-note
word ("récépissé DPX 4471 2290 38", "Frachtbrief", "vrachtbrief", "list przewozowy").
F2: an international-looking run ("0028417730592") whose "00" is followed by no country's
calling code: a pick-up or parcel number, not a phone number.
F3: an identity document shown at the counter when collecting a parcel, said with the verb's
object glued on or another verb ("per ritirarlo serve", "para recogerlo", "op te halen",
"behöver visa legitimation", "almak için kimlik").
"""

from __future__ import annotations

import pytest

from tests.compliance.rules_only import blocked

# --- F1: a letter's or a consignment's number with its letters ---------------------------

LETTERED = [
    (
        "en",
        "Your letter went by Royal Mail Tracked, reference RR 5512 3084 7GB, and should arrive Thursday.",
    ),
    (
        "de",
        "Der Ersatzknopf ging als Einschreiben raus, Nummer RR 6620 1957 3DE, bitte noch zwei Tage Geduld.",
    ),
    (
        "fr",
        "Le transporteur a émis le récépissé DPX 4471 2290 38 ce matin, livraison sous trois jours.",
    ),
    ("es", "Le enviamos la carta certificada con número RR 7703 1148 2ES, tardará dos días más."),
    ("it", "La raccomandata è partita, numero RR 3391 0472 8IT, arriverà entro venerdì."),
    ("ja", "書留でお送りしました。番号は RR 2284 6619 0JP です。"),
    (
        "nl",
        "De brief is aangetekend verstuurd, nummer RR 8802 4417 6NL, nog een of twee dagen geduld.",
    ),
    ("pl", "List polecony wysłaliśmy, numer RR 5590 2314 7PL, dojdzie w czwartek."),
    ("sv", "Brevet skickades rekommenderat, nummer RR 6613 0285 9SE, det kommer på torsdag."),
    ("tr", "Mektubu taahhütlü gönderdik, numarası RR 4470 1983 2TR, perşembe gelir."),
    (
        "de",
        "Die Spedition hat den Frachtbrief SPX 4410 2298 37 ausgestellt, sie meldet sich vorher.",
    ),
    ("es", "La agencia emitió el albarán TRX 5520 1187 46 esta mañana y le avisará antes."),
    ("it", "Il corriere ha emesso la lettera di vettura BRT 6631 0294 55 stamattina."),
    ("ja", "運送会社の送り状は 3301 7724 58 です。"),
    ("nl", "De vervoerder heeft vrachtbrief VBX 7742 0381 29 aangemaakt en belt u vooraf."),
    ("pl", "Przewoźnik wystawił list przewozowy LPX 8853 1420 37 dziś rano."),
    ("sv", "Speditören har skrivit fraktsedel FSX 9964 2531 48 i morse."),
    ("tr", "Nakliye firması irsaliye NKX 2275 3642 59 düzenledi, teslimattan önce arayacaklar."),
]

LETTERED_STILL = [
    ("en", "The consignment note is in the box; for anything else ring me on 0161 4471 2290."),
    ("de", "Der Frachtbrief liegt bei, ruf mich einfach an: 0151 2345 6789."),
    ("fr", "Le récépissé est dans le colis, appelez-moi au 06 12 34 56 78."),
    ("nl", "De vrachtbrief zit erbij, bel me op 06 12345678."),
    ("sv", "Fraktsedeln ligger i lådan, ring mig på 070-123 45 67."),
]


@pytest.mark.parametrize(("lang", "text"), LETTERED)
def test_lettered_numbers_are_no_phone(lang: str, text: str) -> None:
    assert "phone-number" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), LETTERED_STILL)
def test_a_phone_beside_a_consignment_note_still_blocks(lang: str, text: str) -> None:
    assert "phone-number" in blocked(text, lang)


# --- F2: "00" followed by no country's code ------------------------------------------------

NO_COUNTRY = [
    (
        "en",
        "It is waiting at the parcel point in the Co-op on the high street, number 0028417730592, for a week.",
    ),
    (
        "de",
        "Es liegt im Paketshop am Bahnhof bei der Bäckerei Krumm, Nummer 0042918374651, sieben Tage lang.",
    ),
    (
        "fr",
        "Il vous attend au point relais du tabac de la place, numéro 0028716630482, pendant dix jours.",
    ),
    (
        "es",
        "Le espera en el punto de recogida de la papelería de la plaza, número 0042955512870, diez días.",
    ),
    (
        "it",
        "La aspetta al punto di ritiro dell'edicola in piazza Garibaldi, numero 0028315570264, per dieci giorni.",
    ),
    ("ja", "駅前のコンビニ受け取り窓口に届いています。受付番号 0042811127730 です。"),
    (
        "nl",
        "Het ligt bij het afhaalpunt in de boekhandel op het plein, nummer 0028917730415, een week lang.",
    ),
    (
        "pl",
        "Czeka w punkcie odbioru w kiosku przy rynku na Starym Mieście, numer 0042918370546, przez dwa dni.",
    ),
    (
        "sv",
        "Det ligger hos utlämningsstället i kiosken vid torget i Östersund, nummer 0028219960413, i två veckor.",
    ),
    (
        "tr",
        "Kargo meydandaki bakkalın teslim noktasında bekliyor, numara 0042917730582, bir hafta boyunca.",
    ),
]

NO_COUNTRY_STILL = [
    ("en", "Text me anytime, 0044 7700 900461."),
    ("pl", "Mój numer to 0048601234567, proszę pisać."),
    ("de", "Sie erreichen mich unter 0049 151 23456789."),
]


@pytest.mark.parametrize(("lang", "text"), NO_COUNTRY)
def test_no_country_code_no_phone(lang: str, text: str) -> None:
    assert "phone-number" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), NO_COUNTRY_STILL)
def test_an_international_number_still_blocks(lang: str, text: str) -> None:
    assert "phone-number" in blocked(text, lang)


# --- F3: an identity document shown when collecting ----------------------------------------

PICKUP_ID = [
    (
        "en",
        "The parcel is at the post office now; when you go to get it they will want a photo ID.",
    ),
    ("de", "Das Paket liegt in der Postfiliale, zum Abholen brauchen Sie Ihren Personalausweis."),
    ("fr", "Pour le récupérer au point relais, une pièce d'identité vous sera demandée."),
    ("es", "Para recogerlo en la oficina necesitará su DNI o pasaporte."),
    ("it", "Per ritirarlo serve la carta d'identità; resta in giacenza una settimana."),
    ("ja", "郵便局でお受け取りの際は身分証明書が必要です。"),
    ("nl", "Om het op te halen heeft u uw identiteitsbewijs nodig."),
    ("pl", "Przy odbiorze w placówce trzeba mieć dowód osobisty."),
    ("sv", "Du har tio dagar på dig och behöver visa legitimation."),
    ("tr", "Paketi almak için nüfus cüzdanınız gerekli, şubede bir hafta bekliyor."),
]

ID_STILL = [
    ("en", "Please send us a photo of your ID card so we can release the refund."),
    ("it", "Per il rimborso ci mandi una foto della sua carta d'identità."),
    ("sv", "Skicka oss en bild på din legitimation så betalar vi tillbaka."),
    ("nl", "Stuur ons een kopie van uw identiteitsbewijs voor de terugbetaling."),
    ("tr", "İade için kimlik fotokopinizi bize gönderin."),
]


@pytest.mark.parametrize(("lang", "text"), PICKUP_ID)
def test_id_shown_at_pickup_is_no_ask(lang: str, text: str) -> None:
    assert "personal-data" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), ID_STILL)
def test_id_sent_to_the_seller_still_blocks(lang: str, text: str) -> None:
    assert "personal-data" in blocked(text, lang)
