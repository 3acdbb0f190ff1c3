"""``/wismo queue`` with 1,000 open conversations, one client: signed request -> answer.

The queue is the heaviest read a person can ask for: the 40 most urgent conversations
(each with its order, tracking, latest draft and decision) and a count of all open ones.
It loads in a fixed number of queries whatever the number of open conversations
(tests/services/test_overview.py counts them); this measures what that costs served the
way it is deployed: ``wismo serve`` on 127.0.0.1, SQLite (or ``BENCH_DATABASE_URL``, e.g.
a PostgreSQL schema), one client asking again as soon as it has its answer.

Target: p99 under 100 ms.

Run: .venv/bin/python bench/queue_bench.py
     BENCH_DATABASE_URL=postgresql+psycopg://...  .venv/bin/python bench/queue_bench.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.slack_bench import AGENT, SECRET, pct, start_bot, stop_bot  # noqa: E402
from bot.db import create_db_engine, sql_uow_factory, upgrade  # noqa: E402
from bot.testing.fake_slack import FakeSlack  # noqa: E402
from bot.testing.open_queue import seed_open_conversations  # noqa: E402
from bot.testing.scratch_db import drop_schema, postgres_schema  # noqa: E402
from bot.testing.slack_requests import SignedSlack, command_fields  # noqa: E402

OPEN = int(os.environ.get("BENCH_OPEN", "1000"))
REQUESTS = 200
TARGET_MS = 100.0
NOW = datetime.now(UTC)


def seed(db_url: str, count: int) -> None:
    """``count`` open conversations, each with two tracking snapshots, a draft and a decision."""
    engine = create_db_engine(db_url)
    upgrade(engine)
    seed_open_conversations(sql_uow_factory(engine), count, now=NOW)
    engine.dispose()


def main() -> int:
    tmp = tempfile.TemporaryDirectory()
    base = os.environ.get("BENCH_DATABASE_URL", "")
    schema = ""
    if base:
        db_url, schema = postgres_schema(base)
    else:
        db_url = f"sqlite:///{tmp.name}/queue.db"
    try:
        started = time.perf_counter()
        seed(db_url, OPEN)
        seeded = time.perf_counter() - started
        with FakeSlack() as slack:
            bot, url = start_bot(db_url, slack.base_url, Path(tmp.name) / "serve.log")
            sender = SignedSlack(url, SECRET)
            body = urlencode(command_fields("/wismo", "queue", user=AGENT))
            for _ in range(10):  # warm up every worker's connections and caches
                sender.post(body, "application/x-www-form-urlencoded")
            took: list[float] = []
            for _ in range(REQUESTS):
                begun = time.perf_counter()
                response = sender.post(body, "application/x-www-form-urlencoded")
                took.append((time.perf_counter() - begun) * 1000)
                assert response.status_code == 200, response.text
            answer = response.json()
            sender.close()
            stop_bot(bot)
    finally:
        if schema:
            drop_schema(base, schema)
        tmp.cleanup()
    assert answer["text"] == f"{OPEN} open buyer message(s)", answer["text"]
    lines = sum(1 for b in answer["blocks"] if "on it" in str(b))
    p99 = pct(took, 0.99)
    backend = "PostgreSQL" if schema else "SQLite"
    print(
        f"/wismo queue, {OPEN} open conversations ({backend}, seeded in {seeded:.1f} s), "
        f"one client, {REQUESTS} requests; the answer lists {lines}"
    )
    print(
        f"  p50 {statistics.median(took):6.1f} ms  p99 {p99:6.1f} ms  max {max(took):6.1f} ms"
        f"  target p99 < {TARGET_MS:.0f} ms: {'met' if p99 < TARGET_MS else 'MISSED'}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
