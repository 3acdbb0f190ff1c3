"""Round-11 intent concepts, each on new messages in several languages (none from a held-out set).

Each block is one concept of ``bot.mail.intent_rules_clauses``: which clause holds the request
and what state the parcel is in.  The messages vary wording, word order, spelling and language
the way buyers do, so that a rule written for one sentence fails here.
"""

from __future__ import annotations

import pytest

from bot.domain import Intent
from bot.mail.intent import inherit, recognise
from tests.mail.intent_cases import A, C, D, I, O, P, R, T, W, expect

# The cancel word stands in a negated clause; the request is when it comes.
CANCEL_DECLINED = [
    ("en", "Not looking to cancel or anything, I'd just like to know when it'll turn up."),
    ("en", "no need to cancel!! just tell me when it ships pls"),
    ("de", "Ich möchte nicht stornieren, sagen Sie mir bitte nur, wann es kommt."),
    ("de", "Storno brauche ich keins, aber wann wird das Paket geliefert?"),
    ("fr", "Pas besoin d'annuler, dites-moi juste quand le colis arrivera."),
    ("es", "No quiero cancelar el pedido, solo saber cuándo me llega."),
    ("it", "Non voglio annullare l'ordine, vorrei solo sapere quando arriva."),
    ("nl", "Ik wil niet annuleren hoor, laat me alleen weten wanneer het bezorgd wordt."),
    ("pl", "Nie chcę anulować, tylko proszę powiedzieć, kiedy dojdzie paczka."),
    ("sv", "Jag tänker inte avbeställa, vill bara veta när paketet kommer."),
    ("tr", "İptal etmek istemiyorum, sadece ne zaman gelir onu söyleyin."),
    ("ja", "キャンセルはしません。いつ届くか教えてください。"),
]

# The carrier doubts the address; the buyer says it is right and asks when.
ADDRESS_INSISTED = [
    ("en", "Tracking says address unknown. I've lived here for 9 years! When will it come?"),
    (
        "de",
        "DPD meint, Empfänger unbekannt. Die Adresse ist aber definitiv korrekt. Wann kommt es?",
    ),
    (
        "fr",
        "Colissimo indique « adresse incorrecte » mais l'adresse est bien correcte."
        " Et maintenant ?",
    ),
    ("es", "Dice dirección incorrecta, pero la dirección está perfectamente bien. ¿Cuándo llega?"),
    ("it", "Il corriere dice indirizzo errato, ma l'indirizzo è giusto! Quando arriva?"),
    ("nl", "Er is niets mis met mijn adres, ik woon hier al 20 jaar. Wanneer komt het pakket?"),
    ("pl", "Kurier twierdzi, że adres jest zły, a mieszkam tu od 10 lat. Kiedy dostawa?"),
]

# The order still shows "preparing", "label created", "not shipped".
NOT_SHIPPED = [
    ("en", "It's been stuck on 'label created' for 6 days. Has it even been shipped??"),
    ("de", "Seit einer Woche steht da nur, dass die Auftragsdaten übermittelt wurden. Hallo??"),
    ("de", "Wann wird das endlich verschickt? Steht seit Tagen auf in Bearbeitung."),
    ("fr", "Toujours « en cours de préparation » après dix jours, c'est normal ?"),
    ("es", "Lleva 9 días en preparación, ¿cuándo lo envían?"),
    ("it", "L'ordine è ancora in lavorazione dopo una settimana, quando lo spedite?"),
    ("nl", "Mijn bestelling is na 5 dagen nog niet verzonden. Hoe zit dat?"),
    ("pl", "Zamówienie wciąż nie zostało wysłane, a minął tydzień."),
    ("sv", "Ordern är fortfarande inte skickad efter en vecka, varför?"),
    ("tr", "Sipariş 6 gündür hazırlanıyor görünüyor, ne zaman kargoya verilecek?"),
    ("ja", "一週間たってもまだ発送されていません。どうなっていますか？"),
]

# The carrier tried, nobody was in (the buyer was) -- a delivery matter.
FAILED_ATTEMPT = [
    ("en", "UPS left a 'we missed you' note but I was home all day. When do they come back?"),
    ("de", "Angeblich Zustellversuch, ich war aber den ganzen Tag zu Hause! Was jetzt?"),
    (
        "de",
        "Benachrichtigungskarte im Briefkasten, obwohl keiner geklingelt hat."
        " Wann kommt er wieder?",
    ),
    ("fr", "Avis de passage déposé alors que j'étais chez moi, le livreur n'a pas sonné."),
    ("es", "Pone intento de entrega fallido pero estuvimos en casa toda la mañana."),
    ("it", "Risulta tentata consegna ma ero in casa, non ha nemmeno citofonato."),
    ("nl", "Volgens PostNL niemand thuis, maar de bezorger heeft niet eens aangebeld."),
    ("pl", "Kurier wpisał nieudaną próbę doręczenia, a byłam cały dzień w domu."),
    ("sv", "Det står leveransförsök men vi var hemma hela dagen. När kommer de igen?"),
    ("tr", "Teslim edilemedi yazıyor ama evdeydim, zili bile çalmadı."),
]

# A floor, flat, bell name, door code or postcode added or corrected.
ADDRESS_DETAIL = [
    ("en", "Forgot to put the flat number: it's flat 4B, second floor."),
    ("en", "Typo in my postcode, should be SW1A 2AA not SW1A 2AB."),
    ("de", "Ich habe die Hausnummer vergessen, es ist die 14a, bitte ergänzen."),
    ("fr", "J'ai oublié le digicode : 7781A, bâtiment C."),
    ("es", "Perdón, me equivoqué de piso, es el 5º izquierda y no el 4º."),
    ("it", "Ho dimenticato di mettere l'interno: scala B, interno 12."),
    ("nl", "Mijn huisnummer klopt niet, het moet 27 zijn in plaats van 72."),
    ("pl", "Zapomniałem dopisać numer mieszkania: 15, klatka 2."),
    ("sv", "Jag glömde lägenhetsnummer 1102, kan ni lägga till det?"),
    ("tr", "Daire numarasını yazmayı unuttum: 8, kat 3."),
]

# What was ordered and what came, as two facts side by side.
LABELLED_SWAP = [
    ("en", "Ordered: 2m cable. Received: 1m cable."),
    ("de", "Bestellt: Größe 40. Bekommen: Größe 38."),
    ("fr", "Commandé : rouge. Reçu : orange."),
    ("es", "Pedido: talla M. Recibido: talla XL."),
    ("nl", "Besteld: 500 ml. Geleverd: 250 ml."),
    ("ja", "Mサイズを注文したのですが、Lサイズが届きました。"),
]

# Praise for a delivery that came, nothing asked.
PRAISE = [
    ("en", "Arrived a day early, great service, thanks!"),
    ("de", "Top, ist gestern schon angekommen. Weiter so!"),
    ("fr", "Bravo, colis reçu en 24 h, nickel."),
    ("it", "Complimenti, arrivato velocissimo!"),
    ("nl", "Super snel geleverd, top!"),
]

# Questions about the product itself: the box, the warranty, a setting, a use.
PRODUCT_FACT = [
    ("en", "Does it come with the wall plug or only the USB cable?"),
    ("de", "Wie lange ist die Garantie vom Hersteller?"),
    ("de", "Kann man die Helligkeit der Lampe einstellen?"),
    ("fr", "Quelle est la durée de la garantie ?"),
    ("es", "¿Incluye las pilas o hay que comprarlas aparte?"),
    ("it", "Quanti anni di garanzia ha questo frullatore?"),
    ("nl", "Zit er een oplader bij de tablet?"),
    ("pl", "Jaka jest gwarancja na ten odkurzacz?"),
    ("tr", "Bu ütü buharlı mı, kutudan su haznesi çıkıyor mu?"),
]

# The description or slip gives a count, fewer are inside.
COUNT_SHORT = [
    ("en", "The listing says 24 pieces but there are only 20 in the set."),
    ("de", "Es sollten 50 Schrauben sein, drin sind 44."),
    ("fr", "La description indique 12 verres, il y en a 10."),
    ("nl", "Volgens de beschrijving 6 stuks, er zitten er maar 4 in."),
]

# A damage claim where the buyer prefers a new one to the money.
RATHER_NEW = [
    ("de", "Der Spiegel ist gesprungen angekommen. Mir wäre ein neuer lieber als Geld zurück."),
    ("en", "The vase came cracked. I'd rather have a replacement than a refund."),
    ("fr", "L'écran est fendu, je préfère un remplacement plutôt qu'un remboursement."),
    ("nl", "De lamp kwam kapot aan, ik heb liever een nieuwe dan mijn geld terug."),
]

# Tracking number asked for.
TRACKING_ASKED = [
    ("en", "Could you send me the tracking number please?"),
    ("es", "¿Me podrían dar el número de seguimiento?"),
    ("it", "Mi mandate il numero di tracciamento per favore?"),
    ("pl", "Proszę o numer przesyłki."),
]

# Changing the delivery to a carrier branch or a shop pickup.
CHANGE_TO_PICKUP = [
    ("es", "¿Se puede cambiar la entrega a la sucursal de Estafeta del centro?"),
    ("ja", "ローソン受取に変更できますか？"),
    ("de", "Kann ich die Lieferung noch auf eine Packstation ändern?"),
]

# Something else entirely, worded so that an older rule took it for another intent.
NOT_WRONG_ITEM = [
    ("en", "I ordered on Monday and it was sent Tuesday, where is it?"),
    ("en", "ordered on the 3rd, shipped on the 5th and still nothing. where is it?"),
    ("de", "Bestellt am Montag, am Dienstag verschickt, und immer noch nicht da."),
]

# Other small concepts: counterfeit, invoice corrections, a return handed in, who has it.
MISC = [
    ("en", "This is clearly a fake, the logo is printed crooked and there's no serial.", D),
    ("de", "Das ist doch kein Original, die Verpackung ist gefälscht.", D),
    ("es", "Esto no es original, la caja es una imitación.", D),
    ("de", "Auf der Rechnung fehlt meine USt-IdNr., bitte neu ausstellen.", I),
    ("fr", "Sur la facture il manque le nom de la société, pouvez-vous la corriger ?", I),
    ("tr", "Faturada vergi numaram yanlış, düzeltip yeniden gönderin lütfen.", I),
    ("en", "Dropped it off at the post office last week, got the receipt. No refund yet.", R),
    ("de", "Habe das Paket vor 10 Tagen abgegeben, Quittung liegt vor. Geld ist noch nicht da.", R),
    (
        "en",
        "Tracking says delivered to neighbour at 12. There is no 12 on my street."
        " Who has my parcel?",
        W,
    ),
    ("fr", "Livré chez un voisin qui n'existe pas. Qui a mon colis ?", W),
    ("de", "Kann ich die Schuhe in 42 gegen 43 tauschen? Sind zu klein.", R),
    ("en", "Can I swap the M for an L? Never worn.", R),
]


@pytest.mark.parametrize(("lang", "text"), CANCEL_DECLINED)
def test_a_negated_cancel_with_a_delivery_question_asks_where(lang: str, text: str) -> None:
    expect(lang, text, W)


@pytest.mark.parametrize(("lang", "text"), ADDRESS_INSISTED)
def test_an_address_insisted_right_asks_where(lang: str, text: str) -> None:
    expect(lang, text, W)


@pytest.mark.parametrize(("lang", "text"), NOT_SHIPPED)
def test_a_not_shipped_status_asks_where(lang: str, text: str) -> None:
    expect(lang, text, W)


@pytest.mark.parametrize(("lang", "text"), FAILED_ATTEMPT)
def test_a_failed_delivery_attempt_asks_where(lang: str, text: str) -> None:
    expect(lang, text, W)


@pytest.mark.parametrize(("lang", "text"), ADDRESS_DETAIL)
def test_an_address_detail_added_or_corrected_is_an_address_change(lang: str, text: str) -> None:
    expect(lang, text, A)


@pytest.mark.parametrize(("lang", "text"), LABELLED_SWAP)
def test_ordered_and_received_side_by_side_is_a_wrong_item(lang: str, text: str) -> None:
    expect(lang, text, D)


@pytest.mark.parametrize(("lang", "text"), PRAISE)
def test_praise_for_a_delivery_is_thanks(lang: str, text: str) -> None:
    expect(lang, text, T)


@pytest.mark.parametrize(("lang", "text"), PRODUCT_FACT)
def test_a_fact_of_the_product_asked_is_a_product_question(lang: str, text: str) -> None:
    expect(lang, text, P)


@pytest.mark.parametrize(("lang", "text"), COUNT_SHORT)
def test_fewer_than_listed_is_an_item_missing(lang: str, text: str) -> None:
    expect(lang, text, D)


@pytest.mark.parametrize(("lang", "text"), RATHER_NEW)
def test_rather_a_new_one_than_the_money_is_a_damage_claim(lang: str, text: str) -> None:
    expect(lang, text, D)


@pytest.mark.parametrize(("lang", "text"), TRACKING_ASKED)
def test_the_tracking_number_asked_for_asks_where(lang: str, text: str) -> None:
    expect(lang, text, W)


@pytest.mark.parametrize(("lang", "text"), CHANGE_TO_PICKUP)
def test_a_change_to_a_pickup_branch_is_an_address_change(lang: str, text: str) -> None:
    expect(lang, text, A)


@pytest.mark.parametrize(("lang", "text"), NOT_WRONG_ITEM)
def test_an_order_timeline_is_no_wrong_item(lang: str, text: str) -> None:
    expect(lang, text, W)


@pytest.mark.parametrize(("lang", "text", "intent"), MISC)
def test_other_round11_concepts(lang: str, text: str, intent: Intent) -> None:
    expect(lang, text, intent)


# Where the concept must NOT fire.
NOT_THESE = [
    # a cancel with a reason that has a negation in it is still a cancel
    ("de", "Bitte stornieren, da ich es nicht mehr brauche.", C),
    ("en", "Please cancel it, I don't need it anymore.", C),
    ("nl", "Graag annuleren, ik heb het niet meer nodig.", C),
    # a partial cancel: "not everything, only ..."
    ("en", "I don't want to cancel the whole order, only the charger please.", C),
    # leaving it with a neighbour is no address change (development corpus: other)
    (
        "en",
        "You can leave it with the neighbour at 14 if nobody answers.",
        Intent.ADDRESS_CHANGE,
    ),  # coordinator ruling, round 12
    # a conditional absence is no failed attempt; a safe place asked for is an address change
    # (coordinator ruling, round 12), which neither the rules nor the model read yet
    pytest.param(
        "ja",
        "不在の場合は宅配ボックスに入れてください。",
        Intent.ADDRESS_CHANGE,
        marks=pytest.mark.xfail(strict=True, reason="known miss: read as where-is-my-order"),
    ),
    # asking to include a gift card is not a product question
    ("es", "¿Pueden incluir una nota de regalo?", Intent.OTHER),
    # changing the colour of an order is no product question
    ("en", "Can I change the colour of my order?", Intent.OTHER),
]


@pytest.mark.parametrize(("lang", "text", "intent"), NOT_THESE)
def test_round11_concepts_hold_back(lang: str, text: str, intent: Intent) -> None:
    expect(lang, text, intent)


def test_an_address_insisted_follow_up_keeps_the_delivery_thread() -> None:
    earlier = recognise("", "Where is my parcel? Tracking says address problem.", "en").intent
    own = recognise("", "As I said, the address is right. Any news?", "en")
    assert inherit(own.intent, own.follow_up, earlier) is W


# Only a part of the order came: a part missing (D), unlike one parcel of several (W).
ONLY_PART = [
    ("en", "Only the drill came, the batteries and the charger are missing."),
    ("de", "Nur die Bohrmaschine war im Paket, Akku und Ladegerät fehlen."),
    ("es", "Solo llegó el taladro, faltan la batería y el cargador."),
    ("it", "È arrivato solo il trapano, mancano le batterie."),
    ("nl", "Alleen de boormachine zat erin, de accu ontbreekt."),
    ("sv", "Bara borrmaskinen kom, laddaren saknas."),
]

# Closed by the buyer: found it at home, sorry for the bother.
CLOSED = [
    ("en", "My husband had taken it in already, sorry for the trouble."),
    ("de", "Meine Frau hatte es schon angenommen, Entschuldigung für die Umstände."),
    ("es", "Perdón por las molestias, mi hijo lo había recogido."),
    ("it", "Scusate il disturbo, mia moglie l'aveva già ritirato."),
    ("ja", "夫が受け取っていました。ご迷惑をおかけしました。"),
]

MORE = [
    # payment terms with invoice words are no invoice request
    (
        "en",
        "We're a hotel chain, can we get a business account invoiced monthly for 200 towels?",
        O,
    ),
    ("de", "Gibt es für Firmenkunden Kauf auf Rechnung mit 30 Tage Zahlungsziel?", O),
    ("nl", "Kunnen we als bedrijf maandelijks gefactureerd worden voor grote aantallen?", O),
    # where to deliver, as a store question
    ("en", "Do you ship to the Faroe Islands at all?", O),
    ("de", "Liefern Sie auch nach Liechtenstein?", O),
    # where to collect a parcel held at an unnamed branch
    ("tr", "Kargo şubede bekliyor diyor ama adres yok. Nereden alabilirim?", W),
    (
        "de",
        "Paket liegt angeblich in einer Filiale, aber welche steht nirgends."
        " Wo kann ich es abholen?",
        W,
    ),
    # a Portuguese buyer's chase
    ("pt", "Bom dia, a encomenda ainda não chegou. Quando chega?", W),
    # damage only in the carrier's quoted status; nothing received
    ("en", 'Status: "Parcel damaged, returning to sender". I never got anything. Now what?', W),
    # Turkish compatibility
    ("tr", "Bu şarj aleti Samsung'a olur mu?", P),
    ("tr", "Bu süpürge halıda da çalışıyor mu?", P),
]


@pytest.mark.parametrize(("lang", "text"), ONLY_PART)
def test_only_a_part_of_the_order_came_is_an_item_missing(lang: str, text: str) -> None:
    expect(lang, text, D)


@pytest.mark.parametrize(("lang", "text"), CLOSED)
def test_found_at_home_and_sorry_for_the_trouble_is_thanks(lang: str, text: str) -> None:
    expect(lang, text, T)


@pytest.mark.parametrize(("lang", "text", "intent"), MORE)
def test_more_round11_concepts(lang: str, text: str, intent: Intent) -> None:
    expect(lang, text, intent)


def test_a_broken_attachment_follows_the_invoice_thread() -> None:
    earlier = recognise("", "Please send me the invoice for my order.", "en").intent
    for lang, text in [
        ("de", "Die Datei im Anhang ist leer, 0 KB. Bitte nochmal."),
        ("en", "The attached file won't open, can you resend?"),
        ("fr", "Le fichier joint ne s'ouvre pas, merci de le renvoyer."),
    ]:
        own = recognise("", text, lang)
        assert inherit(own.intent, own.follow_up, earlier) is I, (text, own)


def test_one_parcel_of_two_is_no_part_missing() -> None:
    got = recognise("", "Only one of the two parcels came, the other is still in transit.", "en")
    assert got.intent is W


# "If it has not left yet, cancel": the negation is the condition's; a late-parcel threat
# ("if not here by Friday, cancel") stays a delivery question.
CANCEL_IF_NOT_SENT = [
    ("it", "Il pacco non è ancora stato spedito? Se non è partito annullate pure."),
    ("en", "If it hasn't shipped yet please cancel."),
    ("de", "Falls es noch nicht verschickt ist, bitte stornieren."),
    ("es", "Si no ha salido todavía, cancelen el pedido por favor."),
    ("fr", "Si ce n'est pas encore parti, annulez svp."),
    ("nl", "Als het nog niet verzonden is, graag annuleren."),
    ("pl", "Jeśli nie zostało wysłane, proszę anulować."),
    ("sv", "Om den inte har skickats, avbeställ."),
    ("tr", "Kargoya verilmediyse iptal edin lütfen."),
    ("ja", "発送されていなければキャンセルしてください。"),
]


@pytest.mark.parametrize(("lang", "text"), CANCEL_IF_NOT_SENT)
def test_cancel_if_not_sent_is_a_cancel(lang: str, text: str) -> None:
    expect(lang, text, C)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Where is it? If it's not here by Friday, cancel it."),
        ("de", "Wo bleibt das Paket? Wenn es bis Freitag nicht da ist, storniere ich."),
    ],
)
def test_a_cancel_threatened_for_a_late_parcel_stays_a_delivery_question(
    lang: str, text: str
) -> None:
    expect(lang, text, W)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Past deze hoes ook op een Samsung Galaxy Tab S9 FE van vorig jaar?"),
        ("de", "Passt die Hülle auch auf das Pixel 8 Pro mit der größeren Kamera von Google?"),
        ("es", "¿Esta funda sirve para el Xiaomi Redmi Note 13 Pro de la versión 5G?"),
    ],
)
def test_a_long_compatibility_question_asks_about_the_product(lang: str, text: str) -> None:
    expect(lang, text, P)
