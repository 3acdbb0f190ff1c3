"""Round 18: classes of held-out sets 15 and 16's misses and false alarms, each tested with
sentences of our own (none from a held-out set), beside look-alikes that must pass.

C1: an incentive that is a service worth money (a longer warranty, free delivery for a
time, a product slipped into the next parcel) for words written where buyers read them.
"""

from __future__ import annotations

import pytest

from compliance import check


def blocked(text: str, lang: str | None = None) -> set[str]:
    return {f.rule for f in check(text, lang=lang).blocking}


# --- C1: a service worth money for public words ------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Workshops that describe their experience on the product page get two extra "
         "years of warranty from us."),
        ("en", "Anyone who shares a few lines under the listing gets free shipping for the "
         "whole year."),
        ("de", "Wer seine Erfahrungen mit dem Rasenmäher auf der Artikelseite beschreibt, "
         "bekommt zwei Jahre zusätzliche Garantie."),
        ("de", "Firmen, die auf der Produktseite über den Drucker schreiben, beliefern wir "
         "ein Jahr lang versandkostenfrei."),
        ("fr", "Les ateliers qui racontent leur expérience sur la fiche produit reçoivent "
         "une garantie supplémentaire d'un an."),
        ("fr", "Dès que votre petit mot sera visible sous l'article, nous glisserons un "
         "sachet de lavande dans votre prochain colis."),
        ("es", "Quien cuente su experiencia en la página del producto recibe un año de "
         "garantía adicional."),
        ("it", "Chi racconta la sua esperienza sulla pagina del prodotto riceve una "
         "garanzia aggiuntiva di due anni."),
        ("nl", "Bedrijven die hun ervaring op de productpagina delen, krijgen van ons een "
         "jaar extra garantie."),
        ("nl", "Zodra je woordje onder het artikel staat, stoppen we een zakje thee in je "
         "volgende doos."),
        ("pl", "Klientom, którzy opiszą swoje wrażenia na stronie produktu, przedłużamy "
         "gwarancję o dwa lata."),
        ("pl", "Kto opisze swoje doświadczenia pod produktem, dostanie od nas kubek w "
         "prezencie."),
        ("sv", "Berättar du om din upplevelse på produktsidan förlänger vi garantin med "
         "ett år."),
        ("tr", "Ürün sayfasında deneyimini anlatan müşterilerimizin garantisini bir yıl "
         "uzatıyoruz."),
        ("ja", "商品ページにご感想を書いていただけましたら、保証期間を一年延長いたします。"),
        ("ja", "商品ページにご感想が載りましたら、次回のご注文に紅茶を一袋お付けします。"),
    ],
)
def test_service_worth_money_for_public_words_is_an_incentive(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The manufacturer's warranty covers two extra years if you register the "
         "drill on their website."),
        ("en", "Your experience with the late parcel has been passed on to the carrier."),
        ("de", "Die Garantie verlängert sich um ein Jahr, wenn Sie das Gerät beim "
         "Hersteller registrieren."),
        ("de", "Der Ersatz geht ohne Versandkosten noch heute an Sie raus."),
        ("fr", "La garantie supplémentaire du fabricant figure sur la facture jointe."),
        ("es", "El envío gratis ya estaba incluido en su pedido."),
        ("it", "La garanzia aggiuntiva del produttore è indicata sulla fattura."),
        ("nl", "De vervangende lamp sturen we zonder verzendkosten naar u op."),
        ("pl", "Gwarancja producenta wynosi dwa lata, szczegóły są na stronie produktu."),
        ("sv", "Garantin gäller i två år och villkoren står på produktsidan."),
        ("tr", "Garanti süresi iki yıldır, ayrıntılar ürün sayfasında yazıyor."),
        ("ja", "保証期間は一年です。詳しくは商品ページをご覧ください。"),
    ],
)
def test_warranty_and_free_delivery_facts_stay_compliant(lang: str, text: str) -> None:
    assert blocked(text, lang) == set()


# --- C2: an earlier review ask chased, or the review's place "still empty" -----------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Quick nudge: the review for order 402-1234567-1234567 is still empty on our side."),
        ("en", "We asked you on Monday for a short review of the kettle, just checking in."),
        ("de", "Kurze Erinnerung: Ihre Bewertung für die Lampe steht immer noch aus."),
        ("fr", "Nous vous avions demandé il y a quelques jours votre avis sur la bouilloire."),
        ("es", "Le pedimos hace unos días su valoración de la tetera, ¿pudo escribirla?"),
        ("it", "Le avevamo chiesto la settimana scorsa una recensione del bollitore."),
        ("nl", "Vorige week vroegen we u al eens om een beoordeling van de waterkoker."),
        ("pl", "Nie widzieliśmy jeszcze pani opinii o czajniku, to zajmie tylko chwilę."),
        ("sv", "Vi bad om ditt betyg på vattenkokaren i förra veckan."),
        ("sv", "Vi har ännu inte sett något omdöme om lampan från dig."),
        ("tr", "Çaydanlık için yorumunuzu henüz göremedik, bir dakikanızı alır."),
    ],
)
def test_an_earlier_review_ask_chased_is_an_ask(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "You asked us about a review you saw on the listing; we cannot change it."),
        ("en", "The carrier's review of your claim is still open, we will write again."),
        ("de", "Die Prüfung Ihres Antrags durch DHL steht noch aus."),
        ("nl", "De beoordeling van uw claim door PostNL staat nog open."),
        ("sv", "Vi har ännu inte fått paketet tillbaka från PostNord."),
    ],
)
def test_pending_claims_and_buyers_questions_are_no_reminder(lang: str, text: str) -> None:
    assert "review-request" not in blocked(text, lang)


# --- C3: pressure by the shop's size or invisibility ------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "We're a two-person shop: without a few honest words on the product page "
         "nobody finds us."),
        ("de", "Wir sind ein Drei-Personen-Betrieb, ohne ein paar Zeilen unter dem Produkt "
         "findet uns niemand."),
        ("fr", "Sans quelques mots sous le produit, personne ne nous trouve."),
        ("es", "Sin unas palabras en la página del producto nadie nos encuentra."),
        ("it", "Senza qualche parola sulla pagina del prodotto nessuno ci trova."),
        ("nl", "Zonder een paar woorden onder het product vindt ons bijna niemand."),
        ("pl", "Bez kilku słów na stronie produktu nikt nas nie znajdzie."),
        ("sv", "Utan några rader på produktsidan hittar ingen oss, ingen hittar oss alls."),
        ("tr", "Ürün sayfasında birkaç güzel söz olmadan kimse bizi bulamaz."),
    ],
)
def test_the_shop_invisible_without_public_words_is_pressure(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "We're a two-person shop, so replies can take a day; your parcel left today."),
        ("de", "Wir sind ein Zwei-Mann-Betrieb und versenden dienstags und freitags."),
        ("nl", "Niemand vindt ons magazijn makkelijk, daarom werkt PostNL met een ophaalpunt."),
    ],
)
def test_a_small_shop_alone_is_no_pressure(lang: str, text: str) -> None:
    assert blocked(text, lang) == set()


# --- C4: complaints kept out of reviews; a "Yes" vote with a modal verb ------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "If the lid leaks, tell us here and not in a review. If you love it, the "
         "product page is where other buyers look."),
        ("de", "Gibt es ein Problem, schreiben Sie uns und nicht in einer Bewertung."),
        ("fr", "En cas de souci, écrivez-nous et pas dans un avis."),
        ("es", "Si algo falla, escríbanos a nosotros y no en una reseña."),
        ("it", "Se qualcosa non va, ci scriva qui e non in una recensione."),
        ("nl", "Gaat er iets mis, laat het ons dan hier weten en niet in een recensie."),
        ("pl", "Jeśli coś jest nie tak, prosimy o wiadomość tutaj, a nie w opinii."),
        ("sv", "Är något fel, skriv till oss här och inte i ett omdöme."),
        ("tr", "Bir sorun olursa bize buradan yazın, yorumda değil."),
        ("nl", "Als er iets niet klopt, meld het eerst bij ons. Alleen als u tevreden bent, "
         "lezen we graag wat u ervan vindt op de productpagina."),
        ("nl", "Zou u onder 'Was dit antwoord nuttig?' op 'Ja' willen drukken?"),
    ],
)
def test_complaints_kept_out_of_reviews_are_selective(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "If anything is wrong with the lid, tell us here and we will send a new one."),
        ("nl", "Als er iets niet klopt, meld het ons. De handleiding staat op de productpagina."),
        ("nl", "Wilt u op de link van PostNL klikken om een nieuw tijdvak te kiezen?"),
    ],
)
def test_help_offered_without_a_review_stays_compliant(lang: str, text: str) -> None:
    assert blocked(text, lang) == set()


# --- C5: a change asked for in the sentence after the review, with a pronoun --------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Your two-star rating from May is still up; now that it's sorted, would you "
         "please update it?"),
        ("de", "Ihre Bewertung mit zwei Sternen ist noch online; könnten Sie sie jetzt bitte "
         "ändern?"),
        ("nl", "Uw beoordeling van twee sterren staat nog online; zou u die nu willen "
         "wijzigen?"),
    ],
)
def test_a_change_asked_with_a_pronoun_after_the_review(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


def test_a_change_of_the_address_after_a_review_word_stays_compliant() -> None:
    text = "Thanks for explaining what happened. Could you update it with the new address?"
    assert blocked(text, "en") == set()
