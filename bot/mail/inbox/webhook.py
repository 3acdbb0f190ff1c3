"""The signed raw-MIME webhook: another system POSTs a mail, we store it.

For mail gateways that call a URL per message (Postfix pipe + curl, Mailgun/SES routes
with a small relay) instead of a mailbox the bot polls.  The scheme mirrors Slack's
request signing:

    POST /inbound/mail
    Content-Type: message/rfc822
    X-Wismo-Timestamp: 1767225600                      (unix seconds, when it was signed)
    X-Wismo-Signature: v1=<hex HMAC-SHA256(secret, "v1:" + timestamp + ":" + body)>

    <the raw mail, byte for byte>

The secret is ``WISMO_WEBHOOK_SECRET``.  A request is refused (401) when the signature
does not match, when the timestamp is more than five minutes from our clock (either way),
or when the same signature was already accepted within that window (a replay).  A client
that gets a 5xx retries with a fresh timestamp and signature.  Shell example::

    ts=$(date +%s)
    sig=$(printf 'v1:%s:' "$ts" | cat - mail.eml \
          | openssl dgst -sha256 -hmac "$WISMO_WEBHOOK_SECRET" -r | cut -d' ' -f1)
    curl --data-binary @mail.eml -H "X-Wismo-Timestamp: $ts" \
         -H "X-Wismo-Signature: v1=$sig" -H 'Content-Type: message/rfc822' \
         https://bot.example.com/inbound/mail

:func:`webhook_app` is a complete WSGI application; the web app mounts it at
``/inbound/mail``.  Answers: 204 stored, 400 empty body, 401 refused signature, 405 not a
POST, 411 no Content-Length, 413 larger than ``max_bytes`` (25 MB by default), 503 with
``Retry-After`` while the database is unavailable, 500 when storing failed otherwise (the
client should retry either way: the mail is not stored).
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import threading
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from bot.errors import DatabaseUnavailable, WebhookRejected
from bot.mail.inbox.source import Handler, RawMail

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_WINDOW_SECONDS",
    "SIGNATURE_HEADER",
    "TIMESTAMP_HEADER",
    "WebhookVerifier",
    "sign",
    "webhook_app",
]

log = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Wismo-Signature"
TIMESTAMP_HEADER = "X-Wismo-Timestamp"
DEFAULT_WINDOW_SECONDS = 300
DEFAULT_MAX_BYTES = 25 * 1024 * 1024
RETRY_AFTER_SECONDS = 30
"""What a 503 asks the sender to wait while the database is unavailable."""
_VERSION = "v1"

Clock = Callable[[], datetime]
StartResponse = Callable[..., Any]


def _key(secret: str | bytes) -> bytes:
    key = secret.encode() if isinstance(secret, str) else secret
    if not key:
        raise ValueError("the webhook secret is empty: set WISMO_WEBHOOK_SECRET")
    return key


def sign(secret: str | bytes, body: bytes, timestamp: int) -> str:
    """The ``X-Wismo-Signature`` value for ``body`` sent at ``timestamp`` (unix seconds)."""
    message = f"{_VERSION}:{int(timestamp)}:".encode("ascii") + body
    return f"{_VERSION}=" + hmac.new(_key(secret), message, hashlib.sha256).hexdigest()


class WebhookVerifier:
    """Checks signature, timestamp window and replays. Thread-safe."""

    def __init__(
        self,
        secret: str | bytes,
        *,
        clock: Clock,
        window_seconds: int = DEFAULT_WINDOW_SECONDS,
    ) -> None:
        self._key = _key(secret)
        self._clock = clock
        self.window_seconds = window_seconds
        self._seen: dict[str, float] = {}  # signature -> when it may be forgotten
        self._lock = threading.Lock()

    def verify(self, headers: Mapping[str, str], body: bytes) -> str:
        """Raise :class:`WebhookRejected` unless the request is fresh, signed and new.

        ``headers`` is looked up case-insensitively.  Returns the signature, which is now
        remembered as used; :meth:`forget` releases it when storing the mail failed so the
        client's retry is not taken for a replay.
        """
        lowered = {k.lower(): v for k, v in headers.items()}
        raw_ts = lowered.get(TIMESTAMP_HEADER.lower(), "").strip()
        given = lowered.get(SIGNATURE_HEADER.lower(), "").strip()
        if not raw_ts or not given:
            raise WebhookRejected(f"missing {TIMESTAMP_HEADER} or {SIGNATURE_HEADER} header")
        try:
            timestamp = int(raw_ts)
        except ValueError:
            raise WebhookRejected(f"{TIMESTAMP_HEADER} is not unix seconds: {raw_ts!r}") from None
        now = self._clock().timestamp()
        if abs(now - timestamp) > self.window_seconds:
            raise WebhookRejected(
                f"timestamp is {int(now - timestamp)} s from our clock (window "
                f"{self.window_seconds} s): sign each request when sending it and check the clock"
            )
        expected = sign(self._key, body, timestamp)
        if not hmac.compare_digest(expected.encode(), given.encode()):
            raise WebhookRejected(
                "signature does not match: sign 'v1:<timestamp>:' + body with HMAC-SHA256 "
                "and WISMO_WEBHOOK_SECRET"
            )
        with self._lock:
            self._seen = {sig: until for sig, until in self._seen.items() if until > now}
            if expected in self._seen:
                raise WebhookRejected("replayed request: this signature was already accepted")
            # Kept until its timestamp leaves the window; after that the timestamp check refuses it.
            self._seen[expected] = timestamp + self.window_seconds + 1
        return expected

    def forget(self, signature: str) -> None:
        with self._lock:
            self._seen.pop(signature, None)


def webhook_app(
    secret: str | bytes,
    handle: Handler,
    clock: Clock,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    window_seconds: int = DEFAULT_WINDOW_SECONDS,
) -> Callable[[dict[str, Any], StartResponse], Iterable[bytes]]:
    """A WSGI application that verifies each POSTed mail and hands it to ``handle``."""
    verifier = WebhookVerifier(secret, clock=clock, window_seconds=window_seconds)

    def respond(
        start: StartResponse,
        status: str,
        text: str = "",
        extra: list[tuple[str, str]] | None = None,
    ) -> list[bytes]:
        body = (text + "\n").encode() if text else b""
        if status.startswith("204"):
            start(status, [])  # a 204 carries neither body nor Content-Length
            return []
        start(
            status,
            [
                ("Content-Type", "text/plain; charset=utf-8"),
                ("Content-Length", str(len(body))),
                *(extra or []),
            ],
        )
        return [body]

    def app(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        if environ.get("REQUEST_METHOD") != "POST":
            return respond(start_response, "405 Method Not Allowed", "POST a raw mail here")
        length_text = environ.get("CONTENT_LENGTH") or ""
        try:
            length = int(length_text)
        except ValueError:
            return respond(start_response, "411 Length Required", "send a Content-Length")
        if length > max_bytes:
            return respond(
                start_response,
                "413 Content Too Large",
                f"mail is {length} bytes; the limit is {max_bytes}",
            )
        if length <= 0:
            return respond(start_response, "400 Bad Request", "empty body: POST the raw mail")
        body = environ["wsgi.input"].read(length)
        if len(body) != length:
            return respond(start_response, "400 Bad Request", "body shorter than Content-Length")
        headers = {
            key[5:].replace("_", "-"): value
            for key, value in environ.items()
            if key.startswith("HTTP_") and isinstance(value, str)
        }
        try:
            signature = verifier.verify(headers, body)
        except WebhookRejected as exc:
            log.warning("inbound webhook refused: %s", exc)
            return respond(start_response, "401 Unauthorized", str(exc))
        received_at = clock().astimezone(UTC)
        raw = RawMail(
            data=body,
            source_id="webhook:" + hashlib.sha256(body).hexdigest()[:16],
            received_at=received_at,
        )
        try:
            handle(raw)
        except DatabaseUnavailable as exc:
            verifier.forget(signature)
            log.warning(
                "inbound webhook: %s not stored, database unavailable: %s", raw.source_id, exc
            )
            return respond(
                start_response,
                "503 Service Unavailable",
                "database unavailable: not stored; retry later",
                [("Retry-After", str(RETRY_AFTER_SECONDS))],
            )
        except Exception:
            verifier.forget(signature)
            log.exception("inbound webhook: storing %s failed", raw.source_id)
            return respond(start_response, "500 Internal Server Error", "not stored; retry")
        return respond(start_response, "204 No Content")

    return app
