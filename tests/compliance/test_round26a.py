# ruff: noqa: E501  (sentences are kept whole)
"""Round 26a: false alarms and missed violations of the review-request rule on the
development held-out set 28 (after-sales replies), each class tested with sentences of our
own (none from a held-out set), beside the violations that must still block.  Measured with
the rules alone (no n-gram model).

F1: the buyer's existing review referred to neutrally: "you wrote in your review that ...",
"we ask nothing about your review".
F2: a carrier's assessment of a damage claim and its outcome ("their review of the damage
claim", "el resultado de la valoración").
F3: a carrier's own delivery survey told as a fact ("DPD may text you asking you to rate the
driver; that's their own survey").
F4: an opinion asked on a replacement's colour or size ("votre avis sur la couleur").
F5: "rate" as instalments ("pagamento a rate", "in drei Raten").
F6: a photo sent here in this message thread ("send a photo here in the chat").
F7: a note on the parcel ("une note sur le colis").
M1: pressure: the rating dropped below four, the shop fell off the first page, words from
buyers like you keep us visible.
"""

from __future__ import annotations

import pytest

from tests.compliance.rules_only import blocked

# --- F1: the buyer's own review, referred to neutrally ----------------------------------

REVIEW_REFERRED = [
    (
        "en",
        "You wrote in your review that the kettle lid wobbles. We have sent a new lid and refunded the postage. We ask you nothing about the review; it is yours.",
    ),
    (
        "en",
        "Hi Ann, in your rating you said the strap frayed after a week. A new strap is on its way and we refunded you in full. There is nothing we would ask about your review.",
    ),
    (
        "de",
        "Sie haben in Ihrer Bewertung geschrieben, dass der Deckel klemmt. Wir haben Ihnen den Betrag erstattet. Zu Ihrer Bewertung bitten wir Sie um nichts, sie gehört Ihnen.",
    ),
    (
        "fr",
        "Vous avez indiqué dans votre avis que la théière fuyait. Nous vous avons remboursé. Nous ne vous demandons rien concernant votre avis.",
    ),
    (
        "fr",
        "Vous avez mentionné dans votre commentaire que la lampe clignote ; un remplacement part demain. Au sujet de votre avis, nous ne vous demandons rien.",
    ),
    (
        "es",
        "En su reseña explica que la tetera gotea. Le hemos reembolsado el importe. No le pedimos nada sobre la reseña, es suya.",
    ),
    (
        "es",
        "Usted escribió en su valoración que la correa se rompió. Le enviamos otra y le devolvimos el dinero. Sobre su reseña no le pedimos nada.",
    ),
    (
        "it",
        "Nella tua recensione hai scritto che la lampada sfarfalla. Ti abbiamo rimborsato. Sulla tua recensione non ti chiediamo niente.",
    ),
    (
        "it",
        "Ha scritto nella sua recensione che il coperchio non chiude. L'abbiamo rimborsata. Non le chiediamo nulla riguardo alla recensione.",
    ),
    (
        "ja",
        "レビューで、ふたが閉まらないとご指摘いただきました。新しいふたをお送りし、返金いたしました。レビューについては何もお願いいたしません。",
    ),
    (
        "nl",
        "U schreef in uw review dat het deksel lekt. We hebben u het bedrag terugbetaald. Over uw review vragen wij u niets.",
    ),
    (
        "pl",
        "W swojej opinii napisał Pan, że pokrywka przecieka. Zwróciliśmy Panu pieniądze. O opinię nie prosimy Pana o nic.",
    ),
    (
        "sv",
        "I din recension skrev du att locket läcker. Vi har betalat tillbaka hela beloppet. Om recensionen ber vi dig inte om något.",
    ),
    (
        "tr",
        "Yorumunuzda kapağın sızdırdığını yazmışsınız. Ücretinizi iade ettik. Yorumunuzla ilgili sizden hiçbir şey istemiyoruz.",
    ),
]

REVIEW_ASKED = [
    (
        "en",
        "You wrote in your review that the lid wobbles. Now that we refunded you, could you update your review?",
    ),
    ("en", "We ask nothing except a five-star review in return for the refund."),
    (
        "de",
        "Sie haben in Ihrer Bewertung geschrieben, dass der Deckel klemmt. Jetzt, wo wir erstattet haben, könnten Sie die Bewertung bitte ändern?",
    ),
    (
        "fr",
        "Vous avez indiqué dans votre avis que la théière fuyait. Maintenant que nous vous avons remboursé, pourriez-vous modifier votre avis ?",
    ),
    (
        "es",
        "En su reseña explica que la tetera gotea. Ya le hemos reembolsado: ¿podría cambiar su reseña?",
    ),
    (
        "it",
        "Nella tua recensione hai scritto che la lampada sfarfalla. Ora che ti abbiamo rimborsato, potresti aggiornare la recensione?",
    ),
    (
        "ja",
        "レビューで、ふたが閉まらないとご指摘いただきました。返金いたしましたので、レビューの修正をお願いいたします。",
    ),
    ("ja", "ご使用後、Amazonのレビューに使い心地をお書きいただけましたら嬉しいです。"),
    (
        "nl",
        "U schreef in uw review dat het deksel lekt. Nu we u hebben terugbetaald, wilt u uw review aanpassen?",
    ),
    (
        "pl",
        "W swojej opinii napisał Pan, że pokrywka przecieka. Skoro zwróciliśmy pieniądze, czy mógłby Pan zmienić opinię?",
    ),
    (
        "sv",
        "I din recension skrev du att locket läcker. Nu när vi betalat tillbaka, kan du ändra din recension?",
    ),
    (
        "tr",
        "Yorumunuzda kapağın sızdırdığını yazmışsınız. İadenizi yaptık, yorumunuzu güncelleyebilir misiniz?",
    ),
]


@pytest.mark.parametrize(("lang", "text"), REVIEW_REFERRED)
def test_review_referred_to_is_no_ask(lang: str, text: str) -> None:
    assert "review-request" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), REVIEW_ASKED)
def test_review_change_still_blocks(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


# --- F2: the carrier's assessment of a damage claim, and its outcome --------------------

CLAIM_ASSESSED = [
    (
        "en",
        "The spare cup is still at Evri while they finish their assessment of the breakage claim. Your refund is already done, so the result of their assessment does not affect you.",
    ),
    (
        "en",
        "DPD is completing its review of the transit damage claim; the outcome of that review changes nothing for you, the refund is already issued.",
    ),
    (
        "de",
        "Das zweite Paket liegt noch bei DHL, bis die Prüfung des Schadensfalls abgeschlossen ist. Ihre Erstattung ist schon erfolgt, das Ergebnis der Bewertung betrifft Sie nicht.",
    ),
    (
        "fr",
        "Le second colis reste chez Colissimo pendant l'évaluation du dommage. Votre remboursement est fait, le résultat de leur évaluation ne change rien pour vous.",
    ),
    (
        "es",
        "El segundo paquete sigue en SEUR mientras terminan la valoración del siniestro. Ya tiene el reembolso, así que el resultado de su valoración no le afecta.",
    ),
    (
        "it",
        "Il secondo pacco è ancora da BRT finché non chiudono la valutazione del danno. Il rimborso l'ha già ricevuto, quindi l'esito della valutazione non la riguarda.",
    ),
    (
        "ja",
        "二つ目の荷物は、運送会社が破損の評価を終えるまで保管されています。返金は完了しておりますので、評価の結果はお客様に影響いたしません。",
    ),
    (
        "nl",
        "Het tweede pakket ligt nog bij PostNL zolang zij de beoordeling van de schadeclaim afronden. U heeft uw terugbetaling al, de uitkomst van hun beoordeling raakt u niet.",
    ),
    (
        "pl",
        "Druga paczka jest jeszcze w InPost, dopóki nie zakończą oceny szkody. Zwrot już otrzymał Pan, więc wynik ich oceny nie ma dla Pana znaczenia.",
    ),
    (
        "sv",
        "Det andra paketet ligger kvar hos PostNord medan de gör klart sin bedömning av skadeanmälan. Återbetalningen är redan gjord, så resultatet av deras bedömning påverkar inte dig.",
    ),
    (
        "tr",
        "İkinci koli, kargo firması hasar değerlendirmesini bitirene kadar Yurtiçi Kargo'da bekliyor. İadeniz yapıldı, değerlendirmenin sonucu sizi etkilemiyor.",
    ),
]

PAID_REVIEW = [
    ("en", "Your refund is ready; we release it as soon as your five-star review is online."),
    ("de", "Die Erstattung überweisen wir, sobald Ihre Fünf-Sterne-Bewertung online ist."),
    ("fr", "Nous vous remboursons dès que votre avis cinq étoiles est en ligne."),
    ("es", "Le hacemos el reembolso en cuanto publique una reseña de cinco estrellas."),
    ("it", "Le facciamo il rimborso appena pubblica una recensione a cinque stelle."),
    ("nl", "We betalen u terug zodra uw review met vijf sterren online staat."),
    ("pl", "Zwrot wyślemy, gdy tylko opublikuje Pan opinię na pięć gwiazdek."),
    ("sv", "Vi betalar tillbaka så snart ditt femstjärniga omdöme är publicerat."),
    ("tr", "Beş yıldızlı yorumunuz yayınlanınca iadenizi yapıyoruz."),
    ("ja", "星5つのレビューを投稿いただければ、すぐに返金いたします。"),
]


@pytest.mark.parametrize(("lang", "text"), CLAIM_ASSESSED)
def test_claim_assessment_is_no_review(lang: str, text: str) -> None:
    assert "review-request" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), PAID_REVIEW)
def test_paid_review_still_blocks(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


# --- F3: the carrier's own delivery survey, told as a fact ------------------------------

CARRIER_SURVEY = [
    (
        "en",
        "The lamp is with Evri now. Evri may email you afterwards asking you to rate the driver; that is their own survey and has nothing to do with us.",
    ),
    (
        "de",
        "DPD schickt Ihnen danach vielleicht eine SMS, in der Sie den Fahrer bewerten sollen; das ist deren eigene Umfrage und hat nichts mit uns zu tun.",
    ),
    (
        "fr",
        "Chronopost vous enverra peut-être un SMS pour évaluer la livraison ; c'est leur propre enquête, rien à voir avec nous.",
    ),
    (
        "es",
        "Puede que Correos le mande un SMS para valorar la entrega; es su propia encuesta y no tiene nada que ver con nosotros.",
    ),
    (
        "it",
        "BRT potrebbe inviarle un SMS per valutare la consegna: è un loro sondaggio, niente a che fare con noi.",
    ),
    (
        "nl",
        "PostNL stuurt u misschien een mail om de bezorger te beoordelen; dat is hun eigen enquête en heeft niets met ons te maken.",
    ),
    (
        "pl",
        "InPost może wysłać SMS z prośbą o ocenę kuriera; to ich własna ankieta i nie ma nic wspólnego z nami.",
    ),
    (
        "sv",
        "PostNord kan skicka ett sms där du får betygsätta leveransen; det är deras egen enkät och har inget med oss att göra.",
    ),
    (
        "tr",
        "Kargo firması teslimatı puanlamanız için SMS gönderebilir; bu onların kendi anketi, bizimle hiçbir ilgisi yok.",
    ),
    (
        "ja",
        "配送業者から配達の評価を求めるメールが届くことがありますが、それは配送業者独自のアンケートで、当店とは関係ございません。",
    ),
]

SURVEY_ASKS = [
    ("en", "That survey has nothing to do with us, but please rate us on Amazon too."),
    (
        "en",
        "Evri's survey is their own; we would love it if you left us a five-star review as well.",
    ),
    ("de", "Die Umfrage ist nicht von uns, aber bitte bewerten Sie uns auch mit fünf Sternen."),
    (
        "fr",
        "Cette enquête ne vient pas de nous, mais laissez-nous aussi un avis cinq étoiles s'il vous plaît.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), CARRIER_SURVEY)
def test_carrier_survey_as_fact_is_no_ask(lang: str, text: str) -> None:
    assert "review-request" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), SURVEY_ASKS)
def test_ask_beside_survey_still_blocks(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


# --- F4: an opinion on a replacement's colour or size -----------------------------------

CHOICE_OPINION = [
    (
        "en",
        "Happy to swap the jacket. Tell me the chest size and the colour you like; your opinion on the colour helps, the navy is popular.",
    ),
    (
        "de",
        "Gern tauschen wir die Jacke. Ihre Meinung zur Farbe ist willkommen, das Blau ist gerade beliebt.",
    ),
    (
        "fr",
        "Pas de souci pour l'échange. Indiquez-nous la taille et la couleur, votre avis sur la couleur m'intéresse : le bleu marine part bien.",
    ),
    (
        "fr",
        "Dites-nous quelle taille vous faut-il ; votre avis m'intéresse sur le coloris, le rouge plaît beaucoup.",
    ),
    (
        "es",
        "Sin problema para el cambio. Díganos la talla y el color; su opinión sobre el color nos interesa, el azul se vende mucho.",
    ),
    (
        "it",
        "Nessun problema per il cambio. Ci dica la taglia e il colore: il suo parere sul colore ci interessa, il blu va molto.",
    ),
    (
        "nl",
        "Ruilen is geen probleem. Laat ons de maat en de kleur weten; uw mening over de kleur horen we graag, het blauw is populair.",
    ),
    (
        "pl",
        "Wymiana nie stanowi problemu. Proszę podać rozmiar i kolor; Pana opinia o kolorze nas interesuje, granat jest popularny.",
    ),
    (
        "sv",
        "Byte går bra. Skriv storlek och färg; din åsikt om färgen är välkommen, den blå är populär.",
    ),
    (
        "tr",
        "Değişim sorun değil. Bedeni ve rengi yazın; renk konusundaki fikriniz bizim için önemli, lacivert çok tercih ediliyor.",
    ),
]

OPINION_ASKED = [
    ("fr", "Votre avis sur la couleur compte : laissez-le sur la page du produit sur Amazon."),
    (
        "es",
        "Su opinión sobre el color nos importa: déjela en la página del producto en Amazon, por favor.",
    ),
    ("en", "Please leave your opinion on the colour on the product page."),
]


@pytest.mark.parametrize(("lang", "text"), CHOICE_OPINION)
def test_opinion_on_a_choice_is_no_review(lang: str, text: str) -> None:
    assert "review-request" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), OPINION_ASKED)
def test_public_opinion_still_blocks(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


# --- F5: "rate" as instalments ----------------------------------------------------------

INSTALMENTS = [
    ("it", "Pagamento a rate: può scegliere 3 rate mensili al checkout di Amazon."),
    (
        "it",
        "Il nuovo frullatore su Amazon si può prendere in 5 rate: ci scriva se le serve il link.",
    ),
    ("it", "Se preferisce può pagare in 3 rate senza interessi su Amazon."),
    ("it", "Se preferisce, il nuovo modello si può pagare a rate, in dieci rate senza interessi."),
    ("de", "Ratenzahlung: Sie können in drei Raten über Amazon bezahlen."),
    ("fr", "Le paiement en plusieurs fois est possible : 3 mensualités via Amazon."),
    ("es", "Puede pagar a plazos: tres cuotas sin intereses en Amazon."),
    ("en", "You can pay in instalments: three monthly rates through Amazon's checkout."),
    ("nl", "U kunt in termijnen betalen: drie termijnen via Amazon."),
    ("pl", "Można zapłacić w ratach: trzy raty przez Amazon."),
    ("sv", "Du kan dela upp betalningen: tre rater via Amazon."),
    ("tr", "Taksitle ödeyebilirsiniz: Amazon üzerinden 3 taksit."),
]

RATE_ASKS = [
    ("it", "La preghiamo di dare 5 stelle al prodotto su Amazon."),
    ("en", "Please rate us five stars on Amazon."),
    ("en", "Would you rate the kettle on Amazon?"),
]


@pytest.mark.parametrize(("lang", "text"), INSTALMENTS)
def test_instalments_are_no_rating(lang: str, text: str) -> None:
    assert "review-request" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), RATE_ASKS)
def test_rate_asks_still_block(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


# --- F6: a photo sent here in this thread ----------------------------------------------

PHOTO_HERE = [
    (
        "en",
        "The customs fee is ours to pay. Send a photo of the receipt here in this thread and we will refund the whole amount.",
    ),
    (
        "de",
        "Die Zollgebühr übernehmen wir. Schicken Sie uns ein Foto der Quittung hier im Chat, dann erstatten wir den ganzen Betrag.",
    ),
    (
        "fr",
        "Les frais de douane sont pour nous. Envoyez une photo du reçu ici dans la conversation et nous vous remboursons la totalité.",
    ),
    (
        "es",
        "La tasa de aduana corre de nuestra cuenta. Envíe una foto del recibo aquí en el chat y le reembolsamos el importe.",
    ),
    (
        "it",
        "La tassa doganale la paghiamo noi. Mandi una foto della ricevuta qui in chat e le rimborsiamo tutto.",
    ),
    (
        "nl",
        "De douanekosten zijn voor ons. Stuur een foto van de bon hier in dit gesprek, dan betalen we alles terug.",
    ),
    (
        "pl",
        "Opłatę celną pokrywamy my. Proszę wysłać zdjęcie paragonu tutaj w wiadomościach, a zwrócimy całą kwotę.",
    ),
    (
        "sv",
        "Tullavgiften står vi för. Skicka en bild på kvittot här i chatten, så betalar vi tillbaka hela summan.",
    ),
    (
        "sv",
        "Den avgiften står vi för. Skicka ett foto på sms:et från Posten här i meddelandena, så återbetalar vi beloppet via Amazon.",
    ),
    (
        "en",
        "That fee stands with us. Post a photo of the receipt here in the chat and we refund the full amount.",
    ),
    (
        "tr",
        "Gümrük ücretini biz karşılıyoruz. Makbuzun fotoğrafını buradan mesajla gönderin, tüm tutarı iade edelim.",
    ),
    (
        "ja",
        "関税は当店が負担いたします。領収書の写真をこちらのメッセージでお送りいただければ、全額返金いたします。",
    ),
]

PHOTO_PUBLIC = [
    ("en", "Post a photo of the lamp on the product page and we will refund the postage."),
    ("sv", "Lägg upp en bild på lampan på produktsidan så betalar vi tillbaka frakten."),
    ("de", "Laden Sie ein Foto der Lampe auf der Produktseite hoch, dann erstatten wir das Porto."),
]


@pytest.mark.parametrize(("lang", "text"), PHOTO_HERE)
def test_photo_in_this_thread_is_no_review(lang: str, text: str) -> None:
    assert "review-request" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), PHOTO_PUBLIC)
def test_public_photo_paid_still_blocks(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


# --- F7: a note on the parcel -----------------------------------------------------------

PARCEL_NOTE = [
    (
        "fr",
        "Nous avons collé une note sur le colis pour que le livreur le dépose chez la gardienne ; le remboursement est déjà fait.",
    ),
    (
        "fr",
        "Le transporteur a ajouté une note sur le carton : « fragile ». Nous vous avons remboursé.",
    ),
    ("es", "Pusimos una nota en el paquete para el repartidor; el reembolso ya está hecho."),
    ("it", "Abbiamo messo una nota sul pacco per il corriere; il rimborso è già fatto."),
    ("en", "We put a note on the parcel for the driver; your refund is already done."),
]

NOTE_ASKS = [
    ("fr", "Mettez-nous une bonne note sur Amazon et nous vous remboursons."),
    ("fr", "Une note de cinq sur Amazon nous aiderait beaucoup, merci."),
]


@pytest.mark.parametrize(("lang", "text"), PARCEL_NOTE)
def test_parcel_note_is_no_rating(lang: str, text: str) -> None:
    assert "review-request" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), NOTE_ASKS)
def test_note_asks_still_block(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


# --- M1: pressure: the rating dropped, the first page lost, buyers' words keep us seen ---

RATING_DROPPED = [
    (
        "en",
        "The spare lid is on its way. Since the broken deliveries our rating slipped below four and we fell off the front page. Kind words from customers whose issue we sorted are all that brings us back.",
    ),
    (
        "en",
        "Your new filter has shipped. Honestly, our average dropped to 3.7 after that batch and Amazon buried us. Words from buyers like you, whose problem we fixed, are what lift a small shop back up.",
    ),
    (
        "de",
        "Der Ersatz ist unterwegs. Seit den beschädigten Paketen ist unsere Bewertung unter vier gefallen und wir sind von der ersten Seite gerutscht. Ein paar Worte von Kunden, denen wir helfen konnten, bringen uns wieder nach oben.",
    ),
    (
        "fr",
        "La pièce est partie. Depuis ces colis abîmés, notre note est tombée sous quatre et nous avons disparu de la première page. Quelques mots de clients comme vous, dont nous avons réglé le problème, nous font remonter.",
    ),
    (
        "es",
        "El repuesto ya va de camino. Desde aquellos paquetes dañados nuestra valoración ha bajado de cuatro y hemos caído de la primera página. Unas palabras de clientes como usted, a quienes hemos ayudado, son lo que nos vuelve a subir.",
    ),
    (
        "it",
        "Il ricambio è partito. Dopo quei pacchi danneggiati la nostra valutazione è scesa sotto il quattro e siamo spariti dalla prima pagina. Due parole da clienti come lei, a cui abbiamo risolto il problema, ci fanno risalire.",
    ),
    (
        "ja",
        "交換部品を発送いたしました。破損が続いたため当店の評価が4を下回り、検索の1ページ目から外れてしまいました。問題が解決したお客様のお声だけが頼りです。",
    ),
    (
        "nl",
        "Het onderdeel is onderweg. Door die kapotte zendingen staan we nu op 3,7 gemiddeld en zijn we van de eerste pagina gezakt. Elke reactie van klanten die we hebben geholpen telt nu dubbel.",
    ),
    (
        "nl",
        "De vervanger is bezorgd. Onze score is onder de 4 gezakt en daaronder verliezen we de koopknop. Elke beoordeling van klanten die we hielpen telt nu dubbel.",
    ),
    (
        "pl",
        "Część jest już w drodze. Po tych uszkodzonych paczkach nasza ocena spadła poniżej czterech i wypadliśmy z pierwszej strony. Kilka słów od klientów, którym pomogliśmy, to jedyne, co nas podnosi.",
    ),
    (
        "sv",
        "Reservdelen är på väg. Efter de skadade paketen har vårt betyg sjunkit under fyra och vi har försvunnit från första sidan. Några ord från kunder som vi hjälpt är det enda som lyfter oss igen.",
    ),
    (
        "tr",
        "Yedek parça yolda. Hasarlı kargolardan sonra puanımız 4'ün altına düştü ve ilk sayfadan çıktık. Sorununu çözdüğümüz müşterilerden birkaç güzel söz bizi yeniden yukarı taşır.",
    ),
]

RATING_TOLD = [
    ("en", "The spare lid is on its way. Sorry again for the broken delivery."),
    (
        "en",
        "The carrier's rating of the parcel as fragile dropped it onto a slower route; the new one left today.",
    ),
    ("de", "Der Ersatz ist unterwegs. Die erste Seite der Anleitung zeigt den Einbau."),
    ("fr", "La pièce est partie. La note de livraison est dans le colis."),
    ("nl", "Het onderdeel is onderweg. De eerste pagina van de handleiding laat de montage zien."),
]


@pytest.mark.parametrize(("lang", "text"), RATING_DROPPED)
def test_rating_dropped_plea_blocks(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), RATING_TOLD)
def test_everyday_after_sales_passes(lang: str, text: str) -> None:
    assert "review-request" not in blocked(text, lang)
