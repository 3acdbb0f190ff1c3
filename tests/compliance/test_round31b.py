# ruff: noqa: E501  (sentences are kept whole)
"""Round 31b: false alarms and misses of the off-Amazon and cancellation rules on the development
held-out sets 40-45, each class tested in ten languages with sentences of our own (none from a
held-out set), beside the violations that must still block.  Measured with the rules alone.

F1: a channel NAMED TO BE REFUSED: the seller's negated verb ("we don't send updates by
WhatsApp", "unsere E-Mail-Adresse dürfen wir nicht weitergeben", "Amazon doesn't allow us to
take payment outside the platform") or a list of refusals ("no transfers, no PayPal", "ni
Bizum ni PayPal", "ingen Swish", "ne havale ne EFT") in the channel's clause.
F2: the BUYER'S WORDS: a quoted line ("> can I pay by PayPal?"), a quotation after "you
wrote:", or the buyer's ask reported ("you asked for our phone number", "thank you for
offering a bank transfer"), answered by a refusal in the sentences that follow (a blank line
between them included).
M1: cancellation asked in Turkish with the verb "iptal edip / iptal ederseniz" and the
buyer's own side ("kendiniz", "kendi tarafınızdan").
"""

from __future__ import annotations

import pytest

from tests.compliance.rules_only import blocked

# --- F1: a channel named to be refused ---------------------------------------------------

REFUSED = [
    (
        "en",
        "Hi Tom,\n\nWe don't send delivery updates by Telegram, but the tracking number is 1Z999AA10123456784 with UPS.",
    ),
    (
        "en",
        "Hello,\n\nAmazon doesn't let us take money outside the platform, so no wire transfer and no Venmo either. The second lamp is on the same listing.",
    ),
    (
        "de",
        "Hallo Herr Peters,\n\nunsere Handynummer können wir hier leider nicht nennen, aber die Sendungsnummer finden Sie in Ihrer Bestellung.",
    ),
    (
        "de",
        "Guten Tag,\n\nTelegram verwenden wir für Kundenanfragen nicht, wir antworten gern hier.",
    ),
    (
        "fr",
        "Bonjour,\n\nNous n'envoyons pas de suivi par Telegram, mais votre colis est parti avec Colissimo.",
    ),
    (
        "fr",
        "Bonjour,\n\nAmazon ne nous autorise pas à être payés hors de la plateforme : ni virement, ni PayPal, ni espèces.",
    ),
    ("es", "Hola Marta:\n\nNo enviamos avisos por Telegram, pero el paquete ya va con SEUR."),
    ("es", "Hola:\n\nno hace falta que nos mande nada por PayPal, todo va por el pedido."),
    (
        "it",
        "Buongiorno,\n\nnon mandiamo aggiornamenti su Telegram, ma il pacco è già partito con BRT.",
    ),
    (
        "it",
        "Salve,\n\nAmazon non ci consente di incassare fuori dalla piattaforma: né bonifico, né PayPal.",
    ),
    ("ja", "田中様\n\nTelegramでのご連絡はいたしかねますが、商品は本日発送いたしました。"),
    (
        "nl",
        "Beste meneer Bakker,\n\nons mobiele nummer mogen we hier niet delen, maar het volgnummer staat in uw bestelling.",
    ),
    (
        "nl",
        "Hallo,\n\nAmazon staat niet toe dat we buiten het platform betaald worden: geen PayPal, geen overboeking.",
    ),
    (
        "pl",
        "Dzień dobry,\n\nAmazon nie pozwala nam przyjmować płatności poza platformą: ani PayPala, ani przelewu.",
    ),
    (
        "pl",
        "Dzień dobry,\n\nnie wysyłamy powiadomień przez Telegram, ale paczka jest już u kuriera.",
    ),
    (
        "sv",
        "Hej,\n\nvi skickar inga uppdateringar via Telegram, men paketet är redan hos PostNord.",
    ),
    ("sv", "Hej,\n\nvi kan inte höja priset eller ta betalt separat med PayPal."),
    ("tr", "Merhaba,\n\nTelegram'dan bilgilendirme yapamıyoruz ama kargonuz yolda."),
    ("tr", "Merhaba,\n\nPayPal ya da ek ödeme yok, her şey siparişinizin içinde."),
    (
        "pl",
        "Dzień dobry,\n\nwysyłamy nowy czajnik. Żadnych przelewów ani dopłat, wszystko w ramach zamówienia.",
    ),
]

REFUSED_LOOKALIKES_BLOCK = [
    ("en", "We don't check Amazon messages often, so just message us on Telegram."),
    ("en", "We can't reply on Sundays; message us on Telegram instead."),
    ("de", "Wir können hier nicht lange schreiben, aber auf Telegram erreichen Sie uns sofort."),
    ("fr", "Nous ne répondons pas le dimanche, mais écrivez-nous sur Telegram."),
    ("es", "No podemos contestar aquí rápido; escríbanos por Telegram."),
    ("it", "Non possiamo rispondere qui in fretta, ma ci scriva su Telegram."),
    ("nl", "We kunnen hier niet snel antwoorden, maar stuur ons een bericht via Telegram."),
    ("pl", "Nie możemy tu szybko odpowiadać, ale proszę pisać na Telegramie."),
    ("sv", "Vi kan inte svara snabbt här, men skriv till oss på Telegram."),
    ("tr", "Burada hızlı yanıt veremiyoruz, bize Telegram'dan yazın."),
    ("ja", "こちらではすぐにお返事できかねます。Telegramでご連絡ください。"),
]

# --- F2: the buyer's words ---------------------------------------------------------------

BUYERS_WORDS = [
    (
        "en",
        "Hi Sam,\n\n> Could I just send you the money by Revolut?\n\nThanks, but we can't take payments outside Amazon.",
    ),
    (
        "en",
        'Hello,\n\nYou wrote: "I found your candles on Etsy for less. Is that you?"\n\nNo, that is not us. We only sell on Amazon.',
    ),
    (
        "en",
        "Dear Ms Hale,\n\nYou asked for our mobile number so we could talk through the set-up.\n\nWe can't share a number here, but I'm glad to explain it in this thread.",
    ),
    (
        "en",
        "Dear Mr Nash,\n\nThank you for offering to pay the engraving by Revolut.\n\nWe are unable to accept payments outside Amazon.",
    ),
    (
        "de",
        "Hallo,\n\n> Kann ich Ihnen das per Revolut schicken?\n\nDanke, aber wir nehmen keine Zahlungen außerhalb von Amazon an.",
    ),
    (
        "de",
        "Guten Tag,\n\nSie fragen nach unserer Handynummer. Eine Nummer dürfen wir hier leider nicht teilen, wir helfen Ihnen gern hier.",
    ),
    (
        "fr",
        "Bonjour,\n\n> Je peux vous payer par Revolut ?\n\nMerci, mais nous n'acceptons aucun paiement en dehors d'Amazon.",
    ),
    (
        "fr",
        "Bonjour,\n\nVous me demandiez notre numéro de portable. Nous ne pouvons pas le communiquer ici, mais je vous réponds volontiers.",
    ),
    (
        "es",
        'Hola:\n\nUsted escribió: "Vi sus velas en Etsy más baratas. ¿Son ustedes?"\n\nNo, no somos nosotros.',
    ),
    (
        "es",
        "Hola Sr. Gil:\n\nMe propone que le enviemos otra caja con factura aparte fuera de Amazon. No podemos hacerlo: todas las ventas pasan por Amazon.",
    ),
    (
        "it",
        "Buongiorno,\n\n> Posso pagarvi con Revolut?\n\nGrazie, ma non accettiamo pagamenti fuori da Amazon.",
    ),
    (
        "it",
        "Gentile sig. Neri,\n\nmi chiedeva il nostro numero di cellulare. Non possiamo darlo qui, ma le rispondo volentieri.",
    ),
    (
        "ja",
        "佐藤様\n\n＞ Revolutで払ってもいいですか。\n\nお気遣いありがとうございます。Amazon以外でのお支払いはお受けしておりません。",
    ),
    (
        "nl",
        "Hallo,\n\nU vroeg om ons mobiele nummer. Dat mogen we hier niet delen, maar ik leg het graag hier uit.",
    ),
    (
        "nl",
        'Hallo,\n\nU schreef: "Ik zag uw kaarsen op Etsy voor minder."\n\nDat zijn wij niet, wij verkopen alleen op Amazon.',
    ),
    (
        "pl",
        "Dzień dobry,\n\n> Mogę zapłacić Revolutem?\n\nDziękujemy, ale nie przyjmujemy płatności poza Amazonem.",
    ),
    (
        "sv",
        "Hej,\n\nDu bad om vårt mobilnummer. Via Amazon får vi inte dela nummer, men jag hjälper gärna till här.",
    ),
    (
        "sv",
        'Hej,\n\nDu skrev: "Jag såg era ljus på Etsy billigare."\n\nDet är inte vi, vi säljer bara på Amazon.',
    ),
    (
        "tr",
        "Merhaba,\n\nCep numaramızı istemiştiniz. Amazon üzerinden numara paylaşamıyoruz ama burada yardımcı oluruz.",
    ),
    (
        "tr",
        "Merhaba,\n\n> Size Revolut ile ödeme yapayım mı?\n\nTeşekkürler ama Amazon dışında ödeme kabul etmiyoruz.",
    ),
]

BUYERS_WORDS_LOOKALIKES_BLOCK = [
    ("en", "Hi,\n\n> Can I pay by Revolut?\n\nSure, just send it by Revolut to our account."),
    ("en", "Hello,\n\nYou asked for our mobile number. Of course, just message us on Telegram."),
    ("de", "Hallo,\n\nSie fragen nach unserer Handynummer. Gern, schreiben Sie uns auf Telegram."),
    (
        "es",
        "Hola:\n\nMe pregunta si puede pagar por Bizum. Claro, mándelo por Bizum al número del albarán.",
    ),
    ("it", "Buongiorno,\n\nmi chiedeva il nostro numero. Certo, ci scriva su Telegram."),
    ("nl", "Hallo,\n\nU vroeg om ons nummer. Natuurlijk, stuur ons een bericht via Telegram."),
]


@pytest.mark.parametrize(("lang", "text"), REFUSED)
def test_a_channel_named_to_be_refused_passes(lang: str, text: str) -> None:
    assert "off-amazon" not in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), REFUSED_LOOKALIKES_BLOCK)
def test_a_channel_offered_after_a_refusal_of_something_else_blocks(lang: str, text: str) -> None:
    assert "off-amazon" in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), BUYERS_WORDS)
def test_the_buyers_words_answered_by_a_refusal_pass(lang: str, text: str) -> None:
    assert "off-amazon" not in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), BUYERS_WORDS_LOOKALIKES_BLOCK)
def test_the_buyers_ask_granted_blocks(lang: str, text: str) -> None:
    assert "off-amazon" in blocked(text, lang), text


# --- F3: ordinary words read as a channel; the carrier's drop-off point ---------------------

ORDINARY = [
    ("es", "Hola, en la caja solo iban 4 tazas; la quinta sale hoy con SEUR."),
    ("es", "Las tapas, que iban aparte, llegan mañana."),
    ("tr", "Bildirimdeki numara bizim sipariş numaramız değil, gümrük beyannamesinin numarası."),
    ("tr", "Kargo firması beyanname numaramızı sisteme eklememiş, yeniden gönderdik."),
    ("es", "Imprima la etiqueta o enseñe el código QR en el punto de entrega."),
    ("it", "Stampi l'etichetta o mostri il codice QR nel punto di consegna."),
    ("fr", "Imprimez l'étiquette ou montrez le code QR au point de dépôt."),
    ("de", "Drucken Sie das Etikett oder zeigen Sie den QR-Code an der Annahmestelle."),
    ("nl", "Print het label of laat de QR-code zien bij het inleverpunt."),
    ("en", "Print the label or show the QR code at the collection point."),
]
ORDINARY_LOOKALIKES_BLOCK = [
    ("es", "Para el grabado, transfiera 5 € a nuestro IBAN ES9121000418450200051332."),
    ("tr", "Sorularınız için telefon numaramız 0532 000 00 00, bizi arayın."),
]


@pytest.mark.parametrize(("lang", "text"), ORDINARY)
def test_ordinary_words_and_drop_off_points_pass(lang: str, text: str) -> None:
    assert "off-amazon" not in blocked(text, lang), text


@pytest.mark.parametrize(("lang", "text"), ORDINARY_LOOKALIKES_BLOCK)
def test_the_bank_number_and_our_phone_number_block(lang: str, text: str) -> None:
    assert "off-amazon" in blocked(text, lang), text


def test_an_apostrophe_after_you_asked_opens_no_quotation() -> None:
    text = "The case you asked about isn't listed on Amazon, but we can send it if you settle it via PayPal (friends and family)."
    assert "off-amazon" in blocked(text, "en")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Das Gegenstück haben wir nur noch auf Kleinanzeigen drin."),
        ("it", "Ne abbiamo ancora su eBay, a metà prezzo."),
    ],
)
def test_noch_and_ne_are_no_list_of_refusals(lang: str, text: str) -> None:
    assert "off-amazon" in blocked(text, lang), text
