"""Round 16: the classes of misses and false alarms that held-out set 14 showed, each fixed
in every language where it applies and tested with sentences of our own (none from a
held-out set), beside the look-alikes that must keep their verdict."""

from __future__ import annotations

import pytest

from compliance import check
from tests.compliance.gate import blocked

# --- 1. a coming product of ours, put to the buyer ("that would be just the thing for you",
# "well worth adding", "shall I put some aside?") --------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Glad the kettle arrived safely. The matching sugar bowl is back with us and sits "
            "perfectly beside it, really worth getting for the set.",
        ),
        (
            "de",
            "Schön, dass die Schürze passt. Nächste Woche haben wir die Topflappen im gleichen "
            "Stoff, die wären sicher etwas für Sie.",
        ),
        (
            "fr",
            "Ravi que la lampe vous plaise. La semaine prochaine nous recevons les abat-jour en "
            "lin, ce serait exactement pour vous.",
        ),
        (
            "ja",
            "ご満足いただけて何よりです。来週、同じ柄のランチョンマットが新しく出ますので、"
            "きっと気に入っていただけると思います。",
        ),
        (
            "nl",
            "Fijn dat de vaas goed is aangekomen. Volgende maand komen onze nieuwe tulpenbollen "
            "binnen, die raken altijd snel op.",
        ),
        (
            "nl",
            "Over twee weken komen de winterjassen binnen. Dat zou echt iets voor u zijn.",
        ),
        (
            "sv",
            "Vad roligt att lampan lyser upp hallen. Våra nya skärmar i samma blommönster "
            "skulle passa fint till den.",
        ),
        (
            "sv",
            "Nästa vecka kommer vårt nya julte, det brukar ta slut i december.",
        ),
        (
            "tr",
            "Kupaları beğenmenize sevindik. Önümüzdeki ay yeni demlik setlerimiz geliyor, "
            "tam size göre.",
        ),
    ],
)
def test_coming_product_put_to_the_buyer_is_marketing(lang: str, text: str) -> None:
    assert "marketing" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the buyer's own parcel coming in, a restock the buyer was waiting for
        ("nl", "Uw pakketten komen morgen binnen bij het afhaalpunt in de Dorpsstraat."),
        ("sv", "Nästa vecka kommer ditt paket fram, det skulle passa med leveransen du bad om."),
        ("tr", "Önümüzdeki hafta kargonuz geliyor, takip numarası mesajın altında."),
        ("en", "Your replacement will sit perfectly on the old base once it arrives."),
        ("de", "Ist das etwas für Sie, wenn wir den Ersatz nächste Woche schicken?"),
        ("ja", "来月、交換品を発送いたします。ご不便をおかけして申し訳ございません。"),
    ],
)
def test_the_buyers_own_order_coming_is_no_plug(lang: str, text: str) -> None:
    assert "marketing" not in blocked(text, lang)


# --- 2. false alarms: ordinary senses of review, promotion and contact words ----------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a star named as a shape stays a shape in the next sentences
        (
            "en",
            "The cutter is star-shaped and made of tin. Dip it in flour before each star.",
        ),
        (
            "sv",
            "Formen är stjärnformad och tål ugn. Strö gärna lite socker på varje stjärna.",
        ),
        (
            "de",
            "Die Ausstechform ist sternförmig. Bitte bestäuben Sie jeden Stern mit etwas Mehl.",
        ),
        # an invoice or a label laid out on two lines
        (
            "it",
            "Il buono regalo è stato applicato da Amazon. Sulla ricevuta il totale e lo "
            "sconto compaiono su due righe.",
        ),
        (
            "en",
            "The coupon was applied by Amazon at checkout; the invoice shows the price and the "
            "discount on two lines.",
        ),
        (
            "fr",
            "La remise a été appliquée par Amazon : sur la facture, le prix et la remise "
            "figurent sur deux lignes.",
        ),
        # an expert's assessment still pending
        (
            "ja",
            "配送業者による破損の評価がまだ終わっていませんが、お客様のお手続きは不要です。",
        ),
        # Amazon's own coupon, with a blank before the particle
        ("ja", "お支払い時に Amazon が適用したクーポンで、合計が100円安くなっております。"),
        # the same listing, not a sale
        (
            "nl",
            "U kunt de kleur antraciet in dezelfde aanbieding kiezen bij 'Kleur'. De maat "
            "blijft gelijk.",
        ),
        # the same house number, not a phone number
        (
            "fr",
            "Pourriez-vous nous indiquer le bâtiment ? Il y a deux entrées au même numéro de "
            "la rue.",
        ),
        (
            "fr",
            "L'étiquette indique seulement 8 rue Haute, et il y a deux maisons au même numéro.",
        ),
        (
            "en",
            "Could you tell us which entrance? There are two shops at the same number on "
            "that street.",
        ),
        (
            "es",
            "¿Nos indica el portal? Hay dos edificios con el mismo número en su calle.",
        ),
    ],
)
def test_ordinary_senses_stay_compliant(lang: str, text: str) -> None:
    assert check(text, lang=lang).compliant, blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "rule"),
    [
        # a rating asked for after a star shape is still asked
        (
            "en",
            "The cutter is star-shaped. If you like it, please leave us five stars on Amazon.",
            "review-request",
        ),
        (
            "sv",
            "Formen är stjärnformad. Lämna gärna fem stjärnor på Amazon om du är nöjd.",
            "review-request",
        ),
        # a reminder that opens before the look-alike
        (
            "en",
            "We still haven't seen your review for the lamp, could you post it today?",
            "review-request",
        ),
        # a few lines asked for, not a layout
        (
            "it",
            "Se è soddisfatta, ci scriva due righe sotto il prodotto su Amazon.",
            "review-request",
        ),
        # a sale, not the same listing
        ("nl", "Deze week is de tweede vaas in de aanbieding: 50% korting.", "marketing"),
        # the buyer's own number is still asked for
        ("fr", "Pouvez-vous nous indiquer votre numéro de portable ?", "personal-data"),
    ],
)
def test_look_alike_fixes_leave_the_violation(lang: str, text: str, rule: str) -> None:
    assert rule in blocked(text, lang)


# --- 3. asks in forms not yet known: a plea, a past-tense wish, the seller alone ("send me"),
# the polite imperative without "your", an adjective inside a wish, a contest for posts -----


@pytest.mark.parametrize(
    ("lang", "text", "rule"),
    [
        (
            "it",
            "La candela è finita. La prego di annullare l'acquisto dal suo account.",
            "cancellation-request",
        ),
        (
            "fr",
            "Le modèle est épuisé ; je vous prie d'annuler la commande.",
            "cancellation-request",
        ),
        ("es", "Se agotó el modelo; le ruego que anule el pedido.", "cancellation-request"),
        ("it", "Se ritira lei l'acquisto, per noi è più semplice.", "cancellation-request"),
        ("sv", "Det vore fint om du avbokade beställningen själv.", "cancellation-request"),
        ("pl", "Proszę podać adres e-mail, wyślemy fakturę.", "personal-data"),
        ("pl", "Prosimy przesłać numer telefonu do kontaktu.", "personal-data"),
        ("es", "¿Me facilita su número de móvil para el transportista?", "personal-data"),
        ("it", "Mi passi il suo numero di cellulare, lo giro al corriere.", "personal-data"),
        (
            "it",
            "Se la lampada le piace, ci farebbe un enorme piacere una recensione su Amazon.",
            "review-request",
        ),
        (
            "fr",
            "Si tout va bien, une évaluation sur Amazon nous ferait un immense plaisir.",
            "review-request",
        ),
        (
            "de",
            "Eine Bewertung auf Amazon würde uns eine große Freude machen.",
            "review-request",
        ),
        ("ja", "商品ページにひと言いただけると、とても励みになります。", "review-request"),
        (
            "en",
            "Everyone who shares their finished pictures on the listing this month wins a "
            "free set of brushes.",
            "review-request",
        ),
        (
            "es",
            "Todos los que publiquen sus fotos en la ficha entran en el sorteo de un lote de "
            "regalo.",
            "review-request",
        ),
        (
            "it",
            "Appena vediamo pubblicata la sua opinione, le mandiamo un buono regalo da 5 €.",
            "review-request",
        ),
    ],
)
def test_asks_in_new_forms_are_caught(lang: str, text: str, rule: str) -> None:
    assert rule in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # collecting the order at a pickup point is no withdrawal
        ("it", "Se ritira lei l'ordine al punto di ritiro, porti un documento."),
        # the seller asks nothing of the buyer's own data
        ("es", "Me indica el transportista que el paquete llega mañana."),
        ("pl", "Proszę podać kurierowi numer przesyłki przy odbiorze."),
        # a plea that is not about cancelling
        ("it", "La prego di scusarci per il ritardo: il pacco parte oggi."),
        # a wish with no review in it
        ("fr", "Votre message nous a fait un immense plaisir, merci !"),
        # photos shared privately with the seller, no reward, no page
        ("en", "If it arrived damaged, please send us a photo of the box."),
    ],
)
def test_look_alikes_of_the_new_forms_stay_compliant(lang: str, text: str) -> None:
    assert check(text, lang=lang).compliant, blocked(text, lang)
