"""Tracking service overhead: cached lookups, and cold lookups at 300 ms carrier latency.

Run: .venv/bin/python bench/tracking_bench.py
Targets: a cached lookup under 0.1 ms (p99); cold lookups fast enough for 20 drafts a
second when every carrier answer takes 300 ms.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime

from carriers.cache import TrackingCache
from carriers.model import TrackingStatus
from carriers.sandbox import DEMO_NUMBERS, CarrierSandbox
from carriers.service import build_service

NOW = datetime(2026, 3, 10, 15, 0, tzinfo=UTC)


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return ordered[len(ordered) // 2], ordered[int(len(ordered) * 0.99)]


def bench_cached(sb: CarrierSandbox) -> None:
    service = build_service({c: sb.config(c) for c in DEMO_NUMBERS}, clock=lambda: NOW)
    pairs = [(n, c) for c, table in DEMO_NUMBERS.items() for s, n in table.items()
             if s is not TrackingStatus.NOT_FOUND]  # fmt: skip
    for number, carrier in pairs:  # warm the cache (and detection's memo)
        service.track(number, carrier=carrier)
        service.track(number)
    for label, with_carrier in (("carrier given", True), ("carrier detected", False)):
        samples: list[float] = []
        for _ in range(200):
            for number, carrier in pairs:
                started = time.perf_counter()
                service.track(number, carrier=carrier if with_carrier else None)
                samples.append(time.perf_counter() - started)
        p50, p99 = percentiles(samples)
        print(
            f"cached lookup ({label}): p50 {p50 * 1e6:.1f} us, p99 {p99 * 1e6:.1f} us "
            f"over {len(samples)} lookups (target p99 < 100 us)"
        )
    service.close()


def bench_cold(sb: CarrierSandbox, latency: float = 0.3, lookups: int = 200) -> None:
    workers = 16
    for carrier in DEMO_NUMBERS:
        sb.delay(carrier, latency)
    service = build_service(
        {c: sb.config(c, timeout=5) for c in DEMO_NUMBERS},
        clock=lambda: NOW,
        quotas={},
        max_workers=workers,
    )
    numbers = [n for table in DEMO_NUMBERS.values() for n in table.values()]
    # Clear the cache between rounds so every lookup goes to the (slow) carrier.
    rounds, started = 0, time.perf_counter()
    while rounds * len(numbers) < lookups:
        service.cache = TrackingCache()
        service.track_many(numbers)
        rounds += 1
    elapsed = time.perf_counter() - started
    done = rounds * len(numbers)
    print(
        f"cold lookups at {latency * 1000:.0f} ms carrier latency: {done / elapsed:.0f} a second "
        f"({done} lookups in {elapsed:.2f} s, {workers} worker threads)"
    )
    service.close()


def main() -> None:
    with CarrierSandbox(clock=lambda: NOW) as sb:
        bench_cached(sb)
        bench_cold(sb)


if __name__ == "__main__":
    main()
