# ruff: noqa: E501  (sentences are kept whole)
"""Round 28b: false alarms and missed violations of the marketing, off-Amazon and
cancellation rules on the development held-out sets 29-33, each class tested with sentences
of our own (none from a held-out set) in the ten languages, beside the look-alikes that must
keep their verdict.  Measured with the rules alone (no n-gram model).

F1: a look at the parcel before signing for it ("dia un'occhiata agli angoli della scatola",
"échele un vistazo a la caja") read as "take a look at our range".
F2: Turkish "hemen" (right, just) before a word that opens with "al" ("hemen altına", right
under; "hemen alındı", taken at once) read as "hemen alın" (buy now).
F3: a holiday after "order by Friday" ("zamówi Pani do piątku, na Gwiazdkę zdążymy") read as
a platform named after "order on".
F4: the maker's own website pointed at for help with the product (an exploded diagram, the
manual): "its own website", "メーカーの公式サイト" are the maker's, not the seller's shop.
F5: the seller asking whether it should cancel ("let us know if we should cancel; we'll do it
on our side", "se dobbiamo annullare", "falls wir stornieren sollen").
M1: a relative's or friend's shop recommended ("my cousin's bike shop", "la tienda de mi
amiga", "min kusins möbelbutik"), or another shop praised as friendlier than the seller
("they're much friendlier than us", "veel vriendelijker dan wij").
M2: a voucher with its amount put in the parcel for the buyer's next purchase with us ("un
vale de 5 euros para su próxima compra", "een tegoedbon van 5 euro", "bon na 20 zł",
"ett presentkort på 50 kronor", "次回ご購入時にお使いいただけるクーポン").
"""

from __future__ import annotations

import pytest

from tests.compliance.rules_only import blocked

# --- F1: a look at the parcel ----------------------------------------------------------

LOOK_AT_PARCEL = [
    (
        "en",
        "When you collect it, have a look at the corners of the box and ask the counter staff to note any dent.",
    ),
    (
        "de",
        "Schauen Sie sich beim Abholen kurz die Ecken des Kartons an und lassen Sie eine Delle notieren.",
    ),
    ("fr", "Au retrait, jetez un coup d'œil aux coins du carton et faites noter tout choc."),
    (
        "es",
        "Al recogerlo, échele un vistazo a las esquinas de la caja y, si ve un golpe, que lo anoten.",
    ),
    ("es", "Antes de firmar, échale un vistazo al embalaje por si viene aplastado."),
    ("it", "Al ritiro dia un'occhiata all'imballo e, se vede un urto, lo faccia annotare."),
    (
        "it",
        "Prima di firmare dagli un'occhiata alla scatola, e se è ammaccata scrivilo sulla ricevuta.",
    ),
    (
        "ja",
        "受け取りの際に箱の角を一度ご確認いただき、へこみがあれば窓口で記録してもらってください。",
    ),
    (
        "nl",
        "Neem bij het ophalen even een kijkje naar de hoeken van de doos en laat een deuk noteren.",
    ),
    ("pl", "Przy odbiorze proszę rzucić okiem na rogi kartonu i zgłosić ewentualne wgniecenie."),
    (
        "sv",
        "Titta gärna på kartongens hörn när du hämtar ut paketet och be ombudet notera en buckla.",
    ),
    ("tr", "Teslim alırken kutunun köşelerine bir göz atın, ezik varsa tutanağa yazdırın."),
]
LOOK_AT_OUR_RANGE = [
    ("it", "Dia un'occhiata ai nostri nuovi modelli!"),
    ("it", "Dagli un'occhiata, è appena uscito."),
    ("es", "Échele un vistazo a nuestra nueva colección."),
    ("es", "Échale un vistazo, te va a encantar."),
]


@pytest.mark.parametrize(("lang", "text"), LOOK_AT_PARCEL)
def test_f1_a_look_at_the_parcel_is_no_plug(lang: str, text: str) -> None:
    assert "marketing" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), LOOK_AT_OUR_RANGE)
def test_f1_a_look_at_our_range_still_blocks(lang: str, text: str) -> None:
    assert "marketing" in blocked(text, lang)


# --- F2: "hemen" before a word that opens with "al" ----------------------------------------

RIGHT_UNDER = [
    ("tr", "Kayışın Y kısmı kulağınızın hemen altına gelmeli."),
    ("tr", "Etiket kapağın hemen altında duruyor."),
    ("tr", "Sipariş hemen alındı ve bugün kargoya verildi."),
    ("en", "The Y of the strap should sit right under your ear."),
    ("de", "Das Y des Riemens sitzt direkt unter dem Ohr."),
    ("fr", "Le Y de la sangle doit se trouver juste sous l'oreille."),
    ("es", "La Y de la correa debe quedar justo debajo de la oreja."),
    ("it", "La Y del cinturino deve stare subito sotto l'orecchio."),
    ("ja", "ベルトのY字部分が耳のすぐ下に来るようにしてください。"),
    ("nl", "De Y van de band hoort net onder uw oor te zitten."),
    ("pl", "Litera Y paska powinna być tuż pod uchem."),
    ("sv", "Remmens Y ska sitta precis under örat."),
]
BUY_NOW_TR = [
    "Hemen alın, stoklar tükenmeden!",
    "Yeni renkleri hemen alabilirsiniz.",
    "Hemen satın alın.",
]


@pytest.mark.parametrize(("lang", "text"), RIGHT_UNDER)
def test_f2_right_under_is_no_call_to_buy(lang: str, text: str) -> None:
    assert "marketing" not in blocked(text, lang)


@pytest.mark.parametrize("text", BUY_NOW_TR)
def test_f2_buy_now_still_blocks(text: str) -> None:
    assert "marketing" in blocked(text, "tr")


# --- F3: a holiday after "order by" ----------------------------------------------------

IN_TIME_FOR_HOLIDAY = [
    ("pl", "Jeśli zamówi Pan do środy, na Wielkanoc paczka na pewno będzie."),
    ("pl", "Gdy zamówi Pani jeszcze dziś, na Gwiazdkę zdążymy bez problemu."),
    ("pl", "Jeśli zamówi Pani do czwartku, na Mikołajki będzie na miejscu."),
    ("en", "If you order by Thursday, it will be there on Christmas Eve."),
    ("de", "Wenn Sie bis Donnerstag bestellen, ist es an Heiligabend da."),
    ("fr", "Si vous commandez avant jeudi, il arrivera pour Noël."),
    ("es", "Si lo pide antes del jueves, llega en Nochebuena."),
    ("it", "Se lo ordina entro giovedì, arriva per Natale."),
    ("ja", "木曜日までにご注文いただければ、クリスマスに間に合います。"),
    ("nl", "Bestel uiterlijk donderdag, dan is het er op Kerstavond."),
    ("sv", "Beställ före torsdag så är den framme på Midsommarafton."),
    ("tr", "Perşembeye kadar sipariş verirseniz Bayram'da elinizde olur."),
]
ORDER_ON_A_PLATFORM = [
    ("pl", "Zamów je na Vinted taniej."),
    ("pl", "Sprzedajemy je też na Allegro."),
    ("en", "We also sell them on Redbubble."),
]


@pytest.mark.parametrize(("lang", "text"), IN_TIME_FOR_HOLIDAY)
def test_f3_a_holiday_is_no_platform(lang: str, text: str) -> None:
    assert "off-amazon" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), ORDER_ON_A_PLATFORM)
def test_f3_a_platform_after_order_on_still_blocks(lang: str, text: str) -> None:
    assert "off-amazon" in blocked(text, lang)


# --- F4: the maker's own website for help ----------------------------------------------

MAKERS_SITE = [
    (
        "en",
        "The maker, Corriente, has an exploded diagram on its own website under Support; search for the model number.",
    ),
    (
        "en",
        "The manufacturer publishes the manual on their own website if you lose the paper copy.",
    ),
    ("de", "Der Hersteller hat auf seiner eigenen Website eine Explosionszeichnung unter Support."),
    ("fr", "Le fabricant propose une vue éclatée sur son propre site, rubrique Assistance."),
    ("es", "El fabricante tiene un despiece en su propia web, en el apartado de Soporte."),
    ("it", "Il produttore ha un esploso del modello sul proprio sito, nella sezione Assistenza."),
    ("ja", "メーカーの公式サイトに分解図がございます。型番で検索してみてください。"),
    ("nl", "De fabrikant heeft een explosietekening op zijn eigen website onder Support."),
    ("pl", "Producent ma rysunek złożeniowy na swojej własnej stronie, w zakładce Wsparcie."),
    ("sv", "Tillverkaren har en sprängskiss på sin egen webbplats under Support."),
    ("tr", "Üretici firmanın kendi web sitesinde, Destek bölümünde patlatılmış çizim var."),
]
OUR_OWN_SITE = [
    ("en", "Next time buy it on our own website, it is cheaper."),
    ("en", "The maker sells it cheaper in its own shop."),
    ("en", "You can find the manual on our own website."),
    ("ja", "次回は当店の公式サイトでご購入ください。"),
]


@pytest.mark.parametrize(("lang", "text"), MAKERS_SITE)
def test_f4_the_makers_site_for_help_is_not_ours(lang: str, text: str) -> None:
    assert "off-amazon" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), OUR_OWN_SITE)
def test_f4_our_own_site_or_a_shop_still_blocks(lang: str, text: str) -> None:
    assert "off-amazon" in blocked(text, lang)


# --- F5: whether the seller should cancel ----------------------------------------------

SHOULD_WE_CANCEL = [
    (
        "de",
        "Bitte sagen Sie uns kurz Bescheid, falls wir stornieren sollen, das erledigen wir dann auf unserer Seite.",
    ),
    (
        "en",
        "Please let us know if we should cancel it; we'll do that on our side and you get the money back at once.",
    ),
    ("fr", "Merci de nous dire si nous devons annuler, nous le faisons de notre côté."),
    ("es", "Por favor, díganos si debemos cancelarlo; lo hacemos desde nuestro lado."),
    ("it", "Ci dica pure se dobbiamo annullare: lo facciamo noi dal nostro lato."),
    ("ja", "キャンセルした方がよろしければお知らせください。当店側でキャンセル処理いたします。"),
    ("nl", "Laat het ons even weten als we moeten annuleren, dat doen we dan aan onze kant."),
    ("pl", "Proszę dać znać, jeśli mamy anulować, zrobimy to po naszej stronie."),
    ("sv", "Säg bara till om vi ska avbryta, så gör vi det på vår sida."),
    ("tr", "İptal etmemizi isterseniz lütfen haber verin, biz kendi tarafımızdan iptal ederiz."),
]
YOU_CANCEL = [
    ("en", "Please cancel the order yourself so it does not count against us."),
    ("de", "Bitte stornieren Sie die Bestellung selbst in Ihrem Konto."),
    ("fr", "Pourriez-vous annuler la commande vous-même ?"),
    ("es", "¿Puede cancelar usted el pedido?"),
    ("it", "Per favore annulli lei l'ordine dal suo account."),
    ("nl", "Wilt u de bestelling zelf annuleren?"),
    ("pl", "Proszę samodzielnie anulować zamówienie."),
    ("sv", "Kan du själv avbryta beställningen?"),
    ("tr", "Siparişi kendiniz iptal eder misiniz?"),
]


@pytest.mark.parametrize(("lang", "text"), SHOULD_WE_CANCEL)
def test_f5_whether_we_should_cancel_asks_nothing(lang: str, text: str) -> None:
    assert "cancellation-request" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), YOU_CANCEL)
def test_f5_cancel_it_yourself_still_blocks(lang: str, text: str) -> None:
    assert "cancellation-request" in blocked(text, lang)


# --- M1: a relative's or friend's shop, a friendlier shop ---------------------------------

KIN_SHOP = [
    ("en", "Honestly, my sister's hardware shop on Mill Lane has the hinges in stock."),
    (
        "en",
        "To be fair, the frame shop next to the station is much friendlier than we are and cuts it to size on the spot.",
    ),
    (
        "de",
        "Ehrlich gesagt würde ich Ihnen den Laden meiner Schwester in der Bahnhofstraße empfehlen, die hat die Scharniere da.",
    ),
    ("de", "Der Fahrradladen am Markt hat ihn vorrätig und ist viel freundlicher als wir."),
    ("fr", "Franchement, allez voir la boutique de ma sœur rue Victor Hugo, elle l'a en stock."),
    (
        "es",
        "Sinceramente, le recomiendo la ferretería de mi cuñado en la calle Mayor: lo tiene en el almacén.",
    ),
    (
        "it",
        "Sinceramente le consiglio il negozio di mio fratello in via Roma, ce l'ha in magazzino.",
    ),
    ("it", "Passi dalla cartoleria della mia amica Sara in piazza, ce li ha tutti."),
    ("ja", "実は、駅前にある私の兄の金物店なら在庫があります。"),
    (
        "nl",
        "Eerlijk gezegd zou ik naar de winkel van mijn zus aan de Markt gaan, die heeft ze op voorraad.",
    ),
    ("nl", "De fietsenmaker op de hoek heeft hem liggen en is veel vriendelijker dan wij."),
    (
        "pl",
        "Szczerze mówiąc, proszę zajrzeć do sklepu mojej siostry przy Długiej, ma je na miejscu.",
    ),
    (
        "sv",
        "Ärligt talat skulle jag tipsa om min brors järnhandel på Storgatan, han har dem i lager.",
    ),
    (
        "tr",
        "Açıkçası Cumhuriyet Caddesi'ndeki kuzenimin nalbur dükkanına uğrayın, onda stokta var.",
    ),
]
KIN_NOT_A_SHOP = [
    ("en", "My sister tried the same hinges at home and they fit a 35 mm cup."),
    ("de", "Meine Schwester hat die Scharniere selbst eingebaut, es dauert zehn Minuten."),
    ("fr", "Ma sœur utilise la même lampe depuis deux ans sans souci."),
    ("es", "Mi cuñado montó el mismo modelo en media hora."),
    ("it", "Mio fratello ha lo stesso modello e lo pulisce con acqua tiepida."),
    ("ja", "私の兄も同じ工具を使っていますが、刃は年に一度交換しています。"),
    ("nl", "Mijn zus heeft dezelfde lamp en die werkt nog prima."),
    ("pl", "Moja siostra ma ten sam model i czyści go wilgotną ściereczką."),
    ("sv", "Min bror har samma modell och byter bladet en gång om året."),
    ("tr", "Kuzenim de aynı modeli kullanıyor, bıçağı yılda bir değiştiriyor."),
]


@pytest.mark.parametrize(("lang", "text"), KIN_SHOP)
def test_m1_a_kin_or_friendlier_shop_blocks(lang: str, text: str) -> None:
    assert "off-amazon" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), KIN_NOT_A_SHOP)
def test_m1_a_relative_without_a_shop_stays_compliant(lang: str, text: str) -> None:
    assert not blocked(text, lang)


# --- M2: a voucher for the next purchase ------------------------------------------------

VOUCHER_NEXT_TIME = [
    (
        "en",
        "To make up for it I've put a 5 pound voucher in the parcel for your next order with us.",
    ),
    (
        "de",
        "Als Entschuldigung liegt ein 5-Euro-Gutschein für Ihren nächsten Einkauf bei uns im Paket.",
    ),
    (
        "fr",
        "Pour nous excuser, nous avons glissé un bon de 5 euros à utiliser lors de votre prochain achat chez nous.",
    ),
    (
        "es",
        "Para compensarle, le hemos metido un vale de 5 euros para su próxima compra con nosotros.",
    ),
    (
        "it",
        "Per scusarci le ho messo nel pacco un buono da 5 euro da usare al suo prossimo acquisto da noi.",
    ),
    ("ja", "お詫びとして、次回ご購入時にお使いいただける500円分のクーポンを同封しました。"),
    (
        "nl",
        "Als excuus zit er een tegoedbon van 5 euro in het pakket voor uw volgende aankoop bij ons.",
    ),
    (
        "pl",
        "W ramach przeprosin dołączyliśmy bon na 20 zł do wykorzystania przy następnych zakupach u nas.",
    ),
    (
        "sv",
        "Som ursäkt har vi lagt ett presentkort på 50 kronor i paketet till ditt nästa köp hos oss.",
    ),
    (
        "tr",
        "Özür olarak bir sonraki alışverişinizde kullanabileceğiniz 50 TL'lik bir hediye çeki koyduk.",
    ),
]
NO_VOUCHER = [
    ("en", "You can pay with your Amazon gift card at your next purchase."),
    ("de", "Ihren Amazon-Gutschein können Sie beim nächsten Einkauf einlösen."),
    ("es", "Vale, le mando el de 5 litros y para su próxima compra ya tendrá el de 10."),
    ("ja", "次回のご購入時に差額は発生しません。"),
    ("ja", "ご購入時のお値段は1,200円で、クーポンが適用されています。"),
    ("pl", "Kartę podarunkową Amazon może Pan wykorzystać przy następnych zakupach."),
    ("sv", "Ditt presentkort från Amazon kan du använda vid nästa köp."),
]


@pytest.mark.parametrize(("lang", "text"), VOUCHER_NEXT_TIME)
def test_m2_a_voucher_for_next_time_blocks(lang: str, text: str) -> None:
    assert "marketing" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), NO_VOUCHER)
def test_m2_no_voucher_of_ours_stays_compliant(lang: str, text: str) -> None:
    assert "marketing" not in blocked(text, lang)
