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
M1: an ask set out as a FAQ (set 37): under the buyer's question "how can I help a shop like
yours?" the answer names words on the product page, with no verb of asking.
M2: an ask as one step of a numbered list (set 37): "5. Once it is picked, pop a photo among
the customer images with a line about how it went."
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


# --- M1: the ask as the answer of a FAQ -----------------------------------------------------

FAQ = [
    (
        "en",
        "Q: Does the kit include the spray bottle?\nA: Yes, it is in the lid.\n\nQ: How can I help a small shop like yours?\nA: A few honest lines under the kit on Amazon about your first harvest.",
    ),
    (
        "de",
        "F: Ist die Sprühflasche dabei?\nA: Ja, sie liegt im Deckel.\n\nF: Wie kann ich einem kleinen Laden wie Ihrem helfen?\nA: Mit ein paar ehrlichen Zeilen unter dem Set auf Amazon über Ihre erste Ernte.",
    ),
    (
        "fr",
        "Q : Le vaporisateur est-il inclus ?\nR : Oui, il est dans le couvercle.\n\nQ : Comment puis-je aider une petite boutique comme la vôtre ?\nR : Quelques lignes sincères sous le kit sur Amazon sur votre première récolte.",
    ),
    (
        "es",
        "P: ¿Incluye el pulverizador?\nR: Sí, va en la tapa.\n\nP: ¿Cómo puedo ayudar a una tienda pequeña como la suya?\nR: Con unas líneas sinceras bajo el kit en Amazon sobre su primera cosecha.",
    ),
    (
        "it",
        "D: Il nebulizzatore è incluso?\nR: Sì, è nel coperchio.\n\nD: Come posso aiutare un piccolo negozio come il vostro?\nR: Con due righe sincere sotto il kit su Amazon sul suo primo raccolto.",
    ),
    (
        "ja",
        "Q：霧吹きは付いていますか？\nA：はい、ふたの中に入っています。\n\nQ：どうすれば小さなお店を応援できますか？\nA：アマゾンの商品ページに最初の収穫についてひと言書いていただけることです。",
    ),
    (
        "nl",
        "V: Zit de plantenspuit erbij?\nA: Ja, die zit in het deksel.\n\nV: Hoe kan ik een kleine winkel als de uwe helpen?\nA: Met een paar eerlijke regels onder de kit op Amazon over uw eerste oogst.",
    ),
    (
        "pl",
        "P: Czy spryskiwacz jest w zestawie?\nO: Tak, jest w pokrywce.\n\nP: Jak mogę pomóc takiemu małemu sklepowi?\nO: Kilka szczerych zdań pod zestawem na Amazonie o pierwszych zbiorach.",
    ),
    (
        "sv",
        "F: Ingår sprayflaskan?\nS: Ja, den ligger i locket.\n\nF: Hur kan jag hjälpa en liten butik som er?\nS: Några ärliga rader under satsen på Amazon om din första skörd.",
    ),
    (
        "tr",
        "S: Sprey şişesi dahil mi?\nC: Evet, kapağın içinde.\n\nS: Sizin gibi küçük bir dükkâna nasıl destek olabilirim?\nC: Amazon'da setin altına ilk hasadınızla ilgili birkaç samimi cümle yazmanız.",
    ),
]

FAQ_HELP_PLAIN = [
    (
        "en",
        "Q: How can I help the block fruit again?\nA: Soak it overnight in cold water and mist it twice a day.",
    ),
    (
        "de",
        "F: Wie kann ich dem Block helfen, wieder zu tragen?\nA: Legen Sie ihn über Nacht in kaltes Wasser und besprühen Sie ihn zweimal am Tag.",
    ),
    (
        "fr",
        "Q : Comment puis-je aider le bloc à refructifier ?\nR : Faites-le tremper une nuit dans l'eau froide et brumisez-le deux fois par jour.",
    ),
    (
        "es",
        "P: ¿Cómo puedo ayudar a que el bloque vuelva a dar setas?\nR: Déjelo una noche en agua fría y pulverícelo dos veces al día.",
    ),
    (
        "it",
        "D: Come posso aiutare il blocco a fruttificare di nuovo?\nR: Lo lasci una notte in acqua fredda e lo nebulizzi due volte al giorno.",
    ),
    (
        "ja",
        "Q：どうすればもう一度収穫できますか？\nA：一晩冷たい水に浸けて、一日二回霧吹きしてください。",
    ),
    (
        "nl",
        "V: Hoe kan ik het blok helpen opnieuw vrucht te dragen?\nA: Leg het een nacht in koud water en besproei het twee keer per dag.",
    ),
    (
        "pl",
        "P: Jak mogę pomóc kostce znowu owocować?\nO: Proszę ją namoczyć na noc w zimnej wodzie i zraszać dwa razy dziennie.",
    ),
    (
        "sv",
        "F: Hur kan jag hjälpa blocket att bära igen?\nS: Lägg det i kallt vatten över natten och spraya det två gånger om dagen.",
    ),
    (
        "tr",
        "S: Bloğun yeniden ürün vermesine nasıl yardımcı olabilirim?\nC: Bir gece soğuk suda bekletin ve günde iki kez su püskürtün.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), FAQ)
def test_faq_answer_ask_blocks(lang: str, text: str) -> None:
    assert RR in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), FAQ_HELP_PLAIN)
def test_faq_help_question_about_the_product_passes(lang: str, text: str) -> None:
    assert RR not in blocked(text, lang)


# --- M2: the ask as a step of a numbered list -----------------------------------------------

STEP = [
    (
        "en",
        "Here is the guide:\n1. Soak the block for 8 hours.\n2. Mist it twice a day.\n3. When the first flush is picked, add a photo to the customer images under the kit with a line on how it went.",
    ),
    (
        "de",
        "Hier die Anleitung:\n1. Den Block 8 Stunden wässern.\n2. Zweimal täglich besprühen.\n3. Nach der ersten Ernte ein Foto bei den Kundenbildern unter dem Set hochladen, mit einer Zeile, wie es lief.",
    ),
    (
        "fr",
        "Voici le guide :\n1. Faites tremper le bloc 8 heures.\n2. Brumisez deux fois par jour.\n3. Après la première récolte, ajoutez une photo aux images clients sous le kit avec quelques mots sur le résultat.",
    ),
    (
        "es",
        "Aquí tiene la guía:\n1. Remoje el bloque 8 horas.\n2. Pulverícelo dos veces al día.\n3. Tras la primera cosecha, suba una foto a las imágenes de clientes bajo el kit con unas palabras sobre cómo fue.",
    ),
    (
        "it",
        "Ecco la guida:\n1. Immerga il blocco per 8 ore.\n2. Lo nebulizzi due volte al giorno.\n3. Dopo il primo raccolto, carichi una foto tra le immagini dei clienti sotto il kit con due righe su com'è andata.",
    ),
    (
        "ja",
        "手順です。\n1. ブロックを8時間水に浸けます。\n2. 一日二回霧吹きします。\n3. 最初の収穫が終わったら、アマゾンのレビューに写真と一言を投稿します。",
    ),
    (
        "nl",
        "Hier de handleiding:\n1. Week het blok 8 uur.\n2. Besproei het twee keer per dag.\n3. Na de eerste oogst een foto bij de klantfoto's onder de kit plaatsen, met een regel over hoe het ging.",
    ),
    (
        "pl",
        "Oto instrukcja:\n1. Namoczyć kostkę przez 8 godzin.\n2. Zraszać dwa razy dziennie.\n3. Po pierwszym zbiorze dodać zdjęcie i kilka słów o tym, jak poszło, w opinii na Amazonie.",
    ),
    (
        "sv",
        "Här är guiden:\n1. Blötlägg blocket i 8 timmar.\n2. Spraya två gånger om dagen.\n3. Efter första skörden, lägg upp ett foto och några rader om hur det gick i ett omdöme på Amazon.",
    ),
    (
        "tr",
        "İşte rehber:\n1. Bloğu 8 saat suda bekletin.\n2. Günde iki kez su püskürtün.\n3. İlk hasattan sonra Amazon'da ürün yorumuna bir fotoğraf ve nasıl gittiğine dair birkaç cümle ekleyin.",
    ),
]

STEP_PLAIN = [
    (
        "en",
        "Here is the guide:\n1. Soak the block for 8 hours.\n2. Mist it twice a day.\n3. When the first flush is picked, send us a photo here if anything looks wrong.",
    ),
    (
        "de",
        "Hier die Anleitung:\n1. Den Block 8 Stunden wässern.\n2. Zweimal täglich besprühen.\n3. Wenn etwas komisch aussieht, schicken Sie uns hier ein Foto.",
    ),
    (
        "fr",
        "Voici le guide :\n1. Faites tremper le bloc 8 heures.\n2. Brumisez deux fois par jour.\n3. Si quelque chose vous semble anormal, envoyez-nous une photo ici.",
    ),
    (
        "es",
        "Aquí tiene la guía:\n1. Remoje el bloque 8 horas.\n2. Pulverícelo dos veces al día.\n3. Si algo se ve raro, mándenos una foto aquí.",
    ),
    (
        "it",
        "Ecco la guida:\n1. Immerga il blocco per 8 ore.\n2. Lo nebulizzi due volte al giorno.\n3. Se qualcosa sembra strano, ci mandi una foto qui.",
    ),
    (
        "ja",
        "手順です。\n1. ブロックを8時間水に浸けます。\n2. 一日二回霧吹きします。\n3. 様子がおかしければ、こちらに写真を送ってください。",
    ),
    (
        "nl",
        "Hier de handleiding:\n1. Week het blok 8 uur.\n2. Besproei het twee keer per dag.\n3. Ziet iets er raar uit, stuur ons dan hier een foto.",
    ),
    (
        "pl",
        "Oto instrukcja:\n1. Namoczyć kostkę przez 8 godzin.\n2. Zraszać dwa razy dziennie.\n3. Jeśli coś wygląda dziwnie, proszę przysłać zdjęcie tutaj.",
    ),
    (
        "sv",
        "Här är guiden:\n1. Blötlägg blocket i 8 timmar.\n2. Spraya två gånger om dagen.\n3. Ser något konstigt ut, skicka ett foto här.",
    ),
    (
        "tr",
        "İşte rehber:\n1. Bloğu 8 saat suda bekletin.\n2. Günde iki kez su püskürtün.\n3. Bir şey tuhaf görünürse buraya bir fotoğraf gönderin.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), STEP)
def test_list_step_ask_blocks(lang: str, text: str) -> None:
    assert RR in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), STEP_PLAIN)
def test_list_step_photo_here_passes(lang: str, text: str) -> None:
    assert RR not in blocked(text, lang)
