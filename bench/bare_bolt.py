"""A bare Bolt app served exactly as ``wismo serve`` serves the bot: the Slack bench's yardstick.

It checks Slack's signature and acknowledges every action, form, slash command and event,
and does nothing else, so the bench can tell what the bot adds to what Bolt, the HTTP
front and gunicorn cost on this machine.  Same gunicorn options (bot.serve.
gunicorn_options: the asyncio front worker, ``--workers`` processes, ``--threads``
threads each), same body limits and read timeout.

Run by bench/slack_bench.py:
  python bench/bare_bolt.py --port N --workers W --threads T --slack-url URL
(``SLACK_SIGNING_SECRET`` in the environment; 127.0.0.1 only).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gunicorn.app.base import BaseApplication  # noqa: E402
from slack_bolt import Ack, App  # noqa: E402
from slack_bolt.adapter.wsgi import SlackRequestHandler  # noqa: E402
from slack_sdk import WebClient  # noqa: E402

from bot.config import Settings  # noqa: E402
from bot.serve import gunicorn_options  # noqa: E402
from bot.web import front_limits  # noqa: E402

ANY = re.compile(".*")


def bare_app(
    secret: str, slack_url: str, *, bolt_default_ack: bool = False
) -> Callable[..., Iterable[bytes]]:
    # The Web API client points at the bench's fake Slack, as the bot's does: Bolt asks
    # auth.test once to authorise requests, and slack.com is out of reach here.
    client = WebClient(token="xoxb-bare", base_url=slack_url)
    # Acknowledged on the request thread, as the bot acknowledges (bot.slack_app:
    # process_before_response, listeners that ack at once): Bolt's default instead runs
    # each listener on a pool and polls for its ack every 10 ms, which would add up to
    # 10 ms to every answer of the yardstick and flatter the bot by as much.  With
    # ``bolt_default_ack`` it is Bolt as shipped, the app issue 18 measured against.
    app = App(
        signing_secret=secret,
        client=client,
        token_verification_enabled=False,
        process_before_response=not bolt_default_ack,
    )

    @app.action(ANY)
    def action(ack: Ack) -> None:
        ack()

    @app.view(ANY)
    def view(ack: Ack) -> None:
        ack()

    @app.command(ANY)
    def command(ack: Ack) -> None:
        ack(response_type="ephemeral", text="ok")

    @app.event("app_home_opened")
    def home() -> None:
        return None

    slack = SlackRequestHandler(app)

    def application(environ: dict[str, Any], start_response: Callable[..., Any]) -> Any:
        if environ.get("PATH_INFO") == "/healthz":
            start_response("200 OK", [("Content-Type", "text/plain")])
            return [b"ok"]
        return slack(environ, start_response)

    return application


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--workers", type=int, required=True)
    parser.add_argument("--threads", type=int, required=True)
    parser.add_argument("--slack-url", required=True, help="the fake Slack Web API base URL")
    parser.add_argument(
        "--bolt-default-ack",
        action="store_true",
        help="Bolt as shipped: listeners on a pool, the ack polled every 10 ms",
    )
    args = parser.parse_args()
    secret = os.environ["SLACK_SIGNING_SECRET"]
    options = gunicorn_options("127.0.0.1", args.port, args.workers, args.threads)
    options["proc_name"] = "bare-bolt"
    limits = front_limits(Settings())

    class Server(BaseApplication):  # type: ignore[misc]
        front_limits = limits  # read by the FrontWorker

        def load_config(self) -> None:
            for name, value in options.items():
                self.cfg.set(name, value)

        def load(self) -> Callable[..., Any]:
            return bare_app(secret, args.slack_url, bolt_default_ack=args.bolt_default_ack)

    Server().run()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
