"""Fixtures of the end-to-end tests: a fake Slack, a real SMTP server, the running bot."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.testing.fake_slack import FakeSlack
from bot.testing.smtp import Recorder, running_smtp
from tests.e2e.slack_harness import GROUPIE, Bot, running_bot


@pytest.fixture
def smtp() -> Iterator[tuple[int, Recorder]]:
    with running_smtp() as server:
        yield server


@pytest.fixture
def slack() -> Iterator[FakeSlack]:
    with FakeSlack(usergroups={"S0AGENTS": [GROUPIE]}) as fake:
        yield fake


@pytest.fixture
def bot(world, engine, slack, smtp) -> Iterator[Bot]:
    with running_bot(world, engine, slack, smtp) as running:
        yield running
