"""Fixtures for the jobs: a fake Slack and a client on it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from slack_sdk import WebClient

from bot.testing.fake_slack import FakeSlack


@pytest.fixture
def slack() -> Iterator[FakeSlack]:
    with FakeSlack() as fake:
        yield fake


@pytest.fixture
def client(slack: FakeSlack) -> WebClient:
    # No retry handlers: a refused call surfaces at once, as the sweep must handle it.
    return WebClient(token="xoxb-test", base_url=slack.base_url, retry_handlers=[], timeout=5)
