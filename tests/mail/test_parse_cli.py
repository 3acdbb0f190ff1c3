"""``wismo parse``: the JSON contract of DESIGN.md §3 and the exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

from bot.mail.cli import main

from .helpers import MAIL_DIR

CONTRACT_KEYS = {
    "kind",
    "order_id",
    "buyer_name",
    "buyer_alias",
    "marketplace",
    "language",
    "subject",
    "body",
    "intent",
    "message_id",
    "no_response_url",
    "attachments",
    "problems",
}
SYSTEM_KEYS = CONTRACT_KEYS | {"system_kind", "case_id", "respond_by"}


def test_json_of_a_buyer_message_exits_0(capsys):
    code = main([str(MAIL_DIR / "de_wismo_current_qp.eml"), "--json"])

    out = json.loads(capsys.readouterr().out)
    assert code == 0
    assert set(out) == CONTRACT_KEYS
    assert out["kind"] == "buyer_message"
    assert out["order_id"] == "028-1234567-8901234"
    assert out["buyer_name"] == "Jonas"
    assert out["buyer_alias"] == "d3j0n4s5b6v7c8x@marketplace.amazon.de"
    assert (out["marketplace"], out["language"], out["intent"]) == ("DE", "de", "where_is_my_order")
    assert out["body"].startswith("Hallo, meine Bestellung ist leider noch nicht angekommen.")
    assert out["no_response_url"].startswith("https://www.amazon.de/gp/communication-manager/")
    assert out["message_id"].startswith("<") and out["message_id"].endswith(">")


def test_system_mail_exits_1_with_nulls_where_nothing_applies(capsys):
    code = main([str(MAIL_DIR / "sys_atoz_claim_uk.eml"), "--json"])

    out = json.loads(capsys.readouterr().out)
    assert code == 1
    assert set(out) == SYSTEM_KEYS
    assert out["kind"] == "system"
    assert out["buyer_alias"] is None and out["intent"] is None
    assert out["order_id"] == "203-9988776-5544330"
    assert out["system_kind"] == "a_to_z_claim"
    # "within 72 hours" of the mail's Date, Tue, 03 Nov 2026 07:45:00 +0000
    assert out["respond_by"] == "2026-11-06T07:45:00+00:00"
    assert out["case_id"] is None


def test_human_summary_names_the_essentials(capsys):
    code = main([str(MAIL_DIR / "en_us_ship_faster.eml")])

    text = capsys.readouterr().out
    assert code == 0
    assert text.startswith("buyer message: where_is_my_order")
    assert "111-7366207-0755439" in text
    assert "sz2y5ywh1qg1vhx@marketplace.amazon.com (case 133a066e)" in text
    assert "Has my order shipped yet?" in text


def test_problems_are_shown_to_the_reader(capsys, tmp_path):
    broken = tmp_path / "broken.eml"
    broken.write_bytes(b"Subject: hello\r\n\r\nno sender, no date")

    code = main([str(broken)])

    text = capsys.readouterr().out
    assert code == 1
    assert text.startswith("not an Amazon buyer message")
    assert "problems:" in text and "no Date header" in text


def test_missing_file_is_a_usage_error(capsys, tmp_path):
    code = main([str(tmp_path / "nope.eml")])
    assert code == 2
    assert "cannot read" in capsys.readouterr().err


def test_no_arguments_is_a_usage_error(capsys):
    assert main([]) == 2


def test_the_installed_command_reads_standard_input():
    raw = (MAIL_DIR / "it_wismo_current.eml").read_bytes()
    done = subprocess.run(
        [sys.executable, "-m", "bot", "parse", "-", "--json"],
        input=raw,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert (out["marketplace"], out["language"], out["order_id"]) == (
        "IT",
        "it",
        "171-5432109-8765432",
    )


def test_json_lists_the_problems_the_text_output_prints(capsys):
    # Round 8, class F7: MIME nested 50 deep gave "body": "" and no reason in JSON.
    from tests.mail.adversaries.helpers import ROUND8

    mail = str(ROUND8 / "D05_nested_50.eml")
    main([mail])
    text = capsys.readouterr().out
    main([mail, "--json"])
    out = json.loads(capsys.readouterr().out)

    assert out["body"] == "" and out["problems"]
    assert any("nested deeper than" in p for p in out["problems"])
    for problem in out["problems"]:
        assert f"  - {problem}" in text


def test_json_of_a_clean_mail_has_an_empty_problems_list(capsys):
    main([str(MAIL_DIR / "de_wismo_current_qp.eml"), "--json"])
    assert json.loads(capsys.readouterr().out)["problems"] == []
