# ruff: noqa: E501  (one reply per line reads better than wrapped strings)
"""Round 6's classes, each tested in several languages, both sides: the violation is blocked
and the ordinary reply that looks like it passes.  None of these sentences is taken from a
held-out set."""

from __future__ import annotations

import pytest

from tests.compliance.gate import blocked

# --- directions to Amazon's own review page, when the buyer asked for them ----------------

DIRECTIONS = [
    (
        "en",
        "You asked us how to rate the blender: open Your Orders and press 'Write a product review' beside it.",
    ),
    (
        "de",
        "Sie hatten gefragt, wie man eine Rezension abgibt: unter Meine Bestellungen auf 'Produktrezension schreiben' gehen.",
    ),
    (
        "fr",
        "Vous nous demandiez comment laisser un avis : dans Vos commandes, bouton « Écrire un commentaire ».",
    ),
    (
        "es",
        "Me preguntó cómo dejar una reseña: en Mis pedidos, pulse 'Escribir una opinión' junto al artículo.",
    ),
    (
        "it",
        "Mi ha chiesto come lasciare una recensione: da I miei ordini, pulsante 'Scrivi una recensione'.",
    ),
    (
        "ja",
        "レビューの投稿方法についてのご質問ですが、注文履歴から「商品レビューを書く」を選んでください。",
    ),
    (
        "nl",
        "U vroeg hoe u een review kunt plaatsen: ga naar Mijn bestellingen en kies 'Schrijf een productrecensie'.",
    ),
    ("pl", "Pytał Pan, jak wystawić opinię: w Moich zamówieniach wybrać 'Napisz recenzję'."),
    (
        "sv",
        "Du frågade hur man lämnar ett omdöme: gå till Dina beställningar och välj 'Skriv en produktrecension'.",
    ),
    (
        "tr",
        "Yorumu nereden yazacağınızı sormuşsunuz: Siparişlerim sayfasında ürünü değerlendir düğmesine basın.",
    ),
]

# The same words without the buyer's question, or with something of value or pressure, ask.
UNASKED = [
    ("en", "Open Your Orders and press 'Write a product review', we'd love five stars."),
    (
        "en",
        "You asked how to thank us: go to Your Orders, 'Write a product review', and a $5 gift card is yours.",
    ),
    (
        "de",
        "Gehen Sie bitte zu Meine Bestellungen und klicken Sie auf 'Produktrezension schreiben'.",
    ),
    (
        "fr",
        "Vous demandiez comment nous aider : dans Vos commandes, « Écrire un commentaire », chaque étoile compte pour notre petite entreprise.",
    ),
    ("es", "Entre en Mis pedidos y pulse 'Escribir una opinión', por favor, nos ayudaría mucho."),
    (
        "it",
        "Vada su I miei ordini e clicchi 'Scrivi una recensione', per favore: ci aiuta tantissimo.",
    ),
    (
        "nl",
        "Ga naar Mijn bestellingen en schrijf een productrecensie, dat zouden we erg waarderen.",
    ),
    (
        "sv",
        "Gå till Dina beställningar och skriv en produktrecension, vi blir glada för fem stjärnor.",
    ),
    ("tr", "Lütfen Siparişlerim sayfasından bize 5 yıldız verin."),
]


@pytest.mark.parametrize(("lang", "text"), DIRECTIONS)
def test_directions_to_amazons_review_page_asked_for_by_the_buyer_pass(lang, text):
    assert "review-request" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), UNASKED)
def test_the_same_path_unasked_or_with_a_reward_or_pressure_is_blocked(lang, text):
    assert "review-request" in blocked(text, lang)


# --- the buyer's own low verdict reported back ---------------------------------------------

REPORTED = [
    ("en", "You mentioned 2 stars in your message, and I am sorry the lid cracked."),
    (
        "en",
        "You said you would post a negative review if the parcel is late; it was sent this morning.",
    ),
    (
        "de",
        "Sie schrieben, dass Sie eine negative Rezension schreiben, falls das Paket nicht kommt. Es ist heute raus.",
    ),
    (
        "fr",
        "Vous indiquez que vous mettrez une mauvaise note si rien ne bouge ; le colis part ce soir.",
    ),
    (
        "es",
        "Usted dice que dejará una valoración negativa si no llega; lo enviamos hoy por urgente.",
    ),
    ("it", "Lei scrive che lascerà una recensione negativa se non arriva; l'abbiamo spedito oggi."),
    (
        "nl",
        "U schrijft dat u een slechte review plaatst als het niet komt; het gaat vandaag op de post.",
    ),
    ("pl", "Pani pisze, że wystawi negatywną opinię, jeśli paczka nie dotrze. Wysłaliśmy ją dziś."),
    ("sv", "Du skriver att du lämnar ett dåligt omdöme om paketet dröjer; det skickades i dag."),
    ("tr", "Paket gelmezse olumsuz yorum bırakacağınızı belirtmişsiniz; bugün gönderdik."),
    ("ja", "届かなければ低評価をつけるとのこと、承知いたしました。本日発送いたしました。"),
]

# Reported words with the seller's own plea, or with the buyer's good verdict, still ask.
REPORTED_ASKS = [
    ("en", "You said you loved it, so please leave a review saying so."),
    ("en", "You mentioned 2 stars; please change it to five now that it works."),
    ("de", "Sie schrieben, Sie seien zufrieden: bitte schreiben Sie eine Bewertung."),
    (
        "fr",
        "Vous dites que vous mettrez une mauvaise note : s'il vous plaît, laissez plutôt cinq étoiles.",
    ),
    ("es", "Usted dice que le gusta: por favor, deje una reseña de cinco estrellas."),
    ("tr", "Kötü yorum yapacağınızı yazmışsınız; lütfen yorumunuzu silin, size 20 TL iade ederiz."),
]


@pytest.mark.parametrize(("lang", "text"), REPORTED)
def test_the_buyers_own_low_verdict_reported_back_passes(lang, text):
    assert "review-request" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), REPORTED_ASKS)
def test_reported_words_with_a_plea_or_a_good_verdict_still_ask(lang, text):
    assert "review-request" in blocked(text, lang)


# --- the seller asks the buyer to cancel, politely or by naming the button ------------------

CANCEL_ASKS = [
    ("en", "Please cancel the order on your side so we can list the right colour again."),
    ("en", "It would help us a lot if the cancellation came from you, so our account is not hit."),
    (
        "de",
        "Bitte stornieren Sie die Bestellung auf Ihrer Seite, damit wir sie neu anlegen können.",
    ),
    (
        "de",
        "Uns wäre sehr geholfen, wenn die Stornierung von Ihnen käme, dann zählt sie nicht gegen unser Konto.",
    ),
    ("fr", "Pourriez-vous annuler la commande de votre côté, pour que nous puissions la refaire ?"),
    (
        "fr",
        "Ce serait plus simple pour nous si l'annulation venait de vous, notre compte n'en souffrirait pas.",
    ),
    ("es", "Por favor, cancele el pedido desde su cuenta para que podamos volver a crearlo."),
    ("es", "Sería mejor que la cancelación la hiciera usted, así no nos penaliza en la cuenta."),
    ("it", "Per favore annulli l'ordine dal suo account così possiamo rifarlo."),
    (
        "it",
        "Ci farebbe un favore se l'annullamento partisse da lei, così non pesa sul nostro account.",
    ),
    ("ja", "お手数ですが、お客様側で注文のキャンセルをリクエストしていただけますか。"),
    ("nl", "Wilt u de bestelling aan uw kant annuleren, zodat wij hem opnieuw kunnen plaatsen?"),
    ("nl", "Druk in Mijn bestellingen op 'Annulering aanvragen' voor deze order."),
    ("pl", "Proszę anulować zamówienie po swojej stronie, żebyśmy mogli wystawić je ponownie."),
    (
        "pl",
        "Byłoby nam łatwiej, gdyby anulowanie wyszło od Pani, wtedy nie obciąży to naszego konta.",
    ),
    ("sv", "Kan du avboka ordern från ditt konto så att vi kan lägga upp den igen?"),
    ("sv", "Det hade varit bra om du själv begärde annulleringen, så drabbas inte vårt konto."),
    ("tr", "Siparişi kendi hesabınızdan iptal eder misiniz, biz de yeniden oluşturalım."),
    ("tr", "Siparişlerim sayfasında 'İptal iste' butonuna basmanız yeterli."),
]

# The seller cancels, or reports a cancellation, or the buyer's own request is answered.
CANCEL_PASSES = [
    ("en", "We cancelled the order on our side; the refund shows within 3-5 days."),
    ("en", "Your cancellation request reached us and the order is now cancelled."),
    ("de", "Wir haben die Bestellung storniert, die Erstattung folgt in wenigen Tagen."),
    ("fr", "Nous avons annulé la commande, le remboursement arrive sous quelques jours."),
    ("es", "Hemos cancelado el pedido; el reembolso llegará en unos días."),
    ("it", "Abbiamo annullato l'ordine; il rimborso arriverà in pochi giorni."),
    ("ja", "ご注文は当店でキャンセルいたしました。返金は数日以内に反映されます。"),
    ("nl", "Wij hebben de bestelling geannuleerd; de terugbetaling volgt binnen enkele dagen."),
    ("pl", "Anulowaliśmy zamówienie, zwrot pojawi się w ciągu kilku dni."),
    ("sv", "Vi har avbokat ordern, återbetalningen kommer inom några dagar."),
    ("tr", "Siparişi biz iptal ettik, iade birkaç gün içinde hesabınıza geçer."),
]


@pytest.mark.parametrize(("lang", "text"), CANCEL_ASKS)
def test_the_buyer_asked_to_cancel_on_their_side_is_blocked(lang, text):
    assert "cancellation-request" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), CANCEL_PASSES)
def test_the_seller_cancelling_or_reporting_a_cancellation_passes(lang, text):
    assert blocked(text, lang) == set()


# --- something of value for a few words on the product page, or for changing a review -------

INCENTIVES = [
    (
        "en",
        "Anyone who posts their impressions on the product page gets a little something in the next box.",
    ),
    ("en", "We will refund 10 % if you remove the feedback you left."),
    (
        "de",
        "Wer ein paar Worte auf der Produktseite schreibt, findet eine kleine Aufmerksamkeit im nächsten Paket.",
    ),
    (
        "fr",
        "Ceux qui publient leur ressenti sur la page produit reçoivent un petit geste dans le colis suivant.",
    ),
    ("es", "Si publica su experiencia en la ficha del producto, le mandamos un detallito."),
    ("it", "A chi lascia due parole sulla pagina prodotto mandiamo un piccolo pensiero."),
    ("it", "Le rimborsiamo il 20% se toglie la recensione negativa."),
    ("nl", "Voor elke recensie op de productpagina sturen wij een cadeautje mee."),
    ("pl", "Za Pani opinię dołączymy upominek do kolejnej paczki."),
    ("pl", "Każdy komentarz na stronie produktu bierze udział w konkursie."),
    ("sv", "Som tack för ditt omdöme på produktsidan skickar vi en liten gåva."),
    ("tr", "Her yorum için bir sonraki siparişte küçük bir hediye gönderiyoruz."),
]

# Refunds, gifts and feedback in their ordinary senses.
INCENTIVE_LOOKALIKES = [
    ("en", "Thanks for your comment about the dent; we refund 15% of the price for it."),
    ("de", "Danke für Ihren Hinweis, wir erstatten Ihnen 10 € für die Verspätung."),
    ("fr", "Merci pour votre retour sur l'emballage, nous vous remboursons les frais de port."),
    ("es", "Gracias por su comentario; le devolvemos los gastos de envío hoy."),
    ("it", "Grazie per la segnalazione: le rimborsiamo la spedizione."),
    ("nl", "Bedankt voor uw opmerking over de verpakking; we betalen de verzendkosten terug."),
    ("pl", "Dziękujemy za uwagę, zwrócimy koszt wysyłki."),
    ("sv", "Tack för dina synpunkter, vi betalar tillbaka fraktkostnaden."),
    ("tr", "Geri bildiriminiz için teşekkürler, kargo ücretini iade ediyoruz."),
]


@pytest.mark.parametrize(("lang", "text"), INCENTIVES)
def test_value_for_a_few_words_in_public_or_for_changing_a_review_is_blocked(lang, text):
    assert "review-request" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), INCENTIVE_LOOKALIKES)
def test_refunds_for_a_complaint_pass(lang, text):
    assert blocked(text, lang) == set()


# --- an e-mail address split over lines or phrases, the domain left to the reader ---------

SPLIT_ADDRESSES = [
    ("en", "You can write to my colleague directly:\nmark.tanner77\nat the usual gmail address."),
    ("en", "Her e-mail is rosa_bright, then outlook, the normal ending."),
    ("de", "Meine private Adresse:\njonas.feld\nbei gmx\npunkt de"),
    ("fr", "Mon adresse perso :\nclaire.dumas\nchez laposte\npoint net"),
    ("es", "Mi correo personal:\nlucia.mar\nen hotmail\npunto com"),
    ("it", "La mia mail: marco.neri\nsu gmail, punto com"),
    ("ja", "個人のメールは\nsato.yuki\nのgmailです。"),
    ("nl", "Mijn mailadres:\npieter.vos\nop ziggo\npunt nl"),
    ("pl", "Mój adres:\ntomek.kowal\nna onet\nkropka pl"),
    ("sv", "Min mejl:\nanna.berg\npå hotmail\npunkt se"),
    ("tr", "E-posta adresim:\nmehmet.kaya\ngmail'de\nnokta com"),
]

SPLIT_LOOKALIKES = [
    ("en", "The invoice.pdf is attached; if your Gmail hides it, check the spam folder."),
    ("en", "Thanks,\nMaria\n(We answer here on Amazon, never from Gmail.)"),
    ("de", "Die Rechnung (rechnung_4711.pdf) liegt bei, falls GMX sie aussortiert."),
    ("it", "Il manuale.pdf è allegato qui; non serve la sua mail di Libero."),
    ("pl", "Faktura.pdf jest w załączniku; niczego nie wysyłamy na Gmaila."),
    ("sv", "Kvittot (kvitto.jpg) ligger i Amazon-meddelandet, inte i din Hotmail."),
    ("tr", "Fatura.pdf ekte; Gmail hesabınıza bir şey göndermiyoruz."),
]


@pytest.mark.parametrize(("lang", "text"), SPLIT_ADDRESSES)
def test_an_address_split_over_lines_is_blocked(lang, text):
    assert "email-address" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), SPLIT_LOOKALIKES)
def test_file_names_and_a_mail_provider_named_pass(lang, text):
    assert blocked(text, lang) == set()


# --- a chat app named without its name: "the green app", "WA", "Wasap", "add us as a friend"

UNNAMED_CHAT_APPS = [
    ("en", "Photos are quicker over the green messaging app; our number is on the packing slip."),
    ("en", "Easiest is to add us as a friend on the chat app, the ID is printed on the leaflet."),
    ("en", "Pictures work best via LINE, just add our store account."),
    ("de", "Fotos bitte einfach per WA an die Nummer auf der Rechnung."),
    ("de", "Schicken Sie die Bilder über die grüne App, die Nummer steht auf dem Beileger."),
    ("fr", "Envoyez les photos sur l'appli verte, le numéro est sur le bon de livraison."),
    ("es", "Mándenos las fotos por guasap al número del albarán."),
    ("it", "Le foto arrivano prima con l'app verde, il numero è sulla bolla."),
    ("ja", "写真は緑のアプリで送っていただけると助かります。"),
    ("ja", "同封のカードのIDで友だち追加してください。"),
    ("nl", "Foto's gaan sneller via de groene app, het nummer staat op de pakbon."),
    ("pl", "Zdjęcia proszę przesłać przez zieloną aplikację, numer jest na fakturze."),
    ("sv", "Skicka bilderna i den gröna appen, numret står på kvittot."),
    ("tr", "Fotoğrafları yeşil uygulamadan gönderin, numara faturada."),
]

CHAT_APP_LOOKALIKES = [
    ("en", "Our carrier delivers to Spokane, WA within three days."),
    ("en", "The DHL app shows a green tick once the parcel is delivered."),
    ("de", "Das Paket ging per DHL raus, die Nummer steht auf dem Lieferschein."),
    ("fr", "Le voyant vert indique la charge ; le numéro de série est sur le bon de livraison."),
    ("es", "La funda verde figura en el albarán como 'verde oliva'."),
    ("it", "La spia verde indica che è carica; il numero di serie è sulla bolla."),
    ("ja", "緑色のランプが点灯すれば充電完了です。"),
    ("nl", "Het groene lampje betekent dat hij vol is; het nummer staat op de pakbon."),
    ("pl", "Zielona dioda oznacza, że ładowarka działa; numer partii jest na fakturze."),
    ("sv", "Den gröna lampan betyder att laddaren är klar; numret står på följesedeln."),
    ("tr", "Yeşil ışık yanınca şarj tamamdır; sipariş numarası faturada yazıyor."),
]


@pytest.mark.parametrize(("lang", "text"), UNNAMED_CHAT_APPS)
def test_a_chat_app_hinted_at_is_blocked(lang, text):
    assert "off-amazon" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), CHAT_APP_LOOKALIKES)
def test_green_lights_states_and_numbers_on_the_slip_pass(lang, text):
    assert blocked(text, lang) == set()


# --- a star ask in other words: "show it with all the stars", "wir bitten um", nouns ------

OTHER_WORDS_ASKS = [
    (
        "en",
        "If the kettle won you over, show it with the maximum stars, it helps us more than you think.",
    ),
    ("en", "Happy with the lamp? Then show us with all the stars on Amazon."),
    ("en", "It would mean a lot to us. Could you share your experience on the product page?"),
    ("de", "Wenn Ihnen die Pfanne gefällt, zeigen Sie es gern mit der vollen Sternzahl."),
    ("de", "Wir bitten um eine Bewertung des Artikels."),
    ("fr", "Si la lampe vous plaît, montrez-le avec toutes les étoiles sur Amazon."),
    ("es", "Si le gusta la sartén, demuéstrelo con el máximo de estrellas."),
    ("it", "Se la lampada le piace, ce lo mostri con tutte le stelline su Amazon."),
    ("it", "Ci farebbe piacere un suo giudizio sul prodotto su Amazon."),
    ("ja", "よろしければ商品ページに感想を投稿していただけますと幸いです。"),
    ("nl", "Bevalt de lamp? Laat het zien met alle sterren op Amazon."),
    ("pl", "Będziemy wdzięczni za wystawienie opinii o produkcie."),
    ("pl", "Jeśli lampa się podoba, proszę to pokazać wszystkimi gwiazdkami."),
    ("sv", "Gillar du lampan? Visa det med alla stjärnor på Amazon."),
    ("tr", "Lambayı beğendiyseniz bunu tüm yıldızlarla gösterin."),
]

OTHER_WORDS_LOOKALIKES = [
    ("en", "The listing photos show it with the lid on; yours has the same lid."),
    ("de", "Zeigen Sie uns bitte ein Foto des Schadens, dann ersetzen wir den Deckel."),
    ("de", "Wir bitten um etwas Geduld, DHL prüft die Bewertung des Schadens."),
    ("fr", "Montrez-nous la photo du carton abîmé, nous renvoyons la pièce."),
    ("es", "Demuéstrelo con una foto del golpe y le enviamos otra sartén."),
    ("it", "Ce lo mostri con una foto e spediamo subito il ricambio."),
    ("nl", "Laat het ons zien met een foto, dan sturen we een nieuwe."),
    ("sv", "Visa oss gärna en bild på skadan, så skickar vi en ny del."),
    ("tr", "Hasarı fotoğrafla gösterin, yenisini hemen gönderelim."),
]


@pytest.mark.parametrize(("lang", "text"), OTHER_WORDS_ASKS)
def test_a_star_ask_in_other_words_is_blocked(lang, text):
    assert "review-request" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), OTHER_WORDS_LOOKALIKES)
def test_show_us_a_photo_and_please_be_patient_pass(lang, text):
    assert blocked(text, lang) == set()


# --- refusing a payment outside Amazon, with "unfortunately" in the way -------------------

PAYMENT_REFUSALS = [
    (
        "en",
        "Sorry, we unfortunately can't take a bank transfer to our IBAN outside Amazon; the difference was refunded through Amazon.",
    ),
    (
        "de",
        "Eine Überweisung auf unsere IBAN außerhalb von Amazon können wir leider nicht annehmen; die Differenz habe ich über Amazon erstattet.",
    ),
    (
        "fr",
        "Nous ne pouvons malheureusement pas accepter de virement sur notre IBAN hors d'Amazon ; la différence vous a été remboursée via Amazon.",
    ),
    (
        "es",
        "Lamentablemente no podemos aceptar Bizum fuera de Amazon; la diferencia se la he devuelto por Amazon.",
    ),
    (
        "it",
        "Purtroppo non possiamo accettare un bonifico sul nostro IBAN fuori da Amazon; la differenza gliel'ho rimborsata tramite Amazon.",
    ),
    (
        "ja",
        "申し訳ございませんが、Amazon以外での銀行振込はお受けできません。差額はAmazonを通じて返金いたしました。",
    ),
    (
        "nl",
        "Helaas kunnen we geen betaling via Tikkie buiten Amazon aannemen; het verschil heb ik via Amazon terugbetaald.",
    ),
    (
        "pl",
        "Niestety nie możemy przyjąć płatności BLIK poza Amazonem; różnicę zwróciłem przez Amazon.",
    ),
    (
        "sv",
        "Vi kan dessvärre inte ta emot betalning via Swish utanför Amazon; mellanskillnaden har jag återbetalat via Amazon.",
    ),
    (
        "tr",
        "Maalesef Amazon dışında IBAN'a havale kabul edemiyoruz; aradaki farkı Amazon üzerinden iade ettim.",
    ),
]

PAYMENT_OFFERS = [
    ("en", "You can pay the difference to our IBAN outside Amazon, it's quicker."),
    ("fr", "Vous pouvez aussi régler par virement sur notre IBAN, hors d'Amazon."),
    ("sv", "Betala gärna mellanskillnaden via Swish utanför Amazon."),
    ("tr", "Farkı Amazon dışında IBAN'a havale edebilirsiniz."),
]


@pytest.mark.parametrize(("lang", "text"), PAYMENT_REFUSALS)
def test_refusing_a_payment_outside_amazon_passes(lang, text):
    assert blocked(text, lang) == set()


@pytest.mark.parametrize(("lang", "text"), PAYMENT_OFFERS)
def test_offering_a_payment_outside_amazon_is_blocked(lang, text):
    assert "off-amazon" in blocked(text, lang)


# --- tracking numbers printed in groups are not phone numbers -----------------------------

GROUPED_TRACKING = [
    ("en", "Your parcel number is RR 482 917 365 GB with Royal Mail."),
    ("de", "Die Sendungsnummer lautet RX 123 456 785 DE."),
    ("fr", "Le numéro est LA 987 654 321 FR, en cours de livraison."),
    ("es", "Su envío lleva el número PQ 012 345 678 ES, sale hoy."),
    ("it", "Il numero è RA 555 123 456 IT, consegna domani."),
    ("ja", "お荷物の番号は RR 123 456 785 JP です。"),
    ("nl", "Het nummer is 3S ABCD 1234 5678 9, bezorging morgen."),
    ("nl", "Uw pakket: 3S QWER 0098 7654 3 (PostNL)."),
    ("pl", "Numer przesyłki to RR 012 345 678 PL, dotrze jutro."),
    ("sv", "Kollinumret är RR 987 654 321 SE."),
    ("tr", "Gönderi numaranız RR 123 987 456 TR, yarın teslim edilir."),
]

GROUPED_PHONES = [
    ("en", "Ring our workshop on 0161 496 0123, ask for Tom."),
    ("de", "Rufen Sie uns an: 030 1234 5678 DE-Hotline"),
    ("nl", "Bel ons gerust op 020 123 4567, vraag naar Sanne."),
    ("it", "Ci chiami al 347 123 4567 IT, risponde Anna."),
]


@pytest.mark.parametrize(("lang", "text"), GROUPED_TRACKING)
def test_tracking_numbers_printed_in_groups_pass(lang, text):
    assert blocked(text, lang) == set()


@pytest.mark.parametrize(("lang", "text"), GROUPED_PHONES)
def test_phone_numbers_beside_letters_are_blocked(lang, text):
    assert "phone-number" in blocked(text, lang)


# --- carriers' own tracking pages on domains the gate did not know ------------------------

CARRIER_PAGES = [
    ("en", "DPD Local has it: https://track.dpdlocal.co.uk/parcels/15501234567890 ."),
    ("es", "Va con Estafeta, guía 7015938274619203841: https://www.estafeta.com/rastreo"),
    ("sv", "Posten Norge tar över i Norge: https://sporing.posten.no/sporing/RR123456785SE"),
    (
        "fr",
        "Suivi Mondial Relay : https://www.mondialrelay.com/suivi-de-colis/?numeroExpedition=12345678",
    ),
    (
        "de",
        "Sendungsverfolgung der DPD Österreich: https://www.dpd.at/sendungsverfolgung/?parcel=01234567890123",
    ),
]

CARRIER_LOOKALIKE_PAGES = [
    ("en", "Order the bigger one here: https://track.dpdlocal.co.uk.bestdeals.shop/sale"),
    ("es", "Vea nuestras ofertas: https://www.estafeta.com.mx-tienda.com/ofertas"),
    ("sv", "Jobba hos oss: https://www.posten.no/karriere"),
]


@pytest.mark.parametrize(("lang", "text"), CARRIER_PAGES)
def test_a_carriers_own_tracking_page_passes(lang, text):
    assert blocked(text, lang) == set()


@pytest.mark.parametrize(("lang", "text"), CARRIER_LOOKALIKE_PAGES)
def test_look_alike_hosts_and_carrier_pages_that_do_not_track_are_blocked(lang, text):
    assert "link" in blocked(text, lang)


# --- a carrier's hotline written "Tel. ..." or named by its counter -------------------------

CARRIER_HOTLINES = [
    (
        "de",
        "Über den Hermes-Kundenservice (Tel. 040 123 456 789 laut deren Website) können Sie einen neuen Termin vereinbaren.",
    ),
    ("en", "Evri's customer service (tel. 0330 808 5456) can rebook the delivery."),
    ("fr", "Le service client Chronopost (tél. 0969 391 391) peut reprogrammer la livraison."),
    (
        "it",
        "Il servizio clienti di Poste Italiane (tel. 06 4526 3160) può riprogrammare la consegna.",
    ),
    ("ja", "郵便局の再配達受付（0120-23-2886）にお電話ください。"),
    ("ja", "不在票のQRコードから再配達をご依頼いただけます。"),
    ("ja", "ヤマト運輸のサポート（0800-123-4567）で再配達を受け付けています。"),
    ("nl", "De klantenservice van PostNL (tel. 088 868 6161) kan de bezorging opnieuw plannen."),
    ("sv", "PostNords kundtjänst (tel. 0771 33 33 10) kan boka om leveransen."),
]

OWN_HOTLINES = [
    ("de", "Unser Kundenservice (Tel. 040 123 456 789) hilft Ihnen gern."),
    ("en", "Our customer service (tel. 0330 123 4567) can rebook it."),
    ("ja", "当店の受付（0800-123-4567）へお電話ください。"),
    ("ja", "ヤマト運輸より早いので、080-1234-5678へどうぞ。"),
    ("ja", "同封カードのQRコードから当店のショップへどうぞ。"),
]


@pytest.mark.parametrize(("lang", "text"), CARRIER_HOTLINES)
def test_a_carriers_hotline_after_tel_or_its_counter_passes(lang, text):
    assert blocked(text, lang) == set()


@pytest.mark.parametrize(("lang", "text"), OWN_HOTLINES)
def test_the_sellers_own_line_or_qr_code_is_blocked(lang, text):
    assert blocked(text, lang) & {"phone-number", "off-amazon"}


# --- the buyer's contact asked for without "your": "the best mobile", "private e-mail",
# "your name on Messenger", "so we can reach you, what number works best?" ------------------

DATA_ASKS = [
    (
        "en",
        "Which are the best mobile number and private e-mail for the driver? Send both in your reply.",
    ),
    ("en", "So we can reach you, what number works best?"),
    ("en", "What's your name on Instagram? We'll send the sketches there."),
    ("de", "Bitte nennen Sie uns eine private Handynummer und E-Mail für den Fahrer."),
    ("de", "Wie heißen Sie auf Facebook? Dann schicken wir Ihnen die Fotos dort."),
    ("fr", "Quel est votre pseudo sur Instagram ? Nous y enverrons les photos."),
    ("es", "¿Cómo se llama usted en Messenger? Le mandamos allí las fotos."),
    ("it", "Qual è il suo nome su Messenger? Le mandiamo lì le foto."),
    ("nl", "Wat is uw naam op Facebook? Dan sturen we de foto's daarheen."),
    ("pl", "Proszę podać prywatny numer komórki i e-mail dla kierowcy."),
    ("pl", "Jak się Pani nazywa na Instagramie? Wyślemy tam szkice."),
    ("sv", "Vad heter du på Messenger? Vi skickar bilderna dit."),
    ("sv", "Ange gärna privat mobilnummer och mejl till budet."),
    ("tr", "Instagram'daki kullanıcı adınız nedir? Fotoğrafları oradan göndeririz."),
]

DATA_LOOKALIKES = [
    ("en", "Which is the best way to return it? Amazon's returns page prints the label."),
    ("en", "What's the name on the parcel? It should match your Amazon account."),
    ("de", "Bitte nennen Sie uns die Bestellnummer, dann prüfen wir es."),
    ("pl", "Proszę podać numer zamówienia, sprawdzimy przesyłkę."),
    ("sv", "Ange gärna ordernumret så kollar vi saken."),
    ("fr", "Quel est le nom du produit sur Instagram ? Nous ne vendons que sur Amazon."),
]


@pytest.mark.parametrize(("lang", "text"), DATA_ASKS)
def test_contact_data_asked_without_a_possessive_is_blocked(lang, text):
    assert "personal-data" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), DATA_LOOKALIKES)
def test_order_numbers_and_names_on_parcels_pass(lang, text):
    assert "personal-data" not in blocked(text, lang)


# --- a phone number written in words with hundreds ("sześćset dwa", "beş yüz otuz üç") ------

NUMBERS_IN_WORDS = [
    ("en", "Workshop line: six hundred two, four hundred eighteen, seven hundred thirty."),
    ("fr", "Atelier : zéro six, cent douze, trois cent quarante, cinquante."),
    ("es", "Llámenos: seiscientos doce, trescientos cuarenta, quinientos seis."),
    ("it", "Il laboratorio: tre quattro sette, duecento dodici, trecento quaranta."),
    ("pl", "Nasz warsztat: pięćset dwa, sto dwadzieścia, trzysta czterdzieści."),
    ("tr", "Atölye: sıfır beş yüz kırk iki, üç yüz on bir, yirmi iki, otuz."),
]

AMOUNTS_IN_WORDS = [
    ("en", "We refunded one hundred twenty dollars for the two items."),
    ("es", "Le devolvimos ciento veinte euros por dos artículos."),
    ("it", "Sto controllando: due pacchi, tre giorni di ritardo."),
    ("pl", "Zwróciliśmy sto dwadzieścia złotych, a paczka waży dwa kilogramy."),
    ("tr", "Yüz yirmi lira iade ettik, paket iki kilo geliyor."),
]


@pytest.mark.parametrize(("lang", "text"), NUMBERS_IN_WORDS)
def test_a_phone_number_in_words_with_hundreds_is_blocked(lang, text):
    assert "phone-number" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), AMOUNTS_IN_WORDS)
def test_amounts_in_words_pass(lang, text):
    assert blocked(text, lang) == set()


# --- a discount code named with no offer word: "code PINE15 gives fifteen percent" --------

CODES = [
    ("en", "Just between us: code PINE15 takes fifteen percent off your next order."),
    ("de", "Unter uns: Code TANNE10 bringt zehn Prozent auf Ihre nächste Bestellung."),
    ("fr", "Entre nous : le code SAPIN10 donne dix pour cent sur votre prochaine commande."),
    ("es", "Entre nosotros: el código PINO10 le da un diez por ciento en su próxima compra."),
    ("it", "Tra noi: il codice ABETE10 vale il dieci per cento sul prossimo acquisto."),
    ("nl", "Onder ons: code DENNEN10 geeft tien procent op uw volgende bestelling."),
    ("pl", "Między nami: kod SOSNA15 daje piętnaście procent na następne zakupy."),
    ("sv", "Mellan oss: koden GRAN15 ger femton procent på nästa beställning."),
    ("tr", "Aramızda kalsın: KARAM10 kodu bir sonraki siparişinizde yüzde on kazandırır."),
]

CODE_LOOKALIKES = [
    ("en", "The error code E21 means the filter is full; the next order of filters ships Monday."),
    ("de", "Der Code auf dem Etikett (DE12) zeigt das Lager; die nächste Bestellung kommt Montag."),
    ("pl", "Kod błędu E21 oznacza pełny filtr; wymienimy go przy następnej wizycie kuriera."),
    ("sv", "Koden på etiketten är SE12 och paketet kommer på måndag."),
]


@pytest.mark.parametrize(("lang", "text"), CODES)
def test_a_discount_code_for_the_next_purchase_is_blocked(lang, text):
    assert "marketing" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), CODE_LOOKALIKES)
def test_error_and_label_codes_pass(lang, text):
    assert blocked(text, lang) == set()


# --- words of one language that are a violation word in another: Swedish "står" (stands)
# folds to "star", the Turkish name "Tolga" is the Italian "tolga" (remove) -----------------

NAMESAKES = [
    ("sv", "I avsnitt 3 står hur du monterar foten, och i kapitel 5 står resten."),
    ("sv", "Som det står på kartongen tål den 40 grader."),
    (
        "tr",
        "Sayın Tolga Yılmaz, iki yıldızlık yorumunuzdan bahsetmişsiniz; yedek parça yarın kargoda.",
    ),
    ("en", "Hi Tolga, you mentioned you'd leave a 2-star review; the replacement ships tomorrow."),
]

NAMESAKE_ASKS = [
    ("sv", "Lämna gärna 5 står på Amazon."),
    ("it", "Tolga la recensione negativa e le rimborsiamo il 20%."),
    ("it", "Se lei tolga la recensione negativa, le rimborsiamo il 20%."),
]


@pytest.mark.parametrize(("lang", "text"), NAMESAKES)
def test_a_word_or_name_of_another_language_passes(lang, text):
    assert blocked(text, lang) == set()


@pytest.mark.parametrize(("lang", "text"), NAMESAKE_ASKS)
def test_the_same_words_used_as_the_ask_are_blocked(lang, text):
    assert "review-request" in blocked(text, lang)


# --- steering off Amazon without naming a channel: "contact us first before writing on
# Amazon", "order straight from our workshop", "当店の公式ネットショップから直接" ----------------

NO_CHANNEL = [
    ("en", "If anything is wrong, contact us first before writing on Amazon."),
    ("en", "Next time just order straight from our workshop."),
    ("de", "Bitte melden Sie sich zuerst bei uns, bevor Sie etwas auf Amazon schreiben."),
    ("fr", "Contactez-nous d'abord avant d'écrire quoi que ce soit sur Amazon."),
    ("es", "Escríbanos primero antes de escribir nada en Amazon."),
    ("it", "Ci contatti prima di scrivere qualcosa su Amazon."),
    ("ja", "Amazonに書き込む前に、まず当店にご連絡ください。"),
    ("ja", "次回は当店の公式ネットショップから直接ご購入ください。"),
    ("nl", "Neem eerst contact met ons op voordat u iets op Amazon schrijft."),
    ("sv", "Kontakta oss först innan du skriver något på Amazon."),
    ("tr", "Amazon'a yazmadan önce lütfen önce bize ulaşın."),
    ("tr", "Bir dahaki sefere direkt kendi web mağazamızdan sipariş verin."),
]

NO_CHANNEL_LOOKALIKES = [
    ("en", "Contact us here first if the parcel has not arrived by Friday."),
    ("en", "We answered on Amazon before writing to the carrier."),
    ("de", "Bevor Sie die Rücksendung starten, schreiben Sie uns gern hier über Amazon."),
    ("ja", "当店から発送した商品は明日届く予定です。"),
    ("tr", "Amazon mağazamızdan sipariş verdiğiniz ürün yarın kargoda."),
]


@pytest.mark.parametrize(("lang", "text"), NO_CHANNEL)
def test_steering_off_amazon_without_a_channel_is_blocked(lang, text):
    assert blocked(text, lang) & {"off-amazon", "review-request"}


@pytest.mark.parametrize(("lang", "text"), NO_CHANNEL_LOOKALIKES)
def test_contact_here_and_amazons_own_store_page_pass(lang, text):
    assert blocked(text, lang) == set()


# --- chat apps and networks named with a case ending ("na Discordzie", "na WhatsAppie") or
# with an ID in brackets ("LINE（ID: ...）") ------------------------------------------------

INFLECTED_CHANNELS = [
    ("pl", "Z aktualizacją pomożemy szybciej na naszym Discordzie."),
    ("pl", "Zdjęcia najlepiej wysłać na WhatsAppie, numer jest na fakturze."),
    ("pl", "Znajdzie nas Pan na Facebooku i Instagramie."),
    ("pl", "Proszę napisać na Messengerze, odpowiemy od razu."),
    ("ja", "色の確認はLINE（ID: shop_kaze）でお願いします。"),
    ("en", "Design questions go faster on LINE (ID: shop_kaze)."),
]

CHANNEL_LOOKALIKES = [
    ("en", "We ship via FBA, so Amazon handles the return label."),
    ("en", "The discordant noise you hear is the fan; a new one ships today."),
    ("ja", "お届け予定日はAmazonの注文履歴（ID: 123-4567890-1234567）でご確認いただけます。"),
]


@pytest.mark.parametrize(("lang", "text"), INFLECTED_CHANNELS)
def test_a_channel_with_a_case_ending_or_an_id_is_blocked(lang, text):
    assert blocked(text, lang) & {"off-amazon", "personal-data"}


@pytest.mark.parametrize(("lang", "text"), CHANNEL_LOOKALIKES)
def test_fba_discordant_and_amazon_order_ids_pass(lang, text):
    assert blocked(text, lang) == set()


# --- round 6's own words must end where the word ends: "via WA" is no "via warehouse" ------

WORD_END_LOOKALIKES = [
    ("en", "It was shipped via warehouse Leipzig and arrives Monday."),
    ("en", "The cover came over linen cloth, as in the photos."),
    (
        "en",
        "Please add our shop accounting team in copy of the Amazon message? No, just reply here.",
    ),
    ("en", "Personally, I checked the parcel before it left."),
    ("de", "Wir senden es per Warensendung, Ankunft Montag."),
    ("de", "Zeigen Sie es Ihrem Zusteller, er nimmt das Paket mit."),
    ("es", "Lo enviamos por Wallace Logistics, llega el lunes."),
    ("it", "Lo spediamo su Walter Trasporti, arriva lunedì."),
    ("pl", "Kod pocztowy 00-950 i kod ABC12345 z etykiety zgadzają się z następnym zamówieniem."),
    ("sv", "Visa det meddelandet för budet, så lämnar han paketet."),
]


@pytest.mark.parametrize(("lang", "text"), WORD_END_LOOKALIKES)
def test_round_six_words_match_whole_words_only(lang, text):
    assert blocked(text, lang) == set()


# --- e-mail addresses with a local part in another script ----------------------------------

OTHER_SCRIPT_ADDRESSES = [
    ("ja", "メールは山田@gmail.comまでお願いします。"),
    ("en", "Warranty mail: 王明@outlook.com"),
    ("de", "Schreiben Sie an jürgen.müller@gmx.de."),
    ("pl", "Proszę pisać na łukasz.żak@wp.pl."),
    ("tr", "E-posta: şükrü.çelik@hotmail.com"),
]

OTHER_SCRIPT_LOOKALIKES = [
    ("ja", "山田様、ご注文の商品は@マークの付いた伝票番号で追跡できます。"),
    ("en", "The label reads 王明 @ depot 4, that is the carrier's depot."),
]


@pytest.mark.parametrize(("lang", "text"), OTHER_SCRIPT_ADDRESSES)
def test_an_address_with_a_local_part_in_another_script_is_blocked(lang, text):
    assert "email-address" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), OTHER_SCRIPT_LOOKALIKES)
def test_an_at_sign_beside_other_scripts_passes(lang, text):
    assert "email-address" not in blocked(text, lang)


# --- a link with a blank for its dot, known by the path after it: "shopname com/sale" ------

DOTLESS_LINKS = [
    ("en", "Check shopname com/sale for the new colours."),
    ("en", "Visit sunnyhome com slash deals."),
    ("de", "Schauen Sie auf meinshop de/angebote vorbei."),
    ("fr", "Allez sur maboutique fr/soldes pour la suite."),
    ("nl", "Kijk op onzewinkel nl/aanbiedingen voor meer."),
    ("pl", "Zapraszamy na naszsklep pl/promocje."),
]

DOTLESS_LOOKALIKES = [
    ("en", "Send it to/from the depot as you prefer."),
    ("en", "Returns and/or refunds go through Amazon."),
    ("es", "Precio de/por unidad según la factura."),
    ("de", "Die Anleitung DE/EN/FR liegt dem Paket bei."),
    ("fr", "Notice FR/NL incluse dans le colis."),
]


@pytest.mark.parametrize(("lang", "text"), DOTLESS_LINKS)
def test_a_link_with_a_blank_for_its_dot_is_blocked(lang, text):
    assert "link" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), DOTLESS_LOOKALIKES)
def test_slashes_between_words_and_language_codes_pass(lang, text):
    assert blocked(text, lang) == set()


# --- a phone number read out in katakana ("ゼロキューゼロ、イチニーサンヨン...") --------------

KATAKANA_NUMBERS = [
    ("ja", "お電話はゼロキューゼロ、イチニーサンヨン、ゴーロクナナハチまで。"),
    ("ja", "工房の番号：ゼロサン・ロクロクナナナナ・ハチキューイチニー"),
    ("ja", "ぜろはちぜろ、よんよんさんさん、にーにーいちいち にお電話ください。"),
]

KATAKANA_LOOKALIKES = [
    ("ja", "イチゴのジャムとサンドイッチを同梱しました。"),
    ("ja", "ロクサン様、ニコニコ笑顔でお届けします。"),
]


@pytest.mark.parametrize(("lang", "text"), KATAKANA_NUMBERS)
def test_a_phone_number_read_out_in_katakana_is_blocked(lang, text):
    assert "phone-number" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), KATAKANA_LOOKALIKES)
def test_katakana_words_with_number_syllables_pass(lang, text):
    assert blocked(text, lang) == set()


# --- a new product plugged with no offer word: "our new XL model is now available" ---------

NEW_PRODUCT_PLUGS = [
    ("en", "Our new XL model is now available."),
    ("en", "By the way, our new 2-litre version is out now."),
    ("de", "Übrigens: Unser neues XL-Modell ist jetzt erhältlich."),
    ("fr", "Notre nouveau modèle XL est maintenant disponible."),
    ("es", "Nuestro nuevo modelo XL ya está disponible."),
    ("sv", "Vår nya XL-modell finns nu att köpa."),
    ("tr", "Yeni XL modelimiz artık satışta."),
]

NEW_PRODUCT_LOOKALIKES = [
    ("en", "The replacement part is available now and ships today."),
    ("en", "Your new kettle is out for delivery now."),
    ("de", "Das Ersatzteil ist jetzt verfügbar und geht heute raus."),
    ("fr", "Votre nouveau colis est maintenant disponible au point relais."),
    ("es", "Su nuevo paquete ya está disponible en el punto de recogida."),
    ("sv", "Ditt nya paket finns nu att hämta hos ombudet."),
]


@pytest.mark.parametrize(("lang", "text"), NEW_PRODUCT_PLUGS)
def test_a_new_product_plugged_without_an_offer_word_is_blocked(lang, text):
    assert "marketing" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), NEW_PRODUCT_LOOKALIKES)
def test_the_buyers_new_parcel_or_part_available_passes(lang, text):
    assert blocked(text, lang) == set()


# --- "back in stock" answering the buyer's own question -----------------------------------

RESTOCK_ANSWERS = [
    ("en", "You asked about the blue one: it is back in stock, so your replacement ships today."),
    (
        "de",
        "Sie hatten nach der blauen Variante gefragt: sie ist wieder auf Lager, der Ersatz geht heute raus.",
    ),
    (
        "fr",
        "Vous aviez demandé le modèle bleu : il est de nouveau en stock, l'échange part aujourd'hui.",
    ),
    ("es", "Me preguntó por el azul: vuelve a estar disponible, el cambio sale hoy."),
    ("it", "Mi ha chiesto del blu: è di nuovo disponibile, il cambio parte oggi."),
    ("nl", "U vroeg naar de blauwe: die is weer op voorraad, de vervanging gaat vandaag weg."),
    ("sv", "Du frågade om den blå: den finns i lager igen, ersättningen skickas i dag."),
    ("ja", "お問い合わせの青色は再入荷しましたので、交換品を本日発送いたします。"),
]

RESTOCK_PUSHES = [
    ("en", "Good news: it's back in stock! Grab yours before it's gone."),
    ("en", "You asked about the blue one: it's back in stock, so order again now."),
    ("de", "Gute Nachricht: wieder auf Lager, jetzt zugreifen!"),
]


@pytest.mark.parametrize(("lang", "text"), RESTOCK_ANSWERS)
def test_back_in_stock_answering_the_buyer_passes(lang, text):
    assert blocked(text, lang) == set()


@pytest.mark.parametrize(("lang", "text"), RESTOCK_PUSHES)
def test_back_in_stock_as_a_push_is_blocked(lang, text):
    assert "marketing" in blocked(text, lang)
