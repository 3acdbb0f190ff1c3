"""The remote services of the trial, all in this process on 127.0.0.1.

Fake Slack (``bot/testing/fake_slack.py``), the SP-API sandbox, the carrier sandbox and a
real SMTP server (aiosmtpd) that records every reply.  Each can be broken for a period:
Slack answers 429 or 500, a carrier is down (503) or over quota (429 with Retry-After),
the SMTP server refuses mail with a temporary 451.
"""

from __future__ import annotations

import contextlib
import email
import threading
import time
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler
from types import TracebackType
from typing import Any

from aiosmtpd.controller import Controller

from bot.amazon.sandbox import SpApiSandbox, order_payload, package
from bot.testing.fake_slack import FakeSlack
from bot.testing.net import free_port
from carriers.sandbox import (
    SANDBOX_API_KEY,
    SANDBOX_CLIENT_ID,
    SANDBOX_CLIENT_SECRET,
    CarrierSandbox,
)

from .mails import MARKETS, PlannedMail, relay_address

__all__ = ["Received", "SmtpSink", "TrialCarriers", "World"]


@dataclass(frozen=True, slots=True)
class Received:
    at: float  # wall-clock seconds
    message_id: str
    in_reply_to: str
    to: str
    subject: str
    body: str


class _SinkHandler:
    def __init__(self, sink: SmtpSink) -> None:
        self.sink = sink

    async def handle_MAIL(
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        if self.sink.refusing:
            self.sink.refused += 1
            return "451 4.3.0 Mail server temporarily unavailable, try again later"
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        raw = bytes(envelope.original_content or envelope.content or b"")
        msg = email.message_from_bytes(raw, policy=policy.default)
        assert isinstance(msg, EmailMessage)
        part = msg.get_body(("plain",))
        body = part.get_content() if part is not None else ""
        self.sink.add(
            Received(
                time.time(),
                str(msg.get("Message-ID", "")).strip().strip("<>"),
                str(msg.get("In-Reply-To", "")).strip().strip("<>"),
                str(msg.get("To", "")),
                str(msg.get("Subject", "")),
                str(body),
            )
        )
        return "250 Message accepted for delivery"


class SmtpSink:
    """A real SMTP server on 127.0.0.1 that keeps what it receives; can refuse for a while."""

    def __init__(self) -> None:
        self.received: list[Received] = []
        self.refusing = False
        self.refused = 0
        self._lock = threading.Lock()
        self._port = free_port()  # aiosmtpd cannot report a port-0 bind
        self._controller = Controller(_SinkHandler(self), hostname="127.0.0.1", port=self._port)

    def start(self) -> SmtpSink:
        self._controller.start()
        return self

    def stop(self) -> None:
        self._controller.stop()

    @property
    def port(self) -> int:
        return self._port

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    def add(self, mail: Received) -> None:
        with self._lock:
            self.received.append(mail)

    def snapshot(self) -> list[Received]:
        with self._lock:
            return list(self.received)


class TrialCarriers(CarrierSandbox):
    """The carrier sandbox with whole-carrier outages: down (503) or over quota (429)."""

    def __init__(self) -> None:
        super().__init__()
        self._outage: dict[str, tuple[int, str | None]] = {}
        self.refused: dict[str, int] = {}

    def down(self, carrier: str, *, status: int = 503, retry_after: str | None = None) -> None:
        with self._lock:
            self._outage[carrier] = (status, retry_after)

    def restore(self, carrier: str) -> None:
        with self._lock:
            self._outage.pop(carrier, None)

    def _handle(self, req: BaseHTTPRequestHandler) -> None:
        carrier = req.path.lstrip("/").partition("/")[0]
        with self._lock:
            outage = self._outage.get(carrier)
            if outage:
                self.refused[carrier] = self.refused.get(carrier, 0) + 1
        if outage is None:
            super()._handle(req)
            return
        length = int(req.headers.get("Content-Length") or 0)
        if length:
            req.rfile.read(length)
        status, retry_after = outage
        headers = {"Retry-After": retry_after} if retry_after else {}
        self._reply(req, status, {"error": f"fault injected by the trial: HTTP {status}"}, headers)

    def env(self) -> dict[str, str]:
        return {
            "UPS_CLIENT_ID": SANDBOX_CLIENT_ID,
            "UPS_CLIENT_SECRET": SANDBOX_CLIENT_SECRET,
            "UPS_BASE_URL": self.base_url("ups"),
            "USPS_CLIENT_ID": SANDBOX_CLIENT_ID,
            "USPS_CLIENT_SECRET": SANDBOX_CLIENT_SECRET,
            "USPS_BASE_URL": self.base_url("usps"),
            "FEDEX_CLIENT_ID": SANDBOX_CLIENT_ID,
            "FEDEX_CLIENT_SECRET": SANDBOX_CLIENT_SECRET,
            "FEDEX_BASE_URL": self.base_url("fedex"),
            "DHL_API_KEY": SANDBOX_API_KEY,
            "DHL_BASE_URL": self.base_url("dhl"),
        }


class World:
    """Every fake, started together; ``env()`` points a wismo process at all of them."""

    def __init__(self) -> None:
        self.slack = FakeSlack()
        self.amazon = SpApiSandbox(orders=[], rate_limit="20")
        self.carriers = TrialCarriers()
        self.smtp = SmtpSink()

    def __enter__(self) -> World:
        self.slack.__enter__()
        self.amazon.start()
        self.carriers.start()
        self.smtp.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        for stop in (self.smtp.stop, self.carriers.stop, self.amazon.stop):
            with contextlib.suppress(Exception):
                stop()
        self.slack.__exit__(None, None, None)

    def env(self) -> dict[str, str]:
        return {
            "SLACK_BASE_URL": self.slack.base_url,
            "SMTP_URL": self.smtp.url,
            **self.amazon.env(),
            **self.carriers.env(),
        }

    def add_order(self, mail: PlannedMail) -> None:
        """The SP-API order behind a buyer mail, shipped with the mail's parcel."""
        if mail.kind != "buyer" or not mail.order_id or not mail.market:
            return
        _, _, market_id, _ = MARKETS[mail.market]
        packages = []
        if mail.carrier and mail.tracking_number:
            packages.append(package(mail.carrier, mail.tracking_number))
        self.amazon.add_order(
            order_payload(
                mail.order_id,
                marketplace_id=market_id,
                packages=packages,
                buyer_name=mail.buyer_name or "Buyer",
                buyer_email=relay_address(mail),
                title=mail.item,
            )
        )
