# ruff: noqa: E501  (sentences are kept whole)
"""Round 27b: false alarms and missed violations of the marketing, off-Amazon and
cancellation rules on the development held-out sets 29 (typed fast on a phone: no accents,
abbreviations, typos) and 30 (formal house style), each class tested with sentences of our
own (none from a held-out set), beside the violations that must still block.  Measured with
the rules alone (no n-gram model).

F1: an off-Amazon payment the buyer offered, refused in the way people type fast ("we cant
take paypal", "nn possiamo", "on peut pas", "koennen wir nicht annehmen", "kan niet sorry").
F2: words that only look like a payment: Dutch "blik" (a tin), Spanish "iban" (they went) and
the name Ibáñez, a katakana name holding "リディア" ("メリディアン").
F3: the seller saying it can no longer cancel ("so i cant cancel now, u can refuse it").
F4: a game's promo card or tile, a piece of the product.
F5: a promotional price that already held on the order day, its difference refunded.
F6: "back in stock" told to a buyer who wanted to buy or pay for one more.
F7: "warto pamiętać o kilku rzeczach" (a few things worth knowing) after a month named.
M1: a cancellation asked of the buyer addressed informally or typed fast ("can u cancel on ur
end pls", "kun jij annuleren", "możesz anulować ze swojej strony", "してもらえますか").
"""

from __future__ import annotations

import pytest

from tests.compliance.rules_only import blocked

# --- F1: the buyer's payment refused, typed fast -----------------------------------------

REFUSED_FAST = [
    (
        "en",
        "hey thx for the offer but we cant take paypal for the spare lid, pls just order it on amazon",
    ),
    ("en", "we dont do venmo sorry, the extra strap is listed on amazon so u can add it there"),
    (
        "it",
        "grazie ma nn possiamo accettare paypal per la cinghia, la metto su amazon e la aggiungi li",
    ),
    (
        "fr",
        "merci mais on peut pas prendre paypal pour le couvercle, je le mets sur amazon ce soir",
    ),
    (
        "de",
        "danke, aber paypal koennen wir leider nicht annehmen, der deckel kommt morgen als eigener artikel auf amazon",
    ),
    ("nl", "tikkie kan niet sorry, ik zet het extra deksel morgen los op amazon"),
    ("sv", "swish funkar inte tyvarr, jag lagger upp locket som egen artikel pa amazon ikvall"),
    ("pl", "blik nie dziala niestety, wystawie pokrywke osobno na amazonie dzis wieczorem"),
    (
        "es",
        "gracias pero no podemos aceptar bizum, subo la tapa como articulo aparte en amazon esta noche",
    ),
    (
        "tr",
        "tesekkurler ama havale kabul edemiyoruz, kapagi bu aksam amazonda ayri urun olarak ekliyorum",
    ),
]

PAY_OFF_STILL = [
    ("en", "just send it by paypal, its quicker for both of us"),
    ("it", "mandami i soldi con paypal cosi facciamo prima"),
    ("fr", "envoyez-moi le montant par paypal, c est plus simple"),
    ("de", "zahlen sie bitte per ueberweisung auf unser konto"),
    ("nl", "stuur me even een tikkie, dan regelen we het zo"),
    ("sv", "swisha mig beloppet sa skickar jag locket direkt"),
]


@pytest.mark.parametrize(("lang", "text"), REFUSED_FAST)
def test_refused_payment_typed_fast_passes(lang: str, text: str) -> None:
    assert "off-amazon" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), PAY_OFF_STILL)
def test_payment_off_amazon_still_blocks(lang: str, text: str) -> None:
    assert "off-amazon" in blocked(text, lang)


# --- F2: words that only look like a payment ---------------------------------------------

LOOK_ALIKES = [
    (
        "nl",
        "Beste mevrouw De Groot, de deuk zat in het blik zelf, niet in de thee. U krijgt een nieuw blik; een blik kost ons 6 euro per blik.",
    ),
    ("nl", "Het blikje en de blikken van de vorige partij zijn in orde."),
    ("es", "hola, los platos iban cada uno envueltos en papel y las tazas iban a salir el lunes"),
    ("es", "Estimado Sr. Ibáñez: su pedido sale hoy con SEUR."),
    ("es", "Estimado Sr. Ibanez, los cojines iban juntos en la misma caja."),
    ("ja", "会議用チェア「メリディアン」は本日発送いたしました。"),
    ("ja", "ソファ「クラリディアン」の脚は別梱包でお届けします。"),
]

PAYMENT_NAMED = [
    ("pl", "mozesz zaplacic blikiem na moj numer, bedzie szybciej"),
    ("pl", "wystarczy przelac BLIK-iem na numer sklepu"),
    ("en", "you can pay by blik if that is easier"),
    ("es", "mandame tu iban y te devuelvo la diferencia"),
    ("en", "please send the balance to our IBAN"),
    ("ja", "お支払いはリディアでお願いします。"),
]


@pytest.mark.parametrize(("lang", "text"), LOOK_ALIKES)
def test_payment_look_alike_passes(lang: str, text: str) -> None:
    assert "off-amazon" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), PAYMENT_NAMED)
def test_payment_named_blocks(lang: str, text: str) -> None:
    assert "off-amazon" in blocked(text, lang)


# --- F3: the seller can no longer cancel -------------------------------------------------

CANT_CANCEL = [
    (
        "en",
        "sorry its already left the warehouse so i cant cancel it anymore, but u can refuse the parcel at the door",
    ),
    (
        "en",
        "we cant cancel now as its shipped, u can just send it back thru ur orders for a refund",
    ),
    ("fr", "desole c est deja parti dc je peux plus annuler, mais vous pouvez refuser le colis"),
    ("fr", "c est parti ce matin, je ne peux plus l'annuler mais tu peux le renvoyer"),
    ("it", "e gia partito quindi nn posso annullare, ma puoi rifiutarlo alla consegna"),
    ("de", "ist schon raus, ich kann nich mehr stornieren, sie koennen es aber zurueckschicken"),
    ("es", "ya salio, no lo puedo cancelar, pero puedes rechazarlo en la entrega"),
    ("nl", "is al verzonden dus ik kan niet meer annuleren, maar je kunt het weigeren aan de deur"),
    ("pl", "paczka juz wyszla wiec nie moge anulowac, ale mozesz odmowic przyjecia"),
    ("sv", "paketet har redan gatt sa jag kan inte avbryta, men du kan vagra ta emot det"),
    ("tr", "kargo cikti o yuzden iptal edemiyorum ama kapida teslim almayabilirsin"),
    ("ja", "すでに発送済みのためキャンセルできません。受け取り拒否していただければ返金されます。"),
]


@pytest.mark.parametrize(("lang", "text"), CANT_CANCEL)
def test_seller_cannot_cancel_passes(lang: str, text: str) -> None:
    assert "cancellation-request" not in blocked(text, lang)


# --- M1: a cancellation asked informally --------------------------------------------------

ASK_CANCEL_FAST = [
    (
        "en",
        "hey sorry the lamp is out of stock at the supplier, can u cancel the order on ur end pls?",
    ),
    ("en", "i cant cancel it from here, pls cancel it urself in ur orders"),
    ("nl", "hoi, de lamp is op bij de leverancier, kun jij de bestelling annuleren? sorry"),
    ("pl", "czesc, lampy zabraklo u dostawcy, mozesz anulowac zamowienie ze swojej strony?"),
    ("ja", "すみません、仕入れ先で欠品となりました。そちらで注文キャンセルしてもらえますか"),
    ("it", "ciao, il tessuto arriva tra un mese, se ritiri tu l ordine dal tuo account e meglio"),
    (
        "de",
        "sorry, die lampe ist beim lieferanten aus, kannst du die bestellung bei dir stornieren?",
    ),
    ("fr", "desole la lampe est en rupture, tu peux annuler la commande de ton cote stp?"),
    ("es", "perdona, se agoto en el proveedor, puedes cancelar el pedido tu desde tu cuenta?"),
    ("sv", "sorry, lampan ar slut hos leverantoren, kan du avbryta ordern fran ditt hall?"),
    ("tr", "kusura bakma lamba tukendi, siparisi sen iptal edebilir misin?"),
]


@pytest.mark.parametrize(("lang", "text"), ASK_CANCEL_FAST)
def test_cancellation_asked_informally_blocks(lang: str, text: str) -> None:
    assert "cancellation-request" in blocked(text, lang)


# --- F4: a game's promo card --------------------------------------------------------------

PROMO_PIECE = [
    (
        "en",
        "u asked if the promo card from the crowdfunding is in the shop edition, its not sadly, only backers got it",
    ),
    ("en", "the big box holds the base game, 2 promo tiles and the insert"),
    ("fr", "la carte promo de la campagne n est pas dans la boite du commerce"),
    ("es", "la carta promo de la campana no viene en la caja de tienda"),
    ("it", "la carta promo della campagna non e nella scatola in negozio"),
    ("pl", "karta promo z kampanii nie jest w pudelku sklepowym"),
    ("tr", "kickstarterdaki promo karti magaza kutusunda yok"),
]

PROMO_STILL = [
    ("en", "we have a promo on all candles this week, grab some"),
    ("en", "get a free promo card with your next order"),
    ("fr", "profitez de notre promo sur toutes les bougies cette semaine"),
]


@pytest.mark.parametrize(("lang", "text"), PROMO_PIECE)
def test_promo_piece_of_the_game_passes(lang: str, text: str) -> None:
    assert "marketing" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), PROMO_STILL)
def test_promotion_still_blocks(lang: str, text: str) -> None:
    assert "marketing" in blocked(text, lang)


# --- F5: the promotional price of the order day, its difference refunded -------------------

DIFFERENCE_REFUNDED = [
    (
        "en",
        "You were right: the sale price was already valid on the day you ordered, so we refunded you the difference through Amazon.",
    ),
    (
        "de",
        "hallo herr brand, stimmt, der aktionspreis galt schon am bestelltag, wir haben die differenz ueber amazon erstattet",
    ),
    (
        "fr",
        "Vous avez raison, le prix promo était déjà valable le jour de votre commande ; nous vous avons remboursé la différence.",
    ),
    (
        "es",
        "Tiene razon, el precio de oferta ya estaba vigente el dia de su pedido; le hemos reembolsado la diferencia.",
    ),
    (
        "it",
        "Ha ragione, il prezzo promozionale valeva già il giorno dell'ordine: le abbiamo rimborsato la differenza.",
    ),
    (
        "nl",
        "U heeft gelijk, de actieprijs gold al op de dag van uw bestelling; we hebben het verschil terugbetaald.",
    ),
    (
        "pl",
        "Ma Pani racje, cena promocyjna obowiazywala juz w dniu zamowienia, zwrocilismy Pani roznice.",
    ),
    (
        "sv",
        "Du har ratt, kampanjpriset gallde redan den dag du bestallde, vi har aterbetalat mellanskillnaden.",
    ),
    (
        "tr",
        "Haklisiniz, kampanya fiyati siparis gununde gecerliydi, farki Amazon uzerinden iade ettik.",
    ),
    (
        "ja",
        "ご指摘のとおり、セール価格はご注文日にすでに有効でしたので、差額をAmazon経由で返金いたしました。",
    ),
]

PRICE_PUSHED = [
    ("de", "unser aktionspreis gilt nur noch bis sonntag, jetzt zugreifen"),
    ("en", "our sale price ends sunday, use code SUNDAY10 at checkout"),
]


@pytest.mark.parametrize(("lang", "text"), DIFFERENCE_REFUNDED)
def test_price_difference_refunded_passes(lang: str, text: str) -> None:
    assert "marketing" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), PRICE_PUSHED)
def test_price_pushed_blocks(lang: str, text: str) -> None:
    assert "marketing" in blocked(text, lang)


# --- F6: back in stock, for the buyer who wanted one more ----------------------------------

RESTOCK_WANTED = [
    (
        "en",
        "Thank you for offering to pay for the second lamp by bank transfer. That is not possible: all purchases go through Amazon. The lamp is back in stock under the same item number.",
    ),
    (
        "de",
        "Vielen Dank für das Angebot, die zweite Lampe per Überweisung zu bezahlen. Das geht leider nicht: Wir verkaufen nur über Amazon. Die Lampe ist unter derselben Nummer wieder verfügbar.",
    ),
    (
        "fr",
        "Vous souhaitiez commander une deuxième lampe. Ce n'est pas possible par virement. La lampe est de nouveau disponible sous la même référence.",
    ),
    (
        "nl",
        "U wilde een tweede lamp bestellen. Dat kan helaas niet via Tikkie. De lamp is weer beschikbaar onder hetzelfde nummer.",
    ),
]

RESTOCK_PUSHED = [
    ("en", "Thanks for your message. Our blue lamp is back in stock, grab yours now."),
    ("de", "Danke für Ihre Nachricht. Unser blauer Stuhl ist wieder verfügbar."),
]


@pytest.mark.parametrize(("lang", "text"), RESTOCK_WANTED)
def test_restock_for_buyer_who_wanted_it_passes(lang: str, text: str) -> None:
    assert "marketing" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), RESTOCK_PUSHED)
def test_restock_pushed_blocks(lang: str, text: str) -> None:
    assert "marketing" in blocked(text, lang)


# --- F7: a few things worth knowing ------------------------------------------------------


def test_worth_knowing_after_a_month_passes() -> None:
    text = "Pyta Pan, czy olej mozna nakladac w grudniu. Mozna, ale warto pamietac o kilku rzeczach: drewno musi byc suche."
    assert "marketing" not in blocked(text, "pl")
    text = "Czy balsam mozna stosowac w lutym? Tak, warto pamietac, ze zima schnie dluzej."
    assert "marketing" not in blocked(text, "pl")


def test_new_model_worth_remembering_blocks() -> None:
    assert "marketing" in blocked(
        "W listopadzie wprowadzamy nowy model. Warto o tym pamietac!", "pl"
    )


# --- M2: a Turkish marketplace with its case ending ----------------------------------------

INFLECTED_MARKETPLACE = [
    "bu lamba burda bitti ama trendyolda hala var, orda biraz daha ucuz",
    "Aynı ürünü Hepsiburada'dan da alabilirsiniz.",
    "n11'deki mağazamızda aynı set var.",
]


@pytest.mark.parametrize("text", INFLECTED_MARKETPLACE)
def test_turkish_marketplace_with_case_ending_blocks(text: str) -> None:
    assert "off-amazon" in blocked(text, "tr")


def test_turkish_marketplace_disowned_passes() -> None:
    assert "off-amazon" not in blocked("Trendyol'da satış yapmıyoruz, yalnızca Amazon'dayız.", "tr")
