"""Rule ``review-request``: review and feedback asks.

Amazon allows one *neutral* request per order (reported as ``warn`` so an agent looks
again), and forbids asks that are biased (positive, five stars), selective (only if the
buyer is happy), incentivised (refund, gift, discount), or that ask to change or remove a
review or to contact the seller instead of leaving a negative one (all ``block``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from compliance.document import Document
from compliance.model import Finding, Severity
from compliance.rules.lexicon import Lexicon

__all__ = ["TELL_OTHERS", "find_review_requests"]

_NOUN_EN = r"(?:reviews?|feedback|ratings?|stars?|testimonials?)"
_NOUN_DE = (
    r"(?:bewertung(?:en)?|rezension(?:en)?|feedback|sternen?|erfahrungsbericht|"
    r"produktbewertung|kundenbewertung|sternebewertung|\d-sterne-bewertung|fünf-sterne-bewertung)"
)
_NOUN_FR = r"(?:avis(?! de passage| d'expédition| de livraison| de réception)|évaluations?|commentaires?|étoiles|feedback|appréciations?)"  # noqa: E501
_NOUN_ES = r"(?:reseñas?|opini[oó]n(?:es)?|valoraci[oó]n(?:es)?|comentarios?|calificaci[oó]n(?:es)?|estrellas|feedback)"  # noqa: E501
_NOUN_IT = r"(?:recension[ei]|feedback|valutazion[ei]|opinion[ei]|commenti|giudizi[oi]?|stelle)"
_NOUN_JA = r"(?:レビュー|評価|口コミ|ご感想|星)"

# A request for a review, neutral by itself.
ASK: Final = Lexicon(
    "review ask",
    {
        "en": [
            rf"(?:leave|leaving|write|writing|give|giving|post|posting|submit|share|drop|add) ~ {_NOUN_EN}",  # noqa: E501
            r"(?:rate|rating) (?:us|our service|your purchase|the product|the item|your experience|the seller|your order)",  # noqa: E501
            r"(?:in|with) (?:a|an|your) (?:short |quick |honest )?(?:review|rating)",
            r"(?:review|rate) (?:the|your|this) (?:product|item|purchase)",
            rf"(?:appreciate|love|grateful for|welcome|hope for|count on) ~ {_NOUN_EN}",
            rf"(?:your|a|an|honest|quick|short) {_NOUN_EN} (?:would|will|is|means|helps|matters)",
            r"(?:tell us|let us know) (?:what you think|how we did|about your experience)",
            r"how did we do",
            r"for (?:a|an honest|your honest) review",
            r"take a (?:moment|minute|second) to (?:review|rate|leave|share)",
        ],
        "de": [
            rf"{_NOUN_DE} ~ (?:hinterlassen|schreiben|abgeben|geben|teilen|verfassen|freuen|dankbar)",  # noqa: E501
            rf"(?:hinterlassen|schreiben|geben|vergeben|verfassen|teilen) sie ~ {_NOUN_DE}",
            rf"(?:freuen|dankbar) ~ {_NOUN_DE}",
            r"(?:bewerten|rezensieren) sie (?:uns|den artikel|das produkt|ihren kauf|ihre bestellung|unseren service)",  # noqa: E501
            r"(?:uns|den artikel|das produkt|ihren kauf) (?:zu )?bewerten",
            r"ihre meinung (?:ist|zählt|hilft)",
            rf"für (?:eine|ihre) {_NOUN_DE}",
        ],
        "fr": [
            rf"(?:laisser|laissez|donner|donnez|écrire|écrivez|rédiger|rédigez|partager|partagez|publier|publiez|déposer|déposez|mettre|mettez|attribuer|attribuez|accorder|accordez)(?:-nous)? ~ {_NOUN_FR}",  # noqa: E501
            r"(?:évaluez|évaluer|notez|noter)(?:-nous| nous)? (?:votre achat|le produit|l'article|votre commande|notre service|le vendeur|votre expérience)",  # noqa: E501
            r"(?:évaluez-nous|notez-nous)",
            r"(?:votre avis|vos commentaires|votre évaluation) (?:nous )?(?:est|compte|importe|serait|aide)",  # noqa: E501
            rf"(?:ravis|reconnaissants|apprécierions) ~ {_NOUN_FR}",
            rf"(?:pour|contre) (?:un|votre) {_NOUN_FR}",
        ],
        "es": [
            rf"(?:deje|dejar|dejaría|dejarían|déjenos|dejarnos|déjanos|escriba|escribir|escribiría|escríbanos|danos|denos|dar|daría|compartir|comparta|compartiría|publicar|publique|ponga|ponernos|pónganos|poner)(?:nos)? ~ {_NOUN_ES}",  # noqa: E501
            r"(?:valore|valorar|califique|calificar|puntúe|puntuar) (?:nuestro servicio|su compra|el producto|el artículo|su experiencia|al vendedor|su pedido)",  # noqa: E501
            r"(?:valórenos|valorarnos|califíquenos|calificarnos|valóranos)",
            r"(?:su|tu) (?:opinión|reseña|valoración) (?:es|nos|será|importa)",
            rf"(?:agradeceríamos|agradeceremos|encantaría|gustaría) ~ {_NOUN_ES}",
            rf"(?:por|a cambio de) (?:una|su) {_NOUN_ES}",
        ],
        "it": [
            rf"(?:lasciare|lasci|lasciaci|lasciarci|lascerebbe|scrivere|scriva|scrivi|dare|dia|dacci|darci|darebbe|condividere|condivida|pubblicare|rilasciare|rilasci|mettere|metta|metterci) ~ {_NOUN_IT}",  # noqa: E501
            r"(?:valuti|valutare|valutarci|valutateci|valutaci) (?:il prodotto|l'articolo|il suo acquisto|la sua esperienza|il nostro servizio|il venditore|l'ordine)",  # noqa: E501
            r"(?:la sua|la tua|la vostra) (?:opinione|recensione|valutazione) (?:è|conta|ci aiuta)",
            rf"(?:grati|piacere|apprezzeremmo|gradiremmo) ~ {_NOUN_IT}",
            rf"(?:per|in cambio di) (?:una|la sua) {_NOUN_IT}",
        ],
        "ja": [
            rf"{_NOUN_JA}(?:を|の)?(?:ご)?(?:投稿|記入|お願い|いただけ|頂け|して|書いて|残して|お寄せ)",
        ],
    },
)

# Wishes that make a biased phrase an ask ("we hope for five stars").
DESIRE: Final = Lexicon(
    "desire",
    {
        "en": [r"hope|hoping|would love|wish|count on|appreciate"],
        "de": [r"hoffen|freuen|wünschen|würden uns"],
        "fr": [r"espérons|souhaitons|aimerions|serions ravis"],
        "es": [r"esperamos|gustaría|encantaría|agradeceríamos"],
        "it": [r"speriamo|piacerebbe|vorremmo|saremmo grati"],
        "ja": [r"期待|お待ちして|お願い"],
    },
)

BIASED: Final = Lexicon(
    "biased",
    {
        "en": [
            rf"(?:positive|good|great|excellent|glowing|favou?rable|5-star|five-star|5 star|five star|top|perfect) {_NOUN_EN}",  # noqa: E501
            r"(?:5|five|full) stars",
            r"full marks",
        ],
        "de": [
            rf"(?:positive[nr]?|gute[nr]?|tolle[nr]?|5-sterne|fünf-sterne) {_NOUN_DE}",
            r"(?:5|fünf|volle)[- ]sterne",
            r"volle punktzahl",
        ],
        "fr": [
            rf"{_NOUN_FR} (?:positifs?|positives?|favorables?|élogieux|5 étoiles|cinq étoiles)",
            rf"(?:bon|bons|bonne|bonnes|excellent|excellente) {_NOUN_FR}",
            r"(?:5|cinq) étoiles",
            r"(?:bonne|excellente|meilleure) note",
        ],
        "es": [
            rf"{_NOUN_ES} (?:positivas?|positivos?|favorables?|de 5 estrellas|de cinco estrellas)",
            rf"(?:buena|buenas|excelente|mejor) {_NOUN_ES}",
            r"(?:5|cinco) estrellas",
            r"máxima puntuación",
        ],
        "it": [
            rf"{_NOUN_IT} (?:positiv[aeio]|favorevol[ei]|a 5 stelle|a cinque stelle)",
            rf"(?:buona|buone|ottima|ottime|bella) {_NOUN_IT}",
            r"(?:5|cinque) stelle",
            r"punteggio massimo|valutazione massima",
        ],
        "ja": [r"高評価|星5|星５|5つ星|５つ星|五つ星|星5つ|良い評価|最高評価"],
    },
)

# A number of stars is an ask for a rating whatever the verb ("merci de nous mettre 5
# étoiles"), so it blocks on its own; "4.5 stars" (a product's average) does not count.
STARS: Final = Lexicon(
    "stars",
    {
        "en": [r"(?:4|5|four|five)[- ]stars?"],
        "de": [r"(?:5|fünf)[- ]sternen?"],
        "fr": [r"(?:5|cinq) étoiles"],
        "es": [r"(?:5|cinco) estrellas"],
        "it": [r"(?:5|cinque) stelle"],
        "ja": [r"星5|星５|5つ星|５つ星|五つ星|星5つ|★5"],
    },
)

SATISFIED: Final = Lexicon(
    "satisfied",
    {
        "en": [
            r"if you(?: are| were|'re| have been| feel| felt) (?:\w+ )?(?:happy|satisfied|pleased|delighted|content|enjoying)",  # noqa: E501
            r"if you (?:liked|loved|enjoyed|like|love|enjoy)",
            r"(?:happy|satisfied) customers? (?:please|can|should)",
            r"if (?:everything|all) (?:is|was|went) (?:fine|ok|okay|good|well|great)",
        ],
        "de": [
            r"(?:wenn|falls|sofern) ~ (?:zufrieden|glücklich|begeistert|gefallen|gefällt|gefiel)",
        ],
        "fr": [
            r"si vous (?:êtes|étiez|avez été) ~ (?:satisfaite?s?|contente?s?|ravie?s?|heureux|heureuse)",  # noqa: E501
            r"si (?:le produit|l'article|votre achat|notre service|la commande) vous (?:a plu|plaît|convient)",  # noqa: E501
            r"si vous (?:avez aimé|aimez|appréciez|avez apprécié)",
        ],
        "es": [
            r"si (?:está|estás|ha quedado|quedó|queda|estuvo) ~ (?:satisfech[oa]s?|content[oa]s?|encantad[oa]s?)",  # noqa: E501
            r"si le (?:ha gustado|gustó|gusta)",
            r"si todo (?:ha ido|fue|está) bien",
        ],
        "it": [
            r"se (?:è|sei|siete|è stato|è stata|sarà|fosse) ~ (?:soddisfatt[oaie]|content[oaie]|felic[ei])",  # noqa: E501
            r"se (?:le|ti|vi) (?:è piaciuto|è piaciuta|piace|sono piaciuti)",
        ],
        "ja": [r"ご満足いただけ|気に入って(?:いただけ|頂け)|満足いただけ"],
    },
)

# An amount of money next to a review ask is a reward: "10 €", "$5", "5 euros".
_MONEY = r"\d+(?:[.,]\d{1,2})? ?(?:€|\$|£|eur|euros?|dollars?|usd|gbp)|[$€£] ?\d+"

INCENTIVE: Final = Lexicon(
    "incentive",
    {
        "en": [
            _MONEY,
            r"we(?:'ll| will) (?:give|send|offer) you|we offer|you(?:'ll| will) (?:get|receive)",
            r"refunds?|rebates?|reimburse\w*|gift ?cards?|vouchers?|coupons?|discounts?|rewards?|cash ?back|compensat\w*|in (?:exchange|return) for|bonus|free (?:product|item|gift|sample|shipping|unit)s?|\d+ ?% off|money back|paid|pay you",  # noqa: E501
        ],
        "de": [
            _MONEY,
            r"(?:bieten|schenken|schicken|senden) (?:wir )?ihnen|erhalten sie",
            r"(?:rück)?erstatt\w*|gutschein\w*|rabatt\w*|geschenk\w*|gratis|kostenlos\w*|belohn\w*|im gegenzug|als dankeschön|entschädig\w*|geld zurück|prämie",  # noqa: E501
        ],
        "fr": [
            _MONEY,
            r"(?:nous )?vous (?:offrons|offrirons|enverrons|rembourserons)|vous recevrez",
            r"rembours\w*|cartes? cadeaux?|bons? d'achat|bons? de réduction|coupons?|remises?|réductions?|cadeaux?|gratuit\w*|récompens\w*|en échange|en contrepartie|dédommag\w*",  # noqa: E501
        ],
        "es": [
            _MONEY,
            r"le (?:regalamos|ofrecemos|enviaremos|daremos)|recibirá",
            r"reembols\w*|tarjetas? regalo|cheques? regalo|cupon\w*|cupón|descuentos?|regalos?|gratis|gratuit\w*|recompens\w*|a cambio|compensaci\w*",  # noqa: E501
        ],
        "it": [
            _MONEY,
            r"le (?:offriamo|regaliamo|invieremo|daremo)|riceverà",
            r"rimbors\w*|buon[oi] regalo|carta regalo|coupon|scont[oi]|regal[oi]|gratis|gratuit\w*|omaggio|ricompens\w*|in cambio|compens\w*",  # noqa: E501
        ],
        "ja": [r"返金|ギフト券|ギフトカード|クーポン|割引|プレゼント|無料|特典|ポイント"],
    },
)

CHANGE: Final = Lexicon(
    "change review",
    {
        "en": [
            rf"(?:change|changing|update|updating|remove|removing|delete|deleting|revise|revising|modify|modifying|edit|editing|amend|amending|reconsider|reconsidering|retract|retracting|withdraw|withdrawing|take down|taking down|improve|improving|upgrade|upgrading|raise|raising) ~ {_NOUN_EN}",  # noqa: E501
            rf"{_NOUN_EN} (?:removed|deleted|changed|updated|taken down)",
        ],
        "de": [
            rf"{_NOUN_DE} ~ (?:ändern|anpassen|löschen|entfernen|zurückziehen|zurücknehmen|aktualisieren|überarbeiten|korrigieren|überdenken|verbessern)",  # noqa: E501
            rf"(?:ändern|löschen|entfernen|korrigieren|überarbeiten) sie ~ {_NOUN_DE}",
        ],
        "fr": [
            rf"(?:modifier|modifiez|supprimer|supprimez|retirer|retirez|changer|changez|mettre à jour|revoir|revoyez|réviser|corriger|améliorer|reconsidérer)(?:-nous| nous)? ~ {_NOUN_FR}",  # noqa: E501
        ],
        "es": [
            rf"(?:cambiar|cambie|modificar|modifique|eliminar|elimine|borrar|borre|retirar|retire|actualizar|actualice|editar|edite|quitar|quite|reconsiderar|reconsidere|mejorar|mejore) ~ {_NOUN_ES}",  # noqa: E501
        ],
        "it": [
            rf"(?:modificare|modifichi|rimuovere|rimuova|cancellare|cancelli|eliminare|elimini|ritirare|ritiri|aggiornare|aggiorni|cambiare|cambi|rivedere|riveda|migliorare|migliori) ~ {_NOUN_IT}",  # noqa: E501
        ],
        "ja": [rf"{_NOUN_JA}(?:を|の)?(?:削除|変更|修正|取り下げ|書き直|書き換え)"],
    },
)

NEGATIVE: Final = Lexicon(
    "negative review",
    {
        "en": [
            rf"(?:negative|bad|poor|low|critical|neutral|1-star|one-star|1 star|one star) {_NOUN_EN}"  # noqa: E501
        ],
        "de": [rf"(?:negative[nr]?|schlechte[nr]?|kritische[nr]?) {_NOUN_DE}"],
        "fr": [
            rf"{_NOUN_FR} (?:négatifs?|négatives?|défavorables?)|(?:mauvais|mauvaise) {_NOUN_FR}"
        ],
        "es": [rf"{_NOUN_ES} (?:negativas?|negativos?|desfavorables?)|(?:mala|malas) {_NOUN_ES}"],
        "it": [rf"{_NOUN_IT} (?:negativ[aeio])|(?:cattiv[ae]) {_NOUN_IT}"],
        "ja": [r"低評価|悪い評価|星1|星１"],
    },
)

# Words that turn a mention of a negative review into "talk to us instead".
DIVERT: Final = Lexicon(
    "divert",
    {
        "en": [r"before|instead|first|rather|contact|message us|write to us|reach out"],
        "de": [r"bevor|statt|stattdessen|zuerst|erst|kontakt\w*"],
        "fr": [r"avant|plutôt|au lieu|d'abord|contact\w*"],
        "es": [r"antes|en lugar|en vez|primero|contact\w*"],
        "it": [r"prima|invece|anziché|contatt\w*"],
        "ja": [r"前に|ご連絡|お問い合わせ"],
    },
)

TELL_OTHERS: Final = Lexicon(
    "tell others",
    {
        "en": [
            r"tell (?:others|your friends|a friend|everyone|other (?:buyers|customers))|spread the word|recommend us"  # noqa: E501
        ],
        "de": [r"empfehlen sie uns|weiterempfehlen|erzählen sie ~ (?:freunden|anderen)"],
        "fr": [r"recommandez-nous|parlez-en (?:à vos amis|autour de vous)|recommander à vos amis"],
        "es": [r"recomiéndenos|recomiéndanos|cuénteselo a sus amigos|recomiéndelo a sus amigos"],
        "it": [
            r"consigliaci|ci consigli|lo consigli ai suoi amici|parlane ai tuoi amici|passaparola"
        ],
        "ja": [r"お友達に(?:紹介|おすすめ|勧め)|口コミで広め"],
    },
)

RULE = "review-request"
_NEUTRAL = (
    "Review request: allowed only once per order and only if neutral (no wording about "
    "positive reviews, satisfaction or rewards); Amazon's 'Request a Review' button is safer."
)
_BIASED = "Asking for a positive review or a number of stars is not allowed; keep any ask neutral."
_SATISFIED = (
    "Asking for a review only if the buyer is happy is not allowed: a review ask must go to "
    "every buyer in the same neutral words."
)
_INCENTIVE = "Linking a review to a refund, gift, discount or any other benefit is not allowed."
_CHANGE = "Asking a buyer to change or remove a review or feedback is not allowed."
_DIVERT = "Asking buyers to contact you instead of leaving a negative review is not allowed."
_TELL = "Asking happy buyers to tell others is a biased review request and not allowed."
_SUGGEST_NEUTRAL = (
    "Remove the review request from this reply; it is not needed to answer the buyer."
)


def _hits(lexicon: Lexicon, doc: Document) -> list[tuple[int, int, int]]:
    """(sentence, start, end) of every match in the words view."""
    return [(doc.sentence_of(i), i, j) for i, j in lexicon.spans(doc)]


def _near(hits: list[tuple[int, int, int]], sentence: int, reach: int) -> tuple[int, int] | None:
    for s, i, j in hits:
        if abs(s - sentence) <= reach:
            return i, j
    return None


def find_review_requests(doc: Document) -> Iterator[Finding]:
    view = doc.words
    block = Severity.BLOCK

    def found(i: int, j: int, severity: Severity, message: str) -> Finding:
        return doc.finding(view, i, j, RULE, severity, message, _SUGGEST_NEUTRAL)

    changes = _hits(CHANGE, doc)
    for _, i, j in changes:
        yield found(i, j, block, _CHANGE)
    reported = {s for s, _, _ in changes}

    diverts = _hits(DIVERT, doc)
    for s, i, j in _hits(NEGATIVE, doc):
        if s not in reported and _near(diverts, s, 0):
            reported.add(s)
            yield found(i, j, block, _DIVERT)

    asks = _hits(ASK, doc)
    negatives = _hits(NEGATIVE, doc)
    biased = _hits(BIASED, doc)
    satisfied = _hits(SATISFIED, doc)
    incentives = _hits(INCENTIVE, doc)
    for s, i, j in asks:
        if s in reported:
            continue
        reported.add(s)
        if _near(negatives, s, 0):  # "please don't leave negative feedback"
            yield found(i, j, block, _DIVERT)
            continue
        for hits, message in ((biased, _BIASED), (satisfied, _SATISFIED), (incentives, _INCENTIVE)):
            if _near(hits, s, 1):
                yield found(i, j, block, message)
                break
        else:
            yield found(i, j, Severity.WARN, _NEUTRAL)

    text = doc.words.text
    for s, i, j in _hits(STARS, doc):
        if s not in reported and not (i >= 2 and text[i - 1] in ".," and text[i - 2].isdigit()):
            reported.add(s)
            yield found(i, j, block, _BIASED)
    desires = _hits(DESIRE, doc)
    for s, i, j in biased:
        if s not in reported and _near(desires, s, 0):
            reported.add(s)
            yield found(i, j, block, _BIASED)
    for s, i, j in _hits(TELL_OTHERS, doc):
        if s not in reported and _near(satisfied, s, 1):
            reported.add(s)
            yield found(i, j, block, _TELL)
