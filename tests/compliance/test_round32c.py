# ruff: noqa: E501  (sentences are kept whole)
"""Round 32c: false alarms and misses of the contact-data rules (phone, personal data) on
the development held-out sets 46-53, each class tested with sentences of our own (none
from a held-out set), beside the violations of the same shape that must still block.
Measured with the rules alone (no n-gram model).

F1: a device's IMEI (15 digits, beside the word IMEI or the code *#06#) read as a phone.
F2: a maker's free helpline with the maker named ("Brandora's free helpline 0800 ...");
"our free helpline 0800 ..." still blocks.
F3: step-by-step instructions read as asks for data: copying photos onto a USB stick,
signing in to Amazon "with your e-mail and password as when you ordered", "we don't need
your login details, please don't send them" (a refused refer-back), showing an ID at the
pickup point (also in the clause after a semicolon), the carrier texting "the number on
your Amazon order", a phone's features ("Face ID"), and the number of a printed code shown
by its shape ("a small card number (KB-…): that number we need").  The account or order
named excuses no ask sent to us: "send us the phone number on your Amazon order" blocks.
M1: the seller's own line told in the third person ("the shop's packing team answers on
0161 ...") blocks.
F4: a tracking number spelled out in words is no phone number.
"""

from __future__ import annotations

import pytest

from tests.compliance.rules_only import blocked

PHONE = "phone-number"
DATA = "personal-data"

# --- F1: a device's IMEI -------------------------------------------------------------------

IMEI = [
    (
        "en",
        "Hi Tom, the IMEI on our test sheet for your handset is 356938035643809. Dial *#06# and you will see the very same number. Ben",
    ),
    (
        "de",
        "Hallo Tom, die IMEI Ihres Handys laut unserem Prüfprotokoll lautet 356938035643809. Wählen Sie *#06#, dann sehen Sie dieselbe Nummer. Ben",
    ),
    (
        "fr",
        "Bonjour Tom, d'après notre rapport de contrôle, l'IMEI de votre mobile est 356938035643809. Composez *#06# pour voir le même numéro. Ben",
    ),
    (
        "es",
        "Hola Tomás, según nuestro informe de control el IMEI de su teléfono es 356938035643809. Pulse *#06# y verá el mismo número. Ben",
    ),
    (
        "it",
        "Ciao Tommaso, secondo il nostro rapporto di collaudo l'IMEI del suo telefono è 356938035643809. Digiti *#06# e vedrà lo stesso numero. Ben",
    ),
    (
        "ja",
        "田中様、検品記録によるとお使いの端末のIMEIは356938035643809です。*#06#を入力すると同じ番号が表示されます。",
    ),
    (
        "nl",
        "Hoi Tom, volgens ons keuringsrapport is het IMEI-nummer van je toestel 356938035643809. Toets *#06# en je ziet hetzelfde nummer. Ben",
    ),
    (
        "pl",
        "Cześć Tomek, według naszego protokołu kontroli numer IMEI Twojego aparatu to 356938035643809. Wpisz *#06#, a zobaczysz ten sam numer. Ben",
    ),
    (
        "sv",
        "Hej Tom, enligt vårt kontrollprotokoll är IMEI för din mobil 356938035643809. Knappa in *#06# så visas samma nummer. Ben",
    ),
    (
        "tr",
        "Merhaba Tom, kontrol raporumuza göre cihazınızın IMEI numarası 356938035643809. *#06# tuşlayınca aynı numara çıkar. Ben",
    ),
]

OWN_PHONE_BESIDE_IMEI = [
    ("en", "The IMEI is on the box. For help, call our workshop on 0161 496 0734."),
    ("de", "Die IMEI steht auf dem Karton. Rufen Sie unsere Werkstatt an: 0171 4960734."),
    ("fr", "L'IMEI est sur la boîte. Appelez notre atelier au 06 71 44 18 09."),
    ("es", "El IMEI está en la caja. Llame a nuestro taller al 612 384 907."),
    ("it", "L'IMEI è sulla scatola. Chiami il nostro laboratorio al 347 582 1904."),
    ("nl", "Het IMEI staat op de doos. Bel onze werkplaats op 06 12345678."),
    ("pl", "Numer IMEI jest na pudełku. Proszę dzwonić do naszego serwisu: 601 228 471."),
    ("sv", "IMEI står på kartongen. Ring vår verkstad på 070-123 45 67."),
    ("tr", "IMEI numarası kutunun üzerinde. Servisimizi arayın: 0532 417 29 63."),
]


@pytest.mark.parametrize(("lang", "text"), IMEI)
def test_imei_is_no_phone(lang: str, text: str) -> None:
    assert PHONE not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), OWN_PHONE_BESIDE_IMEI)
def test_own_phone_beside_imei_blocks(lang: str, text: str) -> None:
    assert PHONE in blocked(text, lang)


def test_fifteen_digit_phone_without_imei_blocks() -> None:
    assert PHONE in blocked("Our workshop's direct line: 004916149607341, call any time.", "en")


# --- F2: a maker's free helpline with the maker named ----------------------------------------

MAKER_FREEPHONE = [
    (
        "en",
        "Dear Mr Hale, the kettle has a two-year maker's warranty. After our return window, Brandora's free helpline 0800 612 4471 helps on weekdays. Kind regards, Kettle Corner",
    ),
    (
        "en",
        "Dear Mrs Fox, the insoles are made by Podexa. For questions about the fit you can ring Podexa customer line 0800 612 4471 (free). Kettle Corner",
    ),
    (
        "de",
        "Guten Tag, der Hersteller Brandora hat einen kostenlosen Kundenservice, der solche Fragen klärt: 0800 612 44 71, werktags von 9 bis 17 Uhr. Kettle Corner",
    ),
    (
        "fr",
        "Bonjour, après notre délai de retour, la ligne gratuite de Brandora, 0800 61 24 47, vous aide en semaine. Kettle Corner",
    ),
    (
        "es",
        "Hola, pasado nuestro plazo de devolución, la línea gratuita de Brandora, 900 612 447, le ayuda de lunes a viernes. Kettle Corner",
    ),
    (
        "it",
        "Gentile cliente, dopo il nostro periodo di reso, il numero verde di Brandora, 800 612 447, la aiuta nei giorni feriali. Kettle Corner",
    ),
    (
        "ja",
        "田中様、当店の返品期間を過ぎた故障は、ブランドーラお客様相談室（0120-61-2447、平日）で承っております。",
    ),
    (
        "ja",
        "田中様、ご相談はメーカーのブランドーラ食品お客様相談室（フリーダイヤル 0120-612-447、平日）にお問い合わせください。",
    ),
    (
        "nl",
        "Beste meneer, na onze retourtermijn helpt de gratis klantenservice van Brandora, 0800 061 2447, u op werkdagen verder. Kettle Corner",
    ),
    (
        "pl",
        "Dzień dobry, po naszym okresie zwrotu pomoże bezpłatna infolinia Brandora, 800 612 447, w dni robocze. Kettle Corner",
    ),
    (
        "sv",
        "Hej, efter vår returtid hjälper Brandoras kostnadsfria kundtjänst på 020-61 24 47 dig vardagar. Kettle Corner",
    ),
    (
        "tr",
        "Merhaba, iade süremiz bittikten sonra Brandora'nın ücretsiz yardım hattı 0850 612 44 71 hafta içi yardımcı olur. Kettle Corner",
    ),
    (
        "tr",
        "Merhaba, ısıtıcının rezistansı Brandora üreticisinin. Yedek parça için doğrudan Brandora müşteri hattını arayın: 0850 612 44 71. Kettle Corner",
    ),
]

OUR_FREEPHONE = [
    (
        "en",
        "Dear Mr Hale, after the return window our free helpline 0800 612 4471 helps on weekdays. Kettle Corner",
    ),
    (
        "en",
        "Dear Mrs Fox, for questions about the fit you can ring our customer line 0800 612 4471 (free). Kettle Corner",
    ),
    (
        "de",
        "Guten Tag, wir haben einen kostenlosen Kundenservice unter 0800 612 44 71. Kettle Corner",
    ),
    ("de", "Guten Tag, unser Kundenservice ist unter 0800 612 44 71 erreichbar. Kettle Corner"),
    ("en", "Hello, we have a free helpline on 0800 612 4471 for that. Kettle Corner"),
    ("nl", "Hallo, wij hebben een gratis klantenservice: 0800 061 2447. Kettle Corner"),
    (
        "fr",
        "Bonjour, après le délai de retour, notre ligne gratuite, 0800 61 24 47, vous aide en semaine. Kettle Corner",
    ),
    (
        "es",
        "Hola, pasado el plazo, nuestra línea gratuita, 900 612 447, le ayuda de lunes a viernes. Kettle Corner",
    ),
    (
        "it",
        "Gentile cliente, dopo il periodo di reso, il nostro numero verde, 800 612 447, la aiuta nei giorni feriali. Kettle Corner",
    ),
    (
        "ja",
        "田中様、返品期間を過ぎた故障は、当店お客様相談室（0120-61-2447、平日）で承っております。",
    ),
    (
        "nl",
        "Beste meneer, na de retourtermijn helpt onze gratis klantenservice, 0800 061 2447, u op werkdagen verder. Kettle Corner",
    ),
    (
        "pl",
        "Dzień dobry, po okresie zwrotu pomoże nasza bezpłatna infolinia, 800 612 447, w dni robocze. Kettle Corner",
    ),
    (
        "sv",
        "Hej, efter returtiden hjälper vår kostnadsfria kundtjänst på 020-61 24 47 dig vardagar. Kettle Corner",
    ),
    (
        "tr",
        "Merhaba, iade süresi bittikten sonra ücretsiz yardım hattımız 0850 612 44 71 hafta içi yardımcı olur. Kettle Corner",
    ),
]


@pytest.mark.parametrize(("lang", "text"), MAKER_FREEPHONE)
def test_makers_free_helpline_passes(lang: str, text: str) -> None:
    assert PHONE not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), OUR_FREEPHONE)
def test_our_free_helpline_blocks(lang: str, text: str) -> None:
    assert PHONE in blocked(text, lang)


# --- F3: instructions read as asks for personal data -----------------------------------------

INSTRUCTIONS = [
    # copying photos onto a USB stick
    (
        "en",
        "Hi Jo,\n\n1. Copy the pictures from your phone onto a USB stick.\n2. Plug the stick into the side of the frame.\n\nPicture Nook",
    ),
    (
        "de",
        "Hallo Jo,\n\n1. Bilder vom Handy auf einen USB-Stick kopieren.\n2. Den Stick seitlich am Rahmen einstecken.\n\nPicture Nook",
    ),
    (
        "nl",
        "Hoi Jo,\n\n1. Zet de foto's van je telefoon op een USB-stick.\n2. Steek de stick in de zijkant van de lijst.\n\nPicture Nook",
    ),
    # signing in to Amazon with the buyer's own e-mail and password
    (
        "en",
        "1. Open the Amazon returns page.\n2. If Amazon asks you to sign in, use the same e-mail and password as when you ordered.\n3. Pick the order.",
    ),
    (
        "de",
        "1. Öffnen Sie die Rücksendeseite von Amazon.\n2. Falls Amazon eine Anmeldung verlangt, nutzen Sie dieselbe E-Mail und dasselbe Passwort wie bei der Bestellung.\n3. Wählen Sie die Bestellung.",
    ),
    (
        "fr",
        "1. Ouvrez la page des retours d'Amazon.\n2. Si Amazon vous demande de vous connecter, utilisez le même e-mail et le même mot de passe que lors de la commande.\n3. Choisissez la commande.",
    ),
    (
        "es",
        "1. Abra la página de devoluciones de Amazon.\n2. Si Amazon le pide iniciar sesión, use el mismo correo y la misma contraseña que al hacer el pedido.\n3. Elija el pedido.",
    ),
    (
        "it",
        "1. Apra la pagina dei resi di Amazon.\n2. Se Amazon le chiede di accedere, usi la stessa e-mail e la stessa password di quando ha ordinato.\n3. Scelga l'ordine.",
    ),
    (
        "nl",
        "1. Open de retourpagina van Amazon.\n2. Vraagt Amazon om in te loggen, gebruik dan hetzelfde e-mailadres en wachtwoord als bij het bestellen.\n3. Kies de bestelling.",
    ),
    (
        "pl",
        "1. Otwórz stronę zwrotów Amazon.\n2. Jeśli Amazon poprosi o zalogowanie, użyj tego samego e-maila i hasła co przy zamówieniu.\n3. Wybierz zamówienie.",
    ),
    (
        "sv",
        "1. Öppna Amazons retursida.\n2. Om Amazon ber dig logga in, använd samma e-post och lösenord som när du handlade.\n3. Välj beställningen.",
    ),
    (
        "tr",
        "1. Amazon iade sayfasını açın.\n2. Amazon giriş yapmanızı isterse, sipariş verirken kullandığınız e-posta ve şifreyi kullanın.\n3. Siparişi seçin.",
    ),
    # a refusal: we don't need your login details, don't send them
    (
        "en",
        "Please sign out of your account on the tablet yourself. We don't need your login details for this, please don't send them.",
    ),
    (
        "de",
        "Bitte melden Sie sich selbst vom Konto ab. Ihre Zugangsdaten brauchen wir dafür nicht, bitte schicken Sie sie nicht.",
    ),
    (
        "fr",
        "Déconnectez-vous vous-même de votre compte. Nous n'avons pas besoin de vos identifiants, ne nous les envoyez pas.",
    ),
    (
        "es",
        "Cierre usted mismo la sesión de su cuenta. No necesitamos sus datos de acceso, por favor no nos los envíe.",
    ),
    (
        "it",
        "Esca lei stesso dal suo account. Non ci servono le sue credenziali, per favore non ce le mandi.",
    ),
    (
        "nl",
        "Log zelf uit bij je account. Je inloggegevens hebben we niet nodig, stuur ze alsjeblieft niet.",
    ),
    (
        "pl",
        "Proszę samodzielnie wylogować się z konta. Nie potrzebujemy Pani danych logowania, proszę ich nie wysyłać.",
    ),
    (
        "sv",
        "Logga ut från ditt konto själv. Dina inloggningsuppgifter behöver vi inte, skicka dem inte.",
    ),
    (
        "tr",
        "Lütfen hesabınızdan kendiniz çıkış yapın. Giriş bilgilerinize ihtiyacımız yok, lütfen göndermeyin.",
    ),
    # showing one's ID at the pickup point
    (
        "en",
        "The parcel waits at the pickup point in the newsagent's for a week; just bring the parcel number and your ID.",
    ),
    (
        "es",
        "El paquete le espera en el punto de recogida del estanco una semana; basta con el número de envío y el DNI.",
    ),
    (
        "fr",
        "Le colis vous attend au point relais du tabac. Présentez-vous avec une pièce d'identité et le numéro d'envoi.",
    ),
    # the carrier texting the number on the Amazon order
    (
        "en",
        "Hi Jo, Budbee brings the lamp tonight and texts the time slot to the mobile number on your Amazon order.",
    ),
    (
        "sv",
        "Hej Jo, lampan kommer med Budbee i kväll. Budbee skickar sms till numret på din Amazon-beställning.",
    ),
    ("sv", "Hej Jo, Budbee skickar tidsfönstret till mobilnumret på din Amazonbeställning."),
    (
        "nl",
        "Hoi Jo, PostNL stuurt een sms met het tijdvak naar het nummer in je Amazon-bestelling.",
    ),
    ("pl", "Kurier wyśle SMS-a na numer telefonu z Pani zamówienia na Amazonie."),
    ("de", "Die Spedition ruft Sie am Vortag unter der Nummer aus Ihrer Amazon-Bestellung an."),
    ("fr", "Le transporteur vous enverra un SMS au numéro de votre commande Amazon."),
    ("es", "La agencia le enviará un SMS al número de su pedido de Amazon."),
    ("it", "Il corriere le manderà un SMS al numero del suo ordine Amazon."),
    ("tr", "Kargo firması Amazon siparişinizdeki numaraya SMS gönderecek."),
    # a refusal after the account is named: "please don't send them"
    (
        "en",
        "Please sign out of your Google ID before you pack it. We don't need your password, please don't send it.",
    ),
    (
        "sv",
        "Logga ut från ditt Google-ID innan du packar den. Lösenordet behöver vi inte, skicka det inte.",
    ),
    # a phone's features named: Face ID, Touch ID
    (
        "en",
        "Face ID and the camera were tested before dispatch; if you want a different unit, just tell us here.",
    ),
    (
        "de",
        "Face ID und Kamera wurden vor dem Versand getestet; möchten Sie ein anderes Gerät, schreiben Sie uns hier.",
    ),
    (
        "fr",
        "Face ID et l'appareil photo ont été testés ; si vous préférez un autre appareil, dites-le-nous ici.",
    ),
    (
        "es",
        "Face ID y la cámara se probaron antes del envío; si prefiere otro equipo, díganoslo aquí.",
    ),
    (
        "it",
        "Face ID e la fotocamera sono stati testati; se preferisce un altro apparecchio, ce lo scriva qui.",
    ),
    (
        "ja",
        "Face IDとカメラは発送前に確認済みです。別の端末をご希望でしたら、こちらでお知らせください。",
    ),
    ("nl", "Face ID en de camera zijn getest; wilt u een ander toestel, laat het ons hier weten."),
    (
        "pl",
        "Face ID i aparat zostały sprawdzone; jeśli woli Pan inny egzemplarz, proszę napisać tutaj.",
    ),
    (
        "sv",
        "Face ID och kameran testades före leverans; vill du ha ett annat exemplar, skriv till oss här.",
    ),
    (
        "tr",
        "Face ID ve kamera gönderimden önce test edildi; başka bir cihaz isterseniz buradan yazın.",
    ),
    # a printed code's number, shown by its shape: "(KB-…)"
    (
        "en",
        "Each card has a small card number (KB-…) on the back: that is the number we need if a key fails, never the key.",
    ),
    (
        "de",
        "Jede Karte hat hinten eine kleine Kartennummer (KB-…): diese Nummer brauchen wir, wenn ein Schlüssel nicht geht, nie den Schlüssel.",
    ),
    (
        "fr",
        "Chaque carte porte un petit numéro (KB-…) : c'est ce numéro qu'il faut nous donner si une clé ne marche pas.",
    ),
    (
        "es",
        "Cada tarjeta lleva un pequeño número (KB-…): ese número es el que necesitamos si una clave falla.",
    ),
    (
        "it",
        "Ogni tessera ha un piccolo numero (KB-…): è quel numero che ci serve se una chiave non va.",
    ),
    (
        "nl",
        "Elke kaart heeft een klein kaartnummer (KB-…): dat nummer hebben we nodig als een sleutel niet werkt.",
    ),
    (
        "pl",
        "Każda karta ma mały numer karty (KB-…): ten numer potrzebujemy, gdyby klucz nie działał.",
    ),
    (
        "sv",
        "Varje kort har ett litet kortnummer (KB-…): det numret behöver vi om en nyckel inte fungerar.",
    ),
    (
        "tr",
        "Her kartın arkasında küçük bir kart numarası var (KB-…): anahtar çalışmazsa bize bu numarayı verin.",
    ),
]

ASKS = [
    ("en", "Please send us the e-mail and password you use for the app, so we can unlock it."),
    ("de", "Schicken Sie uns bitte Ihre E-Mail-Adresse und Ihr Passwort für die App."),
    ("fr", "Envoyez-nous votre e-mail et votre mot de passe du compte, nous le débloquons."),
    ("es", "Envíenos su correo y su contraseña de la cuenta y lo desbloqueamos."),
    ("it", "Ci mandi la sua e-mail e la password dell'account e lo sblocchiamo noi."),
    ("nl", "Stuur ons je e-mailadres en wachtwoord van het account, dan ontgrendelen wij het."),
    ("pl", "Proszę przesłać nam swój e-mail i hasło do konta, odblokujemy je."),
    ("sv", "Skicka oss din e-post och ditt lösenord till kontot så låser vi upp det."),
    ("tr", "Bize e-posta adresinizi ve şifrenizi buradan yazın, kilidi açalım."),
    ("en", "Please stick your mobile number in your reply so the driver can call you."),
    ("en", "Please send us a photo of your ID here."),
    ("es", "El paquete le espera en el punto de recogida; envíenos aquí una foto de su DNI."),
    # the number on the Amazon order, sent to us
    ("en", "Please send us the phone number on your Amazon order."),
    ("sv", "Skicka oss mobilnumret från din Amazonbeställning här."),
    # a code's shape in the sentence excuses no phone number asked for in it
    ("en", "Each card has a small number (KB-…); please also send us your phone number here."),
    ("de", "Jede Karte hat eine Nummer (KB-…), schicken Sie uns bitte auch Ihre Handynummer."),
    ("sv", "Skriv ditt mobilnummer här så att Budbee kan skicka sms."),
]


@pytest.mark.parametrize(("lang", "text"), INSTRUCTIONS)
def test_instructions_are_no_ask(lang: str, text: str) -> None:
    assert DATA not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), ASKS)
def test_asks_still_block(lang: str, text: str) -> None:
    assert DATA in blocked(text, lang)


# --- M1: the seller's own line told in the third person --------------------------------------

OWN_LINE_THIRD_PERSON = [
    (
        "en",
        "If the box arrives dented, the shop's packing team answers on 0161 496 0734 until five.",
    ),
    (
        "de",
        "Falls der Karton beschädigt ankommt, erreichen Sie das Packteam des Ladens unter 0171 4960734.",
    ),
    (
        "fr",
        "Si le carton arrive abîmé, l'équipe d'emballage de la boutique répond au 06 71 44 18 09.",
    ),
    (
        "es",
        "Si la caja llega dañada, el equipo de embalaje de la tienda atiende en el 612 384 907.",
    ),
    (
        "it",
        "Se la scatola arriva ammaccata, il reparto imballaggio del negozio risponde al 347 582 1904.",
    ),
    (
        "nl",
        "Komt de doos beschadigd aan, dan is het inpakteam van de winkel bereikbaar op 06 12345678.",
    ),
    (
        "pl",
        "Jeśli paczka dotrze uszkodzona, zespół pakowania sklepu odbiera pod numerem 601 228 471.",
    ),
    ("sv", "Om kartongen kommer skadad svarar butikens packteam på 070-123 45 67."),
    (
        "tr",
        "Koli hasarlı gelirse mağazanın paketleme ekibi 0532 417 29 63 numarasından cevap veriyor.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), OWN_LINE_THIRD_PERSON)
def test_own_line_in_third_person_blocks(lang: str, text: str) -> None:
    assert PHONE in blocked(text, lang)


# --- F4: a tracking number spelled out in words ----------------------------------------------

TRACKING_IN_WORDS = [
    (
        "en",
        "Your parcel number with DPD is one five zero six, three nine two seven, four one eight; you can track it on their page.",
    ),
    (
        "fr",
        "Le numéro de suivi Colissimo est six, zéro, quatre, un, huit, deux, sept, trois, six, cinq ; suivez-le sur leur site.",
    ),
    (
        "sv",
        "Sändningsnumret hos PostNord är sju tre noll ett nio två fyra sju, du kan följa det i appen.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), TRACKING_IN_WORDS)
def test_tracking_number_in_words_is_no_phone(lang: str, text: str) -> None:
    assert PHONE not in blocked(text, lang)


PHONE_IN_WORDS = [
    ("en", "Ring our shop on zero one six one, four nine six, zero seven three four."),
    (
        "fr",
        "Appelez notre boutique : zéro six, soixante et onze, quarante-quatre, dix-huit, zéro neuf.",
    ),
    ("sv", "Ring butiken: noll sju noll, ett två tre, fyrtiofem, sextiosju."),
]


@pytest.mark.parametrize(("lang", "text"), PHONE_IN_WORDS)
def test_phone_in_words_blocks(lang: str, text: str) -> None:
    assert PHONE in blocked(text, lang)


# --- F2 again: a Japanese comma, a German compound service word ------------------------------

MAKER_LINE_MORE = [
    (
        "ja",
        "田中様、当店は販売店のため、メーカーのブランドーラお客様相談室（フリーダイヤル 0120-612-447）にお問い合わせください。",
    ),
    (
        "de",
        "Guten Tag, der Hersteller Brandora hat außerdem einen kostenlosen Elternservice, der solche Fragen beantwortet: 0800 612 44 71. Kettle Corner",
    ),
]
OUR_LINE_MORE = [
    ("ja", "田中様、当店では、お客様相談室（0120-61-2447、平日）で承っております。"),
    (
        "de",
        "Guten Tag, wir haben außerdem einen kostenlosen Elternservice, der solche Fragen beantwortet: 0800 612 44 71. Kettle Corner",
    ),
]


@pytest.mark.parametrize(("lang", "text"), MAKER_LINE_MORE)
def test_makers_line_more_passes(lang: str, text: str) -> None:
    assert PHONE not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), OUR_LINE_MORE)
def test_our_line_more_blocks(lang: str, text: str) -> None:
    assert PHONE in blocked(text, lang)


# --- F5: a shipment's number, labelled or denied as a phone ----------------------------------

SHIPMENT_NUMBERS = [
    (
        "fr",
        "Votre abri voyage sur une palette, numéro d'envoi 4417 2093 118, et le chauffeur vous appellera la veille.",
    ),
    ("pl", "Karty jadą kurierem, numer 00317 2209 4471 (to numer przesyłki, nie telefon)."),
    ("en", "Your parcel number is 0317 2209 4471 (a parcel number, not phone)."),
]


@pytest.mark.parametrize(("lang", "text"), SHIPMENT_NUMBERS)
def test_shipment_number_is_no_phone(lang: str, text: str) -> None:
    assert PHONE not in blocked(text, lang)


def test_a_phone_not_denied_still_blocks() -> None:
    assert PHONE in blocked(
        "Karty jadą kurierem. Proszę dzwonić do nas: 601 228 471, nie e-mail.", "pl"
    )


def test_a_shops_own_compound_service_line_blocks() -> None:
    assert PHONE in blocked(
        "Voor vragen over de slijpservice kunt u bellen met 020 624 8831.", "nl"
    )


# --- F6: a carmaker's original part number ("OE 34 11 6 792 219") -----------------------------

ORIGINAL_PART_NUMBERS = [
    ("en", "Your brake pads (OE 34 11 6 761 280, one set) go with DHL today."),
    ("de", "Die Bremsbeläge (Originalteilnummer 34 11 6 761 280) gehen heute mit DHL raus."),
    ("es", "Las pastillas (referencia original 34 11 6 761 280) salen hoy con DHL."),
    ("it", "Le pastiglie (rif. originale 51 937 112, un set) partono oggi con DHL."),
    ("pl", "Klocki (numer oryginalny 34 11 6 761 280) jadą dziś DHL-em."),
    ("sv", "Det motsvarar originalnumret 31 445 210, så det är rätt belägg."),
    ("tr", "Orijinal numara 77 412 905 ile eşleşiyor, yani doğru balata."),
]


@pytest.mark.parametrize(("lang", "text"), ORIGINAL_PART_NUMBERS)
def test_original_part_number_is_no_phone(lang: str, text: str) -> None:
    assert PHONE not in blocked(text, lang)


def test_a_phone_after_a_part_number_still_blocks() -> None:
    assert PHONE in blocked(
        "The pads are OE 34 11 6 761 280. Call our workshop on 0161 496 0734.", "en"
    )
