"""Text from outside, made safe to store: no NUL, no other control characters.

PostgreSQL refuses U+0000 in text (and in JSON), so a buyer message holding one failed
to store, retry after retry, until it was set aside with no draft.  Other C0 and C1
control characters are never meant by a buyer and can corrupt a terminal or a log.
Tab, line feed and carriage return stay.  Lone surrogates (from bytes that were not
text) cannot be encoded for the database either and become U+FFFD.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any, TypeVar

__all__ = ["printable", "printable_text", "visible_name"]

T = TypeVar("T")

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def printable_text(text: str) -> str:
    return _SURROGATE.sub("\ufffd", _CONTROL.sub("", text))


# Characters that change how a name is shown without being seen: bidi overrides and
# isolates (U+202A-202E, U+2066-2069: "invoice\u202egpj.exe" shows as "invoiceexe.jpg"),
# direction marks, zero-width and other format characters (Cf), controls (Cc), line and
# paragraph separators, lone surrogates.
_INVISIBLE = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})


def visible_name(name: str) -> str:
    """``name`` (a file name from a mail) as it really reads: every invisible character
    that could reorder or hide part of it removed.  Empty when nothing visible is left."""
    return "".join(ch for ch in name if unicodedata.category(ch) not in _INVISIBLE).strip()


def printable(value: T) -> T:
    """``value`` with :func:`printable_text` applied to every string in it (lists, dicts)."""
    cleaned: Any
    if isinstance(value, str):
        cleaned = printable_text(value)
    elif isinstance(value, list):
        cleaned = [printable(item) for item in value]
    elif isinstance(value, dict):
        cleaned = {printable(key): printable(item) for key, item in value.items()}
    else:
        cleaned = value
    return cleaned  # type: ignore[no-any-return]
