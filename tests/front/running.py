"""The HTTP front serving a WSGI app in a thread of the test process, as ``wismo serve`` would."""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from bot.front.server import Limits, WsgiApp, serve


@contextmanager
def running_front(app: WsgiApp, limits: Limits | None = None, *, threads: int = 8) -> Iterator[int]:
    """Serve ``app`` on 127.0.0.1; yields the port, stops when the block ends."""
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()
    served = serve(
        app,
        limits or Limits(),
        [listener],
        threads=threads,
        running=lambda: not stop.is_set(),
        grace=5.0,
        every=0.05,
    )
    thread = threading.Thread(target=asyncio.run, args=(served,), daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1]
    finally:
        stop.set()
        thread.join(timeout=10)
        listener.close()
