# ruff: noqa: E501  (the cases are data: real subjects and messages are long lines)
"""Writes the relay-mail test corpus (``*.eml``) and ``expectations.json`` beside it.

Run ``.venv/bin/python tests/mail/corpus/make_corpus.py`` after changing a case; the
.eml files are committed, so the tests never depend on this script.  Every mail is raw
MIME built by hand from the formats in reference/amazon.md §2.2 (the 2016-era
``Begin message`` markers, the current single-``<pre>`` HTML template, system mails),
with the transfer encodings and charsets real mail uses.  Names, aliases, order ids and
shops are invented.

Each case states what a person reading the mail would expect; the expectations are
written by hand here, never produced by the parser.
"""

from __future__ import annotations

import base64
import html
import json
import quopri
from dataclasses import dataclass, field
from email.header import Header
from pathlib import Path

from bot.testing.relay_mail import RELAY_TEMPLATE_WORDING

HERE = Path(__file__).parent
SHOP = "support@brightwater-home.example"

# Headline, item label and footer of the current template, per language.
_DOMAIN = {
    "US": "com",
    "UK": "co.uk",
    "DE": "de",
    "FR": "fr",
    "ES": "es",
    "IT": "it",
    "CA": "ca",
    "MX": "com.mx",
    "JP": "co.jp",
    "AU": "com.au",
}
_MARKET_ID = {
    "US": "ATVPDKIKX0DER",
    "UK": "A1F83G8C2ARO7P",
    "DE": "A1PA6795UKMFR9",
    "FR": "A13V1IB3VIYZZH",
    "ES": "A1RKKUPIHCS9HS",
    "IT": "APJ6JRA9NG5V4",
    "CA": "A2EUQ1WTGCTBG2",
    "MX": "A1AM78C64UM0Y8",
    "JP": "A1VC38T7YXB528",
    "AU": "A39IBJ37TRP1C6",
}


# ------------------------------------------------------------------ MIME building blocks


def encoded_header(value: str, charset: str = "utf-8") -> str:
    """RFC 2047 encoded words when the value is not plain ASCII."""
    if value.isascii():
        return value
    return Header(value, charset).encode()


def part(
    text: str,
    subtype: str = "plain",
    charset: str = "utf-8",
    cte: str = "quoted-printable",
    extra: str = "",
) -> bytes:
    if cte == "base64":  # canonical CRLF line ends inside the encoded text
        body = base64.encodebytes(text.replace("\n", "\r\n").encode(charset))
    elif cte == "quoted-printable":
        body = quopri.encodestring(text.encode(charset))
    else:  # 7bit / 8bit: the bytes as they are
        body = text.encode(charset)
    head = (
        f"Content-Type: text/{subtype}; charset={charset}\r\n"
        f"Content-Transfer-Encoding: {cte}\r\n{extra}\r\n"
    )
    return head.encode() + body.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def attachment(name: str, ctype: str, data: bytes) -> bytes:
    head = (
        f'Content-Type: {ctype}; name="{name}"\r\nContent-Transfer-Encoding: base64\r\n'
        f'Content-Disposition: attachment; filename="{name}"\r\n\r\n'
    )
    return head.encode() + base64.encodebytes(data).replace(b"\n", b"\r\n")


def multipart(subtype: str, parts: list[bytes], boundary: str) -> bytes:
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"\r\n\r\n'.encode()]
    for p in parts:
        out.append(f"--{boundary}\r\n".encode() + p + b"\r\n")
    out.append(f"--{boundary}--\r\n".encode())
    return b"".join(out)


def envelope(headers: list[tuple[str, str]], body: bytes) -> bytes:
    lines = "".join(f"{name}: {value}\r\n".replace("\n ", "\r\n ") for name, value in headers)
    return lines.encode("utf-8") + b"MIME-Version: 1.0\r\n" + body


# ------------------------------------------------------------------ Amazon's layouts


def no_response_url(market: str, msg: str) -> str:
    return (
        f"https://www.amazon.{_DOMAIN[market]}/gp/communication-manager/no-response-needed.html"
        f"?msg={msg}&d=1793612800&mp={_MARKET_ID[market]}&v=1&t=Zx8q2"
    )


def current_html(c: Case) -> str:
    head, order_label, item_label, helpful, mark = RELAY_TEMPLATE_WORDING[c.template_lang]
    order_row = f"<tr><td>{order_label}:</td><td>{c.order_id}</td></tr>" if c.order_id else ""
    return f"""<!DOCTYPE html>
<html><head><meta charset="{c.charset}"><title>Amazon</title>
<style>td {{ font-family: Arial, sans-serif; }}</style></head>
<body><table width="600" cellpadding="0" cellspacing="0">
<tr><td><img src="https://m.media-amazon.com/images/G/01/email/logo.png" alt="Amazon"></td></tr>
<tr><td><h2>{head}</h2></td></tr>
<tr><td><table>{order_row}
<tr><td>{item_label}:</td><td>{html.escape(c.item)}</td></tr></table></td></tr>
<tr><td><pre style="white-space: pre-wrap; font-family: Arial, sans-serif; font-size: 14px;">{html.escape(c.text)}</pre></td></tr>
<tr><td>{helpful} <a href="https://www.amazon.{_DOMAIN[c.market]}/gp/survey?r=1">&#128077;</a></td></tr>
<tr><td>{mark}: <a href="{html.escape(no_response_url(c.market, c.msg_ref))}">{mark.split()[-1]}</a></td></tr>
<tr><td style="font-size: 10px; color: #888;">[commMgrTok:{c.token}] SPC-{c.market}Amazon-{c.msg_ref}</td></tr>
</table></body></html>
"""


def current_plain(c: Case) -> str:
    head, order_label, item_label, helpful, mark = RELAY_TEMPLATE_WORDING[c.template_lang]
    order_line = f"{order_label}: {c.order_id}\n" if c.order_id else ""
    return (
        f"{head}\n\n{order_line}{item_label}: {c.item}\n\n{c.text}\n\n{helpful}\n\n"
        f"{mark}: {no_response_url(c.market, c.msg_ref)}\n\n[commMgrTok:{c.token}]\n"
    )


def old_markers(c: Case) -> str:
    order = (
        f"Order ID {c.order_id}:\n1 of {c.item} [ASIN: B0{c.msg_ref[:8].upper()}]\n\n"
        if c.order_id
        else ""
    )
    return (
        f"{order}------------- Begin message -------------\n\n{c.text}\n\n"
        f"------------- End message -------------\n\n"
        f"For Your Information: To help arrive at a successful resolution, respond to this "
        f"message within 24 hours.\n\nTo mark this message as no response needed, click here: "
        f"{no_response_url(c.market, c.msg_ref)}\n\n"
        f"Was this email helpful?\n\n[commMgrTok:{c.token}]\n"
    )


@dataclass
class Case:
    name: str
    market: str
    subject: str
    text: str
    expect: dict[str, object]
    buyer: str | None = "Anna"
    local: str = "a1b2c3d4e5f6g7h"
    case_id: str | None = None
    order_id: str | None = None
    item: str = "Linen cushion cover, sage green, 45 x 45 cm"
    layout: str = "current"  # current | current-html-only | old | old-html | reply
    charset: str = "utf-8"
    cte: str = "quoted-printable"
    template_lang: str = "en"
    date: str = "Mon, 02 Nov 2026 09:14:03 +0000"
    extra_headers: list[tuple[str, str]] = field(default_factory=list)
    attachments: list[tuple[str, str, bytes]] = field(default_factory=list)
    from_display: str | None = None

    @property
    def token(self) -> str:
        return ("AF9E" + self.name.upper().replace("_", ""))[:13]

    @property
    def msg_ref(self) -> str:
        return f"{abs(hash_name(self.name)):010d}"

    @property
    def alias(self) -> str:
        suffix = f"+{self.case_id}" if self.case_id else ""
        return f"{self.local}{suffix}@marketplace.amazon.{_DOMAIN[self.market]}"

    def from_header(self) -> str:
        display = self.from_display
        if display is None:
            display = f"{self.buyer} - Amazon Marketplace" if self.buyer else "Amazon Marketplace"
        return f"{encoded_header(display, self.header_charset)} <{self.alias}>"

    @property
    def header_charset(self) -> str:
        if self.market == "JP":
            return "iso-2022-jp"
        return self.charset if self.charset.startswith(("iso-8859", "windows")) else "utf-8"


def hash_name(name: str) -> int:
    value = 7
    for ch in name:
        value = (value * 31 + ord(ch)) % 10_000_000_000
    return value


def buyer_mail(c: Case) -> bytes:
    if c.layout == "current":
        body = multipart(
            "alternative",
            [
                part(current_plain(c), "plain", c.charset, c.cte),
                part(current_html(c), "html", c.charset, c.cte),
            ],
            f"=_alt_{c.msg_ref}",
        )
    elif c.layout == "current-html-only":
        body = part(current_html(c), "html", c.charset, c.cte)
    elif c.layout == "old":
        body = part(old_markers(c), "plain", c.charset, c.cte)
    elif c.layout == "old-html":
        text = html.escape(old_markers(c)).replace("\n", "<br>\n")
        body = part(f"<html><body><div>{text}</div></body></html>", "html", c.charset, c.cte)
    elif c.layout == "reply":
        body = part(c.text, "plain", c.charset, c.cte)
    else:
        raise ValueError(c.layout)
    if c.attachments:
        body = multipart(
            "mixed", [body] + [attachment(*a) for a in c.attachments], f"=_mix_{c.msg_ref}"
        )
    headers = [
        ("Return-Path", f"<{c.alias}>"),
        ("From", c.from_header()),
        ("To", SHOP),
        ("Subject", encoded_header(c.subject, c.header_charset)),
        ("Date", c.date),
        ("Message-ID", f"<0100019a{c.msg_ref}.{c.name}@email.amazonses.com>"),
        *c.extra_headers,
    ]
    return envelope(headers, body)


PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)

W, C, R, D, A, P, OTHER = (
    "where_is_my_order",
    "cancel",
    "return",
    "damaged_or_wrong",
    "address_change",
    "product_question",
    "other",
)


def buyer(
    order: str | None, market: str, lang: str, intent: str, **more: object
) -> dict[str, object]:
    return {
        "kind": "buyer_message",
        "order_id": order,
        "marketplace": market,
        "language": lang,
        "intent": intent,
        **more,
    }


def cases() -> list[Case]:
    return [
        # ---------------------------------------------------------------- English
        Case(
            "en_us_wismo_current",
            "US",
            "Order delivery inquiry from Amazon customer Cherri (Order: 171-9876543-2109876)",
            "Hi, I ordered the cushion covers on October 20 and they still haven't arrived. "
            "The estimated delivery was last week. Can you tell me where my package is?\n\nThanks,\nCherri",
            buyer("171-9876543-2109876", "US", "en", W, buyer_name="Cherri"),
            buyer="Cherri",
            local="qw2smy2gutcr61k",
            order_id="171-9876543-2109876",
        ),
        Case(
            "en_uk_enquiry_return_b64",
            "UK",
            "Return policy enquiry from Amazon customer Oliver (Order: 026-5551234-7654321)",
            "Hello, the throw is lovely but too small for our sofa. I'd like to return it for a "
            "refund. How do I get a return label?\n\nOliver",
            buyer("026-5551234-7654321", "UK", "en", R, buyer_name="Oliver"),
            buyer="Oliver",
            local="th6wqr1vf6dr43f",
            order_id="026-5551234-7654321",
            cte="base64",
        ),
        Case(
            "en_us_presale_product_no_order",
            "US",
            "Product details inquiry from Amazon customer Dana",
            "Hi! Is this cover compatible with a 50 x 50 cm insert, or is it only for 45 cm? "
            "What material is the zip made of?",
            buyer(None, "US", "en", P, buyer_name="Dana"),
            buyer="Dana",
            local="k9p2v7x1m3n8b4z",
            layout="current-html-only",
        ),
        Case(
            "en_us_ship_faster",
            "US",
            "Ship faster inquiry from Amazon customer Veera ... (Order: 111-7366207-0755439)",
            "Has my order shipped yet? I need it before Friday for my daughter's birthday.",
            buyer("111-7366207-0755439", "US", "en", W, buyer_name="Veera"),
            buyer="Veera ...",
            local="sz2y5ywh1qg1vhx",
            case_id="133a066e",
            order_id="111-7366207-0755439",
            layout="old",
        ),
        Case(
            "en_us_cancel_generic_subject",
            "US",
            "Inquiry from Amazon customer Josh (Order: 111-0944945-3989852)",
            "Please cancel my order. I bought the same set in a store this morning.",
            buyer("111-0944945-3989852", "US", "en", C, buyer_name="Josh"),
            buyer="Josh",
            local="j0shx8b2n4m6v1c",
            order_id="111-0944945-3989852",
            layout="old",
        ),
        Case(
            "en_us_damaged_html_only_photo",
            "US",
            "Inquiry from Amazon customer Marisol (Order: 113-2468024-6802468)",
            "The ceramic vase arrived broken, the box was crushed on one side. Photo attached. "
            "What can you do?",
            buyer("113-2468024-6802468", "US", "en", D, attachments=1),
            buyer="Marisol",
            local="m4r1s0lq8w2e6r0",
            order_id="113-2468024-6802468",
            layout="current-html-only",
            attachments=[("IMG_2041.png", "image/png", PNG)],
        ),
        Case(
            "en_ca_address_in_body_only",
            "CA",
            "Message from Amazon customer Priya",
            "Hi, I just moved house and need to change the shipping address on order "
            "702-1357913-5791357 to my new apartment. Is that still possible?",
            buyer("702-1357913-5791357", "CA", "en", A),
            buyer="Priya",
            local="pr1yac4n5d6a7e8",
            order_id=None,
            layout="old",
        ),
        Case(
            "en_us_wrong_colour",
            "US",
            "Inquiry from Amazon customer Tom (Order: 112-3344556-6778899)",
            "I ordered the sage green cover but received a grey one. This is the wrong colour.",
            buyer("112-3344556-6778899", "US", "en", D),
            buyer="Tom",
            local="t0mz7y6x5w4v3u2",
            order_id="112-3344556-6778899",
        ),
        Case(
            "en_uk_thanks_other",
            "UK",
            "Enquiry from Amazon customer Grace (Order: 203-9988776-5544332)",
            "Just to say the blanket came today and it's beautiful. Thank you so much!",
            buyer("203-9988776-5544332", "UK", "en", OTHER),
            buyer="Grace",
            local="gr4c3h2j1k0l9m8",
            order_id="203-9988776-5544332",
            layout="old",
        ),
        Case(
            "en_us_reply_with_quote",
            "US",
            "Re: Order information from Amazon seller Brightwater Home (Order: 114-5652017-6650426)",
            "Thanks for getting back to me. The tracking still says label created, when will it "
            "actually ship?\n\nOn Sat, Oct 31, 2026 at 4:02 PM Brightwater Home - Amazon Marketplace "
            "<seller@marketplace.amazon.com> wrote:\n> Hello, your order is being prepared and will "
            "ship soon.\n> Kind regards, Brightwater Home",
            buyer("114-5652017-6650426", "US", "en", W, body_not_contains="prepared"),
            buyer="Alex",
            local="a1exq2w3e4r5t6y",
            order_id="114-5652017-6650426",
            layout="reply",
            extra_headers=[("In-Reply-To", "<seller-reply-0001@brightwater-home.example>")],
        ),
        Case(
            "en_us_seller_name_as_buyer",
            "US",
            "Order delivery inquiry from Amazon customer Brightwater Home Store (Order: 114-1212121-3434343)",
            "Where is my order? It's been two weeks.",
            buyer("114-1212121-3434343", "US", "en", W, buyer_name=None, has_problems=True),
            buyer="Brightwater Home Store",
            local="b7h6g5f4d3s2a1q",
            order_id="114-1212121-3434343",
        ),
        Case(
            "en_us_no_buyer_name",
            "US",
            "Order delivery inquiry from Amazon customer (Order: 114-5652017-6650427)",
            "Tracking has not updated for 6 days. Is my parcel lost?",
            buyer("114-5652017-6650427", "US", "en", W, buyer_name=None),
            buyer=None,
            local="n0n4m3q1w2e3r4t",
            order_id="114-5652017-6650427",
            layout="old",
        ),
        Case(
            "en_us_case_only_in_reply_to",
            "US",
            "Order delivery inquiry from Amazon customer Ruth (Order: 113-8080808-9090909)",
            "Hello, I still have not received my order. Could you check the tracking please?",
            buyer("113-8080808-9090909", "US", "en", W, alias_case="9f8e7d6c"),
            buyer="Ruth",
            local="r7u6t5h4q3w2e1r",
            order_id="113-8080808-9090909",
            extra_headers=[("Reply-To", "r7u6t5h4q3w2e1r+9f8e7d6c@marketplace.amazon.com")],
        ),
        Case(
            "en_au_wismo_7bit",
            "AU",
            "Order delivery inquiry from Amazon customer Liam (Order: 250-1122334-4556677)",
            "G'day, any update on my order? Tracking shows nothing since Tuesday.",
            buyer("250-1122334-4556677", "AU", "en", W),
            buyer="Liam",
            local="l1a2m3z4x5c6v7b",
            order_id="250-1122334-4556677",
            layout="old",
            cte="7bit",
            charset="us-ascii",
        ),
        Case(
            "en_uk_plus_case_cancel",
            "UK",
            "Enquiry from Amazon customer Imogen (Order: 204-7777888-9999000)",
            "Hi, I ordered by mistake, could you cancel the order before it ships?",
            buyer("204-7777888-9999000", "UK", "en", C, alias_case="5c1e0a77"),
            buyer="Imogen",
            local="1m0g3nq9w8e7r6t",
            case_id="5c1e0a77",
            order_id="204-7777888-9999000",
        ),
        # ---------------------------------------------------------------- German
        Case(
            "de_wismo_current_qp",
            "DE",
            "Anfrage zur Lieferung der Bestellung von Amazon-Kunde Jonas (Bestellung: 028-1234567-8901234)",
            "Hallo, meine Bestellung ist leider noch nicht angekommen. Können Sie mir bitte die "
            "Sendungsnummer schicken?\n\nViele Grüße\nJonas",
            buyer("028-1234567-8901234", "DE", "de", W, buyer_name="Jonas"),
            buyer="Jonas",
            local="d3j0n4s5b6v7c8x",
            order_id="028-1234567-8901234",
            template_lang="de",
        ),
        Case(
            "de_wismo_latin1_8bit",
            "DE",
            "Anfrage von Amazon-Kunde Jürgen (Bestellung: 302-4455667-7889900)",
            "Guten Tag, wo bleibt mein Paket? Ich warte schon seit über einer Woche. "
            "Für eine kurze Rückmeldung wäre ich dankbar.",
            buyer("302-4455667-7889900", "DE", "de", W, buyer_name="Jürgen"),
            buyer="Jürgen",
            local="j8r9g0n1m2k3l4p",
            order_id="302-4455667-7889900",
            layout="old",
            charset="iso-8859-1",
            cte="8bit",
        ),
        Case(
            "de_return_b64",
            "DE",
            "Anfrage zur Rückgabe von Amazon-Kunde Sabine (Bestellung: 303-1111222-3333444)",
            "Ich möchte den Artikel zurücksenden, die Farbe passt nicht zu unserem Sofa. "
            "Wie bekomme ich ein Rücksendeetikett?",
            buyer("303-1111222-3333444", "DE", "de", R),
            buyer="Sabine",
            local="s4b1n3q2w1e0r9t",
            order_id="303-1111222-3333444",
            cte="base64",
            template_lang="de",
        ),
        Case(
            "de_damaged",
            "DE",
            "Anfrage von Amazon-Kunde Lukas (Bestellung: 304-5656565-7878787)",
            "Die Lampe ist heute angekommen, aber der Schirm ist beschädigt und eingedrückt.",
            buyer("304-5656565-7878787", "DE", "de", D),
            buyer="Lukas",
            local="l0k4s1q2w3e4r5t",
            order_id="304-5656565-7878787",
            template_lang="de",
        ),
        Case(
            "de_cancel_latin1_qp",
            "DE",
            "Anfrage von Amazon-Kunde Martina (Bestellung: 305-8765432-1098765)",
            "Bitte stornieren Sie meine Bestellung, ich habe mich in der Größe geirrt.",
            buyer("305-8765432-1098765", "DE", "de", C),
            buyer="Martina",
            local="m4rt1n4q2w3e4r5",
            order_id="305-8765432-1098765",
            layout="old",
            charset="iso-8859-15",
            cte="quoted-printable",
        ),
        Case(
            "de_address_change",
            "DE",
            "Anfrage von Amazon-Kunde Felix (Bestellung: 306-2020202-3030303)",
            "Kann ich die Lieferadresse noch ändern? Ich bin nächste Woche nicht zu Hause.",
            buyer("306-2020202-3030303", "DE", "de", A),
            buyer="Felix",
            local="f3l1xq2w3e4r5t6",
            order_id="306-2020202-3030303",
            template_lang="de",
        ),
        Case(
            "de_presale_product",
            "DE",
            "Anfrage zu Produktdetails von Amazon-Kunde Hannah",
            "Hallo, passt der Bezug auch auf ein Kissen mit 50 x 50 cm? Aus welchem Material ist er?",
            buyer(None, "DE", "de", P),
            buyer="Hannah",
            local="h4nn4hq2w3e4r5t",
            template_lang="de",
            layout="current-html-only",
        ),
        # ---------------------------------------------------------------- French
        Case(
            "fr_wismo_current",
            "FR",
            "Demande de renseignements sur la livraison de la commande de la part du client Amazon "
            "Camille (Commande : 171-2345678-9012345)",
            "Bonjour, je n'ai toujours pas reçu ma commande passée il y a dix jours. "
            "Pouvez-vous me donner le numéro de suivi ?\n\nCordialement,\nCamille",
            buyer("171-2345678-9012345", "FR", "fr", W, buyer_name="Camille"),
            buyer="Camille",
            local="c4m1ll3q2w3e4r5",
            order_id="171-2345678-9012345",
            template_lang="fr",
        ),
        Case(
            "fr_wismo_cp1252_8bit",
            "FR",
            "Demande de renseignements de la part du client Amazon Théo (Commande : 402-1234123-4123412)",
            "Bonjour, où en est ma commande ? Le suivi n’a pas bougé depuis lundi et j’attends "
            "toujours le colis. Merci d’avance.",
            buyer("402-1234123-4123412", "FR", "fr", W, buyer_name="Théo"),
            buyer="Théo",
            local="th30q2w3e4r5t6y",
            order_id="402-1234123-4123412",
            layout="old",
            charset="windows-1252",
            cte="8bit",
        ),
        Case(
            "fr_return",
            "FR",
            "Demande de renseignements de la part du client Amazon Léa (Commande : 403-5555666-7777888)",
            "Je souhaite retourner l'article, il ne correspond pas à la description. "
            "Comment obtenir un remboursement ?",
            buyer("403-5555666-7777888", "FR", "fr", R),
            buyer="Léa",
            local="l3aq2w3e4r5t6y7",
            order_id="403-5555666-7777888",
            template_lang="fr",
            cte="base64",
        ),
        Case(
            "fr_damaged",
            "FR",
            "Demande de renseignements de la part du client Amazon Hugo (Commande : 404-1212343-5656787)",
            "Le colis est arrivé abîmé et le vase est cassé. Que dois-je faire ?",
            buyer("404-1212343-5656787", "FR", "fr", D),
            buyer="Hugo",
            local="hug0q2w3e4r5t6y",
            order_id="404-1212343-5656787",
            template_lang="fr",
        ),
        Case(
            "fr_cancel_latin1",
            "FR",
            "Demande de renseignements de la part du client Amazon Inès (Commande : 405-9090909-1212121)",
            "Bonjour, je voudrais annuler ma commande, je me suis trompé de modèle. Merci.",
            buyer("405-9090909-1212121", "FR", "fr", C),
            buyer="Inès",
            local="1n3sq2w3e4r5t6y",
            order_id="405-9090909-1212121",
            layout="old",
            charset="iso-8859-1",
            cte="quoted-printable",
        ),
        Case(
            "fr_ca_address_change",
            "CA",
            "Demande de renseignements de la part du client Amazon Julie (Commande : 701-3434343-5656565)",
            "Bonjour, est-il possible de modifier l'adresse de livraison ? J'ai déménagé hier.",
            buyer("701-3434343-5656565", "CA", "fr", A),
            buyer="Julie",
            local="ju1i3q2w3e4r5t6",
            order_id="701-3434343-5656565",
            layout="old",
        ),
        # ---------------------------------------------------------------- Spanish
        Case(
            "es_wismo_b64",
            "ES",
            "Consulta sobre la entrega del pedido del cliente de Amazon Lucía (Pedido: 405-1234567-8901234)",
            "Hola, todavía no he recibido mi pedido y ya han pasado diez días. ¿Dónde está mi "
            "paquete? Gracias.",
            buyer("405-1234567-8901234", "ES", "es", W, buyer_name="Lucía"),
            buyer="Lucía",
            local="luc14q2w3e4r5t6",
            order_id="405-1234567-8901234",
            template_lang="es",
            cte="base64",
        ),
        Case(
            "es_wismo_latin9_qp",
            "ES",
            "Consulta del cliente de Amazon Álvaro (Pedido: 406-3216549-8527419)",
            "Buenos días, ¿cuándo llegará mi pedido? El seguimiento no se actualiza desde el "
            "martes y sigo esperando.",
            buyer("406-3216549-8527419", "ES", "es", W, buyer_name="Álvaro"),
            buyer="Álvaro",
            local="4lv4r0q2w3e4r5t",
            order_id="406-3216549-8527419",
            layout="old",
            charset="iso-8859-15",
            cte="quoted-printable",
        ),
        Case(
            "es_return",
            "ES",
            "Consulta del cliente de Amazon Marta (Pedido: 407-1472583-6914725)",
            "Quiero devolver el producto porque no me gusta el color. ¿Cómo solicito el reembolso?",
            buyer("407-1472583-6914725", "ES", "es", R),
            buyer="Marta",
            local="m4rt4q2w3e4r5t6",
            order_id="407-1472583-6914725",
            template_lang="es",
        ),
        Case(
            "es_address_change",
            "ES",
            "Consulta del cliente de Amazon Pablo (Pedido: 408-2583691-4702581)",
            "Hola, ¿puedo cambiar la dirección de envío? Me equivoqué con el número del piso.",
            buyer("408-2583691-4702581", "ES", "es", A),
            buyer="Pablo",
            local="p4bl0q2w3e4r5t6",
            order_id="408-2583691-4702581",
            template_lang="es",
        ),
        Case(
            "es_damaged",
            "ES",
            "Consulta del cliente de Amazon Carmen (Pedido: 409-3692581-4703692)",
            "El jarrón llegó roto, la caja estaba dañada. ¿Me pueden enviar otro?",
            buyer("409-3692581-4703692", "ES", "es", D),
            buyer="Carmen",
            local="c4rm3nq2w3e4r5t",
            order_id="409-3692581-4703692",
            layout="old",
        ),
        Case(
            "es_mx_presale_product",
            "MX",
            "Consulta sobre detalles del producto del cliente de Amazon Diego",
            "¿Esta funda es compatible con un cojín de 50 cm? ¿De qué material es?",
            buyer(None, "MX", "es", P),
            buyer="Diego",
            local="d13g0q2w3e4r5t6",
            template_lang="es",
        ),
        # ---------------------------------------------------------------- Italian
        Case(
            "it_wismo_current",
            "IT",
            "Richiesta sulla consegna dell'ordine dal cliente Amazon Giulia (Ordine: 171-5432109-8765432)",
            "Buongiorno, il mio ordine non è ancora arrivato. Potete darmi il numero di "
            "tracciamento?\n\nGrazie,\nGiulia",
            buyer("171-5432109-8765432", "IT", "it", W, buyer_name="Giulia"),
            buyer="Giulia",
            local="g1u114q2w3e4r5t",
            order_id="171-5432109-8765432",
            template_lang="it",
        ),
        Case(
            "it_wismo_latin1_qp",
            "IT",
            "Richiesta dal cliente Amazon Niccolò (Ordine: 408-7418529-6307418)",
            "Salve, non ho ancora ricevuto il pacco. Quando arriverà? Sto ancora aspettando.",
            buyer("408-7418529-6307418", "IT", "it", W, buyer_name="Niccolò"),
            buyer="Niccolò",
            local="n1cc0l0q2w3e4r5",
            order_id="408-7418529-6307418",
            layout="old",
            charset="iso-8859-1",
            cte="quoted-printable",
        ),
        Case(
            "it_return",
            "IT",
            "Richiesta dal cliente Amazon Francesca (Ordine: 409-8529637-4108529)",
            "Vorrei restituire l'articolo e ricevere il rimborso, la taglia è troppo piccola.",
            buyer("409-8529637-4108529", "IT", "it", R),
            buyer="Francesca",
            local="fr4nc3q2w3e4r5t",
            order_id="409-8529637-4108529",
            template_lang="it",
        ),
        Case(
            "it_cancel",
            "IT",
            "Richiesta dal cliente Amazon Matteo (Ordine: 410-9630741-5209630)",
            "Buongiorno, vorrei annullare l'ordine perché l'ho trovato altrove. Grazie.",
            buyer("410-9630741-5209630", "IT", "it", C),
            buyer="Matteo",
            local="m4tt30q2w3e4r5t",
            order_id="410-9630741-5209630",
            layout="old",
        ),
        Case(
            "it_damaged_b64",
            "IT",
            "Richiesta dal cliente Amazon Chiara (Ordine: 411-1357924-6801357)",
            "Il prodotto è arrivato danneggiato: la lampada è rotta. Cosa posso fare?",
            buyer("411-1357924-6801357", "IT", "it", D),
            buyer="Chiara",
            local="ch14r4q2w3e4r5t",
            order_id="411-1357924-6801357",
            cte="base64",
            template_lang="it",
        ),
        Case(
            "it_presale_product",
            "IT",
            "Richiesta sui dettagli del prodotto dal cliente Amazon Paolo",
            "Salve, questa federa è compatibile con un cuscino 50x50? Di che materiale è?",
            buyer(None, "IT", "it", P),
            buyer="Paolo",
            local="p40l0q2w3e4r5t6",
            template_lang="it",
        ),
        # ---------------------------------------------------------------- Japanese
        Case(
            "ja_wismo_sjis_b64",
            "JP",
            "注文の配送に関するお問い合わせ (注文: 503-1234567-8901234)",
            "注文した商品がまだ届いていません。配送状況を教えていただけますか。",
            buyer("503-1234567-8901234", "JP", "ja", W, buyer_name="山田"),
            buyer="山田",
            local="y4m4d4q2w3e4r5t",
            order_id="503-1234567-8901234",
            charset="shift_jis",
            cte="base64",
            template_lang="ja",
        ),
        Case(
            "ja_wismo_iso2022jp_7bit",
            "JP",
            "お問い合わせ (注文: 503-7654321-0987654)",
            "商品はいつ届きますか？追跡番号を教えてください。",
            buyer("503-7654321-0987654", "JP", "ja", W),
            buyer="佐藤",
            local="s4t0q2w3e4r5t6y",
            order_id="503-7654321-0987654",
            layout="old",
            charset="iso-2022-jp",
            cte="7bit",
        ),
        Case(
            "ja_return_sjis",
            "JP",
            "返品に関するお問い合わせ (注文: 503-1122334-5566778)",
            "サイズが合わなかったので返品したいです。返金はどうなりますか。",
            buyer("503-1122334-5566778", "JP", "ja", R),
            buyer="鈴木",
            local="suzuk1q2w3e4r5t",
            order_id="503-1122334-5566778",
            charset="shift_jis",
            cte="quoted-printable",
            template_lang="ja",
        ),
        # ---------------------------------------------------------------- old HTML layout
        Case(
            "en_us_old_markers_html",
            "US",
            "Order delivery inquiry from Amazon customer Nora (Order: 115-2233445-5667788)",
            "Hello, my package was supposed to arrive on Monday & it's not here yet. "
            "Can you check the status of my order?",
            buyer("115-2233445-5667788", "US", "en", W, body_contains="Monday & it's"),
            buyer="Nora",
            local="n0r4q2w3e4r5t6y",
            order_id="115-2233445-5667788",
            layout="old-html",
        ),
    ]


# ------------------------------------------------------------------ forwards, system, other


def forwarded_mails() -> dict[str, tuple[bytes, dict[str, object]]]:
    out: dict[str, tuple[bytes, dict[str, object]]] = {}
    inner_case = Case(
        "fwd_inner",
        "DE",
        "Anfrage von Amazon-Kunde Jonas (Bestellung: 028-1234567-8901234)",
        "Hallo, wo ist meine Bestellung? Sie ist immer noch nicht da.",
        {},
        buyer="Jonas",
        local="d3j0n4s5b6v7c8x",
        order_id="028-1234567-8901234",
    )
    gmail = (
        "---------- Forwarded message ---------\n"
        f"From: Jonas - Amazon Marketplace <{inner_case.alias}>\n"
        "Date: Mon, Nov 2, 2026 at 8:10 AM\n"
        f"Subject: {inner_case.subject}\n"
        f"To: <{SHOP}>\n\n\n" + old_markers(inner_case)
    )
    out["fwd_gmail_inline_de"] = (
        envelope(
            [
                ("From", "Support Team <team@brightwater-home.example>"),
                ("To", SHOP),
                ("Subject", "Fwd: " + inner_case.subject),
                ("Date", "Mon, 02 Nov 2026 10:02:11 +0100"),
                ("Message-ID", "<CAF=fwd1@mail.gmail.com>"),
            ],
            part(gmail, "plain", "utf-8", "quoted-printable"),
        ),
        buyer(
            "028-1234567-8901234",
            "DE",
            "de",
            W,
            buyer_name="Jonas",
            sent_at="2026-11-02T08:10:00+01:00",
        ),
    )
    inner_en = Case(
        "fwd_attached",
        "UK",
        "Order delivery enquiry from Amazon customer Harriet (Order: 202-1234567-8901234)",
        "Hello, my order has not arrived yet. Could you send me the tracking number?",
        {},
        buyer="Harriet",
        local="qw2smy2gutcr61k",
        order_id="202-1234567-8901234",
    )
    attached = multipart(
        "mixed",
        [
            part(
                "FYI, see the buyer's message below. Can someone take this one?\n-- Sam",
                "plain",
                "utf-8",
                "7bit",
            ),
            b"Content-Type: message/rfc822\r\nContent-Disposition: inline\r\n\r\n"
            + buyer_mail(inner_en),
        ],
        "=_fwd_attached",
    )
    out["fwd_rfc822_attached_uk"] = (
        envelope(
            [
                ("From", "Sam <sam@brightwater-home.example>"),
                ("To", SHOP),
                ("Subject", "FW: " + inner_en.subject),
                ("Date", "Mon, 02 Nov 2026 11:30:00 +0000"),
                ("Message-ID", "<fwd-attached-1@brightwater-home.example>"),
            ],
            attached,
        ),
        buyer(
            "202-1234567-8901234",
            "UK",
            "en",
            W,
            buyer_name="Harriet",
            message_id="<0100019a" + inner_en.msg_ref + ".fwd_attached@email.amazonses.com>",
        ),
    )
    inner_fr = Case(
        "fwd_outlook",
        "FR",
        "Demande de renseignements de la part du client Amazon Camille (Commande : 171-2345678-9012346)",
        "Bonjour, je n'ai toujours pas reçu le colis. Merci de vérifier le suivi.",
        {},
        buyer="Camille",
        local="c4m1ll3q2w3e4r5",
        order_id="171-2345678-9012346",
        template_lang="fr",
    )
    outlook = (
        "<html><body><div>Voir ci-dessous.</div><hr>"
        f"<div><b>From:</b> Camille - Amazon Marketplace &lt;{inner_fr.alias}&gt;<br>"
        "<b>Sent:</b> Monday, November 2, 2026 9:14 AM<br>"
        f"<b>To:</b> {SHOP}<br><b>Subject:</b> {html.escape(inner_fr.subject)}</div><br>"
        + current_html(inner_fr).split("<body>", 1)[1]
    )
    out["fwd_outlook_html_only_fr"] = (
        envelope(
            [
                ("From", "Support <support@brightwater-home.example>"),
                ("To", "team@brightwater-home.example"),
                ("Subject", "TR: " + inner_fr.subject),
                ("Date", "Mon, 02 Nov 2026 10:00:00 +0100"),
                ("Message-ID", "<fwd-outlook-1@brightwater-home.example>"),
            ],
            part(outlook, "html", "utf-8", "base64"),
        ),
        buyer("171-2345678-9012346", "FR", "fr", W, buyer_name="Camille"),
    )
    grouped = Case(
        "group_rewrite",
        "US",
        "Order delivery inquiry from Amazon customer Anna (Order: 112-4040404-5050505)",
        "Hi, my order still hasn't arrived. Can you check where it is?",
        {},
        buyer="Anna",
        local="a1b2c3d4e5f6g7h",
        case_id="77aa01bc",
        order_id="112-4040404-5050505",
    )
    raw = buyer_mail(grouped).replace(
        f"From: Anna - Amazon Marketplace <{grouped.alias}>".encode(),
        b"From: 'Anna - Amazon Marketplace' via Support <support@brightwater-home.example>\r\n"
        + f"Reply-To: Anna - Amazon Marketplace <{grouped.alias}>\r\n".encode()
        + f"X-Original-From: Anna - Amazon Marketplace <{grouped.alias}>".encode(),
    )
    out["group_rewrote_from_reply_to_alias"] = (
        raw,
        buyer("112-4040404-5050505", "US", "en", W, buyer_name="Anna", alias_case="77aa01bc"),
    )
    return out


def system(kind: str, order: str | None, market: str | None, lang: str | None) -> dict[str, object]:
    return {
        "kind": "system",
        "system_kind": kind,
        "order_id": order,
        "marketplace": market,
        "language": lang,
        "intent": None,
    }


def other(order: str | None = None, **more: object) -> dict[str, object]:
    return {
        "kind": "other",
        "order_id": order,
        "marketplace": None,
        "language": None,
        "intent": None,
        **more,
    }


def system_mails() -> dict[str, tuple[bytes, dict[str, object]]]:
    def simple(
        sender: str,
        subject: str,
        text: str,
        msgid: str,
        charset: str = "utf-8",
        cte: str = "quoted-printable",
        subtype: str = "plain",
    ) -> bytes:
        return envelope(
            [
                ("From", sender),
                ("To", SHOP),
                ("Subject", encoded_header(subject)),
                ("Date", "Tue, 03 Nov 2026 07:45:00 +0000"),
                ("Message-ID", msgid),
            ],
            part(text, subtype, charset, cte),
        )

    out = {
        "sys_opt_out_bounce_us": (
            simple(
                '"Amazon Seller Notification" <donotreply@amazon.com>',
                "Your message was not delivered: buyer has opted out (Order: 114-5652017-6650426)",
                "Hello,\n\nThe buyer has chosen to opt out of receiving unsolicited messages. "
                "Your message regarding order 114-5652017-6650426 was not delivered.\n\n"
                "Replies to buyer questions are still delivered.\n",
                "<optout-1@amazon.com>",
            ),
            system("opt_out_bounce", "114-5652017-6650426", "US", "en"),
        ),
        "sys_delivery_failure_de": (
            simple(
                '"Amazon.de" <donotreply@amazon.de>',
                "Nachricht konnte nicht zugestellt werden (Bestellung: 028-1234567-8901234)",
                "Guten Tag,\n\nIhre Nachricht an den Käufer konnte nicht zugestellt werden, da "
                "sie einen nicht zulässigen Link enthält. Bitte entfernen Sie den Link und "
                "senden Sie die Nachricht erneut.\n",
                "<dsn-de-1@amazon.de>",
            ),
            system("delivery_failure", "028-1234567-8901234", "DE", "de"),
        ),
        "sys_delivery_failure_uk": (
            simple(
                '"Amazon Marketplace" <donotreply@amazon.co.uk>',
                "Delivery Failure: your message to an Amazon customer",
                "We were unable to deliver the message you sent to the buyer of order "
                "202-1234567-8901234 because it contained an attachment type we do not accept.",
                "<dsn-uk-1@amazon.co.uk>",
            ),
            system("delivery_failure", "202-1234567-8901234", "UK", "en"),
        ),
        "sys_atoz_claim_uk": (
            simple(
                '"Amazon A-to-z Guarantee" <atoz-guarantee-no-reply@amazon.co.uk>',
                "A-to-z Guarantee claim received for order 203-9988776-5544330",
                "Dear Seller,\n\nA buyer has filed an A-to-z Guarantee claim on order "
                "203-9988776-5544330. Claim reason: item not received. Please respond within "
                "72 hours in Seller Central.\n",
                "<atoz-1@amazon.co.uk>",
            ),
            system("a_to_z_claim", "203-9988776-5544330", "UK", "en"),
        ),
        "sys_return_request_us_html": (
            simple(
                '"Amazon Returns" <return@amazon.com>',
                "Return authorization request for order 113-2468024-6802469",
                "<html><body><p>The buyer has requested a return.</p><table><tr><td>Order ID:</td>"
                "<td>113-2468024-6802469</td></tr><tr><td>Return reason:</td><td>No longer needed"
                "</td></tr></table><p>Please authorize or close this request within 2 business "
                "days.</p></body></html>",
                "<ret-1@amazon.com>",
                subtype="html",
            ),
            system("return_request", "113-2468024-6802469", "US", "en"),
        ),
        "sys_return_request_fr": (
            simple(
                '"Amazon.fr" <retours@amazon.fr>',
                "Demande de retour pour la commande 403-5555666-7777880",
                "Bonjour,\n\nUn client a demandé un retour pour la commande 403-5555666-7777880. "
                "Motif : article non conforme.\n",
                "<ret-fr-1@amazon.fr>",
                charset="iso-8859-1",
            ),
            system("return_request", "403-5555666-7777880", "FR", "fr"),
        ),
        "sys_sent_copy_from_alias": (
            envelope(
                [
                    (
                        "From",
                        "Brightwater Home - Amazon Marketplace <b7h6g5f4d3s2a1q@marketplace.amazon.com>",
                    ),
                    ("To", SHOP),
                    (
                        "Subject",
                        "Copy of your message to Amazon customer Cherri (Order: 171-9876543-2109876)",
                    ),
                    ("Date", "Tue, 03 Nov 2026 08:00:00 +0000"),
                    ("Message-ID", "<copy-1@email.amazonses.com>"),
                ],
                part(
                    "This is a copy of the message you sent.\n\n------------- Begin message "
                    "-------------\n\nHello Cherri, your order is on its way with UPS.\n\n"
                    "------------- End message -------------\n",
                    "plain",
                    "utf-8",
                    "7bit",
                ),
            ),
            # A buyer types any subject: from the relay alias it is the buyer's mail
            # (its card notes the subject imitates a copy), never a notice (round 8, F1).
            buyer("171-9876543-2109876", "US", "en", "other", has_problems=True),
        ),
        "sys_sent_copy_de": (
            simple(
                '"Amazon Seller Central" <donotreply@amazon.de>',
                "Kopie Ihrer Nachricht an Amazon-Kunde Jonas (Bestellung: 028-1234567-8901234)",
                "Dies ist eine Kopie Ihrer Nachricht an den Käufer.\n\nHallo Jonas, Ihr Paket ist "
                "unterwegs.\n",
                "<copy-de-1@amazon.de>",
            ),
            system("sent_copy", "028-1234567-8901234", "DE", "de"),
        ),
        "sys_account_health_other": (
            simple(
                '"Seller Performance" <seller-performance@amazon.com>',
                "Your Account Health rating has changed",
                "Hello,\n\nYour Account Health Rating is now 240. Review the details in "
                "Seller Central.\n",
                "<perf-1@amazon.com>",
            ),
            {**system("other", None, "US", "en"), "has_problems": True},
        ),
        "sys_cs_relay_tracking": (
            simple(
                '"Amazon.com Customer Service" <cs-reply@amazon.com>',
                "Inquiry from Amazon Customer Service",
                "Dear Seller,\n\nWe've been contacted by a customer regarding the order "
                "identified below.\n\nOrder#: 112-5566778-8990011\nItem: Linen cushion cover\n"
                "Reason: Tracking info\nDetails: The customer says the package has not arrived "
                "and the tracking has not moved for a week.\n",
                "<cs-1@amazon.com>",
            ),
            {**system("amazon_cs_contact", "112-5566778-8990011", "US", "en"), "intent": W},
        ),
        "sys_bounce_of_our_reply": (
            envelope(
                [
                    ("From", "Mail Delivery System <MAILER-DAEMON@mx.brightwater-home.example>"),
                    ("To", SHOP),
                    ("Subject", "Undelivered Mail Returned to Sender"),
                    ("Date", "Tue, 03 Nov 2026 09:00:00 +0000"),
                    ("Message-ID", "<bounce-1@mx.brightwater-home.example>"),
                ],
                multipart(
                    "report",
                    [
                        part(
                            "This is the mail system at host mx.brightwater-home.example.\n\n"
                            "I'm sorry to have to inform you that your message could not be "
                            "delivered to one or more recipients.\n\n"
                            "<qw2smy2gutcr61k@marketplace.amazon.com>: host inbound-smtp said: "
                            "550 5.7.1 sender not authorised\n",
                            "plain",
                            "us-ascii",
                            "7bit",
                        ),
                        b"Content-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; "
                        b"mx.brightwater-home.example\r\nFinal-Recipient: rfc822; "
                        b"qw2smy2gutcr61k@marketplace.amazon.com\r\nAction: failed\r\n"
                        b"Status: 5.7.1\r\n",
                    ],
                    "=_report",
                ),
            ),
            system("delivery_failure", None, None, "en"),
        ),
        # ------------------------------------------------ not Amazon at all
        "other_carrier_newsletter": (
            simple(
                '"ParcelWorks News" <news@parcelworks.example>',
                "Our holiday shipping deadlines",
                "Ship by December 18 for delivery before Christmas.",
                "<news-1@parcelworks.example>",
            ),
            other(has_problems=True),
        ),
        "other_lookalike_domain": (
            envelope(
                [
                    ("From", "Anna - Amazon Marketplace <a1b2c3@marketplace-amazon.com.example>"),
                    ("To", SHOP),
                    (
                        "Subject",
                        "Order delivery inquiry from Amazon customer Anna (Order: 111-2222333-4444555)",
                    ),
                    ("Date", "Tue, 03 Nov 2026 09:30:00 +0000"),
                    ("Message-ID", "<phish-1@marketplace-amazon.com.example>"),
                ],
                part(
                    "Where is my order? Please reply with your phone number.",
                    "plain",
                    "utf-8",
                    "7bit",
                ),
            ),
            other("111-2222333-4444555", has_problems=True),
        ),
        "other_colleague": (
            simple(
                "Sam <sam@brightwater-home.example>",
                "Lunch?",
                "Anyone up for lunch at 12:30?",
                "<lunch-1@brightwater-home.example>",
            ),
            other(has_problems=True),
        ),
    }
    return out


WORKER_SAMPLE = HERE.parent.parent / "jobs" / "wismo_en_us.eml"


def worker_sample() -> Case:
    """The buyer mail the worker's simulated-clock test drops into its inbox."""
    return Case(
        "01_wismo_en_us",
        "US",
        "Order delivery inquiry from Amazon customer Megan (Order: 171-9876543-2109876)",
        "Hi, I ordered the linen cushion covers ten days ago and they still haven't arrived. "
        "The delivery estimate was Friday. Could you tell me where my package is?\n\n"
        "Thanks,\nMegan",
        {},
        buyer="Megan",
        local="mq7w2k9d4x1z8cb",
        order_id="171-9876543-2109876",
        date="Mon, 02 Nov 2026 14:05:11 +0000",
    )


def main() -> None:
    expectations: dict[str, dict[str, object]] = {}
    for old in HERE.glob("*.eml"):
        old.unlink()
    for c in cases():
        (HERE / f"{c.name}.eml").write_bytes(buyer_mail(c))
        expectations[f"{c.name}.eml"] = c.expect
    for name, (raw, expect) in {**forwarded_mails(), **system_mails()}.items():
        (HERE / f"{name}.eml").write_bytes(raw)
        expectations[f"{name}.eml"] = expect
    (HERE / "expectations.json").write_text(
        json.dumps(expectations, indent=2, ensure_ascii=False, sort_keys=True) + "\n",
        encoding="utf-8",
    )
    print(f"wrote {len(expectations)} mails to {HERE}")
    WORKER_SAMPLE.write_bytes(buyer_mail(worker_sample()))
    print(f"wrote {WORKER_SAMPLE.name}")


if __name__ == "__main__":
    main()
