"""Tracking-number detection throughput: numbers a second over a realistic mix.

Target: 100,000 detections a second on one core. Run:
    .venv/bin/python bench/detect_bench.py [--seconds 2]

The mix leans on what an FBM seller's queue holds (UPS, USPS, FedEx, Amazon first,
then DHL, DHL Paket, Royal Mail and S10), with some numbers typed with spaces or in
lower case, some with a wrong check digit and some that are no tracking number at all.
``detect`` keeps no per-number cache, so repeating numbers does not flatter the figure.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable

from carriers.detect import best, detect
from carriers.detect import formats as load_formats

# share of the mix by carrier code; the rest is typos and non-numbers
WEIGHTS = {
    "ups": 25,
    "usps": 22,
    "fedex": 14,
    "amazon": 10,
    "dhl": 5,
    "dhl_paket": 4,
    "royal_mail": 4,
    "s10": 2,
    "la_poste": 1,
    "ontrac": 1,
    "dpd": 1,
    "yodel": 1,
    "canada_post": 1,
    "purolator": 1,
}
NOISE = [
    "1Z5R89390357567128",  # UPS shape, wrong check digit
    "9400111206206406260788",  # USPS shape, wrong check digit
    "123-4567890-1234567",  # an Amazon order id pasted by mistake
    "see attached",
    "N/A",
    "TBA12345",
    "0000000000",
]


def build_mix(size: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    by_carrier: dict[str, list[str]] = {}
    for fmt in load_formats():
        by_carrier.setdefault(fmt.carrier, []).extend(fmt.vectors.valid)
    pool: list[str] = []
    for carrier, weight in WEIGHTS.items():
        numbers = by_carrier[carrier]
        pool.extend(rng.choice(numbers) for _ in range(weight * 10))
    pool.extend(rng.choice(NOISE) for _ in range(100))
    mix = [rng.choice(pool) for _ in range(size)]
    # a quarter typed by hand: lower case, spaces in groups of four
    for i in range(0, size, 4):
        n = mix[i].replace(" ", "").lower()
        mix[i] = " ".join(n[j : j + 4] for j in range(0, len(n), 4))
    return mix


def run(call: Callable[[str], object], mix: list[str], seconds: float) -> tuple[float, int]:
    done = 0
    start = time.perf_counter()
    deadline = start + seconds
    while time.perf_counter() < deadline:
        for number in mix:
            call(number)
        done += len(mix)
    return done / (time.perf_counter() - start), done


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=2.0, help="time per round")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    t0 = time.perf_counter()
    load_formats()
    load_ms = (time.perf_counter() - t0) * 1000
    mix = build_mix(5000)
    recognised = sum(1 for n in mix if detect(n)) / len(mix)

    print(f"formats loaded: {len(load_formats())} in {load_ms:.1f} ms (once per process)")
    print(f"mix: {len(mix)} numbers, {recognised:.0%} recognised")
    functions: tuple[tuple[str, Callable[[str], object]], ...] = (
        ("detect", detect),
        ("best", best),
    )
    for name, fn in functions:
        rates = [run(fn, mix, args.seconds)[0] for _ in range(args.rounds)]
        median = statistics.median(rates)
        print(
            f"{name:>6}: {median:,.0f} numbers/s (median of {args.rounds} rounds; "
            f"{1e6 / median:.2f} µs each)  target 100,000/s: "
            f"{'met' if median >= 100_000 else 'NOT met'}"
        )


if __name__ == "__main__":
    main()
