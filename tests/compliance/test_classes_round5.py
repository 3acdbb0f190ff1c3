"""Round 5's bypass classes, each tested as a class in several languages: characters that
show nothing, letters of other scripts that pass for Latin ones, and line breaks inside a
word or a host.  Both sides: the disguised violation is blocked, ordinary text still passes."""

from __future__ import annotations

import pytest

from tests.compliance.gate import blocked

# --- invisible characters inside a word or a link ---------------------------------------

# Default-ignorable code points and blank-rendering letters/symbols: each one hidden inside
# a violation word must not split it.
INVISIBLE = [
    "\u3164",  # HANGUL FILLER
    "\uffa0",  # HALFWIDTH HANGUL FILLER
    "\u115f",  # HANGUL CHOSEONG FILLER
    "\u1160",  # HANGUL JUNGSEONG FILLER
    "\u2800",  # BRAILLE PATTERN BLANK
    "\u034f",  # COMBINING GRAPHEME JOINER
    "\u17b4",  # KHMER VOWEL INHERENT AQ
    "\u180e",  # MONGOLIAN VOWEL SEPARATOR
    "\u2065",  # unassigned, default-ignorable
    "\U000e0041",  # TAG LATIN CAPITAL LETTER A
    "\U0001d173",  # MUSICAL SYMBOL BEGIN BEAM
]


@pytest.mark.parametrize("mark", INVISIBLE)
@pytest.mark.parametrize(
    ("lang", "template", "rule"),
    [
        ("en", "Would you mind writing a short revi{}ew once it arrives?", "review-request"),
        ("de", "Wir freuen uns über eine Rezen{}sion auf der Produktseite.", "review-request"),
        ("fr", "N'hésitez pas à laisser un av{}is sur le produit.", "review-request"),
        ("es", "Nos ayudaría mucho una reseña{} con estrellas: r{}eseña.", "review-request"),
        ("en", "Order the refill at refillshop.n{}et for less.", "link"),
        ("it", "Trova i ricambi su ricambi-casa.i{}t senza attese.", "link"),
    ],
)
def test_invisible_characters_inside_a_word_or_link_are_read_through(mark, lang, template, rule):
    assert rule in blocked(template.replace("{}", mark), lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (None, "주문해 주셔서 감사합니다. 택배는 내일 도착합니다."),
        ("en", "Your parcel left the depot\u2800today and arrives on Friday."),
        ("ja", "ご注文の商品は本日発送しました。明日お届け予定です。"),
        ("en", "Thanks\u200b the parcel is on its way via U\u00adP\u00adS."),
        ("de", "Ihr Paket ist unterwegs und kommt am Freitag an."),
    ],
)
def test_ordinary_text_with_or_without_blank_characters_passes(lang, text):
    # Korean is refused as a language the check cannot read, and for nothing else
    assert blocked(text, lang) - {"unsupported-language"} == set()


# --- letters of other scripts that pass for Latin ones ----------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A quick \u13a1eview would mean a lot to our small team."),  # Cherokee R
        ("en", "Could you leave a \u027eeview when the parcel arrives?"),  # r with fishhook
        ("en", "Could you leave a \u03c1eview when the parcel arrives?"),  # Greek rho
        ("de", "Eine kurze Bewe\u027etung würde uns sehr helfen."),
        ("fr", "Un petit a\u13d9is sur Amazon nous aiderait beaucoup."),  # Cherokee V
        ("it", "Ci lasci una \u03c1ecensione a cinque stelle?"),
        ("en", "Pay by \u13e2ay\u13e2al and we ship today."),  # Cherokee P
    ],
)
def test_lookalike_letters_of_other_scripts_are_read_as_latin(lang, text):
    assert blocked(text, lang) != set()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("el", "Ευχαριστούμε για την παραγγελία σας. Το δέμα φτάνει την Παρασκευή."),
        ("ru", "Спасибо за заказ, посылка уже в пути и прибудет в пятницу."),
        ("ja", "ご注文ありがとうございます。商品は明日のお届け予定です。"),
        ("en", "Perfect: people in your area get parcels in that period, the depot is open."),
        ("de", "Die Sendung ist unterwegs; Zustellung voraussichtlich am Freitag."),
    ],
)
def test_real_greek_cyrillic_japanese_and_latin_text_passes(lang, text):
    lang = lang if lang in ("en", "de", "ja") else None
    # Greek and Russian are refused as languages the check cannot read, and for nothing else:
    # their letters are not read as Latin look-alikes
    assert blocked(text, lang) - {"unsupported-language"} == set()
    assert ("unsupported-language" in blocked(text, lang)) == (lang is None)


# --- a line break inside a word or a host -----------------------------------------------


@pytest.mark.parametrize("brk", ["\n", "\r\n", "\u2028", "\u2029"])
@pytest.mark.parametrize(
    ("lang", "template", "rule"),
    [
        ("en", "It would help us if you left a re{}view on the product page.", "review-request"),
        ("de", "Über eine Bewer{}tung auf Amazon würden wir uns sehr freuen.", "review-request"),
        ("it", "Ci lascerebbe una recen{}sione?", "review-request"),
        ("en", "Spare parts at partsplace.c{}om, cheaper than here.", "link"),
        ("fr", "Pièces sur pieces-maison.f{}r dès demain.", "link"),
    ],
)
def test_a_line_break_inside_a_word_or_host_is_read_joined(brk, lang, template, rule):
    assert rule in blocked(template.replace("{}", brk), lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "We re\nturned the money to your card.\nIt shows within 3 days."),
        ("en", "Thank you for your order.\nIt ships today with UPS."),
        ("de", "Vielen Dank für Ihre Bestellung.\r\nSie wird heute versandt."),
        ("fr", "Merci pour votre commande.\u2028Elle part aujourd'hui."),
        ("en", "The driver will call at the door.\nCom- and delivery notes are on the label."),
    ],
)
def test_ordinary_line_breaks_still_pass(lang, text):
    assert blocked(text, lang) == set()
