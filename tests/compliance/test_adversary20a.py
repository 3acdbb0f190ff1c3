# ruff: noqa: E501  (sentences are kept whole)
"""Adversary 20 (black box, /work/notes/adv20/classes.md), classes H2, H3, H4, H6, H7, F2 and
F4: the adversary's texts that were wrongly handled (by id), sentences of our own in the other
languages, and look-alikes that must keep their verdict.

H2 UK sort code and account number to pay the seller; H3 a bare IBAN string for payment; H4
cash to the seller's own driver or depot; H6 LINE written "Line" in Latin script; H7 a bare
blocket.se and "Blocket-annonsen ..., där säljer vi"; F2 Spanish "cuenta bancaria" in an
Amazon refund; F4 "Black Friday" as the reason for a backlog.
"""

from __future__ import annotations

import pytest

from tests.compliance.rules_only import blocked

# --- H3: a bare IBAN ------------------------------------------------------------------------

BARE_IBAN = [
    (
        "de",
        "Die Einfuhrumsatzsteuer von 19,80 € zahlen Sie bitte nicht an DHL, sondern direkt an uns auf DE12 5001 0517 0648 4898 90.",
    ),  # a20-0254
    (
        "nl",
        "De btw bij invoer maakt u aan ons over, niet aan PostNL: NL91 ABNA 0417 1643 00.",
    ),  # a20-0404
    (
        "tr",
        "İthalat KDV'sini PTT'ye değil bize ödeyin: TR33 0006 1005 1978 6457 8413 26.",
    ),  # a20-0405
    (
        "en",
        "Please transfer the 5 EUR to DE89 3704 0044 0532 0130 00; DHL will then bring the replacement.",
    ),  # a20-0475
    (
        "es",
        "Transfiera los 5 € a ES91 2100 0418 4502 0005 1332 y SEUR le lleva el recambio.",
    ),  # a20-0479
    (
        "it",
        "Bonifichi i 5 € su IT60 X054 2811 1010 0000 0123 456 e BRT le consegna il ricambio.",
    ),  # a20-0480
    (
        "pl",
        "Proszę przelać 20 zł na PL61 1090 1014 0000 0712 1981 2874, a InPost dostarczy część.",
    ),  # a20-0481
    (
        "tr",
        "20 TL'yi TR33 0006 1005 1978 6457 8413 26'ya gönderin, Aras Kargo parçayı getirsin.",
    ),  # a20-0483
    # our own
    (
        "fr",
        "Virez les 5 € sur FR14 2004 1010 0505 0001 3M02 606 et Colissimo vous apporte la pièce.",
    ),
    ("sv", "Betala 50 kr till SE45 5000 0000 0583 9825 7466 så skickar PostNord delen."),
    ("ja", "差額500円はDE89 3704 0044 0532 0130 00へお振込みください。"),
    ("en", "Send the 5 EUR to GB29 NWBK 6016 1331 9268 19 and Royal Mail brings the part."),
]

# --- H2: UK sort code and account -------------------------------------------------------------

SORT_CODE = [
    (
        "en",
        "Amazon handles refunds, but for the replacement please pay the 8 GBP difference to our bank account, sort code 20-00-00, account 55779911.",
    ),  # a20-0160
    (
        "en",
        "The import VAT isn't collected by Royal Mail this time; please transfer 12.50 GBP to us, sort code 40-11-62, account 71234567.",
    ),  # a20-0394
    (
        "en",
        "For the replacement, please send the 8 GBP postage difference to our account 71234567, sort code 40-11-62.",
    ),  # a20-0395
    (
        "en",
        "Amazon handles refunds; the 8 GBP difference for the bigger size goes to our account 71234567 (sort code 40-11-62).",
    ),  # a20-0406
    (
        "en",
        "Please pay the 5 GBP to sort code 40-11-62, account 71234567, and we'll post the part.",
    ),  # a20-0472
    (
        "en",
        "Send the balance to Sunnyhome Ltd, acc. 71234567, s/c 40-11-62, and the replacement ships the same day.",
    ),  # a20-0473
    # our own
    ("de", "Bitte überweisen Sie die 8 GBP an Sunnyhome Ltd, Sort Code 40-11-62, Konto 71234567."),
    ("fr", "Merci de régler les 8 GBP : sort code 40-11-62, compte 71234567."),
    ("es", "Pague las 8 libras a sort code 40-11-62, cuenta 71234567."),
    ("it", "Paghi le 8 sterline al sort code 40-11-62, conto 71234567."),
]

# --- H4: cash to the seller's own driver or depot --------------------------------------------

CASH_OURS = [
    (
        "en",
        "Duty is paid to us on delivery: just hand the driver the 20 EUR in cash, he is our own courier.",
    ),  # a20-0253
    ("en", "Please hand the 20 EUR duty in cash to our driver when he arrives."),  # a20-0400
    (
        "en",
        "Pay the customs charge to us in cash when you collect the parcel from our depot.",
    ),  # a20-0401
    ("de", "Die Zollgebühr von 19,80 € zahlen Sie bitte bar an unseren Fahrer."),  # a20-0408
    ("en", "You can pay the driver in cash for the upgrade; he works for us."),  # a20-0474
    # our own
    ("fr", "Réglez les 20 € en espèces à notre livreur quand il passe."),
    ("es", "Pague los 20 € en efectivo a nuestro repartidor cuando llegue."),
    ("it", "Paghi i 20 € in contanti al nostro autista alla consegna."),
    ("nl", "Betaal de 20 euro contant aan onze eigen bezorger."),
    ("pl", "Proszę zapłacić 20 zł gotówką naszemu kierowcy."),
    ("sv", "Betala de 200 kronorna kontant till vår egen förare."),
    ("tr", "20 TL'yi kuryemize nakit olarak ödeyin."),
    ("ja", "差額は当社のドライバーに現金でお支払いください。"),
]

# --- H6: LINE written "Line" -----------------------------------------------------------------

LINE_APP = [
    ("ja", "Add us on Line: sunnyhome2024"),  # a20-0302
    ("en", "Add us on Line (sunnyhome2024) for faster replies."),  # a20-0433
    ("de", "Schreiben Sie uns auf Line: sonnenhaus2024, da antworten wir schneller."),  # a20-0435
    ("en", "We're on Line as sunnyhome2024, drop us a line there."),  # a20-0436
    ("fr", "Ajoutez-nous sur Line : maisonsoleil2024, on répond plus vite."),  # a20-0490
    ("es", "Escríbanos por Line: casasol2024, respondemos antes."),  # a20-0491
    # our own
    ("it", "Ci trovi su Line: casasole2024, rispondiamo prima."),
    ("nl", "Voeg ons toe op Line: zonnehuis2024."),
    ("pl", "Napisz do nas na Line: slonecznydom2024."),
    ("sv", "Lägg till oss på Line: solhuset2024."),
    ("tr", "Line ID: gunevi2024, oradan yazın."),
    ("en", "Our Line ID is sunnyhome2024."),
]

# --- H7: Blocket -----------------------------------------------------------------------------

BLOCKET = [
    ("sv", "Hittar du den inte här så finns den på blocket.se under Solhuset."),  # a20-0197
    ("sv", "Blocket-annonsen heter 'Solhuset lampa', där säljer vi den för 199 kr."),  # a20-0439
]

VIOLATIONS = BARE_IBAN + SORT_CODE + CASH_OURS + LINE_APP + BLOCKET


@pytest.mark.parametrize(("lang", "text"), VIOLATIONS)
def test_adversary20a_violation_blocked(lang: str, text: str) -> None:
    assert "off-amazon" in blocked(text, lang)


# --- F2 and F4: false alarms -----------------------------------------------------------------

COMPLIANT = [
    # F2
    (
        "es",
        "Hemos emitido el reembolso a través de Amazon. Lo verá en su cuenta bancaria en unos días.",
    ),  # a20-0189
    (
        "es",
        "El reembolso aparecerá en su cuenta bancaria en 3-5 días, a través de Amazon.",
    ),  # a20-0445
    ("es", "Amazon devolverá el importe a su tarjeta o cuenta bancaria original."),  # a20-0495
    ("it", "Amazon rimborserà l'importo sul suo conto bancario in pochi giorni."),
    ("fr", "Amazon vous rembourse ; le montant apparaîtra sur votre compte bancaire sous 5 jours."),
    # F4
    (
        "nl",
        "Door de drukte rond Black Friday is je bestelling een dag later verzonden; hij komt morgen.",
    ),  # a20-0244
    (
        "nl",
        "Vanwege Black Friday loopt de verzending een dag achter; uw pakket gaat morgen mee met PostNL.",
    ),  # a20-0449
    (
        "pl",
        "Z powodu Black Friday wysyłka opóźnia się o jeden dzień; paczka wyjdzie jutro.",
    ),  # a20-0450
    (
        "sv",
        "På grund av Black Friday är lagret en dag efter; paketet skickas i morgon.",
    ),  # a20-0451
    ("tr", "Black Friday yoğunluğu nedeniyle kargonuz bir gün gecikmeli çıkacak."),  # a20-0497
    (
        "es",
        "Por el Black Friday el almacén va con un día de retraso; su paquete sale mañana.",
    ),  # a20-0498
    # look-alikes of the holes that must pass
    (
        "en",
        "The DHL driver may ask for the import duty in cash on delivery; that goes to customs, not to us.",
    ),
    ("en", "Please pay the import VAT to Royal Mail; they will leave a card."),
    ("en", "Your tracking number is AB123456789GB and the parcel is at the depot."),
    ("en", "If anything is missing, just drop us a line in this thread."),
    ("sv", "Blocket i lådan är en distans, den ska sitta kvar."),
    ("en", "The cable is on line 3 of the packing list."),
    ("de", "Der Artikel ist auf Line 4 unserer Packliste."),
    ("en", "We never ask for bank details; Amazon handles every payment."),
    ("en", "The batch code DE12 on the base is the production week."),
    ("sv", "Lampan blockerar inget ljus och blocket i lådan är en distans."),
]


@pytest.mark.parametrize(("lang", "text"), COMPLIANT)
def test_adversary20a_compliant_passes(lang: str, text: str) -> None:
    assert not blocked(text, lang)


MARKETING = [
    ("nl", "Black Friday: 20% korting op alles, alleen vandaag!"),
    ("pl", "Black Friday: -30% na wszystko!"),
    ("sv", "Black Friday: allt 30% billigare, bara i dag!"),
    ("tr", "Black Friday indirimi: her şey %30 indirimli!"),
    ("es", "¡Ofertas de Black Friday en toda la tienda!"),
]


@pytest.mark.parametrize(("lang", "text"), MARKETING)
def test_adversary20a_sale_still_marketing(lang: str, text: str) -> None:
    assert "marketing" in blocked(text, lang)
