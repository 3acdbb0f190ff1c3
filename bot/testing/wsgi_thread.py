"""A WSGI app served by waitress on 127.0.0.1 in a thread, for tests that want real HTTP."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import waitress.server
from waitress import wasyncore

__all__ = ["served"]


@contextmanager
def served(app: Any, threads: int) -> Iterator[int]:
    """Serve ``app`` on a free port of 127.0.0.1 and yield the port.

    The server is closed on its own loop thread: closed from another thread while its
    ``select()`` waits on the sockets, the loop died with EBADF ("Bad file descriptor").
    """
    server = waitress.server.create_server(app, host="127.0.0.1", port=0, threads=threads)
    loop = threading.Thread(target=server.run, name="waitress-loop", daemon=True)
    loop.start()
    try:
        yield server.effective_port
    finally:
        server.trigger.pull_trigger(lambda: wasyncore.close_all(server._map))
        loop.join(timeout=5)
        server.task_dispatcher.shutdown()
