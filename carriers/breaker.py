"""A per-carrier circuit breaker: stop asking a carrier that keeps failing.

Closed: calls go through and consecutive failures are counted.  After ``threshold``
failures in a row the circuit opens: calls fail at once with :class:`CircuitOpen` (the
draft still gets the number and link) until ``cooldown`` has passed.  Then it is half
open: one trial call goes through while others still fail fast; its success closes
the circuit, its failure opens it for another cool-down.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from enum import StrEnum
from typing import TypeVar

from carriers.errors import CarrierUnavailable, CircuitOpen

__all__ = ["BreakerState", "CircuitBreaker"]

T = TypeVar("T")


class BreakerState(StrEnum):
    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half_open"


class CircuitBreaker:
    def __init__(
        self,
        carrier: str,
        *,
        threshold: int = 5,
        cooldown: float = 60.0,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        if threshold < 1 or cooldown <= 0:
            raise ValueError("breaker threshold must be >= 1 and cooldown positive")
        self.carrier = carrier
        self.threshold = threshold
        self.cooldown = cooldown
        self._monotonic = monotonic
        self._lock = threading.Lock()
        self._failures = 0
        self._opened_at: float | None = None
        self._trial_running = False

    @property
    def state(self) -> BreakerState:
        with self._lock:
            return self._state()

    def _state(self) -> BreakerState:
        if self._opened_at is None:
            return BreakerState.CLOSED
        if self._monotonic() - self._opened_at >= self.cooldown:
            return BreakerState.HALF_OPEN
        return BreakerState.OPEN

    def acquire(self) -> bool:
        """Permission for one call; True when it is the half-open trial.

        Raises :class:`CircuitOpen` while the circuit is open (or a trial is running).
        Every acquire must end in :meth:`success`, :meth:`failure` or :meth:`release`.
        """
        with self._lock:
            state = self._state()
            if state is BreakerState.OPEN or (
                state is BreakerState.HALF_OPEN and self._trial_running
            ):
                assert self._opened_at is not None
                left = self.cooldown - (self._monotonic() - self._opened_at)
                raise CircuitOpen(self.carrier, max(left, 0.0))
            trial = state is BreakerState.HALF_OPEN
            if trial:
                self._trial_running = True
            return trial

    def success(self, trial: bool) -> None:
        """The carrier answered (even "not found"): it is up."""
        with self._lock:
            self._failures = 0
            self._opened_at = None
            if trial:
                self._trial_running = False

    def failure(self, trial: bool) -> None:
        with self._lock:
            self._failures += 1
            if trial or self._failures >= self.threshold:
                self._opened_at = self._monotonic()
            if trial:
                self._trial_running = False

    def release(self, trial: bool) -> None:
        """The permitted call was not made after all (e.g. our own quota said no)."""
        if trial:
            with self._lock:
                self._trial_running = False

    def call(self, fn: Callable[[], T]) -> T:
        """Run ``fn`` unless the circuit is open; only :class:`CarrierUnavailable` counts."""
        trial = self.acquire()
        try:
            result = fn()
        except CarrierUnavailable:
            self.failure(trial)
            raise
        except BaseException:
            # Not found, auth or rate limit: the carrier answered, so it is up.
            self.success(trial)
            raise
        self.success(trial)
        return result
