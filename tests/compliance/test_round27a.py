# ruff: noqa: E501  (sentences are kept whole)
"""Round 27a: false alarms and missed violations of the review-request and incentive rules
on the development held-out sets 29 (phone-typed, no accents) and 30 (formal house style),
each class tested with sentences of our own (none from a held-out set), beside the
violations that must still block.  Measured with the rules alone (no n-gram model).

F1: a carrier's rating text disowned in other words ("it's from GLS, not us", "no es
nuestro", "うちからじゃない"), beside a plea that is no plea ("mit der Bitte, ... zu
bewerten" told of the carrier; "気にしないでください", "just ignore it").
F2: the buyer's existing review read and left alone ("we have read your review",
"wir bitten Sie um nichts dazu", "we don't ask you to change anything about it"): an ask
word inside the disclaimer is no ask.
"""

from __future__ import annotations

import pytest

from tests.compliance.rules_only import blocked

# --- F1: a carrier's rating text disowned ------------------------------------------------

CARRIER_DISOWNED = [
    (
        "en",
        "Your parcel was left in the porch at 3pm. The rate your driver email is from Evri not us, you can ignore it.",
    ),
    (
        "en",
        "delivered 11:20, safe place. that how did we do text is from dpd, not ours, just ignore it pls",
    ),
    (
        "de",
        "GLS schickt nach der Zustellung eine Mail mit der Bitte, den Fahrer zu bewerten. Die ist vom Paketdienst, nicht von uns; ignorieren Sie sie einfach.",
    ),
    (
        "de",
        "die sms zum bewerten der zustellung kommt von hermes, nicht von uns, einfach ignorieren",
    ),
    (
        "fr",
        "Le SMS pour noter la livraison vient de Chronopost, pas de nous, vous pouvez l'ignorer.",
    ),
    ("fr", "le mail pour evaluer le livreur c'est colissimo, pas nous, ignorez le"),
    ("es", "El correo para valorar al repartidor es de MRW, no es nuestro, puede ignorarlo."),
    ("es", "el sms pa valorar la entrega es de correos express no nuestro, ignoralo"),
    ("it", "L'sms per valutare la consegna arriva da BRT, non da noi, puo ignorarlo."),
    ("it", "La mail per valutare il corriere e di GLS, non nostra: la puo ignorare."),
    (
        "nl",
        "De mail om de bezorging te beoordelen komt van PostNL, niet van ons, u kunt hem negeren.",
    ),
    ("nl", "dat sms'je om de bezorger te beoordelen is van dhl, niet van ons, gewoon negeren"),
    ("pl", "SMS z prosba o ocene kuriera jest od InPostu, nie od nas, mozna go zignorowac."),
    ("pl", "Wiadomość z prośbą o ocenę dostawy wysyła DPD, nie my; proszę ją zignorować."),
    (
        "sv",
        "Sms:et om att betygsatta leveransen kommer fran PostNord, inte fran oss, du kan strunta i det.",
    ),
    (
        "sv",
        "Mejlet där du ombeds betygsätta budet skickas av Budbee, inte av oss; ignorera det gärna.",
    ),
    (
        "tr",
        "Teslimati degerlendirmeniz icin gelen sms Yurtici Kargodan, bizden degil, dikkate almayin.",
    ),
    (
        "tr",
        "Kuryeyi değerlendirmenizi isteyen e-posta Aras Kargo'nun, bizim değil; görmezden gelebilirsiniz.",
    ),
    (
        "ja",
        "配達員の評価をお願いするメールは佐川急便からのもので、当店からではありません。気にしないでください。",
    ),
    ("ja", "配達の評価のSMSは日本郵便からで、うちからじゃないので無視してください"),
]

CARRIER_THEN_ASK = [
    (
        "en",
        "The rate your driver email is from Evri, not us. But please rate us five stars on Amazon!",
    ),
    (
        "de",
        "Die SMS von DPD ist nicht von uns. Bitte bewerten Sie uns aber mit fünf Sternen auf Amazon.",
    ),
    (
        "fr",
        "Le SMS de Chronopost ne vient pas de nous. Par contre, pourriez-vous nous laisser un avis sur Amazon ?",
    ),
    ("es", "El sms de MRW no es nuestro, pero por favor déjenos una reseña de cinco estrellas."),
    ("it", "L'sms di BRT non viene da noi; ci lasci per favore una recensione a cinque stelle."),
    ("nl", "De sms van PostNL is niet van ons. Wilt u ons wel een review geven op Amazon?"),
    ("pl", "SMS od InPostu nie jest od nas. Prosimy jednak o wystawienie nam opinii na Amazonie."),
    ("sv", "Sms:et från PostNord är inte från oss. Lämna gärna ett omdöme om oss på Amazon!"),
    ("tr", "Kargo firmasının mesajı bizden değil. Lütfen bize Amazon'da beş yıldız verin."),
    ("ja", "ヤマトのメールは当店からではありません。ぜひ当店のレビューを星5つでお願いします。"),
]


@pytest.mark.parametrize(("lang", "text"), CARRIER_DISOWNED)
def test_carrier_survey_disowned_is_no_ask(lang: str, text: str) -> None:
    assert "review-request" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), CARRIER_THEN_ASK)
def test_ask_after_disowning_still_blocks(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


# --- F2: the buyer's review read and left alone -----------------------------------------

REVIEW_LEFT_ALONE = [
    (
        "en",
        "We have read your review about the loose handle and you are right. We don't ask you to change anything about it.",
    ),
    ("en", "we read ur review, fair enough. we dont ask u to edit anything in what you wrote"),
    (
        "de",
        "Wir haben Ihre Bewertung gelesen, in der Sie den Geruch beschreiben. Zur Bewertung selbst bitten wir Sie um nichts.",
    ),
    (
        "de",
        "hab deine rezension gelesen, in der du schreibst dass der griff wackelt. deine bewertung ist deine sache, wir bitten dich um nichts",
    ),
    (
        "fr",
        "Nous avons lu votre avis sur la poignée qui se desserre. Nous ne vous demandons rien au sujet de votre avis.",
    ),
    ("es", "Hemos leido su reseña sobre el asa suelta. No le pedimos nada sobre su reseña."),
    (
        "it",
        "Abbiamo letto la sua recensione sul manico che lascia segni. Sulla recensione non le chiediamo nulla.",
    ),
    ("it", "abbiamo letto la tua recensione, hai ragione. non ti chiediamo niente"),
    (
        "nl",
        "We hebben uw recensie over het handvat gelezen en u hebt gelijk. Over uw recensie vragen we u niets.",
    ),
    (
        "pl",
        "Przeczytalismy Pana opinie o uchwycie, ma Pan racje. W sprawie opinii o nic nie prosimy.",
    ),
    (
        "sv",
        "Vi har läst din recension om handtaget och du har rätt. Vi ber dig inte om något angående recensionen.",
    ),
    ("tr", "Yorumunuzu okuduk, haklısınız. Yorumunuzla ilgili sizden hiçbir şey istemiyoruz."),
    (
        "ja",
        "ご投稿いただいたレビューを拝見しました。レビューについて何かお願いすることはございません。",
    ),
    (
        "ja",
        "レビュー読みました、その通りです。レビューの内容についてこちらから何かお願いすることはないです",
    ),
]

REVIEW_CHANGE_ASKED = [
    (
        "en",
        "We have read your review. Now that the handle is replaced, could you change it to five stars?",
    ),
    (
        "de",
        "Wir haben Ihre Bewertung gelesen. Könnten Sie Ihre Bewertung jetzt, wo alles gelöst ist, bitte ändern?",
    ),
    ("fr", "Nous avons lu votre avis. Pourriez-vous le modifier maintenant que tout est réglé ?"),
    ("es", "Hemos leído su reseña. ¿Podría cambiar su reseña ahora que está resuelto?"),
    (
        "it",
        "Abbiamo letto la sua recensione. Potrebbe modificare la recensione ora che è tutto risolto?",
    ),
    ("nl", "We hebben uw recensie gelezen. Zou u die willen aanpassen nu alles is opgelost?"),
    (
        "pl",
        "Przeczytaliśmy Pana opinię. Czy mógłby Pan zmienić opinię teraz, gdy wszystko jest załatwione?",
    ),
    ("sv", "Vi har läst din recension. Kan du ändra den nu när allt är löst?"),
    ("tr", "Yorumunuzu okuduk. Sorun çözüldüğüne göre yorumunuzu güncelleyebilir misiniz?"),
    ("ja", "レビューを拝見しました。解決しましたので、レビューを変更していただけませんか。"),
]


@pytest.mark.parametrize(("lang", "text"), REVIEW_LEFT_ALONE)
def test_review_read_and_left_alone_is_no_ask(lang: str, text: str) -> None:
    assert "review-request" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), REVIEW_CHANGE_ASKED)
def test_review_read_then_change_asked_still_blocks(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


# --- F3: a review the buyer announces, told back (publish, post, put up) ---------------

REVIEW_ANNOUNCED = [
    (
        "en",
        "You tell us you are going to publish a negative review of the blender. That is your right; the refund is on its way.",
    ),
    (
        "de",
        "Sie schreiben, dass Sie eine negative Bewertung veröffentlichen wollen. Das ist Ihr gutes Recht; die Erstattung ist veranlasst.",
    ),
    (
        "fr",
        "vous nous dites que vous allez poster un avis negatif, c'est votre droit. le remboursement est fait",
    ),
    (
        "es",
        "Nos dice que va a publicar una reseña negativa. Está en su derecho; ya hemos hecho el reembolso.",
    ),
    (
        "it",
        "Ci scrive che vuole pubblicare una recensione negativa: è un suo diritto. Il rimborso è già partito.",
    ),
    (
        "nl",
        "U schrijft dat u een negatieve review gaat plaatsen; dat is uw goed recht. De terugbetaling is gedaan.",
    ),
    (
        "pl",
        "Pisze Pan, że opublikuje negatywną opinię. To Pana prawo; zwrot pieniędzy już wysłaliśmy.",
    ),
    (
        "sv",
        "Du skriver att du tänker publicera en negativ recension, det är din rätt. Återbetalningen är gjord.",
    ),
    ("tr", "Olumsuz yorum paylaşacağınızı yazmışsınız, bu sizin hakkınız. İadenizi yaptık."),
]


@pytest.mark.parametrize(("lang", "text"), REVIEW_ANNOUNCED)
def test_announced_review_told_back_is_no_ask(lang: str, text: str) -> None:
    assert "review-request" not in blocked(text, lang)


# --- F4: Swedish "står" typed without its ring ("star") ----------------------------------

STAR_UNRINGED = [
    (
        "sv",
        "valj fel vara som orsak, da star amazon for returfrakten och du behover inte betala nat",
    ),
    ("sv", "kolla vad som star pa lappen i kartongen, garna innan du skickar tillbaka den"),
    ("sv", "Garantin star kvar aven om du byter batteri sjalv, skriv garna hit om nat kranglar."),
]
STAR_ASKED = [
    ("sv", "lamna garna 5 star pa amazon om du gillar lampan"),
    ("sv", "ge oss garna en star pa amazon, det hjalper oss mycket"),
    ("en", "please leave us 5 stars on amazon"),
]


@pytest.mark.parametrize(("lang", "text"), STAR_UNRINGED)
def test_unringed_star_is_stands(lang: str, text: str) -> None:
    assert "review-request" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), STAR_ASKED)
def test_stars_asked_still_block(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


# --- F5: printing ("impression", "impresión"), not the buyer's impression -------------

PRINTING = [
    (
        "fr",
        "si le texte ou une taille est a changer, dites le moi avant jeudi, apres ca part en impression",
    ),
    (
        "fr",
        "Merci de vérifier l'orthographe du prénom : une fois validé, nous lançons l'impression du logo et rien ne pourra changer.",
    ),
    ("es", "si hay que cambiar algo del texto digamelo antes del viernes, luego pasa a impresion"),
    (
        "es",
        "Revise el nombre, por favor: la impresión del diseño empieza mañana y después no se puede modificar.",
    ),
]
IMPRESSION_ASKED = [
    ("fr", "Pourriez-vous partager vos impressions sur Amazon ?"),
    ("fr", "si vous etes content, laissez vos impressions sur la page du produit svp"),
    ("es", "¿Podría compartir su impresión en Amazon?"),
]


@pytest.mark.parametrize(("lang", "text"), PRINTING)
def test_printing_is_no_impression(lang: str, text: str) -> None:
    assert "review-request" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), IMPRESSION_ASKED)
def test_impressions_asked_still_block(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


# --- F6: the words written for a gift card, the gift option ticked on Amazon ---------

GIFT_NOTE = [
    (
        "en",
        "You ticked the gift option on Amazon, so the message you wrote for the greeting card goes in by hand and no invoice goes in the box.",
    ),
    (
        "de",
        "Sie haben auf Amazon die Geschenkoption gewählt; was Sie für die Grußkarte geschrieben haben, schreiben wir von Hand ab, eine Rechnung legen wir nicht bei.",
    ),
    (
        "fr",
        "vous avez coche l'option cadeau sur amazon, le message que vous avez ecrit pour la carte sera recopie a la main, pas de facture dans le colis",
    ),
    (
        "es",
        "marco la opcion de regalo en amazon, la dedicatoria que escribio la copiamos a mano y no va factura en la caja",
    ),
    (
        "it",
        "Ha scelto l'opzione regalo su Amazon: la dedica che ha scritto la copiamo a mano sul biglietto, senza fattura nel pacco.",
    ),
    (
        "nl",
        "u hebt op amazon de cadeauoptie aangevinkt, de tekst die u voor het kaartje schreef zetten we er met de hand op, zonder factuur",
    ),
    (
        "pl",
        "zaznaczyla pani na amazonie opcje prezentu, dedykacje ktora pani napisala przepiszemy recznie na bilecik, bez faktury w paczce",
    ),
    (
        "sv",
        "du valde presentalternativet pa amazon, halsningen du skrev till kortet skriver vi for hand och inget kvitto laggs i paketet",
    ),
    (
        "tr",
        "Amazon'da hediye seçeneğini işaretlemişsiniz; not kartına yazdığınız mesajı elle yazıyoruz, kutuya fatura koymuyoruz.",
    ),
    (
        "ja",
        "Amazonでギフト設定をされていたので、メッセージカードにお書きいただいた文面を手書きでお入れします。納品書は同梱しません。",
    ),
]
WRITING_PAID = [
    ("en", "Write a few lines about the lamp on Amazon and we will send you a gift card."),
    ("fr", "Ecrivez un petit mot sur Amazon et on vous offre un cadeau."),
    ("es", "Escriba unas líneas en Amazon y le regalamos una tarjeta regalo."),
    ("de", "Schreiben Sie ein paar Zeilen auf Amazon und Sie bekommen einen Gutschein."),
    ("tr", "Amazon'da birkaç satır yazarsanız size hediye çeki gönderiyoruz."),
]


@pytest.mark.parametrize(("lang", "text"), GIFT_NOTE)
def test_gift_note_written_is_no_review(lang: str, text: str) -> None:
    assert "review-request" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), WRITING_PAID)
def test_paid_writing_on_amazon_still_blocks(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


# The carrier's notice, then "collect it in time": the pronoun is the parcel, not a review
# (found by the template check at start-up: fr/available_for_pickup refused after round 27a).
NOTICE_THEN_COLLECT = [
    (
        "fr",
        "Votre colis vous attend. L'avis du transporteur indique l'adresse du point de retrait "
        "et les horaires. Merci de le retirer à temps.",
    ),
    (
        "fr",
        "L'avis de passage est dans votre boîte aux lettres. Pensez à le retirer avant samedi.",
    ),
    (
        "it",
        "L'avviso di giacenza indica l'ufficio postale. La preghiamo di ritirarlo entro dieci giorni.",
    ),
    (
        "es",
        "El aviso de llegada indica la oficina de Correos. Por favor, retírelo antes del viernes.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), NOTICE_THEN_COLLECT)
def test_a_carriers_notice_then_collect_it_is_no_review_change(lang: str, text: str) -> None:
    assert "review-request" not in blocked(text, lang)
