"""Adversary 7's classes (tests/compliance/adversaries/adversary7, a black-box probe of
`wismo check` in all ten languages), each a whole class: (a) the adversary's labelled texts
of the class, read from its committed data, (b) sentences of our own in every language that
do not reuse the adversary's, (c) compliant look-alikes that must pass.  The adversary's
texts are development data; none of these sentences is from a held-out set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from compliance import check
from tests.compliance.gate import blocked

_DATA = Path(__file__).parent / "adversaries" / "adversary7" / "all_tried.jsonl"
_ROWS = [json.loads(line) for line in _DATA.read_text(encoding="utf-8").splitlines() if line]


def adversary(expected: str, *classes: str) -> list[tuple[str, str]]:
    """The adversary's texts labelled ``expected`` in any of ``classes``: its category, or
    its class column (a finding's class for texts it got through, its own name otherwise)."""
    return [
        (row["lang"], row["text"])
        for row in _ROWS
        if row["expected"] == expected
        and any(c == row["category"] or c in row["class"] for c in classes)
    ]


# --- ID documents and national identity numbers ------------------------------------------
# An identity document (passport, ID card, driving licence) or a national number (SSN,
# codice fiscale, BSN, personnummer, PESEL, NIE/DNI, Steuer-ID, TC kimlik, マイナンバー) is
# personal data a seller never asks for.  An order, tracking or transaction ID, an ASIN and
# "the ID on the label" are not the buyer's identity.

ADV_ID = adversary("violation", "id-document", "miss: ID document")

NEW_ID = [
    ("en", "Before we can refund you, we need a copy of your passport."),
    ("en", "Could you email over your Social Security number for the warranty form?"),
    ("en", "Upload a photo of your driver's license and we will release the parcel."),
    ("de", "Für die Garantie brauchen wir eine Kopie Ihres Personalausweises."),
    ("de", "Könnten Sie uns Ihre Steueridentifikationsnummer mitteilen?"),
    ("fr", "Pour le remboursement, merci de nous transmettre une copie de votre carte d'identité."),
    ("fr", "Pourriez-vous nous donner votre numéro fiscal ?"),
    ("es", "Para el reembolso necesitamos una copia de su DNI."),
    ("es", "¿Nos podría facilitar su número de pasaporte?"),
    ("it", "Per la garanzia ci mandi una copia del suo documento d'identità."),
    ("it", "Ci comunichi il numero della sua carta d'identità, per favore."),
    ("ja", "返金手続きのため、マイナンバーカードの写しをお送りください。"),
    ("ja", "パスポート番号を教えていただけますか。"),
    ("nl", "Voor de garantie hebben we een kopie van uw identiteitskaart nodig."),
    ("nl", "Kunt u ons uw paspoortnummer doorgeven?"),
    ("pl", "Do zwrotu potrzebujemy skanu Pana dowodu osobistego."),
    ("pl", "Proszę przesłać numer PESEL do faktury."),
    ("sv", "För garantin behöver vi en kopia av ditt körkort."),
    ("sv", "Kan du ge oss ditt passnummer?"),
    ("tr", "İade için kimlik kartınızın bir kopyasını gönderir misiniz?"),
    ("tr", "Garanti için TC kimlik numaranızı paylaşır mısınız?"),
]

OK_ID = [
    *adversary("compliant", "order-number", "tracking-number", "model-number", "personal-data-ok"),
    ("en", "Your order ID is 113-4455667-8899001 and the tracking ID is on the label."),
    ("en", "The transaction ID of the refund is R-2233; Amazon shows it in Your Orders."),
    ("en", "Please check the ID on the label: it should start with 1Z."),
    ("en", "The ASIN on the box is B0C1234567, the same as on your order."),
    ("en", "The courier may ask for ID when you collect the parcel at the depot."),
    ("de", "Die Sendungs-ID steht auf dem Etikett, die Bestell-ID in Ihrer Bestellung."),
    ("fr", "L'identifiant de commande figure dans Vos commandes."),
    ("es", "El ID de seguimiento está en la etiqueta del paquete."),
    ("it", "L'ID dell'ordine è indicato nella conferma di Amazon."),
    ("ja", "追跡IDはラベルに記載されています。"),
    ("nl", "Het order-ID staat in Mijn bestellingen."),
    ("pl", "Numer przesyłki znajdzie Pan na etykiecie; nie potrzebujemy numeru PESEL."),
    ("sv", "Spårnings-ID:t står på etiketten."),
    ("tr", "Sipariş numaranız Siparişlerim sayfasında görünüyor."),
    ("de", "Bei der Abholung in der Filiale zeigen Sie bitte Ihren Ausweis vor."),
    ("en", "Please bring your passport when you collect the parcel at the post office."),
    (
        "fr",
        "Le colis vous attend au bureau de poste : présentez votre carte d'identité au guichet.",
    ),
    ("it", "Per ritirare il pacco all'ufficio postale porti un documento d'identità."),
    ("sv", "Ta med legitimation när du hämtar paketet hos ombudet."),
]


@pytest.mark.parametrize(("lang", "text"), ADV_ID + NEW_ID)
def test_an_id_document_or_national_number_asked_for_is_personal_data(lang, text):
    assert "personal-data" in blocked(text, lang), text


def test_an_id_request_says_why_and_how_to_fix_it():
    finding = next(f for f in check("Send us a copy of your passport.", lang="en").blocking)
    assert "identity document" in finding.message
    assert "through Amazon" in finding.suggestion


@pytest.mark.parametrize(("lang", "text"), OK_ID)
def test_an_order_tracking_or_label_id_passes(lang, text):
    assert blocked(text, lang) == set(), text


# --- product plugs, cross-sell, launches and sales without a promo keyword ------------------
# A new model or version meeting its release ("comes out in May", "sort le mois prochain");
# the seller's other goods meeting a second sign of a plug in the sentence: "we also have /
# carry", matching pieces, "if you're interested", the same series or our brand, "many
# customers also buy"; a sale or a percentage on everything announced.

ADV_PLUGS = adversary(
    "violation", "marketing", "cross-sell", "new-product-plug", "miss: product plug"
)

NEW_PLUGS = [
    ("en", "Good news: the second generation of this kettle arrives in stores this autumn."),
    ("en", "We stock the same mug in four other colours too, if you are interested."),
    ("en", "Lots of buyers also add our matching coasters to their basket."),
    ("en", "From Monday our whole range is 25% cheaper for a week."),
    ("de", "Die neue Version des Wasserkochers erscheint im Herbst."),
    ("de", "Wir führen übrigens auch die passenden Untersetzer, falls Sie Interesse haben."),
    ("de", "Ab Montag gibt es bei uns eine Woche lang 25 % auf alles."),
    ("fr", "La nouvelle version de la bouilloire sortira cet automne."),
    ("fr", "Nous avons aussi les sous-verres assortis dans la même collection."),
    ("es", "La nueva versión del hervidor saldrá en otoño."),
    ("es", "Tenemos también los posavasos de la misma colección, por si le interesan."),
    ("it", "La nuova versione del bollitore uscirà in autunno."),
    ("it", "Abbiamo anche i sottobicchieri della stessa linea, se le interessano."),
    ("ja", "このケトルの新型は秋に発売予定です。"),
    ("ja", "同じシリーズのマグカップもございますので、ぜひご覧ください。"),
    ("nl", "De nieuwe versie van de waterkoker verschijnt in het najaar."),
    ("nl", "We hebben ook bijpassende onderzetters uit dezelfde serie, mocht u interesse hebben."),
    ("pl", "Nowa wersja czajnika pojawi się jesienią."),
    ("pl", "Mamy również pasujące podkładki z tej samej serii, jeśli jest Pan zainteresowany."),
    ("sv", "Den nya versionen av vattenkokaren kommer ut i höst."),
    ("sv", "Vi har också matchande underlägg i samma serie om du är intresserad."),
    ("sv", "Från måndag har vi mellandagsrea med 25 % på hela sortimentet."),
    ("tr", "Su ısıtıcısının yeni versiyonu sonbaharda çıkacak."),
    ("tr", "Aynı seriden uyumlu bardak altlıklarımız da var, ilgilenirseniz."),
]

OK_PLUGS = [
    *adversary(
        "compliant",
        "price-refund",
        "discount-refund",
        "replacement-offer",
        "amazon-coupon",
        "ordinary",
    ),
    ("en", "The new version of the manual comes with the replacement, so the steps match."),
    ("en", "We also have your replacement ready; it ships today if you are interested."),
    ("en", "The kettle you asked about comes out of our warehouse on Monday."),
    ("en", "We carry out a test of every lamp before it ships."),
    ("de", "Der Ersatz ist auch schon unterwegs, falls Sie sich wundern."),
    ("fr", "Le remplacement part aussi demain, si cela vous convient."),
    ("es", "Le interesa saber que el reembolso ya salió."),
    ("it", "Il suo rimborso è partito, se le interessa saperlo."),
    ("ja", "交換品は本日発送いたしました。"),
    ("nl", "De nieuwe versie van de handleiding zit bij het vervangende product."),
    ("pl", "Wymiana wyjdzie jutro, jeśli jest Pan zainteresowany szczegółami, proszę pytać."),
    ("sv", "Ersättningen skickas i dag, den nya versionen av manualen ligger i paketet."),
    ("tr", "Yeni ürününüz bugün kargoya veriliyor."),
]


@pytest.mark.parametrize(("lang", "text"), ADV_PLUGS + NEW_PLUGS)
def test_a_plug_launch_or_sale_without_a_promo_keyword_is_marketing(lang, text):
    assert "marketing" in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), OK_PLUGS)
def test_a_replacement_refund_or_manual_that_looks_like_a_plug_passes(lang, text):
    assert blocked(text, lang) == set(), text


# --- a soft ask that the buyer cancels -------------------------------------------------------
# A wish ("it would help", "le plus simple serait", "mümkün mü") or "from your side" with the
# buyer's cancelling is the ask; the seller cancelling itself, and refusing the delivery or
# returning after shipping, stay compliant.

ADV_CANCEL = adversary("violation", "cancellation-request")

NEW_CANCEL = [
    ("en", "We are out of stock; it would be easiest for everyone if you cancelled it yourself."),
    ("en", "Would it be possible for you to cancel the purchase on your end?"),
    ("de", "Es wäre am einfachsten, wenn Sie die Bestellung von Ihrer Seite stornieren würden."),
    ("de", "Wäre es Ihnen möglich, die Bestellung selbst zu stornieren?"),
    ("fr", "Il serait plus simple que vous annuliez vous-même l'achat."),
    ("es", "Nos ayudaría mucho que usted cancelara el pedido desde su cuenta."),
    ("es", "Sería ideal que la anulación la hiciera usted."),
    ("it", "Sarebbe più semplice se annullasse lei l'ordine dal suo account."),
    ("ja", "恐れ入りますが、キャンセルはお客様側からお手続きいただけると幸いです。"),
    ("nl", "Het zou ons helpen als u de bestelling zelf annuleert."),
    ("pl", "Najprościej byłoby, gdyby Pan sam anulował zamówienie."),
    ("sv", "Det vore bäst om du avbokar beställningen själv."),
    ("tr", "Siparişi kendiniz iptal ederseniz bizim için daha iyi olur."),
]

OK_CANCEL = [
    *adversary("compliant", "cancel-info", "cancel-ok"),
    ("en", "It would help us to know if you still want it; if not, we will cancel it for you."),
    ("en", "You cancelled the order yesterday, so the refund went out this morning."),
    ("en", "It has already shipped, so if you no longer want it, please refuse the delivery."),
    ("de", "Es wäre am einfachsten, wenn wir die Bestellung für Sie stornieren; sollen wir?"),
    ("fr", "Le plus simple serait que nous annulions la commande pour vous."),
    ("es", "Sería mejor que nosotros cancelemos el pedido; no tiene que hacer nada."),
    ("it", "Abbiamo annullato noi l'ordine, non deve fare nulla."),
    ("ja", "ご注文は当店でキャンセルいたしましたので、お手続きは不要です。"),
    ("nl", "Wij hebben de bestelling voor u geannuleerd."),
    ("pl", "Zamówienie anulowaliśmy po naszej stronie, nic nie trzeba robić."),
    ("sv", "Vi har avbokat beställningen åt dig."),
    ("tr", "Siparişinizi biz iptal ettik, sizin bir şey yapmanıza gerek yok."),
]


@pytest.mark.parametrize(("lang", "text"), ADV_CANCEL + NEW_CANCEL)
def test_a_soft_ask_that_the_buyer_cancels_is_a_cancellation_request(lang, text):
    assert "cancellation-request" in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), OK_CANCEL)
def test_the_seller_cancelling_or_a_refused_delivery_passes(lang, text):
    assert blocked(text, lang) == set(), text


# --- payment and shops off Amazon, and a channel named only to deny or refuse it ------------
# A payment app (Lydia, Wero, Twint, Vipps), a transfer to the seller's own account, or
# "google us and order there" move the sale off Amazon.  A marketplace named to say the
# listing there is not ours, a messenger the seller declines, the buyer's own photo on a
# social network, and "order directly here" keep it on Amazon.

ADV_OFF_AMAZON = adversary("violation", "off-amazon")

NEW_OFF_AMAZON = [
    ("en", "For the engraving, just send the 5 euros with Wero."),
    ("en", "Please transfer the difference to our account and we will ship."),
    ("en", "Google our brand name next time and buy from our site, it is cheaper."),
    ("de", "Den Aufpreis schicken Sie uns am einfachsten per Wero."),
    ("de", "Überweisen Sie den Rest bitte auf unser Konto."),
    ("de", "Suchen Sie uns einfach bei Google und bestellen Sie beim nächsten Mal dort."),
    ("fr", "Pour la différence, un virement sur notre compte suffit."),
    ("fr", "Cherchez notre nom sur Google et commandez chez nous la prochaine fois."),
    ("fr", "Vous pouvez régler la gravure par Lydia."),
    ("es", "Transfiera el resto a nuestra cuenta, por favor."),
    ("es", "Búsquenos en Google y haga el próximo pedido allí."),
    ("it", "Ci versi la differenza sul nostro conto."),
    ("it", "Ci cerchi su Google e la prossima volta ordini lì."),
    ("ja", "差額は当店の口座にお振り込みください。"),
    ("nl", "Maak het verschil over naar onze rekening."),
    ("nl", "Zoek ons op Google en bestel de volgende keer daar."),
    ("pl", "Proszę wpłacić dopłatę na nasz rachunek."),
    ("pl", "Proszę nas wyszukać w Google i następnym razem zamówić tam."),
    ("sv", "För över mellanskillnaden till vårt konto, tack."),
    ("sv", "Betala gärna graveringen med Vipps."),
    ("tr", "Farkı hesabımıza havale edin lütfen."),
    ("tr", "Bizi Google'da aratıp bir dahaki sefere oradan sipariş verin."),
]

OK_OFF_AMAZON = [
    *adversary(
        "compliant",
        "refuse-offplatform",
        "other-marketplace-mention",
        "whatsapp-refuse",
        "shop-verb",
        "contact-amazon",
        "contact-us-here",
        "false alarm: naming",
    ),
    ("en", "The listing on AliExpress with our photos is not ours; we only sell on Amazon."),
    ("en", "We can't help you over Telegram, but you can attach the photo here."),
    ("en", "The refund was transferred to your account on Monday."),
    ("en", "The shade in your Facebook picture is the older model."),
    ("de", "Das Angebot bei Kaufland ist nicht von uns; wir verkaufen nur über Amazon."),
    ("de", "Bestellen Sie einfach direkt hier bei Amazon noch einmal, wenn Sie möchten."),
    ("fr", "L'annonce sur Leboncoin n'est pas la nôtre, nous vendons uniquement sur Amazon."),
    ("es", "El anuncio de Wallapop no es nuestro; solo vendemos en Amazon."),
    ("it", "L'annuncio su Subito non è nostro, vendiamo solo su Amazon."),
    ("ja", "ヤフオクの出品は当店のものではありません。"),
    ("nl", "De advertentie op Marktplaats is niet van ons."),
    ("pl", "Aukcja na Allegro nie jest nasza, sprzedajemy tylko na Amazonie."),
    ("sv", "Annonsen på Blocket är inte vår, vi säljer bara på Amazon."),
    ("tr", "Hepsiburada'daki ilan bize ait değil, yalnızca Amazon'da satıyoruz."),
    ("en", "Lydia from our team checked the parcel before it left."),
    ("en", "The refund goes back to the account you paid with."),
]


@pytest.mark.parametrize(("lang", "text"), ADV_OFF_AMAZON + NEW_OFF_AMAZON)
def test_payment_apps_transfers_and_google_us_are_off_amazon(lang, text):
    assert "off-amazon" in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), OK_OFF_AMAZON)
def test_a_channel_named_to_deny_or_refuse_it_passes(lang, text):
    assert "off-amazon" not in blocked(text, lang), text


# --- indirect review asks: a photo on the listing, telling other buyers under it ------------
# A photo or the buyer's impressions going to the product page or the other buyers, with a
# wish ("would make our week", "nos haría felices", "mutlu oluruz"), asks for a review; a
# reward tied to the feedback being posted is an incentive; "message us before you post
# anything public" asks for feedback only from the satisfied.

# An ask cut into one-word sentences ("The product page. Your words there. They help us.")
# is read as one sentence since set 5's round (test_set5_classes.py).
ADV_REVIEW = adversary("violation", "review-request", "incentive")

NEW_REVIEW = [
    ("en", "A picture of the mug on your desk, shared on its Amazon page, would make our day."),
    ("en", "Tell the other shoppers how the lamp works for you, right under the listing."),
    ("en", "We will send you a free bulb as soon as your feedback goes live."),
    ("en", "Please talk to us first before you write anything public about the order."),
    ("de", "Ein Foto der Lampe bei Ihnen zu Hause auf der Produktseite würde uns sehr freuen."),
    ("de", "Erzählen Sie anderen Käufern direkt unter dem Artikel, wie Ihnen die Lampe gefällt."),
    (
        "fr",
        "Une photo de la lampe chez vous, publiée sur la fiche produit, nous ferait très plaisir.",
    ),
    ("fr", "Racontez aux autres acheteurs ce que vous en pensez, directement sous l'annonce."),
    ("es", "Cuénteles a otros compradores qué le parece la lámpara, justo debajo del anuncio."),
    ("it", "Una foto della lampada a casa sua sulla pagina del prodotto ci farebbe molto piacere."),
    ("it", "Dica agli altri acquirenti cosa ne pensa, sotto l'inserzione."),
    ("ja", "商品ページでお客様の使用感を共有していただけると嬉しいです。"),
    ("nl", "Een foto van de lamp bij u thuis op de productpagina zou ons heel blij maken."),
    ("nl", "Vertel andere klanten onder de advertentie hoe de lamp bevalt."),
    ("pl", "Proszę opowiedzieć innym klientom pod aukcją, jak sprawdza się lampa."),
    ("sv", "Berätta gärna för andra köpare under annonsen vad du tycker om lampan."),
    ("sv", "En bild på lampan hos dig på produktsidan skulle göra oss glada."),
    ("tr", "Ürün sayfasında diğer müşterilere lambayı nasıl bulduğunuzu anlatır mısınız?"),
]

OK_REVIEW = [
    *adversary("compliant", "photo-ask", "review-as-check", "riscontro", "avis-technique"),
    ("en", "A photo of the damaged box would help us file the claim with the carrier."),
    ("en", "The photo on the product page shows the older model; yours is the new one."),
    ("en", "Other buyers have told us the same, so we changed the supplier."),
    ("de", "Ein Foto des Schadens würde uns helfen, den Fall bei DHL zu melden."),
    ("fr", "Une photo du colis abîmé nous aiderait pour la réclamation."),
    ("es", "Una foto del paquete dañado nos ayudaría con la reclamación."),
    ("it", "Una foto del pacco danneggiato ci aiuterebbe con il reclamo."),
    ("ja", "破損箇所の写真を送っていただけると、配送業者への申請がスムーズです。"),
    ("nl", "Een foto van de schade zou ons helpen bij de claim."),
    ("pl", "Zdjęcie uszkodzenia pomoże nam w reklamacji u kuriera."),
    ("sv", "En bild på skadan skulle hjälpa oss med reklamationen."),
    ("tr", "Hasarın bir fotoğrafı kargo firmasına başvurmamıza yardımcı olur."),
]


@pytest.mark.parametrize(("lang", "text"), ADV_REVIEW)
def test_the_adversarys_review_asks_are_blocked(lang, text):
    assert blocked(text, lang), text  # word of mouth without a condition is marketing


@pytest.mark.parametrize(("lang", "text"), NEW_REVIEW)
def test_an_indirect_review_ask_is_a_review_request(lang, text):
    assert "review-request" in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), OK_REVIEW)
def test_a_photo_for_a_claim_or_a_review_as_a_check_passes(lang, text):
    assert "review-request" not in blocked(text, lang), text


# --- "feedback like yours" meaning the complaint, and a carrier's damage assessment ---------

OK_FEEDBACK = [
    *adversary(
        "compliant",
        "feedback-as-complaint",
        "bewertung-claim",
        "evaluation-claim",
        "feedback like yours",
        "carrier damage",
    ),
    ("en", "Comments like yours helped us fix the lid, and the new batch has a tighter seal."),
    ("de", "Hinweise wie Ihrer helfen uns; wir haben die Polsterung verbessert."),
    ("de", "Die Bewertung der Transportschäden durch GLS dauert einige Tage."),
    ("fr", "Des remarques comme la vôtre nous ont fait changer d'emballage."),
    ("es", "Opiniones como la suya nos han hecho cambiar el embalaje."),
    ("it", "Segnalazioni come la sua ci hanno fatto migliorare l'imballo."),
    ("ja", "お客様のようなご指摘を受けて、梱包を改善いたしました。"),
    ("nl", "Opmerkingen zoals de uwe hebben ons de verpakking laten verbeteren."),
    ("pl", "Opinie jak Pani pomogły nam zmienić opakowanie."),
    ("sv", "Synpunkter som dina har fått oss att förbättra förpackningen."),
    ("tr", "Sizinki gibi geri bildirimler sayesinde ambalajı değiştirdik."),
]


@pytest.mark.parametrize(("lang", "text"), OK_FEEDBACK)
def test_feedback_like_yours_and_a_damage_assessment_pass(lang, text):
    assert "review-request" not in blocked(text, lang), text


def test_changing_your_feedback_is_still_asked_for():
    assert "review-request" in blocked(
        "Feedback like yours hurts us; could you change it to five stars?", "en"
    )


# --- a carrier's or manufacturer's service line ----------------------------------------------
# A carrier named beside its helpline ("Poczta Polska ma infolinię ..."), a manufacturer's UK
# 03 line, InPost's listed line; the seller's own mobile under a carrier label still blocks.

OK_SERVICE_LINES = [
    *adversary("compliant", "carrier-phone", "manufacturer-hotline", "service number"),
    ("pl", "Poczta Polska ma infolinię 43 842 06 00, czynną w dni robocze."),
    ("pl", "Kurier InPost: infolinia 722 444 000."),
    ("en", "The maker, Philips, runs a support line on 0345 602 3030 for the shaver."),
]

OWN_LINES = [
    ("pl", "InPost: 722 123 456, to mój prywatny numer, proszę dzwonić."),
    ("fr", "Appelez ma ligne au 06 12 34 56 78."),
    ("en", "Our warranty line is 0344 892 3011."),
]


@pytest.mark.parametrize(("lang", "text"), OK_SERVICE_LINES)
def test_a_carrier_or_manufacturer_service_line_passes(lang, text):
    assert "phone-number" not in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), OWN_LINES + adversary("violation", "phone"))
def test_the_sellers_own_number_is_still_blocked(lang, text):
    assert "phone-number" in blocked(text, lang), text


# --- an address named by its handle and its provider only ------------------------------------

ADV_EMAIL = adversary("violation", "email")

PROVIDER_ONLY = [
    ("en", "Mail lamp_help instead, that one is on Outlook."),
    ("de", "Schreiben Sie an lampen_service, das ist ein GMX-Konto."),
    ("fr", "Écrivez à boutique_lampes, c'est une adresse gmail."),
    ("es", "Escriba a tienda_lamparas, es una cuenta de hotmail."),
    ("it", "Scriva a negozio_lampade, è un indirizzo libero."),
    ("nl", "Mail naar lampen_winkel, dat is een gmail-account."),
    ("pl", "Proszę pisać na sklep_lampy, to konto na wp."),
    ("sv", "Skriv till lamp_butik, det är ett gmail-konto."),
    ("tr", "lamba_destek adresine yazın, gmail hesabı."),
]

OK_PROVIDER = [
    ("en", "The invoice_2024.pdf came back from Gmail as undeliverable, so we resent it here."),
    ("en", "Your order_note says to leave it with the neighbour."),
]


@pytest.mark.parametrize(("lang", "text"), ADV_EMAIL)
def test_the_adversarys_disguised_addresses_are_blocked(lang, text):
    assert blocked(text, lang), text  # a spelled-out domain is a link as well


@pytest.mark.parametrize(("lang", "text"), PROVIDER_ONLY)
def test_an_address_given_as_handle_and_provider_is_an_email_address(lang, text):
    assert "email-address" in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), OK_PROVIDER)
def test_a_file_or_field_name_beside_a_provider_passes(lang, text):
    assert "email-address" not in blocked(text, lang), text
