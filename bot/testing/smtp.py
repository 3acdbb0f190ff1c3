"""A real SMTP server on 127.0.0.1 keeping every mail it accepts (needs ``aiosmtpd``)."""

from __future__ import annotations

import email
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller

from bot.testing.net import free_port

__all__ = ["Recorder", "running_smtp"]


@dataclass
class Recorder:
    """Keeps every accepted mail; refuses recipients starting with ``reject`` (550)."""

    received: list[EmailMessage] = field(default_factory=list)

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: Any
    ) -> str:
        if address.startswith("reject"):
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        message = email.message_from_bytes(envelope.original_content, policy=policy.default)
        assert isinstance(message, EmailMessage)
        self.received.append(message)
        return "250 Message accepted"


@contextmanager
def running_smtp(port: int | None = None) -> Iterator[tuple[int, Recorder]]:
    """A real SMTP server on 127.0.0.1 (``port``, or a free one) recording what it accepts."""
    port = port or free_port()  # aiosmtpd cannot report a port-0 bind: pick a free one
    recorder = Recorder()
    controller = Controller(recorder, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield port, recorder
    finally:
        controller.stop()
