# ruff: noqa: E501  (sentences are kept whole)
"""Round 22c: false-alarm classes left on the development held-out sets, each tested with
sentences of our own (none from a held-out set), beside violations that must stay caught.

L1: a carrier's home page with the tracking number beside it, with a scheme as well as bare
("https://www.nacex.es", conventions set-8 r8), and a tracking link glued to Japanese text
by 、 or 。 ("EJ…JP、https://…", "…=EJ…JP)。お手数ですが"): the mark is no dot of the link.
C1: the seller cancelling itself ("wir stornieren gleich selbst", "wij annuleren zelf").
O1: a listing elsewhere disowned ("ne vient pas de nous", "doesn't come from us") and a payment
declined by what follows it in its clause ("Betalen via Tikkie kan helaas niet; …").
M1: Amazon's coupon shown on the buyer's invoice as a promotion, and "when you shop for a gift".
P1: a list of parcel numbers under one label ("iki koli … Kargo:" then one number a line, "1.
4471-2940-0118") and a spare part or article code named earlier in the sentence ("la
guarnizione giusta … è la 0105 0331", "il codice articolo inizia con … e finisce con …").
R1: stars as the grade printed on a pack, with the grade named ("de sterren op de doos geven
de moeilijkheidsgraad aan", Italian "dai 12 anni" no "give"), and "die Bank 3 für 2 Personen".
A19-1 (adv19): a deal between seller and buyer with no channel named ("between us",
"privately", "tra privati", "oss emellan", "直接お取引") beside a price, fees, an invoice or the
next order; "between us and the courier", or Amazon in the sentence, stay compliant.
"""

from __future__ import annotations

import pytest

from tests.compliance.gate import blocked

# --- L1: carrier home pages and links glued to Japanese text ----------------------------

CARRIER_PAGES = [
    (
        "es",
        "Su paquete va con Nacex, número 7712-30948812. Puede consultarlo en https://www.nacex.es con ese número.",
    ),
    (
        "es",
        "Envío 5560001122334455 con Correos Express: introdúzcalo en https://www.correosexpress.com/ y verá dónde está.",
    ),
    (
        "it",
        "Spedizione con BRT, numero 123456789012; lo inserisca su https://www.brt.it per seguirla.",
    ),
    (
        "ja",
        "ゆうパックで発送しました。追跡番号 EJ771234565JP、https://trackings.post.japanpost.jp/services/srv/search/direct?reqCodeNo1=EJ771234565JP&locale=ja でご確認いただけます。",
    ),
    (
        "ja",
        "日本郵便から戻ってきました（EJ009988776JP、https://trackings.post.japanpost.jp/services/srv/search/?requestNo1=EJ009988776JP）。ご住所の番地をこちらでお知らせください。",
    ),
    (
        "ja",
        "追跡はこちら：https://trackings.post.japanpost.jp/services/srv/search/?requestNo1=EJ443322110JP。明日到着予定です。",
    ),
]

CARRIER_PAGE_VIOLATIONS = [
    ("es", "Mire nuestras ofertas en https://www.correosexpress.com/tienda-online antes de pedir."),
    ("en", "See https://www.dhl.de/de/karriere.html for jobs."),
    ("es", "Visite https://www.correosexpress.com para ver nuestras novedades."),
    (
        "ja",
        "追跡番号 EJ771234565JP、https://trackings.post.japanpost.jp/x?a=1）。当店は myshop。com でも販売中です。",
    ),
    ("ja", "詳しくは、https://myshop.example.com/sale でご覧ください。"),
    ("ja", "番号 EJ1、https://例え.jp/x をご覧ください。"),
]


@pytest.mark.parametrize(("lang", "text"), CARRIER_PAGES)
def test_carrier_pages_pass(lang: str, text: str) -> None:
    assert blocked(text) == set(), (lang, text)


@pytest.mark.parametrize(("lang", "text"), CARRIER_PAGE_VIOLATIONS)
def test_carrier_page_look_alikes_stay_caught(lang: str, text: str) -> None:
    assert "link" in blocked(text), (lang, text)


# --- C1: the seller cancels it itself ---------------------------------------------------

SELLER_CANCELS = [
    (
        "de",
        "Kein Problem, wir stornieren den Auftrag heute noch selbst, er ist ja noch nicht unterwegs.",
    ),
    ("en", "No problem, we cancel the order ourselves today since it hasn't shipped."),
    (
        "fr",
        "Pas de souci, nous annulons nous-mêmes la commande aujourd'hui, elle n'est pas encore partie.",
    ),
    ("es", "No se preocupe, cancelamos nosotros mismos el pedido hoy, todavía no ha salido."),
    ("it", "Nessun problema, annulliamo l'ordine noi stessi oggi, non è ancora partito."),
    ("nl", "Geen probleem, wij annuleren de bestelling vandaag zelf, hij is nog niet verzonden."),
    ("pl", "Żaden problem, sami anulujemy zamówienie jeszcze dziś, bo nie zostało wysłane."),
    ("sv", "Inga problem, vi avbeställer ordern själva i dag eftersom den inte har skickats."),
    ("tr", "Sorun değil, siparişi bugün kendimiz iptal ediyoruz, henüz kargoya verilmedi."),
    ("ja", "問題ございません。ご注文は本日こちらでキャンセルいたします。まだ発送前です。"),
]

BUYER_TOLD_TO_CANCEL = [
    ("de", "Wir stornieren nicht, bitte stornieren Sie selbst."),
    ("de", "Bitte stornieren Sie die Bestellung selbst, wir stornieren keine Bestellungen."),
    ("de", "Hallo, wir stornieren ungern. Bitte stornieren Sie die Bestellung selbst."),
    ("nl", "Wij annuleren niet, annuleert u het zelf via uw bestellingen."),
    ("nl", "Wilt u de bestelling zelf annuleren? Wij annuleren geen bestellingen."),
]


@pytest.mark.parametrize(("lang", "text"), SELLER_CANCELS)
def test_seller_cancels_itself_passes(lang: str, text: str) -> None:
    assert blocked(text) == set(), (lang, text)


@pytest.mark.parametrize(("lang", "text"), BUYER_TOLD_TO_CANCEL)
def test_buyer_told_to_cancel_stays_caught(lang: str, text: str) -> None:
    assert "cancellation-request" in blocked(text), (lang, text)


# --- O1: a listing elsewhere disowned, a payment declined by what follows it -------------

DISOWNED_OR_DECLINED = [
    (
        "fr",
        "Bonjour, l'offre sur Rakuten qui reprend nos photos ne vient pas de nous ; nous vendons seulement sur Amazon.",
    ),
    ("en", "The eBay listing with our pictures doesn't come from us; we have reported it."),
    ("es", "El anuncio en eBay con nuestras fotos no viene de nosotros, ya lo hemos denunciado."),
    ("it", "L'inserzione su eBay con le nostre foto non viene da noi, l'abbiamo segnalata."),
    ("pl", "Ogłoszenie na Allegro z naszymi zdjęciami nie pochodzi od nas, zgłosiliśmy je."),
    ("tr", "Trendyol'daki ilan bizden değil, biz sadece Amazon'da satıyoruz."),
    ("de", "Die Anzeige auf eBay mit unseren Fotos stammt nicht von uns."),
    ("nl", "De advertentie op Marktplaats met onze foto's komt niet van ons."),
    ("sv", "Annonsen på Blocket med våra bilder kommer inte från oss."),
    ("ja", "ヤフオクの出品は当店とは関係ございません。"),
    ("nl", "Betalen met Tikkie kan helaas niet; het verschil rekenen we via Amazon af."),
    ("de", "Zahlen per PayPal geht leider nicht; den Rest erstatten wir über Amazon."),
    ("sv", "Att betala med Swish går tyvärr inte; allt sköts via Amazon."),
    ("en", "Paying by Venmo won't work for us; the difference is settled through Amazon."),
    ("es", "El pago por Bizum no es posible; la diferencia se cobra por Amazon."),
    ("it", "Il pagamento con Satispay non è possibile; la differenza passa da Amazon."),
    ("pl", "Płatność BLIK-iem niestety nie jest możliwa; rozliczymy to przez Amazon."),
    ("tr", "Papara ile ödeme maalesef mümkün değil; farkı Amazon üzerinden hallediyoruz."),
    ("ja", "PayPayでのお支払いは対応しておりません。差額はAmazonで精算いたします。"),
]

STILL_OFF_AMAZON = [
    ("en", "The Etsy shop doesn't come from us, but our eBay shop has it cheaper."),
    ("nl", "Betalen via Tikkie kan, stuur ons gerust een verzoek."),
    ("nl", "Via Amazon kan helaas niet, betaal via Tikkie."),
    ("de", "Über Amazon geht leider nicht, zahlen Sie per PayPal."),
    ("sv", "Via Amazon går tyvärr inte, swisha oss i stället."),
    ("ja", "Amazonでのお支払いは対応しておりません、PayPayでお願いします。"),
    ("en", "Paying through Amazon won't work, Venmo me instead."),
    (
        "fr",
        "Cette annonce ne vient pas de nous, mais vous trouverez moins cher sur notre boutique Cdiscount.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), DISOWNED_OR_DECLINED)
def test_disowned_listing_or_declined_payment_passes(lang: str, text: str) -> None:
    assert blocked(text) == set(), (lang, text)


@pytest.mark.parametrize(("lang", "text"), STILL_OFF_AMAZON)
def test_payment_or_shop_offered_stays_caught(lang: str, text: str) -> None:
    assert "off-amazon" in blocked(text), (lang, text)


# --- M1: Amazon's coupon on the buyer's invoice; "shop" for the buyer's shopping -------

NOT_MARKETING = [
    (
        "en",
        "The 5 % coupon was taken off by Amazon when you paid; on your receipt it is listed as a promotion.",
    ),
    (
        "en",
        "I understand how annoying it is when you shop for a present and it arrives after the party.",
    ),
    (
        "en",
        "When you shop online you expect it on time, so the replacement goes out tomorrow at no cost.",
    ),
    ("de", "Den Coupon hat Amazon an der Kasse abgezogen; auf Ihrer Rechnung steht er als Aktion."),
    (
        "fr",
        "Le coupon a été appliqué par Amazon au paiement ; sur votre facture il apparaît comme promotion.",
    ),
    ("es", "El cupón lo aplicó Amazon al pagar; en su factura aparece como promoción."),
    (
        "it",
        "Il coupon è stato applicato da Amazon al pagamento; sulla fattura compare come promozione.",
    ),
    (
        "nl",
        "De coupon is door Amazon bij het afrekenen verrekend; op uw factuur staat hij als promotie.",
    ),
    (
        "pl",
        "Kupon został naliczony przez Amazon przy płatności; na fakturze widnieje jako promocja.",
    ),
    ("sv", "Kupongen drogs av av Amazon i kassan; på fakturan står den som kampanj."),
    (
        "tr",
        "Kupon ödeme sırasında Amazon tarafından uygulandı; faturanızda promosyon olarak görünüyor.",
    ),
    (
        "ja",
        "クーポンはAmazonが注文時に適用したものです。領収書にはプロモーションとして記載されています。",
    ),
]

STILL_MARKETING = [
    ("en", "Shop our new range today and get a free gift."),
    ("en", "Next time you shop with us, a free gift is waiting."),
    ("en", "On your next order we take 10 % off; it shows on your invoice as a promotion."),
    (
        "de",
        "Bei Ihrer nächsten Bestellung gibt es 10 % Rabatt, das sehen Sie dann auf Ihrer Rechnung.",
    ),
    (
        "fr",
        "Profitez de notre promotion sur la prochaine commande, elle figurera sur votre facture.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), NOT_MARKETING)
def test_amazon_coupon_on_invoice_and_shop_as_verb_pass(lang: str, text: str) -> None:
    assert blocked(text, lang) == set(), (lang, text)


@pytest.mark.parametrize(("lang", "text"), STILL_MARKETING)
def test_seller_promotion_stays_caught(lang: str, text: str) -> None:
    assert "marketing" in blocked(text, lang), (lang, text)


# --- P1: parcel lists and part codes read as phone numbers ------------------------------

NOT_PHONES = [
    (
        "ja",
        "三個口での発送です。\n1. 3391-2208-5511\n2. 3391-2208-5522\n3. 3391-2208-5533\n（佐川急便）",
    ),
    (
        "tr",
        "Siparişiniz üç koli halinde Yurtiçi Kargo ile gönderildi:\n7720193845561\n7720193845578\n7720193845585",
    ),
    ("de", "Ihre Bestellung kommt in zwei Paketen mit GLS:\n8712345678901\n8712345678918"),
    ("en", "Your order left in two parcels with Evri:\n5512093847261\n5512093847278"),
    (
        "it",
        "Il filtro giusto per la caraffa da due litri è il 0218 0447; quello piccolo è diverso.",
    ),
    ("it", "Il codice articolo comincia con 0244 e termina con 5531 90."),
    ("en", "The right seal for the 1.5 litre jug is the 0217 0334; the small one is different."),
    ("de", "Die passende Dichtung für den großen Topf ist die 0217 0334, die kleine ist anders."),
    ("es", "La junta correcta para la cafetera de 6 tazas es la 0217 0334."),
    ("fr", "Le joint adapté à la cafetière de 6 tasses est le 0217 0334."),
    ("nl", "De juiste pakking voor de kan van 2 liter is de 0217 0334."),
]

STILL_PHONES = [
    ("tr", "Siparişiniz yola çıktı. Bize ulaşmak için:\n5321234567\n5329876543"),
    ("de", "Bei Fragen:\n1. 0151 2345 6789"),
    ("de", "Unsere Nummern:\n030 1234567\n0151 23456789"),
    ("en", "For a new seal just call us on 0217 0334."),
    ("it", "Per la guarnizione mi chiami al 0217 0334."),
    ("it", "Il codice articolo? Mi chiami: inizia con 0244 e finisce con 5531 90."),
    ("en", "The right gasket is in stock, text my mobile +44 7700 900461."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_PHONES)
def test_parcel_lists_and_part_codes_pass(lang: str, text: str) -> None:
    assert "phone-number" not in blocked(text, lang), (lang, text)


@pytest.mark.parametrize(("lang", "text"), STILL_PHONES)
def test_phone_numbers_beside_them_stay_caught(lang: str, text: str) -> None:
    assert "phone-number" in blocked(text, lang), (lang, text)


# --- R1: stars as the grade printed on a pack; seats counted, no multi-buy ---------------

GRADES_AND_SEATS = [
    (
        "nl",
        "De sterren op de doos geven de moeilijkheidsgraad aan; drie sterren is voor vanaf 10 jaar.",
    ),
    (
        "de",
        "Die Sterne auf der Schachtel geben den Schwierigkeitsgrad an; drei Sterne sind ab 10 Jahren.",
    ),
    ("en", "The stars on the box give the difficulty level; three stars means age 10 and up."),
    (
        "fr",
        "Les étoiles sur la boîte indiquent la difficulté ; trois étoiles, c'est à partir de 10 ans.",
    ),
    (
        "es",
        "Las estrellas de la caja indican la dificultad; tres estrellas es a partir de 10 años.",
    ),
    ("it", "Le stelle sulla scatola indicano la difficoltà; tre stelle è dai 10 anni."),
    ("pl", "Gwiazdki na pudełku oznaczają poziom trudności; trzy gwiazdki to od 10 lat."),
    ("sv", "Stjärnorna på kartongen visar svårighetsgraden; tre stjärnor är från 10 år."),
    ("tr", "Kutudaki yıldızlar zorluk derecesini gösterir; üç yıldız 10 yaş ve üstü içindir."),
    ("ja", "箱の星は難易度を表しています。星3つは10歳以上向けです。"),
    ("de", "Die Gartenbank 3 für 2 Personen ist 1,40 m breit und wetterfest."),
]

STILL_ASKS_OR_OFFERS = [
    ("nl", "Geef ons vijf sterren, de moeilijkheidsgraad staat op de doos."),
    ("it", "Ci dai 5 stelle? La difficoltà è scritta sulla scatola."),
    ("en", "Would you give us five stars? The difficulty level is on the box."),
]


@pytest.mark.parametrize(("lang", "text"), GRADES_AND_SEATS)
def test_star_grades_and_seat_counts_pass(lang: str, text: str) -> None:
    assert blocked(text, lang) == set(), (lang, text)


@pytest.mark.parametrize(("lang", "text"), STILL_ASKS_OR_OFFERS)
def test_star_asks_beside_a_grade_stay_caught(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang), (lang, text)


def test_multi_buy_stays_caught() -> None:
    assert "marketing" in blocked("Aktion: 3 für 2 auf alle Kerzen!", "de")


# --- A19-1: a deal between seller and buyer, no channel named ---------------------------

PRIVATE_DEALS = [
    ("en", "For your next order, let's keep it between us and I'll knock the fees off the price."),
    ("de", "Bei der Nachbestellung machen wir das unter uns aus, dann wird es für Sie günstiger."),
    ("fr", "Pour la prochaine fois, on s'arrange entre nous, sans la commission c'est moins cher."),
    ("es", "Para la próxima vez lo hablamos en privado y le hago mejor precio."),
    ("it", "Per il prossimo ordine facciamo tra privati, le mando la fattura io."),
    ("nl", "Voor een nabestelling regelen we het onderling, dan krijgt u een lagere prijs."),
    ("pl", "Przy następnym zamówieniu załatwimy to prywatnie, będzie taniej."),
    ("sv", "Nästa gång gör vi det oss emellan, så blir priset lägre."),
    ("tr", "Bir dahaki sefere aramızda halledelim, fiyatı düşürürüm."),
    ("ja", "次回は直接お取引いただければ、手数料の分お安くできます。"),
]

NOT_PRIVATE_DEALS = [
    ("en", "We'll sort out the price difference between us and the courier; you pay nothing."),
    ("en", "Your address stays private; the invoice is in Your Orders."),
    ("de", "Wenn Sie weitere Fragen haben, regeln wir das unter uns hier im Chat."),
    ("fr", "Entre nous, le prix affiché sur Amazon est le bon."),
    ("fr", "Si vous avez d'autres questions, on règle ça entre nous ici."),
    ("sv", "Vi löser det mellan oss och DHL, priset påverkas inte."),
]


@pytest.mark.parametrize(("lang", "text"), PRIVATE_DEALS)
def test_private_deal_is_off_amazon(lang: str, text: str) -> None:
    assert "off-amazon" in blocked(text, lang), (lang, text)


@pytest.mark.parametrize(("lang", "text"), NOT_PRIVATE_DEALS)
def test_between_us_without_a_deal_passes(lang: str, text: str) -> None:
    assert "off-amazon" not in blocked(text, lang), (lang, text)
