"""Start threads together, for the tests that race workers against each other."""

from __future__ import annotations

import threading
from collections.abc import Callable

__all__ = ["run_concurrently"]


def run_concurrently(n: int, target: Callable[[int], object]) -> list[Exception]:
    """Run ``target(i)`` for i in range(n), all released at once; return what they raised."""
    barrier = threading.Barrier(n)
    errors: list[Exception] = []

    def wrapped(i: int) -> None:
        try:
            barrier.wait(timeout=10)
            target(i)
        except Exception as exc:
            errors.append(exc)

    threads = [threading.Thread(target=wrapped, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    return errors
