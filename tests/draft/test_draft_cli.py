"""``wismo draft``: every request and scenario, in every template language and Amazon layout.

The mails (tests/draft/mail, written by make_mails.py) come in the layouts Amazon uses:
the current single-``<pre>`` HTML, the older ``Begin message`` plain text and HTML,
amazon.ca's bilingual markers and amazon.co.jp's ISO-2022-JP text.  Each names the
intent, scenario, language and next step a support lead expects.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from bot.cli import main as wismo
from bot.cli.draft import main
from bot.mail.relay import parse_mail
from compliance import check

HERE = Path(__file__).parent
EXPECTED: dict[str, dict] = json.loads((HERE / "expectations.json").read_text("utf-8"))
NOW = "2026-11-02T12:00:00Z"
KEYS = {"intent", "scenario", "language", "text", "compliant", "findings", "next_step"}


def draft(file: str, capsys, *extra: str) -> dict:
    expected = EXPECTED[file]
    args = [str(HERE / "mail" / file), "--now", NOW, "--json", *extra]
    for option in ("order", "tracking"):
        if expected[option]:
            args += [f"--{option}", str(HERE / "fixtures" / expected[option])]
    assert main(args) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("file", sorted(EXPECTED))
def test_each_mail_gets_the_expected_next_step_and_a_text_that_passes_the_gate(file, capsys):
    expected = EXPECTED[file]
    out = draft(file, capsys)
    assert set(out) == KEYS
    got = {k: out[k] for k in ("intent", "scenario", "language", "next_step")}
    assert got == {k: expected[k] for k in got}
    assert out["compliant"] and out["findings"] == []
    waits = expected["scenario"] in {"not_shipped_late", "thanks", "product_question"}
    assert bool(out["text"]) is not waits
    if out["text"]:
        assert check(out["text"], lang=out["language"]).compliant  # the gate, once more


@pytest.mark.parametrize("file", sorted(EXPECTED))
def test_the_buyers_words_are_read_whatever_the_layout(file):
    expected = EXPECTED[file]
    message = parse_mail((HERE / "mail" / file).read_bytes())
    assert message.marketplace == expected["marketplace"]
    assert message.follow_up is expected["follow_up"]
    # Amazon's own lines never reach the buyer's text.
    for amazon in (
        "Begin message",
        "Début du message",
        "no response needed",
        "ne nécessitant",
        "commMgrTok",
        "メッセージの開始",
        "返信が不要",
    ):
        assert amazon not in message.body, (file, message.body)
    assert message.body.strip()


def test_every_scenario_and_layout_is_in_every_language():
    by_lang: dict[str, set[str]] = {}
    for expected in EXPECTED.values():
        by_lang.setdefault(expected["language"], set()).add(expected["scenario"])
    assert len({frozenset(s) for s in by_lang.values()}) == 1 and len(by_lang) == 10
    layouts = Counter(e["layout"] for e in EXPECTED.values())
    assert set(layouts) == {"current", "old", "old-html", "ca", "jp"}


def test_a_late_order_gets_the_date_the_agent_entered(capsys):
    file = next(f for f, e in EXPECTED.items() if e["scenario"] == "not_shipped_late")
    out = draft(file, capsys, "--ship-date", "2026-11-05")
    assert out["next_step"] == "send_reply" and out["compliant"]
    assert out["text"]


def test_a_bilingual_canadian_mail_in_english_gets_an_english_reply(capsys):
    file = "en_ca_ca_exception_address.eml"
    assert EXPECTED[file]["layout"] == "ca"
    out = draft(file, capsys)
    assert out["language"] == "en" and "confirm" in out["text"]


def test_human_output_names_the_next_step_and_the_button(capsys):
    file = next(f for f, e in EXPECTED.items() if e["scenario"] == "cancel_unshipped")
    expected = EXPECTED[file]
    args = [
        str(HERE / "mail" / file),
        "--now",
        NOW,
        "--order",
        str(HERE / "fixtures" / expected["order"]),
    ]
    assert wismo(["draft", *args]) == 0
    out = capsys.readouterr().out
    assert "cancel_unshipped" in out
    assert "Cancelled in Seller Central: send confirmation" in out


def test_usage_errors_exit_2(tmp_path, capsys):
    mail = str(HERE / "mail" / sorted(EXPECTED)[0])
    assert main([str(tmp_path / "missing.eml")]) == 2
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    assert main([mail, "--order", str(bad)]) == 2
    assert main([mail, "--tracking", str(bad)]) == 2
    assert main([mail, "--now", "yesterday"]) == 2
    assert "wismo draft:" in capsys.readouterr().err


def test_a_system_mail_is_not_drafted(tmp_path, capsys):
    mail = tmp_path / "bounce.eml"
    mail.write_bytes(
        b"From: donotreply@amazon.com\r\nTo: shop@example.com\r\nSubject: Your e-mail to "
        b"customer could not be delivered\r\nDate: Mon, 02 Nov 2026 09:00:00 +0000\r\n"
        b"Message-ID: <x@amazon.com>\r\n\r\nWe were unable to deliver the message you sent.\r\n"
    )
    assert main([str(mail), "--now", NOW]) == 1
    assert "not an Amazon buyer message" in capsys.readouterr().err
