# ruff: noqa: E501  (the adversary's sentences are kept whole)
"""Adversary 17's classes (notes/adv17/REPORT.md): each class tested with the adversary's
own examples (ids start with the class) plus variants of our own in other languages and
wordings, beside compliant look-alikes that must stay compliant.
"""

from __future__ import annotations

import pytest

from tests.compliance.gate import blocked

# --- H1: cancellation asked for with other verbs, passives, or Amazon's button unnamed -----

H1_ADVERSARY = [
    (
        "en",
        "Hi, we can't get this item to you before Christmas. If you'd rather not wait, the "
        "order can be stopped on your side in Your Account, that way it's cleaner for both of "
        "us.",
    ),
    (
        "en",
        "Hi, the item is delayed by 6 weeks. You are welcome to pull the order yourself; we "
        "would rather not do it from here.",
    ),
    (
        "en",
        "Hi, unfortunately this item is back-ordered. It would be best if the order were "
        "called off from your side.",
    ),
    (
        "en",
        "Hi, the item is delayed by 6 weeks. If the wait is too long, Amazon has a button on "
        "your order page for exactly this situation.",
    ),
    (
        "en",
        "Hi, we cannot ship this item in time. The quickest fix is for you to hit the button "
        "in Your Orders that stops the order.",
    ),
    (
        "en",
        "Hi, the item is delayed. Backing out of the purchase through Amazon is fine with us, "
        "just do it from your order page.",
    ),
    (
        "en",
        "Hi, the item is delayed by 6 weeks. Honestly, pulling the order on your end is the "
        "cleanest way out.",
    ),
    (
        "de",
        "Hallo, der Artikel verzögert sich um 6 Wochen. Ehrlich gesagt wäre es am "
        "saubersten, wenn die Bestellung von Ihrer Seite aus zurückgenommen würde.",
    ),
    (
        "sv",
        "Hej, varan är försenad sex veckor. Det enklaste är om beställningen dras tillbaka från din sida.",
    ),
    (
        "pl",
        "Dzień dobry, towar opóźni się o 6 tygodni. Najprościej będzie, jeśli wycofa Pan "
        "zamówienie ze swojej strony.",
    ),
]

H1_OURS = [
    (
        "en",
        "The blender is out of stock until March; the purchase could be halted from your end in a minute.",
    ),
    ("en", "Feel free to back out of the order, it won't bother us at all."),
    ("en", "You're free to drop the order if the wait is too long for you."),
    ("en", "There's a button in Your Orders that ends the order, that would be quickest."),
    ("de", "Am einfachsten brechen Sie die Bestellung in Ihrem Konto einfach ab."),
    ("de", "Nehmen Sie die Bestellung bitte über Ihr Konto zurück, das geht am schnellsten."),
    ("de", "Es wäre besser, wenn der Kauf von Ihrer Seite aus abgebrochen würde."),
    ("fr", "Le plus simple serait de retirer la commande de votre côté."),
    ("es", "Lo más sencillo es que retire usted el pedido desde su cuenta."),
    ("it", "La cosa più semplice è che ritiri lei l'ordine dal suo account."),
    ("pl", "Najlepiej, jeśli wycofa Pani zamówienie w swoim koncie."),
    ("sv", "Det vore enklast om köpet drogs tillbaka från ditt håll."),
]


@pytest.mark.parametrize(("lang", "text"), H1_ADVERSARY + H1_OURS)
def test_h1_cancellation_in_other_words(lang: str, text: str) -> None:
    assert "cancellation-request" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The carrier cancelled the delivery slot; a new one will be offered by e-mail."),
        ("en", "Your return was withdrawn by the system, so please open a new one."),
        ("en", "We pulled your order from the shelf this morning and it ships today."),
        ("en", "The order was stopped at customs; please allow two more days."),
        ("en", "We have stopped the order ourselves, nothing is needed from you."),
        ("de", "Die Bestellung wurde von uns gestoppt, Sie müssen nichts tun."),
        ("sv", "Beställningen drogs tillbaka av oss, du behöver inte göra något."),
    ],
)
def test_h1_look_alikes_pass(lang: str, text: str) -> None:
    assert "cancellation-request" not in blocked(text, lang)


# --- F1: cancelling a return, a slot or an appointment is not cancelling the order ---------

F1_ADVERSARY = [
    (
        "en",
        "Hi, you can cancel the return at any time; nothing else is needed from you. We have "
        "refunded the shipping cost.",
    ),
    (
        "en",
        "Hi, you can cancel the return request in Your Orders if you decide to keep the lamp; "
        "nothing else changes.",
    ),
    (
        "en",
        "Hi, if the delivery slot does not suit you, you can cancel the appointment on the "
        "carrier's tracking page and pick a new day.",
    ),
    (
        "fr",
        "Bonjour, vous pouvez annuler le retour dans Vos commandes si vous gardez finalement la lampe.",
    ),
    (
        "es",
        "Hola, puede cancelar la devolución en Mis pedidos si al final se queda con la lámpara.",
    ),
    ("it", "Buongiorno, può annullare il reso in I miei ordini se decide di tenere la lampada."),
]

F1_OURS = [
    ("en", "Please cancel your redelivery booking on the courier's site if you will be away."),
    ("de", "Sie können den Termin beim Zusteller stornieren und einen neuen wählen."),
    ("nl", "U kunt de afspraak met de bezorger annuleren en een nieuwe dag kiezen."),
    ("pl", "Może Pan anulować zwrot w swoim koncie, jeśli zatrzyma Pan lampę."),
    ("sv", "Du kan avboka tiden hos budfirman och välja en ny dag."),
    ("tr", "İadeyi hesabınızdan iptal edebilirsiniz, lambayı saklarsanız başka bir şey gerekmez."),
    ("fr", "Vous pouvez annuler le rendez-vous avec le transporteur sur sa page de suivi."),
    ("es", "Puede cancelar la cita con la mensajería desde su página de seguimiento."),
]


@pytest.mark.parametrize(("lang", "text"), F1_ADVERSARY + F1_OURS)
def test_f1_cancelling_a_return_or_slot_passes(lang: str, text: str) -> None:
    assert "cancellation-request" not in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "You can cancel the order in Your Orders, then the return is not needed."),
        ("fr", "Vous pouvez annuler la commande dans Vos commandes."),
        ("tr", "Siparişi hesabınızdan iptal edebilirsiniz."),
        ("it", "Può annullare l'ordine in I miei ordini."),
    ],
)
def test_f1_cancelling_the_order_still_blocks(lang: str, text: str) -> None:
    assert "cancellation-request" in blocked(text, lang)


# --- H3: e-mail addresses as bracketed letters, back to front, or a provider named late ----

H3_ADVERSARY = [
    "Hi, for the manual write to sunnyhome (a) gmail (d) com and we'll send it.",
    "Hi, for the manual write to sunnyhome [a] gmail [d] com.",
    "Hi, for the manual write to sunnyhome(a)gmail(d)com.",
    "Hi, for the manual write to the address in reverse: moc.liamg@emohynnus.",
    "Hi, for the manual, our mailbox: moc.liamg@emohynnus (read it backwards).",
    "Hi, for the manual, drop a note to sunnyhome on gmail and we will send it over.",
    "Hi, our address for questions is sunnyhome, at the Google mail service, in case "
    "Amazon messages are slow.",
    "Hi, if the parcel does not arrive, write to sunnyhome (the usual Google mail service) "
    "and we will help.",
]

H3_OURS = [
    ("en", "Send the photos to lampworks {a} outlook {d} de please."),
    ("en", "The invoice copy: ed.xmg@skrowpmal, just turn it around."),
    ("en", "Message brightlamps via Yahoo mail and the manual follows."),
    ("de", "Schreiben Sie an sunnyhome beim Google-Maildienst, dann schicken wir es."),
    ("fr", "Écrivez à sunnyhome sur la messagerie de Google pour le manuel."),
    ("es", "Escriba a sunnyhome (el correo de Google) para el manual."),
    ("it", "Scriva a sunnyhome su gmail per il manuale."),
    ("nl", "Schrijf naar sunnyhome op gmail voor de handleiding."),
    ("pl", "Napisz do sunnyhome na gmailu po instrukcję."),
    ("sv", "Skriv till sunnyhome på gmail så skickar vi manualen."),
    ("tr", "Kılavuz için gmail'de sunnyhome adresine yazın."),
]


@pytest.mark.parametrize("text", H3_ADVERSARY, ids=[f"H3-adv{i}" for i in range(len(H3_ADVERSARY))])
def test_h3_adversary_addresses(text: str) -> None:
    assert "email-address" in blocked(text, "en")


@pytest.mark.parametrize(("lang", "text"), H3_OURS)
def test_h3_addresses_in_other_disguises(lang: str, text: str) -> None:
    assert "email-address" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Please choose (a) a refund or (b) a replacement, as in sections (a) to (d) of the guide.",
        ),
        ("en", "Write to us on Gmail? No need: just reply here on Amazon."),
        ("en", "The Apple Mail app shows our message; please reply here."),
        ("en", "Please write to the carrier with the tracking number on the label."),
        ("de", "Schreiben Sie uns bitte nicht per Gmail, sondern hier über Amazon."),
        ("en", "Part numbers: see moc.sheet in the box (a) and the label (d)."),
    ],
)
def test_h3_look_alikes_pass(lang: str, text: str) -> None:
    assert "email-address" not in blocked(text, lang)


# --- H11: paying the seller by phone, card or cash, with no payment app or bank named -------

H11_ADVERSARY = [
    (
        "en",
        "Hi, for the spare bulbs, settle the 6 pounds by card over the phone with our office "
        "and we'll post them.",
    ),
    (
        "en",
        "Hi, the spare bulbs are 6 pounds; give the office a ring and pay by card, we'll post "
        "them the same day.",
    ),
    (
        "de",
        "Hallo, die Ersatzbirnen kosten 6 Euro. Zahlen Sie einfach telefonisch per Karte bei "
        "unserem Büro, wir schicken sie sofort.",
    ),
    (
        "en",
        "Hi, the extra cable is 8 pounds; put cash in an envelope to the return address on "
        "the parcel and we'll send it.",
    ),
]

H11_OURS = [
    ("en", "The spare filter is 5 pounds, you can pay us over the phone and we'll post it."),
    ("en", "Just send the banknotes in a letter to our workshop and the strap follows."),
    ("de", "Den Aufpreis können Sie bequem am Telefon bezahlen, wir rufen Sie an."),
    ("fr", "Les ampoules coûtent 6 euros : réglez-les par téléphone avec notre bureau."),
    (
        "es",
        "Las bombillas cuestan 6 euros; puede pagar por teléfono con tarjeta y se las enviamos.",
    ),
    ("it", "Le lampadine costano 6 euro: può pagare al telefono con la carta."),
    ("nl", "De lampjes kosten 6 euro; u kunt telefonisch betalen met uw kaart."),
    ("pl", "Żarówki kosztują 30 zł, można zapłacić przez telefon kartą."),
    ("sv", "Lamporna kostar 60 kr, du kan betala per telefon med kort."),
    ("tr", "Ampuller 6 euro, telefonla ödeme yapabilirsiniz."),
    ("ja", "予備の電球は600円です。お電話でのお支払いも可能です。"),
    ("it", "Il cavo costa 8 euro: metta i contanti in una busta e lo spediamo."),
]


@pytest.mark.parametrize(("lang", "text"), H11_ADVERSARY + H11_OURS)
def test_h11_payment_by_phone_card_or_cash(lang: str, text: str) -> None:
    assert "off-amazon" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The carrier may ask you to pay the import duty on the phone before delivery."),
        ("en", "You paid by card on Amazon; the refund goes back to that card."),
        ("de", "Die Zustellung ist telefonisch vereinbart, die Zahlung lief über Amazon."),
        ("fr", "Le remboursement sera crédité sur la carte utilisée pour payer sur Amazon."),
    ],
)
def test_h11_look_alikes_pass(lang: str, text: str) -> None:
    assert "off-amazon" not in blocked(text, lang)


# --- H4: marketing with no promotion word: a price for returning buyers, a cross-sell ------

H4_ADVERSARY = [
    (
        "en",
        "Hi, your parcel is in transit. Returning customers pay a little less with us, just mention this order next time.",
    ),
    (
        "en",
        "Hi, your parcel is on its way. Anyone who has bought from us before gets a better price on the next lamp, just ask.",
    ),
    (
        "en",
        "Hi, your parcel is in transit. Mention order 305-1234567-1234567 in your next message and the price of your next lamp comes down.",
    ),
    (
        "de",
        "Hallo, Ihr Paket ist unterwegs. Stammkunden zahlen bei uns etwas weniger, nennen Sie beim nächsten Mal einfach diese Bestellnummer.",
    ),
    (
        "nl",
        "Hallo, uw pakket is onderweg. Vaste klanten betalen bij ons iets minder, noem bij uw volgende bestelling gewoon dit ordernummer.",
    ),
    (
        "fr",
        "Bonjour, votre colis est en route. Les clients fidèles paient un peu moins chez nous, mentionnez simplement ce numéro de commande la prochaine fois.",
    ),
    (
        "pl",
        "Dzień dobry, paczka jest w drodze. Stali klienci płacą u nas trochę mniej, wystarczy przy następnym zakupie podać ten numer zamówienia.",
    ),
    (
        "fr",
        "Bonjour, votre colis est en route. Returning customers get a little off their next lamp, il suffit de citer ce numéro.",
    ),
    (
        "en",
        "Hi, your parcel is on the way. By the way, the matching shade in oak arrives next week if you'd like the set.",
    ),
    (
        "de",
        "Hallo, Ihr Paket ist unterwegs. Übrigens: der passende Lampenschirm in Eiche kommt nächste Woche, falls Sie das Set komplett machen möchten.",
    ),
    (
        "fr",
        "Bonjour, votre colis est en route. Au fait, l'abat-jour assorti en chêne arrive la semaine prochaine si vous voulez compléter l'ensemble.",
    ),
    (
        "en",
        "Hi, your parcel is on the way. Most people who buy this lamp come back for the matching oak shade a month later.",
    ),
]

H4_OURS = [
    ("en", "Loyal buyers get a special rate on the refill pods, just quote this order."),
    ("es", "Los clientes habituales pagan un poco menos con nosotros, mencione este pedido."),
    ("it", "I clienti abituali pagano un po' meno da noi, basta citare questo ordine."),
    ("sv", "Stamkunder betalar lite mindre hos oss, nämn bara ordernumret nästa gång."),
    (
        "tr",
        "Sadık müşterilerimiz bizde biraz daha az öder, bir dahaki sefere bu sipariş numarasını söyleyin.",
    ),
    ("ja", "リピーターのお客様には次回お安くご提供しております。"),
    (
        "es",
        "La pantalla a juego en roble llega la semana que viene, por si quiere completar el conjunto.",
    ),
    (
        "it",
        "Il paralume abbinato in rovere arriva la settimana prossima, se vuole completare il set.",
    ),
    (
        "nl",
        "De bijpassende kap in eiken komt volgende week binnen, mocht u de set compleet willen maken.",
    ),
    (
        "pl",
        "Pasujący abażur z dębu będzie w przyszłym tygodniu, gdyby chciał Pan skompletować zestaw.",
    ),
    ("sv", "Den matchande skärmen i ek kommer nästa vecka om du vill komplettera setet."),
    ("tr", "Uyumlu meşe abajur gelecek hafta geliyor, seti tamamlamak isterseniz."),
]


@pytest.mark.parametrize(("lang", "text"), H4_ADVERSARY + H4_OURS)
def test_h4_marketing_without_a_promotion_word(lang: str, text: str) -> None:
    assert "marketing" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Prices on Amazon may change; your order was charged the price shown at checkout."),
        ("en", "Regular customers sometimes ask about delivery times; yours arrives tomorrow."),
        ("de", "Viele Stammkunden fragen nach dem Versand; Ihr Paket kommt morgen."),
        ("en", "The missing screw from your set arrives tomorrow with the replacement part."),
        ("en", "The replacement shade matching your lamp arrives next week at no charge."),
        ("en", "Your set is complete now: the missing lid was posted today."),
        ("fr", "Les prix sur Amazon peuvent changer ; votre commande a été payée au prix affiché."),
    ],
)
def test_h4_look_alikes_pass(lang: str, text: str) -> None:
    assert "marketing" not in blocked(text, lang)


# --- H2 (and H9): messengers and social networks described, not named ---------------------

H2_ADVERSARY = [
    (
        "en",
        "Hi, your parcel is on its way. For faster answers, ping us on the app Meta owns with the green bubble.",
    ),
    (
        "en",
        "Hi, your order shipped today. Add our business account on the photo-sharing app (sunnyhome.official) to see what's coming.",
    ),
    (
        "en",
        "Hi, your parcel is on its way. We're also on the short video app, just look for Sunny Home Official.",
    ),
    (
        "de",
        "Hallo, Ihr Paket ist unterwegs. Für schnellere Antworten erreichen Sie uns auch über die App mit dem grünen Telefonhörer.",
    ),
    (
        "nl",
        "Hallo, voor snellere antwoorden kunt u ons ook bereiken via de app met het groene telefoontje.",
    ),
    ("it", "Salve, per risposte più rapide ci trova anche sull'app con la cornetta verde."),
    ("fr", "Bonjour, retrouvez-nous sur le réseau de photos, compte sunnyhome.officiel."),
    ("en", "Hi, your parcel is on its way. The big blue social network has our page too."),
    (
        "en",
        "Hi, your order shipped today. For future orders you can also reach us through the little blue bird app, handle sunnyhome.",
    ),
    # H9: leaving Amazon described, the number on an insert
    (
        "en",
        "Hi, your order shipped today. You can also message us directly on the app with the green phone icon: the number is on our packing slip.",
    ),
]

H2_OURS = [
    ("en", "Our video-sharing platform channel shows the assembly, search for Sunny Home."),
    ("es", "Escríbanos en la app del teléfono verde para respuestas rápidas."),
    ("fr", "Pour aller plus vite, écrivez-nous sur l'appli au combiné vert."),
    ("pl", "Szybciej odpowiemy w aplikacji z zieloną słuchawką."),
    ("sv", "Snabbare svar får du i appen med den gröna luren."),
    ("tr", "Daha hızlı yanıt için yeşil telefonlu uygulamadan bize yazın."),
    ("ja", "もっと早い返信は緑の吹き出しのアプリでどうぞ。"),
    ("de", "Neue Ideen zeigen wir in der Kurzvideo-App, suchen Sie nach Sunny Home."),
    ("it", "Ci trova sul social delle foto come sunnyhome.ufficiale."),
]


@pytest.mark.parametrize(("lang", "text"), H2_ADVERSARY + H2_OURS)
def test_h2_messengers_described(lang: str, text: str) -> None:
    assert "off-amazon" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The green lamp you ordered is a real green product, in sage green."),
        ("en", "A little blue bird figurine was packed as a gift from the manufacturer."),
        ("en", "The green light on the charger shows the battery is full."),
        ("de", "Das grüne Telefon aus Ihrer Bestellung ist heute mit DHL verschickt worden."),
        ("fr", "Le combiné vert de votre téléphone fixe a été expédié aujourd'hui."),
        ("en", "The photo frame with the blue border ships today."),
    ],
)
def test_h2_look_alikes_pass(lang: str, text: str) -> None:
    assert "off-amazon" not in blocked(text, lang)


# --- H10: asks to change an existing review that never name the review ---------------------

H10_ADVERSARY = [
    (
        "en",
        "Hi, we have sent a full refund as agreed. Now that it's sorted, we'd appreciate it if what you wrote on the lamp's page reflected that.",
    ),
    (
        "en",
        "Hi, the replacement is on its way. Once it arrives, perhaps the comment you posted could be brought up to date?",
    ),
    (
        "de",
        "Hallo, die volle Erstattung ist raus. Jetzt, wo alles geklärt ist, wäre es schön, wenn Ihr Text auf der Produktseite das auch widerspiegeln würde.",
    ),
    (
        "fr",
        "Bonjour, le remboursement a été effectué. Maintenant que tout est réglé, peut-être que votre commentaire sur la page du produit pourrait être mis à jour ?",
    ),
]

H10_OURS = [
    (
        "en",
        "The replacement is on its way; perhaps the words you left under the listing could catch up with that?",
    ),
    (
        "es",
        "Ya le hemos devuelto el dinero. Ahora que todo está resuelto, ¿podría actualizar lo que escribió en la página del producto?",
    ),
    (
        "it",
        "Il rimborso è stato fatto. Ora che è tutto risolto, forse il commento che ha lasciato sulla pagina del prodotto potrebbe essere aggiornato?",
    ),
    (
        "nl",
        "De terugbetaling is gedaan. Nu alles opgelost is, zou het fijn zijn als wat u op de productpagina schreef dat ook weergeeft.",
    ),
    (
        "pl",
        "Zwrot został wysłany. Skoro wszystko jest załatwione, może komentarz, który Pan dodał na stronie produktu, mógłby zostać zaktualizowany?",
    ),
    (
        "sv",
        "Återbetalningen är gjord. Nu när allt är löst vore det fint om det du skrev på produktsidan visade det också.",
    ),
    (
        "tr",
        "İade yapıldı. Artık her şey çözüldüğüne göre, ürün sayfasına yazdığınız yorum güncellenebilir mi?",
    ),
    (
        "ja",
        "返金が完了しました。解決しましたので、商品ページに書かれた内容を更新していただけますと幸いです。",
    ),
]


@pytest.mark.parametrize(("lang", "text"), H10_ADVERSARY + H10_OURS)
def test_h10_change_asked_without_naming_the_review(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Please update what you wrote in the address line so the courier can find you."),
        ("en", "We have brought your order up to date: it ships tomorrow."),
        ("de", "Die Sendungsverfolgung wird bald aktualisiert und sollte das widerspiegeln."),
        ("de", "Ihr Text auf der Rücksendeetikette ist gut lesbar, danke."),
        ("fr", "Le suivi sera mis à jour demain."),
        ("nl", "De track-and-trace geeft de nieuwe datum weer."),
        ("pl", "Status przesyłki zostanie zaktualizowany jutro."),
    ],
)
def test_h10_look_alikes_pass(lang: str, text: str) -> None:
    assert "review-request" not in blocked(text, lang)


# --- H5: review asks in symbols ("= big help") or as "happy? / not happy?" branches --------

H5_ADVERSARY = [
    ("en", "Hi, your parcel arrived. Review on Amazon = big help for us!"),
    ("de", "Hallo, Ihr Paket ist angekommen. Ihre Bewertung auf Amazon = riesige Hilfe für uns!"),
    ("en", "Hi, your parcel arrived. Stars on Amazon = food on our table."),
    ("en", "Hi, your parcel arrived. Your opinion on Amazon = the world to us."),
    (
        "en",
        "Hi, the lamp was delivered. Happy? Then the lamp's page would love to hear it. Not happy? Just reply here instead.",
    ),
    (
        "en",
        "Hi, the lamp was delivered. Love it? The lamp's Amazon page is the place. Not quite? This thread is the place.",
    ),
    (
        "en",
        "Hi, if it's not perfect, talk to us here first; if it is, Amazon's page for the lamp is where the good news belongs.",
    ),
    (
        "en",
        "Hi, the parcel arrived on Monday. Once you've used it, we'd be grateful if you shared your experience with future shoppers.",
    ),
    (
        "en",
        "Hi, we're a two-person workshop and what buyers write under the lamp is honestly what keeps the lights on here.",
    ),
]

H5_OURS = [
    ("fr", "Votre colis est arrivé. Un avis sur Amazon = une aide énorme pour nous !"),
    ("es", "Su paquete llegó. Su reseña en Amazon = una gran ayuda para nosotros."),
    ("it", "Il pacco è arrivato. Una recensione su Amazon = un grande aiuto per noi!"),
    ("nl", "Uw pakket is aangekomen. Een recensie op Amazon = enorme hulp voor ons!"),
    ("pl", "Paczka dotarła. Opinia na Amazon = ogromna pomoc dla nas!"),
    ("sv", "Paketet har kommit. Ett omdöme på Amazon = en stor hjälp för oss!"),
    ("tr", "Paketiniz ulaştı. Amazon'da yorum = bizim için büyük yardım!"),
    ("ja", "荷物が届きました。Amazonでのレビュー＝私たちの大きな励みです。"),
    ("en", "Five stars = everything to our little team."),
    ("en", "Pleased? The kettle's page is where that belongs. Not great? Write back here."),
]


@pytest.mark.parametrize(("lang", "text"), H5_ADVERSARY + H5_OURS)
def test_h5_review_asks_in_symbols_or_branches(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The size is 40 cm = 16 inches, which should help with the fitting."),
        ("en", "5 stars = the energy class shown on the box; it ships today."),
        ("en", "The lamp was delivered. Happy? Great! If not, just reply here and we'll fix it."),
        (
            "en",
            "The carrier's page shows the parcel as delivered. Not happy with the delivery? Just reply here.",
        ),
        ("en", "The lamp's page lists the bulb type. Not quite sure? Reply here and we'll help."),
        ("en", "The battery keeps the lights on for eight hours."),
        ("en", "Future buyers will get the new box; yours ships today."),
        ("en", "What buyers write in the delivery notes helps the courier."),
    ],
)
def test_h5_look_alikes_pass(lang: str, text: str) -> None:
    assert "review-request" not in blocked(text, lang)


# --- H6: a short review ask in a language the gate cannot read -----------------------------

H6_ADVERSARY = [
    "Hi, your parcel arrives tomorrow. Ostavi recenziju.",
    "Hi, your parcel arrives tomorrow. Lasă o recenzie pe Amazon, te rog frumos.",
    "Hi, your parcel arrives tomorrow. Napište recenzi.",
    "Hi, your parcel arrives tomorrow. Palikite atsiliepimą.",
    "Hi, your parcel arrives tomorrow. Mag-iwan ng review po.",
    "Hi, your parcel arrives tomorrow. Apni review zaroor likhiye, paanch sitare dijiye.",
    "Hi, your parcel arrives tomorrow. Ostav'te otzyv, pozhaluista.",
    "Hi, your parcel arrives tomorrow. Rebyuu wo kaite kudasai, onegaishimasu.",
    "Hi, your parcel arrives tomorrow. Pinglun qing gei wu xing, xiexie.",
    "Hi, your parcel arrives tomorrow. Ektimisi me pente asteria parakalo.",
    "Hi, your parcel arrives tomorrow. Kommentar hinterlassen wäre toll. Lasă o recenzie, te rog.",
]

# the same asks of our own, on cards of every supported language
H6_OURS = [
    ("de", "Danke für Ihre Bestellung. Ohodnoťte nás prosím."),
    ("fr", "Merci pour votre commande. Dajte pet zvjezdica, molim."),
    ("es", "Gracias por su pedido. Postavte otzyv, pozhaluysta."),
    ("it", "Grazie per l'ordine. Jätä arvostelu."),
    ("nl", "Bedankt voor uw bestelling. Skriv en anmeldelse."),
    ("pl", "Dziękujemy za zamówienie. Hagyjon értékelést."),
    ("sv", "Tack för din beställning. Beri ulasan bintang lima."),
    ("tr", "Siparişiniz için teşekkürler. Deixe uma avaliação."),
    ("ja", "ご注文ありがとうございます。Hyouka wo onegai shimasu."),
    ("en", "Thanks for your order. Paki-iwan ng feedback."),
]


@pytest.mark.parametrize("text", H6_ADVERSARY, ids=[f"H6-adv{i}" for i in range(len(H6_ADVERSARY))])
def test_h6_adversary_short_foreign_review_asks(text: str) -> None:
    assert blocked(text, "en") & {"unsupported-language", "review-request"}


@pytest.mark.parametrize(("lang", "text"), H6_OURS)
def test_h6_short_foreign_review_asks(lang: str, text: str) -> None:
    assert blocked(text, lang) & {"unsupported-language", "review-request"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Claim review pending. Tracking updated."),
        ("en", "Feedback welcome, thanks."),
        ("en", "Sitar strings ship today."),
        ("pl", "Ocena szkody trwa, recenzja kuriera też."),
        ("pl", "Recenzent sprawdzi paczkę jutro."),
        ("nl", "De sterren op de doos zijn decoratie."),
        ("it", "L'asterisco indica i campi obbligatori."),
        ("es", "Reseña del transportista pendiente."),
        ("de", "Die Prüfung durch den Zusteller läuft noch."),
    ],
)
def test_h6_look_alikes_pass(lang: str, text: str) -> None:
    assert "unsupported-language" not in blocked(text, lang)


# --- F2: the buyer's own low verdict quoted back beside a remedy ---------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Hi, you wrote that the lamp 'deserves zero stars' - we understand, and we are sending a replacement today at no cost.",
        ),
        (
            "en",
            "Hi, we're sorry you felt the lamp was a one-star product. We have refunded you in full today; there is no need to send it back.",
        ),
        (
            "de",
            "Hallo, Sie schreiben, die Lampe verdiene null Sterne - das verstehen wir. Wir schicken Ihnen heute kostenlos einen Ersatz.",
        ),
        (
            "fr",
            "Bonjour, vous écrivez que la lampe mérite zéro étoile ; nous vous envoyons aujourd'hui un remplacement gratuit.",
        ),
        (
            "es",
            "Hola, usted dice que la lámpara merece cero estrellas; le enviamos hoy un reemplazo gratis.",
        ),
        (
            "it",
            "Salve, lei scrive che la lampada merita zero stelle: le inviamo oggi una sostituzione gratuita.",
        ),
        (
            "nl",
            "Hallo, u schrijft dat de lamp nul sterren verdient; we sturen vandaag gratis een vervanging.",
        ),
        (
            "pl",
            "Dzień dobry, pisze Pan, że lampa zasługuje na zero gwiazdek; dziś wysyłamy bezpłatną wymianę.",
        ),
        (
            "sv",
            "Hej, du skriver att lampan förtjänar noll stjärnor; vi skickar en kostnadsfri ersättning i dag.",
        ),
        (
            "tr",
            "Merhaba, lambanın sıfır yıldızı hak ettiğini yazmışsınız; bugün ücretsiz bir yenisini gönderiyoruz.",
        ),
    ],
)
def test_f2_quoted_low_verdict_beside_a_remedy_passes(lang: str, text: str) -> None:
    """Ruling (F2): Amazon forbids offering anything for a review and asking to change or
    remove one.  The buyer's own low verdict quoted back beside a remedy, with nothing
    asked and nothing tied to the review, is an apology with a remedy, which the policy
    expects a seller to give: compliant.  Tie the remedy to the review in any way (a
    condition, "once you change it", "in return for removing it") and it is an incentive
    or a change asked for again (the test below)."""
    assert "review-request" not in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Hi, you wrote that the lamp deserves zero stars; we are sending a free replacement once you change it to five.",
        ),
        (
            "en",
            "Hi, you wrote that the lamp deserves one star; we will refund you in full in return for removing it.",
        ),
        ("en", "Hi, you rated us one star. We will refund you fully if you update it."),
        (
            "de",
            "Hallo, Sie schreiben, die Lampe verdiene null Sterne. Wir erstatten den vollen Betrag, sobald Sie die Bewertung ändern.",
        ),
    ],
)
def test_f2_remedy_tied_to_the_review_still_blocks(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


# --- F3: German "bewerten" as assessing a damage or a box ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hallo, bitte bewerten Sie selbst, ob der Karton noch stabil genug für die Rücksendung ist; sonst senden wir Ihnen einen neuen.",
        "Hallo, können Sie bitte einschätzen und kurz bewerten, wie stark der Kratzer ist? Dann entscheiden wir über Ersatz oder Erstattung.",
        "Hallo, könnten Sie den Schaden kurz bewerten? Ein Foto genügt.",
        "Bitte beurteilen Sie, wie tief die Delle ist, dann schicken wir Ersatz.",
    ],
    ids=["F3-adv0", "F3-adv1", "F3-ours0", "F3-ours1"],
)
def test_f3_bewerten_as_assessing_passes(text: str) -> None:
    assert "review-request" not in blocked(text, "de")


@pytest.mark.parametrize(
    "text",
    [
        "Hallo, bewerten Sie bitte, ob Sie mit der Lampe zufrieden sind.",
        "Hallo, bitte bewerten Sie den Artikel auf Amazon.",
        "Bitte bewerten Sie uns, wenn Sie zufrieden sind.",
    ],
)
def test_f3_bewerten_as_rating_still_blocks(text: str) -> None:
    assert "review-request" in blocked(text, "de")


# --- H7: phone numbers given in labelled pieces -------------------------------------------

H7_ADVERSARY = [
    (
        "en",
        "Hi, if the parcel is late just ring our office: the number is 0161, then 496, then 0000.",
    ),
    ("en", "Hi, the shop's line: first part 0161, second part 496, last part 0000."),
    ("en", "Hi, the workshop's line: area 0161, then 496 0000, any weekday."),
    ("de", "Hallo, die Werkstatt erreichen Sie so: Vorwahl 030, dann 1234, dann 5678."),
]

H7_OURS = [
    ("fr", "Bonjour, l'atelier : indicatif 01, puis 42 68, puis 53 00."),
    ("es", "Hola, el taller: prefijo 091, luego 432, luego 1234."),
    ("it", "Salve, il laboratorio: prefisso 02, poi 1234, poi 5678."),
    ("nl", "Hallo, de werkplaats: netnummer 020, dan 123, dan 4567."),
    ("pl", "Dzień dobry, pracownia: kierunkowy 22, potem 123, potem 4567."),
    ("sv", "Hej, verkstaden: riktnummer 08, sedan 123, sedan 4567."),
    ("tr", "Merhaba, atölye: alan kodu 0212, sonra 123, sonra 4567."),
]


@pytest.mark.parametrize(("lang", "text"), H7_ADVERSARY + H7_OURS)
def test_h7_phone_number_in_labelled_pieces(lang: str, text: str) -> None:
    assert "phone-number" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # an order number and a tracking number in pieces of a sentence
        (
            "en",
            "Your order 123-4567890-1234567 ships today, tracking 1Z999AA10123456784, then the invoice follows.",
        ),
        ("en", "We shipped 1000, then 2000, then 3000 units."),
        ("en", "Order number 4021, then 5532, then 1198 were all refunded."),
        ("en", "The area code 0161 covers Manchester; your parcel ships today."),
        ("de", "Sendungsnummer 0034 0434, dann 1234 5678 für das zweite Paket."),
    ],
)
def test_h7_look_alikes_pass(lang: str, text: str) -> None:
    assert "phone-number" not in blocked(text, lang)


# --- H8: asks for contact details with no contact noun -------------------------------------

H8_ADVERSARY = [
    "Hi, the driver could not find the house. Could you send over the digits the courier can ring you on?",
    "Hi, the driver could not find the house. Which digits should the courier dial to reach you?",
    "Hi, the driver could not find the house. What's the best way for the courier to get hold of you directly?",
]

H8_OURS = [
    (
        "de",
        "Der Fahrer fand das Haus nicht. Welche Ziffern soll der Kurier wählen, um Sie zu erreichen?",
    ),
    (
        "fr",
        "Le livreur n'a pas trouvé la maison. Quels chiffres le livreur doit-il composer pour vous joindre ?",
    ),
    ("es", "El repartidor no encontró la casa. ¿Qué cifras debe marcar el repartidor?"),
    ("it", "Il corriere non ha trovato la casa. Quali cifre deve comporre il corriere?"),
    ("nl", "De bezorger vond het huis niet. Welke cijfers moet de koerier bellen?"),
    ("pl", "Kurier nie znalazł domu. Jakie cyfry ma wybrać kurier?"),
    ("sv", "Budet hittade inte huset. Vilka siffror ska budet ringa?"),
    ("tr", "Kurye evi bulamadı. Kurye hangi rakamları arasın?"),
]


@pytest.mark.parametrize("text", H8_ADVERSARY, ids=[f"H8-adv{i}" for i in range(len(H8_ADVERSARY))])
def test_h8_adversary_contact_asks_without_a_noun(text: str) -> None:
    assert "personal-data" in blocked(text, "en")


@pytest.mark.parametrize(("lang", "text"), H8_OURS)
def test_h8_contact_asks_without_a_noun(lang: str, text: str) -> None:
    assert "personal-data" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The last digits of the tracking number are 4471; use them at the locker."),
        ("en", "The best way to reach us is this Amazon thread."),
        ("en", "The best way for the courier to find you is the note in your Amazon address."),
        ("de", "Die letzten Ziffern der Sendungsnummer sind 4471."),
    ],
)
def test_h8_look_alikes_pass(lang: str, text: str) -> None:
    assert "personal-data" not in blocked(text, lang)
