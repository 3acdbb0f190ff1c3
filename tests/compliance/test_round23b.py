# ruff: noqa: E501  (sentences are kept whole)
"""Round 23b: classes left on the development held-out set 23 in the request, link and phone
rules, each tested with sentences of our own (none from a held-out set), beside look-alikes
that must stay compliant.

D1: a third party's pretext (an insurer, a customs broker, the courier's insurance) "requires"
or "asks for" the recipient's identity or birth date, and the buyer is told in the next
sentence to answer with "these", "those details", "them" on the thread ("reply here with
these", "contéstenos con esos datos", "merci de nous les indiquer ici", "proszę o odpowiedź z
tymi danymi"). The data is the recipient's, so no "your" stands beside it.
D2: the ask as a plain present-tense question ("mi manda il suo cellulare?", "nos manda su
móvil?", "stuurt u ons uw nummer?") and the Dutch split verb ("hebben we uw e-mailadres
nodig").
C1: cancelling through Your Orders sold by a benefit that is not "faster": the money back
"right away", "tomorrow", "straight away", or the seller spared ("no mark against us", "does
not count towards our cancellation rate").
P1: a manufacturer's or carrier's own line named by its brand or place ("Brand's own repair
desk", "the maker, Brand, runs its own repair service", "the depot can be reached on"): a
freephone or the carrier depot's landline is no seller phone.
L1: a spelled or look-alike dot in a web address: "(prick)", "(kropka)", U+1427 "ᐧ".
P2: a phone number told over two sentences, the second labelled as its end or rest ("the start
is 07812 33. The end: 4091", "Reszta: 301", "La fin : 73 08"), the first piece named as the
start ("Początek numeru to ...").
A1: an Amazon storefront or product address spelled out with a dot word the text's language
keeps for its own domains ("amazon ponto es barra stores barra ...", "amazon punto de barra
..."): after "amazon", any Amazon marketplace domain followed by a path is a dot.
N1: a host spelled in the NATO alphabet with a spelled dot ("bravo oscar alpha romeo delta,
dot, charlie oscar mike"); letter words without a dot between them stay words.
"""

from __future__ import annotations

import pytest

from tests.compliance.gate import blocked

# --- D1: a third party's pretext, "reply with these" --------------------------------------

PRETEXT_DATA = [
    (
        "en",
        "The rowing machine is heavy, so the freight company insures it. Their underwriter wants the recipient's date of birth and passport number. Could you reply here with those details?",
    ),
    (
        "en",
        "Customs in Jersey need the consignee's date of birth and national insurance number for the kiln. Please send them over on this thread and we'll ship on Monday.",
    ),
    (
        "de",
        "Die Spedition versichert den Flügel gesondert; der Versicherer verlangt Geburtsdatum und Ausweisnummer des Empfängers. Bitte antworten Sie hier mit diesen Angaben.",
    ),
    (
        "fr",
        "Le transporteur assure le piano séparément et l'assureur exige la date de naissance et le numéro de passeport du destinataire. Merci de nous les communiquer ici.",
    ),
    (
        "es",
        "El transportista asegura la bicicleta aparte y la aseguradora pide la fecha de nacimiento y el pasaporte del destinatario. Respóndanos con esos datos, por favor.",
    ),
    (
        "it",
        "Il corriere assicura il divano a parte e l'assicurazione richiede data di nascita e numero della carta d'identità del destinatario. Ci risponda qui con questi dati.",
    ),
    (
        "nl",
        "De vervoerder verzekert de kachel apart en de verzekeraar vraagt de geboortedatum en het paspoortnummer van de ontvanger. Stuur ons deze gegevens hier even door.",
    ),
    (
        "pl",
        "Przewoźnik ubezpiecza kajak osobno, a ubezpieczyciel wymaga daty urodzenia i numeru paszportu odbiorcy. Prosimy o przesłanie tych danych w odpowiedzi.",
    ),
    (
        "sv",
        "Speditören försäkrar pianot separat och försäkringsbolaget kräver mottagarens födelsedatum och passnummer. Svara gärna här med de uppgifterna.",
    ),
    (
        "tr",
        "Kargo firması piyanoyu ayrıca sigortalıyor; sigorta şirketi alıcının doğum tarihini ve pasaport numarasını istiyor. Lütfen bu bilgileri buradan bize yazın.",
    ),
]

PRETEXT_LOOKALIKES = [
    (
        "en",
        "The freight company insures the rowing machine itself; nothing is needed from you. Reply here with any questions.",
    ),
    (
        "de",
        "Der Versicherer der Spedition braucht nichts von Ihnen. Antworten Sie hier, wenn Sie Fragen zur Lieferung haben.",
    ),
    (
        "es",
        "La aseguradora del transportista ya tiene todo lo que necesita a través de Amazon. Respóndanos si tiene dudas sobre el montaje.",
    ),
    (
        "fr",
        "L'assurance du transporteur est incluse, vous n'avez rien à fournir. Écrivez-nous ici si le colis arrive abîmé.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), PRETEXT_DATA)
def test_pretext_data_blocked(lang: str, text: str) -> None:
    assert "personal-data" in blocked(text, lang), (lang, text)


@pytest.mark.parametrize(("lang", "text"), PRETEXT_LOOKALIKES)
def test_pretext_lookalikes_pass(lang: str, text: str) -> None:
    assert "personal-data" not in blocked(text, lang), (lang, text)


# --- D2: present-tense asks and the Dutch split verb -----------------------------------

PLAIN_ASKS = [
    (
        "it",
        "Signor Conti, ci manda il suo numero di telefono? Il trasportatore deve fissare l'orario.",
    ),
    ("it", "Mi dà il suo indirizzo email? Così le giro il manuale del deumidificatore."),
    ("es", "Don Álvaro, ¿nos manda su número de móvil? El mensajero quiere avisarle antes."),
    ("nl", "Voor de montage van de kast hebben we uw telefoonnummer nodig."),
    ("nl", "We hebben je e-mailadres en je mobiele nummer nodig om de bezorging in te plannen."),
    ("fr", "Vous nous envoyez votre numéro de portable ? Le livreur veut vous prévenir."),
]

PLAIN_ASK_LOOKALIKES = [
    ("it", "Le mandiamo il numero di tracciamento appena il pacco parte."),
    (
        "nl",
        "We hebben uw telefoonnummer niet nodig, de bezorger gebruikt het nummer uit uw Amazon-account.",
    ),
    ("es", "Le mandamos el número de seguimiento en cuanto salga el paquete."),
]


@pytest.mark.parametrize(("lang", "text"), PLAIN_ASKS)
def test_plain_asks_blocked(lang: str, text: str) -> None:
    assert "personal-data" in blocked(text, lang), (lang, text)


@pytest.mark.parametrize(("lang", "text"), PLAIN_ASK_LOOKALIKES)
def test_plain_ask_lookalikes_pass(lang: str, text: str) -> None:
    assert "personal-data" not in blocked(text, lang), (lang, text)


# --- C1: cancelling through Your Orders sold by a benefit --------------------------------

CANCEL_BENEFIT = [
    (
        "en",
        "The kettle is out of stock until spring. Cancel it under Your Orders and the refund reaches you straight away, whereas from our side it takes a week.",
    ),
    (
        "en",
        "The lamp shade is delayed by a month; if you cancel it from Your Orders it won't count towards our cancellation rate.",
    ),
    (
        "de",
        "Der Schlafsack ist ausverkauft. Stornieren Sie bitte über Meine Bestellungen, dann haben Sie das Geld sofort zurück.",
    ),
    (
        "fr",
        "La théière est en rupture. Annulez-la depuis Vos commandes et vous êtes remboursé tout de suite.",
    ),
    (
        "es",
        "La cafetera no llegará hasta marzo. Cancélela desde Mis pedidos y le devuelven el dinero al momento, sin que a nosotros nos penalice.",
    ),
    (
        "it",
        "Il tostapane è esaurito: lo annulli dai suoi ordini e riceve subito il rimborso.",
    ),
    (
        "nl",
        "De rugzak is uitverkocht. Annuleer hem via Mijn bestellingen, dan heb je je geld direct terug.",
    ),
    (
        "pl",
        "Czajnik jest niedostępny. Proszę anulować w Moje zamówienia, wtedy pieniądze wrócą od razu.",
    ),
    (
        "sv",
        "Kaffekvarnen är slut i lager. Avbeställ den under Mina beställningar så får du pengarna direkt.",
    ),
    (
        "tr",
        "Çaydanlık stokta yok. Siparişlerim üzerinden iptal ederseniz paranız hemen iade edilir.",
    ),
]

CANCEL_BENEFIT_LOOKALIKES = [
    (
        "en",
        "We have cancelled the order ourselves; the refund shows in Your Orders straight away.",
    ),
    (
        "de",
        "Wir haben die Bestellung storniert, das Geld sehen Sie sofort in Meine Bestellungen.",
    ),
    (
        "nl",
        "We hebben de bestelling zelf geannuleerd; in Mijn bestellingen zie je het geld direct terug.",
    ),
    ("en", "We'll cancel it right away ourselves; the refund then shows under Your Orders."),
    ("nl", "Wij annuleren meteen, het geld zie je morgen in Mijn bestellingen."),
    ("de", "Wir stornieren sofort, die Erstattung sehen Sie dann unter Meine Bestellungen."),
]


@pytest.mark.parametrize(("lang", "text"), CANCEL_BENEFIT)
def test_cancel_benefit_blocked(lang: str, text: str) -> None:
    assert "cancellation-request" in blocked(text, lang), (lang, text)


@pytest.mark.parametrize(("lang", "text"), CANCEL_BENEFIT_LOOKALIKES)
def test_cancel_benefit_lookalikes_pass(lang: str, text: str) -> None:
    assert "cancellation-request" not in blocked(text, lang), (lang, text)


# --- P1: a maker's or carrier's own line -------------------------------------------------

MAKER_LINES = [
    (
        "en",
        "The blender has a three-year guarantee, and Marlowe's own repair desk handles motor faults: 0800 612 4471 (free, weekdays).",
    ),
    (
        "es",
        "La batidora tiene garantía. La marca, Brisaluna, tiene un servicio técnico propio que la recoge en casa: 900 433 218 (gratuito).",
    ),
    (
        "it",
        "Il produttore, Ventolina, ha un proprio centro riparazioni che ritira a domicilio: 800 551 902 (gratuito).",
    ),
    (
        "de",
        "Das Paket liegt im GLS-Depot Kassel. Wenn Sie es selbst abholen möchten, erreichen Sie das Depot unter 0561 7734 210.",
    ),
    (
        "fr",
        "Le fabricant, Mistrale, a son propre service de réparation : 0800 714 332 (appel gratuit).",
    ),
]

OWN_LINES = [
    ("en", "Our own repair desk handles motor faults: 0161 496 0733, weekdays."),
    ("de", "Wenn Sie es lieber abholen möchten, erreichen Sie uns unter 0561 7734 210."),
    ("es", "Nuestro servicio técnico propio la recoge en casa: 612 433 218."),
]


@pytest.mark.parametrize(("lang", "text"), MAKER_LINES)
def test_maker_lines_pass(lang: str, text: str) -> None:
    assert "phone-number" not in blocked(text, lang), (lang, text)


@pytest.mark.parametrize(("lang", "text"), OWN_LINES)
def test_own_lines_blocked(lang: str, text: str) -> None:
    assert "phone-number" in blocked(text, lang), (lang, text)


# --- L1: spelled and look-alike dots ---------------------------------------------------

SPELLED_DOTS = [
    ("sv", "Monteringsfilmen finns på lampverkstan(prick)se/montering."),
    ("sv", "Titta på kaffekvarnen (prick) nu/mala för malgraden."),
    ("pl", "Instrukcja jest na stronie plecakownia(kropka)pl/instrukcje."),
    ("it", "Le istruzioni sono su tostapaneitaliaᐧit/manuale."),
    ("en", "The full manual is at kettleworksᐧco.uk/manual."),
]

SPELLED_DOT_LOOKALIKES = [
    ("sv", "Paketet väntar hos ombudet, ta med legitimation (prick över i) och kod."),
    ("pl", "Na pokrywce jest czerwona kropka, to znaczy że czajnik jest włączony."),
]


@pytest.mark.parametrize(("lang", "text"), SPELLED_DOTS)
def test_spelled_dots_blocked(lang: str, text: str) -> None:
    assert "link" in blocked(text, lang), (lang, text)


@pytest.mark.parametrize(("lang", "text"), SPELLED_DOT_LOOKALIKES)
def test_spelled_dot_lookalikes_pass(lang: str, text: str) -> None:
    assert blocked(text, lang) == set(), (lang, text)


# --- P2: a number over two sentences, "the end: ..." ------------------------------------

TWO_SENTENCE_PHONES = [
    ("en", "Ring me about the fitting: the start is 07812 33. The end: 4091, after six."),
    ("de", "Die Vorwahl ist 0171 55. Der Rest: 38204, abends."),
    ("fr", "Le début du numéro, c'est 06 41 22. La fin : 73 08."),
    ("pl", "Pierwsza część to 512 774. Reszta: 301, po południu."),
    ("it", "L'inizio è 347 21. Il resto: 88 190, dopo le sei."),
    ("nl", "Het begin is 06 48 21. Het einde: 33 90."),
    ("sv", "Början är 070 41 28. Resten: 83 10, på kvällen."),
]

TWO_SENTENCE_LOOKALIKES = [
    ("de", "Wir haben 12 Stück auf Lager. Der Rest: 5 kommen morgen."),
    ("en", "Order 1234567 arrived yesterday. The rest: 3 boxes on Friday."),
    ("es", "El inicio del pedido fue el lunes con 15 300 piezas. El resto: 4500 unidades."),
]


@pytest.mark.parametrize(("lang", "text"), TWO_SENTENCE_PHONES)
def test_two_sentence_phones_blocked(lang: str, text: str) -> None:
    assert "phone-number" in blocked(text, lang), (lang, text)


@pytest.mark.parametrize(("lang", "text"), TWO_SENTENCE_LOOKALIKES)
def test_two_sentence_lookalikes_pass(lang: str, text: str) -> None:
    assert "phone-number" not in blocked(text, lang), (lang, text)


# --- A1: Amazon's address spelled with any dot word -------------------------------------

SPELLED_AMAZON = [
    ("es", "Todos nuestros anzuelos están en amazon ponto es barra stores barra PescaMinho."),
    ("fr", "Toutes nos bougies : amazon point de barre stores barre CiergeriePau."),
    ("it", "Le altre tazze le trova su amazon punto de barra stores barra CeramicheVietri."),
    ("pl", "Reszta naszych kubków: amazon kropka de ukośnik shop ukośnik GarncarniaBolesław."),
    ("en", "All our mugs: amazon punkt es slash stores slash KilnWorks."),
    ("it", "Le trova su amazon point it barra stores barra CeramicheVietri."),
    ("sv", "Alla våra muggar: amazon punkt es snedstreck stores snedstreck Krukmakarn."),
]

SPELLED_AMAZON_LOOKALIKES = [
    ("fr", "Votre colis attend au Amazon point de retrait de la gare."),
    ("es", "Puede devolverlo en cualquier Amazon punto de recogida."),
    ("it", "Il pacco è all'Amazon punto di ritiro in via Roma."),
]


@pytest.mark.parametrize(("lang", "text"), SPELLED_AMAZON)
def test_spelled_amazon_blocked(lang: str, text: str) -> None:
    assert blocked(text, lang) != set(), (lang, text)


@pytest.mark.parametrize(("lang", "text"), SPELLED_AMAZON_LOOKALIKES)
def test_spelled_amazon_lookalikes_pass(lang: str, text: str) -> None:
    assert blocked(text, lang) == set(), (lang, text)


# --- N1: a host in the NATO alphabet ----------------------------------------------------

NATO_HOSTS = [
    (
        "en",
        "The fitting guide is on our page: bravo oscar alpha romeo delta, dot, charlie oscar mike, slash guide.",
    ),
    ("de", "Die Anleitung steht auf hotel oscar lima zulu punkt delta echo."),
    ("fr", "Le tutoriel est sur tango alpha bravo lima echo, point, foxtrot romeo."),
    ("nl", "De handleiding staat op mike oscar kilo dot november lima, kijk daar even."),
    ("sv", "Guiden finns på sierra kilo oscar golf punkt sierra echo."),
]

NATO_LOOKALIKES = [
    ("en", "Our dogs Golf, Tango and Charlie send their love, and the parcel goes out today."),
    (
        "en",
        "The colour codes on the box are alpha, bravo and charlie; pick charlie for the oak finish.",
    ),
    ("de", "Das Hotel Victor an der Ecke nimmt Pakete an, Punkt neun Uhr öffnet es."),
]


@pytest.mark.parametrize(("lang", "text"), NATO_HOSTS)
def test_nato_hosts_blocked(lang: str, text: str) -> None:
    assert "link" in blocked(text, lang), (lang, text)


@pytest.mark.parametrize(("lang", "text"), NATO_LOOKALIKES)
def test_nato_lookalikes_pass(lang: str, text: str) -> None:
    assert blocked(text, lang) == set(), (lang, text)
