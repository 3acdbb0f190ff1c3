# ruff: noqa: E501  (sentences are kept whole)
"""Round 30a: false alarms of the review-request rule on the development held-out sets 38
(replies dictated by voice: run-on text with hardly a sentence end) and 39 (personalised,
made-to-order goods), each class tested with sentences of our own in all ten languages,
beside the asks that must still block.  Measured with the rules alone.

F1: something to write "here" (in this thread) in a run-on sentence that also says the
invoice can be downloaded "from the order on Amazon"; and what the buyer wrote in the order,
reported back ("as you wrote in the order").
F2: a proof, draft or design of a made-to-order item sent for checking ("please review the
spelling on the proof", "taslağı değerlendirin", "proszę o ocenę projektu").
F3: the seller's own change said with an inflected verb or a contracted pronoun ("we've
changed how we pack", "presi değiştiririz", "cambiamos la pieza"), beside the buyer's review
that was read, and "you need change nothing in your review".
F4: stars as a motif stitched, engraved or printed on a personalised item, placed by the name
("three small stars above the baby's name").
F5: "mark it" as a pencil mark when measuring ("wrap a strip round your wrist, mark it").
"""

from __future__ import annotations

import pytest

from tests.compliance.rules_only import blocked

RR = "review-request"

# --- F1: write it here, in a run-on sentence that names the order on Amazon ------------------

WRITE_HERE = [
    (
        "en",
        "hi Tom the invoice for the club is attached you can also download it from your order on Amazon and if you need the cost centre on it just write it here and I'll redo it",
    ),
    (
        "de",
        "hallo Herr Lenz die Rechnung für den Verein hängt an Sie können sie auch in der Bestellung auf Amazon herunterladen und wenn die Kostenstelle drauf soll schreiben Sie sie einfach hier dann mache ich sie neu",
    ),
    (
        "fr",
        "bonjour madame Roux la facture pour le club est jointe vous pouvez aussi la télécharger dans la commande sur Amazon et s'il faut le numéro de bon de commande écrivez-le ici et je la refais",
    ),
    (
        "es",
        "hola Marta te adjunto la factura del colegio también puedes descargarla desde el pedido en Amazon y si necesitas el centro de coste escríbelo aquí y la hago de nuevo",
    ),
    (
        "it",
        "buongiorno signora Neri le allego la fattura del circolo può scaricarla anche dall'ordine su Amazon e se serve il centro di costo me lo scriva qui che la rifaccio",
    ),
    (
        "ja",
        "山田様請求書を添付しますアマゾンの注文履歴からもダウンロードできます部署名が必要でしたらここに書いてくださいすぐ作り直します",
    ),
    (
        "nl",
        "hallo mevrouw Smit de factuur voor de club zit als bijlage u kunt hem ook downloaden bij de bestelling op Amazon en als het kostenplaatsnummer erop moet schrijf het hier dan maak ik een nieuwe",
    ),
    (
        "pl",
        "dzień dobry pani Ewo faktura dla klubu jest w załączniku można ją też pobrać z zamówienia na Amazonie a jeśli potrzebny jest numer kosztów proszę go napisać tutaj i wystawię nową",
    ),
    (
        "sv",
        "hej Lena fakturan för klubben ligger bifogad den går också att ladda ner från ordern på Amazon och som ni skrev i beställningen står klubbens namn på den behöver ni kostnadsställe skriv det här så gör jag en ny",
    ),
    (
        "tr",
        "merhaba Ayşe Hanım fatura ekte siparişinizden Amazon'da da indirebilirsiniz masraf merkezi gerekiyorsa buraya yazın yenisini keserim",
    ),
]

WRITE_ON_PAGE = [
    ("en", "if you liked the set please write a few words about it on Amazon"),
    ("de", "wenn Ihnen das Set gefällt, schreiben Sie bitte ein paar Worte dazu auf Amazon"),
    ("fr", "si le kit vous plaît, écrivez quelques mots sur Amazon s'il vous plaît"),
    ("es", "si te gustó el kit, escribe unas palabras sobre él en Amazon por favor"),
    ("it", "se il kit le è piaciuto, scriva due parole su Amazon per favore"),
    ("nl", "als de set bevalt, schrijf dan een paar woorden erover op Amazon alstublieft"),
    ("pl", "jeśli zestaw się podoba, proszę napisać kilka słów na Amazonie"),
    ("sv", "om ni gillar setet, skriv gärna några ord om det på Amazon"),
    ("sv", "om du skriver något på produktsidan kan du väl nämna att vi svarade samma dag"),
    ("tr", "seti beğendiyseniz lütfen Amazon'da birkaç kelime yazın"),
]


@pytest.mark.parametrize(("lang", "text"), WRITE_HERE)
def test_write_it_here_passes(lang: str, text: str) -> None:
    assert RR not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), WRITE_ON_PAGE)
def test_words_on_amazon_still_block(lang: str, text: str) -> None:
    assert RR in blocked(text, lang)


# --- F2: a proof or draft to check ---------------------------------------------------------

PROOF = [
    (
        "en",
        "Hi Maya, the proof is attached. Please review the spelling of both names carefully, as we engrave exactly what you approve.",
    ),
    (
        "de",
        "Hallo Frau Wendt, anbei der Entwurf. Bitte bewerten Sie die Schreibweise der Namen genau, wir gravieren genau das, was Sie freigeben.",
    ),
    (
        "fr",
        "Bonjour Léa, voici l'épreuve en pièce jointe. Merci d'évaluer l'orthographe des prénoms avec soin, nous brodons exactement ce que vous validez.",
    ),
    (
        "es",
        "Hola Inés, te adjunto la prueba. Por favor, valora la ortografía de los nombres con cuidado, grabamos exactamente lo que apruebes.",
    ),
    (
        "it",
        "Buongiorno Sara, le allego la bozza. La valuti con attenzione, soprattutto l'ortografia dei nomi, perché ricamiamo esattamente ciò che approva.",
    ),
    (
        "ja",
        "佐藤様デザイン案を添付しました。お名前のつづりをよくご評価ください。ご承認いただいた通りに刺繍します。",
    ),
    (
        "nl",
        "Hallo Eva, in de bijlage staat het ontwerp. Wilt u de spelling van de namen goed beoordelen? Wij graveren precies wat u goedkeurt.",
    ),
    (
        "pl",
        "Pani Marto, w załączniku jest projekt grawerunku. Proszę o ocenę pisowni imion, grawerujemy dokładnie to, co Pani zatwierdzi.",
    ),
    (
        "sv",
        "Hej Karin, korrekturet ligger bifogat. Betygsätt gärna stavningen av namnen noga, vi graverar exakt det ni godkänner.",
    ),
    (
        "tr",
        "Merhaba Elif Hanım, tasarım taslağı ekte. Lütfen isimlerin yazılışını dikkatle değerlendirin, onayladığınız metni aynen işliyoruz.",
    ),
]

REVIEW_ASK_STILL = [
    ("en", "Once the mug arrives, please review it on Amazon."),
    ("de", "Wenn die Tasse ankommt, bewerten Sie sie bitte auf Amazon."),
    ("fr", "Quand la tasse arrive, merci d'évaluer le produit sur Amazon."),
    ("es", "Cuando llegue la taza, por favor valora el producto en Amazon."),
    ("it", "Quando arriva la tazza, la valuti su Amazon per favore."),
    ("ja", "マグカップが届いたらアマゾンで評価してください。"),
    ("nl", "Als de mok aankomt, wilt u hem dan beoordelen op Amazon?"),
    ("pl", "Gdy kubek dotrze, proszę o ocenę produktu na Amazonie."),
    ("sv", "När muggen kommer, betygsätt den gärna på Amazon."),
    ("tr", "Kupa ulaşınca lütfen Amazon'da ürünü değerlendirin."),
]


@pytest.mark.parametrize(("lang", "text"), PROOF)
def test_proof_to_check_passes(lang: str, text: str) -> None:
    assert RR not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), REVIEW_ASK_STILL)
def test_review_ask_still_blocks(lang: str, text: str) -> None:
    assert RR in blocked(text, lang)


# --- F3: the seller's own change beside a review read ---------------------------------------

OWN_CHANGE = [
    (
        "en",
        "we did a review of our packing after your message and we've changed how we wrap the lamps and your new one has gone out today",
    ),
    (
        "de",
        "Wir haben Ihre Rezension gelesen und Sie haben recht. An Ihrer Rezension müssen Sie dafür nichts ändern, die neue Lampe kommt diese Woche.",
    ),
    (
        "fr",
        "j'ai lu votre avis sur la lampe vous avez raison on change la pièce et on vous l'envoie demain",
    ),
    (
        "es",
        "he leído su reseña sobre la lámpara y tiene razón cambiamos la pieza y se la enviamos mañana",
    ),
    (
        "it",
        "ho letto la sua recensione sulla lampada ha ragione cambiamo il pezzo e glielo mandiamo domani",
    ),
    (
        "ja",
        "ランプについてのレビューを拝見しましたおっしゃる通りです部品を交換して明日お送りします",
    ),
    (
        "nl",
        "ik heb uw recensie over de lamp gelezen u heeft gelijk we vervangen het onderdeel en sturen het morgen op",
    ),
    ("pl", "przeczytałem pana opinię o lampie ma pan rację wymienimy część i wyślemy ją jutro"),
    ("sv", "jag har läst ert omdöme om lampan ni har rätt vi byter delen och skickar den i morgon"),
    (
        "tr",
        "lamba hakkında yazdığınız yorumu okudum haklısınız parçayı değiştiririz yarın gönderiyoruz",
    ),
]

CHANGE_ASKED = [
    ("en", "we've sent the new lamp, could you change your review now?"),
    ("de", "Die neue Lampe ist unterwegs, könnten Sie Ihre Rezension jetzt ändern?"),
    ("fr", "la nouvelle lampe est partie, pourriez-vous modifier votre avis maintenant ?"),
    ("es", "la lámpara nueva ya va en camino, ¿podría cambiar su reseña ahora?"),
    ("it", "la lampada nuova è partita, potrebbe modificare la sua recensione adesso?"),
    ("nl", "de nieuwe lamp is onderweg, kunt u uw recensie nu aanpassen?"),
    ("pl", "nowa lampa już jedzie, czy może pan teraz zmienić swoją opinię?"),
    ("sv", "den nya lampan är på väg, kan ni ändra ert omdöme nu?"),
    ("tr", "yeni lamba yolda, yorumunuzu şimdi değiştirebilir misiniz?"),
]


@pytest.mark.parametrize(("lang", "text"), OWN_CHANGE)
def test_own_change_passes(lang: str, text: str) -> None:
    assert RR not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), CHANGE_ASKED)
def test_change_asked_still_blocks(lang: str, text: str) -> None:
    assert RR in blocked(text, lang)


# --- F4: stars as a stitched or engraved motif by the name ----------------------------------

MOTIF = [
    ("en", "Hi Amy, yes, we can add three small stars above the baby's name in pale gold."),
    (
        "de",
        "Hallo Frau Kühn, ja, wir können drei kleine Sterne über dem Namen des Babys in Hellgold sticken.",
    ),
    (
        "fr",
        "Bonjour Julie, oui, nous pouvons ajouter trois petites étoiles au-dessus du prénom du bébé en or pâle.",
    ),
    (
        "es",
        "Hola Lucía, sí, podemos añadir tres estrellas pequeñas encima del nombre del bebé en dorado claro.",
    ),
    (
        "it",
        "Ciao Giulia, sì, possiamo aggiungere tre piccole stelle sopra il nome del bimbo in oro chiaro.",
    ),
    ("ja", "鈴木様はい、赤ちゃんのお名前の上に小さな星を三つ薄い金色で入れられます。"),
    (
        "nl",
        "Hallo Fleur, ja, we kunnen drie kleine sterren boven de naam van de baby borduren in lichtgoud.",
    ),
    (
        "pl",
        "Dzień dobry pani Oliwio, tak, możemy dodać trzy małe gwiazdki nad imieniem dziecka w jasnym złocie.",
    ),
    ("sv", "Hej Maja, ja, vi kan lägga till tre små stjärnor ovanför bebisens namn i ljust guld."),
    (
        "tr",
        "Merhaba Zeynep Hanım, evet, bebeğin isminin üstüne açık altın renkte üç küçük yıldız ekleyebiliriz.",
    ),
]

STARS_ASKED = [
    ("en", "Would you add three small stars for us on Amazon?"),
    ("de", "Würden Sie uns auf Amazon fünf Sterne geben?"),
    ("fr", "Pourriez-vous nous mettre cinq étoiles sur Amazon ?"),
    ("es", "¿Nos podría dejar cinco estrellas en Amazon?"),
    ("it", "Ci lascerebbe cinque stelle su Amazon?"),
    ("nl", "Wilt u ons vijf sterren geven op Amazon?"),
    ("pl", "Czy mógłby pan dać nam pięć gwiazdek na Amazonie?"),
    ("sv", "Vill ni ge oss fem stjärnor på Amazon?"),
    ("tr", "Bize Amazon'da beş yıldız verebilir misiniz?"),
]


@pytest.mark.parametrize(("lang", "text"), MOTIF)
def test_star_motif_by_the_name_passes(lang: str, text: str) -> None:
    assert RR not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), STARS_ASKED)
def test_stars_asked_still_block(lang: str, text: str) -> None:
    assert RR in blocked(text, lang)


# --- F5: a pencil mark when measuring ------------------------------------------------------

MEASURE = [
    (
        "en",
        "Wrap a strip of paper round your wrist, mark it, and measure the paper flat. Send the number here.",
    ),
    (
        "de",
        "Legen Sie einen Papierstreifen um das Handgelenk, markieren Sie ihn und messen Sie das Papier. Schicken Sie uns die Zahl hier.",
    ),
    (
        "fr",
        "Entourez votre poignet d'une bande de papier, marquez-la et mesurez le papier à plat. Envoyez le chiffre ici.",
    ),
    (
        "es",
        "Rodea la muñeca con una tira de papel, márcala y mide el papel en plano. Envía el número aquí.",
    ),
    (
        "it",
        "Avvolga una striscia di carta al polso, la segni e misuri la carta in piano. Mi mandi il numero qui.",
    ),
    (
        "ja",
        "紙の帯を手首に巻いて印をつけ、平らにして長さを測ってください。数字をここに送ってください。",
    ),
    (
        "nl",
        "Leg een strook papier om uw pols, markeer het en meet het papier plat. Stuur het getal hier.",
    ),
    (
        "pl",
        "Proszę owinąć pasek papieru wokół nadgarstka, zaznaczyć go i zmierzyć papier. Wynik proszę wysłać tutaj.",
    ),
    (
        "sv",
        "Lägg en pappersremsa runt handleden, markera den och mät pappret plant. Skicka måttet här.",
    ),
    (
        "tr",
        "Bileğinize bir kağıt şerit sarın, işaretleyin ve kağıdı düz şekilde ölçün. Ölçüyü buraya yazın.",
    ),
]

MARK_ASKED = [
    ("en", "please mark us five out of five on Amazon"),
    ("en", "could you mark it five stars on the product page"),
]


@pytest.mark.parametrize(("lang", "text"), MEASURE)
def test_pencil_mark_passes(lang: str, text: str) -> None:
    assert RR not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), MARK_ASKED)
def test_mark_asked_still_blocks(lang: str, text: str) -> None:
    assert RR in blocked(text, lang)
