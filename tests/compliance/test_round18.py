"""Round 18: classes of held-out sets 15 and 16's misses and false alarms, each tested with
sentences of our own (none from a held-out set), beside look-alikes that must pass.

C1: an incentive that is a service worth money (a longer warranty, free delivery for a
time, a product slipped into the next parcel) for words written where buyers read them.
"""

from __future__ import annotations

import pytest

from tests.compliance.gate import blocked

# --- C1: a service worth money for public words ------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Workshops that describe their experience on the product page get two extra "
            "years of warranty from us.",
        ),
        (
            "en",
            "Anyone who shares a few lines under the listing gets free shipping for the "
            "whole year.",
        ),
        (
            "de",
            "Wer seine Erfahrungen mit dem Rasenmäher auf der Artikelseite beschreibt, "
            "bekommt zwei Jahre zusätzliche Garantie.",
        ),
        (
            "de",
            "Firmen, die auf der Produktseite über den Drucker schreiben, beliefern wir "
            "ein Jahr lang versandkostenfrei.",
        ),
        (
            "fr",
            "Les ateliers qui racontent leur expérience sur la fiche produit reçoivent "
            "une garantie supplémentaire d'un an.",
        ),
        (
            "fr",
            "Dès que votre petit mot sera visible sous l'article, nous glisserons un "
            "sachet de lavande dans votre prochain colis.",
        ),
        (
            "es",
            "Quien cuente su experiencia en la página del producto recibe un año de "
            "garantía adicional.",
        ),
        (
            "it",
            "Chi racconta la sua esperienza sulla pagina del prodotto riceve una "
            "garanzia aggiuntiva di due anni.",
        ),
        (
            "nl",
            "Bedrijven die hun ervaring op de productpagina delen, krijgen van ons een "
            "jaar extra garantie.",
        ),
        (
            "nl",
            "Zodra je woordje onder het artikel staat, stoppen we een zakje thee in je "
            "volgende doos.",
        ),
        (
            "pl",
            "Klientom, którzy opiszą swoje wrażenia na stronie produktu, przedłużamy "
            "gwarancję o dwa lata.",
        ),
        ("pl", "Kto opisze swoje doświadczenia pod produktem, dostanie od nas kubek w prezencie."),
        ("sv", "Berättar du om din upplevelse på produktsidan förlänger vi garantin med ett år."),
        (
            "tr",
            "Ürün sayfasında deneyimini anlatan müşterilerimizin garantisini bir yıl uzatıyoruz.",
        ),
        ("ja", "商品ページにご感想を書いていただけましたら、保証期間を一年延長いたします。"),
        ("ja", "商品ページにご感想が載りましたら、次回のご注文に紅茶を一袋お付けします。"),
    ],
)
def test_service_worth_money_for_public_words_is_an_incentive(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The manufacturer's warranty covers two extra years if you register the "
            "drill on their website.",
        ),
        ("en", "Your experience with the late parcel has been passed on to the carrier."),
        (
            "de",
            "Die Garantie verlängert sich um ein Jahr, wenn Sie das Gerät beim "
            "Hersteller registrieren.",
        ),
        ("de", "Der Ersatz geht ohne Versandkosten noch heute an Sie raus."),
        ("fr", "La garantie supplémentaire du fabricant figure sur la facture jointe."),
        ("es", "El envío gratis ya estaba incluido en su pedido."),
        ("it", "La garanzia aggiuntiva del produttore è indicata sulla fattura."),
        ("nl", "De vervangende lamp sturen we zonder verzendkosten naar u op."),
        ("pl", "Gwarancja producenta wynosi dwa lata, szczegóły są na stronie produktu."),
        ("sv", "Garantin gäller i två år och villkoren står på produktsidan."),
        ("tr", "Garanti süresi iki yıldır, ayrıntılar ürün sayfasında yazıyor."),
        ("ja", "保証期間は一年です。詳しくは商品ページをご覧ください。"),
    ],
)
def test_warranty_and_free_delivery_facts_stay_compliant(lang: str, text: str) -> None:
    assert blocked(text, lang) == set()


# --- C2: an earlier review ask chased, or the review's place "still empty" -----------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Quick nudge: the review for order 402-1234567-1234567 is still empty on our side."),
        ("en", "We asked you on Monday for a short review of the kettle, just checking in."),
        ("de", "Kurze Erinnerung: Ihre Bewertung für die Lampe steht immer noch aus."),
        ("fr", "Nous vous avions demandé il y a quelques jours votre avis sur la bouilloire."),
        ("es", "Le pedimos hace unos días su valoración de la tetera, ¿pudo escribirla?"),
        ("it", "Le avevamo chiesto la settimana scorsa una recensione del bollitore."),
        ("nl", "Vorige week vroegen we u al eens om een beoordeling van de waterkoker."),
        ("pl", "Nie widzieliśmy jeszcze pani opinii o czajniku, to zajmie tylko chwilę."),
        ("sv", "Vi bad om ditt betyg på vattenkokaren i förra veckan."),
        ("sv", "Vi har ännu inte sett något omdöme om lampan från dig."),
        ("tr", "Çaydanlık için yorumunuzu henüz göremedik, bir dakikanızı alır."),
    ],
)
def test_an_earlier_review_ask_chased_is_an_ask(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "You asked us about a review you saw on the listing; we cannot change it."),
        ("en", "The carrier's review of your claim is still open, we will write again."),
        ("de", "Die Prüfung Ihres Antrags durch DHL steht noch aus."),
        ("nl", "De beoordeling van uw claim door PostNL staat nog open."),
        ("sv", "Vi har ännu inte fått paketet tillbaka från PostNord."),
    ],
)
def test_pending_claims_and_buyers_questions_are_no_reminder(lang: str, text: str) -> None:
    assert "review-request" not in blocked(text, lang)


# --- C3: pressure by the shop's size or invisibility ------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "We're a two-person shop: without a few honest words on the product page "
            "nobody finds us.",
        ),
        (
            "de",
            "Wir sind ein Drei-Personen-Betrieb, ohne ein paar Zeilen unter dem Produkt "
            "findet uns niemand.",
        ),
        ("fr", "Sans quelques mots sous le produit, personne ne nous trouve."),
        ("es", "Sin unas palabras en la página del producto nadie nos encuentra."),
        ("it", "Senza qualche parola sulla pagina del prodotto nessuno ci trova."),
        ("nl", "Zonder een paar woorden onder het product vindt ons bijna niemand."),
        ("pl", "Bez kilku słów na stronie produktu nikt nas nie znajdzie."),
        ("sv", "Utan några rader på produktsidan hittar ingen oss, ingen hittar oss alls."),
        ("tr", "Ürün sayfasında birkaç güzel söz olmadan kimse bizi bulamaz."),
    ],
)
def test_the_shop_invisible_without_public_words_is_pressure(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "We're a two-person shop, so replies can take a day; your parcel left today."),
        ("de", "Wir sind ein Zwei-Mann-Betrieb und versenden dienstags und freitags."),
        ("nl", "Niemand vindt ons magazijn makkelijk, daarom werkt PostNL met een ophaalpunt."),
    ],
)
def test_a_small_shop_alone_is_no_pressure(lang: str, text: str) -> None:
    assert blocked(text, lang) == set()


# --- C4: complaints kept out of reviews; a "Yes" vote with a modal verb ------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "If the lid leaks, tell us here and not in a review. If you love it, the "
            "product page is where other buyers look.",
        ),
        ("de", "Gibt es ein Problem, schreiben Sie uns und nicht in einer Bewertung."),
        ("fr", "En cas de souci, écrivez-nous et pas dans un avis."),
        ("es", "Si algo falla, escríbanos a nosotros y no en una reseña."),
        ("it", "Se qualcosa non va, ci scriva qui e non in una recensione."),
        ("nl", "Gaat er iets mis, laat het ons dan hier weten en niet in een recensie."),
        ("pl", "Jeśli coś jest nie tak, prosimy o wiadomość tutaj, a nie w opinii."),
        ("sv", "Är något fel, skriv till oss här och inte i ett omdöme."),
        ("tr", "Bir sorun olursa bize buradan yazın, yorumda değil."),
        (
            "nl",
            "Als er iets niet klopt, meld het eerst bij ons. Alleen als u tevreden bent, "
            "lezen we graag wat u ervan vindt op de productpagina.",
        ),
        ("nl", "Zou u onder 'Was dit antwoord nuttig?' op 'Ja' willen drukken?"),
    ],
)
def test_complaints_kept_out_of_reviews_are_selective(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "If anything is wrong with the lid, tell us here and we will send a new one."),
        ("nl", "Als er iets niet klopt, meld het ons. De handleiding staat op de productpagina."),
        ("nl", "Wilt u op de link van PostNL klikken om een nieuw tijdvak te kiezen?"),
    ],
)
def test_help_offered_without_a_review_stays_compliant(lang: str, text: str) -> None:
    assert blocked(text, lang) == set()


# --- C5: a change asked for in the sentence after the review, with a pronoun --------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Your two-star rating from May is still up; now that it's sorted, would you "
            "please update it?",
        ),
        (
            "de",
            "Ihre Bewertung mit zwei Sternen ist noch online; könnten Sie sie jetzt bitte ändern?",
        ),
        ("nl", "Uw beoordeling van twee sterren staat nog online; zou u die nu willen wijzigen?"),
    ],
)
def test_a_change_asked_with_a_pronoun_after_the_review(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


def test_a_change_of_the_address_after_a_review_word_stays_compliant() -> None:
    text = "Thanks for explaining what happened. Could you update it with the new address?"
    assert blocked(text, "en") == set()


# --- C6: new goods of the seller offered or set aside, without a promotion word -----------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "By the way, our new pine soap bars are arriving next week; you'd love them."),
        (
            "en",
            "We'll have the spring tea tins ready before they go live, say the word and one's "
            "yours.",
        ),
        ("es", "El mes que viene nos llegan las mantas de lana, si quiere le aparto una."),
        (
            "pl",
            "Właśnie zrobiliśmy nową partię drewnianych łyżek, myślę, że by się Panu spodobały.",
        ),
        (
            "tr",
            "Ustamız yeni bir el yapımı bakır cezve serisi hazırladı, mutfağınızda çok güzel "
            "durur.",
        ),
        ("tr", "Önümüzdeki hafta yeni dut pekmezi geliyor, isterseniz size bir şişe ayıralım."),
    ],
)
def test_new_goods_set_aside_or_praised_are_a_plug(lang: str, text: str) -> None:
    assert "marketing" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Your replacement kettle is arriving next week; you'd love to know it's the "
            "same model.",
        ),
        ("es", "Su paquete nos llega de vuelta el lunes y le devolvemos el dinero enseguida."),
        ("tr", "Siparişiniz yarın kargoya veriliyor, size bir takip numarası göndereceğiz."),
        ("pl", "Nowa przesyłka z zamówieniem wyszła dziś, numer śledzenia jest poniżej."),
    ],
)
def test_the_buyers_own_order_arriving_is_no_plug(lang: str, text: str) -> None:
    assert "marketing" not in blocked(text, lang)


# --- C7: signed up for news of new goods, points on every purchase, a friend brought in ----


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Shall we put you on our list for the new glaze colours? You'd hear first."),
        ("en", "Every order earns a stamp with us, and the tenth brings a free mug."),
        ("de", "Gern nehmen wir Sie auf unsere Liste für die neuen Drucke auf."),
        ("fr", "Chaque commande vaut un tampon, et la dixième est offerte."),
        ("es", "Con nuestros puntos de fidelidad cada compra le acerca a un regalo."),
        ("it", "Ogni acquisto vale un bollino: al quinto c'è una sorpresa."),
        ("nl", "Zullen we je op onze lijst voor de nieuwe kaarsen zetten?"),
        (
            "nl",
            "Vertel een vriend over ons; bestelt die, dan krijgen jullie allebei een cadeautje.",
        ),
        ("pl", "Oboje dostaniecie rabat, jeśli znajoma złoży zamówienie z polecenia."),
        ("pl", "Nowe kolory pokazujemy najpierw na naszym fanpage'u."),
        ("sv", "Vill du gå med i vår bokklubb får du bonuspoäng på varje köp."),
        ("tr", "Her alışverişiniz bir damga kazandırır, onuncuda hediye var."),
    ],
)
def test_sign_ups_points_and_referrals_are_marketing(lang: str, text: str) -> None:
    assert "marketing" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "We've put you on the waiting list for the replacement and will write the day it's in.",
        ),
        ("nl", "We hebben je op de wachtlijst voor de vervangende lamp gezet."),
        ("sv", "Din beställning finns på vår lista över dagens utskick."),
        ("de", "Ihre Bestellung steht auf unserer Liste für den Versand am Montag."),
    ],
)
def test_a_waiting_list_for_the_buyers_own_item_stays_compliant(lang: str, text: str) -> None:
    assert blocked(text, lang) == set()


# --- C8: Amazon's own "Subscribe & Save" named; a refusal after the thing refused ----------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Deliveries under Subscribe and Save are scheduled by Amazon, so please change "
            "the date in your account.",
        ),
        (
            "fr",
            "La date de votre livraison Abonnez-vous et économisez se modifie dans votre "
            "compte Amazon.",
        ),
        ("es", "Su entrega de Suscríbete y ahorra se cambia desde su cuenta de Amazon."),
        ("it", "La consegna Iscriviti e risparmia si modifica dal suo account Amazon."),
        ("sv", "Leveransen i Prenumerera och spara ändrar du i ditt Amazon-konto."),
        ("nl", "Een overboeking buiten Amazon om doen we niet; de betaling loopt via Amazon."),
        (
            "de",
            "Zahlung per Überweisung außerhalb von Amazon machen wir nicht, bitte bestellen "
            "Sie hier.",
        ),
        ("sv", "Betalning med Swish utanför Amazon gör vi inte, allt sköts här."),
    ],
)
def test_amazons_programme_and_refusals_stay_compliant(lang: str, text: str) -> None:
    assert blocked(text, lang) == set()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Subscribe to our list and save on the next batch."),
        ("sv", "Prenumerera på vårt nyhetsbrev så får du rabatt."),
        ("nl", "Betalen via Tikkie buiten Amazon kan ook, dat doen we vaak."),
    ],
)
def test_the_sellers_own_list_and_payment_offers_still_block(lang: str, text: str) -> None:
    assert blocked(text, lang) & {"marketing", "off-amazon"}


# --- C9: an address dictated in parts, the at-sign named in words ------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Send the invoice to accounts, then the at symbol, then lakeside-tools, dot co dot uk.",
        ),
        ("de", "Schreiben Sie an buchhaltung, Klammeraffe, gartenhof-meyer, Punkt de."),
        ("fr", "Écrivez à service, arobase, maison-prunelle, point com."),
        ("es", "Escriba a ventas, arroba, casa-olivo, punto es."),
        ("it", "Scriva a ordini, chiocciola, bottega-verde, punto it."),
        ("nl", "Mail naar info, apenstaartje, fietshuis-vos, punt nl."),
        ("pl", "Proszę pisać na biuro, małpa, sklep-lipa, kropka pl."),
        ("sv", "Skriv till order, snabel-a, tradgard-lund, punkt se."),
        ("tr", "Faturayı muhasebe, at işareti, bakir-evi, nokta com adresine yollayın."),
        ("ja", "請求書は sales、アットマーク、kobo-hana、ドット jp 宛にお送りください。"),
    ],
)
def test_an_address_dictated_in_parts_is_an_address(lang: str, text: str) -> None:
    assert "email-address" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The at sign on the keyboard sticker is printed in grey."),
        ("pl", "Pluszowa małpa jest w paczce, a kropka na metce to znak producenta."),
        ("fr", "Le point relais se trouve au 12 rue Pasteur."),
    ],
)
def test_the_at_signs_name_alone_is_no_address(lang: str, text: str) -> None:
    assert "email-address" not in blocked(text, lang)


# --- C10: another marketplace described by its rank or kind, the same shop name there -----


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The bigger sizes are on the largest classifieds portal in the country, under "
            "the same shop name.",
        ),
        (
            "de",
            "Ältere Modelle stehen auf dem größten Anzeigenportal, unter dem gleichen Shopnamen.",
        ),
        (
            "nl",
            "Oudere modellen staan op de grootste advertentiesite van België, onder "
            "dezelfde winkelnaam.",
        ),
        (
            "pl",
            "Starsze kolory wystawiamy w serwisie z ogłoszeniami drobnymi, sklep nazywa się "
            "tak samo.",
        ),
        ("sv", "Större storlekar finns på den största annonssajten, under samma butiksnamn."),
        ("tr", "Eski modeller en büyük ilan sitesinde, aynı mağaza adıyla satılıyor."),
    ],
)
def test_another_marketplace_described_is_off_amazon(lang: str, text: str) -> None:
    assert "off-amazon" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The largest carrier app shows the same tracking number as your order page."),
        ("pl", "Największy portal kurierski pokazuje ten sam status przesyłki."),
    ],
)
def test_a_site_named_by_rank_without_our_shop_stays_compliant(lang: str, text: str) -> None:
    assert blocked(text, lang) == set()


# --- C11: "pass us your number", the Spanish everyday word for giving one -----------------


def test_pass_us_your_mobile_number_asks_for_personal_data() -> None:
    text = "Para la entrega del armario, ¿nos pasa su número de móvil, por favor?"
    assert "personal-data" in blocked(text, "es")


def test_the_driver_calling_the_number_on_the_order_stays_compliant() -> None:
    text = "El repartidor le llama antes de llegar al número que figura en su pedido de Amazon."
    assert blocked(text, "es") == set()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Any bonus points from your credit card are handled by your bank, not by us."),
        ("de", "Die Bonuspunkte Ihrer Kreditkarte schreibt Ihre Bank gut."),
        ("sv", "Bonuspoängen från ditt kort hanteras av banken."),
        ("tr", "Kartınızın bonus puanları bankanız tarafından geri yüklenecek."),
    ],
)
def test_a_banks_points_are_no_loyalty_scheme_of_ours(lang: str, text: str) -> None:
    assert blocked(text, lang) == set()


# --- C12: public words that "help the undecided", a page that "could use" them ------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A few lines on the product page would help people who are still deciding."),
        (
            "de",
            "Ein paar Zeilen auf der Produktseite helfen unentschlossenen Käufern bei der "
            "Entscheidung.",
        ),
        ("fr", "Quelques mots sur la page du moulin aideraient d'autres clients à choisir."),
        ("es", "Unas palabras en la página del producto ayudan a quien aún duda."),
        ("it", "Due parole su Amazon aiutano chi è indeciso tra i due modelli."),
        ("nl", "De pagina van de kandelaar kan best wat ervaringen van kopers gebruiken."),
        (
            "nl",
            "We horen graag wat je van de kandelaar vindt, het liefst waar andere kopers het "
            "lezen.",
        ),
        ("pl", "To może kilka zdań dla innych kupujących o tej patelni?"),
        ("sv", "Några rader på produktsidan hjälper tveksamma köpare att välja."),
        ("tr", "Ürün sayfasına birkaç cümle yazmanız kararsız müşterilere çok yardımcı olur."),
    ],
)
def test_public_words_for_undecided_buyers_are_a_review_ask(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "La page de suivi du transporteur indique une livraison demain."),
        ("fr", "Le mode d'emploi est sur la page du fabricant, rubrique Aide."),
        ("nl", "Wat u van de kleur vindt, hoort u ons graag te vertellen als u wilt ruilen."),
        ("en", "The tracking page helps you decide when to be home."),
    ],
)
def test_help_pages_and_buyers_choices_stay_compliant(lang: str, text: str) -> None:
    assert "review-request" not in blocked(text, lang)


# --- C13: a list for goods still to come ----------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "A Pasqua sforniamo le colombe: se vuole la mettiamo in lista."),
        ("es", "En Navidad sacamos los turrones de almendra, si quiere le apuntamos en la lista."),
        ("fr", "En décembre nous sortons les calendriers : on vous inscrit sur la liste ?"),
        ("nl", "In november komen de nieuwe kerstballen binnen, zullen we je op de lijst zetten?"),
        ("sv", "I december släpper vi julmuggarna, vi skriver upp dig på listan om du vill."),
    ],
)
def test_a_list_for_goods_to_come_is_a_plug(lang: str, text: str) -> None:
    assert "marketing" in blocked(text, lang)


def test_a_list_for_the_buyers_own_replacement_stays_compliant() -> None:
    text = "The replacement lid arrives next week; we've put you on the list and will ship it then."
    assert blocked(text, "en") == set()


# --- C14: contact data asked for in everyday Dutch and Turkish; a polite Polish review ask --


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Voor de afspraak met de monteur graag uw mobiele nummer."),
        ("nl", "Handig als we je e-mailadres hebben, dan sturen we de handleiding."),
        ("tr", "Teslimat için cep telefonu numaranızı yazabilir misiniz?"),
        ("tr", "Size ulaşabilmemiz için bir e-posta adresi rica etsek?"),
    ],
)
def test_contact_data_asked_in_everyday_words(lang: str, text: str) -> None:
    assert "personal-data" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Graag uw geduld: het nummer van PostNL staat op hun eigen site."),
        ("tr", "Kurye sizi Amazon'daki numaradan arayacak, ek bir bilgiye gerek yok."),
    ],
)
def test_patience_asked_and_the_carrier_calling_stay_compliant(lang: str, text: str) -> None:
    assert blocked(text, lang) == set()


def test_a_polite_polish_seller_rating_ask() -> None:
    text = "Będzie nam bardzo miło, jeśli wystawi Pan ocenę naszemu sklepowi."
    assert "review-request" in blocked(text, "pl")


# --- C15: Dutch and Turkish offers in their own forms; a Belgian marketplace; a payment
# request from a banking app ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "rule"),
    [
        ("nl", "Deze week: vier kaarsen voor de prijs van drie!", "marketing"),
        ("tr", "Kış çaylarımız geldi, bu ay %15 indirimli.", "marketing"),
        ("nl", "Dezelfde lamp staat ook op 2dehands, bij ons iets goedkoper.", "off-amazon"),
        ("nl", "Voor de gravure stuur ik je een betaalverzoek, dan starten we.", "off-amazon"),
    ],
)
def test_offers_marketplaces_and_payment_requests(lang: str, text: str, rule: str) -> None:
    assert rule in blocked(text, lang)


def test_no_payment_request_from_us_stays_compliant() -> None:
    text = "U krijgt van ons nooit een betaalverzoek; alles loopt via Amazon."
    assert blocked(text, "nl") == set()


# --- C16: a chat or payment app named by its logo ------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "For future orders, message us on the app with the paper plane, channel "
            "Hollow Oak Candles.",
        ),
        ("en", "Pay the engraving through the app with the blue P and we start today."),
        ("de", "Schreiben Sie uns künftig in der App mit dem Papierflieger, Kanal Hofladen Kern."),
        ("fr", "Rejoignez notre canal avec l'avion en papier pour réserver les prochains lots."),
        ("es", "Escríbanos en la app del avión de papel, canal Taller Ruiz."),
        ("it", "Ci trovi sul canale con l'aeroplanino, si chiama Bottega Rossi."),
        ("nl", "Volg ons in de app met het papieren vliegtuigje, kanaal Atelier Bos."),
        ("ja", "今後のご注文は紙飛行機のアプリで当店のチャンネルからどうぞ。"),
    ],
)
def test_an_app_named_by_its_logo_is_off_amazon(lang: str, text: str) -> None:
    assert "off-amazon" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Fold the leaflet like a paper plane and it fits in the box."),
        ("de", "Auf dem Karton klebt ein Papierflieger, das Logo der Druckerei."),
        ("it", "Il biglietto ha la forma di un aeroplanino di carta."),
    ],
)
def test_a_paper_plane_that_is_no_app_stays_compliant(lang: str, text: str) -> None:
    assert blocked(text, lang) == set()


# --- C17: an address given as "name@", its domain told in words and its ending later ------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Write to sales@ followed by our shop name, then .co.uk at the end."),
        ("de", "Schreiben Sie an info@ und dann unseren Shopnamen, Punkt de dahinter."),
        ("nl", "Mail naar service@ met daarachter onze winkelnaam aan elkaar en .be."),
        ("fr", "Écrivez à contact@ suivi du nom de la boutique, puis .fr à la fin."),
    ],
)
def test_a_local_part_with_its_ending_told_later(lang: str, text: str) -> None:
    assert "email-address" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Tag the carrier with @ in the app if the label is torn; the box is 2.5 kg."),
        ("en", "The order id is 305-1234567-7654321. We'll send the label today."),
    ],
)
def test_an_at_sign_alone_is_no_address(lang: str, text: str) -> None:
    assert "email-address" not in blocked(text, lang)
