"""Reply sender: one plain-text e-mail to the buyer's relay alias over SMTP.

Amazon has no API for answering buyers: a reply is an e-mail from an address the seller
approved in Seller Central (Settings → Messaging Permissions) to the buyer's relay alias.
It must stay on the buyer's thread (``Re:`` subject, ``In-Reply-To`` and ``References``)
so Amazon files it under the conversation and the buyer's opt-out does not apply.

``SMTP_URL`` selects the transport:

- ``smtp://host[:25]`` plain (a local relay),
- ``smtp+starttls://user:pass@host[:587]`` upgraded with STARTTLS (refused if not offered),
- ``smtps://user:pass@host[:465]`` implicit TLS.

Every smtplib, socket and TLS error is translated into :class:`MailRejected` (a human must
act: do not resend as is) or :class:`MailUnavailable` (try again later), as long as the
server cannot have the whole message yet.  Once the final "." of DATA is written, only the
server's reply tells; no reply (a timeout, a dropped connection) is :class:`MailInDoubt`:
the server may have delivered it, so resending could answer the buyer twice.  No message
names the password.
"""

from __future__ import annotations

import base64
import re
import smtplib
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr
from urllib.parse import unquote, urlsplit

from bot import metrics
from bot.domain import Account, OutgoingMail
from bot.errors import ConfigError, MailInDoubt, MailRejected, MailUnavailable
from compliance import Policy
from compliance.wire import check_mime

__all__ = [
    "SmtpSender",
    "SmtpTarget",
    "build_message",
    "parse_smtp_url",
    "smtp_sender_for",
]

_DEFAULT_PORTS = {"smtp": 25, "smtp+starttls": 587, "smtps": 465}


@dataclass(frozen=True, slots=True)
class SmtpTarget:
    """Where and how to connect; ``password`` is kept out of the repr."""

    scheme: str
    host: str
    port: int
    username: str | None = None
    password: str | None = None

    def __repr__(self) -> str:
        auth = f"{self.username}:***@" if self.username else ""
        return f"SmtpTarget({self.scheme}://{auth}{self.host}:{self.port})"

    @property
    def where(self) -> str:
        return f"{self.host}:{self.port}"


def parse_smtp_url(url: str) -> SmtpTarget:
    """``smtp+starttls://user%40example.com:p%40ss@mail.example.com:587`` -> target."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:  # bad port: the text may hold the password, so don't echo it
        raise ConfigError(["SMTP_URL: the port is not a number"]) from exc
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS:
        raise ConfigError(["SMTP_URL: must start with smtp://, smtp+starttls:// or smtps://"])
    if not parts.hostname:
        raise ConfigError(["SMTP_URL: names no host, e.g. smtp+starttls://user:pass@host:587"])
    username = unquote(parts.username) if parts.username else None
    password = unquote(parts.password) if parts.password is not None else None
    return SmtpTarget(scheme, parts.hostname, port or _DEFAULT_PORTS[scheme], username, password)


def _angle(message_id: str) -> str:
    message_id = message_id.strip()
    return message_id if message_id.startswith("<") else f"<{message_id}>"


def build_message(mail: OutgoingMail, *, mail_from: str, now: datetime) -> EmailMessage:
    """The exact message that goes on the wire (also what the tests read back)."""
    msg = EmailMessage(policy=policy.SMTP)
    try:
        msg["From"] = mail_from
        msg["To"] = mail.to
        msg["Subject"] = mail.subject
        msg["Date"] = format_datetime(now if now.tzinfo else now.replace(tzinfo=UTC))
        msg["Message-ID"] = _angle(mail.message_id)
        if mail.in_reply_to:
            msg["In-Reply-To"] = _angle(mail.in_reply_to)
        references = [_angle(r) for r in mail.references if r.strip()]
        if not references and mail.in_reply_to:
            references = [_angle(mail.in_reply_to)]
        if references:
            msg["References"] = " ".join(references)
    except ValueError as exc:  # a line break in a header would let text forge headers
        raise MailRejected(
            f"reply has an invalid header ({exc}): fix the reply and resend"
        ) from exc
    body = mail.body if mail.body.endswith("\n") else mail.body + "\n"
    plain = body.isascii() and all(len(line) <= 78 for line in body.splitlines())
    # Quoted-printable keeps umlauts and long lines intact through any relay, and stays
    # readable in a raw view, unlike base64.
    msg.set_content(body, charset="utf-8", cte="7bit" if plain else "quoted-printable")
    for file in mail.attachments:  # the agent's files: each one MIME part, base64
        maintype, _, subtype = file.content_type.partition("/")
        msg.add_attachment(
            file.data,
            maintype=maintype or "application",
            subtype=subtype or "octet-stream",
            filename=file.filename,
        )
    return msg


def _code_error(code: int, what: str, detail: bytes | str) -> MailRejected | MailUnavailable:
    text = detail.decode("utf-8", "replace") if isinstance(detail, bytes) else str(detail)
    if 500 <= code < 600:
        return MailRejected(f"SMTP server refused {what} ({code} {text}): do not resend as is")
    return MailUnavailable(f"SMTP server deferred {what} ({code} {text}): will retry")


class SmtpSender:
    """Sends :class:`OutgoingMail` replies; one connection per reply (replies are rare)."""

    def __init__(
        self,
        url: str,
        *,
        mail_from: str,
        timeout: float = 30.0,
        ssl_context: ssl.SSLContext | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        policy: Policy | None = None,
    ) -> None:
        self._target = parse_smtp_url(url)
        self._policy = policy or Policy()
        if not parseaddr(mail_from)[1]:
            raise ConfigError(["WISMO_FROM: not an e-mail address"])
        self._mail_from = mail_from
        self._envelope_from = parseaddr(mail_from)[1]
        self._timeout = timeout
        self._ssl_context = ssl_context or ssl.create_default_context()
        self._clock = clock

    def __repr__(self) -> str:
        return f"SmtpSender({self._target!r}, mail_from={self._mail_from!r})"

    def send(self, mail: OutgoingMail) -> None:
        """Send one reply, or raise :class:`MailRejected` / :class:`MailUnavailable`."""
        recipient = parseaddr(mail.to)[1]
        if not recipient or "@" not in recipient:
            raise MailRejected(f"{mail.to!r} is not an e-mail address: check the buyer alias")
        msg = build_message(mail, mail_from=self._mail_from, now=self._clock())
        wire = msg.as_bytes()
        # The last gate: the bytes that go out, decoded as the buyer's mail client will.
        report = check_mime(wire, policy=self._policy)
        if not report.compliant:
            metrics.get().count_gate_refusal(f.rule for f in report.blocking)
            raise MailRejected(f"policy check of the encoded mail failed: {report.reason()}")
        where = self._target.where
        try:
            with self._connect() as smtp:
                self._login(smtp)
                _transmit(smtp, self._envelope_from, recipient, wire, where=where)
        except (MailRejected, MailUnavailable, MailInDoubt):
            raise
        except smtplib.SMTPRecipientsRefused as exc:
            code, detail = next(iter(exc.recipients.values()))
            raise _code_error(code, f"the recipient {recipient}", detail) from exc
        except smtplib.SMTPSenderRefused as exc:
            raise _code_error(
                exc.smtp_code,
                f"the sender {self._envelope_from} (approved in Seller Central?)",
                exc.smtp_error,
            ) from exc
        except smtplib.SMTPResponseException as exc:  # data refused, HELO refused, ...
            raise _code_error(exc.smtp_code, "the message", exc.smtp_error) from exc
        except ssl.SSLCertVerificationError as exc:
            raise MailRejected(
                f"TLS certificate of {where} is not trusted ({exc.verify_message}): "
                "check the host name in SMTP_URL"
            ) from exc
        except (smtplib.SMTPServerDisconnected, smtplib.SMTPConnectError) as exc:
            raise MailUnavailable(
                f"SMTP server {where} dropped the connection: will retry"
            ) from exc
        except TimeoutError as exc:
            raise MailUnavailable(f"SMTP server {where} timed out after {self._timeout} s") from exc
        except (OSError, smtplib.SMTPException) as exc:  # refused, unreachable, TLS failure
            raise MailUnavailable(
                f"cannot reach SMTP server {where} ({type(exc).__name__}: {exc}): will retry"
            ) from exc

    def _connect(self) -> smtplib.SMTP:
        t = self._target
        if t.scheme == "smtps":
            return smtplib.SMTP_SSL(
                t.host, t.port, timeout=self._timeout, context=self._ssl_context
            )
        smtp = smtplib.SMTP(t.host, t.port, timeout=self._timeout)
        if t.scheme == "smtp+starttls":
            try:
                smtp.starttls(context=self._ssl_context)
            except smtplib.SMTPNotSupportedError as exc:
                smtp.close()
                raise MailRejected(
                    f"SMTP server {t.where} does not offer STARTTLS: "
                    "check SMTP_URL (smtps:// for implicit TLS, or another port)"
                ) from exc
            except BaseException:
                smtp.close()
                raise
        return smtp

    def _login(self, smtp: smtplib.SMTP) -> None:
        t = self._target
        if not t.username:
            return
        try:
            if (t.username + (t.password or "")).isascii():
                smtp.login(t.username, t.password or "")
            else:
                _login_plain_utf8(smtp, t.username, t.password or "")
        except smtplib.SMTPAuthenticationError as exc:
            raise MailRejected(
                f"SMTP server {t.where} refused the login of {t.username} "
                f"({exc.smtp_code}): check SMTP_URL credentials"
            ) from exc
        except smtplib.SMTPNotSupportedError as exc:
            hint = (
                "use smtp+starttls:// or smtps:// so the password travels encrypted"
                if t.scheme == "smtp"
                else "remove the credentials from SMTP_URL"
            )
            raise MailRejected(
                f"SMTP server {t.where} offers no login on this connection: {hint}"
            ) from exc
        except smtplib.SMTPResponseException:
            raise  # another code (e.g. 454 try later): send() translates it by its code
        except smtplib.SMTPException as exc:
            raise MailRejected(
                f"SMTP server {t.where} offers no login method smtplib supports: "
                "check SMTP_URL credentials"
            ) from exc


_LINE_START_DOT = re.compile(rb"^\.", re.MULTILINE)


def _transmit(
    smtp: smtplib.SMTP, envelope_from: str, recipient: str, wire: bytes, *, where: str
) -> None:
    """smtplib's ``sendmail`` step by step, to know whether the end of data was written.

    Not ``send_message()`` either: it re-serialises with mbox rules and turns a line
    "From ..." of the body into ">From ...".
    """
    smtp.ehlo_or_helo_if_needed()
    code, resp = smtp.mail(envelope_from)
    if code != 250:
        raise smtplib.SMTPSenderRefused(code, resp, envelope_from)
    code, resp = smtp.rcpt(recipient)
    if code not in (250, 251):
        raise smtplib.SMTPRecipientsRefused({recipient: (code, resp)})
    code, resp = smtp.docmd("DATA")
    if code != 354:
        raise smtplib.SMTPDataError(code, resp)
    data = _LINE_START_DOT.sub(b"..", wire)
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    # If this write fails, the final "." did not go out: the server discards the message.
    smtp.send(data + b".\r\n")
    try:
        code, resp = smtp.getreply()
    except (OSError, smtplib.SMTPException) as exc:
        raise MailInDoubt(
            f"SMTP server {where} received the whole reply but never confirmed it "
            f"({type(exc).__name__}: {exc}): it may have been delivered, so it is not "
            "resent automatically"
        ) from exc
    if 400 <= code < 600:
        raise smtplib.SMTPDataError(code, resp)
    if code != 250:
        raise MailInDoubt(
            f"SMTP server {where} answered the end of the reply with {code} "
            f"({resp.decode('utf-8', 'replace')}): it may have been delivered, so it is not "
            "resent automatically"
        )


def _login_plain_utf8(smtp: smtplib.SMTP, username: str, password: str) -> None:
    # smtplib encodes credentials as ASCII and fails on "wörd"; RFC 4616 PLAIN is UTF-8.
    smtp.ehlo_or_helo_if_needed()
    if not smtp.has_extn("auth"):
        raise smtplib.SMTPNotSupportedError("AUTH not offered")
    if "PLAIN" not in smtp.esmtp_features["auth"].upper().split():
        raise smtplib.SMTPException("PLAIN not offered for a non-ASCII login")
    token = base64.b64encode(b"\0" + username.encode() + b"\0" + password.encode())
    code, resp = smtp.docmd("AUTH", "PLAIN " + token.decode("ascii"))
    if code == 535:
        raise smtplib.SMTPAuthenticationError(code, resp)
    if code != 235:
        raise smtplib.SMTPResponseException(code, resp)


def smtp_sender_for(
    account: Account, *, timeout: float, policy: Policy | None = None
) -> SmtpSender:
    """The sender of one seller account: its mail server and approved From address."""
    return SmtpSender(account.smtp_url, mail_from=account.mail_from, timeout=timeout, policy=policy)
