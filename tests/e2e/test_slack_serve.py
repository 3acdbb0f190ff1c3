"""``wismo serve`` as deployed: a real process, HTTP on PORT, Slack at SLACK_BASE_URL."""

from __future__ import annotations

import os
import subprocess
import sys

import httpx
import pytest

from bot.testing.net import free_port, wait_healthy
from bot.testing.slack_requests import SignedSlack
from tests.e2e.processes import serve_env

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


@pytest.fixture
def served(db_url, engine, slack, tmp_path):
    port = free_port()
    env = serve_env(db_url, slack, port, secret="serve-secret")
    log = (tmp_path / "serve.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "serve", "--host", "127.0.0.1"],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(proc, base, tmp_path / "serve.log")
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        log.close()


def test_serve_answers_signed_slack_requests_and_health(served, slack):
    assert httpx.get(served + "/healthz").text.strip() == "ok"
    sender = SignedSlack(served + "/slack/events", "serve-secret")
    try:
        usage = sender.command("/wismo", "", user="U0AGENT")
        assert usage.status_code == 200 and "/wismo queue" in usage.json()["text"]
        assert sender.command("/wismo", "", user="U0AGENT", secret="wrong").status_code == 401
    finally:
        sender.close()
    assert slack.calls_to("auth.test")  # the token was checked against SLACK_BASE_URL
    webhook = httpx.post(served + "/inbound/mail", content=b"x")
    assert webhook.status_code == 404 and "WISMO_WEBHOOK_SECRET" in webhook.text


def test_serve_refuses_to_start_without_slack_credentials(db_url, engine):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "WISMO_"))}
    env["DATABASE_URL"] = db_url
    done = subprocess.run(
        [sys.executable, "-m", "bot", "serve"], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 2
    assert "SLACK_BOT_TOKEN" in done.stderr and "SLACK_SIGNING_SECRET" in done.stderr


def test_serve_explains_a_refused_socket_mode_token(db_url, engine, slack):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "WISMO_", "SMTP"))}
    env.update(
        SLACK_BOT_TOKEN="xoxb-serve-test",
        SLACK_APP_TOKEN="xapp-serve-test",
        SLACK_BASE_URL=slack.base_url,
        DATABASE_URL=db_url,
        PORT=str(free_port()),
    )
    done = subprocess.run(
        [sys.executable, "-m", "bot", "serve"], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 1, done.stderr
    assert "Socket Mode" in done.stderr and "SLACK_APP_TOKEN" in done.stderr
    assert slack.calls_to("apps.connections.open", ok_only=False)  # asked SLACK_BASE_URL
