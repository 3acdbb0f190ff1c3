# ruff: noqa: E501  (sentences are kept whole)
"""Adversary 20 (black box, /work/notes/adv20/classes.md), helper b: per class, the
adversary's texts that were wrongly handled (by id), sentences of our own in the other
languages, and look-alikes that must keep their verdict.

H1 a reference label (batch, lot, serial, invoice, case reference, model no., codice pratica)
before the seller's own phone number, then "dial it"; F1 a refusal of review incentives
that names the review; F5 German customs-office lines; F3 the buyer's wish to phone,
reported back and refused.
"""

from __future__ import annotations

import pytest

from tests.compliance.gate import blocked

# --- H1: a reference label, then "dial it" --------------------------------------------------

H1_ADVERSARY = [
    (
        "a20-0249",
        "en",
        "Recall notice: the affected batch code is 0161-555-0123; please call that number to arrange your exchange.",
    ),
    (
        "a20-0380",
        "en",
        "Recall notice: the affected batch code is 0161-555-0199. Questions? Same digits, just dial them.",
    ),
    (
        "a20-0382",
        "en",
        "Invoice number 0161 555 0123 - if you dial it, you'll reach our accounts team.",
    ),
    ("a20-0379", "en", "Batch no. 0161 555 0123 - that's also the hotline for the exchange."),
    ("a20-0381", "en", "Serial: 07700900123. Our returns desk answers on the same digits."),
    ("a20-0383", "en", "Lot code 020-7946-0321: ring it to book the swap."),
    ("a20-0393", "en", "Case reference 0161-555-0123 (dial it and our team picks up)."),
    ("a20-0464", "it", "Codice pratica 333 123 4567: lo componga e le risponde il nostro team."),
    ("a20-0470", "en", "Model no. 0800 555 0142 - free to call from any UK landline."),
]
H1_OURS = [
    ("de", "Rechnungsnummer 030 2212 4567 - wählen Sie sie einfach, dann meldet sich unser Team."),
    ("fr", "Numéro de lot 01 44 55 66 77 : composez-le pour organiser l'échange."),
    ("es", "Número de lote 912 345 678: márquelo y le atiende nuestro equipo."),
    ("nl", "Batchnummer 020 794 6032 - bel het gerust voor de omruil."),
    ("pl", "Numer partii 022 555 0123 - wybierz go, a odbierze nasz zespół."),
    ("sv", "Batchnummer 08 555 012 34 - ring det så hjälper vi dig med bytet."),
    ("tr", "Parti kodu 0212 555 0123 - bu numarayı arayın, ekibimiz yardımcı olur."),
    ("en", "Invoice no. 0161 555 0123: same digits as our helpline, just dial them."),
]
H1_LOOKALIKES = [
    ("en", "Batch code 0161-555-0123 is printed on the lid; call DHL if the parcel is late."),
    ("en", "Invoice number 0161 555 0123 is on the packing slip; please keep it for your records."),
    ("en", "Case reference 0161-555-0123 - please quote it in your reply here."),
    ("it", "Codice pratica 333 123 4567: lo trova anche nella sua pagina ordini."),
    ("de", "Rechnungsnummer 030 2212 4567 steht auf dem Etikett; bitte bewahren Sie sie auf."),
]


@pytest.mark.parametrize(("ident", "lang", "text"), H1_ADVERSARY)
def test_h1_adversary_blocked(ident: str, lang: str, text: str) -> None:
    assert "phone-number" in blocked(text, lang), ident


@pytest.mark.parametrize(("lang", "text"), H1_OURS)
def test_h1_ours_blocked(lang: str, text: str) -> None:
    assert "phone-number" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), H1_LOOKALIKES)
def test_h1_lookalikes_pass(lang: str, text: str) -> None:
    assert "phone-number" not in blocked(text, lang)


# --- F1: a refusal of review incentives that names the review -----------------------------

F1_ADVERSARY = [
    (
        "a20-0050",
        "en",
        "We're not allowed to offer anything in return for a review, and we wouldn't want to. Your refund for the broken lid is being processed regardless.",
    ),
    (
        "a20-0440",
        "en",
        "We can't offer a discount or a gift in exchange for a review, but your replacement is already on its way.",
    ),
    (
        "a20-0494",
        "en",
        "Just so you know, reviews are never linked to refunds or replacements on our side.",
    ),
    (
        "a20-0441",
        "en",
        "We never tie refunds to reviews; the refund for the cracked bowl is already on its way through Amazon.",
    ),
]
F1_OURS = [
    ("en", "We do not offer discounts for reviews; your replacement ships today."),
    ("de", "Wir dürfen Ihnen keinen Rabatt für eine Bewertung anbieten; der Ersatz ist unterwegs."),
    ("de", "Bewertungen sind bei uns nie an Erstattungen gekoppelt."),
    (
        "fr",
        "Nous ne pouvons pas offrir de remise en échange d'un avis ; le remplacement est en route.",
    ),
    (
        "es",
        "No podemos ofrecer ningún descuento a cambio de una reseña; el reemplazo ya está en camino.",
    ),
    (
        "it",
        "Non possiamo offrire sconti in cambio di una recensione; il ricambio è già in viaggio.",
    ),
    ("nl", "We mogen u geen korting geven in ruil voor een review; de vervanging is onderweg."),
    ("pl", "Nie możemy zaoferować rabatu w zamian za opinię; wymiana jest już w drodze."),
    ("sv", "Vi kan inte erbjuda rabatt i utbyte mot en recension; ersättningen är på väg."),
    ("tr", "Yorum karşılığında indirim sunamayız; yenisi yolda."),
]
F1_STILL_BLOCKED = [
    (
        "en",
        "We can't offer a discount for a review, but for you we make an exception: leave five stars and get 10 EUR.",
    ),
    ("en", "We don't offer a discount for a review unless it is five stars."),
    ("en", "We can't offer a discount. Leave a review and get a gift card!"),
    (
        "de",
        "Eigentlich dürfen wir keinen Rabatt für eine Bewertung geben, aber für Sie machen wir eine Ausnahme: 10 € nach fünf Sternen.",
    ),
    ("fr", "En échange d'un avis, nous vous offrons une carte cadeau."),
]


@pytest.mark.parametrize(("ident", "lang", "text"), F1_ADVERSARY)
def test_f1_adversary_passes(ident: str, lang: str, text: str) -> None:
    assert "review-request" not in blocked(text, lang), ident


@pytest.mark.parametrize(("lang", "text"), F1_OURS)
def test_f1_ours_pass(lang: str, text: str) -> None:
    assert "review-request" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), F1_STILL_BLOCKED)
def test_f1_way_round_still_blocks(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


# --- F5: a customs authority's line -------------------------------------------------------

F5_ADVERSARY = [
    (
        "a20-0148",
        "de",
        "Der Zoll hat Ihr Paket angehalten. Das Zollamt Frankfurt erreichen Sie unter 069 690 0, die Einfuhrabgaben werden dort bezahlt.",
    ),
    (
        "a20-0453",
        "de",
        "Das Paket liegt beim Zollamt. Die Zoll-Auskunft erreichen Sie unter 0351 44834-510.",
    ),
]
F5_OURS = [
    (
        "de",
        "Das Hauptzollamt Köln erreichen Sie unter 0221 2225 0, dort wird die Einfuhrumsatzsteuer bezahlt.",
    ),
    ("nl", "Het douanekantoor in Eindhoven bereikt u op 088 156 6555."),
    ("sv", "Tullverket nås på 0771-520 520."),
    ("es", "La oficina de aduanas de Madrid atiende en el 915 548 000."),
    ("it", "L'ufficio delle dogane risponde allo 06 5024 6045."),
]
F5_STILL_BLOCKED = [
    ("de", "Das Zollamt hat das Paket. Rufen Sie uns unter 030 2212 4567 an, wir klären das."),
    ("de", "Die Zoll-Auskunft ist überlastet; unser Team erreichen Sie unter 030 2212 4567."),
    ("de", "Das Zollamt erreichen Sie über uns: 030 2212 4567."),
]


@pytest.mark.parametrize(("ident", "lang", "text"), F5_ADVERSARY)
def test_f5_adversary_passes(ident: str, lang: str, text: str) -> None:
    assert "phone-number" not in blocked(text, lang), ident


@pytest.mark.parametrize(("lang", "text"), F5_OURS)
def test_f5_ours_pass(lang: str, text: str) -> None:
    assert "phone-number" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), F5_STILL_BLOCKED)
def test_f5_sellers_line_still_blocks(lang: str, text: str) -> None:
    assert "phone-number" in blocked(text, lang)


def test_f1_japanese_refusal_passes() -> None:
    text = "レビューの見返りに割引をご提供することはできません。交換品はすでに発送済みです。"
    assert "review-request" not in blocked(text, "ja")
