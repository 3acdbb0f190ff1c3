# ruff: noqa: E501  (sentences are kept whole)
"""Round 21b: classes that recur across the held-out sets 1-20, each tested with sentences
of our own (none from a held-out set), beside look-alikes that must pass.

P1: a phone number given in pieces a few words apart, in one sentence, over two sentences or
over a line break, joined by a word that orders the pieces (then, starts with, ends in, the
rest, z przodu, na końcu ...), or with the rest of it in the signature; order, parcel and
article numbers, sizes, counts, years and opening hours told the same way are no phone.
"""

from __future__ import annotations

import pytest

from compliance import check


def blocked(text: str, lang: str | None = None) -> set[str]:
    return {f.rule for f in check(text, lang=lang).blocking}


# --- P1: a phone number in pieces -------------------------------------------------------

PHONE_IN_PIECES = [
    (
        "en",
        "Our fitter can help with the bracket. His mobile starts with 07700 91. And it ends in 04 62.",
    ),
    ("en", "Call the workshop: 0161 first, then 496, and the last part is 0557."),
    (
        "de",
        "Unser Monteur hilft gern. Seine Handynummer beginnt mit 0171 23. Danach kommt 45 67 8.",
    ),
    ("de", "Rufen Sie Frau Berg an, die Nummer endet auf 83 90\nund fängt mit 0221 45 an."),
    ("fr", "Appelez notre atelier : ça commence par 06 12, ensuite 48 93 et enfin 27."),
    ("es", "Puede llamar a mi compañero. Su número empieza por 622 41. El resto es 83 09."),
    ("it", "Il mio collega la aiuta volentieri. Il suo cellulare inizia con 347 21. Poi 90 448."),
    ("nl", "Bel gerust met onze monteur. Zijn nummer begint met 06 41. Daarna komt 82 93 07."),
    ("pl", "Proszę dzwonić do magazynu, numer zaczyna się od 601 44, a kończy na 28 93."),
    ("sv", "Ring vår montör, numret börjar på 070 41 och slutar med 82 936."),
    ("tr", "Ustamızı arayabilirsiniz. Numarası 0532 41 ile başlıyor, sonu 82 93."),
    ("ja", "担当者の携帯は090-41のあとに82-9307です。"),
    ("en", "Text me: 07700\nthen 900 461"),
    (
        "it",
        "Il numero del tecnico è nel testo e nella firma: 0471 88 e il resto sotto.\n\nSaluti,\nMarco\n(… 21 93, seguito del numero sopra)",
    ),
    ("sv", "Ring mig på 070-12, resten av numret står i signaturen.\nHälsningar\nEva (…34 56 78)"),
]


PIECES_COMPLIANT = [
    ("en", "Your parcel number starts with 00340 and ends with 4419 87; the DHL page shows it."),
    ("en", "We opened the workshop in 1998, then moved in 2004 and again in 2019."),
    ("en", "The shelf is 1200 mm wide, then 350 mm deep and 1800 mm high."),
    ("de", "Wir liefern zuerst 250 Stück, danach 300 und am Ende noch 150."),
    ("de", "Die Rechnung hat die Nummer 2024 0077, danach folgt die Gutschrift 2024 0081."),
    ("fr", "La commande part en deux colis : le premier 6A 123 456, puis le second 6A 123 789."),
    ("fr", "Le modèle commence par 4410 et se termine par 2230 20 selon la notice."),
    ("es", "El envío 3230 0088 sigue en reparto y luego pasará a 3230 0091."),
    ("nl", "Het pakket weegt 2500 gram, daarna volgt een tweede van 1800 gram."),
    ("pl", "Paczka 680011 223344, a potem druga 556677 889901 przez InPost."),
    ("sv", "Kollinummer 00370 733 sedan 742 077 hos PostNord."),
    ("tr", "Kargo takip numarası 4019 2837 ile başlıyor, sonu 51120."),
    ("ja", "伝票番号は4471-2940のあとに0118です。"),
    ("es", "Le enviamos 200 unidades, luego otras 350 y al final 125."),
    ("pl", "Rozmiar 38 z przodu, potem 40 i na końcu 42 w tej samej paczce."),
    ("sv", "Lagret öppnar 0800 och sedan stänger det 1700 på vardagar."),
]


@pytest.mark.parametrize(("lang", "text"), PHONE_IN_PIECES)
def test_phone_in_pieces(lang: str, text: str) -> None:
    assert "phone-number" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), PIECES_COMPLIANT)
def test_numbers_in_pieces_that_are_no_phone(lang: str, text: str) -> None:
    assert blocked(text, lang) == set()
