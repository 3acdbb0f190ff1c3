"""Round 20: classes of set 19's misses and false alarms, each tested with sentences of our
own (none from set 19), beside look-alikes that must pass.

F1: stars a guide or a scheme gave ("the routes with three stars", "a two-star trail"), and
a technical rating's capitalised name ("Course Rating", "Energy Rating"): no buyer rates.
F2: digits in groups that their label names: a size ("frame 54-16-145"), a pickup code, an
article number shaped like a mobile number.
F3: the buyer's payment offer thanked for ("thanks for the idea", "grazie della proposta",
"dzięki za propozycję") and refused by "only through Amazon".
F4: "number" as a shoe size ("qué número, el 41 o el 42?"); Amazon as the one who explains a
help page ("Amazon bu sayfada anlatıyor").
C1: the buyer's handle on any service: user name, gamer tag, friend code, account name, and
"<Service> ID" for any service ("PSN-ID", "Riot ID", "Golf-ID"), in all ten languages.
C2: a number labelled as a case reference, then owned as the seller's mobile.
"""

from __future__ import annotations

import pytest

from tests.compliance.gate import blocked

# --- F1: stars that grade something else ------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The two-star trail on the map is the easy loop; the boots handle it well."),
        ("de", "Die Touren mit drei Sternen gelten im Wanderführer als die schönsten."),
        (
            "fr",
            "Les voies avec trois étoiles sont les plus belles selon le topo ; la corde suffit.",
        ),
        ("es", "Las vías con tres estrellas son las más bonitas según la guía; la cuerda basta."),
        (
            "it",
            "I sentieri con due stelle sono i più facili secondo "
            "la guida; gli scarponi vanno bene.",
        ),
        (
            "nl",
            "Wandelingen met drie sterren zijn volgens de gids de "
            "mooiste; de schoenen passen erbij.",
        ),
        (
            "sv",
            "Spåren med tre stjärnor är enligt guideboken de vackraste; skorna klarar dem fint.",
        ),
        (
            "de",
            "Das Gerät zeigt Slope und Course Rating nur im "
            "Trainingsmodus an, bitte im Turnier abschalten.",
        ),
        ("en", "The Energy Rating is on the sticker; please keep it for the warranty."),
    ],
)
def test_stars_a_guide_gave_or_a_named_rating_ask_nothing(lang: str, text: str) -> None:
    assert "review-request" not in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Bewerten Sie uns mit fünf Sternen, das hilft uns sehr."),
        ("de", "Unterstützen Sie unseren kleinen Laden mit fünf Sternen."),
        ("en", "Support the shop with five stars!"),
        ("en", "A five-star review from you would help our little shop."),
        ("fr", "Récompensez notre équipe avec cinq étoiles sur Amazon."),
        ("it", "Ci premi con cinque stelle, per favore."),
        ("sv", "Vi skulle bli så glada för ett omdöme med fem stjärnor."),
        ("en", "Please leave a Seller Rating if you can."),
        ("en", "Could you give us a Star Rating on Amazon?"),
    ],
)
def test_stars_asked_of_the_buyer_stay_an_ask(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


# --- F2: digit groups their label names ---------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The frame size is 54-16-145, so slightly wider than your old pair."),
        ("de", "Die Brille hat die Größe 50-20-135; der Optiker kann die Bügel anpassen."),
        ("de", "Größe: 50-20-135, der Optiker kann die Bügel anpassen."),
        ("fr", "La taille de la monture est 49-19-140, un peu plus étroite."),
        ("nl", "Uw afhaalcode voor het pakketpunt is 512 884 307, geldig tot vrijdag."),
        ("tr", "Teslim alma kodunuz 612 448 903, üç gün geçerli."),
        ("pl", "Kod odbioru w paczkomacie to 771 204 559."),
        ("en", "Pickup code: 447 190 223."),
        ("it", "Il codice articolo del produttore è 0157 3321 90, lo trova anche sulla busta."),
        ("en", "The maker's part number is 0172 5584 39, printed on the bag too."),
    ],
)
def test_a_size_a_code_or_an_article_number_is_no_phone(lang: str, text: str) -> None:
    assert "phone-number" not in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Call our workshop on 0113 496 0557 for the size question."),
        ("en", "For size advice: 0113 496 0557."),
        ("de", "Unser Handy für Fragen zur Größe: 0171 2345 678."),
        ("en", "For urgent matters:\n3125550166\n"),
    ],
)
def test_a_phone_word_outweighs_a_size_word(lang: str, text: str) -> None:
    assert "phone-number" in blocked(text, lang)


# --- F3: an offer to pay elsewhere, thanked for and refused -------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "it",
            "Grazie della proposta di saldare con PayPal, ma "
            "possiamo incassare solo tramite Amazon.",
        ),
        ("pl", "Dzięki za pomysł z przelewem, ale płatności przyjmujemy tylko przez Amazon."),
        (
            "en",
            "Thanks so much for the idea of paying by Venmo, but payments go only through Amazon.",
        ),
        (
            "de",
            "Danke für Ihren Vorschlag mit PayPal, Zahlungen laufen bei uns aber nur über Amazon.",
        ),
        (
            "fr",
            "Merci pour votre proposition de payer par Lydia, mais les "
            "paiements passent uniquement par Amazon.",
        ),
        (
            "es",
            "Gracias por la propuesta de pagar con Bizum, pero solo cobramos a través de Amazon.",
        ),
        (
            "nl",
            "Dank je voor het voorstel om via Tikkie te betalen, "
            "maar betalingen lopen alleen via Amazon.",
        ),
        ("sv", "Tack för förslaget att swisha, men betalningar går bara via Amazon."),
        (
            "ja",
            "PayPayでのお支払いのお申し出ありがとうございます。ただ、お支払いはAmazonでのみ承っております。",
        ),
    ],
)
def test_a_payment_offer_refused_is_no_steering(lang: str, text: str) -> None:
    assert "off-amazon" not in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "Può pagare la differenza con Satispay; tutto il resto passa solo tramite Amazon."),
        ("en", "Send the difference by Venmo, thanks."),
    ],
)
def test_a_payment_asked_off_amazon_stays_blocked(lang: str, text: str) -> None:
    assert "off-amazon" in blocked(text, lang)


# --- F4: a shoe size asked, Amazon explaining ---------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "Le cambiamos las botas. ¿Qué número prefiere, el 41 o "
            "el 42? Dígamelo y se las enviamos.",
        ),
        ("de", "Welche Nummer brauchen Sie, 42 oder 43? Schreiben Sie es uns einfach hier."),
        ("it", "Che numero preferisce, il 38 o il 39? Me lo scriva qui e spediamo il cambio."),
        (
            "tr",
            "Amazon iade adımlarını bu sayfada anlatıyor: "
            "https://www.amazon.com.tr/gp/help/customer/display.html?nodeId=1234 "
            "Kargo ücretini biz öderiz.",
        ),
        (
            "de",
            "Wie Amazon die Rücksendung beschreibt, steht hier: "
            "https://www.amazon.de/gp/help/customer/display.html?nodeId=1234 "
            "Die Kosten erstatten wir.",
        ),
    ],
)
def test_a_size_number_and_amazons_help_page_pass(lang: str, text: str) -> None:
    assert not blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "rule"),
    [
        ("es", "¿Qué número de teléfono tiene? Dígamelo y le llamamos.", "personal-data"),
        ("de", "Welche Nummer hat Ihr Handy? Schreiben Sie sie uns bitte.", "personal-data"),
        (
            "tr",
            "Amazon'da ürün sayfasına birkaç satır yazarsanız size 5 euro iade ederiz.",
            "review-request",
        ),
    ],
)
def test_a_phone_number_or_a_paid_review_stays_blocked(lang: str, text: str, rule: str) -> None:
    assert rule in blocked(text, lang)


# --- C1: the buyer's handle on a service ----------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Could you send me your Xbox gamertag so I can gift the add-on?"),
        ("en", "Please send us your Minecraft ID and we will add the skin pack."),
        (
            "de",
            "Schreiben Sie mir bitte Ihren "
            "Battle.net-Benutzernamen, dann schenken wir Ihnen das Spiel.",
        ),
        ("de", "Nennen Sie uns Ihre Apple-ID, dann teilen wir die App mit Ihnen."),
        ("fr", "Indiquez-moi votre pseudo Twitch et je vous offre l'abonnement."),
        ("es", "Envíenos su ID de jugador de Fortnite y le mandamos las monedas."),
        ("es", "Dígame su nombre de usuario de Roblox y le enviamos el regalo."),
        ("it", "Mi scriva il suo nome utente di PlayStation e le regalo il gioco."),
        ("nl", "Stuur ons je Roblox-gebruikersnaam, dan sturen we de Robux."),
        ("pl", "Podaj nam swój nick ze Steama, to wyślemy prezent."),
        ("sv", "Skicka ditt användarnamn på Roblox så skickar vi koden."),
        ("sv", "Vi behöver ditt Tennis-ID för att registrera racketen."),
        ("tr", "Steam kullanıcı adınızı gönderin, oyunu hediye edelim."),
        ("tr", "Epic ID'ni yazarsan oyunu hesabına göndeririz."),
        ("ja", "ニンテンドーアカウントのユーザー名を教えていただければ、ソフトを贈ります。"),
        ("ja", "フレンドコードを教えていただければ、当店のアカウントからアイテムをお送りします。"),
    ],
)
def test_a_handle_on_a_service_is_personal_data(lang: str, text: str) -> None:
    assert "personal-data" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Log in to the router with the user name admin and the password printed on the label.",
        ),
        ("en", "Please send us the order ID and a photo of the crack."),
        (
            "de",
            "Die Sendungs-ID finden Sie in der Versandbestätigung; "
            "nennen Sie uns bitte die Bestell-ID.",
        ),
        ("en", "Our friend code for the demo lobby is printed on the box."),
        ("en", "Please send us the Device ID shown in the app so we can reset the lock."),
    ],
)
def test_an_order_id_a_device_id_or_our_own_code_is_no_handle(lang: str, text: str) -> None:
    assert "personal-data" not in blocked(text, lang)


# --- C2: a case reference that is the seller's mobile --------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "Numero pratica: 347 558 1290 (è anche il mio cellulare, se vuole chiamarmi)."),
        ("en", "Case reference 07700 900461 - that's also my mobile if you'd rather talk."),
        ("de", "Vorgangsnummer 0171 4455 667, das ist auch meine Handynummer."),
    ],
)
def test_a_reference_owned_as_a_mobile_is_a_phone(lang: str, text: str) -> None:
    assert "phone-number" in blocked(text, lang)


# --- C3: marketing without a promotion word -------------------------------------------------
# new goods to come (any goods, or a year's collection), an offer to tell the buyer when new
# goods come in, the seller's own event (course, tasting, outing), our catalogue sent, and a
# named discount ("15 procent introductiekorting", "ask about our club discounts").


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "de",
            "Im Januar kommen die neuen Lampenschirme aus Leinen. "
            "Sollen wir Ihnen einen zurücklegen?",
        ),
        ("fr", "P.S. Les bougies de la collection 2027 arrivent en mars."),
        ("nl", "Als u wilt, houden we u op de hoogte zodra onze nieuwe lampen binnen zijn."),
        ("en", "We'll keep you posted as soon as the new lanterns come in, if you like."),
        ("it", "Se vuole, a marzo possiamo spedirle il nostro catalogo con le nuove tazze."),
        (
            "fr",
            "Nous organisons un atelier de poterie gratuit en "
            "février ; voulez-vous une invitation ?",
        ),
        ("it", "Ogni mese organizziamo una degustazione gratuita per i nostri clienti."),
        ("es", "Organizamos un taller de cerámica en línea en marzo; ¿le envío la invitación?"),
        ("en", "We host a free online baking class in May - shall I send you the details?"),
        ("de", "Wir veranstalten im März einen Nähkurs für unsere Kunden."),
        ("pl", "W marcu organizujemy warsztaty ceramiki dla naszych klientów."),
        ("sv", "Vi anordnar en provning för våra kunder i mars."),
        ("tr", "Mart ayında müşterilerimiz için bir seramik atölyesi düzenliyoruz."),
        ("nl", "Groet, Tom\nNieuw: onze regenjassen, nu met 20 procent introductiekorting"),
        ("de", "Neu: unsere Wintermäntel, jetzt mit 15 Prozent Einführungsrabatt"),
        ("sv", "Nyhet: våra jackor, nu med 15 procent introduktionsrabatt"),
        ("en", "New: our winter coats, now with 15 percent introductory discount"),
        ("en", "Serving anglers since 1990 - ask about our club discounts on rods."),
    ],
)
def test_marketing_without_a_promotion_word(lang: str, text: str) -> None:
    assert "marketing" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Your replacement ships with the new batch in December; we'll keep you posted."),
        (
            "de",
            "Die neuen Ersatzteile kommen im Dezember, dann schicken wir Ihnen Ihr Paket sofort.",
        ),
        (
            "fr",
            "Les nouvelles semelles arrivent en février, nous vous "
            "envoyons votre paire dès réception.",
        ),
        ("es", "Las nuevas llegan mañana y la tienda sale el viernes."),
        (
            "nl",
            "Komt de nieuwe datum niet uit? Laat het ons weten, dan annuleren wij de bestelling.",
        ),
        ("en", "The course of the cable is shown on page 4 of the manual."),
        ("de", "Im Katalog des Herstellers steht die Größe M."),
        ("en", "We'll let you know as soon as the courier has collected your return."),
        ("en", "The event log of the lock shows the code was entered twice."),
    ],
)
def test_the_buyers_own_goods_and_ordinary_words_are_no_plug(lang: str, text: str) -> None:
    assert "marketing" not in blocked(text, lang)


# --- C4: off Amazon: any named platform, a payment the seller sends or runs -----------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The rest of the set is on Tradly under the same shop name."),
        ("de", "Die anderen Farben haben wir bei Kleinzeug eingestellt, dort etwas günstiger."),
        ("fr", "Nous vendons aussi la suite de la série sur Brocantix, un peu moins cher."),
        ("es", "Tenemos más pares en Segundazo con el mismo nombre."),
        ("it", "Il resto della collezione lo mettiamo all'asta su Twitch il venerdì."),
        ("nl", "De andere maten staan bij Tweedehandsje onder dezelfde naam."),
        ("pl", "Resztę kolekcji mamy na Szafie, taniej niż tutaj."),
        ("sv", "Vi har fler par på Plick under samma namn."),
        ("tr", "Diğer bedenleri Dolap'ta aynı isimle satıyoruz."),
        ("pl", "Mamy jeszcze parę w aplikacji do odsprzedaży ubrań z niebieskim logo."),
        ("en", "We still have a pair on the resale app with the green logo."),
        (
            "en",
            "If you like, I can send you a payment link and post the second lamp with the first.",
        ),
        (
            "de",
            "Ich schicke Ihnen gern einen Zahlungslink, dann geht die zweite Tasche gleich mit.",
        ),
        ("fr", "Réglez simplement par chèque à l'atelier, avec votre numéro de commande."),
        ("it", "Le mando un link di pagamento e spediamo insieme."),
        ("nl", "Ik stuur je een betaallink, dan gaat het tweede paar mee."),
        ("pl", "Wyślę link do płatności i dołożymy drugą parę."),
        ("sv", "Jag skickar en betalningslänk så skickar vi båda."),
        ("tr", "Size bir ödeme linki gönderelim, ikisini birlikte yollayalım."),
        ("ja", "別途払込用紙をお送りしますので、郵便局でお支払いください。"),
        ("en", "Reply YES and I'll invoice you on our own checkout."),
        ("es", "Si quiere, le paso un pago por Przelewy24 y se lo envío junto."),
    ],
)
def test_a_named_platform_or_a_payment_of_ours_is_off_amazon(lang: str, text: str) -> None:
    assert "off-amazon" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Die restlichen Schrauben haben wir im Karton beigelegt."),
        ("de", "Die übrigen Maße haben wir auf Seite 4 der Anleitung notiert."),
        ("en", "The rest of your order ships on Monday, we'll send tracking."),
        ("de", "Die übrigen Teile haben wir auf Lager, günstiger wird es nicht."),
        ("en", "We can't send a payment link; everything is paid through Amazon."),
        ("en", "The refund goes back to your card through Amazon automatically."),
        ("en", "Same name on the label and on DHL's page, so the parcel is yours."),
    ],
)
def test_stock_a_page_or_a_carrier_is_no_platform(lang: str, text: str) -> None:
    assert "off-amazon" not in blocked(text, lang)


# --- C5: a review acted on, and something of value for a good cause --------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "Widzę, że wystawił Pan już opinię. Czy mógłby Pan dodać do niej zdjęcie lampy?"),
        ("en", "I see you already left a review. Could you add a photo of the lamp to it?"),
        ("es", "Vimos su reseña. ¿Podría añadirle una foto de la maleta?"),
        (
            "tr",
            "Ürün sayfasındaki soru-cevap bölümünde bir müşteri kaliteyi sormuş. "
            "Oraya bir cevap yazarsanız çok seviniriz.",
        ),
        (
            "en",
            "A customer asked about the fabric in the questions and answers on the listing - "
            "could you answer with your experience?",
        ),
        (
            "de",
            "Unter Fragen und Antworten fragt jemand nach der Größe; könnten Sie ihm aus Ihrer "
            "Erfahrung antworten?",
        ),
        ("nl", "Voor elke beoordeling die deze maand verschijnt, planten wij een boom op uw naam."),
        ("en", "For every review this month we plant a tree in your name."),
        ("de", "Für jede Bewertung spenden wir 2 Euro an einen guten Zweck."),
        ("fr", "Pour chaque avis laissé, nous faisons un don à une association."),
        ("es", "Por cada reseña plantamos un árbol."),
        ("it", "Per ogni recensione piantiamo un albero a suo nome."),
        ("pl", "Za każdą opinię sadzimy drzewo."),
        ("sv", "För varje recension planterar vi ett träd."),
        ("tr", "Her yorum için bir fidan dikiyoruz."),
        ("ja", "レビュー1件につき、木を植えます。"),
    ],
)
def test_a_review_acted_on_or_paid_to_a_cause_is_a_review_request(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "You can also ask the manufacturer in the questions and answers section."),
        ("en", "We answered your question in the Q&A on the listing as well."),
        ("en", "Could you send a photo of the crack? The review of your claim takes a day."),
        ("en", "The wooden frame is made from trees we plant ourselves."),
        ("de", "Die Spende an den Tierschutz war unsere Idee, Ihre Bestellung ist unterwegs."),
    ],
)
def test_a_photo_of_damage_or_our_own_answer_asks_no_review(lang: str, text: str) -> None:
    assert "review-request" not in blocked(text, lang)


# --- C6: cancelling through the buyer's own door, offered as the quicker way -----------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Si vous voulez être remboursé plus vite, l'annulation depuis « Vos commandes » "
            "règle tout.",
        ),
        ("en", "If you'd rather not wait, cancelling in Your Orders refunds you faster."),
        ("de", "Wenn Sie möchten, geht die Stornierung über Meine Bestellungen schneller."),
        ("es", "Si prefiere, la cancelación desde Mis pedidos es más rápida."),
        ("it", "Se preferisce, l'annullamento dai suoi ordini è più veloce."),
        ("nl", "Als u liever niet wacht, gaat annuleren via Mijn bestellingen sneller."),
        ("tr", "Sizden ricamız, iptal talebini sizin oluşturmanız."),
    ],
)
def test_cancelling_in_your_orders_offered_is_a_cancellation_request(lang: str, text: str) -> None:
    assert "cancellation-request" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The cancellation shows in Your Orders, and the refund follows automatically."),
        ("de", "Die Bestellung wurde storniert; in Ihren Bestellungen sehen Sie es sofort."),
        ("en", "If you want, you can see the tracking in Your Orders right away."),
        ("en", "There is no need to cancel in Your Orders; we send the replacement faster."),
    ],
)
def test_a_cancellation_done_or_not_needed_passes(lang: str, text: str) -> None:
    assert "cancellation-request" not in blocked(text, lang)


# --- C7: an e-mail address whose domain is pointed at, not written --------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Stuur de foto's naar info@ en dan het domein dat op de pakbon staat."),
        ("en", "Send the photos to service@ followed by the domain printed on the packing slip."),
        ("de", "Schreiben Sie an kontakt@ und dann die Domain von unserer Website."),
        ("fr", "Écrivez à sav@ suivi du nom de domaine de la boutique."),
    ],
)
def test_a_local_part_and_a_domain_pointed_at_is_an_address(lang: str, text: str) -> None:
    assert "email-address" in blocked(text, lang)


def test_an_at_sign_for_a_price_is_no_address() -> None:
    assert "email-address" not in blocked("The price @ 12 € each includes the domain of delivery.")


# --- C8: a phone number told over bullets --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Our workshop line:\n- area code 0161\n- then 496\n- then 0772\nMornings are best.",
        "Unsere Werkstatt:\n• Vorwahl 030\n• dann 4471\n• dann 9022",
    ],
)
def test_a_number_told_over_bullets_is_a_phone(text: str) -> None:
    assert "phone-number" in blocked(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sizes in stock:\n- 38\n- 39\n- 40\nAll in black.",
        "Checklist:\n- 2 screws 0113\n- 4 washers 496\n- 1 bracket 0557",
    ],
)
def test_a_bulleted_list_of_numbers_is_no_phone(text: str) -> None:
    assert "phone-number" not in blocked(text)
