"""Headers with raw 8-bit bytes (no RFC 2047, often not UTF-8) are read, not set aside.

Mail programs still send ``filename="Küche.jpg"`` or ``Subject: Küche`` as bare Latin-1
or UTF-8 bytes.  The stdlib hands such a header out as an ``email.header.Header``, which
used to make the whole mail an "unreadable" card.  Every case here is built from raw
bytes, as the mail arrives.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.domain import AuthOutcome, InboundMessage, MessageKind
from bot.mail.relay import parse_mail
from bot.mail.sender import check_headers

ALIAS = b"k9p2v7x1m3n8b4z@marketplace.amazon.de"
TRUSTED = ("mx.brightwater-home.example",)
DMARC_PASS = (
    b"Authentication-Results: mx.brightwater-home.example; dkim=pass"
    b" header.d=marketplace.amazon.de; dmarc=pass header.from=marketplace.amazon.de\r\n"
)
TEXT = "Wo ist mein Paket? Ich warte seit zwei Wochen auf die Lieferung."


def head(
    *,
    from_name: bytes = b"J\xfcrgen - Amazon Marketplace",
    subject: bytes = b"Anfrage von Amazon-Kunde J\xfcrgen (Bestellung: 302-2222222-3333333)",
    extra: bytes = b"",
) -> bytes:
    return (
        DMARC_PASS + b"From: " + from_name + b" <" + ALIAS + b">\r\n"
        b"To: support@brightwater-home.example\r\n"
        b"Subject: " + subject + b"\r\n"
        b"Date: Mon, 02 Nov 2026 09:14:03 +0000\r\n"
        b"Message-ID: <raw-8bit-1@email.amazonses.com>\r\n" + extra + b"MIME-Version: 1.0\r\n"
    )


def with_attachment(headers: bytes, part_headers: bytes) -> bytes:
    return (
        headers + b'Content-Type: multipart/mixed; boundary="b1"\r\n\r\n'
        b"--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + TEXT.encode() + b"\r\n"
        b"--b1\r\n" + part_headers + b"Content-Transfer-Encoding: base64\r\n\r\n"
        b"/9j/4AAQSkZJRgABAQ==\r\n--b1--\r\n"
    )


def parse(raw: bytes) -> InboundMessage:
    return parse_mail(raw, received_at=datetime(2026, 11, 2, 12, tzinfo=UTC))


def assert_read(message: InboundMessage) -> None:
    assert message.kind is MessageKind.BUYER_MESSAGE, message.problems
    assert not any("could not be read" in p for p in message.problems), message.problems
    assert message.order_id == "302-2222222-3333333"
    assert message.buyer_alias == ALIAS.decode()
    assert TEXT in message.body


LATIN1 = b"Foto_K\xfcche.jpg"  # ü as one Latin-1 byte
UTF8 = "Foto_Küche.jpg".encode()  # RFC 6532: raw UTF-8


@pytest.mark.parametrize("name", [LATIN1, UTF8], ids=["latin-1", "utf-8"])
@pytest.mark.parametrize(
    "where",
    [
        b'Content-Type: image/jpeg\r\nContent-Disposition: attachment; filename="%s"\r\n',
        b'Content-Type: image/jpeg; name="%s"\r\n',
        b'Content-Type: image/jpeg; name="%s"\r\nContent-Disposition: attachment;\r\n'
        b' filename="%s"\r\n',
    ],
    ids=["disposition", "content-type-name", "both-folded"],
)
def test_a_raw_8bit_attachment_name_is_listed_by_its_name(name, where):
    message = parse(with_attachment(head(), where.replace(b"%s", name)))

    assert_read(message)
    assert [a.filename for a in message.attachments] == ["Foto_Küche.jpg"]
    assert message.attachments[0].content_type == "image/jpeg"


def test_a_raw_8bit_subject_and_sender_name_are_decoded_not_replaced():
    raw = head() + b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + TEXT.encode()

    message = parse(raw)

    assert_read(message)
    assert message.subject.startswith("Anfrage von Amazon-Kunde Jürgen")
    assert message.buyer_name == "Jürgen"
    assert "\ufffd" not in message.subject


def test_raw_utf8_headers_stay_utf8():
    raw = (
        head(
            from_name="Jürgen - Amazon Marketplace".encode(),
            subject="Küche (Bestellung: 302-2222222-3333333)".encode(),
        )
        + b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
        + TEXT.encode()
    )

    message = parse(raw)

    assert_read(message)
    assert message.subject == "Küche (Bestellung: 302-2222222-3333333)"
    assert message.buyer_name == "Jürgen"


def test_a_raw_8bit_reply_to_and_content_type_parameter_are_read():
    raw = (
        head(extra=b"Reply-To: J\xfcrgen <" + ALIAS + b">\r\n")
        + b'Content-Type: text/plain; charset="iso-8859-1"; format="fl\xe4ssig"\r\n\r\n'
        + "Wo ist mein Paket? Es ist für meine Küche.".encode("latin-1")
    )

    message = parse(raw)

    assert message.kind is MessageKind.BUYER_MESSAGE, message.problems
    assert not any("could not be read" in p for p in message.problems)
    assert message.buyer_alias == ALIAS.decode()
    assert "für meine Küche" in message.body  # the charset parameter was still read


def test_a_forwarded_mail_with_a_raw_8bit_attachment_name_is_read():
    inner = with_attachment(
        head(), b'Content-Type: image/jpeg\r\nContent-Disposition: attachment; filename="'
        + LATIN1 + b'"\r\n'
    )  # fmt: skip
    raw = (
        b"From: Support Lead <lead@brightwater-home.example>\r\n"
        b"To: support@brightwater-home.example\r\nSubject: Fwd: Anfrage\r\n"
        b"Message-ID: <fwd-8bit@brightwater-home.example>\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="outer"\r\n\r\n'
        b"--outer\r\nContent-Type: text/plain\r\n\r\nSee the attached mail.\r\n"
        b"--outer\r\nContent-Type: message/rfc822\r\n"
        b'Content-Disposition: attachment; filename="Anfrage J\xfcrgen.eml"\r\n\r\n'
        + inner + b"\r\n--outer--\r\n"
    )  # fmt: skip

    message = parse(raw)

    assert not any("could not be read" in p for p in message.problems), message.problems
    assert "Foto_Küche.jpg" in [a.filename for a in message.attachments]


def test_the_sender_check_reads_a_raw_8bit_from():
    raw = with_attachment(
        head(), b'Content-Type: image/jpeg\r\nContent-Disposition: attachment; filename="'
        + LATIN1 + b'"\r\n'
    )  # fmt: skip
    message = parse(raw)

    check = check_headers(raw, message, authserv_ids=TRUSTED)

    assert check is not None and check.verified, check
    assert check.authentication is AuthOutcome.PASS
