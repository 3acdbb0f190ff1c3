"""Several replicas against one PostgreSQL: each card, reply and ping happens once.

All processes are real OS processes sharing one database, one fake Slack Web API, one
SMTP server and the demo world's fake SP-API and carrier servers.

- Two sweep processes in lockstep on a test-driven clock (as replicas share wall time),
  so at each step both race for the same due escalations: 800 fire exactly once.
- Two ``wismo serve`` and two ``wismo worker`` processes, as the Procfile runs them: each
  mail delivered to both webs, each Approve clicked on both: one card, one reply and one
  deadline alert per message.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

import httpx
import pytest

from bot.db import sql_uow_factory
from bot.db.models import EscalationRow, MessageRow
from bot.domain import MessageKind, MessageState
from bot.testing.net import free_port
from bot.testing.slack_requests import SignedSlack, block_action
from tests.e2e.processes import deployment_env, spawn
from tests.e2e.slack_harness import (
    AGENT,
    SECRET,
    mail_headers,
    wait_until,
)
from tests.e2e.slack_harness import CHANNEL as QUEUE
from tests.jobs.helpers import CHANNEL, SATURDAY_9

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
def test_two_sweepers_fire_each_escalation_once(db_url, uow_factory, slack):
    cards = _carded_messages(uow_factory)
    # Claims are committed five at a time, so both replicas take part in every sweep
    # (with one big batch the first process to start could claim everything).
    cmd = [
        *(sys.executable, "-m", "tests.jobs.sweeper", db_url, slack.base_url),
        *("--no-refresh", "--batch", "5"),
    ]
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


MAILS = 6
MX = "mx.brightwater-home.example"


def authenticated(raw: bytes) -> bytes:
    """``raw`` as our receiving server hands it on: Amazon's DMARC passed.

    The demo mails are weeks old; only a mail authenticated as Amazon's keeps a Date that
    far before its arrival (an unauthenticated one is counted from 12 hours before it).
    """
    domain = re.search(rb"^From:.*@([\w.]+)>", raw, re.M)
    assert domain is not None
    field = b"Authentication-Results: " + MX.encode() + b"; dmarc=pass header.from="
    return field + domain.group(1) + b"\r\n" + raw


def _messages(engine) -> list[MessageRow]:
    with sql_uow_factory(engine)() as uow:
        return list(uow.session.query(MessageRow).order_by(MessageRow.id))


@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_two_webs_and_two_workers_do_everything_once(
    db_url,
    engine,
    world,
    manifest,
    slack,
    smtp,
    tmp_path,
):
    port, recorder = smtp
    env = deployment_env(db_url, world, manifest, slack, port) | {"WISMO_AUTHSERV_ID": MX}
    web_ports = [free_port(), free_port()]
    fast = ["--draft-seconds", "0.3", "--poster-seconds", "0.3", "--outbox-seconds", "0.3",
            "--sweep-seconds", "0.5"]  # fmt: skip
    procs = [
        spawn(
            ["serve", "--host", "127.0.0.1", "--port", str(p), "--threads", "8"],
            env,
            tmp_path / f"web{n}.log",
        )
        for n, p in enumerate(web_ports)
    ]
    procs += [spawn(["worker", *fast], env, tmp_path / f"worker{n}.log") for n in range(2)]
    webs = [f"http://127.0.0.1:{p}" for p in web_ports]
    senders = [SignedSlack(web + "/slack/events", SECRET) for web in webs]
    http = httpx.Client(timeout=10)

    def logs() -> str:
        return "\n".join(f"--- {f.name}\n" + f.read_text()[-2500:] for f in
                         sorted(tmp_path.glob("*.log")))  # fmt: skip

    def healthy(url: str) -> bool:
        try:
            return http.get(url + "/healthz").status_code == 200
        except httpx.HTTPError:
            return False

    def carded() -> list[MessageRow]:
        rows = [r for r in _messages(engine) if r.state is MessageState.CARDED]
        return rows if len(rows) == MAILS else []

    def answered() -> bool:
        return sum(r.state is MessageState.ANSWERED for r in _messages(engine)) == MAILS

    try:
        # Four processes each compile the policy tables at start (about 8 s of CPU each)
        wait_until(lambda: all(healthy(w) for w in webs), timeout=90, interval=0.2)
        # Every mail reaches both webs (as a gateway retrying against another replica).
        for mail in manifest.mails[:MAILS]:
            raw = authenticated(mail.raw)
            for web in webs:
                answer = http.post(web + "/inbound/mail", content=raw, headers=mail_headers(raw))
                assert answer.status_code == 204, answer.text
        try:
            cards = wait_until(carded, timeout=40, interval=0.2)
        except AssertionError:
            raise AssertionError(logs()) from None

        # Every Approve clicked on both webs at once.
        def click(job: tuple[SignedSlack, MessageRow]) -> int:
            sender, row = job
            payload = block_action(
                "wismo.approve", str(row.id), user=AGENT, ts=row.slack_ts, channel=QUEUE
            )
            return sender.interactive(payload).status_code

        with ThreadPoolExecutor(8) as pool:
            codes = list(pool.map(click, [(s, r) for r in cards for s in senders]))
        assert codes == [200] * 2 * MAILS
        try:
            wait_until(answered, timeout=40, interval=0.2)
        except AssertionError:
            raise AssertionError(logs()) from None
        time.sleep(1.5)  # more rounds of every worker job: nothing further may happen
    finally:
        for proc in procs:
            proc.send_signal(signal.SIGTERM)
        for proc in procs:
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
        for sender in senders:
            sender.close()
        http.close()
    # The workers finished their running jobs and left cleanly on SIGTERM.
    assert [p.returncode for p in procs[2:]] == [0, 0], logs()

    posts = slack.calls_to("chat.postMessage")
    cards_posted = [c for c in posts if c.args.get("blocks")]
    alerts = [c for c in posts if "Deadline missed" in str(c.args.get("text"))]
    assert len(cards_posted) == MAILS  # one card per message
    assert len(alerts) == MAILS  # the mails are weeks old: one breach alert each, no more
    rows = _messages(engine)
    with sql_uow_factory(engine)() as uow:
        escalations = uow.session.query(EscalationRow).all()
    assert len(rows) == MAILS  # each mail stored once, though delivered twice
    assert len(escalations) == 4 * MAILS
    assert sorted(e.threshold for e in escalations if e.slack_ts) == ["0h"] * MAILS
    replies = recorder.received
    assert len(replies) == MAILS  # one reply per message, however many clicks
    assert len({m["In-Reply-To"] for m in replies}) == MAILS
