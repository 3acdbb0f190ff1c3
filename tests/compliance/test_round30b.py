# ruff: noqa: E501  (sentences are kept whole)
"""Round 30b: false alarms of the off-Amazon and marketing rules (and the plugs they hold) on
the development held-out sets 34-39, each class tested in ten languages with sentences of our
own (none from a held-out set), beside the violations that must still block.  Measured with
the rules alone (no n-gram model).

F1: a marketplace or messenger name that is an ordinary word of the text's language: Swedish
"blocket" (the block), Polish "temu" (ago, to this), Japanese ライン in 組立ライン or
オンライン (an assembly line, online), a Polish "przez Panią" (by you) after "zamówiona"; and
the like in the other languages (production line, "ordered by you").
F2: the carrier's official site or app ("ヤマト運輸の公式サイト", "DHL's official website"):
the carrier's channel, not the seller's.
F3: the buyer's bank account or payment method (iDEAL, card) named where Amazon pays the
refund back ("Amazon refunds the rest to your bank account").
F4: "Black Friday" as the reason for a backlog of parcels, not a sale.
F5: the workshop as the place the seller works in ("as we do it in the workshop"), read as
an event the seller runs.
F6: a weather or news bulletin ("boletín meteorológico", "hava durumu bülteni") read as a
newsletter.
F7: Japanese "ことも/場合もあります" (there are also cases where) read as "we also have".
F8: a way to pay named first and refused after it in its clause ("PayPal non lo possiamo
accettare", "PayPal no lo podemos aceptar").
M1: a channel offered after a "but" that follows the seller's "we don't sell ... here" ("we
don't sell single ones here, but the pack is on Tradera / in our Trendyol shop"): the
disowning words disown what comes before the "but", not the channel after it.
M2: the buyer told to request the cancellation "in your Amazon account" (nl, sv), beside the
plain "in your account" that already counted.
"""

from __future__ import annotations

import pytest

from tests.compliance.rules_only import blocked

# --- F1: a name that is an ordinary word --------------------------------------------------

HOMONYMS = [
    (
        "sv",
        "Hej Lisa, blocket är helt, bara kartongen fick en buckla. Vi har betalat tillbaka 30 kronor.",
    ),
    ("sv", "Hej, Blocket ger tyvärr inga fler skördar efter den tredje, då kan du kompostera det."),
    ("sv", "Ställ blocket svalt och spraya det två gånger om dagen."),
    ("pl", "Dzień dobry, dwa lata temu zmieniliśmy klej, dzięki temu uchwyt trzyma mocniej."),
    ("pl", "Paczka zamówiona przez Panią wyjechała wczoraj z magazynu."),
    ("pl", "Dzień dobry, tydzień temu wysłaliśmy paczkę, numer przesyłki jest w zamówieniu."),
    ("ja", "この靴は静電気防止仕様なので、一般的な組立ラインでもお使いいただけます。"),
    ("ja", "製造ラインの点検のため、発送は明日になります。"),
    ("en", "The gloves are rated for use on an assembly line and in food production."),
    ("en", "The parcel ordered by you left the warehouse this morning."),
    ("de", "Die Handschuhe sind für die Arbeit an der Fertigungslinie zugelassen."),
    ("fr", "Les gants conviennent au travail sur une chaîne de montage."),
    ("es", "Los guantes sirven para trabajar en una línea de montaje."),
    ("it", "I guanti sono adatti al lavoro su una linea di montaggio."),
    ("nl", "De handschoenen zijn geschikt voor werk aan een productielijn."),
    ("tr", "Eldivenler montaj hattında çalışmak için uygundur."),
]

NAMES_STILL_BLOCKED = [
    ("sv", "Vi säljer samma svampblock billigare på Blocket, sök på Svampgården."),
    ("pl", "Ten sam uchwyt kupi Pani taniej na Temu, w naszym sklepie."),
    ("ja", "ご質問はラインでどうぞ。友だち追加してください。"),
    ("en", "We also sell the same block cheaper on eBay."),
]


@pytest.mark.parametrize(("lang", "text"), HOMONYMS)
def test_name_as_ordinary_word_is_compliant(lang: str, text: str) -> None:
    assert "off-amazon" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), NAMES_STILL_BLOCKED)
def test_name_as_channel_still_blocks(lang: str, text: str) -> None:
    assert "off-amazon" in blocked(text, lang)


# --- F2: the carrier's official site ---------------------------------------------------------

CARRIER_SITE = [
    ("ja", "お届け日時はヤマト運輸の公式サイトで伝票番号を入力すると変更できます。"),
    ("ja", "佐川急便の公式サイトから再配達をお申し込みください。"),
    ("en", "You can change the delivery day on DHL's official website with the tracking number."),
    (
        "de",
        "Den Liefertag können Sie auf der offiziellen Website von DHL mit der Sendungsnummer ändern.",
    ),
    (
        "fr",
        "Vous pouvez changer le jour de livraison sur le site officiel de Colissimo avec le numéro de suivi.",
    ),
    (
        "es",
        "Puede cambiar el día de entrega en la web oficial de Correos con el número de seguimiento.",
    ),
    (
        "it",
        "Può cambiare il giorno di consegna sul sito ufficiale di BRT con il numero di spedizione.",
    ),
    (
        "nl",
        "U kunt de bezorgdag wijzigen op de officiële website van PostNL met de track-and-tracecode.",
    ),
    ("pl", "Dzień dostawy można zmienić na oficjalnej stronie InPost, podając numer przesyłki."),
    ("sv", "Du kan ändra leveransdagen på PostNords officiella webbplats med kollinumret."),
    (
        "tr",
        "Teslimat gününü Yurtiçi Kargo'nun resmi sitesinden takip numarasıyla değiştirebilirsiniz.",
    ),
]

OWN_SITE_STILL_BLOCKED = [
    ("ja", "次回は当店の公式サイトからご注文いただくとお得です。"),
    ("en", "Next time, order directly from our website, it is cheaper."),
]


@pytest.mark.parametrize(("lang", "text"), CARRIER_SITE)
def test_carrier_official_site_is_compliant(lang: str, text: str) -> None:
    assert "off-amazon" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), OWN_SITE_STILL_BLOCKED)
def test_own_official_site_still_blocks(lang: str, text: str) -> None:
    assert "off-amazon" in blocked(text, lang)


# --- F3: the buyer's own account in an Amazon refund ------------------------------------------

AMAZON_REFUND_ACCOUNT = [
    ("nl", "Het deel van de cadeaubon zet Amazon terug op uw tegoed, de rest op uw bankrekening."),
    (
        "nl",
        "Amazon heeft de terugbetaling gestart. Met iDEAL of creditcard duurt het meestal drie tot vijf werkdagen.",
    ),
    (
        "en",
        "Amazon has started the refund. With a bank transfer or card it usually takes three to five days.",
    ),
    (
        "de",
        "Amazon hat die Erstattung veranlasst. Per Überweisung oder Karte dauert es meist drei bis fünf Tage.",
    ),
    (
        "fr",
        "Amazon a lancé le remboursement. Par virement ou carte, il faut en général trois à cinq jours.",
    ),
    (
        "es",
        "Amazon ha iniciado el reembolso. Con transferencia o tarjeta suele tardar de tres a cinco días.",
    ),
    (
        "it",
        "Amazon ha avviato il rimborso. Con bonifico o carta di solito ci vogliono da tre a cinque giorni.",
    ),
    (
        "pl",
        "Amazon rozpoczął zwrot pieniędzy. Przy przelewie lub karcie trwa to zwykle od trzech do pięciu dni.",
    ),
    (
        "sv",
        "Amazon har startat återbetalningen. Med banköverföring eller kort tar det oftast tre till fem dagar.",
    ),
    ("tr", "Amazon iadeyi başlattı. Havale veya kartla genellikle üç ila beş gün sürer."),
]

ACCOUNT_STILL_BLOCKED = [
    (
        "nl",
        "Maak het bedrag voor de tweede caleidoscoop over naar onze bankrekening, dan sturen we hem direct.",
    ),
    ("nl", "Betaal de extra onderdelen via iDEAL op onze eigen site."),
]


@pytest.mark.parametrize(("lang", "text"), AMAZON_REFUND_ACCOUNT)
def test_account_in_amazon_refund_is_compliant(lang: str, text: str) -> None:
    assert "off-amazon" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), ACCOUNT_STILL_BLOCKED)
def test_payment_to_seller_still_blocks(lang: str, text: str) -> None:
    assert "off-amazon" in blocked(text, lang)


# --- F4: Black Friday as the reason for a backlog ---------------------------------------------

BACKLOG = [
    (
        "en",
        "Sorry for the wait: after Black Friday we have over three hundred parcels in the queue, yours goes out on Thursday.",
    ),
    (
        "de",
        "Entschuldigung für die Wartezeit: nach dem Black Friday haben wir über dreihundert Pakete in der Warteschlange, Ihres geht am Donnerstag raus.",
    ),
    (
        "fr",
        "Désolés de l'attente : depuis le Black Friday nous avons plus de trois cents colis en attente, le vôtre part jeudi.",
    ),
    (
        "es",
        "Perdone la espera: después del Black Friday tenemos más de trescientos paquetes en cola, el suyo sale el jueves.",
    ),
    (
        "it",
        "Ci scusi per l'attesa: dopo il Black Friday abbiamo oltre trecento pacchi in coda, il suo parte giovedì.",
    ),
    (
        "ja",
        "お待たせしてすみません。ブラックフライデー以降、三百件以上の発送待ちがあり、お客様の分は木曜日に発送します。",
    ),
    (
        "nl",
        "Sorry voor het wachten: na Black Friday hebben we meer dan driehonderd pakketten in de wachtrij, de uwe gaat donderdag weg.",
    ),
    (
        "pl",
        "Przepraszamy za czekanie: po Black Friday mamy ponad trzysta paczek w kolejce, Pani wyjedzie w czwartek.",
    ),
    (
        "sv",
        "Förlåt dröjsmålet: efter Black Friday har vi över trehundra paket i kö, ditt går i väg på torsdag.",
    ),
    (
        "tr",
        "Beklettiğimiz için özür dileriz: Black Friday'den sonra sırada üç yüzden fazla paket var, sizinki perşembe çıkıyor.",
    ),
]

SALE_STILL_BLOCKED = [
    ("en", "Black Friday: 20% off everything in our shop until Monday!"),
    ("sv", "Missa inte vår Black Friday-rea, allt är 30 % billigare."),
]


@pytest.mark.parametrize(("lang", "text"), BACKLOG)
def test_black_friday_backlog_is_compliant(lang: str, text: str) -> None:
    assert "marketing" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), SALE_STILL_BLOCKED)
def test_black_friday_sale_still_blocks(lang: str, text: str) -> None:
    assert "marketing" in blocked(text, lang)


# --- F5: the workshop as a place --------------------------------------------------------------

WORKSHOP_PLACE = [
    (
        "en",
        "Thanks for asking how to clean the pen. In the workshop we do it like this: unscrew the barrel and rinse the nib.",
    ),
    (
        "de",
        "Danke für die Frage. In der Werkstatt machen wir es so: den Schaft abschrauben und die Feder spülen.",
    ),
    (
        "fr",
        "Merci de votre question. À l'atelier, nous procédons ainsi : dévissez le corps et rincez la plume.",
    ),
    (
        "es",
        "Gracias por preguntar. Así lo hacemos en el taller: desenrosque el cuerpo y enjuague el plumín.",
    ),
    (
        "it",
        "Grazie della domanda. In laboratorio facciamo così: svitate il fusto e sciacquate il pennino.",
    ),
    (
        "ja",
        "ご質問ありがとうございます。工房では次のようにしています。胴軸を外してペン先を水で洗います。",
    ),
    (
        "nl",
        "Bedankt voor uw vraag. In de werkplaats doen we het zo: schroef de huls los en spoel de punt.",
    ),
    (
        "pl",
        "Dziękuję za pytanie. W warsztacie robimy to tak: odkręcamy korpus i płuczemy stalówkę.",
    ),
    (
        "sv",
        "Tack för frågan. I verkstaden gör vi så här: skruva loss kroppen och skölj pennspetsen.",
    ),
    ("tr", "Sorunuz için teşekkürler. Atölyede şöyle yapıyoruz: gövdeyi sökün ve ucu durulayın."),
]

EVENT_STILL_BLOCKED = [
    ("en", "We run a free pen-cleaning workshop every Saturday, come along!"),
    ("es", "Organizamos talleres de caligrafía cada sábado, ¡apúntese!"),
    ("tr", "Her cumartesi kaligrafi atölyesi düzenliyoruz, bekleriz!"),
]


@pytest.mark.parametrize(("lang", "text"), WORKSHOP_PLACE)
def test_workshop_as_place_is_compliant(lang: str, text: str) -> None:
    assert "marketing" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), EVENT_STILL_BLOCKED)
def test_workshop_event_still_blocks(lang: str, text: str) -> None:
    assert "marketing" in blocked(text, lang)


# --- M1: the channel offered after "but" --------------------------------------------------------

OFFERED_AFTER_BUT = [
    ("en", "We don't sell the hooks one by one here, but the ten-pack is on eBay."),
    ("de", "Einzeln verkaufen wir die Haken hier nicht, aber das Zehnerpack gibt es auf eBay."),
    ("fr", "Nous ne vendons pas les crochets à l'unité ici, mais le lot de dix est sur eBay."),
    ("es", "Aquí no vendemos los ganchos sueltos, pero el pack de diez está en eBay."),
    ("it", "Qui non vendiamo i ganci singoli, ma la confezione da dieci è su eBay."),
    ("ja", "ここではフックの単品販売はしていませんが、10個セットはメルカリにあります。"),
    ("nl", "Losse haken verkopen we hier niet, maar de tienpack staat op Marktplaats."),
    ("pl", "Tutaj nie sprzedajemy pojedynczych haczyków, ale paczka dziesięciu jest na Allegro."),
    ("sv", "Vi säljer inte krokarna styckvis här, men tiopacket finns på Tradera."),
    ("tr", "Burada tek tek satmıyoruz ama onlu paket Trendyol mağazamızda var."),
    ("tr", "Tekli satış yapmıyoruz, ancak paketi Trendyol'daki mağazamızda bulabilirsiniz."),
]

DISOWNED_STILL_COMPLIANT = [
    ("en", "We don't sell on eBay, but every size is here on Amazon."),
    ("de", "Wir verkaufen nicht auf eBay, aber alle Größen finden Sie hier auf Amazon."),
    ("sv", "Vi säljer inte på Tradera, men alla storlekar finns här på Amazon."),
    ("pl", "Nie sprzedajemy na Allegro, ale wszystkie rozmiary są tutaj na Amazonie."),
]


@pytest.mark.parametrize(("lang", "text"), OFFERED_AFTER_BUT)
def test_channel_after_but_blocks(lang: str, text: str) -> None:
    assert "off-amazon" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), DISOWNED_STILL_COMPLIANT)
def test_channel_disowned_before_but_is_compliant(lang: str, text: str) -> None:
    assert "off-amazon" not in blocked(text, lang)


# --- M2: the cancellation requested in the buyer's Amazon account -------------------------------

CANCEL_IN_ACCOUNT = [
    (
        "en",
        "You needed the 2 kg block. Request a cancellation in your Amazon account and order the big one again.",
    ),
    (
        "de",
        "Sie brauchten den 2-kg-Block. Beantragen Sie die Stornierung in Ihrem Amazon-Konto und bestellen Sie den großen neu.",
    ),
    (
        "fr",
        "Il vous fallait le bloc de 2 kg. Demandez l'annulation dans votre compte Amazon et recommandez le grand.",
    ),
    (
        "es",
        "Necesitaba el bloque de 2 kg. Solicite la cancelación en su cuenta de Amazon y vuelva a pedir el grande.",
    ),
    (
        "it",
        "Le serviva il blocco da 2 kg. Richieda l'annullamento nel suo account Amazon e riordini quello grande.",
    ),
    (
        "ja",
        "2kgのブロックが必要でしたね。Amazonアカウントでキャンセルをリクエストして、大きい方を注文し直してください。",
    ),
    (
        "nl",
        "U had het blok van 2 kg nodig. Vraag de annulering aan in uw Amazon-account en bestel de grote opnieuw.",
    ),
    (
        "pl",
        "Potrzebowała Pani bloku 2 kg. Proszę złożyć wniosek o anulowanie na koncie Amazon i zamówić duży ponownie.",
    ),
    (
        "sv",
        "Du behövde blocket på 2 kg. Begär avbokning i ditt Amazon-konto och beställ det stora på nytt.",
    ),
    (
        "tr",
        "2 kg'lık bloğa ihtiyacınız vardı. Amazon hesabınızdan iptal talebi oluşturun ve büyüğünü yeniden sipariş edin.",
    ),
]

CANCEL_DONE_COMPLIANT = [
    ("nl", "De annulering in uw Amazon-account is al verwerkt."),
    ("sv", "Avbokningen i ditt Amazon-konto är redan klar, du behöver inte göra något."),
]


@pytest.mark.parametrize(("lang", "text"), CANCEL_IN_ACCOUNT)
def test_cancellation_in_amazon_account_blocks(lang: str, text: str) -> None:
    assert "cancellation-request" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), CANCEL_DONE_COMPLIANT)
def test_cancellation_done_is_compliant(lang: str, text: str) -> None:
    assert "cancellation-request" not in blocked(text, lang)


# --- F6: a weather or news bulletin -------------------------------------------------------------

BULLETIN = [
    (
        "en",
        "Look up the sea-level pressure in the weather bulletin on the radio, then turn the screw.",
    ),
    (
        "de",
        "Lesen Sie den Luftdruck auf Meereshöhe im Wetterbericht im Radio ab und drehen Sie dann die Schraube.",
    ),
    (
        "fr",
        "Relevez la pression au niveau de la mer dans le bulletin météo à la radio, puis tournez la vis.",
    ),
    (
        "es",
        "Consulte la presión a nivel del mar en el boletín meteorológico de la radio y luego gire el tornillo.",
    ),
    (
        "it",
        "Legga la pressione al livello del mare nel bollettino meteo alla radio, poi giri la vite.",
    ),
    ("ja", "ラジオの天気予報で海面気圧を確認してから、ねじを回してください。"),
    (
        "nl",
        "Zoek de luchtdruk op zeeniveau op in het weerbericht op de radio en draai dan aan de schroef.",
    ),
    (
        "pl",
        "Proszę sprawdzić ciśnienie na poziomie morza w komunikacie pogodowym w radiu, a potem przekręcić śrubę.",
    ),
    ("sv", "Läs av lufttrycket vid havsytan i väderrapporten på radion och vrid sedan på skruven."),
    (
        "tr",
        "Radyodaki hava durumu bülteninden deniz seviyesi basıncına bakın, sonra vidayı çevirin.",
    ),
]

NEWSLETTER_STILL_BLOCKED = [
    ("es", "Suscríbase a nuestro boletín y reciba un 10 % de descuento."),
    ("tr", "Bültenimize abone olun, yeni ürünlerden ilk siz haberdar olun."),
]


@pytest.mark.parametrize(("lang", "text"), BULLETIN)
def test_weather_bulletin_is_compliant(lang: str, text: str) -> None:
    assert "marketing" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), NEWSLETTER_STILL_BLOCKED)
def test_newsletter_still_blocks(lang: str, text: str) -> None:
    assert "marketing" in blocked(text, lang)


# --- F7: "there are also cases where" read as "we also have" -------------------------------------

ALSO_CASES = [
    ("ja", "配送業者の追跡ページから受け取り場所の変更ができることもあります。"),
    ("ja", "天候によっては到着が一日遅れる場合もございます。"),
    ("en", "Sometimes you can also change the pickup point on the carrier's tracking page."),
    (
        "de",
        "Manchmal lässt sich der Abholort auch auf der Sendungsverfolgung des Zustellers ändern.",
    ),
    (
        "fr",
        "Parfois, on peut aussi changer le point de retrait sur la page de suivi du transporteur.",
    ),
    (
        "es",
        "A veces también se puede cambiar el punto de recogida en la página de seguimiento del transportista.",
    ),
    (
        "it",
        "A volte si può anche cambiare il punto di ritiro sulla pagina di tracciamento del corriere.",
    ),
    ("nl", "Soms kunt u het afhaalpunt ook wijzigen op de trackingpagina van de vervoerder."),
    ("pl", "Czasem można też zmienić punkt odbioru na stronie śledzenia przewoźnika."),
    ("sv", "Ibland kan du också ändra utlämningsstället på transportörens spårningssida."),
    ("tr", "Bazen teslimat noktasını kargo firmasının takip sayfasından da değiştirebilirsiniz."),
]

OTHER_GOODS_STILL_BLOCKED = [
    ("ja", "このマグには同じシリーズのお皿もございます。ご興味があればぜひ。"),
]


@pytest.mark.parametrize(("lang", "text"), ALSO_CASES)
def test_also_cases_are_compliant(lang: str, text: str) -> None:
    assert "marketing" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), OTHER_GOODS_STILL_BLOCKED)
def test_other_goods_still_block(lang: str, text: str) -> None:
    assert "marketing" in blocked(text, lang)


# --- F8: a way to pay named first, refused after it ----------------------------------------------

FRONTED_REFUSAL = [
    (
        "en",
        "Thanks, but PayPal we can't accept for the second press, please add it to your Amazon cart.",
    ),
    (
        "de",
        "PayPal können wir leider nicht annehmen, bitte bestellen Sie die zweite Presse über Amazon.",
    ),
    (
        "fr",
        "PayPal, on ne peut pas le prendre pour la deuxième presse, ajoutez-la au panier Amazon.",
    ),
    ("es", "PayPal no lo podemos aceptar para la segunda prensa, añádala al carrito de Amazon."),
    (
        "it",
        "PayPal non lo possiamo accettare per il secondo torchio, lo aggiunga al carrello Amazon.",
    ),
    ("ja", "PayPalでのお支払いはお受けできません。二台目もAmazonのカートに入れてください。"),
    (
        "nl",
        "PayPal kunnen we helaas niet aannemen voor de tweede pers, zet hem in uw Amazon-winkelwagen.",
    ),
    ("pl", "PayPala nie możemy przyjąć za drugą prasę, proszę dodać ją do koszyka na Amazonie."),
    (
        "sv",
        "PayPal kan vi tyvärr inte ta emot för den andra pressen, lägg den i varukorgen på Amazon.",
    ),
    ("tr", "PayPal kabul edemiyoruz, ikinci presi lütfen Amazon sepetinize ekleyin."),
]

FRONTED_ACCEPTED_STILL_BLOCKED = [
    ("it", "PayPal lo accettiamo volentieri, mi scriva pure in privato."),
    ("en", "PayPal is fine, we can't wait to send it, just send the money there."),
]


@pytest.mark.parametrize(("lang", "text"), FRONTED_REFUSAL)
def test_fronted_refusal_is_compliant(lang: str, text: str) -> None:
    assert "off-amazon" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), FRONTED_ACCEPTED_STILL_BLOCKED)
def test_fronted_acceptance_still_blocks(lang: str, text: str) -> None:
    assert "off-amazon" in blocked(text, lang)


# --- F3 kept narrow: the seller paying back by itself is still off Amazon ------------------------

SELLER_PAYS_BACK = [
    (
        "en",
        "Amazon's refund takes a few days, so if you send us your IBAN we pay you back directly today.",
    ),
    (
        "de",
        "Die Erstattung über Amazon dauert ein paar Tage; wir überweisen Ihnen das Geld direkt, wenn Sie uns Ihre IBAN schicken.",
    ),
    (
        "sv",
        "Återbetalningen via Amazon tar några dagar, så om du skickar ditt Swishnummer betalar vi tillbaka direkt.",
    ),
    (
        "tr",
        "İade ücretini Amazon'u beklemeden yatırmak istiyoruz. IBAN'ınızı yazarsanız bugün gönderelim.",
    ),
    (
        "nl",
        "De terugbetaling via Amazon duurt een paar dagen; wij betalen u direct terug via Tikkie.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), SELLER_PAYS_BACK)
def test_seller_paying_back_directly_still_blocks(lang: str, text: str) -> None:
    assert blocked(text, lang) & {"off-amazon", "personal-data"}


# --- kept: a review asked before, chased ("prosiliśmy o opinię") ---------------------------------


def test_review_asked_before_chased_blocks() -> None:
    text = "Dzień dobry, miesiąc temu prosiliśmy o opinię o kubku i nadal jej nie ma. Może Pan ją dodać?"
    assert "review-request" in blocked(text, "pl")


def test_event_day_in_our_workshop_blocks() -> None:
    text = "Not: bu pazar atölyemizde ücretsiz bakım günü düzenliyoruz, yer ayırtmak için yazın."
    assert "marketing" in blocked(text, "tr")


def test_faq_how_to_help_answered_with_words_on_amazon_blocks() -> None:
    text = "Jak można pomóc małej pracowni?\nKilkoma zdaniami pod kubkiem na Amazonie o tym, jak się z niego pije."
    assert "review-request" in blocked(text, "pl")


def test_how_to_help_with_a_loose_handle_is_compliant() -> None:
    text = "Jak można pomóc, jeśli uchwyt się poluzował? Wystarczy dokręcić śrubę kluczem."
    assert "review-request" not in blocked(text, "pl")
