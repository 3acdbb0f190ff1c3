"""No input makes the check slow: adversarial texts take linear time.

Each input is checked at 50,000 and 100,000 characters; the larger must take well under a
second and about twice as long as the smaller (a quadratic regex would take four times as
long).  The minimum of a few runs keeps the ratio steady on a busy machine.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from compliance import check

ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "dots": lambda n: "." * n,
    "label-dot runs": lambda n: "a." * (n // 2),
    "at-signs": lambda n: "a@" * (n // 2),
    "digits": lambda n: "1" * n,
    "digits and spaces": lambda n: "1 " * (n // 2),
    "digit groups": lambda n: "123 456 " * (n // 8),
    "amounts": lambda n: "1 € 2,5 $ " * (n // 10),
    "percent runs": lambda n: "1%" * (n // 2),
    "digits and dots": lambda n: "1." * (n // 2),
    "digits and dashes": lambda n: "12-" * (n // 3),
    "parenthesised digits": lambda n: "(1)" * (n // 3),
    "plus numbers": lambda n: "+1 " * (n // 3),
    "spaces": lambda n: " " * n,
    "letters": lambda n: "a" * n,
    "spaced letters": lambda n: "a " * (n // 2),
    "hyphenated": lambda n: "a-" * (n // 2),
    "nested brackets": lambda n: "([{<" * (n // 8) + ">}])" * (n // 8),
    "open brackets": lambda n: "[" * n,
    "open tags": lambda n: "<b " * (n // 3),
    "ampersands": lambda n: "&a" * (n // 2),
    "spelled at": lambda n: "x at " * (n // 5),
    "spelled dot": lambda n: "x dot " * (n // 6),
    "bracket at": lambda n: "x[at]" * (n // 5),
    "www": lambda n: "www." * (n // 4),
    "scheme": lambda n: "http://" + "a" * (n - 7),
    "review words": lambda n: "please leave us a " * (n // 18),
    "zero-width": lambda n: "a\u200b" * (n // 2),
    "cyrillic": lambda n: "а" * n,
    "emoji": lambda n: "😀" * n,
    "japanese": lambda n: "レビューを" * (n // 5),
    "mixed reply": lambda n: (
        (
            "Visit shop dot com, call +49 (0) 30 1234567 on 12.05.2024, a@b.de [TRACKING] "
            "<b>x</b> 😀 leave 5 stars "
        )
        * (n // 110)
    ),
}


def _seconds(text: str, runs: int = 2) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        check(text)
        best = min(best, time.perf_counter() - start)
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
