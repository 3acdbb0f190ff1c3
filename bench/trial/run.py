"""The trial itself: start the fakes and the processes, drive a busy week, break things.

    fakes (this process)          processes under trial (subprocesses)
    FakeSlack  <───────────────── wismo serve  x2  <── signed clicks from 5 agents
    SP-API, carriers <─────────── wismo worker x1-2 ── polls the Maildir we fill
    SMTP server <──────────────── (replies)             posts cards, sends, sweeps

The processes are configured only through the environment (DESIGN.md §6), against a
PostgreSQL database created for the trial and dropped at its end.  Every process reads
business time from the same simulated clock (``WISMO_CLOCK_*``, :mod:`.timeline`): the
reduced trial runs Sunday and Monday at 720x (two days in four minutes), the full one a
whole week at 210x.  Mails arrive when the simulated week says, dated when the buyer
sent them; deadlines, pings and breaches come due as the week passes.

Faults are scheduled on the simulated calendar too, but Slack's pace, Retry-After, back-
off and timeouts stay real, so each fault lasts at least ``fault_min_real`` real seconds
(a "10-minute" Slack outage at 720x would otherwise be over in under a second); the
report gives both lengths.
"""

from __future__ import annotations

import contextlib
import io
import math
import os
import shutil
import subprocess
import tarfile
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

from bot.replies.remembered import cache_dir
from bot.testing.net import free_port

from .agents import AGENTS, MANAGER, Team, self_check
from .cluster import PrivateCluster
from .fakes import World
from .mails import TRUSTED_SERVER, PlannedMail, TextPool, plan_mails, render
from .metrics import (
    Sampler,
    analyse,
    load_autopilot,
    load_escalations,
    load_messages,
    load_queued_cards,
)
from .procs import Proc, wismo
from .timeline import Timeline

__all__ = ["FaultPlan", "TrialConfig", "run_trial"]

REPO = Path(__file__).resolve().parents[2]
PACKAGES = ("bot", "handlers", "compliance", "carriers", "templates")  # what `wismo` imports
CHANNEL = "C0QUEUE"
SECRET = "trial-signing-secret"
DEFAULT_ADMIN_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


H = timedelta(hours=1)
MIN = timedelta(minutes=1)

AUTOPILOT_ENV = {
    "WISMO_AUTOPILOT": "in_transit,out_for_delivery,available_for_pickup,delivery_attempted,"
    "delivered",
    "WISMO_AUTOPILOT_HOLD": "10m",
    "WISMO_AUTHSERV_ID": TRUSTED_SERVER,
}


@dataclass(frozen=True, slots=True)
class FaultPlan:
    """When (from the simulated start) each fault begins, and how long it is meant to last."""

    carrier_down: tuple[timedelta, timedelta]  # UPS answers 503
    carrier_quota: tuple[timedelta, timedelta]  # DHL answers 429 with Retry-After
    slack: tuple[timedelta, timedelta]  # 429 for this long, then 500 for as long again
    smtp: tuple[timedelta, timedelta]  # the mail server refuses (451)
    worker_kills: tuple[timedelta, timedelta]  # SIGKILL, restarted a few real seconds later
    web_kill: tuple[timedelta, timedelta]  # SIGKILL web-2, restart it
    postgres: timedelta  # restart the cluster


REDUCED_FAULTS = FaultPlan(  # from Sunday 00:00: Sunday afternoon, then a busy Monday
    carrier_down=(32 * H, H),
    carrier_quota=(33 * H, H),
    smtp=(34 * H, 5 * MIN),
    slack=(37 * H + 30 * MIN, 10 * MIN),
    worker_kills=(14 * H, 35 * H),
    web_kill=(34 * H + 30 * MIN, 39 * H),
    postgres=44 * H + 30 * MIN,
)
FULL_FAULTS = FaultPlan(  # from Monday 00:00, spread over the working week and Saturday
    carrier_down=(34 * H, H),  # Tuesday 10:00
    carrier_quota=(62 * H, H),  # Wednesday 14:00
    slack=(83 * H, 10 * MIN),  # Thursday 11:00
    smtp=(111 * H, 5 * MIN),  # Friday 15:00
    worker_kills=(40 * H, 131 * H),  # Tuesday 16:00, Saturday 11:00
    web_kill=(57 * H, 65 * H),  # Wednesday 09:00 to 17:00
    postgres=92 * H,  # Thursday 20:00
)


@dataclass(frozen=True, slots=True)
class TrialConfig:
    mode: str = "reduced"
    messages: int = 300
    start: datetime = datetime(2026, 11, 22, tzinfo=UTC)  # a Sunday: the weekend, then Monday
    days: float = 2.0  # simulated days of mail
    speed: float = 720.0  # simulated seconds per real second
    webs: int = 2
    workers: int = 1
    seed: int = 8
    admin_url: str = DEFAULT_ADMIN_URL  # a PostgreSQL database the trial may CREATE from
    out: Path = Path("bench/out/trial")
    # The trial's own PostgreSQL (.cluster), which it restarts as a fault; None: no
    # restart (the trial never restarts a server it did not start).
    cluster: PrivateCluster | None = None
    faults: FaultPlan = REDUCED_FAULTS
    fault_min_real: float = 15.0  # real seconds every fault lasts at least
    sweep_seconds: float = 1.5  # real seconds between SLA sweeps (the worker's default is 60)
    sweep_slack: float = 3.0  # real seconds a sweep may be late: see metrics.expected_pings
    drain: float = 45.0  # real seconds after the last mail to let the processes finish
    poll_seconds: float = 0.5
    # Real seconds between two posts to the channel.  Slack allows about one a second; the
    # fake Slack is told nothing of that, and at 720x one a second would not keep up with
    # a simulated day's cards, card updates and pings.
    post_interval: float = 0.2
    startup: float = 15.0  # real seconds the processes get before the simulated start
    code_from: str | None = None  # a git revision to run, or None for the working tree
    extra_env: dict[str, str] = field(default_factory=dict)
    # The autopilot week: tracking answers sent without a click after a 10-minute hold;
    # buyer mail arrives authenticated by the receiving server the bot trusts.
    autopilot: bool = False
    autopilot_seconds: float = 0.5  # real seconds between two runs of the autopilot job

    @classmethod
    def reduced(cls, **kw: Any) -> TrialConfig:
        return cls(**kw)

    @classmethod
    def full(cls, **kw: Any) -> TrialConfig:
        values: dict[str, Any] = dict(
            mode="full",
            messages=2000,
            start=datetime(2026, 11, 23, tzinfo=UTC),  # a Monday
            days=7.0,
            speed=210.0,  # the week in 48 minutes
            faults=FULL_FAULTS,
            drain=180.0,
            workers=2,
            post_interval=0.3,
        )
        values.update(kw)
        return cls(**values)

    @property
    def end(self) -> datetime:
        return self.start + timedelta(days=self.days)

    @property
    def margin(self) -> float:
        """Real seconds within which some sweep surely runs (when no worker is down)."""
        return self.sweep_seconds + self.sweep_slack


@dataclass
class Event:
    at: float  # real instant (Unix seconds)
    what: str
    run: Callable[[], None]


# -- PostgreSQL ----------------------------------------------------------------------


def _with_db(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path="/" + name))


@contextlib.contextmanager
def trial_database(admin_url: str) -> Iterator[str]:
    """A database of its own for this trial (``wismo_trial_<pid>``), dropped at the end."""
    name = f"wismo_trial_{os.getpid()}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        yield _with_db(admin_url, name)
    finally:
        for _ in range(20):  # PostgreSQL may still be coming back from its restart
            try:
                with admin.connect() as conn:
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                break
            except Exception:
                time.sleep(1)
        admin.dispose()


def postgres_available(admin_url: str = DEFAULT_ADMIN_URL) -> str | None:
    """None when the trial can run, else why not."""
    try:
        engine = create_engine(admin_url, connect_args={"connect_timeout": 3})
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
    except Exception as exc:
        return f"PostgreSQL at {urlsplit(admin_url).netloc} not reachable: {exc.__class__.__name__}"
    return None


# -- the run -----------------------------------------------------------------------------


class Trial:
    def __init__(self, config: TrialConfig, database_url: str, work: Path) -> None:
        self.config = config
        self.database_url = database_url
        self.work = work
        self.maildir = work / "maildir"
        for sub in ("tmp", "new", "cur"):
            (self.maildir / sub).mkdir(parents=True, exist_ok=True)
        self.logs = work / "logs"
        self.logs.mkdir(exist_ok=True)
        self.code = snapshot_code(work / "code", config.code_from)
        self.world = World()
        self.procs: list[Proc] = []
        self.dropped: dict[str, float] = {}
        self.fault_log: list[dict[str, Any]] = []
        self.skipped_faults: list[str] = []
        self.planned_down: set[str] = set()  # killed on purpose, not to be restarted yet
        self.unplanned: list[str] = []
        self.planned_ids: set[str] = set()
        # No sweep is sure to run in these: [start, end], the end infinite until known.
        self.blind: list[list[float]] = []
        self.stalled: list[tuple[float, float]] = []  # Slack failing: pings wait for a retry
        self.drain_left: int | None = None
        # The processes get ``startup`` real seconds before the simulated week begins.
        self.timeline = Timeline(config.start, time.time() + config.startup, config.speed)

    # environment of every process
    def env(self, port: int | None = None) -> dict[str, str]:
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(self.work),
            # The template check's remembered verdict (bot.replies.remembered) is the
            # invoking user's: a start or restart under trial does not check again.
            "XDG_CACHE_HOME": str(cache_dir().parent),
            "LANG": "C.UTF-8",
            "PYTHONUNBUFFERED": "1",
            "PYTHONPATH": str(self.code),
            "DATABASE_URL": self.database_url,
            "SLACK_BOT_TOKEN": "xoxb-trial-token",
            "SLACK_SIGNING_SECRET": SECRET,
            "WISMO_CHANNEL": CHANNEL,
            "WISMO_AGENTS": ",".join(AGENTS),
            "WISMO_MANAGERS": MANAGER,
            "WISMO_INBOX": f"maildir://{self.maildir}",
            "WISMO_INBOX_POLL_SECONDS": str(self.config.poll_seconds),
            "WISMO_FROM": "support@brightwater-home.example",
            "WISMO_SELLER_NAME": "Brightwater Home",
            "WISMO_CARRIER_TIMEOUT": "3",
            "WISMO_POST_INTERVAL": f"{self.config.post_interval:g}",
            **self.timeline.env(),
            **self.world.env(),
            **(AUTOPILOT_ENV if self.config.autopilot else {}),
            **self.config.extra_env,
        }
        if port is not None:
            env["PORT"] = str(port)
        return env

    def web_urls(self) -> list[str]:
        return [
            f"http://127.0.0.1:{p.port}/slack/events"
            for p in self.procs
            if p.port is not None and p.alive
        ]

    def proc(self, name: str) -> Proc:
        return next(p for p in self.procs if p.name == name)

    def _mark(self, what: str, **extra: Any) -> None:
        now = time.time()
        entry: dict[str, Any] = {
            "at": round(now - self.timeline.anchor, 1),
            "sim": _sim_label(self.timeline.sim(now)),
            "what": what,
            **extra,
        }
        self.fault_log.append(entry)
        print(f"  [{entry['at']:7.1f} s  {entry['sim']}] fault: {what}", flush=True)

    def events(self) -> list[Event]:
        """Every fault's start and end, in real instants, in order."""
        cfg, tl, w, plan = self.config, self.timeline, self.world, self.config.faults
        out: list[Event] = []

        def period(
            begin_at: float,
            asked: timedelta,
            begin: Callable[[], None],
            end: Callable[[], None],
            what: str,
        ) -> float:
            real = tl.fault_span(asked, min_real=cfg.fault_min_real)
            stop_at = begin_at + real
            lasted = {
                "until": round(stop_at - tl.anchor, 1),
                "sim_until": _sim_label(tl.sim(stop_at)),
                "real_seconds": round(real, 1),
                "sim_minutes": round(real * tl.speed / 60, 1),
                "asked_sim_minutes": round(asked.total_seconds() / 60, 1),
            }

            def on() -> None:
                begin()
                self._mark(what, **lasted)

            def off() -> None:
                end()
                self._mark("end: " + what)

            out.append(Event(begin_at, what, on))
            out.append(Event(stop_at, "end: " + what, off))
            return stop_at

        def at(offset: timedelta) -> float:
            return tl.real(cfg.start + offset)

        def kill(name: str, restart_after: float | None) -> Callable[[], None]:
            def run() -> None:
                proc = self.proc(name)
                self.planned_down.add(name)
                began = time.time()
                proc.kill()
                self._mark(f"SIGKILL {name} (exit {proc.exits[-1]})")
                if restart_after is not None:
                    time.sleep(restart_after)
                    self._restart(name)
                if name.startswith("worker"):
                    # Blind from one sweep period before the kill (a sweep may have claimed
                    # a ping and died before posting it: that claim waits the sweep's
                    # retry_after, two real minutes) until the restarted worker really
                    # sweeps: its start-up (imports, the template check) takes seconds,
                    # half a minute on a busy machine, and its first sweep comes a period
                    # later.  Waited for on a thread of its own: the next faults keep time.
                    window = [began - cfg.margin, math.inf]
                    self.blind.append(window)

                    def until_ready() -> None:
                        with contextlib.suppress(RuntimeError):
                            proc.wait_ready(timeout=300)
                            window[1] = time.time() + cfg.margin

                    threading.Thread(target=until_ready, daemon=True).start()

            return run

        offset, asked = plan.carrier_down
        period(
            at(offset),
            asked,
            lambda: w.carriers.down("ups", status=503),
            lambda: w.carriers.restore("ups"),
            "UPS API down (503)",
        )
        offset, asked = plan.carrier_quota
        period(
            at(offset),
            asked,
            lambda: w.carriers.down("dhl", status=429, retry_after="30"),
            lambda: w.carriers.restore("dhl"),
            "DHL over quota (429, Retry-After 30)",
        )
        offset, asked = plan.slack
        slack_from = at(offset)
        then = period(
            at(offset),
            asked,
            lambda: w.slack.fail_next("chat.postMessage", status=429, retry_after=2, times=10**9),
            w.slack.clear_faults,
            "Slack answers 429 (Retry-After 2) to chat.postMessage",
        )
        slack_to = period(
            then + 0.01,
            asked,
            lambda: w.slack.fail_next(
                "*", status=500, error="internal_error", retry_after=None, times=10**9
            ),
            w.slack.clear_faults,
            "Slack answers 500 to every call",
        )
        self.stalled.append((slack_from, slack_to + cfg.margin))
        offset, asked = plan.smtp
        period(
            at(offset),
            asked,
            lambda: setattr(w.smtp, "refusing", True),
            lambda: setattr(w.smtp, "refusing", False),
            "SMTP server refuses mail (451)",
        )
        for offset in plan.worker_kills:
            out.append(Event(at(offset), "SIGKILL worker-1", kill("worker-1", 3.0)))
        down, up = plan.web_kill
        out.append(Event(at(down), "SIGKILL web-2", kill("web-2", None)))
        out.append(Event(at(up), "restart web-2", lambda: self._restart("web-2")))
        cluster = cfg.cluster
        if cluster is not None:

            def pg() -> None:
                assert cluster is not None
                began = time.time()
                try:
                    cluster.restart()
                finally:
                    self.blind.append([began, time.time() + cfg.margin])
                self._mark(f"PostgreSQL restarted ({time.time() - began:.1f} s real)")

            out.append(Event(at(plan.postgres), "restart PostgreSQL", pg))
        else:
            self.skipped_faults.append(
                "PostgreSQL restart: not the trial's own cluster (bench.trial.cluster)"
            )
        return sorted(out, key=lambda e: e.at)

    def _restart(self, name: str) -> None:
        self.proc(name).start()
        self.planned_down.discard(name)
        self._mark(f"restarted {name}")

    def _supervise(self) -> None:
        """A process that died without being killed by a fault is restarted, and reported."""
        for proc in self.procs:
            if proc.popen is None or proc.alive or proc.name in self.planned_down:
                continue
            code = proc.popen.returncode
            self.unplanned.append(
                f"{proc.name} exited by itself (code {code}) at "
                f"{time.time() - self.timeline.anchor:.1f} s; restarted"
            )
            proc.exits.append(code)
            proc.start()

    def _fault_thread(self, events: list[Event], stop: threading.Event) -> None:
        for event in events:
            if stop.wait(max(event.at - time.time(), 0)):
                return
            try:
                event.run()
            except Exception as exc:
                self._mark(f"{event.what} FAILED: {exc!r}")

    def _pending(self, engine: Engine) -> int | None:
        """Work the processes owe and can do soon: mail to draft, cards, replies, pings.

        A card claimed by a worker that was killed waits out the poster's lease before
        another worker takes it; a row waiting longer than 45 real seconds is not "soon",
        so it does not hold up the end (the report counts such cards as still queued).
        """
        open_states = "('received', 'drafted', 'carded', 'sending', 'manual', 'failed')"
        query = text(
            "SELECT (SELECT count(*) FROM messages WHERE state IN ('received', 'sending'))"
            " + (SELECT count(*) FROM messages m WHERE m.state = 'drafted' AND NOT EXISTS"
            "    (SELECT 1 FROM slack_posts p WHERE p.message_pk = m.id"
            "     AND p.purpose = 'card' AND p.next_attempt_at > :soon))"
            " + (SELECT count(*) FROM slack_posts WHERE state = 'pending'"
            "    AND (next_attempt_at IS NULL OR next_attempt_at <= :soon))"
            " + (SELECT count(*) FROM outbox WHERE state IN ('pending', 'sending'))"
            " + (SELECT count(*) FROM escalations e JOIN messages m ON m.id = e.message_pk"
            f"    WHERE e.posted_at IS NULL AND m.state IN {open_states})"
        )
        soon = self.timeline.sim(time.time() + 45)  # the rows' times are simulated
        try:
            with engine.connect() as conn:
                return int(conn.execute(query, {"soon": soon}).scalar_one())
        except Exception:
            return None

    def _drain(self, engine: Engine) -> int | None:
        """After the last mail, let the processes finish what they owe (bounded)."""
        deadline = time.time() + self.config.drain
        left = self._pending(engine)
        while time.time() < deadline:
            self._supervise()
            left = self._pending(engine)
            if left == 0 and all(m in self.dropped for m in self.planned_ids):
                break
            time.sleep(1)
        now = time.time()
        print(
            f"  [{now - self.timeline.anchor:7.1f} s  {_sim_label(self.timeline.sim(now))}] "
            f"drained, work left: {left}",
            flush=True,
        )
        return left

    def _drop(self, mail: PlannedMail) -> None:
        """Into the Maildir, atomically; its mtime (now) is when the mailbox got it."""
        raw = render(mail, authenticated=self.config.autopilot)
        now = time.time()
        name = f"{int(now * 1e6)}.T{mail.seq:05d}.trial"
        tmp = self.maildir / "tmp" / name
        tmp.write_bytes(raw)
        self.dropped[mail.message_id] = now
        os.rename(tmp, self.maildir / "new" / name)  # atomic: the poller never sees half

    def run(self) -> dict[str, Any]:
        cfg = self.config
        self_check()
        plan = plan_mails(
            count=cfg.messages, start=cfg.start, end=cfg.end, seed=cfg.seed, pool=TextPool.load()
        )
        with self.world:
            for mail in plan:
                self.world.add_order(mail)
            up = subprocess.run(
                wismo("db", "upgrade"),
                env=self.env(),
                cwd=self.work,
                capture_output=True,
                text=True,
                timeout=120,
            )
            if up.returncode != 0:
                raise RuntimeError(f"wismo db upgrade failed: {up.stdout}{up.stderr}")
            for i in range(cfg.webs):
                port = free_port()
                argv = [*wismo("serve", "--host", "127.0.0.1", "--port", str(port))]
                self.procs.append(
                    Proc(f"web-{i + 1}", argv, self.env(port), self.logs, port, cwd=self.work)
                )
            worker = worker_argv(cfg)
            for i in range(cfg.workers):
                self.procs.append(
                    Proc(
                        f"worker-{i + 1}",
                        worker,
                        self.env(),
                        self.logs,
                        cwd=self.work,
                        ready_line="worker started",
                    )
                )
            for proc in self.procs:
                proc.start()
            for proc in self.procs:
                proc.wait_ready(timeout=180)  # start-up takes long on a busy machine
            engine = create_engine(self.database_url, pool_pre_ping=True)
            try:
                return self._drive(plan, engine)
            finally:
                for proc in self.procs:
                    proc.stop()
                engine.dispose()

    def _drive(self, plan: list[PlannedMail], engine: Engine) -> dict[str, Any]:
        cfg, w, tl = self.config, self.world, self.timeline
        self.planned_ids = {m.message_id for m in plan}
        late_start = time.time() - tl.anchor
        if late_start > 0:  # the mails of those first simulated minutes arrive together
            print(f"  processes ready {late_start:.1f} s after the simulated start", flush=True)
        time.sleep(max(tl.anchor - time.time(), 0))
        started = datetime.now(UTC).isoformat(timespec="seconds")
        team = Team(w.slack, plan, self.web_urls, SECRET, tl, seed=cfg.seed)
        sampler = Sampler(
            engine,
            lambda: list(self.procs),
            lambda: len(
                [
                    c
                    for c in w.slack.calls_to("chat.postMessage")
                    if c.args.get("blocks") and not c.args.get("thread_ts")
                ]
            ),
            lambda: len(w.smtp.received),
            tl,
        )
        stop = threading.Event()
        faults = threading.Thread(
            target=self._fault_thread, args=(self.events(), stop), daemon=True
        )
        team.start()
        sampler.begin()
        faults.start()
        mail_end = tl.real(cfg.end)
        try:
            index = 0
            while True:
                now = time.time()
                while index < len(plan) and tl.real(plan[index].arrive) <= now:
                    self._drop(plan[index])
                    index += 1
                if now >= mail_end:
                    break
                self._supervise()
                time.sleep(0.05)
            self.drain_left = self._drain(engine)
        finally:
            stop.set()
            faults.join(timeout=120)
            team.stop()
            sampler.end()
        for proc in self.procs:
            proc.sample()
        for proc in self.procs:  # stop the sweeps first: "end" is when the last could run
            if proc.name.startswith("worker"):
                proc.stop()
        end = time.time()
        rows = load_messages(engine)
        queued = load_queued_cards(engine)
        escalation_rows = load_escalations(engine)
        holds = load_autopilot(engine)
        figures = analyse(
            autopilot=holds,
            plan=plan,
            dropped=self.dropped,
            rows=rows,
            calls=list(w.slack.calls),
            received=w.smtp.snapshot(),
            clicks=list(team.clicks),
            end=end,
            timeline=tl,
            margin=cfg.margin,
            queued=queued,
            escalation_rows=escalation_rows,
            blind=[(lo, min(hi, end)) for lo, hi in self.blind],
            stalled=self.stalled,
        )
        peaks = {p.name: p.peak for p in self.procs}
        return {
            "mode": cfg.mode + (" autopilot" if cfg.autopilot else ""),
            "started": started,
            "clock": {
                "start": cfg.start.isoformat(),
                "anchor": tl.anchor,
                "speed": cfg.speed,
                "mail_until": cfg.end.isoformat(),
                "end": tl.sim(end).isoformat(timespec="seconds"),
                "real_seconds": round(end - tl.anchor, 1),
                "post_interval_seconds": cfg.post_interval,
                "sweep_seconds": cfg.sweep_seconds,
                "fault_min_real_seconds": cfg.fault_min_real,
            },
            "code": code_version(cfg.code_from),
            "config": {f: str(getattr(cfg, f)) for f in cfg.__slots__},
            "worker_command": " ".join(worker_argv(cfg)[1:]),
            "processes_summary": ", ".join(
                f"{p.name} (started {p.starts}x, SIGKILLed {p.kills}x)" for p in self.procs
            ),
            "figures": figures,
            "faults": self.fault_log,
            "skipped_faults": self.skipped_faults,
            "unplanned_restarts": self.unplanned,
            "peak_kib": peaks,
            "agent_problems": team.problems,
            "agent_retries": team.retries,
            "sampler_db_errors": sampler.db_errors,
            "work_left_after_drain": self.drain_left,
            "outbox": _outbox_states(engine),
            "outbox_unsent": _outbox_unsent(engine),
            "carrier_requests_refused": dict(w.carriers.refused),
            "smtp_refusals": w.smtp.refused,
            "logs": str(self.logs),
            "samples": sampler.samples,
        }


def _sim_label(at: datetime) -> str:
    """``Mon 13:30``: where on the simulated week an instant falls."""
    return at.astimezone(UTC).strftime("%a %H:%M")


def _outbox_unsent(engine: Engine) -> list[dict[str, str]]:
    """Replies not sent by the end, with why: retries wait in real time (30 s, 1 min...)."""
    query = text(
        "SELECT message_pk, state, attempts, last_error, created_at, next_attempt_at"
        " FROM outbox WHERE state <> 'sent' ORDER BY id LIMIT 20"
    )
    with engine.connect() as conn:
        rows = conn.execute(query).mappings().all()
    return [{k: str(v) for k, v in row.items()} for row in rows]


def snapshot_code(into: Path, rev: str | None = None) -> Path:
    """A copy of the code under trial, which every process (restarted ones too) runs.

    A trial lasts up to an hour; a process restarted after a fault must run the code the
    trial started with, not whatever the working tree holds by then.  ``rev`` (a git
    revision such as ``HEAD``) takes the committed code instead of the working tree's.
    """
    into.mkdir(parents=True, exist_ok=True)
    names = [name for name in PACKAGES if (REPO / name).is_dir()]
    if rev is not None:
        archive = subprocess.run(
            ["git", "-C", str(REPO), "archive", "--format=tar", rev, "--", *names],
            check=True,
            capture_output=True,
            timeout=60,
        )
        with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
            tar.extractall(into, filter="data")
        return into
    for name in names:
        shutil.copytree(REPO / name, into / name, ignore=shutil.ignore_patterns("__pycache__"))
    return into


def code_version(rev: str | None) -> str:
    """What the processes ran: a commit, or the working tree on top of one."""
    try:
        commit = subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "--short", rev or "HEAD"],
            check=True,
            capture_output=True,
            text=True,
            timeout=10,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return commit if rev is not None else f"working tree on {commit}"


def _outbox_states(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT state, count(*) FROM outbox GROUP BY state")).all()
    return {str(k): int(v) for k, v in rows}


def worker_argv(config: TrialConfig) -> list[str]:
    """``wismo worker`` with its job periods (real seconds) shortened: at 720x the default
    minute between two sweeps would be twelve simulated hours."""
    return wismo(
        "worker",
        "--sweep-seconds",
        f"{config.sweep_seconds:g}",
        "--draft-seconds",
        "1",
        "--poster-seconds",
        "0.5",
        "--outbox-seconds",
        "2",
        *(("--autopilot-seconds", f"{config.autopilot_seconds:g}") if config.autopilot else ()),
    )


def run_trial(config: TrialConfig, *, keep_work: bool = False) -> dict[str, Any]:
    """Run one trial end to end; returns the report (figures, faults, samples)."""
    work = Path(tempfile.mkdtemp(prefix="wismo-trial-"))
    try:
        with trial_database(config.admin_url) as url:
            try:
                report = Trial(config, url, work).run()
            finally:  # the processes' logs outlive the work folder
                shutil.copytree(work / "logs", config.out / "logs", dirs_exist_ok=True)
        report["logs"] = str(config.out / "logs")
        if keep_work:
            report["work"] = str(work)
        return report
    finally:
        if not keep_work:
            shutil.rmtree(work, ignore_errors=True)
