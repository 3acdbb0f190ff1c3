"""No input makes the check slow: adversarial texts take linear time.

Each input is checked at 50,000 and 100,000 characters; the larger must take well under a
second and about twice as long as the smaller (a quadratic regex would take four times as
long).  Time is the checking thread's CPU time, so another process taking the core (CI
runs the suite in two processes on two cores) does not pass for a slow regex; the minimum of
a few runs keeps the ratio steady.
"""

from __future__ import annotations

import time

import pytest

from compliance import check
from compliance.adversarial import ADVERSARIAL


def _seconds(text: str, runs: int = 2) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.thread_time()
        check(text)
        best = min(best, time.thread_time() - start)
    return best


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    check("warm up the compiled word tables")


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_adversarial_input_takes_linear_time(name):
    make = ADVERSARIAL[name]
    small, large = make(50_000), make(100_000)
    t_small, t_large = _seconds(small), _seconds(large)
    assert t_large < 1.0, f"{name}: {t_large:.3f} s for {len(large)} characters"
    if t_large > 0.02:  # below that, timer noise decides the ratio
        ratio = t_large / t_small
        if ratio >= 3.5:  # one retry: another process may have taken the core
            ratio = _seconds(large, 3) / _seconds(small, 3)
        assert ratio < 3.5, f"{name}: doubling the size took {ratio:.1f}x as long"
