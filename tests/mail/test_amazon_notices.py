"""Amazon's own mail, in English, German and French: ``wismo parse --json`` names its kind,
the claim or case id and the answer deadline the mail states (``amazon_notices/``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.domain import SystemKind
from bot.mail.cli import main

NOTICES = Path(__file__).parent / "amazon_notices"
EXPECTED: dict[str, dict[str, str | None]] = json.loads(
    (NOTICES / "expectations.json").read_text(encoding="utf-8")
)


def test_every_kind_has_an_english_german_and_french_mail():
    assert sorted(p.name for p in NOTICES.glob("*.eml")) == sorted(EXPECTED)
    by_kind: dict[str, set[str | None]] = {}
    for expect in EXPECTED.values():
        by_kind.setdefault(str(expect["system_kind"]), set()).add(expect["language"])
    assert set(by_kind) == {k.value for k in SystemKind}
    assert all({"en", "de", "fr"} <= languages for languages in by_kind.values()), by_kind


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_parse_json_classifies_the_notice(name, capsys):
    expect = EXPECTED[name]

    code = main([str(NOTICES / name), "--json"])

    out = json.loads(capsys.readouterr().out)
    assert code == 1  # not a buyer message
    assert out["kind"] == "system"
    assert out["system_kind"] == expect["system_kind"]
    assert out["order_id"] == expect["order_id"]
    assert (out["marketplace"], out["language"]) == (expect["marketplace"], expect["language"])
    assert out["case_id"] == expect["case_id"]
    assert out["respond_by"] == expect["respond_by"]
    assert out["buyer_alias"] is None
