"""A TCP proxy on 127.0.0.1 that can play "the database went away".

Put it between the bot and PostgreSQL (:func:`through`) and call :meth:`CuttableProxy.cut`:
every open connection is reset at once and every new one is accepted and reset straight
away, as a crashed server or a broken network looks to the client.  :meth:`restore`
lets connections through again.  Threads, no asyncio: the bot's database code is
synchronous and the proxy must keep working while a test thread blocks.
"""

from __future__ import annotations

import contextlib
import select
import socket
import struct
import threading
from collections.abc import Iterator

from sqlalchemy.engine import make_url

__all__ = ["CuttableProxy", "through"]

_RESET = struct.pack("ii", 1, 0)  # SO_LINGER on, 0 s: close() sends RST, not FIN


def _reset(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, _RESET)
    with contextlib.suppress(OSError):
        sock.close()


class CuttableProxy:
    """Forwards ``127.0.0.1:<port>`` to ``target``; ``cut()`` and ``restore()`` on demand."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self._down = threading.Event()
        self._closed = threading.Event()
        self._lock = threading.Lock()
        self._pairs: set[tuple[socket.socket, socket.socket]] = set()
        self.cuts = 0
        self.refused = 0  # connections refused while cut
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self.port: int = self._listener.getsockname()[1]
        self._thread = threading.Thread(target=self._accept, name="db-proxy", daemon=True)
        self._thread.start()

    @property
    def is_cut(self) -> bool:
        return self._down.is_set()

    def cut(self) -> None:
        """Reset every connection and refuse new ones until :meth:`restore`."""
        with self._lock:
            self._down.set()
            self.cuts += 1
            pairs, self._pairs = self._pairs, set()
        for client, upstream in pairs:
            _reset(client)
            _reset(upstream)

    def restore(self) -> None:
        self._down.clear()

    def close(self) -> None:
        self._closed.set()
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)
        self._listener.close()
        self.cut()
        self._thread.join(timeout=5)

    def _accept(self) -> None:
        while not self._closed.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            if self._down.is_set():
                self.refused += 1
                _reset(client)
                continue
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                _reset(client)
                continue
            with self._lock:
                if self._down.is_set():  # cut while we connected
                    _reset(client)
                    _reset(upstream)
                    continue
                self._pairs.add((client, upstream))
            threading.Thread(
                target=self._pump, args=(client, upstream), name="db-proxy-pump", daemon=True
            ).start()

    def _pump(self, client: socket.socket, upstream: socket.socket) -> None:
        peers = {client: upstream, upstream: client}
        try:
            while True:
                ready, _, _ = select.select(list(peers), [], [], 0.5)
                for sock in ready:
                    data = sock.recv(65536)
                    if not data:
                        return
                    peers[sock].sendall(data)
        except (OSError, ValueError):
            return
        finally:
            with self._lock:
                self._pairs.discard((client, upstream))
            for sock in (client, upstream):
                with contextlib.suppress(OSError):
                    sock.close()


@contextlib.contextmanager
def through(url: str) -> Iterator[tuple[CuttableProxy, str]]:
    """A proxy in front of the server of database ``url``, and ``url`` pointed at it."""
    parsed = make_url(url)
    proxy = CuttableProxy((parsed.host or "127.0.0.1", parsed.port or 5432))
    try:
        yield (
            proxy,
            parsed.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False),
        )
    finally:
        proxy.close()
