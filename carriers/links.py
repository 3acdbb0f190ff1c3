"""Public tracking pages: https, on the carrier's own domain, number URL-encoded.

These are the only links a reply to a buyer may carry besides Amazon's own pages, so
the compliance allow-list and this table must agree (a test checks that every link
built here passes the policy check).
"""

from __future__ import annotations

import re
from typing import Final
from urllib.parse import quote, urlsplit

__all__ = [
    "TRACKING_URLS",
    "normalise_number",
    "tracking_hosts",
    "tracking_url",
    "url_for_normalised",
]

# Carrier codes are those of tracking_number_data, plus royal_mail, dhl_paket and
# la_poste for numbers detected by our local definitions.
TRACKING_URLS: Final[dict[str, str]] = {
    "ups": "https://www.ups.com/track?loc=en_US&tracknum={n}",
    "usps": "https://tools.usps.com/go/TrackConfirmAction?tLabels={n}",
    "fedex": "https://www.fedex.com/fedextrack/?trknbr={n}",
    "dhl": "https://www.dhl.com/global-en/home/tracking/tracking-parcel.html?submit=1&tracking-id={n}",
    "dhl_paket": "https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode={n}",
    "amazon": "https://track.amazon.com/tracking/{n}",
    "royal_mail": "https://www.royalmail.com/track-your-item#/tracking-results/{n}",
    "canada_post": "https://www.canadapost-postescanada.ca/track-reperage/en#/search?searchFor={n}",
    "ontrac": "https://www.ontrac.com/tracking/?number={n}",
    "lasership": "https://www.ontrac.com/tracking/?number={n}",
    "purolator": "https://www.purolator.com/en/shipping/tracker?searchValue={n}",
    "canpar": "https://www.canpar.com/en/track/tracking.jsp?reference={n}&locale=en",
    "dpd": "https://www.dpdgroup.com/nl/mydpd/my-parcels/track?lang=en&parcelNumber={n}",
    "yodel": "https://www.yodel.co.uk/tracking/{n}",
    "landmark": "https://track.landmarkglobal.com/?search={n}",
    "gofo": "https://www.gofoexpress.com/tracking.html?searchID={n}",
    "yunexpress": "https://www.yuntrack.com/parcelTracking?id={n}",
    "speedee": "https://www.speedeedelivery.com/track/?tracking={n}",
    "old_dominion": "https://www.odfl.com/us/en/tools/trace-track-ltl-freight/trace.html?proNumbers={n}",
    "australia_post": "https://auspost.com.au/mypost/beta/track/details/{n}",
    "la_poste": "https://www.laposte.fr/outils/suivre-vos-envois?code={n}",
}

# S10 (UPU) items are tracked by the postal operator of the origin country.
_S10_OPERATOR: Final[dict[str, str]] = {
    "US": "usps",
    "GB": "royal_mail",
    "CA": "canada_post",
    "FR": "la_poste",
    "AU": "australia_post",
    "DE": "dhl_paket",
}

_SPACE = re.compile(r"[\s\-]+")


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
        code = _S10_OPERATOR.get(number[-2:], "")
    template = TRACKING_URLS.get(code)
    if template is None or not number:
        return None
    encoded = number if number.isascii() and number.isalnum() else quote(number, safe="")
    return template.format(n=encoded)


def tracking_hosts() -> frozenset[str]:
    """Every host a tracking link built here can point at."""
    return frozenset(urlsplit(t.format(n="X")).hostname or "" for t in TRACKING_URLS.values())
