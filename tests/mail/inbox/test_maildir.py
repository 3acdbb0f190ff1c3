from __future__ import annotations

import mailbox
from pathlib import Path

import pytest

from bot.errors import InboxUnavailable
from bot.mail.inbox import Attempts, MaildirSource, RawMail
from tests.mail.inbox.helpers import make_mail


@pytest.fixture
def maildir(tmp_path: Path) -> tuple[Path, mailbox.Maildir]:
    root = tmp_path / "Maildir"
    return root, mailbox.Maildir(root, factory=None, create=True)


def test_new_mail_is_delivered_once_and_filed_as_seen(maildir) -> None:
    root, box = maildir
    sent = [make_mail(n) for n in range(3)]
    keys = [box.add(data) for data in sent]
    got: list[RawMail] = []
    source = MaildirSource(root)

    assert source.poll(got.append) == 3
    assert source.poll(got.append) == 0

    assert {m.source_id for m in got} == {f"maildir:{k}" for k in keys}
    assert all(m.received_at is not None for m in got)
    assert not list((root / "new").iterdir())
    # Any Maildir reader (here the standard library's) now sees them read, in cur/.
    box = mailbox.Maildir(root, factory=None, create=False)
    for key in keys:
        message = box.get_message(key)
        assert message.get_subdir() == "cur"
        assert message.get_flags() == "S"
    # Byte for byte what was delivered, CRLF and all.
    assert sorted((root / "cur" / f"{k}:2,S").read_bytes() for k in keys) == sorted(
        m.data for m in got
    )
    assert sorted(m.data for m in got) == sorted(sent)


def test_nothing_moves_before_handle_returns_and_failures_stay_in_new(maildir) -> None:
    root, box = maildir
    key = box.add(make_mail(1))
    in_new_during_handle: list[bool] = []

    def fails(raw: RawMail) -> None:
        in_new_during_handle.append((root / "new" / key).exists())
        raise RuntimeError("store unavailable")

    source = MaildirSource(root)
    assert source.poll(fails) == 0
    assert in_new_during_handle == [True]
    assert (root / "new" / key).exists()
    got: list[RawMail] = []
    assert source.poll(got.append) == 1
    assert [m.source_id for m in got] == [f"maildir:{key}"]


def test_mail_nothing_can_record_goes_to_the_failed_folder_flagged(maildir) -> None:
    root, box = maildir
    bad = box.add(b"Subject: broken\r\n\r\n\xff")
    good = box.add(make_mail(2))
    reported: list[str] = []
    stored: list[str] = []

    def handle(raw: RawMail) -> None:
        if raw.source_id == f"maildir:{bad}":
            raise ValueError("parser crashed")
        stored.append(raw.source_id)

    def cannot_record(raw: RawMail, why: str) -> None:
        reported.append(why)
        raise ValueError("refused as unreadable too")

    source = MaildirSource(root, attempts=Attempts(max_attempts=2, on_poison=cannot_record))
    source.poll(handle)
    source.poll(handle)
    assert stored == [f"maildir:{good}"]
    assert len(reported) == 1 and "ValueError: parser crashed" in reported[0]

    failed = mailbox.Maildir(root, factory=None).get_folder("Failed")
    (message,) = list(failed)
    assert message.get_flags() == "F"
    assert bytes(message.as_bytes()).endswith(b"\xff")
    [why] = (root / ".Failed" / "reasons").iterdir()
    assert "ValueError: parser crashed" in why.read_text()
    assert source.poll(handle) == 0


def test_mail_still_being_written_in_tmp_is_ignored(maildir) -> None:
    root, _ = maildir
    (root / "tmp" / "123.partial").write_bytes(make_mail(1))
    assert MaildirSource(root).poll(lambda raw: None) == 0
    assert (root / "tmp" / "123.partial").exists()


def test_a_folder_that_is_not_a_maildir_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InboxUnavailable, match=r"not a Maildir \(no new, cur, tmp/"):
        MaildirSource(tmp_path).poll(lambda raw: None)
