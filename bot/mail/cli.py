"""``wismo parse FILE.eml [--json]``: what the bot reads in one Amazon relay e-mail.

Exit 0 for a buyer message, 1 for anything else (system mail, other mail), 2 for usage
errors such as a missing file.  ``-`` reads the mail from standard input.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from bot.domain import InboundMessage, MessageKind, SystemKind
from bot.mail.relay import parse_mail

__all__ = ["main", "to_json"]


def to_json(msg: InboundMessage) -> dict[str, object]:
    """The object DESIGN.md §3 specifies for ``wismo parse --json``, and ``problems``:
    what the parser could not read, as the text output and the card list it."""
    fields: dict[str, object] = {
        "kind": msg.kind.value,
        "order_id": msg.order_id,
        "buyer_name": msg.buyer_name,
        "buyer_alias": msg.buyer_alias,
        "marketplace": msg.marketplace,
        "language": msg.language,
        "subject": msg.subject,
        "body": msg.body,
        "intent": msg.intent.value if msg.intent else None,
        "message_id": msg.message_id,
        "no_response_url": msg.no_response_url,
        "attachments": [
            {"filename": a.filename, "content_type": a.content_type, "size": a.size}
            for a in msg.attachments
        ],
        "problems": list(msg.problems),
    }
    if msg.kind is MessageKind.SYSTEM:
        fields["system_kind"] = (msg.system_kind or SystemKind.OTHER).value
        fields["case_id"] = msg.case_id
        fields["respond_by"] = msg.respond_by.isoformat() if msg.respond_by else None
    return fields


def _summary(msg: InboundMessage) -> str:
    if msg.kind is MessageKind.BUYER_MESSAGE:
        title = f"buyer message: {msg.intent.value if msg.intent else 'other'}"
    elif msg.kind is MessageKind.SYSTEM:
        title = f"Amazon system mail: {msg.system_kind.value if msg.system_kind else 'other'}"
    else:
        title = "not an Amazon buyer message"
    files = msg.attachments
    alias = msg.buyer_alias or ""
    if msg.alias_case:
        alias += f" (case {msg.alias_case})"
    rows = [
        ("order", msg.order_id),
        ("buyer", " ".join(x for x in (msg.buyer_name, f"<{alias}>" if alias else "") if x)),
        ("marketplace", msg.marketplace),
        ("language", msg.language),
        ("sent", msg.sent_at.isoformat() if msg.sent_at else None),
        ("subject", msg.subject),
        ("message-id", msg.message_id),
        ("case", msg.case_id),
        ("respond by", msg.respond_by.isoformat() if msg.respond_by else None),
        ("no response link", msg.no_response_url),
        (
            "attachments",
            ", ".join(f"{a.filename} ({a.content_type}, {a.size:,} bytes)" for a in files),
        ),
    ]
    lines = [title, ""] + [f"  {label + ':':<18}{value}" for label, value in rows if value]
    if msg.problems:
        lines += ["", "problems:"] + [f"  - {p}" for p in msg.problems]
    if msg.body:
        lines += ["", msg.body]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="wismo parse",
        description="Parse an Amazon relay e-mail. Exit 0 for a buyer message, 1 otherwise.",
    )
    parser.add_argument("file", help="the raw e-mail (.eml), or - for standard input")
    parser.add_argument("--json", action="store_true", help="print the parsed fields as JSON")
    try:
        args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    try:
        raw = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
    except OSError as exc:
        print(f"wismo parse: cannot read {args.file}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    msg = parse_mail(raw)
    if args.json:
        print(json.dumps(to_json(msg), ensure_ascii=False, indent=2))
    else:
        print(_summary(msg))
    return 0 if msg.kind is MessageKind.BUYER_MESSAGE else 1
