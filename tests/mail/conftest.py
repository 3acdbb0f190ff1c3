from __future__ import annotations

import json
from pathlib import Path

import pytest

MAIL_DIR = Path(__file__).parent / "corpus"


def load_expectations() -> dict[str, dict[str, object]]:
    data: dict[str, dict[str, object]] = json.loads(
        (MAIL_DIR / "expectations.json").read_text(encoding="utf-8")
    )
    return data


@pytest.fixture
def mail_bytes():
    def read(name: str) -> bytes:
        return (MAIL_DIR / name).read_bytes()

    return read
