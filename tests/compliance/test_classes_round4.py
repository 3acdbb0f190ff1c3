# ruff: noqa: E501  (test sentences read better unwrapped)
"""Round 4's bypass classes and false-alarm classes, each tested as a class in several
languages: what an agent would see when the reply is checked (blocked or sent)."""

from __future__ import annotations

import pytest

from tests.compliance.gate import blocked

# --- carrier links: the national carriers' tracking pages pass, their other pages do not ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "sv",
            "Spåra paketet här: https://www.postnord.se/vara-verktyg/spara-brev-paket-och-pall?shipmentId=00370712345678901234",
        ),
        ("sv", "Budbee kör ut det i kväll: https://tracking.budbee.com/BB987654321SE"),
        ("sv", "Paketet ligger i skåpet: https://track.instabox.io/SE98765432"),
        (
            "pl",
            "Status przesyłki: https://tracktrace.dpd.com.pl/parcelDetails?typ=1&p1=0000987654321U",
        ),
        (
            "nl",
            "Volg uw pakket: https://www.dhlparcel.nl/nl/consument/volg-je-pakket?tc=JVGL0698765432109876",
        ),
        (
            "tr",
            "Kargonuzu takip edin: https://kargotakip.araskargo.com.tr/mainpage.aspx?code=9876543210",
        ),
        ("tr", "Takip: https://www.mngkargo.com.tr/gonderi-takip/?TakipNo=123498765"),
        (
            "tr",
            "Takip: https://www.yurticikargo.com/tr/online-servisler/gonderi-sorgula?code=987654321098",
        ),
        (
            "fr",
            "Suivi : https://www.colisprive.com/moncolis/pages/detailColis.aspx?numColis=98765432101",
        ),
        ("fr", "Suivi : https://www.relaiscolis.com/suivi-de-colis/?numeroColis=9876543210"),
        ("ja", "追跡はこちら: https://track.seino.co.jp/cgi-bin/gnpquery.pgm?GNPNO1=987654321098"),
        ("en", "Status: https://www.bring.no/sporing?q=370987654321098765"),
        (
            "de",
            "Status: https://www.deutschepost.de/de/s/sendungsverfolgung.html?piececode=RR987654321DE",
        ),
    ],
)
def test_national_carriers_tracking_pages_pass(lang, text):
    assert blocked(text, lang) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Unser Tipp: https://www.dhl.de/de/privatkunden/paket-shop.html",
        "We are hiring too, see https://careers.dhl.com/global/en",
        "Jetzt bei https://www.postnord.se/ vorbeischauen",
        "Kolla https://www.ups.com/us/en/shop för mer",
        "Zobacz https://www.inpost.pl/ dla nowości",
    ],
)
def test_a_carriers_home_shop_or_careers_page_is_an_outside_link(text):
    assert "link" in blocked(text)


# --- a carrier's, manufacturer's or Amazon's line passes only when it is theirs ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Questions about the delivery? DHL: 07700 900123"),
        ("en", "Shipped with UPS today. If anything is wrong, call 020 7946 0018."),
        ("en", "Warranty line: 020 7946 0018, ask for Sam."),
        ("en", "Amazon or us, whoever you prefer: 020 7946 0018"),
        ("de", "Garantie-Hotline: 0171 2345678"),
        ("de", "Der Hersteller ist unser Partner, erreichbar über mich unter 030 12345678."),
        ("fr", "Le service après-vente, c'est nous : 01 45 67 89 10"),
        ("es", "Su paquete va con SEUR. Para cualquier duda, llámenos al 612 345 678."),
        ("it", "Assistenza garanzia: 347 123 4567"),
        ("nl", "Vragen over de bezorging? PostNL of ons: 020 123 4567"),
        ("pl", "Infolinia gwarancyjna: 22 123 45 67"),
        ("sv", "Bring kör paketet, ring mig på 08-123 456 78 om något strular."),
        ("tr", "Yurtiçi Kargo: 0532 123 45 67"),
        ("en", "UPS support line (that's my mobile): +44 7700 900123"),
    ],
)
def test_a_sellers_number_dressed_as_a_carrier_or_warranty_line_is_caught(lang, text):
    assert "phone-number" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "For repairs under warranty, call the manufacturer, Makita UK, on 0344 800 2500."),
        ("en", "The warranty is handled by the maker; their support line is 0345 600 6845."),
        (
            "de",
            "Für die Garantie wenden Sie sich an den Philips Kundendienst unter 040 80 80 10 980.",
        ),
        ("fr", "Pour la garantie, appelez le SAV Rowenta au 09 70 82 04 05."),
        ("es", "Para la garantía, llame al servicio técnico de Bosch: 976 305 712."),
        ("it", "Per la garanzia contatti l'assistenza De'Longhi al numero 02 8707 9000."),
        ("nl", "Voor garantie belt u de klantenservice van Philips op 020 504 05 00."),
        ("pl", "W sprawie dostawy proszę dzwonić na infolinię DPD: 22 577 55 55."),
        ("sv", "Vid garantiärenden ringer du Electrolux kundservice på 0771-76 76 76."),
        ("tr", "Garanti için Arçelik müşteri hizmetlerini 444 0 888 numarasından arayabilirsiniz."),
        ("en", "For a new delivery slot, the warranty hotline is free: 0800 123 4567."),
    ],
)
def test_the_line_of_the_named_carrier_or_manufacturer_passes(lang, text):
    assert blocked(text, lang) == set()


# --- refusing a payment off Amazon, and explaining Amazon's own deals, are not violations ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Sorry, we are not allowed to take Venmo or a wire transfer for Amazon orders."),
        (
            "de",
            "Eine Zahlung per Überweisung außerhalb von Amazon können wir leider nicht annehmen.",
        ),
        ("fr", "Nous n'acceptons aucun paiement par PayPal en dehors d'Amazon."),
        ("es", "No aceptamos pagos por transferencia fuera de Amazon, lo siento."),
        ("it", "Non accettiamo bonifici o PayPal fuori da Amazon."),
        ("nl", "Betalingen via PayPal buiten Amazon mogen we helaas niet aannemen."),
        ("pl", "Nie przyjmujemy płatności przelewem poza Amazonem."),
        ("sv", "Vi tar inte emot betalning via Swish utanför Amazon."),
        ("tr", "Amazon dışında havale ile ödeme kabul etmiyoruz."),
    ],
)
def test_a_seller_refusing_payment_off_amazon_is_compliant(lang, text):
    assert blocked(text, lang) == set()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "We can't take PayPal here, but our website has it 10% cheaper."),
        ("de", "Überweisung können wir nicht annehmen, aber schreiben Sie uns auf WhatsApp."),
        ("es", "No aceptamos PayPal aquí; mejor cómprelo en nuestra web."),
    ],
)
def test_a_refusal_does_not_excuse_the_other_off_amazon_channel_beside_it(lang, text):
    assert blocked(text, lang) & {"off-amazon", "marketing", "link"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "That 30% off was Amazon's Black Friday deal, taken off by Amazon at checkout."),
        (
            "de",
            "Die 10 % Rabatt waren ein Blitzangebot von Amazon, das Amazon selbst abgezogen hat.",
        ),
        ("fr", "La remise de 15 % était une vente flash Amazon, appliquée par Amazon."),
        ("es", "El 25 % de descuento era un cupón de Amazon que Amazon aplicó al pagar."),
        ("it", "Lo sconto del 10% era un'offerta lampo gestita da Amazon."),
        ("nl", "De korting van 10% was een actie die Amazon aanbood op de productpagina."),
        ("sv", "Rabatten på 15 % var ett erbjudande som Amazon gav under Prime Day."),
        ("tr", "%15 indirim Amazon'un kampanyasıydı, ödeme sırasında Amazon tarafından düşüldü."),
    ],
)
def test_explaining_amazons_own_deal_or_coupon_is_compliant(lang, text):
    assert blocked(text, lang) == set()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Amazon runs a sale next week: use our code SPRING10 for 10% off."),
        ("de", "Beim nächsten Prime Day gibt es bei Amazon 20 % Rabatt mit unserem Code WOLLE20."),
        ("fr", "Pour votre prochaine commande, notre coupon Amazon vous donne 15 % de remise."),
    ],
)
def test_a_sellers_promotion_dressed_as_amazons_is_still_marketing(lang, text):
    assert "marketing" in blocked(text, lang)


# --- follow-up review asks and "cancel it yourself, if we cancel it hurts us" ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "We asked you for a quick review on Monday and haven't spotted it. Any chance today?",
        ),
        ("de", "Wir hatten Sie vor ein paar Tagen um eine Rezension gebeten. Klappt es heute?"),
        ("fr", "Nous vous avions demandé un avis mardi dernier ; auriez-vous un moment ce soir ?"),
        ("es", "Le habíamos pedido una reseña el lunes. ¿Podría dejarla hoy?"),
        ("it", "Le avevamo già chiesto una recensione lunedì. Riesce oggi?"),
        ("nl", "Vorige maand vroegen we u om een review. Lukt het deze week?"),
        ("pl", "Prosiliśmy panią już o opinię w poniedziałek. Czy uda się dzisiaj?"),
        ("sv", "I måndags bad vi dig om ett omdöme. Hinner du i kväll?"),
        ("tr", "Pazartesi sizden yorum rica etmiştik. Bugün mümkün mü?"),
    ],
)
def test_a_reminder_of_an_earlier_review_ask_is_a_review_request(lang, text):
    assert "review-request" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The kettle is sold out. Kindly cancel it in Your Orders, because if we cancel our rating drops.",
        ),
        (
            "de",
            "Leider ausverkauft. Bitte stornieren Sie selbst, denn wenn wir stornieren, schadet uns das.",
        ),
        (
            "pl",
            "Towar się skończył. Czy mógłby Pan sam anulować zamówienie? Jeśli my anulujemy, tracimy punkty.",
        ),
        (
            "sv",
            "Varan är slut. Avbeställ gärna själv på ditt Amazon-konto, om vi avbeställer straffas vi.",
        ),
    ],
)
def test_cancel_it_yourself_because_our_cancelling_hurts_us_is_caught(lang, text):
    assert "cancellation-request" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "If we cancel the order today, the refund reaches you within two days."),
        ("de", "Wir haben die Bestellung bereits storniert; die Erstattung folgt automatisch."),
    ],
)
def test_the_seller_cancelling_is_not_a_cancellation_request(lang, text):
    assert "cancellation-request" not in blocked(text, lang)


# --- asking for contact details, also without "your" and in a word or two ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The courier wants to ring ahead. Your mobile please!"),
        ("en", "Got the address, thanks. And your e-mail?"),
        ("en", "To book the van we need a phone number and an e-mail address."),
        ("de", "Für die Spedition benötigen wir eine Handynummer."),
        (
            "fr",
            "Pour que le livreur puisse vous joindre, merci de nous envoyer un numéro de téléphone.",
        ),
        ("es", "Para la entrega necesitamos un teléfono de contacto."),
        ("it", "Per la consegna ci serve un numero di cellulare."),
        ("nl", "Kunt u ons voor de levering een telefoonnummer sturen?"),
        ("pl", "Proszę o podanie numeru telefonu dla kuriera."),
        ("sv", "Vi behöver ett telefonnummer till budfirman."),
        ("tr", "Kurye için telefon numaranız gerekli, bize iletin."),
        ("ja", "配達のため、携帯電話番号をお知らせください。"),
    ],
)
def test_an_ask_for_contact_details_is_caught_without_your_or_in_few_words(lang, text):
    assert "personal-data" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "For your safety, please don't share your phone number or e-mail with us."),
        (
            "es",
            "Por favor, no nos mande su móvil ni su correo: el transportista ya tiene sus datos.",
        ),
        ("fr", "Ne nous envoyez pas votre numéro de téléphone, Amazon le transmet au livreur."),
        ("ja", "お電話番号はお送りにならないでください。配送業者はAmazonの情報を使います。"),
        ("sv", "Skicka inte ditt telefonnummer, budfirman har det redan från Amazon."),
    ],
)
def test_telling_the_buyer_not_to_send_contact_details_is_compliant(lang, text):
    assert "personal-data" not in blocked(text, lang)


# --- addresses however they are written ---


@pytest.mark.parametrize(
    ("lang", "rule", "text"),
    [
        ("en", "link", "Everything is cheaper at sunnyhomedotcom, just type it in."),
        ("de", "link", "Ersatzteile gibt es bei gartenzwergpunktde."),
        ("fr", "link", "Tout est sur boutiquemielpointfr."),
        ("en", "link", "Type it reversed: moc.emohynnus"),
        ("es", "link", "Nuestra web en base64: c3Vubnlob21lLmNvbQ=="),
        ("en", "email-address", "Drop me a line: sunnyhome at proton."),
        ("fr", "email-address", "Écrivez-moi : atelier.miel arobase orange"),
        ("de", "email-address", "Schreiben Sie an gartenzwerg bei gmx, das geht schneller."),
        ("sv", "link", "Alla manualer finns på cykelboden punkt se snedstreck manualer."),
        ("en", "marketing", "The bigger size is at amazon dot com slash dp slash B0ABCDEFGH."),
        ("ru", "link", "Всё дешевле на магазин.рф"),
        ("ja", "link", "ショップ.jp でもっと安く買えます。"),
        ("el", "link", "Visit κατάστημα.ελ for spares."),
    ],
)
def test_a_disguised_address_is_found(lang, rule, text):
    assert rule in blocked(text, lang if lang in ("en", "de", "fr", "es", "sv", "ja") else None)


@pytest.mark.parametrize(
    "text",
    [
        "The parcel shop is at Orange Street 5.",
        "Pick it up at Alice's kiosk after four.",
        "The anecdote about dotcom days made us laugh.",
        "Meet the driver at the pickup point at nine.",
    ],
)
def test_everyday_words_near_at_or_dot_are_not_addresses(text):
    assert blocked(text) == set()


# --- numbers cut by words or line breaks; masked and misspelt violation words ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Text 0171 then 234 then 5678 if the parcel is late."),
        ("en", "Questions? Ring the workshop:\n0171\n2345678"),
        ("de", "Rufen Sie die 030 und dann 1234567 an."),
        ("fr", "Appelez le 06 12 puis 34 56 78."),
        ("nl", "Bel 06 en dan 12345678 voor vragen."),
    ],
)
def test_a_phone_number_split_by_words_or_line_breaks_is_caught(lang, text):
    assert "phone-number" in blocked(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "Between 2024 and 2025 we shipped 1000 and 2000 units.",
        "Parcels 1234 and 5678 both arrived on 12 and 13 May.",
    ],
)
def test_numbers_joined_by_and_are_not_a_phone_number(text):
    assert "phone-number" not in blocked(text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Please leave us a reveiw when you can!"),
        ("en", "A quick r*view would make our day."),
        ("en", "Any feedbak on the kettle would help us a lot, please."),
        ("de", "Bitte geben Sie uns eine Bewertng."),
        ("de", "Eine Bew#rtung wäre toll, bitte!"),
        ("it", "Ci lasci una recenzione, per favore."),
        ("nl", "Wilt u een recenzie plaatsen? Alvast bedankt."),
        ("sv", "Skriv gärna en recenssion, tack!"),
        ("en", "Pay by p@yp@l next time and save."),
    ],
)
def test_masked_or_misspelt_violation_words_are_read_as_written_meant(lang, text):
    assert blocked(text, lang) & {"review-request", "off-amazon"}


@pytest.mark.parametrize(
    "text",
    [
        "Our preview of the tracking page shows Monday.",
        "Si no lo encuentra, revise con los vecinos.",
        "The reviewer at the depot checked the parcel.",
        "Buy again on a*mazon whenever you like.",
    ],
)
def test_real_words_near_a_violation_word_are_not_typos(text):
    assert blocked(text) == set()


# --- opt-in marketing without the word newsletter ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Be the first to know when the new colours land."),
        ("en", "Want to hear about our next drops? Reply YES."),
        ("en", "Join our list for early access to the spring range."),
        ("de", "Möchten Sie als Erste erfahren, wann die neuen Farben kommen?"),
        ("fr", "Soyez parmi les premiers à découvrir la nouvelle gamme !"),
        ("es", "Sea la primera en saber cuándo llega la colección."),
        ("it", "Sia tra i primi a scoprire i nuovi colori."),
        ("nl", "Wilt u als eerste horen wanneer de nieuwe kleuren er zijn?"),
        ("pl", "Chce Pan jako pierwszy dowiedzieć się o nowościach?"),
        ("sv", "Vill du vara först att få veta när nyheterna kommer?"),
        ("tr", "Yeni ürünleri ilk siz öğrenmek ister misiniz?"),
        ("ja", "新商品の情報をいち早くお知らせします。"),
    ],
)
def test_opt_in_marketing_without_the_word_newsletter_is_marketing(lang, text):
    assert "marketing" in blocked(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "We will keep you posted on the delivery.",
        "You were the first to know about the delay, sorry.",
    ],
)
def test_keeping_the_buyer_informed_about_the_order_is_not_marketing(text):
    assert blocked(text) == set()


# --- everyday uses of rate/review and symbols that are not template slots ---


@pytest.mark.parametrize(
    "text",
    [
        "Please rate the urgency of the fault from 1 to 5 so we can plan the repair.",
        "Could you rate how loud the noise is, so the technician knows what to bring?",
        "Could you review the attached photo and confirm the damage?",
        "Press {+} on the remote to zoom in.",
        "Size <3> fits children aged 2 to 3.",
    ],
)
def test_everyday_rate_review_and_symbols_pass(text):
    assert blocked(text) == set()


@pytest.mark.parametrize(
    "text", ["Please rate us from 1 to 5.", "Please rate the product from 1 to 5.", "Hi {name},"]
)
def test_a_rating_of_the_product_or_seller_and_a_real_slot_still_block(text):
    assert blocked(text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Post a review of the blender and we pay you back 15% of the price."),
        ("nl", "Plaatst u een review van de mixer, dan storten we 15% terug."),
        ("sv", "Skriver du en recension av mixern betalar vi tillbaka 15 % av priset."),
    ],
)
def test_money_back_for_a_review_is_an_incentive(lang, text):
    assert "review-request" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sv", "Vi betalar tillbaka hela beloppet när returen har kommit fram."),
        ("nl", "We storten het bedrag terug zodra de retour binnen is."),
    ],
)
def test_paying_back_a_return_is_not_an_incentive(lang, text):
    assert blocked(text, lang) == set()
