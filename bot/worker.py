"""``wismo worker``: the background jobs, safe to run as several replicas.

One APScheduler 3.x ``BackgroundScheduler`` per process with a memory job store (a job
store cannot be shared between processes; the database claims make replicas safe, not
the scheduler).  Every job is coalesced and runs one instance at a time:

==============  =====================  ===============================================
job             when                   does
==============  =====================  ===============================================
``draft``       every 5 s              enrich and draft stored messages (pipeline)
``poster``      every 2 s              post queued cards, card updates and summaries,
                                       paced per channel
``outbox``      every 10 s             send approved replies; report stuck ones
``sla_sweep``   every 60 s             deadline pings (:mod:`bot.jobs.sla`); shortens
                                       autopilot holds as the deadline nears
``autopilot``   every 5 s              send replies whose autopilot hold ran out
                                       (:mod:`bot.services.autopilot`; only when
                                       ``WISMO_AUTOPILOT`` lists scenarios)
``summary``     daily, summary time    queue the daily summary (:mod:`bot.jobs.summary`)
``retention``   daily, 03:30 UTC       purge expired personal data (:mod:`bot.jobs.retention`)
==============  =====================  ===============================================

The inbox (``WISMO_INBOX``) is polled by its own thread (:func:`bot.mail.inbox.run_poller`,
which backs off while the mailbox is down); an IMAP inbox waits in IDLE between polls, so a
new mail is fetched as the server announces it.  Every stored mail wakes the ``push``
thread, which drafts and posts at once instead of on the next tick (so does a drafting run
that drafted something, for mail the webhook stored).  Each job holds a lock of its own
while it runs, so a pushed run and a scheduled one take turns.  SIGTERM or SIGINT stops
the poller and the scheduler, letting running jobs finish; a worker killed harder loses
nothing, because every job claims its work in the database first.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, time
from functools import partial
from pathlib import Path
from types import FrameType
from typing import Any

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from bot import logs, metrics
from bot.bootstrap import Wiring, describe, metrics_collectors, wiring_from_env
from bot.clock import clock_speed, on_clock
from bot.config import Settings
from bot.domain import DEFAULT_ACCOUNT
from bot.errors import ConfigError, DatabaseUnavailable, WismoError
from bot.jobs.poster import enqueue_card_update, post_due
from bot.jobs.retention import purge_expired
from bot.jobs.sla import SweepConfig, Sweeper
from bot.jobs.summary import queue_summary
from bot.mail.inbox import InboxSource, RawMail, run_poller, source_from_settings, source_from_url
from bot.mail.inbox.from_settings import DEFAULT_STATE_FILE
from bot.services import autopilot
from bot.services.ingest import store_inbound
from bot.services.outbox import StuckReply, deliver_due, in_doubt_after, report_stuck
from bot.services.pipeline import draft_pending, process_raw
from bot.slack.notices import stuck_reply_notice
from bot.slack.writer import Pacer, SlackWriter

__all__ = ["Intervals", "Worker", "main"]

log = logging.getLogger("wismo.worker")

RETENTION_AT = time(3, 30)


@dataclass(frozen=True, slots=True)
class Intervals:
    """Seconds between two runs of each interval job."""

    draft: float = 5.0
    poster: float = 2.0
    outbox: float = 10.0
    sla_sweep: float = 60.0
    autopilot: float = 5.0


class Worker:
    """The scheduler and the inbox thread of one worker process."""

    def __init__(
        self,
        services: Wiring,
        slack: Any,
        *,
        intervals: Intervals = Intervals(),
        poll_inbox: bool = True,
        inbox_state: Path = DEFAULT_STATE_FILE,
    ) -> None:
        self.services = services
        # One writer for every job of the process: one pace per channel for them all.
        self.slack = SlackWriter(slack, pacer=Pacer(services.settings.post_interval_seconds))
        self.clock: Callable[[], datetime] = services.clock
        self.intervals = intervals
        self.stopping = threading.Event()
        self.sweeper = Sweeper(
            services.uow_factory,
            self.slack,
            config=SweepConfig.from_settings(services.settings),
            policy=services.policy,
        )
        self.scheduler = BackgroundScheduler(
            timezone="UTC",
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 60},
        )
        self._inbox_threads: list[threading.Thread] = []
        self._push_thread: threading.Thread | None = None
        self._stored = threading.Event()  # set when a mail was stored: draft and post now
        self._running: dict[str, threading.Lock] = {}
        self._poll_inbox = poll_inbox and any(a.inboxes for a in services.settings.accounts)
        self._inbox_state = inbox_state
        self.jobs: dict[str, Callable[[], None]] = {}
        """Every scheduled job by id, as the scheduler runs it (outages logged, not raised)."""
        self._add_jobs()

    # -- jobs --------------------------------------------------------------------
    def _add_jobs(self) -> None:
        settings = self.services.settings
        every = self.intervals
        jobs: list[tuple[str, Callable[[], None], Any]] = [
            ("draft", self.draft, IntervalTrigger(seconds=every.draft)),
            ("poster", self.post, IntervalTrigger(seconds=every.poster)),
            ("sla_sweep", self.sweep, IntervalTrigger(seconds=every.sla_sweep)),
            (
                "retention",
                self.retention,
                CronTrigger(hour=RETENTION_AT.hour, minute=RETENTION_AT.minute),
            ),
        ]
        unsent = [a.id for a in settings.accounts if self.services.mailer_for(a.id) is None]
        if len(unsent) < len(settings.accounts):
            jobs.append(("outbox", self.outbox, IntervalTrigger(seconds=every.outbox)))
        if unsent:
            log.warning(
                "no SMTP for account(s) %s: their approved replies wait in the outbox",
                ", ".join(unsent),
            )
        if settings.autopilot_scenarios:
            jobs.append(("autopilot", self.send_held, IntervalTrigger(seconds=every.autopilot)))
        if any(a.report_channel for a in settings.accounts):
            at = settings.summary_time
            jobs.append(("summary", self.summary, CronTrigger(hour=at.hour, minute=at.minute)))
        for job_id, func, trigger in jobs:
            # A daily job may run an hour late (worker restarted at that minute).
            grace = 3600 if isinstance(trigger, CronTrigger) else None
            extra = {"misfire_grace_time": grace} if grace else {}
            self.jobs[job_id] = self._waiting_out_outages(job_id, func)
            self.scheduler.add_job(
                self.jobs[job_id],
                trigger,
                id=job_id,
                name=job_id,
                replace_existing=True,
                **extra,
            )

    def _waiting_out_outages(self, job_id: str, func: Callable[[], None]) -> Callable[[], None]:
        """``func``, one run at a time, with a database outage logged in one line: every
        job left its work where a later run finds it, so the next run after the outage
        carries on."""
        lock = self._running.setdefault(job_id, threading.Lock())

        def run() -> None:
            try:
                with lock:
                    func()
            except DatabaseUnavailable as exc:
                log.warning(
                    "%s: waiting for the database (%s); the next run carries on", job_id, exc
                )

        run.__name__ = job_id
        return run

    def draft(self) -> None:
        run = draft_pending(self.services, now=self.clock())
        if run.drafted or run.failed:
            log.info("drafted %d message(s), %d failed", len(run.drafted), len(run.failed))
        if run.drafted and threading.current_thread() is not self._push_thread:
            self._stored.set()  # webhook mail drafted on the tick: its card goes out now
        for pk, why in run.failed:
            log.warning("message %s not drafted, retried later: %s", pk, why)

    def post(self) -> None:
        counts = post_due(self.services, self.slack, now=self.clock())
        if counts.posted or counts.retrying or counts.failed:
            log.info(
                "Slack posts: %d posted, %d waiting to retry, %d refused",
                counts.posted,
                counts.retrying,
                counts.failed,
            )

    def outbox(self) -> None:
        """Each account's due replies through that account's own mail server and From."""
        now = self.clock()
        for account in self.services.settings.accounts:
            mailer = self.services.mailer_for(account.id)
            if mailer is None:
                continue
            counts = deliver_due(
                self.services.uow_factory,
                mailer,
                now=now,
                speed=clock_speed(self.clock),
                sending_timeout=in_doubt_after(self.services.settings.smtp_timeout_seconds),
                unsettled=self.services.unsettled,
                account=account.id,
            )
            if counts.sent or counts.retrying or counts.failed or counts.stuck:
                log.info(
                    "replies of %s: %d sent, %d retrying, %d failed, %d stuck",
                    account.id,
                    counts.sent,
                    counts.retrying,
                    counts.failed,
                    counts.stuck,
                )
        report_stuck(self.services.uow_factory, self._notify_stuck, now=now)

    def _notify_stuck(self, reply: StuckReply) -> None:
        """Tell the channel, in the card's thread, and turn the card into the two choices."""
        with self.services.uow_factory() as uow:
            row = uow.messages.get(reply.message_pk)
            where = (row.slack_channel, row.slack_ts) if row is not None else (None, None)
            account = self.services.settings.account(row.account) if row is not None else None
        channel = where[0] or (account.channel if account is not None else "")
        if not channel:
            raise ConfigError(["WISMO_CHANNEL: needed to report a reply stuck in the outbox"])
        notice = stuck_reply_notice(reply.message_pk, reply.mail_message_id, on_card=bool(where[1]))
        self.slack.post(channel, notice, thread_ts=where[1], broadcast=True)
        with self.services.uow_factory() as uow:
            enqueue_card_update(uow, reply.message_pk, now=self.clock())
            uow.commit()

    def sweep(self) -> None:
        now = self.clock()
        self.sweeper(now)
        if self.services.settings.autopilot_scenarios:
            autopilot.shorten_holds(self.services, now=now)

    def send_held(self) -> None:
        counts = autopilot.send_due(self.services, now=self.clock())
        if counts.sent or counts.refused or counts.cancelled:
            log.info(
                "autopilot: %d sent, %d refused at the send, %d decided by an agent first",
                counts.sent,
                counts.refused,
                counts.cancelled,
            )

    def summary(self) -> None:
        """One summary per seller account, of its messages only, in its own channel."""
        now = self.clock()
        several = len(self.services.settings.accounts) > 1
        for account in self.services.settings.accounts:
            if not account.report_channel:
                continue
            if queue_summary(
                self.services.uow_factory,
                now=now,
                channel=account.report_channel,
                account=account.id,
                title=account.seller_name if several else None,
            ):
                log.info("daily summary of %s queued for %s", account.id, account.report_channel)

    def retention(self) -> None:
        purge_expired(
            self.services.uow_factory,
            now=self.clock(),
            retention_days=self.services.settings.retention_days,
        )

    # -- inbox -------------------------------------------------------------------
    def _arrived(self, mail: RawMail) -> datetime:
        """When the mailbox got ``mail`` (it may have waited there), never in the future."""
        now = self.clock()
        if mail.received_at is None:
            return now
        return min(on_clock(self.clock, mail.received_at), now)

    def store_mail(self, mail: RawMail, account: str = DEFAULT_ACCOUNT) -> None:
        """What an inbox of ``account`` hands each mail to: parse and store it (once,
        however often), as that account's."""
        process_raw(self.services, mail.data, arrived_at=self._arrived(mail), account=account)
        self._stored.set()

    def record_unreadable(self, mail: RawMail, reason: str, account: str = DEFAULT_ACCOUNT) -> None:
        """A mail that keeps failing is stored as unreadable, with its bytes, for a human.

        Raises when that fails too: :class:`~bot.errors.DatabaseUnavailable` leaves the
        mail in the mailbox for the next poll; anything else has the source set it aside.
        """
        store_inbound(
            self.services.uow_factory,
            mail.data,
            None,
            arrived_at=self._arrived(mail),
            problem=f"could not be read as a buyer message: {reason}",
            account=account,
        )

    def open_inbox(self) -> InboxSource:
        """The source ``WISMO_INBOX`` names, reporting what keeps failing as unreadable."""
        return source_from_settings(
            self.services.settings, state_file=self._inbox_state, on_poison=self.record_unreadable
        )

    def open_inboxes(self) -> list[tuple[str, InboxSource]]:
        """Every inbox of every account, each with the account its mail belongs to."""
        settings = self.services.settings
        if not settings.account_list:
            return [(settings.accounts[0].id, self.open_inbox())] if settings.inbox else []
        sources = []
        for account in settings.accounts:
            for n, url in enumerate(account.inboxes):
                base = self._inbox_state
                state = base.with_name(f"{base.stem}.{account.id}.{n}{base.suffix}")
                source = source_from_url(
                    url,
                    state_file=state,
                    on_poison=partial(self._unreadable_of, account.id),
                    idle=settings.imap_idle,
                    idle_renew=settings.imap_idle_renew.total_seconds(),
                )
                sources.append((account.id, source))
        return sources

    def _unreadable_of(self, account: str, mail: RawMail, reason: str) -> None:
        self.record_unreadable(mail, reason, account)

    def _run_inbox(self, account: str, source: InboxSource) -> None:
        run_poller(
            source,
            partial(self.store_mail, account=account),
            interval=self.services.settings.inbox_poll_seconds,
            stop_event=self.stopping,
            log=log,
        )

    def _run_push(self) -> None:
        """Draft and post as soon as mail is stored, not on the next tick."""
        while not self.stopping.is_set():
            if not self._stored.wait(timeout=1.0):
                continue
            self._stored.clear()
            for job_id in ("draft", "poster"):
                if self.stopping.is_set():
                    return
                try:
                    self.jobs[job_id]()
                except Exception:
                    log.exception("%s, woken by new mail, failed; its next run retries", job_id)

    # -- lifecycle ---------------------------------------------------------------
    def start(self) -> None:
        self.scheduler.start()
        self._push_thread = threading.Thread(target=self._run_push, name="wismo-push", daemon=True)
        self._push_thread.start()
        if self._poll_inbox:
            for n, (account, source) in enumerate(self.open_inboxes()):
                thread = threading.Thread(
                    target=self._run_inbox,
                    args=(account, source),
                    name="wismo-inbox" if n == 0 else f"wismo-inbox-{n}",
                    daemon=True,
                )
                self._inbox_threads.append(thread)
                thread.start()
        jobs = ", ".join(job.id for job in self.scheduler.get_jobs())
        log.info("worker started: jobs %s; inbox %s", jobs, "polled" if self._poll_inbox else "off")

    def stop(self, *, wait: bool = True) -> None:
        """Stop taking new work; with ``wait``, let running jobs finish."""
        self.stopping.set()
        if self.scheduler.running:
            self.scheduler.shutdown(wait=wait)
        for thread in (*self._inbox_threads, self._push_thread):
            if thread is not None:
                thread.join(timeout=30 if wait else 0)
        log.info("worker stopped")


def _still_running(record: logging.LogRecord) -> bool:
    """Drop "skipped: maximum number of running instances": a long run is not a fault."""
    return "maximum number of running instances" not in record.getMessage()


def _problems(settings: Settings) -> list[str]:
    found = []
    if not settings.slack_bot_token:
        found.append("SLACK_BOT_TOKEN: set the bot token (xoxb-...) from the app's OAuth page")
    if not all(a.channel for a in settings.accounts):
        found.append("WISMO_CHANNEL: set the id of the queue channel (C...)")
    return found


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="wismo worker",
        description="Run the background jobs: inbox, drafting, card poster, outbox, "
        "deadline sweep, daily summary and retention. Several replicas may run.",
    )
    defaults = Intervals()
    for job in ("draft", "poster", "outbox", "sla_sweep", "autopilot"):
        flag = "--" + job.replace("sla_", "").replace("_", "-") + "-seconds"
        default = getattr(defaults, job)
        parser.add_argument(
            flag,
            dest=job,
            type=float,
            default=default,
            metavar="SECONDS",
            help=f"between two runs of the {job} job (default {default:g})",
        )
    args = parser.parse_args(list(argv))
    intervals = Intervals(
        draft=args.draft,
        poster=args.poster,
        outbox=args.outbox,
        sla_sweep=args.sla_sweep,
        autopilot=args.autopilot,
    )
    if min(intervals.draft, intervals.poster, intervals.outbox, intervals.sla_sweep,
           intervals.autopilot) <= 0:  # fmt: skip
        parser.error("intervals must be positive")
    logs.configure(logging.INFO, logs.format_in(os.environ))
    logging.getLogger("apscheduler.executors.default").setLevel(logging.WARNING)
    logging.getLogger("apscheduler.scheduler").addFilter(_still_running)
    try:
        settings, services = wiring_from_env(os.environ, _problems)
    except WismoError as exc:
        print(f"wismo worker: {exc}", file=sys.stderr)
        return 2 if isinstance(exc, ConfigError) else 1

    from bot.slack.client import background_client

    stop = threading.Event()

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        log.info("%s received: finishing running jobs", signal.Signals(signum).name)
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    worker = Worker(
        services,
        background_client(settings),
        intervals=intervals,
    )
    try:
        log.info("connected: %s", dict(describe(services)))
        if settings.metrics_port:
            metrics.serve(settings.metrics_port, metrics_collectors(services))
            log.info("metrics at http://0.0.0.0:%d/metrics", settings.metrics_port)
        worker.start()
        while not stop.wait(timeout=3600):
            pass
    finally:
        worker.stop(wait=True)
        services.close()
    return 0
