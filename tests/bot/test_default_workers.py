"""How many web processes ``wismo serve`` starts when WEB_CONCURRENCY is unset."""

from __future__ import annotations

import os

import pytest

from bot.serve import default_workers


@pytest.mark.parametrize(("cpus", "processes"), [(1, 2), (2, 4), (8, 4)])
def test_two_processes_a_cpu_at_most_four(monkeypatch, cpus: int, processes: int) -> None:
    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: set(range(cpus)), raising=False)
    assert default_workers() == processes
