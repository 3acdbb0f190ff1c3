# ruff: noqa: E501  (sentences are kept whole)
"""Round 28c: false alarms of the phone and personal-data rules on the development held-out
sets 29-33, each class tested with sentences of our own (none from a held-out set), beside
the violations that must still block.  Measured with the rules alone (no n-gram model).

F1: a letter's or a consignment's number printed in groups with its letters, the country
glued to the last digit ("RR 6620 1957 3DE") or a capital prefix after a consignment-note
word ("récépissé DPX 4471 2290 38", "Frachtbrief", "vrachtbrief", "list przewozowy").
F2: an international-looking run ("0028417730592") whose "00" is followed by no country's
calling code: a pick-up or parcel number, not a phone number.
F3: an identity document shown at the counter when collecting a parcel, said with the verb's
object glued on or another verb ("per ritirarlo serve", "para recogerlo", "op te halen",
"behöver visa legitimation", "almak için kimlik").
M1: a phone number's rest said to be further down with a few more words ("the rest is at the
very bottom", "il resto lo trovi qui sotto", "残りは下に"), after a quantity of the body that
must not open the chain, and the call verbs "ringa", "dzwonić".
M2: a landline named by its own word and told in pieces ("nuestro fijo empieza por 978 61. Y
termina en 44 29", "Festnetz", "notre fixe", "il nostro fisso", "stacjonarny").
M3: the seller lacking the buyer's data asks for it ("nos falta su DNI", "fehlt uns noch Ihr
Geburtsdatum", "saknar vi ditt personnummer", "bizde eksik"); something missing from an
address on Amazon asks for nothing.
M4: the informal question with no "me" or with "sen" ("me puedes pasar tu número", "mi puoi
mandare il tuo numero", "kun je je nummer sturen", "cep numaranı gönderebilir misin").
M5: a host typed with blanks for its dots whose top-level domain is also a word ("it", "se",
"es", "at", "be") and a spaced path, joined when the text tells the buyer to put dots for
the blanks ("con i punti al posto degli spazi", "punkt i stället för mellanslag"); slashes
in a sentence with no such hint stay words.
"""

from __future__ import annotations

import pytest

from tests.compliance.rules_only import blocked

# --- F1: a letter's or a consignment's number with its letters ---------------------------

LETTERED = [
    (
        "en",
        "Your letter went by Royal Mail Tracked, reference RR 5512 3084 7GB, and should arrive Thursday.",
    ),
    (
        "de",
        "Der Ersatzknopf ging als Einschreiben raus, Nummer RR 6620 1957 3DE, bitte noch zwei Tage Geduld.",
    ),
    (
        "fr",
        "Le transporteur a émis le récépissé DPX 4471 2290 38 ce matin, livraison sous trois jours.",
    ),
    ("es", "Le enviamos la carta certificada con número RR 7703 1148 2ES, tardará dos días más."),
    ("it", "La raccomandata è partita, numero RR 3391 0472 8IT, arriverà entro venerdì."),
    ("ja", "書留でお送りしました。番号は RR 2284 6619 0JP です。"),
    (
        "nl",
        "De brief is aangetekend verstuurd, nummer RR 8802 4417 6NL, nog een of twee dagen geduld.",
    ),
    ("pl", "List polecony wysłaliśmy, numer RR 5590 2314 7PL, dojdzie w czwartek."),
    ("sv", "Brevet skickades rekommenderat, nummer RR 6613 0285 9SE, det kommer på torsdag."),
    ("tr", "Mektubu taahhütlü gönderdik, numarası RR 4470 1983 2TR, perşembe gelir."),
    (
        "de",
        "Die Spedition hat den Frachtbrief SPX 4410 2298 37 ausgestellt, sie meldet sich vorher.",
    ),
    ("es", "La agencia emitió el albarán TRX 5520 1187 46 esta mañana y le avisará antes."),
    ("it", "Il corriere ha emesso la lettera di vettura BRT 6631 0294 55 stamattina."),
    ("ja", "運送会社の送り状は 3301 7724 58 です。"),
    ("nl", "De vervoerder heeft vrachtbrief VBX 7742 0381 29 aangemaakt en belt u vooraf."),
    ("pl", "Przewoźnik wystawił list przewozowy LPX 8853 1420 37 dziś rano."),
    ("sv", "Speditören har skrivit fraktsedel FSX 9964 2531 48 i morse."),
    ("tr", "Nakliye firması irsaliye NKX 2275 3642 59 düzenledi, teslimattan önce arayacaklar."),
]

LETTERED_STILL = [
    ("en", "The consignment note is in the box; for anything else ring me on 0161 4471 2290."),
    ("de", "Der Frachtbrief liegt bei, ruf mich einfach an: 0151 2345 6789."),
    ("fr", "Le récépissé est dans le colis, appelez-moi au 06 12 34 56 78."),
    ("nl", "De vrachtbrief zit erbij, bel me op 06 12345678."),
    ("sv", "Fraktsedeln ligger i lådan, ring mig på 070-123 45 67."),
]


@pytest.mark.parametrize(("lang", "text"), LETTERED)
def test_lettered_numbers_are_no_phone(lang: str, text: str) -> None:
    assert "phone-number" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), LETTERED_STILL)
def test_a_phone_beside_a_consignment_note_still_blocks(lang: str, text: str) -> None:
    assert "phone-number" in blocked(text, lang)


# --- F2: "00" followed by no country's code ------------------------------------------------

NO_COUNTRY = [
    (
        "en",
        "It is waiting at the parcel point in the Co-op on the high street, number 0028417730592, for a week.",
    ),
    (
        "de",
        "Es liegt im Paketshop am Bahnhof bei der Bäckerei Krumm, Nummer 0042918374651, sieben Tage lang.",
    ),
    (
        "fr",
        "Il vous attend au point relais du tabac de la place, numéro 0028716630482, pendant dix jours.",
    ),
    (
        "es",
        "Le espera en el punto de recogida de la papelería de la plaza, número 0042955512870, diez días.",
    ),
    (
        "it",
        "La aspetta al punto di ritiro dell'edicola in piazza Garibaldi, numero 0028315570264, per dieci giorni.",
    ),
    ("ja", "駅前のコンビニ受け取り窓口に届いています。受付番号 0042811127730 です。"),
    (
        "nl",
        "Het ligt bij het afhaalpunt in de boekhandel op het plein, nummer 0028917730415, een week lang.",
    ),
    (
        "pl",
        "Czeka w punkcie odbioru w kiosku przy rynku na Starym Mieście, numer 0042918370546, przez dwa dni.",
    ),
    (
        "sv",
        "Det ligger hos utlämningsstället i kiosken vid torget i Östersund, nummer 0028219960413, i två veckor.",
    ),
    (
        "tr",
        "Kargo meydandaki bakkalın teslim noktasında bekliyor, numara 0042917730582, bir hafta boyunca.",
    ),
]

NO_COUNTRY_STILL = [
    ("en", "Text me anytime, 0044 7700 900461."),
    ("pl", "Mój numer to 0048601234567, proszę pisać."),
    ("de", "Sie erreichen mich unter 0049 151 23456789."),
]


@pytest.mark.parametrize(("lang", "text"), NO_COUNTRY)
def test_no_country_code_no_phone(lang: str, text: str) -> None:
    assert "phone-number" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), NO_COUNTRY_STILL)
def test_an_international_number_still_blocks(lang: str, text: str) -> None:
    assert "phone-number" in blocked(text, lang)


# --- F3: an identity document shown when collecting ----------------------------------------

PICKUP_ID = [
    (
        "en",
        "The parcel is at the post office now; when you go to get it they will want a photo ID.",
    ),
    ("de", "Das Paket liegt in der Postfiliale, zum Abholen brauchen Sie Ihren Personalausweis."),
    ("fr", "Pour le récupérer au point relais, une pièce d'identité vous sera demandée."),
    ("es", "Para recogerlo en la oficina necesitará su DNI o pasaporte."),
    ("it", "Per ritirarlo serve la carta d'identità; resta in giacenza una settimana."),
    ("ja", "郵便局でお受け取りの際は身分証明書が必要です。"),
    ("nl", "Om het op te halen heeft u uw identiteitsbewijs nodig."),
    ("pl", "Przy odbiorze w placówce trzeba mieć dowód osobisty."),
    ("sv", "Du har tio dagar på dig och behöver visa legitimation."),
    ("tr", "Paketi almak için nüfus cüzdanınız gerekli, şubede bir hafta bekliyor."),
]

ID_STILL = [
    ("en", "Please send us a photo of your ID card so we can release the refund."),
    ("it", "Per il rimborso ci mandi una foto della sua carta d'identità."),
    ("sv", "Skicka oss en bild på din legitimation så betalar vi tillbaka."),
    ("nl", "Stuur ons een kopie van uw identiteitsbewijs voor de terugbetaling."),
    ("tr", "İade için kimlik fotokopinizi bize gönderin."),
]


@pytest.mark.parametrize(("lang", "text"), PICKUP_ID)
def test_id_shown_at_pickup_is_no_ask(lang: str, text: str) -> None:
    assert "personal-data" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), ID_STILL)
def test_id_sent_to_the_seller_still_blocks(lang: str, text: str) -> None:
    assert "personal-data" in blocked(text, lang)


# --- M1: a phone number's rest in the P.S., said with a few more words -----------------------

REST_BELOW = [
    (
        "en",
        "Mix 200 ml with 800 ml of water. If it still won't foam, call our workshop on 0161 49, the rest is at the very bottom.\n\nThanks, Joe\n\nPS. 60 73 31",
    ),
    (
        "de",
        "Nehmen Sie 50 g Pulver auf 500 ml Wasser. Klappt es nicht, rufen Sie unsere Werkstatt an: 0521 38, der Rest steht ganz unten.\n\nGrüße\nTom\n\nPS: 47 19 02",
    ),
    (
        "fr",
        "Comptez 30 g pour 700 ml d'eau. Sinon appelez l'atelier au 04 78, la suite est tout en bas.\n\nCordialement\n\nPS : 61 22 90",
    ),
    (
        "es",
        "Use 40 g por 600 ml de agua. Si no, llame al taller al 976 30, el resto está más abajo.\n\nSaludos\n\nPD: 57 13",
    ),
    (
        "it",
        "Servono 20 g per 800 ml d'acqua. Altrimenti chiama pure il negozio al 0464 e il resto lo trovi qui sotto.\n\nP.S. 52 18 37",
    ),
    (
        "ja",
        "水500mlに粉30gです。泡立たない場合は工房にお電話ください：06-63、残りは下に書きました。\n\n追伸 45 88 21",
    ),
    (
        "nl",
        "Gebruik 30 gram op 700 ml water. Lukt het niet, bel onze werkplaats op 010-44, de rest staat helemaal onderaan.\n\nGroet\n\nPS 71 28 93",
    ),
    (
        "pl",
        "Na 600 ml wody dajemy 30 g proszku. Jeśli nie wyjdzie, proszę dzwonić do warsztatu: 22 61, reszta jest na samym dole.\n\nPozdrawiam\n\nPS 48 30 17",
    ),
    (
        "sv",
        "Blanda 100 ml schampo med 900 ml vatten. Annars kan du ringa vår verkstad på 031-71, resten står längst ner i mejlet.\n\nHälsningar\n\nPS. 48 20 33",
    ),
    (
        "tr",
        "600 ml suya 30 g toz koyun. Olmazsa atölyemizi arayın: 0232 41, gerisi en aşağıda.\n\nSelamlar\n\nNot: 57 19 82",
    ),
]

REST_BELOW_LOOKALIKES = [
    (
        "en",
        "Mix 100 ml with 900 ml of water; the rest of the steps are below.\n\nPS. The refill is 250 ml.",
    ),
    (
        "de",
        "Auf 500 ml Wasser kommen 50 g Pulver, der Rest steht unten in der Anleitung.\n\nPS: Der Beutel wiegt 250 g.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), REST_BELOW)
def test_the_rest_of_a_phone_in_the_ps_blocks(lang: str, text: str) -> None:
    assert "phone-number" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), REST_BELOW_LOOKALIKES)
def test_quantities_and_the_rest_of_the_steps_pass(lang: str, text: str) -> None:
    assert "phone-number" not in blocked(text, lang)


# --- M2: a landline named by its own word, told in two pieces ------------------------------

LANDLINE = [
    ("en", "Our landline starts with 0113 49. And it ends in 60 73."),
    ("de", "Unser Festnetz beginnt mit 0521 38. Und endet auf 47 19."),
    ("fr", "Notre fixe commence par 04 78. Il finit par 61 22 90."),
    ("es", "Nuestro fijo empieza por 976 30. Y termina en 57 13."),
    ("it", "Il nostro fisso inizia con 0464 52. E finisce con 18 37."),
    ("ja", "固定電話は 06-63 で始まり、続きは 45 88 です。"),
    ("nl", "Ons vaste nummer begint met 010 44. En eindigt op 71 28."),
    ("pl", "Nasz stacjonarny zaczyna się od 22 61. A kończy na 48 30 17."),
    ("sv", "Vår fasta telefon börjar på 031 71. Och slutar på 48 20."),
    ("tr", "Sabit hattımız 0232 41 ile başlıyor. Sonu 57 19."),
]

FIXED_LOOKALIKES = [
    ("es", "El precio fijo empieza en 976 euros. Y termina la oferta el día 30."),
    ("it", "Il prezzo fisso inizia da 1200 euro. E finisce il 18 marzo."),
]


@pytest.mark.parametrize(("lang", "text"), LANDLINE)
def test_a_landline_told_in_pieces_blocks(lang: str, text: str) -> None:
    assert "phone-number" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), FIXED_LOOKALIKES)
def test_a_fixed_price_passes(lang: str, text: str) -> None:
    assert "phone-number" not in blocked(text, lang)


# --- M3: "we are still missing your ..." -----------------------------------------------------

WE_LACK = [
    (
        "en",
        "To insure the parcel we are still missing your date of birth and your passport number.",
    ),
    ("de", "Für die Versicherung fehlt uns noch Ihr Geburtsdatum und Ihre Ausweisnummer."),
    (
        "fr",
        "Pour l'assurance, il nous manque votre date de naissance et votre numéro de passeport.",
    ),
    ("es", "Para el seguro nos falta su DNI y su fecha de nacimiento."),
    ("it", "Per l'assicurazione ci manca ancora il suo codice fiscale e la data di nascita."),
    ("ja", "保険の手続きにお客様の生年月日とパスポート番号が足りません。"),
    ("nl", "Voor de verzekering missen we nog uw geboortedatum en paspoortnummer."),
    ("pl", "Do ubezpieczenia brakuje nam jeszcze Pana numeru PESEL i daty urodzenia."),
    ("sv", "För försäkringen saknar vi ditt personnummer och födelsedatum."),
    ("tr", "Sigorta için TC kimlik numaranız ve doğum tarihiniz bizde eksik."),
]

NOTHING_LACKING = [
    ("en", "Your parcel came back because the flat number was missing from the Amazon address."),
    ("de", "Uns fehlt noch ein Teil im Lager, der Rest ist morgen unterwegs."),
    (
        "es",
        "La mochila está retenida por dirección incompleta; puede corregirla en su cuenta de Amazon.",
    ),
    ("sv", "Skolväskan hålls kvar eftersom lägenhetsnumret saknas i adressen på Amazon."),
    ("tr", "Adresiniz eksik olduğu için kargo geri döndü, Amazon hesabınızdan düzeltebilirsiniz."),
]


@pytest.mark.parametrize(("lang", "text"), WE_LACK)
def test_we_are_missing_your_data_asks_for_it(lang: str, text: str) -> None:
    assert "personal-data" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), NOTHING_LACKING)
def test_something_missing_asks_for_nothing(lang: str, text: str) -> None:
    assert "personal-data" not in blocked(text, lang)


# --- M4: the informal question, "can you send me your ..." -----------------------------------

INFORMAL_ASK = [
    ("en", "can u send me ur mobile number pls"),
    ("de", "kannst du mir deine handynummer schicken"),
    ("fr", "tu peux m'envoyer ton numéro de portable"),
    ("es", "me puedes pasar tu número de móvil"),
    ("it", "mi puoi mandare il tuo numero di cellulare"),
    ("ja", "携帯番号教えてもらえる？"),
    ("nl", "kun je je telefoonnummer even sturen"),
    ("pl", "możesz podać swój numer telefonu"),
    ("sv", "kan du skicka ditt mobilnummer"),
    ("tr", "garanti için TC kimlik numaranı yazabilir misin"),
    ("tr", "cep numaranı gönderebilir misin"),
]

INFORMAL_NO_DATA = [
    ("es", "me puedes pasar una foto de la caja abierta"),
    ("it", "mi puoi mandare una foto del pacco"),
    ("nl", "kun je een foto van de doos sturen"),
    ("tr", "kutunun fotoğrafını gönderebilir misin"),
]


@pytest.mark.parametrize(("lang", "text"), INFORMAL_ASK)
def test_an_informal_ask_blocks(lang: str, text: str) -> None:
    assert "personal-data" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), INFORMAL_NO_DATA)
def test_an_informal_ask_for_a_photo_passes(lang: str, text: str) -> None:
    assert "personal-data" not in blocked(text, lang)


# --- M5: a host typed with blanks for its dots, a top-level domain that is also a word, the
# buyer told to put the dots back ------------------------------------------------------------

DOTS_FOR_BLANKS = [
    (
        "en",
        "The fitting video is on woodcraftvenezia it / video / hinge3 (type dots for the spaces).",
    ),
    ("de", "Das Video finden Sie unter saitenwerk at / videos / bass5 (Punkte statt Leerzeichen)."),
    (
        "fr",
        "La vidéo est sur atelierbruxelles be / videos / montage (des points à la place des espaces).",
    ),
    ("es", "El vídeo está en cuerdasmadrid es / videos / bajo5 (con puntos en vez de espacios)."),
    ("it", "il video è su cordeverdi it / video / basso4 (con i punti al posto degli spazi)."),
    (
        "ja",
        "動画は kimuraknives se / video / sharpen にあります（スペースをドットに変えてください）。",
    ),
    ("nl", "De video staat op snarenhuis be / video / bas5 (punten in plaats van spaties)."),
    ("pl", "Film jest na strunowo it / filmy / bas5 (kropki zamiast spacji)."),
    (
        "sv",
        "Filmen finns på strangverket se / filmer / fiol (skriv punkt i stället för mellanslag).",
    ),
    ("tr", "Video telciler it / video / bas5 adresinde (boşluklar yerine nokta koyun)."),
]

NO_HINT = [
    ("es", "Lo importante es / primero / revisar la caja antes de firmar."),
    ("sv", "Vill man se / känna / prova innan köpet går det bra i butiken."),
    ("it", "Le taglie sono S / M / L, con i punti al posto degli spazi nella tabella."),
]


@pytest.mark.parametrize(("lang", "text"), DOTS_FOR_BLANKS)
def test_a_host_with_blanks_for_dots_blocks(lang: str, text: str) -> None:
    assert "link" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), NO_HINT)
def test_slashes_in_a_sentence_pass(lang: str, text: str) -> None:
    assert "link" not in blocked(text, lang)
