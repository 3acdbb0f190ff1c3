"""A buyer's files are stored with the message, listed on its card, and purged with it."""

from __future__ import annotations

import json
from datetime import timedelta

from bot.domain import MessageState
from bot.jobs.retention import purge_expired
from bot.services.deciding import current
from bot.services.pipeline import store_raw
from bot.slack.blocks import card
from bot.testing.mail_files import PHOTO, with_files, zip_bomb


def _card_text(services, pk, now) -> str:
    return json.dumps(card(current(services, pk), now=now)["blocks"], ensure_ascii=False)


def test_files_are_stored_listed_and_refused_with_the_reason(services, manifest):
    big = b"%PDF-1.4\n" + bytes(range(256)) * (11 * 4096)  # 11 MB: over the 10 MB cap
    hostile = "../../\u202egpj.exe\x00" + "z" * 300 + ".png"
    raw = with_files(
        manifest.mails[0].raw,
        [
            ("IMG_2041.png", PHOTO, "image/png"),
            ("manual.pdf", big, "application/pdf"),
            (hostile, PHOTO, "image/png"),
            ("bomb.zip", zip_bomb(), "application/zip"),
        ],
    )
    pk = store_raw(services, raw, arrived_at=manifest.now).message_pk
    with services.uow_factory() as uow:
        files = uow.files.of_message(pk, "in")
        names = [f.filename for f in files]
        assert names[0] == "IMG_2041.png" and files[0].data == PHOTO
        assert names[2] == "bomb.zip" and files[2].size < 1024 * 1024  # never expanded
        assert len(files) == 3 and all(f.size <= 10 * 2**20 for f in files)
        assert not any(ch in names[1] for ch in "/\\\x00\u202e") and len(names[1]) <= 120
    text = _card_text(services, pk, manifest.now)
    assert f"IMG_2041.png (image/png, {len(PHOTO):,} bytes): in the thread" in text
    assert "manual.pdf" in text and "over the 10.0 MB a file may have: not stored" in text
    assert "\u202e" not in text


def test_the_purge_removes_stored_files_after_the_retention_period(services, manifest):
    raw = with_files(manifest.mails[0].raw, [("IMG_2041.png", PHOTO, "image/png")])
    pk = store_raw(services, raw, arrived_at=manifest.now).message_pk
    closed = manifest.now + timedelta(hours=2)
    with services.uow_factory() as uow:
        assert uow.messages.transition(
            pk,
            expected={MessageState.RECEIVED},
            new=MessageState.NO_RESPONSE,
            actor="UAGENT1",
            now=closed,
            closed_at=closed,
        )
        uow.commit()
    days = services.settings.retention_days
    just_before = closed + timedelta(days=days) - timedelta(minutes=1)
    assert purge_expired(services.uow_factory, now=just_before, retention_days=days) == 0
    with services.uow_factory() as uow:
        assert [f.data for f in uow.files.of_message(pk, "in")] == [PHOTO]

    assert (
        purge_expired(services.uow_factory, now=closed + timedelta(days=days), retention_days=days)
        == 1
    )
    with services.uow_factory() as uow:
        assert uow.files.of_message(pk, "in") == []
        row = uow.messages.get(pk)
        assert row is not None
        assert row.attachments == [{"content_type": "image/png", "size": len(PHOTO)}]


def test_a_file_whose_bytes_are_not_the_declared_image_gets_a_note_on_the_card(services, manifest):
    program = b"MZ\x90\x00\x03\x00\x00\x00" + bytes(range(256)) * 4  # a Windows program
    raw = with_files(
        manifest.mails[0].raw,
        [
            ("IMG_2041.png", PHOTO, "image/png"),
            ("holiday.jpg", program, "image/jpeg"),
            ("label.pdf", PHOTO, "application/pdf"),
        ],
    )
    pk = store_raw(services, raw, arrived_at=manifest.now).message_pk
    text = _card_text(services, pk, manifest.now)
    assert f"IMG_2041.png (image/png, {len(PHOTO):,} bytes): in the thread" in text
    assert (
        f"holiday.jpg (image/jpeg, {len(program):,} bytes) :warning: declared image/jpeg but "
        "its bytes are not one"
    ) in text
    assert "label.pdf" in text and "declared application/pdf but its bytes are a PNG file" in text
