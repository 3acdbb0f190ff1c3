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
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlencode

from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.slack_bench import AGENT, SECRET, pct, start_bot, stop_bot  # noqa: E402
from bot.db import create_db_engine, sql_uow_factory, upgrade  # noqa: E402
from bot.db.models import DecisionRow, DraftRow, MessageRow, TrackingSnapshotRow  # noqa: E402
from bot.domain import DecisionKind, MessageKind, MessageState  # noqa: E402
from bot.testing.fake_slack import FakeSlack  # noqa: E402
from bot.testing.slack_requests import SignedSlack, command_fields  # noqa: E402
from carriers.model import Tracking, TrackingStatus  # noqa: E402

OPEN = int(os.environ.get("BENCH_OPEN", "1000"))
REQUESTS = 200
TARGET_MS = 100.0
NOW = datetime.now(UTC)


def seed(db_url: str, count: int) -> None:
    """``count`` open conversations, each with two tracking snapshots, a draft and a decision."""
    engine = create_db_engine(db_url)
    upgrade(engine)
    uow_factory = sql_uow_factory(engine)
    with uow_factory() as uow:
        rows = [
            MessageRow(
                message_id=f"<queue-{n}@marketplace.amazon.com>",
                kind=MessageKind.BUYER_MESSAGE,
                state=MessageState.CARDED,
                received_at=NOW - timedelta(minutes=n),
                arrived_at=NOW - timedelta(minutes=n),
                due_at=NOW + timedelta(hours=24) - timedelta(minutes=n),
                order_id=f"111-2223334-{n:07d}",
                buyer_name="Jane",
                buyer_alias=f"q{n}@marketplace.amazon.com",
                subject="Where is my order?",
                body="Hi, where is my parcel?",
                slack_channel="C0QUEUE",
                slack_ts=f"1700000000.{n:06d}",
            )
            for n in range(count)
        ]
        uow.session.add_all(rows)
        uow.session.flush()
        for row in rows:
            for hours in (2, 1):
                at = NOW - timedelta(hours=hours)
                tracking = Tracking(
                    carrier="ups",
                    number="1Z999AA10123456784",
                    status=TrackingStatus.IN_TRANSIT,
                    fetched_at=at,
                )
                uow.session.add(
                    TrackingSnapshotRow(
                        message_pk=row.id,
                        order_id=row.order_id,
                        carrier="ups",
                        number=tracking.number,
                        status="in_transit",
                        payload=tracking.to_dict(),
                        fetched_at=at,
                    )
                )
            uow.session.add(
                DraftRow(
                    message_pk=row.id,
                    version=1,
                    lang="en",
                    created_at=NOW,
                    text="Hello Jane, your parcel is on its way with UPS.",
                )
            )
            uow.session.add(
                DecisionRow(
                    message_pk=row.id,
                    kind=DecisionKind.EDIT,
                    at=NOW,
                    actor=AGENT,
                    outcome="refused by the policy check",
                )
            )
        uow.commit()
    engine.dispose()


def postgres_schema(base: str) -> tuple[str, str]:
    schema = f"bench_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    admin.dispose()
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options=-csearch_path%3D{schema}", schema


def drop_schema(base: str, schema: str) -> None:
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    admin.dispose()


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
