# ruff: noqa: E501  (sentences are kept whole)
"""Round 24b: classes of violation (and their compliant look-alikes) left on the development
held-out sets 24 and 25 by the rules, each tested with sentences of our own (none from a
held-out set), measured on the rules alone (the n-gram model learnt those sets).

D1: asking for a contact detail as a plain question, with no "send us" verb: "may I have
your mobile number", "vad har du för telefonnummer", "mag ik uw e-mailadres", "cep
numaranız nedir"; the order number, a serial number or a size asked the same way stay
compliant.
D2: the ask is a header and the data are the list under it ("reply with the following:" /
"- your date of birth" / "- your mobile number"); a list of colours and sizes, or things to
check in the Amazon account, stays compliant.
D3: "all we need is your ...": sufficiency as the ask ("il nous suffit de", "nos basta con",
"ci basta", "det räcker med", "wystarczy nam", "uns genügt", "numaranız yeterli"); the order
number or a photo of the parcel asked the same way, and "telefonunuza bir uygulama indirmeniz
yeterli" (an app for your phone), stay compliant.
D4: "reply (here / to this message) with your ...", with words between the verb and "with"
("antworten Sie einfach mit", "répondez à ce message avec", "svara på meddelandet med");
a colour or size sent back that way stays compliant.
D5: Japanese contact nouns written with の or an honorific ("携帯電話の番号", "お電話番号",
"ご自宅の電話の番号"); the phone case or charger stays compliant.
S1 (false alarm): a shoe or foot size called a number ("ayak numaranız", "ayakkabı
numarası", "número de pie", "numero di scarpe", "numer buta"), the bare "numara" after it in
its sentence, and a size up or down ("bir numara büyük", "eine Nummer größer", "un número
más"); a mobile number asked the same way stays a violation.
T1: a phone number read out with "double" / "triple" and "then" between its groups
("oh seven seven double two, then four one triple nine").
B1 (false alarm): a carrier's branch under another name than "depot" ("esa franquicia",
"der PaketShop", "ombudet", "la sucursal") with the carrier named nearby, and a German
landline of the 065x-069x areas (Trier, Fulda, Saarbrücken) that was read as an Austrian
mobile; our own shop's line, or a real Austrian mobile, beside a carrier stay blocked.
K1: a host whose dot is a modifier ring or small circle ("˳", "˚", "⚬"); "180˚C" stays.
K2: a link shortener with a blank for its dot ("bit ly / 4kQ2mZx", "ow ly 9XkQ2", "bit ly
slash ...", read out in katakana "ビットリー スラッシュ ..."); "a bit lyrical" stays.
C1: the seller's own cancelling supposed by a Turkish suffix ("biz iptal edersek", if we
cancel) as the pretext for the buyer pressing the cancel button; "biz iptal ettik" (done)
and the supposition with no ask after it stay compliant.
"""

from __future__ import annotations

import pytest

from tests.compliance.rules_only import blocked

# --- D1: the contact detail asked as a plain question -------------------------------------

QUESTIONS = [
    ("sv", "Vad har ni för telefonnummer? Då ringer montören innan han kommer med bokhyllan."),
    ("sv", "Vad har du för mejladress, så skickar jag monteringsritningen dit?"),
    ("nl", "Mag ik uw mobiele nummer, zodat de monteur vooraf kan bellen over de kast?"),
    ("nl", "Mag ik even je e-mailadres voor de handleiding van de waterkoker?"),
    ("de", "Dürfte ich Ihre Handynummer haben, damit der Monteur vorher anrufen kann?"),
    ("fr", "Puis-je avoir votre numéro de portable pour fixer le rendez-vous de montage ?"),
    ("it", "Posso avere il suo numero di cellulare per fissare il montaggio della cucina?"),
    ("en", "May I have your mobile number so the fitter can ring ahead on Tuesday?"),
    ("tr", "Cep numaranız nedir? Kurye gelmeden önce sizi arasın."),
    ("pl", "Czy mogę prosić o Pana numer komórki, żeby monter zadzwonił przed przyjazdem?"),
    ("es", "¿Me puede dar su número de móvil para que el montador le llame antes?"),
]

QUESTION_LOOKALIKES = [
    ("sv", "Vad har du för storlek på skorna? Då skickar jag rätt par direkt."),
    ("nl", "Mag ik uw bestelnummer even hebben? Dan zoek ik het pakket op."),
    ("de", "Dürfte ich Ihre Meinung zur Farbe des Bezugs haben?"),
    ("en", "May I have your order number so I can find the parcel?"),
    ("fr", "Puis-je avoir le numéro de série inscrit sous la machine ?"),
    ("it", "Posso avere il numero di serie scritto sotto la base?"),
    ("tr", "Sipariş numaranız nedir? Kargoyu ona göre arayalım."),
]


@pytest.mark.parametrize(("lang", "text"), QUESTIONS)
def test_contact_questions_blocked(lang: str, text: str) -> None:
    assert "personal-data" in blocked(text, lang), (lang, text)


@pytest.mark.parametrize(("lang", "text"), QUESTION_LOOKALIKES)
def test_question_lookalikes_pass(lang: str, text: str) -> None:
    assert blocked(text, lang) == set(), (lang, text)


# --- D2: the data in a list under the ask -------------------------------------------------

LISTS = [
    (
        "en",
        "To register the warranty, please reply with the following:\n- your full name\n- your date of birth\n- your mobile number\n\nThanks!",
    ),
    (
        "de",
        "Für die Gravur schreiben Sie uns bitte Folgendes:\n– Ihren Namen in Druckbuchstaben\n– Ihre Handynummer\n\nDanke!",
    ),
    (
        "fr",
        "Merci de nous envoyer les éléments suivants :\n• votre date de naissance\n• votre numéro de portable\n\nBonne journée",
    ),
    (
        "es",
        "Para el montaje, envíenos lo siguiente:\n- su fecha de nacimiento\n- una foto de su DNI\n\nSaludos",
    ),
    ("nl", "Stuur ons het volgende:\n- uw geboortedatum\n- uw mobiele nummer\n\nGroeten"),
    (
        "ja",
        "刻印の準備のため、以下をご返信ください。\n・お名前\n・携帯電話番号\n\nよろしくお願いいたします。",
    ),
]

LIST_LOOKALIKES = [
    (
        "en",
        "To finish the engraving, please reply with the following:\n- the colour you prefer\n- the size you need\n\nThanks!",
    ),
    (
        "de",
        "Bitte schreiben Sie uns Folgendes:\n– die gewünschte Farbe\n– die Größe des Bezugs\n\nDanke!",
    ),
    (
        "en",
        "Please check the following in your Amazon account:\n- the delivery address\n- the phone number for the courier\n\nThanks!",
    ),
    ("ja", "以下をご返信ください。\n・ご希望の色\n・サイズ\n\nよろしくお願いいたします。"),
]


@pytest.mark.parametrize(("lang", "text"), LISTS)
def test_listed_data_blocked(lang: str, text: str) -> None:
    assert "personal-data" in blocked(text, lang), (lang, text)


@pytest.mark.parametrize(("lang", "text"), LIST_LOOKALIKES)
def test_list_lookalikes_pass(lang: str, text: str) -> None:
    assert blocked(text, lang) == set(), (lang, text)


# --- D3: "all we need is your ..." ---------------------------------------------------------

ENOUGH = [
    (
        "fr",
        "Pour prolonger la garantie du grille-pain, il nous suffit de votre numéro de portable.",
    ),
    ("en", "All we need is your mobile number and the fitter will arrange the rest."),
    ("de", "Uns genügt Ihre Handynummer, dann meldet sich der Monteur wegen des Termins."),
    ("es", "Nos basta con su número de móvil para concertar la entrega del sofá."),
    ("it", "Ci basta il suo numero di cellulare per fissare la consegna del divano."),
    ("sv", "Det räcker med ditt mobilnummer, så bokar vi en tid för leveransen."),
    ("pl", "Wystarczy nam Pani numer telefonu, a kurier umówi się na dostawę."),
    ("tr", "Bize sadece cep telefonu numaranız yeterli, kurye randevuyu ayarlar."),
]

ENOUGH_LOOKALIKES = [
    ("fr", "Il nous suffit de votre numéro de commande pour retrouver le colis."),
    ("en", "All we need is your order number to trace the parcel."),
    ("es", "Nos basta con una foto del paquete dañado para tramitar el reembolso."),
    ("sv", "Det räcker med ett foto på den trasiga lampan."),
    ("tr", "Akort için telefonunuza bir uygulama indirmeniz yeterli."),
    ("de", "Uns reicht ein Foto vom Typenschild, dann schicken wir das Ersatzteil."),
]


@pytest.mark.parametrize(("lang", "text"), ENOUGH)
def test_enough_blocked(lang: str, text: str) -> None:
    assert "personal-data" in blocked(text, lang), (lang, text)


@pytest.mark.parametrize(("lang", "text"), ENOUGH_LOOKALIKES)
def test_enough_lookalikes_pass(lang: str, text: str) -> None:
    assert blocked(text, lang) == set(), (lang, text)


# --- D4: "reply here with your ..." --------------------------------------------------------

REPLY_WITH = [
    ("en", "Just reply here with your mobile number and I'll pass it to the fitter."),
    (
        "en",
        "The haulage firm books by phone, so please answer this message with yours, the mobile number.",
    ),
    (
        "de",
        "Antworten Sie einfach mit Ihrer Handynummer, dann gebe ich sie an die Spedition weiter.",
    ),
    ("fr", "Répondez simplement à ce message avec votre numéro de portable."),
    ("es", "Responda a este mensaje con su número de móvil, por favor."),
    ("it", "Risponda a questo messaggio con il suo numero di cellulare."),
    ("nl", "Antwoord gewoon op dit bericht met uw telefoonnummer."),
    ("sv", "Svara bara på det här meddelandet med ditt mobilnummer."),
]

REPLY_WITH_LOOKALIKES = [
    ("en", "Just reply here with the colour you'd like and I'll send it today."),
    ("de", "Antworten Sie einfach mit der gewünschten Farbe."),
    ("fr", "Répondez à ce message avec la taille souhaitée."),
    ("sv", "Svara bara på meddelandet med vilken färg du vill ha."),
]


@pytest.mark.parametrize(("lang", "text"), REPLY_WITH)
def test_reply_with_blocked(lang: str, text: str) -> None:
    assert "personal-data" in blocked(text, lang), (lang, text)


@pytest.mark.parametrize(("lang", "text"), REPLY_WITH_LOOKALIKES)
def test_reply_with_lookalikes_pass(lang: str, text: str) -> None:
    assert blocked(text, lang) == set(), (lang, text)


# --- D5: Japanese contact nouns with の or an honorific -----------------------------------

JA_NOUNS = [
    ("ja", "配達日の調整のため、携帯電話の番号をこちらにお送りください。"),
    ("ja", "設置の日程を決めたいので、お電話番号をご返信いただけますでしょうか。"),
    ("ja", "ご自宅の電話の番号を、このメッセージへの返信でお知らせください。"),
]

JA_LOOKALIKES = [
    ("ja", "携帯電話のケースは明日発送いたします。"),
    ("ja", "携帯電話の充電器は箱の底に入っております。ご確認ください。"),
]


@pytest.mark.parametrize(("lang", "text"), JA_NOUNS)
def test_ja_nouns_blocked(lang: str, text: str) -> None:
    assert "personal-data" in blocked(text, lang), (lang, text)


@pytest.mark.parametrize(("lang", "text"), JA_LOOKALIKES)
def test_ja_lookalikes_pass(lang: str, text: str) -> None:
    assert blocked(text, lang) == set(), (lang, text)


# --- S1: a shoe size called a number ------------------------------------------------------

SIZES = [
    ("tr", "Ayakkabı numaranızı buraya yazarsanız doğru boy paleti ayırırım."),
    ("tr", "Kaymak için ayak numaranızı ve ayak uzunluğunu bize yazın, uygun pateni seçelim."),
    ("es", "Indíquenos su número de pie y le enviamos las botas de la talla correcta."),
    ("it", "Ci scriva il suo numero di scarpe e le mandiamo le ciaspole giuste."),
    ("pl", "Proszę podać numer buta, a dobierzemy rozmiar raków."),
    (
        "tr",
        "Bu botlar bir numara büyük kalıyor. Ayak numaranızı buraya yazın, doğru numarayı ayıralım.",
    ),
    (
        "de",
        "Die Gummistiefel fallen klein aus, nehmen Sie lieber eine Nummer größer. Schreiben Sie uns hier, welche Größe Sie tragen.",
    ),
    (
        "es",
        "Las zapatillas tallan pequeño, mejor un número más. Escríbanos aquí su talla habitual.",
    ),
]

SIZE_VIOLATIONS = [
    ("tr", "Cep numaranızı buraya yazarsanız kurye sizi arar."),
    ("es", "Indíquenos su número de móvil y le llamamos antes de la entrega."),
    ("it", "Ci scriva il suo numero di cellulare e la chiamiamo prima della consegna."),
]


@pytest.mark.parametrize(("lang", "text"), SIZES)
def test_sizes_pass(lang: str, text: str) -> None:
    assert blocked(text, lang) == set(), (lang, text)


@pytest.mark.parametrize(("lang", "text"), SIZE_VIOLATIONS)
def test_size_violations_blocked(lang: str, text: str) -> None:
    assert "personal-data" in blocked(text, lang), (lang, text)


# --- T1: "double", "triple" and "then" in a spoken phone number ---------------------------

SPOKEN = [
    ("en", "Give the workshop a ring on oh seven seven double two, then four one triple nine."),
    ("en", "Our bench line is zero one six three two, double four, eight seven one."),
    ("en", "Ring us on oh one five double oh, then six two seven, then three triple eight."),
]

SPOKEN_LOOKALIKES = [
    ("en", "It's a double bed frame with two drawers and one headboard."),
    ("en", "The set has double six dominoes; add one more box and you have a triple set."),
]


@pytest.mark.parametrize(("lang", "text"), SPOKEN)
def test_spoken_doubles_blocked(lang: str, text: str) -> None:
    assert "phone-number" in blocked(text, lang), (lang, text)


@pytest.mark.parametrize(("lang", "text"), SPOKEN_LOOKALIKES)
def test_spoken_lookalikes_pass(lang: str, text: str) -> None:
    assert blocked(text, lang) == set(), (lang, text)


# --- B1: a carrier's branch under another name, German 06xx landlines ------------------------

BRANCHES = [
    (
        "de",
        "Hermes hat das Paket ins Depot Trier gebracht; das Depot erreichen Sie unter 0651 97 12 30.",
    ),
    (
        "de",
        "DPD konnte nicht zustellen. Das DPD-Depot Saarbrücken erreichen Sie unter 0681 94 05 11 mit der Paketnummer.",
    ),
    (
        "es",
        "El paquete está en la franquicia de SEUR de Huesca; puede llamar a esa franquicia al 974 22 81 40.",
    ),
    (
        "es",
        "MRW lo tiene en su franquicia de Teruel. Si quiere recogerlo, llame a la franquicia al 978 61 02 33.",
    ),
    (
        "sv",
        "PostNord har lämnat paketet hos ombudet på Storgatan. Ombudet nås på 0611 51 22 90 om du har frågor.",
    ),
]

BRANCH_VIOLATIONS = [
    ("de", "DPD hat es zugestellt. Bei Fragen erreichen Sie unseren Laden unter 0651 97 12 30."),
    (
        "es",
        "La franquicia de MRW ya lo entregó; para cualquier duda llame a nuestra tienda al 974 22 81 40.",
    ),
    ("de", "Das GLS-Depot hat uns informiert. Sie erreichen das Depot unter +43 664 1234567."),
    ("de", "Der Hermes PaketShop hat das Paket. Rufen Sie mich an: 0171 2345678."),
]


@pytest.mark.parametrize(("lang", "text"), BRANCHES)
def test_branches_pass(lang: str, text: str) -> None:
    assert blocked(text, lang) == set(), (lang, text)


@pytest.mark.parametrize(("lang", "text"), BRANCH_VIOLATIONS)
def test_branch_violations_blocked(lang: str, text: str) -> None:
    assert "phone-number" in blocked(text, lang), (lang, text)


# --- K1, K2: ring dots and spaced shorteners ------------------------------------------------

DOTLESS_LINKS = [
    ("en", "The mitten pattern is at knitnook˳co˳uk/mittens if you want it."),
    ("de", "Die Anleitung liegt unter holzwerk-ferber˚de/anleitung."),
    ("it", "Il video è su laboratorio-ceramica⚬it/video."),
    ("tr", "Montaj videosunun kısa adresi: bit ly / 7Rw3pQz, boşlukları silip nokta koyun."),
    ("en", "The short link is bit ly 9TfV2cd"),
    ("de", "Kurzlink: ow ly / 9XkQ2 (Leerzeichen durch Punkt ersetzen)."),
    ("fr", "Le lien court : bit ly slash 3HgT8wq, avec un point à la place de l'espace."),
    ("ja", "組み立て動画の短縮URLは、ビットリー スラッシュ 8pLm3Qa です。"),
]

DOTLESS_LOOKALIKES = [
    ("en", "Bake the clay at 130˚C for twenty minutes."),
    ("en", "Sing it a bit lyrical and slow, it suits the ukulele."),
    ("de", "Die Temperatur liegt bei 20˚ und der Kleber härtet über Nacht."),
]


@pytest.mark.parametrize(("lang", "text"), DOTLESS_LINKS)
def test_dotless_links_blocked(lang: str, text: str) -> None:
    assert "link" in blocked(text, lang), (lang, text)


@pytest.mark.parametrize(("lang", "text"), DOTLESS_LOOKALIKES)
def test_dotless_lookalikes_pass(lang: str, text: str) -> None:
    assert blocked(text, lang) == set(), (lang, text)


# --- C1: "if we cancel" by a suffix, then the buyer's button ---------------------------------

SUPPOSED_CANCELS = [
    (
        "tr",
        'Tedarikçi kalemleri göndermedi. Siparişi biz iptal edersek hesabımız ceza alıyor. Lütfen siparişlerim sayfasındaki "İptal et" düğmesine siz basın.',
    ),
    (
        "tr",
        'Siparişi biz iptal edersek puanımız düşüyor. "İptal talep et" düğmesine sizin basmanız bizi kurtarır.',
    ),
]

SUPPOSED_LOOKALIKES = [
    ("tr", "Siparişi biz iptal edersek hesabımız ceza alıyor, bu yüzden tedarikçiyi bekleyeceğiz."),
    ("tr", 'Siparişi biz iptal ettik. "İptal edildi" yazısını göreceksiniz.'),
    ("tr", "Siparişi biz iptal ederiz, sizin bir şey yapmanıza gerek yok."),
]


@pytest.mark.parametrize(("lang", "text"), SUPPOSED_CANCELS)
def test_supposed_cancels_blocked(lang: str, text: str) -> None:
    assert "cancellation-request" in blocked(text, lang), (lang, text)


@pytest.mark.parametrize(("lang", "text"), SUPPOSED_LOOKALIKES)
def test_supposed_lookalikes_pass(lang: str, text: str) -> None:
    assert blocked(text, lang) == set(), (lang, text)
