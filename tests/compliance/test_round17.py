"""Round 17: adversary 16's holes, each fixed as a class and tested with sentences of our
own (none from the adversary's texts or a held-out set), beside look-alikes that must pass.

H1: one sentence in a language the gate cannot read, inside a reply it can read, or a
whole reply in it, is refused by ``unsupported-language``; names, addresses, greetings and
carrier statuses are not sentences in another language.
H2: a quoted local part, a spelled dot glued to the top-level domain ("dotcom", "punktde")
and "www name tld" with blanks for the dots.
"""

from __future__ import annotations

import pytest

from tests.compliance.gate import blocked

_EN = "Hi Maria, your order 305-1234567-7654321 left our warehouse this morning with DHL. {}"
_DE = "Hallo Frau Berg, Ihre Bestellung ist heute mit DHL unterwegs zu Ihnen. {}"
_PL = "Dzień dobry, paczka została dziś nadana kurierem InPost. {}"

# --- H1: a foreign sentence (Latin script, with or without marks; Hangul) ------------------


@pytest.mark.parametrize(
    ("lang", "frame", "sentence"),
    [
        ("en", _EN, "Zahvaljujemo vam na kupnji, molimo da nam pošaljete ocjenu."),  # Croatian
        ("en", _EN, "Ďakujeme, budeme radi, keď nám napíšete hodnotenie."),  # Slovak
        ("de", _DE, "Lūdzu, novērtējiet mūsu veikalu ar piecām zvaigznēm."),  # Latvian
        ("en", _EN, "Vi håber, du vil skrive en anmeldelse af varen."),  # Danish
        ("en", _EN, "Kérjük, írjon nekünk egy értékelést a termékről."),  # Hungarian
        ("pl", _PL, "Prosimo, napišite nam kratko oceno izdelka."),  # Slovenian
        ("en", _EN, "Mohon tulis ulasan untuk toko kami ya."),  # Indonesian
        ("en", _EN, "Tafadhali tuandikie maoni kuhusu bidhaa yako."),  # Swahili
        ("en", _EN, "Bonvolu skribi al ni recenzon pri la varo."),  # Esperanto
        ("en", _EN, "Palun kirjutage meile arvustus, kui pakk kohale jõuab."),  # Estonian
        ("de", _DE, "Si us plau, escriviu-nos una valoració amb cinc estrelles."),  # Catalan
        ("en", _EN, "Hãy viết đánh giá năm sao cho chúng tôi nhé."),  # Vietnamese
        ("en", _EN, "상품 후기를 꼭 남겨 주세요."),  # Korean
        ("en", _EN, "좋은 평가 부탁합니다!"),  # Korean, short
    ],
)
def test_foreign_sentence_in_a_reply_is_refused(lang: str, frame: str, sentence: str) -> None:
    assert "unsupported-language" in blocked(frame.format(sentence), lang)


@pytest.mark.parametrize(
    "text",
    [
        "Poštovani gospodine Horvat,\n\nvaša narudžba je poslana danas i stiže za dva dana. "
        "Hvala na strpljenju.\n\nSrdačan pozdrav",  # Croatian, no ask at all
        "Dobrý deň, vaša objednávka bola dnes odoslaná. Ďakujeme za trpezlivosť.",  # Slovak
        "Sveiki, jūsų užsakymas išsiųstas šiandien. Ačiū už kantrybę.",  # Lithuanian
        "Hei, tilauksesi on lähetetty tänään ja se on perillä huomenna. Kiitos!",  # Finnish
    ],
)
def test_whole_reply_in_an_unread_language_is_refused(text: str) -> None:
    assert "unsupported-language" in blocked(text, "en")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # names and addresses with marks none of the ten write
        ("en", "Hi Dvořák family, the lamp goes to Nám. Míru 12, Praha 2 with DHL tomorrow."),
        ("de", "Hallo Herr Šimić, das Paket geht an Ilica 242, Zagreb, und kommt am Freitag."),
        ("en", "Dear Søren Kierkegård, your parcel left Ålborg this morning."),
        ("pl", "Dzień dobry Pani Jūratė, paczka jedzie do Vilniaus g. 10, Vilnius."),
        # a courtesy word in the buyer's language closing a supported reply
        ("en", "Hi Rhian, the new kettle is on its way. Diolch yn fawr!"),
        ("en", "Hi João, your refund went through today. Obrigado!"),
        ("en", "Hi Mikkel, the parcel is with GLS now. Tusind tak!"),
        # a product and a carrier status in the card's language
        ("sv", "Hej! Din beställning av Kökshanddukar Linné har levererats till ombudet."),
        ("tr", "Merhaba, siparişiniz Aras Kargo ile yola çıktı, durum: Teslim edildi."),
        ("nl", "Beste meneer De Vries, uw pakket is bezorgd bij de buren op nummer 12."),
        # a Korean name in an English reply
        ("en", "Hi 김민준, your parcel reaches Seoul on Monday."),
        # a sentence of the ten languages with their short words
        ("es", "Hola, ya le hemos enviado el pedido y os llegará mañana, ni antes ni después."),
        ("it", "Però il pacco è già partito: la sua consegna è prevista per domani."),
    ],
)
def test_names_addresses_and_courtesy_still_pass(lang: str, text: str) -> None:
    assert "unsupported-language" not in blocked(text, lang)


# --- H2: disguised addresses and links -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Questions? Mail "help desk"@lindenhouse-shop.com and we answer within a day.',
        "Fragen? Schreiben Sie an “kunden service”@gartenzauber.de.",
    ],
)
def test_quoted_local_part_is_an_address(text: str) -> None:
    assert "email-address" in blocked(text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Our full range is at lindenhouse dotcom."),
        ("en", "See LINDENHOUSE-DOTNET for the rest."),
        ("de", "Mehr Modelle finden Sie bei gartenzauber punktde."),
        ("pl", "Więcej znajdzie Pani na kuchniamarty kropkapl."),
        ("tr", "Diğer ürünler için evimguzel_noktacom adresine bakın."),
        ("it", "Altri modelli su casadolce puntoit."),
        ("en", "Head to www lindenhouse com for spares."),
        ("nl", "Kijk even op www tuinhuisje nl voor meer."),
        ("en", "The spares are on www lindenhouse co uk too."),
    ],
)
def test_spelled_glued_dot_and_spaced_www_are_links(lang: str, text: str) -> None:
    assert "link" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Back in the dotcom days we sold only teapots."),
        ("fr", "Les pointes de la fourchette sont un peu fines, nous en sommes désolés."),
        ("en", 'She wrote "thank you" @ the end of her note, which made our day.'),
        ("en", "The www in the old catalogue is gone; please use Amazon messages."),
    ],
)
def test_look_alikes_are_no_links(lang: str, text: str) -> None:
    assert not blocked(text, lang) & {"link", "email-address"}


# --- Part B (set14/set15 classes) -------------------------------------------------------------
# A two-part top-level domain with blanks for both dots ("name com tr", "name co uk"), and a
# path whose slashes have blanks round them ("shop.de / sale / summer").


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("tr", "Tüm modeller için sitemiz yildizmutfak com tr adresinde."),
        ("en", "Spare lids are listed on hollyhouse co uk as well."),
        ("pl", "Pełny katalog jest na stronie domowyzakatek com pl."),
        ("de", "Alle Farben finden Sie unter gartenhaus.de / angebote / sommer."),
        ("fr", "Le reste de la collection : atelierlune.fr / boutique / lin"),
    ],
)
def test_spaced_second_level_domains_and_spaced_paths_are_links(lang: str, text: str) -> None:
    assert blocked(text, lang) & {"link", "marketing", "off-amazon"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Die Sendung liegt laut DHL.de / Packstation 12 zur Abholung bereit."),
        ("en", "It came in at 5 co uk time, sorry, I mean 5 o'clock UK time."),
        ("en", "Pick it up / drop it off at the counter, whichever suits you."),
    ],
)
def test_look_alikes_of_spaced_domains_pass(lang: str, text: str) -> None:
    assert not blocked(text, lang) & {"link", "marketing", "off-amazon"}


@pytest.mark.parametrize(
    "text",
    [
        "Hvis du skriver en anmeldelse, sender vi deg en liten gave.",  # Norwegian
        "Når pakken er kommet frem, håber vi du vil give os en anmeldelse.",  # Danish
    ],
)
def test_norwegian_and_danish_sentences_are_refused(text: str) -> None:
    assert "unsupported-language" in blocked(text, "sv")


def test_swedish_sentence_with_shared_words_passes() -> None:
    text = "Hej! Vi har skickat paketet i dag och det är på väg till dig nu."
    assert "unsupported-language" not in blocked(text, "sv")
