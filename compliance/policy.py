"""What a deployment allows: link hosts, phone numbers, length.

Defaults follow Amazon's messaging rules: links only to Amazon and to the carriers' own
tracking pages (every host :mod:`carriers.links` builds links for is included), phone
numbers only of carriers, warranties or manufacturers.  Deployments extend or replace the
lists with :meth:`Policy.from_lists`, typically from environment variables read by the bot's
settings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from carriers.links import TRACKING_PAGES, tracking_hosts

__all__ = [
    "AMAZON_DOMAINS",
    "CARRIER_DOMAINS",
    "CARRIER_HOSTS",
    "DEFAULT_LINK_DOMAINS",
    "DEFAULT_PHONE_NUMBERS",
    "TRACKING_TEMPLATES",
    "Policy",
    "PolicyError",
    "host_allowed",
    "phone_digits",
]


class PolicyError(ValueError):
    """A policy override is malformed; the message names the bad value and the fix."""


# Amazon's marketplaces and their subdomains (sellercentral., track., www., ...).
AMAZON_DOMAINS: Final[frozenset[str]] = frozenset(
    {
        "amazon.com",
        "amazon.ca",
        "amazon.com.mx",
        "amazon.com.br",
        "amazon.co.uk",
        "amazon.de",
        "amazon.fr",
        "amazon.es",
        "amazon.it",
        "amazon.nl",
        "amazon.se",
        "amazon.pl",
        "amazon.com.be",
        "amazon.ie",
        "amazon.com.tr",
        "amazon.ae",
        "amazon.sa",
        "amazon.eg",
        "amazon.in",
        "amazon.sg",
        "amazon.co.jp",
        "amazon.com.au",
        "amazon.cn",
    }
)

# Carriers' own sites (registrable domains, so every tracking subdomain passes).
CARRIER_DOMAINS: Final[frozenset[str]] = frozenset(
    {
        "ups.com",
        "usps.com",
        "fedex.com",
        "dhl.com",
        "dhl.de",
        "royalmail.com",
        "parcelforce.com",
        "canadapost-postescanada.ca",
        "canadapost.ca",
        "ontrac.com",
        "lasership.com",
        "purolator.com",
        "canpar.com",
        "dpd.com",
        "dpdgroup.com",
        "dpd.de",
        "dpd.co.uk",
        "dpd.fr",
        "yodel.co.uk",
        "evri.com",
        "myhermes.de",
        "hermesworld.com",
        "gls-group.eu",
        "gls-group.com",
        "gls-pakete.de",
        "landmarkglobal.com",
        "gofoexpress.com",
        "yuntrack.com",
        "speedeedelivery.com",
        "odfl.com",
        "auspost.com.au",
        "laposte.fr",
        "colissimo.fr",
        "chronopost.fr",
        "mondialrelay.fr",
        "correos.es",
        "correosexpress.com",
        "mrw.es",
        "nacex.es",
        "gls-spain.es",
        "dpd.es",
        "ctt.pt",
        "sda.it",
        "gls-italy.com",
        "dpd.it",
        "inpost.it",
        "inpost.es",
        "inpost.pl",
        "inpost.co.uk",
        "packeta.com",
        "hermesworld.co.uk",
        "seur.com",
        "poste.it",
        "brt.it",
        "post.ch",
        "post.at",
        "postnl.nl",
        "bpost.be",
        "tnt.com",
        "japanpost.jp",
        "kuronekoyamato.co.jp",
        "sagawa-exp.co.jp",
        # national posts and parcel carriers of Amazon's European and Japanese marketplaces
        "deutschepost.de",
        "dhlparcel.nl",
        "dhlparcel.co.uk",
        "dhlecommerce.nl",
        "dhl.nl",
        "dhl.pl",
        "dhl.se",
        "dhl.co.uk",
        "dhl.it",
        "dhl.es",
        "dhl.fr",
        "dpd.nl",
        "dpd.com.pl",
        "dpd.be",
        "gls-info.nl",
        "gls-poland.com",
        "gls-france.com",
        "dbschenker.com",
        "postnord.se",
        "postnord.dk",
        "postnord.no",
        "postnord.fi",
        # PostNord's own tracking site for every Nordic country (tracking.postnord.com)
        "postnord.com",
        "budbee.com",
        "instabox.io",
        "instabox.se",
        "bring.se",
        "bring.no",
        "bring.com",
        "airmee.com",
        "colisprive.com",
        "colisprive.fr",
        "relaiscolis.com",
        "poczta-polska.pl",
        "pocztex.pl",
        "orlenpaczka.pl",
        "ptt.gov.tr",
        "yurticikargo.com",
        "araskargo.com.tr",
        "mngkargo.com.tr",
        "suratkargo.com.tr",
        "hepsijet.com",
        "sendeo.com.tr",
        "ctt.es",
        "tipsa.com",
        "envialia.com",
        "nexive.it",
        "tnt.it",
        "postnl.be",
        "post.japanpost.jp",
        "seino.co.jp",
        "fukutsu.co.jp",
        # carriers named in the labelling conventions whose tracking domains were missing
        "dpdlocal.co.uk",
        "dpd.ie",
        "dpd.at",
        "dpd.ch",
        "dpd.pt",
        "estafeta.com",
        "posten.no",
        "mondialrelay.com",
        "mondialrelay.es",
        "mondialrelay.be",
    }
)

# Customer-service lines of carriers a reply may point a buyer at, in phone_digits() form.
DEFAULT_PHONE_NUMBERS: Final[frozenset[str]] = frozenset(
    {
        "18007425877",  # UPS 1-800-742-5877
        "18004633339",  # FedEx 1-800-463-3339
        "18002758777",  # USPS 1-800-275-8777
        "18002255345",  # DHL Express US 1-800-225-5345
        # InPost's helpline sits in a mobile range, which the phone rule never lets pass by
        # its label alone (a seller's mobile looks the same), so it is listed by number.
        "48722444000",  # InPost 722 444 000
    }
)

_DOMAIN = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}")
_SPLIT = re.compile(r"[\s,;]+")
_TRUNK = re.compile(r"^(\+|00)(\d{1,3})\s*\(0\)")


def phone_digits(number: str) -> str:
    """Digits of a phone number in one comparable form: no "+"/"00", no "(0)", no spaces."""
    number = _TRUNK.sub(r"\2", number.strip())
    digits = "".join(ch for ch in number if ch.isdigit())
    if number.startswith("00"):
        digits = digits[2:]
    return digits


def _registrable(host: str) -> str:
    host = host.strip().lower().rstrip(".")
    if host.startswith(("http://", "https://")):
        host = host.split("://", 1)[1].split("/", 1)[0]
    return host.removeprefix("www.")


def host_allowed(host: str, allowed: frozenset[str]) -> bool:
    """True when ``host`` is an allowed domain or a subdomain of one."""
    host = host.lower().rstrip(".")
    if len(host) > 253:
        return False  # longer than any DNS name
    labels = host.split(".")
    # Only the last few labels can form an allowed domain ("track.amazon.co.uk").
    return any(".".join(labels[k:]) in allowed for k in range(max(0, len(labels) - 6), len(labels)))


def _items(value: str | Iterable[str] | None) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [v for v in _SPLIT.split(value) if v]
    return [v.strip() for v in value if v.strip()]


DEFAULT_LINK_DOMAINS: Final[frozenset[str]] = (
    AMAZON_DOMAINS | CARRIER_DOMAINS | frozenset(_registrable(h) for h in tracking_hosts())
)


# The tracking links this bot builds itself ("https://www.ups.com/track?tracknum={n}").
TRACKING_TEMPLATES: Final[tuple[str, ...]] = tuple(
    t for p in TRACKING_PAGES.values() for t in (p.template, p.s10_template) if t
)
# Hosts whose links must be tracking pages (the carriers' own sites, not Amazon's).
CARRIER_HOSTS: Final[frozenset[str]] = DEFAULT_LINK_DOMAINS - AMAZON_DOMAINS


@dataclass(frozen=True, slots=True)
class Policy:
    """The allow-lists and limits one deployment checks replies against."""

    allowed_link_domains: frozenset[str] = DEFAULT_LINK_DOMAINS
    allowed_phone_numbers: frozenset[str] = DEFAULT_PHONE_NUMBERS  # phone_digits() form
    max_length: int = 2000
    # the n-gram model beside the rules (compliance.rules.likely); off only to measure the
    # rules alone
    model: bool = True

    @classmethod
    def from_lists(
        cls,
        *,
        link_domains: str | Iterable[str] | None = None,
        phone_numbers: str | Iterable[str] | None = None,
        max_length: int | str | None = None,
        extend: bool = True,
    ) -> Policy:
        """Build a policy from plain values, e.g. comma-separated environment variables.

        With ``extend`` (the default) the given domains and numbers are added to the
        defaults; otherwise they replace them.  Raises :class:`PolicyError` naming every
        malformed value.
        """
        base = cls()
        problems: list[str] = []
        domains: set[str] = set()
        for raw in _items(link_domains):
            host = _registrable(raw)
            if _DOMAIN.fullmatch(host):
                domains.add(host)
            else:
                problems.append(f"link domain {raw!r} is not a domain name like 'example.com'")
        numbers: set[str] = set()
        for raw in _items(phone_numbers):
            digits = phone_digits(raw)
            if 5 <= len(digits) <= 15:
                numbers.add(digits)
            else:
                problems.append(
                    f"phone number {raw!r} needs 5 to 15 digits, e.g. '+1 800 742 5877'"
                )
        length = base.max_length
        if max_length is not None:
            try:
                length = int(max_length)
            except ValueError:
                length = 0
            if length < 1:
                problems.append(f"max length {max_length!r} must be a whole number above 0")
        if problems:
            raise PolicyError("invalid compliance policy: " + "; ".join(problems))
        if extend:
            domains |= base.allowed_link_domains
            numbers |= base.allowed_phone_numbers
        return cls(
            allowed_link_domains=frozenset(domains),
            allowed_phone_numbers=frozenset(numbers),
            max_length=length,
        )
