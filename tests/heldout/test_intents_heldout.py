"""Intent recognition measured on buyer messages written blind (tests/heldout/intents*/).

Each writer never saw the intent rules; a set is frozen when committed. ``intents/`` has since
been used to tune (development data, see its README); ``intents2/`` was sealed by hash and
measured once. Only figures are reported. The floors in each ``floors.json`` are the accuracy
the latest round reached there.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path

import pytest

from bot.domain import Intent
from bot.mail.intent import inherit, recognise
from tests.heldout.figures import show

HERE = Path(__file__).resolve().parent
SETS = sorted(p for p in HERE.glob("intents*") if (p / "floors.json").is_file())
# Every set but the frozen ones is training data of the intent model, where the figures
# say how well it learnt, not how it does on new words: measured on demand, not in every run.
ALL_SETS = os.environ.get("WISMO_HELDOUT_ALL") == "1"


@pytest.mark.parametrize("set_dir", SETS, ids=[p.name for p in SETS])
def test_intents_hold_their_floor_on_blind_messages(
    set_dir: Path, request: pytest.FixtureRequest
) -> None:
    if not (set_dir / "FROZEN").exists() and not ALL_SETS:
        pytest.skip(
            f"{set_dir.name} is training data of the intent model (tools/train_intent_model.py);"
            " WISMO_HELDOUT_ALL=1 measures it here too"
        )
    floors = json.loads((set_dir / "floors.json").read_text(encoding="utf-8"))
    total: Counter[str] = Counter()
    right: Counter[str] = Counter()
    in_conversation = 0
    follow_ups_seen = follow_ups = 0
    misses: list[str] = []
    for path in sorted(set_dir.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            got = recognise("", row["text"], row["lang"])
            for subset in (path.stem, "all"):
                total[subset] += 1
                right[subset] += str(got.intent) == row["intent"]
            shipped = got.intent
            if row.get("earlier") and (got.follow_up or got.intent is Intent.OTHER):
                # as the ingest reads it: words that name no topic take the conversation's
                earlier = recognise("", row["earlier"], row["lang"]).intent
                shipped = inherit(got.intent, True, earlier)
            in_conversation += str(shipped) == row["intent"]
            if str(got.intent) != row["intent"]:
                misses.append(f"{row['id']} ({row['intent']} -> {got.intent})")
            if row["follow_up"]:
                follow_ups += 1
                follow_ups_seen += got.follow_up
    accuracy = {k: 100.0 * right[k] / total[k] for k in total}
    lines = [f"held-out {set_dir.name}: accuracy of the recognised intent"]
    lines += [f"  {k:6} {accuracy[k]:5.1f}% ({right[k]}/{total[k]})" for k in sorted(total)]
    lines.append(f"  follow-ups recognised: {follow_ups_seen}/{follow_ups}")
    lines.append(
        f"  read in its conversation, as the ingest does: "
        f"{100.0 * in_conversation / total['all']:.1f}% ({in_conversation}/{total['all']})"
    )
    lines += [f"  missed: {miss}" for miss in misses]
    show(request, "\n".join(lines))
    below = [
        f"{k}: {accuracy[k]:.1f}% < {floors[k]}%"
        for k in floors
        if round(accuracy[k], 1) < floors[k]
    ]
    assert not below, "; ".join(below)
