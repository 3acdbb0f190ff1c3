"""``wismo serve`` as the Procfile starts it, against clients that stall or send too much.

Each slow client connects, sends request headers that promise a body and then one byte of
it (or one byte of a request line), and hangs.  Meanwhile ``/healthz`` and signed Slack
requests must keep answering within a second, and every stalled client must be cut off with
a 408 once the read timeout has passed.  All traffic stays on 127.0.0.1, every loop is
bounded in count and time.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from bot.db import create_db_engine, upgrade
from bot.testing.fake_slack import FakeSlack
from bot.testing.net import free_port, wait_healthy
from bot.testing.slack_requests import SignedSlack
from tests.e2e.processes import serve_env

pytestmark = pytest.mark.slow

SECRET = "front-secret"
SLOW_CLIENTS = 200
READ_TIMEOUT = 10.0  # WISMO_HTTP_READ_TIMEOUT, as by default
WEBHOOK_MAX = 100_000
_HEALTH = b"GET /healthz HTTP/1.1\r\nHost: bot\r\nConnection: close\r\n\r\n"


class Served:
    def __init__(self, proc: subprocess.Popen[bytes], port: int, log: Path) -> None:
        self.proc, self.port, self.log = proc, port, log
        self.log_format = "text"
        self.base = f"http://127.0.0.1:{port}"

    def raw(self, data: bytes) -> socket.socket:
        sock = socket.create_connection(("127.0.0.1", self.port), timeout=5)
        sock.sendall(data)
        return sock


# One server per configuration for the whole module: every test leaves it as it found it
# (its clients answered or cut off), and starting one costs seconds on a busy machine.
@pytest.fixture(
    scope="module",
    params=[("1", "text"), ("2", "json")],
    ids=["one-process", "two-processes-json-logs"],
)
def served(request, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    workers, log_format = request.param
    folder = tmp_path_factory.mktemp(f"front-{workers}")
    db_url = f"sqlite:///{folder / 'wismo.db'}"
    engine = create_db_engine(db_url)
    upgrade(engine)
    engine.dispose()
    port = free_port()
    with FakeSlack() as slack:
        env = serve_env(db_url, slack, port, secret=SECRET)
        env.update(
            WEB_CONCURRENCY=workers,
            WISMO_LOG_FORMAT=log_format,
            WISMO_HTTP_READ_TIMEOUT=str(READ_TIMEOUT),
            WISMO_WEBHOOK_SECRET="front-webhook-secret",
            WISMO_WEBHOOK_MAX_BYTES=str(WEBHOOK_MAX),
        )
        log_path = folder / "serve.log"
        with log_path.open("w") as log:
            # The Procfile's `web: wismo serve`, bound to loopback only.
            proc = subprocess.Popen(
                [sys.executable, "-m", "bot", "serve", "--host", "127.0.0.1"],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        served = Served(proc, port, log_path)
        served.log_format = log_format
        try:
            wait_healthy(proc, served.base, log_path, timeout=90)  # a busy CI machine is slow
            yield served
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                raise


def _stall(served: Served, index: int) -> socket.socket:
    if index % 4 == 3:
        return served.raw(b"P")  # one byte of a request line
    head = (
        b"POST /slack/events HTTP/1.1\r\nHost: bot\r\n"
        b"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 4000\r\n\r\n"
    )
    return served.raw(head + b"t")  # the body promised, one byte of it sent


def _timed(call) -> float:
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


def test_two_hundred_stalled_clients_leave_health_and_slack_answering(served):
    stalled = [_stall(served, i) for i in range(SLOW_CLIENTS)]
    opened = time.monotonic()
    sender = SignedSlack(served.base + "/slack/events", SECRET, timeout=5)
    health: list[float] = []
    signed: list[float] = []
    try:

        def check_health() -> None:
            # A new connection each time, on a raw socket: the client's own set-up untimed.
            answer = _answer(served.raw(_HEALTH), 5)
            assert answer.startswith(b"HTTP/1.1 200 ") and answer.endswith(b"ok\n"), answer

        def check_slack() -> None:
            usage = sender.command("/wismo", "", user="U0AGENT")
            assert usage.status_code == 200 and "/wismo queue" in usage.json()["text"]

        # At most 15 rounds, all while the stalled clients still hang on (a busy machine
        # may allow fewer: at least 3).
        while len(health) < 15 and time.monotonic() < opened + READ_TIMEOUT - 2:
            health.append(_timed(check_health))
            signed.append(_timed(check_slack))
            time.sleep(0.1)
    finally:
        sender.close()
    assert len(health) >= 3, "the stalled clients were not all connected in time to measure"
    print(
        f"\n{SLOW_CLIENTS} stalled clients: /healthz max {max(health) * 1000:.0f} ms, "
        f"signed /wismo max {max(signed) * 1000:.0f} ms"
    )
    assert max(health) < 1.0, health
    assert max(signed) < 1.0, signed

    # Every stalled client is cut off with a 408 once its read timeout has passed.
    answers = []
    for sock in stalled:
        sock.settimeout(max(0.1, opened + READ_TIMEOUT + 5 - time.monotonic()))
        try:
            answers.append(sock.recv(200))
        except TimeoutError:
            answers.append(b"(still open)")
        finally:
            sock.close()
    assert all(a.startswith(b"HTTP/1.1 408 ") for a in answers), {a[:40] for a in answers}
    assert "Traceback" not in served.log.read_text()


def _answer(sock: socket.socket, timeout: float = 2.0) -> bytes:
    sock.settimeout(timeout)
    data = b""
    try:
        while chunk := sock.recv(4096):
            data += chunk
    except (TimeoutError, ConnectionResetError):
        pass
    sock.close()
    return data


def test_a_two_megabyte_unsigned_slack_body_is_refused_before_it_is_read(served):
    # Only the headers are sent: a 413 that arrives now cannot have read the body.
    head = (
        b"POST /slack/events HTTP/1.1\r\nHost: bot\r\nContent-Type: application/json\r\n"
        b"Content-Length: 2097152\r\n\r\n"
    )
    started = time.perf_counter()
    answer = _answer(served.raw(head + b"{"))
    assert answer.startswith(b"HTTP/1.1 413 "), answer[:200]
    assert b"1048576" in answer  # the reason names the limit
    assert time.perf_counter() - started < 1.0

    # Without a length (chunked), it is cut off once the limit is passed.
    sock = served.raw(
        b"POST /slack/events HTTP/1.1\r\nHost: bot\r\nTransfer-Encoding: chunked\r\n\r\n"
    )
    chunk = b"x" * 65536
    try:
        for _ in range(32):  # 2 MB
            sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
    except (BrokenPipeError, ConnectionResetError):
        pass  # the server stopped reading: what it answered is still waiting
    answer = _answer(sock)
    assert answer.startswith(b"HTTP/1.1 413 ") or answer == b"", answer[:200]
    assert "Traceback" not in served.log.read_text()


def test_the_webhook_has_its_own_limit(served):
    big = httpx.post(served.base + "/inbound/mail", content=b"x" * (WEBHOOK_MAX + 1))
    assert big.status_code == 413
    # Larger than Slack's 1 MB would be refused on /slack/events, but this is under the
    # webhook's limit: it reaches the webhook, which refuses the missing signature.
    small = httpx.post(served.base + "/inbound/mail", content=b"x" * (WEBHOOK_MAX - 1))
    assert small.status_code == 401


def test_kept_alive_connections_serve_several_requests_and_ambiguous_framing_is_refused(served):
    with httpx.Client(timeout=5) as http:
        answers = [http.get(served.base + "/healthz") for _ in range(3)]
    assert [a.status_code for a in answers] == [200, 200, 200]
    # HTTP/1.1 pipelining: two requests in one write, two answers in order.
    sock = served.raw(
        b"GET /healthz HTTP/1.1\r\nHost: b\r\n\r\nGET /nope HTTP/1.1\r\nHost: b\r\n\r\n"
    )
    data = b""
    sock.settimeout(5)
    deadline = time.monotonic() + 5
    while data.count(b"HTTP/1.1 ") < 2 and time.monotonic() < deadline:
        data += sock.recv(4096)
    sock.close()
    assert data.startswith(b"HTTP/1.1 200 ") and b"HTTP/1.1 404 " in data, data

    # The gunicorn worker serves through the same front: Content-Length beside
    # Transfer-Encoding, a repeated Content-Length or a folded header line is refused, and
    # the webhook request hidden in the body is never served.
    hidden = b"0\r\n\r\nPOST /inbound/mail HTTP/1.1\r\nHost: bot\r\nContent-Length: 1\r\n\r\nx"
    for head in (
        b"Content-Length: 5\r\nTransfer-Encoding: chunked\r\n",
        b"Content-Length: 5\r\nContent-Length: 5\r\n",
        b"Content-Length: 5\r\nX-Note: a\r\n Transfer-Encoding: chunked\r\n",
    ):
        sock = served.raw(b"POST /slack/events HTTP/1.1\r\nHost: bot\r\n" + head + b"\r\n" + hidden)
        sock.settimeout(5)
        data = b""
        while chunk := sock.recv(4096):
            data += chunk
        sock.close()
        assert data.startswith(b"HTTP/1.1 400 ") and data.count(b"HTTP/1.1 ") == 1, data


def test_json_logs_are_one_object_a_line_gunicorns_own_included(served):
    if served.log_format != "json":
        pytest.skip("this process logs text")
    assert httpx.get(served.base + "/nope").status_code == 404
    lines = [line for line in served.log.read_text().splitlines() if line.strip()]
    entries = [json.loads(line) for line in lines]  # every line, or this fails
    loggers = {entry["logger"] for entry in entries}
    assert "gunicorn.error" in loggers and "wismo.serve" in loggers, loggers
    # The master checks the reply templates (or takes the verdict remembered for the same
    # templates and rules) before it forks; its two workers inherit that.
    checked = [e for e in entries if e["message"].startswith("reply templates ")]
    assert len(checked) == 1, checked
