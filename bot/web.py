"""The bot's HTTP surface, one WSGI application (served by :mod:`bot.front` in ``wismo serve``).

- ``POST /slack/events``: Slack events, interactivity and slash commands (signed).
- ``GET /healthz``: 200 when the database answers, 503 otherwise.
- ``POST /inbound/mail``: the signed raw-MIME webhook (``WISMO_WEBHOOK_SECRET``),
  stored through the same pipeline as polled mail.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any

from slack_bolt import App, BoltRequest
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_bolt.adapter.wsgi.http_request import WsgiHttpRequest
from slack_bolt.response import BoltResponse
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from bot.bootstrap import Wiring
from bot.clock import utc_now
from bot.config import Settings
from bot.front.server import Limits
from bot.mail.inbox.source import RawMail
from bot.mail.inbox.webhook import webhook_app
from bot.slack_app import fix_form_body

__all__ = ["INBOUND_PATH", "SLACK_MAX_BYTES", "SLACK_PATH", "WsgiApp", "front_limits", "web_app"]

log = logging.getLogger(__name__)

SLACK_PATH = "/slack/events"
INBOUND_PATH = "/inbound/mail"
# Slack's largest payloads (a view submission with every block) are tens of kilobytes.
SLACK_MAX_BYTES = 1024 * 1024
WsgiApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


class _SlackHandler(SlackRequestHandler):
    def dispatch(self, request: WsgiHttpRequest) -> BoltResponse:
        bolt_request = BoltRequest(
            body=request.get_body(), query=request.query_string, headers=request.get_headers()
        )
        return self.app.dispatch(fix_form_body(bolt_request))


def _plain(start_response: Callable[..., Any], status: str, body: str) -> list[bytes]:
    data = (body + "\n").encode()
    start_response(
        status, [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(data)))]
    )
    return [data]


def web_app(services: Wiring, app: App) -> WsgiApp:
    slack = _SlackHandler(app, path=SLACK_PATH)
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

    def application(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        path = environ.get("PATH_INFO") or "/"
        if path == SLACK_PATH:
            return slack(environ, start_response)
        if path == "/healthz":
            return _health(services, start_response)
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


def _health(services: Wiring, start_response: Callable[..., Any]) -> list[bytes]:
    try:
        with services.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except SQLAlchemyError as exc:
        log.warning("health check: database unreachable: %s", exc)
        return _plain(start_response, "503 Service Unavailable", "database unreachable")
    return _plain(start_response, "200 OK", "ok")
