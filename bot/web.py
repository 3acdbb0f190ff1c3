"""The bot's HTTP surface, one WSGI application (served by :mod:`bot.front` in ``wismo serve``).

- ``POST /slack/events``: Slack events, interactivity and slash commands (signed).
- ``GET /healthz``: 200 when the database answers, 503 otherwise.
- ``POST /inbound/mail``: the signed raw-MIME webhook (``WISMO_WEBHOOK_SECRET``),
  stored through the same pipeline as polled mail.
- ``GET /metrics``: Prometheus text format (:mod:`bot.metrics`): every process's counts
  and the open messages by time left, counted at the scrape.

Every request is timed into ``wismo_http_request_duration_seconds{route,method,status}``.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterable, Sequence
from http import HTTPStatus
from typing import Any
from urllib.parse import parse_qsl

from slack_bolt import App, BoltContext, BoltRequest
from slack_bolt.request.internals import build_context
from slack_sdk.signature import SignatureVerifier
from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError

from bot import metrics
from bot.bootstrap import Wiring, metrics_collectors
from bot.clock import utc_now
from bot.config import Settings
from bot.db.engine import READ_ONLY
from bot.errors import MalformedRequest
from bot.front.server import AFTER_RESPONSE, Limits
from bot.mail.inbox.source import RawMail
from bot.mail.inbox.webhook import webhook_app
from bot.slack.after_response import collecting
from handlers import shapes

__all__ = [
    "INBOUND_PATH",
    "METRICS_PATH",
    "SLACK_MAX_BYTES",
    "SLACK_PATH",
    "WsgiApp",
    "front_limits",
    "web_app",
]

log = logging.getLogger(__name__)

SLACK_PATH = "/slack/events"
INBOUND_PATH = "/inbound/mail"
METRICS_PATH = "/metrics"
_ROUTES = frozenset({SLACK_PATH, INBOUND_PATH, METRICS_PATH, "/healthz"})
# Every label of the request histogram is bucketed to a fixed set: each new value is a new
# series (14 of them, with the buckets) kept in the multiprocess files for good, and the
# method, path and status are the client's, before any authentication.  A method a client
# invents ("XQZ1 /healthz") is "other" (adversary 16, M2), as a path outside the routes is.
_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH"})
# Slack's largest payloads (a view submission with every block) are tens of kilobytes.
SLACK_MAX_BYTES = 1024 * 1024
WsgiApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


_FORM, _JSON = "application/x-www-form-urlencoded", "application/json"
_MAX_FORM_FIELDS = 100  # a slash command has 13


def _slack_request(environ: dict[str, Any], verifier: SignatureVerifier) -> BoltRequest:
    """The request as Bolt takes it, once it is signed and shaped as the listeners expect.

    The signature is checked before the body is parsed; a body that is not what Slack
    sends raises :class:`MalformedRequest` (answered 4xx) instead of failing in Bolt or a
    listener.
    """
    raw = environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
    headers = {
        key[5:].lower().replace("_", "-"): value
        for key, value in environ.items()
        if key.startswith("HTTP_") and isinstance(value, str)
    }
    content_type = environ.get("CONTENT_TYPE") or ""
    headers["content-type"] = content_type
    timestamp = headers.get("x-slack-request-timestamp", "")
    signature = headers.get("x-slack-signature", "")
    if not (timestamp.isascii() and timestamp.isdigit() and len(timestamp) < 16) or not signature:
        raise MalformedRequest(
            "missing or malformed X-Slack-Request-Timestamp or X-Slack-Signature", 401
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise MalformedRequest("the body is not UTF-8") from None
    if not verifier.is_valid(body=text, timestamp=timestamp, signature=signature):
        raise MalformedRequest("invalid signature, or signed more than 5 minutes ago", 401)
    media = content_type.partition(";")[0].strip().lower()
    if media not in (_FORM, _JSON):
        raise MalformedRequest(f"Content-Type must be {_FORM} or {_JSON}", 415)
    body: Any
    form = False
    # Parsed as Bolt will parse it (JSON when it starts with "{"), so Bolt cannot fail.
    if text.startswith("{"):
        body = _json(text)
    elif media == _JSON:
        raise MalformedRequest("expected a JSON object")
    else:
        try:
            fields = dict(parse_qsl(text, keep_blank_values=True, max_num_fields=_MAX_FORM_FIELDS))
        except ValueError:
            raise MalformedRequest(f"more than {_MAX_FORM_FIELDS} form fields") from None
        if "payload" in fields:
            body = _json(fields["payload"])
        else:
            body, form = fields, True
    shapes.check(body, form=form)
    bolt_headers: dict[str, str | Sequence[str]] = dict(headers)
    # Bolt would parse the text again, to the same body (slack-bolt's parse_body, with
    # fix_form_body's correction; tested): a keystroke's URL-encoded view twice a request.
    # It gets the body parsed above, and the text, which it checks the signature of.
    request = BoltRequest(body="", query=environ.get("QUERY_STRING") or "", headers=bolt_headers)
    request.raw_body = text
    request.body = body
    request.context = build_context(BoltContext(dict(request.context)), body)
    return request


_MAX_DEPTH = 64  # Slack's payloads nest about a dozen levels; deeper is an attack on recursion


def _json(text: str) -> Any:
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        raise MalformedRequest("the payload is not JSON") from None
    if _depth(value) > _MAX_DEPTH:
        raise MalformedRequest(f"the payload nests deeper than {_MAX_DEPTH} levels")
    return value


def _depth(value: Any) -> int:
    """How deeply ``value`` nests, without recursion (the point is to refuse deep values)."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            item = list(item.values())
        if isinstance(item, list):
            deepest = max(deepest, level)
            if level > _MAX_DEPTH:
                break
            stack.extend((child, level + 1) for child in item)
    return deepest


def _slack_endpoint(app: App, signing_secret: str) -> WsgiApp:
    verifier = SignatureVerifier(signing_secret)

    def endpoint(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        if environ.get("REQUEST_METHOD") != "POST":
            return _plain(start_response, "405 Method Not Allowed", "POST Slack's requests here",
                          [("Allow", "POST")])  # fmt: skip
        try:
            request = _slack_request(environ, verifier)
        except MalformedRequest as exc:
            log.info("refused a request to %s: %s", SLACK_PATH, exc)
            return _plain(start_response, _status(exc.status), str(exc))
        with collecting(environ.get(AFTER_RESPONSE)):  # handed-on work starts after the answer
            response = app.dispatch(request)
        body = response.body.encode() if isinstance(response.body, str) else response.body
        headers = [(k, v) for k, values in response.headers.items() for v in values
                   if k.lower() != "content-length"]  # fmt: skip
        start_response(_status(response.status), [*headers, ("Content-Length", str(len(body)))])
        return [body]

    return endpoint


def _request_labels(environ: dict[str, Any], status: list[str]) -> dict[str, str]:
    """The labels of a request's sample: route, method and status class, each from a
    fixed set whatever the client sent (see ``_METHODS``)."""
    path = environ.get("PATH_INFO") or "/"
    method = environ.get("REQUEST_METHOD")
    digit = status[-1][:1] if status else "5"  # no answer started: the app failed
    return {
        "route": path if path in _ROUTES else "other",
        "method": method if method in _METHODS else "other",
        "status": f"{digit}xx" if digit in ("1", "2", "3", "4", "5") else "other",
    }


def _status(code: int) -> str:
    try:
        return f"{code} {HTTPStatus(code).phrase}"
    except ValueError:
        return f"{code} Unknown"


def _plain(
    start_response: Callable[..., Any],
    status: str,
    body: str,
    extra: list[tuple[str, str]] | None = None,
) -> list[bytes]:
    data = (body + "\n").encode()
    start_response(
        status,
        [
            ("Content-Type", "text/plain; charset=utf-8"),
            ("Content-Length", str(len(data))),
            *(extra or []),
        ],
    )
    return [data]


def web_app(services: Wiring, app: App) -> WsgiApp:
    signing_secret = services.settings.slack_signing_secret.reveal()
    slack: WsgiApp | None = _slack_endpoint(app, signing_secret) if signing_secret else None
    secret = services.settings.webhook_secret
    inbound: WsgiApp | None = None
    if secret:

        def store(raw: RawMail) -> None:
            from bot.services.pipeline import process_raw

            # Delivered as it arrives: now on the business clock (a trial's may be simulated).
            process_raw(services, raw.data, arrived_at=services.clock())

        # Signatures are checked against the wall clock: the sender's is one.
        inbound = webhook_app(
            secret.reveal(), store, utc_now, max_bytes=services.settings.webhook_max_bytes
        )

    collectors = metrics_collectors(services)  # counted in the database at each scrape
    # a snapshot read: on SQLite a transaction that may write waits for the write lock, and
    # a health check must not queue behind a writer
    snapshot = services.engine.execution_options(**{READ_ONLY: True})

    def application(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        started = time.perf_counter()
        status: list[str] = []

        def timed_start(code: str, headers: Any, *exc: Any) -> Any:
            status.append(code)
            return start_response(code, headers, *exc)

        try:
            return route(environ, timed_start)
        finally:
            metrics.get().request_seconds.labels(**_request_labels(environ, status)).observe(
                time.perf_counter() - started
            )

    def route(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        path = environ.get("PATH_INFO") or "/"
        if path == METRICS_PATH:
            if environ.get("REQUEST_METHOD") not in ("GET", "HEAD"):
                return _plain(start_response, "405 Method Not Allowed", "GET /metrics",
                              [("Allow", "GET, HEAD")])  # fmt: skip
            body = metrics.exposition(collectors)
            start_response(
                "200 OK",
                [("Content-Type", metrics.CONTENT_TYPE), ("Content-Length", str(len(body)))],
            )
            return [body]
        if path == SLACK_PATH:
            if slack is None:
                return _plain(start_response, "404 Not Found",
                              "Slack's requests come over Socket Mode here")  # fmt: skip
            return slack(environ, start_response)
        if path == "/healthz":
            if environ.get("REQUEST_METHOD") not in ("GET", "HEAD"):
                return _plain(start_response, "405 Method Not Allowed", "GET /healthz",
                              [("Allow", "GET, HEAD")])  # fmt: skip
            return _health(snapshot, start_response)
        if path == INBOUND_PATH:
            if inbound is None:
                return _plain(
                    start_response,
                    "404 Not Found",
                    "the mail webhook is off: set WISMO_WEBHOOK_SECRET to turn it on",
                )
            return inbound(environ, start_response)
        return _plain(start_response, "404 Not Found", "not found")

    return application


def front_limits(settings: Settings) -> Limits:
    """What the HTTP front allows each path of this application."""
    return Limits(
        read_timeout=settings.http_read_timeout,
        body_bytes={SLACK_PATH: SLACK_MAX_BYTES, INBOUND_PATH: settings.webhook_max_bytes},
    )


def _health(engine: Engine, start_response: Callable[..., Any]) -> list[bytes]:
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except SQLAlchemyError as exc:
        log.warning("health check: database unreachable: %s", exc)
        return _plain(start_response, "503 Service Unavailable", "database unreachable")
    return _plain(start_response, "200 OK", "ok")
