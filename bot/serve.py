"""``wismo serve``: the Slack app over HTTP on ``PORT``, or over Socket Mode.

HTTP mode (the default) serves the WSGI app of :mod:`bot.web` with waitress, a
production server in pure Python with a thread pool: Slack's requests at
``/slack/events``, ``/healthz`` and the mail webhook at ``/inbound/mail``.  With
``SLACK_APP_TOKEN`` set, Slack's requests come over a Socket Mode WebSocket instead (no
public URL needed); the same HTTP server still answers ``/healthz`` and the webhook.
Either way the listeners are the same app's.

Background work (inbox polling, card posting, the outbox, the deadline sweep) runs in
``wismo worker``.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from slack_bolt.error import BoltError
from slack_sdk.errors import SlackApiError

from bot.bootstrap import describe, services_from_env
from bot.config import Settings
from bot.errors import ConfigError, WismoError

__all__ = ["main", "problems"]

log = logging.getLogger("wismo.serve")


def problems(settings: Settings) -> list[str]:
    """What keeps ``settings`` from serving Slack, each with what to set."""
    found = []
    if not settings.slack_bot_token:
        found.append("SLACK_BOT_TOKEN: set the bot token (xoxb-...) from the app's OAuth page")
    if not settings.slack_app_token and not settings.slack_signing_secret:
        found.append(
            "SLACK_SIGNING_SECRET: required over HTTP (Basic Information > App Credentials); "
            "or set SLACK_APP_TOKEN (xapp-...) for Socket Mode"
        )
    return found


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="wismo serve",
        description="Run the Slack bot: HTTP on PORT, or Socket Mode with SLACK_APP_TOKEN.",
    )
    parser.add_argument("--host", default="0.0.0.0", help="address to listen on (0.0.0.0)")
    parser.add_argument("--port", type=int, default=None, help="port (default: PORT or 3000)")
    parser.add_argument("--threads", type=int, default=16, help="HTTP worker threads (16)")
    args = parser.parse_args(list(argv))
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")

    try:
        settings, services = services_from_env(os.environ, problems)
    except WismoError as exc:
        print(f"wismo serve: {exc}", file=sys.stderr)
        return 2 if isinstance(exc, ConfigError) else 1

    import waitress

    from bot.slack_app import build_app
    from bot.web import web_app

    try:
        try:
            app = build_app(services)
        except BoltError as exc:
            print(
                f"wismo serve: Slack refused the bot token or did not answer ({exc}); "
                "check SLACK_BOT_TOKEN and SLACK_BASE_URL",
                file=sys.stderr,
            )
            return 1
        port = args.port or settings.port
        log.info("connected: %s", dict(describe(services)))
        if settings.slack_app_token:
            from slack_bolt.adapter.socket_mode import SocketModeHandler

            socket = SocketModeHandler(app, settings.slack_app_token.reveal())
            try:
                socket.connect()  # type: ignore[no-untyped-call]
            except (SlackApiError, OSError) as exc:
                print(
                    f"wismo serve: Slack refused the Socket Mode connection ({exc}); check "
                    "SLACK_APP_TOKEN (xapp-..., scope connections:write) and that Socket "
                    "Mode is on in the app settings",
                    file=sys.stderr,
                )
                return 1
            log.info("Slack over Socket Mode; /healthz and /inbound/mail on port %s", port)
        else:
            log.info("Slack at http://%s:%s/slack/events", args.host, port)
        waitress.serve(web_app(services, app), host=args.host, port=port, threads=args.threads)
    finally:
        services.close()
    return 0
