"""Mail appended to an IMAP folder, timed until its card reaches the fake Slack.

The whole worker runs in this process as ``wismo worker`` does (:class:`bot.worker.Worker`,
its scheduler, its inbox thread and its push thread) against the CI Dovecot
(127.0.0.1:10143, a folder of its own, deleted afterwards), the demo world's fake SP-API
and carriers, and :class:`FakeSlack`.  Each mail is buyer ``n``'s own message about an
order of their own, so each makes one card, found at the fake Slack by its order id.

The latency of a mail is from just before its APPEND to the moment the fake Slack
answered the ``chat.postMessage`` of its card (both wall-clock ``time.time()``).
``tests/e2e/test_push_intake.py`` and ``bench/push_intake_bench.py`` run it.
"""

from __future__ import annotations

import contextlib
import imaplib
import json
import re
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import timedelta
from pathlib import Path
from typing import Any

from slack_sdk import WebClient

from bot.bootstrap import build_wiring
from bot.config import Secret, Settings
from bot.db import create_db_engine, upgrade
from bot.demo import demo_world
from bot.demo_data import Manifest, load_manifest
from bot.mail.inbox.imap import encode_folder_name
from bot.services.stats import percentile
from bot.testing.demo_buyers import (
    IMAP,
    buyer_mail,
    buyer_order,
    imap_login,
    imap_problem,
    imap_url,
)
from bot.testing.fake_slack import Call, FakeSlack
from bot.worker import Intervals, Worker

__all__ = ["IMAP", "PushResult", "imap_problem", "run_push_intake"]

CHANNEL = "C0QUEUE"


@dataclass
class PushResult:
    """What a run measured: seconds from APPEND to card, by mail number."""

    mode: str
    mails: int
    latencies: dict[int, float] = field(default_factory=dict)

    @property
    def missing(self) -> list[int]:
        return [n for n in range(self.mails) if n not in self.latencies]

    def figures(self) -> dict[str, float]:
        values = list(self.latencies.values())
        if not values:
            return dict.fromkeys(("p50", "p99", "max"), float("nan"))
        return {
            "p50": percentile(values, 0.5),
            "p99": percentile(values, 0.99),
            "max": max(values),
        }


def _order_id(n: int) -> str:
    return f"113-4021576-30{n:05d}"


def _alias(n: int) -> str:
    return f"push{n:04d}buyerq7w9"


def _order(manifest: Manifest, n: int) -> dict[str, Any]:
    return buyer_order(manifest, _order_id(n), _alias(n))


def _mail(manifest: Manifest, n: int) -> bytes:
    message_id = f"<push-{n}-{uuid.uuid4().hex[:10]}@email.amazonses.com>"
    sent_at = manifest.now - timedelta(minutes=1)
    return buyer_mail(manifest, _order_id(n), _alias(n), sent_at=sent_at, message_id=message_id)


@contextlib.contextmanager
def _folder(prefix: str) -> Iterator[str]:
    name = f"{prefix}-{uuid.uuid4().hex[:12]}"
    with imap_login(timeout=10) as conn:
        typ, data = conn.create(encode_folder_name(name))
        assert typ == "OK", data
    try:
        yield name
    finally:
        with contextlib.suppress(imaplib.IMAP4.error, OSError), imap_login(timeout=10) as conn:
            conn.delete(encode_folder_name(name))


def _card_orders(calls: list[Call]) -> Iterator[tuple[str, float]]:
    for call in calls:
        blob = json.dumps(call.args)
        for found in re.finditer(r"113-4021576-30(\d{5})", blob):
            yield found.group(0), call.at
            break


def run_push_intake(
    *,
    mails: int,
    every: float,
    idle: bool,
    poll_seconds: float,
    database_url: str | None = None,
    post_interval: float = 1.1,
    intervals: Intervals | None = None,
    settle: float = 60.0,
    folder_prefix: str = "push-intake",
) -> PushResult:
    """Append ``mails`` mails, one every ``every`` seconds, to a fresh folder the worker
    reads (IDLE on or off), and time each until its card is at the fake Slack.

    Waits at most ``settle`` seconds after the last append for the last cards.
    ``database_url`` defaults to a SQLite file in a temporary folder.
    """
    manifest = load_manifest()
    result = PushResult("IDLE" if idle else "poll", mails)
    with contextlib.ExitStack() as stack:
        tmp = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="wismo-push-")))
        url = database_url or f"sqlite:///{tmp / 'push.db'}"
        world = stack.enter_context(
            demo_world(
                Settings(),
                database_url=url,
                now=manifest.now,
                orders=[_order(manifest, n) for n in range(mails)],
                seller_name=manifest.seller_name,
            )
        )
        slack = stack.enter_context(FakeSlack())
        folder = stack.enter_context(_folder(folder_prefix))
        settings = replace(
            world.settings,
            channel=CHANNEL,
            slack_bot_token=Secret("xoxb-test"),
            slack_base_url=slack.base_url,
            inbox=imap_url(folder),
            inbox_poll_seconds=poll_seconds,
            imap_idle=idle,
            post_interval_seconds=post_interval,
        )
        engine = create_db_engine(url)
        stack.callback(engine.dispose)
        upgrade(engine)
        services = build_wiring(settings, engine=engine, clock=world.clock)
        stack.callback(services.close)
        client = WebClient(token="xoxb-test", base_url=slack.base_url, retry_handlers=[])
        worker = Worker(
            services, client, intervals=intervals or Intervals(), inbox_state=tmp / "state.json"
        )
        worker.start()
        stack.callback(worker.stop)
        time.sleep(1.0)  # the inbox thread connects and starts waiting

        appended: dict[str, tuple[int, float]] = {}
        done = threading.Event()

        def append_all() -> None:
            with imap_login(timeout=10) as conn:
                quoted = encode_folder_name(folder)
                start = time.monotonic()
                for n in range(mails):
                    delay = start + n * every - time.monotonic()
                    if delay > 0:
                        time.sleep(delay)
                    data = _mail(manifest, n)
                    appended[_order_id(n)] = (n, time.time())
                    typ, reply = conn.append(quoted, None, None, data)
                    assert typ == "OK", reply
            done.set()

        appender = threading.Thread(target=append_all, name="push-appender", daemon=True)
        appender.start()
        seen = 0
        deadline: float | None = None
        while len(result.latencies) < mails:
            if done.is_set() and deadline is None:
                deadline = time.monotonic() + settle
            if deadline is not None and time.monotonic() > deadline:
                break
            calls = slack.calls_to("chat.postMessage")
            for order, at in _card_orders(calls[seen:]):
                if order in appended:
                    n, sent = appended[order]
                    result.latencies.setdefault(n, at - sent)
            seen = len(calls)
            time.sleep(0.05)
        appender.join(timeout=30)
    return result
