from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import Settings
from bot.errors import ConfigError
from bot.mail.inbox import (
    FolderSource,
    ImapSource,
    JsonFileState,
    MaildirSource,
    source_from_settings,
)


def test_each_inbox_url_builds_its_source(tmp_path: Path) -> None:
    maildir = source_from_settings(Settings(inbox=f"maildir://{tmp_path}/Maildir"))
    assert isinstance(maildir, MaildirSource) and maildir.root == tmp_path / "Maildir"

    folder = source_from_settings(Settings(inbox=f"dir://{tmp_path}/drop%20box"))
    assert isinstance(folder, FolderSource) and folder.root == tmp_path / "drop box"

    imap = source_from_settings(
        Settings(inbox="imaps://support%40shop.example:hunter2@mail.example/Amazon"),
        state_file=tmp_path / "state.json",
    )
    assert isinstance(imap, ImapSource)
    assert imap.name == "imaps://support@shop.example@mail.example:993/Amazon"
    assert "hunter2" not in repr(imap)


def test_settings_reach_the_same_source_as_the_environment(tmp_path: Path) -> None:
    settings = Settings.from_env({"WISMO_INBOX": f"dir://{tmp_path}"})
    source = source_from_settings(settings)
    (tmp_path / "a.eml").write_bytes(b"Subject: x\r\n\r\ny\r\n")
    assert source.poll(lambda raw: None) == 1


@pytest.mark.parametrize(
    "url, problem",
    [
        ("", "WISMO_INBOX: not set"),
        ("imap://mail.example/INBOX", "needs a user and password"),
        ("maildir://", "needs a path"),
        ("pop3://u:p@host", "must start with imap://"),
    ],
)
def test_bad_inbox_settings_fail_fast_and_name_the_variable(url: str, problem: str) -> None:
    with pytest.raises(ConfigError, match=problem) as caught:
        source_from_settings(Settings(inbox=url))
    assert "WISMO_INBOX" in str(caught.value)


def test_json_state_survives_a_new_object_and_a_corrupt_file(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "state.json"
    JsonFileState(path).save({"uidvalidity": 7, "last_uid": 42, "done": [44]})
    assert JsonFileState(path).load() == {"uidvalidity": 7, "last_uid": 42, "done": [44]}
    assert [p.name for p in path.parent.iterdir()] == ["state.json"]  # no temp files left

    path.write_text("{not json")
    assert JsonFileState(path).load() is None
    assert JsonFileState(tmp_path / "missing.json").load() is None
