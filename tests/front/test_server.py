"""The HTTP front in-process: what a client sees for each kind of request it may send.

A real asyncio server on 127.0.0.1 in a thread, raw sockets as clients.
"""

from __future__ import annotations

import contextlib
import socket
import time
from collections.abc import Iterator

import pytest

from bot.front.server import Limits
from tests.front.running import running_front

SEEN: list[dict] = []


def echo(environ, start_response):
    body = environ["wsgi.input"].read()
    SEEN.append({**environ, "body": body})
    if environ["PATH_INFO"] == "/boom":
        raise RuntimeError("application bug")
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [b"got %d bytes at %s" % (len(body), environ["PATH_INFO"].encode("latin-1"))]


@pytest.fixture
def front() -> Iterator[tuple[int, Limits]]:
    limits = Limits(read_timeout=1.0, keepalive=1.0, max_connections=20, body_bytes={"/small": 10})
    SEEN.clear()
    with running_front(echo, limits, threads=2) as port:
        yield port, limits


def exchange(port: int, data: bytes, *, timeout: float = 3.0) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(data)
        # A server that refuses (503 when over its cap) may answer and close before this:
        # its answer is still there to read.
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_WR)
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
        return answer


def test_a_whole_request_reaches_the_application(front):
    port, _ = front
    answer = exchange(
        port,
        b"POST /a%20b?x=1 HTTP/1.1\r\nHost: h\r\nContent-Type: text/plain\r\n"
        b"X-Foo: 1\r\nX-Foo: 2\r\nX-Sneaky_Header: no\r\nContent-Length: 5\r\n"
        b"Connection: close\r\n\r\nhello",
    )
    assert answer.startswith(b"HTTP/1.1 200 ") and answer.endswith(b"got 5 bytes at /a b")
    (environ,) = SEEN
    assert environ["QUERY_STRING"] == "x=1" and environ["CONTENT_TYPE"] == "text/plain"
    assert environ["HTTP_X_FOO"] == "1,2" and environ["CONTENT_LENGTH"] == "5"
    assert not any("SNEAKY" in key for key in environ)  # underscores cannot pose as dashes


def test_chunked_bodies_are_joined_and_expect_continue_is_answered(front):
    port, _ = front
    answer = exchange(
        port,
        b"POST /x HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n"
        b"Expect: 100-continue\r\nConnection: close\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n",
    )
    assert answer.startswith(b"HTTP/1.1 100 ") and b"got 5 bytes at /x" in answer
    assert SEEN[0]["body"] == b"abcde"


def test_head_gets_headers_only(front):
    port, _ = front
    answer = exchange(port, b"HEAD /x HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n")
    assert answer.startswith(b"HTTP/1.1 200 ") and answer.endswith(b"\r\n\r\n")


@pytest.mark.parametrize(
    ("request_bytes", "status"),
    [
        (b"POST /small HTTP/1.1\r\nHost: h\r\nContent-Length: 11\r\n\r\n", b"413"),
        (b"POST /small HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\nb\r\n", b"413"),
        (b"POST /x HTTP/1.1\r\nHost: h\r\nContent-Length: 99999999\r\n\r\n", b"413"),
        (b"GARBAGE\r\n\r\n", b"400"),
        (b"GET /x HTTP/1.1\r\nHost: h\r\nContent-Length: abc\r\n\r\n", b"400"),
        (b"GET /x HTTP/1.1\r\nHost: h\r\nX: " + b"a" * 20000 + b"\r\n\r\n", b"431"),
        (b"GET /x HTTP/1.1\r\nNo-Colon\r\n\r\n", b"400"),
        (b"GET /x HTTP/1.1\r\n\r\n", b"400"),  # HTTP/1.1 needs Host
    ],
    ids=[
        "length",
        "chunked",
        "default-limit",
        "garbage",
        "bad-length",
        "huge-header",
        "bad-header",
        "no-host",
    ],
)
def test_refusals_are_short_and_never_reach_the_application(front, request_bytes, status):
    port, _ = front
    if request_bytes.endswith(b"b\r\n"):
        request_bytes += b"x" * 11 + b"\r\n"
    answer = exchange(port, request_bytes)
    assert answer.startswith(b"HTTP/1.1 " + status + b" "), answer[:100]
    assert len(answer) < 400 and b"Traceback" not in answer
    assert SEEN == []


def test_an_application_error_is_a_bare_500(front, caplog):
    port, _ = front
    answer = exchange(port, b"GET /boom HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n")
    assert answer.startswith(b"HTTP/1.1 500 ") and answer.endswith(b"internal error\n")
    assert b"application bug" not in answer


def test_a_stalled_request_gets_408_after_the_read_timeout(front):
    port, limits = front
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(b"POST /x HTTP/1.1\r\nHost: h\r\nContent-Length: 10\r\n\r\nab")
        started = time.monotonic()
        answer = sock.recv(200)
        waited = time.monotonic() - started
    assert answer.startswith(b"HTTP/1.1 408 ")
    assert limits.read_timeout - 0.2 < waited < limits.read_timeout + 1.0


def test_a_silent_connection_is_as_slow_as_a_stalled_request(front):
    port, limits = front
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        started = time.monotonic()
        assert sock.recv(200).startswith(b"HTTP/1.1 408 ")
        assert time.monotonic() - started < limits.read_timeout + 1.0


def test_an_idle_kept_alive_connection_is_closed_quietly(front):
    port, limits = front
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(b"GET /x HTTP/1.1\r\nHost: h\r\n\r\n")
        first = sock.recv(4096)
        started = time.monotonic()
        rest = sock.recv(4096)
        idle = time.monotonic() - started
    assert first.startswith(b"HTTP/1.1 200 ") and rest == b""
    assert limits.keepalive - 0.2 < idle < limits.keepalive + 1.0


def _first_answer(port: int, request: bytes, wanted: bytes, *, within: float = 5.0) -> bytes:
    """Ask until the answer starts with ``wanted`` (the server counts connections as it
    notices them), at most ``within`` seconds."""
    deadline = time.monotonic() + within
    while True:
        answer = exchange(port, request)
        if answer.startswith(wanted) or time.monotonic() > deadline:
            return answer
        time.sleep(0.05)


def test_connections_beyond_the_cap_get_503(front):
    port, _ = front
    ask = b"GET /x HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"
    held = [socket.create_connection(("127.0.0.1", port), timeout=5) for _ in range(20)]
    try:
        assert _first_answer(port, ask, b"HTTP/1.1 503 ").startswith(b"HTTP/1.1 503 ")
    finally:
        for sock in held:
            sock.close()
    assert _first_answer(port, ask, b"HTTP/1.1 200 ").startswith(b"HTTP/1.1 200 ")


def test_stopping_with_a_kept_alive_connection_open_logs_nothing(caplog):
    """A client's idle connection when the server stops (a deploy, a worker restart): its
    handler is cancelled, quietly.  Python 3.11's asyncio logged "Exception in callback
    ... CancelledError" with a traceback for it, after whatever the last request logged."""
    caplog.set_level("DEBUG", logger="asyncio")
    with running_front(echo, Limits(keepalive=30.0)) as port:
        sock = socket.create_connection(("127.0.0.1", port), timeout=5)
        sock.sendall(b"GET /x HTTP/1.1\r\nHost: h\r\n\r\n")
        assert sock.recv(4096).startswith(b"HTTP/1.1 200 ")
    sock.close()
    assert [r.getMessage() for r in caplog.records if r.levelno >= 40] == []
