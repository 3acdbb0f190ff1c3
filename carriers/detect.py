"""Which carrier issued a tracking number, from the number alone, offline.

A hint, never the truth: the carrier named on the Amazon order wins, and several
formats overlap (a 12-digit number can be FedEx Express or Purolator). ``detect``
returns every format that matches, best first; ``best`` the first one whose check
digit holds.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from carriers._formats import Format, candidates, load_formats, rank_key
from carriers.links import url_for_normalised

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
    """What the formats match against: whitespace removed, upper case.

    Full-width digits and letters (numbers pasted from some PDFs and Asian-language
    pages) are folded to ASCII first."""
    if not number.isascii():
        number = unicodedata.normalize("NFKC", number)
    return "".join(number.split()).upper()


def _read(fmt: Format, number: str, include_invalid: bool) -> tuple[Match, float] | None:
    """The match of one format, with the bits its optional parts added, or None."""
    found = fmt.pattern.fullmatch(number)
    if found is None:
        return None
    valid = True
    if fmt.checker is not None:
        serial = found.group("SerialNumber") or ""
        if fmt.prepend_if is not None and fmt.prepend_if[0].search(serial):
            serial = fmt.prepend_if[1] + serial
        valid = fmt.checker(serial, found.group("CheckDigit") or "")
    carrier_name = fmt.carrier_name
    if valid:
        for lookup in fmt.consulted:
            entry = lookup.find(found.group(lookup.group) or "")
            if entry is None:
                if lookup.name in fmt.required:  # e.g. an S10 country with no post
                    valid = False
                    break
            elif lookup.name == "Courier":
                carrier_name = str(entry.get("courier") or carrier_name)
    if not (valid or include_invalid):
        return None
    extra = 0.0
    for group, bits in fmt.optional_bits.items():
        if found.group(group) is not None:
            extra += bits
    match = Match(
        carrier=fmt.carrier,
        carrier_name=carrier_name,
        service=fmt.name,
        number=number,
        tracking_url=url_for_normalised(fmt.carrier, number),
        valid=valid,
        format_id=fmt.id,
    )
    return match, extra


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
    found: list[tuple[Match, float, Format]] = []
    for fmt in candidates(len(text), text[0]):
        read = _read(fmt, text, include_invalid)
        if read is not None:
            found.append((read[0], read[1], fmt))
    if "-" in text:
        # "1Z-5R8-..." as some shops print it; only LaserShip's format has a dash of
        # its own, so try the number without dashes too.
        bare = text.replace("-", "")
        seen = {fmt.id for _m, _e, fmt in found}
        for fmt in candidates(len(bare), bare[0]) if bare else ():
            read = None if fmt.id in seen else _read(fmt, bare, include_invalid)
            if read is not None:
                found.append((read[0], read[1], fmt))
    return _ranked(found)


def _ranked(found: list[tuple[Match, float, Format]]) -> list[Match]:
    if len(found) < 2:
        return [item[0] for item in found]
    found.sort(key=lambda item: (not item[0].valid, rank_key(item[2], item[1])))
    return [match for match, _extra, _fmt in found]


def best(number: str) -> Match | None:
    """The most likely carrier whose check digit holds, or None."""
    matches = detect(number)
    return matches[0] if matches else None


def formats() -> tuple[Format, ...]:
    """Every known format (upstream data and local definitions)."""
    return load_formats()
