"""Every Amazon marketplace's national post, and the parcel carriers sellers there use,
give the buyer an https link on the carrier's own domain, from the command line.

``wismo detect`` reads UPU S10 numbers by their country suffix; ``wismo track --carrier``
takes the carrier's name as Amazon spells it. Neither needs the network for carriers we
have no API for: the answer is the number and the link, status unknown.
"""

from __future__ import annotations

import json
import os
from urllib.parse import urlsplit

import pytest

from bot.cli import main as wismo
from carriers.cli import main as detect_cli

# The S10 check digit does not depend on the country, so the UPU's own example
# RB 12345678 5 is valid with every suffix (tracking_number_data's s10.json lists it
# with GB, US, CV and CF).
S10_SERIAL = "RB123456785"

# Amazon marketplace countries (and China and Hong Kong, where many FBM parcels start):
# S10 country code -> registrable domain of that country's post.
NATIONAL_POSTS = {
    "US": "usps.com",
    "CA": "canadapost-postescanada.ca",
    "MX": "correosdemexico.gob.mx",
    "BR": "correios.com.br",
    "GB": "royalmail.com",  # amazon.co.uk: S10 numbers end in GB, not UK
    "DE": "dhl.de",  # Deutsche Post tracks on dhl.de
    "FR": "laposte.fr",
    "IT": "poste.it",
    "ES": "correos.es",
    "NL": "postnl.nl",
    "BE": "bpost.cloud",
    "SE": "postnord.se",
    "PL": "poczta-polska.pl",
    "TR": "ptt.gov.tr",
    "IE": "anpost.com",
    "AE": "emiratespost.ae",
    "SA": "splonline.com.sa",
    "EG": "egyptpost.gov.eg",
    "IN": "indiapost.gov.in",
    "JP": "japanpost.jp",
    "SG": "singpost.com",
    "AU": "auspost.com.au",
    "CN": "ems.com.cn",
    "HK": "hongkongpost.hk",
}

# Carrier name as on the Amazon order -> (a number as that carrier prints them, its own
# domain). The named carrier decides; the number's format is not judged here.
PARCEL_CARRIERS = {
    "DPD": ("09980000020033F", "dpdgroup.com"),
    "GLS": ("51687952111", "gls-group.com"),
    "Hermes": ("H1003660401590901036", "myhermes.de"),
    "Hermes Logistik Gruppe": ("H1003660401590901036", "myhermes.de"),
    "Evri": ("H01HYA0012345678", "evri.com"),
    "PostNL": ("3SABCD1234567", "postnl.nl"),
    "bpost": ("323299901000001234567890", "bpost.cloud"),
    "PostNord": ("00370712345678901234", "postnord.se"),
    "InPost": ("520000012680041086770098", "inpost.pl"),
    "BRT": ("123456789012", "brt.it"),
    "SEUR": ("123456789012345", "seur.com"),
    "Correos Express": ("1234567890123456", "correosexpress.com"),
    "Chronopost": ("XY123456785FR", "chronopost.fr"),
    "Colissimo": ("6A12345678901", "laposte.fr"),
    "La Poste": ("6A12345678901", "laposte.fr"),
    "Poste Italiane": ("RB123456785IT", "poste.it"),
    "Correos": ("PQ9988776655ES", "correos.es"),
    "Royal Mail": ("RB123456785GB", "royalmail.com"),
    "Parcelforce": ("PBTM8237801001", "parcelforce.com"),
    "Deutsche Post": ("00340434161094015902", "dhl.de"),
    "DHL Paket": ("00340434161094015902", "dhl.de"),
    "Yamato Transport": ("444413758703", "kuronekoyamato.co.jp"),
    "YamatoTransport": ("444413758703", "kuronekoyamato.co.jp"),
    "Sagawa Express": ("512547514334", "sagawa-exp.co.jp"),
    "SagawaExpress": ("512547514334", "sagawa-exp.co.jp"),
    "Japan Post": ("405548424886", "japanpost.jp"),
    "Canada Post": ("1234567890123452", "canadapost-postescanada.ca"),
    "Purolator": ("320662240386", "purolator.com"),
    "Australia Post": ("RB123456785AU", "auspost.com.au"),
    "Aramex": ("30012345678", "aramex.com"),
    "Blue Dart": ("12345678901", "bluedart.com"),
    "BlueDart": ("12345678901", "bluedart.com"),
    "Delhivery": ("1234567890123", "delhivery.com"),
}


def _on(url: str | None, domain: str) -> bool:
    parts = urlsplit(url or "")
    host = parts.hostname or ""
    return parts.scheme == "https" and (host == domain or host.endswith("." + domain))


@pytest.mark.parametrize("country", sorted(NATIONAL_POSTS))
def test_detect_links_s10_numbers_to_the_national_post(country, capsys):
    number = S10_SERIAL + country
    assert detect_cli([number, "--json"]) == 0
    [result] = json.loads(capsys.readouterr().out)
    assert result["valid"] is True
    assert _on(result["tracking_url"], NATIONAL_POSTS[country]), result["tracking_url"]
    assert set(result) == {
        "number",
        "valid",
        "carrier",
        "service",
        "tracking_url",
        "alternatives",
    }


def test_detect_gives_no_link_when_the_s10_check_digit_fails(capsys):
    assert detect_cli(["RB123456786NL", "--json"]) == 1
    [result] = json.loads(capsys.readouterr().out)
    assert result["valid"] is False and result["tracking_url"] is None


@pytest.fixture
def no_carrier_apis(monkeypatch):
    """No carrier credentials: every lookup is link-only and stays offline."""
    for name in list(os.environ):
        if name.startswith(("UPS_", "USPS_", "FEDEX_", "DHL_")):
            monkeypatch.delenv(name)


@pytest.mark.parametrize("name", sorted(PARCEL_CARRIERS))
def test_track_with_the_amazon_carrier_name_gives_its_own_link(name, no_carrier_apis, capsys):
    number, domain = PARCEL_CARRIERS[name]
    code = wismo(["track", number, "--carrier", name, "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 3  # no live status, but not "not recognised" either
    assert data["carrier"] != "unknown"
    assert data["status"] == "unknown" and data["live"] is False
    assert _on(data["tracking_url"], domain), data["tracking_url"]


def test_track_names_the_carrier_in_the_human_readable_answer(no_carrier_apis, capsys):
    assert wismo(["track", "3SABCD1234567", "--carrier", "PostNL"]) == 3
    out = capsys.readouterr().out
    assert "not recognised" not in out
    assert "https://postnl.nl/tracktrace/?B=3SABCD1234567" in out


# Evri's barcode (16 characters; vector and sources in carriers/data/local/evri.json).
EVRI = "H02X8A0022918652"


def test_detect_reads_an_evri_barcode_and_links_it_on_evri_com(capsys):
    assert detect_cli([EVRI, "H02X 8A00 2291 8652", "--json"]) == 0
    for result in json.loads(capsys.readouterr().out):
        assert (result["valid"], result["carrier"]) == (True, "evri")
        assert result["tracking_url"] == f"https://www.evri.com/track/parcel/{EVRI}"


@pytest.mark.parametrize("number", ["H02X8A002291865", "X02X8A0022918652", "HX2X8A0022918652"])
def test_a_barcode_one_character_off_is_not_evri(number, capsys):
    detect_cli([number, "--json"])
    [result] = json.loads(capsys.readouterr().out)
    assert result["carrier"] != "evri" and "evri.com" not in (result["tracking_url"] or "")


@pytest.mark.parametrize("name", ["Evri", "Hermes UK", "myHermes UK"])
def test_an_evri_barcode_tracked_by_name_links_on_evri_com(name, no_carrier_apis, capsys):
    assert wismo(["track", EVRI, "--carrier", name, "--json"]) == 3
    data = json.loads(capsys.readouterr().out)
    assert data["carrier"] == "evri"
    assert data["tracking_url"] == f"https://www.evri.com/track/parcel/{EVRI}"
