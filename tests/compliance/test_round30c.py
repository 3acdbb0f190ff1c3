# ruff: noqa: E501  (sentences are kept whole)
"""Round 30c: false alarms of the phone and personal-data rules on the development held-out
sets 38 (replies dictated by voice: numbers read out, corrections half-way) and 39 (made-to-
order goods: the buyer's engraving text echoed back, invoices), each class tested with
sentences of our own (none from a held-out set), beside the violations that must still
block.  Measured with the rules alone (no n-gram model).

F1: a tracking number read out in words or digit by digit right after the parcel's label
("the tracking number is four eight one ...", "numer przesyłki to dziewięć zero ..."), no
phone word in the sentence.
F2: a courier's notice card and its number ("avis de passage n° 02761 0088412", "aviso de
llegada", "avviso di giacenza", "Benachrichtigungskarte", "afhaalbericht", "awizo", "avi",
"ihbarname", "不在票", "calling card").
F3: a number read again after a half-way correction ("no wait, let me read it again"): the
parcel's label before the correction still names it.
F4: a weight or a time echoed from the buyer's engraving text ("kl 04.12 3 560 g",
"4.12 Uhr, 3 560 g"), a unit after the digits.
F5: the size of a number on the product ("a bigger number", "większy numer", "größere
Nummer") asked on the thread.
F6: the buyer's organisation's VAT or tax number put on the invoice ("btw nummer",
"partita IVA", "okulun vergi numarası"), another invoice detail asked in the same sentence.
M1: a gift recipient's contact data asked for ("we need the recipient's date of birth and
mobile", "die Handynummer der Beschenkten", "mottagarens mobilnummer", "alıcının cep
telefonu"): a third person's data needs no "your".
"""

from __future__ import annotations

import pytest

from tests.compliance.rules_only import blocked

PHONE = "phone-number"
DATA = "personal-data"

# --- F1: a tracking number read out in words after the parcel's label -------------------

TRACKING_IN_WORDS = [
    (
        "en",
        "hi Tom the juggling rings go with Evri today the tracking number is six three one zero two two eight four nine one seven",
    ),
    (
        "de",
        "hallo Jens das Paket kommt mit Hermes die Sendungsnummer ist vier null eins sieben sieben zwei drei neun acht eins",
    ),
    (
        "fr",
        "bonjour Luc le colis part avec Colissimo le numéro de suivi est six huit deux zéro un un quatre neuf sept trois",
    ),
    (
        "es",
        "hola Ana el paquete va con SEUR el número de seguimiento es cinco dos ocho uno cero tres tres siete nueve dos",
    ),
    (
        "it",
        "ciao Marta il pacco parte con BRT il numero di spedizione è sette uno zero quattro quattro otto due nove tre sei",
    ),
    (
        "nl",
        "hoi Bram het pakket gaat met PostNL het zendingnummer is drie acht nul twee vijf vijf een zeven negen vier",
    ),
    (
        "pl",
        "dzień dobry paczka jedzie InPostem numer przesyłki to sześć dwa zero osiem jeden jeden cztery dziewięć trzy pięć",
    ),
    (
        "sv",
        "hej Nils paketet går med Budbee kollinumret är sju tre noll fem fem ett två åtta nio fyra",
    ),
    (
        "tr",
        "merhaba Ayşe kargo Yurtiçi ile çıktı takip numarası altı dört sıfır iki iki bir yedi dokuz üç beş",
    ),
    ("ja", "こんにちは 荷物はヤマトで発送しました 追跡番号は 4 8 2 0 1 1 7 3 9 5 6 です"),
]

PHONE_IN_WORDS_STILL = [
    (
        "en",
        "hi Tom the rings went out today, if anything is wrong call me on zero seven seven zero zero nine zero zero four six one",
    ),
    (
        "de",
        "hallo Jens das Paket ist unterwegs, ruf mich an unter null eins sieben eins zwei drei vier fünf sechs sieben",
    ),
    (
        "fr",
        "bonjour Luc le colis est parti, appelez-moi au zéro six douze trente-quatre cinquante-six soixante-dix-huit",
    ),
    (
        "es",
        "hola Ana el paquete ya salió, llámame al seis uno dos tres cuatro cinco seis siete ocho",
    ),
    (
        "it",
        "ciao Marta il pacco è partito, chiamami al tre quattro sette uno due tre quattro cinque sei sette",
    ),
    (
        "nl",
        "hoi Bram het pakket is onderweg, bel me op nul zes een twee drie vier vijf zes zeven acht",
    ),
    (
        "pl",
        "dzień dobry paczka wyszła, proszę zadzwonić pod sześć zero jeden dwa trzy cztery pięć sześć siedem",
    ),
    ("sv", "hej Nils paketet är skickat, ring mig på noll sju noll ett två tre fyra fem sex sju"),
    ("tr", "merhaba Ayşe kargo çıktı, beni arayın sıfır beş üç iki bir iki üç dört beş altı yedi"),
]

# --- F2: a courier's notice card and its number --------------------------------------------

NOTICE_CARD = [
    (
        "en",
        "hi Jo the postman left a calling card with number 04417 2290183 so you can book a redelivery with it",
    ),
    (
        "de",
        "hallo Frau Kern der Bote hat eine Benachrichtigungskarte Nummer 04417 2290183 eingeworfen damit können Sie es abholen",
    ),
    (
        "fr",
        "bonjour le facteur a laissé un avis de passage numéro 04417 2290183 vous pouvez retirer le colis avec",
    ),
    (
        "es",
        "hola te han dejado un aviso de llegada con el número 04417 2290183 y con él lo recoges en la oficina",
    ),
    (
        "it",
        "buongiorno il corriere ha lasciato un avviso di giacenza numero 04417 2290183 con quello può ritirarlo",
    ),
    (
        "nl",
        "hallo de bezorger heeft een afhaalbericht achtergelaten nummer 04417 2290183 daarmee haalt u het op",
    ),
    ("pl", "dzień dobry kurier zostawił awizo numer 04417 2290183 z nim odbierze Pani paczkę"),
    ("sv", "hej du har fått en avi med nummer 04417 2290183 och kan hämta paketet hos ombudet"),
    ("tr", "merhaba kurye ihbarname bırakmış numara 04417 2290183 bununla şubeden alabilirsiniz"),
    ("ja", "こんにちは 不在票の番号は 04417 2290183 です 再配達をご依頼ください"),
]

PHONE_AFTER_NOTICE_STILL = [
    (
        "en",
        "hi Jo the postman left a calling card, or just ring our shop on 01632 960 471 and we sort it",
    ),
    (
        "fr",
        "bonjour le facteur a laissé un avis de passage, sinon appelez notre atelier au 02 47 88 19 63",
    ),
    (
        "de",
        "hallo der Bote hat eine Karte eingeworfen, rufen Sie sonst unsere Werkstatt an: 07071 448 219",
    ),
]

# --- F3: a number read again after a correction --------------------------------------------

READ_AGAIN = [
    (
        "en",
        "hi Kim it goes with Royal Mail the tracking number is 0 0 4 no hang on let me read it again 00449912004417733",
    ),
    (
        "de",
        "hallo Uwe es geht mit DHL die Sendungsnummer ist 0 0 3 nee warte ich les nochmal 00340434161094015",
    ),
    (
        "fr",
        "bonjour Léa ça part en Colissimo le numéro de suivi est 0 0 2 non attendez je relis 00250071128834501",
    ),
    (
        "es",
        "hola Eva va con Correos el número de seguimiento es 0 0 3 no espera lo leo otra vez 00340077123456781",
    ),
    (
        "it",
        "ciao Ugo parte con Poste il numero di spedizione è 0 0 3 no aspetta lo rileggo 00390071144552617",
    ),
    (
        "nl",
        "hoi Mies het gaat met PostNL het zendingnummer is 0 0 3 nee wacht ik lees het opnieuw 00310012893345127",
    ),
    (
        "pl",
        "dzień dobry paczka idzie Pocztą numer przesyłki to 0 0 4 nie czekaj czytam jeszcze raz 00480078812203319",
    ),
    (
        "sv",
        "hej Ebba det går med PostNord kollinumret är 0 0 4 nej vänta jag läser igen 00460071190834471",
    ),
    (
        "tr",
        "merhaba Can PTT ile gitti takip numarası 0 0 9 hayır dur tekrar okuyorum 00900071123498870",
    ),
]

# --- F4: a weight or a time echoed from the engraving text ---------------------------------

ENGRAVING_ECHO = [
    (
        "en",
        'Hi Ruth, we engrave just what you typed: "Oscar 03.02.2025 at 06.45 3 410 g". All good?',
    ),
    (
        "de",
        'Hallo Frau Roth, wir sticken genau Ihren Text: "Paul 03.02.2025 um 06.45 Uhr 3 410 g". Passt das so?',
    ),
    (
        "fr",
        'Bonjour, nous brodons votre texte tel quel : "Inès 03.02.2025 à 06.45 3 410 g". Cela vous va ?',
    ),
    (
        "es",
        'Hola Pilar, grabamos tu texto tal cual: "Hugo 03.02.2025 a las 06.45 3 410 g". ¿Te parece bien?',
    ),
    ("it", 'Buongiorno, ricamiamo il testo così: "Elia 03.02.2025 ore 06.45 3 410 g". Va bene?'),
    (
        "nl",
        'Hallo, we borduren precies uw tekst: "Sem 03.02.2025 om 06.45 3 410 g". Is dat goed zo?',
    ),
    (
        "pl",
        'Dzień dobry, haftujemy dokładnie Pani tekst: "Zosia 03.02.2025 godz. 06.45 3 410 g". Czy tak może być?',
    ),
    ("sv", 'Hej, vi broderar exakt er text: "Alma 2025-02-03 kl 06.45 3 410 g". Går det bra?'),
    ("tr", 'Merhaba, metni aynen işliyoruz: "Ela 03.02.2025 saat 06.45 3 410 g". Uygun mu?'),
    (
        "ja",
        "こんにちは、ご指定どおり「Mei 2025.02.03 06.45 3 410 g」と刺繍します。よろしいですか。",
    ),
]

# --- F5: the size of a number on the product -----------------------------------------------

BIGGER_NUMBER = [
    (
        "en",
        "The house number 12 is in cobalt blue. If you would like a bigger number or no border, please write here and I will draw it again.",
    ),
    (
        "de",
        "Die Hausnummer 12 ist kobaltblau. Wenn Sie eine größere Nummer oder keinen Rand möchten, schreiben Sie es bitte hier.",
    ),
    (
        "fr",
        "Le numéro 12 est en bleu cobalt. Si vous voulez un numéro plus grand ou sans bordure, écrivez-le ici s'il vous plaît.",
    ),
    (
        "es",
        "El número 12 va en azul cobalto. Si quiere un número más grande o sin borde, escríbanoslo aquí por favor.",
    ),
    (
        "it",
        "Il numero 12 è blu cobalto. Se preferisce un numero più grande o senza bordo, me lo scriva qui per favore.",
    ),
    (
        "nl",
        "Het huisnummer 12 is kobaltblauw. Wilt u een groter nummer of geen rand, schrijf het dan hier alstublieft.",
    ),
    (
        "pl",
        "Numer 12 jest kobaltowy. Jeśli chce Pani większy numer albo bez obwódki, proszę napisać tutaj.",
    ),
    (
        "sv",
        "Husnumret 12 är koboltblått. Vill ni ha ett större nummer eller ingen kant, skriv det här.",
    ),
    (
        "tr",
        "12 numarası kobalt mavisi. Daha büyük bir numara ya da çerçevesiz isterseniz lütfen buraya yazın.",
    ),
]

# --- F6: the organisation's tax number on the invoice ---------------------------------------

INVOICE_TAX = [
    (
        "en",
        "morning Mr Hale the invoice for the club's twenty sets has the VAT number GB 214 7718 36 as you gave it and if you want the club's PO number on it too just write it here",
    ),
    (
        "de",
        "guten Morgen die Rechnung für den Verein trägt Ihre USt-IdNr DE 214771836 wie angegeben und wenn Sie auch die Bestellnummer des Vereins darauf möchten schreiben Sie sie einfach hier",
    ),
    (
        "fr",
        "bonjour la facture de l'école porte votre numéro de TVA FR 21 447718365 comme indiqué et si vous voulez aussi le numéro de bon de commande écrivez-le ici",
    ),
    (
        "es",
        "buenos días la factura del colegio lleva su NIF B21477183 como nos indicó y si quiere también el número de pedido del colegio escríbalo aquí",
    ),
    (
        "it",
        "buongiorno la fattura della scuola riporta la sua partita IVA 02147718365 come indicato e se vuole anche il numero d'ordine della scuola lo scriva qui",
    ),
    (
        "nl",
        "goedemiddag de factuur van de club heeft uw btw nummer NL 2147 71 836 B01 zoals doorgegeven en als u ook het inkoopnummer van de club erop wilt laat het hier weten",
    ),
    (
        "pl",
        "dzień dobry faktura dla szkoły ma Pana NIP 214 771 83 65 tak jak Pan podał a jeśli chce Pan też numer zamówienia szkoły proszę go tu napisać",
    ),
    (
        "sv",
        "hej fakturan till skolan har ert momsregistreringsnummer SE 214771836501 som ni angav och vill ni ha skolans ordernummer också skriv det här",
    ),
    (
        "tr",
        "merhaba okulun faturasına verdiğiniz vergi numarası 2147718365 ile ekledim okulun sipariş numarası da görünsün isterseniz buraya yazın",
    ),
]

DATA_STILL = [
    ("en", "Please write your mobile number here so the courier can call you."),
    ("de", "Schreiben Sie uns bitte Ihre Handynummer hier, dann ruft der Fahrer an."),
    ("fr", "Merci de nous écrire votre numéro de portable ici."),
    ("es", "Escríbanos aquí su número de móvil, por favor."),
    ("it", "Ci scriva qui il suo numero di cellulare, per favore."),
    ("nl", "Laat hier uw telefoonnummer weten, dan belt de koerier u."),
    ("pl", "Proszę napisać tutaj swój numer telefonu."),
    ("sv", "Skriv ert telefonnummer här så ringer budet."),
    ("tr", "Lütfen cep telefonu numaranızı buraya yazın."),
    ("tr", "Garanti kaydı için TC kimlik numaranızı buraya yazın."),
    ("it", "Per il registro dei pezzi unici ci scriva qui il suo codice fiscale."),
]


@pytest.mark.parametrize(
    ("lang", "text"), TRACKING_IN_WORDS + NOTICE_CARD + READ_AGAIN + ENGRAVING_ECHO
)
def test_numbers_that_are_no_phone(lang: str, text: str) -> None:
    assert PHONE not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), PHONE_IN_WORDS_STILL + PHONE_AFTER_NOTICE_STILL)
def test_phone_numbers_still_block(lang: str, text: str) -> None:
    assert PHONE in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), BIGGER_NUMBER + INVOICE_TAX)
def test_product_and_invoice_numbers_are_no_personal_data(lang: str, text: str) -> None:
    assert DATA not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), DATA_STILL)
def test_personal_data_still_blocks(lang: str, text: str) -> None:
    assert DATA in blocked(text, lang)


# --- M1: a gift recipient's contact data asked for ------------------------------------------

RECIPIENT_DATA = [
    (
        "en",
        "So the board arrives right on the day, please send us the birth date and mobile number of the recipient.",
    ),
    (
        "de",
        "Damit das Brett pünktlich ankommt, schicken Sie uns bitte Geburtsdatum und Handynummer des Empfängers.",
    ),
    (
        "fr",
        "Pour que la planche arrive le jour même, il nous faut la date de naissance et le numéro de portable du destinataire.",
    ),
    (
        "es",
        "Para que la tabla llegue justo ese día, envíenos la fecha de nacimiento y el móvil del destinatario.",
    ),
    (
        "it",
        "Perché il tagliere arrivi proprio quel giorno, ci mandi la data di nascita e il cellulare del destinatario.",
    ),
    (
        "nl",
        "Zodat de plank precies op tijd komt, hebben we het mobiele nummer en de geboortedatum van de ontvanger nodig.",
    ),
    ("pl", "Żeby deska dotarła na czas, proszę przesłać datę urodzenia i numer telefonu odbiorcy."),
    (
        "sv",
        "För att brädan ska komma fram på dagen behöver vi mottagarens telefonnummer och födelsedatum.",
    ),
    (
        "tr",
        "Tahta tam gününde ulaşsın diye alıcının doğum tarihi ve telefon numarası gerekiyor, buraya yazar mısınız?",
    ),
    ("ja", "当日に届くよう、受取人様の生年月日と携帯電話番号を教えてください。"),
]

RECIPIENT_NO_DATA = [
    ("en", "The recipient's name goes on the gift note only; the price is not printed."),
    ("de", "Der Name des Empfängers kommt nur auf die Grußkarte, ohne Preis."),
    ("fr", "Le prénom du destinataire figure seulement sur la carte, sans prix."),
    ("es", "El nombre del destinatario va solo en la tarjeta, sin precio."),
    ("it", "Il nome del destinatario va solo sul biglietto, senza prezzo."),
    ("nl", "De naam van de ontvanger komt alleen op het kaartje, zonder prijs."),
    ("pl", "Imię odbiorcy będzie tylko na bileciku, bez ceny."),
    ("sv", "Mottagarens namn står bara på kortet, utan pris."),
    ("tr", "Alıcının adı sadece hediye notunda yazacak, fiyat yazmayacak."),
    ("ja", "受取人様のお名前はメッセージカードにのみ記載し、金額は記載しません。"),
]


@pytest.mark.parametrize(("lang", "text"), RECIPIENT_DATA)
def test_recipient_data_asked_blocks(lang: str, text: str) -> None:
    assert DATA in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), RECIPIENT_NO_DATA)
def test_recipient_named_without_data_passes(lang: str, text: str) -> None:
    assert DATA not in blocked(text, lang)
