"""Round 4's bypass classes and false-alarm classes, each tested as a class in several
languages: what an agent would see when the reply is checked (blocked or sent)."""

from __future__ import annotations

import pytest

from compliance import check


def blocked(text: str, lang: str | None = None) -> set[str]:
    return {f.rule for f in check(text, lang=lang).blocking}


# --- carrier links: the national carriers' tracking pages pass, their other pages do not ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "sv",
            "Spåra paketet här: https://www.postnord.se/vara-verktyg/spara-brev-paket-och-pall?shipmentId=00370712345678901234",
        ),
        ("sv", "Budbee kör ut det i kväll: https://tracking.budbee.com/BB987654321SE"),
        ("sv", "Paketet ligger i skåpet: https://track.instabox.io/SE98765432"),
        (
            "pl",
            "Status przesyłki: https://tracktrace.dpd.com.pl/parcelDetails?typ=1&p1=0000987654321U",
        ),
        (
            "nl",
            "Volg uw pakket: https://www.dhlparcel.nl/nl/consument/volg-je-pakket?tc=JVGL0698765432109876",
        ),
        (
            "tr",
            "Kargonuzu takip edin: https://kargotakip.araskargo.com.tr/mainpage.aspx?code=9876543210",
        ),
        ("tr", "Takip: https://www.mngkargo.com.tr/gonderi-takip/?TakipNo=123498765"),
        (
            "tr",
            "Takip: https://www.yurticikargo.com/tr/online-servisler/gonderi-sorgula?code=987654321098",
        ),
        (
            "fr",
            "Suivi : https://www.colisprive.com/moncolis/pages/detailColis.aspx?numColis=98765432101",
        ),
        ("fr", "Suivi : https://www.relaiscolis.com/suivi-de-colis/?numeroColis=9876543210"),
        ("ja", "追跡はこちら: https://track.seino.co.jp/cgi-bin/gnpquery.pgm?GNPNO1=987654321098"),
        ("en", "Status: https://www.bring.no/sporing?q=370987654321098765"),
        (
            "de",
            "Status: https://www.deutschepost.de/de/s/sendungsverfolgung.html?piececode=RR987654321DE",
        ),
    ],
)
def test_national_carriers_tracking_pages_pass(lang, text):
    assert blocked(text, lang) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Unser Tipp: https://www.dhl.de/de/privatkunden/paket-shop.html",
        "We are hiring too, see https://careers.dhl.com/global/en",
        "Jetzt bei https://www.postnord.se/ vorbeischauen",
        "Kolla https://www.ups.com/us/en/shop för mer",
        "Zobacz https://www.inpost.pl/ dla nowości",
    ],
)
def test_a_carriers_home_shop_or_careers_page_is_an_outside_link(text):
    assert "link" in blocked(text)
