"""Round 10: the error classes left on intent set 6, each in every language.

Each class is a situation a buyer describes in many sentences, with texts written for the
test (not copied from a set) and near misses that keep their own intent or flag.
"""

from __future__ import annotations

import pytest

from bot.mail.intent import recognise
from tests.intents.classes import A, D, P, R, T, W, expect


# ------------------------------------------------------------ a property of the product
# Asked with a question mark and no size or material word: does it work on induction or
# with my phone, will it hold 10 kilos, how thick is it, what is in the box, how long is the
# warranty; and the buyer who cannot decide between two sizes.
@pytest.mark.parametrize(
    "text",
    [
        "How long is the warranty on this kettle?",
        "Is this pan all right on an induction hob?",
        "Will the shelf hold about 15 kilos of books?",
        "How thick is the mattress topper exactly?",
        "Is there a wall bracket in the box or do I buy one?",
        "Wie lange ist die Garantie auf den Mixer?",
        "Geht der Topf auch auf Induktion?",
        "Ist ein Ladegerät dabei oder nur das Kabel?",
        "Wie dick ist die Matte genau?",
        "Quelle est la durée de garantie de l'aspirateur ?",
        "La poêle va-t-elle sur une plaque à induction ?",
        "Le chargeur est-il dans la boîte ou seulement le câble ?",
        "Quelle épaisseur fait le matelas ?",
        "¿Cuánto tiempo de garantía tiene la batidora?",
        "¿La sartén sirve para vitrocerámica de inducción?",
        "¿La estantería aguanta unos 20 kilos?",
        "¿Qué grosor tiene el colchón?",
        "No sé si pedir la 40 o la 42, en la tabla no me aclaro.",
        "Quanti anni di garanzia ha il frullatore?",
        "La pentola va bene sull'induzione?",
        "Nella scatola c'è anche l'alimentatore?",
        "Quanto è spessa la tavola?",
        "Non so se prendere la M o la L, che dice?",
        "保証期間は何年ですか？",
        "この鍋はIHでも使えますか？",
        "箱に充電器は入っていますか？",
        "Hoe lang is de garantie op de waterkoker?",
        "Kan de pan op inductie?",
        "Zit er een muurbeugel bij of moet ik die apart kopen?",
        "Hoe dik is de mat precies?",
        "Wat is de binnenmaat van de tas?",
        "Ile lat gwarancji ma ten czajnik?",
        "Czy garnek nadaje się na indukcję?",
        "Czy ładowarka obsługuje szybkie ładowanie w Samsungu?",
        "Czy w zestawie jest uchwyt na ścianę?",
        "Hur lång garanti har vattenkokaren?",
        "Går kastrullen att använda på induktion?",
        "Följer det med laddare eller bara kabel?",
        "Hur tjock är mattan?",
        "Ürünün garanti süresi ne kadar?",
        "Tencere indüksiyonda çalışır mı?",
        "Kutudan şarj aleti çıkıyor mu?",
        "Raf 20 kilo taşır mı?",
    ],
)
def test_a_property_of_the_product_asked_is_a_product_question(text):
    expect(text, P)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # near misses: the part is missing from a delivered box, or the parcel is late
        ("The screws were not in the box.", D),
        ("Die Schrauben waren nicht dabei.", D),
        ("Nella scatola mancavano le viti.", D),
        ("Kutudan şarj aleti çıkmadı.", D),
        ("Where is my order? It was due on Monday.", W),
        ("Waar blijft mijn pakket? Het zou dinsdag komen.", W),
    ],
)
def test_a_missing_part_or_a_late_parcel_keeps_its_intent(text, intent):
    expect(text, intent)


# ------------------------------------------------------------ pickup point without the parcel
# The parcel is said to wait at a pickup point, shop or locker, but the shop cannot find it,
# there is nothing in the locker, or the code is missing, expired or refused: the parcel is
# not in the buyer's hands (ruling 4.3 and 6.5), whatever the status says.
@pytest.mark.parametrize(
    "text",
    [
        "The app says ready for pickup at the post office, but they can't find it.",
        "My locker code says invalid. Tried it three times.",
        "Laut App liegt es in der Packstation, aber ich habe keinen Code bekommen.",
        "Der Paketshop sagt, das Paket ist nicht da, obwohl 'abholbereit' angezeigt wird.",
        "Le point relais me dit qu'il n'a rien, alors que le suivi dit disponible.",
        "Le code du casier est invalide, je ne peux pas récupérer le colis.",
        "En el punto de recogida dicen que no lo encuentran. ¿Qué hago?",
        "El código del locker no es válido, ya lo probé varias veces.",
        "Al punto di ritiro dicono che non c'è niente, ma l'app dice pronto per il ritiro.",
        "Il codice del locker è scaduto, come faccio a ritirarlo?",
        "ロッカーの暗証番号が無効と表示されます。",
        "Bij het afhaalpunt kunnen ze het pakket niet vinden, de app zegt klaar om op te halen.",
        "Ik heb geen code voor de pakketautomaat gekregen.",
        "W paczkomacie nic nie ma, a kod jest nieprawidłowy.",
        "Paczka gotowa do odbioru, ale w punkcie nie mogą jej znaleźć.",
        "Ombudet hittar inte paketet fast appen säger redo att hämtas.",
        "Pani w punkcie mówi, że nie może jej znaleźć.",
        "Koden till paketskåpet är ogiltig.",
        "Jag var på ombudet men de hittade ingenting.",
        "Şubeye gittim ama paketi bulamadılar.",
        "Teslimat noktasında kargo yok diyorlar, uygulamada teslim almaya hazır yazıyor.",
    ],
)
def test_a_parcel_the_pickup_point_cannot_hand_over_is_where_is_my_order(text):
    expect(text, W)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # near misses: asking to deliver to a pickup point
        ("Can you send it to a parcel locker instead? I'm never home.", A),
        ("Kan het naar een afhaalpunt in plaats van naar huis?", A),
    ],
)
def test_asking_for_a_pickup_point_keeps_its_intent(text, intent):
    expect(text, intent)


# ------------------------------------------------------------ the refund arrived
# The buyer reports that the refund or the money is back (told, not asked): the matter is
# closed, a follow-up read as thanks (ruling 5.5).
@pytest.mark.parametrize(
    "text",
    [
        "Got the refund today, all good.",
        "The money is back on my card, thanks.",
        "Die Erstattung ist heute eingegangen, danke.",
        "Geld ist angekommen, vielen Dank!",
        "J'ai bien reçu le remboursement, merci beaucoup.",
        "Remboursement arrivé sur mon compte, bonne journée.",
        "Ya tengo el reembolso en la cuenta, gracias.",
        "El reembolso ya está reflejado en mi tarjeta. Un saludo.",
        "Ho ricevuto il rimborso, grazie mille.",
        "Rimborso accreditato, tutto a posto.",
        "返金が確認できました。お世話になりました。",
        "Het geld is teruggestort, bedankt!",
        "Terugbetaling ontvangen, top.",
        "Zwrot pieniędzy dotarł, dziękuję.",
        "Pieniądze wpłynęły na konto, dzięki.",
        "Pengarna har kommit tillbaka, tack!",
        "Har fått återbetalningen, tack för hjälpen.",
        "İade hesabıma yansıdı, teşekkürler.",
        "Param geldi, teşekkür ederim.",
    ],
)
def test_the_refund_arrived_closes_the_matter(text):
    expect(text, T, follow_up=True)


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the refund not there yet, or asked about
        "I still haven't received the refund.",
        "Die Erstattung ist noch nicht eingegangen.",
        "Je n'ai toujours pas reçu le remboursement.",
        "Todavía no me ha llegado el reembolso.",
        "Il rimborso non è ancora arrivato.",
        "返金がまだ確認できません。",
        "Het geld is nog niet teruggestort.",
        "Zwrot pieniędzy jeszcze nie dotarł.",
        "Pengarna har inte kommit tillbaka än.",
        "İade hâlâ hesabıma yansımadı.",
    ],
)
def test_a_refund_not_there_yet_is_not_thanks(text):
    found = recognise("", text)
    assert found.intent is not T, found.scores


# ------------------------------------------------------------ the parcel, not the money
# The parcel went back to the seller or never came, and the buyer refuses the refund and wants
# the item sent again (ruling 5.8): the delivery to repeat, not a return.
@pytest.mark.parametrize(
    "text",
    [
        "The courier took it back to you. I don't want a refund, I want the lamp. Please resend.",
        "Das Paket ging zurück an den Absender. Ich will keine Erstattung, bitte nochmal schicken.",
        "Le colis est reparti chez vous. Je ne veux pas être remboursé, renvoyez-le svp.",
        "Correos lo devolvió al remitente. No quiero el reembolso, quiero el producto.",
        "Il pacco è tornato al mittente. Non voglio il rimborso, rispeditelo.",
        "返送されたようですが、返金ではなく商品を送ってほしいです。",
        "Het pakket is terug naar de afzender. Ik wil geen terugbetaling, stuur het opnieuw.",
        "Paczka wróciła do nadawcy. Nie chcę zwrotu pieniędzy, proszę wysłać ponownie.",
        "Paketet gick tillbaka. Jag vill inte ha pengarna tillbaka, skicka igen.",
        "Kargo göndericiye geri dönmüş. Para iadesi istemiyorum, ürünü tekrar gönderin.",
    ],
)
def test_the_parcel_wanted_not_the_refund_is_where_is_my_order(text):
    expect(text, W)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # near misses: a swap of a sound item, a broken item
        ("I don't want a refund, I want to exchange it for a size L.", R),
        ("No quiero el reembolso, quiero cambiarla por una talla M.", R),
        ("Die Vase kam zerbrochen an. Ich will keine Erstattung, sondern Ersatz.", D),
        # the refund awaited after a return
        ("Mon retour est arrivé chez vous. Toujours pas de remboursement.", R),
        ("Retour is bij jullie aangekomen. Nog geen terugbetaling gezien.", R),
    ],
)
def test_refusing_the_refund_for_a_swap_or_a_broken_item_keeps_its_intent(text, intent):
    expect(text, intent)


# ------------------------------------------------------------ where to drop the return
# The buyer asks to hand the parcel in somewhere else, or with a QR code for want of a printer
# (ruling 5.10): the return goes on; handing in is the buyer's act, not a delivery address.
@pytest.mark.parametrize(
    "text",
    [
        "Can I drop it off at a UPS store instead of the post office?",
        "I don't have a printer, can I use a QR code at the counter?",
        "Kann ich das Paket auch in einem Hermes-Shop abgeben statt bei DHL?",
        "Ich habe keinen Drucker, geht das auch mit QR-Code?",
        "Est-ce que je peux le déposer dans un point relais plutôt qu'à la poste ?",
        "Je n'ai pas d'imprimante, un code QR suffit ?",
        "¿Puedo dejarlo en una oficina de Correos en vez de en el punto de recogida?",
        "No tengo impresora, ¿vale con el código QR?",
        "Posso lasciarlo in un punto di ritiro invece che all'ufficio postale?",
        "Non ho la stampante, va bene il codice QR?",
        "郵便局ではなくコンビニに持ち込めますか？",
        "Mag ik het inleveren bij een DHL-punt in plaats van bij PostNL?",
        "Ik heb geen printer, kan het ook met een QR-code?",
        "Czy mogę nadać paczkę w paczkomacie zamiast na poczcie?",
        pytest.param(
            "Nie mam drukarki, czy wystarczy kod QR?",
            # the rules tie return and product question; the model leans to the question
            marks=pytest.mark.xfail(strict=True, reason="known miss: read as a product question"),
        ),
        "Kan jag lämna in paketet hos ett annat ombud än PostNord?",
        "Jag har ingen skrivare, räcker det med en QR-kod?",
        "Kargoyu PTT yerine Yurtiçi şubesine bırakabilir miyim?",
        "Yazıcım yok, QR kod ile gönderebilir miyim?",
    ],
)
def test_where_to_drop_the_return_is_a_return(text):
    expect(text, R)


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the delivery sent to a pickup point instead of home
        "Can you deliver it to a parcel shop instead of my home?",
        "Kunnen jullie het naar een PostNL-punt sturen in plaats van naar huis?",
        "Czy możecie wysłać paczkę do paczkomatu zamiast do domu?",
    ],
)
def test_a_delivery_to_a_pickup_point_stays_an_address_change(text):
    expect(text, A)


# ------------------------------------------------------------ a detail added for the door
# "Forgot to say": the door code, the stair, the floor, a bell that does not ring, added to
# an earlier address message (ruling 5.6): a follow-up about the address.
@pytest.mark.parametrize(
    "text",
    [
        "Forgot to add: the gate code is 4471, flat 3B.",
        "J'oubliais : le digicode est 1834A, 2e étage.",
        "Dimenticavo: il citofono è rotto, chiamate al 347 118 2290.",
        "言い忘れましたが、オートロックの部屋番号は502です。",
        "Vergeten te melden: de bel doet het niet, bel maar naar 06 1234 5678.",
        "Zapomniałem dodać: kod do domofonu 27, klatka C.",
        "Glömde säga: portkoden är 2210.",
        "Söylemeyi unuttum: kapı kodu 4590, daire 8.",
    ],
)
def test_a_detail_added_for_the_door_continues_the_address(text):
    expect(text, A, follow_up=True)


@pytest.mark.parametrize(
    "text",
    [
        # "forgot to write" may be about the order form: the address, follow-up or not
        "Hab vergessen anzugeben: Hausnummer 12a, Hinterhaus, 2. Stock.",
        "Se me olvidó poner: portal 3, escalera B, piso 2.",
        "Ho dimenticato di scrivere la scala: scala C, terzo piano.",
        "Zapomniałam podać numer mieszkania: 14.",
    ],
)
def test_a_detail_forgotten_in_the_order_completes_the_address(text):
    expect(text, A)
