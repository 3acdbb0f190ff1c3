# ruff: noqa: E501  (sentences are kept whole)
"""Round 25b: false alarms and misses of the rules personal-data, cancellation-request, link,
email, phone-number and emoji left on the development held-out sets 24 to 27, each class
tested with sentences of our own (none from a held-out set), rules alone.

F1 (false alarm): the buyer's number named as the carrier's source, with "we need nothing
from you" after it in the sentence ("der Fahrer ruft die Nummer aus der Bestellung an, von
Ihnen brauchen wir nichts"); "we need nothing else from you" after an ask stays blocked.
F2 (false alarm): a public body's or a firm's purchasing numbers asked for an invoice (a
purchase order, commitment or cost-centre number); the buyer's mobile asked the same way
stays blocked.
F3 (false alarm): a number word of another language that is a common word of the card's
("dort", Turkish "dört", in German) read as the first digit of a part number.
F4 (false alarm): a part number in dotted groups with a group of five digits or more
("50.57021.010"); a phone number in dotted groups stays blocked.
F5 (false alarm): digits after a hyphen glued to a letters-and-digits code ("T8-0104-4172-
2038", a registration number).
F6 (false alarm): a brand's freephone "nås kostnadsfritt på" (Swedish "is reached") read as
the Polish "nas" (us), which made the line the seller's own.
F7 (false alarm): a parcel word inflected ("w paczce", "w przesyłce") before a long parcel
number.
F8 (false alarm): a shortcode-looking ":https:" where a full-width or plain colon meets a
link ("追跡：https://..."); ":smile:" stays an emoji.
F9 (false alarm): the shop's name, written with its accents and capitalised, on the sign-off
line alone ("Strzyżarka.pl"); a lowercase domain or one with a page stays a link.
"""

from __future__ import annotations

import pytest

from compliance import check
from tests.compliance.rules_only import RULES_ONLY, blocked

# F1 ----------------------------------------------------------------------------------------
NOTHING_FROM_YOU = [
    (
        "en",
        "The driver rings the number saved with your order himself, so we need nothing from you.",
    ),
    (
        "de",
        "Der Fahrer wählt Ihre Nummer aus den Bestelldaten selbst, von Ihnen brauchen wir nichts.",
    ),
    (
        "fr",
        "Le livreur appelle lui-même votre numéro enregistré avec la commande, nous n'avons besoin de rien de votre part.",
    ),
    (
        "es",
        "El repartidor llama él mismo a su número guardado en el pedido, no necesitamos nada de usted.",
    ),
    (
        "it",
        "Il corriere chiama da solo il suo numero salvato nell'ordine, da lei non ci serve nulla.",
    ),
    (
        "ja",
        "配送業者はご注文の電話番号に直接ご連絡しますので、お客様からいただくものは何もございません。",
    ),
    ("nl", "De koerier belt zelf uw nummer uit de bestelgegevens, van u hebben we niets nodig."),
    ("pl", "Kurier sam zadzwoni na Pana numer z zamówienia, od Pana nic nie potrzebujemy."),
    ("sv", "Budet ringer själv ditt nummer från beställningen, vi behöver ingenting från dig."),
    ("tr", "Kurye numaranızı siparişten kendisi arar, sizden hiçbir şey istemiyoruz."),
]
NOTHING_ELSE = [
    ("en", "Please send us your mobile number, we need nothing else from you."),
    ("de", "Schicken Sie uns bitte Ihre Handynummer, sonst brauchen wir von Ihnen nichts weiter."),
    ("fr", "Envoyez-nous votre numéro de portable, nous n'avons besoin de rien d'autre."),
    ("es", "Envíenos su número de móvil, no necesitamos nada más de usted."),
    ("it", "Ci mandi il suo numero di cellulare, non ci serve nient'altro."),
    ("pl", "Proszę podać nam swój numer telefonu, nic więcej od Pana nie potrzebujemy."),
    ("sv", "Skicka ditt telefonnummer till oss, vi behöver inget annat från dig."),
]


@pytest.mark.parametrize(("lang", "text"), NOTHING_FROM_YOU)
def test_nothing_from_you_passes(lang: str, text: str) -> None:
    assert "personal-data" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), NOTHING_ELSE)
def test_nothing_else_blocked(lang: str, text: str) -> None:
    assert "personal-data" in blocked(text, lang)


# F2 ----------------------------------------------------------------------------------------
PURCHASING_NUMBERS = [
    (
        "en",
        "If your accounts team needs a PO number or a cost centre number on the invoice, send it here and we reissue it.",
    ),
    (
        "de",
        "Braucht Ihre Verwaltung eine Auftragsnummer der Beschaffung oder eine Leitweg-ID auf der Rechnung, nennen Sie uns diese hier.",
    ),
    (
        "fr",
        "Si votre service comptable demande un numéro de bon de commande ou un numéro d'engagement, donnez-le-moi ici.",
    ),
    (
        "es",
        "Si su departamento de compras necesita un número de orden de compra en la factura, indíquenoslo aquí.",
    ),
    (
        "it",
        "Se l'ufficio acquisti ha bisogno del numero di impegno o del codice CIG in fattura, ce lo scriva qui.",
    ),
    ("ja", "経理ご担当者様が発注番号の記載を必要とされる場合は、こちらにご記入ください。"),
    (
        "nl",
        "Heeft uw administratie een inkoopnummer of een kostenplaatsnummer op de factuur nodig, stuur het dan hier door.",
    ),
    (
        "pl",
        "Jeśli księgowość potrzebuje numeru zlecenia zakupu lub numeru umowy na fakturze, proszę go tu podać.",
    ),
    (
        "sv",
        "Behöver er ekonomiavdelning ett inköpsordernummer eller ert referensnummer på fakturan, skriv det här.",
    ),
    ("tr", "Muhasebeniz faturada satın alma sipariş numarası isterse, bunu buraya yazın."),
]
PURCHASING_ASKS = [
    ("en", "For the invoice we need your PO number and your mobile number, please send them here."),
    ("fr", "Pour la facture, indiquez-nous votre numéro d'engagement et votre numéro de portable."),
    ("es", "Para la factura, indíquenos su número de orden de compra y su número de móvil."),
    ("de", "Für die Rechnung brauchen wir Ihre Auftragsnummer und Ihre Handynummer."),
]


@pytest.mark.parametrize(("lang", "text"), PURCHASING_NUMBERS)
def test_purchasing_numbers_pass(lang: str, text: str) -> None:
    assert "personal-data" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), PURCHASING_ASKS)
def test_contact_beside_purchasing_number_blocked(lang: str, text: str) -> None:
    assert "personal-data" in blocked(text, lang)


# F3 to F7 ----------------------------------------------------------------------------------
PHONE_LOOKALIKES = [
    ("de", "Wenn dort 61.33018 auf dem Typenschild steht, passt die Dichtung."),
    ("de", "Der Thermostat passt, wenn auf dem alten 55.13043.050 eingeprägt ist."),
    ("en", "The regulator fits if the old one reads 50.57021.010 on its side."),
    ("fr", "La résistance convient si l'ancienne porte la référence gravée 48.60218.330."),
    ("ja", "当店の登録番号はT7-0301-5528-4406です。"),
    ("en", "Our registration is T4-0104-2233-1910 for the qualified invoice."),
    (
        "sv",
        "Tillverkarens kundtjänst Kaffekvarn nås kostnadsfritt på 020-44 19 80 och hämtar maskinen.",
    ),
    ("sv", "Bosch kundtjänst nås avgiftsfritt på 020-51 22 30 om motorn krånglar."),
    ("pl", "Kwiaty są w paczce, odbiór w automacie, numer 00520381992714."),
    ("pl", "W przesyłce jest numer 00731188205519, kod odbioru przyjdzie SMS-em."),
]
PHONES = [
    ("de", "Rufen Sie uns dort an: 030.4412.8870."),
    ("en", "Call our workshop on 020.7946.0018."),
    ("de", "Unsere Nummer ist 0176 4412 887."),
    ("sv", "Vår kundtjänst nås på 020-44 19 80."),
    ("pl", "Prosimy dzwonić do nas pod 00 48 512 344 871."),
    ("de", "Rufen Sie an: vier fünf null, acht acht zwei, eins eins null, neun."),
]


@pytest.mark.parametrize(("lang", "text"), PHONE_LOOKALIKES)
def test_phone_lookalikes_pass(lang: str, text: str) -> None:
    assert "phone-number" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), PHONES)
def test_phones_blocked(lang: str, text: str) -> None:
    assert "phone-number" in blocked(text, lang)


# F8 ----------------------------------------------------------------------------------------
COLON_LINKS = [
    (
        "ja",
        "ヤマト運輸の追跡番号 1234-5678-9012（ハイフンなし）：https://toi.kuronekoyamato.co.jp/cgi-bin/tneko",
    ),
    ("en", "UPS (Ground):https://www.ups.com/track?tracknum=1Z999AA10123456784"),
    (
        "de",
        "Sendungsverfolgung (DHL):https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html",
    ),
]


@pytest.mark.parametrize(("lang", "text"), COLON_LINKS)
def test_colon_before_link_is_no_shortcode(lang: str, text: str) -> None:
    assert "emoji" not in blocked(text, lang)


def test_shortcode_still_emoji() -> None:
    assert "emoji" in blocked("Thanks for your order :smile: see you soon", "en")
    assert "emoji" in blocked("Danke :thumbsup:", "de")


# F9 ----------------------------------------------------------------------------------------
SIGNED_NAMES = [
    ("pl", "Dzień dobry,\n\nostrza są ze stali nierdzewnej.\n\nPozdrawiamy\nŻarówkowo.pl"),
    ("de", "Hallo,\n\ndie Pumpe ist unterwegs.\n\nViele Grüße\nTeichgeräte.de"),
    ("tr", "Merhaba,\n\nkargonuz yolda.\n\nSaygılarımızla\nÇiçekçi.com.tr"),
]
SIGNED_LINKS = [
    ("pl", "Dzień dobry,\n\nostrza są ze stali nierdzewnej.\n\nPozdrawiamy\nzarowkowo.pl"),
    ("pl", "Dzień dobry,\n\ntabela jest na stronie.\n\nŻarówkowo.pl/tabela"),
    ("de", "Hallo, mehr dazu auf Teichgeräte.de, dort finden Sie alles.\n\nViele Grüße"),
]


@pytest.mark.parametrize(("lang", "text"), SIGNED_NAMES)
def test_shop_name_signature_passes(lang: str, text: str) -> None:
    assert "link" not in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), SIGNED_LINKS)
def test_shop_domain_still_link(lang: str, text: str) -> None:
    assert "link" in blocked(text, lang)


# M1: "give me your number" as a bare imperative ("deme su móvil", "dame tu número") ----------
GIVE_ME = [
    ("es", "Por favor, deme su número de teléfono, el mensajero quiere avisarle antes."),
    ("es", "Dame tu móvil y te llama el repartidor."),
    ("es", "Déjenos su teléfono para la entrega, gracias."),
]
GIVE_ME_LOOKALIKES = [
    ("es", "Deme un par de días y le confirmo el número de seguimiento."),
    ("es", "Dame un momento, reviso el pedido y te escribo."),
]


@pytest.mark.parametrize(("lang", "text"), GIVE_ME)
def test_give_me_blocked(lang: str, text: str) -> None:
    assert "personal-data" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), GIVE_ME_LOOKALIKES)
def test_give_me_lookalikes_pass(lang: str, text: str) -> None:
    assert "personal-data" not in blocked(text, lang)


# M2: the buyer asked to have Amazon's service cancel, the verb conjugated ("om du ber
# Amazons kundtjänst att avbryta ordern", "als u de klantenservice van Amazon vraagt") --------
VIA_AMAZON_CONJUGATED = [
    ("sv", "Enklast är om du ber Amazons kundtjänst att avbryta köpet åt dig."),
    (
        "nl",
        "Het snelst gaat het als u de klantenservice van Amazon vraagt de bestelling te annuleren.",
    ),
    ("pl", "Najszybciej będzie, jeśli Pan poprosi obsługę klienta Amazon o anulowanie zamówienia."),
    (
        "de",
        "Am schnellsten geht es, wenn Sie den Amazon-Kundenservice bitten, die Bestellung zu stornieren.",
    ),
]
VIA_AMAZON_LOOKALIKES = [
    (
        "sv",
        "Vi har redan avbrutit ordern, Amazons kundtjänst kan svara på frågor om återbetalningen.",
    ),
    (
        "nl",
        "Wij hebben de bestelling al geannuleerd; de klantenservice van Amazon helpt met de terugbetaling.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), VIA_AMAZON_CONJUGATED)
def test_via_amazon_conjugated_blocked(lang: str, text: str) -> None:
    assert "cancellation-request" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), VIA_AMAZON_LOOKALIKES)
def test_via_amazon_lookalikes_pass(lang: str, text: str) -> None:
    assert "cancellation-request" not in blocked(text, lang)


# M3: Norwegian and Danish cancel verbs in the infinitive ("kan du kansellere bestillingen") --
NORDIC_CANCEL = [
    ("sv", "Kan du kansellere ordren selv under Dine bestillinger?"),
    ("sv", "Vil du annullere bestillingen selv? Så får du pengene med det samme."),
]
NORDIC_LOOKALIKES = [
    ("sv", "Vi har kansellert bestillingen, pengene kommer tilbake i løpet av noen dager."),
]


@pytest.mark.parametrize(("lang", "text"), NORDIC_CANCEL)
def test_nordic_cancel_blocked(lang: str, text: str) -> None:
    assert "cancellation-request" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), NORDIC_LOOKALIKES)
def test_nordic_lookalikes_pass(lang: str, text: str) -> None:
    assert "cancellation-request" not in blocked(text, lang)


# M4: the cancellation said to spare the seller's record ("doesn't land on our performance
# record", "taucht nicht in unserer Statistik auf") -------------------------------------------
SPARE_RECORD = [
    (
        "en",
        "Use the button beside your order, then the cancellation doesn't land on our performance record.",
    ),
    (
        "de",
        "Über den Knopf neben Ihrer Bestellung geht es schnell, und die Stornierung taucht nicht in unserer Leistungsbilanz auf.",
    ),
    (
        "fr",
        "Le bouton à côté de votre commande règle tout, et l'annulation n'apparaît pas dans nos performances.",
    ),
    (
        "es",
        "El botón junto a su pedido lo resuelve, y la cancelación no queda en nuestro historial de vendedor.",
    ),
    (
        "it",
        "Il pulsante accanto al suo ordine risolve tutto e la cancellazione non finisce nel nostro storico venditore.",
    ),
]
SPARE_RECORD_LOOKALIKES = [
    ("en", "We cancelled the order ourselves; the cancellation is on our record, not yours."),
    ("de", "Wir haben die Bestellung storniert, die Stornierung steht in unserer Leistungsbilanz."),
]


@pytest.mark.parametrize(("lang", "text"), SPARE_RECORD)
def test_spare_record_blocked(lang: str, text: str) -> None:
    assert "cancellation-request" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), SPARE_RECORD_LOOKALIKES)
def test_spare_record_lookalikes_pass(lang: str, text: str) -> None:
    assert "cancellation-request" not in blocked(text, lang)


GIVE_ME_ALL = [
    ("en", "Give me your mobile number, the courier wants to ring before he comes."),
    ("de", "Geben Sie mir Ihre Handynummer, der Fahrer ruft vorher an."),
    ("fr", "Donnez-moi votre numéro de portable, le livreur appelle avant."),
    ("it", "Mi dia il suo numero di cellulare, il corriere chiama prima."),
    ("ja", "ご自宅の電話番号をください。配達員が事前にお電話します。"),
    ("nl", "Geef me uw mobiele nummer, de koerier belt vooraf."),
    ("pl", "Proszę dać mi swój numer komórki, kurier zadzwoni przed dostawą."),
    ("sv", "Ge mig ditt mobilnummer, budet ringer innan."),
    ("tr", "Cep numaranızı verin, kurye gelmeden arayacak."),
]
GIVE_ME_ALL_LOOKALIKES = [
    ("ja", "少々お時間をください。追跡番号を確認いたします。"),
    ("pl", "Proszę dać mi znać, czy numer przesyłki działa."),
    ("en", "Give me a day and I'll send the tracking number."),
]


@pytest.mark.parametrize(("lang", "text"), GIVE_ME_ALL)
def test_give_me_all_languages_blocked(lang: str, text: str) -> None:
    assert "personal-data" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), GIVE_ME_ALL_LOOKALIKES)
def test_give_me_all_lookalikes_pass(lang: str, text: str) -> None:
    assert "personal-data" not in blocked(text, lang)


# M5: an address written backwards whose ending reads as a domain ending both ways
# ("ed.pohs@ofni" is "info@shop.de", "se.ekahs@ofni" is "info@shakes.es") ---------------------
BACKWARDS_BOTH_WAYS = [
    ("es", "Para la factura, lea esto del revés: se.sadnet-sol@ofni y escríbanos."),
    ("sv", "Läs baklänges: es.narbbos@ajlasrof, så skickar vi kvittot."),
    ("it", "Scriva all'indirizzo al contrario: ti.ossor-oicogen@enidro."),
    ("de", "Rückwärts lesen: ed.nedal-mmuts@ofni, dann schicke ich es."),
]
BACKWARDS_LOOKALIKES = [
    ("es", "Le escribe Amazon desde se.pedidos@amazon.es cuando lo reciba."),
]


@pytest.mark.parametrize(("lang", "text"), BACKWARDS_BOTH_WAYS)
def test_backwards_address_blocked(lang: str, text: str) -> None:
    assert "email-address" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), BACKWARDS_LOOKALIKES)
def test_forward_address_not_backwards(lang: str, text: str) -> None:
    res = check(text, lang=lang, policy=RULES_ONLY)
    assert [f.excerpt for f in res.blocking if f.rule == "email-address"] == [
        "se.pedidos@amazon.es"
    ]


# M6: an identity document or number said to be needed by someone (an insurer, a bank) with
# no "send us": "the insurer only needs your personal ID number" ------------------------------
IDENTITY_NEEDED = [
    ("en", "We insure the bike seat at no cost; the insurer just needs your passport number."),
    ("de", "Die Diebstahlversicherung ist gratis, der Versicherer braucht nur Ihre Steuer-ID."),
    (
        "fr",
        "L'assurance est offerte ; l'assureur a juste besoin de votre numéro de sécurité sociale.",
    ),
    ("es", "El seguro es gratis; la aseguradora solo necesita su DNI."),
    ("it", "L'assicurazione è gratuita; l'assicuratore ha bisogno solo del suo codice fiscale."),
    ("sv", "Försäkringen är gratis, bolaget behöver bara ditt personnummer och din adress."),
    ("tr", "Sigorta ücretsiz; sigorta şirketi yalnızca TC kimlik numaranızı istiyor."),
]
IDENTITY_NEEDED_LOOKALIKES = [
    ("en", "You will need your ID card when you collect the parcel at the post office."),
    ("de", "Für die Abholung in der Filiale brauchen Sie Ihren Personalausweis."),
    ("sv", "Du behöver legitimation när du hämtar paketet hos ombudet."),
    ("en", "Amazon never needs your passport for a return."),
]


@pytest.mark.parametrize(("lang", "text"), IDENTITY_NEEDED)
def test_identity_needed_blocked(lang: str, text: str) -> None:
    assert "personal-data" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), IDENTITY_NEEDED_LOOKALIKES)
def test_identity_needed_lookalikes_pass(lang: str, text: str) -> None:
    assert "personal-data" not in blocked(text, lang)
