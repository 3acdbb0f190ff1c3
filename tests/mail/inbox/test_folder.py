from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.errors import DatabaseUnavailable, InboxUnavailable
from bot.mail.inbox import Attempts, FolderSource, RawMail
from tests.mail.inbox.helpers import make_mail


def drop(folder: Path, name: str, data: bytes, *, mtime: float | None = None) -> Path:
    path = folder / name
    path.write_bytes(data)
    if mtime is not None:
        os.utime(path, (mtime, mtime))
    return path


def test_new_mails_are_delivered_once_then_moved_to_done(tmp_path: Path) -> None:
    mails = {f"{n:02d}.eml": make_mail(n) for n in range(3)}
    for name, data in mails.items():
        drop(tmp_path, name, data, mtime=1_790_000_000)
    got: list[RawMail] = []
    source = FolderSource(tmp_path)

    assert source.poll(got.append) == 3
    assert source.poll(got.append) == 0

    assert [m.data for m in got] == list(mails.values())
    assert [m.source_id for m in got] == ["dir:00.eml", "dir:01.eml", "dir:02.eml"]
    assert got[0].received_at == datetime.fromtimestamp(1_790_000_000, UTC)
    assert sorted(p.name for p in (tmp_path / "done").iterdir()) == sorted(mails)
    assert not list(tmp_path.glob("*.eml"))


def test_mail_is_only_moved_after_handle_returned(tmp_path: Path) -> None:
    path = drop(tmp_path, "a.eml", make_mail(1))
    seen_during_handle: list[bool] = []

    def handle(raw: RawMail) -> None:
        seen_during_handle.append(path.exists())

    FolderSource(tmp_path).poll(handle)
    assert seen_during_handle == [True]
    assert not path.exists()
    assert (tmp_path / "done" / "a.eml").exists()


def test_failing_handle_leaves_the_mail_for_the_next_poll(tmp_path: Path) -> None:
    drop(tmp_path, "a.eml", make_mail(1))
    drop(tmp_path, "b.eml", make_mail(2))
    calls: list[str] = []

    def flaky(raw: RawMail) -> None:
        calls.append(raw.source_id)
        if raw.source_id == "dir:a.eml" and calls.count("dir:a.eml") == 1:
            raise RuntimeError("database is restarting")

    source = FolderSource(tmp_path)
    assert source.poll(flaky) == 1  # b stored, a kept
    assert (tmp_path / "a.eml").exists()
    assert source.poll(flaky) == 1  # a again, and only a
    assert calls == ["dir:a.eml", "dir:b.eml", "dir:a.eml"]
    assert sorted(p.name for p in (tmp_path / "done").iterdir()) == ["a.eml", "b.eml"]


def _failing_on_ff(stored: list[str]):
    def handle(raw: RawMail) -> None:
        if raw.data.startswith(b"\xff"):
            raise ValueError("cannot decode header")
        stored.append(raw.source_id)

    return handle


def test_a_mail_that_keeps_failing_is_recorded_as_unreadable_and_done(tmp_path: Path) -> None:
    drop(tmp_path, "bad.eml", b"\xff\xfe not a mail")
    drop(tmp_path, "good.eml", make_mail(1))
    recorded: list[tuple[str, str]] = []
    stored: list[str] = []
    attempts = Attempts(
        max_attempts=3, on_poison=lambda raw, why: recorded.append((raw.source_id, why))
    )
    source = FolderSource(tmp_path, attempts=attempts)
    for _ in range(3):
        source.poll(_failing_on_ff(stored))

    assert stored == ["dir:good.eml"]  # the bad one never blocked the good one
    [(source_id, why)] = recorded
    assert source_id == "dir:bad.eml"
    assert "3 attempts" in why and "ValueError: cannot decode header" in why
    assert (tmp_path / "done" / "bad.eml").read_bytes() == b"\xff\xfe not a mail"
    assert not (tmp_path / "failed").exists()
    assert source.poll(_failing_on_ff(stored)) == 0  # not offered again


def test_a_mail_that_cannot_even_be_recorded_is_set_aside_with_its_reason(tmp_path: Path) -> None:
    drop(tmp_path, "bad.eml", b"\xff\xfe not a mail")

    def cannot_record(raw: RawMail, why: str) -> None:
        raise ValueError("the unreadable-mail record refused it too")

    stored: list[str] = []
    source = FolderSource(tmp_path, attempts=Attempts(max_attempts=3, on_poison=cannot_record))
    for _ in range(3):
        source.poll(_failing_on_ff(stored))

    assert not (tmp_path / "bad.eml").exists()
    assert (tmp_path / "failed" / "bad.eml").read_bytes() == b"\xff\xfe not a mail"
    reason = (tmp_path / "failed" / "bad.eml.reason.txt").read_text()
    assert "3 attempts" in reason and "ValueError: cannot decode header" in reason
    assert "recording it as unreadable failed" in reason
    assert source.poll(_failing_on_ff(stored)) == 0


def test_a_database_outage_never_sets_a_mail_aside(tmp_path: Path) -> None:
    for n in range(3):
        drop(tmp_path, f"{n}.eml", make_mail(n))
    offered: list[str] = []
    down = True

    def store(raw: RawMail) -> None:
        offered.append(raw.source_id)
        if down:
            raise DatabaseUnavailable("the database did not answer: connection refused")

    recorded: list[str] = []
    attempts = Attempts(max_attempts=2, on_poison=lambda raw, why: recorded.append(why))
    source = FolderSource(tmp_path, attempts=attempts)
    for _ in range(10):  # far more polls than attempts
        assert source.poll(store) == 0
    assert offered == ["dir:0.eml"] * 10  # each poll stops at the first mail
    assert sorted(p.name for p in tmp_path.glob("*.eml")) == ["0.eml", "1.eml", "2.eml"]
    assert not (tmp_path / "failed").exists() and recorded == []

    down = False  # the database is back: the next poll takes every mail normally
    assert source.poll(store) == 3
    assert sorted(p.name for p in (tmp_path / "done").iterdir()) == ["0.eml", "1.eml", "2.eml"]


def test_an_outage_while_recording_an_unreadable_mail_leaves_it_in_place(tmp_path: Path) -> None:
    drop(tmp_path, "bad.eml", b"\xff\xfe not a mail")
    database_up = False
    recorded: list[str] = []

    def record(raw: RawMail, why: str) -> None:
        if not database_up:
            raise DatabaseUnavailable("the database did not answer")
        recorded.append(raw.source_id)

    stored: list[str] = []
    source = FolderSource(tmp_path, attempts=Attempts(max_attempts=2, on_poison=record))
    for _ in range(5):
        source.poll(_failing_on_ff(stored))
    assert (tmp_path / "bad.eml").exists() and not (tmp_path / "failed").exists()
    database_up = True
    source.poll(_failing_on_ff(stored))
    assert recorded == ["dir:bad.eml"] and (tmp_path / "done" / "bad.eml").exists()


def test_many_failures_in_a_row_end_the_poll_early(tmp_path: Path) -> None:
    for n in range(6):
        drop(tmp_path, f"{n}.eml", make_mail(n))
    offered: list[str] = []

    def store_down(raw: RawMail) -> None:
        offered.append(raw.source_id)
        raise ConnectionError("store is down")

    source = FolderSource(tmp_path, attempts=Attempts(max_consecutive_failures=3))
    assert source.poll(store_down) == 0
    assert len(offered) == 3
    assert len(list(tmp_path.glob("*.eml"))) == 6  # nothing lost, nothing set aside


def test_batch_size_bounds_one_poll(tmp_path: Path) -> None:
    for n in range(5):
        drop(tmp_path, f"{n}.eml", make_mail(n))
    source = FolderSource(tmp_path, batch_size=2)
    assert [source.poll(lambda raw: None) for _ in range(4)] == [2, 2, 1, 0]


def test_only_complete_eml_files_are_read(tmp_path: Path) -> None:
    drop(tmp_path, "half.eml.part", make_mail(1))
    drop(tmp_path, "notes.txt", b"hello")
    drop(tmp_path, "UPPER.EML", make_mail(2))
    got: list[str] = []
    FolderSource(tmp_path).poll(lambda raw: got.append(raw.source_id))
    assert got == ["dir:UPPER.EML"]
    assert (tmp_path / "half.eml.part").exists()


def test_a_name_already_in_done_is_not_overwritten(tmp_path: Path) -> None:
    (tmp_path / "done").mkdir()
    (tmp_path / "done" / "a.eml").write_bytes(b"older")
    drop(tmp_path, "a.eml", b"newer")
    FolderSource(tmp_path).poll(lambda raw: None)
    assert (tmp_path / "done" / "a.eml").read_bytes() == b"older"
    assert (tmp_path / "done" / "a-1.eml").read_bytes() == b"newer"


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InboxUnavailable, match=r"is not a folder.*WISMO_INBOX"):
        FolderSource(tmp_path / "nope").poll(lambda raw: None)
