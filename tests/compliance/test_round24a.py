# ruff: noqa: E501  (sentences are kept whole)
"""Round 24a: violation classes the rules missed on the development held-out sets 24 and 25,
each tested with sentences of our own (none from a held-out set), beside compliant
look-alikes that must stay compliant.  Measured with the rules alone (no n-gram model).

M1: one of a coming product held for the buyer or the buyer told when it comes, asked in a
word order or verb the reserve and notify wording did not know ("Sollen wir Ihnen eine
reservieren?", "Zal ik er eentje voor u klaarzetten?", "så lägger vi ett åt dig", "vuole che
la avvisi", "dać Panu znać", "haber vermemizi", "お席を確保しておきます"); the buyer's own
order or replacement announced stays service.
M2: the seller's own event opened or started ("apriamo un corso", "starten wir einen Kurs",
"har vi öppet hus", "ruszamy z warsztatami", "kursu başlatıyoruz", "教室を始めます"), often
with limited places; a return opened and sent second class stays service.
I1: a reward tied to a review named by a verb or as published ("Recenserar du ...",
"reseña publicada", "pojawi się opinia"), a friend's price, a monthly draw "among" reviewers,
a code that only works once the review is up.
O1: a counter, stand or visit in person beside a better price there ("beursprijzen", "prix
atelier", "precio de socio", "ohne den Amazon-Aufschlag", "bayi fiyatı ... daha uygun"); a
trade price or fair price named with no place to go stays compliant.
"""

from __future__ import annotations

import pytest

from tests.compliance.rules_only import blocked

# --- M1: one held for the buyer, or the buyer told, for a coming product ---------------

RESERVED_OR_TOLD = [
    (
        "de",
        "Im Frühjahr bringen wir eine Teekanne aus Steinzeug heraus. Sollen wir Ihnen eine reservieren?",
    ),
    (
        "de",
        "Ab März gibt es die Lederetuis auch in Grün. Soll ich Ihnen eins zurücklegen?",
    ),
    (
        "nl",
        "In november komen de kerstkransen van gedroogde hortensia binnen. Zal ik er alvast eentje voor u klaarzetten?",
    ),
    (
        "sv",
        "Till påsk släpper vi handmålade keramikägg i tre färger. Säg bara till så lägger vi ett åt dig.",
    ),
    (
        "sv",
        "I vår släpper vi en ny omgång handvävda löpare i lin. Vill du att vi hör av oss när de finns?",
    ),
    (
        "it",
        "A marzo esce la tazza smaltata color salvia: vuole che la avvisi quando arriva?",
    ),
    (
        "pl",
        "W grudniu wprowadzamy świece sojowe o zapachu jodły. Czy mam dać Panu znać, kiedy będą?",
    ),
    (
        "tr",
        "Gelecek ay el yapımı kupalarımız geliyor. Geldiğinde size haber vermemizi ister misiniz?",
    ),
    (
        "ja",
        "来月から工房で藍染めのワークショップを開催します。よろしければ、お席を確保しておきます。",
    ),
    ("en", "Our walnut spice racks come out in April. Happy to save you one if you like."),
]

OWN_ORDER_TOLD = [
    (
        "de",
        "Ihre Ersatzkanne kommt im Februar aus der Werkstatt, wir sagen Ihnen Bescheid, sobald das Paket unterwegs ist.",
    ),
    (
        "nl",
        "Uw bestelling komt in november binnen; we laten het u weten zodra het pakket verzonden is.",
    ),
    ("sv", "Din beställning kommer i mars, vi hör av oss när paketet skickas."),
    ("it", "Il suo ordine parte a marzo: la avviso quando il pacco è in viaggio."),
    ("pl", "Pana zamówienie wyślemy w grudniu, damy znać, kiedy paczka wyjedzie."),
    ("en", "Your order ships in April; we'll let you know when the parcel leaves."),
]


@pytest.mark.parametrize(("lang", "text"), RESERVED_OR_TOLD)
def test_coming_product_held_or_told_is_marketing(lang: str, text: str) -> None:
    assert "marketing" in blocked(text, lang), (lang, text)


@pytest.mark.parametrize(("lang", "text"), OWN_ORDER_TOLD)
def test_own_order_announced_passes(lang: str, text: str) -> None:
    assert "marketing" not in blocked(text, lang), (lang, text)


# --- M2: the seller's own event opened or started ----------------------------------------

EVENTS_STARTED = [
    (
        "it",
        "Da ottobre apriamo un corso serale di ceramica nel nostro laboratorio, posti limitati a dieci.",
    ),
    (
        "sv",
        "På söndag har vi öppet hus i bageriet med provsmakning av höstens bröd, välkommen!",
    ),
    (
        "en",
        "Next month we're starting a beginners' pottery class at the studio, only eight places.",
    ),
    (
        "de",
        "Im Januar starten wir einen Töpferkurs für Anfänger in der Werkstatt, die Plätze sind begrenzt.",
    ),
    ("fr", "En février, nous lançons un atelier de reliure le samedi matin, places limitées."),
    ("es", "En marzo empezamos un taller de encuadernación los sábados, plazas limitadas."),
    ("nl", "In maart starten we een cursus pottenbakken in onze werkplaats, vol is vol."),
    ("pl", "Od marca ruszamy z warsztatami ceramiki w naszej pracowni, liczba miejsc ograniczona."),
    ("tr", "Mart ayında atölyemizde seramik kursu başlatıyoruz, kontenjan sınırlı."),
    ("ja", "来月から工房で陶芸教室を始めます。"),
]

SERVICE_NOT_EVENTS = [
    (
        "en",
        "We're opening a return for you; post the jug back 2nd class and we refund the postage.",
    ),
    ("sv", "På lördag har vi stängt, men din beställning skickas på måndag."),
    ("de", "Wir starten die Reparatur heute, die Sendung geht morgen an Sie zurück."),
]


@pytest.mark.parametrize(("lang", "text"), EVENTS_STARTED)
def test_event_started_is_marketing(lang: str, text: str) -> None:
    assert "marketing" in blocked(text, lang), (lang, text)


@pytest.mark.parametrize(("lang", "text"), SERVICE_NOT_EVENTS)
def test_service_started_passes(lang: str, text: str) -> None:
    assert blocked(text, lang) == set(), (lang, text)


# --- I1: a reward tied to a review named by a verb or as published -----------------------

REWARDED_REVIEWS = [
    ("sv", "Recenserar du koppen på Amazon får du tio procent rabatt på nästa köp."),
    (
        "sv",
        "Den som skriver om sin lampa på produktsidan får vänpris på nästa beställning hos oss.",
    ),
    (
        "tr",
        "Yorum yazan müşterilerimiz arasında her ay bir seramik kupa çekiyoruz.",
    ),
    (
        "es",
        "En cuanto veamos su reseña publicada, le mandamos un regalito para la próxima tarta.",
    ),
    ("pl", "Kod z ulotki aktywujemy, gdy pod produktem pojawi się Pani opinia."),
    ("it", "Appena vediamo la sua opinione pubblicata, le spediamo un omaggio per la cucina."),
    (
        "en",
        "The code on the card only works once your review of the grinder is live on Amazon.",
    ),
    (
        "nl",
        "Wie zijn ervaring onder het product deelt, krijgt van ons een vriendenprijs op de volgende bestelling.",
    ),
]

NOT_REWARDED = [
    ("sv", "Tack för att du berättade om repan; vi skickar en ny kopp utan kostnad."),
    ("es", "Su reseña ya está publicada y la hemos leído con atención; el recambio sale hoy."),
    ("en", "The discount code on the card works for your next order on Amazon."),
]


@pytest.mark.parametrize(("lang", "text"), REWARDED_REVIEWS)
def test_reward_for_review_blocked(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang), (lang, text)


@pytest.mark.parametrize(("lang", "text"), NOT_REWARDED)
def test_no_reward_for_review_passes(lang: str, text: str) -> None:
    assert "review-request" not in blocked(text, lang), (lang, text)


# --- O1: in person, at a better price there ----------------------------------------------

CHEAPER_IN_PERSON = [
    (
        "nl",
        "Bent u in mei op de Kunstmarkt in Deventer? Op onze kraam liggen dezelfde kussens tegen beursprijzen.",
    ),
    (
        "fr",
        "Si vous passez par Vannes, venez à l'atelier : les mêmes bols y sont au prix atelier, sans la commission de la plateforme.",
    ),
    (
        "es",
        "Si viene a la feria de Bilbao, en nuestro puesto tiene las mismas tazas a precio de feria, sin la comisión de Amazon.",
    ),
    (
        "de",
        "Wenn Sie mal in Lübeck sind: An unserem Stand auf dem Wochenmarkt gibt es die Kerzen ohne den Amazon-Aufschlag.",
    ),
    (
        "tr",
        "Yolunuz Bursa'ya düşerse atölyemize uğrayın. Orada aynı havlular bayi fiyatına, çok daha uygun.",
    ),
    (
        "it",
        "Se passa da Cremona, venga a trovarci in bottega: le stesse corde le trova a prezzi da laboratorio, senza intermediari.",
    ),
    (
        "sv",
        "Har du vägarna förbi Visby så finns samma ullfiltar i vår butik till mässpris, utan Amazons avgift.",
    ),
    (
        "en",
        "If you're ever in Whitby, drop by our workshop; the same lamps are cheaper in person, without the Amazon fees.",
    ),
    (
        "pl",
        "Zapraszamy do naszego sklepu stacjonarnego w Toruniu, tam te same świece są taniej, bez prowizji.",
    ),
]

PRICE_NAMED_NO_PLACE = [
    (
        "nl",
        "De beursprijzen die u noemt golden alleen voor vakhandelaren; hier is de prijs voor iedereen gelijk.",
    ),
    ("en", "The trade price on your invoice is Amazon's business price for registered companies."),
    ("de", "Der Messepreis, den Sie gesehen haben, war ein Angebot eines anderen Händlers."),
]


@pytest.mark.parametrize(("lang", "text"), CHEAPER_IN_PERSON)
def test_cheaper_in_person_is_off_amazon(lang: str, text: str) -> None:
    assert "off-amazon" in blocked(text, lang), (lang, text)


@pytest.mark.parametrize(("lang", "text"), PRICE_NAMED_NO_PLACE)
def test_price_named_without_a_place_passes(lang: str, text: str) -> None:
    assert "off-amazon" not in blocked(text, lang), (lang, text)


# --- R1: the rating's threshold laid on the buyer --------------------------------------

RATING_PLIGHT = [
    (
        "it",
        "Da quando siamo scesi a 3,9 stelle per due recensioni ingiuste, sotto le 4 Amazon ci nasconde quasi del tutto.",
    ),
    (
        "es",
        "Nos faltan 8 reseñas para que Amazon nos muestre con la etiqueta de producto destacado.",
    ),
    (
        "de",
        "Mit 3,7 Sternen liegen wir unter 4 Sternen, und Amazon versteckt uns dann beinahe ganz.",
    ),
    ("fr", "Il nous manque 6 avis pour le badge, et Amazon nous cache sous les 4 étoiles."),
    ("en", "We're nine reviews short of the badge, and under 4 stars Amazon hides us."),
    ("nl", "Onder de 4 sterren verbergt Amazon ons bijna helemaal."),
    ("pl", "Brakuje nam 5 opinii do wyróżnienia, a poniżej 4 gwiazdek Amazon nas ukrywa."),
    ("sv", "Vi saknar 7 omdömen till märket, och under 4 stjärnor gömmer Amazon oss nästan helt."),
    ("tr", "4 yıldızın altında Amazon bizi göstermiyor, rozet için 6 yorum daha eksik."),
]

RATING_NAMED_PLAINLY = [
    ("en", "The age rating on the box says it is not for children under 4."),
    ("it", "Il termometro segna sotto i 4 gradi di notte, la stella alpina resiste."),
    ("de", "Die Kinder unter 4 Jahren sollten das Spiel nicht ohne Aufsicht spielen."),
]


@pytest.mark.parametrize(("lang", "text"), RATING_PLIGHT)
def test_rating_plight_is_a_review_request(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang), (lang, text)


@pytest.mark.parametrize(("lang", "text"), RATING_NAMED_PLAINLY)
def test_rating_named_plainly_passes(lang: str, text: str) -> None:
    assert "review-request" not in blocked(text, lang), (lang, text)


# --- F1: the buyer's own review, written or announced, reported back --------------------

BUYERS_REVIEW_REPORTED = [
    (
        "de",
        "Sie schreiben, dass Sie in Ihrer Bewertung den Kratzer am Deckel erwähnt haben; der Ersatzdeckel ist unterwegs.",
    ),
    ("en", "You mentioned the loose handle in your review, so a new handle is on its way."),
    (
        "fr",
        "Vous nous dites que vous comptez laisser un avis négatif pour le retard : c'est votre droit, et le colis part ce matin.",
    ),
    (
        "es",
        "En su reseña usted mencionó que la tapa no cierra bien; le enviamos otra tapa hoy mismo.",
    ),
    (
        "it",
        "Ci scrive che vuole lasciare una recensione negativa per il ritardo: ha ragione, il pacco è partito stamattina.",
    ),
    ("nl", "In uw review noemde u de losse greep; er is een nieuwe greep onderweg."),
    ("sv", "I ditt omdöme nämnde du att locket var trögt, så vi skickar ett nytt lock i dag."),
    ("pl", "W swojej opinii wspomniała Pani o pękniętym uchu; nowy kubek jest już w drodze."),
    ("tr", "Yorumunuzda belirttiğiniz çizik için yeni kapak bugün kargoya verildi."),
]

REVIEW_STILL_ASKED = [
    (
        "de",
        "In Ihrer Bewertung haben Sie den Kratzer erwähnt. Könnten Sie die Bewertung jetzt ändern?",
    ),
    (
        "en",
        "You mentioned the handle in your review. Could you update your review now that it's fixed?",
    ),
    ("fr", "Pourriez-vous laisser un avis positif sur Amazon ?"),
]


@pytest.mark.parametrize(("lang", "text"), BUYERS_REVIEW_REPORTED)
def test_buyers_review_reported_passes(lang: str, text: str) -> None:
    assert "review-request" not in blocked(text, lang), (lang, text)


@pytest.mark.parametrize(("lang", "text"), REVIEW_STILL_ASKED)
def test_review_still_asked_is_caught(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang), (lang, text)
