"""``wismo worker``: the scheduled jobs against a real database and a fake Slack."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.bootstrap import build_wiring
from bot.config import Secret, Settings
from bot.db.models import PostState, SlackPostRow
from bot.worker import Intervals, Worker
from tests.jobs.helpers import CHANNEL, SATURDAY_9, add_carded, card_ts, pings

ROOT = Path(__file__).resolve().parents[2]
NOW = SATURDAY_9 + timedelta(hours=23, minutes=30)  # Sunday 08:30: 30 min left
FAST = Intervals(draft=0.1, poster=0.1, outbox=0.1, sla_sweep=0.1)


@pytest.fixture
def services(db_url, engine, slack):
    settings = Settings(
        database_url=db_url,
        channel=CHANNEL,
        managers=("UMGR0001",),
        slack_bot_token=Secret("xoxb-test"),
        slack_base_url=slack.base_url,
    )
    built = build_wiring(settings, engine=engine, clock=lambda: NOW)
    yield built
    built.close()


def test_worker_sweeps_and_posts_the_summary_then_stops(services, client, slack):
    pk = add_carded(services.uow_factory, client, 1)
    worker = Worker(services, client, intervals=FAST, poll_inbox=False)
    worker.start()
    try:
        assert {job.id for job in worker.scheduler.get_jobs()} == {
            "draft", "poster", "sla_sweep", "summary", "retention"
        }  # fmt: skip
        slack.wait_for("chat.postMessage", count=2)  # the card and the ping
        worker.summary()  # as the daily cron would; a second run the same day is a no-op
        worker.summary()
        slack.wait_for("chat.postMessage", count=3)
        time.sleep(0.5)  # several more sweeps and poster runs
    finally:
        worker.stop()
    assert not worker.scheduler.running

    [ping] = pings(slack, card_ts(services.uow_factory, pk))
    assert "<@UMGR0001>" in ping["text"]  # 30 min left: the managers' threshold
    summaries = [
        c.args for c in slack.calls_to("chat.postMessage") if "last 7 days" in c.args["text"]
    ]
    assert len(summaries) == 1 and summaries[0]["channel"] == CHANNEL
    with services.uow_factory() as uow:
        [row] = uow.session.query(SlackPostRow).filter_by(purpose="summary").all()
    assert row.state is PostState.POSTED and row.dedupe_key == f"summary:{NOW.date()}"


def _worker_env(db_url: str, slack_url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("WISMO_", "SLACK_"))}
    env.update(
        PYTHONPATH=str(ROOT),
        DATABASE_URL=db_url,
        SLACK_BOT_TOKEN="xoxb-test",
        SLACK_BASE_URL=slack_url,
        WISMO_CHANNEL=CHANNEL,
    )
    return env


def _until_started(proc: subprocess.Popen[str]) -> list[str]:
    """The worker's output up to its "worker started" line, read as it comes."""
    assert proc.stdout is not None
    lines: list[str] = []
    deadline = time.monotonic() + 30
    while not any("worker started" in line for line in lines):
        line = proc.stdout.readline()
        assert line and time.monotonic() < deadline, "".join(lines)
        lines.append(line)
    return lines


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_wismo_worker_stops_cleanly_on_sigterm(db_url, engine, slack, tmp_path):
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "worker", "--sweep-seconds", "0.2"],
        cwd=tmp_path,
        env=_worker_env(db_url, slack.base_url),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        lines = _until_started(proc)
        proc.send_signal(signal.SIGTERM)
        out, _ = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    log = "".join(lines) + out
    assert proc.returncode == 0, log
    [started] = [line for line in log.splitlines() if "worker started" in line]
    jobs = set(started.split("jobs ")[1].split(";")[0].split(", "))
    assert jobs == {"draft", "poster", "sla_sweep", "retention", "summary"}, started
    assert "SIGTERM received" in log and "worker stopped" in log


def test_wismo_worker_names_missing_settings(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("WISMO_", "SLACK_"))}
    env["PYTHONPATH"] = str(ROOT)
    result = subprocess.run(
        [sys.executable, "-m", "bot", "worker"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "SLACK_BOT_TOKEN" in result.stderr and "WISMO_CHANNEL" in result.stderr


def test_mail_the_inbox_gives_up_on_is_stored_for_a_human(services, client):
    from bot.domain import MessageState
    from bot.mail.inbox import RawMail

    worker = Worker(services, client, intervals=FAST, poll_inbox=False)
    worker.record_unreadable(
        RawMail(b"Subject: ?\r\n\r\nbody", "dir:x.eml", None), "handler failed 5 times"
    )
    with services.uow_factory() as uow:
        rows = uow.messages.open_by_deadline({MessageState.MALFORMED}, limit=5)
        assert len(rows) == 1
        assert "could not be read as a buyer message: handler failed 5 times" in rows[0].problems[0]


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_simulated_clock_runs_a_whole_deadline_in_seconds(db_url, engine, slack, tmp_path):
    """WISMO_CLOCK_*: at 7,200x a buyer's 24 hours pass in 12 s, every ping on its time."""
    from email.utils import format_datetime

    from bot.clock import ScaledClock
    from bot.db.models import MessageRow

    start, anchor = datetime(2026, 11, 2, 14, 0, tzinfo=UTC), time.time()
    simulated = ScaledClock(start, anchor, 7200.0)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    env = _worker_env(db_url, slack.base_url)
    env.update(
        WISMO_INBOX=f"dir://{inbox}",
        WISMO_INBOX_POLL_SECONDS="0.2",
        WISMO_MANAGERS="UMGR0001",
        WISMO_CLOCK_START=start.isoformat(),
        WISMO_CLOCK_ANCHOR=f"{anchor:.6f}",
        WISMO_CLOCK_SPEED="7200",
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "worker", "--sweep-seconds", "0.1"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        lines = _until_started(proc)
        sent_at = simulated().replace(microsecond=0)  # the buyer writes "now", simulated
        sample = (Path(__file__).parent / "wismo_en_us.eml").read_bytes()
        dated = sample.replace(
            b"Date: Mon, 02 Nov 2026 14:05:11 +0000", f"Date: {format_datetime(sent_at)}".encode()
        )
        (inbox / "buyer.eml").write_bytes(dated)
        deadline = time.monotonic() + 30
        while "Deadline missed" not in "".join(_escalations(slack)):
            assert time.monotonic() < deadline, _escalations(slack)
            time.sleep(0.2)
    finally:
        proc.terminate()
        out, _ = proc.communicate(timeout=30)
    log = "".join(lines) + out
    assert "simulated from 2026-11-02T14:00:00+00:00 at 7200x" in log
    with engine.connect() as conn:
        [(received, due)] = conn.execute(
            MessageRow.__table__.select().with_only_columns(
                MessageRow.received_at, MessageRow.due_at
            )
        ).all()
    # On the simulated clock (November 2), not the wall clock's today.
    assert received.replace(tzinfo=UTC) == sent_at
    assert due.replace(tzinfo=UTC) == sent_at + timedelta(hours=24)
    escalations = _escalations(slack)
    # At 7200x a simulated hour is half a real second: on a busy machine a sweep can come
    # after two rungs fell due, and then only the most urgent one is posted, by design.
    # What must hold is the ladder's order, each rung at most once, and the breach last.
    rungs = [_rung(text) for text in escalations]
    assert rungs == sorted(rungs) and len(set(rungs)) == len(rungs), escalations
    assert rungs[0] == 0 and rungs[-1] == 3, escalations  # the 12 h thread ping, the breach
    assert len(rungs) >= 3, escalations


def _rung(text: str) -> int:
    """0 the thread (12 h), 1 the channel (4 h), 2 the managers (1 h), 3 the breach."""
    if "Deadline missed" in text:
        return 3
    if text.startswith("<@UMGR0001>"):
        return 2
    if text.startswith("<!here>"):
        return 1
    assert " h " in text, text
    return 0


def _escalations(slack) -> list[str]:
    texts = [str(c.args.get("text", "")) for c in slack.calls_to("chat.postMessage")]
    return [t for t in texts if "to answer order" in t or "Deadline missed" in t]
