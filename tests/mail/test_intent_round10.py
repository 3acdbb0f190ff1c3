"""Round-10 intent concepts, each on new messages in several languages (none from a held-out set).

Each block is one concept of ``bot.mail.intent_rules_concepts``; the messages vary the wording,
word order, spelling and language the way buyers do, so that a rule written for one sentence
fails here.
"""

from __future__ import annotations

import pytest

from bot.domain import Intent
from bot.mail.intent import recognise
from tests.mail.intent_cases import A, C, D, I, O, P, R, W

# Needed by a day or an occasion, asked whether it can be met: a delivery question.
DEADLINE = [
    ("en", "My son's party is on the 14th and this is his present. Any chance it makes it?"),
    ("en", "need it by friday latest, doable?? otherwise i'll grab one in town"),
    ("de", "Wir fliegen Sonntag in den Urlaub, brauche die Koffer vor dem Wochenende. Klappt das?"),
    ("de", "Bis Weihnachten schaffen Sie das noch? Sonst kauf ich woanders und schick es zurück."),
    ("fr", "C'est pour un mariage samedi, est-ce que je l'aurai avant samedi ?"),
    ("es", "Lo necesito antes del viernes para un viaje, ¿llegará a tiempo?"),
    ("it", "Mi serve per il compleanno di mia figlia, sabato. Ce la fate?"),
    ("nl", "Heb het nodig voor zaterdag, het is voor een verjaardag. Lukt dat nog?"),
    ("pl", "Potrzebuję tego przed świętami, zdążycie?"),
    ("sv", "Behöver den innan midsommar, hinner ni?"),
    ("tr", "Cumartesiye kadar lazım, yetişir mi? Yoksa başka yerden alacağım."),
    ("ja", "土曜日までに必要なのですが、間に合いますか？"),
]

# The slip or description lists what is not in the box, or fewer came than ordered.
LISTED_MISSING = [
    ("en", "Ordered the 12 pack of batteries, there were only 8 in the box."),
    ("en", "The listing says it comes with a carry bag. No bag in the parcel though."),
    ("de", "Laut Beschreibung ist ein Netzteil dabei, im Karton war aber keins."),
    ("fr", "La description indique deux télécommandes, je n'en ai reçu qu'une."),
    ("es", "En la descripción pone que trae el cargador y no venía en la caja."),
    ("it", "Nella descrizione c'è scritto che include le batterie, ma mancano."),
    ("nl", "Volgens de beschrijving zit er een adapter bij, maar die ontbreekt."),
    ("pl", "W opisie jest pokrowiec, a w paczce go nie było."),
    ("sv", "Följesedeln säger 3 st men det var bara 2 i paketet."),
    ("tr", "Ürün sayfasında şarj kablosu var diyor ama kutudan çıkmadı."),
    ("ja", "商品説明に記載されている充電ケーブルが入っていませんでした。"),
]

# A damage claim goes on: replacement or refund asked, photos sent.
DAMAGE_REMEDY = [
    ("en", "I've uploaded the pictures now. So is it a replacement or a refund?"),
    ("de", "Fotos habe ich hochgeladen. Bekomme ich einen neuen oder mein Geld zurück?"),
    ("fr", "J'ai envoyé les photos hier. Vous m'envoyez un autre ou c'est un remboursement ?"),
    ("es", "Ya he enviado las fotos. ¿Me mandáis uno nuevo o me devolvéis el dinero?"),
    ("it", "Ho inviato le foto stamattina. Ne mandate uno nuovo o mi rimborsate?"),
    ("nl", "Foto's zijn verstuurd. Krijg ik een nieuwe of mijn geld terug?"),
    ("pl", "Zdjęcia przesłałem wczoraj. Będzie wymiana czy zwrot pieniędzy?"),
    ("sv", "Har skickat bilderna. Blir det en ny eller pengarna tillbaka?"),
    ("tr", "Resimleri yükledim. Yenisini mi göndereceksiniz yoksa iade mi?"),
]

# The defect word is negated: nothing is wrong with the item, the buyer returns it.
NOT_FAULTY = [
    ("en", "It isn't damaged or anything, I just don't need it any more. How do I return it?"),
    ("de", "Ist nicht defekt, gefällt mir einfach nicht. Kann ich es zurückschicken?"),
    ("fr", "Rien de cassé, la couleur ne me plaît pas. Je peux le retourner ?"),
    ("es", "No está roto, simplemente no me gusta. ¿Cómo lo devuelvo?"),
    ("it", "Non è difettoso, ma non mi piace. Posso restituirlo?"),
    ("nl", "Hij is niet kapot hoor, ik vind hem gewoon niet mooi. Kan ik hem terugsturen?"),
    ("sv", "Den är inte trasig, jag ångrade mig bara. Hur returnerar jag?"),
]

# A bare chase of the thing bought, with a greeting or a complaint around it.
PARCEL_CHASE = [
    ("en", "hi, the parcel??"),
    ("de", "Hallo, und das Paket?"),
    ("fr", "Bonjour, et le colis ? ça fait 10 jours"),
    ("es", "buenas, mi pedido??"),
    ("it", "Salve, il pacco? nessuna notizia"),
    ("nl", "Hoi, mijn pakket?"),
    ("sv", "Hej, paketet??"),
]

# The carrier's proof of delivery shows someone else's door, bin or signature.
PROOF_WRONG = [
    ("en", "Marked delivered, the photo is of a blue door. We don't have a blue door."),
    ("de", "Die Unterschrift auf dem Beleg kenne ich nicht, bei mir ist nichts angekommen."),
    ("fr", "Le colis est signé par un certain « M. Petit », je ne connais pas ce nom."),
    ("es", "La foto de la entrega no es mi portal, no reconozco ese edificio."),
    ("it", "Nella foto della consegna c'è un cancello che non è il mio."),
    ("nl", "Op de foto van de bezorger staat een deur die niet van ons is."),
    ("pl", "Na zdjęciu doręczenia są drzwi, których nie znam. Paczki nie mam."),
]

# Send it to a pickup point, a locker or work instead of home, before or after shipping.
PICKUP_INSTEAD = [
    ("en", "Can it go to the InPost locker on High St instead of my flat? I'm out all week."),
    ("de", "Könnten Sie das Paket an eine Packstation statt nach Hause schicken?"),
    ("fr", "Est-il possible de le livrer en point relais au lieu de chez moi ?"),
    ("es", "¿Se puede enviar a una oficina de Correos en vez de a mi casa?"),
    ("it", "Potete spedirlo a un punto di ritiro invece che a casa?"),
    ("nl", "Kunnen jullie het naar een afhaalpunt sturen in plaats van naar huis?"),
    ("pl", "Czy można wysłać do paczkomatu zamiast do domu?"),
    ("sv", "Kan ni skicka till ett ombud istället för hem till mig?"),
    ("tr", "Ev adresi yerine kargo şubesine gönderebilir misiniz?"),
    ("ja", "自宅ではなく近くのファミマで受け取りたいです。"),
]

# Questions about the product: does it fit or work with X, how long is the warranty.
PRODUCT = [
    ("en", "Will this case fit a Galaxy A54?"),
    ("de", "Passt der Filter auch zu einem Dyson V11?"),
    ("fr", "Est-ce que le chargeur est compatible avec un Pixel 7 ?"),
    ("es", "¿Sirve esta funda para el iPad de 10ª generación?"),
    ("it", "La staffa è compatibile con un televisore da 55 pollici?"),
    ("nl", "Werkt deze lader ook met een Samsung S22?"),
    ("pl", "Czy ten pasek pasuje do zegarka Garmin Forerunner 255?"),
    ("sv", "Passar skyddet till en iPhone 15 Pro?"),
    ("tr", "Bu şarj aleti Xiaomi telefona uyumlu mu?"),
    ("en", "Is the warranty 2 years or just 1?"),
]

# Held at a pickup point, a locker or a post office, and the buyer cannot get it.
PICKUP_BLOCKED = [
    ("en", "Tracking says it's at the parcel locker but the code I got is invalid. Help?"),
    ("de", "Laut DHL liegt es in der Filiale, aber dort finden sie es nicht. Was nun?"),
    ("fr", "Colis au point relais d'après le suivi, mais le commerçant ne le trouve pas."),
    ("es", "Está en la oficina de Correos, pero no me ha llegado ningún código y no me lo dan."),
    ("it", "Il pacco è al punto di ritiro ma il codice è scaduto. È ancora lì?"),
    ("nl", "Volgens PostNL ligt het bij een afhaalpunt, maar welk punt? Geen briefje gehad."),
    ("pl", "Paczka jest w paczkomacie, ale kod nie działa. Co mam zrobić?"),
    ("sv", "Paketet ska finnas hos ombudet men de hittar det inte."),
    ("tr", "Kargo şubede görünüyor ama şubeye gittim, bulamadılar."),
]

# The buyer's order and what came both stated, with the colour, size or model.
VARIANT_SWAPPED = [
    ("en", "I ordered the navy one and you sent black."),
    ("de", "Bestellt hatte ich Größe M, geliefert wurde L."),
    ("fr", "J'ai commandé le modèle blanc, j'ai reçu le noir."),
    ("es", "Pedí la talla 40 y me ha llegado la 42."),
    ("it", "Ho ordinato il colore verde ma è arrivato quello rosso."),
    ("nl", "Ik had zwart besteld, jullie hebben wit gestuurd."),
    ("pl", "Zamawiałem czarny, a przyszedł szary."),
    ("sv", "Jag beställde svart men fick grå."),
    ("tr", "Beyaz sipariş ettim, siyah gönderilmiş."),
]

# Look-alikes the concepts must leave alone.
LEAVE_ALONE = [
    ("fr", "Bonjour, possible d'avoir un tarif pour 50 pièces ?", O),
    ("nl", "En de korting voor 60 stuks, lukt dat?", O),
    ("de", "Wir würden gern 40 Stück bestellen. Geht das mit Mengenrabatt?", O),
    ("en", "Need the VAT invoice by Friday for our accounts, can you send it?", I),
    ("en", "Could you cancel it before it ships on Monday? Ordered the wrong one.", C),
    ("de", "Das Paket gilt als verloren. Bitte schicken Sie Ersatz oder erstatten Sie.", W),
    ("it", "Come registro la garanzia di 3 anni del produttore? Il link non va.", O),
    ("pl", "Czy mogę zmienić dostawę na paczkomat? W domu nikogo nie ma do 18.", A),
]


def _cases(rows: list[tuple[str, str]], intent: Intent) -> list[tuple[str, str, Intent]]:
    return [(lang, text, intent) for lang, text in rows]


CASES = [
    *_cases(DEADLINE, W),
    *_cases(LISTED_MISSING, D),
    *_cases(DAMAGE_REMEDY, D),
    *_cases(NOT_FAULTY, R),
    *_cases(PARCEL_CHASE, W),
    *_cases(PROOF_WRONG, W),
    *_cases(PICKUP_INSTEAD, A),
    *_cases(PRODUCT, P),
    *_cases(PICKUP_BLOCKED, W),
    *_cases(VARIANT_SWAPPED, D),
    *LEAVE_ALONE,
]


@pytest.mark.parametrize(("lang", "text", "intent"), CASES, ids=[c[1][:40] for c in CASES])
def test_round10_concepts(lang: str, text: str, intent: Intent) -> None:
    assert recognise("", text, lang).intent is intent
