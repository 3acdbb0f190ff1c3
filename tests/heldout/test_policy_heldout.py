"""The policy gate measured on replies written blind (tests/compliance/heldout/, see its README).

Each set is measured as the bot uses the gate: ``check(text, lang=card_lang)``. Only figures
are reported, never the texts, so a failing run cannot be used to tune on the set. The floors
in ``floors.json`` are the figures the latest round reached; a change that lowers recall or
raises false alarms on any subset fails here.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pytest

from compliance import check
from tests.heldout.figures import show

HELDOUT = Path(__file__).resolve().parents[1] / "compliance" / "heldout"
FLOORS = json.loads((HELDOUT / "floors.json").read_text(encoding="utf-8"))
SETS = sorted(p for p in HELDOUT.iterdir() if p.is_dir() and any(p.glob("*.jsonl")))


@dataclass
class Tally:
    violations: int = 0
    caught: int = 0
    compliant: int = 0
    false_alarms: int = 0

    @property
    def recall(self) -> float:
        return 100.0 * self.caught / self.violations if self.violations else 100.0

    @property
    def false_alarm_rate(self) -> float:
        return 100.0 * self.false_alarms / self.compliant if self.compliant else 0.0


def _measure(set_dir: Path) -> dict[str, Tally]:
    tallies: dict[str, Tally] = defaultdict(Tally)
    for path in sorted(set_dir.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            blocked = not check(row["text"], lang=row["card_lang"]).compliant
            for subset in (path.stem, "all"):
                tally = tallies[subset]
                if row["compliant"]:
                    tally.compliant += 1
                    tally.false_alarms += blocked
                else:
                    tally.violations += 1
                    tally.caught += blocked
    return tallies


def _table(name: str, tallies: dict[str, Tally]) -> str:
    lines = [f"held-out policy {name}: recall of violations / false alarms on compliant replies"]
    for subset in sorted(tallies):
        t = tallies[subset]
        lines.append(
            f"  {subset:6} recall {t.recall:5.1f}% ({t.caught}/{t.violations})"
            f"   false alarms {t.false_alarm_rate:4.1f}% ({t.false_alarms}/{t.compliant})"
        )
    return "\n".join(lines)


@pytest.mark.parametrize("set_dir", SETS, ids=[p.name for p in SETS])
def test_gate_holds_its_floor_on_blind_replies(
    set_dir: Path, request: pytest.FixtureRequest
) -> None:
    tallies = _measure(set_dir)
    show(request, _table(set_dir.name, tallies))
    floors = FLOORS[set_dir.name]
    below = [
        f"{subset}: recall {t.recall:.1f}% < {floors[subset]['recall']}%"
        for subset, t in tallies.items()
        if subset in floors and round(t.recall, 1) < floors[subset]["recall"]
    ] + [
        f"{subset}: false alarms {t.false_alarm_rate:.1f}% > {floors[subset]['false_alarms']}%"
        for subset, t in tallies.items()
        if subset in floors and round(t.false_alarm_rate, 1) > floors[subset]["false_alarms"]
    ]
    assert not below, "; ".join(below)
