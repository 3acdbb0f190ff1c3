"""A buyer's files: read within the cap, never unpacked, names made safe; hostile ones too."""

from __future__ import annotations

import random
import time

import pytest

from bot.mail.files import safe_filename, sniff
from bot.mail.relay import attachment_files, parse_mail
from bot.testing.mail_files import PHOTO, with_files, zip_bomb

CAP = 10 * 1024 * 1024


@pytest.fixture
def relay(manifest) -> bytes:
    return manifest.mails[0].raw


def test_a_photo_comes_out_byte_for_byte_with_its_name(relay):
    raw = with_files(relay, [("IMG_2041.png", PHOTO, "image/png")])
    [photo] = attachment_files(raw, cap=CAP)
    assert (photo.filename, photo.content_type, photo.data) == ("IMG_2041.png", "image/png", PHOTO)
    assert parse_mail(raw).attachments[0].filename == "IMG_2041.png"


def test_a_file_over_the_cap_is_listed_with_the_reason_and_never_decoded(relay):
    big = b"\xff\xd8\xff" + bytes(range(256)) * (12 * 4096)  # 12 MB
    raw = with_files(relay, [("big.jpg", big, "image/jpeg"), ("ok.png", PHOTO, "image/png")])
    big_file, small = attachment_files(raw, cap=CAP)
    assert big_file.data is None and big_file.size >= 12 * 2**20
    assert "over the 10.0 MB" in (big_file.refused or "")
    assert small.data == PHOTO  # the other file of the mail is kept


def test_a_30_mb_attachment_neither_crashes_nor_is_stored(relay):
    huge = bytes(range(256)) * (30 * 4096)
    raw = with_files(relay, [("video.mov", huge, "video/quicktime")])
    started = time.perf_counter()
    assert attachment_files(raw, cap=CAP) == []  # the mail is over 40 MB: headers only
    parsed = parse_mail(raw)
    assert time.perf_counter() - started < 10
    assert any("only its headers were read" in p for p in parsed.problems)
    # The agent still learns a file was sent: its name and size, from its part headers.
    [listed] = parsed.attachments
    assert (listed.filename, listed.content_type) == ("video.mov", "video/quicktime")
    assert listed.size == len(huge) and not listed.stored
    assert "only its headers" in (listed.refused or "")


def test_a_mail_read_for_its_headers_lists_every_file_with_a_safe_name_and_declared_size(relay):
    huge = bytes(range(256)) * (30 * 4096)
    raw = with_files(
        relay,
        [("PLACEHOLDER-A", PHOTO, "image/png"), ("video.mov", huge, "video/quicktime")],
    )
    # A hostile name (a path and a right-to-left override) and a declared RFC 2183 size.
    raw = raw.replace(
        b'filename="PLACEHOLDER-A"',
        b"filename*=utf-8''..%2F..%2Fphoto%E2%80%AEgnp.exe; size=2004",
    )
    parsed = parse_mail(raw)
    photo, video = parsed.attachments
    assert photo.filename == safe_filename("photognp.exe") and "/" not in photo.filename
    assert "\u202e" not in photo.filename
    assert photo.size == 2004  # declared, not measured
    assert video.filename == "video.mov" and video.size == len(huge)
    assert parse_mail(relay).attachments == ()  # an ordinary mail lists what it carries


def test_a_zip_bomb_is_stored_as_the_small_zip_it_is_never_expanded(relay):
    bomb = zip_bomb()  # 200 MB of zeros in about 200 kB
    raw = with_files(relay, [("invoice.zip", bomb, "application/zip")])
    [stored] = attachment_files(raw, cap=CAP)
    assert stored.data == bomb and stored.size == len(bomb) < 1024 * 1024
    [refused] = attachment_files(raw, cap=100 * 1024)
    assert refused.data is None and refused.refused


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("../../etc/passwd", "passwd"),
        ("..\\..\\windows\\system32\\cmd.exe", "cmd.exe"),
        ("invoice\u202egpj.exe", "invoicegpj.exe"),  # a right-to-left override turns it round
        ("photo\x00.jpg", "photo.jpg"),
        ("\u200bIMG.jpg", "IMG.jpg"),
        ("...hidden", "hidden"),
        ("a\nb\tc.png", "a b c.png"),
        ("", "attachment"),
        ("../", "attachment"),
        ('<script>"x".pdf', "_script_x_.pdf"),
        ("Küche Schäden.JPG", "Küche Schäden.JPG"),
    ],
)
def test_a_hostile_name_is_made_safe_to_store_and_show(given, expected):
    assert safe_filename(given) == expected


def test_a_very_long_name_keeps_its_extension_and_fits():
    name = safe_filename("a" * 5000 + ".pdf")
    assert len(name) == 120 and name.endswith(".pdf")


def test_a_mail_with_hostile_names_stores_safe_names(relay):
    names = ["../../etc/\u202egpj.exe\x00" + "x" * 400 + ".png", "\u2066C:\\boot.ini\u2069"]
    raw = with_files(relay, [(n, PHOTO, "image/png") for n in names])
    files = attachment_files(raw, cap=CAP)
    assert [f.data for f in files] == [PHOTO, PHOTO]
    for file in files:
        assert "/" not in file.filename and "\\" not in file.filename
        assert not any(ch in file.filename for ch in "\x00\u202e\u2066\u2069")
        assert len(file.filename) <= 120
    assert [a.filename for a in parse_mail(raw).attachments] == [f.filename for f in files]


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.7\n...", "application/pdf"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "image/jpeg"),
        (PHOTO, "image/png"),
        (b"GIF89a\x01\x00", "image/gif"),
        ("Rechnung für Bestellung 123\n".encode(), "text/plain"),
        (b"PK\x03\x04zip", None),
        (b"MZ\x90\x00 an exe", None),
        (b"text with a NUL \x00 inside", None),
        (b"", None),
    ],
)
def test_a_file_is_the_type_its_bytes_say(data, kind):
    assert sniff(data) == kind


@pytest.mark.parametrize(
    "name",
    ["..\t.\t*", " .\t.pdf:\\", "\\é\\.. .pdf", "/ ..\t.. aé", "..  .pdf\t.a.", ". . .x"],
)
def test_a_cleaned_name_never_starts_with_a_dot_and_cleaning_it_again_changes_nothing(name):
    # The name is cleaned when the mail is read and again when a file is listed: both must
    # agree, or Slack and the stored file show different names (and ".pdf" is a hidden file).
    once = safe_filename(name, content_type="application/pdf")
    assert not once.startswith(".") and once == once.strip()
    assert safe_filename(once, content_type="application/pdf") == once


def test_cleaning_is_idempotent_on_many_generated_names():
    rng = random.Random(7)
    parts = ["a", ".", "/", "\\", " ", "_", "\u200b", "é", "\t", "..", "x" * 50, ".pdf", "*"]
    for _ in range(20_000):
        name = "".join(rng.choice(parts) for _ in range(rng.randint(0, 14)))
        once = safe_filename(name)
        assert safe_filename(once) == once, repr(name)
