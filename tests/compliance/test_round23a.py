# ruff: noqa: E501  (sentences are kept whole)
"""Round 23a: classes missed on the development held-out set 23, each tested with sentences of
our own (none from a held-out set), beside compliant look-alikes that must stay compliant.

K1 (marketing): one put aside for the buyer of goods still to come, with the speaker between
verb and particle ("lägger jag undan en", "legen wir Ihnen eins zurück"), "możemy jeden
odłożyć", or the goods coming "next month" after "we're getting" or "za tydzień przychodzą".
P1 (payment off Amazon): paying the seller's shop through a person-to-person payment app, named
(Monzo, Satispay, Vipps, MobilePay, Bizum, Twint) or described ("the app where you pay with a
phone number", "l'app di pagamento col logo rosso").
V1 (off Amazon): a marketplace described instead of named, by its logo or its origin ("the big
marketplace with the orange logo", "la place de marché au logo vert").
C1 (off Amazon): a better price than here or than on Amazon elsewhere ("cheaper than on Amazon
at the club shop", "te lo dejamos mejor que aquí", "Amazonより安く").
F1 (false alarms): "przy okazji" (by the way, pl), a purity or concentration range "95-98%",
"他の商品とは別の箱で" (other goods of the order sent apart).
I2 (incentive): the gift verb for a review ("dem schenken wir", "schenken we u", "ger vi dig",
"podarujemy", "on vous donne"), a trade perk ("first dibs ... at trade price"), and "お付けして
います" for impressions written on "the page" (一言ページに).
R1 (review request): the best grade of Amazon's own mail told by its place ("klicken Sie dort
ganz rechts", "the option furthest to the right", "一番右を押して") beside Amazon's mail about
the seller or "if you are happy"; the same click on an Amazon order page stays compliant.
T1 (review request): other users told how it went where the reviews are ("raconte aux autres
surfeurs ... sur la fiche produit", "vertel andere ruiters op de productpagina"); told at the
buyer's yard it stays compliant.
O2 (off Amazon): Amazon bypassed for an order by messenger ("Amazon'a uğraşmadan BiP'ten
yazın", "sans passer par Amazon"), a marketplace "the one that started in ...", and a town's
return gift as the way to the goods ("ふるさと納税の返礼品").
F2 (false alarms): the delivery notice named again ("indiqué sur l'avis", "l'avis du
facteur"), a carrier's "rate", and a review the seller changes or asks nothing about, with the
subject after the verb ("an der Bewertung ändern wir nichts", "we ask nothing about it").
M2 (marketing): a seat kept at the seller's own event ("we've just started running evening
classes ... happy to keep a seat for you").
M3 (marketing): a free one after N purchases ("dopo quattro acquisti la quinta consegna è
gratis", "nach fünf Bestellungen", "efter fem köp"); "after three days" stays compliant.
R3 (review request): a verdict or judgement (oordeel, Urteil, jugement, veredicto, verdetto,
omdöme) said to weigh on Amazon ("carries real weight", "telt zwaar", "pesa mucho"), with a
wish; the carrier's verdict on a claim and a heavy parcel stay compliant.
"""

from __future__ import annotations

import pytest

from tests.compliance.gate import blocked

# --- K1: one put aside of goods to come ---------------------------------------------------

RESERVED = [
    (
        "sv",
        "Nästa månad syr vi en ny sadelväska i läder. Hör av dig så lägger jag undan en till dig.",
    ),
    ("sv", "Till påsk gör vi en ljuslykta i mässing, säg bara till så lägger vi undan en åt er."),
    (
        "en",
        "We're getting a handful of walnut capos in next month. Just say so and I'll put one aside for you.",
    ),
    ("en", "We're getting new cedar guitar stands next week; shall I keep one back for you?"),
    (
        "de",
        "Im Herbst bringen wir eine Sattelpflege-Box heraus. Sagen Sie Bescheid, dann lege ich Ihnen eine zurück.",
    ),
    ("de", "Nächsten Monat kommen neue Hobelbänke, ich halte Ihnen gern eine zurück."),
    ("pl", "Za dwa tygodnie przychodzą nowe derki z polaru. Mogę odłożyć jedną dla Pani."),
    ("pl", "Za miesiąc będą lampki z mosiądzu, możemy jedną zarezerwować."),
]

RESERVED_SERVICE = [
    (
        "sv",
        "Din ersättningslampa kommer nästa vecka, jag lägger undan en åt dig så fort den kommer in.",
    ),
    (
        "en",
        "The replacement strap for your order is due next week; I'll put one aside for you when it arrives.",
    ),
    ("de", "Ihr Ersatzteil kommt nächste Woche, ich lege Ihnen eins zurück, sobald es da ist."),
    ("pl", "Pani zamiennik przychodzi za tydzień, odłożymy go od razu dla Pani zamówienia."),
]


@pytest.mark.parametrize(("lang", "text"), RESERVED)
def test_reserved_goods_to_come_are_marketing(lang: str, text: str) -> None:
    assert "marketing" in blocked(text, lang), (lang, text)


@pytest.mark.parametrize(("lang", "text"), RESERVED_SERVICE)
def test_reserved_replacement_stays_compliant(lang: str, text: str) -> None:
    assert blocked(text, lang) == set(), (lang, text)


# --- P1: a payment app to the shop ---------------------------------------------------------

PAY_APPS = [
    ("en", "The engraving is £5, just send it via Monzo to our workshop and it goes out tomorrow."),
    (
        "en",
        "Pay the extra £4 with the app where you send money to a phone number, to the shop's mobile.",
    ),
    (
        "it",
        "La personalizzazione costa 6 euro, li mandi con Satispay al negozio e la spediamo incisa.",
    ),
    (
        "it",
        "Per l'incisione bastano 5 euro con l'app di pagamento dal logo rosso, al numero del laboratorio.",
    ),
    (
        "es",
        "El grabado son 4 euros; envíalos por Bizum al número de la tienda y lo mandamos grabado.",
    ),
    (
        "sv",
        "Graveringen kostar 60 kr, betala med appen där man skickar pengar till ett mobilnummer, till verkstadens nummer.",
    ),
    ("de", "Die Gravur kostet 6 Euro, schicken Sie das Geld einfach per Twint an die Werkstatt."),
    (
        "nl",
        "De gravure kost 5 euro, maak het over met de betaalapp met het rode logo naar het nummer van de winkel.",
    ),
    ("fr", "La gravure coûte 5 euros, envoyez-les avec Lydia au numéro de l'atelier."),
]

PAY_APP_LOOKALIKES = [
    ("en", "You can follow the parcel in the Royal Mail app with the number in your order."),
    (
        "it",
        "Il pagamento lo gestisce Amazon: può usare la carta o il metodo salvato nel suo account.",
    ),
    ("sv", "Spårningen finns i PostNord-appen, med numret från din beställning."),
    ("nl", "De bezorger meldt zich via de PostNL-app; daar kunt u een tijdvak kiezen."),
]


@pytest.mark.parametrize(("lang", "text"), PAY_APPS)
def test_payment_apps_to_the_shop_are_off_amazon(lang: str, text: str) -> None:
    assert "off-amazon" in blocked(text, lang), (lang, text)


@pytest.mark.parametrize(("lang", "text"), PAY_APP_LOOKALIKES)
def test_carrier_apps_and_amazon_payment_stay_compliant(lang: str, text: str) -> None:
    assert blocked(text, lang) == set(), (lang, text)


# --- V1: a marketplace described, C1: cheaper than here -----------------------------------

DESCRIBED_OR_CHEAPER = [
    (
        "en",
        "The larger lamp isn't listed here, but we sell it on the big handmade marketplace with the orange logo, same shop name.",
    ),
    (
        "fr",
        "Le modèle en noyer n'est plus ici, mais on le vend sur la place de marché au logo vert, sous notre nom.",
    ),
    (
        "de",
        "Den großen Sattelbaum führen wir auf dem Marktplatz mit dem blauen Logo, gleicher Shopname.",
    ),
    (
        "es",
        "La lámpara grande la vendemos en el marketplace del logo naranja, con el mismo nombre de tienda.",
    ),
    ("es", "Si pasas por el taller, te hacemos mejor precio que aquí en las fundas."),
    (
        "en",
        "The riding school shop down your road stocks our bridles, and there they're cheaper than on Amazon.",
    ),
    ("ja", "近くのギター教室の売店でも当店の弦を扱っており、Amazonより安くお求めいただけます。"),
    (
        "it",
        "Se passa in negozio a Lucca, la custodia gliela facciamo a un prezzo migliore che qui.",
    ),
]

CHEAPER_LOOKALIKES = [
    (
        "en",
        "The price dropped after you ordered; Amazon refunds the difference, it's cheaper than when you paid.",
    ),
    ("es", "El tamaño mediano le quedará mejor que el grande, según las medidas que nos dio."),
    ("ja", "新しい弦は古い弦より明るい音がします。"),
]


@pytest.mark.parametrize(("lang", "text"), DESCRIBED_OR_CHEAPER)
def test_described_marketplaces_and_cheaper_elsewhere_are_off_amazon(lang: str, text: str) -> None:
    assert "off-amazon" in blocked(text, lang), (lang, text)


@pytest.mark.parametrize(("lang", "text"), CHEAPER_LOOKALIKES)
def test_comparisons_stay_compliant(lang: str, text: str) -> None:
    assert blocked(text, lang) == set(), (lang, text)


# --- F1: false alarms ----------------------------------------------------------------------

LOOKALIKES = [
    ("pl", "Przy okazji warto co tydzień przetrzeć struny suchą szmatką."),
    ("pl", "Przy okazji wymiany proszę sprawdzić, czy klamra siodła się nie rusza."),
    ("es", "La glicerina que enviamos tiene una pureza del 95-98%, apta para jabón."),
    ("en", "The shellac flakes are 97-99% pure, so they dissolve cleanly in alcohol."),
    ("ja", "弓の松脂は他の商品とは別の袋に入れてお送りしました。"),
    ("ja", "バッテリーは他の商品とは別便で、明日届きます。"),
    (
        "en",
        "The courier's rate for parcels over 30 kg is higher; that's what Amazon charged at checkout.",
    ),
    ("en", "The shipping rate to the islands is set by the carrier, we add nothing."),
    ("fr", "Le livreur a laissé un avis de passage, la lampe vous attend au point relais."),
    ("fr", "Avec l'avis de passage et une pièce d'identité, le colis se retire à la poste."),
]

STILL_CAUGHT = [
    ("pl", "Wielka okazja: 20% rabatu na struny do końca tygodnia!"),
    ("es", "Esta semana todo el taller con -30% en nuestra tienda."),
    ("ja", "当店の他の商品もぜひご覧ください。"),
    ("en", "Please rate us 5 stars once the board arrives."),
    ("fr", "Merci de laisser un avis sur Amazon quand vous aurez reçu le violon."),
]


@pytest.mark.parametrize(("lang", "text"), LOOKALIKES)
def test_lookalikes_stay_compliant(lang: str, text: str) -> None:
    assert blocked(text, lang) == set(), (lang, text)


@pytest.mark.parametrize(("lang", "text"), STILL_CAUGHT)
def test_violations_stay_caught(lang: str, text: str) -> None:
    assert blocked(text, lang) != set(), (lang, text)


# --- I2: a gift verb or a perk for a review; R1: the extreme option in Amazon's mail -----

GIFT_FOR_REVIEW = [
    ("de", "Wer eine Bewertung mit Bild schreibt, dem schenken wir ein Poliertuch."),
    ("de", "Für eine Rezension schenke ich Ihnen einen Satz Saiten."),
    ("nl", "Voor een recensie met foto schenken we u een poetsdoek."),
    ("nl", "Schrijft u een review, dan geven we u een flesje lederolie."),
    ("sv", "För en recension med bild ger vi dig en putsduk."),
    ("pl", "Za opinię ze zdjęciem podarujemy Panu ściereczkę."),
    ("fr", "Pour un avis avec photo, on vous donne un chiffon."),
    (
        "en",
        "Buyers who post a few words about the capo on the listing get first dibs on the next batch at trade price.",
    ),
    ("ja", "使い心地を一言ページに書いていただいた方には、次回クロスをお付けしています。"),
]

GIFT_LOOKALIKES = [
    ("de", "Zur Bestellung schenken wir Ihnen ein Poliertuch, einfach so."),
    ("nl", "Bij elke zadel geven we u een flesje lederolie mee."),
    (
        "de",
        "Ihre Bewertung haben wir gelesen; das Poliertuch legen wir der Ersatzlieferung trotzdem bei, das war ohnehin so geplant.",
    ),
    ("en", "Trade customers with a VAT number can ask Amazon Business for trade prices."),
]

EXTREME_OPTION = [
    (
        "de",
        "Amazon schickt Ihnen bald eine Mail mit einer Frage zu uns. Wenn alles gepasst hat, klicken Sie dort einfach ganz rechts.",
    ),
    (
        "en",
        "Amazon will email you a short question about us as a seller. If you're happy, just click the option furthest to the right.",
    ),
    (
        "fr",
        "Amazon va vous envoyer un petit mail sur nous comme vendeur ; si tout va bien, cliquez tout à droite.",
    ),
    (
        "es",
        "Amazon le mandará un correo con una pregunta sobre nosotros. Si está contento, pulse la opción de más a la derecha.",
    ),
    (
        "it",
        "Tra qualche giorno Amazon le scrive per chiederle di noi come venditore: se è soddisfatta, clicchi tutto a destra.",
    ),
    (
        "nl",
        "Amazon stuurt u straks een mail over ons als verkoper. Bent u tevreden, klik dan helemaal rechts.",
    ),
    (
        "sv",
        "Amazon mejlar dig snart en fråga om oss som säljare. Om du är nöjd, klicka längst till höger.",
    ),
    (
        "pl",
        "Amazon wyśle Panu maila z pytaniem o nas jako sprzedawcę. Jeśli jest Pan zadowolony, proszę kliknąć skrajnie po prawej.",
    ),
    (
        "ja",
        "Amazonから出品者についての評価メールが届きます。ご満足いただけましたら、一番右を押してください。",
    ),
]

EXTREME_OPTION_LOOKALIKES = [
    (
        "de",
        "In der Amazon-App tippen Sie ganz rechts auf „Bestellungen“, dann sehen Sie die Sendungsnummer.",
    ),
    (
        "en",
        "On the Amazon order page, click the option furthest to the right, 'Return or replace items'.",
    ),
    ("fr", "Sur Amazon, dans Vos commandes, cliquez tout à droite sur « Suivre votre colis »."),
]


@pytest.mark.parametrize(("lang", "text"), GIFT_FOR_REVIEW + EXTREME_OPTION)
def test_gifts_and_extreme_options_are_review_requests(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang), (lang, text)


@pytest.mark.parametrize(("lang", "text"), GIFT_LOOKALIKES + EXTREME_OPTION_LOOKALIKES)
def test_gift_and_click_lookalikes_stay_compliant(lang: str, text: str) -> None:
    assert blocked(text, lang) == set(), (lang, text)


# --- T1: tell others where the page is; O2: Amazon bypassed, the order by messenger -------

TELL_OTHERS_THERE = [
    (
        "fr",
        "Quand tu l'auras bien rodée, raconte aux autres cavaliers comment elle tient, sur la fiche produit.",
    ),
    (
        "en",
        "After a few rides, tell the other riders how the bridle wears, down on the product page.",
    ),
    (
        "es",
        "Cuando la hayas probado, cuéntales a los otros surfistas qué tal va, en la página del producto.",
    ),
    (
        "it",
        "Quando avrà suonato un po', racconti agli altri violinisti come suona, sulla pagina del prodotto.",
    ),
    ("de", "Erzähl anderen Geigern auf der Produktseite, wie das Kolophonium greift."),
    ("nl", "Vertel andere ruiters op de productpagina hoe het zadel zit."),
    ("sv", "Berätta för andra ryttare på produktsidan hur sadeln sitter."),
]

TELL_OTHERS_LOOKALIKES = [
    ("en", "Tell the other riders at your yard that the spare buckles are in the side pocket."),
]

BYPASS = [
    ("ja", "当店の鉋は市のふるさと納税の返礼品にもなっていますので、次回はそちらからどうぞ。"),
    ("ja", "このランプは町の返礼品としても選べます。実質二千円でお求めいただけます。"),
    ("tr", "Bir dahaki sefere Amazon'a uğraşmadan bize BiP'ten yazın, kapıda ödemeli yollarız."),
    ("tr", "Amazon'a girmeden BiP üzerinden sipariş verebilirsiniz."),
    (
        "en",
        "We do have the larger lamp on that handmade marketplace, the one that started in a New York loft, same shop name.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), TELL_OTHERS_THERE)
def test_tell_others_on_the_page_is_a_review_request(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang), (lang, text)


@pytest.mark.parametrize(("lang", "text"), TELL_OTHERS_LOOKALIKES)
def test_tell_others_without_a_page_stays_compliant(lang: str, text: str) -> None:
    assert blocked(text, lang) == set(), (lang, text)


@pytest.mark.parametrize(("lang", "text"), BYPASS)
def test_bypass_and_messenger_orders_are_off_amazon(lang: str, text: str) -> None:
    assert "off-amazon" in blocked(text, lang), (lang, text)


# --- F2: the delivery notice, a carrier's rate, a review the seller asks nothing about -----

REVIEW_LOOKALIKES = [
    (
        "fr",
        "Le livreur a laissé un avis de passage ; vous pouvez retirer le colis au relais indiqué sur l'avis.",
    ),
    ("fr", "Retirez la lampe à la poste avec l'avis du facteur et une pièce d'identité."),
    ("en", "That's the rate Amazon charged at checkout for the pallet, we add nothing on top."),
    ("en", "The carrier's rate for the islands is higher, and that is what Amazon showed you."),
    (
        "de",
        "Ihre Rezension haben wir gelesen; an der Bewertung ändern wir nichts, der Ersatz geht heute raus.",
    ),
    (
        "de",
        "Ihre Rezension haben wir gelesen und bitten dazu um nichts; die neuen Saiten gehen heute raus.",
    ),
    (
        "en",
        "We've read your review and we ask nothing about it; the replacement strings ship today.",
    ),
    (
        "nl",
        "We hebben uw recensie gelezen en vragen u er niets over; de nieuwe snaren gaan vandaag weg.",
    ),
]

REVIEW_STILL_CAUGHT = [
    ("de", "Wir bitten Sie um nichts weiter als eine ehrliche Bewertung."),
    ("fr", "Pourriez-vous retirer votre avis maintenant que le violon est réparé ?"),
    ("en", "Could you rate us now that the board has arrived?"),
]


@pytest.mark.parametrize(("lang", "text"), REVIEW_LOOKALIKES)
def test_review_lookalikes_stay_compliant(lang: str, text: str) -> None:
    assert blocked(text, lang) == set(), (lang, text)


@pytest.mark.parametrize(("lang", "text"), REVIEW_STILL_CAUGHT)
def test_review_asks_stay_caught(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang), (lang, text)


# --- M2: a seat kept at the seller's event; M3: a free one after N purchases --------------

SEAT_OR_NTH = [
    (
        "en",
        "We've just started running evening sharpening classes in the shop, four people at most. Happy to keep a seat for you.",
    ),
    (
        "fr",
        "Nous organisons des ateliers de savon le samedi ; je peux vous garder une place, dites-le-moi.",
    ),
    ("it", "Dopo quattro acquisti la quinta consegna è gratis, è il nostro nuovo club."),
    ("en", "After three orders the fourth set of strings is free."),
    ("de", "Nach fünf Bestellungen ist das sechste Kolophonium gratis."),
    ("es", "Tras cinco pedidos, el sexto envío es gratis."),
    ("nl", "Na vijf bestellingen is de zesde verzending gratis."),
    ("sv", "Efter fem köp är den sjätte frakten gratis."),
]

SEAT_OR_NTH_LOOKALIKES = [
    (
        "en",
        "After three days the glue has cured; the replacement neck ships free of charge with your order.",
    ),
    ("de", "Nach zwei Tagen ist der Leim trocken, dann können Sie die Saiten aufziehen."),
    (
        "en",
        "The replacement for your order is on its way; we've kept one aside for you since Monday.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), SEAT_OR_NTH)
def test_seats_and_nth_purchases_are_marketing(lang: str, text: str) -> None:
    assert "marketing" in blocked(text, lang), (lang, text)


@pytest.mark.parametrize(("lang", "text"), SEAT_OR_NTH_LOOKALIKES)
def test_seat_and_nth_lookalikes_stay_compliant(lang: str, text: str) -> None:
    assert blocked(text, lang) == set(), (lang, text)


# --- R3: a verdict that weighs on Amazon -------------------------------------------------

VERDICTS = [
    (
        "en",
        "A fair verdict from seasoned players like you carries real weight on Amazon. We'd be grateful.",
    ),
    (
        "nl",
        "Het oordeel van ervaren vissers zoals u telt zwaar op Amazon; we zouden het fijn vinden.",
    ),
    (
        "de",
        "Das Urteil erfahrener Reiter wie Sie zählt auf Amazon sehr viel, wir würden uns freuen.",
    ),
    (
        "fr",
        "Le jugement de cavaliers expérimentés comme vous compte beaucoup sur Amazon, ça nous ferait plaisir.",
    ),
    (
        "es",
        "El veredicto de surfistas con experiencia como usted pesa mucho en Amazon; se lo agradeceríamos.",
    ),
    ("it", "Il verdetto di musicisti esperti come lei pesa molto su Amazon, gliene saremmo grati."),
    (
        "sv",
        "Ett omdöme från erfarna ryttare som du väger tungt på Amazon, vi skulle uppskatta det.",
    ),
]

VERDICT_LOOKALIKES = [
    ("en", "The courier's verdict on the damage claim came back today and the refund is approved."),
    ("de", "Das Urteil des Gutachters zum Transportschaden liegt vor, die Erstattung läuft."),
    ("fr", "Le colis pèse beaucoup, la livraison prendra un jour de plus."),
    ("nl", "Het pakket weegt zwaar, dus de bezorging duurt een dag langer."),
    ("en", "The cello case weighs heavily on the shipping price, that is what Amazon charged."),
]


@pytest.mark.parametrize(("lang", "text"), VERDICTS)
def test_verdicts_weighing_on_amazon_are_review_requests(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang), (lang, text)


@pytest.mark.parametrize(("lang", "text"), VERDICT_LOOKALIKES)
def test_claim_verdicts_stay_compliant(lang: str, text: str) -> None:
    assert blocked(text, lang) == set(), (lang, text)
