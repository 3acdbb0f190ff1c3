# ruff: noqa: E501  (sentences are kept whole)
"""Round 21: classes of set 20's misses and false alarms, each tested with sentences of our
own (none from set 20), beside look-alikes that must pass.

I1: a prize drawn among the buyers who share, describe or tell their experience or
impressions (a draw verb: "verlosen", "tirons au sort", "losujemy", "lottar ut", "抽選").
I2: a reward released once the buyer's words "can be seen" under the product.
R1: an earlier review ask chased without the word: "nothing has appeared under the product".
F1: a grade in an exam or a rank test (審査での評価); "na Gwiazdkę" (Christmas in Polish);
one capitalised star word heading a range's name ("Étoile du Marais").
F2: a book's number (978/979) labelled ISBN with a mistyped check digit; a parcel number
labelled in Finnish, Danish, Portuguese ...
F3: a payment offer refused with "お支払いはAmazonのみ".
F4: Swedish "rea" (sale) is no company register entry ("REA MI-1759302").
M1: a club joined, points collected; a coming range put aside "na Gwiazdkę".
O1: local marketplaces of the ten countries and their neighbours; a department store's
web shop.
"""

from __future__ import annotations

import pytest

from tests.compliance.gate import blocked

# --- I1: a draw among those who tell of their experience --------------------------------

DRAW_FOR_WORDS = [
    (
        "en",
        "This month we're drawing three winners among everyone who shares their experience on the product page.",
    ),
    (
        "de",
        "Unter allen, die ihre Erfahrung auf der Produktseite teilen, verlosen wir ein Set Ersatzklingen.",
    ),
    (
        "fr",
        "Ce mois-ci, nous tirons au sort un tablier parmi ceux qui partagent leur expérience sur la fiche du produit.",
    ),
    ("es", "Entre quienes compartan su experiencia en la página del producto rifamos una sartén."),
    (
        "it",
        "Tra chi racconta la sua esperienza sulla pagina del prodotto estraiamo un set di pennelli.",
    ),
    ("nl", "Onder iedereen die zijn ervaring op de productpagina deelt, verloten we een theepot."),
    (
        "pl",
        "Wśród osób, które podzielą się wrażeniami na stronie produktu, rozlosujemy zestaw noży.",
    ),
    ("sv", "Bland alla som berättar om sin upplevelse på produktsidan lottar vi ut en kaffekvarn."),
    ("tr", "Ürün sayfasında deneyimini paylaşanlar arasından kura ile bir termos hediye ediyoruz."),
    ("ja", "商品ページで使用感をシェアしてくださった方の中から抽選でタオルをプレゼントします。"),
]
DRAW_COMPLIANT = [
    ("en", "The pump can draw three litres a minute; the hose is in the box."),
    (
        "de",
        "Die Gewinner des Fotowettbewerbs der Stadt stehen in der Zeitung, Ihre Lampe ist versandt.",
    ),
    (
        "fr",
        "Le numéro gagnant de la loterie nationale n'a rien à voir avec nous ; votre colis part demain.",
    ),
    ("pl", "Kolor zestawu jest losowy, ale wszystkie noże mają ten sam rozmiar."),
    ("it", "Il vincitore del Giro d'Italia usa questo casco; la taglia M va bene per lei."),
]


@pytest.mark.parametrize(("lang", "text"), DRAW_FOR_WORDS)
def test_i1_a_draw_among_those_who_tell_their_experience_blocks(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), DRAW_COMPLIANT)
def test_i1_draw_and_winner_words_in_their_own_sense_pass(lang: str, text: str) -> None:
    assert "review-request" not in blocked(text, lang)


# --- I2: a reward once the words can be seen under the product ---------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "de",
            "Sobald Ihre paar Zeilen unter der Lampe zu sehen sind, schicken wir Ihnen den Ersatzschirm gratis.",
        ),
        (
            "es",
            "En cuanto su experiencia se pueda leer en la página del artículo, le devolvemos 5 €.",
        ),
    ],
)
def test_i2_reward_once_the_words_can_be_seen_blocks(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


def test_i2_words_of_the_seller_under_the_product_pass() -> None:
    text = "Die Maße sind unter dem Artikel zu sehen; der Ersatzschirm kommt kostenlos mit."
    assert "review-request" not in blocked(text, "de")


# --- R1: an earlier ask chased without the word ------------------------------------------

CHASED = [
    ("en", "Just following up: we haven't seen anything appear under the product yet."),
    ("de", "Kurze Erinnerung: Unter dem Produkt ist bisher leider nichts erschienen."),
    (
        "fr",
        "Petit rappel : toujours rien vu apparaître sous le produit depuis notre dernier message.",
    ),
    ("es", "Un recordatorio: todavía no hemos visto nada en la página del producto."),
    ("it", "Un promemoria: non abbiamo ancora visto nulla sotto il prodotto."),
    ("nl", "Even een herinnering: we hebben nog niets onder het product zien verschijnen."),
    ("pl", "Przypominamy: jeszcze nic się nie pojawiło pod produktem."),
    ("sv", "En påminnelse: vi har inte sett något under produkten ännu."),
    ("tr", "Küçük bir hatırlatma: ürün sayfasında henüz bir şey göremedik."),
    ("ja", "念のためのご連絡です。商品ページにまだ何も掲載されていないようです。"),
    ("en", "We wrote to you last week about a review of the kettle."),
]
CHASED_COMPLIANT = [
    ("en", "We wrote to you last week about the replacement; it ships today."),
    ("de", "Auf der Produktseite steht die Größe; die Lieferung kommt morgen."),
    ("fr", "Nous vous avions écrit au sujet du remboursement, il est parti hier."),
]


@pytest.mark.parametrize(("lang", "text"), CHASED)
def test_r1_nothing_under_the_product_yet_blocks(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), CHASED_COMPLIANT)
def test_r1_earlier_messages_about_other_things_pass(lang: str, text: str) -> None:
    assert blocked(text, lang) == set()


# --- F1: grades, Christmas and names -----------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ja", "この道着は昇段審査の評価に関係なくお使いいただけます。"),
        ("ja", "試験での評価とは関係ありませんので、練習用にもお使いいただけます。"),
        ("pl", "Na Gwiazdkę paczki idą dłużej, proszę zamówić do 15 grudnia."),
        (
            "fr",
            "La lampe fait partie de la gamme Étoile du Nord ; le coffret contient deux ampoules.",
        ),
        (
            "it",
            "Il servizio si chiama Stella Marina, è la nostra linea; il coffret include sei piatti.",
        ),
        ("en", "The cushion is from the Star Of India range; the gift box holds two covers."),
    ],
)
def test_f1_grades_christmas_and_names_are_no_review(lang: str, text: str) -> None:
    assert "review-request" not in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ja", "商品ページで評価をお願いいたします。"),
        ("pl", "Prosimy o pięć gwiazdek na Amazonie."),
        ("fr", "Laissez-nous une Étoile de plus sur Amazon, merci !"),
        ("de", "Hinterlassen Sie gern eine Bewertung Ihrer Erfahrung auf Amazon."),
    ],
)
def test_f1_asks_stay_asks(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


# --- F2: a book's number, a parcel's number ----------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The revised edition has ISBN 978-3-16-148410-1 on the back cover."),
        ("de", "Die Neuauflage hat die ISBN 979-10-90636-07-2."),
        (None, "Hei, paketin seurantanumero on 00373500417788123, perillä perjantaina."),
        (None, "Hej, pakken er sendt med sporingsnummer 00370712345678901."),
        (None, "Olá, o código de rastreio da encomenda é 00340434161234567."),
    ],
)
def test_f2_a_book_or_a_parcel_number_is_no_phone(lang: str | None, text: str) -> None:
    assert "phone-number" not in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Questions about the ISBN? Call 0161 496 0732."),
        (None, "Soita meille numeroon 040 123 4567."),
    ],
)
def test_f2_phones_stay_phones(lang: str | None, text: str) -> None:
    assert "phone-number" in blocked(text, lang)


# --- F3: paying outside Amazon refused in Japanese ---------------------------------------


def test_f3_offer_refused_amazon_only_passes() -> None:
    text = (
        "銀行振込でのお支払いをご提案いただきありがとうございます。"
        "恐れ入りますが、お支払いはすべてAmazonのみとさせていただいております。"
    )
    assert "off-amazon" not in blocked(text, "ja")


def test_f3_offer_accepted_still_blocks() -> None:
    text = "PayPayでお支払いいただければ、すぐに発送いたします。"
    assert "off-amazon" in blocked(text, "ja")


# --- F4: company boilerplate ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Distinti saluti,\nCartoleria Bruni S.r.l., P. IVA 01234560987, REA TO-1122334",
        "Mit freundlichen Grüßen\nHolzwerk Kern GmbH, HRB 12345, USt-IdNr. DE123456789",
    ],
)
def test_f4_company_boilerplate_is_no_marketing(text: str) -> None:
    assert blocked(text) == set()


def test_f4_swedish_sale_still_marketing() -> None:
    assert "marketing" in blocked("Rean startar på fredag, då är allt 30 % billigare.", "sv")


# --- M1: a club and its points; a product put aside for Christmas ---------------------------

CLUB = [
    ("en", "P.S. Join our garden club and collect points towards free seed packets."),
    ("de", "P.S. Werden Sie Mitglied in unserem Backclub und sammeln Sie Punkte für Gratisformen."),
    ("fr", "P.S. Rejoignez notre club cuisine et cumulez des points à chaque achat."),
    ("es", "P.D. Únase a nuestro club de jardinería y acumule puntos para regalos."),
    ("it", "P.S. Entri nel nostro club del tè e accumuli punti per le prossime confezioni."),
    ("nl", "P.S. Spaar punten bij elke huur en krijg een gratis partytent."),
    ("pl", "P.S. Dołącz do naszego klubu kawowego i zbieraj punkty za każdy zakup."),
    ("sv", "P.S. Bli medlem i vår kaffeklubb och samla poäng på varje köp."),
    ("tr", "Not: Kulübümüze katılın, her alışverişte puan biriktirin."),
    ("ja", "追伸：当店のポイントが貯まる会員クラブにご入会ください。"),
    ("pl", "Na Gwiazdkę będziemy mieli nowe kalendarze adwentowe, odłożyć jeden dla Pana?"),
]
CLUB_COMPLIANT = [
    ("en", "The adapter has three contact points; the club head cover is included."),
    ("de", "Die Messpunkte sammeln sich auf der Rückseite; Ihr Paket ist unterwegs."),
    ("pl", "Na Gwiazdkę kurierzy mają dużo pracy, paczka może przyjść dzień później."),
    ("ja", "Amazonポイントの付与についてはAmazonのヘルプページをご覧ください。"),
]


@pytest.mark.parametrize(("lang", "text"), CLUB)
def test_m1_club_points_and_christmas_aside_block(lang: str, text: str) -> None:
    assert "marketing" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), CLUB_COMPLIANT)
def test_m1_points_and_christmas_in_their_own_sense_pass(lang: str, text: str) -> None:
    assert "marketing" not in blocked(text, lang)


# --- O1: local marketplaces and a department store's web shop ------------------------------

LOCAL_MARKETS = [
    (None, "Bok, isti stolić imamo i na Njuškalu, tamo je jeftiniji."),
    ("de", "Den gleichen Tisch finden Sie auch bei Willhaben unter unserem Namen."),
    ("en", "The same frame is on Gumtree under our shop name, a bit cheaper."),
    ("it", "Lo stesso vaso lo vendiamo anche su Catawiki."),
    ("ja", "同じ商品をヤフオクでも出品しております。"),
    ("tr", "Aynı lambayı Gittigidiyor'da da satıyoruz."),
    (
        "es",
        "La misma lámpara la tenemos en la web de unos grandes almacenes, con nuestro mismo nombre de tienda.",
    ),
]
LOCAL_MARKETS_COMPLIANT = [
    ("es", "Los grandes almacenes cierran el domingo, pero su paquete llega el lunes."),
    ("en", "The delivery van got stuck behind a gum tree, so it is a day late."),
]


@pytest.mark.parametrize(("lang", "text"), LOCAL_MARKETS)
def test_o1_local_marketplaces_block(lang: str | None, text: str) -> None:
    assert "off-amazon" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), LOCAL_MARKETS_COMPLIANT)
def test_o1_look_alikes_pass(lang: str, text: str) -> None:
    assert "off-amazon" not in blocked(text, lang)
