# ruff: noqa: E501  (one reply per line reads better than wrapped strings)
"""Adversary 6's classes (/work/adversary6, a black-box attack on round 6's phase-1 gate), each
a whole class: (a) the adversary's texts of the class that main still handled wrongly, (b)
variants of our own in the class's other languages, (c) look-alike replies that must pass.
The adversary's texts are development data; none of these sentences is from a held-out set."""

from __future__ import annotations

import pytest

from tests.compliance.gate import blocked

# --- review asks that never use a review noun ------------------------------------------
# A good/kind word, a few words or a line, word of mouth, what you think: with the product
# page, Amazon or the other buyers in the sentence or the one before, and a wish ("would
# help"), a plea or pressure, they ask for a review; so does recommending us on the page.

ADV_REVIEW_ASKS = [
    (
        "en",
        "Your replacement is on its way. Other shoppers rely on buyers like you. Telling them what you think takes two minutes.",
    ),
    (
        "de",
        "Der Ersatz ist unterwegs. PS: Ein paar Worte von Ihnen auf der Produktseite würden anderen Käufern sehr helfen.",
    ),
    ("de", "Wenn Sie zufrieden sind, erzählen Sie es gerne weiter auf Amazon."),
    (
        "fr",
        "Le colis est reparti. P.-S. : un petit mot de votre part sur la fiche produit aiderait beaucoup d'autres acheteurs.",
    ),
    (
        "es",
        "El reemplazo ya salió. P.D.: unas palabras tuyas en la página del producto ayudarían mucho a otros compradores.",
    ),
    (
        "it",
        "La sostituzione è partita. P.S. Due righe sulla pagina del prodotto aiuterebbero molto altri acquirenti.",
    ),
    ("it", "Se è soddisfatto, lo racconti ad altri clienti su Amazon."),
    (
        "pl",
        "Wymiana wysłana. PS Kilka słów od Pana na stronie produktu bardzo pomogłoby innym kupującym.",
    ),
    ("en", "Other buyers read what customers say about us. A line from you would help."),
    (
        "en",
        "Enjoy the kettle! PS - a kind word on Amazon goes a long way for a small shop like ours.",
    ),
    ("de", "PS: Andere Kunden lesen gerne, was Käufer wie Sie über das Produkt denken."),
    ("de", "Wenn alles passt, lassen Sie doch andere wissen, wie zufrieden Sie sind."),
    ("fr", "Si tout vous convient, faites-le savoir aux autres clients."),
    ("es", "Si todo va bien, cuéntales a los demás qué te parece."),
    ("it", "P.S. Faccia sapere agli altri acquirenti cosa ne pensa!"),
    ("it", "Se è contento, ne parli agli altri clienti."),
    ("pl", "PS Proszę dać znać innym kupującym, co Pan o tym sądzi!"),
    ("ja", "追伸:他の購入者の方にもぜひご意見を聞かせてあげてください。"),
    ("en", "P.S. Small shops like ours live on word of mouth on Amazon. You know what to do!"),
    (
        "en",
        "If the mug made your morning, the other buyers browsing the page would love to hear it.",
    ),
    ("en", "Could you put in a good word for us on the listing?"),
    ("en", "Would you vouch for us on Amazon?"),
    ("de", "Ein gutes Wort von Ihnen auf Amazon würde uns sehr helfen."),
    ("fr", "Pourriez-vous nous recommander sur la page du produit ?"),
    ("es", "Una buena palabra tuya en Amazon nos ayudaría mucho."),
    ("es", "¿Nos recomendarías en la página del producto?"),
    ("es", "P.D. Las tiendas pequeñas vivimos del boca a boca en Amazon. ¡Ya sabes!"),
    ("it", "Una buona parola su Amazon ci aiuterebbe tanto."),
    ("it", "Ci consiglierebbe sulla pagina del prodotto?"),
    ("nl", "Een goed woordje op Amazon zou ons enorm helpen."),
    ("pl", "Dobre słowo od Pana na Amazonie bardzo by nam pomogło."),
    ("sv", "Ett gott ord från dig på Amazon skulle hjälpa oss mycket."),
    ("tr", "Amazon'da bizim için güzel bir söz çok yardımcı olur."),
    ("ja", "商品ページで弊社をおすすめしていただけますか。"),
]

NEW_REVIEW_ASKS = [
    (
        "en",
        "The replacement left today. PS: a good word from you on the product page would help us a lot.",
    ),
    ("fr", "Un bon mot de votre part sur Amazon nous aiderait beaucoup."),
    ("nl", "PS: een paar woorden van u op de productpagina zouden andere kopers erg helpen."),
    ("sv", "PS: några ord från dig på produktsidan skulle hjälpa andra köpare mycket."),
    ("tr", "Not: ürün sayfasında birkaç kelime diğer alıcılara çok yardımcı olur."),
    ("en", "Other customers read what buyers say about us. A few lines from you would help."),
    (
        "de",
        "Andere Käufer lesen, was Kunden über uns sagen. Ein paar Zeilen von Ihnen würden helfen.",
    ),
    ("en", "Could you recommend us on the product page?"),
    ("de", "Könnten Sie uns auf der Produktseite weiterempfehlen?"),
    ("nl", "Zou u ons willen aanbevelen op de productpagina?"),
    ("it", "Se è soddisfatto, ne parli ad altri acquirenti su Amazon."),
    ("es", "Si todo va bien, cuénteselo a otros compradores en Amazon."),
    ("en", "If all went well, let other buyers know what you think."),
]

# Ordinary replies with the same words: a good word passed on to the courier, a line in a
# form, recommending a size, other buyers' questions.
OK_REVIEW_ASKS = [
    (
        "en",
        "We put in a good word for you with the courier, so the redelivery is booked for Monday.",
    ),
    ("en", "A line from you with the missing flat number would help the driver."),
    ("en", "We recommend the larger size for the product you asked about."),
    ("de", "Ein paar Worte zur Lieferadresse würden dem Fahrer helfen: welcher Hauseingang?"),
    ("fr", "Nous vous recommandons la taille au-dessus, voir la page du produit."),
    ("es", "Le recomendamos la talla grande; en la página del producto está la tabla de medidas."),
    ("it", "Le consigliamo la taglia più grande; la tabella è sulla pagina del prodotto."),
    ("en", "Other buyers have asked the same thing: the charger is in the side pocket."),
    ("ja", "商品ページに記載のとおり、こちらのサイズをおすすめしております。"),
    ("pl", "Dobre słowo kuriera nic nie zmieni, paczka wróciła do magazynu."),
]


@pytest.mark.parametrize(("lang", "text"), ADV_REVIEW_ASKS + NEW_REVIEW_ASKS)
def test_a_review_ask_without_a_review_noun_is_blocked(lang, text):
    assert "review-request" in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), OK_REVIEW_ASKS)
def test_a_good_word_a_line_and_a_recommended_size_pass(lang, text):
    assert blocked(text, lang) == set(), text


# --- cancellation asked for with another verb, or with a noun ---------------------------
# Call off, back out of, undo, void or retract the order; zurückziehen, widerrufen,
# rückgängig machen; renoncer, se rétracter; desistir, dar de baja; disdire, revocare;
# intrekken, ongedaan maken; zrezygnować, wycofać; makulera, häva köpet; vazgeçmek, geri
# çekmek; 取り消す, 撤回.

ADV_CANCEL_VERBS = [
    (
        "en",
        "We ran out. The quickest way to get your money back is to call off the purchase yourself in Your Orders.",
    ),
    (
        "en",
        "To avoid a late shipment, kindly back out of the purchase through your Amazon account.",
    ),
    ("en", "Since we can't source it, could you undo the order from your end?"),
    ("de", "Könnten Sie die Bestellung von Ihrer Seite aus zurückziehen?"),
    ("fr", "Merci de renoncer à la commande depuis votre compte Amazon."),
    ("it", "Potrebbe disdire l'acquisto dal suo lato?"),
    ("nl", "Zou u de bestelling willen intrekken via uw account?"),
    ("pl", "Proszę zrezygnować z zamówienia w swoim koncie."),
    ("sv", "Kan du makulera ordern från ditt konto?"),
    ("tr", "Siparişten vazgeçtiğinizi hesabınızdan bildirebilir misiniz?"),
    ("ja", "お手数ですが、ご注文を取り消していただけますでしょうか。"),
    ("en", "Please void the order on your end; we'll refund straight away."),
    ("en", "Kindly retract the purchase in your account so Amazon refunds you."),
    ("de", "Bitte widerrufen Sie die Bestellung in Ihrem Konto."),
    ("de", "Könnten Sie die Bestellung in Ihrem Konto rückgängig machen?"),
    ("fr", "Pourriez-vous vous rétracter de l'achat depuis votre compte ?"),
    ("es", "¿Podrías desistir del pedido desde tu cuenta?"),
    ("es", "¿Puedes dar de baja el pedido en tu cuenta de Amazon?"),
    ("it", "Potrebbe revocare l'ordine dal suo account?"),
    ("nl", "Kunt u de bestelling in uw account ongedaan maken?"),
    ("pl", "Czy może Pan wycofać zamówienie na swoim koncie?"),
    ("sv", "Kan du häva köpet i ditt konto?"),
    ("tr", "Siparişi hesabınızdan geri çekebilir misiniz?"),
    ("ja", "ご注文を撤回していただけますか。"),
]

NEW_CANCEL_VERBS = [
    ("en", "Could you withdraw from the purchase in Your Orders?"),
    ("de", "Bitte machen Sie den Kauf über Ihr Konto rückgängig."),
    ("fr", "Pourriez-vous renoncer à votre achat depuis votre compte ?"),
    ("es", "¿Podría dar de baja la compra desde su cuenta?"),
    ("it", "Può revocare l'acquisto dal suo account, per favore?"),
    ("ja", "お手数ですが、ご購入を撤回していただけますでしょうか。"),
    ("nl", "Kunt u de aankoop intrekken via uw account?"),
    ("pl", "Proszę wycofać zakup na swoim koncie."),
    ("sv", "Kan du häva beställningen från ditt konto?"),
    ("tr", "Lütfen siparişten hesabınızdan vazgeçin."),
]

ADV_CANCEL_NOUNS = [
    (
        "en",
        "The item is out of stock. It would be easiest if you requested a cancellation from Your Orders.",
    ),
    (
        "de",
        "Am einfachsten wäre es, wenn Sie unter Meine Bestellungen auf „Artikel stornieren“ klicken.",
    ),
    ("fr", "Le plus simple serait que vous fassiez une demande d'annulation depuis Vos commandes."),
    ("es", "Lo más rápido es que solicites la cancelación en Mis pedidos."),
    ("nl", "Het snelst is als u via Mijn bestellingen een annuleringsverzoek indient."),
    ("pl", "Najszybciej będzie, jeśli złoży Pan prośbę o anulowanie w Moich zamówieniach."),
    ("sv", "Det snabbaste är om du begär annullering under Dina beställningar."),
    ("en", "Would you mind raising the cancellation yourself? It protects our metrics."),
]

NEW_CANCEL_NOUNS = [
    ("en", "The quickest fix is for you to raise a cancellation request in Your Orders."),
    (
        "de",
        "Am schnellsten geht es, wenn Sie unter Meine Bestellungen eine Stornierung beantragen.",
    ),
    ("fr", "Le plus rapide serait que vous demandiez l'annulation dans Vos commandes."),
    ("it", "La cosa più veloce è che lei richieda l'annullamento da I miei ordini."),
    ("tr", "En kolayı, Siparişlerim sayfasından iptal talebi oluşturmanız."),
]

# Cancellations the seller makes or reports, and the same verbs for other things.
OK_CANCEL = [
    ("en", "We called off the second delivery attempt and rebooked it for Monday."),
    ("en", "The courier voided the old label; the new one is attached to your order."),
    ("en", "If you already requested a cancellation, Amazon has refunded you."),
    ("en", "You can undo the address change in Your Orders before it ships."),
    ("de", "Wir haben die Bestellung bereits storniert, Sie müssen nichts tun."),
    ("de", "Wir haben den Versandauftrag beim Spediteur zurückgezogen."),
    ("fr", "Nous avons annulé la commande de notre côté, le remboursement suit."),
    ("es", "Hemos dado de baja el envío anterior con la agencia."),
    ("it", "Abbiamo revocato la spedizione con il corriere e ne abbiamo creata una nuova."),
    ("nl", "Wij hebben de oude verzending ingetrokken; de nieuwe is onderweg."),
    ("pl", "Wycofaliśmy przesyłkę u kuriera i nadaliśmy nową."),
    ("sv", "Vi har makulerat den gamla fraktsedeln."),
    ("tr", "Eski gönderiyi kargodan geri çektik, yenisi yolda."),
    ("ja", "旧伝票は当店で取り消しました。"),
]


@pytest.mark.parametrize(("lang", "text"), ADV_CANCEL_VERBS + NEW_CANCEL_VERBS)
def test_a_cancellation_asked_for_with_another_verb_is_blocked(lang, text):
    assert "cancellation-request" in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), ADV_CANCEL_NOUNS + NEW_CANCEL_NOUNS)
def test_a_cancellation_asked_for_with_a_noun_or_button_is_blocked(lang, text):
    assert "cancellation-request" in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), OK_CANCEL)
def test_the_seller_calling_off_or_voiding_something_passes(lang, text):
    assert blocked(text, lang) == set(), text


# --- something of value for words the gate did not read as a review ---------------------
# A gift, refund or discount for "a few words on the item page", "ein paar Worte zum
# Produkt", "een paar leuke regels", or for removing or editing "tu comentario", "il
# commento", "uw reactie", "lo que escribiste". The verdict is reported under the rule id
# review-request with the incentive message (there is no separate rule id "incentive").

ADV_INCENTIVES = [
    (
        "en",
        "A little thank-you gift is waiting for everyone who leaves a few words on the item page.",
    ),
    ("de", "Als kleines Dankeschön für ein paar Worte zum Produkt gibt es 20 % zurück."),
    ("es", "Si quitas tu comentario, te mandamos un regalo."),
    ("es", "Te reembolsamos el 20 %; a cambio, ¿podrías actualizar lo que escribiste?"),
    ("it", "Se toglie il commento, le mandiamo un omaggio."),
    ("nl", "Zodra u uw beoordeling heeft aangepast, storten wij het volledige bedrag terug."),
    ("nl", "Als u uw reactie weghaalt, sturen we u een cadeautje."),
    (
        "de",
        "Als Dankeschön für ein paar nette Zeilen zum Artikel gibt es 10 % auf die nächste Bestellung.",
    ),
    (
        "nl",
        "Als dank voor een paar leuke regels over het artikel krijgt u 10 % op uw volgende bestelling.",
    ),
]
NEW_INCENTIVES = [
    ("en", "Everyone who leaves a few words on the item page gets a $10 voucher."),
    ("fr", "Si vous retirez votre commentaire, nous vous offrons un cadeau."),
    ("it", "Se modifica il commento, le rimborsiamo il 20 %."),
    ("es", "Si borras tu comentario, te devolvemos 10 €."),
    ("nl", "Als u uw reactie aanpast, krijgt u een cadeaubon."),
]
OK_INCENTIVES = [
    ("en", "A little thank-you gift is in the parcel for your patience with the delay."),
    ("es", "Gracias por tu comentario sobre el embalaje; te mandamos el regalo que faltaba."),
    ("it", "Grazie del commento sull'imballo: le rimborsiamo la spedizione."),
    ("nl", "Bedankt voor uw reactie; we sturen u het ontbrekende onderdeel gratis na."),
    ("de", "Als Dankeschön für Ihre Geduld legen wir ein Ersatzteil gratis bei."),
]


@pytest.mark.parametrize(("lang", "text"), ADV_INCENTIVES + NEW_INCENTIVES)
def test_value_for_words_the_gate_did_not_read_as_a_review_is_blocked(lang, text):
    assert "review-request" in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), OK_INCENTIVES)
def test_a_thank_you_for_patience_or_a_complaint_passes(lang, text):
    assert blocked(text, lang) == set(), text


# --- a change asked of the buyer's published words, with no review noun ---------------
# "update what you wrote on the product page", "edit what you posted", "your old post on the
# listing ... reflected the replacement", "the words you left on Amazon could catch up",
# "all we ask is that the listing reflects how we fixed it": the buyer's public words are the
# review. What the buyer typed into an address field or a form is not.

ADV_CHANGE_WORDS = [
    (
        "en",
        "Now that the refund went through, it would mean a lot if you could update what you wrote on the product page.",
    ),
    ("en", "It would mean a lot if you could update what you posted about us."),
    ("en", "Could you edit what you posted under the item now that it's fixed?"),
    (
        "en",
        "Your old post on the listing mentions the cracked lid; we'd appreciate it if it reflected the replacement too.",
    ),
    (
        "en",
        "Now that the problem is solved, perhaps the words you left on Amazon could catch up too?",
    ),
    ("nl", "Nu alles is opgelost, wilt u aanpassen wat u op de productpagina heeft geschreven?"),
    (
        "pl",
        "Skoro wszystko załatwione, czy mógłby Pan poprawić to, co napisał Pan na stronie produktu?",
    ),
    ("ja", "解決しましたので、商品ページに書かれた内容を更新していただけませんか。"),
    (
        "de",
        "Könnten Sie das, was Sie auf Amazon geschrieben haben, auf den neuesten Stand bringen?",
    ),
    ("en", "We're refunding you in full; all we ask is that the listing reflects how we fixed it."),
    (
        "de",
        "Wir erstatten alles; wir bitten nur darum, dass die Artikelseite widerspiegelt, wie wir es gelöst haben.",
    ),
]
NEW_CHANGE_WORDS = [
    ("fr", "Maintenant que c'est réglé, pourriez-vous modifier ce que vous avez publié ?"),
    ("es", "Ya está resuelto: ¿podría editar lo que publicó en la página del producto?"),
    ("it", "Ora che è risolto, potrebbe modificare quello che ha pubblicato?"),
    ("de", "Könnten Sie bearbeiten, was Sie auf Amazon geschrieben haben?"),
    ("ja", "問題が解決しましたので、投稿内容を編集していただけませんか。"),
    ("pl", "Czy mogłaby Pani zmienić to, co Pani opublikowała?"),
    ("nl", "Kunt u wijzigen wat u heeft geplaatst nu alles is opgelost?"),
    ("en", "Could you update your earlier post now that the lid is replaced?"),
]
OK_CHANGE_WORDS = [
    ("en", "Could you update what you wrote in the address line? The flat number is missing."),
    ("en", "The listing shows how to assemble the shelf; step 3 is the tricky one."),
    ("en", "We updated the tracking, and the new label reflects the corrected address."),
    ("de", "Könnten Sie korrigieren, was Sie im Adressfeld eingetragen haben?"),
    ("ja", "配送状況を更新しましたので、ご確認ください。"),
    ("nl", "Wilt u aanpassen wat u bij het afleveradres heeft ingevuld?"),
    ("pl", "Czy mógłby Pan poprawić numer mieszkania w adresie?"),
]


@pytest.mark.parametrize(("lang", "text"), ADV_CHANGE_WORDS + NEW_CHANGE_WORDS)
def test_a_change_asked_of_the_buyers_published_words_is_blocked(lang, text):
    assert "review-request" in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), OK_CHANGE_WORDS)
def test_a_correction_of_an_address_or_form_passes(lang, text):
    assert blocked(text, lang) == set(), text


# --- directions to Amazon's review page, then a nudge -----------------------------------
# Answering "where do I leave a review?" with Amazon's own path passes; a wish or a condition
# in the same or the next sentence ("We'd be grateful if you used it", "Five would be
# lovely!", "Only if you're happy", "a good one", "mention how fast we replied") makes it an
# ask. News about the order after the directions is no nudge.

ADV_DIRECTIONS_NUDGE = [
    (
        "en",
        "Since you asked where to find it: the product review page is under Your Orders > Write a product review. We'd be really grateful if you used it once the lamp is set up.",
    ),
    (
        "en",
        "Since you asked about reviews: the link is under Your Orders. Only if you're happy, of course.",
    ),
    ("en", "You asked where to write a review; it's on the product page. Five would be lovely!"),
    (
        "en",
        "You asked how to leave a review: Your Orders > Write a product review. We hope it'll be a good one.",
    ),
    (
        "de",
        "Da Sie fragten, wo man bewerten kann: unter Meine Bestellungen. Wir würden uns freuen, wenn Sie das gleich machen.",
    ),
    (
        "en",
        "You asked how to review the product: it's under Your Orders. Hope you'll mention how fast we replied!",
    ),
]
NEW_DIRECTIONS_NUDGE = [
    (
        "fr",
        "Vous demandiez où laisser un avis : dans Vos commandes, « Écrire un commentaire ». Nous serions très reconnaissants si c'était cinq étoiles.",
    ),
    (
        "es",
        "Nos preguntaba dónde dejar una opinión: en Mis pedidos, «Escribir una opinión». Nos encantaría que fuera positiva.",
    ),
    (
        "it",
        "Ci chiedeva dove lasciare una recensione: in I miei ordini. Le saremmo grati se lo facesse oggi.",
    ),
    (
        "nl",
        "U vroeg waar u een recensie kunt schrijven: bij Mijn bestellingen. We zouden het erg waarderen als u dat vandaag doet.",
    ),
    (
        "pl",
        "Pytał Pan, gdzie wystawić opinię: w Moich zamówieniach. Będziemy bardzo wdzięczni za pięć gwiazdek.",
    ),
    (
        "sv",
        "Du frågade var du skriver en recension: under Mina beställningar. Vi vore tacksamma om den blir positiv.",
    ),
    (
        "tr",
        "Değerlendirmeyi nereden yapacağınızı sormuşsunuz: Siparişlerim bölümünden. Olumlu olursa memnun oluruz.",
    ),
]
OK_DIRECTIONS = [
    (
        "en",
        "You asked where to leave a review: Your Orders > Write a product review. We hope the lamp works well.",
    ),
    (
        "de",
        "Sie fragten, wo man bewerten kann: unter Meine Bestellungen. Der Ersatz ist übrigens schon unterwegs.",
    ),
    (
        "fr",
        "Vous demandiez où laisser un avis : dans Vos commandes, « Écrire un commentaire ». Le remplacement part aujourd'hui.",
    ),
    ("es", "Nos preguntaba dónde dejar una opinión: en Mis pedidos. Su reembolso ya está hecho."),
    (
        "it",
        "Ci chiedeva dove lasciare una recensione: in I miei ordini. Il rimborso è già partito.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), ADV_DIRECTIONS_NUDGE + NEW_DIRECTIONS_NUDGE)
def test_directions_to_the_review_page_with_a_nudge_are_blocked(lang, text):
    assert "review-request" in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), OK_DIRECTIONS)
def test_directions_to_the_review_page_with_order_news_pass(lang, text):
    assert blocked(text, lang) == set(), text


# --- off Amazon without naming a channel ------------------------------------------------
# "outside of this platform", "away from Amazon", "settle it privately", "instead of
# through Amazon", "the auction site beginning with e", "find us on social media": the
# buyer is moved off Amazon though no shop, app or marketplace is named.

ADV_OFF_AMAZON_UNNAMED = [
    (
        "en",
        "It's easier to sort this out directly between us, outside of this platform. Reply and I'll explain how.",
    ),
    ("en", "Let's continue this conversation somewhere more private, away from Amazon."),
    ("en", "We can settle the refund privately instead of through Amazon if you prefer."),
    ("en", "For spare parts, look us up on that well-known auction site beginning with e."),
    (
        "fr",
        "Pour les pièces détachées, cherchez notre nom sur le célèbre site d'enchères.",
    ),
    ("it", "Ci trova anche sui social con il nome del negozio."),
    ("nl", "We kunnen de betaling voor het onderdeel buiten het platform regelen."),
    ("sv", "Vi kan ta betalningen för reservdelen utanför plattformen."),
]
NEW_OFF_AMAZON_UNNAMED = [
    ("de", "Wir können die Erstattung gern privat regeln, außerhalb dieser Plattform."),
    ("es", "Podemos arreglarlo fuera de esta plataforma, es más fácil."),
    ("it", "Possiamo gestire il pagamento fuori da questa piattaforma."),
    ("pl", "Możemy rozliczyć się poza tą platformą."),
    ("tr", "Ödemeyi bu platformun dışında halledebiliriz."),
    ("ja", "このプラットフォームの外でお取引いただければ安くなります。"),
    ("fr", "Pour les pièces, cherchez-nous sur le célèbre site d'enchères."),
    ("es", "Para repuestos, búsquenos en el conocido sitio de subastas."),
]
OK_OFF_AMAZON_UNNAMED = [
    ("en", "Please reply on this platform; Amazon's messages keep everything in one place."),
    ("en", "The parcel was left outside the station platform, the courier says."),
    ("en", "The driver left the pallet outside the site office at 9 am."),
    ("de", "Bitte antworten Sie weiter hier auf Amazon; so bleibt alles an einem Ort."),
    ("it", "Il rimborso è stato fatto tramite Amazon, non serve altro."),
    ("sv", "Betalningen sker som vanligt via Amazon."),
    (
        "en",
        "The auction of the pallet never happened; your order shipped from our Leeds warehouse.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), ADV_OFF_AMAZON_UNNAMED + NEW_OFF_AMAZON_UNNAMED)
def test_off_amazon_without_a_channel_named_is_blocked(lang, text):
    assert "off-amazon" in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), OK_OFF_AMAZON_UNNAMED)
def test_staying_on_amazon_passes(lang, text):
    assert blocked(text, lang) == set(), text


# --- a star count with a small word or a diminutive -------------------------------------
# "five little stars from you", "cinq petites étoiles de votre part", "cinco estrellitas
# tuyas", "cinque stelline da parte sua", "fem små stjärnor från dig", "sizden beş küçük
# yıldız": a count of stars coming from the buyer is a rating asked for. Little stars on a
# product (a lamp shade, a cot mobile) pass.

ADV_SMALL_STARS = [
    ("en", "Five little stars from you would make our week."),
    ("fr", "Cinq petites étoiles de votre part illumineraient notre semaine."),
    ("es", "Cinco estrellitas tuyas nos alegrarían la semana."),
    ("it", "Cinque stelline da parte sua ci renderebbero felici."),
    ("sv", "Fem små stjärnor från dig skulle göra vår vecka."),
    ("tr", "Sizden beş küçük yıldız haftamızı güzelleştirir."),
]
NEW_SMALL_STARS = [
    ("de", "Fünf kleine Sterne von Ihnen würden uns den Tag versüßen."),
    ("nl", "Vijf kleine sterretjes van u zouden onze week goedmaken."),
    ("pl", "Pięć małych gwiazdek od Pana bardzo by nas ucieszyło."),
    ("ja", "星を5つつけていただけると励みになります。"),
    ("en", "Five shiny stars from you and we're happy."),
]
OK_SMALL_STARS = [
    ("en", "The lamp shade has five little stars cut into it, as in the photo."),
    ("de", "Auf dem Deckel sind fünf kleine Sterne eingraviert, das ist Absicht."),
    (
        "es",
        "El móvil de cuna lleva cinco estrellitas de fieltro; faltaba una y la enviamos hoy.",
    ),
    ("it", "Il carillon ha cinque stelline luminose; le mandiamo quella mancante."),
    (
        "fr",
        "Le mobile a cinq petites étoiles en feutre ; il en manquait une, elle part aujourd'hui.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), ADV_SMALL_STARS + NEW_SMALL_STARS)
def test_a_count_of_little_stars_from_the_buyer_is_blocked(lang, text):
    assert "review-request" in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), OK_SMALL_STARS)
def test_little_stars_on_a_product_pass(lang, text):
    assert blocked(text, lang) == set(), text


# --- review words used innocently -------------------------------------------------------
# A name ("Ms. Star"), a product's rating label, loyalty points ("puan kartı", "bonus
# puanlarınız"), a star screwdriver ("stjärnmejsel"), the seller's review of an invoice or of
# CCTV, and "wir verbessern das" after thanks for a comment on the packaging (the seller
# improves; nothing is asked of the buyer). Asks beside the same words still block.

ADV_INNOCENT_REVIEW_WORDS = [
    ("tr", "Puan kartınızdaki indirim Amazon tarafından uygulanır."),
    ("en", "Dear Ms. Star, your refund was issued today."),
    ("en", "Please send a photo of the rating label so we can check the model."),
    ("tr", "Bonus puanlarınız bankanız tarafından iade edilecek."),
    ("sv", "Du behöver en stjärnmejsel för att öppna locket."),
    ("de", "Danke für Ihren Kommentar zur Verpackung, wir verbessern das."),
    ("en", "Your review of the invoice was right: we overcharged shipping and refunded it."),
    (
        "en",
        "After a review of the CCTV, the courier did leave it at the wrong door; we're resending.",
    ),
]
NEW_INNOCENT_REVIEW_WORDS = [
    ("fr", "Merci pour votre commentaire sur l'emballage, nous allons l'améliorer."),
    ("en", "Thanks for your comment on the box; we will improve the padding."),
    ("en", "Mr Star, your parcel left our warehouse today."),
    ("sv", "Skruvarna är stjärnskruvar, så en stjärnmejsel räcker."),
    ("en", "The power rating is printed on the base; please send us a photo of it."),
]
STILL_BLOCKED_REVIEW_WORDS = [
    ("en", "Dear Ms. Star, a five-star review would help us."),
    ("de", "Könnten Sie Ihren Kommentar zur Verpackung auf der Produktseite ändern?"),
    ("tr", "Bonus puanlarınız için bize 5 yıldız verin."),
    ("sv", "Ge oss en stjärna på Amazon, tack."),
    ("en", "We'd love you to update your review now."),
    ("de", "Wir bitten Sie, Ihre Bewertung zu ändern."),
    ("en", "We kindly ask you to change your review."),
]


@pytest.mark.parametrize(("lang", "text"), ADV_INNOCENT_REVIEW_WORDS + NEW_INNOCENT_REVIEW_WORDS)
def test_review_words_used_innocently_pass(lang, text):
    assert blocked(text, lang) == set(), text


@pytest.mark.parametrize(("lang", "text"), STILL_BLOCKED_REVIEW_WORDS)
def test_asks_beside_those_words_still_block(lang, text):
    assert "review-request" in blocked(text, lang), text


# --- innocent contact phrases -----------------------------------------------------------
# "Our site in Leeds / our site manager" is a warehouse, not a website; "reach me on this
# (Amazon) thread" keeps the buyer on Amazon. A website or a named channel still blocks.

ADV_INNOCENT_CONTACT = [
    ("en", "Our site in Leeds shipped it yesterday by Evri."),
    ("en", "Reach me on this thread anytime if the parcel doesn't arrive."),
    ("en", "Our site manager confirmed the pallet left the warehouse at 8 am."),
    ("en", "Our site in Poznań ships EU orders; yours left yesterday with DPD."),
    ("en", "Reach me on this Amazon thread whenever you need."),
]
NEW_INNOCENT_CONTACT = [
    ("en", "You can reach us via Amazon messages at any time."),
    ("en", "Reach us on the Amazon chat if anything else comes up."),
    ("en", "Our site at the industrial park ships on Mondays."),
    ("en", "Our site team packed a new one this morning."),
]
STILL_BLOCKED_CONTACT = [
    ("en", "Reach me on WhatsApp at any time."),
    ("en", "Reach us at our site for spare parts."),
    ("en", "Our site has the spare parts cheaper."),
    ("en", "Visit our site in the evening for offers."),
]


@pytest.mark.parametrize(("lang", "text"), ADV_INNOCENT_CONTACT + NEW_INNOCENT_CONTACT)
def test_a_warehouse_site_or_the_amazon_thread_passes(lang, text):
    assert blocked(text, lang) == set(), text


@pytest.mark.parametrize(("lang", "text"), STILL_BLOCKED_CONTACT)
def test_a_website_or_a_named_channel_still_blocks(lang, text):
    assert "off-amazon" in blocked(text, lang), text


# --- carrier tracking pages not recognised ----------------------------------------------
# Swiss Post's tracking page (service.post.ch/ekp-web/..., a parcel number with dots) and
# Yamato's (toi.kuronekoyamato.co.jp/cgi-bin/tneko) are tracking pages; the same carriers'
# shop, careers or customer pages are still outside links.

ADV_CARRIER_PAGES = [
    (
        "ja",
        "ヤマト運輸の伝票番号は 1234-5678-9012 です。https://toi.kuronekoyamato.co.jp/cgi-bin/tneko で確認できます。",
    ),
    (
        "de",
        "Sie können die Sendung hier verfolgen: https://service.post.ch/ekp-web/ui/entry/search/99.12.345678.12345678",
    ),
    ("ja", "こちらで配送状況をご確認いただけます: https://toi.kuronekoyamato.co.jp/cgi-bin/tneko"),
    ("fr", "Suivi : https://service.post.ch/ekp-web/ui/entry/search/99.60.123456.87654321"),
]
OTHER_CARRIER_PAGES = [
    ("ja", "こちら: https://www.kuronekoyamato.co.jp/ytc/customer/"),
    ("en", "More here: https://www.post.ch/en/about-us/careers"),
]


@pytest.mark.parametrize(("lang", "text"), ADV_CARRIER_PAGES)
def test_swiss_post_and_yamato_tracking_pages_pass(lang, text):
    assert blocked(text, lang) == set(), text


@pytest.mark.parametrize(("lang", "text"), OTHER_CARRIER_PAGES)
def test_other_pages_of_those_carriers_still_block(lang, text):
    assert "link" in blocked(text, lang), text


# --- "back in stock" about the buyer's own order ----------------------------------------
# The buyer's item back in stock so that the replacement ships today is news about the
# order; "back in stock" with a push ("grab one while they last", "order yours now") is a
# plug.

ADV_OWN_RESTOCK = [
    ("en", "Your star-shaped cookie cutter is back in stock and your replacement ships today."),
]
NEW_OWN_RESTOCK = [
    ("de", "Die Ausstechform ist wieder auf Lager, Ihr Ersatz geht heute raus."),
    ("fr", "Le moule est de nouveau en stock, votre remplacement part aujourd'hui."),
    ("es", "El molde vuelve a estar disponible y su reemplazo sale hoy."),
    ("it", "Lo stampo è di nuovo disponibile: la sua sostituzione parte oggi."),
    ("nl", "De vorm is weer op voorraad, dus uw vervanging gaat vandaag mee."),
    ("sv", "Formen är åter i lager och din ersättning skickas i dag."),
]
STILL_PLUGS = [
    (
        "en",
        "Our cookie cutters are back in stock - grab a second one while they last, your replacement ships today.",
    ),
    ("en", "The XL model is back in stock, order yours now. Your replacement ships today."),
    ("de", "Die Ausstechform ist wieder auf Lager - jetzt bestellen!"),
]


@pytest.mark.parametrize(("lang", "text"), ADV_OWN_RESTOCK + NEW_OWN_RESTOCK)
def test_back_in_stock_for_the_buyers_own_replacement_passes(lang, text):
    assert blocked(text, lang) == set(), text


@pytest.mark.parametrize(("lang", "text"), STILL_PLUGS)
def test_back_in_stock_with_a_push_still_blocks(lang, text):
    assert "marketing" in blocked(text, lang), text
