# ruff: noqa: E501  (sentences are kept whole)
"""Round 32a: false alarms and misses of the review-request and marketing rules on the
development held-out sets 46-53, each class tested with sentences of our own in all ten
languages, beside the violations of the same shape that must still block.  Rules alone.

F1 (review-request): a cosmetic grade shown as stars on a scale that describes the goods
("on our looks scale that is three of five stars"), nobody addressed, nothing asked.
F2 (review-request): the buyer's own review left to them ("your review is yours to write",
"that is your right", "the refund does not depend on it").
F3 (review-request): "drop us a line here on Amazon if anything is missing": the thread.
F4 (marketing): a job title ("delivery coordinator") read as Italian "coordinato" (matching
set); a size "3 x 2,5 m" read as the multi-buy "3x2".
M1 (review-request): Swedish "we would be glad of a (product) review on Amazon".
M2 (marketing): a coming product offered to be put aside for the buyer ("shall I keep one for
you?").
"""

from __future__ import annotations

import pytest

from tests.compliance.rules_only import blocked

RR = "review-request"
MK = "marketing"

# --- F1: a cosmetic grade shown as stars -----------------------------------------------------

COSMETIC_STARS = [
    (
        "en",
        "Hello Ms Berg, grade B means light marks on the edge. On our cosmetic scale that is three out of five stars; it only describes the looks. Your Galaxy is grade B. Kind regards, Phonebay",
    ),
    (
        "en",
        "Hello Ms Berg, on the listing we also show the grade as 3 of 5 stars for appearance, but every unit passes the same test. Kind regards, Phonebay",
    ),
    (
        "de",
        "Guten Tag Herr Roth, Zustand A heißt: keine sichtbaren Spuren. Auf unserer Skala für die Optik sind das 5 von 5 Sternen, die Technik ist bei allen Geräten gleich geprüft. Ihr Laptop ist Zustand A. Grüße, Zweitwerk",
    ),
    (
        "fr",
        "Bonjour Madame Petit, le grade B correspond à de légères marques sur le cadre. Sur notre échelle esthétique, cela fait trois étoiles sur cinq, cela ne concerne que l'aspect. Votre tablette est en grade B. Recondi",
    ),
    (
        "es",
        "Hola, señor Gil. El grado A no tiene marcas visibles. En nuestra escala de aspecto eso son cinco estrellas de cinco; la prueba técnica es la misma para todos. Su portátil es grado A. Renovado Sur",
    ),
    (
        "it",
        "Buongiorno Signor Riva, il grado B indica segni leggeri sul bordo. Sulla nostra scala estetica corrisponde a tre stelle su cinque, descrive solo l'aspetto. Il suo tablet è grado B. Rinasce",
    ),
    (
        "ja",
        "田中様、Bランクはフレームに小さな傷がある状態です。外観の評価基準では星5つ中3つに相当し、機能はすべて同じ検査を通っています。リユース堂",
    ),
    (
        "nl",
        "Beste meneer Bos, klasse A betekent geen zichtbare sporen. Op onze schaal voor het uiterlijk is dat vijf van de vijf sterren; de techniek is bij alle toestellen gelijk getest. Tweedekans",
    ),
    (
        "pl",
        "Dzień dobry, klasa B to lekkie ślady na ramce. W naszej skali wyglądu to trzy gwiazdki na pięć, ale dotyczy to tylko estetyki. Pana laptop jest w klasie B. Odnowa",
    ),
    (
        "sv",
        "Hej Nils, skick B betyder lätta märken på kanten. På vår skala för utseende är det tre av fem stjärnor, det gäller bara det kosmetiska. Din platta är skick B. Omtag",
    ),
    (
        "tr",
        "Merhaba Ali Bey, B sınıfı kenarda hafif izler demek. Görünüm ölçeğimizde bu beş üzerinden üç yıldız, sadece kozmetik durumu anlatır. Tabletiniz B sınıfı. Yenigibi",
    ),
]

STARS_ASKED = [
    (
        "en",
        "Hello Ms Berg, your phone is grade B on our cosmetic scale. If you are happy, please give us five stars on Amazon. Phonebay",
    ),
    (
        "en",
        "Hello Ms Berg, on our cosmetic scale it is grade B; would you rate us five out of five stars for it? Phonebay",
    ),
    (
        "de",
        "Guten Tag Herr Roth, Ihr Laptop ist Zustand A auf unserer Skala für die Optik. Bewerten Sie uns bitte mit 5 Sternen. Zweitwerk",
    ),
    (
        "fr",
        "Bonjour Madame Petit, votre tablette est en grade B sur notre échelle esthétique. Merci de nous laisser cinq étoiles sur Amazon. Recondi",
    ),
    (
        "es",
        "Hola, señor Gil. Su portátil es grado A en nuestra escala de aspecto. Déjenos cinco estrellas en Amazon, por favor. Renovado Sur",
    ),
    (
        "it",
        "Buongiorno Signor Riva, il suo tablet è grado B sulla nostra scala estetica. Ci lasci cinque stelle su Amazon, per favore. Rinasce",
    ),
    (
        "ja",
        "田中様、外観の評価基準ではBランクです。ぜひAmazonで星5つをお願いいたします。リユース堂",
    ),
    (
        "nl",
        "Beste meneer Bos, uw toestel is klasse A op onze schaal voor het uiterlijk. Geeft u ons alstublieft vijf sterren op Amazon. Tweedekans",
    ),
    (
        "pl",
        "Dzień dobry, Pana laptop jest w klasie B w naszej skali wyglądu. Prosimy o pięć gwiazdek na Amazonie. Odnowa",
    ),
    (
        "sv",
        "Hej Nils, din platta är skick B på vår skala för utseende. Ge oss gärna fem stjärnor på Amazon. Omtag",
    ),
    (
        "tr",
        "Merhaba Ali Bey, tabletiniz görünüm ölçeğimizde B sınıfı. Lütfen Amazon'da bize beş yıldız verin. Yenigibi",
    ),
]


@pytest.mark.parametrize(("lang", "text"), COSMETIC_STARS)
def test_a_cosmetic_grade_shown_as_stars_passes(lang: str, text: str) -> None:
    assert RR not in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), STARS_ASKED)
def test_stars_asked_beside_a_cosmetic_scale_still_block(lang: str, text: str) -> None:
    assert RR in blocked(text, lang), text


# --- F2: the buyer's own review left to them -------------------------------------------------

REVIEW_LEFT = [
    (
        "en",
        "Hello Mr Dale, I read your review about the missing cable, and you are right. A new cable went out today. Your review is yours to write however you like; I only wanted you to have the cable. Mia",
    ),
    (
        "en",
        "Hello Mr Dale, we saw your rating about the smell. That is your right and we ask nothing about it. The replacement ships today. Mia",
    ),
    (
        "de",
        "Guten Tag Frau Jung, wir haben Ihre Rezension gelesen. Ihre Rezension gehört Ihnen, Sie müssen nichts daran ändern, und die Erstattung hängt nicht davon ab. Wir haben den vollen Betrag über Amazon erstattet. Lampenhaus",
    ),
    (
        "fr",
        "Bonjour Monsieur Blanc, nous avons lu votre avis. Votre avis vous appartient, vous n'avez rien à y changer et le remboursement n'en dépend pas. Le remboursement complet est fait via Amazon. Luminor",
    ),
    (
        "es",
        "Hola, señora Ruiz. Hemos leído su opinión. Su opinión es suya, no tiene que cambiar nada y el reembolso no depende de ella. Le hemos reembolsado todo a través de Amazon. Lumbre",
    ),
    (
        "it",
        "Gentile Signora Conti, abbiamo letto la sua recensione. La recensione è sua, non deve cambiare nulla e il rimborso non dipende da essa. Le abbiamo rimborsato tutto tramite Amazon. Lucerna",
    ),
    (
        "ja",
        "佐藤様\nレビューを拝見いたしました。レビューはお客様のものですので、変更していただく必要はなく、返金もそれとは関係ございません。全額をAmazon経由で返金いたしました。\n灯り屋",
    ),
    (
        "nl",
        "Beste mevrouw Smit, we hebben uw recensie gelezen. Uw recensie is van u, u hoeft er niets aan te veranderen en de terugbetaling hangt er niet van af. Het volledige bedrag is via Amazon teruggestort. Lampenwinkel",
    ),
    (
        "pl",
        "Dzień dobry, przeczytaliśmy Pana opinię. Opinia należy do Pana, nie musi Pan nic w niej zmieniać, a zwrot od niej nie zależy. Zwróciliśmy całą kwotę przez Amazon. Lampiarnia",
    ),
    (
        "sv",
        "Hej Karin, vi har läst din recension. Recensionen är din, du behöver inte ändra något och återbetalningen hänger inte på den. Hela beloppet är återbetalt via Amazon. Lampboden",
    ),
    (
        "tr",
        "Merhaba Elif Hanım, yorumunuzu okuduk. Yorum size ait; hiçbir şeyi değiştirmenize gerek yok ve iade ona bağlı değil. Tutarın tamamını Amazon üzerinden iade ettik. Lamba Dünyası",
    ),
]

REVIEW_LEFT_THEN_ASKED = [
    (
        "en",
        "Hello Mr Dale, your review is yours to write, but if you change it to five stars we will refund the cable. Mia",
    ),
    (
        "de",
        "Guten Tag Frau Jung, Ihre Rezension gehört Ihnen. Wenn Sie sie auf fünf Sterne ändern, erstatten wir Ihnen 10 Euro. Lampenhaus",
    ),
    (
        "fr",
        "Bonjour Monsieur Blanc, votre avis vous appartient, mais si vous le modifiez nous vous remboursons 10 euros. Luminor",
    ),
    (
        "es",
        "Hola, señora Ruiz. Su opinión es suya, pero si la cambia a cinco estrellas le devolvemos 10 euros. Lumbre",
    ),
    (
        "it",
        "Gentile Signora Conti, la recensione è sua, però se la modifica le rimborsiamo 10 euro. Lucerna",
    ),
    (
        "ja",
        "佐藤様\nレビューはお客様のものですが、星5つに変更していただければ1000円を返金いたします。\n灯り屋",
    ),
    (
        "nl",
        "Beste mevrouw Smit, uw recensie is van u, maar als u hem aanpast naar vijf sterren, storten we 10 euro terug. Lampenwinkel",
    ),
    (
        "pl",
        "Dzień dobry, opinia należy do Pana, ale jeśli zmieni ją Pan na pięć gwiazdek, zwrócimy 10 zł. Lampiarnia",
    ),
    (
        "sv",
        "Hej Karin, recensionen är din, men om du ändrar den till fem stjärnor betalar vi tillbaka 100 kronor. Lampboden",
    ),
    (
        "tr",
        "Merhaba Elif Hanım, yorum size ait ama beş yıldıza değiştirirseniz 100 TL iade ederiz. Lamba Dünyası",
    ),
]


@pytest.mark.parametrize(("lang", "text"), REVIEW_LEFT)
def test_the_buyers_review_left_to_them_passes(lang: str, text: str) -> None:
    assert RR not in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), REVIEW_LEFT_THEN_ASKED)
def test_a_review_left_then_bargained_still_blocks(lang: str, text: str) -> None:
    assert RR in blocked(text, lang), text


# --- F3: a line dropped here, in this thread -------------------------------------------------

A_LINE_HERE = [
    (
        "en",
        "Hi Tom, the parts went out today. Drop us a line here on Amazon if anything is missing. Kitworks",
    ),
    (
        "en",
        "Hi Tom, the parts went out today. Just drop me a line here on Amazon if a screw is missing. Kitworks",
    ),
    (
        "de",
        "Hallo Tom, die Teile sind heute raus. Schreiben Sie uns einfach ein paar Zeilen hier auf Amazon, falls etwas fehlt. Bausatzwerk",
    ),
    (
        "fr",
        "Bonjour Tom, les pièces sont parties aujourd'hui. Écrivez-nous un petit mot ici sur Amazon s'il manque quelque chose. Kitworks",
    ),
    (
        "es",
        "Hola Tom, las piezas salieron hoy. Escríbanos unas líneas aquí en Amazon si falta algo. Kitworks",
    ),
    (
        "it",
        "Ciao Tom, i pezzi sono partiti oggi. Ci scriva due righe qui su Amazon se manca qualcosa. Kitworks",
    ),
    (
        "ja",
        "トム様、部品は本日発送しました。足りないものがあれば、こちらのAmazonのメッセージに一言お書きください。キットワークス",
    ),
    (
        "nl",
        "Hoi Tom, de onderdelen zijn vandaag verstuurd. Stuur ons een paar regels hier op Amazon als er iets ontbreekt. Kitworks",
    ),
    (
        "pl",
        "Cześć Tom, części wyszły dzisiaj. Napisz do nas kilka słów tutaj na Amazonie, jeśli czegoś brakuje. Kitworks",
    ),
    (
        "sv",
        "Hej Tom, delarna skickades i dag. Skriv ett par rader till oss här på Amazon om något saknas. Kitworks",
    ),
    (
        "tr",
        "Merhaba Tom, parçalar bugün yola çıktı. Eksik bir şey varsa buradan Amazon'da bize birkaç satır yazın. Kitworks",
    ),
]

A_LINE_PUBLIC = [
    (
        "en",
        "Hi Tom, the parts went out today. Drop a line on the product page on Amazon if you like the kit. Kitworks",
    ),
    (
        "en",
        "Hi Tom, if all went well, drop us a line under the product on Amazon for other buyers. Kitworks",
    ),
    (
        "de",
        "Hallo Tom, wenn alles passt, schreiben Sie ein paar Zeilen auf der Produktseite bei Amazon. Bausatzwerk",
    ),
    (
        "fr",
        "Bonjour Tom, si tout va bien, écrivez quelques lignes sur la fiche produit Amazon. Kitworks",
    ),
    (
        "es",
        "Hola Tom, si todo va bien, escriba unas líneas en la página del producto en Amazon. Kitworks",
    ),
    (
        "it",
        "Ciao Tom, se va tutto bene, scriva due righe sulla pagina del prodotto su Amazon. Kitworks",
    ),
    (
        "nl",
        "Hoi Tom, als alles goed is, schrijf dan een paar regels op de productpagina op Amazon. Kitworks",
    ),
    (
        "pl",
        "Cześć Tom, jeśli wszystko gra, napisz kilka słów na stronie produktu na Amazonie. Kitworks",
    ),
    ("sv", "Hej Tom, om allt är bra, skriv ett par rader på produktsidan på Amazon. Kitworks"),
    (
        "tr",
        "Merhaba Tom, her şey yolundaysa Amazon'daki ürün sayfasına birkaç satır yazın. Kitworks",
    ),
]


@pytest.mark.parametrize(("lang", "text"), A_LINE_HERE)
def test_a_line_dropped_here_passes(lang: str, text: str) -> None:
    assert RR not in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), A_LINE_PUBLIC)
def test_a_line_on_the_product_page_still_blocks(lang: str, text: str) -> None:
    assert RR in blocked(text, lang), text


# --- F2b: a remedy declared apart from the buyer's review ------------------------------------

REVIEW_APART = [
    (
        "en",
        "Hello Ms Lane, we read your review and understand. Regardless of your review, we have refunded the full amount through Amazon. Keep the jar. Honeybee",
    ),
    (
        "de",
        "Guten Tag Frau Lang, wir haben Ihre Bewertung gelesen. Unabhängig von Ihrer Bewertung haben wir den vollen Betrag über Amazon erstattet. Imkerei Lang",
    ),
    (
        "fr",
        "Bonjour Madame Lenoir, nous avons lu votre avis. Indépendamment de votre avis, nous avons remboursé la totalité via Amazon. Le Rucher",
    ),
    (
        "es",
        "Hola, señora Luna. Hemos leído su reseña. Independientemente de su reseña, le hemos devuelto el importe completo por Amazon. Colmena",
    ),
    (
        "it",
        "Gentile Signora Leone, abbiamo letto la sua recensione. Indipendentemente dalla sua recensione, le abbiamo rimborsato l'intero importo tramite Amazon. Alveare",
    ),
    (
        "ja",
        "林様\nレビューを拝見しました。レビューとは関係なく、代金全額をAmazon経由で返金いたしました。\n蜂蜜屋",
    ),
    (
        "nl",
        "Beste mevrouw Linden, we hebben uw recensie gelezen. Los van uw recensie hebben we het volledige bedrag via Amazon terugbetaald. Imkerij",
    ),
    (
        "pl",
        "Dzień dobry, przeczytaliśmy Pani opinię. Niezależnie od opinii zwróciliśmy całą kwotę przez Amazon. Pasieka",
    ),
    (
        "sv",
        "Hej Lina, vi har läst din recension. Oavsett recensionen har vi betalat tillbaka hela beloppet via Amazon. Biodlarn",
    ),
    (
        "tr",
        "Merhaba Leyla Hanım, yorumunuzu okuduk. Yorumunuzdan bağımsız olarak tutarın tamamını Amazon üzerinden iade ettik. Arıcı",
    ),
    (
        "de",
        "Sehr geehrte Frau Lorenz, danke für Ihre Meldung zur falschen Farbe. Wir haben in Lager review gemacht und zwei falsch etikettierte Kisten gefunden. Ersatz geht heute raus. Textil Kai",
    ),
    (
        "en",
        "Dear Ms Lowe, thanks for telling us about the wrong colour. We did a review in the warehouse and found two mislabelled boxes. The right one ships today. Textile Kai",
    ),
]

REVIEW_APART_THEN_PAID = [
    (
        "en",
        "Hello Ms Lane, regardless of your review, but once you update it to five stars, we refund 10 pounds. Honeybee",
    ),
    (
        "de",
        "Guten Tag Frau Lang, unabhängig von Ihrer Bewertung, aber sobald Sie sie auf fünf Sterne ändern, erstatten wir 10 Euro. Imkerei Lang",
    ),
    (
        "fr",
        "Bonjour Madame Lenoir, indépendamment de votre avis, mais dès que vous le modifiez, nous remboursons 10 euros. Le Rucher",
    ),
    (
        "es",
        "Hola, señora Luna. Independientemente de su reseña, pero en cuanto la cambie a cinco estrellas le devolvemos 10 euros. Colmena",
    ),
    (
        "it",
        "Gentile Signora Leone, indipendentemente dalla sua recensione, però appena la modifica le rimborsiamo 10 euro. Alveare",
    ),
    (
        "nl",
        "Beste mevrouw Linden, los van uw recensie, maar zodra u die aanpast naar vijf sterren, storten we 10 euro terug. Imkerij",
    ),
    (
        "pl",
        "Dzień dobry, niezależnie od opinii, ale jeśli zmieni ją Pani na pięć gwiazdek, zwrócimy 40 zł. Pasieka",
    ),
    (
        "sv",
        "Hej Lina, oavsett recensionen, men om du ändrar den till fem stjärnor betalar vi tillbaka 100 kronor. Biodlarn",
    ),
    (
        "tr",
        "Merhaba Leyla Hanım, yorumunuzdan bağımsız olarak, ama beş yıldıza değiştirirseniz 100 TL iade ederiz. Arıcı",
    ),
]


@pytest.mark.parametrize(("lang", "text"), REVIEW_APART)
def test_a_remedy_apart_from_the_review_passes(lang: str, text: str) -> None:
    assert RR not in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), REVIEW_APART_THEN_PAID)
def test_a_remedy_tied_to_a_changed_review_still_blocks(lang: str, text: str) -> None:
    assert RR in blocked(text, lang), text


# --- F4: a job title, a size -----------------------------------------------------------------

TITLE_OR_SIZE = [
    (
        "en",
        "Hello Mr Hale, the crew comes on Friday between 8 and 12. Gethin, delivery coordinator for Hale Appliances",
    ),
    ("en", "Hello Mr Hale, the shed is 3 x 2.5 m and comes on one pallet. Hale Sheds"),
    (
        "de",
        "Guten Tag Herr Haas, die Spedition kommt am Freitag. Das Gartenhaus misst 3 x 2,5 m. Jana, Koordinatorin Versand, Haas Gartenbau",
    ),
    (
        "fr",
        "Bonjour Madame Hugo, les livreurs passent vendredi. Odile, coordination transport pour Électro Hugo",
    ),
    ("fr", "Bonjour Madame Hugo, l'abri de 3 x 2,5 m arrive sur une palette. Abris Hugo"),
    (
        "es",
        "Hola, señora Haro. El tapiz de 3 x 2 metros sale hoy. Lucía, coordinadora de envíos, Haro Hogar",
    ),
    (
        "it",
        "Buongiorno Signora Hoxha, il telo 3 x 2,5 m parte oggi. Giulia, coordinatrice spedizioni, Casa Hoxha",
    ),
    ("ja", "原様、物置は3 x 2.5 mで、パレットでお届けします。配送コーディネーター 山田"),
    (
        "nl",
        "Beste meneer Hoek, de schuur van 3 x 2,5 meter komt op een pallet. Sanne, coördinator bezorging, Tuinhuis Hoek",
    ),
    (
        "pl",
        "Dzień dobry, domek 3 x 2,5 m przyjedzie na palecie. Anna, koordynatorka dostaw, Domki Hak",
    ),
    (
        "sv",
        "Hej Hanna, boden på 3 x 2,5 meter kommer på en pall. Johanna, leveranssamordnare för Bodar Hall",
    ),
    (
        "tr",
        "Merhaba Hakan Bey, 3 x 2,5 metrelik kulübe palet üzerinde gelecek. Ayşe, teslimat koordinatörü, Hakan Bahçe",
    ),
]

MULTI_BUY_OR_MATCHING = [
    (
        "en",
        "Hello Mr Hale, your shed ships today. This week it's 3x2 on all our garden cushions! Hale Sheds",
    ),
    ("es", "Hola, señora Haro. Su tapiz sale hoy. ¡Esta semana 3x2 en toda la tienda! Haro Hogar"),
    (
        "es",
        "Hola, señora Haro. Su tapiz sale hoy. Aproveche nuestra promoción 3x2 en cojines. Haro Hogar",
    ),
    (
        "it",
        "Buongiorno Signora Hoxha, il telo parte oggi. Solo questa settimana 3x2 su tutti i cuscini! Casa Hoxha",
    ),
    (
        "it",
        "Buongiorno Signora Hoxha, il telo parte oggi. Scopra anche i coordinati della nuova collezione. Casa Hoxha",
    ),
]


@pytest.mark.parametrize(("lang", "text"), TITLE_OR_SIZE)
def test_a_job_title_or_a_size_passes(lang: str, text: str) -> None:
    assert MK not in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), MULTI_BUY_OR_MATCHING)
def test_a_multi_buy_or_matching_set_still_blocks(lang: str, text: str) -> None:
    assert MK in blocked(text, lang), text


# --- M2: a coming product offered to be put aside --------------------------------------------

PUT_ASIDE = [
    (
        "en",
        "Hi Leo, the console is reset and ready. Next week we get refurbished handhelds in; want me to keep one for you? Ruben",
    ),
    (
        "de",
        "Hallo Leo, die Konsole ist zurückgesetzt. Nächste Woche kommen generalüberholte Handhelds rein, soll ich Ihnen eins zurücklegen? Ruben",
    ),
    (
        "fr",
        "Bonjour Léo, la console est réinitialisée. Une nouvelle manette arrive en mars. Voulez-vous que je vous en mette une de côté ? Ruben",
    ),
    (
        "es",
        "Hola Leo, la consola está restablecida. La semana que viene nos entran portátiles reacondicionadas; si quieres, te guardo una. Rubén",
    ),
    (
        "es",
        "Hola Leo, la consola está lista. El mes que viene nos llega la edición especial. ¿Quieres que te guarde una? Rubén",
    ),
    (
        "it",
        "Ciao Leo, la console è resettata. Il mese prossimo arriva la nostra nuova custodia, vuoi che te ne teniamo una da parte? Ruben",
    ),
    (
        "it",
        "Buongiorno Leo, a maggio teniamo un corso per principianti in negozio. Se le interessa, le tengo un posto! Ruben",
    ),
    (
        "ja",
        "レオ様、本体は初期化済みです。来月新しいコントローラーが入荷する予定です。お取り置きいたしましょうか。ルーベン",
    ),
    (
        "nl",
        "Hoi Leo, de console is gereset. Volgende week krijgen we nieuwe handhelds binnen. Zeg het maar als ik er eentje voor je apart moet leggen. Ruben",
    ),
    (
        "pl",
        "Cześć Leo, konsola jest zresetowana. W przyszłym tygodniu przychodzą nowe konsole przenośne, mogę jedną odłożyć dla ciebie. Ruben",
    ),
    (
        "sv",
        "Hej Leo, konsolen är återställd. I maj har vi nybörjarkurs i butiken. Vill du att jag håller en plats åt dig? Ruben",
    ),
    (
        "tr",
        "Merhaba Leo, konsol sıfırlandı. Önümüzdeki hafta yenilenmiş el konsolları geliyor, istersen sana bir tane ayırayım. Ruben",
    ),
]

OWN_PUT_ASIDE = [
    (
        "en",
        "Hi Leo, the replacement charger for your order comes in next week; I will keep one aside for you and send it the same day. Ruben",
    ),
    (
        "es",
        "Hola Leo, el cargador de sustitución de su pedido nos llega la semana que viene; le guardo uno y se lo enviamos ese día. Rubén",
    ),
    (
        "it",
        "Ciao Leo, il caricatore sostitutivo del suo ordine arriva la settimana prossima; gliene teniamo uno da parte e lo spediamo subito. Ruben",
    ),
    (
        "nl",
        "Hoi Leo, de vervangende lader voor je bestelling komt volgende week binnen; ik leg er eentje voor je apart en stuur hem meteen. Ruben",
    ),
    (
        "tr",
        "Merhaba Leo, siparişinizin yedek şarj aleti önümüzdeki hafta geliyor; sana bir tane ayırıp hemen göndereceğim. Ruben",
    ),
]


@pytest.mark.parametrize(("lang", "text"), PUT_ASIDE)
def test_a_coming_product_put_aside_blocks(lang: str, text: str) -> None:
    assert MK in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), OWN_PUT_ASIDE)
def test_the_buyers_own_replacement_put_aside_passes(lang: str, text: str) -> None:
    assert MK not in blocked(text, lang), text


# --- M1: "we would be glad of a review", the verb before its subject -------------------------

GLAD_OF_A_REVIEW = [
    (
        "en",
        "Hi Gus, good to hear the ringer works. If you have a moment, we would be very glad of a product review of the phone on Amazon. Bigbutton",
    ),
    (
        "de",
        "Hallo Gus, schön, dass der Klingelton geht. Wenn Sie einen Moment haben, würden wir uns sehr über eine Produktbewertung auf Amazon freuen. Großtaste",
    ),
    (
        "fr",
        "Bonjour Gus, content que la sonnerie marche. Si vous avez un moment, nous serions très heureux d'un avis sur le téléphone sur Amazon. Grosbouton",
    ),
    (
        "es",
        "Hola Gus, qué bien que el timbre funcione. Si tiene un momento, nos alegraría mucho una reseña del teléfono en Amazon. Botongrande",
    ),
    (
        "it",
        "Ciao Gus, bene che la suoneria funzioni. Se ha un momento, saremmo molto felici di una recensione del telefono su Amazon. Tastone",
    ),
    (
        "ja",
        "ガス様、着信音が鳴るようになってよかったです。お時間があれば、Amazonで電話機のレビューをいただけるととても嬉しいです。大ボタン",
    ),
    (
        "nl",
        "Hoi Gus, fijn dat de beltoon werkt. Als je even tijd hebt, zouden we heel blij zijn met een productrecensie van de telefoon op Amazon. Grootknop",
    ),
    (
        "pl",
        "Cześć Gus, super, że dzwonek działa. Jeśli znajdziesz chwilę, bardzo ucieszylibyśmy się z recenzji telefonu na Amazonie. Dużyprzycisk",
    ),
    (
        "sv",
        "Hej Gus, skönt att ringsignalen fungerar. Om du har en stund över skulle vi bli väldigt glada för en produktrecension av telefonen på Amazon. Storknapp",
    ),
    (
        "sv",
        "Hej Gus, telefonen är framme. Om du har tid skulle vi bli glada för en recension av den på Amazon. Storknapp",
    ),
    (
        "tr",
        "Merhaba Gus, zil sesinin çalışmasına sevindik. Vaktiniz olursa Amazon'da telefon için bir değerlendirme yazarsanız çok seviniriz. Büyüktuş",
    ),
]

GLAD_OF_A_CALL = [
    (
        "sv",
        "Hej Gus, skönt att ringsignalen fungerar. Om du har en stund över skulle vi bli glada för ett kort svar här om den andra luren också ringer. Storknapp",
    ),
    (
        "sv",
        "Hej Gus, vi har läst din recension om ljudet och tar den på allvar. En ny lur är skickad. Storknapp",
    ),
]


@pytest.mark.parametrize(("lang", "text"), GLAD_OF_A_REVIEW)
def test_glad_of_a_review_blocks(lang: str, text: str) -> None:
    assert RR in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), GLAD_OF_A_CALL)
def test_glad_of_an_answer_here_passes(lang: str, text: str) -> None:
    assert RR not in blocked(text, lang), text


# --- M3: the Nth item at half price; F5: half the price refunded -----------------------------

NTH_HALF_PRICE = [
    (
        "en",
        "Hi, the cushion box is with the courier. Just so you know, regular customers get their third item from Oak Sheds at half price. Oak Sheds",
    ),
    (
        "de",
        "Hallo, die Kissenbox ist unterwegs. Übrigens: Stammkunden bekommen den dritten Artikel zum halben Preis. Gartenhaus Eiche",
    ),
    (
        "fr",
        "Bonjour, le coffre est parti. Pour info, nos clients fidèles ont le troisième article à moitié prix. Abris Chêne",
    ),
    (
        "es",
        "Hola, el arcón ya está en camino. Para que lo sepa, los clientes habituales tienen el tercer artículo a mitad de precio. Casetas Roble",
    ),
    (
        "it",
        "Buongiorno, la cassapanca è partita. Per sua informazione, i clienti abituali hanno il terzo articolo a metà prezzo. Casette Quercia",
    ),
    (
        "ja",
        "こんにちは。クッションボックスは発送済みです。常連のお客様は3点目が半額になります。オーク物置",
    ),
    (
        "nl",
        "Hoi, de kussenkist is bij PostNL. Ter info: vaste klanten krijgen hun derde artikel van Eikenhuis voor de halve prijs. Eikenhuis",
    ),
    (
        "pl",
        "Dzień dobry, skrzynia jest w drodze. Stali klienci dostają trzeci produkt za pół ceny. Dębowe Domki",
    ),
    (
        "sv",
        "Hej, dynboxen är hos PostNord. Bara så du vet får återkommande kunder sin tredje produkt från Ekboden till halva priset. Ekboden",
    ),
    (
        "tr",
        "Merhaba, minder sandığı kargoda. Bilginize, düzenli müşterilerimiz üçüncü ürünü yarı fiyatına alıyor. Meşe Kulübe",
    ),
]

HALF_REFUNDED = [
    (
        "en",
        "Hello, if you keep the wrong music box, we refund half the price through Amazon. Music Box Co",
    ),
    (
        "de",
        "Guten Tag, wenn Sie die falsche Spieluhr behalten, erstatten wir Ihnen den halben Preis über Amazon. Spieluhren",
    ),
    (
        "fr",
        "Bonjour, si vous gardez la mauvaise boîte à musique, nous vous remboursons la moitié du prix via Amazon. Boîtes",
    ),
    (
        "es",
        "Hola, si se queda la caja de música equivocada, le devolvemos la mitad del precio por Amazon. Cajitas",
    ),
    (
        "it",
        "Buongiorno, se tiene il carillon sbagliato, le rimborsiamo metà del prezzo tramite Amazon. Carillon",
    ),
    (
        "ja",
        "原様\nお間違えした商品をそのままお持ちいただく場合は、代金の半額をAmazon経由で返金いたします。\nオルゴール堂",
    ),
    ("ja", "原様\nそのままお持ちいただき、半額をAmazonから返金することもできます。\nオルゴール堂"),
    (
        "nl",
        "Hallo, als u de verkeerde speeldoos houdt, betalen we de helft van de prijs terug via Amazon. Speeldozen",
    ),
    (
        "pl",
        "Dzień dobry, jeśli zatrzyma Pani pozytywkę, zwrócimy połowę ceny przez Amazon. Pozytywki",
    ),
    (
        "sv",
        "Hej, om du behåller fel speldosa betalar vi tillbaka halva priset via Amazon. Speldosor",
    ),
    (
        "tr",
        "Merhaba, yanlış müzik kutusunu saklarsanız fiyatın yarısını Amazon üzerinden iade ederiz. Müzik Kutusu",
    ),
]

HALF_PRICE_SALE = [
    ("ja", "原様\n今なら全品半額セール中です。ぜひご覧ください。\nオルゴール堂"),
    ("ja", "原様\n次回のご注文は半額になります。\nオルゴール堂"),
    ("en", "Hello, everything in our shop is half price this weekend! Music Box Co"),
]


@pytest.mark.parametrize(("lang", "text"), NTH_HALF_PRICE)
def test_the_nth_item_at_half_price_blocks(lang: str, text: str) -> None:
    assert MK in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), HALF_REFUNDED)
def test_half_the_price_refunded_passes(lang: str, text: str) -> None:
    assert MK not in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), HALF_PRICE_SALE)
def test_a_half_price_sale_still_blocks(lang: str, text: str) -> None:
    assert MK in blocked(text, lang), text


# --- F6: everyday words read as an offer or urgency ("deal with", "in a hurry") --------------

EVERYDAY = [
    (
        "en",
        "Hello Ms Hale, we refunded 15 pounds through Amazon as goodwill and will deal with the carrier claim ourselves. Skyline",
    ),
    (
        "en",
        "Hello Mrs Grant, the parcel went to the old address on your account, which is easy to miss when you shop in a hurry. A new one is on its way. Annie",
    ),
    (
        "de",
        "Guten Tag Frau Graf, wir kümmern uns selbst um die Reklamation beim Spediteur. Das passiert schnell, wenn man in Eile bestellt. Annie",
    ),
    (
        "fr",
        "Bonjour Madame Gros, nous nous occupons nous-mêmes de la réclamation. Cela arrive vite quand on commande pressé. Annie",
    ),
    (
        "es",
        "Hola, señora Gil. Nos ocupamos nosotros de la reclamación. Pasa fácilmente cuando se compra con prisas. Annie",
    ),
    (
        "it",
        "Gentile Signora Greco, ci occupiamo noi del reclamo con il corriere. Succede facilmente quando si ordina di fretta. Annie",
    ),
    (
        "ja",
        "原様\n配送業者への請求は当店で対応いたします。急いでご注文されると見落としやすいものです。\nアニー",
    ),
    (
        "nl",
        "Beste mevrouw Groen, wij handelen de claim bij de vervoerder zelf af. Dat gebeurt snel als je haastig bestelt. Annie",
    ),
    (
        "pl",
        "Dzień dobry, sami zajmiemy się reklamacją u przewoźnika. Łatwo to przeoczyć przy zakupach w pośpiechu. Annie",
    ),
    (
        "sv",
        "Hej Greta, vi sköter reklamationen mot transportören själva. Det är lätt att missa när man handlar i all hast. Annie",
    ),
    (
        "tr",
        "Merhaba Gül Hanım, kargo şirketiyle olan talebi biz hallederiz. Acele alışverişte gözden kaçması kolay. Annie",
    ),
]

URGED = [
    ("en", "Hello Ms Hale, hurry, the sale ends tonight! Skyline"),
    ("en", "Hello Ms Hale, get yours now, but hurry: only five left at this price. Skyline"),
    ("en", "Hello Ms Hale, a great deal with free shipping on your next order! Skyline"),
]


@pytest.mark.parametrize(("lang", "text"), EVERYDAY)
def test_everyday_words_pass(lang: str, text: str) -> None:
    assert MK not in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), URGED)
def test_urgency_and_deals_still_block(lang: str, text: str) -> None:
    assert MK in blocked(text, lang), text


# --- F7: a voucher that is the goods (a card sent, or packed in the box) ---------------------

VOUCHER_GOODS = [
    (
        "en",
        "Hi Dec, your replacement voucher card is with DPD (parcel 15502277394018). Harbour Games",
    ),
    (
        "en",
        "Hi Ro, the add-on voucher in the box is for the European store, so it won't redeem on an Indian account. Harbour Games",
    ),
    (
        "de",
        "Hallo Dec, Ihre Ersatz-Gutscheinkarte ist bei DPD. Der Gutschein in der Box gilt nur für den europäischen Store. Hafen Spiele",
    ),
    (
        "fr",
        "Bonjour, votre carte code de remplacement est chez DPD. Le bon de téléchargement dans la boîte vaut pour la boutique européenne. Port Jeux",
    ),
    (
        "es",
        "Hola, su tarjeta de código de reemplazo va con DPD. El vale de descarga de la caja es para la tienda europea. Puerto Juegos",
    ),
    (
        "it",
        "Ciao, la carta voucher sostitutiva è con DPD. Il voucher nella confezione vale per lo store europeo. Porto Giochi",
    ),
    (
        "ja",
        "交換用のコードカードはDPDで配送中です。箱の中のダウンロード券はヨーロッパのストア用です。ハーバーゲームズ",
    ),
    (
        "nl",
        "Hoi, je vervangende voucherkaart is bij DPD. De voucher in de doos geldt voor de Europese winkel. Haven Games",
    ),
    (
        "pl",
        "Cześć, zastępcza karta z kodem jest w DPD. Voucher w pudełku działa w europejskim sklepie. Port Gier",
    ),
    (
        "sv",
        "Hej, ditt nya voucherkort är hos DPD. Vouchern i kartongen gäller i den europeiska butiken. Hamnspel",
    ),
    (
        "tr",
        "Merhaba, yedek kupon kartınız DPD'de. Kutudaki kupon Avrupa mağazası için geçerli. Liman Oyun",
    ),
]

VOUCHER_OFFERED = [
    ("en", "Hi Dec, here is a voucher for your next order with us. Harbour Games"),
    ("en", "Hi Dec, we put a voucher in the box: 10% off your next order! Harbour Games"),
    (
        "de",
        "Hallo Dec, als Dankeschön liegt ein Gutschein für Ihre nächste Bestellung bei. Hafen Spiele",
    ),
    ("it", "Ciao, le regaliamo un voucher per il prossimo ordine. Porto Giochi"),
    ("nl", "Hoi, je krijgt van ons een voucher voor je volgende bestelling. Haven Games"),
]


@pytest.mark.parametrize(("lang", "text"), VOUCHER_GOODS)
def test_a_voucher_that_is_the_goods_passes(lang: str, text: str) -> None:
    assert MK not in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), VOUCHER_OFFERED)
def test_a_voucher_offered_still_blocks(lang: str, text: str) -> None:
    assert MK in blocked(text, lang), text
