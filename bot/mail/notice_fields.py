"""What an Amazon notice states besides its kind: the claim or case id, and the deadline.

Claims, chargebacks and customer-service requests name their own id ("Claim ID: …",
"Fall-ID: …", "Numéro de réclamation : …") and how long the seller has ("respond by
November 10, 2026", "innerhalb von 72 Stunden", "sous 7 jours").  A relative window
counts from the mail's own date; a date without a time counts from the start of that day
(UTC), so a card never promises more time than the mail gives.  Nothing here guesses: a
mail that states neither yields None.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

__all__ = ["case_id", "respond_by"]

_ID_LABEL = (
    r"(?:(?:a-to-z(?: guarantee)?|claim|case|chargeback|dispute|reference|request|ticket)"
    r"\s*(?:id|number|no\.?|nr\.?|#)"
    r"|(?:antrags?|fall|anspruchs?|reklamations|referenz|vorgangs|garantieantrags?|anfrage)"
    r"[- ]?(?:id|nummer|nr\.?)"
    r"|(?:num[ée]ro|n°|identifiant|id|r[ée]f[ée]rence)\s+(?:de (?:la |votre )?|du )?"
    r"(?:r[ée]clamation|cas|dossier|demande|litige|rétrofacturation))"
)
_CASE_ID = re.compile(rf"\b{_ID_LABEL}\s*[:#]?\s*([A-Z0-9][A-Z0-9-]{{4,39}})\b", re.I)
_ORDER_ID = re.compile(r"^\d{3}-\d{7}-\d{7}$")

_MONTH_NAMES = (
    "january february march april may june july august september october november december",
    "januar februar märz april mai juni juli august september oktober november dezember",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "jänner _ maerz",
    "_ fevrier _ _ _ _ _ aout _ _ _ decembre",
)
_MONTHS = {
    name: number
    for names in _MONTH_NAMES
    for number, name in enumerate(names.split(), start=1)
    if name != "_"
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_BY = (
    r"(?:(?:respond|reply|answer|response|submit\w*|provide\w*)\b[^.\n]{0,60}?"
    r"\b(?:by|before|no later than)"
    r"|(?:deadline|due date|respond by)\s*:?"
    r"|(?:bis (?:zum|spätestens(?: zum)?)|spätestens (?:am|bis(?: zum)?)|frist\s*:?)"
    r"|(?:avant le|d'ici le|au plus tard le|date limite\s*:?|jusqu'au))"
)
_DAY_MONTH_YEAR = re.compile(
    rf"{_BY}\s+(?:\w+,?\s+)?(\d{{1,2}})\.?\s+({_MONTH})\.?,?\s+(\d{{4}})"
    rf"(?:,?\s+(?:at|um|à)?\s*(\d{{1,2}})[:h](\d{{2}}))?",
    re.I,
)
_MONTH_DAY_YEAR = re.compile(
    rf"{_BY}\s+(?:\w+,?\s+)?({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})"
    rf"(?:,?\s+(?:at\s+)?(\d{{1,2}}):(\d{{2}})\s*([ap]\.?m\.?)?)?",
    re.I,
)
_NUMERIC = re.compile(
    rf"{_BY}\s+(?:\w+,?\s+)?(\d{{4}})-(\d{{2}})-(\d{{2}})"
    rf"|{_BY}\s+(?:\w+,?\s+)?(\d{{1,2}})[./](\d{{1,2}})[./](\d{{4}})",
    re.I,
)
_WITHIN = re.compile(
    r"(?:within|in the next|innerhalb(?: von| der nächsten)?|binnen|sous|dans les|d'ici|en)"
    r"\s+(\d{1,3})\s*(hours?|stunden|heures|days?|calendar days|kalendertagen|tagen|tage"
    r"|jours(?: calendaires)?)",
    re.I,
)


def case_id(text: str) -> str | None:
    """The claim, chargeback or case id the mail states; never the order id."""
    for match in _CASE_ID.finditer(text):
        value = match.group(1)
        if not _ORDER_ID.match(value) and any(c.isdigit() for c in value):
            return value
    return None


def respond_by(text: str, sent_at: datetime | None) -> datetime | None:
    """The deadline the mail states (a date, or a window from ``sent_at``), else None."""
    stated = _stated_date(text)
    if stated is not None:
        return stated
    match = _WITHIN.search(text)
    if match is None or sent_at is None:
        return None
    amount, unit = int(match.group(1)), match.group(2).lower()
    hours = unit.startswith(("hour", "stunde", "heure"))
    span = timedelta(hours=amount) if hours else timedelta(days=amount)
    return sent_at.astimezone(UTC) + span


def _stated_date(text: str) -> datetime | None:
    match = _DAY_MONTH_YEAR.search(text)
    if match:
        day, month, year, hour, minute = match.groups()
        return _at(int(year), _MONTHS[month.lower()], int(day), hour, minute)
    match = _MONTH_DAY_YEAR.search(text)
    if match:
        month, day, year, hour, minute, half = match.groups()
        if hour and half and half.lower().startswith("p") and int(hour) < 12:
            hour = str(int(hour) + 12)
        return _at(int(year), _MONTHS[month.lower()], int(day), hour, minute)
    match = _NUMERIC.search(text)
    if match:
        iso_y, iso_m, iso_d, eu_d, eu_m, eu_y = match.groups()
        if iso_y:
            return _at(int(iso_y), int(iso_m), int(iso_d), None, None)
        return _at(int(eu_y), int(eu_m), int(eu_d), None, None)
    return None


def _at(year: int, month: int, day: int, hour: str | None, minute: str | None) -> datetime | None:
    try:
        return datetime(year, month, day, int(hour or 0), int(minute or 0), tzinfo=UTC)
    except ValueError:
        return None
