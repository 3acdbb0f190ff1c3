"""Rule ``email-address``: no e-mail addresses, also spelled ``name [at] mail [dot] de``."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from compliance.document import Document
from compliance.model import Finding, Severity

__all__ = ["find_email_addresses"]

# The local part may only start where the previous character cannot belong to it, so a long
# run without "@" is scanned once, not once per position.
_EMAIL: Final = re.compile(
    r"(?<![a-z0-9._%+-])[a-z0-9._%+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8}"
)
_TLD: Final = re.compile(r"[a-z]{2,63}")

RULE = "email-address"
_MESSAGE = (
    "E-mail addresses are not allowed in messages to buyers; the buyer can answer through "
    "Amazon's messaging."
)
_SUGGESTION = "Remove the address; ask the buyer to reply to this message on Amazon."


def find_email_addresses(doc: Document) -> Iterator[Finding]:
    view = doc.addresses
    if "@" not in view.text:
        return
    for m in _EMAIL.finditer(view.text):
        tld = m.group().rsplit(".", 1)[-1]
        if _TLD.fullmatch(tld) and m.group()[0] not in ".-":
            yield doc.finding(view, m.start(), m.end(), RULE, Severity.BLOCK, _MESSAGE, _SUGGESTION)
