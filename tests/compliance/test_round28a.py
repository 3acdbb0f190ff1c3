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
F4: a star costume for a school play, to be ordered on Amazon ("costumi da stellina ... su
Amazon", "disfraces de estrella", "星の衣装"): a star costume is decor like a printed
pattern; a costume that is the product, rated with stars, still asks.
F5: our own internal review of a batch ("review interna", "interne review", "iç inceleme",
"社内レビュー"), with "does not change" after it.
M1: a reminder of the review asked or mentioned before ("petit rappel concernant l'avis dont
on avait parlé", "le ricordo la recensione di cui le avevo parlato", "påminna om omdömet",
"przypominam o opinii"), typed fast too; a reminder of a parcel or a carrier's notice is none.
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

STAR_COSTUME = [
    (
        "it",
        "Per la recita di Natale abbiamo 30 costumi da stellina, li può ordinare normalmente su Amazon. Le stelline sono di feltro.",
    ),
    (
        "en",
        "For the nativity play we have 30 star costumes, you can order them as usual on Amazon. The stars are made of felt.",
    ),
    (
        "de",
        "Für das Krippenspiel haben wir 30 Sternkostüme, Sie können sie ganz normal auf Amazon bestellen. Die Sterne sind aus Filz.",
    ),
    (
        "fr",
        "Pour le spectacle de Noël nous avons 30 déguisements d'étoile, vous pouvez les commander normalement sur Amazon. Les étoiles sont en feutre.",
    ),
    (
        "es",
        "Para la función de Navidad tenemos 30 disfraces de estrella, puede pedirlos normalmente en Amazon. Las estrellas son de fieltro.",
    ),
    (
        "nl",
        "Voor de kerstmusical hebben we 30 sterkostuums, u kunt ze gewoon op Amazon bestellen. De sterren zijn van vilt.",
    ),
    (
        "pl",
        "Na jasełka mamy 30 strojów gwiazdki, można je zwyczajnie zamówić na Amazonie. Gwiazdki są z filcu.",
    ),
    (
        "sv",
        "Till luciatåget har vi 30 stjärngossedräkter, ni kan beställa dem som vanligt på Amazon. Stjärnorna är av filt.",
    ),
    (
        "tr",
        "Yılbaşı gösterisi için 30 yıldız kostümümüz var, Amazon'dan normal şekilde sipariş edebilirsiniz. Yıldızlar keçeden.",
    ),
    (
        "ja",
        "クリスマス会用の星の衣装が30着あり、Amazonで通常どおりご注文いただけます。星はフェルト製です。",
    ),
]

STAR_COSTUME_RATED_STILL = [
    ("en", "If the star costumes were a hit, please give us five stars on Amazon."),
    ("it", "Se i costumi da stellina le sono piaciuti, ci lasci cinque stelle su Amazon."),
    (
        "de",
        "Wenn Ihnen die Sternkostüme gefallen, bewerten Sie uns bitte mit fünf Sternen auf Amazon.",
    ),
    ("es", "Si le gustaron los disfraces de estrella, déjenos cinco estrellas en Amazon."),
    ("nl", "Als de sterkostuums goed bevielen, geef ons dan vijf sterren op Amazon."),
    ("sv", "Om stjärndräkterna var bra får du gärna ge oss fem stjärnor på Amazon."),
    ("tr", "Yıldız kostümlerini beğendiyseniz lütfen Amazon'da bize beş yıldız verin."),
    ("ja", "星の衣装を気に入っていただけたら、Amazonで星5つの評価をお願いします。"),
    ("pl", "Jeśli stroje gwiazdki się spodobały, prosimy o pięć gwiazdek na Amazonie."),
    ("fr", "Si les déguisements d'étoile vous ont plu, laissez-nous cinq étoiles sur Amazon."),
]

INTERNAL_REVIEW = [
    (
        "it",
        "Abbiamo fatto una review interna del lotto 24-118: il colore più scuro dipende dalla calendula e non cambia l'efficacia.",
    ),
    (
        "en",
        "We did an internal review of batch 24-118: the darker colour comes from the calendula and does not change how it works.",
    ),
    (
        "de",
        "Wir haben eine interne Prüfung der Charge 24-118 gemacht: die dunklere Farbe kommt von der Ringelblume und ändert nichts an der Wirkung.",
    ),
    (
        "fr",
        "Nous avons fait une revue interne du lot 24-118 : la couleur plus foncée vient du calendula et ne change rien à l'efficacité.",
    ),
    (
        "es",
        "Hicimos una revisión interna del lote 24-118: el color más oscuro viene de la caléndula y no cambia la eficacia.",
    ),
    (
        "nl",
        "We hebben een interne review van batch 24-118 gedaan: de donkerdere kleur komt van de goudsbloem en verandert niets aan de werking.",
    ),
    (
        "pl",
        "Zrobiliśmy wewnętrzny przegląd partii 24-118: ciemniejszy kolor pochodzi z nagietka i nie zmienia działania.",
    ),
    (
        "sv",
        "Vi gjorde en intern granskning av batch 24-118: den mörkare färgen kommer från ringblomman och ändrar inte effekten.",
    ),
    (
        "tr",
        "24-118 partisi için iç inceleme yaptık: koyu renk aynısefa çiçeğinden geliyor ve etkisini değiştirmiyor.",
    ),
    (
        "ja",
        "ロット24-118の社内レビューを行いました。色が濃いのはカレンデュラによるもので、効果は変わりません。",
    ),
]

INTERNAL_REVIEW_THEN_ASKED_STILL = [
    (
        "en",
        "Our internal review found nothing wrong, so please leave us a five-star review on Amazon.",
    ),
    (
        "it",
        "La review interna non ha trovato difetti, quindi ci lasci una recensione a cinque stelle su Amazon.",
    ),
    (
        "nl",
        "Onze interne review vond niets, laat dus graag een review van vijf sterren achter op Amazon.",
    ),
    ("tr", "İç inceleme sorun bulmadı, lütfen Amazon'da bize beş yıldızlı bir yorum bırakın."),
    (
        "ja",
        "社内レビューでは問題は見つかりませんでしたので、Amazonで星5つのレビューをお願いします。",
    ),
    (
        "de",
        "Unsere interne Prüfung fand keinen Fehler, bitte bewerten Sie uns mit fünf Sternen auf Amazon.",
    ),
]

COSTUME_RATED_STILL = [
    (
        "de",
        "Falls das Drachenkostüm nicht passt, melden Sie sich bitte zuerst bei uns, bevor Sie Sterne vergeben.",
    ),
    (
        "fr",
        "Si le déguisement ne va pas, écrivez-nous ici avant de mettre des étoiles ; sinon, cinq étoiles nous feraient plaisir.",
    ),
    (
        "es",
        "Si el disfraz no le queda bien, escríbanos antes de poner estrellas; si le queda bien, cinco estrellas nos harían felices.",
    ),
    (
        "it",
        "Se il costume non va bene, ci scriva qui prima di dare le stelle; se va bene, cinque stelle ci farebbero felici.",
    ),
    (
        "nl",
        "Past het kostuum niet, stuur ons dan eerst een bericht voordat u sterren geeft; past het wel, dan graag vijf sterren.",
    ),
    (
        "pl",
        "Jeśli strój nie pasuje, proszę najpierw napisać do nas, zanim wystawi Pani gwiazdki; jeśli pasuje, prosimy o pięć gwiazdek.",
    ),
    (
        "sv",
        "Om dräkten inte passar, skriv till oss först innan du delar ut stjärnor; passar den, blir vi glada för fem stjärnor.",
    ),
    (
        "tr",
        "Kostüm olmazsa yıldız vermeden önce lütfen önce bize yazın; olursa beş yıldız bizi çok sevindirir.",
    ),
    (
        "ja",
        "衣装のサイズが合わない場合は、星をつける前にまずこちらにご連絡ください。合えば星5つをお願いします。",
    ),
]

REVIEW_REMINDED = [
    (
        "en",
        "hi again, just a gentle reminder about the review I mentioned last week, whenever you get a minute. thanks!",
    ),
    (
        "de",
        "hallo nochmal, ich wollte nur kurz an die Bewertung erinnern, um die ich letzte Woche gebeten hatte, wenn Sie mal Zeit haben.",
    ),
    (
        "fr",
        "bonjour, petit rappel concernant l'avis dont on avait parlé la semaine dernière, quand vous aurez un moment. merci !",
    ),
    (
        "es",
        "hola de nuevo, solo le recuerdo la reseña que le comenté la semana pasada, cuando tenga un rato. gracias",
    ),
    (
        "it",
        "buongiorno, le ricordo solo la recensione di cui le avevo parlato la settimana scorsa, quando ha un attimo. grazie",
    ),
    (
        "nl",
        "hoi, even een herinnering aan de review waar ik vorige week om vroeg, als je een momentje hebt. bedankt!",
    ),
    (
        "pl",
        "dzień dobry, chciałam tylko przypomnieć o recenzji, o którą pytałam w zeszłym tygodniu, jak znajdzie Pani chwilę.",
    ),
    (
        "sv",
        "hej, ville bara påminna om omdömet jag nämnde förra veckan, när du har en stund över. tack!",
    ),
    (
        "tr",
        "merhaba, geçen hafta bahsettiğim değerlendirmeyi hatırlatmak istedim, vaktiniz olunca. teşekkürler",
    ),
    (
        "ja",
        "先週お願いしたレビューの件、念のためリマインドさせていただきます。お時間のある時にどうぞ。",
    ),
    (
        "pl",
        "dzien dobry, przypominam tylko o opinii o ktora prosilam w zeszlym tyg, jak bedzie chwila",
    ),
    ("sv", "hej igen, vill bara pamminna om recensionen jag tjatade om, om du hinner. tack"),
    ("fr", "re bonjour, je me permets de relancer pr l'avis dont je vous parlais mardi, merci"),
]

PARCEL_REMINDED = [
    (
        "fr",
        "Je vous rappelle que l'avis de passage est dans votre boîte aux lettres, le colis vous attend au relais.",
    ),
    (
        "it",
        "Le ricordo che la spedizione parte domani, la recensione del corriere sul danno è arrivata ieri.",
    ),
    ("sv", "Jag vill påminna om att paketet ligger kvar hos ombudet i sju dagar."),
    ("pl", "Przypominam o odbiorze paczki z paczkomatu do piątku."),
    ("fr", "Petit rappel : le colis est au point relais jusqu'à samedi."),
]


@pytest.mark.parametrize(
    ("lang", "text"),
    RECEIPT_PHOTO_REFUNDED
    + CARRIER_SURVEY_DISOWNED
    + REVIEW_LEFT_ALONE
    + STAR_COSTUME
    + INTERNAL_REVIEW
    + PARCEL_REMINDED,
)
def test_compliant(lang: str, text: str) -> None:
    assert "review-request" not in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    PHOTO_FOR_REFUND_STILL
    + DISOWNED_BUT_ASKED_STILL
    + REVIEW_ASKED_STILL
    + STAR_COSTUME_RATED_STILL
    + INTERNAL_REVIEW_THEN_ASKED_STILL
    + REVIEW_REMINDED
    + COSTUME_RATED_STILL,
)
def test_still_blocked(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)
