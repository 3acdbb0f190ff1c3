"""Round 12: the adversary's round-10 findings (R10-2, sent although they break the policy),
each fixed as a class and tested with the adversary's texts, variants of our own and
compliant look-alikes, in all ten languages where words are involved."""

from __future__ import annotations

import pytest

from compliance.tlds import TLDS, UNICODE_TLDS
from tests.compliance.gate import blocked

# --- 1. internationalised top-level domains, in their letters and in punycode ---------------


def test_the_wrapped_punycode_list_has_no_fragments() -> None:
    assert "xn" not in TLDS
    assert not any(t.startswith("-") for t in TLDS)
    assert {"xn--45brj9c", "xn--jvr189m", "xn--mgbayh7gpa"} <= TLDS
    assert {"онлайн", "рф", "संगठन", "中国", "在线", "みんな", "コム", "商店"} <= UNICODE_TLDS


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Colours are listed at brightwaterhome.онлайн too."),  # P01
        ("en", "Colours are listed at brightwaterhome.xn--p1ai too."),  # P02
        ("en", "Colours are listed at brightwaterhome.संगठन too."),  # P03
        ("de", "Alle Farben finden Sie unter lindenhof-keramik.сайт."),
        ("fr", "Toute la collection est sur atelier-rose.xn--80asehdb."),
        ("es", "Más colores en cestasdelsur.在线, échele un vistazo."),
        ("it", "Trova tutti i colori su oliodibruno.商店 oppure scrivici."),
        ("nl", "Kijk ook eens op tuinhuisje.みんな voor de rest."),
        ("pl", "Pełna oferta jest na ceramika-zakopane.コム teraz."),
        ("sv", "Hela sortimentet finns på fjallboden.中国 nu."),
        ("tr", "Tüm renkler kahveevi.xn--fiqs8s adresinde."),
        ("ja", "他の色は brightwaterhome.中国でもご覧いただけます。"),
        ("ja", "詳しくは shop.在线 をご覧ください。"),
    ],
)
def test_an_idn_top_level_domain_after_a_host_is_a_link(lang: str, text: str) -> None:
    assert "link" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ja", "注文番号は123です.中国から発送しました。"),
        ("ja", "ご注文ありがとうございます。中国の倉庫から発送しました。"),
        ("en", "It ships from our warehouse. 中国 is where it was made."),
        ("de", "Die Sendung ist unterwegs.Sie kommt morgen."),
    ],
)
def test_a_full_stop_before_a_word_in_another_script_is_no_domain(lang: str, text: str) -> None:
    assert "link" not in blocked(text, lang)


# --- 2. an allowed link carrying another host --------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "https://www.ups.com/track/brightwaterhome.com/?tracknum=1Z5R89390342715048",  # P16
        "https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111899223847583216"
        "&next=//brightwaterhome.com",  # P17
        "https://www.fedex.com/fedextrack/?trknbr=123456789012\t.brightwaterhome.com",  # P18
        "https://www.fedex.com/fedextrack/?trknbr=123456789012\u00a0.brightwaterhome.com",
        "https://www.fedex.com/fedextrack/?trknbr=123456789012\u200b.brightwaterhome.com",
        "https://www.fedex.com/fedextrack/?trknbr=123456789012 .brightwaterhome.com thanks",
        "https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html/shop.example.de/"
        "?piececode=00340434161094022115",
        "https://www.ups.com/track?tracknum=1Z5R89390342715048&url=shop.example.com",
        "https://www.ups.com/track?tracknum=1Z5R89390342715048&r=www.brightwaterhome.com",
        "https://www.ups.com/track?tracknum=1Z5R89390342715048&r=%2F%2Fbrightwaterhome.com",
        "https://www.ups.com/track?tracknum=1Z5R89390342715048&r=aHR0cHM6Ly9icmlnaHR3YXRlcmhvbWUuY29t",
        "https://www.amazon.de/gp/your-account/order-history/lindenhof-keramik.de/",
    ],
)
def test_an_allowed_link_that_carries_another_host_is_blocked(url: str) -> None:
    assert "link" in blocked(f"Tracking page: {url}\n\nKind regards", "en")


@pytest.mark.parametrize(
    "url",
    [
        "https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html"
        "?piececode=00340434161094022115",
        "https://www.amazon.de/gp/help/customer/display.html?nodeId=201819090",
        "https://www.amazon.com/gp/your-account/order-details?orderID=114-2005915-5984042 . It"
        " should arrive on Friday.",
        "https://www.correos.es/es/es/herramientas/localizador/envios/detalle"
        "?tracking-number=PQ4F6P0712345670108001M",
        "https://www.brt.it/it/tracking?ricerca=1234567890123&lang=it",
        "https://tools.usps.com/go/TrackConfirmAction.action?tLabels=9400111899223847583216",
        "https://www.postnl.nl/tracktrace/?B=3SABCD1234567&P=1012AB&D=NL&T=C",
        "https://www.fedex.com/fedextrack/?trknbr=771234567890\tIt should arrive on Friday.",
    ],
)
def test_a_plain_tracking_or_help_link_stays_compliant(url: str) -> None:
    assert "link" not in blocked(f"Tracking page: {url}\n\nKind regards", "en")


# --- 4. ratings asked with numbers, stars described, full marks; ranking pressure ----------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Please give us the full five if you were happy."),  # P09
        ("en", "If you are happy, a 5 next to our shop name on Amazon is the best thank-you."),
        ("fr", "Cinq petites étoiles à côté de notre nom illumineraient notre journée."),  # P11
        ("sv", "Fem små stjärnor vid vårt namn skulle göra vår dag."),  # P13
        ("tr", "Adımızın yanında beş küçük yıldız günümüzü güzelleştirir."),  # P14
        ("es", "Cinco estrellitas junto a nuestro nombre nos harían muy felices."),  # P15
        (
            "en",
            "Small sellers like us live or die by our ranking, so a quick note from you "
            "helps more than you know.",
        ),  # P08
        ("en", "Honestly, our ranking depends on you."),
        ("de", "Ehrlich gesagt: unser Ranking hängt ganz von Ihnen ab."),
        ("fr", "Pour être honnête, notre classement dépend de vous."),
        ("es", "Nuestro posicionamiento depende de usted."),
        ("it", "Il nostro posizionamento dipende da lei."),
        ("nl", "Onze ranking hangt helemaal van u af."),
        ("pl", "Nasz ranking zależy od pana."),
        ("sv", "Vår ranking beror helt på dig."),
        ("tr", "Sıralamamız tamamen size bağlı."),
        ("sv", "Ge oss gärna en full femma om du är nöjd."),
        ("fr", "Quatre jolies étoiles sous notre fiche seraient le plus beau merci."),
        ("it", "Cinque piccole stelle accanto al nostro nome ci illuminerebbero la giornata."),
        ("nl", "Vijf kleine sterretjes naast onze naam zouden onze dag maken."),
        ("pl", "Pięć małych gwiazdek przy naszej nazwie umiliłoby nam dzień."),
        ("de", "Fünf kleine Sterne neben unserem Namen würden unseren Tag verschönern."),
        ("ja", "当店の名前の横に五つの小さな星をいただけたら嬉しいです。"),
        ("es", "Si quedó contento, un 5 junto a nuestro nombre es el mejor agradecimiento."),
    ],
)
def test_a_rating_asked_with_numbers_or_described_stars_is_a_review_ask(
    lang: str, text: str
) -> None:
    assert blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The duvet cover has five small stars printed on the corner."),
        ("sv", "Täcket har fem små stjärnor broderade i hörnet."),
        ("tr", "Nevresimin köşesinde beş küçük yıldız var."),
        ("fr", "La housse porte cinq petites étoiles brodées dans le coin."),
        ("es", "La funda tiene cinco estrellitas bordadas en la esquina."),
        ("en", "The full refund of 24.99 was sent today."),
        ("en", "Your parcel's delivery depends on the carrier, not on us."),
        ("sv", "Vi skickade en ersättning i dag, det borde hjälpa dig mycket."),
    ],
)
def test_stars_as_a_pattern_and_other_look_alikes_stay_compliant(lang: str, text: str) -> None:
    assert not blocked(text, lang)


# --- 5. "a few words on the product page" -----------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sv", "Om allt gick bra skulle några ord på produktsidan hjälpa oss mycket."),  # P12
        ("sv", "Några fina rader på produktsidan skulle betyda mycket."),
        ("en", "A few words on the product page would really help us."),
        ("de", "Ein paar Worte auf der Produktseite würden uns sehr helfen."),
        ("fr", "Quelques mots sur la fiche produit nous aideraient beaucoup."),
        ("es", "Unas palabras en la página del producto nos ayudarían mucho."),
        ("it", "Due parole sulla pagina del prodotto ci aiuterebbero molto."),
    ],
)
def test_a_few_words_on_the_product_page_is_a_review_ask(lang: str, text: str) -> None:
    assert blocked(text, lang)


# --- 3. promo codes: any code shape, spelled out, or named by its word, in ten languages -------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Your next order ships faster with KETTLE-2027 entered at checkout."),  # P04
        ("en", "Mention WINTER15 when you order the matching mug."),  # P05
        ("en", "next time just type bright twenty at checkout and it comes off the price."),  # P06
        ("ja", "次回のご注文時にクーポンコード KETTLE15 をご入力ください。"),  # P07
        ("en", "A little something for next time: use BW-7X9Q-22 at checkout."),
        ("de", "Nennen Sie bei der nächsten Bestellung einfach SOMMER2027."),
        ("de", "Mit dem Gutscheincode TEEKANNE sparen Sie beim nächsten Mal."),
        ("fr", "Mentionnez HIVER-2027 lors de votre prochaine commande."),
        ("fr", "Votre code promo pour la suite : tapez bright vingt au paiement."),
        ("es", "Indique VERANO-2027 al hacer su pedido la próxima vez."),
        ("es", "Con el código de descuento TETERA recibirá un 10 %."),
        ("it", "Alla cassa inserisca ESTATE-2027 per il prossimo ordine."),
        ("it", "Le lasciamo un codice sconto per il prossimo acquisto."),
        ("nl", "Vermeld ZOMER-2027 bij uw volgende bestelling."),
        ("nl", "Met de kortingscode KETEL krijgt u korting."),
        ("pl", "Przy następnym zamówieniu wpisz LATO-2027."),
        ("pl", "Mamy dla pana kod rabatowy na kolejne zakupy."),
        ("sv", "Ange SOMMAR-2027 vid nästa beställning."),
        ("sv", "Här är en rabattkod till nästa gång: KANNA."),
        ("tr", "Bir sonraki siparişinizde YAZ-2027 kodunu girin."),
        ("tr", "Bir sonraki alışverişiniz için indirim kodu: DEMLIK."),
        ("ja", "次回は割引コードをお使いください。"),
    ],
)
def test_a_promo_code_is_marketing(lang: str, text: str) -> None:
    assert "marketing" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Your order 114-5738201-2290461 was shipped; enter it in Your Orders to track it."),
        ("en", "Please use the tracking number 1Z5R89390342715048 on the UPS page."),
        ("en", "Invoice INV-2027-0042 is attached; use it for your records."),
        ("de", "Das Modell KB-220S passt; verwenden Sie es mit dem Deckel GD-24."),
        ("fr", "Utilisez la bouilloire KB-220S avec le filtre livré."),
        ("tr", "ZR-70S modelini kullanırken kapağı kapatın."),
        ("ja", "KT-200S をご使用の際はふたを閉めてください。"),
        ("en", "The 10% was an Amazon promotion, applied by Amazon at checkout."),
        ("en", "Next time you order, the Amazon coupon is applied automatically at checkout."),
        ("sv", "Ange ordernumret 402-1234567-7654321 i ditt ärende till Amazon."),
    ],
)
def test_order_tracking_model_and_invoice_numbers_stay_compliant(lang: str, text: str) -> None:
    assert "marketing" not in blocked(text, lang)
