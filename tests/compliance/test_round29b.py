# ruff: noqa: E501  (sentences are kept whole)
"""Round 29b: false alarms of the off-Amazon and cancellation rules on the development
held-out sets 34-37 (seasonal sellers, Amazon Business buyers, long structured letters), each
class tested in ten languages with sentences of our own (none from a held-out set), beside
look-alike violations that must still block.  Measured with the rules alone.

F1: the seller declining a contract, an agreement or any money outside Amazon with a verb
other than "accept" ("we can't sign a framework agreement outside Amazon", "we take nothing
outside Amazon", "Amazon以外でのお受け取りはしておりません").
F2: the QR code the buyer shows at the carrier's counter for an Amazon return (the label is
printed there): the carrier's code, not a way to reach the seller.
F3: the seller offering to cancel on its own side at the buyer's word ("write 'cancel' here and
we cancel it ourselves"; "send it back via Your Orders, or we cancel it on our side").
F4 (round 28 leftover): an Amazon gift card, Amazon's and not the seller's, "for your next
purchase": the part paid with it goes back to the balance, or Amazon issued one for a delay.
"""

from __future__ import annotations

import pytest

from tests.compliance.rules_only import blocked

# --- F1: a deal or payment off Amazon declined -------------------------------------------

DECLINED = [
    (
        "en",
        "We cannot sign a supply agreement with the school outside Amazon. Please keep ordering through Amazon Business, where your approval steps are saved.",
    ),
    (
        "en",
        "Thanks for offering to settle the difference by Venmo, but we take nothing outside Amazon. Please order the larger size on Amazon.",
    ),
    (
        "de",
        "Einen Rahmenvertrag außerhalb von Amazon können wir leider nicht abschließen. Bestellen Sie bitte weiter über Amazon Business.",
    ),
    (
        "fr",
        "Nous ne pouvons pas conclure d'accord annuel en dehors d'Amazon. L'école peut continuer à commander via Amazon Business.",
    ),
    (
        "es",
        "No firmamos contratos marco fuera de Amazon, lo siento. El ayuntamiento puede seguir pidiendo por Amazon Business.",
    ),
    (
        "it",
        "Non possiamo firmare un contratto quadro al di fuori di Amazon. Potete continuare a ordinare con Amazon Business.",
    ),
    (
        "ja",
        "銀行振込でのお支払いのお申し出、ありがとうございます。ただ、Amazon以外での代金のお受け取りはしておりません。大きいサイズはAmazonでご注文ください。",
    ),
    (
        "nl",
        "Dank voor het aanbod om het verschil via Tikkie te betalen, maar we nemen niets aan buiten Amazon. Bestel de grotere maat gewoon op Amazon.",
    ),
    (
        "nl",
        "Een raamovereenkomst buiten Amazon kunnen we helaas niet sluiten. De gemeente kan blijven bestellen via Amazon Business.",
    ),
    (
        "pl",
        "Niestety nie możemy podpisać umowy ramowej poza Amazonem. Szkoła może dalej zamawiać przez Amazon Business.",
    ),
    (
        "sv",
        "Vi kan tyvärr inte skriva något avtal utanför Amazon. Skolan kan fortsätta beställa via Amazon Business.",
    ),
    (
        "tr",
        "Amazon dışında çerçeve sözleşme imzalayamıyoruz. Belediye Amazon Business üzerinden sipariş vermeye devam edebilir.",
    ),
]

DEAL_OFF_STILL = [
    # "we don't sell it here" declines nothing: the other place is where it is sold
    (
        "en",
        "We don't sell single brush heads here, but the ten-pack is in our own web shop under the same name.",
    ),
    (
        "es",
        "Aquí no vendemos los recambios sueltos, pero el pack de diez está en nuestra tienda online.",
    ),
    (
        "en",
        "We can also sign a supply agreement with the school outside Amazon, which saves you the fees.",
    ),
    (
        "de",
        "Einen Rahmenvertrag außerhalb von Amazon schließen wir gern ab, dann sparen Sie die Gebühren.",
    ),
    (
        "fr",
        "Nous pouvons aussi conclure un accord annuel en dehors d'Amazon, sans les frais de la plateforme.",
    ),
    ("es", "Firmamos contratos marco fuera de Amazon, así se ahorra la comisión."),
    ("nl", "We sluiten ook graag een raamovereenkomst buiten Amazon, dan betaalt u geen kosten."),
    ("sv", "Vi skriver gärna ett avtal utanför Amazon, då slipper ni avgifterna."),
]


@pytest.mark.parametrize(("lang", "text"), DECLINED)
def test_f1_deal_off_amazon_declined(lang: str, text: str) -> None:
    assert "off-amazon" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), DEAL_OFF_STILL)
def test_f1_deal_off_amazon_offered_still_blocks(lang: str, text: str) -> None:
    assert "off-amazon" in blocked(text, lang)


# --- F2: the carrier's QR code for an Amazon return ----------------------------------------

RETURN_QR = [
    (
        "en",
        "Start the return in Your Orders and pick the post office drop-off: a QR code shows up on your phone and the counter prints the label for you.",
    ),
    (
        "de",
        "Wählen Sie bei der Rücksendung die Abgabe in der Filiale: Dort zeigen Sie den QR-Code im Handy vor, und das Etikett wird am Schalter gedruckt.",
    ),
    (
        "fr",
        "Choisissez le dépôt en bureau de poste : le QR code dans l'application suffit, l'étiquette est imprimée au guichet.",
    ),
    (
        "es",
        "Elija la entrega en oficina de Correos: le saldrá un código QR en la pantalla y en el mostrador le imprimen la etiqueta.",
    ),
    (
        "it",
        "Scelga la consegna all'ufficio postale: il codice QR nella app basta, l'etichetta gliela stampano allo sportello.",
    ),
    (
        "ja",
        "返品の際は「郵便局へ持ち込み」を選ぶと、スマートフォンにQRコードが表示されます。郵便局の窓口でかざすと伝票が印刷されます。",
    ),
    ("ja", "同じQRコードはコンビニの取扱店でもお使いいただけます。"),
    (
        "nl",
        "Kies bij het retourneren voor afgifte bij een servicepunt: de QR-code op uw telefoon is genoeg, het label wordt daar geprint.",
    ),
    (
        "pl",
        "Przy zwrocie wybierz nadanie w placówce: kod QR w telefonie wystarczy, etykietę wydrukują na miejscu.",
    ),
    (
        "sv",
        "Välj att lämna returen hos ett ombud: QR-koden i mobilen räcker, etiketten skrivs ut där.",
    ),
    (
        "tr",
        "İadede kargo şubesine teslimi seçin: telefonunuzdaki QR kodu yeterli, etiketi şubede basıyorlar.",
    ),
]

QR_OFF_STILL = [
    (
        "en",
        "For the refills, scan the QR code on the card in your parcel: it takes you to our own shop.",
    ),
    (
        "de",
        "Für Nachfüllpackungen scannen Sie den QR-Code auf der Karte im Paket, er führt zu unserem Shop.",
    ),
    (
        "es",
        "Para los recambios, escanee el código QR de la tarjeta del paquete: le lleva a nuestra tienda.",
    ),
    ("ja", "詰め替え用は同封のチラシのQRコードから当店サイトでご購入いただけます。"),
]


@pytest.mark.parametrize(("lang", "text"), RETURN_QR)
def test_f2_return_qr_code_at_the_counter(lang: str, text: str) -> None:
    assert "off-amazon" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), QR_OFF_STILL)
def test_f2_qr_code_to_the_shop_still_blocks(lang: str, text: str) -> None:
    assert "off-amazon" in blocked(text, lang)


# --- F3: the seller cancels on its side at the buyer's word --------------------------------

WE_CANCEL_ON_YOUR_WORD = [
    (
        "en",
        'If that is too late, just write "cancel please" here and we cancel it ourselves with a full refund.',
    ),
    (
        "en",
        "You can send it back through Your Orders, or we cancel it on our side; a short message here is enough.",
    ),
    (
        "de",
        'Wenn das zu spät ist, schreiben Sie uns hier "bitte stornieren", dann stornieren wir sie auf unserer Seite mit voller Erstattung.',
    ),
    (
        "fr",
        "Vous pouvez la renvoyer via Vos commandes, ou nous l'annulons de notre côté ; un petit message ici suffit.",
    ),
    (
        "es",
        'Si es tarde, escríbanos aquí "cancelen, por favor" y lo cancelamos nosotros con reembolso completo.',
    ),
    (
        "es",
        "Puede devolverlo desde Mis pedidos, o lo anulamos por nuestra parte; basta con un mensaje aquí.",
    ),
    (
        "it",
        'Se è troppo tardi, ci scriva qui "annullate pure" e lo annulliamo noi con rimborso completo.',
    ),
    (
        "ja",
        "間に合わない場合は、こちらに「キャンセル希望」とだけお送りください。当店側でキャンセルし、全額返金いたします。",
    ),
    (
        "nl",
        "U kunt het terugsturen via uw bestellingen, of laten we het aan onze kant annuleren; een berichtje hier is genoeg.",
    ),
    (
        "pl",
        'Jeśli to za późno, proszę napisać tu "anulujcie", a anulujemy je po naszej stronie z pełnym zwrotem.',
    ),
    (
        "sv",
        "Du kan skicka tillbaka den via dina beställningar, eller så avbokar vi den på vår sida; ett kort meddelande här räcker.",
    ),
    (
        "tr",
        'Geç kalacaksa buraya "iptal" yazmanız yeterli, siparişi biz kendi tarafımızda iptal ederiz ve tüm ücreti iade ederiz.',
    ),
]

CANCEL_ASKED_STILL = [
    ("en", "Please cancel it yourself in Your Orders, it is quicker for everyone."),
    ("es", "Cancele usted el pedido desde Mis pedidos, es más rápido."),
    ("nl", "Annuleer de bestelling zelf via uw bestellingen, dat gaat sneller."),
    ("de", "Bitte stornieren Sie die Bestellung selbst, dann zählt es nicht gegen uns."),
]


@pytest.mark.parametrize(("lang", "text"), WE_CANCEL_ON_YOUR_WORD)
def test_f3_seller_cancels_on_its_side(lang: str, text: str) -> None:
    assert "cancellation-request" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), CANCEL_ASKED_STILL)
def test_f3_cancellation_asked_of_the_buyer_still_blocks(lang: str, text: str) -> None:
    assert "cancellation-request" in blocked(text, lang)


# --- F4: Amazon's gift card for the next purchase ------------------------------------------

AMAZON_GIFT_CARD = [
    (
        "en",
        "Amazon has issued you a gift card for your next purchase to make up for the late delivery.",
    ),
    (
        "de",
        "Den mit der Amazon-Geschenkkarte bezahlten Teil bucht Amazon auf Ihr Guthaben zurück, für Ihren nächsten Einkauf.",
    ),
    (
        "fr",
        "Le montant réglé avec votre carte cadeau Amazon revient sur votre solde et servira pour votre prochain achat.",
    ),
    (
        "fr",
        "Amazon vous a attribué une carte cadeau pour votre prochain achat, en dédommagement du retard.",
    ),
    (
        "es",
        "Lo que pagó con la tarjeta regalo de Amazon vuelve a su saldo y podrá usarlo en su próxima compra.",
    ),
    (
        "es",
        "Amazon le ha emitido una tarjeta regalo para su próxima compra por el retraso del envío.",
    ),
    (
        "it",
        "L'importo pagato con il buono regalo Amazon torna sul suo saldo e potrà usarlo per il prossimo acquisto.",
    ),
    (
        "it",
        "Amazon le ha emesso un buono regalo per il prossimo acquisto per scusarsi del ritardo.",
    ),
    ("ja", "Amazonギフトカードでお支払いの分は残高に戻り、次回のお買い物にご利用いただけます。"),
    (
        "nl",
        "Het bedrag dat u met de Amazon-cadeaubon betaalde, komt terug op uw tegoed voor uw volgende aankoop.",
    ),
    ("nl", "Amazon heeft u een cadeaubon gegeven voor uw volgende aankoop vanwege de vertraging."),
    (
        "pl",
        "Kwota zapłacona kartą podarunkową Amazon wraca na saldo i wykorzysta ją Pani przy następnym zakupie.",
    ),
    (
        "sv",
        "Beloppet du betalade med Amazon-presentkortet går tillbaka till ditt saldo inför nästa köp.",
    ),
    (
        "tr",
        "Amazon hediye kartıyla ödediğiniz tutar bakiyenize döner, bir sonraki alışverişinizde kullanabilirsiniz.",
    ),
    (
        "tr",
        "Gecikme için Amazon size bir sonraki alışverişinizde geçerli bir hediye çeki tanımladı.",
    ),
]

OWN_GIFT_CARD_STILL = [
    ("en", "We have added a gift card from our shop for your next purchase, 10 % off everything."),
    (
        "fr",
        "Nous joignons une carte cadeau de notre boutique pour votre prochain achat, 10 % sur tout.",
    ),
    (
        "es",
        "Le regalamos una tarjeta regalo de nuestra tienda para su próxima compra, un 10 % en todo.",
    ),
    (
        "it",
        "Le regaliamo un buono regalo del nostro negozio per il prossimo acquisto, 10 % su tutto.",
    ),
    ("nl", "We geven u een cadeaubon van onze winkel voor uw volgende aankoop, 10 % op alles."),
    (
        "tr",
        "Bir sonraki alışverişiniz için mağazamızdan yüzde 10 indirimli bir hediye çeki ekledik.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), AMAZON_GIFT_CARD)
def test_f4_amazon_gift_card_for_next_purchase(lang: str, text: str) -> None:
    assert "marketing" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), OWN_GIFT_CARD_STILL)
def test_f4_own_gift_card_for_next_purchase_still_blocks(lang: str, text: str) -> None:
    assert "marketing" in blocked(text, lang)
