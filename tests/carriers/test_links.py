"""Tracking links: https, on the carrier's own domain, number URL-encoded."""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from carriers._formats import load_formats
from carriers.detect import best
from carriers.links import (
    S10_OPERATORS,
    TRACKING_PAGES,
    TRACKING_URLS,
    normalise_number,
    tracking_hosts,
    tracking_url,
)

# The registrable domain each carrier's page must be on: its own, never an aggregator's.
# LaserShip is part of OnTrac; Colissimo is La Poste's parcel brand; China Post tracks
# international items on its EMS site.
OWN_DOMAIN = {
    "ups": "ups.com",
    "usps": "usps.com",
    "fedex": "fedex.com",
    "dhl": "dhl.com",
    "dhl_paket": "dhl.de",
    "amazon": "amazon.com",
    "royal_mail": "royalmail.com",
    "canada_post": "canadapost-postescanada.ca",
    "ontrac": "ontrac.com",
    "lasership": "ontrac.com",
    "purolator": "purolator.com",
    "canpar": "canpar.com",
    "dpd": "dpdgroup.com",
    "yodel": "yodel.co.uk",
    "landmark": "landmarkglobal.com",
    "gofo": "gofoexpress.com",
    "yunexpress": "yuntrack.com",
    "speedee": "speedeedelivery.com",
    "old_dominion": "odfl.com",
    "australia_post": "auspost.com.au",
    "la_poste": "laposte.fr",
    "colissimo": "laposte.fr",
    "correos_mexico": "correosdemexico.gob.mx",
    "correios": "correios.com.br",
    "poste_italiane": "poste.it",
    "correos": "correos.es",
    "postnl": "postnl.nl",
    "bpost": "bpost.cloud",
    "postnord": "postnord.se",
    "poczta_polska": "poczta-polska.pl",
    "ptt": "ptt.gov.tr",
    "an_post": "anpost.com",
    "emirates_post": "emiratespost.ae",
    "saudi_post": "splonline.com.sa",
    "egypt_post": "egyptpost.gov.eg",
    "india_post": "indiapost.gov.in",
    "japan_post": "japanpost.jp",
    "singpost": "singpost.com",
    "china_post": "ems.com.cn",
    "hongkong_post": "hongkongpost.hk",
    "gls": "gls-group.com",
    "hermes": "myhermes.de",
    "evri": "evri.com",
    "inpost": "inpost.pl",
    "brt": "brt.it",
    "seur": "seur.com",
    "correos_express": "correosexpress.com",
    "chronopost": "chronopost.fr",
    "parcelforce": "parcelforce.com",
    "yamato": "kuronekoyamato.co.jp",
    "sagawa": "sagawa-exp.co.jp",
    "aramex": "aramex.com",
    "blue_dart": "bluedart.com",
    "delhivery": "delhivery.com",
    "tnt": "tnt.com",
    "asendia": "asendia.com",
}
DEEP = sorted(code for code, page in TRACKING_PAGES.items() if page.deep)


def test_every_carrier_in_the_table_has_a_known_domain():
    assert set(TRACKING_URLS) == set(OWN_DOMAIN)


@pytest.mark.parametrize("carrier", sorted(TRACKING_URLS))
def test_link_is_https_on_the_carriers_own_domain(carrier):
    url = tracking_url(carrier, "AB123")
    assert url is not None
    parts = urlsplit(url)
    assert parts.scheme == "https"
    host = parts.hostname or ""
    domain = OWN_DOMAIN[carrier]
    assert host == domain or host.endswith("." + domain)
    assert parts.username is None and parts.port is None
    assert ("AB123" in url) is TRACKING_PAGES[carrier].deep


def test_every_page_names_its_carrier_and_source():
    for page in TRACKING_PAGES.values():
        assert page.name.strip() and len(page.source) > 10, page.code


@pytest.mark.parametrize("carrier", DEEP)
def test_number_is_url_encoded(carrier):
    # Characters that could add a parameter, change the path or start a fragment.
    url = tracking_url(carrier, "1z&x=1/..#?")
    assert url is not None
    encoded = "1Z%26X%3D1%2F..%23%3F"
    assert encoded in url
    expected = urlsplit(TRACKING_URLS[carrier].format(n=encoded))
    parts = urlsplit(url)
    assert (parts.hostname, parts.path) == (expected.hostname, expected.path)
    assert set(parse_qs(parts.query)) == set(parse_qs(expected.query))
    assert unquote(url).count("1Z&X=1/..#?") == 1


def test_number_is_normalised_before_use():
    assert tracking_url("ups", " 1z5r 8939 0357 5671 27 ") == (
        "https://www.ups.com/track?loc=en_US&tracknum=1Z5R89390357567127"
    )
    assert normalise_number("1z-5r 89") == "1Z5R89"


def test_unknown_carrier_or_empty_number_gives_none():
    assert tracking_url("pigeon_post", "123") is None
    assert tracking_url("ups", "   ") is None


@pytest.mark.parametrize(
    ("number", "host"),
    [
        ("RB123456785GB", "www.royalmail.com"),
        ("RB123456785US", "tools.usps.com"),
        ("EW112720413FR", "www.laposte.fr"),
        ("RB123456785CA", "www.canadapost-postescanada.ca"),
        ("RB123456785DE", "www.dhl.de"),
        ("RB123456785AU", "auspost.com.au"),
    ],
)
def test_s10_picks_the_operator_by_country_suffix(number, host):
    url = tracking_url("s10", number)
    assert url is not None and urlsplit(url).hostname == host
    assert url.endswith(number)


def test_japan_post_sends_international_items_to_its_international_search():
    domestic = tracking_url("japan_post", "405548424886") or ""
    international = tracking_url("s10", "EJ123456785JP") or ""
    assert "searchKind=S002" in domestic and "reqCodeNo1=405548424886" in domestic
    assert "searchKind=S004" in international and "reqCodeNo1=EJ123456785JP" in international
    assert tracking_url("japan_post", "EJ123456785JP") == international


def test_every_s10_operator_has_a_page():
    assert set(S10_OPERATORS.values()) <= set(TRACKING_PAGES)


def test_s10_from_a_country_without_a_known_page_has_no_link():
    assert tracking_url("s10", "RB123456785CV") is None


def test_detected_links_use_our_table_not_the_legacy_data():
    for fmt in load_formats():
        for number in fmt.vectors.valid:
            match = best(number)
            assert match is not None
            if match.tracking_url is not None:
                assert match.tracking_url.startswith("https://")
                assert urlsplit(match.tracking_url).hostname in tracking_hosts()
                assert "wwwapps.ups.com" not in match.tracking_url
