"""Recorded carrier payloads, the fixed test time, and a sandbox client that fails fast."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

from carriers.sandbox import CarrierSandbox

PAYLOADS = Path(__file__).parent / "payloads"


NOW = datetime(2026, 3, 10, 15, 0, tzinfo=UTC)


def load(carrier: str, name: str):
    return json.loads((PAYLOADS / carrier / f"{name}.json").read_text())


class Clock:
    """A settable clock shared by the sandbox and the service under test."""

    def __init__(self, now: datetime = NOW) -> None:
        self.now = now
        self._lock = threading.Lock()

    def __call__(self) -> datetime:
        with self._lock:
            return self.now

    def advance(self, **kwargs: float) -> None:
        with self._lock:
            self.now += timedelta(**kwargs)


def fast(sb: CarrierSandbox, carrier: str, **overrides):
    """Sandbox config with test-sized timeouts and backoff."""
    values = {"timeout": 2.0, "retries": 2, "backoff": 0.01, "max_retry_after": 1.0}
    values.update(overrides)
    return sb.config(carrier, **values)
