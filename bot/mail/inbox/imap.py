"""An IMAP folder as an inbox (``WISMO_INBOX=imaps://user:pass@host:993/INBOX``).

The usual set-up: Seller Central forwards buyer messages to a support mailbox, and the bot
polls it.  The source is UID-based: it remembers the folder's UIDVALIDITY and the highest
UID below which everything is stored (plus the few stored UIDs above it), so a restart
resumes where it stopped and humans reading the mailbox (setting \\Seen) change nothing.
Mail is fetched with ``BODY.PEEK[]``, which leaves it unread; only after ``handle`` stored
it is it marked \\Seen (so people sharing the mailbox see what the bot has taken).  A mail
that cannot be stored after several attempts is marked \\Flagged and ``$WismoFailed`` and
skipped; to retry it, copy it into the folder again (it gets a new UID).

Push: between two polls the source waits in IMAP IDLE (RFC 2177) on the same connection,
when the server offers it.  The first change the server announces (a new mail's
``EXISTS``, or anything else but a keep-alive) ends the wait, and the poller polls at once;
the wait also ends after ``idle_renew`` seconds (29 minutes: servers may drop a client
idle for 30) or at the next safety poll, whichever comes first.  A server without IDLE is
polled every interval.  IDLE is spoken over imaplib's public ``send`` and ``readline``: the
same connection, TLS and login as the poll (Python's imaplib has no IDLE of its own
before 3.14).

URL form: ``imap[s]://USER:PASSWORD@HOST[:PORT][/FOLDER][?starttls=true]`` with USER and
PASSWORD percent-encoded (``@`` is ``%40``).  ``imaps`` is TLS from the start (port 993);
``imap`` is port 143, upgraded with STARTTLS when ``starttls=true``.  Certificates are
verified.  The password never appears in logs, errors or reprs.
"""

from __future__ import annotations

import base64
import contextlib
import imaplib
import io
import ipaddress
import logging
import re
import select
import ssl
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any, cast
from urllib.parse import parse_qs, unquote, urlsplit

from bot.config import Secret
from bot.errors import InboxUnavailable
from bot.mail.inbox.source import DEFAULT_BATCH_SIZE, Attempts, Handler, Outcome, RawMail
from bot.mail.inbox.state import MemoryState, StateStore

__all__ = [
    "DEFAULT_IDLE_RENEW",
    "FAILED_KEYWORD",
    "ImapAddress",
    "ImapSource",
    "encode_folder_name",
]

log = logging.getLogger(__name__)

FAILED_KEYWORD = "$WismoFailed"
_TRUE = {"1", "true", "yes", "on"}
_MONTHS = {
    m: i
    for i, m in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1
    )
}
_INTERNALDATE = re.compile(
    rb'INTERNALDATE "\s?(\d{1,2})-([A-Za-z]{3})-(\d{4}) (\d\d):(\d\d):(\d\d) ([+-])(\d\d)(\d\d)"'
)
_UID = re.compile(rb"\bUID (\d+)")
# Longest IDLE before it is renewed (RFC 2177: servers may log out a client idle 30 min).
DEFAULT_IDLE_RENEW = 29 * 60.0
_IDLE_TAG = b"WIDLE"
# How often a wait in IDLE looks at the stop event.
_IDLE_SLICE = 0.5
# An IDLE that fails within this many seconds, three times in a row, is given up.
_IDLE_QUICK_FAILURE = 10.0


@dataclass(frozen=True, slots=True)
class ImapAddress:
    """A parsed ``imap://`` or ``imaps://`` inbox URL."""

    host: str
    user: str
    password: Secret = field(repr=False)
    port: int = 993
    folder: str = "INBOX"
    tls: bool = True  # imaps: TLS from the first byte
    starttls: bool = False

    @classmethod
    def parse(cls, url: str) -> ImapAddress:
        """Parse an inbox URL; :class:`ValueError` says what is wrong (never the password)."""
        try:
            parts = urlsplit(url)
            port = parts.port
        except ValueError as exc:
            raise ValueError(f"inbox URL is malformed: {exc}") from None
        if parts.scheme not in {"imap", "imaps"}:
            raise ValueError(f"inbox URL must start with imap:// or imaps://, not {parts.scheme}:")
        if not parts.hostname:
            raise ValueError("inbox URL has no host: imaps://USER:PASSWORD@HOST/FOLDER")
        if not parts.username or parts.password is None:
            raise ValueError(
                "inbox URL needs a user and password: imaps://USER:PASSWORD@HOST/FOLDER "
                "(percent-encode @ : / in them)"
            )
        query = parse_qs(parts.query)
        unknown = sorted(set(query) - {"starttls"})
        if unknown:
            raise ValueError(
                f"inbox URL has unknown option(s) {', '.join(unknown)}; known: starttls"
            )
        tls = parts.scheme == "imaps"
        starttls = query.get("starttls", ["false"])[-1].lower() in _TRUE
        if tls and starttls:
            raise ValueError("starttls is for imap://; imaps:// is already TLS")
        folder = unquote(parts.path.lstrip("/")) or "INBOX"
        return cls(
            host=parts.hostname,
            user=unquote(parts.username),
            password=Secret(unquote(parts.password)),
            port=port or (993 if tls else 143),
            folder=folder,
            tls=tls,
            starttls=starttls,
        )

    @property
    def display(self) -> str:
        scheme = "imaps" if self.tls else "imap"
        extra = "?starttls=true" if self.starttls else ""
        return f"{scheme}://{self.user}@{self.host}:{self.port}/{self.folder}{extra}"

    @property
    def encrypted(self) -> bool:
        return self.tls or self.starttls


def encode_folder_name(name: str) -> str:
    """A folder name as an IMAP quoted string, non-ASCII in modified UTF-7 (RFC 3501 5.1.3)."""
    out: list[str] = []
    pending: list[str] = []

    def flush() -> None:
        if pending:
            raw = "".join(pending).encode("utf-16-be")
            out.append("&" + base64.b64encode(raw).decode("ascii").rstrip("=").replace("/", ","))
            out.append("-")
            pending.clear()

    for char in name:
        if 0x20 <= ord(char) <= 0x7E:
            flush()
            out.append("&-" if char == "&" else char)
        else:
            pending.append(char)
    flush()
    encoded = "".join(out).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{encoded}"'


def _parse_internaldate(meta: bytes) -> datetime | None:
    match = _INTERNALDATE.search(meta)
    if not match:
        return None
    day, mon, year, hh, mm, ss, sign, oh, om = match.groups()
    month = _MONTHS.get(mon.decode("ascii").title())
    if month is None:
        return None
    offset = timedelta(hours=int(oh), minutes=int(om))
    zone = timezone(offset if sign == b"+" else -offset)
    return datetime(int(year), month, int(day), int(hh), int(mm), int(ss), tzinfo=zone)


def _announces_change(line: bytes) -> bool:
    """An untagged line in IDLE that calls for a poll: anything but a keep-alive.

    ``EXISTS`` is a new mail; ``EXPUNGE`` and ``FETCH`` (flags) are cheap to poll for too.
    Raises when the connection ended.
    """
    if not line:
        raise imaplib.IMAP4.abort("connection closed during IDLE")
    if line.startswith(b"* BYE"):
        raise imaplib.IMAP4.abort("the server said BYE during IDLE")
    return not line.startswith(b"* OK")


def _check(reply: tuple[str, list[Any]], what: str) -> list[Any]:
    typ, data = reply
    if typ != "OK":
        detail = b" ".join(d for d in data if isinstance(d, bytes)).decode("utf-8", "replace")
        raise imaplib.IMAP4.error(f"{what} failed: {typ} {detail}".strip())
    return data


class ImapSource:
    """Polls one IMAP folder. Not thread-safe: one poller thread per source."""

    def __init__(
        self,
        address: ImapAddress,
        *,
        state: StateStore | None = None,
        batch_size: int = DEFAULT_BATCH_SIZE,
        attempts: Attempts | None = None,
        mark_seen: bool = True,
        ssl_context: ssl.SSLContext | None = None,
        timeout: float = 30.0,
        idle: bool = True,
        idle_renew: float = DEFAULT_IDLE_RENEW,
    ) -> None:
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        if idle_renew <= 0:
            raise ValueError("idle_renew must be positive")
        self.address = address
        self.batch_size = batch_size
        self.attempts = attempts if attempts is not None else Attempts()
        self.mark_seen = mark_seen
        self.timeout = timeout
        self._state_store: StateStore = state if state is not None else MemoryState()
        self._ssl_context = ssl_context
        self._conn: imaplib.IMAP4 | None = None
        self._uidvalidity = 0
        self._last_uid = 0
        self._done: set[int] = set()
        self._loaded = False
        self._warned_plain = False
        self.idle = idle
        self.idle_renew = idle_renew
        self._idle_said: bool | None = None  # what the log last said about IDLE
        self._idle_failures = 0  # IDLE waits in a row that ended in a dropped connection

    @classmethod
    def from_url(cls, url: str, **kwargs: Any) -> ImapSource:
        return cls(ImapAddress.parse(url), **kwargs)

    @property
    def name(self) -> str:
        return self.address.display

    def __repr__(self) -> str:
        return f"ImapSource({self.name!r})"

    # -- the poll ---------------------------------------------------------------------

    def poll(self, handle: Handler) -> int:
        conn = self._connection()
        try:
            return self._poll(conn, handle)
        except (imaplib.IMAP4.error, OSError) as exc:
            # imaplib's abort (connection lost) is an IMAP4.error; socket errors are OSError.
            self._drop()
            raise InboxUnavailable(f"{self.name}: {exc}; will reconnect on the next poll") from exc

    # -- push -----------------------------------------------------------------------

    def wait_for_mail(self, timeout: float, stop: threading.Event) -> bool:
        """Wait up to ``timeout`` seconds (and at most ``idle_renew``) for the server to
        announce a change, in IDLE; True when it did (poll now), False when the time ran
        out or ``stop`` was set.  Without IDLE (or with it off) this is a plain wait."""
        conn = self._conn
        usable = (
            self.idle
            and conn is not None
            and "IDLE" in conn.capabilities
            and self._idle_failures < 3
        )
        self._say_idle(usable)
        if conn is None or not usable:
            stop.wait(timeout)
            return False
        if conn.untagged_responses.pop("EXISTS", None) is not None:
            return True  # a mail the last poll's commands were told about: take it now
        started = time.monotonic()
        try:
            changed = self._idle(conn, min(timeout, self.idle_renew), stop)
        except (imaplib.IMAP4.error, OSError) as exc:
            # A connection that lasted a while was dropped by a router or the server: normal.
            # One that fails at once, again and again, turns IDLE off for this source.
            quick = time.monotonic() - started < _IDLE_QUICK_FAILURE
            self._idle_failures = self._idle_failures + 1 if quick else 0
            log.info("inbox %s: IDLE ended (%s); reconnecting to poll", self.name, exc)
            self._drop()
            return True  # mail may have come while the connection was down
        self._idle_failures = 0
        return changed

    def _say_idle(self, usable: bool) -> None:
        if self._idle_said == usable:
            return
        self._idle_said = usable
        if usable:
            log.info("inbox %s: waiting for mail in IMAP IDLE", self.name)
        elif self.idle and self._conn is not None:
            why = "IDLE keeps failing" if self._idle_failures else "the server has no IDLE"
            log.info("inbox %s: %s; polling only", self.name, why)

    def _idle(self, conn: imaplib.IMAP4, seconds: float, stop: threading.Event) -> bool:
        conn.send(_IDLE_TAG + b" IDLE\r\n")
        first = conn.readline()
        if not first.startswith(b"+"):
            # Refused (NO/BAD): the server does not want IDLE after all.
            self.idle = False
            log.warning("inbox %s: server refused IDLE (%r); polling only", self.name, first[:80])
            if not first.startswith(_IDLE_TAG):
                self._read_to_tag(conn)
            return False
        changed = False
        deadline = time.monotonic() + seconds
        while not stop.is_set() and not changed:
            left = deadline - time.monotonic()
            if left <= 0:
                break
            if self._peek(conn):
                changed = _announces_change(conn.readline())
                continue
            # Sleep until the server writes, the slice ends (to look at stop) or the time
            # is up.  (A timeout on the read itself would spoil imaplib's file.)
            readable, _, _ = select.select([conn.socket()], [], [], min(_IDLE_SLICE, left))
            if readable and self._peek(conn) == b"":
                raise imaplib.IMAP4.abort("connection closed during IDLE")
        conn.send(b"DONE\r\n")
        return self._read_to_tag(conn) or changed

    def _peek(self, conn: imaplib.IMAP4) -> bytes | None:
        """What waits in imaplib's buffer or the socket, read without blocking (lines the
        server sent together sit in the buffer, where ``select`` cannot see them).

        ``b""`` when nothing waits, or at the end of the stream (which a socket that
        ``select`` found readable means); None when TLS read a record without data.
        """
        sock = conn.socket()
        if isinstance(sock, ssl.SSLSocket) and sock.pending():
            return b"?"  # decrypted bytes wait in the TLS layer
        sock.setblocking(False)
        try:
            return cast(io.BufferedReader, conn.file).peek(1)
        except (BlockingIOError, ssl.SSLWantReadError):
            return None
        finally:
            sock.settimeout(self.timeout)

    @staticmethod
    def _read_to_tag(conn: imaplib.IMAP4) -> bool:
        """Read up to IDLE's tagged answer; True when a change came in meanwhile."""
        changed = False
        while True:
            line = conn.readline()
            if line.startswith(_IDLE_TAG + b" "):
                if not line.startswith(_IDLE_TAG + b" OK"):
                    raise imaplib.IMAP4.error(f"IDLE ended with {line[:80]!r}")
                return changed
            changed = _announces_change(line) or changed

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is None:
            return
        with contextlib.suppress(imaplib.IMAP4.error, OSError):
            conn.logout()

    def _poll(self, conn: imaplib.IMAP4, handle: Handler) -> int:
        self.attempts.start_poll()
        # The search sees every mail up to here; an EXISTS the server sends from now on
        # (in answer to the commands below) makes the next wait end at once.
        conn.untagged_responses.pop("EXISTS", None)
        search = _check(conn.uid("SEARCH", "UID", f"{self._last_uid + 1}:*"), "UID SEARCH")
        # "n:*" always matches the highest UID, even when it is below n: filter.
        uids = sorted({int(u) for u in (search[0] or b"").split()} - {0})
        uids = [u for u in uids if u > self._last_uid]
        pending = [u for u in uids if u not in self._done]
        handled = 0
        for uid in pending[: self.batch_size]:
            raw = self._fetch(conn, uid)
            if raw is None:
                continue  # expunged since the search
            outcome = self.attempts.offer(raw, handle, where=self.name)
            if outcome is Outcome.HANDLED:
                handled += 1
                self._finish(uids, uid)
                if self.mark_seen:
                    self._store_flags(conn, uid, "\\Seen")
            elif outcome is Outcome.POISON:
                self._store_flags(conn, uid, "\\Flagged")
                self._store_flags(conn, uid, FAILED_KEYWORD)
                self._finish(uids, uid)
                self.attempts.set_aside(raw, where=self.name)
            if self.attempts.should_stop(where=self.name):
                break
        return handled

    def _fetch(self, conn: imaplib.IMAP4, uid: int) -> RawMail | None:
        data = _check(conn.uid("FETCH", str(uid), "(UID INTERNALDATE BODY.PEEK[])"), "UID FETCH")
        # The reply can also carry unsolicited FETCH updates for other mails: pick ours.
        for index, item in enumerate(data):
            if not isinstance(item, tuple):
                continue
            meta, body = item
            found = _UID.search(meta)
            if found is None or int(found.group(1)) != uid or b"BODY[]" not in meta:
                continue
            trailer = data[index + 1] if index + 1 < len(data) else b""
            received = _parse_internaldate(meta)
            if received is None and isinstance(trailer, bytes):
                received = _parse_internaldate(trailer)
            return RawMail(
                data=bytes(body),
                source_id=f"imap:{self.address.folder}:{self._uidvalidity}:{uid}",
                received_at=received,
            )
        return None

    def _store_flags(self, conn: imaplib.IMAP4, uid: int, flag: str) -> None:
        typ, data = conn.uid("STORE", str(uid), "+FLAGS.SILENT", f"({flag})")
        if typ != "OK":
            # A server without keywords refuses $WismoFailed; the UID state still skips it.
            log.warning("inbox %s: could not set %s on UID %d: %s", self.name, flag, uid, data)

    # -- state ------------------------------------------------------------------------

    def _finish(self, uids: list[int], uid: int) -> None:
        """Record ``uid`` as done and move the watermark over every done UID in a row."""
        self._done.add(uid)
        for candidate in uids:
            if candidate <= self._last_uid:
                continue
            if candidate not in self._done:
                break
            self._last_uid = candidate
        self._done = {u for u in self._done if u > self._last_uid}
        self._save()

    def _save(self) -> None:
        self._state_store.save(
            {
                "mailbox": self.name,
                "uidvalidity": self._uidvalidity,
                "last_uid": self._last_uid,
                "done": sorted(self._done),
            }
        )

    def _resume(self, uidvalidity: int) -> None:
        """Adopt the saved state, unless it belongs to another mailbox or UIDVALIDITY."""
        if not self._loaded:
            saved = self._state_store.load() or {}
            self._loaded = True
            if saved.get("mailbox") == self.name:
                self._uidvalidity = int(saved.get("uidvalidity", 0))
                self._last_uid = int(saved.get("last_uid", 0))
                self._done = {int(u) for u in saved.get("done", [])}
        if uidvalidity != self._uidvalidity:
            if self._uidvalidity:
                log.warning(
                    "inbox %s: UIDVALIDITY changed from %d to %d (the folder was rebuilt); "
                    "offering every mail again, the store drops the ones it already has",
                    self.name,
                    self._uidvalidity,
                    uidvalidity,
                )
            self._uidvalidity, self._last_uid, self._done = uidvalidity, 0, set()
            self._save()

    # -- connection -------------------------------------------------------------------

    def _connection(self) -> imaplib.IMAP4:
        if self._conn is not None:
            try:
                _check(self._conn.noop(), "NOOP")
                return self._conn
            except (imaplib.IMAP4.error, OSError) as exc:
                # Idle connections get dropped by servers; reconnect at once, no need to wait.
                log.info("inbox %s: connection lost (%s); reconnecting", self.name, exc)
                self._drop()
        conn = self._open()
        try:
            _check(conn.select(encode_folder_name(self.address.folder)), "SELECT")
            uidvalidity = conn.response("UIDVALIDITY")[1]
            self._resume(int(uidvalidity[0]) if uidvalidity and uidvalidity[0] else 0)
        except (imaplib.IMAP4.error, OSError) as exc:
            self._drop(conn)
            raise InboxUnavailable(
                f"{self.name}: cannot open folder {self.address.folder!r}: {exc}; "
                "check the folder name in WISMO_INBOX"
            ) from exc
        self._conn = conn
        log.info("inbox %s: connected", self.name)
        return conn

    def _open(self) -> imaplib.IMAP4:
        address = self.address
        context = self._ssl_context or ssl.create_default_context()
        try:
            if address.tls:
                conn: imaplib.IMAP4 = imaplib.IMAP4_SSL(
                    address.host, address.port, ssl_context=context, timeout=self.timeout
                )
            else:
                conn = imaplib.IMAP4(address.host, address.port, timeout=self.timeout)
        except (imaplib.IMAP4.error, OSError) as exc:
            raise InboxUnavailable(f"{self.name}: cannot connect: {exc}") from exc
        try:
            if address.starttls:
                conn.starttls(ssl_context=context)  # raises when refused
            elif not address.tls:
                self._warn_plaintext()
            self._login(conn)
        except (imaplib.IMAP4.error, OSError) as exc:
            self._drop(conn)
            raise InboxUnavailable(
                f"{self.name}: login refused or failed: {exc}; "
                "check the user and password in WISMO_INBOX"
            ) from exc
        return conn

    def _login(self, conn: imaplib.IMAP4) -> None:
        user, password = self.address.user, self.address.password.reveal()
        if "LOGINDISABLED" in conn.capabilities:
            raise imaplib.IMAP4.error(
                "the server refuses passwords without TLS: use imaps:// or ?starttls=true"
            )
        if "AUTH=PLAIN" in conn.capabilities:
            # SASL PLAIN carries UTF-8 credentials; LOGIN is ASCII only in imaplib.
            token = f"\0{user}\0{password}".encode()
            conn.authenticate("PLAIN", lambda _challenge: token)  # raises when refused
        else:
            conn.login(user, password)

    def _warn_plaintext(self) -> None:
        if self._warned_plain:
            return
        self._warned_plain = True
        try:
            local = ipaddress.ip_address(self.address.host).is_loopback
        except ValueError:
            local = self.address.host == "localhost"
        if not local:
            log.warning(
                "inbox %s: password sent without TLS; use imaps:// or ?starttls=true", self.name
            )

    def _drop(self, conn: imaplib.IMAP4 | None = None) -> None:
        target = conn if conn is not None else self._conn
        if conn is None:
            self._conn = None
        if target is None:
            return
        with contextlib.suppress(imaplib.IMAP4.error, OSError):
            target.shutdown()
