"""``wismo serve`` over Socket Mode, end to end, on 127.0.0.1.

The real process is started with ``SLACK_APP_TOKEN``: it asks the fake Slack Web API for
a WebSocket URL (``apps.connections.open``), connects to the fake Socket Mode end, and
is then sent envelopes exactly as Slack sends them.  What a user would see is asserted:
the slash command's private answer (the acknowledgement's payload), the card updated and
one e-mail at the SMTP server after Approve, the refusal for a stranger, and the bot still
answering after Slack ends the connection.
"""

from __future__ import annotations

import json
import signal
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine

from bot.bootstrap import Wiring, build_wiring
from bot.demo import DemoWorld
from bot.demo_data import Manifest
from bot.domain import MessageState
from bot.jobs.poster import post_due
from bot.services.pipeline import draft_pending
from bot.slack.client import background_client
from bot.slack.writer import Pacer, SlackWriter
from bot.testing.fake_slack import FakeSlack
from bot.testing.fake_socket_mode import FakeSocketMode
from bot.testing.net import free_port, wait_healthy
from bot.testing.slack_requests import block_action
from bot.testing.smtp import Recorder
from tests.e2e.processes import deployment_env, spawn
from tests.e2e.slack_harness import (
    AGENT,
    CHANNEL,
    STRANGER,
    mail_headers,
    settings_for,
    wait_until,
)

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)

APP_TOKEN = "xapp-1-A0WISMO-socket-test"


@dataclass
class SocketBot:
    """The served process and everything around it."""

    socket: FakeSocketMode
    slack: FakeSlack
    mail: Recorder
    web: str  # the process's HTTP side: /healthz and the mail webhook
    services: Wiring  # in-process, for what ``wismo worker`` would do
    log: Path

    def logs(self) -> str:
        return self.log.read_text()[-4000:]

    def post_card(self, manifest: Manifest) -> tuple[int, str]:
        """A buyer mail reaches the webhook; the worker's next round drafts and posts it."""
        raw = manifest.mails[0].raw
        headers = mail_headers(raw)
        answer = httpx.post(self.web + "/inbound/mail", content=raw, headers=headers, timeout=10)
        assert answer.status_code == 204, answer.text
        now = self.services.clock()
        draft_pending(self.services, now=now)
        client = background_client(self.services.settings, rate_limit_retries=0)
        post_due(self.services, SlackWriter(client, pacer=Pacer(0.0)), now=now)
        with self.services.uow_factory() as uow:
            (row,) = uow.messages.open_by_deadline({MessageState.CARDED}, limit=5)
            assert row.slack_ts
            return row.id, row.slack_ts

    def state(self, pk: int) -> MessageState:
        with self.services.uow_factory() as uow:
            row = uow.messages.get(pk)
            assert row is not None
            return row.state


@pytest.fixture
def served(
    db_url: str,
    engine: Engine,
    world: DemoWorld,
    manifest: Manifest,
    slack: FakeSlack,
    smtp: tuple[int, Recorder],
    tmp_path: Path,
) -> Iterator[SocketBot]:
    smtp_port, recorder = smtp
    web_port = free_port()
    env = deployment_env(db_url, world, manifest, slack, smtp_port)
    # Socket Mode needs no signing secret: Slack is reached over the app's own socket.
    del env["SLACK_SIGNING_SECRET"]
    env["SLACK_APP_TOKEN"] = APP_TOKEN
    log = tmp_path / "serve.log"
    services = build_wiring(
        settings_for(world.settings, slack, smtp_port), clock=world.clock, engine=engine
    )
    with FakeSocketMode(slack) as socket_mode:
        proc = spawn(["serve", "--host", "127.0.0.1", "--port", str(web_port)], env, log)
        bot = SocketBot(socket_mode, slack, recorder, f"http://127.0.0.1:{web_port}", services, log)
        try:
            try:
                # A start compiles the policy tables (about 8 s of CPU): on a loaded CI
                # machine that passed 15 s; the bound only limits how long a failure waits.
                wait_until(lambda: socket_mode.greeted or proc.poll() is not None, timeout=60)
                assert proc.poll() is None and socket_mode.greeted
                wait_healthy(proc, bot.web, log, timeout=5)
            except AssertionError:
                raise AssertionError(bot.logs()) from None
            yield bot
        finally:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=5)
            services.close()


def _check(bot: SocketBot, text: str) -> dict[str, Any]:
    """``/wismo check <text>`` over the socket: the acknowledgement's payload."""
    envelope = bot.socket.slash_command(
        "/wismo", f"check {text}", user=AGENT, response_url=bot.slack.response_url("c1")
    )
    ack = bot.socket.wait_ack(envelope)
    assert set(ack) == {"envelope_id", "payload"}, ack
    return dict(ack["payload"])


def test_connects_with_the_app_token_and_answers_a_slash_command(served):
    (opened,) = served.slack.calls_to("apps.connections.open")
    assert opened.headers["authorization"] == f"Bearer {APP_TOKEN}"

    answer = _check(served, "Leave us a 5-star review at mystore.com")

    assert answer["response_type"] == "ephemeral"  # only the agent sees it
    assert "would be refused" in answer["text"]
    blocks = json.dumps(answer["blocks"])
    assert "review-request" in blocks and "link" in blocks
    assert "passes" in _check(served, "Your parcel arrives tomorrow")["text"]
    assert served.slack.responses == []  # answered in the acknowledgement itself


def test_approve_from_an_agent_sends_one_mail_and_updates_the_card(served, manifest):
    pk, ts = served.post_card(manifest)

    click = block_action("wismo.approve", str(pk), user=AGENT, ts=ts, channel=CHANNEL)
    envelope = served.socket.interactive(click)

    assert served.socket.wait_ack(envelope) == {"envelope_id": envelope}
    update = served.slack.wait_for("chat.update", timeout=10)[0]
    assert update.args["ts"] == ts
    card = json.dumps(served.slack.messages[(CHANNEL, ts)]["blocks"])
    assert "Sent" in card and f"<@{AGENT}>" in card and "wismo.approve" not in card
    (mail,) = wait_until(lambda: list(served.mail.received), timeout=10)
    assert mail["In-Reply-To"] == "<demo-01.7000000001@email.amazonses.com>"
    assert "113-4021576-1000001" in mail.get_content()
    wait_until(lambda: served.state(pk) is MessageState.ANSWERED)

    # Slack delivers at least once and people click twice: still one mail.
    again = served.socket.interactive({**click, "trigger_id": "t-2"})
    served.socket.wait_ack(again)
    note = served.slack.wait_for("chat.postEphemeral", timeout=10)[0]
    assert "Already handled by" in note.args["text"] and note.args["user"] == AGENT
    assert len(served.mail.received) == 1
    assert len(served.slack.calls_to("chat.update")) == 1


def test_a_strangers_click_is_refused_and_sends_nothing(served, manifest):
    pk, ts = served.post_card(manifest)

    click = block_action("wismo.approve", str(pk), user=STRANGER, ts=ts, channel=CHANNEL)
    envelope = served.socket.interactive(click)

    assert served.socket.wait_ack(envelope) == {"envelope_id": envelope}
    refusal = served.slack.wait_for("chat.postEphemeral", timeout=10)[0]
    assert refusal.args["user"] == STRANGER and "WISMO_AGENTS" in refusal.args["text"]
    assert served.state(pk) is MessageState.CARDED
    assert served.mail.received == []
    assert served.slack.calls_to("chat.update") == []


def test_app_home_is_published_once_though_slack_redelivers_the_event(served):
    event = {"type": "app_home_opened", "user": AGENT, "channel": "D0HOME", "tab": "home"}
    first = served.socket.event(event, event_id="Ev0SOCKET1")
    served.socket.wait_ack(first)
    served.slack.wait_for("views.publish", timeout=10)
    retry = served.socket.event(event, event_id="Ev0SOCKET1", retry_attempt=1)
    assert served.socket.wait_ack(retry) == {"envelope_id": retry}
    time.sleep(0.5)  # a second publish, were it coming, would have been called by now
    assert len(served.slack.calls_to("views.publish")) == 1
    assert served.slack.views[f"HOME-{AGENT}"]["type"] == "home"


@pytest.mark.parametrize(
    ("how", "within"),
    # Bolt's defaults took 10 s after a close frame and about a minute after a drop.
    [("refresh requested", 2.0), ("close frame", 3.0), ("dropped TCP connection", 10.0)],
)
def test_the_bot_reconnects_when_slack_ends_the_connection(served, how, within):
    started = time.monotonic()
    if how == "refresh requested":
        served.socket.refresh()
    else:
        served.socket.close_connection(graceful=how == "close frame")

    try:
        served.socket.wait_connected(2, timeout=12)
    except AssertionError:
        raise AssertionError(served.logs()) from None
    reconnected_after = time.monotonic() - started

    opened = served.slack.calls_to("apps.connections.open")
    assert len(opened) == 2  # a fresh URL for the new connection, not the old one again
    assert all(c.headers["authorization"] == f"Bearer {APP_TOKEN}" for c in opened)
    assert "would be refused" in _check(served, "Call me on 555 0100")["text"]
    assert reconnected_after < within, f"deaf for {reconnected_after:.1f} s after a {how}"
