"""Work an application hands on starts once its answer is written, not before.

A keystroke's policy check, handed to a pool while the request thread still carried the
answer out, took the interpreter lock from that answer; now the front calls what the
application put in ``environ[AFTER_RESPONSE]`` after the response is out.
"""

from __future__ import annotations

import socket
import threading
import time

from bot.front.server import AFTER_RESPONSE, Limits
from bot.slack.after_response import after_response, collecting
from tests.front.running import running_front

REQUEST = b"GET /x HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"


def deferring_app(log: list[str], answered: threading.Event):
    def app(environ, start_response):
        with collecting(environ.get(AFTER_RESPONSE)):
            # as a listener does on the request thread after its ack
            # blocks until the client has read the answer: started any earlier, the
            # answer would wait for it and the client would read nothing for 2 s
            after_response(lambda: log.append(f"handed on, answer read: {answered.wait(2)}"))
            after_response(lambda: 1 / 0)  # one failing does not stop the next
            after_response(lambda: log.append("second"))
            log.append("answered")
        start_response("200 OK", [("Content-Type", "text/plain")])
        return [b"ok"]

    return app


def read_all(sock: socket.socket) -> bytes:
    answer = b""
    while chunk := sock.recv(65536):
        answer += chunk
    return answer


def test_handed_on_work_starts_after_the_client_has_the_answer():
    log: list[str] = []
    answered = threading.Event()
    with running_front(deferring_app(log, answered), Limits(), threads=2) as port:
        with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
            sock.sendall(REQUEST)
            first = sock.recv(65536)
            answered.set()  # the client has the head of the answer
            answer = first + read_all(sock)
        deadline = time.monotonic() + 5
        while len(log) < 3 and time.monotonic() < deadline:
            time.sleep(0.01)
    assert answer.startswith(b"HTTP/1.1 200 ") and answer.endswith(b"ok")
    assert log == ["answered", "handed on, answer read: True", "second"]


def test_handed_on_work_still_starts_when_the_client_is_gone():
    log: list[str] = []
    gone = threading.Event()
    gone.set()
    with running_front(deferring_app(log, gone), Limits(), threads=2) as port:
        with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
            sock.sendall(REQUEST)
        # closed before reading: an Approve whose HTTP client gave up must still send
        deadline = time.monotonic() + 5
        while len(log) < 3 and time.monotonic() < deadline:
            time.sleep(0.01)
    assert log[0] == "answered" and log[2] == "second"


def test_without_a_front_that_offers_it_the_work_starts_as_the_app_returns():
    # Socket Mode, another WSGI server, a test calling the app directly
    log: list[str] = []
    with collecting(None):
        after_response(lambda: log.append("handed on"))
        log.append("answered")
    assert log == ["answered", "handed on"]
    after_response(lambda: log.append("outside any request"))
    assert log[-1] == "outside any request"
