# ruff: noqa: E501  (sentences are kept whole)
"""Round 31a: false alarms of the review-request and marketing rules on the development
held-out sets 40-45 (answers that decline what the buyer asked for, replies quoting the buyer,
recalls), each class tested with sentences of our own in all ten languages, beside the
violations that must still block.  Measured with the rules alone.

F1 (marketing): a promotion NAMED TO BE REFUSED: "we don't have discount codes", "Rabattcodes
haben wir nicht", "kodów rabatowych nie mamy"; Amazon's own coupon explained right after.
F2 (marketing): the BUYER's words quoted back ("> do you have a code?", 'You wrote: "..."').
F3 (review-request): the buyer asked where to review, and the seller declines to steer
("you ask where to leave a review; that is your decision, we shouldn't influence it").
F4 (review-request): a third party's survey ("DPD may text you asking you to rate the
delivery, that comes from DPD's driver service, not us") with "please note" before it.
F5 (review-request): the buyer's review named with nothing asked about it ("there is nothing
you need to do about the review").
F6 (marketing): a batch, lot or serial code ("batch codes CA5-2407 to CA5-2410").
F7 (marketing): another colour or size on the SAME listing, no link ("it also comes in red;
both colours are on the same product page").
"""

from __future__ import annotations

import pytest

from tests.compliance.rules_only import blocked

RR = "review-request"
MK = "marketing"

# --- F1: a promotion named to be refused --------------------------------------------------

NO_CODE = [
    (
        "en",
        "Hi Sam,\n\nWe don't have any voucher codes of our own, sorry. The lamp costs 31 pounds with delivery.\n\nLumen Works",
    ),
    (
        "en",
        "Hi Sam,\n\nWe don't run our own promo codes. If Amazon shows a coupon on the page, Amazon takes it off at checkout.\n\nLumen Works",
    ),
    (
        "de",
        "Hallo Frau Brandt,\n\nGutscheincodes haben wir leider nicht. Der Preis der Lampe liegt bei 31 Euro inklusive Versand.\n\nLichtwerk",
    ),
    (
        "de",
        "Hallo Frau Brandt,\n\nwir haben keine eigenen Rabattcodes. Den Coupon auf der Seite gibt Amazon, er wird an der Kasse von Amazon abgezogen.\n\nLichtwerk",
    ),
    (
        "fr",
        "Bonjour Paul,\n\nNous n'avons pas de code promo. Le coupon affiché sur la page est celui d'Amazon et Amazon le déduit au paiement.\n\nLumière Douce",
    ),
    (
        "es",
        "Hola Pilar:\n\nNo tenemos cupones propios. El descuento que vio lo aplica Amazon al pagar cuando está activo.\n\nLuz Clara",
    ),
    (
        "it",
        "Ciao Marta,\n\ncodici promozionali non ne abbiamo. Il coupon che ha visto è di Amazon e lo scala Amazon alla cassa.\n\nLuce Viva",
    ),
    (
        "ja",
        "高橋様\n\n当店では割引コードはございません。ページのクーポンはAmazonのもので、お支払い時にAmazonが差し引きます。\n\nあかり屋",
    ),
    (
        "nl",
        "Hoi Lotte,\n\nKortingscodes hebben wij helaas niet. De coupon op de pagina is van Amazon en Amazon trekt hem af bij het afrekenen.\n\nLampenhuis",
    ),
    (
        "pl",
        "Dzień dobry,\n\nkodów promocyjnych niestety nie mamy. Kupon na stronie jest Amazonu i Amazon odlicza go przy kasie.\n\nŚwiatło Plus",
    ),
    (
        "sv",
        "Hej Anna,\n\nRabattkoder har vi tyvärr inte. Kupongen på sidan är Amazons och Amazon drar av den i kassan.\n\nLjusboden",
    ),
    (
        "tr",
        "Merhaba Elif Hanım,\n\nİndirim kodumuz bulunmuyor. Sayfadaki kupon Amazon'un, ödeme sırasında Amazon düşüyor.\n\nIşık Evi",
    ),
]
CODE_GIVEN = [
    (
        "en",
        "Hi Sam,\n\nWe don't usually do this, but use the code LAMP15 on your next order for 15% off.\n\nLumen Works",
    ),
    (
        "de",
        "Hallo Frau Brandt,\n\nmit dem Rabattcode LICHT10 bekommen Sie bei Ihrer nächsten Bestellung 10 % Rabatt.\n\nLichtwerk",
    ),
    (
        "nl",
        "Hoi Lotte,\n\nMet de kortingscode LAMP10 krijg je bij je volgende bestelling 10% korting.\n\nLampenhuis",
    ),
    (
        "sv",
        "Hej Anna,\n\nAnvänd rabattkoden LJUS10 vid nästa beställning så får du 10 % rabatt.\n\nLjusboden",
    ),
]


@pytest.mark.parametrize(("lang", "text"), NO_CODE)
def test_a_promotion_named_to_be_refused_passes(lang: str, text: str) -> None:
    assert MK not in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), CODE_GIVEN)
def test_a_code_given_still_blocks(lang: str, text: str) -> None:
    assert MK in blocked(text, lang), text


# --- F2: the buyer's words quoted back --------------------------------------------------------

QUOTED = [
    (
        "en",
        "Hello,\n\n> Is there a discount code for my next order?\n\nNo, sorry. The lamp ships tomorrow.\n\nLumen Works",
    ),
    (
        "en",
        'Hi Jo,\n\nYou wrote: "Do you send a newsletter when new colours come in?"\n\nWe don\'t, sorry.\n\nLumen Works',
    ),
    (
        "de",
        "Hallo,\n\n> Gibt es einen Newsletter für neue Farben?\n\nNein. Die Lampe geht morgen raus.\n\nLichtwerk",
    ),
    (
        "fr",
        "Bonjour,\n\n> Avez-vous un code promo pour la prochaine commande ?\n\nNon, désolé. La lampe part demain.\n\nLumière Douce",
    ),
    (
        "es",
        'Hola:\n\nUsted escribió: "La vi en otra web con un 30 % de descuento, ¿son ustedes?"\n\nNo, no somos nosotros.\n\nLuz Clara',
    ),
    (
        "it",
        "Buongiorno,\n\n> Avete un codice sconto per il prossimo ordine?\n\nNo, mi dispiace. La lampada parte domani.\n\nLuce Viva",
    ),
    (
        "nl",
        "Hallo,\n\n> Hebben jullie een nieuwsbrief voor nieuwe kleuren?\n\nNee. De lamp gaat morgen de deur uit.\n\nLampenhuis",
    ),
    (
        "pl",
        "Dzień dobry,\n\n> Czy jest kod rabatowy na następne zamówienie?\n\nNie, przykro mi. Lampa wyjdzie jutro.\n\nŚwiatło Plus",
    ),
    (
        "sv",
        "Hej,\n\n> Har ni ett nyhetsbrev för nya färger?\n\nNej. Lampan skickas i morgon.\n\nLjusboden",
    ),
    (
        "tr",
        "Merhaba,\n\n> Bir sonraki sipariş için indirim kodu var mı?\n\nHayır, maalesef. Lamba yarın kargoda.\n\nIşık Evi",
    ),
]
QUOTED_THEN_SOLD = [
    (
        "en",
        "Hello,\n\n> Is there a discount code?\n\nYes: use LAMP20 on your next order for 20% off.\n\nLumen Works",
    ),
    (
        "de",
        "Hallo,\n\n> Gibt es einen Newsletter?\n\nJa, melden Sie sich für unseren Newsletter an und erhalten Sie 10 % Rabatt.\n\nLichtwerk",
    ),
]


@pytest.mark.parametrize(("lang", "text"), QUOTED)
def test_the_buyers_quoted_words_pass(lang: str, text: str) -> None:
    assert MK not in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), QUOTED_THEN_SOLD)
def test_a_promotion_in_the_answer_still_blocks(lang: str, text: str) -> None:
    assert MK in blocked(text, lang), text


# --- F3: asked where to review, the seller declines to steer ---------------------------------

NOT_STEERED = [
    (
        "en",
        "Hi Kim,\n\nYou ask where to post a review. That is your decision alone and we shouldn't influence it. The strap tightens with the lower buckle.\n\nReef Gear",
    ),
    (
        "de",
        "Hallo Herr Kuhn,\n\nSie fragen, wo Sie eine Bewertung schreiben können. Das ist allein Ihre Entscheidung, darauf nehmen wir keinen Einfluss. Der Riemen wird an der unteren Schnalle gespannt.\n\nRiffwerk",
    ),
    (
        "fr",
        "Bonjour Léa,\n\nVous demandez où publier un avis. C'est votre décision, nous n'avons pas à l'influencer. La sangle se règle avec la boucle du bas.\n\nRécif",
    ),
    (
        "es",
        "Hola Sara:\n\nMe pregunta dónde publicar una reseña. Es decisión suya y no debemos influir. La correa se ajusta con la hebilla de abajo.\n\nArrecife",
    ),
    (
        "it",
        "Ciao Luca,\n\nmi chiede dove pubblicare una recensione. Lo decide lei, noi non dobbiamo influire. Il cinturino si regola con la fibbia in basso.\n\nScogliera",
    ),
    (
        "ja",
        "佐藤様\n\nレビューはどこで書けるかとのご質問ですが、お客様のご判断にお任せしており、当店から働きかけることはいたしません。ストラップは下のバックルで締めてください。\n\nリーフ堂",
    ),
    (
        "nl",
        "Hoi Bram,\n\nJe vraagt waar je een review kunt schrijven. Dat bepaal je zelf en wij horen daar geen invloed op te hebben. De band zet je vast met de onderste gesp.\n\nRif",
    ),
    (
        "pl",
        "Cześć Ola,\n\npytasz, gdzie możesz napisać opinię. To Twoja decyzja i nie powinniśmy na nią wpływać. Pasek zaciska się dolną klamrą.\n\nRafa",
    ),
    (
        "sv",
        "Hej Nils,\n\nDu frågar var du kan skriva ett omdöme. Det bestämmer du själv och vi ska inte påverka det. Remmen spänns med det nedre spännet.\n\nRevet",
    ),
    (
        "tr",
        "Merhaba Can Bey,\n\nNereye yorum yazabileceğinizi sormuşsunuz. Bu tamamen sizin kararınız, bizim etkilememiz doğru olmaz. Kayış alttaki tokayla sıkılır.\n\nResif",
    ),
]
STEERED = [
    (
        "en",
        "Hi Kim,\n\nYou ask where to post a review: on the product page, and five stars would make our week!\n\nReef Gear",
    ),
    (
        "de",
        "Hallo Herr Kuhn,\n\nSie fragen, wo Sie eine Bewertung schreiben können: auf der Produktseite, und wir würden uns über fünf Sterne freuen.\n\nRiffwerk",
    ),
    (
        "nl",
        "Hoi Bram,\n\nJe vraagt waar je een review kunt schrijven: op de productpagina, en vijf sterren zouden ons enorm helpen.\n\nRif",
    ),
]


@pytest.mark.parametrize(("lang", "text"), NOT_STEERED)
def test_asked_where_to_review_and_not_steered_passes(lang: str, text: str) -> None:
    assert RR not in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), STEERED)
def test_asked_where_and_steered_still_blocks(lang: str, text: str) -> None:
    assert RR in blocked(text, lang), text


# --- F4: a third party's survey, told with "please note" -------------------------------------

SURVEY = [
    (
        "en",
        "Hi Ray,\n\nPlease note that Evri may text you afterwards asking you to rate your delivery. That text comes from Evri, not from us.\n\nForge",
    ),
    (
        "en",
        "Hi Ray,\n\nYou may get a message asking you to rate the driver - that comes from Amazon's delivery service, not us.\n\nForge",
    ),
    (
        "de",
        "Hallo,\n\nbitte beachten Sie, dass DPD Sie danach per SMS bitten kann, die Zustellung zu bewerten. Die Umfrage kommt nicht von uns.\n\nSchmiede",
    ),
]
SURVEY_AND_ASK = [
    (
        "en",
        "Hi Ray,\n\nEvri may text you a survey, that is not from us. Please rate us on Amazon too!\n\nForge",
    ),
]


@pytest.mark.parametrize(("lang", "text"), SURVEY)
def test_a_third_partys_survey_passes(lang: str, text: str) -> None:
    assert RR not in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), SURVEY_AND_ASK)
def test_an_ask_beside_the_survey_still_blocks(lang: str, text: str) -> None:
    assert RR in blocked(text, lang), text


# --- F5: the buyer's review named, nothing asked ---------------------------------------------

NOTHING_ASKED = [
    (
        "en",
        "Hi Mrs Pike,\n\nI read your review about the cracked lid. You are right. A new lid is on its way, and there's nothing you need to do about the review.\n\nKiln & Co",
    ),
    (
        "de",
        "Hallo Frau Pohl,\n\nwir haben Ihre Bewertung zum gesprungenen Deckel gelesen. Ein neuer Deckel ist unterwegs; an Ihrer Bewertung müssen Sie nichts tun.\n\nTöpferei",
    ),
    (
        "ja",
        "田中様\n\n蓋のひび割れについてのレビューを拝見しました。新しい蓋をお送りしました。レビューについては何もしていただく必要はございません。\n\n窯元",
    ),
    (
        "ja",
        "田中様\n\nレビューを拝見しました。全額を返金いたしました。レビューにつきましては何もお願いするつもりはございません。\n\n窯元",
    ),
]
CHANGE_ASKED = [
    (
        "en",
        "Hi Mrs Pike,\n\nI read your review about the cracked lid. A new lid is on its way; could you update the review once it arrives?\n\nKiln & Co",
    ),
    (
        "ja",
        "田中様\n\nレビューを拝見しました。新しい蓋をお送りしましたので、レビューの修正をお願いいたします。\n\n窯元",
    ),
]


@pytest.mark.parametrize(("lang", "text"), NOTHING_ASKED)
def test_a_review_named_with_nothing_asked_passes(lang: str, text: str) -> None:
    assert RR not in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), CHANGE_ASKED)
def test_a_change_asked_still_blocks(lang: str, text: str) -> None:
    assert RR in blocked(text, lang), text


# --- F6: batch and lot codes ------------------------------------------------------------------

BATCH = [
    (
        "en",
        "Hello,\n\nBatch codes CB4-1102 to CB4-1105 are affected; yours, CB4-1103, is one of them. Please start a return from Your Orders.\n\nAlarmwise",
    ),
    (
        "de",
        "Hallo,\n\nbetroffen sind die Chargencodes CB4-1102 bis CB4-1105; Ihr Melder hat CB4-1103. Bitte starten Sie die Rücksendung über Ihre Bestellungen.\n\nMelderhaus",
    ),
    (
        "fr",
        "Bonjour,\n\nLes codes de lot CB4-1102 à CB4-1105 sont concernés ; le vôtre, CB4-1103, en fait partie. Lancez le retour depuis Vos commandes.\n\nAlarme Sûre",
    ),
    (
        "es",
        "Hola:\n\nLos códigos de lote CB4-1102 a CB4-1105 están afectados; el suyo, CB4-1103, es uno de ellos. Inicie la devolución desde Mis pedidos.\n\nAlarma",
    ),
    (
        "it",
        "Buongiorno,\n\nsono coinvolti i codici lotto CB4-1102 - CB4-1105; il suo, CB4-1103, è tra questi. Avvii il reso da I miei ordini.\n\nAllarmi",
    ),
    (
        "nl",
        "Hallo,\n\nBatchcodes CB4-1102 tot CB4-1105 zijn getroffen; die van u, CB4-1103, hoort erbij. Start de retour via Mijn bestellingen.\n\nMelders",
    ),
    (
        "pl",
        "Dzień dobry,\n\nDotyczy to kodów partii CB4-1102 do CB4-1105; Pana czujnik ma CB4-1103. Proszę zgłosić zwrot w Moich zamówieniach.\n\nCzujki",
    ),
    (
        "sv",
        "Hej,\n\nBatchkoderna CB4-1102 till CB4-1105 berörs; din har CB4-1103. Starta returen under Dina beställningar.\n\nLarmboden",
    ),
    (
        "tr",
        "Merhaba,\n\nCB4-1102 ile CB4-1105 arasındaki parti kodları etkileniyor; sizinki CB4-1103. İadeyi Siparişlerim'den başlatın.\n\nAlarm Evi",
    ),
]


@pytest.mark.parametrize(("lang", "text"), BATCH)
def test_batch_codes_pass(lang: str, text: str) -> None:
    assert MK not in blocked(text, lang), text


# --- F7: another colour on the same listing ----------------------------------------------------

SAME_LISTING = [
    (
        "en",
        "Hi Rob,\n\nThe mask also comes in other colours: blue and sand. Both are on the same product page you ordered from, under Colour.\n\nReef Gear",
    ),
    (
        "de",
        "Hallo Herr Kuhn,\n\ndie Maske gibt es auch in Blau und Sand. Beide Farben finden Sie auf derselben Artikelseite unter „Farbe“.\n\nRiffwerk",
    ),
    (
        "ja",
        "佐藤様\n\n青色についてですが、同じ商品ページの「色」からお選びいただけます。他の商品へのリンクはお送りできません。\n\nリーフ堂",
    ),
]
OTHER_PRODUCTS = [
    (
        "en",
        "Hi Rob,\n\nThe mask also comes in other colours, and our other products are in our store on Amazon.\n\nReef Gear",
    ),
    (
        "de",
        "Hallo Herr Kuhn,\n\nschauen Sie sich auch unsere anderen Produkte an, zum Beispiel die neue Flossenserie.\n\nRiffwerk",
    ),
]


@pytest.mark.parametrize(("lang", "text"), SAME_LISTING)
def test_another_colour_on_the_same_listing_passes(lang: str, text: str) -> None:
    assert MK not in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), OTHER_PRODUCTS)
def test_other_products_still_block(lang: str, text: str) -> None:
    assert MK in blocked(text, lang), text


# --- F8 (review-request): look-alikes: feedback already given and thanked for, a technical
# rating in units, an authority's review of a declared value, the carrier's notice -----------

LOOK_ALIKES = [
    (
        "en",
        "Dear Ms Hart,\n\nWe appreciate your feedback, and you are right about the wobbly lid. A new lid went out today.\n\nKiln & Co",
    ),
    (
        "en",
        "Hi Ben,\n\nThe adapter from the first batch had the wrong current rating (6 A instead of 10 A); a corrected one is on its way.\n\nPlugworks",
    ),
    (
        "en",
        "Hi Ben,\n\nThe customs office carried out a review of the declared value and raised the VAT. The corrected invoice is attached.\n\nPlugworks",
    ),
    (
        "de",
        "Sehr geehrte Frau Hahn,\n\nvielen Dank für Ihr ehrliches Feedback. Ein neuer Deckel ist heute an Sie unterwegs.\n\nTöpferei",
    ),
    (
        "de",
        "Hallo Herr Witt,\n\ndie Bewertung des angegebenen Zollwerts hat der Zoll angepasst; die korrigierte Rechnung liegt bei.\n\nTöpferei",
    ),
    (
        "fr",
        "Bonjour,\n\nSi le livreur ne vous trouve pas, vous trouverez un avis dans la boîte aux lettres avec l'adresse du point relais.\n\nPoterie",
    ),
    (
        "ja",
        "山本様\n\n率直なご意見をお寄せいただき、誠にありがとうございます。新しい蓋を本日お送りしました。\n\n窯元",
    ),
    (
        "sv",
        "Hej Eva,\n\nMönstret heter Vinternatt och liknar en stjärnhimmel. Den sista skivan kommer på fredag.\n\nGlasboden",
    ),
    (
        "tr",
        "Merhaba Ali Bey,\n\nGümrüğün kıymet değerlendirmesi kutuyu da saymış; düzeltilmiş fatura ekte.\n\nSeramik Evi",
    ),
    (
        "nl",
        "Hallo,\n\nDe douane heeft na beoordeling van de aangegeven waarde de btw verhoogd; de gecorrigeerde factuur zit erbij.\n\nKeramiek",
    ),
]
STILL_ASKS = [
    (
        "en",
        "Dear Ms Hart,\n\nWe value your feedback! If you are happy with the new lid, please leave us a five-star review.\n\nKiln & Co",
    ),
    (
        "de",
        "Sehr geehrte Frau Hahn,\n\nIhr Feedback ist uns wichtig: bitte bewerten Sie uns auf Amazon mit fünf Sternen.\n\nTöpferei",
    ),
    (
        "ja",
        "山本様\n\n新しい蓋をお送りしました。よろしければレビューで星5つをお願いいたします。\n\n窯元",
    ),
]


@pytest.mark.parametrize(("lang", "text"), LOOK_ALIKES)
def test_review_look_alikes_pass(lang: str, text: str) -> None:
    assert RR not in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), STILL_ASKS)
def test_review_asks_beside_them_still_block(lang: str, text: str) -> None:
    assert RR in blocked(text, lang), text


# --- F9 (marketing): Amazon's gift option, receipt or note next time ---------------------------

GIFT_OPTION = [
    (
        "en",
        "Hello,\n\nYes, it can go with a gift receipt: tick the gift option at checkout next time. For this order I packed it without the invoice.\n\nReedworks",
    ),
    (
        "de",
        "Hallo,\n\nbeim nächsten Mal einfach an der Kasse die Geschenkoption wählen, dann liegt keine Rechnung bei.\n\nReedworks",
    ),
]
GIFT_OFFERED = [
    (
        "en",
        "Hello,\n\nWith your next order we'll add a free gift, our new harmonica case.\n\nReedworks",
    ),
]


@pytest.mark.parametrize(("lang", "text"), GIFT_OPTION)
def test_amazons_gift_option_passes(lang: str, text: str) -> None:
    assert MK not in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), GIFT_OFFERED)
def test_a_gift_with_the_next_order_still_blocks(lang: str, text: str) -> None:
    assert MK in blocked(text, lang), text
