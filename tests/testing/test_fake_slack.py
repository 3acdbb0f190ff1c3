"""The fake Slack refuses what real Slack refuses, so builder regressions fail tests."""

from __future__ import annotations

import time

import httpx
import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.testing.fake_slack import FakeSlack


@pytest.fixture
def fake():
    with FakeSlack() as slack:
        yield slack, WebClient(token="xoxb-test", base_url=slack.base_url, retry_handlers=[])


def section(i: int) -> dict:
    return {"type": "section", "text": {"type": "mrkdwn", "text": f"block {i}"}}


def test_more_than_50_blocks_or_a_too_long_section_is_refused(fake):
    _, client = fake
    client.chat_postMessage(channel="C1", text="ok", blocks=[section(i) for i in range(50)])
    with pytest.raises(SlackApiError) as too_many:
        client.chat_postMessage(channel="C1", text="x", blocks=[section(i) for i in range(51)])
    assert too_many.value.response["error"] == "invalid_blocks"
    long = {"type": "section", "text": {"type": "mrkdwn", "text": "x" * 3001}}
    with pytest.raises(SlackApiError):
        client.chat_postMessage(channel="C1", text="x", blocks=[long])


def test_views_rotate_hashes_and_trigger_ids_are_single_use(fake):
    _, client = fake
    view = {"type": "modal", "title": {"type": "plain_text", "text": "T"}, "blocks": [section(1)]}
    opened = client.views_open(trigger_id="t1", view=view)["view"]
    updated = client.views_update(view_id=opened["id"], hash=opened["hash"], view=view)["view"]
    assert updated["hash"] != opened["hash"]
    with pytest.raises(SlackApiError) as stale:
        client.views_update(view_id=opened["id"], hash=opened["hash"], view=view)
    assert stale.value.response["error"] == "hash_conflict"
    with pytest.raises(SlackApiError) as reused:
        client.views_open(trigger_id="t1", view=view)
    assert reused.value.response["error"] == "expired_trigger_id"


def test_faults_on_demand_answer_like_slack(fake):
    slack, client = fake
    slack.fail_next("chat.postMessage", status=429, retry_after=7)
    with pytest.raises(SlackApiError) as limited:
        client.chat_postMessage(channel="C1", text="hi")
    assert limited.value.response.status_code == 429
    assert limited.value.response.headers["Retry-After"] in ("7", ["7"])
    assert client.chat_postMessage(channel="C1", text="hi")["ok"]
    with pytest.raises(SlackApiError) as unknown:
        client.chat_update(channel="C1", ts="1.0", text="x")
    assert unknown.value.response["error"] == "message_not_found"


def test_calls_over_a_kept_alive_connection_are_answered_at_once(fake):
    """The fake writes headers and body apart: without TCP_NODELAY every answer on a
    reused connection waited for the client's delayed ACK (40 ms on Linux)."""
    slack, _ = fake
    with httpx.Client() as http:
        url = slack.base_url + "auth.test"
        http.post(url, headers={"Authorization": "Bearer xoxb-test"})
        started = time.perf_counter()
        for _ in range(20):
            assert http.post(url, headers={"Authorization": "Bearer xoxb-test"}).json()["ok"]
        took = time.perf_counter() - started
    assert slack.connections == 1
    assert took < 0.4  # 20 x 40 ms = 0.8 s with the stall; about 20 ms without
