"""What the fault matrix and the push-intake run share: many buyers each writing the
demo's in-transit buyer message about an order of their own, and the CI's IMAP server
(Dovecot, started by ``.ci/services``) their mail may arrive through."""

from __future__ import annotations

import contextlib
import imaplib
import re
import socket
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from email.utils import format_datetime
from typing import Any

from bot.demo_data import Manifest

__all__ = ["IMAP", "buyer_mail", "buyer_order", "imap_login", "imap_problem", "imap_url"]

IMAP = ("127.0.0.1", 10143, "wismo", "wismo-test")
_DEMO_ORDER, _DEMO_ALIAS, _RELAY = (
    "113-4021576-1000001",
    "demo01cherx7q2w9",
    "marketplace.amazon.com",
)


def imap_problem() -> str | None:
    """None when the CI Dovecot answers on 127.0.0.1:10143, else why IMAP cannot be used."""
    try:
        with socket.create_connection(IMAP[:2], timeout=1.0) as sock:
            sock.settimeout(2.0)
            if sock.recv(4).startswith(b"* OK"):
                return None
    except OSError:
        pass
    return f"no IMAP server on {IMAP[0]}:{IMAP[1]} (run .ci/services)"


@contextlib.contextmanager
def imap_login(*, timeout: float) -> Iterator[imaplib.IMAP4]:
    """A connection to the CI Dovecot, logged in; logged out after (quietly)."""
    conn = imaplib.IMAP4(IMAP[0], IMAP[1], timeout=timeout)
    conn.login(IMAP[2], IMAP[3])
    try:
        yield conn
    finally:
        with contextlib.suppress(imaplib.IMAP4.error, OSError):
            conn.logout()


def imap_url(folder: str) -> str:
    """The bot's ``inbox`` setting for ``folder`` of the CI Dovecot."""
    return f"imap://{IMAP[2]}:{IMAP[3]}@{IMAP[0]}:{IMAP[1]}/{folder}"


def buyer_order(manifest: Manifest, order_id: str, alias: str) -> dict[str, Any]:
    """A buyer's own copy of the demo's in-transit order, as SP-API returns it: a
    conversation each."""
    spec = next(o for o in manifest.orders if o["order_id"] == _DEMO_ORDER)
    spec = {**spec, "order_id": order_id, "buyer_email": f"{alias}@{_RELAY}"}
    [payload] = replace(manifest, orders=(spec,)).order_payloads()
    return payload


def buyer_mail(
    manifest: Manifest, order_id: str, alias: str, *, sent_at: datetime, message_id: str
) -> bytes:
    """The demo's in-transit buyer message, as the buyer of :func:`buyer_order` sent it
    at ``sent_at``."""
    raw = manifest.mails[0].raw.decode()
    raw = raw.replace(_DEMO_ORDER, order_id).replace(_DEMO_ALIAS, alias)
    raw = re.sub(r"^Date: .*$", f"Date: {format_datetime(sent_at)}", raw, count=1, flags=re.M)
    raw = re.sub(r"^Message-ID: .*$", f"Message-ID: {message_id}", raw, count=1, flags=re.M)
    return raw.encode()
