"""Public tracking pages: https, on the carrier's own domain, number URL-encoded.

These are the only links a reply to a buyer may carry besides Amazon's own pages, so
the compliance allow-list and this table must agree (a test checks that every link
built here passes the policy check).

The table is data, ``data/tracking_pages.json``, with the source of each pattern. A
page whose pattern has no ``{n}`` is the carrier's plain tracking page: used where no
deep link could be confirmed, since a wrong guess would send the buyer to an error.
UPU S10 items (``RB123456785NL``) go to the postal operator of the country the number
ends in, per the same file.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Final
from urllib.parse import quote, urlsplit

__all__ = [
    "S10_OPERATORS",
    "TRACKING_PAGES",
    "TRACKING_URLS",
    "TrackingPage",
    "carrier_display_name",
    "normalise_number",
    "tracking_hosts",
    "tracking_url",
    "url_for_normalised",
]


@dataclass(frozen=True, slots=True)
class TrackingPage:
    """One carrier's public tracking page."""

    code: str
    name: str  # as a buyer knows the carrier, e.g. "PostNL", "Yamato Transport"
    template: str  # https URL; "{n}" marks the number, absent on a plain page
    source: str  # where the pattern was confirmed
    s10_template: str | None = None  # the page for its S10 (international) items, if other

    @property
    def deep(self) -> bool:
        """True when the link opens this parcel's page, False for the plain page."""
        return "{n}" in self.template


def _load() -> tuple[dict[str, TrackingPage], dict[str, str]]:
    raw = json.loads(
        resources.files("carriers").joinpath("data", "tracking_pages.json").read_text("utf-8")
    )
    pages = {
        code: TrackingPage(code, entry["name"], entry["url"], entry["source"], entry.get("s10_url"))
        for code, entry in raw["carriers"].items()
    }
    operators = {str(cc): str(code) for cc, code in raw["s10_operators"].items()}
    unknown = sorted(set(operators.values()) - set(pages))
    if unknown:  # a typo in the data file must not silently drop a country's link
        raise ValueError(f"tracking_pages.json: s10_operators name unknown carriers {unknown}")
    return pages, operators


_PAGES, _OPERATORS = _load()
TRACKING_PAGES: Final[Mapping[str, TrackingPage]] = _PAGES
S10_OPERATORS: Final[Mapping[str, str]] = _OPERATORS  # S10 country code -> carrier code

# Carrier code -> URL template; codes are those of tracking_number_data plus our own
# (royal_mail, dhl_paket, la_poste, postnl, yamato, ...).
TRACKING_URLS: Final[dict[str, str]] = {c: p.template for c, p in TRACKING_PAGES.items()}

_SPACE = re.compile(r"[\s\-]+")
_S10 = re.compile(r"[A-Z]{2}[0-9]{9}[A-Z]{2}")


def normalise_number(number: str) -> str:
    """Strip spaces and dashes, upper-case: how carriers print and accept numbers."""
    if number.isalnum():  # the usual case, and a hot path in detection
        return number.upper()
    return _SPACE.sub("", number).upper()


def tracking_url(carrier: str, number: str) -> str | None:
    """The carrier's public tracking page for ``number``, or None when we know none."""
    return url_for_normalised(carrier.lower(), normalise_number(number))


def url_for_normalised(code: str, number: str) -> str | None:
    """``tracking_url`` for a lower-case carrier code and an already normalised number
    (detection's hot path: it has normalised the number once already)."""
    if code == "s10":
        code = S10_OPERATORS.get(number[-2:], "")
    page = TRACKING_PAGES.get(code)
    if page is None or not number:
        return None
    template = page.template
    if page.s10_template is not None and _S10.fullmatch(number):
        template = page.s10_template
    encoded = number if number.isascii() and number.isalnum() else quote(number, safe="")
    return template.replace("{n}", encoded)


def carrier_display_name(code: str, number: str = "") -> str | None:
    """The carrier's name as a buyer knows it, or None for a code we have no page for.

    For ``s10`` it is the postal operator of the country the number ends in."""
    if code == "s10":
        code = S10_OPERATORS.get(normalise_number(number)[-2:], "")
    page = TRACKING_PAGES.get(code)
    return page.name if page is not None else None


@cache
def tracking_hosts() -> frozenset[str]:
    """Every host a tracking link built here can point at."""
    templates = [p.template for p in TRACKING_PAGES.values()]
    templates += [p.s10_template for p in TRACKING_PAGES.values() if p.s10_template]
    return frozenset(urlsplit(t).hostname or "" for t in templates)
