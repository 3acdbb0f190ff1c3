"""The bot as real OS processes (``python -m bot ...``), configured as a deployment is.

Shared by the end-to-end tests that start ``wismo serve`` or ``wismo worker`` for real:
the environment and starting a process with its output in a log file.  Waiting until a
web process answers ``/healthz`` is :func:`bot.testing.net.wait_healthy`.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bot.demo import DemoWorld
from bot.demo_data import Manifest
from bot.testing.fake_slack import FakeSlack
from tests.e2e.slack_harness import AGENT, CHANNEL, SECRET, WEBHOOK_SECRET

ROOT = Path(__file__).resolve().parents[2]
# Every setting the bot reads, so the machine's own environment cannot leak in.
OURS = ("WISMO_", "SLACK_", "SPAPI_", "LWA_", "UPS_", "USPS_", "FEDEX_", "DHL_", "SMTP_")


def deployment_env(
    db_url: str, world: DemoWorld, manifest: Manifest, slack: FakeSlack, smtp_port: int
) -> dict[str, str]:
    """The environment of a deployment pointed at the test's fake services."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(OURS)}
    env.update(
        PYTHONPATH=str(ROOT),
        DATABASE_URL=db_url,
        SLACK_BOT_TOKEN="xoxb-test",
        SLACK_SIGNING_SECRET=SECRET,
        SLACK_BASE_URL=slack.base_url,
        WISMO_CHANNEL=CHANNEL,
        WISMO_AGENTS=AGENT,
        WISMO_WEBHOOK_SECRET=WEBHOOK_SECRET,
        WISMO_SELLER_NAME=manifest.seller_name,
        SMTP_URL=f"smtp://127.0.0.1:{smtp_port}",
        WISMO_FROM="Brightwater Support <support@brightwater-home.example>",
        **world.amazon.env(),
        **world.carriers.env(),
    )
    return env


def serve_env(db_url: str, slack: FakeSlack, port: int, secret: str) -> dict[str, str]:
    """``wismo serve`` on ``port`` with Slack alone configured: no mail, no carriers."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "WISMO_", "SMTP"))}
    env.update(
        SLACK_BOT_TOKEN="xoxb-serve-test",
        SLACK_SIGNING_SECRET=secret,
        SLACK_BASE_URL=slack.base_url,
        WISMO_CHANNEL="C0QUEUE",
        DATABASE_URL=db_url,
        PORT=str(port),
    )
    return env


def spawn(args: list[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    """``python -m bot <args>`` in ``log``'s directory, its output going to ``log``."""
    with log.open("w") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "bot", *args],
            cwd=log.parent,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
