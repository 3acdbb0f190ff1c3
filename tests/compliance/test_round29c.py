# ruff: noqa: E501  (sentences are kept whole)
"""Round 29c: false alarms of the phone and personal-data rules on the development held-out
sets 34-37, each class tested in the ten languages with sentences of our own (none from a
held-out set), beside the violations that must still block.  Rules alone (no n-gram model).

F1: a long number the reply itself says is no phone number ("the long number ... is the
consignment number, not a phone number", "non un telefono", "inte ett telefonnummer").
F2: a consignment or dispatch number named by the dispatch word ("número de expedición",
"numéro d'expédition", "sevk numarası", "Lieferschein", "wysyłka", "sändningsnummer").
F3: a second EAN of the same sentence, further from the label than the first ("die EAN der
Box ist ..., die des Kartons ...").
F4: a Japanese postcode after the postal mark ("〒040-0034").
F5: the Italian "bel" (fine: "bel tempo") is not the Dutch call verb "bel".
F6: a firm's PO number under its abbreviation and the number of a loading dock or gate
asked on the thread ("el número de OC", "le numéro du quai").
F7: a carrier's, a maker's or a carrier's depot's line whose owner is named after the
number ("... est celui de l'agence DPD", "to numer oddziału DPD", "numarası Yurtiçi Kargo
şubesine ait"), and the Turkish "servisleri" as a service word.
M1: the seller's own holiday hotline: a season before the service word is no brand
("our Christmas hotline: 01632 ...", "Weihnachts-Hotline"); the British 03 and 084-087
shared-cost prefixes are ordinary landlines in Germany and Sweden.
M2: the area code named by its town or given alone beside the seller's line, then the
rest of the number ("marque el prefijo de Zamora y después 51 38 26", "Vorwahl 0821 davor").
"""

from __future__ import annotations

import pytest

from tests.compliance.rules_only import blocked

# --- F1: a number said not to be a phone number -------------------------------------------

NOT_A_PHONE = [
    (
        "en",
        "The long number 0412 5580 3317 on your receipt is the shipment number, not a phone number.",
    ),
    (
        "de",
        "Die lange Zahl 0412 5580 3317 auf dem Beleg ist die Sendungsnummer, keine Telefonnummer.",
    ),
    (
        "fr",
        "Le long numéro 0412 5580 3317 sur le reçu est le numéro d'envoi, pas un numéro de téléphone.",
    ),
    ("es", "El número largo 0412 5580 3317 del resguardo es el del envío, no un teléfono."),
    (
        "it",
        "Il numero lungo 0412 5580 3317 sullo scontrino è quello della spedizione, non un telefono.",
    ),
    ("ja", "控えにある 0412 5580 3317 はお荷物の番号で、電話番号ではありません。"),
    ("nl", "Het lange nummer 0412 5580 3317 op de bon is het zendingnummer, geen telefoonnummer."),
    ("pl", "Długi numer 0412 5580 3317 na potwierdzeniu to numer przesyłki, a nie numer telefonu."),
    (
        "sv",
        "Det långa numret 0412 5580 3317 på kvittot är försändelsenumret, inte ett telefonnummer.",
    ),
    ("tr", "Fişteki uzun 0412 5580 3317 gönderinin numarası, telefon numarası değil."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_A_PHONE)
def test_f1_number_said_not_a_phone(lang: str, text: str) -> None:
    assert "phone-number" not in blocked(text, lang)


STILL_A_PHONE = [
    ("en", "Call us on 0412 5580 331, not the number on the box."),
    ("de", "Rufen Sie uns an: 0412 5580 331, nicht die Nummer auf dem Karton."),
    ("it", "Ci chiami al 0412 5580 331, non usi il numero sulla scatola."),
    ("nl", "Bel ons op 0412 5580 331, geen gedoe met formulieren."),
    ("sv", "Ring oss på 0412 5580 331, inte numret på kartongen."),
]


@pytest.mark.parametrize(("lang", "text"), STILL_A_PHONE)
def test_f1_own_line_still_blocks(lang: str, text: str) -> None:
    assert "phone-number" in blocked(text, lang)


# --- F2: the dispatch word names the number ----------------------------------------------

DISPATCH = [
    ("en", "The pallet left today, dispatch number 58 551 0274, with our haulier."),
    ("de", "Die Palette ist unterwegs, Lieferschein 58 551 0274 liegt bei."),
    ("fr", "La palette est partie, numéro d'expédition 58 551 0274, livraison jeudi."),
    ("es", "El palé ha salido hoy, número de expedición 58 551 0274, llega el jueves."),
    ("it", "Il bancale è partito, numero di spedizione 58 551 0274, arriva giovedì."),
    ("ja", "パレットは本日出荷しました。出荷番号 58 551 0274 です。"),
    ("nl", "De pallet is vandaag vertrokken, verzendnummer 58 551 0274, levering donderdag."),
    ("pl", "Paleta wyjechała dziś, numer wysyłki 58 551 0274, dostawa w czwartek."),
    ("sv", "Pallen gick i dag, sändningsnummer 58 551 0274, leverans på torsdag."),
    ("tr", "Palet bugün yola çıktı, sevk numarası 58 551 0274, perşembe teslim."),
]


@pytest.mark.parametrize(("lang", "text"), DISPATCH)
def test_f2_dispatch_number(lang: str, text: str) -> None:
    assert "phone-number" not in blocked(text, lang)


# --- F3: the second EAN of a sentence ----------------------------------------------------

EAN_TWO = [
    (
        "en",
        "The EAN of the single box is 4 006 381 333 931, and the one of the outer carton holding ten boxes is 4 311 501 662 049.",
    ),
    (
        "de",
        "Die EAN der Einzelpackung lautet 4 006 381 333 931, die des Umkartons mit zehn Packungen 4 311 501 662 049.",
    ),
    (
        "fr",
        "L'EAN de la boîte est 4 006 381 333 931, celui du carton de dix boîtes est 4 311 501 662 049.",
    ),
    (
        "es",
        "El EAN de la caja es 4 006 381 333 931 y el del cartón con diez cajas es 4 311 501 662 049.",
    ),
    (
        "it",
        "L'EAN della scatola è 4 006 381 333 931, quello del cartone da dieci scatole è 4 311 501 662 049.",
    ),
    ("ja", "単品のJANは 4 006 381 333 931、10箱入りの外箱のものは 4 311 501 662 049 です。"),
    (
        "nl",
        "De EAN van het doosje is 4 006 381 333 931, die van de omdoos met tien doosjes 4 311 501 662 049.",
    ),
    (
        "pl",
        "EAN pudełka to 4 006 381 333 931, a kartonu zbiorczego z dziesięcioma pudełkami 4 311 501 662 049.",
    ),
    (
        "sv",
        "EAN för asken är 4 006 381 333 931 och för ytterkartongen med tio askar 4 311 501 662 049.",
    ),
    (
        "tr",
        "Kutunun EAN kodu 4 006 381 333 931, on kutuluk koli kartonununki ise 4 311 501 662 049.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), EAN_TWO)
def test_f3_second_ean(lang: str, text: str) -> None:
    assert "phone-number" not in blocked(text, lang)


# --- F4: a Japanese postcode ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "お届け先は次のとおりです。\n〒060-0042\n札幌市中央区大通西 5-8\n山田 様",
        "ご登録の住所は 〒530-0001 大阪市北区梅田 3-1 です。",
        "郵便番号 150-0043 の地域には明日お届けします。",
    ],
)
def test_f4_japanese_postcode(text: str) -> None:
    assert "phone-number" not in blocked(text, "ja")


def test_f4_japanese_phone_still_blocks() -> None:
    assert "phone-number" in blocked("〒060-0042 の店舗です。お電話は 011-555-0142 まで。", "ja")


# --- F5: Italian "bel" ---------------------------------------------------------------------

BEL = [
    ("it", "Testo della targa:\nRiga 1: un bel ricordo\nRiga 2: 1990 – 2025"),
    ("it", "Che bel regalo! Sulla medaglia incidiamo 1975 - 2025 come richiesto."),
    ("it", "Un bel lavoro di squadra: 2001 - 2026 sulla coppa."),
]


@pytest.mark.parametrize(("lang", "text"), BEL)
def test_f5_italian_bel(lang: str, text: str) -> None:
    assert "phone-number" not in blocked(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "Bel ons gerust: 0575 43 18 69.",
        "Bel 06 1234 5678 als de bezorger niet komt.",
        "Lukt het niet, bel dan 0575 431 869.",
    ],
)
def test_f5_dutch_bel_still_blocks(text: str) -> None:
    assert "phone-number" in blocked(text, "nl")


# --- F6: a firm's PO number and a dock number asked on the thread ---------------------------

BUSINESS_NUMBERS = [
    (
        "en",
        "Please write your PO number and the dock number here and we will add them to the invoice.",
    ),
    (
        "de",
        "Schreiben Sie uns hier bitte Ihre PO-Nummer und die Nummer der Laderampe, dann passen wir die Rechnung an.",
    ),
    ("fr", "Indiquez-nous ici votre numéro de BC et le numéro du quai de déchargement."),
    ("es", "Escríbanos aquí su número de OC y el número del muelle de descarga."),
    ("it", "Ci scriva qui il suo numero di ODA e il numero della baia di carico."),
    ("ja", "発注番号と荷受けのバース番号をこちらにお知らせください。"),
    ("nl", "Stuur ons hier uw PO-nummer en het nummer van het laadperron."),
    ("pl", "Prosimy podać tutaj numer PO oraz numer rampy rozładunkowej."),
    ("sv", "Skriv gärna ert PO-nummer och numret på lastkajen här i tråden."),
    ("tr", "Lütfen buraya satın alma sipariş numaranızı ve rampa numarasını yazın."),
]


@pytest.mark.parametrize(("lang", "text"), BUSINESS_NUMBERS)
def test_f6_business_numbers(lang: str, text: str) -> None:
    assert "personal-data" not in blocked(text, lang)


STILL_PERSONAL = [
    ("en", "Please write your mobile number here so the driver can call you."),
    ("es", "Escríbanos aquí su número de móvil para que le llame el repartidor."),
    ("fr", "Indiquez-nous ici votre numéro de portable pour le livreur."),
    ("it", "Ci scriva qui il suo numero di cellulare per il corriere."),
]


@pytest.mark.parametrize(("lang", "text"), STILL_PERSONAL)
def test_f6_phone_number_still_personal(lang: str, text: str) -> None:
    assert "personal-data" in blocked(text, lang)


# --- M1: the seller's holiday hotline -------------------------------------------------------

HOLIDAY_HOTLINE = [
    ("en", "Over the holidays we run a Christmas hotline: 01632 448 120, daily 9 to 6."),
    (
        "de",
        "Über die Feiertage haben wir eine Weihnachts-Hotline: 03733 448120, täglich 9 bis 18 Uhr.",
    ),
    ("fr", "Pendant les fêtes, nous avons une hotline de Noël : 03 84 47 21 90, tous les jours."),
    ("es", "En estas fiestas tenemos una línea de Navidad: 965 44 81 20, todos los días."),
    ("it", "Per le feste abbiamo una hotline di Natale: 0471 448120, tutti i giorni."),
    ("ja", "年末年始は当店のクリスマス窓口 03-5544-8120 にお電話ください。"),
    ("nl", "Tijdens de feestdagen hebben we een Kerst-hotline: 0575 448 120, elke dag."),
    ("pl", "W święta działa nasza świąteczna infolinia: 22 448 12 09, codziennie."),
    ("sv", "Under helgerna har vi en Jul-hotline: 08-448 120 90, varje dag."),
    ("tr", "Bayram boyunca Bayram hattımız açık: 0232 448 12 09, her gün."),
]


@pytest.mark.parametrize(("lang", "text"), HOLIDAY_HOTLINE)
def test_m1_holiday_hotline(lang: str, text: str) -> None:
    assert "phone-number" in blocked(text, lang)


CARRIER_LINE = [
    ("en", "Over the holidays the DHL hotline is 0228 4333 112."),
    ("de", "Über die Feiertage erreichen Sie die DHL-Hotline unter 0228 4333 112."),
]


@pytest.mark.parametrize(("lang", "text"), CARRIER_LINE)
def test_m1_carrier_line_still_allowed(lang: str, text: str) -> None:
    assert "phone-number" not in blocked(text, lang)


# --- F7: the owner named after the number -------------------------------------------------

OWNER_AFTER = [
    (
        "en",
        "The number 0161 496 0733 on the card is that of the DPD depot in Leeds; ring them to rebook.",
    ),
    (
        "de",
        "Die Nummer 0231 4471 9920 auf dem Zettel ist die des DPD-Depots in Dortmund, dort können Sie umbuchen.",
    ),
    (
        "fr",
        "Le numéro 03 20 18 33 90 sur l'avis est celui de l'agence DPD de Lille, pas le nôtre : vous pouvez les appeler.",
    ),
    (
        "es",
        "El número 954 33 81 20 del aviso es el de la agencia de SEUR en Sevilla, puede llamarles.",
    ),
    (
        "it",
        "Il numero 051 448 2210 sull'avviso è quello della filiale BRT di Bologna, può chiamarli.",
    ),
    ("ja", "不在票にある 011-555-0142 はヤマト運輸札幌センターの番号です。"),
    (
        "nl",
        "Het nummer 020 448 2210 op het briefje is dat van het PostNL-sorteercentrum, daar kunt u bellen.",
    ),
    ("pl", "Numer 22 448 22 10 na awizo to numer oddziału DPD w Warszawie, można tam zadzwonić."),
    ("sv", "Numret 031 448 22 10 på lappen är PostNords terminal i Göteborg, dit kan du ringa."),
    ("tr", "Bildirimdeki 0212 448 22 10 numarası Yurtiçi Kargo Beşiktaş şubesine ait."),
    (
        "tr",
        "Cihazın üreticisinin Türkiye servisleri 0850 441 72 96 numarada, parçayı ücretsiz gönderiyorlar.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), OWNER_AFTER)
def test_f7_owner_named_after_number(lang: str, text: str) -> None:
    assert "phone-number" not in blocked(text, lang)


OWN_LINE_AFTER = [
    ("en", "Our number 0161 496 0733 is the one of the shop, DHL has it too."),
    ("fr", "Appelez-nous au 03 20 18 33 90, celui de notre boutique."),
    ("de", "Unsere Nummer 0231 4471 9920 ist die der Werkstatt, nicht die von DHL."),
    ("tr", "Bizim hattımız 0212 448 22 10, Yurtiçi Kargo değil."),
    ("es", "Nuestro teléfono es el 954 33 81 20, no el de la agencia de SEUR."),
]


@pytest.mark.parametrize(("lang", "text"), OWN_LINE_AFTER)
def test_f7_own_line_still_blocks(lang: str, text: str) -> None:
    assert "phone-number" in blocked(text, lang)


# --- M2: the area code named by its town or given alone --------------------------------------

AREA_CODE = [
    ("en", "To reach Ken directly, dial the area code for Leeds and then 496 0733."),
    ("de", "Sie erreichen Frau Roth über die Vorwahl von Augsburg und dann 44 81 20."),
    ("fr", "Pour joindre Luc, composez l'indicatif de Nancy puis 44 81 20."),
    ("es", "Para hablar con Marta, marque el prefijo de Zamora y después 51 38 26."),
    ("it", "Per parlare con Gianni componga il prefisso di Lecco e poi 44 81 20."),
    ("ja", "担当への直通は、市外局番 0263 のあとに 44 8120 です。当店までどうぞ。"),
    ("nl", "U belt Joost via het netnummer van Zwolle en daarna 448 120."),
    ("pl", "Do Pana Adama: numer kierunkowy Opola, a potem 448 12 09."),
    ("sv", "Till Per ringer du riktnumret för Umeå och sedan 44 81 20."),
    ("tr", "Ali Bey'e ulaşmak için alan kodu Bursa, sonra 448 12 09 numarasını arayın."),
    ("de", "Unsere Durchwahl ist die Auftragsnummer, nur mit der Vorwahl 0821 davor."),
]


@pytest.mark.parametrize(("lang", "text"), AREA_CODE)
def test_m2_area_code_told(lang: str, text: str) -> None:
    assert "phone-number" in blocked(text, lang)


AREA_CODE_COMPLIANT = [
    ("en", "The area code on the label is just the region of the depot."),
    ("de", "Die Vorwahl 0228 gehört zu Bonn, dort sitzt das DHL-Depot."),
    ("es", "El prefijo de su NIF es ES y no hace falta nada más."),
    ("it", "Il prefisso del codice d'ordine è 402, il resto lo vede su Amazon."),
]


@pytest.mark.parametrize(("lang", "text"), AREA_CODE_COMPLIANT)
def test_m2_area_code_compliant(lang: str, text: str) -> None:
    assert "phone-number" not in blocked(text, lang)
