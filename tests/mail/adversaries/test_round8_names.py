"""Round 8, class F4: the From display name reaches the message only when it is a clean
personal name; otherwise the card says why and the reply greets neutrally."""

from __future__ import annotations

import pytest

from bot.mail.relay import parse_mail
from bot.printable import personal_name
from tests.mail.adversaries.helpers import ROUND8

NAME_MAILS = sorted(p.name for p in ROUND8.glob("N*_name_*.eml"))


@pytest.mark.parametrize("name", NAME_MAILS)
def test_a_display_name_that_is_no_plain_name_is_left_out_with_a_note(name):
    parsed = parse_mail((ROUND8 / name).read_bytes())
    assert parsed.buyer_name is None or personal_name(parsed.buyer_name) == parsed.buyer_name
    assert parsed.buyer_name is None
    assert any("not a plain personal name" in p for p in parsed.problems)


@pytest.mark.parametrize("name", ["AP07_autopilot_name_gmail.eml", "AP08_autopilot_name_url.eml"])
def test_the_subjects_amazon_name_is_taken_when_the_display_name_is_unclean(name):
    parsed = parse_mail((ROUND8 / name).read_bytes())
    assert parsed.buyer_name == "Cherri"


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Ann", "Ann"),
        ("  Cherri   Lee ", "Cherri Lee"),
        ("J. R. Smith", "J. R. Smith"),
        ("Ismail", "Ismail"),
        ("Łukasz", "Łukasz"),
        ("ann.shop", None),
        ("Ann 2", None),
        ("Ann_", None),
        ("Ann\u200bSmith", None),
        ("A" * 41, None),
        ("Ann Whatsapp", None),
        # adversary 16, M1: words that are no plausible name, in any language
        ("Brightwaterhome Dotcom", None),
        ("Brightwaterhomedotcom", None),
        ("Www Brightwaterhome", None),
        ("Brightwaterhome Shop", None),
        ("Ostavite Recenziju", None),
        ("Prosim Recenziu", None),
        ("Prosím Recenzi", None),
        ("Palikite Atsiliepimą", None),
        ("Giv Anmeldelse", None),
        ("Molimo Pet Zvjezdica", None),
        ("Five Stars", None),
        ("Please Leave", None),
        ("Bitte Bewertung", None),
        ("Оставьте Отзыв", None),
        ("Ann Marie Lee Smith Jones", None),  # more than four words
        ("Jean-Pierre de la Fontaine", "Jean-Pierre de la Fontaine"),
        ("Nguyễn Văn An", "Nguyễn Văn An"),
        ("Иван Петров", "Иван Петров"),
        ("Kerem Yıldız", "Kerem Yıldız"),
        ("Dotson", "Dotson"),
        ("Ann Green", "Ann Green"),
    ],
)
def test_personal_name(raw, clean):
    assert personal_name(raw) == clean
