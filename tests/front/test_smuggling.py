"""Requests whose framing two servers could read differently are refused with 400.

Behind a reverse proxy, a request that the proxy and the front would split into requests
differently lets a client hide a second request inside the first (request smuggling).
Over real sockets: each such request gets a 400 with a short reason, the application
never sees it (nor anything hidden in it), and the connection is closed.
"""

from __future__ import annotations

import socket

import pytest

from tests.front.test_server import SEEN, exchange
from tests.front.test_server import front as front  # the fixture

HIDDEN = b"GET /hidden HTTP/1.1\r\nHost: h\r\n\r\n"
CHUNKED_WITH_HIDDEN = b"0\r\n\r\n" + HIDDEN

REFUSED = {
    "content-length-then-chunked": (
        b"POST /x HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n"
        + CHUNKED_WITH_HIDDEN,
        b"both Content-Length and Transfer-Encoding",
    ),
    "chunked-then-content-length": (
        b"POST /x HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\nContent-Length: 40\r\n\r\n"
        + CHUNKED_WITH_HIDDEN,
        b"both Content-Length and Transfer-Encoding",
    ),
    "lower-case-names": (
        b"POST /x HTTP/1.1\r\nhost: h\r\ncontent-length: 5\r\ntransfer-encoding: chunked\r\n\r\n"
        + CHUNKED_WITH_HIDDEN,
        b"both Content-Length and Transfer-Encoding",
    ),
    "content-length-twice-same": (
        b"POST /x HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\nContent-Length: 5\r\n\r\nhello",
        b"Content-Length given more than once",
    ),
    "content-length-twice-different": (
        b"POST /x HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\nContent-Length: 38\r\n\r\nhello"
        + HIDDEN,
        b"Content-Length",
    ),
    "content-length-list": (
        b"POST /x HTTP/1.1\r\nHost: h\r\nContent-Length: 5, 5\r\n\r\nhello",
        b"Content-Length given as a list",
    ),
    "obs-fold-space": (
        b"GET /x HTTP/1.1\r\nHost: h\r\nX-Note: one\r\n two\r\n\r\n",
        b"obs-fold",
    ),
    "obs-fold-tab-hiding-transfer-encoding": (
        b"POST /x HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\nX-Note: a\r\n\tTransfer-Encoding:"
        b" chunked\r\n\r\n" + CHUNKED_WITH_HIDDEN,
        b"obs-fold",
    ),
    "transfer-encoding-on-http-1.0": (
        b"POST /x HTTP/1.0\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n" + CHUNKED_WITH_HIDDEN,
        b"HTTP/1.0",
    ),
    "space-before-colon": (
        b"POST /x HTTP/1.1\r\nHost: h\r\nTransfer-Encoding : chunked\r\nContent-Length: 5\r\n\r\n"
        + CHUNKED_WITH_HIDDEN,
        b"illegal header line",
    ),
    "name-not-a-token": (b"GET /x HTTP/1.1\r\nHost: h\r\nX(A): 1\r\n\r\n", b"illegal header line"),
    "name-with-8bit-byte": (b"GET /x HTTP/1.1\r\nHost: h\r\nX\xe9: 1\r\n\r\n", b"illegal header"),
    "name-empty": (b"GET /x HTTP/1.1\r\nHost: h\r\n: 1\r\n\r\n", b"illegal header line"),
}


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_ambiguous_framing_gets_400_and_nothing_reaches_the_application(front, case):
    port, _ = front
    request, reason = REFUSED[case]

    answer = exchange(port, request)

    status, _, body = answer.partition(b"\r\n\r\n")
    assert status.startswith(b"HTTP/1.1 400 "), answer[:120]
    assert b"Connection: close" in status
    assert reason in body and len(answer) < 400 and b"Traceback" not in answer
    assert SEEN == []  # neither the request nor what it hid


def test_a_smuggling_request_behind_a_good_one_on_the_same_connection_is_refused(front):
    port, _ = front
    good = b"GET /first HTTP/1.1\r\nHost: h\r\n\r\n"
    bad = REFUSED["content-length-then-chunked"][0]

    answer = exchange(port, good + bad)

    first, _, rest = answer.partition(b"got 0 bytes at /first")
    assert first.startswith(b"HTTP/1.1 200 ") and rest.startswith(b"HTTP/1.1 400 ")
    assert [e["PATH_INFO"] for e in SEEN] == ["/first"]


def test_a_folded_line_sent_in_pieces_is_still_seen(front):
    port, _ = front
    with socket.create_connection(("127.0.0.1", port), timeout=3) as sock:
        for piece in (b"GET /x HTTP/1.1\r\nHost: h\r\nX-A: one\r", b"\n", b" two\r\n", b"\r\n"):
            sock.sendall(piece)
        answer = sock.recv(400)
    assert answer.startswith(b"HTTP/1.1 400 ") and b"obs-fold" in answer
    assert SEEN == []


@pytest.mark.parametrize(
    "request_bytes",
    [
        b"POST /x HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello",
        b"POST /x HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
        b"5\r\nhello\r\n0\r\n\r\n",
        b"POST /x HTTP/1.1\r\nHost: h\r\nX-A: one \t two\r\nContent-Length: 5\r\n"
        b"Connection: close\r\n\r\nhello",
    ],
    ids=["content-length", "chunked", "inner-whitespace"],
)
def test_plain_framing_is_still_served(front, request_bytes):
    port, _ = front
    answer = exchange(port, request_bytes)
    assert answer.startswith(b"HTTP/1.1 200 ") and answer.endswith(b"got 5 bytes at /x")
