# ruff: noqa: E501  (sentences are kept whole)
"""Round 21c: classes that recur across the held-out sets 1-20, each tested with sentences
of our own (none from a held-out set), beside look-alikes that must pass.

R1: selective and conditional review asks ("we only ask the delighted ones; if that's you,
a few stars", "if the setup goes smoothly, a rating would make our week"), an ask spread
over two sentences (the page in one, "a few honest lines would be perfect there" in the
next), "nobody ever sees it" pressure, and "we'd be glad if other buyers heard of it" under
a condition, in all ten languages.
"""

from __future__ import annotations

import pytest

from compliance import check


def blocked(text: str, lang: str | None = None) -> set[str]:
    return {f.rule for f in check(text, lang=lang).blocking}


# --- R1: selective, conditional and spread review asks ----------------------------------

SELECTIVE_ASKS = [
    (
        "en",
        "Thanks for your patience. We only ask customers who were really delighted for a review; if that's you, a few stars would be wonderful.",
    ),
    (
        "de",
        "Der Ersatz ist unterwegs. Wir bitten nur Kunden, die wirklich begeistert sind, um eine Bewertung. Wenn das auf Sie zutrifft, wären ein paar Sterne toll.",
    ),
    (
        "fr",
        "Le remplacement est parti. Nous ne demandons un avis qu'aux clients qui sont vraiment ravis ; si c'est votre cas, quelques étoiles nous feraient plaisir.",
    ),
    (
        "es",
        "El recambio ya va en camino. Solo pedimos opinión a los clientes que han quedado contentos de verdad; si es su caso, nos encantaría leerla.",
    ),
    (
        "it",
        "Il ricambio è partito. Chiediamo un giudizio solo ai clienti che sono rimasti davvero soddisfatti: se è il suo caso, qualche stella ci farebbe piacere.",
    ),
    (
        "nl",
        "De vervanging is verstuurd. We vragen alleen klanten die echt tevreden zijn om een review; als dat voor u geldt, zouden een paar sterren fijn zijn.",
    ),
    (
        "pl",
        "Wymiana jest w drodze. Prosimy o opinię tylko tych klientów, którzy są naprawdę zadowoleni; jeśli to Pan, kilka gwiazdek bardzo by nam pomogło.",
    ),
    (
        "sv",
        "Ersättningen är skickad. Vi ber bara de kunder som är riktigt nöjda om ett omdöme, och är du en av dem skulle några stjärnor glädja oss.",
    ),
    (
        "tr",
        "Değişim ürününüz yola çıktı. Sadece çok memnun kalan müşterilerimizden yorum rica ediyoruz; öyleyse birkaç yıldız bizi çok sevindirir.",
    ),
    ("ja", "交換品を発送いたしました。ご満足いただけたお客様だけにレビューをお願いしております。"),
    (
        "en",
        "If the fitting goes smoothly, a short review on the product page would make our month.",
    ),
    ("de", "Wenn der Aufbau reibungslos klappt, würde uns eine kurze Bewertung sehr freuen."),
    ("fr", "Si le montage se passe bien, un petit avis nous ferait vraiment plaisir."),
    ("es", "Si el montaje sale bien, una reseña en Amazon nos vendría de maravilla."),
    ("it", "Se il montaggio va liscio, una recensione ci farebbe molto piacere."),
    ("nl", "Als de montage soepel verloopt, zou een korte review ons blij maken."),
    ("pl", "Jeśli montaż pójdzie gładko, krótka opinia bardzo by nam pomogła."),
    ("sv", "Om monteringen går smidigt skulle ett kort omdöme glädja oss."),
    ("tr", "Kurulum sorunsuz giderse kısa bir yorum bizi çok sevindirir."),
    (
        "en",
        "We only launched on Amazon this spring and nothing is under the kettle yet. A couple of honest lines from someone who uses it daily would be perfect there.",
    ),
    (
        "de",
        "Auf der Artikelseite steht bisher fast nichts. Ein paar ehrliche Sätze von jemandem, der den Topf benutzt, wären dort Gold wert.",
    ),
    (
        "fr",
        "Sur la fiche de la lampe, il n'y a encore presque rien. Quelques lignes sincères de votre part y seraient parfaites, là-dessous.",
    ),
    (
        "es",
        "En la ficha del producto todavía no hay casi nada. Unas líneas sinceras de alguien que lo usa a diario nos vendrían de maravilla ahí.",
    ),
    (
        "it",
        "Sotto il prodotto su Amazon non c'è ancora quasi niente. Due righe sincere di chi lo usa ogni giorno lì sarebbero preziose, ci farebbe piacere.",
    ),
    (
        "nl",
        "Op de productpagina staat nog bijna niets. Een paar eerlijke zinnen van iemand die de lamp echt gebruikt, zouden daar fantastisch zijn.",
    ),
    (
        "sv",
        "På produktsidan står det nästan ingenting än. Några ärliga rader från någon som använder lampan skulle glädja oss där.",
    ),
    (
        "en",
        "With not a single review, nobody ever sees our honey, so your opinion would mean the world.",
    ),
    ("de", "Ohne Bewertungen sieht unseren Honig niemand, Ihre Meinung würde uns riesig helfen."),
    ("es", "Sin reseñas nadie ve nuestra miel, así que su opinión nos ayudaría muchísimo."),
    (
        "it",
        "Senza recensioni il nostro miele non lo vede nessuno, la sua opinione ci aiuterebbe tantissimo.",
    ),
    (
        "fr",
        "Sans avis, personne ne le voit, notre miel ; votre commentaire nous aiderait énormément.",
    ),
    (
        "de",
        "Wir sind ein kleiner Familienbetrieb, und jede ehrliche Stimme unter dem Produkt entscheidet, ob wir weitermachen.",
    ),
    ("en", "And if everything is fine, we'd be glad if other buyers got to know about it."),
    ("de", "Wenn alles passt, würden wir uns freuen, wenn andere Kunden davon erfahren."),
    ("es", "Y si todo ha ido bien, nos alegraría que otros compradores se enteraran."),
    ("it", "Se tutto va bene, ci farebbe piacere che altri clienti lo sappiano."),
    ("nl", "Als alles goed is, zou het ons blij maken als andere kopers ervan horen."),
    (
        "pl",
        "Jeśli wszystko jest w porządku, bardzo nas ucieszy, jeśli inni kupujący się o tym dowiedzą.",
    ),
    ("sv", "Om allt är bra skulle det glädja oss om andra köpare får veta det."),
    ("tr", "Her şey yolundaysa diğer alıcıların da bundan haberdar olması bizi çok sevindirir."),
]

SELECTIVE_COMPLIANT = [
    ("en", "If you are not happy, contact us through Amazon and we will fix it."),
    ("en", "The carrier's review of the claim takes about five working days."),
    ("en", "The reviews of the product mention the size runs small, so we'd suggest one size up."),
    ("en", "If the installation goes smoothly, the lamp is ready in ten minutes."),
    (
        "en",
        "We only replace parts for customers who are unhappy with the finish; just tell us which one.",
    ),
    ("de", "Wenn der Aufbau reibungslos klappt, brauchen Sie keinen Akkuschrauber."),
    ("de", "Wir haben die Beschreibung ergänzt, damit andere Käufer davon erfahren."),
    ("de", "Die Schraube sitzt innen, dort sieht sie niemand."),
    ("fr", "Si le montage se passe bien, comptez vingt minutes."),
    ("es", "Si el montaje sale bien, no hace falta ninguna herramienta extra."),
    ("it", "Se tutto va liscio, il pacco arriva giovedì."),
    ("nl", "Op de productpagina staat de maattabel. Daar ziet u ook de afmetingen."),
    ("nl", "Als de montage soepel verloopt, bent u in tien minuten klaar."),
    ("pl", "Jeśli montaż pójdzie gładko, zajmie to kwadrans."),
    ("sv", "Om monteringen går smidigt tar det tio minuter."),
    ("tr", "Kurulum sorunsuz giderse on dakikada biter."),
    ("en", "The size chart is on the product page. You will find the measurements there as well."),
    ("it", "Il graffio è sul retro, non lo vede nessuno una volta montato."),
    ("es", "El tornillo queda por dentro, no lo ve nadie."),
]


@pytest.mark.parametrize(("lang", "text"), SELECTIVE_ASKS)
def test_selective_review_asks(lang: str, text: str) -> None:
    assert "review-request" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), SELECTIVE_COMPLIANT)
def test_selective_look_alikes_pass(lang: str, text: str) -> None:
    assert not blocked(text, lang)
