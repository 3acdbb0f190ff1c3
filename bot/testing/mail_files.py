"""Buyer mails with files, for the tests and the demo: a photo, a PDF, hostile ones."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from email import message_from_bytes, policy
from email.message import EmailMessage

__all__ = ["PHOTO", "tiny_png", "with_files", "zip_bomb"]


def tiny_png(width: int = 4, height: int = 3, rgb: tuple[int, int, int] = (200, 40, 40)) -> bytes:
    """A small, valid PNG image (a plain colour)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\x00" + bytes(rgb) * width
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(row * height))
        + chunk(b"IEND", b"")
    )


PHOTO = tiny_png()


def zip_bomb(expanded: int = 200 * 1024 * 1024) -> bytes:
    """A small zip whose one member expands to ``expanded`` bytes of zeros."""
    buffer = io.BytesIO()
    block = bytes(1024 * 1024)
    with (
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive,
        archive.open("zeros.bin", "w", force_zip64=True) as member,
    ):
        for _ in range(expanded // len(block)):
            member.write(block)
    return buffer.getvalue()


def with_files(raw: bytes, files: list[tuple[str, bytes, str]]) -> bytes:
    """``raw`` (a relay mail) with ``files`` (name, bytes, content type) attached."""
    message = message_from_bytes(raw, policy=policy.default)
    assert isinstance(message, EmailMessage)
    message.make_mixed()
    for name, data, content_type in files:
        maintype, subtype = content_type.split("/", 1)
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return message.as_bytes()
