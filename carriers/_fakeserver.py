"""Plumbing for the fake HTTP servers the sandboxes and tests run on 127.0.0.1.

Shared by the carrier sandbox, the SP-API sandbox (``bot/amazon``) and the test fakes so
each fake only writes its answers, not the thread, port and shutdown handling.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

__all__ = ["LocalServer", "send_json"]


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # The default backlog of 5 drops connections when a drafting burst opens many at
    # once, and the client's SYN retry then costs a whole second.
    request_queue_size = 128


class LocalServer:
    """``handler`` served on an ephemeral 127.0.0.1 port from a daemon thread.

    The port is bound at construction; :meth:`start` begins serving.
    """

    def __init__(
        self, handler: type[BaseHTTPRequestHandler], *, name: str, poll_interval: float = 0.05
    ) -> None:
        self._server = _Server(("127.0.0.1", 0), handler)
        # A short poll interval keeps stop() (and so every test's teardown) quick.
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": poll_interval},
            name=name,
            daemon=True,
        )

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def start(self) -> LocalServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


def send_json(
    req: BaseHTTPRequestHandler,
    status: int,
    payload: Any,
    *,
    content_type: str = "application/json",
    headers: Mapping[str, str] | None = None,
    ensure_ascii: bool = True,
) -> None:
    """Answer ``req`` with ``payload`` as a JSON body and an exact Content-Length."""
    data = json.dumps(payload, ensure_ascii=ensure_ascii).encode("utf-8")
    req.send_response(status)
    req.send_header("Content-Type", content_type)
    req.send_header("Content-Length", str(len(data)))
    for name, value in (headers or {}).items():
        req.send_header(name, value)
    req.end_headers()
    req.wfile.write(data)
