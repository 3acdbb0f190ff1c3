"""Round 11: the adversary's findings of round 9 and set 9's false alarms, each fixed as a
class and tested with sentences of our own, in all ten languages where words are involved."""

from __future__ import annotations

import pytest

from compliance.tlds import SPELLED_TLDS, TLDS
from tests.compliance.gate import blocked

# --- a. every top-level domain of the root zone ---------------------------------------------


@pytest.mark.parametrize(
    "tld",
    ["kaufen", "boutique", "tienda", "berlin", "moda", "fashion", "bio", "eco", "shop",
     "store", "online", "site", "app", "dev", "xyz", "club", "top", "vip", "jetzt", "immo",
     "koeln", "madrid", "reise", "schule", "versicherung", "voyage", "viajes", "tokyo",
     "istanbul", "stockholm", "amsterdam", "gratis", "furniture", "kitchen", "garden",
     "xn--p1ai", "gb", "bv", "sj"],
)  # fmt: skip
def test_the_root_zone_is_known(tld: str) -> None:
    assert tld in TLDS


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Schauen Sie mal auf lindenhof-keramik.kaufen vorbei."),
        ("fr", "Toute la collection est sur atelier-rose.boutique depuis lundi."),
        ("es", "Tenemos más colores en cestasdelsur.tienda, échele un vistazo."),
        ("it", "Trova tutti i colori su oliodibruno.shop oppure chiamaci."),
        ("nl", "Kijk ook eens op tuinhuisje.amsterdam voor de rest."),
        ("pl", "Pełna oferta jest na ceramikazakopane.online."),
        ("sv", "Hela sortimentet finns på fjallboden.stockholm nu."),
        ("tr", "Diğer renkler bakircezve.istanbul adresinde."),
        ("ja", "他の柄はkimono-hana.tokyoでご覧いただけます。"),
        ("en", "Everything else is on brightwaterhome.furniture if you are curious."),
    ],
)
def test_a_bare_shop_domain_on_a_new_generic_tld_is_a_link(lang: str, text: str) -> None:
    assert "link" in blocked(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "The manual is attached as anleitung.pdf, the photo as kettle.jpg.",
        "Firmware 2.4.13 fixes the timer; z.B. heute, u.a. morgen, d.h. bald.",
        "Art.Nr. 4411, Best.Nr. 55, ca. 3 kg, Dr.Schmidt, St.Moritz.",
        "The item.Now it works again, thank you.",
        "Der Ordner heißt rechnungen.2024 und die Datei setup.exe.",
    ],
)
def test_ordinary_dotted_words_stay_compliant(text: str) -> None:
    assert "link" not in blocked(text)


def test_spelled_out_dots_are_rebuilt_only_for_common_endings() -> None:
    # "right now . now": reading every root-zone word after a spaced dot would invent links
    assert "now" in TLDS and "now" not in SPELLED_TLDS
    assert "link" not in blocked("Sorry for the wait . Now it is on its way.")
    assert "link" in blocked("Our site is brightwater dot shop for the rest.")


# --- b. a promo code told to be used ---------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Pop WINTER25 in at checkout next time you stock up."),
        ("de", "Geben Sie beim nächsten Einkauf einfach HERBST15 ein."),
        ("fr", "Saisissez NOEL20 au paiement de votre prochaine commande."),
        ("es", "Introduzca OTONO15 al pagar y listo."),
        ("it", "Inserisca AUTUNNO10 nel carrello al prossimo ordine."),
        ("ja", "次回のお買い物でFUYU20をご入力ください。"),
        ("nl", "Vul HERFST15 in bij het afrekenen van je volgende bestelling."),
        ("pl", "Przy kolejnym zamówieniu wpisz JESIEN20 w koszyku."),
        ("sv", "Skriv in HOST20 i kassan nästa gång."),
        ("tr", "Bir sonraki siparişinizde KIS20 kullanın."),
    ],
)
def test_a_code_to_use_at_checkout_is_marketing(lang: str, text: str) -> None:
    assert "marketing" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Use the KXR200 adapter with the lid, and enter your order 114-5738201-2290461."),
        ("en", "Use tracking number HJ0019283746 on the carrier's page next time."),
        ("de", "Verwenden Sie das Modell EVO50 nur mit dem Originalkabel."),
        ("fr", "Utilisez le filtre type FLT30 pour la prochaine fois."),
        ("en", "Switch the TV to HDMI2 and use an LR44 battery in the remote."),
        ("en", "The 15% off was an Amazon coupon, applied at checkout by Amazon: code SAVE15."),
    ],
)
def test_model_numbers_order_ids_and_tracking_numbers_are_no_code(lang: str, text: str) -> None:
    assert "marketing" not in blocked(text, lang)


# --- c. the whole URL is read ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Track: https://www.dhl.de/de/verfolgen.html?piececode=00340434117702294419#@lindenhof.example",
        "https://www.ups.com/track?tracknum=1Z4A7W590312847766#lindenhof-keramik.example",
        "https://lindenhof.example@www.ups.com/track?tracknum=1Z4A7W590312847766",
        "https://www.postnl.nl/tracktrace/?B=3SABCD1234567%40shop.example",
    ],
)
def test_an_allowed_link_carrying_another_address_is_a_link(text: str) -> None:
    assert "link" in blocked(text)


@pytest.mark.parametrize(
    "text",
    [
        "https://www.ups.com/track?loc=en_US&tracknum=1Z4A7W590312847766",
        "https://www.amazon.com/gp/your-account/order-details?orderID=114-5738201-2290461#top",
        "You can book a new delivery day on https://tools.usps.com/redelivery.htm with the slip.",
        "Umleiten: https://www.dhl.de/de/privatkunden/pakete-empfangen/abholung.html",
        "Lo puede consultar en seur.com con el número 51723891084.",
        "Sök på kollinumret på postnord.se, där syns allt.",
    ],
)
def test_carrier_pages_and_names_stay_compliant(text: str) -> None:
    assert "link" not in blocked(text)


def test_a_carrier_page_that_sells_is_still_a_link() -> None:
    assert "link" in blocked("See https://www.dhl.de/de/karriere.html for jobs.")


# --- d. stars as a name, stars as an adjective -------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Your Five Star binders left with FedEx this morning."),
        ("de", 'Die Serie heißt "Fünf Sterne", das hat mit Bewertungen nichts zu tun.'),
        ("fr", "Le livre « Cuisine d'un chef étoilé » part demain par Colissimo."),
        ("fr", "La couverture au ciel étoilé est bien en stock."),
        ("ja", "「Five Star」はシリーズ名でございます。名前についてのご質問ありがとうございます。"),
        ("ja", "午前に発送いたしました。事前にご連絡いたします。"),
    ],
)
def test_stars_as_a_name_or_an_adjective_are_no_rating(lang: str, text: str) -> None:
    assert "review-request" not in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Please leave us a Five Star review!"),
        ("fr", "Laissez-nous 5 étoiles, ça nous aiderait !"),
        ("ja", "レビューを書く前に、まずはご連絡ください。"),
    ],
)
def test_star_asks_still_ask(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


# --- the buyer's payment offer declined --------------------------------------------------------
# "Only through Amazon" is a refusal, and a proposal thanked for in one sentence is refused by
# the next one.

PAYMENT_DECLINED = [
    ("en", "Thanks for suggesting Venmo, but we can only accept payment via Amazon."),
    ("en", "It's sweet of you to offer a Cash App transfer. We can't accept that, sorry."),
    ("de", "Danke für Ihr Angebot mit PayPal. Wir können leider nur über Amazon abrechnen."),
    ("fr", "Merci de nous proposer Lydia, mais nous ne pouvons recevoir aucun virement."),
    ("es", "Gracias por ofrecer Bizum. No podemos aceptarlo, todo va por Amazon."),
    ("it", "Grazie per la proposta di Satispay. Non possiamo accettarla, solo Amazon."),
    ("ja", "PayPayでのお支払いのお申し出ありがとうございます。ただ、お受けできかねます。"),
    ("nl", "Bedankt voor het aanbod om te tikkie'en. Dat is helaas niet mogelijk."),
    ("pl", "Dziękujemy za propozycję BLIK. Nie możemy jednak przyjąć takiej płatności."),
    ("sv", "Tack för förslaget om Swish. Det kan vi tyvärr inte ta emot."),
    ("tr", "Havale teklifiniz için teşekkürler. Maalesef kabul edemiyoruz."),
]


@pytest.mark.parametrize(("lang", "text"), PAYMENT_DECLINED)
def test_a_declined_payment_offer_is_compliant(lang: str, text: str) -> None:
    assert "off-amazon" not in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Send the 5 dollars by Venmo to our shop. Thanks for offering!"),
        ("de", "Zahlen Sie die Gravur einfach per PayPal an uns."),
        ("sv", "Swisha mellanskillnaden till oss, tack."),
    ],
)
def test_a_payment_asked_off_amazon_still_is(lang: str, text: str) -> None:
    assert "off-amazon" in blocked(text, lang)


# --- ordinary words that looked like a sales push or a data request ----------------------------


PD = "personal-data"
REVIEW = "review-request"


@pytest.mark.parametrize(
    ("lang", "text", "rule"),
    [
        ("en", "The receipt is attached to your order now, under Order details.", "marketing"),
        ("en", "The 10% was an Amazon coupon on the product page, applied by Amazon.", REVIEW),
        ("en", "Your order summary lists it as 'Coupon applied'.", "marketing"),
        ("en", "Could you send us a photo of the batch number on the lid?", PD),
        ("de", "Können Sie uns ein Foto der Chargennummer auf dem Deckel schicken?", PD),
        ("fr", "Pouvez-vous nous envoyer une photo du numéro de lot sous le pot ?", PD),
        ("es", "¿Puede enviarnos aquí una foto del número de lote de la tapa?", PD),
        ("it", "Può mandarci qui una foto del numero di lotto sul tappo?", PD),
        ("ja", "フタに記載のロット番号のお写真をこちらにお送りいただけますか。", PD),
        ("nl", "Kunt u hier een foto van het lotnummer op het deksel sturen?", PD),
        ("pl", "Czy może Pan przesłać tutaj zdjęcie numeru seryjnego z obudowy?", PD),
        ("sv", "Kan du skicka en bild på batchnumret på locket här i tråden?", PD),
        ("tr", "Kapaktaki lot numarasının fotoğrafını buradan gönderebilir misiniz?", PD),
    ],
)  # fmt: skip
def test_ordinary_senses_stay_compliant(lang: str, text: str, rule: str) -> None:
    assert rule not in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "rule"),
    [
        ("en", "Order now while the spring colours last!", "marketing"),
        ("en", "Could you send us your number so the fitter can call?", "personal-data"),
        ("pl", "Proszę podać swój numer telefonu, oddzwonimy.", "personal-data"),
    ],
)
def test_the_real_thing_still_counts(lang: str, text: str, rule: str) -> None:
    assert rule in blocked(text, lang)


# --- d. stars described without the word, with our name and a wish ---------------------------

STARS_DESCRIBED = [
    ("en", "Five tiny golden icons beside our shop name would mean the world to us."),
    ("en", "Top marks on our seller profile would really help us this month."),
    ("de", "Fünf kleine Symbole neben unserem Namen würden uns riesig freuen."),
    ("fr", "Cinq petits symboles dorés sous notre boutique nous feraient vraiment plaisir."),
    ("es", "Cinco simbolitos dorados junto a nuestro nombre nos alegrarían la semana."),
    ("it", "Cinque piccole icone accanto al nostro nome ci farebbero molto piacere."),
    ("ja", "店名の横に満点が付くと励みになります。"),
    ("nl", "Vijf gouden icoontjes naast onze naam zouden ons enorm helpen."),
    ("pl", "Pięć złotych symboli przy naszej nazwie sprawiłoby nam ogromną radość."),
    ("sv", "Fem gula ikoner bredvid vårt namn skulle verkligen hjälpa oss."),
    ("tr", "Mağazamızın sayfasında tam puan bizi çok mutlu eder."),
]


@pytest.mark.parametrize(("lang", "text"), STARS_DESCRIBED)
def test_stars_described_by_their_look_are_a_rating_ask(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Press the button with five little dots; the icons are explained on page 2."),
        ("de", "Die fünf Symbole auf dem Display zeigen den Akkustand an."),
        ("fr", "Les cinq symboles sur l'étiquette indiquent la température de lavage."),
        ("sv", "De fem symbolerna på lappen visar tvättråden."),
    ],
)
def test_symbols_of_a_product_are_no_rating(lang: str, text: str) -> None:
    assert "review-request" not in blocked(text, lang)


# --- a plain grading verb with the public place ------------------------------------------------

RATE_ON_AMAZON = [
    ("en", "Could you evaluate the grinder on Amazon when you have a minute?"),
    ("de", "Würden Sie die Teekanne auf Amazon benoten?"),
    ("fr", "Pourriez-vous évaluer la théière sur Amazon ?"),
    ("es", "¿Podría puntuar la tetera en Amazon cuando pueda?"),
    ("it", "Potrebbe valutare la teiera su Amazon quando ha tempo?"),
    ("ja", "Amazonで商品を評価していただけますか。"),
    ("nl", "Wilt u de theepot beoordelen op Amazon?"),
    ("pl", "Czy mogłaby Pani ocenić czajnik na Amazonie?"),
    ("sv", "Vill du betygsätta tekannan på Amazon?"),
    ("tr", "Çaydanlığı Amazon'da puanlayabilir misiniz?"),
]


@pytest.mark.parametrize(("lang", "text"), RATE_ON_AMAZON)
def test_grading_the_product_on_amazon_is_a_review_ask(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Vous pouvez noter le numéro de commande affiché sur Amazon."),
        ("tr", "İade talebiniz Amazon'da değerlendiriliyor, sonucu size bildirecekler."),
        ("en", "Amazon will evaluate the A-to-z claim on Amazon within two days."),
        ("de", "Amazon wird den Antrag auf Amazon prüfen und bewerten, nicht wir."),
    ],
)
def test_grading_by_amazon_or_writing_a_number_down_is_no_review(lang: str, text: str) -> None:
    assert "review-request" not in blocked(text, lang)


# --- our new goods set beside the buyer's purchase ---------------------------------------------

OUR_NEW_RECOMMENDED = [
    ("en", "Our new linen napkins go with that tablecloth beautifully, just in this week."),
    ("de", "Zu der Vase passt unser neuer Untersetzer aus Kork sehr schön."),
    ("fr", "Notre nouvelle housse en lin irait très bien avec votre coussin."),
    ("es", "Nuestra nueva funda de lino combina de maravilla con su cojín."),
    ("it", "La nostra nuova federa in lino si abbina benissimo al suo cuscino."),
    ("ja", "当店の新しいカバーがお手持ちのクッションにぴったり合います。"),
    ("nl", "Bij uw kussen past onze nieuwe linnen hoes heel mooi."),
    ("pl", "Do poduszki świetnie pasuje nasza nowa lniana poszewka."),
    ("sv", "Till kudden passar vårt nya linneöverdrag jättefint."),
    ("tr", "Yastığınıza yeni keten kılıfımız çok yakışır."),
]


@pytest.mark.parametrize(("lang", "text"), OUR_NEW_RECOMMENDED)
def test_our_new_goods_set_beside_the_purchase_are_marketing(lang: str, text: str) -> None:
    assert "marketing" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Our new replacement strap fits your watch and ships today."),
        ("de", "Die neue Ersatzdichtung passt, sie geht heute raus."),
        ("fr", "Votre nouveau colis arrive demain."),
        ("tr", "Yeni adresinize uygun kargo yarın çıkıyor."),
    ],
)
def test_a_new_replacement_or_parcel_is_no_plug(lang: str, text: str) -> None:
    assert "marketing" not in blocked(text, lang)
