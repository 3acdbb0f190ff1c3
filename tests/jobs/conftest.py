"""Fixtures for the jobs: a fake Slack, a client on it, and a deadline sweep on both."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime

import pytest
from slack_sdk import WebClient

from bot.jobs.sla import SweepConfig, SweepReport, sweep
from bot.slack.writer import Pacer, SlackWriter
from bot.testing.fake_slack import FakeSlack
from tests.jobs.helpers import CONFIG


@pytest.fixture
def slack() -> Iterator[FakeSlack]:
    with FakeSlack() as fake:
        yield fake


@pytest.fixture
def client(slack: FakeSlack) -> WebClient:
    # No retry handlers: a refused call surfaces at once, as the sweep must handle it.
    return WebClient(token="xoxb-test", base_url=slack.base_url, retry_handlers=[], timeout=5)


@pytest.fixture
def sweep_at(uow_factory, client: WebClient) -> Callable[..., SweepReport]:
    """One deadline sweep at ``now``, posting through an unpaced writer on the fake Slack
    (``config`` defaults to the tests' thresholds, channel and managers)."""

    def run(now: datetime, *, config: SweepConfig = CONFIG) -> SweepReport:
        return sweep(uow_factory, SlackWriter(client, pacer=Pacer(0.0)), now=now, config=config)

    return run
