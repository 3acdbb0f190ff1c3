from __future__ import annotations

import io
import shutil
from pathlib import Path

import templates
from bot.cli import main as wismo
from bot.replies import LANGUAGES, TEMPLATED
from bot.replies.cli import main

BUNDLED = Path(templates.__file__).parent


def test_templates_check_prints_the_table_and_exits_0(capsys):
    # Two languages: the whole library passing is test_library's (the same check, all
    # languages and carriers: 20 s of CPU each time).
    languages = [LANGUAGES[0], "ja"]
    assert wismo(["templates", "check", "--lang", languages[0], "--lang", "ja"]) == 0
    out = capsys.readouterr().out
    header, *rows = out.splitlines()
    assert header.split() == ["scenario", *languages]
    for scenario in TEMPLATED:
        row = next(r for r in rows if r.startswith(scenario.value + " "))
        assert row.split()[1:] == ["ok"] * len(languages)
    assert "all pass" in out


def test_templates_check_names_the_failing_template_rule_and_line(tmp_path):
    copy = tmp_path / "t"
    shutil.copytree(BUNDLED, copy, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    bad = copy / "it" / "acknowledge.txt.j2"
    lines = bad.read_text().splitlines(keepends=True)
    lines.insert(7, "Scriva a assistenza@negozio.it per uno sconto del 10%.\n")
    bad.write_text("".join(lines))
    out = io.StringIO()
    assert main(["check", "--dir", str(copy), "--lang", "en", "--lang", "it"], out=out) == 1
    text = out.getvalue()
    row = next(r for r in text.splitlines() if r.startswith("acknowledge "))
    assert row.split()[1:] == ["ok", "FAILED"]
    assert "it/acknowledge.txt.j2 line 8: email-address" in text
    assert "1 refused" in text


def test_templates_usage_errors_exit_2(tmp_path, capsys):
    assert main([]) == 2
    assert main(["frobnicate"]) == 2
    assert main(["check", "--dir", str(tmp_path / "nope")]) == 2
    assert "not a folder" in capsys.readouterr().err
