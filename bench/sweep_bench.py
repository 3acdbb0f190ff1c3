"""How long does one SLA sweep take over 100,000 open messages?

Fills a fresh database with open messages received over the last 24 hours (deadlines
spread over the next 24 hours) in the state a sweep running every minute leaves them:
the thresholds passed are fired and ``next_escalation_at`` points at the next one.  Then
runs the real :func:`bot.jobs.sla.sweep` (claims committed, pings "posted" to an in-process
Slack stand-in that answers at once, cards re-rendered) at:

- ``now``: nothing due, the cost every idle minute;
- ``now + 1 s`` / ``+ 10 s`` / ``+ 60 s``: the escalations that fell due meanwhile (at
  100,000 open messages about 280 a minute, far more than a real queue).

It prints the query plan of the due query (it must use the index (state,
next_escalation_at), not scan the table) and asserts it.  Target: an idle sweep under
100 ms.

    .venv/bin/python -m bench.sweep_bench [--rows N] [--postgres URL] [--no-sqlite]

PostgreSQL runs when a URL is given (or WISMO_TEST_DATABASE_URL is set) in a scratch
schema dropped afterwards.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import time
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, insert, text

from bot.db import sql_uow_factory, upgrade
from bot.db.models import EscalationRow, MessageRow
from bot.domain import MessageKind, MessageState
from bot.jobs.sla import SweepConfig, sweep
from bot.services.escalations import due_query, thresholds_from
from bot.slack.writer import Pacer, SlackWriter
from bot.testing.scratch_db import analyze, postgres_engine, sqlite_engine

NOW = datetime(2026, 3, 7, 9, 0, tzinfo=UTC)
LEFTS = [timedelta(hours=h) for h in (12, 4, 1, 0)]
CONFIG = SweepConfig(thresholds=thresholds_from(LEFTS), channel="CBENCH01", max_posts=10_000)
BATCH = 5_000
INDEX = "ix_messages_state_next_escalation_at"


class InstantSlack:
    """Answers chat.postMessage and chat.update at once, like a Slack with no latency."""

    def __init__(self) -> None:
        self.posts = 0

    def chat_postMessage(self, *, channel: str, **kwargs: Any) -> dict[str, Any]:
        self.posts += 1
        return {"ok": True, "channel": channel, "ts": f"1700000000.{self.posts:06d}"}

    def chat_update(self, *, channel: str, ts: str, **kwargs: Any) -> dict[str, Any]:
        return {"ok": True, "channel": channel, "ts": ts}

    def conversations_history(self, *, channel: str, **kwargs: Any) -> dict[str, Any]:
        return {"ok": True, "messages": []}  # only retries look: none in this bench

    def conversations_replies(self, *, channel: str, ts: str, **kwargs: Any) -> dict[str, Any]:
        return {"ok": True, "messages": []}


def fill(engine: Engine, rows: int) -> None:
    rng = random.Random(7)
    states = [MessageState.CARDED] * 8 + [MessageState.MANUAL, MessageState.DRAFTED]
    with engine.begin() as conn:
        for start in range(0, rows, BATCH):
            messages, escalations = [], []
            for n in range(start, min(start + BATCH, rows)):
                received = NOW - timedelta(seconds=rng.uniform(0, 24 * 3600))
                due = received + timedelta(hours=24)
                passed = [left for left in LEFTS if due - left <= NOW]
                ahead = [due - left for left in LEFTS if due - left > NOW]
                messages.append(
                    {
                        "id": n + 1,
                        "message_id": f"<bench-{n}@marketplace.amazon.com>",
                        "state": rng.choice(states),
                        "kind": MessageKind.BUYER_MESSAGE,
                        "order_id": "111-2223334-4445556",
                        "received_at": received,
                        "arrived_at": received,
                        "due_at": due,
                        "next_escalation_at": min(ahead, default=None),
                        "slack_channel": "CBENCH01",
                        "slack_ts": f"1600000000.{n:06d}",
                        "attachments": [],
                        "problems": [],
                        "raw_size": 0,
                        "version": 1,
                    }
                )
                for left in passed:
                    label = f"{int(left.total_seconds() // 3600)}h"
                    escalations.append(
                        {
                            "message_pk": n + 1,
                            "threshold": label,
                            "fired_at": NOW,
                            "posted_at": NOW,
                        }
                    )
            conn.execute(insert(MessageRow), messages)
            if escalations:
                conn.execute(insert(EscalationRow), escalations)
        # Closed history the sweep must never look at.
        conn.execute(
            insert(MessageRow),
            [
                {
                    "id": rows + n + 1,
                    "message_id": f"<closed-{n}@marketplace.amazon.com>",
                    "state": MessageState.ANSWERED,
                    "received_at": NOW - timedelta(days=3),
                    "arrived_at": NOW - timedelta(days=3),
                    "due_at": NOW - timedelta(days=2),
                    "next_escalation_at": NOW - timedelta(days=2, hours=12),
                    "attachments": [],
                    "problems": [],
                    "raw_size": 0,
                    "version": 1,
                }
                for n in range(rows // 10)
            ],
        )
    analyze(engine)


def plan(engine: Engine) -> str:
    stmt = due_query(now=NOW, limit=CONFIG.batch)
    compiled = stmt.compile(engine, compile_kwargs={"literal_binds": True})
    prefix = "EXPLAIN QUERY PLAN " if engine.dialect.name == "sqlite" else "EXPLAIN "
    with engine.connect() as conn:
        rows = conn.execute(text(prefix + str(compiled))).all()
    return "\n".join(str(row[-1]) for row in rows)


def run(name: str, engine: Engine, rows: int) -> None:
    upgrade(engine)
    started = time.perf_counter()
    fill(engine, rows)
    print(f"\n== {name}: {rows:,} open messages (+{rows // 10:,} closed), "
          f"filled in {time.perf_counter() - started:.1f} s")  # fmt: skip
    shown = plan(engine)
    print("due query plan:\n  " + shown.replace("\n", "\n  "))
    assert INDEX in shown, f"the due query does not use {INDEX}"

    uow_factory = sql_uow_factory(engine)
    slack = SlackWriter(InstantSlack(), pacer=Pacer(0.0))
    idle = []
    for _ in range(7):
        t0 = time.perf_counter()
        report = sweep(uow_factory, slack, now=NOW, config=CONFIG)
        idle.append((time.perf_counter() - t0) * 1000)
        assert report.claimed == 0
    print(f"idle sweep (nothing due):   median {statistics.median(idle):7.1f} ms   "
          f"(target < 100 ms)")  # fmt: skip
    for seconds in (1, 10, 60):
        t0 = time.perf_counter()
        report = sweep(uow_factory, slack, now=NOW + timedelta(seconds=seconds), config=CONFIG)
        elapsed = (time.perf_counter() - t0) * 1000
        per = elapsed / report.posted if report.posted else 0.0
        print(f"sweep at now + {seconds:>2} s:        {elapsed:7.1f} ms   "
              f"{report.posted:4d} pings ({per:.1f} ms each, with card re-render)")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--postgres", default=os.environ.get("WISMO_TEST_DATABASE_URL", ""))
    parser.add_argument("--no-sqlite", action="store_true")
    args = parser.parse_args()
    if not args.no_sqlite:
        with sqlite_engine() as engine:
            run("SQLite", engine, args.rows)
    if args.postgres:
        with postgres_engine(args.postgres) as engine:
            run("PostgreSQL", engine, args.rows)
    else:
        print("\nPostgreSQL skipped: pass --postgres URL or set WISMO_TEST_DATABASE_URL")


if __name__ == "__main__":
    main()
