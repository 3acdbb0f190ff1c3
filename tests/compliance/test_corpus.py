"""Recall and false alarms over the labelled corpus (see make_corpus.py for how it is made)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from compliance import check

CORPUS = Path(__file__).with_name("corpus.jsonl")
ROWS = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line]
RULES = {
    "link",
    "insecure-link",
    "email-address",
    "phone-number",
    "review-request",
    "marketing",
    "off-amazon",
    "html",
    "emoji",
    "placeholder",
    "too-long",
    "personal-data",
    "cancellation-request",
}


def _caught(row: dict, lang: str | None) -> bool:
    report = check(row["text"], lang=lang)
    found = {f.rule for f in report.findings}
    return set(row["rules"]) <= found and report.compliant == row["compliant"]


def _false_alarm(row: dict, lang: str | None) -> bool:
    return bool(check(row["text"], lang=lang).findings)


def test_corpus_is_big_and_covers_every_rule_in_every_language():
    assert len(ROWS) >= 400
    violating = [r for r in ROWS if r["rules"]]
    for lang in ("en", "de", "fr", "es", "it"):
        covered = {rule for r in violating if r["lang"] == lang for rule in r["rules"]}
        assert covered == RULES, (lang, RULES - covered)
    disguised = " ".join(r["text"] for r in violating)
    for form in ("dot com", "s o n n", "[at]", "[dot]", "\u200b", "ｃｏｍ", "+49 (0)", "р"):
        assert form in disguised


@pytest.mark.parametrize("per_language", [False, True], ids=["all-languages", "lang-given"])
def test_recall_and_false_alarms(per_language, capsys):
    violating = [r for r in ROWS if r["rules"]]
    compliant = [r for r in ROWS if not r["rules"]]
    missed = [r for r in violating if not _caught(r, r["lang"] if per_language else None)]
    alarms = [r for r in compliant if _false_alarm(r, r["lang"] if per_language else None)]
    recall = 1 - len(missed) / len(violating)
    false_alarm_rate = len(alarms) / len(compliant)
    with capsys.disabled():
        mode = "lang given" if per_language else "all languages"
        print(
            f"\ncompliance corpus ({mode}): recall {recall:.1%} on {len(violating)} violating "
            f"texts, false alarms {false_alarm_rate:.1%} on {len(compliant)} compliant texts"
        )
    assert recall >= 0.99, [r["text"] for r in missed]
    assert false_alarm_rate <= 0.01, [r["text"] for r in alarms]
