"""Round 10's concepts (from set 8's misses, development data), each written as a concept in
all ten languages rather than as the missed sentence: new sentences of our own, and
compliant look-alikes of the same words used in their ordinary sense."""

from __future__ import annotations

import pytest

from tests.compliance.gate import blocked

# --- a stamp card in words ------------------------------------------------------------------
# "Every fifth bag is on us": the buyer's purchases counted, with a freebie at the end of the
# count.  Whatever is counted (bags, orders, boxes), the count plus "free" is a loyalty scheme.

EVERY_NTH_FREE = [
    ("en", "Good to know: every sixth jar of honey we send you is free."),
    ("en", "We keep a tally, and your tenth refill is on the house."),
    ("de", "Übrigens ist bei uns jede zehnte Packung Tee gratis."),
    ("fr", "Chez nous, chaque cinquième sachet de café est offert."),
    ("es", "Con nosotros cada quinto paquete le sale gratis."),
    ("it", "Ogni dieci sacchetti di caffè, l'undicesimo glielo regaliamo noi."),
    ("ja", "十回ご購入いただくごとに一本プレゼントしております。"),
    ("nl", "Bij ons is iedere vijfde pot honing gratis, wij tellen mee."),
    ("pl", "U nas co piąta paczka kawy jest gratis."),
    ("sv", "Hos oss är var tionde burk gratis, vi räknar åt dig."),
    ("tr", "Her onuncu siparişinizde bir paket kahve bizden hediye."),
]
EVERY_NTH_ORDINARY = [
    ("en", "The courier comes every second day, so the parcel should arrive on Thursday."),
    ("de", "Wir prüfen jede zehnte Packung von Hand, Ihre war leider beschädigt."),
    ("fr", "Le livreur passe tous les deux jours dans votre quartier."),
    ("es", "El repartidor pasa cada dos días por su zona."),
    ("it", "Il corriere passa ogni tre giorni nella sua zona."),
    ("nl", "Elke tweede dinsdag is ons magazijn gesloten; uw pakket gaat woensdag mee."),
    ("pl", "Kurier przyjeżdża co drugi dzień, paczka będzie w czwartek."),
    ("sv", "Budet kommer var tredje dag till er ort."),
    ("tr", "Kargo her ikinci gün bölgenize uğruyor."),
]


@pytest.mark.parametrize(("lang", "text"), EVERY_NTH_FREE)
def test_every_nth_purchase_free_is_marketing(lang, text):
    assert "marketing" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), EVERY_NTH_ORDINARY)
def test_an_ordinary_rhythm_passes(lang, text):
    assert blocked(text, lang) == set()


# --- a product of the seller's still to come, guessed to please -----------------------------
# "In March we bring out a matching scarf, I think you'd like it": a future time or the seller
# making something, beside a guess that the buyer will like it or an offer to set one aside.

COMING_PRODUCT = [
    ("en", "In March we're bringing out a linen version, and I think it would suit you."),
    (
        "en",
        "We're putting together a spring batch of lavender soap; happy to set one aside for you.",
    ),
    (
        "de",
        "Im Herbst bringen wir eine Teekanne in derselben Glasur, die würde Ihnen sicher gefallen.",
    ),
    ("fr", "En mars nous préparons une bougie au cèdre, elle vous plairait sûrement."),
    ("es", "En primavera sacaremos un bolso a juego; se lo reservo si quiere."),
    ("it", "A maggio avremo il cuscino coordinato, le starebbe benissimo sul divano."),
    ("ja", "来月、同じ生地でエプロンを作る予定です。きっとお気に召すと思います。"),
    ("nl", "Volgende maand brengen we een nieuwe geur uit; die zou u vast bevallen."),
    ("pl", "W marcu wprowadzamy świecę o zapachu cedru, na pewno by się Pani spodobała."),
    ("sv", "Till våren släpper vi en matchande mössa, den skulle passa dig perfekt."),
    ("tr", "Ekim ayında aynı desenle bir örtü çıkarıyoruz, çok beğeneceksiniz."),
]
COMING_ORDER = [
    ("en", "Your parcel should arrive in March; I hope you'll love it."),
    ("de", "Ihr Paket kommt im Januar an, es wird Ihnen sicher gefallen."),
    ("fr", "Votre colis arrivera en janvier, j'espère qu'il vous plaira."),
    ("sv", "Ditt paket kommer i januari, hoppas att du kommer att gilla det."),
]


@pytest.mark.parametrize(("lang", "text"), COMING_PRODUCT)
def test_a_coming_product_guessed_to_please_is_marketing(lang, text):
    assert "marketing" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), COMING_ORDER)
def test_the_buyers_own_parcel_coming_later_passes(lang, text):
    assert blocked(text, lang) == set()


# --- the seller's other channel priced against Amazon, or Amazon bypassed ---------------------
# "It's cheaper at our stall than here", "sans passer par la plateforme": whatever the channel,
# comparing it with Amazon or leaving Amazon out of the sale sends the next purchase off Amazon.

ELSEWHERE_CHEAPER = [
    ("en", "Next time, the same kettle is a good bit cheaper in our shop than on Amazon."),
    ("en", "You can order by phone and skip the Amazon fees entirely."),
    ("de", "Im Hofladen ist das Glas Honig zwei Euro günstiger als hier."),
    ("de", "Rufen Sie einfach an, dann geht es ohne den Umweg über Amazon."),
    ("fr", "À l'atelier, les bols sont moins chers qu'ici, et sans passer par la plateforme."),
    ("es", "En nuestro puesto del mercado las velas son más baratas que en Amazon."),
    ("it", "Se ordina al telefono evitiamo le commissioni e le costa meno che su Amazon."),
    ("ja", "工房の直売所ではAmazonよりもお安くご用意しております。"),
    ("nl", "In onze winkel is de thee goedkoper dan hier op Amazon."),
    ("pl", "W naszej pracowni kubki są taniej niż tutaj."),
    ("sv", "På marknaden kostar tvålarna mindre än här, vi slipper ju avgifterna."),
    ("tr", "Atölyemizde fincanlar buradan daha ucuz."),
]
VISIT_OUR_COUNTER = [
    ("en", "If you're ever in Bath, you'll find us at the Saturday market by the abbey."),
    ("de", "Alle Farben liegen in unserem Ladengeschäft in der Hauptstraße zum Mitnehmen bereit."),
    ("it", "Se si trova a Lucca, in bottega abbiamo tutta la collezione."),
    ("sv", "Om ni har vägarna förbi Mora har vi gårdsbutik öppet på fredagar."),
]
ELSEWHERE_ORDINARY = [
    ("en", "Express shipping is cheaper than a second parcel, so we combined them."),
    ("de", "Die Rücksendung ist günstiger als eine Reparatur, deshalb erstatten wir den Betrag."),
    ("fr", "Le remplacement coûte moins cher qu'une réparation, nous vous l'envoyons."),
    ("ja", "ヤマト運輸の営業所にお立ち寄りいただければ、お荷物を受け取れます。"),
    ("sv", "Om du har vägarna förbi ett PostNord-ombud kan du hämta paketet där."),
]


@pytest.mark.parametrize(("lang", "text"), ELSEWHERE_CHEAPER + VISIT_OUR_COUNTER)
def test_another_channel_cheaper_or_visited_is_off_amazon(lang, text):
    assert "off-amazon" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), ELSEWHERE_ORDINARY)
def test_a_price_comparison_of_remedies_or_a_carrier_counter_passes(lang, text):
    assert blocked(text, lang) == set()


# --- the buyer's words on the product page, with no review word -----------------------------
# "A couple of lines from you under the item would mean a lot": writing, telling or a few lines
# in a sentence that names the public place is a review, and the pressure, reward or wish beside
# it makes the ask.  Writing to the seller, or the product page named for sizes, asks nothing.

WRITTEN_PUBLICLY = [
    ("en", "A couple of honest lines from you on the product page would mean the world to us."),
    ("en", "Buyers who describe the lamp under the listing get a free bulb in the next parcel."),
    ("de", "Zwei, drei ehrliche Sätze von Ihnen auf der Produktseite würden uns sehr helfen."),
    ("fr", "Quelques lignes de votre part sur la fiche produit nous aideraient énormément."),
    ("es", "Unas pocas palabras suyas en la página del producto nos ayudarían muchísimo."),
    ("it", "Due righe sincere sulla pagina del prodotto ci aiuterebbero tantissimo."),
    ("nl", "Een paar eerlijke zinnen onder het product zouden ons enorm helpen."),
    ("pl", "Kilka szczerych zdań pod produktem bardzo by nam pomogło."),
    ("sv", "Några ärliga rader på produktsidan skulle betyda jättemycket för oss."),
    ("tr", "Ürünün altına birkaç satır yazarsanız bizim için çok kıymetli olur."),
]
RANKING_PRESSURE = [
    (
        "en",
        "Since the fake reviews came in, the kettle dropped to page three; only new ratings lift it.",  # noqa: E501
    ),
    ("de", "Seit den gefälschten Bewertungen sind wir in der Suche ganz nach unten gerutscht."),
    ("es", "El algoritmo nos ha hundido y solo nuevas valoraciones pueden subirnos."),
    (
        "it",
        "Dopo le recensioni false siamo finiti in fondo, solo nuove valutazioni ci fanno risalire.",
    ),
    ("sv", "Två falska omdömen drar ner oss, nya betyg från riktiga kunder skulle lyfta oss."),
    (
        "tr",
        "Sahte yorumlar yüzünden ikinci sayfaya düştük, yeni değerlendirmeler bizi yukarı çıkarır.",
    ),
]
WRITTEN_ORDINARY = [
    ("en", "The product page lists the sizes. Write to us if the jacket does not fit."),
    ("de", "Die Maße stehen auf der Produktseite; schreiben Sie uns gern, wenn etwas unklar ist."),
    ("fr", "Sur la fiche produit vous trouverez la notice; écrivez-nous si besoin."),
    ("nl", "De maattabel staat op de productpagina. Schrijf ons gerust als u twijfelt."),
    ("sv", "Måtten står på produktsidan, skriv gärna till oss om något är oklart."),
]


@pytest.mark.parametrize(("lang", "text"), WRITTEN_PUBLICLY + RANKING_PRESSURE)
def test_words_asked_for_the_public_page_or_the_ranking_are_a_review_request(lang, text):
    assert "review-request" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), WRITTEN_ORDINARY)
def test_the_product_page_named_for_facts_and_writing_to_us_pass(lang, text):
    assert blocked(text, lang) == set()


# --- an Amazon coupon applied when the buyer paid ---------------------------------------------
# The discount the buyer saw explained as applied at payment is a fact about the order.

COUPON_APPLIED_AT_PAYMENT = [
    ("fr", "La réduction était un coupon Amazon appliqué lors du paiement ; nous remboursons."),
    ("it", "Lo sconto era un coupon Amazon applicato al pagamento; rimborsiamo l'importo pagato."),
    ("es", "El descuento era un cupón de Amazon aplicado al pagar; reembolsamos lo pagado."),
    ("tr", "Gördüğünüz indirim ödeme sırasında uygulanan bir Amazon kuponuydu."),
]


@pytest.mark.parametrize(("lang", "text"), COUPON_APPLIED_AT_PAYMENT)
def test_an_amazon_coupon_applied_at_payment_passes(lang, text):
    assert blocked(text, lang) == set()
