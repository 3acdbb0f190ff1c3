# ruff: noqa: E501  (sentences are kept whole)
"""Round 31c: false alarms of the phone, personal-data and e-mail rules on the development
held-out sets 40-45 (customs paperwork, answers to off-policy asks, recalls and warranties),
each class tested with sentences of our own (none from a held-out set), beside the
violations that must still block.  Measured with the rules alone (no n-gram model).

F1: a customs tariff code (HS/CN/TARIC, four digits then pairs: "9603 21 00") read as a phone.
F2: a third party's line: "their customs line", "il loro numero", "hun lijn", "ich linia",
"deras linje", "hatları", after the carrier, the manufacturer or an authority is named;
the seller's own broker's line and the seller's own line still block.
F3: a standard's number ("IEC 60335-2", "UN 3091"), a company registration with its suffix
("NO 918 204 337 MVA") and a parcel number longer than any phone (more than 15 digits).
F4: a bare "Number:" row of a shipping table under a "Carrier: ..." row.
F5: the seller withholding contact data ("we can't give you a phone number", "eine
Telefonnummer dürfen wir nicht nennen", "numeru telefonu nie możemy podać"): no ask.
F6: a Turkish word that opens with a mail provider's name ("tutarı", the amount) is no
provider: a suffix needs its apostrophe ("gmail'de").
"""

from __future__ import annotations

import pytest

from tests.compliance.rules_only import blocked

PHONE = "phone-number"
DATA = "personal-data"
EMAIL = "email-address"

# --- F1: a customs tariff code -----------------------------------------------------------

TARIFF_CODES = [
    (
        "en",
        "Customs filed the brushes under 9603 21 00 and the mirror under 7009 92 00, so only VAT is due.",
    ),
    (
        "de",
        "Die Bürsten sind als 9603 21 00 verzollt, der Spiegel als 7009 92 00; es fällt nur Einfuhrumsatzsteuer an.",
    ),
    (
        "fr",
        "Les brosses sont déclarées sous 9603 21 00 et le miroir sous 7009 92 00 ; seule la TVA est due.",
    ),
    (
        "es",
        "Los cepillos van declarados como 9603 21 00 y el espejo como 7009 92 00; solo se paga el IVA.",
    ),
    (
        "it",
        "Gli spazzolini sono dichiarati come 9603 21 00 e lo specchio come 7009 92 00: si paga solo l'IVA.",
    ),
    ("ja", "ブラシは9603 21 00、鏡は7009 92 00として申告しております。消費税のみかかります。"),
    (
        "nl",
        "De borstels staan aangegeven als 9603 21 00 en de spiegel als 7009 92 00, dus alleen btw.",
    ),
    (
        "pl",
        "Szczotki zgłoszono jako 9603 21 00, a lusterko jako 7009 92 00, więc naliczono tylko VAT.",
    ),
    (
        "sv",
        "Borstarna är deklarerade som 9603 21 00 och spegeln som 7009 92 00, så bara moms tillkommer.",
    ),
    ("tr", "Fırçalar 9603 21 00, ayna ise 7009 92 00 olarak beyan edildi; yalnızca KDV ödenir."),
    # a tariff word before it: a chapter opening with "0" (coffee) is a code too
    ("en", "The beans travel under the commodity code 0901 21 00 (roasted coffee), not decaf."),
    # the ten digits of TARIC, in brackets after the goods
    ("de", "Die Kerzen (3406 00 00 90) sind zollfrei, es bleibt bei der Einfuhrumsatzsteuer."),
]


@pytest.mark.parametrize(("lang", "text"), TARIFF_CODES)
def test_tariff_code_is_no_phone(lang: str, text: str) -> None:
    assert PHONE not in blocked(text, lang)


TARIFF_LOOKALIKES = [
    ("en", "Call us on 4471 60 70 if customs asks anything."),
    ("de", "Rufen Sie uns gern an: 0381 44 72 19."),
    ("fr", "Appelez-nous au 04 75 62 18 47 pour la douane."),
    ("it", "Ci chiami pure al 0521 44 72 19 per la dogana."),
]


@pytest.mark.parametrize(("lang", "text"), TARIFF_LOOKALIKES)
def test_phone_in_tariff_talk_still_blocks(lang: str, text: str) -> None:
    assert PHONE in blocked(text, lang)


# --- F2: a third party's line ---------------------------------------------------------------

THIRD_PARTY_LINES = [
    (
        "en",
        "The duty notice really comes from UPS. If you want to check, their customs line is 01 632 9981 with the waybill to hand.",
    ),
    (
        "de",
        "Die Rückrufaktion führt der Hersteller Brandwacht GmbH selbst durch. Deren kostenlose Rückrufhotline ist 0800 123 4567.",
    ),
    (
        "fr",
        "Le rappel est géré par le fabricant, Alarmo SA. Leur ligne dédiée au rappel est le 0805 12 34 56, du lundi au vendredi.",
    ),
    (
        "es",
        "La notificación de aranceles viene de DHL Express. Si quiere comprobarlo, su línea de aduanas es el 913 11 22 33.",
    ),
    (
        "it",
        "L'avviso arriva davvero dallo sdoganamento di FedEx. Se vuole verificare, il loro numero per la dogana è 02 8765 4321.",
    ),
    (
        "ja",
        "リコールはメーカーのフミ電機が直接行っております。専用窓口 0120-123-456 までご連絡ください。",
    ),
    (
        "nl",
        "Het bericht komt echt van de douaneafdeling van DHL. Wilt u het nagaan, hun douanelijn is 020 345 6789.",
    ),
    (
        "pl",
        "Wiadomość jest naprawdę z działu celnego UPS. Jeśli chce Pan sprawdzić, ich linia celna to 22 345 67 89.",
    ),
    (
        "sv",
        "Återkallelsen sköts av tillverkaren, Brandvakt AB. Deras kostnadsfria linje är 020-12 34 56, vardagar 8 till 17.",
    ),
    (
        "tr",
        "Bildirim gerçekten DHL Express'in gümrük biriminden. Kontrol etmek isterseniz gümrük hatları 0212 555 12 34.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), THIRD_PARTY_LINES)
def test_third_party_line_is_no_seller_phone(lang: str, text: str) -> None:
    assert PHONE not in blocked(text, lang)


THIRD_PARTY_LOOKALIKES = [
    # the seller's own broker (set-42 ruling 2) and the seller's own line
    ("en", "Our customs broker, Meyer Clearance, handles it for us. Their line is 040 3456 7890."),
    ("de", "Unser Zollagent Meyer kümmert sich darum. Deren Nummer ist 040 3456 7890."),
    ("nl", "De fabrikant regelt de terugroepactie. Onze eigen lijn is 020 345 6789."),
    ("pl", "Producent prowadzi akcję. Nasza linia to 22 345 67 89."),
    ("sv", "Tillverkaren sköter återkallelsen, men vår linje är 08-123 456 78."),
]


@pytest.mark.parametrize(("lang", "text"), THIRD_PARTY_LOOKALIKES)
def test_sellers_line_still_blocks(lang: str, text: str) -> None:
    assert PHONE in blocked(text, lang)


# --- F3: standards, registration numbers, parcel numbers too long for a phone -------------

NOT_LINES = [
    ("en", "The cells are certified to IEC 62133-2 and the charger to EN 61558-2."),
    ("tr", "Pil (UN 3091, UN 38.3 testli) tehlikeli madde olarak gönderildi."),
    ("sv", "Tack för organisationsnumret (NO 918 204 337 MVA) som du skickade."),
    ("de", "Das zweite Paket mit den Rädern (00340434161094088214) ist heute in Zustellung."),
    ("pl", "Kurier odbierze czujkę w piątek, zlecenie odbioru 00559374420167712."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_LINES)
def test_codes_are_no_phones(lang: str, text: str) -> None:
    assert PHONE not in blocked(text, lang)


def test_international_number_still_blocks() -> None:
    assert PHONE in blocked("Our workshop: +49 30 1234 5678.", "de")


# --- F4: a shipping table's number row -------------------------------------------------------

TABLE_ROWS = [
    ("fr", "Colis 1 :\n- Transporteur : GLS\n- Numéro : 62019847738\n\nLivraison prévue jeudi."),
    ("es", "Paquete 2:\n- Transportista: SEUR\n- Número: 62019847738\n\nEntrega el jueves."),
    ("en", "Parcel 1:\n- Carrier: DPD\n- Number: 62019847738\n\nDue on Thursday."),
    ("nl", "Pakket 1:\n- Vervoerder: PostNL\n- Nummer: 62019847738\n\nBezorging donderdag."),
]


@pytest.mark.parametrize(("lang", "text"), TABLE_ROWS)
def test_number_row_under_carrier_row(lang: str, text: str) -> None:
    assert PHONE not in blocked(text, lang)


def test_number_row_alone_still_blocks() -> None:
    assert PHONE in blocked("Any questions?\n\nPhone:\n02071234567\n", "en")


# --- F5: the seller withholding contact data ------------------------------------------------

WITHHELD = [
    (
        "en",
        "We can't give you a phone number here, but the parcel is with DPD and arrives tomorrow.",
    ),
    (
        "de",
        "Eine Telefonnummer dürfen wir Ihnen hier leider nicht nennen, aber das Paket kommt morgen.",
    ),
    (
        "fr",
        "Nous ne pouvons pas vous donner de numéro de téléphone ici, mais le colis arrive demain.",
    ),
    ("es", "No podemos darle un número de teléfono por aquí, pero el paquete llega mañana."),
    ("it", "Non possiamo darle un numero di telefono qui, ma il pacco arriva domani."),
    ("ja", "こちらでは電話番号をお伝えすることができません。荷物は明日届きます。"),
    ("nl", "Een telefoonnummer mogen we hier helaas niet geven, maar het pakket komt morgen."),
    ("pl", "Numeru telefonu nie możemy tu podać, ale paczka dotrze jutro."),
    ("sv", "Ett telefonnummer kan vi tyvärr inte lämna här, men paketet kommer i morgon."),
    ("tr", "Burada telefon numarası veremiyoruz, ama paket yarın gelir."),
    # nothing needed: "we need neither mail nor phone"
    ("pl", "Zdjęcie możesz dodać tutaj w wiadomości; maila ani telefonu nie potrzebujemy."),
]


@pytest.mark.parametrize(("lang", "text"), WITHHELD)
def test_withheld_contact_data_is_no_ask(lang: str, text: str) -> None:
    assert DATA not in blocked(text, lang)


ASKS = [
    ("en", "Please send us your phone number so the driver can call you."),
    ("de", "Bitte schicken Sie uns Ihre Handynummer für den Fahrer."),
    ("nl", "Stuur ons alstublieft uw telefoonnummer voor de koerier."),
    ("pl", "Prosimy o podanie numeru telefonu dla kuriera."),
    ("sv", "Skicka oss ditt telefonnummer till budet."),
]


@pytest.mark.parametrize(("lang", "text"), ASKS)
def test_ask_for_contact_data_still_blocks(lang: str, text: str) -> None:
    assert DATA in blocked(text, lang)


# --- F6: a Turkish word that opens with a provider's name -----------------------------------


def test_turkish_word_opening_with_provider_name() -> None:
    text = "Makbuzu buraya ekleyin, tutarı Amazon üzerinden iade ederiz."
    assert EMAIL not in blocked(text, "tr")


def test_provider_with_turkish_suffix_still_blocks() -> None:
    assert EMAIL in blocked("Bize gmail'de mavidukkan adresine yazın.", "tr")
