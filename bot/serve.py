"""``wismo serve``: the Slack app over HTTP on ``PORT``, or over Socket Mode.

HTTP mode (the default) serves the WSGI app of :mod:`bot.web` with gunicorn: a master
process and ``WEB_CONCURRENCY`` worker processes sharing the port: Slack's requests at
``/slack/events``, ``/healthz`` and the mail webhook at ``/inbound/mail``.  One Python
process answers on one CPU at a time (the GIL), so a busy Slack workspace needs several;
the master restarts a worker that dies.  Each worker reads requests on an asyncio loop
(:mod:`bot.front`) and runs only whole requests in its ``--threads`` threads, so clients
that stall cost a socket each, never a thread.

The master checks everything once before it forks (settings, database schema, template
library, the bot token), so a misconfigured deployment stops with one message and exit
code 2 or 1, as before; only a Slack that fails to answer (5xx, 429, unreachable) does
not stop it: the token is then checked at the first Slack request.  Then it lets go of
its database connections: every worker builds its own services (engine, clients,
listener threads) after the fork, because connections and threads do not survive one.
The checked template library and token are inherited.

With ``SLACK_APP_TOKEN`` set, Slack's requests come over one Socket Mode WebSocket
instead (no public URL needed), in this one process: only one connection should receive
the events, and the same front serves ``/healthz`` and the webhook beside it in the same
process.  Either way the listeners are the same app's.

Background work (inbox polling, card posting, the outbox, the deadline sweep) runs in
``wismo worker``.

``GET /metrics`` adds up the counts of every worker process: they are kept in files under
``PROMETHEUS_MULTIPROC_DIR`` (prometheus-client's multiprocess mode), a temporary folder
this command makes, owns and removes when the variable is unset (:mod:`bot.metrics`).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import os
import socket as stdlib_socket
import sys
from collections.abc import Callable, Sequence
from typing import Any

from slack_bolt import App
from slack_bolt.error import BoltError
from slack_sdk.errors import SlackApiError

from bot import logs, metrics
from bot.bootstrap import Wiring, build_wiring, describe, wiring_from_env
from bot.clock import Clock
from bot.config import Settings
from bot.errors import ConfigError, WismoError

__all__ = ["default_workers", "gunicorn_options", "main", "problems", "settle_heap"]

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


def default_workers() -> int:
    """Two processes per CPU this process may use, at most four.

    A process's threads take turns on one interpreter lock, which does not favour a
    request that has just arrived over another thread's policy check or Slack call; the
    operating system's scheduler does.  With two processes a CPU, an agent's keystroke
    waits less often behind another agent's work: on 2 CPUs the paced Slack bench's p99
    went from 1.87 to 1.44 times a bare app's on SQLite and from 1.80 to 1.61 on
    PostgreSQL (bench/slack_bench.py, both apps with the same processes).  Each process
    holds about 100 MB and database connections of its own, hence the cap.
    """
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cpus = os.cpu_count() or 1
    return max(1, min(2 * cpus, 4))


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="wismo serve",
        description="Run the Slack bot: HTTP on PORT, or Socket Mode with SLACK_APP_TOKEN.",
    )
    parser.add_argument("--host", default="0.0.0.0", help="address to listen on (0.0.0.0)")
    parser.add_argument("--port", type=int, default=None, help="port (default: PORT or 3000)")
    parser.add_argument(
        "--workers",
        type=int,
        default=None,
        help="HTTP worker processes (default: WEB_CONCURRENCY, else two per CPU, at most 4)",
    )
    parser.add_argument(
        "--threads", type=int, default=16, help="request threads per worker process (16)"
    )
    args = parser.parse_args(list(argv))
    if args.workers is not None and args.workers < 1:
        parser.error("--workers must be at least 1")
    logs.configure(logging.INFO, logs.format_in(os.environ))
    # Before anything counts: every worker process writes its counts to this folder.
    metrics_dir, owned = metrics.use_dir()
    try:
        return _main(args, metrics_dir)
    finally:
        if owned:
            metrics.remove_dir(metrics_dir)


def _main(args: argparse.Namespace, metrics_dir: str) -> int:
    try:
        settings, services = wiring_from_env(os.environ, problems)
    except WismoError as exc:
        print(f"wismo serve: {exc}", file=sys.stderr)
        return 2 if isinstance(exc, ConfigError) else 1

    port = args.port or settings.port
    try:
        app = _checked_app(services)
    except BoltError:
        services.close()
        return 1
    log.info("connected: %s", dict(describe(services)))
    log.info("metrics at /metrics, counted in %s", metrics_dir)
    if settings.slack_app_token:
        try:
            return _serve_socket_mode(services, app, args.host, port, args.threads)
        finally:
            services.close()

    # Nothing the master built may cross the fork: each worker builds its own.
    clock = services.clock
    _stop(services, app)
    workers = args.workers or settings.web_concurrency or default_workers()
    log.info(
        "Slack at http://%s:%s/slack/events: %d worker process%s, %d threads each",
        args.host, port, workers, "" if workers == 1 else "es", args.threads,
    )  # fmt: skip
    return _serve_http(settings, clock, args.host, port, workers, args.threads)


def settle_heap() -> None:
    """Collect once, then freeze what is left: the objects a web process built before it
    serves (services, the policy's tables, compiled statements, warmed caches) live as
    long as it does, and a full collection no longer walks them.

    Unfrozen, a full collection in a warmed web process walked some 150,000 objects for
    70 ms (up to 150 ms on a busy machine), holding the interpreter lock: every request
    of the process waited, and the backlog behind it made the bot's p99 under a paced
    team of 20 agents (bench/slack_bench.py), where the requests' garbage brought one
    every 4 to 15 s.  What is frozen is never collected: only what the process built
    before serving, which it keeps anyway.
    """
    gc.collect()
    gc.freeze()


def _checked_app(services: Wiring) -> App:
    from bot.slack_app import build_app

    try:
        return build_app(services)
    except BoltError as exc:
        if _token_refused(services.settings):
            print(
                f"wismo serve: Slack refused the bot token ({exc}); "
                "check SLACK_BOT_TOKEN and SLACK_BASE_URL",
                file=sys.stderr,
            )
            raise
        # Slack itself is failing (5xx, 429, unreachable).  Exiting would turn its outage
        # into a crash loop that takes /healthz and the mail webhook down too; Bolt checks
        # the token at the first Slack request instead.
        log.warning(
            "Slack did not answer the bot token check (%s): serving anyway; the token is "
            "checked at the first Slack request",
            exc,
        )
        return build_app(services, token_verification=False)


def _token_refused(settings: Settings) -> bool:
    """True when Slack answers ``auth.test`` with a refusal of its own (a bad token or
    base URL); False when it answers with a server error, a 429, or not at all."""
    from bot.slack.client import background_client

    client = background_client(settings, rate_limit_retries=0, server_error_retries=0)
    try:
        client.auth_test()
    except SlackApiError as exc:
        status = exc.response.status_code if exc.response is not None else 0
        return status != 429 and status < 500
    except OSError:  # refused, reset, timed out, no such host
        return False
    finally:
        client.close()
    return False


def _stop(services: Wiring, app: App) -> None:
    from bot.slack.client import KeepAliveWebClient

    executor = app.listener_runner.listener_executor
    executor.shutdown(wait=True, cancel_futures=False)
    if isinstance(app.client, KeepAliveWebClient):
        # The token check's connection: closed here, not inherited by the forked workers.
        app.client.close()
    services.close()


def _serve_socket_mode(services: Wiring, app: App, host: str, port: int, threads: int) -> int:
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    from bot.front.server import serve
    from bot.web import front_limits, web_app

    settings = services.settings
    if settings.web_concurrency and settings.web_concurrency > 1:
        log.info("Socket Mode runs one process: WEB_CONCURRENCY=%s is not used",
                 settings.web_concurrency)  # fmt: skip
    # slack_sdk's built-in client notices that Slack closed the socket only at its next
    # ping round, and a dropped connection only after five failed pings: with Bolt's
    # 10 s rounds the bot is deaf for up to 10 s, or about a minute.  Pinging every
    # second brings that to about 1 s and 6 s (tests/e2e/test_socket_mode.py).
    socket = SocketModeHandler(app, settings.slack_app_token.reveal(), ping_interval=1)
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
    listener = _listen(host, port)
    settle_heap()
    try:
        asyncio.run(
            serve(web_app(services, app), front_limits(settings), [listener], threads=threads)
        )
    except KeyboardInterrupt:
        pass
    finally:
        listener.close()
    return 0


def _listen(host: str, port: int) -> stdlib_socket.socket:
    family = stdlib_socket.AF_INET6 if ":" in host else stdlib_socket.AF_INET
    listener = stdlib_socket.socket(family, stdlib_socket.SOCK_STREAM)
    listener.setsockopt(stdlib_socket.SOL_SOCKET, stdlib_socket.SO_REUSEADDR, 1)
    listener.bind((host, port))
    listener.listen(1024)
    return listener


def gunicorn_options(host: str, port: int, workers: int, threads: int) -> dict[str, Any]:
    """How ``wismo serve`` runs gunicorn (the Slack bench serves a bare Bolt app the same)."""
    return {
        "bind": [f"[{host}]:{port}" if ":" in host else f"{host}:{port}"],
        "workers": workers,
        # Requests are read on an asyncio loop and only whole ones reach the threads:
        # slow or idle clients cost a socket each, never a thread (bot/front/).
        "worker_class": "bot.front.gunicorn_worker.FrontWorker",
        "threads": threads,
        # Per process; beyond it a client gets a 503 at once.
        "worker_connections": 1000,
        "proc_name": "wismo-serve",
        # Slack gives up after 3 s; a worker silent for 30 s is stuck, and replaced.
        "timeout": 30,
        # Hosts send SIGTERM and wait about 30 s: finish what is in flight before that.
        "graceful_timeout": 25,
        "keepalive": 5,
        # gunicorn's control socket is one path per user: two servers on a host collide.
        "control_socket_disable": True,
        "accesslog": None,
        "errorlog": "-",
        "logger_class": "bot.front.gunicorn_worker.GunicornLogger",
    }


def _serve_http(
    settings: Settings, clock: Clock, host: str, port: int, workers: int, threads: int
) -> int:
    from gunicorn.app.base import BaseApplication

    from bot.web import front_limits

    built: list[tuple[Wiring, App]] = []  # in a worker: what it built, closed at exit

    def load() -> Callable[..., Any]:
        from bot.slack_app import build_app, know_the_team, warm_up
        from bot.web import web_app

        services = build_wiring(settings, clock=clock)
        # The master checked the token before the fork; a worker that checked it again
        # would fail to boot while Slack has an outage, and gunicorn would stop serving.
        app = build_app(services, token_verification=False)
        built.append((services, app))
        # Before this worker accepts a connection: its first answers cost no more than
        # the others (bot.slack_app.warm_up).
        warm_up(services)
        know_the_team(app)
        settle_heap()
        return web_app(services, app)

    def worker_exit(_server: Any, _worker: Any) -> None:
        while built:
            _stop(*built.pop())

    def child_exit(_server: Any, worker: Any) -> None:
        metrics.process_dead(worker.pid)  # its live gauges no longer count

    options = gunicorn_options(host, port, workers, threads)
    options["worker_exit"] = worker_exit
    options["child_exit"] = child_exit

    limits = front_limits(settings)

    class Server(BaseApplication):  # type: ignore[misc]
        front_limits = limits  # read by the FrontWorker

        def load_config(self) -> None:
            for name, value in options.items():
                self.cfg.set(name, value)

        def load(self) -> Callable[..., Any]:
            return load()

    try:
        Server().run()
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 1
    return 0
