"""Intent rules and the language guess, on short texts written apart from the corpus."""

from __future__ import annotations

import pytest

from bot.domain import Intent
from bot.mail.intent import classify, recognise, scores
from bot.mail.language import detect_language

W, C, R, D, A, P, T, OTHER = (
    Intent.WHERE_IS_MY_ORDER,
    Intent.CANCEL,
    Intent.RETURN,
    Intent.DAMAGED_OR_WRONG,
    Intent.ADDRESS_CHANGE,
    Intent.PRODUCT_QUESTION,
    Intent.THANKS,
    Intent.OTHER,
)

TEXTS = [
    # English
    ("My parcel never turned up. Can you look into it?", W),
    ("It's been 3 weeks and I still haven't got my order.", W),
    ("Could you send the tracking number please?", W),
    ("I need to cancel this order, sorry.", C),
    ("How can I return this? It doesn't suit me.", R),
    ("The screen is cracked, it arrived like that.", D),
    ("You sent me the wrong size, I ordered a medium.", D),
    ("Please update my delivery address to 12 High Street.", A),
    ("Does this charger work with a Pixel 8?", P),
    ("Thanks, all good now!", T),
    # German
    ("Mein Paket ist immer noch nicht angekommen.", W),
    ("Wann wird meine Bestellung geliefert?", W),
    ("Ich möchte die Bestellung stornieren.", C),
    ("Wie kann ich die Ware zurückschicken?", R),
    ("Das Glas ist zerbrochen angekommen.", D),
    ("Bitte ändern Sie die Lieferadresse.", A),
    ("Ist das Kabel kompatibel mit USB-C?", P),
    ("Vielen Dank, alles bestens!", T),
    # French
    ("Je n'ai pas reçu mon colis.", W),
    ("Quand vais-je recevoir ma commande ?", W),
    ("Merci d'annuler ma commande.", C),
    ("Je voudrais un remboursement, l'article ne me plaît pas.", R),
    ("Le produit est défectueux, il ne fonctionne pas.", D),
    ("Je dois changer l'adresse de livraison.", A),
    ("Est-ce que ce produit est compatible avec un iPhone ?", P),
    # Spanish
    ("Mi pedido aún no ha llegado.", W),
    ("¿Me puede dar el número de seguimiento?", W),
    ("Quiero cancelar el pedido.", C),
    ("Me gustaría devolver el artículo.", R),
    ("El artículo llegó dañado.", D),
    ("Necesito cambiar la dirección de entrega.", A),
    ("¿Es compatible con la versión anterior?", P),
    # Italian
    ("Il pacco non è ancora arrivato.", W),
    ("Vorrei annullare il mio ordine.", C),
    ("Come posso restituire il prodotto?", R),
    ("Mi è arrivato un articolo sbagliato.", D),
    ("Devo cambiare l'indirizzo di consegna.", A),
    ("È compatibile con il modello precedente?", P),
    # Japanese
    ("商品がまだ届きません。", W),
    ("注文をキャンセルしたいです。", C),
    ("商品が破損していました。", D),
]


@pytest.mark.parametrize(("text", "intent"), TEXTS)
def test_rules_on_texts_written_apart_from_the_corpus(text, intent):
    assert classify("", text) is intent, scores("", text)


def test_held_out_accuracy_is_printed():
    right = sum(classify("", text) is intent for text, intent in TEXTS)
    print(f"intent right on {right}/{len(TEXTS)} texts written apart from the corpus")
    assert right / len(TEXTS) >= 0.95


@pytest.mark.parametrize(
    ("subject", "intent"),
    [
        ("Order delivery inquiry from Amazon customer Sam (Order: 111-1111111-1111111)", W),
        ("Ship faster inquiry from Amazon customer Sam (Order: 111-1111111-1111111)", W),
        ("Return policy enquiry from Amazon customer Sam (Order: 202-1111111-1111111)", R),
        ("Product details inquiry from Amazon customer Sam", P),
        ("Re: Return policy inquiry from Amazon customer Sam", R),
        pytest.param(
            "Inquiry from Amazon customer Sam (Order: 111-1111111-1111111)",
            OTHER,
            marks=pytest.mark.xfail(
                strict=True,
                reason="known miss: a body that names nothing: the model guesses where is my order",
            ),
        ),
    ],
)
def test_the_subject_topic_decides_when_the_text_says_nothing(subject, intent):
    assert classify(subject, "Hello, see my question.") is intent


def test_a_buyer_name_in_the_subject_is_not_a_topic():
    subject = "Inquiry from Amazon customer Return Cancel (Order: 111-1111111-1111111)"
    assert classify(subject, "Hello") is OTHER


def test_the_text_outweighs_a_misleading_topic():
    subject = "Product details inquiry from Amazon customer Kim (Order: 111-1111111-1111111)"
    text = "Where is my order? It still hasn't arrived and I need the tracking number."
    assert classify(subject, text) is W


def test_a_negated_cancel_does_not_count():
    text = "I don't want to cancel, I only want to know where my package is."
    assert classify("", text) is W


def test_repeating_a_word_does_not_make_it_stronger():
    once = scores("", "refund")[R]
    assert scores("", "refund refund refund refund")[R] == once


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Hello, I have not received my order yet. Can you help?", "en"),
        ("Hallo, ich habe meine Bestellung noch nicht erhalten. Können Sie mir helfen?", "de"),
        ("Bonjour, je n'ai pas encore reçu ma commande. Pouvez-vous m'aider ?", "fr"),
        ("Hola, todavía no he recibido mi pedido. ¿Me pueden ayudar?", "es"),
        ("Buongiorno, non ho ancora ricevuto il mio ordine. Mi potete aiutare?", "it"),
        ("注文した商品がまだ届いていません。", "ja"),
        ("Hallo, ik heb mijn bestelling nog steeds niet ontvangen. Kunt u helpen?", "nl"),
        ("Dzień dobry, nadal nie otrzymałam zamówienia. Czy możecie pomóc?", "pl"),
        ("Hej, jag har fortfarande inte fått min beställning. Kan ni hjälpa mig?", "sv"),
        ("Merhaba, siparişim hâlâ gelmedi. Yardımcı olur musunuz?", "tr"),
    ],
)
def test_language_of_a_full_sentence(text, lang):
    assert detect_language(text) == lang


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # short, without the language's own letters, or with an order number in the way
        ("waar blijft mn pakketje, bestelnr 403-1234567-7654321", "nl"),
        ("gdzie jest moja paczka?? zamowienie 405-1234567-7654321", "pl"),
        ("var är mitt paket? order 406-1234567-7654321", "sv"),
        ("siparisim nerede, hala gelmedi", "tr"),
        ("İADE ETMEK İSTİYORUM, LÜTFEN YARDIMCI OLUN", "tr"),
    ],
)
def test_language_of_a_short_or_plain_lettered_message(text, lang):
    assert detect_language(text) == lang


@pytest.mark.parametrize(
    ("text", "prefer", "lang"),
    [
        # "is" is English and Dutch: on amazon.nl the Dutch reading wins a one-word margin
        ("Het kussenhoes is beschadigd aangekomen, de naad is gescheurd.", ("nl",), "nl"),
        ("Kuddfodralet kom skadat, sömmen har gått upp.", ("sv",), "sv"),
        ("Het pakket is kapot.", ("fr", "nl"), "nl"),
        # a clear majority stays: an English buyer on amazon.de gets English
        ("Where is my order? It has not arrived and the tracking is stuck.", ("de",), "en"),
    ],
)
def test_the_marketplace_language_wins_a_near_count(text, prefer, lang):
    assert detect_language(text, prefer=prefer) == lang


@pytest.mark.parametrize("text", ["", "ok", "tracking?", "12345", "Ciao Hallo Hello"])
def test_language_is_none_when_the_text_is_too_thin(text):
    assert detect_language(text) is None


# Situations told in every language (written apart from every corpus): the wrong item
# after an order, a wet parcel, a locker or an office as the address, a product back in
# stock, "have you cancelled yet?", a matter closed, a price drop, a warranty.
W_, C_, R_, D_, A_, I_, T_, P_, O_ = (
    "where_is_my_order",
    "cancel",
    "return",
    "damaged_or_wrong",
    "address_change",
    "invoice",
    "thanks",
    "product_question",
    "other",
)
SITUATIONS = [
    ("I ordered the blue mug and you sent me a green one.", D_, False),
    ("Ich habe schwarz bestellt und weiß bekommen.", D_, False),
    ("J'ai commandé un 42 et j'ai reçu un 40.", D_, False),
    ("Pedí el modelo grande y me llegó el pequeño.", D_, False),
    ("Ik heb maat L besteld maar M gekregen.", D_, False),
    ("Zamówiłam rozmiar 38, a przyszedł 40.", D_, False),
    ("The parcel came soaking wet and the book is ruined.", D_, False),
    ("Das Paket kam völlig durchnässt an.", D_, False),
    ("Het pakket was nat en de doos kapot.", D_, False),
    ("Could you send it to a parcel locker instead?", A_, False),
    ("Können Sie es an meine Arbeit schicken statt nach Hause?", A_, False),
    ("Pouvez-vous l'envoyer en point relais ?", A_, False),
    ("Kunnen jullie het naar een afhaalpunt sturen?", A_, False),
    ("Czy możecie wysłać do paczkomatu?", A_, False),
    ("Is the blue one going to be back in stock soon?", P_, False),
    ("Gibt es eine Anleitung auf Deutsch?", P_, False),
    ("Is the manual in Dutch?", P_, False),
    ("Komt deze weer op voorraad?", P_, False),
    ("Have you cancelled it yet? It still says pending.", C_, True),
    ("Haben Sie die Bestellung schon storniert?", C_, True),
    ("Avez-vous bien annulé ma commande ?", C_, True),
    ("Heeft u de bestelling al geannuleerd?", C_, True),
    ("Never mind, found it behind the bins. Thanks anyway!", T_, True),
    ("Hat sich erledigt, lag beim Nachbarn. Danke trotzdem!", T_, True),
    ("Thanks for the fast reply!", T_, True),
    ("Bedankt voor uw antwoord!", T_, True),
    ("Dziękuję za odpowiedź.", T_, True),
    ("Tack för svaret!", T_, True),
    ("I sent the photos you asked for yesterday.", D_, True),
    ("The return reached you a week ago, still no refund.", R_, True),
    ("The price went down the day after I bought it, can you refund the difference?", O_, False),
    ("It stopped working after two years, is it still under warranty?", O_, False),
    ("Could you reissue the invoice with my company address?", I_, False),
    ("Any update on my order? I need it by Friday.", W_, False),
    ("Heeft u al nieuws over mijn pakket?", W_, False),
    ("Kargom gümrükte bekliyor, ne kadar sürer?", W_, False),
    ("Paket gümrükte takıldı, ne zaman gelir?", W_, False),
    ("Siparişimi iptal ettiniz mi? Hâlâ hazırlanıyor yazıyor.", C_, True),
    ("Faturayı şirket adresimle yeniden düzenleyebilir misiniz?", I_, False),
    ("Ürün ıslak geldi, kutu da yırtık.", D_, False),
    ("Fick fel storlek, beställde M men fick L.", D_, False),
    ("Kan ni skicka paketet till ett ombud i stället?", A_, False),
]


@pytest.mark.parametrize(("text", "intent", "follow_up"), SITUATIONS)
def test_situations_in_every_language(text, intent, follow_up):
    found = recognise("", text)
    assert (found.intent.value, found.follow_up) == (intent, follow_up), found.scores


# Everyday messages in every language, short, misspelt, with order numbers, reminders
# (written apart from every corpus).
EVERYDAY = [
    ("hasnt come yet, its been 10 days", W_, False),
    ("wheres my stuff??", W_, False),
    ("parcel still not here. order 205-1234567-1234567", W_, False),
    ("Tracking hasn't updated since Monday, is it lost?", W_, False),
    ("Paket noch nicht da, Sendungsnummer geht nicht", W_, False),
    ("wo bleibt mein päckchen", W_, False),
    ("Mon colis n'est toujours pas arrivé, que se passe-t-il ?", W_, False),
    ("pas reçu mon colis", W_, False),
    ("No me ha llegado nada todavía", W_, False),
    ("dove è finito il mio pacco?", W_, False),
    ("can u cancel pls, ordered wrong one", C_, False),
    ("Bitte stornieren, hab mich verklickt", C_, False),
    ("Annulez ma commande svp", C_, False),
    ("cancela el pedido porfa", C_, False),
    ("annullate l'ordine per favore", C_, False),
    ("I'd like to send it back, how do I get a return label?", R_, False),
    ("Ich möchte den Artikel zurückgeben", R_, False),
    ("je souhaite être remboursé et renvoyer l'article", R_, False),
    ("quiero devolverlo, no me convence", R_, False),
    ("voglio fare il reso", R_, False),
    ("the mug came smashed", D_, False),
    ("item arrived broken, box was crushed", D_, False),
    ("Der Toaster ist defekt angekommen", D_, False),
    ("l'écran est fissuré à la réception", D_, False),
    ("llegó roto el jarrón", D_, False),
    ("è arrivato rotto", D_, False),
    ("you sent the wrong colour", D_, False),
    ("can you ship to my new address instead: 4 Elm St", A_, False),
    ("Bitte an meine neue Adresse liefern: Hauptstr. 3", A_, False),
    ("je me suis trompé d'adresse, c'est 12 rue de la Paix", A_, False),
    ("me equivoqué en la dirección, es calle Mayor 5", A_, False),
    ("ho sbagliato indirizzo, è via Roma 3", A_, False),
    ("need a VAT invoice for this order pls", I_, False),
    ("Können Sie mir eine Rechnung schicken?", I_, False),
    ("j'ai besoin d'une facture", I_, False),
    ("necesito factura con mi NIF", I_, False),
    ("mi serve la fattura", I_, False),
    ("got it today, thanks a lot!", T_, False),
    ("Danke, ist angekommen!", T_, False),
    ("reçu, merci beaucoup", T_, False),
    ("recibido, muchas gracias", T_, False),
    ("arrivato, grazie mille", T_, False),
    ("does it come with batteries?", P_, False),
    ("Ist das Gehäuse aus Metall?", P_, False),
    ("est-ce que ça rentre dans un tiroir de 40 cm ?", P_, False),
    ("¿viene con cargador?", P_, False),
    ("è adatto ai bambini?", P_, False),
    ("do you ship to Norway?", O_, False),
    ("hi", O_, False),
    ("Are you hiring?", O_, False),
    ("荷物はいつ届きますか", W_, False),
    ("注文をキャンセルしてください", C_, False),
    ("返品したいです", R_, False),
    ("届いた商品が壊れていました", D_, False),
    ("届け先の住所を変更したいです", A_, False),
    ("領収書を発行してください", I_, False),
    ("無事届きました。ありがとうございます", T_, False),
    ("この商品は防水ですか？", P_, False),
    ("Hi, ordr 114-2233445-6677889 nvr arived. pls chek", W_, False),
    ("any tracking info? nothing on royal mail site", W_, False),
    ("Still waiting!! This is the 3rd time I'm asking", W_, True),
    ("Following up on my message from Tuesday, no parcel yet", W_, True),
    ("Bestellung 302-1111111-2222222: seit 2 Wochen nix gekommen", W_, False),
    ("Hallo nochmal, Paket immer noch nicht da!!", W_, True),
    ("Toujours rien reçu, je vous relance", W_, True),
    ("cuando llega?? ya pasaron 10 dias", W_, False),
    ("Vi riscrivo: il pacco non è ancora arrivato", W_, True),
    ("cancle my order plz", C_, False),
    ("I want a refund, the jacket is too big", R_, False),
    ("Can I exchange for a size L?", R_, False),
    ("Umtausch gegen Größe 42 möglich?", R_, False),
    ("Le produit est arrivé cassé, je veux un remboursement", D_, False),
    ("the glass was shattered when i opened the box", D_, False),
    ("Paket war nass und der Inhalt kaputt", D_, False),
    ("Me llegó otro modelo distinto al que pedí", D_, False),
    ("Mi è arrivato il colore sbagliato", D_, False),
    ("Please deliver to my office instead of my home", A_, False),
    ("Forgot my flat number! It's flat 4B", A_, False),
    ("Hausnummer fehlt, bitte 12a ergänzen", A_, False),
    ("Pouvez-vous ajouter le code de la porte : 1234B ?", A_, False),
    ("Can I get a receipt with VAT for my company?", I_, False),
    ("Bitte Rechnung mit USt-IdNr DE123456789", I_, False),
    ("thanks, all sorted now", T_, False),
    ("Vielen Dank für die schnelle Hilfe!", T_, False),
    ("merci pour votre aide !", T_, False),
    ("Is it dishwasher safe?", P_, False),
    ("Kann man das in der Spülmaschine waschen?", P_, False),
    ("Is this compatible with iPhone 14?", P_, False),
    ("Waar blijft mijn bestelling? Al 2 weken niks", W_, False),
    ("Kunnen jullie de bestelling annuleren?", C_, False),
    ("Ik wil dit retourneren, hoe werkt dat?", R_, False),
    ("Het product is kapot aangekomen", D_, False),
    ("Mogę prosić o fakturę?", I_, False),
    ("Paczka przyszła uszkodzona", D_, False),
    ("Chcę zwrócić produkt", R_, False),
    ("När kommer mitt paket?", W_, False),
    ("Jag vill returnera varan", R_, False),
    ("Kan jag få en faktura?", I_, False),
    ("Ürün kırık geldi", D_, False),
    ("Siparişimi iptal edin lütfen", C_, False),
    ("Fatura gönderebilir misiniz?", I_, False),
    ("Kargom 5 gündür gelmedi", W_, False),
]


@pytest.mark.parametrize(("text", "intent", "follow_up"), EVERYDAY)
def test_everyday_messages_in_every_language(text, intent, follow_up):
    found = recognise("", text)
    assert (found.intent.value, found.follow_up) == (intent, follow_up), found.scores
