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


def test_serve_started_while_slack_fails_keeps_serving_and_checks_the_token_later(
    db_url, engine, slack, tmp_path
):
    """A replica restarted during a Slack outage used to exit 1 at the token check (the
    field trial's web-2 "exited by itself (code 1)"), taking /healthz and the mail webhook
    down with it; its two workers would each have checked again and failed to boot."""
    slack.fail_next("*", status=500, error="internal_error", retry_after=None, times=10**9)
    port = free_port()
    log_path = tmp_path / "serve.log"
    with log_path.open("w") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "bot", "serve", "--host", "127.0.0.1"],
            env={**serve_env(db_url, slack, port, secret="serve-secret"), "WEB_CONCURRENCY": "2"},
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    sender = SignedSlack(base + "/slack/events", "serve-secret")
    try:
        wait_healthy(proc, base, log_path, timeout=90)
        assert "serving anyway" in log_path.read_text()
        slack.clear_faults()
        usage = sender.command("/wismo", "", user="U0AGENT")
        assert usage.status_code == 200 and "/wismo queue" in usage.json()["text"]
        assert slack.calls_to("auth.test")  # checked at the first request, Slack back
        assert proc.poll() is None
    finally:
        sender.close()
        proc.terminate()
        proc.wait(timeout=30)


def test_serve_still_refuses_a_token_slack_rejects(db_url, engine, slack):
    slack.fail_next("auth.test", status=200, error="invalid_auth", retry_after=None, times=10**9)
    env = serve_env(db_url, slack, free_port(), secret="serve-secret")
    done = subprocess.run(
        [sys.executable, "-m", "bot", "serve", "--host", "127.0.0.1"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1, done.stderr
    assert "Slack refused the bot token" in done.stderr and "SLACK_BOT_TOKEN" in done.stderr


def test_serve_refuses_a_user_token_and_a_short_webhook_secret_at_once(db_url, engine, tmp_path):
    """Adversary 16, L2: a user token (xoxp-), any file's text as the bot token and a
    5-character webhook secret were taken; now start-up says what is expected, and
    quotes none of them."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "WISMO_", "SMTP"))}
    not_a_token = tmp_path / "shadow"
    not_a_token.write_text("root:$6$saltsalt$hashhash:19000:0:99999:7:::\n")
    env.update(
        SLACK_BOT_TOKEN="xoxp-1234-5678-user-secret",
        SLACK_SIGNING_SECRET="test-signing-secret",
        SLACK_APP_TOKEN_FILE=str(not_a_token),
        WISMO_WEBHOOK_SECRET="abcde",
        DATABASE_URL=db_url,
    )
    done = subprocess.run(
        [sys.executable, "-m", "bot", "serve"], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 2, done.stderr
    assert (
        "SLACK_BOT_TOKEN: expected a bot token starting with xoxb- (OAuth & Permissions > Bot "
        "User OAuth Token); this is a user token (xoxp-…)" in done.stderr
    )
    assert "SLACK_APP_TOKEN: expected an app-level token starting with xapp-" in done.stderr
    assert "this is no Slack token" in done.stderr
    assert "WISMO_WEBHOOK_SECRET: at least 16 characters (it has 5)" in done.stderr
    for secret in ("user-secret", "saltsalt", "abcde"):
        assert secret not in done.stderr
