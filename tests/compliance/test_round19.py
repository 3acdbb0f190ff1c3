"""Round 19: classes of held-out sets 17 and 18's misses and false alarms, each tested with
sentences of our own (none from a held-out set), beside look-alikes that must pass.

F1: a review word in another sense: a damage assessment named without an article, an
appliance's electrical rating, a board game's score squares, "rate us as a seller" (the ask
itself, not a spec "rated as IP67").
F2: an ordinary word read as a contact detail, a promotion or a call word: the phone as a
device ("the phone case"), French "nous coupons" and "un coupon de lin", the Spanish street
"calle" before a parcel number.
C1: personal data a third party wants (a manufacturer registering a warranty) and the buyer
is to write "here", on the thread.
C2: a reward for words set on the listing named by its product ("en la ficha de la lámpara",
"unter der Lampe steht", "il suo parere sul prodotto"), or a warranty extension as the reward.
C3: the buyer asked to withdraw the order ("ritirasse lei l'ordine", "wycofał zamówionko",
"retirer vous-même la commande"), with the seller's own cancelling only supposed ("se lo
annulliamo noi").
C4: marketing without a promotion word: a VIP list or "you hear first of the new kits" (also
as an apology), a coming product put aside for the buyer, an apology code "valid on" the
shop's goods, a whole range sold "al 25%", a club of regular customers; the shop's social
page written as one word ("vår Facebooksida", "onze Facebookpagina").
C5: review pleas: vanishing from search without new reviews ("aramalarda", "resultados de
búsqueda", "検索で埋もれ", with "ございませんと" read as a condition, not a refusal), a shop of
two ("nous ne sommes que deux", "solo somos dos"), a competitor's fakes; a reminder that
the review is "not yet shared / noch nicht abgegeben".
C6: a web address told in parts without a dot ("then the German country ending, then slash
page", Norwegian "punktum no skråstrek") or one the buyer is to read backwards
("se.lampboden/guide, the domain is written backwards").
C7: PayPal described by its logo ("the payment service with the blue P") and its friends and
family payment in each language; a remote's "green app button" is no messenger.
C8: Amazon's "was this helpful?" vote asked as a noun: "a click on Yes", "un clic su Sì",
"ein Klick auf Ja", "Evet'e bir tık".
C9: a referral reward for both ("you'll both get", "vous recevrez chacune", "las dos
recibirán", "riceverete entrambe", "obie dostaniecie").
C10: an e-mail address dictated as name, the at-sign's name, then a provider with no ".com"
("kaerudou にアットマーク、その後はGmail", "then the at sign, then Gmail").
C11: the shop's market stall or direct sale where the buyer can buy or take the goods
("工房の直売会 ... お求めいただけます", "staan we op de ...markt; daar kunt u ... meenemen").
C12: neighbours of the ten that buyers also write: Danish and Norwegian "annuller venligst selv
ordren", Catalan "l'aplicació verda".
C13: Japanese: a Latin name, then a mail provider's domain named ("その後ろにGメールのドメイン").
"""

from __future__ import annotations

import pytest

from tests.compliance.gate import blocked

# --- F1: review words in another sense ---------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "El perito hará la valoración de daños del sofá el jueves; le reponemos el cojín."),
        ("es", "La valoración de desperfectos del tasador llega el lunes."),
        (
            "fr",
            "L'évaluation des dommages par l'assureur est en cours ; nous vous renvoyons un vase.",
        ),
        ("it", "La valutazione dei danni del perito è ancora aperta; le spediamo una sedia nuova."),
        (
            "de",
            "Die Bewertung der Schäden durch die Versicherung läuft noch; Ersatz ist unterwegs.",
        ),
        (
            "nl",
            "De beoordeling van de schade door de verzekeraar loopt nog; er komt een nieuwe stoel.",
        ),
        ("pl", "Ocena szkody przez ubezpieczyciela jeszcze trwa; wysyłamy nowe krzesło."),
        ("sv", "Försäkringsbolagets bedömning av skadan pågår; vi skickar en ny stol."),
        ("tr", "Sigortanın hasar değerlendirmesi sürüyor; size yeni bir sandalye gönderiyoruz."),
        (
            "en",
            "The rating on this charger is 5 V / 3 A; the lamp will draw about 1 A, so it's fine.",
        ),
        ("en", "Check the power draw of your amplifier: the rating of this supply is 24 V."),
        ("en", "Its rating is 230 V and the heater draws 1.8 kW, so use a wall socket."),
        ("es", "Las estrellas del tablero marcan casillas con puntuación doble; no es una errata."),
        ("es", "La hoja de puntuación del juego trae casillas extra para la quinta ronda."),
        (
            "it",
            "Le stelle sul tabellone sono caselle con punteggio extra, non un difetto di stampa.",
        ),
        ("de", "Die Sterne auf dem Spielbrett sind Felder mit Extrapunkten, kein Druckfehler."),
        (
            "fr",
            "Les étoiles du plateau sont des cases de points bonus, pas une erreur d'impression.",
        ),
        ("en", "The stars on the game board are bonus scoring squares, not a misprint."),
        ("nl", "De sterren op het spelbord zijn vakjes met extra punten, geen drukfout."),
        ("sv", "Stjärnorna på spelplanen är rutor med extrapoäng, inget tryckfel."),
    ],
)
def test_review_words_in_another_sense_pass(lang, text):
    assert "review-request" not in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Please rate us as a seller in Your Orders."),
        ("en", "Could you rate us as a seller when you have a moment?"),
        ("en", "Would you rate me as a seller on Amazon?"),
        ("en", "Everyone who reviews the adapter enters our prize draw."),
        ("en", "Leave a review and you are entered into our monthly draw for a gift card."),
        ("es", "Si valora el juego con cinco estrellas, le regalamos una expansión."),
    ],
)
def test_review_asks_beside_those_senses_still_block(lang, text):
    assert "review-request" in blocked(text, lang)


# --- F2: ordinary words read as a contact detail, a coupon or a call ---------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The phone case is rated IP67, so a quick drop in the bath is fine."),
        ("en", "The phone holder survives a drop from the desk, and the mobile stand folds flat."),
        (
            "en",
            "Drop the cell phone charger into the bag; the phone mount goes in the side pocket.",
        ),
        ("fr", "Le velours est vendu au mètre ; pour 4 mètres nous coupons d'une seule pièce."),
        ("fr", "Nous coupons le tissu à la demande, 12 € le mètre, et nous l'expédions plié."),
        ("fr", "Il s'agit d'un coupon de coton de 2 mètres, coupé d'un seul tenant."),
        ("es", "Su caja espera en la papelería de la calle Toledo, con el número 51093377820."),
        ("es", "El paquete está en el estanco de la calle Alcalá 12, envío 94016622518."),
        ("it", "Il pacco è in tabaccheria in calle dei Fabbri, con il numero 67204415522."),
    ],
)
def test_ordinary_words_pass(lang, text):
    assert not blocked(text, lang) & {"personal-data", "marketing", "phone-number"}


@pytest.mark.parametrize(
    ("lang", "text", "rule"),
    [
        ("en", "Please drop your phone number here so the courier can call.", "personal-data"),
        ("en", "Could you drop us your mobile number?", "personal-data"),
        ("fr", "Utilisez nos coupons de réduction sur votre prochaine commande.", "marketing"),
        ("es", "Llámenos al 612 345 678, estamos en la calle Mayor.", "phone-number"),
    ],
)
def test_the_real_thing_still_blocks(lang, text, rule):
    assert rule in blocked(text, lang)


# --- C1: data a third party wants, written "here" -----------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "For the warranty registration the manufacturer wants your date of birth; "
            "just write it here in the thread.",
        ),
        (
            "en",
            "The brand asks for your date of birth to register the warranty, so pop it in here.",
        ),
        (
            "en",
            "To register the guarantee the maker needs your passport number; you can type it here.",
        ),
        (
            "de",
            "Für die Garantie möchte der Hersteller Ihr Geburtsdatum haben, schreiben Sie es "
            "einfach hier hinein.",
        ),
        (
            "de",
            "Der Hersteller verlangt für die Registrierung Ihre Steuer-ID; tragen Sie sie bitte "
            "hier ein.",
        ),
        (
            "fr",
            "Pour enregistrer la garantie, le fabricant veut votre date de naissance ; "
            "écrivez-la simplement ici.",
        ),
        (
            "fr",
            "La marque demande votre numéro de sécurité sociale pour la garantie ; notez-le ici "
            "dans la conversation.",
        ),
        (
            "es",
            "Para registrar la garantía, el fabricante quiere su fecha de nacimiento; escríbala "
            "aquí mismo.",
        ),
        ("es", "La marca pide su DNI para la garantía; puede ponerlo aquí en el chat."),
        ("es", "¿Nos puede escribir su número de móvil para el repartidor?"),
        ("es", "¿Nos podría decir su correo electrónico para la factura?"),
        (
            "it",
            "Per registrare la garanzia il produttore vuole la sua data di nascita: la scriva "
            "pure qui.",
        ),
        (
            "it",
            "Il marchio chiede il suo codice fiscale per la garanzia; lo metta qui nella "
            "conversazione.",
        ),
        ("it", "Ci può scrivere il suo numero di cellulare per il corriere?"),
        (
            "nl",
            "Voor de garantie wil de fabrikant uw geboortedatum weten; zet die gerust hier in "
            "het gesprek.",
        ),
        (
            "nl",
            "Voor de registratie vraagt het merk uw rijksregisternummer; u kunt het hier invullen.",
        ),
        ("nl", "De fabrikant vraagt uw BSN voor de garantie; typ het gewoon hieronder."),
        ("pl", "Poprosimy jeszcze o Pana datę urodzenia do rejestracji gwarancji."),
        ("pl", "Producent prosi o numer PESEL do gwarancji, proszę go wpisać tutaj."),
        ("pl", "Poprosimy również o numer telefonu dla kuriera."),
        ("sv", "Tillverkaren vill ha ditt personnummer för garantin; skriv det här i tråden."),
        ("sv", "För garantiregistreringen behöver märket ditt födelsedatum, lägg in det här."),
        ("tr", "Garanti kaydı için üretici doğum tarihinizi istiyor; buraya yazmanız yeterli."),
        ("tr", "Kurye arayabilsin diye cep numaranızı buraya yazarsanız iyi olur."),
        ("tr", "Üretici garanti için TC kimlik numaranızı istiyor, buraya yazabilirsiniz."),
        (
            "ja",
            "保証登録のため、メーカーがお客様の生年月日を必要としております。こちらにご記入ください。",
        ),
    ],
)
def test_data_for_a_third_party_written_here_blocks(lang, text):
    assert "personal-data" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "For the warranty registration the manufacturer asks for the date of purchase; it is "
            "on your invoice.",
        ),
        (
            "en",
            "The manufacturer registers the warranty with the serial number, which we have sent.",
        ),
        (
            "de",
            "Für die Garantie braucht der Hersteller nur das Kaufdatum; das haben wir hinterlegt.",
        ),
        ("nl", "De fabrikant vraagt alleen het serienummer; dat staat hier op de factuur."),
        ("pl", "Poprosimy kuriera o ponowną dostawę jutro."),
        ("tr", "Sipariş numaranızı buraya yazdık, kargo takibi için kullanabilirsiniz."),
        ("es", "Escriba aquí si el repartidor no llega; le contestamos enseguida."),
        ("sv", "Skriv här om paketet inte kommer fram, så hjälper vi dig."),
        ("fr", "Le fabricant demande la date d'achat, elle figure sur votre facture."),
        ("it", "Il produttore chiede solo il numero di serie, che le abbiamo già inviato."),
    ],
)
def test_warranty_details_that_are_not_personal_data_pass(lang, text):
    assert "personal-data" not in blocked(text, lang)


# --- C2: a reward for words on the listing, or a longer warranty as the reward ----------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "En cuanto aparezca su opinión en la ficha de la lámpara, le enviamos una bombilla de "
            "regalo.",
        ),
        (
            "es",
            "Quien deje unas palabras en la ficha de la cafetera recibe una extensión de garantía "
            "de un año.",
        ),
        (
            "it",
            "Appena vediamo il suo parere sul prodotto, le spediamo in omaggio un set di filtri.",
        ),
        (
            "it",
            "Chi racconta la sua esperienza sotto l'articolo riceve un'estensione di garanzia di "
            "un anno.",
        ),
        (
            "fr",
            "Ceux qui racontent leur expérience sous l'article obtiennent une extension de "
            "garantie d'un an.",
        ),
        (
            "fr",
            "Dès que votre commentaire apparaît sur la fiche de la lampe, nous vous offrons une "
            "ampoule.",
        ),
        (
            "de",
            "Sobald Ihre Meinung unter der Lampe steht, schicken wir Ihnen eine Ersatzbirne "
            "gratis.",
        ),
        (
            "de",
            "Wer seine Erfahrung unter dem Artikel schildert, erhält eine Garantieverlängerung um "
            "ein Jahr.",
        ),
        (
            "en",
            "As soon as your thoughts appear under the lamp, we send you a spare bulb for free.",
        ),
        (
            "en",
            "Customers who describe their experience under the item get a warranty extension of "
            "one year.",
        ),
        (
            "nl",
            "Wie zijn ervaring onder het artikel deelt, krijgt een garantieverlenging van een "
            "jaar.",
        ),
        ("nl", "Zodra uw mening onder de lamp staat, sturen we u gratis een extra lampje."),
        ("pl", "Kto opisze swoje wrażenia pod produktem, dostaje przedłużenie gwarancji o rok."),
        (
            "sv",
            "Den som berättar om sin upplevelse under produkten får förlängd garanti på ett år.",
        ),
        (
            "tr",
            "Deneyimini ürünün altında anlatan müşterilerimize garanti uzatması hediye ediyoruz.",
        ),
        ("ja", "商品ページにご感想を書いてくださった方には、保証期間を1年延長いたします。"),
    ],
)
def test_reward_for_words_on_the_listing_blocks(lang, text):
    assert "review-request" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "En cuanto recibamos su comentario sobre la pieza que falta, le enviamos el repuesto "
            "sin coste.",
        ),
        (
            "it",
            "Appena riceviamo il suo messaggio sul difetto, le spediamo un ricambio in omaggio.",
        ),
        ("fr", "Nous vous offrons une extension de garantie d'un an, comme pour tous nos vélos."),
        (
            "de",
            "Sobald das Ersatzteil unter der Nummer eingetroffen ist, schicken wir es Ihnen "
            "kostenlos.",
        ),
        ("en", "Every bike comes with a warranty extension of one year at no cost."),
        ("es", "La extensión de garantía de dos años viene incluida con el colchón."),
    ],
)
def test_remedies_and_warranties_without_words_asked_pass(lang, text):
    assert "review-request" not in blocked(text, lang)


# --- C3: withdrawing the order asked of the buyer ----------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "it",
            "Sarebbe carino se ritirasse lei l'ordine dal suo account: se lo annulliamo noi, "
            "Amazon ci penalizza.",
        ),
        (
            "it",
            "Le chiederei di ritirare l'ordine da Il mio account; se lo cancelliamo noi veniamo "
            "penalizzati.",
        ),
        (
            "pl",
            "Byłoby super, gdyby Pan wycofał zamówionko – jak my to anulujemy, dostajemy minusa.",
        ),
        (
            "pl",
            "Czy mogłaby Pani wycofać zamówienie w swoim koncie? Gdy my anulujemy, Amazon nas "
            "karze.",
        ),
        (
            "en",
            "Would you mind withdrawing the order from your account? If we cancel it, Amazon "
            "penalises us.",
        ),
        (
            "de",
            "Könnten Sie die Bestellung selbst zurückziehen? Wenn wir sie stornieren, bekommen "
            "wir einen Minuspunkt.",
        ),
        (
            "fr",
            "Pourriez-vous retirer vous-même la commande depuis votre compte ? Si nous "
            "l'annulons, Amazon nous pénalise.",
        ),
        (
            "es",
            "¿Podría retirar usted el pedido desde su cuenta? Si lo cancelamos nosotros, Amazon "
            "nos penaliza.",
        ),
        (
            "nl",
            "Zou u de bestelling zelf willen intrekken? Als wij hem annuleren, krijgen we een "
            "minpunt.",
        ),
        ("sv", "Kan du själv dra tillbaka beställningen? Om vi avbryter den får vi en prick."),
        (
            "tr",
            "Siparişi kendiniz geri çekebilir misiniz? Biz iptal edersek Amazon bize ceza veriyor.",
        ),
    ],
)
def test_withdraw_the_order_yourself_blocks(lang, text):
    assert "cancellation-request" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "Se preferisce, ritiriamo noi l'ordine e la rimborsiamo subito."),
        ("pl", "Jeśli Pan woli, wycofamy zamówienie po naszej stronie i zwrócimy pieniądze."),
        ("en", "If you prefer, we will withdraw the order ourselves and refund you in full."),
        ("pl", "Jeśli to dla Pani za długo, mogę sam anulować zamówienie i oddać pieniądze."),
        ("it", "Può ritirare il pacco all'ufficio postale con un documento."),
    ],
)
def test_seller_withdrawing_or_parcel_collected_passes(lang, text):
    assert "cancellation-request" not in blocked(text, lang)


# --- C4: VIP lists, a coming product put aside, codes valid on the shop, a range at N % ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "To make up for the wait, we've added you to our VIP list: you'll hear first when "
            "the new kits land.",
        ),
        (
            "en",
            "Reply 'yes' and we'll pop you on our list for launch offers when the oak finish "
            "returns.",
        ),
        (
            "nl",
            "Als goedmaker zetten we u op onze VIP-lijst, zodat u als eerste hoort wanneer de "
            "nieuwe puzzels binnen zijn.",
        ),
        (
            "de",
            "Als Entschuldigung setzen wir Sie auf unsere VIP-Liste: Sie erfahren als Erste, "
            "wenn die neuen Bausätze da sind.",
        ),
        (
            "fr",
            "Pour nous excuser, nous vous inscrivons sur notre liste VIP : vous serez le premier "
            "informé des nouveaux kits.",
        ),
        (
            "es",
            "Para compensar, le apuntamos en nuestra lista VIP: será el primero en saber cuándo "
            "llegan los nuevos kits.",
        ),
        (
            "it",
            "Per scusarci la inseriamo nella nostra lista VIP: sarà il primo a sapere quando "
            "arrivano i nuovi kit.",
        ),
        (
            "pl",
            "W ramach przeprosin dopiszemy Pana do naszej listy VIP – dowie się Pan pierwszy o "
            "nowych zestawach.",
        ),
        (
            "sv",
            "Som ursäkt sätter vi upp dig på vår VIP-lista, så får du veta först när de nya "
            "byggsatserna kommer.",
        ),
        (
            "tr",
            "Özür olarak sizi VIP listemize ekliyoruz; yeni setler gelince ilk siz haberdar "
            "olacaksınız.",
        ),
        (
            "fr",
            "P.-S. : le modèle à piles de cette lampe sort en mars, je vous en garde un de côté "
            "si vous voulez.",
        ),
        (
            "tr",
            "Not: İlkbaharda aynı serinin büyük boy tenceresini çıkaracağız; dilerseniz size bir "
            "tane ayıralım.",
        ),
        (
            "en",
            "PS: the glow-in-the-dark version of this kit comes out in May, and I can put one "
            "aside for you.",
        ),
        (
            "de",
            "PS: Die beleuchtete Version dieses Bausatzes erscheint im März, gern legen wir "
            "Ihnen eines zurück.",
        ),
        (
            "es",
            "P.D.: la versión con luz de esta maqueta sale en marzo; si quiere, le reservamos una.",
        ),
        (
            "it",
            "P.S.: la versione luminosa di questo modellino esce a marzo, se vuole gliene "
            "teniamo da parte uno.",
        ),
        (
            "nl",
            "PS: de verlichte versie van deze bouwdoos komt in maart uit, zal ik er een voor u "
            "apart leggen?",
        ),
        (
            "pl",
            "PS: podświetlana wersja tego modelu wychodzi w marcu, możemy odłożyć dla Pana jedną "
            "sztukę.",
        ),
        (
            "sv",
            "PS: den belysta versionen av byggsatsen kommer ut i mars, vi kan lägga undan ett "
            "exemplar åt dig.",
        ),
        (
            "ja",
            "追伸：このキットの光るバージョンが3月に発売されますので、よろしければお取り置きいたします。",
        ),
        (
            "pl",
            "Jeśli Pani chce, zapiszemy Panią do naszego klubu stałych klientów – za każde "
            "zamówienie zbiera Pani punkty.",
        ),
        (
            "sv",
            "Tack för tålamodet! Vill du se fler lampor lägger vi upp nyheter på vår Instagram "
            "varje måndag.",
        ),
        (
            "en",
            "Thanks for your patience! If you'd like to see more lamps, we post our new arrivals "
            "on our Facebook page every Monday.",
        ),
        (
            "de",
            "Danke für Ihre Geduld! Neuheiten zeigen wir jeden Freitag auf unserer Facebook-Seite.",
        ),
        (
            "it",
            "Per scusarci del ritardo, ecco un codice solo per lei: RITARDO15, valido su tutti i "
            "nostri articoli.",
        ),
        (
            "es",
            "Para disculparnos, aquí tiene un código: PERDON10, válido en cualquiera de nuestros "
            "artículos.",
        ),
        (
            "en",
            "To apologise, here is a code just for you: SORRY10, valid on anything in our store.",
        ),
        ("it", "Da lunedì tutte le maschere di carnevale al 25%, non perdetevele!"),
        ("es", "Desde el viernes todos los disfraces de carnaval al 30 %, ¡no se los pierda!"),
    ],
)
def test_lists_reservations_codes_and_ranges_on_sale_block(lang, text):
    assert "marketing" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Votre pièce de rechange part aujourd'hui ; nous vous en mettons une deuxième de "
            "côté en cas de besoin.",
        ),
        (
            "en",
            "The replacement lid comes out of our workshop on Monday; we have put one aside for "
            "you.",
        ),
        ("de", "Ihr Ersatzteil ist reserviert und geht morgen raus."),
        (
            "en",
            "You asked about the blue one: it is back in stock next week and we can reserve one "
            "for you.",
        ),
        (
            "nl",
            "We hebben u op de wachtlijst gezet voor uw eigen bestelling; u hoort het als eerste "
            "zodra die verzonden is.",
        ),
        ("en", "Your refund of 25% has been applied to your order."),
        ("it", "Il codice di tracciamento è valido su tutti i siti del corriere."),
    ],
)
def test_own_order_and_applied_refunds_pass(lang, text):
    assert "marketing" not in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sv", "Vill du se fler lampor lägger vi upp bilder på vår Facebooksida varje måndag."),
        ("sv", "Fler modeller visar vi på vårt Instagramkonto varje vecka."),
        ("de", "Weitere Modelle zeigen wir jede Woche auf unserem Instagram-Kanal."),
        ("nl", "Meer modellen laten we elke week zien op onze Facebookpagina."),
        ("pl", "Więcej modeli pokazujemy co tydzień na naszym profilu na Instagramie."),
        ("tr", "Diğer modelleri her hafta Instagram hesabımızda paylaşıyoruz."),
        ("fr", "D'autres modèles sont présentés chaque semaine sur notre page Facebook."),
        ("es", "Cada semana mostramos más modelos en nuestra cuenta de Instagram."),
        ("it", "Ogni settimana mostriamo altri modelli sulla nostra pagina Instagram."),
        ("en", "More models go up every week on our Instagram account."),
        ("ja", "他のモデルは毎週、当店のインスタグラムでご紹介しています。"),
    ],
)
def test_the_shops_social_page_blocks(lang, text):
    assert blocked(text, lang) & {"marketing", "off-amazon"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sv", "Vi lägger upp spårningslänken här i tråden så snart paketet har skickats."),
        ("nl", "Onze pagina met veelgestelde vragen staat in uw Amazon-account onder Hulp."),
    ],
)
def test_thread_and_account_pages_pass(lang, text):
    assert not blocked(text, lang)


# --- C5: review pleas: vanishing from search, a shop of two, a competitor's fakes; reminders ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "tr",
            "Küçük bir atölyeyiz; yeni puanlar olmazsa ürünlerimiz aramalarda kayboluyor. Birkaç "
            "satırınız çok şey değiştirir.",
        ),
        (
            "en",
            "We're a two-person shop, and without fresh ratings our kettles simply don't show up "
            "in search.",
        ),
        (
            "de",
            "Wir sind ein kleiner Familienbetrieb; ohne neue Bewertungen tauchen unsere Lampen "
            "in der Suche gar nicht mehr auf.",
        ),
        (
            "fr",
            "Nous sommes un tout petit atelier : sans nouvelles évaluations, nos lampes "
            "disparaissent des résultats de recherche.",
        ),
        (
            "es",
            "Somos un taller pequeño; sin valoraciones nuevas nuestras lámparas desaparecen de "
            "los resultados de búsqueda.",
        ),
        (
            "it",
            "Siamo una piccola bottega: senza nuove recensioni le nostre lampade spariscono dai "
            "risultati di ricerca.",
        ),
        (
            "nl",
            "We zijn een klein familiebedrijf; zonder nieuwe beoordelingen verdwijnen onze "
            "lampen uit de zoekresultaten.",
        ),
        (
            "pl",
            "Jesteśmy małą rodzinną firmą; bez nowych opinii nasze lampy znikają z wyników "
            "wyszukiwania.",
        ),
        (
            "sv",
            "Vi är ett litet familjeföretag; utan nya omdömen försvinner våra lampor ur "
            "sökresultaten.",
        ),
        (
            "ja",
            "小さな工房でございますので、皆様のレビューがございませんと検索で埋もれてしまいます。どうぞよろしくお願いいたします。",
        ),
        (
            "de",
            "Ein Konkurrent hat uns mit gefälschten Bewertungen auf 2,8 gedrückt – jede ehrliche "
            "Stimme von Kunden wie Ihnen bringt die Lampe wieder nach oben.",
        ),
        (
            "en",
            "A competitor dragged us down to 3.2 with fake reviews, and every honest voice from "
            "buyers like you lifts the kettle back up.",
        ),
        (
            "fr",
            "Un concurrent nous a fait tomber à 3,1 avec de faux avis ; chaque voix honnête "
            "d'acheteurs comme vous fait remonter la lampe.",
        ),
        (
            "es",
            "Un competidor nos hundió hasta un 3,2 con reseñas falsas; cada voz sincera de "
            "compradores como usted hace subir la lámpara.",
        ),
        (
            "it",
            "Un concorrente ci ha portato a 3,1 con recensioni false: ogni voce onesta di "
            "clienti come lei fa risalire la lampada.",
        ),
        (
            "fr",
            "Un petit mot de votre part sous la fiche de la lampe changerait tout : nous ne "
            "sommes que deux, dans un atelier à Lyon.",
        ),
        (
            "fr",
            "Petit rappel : vous n'avez pas encore partagé votre avis sur la bouilloire, il vous "
            "reste quelques jours pour le faire.",
        ),
        (
            "en",
            "Quick reminder: you haven't shared your review of the kettle yet, and there are "
            "only a few days left to do so.",
        ),
        (
            "de",
            "Kleine Erinnerung: Sie haben Ihre Bewertung zum Wasserkocher noch nicht abgegeben, "
            "es bleiben nur noch wenige Tage.",
        ),
        (
            "es",
            "Pequeño recordatorio: todavía no ha dejado su opinión sobre el hervidor, le quedan "
            "pocos días para hacerlo.",
        ),
        (
            "it",
            "Piccolo promemoria: non ha ancora lasciato la sua recensione sul bollitore, mancano "
            "pochi giorni.",
        ),
        (
            "fr",
            "Un petit mot de votre part sous l'article changerait tout : nous ne sommes que "
            "deux, dans un atelier à Lyon.",
        ),
        (
            "en",
            "A few words from you under the listing would mean a lot: there are only two of us, "
            "working from a garage.",
        ),
        (
            "de",
            "Ein paar Zeilen von Ihnen unter dem Artikel wären toll – wir sind nur zu zweit, in "
            "einer Garage.",
        ),
        (
            "es",
            "Unas palabras suyas bajo el producto nos vendrían genial: solo somos dos, en un "
            "garaje.",
        ),
        (
            "it",
            "Due righe da parte sua sotto l'articolo farebbero la differenza: siamo solo in due, "
            "in un garage.",
        ),
        (
            "nl",
            "Een paar woorden van u onder het artikel zouden veel betekenen: we zijn maar met "
            "z'n tweeën, in een garage.",
        ),
        (
            "pl",
            "Kilka słów od Pani pod produktem bardzo by pomogło – jest nas tylko dwoje, w garażu.",
        ),
        (
            "sv",
            "Några ord från dig under produkten skulle betyda mycket – vi är bara två, i ett "
            "garage.",
        ),
        (
            "tr",
            "Ürünün altına birkaç satır yazmanız çok şey değiştirir; sadece iki kişiyiz, bir "
            "garajda çalışıyoruz.",
        ),
    ],
)
def test_pleas_of_search_visibility_smallness_and_reminders_block(lang, text):
    assert "review-request" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Your kettle doesn't show up in your order list yet because the search only covers "
            "the last three months.",
        ),
        ("de", "In der Suche auf Amazon finden Sie die Bestellung unter Meine Bestellungen."),
        ("fr", "Nous sommes un petit atelier ; votre lampe part demain."),
        (
            "es",
            "Somos un taller pequeño, por eso cada lámpara sale con algo de retraso; la suya "
            "llega el lunes.",
        ),
        ("ja", "小さな工房でございますので、発送まで二日ほどお時間をいただいております。"),
        ("en", "A competitor's lamp uses the same bulb, so any E27 bulb fits."),
        ("fr", "Nous ne sommes que deux à l'atelier, donc votre lampe part lundi."),
        ("en", "There are only two of us, so your lamp ships on Monday."),
        (
            "de",
            "Wir sind nur zu zweit in der Werkstatt, deshalb geht Ihre Lampe erst am Montag raus.",
        ),
    ],
)
def test_small_shop_and_search_without_a_review_pass(lang, text):
    assert "review-request" not in blocked(text, lang)


# --- C6: an address told in parts (ending, slash) or to be read backwards ----------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "de",
            "Die Pflegeanleitung steht auf unserer Seite: erst kerzenwerk, dann die deutsche "
            "Länderendung, danach Schrägstrich pflege.",
        ),
        (
            "en",
            "Our fitting guide is online: the shop name lampworks, then the UK ending, then "
            "slash fitting.",
        ),
        (
            "fr",
            "Le guide est en ligne : tapez atelier-lune, puis la terminaison française, puis "
            "barre oblique guide, dans votre navigateur.",
        ),
        (
            "es",
            "La guía está en nuestra web: primero tallerluz, luego la terminación española y "
            "después barra inclinada guia.",
        ),
        (
            "it",
            "La guida è sul nostro sito: prima bottegaluce, poi l'estensione italiana e dopo la "
            "barra obliqua guida.",
        ),
        (
            "nl",
            "De handleiding staat online: eerst lampenhuis, dan de Nederlandse extensie en "
            "daarna schuine streep handleiding.",
        ),
        (
            "pl",
            "Instrukcja jest na naszej stronie: najpierw lampowo, potem polska końcówka, a dalej "
            "ukośnik instrukcja.",
        ),
        (
            "sv",
            "Guiden finns på vår sida: först lampboden, sedan svensk ändelse och sist snedstreck "
            "guide.",
        ),
        (
            "tr",
            "Kılavuz sitemizde: önce lambaevi, sonra Türkiye uzantısı ve ardından eğik çizgi "
            "kilavuz.",
        ),
        ("sv", "Storleksguiden ligger på se.lampboden/guide, domänen är bara skriven baklänges."),
        (
            "en",
            "The size chart is at uk.co.lampworks/sizes; the address is just written backwards.",
        ),
        (
            "de",
            "Die Tabelle finden Sie unter de.kerzenwerk/groessen – die Adresse steht einfach "
            "rückwärts da.",
        ),
        ("sv", "Monteringsfilmen finns på lampverkstedet punktum no skråstrek film."),
    ],
)
def test_an_address_told_in_parts_or_backwards_blocks(lang, text):
    assert "link" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Bitte tragen Sie die Hausnummer mit Schrägstrich ein, zum Beispiel 12/3."),
        ("en", "The order number and the slash in the invoice number are both correct."),
        ("fr", "La terminaison du câble est un connecteur USB-C."),
        ("en", "The tracking page is on the carrier's site; Amazon's link is in Your Orders."),
        ("sv", "Sätt på locket baklänges så sluter det tätare."),
    ],
)
def test_slashes_endings_and_backwards_things_pass(lang, text):
    assert "link" not in blocked(text, lang)


# --- C7: PayPal by its logo and its friends-and-family payment; a remote's green app key ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "de",
            "Die 12 € überweisen Sie am besten über den Bezahldienst mit dem blauen P, als "
            "Zahlung an Freunde.",
        ),
        (
            "en",
            "Just send the 15 € through the payment app with the blue P, as friends and family.",
        ),
        ("fr", "Réglez les 10 € par le service de paiement au P bleu, en mode entre proches."),
        ("es", "Páguenos los 10 € con la app de pagos de la P azul, como amigos y familiares."),
        (
            "it",
            "Ci mandi i 10 € con il servizio di pagamento con la P blu, come amici e familiari.",
        ),
        (
            "nl",
            "Maak de 10 euro over via de betaaldienst met de blauwe P, als vrienden en familie.",
        ),
        (
            "pl",
            "Proszę przesłać 40 zł przez serwis płatniczy z niebieskim P, jako płatność dla "
            "znajomych.",
        ),
        ("sv", "Skicka de 100 kronorna via betaltjänsten med det blå P:et, som vänner och familj."),
        (
            "tr",
            "Ücreti mavi P logolu ödeme uygulamasıyla, arkadaşa gönderim olarak yollayabilirsiniz.",
        ),
        ("en", "Message us on the green phone app and we'll sort the next order without Amazon."),
        (
            "de",
            "Schreiben Sie uns über die grüne Telefon-App, dann machen wir die nächste "
            "Bestellung ohne Amazon.",
        ),
        (
            "fr",
            "Écrivez-nous sur l'appli verte du téléphone et on prépare la prochaine commande "
            "sans passer par Amazon.",
        ),
        (
            "es",
            "Escríbanos por la aplicación verde del móvil y le preparamos el próximo pedido sin "
            "pasar por Amazon.",
        ),
        (
            "it",
            "Ci scriva sull'app verde del telefono e le prepariamo il prossimo ordine senza "
            "passare da Amazon.",
        ),
        ("en", "Tap the green app icon and message us there for a better price."),
        (
            "de",
            "Die Gravur zahlen Sie separat über den Dienst mit dem blauen P, als Zahlung an "
            "Freunde.",
        ),
        ("en", "Send the 12 € for the engraving through the service with the blue P."),
    ],
)
def test_payment_app_by_its_logo_or_friends_payment_blocks(lang, text):
    assert "off-amazon" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The blue P on the remote is the preset button for your favourite channel."),
        ("de", "Die grüne App-Taste auf der Fernbedienung öffnet das Menü."),
        ("en", "Pay as usual through Amazon; the refund goes back to your card."),
        ("en", "Press the green app button on the remote to open the menu."),
        ("de", "Die Taste mit dem blauen P auf der Fernbedienung speichert den Sender."),
    ],
)
def test_remote_keys_and_amazon_payment_pass(lang, text):
    assert "off-amazon" not in blocked(text, lang)


# --- C8: the helpful vote as a noun ('un clic su Sì') ------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "it",
            'Se sotto la mia risposta appare "Le è stata utile?", un clic su Sì per noi conta '
            "moltissimo.",
        ),
        (
            "en",
            'If Amazon shows "Was this answer helpful?" under this message, one click on Yes '
            "would mean a lot.",
        ),
        (
            "de",
            "Falls unter der Nachricht „War diese Antwort hilfreich?“ erscheint, wäre ein Klick "
            "auf „Ja“ toll.",
        ),
        (
            "fr",
            "Si « Cette réponse vous a-t-elle été utile ? » s'affiche, un clic sur Oui nous "
            "aiderait beaucoup.",
        ),
        (
            "es",
            "Si aparece «¿Le ha resultado útil esta respuesta?», un clic en Sí nos ayudaría mucho.",
        ),
        (
            "nl",
            'Als er "Was dit antwoord nuttig?" onder staat, zou een klik op Ja ons enorm helpen.',
        ),
        (
            "pl",
            "Jeśli pod wiadomością pojawi się „Czy ta odpowiedź była pomocna?”, jedno kliknięcie "
            "„Tak” bardzo nam pomoże.",
        ),
        (
            "sv",
            'Om "Var svaret hjälpsamt?" visas under meddelandet skulle ett klick på Ja betyda '
            "mycket.",
        ),
        (
            "tr",
            'Mesajın altında "Bu yanıt faydalı oldu mu?" çıkarsa, Evet\'e bir tık bizim için çok '
            "değerli.",
        ),
    ],
)
def test_a_click_on_yes_as_a_noun_blocks(lang, text):
    assert "review-request" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "Per confermare il reso, un clic su Sì nella pagina del reso di Amazon basta."),
        ("en", "To confirm the return, one click on Yes on Amazon's return page is enough."),
    ],
)
def test_a_click_on_yes_for_a_return_passes(lang, text):
    assert "review-request" not in blocked(text, lang)


# --- C9: a referral reward for both ------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "If a friend of yours likes knitting too, have them mention your name when they "
            "order; you'll both get a free skein.",
        ),
        (
            "en",
            "Tell a friend to give your name at checkout and you'll each receive a free pattern "
            "book.",
        ),
        (
            "de",
            "Wenn eine Freundin bei der Bestellung Ihren Namen nennt, bekommen Sie beide ein "
            "Knäuel gratis.",
        ),
        (
            "fr",
            "Si une amie cite votre nom en commandant, vous recevrez chacune une pelote offerte.",
        ),
        ("es", "Si una amiga menciona su nombre al pedir, las dos recibirán un ovillo de regalo."),
        (
            "it",
            "Se un'amica fa il suo nome quando ordina, riceverete entrambe un gomitolo in omaggio.",
        ),
        (
            "nl",
            "Als een vriendin bij het bestellen uw naam noemt, krijgen jullie allebei een gratis "
            "bol wol.",
        ),
        (
            "pl",
            "Jeśli koleżanka poda Pani nazwisko przy zamówieniu, obie dostaniecie motek gratis.",
        ),
        ("sv", "Om en vän nämner ditt namn när hon beställer får ni båda ett gratis nystan."),
        (
            "tr",
            "Bir arkadaşınız sipariş verirken adınızı söylerse ikiniz de birer yumak hediye "
            "alırsınız.",
        ),
    ],
)
def test_a_reward_for_both_when_a_friend_orders_blocks(lang, text):
    assert "marketing" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "You'll both get an email from Amazon once the parcel is delivered."),
        (
            "en",
            "If the parcel is for a friend, put their name on the address label when you order.",
        ),
    ],
)
def test_notes_to_both_and_gift_labels_pass(lang, text):
    assert "marketing" not in blocked(text, lang)


# --- C10: the at-sign named, then a provider without '.com' ------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ja", "ご連絡先は、店名のローマ字 hanamizuki にアットマーク、その後ろはYahooです。"),
        ("en", "Our address is the shop name lampworks, then the at sign, then Gmail."),
        ("de", "Schreiben Sie an kerzenwerk, dann das At-Zeichen und danach GMX."),
        ("fr", "Écrivez à atelierlune, puis arobase, puis Hotmail."),
        ("es", "Escríbanos a tallerluz, luego arroba y después Gmail."),
        ("it", "Ci scriva a bottegaluce, poi chiocciola e dopo Libero."),
        ("nl", "Mail naar lampenhuis, dan het apenstaartje en daarna Gmail."),
        ("pl", "Proszę pisać na lampowo, potem małpa, a na końcu Gmail."),
        ("sv", "Skriv till lampboden, sedan snabel-a och sist Hotmail."),
        ("tr", "Lambaevi yazıp at işareti ve ardından Gmail ekleyerek bize yazın."),
    ],
)
def test_at_sign_named_then_a_provider_blocks(lang, text):
    assert "email-address" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The at sign on the keyboard is above the 2; Gmail has nothing to do with it."),
    ],
)
def test_the_at_key_passes(lang, text):
    assert "email-address" not in blocked(text, lang)


# --- C11: the shop's market stall or direct sale where the buyer can buy -----------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ja",
            "毎月最終日曜に鎌倉で工房の直売会を開いており、同じ石鹸を2割引でお求めいただけます。",
        ),
        ("ja", "週末は工房の直売所を開けておりますので、他の色もお求めいただけます。"),
        (
            "nl",
            "Op zaterdag staan we met alle lampen op de Albert Cuypmarkt; daar kunt u de andere "
            "maten gewoon meenemen.",
        ),
        (
            "de",
            "Samstags stehen wir mit allen Lampen auf dem Wochenmarkt, dort können Sie die "
            "anderen Größen gleich mitnehmen.",
        ),
        (
            "en",
            "On Saturdays we have a stall at the Sunday market, where you can take the other "
            "sizes home straight away.",
        ),
        (
            "fr",
            "Le samedi nous tenons un stand au marché de la place, vous pouvez y emporter les "
            "autres tailles.",
        ),
        (
            "es",
            "Los sábados estamos con un puesto en el mercadillo y allí puede llevarse las otras "
            "tallas.",
        ),
        (
            "it",
            "Il sabato siamo al mercato con una bancarella, lì può portarsi via le altre misure.",
        ),
    ],
)
def test_a_market_stall_to_buy_at_blocks(lang, text):
    assert "off-amazon" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ja", "直売会ではなく、Amazonでのみ販売しております。"),
        ("nl", "De koerier bezorgt op zaterdag ook in de buurt van de markt."),
        ("de", "Der Paketshop neben dem Wochenmarkt hat samstags bis 14 Uhr geöffnet."),
    ],
)
def test_markets_and_shops_without_selling_there_pass(lang, text):
    assert "off-amazon" not in blocked(text, lang)


# --- C12: Danish, Norwegian and Catalan neighbours ----------------------------------------


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "Farven er desværre udsolgt, så annuller venligst selv ordren under Dine ordrer.",
            "cancellation-request",
        ),
        (
            "Varen er utsolgt; kanseller bestillingen selv under Dine bestillinger.",
            "cancellation-request",
        ),
        ("Escriviu-nos per l'aplicació verda i us fem la comanda fora d'Amazon.", "off-amazon"),
    ],
)
def test_neighbour_languages_block_on_any_card(text, rule):
    assert rule in blocked(text, "sv") and rule in blocked(text, "es")


def test_swedish_seller_cancelling_passes():
    assert "cancellation-request" not in blocked(
        "Vi annullerar ordern själva och återbetalar hela beloppet.", "sv"
    )


# --- C13: Japanese name then a provider's domain -----------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ja",
            "ご注文の刻印文字は、ローマ字で kobo-sakura、"
            "その後ろにGメールのドメインをつけたアドレスへお送りください。",
        ),
        ("ja", "お問い合わせは mori.lamp に、ヤフーのメールのドメインを続けたアドレスまでどうぞ。"),
    ],
)
def test_ja_name_then_a_providers_domain_blocks(lang, text):
    assert "email-address" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ja", "ショップ名は kobo-sakura です。ご連絡はAmazonのメッセージからお願いいたします。"),
    ],
)
def test_ja_shop_name_alone_passes(lang, text):
    assert "email-address" not in blocked(text, lang)


def test_a_competitors_fake_entries_and_lifting_us_up_again_block():
    text = (
        "Ein Konkurrent hat uns mit gefälschten Einträgen auf 2,9 gedrückt – jede ehrliche "
        "Stimme von Kunden wie Ihnen holt die Kanne wieder nach oben."
    )
    assert "review-request" in blocked(text, "de")


def test_fetching_the_kettle_upstairs_passes():
    text = "Die Kanne steht im Lager oben; wir holen sie morgen nach oben und versenden sie."
    assert "review-request" not in blocked(text, "de")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le guide est en ligne : tapez « atelier-lune » puis « .fr/guide » dans votre "
            "navigateur.",
        ),
        ("en", 'Type "lampworks" and then ".co.uk/sizes" into your browser.'),
        ("de", "Geben Sie „kerzenwerk“ und danach „.de/pflege“ in Ihren Browser ein."),
        ("es", "Escriba «tallerluz» y luego «.es/guia» en su navegador."),
    ],
)
def test_a_name_and_a_loose_ending_typed_into_the_browser_block(lang, text):
    assert "link" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Ouvrez le fichier .pdf joint dans votre navigateur ; il contient le guide."),
        ("en", "Open the guide in your browser from Your Orders; the file ends in .pdf."),
    ],
)
def test_a_file_opened_in_the_browser_passes(lang, text):
    assert "link" not in blocked(text, lang)
