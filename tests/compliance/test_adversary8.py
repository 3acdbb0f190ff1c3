"""Adversary 8's classes (tests/compliance/adversaries/adversary8), each fixed as a class in
all ten languages: sentences of our own, not the adversary's, and compliant look-alikes that
must pass."""

from __future__ import annotations

import pytest

from tests.compliance.gate import blocked

# --- a marketplace named by its domain to disown it ----------------------------------------
# "We don't sell on kleinanzeigen.de, that ad is a copy" names another marketplace to say the
# seller is NOT there; the bare domain was reported as a link although nothing leads the
# buyer anywhere.  A marketplace's bare domain is judged as the marketplace's name by the
# off-Amazon rule (which knows disowning and refusing); a path, "www." or a scheme keeps it
# a link.

OK_DISOWNED_DOMAIN = [
    ("en", "That listing on walmart.com is not ours; we only sell here on Amazon."),
    ("en", "We have no shop on eBay.com, please report that copy to Amazon."),
    ("de", "Wir sind nicht auf kleinanzeigen.de, die Anzeige dort stammt nicht von uns."),
    ("de", "Auf eBay.de verkaufen wir nicht; das Angebot ist eine Fälschung."),
    ("fr", "Nous ne sommes pas sur Vinted.fr, cette annonce n'est pas la nôtre."),
    ("fr", "Cette offre sur cdiscount.com n'est pas la nôtre."),
    ("es", "No vendemos en Wallapop.es; ese anuncio no es nuestro."),
    ("it", "Non siamo su eBay.it, quell'inserzione non è nostra."),
    ("nl", "Wij zitten niet op marktplaats.nl, die advertentie is niet van ons."),
    ("pl", "Nie sprzedajemy na OLX.pl - to ogłoszenie nie jest nasze."),
    ("sv", "Vi säljer inte på Blocket.se, den annonsen är inte vår."),
    ("tr", "Trendyol.com'da satış yapmıyoruz, o ilan bize ait değil."),
    ("ja", "楽天市場（rakuten.co.jp）の出品は当店のものではございません。"),
]

STILL_OFF_AMAZON = [
    ("en", "The blue one is sold out here but still listed on etsy.com under our name."),
    ("de", "Das Modell gibt es noch bei kleinanzeigen.de unter unserem Namen."),
    ("fr", "Il nous en reste deux sur leboncoin.fr, même pseudo que la boutique."),
    ("es", "Nos quedan dos en wallapop.es con el nombre de la tienda."),
    ("it", "Ne abbiamo ancora due su subito.it con lo stesso nome."),
    ("nl", "Je vindt hem nog op bol.com onder onze winkelnaam."),
    ("pl", "Ten kolor jest jeszcze na allegro.pl w naszym sklepie."),
    ("sv", "Den finns kvar på tradera.se under vårt namn."),
    ("tr", "Aynı ürün hepsiburada.com'da mağazamızda var."),
    ("nl", "Hij staat ook op FINN.no onder onze naam."),
]

STILL_A_LINK = [
    ("en", "Our listing is at etsy.com/shop/sunnyhome if you want another."),
    ("de", "Schauen Sie auf www.ebay.de vorbei, dort sind wir auch."),
    ("nl", "https://www.bol.com/nl/s/?searchtext=lamp"),
]


@pytest.mark.parametrize(("lang", "text"), OK_DISOWNED_DOMAIN)
def test_a_marketplace_domain_named_to_disown_it_passes(lang, text):
    assert blocked(text, lang) == set(), text


@pytest.mark.parametrize(("lang", "text"), STILL_OFF_AMAZON)
def test_a_marketplace_domain_where_the_seller_sells_is_off_amazon(lang, text):
    assert "off-amazon" in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), STILL_A_LINK)
def test_a_marketplace_address_with_a_path_or_scheme_is_still_a_link(lang, text):
    assert "link" in blocked(text, lang), text


# --- the order withdrawn or pulled back by the buyer, asked softly -------------------------
# "Pull the order back", "zieh die Bestellung zurück", "trek de bestelling in" are cancelling
# in other words; the ask is as often a wish ("it would be quickest if you", "would you mind",
# "nos vendría bien que") as an imperative.  The seller withdrawing its own listing, offering to
# cancel, or a parcel collected from a counter stays compliant.

WITHDRAWN = [
    ("en", "Would you mind pulling back the order on your end? The mug is discontinued."),
    ("en", "It would be quickest if you retracted the purchase in Your Orders."),
    ("de", "Ziehen Sie Ihre Bestellung doch einfach über Ihr Konto selbst zurück."),
    ("de", "Am schnellsten ginge es, wenn Sie die Bestellung in Ihrem Konto zurückziehen."),
    ("fr", "Le plus simple serait que vous retiriez la commande depuis votre compte."),
    ("es", "¿Le importaría anular usted la compra? La talla ya no existe."),
    ("es", "Nos vendría genial que la cancelación la pidieras tú desde tu cuenta."),
    ("es", "¿Podrías retirar tú la compra desde tu cuenta?"),
    ("it", "Le dispiacerebbe annullare lei l'acquisto dal suo account?"),
    ("nl", "Het snelst gaat het als u de aankoop zelf intrekt via uw account."),
    ("nl", "Zou je de bestelling willen intrekken? Dan krijg je meteen je geld."),
    ("pl", "Byłoby nam łatwiej, gdyby Pan sam wycofał zamówienie na swoim koncie."),
    ("sv", "Om du drar tillbaka ordern i ditt konto går återbetalningen fortare."),
    ("tr", "Siparişinizi kendiniz geri çekerseniz paranız daha hızlı iade edilir."),
    ("ja", "お客様ご自身でご注文を取り下げていただけますと助かります。"),
]

OK_WITHDRAWN = [
    ("en", "We have withdrawn the listing; your order is not affected."),
    ("en", "Shall we cancel the order for you? Just say yes."),
    ("de", "Wir ziehen das Angebot zurück, Ihre Bestellung bleibt bestehen."),
    ("fr", "Vous pouvez retirer le colis au bureau de poste dès demain."),
    ("es", "Puede retirar el paquete en la oficina de Correos a partir de mañana."),
    ("it", "Può ritirare il pacco all'ufficio postale da domani."),
    ("nl", "Wij hebben de advertentie ingetrokken; uw bestelling loopt gewoon door."),
    ("pl", "Wycofaliśmy ofertę, ale Pana zamówienie zostanie wysłane."),
    ("sv", "Vi har dragit tillbaka annonsen, din order skickas som vanligt."),
    ("tr", "İlanı geri çektik, siparişiniz yine de gönderilecek."),
    ("ja", "商品ページは取り下げましたが、ご注文分は発送いたします。"),
]


@pytest.mark.parametrize(("lang", "text"), WITHDRAWN)
def test_the_order_withdrawn_by_the_buyer_asked_softly_is_a_cancellation_request(lang, text):
    assert "cancellation-request" in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), OK_WITHDRAWN)
def test_a_listing_withdrawn_or_a_parcel_collected_passes(lang, text):
    assert blocked(text, lang) == set(), text


# --- something of value for the buyer's words: a screenshot of them, or a thank-you --------
# An everyday word ("comment", "your words", "opinion") is a review when a screenshot of it is
# to be shown (it proves the words went public) or when a reward is given "as a thank-you for"
# it; "thank you for your comment" alone stays a thank-you, and a screenshot of an error or a
# refund for a damaged item stays service.

WORDS_PAID = [
    ("en", "Send us a screenshot of your comment and we'll refund a third of the price."),
    ("en", "As a thank-you for your kind words under the listing, here is a $10 voucher."),
    ("en", "Your next shipping is on us if you post a few words about the kettle online."),
    ("de", "Schicken Sie uns einen Screenshot Ihres Kommentars und Sie bekommen 10 € zurück."),
    ("de", "Als Dank für Ihre Meinung zum Produkt schenken wir Ihnen einen Gutschein."),
    ("fr", "Envoyez une capture d'écran de votre avis et nous vous offrons un coussin."),
    ("fr", "En remerciement de vos mots, nous vous remboursons 8 €."),
    ("es", "Envíenos una captura de pantalla de su comentario y le devolvemos 10 €."),
    ("es", "Como agradecimiento por su opinión le mandamos un cupón de 5 €."),
    ("it", "Ci invii lo screenshot del suo commento e le rimborsiamo metà prezzo."),
    ("it", "Chi scrive un feedback positivo riceve un buono da 10 €."),
    ("nl", "Stuur een screenshot van je reactie, dan krijg je 10 euro terug."),
    ("nl", "Als dank voor uw mening storten we 5 euro terug."),
    ("pl", "Proszę przesłać zrzut ekranu z komentarzem, a oddamy 20 zł."),
    ("pl", "W podziękowaniu za Pana opinię dołączymy bon o wartości 30 zł."),
    ("sv", "Skicka en skärmdump av din kommentar så får du 100 kr tillbaka."),
    ("sv", "Som tack för dina fina ord på produktsidan får du ett presentkort."),
    ("tr", "Yorumunuzun ekran görüntüsünü gönderin, 50 TL iade edelim."),
    ("tr", "Görüşünüz için teşekkür olarak size bir hediye çeki gönderiyoruz."),
    ("ja", "コメントのスクリーンショットを送っていただければ、500円を返金いたします。"),
]

OK_WORDS_PAID = [
    ("en", "Thank you for your comments about the broken handle; we have refunded the order."),
    ("en", "Please send a screenshot of the error message so we can refund the extra charge."),
    ("de", "Danke für Ihre Rückmeldung zum Schaden, wir erstatten den vollen Betrag."),
    ("fr", "Merci pour votre retour sur le colis abîmé, nous vous remboursons."),
    ("es", "Envíenos una captura de pantalla del cargo duplicado y se lo reembolsamos."),
    ("it", "Ci mandi uno screenshot dell'addebito doppio e lo rimborsiamo."),
    ("nl", "Stuur een screenshot van de foutmelding, dan betalen we het verschil terug."),
    ("pl", "Proszę przesłać zrzut ekranu z błędem płatności, zwrócimy różnicę."),
    ("sv", "Skicka en skärmdump av felmeddelandet så betalar vi tillbaka mellanskillnaden."),
    ("tr", "Hata mesajının ekran görüntüsünü gönderin, farkı iade edelim."),
    ("ja", "エラー画面のスクリーンショットをお送りいただければ、差額を返金いたします。"),
]


@pytest.mark.parametrize(("lang", "text"), WORDS_PAID)
def test_value_for_the_buyers_words_or_a_screenshot_of_them_is_an_incentive(lang, text):
    assert "review-request" in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), OK_WORDS_PAID)
def test_a_refund_for_a_complaint_or_a_screenshot_of_an_error_passes(lang, text):
    assert blocked(text, lang) == set(), text


# --- review words in their ordinary sense -------------------------------------------------
# Printed stars on a product, the seller's own review of a batch, the buyer's comments about a
# late delivery (a complaint), a rating that "does not depend on us", the buyer's own plan to
# review acknowledged as up to them, Swedish "står" (stands): none asks for a review.  The
# same words with an ask, a reward or a plea still block.

OK_ORDINARY = [
    ("en", "The little stars on the pillowcase are embroidered, so iron it inside out."),
    (
        "en",
        "Our team ran a review of the whole batch: no other fault, but we refunded you anyway.",
    ),
    ("en", "Thank you for your honest remarks about the delayed parcel; we raised it with DPD."),
    ("en", "You said you might write a review; that is up to you, first let us fix the lamp."),
    ("de", "Die goldenen Sterne auf dem Kissen sind aufgedruckt, bitte nicht heiß bügeln."),
    ("de", "Nach dem Review der gesamten Produktion erstatten wir Ihnen trotzdem den Kaufpreis."),
    ("fr", "Les étoiles sur la housse de couette sont imprimées, lavez-la à l'envers."),
    ("fr", "La note du transporteur ne dépend pas de nous, mais nous l'avons relancé."),
    ("es", "Las estrellas de la funda nórdica están estampadas; lávela del revés."),
    (
        "es",
        "Tras la review del lote no hay más piezas defectuosas; le reembolsamos igualmente.",
    ),
    ("it", "Le stelline sul copripiumino sono stampate, lo lavi al rovescio."),
    (
        "it",
        "Dopo la review della produzione nessun altro difetto, ma le rimborsiamo comunque tutto.",
    ),
    ("ja", "掛け布団カバーの星柄はプリントですので、裏返して洗ってください。"),
    ("ja", "社内の品質評価では同じロットに不良はなく、念のため返金いたしました。"),
    ("nl", "De sterren op het dekbedovertrek zijn bedrukt, was het binnenstebuiten."),
    ("pl", "Gwiazdki na poszewce są nadrukowane, proszę prać na lewej stronie."),
    ("sv", "Stjärnorna på påslakanet är tryckta, tvätta det ut och in."),
    ("sv", "Kan du kolla vad som står på etiketten? Då byter jag adressen."),
    ("tr", "Nevresimdeki yıldızlar baskılıdır, lütfen ters çevirip yıkayın."),
    ("en", "We appreciate your frank comments on the damaged box; DHL has been told."),
    ("de", "Wir schätzen Ihre ehrlichen Anmerkungen zur Verpackung und verbessern sie."),
    ("fr", "Nous apprécions vos remarques honnêtes sur l'emballage et allons l'améliorer."),
    ("es", "Agradecemos sus comentarios sinceros sobre el embalaje; lo mejoraremos."),
    ("it", "Apprezziamo i suoi commenti sinceri sull'imballaggio e lo miglioreremo."),
]

STILL_ASKED = [
    ("en", "Please leave us five stars on the product page."),
    ("en", "If you liked the embroidered pillowcase, please rate it five stars."),
    ("de", "Bitte geben Sie uns fünf Sterne, wenn Ihnen das Kissen gefällt."),
    ("fr", "Merci de nous laisser cinq étoiles sur la page du produit."),
    ("es", "Déjenos cinco estrellas en la página del producto, por favor."),
    ("it", "Ci lasci cinque stelline sulla pagina del prodotto, grazie."),
    ("sv", "Ge oss gärna fem stjärnor på produktsidan."),
    ("tr", "Beş küçük yıldız bırakırsanız haftamızı güzelleştirirsiniz, lütfen."),
    ("en", "Every star motivates our tiny team, so please leave a few!"),
    ("en", "You mentioned a review; it would mean the world to us if you left five stars."),
]


@pytest.mark.parametrize(("lang", "text"), OK_ORDINARY)
def test_review_words_in_their_ordinary_sense_pass(lang, text):
    assert blocked(text, lang) == set(), text


@pytest.mark.parametrize(("lang", "text"), STILL_ASKED)
def test_the_same_words_asked_for_still_block(lang, text):
    assert "review-request" in blocked(text, lang), text


# --- phone numbers in the shapes that slipped through --------------------------------------
# Digits right after Japanese text, kanji digits joined by の, groups joined by a middle dot,
# a number cut over two lines with a connecting word, a call word after the number in a
# sentence after a parcel sentence ("Parcel shipped. Bizi 0532 ... arayın"), and a Catalan
# "truca'ns".  Set 5's ruling 13 and set 6's labels: all phone.

PHONES = [
    ("ja", "配達の時間を090-4412-7730までSMSでお知らせください。"),
    ("ja", "担当直通は〇八〇の五五二一の三三〇九です。"),
    ("ja", "担当の佐藤は 03-5412\nの後に 7781 で繋がります。"),
    ("it", "Per l'installazione chieda di Marco: 347 · 55 · 18 · 203."),
    ("es", "El almacén atiende en el 91 442\ny luego 3817, pregunte por Rosa."),
    ("pl", "Pan Marek z serwisu: 61 827\na potem 44 19, od 8 rano."),
    ("de", "Die Werkstatt erreichen Sie unter 030 2281\nund dann 0447."),
    ("sv", "Paketet har skickats. Bizi 0541 987 65 43 numarasından arayın."),
    ("en", "Your parcel left today. Ring Dave on 07700 900 461 if anything's wrong."),
    ("es", "Truca'ns al 93 221 45 87 i t'ajudem amb la comanda."),
    ("fr", "Le colis est parti. Appelez Julie au 06 12 34 56 78 pour la pose."),
    ("nl", "Het pakket is onderweg. Bel Joost: 06 1234 5678."),
    ("tr", "Kargonuz yola çıktı. Bizi 0533 456 78 90 numarasından arayın."),
]

OK_NUMBERS = [
    ("fr", "Ce sont bien les plaquettes avant Bosch 0 986 494 701 qui conviennent à votre Clio."),
    ("it", "Il filtro giusto per il suo modello è il ricambio 0105 0332, non quello inviato."),
    ("tr", "Süpürgenize uyan filtre 9178 003 300, gönderdiğimiz 9178 003 301 değil."),
    ("de", "Das passende Ersatzteil ist 0 986 424 815, nicht das gelieferte."),
    ("en", "The replacement part that fits is 0 986 424 815, not the one we sent."),
    ("es", "El recambio correcto es el 0 986 424 815; le enviamos otro por error."),
    ("de", "Die Miele-Servicehotline für Garantiefälle erreichen Sie unter 0800 22 44 666."),
    ("de", "Die Bosch-Servicehotline für Garantiefälle erreichen Sie unter 089 2000 1234."),
    (
        "fr",
        "Nous ne donnons pas notre numéro, mais la ligne du fabricant Tefal est le 09 74 50 47 74.",
    ),
    ("ja", "追跡番号は1234-5678-9012です。ヤマト運輸のサイトでご確認ください。"),
    ("en", "The manufacturer Philips runs its own warranty desk on 020 7946 0011."),
    ("it", "Il produttore Smeg per l'assistenza in garanzia risponde allo 0522 821 555."),
    ("sv", "Paketet har skickats med PostNord, kolli-id 00370712345678901234."),
]


@pytest.mark.parametrize(("lang", "text"), PHONES)
def test_phone_numbers_in_these_shapes_are_phone_numbers(lang, text):
    assert "phone-number" in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), OK_NUMBERS)
def test_part_numbers_and_named_manufacturer_lines_pass(lang, text):
    assert blocked(text, lang) == set(), text


# --- "if happy, say it publicly; if not, tell us first" ------------------------------------
# No review word at all: going public is offered to the happy buyer only and the unhappy one
# is kept private.  That split is the selective ask itself.  Going public mentioned without
# the split ("the manual is also public on the product page") stays compliant.

PUBLIC_IF_HAPPY = [
    ("en", "If you're pleased, feel free to say so publicly; if not, just tell us first."),
    ("de", "Wenn Sie zufrieden sind, erzählen Sie es gern öffentlich; falls nicht, erst uns."),
    ("de", "Falls alles stimmt, gern öffentlich auf der Produktseite. Sonst bitte zuerst an uns."),
    ("en", "Pleased with the kettle? Then a few words on Amazon say it best. Not happy? Tell us."),
    ("fr", "Si vous êtes contente, dites-le sur la page du produit ; sinon, écrivez-nous avant."),
    ("es", "Si está contento, cuéntelo públicamente; si no, escríbanos primero."),
    (
        "it",
        "Se è soddisfatta, lo racconti sulla pagina del prodotto; altrimenti scriva prima a noi.",
    ),
    ("nl", "Als u tevreden bent, zeg het gerust openbaar; zo niet, laat het ons eerst weten."),
    ("pl", "Jeśli jest Pan zadowolony, proszę napisać to publicznie; jeśli nie, najpierw do nas."),
    ("sv", "Om du är nöjd får du gärna säga det offentligt; annars hör av dig till oss först."),
    ("tr", "Memnun kaldıysanız bunu herkese açık paylaşın; değilse önce bize yazın."),
    (
        "ja",
        "ご満足いただけましたら商品ページでお伝えください。そうでない場合はまず当店へご連絡ください。",
    ),
]

OK_PUBLIC = [
    ("en", "The size chart is public on the product page; if not clear, ask us here."),
    ("de", "Falls nicht, finden Sie die Anleitung öffentlich auf der Produktseite."),
    ("fr", "Si vous êtes satisfaite de l'échange, tant mieux ; sinon, écrivez-nous."),
    ("es", "Si no le llega mañana, escríbanos y lo revisamos con Correos."),
]


@pytest.mark.parametrize(("lang", "text"), PUBLIC_IF_HAPPY)
def test_going_public_offered_only_to_happy_buyers_is_a_selective_review_ask(lang, text):
    assert "review-request" in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), OK_PUBLIC)
def test_a_public_page_or_an_if_not_alone_passes(lang, text):
    assert blocked(text, lang) == set(), text


# --- the number of a flat, floor, door or room asked on the thread -------------------------
# Conventions: asking for the missing flat, door, floor or room number on the Amazon thread is
# compliant, like the doorbell name; "your number" alone, or a phone number, is personal data.

OK_ADDRESS_NUMBER = [
    ("en", "Could you send us your flat number here? The driver could not find the door."),
    ("de", "Können Sie uns hier Ihre Wohnungsnummer nennen? Der Fahrer fand die Tür nicht."),
    ("fr", "Pourriez-vous nous indiquer ici votre numéro d'appartement ? Le livreur a échoué."),
    ("es", "¿Nos puede indicar aquí su número de piso? El repartidor no encontró la puerta."),
    ("it", "Ci può scrivere qui il numero dell'interno? Il corriere non l'ha trovato."),
    ("nl", "Kunt u hier uw huisnummer met toevoeging sturen? De bezorger vond het niet."),
    ("pl", "Prosimy o podanie tutaj numeru lokalu, kurier nie znalazł drzwi."),
    ("pl", "Proszę podać numer mieszkania i piętro, kurier nie mógł trafić."),
    ("sv", "Kan du skriva ditt lägenhetsnummer här? Budet hittade inte dörren."),
    ("tr", "Kapı numaranızı ve kat numaranızı buraya yazar mısınız? Kurye bulamadı."),
    ("tr", "Daire numaranızı buradan iletebilir misiniz? Kurye adresi bulamadı."),
    ("ja", "お部屋番号をこちらのメッセージでお知らせいただけますか。"),
]

STILL_PERSONAL = [
    ("tr", "Numaranızı buraya yazar mısınız? Kurye sizi arayacak."),
    ("pl", "Prosimy o numer telefonu, kurier zadzwoni."),
    ("en", "Could you send us your number so the driver can call you?"),
]


@pytest.mark.parametrize(("lang", "text"), OK_ADDRESS_NUMBER)
def test_a_flat_floor_door_or_room_number_asked_on_the_thread_passes(lang, text):
    assert blocked(text, lang) == set(), text


@pytest.mark.parametrize(("lang", "text"), STILL_PERSONAL)
def test_the_buyers_number_alone_is_still_personal_data(lang, text):
    assert "personal-data" in blocked(text, lang), text


# --- a marketplace name before a colon, an abbreviation ending in a country code -----------
# "Subito.it: that ad is not ours" (the colon ends the name, it starts no port or path);
# Scandinavian "art.nr", "org.nr", "best.nr" (nummer) end in Nauru's code but are no host.

OK_NOT_A_HOST = [
    ("it", "Non siamo su Subito.it: quell'inserzione non è nostra."),
    ("fr", "Pas sur Leboncoin.fr : cette annonce n'est pas la nôtre."),
    ("sv", "Rätt lampa är E14 (art.nr 5521-301), inte den vi skickade."),
    ("sv", "Vårt org.nr står på fakturan från Amazon."),
    ("nl", "Het juiste filter heeft art.nr 2231-40, we sturen het kosteloos."),
    ("de", "Die richtige Dichtung hat die Best.Nr 4471-208, wir senden sie kostenlos."),
]


@pytest.mark.parametrize(("lang", "text"), OK_NOT_A_HOST)
def test_a_name_before_a_colon_or_an_abbreviation_is_no_link(lang, text):
    assert blocked(text, lang) == set(), text


def test_a_host_on_naurus_code_and_a_marketplace_with_a_port_are_links():
    assert "link" in blocked("Details on shop.nr/deals", "en")
    assert "link" in blocked("See subito.it:8080/annunci", "it")


# --- a review word spelled out or cut into syllables ---------------------------------------
# "y o r u m", "o p i n i ę" start with a letter that is also a one-letter word ("y", "o"),
# which was kept apart as an article; "rec-en-sio-ne" is cut into syllables, "レ ビ ュ ー"
# into spaced katakana.  Joined when the whole is a violation word.

SPELLED_OUT = [
    ("tr", "Ürün için bir y o r u m yazarsanız seviniriz."),
    ("pl", "Prosimy o o p i n i ę na stronie produktu."),
    ("es", "Nos ayudaría mucho una o p i n i o n en Amazon."),
    ("it", "Ci lasci una re-cen-sio-ne, grazie!"),
    ("en", "Please leave us a re-vi-ew when you can."),
    ("de", "Bitte schreiben Sie eine Be-wer-tung für uns."),
    ("fr", "Laissez-nous un a-vis s'il vous plaît."),
    ("nl", "Laat u een re-cen-sie achter?"),
    ("sv", "Skriv gärna en re-cen-sion åt oss."),
    ("ja", "ぜひ レ ビ ュ ー をお願いいたします。"),
]

OK_SPELLED = [
    ("es", "Le enviamos el paquete y o tra caja con el cable."),
    ("en", "The up-to-date tracking shows it in Leeds."),
    ("de", "Die Lieferung kommt Mo-Fr zwischen 8 und 18 Uhr."),
    ("ja", "お届けは ヤ マ ト 運輸 です。"),
]


@pytest.mark.parametrize(("lang", "text"), SPELLED_OUT)
def test_a_review_word_spelled_out_or_in_syllables_is_a_review_request(lang, text):
    assert "review-request" in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), OK_SPELLED)
def test_spaced_letters_and_hyphenated_words_that_are_no_review_word_pass(lang, text):
    assert blocked(text, lang) == set(), text


# --- pressure and passive asks: small sellers living off each little star ------------------
# "Small sellers like us live off every little star", "a review is hoped for by our little
# team", "a little something from you on the listing page would make our day": the appeal is
# the ask.  A small team mentioned with no review word stays compliant.

PRESSED = [
    ("en", "Your stars are what keep tiny sellers like us afloat. Just saying."),
    ("en", "A review is hoped for by our small team once you have tried it."),
    ("en", "A little something from you on the product page would make our week."),
    ("de", "Jedes Sternchen hilft uns Kleinen enorm, nur so nebenbei."),
    ("fr", "Les petits vendeurs comme nous vivent de chaque petite étoile, je dis ça comme ça."),
    ("es", "Pequeños como nosotros vivimos de cada estrellita, solo lo digo."),
    ("it", "Piccoli come noi vivono di ogni stellina, lo dico e basta."),
    ("nl", "Kleine winkels zoals wij leven van elke ster, zomaar een gedachte."),
    ("pl", "Mali sprzedawcy jak my żyją z każdej gwiazdki, tak tylko mówię."),
    ("sv", "Små butiker som vi lever på varje stjärna, bara så du vet."),
    ("tr", "Bizim gibi küçük satıcılar her yıldızla ayakta kalıyor, söylemiş olalım."),
]

OK_SMALL_TEAM = [
    ("en", "Our small team packs every order by hand, so yours leaves tomorrow."),
    ("es", "Somos un equipo pequeño y enviamos su pedido mañana por la mañana."),
    ("de", "Wir Kleinen packen jede Bestellung selbst, Ihre geht morgen raus."),
]


@pytest.mark.parametrize(("lang", "text"), PRESSED)
def test_pressure_or_a_passive_ask_about_stars_is_a_review_request(lang, text):
    assert "review-request" in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), OK_SMALL_TEAM)
def test_a_small_team_without_a_review_word_passes(lang, text):
    assert blocked(text, lang) == set(), text


# --- "we have no website": the seller's own site said not to exist -------------------------
# Turkish puts the denial after the noun ("web sitemiz yok"); other languages deny before it
# ("we have no website", "wir haben keinen Onlineshop"), which was already read as a denial.

OK_NO_SITE = [
    ("tr", "Web sitemiz yok, yalnızca Amazon üzerinden satıyoruz."),
    ("tr", "Ayrı bir online mağazamız bulunmuyor; her şey Amazon'da."),
    ("en", "We have no website of our own; we only sell on Amazon."),
    ("de", "Wir haben keinen eigenen Onlineshop, nur Amazon."),
    ("fr", "Nous n'avons pas de site web, nous vendons uniquement sur Amazon."),
    ("es", "No tenemos tienda online propia, solo vendemos en Amazon."),
    ("it", "Non abbiamo un sito nostro, vendiamo solo su Amazon."),
    ("nl", "We hebben geen eigen webshop, alleen Amazon."),
    ("pl", "Nie mamy własnego sklepu internetowego, sprzedajemy tylko na Amazon."),
    ("sv", "Vi har ingen egen webbutik, vi säljer bara på Amazon."),
]

STILL_OWN_SITE = [
    ("tr", "Web sitemizde daha ucuz, oradan sipariş verin."),
    ("tr", "Bir sonrakini web sitemizden alabilirsiniz, sorun yok."),
]


@pytest.mark.parametrize(("lang", "text"), OK_NO_SITE)
def test_the_seller_saying_it_has_no_website_passes(lang, text):
    assert blocked(text, lang) == set(), text


@pytest.mark.parametrize(("lang", "text"), STILL_OWN_SITE)
def test_the_sellers_website_offered_is_still_off_amazon(lang, text):
    assert "off-amazon" in blocked(text, lang), text
