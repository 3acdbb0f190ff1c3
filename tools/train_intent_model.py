"""Train the intent model shipped in bot/mail/intent_model.json.gz.

    .venv/bin/pip install -e '.[train]'
    .venv/bin/python tools/train_intent_model.py            # writes the shipped model
    .venv/bin/python tools/train_intent_model.py --hold-out intents10   # measure on a set left out

Training data: the labelled buyer messages of tests/heldout/intents*/ (synthetic, written
blind by writers who never saw the rules; each set's README says who and how), the training
messages of tests/intents/written/*/ (written the same way, for training only) and the
rules' development corpus, tests/intents/corpus/ (written for the project).  A set holding
a FROZEN file is the frozen evaluation part and is never learnt from.  A set that
is to measure the model must be left out with --hold-out until it has been measured: the
figures printed for it are then those of a model that never saw it.

scikit-learn fits the weights (a dependency of this script only, not of the bot); the bot
evaluates them with bot.mail.intent_model, which shares this script's feature function.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

from sklearn import __version__ as sklearn_version
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from bot.domain import Intent
from bot.mail import intent_model
from bot.mail.intent import recognise
from bot.mail.intent_model import MODEL_FILE, IntentModel, features

ROOT = Path(__file__).resolve().parent.parent
SETS = ROOT / "tests" / "heldout"
WRITTEN = ROOT / "tests" / "intents" / "written"  # training only, never measured on
FROZEN = "FROZEN"  # a set holding this file is the frozen evaluation part: never learnt
CORPUS = ROOT / "tests" / "intents" / "corpus"  # the rules' own development corpus
# With the written training sets, 60,000 n-grams read 0.4 points better than 30,000 on
# intents11-14 left out in turn; more weigh megabytes for less.
MAX_FEATURES = 60_000
C = 10.0  # inverse regularisation: chosen on left-out development sets
DIGITS = 4  # decimals kept per weight: the file stays small, the probabilities the same


def _rows(
    names: list[str] | None, hold_out: set[str], skip_follow_ups: bool = False
) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for set_dir in sorted(SETS.glob("intents*")) + sorted(WRITTEN.glob("train*")):
        if set_dir.name in hold_out or (names and set_dir.name not in names):
            continue
        if not names and (set_dir / FROZEN).exists():
            continue  # the evaluation part: what it measures must never have been learnt
        for path in sorted(set_dir.glob("*.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                row = json.loads(line) if line.strip() else None
                # a follow-up's label is its conversation's topic, which its own words (often
                # "any news?") need not name: learning it from them would teach guessing
                if row is not None and not (skip_follow_ups and row["follow_up"]):
                    rows.append({**row, "set": set_dir.name})
    if not names and "corpus" not in hold_out:
        rows += _corpus()
    return rows


def _corpus() -> list[dict[str, object]]:
    """tests/intents/corpus/<lang>.txt: ``intent[+]<TAB>text`` per line, ``+`` a follow-up."""
    rows: list[dict[str, object]] = []
    for path in sorted(CORPUS.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            label, _, text = line.partition("\t")
            rows.append(
                {
                    "intent": label.rstrip("+"),
                    "text": text.replace("\\n", "\n"),
                    "lang": path.stem,
                    "follow_up": label.endswith("+"),
                    "set": "corpus",
                }
            )
    return rows


def train(rows: list[dict[str, object]]) -> tuple[dict[str, object], IntentModel]:
    texts = [str(row["text"]) for row in rows]
    labels = [str(row["intent"]) for row in rows]
    vectoriser = TfidfVectorizer(
        analyzer=features, sublinear_tf=True, min_df=2, max_features=MAX_FEATURES
    )
    matrix = vectoriser.fit_transform(texts)
    fitted = LogisticRegression(C=C, max_iter=5_000).fit(matrix, labels)
    classes = [str(c) for c in fitted.classes_]
    weights = {
        gram: [round(float(vectoriser.idf_[j]), DIGITS)]
        + [round(float(fitted.coef_[k, j]), DIGITS) for k in range(len(classes))]
        for gram, j in sorted(vectoriser.vocabulary_.items())
    }
    digest = hashlib.sha256("\n".join(sorted(texts)).encode()).hexdigest()
    data: dict[str, object] = {
        "about": "bot/mail/intent_model.py; trained by tools/train_intent_model.py",
        "trained_on": dict(sorted(Counter(str(row["set"]) for row in rows).items())),
        "texts_sha256": digest,
        "scikit_learn": sklearn_version,
        "max_features": MAX_FEATURES,
        "C": C,
        "classes": classes,
        "intercepts": [round(float(b), DIGITS) for b in fitted.intercept_],
        "weights": weights,
    }
    model = IntentModel(
        classes=tuple(Intent(c) for c in classes),
        intercepts=tuple(data["intercepts"]),  # type: ignore[arg-type]
        weights={gram: tuple(row) for gram, row in weights.items()},
    )
    return data, model


def report(model: IntentModel, rows: list[dict[str, object]]) -> None:
    """Accuracy on ``rows`` of the model alone, and of the rules with this model."""
    shipped = intent_model.load
    intent_model.load = lambda path=MODEL_FILE: model  # type: ignore[assignment]
    try:
        alone = sum(model.best(str(r["text"]))[0] == r["intent"] for r in rows)
        both = sum(
            recognise("", str(r["text"]), str(r["lang"])).intent == r["intent"] for r in rows
        )
    finally:
        intent_model.load = shipped
    n = len(rows)
    print(f"  model alone: {100 * alone / n:.1f}% of {n}")
    print(f"  rules and model (as the bot reads): {100 * both / n:.1f}%")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--hold-out", action="append", default=[], metavar="SET")
    parser.add_argument("--out", type=Path, default=MODEL_FILE)
    args = parser.parse_args(argv)
    hold_out = set(args.hold_out)
    rows = _rows(None, hold_out)
    print(f"training on {len(rows)} messages of {len({r['set'] for r in rows})} sets", flush=True)
    data, model = train(rows)
    if hold_out:
        print(f"left out {sorted(hold_out)}:")
        report(model, _rows(sorted(hold_out), set(), skip_follow_ups=False))
        if args.out == MODEL_FILE:
            return 0  # the shipped model learns from every set; this one is for measuring
    with gzip.GzipFile(args.out, "wb", mtime=0) as handle:  # mtime 0: same data, same bytes
        handle.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode())
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
