"""Bounded, forgiving MIME reading for the relay-mail parser.

Everything here works on hostile input: a mail can be truncated, carry broken headers,
lie about its charset, hold a 15 MB attachment or thousands of nested multiparts.  Nothing
raises; what went wrong is returned as human-readable problems.

Memory: the stdlib parser keeps every line of a part as a separate string, so a 15 MB
base64 attachment would cost several copies.  Before parsing we cut long base64 runs out of
the raw bytes and leave a short placeholder line whose decoded size we already know; the
attachment is therefore listed with its size but never decoded at all.
"""

from __future__ import annotations

import binascii
import codecs
import re
from dataclasses import dataclass, field
from email import errors as email_errors
from email.header import decode_header
from email.message import Message
from email.parser import BytesHeaderParser, BytesParser
from email.policy import compat32
from itertools import pairwise

from bot.domain import Attachment
from bot.mail.files import IncomingFile, safe_filename
from bot.printable import visible_name

__all__ = [
    "MAX_DEPTH",
    "MAX_PARTS",
    "MAX_RAW_BYTES",
    "MailParts",
    "ParsedMime",
    "attachment_files",
    "decode_bytes",
    "decode_header_value",
    "parse_headers",
    "parse_mime",
    "walk",
]

MAX_RAW_BYTES = 40 * 1024 * 1024  # Amazon allows 10 MB of attachments; leave room for encoding
MAX_DEPTH = 10  # nesting of multiparts and forwarded messages we follow
MAX_PARTS = 200  # parts we look at in one mail
MAX_MULTIPART_HEADERS = 400  # more declarations than this is a bomb: headers only
MAX_TEXT_CHARS = 200_000  # per decoded text part; a buyer message is far shorter

# A run of at least 2,048 full base64 lines (~150 kB) is an attachment body, not text.
# Possessive quantifiers: without them the regex engine keeps a backtracking record per
# line and a 15 MB attachment costs 50 MB of memory just to be found.
_LONG_BASE64 = re.compile(rb"(?m)^(?:[A-Za-z0-9+/]{60,}+\r?\n){2048,}+")
_PLACEHOLDER = re.compile(r"!wismo-elided-(\d+)!")
_PLACEHOLDER_BYTES = re.compile(rb"!wismo-elided-(\d+)!")
_MULTIPART_DECL = re.compile(rb"(?im)^content-type:[ \t]*multipart/")
_PART_DECL = re.compile(rb"(?im)^content-type:")
MAX_PART_HEADERS = 2000  # a wide bomb: thousands of sibling parts
AMAZON_ATTACHMENT_LIMIT = 10 * 1024 * 1024  # Amazon relays at most 10 MB per message

# Labels mail uses that Python either does not know or decodes too strictly.  Mail that says
# ISO-8859-1 is very often Windows-1252 (curly quotes, euro sign), as browsers also assume.
_CHARSET_ALIASES = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "windows-31j": "cp932",
    "iso-2022-jp": "iso2022_jp_ext",
    "csiso2022jp": "iso2022_jp_ext",
    "euc-jp": "euc_jis_2004",
    "utf8": "utf-8",
    "unicode-1-1-utf-8": "utf-8",
    "ks_c_5601-1987": "cp949",
    "gb2312": "gb18030",
    "gbk": "gb18030",
}

_DEFECT_WORDS: dict[type[email_errors.MessageDefect], str] = {
    email_errors.StartBoundaryNotFoundDefect: "the multipart boundary is never found (broken MIME)",
    email_errors.CloseBoundaryNotFoundDefect: "the closing MIME boundary is missing (truncated?)",
    email_errors.NoBoundaryInMultipartDefect: "a multipart part declares no boundary",
    email_errors.MissingHeaderBodySeparatorDefect: "a header line is broken (no colon)",
    email_errors.FirstHeaderLineIsContinuationDefect: "the first header line is a continuation",
    email_errors.MisplacedEnvelopeHeaderDefect: "an envelope 'From ' line sits among the headers",
    email_errors.MultipartInvariantViolationDefect: "a multipart part has no sub-parts",
    email_errors.InvalidMultipartContentTransferEncodingDefect: (
        "a multipart part declares a transfer encoding"
    ),
}


@dataclass(frozen=True, slots=True)
class ParsedMime:
    message: Message
    problems: tuple[str, ...]
    elided: dict[int, int]  # placeholder number -> decoded byte size
    headers_only: bool
    # placeholder number -> (start, end) of the elided base64 run in ``source``
    spans: dict[int, tuple[int, int]] = field(default_factory=dict)
    source: bytes = b""  # the bytes parsed (a reference, not a copy)
    # headers only: the files its part headers name (never read), for the agent to know
    listed: tuple[Attachment, ...] = ()


@dataclass(slots=True)
class MailParts:
    """What a walk over one message found, in document order."""

    plain: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    attachment_parts: list[Message] = field(default_factory=list)  # beside ``attachments``
    embedded: list[Message] = field(default_factory=list)  # message/rfc822 parts
    problems: list[str] = field(default_factory=list)


def parse_mime(raw: bytes) -> ParsedMime:
    """Parse ``raw`` into a stdlib message, bounded in size, depth and memory."""
    problems: list[str] = []
    if not raw or raw.isspace():  # isspace stops at the first letter; strip() would copy
        problems.append("the mail is empty")
    if len(raw) > MAX_RAW_BYTES:
        problems.append(
            f"mail is {len(raw) // (1024 * 1024)} MB, over the {MAX_RAW_BYTES // (1024 * 1024)} MB"
            " limit: only its headers were read"
        )
        return _headers_only(raw, problems)
    raw = _repair_headers(raw, problems)
    elided: dict[int, int] = {}
    spans: dict[int, tuple[int, int]] = {}
    reduced = _elide_long_base64(raw, elided, spans)  # first: the counts below then scan kilobytes
    declared = len(_MULTIPART_DECL.findall(reduced))
    if declared > MAX_MULTIPART_HEADERS:
        problems.append(
            f"mail declares {declared} multipart sections (a MIME bomb?):"
            " only its headers were read"
        )
        return _headers_only(raw, problems)
    parts = len(_PART_DECL.findall(reduced))
    if parts > MAX_PART_HEADERS:
        problems.append(f"mail has {parts} MIME parts (a MIME bomb?): only its headers were read")
        return _headers_only(raw, problems)
    try:
        message = BytesParser(policy=compat32).parsebytes(reduced)
    except RecursionError:
        problems.append("MIME structure nested too deeply to read: only its headers were read")
        return _headers_only(raw, problems)
    return ParsedMime(
        _readable_headers(message),
        tuple(problems),
        elided,
        headers_only=False,
        spans=spans,
        source=raw,
    )


def parse_headers(raw: bytes) -> Message:
    """The top-level headers of ``raw``, every value a plain ``str`` (see below)."""
    return _readable_headers(BytesHeaderParser(policy=compat32).parsebytes(raw), nested=False)


def _readable_headers(root: Message, *, nested: bool = True) -> Message:
    """Turn raw 8-bit header values into text, in ``root`` and every part below it.

    compat32 keeps a header's raw 8-bit bytes (neither RFC 2047 nor valid ASCII, e.g. a
    Latin-1 ``filename="Küche.jpg"``) as surrogate escapes, and then hands that header out
    as an ``email.header.Header`` instead of a ``str``: from ``get``, and inside
    ``get_filename``, ``get_param`` and ``get_content_charset``, which then fail on it
    ('Header' object has no attribute 'split').  Decoding such values once, here, as
    UTF-8 or Windows-1252 like body text, gives every later reader a ``str``.
    """
    stack = [root]
    while stack:
        part = stack.pop()
        items = list(part.raw_items())
        if any(_has_raw_bytes(value) for _, value in items if isinstance(value, str)):
            for name in dict.fromkeys(name.lower() for name, _ in items):
                del part[name]
            for name, value in items:
                part[name] = _header_text(value) if isinstance(value, str) else value
        payload = part.get_payload() if nested and part.is_multipart() else None
        if isinstance(payload, list):
            stack += [sub for sub in payload if isinstance(sub, Message)]
    return root


def _has_raw_bytes(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates: compat32's escapes of 8-bit bytes
        return True
    return False


def _header_text(value: str) -> str:
    if not _has_raw_bytes(value):
        return value
    return decode_bytes(value.encode("ascii", "surrogateescape"), None, [])


_HEADER_LINE = re.compile(rb"^[\x21-\x39\x3b-\x7e]+[ \t]*:")


def _repair_headers(raw: bytes, problems: list[str]) -> bytes:
    """Drop top-level header lines that are not headers.

    The stdlib ends the header block at the first line without a colon and reads every
    header after it as body text; one stray line would cost us From, Subject and Date.
    """
    end = raw.find(b"\n\n")
    crlf = raw.find(b"\r\n\r\n")
    if crlf >= 0 and (end < 0 or crlf < end):
        end = crlf
    if end < 0 or end > 256 * 1024:
        return raw
    lines = raw[:end].split(b"\n")
    kept: list[bytes] = []
    dropped = 0
    for number, line in enumerate(lines):
        envelope = number == 0 and line.startswith(b"From ")  # an mbox "From " line
        continuation = line[:1] in (b" ", b"\t") and bool(kept)
        if _HEADER_LINE.match(line) or envelope or continuation:
            kept.append(line)
        else:
            dropped += 1
    if not dropped or not kept:
        return raw
    problems.append(f"{dropped} broken header line(s) ignored")
    return b"\n".join(kept) + raw[end:]


def _headers_only(raw: bytes, problems: list[str]) -> ParsedMime:
    end = raw.find(b"\r\n\r\n")
    end = raw.find(b"\n\n") if end < 0 else end
    head = raw[: end if 0 <= end < 256 * 1024 else 256 * 1024]
    message = parse_headers(head)
    listed = _declared_files(raw, message, problems)
    message.set_payload("")
    return ParsedMime(message, tuple(problems), {}, headers_only=True, listed=listed)


MAX_PART_HEADER_BYTES = 16 * 1024  # one part's header block; longer is not a header
_NOT_READ = "not read: the mail was too large or too odd to read, only its headers were"


def _declared_files(raw: bytes, top: Message, problems: list[str]) -> tuple[Attachment, ...]:
    """The files a mail read for its headers only names in its MIME part headers.

    Only the header block after each boundary line is parsed: ``bytes.find`` walks the
    body, nothing of a file is decoded or copied.  A file's size is the one its
    Content-Disposition declares (RFC 2183 ``size=``), else measured from its encoded
    length like an elided attachment.  Names are cleaned as :func:`walk` cleans them.
    """
    files: list[Attachment] = []
    boundaries = [_boundary(top)]
    seen: set[bytes] = set()
    while boundaries and len(seen) < MAX_DEPTH and len(files) < MAX_PARTS:
        boundary = boundaries.pop(0)
        if not boundary or boundary in seen:
            continue
        seen.add(boundary)
        marker = b"\n--" + boundary
        starts: list[int] = []
        at = raw.find(marker)
        while at >= 0 and len(starts) <= MAX_PARTS:
            starts.append(at)
            at = raw.find(marker, at + len(marker))
        for start, end in pairwise(starts):
            after = start + len(marker)
            if raw[after : after + 2] == b"--":
                break  # the closing delimiter
            head_start = raw.find(b"\n", after, end) + 1
            if head_start <= 0:
                continue
            window = raw[head_start : min(end, head_start + MAX_PART_HEADER_BYTES)]
            blank = re.search(rb"\r?\n\r?\n", window)
            if blank is None and not window.startswith((b"\r\n", b"\n")):
                continue  # no header block ends here: not a part we can name
            head = window[: blank.start() + 1] if blank is not None else b""
            part = parse_headers(head)
            ctype = _content_type(part)
            if ctype.startswith("multipart/"):
                boundaries.append(_boundary(part))
                continue
            filename = _filename(part)
            if filename is None:
                continue  # a text body
            if filename != visible_name(filename):
                problems.append(
                    "an attachment's name held hidden characters that reorder or hide part "
                    "of it: it is shown without them"
                )
            name = safe_filename(visible_name(filename) or "(unnamed)", content_type=ctype)
            body = head_start + (blank.end() if blank is not None else 0)
            size = _declared_size(part)
            if size is None:
                size = _encoded_size(raw, body, end, part)
            files.append(Attachment(name, ctype[:100], size, refused=_NOT_READ))
            if len(files) >= MAX_PARTS:
                break
    return tuple(files)


def _boundary(part: Message) -> bytes:
    try:
        value = part.get_boundary()
    except Exception:
        return b""
    if not value or len(value) > 200:
        return b""
    return value.encode("utf-8", "surrogateescape")


def _declared_size(part: Message) -> int | None:
    try:
        value = part.get_param("size", header="content-disposition")
    except Exception:
        return None
    text = value if isinstance(value, str) else None
    return int(text) if text is not None and text.strip().isdigit() else None


def _encoded_size(raw: bytes, start: int, end: int, part: Message) -> int:
    """Decoded size of ``raw[start:end]``, counted in place (base64: 3 bytes per 4)."""
    length = end - start - raw.count(b"\n", start, end) - raw.count(b"\r", start, end)
    encoding = str(part.get("Content-Transfer-Encoding") or "").strip().lower()
    return max(0, length * 3 // 4 if encoding == "base64" else length)


def _elide_long_base64(
    raw: bytes, sizes: dict[int, int], spans: dict[int, tuple[int, int]]
) -> bytes:
    pieces: list[bytes] = []
    last = 0
    for match in _LONG_BASE64.finditer(raw):
        start, end = match.span()  # counted in place: the run is never copied
        chars = end - start - raw.count(b"\n", start, end) - raw.count(b"\r", start, end)
        number = len(sizes)
        sizes[number] = chars * 3 // 4
        spans[number] = (start, end)
        pieces += [raw[last : match.start()], b"!wismo-elided-%d!\n" % number]
        last = match.end()
    if not pieces:
        return raw
    pieces.append(raw[last:])
    return b"".join(pieces)


def walk(parsed: ParsedMime, message: Message | None = None, depth: int = 0) -> MailParts:
    """Collect text bodies, attachments and embedded mails, without recursion."""
    out = MailParts()
    root = parsed.message if message is None else message
    out.problems += _defects(root)
    stack: list[tuple[Message, int]] = [(root, depth)]
    seen = 0
    while stack:
        part, level = stack.pop()
        seen += 1
        if seen > MAX_PARTS:
            out.problems.append(f"mail has more than {MAX_PARTS} MIME parts: the rest was skipped")
            break
        if level > MAX_DEPTH:
            out.problems.append(f"MIME parts nested deeper than {MAX_DEPTH}: skipped")
            continue
        ctype = _content_type(part)
        payload = part.get_payload()
        if ctype == "message/rfc822" and isinstance(payload, list):
            # an attached mail (a forward): read by the caller, not mixed into this one
            out.embedded += [m for m in payload if isinstance(m, Message)]
            continue
        if part.is_multipart() and isinstance(payload, list):
            subs = [sub for sub in payload if isinstance(sub, Message)]
            out.problems += [p for sub in subs for p in _defects(sub)]
            stack += [(sub, level + 1) for sub in reversed(subs)]
            continue
        filename = _filename(part)
        if filename is not None and filename != visible_name(filename):
            out.problems.append(
                "an attachment's name held hidden characters that reorder or hide part of it "
                "(a right-to-left override, say): it is shown without them, and its real "
                "type may not be what the name seemed to say"
            )
            filename = visible_name(filename) or "(unnamed)"
        disposition = (part.get("Content-Disposition") or "").split(";")[0].strip().lower()
        is_text = ctype in {"text/plain", "text/html"} and disposition != "attachment"
        if filename is not None or not is_text:
            if ctype.startswith("multipart/") and filename is None and ctype not in _ARCHIVE_TYPES:
                continue  # an empty or broken container, reported by its defects
            name = safe_filename(filename, content_type=ctype) if filename else "(unnamed)"
            found = Attachment(name, ctype, _payload_size(part, parsed.elided))
            if _is_archive(found):
                # Kept and listed like any attachment, never dropped (some mailers send a
                # zip as "multipart/x-zip", which reads like a broken container).
                out.problems.append(
                    f"an attachment is an archive ({ctype}): listed, not opened by the bot; "
                    "open it from the support mailbox with care"
                )
            if found.size > AMAZON_ATTACHMENT_LIMIT:
                out.problems.append(
                    f"attachment {found.filename!r} is {found.size / 2**20:.1f} MB, more than"
                    " Amazon relays (10 MB): listed, not read"
                )
            out.attachments.append(found)
            out.attachment_parts.append(part)
            continue
        text = _decode_text(part, out.problems)
        (out.html if ctype == "text/html" else out.plain).append(text)
    return out


_ARCHIVE_TYPES = frozenset(
    {
        "application/zip",
        "application/x-zip",
        "application/x-zip-compressed",
        "multipart/x-zip",
        "application/x-rar-compressed",
        "application/vnd.rar",
        "application/x-7z-compressed",
        "application/gzip",
        "application/x-gzip",
        "application/x-tar",
    }
)
_ARCHIVE_NAME = re.compile(r"\.(?:zip|rar|7z|gz|tgz|tar)$", re.I)


def _is_archive(found: Attachment) -> bool:
    return found.content_type in _ARCHIVE_TYPES or bool(_ARCHIVE_NAME.search(found.filename))


def attachment_files(raw: bytes, *, cap: int) -> list[IncomingFile]:
    """Every attachment of ``raw`` (and of mails forwarded in it) with its bytes, or why not.

    An attachment larger than ``cap`` bytes is never decoded (its size is known from the
    length of its base64 text); nothing is ever unpacked (a zip stays a zip).  Names come
    back safe to store and show (:func:`bot.mail.files.safe_filename`).
    """
    parsed = parse_mime(raw)
    if parsed.headers_only:
        return []
    found: list[IncomingFile] = []
    queue: list[tuple[Message, int]] = [(parsed.message, 0)]
    while queue and len(found) < MAX_PARTS:
        message, depth = queue.pop(0)
        parts = walk(parsed, message, depth)
        for listed, part in zip(parts.attachments, parts.attachment_parts, strict=True):
            found.append(_incoming(parsed, listed, part, cap))
        if depth < MAX_DEPTH:
            queue += [(sub, depth + 1) for sub in parts.embedded]
    return found


def _incoming(parsed: ParsedMime, listed: Attachment, part: Message, cap: int) -> IncomingFile:
    name = safe_filename(listed.filename, content_type=listed.content_type)
    ctype = listed.content_type[:100]
    if listed.size > cap:
        return IncomingFile(name, ctype, listed.size, None, refused=_too_large(listed.size, cap))
    problems: list[str] = []
    data = _transfer_decode(part, problems, parsed)
    if len(data) > cap:  # the estimate was low (odd encoding): the cap holds anyway
        return IncomingFile(name, ctype, len(data), None, refused=_too_large(len(data), cap))
    if problems:
        return IncomingFile(name, ctype, len(data), None, refused="; ".join(problems))
    return IncomingFile(name, ctype, len(data), data)


def _too_large(size: int, cap: int) -> str:
    return f"{size / 2**20:.1f} MB, over the {cap / 2**20:.1f} MB a file may have: not stored"


def _content_type(part: Message) -> str:
    try:
        return part.get_content_type()
    except Exception:  # a header so broken the stdlib gives up
        return "text/plain"


def _filename(part: Message) -> str | None:
    try:
        name = part.get_filename()
    except Exception:
        return "(unreadable name)"
    if name is None:
        return None
    return decode_header_value(name)[:200] or "(unnamed)"


def _defects(part: Message) -> list[str]:
    words = []
    for defect in getattr(part, "defects", ()):
        text = next(
            (w for kind, w in _DEFECT_WORDS.items() if isinstance(defect, kind)),
            f"MIME defect: {type(defect).__name__}",
        )
        if text not in words:
            words.append(text)
    return words


def _raw_payload(part: Message) -> bytes:
    # get_payload() would already decode 8-bit bytes by the declared charset (with
    # replacement characters); the stored payload keeps them as surrogate escapes.
    payload = getattr(part, "_payload", None)
    if not isinstance(payload, str):
        return b""
    return payload.encode("ascii", "surrogateescape")


def _transfer_decode(part: Message, problems: list[str], parsed: ParsedMime | None = None) -> bytes:
    data = _raw_payload(part)
    if parsed is not None and parsed.spans:
        data = _PLACEHOLDER_BYTES.sub(lambda m: _span(parsed, int(m.group(1))), data)
    cte = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
    if cte == "base64":
        return _b64decode(data, problems)
    if cte == "quoted-printable":
        return binascii.a2b_qp(data)
    if cte in {"x-uuencode", "uuencode"}:
        problems.append("uuencoded part not decoded")
        return b""
    return data


def _span(parsed: ParsedMime, number: int) -> bytes:
    start, end = parsed.spans.get(number, (0, 0))
    return parsed.source[start:end]


def _b64decode(data: bytes, problems: list[str]) -> bytes:
    cleaned = re.sub(rb"[^A-Za-z0-9+/=]", b"", data)
    padded = re.match(rb"[A-Za-z0-9+/]*={0,2}", cleaned)
    cleaned = padded.group() if padded else b""  # anything after the padding is noise
    if len(cleaned) % 4:
        problems.append("base64 body is cut short (truncated?): decoded as far as it goes")
        cleaned = cleaned.rstrip(b"=")
        if len(cleaned) % 4 == 1:  # a lone sixth of a byte: nothing to recover
            cleaned = cleaned[: len(cleaned) - 1]
        cleaned += b"=" * (-len(cleaned) % 4)
    try:
        return binascii.a2b_base64(cleaned)
    except binascii.Error:
        problems.append("base64 body is damaged and could not be read")
        return b""


def _payload_size(part: Message, elided: dict[int, int]) -> int:
    text = getattr(part, "_payload", None)
    if not isinstance(text, str):
        return 0
    size = sum(elided.get(int(n), 0) for n in _PLACEHOLDER.findall(text))
    rest = _PLACEHOLDER.sub("", text)
    cte = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
    if cte == "base64":
        chars = len(re.sub(r"[^A-Za-z0-9+/]", "", rest.split("=", 1)[0]))
        return size + chars * 3 // 4
    if cte == "quoted-printable":
        return size + len(binascii.a2b_qp(rest.encode("ascii", "surrogateescape")))
    return size + len(rest.encode("ascii", "surrogateescape"))


def _decode_text(part: Message, problems: list[str]) -> str:
    if _PLACEHOLDER.search(str(getattr(part, "_payload", ""))):
        problems.append("a text part is larger than 150 kB: it was not read")
        return ""
    data = _transfer_decode(part, problems)
    try:
        charset = part.get_content_charset()
    except Exception:
        charset = None
    text = decode_bytes(data, charset, problems).replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > MAX_TEXT_CHARS:
        problems.append(f"a text part is longer than {MAX_TEXT_CHARS} characters: cut there")
        text = text[:MAX_TEXT_CHARS]
    return text


def codec_for(charset: str | None) -> str | None:
    """Python codec name for a MIME charset label, or None when unknown."""
    if not charset:
        return None
    label = charset.strip().strip('"').lower()
    label = _CHARSET_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_bytes(data: bytes, charset: str | None, problems: list[str]) -> str:
    """Decode body bytes by their declared charset, guessing sensibly when it is absent or wrong."""
    codec = codec_for(charset)
    if charset and codec is None:
        problems.append(f"unknown charset {charset!r}: read as UTF-8 or Windows-1252")
    if codec is None:
        codec = _guess_codec(data)
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        problems.append(
            f"text is not valid {charset or codec}: undecodable bytes replaced with \ufffd"
        )
        return data.decode(codec, errors="replace")
    except LookupError:  # pragma: no cover - codec_for only returns known codecs
        return data.decode("utf-8", errors="replace")


def _guess_codec(data: bytes) -> str:
    if b"\x1b$B" in data or b"\x1b$@" in data:
        return "iso2022_jp_ext"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8"


def decode_header_value(value: object) -> str:
    """A header as text: RFC 2047 encoded words, raw UTF-8 (RFC 6532) or Latin-1 bytes."""
    if value is None:
        return ""
    text = str(value)
    if any("\udc80" <= ch <= "\udcff" for ch in text):  # raw 8-bit bytes in the header
        raw = text.encode("ascii", "surrogateescape")
        text = decode_bytes(raw, None, [])
    try:
        chunks = decode_header(text)
    except Exception:
        return " ".join(text.split())
    out = []
    for chunk, charset in chunks:
        if isinstance(chunk, bytes) and charset is None:
            # decode_header hands back the unencoded stretches as raw-unicode-escape bytes
            out.append(chunk.decode("raw-unicode-escape", errors="replace"))
        elif isinstance(chunk, bytes):
            codec = codec_for(charset) or _guess_codec(chunk)
            out.append(chunk.decode(codec, errors="replace"))
        else:
            out.append(chunk)
    return " ".join("".join(out).split())
