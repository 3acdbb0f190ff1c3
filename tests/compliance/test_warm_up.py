"""The checker's tables are built once per process, ahead of the first reply.

A web worker serves an agent's keystrokes from 16 threads: when each of them compiled the
word tables on its first check, the first requests after a start took seconds of CPU each.
"""

from __future__ import annotations

import threading

import compliance
from compliance.rules import lexicon


def test_warm_up_leaves_nothing_to_compile_for_the_first_reply():
    lexicon._tables.cache_clear()
    compliance.warm_up()
    built = lexicon._tables.cache_info().misses
    report = compliance.check("Your parcel is with DHL and arrives on Friday.", lang="de")
    assert report.compliant
    assert lexicon._tables.cache_info().misses == built


def test_threads_checking_at_once_compile_the_tables_once():
    lexicon._tables.cache_clear()
    start = threading.Barrier(8)
    verdicts: list[bool] = []

    def first_keystroke() -> None:
        start.wait()
        verdicts.append(compliance.check("Please leave us a 5-star review!", lang="en").compliant)

    threads = [threading.Thread(target=first_keystroke) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert verdicts == [False] * 8
    assert lexicon._tables.cache_info().misses == 1


def test_a_process_start_builds_the_tables_without_compiling_every_pattern():
    # every spawned web, worker and CLI process paid 8 s of CPU compiling 14,000 regexes
    # that a reply mostly never meets; a word's patterns now compile when a text has it
    import re

    lexicon._tables.cache_clear()
    re.purge()
    compiled: list[str] = []
    real = re.compile

    def counting(pattern, flags=0):  # type: ignore[no-untyped-def]
        compiled.append(pattern)
        return real(pattern, flags)

    re.compile = counting  # type: ignore[assignment]
    try:
        compliance.warm_up()
    finally:
        re.compile = real  # type: ignore[assignment]
    assert 0 < len(compiled) < 1_000
    report = compliance.check("Please rate us five stars, it means the world!", lang="de")
    assert not report.compliant
