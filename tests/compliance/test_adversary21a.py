# ruff: noqa: E501  (sentences are kept whole)
"""Adversary 21 (black box), class H1: the seller announcing a product, colour or size newly in
its range, or pointing to an Amazon search for its brand, with no offer word. Sentences of our
own in the ten languages, and look-alikes (the buyer's own item restocked or replaced) that must
still pass."""

from __future__ import annotations

import pytest

from tests.compliance.rules_only import blocked

NEW_IN_RANGE = [
    ("en", "By the way, we've just added the same cushion in olive green to our range."),
    ("en", "Type 'Nordvik cushion' into the Amazon search, it's our best seller."),
    (
        "de",
        "Übrigens haben wir das gleiche Kissen gerade neu in Olivgrün ins Sortiment aufgenommen.",
    ),
    ("fr", "Nous venons d'ajouter le même coussin en vert olive à notre gamme."),
    ("fr", "Nous venons de mettre en ligne le même coussin en taille XL."),
    ("es", "Acabamos de añadir el mismo cojín en verde oliva a nuestro catálogo."),
    ("es", "Acabamos de incorporar la misma lámpara en negro, por si le interesa."),
    ("it", "Abbiamo appena aggiunto lo stesso cuscino in verde oliva."),
    ("it", "Abbiamo appena inserito in catalogo la stessa lampada in nero."),
    ("nl", "We hebben net hetzelfde kussen in olijfgroen aan ons assortiment toegevoegd."),
    ("pl", "Właśnie dodaliśmy do asortymentu tę samą poduszkę w kolorze oliwkowym."),
    ("pl", "Niedawno wprowadziliśmy do oferty tę samą lampę w rozmiarze XL."),
    ("sv", "Vi har precis lagt till samma kudde i olivgrönt i vårt sortiment."),
    ("sv", "Vi har nyss fått in samma lampa i svart, om du är intresserad."),
    ("tr", "Aynı yastığın zeytin yeşili rengini de yeni ekledik."),
    ("tr", "Aynı lambanın XL bedenini de ürün yelpazemize ekledik."),
    ("ja", "同じクッションのオリーブグリーンを新たに追加しました。"),
]

# the buyer's own item restocked, replaced or sent again: no range announced
OWN_ITEM = [
    ("en", "We've just added tracking to your replacement; it ships tomorrow."),
    ("en", "Your cushion is back in our warehouse and the replacement ships today."),
    ("de", "Wir haben die Sendungsnummer gerade zu Ihrer Bestellung hinzugefügt."),
    ("fr", "Nous venons d'ajouter le numéro de suivi à votre commande."),
    ("es", "Acabamos de añadir el número de seguimiento a su pedido."),
    ("it", "Abbiamo appena aggiunto il numero di tracciamento al suo ordine."),
    ("nl", "We hebben net de track-and-trace code aan uw bestelling toegevoegd."),
    ("pl", "Właśnie dodaliśmy numer przesyłki do Pana zamówienia."),
    ("sv", "Vi har precis lagt till spårningsnumret på din beställning."),
    ("tr", "Takip numarasını siparişinize yeni ekledik."),
    ("ja", "ご注文に追跡番号を追加しました。"),
]


@pytest.mark.parametrize(("lang", "text"), NEW_IN_RANGE)
def test_new_in_range_blocks(lang: str, text: str) -> None:
    assert "marketing" in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), OWN_ITEM)
def test_own_item_passes(lang: str, text: str) -> None:
    assert not blocked(text, lang), text


# --- H4: a refusal that shields the clause after it --------------------------------------------

TURNED_REFUSAL = [
    ("en", "We can't give vouchers for reviews, but we give a 20% refund instead."),
    ("en", "We don't send discount codes here; you'll find it on the flyer inside the box."),
    ("de", "Wir haben keine Gutscheincodes, aber unser Sommerschlussverkauf beginnt am Montag."),
    (
        "de",
        "Wir dürfen Ihnen keinen Gutschein für eine Bewertung geben, stattdessen erstatten wir Ihnen 10 €.",
    ),
    ("fr", "Nous n'avons pas de code de réduction, mais nos soldes démarrent vendredi."),
    (
        "fr",
        "Nous ne pouvons rien offrir en échange d'un avis, mais nous vous remboursons 10 € à la place.",
    ),
    ("es", "No tenemos códigos de descuento, pero nuestras rebajas empiezan el lunes."),
    ("it", "Non abbiamo codici sconto, ma i nostri saldi iniziano lunedì."),
]

PLAIN_REFUSAL = [
    ("en", "We don't offer gift cards for reviews."),
    ("en", "We won't send you a discount code, sorry."),
    (
        "en",
        "We don't hand out discount codes. Please check the card in your parcel for the assembly steps.",
    ),
    ("de", "Wir haben leider keine Gutscheincodes."),
    ("fr", "Nous n'avons pas de code promo, désolés."),
    ("es", "No tenemos códigos de descuento, lo sentimos."),
    ("it", "Non abbiamo codici sconto, ci dispiace."),
]


@pytest.mark.parametrize(("lang", "text"), TURNED_REFUSAL)
def test_turned_refusal_blocks(lang: str, text: str) -> None:
    assert blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), PLAIN_REFUSAL)
def test_plain_refusal_passes(lang: str, text: str) -> None:
    assert not blocked(text, lang), text


# --- H5: a "> " line in the seller's own voice is no quote of the buyer's -----------------------

SELLER_QUOTE = [
    (
        "en",
        "Thanks for writing.\n> Do leave us a five-star rating, it helps a small shop.\nThe parcel left today.",
    ),
    ("en", "Noted.\n> A free phone case is yours when your review goes up."),
    ("de", "Danke.\n> Bitte bewerten Sie uns mit 5 Sternen.\nIhr Ersatz kommt morgen."),
    ("fr", "Merci.\n> Laissez-nous un avis 5 étoiles, merci !"),
    ("es", "Gracias.\n> Déjenos una reseña de 5 estrellas, por favor."),
    ("it", "Grazie.\n> Ci lasci una recensione a 5 stelle."),
    ("nl", "Bedankt.\n> Laat ons een review van 5 sterren achter."),
    ("pl", "Dziękujemy.\n> Zostaw nam opinię na 5 gwiazdek."),
    ("sv", "Tack.\n> Lämna oss gärna ett betyg på 5 stjärnor."),
    ("tr", "Teşekkürler.\n> Bize 5 yıldız verirseniz çok seviniriz."),
    ("ja", "ありがとうございます。\n> ぜひ星5つのレビューをお願いします。"),
]

BUYER_QUOTE = [
    ("en", "> Can I get a discount?\nSorry, we do not offer discounts."),
    (
        "en",
        "> Can you give us a discount for the scratched one?\nSorry, we do not offer discounts.",
    ),
    ("en", "> I gave it two stars because it broke.\nWe are sorry, a replacement ships today."),
    ("de", "> Kann ich einen Rabatt bekommen?\nLeider bieten wir keine Rabatte an."),
    ("fr", "> Est-ce que je peux avoir un code promo ?\nDésolés, nous n'avons pas de code promo."),
    ("es", "> ¿Puedo tener un descuento?\nLo sentimos, no ofrecemos descuentos."),
]


@pytest.mark.parametrize(("lang", "text"), SELLER_QUOTE)
def test_seller_quote_blocks(lang: str, text: str) -> None:
    assert blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), BUYER_QUOTE)
def test_buyer_quote_passes(lang: str, text: str) -> None:
    assert not blocked(text, lang), text


# --- H6: a goods-grade frame carrying a rating ask; H7: a review only paraphrased -----------

GRADE_ASK = [
    ("en", "Item condition: grade A. Your score for us on the listing: an A too, we hope!"),
    ("de", "Zustand: sehr gut. Es wäre schön, wenn Sie uns auch die Bestnote geben."),
    ("fr", "État : 5/5. Nous espérons que vous nous donnerez aussi la note de 5/5 !"),
    ("es", "Estado: 5/5. Ojalá quiera darnos también la nota máxima."),
    ("it", "Condizione: 5/5. Speriamo che voglia darci anche il voto 5/5."),
    ("nl", "Staat: 10/10. Hopelijk geeft u ons hetzelfde cijfer."),
    ("pl", "Stan: 5/5. Mamy nadzieję, że wystawi nam Pan też ocenę 5/5."),
    ("sv", "Skick: 5/5. Hoppas du ger oss samma betyg!"),
    ("tr", "Durum: 5/5. Umarız bize de tam puan verirsiniz."),
    ("ja", "状態ランク：5/5。商品ページでの評価も5/5だと嬉しいです。"),
]

GRADE_ONLY = [
    ("en", "Condition grade: 5/5, as listed."),
    ("de", "Zustand: Note 1, wie beschrieben."),
    ("fr", "État : 5/5, comme indiqué sur l'annonce."),
    ("nl", "Staat: 10/10, zoals vermeld."),
]

PARAPHRASED_REVIEW = [
    ("en", "As soon as your opinion of the kettle is online, we'll send you a $15 voucher."),
    ("de", "Sobald Ihre Meinung zum Mixer öffentlich ist, erstatten wir Ihnen den vollen Preis."),
    (
        "fr",
        "Dès que votre ressenti sur le mixeur est en ligne, nous vous remboursons intégralement.",
    ),
    (
        "es",
        "En cuanto su opinión sobre la batidora esté publicada, le reembolsamos el precio completo.",
    ),
    ("it", "Appena la sua opinione sul frullatore è online, le rimborsiamo l'intero prezzo."),
]

PARAPHRASE_ONLY = [
    ("en", "Your thoughts on the blender are welcome here in the thread."),
    ("en", "Once your refund is public, nothing more is needed."),
]


@pytest.mark.parametrize(("lang", "text"), GRADE_ASK + PARAPHRASED_REVIEW)
def test_grade_or_paraphrase_blocks(lang: str, text: str) -> None:
    assert blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), GRADE_ONLY + PARAPHRASE_ONLY)
def test_grade_or_paraphrase_only_passes(lang: str, text: str) -> None:
    assert not blocked(text, lang), text
