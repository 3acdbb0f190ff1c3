"""Classes found by the adversary that attacked the running bot over signed Slack HTTP (its
texts reached the buyer through the Edit modal).  Each class is tested with sentences of
our own, not the adversary's, plus compliant look-alikes that must keep passing."""

from __future__ import annotations

import pytest

from compliance import check
from tests.compliance.gate import blocked

WRAP = (
    "Hello Sam,\n\nthanks for writing. Your parcel is with DHL, tracking number "
    "JD014600006751234567. {}\n\nBest regards,\nOak & Pine"
)


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


# --- B. Digits for letters inside words -----------------------------------------------------
# "r3v13w", "B3w3rtung", "3toiles": a digit between letters, or one that turns the token into
# a violation word, is read as the letter it stands for.  Model numbers, sizes and "5 stars"
# keep their digits.

LEET_ASKS = [
    ("en", "Would you le4ve us a r3vi3w? It helps a lot."),
    ("en", "A quick f33dback with 5 st4rs would be great."),
    ("en", "Please rat3 us 5 stars on Amazon."),
    ("de", "Über eine R3z3nsion mit fünf St3rnen freuen wir uns."),
    ("fr", "Laissez-nous un 4v1s avec 5 ét0iles, merci !"),
    ("es", "¿Nos deja una r3seña de 5 estr3llas?"),
    ("it", "Ci lasci una r3c3nsione a 5 st3lle, grazie."),
    ("nl", "Laat u een r3c3nsie met 5 st3rren achter?"),
    ("pl", "Prosimy o 0pini3 i 5 gwi4zdek."),
    ("sv", "Lämna gärna ett b3tyg med 5 stj4rnor."),
    ("tr", "Lütfen bize 5 yıldızlı bir y0rum bırakın."),
]

LEET_OK = [
    "Your BMW X3 floor mats ship today.",
    "The A4 paper pack (500 sheets) is in the parcel.",
    "It works with the PS5 and with MP3 players.",
    "The 4K monitor has 3 HDMI ports; 5 stars on the box are the energy label.",
    "Tracking 1Z999AA10123456784, order 113-4455667-8899001.",
    "The ASIN is B0C1234567 and the model is HB-2120.",
    "It arrives on the 3rd, between 10am and 2pm.",
    "The 10kg box, 2nd floor, 24h delivery.",
    "Your parcel 00340434161234567890 arrives Monday.",
    "The charger (USB3, 65W) fits the T480s.",
]


@pytest.mark.parametrize(("lang", "text"), LEET_ASKS)
def test_digits_for_letters_do_not_hide_a_review_ask(lang: str, text: str) -> None:
    assert "review-request" in blocked(WRAP.format(text)), text


@pytest.mark.parametrize("text", LEET_OK)
def test_model_numbers_and_sizes_keep_their_digits(text: str) -> None:
    assert blocked(WRAP.format(text)) == set(), text


def test_a_review_ask_written_backwards_is_refused() -> None:
    assert "review-request" in blocked(WRAP.format("sratS 5 htiw weiver a su evael esaelP"))
    assert blocked(WRAP.format("Your parcel arrives on Monday.")) == set()


# --- D. A combining mark for the dot of a domain --------------------------------------------
# A combining dot below or beside a letter renders as "brightwaterhomẹnet": on its own (not
# part of a precomposed letter) it stands where the dot goes, and is read as a dot for links.

COMBINING_DOTS = [
    "Order again at oakandpine\u0323shop next time.",
    "Our site oakandpine\u0323com has the rest of the range.",
    "More on oak-pine\u0358net, see you there.",
    "Visit oakpine\u0323co\u0323uk for spare parts.",
    "Siehe oakandpine\u0323de für Zubehör.",
]

COMBINING_OK = [
    "Cảm ơn bạn rất nhiều, the parcel arrives Monday.",  # precomposed Vietnamese letters
    "The parcel reached the depot in Łódź; Mrs Nguyễn Thị Ngọc signed for it.",
    "Dziękujemy, paczka dotrze w poniedziałek.",
    "Kargonuz yarın teslim edilecek, teşekkürler.",
]


@pytest.mark.parametrize("text", COMBINING_DOTS)
def test_a_combining_dot_is_a_dot_in_a_domain(text: str) -> None:
    assert "link" in blocked(WRAP.format(text)), text


@pytest.mark.parametrize("text", COMBINING_OK)
def test_accented_letters_are_no_dots(text: str) -> None:
    assert "link" not in blocked(WRAP.format(text)), text


# --- C. Languages the gate has no wording for -------------------------------------------------
# The gate reads ten languages.  A reply written in a script it has no wording for, or in a
# Latin-script language it does not know (told by that language's function words), cannot
# be vouched for: it is refused with a finding that says so.  A buyer's name, an address or a
# short quoted word in another script does not make a reply foreign, nor does Japanese.

FOREIGN = [
    "Obrigado pela compra! Você pode nos dar uma nota na Amazon?",  # Portuguese
    "Não se esqueça de comprar também na nossa loja.",  # Portuguese
    "感谢您的购买，欢迎再次光临本店。",  # Chinese
    "구매해 주셔서 감사합니다. 다음에도 저희 가게를 이용해 주세요.",  # Korean
    "आपकी खरीद के लिए धन्यवाद, कृपया हमें रेटिंग दें।",  # Hindi
    "Ευχαριστούμε για την αγορά σας, αφήστε μας μια βαθμολογία.",  # Greek
    "Děkujeme za nákup, jsme rádi, že jste spokojeni.",  # Czech
    "Спасибо за покупку, оставьте нам оценку, пожалуйста.",  # Russian
    "Tak for købet, vi håber du er glad for varen og at du vil anbefale os.",  # Danish
    "תודה על הקנייה, נשמח לדירוג באתר.",  # Hebrew
    "شكرا لشرائك، يرجى تقييمنا بخمس نجوم.",  # Arabic
    "ขอบคุณที่สั่งซื้อ กรุณาให้คะแนนเราด้วย",  # Thai
]

NOT_FOREIGN = [
    "Dear Дмитрий Иванов, your parcel arrives on Monday.",
    'The Φ-200 kettle ("Κρύσταλλο") is back in stock at the Amazon listing you ordered from.',
    "ご注文ありがとうございます。商品は明日発送いたします。",
    "お荷物は東京都渋谷区の配送センターに到着しました。",
    "Your parcel goes to Rua São João 45, São Paulo; Mr João da Silva will sign for it.",
    "Paczka dotrze jutro. Dziękujemy i pozdrawiamy!",
    "Tack för din beställning, paketet kommer i morgon.",
    "Siparişiniz yarın kargoya verilecek, teşekkür ederiz.",
    "Your parcel was signed for by 王小明 at the front desk.",
    "Lo sentimos, el paquete está en camino y llegará mañana.",
    "Il pacco è in consegna, ci scusiamo per il ritardo.",
    "Uw pakket is onderweg en wordt morgen bezorgd.",
    "Dear Søren Jørgensen, your order ships today from our warehouse.",
]


@pytest.mark.parametrize("text", FOREIGN)
def test_a_reply_in_a_language_the_gate_cannot_read_is_refused(text: str) -> None:
    findings = [f for f in check(WRAP.format(text)).blocking if f.rule == "unsupported-language"]
    assert findings, text
    assert "one of" in findings[0].message or "one of" in findings[0].suggestion


@pytest.mark.parametrize("text", FOREIGN)
def test_the_foreign_text_alone_is_refused(text: str) -> None:
    assert "unsupported-language" in blocked(text), text


@pytest.mark.parametrize("text", NOT_FOREIGN)
def test_names_addresses_and_supported_languages_pass(text: str) -> None:
    assert "unsupported-language" not in blocked(WRAP.format(text)), text
    assert "unsupported-language" not in blocked(text), text
