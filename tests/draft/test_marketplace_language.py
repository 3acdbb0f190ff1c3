"""The reply's language: the buyer's when we have templates in it, else the marketplace's.

Dutch, Polish, Swedish and Turkish buyers on their own marketplaces are answered in their
language; on amazon.com.be the buyer's own text decides between Dutch and French; a buyer
whose language we cannot tell, or have no templates for, gets the marketplace's language.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli.draft import main

FIXTURES = Path(__file__).parent / "fixtures"
NOW = "2026-11-02T12:00:00Z"
ORDER_ID = "403-5518062-0047113"


def relay_mail(domain: str, text: str) -> bytes:
    """A plain-text relay mail with Amazon's English markers, which every marketplace uses."""
    alias = f"q7d2k9x7@marketplace.amazon.{domain}"
    lines = [
        f"From: Buyer - Amazon Marketplace <{alias}>",
        "To: support@brightwater-home.example",
        # Amazon words the subject in the marketplace's language; the order id alone keeps
        # it from voting for English here
        f"Subject: {ORDER_ID}",
        "Date: Mon, 02 Nov 2026 09:14:03 +0000",
        f"Message-ID: <0100019a.{domain}@email.amazonses.com>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        f"Order ID {ORDER_ID}:",
        "1 of Linen cushion cover [ASIN: B0D4Q2X7LM]",
        "",
        "------------- Begin message -------------",
        "",
        text,
        "",
        "------------- End message -------------",
        "",
        "To mark this message as no response needed, click here: "
        f"https://www.amazon.{domain}/gp/communication-manager/no-response-needed.html?v=1",
        "",
        "[commMgrTok:TOKlang1]",
    ]
    return "\r\n".join(lines).encode("utf-8")


def draft(tmp_path: Path, capsys, domain: str, text: str) -> dict:
    mail = tmp_path / "mail.eml"
    mail.write_bytes(relay_mail(domain, text))
    args = [str(mail), "--now", NOW, "--json"]
    args += ["--order", str(FIXTURES / "order_shipped.json")]
    args += ["--tracking", str(FIXTURES / "tracking_in_transit.json")]
    assert main(args) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize(
    ("domain", "text", "language", "words"),
    [
        ("nl", "Waar blijft mijn pakket? Ik heb nog niks ontvangen.", "nl", "onderweg"),
        ("pl", "Gdzie jest moja paczka? Nadal nic nie dotarło.", "pl", "w drodze"),
        ("se", "Var är mitt paket? Jag har inte fått något än.", "sv", "på väg"),
        ("com.tr", "Kargom nerede? Hâlâ gelmedi.", "tr", "yolda"),
        # amazon.com.be: the buyer's own text decides between Dutch and French
        ("com.be", "Waar blijft mijn bestelling? Nog steeds niets ontvangen.", "nl", "onderweg"),
        ("com.be", "Où est mon colis ? Je n'ai toujours rien reçu.", "fr", "en route"),
        # too short to tell, or a language without templates: the marketplace's language
        ("nl", "tracking?", "nl", "onderweg"),
        ("pl", "tracking?", "pl", "w drodze"),
        ("se", "tracking??", "sv", "på väg"),
        ("com.tr", "tracking?", "tr", "yolda"),
        ("com.be", "tracking?", "fr", "en route"),
    ],
)
def test_the_reply_is_in_the_buyers_or_else_the_marketplaces_language(
    tmp_path, capsys, domain, text, language, words
):
    out = draft(tmp_path, capsys, domain, text)
    assert (out["intent"], out["scenario"]) == ("where_is_my_order", "in_transit")
    assert out["language"] == language
    assert words in out["text"]
    assert out["compliant"] and out["findings"] == []
