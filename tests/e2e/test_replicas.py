"""Two sweep processes against one PostgreSQL: every escalation fires exactly once.

The processes are real OS processes sharing one database and one (fake) Slack.  They
sweep in lockstep on a test-driven clock, as replicas share wall time, so at each step
both race for the same due escalations.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest

from bot.db.models import EscalationRow, MessageRow
from bot.domain import MessageKind, MessageState
from tests.sla.conftest import (
    CHANNEL,
    SATURDAY_9,
    slack,  # noqa: F401 - the fake Slack fixture
)

ROOT = Path(__file__).resolve().parents[2]
MESSAGES = 200
H = timedelta(hours=1)


def _steps() -> list[str]:
    """Sweep times around each threshold of messages received Saturday 09:00-11:00."""
    out = []
    for first in (21 * H, 29 * H, 32 * H, 33 * H):  # 12 h, 4 h, 1 h left, breached
        out += [(SATURDAY_9 - 9 * H + first + n * 20 * timedelta(minutes=1)).isoformat()
                for n in range(7)]  # fmt: skip
    return out


def _carded_messages(uow_factory) -> list[int]:
    """Open messages received over two hours (so thresholds fall due on many sweeps)."""
    with uow_factory() as uow:
        rows = [
            uow.messages.add(
                MessageRow(
                    message_id=f"<replica-{n}@marketplace.amazon.com>",
                    state=MessageState.CARDED,
                    kind=MessageKind.BUYER_MESSAGE,
                    order_id="111-2223334-4445556",
                    received_at=(received := SATURDAY_9 + n * 2 * H / MESSAGES),
                    arrived_at=received,
                    due_at=received + 24 * H,
                    next_escalation_at=received,
                    slack_channel=CHANNEL,
                    slack_ts=f"1700000000.{n:06d}",
                    attachments=[],
                    problems=[],
                )
            )
            for n in range(MESSAGES)
        ]
        uow.commit()
        return [row.id for row in rows]


@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_two_sweepers_fire_each_escalation_once(db_url, uow_factory, slack):  # noqa: F811
    cards = _carded_messages(uow_factory)
    cmd = [sys.executable, "-m", "tests.sla.sweeper", db_url, slack.base_url, "--no-refresh"]
    workers = [
        subprocess.Popen(
            cmd,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    posted = [0, 0]
    try:
        for at in _steps():
            for worker in workers:
                assert worker.stdin is not None
                worker.stdin.write(at + "\n")
                worker.stdin.flush()
            for n, worker in enumerate(workers):
                assert worker.stdout is not None
                line = worker.stdout.readline()
                assert line, worker.communicate(timeout=10)[1]
                posted[n] += int(line.split("posted ")[1].split(",")[0])
    finally:
        for worker in workers:
            worker.communicate(timeout=30)  # closes stdin: the process ends
    assert [w.returncode for w in workers] == [0, 0]

    with uow_factory() as uow:
        rows = uow.session.query(EscalationRow).all()
        card_ts = {uow.messages.get(pk).slack_ts for pk in cards}
    # One claim per (message, threshold), each posted.
    assert len(rows) == MESSAGES * 4
    assert max(Counter((r.message_pk, r.threshold) for r in rows).values()) == 1
    assert all(r.posted_at is not None and r.slack_ts for r in rows)

    # Slack saw exactly those posts: four per card, in its thread, none twice.
    sent = slack.calls_to("chat.postMessage")
    assert len(sent) == MESSAGES * 4
    assert {c.response["ts"] for c in sent} == {r.slack_ts for r in rows}
    per_card = Counter(c.args["thread_ts"] for c in sent)
    assert set(per_card) == card_ts and set(per_card.values()) == {4}
    # Both processes did part of the work.
    assert sum(posted) == MESSAGES * 4 and all(posted), posted
