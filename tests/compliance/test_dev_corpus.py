"""Recall and false alarms of the concept rules on the development corpus (dev_corpus.py),
per language and on the mixed-language subset.  Every text is checked with its card's
language given: the card's language must never weaken the verdict."""

from __future__ import annotations

import pytest

from compliance import check
from compliance.document import LANGUAGES
from tests.compliance.dev_corpus import COMPLIANT, MIXED, VIOLATING, Row


def _caught(row: Row) -> bool:
    lang, text, rule = row
    report = check(text, lang=lang)
    return not report.compliant and rule in report.rules


def _alarm(row: Row) -> bool:
    lang, text, _ = row
    return bool(check(text, lang=lang).findings)


def _figures(rows: list[Row], good: list[Row]) -> tuple[float, float, list[str], list[str]]:
    missed = [r[1] for r in rows if not _caught(r)]
    alarms = [r[1] for r in good if _alarm(r)]
    recall = 1 - len(missed) / len(rows) if rows else 1.0
    false_alarms = len(alarms) / len(good) if good else 0.0
    return recall, false_alarms, missed, alarms


@pytest.mark.parametrize("lang", LANGUAGES)
def test_recall_and_false_alarms_per_language(lang, capsys):
    rows = [r for r in VIOLATING if r[0] == lang]
    good = [r for r in COMPLIANT if r[0] == lang]
    recall, false_alarms, missed, alarms = _figures(rows, good)
    with capsys.disabled():
        print(
            f"\ndev corpus {lang}: recall {recall:.0%} of {len(rows)}, "
            f"false alarms {false_alarms:.0%} of {len(good)}"
        )
    assert not missed, missed
    assert not alarms, alarms


def test_mixed_language_texts_are_caught_on_any_card(capsys):
    recall, _, missed, _ = _figures(MIXED, [])
    with capsys.disabled():
        print(f"\ndev corpus mixed languages: recall {recall:.0%} of {len(MIXED)}")
    assert not missed, missed


@pytest.mark.parametrize("card", LANGUAGES)
def test_every_violation_blocks_on_every_card(card):
    missed = [text for _, text, rule in VIOLATING if rule not in check(text, lang=card).rules]
    assert not missed, missed
