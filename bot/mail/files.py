"""Files that travel with mail: a buyer's attachments in, the agent's attachments out.

Everything here takes hostile input.  A name can hold a path (``../../etc/passwd``),
bidirectional controls that turn ``gpj.exe`` around on screen, NUL, or thousands of
characters; :func:`safe_filename` makes one name fit to store, show and send.  A file's
type is what its first bytes say (:func:`sniff`), not what its name or the sender claims.
Nothing here unpacks anything: a zip is opaque bytes, stored within the cap or refused,
never expanded.
"""

from __future__ import annotations

import posixpath
import re
import unicodedata
from dataclasses import dataclass

from bot.domain import REPLY_FILE_TYPES, REPLY_FILES_MAX_BYTES

__all__ = [
    "ALLOWED_OUT",
    "OUT_TOTAL_LIMIT",
    "IncomingFile",
    "safe_filename",
    "sniff",
    "type_mismatch",
]

MAX_NAME_CHARS = 120
OUT_TOTAL_LIMIT = REPLY_FILES_MAX_BYTES
ALLOWED_OUT = REPLY_FILE_TYPES

_EXTENSION = {
    "application/pdf": ".pdf",
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/gif": ".gif",
    "text/plain": ".txt",
}
_UNSAFE = re.compile(r'[/\\:*?"<>|]+')
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class IncomingFile:
    """One attachment of a buyer's mail: its bytes when stored, else why not."""

    filename: str  # already safe (safe_filename)
    content_type: str
    size: int
    data: bytes | None  # None: not stored, see refused
    refused: str | None = None


def safe_filename(name: str | None, *, content_type: str | None = None) -> str:
    """``name`` fit to store, show in Slack and send in a MIME header.

    No directory part, no control or format characters (NUL, bidi overrides, zero-width
    joiners), no leading dots, at most :data:`MAX_NAME_CHARS` characters with the
    extension kept; ``attachment`` (with the type's extension) when nothing is left.
    """
    text = unicodedata.normalize("NFC", name or "")
    text = "".join(
        " " if ch in "\t\n\r" else ch
        for ch in text
        if unicodedata.category(ch) not in {"Cc", "Cf", "Cs", "Co", "Cn"} or ch in "\t\n\r"
    )
    text = text.replace("\\", "/")
    text = posixpath.basename(text.rstrip("/")) if "/" in text else text
    text = _UNSAFE.sub("_", text)
    text = _SPACES.sub(" ", text).lstrip(". ").rstrip()
    if not text or set(text) <= {"_", "."}:
        text = "attachment" + _EXTENSION.get(content_type or "", "")
    if len(text) > MAX_NAME_CHARS:
        stem, dot, ext = text.rpartition(".")
        if dot and 0 < len(ext) <= 10:
            text = stem[: MAX_NAME_CHARS - len(ext) - 1].rstrip() + "." + ext
        else:
            text = text[:MAX_NAME_CHARS].rstrip()
    return text


def sniff(data: bytes) -> str | None:
    """The type the bytes are, among PDF, JPEG, PNG, GIF and plain text; None otherwise."""
    if data.startswith(b"%PDF-"):
        return "application/pdf"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if _is_text(data):
        return "text/plain"
    return None


_SNIFFED_BINARY = frozenset({"application/pdf", "image/jpeg", "image/png", "image/gif"})


def type_mismatch(declared: str, data: bytes) -> str | None:
    """What the card says when a file claims a type its bytes are not; None when they agree.

    Only the types :func:`sniff` knows are checked: an ``.exe`` sent as ``image/jpeg``
    is caught, an unusual but honest type is left alone.
    """
    claimed = declared.strip().lower()
    if claimed not in _SNIFFED_BINARY:
        return None
    actual = sniff(data)
    if actual == claimed:
        return None
    what = ALLOWED_OUT.get(actual or "", "")
    found = f"a {what} file" if what else "not one"
    return f"declared {claimed} but its bytes are {found}: do not open it as an image or PDF"


def _is_text(data: bytes) -> bool:
    if not data:
        return False
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return not any(unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f" for ch in text[:65536])
