"""The one small interface every inbox source implements, and the retry rules they share.

A source finds new raw mails and hands each to ``handle`` (which stores it).  Only after
``handle`` returns does the source mark the mail done, so a crash or a store outage never
loses mail: the mail is offered again on the next poll.  Delivering a mail twice is harmless
(the store deduplicates by Message-ID) but sources avoid it where they can.

A storage failure is never the mail's fault.  When ``handle`` raises
:class:`~bot.errors.DatabaseUnavailable` the poll stops at once and the mail stays where it
is (unread, in place), with no failure counted against it: the first poll after the
database is back takes it normally, however long the outage was.

Any other failure is counted.  After ``max_attempts`` of them the mail is handed to
``on_poison``, which records it as unreadable (a card for a human, raw bytes kept): the
mail is then done like any stored one.  Only a mail that even that cannot record (and not
because the database is down) is set aside by the source (a ``failed`` folder with a
sidecar saying why, or IMAP flags), which survives any database outage; with no
``on_poison`` at all that is where it goes.  Failure counts live in memory: a restart only
gives such a mail a few more tries.  Within one poll, ``max_consecutive_failures`` failures
in a row end the poll early, so a broken store that does not say so cannot burn every
mail's attempts.
"""

from __future__ import annotations

import enum
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol, runtime_checkable

from bot.errors import DatabaseUnavailable

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "DEFAULT_MAX_ATTEMPTS",
    "Attempts",
    "Handler",
    "InboxSource",
    "Outcome",
    "PoisonHandler",
    "RawMail",
    "WaitsForMail",
]

log = logging.getLogger(__name__)

DEFAULT_MAX_ATTEMPTS = 5
DEFAULT_BATCH_SIZE = 100
# Mails failing in a row within one poll before the poll gives up (store down, not bad mail).
DEFAULT_MAX_CONSECUTIVE_FAILURES = 3


@dataclass(frozen=True, slots=True)
class RawMail:
    """One mail as it arrived: the exact bytes, where it came from, when it arrived.

    ``source_id`` is stable for the same mail in the same source (``imap:…``, ``maildir:…``,
    ``dir:…``, ``webhook:…``) and safe to log.  ``received_at`` is when the mailbox received
    it (IMAP INTERNALDATE, file time), or ``None`` when unknown; the parser prefers the
    mail's own ``Date`` and uses this as the upper bound.
    """

    data: bytes = field(repr=False)
    source_id: str
    received_at: datetime | None

    def __repr__(self) -> str:
        return f"RawMail({self.source_id!r}, {len(self.data)} bytes, {self.received_at})"


Handler = Callable[[RawMail], None]
"""Stores one mail. Returning means stored; raising means "offer it again later"."""

PoisonHandler = Callable[[RawMail, str], None]
"""Records a mail that failed ``max_attempts`` times as unreadable, with the reason.
Returning means recorded (the mail is then done); raising means it could not be."""


@runtime_checkable
class InboxSource(Protocol):
    """Where raw mail comes from (IMAP folder, Maildir, folder of ``.eml`` files)."""

    @property
    def name(self) -> str:
        """Where this source reads, for logs; never contains a password."""
        ...

    def poll(self, handle: Handler) -> int:
        """Offer each new mail to ``handle``; mark it done once ``handle`` returned.

        Returns how many mails were handled.  Raises
        :class:`bot.errors.InboxUnavailable` when the mailbox cannot be reached; a failing
        ``handle`` never makes ``poll`` raise.
        """
        ...

    def close(self) -> None:
        """Release connections; the next ``poll`` reopens them."""
        ...


@runtime_checkable
class WaitsForMail(Protocol):
    """A source the mailbox can wake (IMAP IDLE): the poller waits in it between polls."""

    def wait_for_mail(self, timeout: float, stop: threading.Event) -> bool:
        """Wait at most ``timeout`` seconds; True when new mail was announced (poll now),
        False when the time ran out or ``stop`` was set."""
        ...


class Outcome(enum.Enum):
    HANDLED = "handled"  # stored, or recorded as unreadable: mark it done
    FAILED = "failed"  # try again next poll
    STORE_DOWN = "store_down"  # the database is down: leave the mail, end the poll
    POISON = "poison"  # could not even be recorded as unreadable: set it aside


@dataclass(slots=True)
class Attempts:
    """Counts failures per mail and decides when a mail is poison.

    Every source owns one; :meth:`offer` runs ``handle`` and says what to do with the mail.
    """

    max_attempts: int = DEFAULT_MAX_ATTEMPTS
    max_consecutive_failures: int = DEFAULT_MAX_CONSECUTIVE_FAILURES
    on_poison: PoisonHandler | None = None
    _failures: dict[str, int] = field(default_factory=dict)
    _reasons: dict[str, str] = field(default_factory=dict)
    _in_a_row: int = 0
    _store_down: bool = False

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        if self.max_consecutive_failures < 1:
            raise ValueError("max_consecutive_failures must be at least 1")

    def start_poll(self) -> None:
        self._in_a_row = 0
        self._store_down = False

    def should_stop(self, *, where: str) -> bool:
        """True (and logged) when the database is down, or when this poll saw so many
        failures in a row that the store looks broken: the source ends the poll rather
        than fail every remaining mail."""
        if self._store_down:
            return True
        if self._in_a_row < self.max_consecutive_failures:
            return False
        log.warning(
            "inbox %s: %d mails failed in a row; stopping this poll (is the store down?)",
            where,
            self.max_consecutive_failures,
        )
        return True

    def failures(self, source_id: str) -> int:
        return self._failures.get(source_id, 0)

    def offer(self, raw: RawMail, handle: Handler, *, where: str) -> Outcome:
        try:
            handle(raw)
        except DatabaseUnavailable as exc:
            return self._store_is_down(raw, exc, where=where)
        except Exception as exc:
            count = self._failures.get(raw.source_id, 0) + 1
            self._failures[raw.source_id] = count
            self._in_a_row += 1
            reason = f"{type(exc).__name__}: {exc}"
            self._reasons[raw.source_id] = reason
            if count >= self.max_attempts:
                return self._give_up(raw, where=where)
            log.warning(
                "inbox %s: %s not stored (attempt %d of %d), will retry: %s",
                where,
                raw.source_id,
                count,
                self.max_attempts,
                type(exc).__name__,
            )
            return Outcome.FAILED
        self._in_a_row = 0
        self._forget(raw)
        return Outcome.HANDLED

    def poison_reason(self, raw: RawMail) -> str:
        count = self._failures.get(raw.source_id, 0)
        last = self._reasons.get(raw.source_id, "unknown error")
        return f"could not be stored after {count} attempts; last error: {last}"

    def set_aside(self, raw: RawMail, *, where: str) -> str:
        """Forget the mail's count once the source has set it aside; returns the reason."""
        reason = self.poison_reason(raw)
        self._forget(raw)
        log.error("inbox %s: %s set aside; the reason is kept beside it", where, raw.source_id)
        return reason

    def _store_is_down(self, raw: RawMail, exc: Exception, *, where: str) -> Outcome:
        self._store_down = True
        log.warning(
            "inbox %s: database unavailable, %s stays in the mailbox and this poll stops: %s",
            where,
            raw.source_id,
            exc,
        )
        return Outcome.STORE_DOWN

    def _give_up(self, raw: RawMail, *, where: str) -> Outcome:
        """Record the mail as unreadable; set aside only what cannot even be recorded."""
        reason = self.poison_reason(raw)
        if self.on_poison is None:
            return Outcome.POISON
        try:
            self.on_poison(raw, reason)
        except DatabaseUnavailable as exc:
            return self._store_is_down(raw, exc, where=where)  # the count stays
        except Exception as exc:
            log.error(
                "inbox %s: %s cannot be recorded as unreadable either (%s)",
                where,
                raw.source_id,
                type(exc).__name__,
            )
            self._reasons[raw.source_id] += f"; recording it as unreadable failed: {exc}"
            return Outcome.POISON
        log.error(
            "inbox %s: %s failed %d times; recorded as unreadable for a human",
            where,
            raw.source_id,
            self._failures.get(raw.source_id, 0),
        )
        self._in_a_row = 0
        self._forget(raw)
        return Outcome.HANDLED

    def _forget(self, raw: RawMail) -> None:
        self._failures.pop(raw.source_id, None)
        self._reasons.pop(raw.source_id, None)
