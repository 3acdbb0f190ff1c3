"""Round 15: the classes of misses and false alarms that held-out set 13 (and the rest of
sets 10-12) showed, each fixed in every language where it applies and tested with sentences
of our own (none from a held-out set), beside the look-alikes that must keep their verdict."""

from __future__ import annotations

import pytest

from tests.compliance.gate import blocked

# --- 1. a buyer's offer to pay another way, answered "all payments go through Amazon" -------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Thanks for offering to send the difference by Venmo, but there's no need: all "
            "payments go through Amazon. We'll cover the upgrade ourselves.",
        ),
        (
            "de",
            "Danke, dass Sie anbieten, den Aufpreis per PayPal zu schicken, aber alle "
            "Zahlungen laufen bei uns über Amazon.",
        ),
        (
            "fr",
            "Merci de proposer un virement pour la personnalisation, mais chez nous tout "
            "passe par Amazon ; elle est offerte.",
        ),
        (
            "fr",
            "Merci de nous proposer Lydia pour le supplément, mais nous n'encaissons "
            "qu'à travers Amazon.",
        ),
        (
            "es",
            "Gracias por ofrecerse a pagar el envío urgente por Bizum, pero todos los cobros "
            "van a través de Amazon. Lo asumimos nosotros.",
        ),
        (
            "es",
            "Le agradezco que se ofrezca a pagar la funda por transferencia, pero todo se "
            "cobra por Amazon.",
        ),
        (
            "it",
            "Grazie per la proposta di saldare con Satispay, ma tutti i pagamenti passano "
            "da Amazon: l'incisione gliela regaliamo.",
        ),
        (
            "nl",
            "Bedankt dat u aanbiedt om het verschil via Tikkie te sturen, maar alle "
            "betalingen gaan bij ons via Amazon.",
        ),
        (
            "pl",
            "Dziękujemy za propozycję dopłaty przelewem, ale wszystkie płatności rozliczamy "
            "przez Amazon.",
        ),
        (
            "sv",
            "Tack för att du erbjöd dig att swisha mellanskillnaden, men alla betalningar "
            "sköts via Amazon.",
        ),
        (
            "tr",
            "Farkı Papara ile göndermeyi teklif ettiğiniz için teşekkürler, ancak bütün "
            "ödemeler Amazon üzerinden alınıyor.",
        ),
        (
            "ja",
            "差額を銀行振込でお支払いいただけるとのこと、ありがとうございます。ただ、お支払いは"
            "全てAmazonを通す決まりです。",
        ),
    ],
)
def test_a_payment_offer_answered_all_through_amazon_passes(lang: str, text: str) -> None:
    assert "off-amazon" not in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # no offer of the buyer's answered: "all through Amazon" refuses nothing
        ("en", "Send the engraving fee by Venmo; all other payments go through Amazon."),
        ("de", "Den Aufpreis bitte per PayPal an uns, alle anderen Zahlungen über Amazon."),
        ("es", "Pague la funda por Bizum; todos los demás pagos van por Amazon."),
        ("nl", "Stuur het verschil via Tikkie; alle andere betalingen lopen via Amazon."),
        ("sv", "Swisha tillägget till oss, alla andra betalningar går via Amazon."),
        ("tr", "Farkı Papara ile gönderin; tüm diğer ödemeler Amazon üzerinden."),
    ],
)
def test_a_payment_asked_off_amazon_beside_all_through_amazon_stays_blocked(
    lang: str, text: str
) -> None:
    assert "off-amazon" in blocked(text, lang)


# --- 2. the seller's own goods pushed without a promotion word ------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # our new goods to come
        ("en", "By the way, our new walnut stands come out in March, worth keeping an eye out."),
        ("de", "Im April kommt übrigens unsere neue Teekanne aus Gusseisen heraus."),
        ("nl", "Volgende maand komt onze nieuwe theelijn binnen, ik denk dat die u zou bevallen."),
        ("tr", "Mart ayında yeni seramik kupalarımız geliyor, haber verelim dedik."),
        ("sv", "I höst släpper vi våra nya ullfiltar, jag kan varmt rekommendera dem."),
        # a release urged: recommended, or soon sold out
        ("it", "Tra due settimane esce la versione in rame: gliela consiglio per la sua cucina."),
        ("es", "El mes que viene sacamos la edición de invierno y se agota enseguida."),
        ("pl", "W przyszłym miesiącu wchodzi wersja z rączką, myślę, że będzie idealna dla pani."),
        ("tr", "Ay sonunda çelik versiyonu çıkıyor, göz atmanızı mutlaka öneririm."),
        ("ja", "来月、新しい茶器を入荷予定です。ご興味がございましたら、覗いてみてください。"),
        # our goods that customers take too, or that go with it
        ("de", "Dazu passt unser Gewürzregal, das die meisten Kunden gleich mit bestellen."),
        ("fr", "Notre nouveau plaid est fait pour ça, beaucoup de nos clients le prennent aussi."),
        ("es", "Muchos de nuestros clientes lo compran como complemento: nuestra nueva funda."),
        ("en", "We've got a matching lid for this pot, if you're interested."),
        # a loyalty card
        ("es", "Tenemos una tarjeta de puntos: por cada compra sumas un sello."),
        ("fr", "Avec notre carte de fidélité, la dixième bougie est à moitié prix."),
        ("de", "Mit unserer Treuekarte bekommen Sie bei jedem Kauf einen Stempel."),
        ("nl", "Met onze klantenkaart spaart u bij elke bestelling punten."),
        ("pl", "Mamy kartę lojalnościową, za każdy zakup dostaje pani pieczątkę."),
        ("sv", "Med vårt kundkort samlar du poäng på varje köp."),
        ("tr", "Puan kartımızla her alışverişte puan kazanırsınız."),
        ("en", "Ask us about our loyalty card: every purchase earns a stamp."),
    ],
)
def test_our_goods_pushed_without_a_promotion_word_are_marketing(lang: str, text: str) -> None:
    assert "marketing" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the buyer's own question about a matching piece, answered
        ("it", "Mi chiedeva se c'è il piattino abbinato alla tazza: sì, è il modello T-12."),
        ("it", "Ci chiedeva se esiste la federa coordinata: sì, misura 50 x 80 cm."),
        ("sv", "Du frågade om det finns en matchande bricka: ja, den heter BR-2 och är av ek."),
        ("en", "You asked whether there is a matching saucer: yes, it's model S-4."),
        # the buyer's own parcel or replacement arriving, advice recommended
        ("tr", "Kargonuz şubat ayında değil, yarın geliyor; takip numarası mesajda."),
        ("en", "Your replacement arrives in March; I'd recommend keeping the old one until then."),
        ("de", "Viele Kunden fragen, ob der Deckel passt: ja, er passt auf alle Größen."),
        ("es", "La tarjeta de embarque no es necesaria; el paquete llega el martes."),
    ],
)
def test_an_answered_question_or_the_buyers_own_parcel_is_no_marketing(
    lang: str, text: str
) -> None:
    assert "marketing" not in blocked(text, lang)


# --- 3. a plea for the buyers' words: visibility, the only chance, the voice of buyers -------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "We're a two-person workshop and we've dropped to page three. Every honest word "
            "under the listing would make us visible again.",
        ),
        (
            "de",
            "Seit dem Sommer sind wir auf Seite drei gerutscht. Ein paar Zeilen von Kunden "
            "wie Ihnen würden uns wieder sichtbar machen.",
        ),
        (
            "de",
            "Jede ehrliche Stimme unter dem Artikel würde unsere kleine Werkstatt retten.",
        ),
        (
            "fr",
            "Nous sommes un petit atelier : chaque mot sous l'annonce est notre seule chance "
            "de rester visibles.",
        ),
        (
            "es",
            "Somos un taller de dos personas. Cada estrella que nos dejan cuenta para que "
            "nos sigan viendo.",
        ),
        (
            "it",
            "Siamo scesi in terza pagina: ogni sua parola sotto il prodotto per noi vale oro.",
        ),
        (
            "nl",
            "We zijn naar pagina drie gezakt. Elk eerlijk woord onder het artikel is onze "
            "enige kans.",
        ),
        (
            "pl",
            "Spadliśmy na trzecią stronę wyników. Kilka słów pod produktem to nasza jedyna szansa.",
        ),
        (
            "sv",
            "Vi har halkat ner till sidan tre. Varje ärligt ord under produkten gör oss synliga.",
        ),
        ("tr", "Listede çok geriye düştük; ürün sayfasına puan verirseniz büyük destek olur."),
        ("ja", "小さな工房ですので、お客様のような購入者の方の声だけが頼りです。"),
    ],
)
def test_a_plea_for_the_buyers_words_is_a_review_request(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "We're a small workshop, so replies can take a day. The lid ships tomorrow."),
        ("de", "Die Stimme am Telefon war unser Lager; das Paket ist sichtbar beschädigt."),
        ("es", "Somos un taller pequeño. Le enviamos la pieza mañana por la mañana."),
        ("it", "Siamo un piccolo laboratorio; la parola d'ordine è pazienza, arriva giovedì."),
        ("ja", "お客様の声を参考に、梱包を改良いたしました。明日発送いたします。"),
        ("pl", "Jesteśmy małą pracownią. Przesyłka jest widoczna w systemie kuriera."),
    ],
)
def test_a_small_shop_or_an_ordinary_word_without_a_plea_is_no_review_request(
    lang: str, text: str
) -> None:
    assert "review-request" not in blocked(text, lang)


# --- 4. going public asked only of the happy buyer, the condition asked verb first ----------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "nl",
            "Bent u blij met de lamp, vertel het dan aan andere kopers onder het product. "
            "Is er iets mis, mail ons dan eerst.",
        ),
        (
            "sv",
            "Är du nöjd, berätta det för andra på produktsidan. Är något fel, hör av dig "
            "till oss först.",
        ),
        (
            "de",
            "Sind Sie zufrieden, dann erzählen Sie es anderen auf der Produktseite. Ist etwas "
            "kaputt, schreiben Sie uns vorher.",
        ),
    ],
)
def test_going_public_asked_only_of_the_happy_buyer_is_selective(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


# --- 5. asked to vote the seller's answer helpful --------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Amazon will ask if this reply was helpful. Could you click Yes for us?"),
        ("de", "Amazon fragt gleich, ob die Antwort hilfreich war. Bitte auf „Ja“ klicken!"),
        ("fr", "Amazon vous demandera si notre réponse était utile : cliquez sur « Oui » !"),
        ("es", "Amazon le preguntará si la respuesta fue útil. ¿Puede pulsar en «Sí»?"),
        ("it", "Amazon le chiederà se la risposta è stata utile: clicchi su «Sì», grazie."),
        ("nl", "Amazon vraagt straks of dit antwoord nuttig was. Klik dan even op 'Ja'."),
        ("pl", "Amazon zapyta, czy odpowiedź była pomocna. Prosimy kliknąć „Tak”."),
        ("sv", "Amazon frågar om svaret var hjälpsamt. Klicka gärna på ”Ja”."),
        ("ja", "この返信が役に立ったかAmazonから質問があります。「はい」を押していただけますか。"),
    ],
)
def test_asking_to_vote_the_answer_helpful_is_a_review_request(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "When Amazon asks whether you want a replacement, click Yes and it ships today."),
        (
            "de",
            "Wenn Amazon nach der Rücksendung fragt, klicken Sie auf „Ja“ und drucken das Etikett.",
        ),
        ("nl", "Klik op 'Ja' bij de vraag of u het pakket wilt terugsturen."),
        ("es", "Cuando Amazon le pregunte si desea el reembolso, pulse en «Sí»."),
    ],
)
def test_clicking_yes_in_a_return_or_replacement_form_passes(lang: str, text: str) -> None:
    assert "review-request" not in blocked(text, lang)


# --- 6. a review in other words ("tell us on Amazon how it went") tied to a gift or a perk ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Si nos cuenta en Amazon qué tal le fue, le mandamos de regalo otra taza."),
        ("en", "Tell us on Amazon how the party went and we'll send you a free candle set."),
        ("sv", "Alla som delar sin upplevelse på produktsidan får fri frakt ett halvår."),
        ("sv", "När ditt omdöme syns under produkten får du fri frakt nästa gång."),
        ("tr", "Ürün sayfasına deneyimini yazanların kargo ücretini geri ödüyoruz."),
        (
            "fr",
            "Ceux qui racontent leur essai sous l'annonce reçoivent un savon à titre de "
            "remerciement.",
        ),
        ("nl", "Ik betaal u de helft terug zodra uw mening op de productpagina staat."),
    ],
)
def test_a_review_in_other_words_tied_to_a_perk_is_an_incentive(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sv", "Beställningen hade fri frakt, så du får ingen fraktavgift tillbaka."),
        ("es", "Cuéntenos qué tal le queda la talla y le cambiamos la pieza gratis."),
        ("tr", "Kargo ücretini geri ödüyoruz; iade kodu mesajda."),
        ("fr", "À titre de remerciement pour votre patience, le port est remboursé."),
    ],
)
def test_a_perk_without_a_public_review_is_no_incentive_for_one(lang: str, text: str) -> None:
    assert "review-request" not in blocked(text, lang)


# --- 7. the seller cancels on the buyer's word; a charge voided by itself -------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "de",
            "Ist Ihnen das zu spät, stornieren wir gern für Sie. Ein kurzes „ja, stornieren“ "
            "hier reicht uns.",
        ),
        (
            "en",
            "If that's too late, we'll cancel it for you. A quick 'please cancel' in this "
            "thread is all we need.",
        ),
        (
            "fr",
            "Si c'est trop tard, nous pouvons l'annuler pour vous. Un simple « oui, annulez » "
            "ici suffit.",
        ),
        ("es", "Acabo de cancelar el pedido yo mismo; el cargo se anula en dos o tres días."),
        ("it", "Ho appena annullato l'ordine io stesso: l'addebito si annulla da solo."),
        ("fr", "Je viens d'annuler la commande moi-même, vous n'avez rien à faire."),
    ],
)
def test_the_seller_cancelling_on_the_buyers_word_passes(lang: str, text: str) -> None:
    assert "cancellation-request" not in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Klicken Sie bitte in Ihren Bestellungen auf „Bestellung stornieren“."),
        ("en", "Please go to Your Orders and press 'Cancel items' yourself."),
        ("es", "Por favor, pulse «Cancelar pedido» en Mis pedidos usted mismo."),
    ],
)
def test_a_cancel_button_named_in_quotes_stays_a_cancellation_request(lang: str, text: str) -> None:
    assert "cancellation-request" in blocked(text, lang)


# --- 8. words that look like a review, a public place or a personal-data ask, and are not ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the buyer's own Amazon account is where the address goes, not a public page
        ("sv", "Kan du skriva våningen här, eller lägga in den i adressen på ditt Amazon-konto?"),
        ("de", "Können Sie die Klingel hier schreiben oder im Amazon-Konto ergänzen?"),
        ("en", "Could you write the gate code here or add it to your Amazon account?"),
        # a third party's notice, then "that notice"
        (
            "fr",
            "Nous avons reçu l'avis du transporteur sur le colis écrasé. Cet avis ne change "
            "rien au remboursement, déjà fait.",
        ),
        # the English verb under a Turkish one: the seller's own check
        ("tr", "Siparişinizi depoda yeniden review ettik; eksik parça yarın kargoda."),
        ("tr", "Paketi gönderimden önce review ediyoruz, bu sefer atlanmış."),
    ],
)
def test_look_alikes_of_a_review_ask_pass(lang: str, text: str) -> None:
    assert "review-request" not in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Merci de laisser un avis sur Amazon : cet avis nous aide beaucoup."),
        ("sv", "Kan du skriva ett omdöme på Amazon?"),
        ("tr", "Lütfen ürünü Amazon'da review edin, yorumunuz bizim için önemli."),
    ],
)
def test_a_review_asked_beside_those_words_stays_blocked(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "Do odbioru paczki w placówce potrzebny jest dowód osobisty."),
        ("pl", "Przy odbiorze na poczcie trzeba okazać dowód osobisty."),
    ],
)
def test_an_id_shown_at_the_pickup_is_no_personal_data_ask(lang: str, text: str) -> None:
    assert "personal-data" not in blocked(text, lang)


def test_an_id_sent_to_the_seller_stays_a_personal_data_ask() -> None:
    assert "personal-data" in blocked("Proszę przesłać nam skan dowodu osobistego.", "pl")


# --- 9. a maker's service line named after the service word, a few words before the number -


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "de",
            "Die Service-Hotline von Kesselwerk Heiztechnik erreichen Sie unter 0800 412 33 10.",
        ),
        ("en", "The service line of Brightwell Appliances can be reached on 0800 331 2207."),
    ],
)
def test_a_makers_line_named_after_the_service_word_passes(lang: str, text: str) -> None:
    assert "phone-number" not in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Die Service-Hotline von uns erreichen Sie unter 0800 412 33 10."),
        ("de", "Die Service-Hotline von Kesselwerk erreichen Sie unter 0171 2345678."),
    ],
)
def test_our_line_or_a_mobile_after_a_service_word_stays_blocked(lang: str, text: str) -> None:
    assert "phone-number" in blocked(text, lang)


# --- 10. another marketplace or venue described, not named, with the seller's shop there ----


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "That lamp sold out here, but it's still on the biggest resale app in the country, "
            "under the same shop name.",
        ),
        (
            "de",
            "Hier ist der Bausatz vergriffen. Wir stehen aber samstags auf dem Flohmarkt am "
            "Rathaus; dort verkaufen wir auch Restposten.",
        ),
        (
            "es",
            "Ese bolso ya no está aquí, pero lo tiene en la app de segunda mano más usada, "
            "bajo el mismo nombre de la tienda.",
        ),
        (
            "fr",
            "Ce modèle n'est plus ici, mais il est sur le site d'enchères le plus connu, sous "
            "le même nom de boutique.",
        ),
        (
            "it",
            "Qui è esaurito, ma lo trova sulla piattaforma di annunci più nota, sotto il "
            "nome del negozio.",
        ),
        (
            "nl",
            "Hier is hij uitverkocht, maar op de bekendste tweedehandssite staat hij onder "
            "dezelfde winkelnaam.",
        ),
        (
            "pl",
            "Tutaj już jej nie ma, ale na znanym serwisie aukcyjnym znajdzie ją Pani u nas "
            "pod tą samą nazwą.",
        ),
        (
            "sv",
            "Här är den slut, men på den största köp- och säljappen finns den under samma "
            "butiksnamn.",
        ),
        ("tr", "Burada tükendi ama mavi logolu pazaryerindeki mağazamızda hâlâ var."),
    ],
)
def test_another_venue_with_our_shop_there_is_off_amazon(lang: str, text: str) -> None:
    assert "off-amazon" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The parcel is addressed under the same name as your order."),
        ("de", "Das Paket liegt in der Filiale unter dem gleichen Namen wie die Bestellung."),
        ("es", "El paquete está a nombre del mismo titular; lo tenemos en el almacén."),
        ("pl", "Przesyłka jest u nas w magazynie, wyślemy ją jutro."),
        ("tr", "Pazar günü mağazamızda sayım var, kargo pazartesi çıkacak."),
        ("fr", "La plateforme du transporteur indique une livraison demain."),
    ],
)
def test_a_name_a_store_or_a_platform_alone_is_no_venue(lang: str, text: str) -> None:
    assert "off-amazon" not in blocked(text, lang)


# --- 11. a product page the buyer asked about, pushed with "grab it while it's in stock" ----


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "You asked about the 2 m cable; that one's too short, but this one works. Order "
            "it now before it's gone: https://www.amazon.co.uk/dp/B0ABCDE123",
        ),
        (
            "de",
            "Sie fragten nach dem Filter: dieser passt, solange der Vorrat reicht: "
            "https://www.amazon.de/dp/B0ABCDE123",
        ),
        (
            "es",
            "Preguntó por la funda: esta sí le sirve, antes de que se agote: "
            "https://www.amazon.es/dp/B0ABCDE123",
        ),
        (
            "ja",
            "ご質問のケースはこちらです。在庫があるうちにどうぞ。https://www.amazon.co.jp/dp/B0ABCDE123",
        ),
    ],
)
def test_a_product_page_pushed_with_urgency_is_a_marketing_link(lang: str, text: str) -> None:
    assert "marketing" in blocked(text, lang)


def test_a_product_page_the_buyer_asked_about_passes() -> None:
    text = "You asked which refill fits: it is this one, https://www.amazon.co.uk/dp/B0ABCDE123"
    assert "marketing" not in blocked(text, "en")


# --- 12. phone numbers told in pieces; a parcel number repeated in the carrier's link; an
# ordinary word beside a nine-digit number is no tracking code ------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "El técnico atiende en su móvil: empieza por 611 27 y sigue con 40 93."),
        ("es", "Nuestro fijo empieza por 933 18.\nY termina en 27 45, pregunte por Lola."),
        ("nl", "Ons nummer begint met 06 48 en daarna 21 77 30, vraag naar Piet."),
        ("nl", "Het nummer begint met 010 42.\nDaarna komt 87 651."),
        ("sv", "Numret slutar på 17 83.\nDet börjar med 08-62 40."),
        ("en", "My number starts with 07700 and then it ends with 900 461."),
        ("de", "Die Nummer beginnt mit 0171 23 und endet mit 45 67 89."),
        ("it", "Il numero inizia con 347 21 e continua con 58 90 3."),
        ("es", "Llámeme al 654 218 907 de lunes a viernes por la tarde."),
        ("it", "Mi chiami al 347 218 907 da lunedì a venerdì."),
    ],
)
def test_a_phone_number_told_in_pieces_or_beside_short_words_is_a_phone(
    lang: str, text: str
) -> None:
    assert "phone-number" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "de",
            "Ihr Paket liegt im GLS-Paketshop. Nummer: 60987654321. Hier nachsehen: "
            "https://www.gls-pakete.de/sendungsverfolgung?match=60987654321",
        ),
        (
            "es",
            "Su envío va con GLS. Número: 91098765432. Seguimiento: "
            "https://www.gls-spain.es/es/recibir-paquetes/seguimiento-envio/?match=91098765432",
        ),
        ("en", "Your parcel RB 482 917 365 IT is on its way."),
        ("es", "El pedido empieza por 302 41 y sigue con 83 09."),
    ],
)
def test_a_parcel_or_order_number_is_no_phone(lang: str, text: str) -> None:
    assert "phone-number" not in blocked(text, lang)


def test_a_number_repeated_in_a_link_that_is_no_carriers_stays_a_phone() -> None:
    text = "Ring our shop: 0201234567. See https://example.com/search?q=0201234567"
    assert "phone-number" in blocked(text, "en")


# --- 13. "write us your number here"; Amazon's own e-mail; "richiedi tu"; a cheque ---------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Schreiben Sie mir bitte hier Ihre Handynummer, dann gebe ich sie dem Fahrer."),
        ("es", "¿Podría escribirnos aquí su número de móvil para el transportista?"),
        ("it", "Ci scriva il suo numero di cellulare, così il corriere la chiama."),
        ("fr", "Écrivez-nous votre numéro de portable pour le livreur."),
        ("es", "¿Podría escribirnos su número de DNI para el albarán?"),
    ],
)
def test_write_us_your_number_asks_for_personal_data(lang: str, text: str) -> None:
    assert "personal-data" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "I've cancelled it on our side; Amazon will confirm by email shortly."),
        ("de", "Wir haben storniert; Amazon bestätigt Ihnen das per E-Mail."),
        ("es", "Ya está cancelado; Amazon le avisará por correo electrónico."),
        ("it", "L'ordine è annullato; Amazon le invierà conferma via email."),
    ],
)
def test_amazon_writing_to_the_buyer_asks_no_personal_data(lang: str, text: str) -> None:
    assert "personal-data" not in blocked(text, lang)


def test_the_informal_you_asked_to_request_the_cancellation_is_blocked() -> None:
    text = "Se puoi, richiedi tu l'annullamento in I miei ordini, così non conta come nostro."
    assert "cancellation-request" in blocked(text, "it")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le supplément se règle par chèque à l'ordre de l'atelier."),
        ("it", "Il supplemento può pagarlo per assegno intestato al laboratorio."),
        ("en", "You can pay the extra by cheque, made out to the workshop."),
        ("de", "Den Aufpreis können Sie auch mit Scheck an uns bezahlen."),
    ],
)
def test_a_cheque_to_the_seller_is_off_amazon(lang: str, text: str) -> None:
    assert "off-amazon" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Nous n'acceptons pas de chèque : tout se paie sur Amazon."),
        ("en", "We don't take payment by cheque; Amazon handles it all."),
    ],
)
def test_a_cheque_refused_passes(lang: str, text: str) -> None:
    assert "off-amazon" not in blocked(text, lang)


# --- 14. the same shop name elsewhere, our physical shop or stall, buying direct -----------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Only the grey one was left here, but the olive one is on Depop, same shop name."),
        ("sv", "Den sista sålde vi här, men fler finns uppe på Plick, samma butiksnamn."),
        ("pl", "Tu się skończyły, ale mamy je jeszcze na Erli, sklep nazywa się tak samo."),
        ("fr", "Ce modèle existe aussi reconditionné sur Back Market, chez nous aussi."),
        (
            "de",
            "Samstags stehen wir auf dem Wochenmarkt am Domplatz, da können Sie die Größe "
            "direkt anprobieren und gleich mitnehmen.",
        ),
        (
            "it",
            "A marzo ci trova in fiera a Bologna, padiglione 2: lì abbiamo tutti i colori.",
        ),
        (
            "nl",
            "Kom gerust langs in onze werkplaats in Delft: je kunt daar meteen afrekenen en "
            "meenemen.",
        ),
        ("ja", "浅草の実店舗にお越しいただければ、全色を手に取ってお選びいただけます。"),
        (
            "en",
            "For your next batch, we also take trade orders by invoice directly, which many "
            "schools prefer to going through here.",
        ),
        ("de", "Für Nachbestellungen müssen Sie nicht den Umweg über Amazon nehmen."),
        ("fr", "Pour les commandes pro, on fait tout en direct sur devis."),
        ("nl", "Bestel gerust via onze site, dat scheelt de Amazon-marge."),
        ("pl", "Zapraszamy bezpośrednio do nas, ceny mamy niższe niż tutaj."),
    ],
)
def test_buying_from_us_elsewhere_is_off_amazon(lang: str, text: str) -> None:
    assert "off-amazon" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Das Paket liegt in der Filiale am Domplatz; nehmen Sie bitte den Ausweis mit."),
        ("it", "Il corriere passa in mattinata; il pacco è già in consegna."),
        ("ja", "商品ページの写真と実物の色が少し違うとのこと、申し訳ございません。"),
        ("en", "The replacement goes out through Amazon today, same as the first one."),
        ("nl", "U kunt het pakket bij het afhaalpunt ophalen en meenemen."),
    ],
)
def test_a_pickup_or_an_ordinary_sentence_is_not_buying_elsewhere(lang: str, text: str) -> None:
    assert "off-amazon" not in blocked(text, lang)


# --- 15. more words for a review ask: clicking Yes, genuine voices, a favour, a reminder ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "If that fixed it, clicking Yes under 'Was this helpful?' would help our metrics."),
        (
            "en",
            "We're a tiny outfit and every genuine voice on the listing moves the needle for us.",
        ),
        (
            "en",
            "If the lamp works out, a line or two on the listing would really help other buyers.",
        ),
        (
            "it",
            "Se la moka le piace, due righe nella scheda prodotto ci farebbero un favore enorme.",
        ),
        (
            "es",
            "Si la funda le convence, nos vendría de lujo que lo contara en la ficha del producto.",
        ),
        (
            "fr",
            "Si vous êtes satisfaite, n'hésitez pas à le faire savoir sur Amazon ; dans le cas "
            "contraire, écrivez-nous d'abord.",
        ),
        (
            "en",
            "Everyone who leaves a few honest words on Amazon gets a sample in their next "
            "parcel, on the house.",
        ),
        ("pl", "Osobom, które napiszą parę zdań na Amazonie, dosyłamy serum gratis."),
        ("tr", "Deneyimini ürünün altında paylaşanlar arasında her ay çekiliş yapıyoruz."),
        ("sv", "Vi frågade om ett omdöme förra veckan, hinner du kanske i helgen?"),
    ],
)
def test_more_words_for_a_review_ask_are_a_review_request(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Clicking Yes on the return form prints your label."),
        ("sv", "Du undrade om ett omdöme syns direkt: det gör det inte alltid."),
        ("sv", "Vi skrev till DHL om leveransen; betyget på deras tjänst är inte vårt."),
        ("it", "Ci farebbe un favore enorme se controllasse il numero civico."),
        ("en", "The spare part is in their next delivery to us, so it ships Friday, on the house."),
    ],
)
def test_those_words_without_a_review_pass(lang: str, text: str) -> None:
    assert "review-request" not in blocked(text, lang)
