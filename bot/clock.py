"""The business clock: what "now" is for deadlines, pings, drafts and retention.

In production it is the wall clock.  A trial (``python -m bench.trial``) replaces it with
a :class:`ScaledClock` through ``WISMO_CLOCK_START``, ``WISMO_CLOCK_ANCHOR`` and
``WISMO_CLOCK_SPEED``, so a busy week passes in an hour while every process (web and
worker replicas, restarted ones too) reads the same simulated instant.

Only business time is scaled.  Pacing towards Slack, request signatures and network
timeouts stay on the real clock: Slack and the carriers do not speed up.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

__all__ = ["Clock", "ScaledClock", "clock_speed", "on_clock", "utc_now"]

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class ScaledClock:
    """Reads ``start`` at the real instant ``anchor`` (Unix seconds), then runs ``speed``
    times faster than the wall clock."""

    start: datetime
    anchor: float
    speed: float = 1.0
    real: Callable[[], float] = time.time

    def __call__(self) -> datetime:
        return self.at(self.real())

    def at(self, real_seconds: float) -> datetime:
        """The simulated instant at the real instant ``real_seconds`` (Unix seconds)."""
        return self.start + timedelta(seconds=(real_seconds - self.anchor) * self.speed)

    def describe(self) -> str:
        return f"simulated from {self.start.isoformat()} at {self.speed:g}x"


def on_clock(clock: Clock, real: datetime) -> datetime:
    """``real`` (a wall-clock instant, say a mailbox's arrival time) on ``clock``."""
    if isinstance(clock, ScaledClock):
        return clock.at(real.timestamp())
    return real


def clock_speed(clock: Clock) -> float:
    """How many seconds pass on ``clock`` in one wall-clock second.

    Leases, retry back-offs and send timeouts wait for real servers, so they are stored on
    the business clock multiplied by this: a five-minute lease stays five real minutes.
    """
    return clock.speed if isinstance(clock, ScaledClock) else 1.0
