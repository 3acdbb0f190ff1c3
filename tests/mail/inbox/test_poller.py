from __future__ import annotations

import logging
import threading
from pathlib import Path

import pytest

from bot.errors import InboxUnavailable
from bot.mail.inbox import Attempts, FolderSource, RawMail, run_poller
from tests.mail.inbox.helpers import make_mail


class RecordingEvent(threading.Event):
    """A stop event whose waits return at once and are recorded, so backoff is visible."""

    def __init__(self) -> None:
        super().__init__()
        self.waits: list[float | None] = []

    def wait(self, timeout: float | None = None) -> bool:
        self.waits.append(timeout)
        return self.is_set()


class FlakySource:
    """A real folder source behind a network that fails the first polls."""

    def __init__(
        self, inner: FolderSource, errors: list[Exception], stop: threading.Event, *, polls: int
    ) -> None:
        self.inner, self.errors, self.stop, self.polls_left = inner, errors, stop, polls
        self.closed = False

    @property
    def name(self) -> str:
        return "flaky"

    def poll(self, handle) -> int:
        self.polls_left -= 1
        if self.polls_left <= 0:
            self.stop.set()
        if self.errors:
            raise self.errors.pop(0)
        return self.inner.poll(handle)

    def close(self) -> None:
        self.closed = True


def test_source_errors_are_logged_backed_off_and_survived(tmp_path: Path, caplog) -> None:
    for n in range(2):
        (tmp_path / f"{n}.eml").write_bytes(make_mail(n))
    stop = RecordingEvent()
    errors: list[Exception] = [
        InboxUnavailable("imap://x: connection refused"),
        InboxUnavailable("imap://x: connection refused"),
        RuntimeError("bug in a source"),
    ]
    source = FlakySource(FolderSource(tmp_path), errors, stop, polls=6)
    stored: list[str] = []

    with caplog.at_level(logging.INFO, logger="bot.mail.inbox.poller"):
        total = run_poller(
            source,
            lambda raw: stored.append(raw.source_id),
            interval=10,
            stop_event=stop,
            max_backoff=25,
        )

    assert total == 2
    assert stored == ["dir:0.eml", "dir:1.eml"]
    assert source.closed
    # 10, 20, then capped at 25; after success: straight on (draining), then the interval.
    assert stop.waits[:3] == [10, 20, 25]
    assert stop.waits[3:] == [10, 10]
    messages = [r.getMessage() for r in caplog.records]
    assert any("poll failed (2 in a row), retrying in 20 s: imap://x" in m for m in messages)
    assert any("unexpected error (3 in a row)" in m for m in messages)
    assert any("2 mail(s) stored, 2 in total" in m for m in messages)


def test_poller_keeps_going_past_a_poison_mail(tmp_path: Path) -> None:
    (tmp_path / "0-bad.eml").write_bytes(b"\x00poison")
    for n in range(1, 4):
        (tmp_path / f"{n}.eml").write_bytes(make_mail(n))
    stop = threading.Event()
    stored: list[str] = []

    def handle(raw: RawMail) -> None:
        if raw.data.startswith(b"\x00"):
            raise ValueError("parser crashed")
        stored.append(raw.source_id)

    source = FolderSource(tmp_path, attempts=Attempts(max_attempts=3))

    def watch() -> None:
        # Stop once the bad mail is set aside; bounded so a bug cannot hang the suite.
        for _ in range(500):
            if (tmp_path / "failed" / "0-bad.eml").exists():
                break
            stop.wait(0.01)
        stop.set()

    watcher = threading.Thread(target=watch)
    watcher.start()
    total = run_poller(source, handle, interval=0.01, stop_event=stop)
    watcher.join(timeout=10)

    assert total == 3
    assert stored == ["dir:1.eml", "dir:2.eml", "dir:3.eml"]
    assert (tmp_path / "failed" / "0-bad.eml").exists()


def test_interval_must_be_positive(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="interval"):
        run_poller(
            FolderSource(tmp_path), lambda raw: None, interval=0, stop_event=threading.Event()
        )
