"""The poll loop shared by the sources that read mail files from disk (Maildir, folder).

Subclasses say which files are pending and how a file is marked done or set aside;
marking is always a rename, so a mail is never half-done and another process polling the
same directory loses the race cleanly (the file is simply gone).
"""

from __future__ import annotations

import logging
import os
from abc import ABC, abstractmethod
from datetime import UTC, datetime
from pathlib import Path

from bot.errors import InboxUnavailable
from bot.mail.inbox.source import DEFAULT_BATCH_SIZE, Attempts, Handler, Outcome, RawMail

__all__ = ["FileInbox", "free_name"]

log = logging.getLogger(__name__)


def free_name(folder: Path, name: str) -> Path:
    """``folder/name``, or ``folder/name-1`` … when that exists, so nothing is overwritten."""
    target = folder / name
    stem, dot, suffix = name.partition(".")
    counter = 1
    while target.exists():
        target = folder / f"{stem}-{counter}{dot}{suffix}"
        counter += 1
    return target


class FileInbox(ABC):
    def __init__(
        self,
        root: Path,
        *,
        batch_size: int = DEFAULT_BATCH_SIZE,
        attempts: Attempts | None = None,
    ) -> None:
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self.root = root
        self.batch_size = batch_size
        self.attempts = attempts if attempts is not None else Attempts()

    @property
    @abstractmethod
    def name(self) -> str: ...

    @abstractmethod
    def _check(self) -> None:
        """Raise :class:`InboxUnavailable` when the directory is not usable."""

    @abstractmethod
    def _pending(self) -> list[Path]:
        """Files not yet done, oldest first."""

    @abstractmethod
    def _source_id(self, path: Path) -> str: ...

    @abstractmethod
    def _mark_done(self, path: Path) -> None: ...

    @abstractmethod
    def _set_aside(self, path: Path, reason: str) -> None: ...

    def poll(self, handle: Handler) -> int:
        self._check()
        self.attempts.start_poll()
        handled = 0
        try:
            pending = self._pending()
        except OSError as exc:
            raise InboxUnavailable(f"{self.name}: cannot list mail files: {exc}") from exc
        for path in pending[: self.batch_size]:
            raw = self._read(path)
            if raw is None:
                continue
            outcome = self.attempts.offer(raw, handle, where=self.name)
            if outcome is Outcome.HANDLED:
                handled += 1
                self._done_or_log(path)
            elif outcome is Outcome.POISON:
                self._aside_or_log(path, raw)
            if self.attempts.should_stop(where=self.name):
                break
        return handled

    def close(self) -> None:
        """Nothing to release: every poll opens and closes its files."""
        return None

    def _read(self, path: Path) -> RawMail | None:
        try:
            data = path.read_bytes()
            mtime = path.stat().st_mtime
        except FileNotFoundError:
            return None  # another poller took it between listing and reading
        except OSError as exc:
            log.error("inbox %s: cannot read %s, skipping it: %s", self.name, path.name, exc)
            return None
        return RawMail(
            data=data,
            source_id=self._source_id(path),
            received_at=datetime.fromtimestamp(mtime, UTC),
        )

    def _done_or_log(self, path: Path) -> None:
        try:
            self._mark_done(path)
        except FileNotFoundError:
            pass  # another poller marked it first
        except OSError as exc:
            # Stored but not marked: it comes again next poll and the store dedupes it.
            log.error("inbox %s: stored %s but cannot mark it done: %s", self.name, path, exc)

    def _aside_or_log(self, path: Path, raw: RawMail) -> None:
        reason = self.attempts.poison_reason(raw)
        try:
            self._set_aside(path, reason)
        except OSError as exc:
            # Keep the count: next poll it is poison again and moving it is retried.
            log.error("inbox %s: cannot set aside %s: %s", self.name, path, exc)
            return
        self.attempts.set_aside(raw, where=self.name)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.name!r})"

    @staticmethod
    def _rename(source: Path, target: Path) -> None:
        target.parent.mkdir(parents=True, exist_ok=True)
        os.rename(source, target)
