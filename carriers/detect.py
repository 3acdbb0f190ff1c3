"""Which carrier issued a tracking number, from the number alone, offline.

A hint, never the truth: the carrier named on the Amazon order wins, and several
formats overlap (a 12-digit number can be FedEx Express or Purolator). ``detect``
returns every format that matches, best first; ``best`` the first one whose check
digit holds.
"""

from __future__ import annotations

from dataclasses import dataclass

from carriers._formats import Format, candidates, load_formats, rank_key
from carriers.links import tracking_url

__all__ = ["Match", "best", "detect", "formats", "normalise"]


@dataclass(frozen=True, slots=True)
class Match:
    """One reading of a tracking number."""

    carrier: str  # code as in tracking_number_data: ups, usps, fedex, dhl, amazon, s10, ...
    carrier_name: str  # for S10 items the issuing postal operator, e.g. "Royal Mail Group plc"
    service: str  # the format's name, e.g. "UPS", "USPS IMpb N", "FedEx Express (12)"
    number: str  # normalised: no whitespace, upper case
    tracking_url: str | None  # https page on the carrier's own domain; None when unknown
    valid: bool  # check digit (if the format has one) and required lookups hold
    format_id: str  # stable id of the format, e.g. "usps_impb_n"


def normalise(number: str) -> str:
    """What the formats match against: whitespace removed, upper case."""
    return "".join(number.split()).upper()


def _serial(fmt: Format, serial: str) -> str:
    if fmt.prepend_if is not None:
        pattern, content = fmt.prepend_if
        if pattern.search(serial):
            return content + serial
    return serial


def _read(fmt: Format, number: str) -> tuple[tuple[int, float, int, int], Match] | None:
    found = fmt.pattern.fullmatch(number)
    if found is None:
        return None
    extra = 0.0
    for group, bits in fmt.optional_bits.items():
        if found.group(group) is not None:
            extra += bits
    valid = True
    if fmt.checker is not None:
        serial = _serial(fmt, found.group("SerialNumber") or "")
        valid = fmt.checker(serial, found.group("CheckDigit") or "")
    carrier_name = fmt.carrier_name
    for lookup in fmt.lookups:
        if not (valid and (lookup.name in fmt.required or lookup.name == "Courier")):
            continue
        entry = lookup.find(found.group(lookup.group) or "")
        if entry is None and lookup.name in fmt.required:
            valid = False
        elif entry is not None and lookup.name == "Courier":
            carrier_name = str(entry.get("courier") or carrier_name)
    return rank_key(fmt, extra), Match(
        carrier=fmt.carrier,
        carrier_name=carrier_name,
        service=fmt.name,
        number=number,
        tracking_url=tracking_url(fmt.carrier, number),
        valid=valid,
        format_id=fmt.id,
    )


def detect(number: str, *, include_invalid: bool = False) -> list[Match]:
    """Every format the number matches whose check digit holds, best first.

    Best first means: formats with a check digit before those without, then the
    more specific format (fixed prefixes, narrower character sets), then UPS, USPS,
    FedEx, DHL, Amazon before other carriers, then data-file order.

    ``include_invalid=True`` also returns formats whose shape matches but whose check
    digit (or required lookup, such as an S10 country code) fails, with
    ``valid=False``, after every valid match: useful to tell a user "looks like UPS,
    but a digit is wrong".
    """
    text = normalise(number)
    if not text:
        return []
    forms = [text]
    if "-" in text:  # "1Z-..." as some shops print it; LaserShip's own format keeps its dash
        forms.append(text.replace("-", ""))
    found: list[tuple[tuple[int, float, int, int], Match]] = []
    seen: set[str] = set()
    for form in forms:
        for fmt in candidates(len(form), form[0]):
            if fmt.id in seen:
                continue
            read = _read(fmt, form)
            if read is None or not (read[1].valid or include_invalid):
                continue
            seen.add(fmt.id)
            found.append(read)
    if len(found) > 1:
        found.sort(key=lambda item: (not item[1].valid, item[0]))
    return [match for _key, match in found]


def best(number: str) -> Match | None:
    """The most likely carrier whose check digit holds, or None."""
    matches = detect(number)
    return matches[0] if matches else None


def formats() -> tuple[Format, ...]:
    """Every known format (upstream data and local definitions)."""
    return load_formats()
