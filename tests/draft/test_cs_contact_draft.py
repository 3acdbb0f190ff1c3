"""``wismo draft`` on Amazon customer service's mails: the reply is written to Amazon's
team (never greeting a buyer), gives the order, carrier, tracking number, link and state,
and passes the gate."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli.draft import main
from compliance import check

NOTICES = Path(__file__).parents[1] / "mail" / "amazon_notices"
FIXTURES = Path(__file__).parent / "fixtures"
GREETING = {
    "en_us": "Hello Amazon Customer Service team,",
    "de": "Sehr geehrtes Kundenservice-Team von Amazon,",
    "fr": "Bonjour à l'équipe du Service client Amazon,",
}
STATE = {"en_us": "Status: in transit", "de": "Status: unterwegs", "fr": "Statut : en transit"}


@pytest.mark.parametrize("mail", sorted(GREETING))
def test_a_cs_contact_is_drafted_for_amazons_team_and_passes_the_gate(mail, capsys):
    args = [
        str(NOTICES / f"cs_contact_{mail}.eml"),
        "--now",
        "2026-11-04T12:00:00Z",
        "--tracking",
        str(FIXTURES / "tracking_in_transit.json"),
        "--json",
    ]
    assert main(args) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["scenario"] == "amazon_cs_reply" and out["next_step"] == "send_reply"
    text = out["text"]
    assert text.startswith(GREETING[mail]) and STATE[mail] in text
    assert "9400111206206406260787" in text and "https://tools.usps.com/" in text
    assert "USPS" in text
    assert out["compliant"] and check(text, lang=out["language"]).compliant


def test_a_cs_contact_without_tracking_still_names_the_order_to_amazon(capsys):
    assert main([str(NOTICES / "cs_contact_de.eml"), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["scenario"] == "amazon_cs_reply"
    assert "028-3344556-7788990" in out["text"] and "Kundenservice-Team" in out["text"]
    assert out["compliant"]
