# ruff: noqa: E501
"""Round 22a: adversary 22's holes, in sentences of our own."""

from __future__ import annotations

import pytest

from tests.compliance.rules_only import blocked

# H2: a sale announced with no offer word
SALE = [
    ("en", "From Friday every lamp in our shop is 40 percent off."),
    ("en", "This week we have 25 % on all our candle holders."),
    ("de", "Ab Montag gibt es bei uns 25 Prozent auf alle Tischdecken."),
    ("de", "Im Januar kosten alle unsere Decken nur die Hälfte."),
    ("fr", "À partir de lundi, toutes nos nappes sont à moitié prix."),
    ("fr", "Ce mois-ci, 30 pour cent sur toutes nos bougies."),
    ("es", "Desde el viernes todas nuestras mantas cuestan la mitad."),
    ("it", "Da venerdì tutte le nostre tovaglie costano la metà."),
    ("ja", "来週から当店の全商品が半額です。"),
    ("nl", "Vanaf vrijdag zijn al onze dekens voor de halve prijs."),
    ("pl", "Od piątku wszystkie nasze koce są za pół ceny."),
    ("sv", "Från fredag kostar alla våra filtar halva priset."),
    ("tr", "Cuma gününden itibaren tüm battaniyelerimiz yarı fiyatına."),
]
HALF_REFUND = [
    ("en", "We have refunded half the price through Amazon for the scratch."),
    ("de", "Wir haben Ihnen über Amazon die Hälfte des Preises erstattet."),
    ("es", "Le hemos reembolsado la mitad del precio a través de Amazon."),
    ("it", "Le abbiamo rimborsato la metà del prezzo tramite Amazon."),
    ("nl", "We hebben via Amazon de helft van de prijs terugbetaald."),
    ("tr", "Ürün bedelinin yarısını Amazon üzerinden iade ettik."),
    ("sv", "Vi betalar tillbaka halva priset via Amazon för repan."),
    ("pl", "Zwróciliśmy połowę ceny przez Amazon."),
]

# H3: search Amazon for the brand or the rest of the range
SEARCH = [
    ("en", "Just type 'Oakline' into Amazon and you will see our other shelves."),
    ("en", "Look up Oakline on Amazon to find the rest of the series."),
    ("de", "Suchen Sie auf Amazon nach 'Oakline', dann finden Sie unsere anderen Regale."),
    ("fr", "Tapez « Oakline » sur Amazon pour voir nos autres étagères."),
    ("es", "Escriba 'Oakline' en Amazon y verá nuestras otras estanterías."),
    ("it", "Digiti 'Oakline' su Amazon per vedere gli altri nostri scaffali."),
    ("nl", "Zoek op Amazon naar 'Oakline' om onze andere kasten te zien."),
    ("pl", "Wpisz 'Oakline' na Amazonie, a zobaczysz nasze inne regały."),
    ("sv", "Sök på 'Oakline' på Amazon så ser du våra andra hyllor."),
    ("tr", "Amazon'da 'Oakline' yazarsanız diğer raflarımızı görürsünüz."),
]
YOUR_ORDERS = [
    ("en", "Search Your Orders on Amazon for the order number to find the invoice."),
    ("de", "Suchen Sie auf Amazon unter Meine Bestellungen nach der Bestellnummer."),
]

# H4: a rebate on the next order
REBATE = [
    ("pl", "Przy następnym zakupie otrzyma Pani rabat 15 procent."),
    ("pl", "Przy kolejnym zamówieniu otrzyma Pani rabat 15 procent."),
    ("pl", "Przy kolejnym zakupie dostanie Pan upust 5 procent."),
    ("nl", "Bij uw volgende bestelling krijgt u 10 procent korting."),
    ("sv", "På din nästa beställning får du 10 procent rabatt."),
    ("tr", "Bir sonraki siparişinizde yüzde 10 indirim alırsınız."),
]

# H1, H7: an incentive after the review left to the buyer; a code inside the gift card frame
MISC_BLOCK = [
    (
        "en",
        "Leaving a review is completely up to you. If you do, we will send you a free"
        " spare filter.",
    ),
    (
        "en",
        "Whether you write a review is your decision. If you do, we will refund the postage.",
    ),
    (
        "en",
        "Your gift card is attached. Also, SAVE10 gives you 10 EUR off your next order with us.",
    ),
]

H1_OTHERS = [
    (
        "de",
        "Ob Sie eine Bewertung schreiben, ist ganz Ihre Sache. Wenn Sie das tun, erstatten wir Ihnen die Versandkosten.",
    ),
    (
        "fr",
        "Laisser un avis est entièrement votre choix. Si vous le faites, nous vous remboursons les frais de port.",
    ),
    ("es", "Dejar una reseña depende totalmente de usted. Si lo hace, le reembolsamos el envío."),
    (
        "nl",
        "Of u een review schrijft, laten we aan u over. Als u dat doet, krijgt u de verzendkosten terug.",
    ),
    (
        "en",
        "The gift card you ordered is attached. As a small extra, GLOW10 takes 10 EUR off"
        " whatever you buy from us next.",
    ),
]
H1_OTHERS.append(
    (
        "en",
        "Your gift card is attached. As a thank-you, SAVE5 takes 5 EUR off your next order with us.",
    )
)
LEFT = [
    ("en", "Leaving a review is completely up to you."),
    ("en", "Whether you write a review is your decision."),
    ("en", "Whether to leave a review is your decision. If you do, please mention the colour."),
    ("en", "Model XR200 takes 20 minutes off the drying time."),
    ("en", "The ULTRA5 model takes 5 minutes off the boiling time."),
]

# F2, F3: free repair or replacement; the review of a claim; the review left to the buyer
PASS = [
    ("en", "The courier accepted the claim, so a free replacement ships tomorrow."),
    ("en", "The maker has finished the review of your warranty claim and approved a free repair."),
    ("en", "Brightline will replace the kettle free of charge once the claim is approved."),
    ("en", "What you say in your review is entirely up to you."),
    ("en", "What you write in your rating is of course your decision."),
]


@pytest.mark.parametrize(("lang", "text"), SALE + SEARCH + REBATE + MISC_BLOCK + H1_OTHERS)
def test_blocks(lang: str, text: str) -> None:
    assert blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), HALF_REFUND + YOUR_ORDERS + PASS + LEFT)
def test_passes(lang: str, text: str) -> None:
    assert not blocked(text, lang), (text, blocked(text, lang))
