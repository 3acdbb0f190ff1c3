"""Round 6: classes of messages the rules misread on intent set 3, each in every language.

Each class is a word class or a construction a buyer uses in many sentences, with texts
written for the test (not copied from a set) and near misses that keep their own intent.
"""

from __future__ import annotations

import pytest

from bot.domain import Intent
from bot.mail.intent import recognise
from tests.intents.classes import OTHER, A, C, D, I, P, R, T, W, expect


# ------------------------------------------------------------ "any news?"
# "Anything new?" as the whole message continues an earlier one; with nothing else named it
# asks where the order is (the earlier message's intent is inherited when there is one).
# With its matter named ("any news on my parcel?") it may be a first message: the flag is
# left open, the matter decides the intent.
@pytest.mark.parametrize(
    ("text", "intent", "follow_up"),
    [
        ("Anything new on my order?", W, None),
        ("Any news yet?", W, True),
        ("Gibt es schon etwas Neues?", W, True),
        ("gibts was neues wegen meinem paket?", W, None),
        ("Du nouveau concernant ma commande ?", W, None),
        ("Des nouvelles de mon colis ?", W, None),
        ("¿Hay alguna novedad?", W, True),
        ("alguna noticia de mi paquete?", W, None),
        ("Novità sul mio ordine?", W, None),
        ("Ci sono notizie del pacco?", W, None),
        ("Al nieuws over mijn bestelling?", W, None),
        ("Nog nieuws?", W, True),
        ("Czy jest coś nowego w sprawie paczki?", W, None),
        ("Jakieś wieści?", W, True),
        ("Några nyheter om mitt paket?", W, None),
        ("Har det hänt något nytt?", W, True),
        ("Yeni bir haber var mı?", W, True),
        ("Any update on my order? I need it by Friday.", W, False),
        ("Heeft u al nieuws over mijn pakket?", W, False),
        ("その後何か進展はありましたか？", W, True),
        # near misses: news about something else keeps that intent
        ("Any news about my refund?", R, None),
        ("Gibt es etwas Neues wegen der Rechnung?", I, None),
        ("Is er al nieuws over de factuur?", I, None),
        ("Do you have the new colours in stock?", P, False),
        # new or refurbished is a question about the product (product_question came later)
        ("Il prodotto è nuovo o ricondizionato?", P, False),
    ],
)
def test_any_news_is_a_follow_up_asking_where_it_is(text, intent, follow_up):
    expect(text, intent, follow_up)


# ------------------------------------------------------------ the tracking does not work
# "The tracking number doesn't work / is not found" is a delivery question; "doesn't work"
# said of the item stays a defect.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("The tracking link you sent doesn't work.", W),
        ("tracking number not found on the DHL site", W),
        ("Die Sendungsnummer funktioniert nicht, DHL kennt sie nicht.", W),
        ("Le numéro de suivi ne fonctionne pas sur le site de La Poste.", W),
        ("El número de seguimiento no funciona en Correos.", W),
        ("Il link di tracciamento non funziona.", W),
        ("De track & trace code werkt niet bij PostNL.", W),
        ("Numer przesyłki nie działa, strona kuriera go nie zna.", W),
        ("Spårningsnumret fungerar inte hos PostNord.", W),
        ("Takip numarası çalışmıyor, bulunamadı diyor.", W),
        ("追跡番号が見つかりませんと表示されます。", W),
        # near misses: the item does not work
        ("The blender doesn't work, it just hums.", D),
        ("Der Mixer funktioniert nicht, obwohl die Sendung pünktlich kam.", D),
        ("La lampe ne fonctionne pas.", D),
        ("De lader werkt niet.", D),
    ],
)
def test_a_tracking_number_that_does_not_work_asks_where_it_is(text, intent):
    expect(text, intent, None)


# ------------------------------------------------------------ "the address is right"
# The carrier reports an address problem, the buyer says the address is right and asks when
# it comes: a delivery question, not an address to change.  Without "it is right" the
# problem stays an address matter.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("DPD says address not found, but my address is correct. When will it arrive?", W),
        ("Tracking shows wrong address although the address is right, where is it now?", W),
        ("Laut DHL ist die Adresse falsch, aber die Adresse stimmt. Wann kommt es?", W),
        ("Colissimo : adresse erronée, mais l'adresse est correcte. Quand va-t-il arriver ?", W),
        ("Pone dirección incorrecta pero la dirección está bien. ¿Cuándo llega?", W),
        ("BRT segnala indirizzo errato, ma l'indirizzo è corretto. Quando arriva?", W),
        ("DHL meldt verkeerd adres, maar mijn adres is juist. Wanneer komt het?", W),
        ("Kurier pisze zły adres, ale adres jest poprawny. Kiedy dostanę paczkę?", W),
        ("PostNord säger fel adress men adressen är rätt. När kommer paketet?", W),
        ("Kargo adres yanlış diyor ama adresim doğru. Ne zaman gelir?", W),
        ("追跡で住所不明とありますが、住所は正しいです。いつ届きますか？", W),
        # near misses: the address really is wrong
        ("The address is not correct, please change it to 5 Elm Road.", A),
        ("Die Adresse stimmt nicht, bitte ändern Sie sie auf Hauptstr. 4.", A),
        ("Het adres klopt niet, kunt u het wijzigen?", A),
        ("Adres doğru değil, lütfen değiştirin.", A),
        # the right address confirmed for the carrier, with no question when: an address
        (
            "GLS could not find me. My address is correct: 4 Mill Lane, flat 2. Please pass it on.",
            A,
        ),
    ],
)
def test_an_address_exception_with_the_right_address_asks_where_it_is(text, intent):
    expect(text, intent, None)


# "Me again", "addendum", "update:": a message that adds to the buyer's own earlier one.
@pytest.mark.parametrize(
    "text",
    [
        "Me again, the parcel still shows in transit.",
        "Update: the courier left a card, where can I collect it?",
        "Nachtrag: das Paket liegt jetzt in der Filiale, wann wird es zugestellt?",
        "Encore moi : le colis est toujours en transit.",
        "Soy yo otra vez, el paquete sigue en tránsito.",
        "Sono ancora io, il pacco è ancora in transito.",
        "Ik weer: het pakket staat nog steeds in transit.",
        "To znowu ja, paczka dalej w drodze.",
        "Det är jag igen, paketet är fortfarande på väg.",
        "Yine ben, kargo hâlâ yolda görünüyor.",
        "追記：荷物はまだ輸送中のままです。",
    ],
)
def test_me_again_marks_a_follow_up(text):
    expect(text, W, True)


# ------------------------------------------------------------ "... and the invoice too"
# A late order with the invoice asked for "too", "also", "while you're at it": the delivery
# is the main ask.  An invoice asked for alone, or after the parcel came, stays an invoice.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Ordered two weeks ago and nothing has arrived. Please also send the invoice.", W),
        ("Still waiting for my parcel, and I need a VAT invoice as well.", W),
        ("Mein Paket ist seit zehn Tagen nicht da. Die Rechnung bitte auch gleich mit.", W),
        ("Toujours pas reçu mon colis. Et envoyez-moi aussi la facture svp.", W),
        ("Mi pedido no ha llegado todavía. También necesito la factura.", W),
        ("Il pacco non è ancora arrivato. Mi serve anche la fattura.", W),
        ("Mijn pakket is nog steeds niet bezorgd. Graag ook de factuur.", W),
        ("Paczka wciąż nie dotarła. Przy okazji proszę o fakturę.", W),
        ("Paketet har fortfarande inte kommit. Skicka även fakturan.", W),
        ("Kargo hala gelmedi. Faturayı da gönderir misiniz?", W),
        # near misses: the invoice is the matter
        ("The parcel arrived, thanks. Could you also send the invoice?", I),
        ("Das Paket ist angekommen. Können Sie mir auch die Rechnung schicken?", I),
        ("Ik heb het pakket ontvangen, kunt u ook de factuur sturen?", I),
        ("Please send the invoice for order 123-4567890-1234567.", I),
    ],
)
def test_an_invoice_asked_for_too_leaves_the_late_order_the_main_ask(text, intent):
    expect(text, intent, None)


# ------------------------------------------------------------ "you said Tuesday"
# The seller's earlier answer quoted with a day that has passed: a follow-up asking where
# the order is.  A promise about a refund or an invoice keeps that matter.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("You wrote it would come on Monday. It is Wednesday now.", W),
        ("Your reply said Friday, today is Sunday and still no parcel.", W),
        ("Sie schrieben, es käme am Dienstag. Heute ist Donnerstag.", W),
        ("Vous m'avez dit mardi, nous sommes jeudi.", W),
        ("Me dijisteis que llegaba el lunes y hoy es miércoles.", W),
        ("Mi avete scritto che arrivava martedì, oggi è giovedì.", W),
        ("U schreef dat het maandag zou komen, het is nu woensdag.", W),
        ("Napisaliście, że paczka będzie w poniedziałek. Dziś jest środa.", W),
        ("Ni skrev att det skulle komma i måndags, nu är det onsdag.", W),
        ("Salı günü gelecek demiştiniz, bugün perşembe.", W),
        ("先日のご返信で月曜日に届くとのことでしたが、まだです。", W),
        # near misses: the promise was about another matter
        pytest.param(
            "You said the refund would be done by Friday, it is Monday now.",
            R,
            marks=pytest.mark.xfail(
                strict=True, reason="known miss: the model reads a delivery chaser"
            ),
        ),
        ("Sie schrieben, die Rechnung kommt am Montag. Heute ist Mittwoch.", I),
        pytest.param(
            "Jullie zeiden dat de terugbetaling maandag zou komen, het is nu woensdag.",
            R,
            marks=pytest.mark.xfail(
                strict=True, reason="known miss: the model reads a delivery chaser"
            ),
        ),
    ],
)
def test_the_sellers_promised_day_passed_is_a_follow_up_about_the_delivery(text, intent):
    expect(text, intent, True)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # "ni så dyr" (you so expensive) is no "ni sa att" (you said that)
        ("Varför tar ni så mycket betalt för frakten?", OTHER),
        ("Ni sa att det skulle komma på tisdag, nu är det torsdag.", W),
    ],
)
def test_swedish_so_is_not_said(text, intent):
    found = recognise("", text)
    assert found.intent is intent, found.scores
    assert found.follow_up is (intent is W)


# ------------------------------------------------------------ "as agreed, I sent it back"
# "As agreed", "following our exchange": the buyer does what the conversation settled, a
# follow-up.  "I sent the return, tracking number ..." is about the return, not a parcel
# the buyer waits for.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("As agreed, I sent it back today. The tracking number is 1Z999AA10123456784.", R),
        ("Wie vereinbart habe ich die Ware heute zurückgeschickt, Beleg anbei.", R),
        ("Comme convenu, j'ai renvoyé l'article ce matin, voici le numéro de suivi.", R),
        ("Suite à notre échange, j'ai déposé le retour au point relais.", R),
        ("Como acordamos, ya he devuelto el paquete. Os adjunto el justificante.", R),
        ("Come concordato, ho rispedito il prodotto. Ecco il numero di tracciamento.", R),
        ("Zoals afgesproken heb ik de jas teruggestuurd, hier is de track & trace.", R),
        ("Tak jak ustaliliśmy, odesłałem buty. Numer przesyłki w załączniku.", R),
        ("Som vi kom överens om har jag skickat tillbaka tröjan idag.", R),
        ("Anlaştığımız gibi ürünü bugün iade ettim, takip numarası ekte.", R),
        ("ご案内どおり返品を発送しました。追跡番号は 1234-5678-9012 です。", R),
    ],
)
def test_as_agreed_the_return_sent_is_a_follow_up_about_the_return(text, intent):
    expect(text, intent, True)


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the parcel came back to the seller, the buyer still waits
        "The tracking says returned to sender. Where is my order?",
        "Laut Sendungsverfolgung wurde das Paket zurückgeschickt. Wo ist meine Bestellung?",
    ],
)
def test_a_parcel_returned_to_sender_still_asks_where_it_is(text):
    expect(text, W, None)


# ------------------------------------------------------------ redirect, pickup point instead
# "Already on its way, can it be redirected to ...", "to a locker instead of home": the
# delivery place changes (address_change); the parcel's status is context.  A parcel held at
# a pickup point the buyer cannot find stays a delivery question.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("It has shipped already, can you redirect it to my office?", A),
        ("Could it go to an InPost locker instead of my home address?", A),
        ("Das Paket ist schon unterwegs, können Sie es an meine Arbeit umleiten?", A),
        ("Bitte an eine Packstation statt an die Haustür liefern.", A),
        ("Le colis est déjà parti, peut-on le rediriger vers un point relais ?", A),
        ("Je préfère une livraison en point relais au lieu de mon domicile.", A),
        ("Ya está en camino, ¿se puede redirigir a mi oficina?", A),
        ("¿Podéis enviarlo a un punto de recogida en lugar de a casa?", A),
        ("È già partito, si può reindirizzare al mio ufficio?", A),
        ("Preferisco il ritiro in un punto di ritiro invece che a casa.", A),
        ("Het is al verzonden, kan het worden omgeleid naar een afhaalpunt?", A),
        ("Kan het naar een pakketpunt in plaats van mijn huisadres?", A),
        ("Kan het naar mijn kantoor gestuurd worden?", A),
        ("Paczka już wysłana, czy można ją przekierować do paczkomatu?", A),
        ("Wolałabym odbiór w punkcie odbioru zamiast kuriera.", A),
        ("Den är redan skickad, kan ni styra om den till ett ombud?", A),
        ("Kan den levereras till ett paketskåp istället för hem?", A),
        ("Kargoya verildi, başka bir adrese yönlendirebilir misiniz?", A),
        ("Yoldaymış, en yakın şubeye yönlendirilebilir mi?", A),
        ("Eve değil de kargo şubesine teslim edilebilir mi?", A),
        ("発送済みですが、コンビニ受け取りに変更できますか？", A),
        # near misses: held at a pickup point, where is it
        ("Tracking says it is at the pickup point, but which one? Where is it?", W),
        ("Die Sendung liegt in der Filiale, aber wo genau? Wann wird sie zugestellt?", W),
    ],
)
def test_redirecting_a_shipped_parcel_changes_the_address(text, intent):
    expect(text, intent, None)


# ------------------------------------------------------------ add a code, a detail written wrong
# "Please add the door code", "I wrote the wrong postcode, it is ...": a detail of the
# address to add or correct.  Adding something that is no part of an address is not.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Please add the gate code 4512 to my address.", A),
        ("I typed the wrong postcode, it should be SW1A 2AB.", A),
        ("Bitte ergänzen Sie den Türcode 1234 bei meiner Adresse.", A),
        ("Ich habe mich bei der Postleitzahl vertan, richtig ist 10115.", A),
        ("Pouvez-vous ajouter le digicode 4B21 à mon adresse ?", A),
        ("Je me suis trompé de code postal, c'est 75011 et non 75001.", A),
        ("¿Podéis añadir el código del portal 1234 a mi dirección?", A),
        ("Me equivoqué de número de calle, es el 12 y no el 21.", A),
        ("Potete aggiungere il codice del portone 5678 all'indirizzo?", A),
        ("Ho sbagliato il numero civico, è 14 non 41.", A),
        ("Graag de toevoeging 'A' bij mijn huisnummer.", A),
        ("Ik heb het verkeerde huisnummer ingevuld, het moet 17 zijn.", A),
        ("Proszę dopisać numer mieszkania 5 do adresu.", A),
        ("Pomyliłem numer domu, powinno być 17, nie 71.", A),
        ("Kan ni lägga till portkoden 1234 i adressen?", A),
        ("Jag skrev fel postnummer, det ska vara 41124.", A),
        ("Kan ni ändra leveransadressen till Kungsgatan 5?", A),
        ("Adrese kapı kodu 1234 ekleyebilir misiniz?", A),
        ("Apartman numarasını yazmayı unuttum: 5.", A),
        ("住所に部屋番号 305 を追加してください。", A),
        ("番地を書き間違えました。正しくは 3-5 です。", A),
        # near misses: nothing of the address
        ("Please add a gift note to my order.", OTHER),
        ("Können Sie noch ein zweites Kabel zur Bestellung hinzufügen?", OTHER),
    ],
)
def test_a_code_to_add_or_a_detail_written_wrong_changes_the_address(text, intent):
    expect(text, intent, None)


# ------------------------------------------------------------ how do I use it
# "How do I pair / connect / change the language": a question about using the product.
# "How do I return / cancel" keeps its own intent.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("How do I pair the earbuds with my phone?", P),
        ("How can I connect the camera to wifi?", P),
        ("Wie verbinde ich die Uhr mit meinem Handy?", P),
        ("Wie koppelt man den Lautsprecher mit dem Fernseher?", P),
        ("Comment connecter la balance à l'application ?", P),
        ("¿Cómo se conecta el reloj al móvil?", P),
        ("¿Cómo cambio el idioma de la báscula?", P),
        ("Come si collega la telecamera al wifi?", P),
        ("Hoe verbind ik de koptelefoon met mijn laptop?", P),
        ("Jak sparować słuchawki z telefonem?", P),
        ("Hur ansluter jag kameran till wifi?", P),
        ("Kulaklığı telefona nasıl bağlarım?", P),
        ("イヤホンのペアリング方法を教えてください。", P),
        # near misses
        ("How do I return the earbuds?", R),
        ("Wie kann ich die Bestellung stornieren?", C),
        ("Hoe kan ik het adres wijzigen?", A),
    ],
)
def test_how_to_use_the_product_is_a_product_question(text, intent):
    expect(text, intent, None)


# ------------------------------------------------------------ what it contains
# "Is it gluten free?", "does it contain nuts?": a question about the product.  "The box
# contained only two" is a complaint about the delivery.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Is this chocolate gluten free?", P),
        ("Does the sauce contain any nuts? My daughter is allergic.", P),
        ("Ist das Müsli laktosefrei?", P),
        ("Enthält die Creme Parabene?", P),
        ("Ce shampoing contient-il des sulfates ?", P),
        ("¿El pan es sin gluten?", P),
        ("¿Contiene lactosa este yogur en polvo?", P),
        ("Il biscotto contiene glutine?", P),
        ("Bevat deze pindakaas palmolie?", P),
        ("Czy ten batonik zawiera orzechy?", P),
        ("Innehåller tvålen parfym?", P),
        ("Bu ürün gluten içeriyor mu?", P),
        ("この商品には小麦が含まれていますか？", P),
        # near misses
        ("The box contained only 2 of the 4 cups.", D),
        ("Im Karton waren nur 2 von 4 Tassen.", D),
    ],
)
def test_what_the_product_contains_is_a_product_question(text, intent):
    expect(text, intent, None)


# ------------------------------------------------------------ "if not, I'll cancel"
# A question with a cancellation or return only on condition ("if so / if not / otherwise
# I'll cancel"): the question is the main ask.  A cancellation asked outright stays one.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Does it fit a 2019 Golf? If not, I'd like to return it.", P),
        ("Is it dishwasher safe? If yes, great, otherwise I will cancel.", P),
        ("Ist der Akku enthalten? Falls nicht, möchte ich stornieren.", P),
        ("Le câble est-il compatible avec l'iPad ? Sinon je vais le renvoyer.", P),
        ("¿Es compatible con Android? Si no, quiero cancelar el pedido.", P),
        ("È compatibile con il Bimby? Se no, vorrei restituirlo.", P),
        ("Past dit op een Philips? Zo niet, dan wil ik annuleren.", P),
        ("Czy pasuje do iPhone 15? Jeśli nie, chcę anulować zamówienie.", P),
        ("Passar den till iPhone 15? Annars vill jag avbryta köpet.", P),
        ("iPhone 15 ile uyumlu mu? Değilse iptal etmek istiyorum.", P),
        ("Has it shipped yet? Otherwise I will have to cancel.", W),
        ("Avez-vous expédié ? Sinon je vais devoir annuler.", W),
        # near misses: the cancellation is asked outright
        ("Please cancel my order, I found it cheaper elsewhere.", C),
        ("Has it shipped? If not, please cancel it.", C),
        ("Bitte stornieren Sie die Bestellung, sie passt nicht zu meinem Auto.", C),
    ],
)
def test_a_cancellation_on_condition_leaves_the_question_the_main_ask(text, intent):
    expect(text, intent, None)


# ------------------------------------------------------------ Swedish "avbeställa"
# "Avbeställa" (to cancel an order) and its forms; "beställde fel" without "jag" is still
# the buyer's own slip.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Jag vill avbeställa min order.", C),
        ("Kan ni avbeställa ordern? Den behövs inte längre.", C),
        ("Det dröjer för länge, jag avbeställer.", C),
        ("Vill avbeställa, tack.", C),
        ("Avbeställning av order 402-1234567-1234567.", C),
        ("Kan jag avbryta köpet? Beställde fel färg.", C),
        # near misses
        ("Jag vill inte avbeställa. Var är paketet?", W),
        ("Ni skickade fel färg, jag beställde svart.", D),
    ],
)
def test_swedish_avbestalla_is_a_cancellation(text, intent):
    expect(text, intent, None)


# ------------------------------------------------------------ paying on invoice
# "Can we pay on invoice / through Amazon Business?": a payment or account question (other),
# not a request for an invoice document.  Asking for the invoice stays invoice.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Can our school pay by invoice through Amazon Business?", OTHER),
        ("Können wir als Verein per Rechnung über Amazon Business kaufen?", OTHER),
        ("Peut-on payer sur facture avec un compte Amazon Business ?", OTHER),
        ("¿Podemos pagar contra factura como empresa?", OTHER),
        ("Possiamo pagare con fattura a 30 giorni tramite Amazon Business?", OTHER),
        ("Kunnen wij als stichting op factuur bestellen?", OTHER),
        ("Czy możemy kupić na fakturę z odroczonym terminem płatności?", OTHER),
        ("Kan vi som företag handla mot faktura?", OTHER),
        ("Şirket olarak fatura karşılığı vadeli alabilir miyiz?", OTHER),
        ("会社として請求書払いで注文できますか？", OTHER),
        # near misses: the invoice document is asked for
        ("Please send the invoice for our Amazon Business order.", I),
        ("Proszę o fakturę na firmę.", I),
        ("Kan ni skicka fakturan till företaget?", I),
    ],
)
def test_paying_on_invoice_is_no_invoice_request(text, intent):
    expect(text, intent, None)


# ------------------------------------------------------------ "I ordered X, you sent Y"
# What came set against what was ordered: a wrong item.  "I ordered two weeks ago and it has
# not come" sets nothing against the order: where is it.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("You sent me a blue one, I ordered green.", D),
        ("I ordered the 2 m cable not the 1 m one.", D),
        ("The case is for a Galaxy S23, not S24 like the listing said.", D),
        ("Ich habe die Größe L bekommen, obwohl ich M bestellt habe.", D),
        ("Je reçois une housse grise alors que j'ai commandé la bleue.", D),
        ("Las fundas son negras y yo compré las rojas.", D),
        ("Mi è arrivata la versione da 64 GB mentre avevo ordinato quella da 128.", D),
        ("Ik kreeg een zwarte, terwijl ik een witte had besteld.", D),
        ("Fick en svart, men jag beställde en vit.", D),
        ("注文したのは白ですが、黒が届きました。", D),
        # near misses: nothing came
        ("I ordered two weeks ago and it still has not arrived.", W),
        ("Je n'ai rien reçu alors que j'ai commandé il y a deux semaines.", W),
        ("Ich habe vor zwei Wochen bestellt und noch nichts bekommen.", W),
        pytest.param(
            "I ordered on the 2nd and still haven't got it.",
            W,
            marks=pytest.mark.xfail(strict=True, reason="known miss: the model reads a wrong item"),
        ),
        ("Pedí el día 3 y todavía no llegó nada.", W),
    ],
)
def test_what_came_set_against_what_was_ordered_is_a_wrong_item(text, intent):
    expect(text, intent, None)


# ------------------------------------------------------------ plural and past forms of a defect
# "They don't turn on", "was missing", "it leaks": the same defect words in the plural, the
# past and the third person, in every language.  Said of the delivery they stay a delivery.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("The bottle leaks from the lid.", D),
        ("The lights won't turn on at all.", D),
        ("Die Pumpe läuft nicht, sie brummt nur.", D),
        ("Der Ventilator springt nicht an.", D),
        ("La bouilloire fuit par le bas.", D),
        ("Les écouteurs ne s'allument plus.", D),
        ("Los auriculares no encienden.", D),
        ("En la caja faltaban dos tornillos.", D),
        ("Le casse non si accendono.", D),
        ("Nella confezione mancavano le viti.", D),
        ("De doos was ingedeukt en de lamp heeft een barst.", D),
        ("W paczce brakowało pilota.", D),
        ("Słuchawki nie działają.", D),
        ("Laddaren saknades i kartongen.", D),
        ("Kutudan kablo çıkmadı.", D),
        ("付属品の充電ケーブルが入っていませんでした。", D),
        # near misses: the delivery, not the item
        ("Der Paketdienst läuft heute nicht, wann kommt es?", W),
        ("Faltaban dos días para la entrega y aún no llega.", W),
    ],
)
def test_defects_in_the_plural_and_the_past_are_defects(text, intent):
    expect(text, intent, None)


# ------------------------------------------------------------ "will it make it in time?"
# Will the parcel arrive before a day or an occasion: a delivery question in every language.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Will it make it by Saturday? It's a birthday present.", W),
        ("Kommt das Paket rechtzeitig bis Heiligabend an?", W),
        ("Le colis arrivera-t-il à temps pour Noël ?", W),
        ("¿Llegará a tiempo para el cumpleaños del sábado?", W),
        ("Arriverà in tempo per sabato? È un regalo.", W),
        ("Is het op tijd voor zaterdag? Het is een cadeau.", W),
        ("Czy paczka zdąży przed sobotą?", W),
        ("Hinner det komma fram till lördag?", W),
        ("Cumartesiye yetişir mi? Hediye olacak.", W),
        ("土曜日までに間に合いますか？", W),
        # near misses
        ("Is the jacket warm enough in time of frost?", P),  # round 12: the item asked
    ],
)
def test_will_it_arrive_in_time_asks_where_it_is(text, intent):
    expect(text, intent, None)


# ------------------------------------------------------------ the carrier's status stalls
# "Stopped in Madrid, why no progress", "delivery postponed", "delivery failed", "lying at
# the depot since Monday": the carrier's status quoted or told, a delivery question.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("UPS says delivery failed but I was home all day. What now?", W),
        ("DPD: delivery postponed twice. When is the real date?", W),
        ("Tracking hasn't moved since Tuesday, is it lost?", W),
        ("GLS meldet 'Zustellung verschoben'. Wie geht es weiter?", W),
        ("Die Sendung liegt seit Montag im Depot. Was ist los?", W),
        ("Colissimo : livraison reportée deux fois, c'est quand ?", W),
        ("Le colis n'a pas bougé depuis lundi à Lyon.", W),
        ("SEUR dice 'incidencia en la entrega'. ¿Qué pasa?", W),
        ("El paquete se paró en Zaragoza y no avanza.", W),
        ("Il pacco è fermo da lunedì a Bologna, come mai?", W),
        ("PostNL zegt 'bezorging mislukt', maar ik was thuis.", W),
        ("Het pakket ligt sinds maandag in het sorteercentrum.", W),
        ("Paczka leży w sortowni od środy, czemu nie doręczają?", W),
        ("PostNord skriver att leveransen misslyckades. Vad händer nu?", W),
        ("Kargo pazartesiden beri şubede bekliyor.", W),
        ("不在で持ち戻りになっていますが、ずっと家にいました。", W),
        # near misses
        ("Seit Montag funktioniert das Gerät nicht mehr.", D),
        ("The update failed on the app, how do I install it again?", P),
    ],
)
def test_a_stalled_carrier_status_asks_where_it_is(text, intent):
    expect(text, intent, None)


# ------------------------------------------------------------ "it comes when?", "new date?"
# "When" after the verb ("il arrive quand ?"), other verbs of bringing ("cuándo me lo
# traen"), and the new date asked for: a delivery question.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Il arrive quand, ce colis ?", W),
        ("C'est quand, la livraison ?", W),
        ("Je le reçois quand ?", W),
        ("¿Cuándo me lo traen?", W),
        ("¿Me dais una fecha aproximada de entrega?", W),
        ("Es kommt nicht wie angekündigt. Neues Lieferdatum?", W),
        ("Delivery moved again, what's the new delivery date?", W),
        ("La consegna è slittata, qual è la nuova data?", W),
        # near misses
        ("Quand je l'allume, rien ne se passe, il ne fonctionne pas.", D),
        ("¿Cuándo se puede lavar a 60 grados?", P),
    ],
)
def test_when_after_the_verb_and_a_new_date_ask_where_it_is(text, intent):
    expect(text, intent, None)


# ------------------------------------------------------------ "the invoice I asked for"
# The thing the buyer asked for before, named in a relative clause ("the invoice I asked
# for", "la factura que pedí", "waar ik om vroeg"), or "sorry to insist": a follow-up.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("The invoice I asked for still hasn't come.", I),
        ("Sent you a message two days ago about the broken lamp, any answer?", D),
        ("Die Rechnung, um die ich gebeten hatte, fehlt noch.", I),
        ("La facture que j'ai demandée n'est toujours pas arrivée.", I),
        ("Perdón que insista, la factura que pedí no ha llegado.", I),
        ("La fattura che ho chiesto non è ancora arrivata.", I),
        ("Come da mio messaggio precedente, il pacco non è arrivato.", W),
        ("De factuur waar ik om vroeg is er nog niet.", I),
        ("Ik vroeg vorige week om annulering, is dat gelukt?", C),
        ("Faktura, o którą prosiłem, nadal nie dotarła.", I),
        ("Prosiłam wczoraj o anulowanie, co dalej?", C),
        ("Kvittot jag frågade om har inte kommit.", I),
        ("İstediğim fatura hâlâ gelmedi.", I),
    ],
)
def test_what_the_buyer_asked_for_before_marks_a_follow_up(text, intent):
    expect(text, intent, True)


# "Found it, the neighbour had it, sorry for the trouble": closes the earlier message.
@pytest.mark.parametrize(
    "text",
    [
        "Found it, the neighbour had taken it in. Sorry for the trouble and thanks!",
        "Trovato, l'aveva ritirato mia figlia. Scusate e grazie!",
        "Der Nachbar hatte es angenommen. Entschuldigung für die Umstände, danke!",
        "Mon voisin l'avait. Désolé pour le dérangement, merci !",
        "Lo tenía el vecino. Perdonad la molestia y gracias.",
        "Ce l'aveva la vicina. Scusate il disturbo, grazie!",
        "De buren hadden het aangenomen. Sorry voor het ongemak, bedankt!",
        "Sąsiad miał paczkę. Przepraszam za kłopot, dzięki!",
        "Grannen hade tagit emot det. Ursäkta besväret, tack!",
        "Komşu almış, kusura bakmayın, teşekkürler.",
    ],
)
def test_found_at_the_neighbours_closes_the_earlier_message(text):
    expect(text, T, True)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # sorry for the trouble as an opening, with a request: a first message
        ("Désolé pour le dérangement, pourriez-vous annuler la commande ?", C),
        ("Perdón por las molestias, ¿podrían cancelar el pedido?", C),
        ("Scusate il disturbo, potreste annullare l'ordine?", C),
        ("No es lo que pedí, me llegó otro color.", D),
    ],
)
def test_an_apology_before_a_request_is_no_follow_up(text, intent):
    expect(text, intent, False)


# ------------------------------------------------------------ the photos the seller asked for
# Photos sent or asked about after the seller's request: a follow-up about the damage, even
# when it goes on to ask for a replacement or a refund.
@pytest.mark.parametrize(
    "text",
    [
        "Did you get the photos of the cracked mug? Will you send a new one?",
        "Haben Sie die Fotos erhalten? Bekomme ich Ersatz oder mein Geld zurück?",
        "Vous m'avez demandé des photos, les voici. J'attends le remplacement.",
        "¿Os llegaron las fotos? ¿Me mandáis otro o me devolvéis el dinero?",
        "Avete ricevuto le foto? Sostituzione o rimborso?",
        "Heeft u de foto's ontvangen? Krijg ik een nieuwe of mijn geld terug?",
        "Czy dostali Państwo zdjęcia? Wymiana czy zwrot pieniędzy?",
        "Har ni fått bilderna? Blir det en ny eller pengarna tillbaka?",
        "İstediğiniz fotoğrafları gönderdim. Değişim mi olacak para iadesi mi?",
    ],
)
def test_the_photos_asked_for_are_a_follow_up_about_the_damage(text):
    expect(text, D, True)


# ------------------------------------------------------------ fits, measures, warranty length
# Compatibility with the noun between ("past deze hoes op", "sirve este cargador para"),
# a measure asked ("wie lang?", "pojemność"), what it comes with, how long the warranty
# lasts: product questions.  A warranty claim for a broken item is not asked here.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("¿Sirve este adaptador para un portátil Lenovo?", P),
        ("Past deze lader op een Samsung S23?", P),
        ("このケーブルはiPhone 15に対応でしょうか", P),
        ("サイズ感を教えてください。", P),
        ("Jaka jest pojemność tego kubka?", P),
        ("Ist der Schlauch 5 m oder 10 m lang?", P),
        ("¿La almohada viene envasada al vacío?", P),
        ("Est-ce que ça vient avec le chargeur ?", P),
        ("How long is the warranty on this model?", P),
        ("La garantie est de combien de temps ?", P),
        ("Wie lange ist die Garantie auf das Gerät?", P),
        ("¿Cuántos años de garantía tiene?", P),
        ("Garantisi kaç yıl?", P),
        ("保証期間はどのくらいですか？", P),
        # near misses
        ("The handle broke after 6 months. Is there a warranty?", OTHER),
    ],
)
def test_fit_measure_and_warranty_length_are_product_questions(text, intent):
    expect(text, intent, None)


# ------------------------------------------------------------ "how long must I wait?"
# Impatience asked outright, and "sent or not?": a delivery question.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("How long do I have to wait? It's been 10 days.", W),
        ("Wie lange muss ich noch warten?", W),
        ("Combien de temps dois-je encore attendre ?", W),
        ("¿Cuánto tengo que esperar todavía?", W),
        ("Quanto devo ancora aspettare?", W),
        ("Hoe lang moet ik nog wachten?", W),
        ("Jak długo mam jeszcze czekać?", W),
        pytest.param(
            "Hur länge ska jag vänta?",
            W,
            marks=pytest.mark.xfail(
                strict=True, reason="known miss: the model reads a product question"
            ),
        ),
        ("Daha ne kadar bekleyeceğim?", W),
        ("いつまで待てばいいですか？", W),
        ("Have you sent it or not?", W),
        ("Ist es nun verschickt oder nicht?", W),
        ("L'avez-vous envoyé ou pas ?", W),
        ("¿Lo habéis enviado o no?", W),
        ("L'avete spedito o no?", W),
        ("Is het nu verzonden of niet?", W),
        # near misses
        ("How long does the battery last?", P),
        ("Wie lange muss ich das Gerät laden?", P),
    ],
)
def test_how_long_to_wait_and_sent_or_not_ask_where_it_is(text, intent):
    expect(text, intent, None)


# ------------------------------------------------------------ "not the right colour for my room"
# A colour or size that does not suit the buyer's room or taste is a return (a preference),
# not a wrong item; "not the right colour, I ordered blue" stays a wrong item.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("I'd like to send it back, not the right colour for my living room.", R),
        ("Je veux le retourner, ce n'est pas la bonne couleur pour ma cuisine.", R),
        ("Ich möchte es zurückschicken, die Farbe passt nicht zu meiner Küche.", R),
        ("Quiero devolverlo, el color no pega con mi salón.", R),
        ("Vorrei restituirlo, il colore non si abbina al mio divano.", R),
        ("Ik wil het terugsturen, de kleur past niet bij mijn bank.", R),
        ("Ik wil dit terugsturen, c'est pas la bonne couleur pour mon bureau.", R),
        # near misses: not what was ordered
        ("Ce n'est pas la bonne couleur, j'ai commandé du bleu.", D),
        ("Wrong colour sent, I ordered red.", D),
    ],
)
def test_a_colour_that_does_not_suit_the_room_is_a_return(text, intent):
    expect(text, intent, None)


# ------------------------------------------------------------ the photos, sent
# "Here are the photos", "Fotos angehängt": the photos a damage claim was asked for, sent in
# reply or with a first message (the flag is left open); the damage goes on (set 4: read as
# `other` or a delivery question).  Photos named in a product question keep the question.
@pytest.mark.parametrize(
    ("text", "intent", "follow_up"),
    [
        ("Here are the pictures you wanted, the corner is crushed.", D, None),
        ("I've attached the photos now. What happens next?", D, None),
        ("Die Bilder sind angehängt, wie geht es jetzt weiter?", D, None),
        ("Anbei die Fotos vom Karton.", D, None),
        ("Voici les photos du carton.", D, None),
        ("Photos en pièce jointe, merci de regarder.", D, None),
        ("Le adjunto las fotos del producto, ya me dirá.", D, None),
        ("Ecco le immagini del pacco, fatemi sapere.", D, None),
        ("Foto in allegato, preferisco un nuovo articolo.", D, None),
        ("Bijgevoegd de foto's van de doos.", D, None),
        ("Przesyłam zdjęcia kartonu.", D, None),
        ("Bifogar bilder på kartongen.", D, None),
        ("Kutunun fotoğraflarını ekledim.", D, None),
        ("Is the charger included? I cannot see it in the pictures.", P, None),
        ("Ist ein Netzteil dabei? Auf den Bildern sehe ich keins.", P, None),
        ("Est-ce que le chargeur est inclus ? Je ne le vois pas sur les photos.", P, None),
        ("Where is my parcel? The photo from the driver shows another door.", W, None),
    ],
)
def test_photos_sent_in_reply_keep_the_damage(
    text: str, intent: Intent, follow_up: bool | None
) -> None:
    expect(text, intent, follow_up)


# ------------------------------------------------------------ needed by a day
# "Will it arrive by Friday?", "Arriva entro venerdì?", "Czy dotrze do piątku?": a delivery
# question with a deadline (set 4: read as `other`).  A day named for another matter, or a
# product question with a date, keeps its own intent.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Will it arrive before the weekend? It's for a party.", W),
        ("Can you get it here by the 12th? Otherwise I'll buy locally.", W),
        ("Could I have it by Thursday? We leave on holiday Friday.", W),
        ("Kommt das noch bis Weihnachten an?", W),
        ("Schafft ihr das bis Freitag? Brauche es für eine Feier.", W),
        ("Est-ce que ça peut arriver avant vendredi ? C'est pour un anniversaire.", W),
        ("¿Llegará antes del sábado? Es un regalo.", W),
        ("Lo ricevo entro sabato? Mi serve per una festa.", W),
        ("Komt het nog voor zaterdag?", W),
        ("Czy paczka dojdzie przed świętami? Na 20 grudnia?", W),
        ("Kommer paketet fram innan helgen?", W),
        ("Cumaya kadar gelir mi? Hediye olacak.", W),
        ("Please cancel it if it cannot come by Friday, I found it in a shop.", C),
        ("Can I return it by Friday? It does not fit.", R),
        ("Does it come with a charger? I need to know by Friday.", P),
    ],
)
def test_a_deadline_asks_when_it_arrives(text: str, intent: Intent) -> None:
    expect(text, intent, None)


# ------------------------------------------------------------ only the label
# The carrier's page shows only that a label was made ("label created", "etiqueta creada",
# "nadano etykietę", "gönderi oluşturuldu", "elektronisk avisering"), or the order is "still
# being prepared": has it shipped at all? (set 4: read as `other`).  A return label the
# buyer made keeps the return.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Tracking just says shipping label created since Monday.", W),
        ("Seit Tagen steht da nur: Sendung elektronisch angekündigt.", W),
        ("Le suivi affiche « étiquette créée » depuis 4 jours.", W),
        ("Mi pedido aún no ha salido, solo aparece 'etiqueta creada'.", W),
        ("Da una settimana c'è solo 'etichetta creata'.", W),
        ("Status: zending aangemeld, verder niets sinds dinsdag.", W),
        ("Od środy tylko 'utworzono etykietę'.", W),
        ("Zamówienie ciągle w przygotowaniu, od 6 dni.", W),
        ("Det står bara elektronisk avisering mottagen sedan fredag.", W),
        ("3 gündür sadece 'gönderi oluşturuldu' görünüyor.", W),
        ("Ma commande n'est pas encore partie ? Ça fait une semaine.", W),
        ("I printed the return label, where do I drop the parcel off?", R),
        ("Das Rücksendeetikett gedruckt, wohin schicke ich die Retoure?", R),
    ],
)
def test_a_label_only_status_asks_where_it_is(text: str, intent: Intent) -> None:
    expect(text, intent, None)


# ------------------------------------------------------------ nobody in, says the carrier
# The carrier reports nobody at home (while the buyer was in), or the buyer asks when the
# next attempt comes ("il repasse quand ?", "quando ripassa?", "kiedy ponowna dostawa?"):
# a delivery question (set 4: read as `other`).  Out all day, "send it to my office" keeps
# the address change.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("The driver said no one was home. I was in all day! When will they try again?", W),
        (
            "Laut DHL nicht angetroffen, dabei war ich da. Kommt ein neuer Zustellversuch?",
            W,
        ),
        ("Colissimo indique destinataire absent, j'étais là. Le livreur repasse demain ?", W),
        ("Pone destinatario ausente y estuve todo el día. ¿Vuelven a pasar?", W),
        ("SDA dice destinatario assente, ma ero a casa. Ripassano domani?", W),
        (
            "Er staat niemand thuis geweest, maar ik was er. Komt er een nieuwe bezorgpoging?",
            W,
        ),
        ("Kurier twierdzi, że nikogo nie było. Kiedy ponowna dostawa?", W),
        ("PostNord skriver att ingen var hemma, men jag var där. Nytt försök?", W),
        ("Alıcı adreste bulunamadı yazıyor, evdeydim. Tekrar dağıtım ne zaman?", W),
        ("不在票が入っていましたが、ずっと家にいました。再配達はいつになりますか", W),
        ("Nobody's home on weekdays, could you send it to my office address instead?", A),
        ("Ich bin tagsüber nicht zu Hause, bitte an meine Packstation schicken.", A),
    ],
)
def test_nobody_in_says_the_carrier_asks_when_it_comes(text: str, intent: Intent) -> None:
    expect(text, intent, None)


# ------------------------------------------------------------ at the pickup point, not there
# The carrier says the parcel is at a pickup point or locker, but the shop has not got it, or
# no pickup code came (set 4: read as `other`, an address change or a product question).
# Asking for a pickup point instead of the door keeps the address change.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Tracking says it's at the parcel shop but the store says they don't have it.", W),
        ("Laut DPD liegt es in der Filiale, die haben es aber nicht. Was nun?", W),
        ("Le suivi dit point relais, mais le commerçant dit qu'ils ne l'ont pas.", W),
        ("Dice que está en el punto de recogida pero allí no lo encuentran.", W),
        ("Risulta al punto di ritiro ma il negozio dice che non ce l'hanno.", W),
        ("Het ligt bij het afhaalpunt volgens de site, maar de winkel heeft het niet gevonden.", W),
        ("Paczka niby w punkcie odbioru, ale w sklepie mówią, że nie mają jej.", W),
        ("Det står att paketet ligger hos ombudet men butiken har det inte.", W),
        ("Kargo şubede görünüyor ama şube bulamadı diyor.", W),
        ("コンビニ受け取りにしましたが、お店にまだ届いていないと言われました", W),
        ("The locker says delivered but I never got a pickup code.", W),
        ("Please send it to a pickup point instead of my home.", A),
        ("Bitte an die Packstation statt an meine Adresse schicken.", A),
    ],
)
def test_at_the_pickup_point_but_not_there_asks_where_it_is(text: str, intent: Intent) -> None:
    expect(text, intent, None)


# ------------------------------------------------------------ not sent yet, an invoice later
# "Not dispatched yet? I also need an invoice, but that can wait": the shipping is the main
# ask (set 4: read as an invoice).  An invoice asked for alone, or a missing invoice after
# delivery, stays an invoice; "not sent yet, so send it to ..." stays an address change.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Still not shipped? I need a receipt too, but no rush.", W),
        ("Has it not been dispatched yet? An invoice would be nice later.", W),
        ("Noch nicht verschickt? Eine Rechnung brauche ich auch, eilt nicht.", W),
        ("Toujours pas expédié ? Il me faudra aussi une facture, mais plus tard.", W),
        ("Mi pedido sigue sin salir. También quiero factura, pero eso después.", W),
        ("Non è ancora stato spedito? Mi serve anche la fattura, ma non è urgente.", W),
        ("Nog niet verzonden? Ook graag een factuur, maar eerst het pakket.", W),
        ("Kiedy wysyłka? Faktura też, ale to później.", W),
        ("Inte skickat ännu? Kvitto också, inte bråttom.", W),
        ("Kargoya ne zaman verilir? Fatura da lazım, acelesi yok.", W),
        ("発送はまだでしょうか。領収書は後でも大丈夫です。", W),
        ("Could you send the invoice for my order? No rush.", I),
        ("Das Paket ist angekommen, aber die Rechnung fehlt. Bitte schicken.", I),
        ("Mi pedido sigue sin salir, así que envíenlo a mi nueva dirección: Calle Sol 4.", A),
    ],
)
def test_a_shipping_ask_beats_an_invoice_for_later(text: str, intent: Intent) -> None:
    expect(text, intent, None)


# ------------------------------------------------------------ how long is the warranty
# "Quanto dura la garanzia?", "Hoelang garantie?", "Jaka gwarancja?", "2 or 3 years?": the
# warranty's length asked before buying or after (set 4: read as `other`).  A warranty
# claim for an item that broke stays out of the product questions.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Warranty how many years on this one?", P),
        ("What warranty?", P),
        ("Is the warranty 1 or 2 years?", P),
        ("Welche Garantie?", P),
        ("La garantie, c'est 2 ou 3 ans ?", P),
        ("¿Cuánto dura la garantía del secador?", P),
        ("Quanto dura la garanzia del frullatore?", P),
        ("Hoelang garantie heeft de stofzuiger?", P),
        ("Ile trwa gwarancja na ten czajnik?", P),
        ("Vilken garanti?", P),
        ("Garantisi ne kadar?", P),
        ("The kettle stopped working after 14 months, it is still under warranty. Repair?", OTHER),
    ],
)
def test_how_long_the_warranty_lasts_is_a_product_question(text: str, intent: Intent) -> None:
    expect(text, intent, None)


# ------------------------------------------------------------ one item off, keep the rest
# "Take the rug off, I keep the rest", "nur 2 schicken", "togliete dall'ordine la cover":
# a partial cancel before shipping (set 4: read as `other`).  Removing a part of a product
# in use, or keeping the rest of a delivery with one item broken, is no cancel.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Please remove the blue mug, I'll keep the rest of the order.", C),
        ("Could you only send two of the three lamps?", C),
        ("Bitte die Kissenbezüge streichen, den Rest behalte ich.", C),
        ("Bitte nur 1 Packung schicken statt 3.", C),
        ("Merci d'enlever les bougies, je garde le reste.", C),
        ("Quiten el cargador, me quedo con el resto.", C),
        ("Rimuovete dall'ordine il secondo cavo, per favore.", C),
        ("Kunnen jullie de lamp eruit halen? De rest mag blijven.", C),
        ("Proszę usunąć kubek, reszta może zostać.", C),
        ("Kan ni ta bort muggen? Resten kan stå kvar.", C),
        ("Kupayı çıkarın lütfen, gerisi kalsın.", C),
        pytest.param(
            "Can I remove the legs for transport? How big is it without them?",
            P,
            marks=pytest.mark.xfail(strict=True, reason="known miss: the model reads a return"),
        ),
        ("One glass arrived broken, I keep the rest but need a new glass.", D),
    ],
)
def test_one_item_off_the_order_is_a_cancel(text: str, intent: Intent) -> None:
    expect(text, intent, None)


# ------------------------------------------------------------ a thumbs-up, a word of praise
# "Top, hat gepasst 👍", "Super, polecam 👍", "Harika, elinize sağlık", "またお願いします": a
# short happy note asks nothing (set 4: read as `other`).  Praise beside a fault or a
# question keeps the fault or the question.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("All good 👍", T),
        ("Passt perfekt, danke!", T),
        ("Super produit, bonne continuation à vous", T),
        ("Producto genial, gracias", T),
        ("Ottimo prodotto, complimenti", T),
        ("Goed geregeld, dank je", T),
        ("Polecam sprzedawcę!", T),
        ("Funkar bra, tack!", T),
        ("Elinize sağlık, çok güzel olmuş", T),
        ("良い商品でした。また利用します", T),
        ("Super produit mais le couvercle est arrivé cassé.", D),
        ("Polecam! Czy ten model pasuje do iPhone 13?", P),
        ("Funkar bra, men passar den till iPhone 13?", P),
    ],
)
def test_a_short_word_of_praise_is_thanks(text: str, intent: Intent) -> None:
    expect(text, intent, None)


# ------------------------------------------------------------ withdrawing before it ships
# "Je me rétracte avant l'envoi", "odstępuję od umowy przed wysyłką", "von der Bestellung
# zurücktreten, solange es noch nicht verschickt ist": a cancel (set 4: read as `other` or a
# delivery question).  Withdrawing after delivery is a return.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("I'd like to withdraw from the purchase before it ships, please don't send it.", C),
        ("Ich widerrufe den Kauf, bitte nicht verschicken.", C),
        ("Je souhaite me rétracter avant l'expédition de la commande.", C),
        ("Desisto de la compra antes del envío, por favor no lo envíen.", C),
        ("Esercito il recesso prima della spedizione, non spedite per favore.", C),
        ("Ik zie af van de koop voordat het verzonden wordt.", C),
        ("Odstępuję od zakupu, proszę nie wysyłać.", C),
        ("Jag ångrar köpet innan det skickas.", C),
        ("Cayma hakkımı kullanıyorum, lütfen kargoya verilmeden iptal edin.", C),
        ("Ich möchte vom Kauf zurücktreten, die Ware kam gestern. Wie schicke ich sie zurück?", R),
    ],
)
def test_withdrawing_before_it_ships_is_a_cancel(text: str, intent: Intent) -> None:
    expect(text, intent, None)


# ------------------------------------------------------------ a question, or else a cancel
# "Is the adapter included? If not, I'd rather cancel": the question is the main ask, the
# cancel waits on the answer (set 4: "wenn nicht", "als het niet past", read as a cancel).
# A cancel with its own reason, no question first, stays a cancel.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Does it come with the wall bracket? If it doesn't, I'll cancel.", P),
        ("Ist die Halterung dabei? Wenn nicht, storniere ich.", P),
        ("Hoe breed is de kast precies? Als hij niet past annuleer ik.", P),
        ("Est-ce que l'adaptateur est inclus ? Si ce n'est pas le cas, j'annule.", P),
        ("Passar den till iPhone 13? Om den inte gör det avbeställer jag.", P),
        ("Please cancel, I found it cheaper elsewhere.", C),
        ("Bitte stornieren, ich brauche es nicht mehr.", C),
    ],
)
def test_a_question_with_a_conditional_cancel_is_the_question(text: str, intent: Intent) -> None:
    expect(text, intent, None)


# ------------------------------------------------------------ was it done?
# "Has the cancellation gone through?", "Udało się zmienić adres?", "İptal oldu mu?": asking
# whether the earlier cancel or address change was done continues that conversation (set 4:
# the intent was right, the follow-up missed).  Asking for the cancel or the change is a
# first message.
@pytest.mark.parametrize(
    ("text", "intent", "follow_up"),
    [
        ("Has the cancellation gone through? It still says pending.", C, True),
        ("Ist die Stornierung durch? Im Konto steht noch offen.", C, True),
        ("C'est bien annulé ? Je vois encore la commande.", C, True),
        ("¿Ya está cancelado? Sigo viendo el cargo.", C, True),
        ("È già annullato? Vedo ancora l'addebito.", C, True),
        ("Is het al geannuleerd? Ik zie het nog.", C, True),
        ("Czy zamówienie zostało już anulowane?", C, True),
        ("Är den avbeställd nu?", C, True),
        ("İptal edildi mi? Hâlâ bekliyor görünüyor.", C, True),
        ("キャンセルは完了しましたか？", C, True),
        ("Did you manage to change the delivery address?", A, True),
        ("Vous avez pu modifier l'adresse de livraison ?", A, True),
        ("¿Pudieron cambiar la dirección de entrega?", A, True),
        ("Siete riusciti a cambiare l'indirizzo di consegna?", A, True),
        ("Udało się zmienić adres dostawy?", A, True),
        ("Hann ni ändra leveransadressen?", A, True),
        ("Please cancel my order, I ordered the wrong size.", C, False),
        ("Can you change the delivery address to Hauptstraße 5?", A, False),
    ],
)
def test_asking_whether_it_was_done_is_a_follow_up(
    text: str, intent: Intent, follow_up: bool | None
) -> None:
    expect(text, intent, follow_up)


# ------------------------------------------------------------ a bare nudge
# "Et donc ?", "Und?", "En? Wat zeiden ze?", "I co z tą paczką?", "Har ni hört något?":
# only makes sense after an earlier message; with nothing else named it asks where the
# order is (set 4: read as `other`, not a follow-up).  "And" opening a real question, or
# "what did they say" about a product review, keep their own reading.
@pytest.mark.parametrize(
    ("text", "intent", "follow_up"),
    [
        ("And?", W, True),
        ("So...?", W, True),
        ("Und?", W, True),
        ("Et donc ?", W, True),
        ("¿Y bien?", W, True),
        ("E quindi?", W, True),
        ("En?", W, True),
        ("I co?", W, True),
        ("Och?", W, True),
        ("Peki?", W, True),
        ("> We asked the courier.\n\nAnd? What did they say?", W, True),
        ("> Wir haben beim Versanddienst nachgefragt.\n\nUnd? Was haben sie gesagt?", W, True),
        ("I co z tą paczką?", W, True),
        ("Har ni hört något från DHL?", W, True),
        ("And does it come in black?", P, True),  # round 12: the next turn of a thread
        ("Et la garantie, c'est combien de temps ?", P, True),
    ],
)
def test_a_bare_nudge_is_a_follow_up(text: str, intent: Intent, follow_up: bool | None) -> None:
    expect(text, intent, follow_up)
