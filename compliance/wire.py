"""The policy check of a reply as it goes on the wire: the exact MIME bytes, decoded.

The reply text is checked when an agent approves it, but what a buyer receives is what
the mail sender serialised: quoted-printable soft line breaks, base64, encoded-word
headers.  ``check_mime`` decodes those bytes the way a mail client does and checks what a
reader would see, so a link or phone number that only appears after decoding never
leaves.  Only the Subject of the headers is text the reply's author wrote; the address
headers carry e-mail addresses by nature and are not checked.

The rules read the Subject and the body together (a host split between them is still one
host); the policy model reads each body part alone, as it reads the reply an agent approved:
it learnt replies, and a long Subject put in front of a short, repetitive reply gave it the
n-grams it needs to read one ("Your parcel is on its way." three thousand characters long,
approved, then refused at the wire).
"""

from __future__ import annotations

from dataclasses import replace
from email import message_from_bytes, policy
from email.message import EmailMessage, Message

from compliance.document import Document
from compliance.engine import check
from compliance.model import Report
from compliance.policy import Policy
from compliance.rules.likely import find_likely_violations

__all__ = ["check_mime", "readable_text"]

_DEFAULT_POLICY = Policy()


def _part_text(part: Message) -> str:
    payload = part.get_payload(decode=True)  # undoes quoted-printable and base64
    if not isinstance(payload, bytes):
        return ""
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset, errors="replace")
    except LookupError:  # an unknown charset name: read it as UTF-8
        return payload.decode("utf-8", errors="replace")


def _readable_parts(raw: bytes) -> list[str]:
    """The Subject, then every text part of ``raw``, decoded as a mail client shows them."""
    msg = message_from_bytes(raw, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    parts = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        if part.is_multipart():
            continue
        if part.get_content_maintype() == "text" or part.get_filename() is None:
            parts.append(_part_text(part).replace("\r\n", "\n"))
    return parts


def readable_text(raw: bytes) -> str:
    """The Subject and every text part of ``raw``, decoded as a mail client shows them."""
    return "\n\n".join(_readable_parts(raw))


def check_mime(raw: bytes, *, policy: Policy = _DEFAULT_POLICY) -> Report:
    """Check the message ``raw`` (as handed to SMTP) the way a buyer would read it.

    Length is not judged here (the subject and line breaks count towards no limit).
    """
    parts = _readable_parts(raw)
    text = "\n\n".join(parts)
    report = check(text, policy=replace(policy, model=False))
    findings = [f for f in report.findings if f.rule != "too-long"]
    if policy.model and not any(f.blocking for f in findings):
        offset = len(parts[0]) + 2
        for body in parts[1:]:
            # the rules already read this body (above): only the model is asked here
            findings += [
                replace(f, start=f.start + offset, end=f.end + offset)
                for f in find_likely_violations(Document(body, None, policy), blocked=False)
            ]
            offset += len(body) + 2
    return Report(text, tuple(sorted(findings, key=lambda f: (f.start, f.end, f.rule))))
