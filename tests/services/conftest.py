"""Fixtures for the store's use cases: sample mail, a recording sender, a real SMTP server."""

from __future__ import annotations

import email
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email import policy
from email.message import EmailMessage

import pytest
from aiosmtpd.controller import Controller

from bot.domain import InboundMessage, Intent, MessageKind, MessageState, OutgoingMail
from bot.services.ingest import store_inbound

T0 = datetime(2026, 3, 7, 9, 0, tzinfo=UTC)  # a Saturday morning


def buyer_message(message_id: str = "<buyer-1@marketplace.amazon.com>", **kw) -> InboundMessage:
    values = dict(
        kind=MessageKind.BUYER_MESSAGE,
        message_id=message_id,
        subject="Where is my order? (Order: 111-2223334-4445556)",
        body="Hi, my parcel has not arrived yet. Can you check?",
        sent_at=T0,
        order_id="111-2223334-4445556",
        buyer_name="Jane",
        buyer_alias="abc123xyz@marketplace.amazon.com",
        marketplace="US",
        language="en",
        intent=Intent.WHERE_IS_MY_ORDER,
    )
    values.update(kw)
    return InboundMessage(**values)


def stored_buyer_message(uow_factory, message_id="<buyer-1@marketplace.amazon.com>") -> int:
    result = store_inbound(
        uow_factory(), b"raw", buyer_message(message_id), arrived_at=T0 + timedelta(minutes=1)
    )
    return result.message_pk


def carded(uow_factory, pk: int) -> None:
    with uow_factory() as uow:
        assert uow.messages.transition(
            pk, expected={MessageState.RECEIVED}, new=MessageState.CARDED, actor=None, now=T0
        )
        uow.commit()


def reply_for(pk: int) -> OutgoingMail:
    return OutgoingMail(
        to="abc123xyz@marketplace.amazon.com",
        subject="Re: Where is my order? (Order: 111-2223334-4445556)",
        body="Hello Jane, your parcel is on its way with UPS. Order 111-2223334-4445556.",
        message_id=f"<reply-{pk}@seller.example>",
        in_reply_to="<buyer-1@marketplace.amazon.com>",
        references=("<buyer-1@marketplace.amazon.com>",),
    )


@dataclass
class Recorder:
    """Keeps every accepted mail; refuses recipients starting with ``reject`` (550)."""

    received: list[EmailMessage] = field(default_factory=list)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.startswith("reject"):
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.received.append(
            email.message_from_bytes(envelope.original_content, policy=policy.default)
        )
        return "250 Message accepted"


def free_port() -> int:
    with socket.socket() as s:  # aiosmtpd cannot report a port-0 bind: pick a free one
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def running_smtp(port: int | None = None) -> Iterator[tuple[int, Recorder]]:
    """A real SMTP server on 127.0.0.1 (``port``, or a free one) recording what it accepts."""
    port = port or free_port()
    recorder = Recorder()
    controller = Controller(recorder, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield port, recorder
    finally:
        controller.stop()


@pytest.fixture
def smtp_server() -> Iterator[tuple[int, Recorder]]:
    """A real SMTP server on 127.0.0.1 recording every mail it accepts."""
    with running_smtp() as server:
        yield server
