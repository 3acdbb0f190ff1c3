"""A worker killed between claim and post, then restarted: no ping lost, none repeated."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

from bot.db.models import EscalationRow
from tests.jobs.helpers import SATURDAY_9, add_carded, card_ts, pings

ROOT = Path(__file__).resolve().parents[2]
H = timedelta(hours=1)


def _claimed(uow_factory, pk: int) -> list[EscalationRow]:
    with uow_factory() as uow:
        return uow.session.query(EscalationRow).filter_by(message_pk=pk).all()


def test_killed_between_claim_and_post_then_restarted(db_url, uow_factory, client, slack, sweep_at):
    pk = add_carded(uow_factory, client, 1)
    ts = card_ts(uow_factory, pk)
    at = SATURDAY_9 + 12 * H
    # Slack hangs on the ping, so the worker is surely between its claim and its post.
    slack.fail_next("chat.postMessage", status=500, error="internal_error", delay=20)
    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.jobs.sweeper",
            db_url,
            slack.base_url,
            at.isoformat(),
        ],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 20
        while not _claimed(uow_factory, pk):
            assert worker.poll() is None, worker.communicate()
            assert time.monotonic() < deadline, "the worker never claimed the 12 h ping"
            time.sleep(0.05)
        while slack._faults:  # taken when the ping's request reaches Slack
            assert time.monotonic() < deadline, "the worker never tried to post"
            time.sleep(0.05)
    finally:
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=10)
    assert worker.returncode == -signal.SIGKILL
    [row] = _claimed(uow_factory, pk)
    assert row.threshold == "12h" and row.posted_at is None
    assert pings(slack, ts) == []

    # Restarted: the same minute changes nothing (the claim may still be in flight) ...
    restarted = sweep_at(at + timedelta(minutes=1))
    assert (restarted.claimed, restarted.retried) == (0, 0)
    # ... a later sweep posts the claimed ping, once, and the next thresholds follow.
    later = sweep_at(at + timedelta(minutes=5))
    assert (later.claimed, later.retried, later.posted) == (0, 1, 1)
    now = at + timedelta(minutes=10)
    while now <= SATURDAY_9 + 25 * H:
        sweep_at(now)
        now += timedelta(minutes=30)
    texts = [p["text"] for p in pings(slack, ts)]
    assert len(texts) == 4
    assert "11 h 55 min left" in texts[0] and "Deadline missed" in texts[-1]
    assert {r.threshold for r in _claimed(uow_factory, pk)} == {"12h", "4h", "1h", "0h"}
