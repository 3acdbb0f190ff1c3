"""A buyer's photo reaches the card's thread through Slack's external file upload.

Through the running bot: the relay mail with a photo arrives at the mail webhook, the
worker drafts it and posts its card, then uploads the photo into the card's thread
(files.getUploadURLExternal, the bytes to the upload URL, files.completeUploadExternal).
A failed upload is retried; a file already in the thread is not uploaded again.
"""

from __future__ import annotations

import time
from datetime import timedelta

from bot.domain import MessageState
from bot.jobs.poster import post_due
from bot.slack.writer import Pacer, SlackWriter
from bot.testing.mail_files import PHOTO, with_files
from tests.e2e.slack_harness import CHANNEL, Bot, raw_mail


def _arrive_with_photo(bot: Bot, manifest) -> int:
    raw = with_files(raw_mail(manifest), [("IMG_2041.png", PHOTO, "image/png")])
    assert bot.deliver_mail(raw).status_code == 204
    # The card, then its files (queued once the card is in).  On a shared PostgreSQL
    # another process may hold the poster's advisory lock for a moment: try again.
    for _ in range(60):
        bot.draft_and_post()
        with bot.services.uow_factory() as uow:
            if not uow.slack_posts.next_due(now=bot.services.clock(), limit=5):
                break
        time.sleep(0.5)
    with bot.services.uow_factory() as uow:
        rows = uow.messages.open_by_deadline({MessageState.CARDED}, limit=50)
        return max(row.id for row in rows)


def test_a_buyer_photo_reaches_the_cards_thread_as_an_image(bot, manifest):
    pk = _arrive_with_photo(bot, manifest)
    card = bot.card_of(pk)
    [asked] = bot.slack.calls_to("files.getUploadURLExternal")
    assert asked.args["filename"] == "IMG_2041.png" and int(asked.args["length"]) == len(PHOTO)
    [done] = bot.slack.calls_to("files.completeUploadExternal")
    assert done.args["channel_id"] == CHANNEL and done.args["thread_ts"] == card["ts"]
    [file] = bot.slack.files.values()
    assert file["data"] == PHOTO and file["is_image"] and file["thread_ts"] == card["ts"]
    thread = [m for m in bot.slack.channel_messages(CHANNEL) if m.get("thread_ts") == card["ts"]]
    assert [f["name"] for m in thread for f in m.get("files", [])] == ["IMG_2041.png"]
    assert "IMG_2041.png" in str(card["blocks"]) and "in the thread" in str(card["blocks"])

    bot.draft_and_post()  # nothing left to upload: no second copy
    assert len(bot.slack.calls_to("files.completeUploadExternal")) == 1


def test_an_upload_slack_refuses_is_retried_and_lands_once(bot, manifest):
    bot.slack.fail_next("files.completeUploadExternal", status=500, error="internal_error", times=9)
    pk = _arrive_with_photo(bot, manifest)
    assert bot.slack.calls_to("files.completeUploadExternal") == []
    bot.slack.clear_faults()
    with bot.services.uow_factory() as uow:
        [row] = [r for r in uow.slack_posts.next_due(now=bot.services.clock() + _LATER, limit=50)]
        assert row.purpose == "files" and row.message_pk == pk
    for later in (_LATER, 3 * _LATER, 9 * _LATER):  # the poster's next rounds
        _post_later(bot, later)
    done = bot.slack.calls_to("files.completeUploadExternal")
    assert len(done) == 1 and done[0].args["thread_ts"] == bot.card_of(pk)["ts"]
    shared = [f for f in bot.slack.files.values() if f.get("completed")]
    assert [f["data"] for f in shared] == [PHOTO]


_LATER = timedelta(minutes=10)


def _post_later(bot: Bot, later: timedelta) -> None:
    post_due(
        bot.services,
        SlackWriter(bot.bg_client(), pacer=Pacer(0.0)),
        now=bot.services.clock() + later,
    )


# Round 8, class F3: one file Slack cannot take never keeps the others out of the thread,
# and the card never says a file is in the thread when it is not.


def _card_and_files(bot: Bot, manifest, files) -> int:
    raw = with_files(raw_mail(manifest), files)
    assert bot.deliver_mail(raw).status_code == 204
    for _ in range(60):
        bot.draft_and_post()
        with bot.services.uow_factory() as uow:
            if not uow.slack_posts.next_due(now=bot.services.clock(), limit=5):
                break
        time.sleep(0.5)
    with bot.services.uow_factory() as uow:
        rows = uow.messages.open_by_deadline({MessageState.CARDED}, limit=50)
        return max(row.id for row in rows)


def _thread(bot: Bot, ts: str) -> list[dict]:
    return [m for m in bot.slack.channel_messages(CHANNEL) if m.get("thread_ts") == ts]


def test_a_zero_byte_file_is_named_and_the_others_still_reach_the_thread(bot, manifest):
    pk = _card_and_files(
        bot, manifest, [("empty.pdf", b"", "application/pdf"), ("IMG_2041.png", PHOTO, "image/png")]
    )
    card = bot.card_of(pk)
    blocks = str(card["blocks"])
    assert [f["data"] for f in bot.slack.files.values() if f.get("completed")] == [PHOTO]
    assert "IMG_2041.png" in blocks and "in the thread" in blocks
    assert "empty.pdf" in blocks and "0 bytes: nothing to show" in blocks
    assert blocks.count("in the thread") == 1


def test_a_file_slack_refuses_for_good_is_named_in_the_thread_and_not_claimed(bot, manifest):
    bot.slack.fail_next("files.getUploadURLExternal", status=200, error="invalid_arguments")
    pk = _card_and_files(
        bot,
        manifest,
        [("bad.pdf", b"%PDF-1.4 x", "application/pdf"), ("IMG_2041.png", PHOTO, "image/png")],
    )
    for later in (_LATER, 3 * _LATER):  # the card's refresh
        _post_later(bot, later)
    card = bot.card_of(pk)
    texts = [m.get("text", "") for m in _thread(bot, card["ts"])]
    assert any("bad.pdf" in t and "invalid_arguments" in t for t in texts), texts
    assert [f["data"] for f in bot.slack.files.values() if f.get("completed")] == [PHOTO]
    blocks = str(card["blocks"])
    assert "bad.pdf" in blocks and "Slack refused the file" in blocks
    assert blocks.count("in the thread") == 1
