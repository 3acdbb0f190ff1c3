"""How long one policy check takes: a 2,000-character reply, and adversarial texts.

The Slack edit modal re-checks the draft on every keystroke, with the wording of every
language, so a check must stay far below what a person notices.  Targets: median under
1 ms and 99th percentile under 2 ms on one core for a 2,000-character reply; a
100,000-character adversarial text under 1 s, growing linearly (twice the text, about
twice the time).  Run: .venv/bin/python bench/compliance_bench.py
"""

from __future__ import annotations

import os
import statistics
import time

from compliance import check
from compliance.adversarial import ADVERSARIAL

RUNS = 3000

_EN = (
    "Hello Sarah,\n\nThank you for your message about order 114-3941689-8772232. Your parcel "
    "was handed to UPS on 12 June and is on its way; the tracking number is "
    "1Z999AA10123456784. You can follow it here: "
    "https://www.ups.com/track?loc=en_US&tracknum=1Z999AA10123456784\n\n"
    "UPS expects to deliver it on Friday, 14 June, between 9:00 and 17:00. The parcel weighs "
    "2.5 kg and was sent from our warehouse in Reno, NV 89502. If nobody is at home, the "
    "driver will leave a notice and try again on the next business day (up to 3 attempts); "
    "the carrier's phone line is on their tracking page. We reviewed the tracking history: "
    "the parcel left Memphis, TN at 03:12 and is now in Chicago, IL 60607.\n\n"
)
_DE = (
    "Hallo Frau Müller,\n\nvielen Dank für Ihre Nachricht zur Bestellung 302-1234567-7654321. "
    "Ihr Paket wurde am 12.06.2024 an DHL übergeben (Sendungsnummer 00340434161094042557) und "
    "wird voraussichtlich in 2-3 Werktagen zugestellt: "
    "https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434161094042557"
    "\n\nFalls Sie nicht zu Hause sind, wird das Paket in der Packstation 123 in 10115 Berlin "
    "hinterlegt. Der Betrag von 24,99 € für den Versand wurde Ihnen erstattet. Wir "
    "entschuldigen uns für die Verzögerung.\n\n"
)
_MIXED = (
    " Bitte hinterlassen Sie uns eine Bewertung, merci de laisser un avis, le regalamos un "
    "cupón, ci invii il suo numero di telefono, visit sunnyhome\u3002com or call "
    "two one two five five five zero one nine nine."
)
_BAD = (
    " If you are happy, please leave us 5 stars! Use code SUMMER15 for 15% off, visit "
    "shop dot com or call +49 (0) 30 1234567 😀"
)


def _reply(paragraph: str, tail: str = "") -> str:
    text = ""
    while len(text) + len(paragraph) <= 2000 - len(tail):
        text += paragraph
    return (text + tail).ljust(2000, ".")


def _percentiles(samples: list[int]) -> tuple[float, float, float]:
    samples.sort()
    p99 = samples[int(len(samples) * 0.99) - 1]
    return samples[0] / 1e6, statistics.median(samples) / 1e6, p99 / 1e6


def _measure(
    text: str, lang: str | None
) -> tuple[tuple[float, float, float], tuple[float, float, float]]:
    """(min, median, p99) of wall-clock time and of CPU time, in milliseconds.

    CPU time leaves out the moments another process had the core, which on a shared
    machine is what makes the wall-clock 99th percentile jump.
    """
    check(text, lang=lang)  # warm-up: compiles the word tables for this language
    wall: list[int] = []
    cpu: list[int] = []
    for _ in range(RUNS):
        start, start_cpu = time.perf_counter_ns(), time.thread_time_ns()
        check(text, lang=lang)
        cpu.append(time.thread_time_ns() - start_cpu)
        wall.append(time.perf_counter_ns() - start)
    return _percentiles(wall), _percentiles(cpu)


def main() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, as the target says
    cases = [
        ("en compliant, all languages", _reply(_EN), None),
        ("en compliant, lang=en", _reply(_EN), "en"),
        ("de compliant, all languages", _reply(_DE), None),
        ("en with 7 violations, all languages", _reply(_EN, _BAD), None),
        ("de with mixed-language violations", _reply(_DE, _MIXED), "de"),
    ]
    print(f"compliance.check on 2,000-character replies, {RUNS} runs each (target: median < 1 ms,")
    print("p99 < 2 ms on one core)")
    for name, text, lang in cases:
        assert len(text) == 2000
        (_, median, p99), (cpu_min, cpu_median, cpu_p99) = _measure(text, lang)
        verdict = "ok" if median < 1.0 and p99 < 2.0 else "OVER TARGET (wall)"
        print(
            f"  {name:36} wall median {median:5.3f} p99 {p99:6.3f} | "
            f"cpu min {cpu_min:5.3f} median {cpu_median:5.3f} p99 {cpu_p99:5.3f} ms  {verdict}"
        )
    print(f"(machine load average while measuring: {os.getloadavg()[0]:.1f})")
    print()
    print("adversarial texts: seconds at 25,000 / 50,000 / 100,000 characters, and the ratio")
    print("of the last two (linear: about 2; target under 1 s at 100,000)")
    worst = 0.0
    for name, make in ADVERSARIAL.items():
        times = [_best_of(make(n)) for n in (25_000, 50_000, 100_000)]
        worst = max(worst, times[-1])
        ratio = times[2] / times[1] if times[1] > 0.02 else float("nan")  # timer noise below
        verdict = "ok" if times[-1] < 1.0 and not ratio > 3.0 else "OVER TARGET"
        print(
            f"  {name:22} {times[0]:6.3f} {times[1]:6.3f} {times[2]:6.3f} s"
            f"   x{ratio:4.1f}  {verdict}"
        )
    print(f"slowest 100,000-character text: {worst:.3f} s")


def _best_of(text: str, runs: int = 2) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        check(text)
        best = min(best, time.perf_counter() - start)
    return best


if __name__ == "__main__":
    main()
