"""Work a listener hands on once Slack has its answer.

A keystroke's listener acks at once, then checks the reply against the policy: some
milliseconds of CPU.  Handed to the pool while the request thread still had to carry the
answer back through Bolt and the HTTP front, that check took the interpreter lock from
it, and the agent's answer waited for its own check.  So the work is handed on after
the answer is written: the front (:mod:`bot.front.server`) offers a list in the WSGI
environ (``AFTER_RESPONSE``) and calls what is put there once the response is out,
whether or not the client was still there to read it.  Elsewhere (Socket Mode, another
WSGI server, a test calling the app) nothing is offered and the work is handed on as the
app returns, as before.

What is deferred must be quick (a ``pool.submit``): it runs on the front's event loop.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

__all__ = ["after_response", "collecting", "run_all"]

log = logging.getLogger(__name__)

_local = threading.local()


@contextmanager
def collecting(offered: object) -> Iterator[None]:
    """Defer :func:`after_response` calls made on this thread while the app answers into
    ``offered``, the server's list (anything else: run them as the block ends)."""
    pending: list[Callable[[], object]] = offered if isinstance(offered, list) else []
    _local.pending = pending
    try:
        yield
    finally:
        _local.pending = None
        if not isinstance(offered, list):
            run_all(pending)  # nobody will call them after the answer: now


def after_response(hand_on: Callable[[], object]) -> None:
    """Call ``hand_on`` once the answer is written, or now outside :func:`collecting`."""
    pending: list[Callable[[], object]] | None = getattr(_local, "pending", None)
    if pending is None:
        hand_on()
    else:
        pending.append(hand_on)


def run_all(pending: list[Callable[[], object]]) -> None:
    """Call each of ``pending``; one that fails is logged and the others still run."""
    for hand_on in pending:
        try:
            hand_on()
        except Exception:
            log.exception("work handed on after a response failed to start")
    pending.clear()
