"""The reply sender against a real SMTP server in this process (aiosmtpd on 127.0.0.1)."""

from __future__ import annotations

import email
import socket
import ssl
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from typing import Any

import pytest
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from bot.config import Secret, Settings
from bot.domain import OutgoingMail
from bot.errors import ConfigError, MailInDoubt, MailRejected, MailUnavailable
from bot.mail.smtp import SmtpSender, parse_smtp_url, smtp_sender_for
from bot.testing.net import free_port
from bot.testing.smtp import Recorder as SinkRecorder
from bot.testing.smtp import running_smtp

ALIAS = "qw2smy2gutcr61k+133a066e@marketplace.amazon.de"
FROM = "Muster Shop <support@muster-shop.example>"
NOW = datetime(2026, 11, 29, 8, 30, tzinfo=UTC)
SUBJECT = "Re: Lieferung Anfrage von Amazon-Kunde Jürgen (Bestellung: 302-1234567-1234567)"
USER, PASSWORD = "support@muster-shop.example", "p@ss:wörd/42"

BODY = (
    "Hallo Jürgen,\n"
    "\n"
    "Ihre Bestellung 302-1234567-1234567 ist unterwegs. Voraussichtliche Zustellung: Dienstag.\n"
    "Sendungsverfolgung: https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html\n"
    ".a line that starts with a dot\n"
    "From the French side: déjà expédié, ça arrive. Gruß, Ünal\n"
)


def reply(**overrides: Any) -> OutgoingMail:
    values: dict[str, Any] = {
        "to": ALIAS,
        "subject": SUBJECT,
        "body": BODY,
        "message_id": "<reply-1.wismo@muster-shop.example>",
        "in_reply_to": "<buyer-1@marketplace.amazon.de>",
        "references": ("<first@marketplace.amazon.de>", "<buyer-1@marketplace.amazon.de>"),
    }
    values.update(overrides)
    return OutgoingMail(**values)


@dataclass
class Recorder:
    """An aiosmtpd handler that keeps what it received and refuses chosen recipients."""

    received: list[tuple[str, list[str], EmailMessage]] = field(default_factory=list)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.startswith("reject"):
            return "550 5.1.1 mailbox unavailable"
        if address.startswith("defer"):
            return "451 4.3.0 try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        parsed = email.message_from_bytes(envelope.original_content, policy=policy.default)
        self.received.append((envelope.mail_from, list(envelope.rcpt_tos), parsed))
        return "250 Message accepted"


def text(msg: EmailMessage) -> str:
    # Lines travel as CRLF on the wire (RFC 5322); a mail client shows them as newlines.
    return str(msg.get_content()).replace("\r\n", "\n")


def authenticator(server, session, envelope, mechanism, auth_data):
    ok = (
        isinstance(auth_data, LoginPassword)
        and auth_data.login.decode() == USER
        and auth_data.password.decode() == PASSWORD
    )
    return AuthResult(success=ok)


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture(scope="module")
def server_tls(ca: trustme.CA) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(ctx)
    return ctx


@pytest.fixture(scope="module")
def client_tls(ca: trustme.CA) -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ca.configure_trust(ctx)
    return ctx


@contextmanager
def smtp_server(**kwargs: Any) -> Iterator[tuple[int, Recorder]]:
    recorder = Recorder()
    port = free_port()
    controller = Controller(recorder, hostname="127.0.0.1", port=port, **kwargs)
    controller.start()
    try:
        yield port, recorder
    finally:
        controller.stop()


def sender(url: str, ctx: ssl.SSLContext | None = None, timeout: float = 5.0) -> SmtpSender:
    return SmtpSender(url, mail_from=FROM, timeout=timeout, ssl_context=ctx, clock=lambda: NOW)


def test_reply_carries_thread_headers_and_exact_utf8_body() -> None:
    with smtp_server() as (port, rec):
        sender(f"smtp://127.0.0.1:{port}").send(reply())
    [(mail_from, rcpt, msg)] = rec.received
    assert mail_from == "support@muster-shop.example"
    assert rcpt == [ALIAS]
    assert msg["To"] == ALIAS
    assert msg["From"] == FROM
    assert msg["Subject"] == reply().subject
    assert msg["Message-ID"] == "<reply-1.wismo@muster-shop.example>"
    assert msg["In-Reply-To"] == "<buyer-1@marketplace.amazon.de>"
    assert msg["References"] == "<first@marketplace.amazon.de> <buyer-1@marketplace.amazon.de>"
    assert parsedate_to_datetime(msg["Date"]) == NOW
    assert msg.get_content_type() == "text/plain"
    assert msg.get_content_charset() == "utf-8"
    assert text(msg) == BODY


def test_references_fall_back_to_in_reply_to_and_bare_ids_get_brackets() -> None:
    mail = reply(message_id="r2@shop.example", in_reply_to="b2@amazon.de", references=())
    with smtp_server() as (port, rec):
        sender(f"smtp://127.0.0.1:{port}").send(mail)
    msg = rec.received[0][2]
    assert msg["Message-ID"] == "<r2@shop.example>"
    assert msg["In-Reply-To"] == "<b2@amazon.de>"
    assert msg["References"] == "<b2@amazon.de>"


def test_ascii_body_without_final_newline_arrives_with_one() -> None:
    with smtp_server() as (port, rec):
        sender(f"smtp://127.0.0.1:{port}").send(reply(body="Your parcel is on its way."))
    assert text(rec.received[0][2]) == "Your parcel is on its way.\n"


def test_starttls_with_login(server_tls: ssl.SSLContext, client_tls: ssl.SSLContext) -> None:
    # auth_require_tls (aiosmtpd's default) hides AUTH until STARTTLS: the login
    # succeeding proves the upgrade happened first.
    with smtp_server(
        tls_context=server_tls, require_starttls=True, authenticator=authenticator
    ) as (port, rec):
        url = f"smtp+starttls://support%40muster-shop.example:p%40ss%3Aw%C3%B6rd%2F42@127.0.0.1:{port}"
        sender(url, client_tls).send(reply())
    assert text(rec.received[0][2]) == BODY


def test_implicit_tls_with_login(server_tls: ssl.SSLContext, client_tls: ssl.SSLContext) -> None:
    # aiosmtpd only counts STARTTLS as TLS for auth_require_tls; with implicit TLS the
    # whole connection is encrypted, so the server may offer AUTH at once.
    with smtp_server(
        ssl_context=server_tls, authenticator=authenticator, auth_require_tls=False
    ) as (port, rec):
        url = f"smtps://support%40muster-shop.example:p%40ss%3Aw%C3%B6rd%2F42@127.0.0.1:{port}"
        sender(url, client_tls).send(reply())
    assert rec.received[0][1] == [ALIAS]


def test_untrusted_certificate_is_refused(server_tls: ssl.SSLContext) -> None:
    with (
        smtp_server(ssl_context=server_tls) as (port, rec),
        pytest.raises(MailRejected, match="not trusted"),
    ):
        sender(f"smtps://127.0.0.1:{port}", ssl.create_default_context()).send(reply())
    assert rec.received == []


def test_wrong_password_is_rejected_without_leaking_it(
    server_tls: ssl.SSLContext, client_tls: ssl.SSLContext
) -> None:
    with smtp_server(tls_context=server_tls, authenticator=authenticator) as (port, rec):
        url = f"smtp+starttls://support%40muster-shop.example:hunter2secret@127.0.0.1:{port}"
        s = sender(url, client_tls)
        with pytest.raises(MailRejected, match="check SMTP_URL credentials") as info:
            s.send(reply())
    assert "hunter2secret" not in str(info.value)
    assert "hunter2secret" not in repr(s)
    assert rec.received == []


def test_login_over_plain_smtp_refused_when_server_requires_tls(
    server_tls: ssl.SSLContext,
) -> None:
    with (
        smtp_server(tls_context=server_tls, authenticator=authenticator) as (port, _),
        pytest.raises(MailRejected, match="smtp\\+starttls://"),
    ):
        sender(f"smtp://{USER.replace('@', '%40')}:x@127.0.0.1:{port}").send(reply())


def test_starttls_missing_is_a_configuration_error(client_tls: ssl.SSLContext) -> None:
    with (
        smtp_server() as (port, rec),
        pytest.raises(MailRejected, match="does not offer STARTTLS"),
    ):
        sender(f"smtp+starttls://127.0.0.1:{port}", client_tls).send(reply())
    assert rec.received == []


def test_permanent_refusal_is_rejected_temporary_is_unavailable() -> None:
    with smtp_server() as (port, rec):
        s = sender(f"smtp://127.0.0.1:{port}")
        with pytest.raises(MailRejected, match="550"):
            s.send(reply(to="reject-me@marketplace.amazon.com"))
        with pytest.raises(MailUnavailable, match="451"):
            s.send(reply(to="defer-me@marketplace.amazon.com"))
    assert rec.received == []


def test_server_down_is_unavailable_quickly() -> None:
    port = free_port()  # nothing listens there
    started = time.monotonic()
    with pytest.raises(MailUnavailable, match=f"127.0.0.1:{port}"):
        sender(f"smtp://127.0.0.1:{port}").send(reply())
    assert time.monotonic() - started < 2


def test_silent_server_times_out_as_unavailable() -> None:
    with socket.socket() as listener:  # accepts the connection, never greets
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        started = time.monotonic()
        with pytest.raises(MailUnavailable):
            sender(f"smtp://127.0.0.1:{port}", timeout=0.5).send(reply())
        assert time.monotonic() - started < 3


@pytest.mark.parametrize("after_data", ["hang", "close"])
def test_a_whole_message_never_confirmed_is_in_doubt_not_unavailable(after_data: str) -> None:
    # The server has the message up to the final ".": it may deliver it, so this must not
    # look like a dropped connection that the outbox retries.
    sink = SinkRecorder(after_data=after_data)  # type: ignore[arg-type]
    with (
        running_smtp(recorder=sink) as (port, rec),
        pytest.raises(MailInDoubt, match="never confirmed"),
    ):
        sender(f"smtp://127.0.0.1:{port}", timeout=1.0).send(reply())
    assert len(rec.received) == 1


def test_a_refusal_before_data_is_still_unavailable() -> None:
    sink = SinkRecorder(rcpt_reply="451 4.3.0 try later")
    with running_smtp(recorder=sink) as (port, rec), pytest.raises(MailUnavailable, match="451"):
        sender(f"smtp://127.0.0.1:{port}").send(reply())
    assert rec.received == []


def test_header_injection_is_refused_before_connecting() -> None:
    port = free_port()  # would be "unavailable" if it tried to connect
    with pytest.raises(MailRejected, match="header"):
        sender(f"smtp://127.0.0.1:{port}").send(reply(subject="Re: hi\r\nBcc: victim@example.com"))


def test_not_an_address_is_refused() -> None:
    with pytest.raises(MailRejected, match="buyer alias"):
        sender("smtp://127.0.0.1:1").send(reply(to="nobody"))


def test_url_parsing_decodes_credentials_and_defaults_ports() -> None:
    t = parse_smtp_url("smtps://a%40b.example:p%40ss@mail.example")
    assert (t.host, t.port, t.username, t.password) == ("mail.example", 465, "a@b.example", "p@ss")
    assert parse_smtp_url("smtp+starttls://mail.example").port == 587
    assert parse_smtp_url("smtp://mail.example").port == 25
    assert "p@ss" not in repr(t)
    with pytest.raises(ConfigError, match="smtps://"):
        parse_smtp_url("http://mail.example")


def test_factory_from_settings() -> None:
    with smtp_server() as (port, rec):
        settings = Settings(smtp_url=Secret(f"smtp://127.0.0.1:{port}"), mail_from=FROM)
        smtp_sender_for(settings.accounts[0], timeout=5).send(reply())
    assert rec.received[0][2]["From"] == FROM


@pytest.mark.parametrize(
    "smuggled",
    [
        "Ersatzteile gibt es unter sonnenhaus\u3002shop",  # ideographic full stop as a dot
        "Ersatzteile: " + "x" * 70 + " sonnenhaus-ersatzteile-und-zubehoer.com",  # QP breaks it
        "Rufen Sie an: 030 555 O199 2",  # letter O for a zero
        "Nummer: null drei null, fünf fünf fünf, eins neun neun",  # digits in words
    ],
)
def test_a_disguised_link_or_phone_in_the_encoded_body_never_leaves(smuggled: str) -> None:
    body = BODY + smuggled + "\n"
    with smtp_server() as (port, rec):
        with pytest.raises(MailRejected, match="policy check of the encoded mail"):
            sender(f"smtp://127.0.0.1:{port}").send(reply(body=body))
        assert rec.received == []


def test_the_subject_is_checked_as_sent() -> None:
    with smtp_server() as (port, rec):
        with pytest.raises(MailRejected, match="link"):
            sender(f"smtp://127.0.0.1:{port}").send(reply(subject="Re: sonnenhaus\u3002shop"))
        assert rec.received == []
