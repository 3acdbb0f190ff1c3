"""The running Slack bot for end-to-end tests, and what the tests say to it.

The fixtures built on it (``slack``, ``smtp``, ``bot``) are in tests/e2e/conftest.py;
test modules import the helpers they use from here by name.

The bot's real WSGI app (``bot.web.web_app`` over ``bot.slack_app.build_app``) is served
by the HTTP front (``bot.front``) on 127.0.0.1 in a thread, with the limits ``wismo serve``
gives it.  Slack is :class:`FakeSlack`, requests are really signed by :class:`SignedSlack`,
replies go to a
real aiosmtpd server, the database is the ``db_url`` fixture (SQLite and PostgreSQL), and orders and
tracking come from the demo world's fake SP-API and carrier servers (``world``).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from email.message import EmailMessage
from typing import Any

import httpx
from slack_sdk import WebClient

from bot.bootstrap import Wiring, build_wiring
from bot.config import Secret, Settings
from bot.domain import MessageState
from bot.jobs.poster import post_due
from bot.mail.inbox.webhook import sign as sign_mail
from bot.services.pipeline import draft_pending
from bot.slack.client import background_client, live_client
from bot.slack.writer import Pacer, SlackWriter
from bot.slack_app import build_app
from bot.testing.fake_slack import FakeSlack
from bot.testing.slack_requests import SignedSlack
from bot.testing.smtp import Recorder
from bot.web import front_limits, web_app
from tests.front.running import running_front

SECRET = "test-signing-secret"
WEBHOOK_SECRET = "test-webhook-secret"
CHANNEL = "C0QUEUE"
AGENT, OTHER_AGENT, GROUPIE, STRANGER = "U0AGENT", "U0OTHER", "U0GROUPIE", "U0STRANGER"


@dataclass
class Bot:
    services: Wiring
    slack: FakeSlack
    sender: SignedSlack
    mail: Recorder
    base_url: str
    http: httpx.Client

    def deliver_mail(self, raw: bytes) -> httpx.Response:
        """POST a raw relay mail to the signed webhook, as a mail gateway would."""
        headers = mail_headers(raw)
        return self.http.post(self.base_url + "/inbound/mail", content=raw, headers=headers)

    def draft_and_post(self) -> None:
        """What the worker does next: draft what arrived, then post the cards."""
        now = self.services.clock()
        draft_pending(self.services, now=now)
        post_due(self.services, SlackWriter(self.bg_client(), pacer=Pacer(0.0)), now=now)

    def bg_client(self) -> WebClient:
        return background_client(self.services.settings, rate_limit_retries=0)

    def message_state(self, pk: int) -> MessageState:
        with self.services.uow_factory() as uow:
            row = uow.messages.get(pk)
            assert row is not None
            return row.state

    def card_of(self, pk: int) -> dict:
        with self.services.uow_factory() as uow:
            row = uow.messages.get(pk)
            assert row is not None and row.slack_ts
            channel, ts = row.slack_channel, row.slack_ts
        return self.slack.messages[(channel, ts)]

    def mails(self) -> list[EmailMessage]:
        return list(self.mail.received)


def mail_headers(raw: bytes) -> dict[str, str]:
    """The headers a mail gateway sends ``raw`` to the webhook with, signed."""
    ts = int(time.time())  # a gateway signs with the wall clock, as the webhook checks
    return {
        "Content-Type": "message/rfc822",
        "X-Wismo-Timestamp": str(ts),
        "X-Wismo-Signature": sign_mail(WEBHOOK_SECRET, raw, ts),
    }


def raw_mail(manifest, *, body: str | None = None, message_id: str | None = None) -> bytes:
    """The first bundled demo mail, optionally with another Message-ID and buyer text."""
    text = manifest.mails[0].raw.decode()
    if message_id is not None:
        old = re.search(r"^Message-ID: (.+)$", text, re.M)
        assert old is not None
        text = text.replace(old.group(1), message_id)
    if body is not None:
        plain = (
            "Hi, I ordered the cushion covers last week and they still haven't arrived. =\n"
            "Can you tell me where my package is?"
        )
        html = re.search(r"<pre[^>]*>(.*?)</pre>", text, re.S)
        assert plain in text and html is not None
        text = text.replace(plain, body).replace(html.group(1), body.replace("<", "&lt;"))
    return text.encode()


def settings_for(base: Settings, slack: FakeSlack, smtp_port: int, **kw) -> Settings:
    values = dict(
        slack_bot_token=Secret("xoxb-test"),
        slack_signing_secret=Secret(SECRET),
        slack_base_url=slack.base_url,
        channel=CHANNEL,
        agents=(AGENT, OTHER_AGENT, "S0AGENTS"),
        smtp_url=Secret(f"smtp://127.0.0.1:{smtp_port}"),
        mail_from="Brightwater Support <support@brightwater-home.example>",
        webhook_secret=Secret(WEBHOOK_SECRET),
    )
    values.update(kw)
    return replace(base, **values)


@contextmanager
def running_bot(
    world,
    engine,
    slack: FakeSlack,
    smtp: tuple[int, Recorder],
    *,
    clock: Callable[[], datetime] | None = None,
    **settings: Any,
) -> Iterator[Bot]:
    """The bot's web app serving on 127.0.0.1 (also for module-scoped fixtures), with
    ``settings`` changed; on ``clock`` (default the demo world's fixed instant)."""
    port, recorder = smtp
    configured = settings_for(world.settings, slack, port, **settings)
    services = build_wiring(configured, clock=clock or world.clock, engine=engine)
    with serving(services, slack, recorder, threads=24) as bot:
        yield bot


@contextmanager
def serving(
    services: Wiring, slack: FakeSlack, recorder: Recorder, *, threads: int
) -> Iterator[Bot]:
    """The web app of ``services`` serving on 127.0.0.1, with ``threads`` threads;
    ``services`` are closed after."""
    configured = services.settings
    app = build_app(
        services,
        client=background_client(configured, rate_limit_retries=0),
        live=live_client(configured),
    )
    try:
        with running_front(
            web_app(services, app), front_limits(configured), threads=threads
        ) as port:
            base = f"http://127.0.0.1:{port}"
            sender = SignedSlack(base + "/slack/events", SECRET)
            http = httpx.Client(timeout=10)
            try:
                yield Bot(services, slack, sender, recorder, base, http)
            finally:
                sender.close()
                http.close()
    finally:
        app.listener_runner.listener_executor.shutdown(wait=True, cancel_futures=False)
        services.close()


def wait_until(predicate, timeout: float = 5.0, interval: float = 0.02, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"{what} not reached in time")
