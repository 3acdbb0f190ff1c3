"""The bot's Slack clients against the fake Slack Web API over real HTTP.

They reuse their connections (slack_sdk's own client opens one per call), and still
behave as slack_sdk's client does: a 429 is retried after its Retry-After, an error
status is a ``SlackApiError``, an unreachable Slack an ``OSError``.
"""

from __future__ import annotations

import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.webhook import WebhookClient

from bot.config import Secret, Settings
from bot.slack.client import KeepAliveWebClient, background_client, live_client
from bot.testing.fake_slack import FakeSlack

CHANNEL = "C0QUEUE"


@pytest.fixture
def slack():
    with FakeSlack() as fake:
        yield fake


def settings_for(base_url: str) -> Settings:
    return Settings(slack_bot_token=Secret("xoxb-test"), slack_base_url=base_url, channel=CHANNEL)


def test_calls_reuse_one_connection(slack):
    client = background_client(settings_for(slack.base_url))
    assert isinstance(client, KeepAliveWebClient)
    for i in range(5):
        posted = client.chat_postMessage(channel=CHANNEL, text=f"card {i}")
        client.chat_update(channel=CHANNEL, ts=posted["ts"], text=f"card {i}, approved")
    assert len(slack.calls_to("chat.update")) == 5
    assert slack.connections == 1


def test_slack_sdks_own_client_opens_one_connection_per_call(slack):
    """What the counter above is measured against: urllib, no keep-alive."""
    client = WebClient(token="xoxb-test", base_url=slack.base_url, retry_handlers=[])
    for i in range(3):
        client.chat_postMessage(channel=CHANNEL, text=f"card {i}")
    assert slack.connections == 3


def test_threads_share_the_clients_connections(slack):
    client = live_client(settings_for(slack.base_url))
    with ThreadPoolExecutor(4) as pool:
        list(pool.map(lambda i: client.chat_postMessage(channel=CHANNEL, text=str(i)), range(40)))
    assert len(slack.calls_to("chat.postMessage")) == 40
    assert slack.connections <= 4


def test_a_429_is_retried_after_retry_after_on_the_same_connection(slack):
    client = background_client(settings_for(slack.base_url))
    slack.fail_next("chat.postMessage", status=429, retry_after=1)
    started = time.monotonic()
    posted = client.chat_postMessage(channel=CHANNEL, text="card")
    assert posted["ok"]
    assert time.monotonic() - started >= 1.0  # waited the Retry-After
    statuses = [c.status for c in slack.calls if c.method == "chat.postMessage"]
    assert statuses == [429, 200]
    assert slack.connections == 1


def test_the_live_client_does_not_retry_a_429(slack):
    client = live_client(settings_for(slack.base_url))
    slack.fail_next("views.update", status=429, retry_after=30)
    started = time.monotonic()
    view = {"type": "modal", "title": {"type": "plain_text", "text": "x"}, "blocks": []}
    with pytest.raises(SlackApiError) as caught:
        client.views_update(view_id="V1", view=view)
    assert time.monotonic() - started < 1
    assert caught.value.response.status_code == 429
    assert caught.value.response.headers["Retry-After"] == "30"


def test_a_server_error_is_retried_then_answered(slack):
    client = background_client(settings_for(slack.base_url))
    slack.fail_next("chat.postMessage", status=500, error="internal_error")
    assert client.chat_postMessage(channel=CHANNEL, text="card")["ok"]
    client = background_client(settings_for(slack.base_url), server_error_retries=0)
    slack.fail_next("chat.postMessage", status=503, error="service_unavailable")
    with pytest.raises(SlackApiError) as caught:
        client.chat_postMessage(channel=CHANNEL, text="card")
    assert caught.value.response.status_code == 503
    assert caught.value.response["error"] == "service_unavailable"


def test_a_connection_slack_closed_is_replaced(slack):
    client = live_client(settings_for(slack.base_url))  # no retry handler for errors
    client.chat_postMessage(channel=CHANNEL, text="first")
    slack.drop_connections()
    time.sleep(0.05)  # the FIN arrives: the pool sees the socket closed
    assert client.chat_postMessage(channel=CHANNEL, text="second")["ok"]
    assert slack.connections == 2


def test_an_unreachable_slack_is_an_os_error():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}/api/"
    client = background_client(settings_for(dead), rate_limit_retries=0, server_error_retries=0)
    with pytest.raises(OSError):
        client.auth_test()


def test_response_url_answers_reuse_the_clients_connection(slack):
    """``respond()``'s WebhookClient over the client's connections: the same message
    and answer as slack_sdk's own WebhookClient, which opens a connection per call."""
    client = background_client(settings_for(slack.base_url))
    for i in range(3):
        answer = client.webhook(slack.response_url(f"r{i}")).send_dict(
            {"text": f"answer {i}", "response_type": "ephemeral"}
        )
        assert answer.status_code == 200 and '"ok": true' in answer.body
    assert [r["text"] for r in slack.responses] == ["answer 0", "answer 1", "answer 2"]
    assert slack.responses[0]["response_type"] == "ephemeral"
    assert slack.connections == 1
    WebhookClient(url=slack.response_url("own")).send_dict({"text": "own"})
    WebhookClient(url=slack.response_url("own")).send_dict({"text": "own"})
    assert slack.connections == 3


def test_an_unreachable_response_url_fails_as_slack_sdks_does():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}/response/x"
    client = background_client(settings_for("http://127.0.0.1:9/api/"))
    with pytest.raises(OSError) as ours:
        client.webhook(dead).send_dict({"text": "x"})
    with pytest.raises(OSError) as theirs:
        WebhookClient(url=dead).send_dict({"text": "x"})
    assert type(ours.value) is type(theirs.value)


def test_a_redirect_is_followed_as_urllib_follows_it(slack):
    """Slack's Web API does not redirect; if a proxy in between did, the kept-alive
    transport answers as ``urlopen`` (a POST becomes a GET after a 302)."""
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Moved(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            self.send_response(302)
            self.send_header("Location", slack.base_url + "auth.test")
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Moved)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        moved = f"http://127.0.0.1:{server.server_address[1]}/api/"
        ours = background_client(settings_for(moved)).auth_test()
        theirs = WebClient(token="xoxb-test", base_url=moved, retry_handlers=[]).auth_test()
    finally:
        server.shutdown()
        server.server_close()
    assert ours.data == theirs.data and ours["ok"]
