"""The loop that polls an inbox source until told to stop, and never dies of one error.

A source that cannot reach its mailbox raises; the loop logs it and waits longer each time
(``interval``, doubled per failure, at most ``max_backoff``), then tries again.  A poll that
stored mail is followed by another at once, so a backlog after downtime drains at the
store's speed rather than one batch per interval (bounded by ``max_drain_polls`` so a
source that cannot mark mail done does not spin).

Between two polls a source the mailbox can wake (IMAP IDLE, :class:`WaitsForMail`) waits
in it: a new mail ends the wait and is polled for at once, so ``interval`` is then only
the safety sweep.
"""

from __future__ import annotations

import logging
import threading

from bot.errors import InboundError
from bot.mail.inbox.source import Handler, InboxSource, WaitsForMail

__all__ = ["run_poller"]

_log = logging.getLogger(__name__)


def run_poller(
    source: InboxSource,
    handle: Handler,
    *,
    interval: float,
    stop_event: threading.Event,
    log: logging.Logger | None = None,
    max_backoff: float = 300.0,
    max_drain_polls: int = 20,
) -> int:
    """Poll ``source`` every ``interval`` seconds until ``stop_event`` is set.

    Returns how many mails were handled in total.  The source is closed on the way out.
    """
    if interval <= 0:
        raise ValueError("interval must be positive")
    logger = log or _log
    total = 0
    failures = 0
    drained = 0
    push = source if isinstance(source, WaitsForMail) else None
    woken = 0
    logger.info(
        "inbox %s: polling every %g s%s",
        source.name,
        interval,
        ", woken by the server between polls when it can (IDLE)" if push else "",
    )
    try:
        while not stop_event.is_set():
            try:
                count = source.poll(handle)
            except Exception as exc:
                failures += 1
                delay = min(max_backoff, interval * 2 ** min(failures - 1, 30))
                if isinstance(exc, InboundError):
                    logger.warning(
                        "inbox %s: poll failed (%d in a row), retrying in %g s: %s",
                        source.name,
                        failures,
                        delay,
                        exc,
                    )
                else:
                    logger.exception(
                        "inbox %s: unexpected error (%d in a row), retrying in %g s",
                        source.name,
                        failures,
                        delay,
                    )
                stop_event.wait(delay)
                continue
            if failures:
                logger.info("inbox %s: polling again after %d failures", source.name, failures)
                failures = 0
            total += count
            if count:
                logger.info("inbox %s: %d mail(s) stored, %d in total", source.name, count, total)
                drained += 1
                if drained < max_drain_polls:
                    continue
            else:
                logger.debug("inbox %s: no new mail", source.name)
            drained = 0
            if push is None:
                stop_event.wait(interval)
            elif push.wait_for_mail(interval, stop_event):
                woken += 1
                logger.debug("inbox %s: the server announced mail (%d times)", source.name, woken)
    finally:
        source.close()
        logger.info("inbox %s: stopped after %d mail(s)", source.name, total)
    return total
