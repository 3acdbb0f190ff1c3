# ruff: noqa: E501  (sentences are kept whole)
"""Round 32b: false alarms and misses of the off-Amazon and cancellation rules on the development
held-out sets 46-49 and 53, each class tested in ten languages with sentences of our own (none
from a held-out set), beside the violations of the same shape that must still block.  Measured
with the rules alone.

F1: the BUYER'S WORDS TO WRITE HERE, quoted ("write 'please cancel' here"), with the seller
cancelling on its own side in that sentence or the next: the seller's cancellation, not the
buyer's request.  The same quotation pointed at Your Orders, and "please request the
cancellation in Your Orders", still block.
F2: a QR CODE OF THE MAKER'S APP or of the device ("the QR code on the bulb opens the
manufacturer's app"): not the seller's channel.  A QR code to the seller's own shop still blocks.
M1: the STEPS TO CANCEL, naming Amazon's cancel button ("3. 'Cancel items'"): the buyer told how to
cancel.  A cancellation the seller made, shown as "Cancelled" in Your Orders, passes.
M2: an order or a payment BYPASSING AMAZON ("call us next time and we send it cash on
delivery, no need for Amazon", "without the platform's commission it is cheaper"): a sale off
Amazon.  Amazon's own refund or a maker's registration "without Amazon" passes.
"""

from __future__ import annotations

import pytest

from tests.compliance.rules_only import blocked

CANCEL = "cancellation-request"
OFF = "off-amazon"

# --- F1: the buyer's words to write here, the seller cancelling on its own side -------------

WRITE_HERE = [
    (
        "en",
        "Hi Ben, the kettle is held up for a week. If that is too long, just write 'cancel it' here and we'll take care of it on our side; there is nothing for you to click.",
    ),
    (
        "de",
        'Hallo Herr Lang, der Wasserkocher kommt eine Woche später. Ist Ihnen das zu spät, schreiben Sie uns hier nur "bitte stornieren", dann kümmern wir uns auf unserer Seite darum und Sie müssen nichts anklicken.',
    ),
    (
        "fr",
        "Bonjour Madame Roux, la bouilloire a une semaine de retard. Si c'est trop long, écrivez-nous simplement « annulez svp » ici, et nous nous en chargeons de notre côté.",
    ),
    (
        "es",
        'Hola Marta, el hervidor llega con una semana de retraso. Si es demasiado, escríbanos aquí solo "anular, gracias" y nosotros anulamos enseguida desde nuestro lado.',
    ),
    (
        "it",
        'Buongiorno signor Conti, il bollitore arriva con una settimana di ritardo. Se è troppo, mi risponda qui solo "annullate pure" e annulliamo subito noi, il rimborso arriva da Amazon.',
    ),
    (
        "ja",
        "小川様\nケトルの入荷が一週間遅れます。お待ちいただけない場合は、こちらに「キャンセルで」とだけご返信ください。当店にてすぐにキャンセルの手続きをいたします。",
    ),
    (
        "nl",
        'Beste Joost, de waterkoker is een week later. Is dat te lang, schrijf dan hier gewoon "graag annuleren", dan doen wij dat aan onze kant.',
    ),
    (
        "pl",
        'Dzień dobry, czajnik przyjdzie tydzień później. Jeśli to za długo, wystarczy napisać tutaj "proszę anulować", a my anulujemy zamówienie po naszej stronie.',
    ),
    (
        "sv",
        'Hej Karin, vattenkokaren kommer en vecka senare. Är det för länge, skriv bara "avbryt tack" här så fixar vi det från vår sida och pengarna kommer tillbaka.',
    ),
    (
        "tr",
        'Merhaba Ayla Hanım, su ısıtıcısı bir hafta gecikecek. Bu çok uzunsa buraya sadece "iptal edin lütfen" yazın, biz kendi tarafımızda iptal ederiz.',
    ),
]

ASKED_TO_CANCEL = [
    (
        "de",
        "Hallo Herr Lang, der Wasserkocher kommt nicht mehr. Amazon empfiehlt, dass der Kunde selbst die Stornierung beantragt.",
    ),
    (
        "nl",
        "Beste Joost, de waterkoker komt niet meer. Amazon raadt aan dat de klant zelf de annulering aanvraagt.",
    ),
    (
        "pl",
        "Dzień dobry, czajnik nie dotrze. Amazon zaleca, żeby klient sam złożył prośbę o anulowanie.",
    ),
    (
        "sv",
        "Hej Karin, vattenkokaren kommer inte. Amazon rekommenderar att kunden själv begär avbokningen.",
    ),
    (
        "tr",
        "Merhaba, su ısıtıcısı gelmeyecek. Amazon, iptal talebini müşterinin kendisinin oluşturmasını öneriyor.",
    ),
    (
        "es",
        "Hola Marta, el hervidor tarda tres semanas. Amazon aconseja que sea el cliente quien pida la cancelación en estos casos.",
    ),
    (
        "es",
        "Hola Marta, si anulamos nosotros nos penalizan, así que mejor que la cancelación venga de su lado.",
    ),
    (
        "it",
        "Ciao Luca, il bollitore non arriva più. Annulla tu l'ordine dalla tua pagina, così ti rimborsano.",
    ),
    (
        "en",
        "Hi Ben, the kettle is out of stock for weeks. Amazon prefers that the buyer is the one who requests the cancellation in such cases.",
    ),
    (
        "fr",
        "Bonjour, la bouilloire n'arrivera pas. Il vaut mieux que ce soit vous qui annuliez la commande.",
    ),
    (
        "en",
        "Hi Ben, the kettle is held up for a week. Please request the cancellation in Your Orders, it is quicker for both of us.",
    ),
    (
        "en",
        "Hi Ben, the kettle is held up. Open Your Orders and click 'Cancel items', then we'll refund you.",
    ),
    (
        "en",
        "Hi Ben, the kettle is held up. Please cancel it in Your Orders and write 'out of stock' as the reason; we'll refund you.",
    ),
    (
        "de",
        'Hallo Herr Lang, der Wasserkocher kommt später. Schreiben Sie dem Amazon-Kundenservice "bitte stornieren", dann erstatten wir sofort.',
    ),
    (
        "de",
        "Hallo Herr Lang, der Wasserkocher kommt später. Bitte stornieren Sie die Bestellung selbst unter Meine Bestellungen.",
    ),
    (
        "fr",
        "Bonjour Madame Roux, la bouilloire a du retard. Merci d'annuler vous-même la commande depuis Vos commandes.",
    ),
    (
        "es",
        "Hola Marta, el hervidor llega tarde. Por favor, cancele usted el pedido desde Mis pedidos.",
    ),
    (
        "it",
        "Buongiorno, il bollitore è in ritardo. Per favore annulli lei l'ordine dai suoi ordini.",
    ),
    (
        "ja",
        "小川様\nケトルの入荷が遅れます。お手数ですが、注文履歴からお客様ご自身でキャンセルしてください。",
    ),
    (
        "nl",
        "Beste Joost, de waterkoker is later. Wilt u de bestelling zelf annuleren via Mijn bestellingen?",
    ),
    (
        "pl",
        "Dzień dobry, czajnik się spóźni. Proszę samodzielnie anulować zamówienie w Moje zamówienia.",
    ),
    (
        "sv",
        "Hej Karin, vattenkokaren är försenad. Avbryt gärna beställningen själv under Mina beställningar.",
    ),
    (
        "tr",
        "Merhaba, su ısıtıcısı gecikecek. Lütfen siparişi Siparişlerim bölümünden kendiniz iptal edin.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), WRITE_HERE)
def test_buyers_words_to_write_here_with_the_seller_cancelling_pass(lang: str, text: str) -> None:
    assert CANCEL not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), ASKED_TO_CANCEL)
def test_the_buyer_asked_to_cancel_still_blocks(lang: str, text: str) -> None:
    assert CANCEL in blocked(text, lang)


# --- M1: the steps to cancel, naming Amazon's cancel button ---------------------------------

STEPS = [
    (
        "en",
        "Hello Mrs Hill,\n\nThe blue teapot has sold out. Here is how:\n1. Open 'Your Orders'\n2. Find the teapot\n3. Press 'Cancel items'\n4. Tick the box and confirm.\n\nTeapot Corner",
    ),
    (
        "de",
        'Hallo Frau Berg,\n\ndie blaue Teekanne ist ausverkauft. So geht es:\n1. "Meine Bestellungen"\n2. Teekanne suchen\n3. "Artikel stornieren"\n4. Haken setzen, bestätigen.\n\nKannenladen',
    ),
    (
        "fr",
        "Bonjour Madame Petit,\n\nla théière bleue est épuisée. Marche à suivre :\n1. « Vos commandes »\n2. Cherchez la théière\n3. « Annuler des articles »\n4. Cochez, confirmez.\n\nThéières & Co",
    ),
    (
        "es",
        'Hola señora Ruiz,\n\nla tetera azul está agotada. Así se hace:\n1. "Mis pedidos"\n2. Busque la tetera\n3. "Cancelar productos"\n4. Marque y confirme.\n\nTeteras Soria',
    ),
    (
        "it",
        'Gentile signora Gallo,\n\nla teiera blu è esaurita. Ecco come:\n1. "I miei ordini"\n2. Cerchi la teiera\n3. "Annulla articoli"\n4. Spunti e confermi.\n\nTeiere Lucca',
    ),
    (
        "ja",
        "森様\n\n青い急須が完売いたしました。手順です。\n1.「注文履歴」\n2. 急須を選ぶ\n3.「商品をキャンセル」\n4. 確定\n\n急須の店",
    ),
    (
        "nl",
        'Beste mevrouw Smit,\n\nde blauwe theepot is uitverkocht. Zo gaat het:\n1. "Mijn bestellingen"\n2. Zoek de theepot\n3. "Artikelen annuleren"\n4. Aanvinken en bevestigen.\n\nTheepotje',
    ),
    (
        "pl",
        'Dzień dobry Pani Ewo,\n\nniebieski dzbanek się wyprzedał. Instrukcja:\n1. "Moje zamówienia"\n2. Znaleźć dzbanek\n3. "Anuluj produkty"\n4. Zaznaczyć, potwierdzić.\n\nDzbanki',
    ),
    (
        "sv",
        'Hej Britt,\n\nden blå tekannan är slutsåld. Gör så här:\n1. "Mina beställningar"\n2. Leta upp kannan\n3. "Avbryt artiklar"\n4. Kryssa i, bekräfta.\n\nTekannan',
    ),
    (
        "tr",
        'Merhaba Sevim Hanım,\n\nmavi demlik tükendi. Şöyle yapabilirsiniz:\n1. "Siparişlerim"\n2. Demliği bulun\n3. "Ürünleri iptal et"\n4. İşaretleyip onaylayın.\n\nDemlikçi',
    ),
]

CANCELLED_SHOWN = [
    (
        "en",
        "Hello Mrs Hill, the teapot sold out, so we cancelled the order ourselves. In Your Orders it now shows as 'Cancelled' and the refund is on its way.",
    ),
    (
        "de",
        'Hallo Frau Berg, die Teekanne ist ausverkauft, wir haben die Bestellung selbst storniert. Unter Meine Bestellungen steht jetzt "Storniert".',
    ),
    (
        "en",
        "Hello Mrs Hill, the teapot has already shipped, so the 'Cancel items' button no longer shows; it arrives tomorrow.",
    ),
    (
        "de",
        'Hallo Frau Berg, die Kanne ist schon unterwegs, daher ist "Artikel stornieren" nicht mehr zu sehen; sie kommt morgen.',
    ),
    (
        "es",
        'Hola señora Ruiz, la tetera se agotó y hemos cancelado el pedido nosotros. En Mis pedidos verá "Cancelado".',
    ),
]


@pytest.mark.parametrize(("lang", "text"), STEPS)
def test_steps_to_amazons_cancel_button_block(lang: str, text: str) -> None:
    assert CANCEL in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), CANCELLED_SHOWN)
def test_a_cancellation_the_seller_made_passes(lang: str, text: str) -> None:
    assert CANCEL not in blocked(text, lang)


# --- F2: the QR code of the maker's app or of the device ------------------------------------

MAKER_QR = [
    (
        "en",
        "Hi Sam, the QR code under the plug opens the manufacturer's app for pairing; it doesn't lead to us.",
    ),
    (
        "de",
        "Hallo Herr Roth, der QR-Code auf der Steckdose öffnet die App des Herstellers zum Koppeln, nicht unsere Seite.",
    ),
    ("fr", "Bonjour, le QR code sur la prise ouvre l'application du fabricant pour l'appairage."),
    (
        "es",
        "Hola Pablo, según el fabricante, hay que escanear el código QR de la base con su app para emparejarla.",
    ),
    ("it", "Buongiorno, il codice QR nella presa apre l'app del produttore per l'abbinamento."),
    ("ja", "佐藤様\nプラグ裏のQRコードはメーカーアプリに機器を追加するためのものです。"),
    ("nl", "Beste Tim, de QR-code op de stekker opent de app van de fabrikant om te koppelen."),
    ("pl", "Dzień dobry, kod QR na wtyczce otwiera aplikację producenta do parowania."),
    ("sv", "Hej, QR-koden på kontakten öppnar tillverkarens app för parkoppling."),
    ("tr", "Merhaba, prizin üzerindeki QR kod üreticinin uygulamasını eşleştirme için açar."),
]

OUR_QR = [
    ("en", "Hi Sam, scan the QR code on the card in the box to order refills from our own shop."),
    (
        "de",
        "Hallo Herr Roth, scannen Sie den QR-Code auf der Karte im Paket, dann bestellen Sie direkt bei uns.",
    ),
    (
        "es",
        "Hola Pablo, escanee el código QR de la tarjeta y compre directamente en nuestra tienda.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), MAKER_QR)
def test_the_makers_qr_code_passes(lang: str, text: str) -> None:
    assert OFF not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), OUR_QR)
def test_a_qr_code_to_our_shop_blocks(lang: str, text: str) -> None:
    assert OFF in blocked(text, lang)


# --- M2: an order or a payment bypassing Amazon ---------------------------------------------

BYPASS = [
    (
        "en",
        "Hi Joan, next time just ring the number on the delivery note and we'll post the pill boxes cash on delivery, no need to go through Amazon at all.",
    ),
    (
        "en",
        "Dear Mr Gray, for the two extra licences please pay by bank transfer to the account on your invoice, no need to go through Amazon for those.",
    ),
    (
        "de",
        "Hallo Frau Vogel, nächstes Mal rufen Sie einfach die Nummer auf dem Lieferschein an, wir schicken die Dosen per Nachnahme, ganz ohne Amazon.",
    ),
    (
        "fr",
        "Bonjour Madame Blanc, la prochaine fois appelez le numéro du bon de livraison et on vous envoie les boîtes contre remboursement, sans passer par Amazon.",
    ),
    (
        "fr",
        "Bonjour, si vous passez à Pau, venez directement à l'atelier : sans la commission de la plateforme, les lampes sont 20 € moins chères.",
    ),
    (
        "es",
        "Hola Pilar, la próxima vez llame al número del albarán y le mandamos las cajas contra reembolso, sin pasar por Amazon.",
    ),
    (
        "it",
        "Gentile signora Neri, la prossima volta ci chiami al numero sulla bolla e le spediamo le scatole in contrassegno, senza passare da Amazon.",
    ),
    (
        "ja",
        "木村様\n次回は納品書の番号にお電話いただければ、代金引換でお送りします。モールを通さない分だけお安くなります。",
    ),
    (
        "nl",
        "Beste mevrouw Bos, bel de volgende keer gewoon het nummer op de pakbon, dan sturen we de doosjes met een factuur, zonder Amazon ertussen.",
    ),
    (
        "pl",
        "Dzień dobry Pani Zofio, następnym razem proszę zadzwonić pod numer z paragonu, wyślemy pudełka za pobraniem, bez Amazona.",
    ),
    (
        "sv",
        "Hej Ulla, nästa gång ringer du bara numret på följesedeln så skickar vi askarna mot faktura, helt utan Amazon.",
    ),
    (
        "tr",
        "Merhaba Nermin Hanım, bir dahaki sefere irsaliyedeki numarayı arayın, kutuları kapıda ödemeli gönderelim, Amazon'a gerek kalmadan.",
    ),
]

KEPT_ON_AMAZON = [
    (
        "en",
        "Hi Joan, you can register the warranty with the manufacturer online, no need to go through Amazon for that.",
    ),
    ("en", "Hi Joan, the refund goes back through Amazon automatically, no need to send anything."),
    (
        "de",
        "Hallo Frau Vogel, die Garantie registrieren Sie beim Hersteller, ganz ohne Amazon, das dauert zwei Minuten.",
    ),
    (
        "fr",
        "Bonjour Madame Blanc, le prix comprend la commission de la plateforme, nous ne pouvons donc pas le baisser.",
    ),
    ("es", "Hola Pilar, el reembolso se hace por Amazon, no tiene que llamarnos."),
    ("it", "Gentile signora Neri, il rimborso arriva da Amazon, non serve chiamarci."),
]


@pytest.mark.parametrize(("lang", "text"), BYPASS)
def test_an_order_bypassing_amazon_blocks(lang: str, text: str) -> None:
    assert OFF in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), KEPT_ON_AMAZON)
def test_kept_on_amazon_passes(lang: str, text: str) -> None:
    assert OFF not in blocked(text, lang)


# --- M3: a refusal about Amazon, then "but" and a channel off Amazon --------------------------

REFUSED_BUT_OFFERED = [
    (
        "en",
        "Hi Ron, we can't buy your old tablet through Amazon, but post it to us and we'll pay you by PayPal, 50 to 70 pounds.",
    ),
    (
        "de",
        "Hallo Herr Weiß, über Amazon können wir Ihr altes Tablet nicht ankaufen, aber schicken Sie es uns, wir zahlen per PayPal.",
    ),
    (
        "fr",
        "Bonjour, nous ne pouvons pas racheter votre tablette via Amazon, mais envoyez-la-nous et on vous paie par Lydia.",
    ),
    (
        "es",
        "Hola Rocío, por Amazon no podemos comprarle la tableta, pero si nos la manda le pagamos por Bizum.",
    ),
    (
        "it",
        "Ciao Gino, tramite Amazon non possiamo ritirare il tablet, ma se ce lo spedisci ti paghiamo con Satispay.",
    ),
    (
        "ja",
        "山田様\nAmazonではタブレットの買取はできませんが、直接お送りいただければPayPayでお支払いします。",
    ),
    (
        "nl",
        "Beste Kees, via Amazon kunnen we uw tablet niet inkopen, maar stuur hem op en we betalen met Tikkie.",
    ),
    (
        "pl",
        "Dzień dobry, przez Amazon nie możemy odkupić tabletu, ale proszę go wysłać, zapłacimy BLIK-iem.",
    ),
    (
        "sv",
        "Hej Nils, via Amazon kan vi inte köpa din surfplatta, men skicka den så betalar vi med Swish.",
    ),
    (
        "tr",
        "Merhaba, Amazon üzerinden tabletinizi alamıyoruz ama bize gönderirseniz Papara ile öderiz.",
    ),
]

REFUSED_PAYMENT = [
    ("en", "Hi Ron, we can't take PayPal, but you can pay on Amazon as usual."),
    ("es", "Hola Rocío, no podemos aceptar Bizum, pero puede pagar en Amazon como siempre."),
    (
        "de",
        "Hallo Herr Weiß, PayPal können wir nicht annehmen, aber die Zahlung über Amazon klappt wie immer.",
    ),
]

NOT_ON_AMAZON_BUT_ELSEWHERE = [
    (
        "ja",
        "こんにちは。\n木製トレイはAmazonには出品しておりませんが、メルカリで「森の器」として出しております。",
    ),
    (
        "en",
        "Hello, the wooden tray is not listed on Amazon, but we have it on Etsy under our shop name.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), REFUSED_BUT_OFFERED)
def test_a_refusal_then_but_a_payment_off_amazon_blocks(lang: str, text: str) -> None:
    assert OFF in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), REFUSED_PAYMENT)
def test_a_refused_payment_passes(lang: str, text: str) -> None:
    assert OFF not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), NOT_ON_AMAZON_BUT_ELSEWHERE)
def test_not_on_amazon_but_on_a_marketplace_blocks(lang: str, text: str) -> None:
    assert OFF in blocked(text, lang)


# --- M4: the Amazon fee saved by buying at the seller's own counter -------------------------

FEE_SAVED = [
    (
        "en",
        "Hi Mr Lloyd, drop by our yard for the next shed, pick one and pay cash: you save the delivery and Amazon's commission.",
    ),
    (
        "de",
        "Hallo Herr Wenz, kommen Sie fürs nächste Regal ins Lager, zahlen Sie bar und sparen Sie sich die Amazon-Gebühr.",
    ),
    (
        "fr",
        "Bonjour, passez à notre entrepôt, payez sur place et vous économisez la commission Amazon.",
    ),
    ("es", "Hola, pase por el almacén, pague allí y se ahorra la comisión de Amazon."),
    ("it", "Buongiorno, passi in magazzino, paghi lì e risparmia la commissione di Amazon."),
    (
        "ja",
        "次回は倉庫に直接お越しいただき、現金でお支払いいただければAmazonの手数料がかかりません。",
    ),
    ("nl", "Hallo, kom langs in het magazijn, betaal daar en bespaar de commissie van Amazon."),
    (
        "pl",
        "Dzień dobry, proszę przyjechać do magazynu, zapłacić na miejscu i oszczędzić na prowizji Amazona.",
    ),
    ("sv", "Hej, kom förbi lagret, betala på plats och spara Amazons avgift."),
    ("tr", "Merhaba, depoya gelin, orada ödeyin, Amazon komisyonunu da tasarruf edersiniz."),
]

FEE_NAMED = [
    ("en", "Hi Mr Lloyd, the price already includes Amazon's commission, so we can't go lower."),
    (
        "de",
        "Hallo Herr Wenz, im Preis ist die Amazon-Gebühr schon enthalten, günstiger geht es leider nicht.",
    ),
    ("es", "Hola, el precio ya incluye la comisión de Amazon, no podemos bajarlo."),
]


@pytest.mark.parametrize(("lang", "text"), FEE_SAVED)
def test_the_amazon_fee_saved_blocks(lang: str, text: str) -> None:
    assert OFF in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), FEE_NAMED)
def test_the_amazon_fee_named_passes(lang: str, text: str) -> None:
    assert OFF not in blocked(text, lang)
