"""Leave-one-set-out measure of the policy model, with the full gate (rules, then model).

    .venv/bin/python tools/evaluate_policy_model.py                    # sets 28 to 33
    .venv/bin/python tools/evaluate_policy_model.py --sets set24 set25 --candidates shipped c2

For each development set N: the model is trained as ``tools/train_policy_model.py
--hold-out N`` trains it (every other set, the corpus and the adversaries' tries), then each
reply of N is checked as ``compliance.check(text, lang=card_lang)`` checks it: blocked when a
rule blocks, or else when the model flags it.  The rules do not depend on the model, so they
are run once per reply.  Printed per set and summed over the sets: recall (violations
blocked) and false alarms (compliant replies blocked), for the rules alone and for the gate
with each candidate model.  Deterministic: the same tree prints the same figures.

A candidate is a training recipe (``CANDIDATES``): the shipped one is the trainer's own
``fit`` and ``Weights.flags``; others vary one thing (regularisation, class weights,
threshold, ...) so the figures say what each change does on sets nobody trained on.

Measured at ec31c3e on sets 28 to 33 (1,800 violations, 1,560 compliant replies): rules alone
94.2% / 1.60%, the shipped model 95.6% / 1.60%; C=16 96.7% / 1.79% (3 more false alarms),
C=16 at 0.90 and at 0.95, C=8, word n-grams, no class weights, thresholds 0.80 / 0.90 and
windows of 300 or 500 characters each either gave recall for false alarms or nothing:
none caught more without a false alarm more, so the shipped recipe stayed.  On all ten sets
24 to 33 (3,000 violations, 2,600 compliant replies; rules of ec31c3e): rules alone 94.5% /
1.04%, C=4 at 0.85 95.8% / 1.08%, C=16 at 0.90 96.3% / 1.12% (14 caught more for one false
alarm more), C=16 at 0.85 96.9% / 1.27%.  C=16 at 0.90 was shipped in round 28 and taken
back the same day: trained on every set, it refused four renderings of our own templates
(`wismo templates check`), a false alarm no set measured.  Every candidate must also pass
the template check before it ships.  At 88291b1 on sets 34 to 41 (2,400 violations, 2,080
compliant): rules alone 90.5% / 1.54%, C=4 at 0.85 93.3% / 2.02%, C=8 at 0.90 93.0% / 1.83%,
C=16 at 0.90 94.1% / 2.07%, C=16 at 0.85 95.1% / 2.26%.  With the trainer learning our
templates, C=16 at 0.90 passes the template check and ships (round 31).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from train_policy_model import C, _rows  # noqa: E402

from compliance import Policy, check  # noqa: E402
from compliance.rules import likely  # noqa: E402

Row = dict[str, object]
_RULES_ONLY = Policy(model=False)
DEFAULT_SETS = [f"set{n}" for n in range(28, 34)]


@dataclass
class Tally:
    violations: int = 0
    caught: int = 0
    compliant: int = 0
    false_alarms: int = 0

    def add(self, violation: bool, blocked: bool) -> None:
        if violation:
            self.violations += 1
            self.caught += blocked
        else:
            self.compliant += 1
            self.false_alarms += blocked

    def __iadd__(self, other: Tally) -> Tally:
        self.violations += other.violations
        self.caught += other.caught
        self.compliant += other.compliant
        self.false_alarms += other.false_alarms
        return self

    def __str__(self) -> str:
        recall = 100 * self.caught / max(self.violations, 1)
        fa = 100 * self.false_alarms / max(self.compliant, 1)
        return f"{recall:5.1f} / {fa:4.2f} ({self.caught}/{self.violations}, {self.false_alarms})"


def _word_features(text: str) -> tuple[np.ndarray, np.ndarray]:
    """The char n-grams of :func:`likely.features` and the folded text's word uni/bigrams."""
    slots, counts = likely.features(text)
    folded = likely._DIGIT.sub("0", text[: likely._MAX_CHARACTERS].lower())
    words = _WORD.findall(folded)
    grams = words + [a + " " + b for a, b in pairwise(words)]
    if not grams:
        return slots, counts
    hashed = np.array(
        [zlib.crc32(b"w" + g.encode("utf-8")) & (likely.BUCKETS - 1) for g in grams],
        dtype=np.uint32,
    )
    found = np.concatenate([np.repeat(slots, counts), hashed])
    found.sort()
    starts = np.flatnonzero(np.concatenate(([True], found[1:] != found[:-1])))
    return found[starts], np.diff(np.append(starts, len(found)))


_WORD = re.compile(r"\w+")
FEATURES: dict[str, Callable[[str], tuple[np.ndarray, np.ndarray]]] = {
    "char": likely.features,
    "word": _word_features,
}


@dataclass(frozen=True)
class Recipe:
    c: float = C
    balanced: bool = True
    min_df: int = 2
    feature: str = "char"


@dataclass(frozen=True)
class Candidate:
    recipe: Recipe
    threshold: float = likely.THRESHOLD
    # also score windows of this many characters (0: the whole text only), half overlapping,
    # and flag when one reaches window_threshold
    window: int = 0
    window_threshold: float = 0.95


CANDIDATES: dict[str, Candidate] = {
    "shipped": Candidate(Recipe()),
    "c4t85": Candidate(Recipe(c=4.0), 0.85),  # the shipped model until round 31
    "c16t85": Candidate(Recipe(c=16.0), 0.85),
    "t80": Candidate(Recipe(), 0.80),
    "t90": Candidate(Recipe(), 0.90),
    "c2": Candidate(Recipe(c=2.0)),
    "c8": Candidate(Recipe(c=8.0)),
    "c16": Candidate(Recipe(c=16.0)),
    "c8t90": Candidate(Recipe(c=8.0), 0.90),
    "c16t90": Candidate(Recipe(c=16.0), 0.90),
    "c16t95": Candidate(Recipe(c=16.0), 0.95),
    "unbal": Candidate(Recipe(balanced=False)),
    "unbal-t70": Candidate(Recipe(balanced=False), 0.70),
    "word": Candidate(Recipe(feature="word")),
    "word-t90": Candidate(Recipe(feature="word"), 0.90),
    "word-c8": Candidate(Recipe(c=8.0, feature="word")),
    "win300-95": Candidate(Recipe(), window=300, window_threshold=0.95),
    "win300-90": Candidate(Recipe(), window=300, window_threshold=0.90),
    "win300-85": Candidate(Recipe(), window=300, window_threshold=0.85),
    "win500-90": Candidate(Recipe(), window=500, window_threshold=0.90),
    "win500-85": Candidate(Recipe(), window=500, window_threshold=0.85),
}


def windows(text: str, size: int) -> list[str]:
    """The text's windows of ``size`` characters, each half overlapping the next (none when
    the text is no longer than 1.5 windows: the whole text says it)."""
    if len(text) <= size * 3 // 2:
        return []
    step = size // 2
    return [text[i : i + size] for i in range(0, len(text) - step, step)]


class Data:
    """Every row's term-frequency matrix, per feature function, computed once."""

    def __init__(self) -> None:
        self.rows, _ = _rows(set())
        self._tf: dict[str, csr_matrix] = {}

    def tf(self, feature: str) -> csr_matrix:
        if feature not in self._tf:
            data: list[float] = []
            indices: list[int] = []
            indptr = [0]
            for row in self.rows:
                slots, counts = FEATURES[feature](str(row["text"]))
                indices.extend(slots.tolist())
                data.extend((1.0 + np.log(counts)).tolist())
                indptr.append(len(indices))
            self._tf[feature] = csr_matrix(
                (data, indices, indptr), shape=(len(self.rows), likely.BUCKETS), dtype=np.float64
            )
        return self._tf[feature]


def fit_recipe(data: Data, recipe: Recipe, train: np.ndarray) -> likely.Weights:
    """As train_policy_model.fit, on the rows ``train`` selects, with the recipe's settings."""
    tf = data.tf(recipe.feature)[train]
    df = np.bincount(tf.indices, minlength=likely.BUCKETS)
    n = tf.shape[0]
    idf = np.where(df >= recipe.min_df, np.log((1 + n) / (1 + df)) + 1.0, 0.0)
    x = tf.multiply(idf).tocsr()
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    x = csr_matrix(x.multiply(1.0 / norms[:, None]))
    y = np.array([not data.rows[i]["compliant"] for i in np.flatnonzero(train)])
    model = LogisticRegression(
        C=recipe.c, max_iter=3000, class_weight="balanced" if recipe.balanced else None
    ).fit(x, y)
    return likely.Weights(
        idf=idf.astype(np.float32),
        coef=model.coef_[0].astype(np.float32),
        intercept=float(model.intercept_[0]),
    )


def probability(weights: likely.Weights, feature: str, text: str) -> float:
    """The model's probability, 0 when the text is too short or plain for the model to read."""
    if len(text.strip()) < likely.MIN_CHARACTERS:
        return 0.0
    slots, _ = likely.features(text)
    if len(slots) < likely.MIN_GRAMS:
        return 0.0
    return weights._probability(*FEATURES[feature](text))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sets", nargs="*", default=DEFAULT_SETS, help="sets to leave out")
    parser.add_argument(
        "--candidates", nargs="*", default=list(CANDIDATES), help=", ".join(CANDIDATES)
    )
    args = parser.parse_args(argv)
    data = Data()
    names = ["rules", *args.candidates]
    totals = {name: Tally() for name in names}
    for held_name in args.sets:
        held_mask = np.array([r["set"] == held_name for r in data.rows])
        held = [r for r in data.rows if r["set"] == held_name]
        rules = [
            not check(str(r["text"]), lang=str(r["card_lang"]), policy=_RULES_ONLY).compliant
            for r in held
        ]
        line = [f"{held_name:6}", "rules " + _fold(held, rules, None, totals["rules"])]
        scores: dict[Recipe, list[float]] = {}
        window_scores: dict[tuple[Recipe, int], list[float]] = {}
        fitted: dict[Recipe, likely.Weights] = {}
        for name in args.candidates:
            candidate = CANDIDATES[name]
            if candidate.recipe not in scores:
                started = time.monotonic()
                weights = fitted[candidate.recipe] = fit_recipe(data, candidate.recipe, ~held_mask)
                feature = candidate.recipe.feature
                scores[candidate.recipe] = [
                    probability(weights, feature, str(r["text"])) for r in held
                ]
                took = time.monotonic() - started
                print(f"  ({held_name} {candidate.recipe}: {took:.0f} s)", file=sys.stderr)
            flagged = [p >= candidate.threshold for p in scores[candidate.recipe]]
            if candidate.window:
                key = (candidate.recipe, candidate.window)
                if key not in window_scores:
                    weights, feature = fitted[candidate.recipe], candidate.recipe.feature
                    window_scores[key] = [
                        max(
                            (
                                probability(weights, feature, w)
                                for w in windows(str(r["text"]), candidate.window)
                            ),
                            default=0.0,
                        )
                        for r in held
                    ]
                flagged = [
                    f or w >= candidate.window_threshold
                    for f, w in zip(flagged, window_scores[key], strict=True)
                ]
            line.append(f"{name} {_fold(held, rules, flagged, totals[name])}")
        print("   ".join(line), flush=True)
    print("summed over " + ", ".join(args.sets) + " (recall % / false alarms %):")
    for name in names:
        print(f"  {name:12} {totals[name]}")
    return 0


def _fold(held: list[Row], rules: list[bool], flagged: list[bool] | None, total: Tally) -> str:
    tally = Tally()
    for i, (row, blocked) in enumerate(zip(held, rules, strict=True)):
        tally.add(not row["compliant"], blocked or (flagged is not None and flagged[i]))
    total += tally
    return str(tally)


if __name__ == "__main__":
    sys.exit(main())
