"""The one small interface every inbox source implements, and the retry rules they share.

A source finds new raw mails and hands each to ``handle`` (which stores it).  Only after
``handle`` returns does the source mark the mail done, so a crash or a store outage never
loses mail: the mail is offered again on the next poll.  Delivering a mail twice is harmless
(the store deduplicates by Message-ID) but sources avoid it where they can.

A mail whose ``handle`` keeps failing is "poison": after ``max_attempts`` failures the
source moves it aside (or flags it), logs it and reports it through ``on_poison``, so one
bad mail never blocks the others.  Failure counts live in memory: a restart only gives a
poison mail a few more tries.  Within one poll, a run of ``max_consecutive_failures``
failures in a row ends the poll early, because that looks like the store being down rather
than bad mails, and burning every mail's attempts on an outage would quarantine the lot.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol, runtime_checkable

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "DEFAULT_MAX_ATTEMPTS",
    "Attempts",
    "Handler",
    "InboxSource",
    "Outcome",
    "PoisonHandler",
    "RawMail",
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
"""Told about a mail set aside after repeated failures, with the reason."""


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


class Outcome(enum.Enum):
    HANDLED = "handled"
    FAILED = "failed"  # try again next poll
    POISON = "poison"  # failed max_attempts times: set it aside


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

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        if self.max_consecutive_failures < 1:
            raise ValueError("max_consecutive_failures must be at least 1")

    def start_poll(self) -> None:
        self._in_a_row = 0

    def should_stop(self, *, where: str) -> bool:
        """True (and logged) when this poll saw so many failures in a row that the store
        looks down: the source ends the poll rather than fail every remaining mail."""
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
        except Exception as exc:
            count = self._failures.get(raw.source_id, 0) + 1
            self._failures[raw.source_id] = count
            self._in_a_row += 1
            reason = f"{type(exc).__name__}: {exc}"
            self._reasons[raw.source_id] = reason
            if count >= self.max_attempts:
                log.error(
                    "inbox %s: %s failed %d times, setting it aside: %s",
                    where,
                    raw.source_id,
                    count,
                    reason,
                )
                return Outcome.POISON
            log.warning(
                "inbox %s: %s not stored (attempt %d of %d), will retry: %s",
                where,
                raw.source_id,
                count,
                self.max_attempts,
                reason,
                exc_info=exc,
            )
            return Outcome.FAILED
        self._in_a_row = 0
        self._failures.pop(raw.source_id, None)
        self._reasons.pop(raw.source_id, None)
        return Outcome.HANDLED

    def poison_reason(self, raw: RawMail) -> str:
        count = self._failures.get(raw.source_id, 0)
        last = self._reasons.get(raw.source_id, "unknown error")
        return f"could not be stored after {count} attempts; last error: {last}"

    def set_aside(self, raw: RawMail, *, where: str) -> str:
        """Forget the mail's count and report it; returns the reason for the source to keep."""
        reason = self.poison_reason(raw)
        self._failures.pop(raw.source_id, None)
        self._reasons.pop(raw.source_id, None)
        if self.on_poison is not None:
            try:
                self.on_poison(raw, reason)
            except Exception:
                log.exception("inbox %s: reporting poison mail %s failed", where, raw.source_id)
        return reason
