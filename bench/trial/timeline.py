"""The trial's simulated week: one clock shared with every process, and the week's rhythm.

Every process under trial reads business time from ``WISMO_CLOCK_START``,
``WISMO_CLOCK_ANCHOR`` and ``WISMO_CLOCK_SPEED`` (``bot.clock.ScaledClock``); the trial
itself uses the same three numbers through :class:`Timeline`, so a mail dropped at a
real instant, a click, a card and a deadline ping all land on one simulated calendar.

Only business time is simulated.  Slack's pace, Retry-After, HTTP timeouts and request
signatures stay real, so a fault must last long enough in *real* seconds to be retried
through: :meth:`Timeline.fault_span` stretches a simulated duration to a real minimum.

The week's rhythm: buyers write more in their daytime and somewhat less at the weekend
(:func:`arrival_times`); five agents work shifts, one of them at the weekend, nobody at
night (:data:`SHIFTS`).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

__all__ = [
    "DAY_WEIGHT",
    "HOUR_WEIGHT",
    "SHIFTS",
    "Timeline",
    "arrival_times",
    "next_on_shift",
    "on_shift",
]


@dataclass(frozen=True, slots=True)
class Timeline:
    """Simulated ``start`` at the real instant ``anchor`` (Unix seconds), ``speed`` times
    faster than the wall clock: the formula of ``bot.clock.ScaledClock``."""

    start: datetime
    anchor: float
    speed: float

    def sim(self, real: float) -> datetime:
        """The simulated instant at the real instant ``real`` (Unix seconds)."""
        return self.start + timedelta(seconds=(real - self.anchor) * self.speed)

    def real(self, sim: datetime) -> float:
        """The real instant (Unix seconds) at which the clock reads ``sim``."""
        return self.anchor + (sim - self.start).total_seconds() / self.speed

    def sim_span(self, real_seconds: float) -> timedelta:
        return timedelta(seconds=real_seconds * self.speed)

    def real_span(self, sim: timedelta) -> float:
        return sim.total_seconds() / self.speed

    def fault_span(self, sim: timedelta, *, min_real: float) -> float:
        """Real seconds a fault of simulated length ``sim`` lasts: never under ``min_real``,
        because retries (Retry-After, back-off, SMTP) run on the real clock."""
        return max(self.real_span(sim), min_real)

    def env(self) -> dict[str, str]:
        """The same clock for every process, restarted ones included."""
        return {
            "WISMO_CLOCK_START": self.start.isoformat(),
            "WISMO_CLOCK_ANCHOR": f"{self.anchor:.6f}",
            "WISMO_CLOCK_SPEED": f"{self.speed:g}",
        }


# Buyers' local hour of day -> relative rate (night is quiet, the day and evening busy).
HOUR_WEIGHT = (
    0.25, 0.15, 0.1, 0.08, 0.08, 0.12, 0.3, 0.6, 0.9, 1.1, 1.2, 1.2,
    1.1, 1.1, 1.1, 1.1, 1.05, 1.0, 1.0, 1.05, 1.0, 0.85, 0.6, 0.4,
)  # fmt: skip
# Monday (0) .. Sunday (6): Monday brings the weekend's questions, Saturday is calmest.
DAY_WEIGHT = (1.25, 1.1, 1.0, 1.0, 0.95, 0.8, 0.9)


def arrival_times(
    rng: random.Random,
    count: int,
    start: datetime,
    end: datetime,
    utc_offset: Sequence[int],
) -> list[datetime]:
    """``count`` arrival instants in ``[start, end)``, one per buyer, following the daily
    and weekly rhythm in each buyer's time zone (``utc_offset[i]`` hours from UTC)."""
    hours = int((end - start).total_seconds() // 3600)
    if hours <= 0:
        raise ValueError("the trial's simulated window is shorter than an hour")
    buckets = [start + timedelta(hours=h) for h in range(hours)]
    weights: dict[int, list[float]] = {}
    for offset in set(utc_offset):
        local = [b + timedelta(hours=offset) for b in buckets]
        weights[offset] = [HOUR_WEIGHT[t.hour] * DAY_WEIGHT[t.weekday()] for t in local]
    out = []
    for i in range(count):
        hour = rng.choices(buckets, weights=weights[utc_offset[i]])[0]
        out.append(hour + timedelta(seconds=rng.uniform(0, 3600)))
    return out


# Agent -> (weekdays, first hour, last hour) in UTC; the manager has no shift (ignores pings).
SHIFTS: dict[str, tuple[frozenset[int], int, int]] = {
    "UAGENTAVA": (frozenset({0, 1, 2, 3, 4}), 7, 15),
    "UAGENTBEN": (frozenset({0, 1, 2, 3, 4}), 9, 17),
    "UAGENTCHLOE": (frozenset({0, 1, 2, 3, 4}), 13, 21),
    "UAGENTDAVID": (frozenset({0, 1, 2, 3, 4}), 15, 23),
    "UAGENTEMMA": (frozenset({0, 5, 6}), 9, 17),  # the weekend, and Monday's backlog
}


def on_shift(agent: str, at: datetime) -> bool:
    days, first, last = SHIFTS[agent]
    at = at.astimezone(UTC)
    return at.weekday() in days and first <= at.hour < last


def next_on_shift(at: datetime) -> datetime:
    """The first instant from ``at`` at which some agent works (``at`` itself if one does)."""
    probe = at
    for _ in range(24 * 8):
        if any(on_shift(agent, probe) for agent in SHIFTS):
            return probe
        probe = (probe + timedelta(hours=1)).replace(minute=0, second=0, microsecond=0)
    raise AssertionError("nobody ever works: SHIFTS is empty")
