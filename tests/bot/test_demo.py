"""``wismo demo``: every bundled mail becomes a printed card and a Block Kit JSON file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.demo import main
from bot.demo_data import load_manifest
from bot.testing.fake_slack import FakeSlack

MAILS = load_manifest().mails
NOTICES = ("a_to_z_claim", "delivery_failure_reopened")  # the second act's cards
SLACK_ENV = ("SLACK_BOT_TOKEN", "WISMO_CHANNEL", "SLACK_BASE_URL")


@pytest.fixture
def clean_env(monkeypatch):
    for name in (*SLACK_ENV, "DATABASE_URL", "SPAPI_BASE_URL", "WISMO_SELLER_NAME"):
        monkeypatch.delenv(name, raising=False)


def assert_cards_written(out: Path) -> None:
    files = sorted(out.glob("*.json"))
    assert [f.stem for f in files] == sorted([*(Path(m.file).stem for m in MAILS), *NOTICES])
    for path in files:
        payload = json.loads(path.read_text("utf-8"))
        assert payload["text"] and payload["blocks"][0]["type"] == "header"
        assert any(b["type"] == "actions" for b in payload["blocks"])


def test_demo_prints_every_card_and_writes_its_json(tmp_path, capsys, clean_env):
    out = tmp_path / "cards"
    assert main(["--out", str(out), "--db", str(tmp_path / "demo.db")]) == 0
    printed = capsys.readouterr().out
    assert_cards_written(out)
    for mail in MAILS:
        assert f" {mail.file}  ->  " in printed  # one card heading per mail
    cards = len(MAILS) + len(NOTICES)
    assert printed.count("┌") == cards and printed.count("└") == cards
    # The second act: the buyer's photo, an A-to-z claim, a reply Amazon did not deliver.
    assert "IMG_2041.png (image/png" in printed
    assert "A-TO-Z GUARANTEE CLAIM" in printed and "Copy evidence" in printed
    assert "Amazon did not deliver our reply" in printed and "Edit and send again" in printed
    assert "Suggested reply" in printed and "Passes Amazon's messaging policy" in printed
    assert "Amazon does not know order 999-0000000-0000000" in printed
    assert "duplicate ignored" in printed
    summary = printed.split("Summary (most urgent first)")[1].split("Amazon's own mail")[0]
    assert len([line for line in summary.splitlines() if line[:1].isdigit()]) == len(MAILS)
    for scenario in {m.scenario for m in MAILS if m.scenario}:
        assert f" {scenario} " in summary
    # A card for each next step a buyer's message may need (issue 14's scenarios); the
    # agent-chosen outcomes (damaged_refund, lost_refund, ...) follow a click on these.
    for scenario in (
        "cancel_unshipped", "cancel_shipped", "return", "damaged_or_wrong", "invoice",
        "address_change_unshipped", "address_change_shipped", "thanks", "product_question",
        "exception_address", "exception_customs", "lost_reship", "exception_damaged",
        "exception_held", "not_shipped_late",
    ):  # fmt: skip
        assert f" {scenario} " in summary, scenario
    # Every template language has a buyer card whose suggested reply passes the gate.
    rows = [line.split() for line in summary.splitlines() if line[:1].isdigit()]
    passing = {row[2] for row in rows if "passes" in row}
    assert {"en", "de", "fr", "es", "it", "nl", "pl", "sv", "tr"} <= passing


def test_demo_refuses_an_existing_database_file(tmp_path, capsys, clean_env):
    db = tmp_path / "old.db"
    db.write_bytes(b"")
    assert main(["--out", str(tmp_path / "o"), "--db", str(db)]) == 2
    assert "exists" in capsys.readouterr().err


def test_demo_posts_the_cards_to_slack_when_configured(tmp_path, capsys, clean_env, monkeypatch):
    with FakeSlack() as slack:
        monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-demo-token")
        monkeypatch.setenv("WISMO_CHANNEL", "C0DEMO1")
        monkeypatch.setenv("SLACK_BASE_URL", slack.base_url)
        slack.fail_next("chat.postMessage", status=429, retry_after=0)  # retried, not lost
        assert main(["--out", str(tmp_path / "out"), "--pace", "0"]) == 0
        posts = slack.calls_to("chat.postMessage")
        shared = slack.calls_to("files.completeUploadExternal")
        photos = [f for f in slack.files.values() if f.get("completed")]
    assert len(posts) == len(MAILS) + len(NOTICES)
    assert {p.args["channel"] for p in posts} == {"C0DEMO1"}
    # The buyer's photo went into the thread of its card, as an image.
    [upload] = shared
    assert upload.args["thread_ts"] in {p.response["ts"] for p in posts}
    assert [p["name"] for p in photos] == ["IMG_2041.png"] and photos[0]["is_image"]
    for post in posts:
        blocks = post.args["blocks"]
        blocks = json.loads(blocks) if isinstance(blocks, str) else blocks
        assert blocks[0]["type"] == "header" and post.args["text"]
    printed = capsys.readouterr().out
    assert printed.count("posted ") == len(MAILS) + len(NOTICES) and "┌" not in printed
    assert_cards_written(tmp_path / "out")


def test_wismo_demo_as_a_process(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in SLACK_ENV and k != "DATABASE_URL"}
    result = subprocess.run(
        [sys.executable, "-m", "bot", "demo", "--out", "cards"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert_cards_written(tmp_path / "cards")
    assert result.stdout.count("└") == len(MAILS) + len(NOTICES)
    assert not (tmp_path / "wismo.db").exists()  # a temporary database, not the default one
