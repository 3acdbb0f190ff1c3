"""How fast is the SLA sweep's due query over 100,000 open messages?

Fills a fresh database with open messages received over the last 24 hours (so deadlines
spread over the next 24 hours), with the thresholds already fired that a running sweep
would have fired, then times two ways to find the work of one sweep:

- "sweep": ``EscalationRepository.due_messages`` (open and ``next_escalation_at <= now``,
  index (state, next_escalation_at)), which touches only rows with a threshold due;
- "naive", per threshold: open rows due within it and without an escalation row, which
  must skip every row already pinged (half the queue at 12 h).

Target: under 100 ms for the sweep's query.

    .venv/bin/python -m bench.sweep_query_bench [--rows N] [--postgres URL]

PostgreSQL runs when a URL is given (or WISMO_TEST_DATABASE_URL is set); it uses a
scratch schema that is dropped afterwards.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, exists, insert, select

from bot.db import upgrade
from bot.db.models import OPEN_STATES, EscalationRow, MessageRow
from bot.domain import MessageState
from bot.testing.scratch_db import analyze, postgres_engine, sqlite_engine

NOW = datetime(2026, 3, 7, 9, 0, tzinfo=UTC)
THRESHOLDS = {"12h": 12, "4h": 4, "1h": 1, "0h": 0}
BATCH = 5_000


def fill(engine: Engine, rows: int) -> None:
    rng = random.Random(7)
    states = [MessageState.CARDED] * 8 + [MessageState.MANUAL, MessageState.DRAFTED]
    with engine.begin() as conn:
        for start in range(0, rows, BATCH):
            messages, escalations = [], []
            for n in range(start, min(start + BATCH, rows)):
                received = NOW - timedelta(seconds=rng.uniform(0, 24 * 3600))
                due = received + timedelta(hours=24)
                messages.append(
                    {
                        "id": n + 1,
                        "message_id": f"<bench-{n}@marketplace.amazon.com>",
                        "state": rng.choice(states),
                        "received_at": received,
                        "arrived_at": received,
                        "due_at": due,
                        "next_escalation_at": next_escalation(due, rng),
                        "attachments": [],
                        "problems": [],
                        "raw_size": 0,
                        "version": 1,
                    }
                )
                for label, hours in THRESHOLDS.items():
                    # A sweep that ran until a minute ago fired everything due until then.
                    if due - timedelta(hours=hours) <= NOW - timedelta(minutes=1):
                        escalations.append(
                            {"message_pk": n + 1, "threshold": label, "fired_at": NOW}
                        )
            conn.execute(insert(MessageRow), messages)
            if escalations:
                conn.execute(insert(EscalationRow), escalations)
        # Answered history: closed rows the sweep must skip.
        closed = [
            {
                "id": rows + n + 1,
                "message_id": f"<old-{n}@marketplace.amazon.com>",
                "state": MessageState.ANSWERED,
                "received_at": NOW - timedelta(hours=30),
                "arrived_at": NOW - timedelta(hours=30),
                "due_at": NOW - timedelta(hours=6),
                "attachments": [],
                "problems": [],
                "raw_size": 0,
                "version": 2,
            }
            for n in range(rows // 2)
        ]
        for start in range(0, len(closed), BATCH):
            conn.execute(insert(MessageRow), closed[start : start + BATCH])
    analyze(engine)


def next_escalation(due: datetime, rng: random.Random) -> datetime | None:
    """What a sweep that ran a minute ago left: the next unfired threshold's moment.

    One row in a thousand is new since then (``next_escalation_at = received_at``).
    """
    if rng.random() < 0.001:
        return due - timedelta(hours=24)
    for hours in sorted(THRESHOLDS.values(), reverse=True):
        at = due - timedelta(hours=hours)
        if at > NOW - timedelta(minutes=1):
            return at
    return None  # breached and alerted: nothing left to fire


def due_query(label: str, hours: int, limit: int = 500):  # type: ignore[no-untyped-def]
    fired = exists().where(
        EscalationRow.message_pk == MessageRow.id, EscalationRow.threshold == label
    )
    return (
        select(MessageRow.id, MessageRow.due_at)
        .where(
            MessageRow.state.in_(sorted(OPEN_STATES)),
            MessageRow.due_at <= NOW + timedelta(hours=hours),
            ~fired,
        )
        .order_by(MessageRow.due_at)
        .limit(limit)
    )


def timed(fn: Callable[[], int], repeat: int = 15) -> tuple[float, float, int]:
    fn()  # warm the cache
    samples, found = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        found = fn()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.9)], found


def run(name: str, engine: Engine, rows: int) -> None:
    upgrade(engine)
    start = time.perf_counter()
    fill(engine, rows)
    took = time.perf_counter() - start
    print(f"\n{name}: {rows:,} open messages (+{rows // 2:,} answered), filled in {took:.1f} s")
    with engine.connect() as conn:
        sweep = (
            select(MessageRow.id)
            .where(
                MessageRow.state.in_(sorted(OPEN_STATES)),
                MessageRow.next_escalation_at <= NOW,
            )
            .order_by(MessageRow.next_escalation_at, MessageRow.id)
            .limit(500)
        )
        median, p90, found = timed(lambda: len(conn.execute(sweep).all()))
        verdict = "ok" if p90 < 100 else "OVER TARGET"
        print(
            f"  sweep query (all thresholds): median {median:6.1f} ms, p90 {p90:6.1f} ms,"
            f" {found:>3} rows to look at  [{verdict}, target < 100 ms]"
        )
        for label, hours in THRESHOLDS.items():
            query = due_query(label, hours)
            median, p90, found = timed(lambda q=query: len(conn.execute(q).all()))  # type: ignore[misc]
            print(
                f"  naive query {label:>3}:            median {median:6.1f} ms,"
                f" p90 {p90:6.1f} ms, {found:>3} due"
            )
        explain = "EXPLAIN QUERY PLAN " if engine.dialect.name == "sqlite" else "EXPLAIN "
        compiled = sweep.compile(engine, compile_kwargs={"literal_binds": True})
        plan = [
            " ".join(str(c) for c in row) for row in conn.exec_driver_sql(explain + str(compiled))
        ]
        print("  plan of the sweep query:")
        for line in plan:
            print(f"    {line}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--postgres", default=os.environ.get("WISMO_TEST_DATABASE_URL", ""))
    args = parser.parse_args()

    with sqlite_engine() as engine:
        run("SQLite", engine, args.rows)

    if not args.postgres:
        print("\nPostgreSQL: skipped (give --postgres URL or set WISMO_TEST_DATABASE_URL)")
        return 0
    with postgres_engine(args.postgres) as engine:
        run("PostgreSQL", engine, args.rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
