"""Set 6's error classes (tests/compliance/heldout/set6, development data since it was measured
once), each fixed as a class in all ten languages: sentences of our own in every language that
do not reuse set 6's texts, and compliant look-alikes that must pass."""

from __future__ import annotations

import pytest

from tests.compliance.gate import blocked

# --- a new product just arrived that goes with what the buyer bought ----------------------
# Set 6's ruling 6: recommending another product of the seller, with no sale word, is
# marketing.  The plug is an arrival ("just came in", "acaba de llegar", "raflarımıza girdi")
# meeting a match with the buyer's purchase ("would go great with your ...") or a guess that
# the buyer will like it.  The buyer's own replacement arriving, or a part that fits the
# buyer's item, is news about the order.

ARRIVAL_PLUG = [
    ("en", "Our new leather strap just came in and would look great with your watch."),
    ("en", "The author's next thriller has just arrived; I think you'll love it."),
    ("de", "Unsere neue Lenkertasche ist gerade eingetroffen und passt perfekt zu Ihrem Rad."),
    ("fr", "Notre nouveau tapis vient d'arriver, il irait très bien avec votre fauteuil."),
    ("es", "Nos acaba de llegar la nueva alfombrilla y combina genial con tu teclado."),
    ("it", "È appena arrivata la nuova borsa termica, starebbe benissimo con il suo zaino."),
    ("ja", "新しいレザーケースが入荷しました。お使いの手帳とよく合います。"),
    ("nl", "Onze nieuwe fietstas is net binnen en past perfect bij uw fiets."),
    ("nl", "De nieuwe bagagedrager is net binnen, hij past precies op de fiets die u kocht."),
    ("pl", "Właśnie przyszły do nas nowe etui, świetnie pasują do Pana czytnika."),
    ("sv", "Vår nya termos har precis kommit in och passar perfekt med ryggsäcken du köpte."),
    ("tr", "Yeni termoslarımız dün geldi, aldığınız çantaya çok yakışır."),
    ("tr", "Yazarın yeni kitabı da raflarımıza girdi, seveceğinizi düşünüyorum."),
]

OK_ARRIVAL = [
    ("en", "Your replacement strap has just arrived at our warehouse and ships today."),
    ("en", "The new tracking update just came in: the parcel is at the depot."),
    ("de", "Das Ersatzteil ist gerade eingetroffen und passt zu Ihrem Modell, Versand heute."),
    ("fr", "Votre colis de remplacement vient d'arriver chez nous, il part ce soir."),
    ("es", "Nos acaba de llegar su devolución; le reembolsamos hoy mismo."),
    ("it", "È appena arrivato il suo reso, le rimborsiamo oggi."),
    ("ja", "交換品が入荷しましたので、本日発送いたします。"),
    ("nl", "Uw retour is net binnen, we betalen vandaag terug."),
    ("pl", "Właśnie dotarł do nas Pana zwrot, zwrócimy pieniądze dziś."),
    ("sv", "Din retur har precis kommit in, vi återbetalar i dag."),
    ("tr", "İadeniz dün geldi, ücret iadesini bugün yapıyoruz."),
]


@pytest.mark.parametrize(("lang", "text"), ARRIVAL_PLUG)
def test_a_new_arrival_matched_to_the_buyers_purchase_is_marketing(lang, text):
    assert "marketing" in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), OK_ARRIVAL)
def test_the_buyers_replacement_or_return_arriving_passes(lang, text):
    assert blocked(text, lang) == set(), text


# --- a coupon that Amazon applies itself, said with the verb first ------------------------
# Conventions: Amazon coupons applied by Amazon are compliant.  Romance and Germanic word
# order puts the verb before Amazon ("lo descuenta Amazon", "lo applica Amazon", "zieht Amazon
# ab"); the seller's own code stays marketing.

OK_AMAZON_COUPON = [
    ("en", "The coupon on the page is one Amazon applies at checkout by itself."),
    ("de", "Den Coupon auf der Seite zieht Amazon an der Kasse automatisch ab."),
    ("fr", "Le coupon de la page est déduit automatiquement par Amazon au paiement."),
    ("es", "Ese cupón lo aplica Amazon solo al pagar, no tiene que hacer nada."),
    ("it", "Lo sconto del coupon lo applica Amazon da sé al momento del pagamento."),
    ("nl", "De coupon op de pagina verrekent Amazon zelf bij het afrekenen."),
    ("pl", "Kupon ze strony Amazon odlicza sam przy płatności."),
    ("sv", "Kupongen på sidan drar Amazon av automatiskt i kassan."),
    ("tr", "Sayfadaki kuponu Amazon ödeme sırasında otomatik uygular."),
]

STILL_OWN_CODE = [
    ("es", "Use nuestro cupón VERANO10 en su próximo pedido; lo aplica Amazon al pagar."),
    ("it", "Con il nostro codice SCONTO10 il prossimo ordine costa meno."),
]


@pytest.mark.parametrize(("lang", "text"), OK_AMAZON_COUPON)
def test_a_coupon_amazon_applies_itself_passes(lang, text):
    assert blocked(text, lang) == set(), text


@pytest.mark.parametrize(("lang", "text"), STILL_OWN_CODE)
def test_the_sellers_own_code_is_still_marketing(lang, text):
    assert "marketing" in blocked(text, lang), text


# --- telling other buyers how it went --------------------------------------------------------
# Set 5's ruling 4: "tell other buyers", "let everyone know how we did", "a few words under the
# product" are review requests.  Found as a telling verb aimed at others ("let ... know",
# "far sapere", "anlatırsanız", "help them choose") meeting an audience of buyers or a public
# place; "let us know" is the buyer writing to the seller and stays compliant.

TELL_BUYERS = [
    ("en", "Letting other shoppers know how the repair went would help them a lot."),
    ("en", "Future buyers read what people like you say; a line from you could help them choose."),
    ("de", "Lassen Sie andere Käufer gern wissen, wie wir den Umtausch gelöst haben."),
    ("fr", "Si ça vous dit, faites-le savoir aux autres acheteurs sur la page du produit."),
    ("es", "Cuénteselo a otros compradores en la página del producto, les ayudará a decidir."),
    ("it", "Far sapere a tutti come abbiamo gestito il cambio ci farebbe molto piacere."),
    ("nl", "Laat andere klanten gerust weten hoe de ruil is verlopen."),
    ("pl", "Proszę opowiedzieć innym kupującym na stronie produktu, jak poszła wymiana."),
    ("sv", "Låt gärna andra köpare veta hur bytet gick till."),
    ("tr", "Ürün sayfasında iki cümleyle anlatırsanız diğer alıcılara çok yardımcı olur."),
    ("ja", "商品ページで他のお客様にも使い心地をお伝えいただけると助かります。"),
]

OK_TELL = [
    ("en", "Please let us know if the product page shows the wrong size."),
    ("de", "Lassen Sie uns wissen, ob die Angaben auf der Produktseite stimmen."),
    ("fr", "Faites-nous savoir si la page du produit est erronée."),
    ("es", "Díganos si la página del producto tiene un error."),
    ("it", "Ci faccia sapere se la pagina del prodotto è sbagliata."),
    ("nl", "Laat ons weten of de productpagina klopt."),
    ("pl", "Proszę dać nam znać, jeśli strona produktu zawiera błąd."),
    ("sv", "Låt oss veta om produktsidan visar fel storlek."),
    ("tr", "Ürün sayfasında bir hata varsa bize anlatın, düzeltelim."),
]


@pytest.mark.parametrize(("lang", "text"), TELL_BUYERS)
def test_telling_other_buyers_how_it_went_is_a_review_request(lang, text):
    assert "review-request" in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), OK_TELL)
def test_letting_the_seller_know_passes(lang, text):
    assert blocked(text, lang) == set(), text


# --- the buyer invited to the seller's own shop, or to pay by a payment app ----------------
# Set 6's ruling 3: inviting the buyer to the seller's physical shop to buy the next item is
# off-amazon, and so is the seller's own online shop by another name ("公式通販"), or paying
# by a payment app (Lydia, Twint, Vipps, MobilePay, Payconiq).  Collecting a parcel at a
# carrier's shop or post office stays compliant.

OWN_SHOP_OR_APP = [
    ("en", "If you're ever in Bath, pop into our shop and get the next one there."),
    ("de", "Kommen Sie doch in unseren Laden in Köln, dort bekommen Sie das nächste günstiger."),
    ("fr", "Passez nous voir à la boutique à Lyon, le prochain sera moins cher."),
    ("fr", "Il reste 8 € : un petit Lydia et c'est réglé."),
    ("es", "Si pasa por Sevilla, venga a nuestra tienda y el próximo se lo lleva sin envío."),
    ("it", "Se passa da Torino venga pure in negozio, il prossimo lo prende da noi."),
    ("ja", "次回は当店の公式通販からご注文いただくとお得です。"),
    ("nl", "Kom gerust langs in onze winkel in Gouda voor de volgende."),
    ("pl", "Zapraszamy do naszego sklepu w Poznaniu, następny kupi Pan taniej."),
    ("sv", "Kom gärna förbi i vår butik i Malmö nästa gång."),
    ("tr", "İzmir'e yolunuz düşerse mağazamıza uğrayın, bir sonrakini oradan alın."),
    ("de", "Den Aufpreis von 5 CHF einfach per Twint an uns."),
]

OK_CARRIER_SHOP = [
    ("en", "You can collect the parcel at the DHL shop on Mill Street from tomorrow."),
    ("de", "Sie können das Paket ab morgen im Hermes PaketShop abholen."),
    ("fr", "Vous pouvez retirer le colis au relais Mondial Relay dès demain."),
    ("es", "Puede recoger el paquete en la oficina de Correos a partir de mañana."),
    ("it", "Può ritirare il pacco al punto BRT sotto casa da domani."),
    ("ja", "お荷物は明日からヤマト運輸の営業所でお受け取りいただけます。"),
    ("nl", "U kunt het pakket vanaf morgen ophalen bij het PostNL-punt."),
    ("pl", "Paczkę można odebrać jutro w paczkomacie InPost."),
    ("sv", "Du kan hämta paketet hos PostNord-ombudet från i morgon."),
    ("tr", "Paketi yarından itibaren Yurtiçi Kargo şubesinden alabilirsiniz."),
]


@pytest.mark.parametrize(("lang", "text"), OWN_SHOP_OR_APP)
def test_the_sellers_own_shop_or_a_payment_app_is_off_amazon(lang, text):
    assert "off-amazon" in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), OK_CARRIER_SHOP)
def test_collecting_a_parcel_at_a_carriers_shop_passes(lang, text):
    assert blocked(text, lang) == set(), text


# --- a photo of the buyer's national ID, asked informally ----------------------------------
# Conventions: asking for a national ID (DNI, PESEL, BSN, codice fiscale, TC kimlik,
# personnummer) is personal-data, also "for the shipment" and in the informal address
# ("tu DNI").  A photo of the damage or the label stays compliant.

ID_PHOTO = [
    ("en", "To ship the knife we need a photo of your ID card, both sides."),
    ("de", "Für den Versand brauchen wir ein Foto deines Personalausweises."),
    ("fr", "Pour l'envoi, il nous faut une photo de ta carte d'identité."),
    ("es", "Para mandarte el cuchillo necesitamos una foto de tu DNI por ambos lados."),
    ("es", "Envíanos una foto de tu NIE, por favor."),
    ("it", "Per la spedizione ci serve una foto della tua carta d'identità."),
    ("ja", "発送のため、身分証の写真をお送りください。"),
    ("nl", "Voor de verzending hebben we een foto van je ID-kaart nodig."),
    ("pl", "Do wysyłki potrzebujemy zdjęcia Twojego dowodu osobistego."),
    ("sv", "För leveransen behöver vi en bild på ditt id-kort."),
    ("tr", "Gönderim için kimlik kartınızın fotoğrafına ihtiyacımız var."),
]

OK_PHOTO = [
    ("es", "Envíanos una foto de la caja dañada y te mandamos otro."),
    ("en", "Please send a photo of the damaged label so we can claim it."),
]


@pytest.mark.parametrize(("lang", "text"), ID_PHOTO)
def test_a_photo_of_the_buyers_id_is_personal_data(lang, text):
    assert "personal-data" in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), OK_PHOTO)
def test_a_photo_of_the_damage_passes(lang, text):
    assert blocked(text, lang) == set(), text


# --- a customer club or a stamp card: the next purchases rewarded -------------------------
# "Every eleventh order is free", "join our customer club for early offers": a loyalty
# scheme of the seller's is marketing, even buried in a long ordinary reply.  A club or a
# tenth item in another sense stays compliant.

LOYALTY = [
    ("en", "By the way, every tenth order with us is free, so keep your order numbers."),
    ("en", "Join our customer club and you'll hear about offers first."),
    ("de", "Übrigens: Mit unserer Stempelkarte ist jede zehnte Bestellung gratis."),
    ("fr", "Rejoignez notre club clients pour recevoir nos offres en avant-première."),
    ("es", "Con nuestra tarjeta de sellos, el décimo pedido es gratis."),
    ("it", "Con la nostra tessera fedeltà l'undicesimo ordine è in omaggio."),
    ("ja", "当店の会員クラブにご入会いただくと、先行セールのご案内をお送りします。"),
    ("nl", "Vanaf negen bestellingen krijgt u bij ons de tiende gratis."),
    ("pl", "W naszym klubie klienta co dziesiąte zamówienie jest gratis."),
    ("sv", "Gå med i vår kundklubb så får du erbjudanden före alla andra."),
    ("tr", "Müşteri kulübümüze katılırsanız kampanyalardan ilk siz haberdar olursunuz."),
]

OK_CLUB = [
    ("en", "Your tenth parcel this year is on its way; DHL delivers it tomorrow."),
    ("de", "Der Fußballclub auf dem Trikot ist aufgedruckt, bitte auf links waschen."),
    ("sv", "Paketet levereras till klubbhuset, som du skrev."),
]


@pytest.mark.parametrize(("lang", "text"), LOYALTY)
def test_a_customer_club_or_a_stamp_card_is_marketing(lang, text):
    assert "marketing" in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), OK_CLUB)
def test_a_club_or_a_tenth_in_another_sense_passes(lang, text):
    assert blocked(text, lang) == set(), text
