# ruff: noqa: E501  (the cases are data: buyer messages are long lines)
"""Writes the ``wismo draft`` mail corpus: relay mails, order and tracking files, expectations.

Run ``.venv/bin/python -m tests.draft.make_mails`` after changing a case; the files are
committed, so the tests never depend on this script.  Every request and scenario of issue
14 appears in every template language (en de fr es it ja nl pl sv tr; Dutch from amazon.nl
and amazon.com.be), and every Amazon layout we read appears at least once per language it
is used in:

- ``current``: the "You have received a message" template, the buyer's words in one ``<pre>``;
- ``old``: the 2016-era plain text between ``Begin message`` / ``End message`` markers;
- ``old-html``: the same era's HTML, markers and text in table cells and paragraphs;
- ``ca``: amazon.ca's bilingual plain text ("Begin message / Début du message");
- ``jp``: amazon.co.jp's plain text in ISO-2022-JP with Japanese markers and footer.

The expected intent, scenario, language and next step are written by hand per case.
"""

from __future__ import annotations

import base64
import html
import json
import quopri
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from email.header import Header
from pathlib import Path

from carriers.model import StatusReason, Tracking, TrackingEvent, TrackingStatus

HERE = Path(__file__).parent
NOW = datetime(2026, 11, 2, 12, 0, tzinfo=UTC)
SHOP = "support@brightwater-home.example"
USPS = "9400111206206406260787"

_DOMAIN = {
    "US": "com",
    "UK": "co.uk",
    "CA": "ca",
    "DE": "de",
    "FR": "fr",
    "ES": "es",
    "IT": "it",
    "MX": "com.mx",
    "JP": "co.jp",
    "NL": "nl",
    "BE": "com.be",
    "PL": "pl",
    "SE": "se",
    "TR": "com.tr",
}
_MARKET_ID = {
    "US": "ATVPDKIKX0DER",
    "UK": "A1F83G8C2ARO7P",
    "CA": "A2EUQ1WTGCTBG2",
    "DE": "A1PA6795UKMFR9",
    "FR": "A13V1IB3VIYZZH",
    "ES": "A1RKKUPIHCS9HS",
    "IT": "APJ6JRA9NG5V4",
    "MX": "A1AM78C64UM0Y8",
    "JP": "A1VC38T7YXB528",
    "NL": "A1805IZSGTT6HS",
    "BE": "AMEN7PMS3EDWL",
    "PL": "A1C3SOZRARQ6R3",
    "SE": "A2NODRKZP88ZB9",
    "TR": "A33AVAJ2PDY3EV",
}
# Headline, order label, item label, footer of the current template per language.
WORDING = {
    "en": (
        "You have received a message.",
        "Order ID",
        "Item",
        "To mark this message as no response needed, click here",
    ),
    "de": (
        "Sie haben eine Nachricht erhalten.",
        "Bestellnummer",
        "Artikel",
        "Um diese Nachricht als „Keine Antwort erforderlich“ zu markieren, klicken Sie hier",
    ),
    "fr": (
        "Vous avez reçu un message.",
        "Numéro de commande",
        "Article",
        "Pour marquer ce message comme ne nécessitant pas de réponse, cliquez ici",
    ),
    "es": (
        "Has recibido un mensaje.",
        "Número de pedido",
        "Artículo",
        "Para marcar este mensaje como que no necesita respuesta, haz clic aquí",
    ),
    "it": (
        "Hai ricevuto un messaggio.",
        "Numero ordine",
        "Articolo",
        "Per contrassegnare questo messaggio come senza risposta necessaria, fai clic qui",
    ),
    "ja": (
        "メッセージが届きました。",
        "注文番号",
        "商品",
        "お問い合わせへの返信が不要な場合は、こちらをクリックしてください",
    ),
    "nl": (
        "Je hebt een bericht ontvangen.",
        "Bestelnummer",
        "Artikel",
        "Klik hier om dit bericht te markeren als geen reactie nodig",
    ),
    "pl": (
        "Otrzymano wiadomość.",
        "Numer zamówienia",
        "Produkt",
        "Aby oznaczyć tę wiadomość jako niewymagającą odpowiedzi, kliknij tutaj",
    ),
    "sv": (
        "Du har fått ett meddelande.",
        "Ordernummer",
        "Artikel",
        "Klicka här för att markera meddelandet som inget svar behövs",
    ),
    "tr": (
        "Bir mesaj aldınız.",
        "Sipariş numarası",
        "Ürün",
        "Bu mesajı yanıt gerekmiyor olarak işaretlemek için buraya tıklayın",
    ),
}
SUBJECT = {
    "en": "Inquiry from Amazon customer {name} (Order: {order})",
    "de": "Anfrage von Amazon-Kunde {name} (Bestellung: {order})",
    "fr": "Demande de renseignements de la part du client Amazon {name} (Commande : {order})",
    "es": "Consulta del cliente de Amazon {name} (Pedido: {order})",
    "it": "Richiesta dal cliente Amazon {name} (Ordine: {order})",
    "ja": "Amazon のお客様 {name} からのお問い合わせ (注文: {order})",
    "nl": "Vraag van Amazon-klant {name} (Bestelling: {order})",
    "pl": "Zapytanie od klienta Amazon {name} (Zamówienie: {order})",
    "sv": "Förfrågan från Amazon-kunden {name} (Order: {order})",
    "tr": "Amazon müşterisi {name} tarafından gönderilen soru (Sipariş: {order})",
}
SUBJECT_NO_ORDER = {
    "en": "Product details inquiry from Amazon customer {name}",
    "de": "Anfrage zu Produktdetails von Amazon-Kunde {name}",
    "fr": "Demande de détails sur le produit de la part du client Amazon {name}",
    "es": "Consulta sobre detalles del producto del cliente de Amazon {name}",
    "it": "Richiesta di dettagli sul prodotto dal cliente Amazon {name}",
    "ja": "Amazon のお客様 {name} からの商品の詳細に関するお問い合わせ",
    "nl": "Vraag over productdetails van Amazon-klant {name}",
    "pl": "Pytanie o szczegóły produktu od klienta Amazon {name}",
    "sv": "Fråga om produktinformation från Amazon-kunden {name}",
    "tr": "Amazon müşterisi {name} tarafından gönderilen ürün ayrıntıları sorusu",
}

# --------------------------------------------------------------------------- orders


def _window(start: datetime, end: datetime) -> dict[str, str]:
    return {
        "earliestDateTime": start.isoformat().replace("+00:00", "Z"),
        "latestDateTime": end.isoformat().replace("+00:00", "Z"),
    }


def order_body(
    order_id: str,
    status: str,
    *,
    ship_by: timedelta,
    packages: bool,
    fulfilled_by: str = "MERCHANT",
) -> dict[str, object]:
    order: dict[str, object] = {
        "orderId": order_id,
        "createdTime": (NOW - timedelta(days=4)).isoformat().replace("+00:00", "Z"),
        "salesChannel": {"channelName": "AMAZON", "marketplaceId": "ATVPDKIKX0DER"},
        "fulfillment": {
            "fulfillmentStatus": status,
            "fulfilledBy": fulfilled_by,
            "fulfillmentServiceLevel": "STANDARD",
            "shipByWindow": _window(NOW + ship_by - timedelta(days=1), NOW + ship_by),
            "deliverByWindow": _window(
                NOW + ship_by + timedelta(days=2), NOW + ship_by + timedelta(days=5)
            ),
        },
        "orderItems": [
            {
                "orderItemId": "1",
                "quantityOrdered": 1,
                "product": {"title": "Linen cushion cover, sage green, 45 x 45 cm"},
            }
        ],
    }
    if packages:
        order["packages"] = [
            {
                "packageReferenceId": "1",
                "packageStatus": {"status": "IN_TRANSIT", "detailedStatus": "IN_TRANSIT"},
                "carrier": "USPS",
                "shipTime": (NOW - timedelta(days=3)).isoformat().replace("+00:00", "Z"),
                "shippingService": "USPS Ground Advantage",
                "trackingNumber": USPS,
            }
        ]
    return {"order": order}


ORDERS = {
    "shipped": ("113-4021576-2000001", "SHIPPED", timedelta(days=-3), True),
    "unshipped": ("113-4021576-2000002", "UNSHIPPED", timedelta(days=1), False),
    "late": ("113-4021576-2000003", "UNSHIPPED", timedelta(days=-2), False),
}


def tracking(status: TrackingStatus, reason: StatusReason | None, text: str) -> Tracking:
    return Tracking(
        carrier="usps",
        number=USPS,
        status=status,
        reason=reason,
        fetched_at=NOW,
        status_text=text,
        # a date the carrier still shows: an address problem's reply must not repeat it
        estimated_delivery=date(2026, 11, 4),
        last_event=TrackingEvent(NOW - timedelta(hours=6), text, "Memphis, TN"),
        tracking_url=f"https://tools.usps.com/go/TrackConfirmAction?tLabels={USPS}",
    )


TRACKINGS = {
    "in_transit": tracking(TrackingStatus.IN_TRANSIT, None, "In Transit to Next Facility"),
    "address": tracking(
        TrackingStatus.EXCEPTION, StatusReason.ADDRESS_ISSUE, "Undeliverable as Addressed"
    ),
    "customs": tracking(TrackingStatus.IN_TRANSIT, StatusReason.CUSTOMS, "Held in Customs"),
    "lost": tracking(TrackingStatus.EXCEPTION, StatusReason.LOST, "Missing Mail Search Completed"),
    "damaged": tracking(
        TrackingStatus.EXCEPTION, StatusReason.DAMAGED, "Damaged, Return to Sender in Process"
    ),
    "held": tracking(
        TrackingStatus.EXCEPTION, StatusReason.HELD, "Held at Post Office, At Customer Request"
    ),
}

# --------------------------------------------------------------------------- buyer texts
# (intent, texts per language), written for this corpus; none comes from a real buyer.

TEXTS: dict[str, dict[str, str]] = {
    "wismo": {
        "en": "Hi, my order hasn't arrived yet and the tracking hasn't moved in days. Where is it?",
        "de": "Hallo, meine Bestellung ist noch nicht angekommen. Wo bleibt das Paket?",
        "fr": "Bonjour, je n'ai toujours pas reçu mon colis. Où en est la livraison ?",
        "es": "Hola, mi pedido todavía no ha llegado. ¿Dónde está el paquete?",
        "it": "Buongiorno, il pacco non è ancora arrivato. Dov'è il mio ordine?",
        "ja": "注文した商品がまだ届いていません。いつ届きますか？",
        "nl": "Hallo, mijn bestelling is nog steeds niet aangekomen. Waar blijft het pakket?",
        "pl": "Dzień dobry, zamówienie wciąż nie dotarło. Gdzie jest paczka?",
        "sv": "Hej, min beställning har fortfarande inte kommit. Var är paketet?",
        "tr": "Merhaba, siparişim hâlâ gelmedi. Kargom nerede?",
    },
    "followup": {
        "en": "still nothing?? the label was created three days ago, where is it?",
        "de": "Immer noch nichts?? Das Label wurde vor drei Tagen erstellt, wo bleibt das Paket?",
        "fr": "Toujours rien ?? L'étiquette a été créée il y a trois jours, où est le colis ?",
        "es": "¿¿Sigo sin nada?? La etiqueta se creó hace tres días, ¿dónde está el paquete?",
        "it": "Ancora niente?? L'etichetta è stata creata tre giorni fa, dov'è il pacco?",
        "ja": "まだですか？？3日前にラベルが作成されたのに、まだ届きません。",
        "nl": "Nog steeds niets?? Het label is drie dagen geleden aangemaakt, waar blijft het pakket?",
        "pl": "Nadal nic?? Etykieta została utworzona trzy dni temu, gdzie jest paczka?",
        "sv": "Fortfarande inget?? Etiketten skapades för tre dagar sedan, var är paketet?",
        "tr": "Hâlâ bir şey yok mu?? Etiket üç gün önce oluşturuldu, kargo nerede?",
    },
    "cancel": {
        "en": "Please cancel my order, I ordered the wrong one by mistake. Thanks",
        "de": "Bitte stornieren Sie meine Bestellung, ich habe mich vertan.",
        "fr": "Merci d'annuler ma commande, je me suis trompé d'article.",
        "es": "Por favor, cancelen mi pedido, me equivoqué al pedirlo.",
        "it": "Per favore annullate il mio ordine, ho sbagliato articolo.",
        "ja": "間違えて注文したのでキャンセルをお願いします。",
        "nl": "Wilt u mijn bestelling annuleren? Ik heb per ongeluk het verkeerde artikel besteld.",
        "pl": "Proszę anulować moje zamówienie, zamówiłem przez pomyłkę.",
        "sv": "Kan ni avbryta min beställning? Jag beställde fel av misstag.",
        "tr": "Lütfen siparişimi iptal edin, yanlışlıkla sipariş verdim.",
    },
    "return": {
        "en": "How do I return this? It's too small for our sofa.",
        "de": "Wie kann ich den Artikel zurückschicken? Er passt leider nicht.",
        "fr": "Comment puis-je retourner cet article ? La taille ne convient pas.",
        "es": "¿Cómo puedo devolver el artículo? No me vale la talla.",
        "it": "Come posso restituire l'articolo? La misura non va bene.",
        "ja": "サイズが合わないので返品したいです。手続きを教えてください。",
        "nl": "Hoe kan ik dit artikel retourneren? Het past helaas niet.",
        "pl": "Jak mogę zwrócić ten produkt? Niestety nie pasuje.",
        "sv": "Hur returnerar jag varan? Den passar tyvärr inte.",
        "tr": "Bu ürünü nasıl iade edebilirim? Maalesef olmadı.",
    },
    "damaged": {
        "en": "The cushion cover arrived torn along the seam and the box was crushed.",
        "de": "Der Kissenbezug ist beschädigt angekommen, die Naht ist aufgerissen.",
        "fr": "La housse est arrivée abîmée, la couture est déchirée.",
        "es": "La funda llegó dañada, la costura está rota.",
        "it": "La federa è arrivata danneggiata, la cucitura è strappata.",
        "ja": "クッションカバーが破損していました。縫い目が裂けています。",
        "nl": "Het kussenhoes is beschadigd aangekomen, de naad is gescheurd.",
        "pl": "Poszewka przyszła uszkodzona, szew jest rozdarty.",
        "sv": "Kuddfodralet kom skadat, sömmen har gått upp.",
        "tr": "Yastık kılıfı hasarlı geldi, dikişi yırtık.",
    },
    "invoice": {
        "en": "Could I get an invoice with VAT for this order please? It's for my company.",
        "de": "Bitte senden Sie mir eine Rechnung mit ausgewiesener MwSt. für meine Firma.",
        "fr": "Pouvez-vous m'envoyer une facture avec TVA pour mon entreprise ?",
        "es": "¿Me pueden enviar la factura con IVA para mi empresa?",
        "it": "Mi potete mandare la fattura con IVA per la mia azienda?",
        "ja": "会社宛ての領収書を発行してください。",
        "nl": "Kunt u mij een factuur met btw sturen voor mijn bedrijf?",
        "pl": "Proszę o fakturę VAT na moją firmę.",
        "sv": "Kan ni skicka en faktura med moms till mitt företag?",
        "tr": "Şirketim için KDV'li fatura gönderebilir misiniz?",
    },
    "address": {
        "en": "I need to change my shipping address, I typed the wrong zip code.",
        "de": "Ich muss die Lieferadresse ändern, die Postleitzahl ist falsch.",
        "fr": "Je dois changer l'adresse de livraison, le code postal est faux.",
        "es": "Necesito cambiar la dirección de envío, el código postal está mal.",
        "it": "Devo cambiare l'indirizzo di spedizione, il CAP è sbagliato.",
        "ja": "お届け先の住所を変更したいです。郵便番号が間違っていました。",
        "nl": "Ik moet het bezorgadres wijzigen, de postcode klopt niet.",
        "pl": "Muszę zmienić adres dostawy, kod pocztowy jest błędny.",
        "sv": "Jag behöver ändra leveransadressen, postnumret är fel.",
        "tr": "Teslimat adresini değiştirmem gerekiyor, posta kodu yanlış.",
    },
    "thanks": {
        "en": "Got it today, thank you very much!",
        "de": "Vielen Dank, alles angekommen!",
        "fr": "Colis reçu aujourd'hui, merci beaucoup.",
        "es": "Ha llegado hoy, muchas gracias.",
        "it": "Arrivato oggi, grazie mille.",
        "ja": "商品を受け取りました。ありがとうございます。",
        "nl": "Vandaag ontvangen, hartelijk bedankt!",
        "pl": "Paczka dotarła dzisiaj, bardzo dziękuję!",
        "sv": "Paketet kom idag, tack så mycket!",
        "tr": "Bugün teslim aldım, çok teşekkürler!",
    },
    "product": {
        "en": "Is this cover machine washable? What are the dimensions?",
        "de": "Ist der Bezug waschbar? Welche Maße hat er genau?",
        "fr": "Cette housse passe-t-elle en machine ? Quelles sont les dimensions ?",
        "es": "¿Se puede lavar a máquina? ¿Cuáles son las medidas?",
        "it": "La federa si può lavare in lavatrice? Quali sono le misure?",
        "ja": "洗濯機で洗えますか？サイズを教えてください。",
        "nl": "Is deze hoes wasbaar in de wasmachine? Wat zijn de afmetingen?",
        "pl": "Czy poszewkę można prać w pralce? Jakie są wymiary?",
        "sv": "Går fodralet att tvätta i maskin? Vilka mått har det?",
        "tr": "Bu kılıf makinede yıkanabilir mi? Ölçüleri nedir?",
    },
    "other": {
        "en": "Hello, can you gift wrap it?",
        "de": "Hallo, können Sie es als Geschenk verpacken?",
        "fr": "Bonjour, pouvez-vous faire un paquet cadeau ?",
        "es": "Hola, ¿pueden envolverlo para regalo?",
        "it": "Buongiorno, potete fare un pacchetto regalo?",
        "ja": "ギフト包装はできますか？",
        "nl": "Hallo, kunt u het als cadeau inpakken?",
        "pl": "Dzień dobry, czy mogą Państwo zapakować to na prezent?",
        "sv": "Hej, kan ni slå in den som present?",
        "tr": "Merhaba, hediye paketi yapabilir misiniz?",
    },
}
INTENT = {
    "wismo": "where_is_my_order",
    "followup": "where_is_my_order",
    "cancel": "cancel",
    "return": "return",
    "damaged": "damaged_or_wrong",
    "invoice": "invoice",
    "address": "address_change",
    "thanks": "thanks",
    "product": "product_question",
    "other": "other",
}

# (label, text key, order fixture, tracking fixture, scenario, next step, photo)
PLAN = [
    ("in_transit", "wismo", "shipped", "in_transit", "in_transit", "send_reply"),
    ("follow_up", "followup", "shipped", "in_transit", "in_transit", "send_reply"),
    ("exception_address", "wismo", "shipped", "address", "exception_address", "send_reply"),
    ("exception_customs", "wismo", "shipped", "customs", "exception_customs", "send_reply"),
    ("lost", "wismo", "shipped", "lost", "lost_reship", "agent_action_then_reply"),
    (
        "damaged_in_transit",
        "wismo",
        "shipped",
        "damaged",
        "exception_damaged",
        "agent_action_then_reply",
    ),
    ("held", "wismo", "shipped", "held", "exception_held", "send_reply"),
    ("late", "wismo", "late", None, "not_shipped_late", "agent_action_then_reply"),
    (
        "cancel_unshipped",
        "cancel",
        "unshipped",
        None,
        "cancel_unshipped",
        "agent_action_then_reply",
    ),
    ("cancel_shipped", "cancel", "shipped", "in_transit", "cancel_shipped", "send_reply"),
    ("return", "return", "shipped", "in_transit", "return", "send_reply"),
    ("damaged", "damaged", "shipped", "in_transit", "damaged_or_wrong", "send_reply"),
    ("damaged_photo", "damaged", "shipped", "in_transit", "damaged_or_wrong", "send_reply"),
    ("invoice", "invoice", "shipped", None, "invoice", "send_reply"),
    ("address_unshipped", "address", "unshipped", None, "address_change_unshipped", "send_reply"),
    ("address_shipped", "address", "shipped", "in_transit", "address_change_shipped", "send_reply"),
    ("thanks", "thanks", "shipped", None, "thanks", "no_response_needed"),
    ("product", "product", None, None, "product_question", "agent_writes"),
    ("other", "other", "shipped", None, "acknowledge", "send_reply"),
]

# Which layouts each language's mails come in (the plan is spread over them in turn).
LAYOUTS = {
    "en": [("current", "US"), ("old", "UK"), ("ca", "CA"), ("old-html", "US")],
    "de": [("current", "DE"), ("old-html", "DE"), ("old", "DE")],
    "fr": [("current", "FR"), ("ca", "CA"), ("old-html", "FR")],
    "es": [("current", "ES"), ("old", "MX"), ("old-html", "ES")],
    "it": [("current", "IT"), ("old-html", "IT")],
    "ja": [("current", "JP"), ("jp", "JP")],
    # amazon.nl, .com.be, .pl, .se and .com.tr: the current template in the marketplace's
    # wording, and the plain and HTML relays with Amazon's English markers.
    "nl": [("current", "NL"), ("current", "BE"), ("old", "NL"), ("old-html", "BE")],
    "pl": [("current", "PL"), ("old", "PL")],
    "sv": [("current", "SE"), ("old-html", "SE")],
    "tr": [("current", "TR"), ("old", "TR")],
}
NAMES = {
    "en": "Sam",
    "de": "Jonas",
    "fr": "Camille",
    "es": "Lucía",
    "it": "Giulia",
    "ja": "佐藤",
    "nl": "Daan",
    "pl": "Zofia",
    "sv": "Elin",
    "tr": "Elif",
}


@dataclass
class Mail:
    name: str
    lang: str
    market: str
    layout: str
    order_id: str | None
    text: str
    photo: bool

    @property
    def ref(self) -> str:
        return f"{sum(ord(c) * (i + 1) for i, c in enumerate(self.name)):010d}"

    @property
    def alias(self) -> str:
        return f"q{self.ref[-8:]}x7@marketplace.amazon.{_DOMAIN[self.market]}"

    @property
    def no_response(self) -> str:
        return (
            f"https://www.amazon.{_DOMAIN[self.market]}/gp/communication-manager/"
            f"no-response-needed.html?msg={self.ref}&mp={_MARKET_ID[self.market]}&v=1"
        )


def _part(text: str, subtype: str, charset: str, cte: str) -> bytes:
    if cte == "base64":
        body = base64.encodebytes(text.replace("\n", "\r\n").encode(charset))
    elif cte == "quoted-printable":
        body = quopri.encodestring(text.encode(charset))
    else:
        body = text.encode(charset)
    head = f"Content-Type: text/{subtype}; charset={charset}\r\nContent-Transfer-Encoding: {cte}\r\n\r\n"
    return head.encode() + body.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def _multipart(subtype: str, parts: list[bytes], boundary: str) -> bytes:
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"\r\n\r\n'.encode()]
    out += [f"--{boundary}\r\n".encode() + p + b"\r\n" for p in parts]
    out.append(f"--{boundary}--\r\n".encode())
    return b"".join(out)


PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)


def current(m: Mail) -> bytes:
    head, order_label, item_label, mark = WORDING[m.lang if m.market != "CA" else "en"]
    order_row = f"<tr><td>{order_label}:</td><td>{m.order_id}</td></tr>" if m.order_id else ""
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Amazon</title></head>
<body><table width="600">
<tr><td><h2>{head}</h2></td></tr>
<tr><td><table>{order_row}<tr><td>{item_label}:</td><td>Linen cushion cover</td></tr></table></td></tr>
<tr><td><pre style="white-space: pre-wrap;">{html.escape(m.text)}</pre></td></tr>
<tr><td>{mark}: <a href="{html.escape(m.no_response)}">{mark.split()[-1]}</a></td></tr>
<tr><td style="font-size: 10px;">[commMgrTok:TOK{m.ref}]</td></tr>
</table></body></html>
"""
    order_line = f"{order_label}: {m.order_id}\n" if m.order_id else ""
    plain = f"{head}\n\n{order_line}{item_label}: Linen cushion cover\n\n{m.text}\n\n{mark}: {m.no_response}\n\n[commMgrTok:TOK{m.ref}]\n"
    return _multipart(
        "alternative",
        [
            _part(plain, "plain", "utf-8", "quoted-printable"),
            _part(page, "html", "utf-8", "quoted-printable"),
        ],
        f"=_alt_{m.ref}",
    )


def _order_head(m: Mail) -> str:
    if not m.order_id:
        return ""
    return f"Order ID {m.order_id}:\n1 of Linen cushion cover [ASIN: B0{m.ref[:8]}]\n\n"


def old(m: Mail) -> bytes:
    text = (
        f"{_order_head(m)}------------- Begin message -------------\n\n{m.text}\n\n"
        f"------------- End message -------------\n\nFor Your Information: To help arrive at a "
        f"successful resolution, respond to this message within 24 hours.\n\n"
        f"To mark this message as no response needed, click here: {m.no_response}\n\n"
        f"Was this email helpful?\n\n[commMgrTok:TOK{m.ref}]\n"
    )
    return _part(
        text,
        "plain",
        "iso-8859-1" if m.lang in {"de", "fr", "es", "it"} else "utf-8",
        "quoted-printable",
    )


def old_html(m: Mail) -> bytes:
    """The older HTML layout: markers and text in table cells, paragraphs and breaks."""
    paragraphs = "".join(
        f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in m.text.split("\n\n")
    )
    order = (
        (
            f"<tr><td><b>Order ID {m.order_id}:</b><br>1 of Linen cushion cover "
            f"[ASIN: B0{m.ref[:8]}]</td></tr>"
        )
        if m.order_id
        else ""
    )
    page = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><table border="0" cellpadding="4" width="100%">
{order}
<tr><td><font face="Arial" size="2">------------- Begin message -------------</font></td></tr>
<tr><td><font face="Arial" size="2">{paragraphs}</font></td></tr>
<tr><td><font face="Arial" size="2">------------- End message -------------</font></td></tr>
<tr><td>For Your Information: To help arrive at a successful resolution, respond to this message within 24 hours.</td></tr>
<tr><td>To mark this message as no response needed, click here: <a href="{html.escape(m.no_response)}">{html.escape(m.no_response)}</a></td></tr>
<tr><td>Was this email helpful? <a href="https://www.amazon.{_DOMAIN[m.market]}/gp/survey?r=1">Yes</a></td></tr>
<tr><td><font size="1">[commMgrTok:TOK{m.ref}]</font></td></tr>
</table></body></html>
"""
    return _part(page, "html", "utf-8", "base64")


def ca(m: Mail) -> bytes:
    """amazon.ca: both languages on every line Amazon writes."""
    order = (
        (
            f"Order ID / Numéro de commande {m.order_id}:\n1 of / 1 de Linen cushion cover "
            f"[ASIN: B0{m.ref[:8]}]\n\n"
        )
        if m.order_id
        else ""
    )
    text = (
        f"{order}------------- Begin message / Début du message -------------\n\n{m.text}\n\n"
        f"------------- End message / Fin du message -------------\n\n"
        f"For Your Information: To help arrive at a successful resolution, respond to this "
        f"message within 24 hours.\nPour votre information : pour parvenir à une solution, "
        f"répondez à ce message dans les 24 heures.\n\n"
        f"To mark this message as no response needed, click here: {m.no_response}\n"
        f"Pour marquer ce message comme ne nécessitant pas de réponse, cliquez ici : {m.no_response}\n\n"
        f"Was this email helpful? / Ce courriel vous a-t-il été utile ?\n\n[commMgrTok:TOK{m.ref}]\n"
    )
    return _part(text, "plain", "utf-8", "quoted-printable")


def jp(m: Mail) -> bytes:
    """amazon.co.jp's plain text, ISO-2022-JP as Japanese mail still often is."""
    order = (
        f"注文番号 {m.order_id}:\n1点 Linen cushion cover [ASIN: B0{m.ref[:8]}]\n\n"
        if m.order_id
        else ""
    )
    text = (
        f"{order}------------- メッセージの開始 -------------\n\n{m.text}\n\n"
        f"------------- メッセージの終了 -------------\n\n"
        f"お問い合わせへの返信が不要な場合は、こちらをクリックしてください: {m.no_response}\n\n"
        f"[commMgrTok:TOK{m.ref}]\n"
    )
    return _part(text, "plain", "iso-2022-jp", "7bit")


BUILD = {"current": current, "old": old, "old-html": old_html, "ca": ca, "jp": jp}


def mail_bytes(m: Mail) -> bytes:
    body = BUILD[m.layout](m)
    if m.photo:
        image = (
            b'Content-Type: image/jpeg; name="IMG_2041.jpg"\r\nContent-Transfer-Encoding: base64\r\n'
            b'Content-Disposition: attachment; filename="IMG_2041.jpg"\r\n\r\n'
            + base64.encodebytes(PNG).replace(b"\n", b"\r\n")
        )
        body = _multipart("mixed", [body, image], f"=_mix_{m.ref}")
    header_charset = "iso-2022-jp" if m.market == "JP" else "utf-8"
    name = NAMES[m.lang]
    subject_form = SUBJECT if m.order_id else SUBJECT_NO_ORDER
    subject = subject_form["en" if m.layout == "ca" else m.lang].format(name=name, order=m.order_id)
    subject_value = subject if subject.isascii() else Header(subject, header_charset).encode()
    display = f"{name} - Amazon Marketplace"
    display_value = display if display.isascii() else Header(display, header_charset).encode()
    headers = [
        ("Return-Path", f"<{m.alias}>"),
        ("From", f"{display_value} <{m.alias}>"),
        ("To", SHOP),
        ("Subject", subject_value),
        ("Date", "Mon, 02 Nov 2026 09:14:03 +0000"),
        ("Message-ID", f"<0100019a{m.ref}.{m.name}@email.amazonses.com>"),
    ]
    head = "".join(f"{k}: {v}\r\n" for k, v in headers).encode() + b"MIME-Version: 1.0\r\n"
    return head + body


def main() -> None:
    for old_file in (HERE / "mail").glob("*.eml"):
        old_file.unlink()
    for key, (order_id, status, ship_by, packages) in ORDERS.items():
        body = order_body(order_id, status, ship_by=ship_by, packages=packages)
        (HERE / "fixtures" / f"order_{key}.json").write_text(json.dumps(body, indent=2) + "\n")
    for key, value in TRACKINGS.items():
        (HERE / "fixtures" / f"tracking_{key}.json").write_text(
            json.dumps(value.to_dict(), indent=2) + "\n"
        )
    expectations: dict[str, dict[str, object]] = {}
    for lang, layouts in LAYOUTS.items():
        for i, (label, text_key, order_key, tracking_key, scenario, step) in enumerate(PLAN):
            layout, market = layouts[i % len(layouts)]
            if text_key == "product":
                layout, market = layouts[0]  # pre-sale questions come in the current layout
            order_id = ORDERS[order_key][0] if order_key else None
            name = f"{lang}_{market.lower()}_{layout.replace('-', '_')}_{label}"
            m = Mail(
                name,
                lang,
                market,
                layout,
                order_id,
                TEXTS[text_key][lang],
                label == "damaged_photo",
            )
            (HERE / "mail" / f"{name}.eml").write_bytes(mail_bytes(m))
            expectations[f"{name}.eml"] = {
                "order": f"order_{order_key}.json" if order_key else None,
                "tracking": f"tracking_{tracking_key}.json" if tracking_key else None,
                "intent": INTENT[text_key],
                "follow_up": text_key == "followup",
                "scenario": scenario,
                "language": lang,
                "marketplace": market,
                "layout": layout,
                "next_step": step,
            }
    (HERE / "expectations.json").write_text(
        json.dumps(expectations, indent=2, ensure_ascii=False) + "\n"
    )
    print(f"{len(expectations)} mails")


if __name__ == "__main__":
    main()
