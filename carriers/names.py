"""Carrier names as Amazon orders spell them, mapped to our carrier codes.

Sellers type the carrier when confirming shipment, and SP-API hands the text back
as written ("UPS", "Royal Mail", "DHL Paket", "AMZL_US", ...). The codes are those of
``carriers.detect`` and ``carriers.links`` (tracking_number_data's courier codes plus
our local ``dhl_paket``, ``royal_mail`` and ``la_poste``). Unknown names give None:
the bot then falls back to detection from the number.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["CARRIER_NAMES", "carrier_code"]

# Keys are squeezed: lower case, only letters and digits ("Deutsche Post" -> "deutschepost").
CARRIER_NAMES: Final[dict[str, str]] = {
    # UPS
    "ups": "ups",
    "unitedparcelservice": "ups",
    "upsground": "ups",
    "upsmailinnovations": "ups",
    "upssurepost": "ups",
    # USPS
    "usps": "usps",
    "unitedstatespostalservice": "usps",
    "uspostalservice": "usps",
    # FedEx
    "fedex": "fedex",
    "federalexpress": "fedex",
    "fedexground": "fedex",
    "fedexexpress": "fedex",
    "fedexsmartpost": "fedex",
    "fedexhomedelivery": "fedex",
    # DHL (Express and the unified brand)
    "dhl": "dhl",
    "dhlexpress": "dhl",
    "dhlecommerce": "dhl",
    "dhlglobalmail": "dhl",
    "dhlecommercesolutions": "dhl",
    # DHL Paket / Deutsche Post (Germany)
    "dhlpaket": "dhl_paket",
    "dhlparcel": "dhl_paket",
    "dhlparcelde": "dhl_paket",
    "dhlde": "dhl_paket",
    "deutschepost": "dhl_paket",
    "deutschepostdhl": "dhl_paket",
    # Amazon
    "amazon": "amazon",
    "amazonlogistics": "amazon",
    "amazonshipping": "amazon",
    "amzl": "amazon",
    "amzlus": "amazon",
    "amzluk": "amazon",
    "amzlde": "amazon",
    # United Kingdom
    "royalmail": "royal_mail",
    "parcelforce": "parcelforce",
    "parcelforceworldwide": "parcelforce",
    "yodel": "yodel",
    "dpd": "dpd",
    "dpduk": "dpd",
    "dpdde": "dpd",
    "dpdfr": "dpd",
    "hermes": "hermes",
    "hermesuk": "evri",
    "evri": "evri",
    "hermesde": "hermes",
    "hermesgermany": "hermes",
    "gls": "gls",
    # France
    "laposte": "la_poste",
    "colissimo": "la_poste",
    "chronopost": "chronopost",
    # Italy, Spain
    "posteitaliane": "poste_italiane",
    "correos": "correos",
    "correosexpress": "correos_express",
    "seur": "seur",
    "brt": "brt",
    "bartolini": "brt",
    # North America
    "canadapost": "canada_post",
    "postescanada": "canada_post",
    "purolator": "purolator",
    "canpar": "canpar",
    "ontrac": "ontrac",
    "lasership": "lasership",
    "speedee": "speedee",
    "speedeedelivery": "speedee",
    "olddominion": "old_dominion",
    "gofo": "gofo",
    "gofoexpress": "gofo",
    # Others Amazon lists in its carrier menu
    "hermeslogistikgruppe": "hermes",
    "tnt": "tnt",
    "sda": "sda",
    "colisprive": "colis_prive",
    "mrw": "mrw",
    "nacex": "nacex",
    "asendia": "asendia",
    "japanpost": "japan_post",
    "yamato": "yamato",
    "yamatotransport": "yamato",
    "sagawa": "sagawa",
    "bluedart": "blue_dart",
    "indiapost": "india_post",
    # International
    "landmark": "landmark",
    "landmarkglobal": "landmark",
    "yunexpress": "yunexpress",
    "australiapost": "australia_post",
}

_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def carrier_code(name: str) -> str | None:
    """Our carrier code for a carrier name as written on an order, or None.

    Case, spaces and punctuation do not matter: "Fed Ex", "FEDEX" and "FedEx" agree.
    Sellers often add the service ("USPS Priority Mail", "Royal Mail Tracked 24"): a
    name whose leading words spell a known carrier maps to that carrier, the longest
    such run winning ("DHL Paket International" is DHL Paket, not DHL).
    """
    words = [w for w in _NOT_ALNUM.split(name.casefold()) if w]
    for end in range(len(words), 0, -1):
        code = CARRIER_NAMES.get("".join(words[:end]))
        if code is not None:
            return code
    return None
