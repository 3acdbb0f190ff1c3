"""Sample mails, the CI Dovecot (address, an admin client) and a TCP proxy that can cut it."""

from __future__ import annotations

import contextlib
import imaplib
import re
import select
import socket
import threading
import uuid
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

IMAP_HOST = "127.0.0.1"


IMAP_PORT = 10143


IMAPS_PORT = 10993


IMAP_USER = "wismo"


IMAP_PASSWORD = "wismo-test"


ENV_FILE = Path("/tmp/wismo-ci-imap.env")


NO_SERVER = f"no IMAP server on {IMAP_HOST}:{IMAP_PORT} (run .ci/services)"


def make_mail(n: int, *, body: str = "Where is my order?") -> bytes:
    return (
        f"From: Jo - Amazon Marketplace <buyer{n}@marketplace.amazon.com>\r\n"
        f"To: support@example.com\r\n"
        f"Subject: Order delivery inquiry from Amazon customer Jo (Order: 111-0000000-{n:07d})\r\n"
        f"Message-ID: <mail-{n}-{uuid.uuid4().hex}@marketplace.amazon.com>\r\n"
        f"Date: Sun, 29 Nov 2026 05:00:00 +0000\r\n"
        f"\r\n{body} #{n}\r\n"
    ).encode()


def server_answers() -> bool:
    try:
        with socket.create_connection((IMAP_HOST, IMAP_PORT), timeout=1.0) as sock:
            sock.settimeout(2.0)
            return sock.recv(4).startswith(b"* OK")
    except OSError:
        return False


def ca_file() -> Path | None:
    try:
        text = ENV_FILE.read_text()
    except OSError:
        return None
    match = re.search(r"^WISMO_TEST_IMAP_CAFILE=(.+)$", text, re.MULTILINE)
    return Path(match.group(1).strip()) if match else None


class ImapAdmin:
    """A second, independent IMAP session: puts mail in and looks at flags, like a human."""

    def __init__(self, folder: str, quoted: str) -> None:
        self.folder = folder
        self.quoted = quoted
        self.conn = imaplib.IMAP4(IMAP_HOST, IMAP_PORT, timeout=5)
        self.conn.login(IMAP_USER, IMAP_PASSWORD)

    def append(self, data: bytes, *, when: datetime | None = None) -> int:
        typ, reply = self.conn.append(self.quoted, None, when, data)
        assert typ == "OK", reply
        match = re.search(rb"APPENDUID \d+ (\d+)", reply[0])
        assert match, reply
        return int(match.group(1))

    def flags(self, uid: int) -> set[str]:
        self.conn.select(self.quoted, readonly=True)
        typ, data = self.conn.uid("FETCH", str(uid), "(FLAGS)")
        assert typ == "OK", data
        found = re.search(rb"FLAGS \(([^)]*)\)", data[0])
        assert found, data
        return set(found.group(1).decode().split())

    def close(self) -> None:
        with contextlib.suppress(imaplib.IMAP4.error, OSError):
            self.conn.logout()


def new_folder(name: str) -> Iterator[ImapAdmin]:
    from bot.mail.inbox.imap import encode_folder_name

    quoted = encode_folder_name(name)
    admin = ImapAdmin(name, quoted)
    typ, data = admin.conn.create(quoted)
    assert typ == "OK", data
    try:
        yield admin
    finally:
        try:
            admin.conn.delete(quoted)
        finally:
            admin.close()


class TcpProxy:
    """Forwards 127.0.0.1:<port> to the IMAP server; can drop every connection or go away.

    Lets a test play "the server dropped us" and "the server is down" with the real server.
    """

    def __init__(
        self,
        target: tuple[str, int],
        *,
        source_ip: str = "127.0.0.1",
        from_server: Callable[[bytes], bytes] | None = None,
    ) -> None:
        self.target = target
        self.source_ip = source_ip
        # Rewrites what the server says (e.g. a server without IDLE).
        self.from_server = from_server or (lambda data: data)
        self.port = 0
        self._listener: socket.socket | None = None
        self._pairs: list[tuple[socket.socket, socket.socket]] = []
        self._lock = threading.Lock()
        self._threads: list[threading.Thread] = []
        self.start()

    def start(self) -> None:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(8)
        self.port = listener.getsockname()[1]
        self._listener = listener
        thread = threading.Thread(target=self._accept, args=(listener,), daemon=True)
        thread.start()
        self._threads.append(thread)

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(
                    self.target, timeout=5, source_address=(self.source_ip, 0)
                )
            except OSError:
                client.close()
                continue
            with self._lock:
                self._pairs.append((client, upstream))
            thread = threading.Thread(
                target=self._pump, args=(client, upstream, self.from_server), daemon=True
            )
            thread.start()
            self._threads.append(thread)

    @staticmethod
    def _pump(a: socket.socket, b: socket.socket, from_server: Callable[[bytes], bytes]) -> None:
        peers = {a: b, b: a}
        try:
            while True:
                ready, _, _ = select.select([a, b], [], [], 0.2)
                for sock in ready:
                    data = sock.recv(65536)
                    if not data:
                        return
                    peers[sock].sendall(from_server(data) if sock is b else data)
        except (OSError, ValueError):
            return
        finally:
            for sock in (a, b):
                with contextlib.suppress(OSError):
                    sock.close()

    def drop_connections(self) -> None:
        with self._lock:
            pairs, self._pairs = self._pairs, []
        for a, b in pairs:
            for sock in (a, b):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)

    def stop(self) -> None:
        if self._listener is not None:
            with contextlib.suppress(OSError):
                self._listener.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept()
            self._listener.close()
            self._listener = None
        self.drop_connections()
