"""Tracking results kept between lookups, and per-carrier call budgets.

USPS allows 60 calls an hour and DHL 250 a day by default, while a busy queue may
draft hundreds of messages: a result is reused while fresh (15 minutes by default), a
terminal result (delivered, returned, cancelled) for ever, and a quota guard refuses
calls over the budget so the service can answer from stale cache instead.
"""

from __future__ import annotations

import threading
from collections import OrderedDict, deque
from dataclasses import dataclass
from datetime import datetime, timedelta

from carriers.model import Tracking

__all__ = ["DEFAULT_QUOTAS", "Quota", "QuotaGuard", "TrackingCache"]


class TrackingCache:
    """Thread-safe LRU of the last result per (carrier, number)."""

    def __init__(
        self, fresh_for: timedelta = timedelta(minutes=15), *, max_entries: int = 10_000
    ) -> None:
        if max_entries < 1:
            raise ValueError("cache needs room for at least one entry")
        self.fresh_for = fresh_for
        self._max = max_entries
        self._lock = threading.Lock()
        self._items: OrderedDict[tuple[str, str], Tracking] = OrderedDict()

    def fresh(self, carrier: str, number: str, now: datetime) -> Tracking | None:
        """The cached result if it may be used as is: terminal, or younger than fresh_for."""
        with self._lock:
            hit = self._items.get((carrier, number))
            if hit is None:
                return None
            self._items.move_to_end((carrier, number))
        if hit.terminal or now - hit.fetched_at < self.fresh_for:
            return hit
        return None

    def last(self, carrier: str, number: str) -> Tracking | None:
        """The cached result however old: better than nothing when the carrier is down."""
        with self._lock:
            return self._items.get((carrier, number))

    def put(self, tracking: Tracking) -> None:
        if not tracking.live:
            return  # "unavailable" is not news about the parcel; never hide a real answer
        key = (tracking.carrier, tracking.number)
        with self._lock:
            old = self._items.get(key)
            if old is not None and old.terminal and not tracking.terminal:
                return  # a delivered parcel stays delivered (carriers.md §3.6)
            self._items[key] = tracking
            self._items.move_to_end(key)
            while len(self._items) > self._max:
                self._items.popitem(last=False)

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)


@dataclass(frozen=True, slots=True)
class Quota:
    """At most ``calls`` carrier requests in any sliding ``per`` period."""

    calls: int
    per: timedelta


# The carriers' default allowances (reference/carriers.md §0.5); raise them when the
# carrier grants more.  UPS and FedEx quotas are far above what one seller needs.
DEFAULT_QUOTAS: dict[str, Quota] = {
    "usps": Quota(60, timedelta(hours=1)),
    "dhl": Quota(250, timedelta(days=1)),
}


class QuotaGuard:
    """Counts calls in a sliding window; thread-safe."""

    def __init__(self, quota: Quota) -> None:
        if quota.calls < 1:
            raise ValueError("a quota allows at least one call")
        self.quota = quota
        self._lock = threading.Lock()
        self._calls: deque[datetime] = deque()

    def try_acquire(self, now: datetime, calls: int = 1) -> bool:
        """Record ``calls`` calls at ``now`` if the budget allows all of them."""
        with self._lock:
            horizon = now - self.quota.per
            while self._calls and self._calls[0] <= horizon:
                self._calls.popleft()
            if len(self._calls) + calls > self.quota.calls:
                return False
            self._calls.extend([now] * calls)
            return True

    def retry_after(self, now: datetime) -> float:
        """Seconds until the next call would be allowed."""
        with self._lock:
            if len(self._calls) < self.quota.calls:
                return 0.0
            return max(0.0, (self._calls[0] + self.quota.per - now).total_seconds())
