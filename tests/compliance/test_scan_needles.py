"""The needles that let a scanned pattern be skipped never skip a text it matches."""

from __future__ import annotations

import json
from pathlib import Path

from compliance.adversarial import ADVERSARIAL
from compliance.document import Document
from compliance.policy import Policy
from compliance.rules.lexicon import _built_tables, _may_match, _needles

_CORPUS = Path(__file__).parent / "corpus.jsonl"


def test_needles_are_what_every_match_must_contain():
    assert _needles(r"-\d+\s?%\s+sur(?![a-z0-9])") == [
        frozenset("-"),
        frozenset("%"),
        frozenset(["sur"]),
    ]
    assert _needles(r"(?<!vergi\s)numaramiz\w*(?![a-z0-9])") == [frozenset(["numaramiz"])]
    assert _needles(r"[a-z]{3,12}\d{1,3}\s+(?:kodu\w*|kuponu\w*)") == [
        frozenset(["kodu", "kuponu"])
    ]
    assert _needles("緑(?:色)?ノアフリ") == [frozenset(["緑"]), frozenset(["ノアフリ"])]
    assert _needles("ab?c") == [frozenset("a"), frozenset("c")]
    assert _needles("(?:x|)abc") == [frozenset(["abc"])]
    assert _needles(r"\d+(?:x|)") is None  # nothing is certain to be there
    assert _needles("(a)b") is None  # a capturing group: not read, so not guessed


def test_no_scan_is_skipped_on_a_text_it_matches():
    texts = [json.loads(line)["text"] for line in _CORPUS.read_text().splitlines() if line]
    texts += [make(300) for make in ADVERSARIAL.values()]
    folded = [Document(text, None, Policy()).words.text for text in texts]
    for lang in (None, "ja", "tr", "fr"):
        for _, regex, _, needles in _built_tables(lang).scans:
            if needles is None:
                continue
            for text in folded:
                if regex.search(text) is not None:
                    assert _may_match(text, needles), (regex.pattern, text)
