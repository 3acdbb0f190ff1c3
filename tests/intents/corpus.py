"""The development corpus of buyer messages (tests/intents/corpus/<lang>.txt)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bot.domain import Intent

CORPUS = Path(__file__).with_name("corpus")
LANGS = ("en", "de", "fr", "es", "it", "nl", "pl", "sv", "tr", "ja")


@dataclass(frozen=True)
class Sample:
    lang: str
    intent: Intent
    follow_up: bool
    text: str
    line: int


def load(lang: str) -> list[Sample]:
    samples = []
    path = CORPUS / f"{lang}.txt"
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        label, _, text = line.partition("\t")
        follow_up = label.endswith("+")
        samples.append(
            Sample(lang, Intent(label.rstrip("+")), follow_up, text.replace("\\n", "\n"), number)
        )
    return samples


def load_all() -> list[Sample]:
    return [s for lang in LANGS for s in load(lang)]
