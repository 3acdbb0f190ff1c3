"""Intent rules on the development corpus, every template language.

The corpus (tests/intents/corpus/) was written for the project: short, misspelt messages,
messages mixed with order numbers, follow-ups.  The rules were tuned on it, so the figure
printed here is an upper bound; the held-out set measures them honestly.
"""

from __future__ import annotations

from collections import Counter

import pytest

from bot.domain import Intent
from bot.mail.intent import recognise
from tests.intents.corpus import LANGS, load, load_all


@pytest.mark.parametrize("lang", LANGS)
def test_every_intent_is_in_the_corpus_in_every_language(lang):
    seen = {s.intent for s in load(lang)}
    assert seen == set(Intent), f"{lang} lacks {sorted(set(Intent) - seen)}"
    assert any(s.follow_up for s in load(lang)), f"{lang} has no follow-up"


def test_accuracy_on_the_development_corpus_is_printed():
    samples = load_all()
    wrong = Counter()
    follow_wrong = 0
    for sample in samples:
        found = recognise("", sample.text, sample.lang)
        if found.intent is not sample.intent:
            wrong[sample.lang] += 1
        follow_wrong += found.follow_up is not sample.follow_up
    total = len(samples)
    right = total - sum(wrong.values())
    print(f"\nintent right on {right}/{total} development messages ({right / total:.1%})")
    print(f"follow-up flag right on {total - follow_wrong}/{total}")
    for lang in LANGS:
        n = len(load(lang))
        print(f"  {lang}: {n - wrong[lang]}/{n}")
    assert right / total >= 0.97
    assert (total - follow_wrong) / total >= 0.97


@pytest.mark.parametrize("sample", load_all(), ids=lambda s: f"{s.lang}:{s.line}")
def test_each_development_message(sample):
    found = recognise("", sample.text, sample.lang)
    assert (found.intent, found.follow_up) == (sample.intent, sample.follow_up), found.scores
