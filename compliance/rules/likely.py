"""A reply that reads like the violations of the labelled examples, though no rule names it.

Why a model beside the rules: measured on replies written blind, each rules round lifted the
set it was tuned on to 98-100% but the next unseen set by about a point, and three new
writers' sets opened at 87-90% recall.  A linear model of character n-grams, trained on the
earlier blind sets, adds what the rules miss.  With the rules of round 23 and each of sets 19
to 23 left out of training in turn (``tools/train_policy_model.py --hold-out``), rules alone
caught 97.7% of those sets' violations with 1.23% false alarms, rules or model 98.1% with
1.31%.  On two sets sealed before round 23 and never learnt from, the model added 1.3 and 4.0
points of recall (set 24: 90.7% -> 92.0%, false alarms 2.7% -> 3.1%; set 25: 87.7% -> 91.7%,
3.5% both).  The rules stay first: they name the problem and its span.  The model only adds
a finding when no rule blocked, on a text of :data:`MIN_CHARACTERS` or more with
:data:`MIN_GRAMS` different n-grams or more, and marks the
sentence that reads most like a violation.

The model is logistic regression over TF-IDF features (sublinear term frequency, smoothed
idf, L2-normalised) of hashed character n-grams, 2 to 5 long, of the lower-cased text with
its blanks collapsed and every digit read as 0.  ``tools/train_policy_model.py`` fits it on
the labelled, synthetic replies of ``tests/compliance/heldout/`` (no buyer's data) and writes
:data:`MODEL_FILE`; :func:`features` is shared with the trainer, so both read a text the
same way.  Evaluating it is a few vector operations: about 0.2 ms for a 2,000-character
reply.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Final

import numpy as np
import numpy.typing as npt

from compliance.document import Document
from compliance.model import Finding, Severity

__all__ = [
    "BUCKETS",
    "MIN_CHARACTERS",
    "MIN_GRAMS",
    "MODEL_FILE",
    "RULE",
    "THRESHOLD",
    "features",
    "find_likely_violations",
]

RULE: Final = "likely-violation"
MODEL_FILE: Final = Path(__file__).resolve().parent.parent / "data" / "likely_model.npz"
# Chosen with the trainer's C on development sets left out of training in turn
# (tools/evaluate_policy_model.py).  On sets 34 to 41 (2,400 violations, 2,080 compliant
# replies, rules of 88291b1): rules alone 90.5% / 1.54%, C=4 at 0.85 93.3% / 2.02%, C=16 at
# 0.90 94.1% / 2.07% (20 caught more for one false alarm more), C=16 at 0.85 95.1% / 2.26%;
# on sets 24 to 33 the same order (95.8% / 1.08% against 96.3% / 1.12%).  C=16 at 0.90 was
# taken back once (round 28): trained on every set it refused our own templates, unfamiliar
# compliant text no set holds.  The trainer now learns one rendering of each template as
# compliant text, and keeps the previous model if any template is still refused.
# Round 32: left out in turn, sets 46-51 and 53 (2,100 violations, 1,820 compliant; rules
# of b34c8df): rules alone 93.9% / 5.71%, C=16 at 0.90 96.9% / 6.04%, at 0.85 97.4% / 6.21%
# (11 caught more for 3 false alarms more), the trade seen on sets 34-41.  A missed violation
# can cost the seller the account, a false alarm costs an agent an edit: 0.85 ships (trained
# on sets 1-53 it passes the template check).
THRESHOLD: Final = 0.85
BUCKETS: Final = 1 << 18  # hashed n-gram slots: 1 MB of weights as float32
_SHORTEST: Final = 2  # n-grams of 2 to 5 characters
_LONGEST: Final = 5
# a long reply is read in full by the rules; the model's cost stays bounded
_MAX_CHARACTERS: Final = 6_000
# A shorter text is judged by the rules alone: one sentence gives the model too few n-grams
# to tell "the product page shows the wrong size" from an ask (the look-alikes of
# tests/compliance, 49 of them blocked without this; see THRESHOLD for the figures).
MIN_CHARACTERS: Final = 150
# and a text that says little many times over ("Your parcel is on its way." a hundred times,
# a subject repeating "please tell me") has too few different n-grams to read: a varied
# reply of 150 characters has about 450
MIN_GRAMS: Final = 300
_DIGIT: Final = re.compile(r"\d")
_ASCII_DIGITS: Final = str.maketrans("123456789", "000000000")
_PRIME: Final = np.uint64(1_000_003)
_MIX: Final = np.uint64(0xFF51AFD7ED558CCD)
_GOLDEN: Final = np.uint64(0x9E3779B97F4A7C15)
_SHIFT: Final = np.uint64(33)
_MASK: Final = np.uint64(BUCKETS - 1)
_MESSAGE: Final = (
    "This reads like replies that break Amazon's messaging policy (a review or rating ask, "
    "something offered, marketing, contact details or a way off Amazon), though no single "
    "rule names it."
)
_SUGGESTION: Final = (
    "Reword the marked sentence so it only answers the buyer's question about this order, or "
    "remove it."
)


def features(text: str) -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.int64]]:
    """The hashed n-gram slots of ``text`` and how often each occurs (slots ascending)."""
    folded = text[:_MAX_CHARACTERS].lower()
    # str.translate does ASCII digits ten times faster than the regex, which any other
    # script's digits still need
    folded = folded.translate(_ASCII_DIGITS) if folded.isascii() else _DIGIT.sub("0", folded)
    folded = " " + " ".join(folded.split()) + " "
    points = np.frombuffer(folded.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    size = len(points)
    slots = []
    with np.errstate(over="ignore"):  # the hash wraps around 2**64 by design
        rolling = points
        for n in range(2, _LONGEST + 1):
            if size < n:
                break
            # the n-grams' polynomial hash from the (n-1)-grams': one multiply-add per length
            rolling = rolling[:-1] * _PRIME
            rolling += points[n - 1 :]
            h = rolling + _GOLDEN * np.uint64(n)
            h ^= h >> _SHIFT
            h *= _MIX
            h ^= h >> _SHIFT
            h &= _MASK
            if n >= _SHORTEST:
                slots.append(h)
    if not slots:
        return np.zeros(0, dtype=np.uint32), np.zeros(0, dtype=np.int64)
    # slots fit 32 bits, which sort faster than 64
    found = np.concatenate(slots).astype(np.uint32)
    found.sort()
    starts = np.flatnonzero(np.concatenate(([True], found[1:] != found[:-1])))
    counts = np.diff(np.append(starts, len(found)))
    return found[starts], counts


@dataclass(frozen=True, slots=True)
class Weights:
    """The fitted model: per slot its idf (0 for a slot too rare to learn from) and weight."""

    idf: npt.NDArray[np.float32]
    coef: npt.NDArray[np.float32]
    intercept: float

    def probability(self, text: str) -> float:
        """How likely ``text`` is a violation, 0 to 1."""
        return self._probability(*features(text))

    def flags(self, text: str) -> bool:
        """True when ``text`` is long and varied enough to read and reads as a violation."""
        if len(text.strip()) < MIN_CHARACTERS:
            return False
        slots, counts = features(text)
        return len(slots) >= MIN_GRAMS and self._probability(slots, counts) >= THRESHOLD

    def _probability(self, slots: npt.NDArray[np.uint32], counts: npt.NDArray[np.int64]) -> float:
        if not len(slots):
            return 0.0
        tfidf = (1.0 + np.log(counts)) * self.idf[slots]
        norm = float(np.sqrt(tfidf @ tfidf))
        if norm == 0.0:
            return 0.0
        z = float(tfidf @ self.coef[slots]) / norm + self.intercept
        return 1.0 / (1.0 + float(np.exp(-z)))


@cache
def load(path: Path = MODEL_FILE) -> Weights:
    with np.load(path) as data:
        return Weights(
            idf=data["idf"].astype(np.float32),
            coef=data["coef"].astype(np.float32),
            intercept=float(data["intercept"]),
        )


def find_likely_violations(doc: Document, blocked: bool) -> Iterator[Finding]:
    """One finding when no rule ``blocked`` and the model reads a violation: on the
    sentence that reads most like one (the whole text when none stands out)."""
    if blocked:
        return
    weights = load()
    if not weights.flags(doc.text):
        return
    start, end = 0, len(doc.text)
    best = 0.5  # a sentence less likely than this alone says nothing of where the problem is
    # the sentences every rule reads (Document.sentence_starts: "shop.com" ends none), each
    # scored in the original text, as the model was trained
    for s in range(len(doc.sentence_starts)):
        i, j = doc.words.span(doc.sentence_starts[s], doc.sentence_end(s))
        if doc.text[i:j].strip() and (p := weights.probability(doc.text[i:j])) > best:
            best, start, end = p, i, j
    yield doc.finding(None, start, end, RULE, Severity.BLOCK, _MESSAGE, _SUGGESTION)
