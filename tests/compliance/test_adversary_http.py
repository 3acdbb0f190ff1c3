"""Classes found by the adversary that attacked the running bot over signed Slack HTTP (its
texts reached the buyer through the Edit modal).  Each class is tested with sentences of
our own, not the adversary's, plus compliant look-alikes that must keep passing."""

from __future__ import annotations

import pytest

from compliance import check

WRAP = (
    "Hello Sam,\n\nthanks for writing. Your parcel is with DHL, tracking number "
    "JD014600006751234567. {}\n\nBest regards,\nOak & Pine"
)


def blocked(text: str, lang: str | None = None) -> set[str]:
    return {f.rule for f in check(text, lang=lang).blocking}


# --- A. A bare unformatted phone number ---------------------------------------------------
# A run of 10 to 15 digits with no grouping reads as a phone when a label ends in a colon
# just before it, when it stands on a line of its own, or when a call word of a script the
# gate has no wording for is beside it.  Tracking numbers, order ids and carrier numbers
# keep passing: a parcel, order or carrier word says what they are.

BARE_PHONES = [
    "Anything else: 6505550182.",
    "Our support number: 2025550147",
    "Questions? Reach the team: 447700900461",
    "For urgent matters:\n3125550166\n",
    "WhatsApp 7185550123",
    "Tel 7185550123",
    "Call centre: 6505550182",
    "If you need us: 0044 7700 900461",
    "Ligue para nós 11987654321 se precisar.",
    "اتصلوا بنا على ٦٥٠٥٥٥٠١٨٢",
    "للاستفسار ٢٠٢٥٥٥٠١٤٧ اتصل",
    "اتصل بنا 6505550182 من فضلك",
    "חייגו אלינו 6505550182",
    "โทร 6505550182 ได้ตลอด",
    "Звоните нам по номеру 6505550182",
    "欢迎致电 6505550182",
    "전화 6505550182 주세요",
]

BARE_OK = [
    "Tracking: 1234567890123",
    "DHL: 1234567890",
    "FedEx: 771234567890",
    "Your order 113-4455667-8899001 has shipped.",
    "Order number: 114-1234567-7654321",
    "Sendungsnummer: 00340434161234567890",
    "Numéro de suivi : 6A12345678901",
    "Invoice: 2024061512",
    "Model: 4400123456",
    "Delivered on 2024-06-15 at 10:30; the price was 1.299,00 €.",
    "USPS 9400 1118 9922 3344 5566 77 is the tracking number.",
    "The ASIN is B0C1234567.",
    "Il pacco è in consegna, numero di spedizione 1234567890.",
    "荷物の追跡番号は 1234567890 です。",
    "DPD Classic, Paketnummer 01234567890123.",
]


@pytest.mark.parametrize("part", BARE_PHONES)
def test_a_bare_phone_number_is_refused(part: str) -> None:
    assert "phone-number" in blocked(WRAP.format(part)), part


@pytest.mark.parametrize("part", BARE_OK)
def test_numbers_that_are_not_phones_stay_compliant(part: str) -> None:
    assert "phone-number" not in blocked(WRAP.format(part)), part
    assert "phone-number" not in blocked(part), part
