"""Intent recognition measured on buyer messages written blind (tests/heldout/intents/).

The writer never saw the intent rules; the set is frozen and never used to tune. Only figures
are reported. The floors in ``floors.json`` are the accuracy the latest round reached.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from bot.mail.intent import recognise
from tests.heldout.figures import TABLES

INTENTS = Path(__file__).resolve().parent / "intents"
FLOORS = json.loads((INTENTS / "floors.json").read_text(encoding="utf-8"))


def test_intents_hold_their_floor_on_blind_messages() -> None:
    total: Counter[str] = Counter()
    right: Counter[str] = Counter()
    follow_ups_seen = follow_ups = 0
    for path in sorted(INTENTS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            got = recognise("", row["text"], row["lang"])
            for subset in (path.stem, "all"):
                total[subset] += 1
                right[subset] += str(got.intent) == row["intent"]
            if row["follow_up"]:
                follow_ups += 1
                follow_ups_seen += got.follow_up
    accuracy = {k: 100.0 * right[k] / total[k] for k in total}
    lines = ["held-out intents: accuracy of the recognised intent"]
    lines += [f"  {k:6} {accuracy[k]:5.1f}% ({right[k]}/{total[k]})" for k in sorted(total)]
    lines.append(f"  follow-ups recognised: {follow_ups_seen}/{follow_ups}")
    TABLES.append("\n".join(lines))
    below = [
        f"{k}: {accuracy[k]:.1f}% < {FLOORS[k]}%"
        for k in FLOORS
        if round(accuracy[k], 1) < FLOORS[k]
    ]
    assert not below, "; ".join(below)
