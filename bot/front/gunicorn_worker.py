"""A gunicorn worker class that serves through :mod:`bot.front.server`.

gunicorn keeps what it is good at: the master process, forking ``WEB_CONCURRENCY`` workers
on one listening socket, replacing a worker that dies or stops sending its heartbeat, and
graceful restarts on SIGTERM/SIGHUP.  Each worker reads requests on one asyncio loop and
runs the WSGI application in ``threads`` threads.  The body limits and the read timeout
come from the gunicorn application object (``front_limits``, set by ``bot.serve``); the
keep-alive and the connection cap are gunicorn's ``keepalive`` and ``worker_connections``.
"""

from __future__ import annotations

import asyncio
import os
import sys
from dataclasses import replace
from typing import Any

from gunicorn.glogging import Logger
from gunicorn.workers.base import Worker

from bot.front.server import Limits, serve

__all__ = ["SWITCH_INTERVAL", "FrontWorker", "GunicornLogger"]

# How long a thread may hold the interpreter lock while another waits for it (Python's
# default: 5 ms).  An answer to Slack crosses it three or four times (the loop reads the
# request, a request thread runs it, the loop writes the answer), each time possibly
# behind a listener thread busy with a policy check or a card; at 5 ms each a keystroke
# the bot acks at once waited up to 15-20 ms more than the bare Bolt app's.  At 1 ms the
# paced bench's keystrokes still waited behind other agents' checks; a quarter of that
# lets the request thread in four times sooner, at the cost of more switches while two
# listener threads both compute (rare: most of a listener's time is in I/O).
SWITCH_INTERVAL = 0.00025


class FrontWorker(Worker):  # type: ignore[misc]
    def run(self) -> None:
        cfg: Any = self.cfg
        sys.setswitchinterval(SWITCH_INTERVAL)
        limits = replace(
            getattr(self.app, "front_limits", Limits()),
            keepalive=cfg.keepalive,
            max_connections=cfg.worker_connections,
        )
        asyncio.run(
            serve(
                self.wsgi,
                limits,
                [listener.sock for listener in self.sockets],
                threads=cfg.threads,
                multiprocess=cfg.workers > 1,
                running=self._running,
                tick=self.notify,
                grace=cfg.graceful_timeout,
            )
        )

    def _running(self) -> bool:
        if self.ppid != os.getppid():
            self.log.info("master gone: worker %s stops", self.pid)
            return False
        return bool(self.alive)


class GunicornLogger(Logger):  # type: ignore[misc]
    """gunicorn's own lines (boot, worker exits) through the one handler of ``bot.logs``.

    gunicorn gives its error log a stream handler of its own, in its own format, past
    the filter; with ``WISMO_LOG_FORMAT=json`` its lines would not be JSON.
    """

    def setup(self, cfg: Any) -> None:
        super().setup(cfg)
        for handler in list(self.error_log.handlers):
            self.error_log.removeHandler(handler)
        self.error_log.propagate = True
