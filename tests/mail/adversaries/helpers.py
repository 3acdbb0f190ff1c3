"""The reproducer mails of the adversary rounds, read from their folders."""

from __future__ import annotations

from pathlib import Path

ROUND8 = Path(__file__).parent / "mail_round8"


def round8(name: str) -> bytes:
    return (ROUND8 / name).read_bytes()


ROUND9 = Path(__file__).parent / "mail_round9"


def round9(name: str) -> bytes:
    return (ROUND9 / name).read_bytes()


ROUND10 = Path(__file__).parent / "mail_round10"


def round10(name: str) -> bytes:
    return (ROUND10 / name).read_bytes()
