"""The relay mail corpus (tests/mail/corpus) and what each mail must parse to."""

from __future__ import annotations

import json
from pathlib import Path

MAIL_DIR = Path(__file__).parent / "corpus"


def load_expectations() -> dict[str, dict[str, object]]:
    data: dict[str, dict[str, object]] = json.loads(
        (MAIL_DIR / "expectations.json").read_text(encoding="utf-8")
    )
    return data
