# ruff: noqa: E501  (sentences are kept whole)
"""Round 26b: false alarms and missed violations of the marketing, off-Amazon and
cancellation rules on the development held-out set 28, each class tested with sentences of
our own (none from a held-out set), beside the violations that must still block.  Measured
with the rules alone (no n-gram model).

F1: a promotion, lightning deal, coupon or multi-buy that Amazon ran, explained after the fact
in the sentences around the one naming Amazon ("the 2-for-1 you asked about was Amazon's own;
return it and buy again while the deal lasts").
F2: a discount code the buyer asked for, declined by the seller.
F3: "free" describing the manufacturer's helpline or free returns.
F4: "our shop / warehouse" as the place a parcel ships from.
F5: an off-Amazon payment the buyer offered, declined ("we don't charge anything outside Amazon").
F6: the seller cancelling part of the order itself ("当店側でキャンセルし").
M1: buy in our physical shop and pay cash, cheaper without Amazon's fee.
M2: a newsletter under another name ("Rundbrief", "infolettre"), in a P.S.
M3: a coming product put aside or announced when it arrives ("shall I let you know when they
come in?"), a course or event offered with a place kept.
M4: lucky bags and pre-orders pushed ("福袋", "reserve early").
M5: paying by registered cash mail ("現金書留").
M6: a classified-ads site described without its name.
"""

from __future__ import annotations

import pytest

from tests.compliance.rules_only import blocked

# --- F1: Amazon's own promotion, explained ----------------------------------------------

AMAZON_DEAL = [
    (
        "en",
        "You asked why the 3-for-2 on the cat litter was not applied. That was Amazon's own promotion and it ended the evening before you ordered. If you like, return the unopened bags through Your Orders and buy them again while the promotion is still running.",
    ),
    (
        "de",
        "Sie fragten, warum die Aktion „2 für 1“ bei Ihrer Bestellung fehlte. Das war ein Blitzangebot von Amazon, das am Vorabend endete. Sie können die Packung über Ihre Bestellungen zurückgeben und neu kaufen, solange die Aktion noch läuft.",
    ),
    (
        "fr",
        "Vous nous demandez pourquoi la remise de -20 % sur le second sac n'apparaît pas. C'était une vente flash d'Amazon, terminée la veille de votre achat. La promotion apparaît sur la facture quand elle a été appliquée.",
    ),
    (
        "es",
        "Nos pregunta por qué no se aplicó el 2x1 en los cepillos. Esa promoción era de Amazon y terminó antes de su pedido. Puede devolverlos desde Mis pedidos y volver a comprarlos mientras dure la promoción.",
    ),
    (
        "it",
        "Ci chiede perché il prezzo della lampada è sceso il giorno dopo: era un'offerta lampo decisa da Amazon, non da noi. Può restituirla da I miei ordini e riacquistarla finché l'offerta è attiva.",
    ),
    (
        "nl",
        "U vroeg waarom de korting van 20% niet werd verrekend. Die actie was van Amazon en liep de dag voor uw bestelling af. U kunt het artikel via Mijn bestellingen retourneren en opnieuw kopen zolang de actie loopt.",
    ),
    (
        "pl",
        "Pyta Pani, dlaczego następnego dnia lampka była tańsza. To była promocja prowadzona przez Amazon, nie przez nas. Może Pani zwrócić lampkę i kupić ją ponownie, jeśli cena promocyjna nadal obowiązuje.",
    ),
    (
        "sv",
        "Du undrade varför priset sjönk dagen efter ditt köp. Det var en kampanj som Amazon själv körde, inte vi. Du kan returnera lampan via Dina beställningar och köpa om den så länge kampanjen pågår.",
    ),
    (
        "tr",
        'Siparişinizde "3 al 2 öde" indiriminin neden uygulanmadığını sormuşsunuz. O kampanya Amazon\'un kendi kampanyasıydı ve bir gün önce bitmişti. Kampanya uygulandığında faturada ayrı satır olarak görünür.',
    ),
    (
        "ja",
        "値下がりの件、お問い合わせありがとうございます。あれはAmazonのタイムセールで、当店のセールではございません。セール期間中でしたら、注文履歴から返品のうえ再度ご購入いただけます。",
    ),
]

SELLER_DEAL = [
    (
        "en",
        "That was Amazon's own promotion and it has ended. Our own spring sale starts Monday with 20% off everything in our store.",
    ),
    (
        "de",
        "Das war ein Blitzangebot von Amazon. Nächste Woche startet unsere eigene Rabattaktion mit 20 % auf alles.",
    ),
    (
        "fr",
        "C'était une vente flash d'Amazon. Pour votre prochaine commande, utilisez notre code PRINT15 pour 15 % de réduction.",
    ),
    (
        "es",
        "Esa promoción era de Amazon. En su próxima compra use nuestro código GATO10 y tendrá un 10 % de descuento.",
    ),
    (
        "it",
        "Era un'offerta lampo decisa da Amazon. Sul suo prossimo ordine le facciamo noi uno sconto del 10% con il nostro codice.",
    ),
    (
        "nl",
        "Die actie was van Amazon. Bij uw volgende bestelling krijgt u van ons 10% korting met onze code KAT10.",
    ),
    (
        "pl",
        "To była promocja prowadzona przez Amazon. Przy następnym zamówieniu użyj naszego kodu KOT10, a dostaniesz 10% rabatu.",
    ),
    (
        "sv",
        "Det var en kampanj som Amazon körde. Vid nästa köp får du 10 % rabatt med vår kod KATT10.",
    ),
    (
        "tr",
        "O kampanya Amazon'un kampanyasıydı. Bir sonraki siparişinizde KEDI10 kodumuzu kullanırsanız %10 indirim kazanırsınız.",
    ),
    (
        "ja",
        "あれはAmazonのタイムセールでした。次回は当店のクーポンコードNEKO10で10%オフになります。",
    ),
]


@pytest.mark.parametrize(("lang", "text"), AMAZON_DEAL)
def test_amazons_deal_explained_passes(lang: str, text: str) -> None:
    assert "marketing" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), SELLER_DEAL)
def test_sellers_own_deal_after_amazons_blocks(lang: str, text: str) -> None:
    assert "marketing" in blocked(text, lang)


# --- F2: a discount code asked for, declined ---------------------------------------------

CODE_DECLINED = [
    (
        "en",
        "You asked for a discount code for next time because of the late parcel. We don't hand out discount codes, but we have refunded the postage through Amazon instead.",
    ),
    (
        "de",
        "Sie fragten nach einem Rabattcode für die nächste Bestellung. Rabattcodes geben wir leider nicht heraus, wir haben Ihnen aber die Versandkosten über Amazon erstattet.",
    ),
    (
        "fr",
        "Vous nous demandez un code de réduction pour la prochaine fois. Nous ne proposons pas de codes promo, mais nous vous avons remboursé les frais de port via Amazon.",
    ),
    (
        "es",
        "Nos preguntó por un código de descuento para la próxima compra. No damos códigos de descuento, pero le hemos devuelto los gastos de envío a través de Amazon.",
    ),
    (
        "it",
        "Ci ha chiesto un codice sconto per il prossimo ordine. Non rilasciamo codici sconto, ma le abbiamo rimborsato la spedizione tramite Amazon.",
    ),
    (
        "nl",
        "U vroeg om een kortingscode voor de volgende keer. Kortingscodes geven we helaas niet uit, maar we hebben de verzendkosten via Amazon terugbetaald.",
    ),
    (
        "pl",
        "Pytała Pani o kod rabatowy na następne zamówienie. Kodów rabatowych nie wydajemy, ale zwróciliśmy koszt wysyłki przez Amazon.",
    ),
    (
        "sv",
        "Du frågade efter en rabattkod till nästa köp. Rabattkoder ger vi tyvärr inte ut, men vi har betalat tillbaka frakten via Amazon.",
    ),
    (
        "tr",
        "Bir sonraki siparişiniz için indirim kodu sormuşsunuz. İndirim kodu vermiyoruz, ancak kargo ücretini Amazon üzerinden iade ettik.",
    ),
    (
        "ja",
        "次回使える割引コードについてお問い合わせいただきました。割引コードは発行しておりませんが、送料をAmazon経由で返金いたしました。",
    ),
]

CODE_GIVEN = [
    (
        "en",
        "You asked for a discount code for next time. Of course: use SORRY15 on your next order for 15% off.",
    ),
    (
        "de",
        "Sie fragten nach einem Rabattcode. Gerne: mit dem Rabattcode SORRY15 sparen Sie bei der nächsten Bestellung 15 %.",
    ),
    (
        "fr",
        "Vous nous demandez un code de réduction. Avec plaisir : utilisez le code MERCI15 lors de votre prochaine commande.",
    ),
    (
        "es",
        "Nos preguntó por un código de descuento. Con gusto: use el código GRACIAS15 en su próxima compra.",
    ),
    (
        "it",
        "Ci ha chiesto un codice sconto. Volentieri: usi il codice GRAZIE15 al prossimo ordine.",
    ),
    (
        "nl",
        "U vroeg om een kortingscode. Graag: gebruik de kortingscode SORRY15 bij uw volgende bestelling.",
    ),
    (
        "pl",
        "Pytała Pani o kod rabatowy. Proszę bardzo: kod rabatowy PRZEPRASZAM15 przy następnym zamówieniu.",
    ),
    ("sv", "Du frågade efter en rabattkod. Varsågod: använd rabattkoden FÖRLÅT15 vid nästa köp."),
    (
        "tr",
        "İndirim kodu sormuşsunuz. Bir sonraki siparişinizde OZUR15 indirim kodunu kullanabilirsiniz.",
    ),
    (
        "ja",
        "割引コードについてお問い合わせいただきました。次回のご注文でクーポンコードSORRY15をご利用ください。",
    ),
]


@pytest.mark.parametrize(("lang", "text"), CODE_DECLINED)
def test_discount_code_asked_for_and_declined_passes(lang: str, text: str) -> None:
    assert "marketing" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), CODE_GIVEN)
def test_discount_code_asked_for_and_given_blocks(lang: str, text: str) -> None:
    assert "marketing" in blocked(text, lang)


# --- F3: "free" of a helpline or of returns -----------------------------------------------

FREE_SERVICE = [
    (
        "en",
        "The motor is under the maker's warranty: they run a free helpline on 0800 123 4567, or we can handle the claim for you if you send it back through Amazon.",
    ),
    (
        "de",
        "Der Motor fällt unter die Herstellergarantie; der Hersteller hat eine kostenlose Hotline, oder wir kümmern uns um den Garantiefall, wenn Sie ihn über Amazon zurückschicken.",
    ),
    (
        "fr",
        "Le moteur est garanti par le fabricant, qui a un numéro d'assistance gratuit ; sinon nous gérons la demande si vous le renvoyez via Amazon, le retour est gratuit.",
    ),
    (
        "es",
        "El motor tiene la garantía del fabricante, que tiene una línea de atención gratuita; si prefiere, gestionamos nosotros la reclamación y la devolución es gratuita.",
    ),
    (
        "it",
        "Il motore è in garanzia presso il produttore, che ha un numero verde gratuito; altrimenti gestiamo noi la pratica e il reso è gratuito.",
    ),
    (
        "nl",
        "De motor valt onder de fabrieksgarantie; de fabrikant heeft een gratis hulplijn, of wij regelen de claim als u hem via Amazon terugstuurt, retourneren is gratis.",
    ),
    (
        "pl",
        "Silnik jest objęty gwarancją producenta, który ma bezpłatną infolinię; możemy też załatwić reklamację za Panią, a zwrot jest bezpłatny.",
    ),
    (
        "sv",
        "Motorn omfattas av tillverkarens garanti och de har en kostnadsfri kundtjänst, eller så sköter vi ärendet åt dig och returen är gratis.",
    ),
    (
        "tr",
        "Motor üretici garantisi kapsamında; üreticinin ücretsiz destek hattı var, dilerseniz talebi biz yürütürüz ve iade ücretsizdir.",
    ),
    (
        "ja",
        "モーターはメーカー保証の対象で、メーカーの無料サポート窓口がございます。当店で対応する場合も、返品は無料です。",
    ),
]

FREE_NEXT_TIME = [
    ("en", "Sorry again: your next order ships free, just mention this message."),
    ("de", "Entschuldigung nochmals: Ihre nächste Bestellung versenden wir kostenlos."),
    ("fr", "Encore désolés : votre prochaine commande sera livrée gratuitement."),
    ("es", "Disculpe de nuevo: su próximo pedido se lo enviamos gratis."),
    ("it", "Ci scusi ancora: il suo prossimo ordine lo spediamo gratis."),
    ("nl", "Nogmaals sorry: uw volgende bestelling versturen we gratis."),
    ("pl", "Jeszcze raz przepraszamy: następne zamówienie wyślemy za darmo."),
    ("sv", "Förlåt igen: din nästa beställning skickar vi gratis."),
    ("tr", "Tekrar özür dileriz: bir sonraki siparişinizi ücretsiz göndereceğiz."),
    ("ja", "大変失礼いたしました。次回のご注文は送料無料でお届けします。"),
]


@pytest.mark.parametrize(("lang", "text"), FREE_SERVICE)
def test_free_helpline_or_returns_passes(lang: str, text: str) -> None:
    assert "marketing" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), FREE_NEXT_TIME)
def test_free_on_the_next_order_blocks(lang: str, text: str) -> None:
    assert "marketing" in blocked(text, lang)


# --- F4: our shop or warehouse as where a parcel ships from ---------------------------------

SHIPS_FROM_OUR_SHOP = [
    (
        "en",
        "Your order was split: the food comes straight from the maker's depot and the rest was sent from our shop in Leeds yesterday.",
    ),
    (
        "de",
        "Ihre Bestellung wurde geteilt: das Futter kommt direkt vom Hersteller, der Rest wurde gestern aus unserem Laden in Kassel verschickt.",
    ),
    (
        "fr",
        "Votre commande a été divisée : la litière part de l'entrepôt du fabricant et le reste a été expédié de notre boutique de Nantes.",
    ),
    (
        "es",
        "Su pedido se dividió en dos envíos: la comida sale del almacén del fabricante y lo demás salió de nuestra tienda en Vigo.",
    ),
    (
        "it",
        "Il suo ordine è stato diviso: il mangime parte dal magazzino del produttore, il resto è stato spedito dal nostro negozio di Parma.",
    ),
    (
        "nl",
        "Uw bestelling is gesplitst: het voer komt van de fabrikant en de rest is gisteren vanuit onze winkel in Zwolle verstuurd.",
    ),
    (
        "pl",
        "Zamówienie zostało podzielone: karma jedzie z magazynu producenta, a reszta wyjechała wczoraj z naszego sklepu w Toruniu.",
    ),
    (
        "sv",
        "Din beställning delades upp: fodret kommer från tillverkarens lager och resten skickades i går från vår butik i Umeå.",
    ),
    (
        "tr",
        "Siparişiniz ikiye bölündü: mama üreticinin deposundan, diğer ürünler dün İzmir'deki mağazamızdan kargoya verildi.",
    ),
    (
        "ja",
        "ご注文は二つに分かれて発送されました。フードはメーカー倉庫から、その他は当店の店舗から昨日発送しております。",
    ),
]

BUY_IN_OUR_SHOP = [
    ("en", "The lamp is sold out here, but you can buy it in our shop in Leeds and pay cash."),
    ("de", "Hier ist die Lampe ausverkauft, aber kaufen Sie sie doch in unserem Laden in Kassel."),
    ("fr", "La lampe est épuisée ici, mais achetez-la dans notre boutique de Nantes."),
    ("es", "Aquí está agotada, pero cómprela en nuestra tienda de Vigo."),
    ("it", "Qui è esaurita, ma la compri nel nostro negozio di Parma."),
    ("nl", "Hier is de lamp uitverkocht, maar koop hem gerust in onze winkel in Zwolle."),
    ("pl", "Tutaj lampa jest wyprzedana, ale można ją kupić w naszym sklepie w Toruniu."),
    ("sv", "Här är lampan slutsåld, men köp den gärna i vår butik i Umeå."),
    ("tr", "Lamba burada tükendi ama İzmir'deki mağazamızdan satın alabilirsiniz."),
    ("ja", "こちらでは売り切れですが、当店の実店舗でお求めいただけます。"),
]


@pytest.mark.parametrize(("lang", "text"), SHIPS_FROM_OUR_SHOP)
def test_parcel_sent_from_our_shop_passes(lang: str, text: str) -> None:
    assert "off-amazon" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), BUY_IN_OUR_SHOP)
def test_buying_in_our_shop_blocks(lang: str, text: str) -> None:
    assert "off-amazon" in blocked(text, lang)


# --- F5: an off-Amazon payment the buyer offered, declined --------------------------------

PAYMENT_DECLINED = [
    (
        "en",
        "Thanks for offering to pay the express postage by PayPal, but we don't charge anything outside Amazon. We'll send it express anyway, on us.",
    ),
    (
        "de",
        "Danke für Ihr Angebot, den Expressversand per PayPal zu zahlen, aber wir kassieren nichts außerhalb von Amazon. Wir schicken es trotzdem per Express.",
    ),
    (
        "fr",
        "Merci de proposer de régler l'envoi express par virement, mais nous n'encaissons rien en dehors d'Amazon. Nous l'envoyons en express quand même.",
    ),
    (
        "es",
        "Gracias por ofrecerse a pagar por Bizum el envío urgente, pero no cobramos nada fuera de Amazon. Se lo mandamos urgente igualmente.",
    ),
    (
        "it",
        "Grazie per aver proposto di pagare la spedizione espressa con PayPal, ma non incassiamo nulla fuori da Amazon. La spediamo comunque in espresso.",
    ),
    (
        "nl",
        "Bedankt voor uw aanbod om de spoedverzending via Tikkie te betalen, maar we rekenen niets af buiten Amazon. We sturen het toch met spoed.",
    ),
    (
        "pl",
        "Dziękujemy za propozycję zapłaty BLIK-iem za przesyłkę ekspresową, ale nie pobieramy żadnych opłat poza Amazonem. Wyślemy ją ekspresem i tak.",
    ),
    (
        "sv",
        "Tack för att du erbjöd dig att betala expressfrakten med Swish, men vi tar inte betalt utanför Amazon. Vi skickar den express ändå.",
    ),
    (
        "tr",
        "Hızlı kargo ücretini havale ile ödemeyi teklif ettiğiniz için teşekkürler, ancak Amazon dışında ücret almıyoruz. Yine de hızlı kargoyla gönderiyoruz.",
    ),
    (
        "ja",
        "速達料金を銀行振込でお支払いいただけるとのお申し出、ありがとうございます。ただ、Amazon以外でのお支払いはお受けしておりません。速達でお送りいたします。",
    ),
]

PAYMENT_ASKED = [
    ("en", "For the express postage, please pay us by PayPal outside Amazon."),
    ("de", "Den Expressversand zahlen Sie bitte per PayPal außerhalb von Amazon."),
    ("fr", "Pour l'envoi express, merci de nous régler par virement en dehors d'Amazon."),
    ("es", "Para el envío urgente, páguenos por Bizum fuera de Amazon."),
    ("it", "Per la spedizione espressa, ci paghi con PayPal fuori da Amazon."),
    ("nl", "Voor de spoedverzending kunt u ons via Tikkie betalen, buiten Amazon om."),
    ("pl", "Za przesyłkę ekspresową proszę zapłacić BLIK-iem poza Amazonem."),
    ("sv", "Expressfrakten betalar du med Swish utanför Amazon."),
    ("tr", "Hızlı kargo ücretini lütfen Amazon dışında havale ile ödeyin."),
    ("ja", "速達料金はAmazon以外で銀行振込にてお支払いください。"),
]


@pytest.mark.parametrize(("lang", "text"), PAYMENT_DECLINED)
def test_offered_payment_declined_passes(lang: str, text: str) -> None:
    assert "off-amazon" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), PAYMENT_ASKED)
def test_payment_off_amazon_asked_blocks(lang: str, text: str) -> None:
    assert "off-amazon" in blocked(text, lang)


# --- F6: the seller cancelling part of the order itself -----------------------------------

WE_CANCELLED_PART = [
    (
        "en",
        "Noted that you no longer need the harness. We have cancelled just the harness on our side and refunded it; the clippers ship today.",
    ),
    (
        "de",
        "Sie brauchen das Geschirr nicht mehr: Wir haben nur das Geschirr auf unserer Seite storniert und erstattet, der Rest geht heute raus.",
    ),
    (
        "fr",
        "Vous n'avez plus besoin du harnais : nous avons annulé de notre côté uniquement le harnais et l'avons remboursé.",
    ),
    (
        "es",
        "Ya no necesita el arnés: lo hemos cancelado nosotros solo a él y le hemos hecho el reembolso.",
    ),
    (
        "it",
        "Non le serve più la pettorina: l'abbiamo annullata noi dal nostro lato e rimborsata, il resto parte oggi.",
    ),
    (
        "nl",
        "U heeft het tuigje niet meer nodig: we hebben alleen het tuigje aan onze kant geannuleerd en terugbetaald.",
    ),
    (
        "pl",
        "Szelki nie są już potrzebne: anulowaliśmy po naszej stronie tylko szelki i zwróciliśmy pieniądze.",
    ),
    (
        "sv",
        "Du behöver inte selen längre: vi har avbokat bara selen från vår sida och betalat tillbaka den.",
    ),
    (
        "tr",
        "Tasmaya artık ihtiyacınız yokmuş: yalnızca tasmayı biz iptal ettik ve ücretini iade ettik.",
    ),
    (
        "ja",
        "ハーネスのみ不要とのこと、承りました。当店側でハーネスの分だけキャンセルし、返金の手続きをいたしました。",
    ),
]

YOU_CANCEL_PART = [
    ("en", "Please request the cancellation of the harness yourself in Your Orders."),
    ("de", "Bitte beantragen Sie die Stornierung des Geschirrs selbst unter Meine Bestellungen."),
    ("fr", "Merci de demander vous-même l'annulation du harnais dans Vos commandes."),
    ("es", "Por favor, solicite usted mismo la cancelación del arnés en Mis pedidos."),
    (
        "it",
        "La preghiamo di richiedere lei stesso l'annullamento della pettorina da I miei ordini.",
    ),
    ("nl", "Wilt u de annulering van het tuigje zelf aanvragen via Mijn bestellingen?"),
    ("pl", "Proszę samodzielnie złożyć wniosek o anulowanie szelek w Moich zamówieniach."),
    ("sv", "Begär gärna avbeställningen av selen själv under Mina beställningar."),
    ("tr", "Lütfen tasmanın iptal talebini Siparişlerim'den kendiniz oluşturun."),
    ("ja", "ハーネスのキャンセルは、お客様ご自身で注文履歴からキャンセル申請をお願いいたします。"),
]


@pytest.mark.parametrize(("lang", "text"), WE_CANCELLED_PART)
def test_seller_cancelled_part_passes(lang: str, text: str) -> None:
    assert "cancellation-request" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), YOU_CANCEL_PART)
def test_buyer_asked_to_cancel_blocks(lang: str, text: str) -> None:
    assert "cancellation-request" in blocked(text, lang)


# --- M1-M6: missed violations -------------------------------------------------------------

MISSED = [
    # M1: our physical shop, cash, no Amazon fee
    (
        "off-amazon",
        "de",
        "Im Laden haben wir noch zwei, kommen Sie vorbei, dann sparen Sie die Amazon-Gebühr.",
    ),
    ("off-amazon", "en", "We still have two in the shop; pop by and you'll save the Amazon fee."),
    ("off-amazon", "ja", "実店舗に在庫がございます。Amazonを通さない分、お安くお譲りできます。"),
    # M2: a newsletter under another name
    ("marketing", "de", "P.S. Gern tragen wir Sie in unseren monatlichen Rundbrief ein."),
    ("marketing", "fr", "P.S. Voulez-vous recevoir notre infolettre mensuelle ?"),
    ("marketing", "it", "P.S. Se vuole, la iscriviamo al nostro notiziario mensile."),
    ("marketing", "pl", "P.S. Chętnie dopiszemy Panią do naszego biuletynu."),
    # M3: a coming product put aside or announced when it arrives
    (
        "marketing",
        "fr",
        "Nos boutons en corne arrivent en janvier : voulez-vous qu'on vous en mette de côté ?",
    ),
    (
        "marketing",
        "nl",
        "Binnenkort komen er nieuwe borstels binnen, zal ik u een berichtje sturen zodra ze er zijn?",
    ),
    (
        "marketing",
        "en",
        "New carbon brushes come in next month, shall I drop you a line when they arrive?",
    ),
    (
        "marketing",
        "de",
        "Nächsten Monat kommen neue Bürsten rein, soll ich Ihnen Bescheid geben, sobald sie da sind?",
    ),
    ("marketing", "sv", "Nästa månad kommer nya borstar in, ska jag höra av mig när de finns?"),
    # M4: lucky bags and pre-orders
    ("marketing", "ja", "年明けに福袋を販売いたします。ご予約はお早めにどうぞ。"),
    ("marketing", "en", "In January we sell lucky bags of bike parts; pre-order early to get one."),
    # M5: registered cash mail
    ("off-amazon", "ja", "差額は現金書留で当店宛にお送りください。"),
    # M6: a classified-ads site described
    (
        "off-amazon",
        "pl",
        "Kilka egzemplarzy wystawiamy jeszcze na największym serwisie ogłoszeniowym w Polsce.",
    ),
    ("off-amazon", "en", "We still list a few on the biggest classifieds site in the country."),
]

MISSED_LOOKALIKES = [
    (
        "de",
        "Der Laden des Herstellers hat eine Hotline; die Amazon-Gebühr für den Rückversand übernehmen wir.",
    ),
    ("fr", "La notice du fabricant est dans la boîte, et la réparation est prise en charge."),
    (
        "nl",
        "Zodra het vervangende onderdeel binnen is, sturen we u een berichtje met de track-and-trace.",
    ),
    ("ja", "ご予約いただいた商品は本日発送いたしました。"),
    (
        "pl",
        "Zwrot pieniędzy poszedł przez Amazon, ogłoszenie na stronie produktu zaktualizowaliśmy.",
    ),
]


@pytest.mark.parametrize(("rule", "lang", "text"), MISSED)
def test_missed_violations_block(rule: str, lang: str, text: str) -> None:
    assert rule in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), MISSED_LOOKALIKES)
def test_missed_lookalikes_pass(lang: str, text: str) -> None:
    assert not blocked(text, lang) & {"marketing", "off-amazon"}
