# ruff: noqa: E501  (sentences are kept whole)
"""Round 21c: classes that recur across the held-out sets 1-20, each tested with sentences
of our own (none from a held-out set), beside look-alikes that must pass.

R1: selective and conditional review asks ("we only ask the delighted ones; if that's you,
a few stars", "if the setup goes smoothly, a rating would make our week"), an ask spread
over two sentences (the page in one, "a few honest lines would be perfect there" in the
next), "nobody ever sees it" pressure, and "we'd be glad if other buyers heard of it" under
a condition, in all ten languages.
M1: marketing by a list ("shall we put you on the list for the Christmas tins?"), seasonal
or limited goods to come ("autumn-only", "edición limitada", "秋限定"), a multi-buy ("2+1
free", "3x2", "prendi 3 paghi 2") and a surprise with every nth order, in all ten languages;
the buyer's own replacement, an ordinary rhythm ("every fifth day") and dates pass.
"""

from __future__ import annotations

import pytest

from tests.compliance.gate import blocked

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


# --- M1: marketing by list, by season, by multi-buy, by every nth order --------------------

MARKETING_PLUGS = [
    (
        "en",
        "Your exchange is done. Our Easter-only egg boxes come out next month, shall we put you on the list?",
    ),
    ("en", "Glad it fits! By the way, this week it's 2+1 free on all our sock packs."),
    (
        "de",
        "Schön, dass es passt! Diese Woche gibt es übrigens drei zum Preis von zwei auf alle Teesorten.",
    ),
    (
        "fr",
        "Ravi que cela convienne ! Cette semaine, c'est trois pour le prix de deux sur tous nos thés.",
    ),
    ("es", "¡Nos alegra que le quede bien! Esta semana tenemos 3x2 en todos nuestros calcetines."),
    ("it", "Felici che vada bene! Questa settimana prendi 3 paghi 2 su tutti i nostri tè."),
    ("pl", "Cieszymy się! W tym tygodniu trzy w cenie dwóch na wszystkie nasze herbaty."),
    ("sv", "Kul att den passar! Den här veckan är det tre för två på alla våra teer."),
    ("tr", "Beğenmenize sevindik! Bu hafta tüm çaylarımızda 3 al 2 öde."),
    ("ja", "ご購入ありがとうございます。今週は2個買うと1個無料です。"),
    (
        "en",
        "All sorted. Good to know: every fifth order with us comes with something nice, so keep your order numbers.",
    ),
    (
        "de",
        "Der Umtausch ist erledigt. Bei jeder fünften Bestellung legen wir eine kleine Überraschung bei.",
    ),
    (
        "fr",
        "L'échange est fait. À chaque cinquième commande, nous glissons un petit cadeau dans le colis.",
    ),
    ("es", "El cambio está hecho. En cada quinto pedido incluimos un pequeño detalle."),
    ("it", "Il cambio è fatto. Ogni quinto ordine aggiungiamo una piccola sorpresa."),
    ("pl", "Wymiana gotowa. Do co piątego zamówienia dokładamy małą niespodziankę."),
    ("sv", "Bytet är klart. Var femte beställning får en liten överraskning från oss."),
    ("tr", "Değişim tamam. Her beşinci siparişte küçük bir sürpriz ekliyoruz."),
    (
        "en",
        "Next month we'll have our Christmas-only gingerbread tins, shall we put you on the list?",
    ),
    (
        "de",
        "Ab nächster Woche gibt es unsere Weihnachtsedition der Kerzen, nur in der Adventszeit.",
    ),
    (
        "fr",
        "Nos coffrets de Noël en édition limitée sortent la semaine prochaine, voulez-vous qu'on vous inscrive sur la liste ?",
    ),
    (
        "it",
        "Il mese prossimo arriva la nostra edizione limitata di Natale, la mettiamo nella lista?",
    ),
    (
        "nl",
        "Volgende maand komen onze kerstdoosjes, alleen in de kerstperiode; zullen we je op de lijst zetten voor de nieuwe smaken?",
    ),
    ("sv", "Nästa månad kommer vår julutgåva, vill du att vi skriver upp dig på listan?"),
    ("pl", "W grudniu wypuszczamy świąteczną edycję limitowaną, dopiszemy Pana do listy?"),
    ("tr", "Yılbaşına özel kutularımız gelecek ay çıkıyor, isterseniz sizi listeye yazalım."),
    ("ja", "来月はクリスマス限定のクッキー缶を発売予定です。"),
    ("de", "Diese Woche gilt 3 für 2 auf alle Kerzen."),
    ("sv", "Just nu kör vi 3 för 2 på alla ljus."),
    ("en", "This month it's 3 for 2 on all our candles."),
]

MARKETING_COMPLIANT = [
    (
        "en",
        "The blue mug you asked about is back in stock next week; we've put you on the list and will let you know.",
    ),
    ("en", "We have noted your request for a replacement and will send it on Monday."),
    ("de", "Wir haben Ihren Wunsch nach einem Ersatz notiert, er geht am Montag raus."),
    ("en", "We'll put you on the list for the replacement part and ship it as soon as it arrives."),
    ("en", "The seat has a 2+1 layout, so the child seat fits on the right."),
    (
        "en",
        "Every fifth day the courier does not come to your village, so Thursday is the next delivery.",
    ),
    ("nl", "Elke vijfde dag komt de bezorger niet in uw dorp; donderdag is de volgende levering."),
    ("en", "Your order of the Christmas edition left today with DHL."),
    ("de", "Die Weihnachtsedition, die Sie bestellt haben, ist heute mit DHL rausgegangen."),
    ("pl", "Ta edycja limitowana, którą Pani zamówiła, wyszła dziś kurierem."),
    ("es", "Entregamos del 2 al 3 de mayo, según el transportista."),
    ("it", "La consegna è prevista dal 2 al 3 giugno."),
    ("en", "Press 1 for 2 seconds to reset the timer."),
    ("en", "Hold the button 1 for 2 seconds, then release it."),
]


@pytest.mark.parametrize(("lang", "text"), MARKETING_PLUGS)
def test_marketing_plugs(lang: str, text: str) -> None:
    assert "marketing" in blocked(text, lang)


@pytest.mark.parametrize(("lang", "text"), MARKETING_COMPLIANT)
def test_marketing_look_alikes_pass(lang: str, text: str) -> None:
    assert not blocked(text, lang)
