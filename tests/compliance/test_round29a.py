# ruff: noqa: E501  (sentences are kept whole)
"""Round 29a: false alarms and missed violations of the review-request rule (review asks
and incentives) on the development held-out sets 34-37 (replies after a bad review or an
A-to-z claim, long structured letters), each class tested in the ten languages with
sentences of our own (none from a held-out set), beside the look-alikes that must stay
compliant.  Measured with the rules alone (no n-gram model).

F1: the buyer's review read and left to the buyer: "what you write in your review is your
own business; we ask you for nothing".
F2: gift wrapping with a star pattern ("sterrenprint", "papier w gwiazdki", "yıldız desenli").
F3: a gift that is not liked, returned through Amazon ("beğenilmezse": no "like" asked for).
F4: a music box ("pozytywka" is no "pozytyw", a positive review).
M1: the buyer asked to withdraw or close an A-to-z Guarantee claim (set-36 ruling 1), and
something of value tied to its closing (ruling 2: an incentive).
M2: a few words written "under the kit / the pen / the book" (the product named by what it
is, not "the product"), for something free.
M3: a signature slogan: a short question about a review that addresses nobody, the offer in
the next sentence ("Review written? Then your next service is free.").
"""

from __future__ import annotations

import pytest

from tests.compliance.rules_only import blocked

RULE = "review-request"

# --- F1: the review left to the buyer ------------------------------------------------------

LEFT_TO_BUYER = [
    (
        "en",
        "We have read your review. What you put in your review is entirely your call, and we are not asking you for anything.",
    ),
    (
        "de",
        "Wir haben Ihre Rezension gelesen. Was Sie in Ihrer Rezension schreiben, bleibt ganz Ihre Entscheidung; wir möchten nichts von Ihnen.",
    ),
    (
        "fr",
        "Nous avons bien lu votre évaluation. Ce que vous mettez dans votre évaluation ne regarde que vous ; nous ne vous demandons rien.",
    ),
    (
        "es",
        "Hemos leído su reseña. Lo que escriba en su reseña es cosa suya; no le pedimos nada al respecto.",
    ),
    (
        "it",
        "Abbiamo letto la sua recensione. Quello che scrive nella sua recensione è una sua scelta; non le chiediamo nulla.",
    ),
    (
        "ja",
        "レビューを読ませていただきました。レビューに何をお書きになるかはお客様のご自由で、当店からお願いすることは何もございません。",
    ),
    (
        "nl",
        "We hebben uw review gelezen. Wat u in uw review schrijft, is helemaal aan u; we vragen u niets.",
    ),
    (
        "pl",
        "Przeczytaliśmy Pana opinię. To, co Pan napisze w opinii, to wyłącznie Pana sprawa; o nic nie prosimy.",
    ),
    (
        "sv",
        "Vi har läst ditt omdöme. Vad du skriver i ditt omdöme är helt upp till dig; vi ber dig inte om något.",
    ),
    (
        "tr",
        "Yorumunuzu okuduk. Yorumunuzda ne yazacağınız tamamen size kalmış; sizden bir şey istemiyoruz.",
    ),
]

STILL_ASKS = [
    ("en", "We have fixed the hinge, so could you update your review now?"),
    ("de", "Das Scharnier ist ersetzt; könnten Sie Ihre Rezension jetzt bitte anpassen?"),
    ("fr", "La charnière est remplacée : pourriez-vous modifier votre évaluation maintenant ?"),
    ("es", "Ya cambiamos la bisagra; ¿podría actualizar su reseña ahora?"),
    ("it", "Abbiamo sostituito la cerniera: potrebbe aggiornare la sua recensione adesso?"),
    ("nl", "Het scharnier is vervangen; zou u uw review nu willen aanpassen?"),
    ("pl", "Zawias został wymieniony, czy mógłby Pan teraz zmienić swoją opinię?"),
    ("sv", "Gångjärnet är utbytt, kan du uppdatera ditt omdöme nu?"),
    ("tr", "Menteşeyi değiştirdik, yorumunuzu şimdi güncelleyebilir misiniz?"),
]


@pytest.mark.parametrize(("lang", "text"), LEFT_TO_BUYER)
def test_review_left_to_the_buyer_passes(lang: str, text: str) -> None:
    assert RULE not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), STILL_ASKS)
def test_review_change_asked_still_blocks(lang: str, text: str) -> None:
    assert RULE in blocked(text, lang)


# --- F2: wrapping paper with a star pattern ------------------------------------------------

STAR_PAPER = [
    (
        "en",
        "If you tick the gift option we wrap the spinning top in our paper with a star pattern and leave out the price slip.",
    ),
    (
        "de",
        "Mit der Geschenkoption packen wir den Kreisel in unser Papier mit Sternenmuster und legen keinen Beleg mit Preis bei.",
    ),
    (
        "fr",
        "Avec l'option cadeau, nous emballons la toupie dans notre papier à motif d'étoiles, sans bon de livraison chiffré.",
    ),
    (
        "es",
        "Con la opción de regalo envolvemos la peonza en nuestro papel con estampado de estrellas y no incluimos el albarán con precio.",
    ),
    (
        "it",
        "Con l'opzione regalo incartiamo la trottola nella nostra carta a fantasia di stelle e non mettiamo lo scontrino col prezzo.",
    ),
    (
        "ja",
        "ギフトオプションを選んでいただくと、星柄の包装紙でお包みし、金額入りの納品書は同梱いたしません。",
    ),
    (
        "nl",
        "Met de cadeau-optie pakken we de tol in ons papier met sterrenprint in, zonder pakbon met prijs.",
    ),
    ("pl", "Z opcją prezentową zapakujemy bączka w papier w gwiazdki, bez paragonu z ceną."),
    (
        "sv",
        "Med presentalternativet slår vi in snurran i vårt papper med stjärnmönster, utan följesedel med pris.",
    ),
    (
        "tr",
        "Hediye seçeneğiyle topacı yıldız desenli kağıdımıza sarıyoruz, fiyatlı fatura koymuyoruz.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), STAR_PAPER)
def test_star_pattern_gift_paper_passes(lang: str, text: str) -> None:
    assert RULE not in blocked(text, lang)


# --- F3: a gift not liked, returned through Amazon -----------------------------------------

GIFT_NOT_LIKED = [
    (
        "en",
        "There is a gift receipt without prices in the box. If the plush fox is not liked, your grandson can return it through Amazon and the money comes back to you.",
    ),
    (
        "de",
        "Im Paket liegt ein Geschenkbeleg ohne Preise. Wird der Plüschfuchs nicht gemocht, kann Ihr Enkel ihn über Amazon zurückschicken, und Sie bekommen das Geld zurück.",
    ),
    (
        "fr",
        "Un ticket cadeau sans prix est dans le colis. Si le renard en peluche ne plaît pas, votre petit-fils peut le retourner via Amazon et vous serez remboursée.",
    ),
    (
        "es",
        "En la caja va un ticket regalo sin precios. Si el zorro de peluche no gusta, su nieto puede devolverlo por Amazon y el dinero vuelve a usted.",
    ),
    (
        "it",
        "Nel pacco c'è uno scontrino regalo senza prezzi. Se la volpe di peluche non piace, suo nipote può restituirla tramite Amazon e il rimborso va a lei.",
    ),
    (
        "ja",
        "箱には金額の入っていないギフトレシートが入っております。ぬいぐるみが気に入られなかった場合は、Amazonから返品でき、返金はご注文者様に戻ります。",
    ),
    (
        "nl",
        "Er zit een cadeaubon zonder prijzen in de doos. Valt de pluchen vos niet in de smaak, dan kan uw kleinzoon hem via Amazon retourneren en krijgt u het geld terug.",
    ),
    (
        "pl",
        "W paczce jest paragon prezentowy bez cen. Jeśli pluszowy lis się nie spodoba, wnuk może go zwrócić przez Amazon, a pieniądze wrócą do Pani.",
    ),
    (
        "sv",
        "I kartongen ligger ett presentkvitto utan priser. Om plyschräven inte uppskattas kan barnbarnet returnera den via Amazon och pengarna går tillbaka till dig.",
    ),
    (
        "tr",
        "Kolide fiyatsız bir hediye faturası var. Peluş tilki beğenilmezse torununuz Amazon üzerinden iade edebilir, ücret size geri döner.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), GIFT_NOT_LIKED)
def test_gift_not_liked_returned_passes(lang: str, text: str) -> None:
    assert RULE not in blocked(text, lang)


LIKE_ASKED = [
    ("tr", "Ürünü beğendiyseniz Amazon'da bir beğeni bırakırsanız çok seviniriz."),
    ("en", "If you liked the fox, a five-star review would make our day."),
]


@pytest.mark.parametrize(("lang", "text"), LIKE_ASKED)
def test_like_asked_still_blocks(lang: str, text: str) -> None:
    assert RULE in blocked(text, lang)


# --- F4: a music box -----------------------------------------------------------------------

MUSIC_BOX = [
    (
        "en",
        "The music boxes in this range have a fixed drum, so the tune cannot be changed; if you prefer the other melody, return this one through your orders and order the other.",
    ),
    (
        "de",
        "Unsere Spieluhren haben eine feste Walze, die Melodie lässt sich nicht ändern; wenn Sie die andere lieber möchten, senden Sie diese über Ihre Bestellungen zurück.",
    ),
    (
        "fr",
        "Nos boîtes à musique ont un cylindre fixe, la mélodie ne peut pas être changée ; si vous préférez l'autre, retournez celle-ci depuis vos commandes.",
    ),
    (
        "es",
        "Nuestras cajas de música tienen un cilindro fijo y la melodía no se puede cambiar; si prefiere la otra, devuelva esta desde sus pedidos.",
    ),
    (
        "it",
        "I nostri carillon hanno un cilindro fisso e la melodia non si può cambiare; se preferisce l'altra, restituisca questo dai suoi ordini.",
    ),
    (
        "ja",
        "当店のオルゴールは曲を変更できません。別の曲をご希望でしたら、注文履歴から返品のうえ、改めてご注文ください。",
    ),
    (
        "nl",
        "Onze speeldozen hebben een vaste rol, de melodie kan niet veranderd worden; wilt u liever de andere, retourneer deze dan via uw bestellingen.",
    ),
    (
        "pl",
        "Mechanizm naszych pozytywek ma stały wałek, więc melodii nie da się zmienić; jeśli woli Pani inną pozytywkę, można zwrócić tę przez swoje zamówienia.",
    ),
    (
        "sv",
        "Våra speldosor har en fast vals och melodin går inte att ändra; vill du hellre ha den andra kan du returnera den här via dina beställningar.",
    ),
    (
        "tr",
        "Müzik kutularımızın silindiri sabittir, melodi değiştirilemez; diğerini tercih ederseniz bunu siparişlerinizden iade edebilirsiniz.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), MUSIC_BOX)
def test_music_box_passes(lang: str, text: str) -> None:
    assert RULE not in blocked(text, lang)


def test_positive_review_slang_still_blocks() -> None:
    assert RULE in blocked("Jeśli wszystko gra, prosimy o pozytywa na Amazonie!", "pl")


# --- M1: an A-to-z claim to withdraw or close ----------------------------------------------

CLAIM_WITHDRAW = [
    (
        "en",
        "The refund has gone through, so could you close the A-to-z claim from your side when you have a minute?",
    ),
    (
        "en",
        "Amazon expects the buyer to withdraw the A-to-z claim once the matter is settled, so please do that today.",
    ),
    ("de", "Die Erstattung ist durch; könnten Sie den A-bis-z-Antrag jetzt bitte zurückziehen?"),
    (
        "fr",
        "Le remboursement est fait ; pourriez-vous retirer votre réclamation au titre de la garantie A à Z ?",
    ),
    (
        "es",
        "Ya tiene el reembolso; ¿podría retirar la reclamación de la garantía de la A a la Z desde su pedido?",
    ),
    (
        "it",
        "Il rimborso è arrivato: potrebbe ritirare la richiesta di garanzia dalla A alla Z dalla pagina dell'ordine?",
    ),
    ("ja", "返金が完了しましたので、Aからzギャランティの申請を取り下げていただけますでしょうか。"),
    (
        "nl",
        "De terugbetaling is gedaan. Uw A-tot-z-claim staat nog open; wilt u hem nu intrekken via uw bestellingen?",
    ),
    ("pl", "Zwrot pieniędzy już dotarł, czy mógłby Pan wycofać roszczenie z gwarancji A do Z?"),
    (
        "sv",
        "Återbetalningen är klar, så kan du dra tillbaka ditt A-till-Ö-garantianspråk hos Amazon?",
    ),
    ("tr", "Para iadeniz yapıldı; A'dan Z'ye garanti talebinizi geri çekebilir misiniz?"),
]

CLAIM_PAID = [
    (
        "en",
        "Once your A-to-z claim shows as closed, we will send you a spare battery free of charge.",
    ),
    (
        "en",
        "We refund the whole price and you keep the lamp; in return you withdraw the A-to-z claim.",
    ),
    (
        "de",
        "Sobald Ihr A-bis-z-Antrag als geschlossen angezeigt wird, schicken wir Ihnen gratis ein Ersatzteil.",
    ),
    ("fr", "Dès que la réclamation A à Z sera clôturée, nous vous offrons un bon d'achat de 20 €."),
    (
        "es",
        "En cuanto cierre la reclamación de la A a la Z, le enviamos gratis un cargador de repuesto.",
    ),
    (
        "it",
        "Appena la richiesta dalla A alla Z risulta chiusa, le spediamo in omaggio una batteria in più.",
    ),
    ("ja", "Aからz保証の申請がクローズになりましたら、予備の電池を無料でお送りします。"),
    ("nl", "Zodra uw A-tot-z-claim als gesloten staat, sturen we u gratis een extra accu."),
    (
        "pl",
        "Gdy tylko roszczenie z gwarancji A do Z zostanie zamknięte, wyślemy Panu gratis zapasową baterię.",
    ),
    (
        "sv",
        "När ditt garantianspråk hos Amazon visas som stängt skickar vi ett extra batteri gratis.",
    ),
    ("tr", "A'dan Z'ye garanti talebiniz kapandığında size ücretsiz yedek pil gönderiyoruz."),
]

CLAIM_NEUTRAL = [
    (
        "en",
        "You have opened an A-to-z claim; that is your right, Amazon will decide it and you need do nothing more.",
    ),
    (
        "en",
        "Amazon closes the A-to-z claim by itself once the refund shows, so there is nothing for you to do.",
    ),
    (
        "de",
        "Sie haben einen A-bis-z-Antrag gestellt; das ist Ihr gutes Recht, Amazon entscheidet darüber und Sie müssen nichts weiter tun.",
    ),
    (
        "fr",
        "Vous avez ouvert une réclamation A à Z, c'est votre droit : Amazon tranchera et vous n'avez rien à faire.",
    ),
    (
        "es",
        "Ha abierto una reclamación de la garantía de la A a la Z; está en su derecho, Amazon decidirá y usted no tiene que hacer nada.",
    ),
    (
        "it",
        "Ha aperto una richiesta di garanzia dalla A alla Z: è un suo diritto, decide Amazon e lei non deve fare altro.",
    ),
    (
        "ja",
        "Aからz保証の申請はお客様の当然の権利です。判断はAmazonが行いますので、お客様は何もなさらなくて大丈夫です。",
    ),
    (
        "nl",
        "U hebt een A-tot-z-claim ingediend; dat is uw goed recht, Amazon beslist en u hoeft niets te doen.",
    ),
    (
        "pl",
        "Złożył Pan roszczenie z gwarancji A do Z; to Pana prawo, decyzję podejmie Amazon i nie musi Pan nic robić.",
    ),
    (
        "sv",
        "Du har öppnat ett A-till-Ö-garantianspråk; det är din rätt, Amazon avgör och du behöver inte göra något.",
    ),
    (
        "tr",
        "A'dan Z'ye garanti talebi açtınız; bu sizin hakkınız, kararı Amazon verir ve sizin bir şey yapmanız gerekmez.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), CLAIM_WITHDRAW)
def test_claim_withdrawal_asked_blocks(lang: str, text: str) -> None:
    assert RULE in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), CLAIM_PAID)
def test_value_tied_to_closing_the_claim_blocks(lang: str, text: str) -> None:
    assert RULE in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), CLAIM_NEUTRAL)
def test_claim_named_neutrally_passes(lang: str, text: str) -> None:
    assert RULE not in blocked(text, lang)


# the claim named in one sentence, "we ask you to withdraw it" in the next; a gift for its closing
CLAIM_ASKED_NEXT = [
    (
        "en",
        "Your A-to-z claim is still open. We ask you to withdraw it now that the case is settled.",
    ),
    ("de", "Ihr A-bis-z-Antrag ist noch offen. Wir bitten Sie, ihn jetzt zurückzuziehen."),
    (
        "fr",
        "Votre réclamation au titre de la garantie A à Z est encore ouverte. Nous vous demandons de la retirer aujourd'hui.",
    ),
    (
        "es",
        "Su reclamación de la garantía de la A a la Z sigue abierta. Le pedimos que la retire hoy mismo.",
    ),
    (
        "it",
        "La sua richiesta di garanzia dalla A alla Z è ancora aperta. Le chiediamo di ritirarla oggi.",
    ),
    ("ja", "Aからz保証の申請がまだ開いたままです。本日中に取り下げていただけますと幸いです。"),
    ("nl", "Uw A-tot-z-claim staat nog open. Wij vragen u hem vandaag in te trekken."),
    (
        "pl",
        "Roszczenie z gwarancji od A do Z jest nadal otwarte. Prosimy o jego wycofanie jeszcze dziś.",
    ),
    (
        "sv",
        "Ditt A-till-Ö-garantianspråk är fortfarande öppet. Vi ber dig att dra tillbaka det i dag.",
    ),
    ("tr", "A'dan Z'ye garanti talebiniz hâlâ açık. Lütfen bugün geri çekin."),
]

CLAIM_GIFT = [
    (
        "en",
        "The day your claim with Amazon shows as closed, two spare batteries go out to you at no cost.",
    ),
    (
        "de",
        "Sobald Ihr Antrag bei Amazon als geschlossen angezeigt wird, legen wir ohne Aufpreis eine Ersatzdüse bei.",
    ),
    (
        "fr",
        "Le jour où votre réclamation A à Z apparaîtra comme clôturée, une housse vous sera offerte.",
    ),
    (
        "es",
        "El día que la reclamación de la A a la Z aparezca como cerrada, le mandamos de regalo una funda.",
    ),
    (
        "it",
        "Quando la richiesta di garanzia dalla A alla Z risulterà chiusa, le mandiamo in omaggio una custodia.",
    ),
    (
        "ja",
        "Aからz保証の申請がクローズ表示になりましたら、お詫びの品として収納ケースをお送りします。",
    ),
    ("nl", "Zodra uw A-tot-z-claim als gesloten staat, krijgt u een opberghoes cadeau."),
    (
        "pl",
        "Gdy roszczenie z gwarancji od A do Z będzie zamknięte, wyślemy Panu pokrowiec w prezencie.",
    ),
    ("sv", "När ditt garantianspråk visas som stängt får du ett fodral på köpet."),
    ("tr", "A'dan Z'ye garanti talebiniz kapandığında size hediye olarak bir kılıf gönderiyoruz."),
]


@pytest.mark.parametrize(("lang", "text"), CLAIM_ASKED_NEXT)
def test_claim_withdrawal_asked_next_sentence_blocks(lang: str, text: str) -> None:
    assert RULE in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), CLAIM_GIFT)
def test_gift_for_closing_the_claim_blocks(lang: str, text: str) -> None:
    assert RULE in blocked(text, lang)


# --- M2: words under the product named by what it is, paid for ------------------------------

UNDER_THE_THING = [
    (
        "en",
        "If you write a few lines under the candle kit once it has burnt down, we will post you a second wick set free.",
    ),
    (
        "de",
        "Wenn Sie ein paar Zeilen unter den Kerzenbausatz schreiben, schicken wir Ihnen einen zweiten Docht gratis.",
    ),
    (
        "fr",
        "Si vous écrivez quelques lignes sous le kit de bougies, on vous envoie un deuxième jeu de mèches gratuitement.",
    ),
    ("es", "Si deja unas líneas bajo el kit de velas, le enviamos otro juego de mechas gratis."),
    (
        "it",
        "Se scrive qualche riga sotto il kit delle candele, le spediamo un secondo set di stoppini gratis.",
    ),
    ("ja", "キャンドルキットの下に一言書いていただければ、替え芯をもう一組無料でお送りします。"),
    (
        "nl",
        "Als u een paar regels onder de kaarsenset schrijft, sturen we u gratis een tweede set lonten.",
    ),
    (
        "pl",
        "Jeśli napisze Pani kilka zdań pod zestawem do świec, wyślemy drugi komplet knotów za darmo.",
    ),
    (
        "sv",
        "Om du skriver några rader under ljussatsen skickar vi en extra uppsättning vekar gratis.",
    ),
    (
        "tr",
        "Mum setinin altına birkaç satır yazarsanız size ikinci fitil setini ücretsiz gönderiyoruz.",
    ),
]

UNDER_THE_THING_PLAIN = [
    (
        "en",
        "Write the order number on a slip and put it under the lid of the box before you send it back.",
    ),
    ("de", "Schreiben Sie die Bestellnummer auf einen Zettel und legen Sie ihn unter den Deckel."),
    (
        "fr",
        "Écrivez le numéro de commande sur un papier et glissez-le sous le couvercle du carton.",
    ),
    ("es", "Escriba el número de pedido en un papel y déjelo bajo la tapa de la caja."),
    ("it", "Scriva il numero d'ordine su un foglio e lo metta sotto il coperchio della scatola."),
    ("ja", "注文番号を紙に書いて、箱のふたの下に入れてご返送ください。"),
    ("nl", "Schrijf het bestelnummer op een briefje en leg het onder het deksel van de doos."),
    ("pl", "Proszę napisać numer zamówienia na kartce i włożyć ją pod pokrywkę pudełka."),
    ("sv", "Skriv ordernumret på en lapp och lägg den under locket på kartongen."),
    ("tr", "Sipariş numarasını bir kağıda yazıp kutunun kapağının altına koyun."),
]


@pytest.mark.parametrize(("lang", "text"), UNDER_THE_THING)
def test_words_under_the_thing_paid_for_block(lang: str, text: str) -> None:
    assert RULE in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), UNDER_THE_THING_PLAIN)
def test_note_under_the_lid_passes(lang: str, text: str) -> None:
    assert RULE not in blocked(text, lang)


# --- M3: a slogan under the signature -------------------------------------------------------

SLOGAN = [
    (
        "en",
        "Kind regards,\nTom Barker\nBarker Clocks, Ludlow\nReview posted? Then the next battery change is free.",
    ),
    (
        "de",
        "Viele Grüße\nTom Barker\nUhren Barker, Lüneburg\nRezension geschrieben? Dann ist der nächste Batteriewechsel gratis.",
    ),
    (
        "fr",
        "Cordialement,\nTom Barker\nHorlogerie Barker, Dole\nUne évaluation laissée ? Le prochain changement de pile est offert.",
    ),
    (
        "es",
        "Un saludo,\nTomás Barca\nRelojes Barca, Teruel\n¿Reseña publicada? El próximo cambio de pila es gratis.",
    ),
    (
        "it",
        "Cordiali saluti,\nTommaso Barca\nOrologi Barca, Rieti\nRecensione scritta? Il prossimo cambio pila è gratis.",
    ),
    ("ja", "バーカー時計店\nレビューを書きましたか？次回の電池交換は無料です。"),
    (
        "nl",
        "Met vriendelijke groet,\nTom Bakker\nKlokken Bakker, Zwolle\nRecensie geplaatst? Dan is de volgende batterijwissel gratis.",
    ),
    (
        "pl",
        "Pozdrawiamy,\nTomasz Bednarz\nZegary Bednarz, Płock\nRecenzja wystawiona? Następna wymiana baterii gratis.",
    ),
    (
        "sv",
        "Vänliga hälsningar,\nTom Berg\nBergs Ur, Visby\nRecension skriven? Då är nästa batteribyte gratis.",
    ),
    (
        "tr",
        "Saygılarımızla,\nTamer Bal\nBal Saat, Bursa\nYorum yazıldı mı? Bir sonraki pil değişimi ücretsiz.",
    ),
]

REVIEW_QUESTION_PLAIN = [
    ("en", "Did you see our reply to your review? We have refunded you in full through Amazon."),
    (
        "de",
        "Haben Sie unsere Antwort auf Ihre Rezension gesehen? Wir haben Ihnen den vollen Betrag über Amazon erstattet.",
    ),
    (
        "fr",
        "Avez-vous vu notre réponse à votre évaluation ? Nous vous avons remboursé intégralement via Amazon.",
    ),
    (
        "nl",
        "Hebt u ons antwoord op uw recensie gezien? We hebben u via Amazon volledig terugbetaald.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), SLOGAN)
def test_slogan_question_with_offer_blocks(lang: str, text: str) -> None:
    assert RULE in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), REVIEW_QUESTION_PLAIN)
def test_question_about_the_buyers_review_with_refund_passes(lang: str, text: str) -> None:
    assert RULE not in blocked(text, lang)
