"""Set 5's error classes (tests/compliance/heldout/set5, development data since it was
measured once), each fixed as a class in all ten languages: sentences of our own in every
language that do not reuse set 5's texts, and compliant look-alikes that must pass."""

from __future__ import annotations

import pytest

from tests.compliance.gate import blocked

# --- a carrier's own tracking site on its group domain ------------------------------------
# PostNord tracks every Nordic parcel on tracking.postnord.com; its country domains were
# allowed, the group's was not, so an ordinary tracking update was blocked.

OK_CARRIER_SITE = [
    ("sv", "Paketet är på väg: https://tracking.postnord.com/se/?id=00370799988877766655"),
    ("en", "Tracking: https://tracking.postnord.com/dk/?id=00370711122233344455"),
    ("de", "Sendungsverfolgung bei PostNord: https://tracking.postnord.com/se/?id=0037070000"),
]


@pytest.mark.parametrize(("lang", "text"), OK_CARRIER_SITE)
def test_a_carriers_own_tracking_site_passes(lang, text):
    assert blocked(text, lang) == set(), text


def test_a_look_alike_of_the_carriers_domain_is_still_a_link():
    assert "link" in blocked("https://tracking.postnord-deals.com/se/?id=1", "sv")


# --- a new or seasonal collection, range or line announced ---------------------------------
# A launch of the seller's new collection is a plug even without "now available" or a
# discount: "our winter range lands next month", compounds like "Sommerkollektion",
# "zomercollectie", "höstkollektion".

NEW_RANGE = [
    ("en", "By the way, our summer collection lands next month - plenty of fresh prints!"),
    ("en", "Next week we release a new line of linen tablecloths."),
    ("de", "Nächsten Monat erscheint unsere Sommerkollektion mit neuen Mustern."),
    ("de", "Übrigens: ab Montag gibt es unsere neue Winterkollektion."),
    ("fr", "Au fait, nous lançons une nouvelle collection de vaisselle en mai."),
    ("fr", "Notre collection d'hiver sort dans quinze jours."),
    ("es", "Por cierto, en marzo lanzamos una nueva gama de toallas."),
    ("es", "La colección de verano sale el mes que viene."),
    ("it", "A proposito, a marzo lanciamo una nuova collezione di cuscini."),
    ("it", "La collezione inverno esce tra due settimane."),
    ("ja", "来月、新作コレクションを発売いたします。"),
    ("nl", "Trouwens, volgende maand lanceren we onze zomercollectie."),
    ("nl", "Binnenkort komt er een nieuwe lijn handdoeken uit."),
    ("pl", "Przy okazji: w przyszłym miesiącu wchodzi nasza kolekcja letnia."),
    ("pl", "Wkrótce pojawi się nowa seria ręczników."),
    ("sv", "Förresten, nästa månad lanserar vi vår sommarkollektion."),
    ("sv", "Snart släpper vi en ny serie handdukar."),
    ("tr", "Bu arada, gelecek ay yaz koleksiyonumuz çıkıyor."),
    ("tr", "Yakında yeni havlu serimiz satışa çıkacak."),
]

OK_RANGE = [
    ("en", "DHL will collect the parcel next week from your door."),
    ("en", "Please write the order number on a new line of the return label."),
    ("en", "The winter weather slowed the carrier down; it arrives next Tuesday."),
    ("de", "Die Abholung durch DHL erfolgt nächste Woche."),
    ("fr", "Le transporteur passera la semaine prochaine pour la collecte du colis."),
    ("es", "La recogida del paquete está prevista para la semana que viene."),
    ("it", "Il ritiro del pacco è previsto la settimana prossima."),
    ("nl", "De nieuwe zending komt volgende week aan."),
    ("pl", "Nowa przesyłka dotrze w przyszłym tygodniu."),
    ("sv", "Det nya paketet kommer nästa vecka."),
    ("tr", "Yeni kargonuz gelecek hafta elinizde olacak."),
    ("ja", "新しい商品は来週お届けします。"),
]


@pytest.mark.parametrize(("lang", "text"), NEW_RANGE)
def test_a_new_or_seasonal_collection_announced_is_marketing(lang, text):
    assert "marketing" in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), OK_RANGE)
def test_a_collection_pickup_or_new_shipment_passes(lang, text):
    assert blocked(text, lang) == set(), text


# --- the buyer asked to withdraw the order from their side ----------------------------------
# "Withdraw / retract / take back the order" is a cancellation when the buyer is to do it,
# softly asked ("would you mind", "ti andrebbe", "skulle du kunna") or placed on their side.
# "retirer / retirar / ritirare" also means collecting a parcel, so those count only with
# the buyer's side or account named.  The seller offering to cancel it themselves ("I can
# cancel it here and you reorder") is not an ask.

WITHDRAW = [
    ("en", "Would you be okay withdrawing your order yourself?"),
    ("en", "Could you retract the purchase on your end? It would spare our cancellation rate."),
    ("de", "Könnten Sie die Bestellung von Ihrer Seite aus zurückziehen?"),
    ("fr", "Pourriez-vous retirer votre commande depuis votre compte ?"),
    ("es", "¿Podrías retirar el pedido desde tu cuenta?"),
    ("it", "Ti andrebbe di ritirare l'ordine dal tuo account?"),
    ("it", "Le andrebbe di annullare l'acquisto da parte sua?"),
    ("ja", "お客様側でご注文を取り下げていただけますか。"),
    ("nl", "Wil je de bestelling vanaf jouw kant annuleren?"),
    ("nl", "Zou u de bestelling vanuit uw account willen intrekken?"),
    ("pl", "Czy mogłaby Pani anulować zamówienie ze swojego konta?"),
    ("sv", "Kan du dra tillbaka ordern själv?"),
    ("sv", "Skulle ni kunna återkalla beställningen från ert håll?"),
    ("tr", "Siparişi kendi tarafınızdan geri çekebilir misiniz?"),
    ("tr", "Siparişi iptal edebilir misiniz? Biz iptal edersek puanımız düşüyor."),
]

OK_WITHDRAW = [
    ("en", "It hasn't shipped yet, so I can cancel it here and you just place a new order."),
    ("de", "Ich kann sie hier stornieren und Sie bestellen bitte einfach neu."),
    ("fr", "Vous pouvez retirer la commande au point relais dès demain."),
    ("fr", "Je peux l'annuler de mon côté, puis vous pouvez repasser commande."),
    ("es", "Puede retirar el pedido en la oficina de correos a partir de mañana."),
    ("es", "Puedo cancelarlo desde aquí y usted puede volver a pedirlo."),
    ("it", "Può ritirare l'ordine al punto di ritiro da domani."),
    ("it", "Possiamo annullarlo noi e poi lei lo riordina con l'indirizzo giusto."),
    ("ja", "こちらでキャンセルできますので、再度ご注文ください。"),
    ("nl", "Ik kan hem hier annuleren en dan kun je opnieuw bestellen."),
    ("pl", "Mogę anulować je po naszej stronie, a potem proszę złożyć nowe zamówienie."),
    ("sv", "Jag kan avbryta den här och så kan du beställa igen."),
    ("tr", "Siparişi iptal edebilirim, lütfen sonra yeniden sipariş verin."),
]


@pytest.mark.parametrize(("lang", "text"), WITHDRAW)
def test_withdrawing_the_order_from_the_buyers_side_is_a_cancellation_request(lang, text):
    assert "cancellation-request" in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), OK_WITHDRAW)
def test_the_seller_offering_to_cancel_or_a_parcel_collected_passes(lang, text):
    assert blocked(text, lang) == set(), text


# --- the buyer's data said to be needed --------------------------------------------------
# "We would need your mobile number", "il nous faudrait", "bräuchten wir", "behövs",
# "gerekli", "prosimy o adres e-mail": needing the data, in the conditional or impersonally,
# asks for it as much as "send us".  Saying it is not needed, or needing the order or
# tracking number, passes.

NEEDED = [
    ("en", "To book the delivery slot the courier would need your mobile number."),
    ("en", "We'd need your date of birth for the warranty card."),
    ("de", "Für die Terminabsprache bräuchten wir Ihre Telefonnummer."),
    ("de", "Für die Garantie wird Ihr Geburtsdatum benötigt."),
    ("fr", "Il nous faudrait votre numéro de portable pour le livreur."),
    ("fr", "Pour la garantie, votre date de naissance est nécessaire."),
    ("es", "Necesitaríamos su número de móvil para que el transportista le llame."),
    ("es", "Para la garantía nos hace falta su fecha de nacimiento."),
    ("it", "Ci servirebbe il suo numero di cellulare per il corriere."),
    ("it", "Per la garanzia avremmo bisogno della sua data di nascita."),
    ("ja", "配送のため、お客様の携帯電話番号が必要です。"),
    ("nl", "Voor de bezorging zouden we uw mobiele nummer nodig hebben."),
    ("nl", "Voor de garantie is uw geboortedatum nodig."),
    ("pl", "Prosimy o adres e-mail, aby kurier mógł się skontaktować."),
    ("pl", "Do gwarancji potrzebna jest Pana data urodzenia."),
    ("sv", "Vi skulle behöva ditt mobilnummer till budet."),
    ("sv", "För garantin behövs ditt personnummer."),
    ("tr", "Kurye için cep telefonu numaranız gerekli."),
    ("tr", "Garanti için doğum tarihiniz lazım."),
]

OK_NEEDED = [
    ("en", "No phone number is needed; the carrier uses the one in your Amazon account."),
    ("en", "You would need your order number for the return; it is in Your Orders."),
    ("en", "The tracking number is needed to open a claim with the carrier; it is on the receipt."),
    ("en", "Your signature is needed at the door."),
    ("de", "Ihre Telefonnummer wird nicht benötigt, der Bote nutzt die Angaben bei Amazon."),
    ("de", "Bei der Zustellung wird eine Unterschrift benötigt."),
    ("fr", "Votre numéro n'est pas nécessaire : le livreur utilise celui de votre compte Amazon."),
    ("fr", "Le numéro de suivi est nécessaire pour la réclamation, nous l'avons déjà."),
    ("es", "No necesitamos su teléfono; el transportista usa el de su cuenta de Amazon."),
    ("es", "Es necesario el número de pedido para la devolución; lo verá en sus pedidos."),
    ("it", "Non ci serve il suo numero: il corriere usa quello del suo account Amazon."),
    ("ja", "お電話番号は不要です。配送業者はAmazonアカウントの情報を使用します。"),
    ("nl", "Uw telefoonnummer is niet nodig; de bezorger gebruikt dat uit uw Amazon-account."),
    ("pl", "Nie potrzebujemy Pana numeru telefonu; kurier korzysta z danych z konta Amazon."),
    ("sv", "Ditt nummer behövs inte; budet använder uppgifterna i ditt Amazon-konto."),
    ("tr", "Telefon numaranız gerekli değil; kurye Amazon hesabınızdaki bilgileri kullanır."),
]


@pytest.mark.parametrize(("lang", "text"), NEEDED)
def test_the_buyers_data_said_to_be_needed_is_personal_data(lang, text):
    assert "personal-data" in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), OK_NEEDED)
def test_data_not_needed_or_an_order_number_needed_passes(lang, text):
    assert blocked(text, lang) == set(), text


# --- a reward tied to the opinion going public ----------------------------------------------
# "A voucher as soon as your opinion is visible", "once it is published", "everyone who
# shares their experience on Amazon has a chance to win": an everyday word (opinion,
# experience, 使用感) is a review when it goes public, and a reward tied to it is an
# incentive.  A refund "visible in your account" is no opinion going public.

REWARD_PUBLIC = [
    ("en", "We will send you a $20 voucher as soon as your opinion is visible on the listing."),
    ("en", "Everyone whose thoughts appear on the product page this month goes into a draw."),
    ("de", "Sobald Ihre Meinung sichtbar ist, schicken wir Ihnen einen Gutschein über 15 Euro."),
    ("de", "Wer diesen Monat seine Erfahrung auf Amazon teilt, nimmt an der Verlosung teil."),
    ("fr", "Dès que votre avis sera publié, nous vous enverrons une carte cadeau de 15 €."),
    (
        "fr",
        "Chaque client qui partage son ressenti sur Amazon participe au tirage d'un grille-pain.",
    ),
    ("es", "En cuanto tu opinión esté publicada te mandamos un cheque regalo de 15 €."),
    ("es", "Quien comparta su experiencia en Amazon este mes entra en el sorteo de una tostadora."),
    ("it", "Appena la sua opinione sarà pubblicata le inviamo un buono regalo da 15 €."),
    ("it", "Chi condivide la sua esperienza su Amazon partecipa all'estrazione di un tostapane."),
    ("ja", "商品ページに使い心地を書いていただいた方に、500円分のギフト券をお送りします。"),
    ("ja", "代金の一部をご返金します。商品ページで使用感を共有していただけたらご連絡ください。"),
    ("nl", "Zodra je mening zichtbaar is, sturen we je een cadeaubon van 15 euro."),
    ("nl", "Wie deze maand zijn ervaring op Amazon deelt, maakt kans op een broodrooster."),
    ("pl", "Gdy tylko opinia będzie widoczna, wyślemy bon na 50 zł."),
    ("pl", "Każdy, kto w tym miesiącu opublikuje swoją opinię, weźmie udział w losowaniu tostera."),
    ("sv", "Så fort ditt omdöme är synligt skickar vi ett presentkort på 150 kronor."),
    (
        "sv",
        "Alla som delar sin upplevelse på Amazon i månaden är med i utlottningen av en brödrost.",
    ),
    ("tr", "Yorumunuz göründüğünde size 150 TL'lik hediye çeki göndereceğiz."),
    (
        "tr",
        "Bu ay deneyimini Amazon'da paylaşan herkes ekmek kızartma makinesi çekilişine katılır.",
    ),
]

OK_REWARD_PUBLIC = [
    ("en", "The refund will be visible in your account within five days."),
    ("de", "Die Erstattung ist in zwei Tagen in Ihrem Konto sichtbar."),
    ("fr", "Le remboursement sera visible sur votre relevé sous cinq jours."),
    ("es", "El reembolso estará visible en su cuenta en cinco días."),
    ("it", "Il rimborso sarà visibile sul suo conto entro cinque giorni."),
    ("ja", "返金は5日以内に口座に反映されます。"),
    ("nl", "De terugbetaling is binnen vijf dagen zichtbaar op je rekening."),
    ("nl", "Bij slecht weer maakt u kans op wat vertraging, maar uw pakket komt eraan."),
    ("pl", "Zwrot będzie widoczny na koncie w ciągu pięciu dni."),
    ("sv", "Återbetalningen är synlig på ditt konto inom fem dagar."),
    ("tr", "İade beş gün içinde hesabınızda görünür."),
]


@pytest.mark.parametrize(("lang", "text"), REWARD_PUBLIC)
def test_a_reward_tied_to_the_opinion_going_public_is_an_incentive(lang, text):
    assert "review-request" in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), OK_REWARD_PUBLIC)
def test_a_refund_made_visible_passes(lang, text):
    assert blocked(text, lang) == set(), text


# --- an ask cut into fragments over lines ---------------------------------------------------
# "The product page. / Your words there. / They help us.": each concept sits in a sentence
# of its own, where none meets another.  A run of three or more fragments of at most four
# words is read as one sentence; a signature or a short status block stays compliant.

FRAGMENTED = [
    (
        "en",
        "The parcel left today.\nQuick thing.\nOn the listing.\nA few lines.\nMeans a lot.",
    ),
    ("de", "Ihr Paket ist unterwegs.\nNoch etwas.\nDie Produktseite.\nIhre Meinung.\nBitte."),
    (
        "fr",
        "Votre colis est parti.\nAutre chose.\nLa fiche produit.\nVotre ressenti.\n"
        "Ça nous aiderait beaucoup.",
    ),
    (
        "es",
        "Su paquete ya salió.\nOtra cosa.\nLa página del producto.\nSu opinión allí.\n"
        "Nos ayuda mucho.",
    ),
    (
        "it",
        "Il pacco è partito.\nUn'altra cosa.\nLa pagina del prodotto.\nLa sua opinione lì.\n"
        "Ci aiuta molto.",
    ),
    ("ja", "商品は本日発送しました。\nそれと。\n商品ページに。\nご感想を。\n大変助かります。"),
    (
        "nl",
        "Je pakket is onderweg.\nNog iets.\nDe productpagina.\nJouw mening daar.\n"
        "Dat helpt ons enorm.",
    ),
    (
        "pl",
        "Paczka już jedzie.\nJeszcze jedno.\nStrona produktu.\nPana opinia tam.\n"
        "Bardzo nam pomoże.",
    ),
    (
        "sv",
        "Paketet är på väg.\nEn sak till.\nProduktsidan.\nDitt omdöme där.\n"
        "Det hjälper oss mycket.",
    ),
    (
        "tr",
        "Paketiniz yolda.\nBir şey daha.\nÜrün sayfası.\nOrada yorumunuz.\nBize çok yardımcı olur.",
    ),
]

OK_FRAGMENTED = [
    ("en", "Your parcel is on its way.\nTracking below.\nDHL.\nThanks!\nAnna"),
    ("en", "Sorry!\nRefund sent.\nThe product page.\nHas the manual.\nBest, Sam"),
    ("de", "Danke für Ihre Nachricht.\nErstattung erledigt.\nBetrag: 20 Euro.\nViele Grüße\nTom"),
    ("fr", "Merci.\nColis parti.\nSuivi : La Poste.\nBonne journée."),
    ("nl", "Bedankt!\nPakket verzonden.\nMet PostNL.\nGroet,\nEva"),
    ("ja", "ご連絡ありがとうございます。\n返金済みです。\n商品ページ。\n説明書あり。"),
]


@pytest.mark.parametrize(("lang", "text"), FRAGMENTED)
def test_a_review_ask_cut_into_fragments_is_a_review_request(lang, text):
    assert "review-request" in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), OK_FRAGMENTED)
def test_a_signature_or_a_short_status_block_passes(lang, text):
    assert blocked(text, lang) == set(), text


# --- "write to us before rating" --------------------------------------------------------------
# Steering an unhappy buyer to the seller before the rating is a selective review ask even
# without "only if satisfied".  The same verbs also judge a claim or note an address, so
# they count with the buyer as subject, with the product as object, or bare at the end.

BEFORE_RATING = [
    ("en", "If anything is off, message us before you rate the kettle."),
    ("de", "Falls etwas nicht passt, schreiben Sie uns bitte, bevor Sie den Artikel bewerten."),
    ("fr", "En cas de souci, contactez-nous avant de laisser un avis."),
    ("fr", "Un problème ? Parlez-nous-en avant d'évaluer."),
    ("es", "Si algo falla, escríbenos antes de valorar el producto."),
    ("it", "Se qualcosa non va, ci scriva prima di lasciare una recensione."),
    ("it", "Se c'è un problema, ci contatti prima di valutare."),
    ("ja", "何か問題があれば、評価する前にご連絡ください。"),
    ("nl", "Is er iets mis, laat het ons weten voordat je een beoordeling schrijft."),
    ("pl", "Jeśli coś jest nie tak, prosimy o kontakt, zanim wystawi Pan ocenę."),
    ("sv", "Om något är fel, hör av dig innan du lämnar ett omdöme."),
    ("tr", "Bir sorun varsa puan vermeden önce bize yazın."),
]

OK_BEFORE_RATING = [
    ("en", "Before reviewing your claim, DHL needs two photos of the box."),
    ("de", "Bevor DHL den Schaden bewertet, braucht es Fotos der Verpackung."),
    ("fr", "Avant de noter l'adresse, vérifiez le code postal."),
    ("fr", "Avant d'évaluer le colis, le transporteur demande des photos."),
    ("it", "Prima di valutare il reclamo, il corriere chiede delle foto."),
    ("ja", "配送業者が損傷を確認する前に写真が必要です。"),
    ("nl", "Voordat de vervoerder de claim beoordeelt, zijn foto's nodig."),
    ("pl", "Zanim kurier oceni szkodę, potrzebne są zdjęcia."),
    ("sv", "Innan transportören bedömer skadan behövs foton."),
    ("tr", "Kargo firması hasarı değerlendirmeden önce fotoğraf istiyor."),
]


@pytest.mark.parametrize(("lang", "text"), BEFORE_RATING)
def test_writing_to_us_before_rating_is_a_selective_review_ask(lang, text):
    assert "review-request" in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), OK_BEFORE_RATING)
def test_a_carrier_judging_a_claim_first_passes(lang, text):
    assert blocked(text, lang) == set(), text


# --- a phone number spoken in words, with the spoken compound forms -------------------------
# Swedish says 21, 31 ... as "tjugoen" as often as "tjugoett"; the number-word tables knew
# only one form.  Every language's spoken form of a 10-digit number is a phone number; a
# weight or a price said in words is not.  French "vingt-et-un" still splits on "et".

SPOKEN = [
    ("en", "Call me on oh seven seven, twenty-one, thirty-two, forty-three, fifty."),
    ("de", "Rufen Sie an: null eins sieben eins, einundzwanzig, zweiunddreißig, dreiundvierzig."),
    pytest.param(
        "fr",
        "Appelez le zéro six, vingt-et-un, trente-deux, quarante-trois, cinquante-quatre.",
        marks=pytest.mark.xfail(strict=True, reason="'et' of vingt-et-un ends the run"),
    ),
    ("es", "Llámenos al seis siete ocho, veintiuno, treinta y dos, cuarenta y tres."),
    ("it", "Ci chiami al tre quattro sette, ventuno, trentadue, quarantatré."),
    ("nl", "Bel ons op nul zes, eenentwintig, tweeëndertig, drieënveertig, vijftig."),
    ("pl", "Proszę dzwonić: sześćset dwa, dwadzieścia jeden, trzydzieści dwa, czterdzieści trzy."),
    ("sv", "Ring mig på noll sju tre, fem sex två, trettioen, fyrtiofem."),
    ("sv", "Du når oss på noll åtta, tjugoen, fyrtiotvå, sextioen, nittio."),
    ("tr", "Bizi arayın: sıfır beş yüz otuz iki, yirmi bir, kırk üç, elli dört."),
]

OK_SPOKEN = [
    ("sv", "Paketet väger tjugoen kilo och kostar åttioen kronor."),
    ("sv", "Vi ses kl. tjugoen."),
    ("en", "The box weighs twenty-one kilos and costs thirty-two pounds."),
]


@pytest.mark.parametrize(("lang", "text"), SPOKEN)
def test_a_phone_number_spoken_in_words_is_a_phone_number(lang, text):
    assert "phone-number" in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), OK_SPOKEN)
def test_a_weight_or_price_in_words_passes(lang, text):
    assert blocked(text, lang) == set(), text
