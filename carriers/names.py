"""Carrier names as Amazon orders spell them, mapped to our carrier codes.

Sellers type the carrier when confirming shipment, and SP-API hands the text back
as written ("UPS", "Royal Mail", "DHL Paket", "AMZL_US", ...), or as one of the codes
of Amazon's shipment-confirmation feed ("SagawaExpress", "YamatoTransport",
"Hermes Logistik Gruppe", "Deutsche Post", "UPSMI", ...). The codes are those of
``carriers.detect`` and ``carriers.links`` (tracking_number_data's courier codes plus
our own, such as ``dhl_paket``, ``postnl`` or ``yamato``). Unknown names give None:
the bot then falls back to detection from the number.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from carriers.links import carrier_display_name

__all__ = ["CARRIER_NAMES", "carrier_code", "display_name", "order_carrier"]

# Keys are squeezed: lower case, only letters and digits ("Deutsche Post" -> "deutschepost").
CARRIER_NAMES: Final[dict[str, str]] = {
    # UPS
    "ups": "ups",
    "unitedparcelservice": "ups",
    "upsground": "ups",
    "upsmailinnovations": "ups",
    "upssurepost": "ups",
    "upsmi": "ups",
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
    "aflfedex": "fedex",
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
    "dpdlocal": "dpd",
    "hermes": "hermes",
    "hermesde": "hermes",
    "hermesgermany": "hermes",
    "hermeslogistikgruppe": "hermes",  # Amazon's carrier code
    "myhermes": "hermes",
    "hermesuk": "evri",
    "myhermesuk": "evri",
    "evri": "evri",
    "gls": "gls",
    "tnt": "tnt",
    # France
    "laposte": "la_poste",
    "colissimo": "colissimo",  # La Poste's parcel brand, tracked on laposte.fr
    "chronopost": "chronopost",
    # Benelux, Nordics, Poland
    "postnl": "postnl",
    "tntpost": "postnl",
    "bpost": "bpost",
    "bpostinternational": "bpost",
    "postnord": "postnord",
    "inpost": "inpost",
    "pocztapolska": "poczta_polska",
    "pocztex": "poczta_polska",
    # Italy, Spain
    "posteitaliane": "poste_italiane",
    "posteit": "poste_italiane",
    "correos": "correos",
    "correosexpress": "correos_express",
    "chronoexpress": "correos_express",  # its former name, still in Amazon's menu
    "seur": "seur",
    "brt": "brt",
    "bartolini": "brt",
    # Japan (Amazon's feed codes are written together: SagawaExpress, YamatoTransport)
    "japanpost": "japan_post",
    "jpexpress": "japan_post",
    "yuupack": "japan_post",
    "yupack": "japan_post",
    "yamato": "yamato",
    "yamatotransport": "yamato",
    "kuronekoyamato": "yamato",
    "sagawa": "sagawa",
    "sagawaexpress": "sagawa",
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
    "correosdemexico": "correos_mexico",
    "mexpost": "correos_mexico",
    # South America, Middle East, India, Asia-Pacific
    "correios": "correios",
    "ptt": "ptt",
    "pttkargo": "ptt",
    "anpost": "an_post",
    "emiratespost": "emirates_post",
    "saudipost": "saudi_post",
    "spl": "saudi_post",
    "egyptpost": "egypt_post",
    "aramex": "aramex",
    "bluedart": "blue_dart",
    "delhivery": "delhivery",
    "indiapost": "india_post",
    "speedpost": "india_post",
    "singpost": "singpost",
    "singaporepost": "singpost",
    "chinapost": "china_post",
    "chinaems": "china_post",
    "hongkongpost": "hongkong_post",
    "hkpost": "hongkong_post",
    "australiapost": "australia_post",
    "auspost": "australia_post",
    # Others Amazon lists in its carrier menu, without a page of ours yet
    "sda": "sda",
    "colisprive": "colis_prive",
    "mrw": "mrw",
    "nacex": "nacex",
    "asendia": "asendia",
    # International
    "landmark": "landmark",
    "landmarkglobal": "landmark",
    "yunexpress": "yunexpress",
}

_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def carrier_code(name: str) -> str | None:
    """Our carrier code for a carrier name as written on an order, or None.

    Case, spaces and punctuation do not matter: "Fed Ex", "FEDEX" and "FedEx" agree.
    Sellers often add the service ("USPS Priority Mail", "Royal Mail Tracked 24"): a
    name whose leading words spell a known carrier maps to that carrier, the longest
    such run winning ("DHL Paket International" is DHL Paket, not DHL).
    """
    # Accents go first, so "Correos de México" is not cut into "m" and "xico".
    folded = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    words = [w for w in _NOT_ALNUM.split(plain) if w]
    for end in range(len(words), 0, -1):
        code = CARRIER_NAMES.get("".join(words[:end]))
        if code is not None:
            return code
    return None


def order_carrier(carrier: str | None, shipping_service: str | None = None) -> str | None:
    """The carrier name to track an Amazon package by.

    Sellers whose carrier is missing from Amazon's menu confirm shipment as "Other"
    and often put the real carrier in the shipping service ("PostNL Pakket",
    "Evri Next Day"): when the carrier field names nothing we know and the service
    does, the service's carrier is the better hint."""
    if carrier and carrier_code(carrier) is not None:
        return carrier
    if shipping_service and carrier_code(shipping_service) is not None:
        return shipping_service
    return carrier


def display_name(named: str | None, code: str, number: str = "") -> str:
    """How a reply to a buyer names the carrier.

    The carrier name on the order as written ("DHL Paket", "Royal Mail Tracked 24"),
    unless it is one of Amazon's codes ("SagawaExpress", "AMZL_US", "YAMATO"), which
    a buyer should not read: then our name for that carrier. Without a name, our name
    for the detected carrier (an S10 item's national post)."""
    text = (named or "").strip()
    if text and not _looks_like_code(text):
        return text
    known = carrier_code(text) if text else code
    name = carrier_display_name(known, number) if known else None
    if name is not None:
        return name
    if text:
        return text
    return code.replace("_", " ").title() if code != "unknown" else ""


_JOINED = re.compile(r"[a-z][A-Z]")


def _looks_like_code(name: str) -> bool:
    """Amazon's feed codes: words joined (SagawaExpress), underscores (AMZL_US), or
    a long all-capitals word (YAMATO, UPSMI); short acronyms (UPS, USPS) are names."""
    if " " in name:
        return False
    return "_" in name or bool(_JOINED.search(name)) or (name.isupper() and len(name) > 4)
