"""Round 13: the classes held-out set 11 showed the gate getting wrong, each fixed as a class
in every language where it applies and tested with sentences of our own (none from a
held-out set), with compliant look-alikes that must keep passing."""

from __future__ import annotations

import pytest

from tests.compliance.gate import blocked

# --- 1. personal data asked in the first person singular, with an adverb, or bank details ----


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "For the extended guarantee I only need your date of birth, nothing else."),
        ("en", "We'd still need your bank details before the refund can go out."),
        ("de", "Für die Registrierung brauche ich noch Ihr Geburtsdatum."),
        ("de", "Ich benötige Ihre IBAN, dann überweise ich den Rest."),
        ("fr", "Pour activer la garantie, il me faut votre date de naissance."),
        ("fr", "J'aurais besoin de votre IBAN pour le remboursement partiel."),
        ("es", "Para la garantía necesito su fecha de nacimiento, ¿me la puede enviar?"),
        ("es", "El fabricante nos piden su número de cuenta para el abono."),
        ("it", "Per la registrazione mi serve la sua data di nascita."),
        ("it", "Avrei bisogno del suo IBAN per il rimborso parziale."),
        ("nl", "Voor de garantie heb ik nog uw geboortedatum nodig."),
        ("nl", "Kunt u mij uw rekeningnummer geven voor de terugbetaling?"),
        ("pl", "Do rejestracji gwarancji potrzebuję pani daty urodzenia."),
        ("sv", "Jag behöver ditt födelsedatum för garantin."),
        ("sv", "Kan du ge mig dina bankuppgifter så fixar jag återbetalningen?"),
        ("tr", "Garanti kaydı için doğum tarihinize ihtiyacım var."),
        ("tr", "İade için IBAN numaranızı iletebilir misiniz?"),
    ],
)
def test_personal_data_asked_by_one_seller_or_with_an_adverb(lang: str, text: str) -> None:
    assert "personal-data" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "I just need a minute to check the parcel's route, then I'll write back."),
        ("de", "Ich brauche noch zwei Tage, bis die Ersatzteile da sind."),
        ("fr", "Il me faut encore une semaine pour recevoir la pièce."),
        ("es", "Necesito un par de días para recibir el repuesto."),
        ("it", "Mi serve ancora qualche giorno per ricevere il pezzo."),
        ("nl", "Uw IBAN is niet nodig, de terugbetaling loopt via Amazon."),
        ("sv", "Jag behöver ingen information från dig, återbetalningen går via Amazon."),
        ("tr", "IBAN bilginize ihtiyacım yok, iade Amazon üzerinden yapılıyor."),
    ],
)
def test_a_seller_needing_time_or_waiving_bank_details_passes(lang: str, text: str) -> None:
    assert "personal-data" not in blocked(text, lang)


# --- 2. look-alikes: abbreviations, part codes, waived payment apps, counted goods, experts --


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "Abbiamo vari formati, p.es. 250 ml e 500 ml."),
        ("it", "Va bene con tutti i telai, p.es. quelli in alluminio."),
        ("pl", "Pasuje m.in. do kosiarek Bosch i Makita."),
        ("pl", "Zamawiali go sklepy, szkoły i.in. instytucje."),
    ],
)
def test_a_dotted_abbreviation_is_no_link(lang: str, text: str) -> None:
    assert "link" not in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The part number is FB-204, it fits every model from 2019 on."),
        ("de", "Die Dichtung FB-77 passt auf alle Modelle ab 2020."),
        ("nl", "Onderdeel FB12 past ook op de oudere versie."),
    ],
)
def test_a_part_code_is_no_social_network(lang: str, text: str) -> None:
    assert "off-amazon" not in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Paying the difference by PayPal is not needed, we'll sort it out through Amazon."),
        ("de", "Eine Überweisung ist gar nicht nötig, wir erstatten über Amazon."),
        ("es", "Pagar por Bizum no es necesario, lo arreglamos a través de Amazon."),
        ("nl", "Een Tikkie sturen hoeft niet, we regelen het via Amazon."),
        ("pl", "Przelew nie jest potrzebny, różnicę zwracamy przez Amazon."),
        ("sv", "Swish behövs inte, mellanskillnaden går via Amazon."),
        ("tr", "EFT yapmanız gerekmiyor, iadeyi Amazon üzerinden yapıyoruz."),
    ],
)
def test_a_payment_channel_said_to_be_unneeded_passes(lang: str, text: str) -> None:
    assert "off-amazon" not in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Stuur het verschil via Tikkie, dat is makkelijker."),
        ("tr", "Farkı havale ile gönderin, daha hızlı olur."),
        ("en", "Just pay the rest by PayPal, it's quicker."),
    ],
)
def test_a_payment_channel_offered_is_still_off_amazon(lang: str, text: str) -> None:
    assert "off-amazon" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Each mulling kit has star anise, about 5 stars per bag."),
        ("de", "Im Glühweingewürz ist Sternanis, etwa 4 Sterne pro Beutel."),
        ("fr", "Le mélange contient de l'anis étoilé, environ 5 étoiles par sachet."),
        ("es", "Lleva anís estrellado, unas 4 estrellas por bolsita."),
        ("it", "Contiene anice stellato, più o meno 5 stelle per sacchetto."),
        ("nl", "Er zit steranijs in, ongeveer 5 sterren per zakje."),
        ("sv", "Blandningen har stjärnanis, ungefär 5 stjärnor per påse."),
        ("tr", "Karışımda yıldız anason var, poşet başına 5 yıldız kadar."),
    ],
)
def test_stars_counted_as_goods_are_no_rating(lang: str, text: str) -> None:
    assert "review-request" not in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "If you're happy, leave us 5 stars per order, it helps."),
        ("it", "Se è soddisfatto, ci lasci 5 stelle per favore."),
    ],
)
def test_stars_asked_stay_a_rating(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "We read the loss adjuster's opinion and refund the full £42 through Amazon."),
        ("de", "Nach der Meinung des Sachverständigen erstatten wir die vollen 42 €."),
        ("fr", "Vu l'avis de l'expert, nous remboursons les 42 € via Amazon."),
        ("es", "Según el informe del perito, le devolvemos los 42 € por Amazon."),
        ("it", "Visto il parere del perito, rimborsiamo 42 € tramite Amazon."),
        ("nl", "Na het oordeel van de schade-expert betalen we 42 euro terug via Amazon."),
        ("pl", "Po ocenie biegłego zwracamy pełne 42 zł przez Amazon."),
        ("sv", "Efter värderingsmannens bedömning återbetalar vi 420 kr via Amazon."),
        ("tr", "Eksper raporuna göre 420 TL iadeyi Amazon üzerinden yapıyoruz."),
    ],
)
def test_an_experts_opinion_before_a_refund_is_no_paid_review(lang: str, text: str) -> None:
    assert "review-request" not in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Repairs under warranty are done by Kelvane themselves on 0800 731 2290."),
        ("de", "Garantiefälle bearbeitet der Kundendienst von Harlo direkt unter 0800 5544332."),
    ],
)
def test_a_freephone_line_of_a_brand_that_runs_the_warranty_passes(lang: str, text: str) -> None:
    assert "phone-number" not in blocked(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "Repairs under warranty are done by Kelvane on 07700 900461.",
        "Repairs under warranty are done by us directly on 0800 731 2290.",
        "Warranty claims: reached by Tom on 020 7946 0018.",
    ],
)
def test_a_mobile_our_own_or_a_persons_line_stays_blocked(text: str) -> None:
    assert "phone-number" in blocked(text, "en")


# --- 3. a cancellation left to the buyer after "too long for you", or as the order's steps --


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "If that's too long for you, just request a cancellation in Your Orders."),
        ("de", "Ist das für Sie zu lange, stellen Sie bitte selbst einen Stornierungsantrag."),
        ("fr", "Si c'est trop long pour vous, demandez l'annulation vous-même."),
        ("es", "Si es mucho para usted, solicite la cancelación desde su cuenta."),
        ("it", "Se per lei è troppo, le conviene chiedere l'annullamento dal suo account."),
        ("ja", "お待ちいただけない場合は、キャンセルの手続きをお願いいたします。"),
        ("ja", "ご都合が合わなければ、取消の申請をお願いできますでしょうか。"),
        ("nl", "Duurt het u te lang, trekt u uw bestelling dan gerust zelf in."),
        ("nl", "Trekt u de aankoop maar in via uw account."),
    ],
)
def test_a_cancellation_left_to_the_buyer_is_asked(lang: str, text: str) -> None:
    assert "cancellation-request" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Si vous préférez, nous pouvons nous en charger pour vous et l'annuler."),
        ("de", "Wenn Sie möchten, stornieren wir die Bestellung für Sie."),
        ("it", "Se preferisce, possiamo annullare noi l'ordine per lei."),
        ("ja", "キャンセルの手続きは当店で済ませております。"),
        ("nl", "We hebben de bestelling zelf al ingetrokken, u hoeft niets te doen."),
    ],
)
def test_a_cancellation_the_seller_does_passes(lang: str, text: str) -> None:
    assert "cancellation-request" not in blocked(text, lang)


# --- 4. a coming product with a nudge to think of buying it; a seller's club -----------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Our lavender soap gift box comes out in November, maybe something for your mum?"),
        ("en", "We're bringing out a smoked tea in spring, worth keeping it in mind."),
        ("en", "We run a little soap club: club members get a bar every month."),
        ("de", "Ab Oktober gibt es bei uns Quittengelee, vielleicht etwas für Ihre Familie?"),
        ("de", "Passende Socken nähen wir gerade, schauen Sie Ende Januar wieder bei uns rein."),
        ("fr", "Nos coffrets de Noël sortent en novembre, pensez-y pour vos cadeaux."),
        ("es", "En diciembre sacamos turrón artesano, téngalo en cuenta para regalar."),
        ("it", "Tra tre settimane esce il nostro torrone, magari un'idea per i suoi amici."),
        ("nl", "In december komen onze nieuwe kerstboxen uit, misschien iets voor uw team?"),
        ("pl", "W listopadzie wprowadzamy zestawy świąteczne, może coś dla pani rodziny?"),
        ("sv", "Till jul kommer våra nya presentaskar, kanske något för dina kollegor?"),
        ("tr", "Aralıkta yeni zeytinyağı setlerimiz çıkıyor, aklınızda bulunsun."),
        ("ja", "来月、新作の蜂蜜ギフトを発売予定です。贈り物にぜひお心に留めておいてください。"),
    ],
)
def test_a_coming_product_with_a_nudge_is_marketing(lang: str, text: str) -> None:
    assert "marketing" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Your parcel goes out next week; if it's a gift, keep the receipt in mind."),
        ("en", "Prime members get free delivery on this item, as Amazon shows at checkout."),
        ("de", "Ihre Bestellung versenden wir Anfang Dezember, als Geschenk verpackt."),
        ("de", "Amazon Prime-Mitglieder erhalten die Lieferung kostenlos."),
        ("fr", "Votre colis part en novembre, il arrivera à temps pour vos cadeaux."),
        ("it", "Il suo pacco parte tra due giorni, in tempo per i regali."),
        ("nl", "Uw pakket komt volgende week binnen, mooi op tijd voor het cadeau."),
        ("tr", "Siparişiniz kasımda kargoya çıkıyor, hediye paketi de yapıldı."),
    ],
)
def test_the_buyers_own_order_and_prime_stay_compliant(lang: str, text: str) -> None:
    assert "marketing" not in blocked(text, lang)


# --- 5. a marketplace described by its colour or logo; buying at the seller's own shop -------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The same kit is on that big yellow auction site under our shop name."),
        ("en", "You'll also find it on the shopping site with the orange logo, a bit cheaper."),
        ("en", "Next time just buy it at our physical shop in Leith."),
        ("de", "Das Set gibt es auch auf der roten Auktionsplattform, etwas günstiger."),
        ("de", "Kaufen Sie es nächstes Mal einfach in unserem Hofladen."),
        ("fr", "On vend aussi la même pièce sur le site d'annonces orange, un peu moins cher."),
        ("fr", "Vous la trouverez aussi sur bon coin sous notre nom."),
        ("es", "También lo vendemos en la app de segunda mano verde azulada, más barato."),
        ("it", "Lo trova anche sul sito di aste giallo e blu, costa meno."),
        ("ja", "同じ商品を大手のオークションサイトでも出品中です。"),
        ("ja", "次回は当店の店頭でお求めいただくと送料がかかりません。"),
        ("nl", "Hij staat ook op die oranje verkoopsite, daar is hij goedkoper."),
        ("nl", "Haal de zak voer gerust bij ons in de winkel, dat scheelt verzendkosten."),
        ("pl", "Ten sam zestaw jest też w dużym serwisie aukcyjnym, trochę taniej."),
        ("sv", "Samma set finns på den stora auktionssajten, lite billigare."),
        ("tr", "Aynı ürünü mavi logolu alışveriş sitesinde de satıyoruz."),
    ],
)
def test_a_marketplace_described_or_our_own_shop_is_off_amazon(lang: str, text: str) -> None:
    assert "off-amazon" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The blue lid shown on the product page is the 2024 version."),
        ("de", "Ihr Paket liegt im Kiosk an der Ecke, die rote Tür neben der Bäckerei."),
        ("ja", "お荷物は近くのコンビニの店頭でお受け取りいただけます。"),
        ("nl", "Het pakket ligt klaar bij de Primera-winkel in het centrum."),
        ("tr", "Kargo kırmızı kutuda, alışveriş sitesinde gösterilen ölçülerde."),
        ("sv", "Paketet väntar hos ombudet i ICA-butiken på torget."),
    ],
)
def test_colours_and_pickup_shops_stay_compliant(lang: str, text: str) -> None:
    assert "off-amazon" not in blocked(text, lang)


# --- 6. a phone number read out in groups, words and digits, joined by "then" ----------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The workshop is zero one six one, then 496, ending in 0721."),
        ("de", "Die Werkstatt: null sieben eins, dann 44 38, und endet auf 19 02."),
        ("fr", "L'atelier : zéro quatre, puis 78 12, et se termine par 33 90."),
        ("es", "El taller: nueve uno, luego cuarenta y dos, treinta y tres, setenta y ocho."),
        ("it", "Risponde al zero-sei-due, poi 48, poi 17 30 55."),
        ("nl", "Bel nul-twee-nul, daarna 61 83, en het eindigt op 47 05."),
        ("pl", "Warsztat: dwa dwa, potem 614 38, i kończy się na 90."),
        ("sv", "Verkstaden: noll åtta, sedan 55 61, och slutar på 23 40."),
    ],
)
def test_a_number_read_out_in_joined_groups_is_a_phone(lang: str, text: str) -> None:
    assert "phone-number" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Quedan tres o cuatro, luego treinta y uno en el almacén."),
        ("nl", "Twee of drie dozen, dan 2024 verzonden."),
        ("en", "Two or three sizes, then 250 ml and 500 ml bottles."),
        ("it", "Tre o quattro pezzi, poi 55 grammi di zucchero."),
    ],
)
def test_counts_joined_by_then_are_no_phone(lang: str, text: str) -> None:
    assert "phone-number" not in blocked(text, lang)


# --- 7. a reward once the buyer's words stand under the product ------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Once your comment shows up under the product, we'll send a 15% voucher."),
        ("de", "Sobald Ihr Kommentar unter dem Artikel steht, schicken wir einen Gutschein."),
        ("fr", "Dès que votre ressenti est visible sous l'article, on vous offre un bon de 5 €."),
        ("es", "En cuanto su comentario salga bajo el producto, le mandamos un vale de 5 €."),
        ("it", "Appena il suo commento compare sotto il prodotto, le mandiamo un buono da 5 €."),
        ("nl", "Zodra uw reactie onder het artikel staat, maken we vijf euro naar u over."),
        ("nl", "Als uw ervaring op de productpagina staat, betalen we de portokosten aan u terug."),
        ("pl", "Gdy tylko pana komentarz pojawi się pod produktem, wyślemy bon rabatowy."),
        ("sv", "Så fort din kommentar syns under produkten skickar vi en rabattkod."),
        ("tr", "Yorumunuz ürünün altında görünür görünmez size indirim kuponu gönderiyoruz."),
    ],
)
def test_a_reward_once_the_words_are_under_the_product_is_an_incentive(
    lang: str, text: str
) -> None:
    assert "review-request" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le bon de livraison et le bon de retour sont dans le colis."),
        ("nl", "We maken het bedrag vandaag via Amazon aan u over."),
        ("es", "El vale de devolución va dentro de la caja."),
    ],
)
def test_delivery_notes_and_refunds_alone_stay_compliant(lang: str, text: str) -> None:
    assert "review-request" not in blocked(text, lang)


# --- 8. review asks hinted at, chased, or laid on the buyer with "it would change everything" -


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "If the pads are spot on, well, you know where the stars go."),
        ("en", "We emailed you a short request about a review last week, any luck?"),
        ("de", "Und wenn alles passt: Sie wissen ja, wo die Sterne hingehören."),
        ("de", "Unsere Erinnerung zur Bewertung kam hoffentlich an, hatten Sie schon Zeit?"),
        ("fr", "Si tout va bien, vous savez où vont les étoiles."),
        ("fr", "Un petit avis de votre part changerait vraiment tout pour nous."),
        ("es", "Si todo está bien, ya sabe dónde van las estrellas."),
        ("es", "Le mandamos un recordatorio sobre la reseña, ¿pudo verlo?"),
        ("it", "Se è tutto a posto, sa già dove vanno le stelle."),
        ("it", "Due righe da parte sua cambierebbero tutto per noi."),
        ("nl", "Is alles in orde, dan weet u wel waar de sterren heen gaan."),
        ("nl", "We stuurden een herinnering over de review, heeft u er al naar gekeken?"),
        ("sv", "Vi skickade ett meddelande om omdöme i måndags, har du hunnit kika?"),
        ("tr", "Her şey yolundaysa yıldızların nereye gittiğini biliyorsunuz."),
        ("pl", "Wysłaliśmy przypomnienie o opinii, czy udało się zajrzeć?"),
    ],
)
def test_a_hinted_chased_or_pressed_review_ask_is_caught(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sv", "Tack för din fråga om betyg på produkten, den är IPX5."),
        ("en", "Thanks for your question about the IP rating: it is IPX5."),
        ("fr", "Une pièce de rechange changerait tout pour vous, on l'envoie demain."),
        ("de", "Ihre Frage zur Bewertung der Schutzklasse: das Gerät hat IP44."),
    ],
)
def test_questions_about_ratings_of_the_product_pass(lang: str, text: str) -> None:
    assert "review-request" not in blocked(text, lang)
