from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from compliance.cli import main

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "replies"
COMPLIANT_EXAMPLES = {"en-tracking-ups.txt", "de-zustellung-dhl.txt", "fr-point-relais.txt"}


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def run(*argv: str, stdin: str = "", tty: bool = False) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    source = _Tty(stdin) if tty else io.StringIO(stdin)
    code = main(list(argv), stdin=source, stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_bundled_examples_mix_compliant_and_non_compliant_replies():
    files = sorted(EXAMPLES.glob("*.txt"))
    assert {f.name for f in files} > COMPLIANT_EXAMPLES
    for path in files:
        code, out, _ = run(str(path))
        expected = 0 if path.name in COMPLIANT_EXAMPLES else 1
        assert code == expected, out
    code, out, _ = run(*map(str, files))
    assert code == 1
    for path in files:
        verdict = "compliant" if path.name in COMPLIANT_EXAMPLES else "NOT compliant"
        assert f"{path}: {verdict}" in out


def test_json_for_one_file_is_the_design_object(tmp_path):
    path = tmp_path / "reply.txt"
    text = "Thanks!\nWrite to anna [at] gmx [dot] de 😀\n"
    path.write_text(text, encoding="utf-8")
    code, out, _ = run(str(path), "--json")
    assert code == 1
    data = json.loads(out)
    assert set(data) == {"compliant", "violations"}
    assert data["compliant"] is False
    assert [v["rule"] for v in data["violations"]] == ["email-address", "emoji"]
    for v in data["violations"]:
        assert text[v["start"] : v["end"]] == v["excerpt"]


def test_json_for_several_files_is_keyed_by_path(tmp_path):
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text("Your parcel arrives on Monday.", encoding="utf-8")
    bad.write_text("Use code SUMMER15 for 15% off.", encoding="utf-8")
    code, out, _ = run("--json", str(good), str(bad))
    assert code == 1
    data = json.loads(out)
    assert data[str(good)] == {"compliant": True, "violations": []}
    assert data[str(bad)]["compliant"] is False
    code, _, _ = run("--json", str(good), str(good))
    assert code == 0


def test_reads_standard_input_and_honours_lang():
    code, out, _ = run(
        "-", "--json", "--lang", "de", stdin="Bitte hinterlassen Sie eine Bewertung."
    )
    assert code == 1  # any review ask blocks in a reply
    assert json.loads(out)["violations"][0]["severity"] == "block"
    code, out, _ = run("--json", "--lang", "en", stdin="Bitte hinterlassen Sie eine Bewertung.")
    assert code == 1  # --lang adds precision, never removes a rule
    assert json.loads(out)["violations"][0]["rule"] == "review-request"


def test_plain_output_underlines_the_span_under_wide_characters():
    code, out, _ = run(stdin="ＯＫ：call 0176 1234567 now\n")
    assert code == 1
    lines = out.splitlines()
    assert lines[0] == "<stdin>: NOT compliant (1 blocking)"
    text_line, marks = lines[1], lines[2]
    assert text_line == "1 | ＯＫ：call 0176 1234567 now"
    # three full-width characters take six columns, then "call " five more
    assert marks == "  | " + " " * 11 + "^" * len("0176 1234567")
    assert lines[3].startswith("  | " + " " * 11 + "phone-number (block): Phone numbers")
    assert "\033[" not in out  # no colour when not on a terminal


def test_usage_errors_exit_2(tmp_path):
    code, _, err = run(str(tmp_path / "missing.txt"))
    assert code == 2 and "cannot read" in err and "missing.txt" in err
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\xff\xfe\x00bad")
    code, _, err = run(str(binary))
    assert code == 2 and "not UTF-8" in err
    code, _, err = run("--lang", "xx", "-")
    assert code == 2 and "invalid choice" in err
    code, _, err = run(tty=True)
    assert code == 2 and "give a FILE" in err and err.startswith("usage: wismo check")
    code, _, err = run("-", "-")
    assert code == 2


def test_help_documents_several_files_and_exit_codes(capsys):
    assert main(["--help"]) == 0
    text = capsys.readouterr().out
    assert "keyed by path" in text and "exit status" in text


@pytest.mark.parametrize("args", [["--json"], []])
def test_runs_as_a_program(args):
    path = EXAMPLES / "en-template-leftovers.txt"
    done = subprocess.run(
        [sys.executable, "-m", "compliance.cli", *args, str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert "placeholder" in done.stdout
