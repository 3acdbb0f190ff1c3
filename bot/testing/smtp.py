"""A real SMTP server on 127.0.0.1 keeping every mail it accepts (needs ``aiosmtpd``)."""

from __future__ import annotations

import asyncio
import email
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from typing import Any, Literal

from aiosmtpd.controller import Controller

from bot.testing.net import free_port

__all__ = ["Recorder", "running_smtp"]


@dataclass
class Recorder:
    """Keeps every accepted mail; refuses recipients starting with ``reject`` (550).

    ``rcpt_reply``: the answer to every RCPT instead (e.g. ``"451 try later"``), a refusal
    before any data.  ``after_data``: what follows a complete message (kept in
    ``received`` either way): the usual 250, no answer at all (``"hang"``, a server or
    content filter slower than the client's timeout, or a lost reply), or the connection
    closed without an answer (``"close"``).
    """

    received: list[EmailMessage] = field(default_factory=list)
    rcpt_reply: str | None = None
    after_data: Literal["reply", "hang", "close"] = "reply"

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: Any
    ) -> str:
        if self.rcpt_reply is not None:
            return self.rcpt_reply
        if address.startswith("reject"):
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        message = email.message_from_bytes(envelope.original_content, policy=policy.default)
        assert isinstance(message, EmailMessage)
        self.received.append(message)
        if self.after_data == "hang":
            await asyncio.sleep(3600)  # cancelled when the server stops
        elif self.after_data == "close":
            server.transport.close()
        return "250 Message accepted"


@contextmanager
def running_smtp(
    port: int | None = None, recorder: Recorder | None = None
) -> Iterator[tuple[int, Recorder]]:
    """A real SMTP server on 127.0.0.1 (``port``, or a free one) recording what it accepts."""
    port = port or free_port()  # aiosmtpd cannot report a port-0 bind: pick a free one
    recorder = recorder or Recorder()
    controller = Controller(recorder, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield port, recorder
    finally:
        controller.stop()
