"""Small helpers shared by the pure payload parsers: dates, places, safe lookups."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from carriers.model import StatusReason, TrackingEvent

__all__ = [
    "as_dict",
    "as_list",
    "iso_date",
    "iso_datetime",
    "join_place",
    "newest_first",
    "offset_tz",
    "reason_from_text",
    "text",
]


def as_dict(value: Any) -> Mapping[str, Any]:
    """``value`` if it is a JSON object, else an empty one (payloads omit fields freely)."""
    return value if isinstance(value, Mapping) else {}


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def offset_tz(offset: str) -> timezone | None:
    """``"-05:00"`` -> a fixed-offset zone; None when unreadable."""
    offset = offset.strip()
    if len(offset) < 3 or offset[0] not in "+-":
        return None
    hours, _, minutes = offset[1:].partition(":")
    try:
        delta = timedelta(hours=int(hours), minutes=int(minutes or 0))
    except ValueError:
        return None
    return timezone(-delta if offset[0] == "-" else delta)


def iso_datetime(value: Any, *, default_tz: timezone | None = UTC) -> datetime | None:
    """An ISO 8601 timestamp; one without offset gets ``default_tz`` (None keeps it naive)."""
    raw = text(value)
    if not raw:
        return None
    try:
        parsed = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None and default_tz is not None:
        parsed = parsed.replace(tzinfo=default_tz)
    return parsed


def iso_date(value: Any) -> date | None:
    """The calendar date of an ISO date or timestamp, as printed (no zone conversion)."""
    raw = text(value)
    if len(raw) < 10:
        return None
    try:
        return date.fromisoformat(raw[:10])
    except ValueError:
        return None


def join_place(*parts: Any) -> str:
    return ", ".join(p for p in (text(x) for x in parts) if p)


def newest_first(events: Iterable[TrackingEvent]) -> tuple[TrackingEvent, ...]:
    # Carriers list scans newest first, but not all of them, and not always.
    return tuple(sorted(events, key=lambda e: e.at, reverse=True))


_REASON_WORDS: tuple[tuple[str, StatusReason], ...] = (
    ("weather", StatusReason.WEATHER),
    ("natural disaster", StatusReason.WEATHER),
    ("customs", StatusReason.CUSTOMS),
    ("clearance", StatusReason.CUSTOMS),
    ("address", StatusReason.ADDRESS_ISSUE),
    ("refused", StatusReason.REFUSED),
    ("damage", StatusReason.DAMAGED),
    ("lost", StatusReason.LOST),
    ("not available", StatusReason.RECIPIENT_UNAVAILABLE),
    ("not at home", StatusReason.RECIPIENT_UNAVAILABLE),
    ("not in", StatusReason.RECIPIENT_UNAVAILABLE),
    ("business closed", StatusReason.RECIPIENT_UNAVAILABLE),
    ("no one", StatusReason.RECIPIENT_UNAVAILABLE),
    ("held", StatusReason.HELD),
    ("hold", StatusReason.HELD),
    ("delay", StatusReason.DELAYED),
    ("late", StatusReason.DELAYED),
)


def reason_from_text(*texts: str) -> StatusReason | None:
    """A reason named in the carrier's words, for APIs that give no reason code."""
    joined = " ".join(texts).lower()
    for word, reason in _REASON_WORDS:
        if re.search(rf"\b{word}", joined):
            return reason
    return None
