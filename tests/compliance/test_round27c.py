# ruff: noqa: E501  (sentences are kept whole)
"""Round 27c: false alarms and missed violations of the link, phone-number, e-mail and
personal-data rules on the development held-out sets 29 (phone-typed replies) and 30 (formal
house style), each class tested with sentences of our own (none from a held-out set), beside
the violations that must still block.  Measured with the rules alone (no n-gram model).

F1: the fields of a legal footer joined by a spaced middle dot ("Firma AB · Org.nr ...",
"SARL · capital 10 000 €") read as a disguised link.
F2: company register numbers labelled by their register ("RCS Rennes 123 456 789",
"Amtsgericht Köln HRB ...", "Mersis No", "法人番号") read as phone numbers.
F3: the number printed or engraved on a thing ("the number stamped on the lock", "il numero
inciso sulla serratura") asked for and read as the buyer's phone number.
F4: the Dutch "punt" of a pickup point ("het PostNL punt in de winkel") read as a spelled dot.
"""

from __future__ import annotations

import pytest

from tests.compliance.rules_only import blocked

_CONTACT = {"link", "phone-number", "email-address", "personal-data"}


# --- F1 and F2: the fields of a legal footer ---------------------------------------------

FOOTERS = [
    (
        "en",
        "Thanks, the desk lamp ships today.\n\nKind regards\nBrightwood Lighting Ltd · Company No. 09127734 · VAT GB 318 2270 45",
    ),
    (
        "de",
        "Vielen Dank, die Lampe geht heute raus.\n\nMit freundlichen Grüßen\nLeuchtenhaus Brandt GmbH · Amtsgericht Köln HRB 88213 · USt-IdNr. DE 291 774 018",
    ),
    (
        "fr",
        "Merci, la lampe part aujourd'hui.\n\nBien cordialement,\nAtelier Lumen SARL · capital 20 000 € · RCS Rennes 791 330 215 · TVA FR 61 791330215",
    ),
    (
        "fr",
        "Votre coussin a bien été expédié.\n\nService Clients\nDouce Plume SAS · RCS Bordeaux 402 918 336",
    ),
    (
        "es",
        "Gracias, la lámpara sale hoy.\n\nUn saludo,\nLuces Ribera SL · CIF B-84920173 · Registro Mercantil de Valencia",
    ),
    (
        "it",
        "Grazie, la lampada parte oggi.\n\nCordiali saluti\nLuce Ferretti Srl · P.IVA 07719230961 · REA MI-1984412",
    ),
    (
        "nl",
        "Bedankt, de lamp gaat vandaag op weg.\n\nMet vriendelijke groet\nLichthuis Vos BV · KvK 71920384 · btw NL862219034B01",
    ),
    (
        "pl",
        "Dziękujemy, lampa wyjdzie dziś.\n\nZ poważaniem\nŚwiatło Nowak Sp. z o.o. · NIP 527-291-88-04 · KRS 0000718823",
    ),
    (
        "sv",
        "Tack, lampan skickas i dag.\n\nVänliga hälsningar\nLjusboden Norrland AB · Org.nr 559022-7719 · Momsreg.nr SE559022771901",
    ),
    (
        "sv",
        "Tack för din fråga, skrivbordet tål vatten.\n\nKundtjänst Ekhyllan AB · Org.nr 556914-2283",
    ),
    ("sv", "Hälsningar\nEkhyllan Logistik · Org.nr 556914-2283 · Säte: Umeå"),
    (
        "tr",
        "Teşekkürler, lamba bugün kargoya veriliyor.\n\nSaygılarımızla\nIşık Evi Ltd. Şti. · Mersis No 0483119920300017 · Vergi No 4831199203",
    ),
    ("ja", "ご注文のランプは本日発送いたします。\n\n株式会社ヒカリ工房 · 法人番号 4011001088213"),
]


@pytest.mark.parametrize(("lang", "text"), FOOTERS)
def test_footer_fields_pass(lang: str, text: str) -> None:
    assert not blocked(text, lang) & _CONTACT


FOOTER_VIOLATIONS = [
    ("en", "Care guide: brightwood · com/care\n\nBrightwood Lighting Ltd · Company No. 09127734"),
    ("en", "See all our lamps at brightwoodlights · co.uk for more."),
    ("de", "Aufbauvideo auf leuchtenhaus · de/video\nLeuchtenhaus Brandt GmbH · HRB 88213"),
    ("fr", "Guide d'entretien : atelierlumen · fr\nAtelier Lumen SARL · RCS Rennes 791 330 215"),
    ("es", "Más modelos en lucesribera · es / lamparas"),
    ("it", "Tutte le lampade su luceferretti · it/catalogo"),
    ("nl", "Onderhoudstips op lichthuisvos · nl"),
    ("pl", "Instrukcja: swiatlonowak · pl/instrukcja"),
    (
        "sv",
        "Skötselråd finns på ljusboden · se/skotsel\nLjusboden Norrland AB · Org.nr 559022-7719",
    ),
    ("tr", "Tüm modeller isikevi · com adresinde"),
    ("ja", "詳しくは hikari-kobo · jp/care をご覧ください"),
]


@pytest.mark.parametrize(("lang", "text"), FOOTER_VIOLATIONS)
def test_footer_links_still_block(lang: str, text: str) -> None:
    assert "link" in blocked(text, lang)


FOOTER_PHONES = [
    ("fr", "Atelier Lumen SARL · RCS Rennes 791 330 215 · Tél. 02 99 41 27 83"),
    ("de", "Leuchtenhaus Brandt GmbH · HRB 88213 · Telefon 0221 4471 2290"),
    ("sv", "Ljusboden Norrland AB · Org.nr 559022-7719 · Tel 090-14 22 87"),
    ("it", "Luce Ferretti Srl · P.IVA 07719230961 · tel. 02 4481 2297"),
    ("en", "Brightwood Lighting Ltd · Company No. 09127734 · call us on 020 7946 0321"),
]


@pytest.mark.parametrize(("lang", "text"), FOOTER_PHONES)
def test_footer_phones_still_block(lang: str, text: str) -> None:
    assert "phone-number" in blocked(text, lang)


# --- F3: the number printed or engraved on a thing -----------------------------------------

PRINTED_NUMBER = [
    ("en", "We can send a spare key for free: just write us here the number stamped on the lock."),
    (
        "en",
        "pls send me the number on the back of the pieces n i'll ask the maker for the missing ones",
    ),
    (
        "de",
        "Schreiben Sie uns bitte die Nummer, die auf dem Schloss eingeprägt ist, dann schicken wir den Schlüssel.",
    ),
    (
        "de",
        "Schick mir einfach die aufgedruckte Nummer von der Unterseite, dann bestelle ich das Teil.",
    ),
    ("fr", "Indiquez-nous ici le numéro gravé sur la serrure et nous vous enverrons une clé."),
    ("es", "Escríbanos aquí el número grabado en la cerradura y le mandamos la llave."),
    ("it", "mandami qui il numero stampato sotto la scatola cosi ordino il pezzo giusto"),
    ("it", "Ci scriva il numero inciso sulla chiave e le spediamo il duplicato."),
    ("nl", "Stuur ons hier het nummer op de achterkant van de stukjes, dan vragen we ze na."),
    ("pl", "Proszę podać nam numer wybity na zamku, wyślemy klucz."),
    ("sv", "Skriv gärna numret som står på låset här i tråden så skickar vi en nyckel."),
    ("tr", "Kilidin üzerindeki numarayı buraya yazın, anahtarı gönderelim."),
    ("ja", "鍵に刻印された番号をこちらにご記入ください。"),
]


@pytest.mark.parametrize(("lang", "text"), PRINTED_NUMBER)
def test_printed_number_passes(lang: str, text: str) -> None:
    assert "personal-data" not in blocked(text, lang)


NUMBER_ASKS = [
    ("en", "Please write us your number here so the courier can call."),
    ("de", "Schreiben Sie uns bitte Ihre Nummer, dann ruft der Fahrer an."),
    ("fr", "Indiquez-nous ici votre numéro pour le livreur."),
    ("es", "Escríbanos aquí su número para el repartidor."),
    ("it", "Ci scriva qui il suo numero per il corriere."),
    ("nl", "Stuur ons hier je nummer voor de bezorger."),
    ("pl", "Proszę podać nam Pana numer dla kuriera."),
    ("sv", "Skriv ditt nummer här så att budet kan ringa."),
]


@pytest.mark.parametrize(("lang", "text"), NUMBER_ASKS)
def test_number_asks_still_block(lang: str, text: str) -> None:
    assert "personal-data" in blocked(text, lang)


# --- F4: the Dutch pickup point -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "je pakket ligt bij het postnl punt in de boekwinkel, 7 dagen",
        "Het ligt klaar bij het DHL punt in het winkelcentrum.",
        "ophalen kan bij het afhaal punt nu al",
    ],
)
def test_dutch_pickup_point_passes(text: str) -> None:
    assert "link" not in blocked(text, "nl")


@pytest.mark.parametrize(
    "text",
    [
        "kijk op tuinwinkeltje punt nl voor de maten",
        "alles staat op fietshuis punt com",
        "zie lampenhuis punt be slash onderhoud",
    ],
)
def test_dutch_spelled_dot_still_blocks(text: str) -> None:
    assert "link" in blocked(text, "nl")


# --- F5: the Italian, Spanish and Polish "o" (or, about) between numbers ------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "al livello difficile usi 10, 12 o 14 carte avversario"),
        ("it", "le misure sono 40, 42 o 44, scegli tu"),
        ("es", "tenemos la talla 38, 40 o 42 en gris"),
        ("pl", "pasuje na rozmiar 38, 40 o 42"),
    ],
)
def test_or_between_numbers_passes(lang: str, text: str) -> None:
    assert "phone-number" not in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "call me on 555 o 1992 tonight"),
        ("it", "scrivimi al tre quattro sette o uno due tre quattro"),
        ("es", "llámame al 6 1 2 o 3 4 5 6 7 8"),
    ],
)
def test_letter_o_for_zero_still_blocks(lang: str, text: str) -> None:
    assert "phone-number" in blocked(text, lang)


# --- M1: contact data asked as a wish, typed fast, or by the Dutch "06" ------------------

WISHED = [
    ("en", "We'd like your mobile number too, so the van can reach you."),
    ("en", "can u send me ur mobile n email pls, the driver needs it"),
    ("en", "pls send ur email so i can send the invoice"),
    ("de", "Wir hätten gerne noch Ihre Handynummer für die Spedition."),
    ("de", "Ich möchte gern Ihre private E-Mail-Adresse haben."),
    ("fr", "Nous aimerions avoir votre numéro de portable pour le transporteur."),
    ("es", "Nos gustaría tener su número de móvil para el transportista."),
    ("it", "Vorremmo avere il suo numero di cellulare per il corriere."),
    ("nl", "We willen graag je mobiele nummer hebben voor de bezorger."),
    ("nl", "kun je me even je 06 sturen? dan app ik de chauffeur"),
    ("pl", "Chcielibyśmy mieć Pani numer komórki dla kuriera."),
    ("sv", "Vi vill gärna ha ditt mobilnummer till budfirman."),
    ("sv", "Vi skulle vilja ha mobilnumret till din sambo också."),
    ("tr", "Kargo için cep telefonu numaranızı almak isteriz."),
    ("ja", "配送業者のため、携帯番号をいただきたいです。"),
]


@pytest.mark.parametrize(("lang", "text"), WISHED)
def test_wished_contact_data_blocks(lang: str, text: str) -> None:
    assert "personal-data" in blocked(text, lang)


WISHED_LOOKALIKES = [
    ("en", "We'd like your opinion on the new colour when it arrives."),
    ("en", "ur number is already in ur amazon account, the driver gets it from there"),
    ("de", "Wir hätten gerne Ihre Meinung zur Farbe."),
    ("fr", "Nous aimerions avoir votre avis sur la nouvelle couleur."),
    ("es", "Nos gustaría tener su opinión sobre el color."),
    ("it", "Vorremmo avere un suo parere sul colore."),
    ("nl", "We willen graag weten of de kleur goed is."),
    ("nl", "de bezorger belt je op je 06 12 34 56 78 zoals in je Amazon-account staat"),
    ("pl", "Chcielibyśmy mieć pewność, że kolor się zgadza."),
    ("sv", "Vi vill gärna ha din åsikt om färgen."),
    ("tr", "Renk hakkındaki görüşünüzü almak isteriz."),
    ("ja", "色についてのご感想をいただきたいです。"),
]


@pytest.mark.parametrize(("lang", "text"), WISHED_LOOKALIKES)
def test_wished_lookalikes_pass(lang: str, text: str) -> None:
    assert "personal-data" not in blocked(text, lang)


# --- M2: an address broken at its "@" by a line break -------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "Z poważaniem\nBiuro Obsługi\ne-mail: biuro.obslugi\n@drewniak-meble.pl"),
        ("de", "Viele Grüße\nKundendienst\nE-Mail: service.team@\nholzwerk-nord.de"),
        ("en", "Best regards\nSupport\nemail: help.desk\n@oakline-goods.co.uk"),
    ],
)
def test_address_broken_at_the_at_sign_blocks(lang: str, text: str) -> None:
    assert "email-address" in blocked(text, lang)


# --- M3: the Japanese dial line after the order word --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ご注文専用ダイヤル 0120-33-9182（平日9時〜18時）",
        "ご注文についてはコールセンター 0570-01-2345 まで",
    ],
)
def test_japanese_dial_line_blocks(text: str) -> None:
    assert "phone-number" in blocked(text, "ja")


def test_japanese_order_number_passes() -> None:
    assert "phone-number" not in blocked(
        "ご注文番号 250-1234567-7654321 の商品を発送しました。", "ja"
    )
