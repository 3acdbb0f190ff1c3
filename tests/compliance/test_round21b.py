# ruff: noqa: E501  (sentences are kept whole)
"""Round 21b: classes that recur across the held-out sets 1-20, each tested with sentences
of our own (none from a held-out set), beside look-alikes that must pass.

P1: a phone number given in pieces a few words apart, in one sentence, over two sentences or
over a line break, joined by a word that orders the pieces (then, starts with, ends in, the
rest, z przodu, na końcu ...), or with the rest of it in the signature; order, parcel and
article numbers, sizes, counts, years and opening hours told the same way are no phone.
D1: personal data asked for by a pretext (a certificate or a PDF that attachments break, the
courier's call, an age check): a soft ask ("would be helpful", "verraten", "pásenos",
"頂戴"), or a pronoun for the data of the sentence before ("Amazon does not pass us your
number. Please type it here."); "the courier has your number from Amazon" and refusals pass.
R1: a low review questioned once the problem is solved ("is the one-star review still
needed?", "nicht mehr so ganz passt", "nadal potrzebna", "take another look").
"""

from __future__ import annotations

import pytest

from tests.compliance.gate import blocked

# --- P1: a phone number in pieces -------------------------------------------------------

PHONE_IN_PIECES = [
    (
        "en",
        "Our fitter can help with the bracket. His mobile starts with 07700 91. And it ends in 04 62.",
    ),
    ("en", "Call the workshop: 0161 first, then 496, and the last part is 0557."),
    (
        "de",
        "Unser Monteur hilft gern. Seine Handynummer beginnt mit 0171 23. Danach kommt 45 67 8.",
    ),
    ("de", "Rufen Sie Frau Berg an, die Nummer endet auf 83 90\nund fängt mit 0221 45 an."),
    ("fr", "Appelez notre atelier : ça commence par 06 12, ensuite 48 93 et enfin 27."),
    ("es", "Puede llamar a mi compañero. Su número empieza por 622 41. El resto es 83 09."),
    ("it", "Il mio collega la aiuta volentieri. Il suo cellulare inizia con 347 21. Poi 90 448."),
    ("nl", "Bel gerust met onze monteur. Zijn nummer begint met 06 41. Daarna komt 82 93 07."),
    ("pl", "Proszę dzwonić do magazynu, numer zaczyna się od 601 44, a kończy na 28 93."),
    ("sv", "Ring vår montör, numret börjar på 070 41 och slutar med 82 936."),
    ("tr", "Ustamızı arayabilirsiniz. Numarası 0532 41 ile başlıyor, sonu 82 93."),
    ("ja", "担当者の携帯は090-41のあとに82-9307です。"),
    ("en", "Text me: 07700\nthen 900 461"),
    (
        "it",
        "Il numero del tecnico è nel testo e nella firma: 0471 88 e il resto sotto.\n\nSaluti,\nMarco\n(… 21 93, seguito del numero sopra)",
    ),
    ("sv", "Ring mig på 070-12, resten av numret står i signaturen.\nHälsningar\nEva (…34 56 78)"),
]


PIECES_COMPLIANT = [
    ("en", "Your parcel number starts with 00340 and ends with 4419 87; the DHL page shows it."),
    ("en", "We opened the workshop in 1998, then moved in 2004 and again in 2019."),
    ("en", "The shelf is 1200 mm wide, then 350 mm deep and 1800 mm high."),
    ("de", "Wir liefern zuerst 250 Stück, danach 300 und am Ende noch 150."),
    ("de", "Die Rechnung hat die Nummer 2024 0077, danach folgt die Gutschrift 2024 0081."),
    ("fr", "La commande part en deux colis : le premier 6A 123 456, puis le second 6A 123 789."),
    ("fr", "Le modèle commence par 4410 et se termine par 2230 20 selon la notice."),
    ("es", "El envío 3230 0088 sigue en reparto y luego pasará a 3230 0091."),
    ("nl", "Het pakket weegt 2500 gram, daarna volgt een tweede van 1800 gram."),
    ("pl", "Paczka 680011 223344, a potem druga 556677 889901 przez InPost."),
    ("sv", "Kollinummer 00370 733 sedan 742 077 hos PostNord."),
    ("tr", "Kargo takip numarası 4019 2837 ile başlıyor, sonu 51120."),
    ("ja", "伝票番号は4471-2940のあとに0118です。"),
    ("es", "Le enviamos 200 unidades, luego otras 350 y al final 125."),
    ("pl", "Rozmiar 38 z przodu, potem 40 i na końcu 42 w tej samej paczce."),
    ("sv", "Lagret öppnar 0800 och sedan stänger det 1700 på vardagar."),
]


@pytest.mark.parametrize(("lang", "text"), PHONE_IN_PIECES)
def test_phone_in_pieces(lang: str, text: str) -> None:
    assert "phone-number" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), PIECES_COMPLIANT)
def test_numbers_in_pieces_that_are_no_phone(lang: str, text: str) -> None:
    assert blocked(text, lang) == set()


# --- D1: personal data asked for by a pretext --------------------------------------------

DATA_BY_PRETEXT = [
    (
        "en",
        "The certificate is generated as a PDF that Amazon's messages tend to break, so it would be helpful to have your private e-mail address.",
    ),
    (
        "en",
        "The courier has to ring before the pallet arrives and Amazon doesn't pass us your mobile number. Please type it here.",
    ),
    ("en", "For the age check on the whisky, we ask for your date of birth before dispatch."),
    (
        "de",
        "Die Spedition ruft vor der Anlieferung an, leider gibt Amazon Ihre Handynummer nicht an uns weiter. Tragen Sie sie bitte hier ein.",
    ),
    (
        "de",
        "Für die Garantiekarte wäre Ihre private E-Mail-Adresse hilfreich, die Anhänge kommen hier oft nicht an.",
    ),
    (
        "fr",
        "Pour le certificat d'authenticité, votre adresse e-mail personnelle serait bien utile, les pièces jointes passent mal ici.",
    ),
    (
        "fr",
        "Le livreur doit appeler avant de passer et Amazon ne nous transmet pas votre numéro de portable. Notez-le ici, s'il vous plaît.",
    ),
    (
        "es",
        "El transportista tiene que llamar antes y Amazon no nos facilita su teléfono. Escríbalo aquí, por favor.",
    ),
    ("es", "Para el control de edad, pásenos su fecha de nacimiento antes del envío."),
    (
        "it",
        "Per il certificato ci sarebbe utile il suo indirizzo email personale, qui gli allegati arrivano tagliati.",
    ),
    (
        "it",
        "Il corriere deve chiamarla prima della consegna e Amazon non ci passa il suo numero. Lo scriva qui, per favore.",
    ),
    (
        "nl",
        "Voor het certificaat zou uw privé e-mailadres handig zijn, want bijlagen komen hier niet goed door.",
    ),
    ("nl", "Voor de leeftijdscontrole vragen we uw geboortedatum voordat we verzenden."),
    (
        "pl",
        "Do odbioru paczki przez kuriera przydałby się Pana numer komórki, Amazon go nam nie przekazuje.",
    ),
    (
        "pl",
        "Kierowca musi zadzwonić przed dostawą, a Amazon nie udostępnia nam Pani telefonu. Proszę go tutaj wpisać.",
    ),
    (
        "sv",
        "För certifikatet vore din privata mejladress till hjälp, bilagorna kommer inte fram här.",
    ),
    (
        "sv",
        "Budet måste ringa innan leveransen och Amazon lämnar inte ut ditt nummer. Skriv det här i svaret, tack.",
    ),
    (
        "tr",
        "Kurye teslimattan önce arayacak, Amazon numaranızı bize iletmiyor. Cep numaranızı buraya bırakabilir misiniz?",
    ),
    ("tr", "Sertifika için kişisel e-posta adresiniz işimize yarar, ekler burada açılmıyor."),
    ("ja", "証明書のPDFが添付で崩れてしまうため、個人のメールアドレスを頂戴できますでしょうか。"),
    ("ja", "年齢確認のため、生年月日をこちらにご入力ください。"),
]


DATA_COMPLIANT = [
    ("en", "We never ask for your phone number; the courier gets it from Amazon."),
    ("en", "The courier has your number from Amazon and will call you an hour before."),
    ("en", "Please check the address in your Amazon account so the courier finds you."),
    ("en", "The PDF manual is attached here; if it doesn't open, it's also on the product page."),
    ("de", "Wir fragen nie nach Ihrer Telefonnummer, der Zusteller bekommt sie von Amazon."),
    ("de", "Bitte prüfen Sie die Adresse in Ihrem Amazon-Konto, damit die Spedition Sie findet."),
    ("fr", "Le transporteur a votre numéro via Amazon et vous appellera la veille."),
    ("fr", "Nous ne vous demandons jamais votre numéro de téléphone."),
    ("es", "El transportista tiene su teléfono a través de Amazon y le llamará antes de ir."),
    ("es", "Le pedimos disculpas por el retraso; el certificado va dentro de la caja."),
    ("it", "Il corriere ha il suo numero tramite Amazon e la chiamerà prima della consegna."),
    ("it", "Le chiediamo scusa per il ritardo, il certificato è già nella scatola."),
    ("nl", "De bezorger krijgt uw nummer via Amazon en belt een uur van tevoren."),
    (
        "nl",
        "We vragen nooit om uw telefoonnummer; controleer alleen het adres in uw Amazon-account.",
    ),
    ("pl", "Kurier dostaje Pana numer z Amazona i zadzwoni przed dostawą."),
    ("pl", "Certyfikat jest w pudełku, a instrukcja w PDF przyda się przy montażu."),
    ("sv", "Budet får ditt nummer via Amazon och ringer en timme innan."),
    ("sv", "Vi ber om ursäkt för förseningen, certifikatet ligger i kartongen."),
    ("tr", "Kurye numaranızı Amazon üzerinden alıyor ve teslimattan önce arayacak."),
    ("tr", "Gecikme için özür dileriz, sertifika kutunun içinde."),
    ("ja", "配送業者はAmazonからお客様の電話番号を受け取り、お届け前にご連絡します。"),
    (
        "ja",
        "年齢確認はAmazonの配送時に行われますので、生年月日をお知らせいただく必要はございません。",
    ),
]


@pytest.mark.parametrize(("lang", "text"), DATA_BY_PRETEXT)
def test_personal_data_asked_by_pretext(lang: str, text: str) -> None:
    assert "personal-data" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), DATA_COMPLIANT)
def test_personal_data_mentioned_not_asked(lang: str, text: str) -> None:
    assert blocked(text, lang) == set()


# --- R1: a low review questioned after the fix -------------------------------------------

LOW_REVIEW_QUESTIONED = [
    (
        "en",
        "Now that the replacement has arrived, is the one-star review still needed? Maybe take another look at it.",
    ),
    (
        "de",
        "Jetzt, wo das Ersatzteil passt: Ist die Ein-Stern-Bewertung wirklich noch gerechtfertigt?",
    ),
    ("fr", "Maintenant que la pièce est remplacée, l'avis à une étoile est-il toujours justifié ?"),
    (
        "es",
        "Ya que el problema está resuelto, ¿sigue siendo necesaria la valoración de una estrella?",
    ),
    ("it", "Ora che il problema è risolto, la recensione da una stella è ancora giustificata?"),
    ("nl", "Nu het probleem is opgelost, is die recensie van één ster nog terecht?"),
    ("pl", "Skoro wymiana doszła, czy mogłaby Pani jeszcze raz przejrzeć swoją opinię?"),
    ("sv", "Nu när felet är åtgärdat, är recensionen med en stjärna fortfarande befogad?"),
    ("tr", "Sorun çözüldüğüne göre tek yıldızlı değerlendirme hâlâ gerekli mi?"),
    ("ja", "問題が解決しましたので、星1つのレビューを再考していただけないでしょうか。"),
]


STILL_NEEDED_COMPLIANT = [
    ("en", "Is the manual still needed, or shall we send another copy?"),
    ("de", "Die Lieferung ist noch nötig, bevor wir die Bewertung Ihres Schadens abschließen."),
    ("nl", "Is de handleiding nog nodig, of sturen we een nieuwe?"),
    ("pl", "Czy instrukcja jest nadal potrzebna? Możemy wysłać nową."),
    ("ja", "梱包の手順を社内で見直し（レビュー）いたしました。"),
    ("sv", "Behövs bruksanvisningen fortfarande, eller ska vi skicka en ny?"),
]


@pytest.mark.parametrize(("lang", "text"), LOW_REVIEW_QUESTIONED)
def test_low_review_questioned_after_the_fix(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), STILL_NEEDED_COMPLIANT)
def test_still_needed_about_a_thing(lang: str, text: str) -> None:
    assert blocked(text, lang) == set()
