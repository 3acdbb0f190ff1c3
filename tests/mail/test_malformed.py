"""Broken mail never raises out of parse_mail: it comes back with the reasons, for a human.

Each case is bounded: a thread runs the parse and the test fails (instead of hanging the
suite) if it does not return within a generous limit.  Speed and memory figures for the
15 MB case live in bench/relay_parse.py.
"""

from __future__ import annotations

import base64
import os
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

import pytest

from bot.domain import InboundMessage, MessageKind
from bot.mail.relay import parse_mail

from .helpers import MAIL_DIR

HEAD = (
    b"From: Ann - Amazon Marketplace <k9p2v7x1m3n8b4z@marketplace.amazon.com>\r\n"
    b"To: support@brightwater-home.example\r\n"
    b"Subject: Inquiry from Amazon customer Ann (Order: 111-2222222-3333333)\r\n"
    b"Date: Mon, 02 Nov 2026 09:14:03 +0000\r\n"
    b"Message-ID: <malformed-1@email.amazonses.com>\r\n"
    b"MIME-Version: 1.0\r\n"
)
LIMIT_SECONDS = 20  # a hang guard, not a speed target


def parse_bounded(raw: bytes, **kwargs) -> InboundMessage:
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(parse_mail, raw, **kwargs).result(timeout=LIMIT_SECONDS)


def plain(text: bytes, headers: bytes = b"Content-Type: text/plain; charset=utf-8\r\n") -> bytes:
    return HEAD + headers + b"\r\n" + text


def test_truncated_multipart_keeps_what_arrived_and_says_so():
    raw = (MAIL_DIR / "en_us_wismo_current.eml").read_bytes()
    cut = raw[: raw.index(b"<pre") + 200]  # the connection dropped inside the HTML part

    msg = parse_bounded(cut)

    assert msg.kind is MessageKind.BUYER_MESSAGE
    assert msg.order_id == "171-9876543-2109876"
    assert "still haven't arrived" in msg.body  # the plain part arrived whole
    assert any("truncated" in p for p in msg.problems)


def test_truncated_base64_body_is_decoded_as_far_as_it_goes():
    text = b"Where is my order? It has been two weeks."
    b64 = base64.encodebytes(text)[:-6]  # cut mid-quartet
    raw = plain(
        b64, b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n"
    )

    msg = parse_bounded(raw)

    assert msg.body.startswith("Where is my order? It has been")
    assert any("base64" in p for p in msg.problems)


@pytest.mark.parametrize(
    "broken",
    [
        b"this line has no colon at all\r\n",
        b"Subject2 =?utf-8?q?never_closed\r\n",
        b": value without a name\r\n",
        b"\tcontinuation without a header\r\n",
    ],
)
def test_broken_header_lines_are_skipped_and_the_rest_read(broken):
    raw = broken + HEAD + b"Content-Type: text/plain\r\n\r\nWhere is my parcel?\r\n"

    msg = parse_bounded(raw)

    assert msg.kind is MessageKind.BUYER_MESSAGE
    assert msg.order_id == "111-2222222-3333333"
    assert msg.message_id == "<malformed-1@email.amazonses.com>"
    assert msg.body == "Where is my parcel?"
    assert msg.problems == ("1 broken header line(s) ignored",)


def test_binary_junk_in_an_unused_header_is_harmless():
    raw = b"X-Junk: \xff\xfe\x00\x01 binary\r\n" + HEAD + b"Content-Type: text/plain\r\n\r\nHi\r\n"
    msg = parse_bounded(raw)
    assert (msg.kind, msg.body) == (MessageKind.BUYER_MESSAGE, "Hi")


def test_broken_encoded_word_and_unreadable_date():
    raw = (
        b"From: =?utf-8?q?Ann=ZZ?= <k9p2v7x1m3n8b4z@marketplace.amazon.com>\r\n"
        b"Subject: =?x-unknown?b?!!!?= Inquiry (Order: 111-2222222-3333333)\r\n"
        b"Date: the day after tomorrow\r\n"
        b"Message-ID: <broken-2@x>\r\n\r\nWhere is my parcel?\r\n"
    )
    arrived = datetime(2026, 11, 2, 12, 0, tzinfo=UTC)

    msg = parse_bounded(raw, received_at=arrived)

    assert msg.kind is MessageKind.BUYER_MESSAGE
    assert msg.order_id == "111-2222222-3333333"
    assert msg.sent_at == arrived
    assert any("Date" in p for p in msg.problems)


def test_undecodable_bytes_are_replaced_and_reported():
    raw = plain("Où est mon colis ? Je n'ai rien reçu.".encode("latin-1"))  # says UTF-8

    msg = parse_bounded(raw)

    assert msg.kind is MessageKind.BUYER_MESSAGE
    assert "\ufffd" in msg.body and "colis" in msg.body
    assert any("not valid utf-8" in p for p in msg.problems)


def test_unknown_charset_falls_back_and_says_so():
    raw = plain(b"Wo ist mein Paket?", b"Content-Type: text/plain; charset=x-klingon\r\n")

    msg = parse_bounded(raw)

    assert msg.body == "Wo ist mein Paket?"
    assert any("unknown charset" in p for p in msg.problems)


def test_a_15_mb_attachment_is_listed_with_its_size_not_read():
    size = 15 * 1024 * 1024
    raw = HEAD + (
        b'Content-Type: multipart/mixed; boundary="m"\r\n\r\n'
        b"--m\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        b"------------- Begin message -------------\r\nThe scan of the damaged box is attached.\r\n"
        b"------------- End message -------------\r\n"
        b'--m\r\nContent-Type: application/pdf; name="scan.pdf"\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\n"
        + base64.encodebytes(os.urandom(size)).replace(b"\n", b"\r\n")
        + b"--m--\r\n"
    )

    msg = parse_bounded(raw)

    assert msg.kind is MessageKind.BUYER_MESSAGE
    assert msg.body == "The scan of the damaged box is attached."
    (att,) = msg.attachments
    assert (att.filename, att.content_type, att.size) == ("scan.pdf", "application/pdf", size)
    assert any("scan.pdf" in p and "10 MB" in p for p in msg.problems)


def _nested(depth: int) -> bytes:
    opens = b"".join(
        b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (i, i)
        for i in range(depth)
    )
    closes = b"".join(b"\r\n--b%d--\r\n" % i for i in reversed(range(depth)))
    return HEAD + opens + b"Content-Type: text/plain\r\n\r\nWhere is my order?\r\n" + closes


@pytest.mark.parametrize("depth", [60, 5000])
def test_a_bomb_of_nested_multiparts_is_cut_off(depth):
    msg = parse_bounded(_nested(depth))

    assert msg.order_id == "111-2222222-3333333"  # the headers still tell what it is
    assert any("nested deeper" in p or "MIME bomb" in p for p in msg.problems)


def test_a_shallow_nesting_is_still_read():
    msg = parse_bounded(_nested(4))
    assert msg.body == "Where is my order?"
    assert msg.problems == ()


def test_thousands_of_sibling_parts_are_cut_off():
    parts = b"".join(b"--w\r\nContent-Type: text/plain\r\n\r\npart %d\r\n" % i for i in range(5000))
    raw = HEAD + b'Content-Type: multipart/mixed; boundary="w"\r\n\r\n' + parts + b"--w--\r\n"

    msg = parse_bounded(raw)

    assert any("MIME bomb" in p for p in msg.problems)


def test_missing_message_id_gets_a_stable_synthetic_one():
    raw = HEAD.replace(b"Message-ID: <malformed-1@email.amazonses.com>\r\n", b"")
    raw += b"Content-Type: text/plain\r\n\r\nWhere is my order?\r\n"

    first, again = parse_bounded(raw), parse_bounded(raw)
    other = parse_bounded(raw + b"Second thought: no rush.\r\n")

    assert first.message_id == again.message_id  # a second delivery dedupes
    assert first.message_id != other.message_id
    assert first.message_id.startswith("<sha256-") and first.message_id.endswith("@wismo.invalid>")
    assert any("Message-ID" in p for p in first.problems)


@pytest.mark.parametrize(
    "raw",
    [b"", b"\x00\x01\x02\xff" * 1000, b"\r\n\r\n\r\n", b"From nobody\n" + os.urandom(4096)],
    ids=["empty", "binary", "blank lines", "mbox line and noise"],
)
def test_garbage_is_other_with_a_reason(raw):
    msg = parse_bounded(raw)

    assert msg.kind is MessageKind.OTHER
    assert msg.problems
    assert msg.message_id.startswith("<sha256-")


def test_a_buyer_mail_with_no_text_still_arrives_flagged():
    msg = parse_bounded(plain(b""))

    assert msg.kind is MessageKind.BUYER_MESSAGE
    assert any("no buyer text" in p for p in msg.problems)


def test_a_parser_bug_is_caught_and_the_mail_kept(monkeypatch):
    import bot.mail.relay as relay

    def explode(*_args, **_kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(relay, "_view_of", explode)
    msg = parse_bounded(plain(b"Where is my order?"))

    assert msg.kind is MessageKind.OTHER
    assert msg.subject == "Inquiry from Amazon customer Ann (Order: 111-2222222-3333333)"
    assert any("boom" in p for p in msg.problems)
