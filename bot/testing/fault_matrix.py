"""The fault matrix: the database cut at every stage of a buyer message's way, three lengths.

One *cell* is one stage and one cut length.  It runs the whole bot in this process, wired
as in production but driven step by step on a clock the cell advances:

- PostgreSQL (a fresh schema per cell) reached through a :class:`CuttableProxy`; the cut
  resets every connection and refuses new ones for the cut's length on that clock;
- the worker (:class:`bot.worker.Worker`, its own engine): the inbox (folder, Maildir or
  IMAP), drafting, the paced poster, the SLA sweep and the outbox, each run at its
  interval; ``wismo serve`` (its own engine): the real WSGI app over waitress, to which
  an agent sends signed Approve clicks;
- the demo world's fake SP-API and carriers, :class:`FakeSlack`, and an aiosmtpd sink.

The cut starts *inside* its stage: right after the first mail of a poll is stored, as a
drafting run starts, right after Slack took a card or a deadline ping, as the agent
clicks, right after the mail server took a reply.  Afterwards (everything answered, then a
quiet spell longer than every lease and back-off) the cell checks what a seller would:
every mail has exactly one card, every decided reply was sent exactly once (the sink's
count), every due deadline ping fired once, nothing was set aside or demoted to unreadable.

``tests/faults`` runs it in CI; ``bench/fault_matrix.py`` runs the same cells with the
production intervals.
"""

from __future__ import annotations

import contextlib
import email
import imaplib
import re
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from email import policy
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from slack_sdk import WebClient
from sqlalchemy import Engine, create_engine, select, text
from sqlalchemy.engine import make_url

from bot.bootstrap import Wiring, build_wiring
from bot.config import Secret, Settings
from bot.db import create_db_engine, upgrade
from bot.db.models import EscalationRow, MessageRow, OutboxRow, OutboxState
from bot.demo import DemoWorld, demo_world
from bot.demo_data import Manifest, load_manifest
from bot.domain import MessageState
from bot.errors import InboundError
from bot.mail.inbox import InboxSource, RawMail, source_from_url
from bot.services.outbox import UNSETTLED_RETRY_SECONDS
from bot.slack_app import build_app
from bot.testing.db_proxy import CuttableProxy, through
from bot.testing.demo_buyers import (
    buyer_mail,
    buyer_order,
    imap_login,
    imap_problem,
    imap_url,
)
from bot.testing.fake_slack import FakeSlack
from bot.testing.manual_clock import ManualClock
from bot.testing.net import free_port
from bot.testing.slack_requests import SignedSlack, block_action
from bot.testing.wsgi_thread import served
from bot.web import web_app
from bot.worker import Worker

__all__ = [
    "CI",
    "PRODUCTION",
    "STAGES",
    "CellResult",
    "Matrix",
    "Profile",
    "format_matrix",
    "imap_problem",
]

STAGES: dict[str, str] = {
    "folder": "mail arrives (folder)",
    "maildir": "mail arrives (Maildir)",
    "imap": "mail arrives (IMAP)",
    "drafting": "drafting",
    "posting": "posting the card",
    "sweep": "deadline sweep",
    "click": "an agent's click",
    "sending": "sending the reply",
}
JOBS = ("inbox", "draft", "poster", "sla_sweep", "outbox")

CHANNEL = "C0QUEUE"


def _order_id(n: int) -> str:
    return f"113-4021576-20{n:05d}"


def _alias(n: int) -> str:
    return f"fault{n:03d}buyerx7q2w9"


AGENT = "U0AGENT"
SIGNING_SECRET = "fault-matrix-signing-secret"
# Pings 1 and 3 minutes after a mail arrives: the sweep has work in every cell.
THRESHOLDS = (timedelta(hours=23, minutes=59), timedelta(hours=23, minutes=57))


@dataclass(frozen=True, slots=True)
class Profile:
    """How fast the clock runs and how long the cuts are."""

    name: str
    intervals: dict[str, timedelta]  # clock time between two runs of each worker job
    tick: timedelta  # the clock's step
    cuts: tuple[tuple[str, timedelta], ...]
    mails: int = 3
    real_time: bool = False  # sleep through every tick (production pace)
    quiet: timedelta = timedelta(minutes=6)  # after all is answered: past lease and back-offs
    budget: timedelta = timedelta(minutes=50)  # clock time a cell may take before it fails


CI = Profile(
    name="ci",
    intervals={
        "inbox": timedelta(seconds=20),
        "draft": timedelta(seconds=10),
        "poster": timedelta(seconds=10),
        "sla_sweep": timedelta(seconds=10),
        "outbox": timedelta(seconds=10),
    },
    tick=timedelta(seconds=10),
    cuts=(
        ("< 1 poll", timedelta(seconds=10)),  # polls are 20 s apart
        ("> 5 polls", timedelta(seconds=110)),  # six failed polls: one more than five
        ("> leases", timedelta(minutes=16)),  # card lease 5 min, send timeout, back-offs
    ),
)
"""Small intervals, on a clock the cell advances (a cell takes seconds of real time)."""

PRODUCTION = Profile(
    name="production",
    intervals={
        "inbox": timedelta(seconds=30),  # WISMO_INBOX_POLL_SECONDS
        "draft": timedelta(seconds=5),  # bot.worker.Intervals
        "poster": timedelta(seconds=2),
        "sla_sweep": timedelta(seconds=60),
        "outbox": timedelta(seconds=10),
    },
    tick=timedelta(seconds=1),
    cuts=(
        ("30 s", timedelta(seconds=30)),
        ("3 min", timedelta(minutes=3)),
        ("15 min", timedelta(minutes=15)),
    ),
    real_time=True,
)
"""The worker's production intervals and the issue's cut lengths, in real time."""


@dataclass(slots=True)
class CellResult:
    stage: str
    cut: str
    mails: int = 0
    cards: int = 0  # mails with exactly one card
    sent: int = 0  # decided replies sent exactly once
    pings: int = 0  # deadline pings posted (each exactly once)
    problems: list[str] = field(default_factory=list)
    skipped: str = ""
    clock: timedelta = timedelta(0)  # clock time the cell took
    seconds: float = 0.0  # real time

    @property
    def ok(self) -> bool:
        return not self.problems and not self.skipped

    def cell_text(self) -> str:
        if self.skipped:
            return "skipped"
        mark = "ok" if self.ok else "FAIL"
        return f"{self.cards}/{self.sent}/{self.pings} {mark}"


class Cut:
    """Cuts the database once, when its stage's moment comes, for ``length`` of clock."""

    def __init__(self, proxy: CuttableProxy, clock: ManualClock, length: timedelta) -> None:
        self.proxy, self.clock, self.length = proxy, clock, length
        self.at: datetime | None = None
        self.over = False

    def fire(self) -> None:
        if self.at is None:
            self.at = self.clock()
            self.proxy.cut()

    def restore_when_due(self) -> None:
        if self.at is not None and not self.over and self.clock() >= self.at + self.length:
            self.proxy.restore()
            self.over = True

    @property
    def active(self) -> bool:
        return self.at is not None and not self.over


class _SmtpSink:
    """Keeps every accepted reply; calls ``on_data`` as it takes one (before answering)."""

    def __init__(self, on_data: Callable[[], None]) -> None:
        self.received: list[email.message.EmailMessage] = []
        self.on_data = on_data

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.received.append(
            email.message_from_bytes(envelope.original_content, policy=policy.default)
        )
        self.on_data()
        return "250 Message accepted"


class _WatchedSlack(WebClient):
    """The worker's Slack client: says when Slack took a card or a deadline ping."""

    def __init__(self, on_post: Callable[[str], None], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._on_post = on_post

    def chat_postMessage(self, **kwargs: Any) -> Any:
        response = super().chat_postMessage(**kwargs)
        key = ((kwargs.get("metadata") or {}).get("event_payload") or {}).get("key", "")
        self._on_post(str(key))
        return response


@contextlib.contextmanager
def _fresh_schema(base_url: str) -> Iterator[str]:
    schema = f"f_{uuid.uuid4().hex[:16]}"
    admin = create_engine(base_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        url = make_url(base_url).update_query_dict({"options": f"-csearch_path={schema}"})
        rendered = url.render_as_string(hide_password=False)
        migrated = create_db_engine(rendered)
        try:
            upgrade(migrated)
        finally:
            migrated.dispose()
        yield rendered
    finally:
        with admin.connect() as conn:
            conn.execute(text("SET lock_timeout = '10s'"))
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


class _Inbox:
    """Where a cell's mails arrive, and how to tell nothing was set aside there."""

    def __init__(self, kind: str, root: Path) -> None:
        self.kind, self.root = kind, root
        self.folder = f"fault-{uuid.uuid4().hex[:12]}"
        if kind == "maildir":
            for sub in ("new", "cur", "tmp"):
                (root / sub).mkdir(parents=True)
        elif kind == "folder":
            root.mkdir(parents=True)
        else:
            with self._imap() as conn:
                conn.create(self.folder)

    @staticmethod
    def _imap() -> contextlib.AbstractContextManager[imaplib.IMAP4]:
        return imap_login(timeout=5)

    @property
    def url(self) -> str:
        if self.kind == "imap":
            return imap_url(self.folder)
        scheme = "maildir" if self.kind == "maildir" else "dir"
        return f"{scheme}://{self.root}"

    def drop(self, n: int, data: bytes) -> None:
        if self.kind == "folder":
            (self.root / f"{n:03d}.eml").write_bytes(data)
        elif self.kind == "maildir":
            (self.root / "tmp" / f"{n:03d}.fault").write_bytes(data)
            (self.root / "tmp" / f"{n:03d}.fault").rename(self.root / "new" / f"{n:03d}.fault")
        else:
            with self._imap() as conn:
                typ, reply = conn.append(self.folder, None, None, data)
                assert typ == "OK", reply

    def set_aside(self) -> list[str]:
        """Mails the source set aside (what must stay empty)."""
        if self.kind == "folder":
            failed = self.root / "failed"
            return sorted(p.name for p in failed.iterdir()) if failed.exists() else []
        if self.kind == "maildir":
            failed = self.root / ".Failed" / "cur"
            return sorted(p.name for p in failed.iterdir()) if failed.exists() else []
        with self._imap() as conn:
            conn.select(self.folder, readonly=True)
            _, data = conn.uid("SEARCH", "KEYWORD", "$WismoFailed")
            return [f"uid {u.decode()}" for u in (data[0] or b"").split()]

    def close(self) -> None:
        if self.kind == "imap":
            with contextlib.suppress(imaplib.IMAP4.error, OSError), self._imap() as conn:
                conn.delete(self.folder)


class Matrix:
    """Runs cells against the PostgreSQL at ``base_url``; the demo world is started once."""

    def __init__(self, base_url: str, profile: Profile, workdir: Path) -> None:
        self.base_url, self.profile, self.workdir = base_url, profile, workdir
        self.manifest: Manifest = load_manifest()
        self._stack = contextlib.ExitStack()
        self.world: DemoWorld | None = None
        self.results: list[CellResult] = []

    def __enter__(self) -> Matrix:
        self.world = self._stack.enter_context(
            demo_world(
                Settings(),
                database_url="postgresql://unused",
                now=self.manifest.now,
                orders=self.manifest.order_payloads(),
                seller_name=self.manifest.seller_name,
            )
        )
        for n in range(self.profile.mails):
            self.world.amazon.add_order(self._order(n))
        return self

    def __exit__(self, *exc: object) -> None:
        self._stack.close()

    def cells(self) -> list[tuple[str, str, timedelta]]:
        return [(stage, label, length) for stage in STAGES for label, length in self.profile.cuts]

    def run(self, stage: str, label: str, length: timedelta) -> CellResult:
        result = CellResult(stage, label)
        if stage == "imap" and (problem := imap_problem()):
            result.skipped = problem
        else:
            started = time.monotonic()
            try:
                _Cell(self, stage, length, result).run()
            except Exception as exc:  # a cell that breaks is a failed cell, with why
                result.problems.append(f"{type(exc).__name__}: {exc}")
            result.seconds = time.monotonic() - started
        self.results.append(result)
        return result

    def _order(self, n: int) -> dict[str, Any]:
        """Buyer ``n``'s own copy of the demo's in-transit order: a conversation each."""
        return buyer_order(self.manifest, _order_id(n), _alias(n))

    def mail(self, n: int, sent_at: datetime) -> bytes:
        """The demo's in-transit buyer message, as buyer ``n`` sent it at ``sent_at``.

        Each buyer writes about an order of their own: mails of one buyer about one order
        are one conversation, and the matrix counts one card and one reply per mail.
        """
        message_id = f"<fault-{n}-{uuid.uuid4().hex[:10]}@email.amazonses.com>"
        return buyer_mail(
            self.manifest, _order_id(n), _alias(n), sent_at=sent_at, message_id=message_id
        )


class _Cell:
    def __init__(self, matrix: Matrix, stage: str, length: timedelta, result: CellResult):
        self.matrix, self.stage, self.length, self.result = matrix, stage, length, result
        self.profile = matrix.profile
        self.clock = ManualClock(matrix.manifest.now)
        self.message_ids: list[str] = []

    # -- set-up ----------------------------------------------------------------------
    def run(self) -> None:
        assert self.matrix.world is not None
        with contextlib.ExitStack() as stack:
            schema_url = stack.enter_context(_fresh_schema(self.matrix.base_url))
            proxy, bot_url = stack.enter_context(through(schema_url))
            self.cut = Cut(proxy, self.clock, self.length)
            self.observer = create_db_engine(schema_url)  # the test's own eyes: never cut
            stack.callback(self.observer.dispose)
            self.slack = stack.enter_context(FakeSlack())
            self.sink = _SmtpSink(self._mail_taken)
            smtp_port = free_port()
            controller = Controller(self.sink, hostname="127.0.0.1", port=smtp_port)
            controller.start()
            stack.callback(controller.stop)
            root = self.matrix.workdir / f"{self.stage}-{uuid.uuid4().hex[:8]}"
            kind = self.stage if self.stage in {"folder", "maildir", "imap"} else "folder"
            self.inbox = _Inbox(kind, root / "inbox")
            stack.callback(self.inbox.close)
            settings = self._settings(bot_url, smtp_port, root)
            worker_services = self._services(settings, bot_url, stack)
            serve_services = self._services(settings, bot_url, stack)
            # Each process's own memory of sends an outage kept from the database.
            self.unsettled = (worker_services.unsettled, serve_services.unsettled)
            self.worker = Worker(
                worker_services,
                _WatchedSlack(
                    self._slack_took,
                    token="xoxb-test",
                    base_url=self.slack.base_url,
                    retry_handlers=[],
                    timeout=5,
                ),
                poll_inbox=False,
            )
            self.source: InboxSource = source_from_url(
                self.inbox.url,
                state_file=root / "inbox-state.json",
                on_poison=self.worker.record_unreadable,
            )
            stack.callback(self.source.close)
            self.sender = self._serve(serve_services, stack)
            self._drive()
            self._check()

    def _settings(self, url: str, smtp_port: int, root: Path) -> Settings:
        assert self.matrix.world is not None
        base = self.matrix.world.settings
        return replace(
            base,
            database_url=url,
            channel=CHANNEL,
            agents=(AGENT,),
            slack_bot_token=Secret("xoxb-test"),
            slack_signing_secret=Secret(SIGNING_SECRET),
            slack_base_url=self.slack.base_url,
            smtp_url=Secret(f"smtp://127.0.0.1:{smtp_port}"),
            mail_from="Brightwater Support <support@brightwater-home.example>",
            sla_thresholds=THRESHOLDS,
            post_interval_seconds=0.0,
            inbox=self.inbox.url,
        )

    def _services(self, settings: Settings, url: str, stack: contextlib.ExitStack) -> Wiring:
        engine: Engine = create_db_engine(url)
        services = build_wiring(settings, engine=engine, clock=self.clock)
        stack.callback(services.close)
        return services

    def _serve(self, services: Wiring, stack: contextlib.ExitStack) -> SignedSlack:
        client = WebClient(token="xoxb-test", base_url=self.slack.base_url, retry_handlers=[])
        app = build_app(services, client=client, live=client)
        stack.callback(app.listener_runner.listener_executor.shutdown, wait=True)
        port = stack.enter_context(served(web_app(services, app), threads=8))
        sender = SignedSlack(f"http://127.0.0.1:{port}/slack/events", SIGNING_SECRET)
        stack.callback(sender.close)
        return sender

    # -- the stage hooks: where the cut starts -----------------------------------------
    def _mail_taken(self) -> None:
        if self.stage == "sending":
            self.cut.fire()

    def _slack_took(self, key: str) -> None:
        if (self.stage == "posting" and key.startswith("card:")) or (
            self.stage == "sweep" and key.startswith("escalation:")
        ):
            self.cut.fire()

    def _store(self, mail: RawMail) -> None:
        self.worker.store_mail(mail)
        if self.stage in {"folder", "maildir", "imap"}:
            self.cut.fire()  # the rest of this poll meets the outage

    # -- the driver ------------------------------------------------------------------
    def _drive(self) -> None:
        profile = self.profile
        start = self.clock()
        for n in range(profile.mails):
            raw = self.matrix.mail(n, start)
            self.message_ids.append(_message_id(raw))
            self.inbox.drop(n, raw)
        next_run = dict.fromkeys(JOBS, start)
        done_at: datetime | None = None
        while True:
            now = self.clock()
            self.cut.restore_when_due()
            if not self.cut.active:
                self._let_unsettled_settle()
            for job in JOBS:
                if now >= next_run[job]:
                    self._run(job)
                    next_run[job] = now + profile.intervals[job]
            if self._pings_done():
                self._agent_clicks()
            if done_at is None and not self.cut.active and self._all_answered():
                done_at = now
            if done_at is not None and now >= done_at + profile.quiet:
                break
            if now - start > profile.budget:
                self.result.problems.append(
                    f"not all answered after {profile.budget} of clock: {self._progress()}"
                )
                break
            if profile.real_time:
                time.sleep(profile.tick.total_seconds())
            self.clock.advance(profile.tick)
        self.result.clock = self.clock() - start

    def _let_unsettled_settle(self) -> None:
        """Sends a process could not record during the cut are recorded by its background
        thread every few REAL seconds; the cell's clock runs hundreds of times faster, so it
        waits here (real time, bounded) as the real clock would, instead of racing past the
        stuck timeout under a busy CPU."""
        deadline = time.monotonic() + 3 * UNSETTLED_RETRY_SECONDS
        while any(len(u) for u in self.unsettled) and time.monotonic() < deadline:
            time.sleep(0.05)

    def _run(self, job: str) -> None:
        if job == "inbox":
            with contextlib.suppress(InboundError):  # the poller logs it and polls again
                self.source.poll(self._store)
            return
        if job == "draft" and self.stage == "drafting" and self._count(MessageState.RECEIVED):
            self.cut.fire()  # the drafting run meets the outage
        self.worker.jobs[job]()

    def _count(self, *states: MessageState) -> int:
        with self.observer.connect() as conn:
            return len(
                conn.execute(select(MessageRow.id).where(MessageRow.state.in_(states))).all()
            )

    def _pings_done(self) -> bool:
        """Every mail carded and both its deadline pings fired: the agent now decides."""
        with self.observer.connect() as conn:
            rows = conn.execute(select(MessageRow.id, MessageRow.slack_ts)).all()
            fired = conn.execute(
                select(EscalationRow.message_pk).where(EscalationRow.posted_at.is_not(None))
            ).all()
        per_message = Counter(pk for (pk,) in fired)
        return len(rows) == self.profile.mails and all(
            ts and per_message[pk] >= len(THRESHOLDS) for pk, ts in rows
        )

    def _agent_clicks(self) -> None:
        """The agent presses Approve on every card that still offers it (again after a
        "try again" note), and waits for the bot's answer, as a person would."""
        with self.observer.connect() as conn:
            cards = conn.execute(
                select(MessageRow.id, MessageRow.slack_ts).where(
                    MessageRow.state == MessageState.CARDED
                )
            ).all()
        for pk, ts in cards:
            if not ts:
                continue
            card = self.slack.messages.get((CHANNEL, ts)) or {}
            if "wismo.approve" not in str(card.get("blocks")):
                continue
            if self.stage == "click":
                self.cut.fire()
            before = len(self.slack.calls)
            payload = block_action(
                "wismo.approve",
                str(pk),
                user=AGENT,
                channel=CHANNEL,
                ts=ts,
                trigger_id=f"t-{uuid.uuid4().hex[:8]}",
            )
            response = self.sender.interactive(payload)
            assert response.status_code == 200, response.text
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline and not any(
                c.method in {"chat.update", "chat.postEphemeral"} for c in self.slack.calls[before:]
            ):
                time.sleep(0.01)

    def _all_answered(self) -> bool:
        with self.observer.connect() as conn:
            states = [s for (s,) in conn.execute(select(MessageRow.state)).all()]
        return len(states) == self.profile.mails and all(s is MessageState.ANSWERED for s in states)

    def _progress(self) -> str:
        with self.observer.connect() as conn:
            states = Counter(s.value for (s,) in conn.execute(select(MessageRow.state)).all())
            outbox = Counter(s.value for (s,) in conn.execute(select(OutboxRow.state)).all())
        return f"messages {dict(states)}, outbox {dict(outbox)}"

    # -- what must hold ----------------------------------------------------------------
    def _check(self) -> None:
        result, problems = self.result, self.result.problems
        result.mails = self.profile.mails
        posts = Counter(
            _key(call.args)
            for call in self.slack.calls_to("chat.postMessage")
            if call.response.get("ok")
        )
        with self.observer.connect() as conn:
            messages = conn.execute(
                select(MessageRow.id, MessageRow.message_id, MessageRow.state)
            ).all()
            escalations = conn.execute(
                select(EscalationRow.id, EscalationRow.slack_ts, EscalationRow.posted_at)
            ).all()
            outbox = conn.execute(select(OutboxRow.message_pk, OutboxRow.state)).all()
        stored = sorted(mid for _, mid, _ in messages)
        if stored != sorted(self.message_ids):
            problems.append(f"{len(stored)} messages stored for {len(self.message_ids)} mails")
        cards = [posts[f"card:{pk}"] for pk, _, _ in messages]
        result.cards = cards.count(1)
        if any(n != 1 for n in cards):
            problems.append(f"cards per mail {cards}")
        replies = Counter(str(m["In-Reply-To"]) for m in self.sink.received)
        result.sent = sum(1 for mid in self.message_ids if replies[mid] == 1)
        if sorted(replies.values()) != [1] * len(self.message_ids) or set(replies) != set(
            self.message_ids
        ):
            problems.append(f"replies per mail {dict(replies)}")
        if any(state is not OutboxState.SENT for _, state in outbox):
            problems.append(f"outbox {[s.value for _, s in outbox]}")
        pinged = [posts[f"escalation:{pk}"] for pk, ts, _ in escalations if ts]
        extra = [k for k, n in posts.items() if k.startswith("escalation:") and n > 1]
        result.pings = pinged.count(1)
        if any(n != 1 for n in pinged) or extra or any(at is None for *_, at in escalations):
            problems.append(f"pings {pinged}, unfired {sum(at is None for *_, at in escalations)}")
        if len(escalations) != len(THRESHOLDS) * len(messages):
            problems.append(f"{len(escalations)} escalations for {len(messages)} mails")
        unreadable = [pk for pk, _, state in messages if state is MessageState.MALFORMED]
        if unreadable:
            problems.append(f"demoted to unreadable: {unreadable}")
        aside = self.inbox.set_aside()
        if aside:
            problems.append(f"set aside: {aside}")
        unsettled = sum(len(u) for u in self.unsettled)
        if unsettled:
            problems.append(f"{unsettled} sends never recorded")
        if self.cut.at is None:
            problems.append("the cut never happened: the stage's hook did not fire")
        if self.stage == "click":
            notes = [str(c.args.get("text")) for c in self.slack.calls_to("chat.postEphemeral")]
            if not any("Try again in a minute" in note for note in notes):
                problems.append(f"the click during the outage got no 'try again' note: {notes}")


def _message_id(raw: bytes) -> str:
    found = re.search(rb"^Message-ID: (.+?)\r?$", raw, re.M)
    assert found is not None
    return found.group(1).decode()


def _key(args: dict[str, Any]) -> str:
    meta = args.get("metadata") or {}
    if isinstance(meta, str):
        import json

        meta = json.loads(meta)
    return str((meta.get("event_payload") or {}).get("key", ""))


def format_matrix(results: list[CellResult], profile: Profile) -> str:
    """The matrix as printed: a row per stage, a column per cut length."""
    labels = [label for label, _ in profile.cuts]
    by_cell = {(r.stage, r.cut): r for r in results}
    width = max(len(t) for t in STAGES.values())
    head = f"{'stage':<{width}}  " + "  ".join(f"{label:>16}" for label in labels)
    lines = [
        f"Fault matrix ({profile.name}): database cut through a TCP proxy",
        "cell: mails with one card / replies sent once / deadline pings posted once",
        head,
        "-" * len(head),
    ]
    for stage, title in STAGES.items():
        cells = []
        for label in labels:
            found = by_cell.get((stage, label))
            cells.append(f"{found.cell_text() if found else '-':>16}")
        lines.append(f"{title:<{width}}  " + "  ".join(cells))
    failed = [r for r in results if r.problems]
    skipped = {r.skipped for r in results if r.skipped}
    total = sum(r.seconds for r in results)
    lines.append(
        f"{sum(r.ok for r in results)} cells ok, {len(failed)} failed, "
        f"{sum(bool(r.skipped) for r in results)} skipped; {total:.1f} s"
    )
    lines += [f"skipped: {why}" for why in sorted(skipped)]
    lines += [f"FAIL {r.stage} / {r.cut}: {'; '.join(r.problems)}" for r in failed]
    return "\n".join(lines)
