"""Carrier names as sellers write them on Amazon orders."""

from __future__ import annotations

import pytest

from carriers.links import TRACKING_URLS
from carriers.names import CARRIER_NAMES, carrier_code, display_name, order_carrier


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("UPS", "ups"),
        ("ups", "ups"),
        ("United Parcel Service", "ups"),
        ("USPS", "usps"),
        ("U.S.P.S.", "usps"),
        ("FedEx", "fedex"),
        ("Fed Ex", "fedex"),
        ("FEDEX", "fedex"),
        ("DHL", "dhl"),
        ("DHL eCommerce", "dhl"),
        ("DHL Paket", "dhl_paket"),
        ("Deutsche Post", "dhl_paket"),
        ("Royal Mail", "royal_mail"),
        ("  royal   mail ", "royal_mail"),
        ("Parcelforce", "parcelforce"),  # Royal Mail Group, but its own tracking site
        ("Amazon Logistics", "amazon"),
        ("AMZL", "amazon"),
        ("AMZL_US", "amazon"),
        ("DPD", "dpd"),
        ("Evri", "evri"),
        ("Hermes UK", "evri"),
        ("Hermes", "hermes"),
        ("GLS", "gls"),
        ("La Poste", "la_poste"),
        ("Colissimo", "colissimo"),
        ("Canada Post", "canada_post"),
        ("OnTrac", "ontrac"),
        ("Yodel", "yodel"),
        ("Poste Italiane", "poste_italiane"),
        ("Correos", "correos"),
        ("SEUR", "seur"),
        ("BRT", "brt"),
        # the service written after the carrier
        ("USPS Priority Mail", "usps"),
        ("UPS Ground", "ups"),
        ("Royal Mail Tracked 24", "royal_mail"),
        ("DHL Paket International", "dhl_paket"),
        ("DHL Express Worldwide", "dhl"),
        ("Amazon Shipping UK", "amazon"),
    ],
)
def test_known_names(name, code):
    assert carrier_code(name) == code


@pytest.mark.parametrize(
    "name", ["", "   ", "Other", "Pigeon Post", "-", "Self Delivery", "Up", "Upstate Couriers"]
)
def test_unknown_names_give_none(name):
    assert carrier_code(name) is None


def test_codes_of_detectable_carriers_have_tracking_links():
    # A name that maps to a carrier detection also knows must agree with the link table,
    # so an order's carrier and a detected one lead to the same tracking page.
    from carriers._formats import load_formats

    detectable = {f.carrier for f in load_formats()} - {"s10"}
    for code in set(CARRIER_NAMES.values()) & detectable:
        assert code in TRACKING_URLS, code


@pytest.mark.parametrize(
    ("named", "code", "number", "shown"),
    [
        # Amazon's feed codes and logistics ids are not for a buyer's eyes.
        ("SagawaExpress", "sagawa", "512547514334", "Sagawa Express"),
        ("YamatoTransport", "yamato", "444413758703", "Yamato Transport"),
        ("AMZL_US", "amazon", "TBA000000000000", "Amazon Logistics"),
        ("YAMATO", "yamato", "444413758703", "Yamato Transport"),
        ("FEDEX_JP", "fedex", "287809468872", "FedEx"),
        ("BlueDart", "blue_dart", "12345678901", "Blue Dart"),
        # A name is shown as the seller or Amazon wrote it.
        ("DHL Paket", "dhl_paket", "00340434161094015902", "DHL Paket"),
        ("Hermes Logistik Gruppe", "hermes", "H1003660401590901036", "Hermes Logistik Gruppe"),
        ("Royal Mail Tracked 24", "royal_mail", "RB123456785GB", "Royal Mail Tracked 24"),
        ("Colissimo", "colissimo", "6A12345678901", "Colissimo"),
        ("USPS", "usps", "9400111201080805483016", "USPS"),
        ("PostNL", "postnl", "3SDEVC748859096", "PostNL"),
        # No name on the order: the detected carrier, an S10 item's national post.
        (None, "postnl", "3SDEVC748859096", "PostNL"),
        (None, "s10", "RB123456785NL", "PostNL"),
        (None, "s10", "RB123456785JP", "Japan Post"),
        ("", "dhl_paket", "00340434161094015902", "Deutsche Post DHL"),
        # A name we do not know is shown as the seller wrote it.
        ("Pigeon Post Express", "unknown", "123", "Pigeon Post Express"),
        (None, "unknown", "123", ""),
    ],
)
def test_display_name_for_a_reply(named, code, number, shown):
    assert display_name(named, code, number) == shown


@pytest.mark.parametrize(
    ("carrier", "service", "chosen"),
    [
        ("Royal Mail", "Tracked 48", "Royal Mail"),
        ("Other", "PostNL Pakket", "PostNL Pakket"),  # Amazon's menu lacked the carrier
        ("Other", "Express", "Other"),
        (None, "Evri Next Day", "Evri Next Day"),
        ("DHL", "Evri", "DHL"),  # the carrier field wins when we know it
        (None, None, None),
    ],
)
def test_order_carrier_falls_back_to_the_shipping_service(carrier, service, chosen):
    assert order_carrier(carrier, service) == chosen
