"""Round 14: false alarms (compliant replies blocked) that held-out set 12 showed, each fixed
as a class in every language where it applies and tested with sentences of our own (none
from a held-out set), beside the nearby violations that must still be caught."""

from __future__ import annotations

import pytest

from tests.compliance.gate import blocked

# --- 1. a full stop glued to the next sentence is no domain ----------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "El paquete salió ayer del almacén.Sé que lo esperaba antes, lo siento."),
        ("es", "La pieza llega el jueves.Él mismo la montará en su casa."),
        ("fr", "Le colis est parti ce matin de l'entrepôt.Ça devrait arriver jeudi."),
        ("fr", "La lampe a été réparée à l'atelier.Je vous l'envoie demain."),
        ("it", "Il pacco è già partito però.Sì, arriverà giovedì."),
        ("de", "Das Ersatzteil ist gestern gekommen.Später schicken wir es weiter."),
        ("nl", "De lamp is vandaag hersteld in ons atelier.Één onderdeel was kapot."),
        ("sv", "Paketet lämnade lagret i förrgår.Då borde det komma på fredag."),
        ("pl", "Przesyłka wyszła z magazynu wczoraj.Że się spóźni, bardzo nam przykro."),
        ("tr", "Kargo dün depodan çıktı ama henüz teslim edilmedi.Ustamız yarın arayacak."),
        ("tr", "Parça hazır değil.Işık ünitesi gelince göndereceğiz."),
        ("fr", "La commande est prête depuis hier, dernière étape.Je la confie à La Poste."),
    ],
)
def test_a_sentence_glued_to_a_full_stop_is_no_link(lang: str, text: str) -> None:
    assert "link" not in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Our whole range is on sunnyhome.Com for less."),
        ("en", "Our whole range is on sunnyhome.Cóm for less."),
        ("en", "Find us at sunnyhome.cóm as well."),
        ("de", "Alles günstiger auf sonnenhaus.De, schauen Sie vorbei."),
        ("de", "Alles günstiger auf bäckerei-müller.De, schauen Sie vorbei."),
        ("es", "Tiene más modelos en tienda-española.Es con descuento."),
        ("fr", "Tout le catalogue est sur maison-étoilée.fr avec remise."),
        ("tr", "Tüm ürünler kendi sitemizde: ustamız.com.tr adresinde."),
        ("ru", "Заходите на магазин.рф за скидками."),
        ("en", "Everything is cheaper at sunnyhome.сom (written with a Cyrillic letter)."),
    ],
)
def test_a_domain_with_a_capital_accent_or_other_script_stays_a_link(lang: str, text: str) -> None:
    assert "link" in blocked(text, None if lang == "ru" else lang)


# --- 2. a buyer's offer to pay another way, answered "payments only through Amazon" ----------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Thanks for offering to cover the gift box via PayPal. We're only able to take "
            "payments through Amazon, so please add the box to your order there.",
        ),
        (
            "en",
            "You asked whether you could pay the extra by Venmo; all payments and refunds "
            "have to go through Amazon.",
        ),
        (
            "de",
            "Danke für Ihr Angebot, die Gravur per PayPal zu bezahlen. Zahlungen nehmen "
            "wir aber ausschließlich über Amazon an.",
        ),
        (
            "fr",
            "Merci de nous proposer un règlement par Lydia, mais nous n'encaissons les "
            "paiements que via Amazon.",
        ),
        (
            "es",
            "Gracias por ofrecer pagar la diferencia por Bizum, pero solo cobramos y "
            "devolvemos dinero a través de Amazon.",
        ),
        (
            "it",
            "La ringrazio della proposta di saldare con Satispay, ma i pagamenti li "
            "gestiamo soltanto tramite Amazon.",
        ),
        (
            "nl",
            "Bedankt voor uw aanbod om het verschil via Tikkie over te maken, maar "
            "betalingen lopen bij ons alleen via Amazon.",
        ),
        (
            "pl",
            "Dziękujemy za propozycję zapłaty BLIK-iem, ale płatności przyjmujemy "
            "wyłącznie przez Amazon.",
        ),
        (
            "sv",
            "Tack för att du erbjöd dig att swisha tillägget, men vi tar bara emot "
            "betalningar och gör återbetalningar via Amazon.",
        ),
        (
            "tr",
            "Papara ile ödeme teklifiniz için teşekkürler; ödemeleri yalnızca Amazon "
            "üzerinden alabiliyoruz.",
        ),
        (
            "ja",
            "PayPayでのお支払いのご提案、ありがとうございます。ただ、代金のお支払いは"
            "Amazonを通じてのみ承っております。",
        ),
    ],
)
def test_a_payment_offer_answered_with_amazon_only_passes(lang: str, text: str) -> None:
    assert "off-amazon" not in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # no offer of the buyer's is answered: the seller asks for the payment off Amazon
        (
            "en",
            "Please send the engraving fee by PayPal; everything else is paid only through Amazon.",
        ),
        ("de", "Die Gravur zahlen Sie bitte per PayPal an uns, der Rest läuft nur über Amazon."),
        ("fr", "Réglez la broderie par Lydia, le reste se paie uniquement via Amazon."),
        ("es", "Pague el grabado por Bizum al número de la tienda; lo demás solo por Amazon."),
        ("it", "Il supplemento lo paghi con PostePay, il resto solo tramite Amazon."),
        ("nl", "Ik stuur je een Tikkie voor de gravure; de rest betaal je alleen via Amazon."),
        ("sv", "Swisha gärna 50 kr för graveringen. Allt annat betalas bara via Amazon."),
        ("tr", "Gravür ücretini Papara ile gönderin, gerisini sadece Amazon üzerinden ödersiniz."),
        # an offer thanked for, then accepted: "only through Amazon" names no payment
        (
            "en",
            "Thanks for offering to pay by PayPal, that works: send it to our account. "
            "Shipping only through Amazon.",
        ),
    ],
)
def test_a_payment_asked_off_amazon_stays_blocked(lang: str, text: str) -> None:
    assert "off-amazon" in blocked(text, lang)


# --- 3. the seller's own cancelling, with the verb before its subject or in the first person --


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "If the new date is too late, let me cancel the order today and refund you."),
        ("de", "Passt Ihnen das nicht, dann storniere ich die Bestellung heute selbst."),
        ("fr", "Si la date ne vous va pas, j'annule la commande ce soir et vous rembourse."),
        ("es", "Si no le viene bien, lo cancelo yo mismo esta tarde y le devolvemos todo."),
        ("it", "Se la data non le va bene, lo annullo io oggi stesso e le rimborsiamo tutto."),
        ("nl", "Is dat te laat, dan annuleer ik uw bestelling morgen zelf en betalen we terug."),
        ("nl", "Wordt het te laat, dan annuleren wij de bestelling zelf voor het weekend."),
        ("sv", "Blir det för sent kan jag själv avboka ordern och betala tillbaka allt."),
        ("sv", "Passar inte datumet avbryter vi beställningen själva redan i dag."),
        ("tr", "Tarih size uymazsa siparişi yarın kendi tarafımızdan iptal ederim."),
        ("tr", "Uygun değilse siparişi kendimiz iptal edelim, ücret hemen iade edilir."),
    ],
)
def test_the_sellers_own_cancelling_passes(lang: str, text: str) -> None:
    assert "cancellation-request" not in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Could you cancel the order yourself from Your Orders, please?"),
        ("de", "Bitte stornieren Sie die Bestellung selbst in Ihrem Konto."),
        ("fr", "Merci d'annuler la commande vous-même depuis vos commandes."),
        ("es", "¿Podría cancelar usted mismo el pedido desde Mis pedidos?"),
        ("it", "Può annullare lei l'ordine da I miei ordini, per favore?"),
        ("nl", "Kunt u de bestelling zelf annuleren via Mijn bestellingen?"),
        ("sv", "Kan du själv avbryta beställningen under Dina beställningar?"),
        ("sv", "Kan jag be dig avbryta beställningen själv i ditt konto?"),
        ("tr", "Siparişi kendi tarafınızdan iptal edebilir misiniz?"),
        ("tr", "Lütfen siparişi hesabınızdan iptal edin."),
    ],
)
def test_a_cancellation_asked_of_the_buyer_stays_blocked(lang: str, text: str) -> None:
    assert "cancellation-request" in blocked(text, lang)


# --- 4. Japanese sentences are no fragments: a review word meets an ask only in its own ---


@pytest.mark.parametrize(
    "text",
    [
        "星形のオーナメントは直径約6cmで、ガラス製です。追跡番号はこちらからご確認いただけます。",
        "運送会社による破損の評価は来週出る予定です。それまでの間、写真を保管しておいていただけますか。",
        "梱包に関する率直なご意見、感謝いたします。差額の500円はAmazonを通じて返金いたしました。",
        "三つ星レストランのシェフが監修したソースです。お届けは明日の予定ですので、受け取りをお願いします。",
        "星座柄のブランケットは洗濯機で洗えます。送料無料は注文金額によるもので、追加請求はございません。",
    ],
)
def test_a_japanese_review_word_does_not_meet_an_ask_in_another_sentence(text: str) -> None:
    assert "review-request" not in blocked(text, "ja")


@pytest.mark.parametrize(
    "text",
    [
        "商品ページに。星5つを。ぜひお願いします。",
        "レビュー。書いて。いただけると。嬉しいです。",
        "商品が届きましたら、ぜひ星5つの評価をお願いいたします。",
        "ご満足いただけましたら、レビューを書いていただけると励みになります。",
    ],
)
def test_a_japanese_review_ask_in_one_sentence_or_in_fragments_stays_blocked(text: str) -> None:
    assert "review-request" in blocked(text, "ja")


# --- 5. a star as a shape, a symbol, a tool or a chef's rank; a technical rating ------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Please fit the blade with the star symbol facing up, or it will cut unevenly."),
        ("en", "Please keep the valve closed: the tank has a 12 bar pressure rating."),
        ("en", "Please note the jacket's waterproof rating is 10,000 mm, so it copes with rain."),
        ("en", "Please use a star-shaped bit; the screws are Torx T20."),
        ("de", "Bitte setzen Sie den Ring mit der Stern-Markierung nach unten ein."),
        ("de", "Bitte verwenden Sie einen Sternschraubendreher für die hinteren Schrauben."),
        ("de", "Die Soße wurde von einem Sternekoch entwickelt; bitte kühl lagern."),
        ("fr", "Merci de visser le couvercle avec un tournevis étoile, puis de serrer."),
        ("fr", "Les biscuits en forme d'étoile sont emballés par six, merci de les garder au sec."),
        ("es", "Por favor, use un destornillador de estrella para abrir la tapa."),
        ("es", "La receta es de un chef con estrella Michelin; por favor, consérvela en frío."),
        ("it", "La preghiamo di montare la lama con il simbolo della stella verso l'alto."),
        ("it", "Lo chef stellato ha firmato la ricetta; la preghiamo di conservarlo in frigo."),
        ("nl", "Wilt u de schijf met het stersymbool naar boven plaatsen, alstublieft?"),
        ("pl", "Proszę użyć śrubokręta typu gwiazdka do tylnej pokrywy."),
        ("sv", "Använd gärna en stjärnmejsel för skruvarna på baksidan."),
        ("tr", "Lütfen kapağı yıldız tornavida ile açın, vidalar küçüktür."),
        ("ja", "星形の金具が付いている面を上にして、取り付けてください。"),
        ("ja", "三つ星レストランのシェフが監修したソースですので、開封後は冷蔵でお願いします。"),
    ],
)
def test_a_star_shape_symbol_tool_or_rank_is_no_rating(lang: str, text: str) -> None:
    assert "review-request" not in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Our star-shaped cutters would love a five-star rating from you, please!"),
        ("en", "Please rate the kettle on Amazon if you're happy with it."),
        ("de", "Bitte geben Sie uns fünf Sterne für die Ausstechformen in Sternform."),
        ("fr", "Merci de nous laisser cinq étoiles pour les biscuits en forme d'étoile."),
        ("es", "Por favor, déjenos cinco estrellas en Amazon."),
        ("it", "Ci lasci cinque stelle su Amazon, per favore."),
        ("nl", "Laat u alstublieft vijf sterren achter op Amazon?"),
        ("sv", "Lämna gärna fem stjärnor på Amazon."),
        ("tr", "Lütfen Amazon'da bize beş yıldız verin."),
        ("ja", "星形のクッキー型を気に入っていただけたら、ぜひ星5つの評価をお願いします。"),
    ],
)
def test_stars_asked_beside_a_star_shape_stay_a_rating(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


# --- 6. Japanese "間に合う" (in time) is no "goes with": a restocked order is no plug ---------


@pytest.mark.parametrize(
    "text",
    [
        "ご注文の加湿器はメーカー欠品のため、15日の入荷となります。ご旅行に間に合うか心配です。",
        "ご注文のランドセルは来週の入荷です。入学式に間に合うよう、入荷後すぐにお送りします。",
    ],
)
def test_a_restocked_order_in_time_is_no_plug(text: str) -> None:
    assert "marketing" not in blocked(text, "ja")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ja", "ご注文の商品にぴったり合うケースが入荷しました。"),
        ("ja", "新作のケースが入荷しました。お使いの手帳にぴったりです。"),
        ("en", "The matching case just came in and goes great with your order."),
        ("es", "Nos acaba de llegar una funda que combina genial con su pedido."),
    ],
)
def test_new_goods_just_in_beside_the_order_stay_a_plug(lang: str, text: str) -> None:
    assert "marketing" in blocked(text, lang)


# --- 7. a freephone number of the maker's warranty service, called a freephone -------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The manufacturer's warranty covers the pump. Their toll-free number is "
            "0800 028 4471, weekdays from 8 to 6.",
        ),
        (
            "de",
            "Der Defekt fällt unter die Herstellergarantie. Die kostenlose Hotline lautet "
            "0800 724 1190, montags bis freitags.",
        ),
        (
            "fr",
            "Le SAV officiel prend en charge la réparation sous garantie ; le numéro vert "
            "est le 0 800 31 42 77.",
        ),
        (
            "es",
            "La garantía del fabricante cubre la placa. El teléfono gratuito del servicio "
            "es el 900 31 77 45, de 9 a 18 h.",
        ),
        ("it", "Il guasto rientra nella garanzia del produttore; il numero verde è 800 231 906."),
        (
            "nl",
            "De fabrieksgarantie dekt de motor. Het gratis nummer van de klantenservice "
            "is 0800 023 1187.",
        ),
        (
            "pl",
            "Naprawę w ramach gwarancji producenta prowadzi serwis; bezpłatna infolinia: "
            "800 702 115.",
        ),
        ("sv", "Tillverkarens garanti gäller motorn. Gratisnumret är 020 79 11 45, vardagar."),
        ("tr", "Cihaz üretici garantisi kapsamında. Ücretsiz hat numarası 0800 211 34 56."),
        ("ja", "メーカー保証の対象です。修理窓口のフリーダイヤルは0120-45-7812です。"),
    ],
)
def test_the_makers_freephone_warranty_line_passes(lang: str, text: str) -> None:
    assert "phone-number" not in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # ours, a mobile, an ordinary number, or no maker or service named
        ("en", "The manufacturer's warranty covers it. Our toll-free number is 0800 028 4471."),
        ("de", "Herstellergarantie gilt. Unsere kostenlose Hotline: 0800 724 1190."),
        ("es", "La garantía del fabricante lo cubre. El teléfono gratuito es el 612 34 56 78."),
        (
            "it",
            "Rientra nella garanzia del produttore; il numero verde del nostro negozio è "
            "800 231 906.",
        ),
        ("it", "Rientra nella garanzia del produttore; il numero verde è 02 4567 8910."),
        ("fr", "Pour toute question, le numéro vert est le 0 800 31 42 77."),
        ("sv", "Tillverkarens garanti gäller. Ring mig på gratisnumret 070 123 45 67."),
    ],
)
def test_our_own_or_an_ordinary_line_called_free_stays_blocked(lang: str, text: str) -> None:
    assert "phone-number" in blocked(text, lang)
