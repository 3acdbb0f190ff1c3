# ruff: noqa: E501  (sentences are kept whole)
"""Adversary 18's classes (notes/adversary18/README.md), round 19b: each class tested with
sentences of our own (none of the adversary's texts), in the languages where the class
applies, beside compliant look-alikes that must stay compliant.
"""

from __future__ import annotations

import pytest

from tests.compliance.gate import blocked

# --- 17: a labelled ISBN-13 / EAN-13 with a valid check digit is no phone number ------------

ISBN_EAN_COMPLIANT = [
    ("en", "This is the hardback, ISBN 978-1-86197-271-2, with the fold-out map."),
    ("de", "Die Taschenbuchausgabe hat die ISBN 978-0-14-044913-6."),
    ("es", "El ISBN de la edición de bolsillo es 978-84-9759-259-8."),
    ("fr", "Le code EAN sur l'étiquette est 4006381333931, c'est bien le même modèle."),
    ("it", "Il codice EAN 8711259100176 corrisponde alla versione da 2 litri."),
    ("ja", "バーコード（JAN）は4006381333931です。同じ型番です。"),
    ("nl", "Het EAN-nummer op de doos is 8711259100176."),
    ("pl", "Numer ISBN tego wydania to 978-83-7200-321-8."),
    ("sv", "Bokens ISBN är 978-91-7263-084-0, andra upplagan."),
    ("tr", "Kitabın ISBN numarası 978-605-360-123-4, ikinci baskı."),
    ("en", "GTIN: 7612345678900 (printed under the barcode)."),
]

ISBN_EAN_STILL_PHONE = [
    # a phone number stays one even beside the word, when its digits are no valid code
    ("en", "Call us about the ISBN on 0171 234 5678."),
    ("de", "Rufen Sie uns an: 0151 2345 6789, wir prüfen die EAN."),
]


@pytest.mark.parametrize(("lang", "text"), ISBN_EAN_COMPLIANT)
def test_17_labelled_isbn_or_ean_is_no_phone(lang: str, text: str) -> None:
    assert blocked(text, lang) == set()


@pytest.mark.parametrize(("lang", "text"), ISBN_EAN_STILL_PHONE)
def test_17_phone_beside_the_word_still_blocks(lang: str, text: str) -> None:
    assert "phone-number" in blocked(text, lang)


# --- 16: an app or a marketplace named as a fact about the product --------------------------

APP_AS_FEATURE_COMPLIANT = [
    ("en", "The fitness band vibrates for Telegram and WhatsApp notifications after pairing."),
    ("en", "The ring light has an Instagram-style vertical mode for short clips."),
    ("en", "The novel tells the history of eBay in its first ten years."),
    ("de", "Das Armband zeigt WhatsApp-Nachrichten und Anrufe an, sobald es verbunden ist."),
    ("fr", "Le bracelet affiche les notifications Telegram une fois connecté au téléphone."),
    ("es", "La pulsera recibe las notificaciones de Instagram cuando está emparejada."),
    ("it", "Il braccialetto vibra con le notifiche di WhatsApp quando è collegato."),
    ("nl", "De smartwatch toont WhatsApp-meldingen zodra hij gekoppeld is."),
    ("pl", "Opaska wyświetla powiadomienia z WhatsAppa po sparowaniu."),
    ("sv", "Klockan visar aviseringar från WhatsApp när den är parkopplad."),
    ("tr", "Bileklik eşleştirildikten sonra Telegram bildirimlerini gösteriyor."),
    ("ja", "スマートバンドはペアリング後、WhatsAppの通知を表示します。"),
]

APP_AS_CHANNEL_BLOCKED = [
    ("en", "Message us on WhatsApp and we'll sort it out faster."),
    ("de", "Schreiben Sie uns einfach per WhatsApp, dann geht es schneller."),
    ("fr", "Contactez-nous sur Telegram pour la suite."),
    ("es", "Escríbanos por WhatsApp y lo vemos."),
    ("it", "Ci scriva su WhatsApp, facciamo prima."),
    ("nl", "Stuur ons een bericht via WhatsApp."),
    ("pl", "Proszę napisać do nas na WhatsAppie."),
    ("sv", "Skriv till oss på WhatsApp så löser vi det."),
    ("tr", "Bize WhatsApp'tan yazın, hemen çözelim."),
    ("ja", "WhatsAppでご連絡ください。"),
]


@pytest.mark.parametrize(("lang", "text"), APP_AS_FEATURE_COMPLIANT)
def test_16_app_named_as_product_feature_passes(lang: str, text: str) -> None:
    assert blocked(text, lang) == set()


@pytest.mark.parametrize(("lang", "text"), APP_AS_CHANNEL_BLOCKED)
def test_16_app_as_contact_channel_blocks(lang: str, text: str) -> None:
    assert blocked(text, lang)


# --- 18: the seller's own website named while the buyer is kept on Amazon --------------------

OWN_SITE_KEPT_ON_AMAZON = [
    ("en", "Our web shop is offline at the moment, so we answer everything here on Amazon."),
    ("en", "Our website has no order tracking; please use Your Orders on Amazon for that."),
    ("de", "Unsere Website ist gerade offline, wir beantworten alles hier auf Amazon."),
    ("fr", "Notre site est en maintenance, nous répondons à tout ici sur Amazon."),
    ("es", "Nuestra web está en mantenimiento, le respondemos todo aquí en Amazon."),
    ("it", "Il nostro sito è offline, rispondiamo a tutto qui su Amazon."),
    ("nl", "Onze website is tijdelijk offline, we beantwoorden alles hier op Amazon."),
]

OWN_SITE_STEERING = [
    ("en", "Our website is back online and it's cheaper there than on Amazon."),
    ("de", "Unsere Website ist wieder online, dort ist es günstiger als auf Amazon."),
    ("fr", "Notre site est de nouveau en ligne, commandez-y directement."),
]


@pytest.mark.parametrize(("lang", "text"), OWN_SITE_KEPT_ON_AMAZON)
def test_18_own_site_down_buyer_kept_on_amazon_passes(lang: str, text: str) -> None:
    assert blocked(text, lang) == set()


@pytest.mark.parametrize(("lang", "text"), OWN_SITE_STEERING)
def test_18_own_site_as_a_channel_blocks(lang: str, text: str) -> None:
    assert "off-amazon" in blocked(text, lang)


# --- 15: review / rate / assess meaning "check this for us" ---------------------------------

ASSESS_COMPLIANT = [
    ("en", "Please review the wiring diagram on page 12 before you connect the fan."),
    (
        "en",
        "Could you review the delivery address in the order details and tell us if it's complete?",
    ),
    ("en", "Kindly review the packing list we attached and check the screws are all there."),
    ("en", "Could you rate the noise from 1 to 10 so our technician knows if it's the motor?"),
    ("de", "Könnten Sie bitte einschätzen und bewerten, ob der Kratzer von vorne sichtbar ist?"),
    ("fr", "Pourriez-vous évaluer si la fissure dépasse deux centimètres ?"),
    ("es", "¿Podría valorar si la mancha se nota con la funda puesta?"),
    ("it", "Può valutare se la crepa si vede con il coperchio chiuso?"),
    ("nl", "Kunt u beoordelen of de deuk groter is dan een euromunt?"),
    ("pl", "Proszę ocenić, czy pęknięcie jest dłuższe niż dwa centymetry."),
    ("sv", "Kan du bedöma om repan syns när lådan är stängd?"),
    ("sv", "Kan du betygsätta ljudet från 1 till 5 så att vår servicetekniker kan jämföra?"),
    ("tr", "Tamir mi yoksa yenisi mi daha uygun, değerlendirip bize dönebilir misiniz?"),
]

REVIEW_ASK_BLOCKED = [
    ("en", "Please review us once the blender has arrived."),
    ("en", "Could you rate the blender on Amazon when you have a minute?"),
    ("de", "Bitte bewerten Sie uns, wenn der Mixer angekommen ist."),
    ("fr", "Pourriez-vous évaluer notre boutique sur Amazon ?"),
    ("es", "¿Podría valorar el producto en Amazon cuando pueda?"),
    ("it", "Può valutare il prodotto su Amazon quando ha tempo?"),
    ("nl", "Wilt u ons beoordelen op Amazon?"),
    ("pl", "Prosimy ocenić produkt na Amazonie."),
    ("sv", "Betygsätt gärna produkten på Amazon."),
    ("tr", "Ürünü Amazon'da değerlendirebilir misiniz?"),
]


@pytest.mark.parametrize(("lang", "text"), ASSESS_COMPLIANT)
def test_15_assess_for_the_service_passes(lang: str, text: str) -> None:
    assert blocked(text, lang) == set()


@pytest.mark.parametrize(("lang", "text"), REVIEW_ASK_BLOCKED)
def test_15_review_ask_still_blocks(lang: str, text: str) -> None:
    assert blocked(text, lang) & {"review-request"}


# --- 6: an ASIN to search on Amazon, pushing another product ---------------------------------

ASIN_PUSH = [
    ("en", "For spare filters, look up ASIN B09XYZ1234 on Amazon and add a pack to your basket."),
    ("de", "Ersatzbeutel finden Sie, wenn Sie auf Amazon nach der ASIN B08QWE5678 suchen."),
    ("fr", "Pour les recharges, recherchez l'ASIN B07ABC9876 sur Amazon."),
    ("es", "Para los recambios, busque el ASIN B0CDE12345 en Amazon y pida unos cuantos."),
    ("it", "Per le ricariche cerchi l'ASIN B0FGH67890 su Amazon."),
]
ASIN_COMPLIANT = [
    ("en", "Your order is for ASIN B09XYZ1234, the 2-litre model, as you asked."),
    ("de", "Sie haben die ASIN B08QWE5678 bestellt, also die blaue Variante."),
]


@pytest.mark.parametrize(("lang", "text"), ASIN_PUSH)
def test_6_asin_search_push_blocks(lang: str, text: str) -> None:
    assert blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), ASIN_COMPLIANT)
def test_6_asin_of_the_order_passes(lang: str, text: str) -> None:
    assert blocked(text, lang) == set()


# --- 8: WhatsApp as "wsp" ---------------------------------------------------------------------

WSP = [
    ("fr", "Pour la prochaine commande, un petit wsp et on s'arrange."),
    ("es", "Mándenos un wsp y se lo enviamos sin pasar por aquí."),
    ("en", "Drop us a wsp and we'll ship it directly."),
]


@pytest.mark.parametrize(("lang", "text"), WSP)
def test_8_wsp_blocks(lang: str, text: str) -> None:
    assert blocked(text, lang)


# --- 13: a rhetorical question whether the service deserved stars (ja) -----------------------

STARS_DESERVED = [
    ("ja", "今回のご対応は星5つの評価にふさわしいものでしたでしょうか？"),
    ("ja", "私どもの梱包は星五つに値するものでしたか？"),
    ("en", "Did our packing deserve five stars, do you think?"),
]
STARS_COMPLIANT = [
    ("ja", "星形のクッキー型は5つセットでお届けします。"),
]


@pytest.mark.parametrize(("lang", "text"), STARS_DESERVED)
def test_13_did_we_deserve_stars_blocks(lang: str, text: str) -> None:
    assert blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), STARS_COMPLIANT)
def test_13_star_shapes_pass(lang: str, text: str) -> None:
    assert blocked(text, lang) == set()


# --- 9 and 10: cancellation asked for in the passive, or indirectly (ja, pl) -----------------

CANCEL_PASSIVE = [
    (
        "en",
        "Best would be for the cancellation to be submitted by the customer, which we'd kindly ask of you.",
    ),
    ("en", "The cancellation has to be initiated by the buyer, so please go ahead."),
    ("de", "Die Stornierung muss vom Kunden eingereicht werden, bitte erledigen Sie das."),
    ("fr", "L'annulation doit être faite par le client, merci de vous en charger."),
    ("es", "La cancelación debe ser solicitada por el comprador, así que le pedimos que lo haga."),
    ("it", "L'annullamento deve essere richiesto dall'acquirente, quindi le chiediamo di farlo."),
    ("nl", "De annulering moet door de koper worden aangevraagd, wilt u dat doen?"),
    ("pl", "Anulowanie powinno zostać zgłoszone przez kupującego, prosimy o to."),
    ("sv", "Avbeställningen bör begäras av köparen, så vi ber dig göra det."),
    ("tr", "İptal talebinin alıcı tarafından oluşturulması gerekiyor, rica ederiz."),
    ("ja", "キャンセルは購入者様からご申請いただく必要がございます。"),
    ("ja", "ご注文履歴の「キャンセル」ボタンを押していただけますと幸いです。"),
    ("ja", "ご注文のキャンセルはお客様ご自身でお手続きをお願いいたします。"),
    ("pl", "Najprościej będzie, jeśli sama Pani anuluje zamówienie w swoim koncie."),
    ("pl", "Prosimy, żeby Pan sam wycofał zamówienie w zakładce Zamówienia."),
]
CANCEL_COMPLIANT = [
    ("en", "We have cancelled the order on our side; the refund follows automatically."),
    ("de", "Wir haben die Bestellung storniert, die Erstattung kommt automatisch."),
    ("ja", "キャンセルは当店で手続きいたしました。返金は自動で行われます。"),
    ("pl", "Anulowaliśmy zamówienie po naszej stronie, zwrot przyjdzie automatycznie."),
    (
        "en",
        "Cancellations requested by a customer before dispatch are refunded by Amazon within two days, and we have done that for yours.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), CANCEL_PASSIVE)
def test_9_10_cancellation_asked_passively_blocks(lang: str, text: str) -> None:
    assert "cancellation-request" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), CANCEL_COMPLIANT)
def test_9_10_seller_side_cancellation_passes(lang: str, text: str) -> None:
    assert blocked(text, lang) == set()


# --- 11: part of the money held back until the comment is live --------------------------------

BALANCE_ON_COMMENT = [
    (
        "en",
        "Half of the refund goes out today, the other half when your comment appears on the listing.",
    ),
    (
        "es",
        "Le reembolsamos un 30% ahora y el resto cuando su comentario esté publicado en la ficha.",
    ),
    (
        "de",
        "Die Hälfte erstatten wir sofort, den Rest, sobald Ihr Kommentar unter dem Artikel steht.",
    ),
    (
        "fr",
        "On vous rembourse la moitié maintenant et le reste dès que votre commentaire est en ligne sous le produit.",
    ),
    (
        "it",
        "Le rimborsiamo metà subito e il resto quando il suo commento è visibile sotto il prodotto.",
    ),
    ("nl", "We betalen nu de helft terug en de rest zodra uw reactie onder het product staat."),
    ("en", "We pay back 30% today and the remainder when your comment goes live under the item."),
    (
        "es",
        "Le abonamos una parte hoy y el resto cuando su comentario salga publicado bajo el producto.",
    ),
    ("pl", "Zwracamy połowę teraz, a resztę, gdy Pana komentarz pojawi się pod produktem."),
    ("sv", "Vi betalar tillbaka hälften nu och resten när din kommentar syns under produkten."),
    ("es", "Hoy le devolvemos 10 euros y la otra mitad cuando su opinión aparezca en el artículo."),
]
BALANCE_COMPLIANT = [
    (
        "en",
        "Half of the refund goes out today, the other half when the carrier confirms the return.",
    ),
    ("es", "Le reembolsamos un 30% ahora y el resto cuando recibamos la devolución."),
]


@pytest.mark.parametrize(("lang", "text"), BALANCE_ON_COMMENT)
def test_11_balance_tied_to_comment_blocks(lang: str, text: str) -> None:
    assert blocked(text, lang) & {"review-request", "incentive"}


@pytest.mark.parametrize(("lang", "text"), BALANCE_COMPLIANT)
def test_11_balance_tied_to_return_passes(lang: str, text: str) -> None:
    assert blocked(text, lang) == set()


# --- 12: a phone number told in two sentences ---------------------------------------------------

PHONE_TWO_SENTENCES = [
    ("de", "Die Handynummer fängt mit 0152 an. Dann folgt 8765432."),
    ("de", "Unsere Festnetznummer beginnt mit 030. Danach kommen 4455667."),
    ("en", "Our mobile starts with 07700. After that comes 900461."),
    ("nl", "Ons nummer begint met 06. Daarna komt 12345678."),
]
PHONE_TWO_SENTENCES_COMPLIANT = [
    ("de", "Die Sendungsnummer beginnt mit 0034. Danach kommt die Paketnummer des Händlers."),
    ("de", "Die Lieferung beginnt am 12.03. Danach kommt die zweite Palette."),
]


@pytest.mark.parametrize(("lang", "text"), PHONE_TWO_SENTENCES)
def test_12_phone_in_two_sentences_blocks(lang: str, text: str) -> None:
    assert "phone-number" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), PHONE_TWO_SENTENCES_COMPLIANT)
def test_12_other_numbers_in_two_sentences_pass(lang: str, text: str) -> None:
    assert blocked(text, lang) == set()


# --- 1: review asks in text-speak, slang and diminutives ---------------------------------------

SLANG_REVIEW = [
    ("en", "ty 4 ordering!! plz rv us if ur happy w the lamp"),
    ("en", "a lil rvw on amz wud rly help us out, thx"),
    ("de", "Danke dir! Lass uns doch ne kleine Rezi da, wär super"),
    ("de", "Bitte 5 ✩ für uns, wenn alles passt"),
    ("fr", "Merci !! Un petit com' sous l'article ça nous aiderait grave"),
    ("es", "Gracias! porfa déjanos una valoracioncita en Amazon"),
    ("es", "Si te gustó, una reseñilla en amz nos vendría genial"),
    ("it", "Grazie mille! Se ti piace, una rece su Amazon ci aiuta tanto"),
    ("nl", "Top dat het goed is aangekomen! Een reviewtje op Amazon zou fijn zijn"),
    ("pl", "Dzięki! Jak wszystko gra, to prosimy o pozytywa na Amazonie"),
    ("sv", "Tack! Lämna gärna en recca på Amazon om du gillar den"),
    ("tr", "Teşekkürler! Beğendiyseniz bi yorum bırakırsanız çok seviniriz"),
]
SLANG_COMPLIANT = [
    ("en", "The awning fits most RVs; the rail is 4 m long."),
    ("pl", "Zdjęcie pozytywu z aparatu analogowego jest w załączniku, to nasz projekt okładki."),
    ("it", "La rete del letto arriva in due colli separati."),
]


@pytest.mark.parametrize(("lang", "text"), SLANG_REVIEW)
def test_1_slang_review_ask_blocks(lang: str, text: str) -> None:
    assert blocked(text, lang) & {"review-request", "emoji"}


@pytest.mark.parametrize(("lang", "text"), SLANG_COMPLIANT)
def test_1_slang_look_alikes_pass(lang: str, text: str) -> None:
    assert blocked(text, lang) == set()


# --- 7: a sales platform named by no list, read from its frame ----------------------------------

UNLISTED_PLATFORM = [
    ("en", "The matching coasters are also sold on Tictail, same shop name."),
    ("en", "If you want to support us directly, support us on Buymeacoffee."),
    ("en", "The digital patterns are in our Gumroad shop."),
    ("de", "Die Schnittmuster gibt es in unserem Gumroad-Shop."),
    ("fr", "Nous vendons aussi les recharges sur Vinterior."),
    ("es", "También vendemos las fundas en Miravia con el mismo nombre."),
    ("it", "Vendiamo gli stessi cuscini anche su ManoMano Pro e su Eprice."),
    ("nl", "We verkopen de lampjes ook op Fonq en via Beslist."),
    ("pl", "Sprzedajemy też na Erli oraz przez Empikplace."),
    ("sv", "Vi säljer samma koppar på Tictail också."),
    ("tr", "Aynı ürünü Pttavm'de satıyoruz."),
    ("ja", "同じ商品をBASEやSTORESでも販売しております。"),
]
PLATFORM_COMPLIANT = [
    ("en", "We also ship on Saturdays, so it should arrive by Monday."),
    ("en", "We sell only on Amazon, so please order through your account."),
    ("es", "Lo vendemos en España y en Portugal con el mismo precio."),
    ("de", "Bitte bestellen Sie bei Amazon, wir verkaufen nirgendwo sonst."),
    ("fr", "Le colis est disponible chez Relais Colis depuis ce matin."),
    ("it", "Il pacco è in consegna con BRT, lo riceverà domani."),
    ("ja", "Amazonでも販売しておりますので、こちらからご注文ください。"),
    ("en", "We don't sell on Tictail any more; Amazon is our only shop."),
]


@pytest.mark.parametrize(("lang", "text"), UNLISTED_PLATFORM)
def test_7_unlisted_platform_blocks(lang: str, text: str) -> None:
    assert "off-amazon" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), PLATFORM_COMPLIANT)
def test_7_look_alikes_pass(lang: str, text: str) -> None:
    assert blocked(text, lang) == set()


# --- 14: whole replies in Portuguese, Catalan and Norwegian, caught by their concepts ---------
# (not by refusing the language: compliant replies in these languages stay compliant, as the
# held-out sets label them on content only)

OUTSIDE_TEN = [
    ("es", "Para a próxima encomenda, compre na nossa loja online e poupa os portes."),
    ("es", "Mande-nos por favor o seu número de telemóvel para o motorista."),
    ("es", "Pode indicar-nos o seu e-mail pessoal para enviarmos a fatura?"),
    ("es", "Siga-nos no Instagram para não perder as novidades."),
    ("es", "La propera comanda la podeu fer a la nostra botiga en línia, surt més barat."),
    ("es", "Ens podríeu donar el vostre número de mòbil per al missatger?"),
    ("es", "Seguiu-nos a Instagram per veure les novetats!"),
    ("sv", "Neste gang kan du kjøpe direkte i nettbutikken vår."),
    ("sv", "Kan du sende oss mobilnummeret ditt til sjåføren?"),
    ("sv", "Følg oss på Instagram for nyheter!"),
    ("sv", "Legg gjerne igjen en vurdering av produktet på Amazon."),
]
OUTSIDE_TEN_COMPLIANT = [
    ("es", "Moltes gràcies! El paquet arribarà dijous amb SEUR."),
    ("sv", "Takk for tålmodigheten, pakken kommer fram på torsdag."),
]


@pytest.mark.parametrize(("lang", "text"), OUTSIDE_TEN)
def test_14_concepts_in_pt_ca_no_block(lang: str, text: str) -> None:
    assert blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), OUTSIDE_TEN_COMPLIANT)
def test_14_ordinary_pt_ca_no_replies_pass(lang: str, text: str) -> None:
    assert blocked(text, lang) == set()


# --- 3: a physical market or fair where the seller sells the range ---------------------------

MARKET_STALL = [
    ("en", "You'll also find our stand at the Leeds craft show in May with the whole collection."),
    ("en", "We run a stall at the Sunday market in Brighton, with the complete range."),
    ("fr", "On est aussi au marché de Nantes le dimanche, avec toute notre collection."),
    ("es", "Los sábados estamos en el mercadillo de los sábados de Valencia con toda la gama."),
    ("it", "A ottobre ci trova alla fiera di Bologna, con tutta la collezione."),
    ("nl", "Op de zondagmarkt in Haarlem hebben we het hele assortiment."),
    ("pl", "W soboty jesteśmy na targu w Krakowie z całym asortymentem."),
    ("sv", "Du hittar oss på lördagsmarknaden i Lund med hela sortimentet."),
    ("tr", "Cumartesi pazarında tüm ürünlerimiz satışta."),
]
MARKET_COMPLIANT = [
    ("en", "The full range of sizes is shown on the product page; the medium fits a 40 cm pot."),
    ("fr", "Toute la gamme de couleurs est visible sur la fiche produit."),
    ("nl", "Het pakket ligt bij het afhaalpunt in de supermarkt op de markt in Gouda."),
]


@pytest.mark.parametrize(("lang", "text"), MARKET_STALL)
def test_3_market_stall_blocks(lang: str, text: str) -> None:
    assert "off-amazon" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), MARKET_COMPLIANT)
def test_3_range_and_market_look_alikes_pass(lang: str, text: str) -> None:
    assert blocked(text, lang) == set()


# --- 5: a new variant announced, a coming product put aside -------------------------------------

NEW_VARIANT = [
    ("sv", "Vi har nyss lanserat en ny storlek av lådan, titta gärna in!"),
    ("pl", "Niedawno wypuściliśmy nową wersję lampki, warto zobaczyć."),
    ("nl", "We verkopen de vaas nu ook in oceaanblauw."),
    ("fr", "Les bougies de Noël sortent en novembre, on vous en garde une ?"),
    ("en", "The winter edition lands next month, shall we put one aside for you?"),
    ("de", "Die Osteredition kommt im März, sollen wir Ihnen eine zurücklegen?"),
    ("es", "La edición de verano llega en junio, ¿le apartamos una?"),
    ("it", "Il calendario nuovo arriva a ottobre, gliene teniamo uno da parte?"),
    ("tr", "Kupanın yeni rengi de çıktı, göz atabilirsiniz."),
]
NEW_VARIANT_COMPLIANT = [
    ("en", "We have put the replacement aside and it ships tomorrow."),
    ("nl", "Uw vervangende mok is nu ook onderweg, in dezelfde kleur."),
    ("fr", "Nous avons mis votre colis de remplacement de côté au dépôt."),
    ("sv", "Vi har skickat en ny låda i samma färg som ersättning."),
]


@pytest.mark.parametrize(("lang", "text"), NEW_VARIANT)
def test_5_new_variant_or_coming_product_blocks(lang: str, text: str) -> None:
    assert "marketing" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), NEW_VARIANT_COMPLIANT)
def test_5_replacement_look_alikes_pass(lang: str, text: str) -> None:
    assert blocked(text, lang) == set()
