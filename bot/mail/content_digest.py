"""A digest of what a mail says, the same for every delivery of that mail.

Deduplicating by Message-ID alone lets anyone who knows a genuine mail's Message-ID
(it is quoted in every reply's In-Reply-To) send a forgery under it first and have the
genuine mail dropped as "already stored".  The store therefore deduplicates on the
Message-ID and this digest together.

The digest covers the headers that say who wrote what, when, and what our mail server
found (``Authentication-Results``), and the body.  It leaves out what each hop adds on
the way (``Received``, ``Return-Path``, ``Delivered-To``, ``X-...``) and line endings,
so the same mail fetched over IMAP, read from a Maildir or posted to the webhook, or
delivered twice by the mail server, still has one digest.
"""

from __future__ import annotations

import hashlib
import re

__all__ = ["content_digest"]

# Order matters only for the digest's stability; every occurrence of each is hashed.
_SIGNIFICANT = (
    b"from",
    b"sender",
    b"reply-to",
    b"to",
    b"cc",
    b"subject",
    b"date",
    b"message-id",
    b"in-reply-to",
    b"references",
    b"mime-version",
    b"content-type",
    b"content-transfer-encoding",
    b"authentication-results",
    b"dkim-signature",
)
_FIELD = re.compile(rb"^([\x21-\x39\x3b-\x7e]+)[ \t]*:(.*)$", re.DOTALL)
_SPACE = re.compile(rb"\s+")


def content_digest(raw: bytes) -> str:
    """sha256 (hex) of ``raw``'s significant headers and its body, hop headers left out."""
    head, body = _split(raw)
    fields: dict[bytes, list[bytes]] = {}
    for field in _unfold(head):
        match = _FIELD.match(field)
        if match is None:
            continue  # an mbox "From " line or a broken line: no content
        name = match.group(1).lower()
        if name in _SIGNIFICANT:
            fields.setdefault(name, []).append(_SPACE.sub(b" ", match.group(2)).strip())
    digest = hashlib.sha256()
    for name in _SIGNIFICANT:
        for value in fields.get(name, ()):
            digest.update(name + b":" + value + b"\n")
    digest.update(b"\n")
    digest.update(body.replace(b"\r\n", b"\n").rstrip())
    return digest.hexdigest()


def _split(raw: bytes) -> tuple[bytes, bytes]:
    ends = [(i, len(sep)) for sep in (b"\r\n\r\n", b"\n\n") if (i := raw.find(sep)) >= 0]
    if not ends:
        return raw, b""
    at, width = min(ends)
    return raw[:at], raw[at + width :]


def _unfold(head: bytes) -> list[bytes]:
    fields: list[bytes] = []
    for line in head.replace(b"\r\n", b"\n").split(b"\n"):
        if line[:1] in (b" ", b"\t") and fields:
            fields[-1] += b" " + line.strip()
        else:
            fields.append(line)
    return fields
