"""A business clock that moves only when the test (or the fault matrix's driver) says."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

__all__ = ["ManualClock"]


class ManualClock:
    """Callable like :data:`bot.clock.Clock`; thread-safe."""

    def __init__(self, now: datetime) -> None:
        self._now = now
        self._lock = threading.Lock()

    def __call__(self) -> datetime:
        with self._lock:
            return self._now

    def advance(self, by: timedelta) -> None:
        with self._lock:
            self._now += by

    def set(self, now: datetime) -> None:
        with self._lock:
            self._now = now
