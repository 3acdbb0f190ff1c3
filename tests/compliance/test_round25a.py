# ruff: noqa: E501  (sentences are kept whole)
"""Round 25a: false alarms and missed violations of the review, incentive, marketing and
off-Amazon rules on the development held-out sets 24 to 27, each class tested with sentences
of our own (none from a held-out set), beside the violations that must still block.
Measured with the rules alone (no n-gram model).

R1: "write to us here on Amazon with a photo": the message thread on Amazon, not the
product page ("here on Amazon", "hier auf Amazon", "tutaj na Amazonie", "här på Amazon"), and
"Amazon" alone in a Latin-script reply ("a refund through Amazon", "Amazon'un yardım sayfası")
is no public place.
R2: a star as a shape or a pattern ("formed like a star", "formad som en stjärna", "the arms
of the star" after an embroidered pattern) is no rating.
R3: the carrier's own rating survey named in quotes and disowned ("the 'rate your delivery'
text is the courier's own, not ours").
R4: the buyer's message quoted back with "> " (their own stars) asks nothing.
R5: the carrier's delivery notice named again ("l'avis" after "avis de passage").
"""

from __future__ import annotations

import pytest

from tests.compliance.rules_only import blocked

# --- R1: the message thread on Amazon, and "Amazon" alone ------------------------------

MESSAGE_THREAD = [
    (
        "en",
        "If the lamp flickers again, message us here on Amazon with a short video of it and we will send a new driver board.",
    ),
    (
        "de",
        "Falls der Akku wieder ausfällt, schreiben Sie uns hier auf Amazon mit einem kurzen Video, dann schicken wir Ersatz.",
    ),
    (
        "fr",
        "Si la pompe s'arrête encore, écrivez-nous ici sur Amazon avec une courte vidéo du bruit, et nous envoyons une pièce neuve.",
    ),
    (
        "es",
        "Si el cargador vuelve a fallar, escríbanos aquí en Amazon con un vídeo corto y le mandamos otro.",
    ),
    (
        "it",
        "Se il ventilatore fa ancora rumore, ci scriva qui su Amazon con un breve video e le mandiamo un motore nuovo.",
    ),
    (
        "nl",
        "Als de lamp weer knippert, schrijf ons dan hier op Amazon met een korte video, dan sturen we een nieuwe.",
    ),
    (
        "pl",
        "Jeśli wentylator dalej hałasuje, proszę napisać tutaj na Amazonie z krótkim nagraniem, a wyślemy nowy silnik.",
    ),
    (
        "sv",
        "Om fläkten fortsätter att låta, skriv här på Amazon med en kort video så skickar vi en ny motor.",
    ),
    (
        "tr",
        "Vantilatör hâlâ ses yapıyorsa buradan yazın, kısa bir video ekleyin; ücretini Amazon üzerinden iade ederiz.",
    ),
    (
        "tr",
        "Adresi nasıl değiştireceğinizi anlatan Amazon'un yardım sayfası şurada: https://www.amazon.com.tr/gp/help/customer/display.html",
    ),
    (
        "en",
        "Measure the width of your wrist and post the number here; I'll tell you which strap length fits.",
    ),
]

PUBLIC_PHOTO_ASKS = [
    ("en", "Could you post a photo of the lamp on Amazon for other buyers to see?"),
    ("de", "Könnten Sie ein Foto der Lampe auf Amazon posten, damit andere Käufer es sehen?"),
    ("it", "Potrebbe pubblicare una foto della lampada su Amazon per gli altri acquirenti?"),
    ("sv", "Skulle du kunna lägga upp en bild på lampan på Amazon så andra köpare ser den?"),
    ("pl", "Czy mógłby Pan zamieścić zdjęcie lampy na Amazonie dla innych kupujących?"),
    (
        "tr",
        "Lambanın bir fotoğrafını Amazon'da paylaşırsanız diğer alıcılar da görür, çok seviniriz.",
    ),
    ("en", "Please leave us a review here on Amazon, it helps a lot."),
    ("en", "Anyone who writes a few lines about the lamp here on Amazon gets a spare bulb free."),
    (
        "de",
        "Wer hier auf Amazon ein paar Zeilen über die Lampe schreibt, bekommt eine Ersatzbirne gratis.",
    ),
    ("sv", "Den som skriver några rader om lampan här på Amazon får en extra glödlampa gratis."),
]


@pytest.mark.parametrize(("lang", "text"), MESSAGE_THREAD)
def test_message_thread_on_amazon_is_no_public_place(lang: str, text: str) -> None:
    assert "review-request" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), PUBLIC_PHOTO_ASKS)
def test_photo_posted_on_amazon_still_blocks(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


# --- R2: a star as a shape or a pattern -------------------------------------------------

STAR_SHAPES = [
    ("en", "The biscuit cutter is formed like a star, so the dough needs to be chilled first."),
    ("de", "Der Ausstecher ist wie ein Stern geformt, deshalb sollte der Teig vorher kalt sein."),
    ("fr", "L'emporte-pièce est formé comme une étoile, donc la pâte doit être bien froide."),
    ("es", "El cortador tiene forma de una estrella, así que la masa debe estar fría."),
    ("it", "Il tagliabiscotti è sagomato come una stella, quindi l'impasto va raffreddato prima."),
    ("nl", "De uitsteker is gevormd als een ster, dus het deeg moet eerst koud zijn."),
    ("pl", "Foremka jest wycięta na kształt gwiazdy, więc ciasto musi być najpierw schłodzone."),
    ("sv", "Pepparkaksformen är formad som en stjärna, så degen behöver vara kall först."),
    ("tr", "Kurabiye kalıbı yıldız biçimli, bu yüzden hamuru önce soğutun."),
    (
        "pl",
        "Motyw na serwetce to haftowana róża i gwiazda. Proszę najpierw wyhaftować płatki, a dopiero potem promienie gwiazdy.",
    ),
    (
        "de",
        "Das Motiv auf dem Kissen ist ein gestickter Stern. Bitte sticken Sie zuerst die Mitte und dann die Zacken des Sterns.",
    ),
    (
        "en",
        "The pattern on the quilt is an embroidered star. Please stitch the centre first, then the points of the star.",
    ),
]

STAR_ASKS = [
    ("en", "If the cutter works well, please give us five stars."),
    ("sv", "Om formen fungerar bra får du gärna ge oss fem stjärnor."),
    ("pl", "Jeśli foremka się sprawdza, prosimy o pięć gwiazdek."),
    ("de", "Wenn Ihnen der Ausstecher gefällt, bewerten Sie uns bitte mit fünf Sternen."),
]


@pytest.mark.parametrize(("lang", "text"), STAR_SHAPES)
def test_star_as_shape_is_no_rating(lang: str, text: str) -> None:
    assert "review-request" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), STAR_ASKS)
def test_stars_asked_still_block(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


# --- R3: the carrier's own survey, disowned ---------------------------------------------

CARRIER_SURVEY = [
    (
        "en",
        "The \"How did we do?\" text you got after the drop-off is the courier's own survey and doesn't come from us.",
    ),
    ("de", 'Die SMS "Bewerten Sie Ihren Fahrer" kommt von GLS selbst, nicht von uns.'),
    ("fr", "Le SMS « Évaluez votre livraison » vient de Colissimo, il ne vient pas de nous."),
    ("es", 'El mensaje "Valore su entrega" es una encuesta de SEUR, no viene de nosotros.'),
    ("it", 'Il messaggio "Valuta la consegna" è un sondaggio di BRT, non viene da noi.'),
    ("nl", 'Het sms\'je "Beoordeel je bezorger" komt van PostNL zelf, niet van ons.'),
]

RATE_US_ASKS = [
    ("en", 'Please tap "Rate seller" in Your Orders and give us five stars.'),
    ("de", 'Bitte klicken Sie auf "Verkäufer bewerten" und geben Sie uns fünf Sterne.'),
]


@pytest.mark.parametrize(("lang", "text"), CARRIER_SURVEY)
def test_carrier_survey_disowned_is_no_ask(lang: str, text: str) -> None:
    assert "review-request" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), RATE_US_ASKS)
def test_quoted_rating_button_still_blocks(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


# --- R4: the buyer's message quoted back -----------------------------------------------

QUOTED_BACK = [
    (
        "en",
        "Hi Sam,\n\n> I gave it one star because the lid cracked on day two.\n\nSorry about that. We've refunded the kettle in full; please don't use it with the cracked lid.\n\nJo",
    ),
    (
        "de",
        "Hallo Frau Kern,\n\n> Ich habe zwei Sterne gegeben, weil der Deckel klemmt.\n\nDas tut uns leid. Wir haben Ihnen den Betrag voll erstattet.\n\nIhr Team",
    ),
    (
        "fr",
        "Bonjour,\n\n> J'ai mis deux étoiles car le couvercle fuit.\n\nNous sommes désolés. Nous vous avons remboursé intégralement.\n\nL'équipe",
    ),
]


@pytest.mark.parametrize(("lang", "text"), QUOTED_BACK)
def test_buyer_quoted_back_asks_nothing(lang: str, text: str) -> None:
    assert "review-request" not in blocked(text, lang)


# --- R5: the delivery notice named again ------------------------------------------------

NOTICE_AGAIN = [
    (
        "fr",
        "Le facteur a laissé un avis de passage. Vous pouvez retirer le colis à la poste avec l'avis et une pièce d'identité.",
    ),
    (
        "fr",
        "Le livreur a déposé un avis de passage hier. Présentez l'avis au bureau de poste pour retirer le colis.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), NOTICE_AGAIN)
def test_delivery_notice_named_again_is_no_review(lang: str, text: str) -> None:
    assert "review-request" not in blocked(text, lang)


def test_review_removal_asked_still_blocks() -> None:
    assert "review-request" in blocked(
        "Pourriez-vous retirer votre avis négatif maintenant que le colis est arrivé ?", "fr"
    )


# --- I1: everyone who adds a review enters a draw (the words between the verb) ------------

ADDED_FOR_A_PRIZE = [
    (
        "en",
        "Everyone who this month adds a comment gets entered into our draw for a 50 euro voucher.",
    ),
    (
        "de",
        "Wer diesen Monat eine Meinung hinterlässt, nimmt an der Verlosung eines Gutscheins über 50 Euro teil.",
    ),
    (
        "fr",
        "Tous ceux qui ce mois-ci ajoutent un avis participent au tirage au sort d'un bon de 50 euros.",
    ),
    ("es", "Todos los que este mes añadan una opinión entran en el sorteo de un vale de 50 euros."),
    ("it", "Chi questo mese aggiunge un commento partecipa all'estrazione di un buono da 50 euro."),
    (
        "nl",
        "Iedereen die deze maand een mening achterlaat, doet mee aan de verloting van een bon van 50 euro.",
    ),
    (
        "pl",
        "Każdy, kto do końca miesiąca doda komentarz, weźmie udział w losowaniu bonu na 100 zł.",
    ),
    (
        "sv",
        "Alla som den här månaden lämnar en kommentar är med i utlottningen av ett presentkort på 500 kr.",
    ),
    ("tr", "Bu ay yorum ekleyen herkes 500 TL'lik hediye çeki çekilişine katılıyor."),
]

DRAW_WITHOUT_REVIEW = [
    (
        "en",
        "Everyone who ordered before Friday gets the spare filter free, no need to write to us.",
    ),
    ("pl", "Każdy, kto zamówił przed piątkiem, dostanie zapasowy filtr gratis."),
]


@pytest.mark.parametrize(("lang", "text"), ADDED_FOR_A_PRIZE)
def test_review_added_for_a_prize_blocks(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), DRAW_WITHOUT_REVIEW)
def test_gift_without_review_is_no_review_request(lang: str, text: str) -> None:
    assert "review-request" not in blocked(text, lang)


# --- O1: the shop the parcel left, or the shop that was ---------------------------------

SHOP_LEFT_OR_PAST = [
    ("en", "Your lamp left our shop this morning and should arrive on Thursday."),
    ("de", "Ihre Lampe hat unseren Laden heute früh verlassen und kommt am Donnerstag an."),
    ("de", "Unser Laden in Kassel war früher eine Schneiderei, heute versenden wir nur noch."),
    ("fr", "Votre lampe a quitté notre boutique ce matin et devrait arriver jeudi."),
    ("fr", "Notre boutique était autrefois une mercerie, aujourd'hui nous ne faisons que l'envoi."),
    ("es", "Su lámpara ha salido de nuestra tienda esta mañana y llegará el jueves."),
    ("it", "La lampada è uscita dal nostro negozio stamattina e arriverà giovedì."),
    ("en", "Our shop in Leeds used to be a bakery; these days we only ship."),
]

SHOP_STILL_OFFERED = [
    ("en", "Next time just buy it in our shop, it is cheaper there."),
    ("de", "Kommen Sie doch in unseren Laden in Kassel, dort ist es günstiger."),
    ("fr", "La prochaine fois, commandez directement sur notre boutique en ligne."),
    ("es", "La próxima vez compre directamente en nuestra tienda online."),
]


@pytest.mark.parametrize(("lang", "text"), SHOP_LEFT_OR_PAST)
def test_shop_left_or_past_is_no_detour(lang: str, text: str) -> None:
    assert "off-amazon" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), SHOP_STILL_OFFERED)
def test_shop_offered_still_blocks(lang: str, text: str) -> None:
    assert "off-amazon" in blocked(text, lang)


# --- O2: the way paid on Amazon beside Amazon refunding ----------------------------------

PAID_ON_AMAZON = [
    (
        "pl",
        "Zamówienie anulowaliśmy. Amazon zwróci pieniądze w ciągu kilku dni; przy BLIK-u zwykle szybciej.",
    ),
    (
        "en",
        "We cancelled the order. Amazon will refund you within a few days; with a bank transfer it can take a little longer.",
    ),
    (
        "de",
        "Wir haben storniert. Amazon erstattet den Betrag in ein paar Tagen; bei Überweisung dauert es etwas länger.",
    ),
]

PAY_US_DIRECTLY = [
    ("pl", "Proszę zapłacić BLIK-iem bezpośrednio u nas, będzie szybciej."),
    ("en", "You can pay us by bank transfer directly, it's quicker."),
]


@pytest.mark.parametrize(("lang", "text"), PAID_ON_AMAZON)
def test_way_paid_on_amazon_is_no_detour(lang: str, text: str) -> None:
    assert "off-amazon" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), PAY_US_DIRECTLY)
def test_paying_us_directly_still_blocks(lang: str, text: str) -> None:
    assert "off-amazon" in blocked(text, lang)


# --- O3: a refusal that keeps it on Amazon; words of another sense -----------------------

KEPT_ON_AMAZON = [
    ("es", "Lo siento, no aceptamos Bizum; todo tiene que pasar por Amazon."),
    ("es", "El pago tiene que pasar por Amazon, así que le preparamos una oferta allí."),
    ("pl", "Ta kawa jest palona jasno, pod przelew, więc w ekspresie ciśnieniowym wyjdzie kwaśna."),
    ("tr", "Kendi vergi numaramız ve Mersis numaramız faturanın altında yazıyor."),
]

CHEAPER_THAN_AMAZON = [
    ("es", "Le sale más barato escribirnos por WhatsApp que pasar por Amazon."),
    ("pl", "Proszę zrobić przelew na nasze konto, bez prowizji Amazona."),
]


@pytest.mark.parametrize(("lang", "text"), KEPT_ON_AMAZON)
def test_kept_on_amazon_is_compliant(lang: str, text: str) -> None:
    assert "off-amazon" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), CHEAPER_THAN_AMAZON)
def test_cheaper_than_amazon_still_blocks(lang: str, text: str) -> None:
    assert "off-amazon" in blocked(text, lang)


# --- K1: advice with a month; Amazon's coupon named again -------------------------------

ADVICE_OR_AMAZONS_COUPON = [
    ("it", "Le consigliamo di svuotare il filtro a ottobre e di riporlo in garage fino a marzo."),
    ("fr", "Nous vous conseillons de rentrer la pompe en novembre et de la stocker au sec."),
    ("de", "Wir haben keine Eile: Ich empfehle Ihnen, die Pumpe im November herauszunehmen."),
    (
        "it",
        "Lo sconto che vedeva era un coupon di Amazon, che Amazon applica da sola. Se il coupon torna, lo vedrà nel carrello.",
    ),
    (
        "en",
        "The discount you saw was an Amazon coupon that Amazon applies itself. If the coupon comes back, you'll see it at checkout.",
    ),
]

PLUGS_STILL_BLOCK = [
    ("it", "A novembre esce il nostro nuovo filtro, glielo consigliamo."),
    ("fr", "Notre nouvelle pompe sort en novembre, je vous la recommande."),
    (
        "en",
        "The discount you saw was an Amazon coupon. Our own coupon code POND10 gives you another 10% off.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), ADVICE_OR_AMAZONS_COUPON)
def test_advice_or_amazons_coupon_is_no_marketing(lang: str, text: str) -> None:
    assert "marketing" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), PLUGS_STILL_BLOCK)
def test_plugs_and_own_codes_still_block(lang: str, text: str) -> None:
    assert "marketing" in blocked(text, lang)


# --- A1: one person grateful or glad, or a plain question, with the review named --------

GRATEFUL_ASKS = [
    ("en", "I'd be so grateful if you wrote a review of the kettle on Amazon after a week of use."),
    (
        "de",
        "Ich wäre Ihnen sehr dankbar, wenn Sie nach dem ersten Törn eine Rezension auf Amazon schreiben.",
    ),
    (
        "fr",
        "Je serais très reconnaissante si vous laissiez un avis sur Amazon après quelques jours.",
    ),
    ("es", "Ahora que funciona, ¿nos escribe una reseña en Amazon?"),
    ("it", "Le sarei molto grata se lasciasse una recensione su Amazon dopo qualche giorno."),
    ("nl", "Ik zou het erg waarderen als u na een week een review op Amazon plaatst."),
    ("pl", "Będę wdzięczna, jeśli po kilku dniach wystawi Pani opinię na Amazonie."),
    ("sv", "När den väl är igång blir vi jätteglada om du skriver en recension på Amazon."),
    ("tr", "Birkaç gün kullandıktan sonra Amazon'da bir yorum yazarsanız minnettar olurum."),
]

GRATEFUL_NO_REVIEW = [
    ("en", "I'd be so grateful if you sent us a photo of the cracked lid."),
    ("pl", "Będę wdzięczna, jeśli prześle Pani zdjęcie pękniętej pokrywki."),
    ("sv", "Vi blir jätteglada om du skickar en bild på locket."),
    ("es", "¿Nos escribe una línea cuando llegue el paquete?"),
]


@pytest.mark.parametrize(("lang", "text"), GRATEFUL_ASKS)
def test_grateful_for_a_review_blocks(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), GRATEFUL_NO_REVIEW)
def test_grateful_for_a_photo_is_no_review_request(lang: str, text: str) -> None:
    assert "review-request" not in blocked(text, lang)
