# ruff: noqa: E501  (sentences are kept whole)
"""Round 28a: false alarms of the review-request rule on the development held-out sets
29-33, each class tested in the ten languages with sentences of our own (none from a held-out
set), beside the violations that must still block.  Measured with the rules alone.

F1: a photo of a receipt sent to us, the money refunded "on Amazon" ("ci mandi qui una foto
dello scontrino e glielo rimborsiamo su Amazon"): the way the money goes back, not a page
where the photo is shown, so no photo review tied to a refund.
F2: a carrier's rating text disowned as "Evri's own, not ours", "von Hermes, nicht unsere",
"PostNords egen, inte vår".
F3: the buyer's review read and left alone, the seller asking nothing about it, in Japanese
with a reason before ("レビューはお客様のご判断ですので、当店から何かお願いすることはございません").
"""

from __future__ import annotations

import pytest

from tests.compliance.rules_only import blocked

RECEIPT_PHOTO_REFUNDED = [
    (
        "en",
        "If the courier asks you for a fee, send us a photo of the receipt here and we will refund it on Amazon.",
    ),
    (
        "de",
        "Falls der Kurier Gebühren verlangt, schicken Sie uns hier ein Foto der Quittung und wir erstatten sie über Amazon.",
    ),
    (
        "fr",
        "Si le livreur vous demande des frais, envoyez-nous ici une photo du reçu et nous vous rembourserons sur Amazon.",
    ),
    (
        "es",
        "Si el repartidor le cobra algo, envíenos aquí una foto del recibo y se lo reembolsamos en Amazon.",
    ),
    (
        "it",
        "Se il corriere le chiede qualcosa, ci mandi qui una foto dello scontrino e glielo rimborsiamo su Amazon.",
    ),
    (
        "nl",
        "Als de bezorger iets vraagt, stuur ons hier een foto van de bon en we betalen het terug via Amazon.",
    ),
    (
        "pl",
        "Jeśli kurier czegoś zażąda, proszę przesłać nam tutaj zdjęcie paragonu, a zwrócimy to przez Amazon.",
    ),
    (
        "sv",
        "Om budet tar betalt, skicka oss ett foto på kvittot här så återbetalar vi det via Amazon.",
    ),
    (
        "tr",
        "Kurye sizden ücret isterse, makbuzun fotoğrafını buradan bize gönderin, tutarı Amazon üzerinden iade ederiz.",
    ),
    (
        "ja",
        "配達員に料金を請求された場合は、領収書の写真をこちらにお送りください。Amazonを通じて返金いたします。",
    ),
]

PHOTO_FOR_REFUND_STILL = [
    ("en", "Post a photo of the lamp on Amazon and we will refund you 10 euros."),
    ("it", "Pubblichi una foto della lampada su Amazon e le rimborsiamo 10 euro."),
    ("de", "Posten Sie ein Foto der Lampe auf Amazon und wir erstatten Ihnen 10 Euro."),
    ("en", "We will refund you on Amazon once you post a photo of the lamp on the product page."),
    ("it", "Le rimborsiamo 10 euro su Amazon se pubblica una foto della lampada nella recensione."),
    ("fr", "Nous vous remboursons sur Amazon si vous publiez une photo sur la fiche produit."),
]

CARRIER_SURVEY_DISOWNED = [
    (
        "en",
        "Your order is with Evri and due tomorrow. Evri may text you later asking you to rate the delivery. That text is Evri's own, not ours, so feel free to skip it.",
    ),
    (
        "de",
        "Ihr Paket ist bei Hermes und kommt morgen. Hermes schickt Ihnen danach vielleicht eine SMS mit der Bitte, die Zustellung zu bewerten. Diese Umfrage ist von Hermes, nicht unsere, Sie können sie ignorieren.",
    ),
    (
        "fr",
        "Votre colis est chez Colissimo et arrive demain. Colissimo vous enverra peut-être un SMS pour noter la livraison. Ce questionnaire est celui de Colissimo, pas le nôtre, vous pouvez l'ignorer.",
    ),
    (
        "es",
        "Su paquete va con SEUR y llega mañana. Puede que SEUR le envíe un SMS pidiéndole valorar la entrega. Esa encuesta es de SEUR, no nuestra, puede ignorarla.",
    ),
    (
        "it",
        "Il pacco è con BRT e arriva domani. BRT potrebbe mandarle un SMS per valutare la consegna. Quel sondaggio è di BRT, non nostro, può ignorarlo.",
    ),
    (
        "nl",
        "Uw pakket is bij PostNL en komt morgen. PostNL stuurt u misschien een sms om de bezorging te beoordelen. Die enquête is van PostNL zelf, niet van ons, u kunt hem negeren.",
    ),
    (
        "pl",
        "Paczka jest w InPost i dotrze jutro. InPost może wysłać SMS z prośbą o ocenę dostawy. Ta ankieta jest od InPost, nie od nas, można ją zignorować.",
    ),
    (
        "sv",
        "Paketet är hos PostNord och kommer i morgon. PostNord kan skicka ett sms där de ber dig betygsätta leveransen. Den enkäten är PostNords egen, inte vår, du kan strunta i den.",
    ),
    (
        "tr",
        "Paketiniz Yurtiçi Kargo'da ve yarın gelir. Yurtiçi size teslimatı değerlendirmeniz için SMS gönderebilir. O anket Yurtiçi'nin kendi anketi, bizim değil, görmezden gelebilirsiniz.",
    ),
    (
        "ja",
        "お荷物はヤマト運輸でお届け予定で、明日到着します。ヤマトから配達の評価を求めるSMSが届くかもしれません。それはヤマト独自のアンケートで、当店からのものではありませんので無視していただいて構いません。",
    ),
]

DISOWNED_BUT_ASKED_STILL = [
    (
        "en",
        "Evri may text you to rate the delivery. That text is Evri's own, not ours, but please rate us five stars on Amazon.",
    ),
    (
        "de",
        "Die SMS zur Zustellung ist von Hermes, nicht unsere. Bitte bewerten Sie uns aber mit fünf Sternen.",
    ),
    ("sv", "Enkäten är PostNords egen, inte vår. Men lämna gärna ett omdöme om oss på Amazon."),
]

REVIEW_LEFT_ALONE = [
    (
        "ja",
        "佐藤様、配送遅延についてのレビューを拝見しました。ご指摘の通りです。送料は返金いたしました。レビューはお客様のご判断ですので、当店から何かお願いすることはございません。",
    ),
    (
        "en",
        "We read your review about the late parcel and you are right. The shipping fee is refunded. Your review is yours to keep as it is; we are not asking you for anything.",
    ),
    (
        "de",
        "Wir haben Ihre Bewertung zur späten Lieferung gelesen, Sie haben recht. Die Versandkosten sind erstattet. Die Bewertung ist Ihre Sache, wir bitten Sie um nichts.",
    ),
    (
        "fr",
        "Nous avons lu votre avis sur le retard, vous avez raison. Les frais de port sont remboursés. Votre avis vous appartient, nous ne vous demandons rien.",
    ),
    (
        "es",
        "Hemos leído su reseña sobre el retraso y tiene razón. Le hemos devuelto el envío. La reseña es cosa suya, no le pedimos nada.",
    ),
    (
        "it",
        "Abbiamo letto la sua recensione sul ritardo e ha ragione. Le abbiamo rimborsato la spedizione. La recensione è sua, non le chiediamo nulla.",
    ),
    (
        "nl",
        "We hebben uw review over de vertraging gelezen en u hebt gelijk. De verzendkosten zijn terugbetaald. De review is aan u, we vragen u niets.",
    ),
    (
        "pl",
        "Przeczytaliśmy Pana opinię o opóźnieniu i ma Pan rację. Koszt wysyłki zwróciliśmy. Opinia należy do Pana, o nic nie prosimy.",
    ),
    (
        "sv",
        "Vi har läst din recension om förseningen och du har rätt. Frakten är återbetald. Recensionen är din, vi ber dig inte om något.",
    ),
    (
        "tr",
        "Gecikmeyle ilgili yorumunuzu okuduk, haklısınız. Kargo ücretini iade ettik. Yorum size aittir, sizden bir şey istemiyoruz.",
    ),
]

REVIEW_ASKED_STILL = [
    ("ja", "レビューは当店にとってとても大切ですので、ぜひお願いいたします。"),
    ("ja", "レビューは励みになりますので、星5つをお願いします。"),
    ("ja", "レビューをお願いします。当店からほかにお願いすることはございません。"),
]


@pytest.mark.parametrize(
    ("lang", "text"), RECEIPT_PHOTO_REFUNDED + CARRIER_SURVEY_DISOWNED + REVIEW_LEFT_ALONE
)
def test_compliant(lang: str, text: str) -> None:
    assert "review-request" not in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"), PHOTO_FOR_REFUND_STILL + DISOWNED_BUT_ASKED_STILL + REVIEW_ASKED_STILL
)
def test_still_blocked(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)
