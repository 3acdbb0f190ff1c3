"""How fast the running Slack app answers: signed request -> HTTP response, and keystrokes.

Slack shows the user an error when an interactive request is not answered within three
seconds, and the edit modal sends one request per character typed.  This starts the bot
exactly as deployed: ``wismo serve`` (gunicorn, ``WEB_CONCURRENCY`` worker processes,
default as ``wismo serve`` picks: two per CPU, at most four) on 127.0.0.1, against a fake
Slack Web API and a SQLite database.  The clients and the fake Slack run in this
process, on the same CPUs as the bot.  Then it

1. has a paced team of 20 agents work as people do, each on a script of its own drawn
   from a seeded generator: App Home now and then, ``/wismo queue`` or ``/order`` now and
   then, reading a card, mostly Edit and typing a reply at 8 characters a second (one
   keystroke request per character, a pasted shop link now and then changing the
   verdict), then Approve, on five distinct cards each, with think pauses between (about
   45 to 60 s, some 150 requests an agent); then the same scripts, at the same times,
   against a bare Bolt app served the same way (bench/bare_bolt.py: gunicorn with the
   same workers and threads, signature check and ack only).  It reports p50/p99/max by
   kind for both, the ratio of the p99s (target: at most 1.5) and every request over
   Slack's 3 s (target: none).  The target is judged here because issue 18 measured a
   team at this pace: its keystrokes were as fast as bare Bolt's (p99 about 16 ms), so
   its agents did not saturate the machine, and the ratio says what the bot adds to the
   answer an agent waits for.  Two yardsticks are printed: the bare app acking on its
   request thread, as the bot does (the stricter), and Bolt as shipped (listeners on a
   pool, the ack polled every 10 ms: what the issue measured against);
2. saturated, the CPU-cost comparison: 20 concurrent clients send really signed requests
   (keystrokes in the edit modal, each a policy check; Approve clicks on distinct cards,
   each claiming a message and sending its reply after the ack; ``/wismo queue``, every
   open conversation, and ``/order``, both answered through ``response_url`` after an
   ack; App Home opens, the queue and the team's figures published after
   the ack), each sending its next request as soon as the last is answered, and reports
   p50/p99 by kind (target: p99 under 100 ms), then the same against the bare Bolt app.
   Without pauses the clients queue behind the CPUs, so this p99 ratio follows the CPU
   per request (the bot's policy check against an ack alone) and is printed as that,
   with both apps' CPU per request; beside it the same clients on ``GET /healthz`` (what
   this machine adds to any answer), one client alone (the bot's service time), and 20
   agents typing at a realistic 8 characters a second;
3. measures a keystroke end to end: signed request -> policy check -> ``views.update``
   received by Slack, when the verdict changes (what the agent waits for to see a
   finding), and the policy check alone.

When the saturated p99 target is missed, it prints why: the floor this machine puts
under any answer with the same clients (``GET /healthz``), the bot's service time alone,
and where the CPU time went (bot processes against clients and fake Slack).

Run: .venv/bin/python bench/slack_bench.py   (no network beyond 127.0.0.1)
     WEB_CONCURRENCY=1 .venv/bin/python bench/slack_bench.py   (one process, to compare)
     BENCH_PACED_ONLY=1 .venv/bin/python bench/slack_bench.py   (the paced team only, 1.:
       about a minute a run; its tail broken down by kind and by second)
     BENCH_DATABASE_URL=postgresql+psycopg://...  (PostgreSQL: a schema of its own, dropped)
"""

from __future__ import annotations

import atexit
import json
import logging
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx

from bot.bootstrap import build_wiring
from bot.config import Secret, Settings
from bot.db import create_db_engine, upgrade
from bot.domain import InboundMessage, Intent, MessageKind, MessageState
from bot.jobs.poster import post_due
from bot.serve import default_workers
from bot.services.deciding import check_reply, current
from bot.services.ingest import store_inbound
from bot.slack.blocks import edit_modal
from bot.slack.client import background_client
from bot.slack.writer import Pacer, SlackWriter
from bot.testing.fake_slack import FakeSlack
from bot.testing.net import free_port, wait_healthy
from bot.testing.scratch_db import drop_schema, postgres_schema
from bot.testing.slack_requests import (
    SignedSlack,
    block_action,
    command_fields,
    keystroke,
)

ROOT = Path(__file__).resolve().parents[1]
CLIENTS = 20
REQUESTS_PER_CLIENT = 50
APPROVE_EVERY = 10  # one request in ten is an Approve click
QUEUE_EVERY = 10  # one in ten is /wismo queue
HOME_EVERY = 10  # one in ten opens App Home
ORDER_EVERY = 25  # one in 25 is /order
SLACK_WAIT_MS = 3000.0  # Slack shows an error when an answer takes longer
RATIO_TARGET = 1.5
TYPING_RATE = 8.0  # keystrokes a second per agent in the typing scenario
TYPED_PER_CLIENT = 40
THREADS = int(os.environ.get("BENCH_THREADS", "16"))  # per process, as wismo serve
TARGET_MS = 100.0
# The paced team: the issue measured keystrokes as fast as bare Bolt, so its agents worked
# at a human pace, not flat out; the 1.5 target is judged on this scenario.
PACED_SEED = 18  # issue 18; the same seed gives both apps the same schedule
PACED_CARDS = 5  # cards each agent decides
PACED_EDIT_SHARE = 0.7  # cards edited before Approve; the rest approved as drafted
PACED_KINDS = ("keystroke", "edit", "approve", "queue", "order", "home")
# BENCH_PACED_ONLY=1: only the paced team (1.), against wismo, the bare app and Bolt as
# shipped; the saturated and keystroke measures (2., 3.) are skipped (about 1 min, not 3.6).
PACED_ONLY = os.environ.get("BENCH_PACED_ONLY", "") not in ("", "0")
# What the agents type after the draft, one keystroke request per character.
TYPED = (
    " We are sorry it is taking longer than expected: UPS scanned your parcel this "
    "morning and it should reach you within two days."
)
# wismo serve checks every reply template against the policy before it answers: on a
# busy shared machine that takes a minute or more.
STARTUP_WAIT = 300.0
SECRET = "bench-secret"
AGENT = "U0AGENT"
NOW = datetime.now(UTC)
REPLY = (
    "Hello Jane,\n\nthank you for your message about order 111-2223334-4445556. Your parcel "
    "is with UPS, tracking number 1Z999AA10123456784, and UPS expects to deliver it on "
    "Friday. You can follow it on https://www.ups.com/track?tracknum=1Z999AA10123456784\n\n"
    "Kind regards,\nBrightwater Home"
)
ORDER_ID = "111-2223334-4445556"
SHOP = " Next time order directly from brightwater-home.com for 10% off."


def pct(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(int(share * len(ordered)), len(ordered) - 1)]


def seed(services, count: int, first: int = 0) -> list[int]:
    pks = []
    for i in range(first, first + count):
        msg = InboundMessage(
            kind=MessageKind.BUYER_MESSAGE,
            message_id=f"<bench-{i}@marketplace.amazon.com>",
            subject="Where is my order? (Order: 111-2223334-4445556)",
            body="Hi, my parcel has not arrived yet. Where is it?",
            sent_at=NOW - timedelta(hours=1 + i % 20),
            order_id="111-2223334-4445556",
            buyer_name="Jane",
            buyer_alias=f"bench{i}@marketplace.amazon.com",
            marketplace="US",
            language="en",
            intent=Intent.WHERE_IS_MY_ORDER,
        )
        pk = store_inbound(services.uow_factory, b"raw", msg, arrived_at=NOW).message_pk
        with services.uow_factory() as uow:
            uow.drafts.add_version(pk, REPLY, now=NOW, lang="en")
            uow.messages.transition(pk, expected={MessageState.RECEIVED},
                                    new=MessageState.DRAFTED, actor=None, now=NOW)  # fmt: skip
            uow.commit()
        pks.append(pk)
    return pks


def home_opened(n: int, j: int) -> dict[str, object]:
    """An ``app_home_opened`` event as the Events API delivers it (a fresh event id each)."""
    return {
        "token": "legacy",
        "team_id": "T0FAKE",
        "api_app_id": "A0WISMO",
        "type": "event_callback",
        "event_id": f"Ev{n:03d}{j:04d}{uuid.uuid4().hex[:8]}",
        "event_time": int(time.time()),
        "event": {"type": "app_home_opened", "user": AGENT, "channel": "D0HOME", "tab": "home",
                  "event_ts": f"{time.time():.6f}"},
    }  # fmt: skip


@dataclass(frozen=True)
class Step:
    """One request of a paced agent's script: what it sends, and when after the start."""

    at: float  # seconds after the run starts
    kind: str
    content_type: str
    body: str


def paced_script(
    n: int, cards: list[tuple[int, str, dict[str, Any]]], response_url: Callable[[str], str]
) -> list[Step]:
    """Agent ``n``'s script: for each of its ``cards`` (pk, card ts, its edit modal) a look
    at App Home now and then, ``/wismo queue`` or ``/order`` now and then, reading the
    card, mostly Edit and typing at ``TYPING_RATE`` characters a second, then Approve,
    with think pauses between.  Built before the clock starts from a seeded generator, so
    the bot and the bare app get the same requests at the same times."""
    rng = random.Random(PACED_SEED * 1000 + n)
    form = "application/x-www-form-urlencoded"
    steps: list[Step] = []
    at = rng.uniform(0.0, 3.0)  # the agents start out of step, as people do
    stamp = time.time()  # action_ts grows with the script, as Slack's would

    def add(kind: str, content_type: str, body: str, pause: float) -> None:
        nonlocal at
        steps.append(Step(at, kind, content_type, body))
        at += pause

    for c, (pk, ts, view) in enumerate(cards):
        if rng.random() < 0.3:
            add("home", "application/json", json.dumps(home_opened(n, 1000 + c)),
                rng.uniform(0.5, 2.0))  # fmt: skip
        roll = rng.random()
        if roll < 0.45:
            fields = command_fields("/wismo", "queue", user=AGENT)
            add("queue", form, urlencode(fields), rng.uniform(0.5, 2.0))
        elif roll < 0.7:
            url = response_url(f"paced-{n}-{c}")
            fields = command_fields("/order", ORDER_ID, user=AGENT, response_url=url)
            add("order", form, urlencode(fields), rng.uniform(0.5, 2.0))
        at += rng.uniform(0.5, 2.0)  # reading the card
        if rng.random() < PACED_EDIT_SHARE:
            click = block_action("wismo.edit", str(pk), user=AGENT, ts=ts,
                                 trigger_id=f"paced-edit-{pk}")  # fmt: skip
            add("edit", form, urlencode({"payload": json.dumps(click)}), rng.uniform(0.5, 2.0))
            typed = rng.randint(20, 60)
            # Some agents paste the shop link: the verdict changes and the modal updates.
            paste = rng.randrange(typed) if rng.random() < 0.4 else -1
            text = REPLY
            for k in range(typed):
                text += SHOP if k == paste else TYPED[k]
                payload = keystroke(view, text, user=AGENT, action_ts=stamp + at)
                body = urlencode({"payload": json.dumps(payload)})
                add("keystroke", form, body, 1 / TYPING_RATE)
            at += rng.uniform(0.5, 2.0)  # reading it over
        click = block_action("wismo.approve", str(pk), user=AGENT, ts=ts)
        add("approve", form, urlencode({"payload": json.dumps(click)}), rng.uniform(0.5, 2.0))
    return steps


def tail_breakdown(timeline: list[tuple[float, str, float]], p99: float, bare_p99: float) -> None:
    """What wismo's paced tail is made of: the requests at or above its p99 by kind (with
    each kind's own p50/p99), and by second of the run (a pause shows as a cluster), and
    how many requests of each kind were above the bare app's p99."""
    tail = [(at, kind, ms) for at, kind, ms in timeline if ms >= p99]
    over_bare = [(at, kind, ms) for at, kind, ms in timeline if ms > bare_p99]
    print(f"   wismo's tail: {len(tail)} requests at or above its p99 ({p99:.1f} ms), "
          f"{len(over_bare)} above the bare app's ({bare_p99:.1f} ms)")  # fmt: skip
    for kind in PACED_KINDS:
        own = [ms for _, k, ms in timeline if k == kind]
        if not own:
            continue
        in_tail = sum(1 for _, k, _ in tail if k == kind)
        above = sum(1 for _, k, _ in over_bare if k == kind)
        print(f"     {kind:<10} in tail {in_tail:3d} ({in_tail / max(len(tail), 1):4.0%}), "
              f"above bare p99 {above:3d} of {len(own):4d}; own p50 "
              f"{statistics.median(own):5.1f} ms, p99 {pct(own, 0.99):6.1f} ms")  # fmt: skip
    seconds: dict[int, list[float]] = {}
    for at, _, ms in tail:
        seconds.setdefault(int(at), []).append(ms)
    busiest = sorted(seconds.items(), key=lambda item: -len(item[1]))[:6]
    print("     busiest seconds of the tail: " + ", ".join(
        f"{sec} s: {len(v)} (max {max(v):.0f} ms)" for sec, v in busiest))  # fmt: skip


def run_paced(
    target: str,
    scripts: list[list[Step]],
    timeline: list[tuple[float, str, float]] | None = None,
) -> tuple[dict[str, list[float]], list[str], float]:
    """Every agent sends its script's requests at their times, or, when an answer came
    late, as soon as it came (a person waits for the screen).  Returns the latencies by
    kind in ms, the requests not answered 200, and how far (ms) any agent fell behind;
    ``timeline`` gets (seconds into the run, kind, ms) of every request."""
    latencies: dict[str, list[float]] = {kind: [] for kind in PACED_KINDS}
    failed: list[str] = []
    behind = [0.0]
    lock = threading.Lock()
    start = time.perf_counter() + 0.5  # every agent's thread is up before the first step

    def agent(n: int) -> None:
        sender = SignedSlack(target, SECRET)
        for step in scripts[n]:
            pause = start + step.at - time.perf_counter()
            if pause > 0:
                time.sleep(pause)
            started = time.perf_counter()
            try:
                status = sender.post(step.body, step.content_type).status_code
            except httpx.TimeoutException:  # long past Slack's 3 s: counted, not fatal
                status = 0
            took = time.perf_counter() - started
            with lock:
                latencies[step.kind].append(took * 1000)
                if timeline is not None:
                    timeline.append((started - start, step.kind, took * 1000))
                behind[0] = max(behind[0], (started - start - step.at) * 1000)
                if status != 200:
                    failed.append(f"{step.kind} {status or 'no answer'} after {took:.2f} s")
        sender.close()

    with ThreadPoolExecutor(len(scripts)) as pool:
        list(pool.map(agent, range(len(scripts))))
    return latencies, failed, behind[0]


def start_bare(
    workers: int, slack_url: str, log: Path, *, bolt_default_ack: bool = False
) -> tuple[subprocess.Popen[bytes], str]:
    """bench/bare_bolt.py with ``workers`` processes of ``THREADS`` threads, as wismo serve."""
    port = free_port()
    env = {**os.environ, "SLACK_SIGNING_SECRET": SECRET}
    command = [sys.executable, str(ROOT / "bench" / "bare_bolt.py"), "--port", str(port),
               "--workers", str(workers), "--threads", str(THREADS),
               "--slack-url", slack_url]  # fmt: skip
    if bolt_default_ack:
        command.append("--bolt-default-ack")
    with log.open("w") as out:
        proc = subprocess.Popen(command, env=env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
    atexit.register(stop_bot, proc)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(proc, base, log, timeout=STARTUP_WAIT)
    except AssertionError as log_text:
        raise SystemExit(f"the bare Bolt app did not start:\n{log_text}") from None
    settle = time.monotonic() + 30
    while len(process_tree(proc.pid)) - 1 < workers and time.monotonic() < settle:
        time.sleep(0.1)
    return proc, base + "/slack/events"


def bot_settings(db_url: str, slack_url: str) -> Settings:
    return Settings(
        slack_bot_token=Secret("xoxb-bench"),
        slack_signing_secret=Secret(SECRET),
        slack_base_url=slack_url,
        channel="C0QUEUE",
        agents=(AGENT,),
        database_url=db_url,
    )


def start_bot(db_url: str, slack_url: str, log: Path) -> tuple[subprocess.Popen[bytes], str]:
    """``wismo serve`` in processes of its own, configured from the environment as deployed."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "WISMO_"))}
    env.update(
        SLACK_BOT_TOKEN="xoxb-bench",
        SLACK_SIGNING_SECRET=SECRET,
        SLACK_BASE_URL=slack_url,
        WISMO_CHANNEL="C0QUEUE",
        WISMO_AGENTS=AGENT,
        DATABASE_URL=db_url,
        PORT=str(port),
    )
    command = [sys.executable, "-m", "bot", "serve", "--host", "127.0.0.1", "--threads",
               str(THREADS)]  # fmt: skip
    with log.open("w") as out:
        proc = subprocess.Popen(command, env=env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
    atexit.register(stop_bot, proc)  # also when the bench fails half-way
    base = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(proc, base, log, timeout=STARTUP_WAIT)
    except AssertionError as log_text:
        raise SystemExit(f"wismo serve did not start:\n{log_text}") from None
    return proc, base + "/slack/events"


def stop_bot(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()  # the master stops its workers
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()


def process_tree(pid: int) -> list[int]:
    """``pid`` and its children (the gunicorn master and its workers), from /proc."""
    found = [pid]
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rpartition(")")[2].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU seconds the processes ``pids`` have used so far (Linux)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / tick


def main() -> int:
    logging.basicConfig(level=logging.ERROR)
    tmp = tempfile.TemporaryDirectory()
    pg_base = os.environ.get("BENCH_DATABASE_URL", "")
    schema = ""
    if pg_base:
        db_url, schema = postgres_schema(pg_base)
        atexit.register(drop_schema, pg_base, schema)
    else:
        db_url = f"sqlite:///{tmp.name}/bench.db"
    engine = create_db_engine(db_url)
    upgrade(engine)
    with FakeSlack() as slack:
        settings = bot_settings(db_url, slack.base_url)
        services = build_wiring(settings, engine=engine)
        approvals = CLIENTS * REQUESTS_PER_CLIENT // APPROVE_EVERY
        pks = seed(services, approvals)
        client = background_client(settings, rate_limit_retries=0)
        while post_due(services, SlackWriter(client, pacer=Pacer(0.0)), now=NOW, limit=100).posted:
            pass
        bot, url = start_bot(db_url, slack.base_url, Path(tmp.name) / "serve.log")
        expected = int(os.environ.get("WEB_CONCURRENCY") or default_workers())
        settle = time.monotonic() + 30
        while len(process_tree(bot.pid)) - 1 < expected and time.monotonic() < settle:
            time.sleep(0.1)  # the first worker answers /healthz before the others are up
        bot_pids = process_tree(bot.pid)
        processes = len(bot_pids) - 1  # the workers, not the master

        # Each client edits in its own modal, as 20 agents would.
        views = []
        for i in range(CLIENTS):
            conv = current(services, pks[i])
            view = edit_modal(conv, REPLY, check_reply(REPLY, "en", services.policy))
            opened = client.views_open(trigger_id=f"bench-{i}", view=view)
            views.append(opened["view"])
        cards = {pk: current(services, pk).slack_ts for pk in pks}

        failed: list[str] = []
        if not PACED_ONLY:
            # 1. request -> response under 20 concurrent clients
            kinds = ("keystroke", "approve", "queue", "order", "home")
            latencies: dict[str, list[float]] = {kind: [] for kind in kinds}
            lock = threading.Lock()
            approve_queue = list(pks)

            def build_requests(n: int) -> list[tuple[str, str, str]]:
                """Client ``n``'s requests, built before the clock starts: only the bot is timed."""
                out = []
                text = REPLY
                form = "application/x-www-form-urlencoded"
                for j in range(REQUESTS_PER_CLIENT):
                    if j % APPROVE_EVERY == APPROVE_EVERY - 1:
                        pk = approve_queue.pop()
                        payload = block_action("wismo.approve", str(pk), user=AGENT, ts=cards[pk])
                        out.append(("approve", form, urlencode({"payload": json.dumps(payload)})))
                    elif j % QUEUE_EVERY == 3:
                        fields = command_fields("/wismo", "queue", user=AGENT)
                        out.append(("queue", form, urlencode(fields)))
                    elif j % HOME_EVERY == 6:
                        out.append(("home", "application/json", json.dumps(home_opened(n, j))))
                    elif j % ORDER_EVERY == 12:
                        url = slack.response_url(f"order-{n}-{j}")
                        fields = command_fields("/order", ORDER_ID, user=AGENT, response_url=url)
                        out.append(("order", form, urlencode(fields)))
                    else:
                        text = text + ("x" if j % 7 else SHOP if SHOP not in text else " ok")
                        payload = keystroke(
                            views[n], text, user=AGENT, action_ts=time.time() - 60 + j / 1000
                        )
                        out.append(("keystroke", form, urlencode({"payload": json.dumps(payload)})))
                return out

            requests = [build_requests(n) for n in range(CLIENTS)]

            def client_run(n: int, target: str, into: dict[str, list[float]]) -> None:
                sender = SignedSlack(target, SECRET)
                for kind, content_type, body in requests[n]:
                    started = time.perf_counter()
                    try:
                        status = sender.post(body, content_type).status_code
                    except httpx.TimeoutException:  # long past Slack's 3 s: counted, not fatal
                        status = 0
                    took = time.perf_counter() - started
                    with lock:
                        into[kind].append(took * 1000)
                        if status != 200:  # Slack shows the user an error
                            failed.append(f"{kind} {status or 'no answer'} after {took:.2f} s")
                sender.close()

            # One client alone: the bot's own service time per request, without queueing.
            alone: list[float] = []
            sender = SignedSlack(url, SECRET)
            text = REPLY
            for _ in range(200):
                text += "y"
                payload = keystroke(views[-1], text, user=AGENT, action_ts=time.time() - 120)
                body = urlencode({"payload": json.dumps(payload)})
                started = time.perf_counter()
                assert sender.post(body, "application/x-www-form-urlencoded").status_code == 200
                alone.append((time.perf_counter() - started) * 1000)
            sender.close()

            # The floor this machine puts under any answer: the same clients, GET /healthz.
            health = url.replace("/slack/events", "/healthz")
            baseline: list[float] = []

            def baseline_run(_: int) -> None:
                with httpx.Client(timeout=10) as http:
                    for _ in range(REQUESTS_PER_CLIENT):
                        started = time.perf_counter()
                        assert http.get(health).status_code == 200
                        took = (time.perf_counter() - started) * 1000
                        with lock:
                            baseline.append(took)

            with ThreadPoolExecutor(CLIENTS) as pool:
                list(pool.map(baseline_run, range(CLIENTS)))

            bot_cpu, own_cpu = cpu_seconds(bot_pids), time.process_time()
            busy_wall = time.perf_counter()
            wall = time.perf_counter()
            with ThreadPoolExecutor(CLIENTS) as pool:
                list(pool.map(lambda n: client_run(n, url, latencies), range(CLIENTS)))
            wall = time.perf_counter() - wall
            every = [v for values in latencies.values() for v in values]

            # Let the approvals' work after the ack (outbox, card updates) finish first.
            settle = time.monotonic() + 30
            while len(slack.calls_to("chat.update")) < approvals and time.monotonic() < settle:
                time.sleep(0.05)
            # CPU counted with that work after the ack: it is part of what each request costs.
            bot_cpu, own_cpu = cpu_seconds(bot_pids) - bot_cpu, time.process_time() - own_cpu
            busy_wall = time.perf_counter() - busy_wall

            # 1b. The same 20 agents typing at a brisk 8 characters a second each.
            typed: list[float] = []

            def typist(n: int) -> None:
                sender = SignedSlack(url, SECRET)
                text = REPLY
                bodies = []
                for j in range(TYPED_PER_CLIENT):
                    text += SHOP if j == TYPED_PER_CLIENT // 2 else "z"
                    payload = keystroke(
                        views[n], text, user=AGENT, action_ts=time.time() - 30 + j / 1e3
                    )
                    bodies.append(urlencode({"payload": json.dumps(payload)}))
                start = time.perf_counter() + (n % 8) / (8 * TYPING_RATE)  # agents out of step
                for j, body in enumerate(bodies):
                    pause = start + j / TYPING_RATE - time.perf_counter()
                    if pause > 0:
                        time.sleep(pause)
                    started = time.perf_counter()
                    assert sender.post(body, "application/x-www-form-urlencoded").status_code == 200
                    took = (time.perf_counter() - started) * 1000
                    with lock:
                        typed.append(took)
                sender.close()

            with ThreadPoolExecutor(CLIENTS) as pool:
                list(pool.map(typist, range(CLIENTS)))

            # 2. keystroke end to end: request -> check -> views.update at Slack
            sender = SignedSlack(url, SECRET)
            view_id = views[0]["id"]
            round_trips = []
            for _ in range(100):
                shown = slack.views[view_id]
                before = shown["hash"]
                flagged = "brightwater-home.com" in str(shown["blocks"])
                text = REPLY + (" Thank you." if flagged else SHOP)  # always a new verdict
                started = time.perf_counter()
                sender.interactive(keystroke(slack.views[view_id], text, user=AGENT))
                while slack.views[view_id]["hash"] == before:
                    if time.perf_counter() - started > 5:
                        raise SystemExit("views.update never arrived")
                    time.sleep(0.0005)
                round_trips.append((time.perf_counter() - started) * 1000)
            sender.close()
            checks = []
            for i in range(500):
                text = REPLY + (SHOP if i % 2 else "")
                started = time.perf_counter()
                check_reply(text, "en", services.policy)
                checks.append((time.perf_counter() - started) * 1000)

        # 3. The paced team, on cards of its own (the saturated run approved the others).
        paced_pks = seed(services, CLIENTS * PACED_CARDS, first=len(pks))
        while post_due(services, SlackWriter(client, pacer=Pacer(0.0)), now=NOW, limit=100).posted:
            pass
        paced_cards = []
        for pk in paced_pks:
            conv = current(services, pk)
            view = edit_modal(conv, REPLY, check_reply(REPLY, "en", services.policy))
            opened = client.views_open(trigger_id=f"paced-view-{pk}", view=view)
            paced_cards.append((pk, str(conv.slack_ts), opened["view"]))
        scripts = [
            paced_script(n, paced_cards[n * PACED_CARDS : (n + 1) * PACED_CARDS],
                         slack.response_url)
            for n in range(CLIENTS)
        ]  # fmt: skip
        timeline: list[tuple[float, str, float]] = []
        paced, paced_failed, paced_behind = run_paced(url, scripts, timeline)

        stop_bot(bot)
        services.close()
        if failed:  # what the bot logged about them
            lines = (Path(tmp.name) / "serve.log").read_text().splitlines()
            for line in [x for x in lines if "ERROR" in x or "WARNING" in x][:10]:
                print("   serve.log:", line[:300])

        # 1c. The same requests from the same clients against a bare Bolt app.
        bare, bare_url = start_bare(processes, slack.base_url, Path(tmp.name) / "bare.log")
        if not PACED_ONLY:
            bare_latencies: dict[str, list[float]] = {kind: [] for kind in kinds}
            bare_pids = process_tree(bare.pid)
            bare_cpu = cpu_seconds(bare_pids)
            bare_wall = time.perf_counter()
            with ThreadPoolExecutor(CLIENTS) as pool:
                list(pool.map(lambda n: client_run(n, bare_url, bare_latencies), range(CLIENTS)))
            bare_wall = time.perf_counter() - bare_wall
            bare_cpu = cpu_seconds(bare_pids) - bare_cpu
            bare_every = [v for values in bare_latencies.values() for v in values]
        bare_paced, bare_paced_failed, bare_behind = run_paced(bare_url, scripts)
        stop_bot(bare)
        # 1d. The paced team once more against Bolt as shipped (the yardstick).
        shipped, shipped_url = start_bare(
            processes, slack.base_url, Path(tmp.name) / "shipped.log", bolt_default_ack=True
        )
        shipped_paced, _, _ = run_paced(shipped_url, scripts)
        stop_bot(shipped)

    def row(name: str, values: list[float], note: str = "") -> None:
        print(
            f"  {name:<14} n={len(values):4d}  p50 {statistics.median(values):6.1f} ms"
            f"  p99 {pct(values, 0.99):6.1f} ms  max {max(values):6.1f} ms{note}"
        )

    def verdict(values: list[float]) -> str:
        return "met" if pct(values, 0.99) < TARGET_MS else "MISSED"

    configured = os.environ.get("WEB_CONCURRENCY")
    print(f"wismo serve: {processes} worker process{'es' if processes > 1 else ''} "
          f"(WEB_CONCURRENCY={configured or f'unset: default {default_workers()}'}), "
          f"{THREADS} threads each, on {os.cpu_count()} CPUs; load average "
          f"{os.getloadavg()[0]:.2f} (bot, clients and fake Slack share the CPUs)")  # fmt: skip
    backend = "PostgreSQL" if schema else "SQLite"

    # 1. The paced team: what the 1.5 target is judged on (see the module docstring).
    paced_every = [v for values in paced.values() for v in values]
    bare_paced_every = [v for values in bare_paced.values() for v in values]
    span = max(step.at for script in scripts for step in script)
    print(f"1. paced team: {CLIENTS} agents on a seeded script (seed {PACED_SEED}; the same "
          f"for both apps): App Home now and then, /wismo queue or /order, Edit and typing "
          f"at {TYPING_RATE:.0f} characters a second, Approve on {PACED_CARDS} cards each, "
          f"with think pauses; {len(paced_every)} requests over {span:.0f} s "
          f"({len(paced_every) / span:.0f} req/s)")  # fmt: skip
    row("all", paced_every)
    for name, values in paced.items():
        row(name, values)
    print(f"   the same schedule against the bare Bolt app ({processes} processes x "
          f"{THREADS} threads)")  # fmt: skip
    row("bare all", bare_paced_every)
    for name, values in bare_paced.items():
        row(f"bare {name}", values)
    for name, failures in (("wismo", paced_failed), ("bare", bare_paced_failed)):
        if failures:
            print(f"   {name} answered other than 200 ({len(failures)}): "
                  f"{', '.join(failures[:10])}")  # fmt: skip
    paced_ratio = pct(paced_every, 0.99) / pct(bare_paced_every, 0.99)
    paced_late = sum(1 for v in paced_every if v > SLACK_WAIT_MS)
    bare_paced_late = sum(1 for v in bare_paced_every if v > SLACK_WAIT_MS)
    print(f"   paced: wismo p99 / bare p99 = {paced_ratio:.2f} on {backend} (target <= "
          f"{RATIO_TARGET}: {'met' if paced_ratio <= RATIO_TARGET else 'MISSED'}); over "
          f"Slack's 3 s: wismo {paced_late}, bare {bare_paced_late} (target 0: "
          f"{'met' if paced_late == 0 else 'MISSED'}); agents behind their script by at most "
          f"{paced_behind:.0f} ms (wismo), {bare_behind:.0f} ms (bare)")  # fmt: skip
    tail_breakdown(timeline, pct(paced_every, 0.99), pct(bare_paced_every, 0.99))
    shipped_every = [v for values in shipped_paced.values() for v in values]
    shipped_ratio = pct(paced_every, 0.99) / pct(shipped_every, 0.99)
    row("Bolt as shipped", shipped_every)
    print(f"   the same schedule against Bolt as shipped (listeners on a pool, the ack polled "
          f"every 10 ms: the app issue 18 measured against): wismo p99 / its p99 = "
          f"{shipped_ratio:.2f} (target <= {RATIO_TARGET}: "
          f"{'met' if shipped_ratio <= RATIO_TARGET else 'MISSED'}); the ratio above, "
          f"against a bare app acking on its request thread as the bot does, "
          f"is stricter")  # fmt: skip

    if PACED_ONLY:
        tmp.cleanup()
        return 0

    # 2. Saturated: the CPU-cost comparison.
    print(f"2. saturated: the ratio follows CPU per request. Signed request -> HTTP response, "
          f"{CLIENTS} concurrent clients without pause: {len(every)} requests in "
          f"{wall:.2f} s ({len(every) / wall:.0f} req/s)")  # fmt: skip
    row("all", every, f"  target p99 < {TARGET_MS:.0f} ms: {verdict(every)}")
    for name, values in latencies.items():
        row(name, values)
    ratio = pct(every, 0.99) / pct(bare_every, 0.99)
    late = sum(1 for v in every if v > SLACK_WAIT_MS)
    bare_late = sum(1 for v in bare_every if v > SLACK_WAIT_MS)
    print(f"   the same {len(bare_every)} requests against a bare Bolt app served the same way "
          f"({processes} processes x {THREADS} threads): {bare_wall:.2f} s "
          f"({len(bare_every) / bare_wall:.0f} req/s)")  # fmt: skip
    row("bare all", bare_every)
    for name, values in bare_latencies.items():
        row(f"bare {name}", values)
    if failed:
        print(f"   answered other than 200 ({len(failed)}): {', '.join(failed[:10])}")
    # Not the target's measure: without pauses the clients queue behind the CPUs, so
    # this ratio is the ratio of CPU per request (printed below), whatever the latency.
    print(f"   saturated: wismo p99 / bare p99 = {ratio:.2f} on {backend} (the CPU-cost "
          f"comparison; the {RATIO_TARGET} target is judged paced, in 1.); over Slack's "
          f"3 s: wismo {late}, bare {bare_late} (target 0: "
          f"{'met' if late == 0 else 'MISSED'})")  # fmt: skip
    row("baseline", baseline, "  (GET /healthz, same clients: this machine's floor)")
    row("1 client", alone, "  (keystrokes one at a time: service time)")
    cpus = os.cpu_count() or 1
    per_bot, per_own = bot_cpu / len(every) * 1000, own_cpu / len(every) * 1000
    print(f"   CPU per request, with the work after the ack: bot {per_bot:.2f} ms, clients and "
          f"fake Slack {per_own:.2f} ms; the {cpus} CPUs busy "
          f"{(bot_cpu + own_cpu) / (busy_wall * cpus):.0%} of the time")  # fmt: skip
    # Without a pause between requests the clients queue behind the CPUs: the p99 ratio
    # then follows this one (and what else the machine runs meanwhile).
    per_bare = bare_cpu / len(bare_every) * 1000
    print(f"   bare Bolt's CPU per request: {per_bare:.2f} ms; wismo / bare = "
          f"{per_bot / per_bare:.2f} (the p99s' ratio follows it under saturation)")  # fmt: skip
    if verdict(every) != "met":
        print(f"   why missed: {CLIENTS} clients that never pause wait on average "
              f"{CLIENTS / (len(every) / wall) * 1000:.0f} ms (Little's law: clients / "
              f"throughput); GET /healthz, which does no Slack work, already has p99 "
              f"{pct(baseline, 0.99):.0f} ms with the same clients; one keystroke alone "
              f"takes p50 {statistics.median(alone):.1f} ms; the clients and fake Slack "
              f"use {per_own / (per_bot + per_own):.0%} of the CPU; load average "
              f"{os.getloadavg()[0]:.2f}")  # fmt: skip
    print(f"   {CLIENTS} agents typing {TYPING_RATE:.0f} characters a second each "
          f"({CLIENTS * TYPING_RATE:.0f} keystrokes/s)")  # fmt: skip
    row("keystroke", typed, f"  target p99 < {TARGET_MS:.0f} ms: {verdict(typed)}")
    print("3. keystroke that changes the verdict: request -> check -> views.update at Slack")
    row("keystroke", round_trips)
    print(f"   policy check alone (reply of {len(REPLY + SHOP)} characters)")
    print(f"  {'check':<10} n={len(checks):4d}  p50 {statistics.median(checks):6.2f} ms"
          f"  p99 {pct(checks, 0.99):6.2f} ms")  # fmt: skip
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
