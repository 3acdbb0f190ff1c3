"""The trial itself: start the fakes and the processes, drive a busy week, break things.

    fakes (this process)          processes under trial (subprocesses)
    FakeSlack  <───────────────── wismo serve  x2  <── signed clicks from 5 agents
    SP-API, carriers <─────────── wismo worker x1-2 ── polls the Maildir we fill
    SMTP server <──────────────── (replies)             posts cards, sends, sweeps

The processes are configured only through the environment (DESIGN.md §6), against a
PostgreSQL database created for the trial and dropped at its end.  There is no clock
override in the processes, so time is real: mails are dated in the past (their
``Date``) so that the deadline thresholds fall inside the trial window.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
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

from .agents import AGENTS, MANAGER, Team, self_check
from .fakes import World
from .mails import PlannedMail, TextPool, plan_mails, render, sent_at_for
from .metrics import (
    Sampler,
    analyse,
    load_escalations,
    load_messages,
    load_queued_cards,
)
from .procs import Proc, wismo

__all__ = ["TrialConfig", "run_trial"]

REPO = Path(__file__).resolve().parents[2]
CHANNEL = "C0QUEUE"
SECRET = "trial-signing-secret"
DEFAULT_ADMIN_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


@dataclass(frozen=True, slots=True)
class TrialConfig:
    mode: str = "reduced"
    messages: int = 200
    duration: float = 300.0  # seconds from the first mail to the end of the faults
    webs: int = 2
    workers: int = 1
    seed: int = 8
    admin_url: str = DEFAULT_ADMIN_URL  # a PostgreSQL database the trial may CREATE from
    out: Path = Path("bench/trial/out")
    restart_postgres: bool = True
    sweep_seconds: float = 15.0  # the worker's SLA sweep period (its default is 60 s)
    sweep_margin: float = 25.0  # one sweep period plus slack: see metrics.expected_pings
    drain: float = 150.0  # seconds after the end to let the processes finish what they owe
    aged: int = 8
    crossing: int = 8
    race: int = 4
    poll_seconds: float = 1.0
    window: float = 0.55  # share of the duration over which mail arrives
    extra_env: dict[str, str] = field(default_factory=dict)

    @classmethod
    def reduced(cls, **kw: Any) -> TrialConfig:
        return cls(**kw)

    @classmethod
    def full(cls, **kw: Any) -> TrialConfig:
        values: dict[str, Any] = dict(
            mode="full",
            messages=2000,
            duration=2700.0,
            window=0.8,
            drain=600.0,
            workers=2,
            aged=20,
            crossing=24,
            race=12,
        )
        values.update(kw)
        return cls(**values)


@dataclass
class Fault:
    at: float  # fraction of the duration
    what: str
    run: Callable[[], None]
    until: float | None = None  # fraction; for the chart's shading


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


def can_restart_postgres() -> str | None:
    """None when this machine lets the trial restart PostgreSQL, else why not."""
    if os.geteuid() != 0:
        return "not root: PostgreSQL restart skipped"
    if shutil.which("pg_ctlcluster") is None or not Path("/etc/postgresql").is_dir():
        return "no pg_ctlcluster: PostgreSQL restart skipped"
    return None


def restart_postgres() -> None:
    versions = sorted(p.name for p in Path("/etc/postgresql").iterdir())
    subprocess.run(
        ["pg_ctlcluster", "--skip-systemctl-redirect", versions[-1], "main", "restart"],
        check=True,
        capture_output=True,
        timeout=60,
    )


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
        self.world = World()
        self.procs: list[Proc] = []
        self.dropped: dict[str, float] = {}
        self.fault_log: list[dict[str, Any]] = []
        self.skipped_faults: list[str] = []
        self.planned_down: set[str] = set()  # killed on purpose, not to be restarted yet
        self.unplanned: list[str] = []
        self.planned_ids: set[str] = set()
        self.blind: list[tuple[float, float]] = []  # no sweep is sure to run in these
        self.drain_left: int | None = None
        self.start = 0.0

    # environment of every process
    def env(self, port: int | None = None) -> dict[str, str]:
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(self.work),
            "LANG": "C.UTF-8",
            "PYTHONUNBUFFERED": "1",
            "PYTHONPATH": str(REPO),
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
            **self.world.env(),
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

    def _mark(self, what: str, until: float | None = None) -> None:
        entry: dict[str, Any] = {"at": round(time.time() - self.start, 1), "what": what}
        if until is not None:
            entry["until"] = round(until, 1)
        self.fault_log.append(entry)
        print(f"  [{entry['at']:7.1f} s] fault: {what}", flush=True)

    def faults(self) -> list[Fault]:
        d = self.config.duration
        w = self.world

        def period(
            start: float, stop: float, begin: Callable[[], None], end: Callable[[], None], what: str
        ) -> list[Fault]:
            def on() -> None:
                begin()
                self._mark(what, stop * d)

            def off() -> None:
                end()
                self._mark("end: " + what)

            return [Fault(start, what, on, until=stop), Fault(stop, "end: " + what, off)]

        def kill(name: str, then_restart_after: float | None) -> Callable[[], None]:
            def run() -> None:
                proc = self.proc(name)
                self.planned_down.add(name)
                began = time.time()
                proc.kill()
                self._mark(f"SIGKILL {name} (exit {proc.exits[-1]})")
                if then_restart_after is not None:
                    time.sleep(then_restart_after)
                    self._restart(name)
                if name.startswith("worker"):
                    self.blind.append((began, time.time() + self.config.sweep_margin))

            return run

        out: list[Fault] = []
        out += period(
            0.08,
            0.30,
            lambda: w.carriers.down("ups", status=503),
            lambda: w.carriers.restore("ups"),
            "UPS API down (503)",
        )
        out += period(
            0.12,
            0.32,
            lambda: w.carriers.down("dhl", status=429, retry_after="30"),
            lambda: w.carriers.restore("dhl"),
            "DHL over quota (429, Retry-After 30)",
        )
        out += period(
            0.34,
            0.40,
            lambda: w.slack.fail_next("chat.postMessage", status=429, retry_after=2, times=10**9),
            w.slack.clear_faults,
            "Slack answers 429 (Retry-After 2) to chat.postMessage",
        )
        out += period(
            0.40,
            0.46,
            lambda: w.slack.fail_next(
                "*", status=500, error="internal_error", retry_after=None, times=10**9
            ),
            w.slack.clear_faults,
            "Slack answers 500 to every call",
        )
        out += period(
            0.48,
            0.58,
            lambda: setattr(w.smtp, "refusing", True),
            lambda: setattr(w.smtp, "refusing", False),
            "SMTP server refuses mail (451)",
        )
        out.append(Fault(0.22, "SIGKILL worker-1", kill("worker-1", 3.0)))
        out.append(Fault(0.62, "SIGKILL worker-1", kill("worker-1", 3.0)))
        out.append(Fault(0.52, "SIGKILL web-2", kill("web-2", None)))
        out.append(Fault(0.78, "restart web-2", lambda: self._restart("web-2")))
        reason = can_restart_postgres() if self.config.restart_postgres else "disabled"
        if reason is None:

            def pg() -> None:
                began = time.time()
                try:
                    restart_postgres()
                finally:
                    self.blind.append((began, time.time() + self.config.sweep_margin))
                self._mark(f"PostgreSQL restarted ({time.time() - began:.1f} s)")

            out.append(Fault(0.68, "restart PostgreSQL", pg))
        else:
            self.skipped_faults.append(f"PostgreSQL restart: {reason}")
        return sorted(out, key=lambda f: f.at)

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
                f"{time.time() - self.start:.1f} s; restarted"
            )
            proc.exits.append(code)
            proc.start()

    def _fault_thread(self, stop: threading.Event) -> None:
        for fault in self.faults():
            wait = self.start + fault.at * self.config.duration - time.time()
            if stop.wait(max(wait, 0)):
                return
            try:
                fault.run()
            except Exception as exc:
                self._mark(f"{fault.what} FAILED: {exc!r}")

    def _pending(self, engine: Engine) -> int | None:
        """Work the processes owe and can do soon: mail to draft, cards, replies, pings.

        A card claimed by a worker that was killed waits out the poster's lease (five
        minutes) before another worker takes it; that wait is not "soon", so it does not
        hold up the end (the report counts those cards as still queued, not lost).
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
        soon = datetime.now(UTC) + timedelta(seconds=45)
        try:
            with engine.connect() as conn:
                return int(conn.execute(query, {"soon": soon}).scalar_one())
        except Exception:
            return None

    def _drain(self, engine: Engine) -> int | None:
        """After the last fault, let the processes finish what they owe (bounded)."""
        deadline = time.time() + self.config.drain
        left = self._pending(engine)
        while time.time() < deadline:
            self._supervise()
            left = self._pending(engine)
            if left == 0 and all(m in self.dropped for m in self.planned_ids):
                break
            time.sleep(1)
        print(f"  [{time.time() - self.start:7.1f} s] drained, work left: {left}", flush=True)
        return left

    def _drop(self, mail: PlannedMail) -> None:
        now = datetime.now(UTC)
        raw = render(mail, sent_at=sent_at_for(mail, now))
        name = f"{int(now.timestamp() * 1e6)}.T{mail.seq:05d}.trial"
        tmp = self.maildir / "tmp" / name
        tmp.write_bytes(raw)
        self.dropped[mail.message_id] = time.time()
        os.rename(tmp, self.maildir / "new" / name)  # atomic: the poller never sees half

    def run(self) -> dict[str, Any]:
        cfg = self.config
        self_check()
        pool = TextPool.load()
        plan = plan_mails(
            count=cfg.messages,
            duration=cfg.duration,
            seed=cfg.seed,
            pool=pool,
            aged=cfg.aged,
            crossing=cfg.crossing,
            race=cfg.race,
            margin=max(3 * cfg.sweep_margin, 60.0),
            window=cfg.window,
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
                port = _free_port()
                argv = [*wismo("serve", "--host", "127.0.0.1", "--port", str(port))]
                self.procs.append(
                    Proc(f"web-{i + 1}", argv, self.env(port), self.logs, port, cwd=self.work)
                )
            worker = worker_argv(cfg)
            for i in range(cfg.workers):
                self.procs.append(
                    Proc(f"worker-{i + 1}", worker, self.env(), self.logs, cwd=self.work)
                )
            for proc in self.procs:
                proc.start()
            for proc in self.procs:
                proc.wait_ready()
            engine = create_engine(self.database_url, pool_pre_ping=True)
            try:
                return self._drive(plan, engine)
            finally:
                for proc in self.procs:
                    proc.stop()
                engine.dispose()

    def _drive(self, plan: list[PlannedMail], engine: Engine) -> dict[str, Any]:
        cfg, w = self.config, self.world
        self.planned_ids = {m.message_id for m in plan}
        self.start = time.time()
        started = datetime.now(UTC).isoformat(timespec="seconds")
        team = Team(w.slack, plan, self.web_urls, SECRET, seed=cfg.seed)
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
            self.start,
        )
        stop = threading.Event()
        faults = threading.Thread(target=self._fault_thread, args=(stop,), daemon=True)
        team.start()
        sampler.begin()
        faults.start()
        try:
            index = 0
            while True:
                elapsed = time.time() - self.start
                while index < len(plan) and plan[index].drop_at <= elapsed:
                    self._drop(plan[index])
                    index += 1
                if elapsed >= cfg.duration:
                    break
                self._supervise()
                time.sleep(0.1)
            self.drain_left = self._drain(engine)
        finally:
            stop.set()
            faults.join(timeout=120)
            team.stop()
            sampler.end()
        for proc in self.procs:
            proc.sample()
        end = time.time()
        for proc in self.procs:  # stop the sweeps first: "end" is when the last could run
            if proc.name.startswith("worker"):
                proc.stop()
        rows = load_messages(engine)
        queued = load_queued_cards(engine)
        escalation_rows = load_escalations(engine)
        figures = analyse(
            plan=plan,
            dropped=self.dropped,
            rows=rows,
            calls=list(w.slack.calls),
            received=w.smtp.snapshot(),
            clicks=list(team.clicks),
            end=end,
            start=self.start,
            margin=cfg.sweep_margin,
            queued=queued,
            escalation_rows=escalation_rows,
            blind=self.blind,
        )
        peaks = {p.name: p.peak for p in self.procs}
        return {
            "mode": cfg.mode,
            "started": started,
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
            "carrier_requests_refused": dict(w.carriers.refused),
            "smtp_refusals": w.smtp.refused,
            "logs": str(self.logs),
            "samples": sampler.samples,
        }


def _outbox_states(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT state, count(*) FROM outbox GROUP BY state")).all()
    return {str(k): int(v) for k, v in rows}


def worker_argv(config: TrialConfig) -> list[str]:
    """``wismo worker`` with the sweep period scaled down like the rest of the week."""
    return wismo("worker", "--sweep-seconds", f"{config.sweep_seconds:g}")


def _free_port() -> int:
    from .procs import free_port

    return free_port()


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
