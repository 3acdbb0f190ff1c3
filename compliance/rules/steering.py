"""Steering a sale or a payment off Amazon without naming a shop, for rule ``off-amazon``;
and the denials that name a marketplace only to disown it.

- A *transfer* verb meeting *our account* in a sentence ("przelać na nasze konto", "sul
  nostro conto") is payment outside Amazon; the buyer's refund going to *their* account is
  not.
- A *web search* for the seller meeting a *buy there* ("google us and order there next
  time") sends the next sale to the seller's own shop.
- A payment app named with a preposition of paying ("par Lydia", "per Wero"): the app names
  are first names or short words elsewhere, so they need one.

- An *invitation to visit* ("come and find us", "お立ち寄りください", "bekleriz") meeting a
  *counter of the seller's* (our stall, our showroom, the farm shop) takes the next sale to
  the seller's till; a carrier's parcel shop is no counter of ours.

A marketplace or messenger named in a sentence that *disowns* it ("the listing on eBay is
not ours", "bize ait değil", "we only sell on Amazon") is what is denied, not where the
buyer is sent.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Final

from compliance.document import Document
from compliance.model import Finding, Severity
from compliance.rules.lexicon import Lexicon, negated

__all__ = ["NOT_OURS", "find_steering"]

# (BLIK only in English here: "per blik" is Dutch and Italian for "per tin", Polish has its own)
_APPS = r"(?:lydia|wero|twint|vipps|mobilepay|paylib|payconiq|swish|papara|ininal)"

TRANSFER: Final = Lexicon(
    "transfer",
    {
        "en": [r"transfer\w*|wire\w*|pay (?:it |the \w+ )?(?:in)?to|deposit\w*"],
        "de": [r"überweis\w*|einzahl\w*|zahlen sie ~ auf"],
        "fr": [r"vir(?:er|ez|ement)\w*|versez|verser"],
        "es": [r"transfi[eé]r\w*|transferencia|ingres[ea]\w*|deposit[ea]\w*"],
        "it": [r"versi|versare|bonifico|bonifici|trasferisc\w*|ricaric\w*"],
        "ja": [r"振り込|振込|送金"],
    },
)
OUR_ACCOUNT: Final = Lexicon(
    "our account",
    {
        "en": [r"our (?:bank )?account|our iban|account of ours"],
        "de": [r"unser\w* (?:bank)?konto|unsere iban"],
        "fr": [r"notre compte|notre iban"],
        "es": [r"nuestra cuenta|nuestro iban"],
        "it": [r"(?:sul |il )?nostro conto|nostro iban"],
        "ja": [r"当店の(?:銀行)?口座|弊社の(?:銀行)?口座|当社の(?:銀行)?口座"],
    },
)
WEB_SEARCH: Final = Lexicon(
    "web search",
    {
        "en": [
            r"google (?:us|our|for us|the name|it)|just google|look us up|"
            r"search (?:for )?(?:us|our(?: \w+){1,2}) (?:on|with) google"
        ],
        "de": [r"googeln sie|googlen sie|(?:suchen|finden) sie uns ~ google"],
        "fr": [r"cherchez[- ](?:nous|notre \w+) ~ google|googlez"],
        "es": [r"búsquenos ~ google|busque (?:nuestro \w+|nos) ~ google|googlee"],
        "it": [r"ci cerchi ~ google|cerchi (?:il )?nostro \w+ ~ google"],
        "ja": [r"(?:グーグル|google)で(?:当店|弊社|検索)"],
    },
)
BUY_THERE: Final = Lexicon(
    "buy there",
    {
        "en": [
            r"(?:order|buy|shop|purchase)\w* (?:from |it |directly )?(?:there|from our (?:site|"
            r"website|shop|store))|next time|"
            r"our own (?:web ?store|web ?shop|website|site|shop|store)"
        ],
        "de": [r"(?:bestellen|kaufen) sie ~ dort|dort (?:bestellen|kaufen)|beim nächsten mal"],
        "fr": [r"commandez[- ]y|commandez chez nous|achetez[- ]y|la prochaine fois"],
        "es": [r"(?:pedido|compre|pida) ~ allí|allí directamente|la próxima vez"],
        "it": [r"ordini lì|acquisti lì|la prossima volta"],
        "ja": [r"そちらで(?:ご注文|ご購入)|次回は"],
    },
)
PAY_APP: Final = Lexicon(
    "pay app",
    {
        "en": [
            rf"(?:by|with|via|through|using|over) {_APPS}|{_APPS} (?:app|payment|transfer)|"
            r"(?:by|via|through|using) blik|blik (?:app|payment|transfer|code)"
        ],
        "de": [rf"(?:per|mit|über|via) {_APPS}"],
        "fr": [rf"(?:par|avec|via) {_APPS}"],
        "es": [rf"(?:por|con|vía|via) {_APPS}"],
        "it": [rf"(?:con|tramite|via|per) {_APPS}"],
        "ja": [r"リディア(?!ン|ー)|ペイペイで"],  # not "メリディアン"
    },
)
# An invitation to come in person: the visit itself, not a carrier's counter.
VISIT: Final = Lexicon(
    "visit",
    {
        "en": [
            r"come (?:and )?(?:find|see|visit) us|come (?:and )?find|drop (?:by|in)|stop by|"
            r"swing by|pop (?:in|by|over|round)|visit us|come (?:over|round|by)|"
            r"(?:if|when|whenever) you(?:'re| are) ever in|"
            r"you(?:'re| are) welcome to (?:visit|come)|(?:we(?:'re| are)|you(?:'ll| will) find us) "  # noqa: E501
            r"(?:at|on) the (?:\w+ )?(?:market|fair)"
        ],
        "de": [
            r"besuchen sie uns|kommen sie ~ vorbei|schauen sie ~ vorbei|"
            r"(?:wenn|falls) sie (?:mal |einmal )?in [\w-]+ sind|zum mitnehmen|(?:abholen|"
            r"anschauen|ausprobieren) (?:bei uns|im laden)"
        ],
        "fr": [
            r"passez nous voir|venez nous voir|rendez-nous visite|venez (?:à|au|sur) notre|"
            r"si vous passez (?:par|à|dans)"
        ],
        "es": [r"pásese|venga a vernos|visítenos|acérquese|si pasa por|si viene a|pase a vernos"],
        "it": [
            r"passi a trovarci|venga a trovarci|ci venga a trovare|se passa (?:da|per)|"
            r"se (?:si trova|capita|è) (?:a|da|in|dalle parti di)"
        ],
        "ja": [r"お立ち寄り|お越しの際|ご来店"],
    },
)
# A counter of the seller's where goods are sold: a stall, a showroom, the seller's shop.
COUNTER: Final = Lexicon(
    "counter",
    {
        "en": [
            r"(?:our|my) (?:[\w-]+ ){0,2}?(?:stall|stand|shop|store|showroom|boutique|workshop|"
            r"studio|outlet)|market stall|farm shop|showroom|(?:farmers'?|saturday|sunday|weekly|"
            r"christmas|craft|local) (?:market|fair)"
        ],
        "de": [
            r"unser\w* (?:[\w-]+ )?(?:laden|geschäft|stand|marktstand|showroom|werkstatt|hofladen|"
            r"ladengeschäft|atelier)|marktstand|hofladen|showroom|ladengeschäft|wochenmarkt"
        ],
        "fr": [
            r"notre (?:[\w-]+ )?(?:boutique|magasin|stand|atelier|showroom|échoppe)|étal|showroom"
        ],
        "es": [
            r"nuestr[oa] (?:[\w-]+ )?(?:tienda|puesto|local|taller|showroom|stand)|showroom|"
            r"(?:el|nuestro) mostrador de"
        ],
        "it": [
            r"nostr[oa] (?:[\w-]+ )?(?:negozio|bottega|banco|bancarella|laboratorio|showroom|"
            r"punto vendita)|bancarella|showroom|in bottega|in negozio|al mercato|mercatino"
        ],
        "ja": [r"当店の店舗|実店舗|直営店|本店|の店舗にも|工房|ショールーム"],
    },
)
# Round 24a: a better price there, in person: "at fair prices", "au prix atelier", "precio de
# socio", "ohne den Amazon-Aufschlag", "bayi fiyatına".  Beside a visit or a counter of the
# seller's (in its sentence or the one before) it takes the next sale to the seller's till;
# alone ("the trade price on your invoice") it sends the buyer nowhere.
BETTER_THERE: Final = Lexicon(
    "better price there",
    {
        "en": [
            r"(?:trade|fair|show|stall|market|members?'?|club|workshop|dealer|cash) prices?|"
            r"cheaper (?:there|in person|at the \w+)|without (?:the )?(?:amazon|platform|"
            r"marketplace)(?:'s)? (?:fees?|commission|markup|cut|surcharge)|(?:no|without) "
            r"(?:the )?middlem[ae]n"
        ],
        "de": [
            r"(?:messe|markt|werkstatt|händler|mitglieds|vereins|stand|freundschafts)preis\w*|"
            r"ohne (?:den |die )?(?:amazon|plattform)[- ]?(?:aufschlag|gebühr\w*|provision)|"
            r"ohne zwischenhändler|günstiger (?:dort|vor ort|am stand)"
        ],
        "fr": [
            r"prix (?:d'atelier|atelier|de salon|salon|de foire|marché|revendeur|adhérent|membre)|"
            r"sans (?:la )?(?:commission|les frais) (?:de la plateforme|d'amazon)|"
            r"sans intermédiaires?|moins cher (?:sur place|là-bas|au stand|à l'atelier)"
        ],
        "es": [
            r"precio\w* de (?:socio|feria|mercado|taller|distribuidor)|sin (?:la )?comisi[oó]n "
            r"(?:de la plataforma|de amazon)|sin intermediarios|sin pasar por aqu[ií]|"
            r"más barat[oa]s? (?:allí|en persona|en el puesto)"
        ],
        "it": [
            r"prezz[oi] (?:da fiera|di fiera|da laboratorio|di laboratorio|da socio|per i soci|"
            r"da rivenditore)|senza (?:la )?commission\w* (?:della piattaforma|di amazon)|"
            r"senza intermediari|meno car[oie] (?:lì|di persona|in fiera)"
        ],
        "ja": [r"会場(?:限定)?価格|店頭価格|手数料(?:なし|抜き)"],
        "nl": [
            r"beursprijz\w*|marktprijs\w*|ledenprijs\w*|werkplaatsprijs\w*|zonder (?:de )?"
            r"(?:amazon|platform)[- ]?(?:kosten|commissie|toeslag)|zonder tussenpersoon|"
            r"goedkoper (?:daar|op de (?:beurs|markt)|in de winkel)"
        ],
        "pl": [
            r"cen\w* (?:targow|dla salon|dla stał|dla członk)\w*|bez pośredników|"
            r"bez prowizji|nie płacimy prowizji|taniej (?:na miejscu|na stoisku|u nas)|"
            r"(?:tam|są) taniej"
        ],
        "sv": [
            r"mässpris\w*|marknadspris\w*|medlemspris\w*|utan (?:amazons |plattformens )?"
            r"(?:avgift\w*|provision|påslag)|utan mellanhand\w*|billigare (?:där|på plats|i butiken)"  # noqa: E501
        ],
        "tr": [r"bayi fiyat\w*|fuar fiyat\w*|daha uygun|daha ucuz|komisyonsuz|aracısız"],
    },
)
# The seller disowning a listing or a shop: what is named there is denied, not offered.
NOT_OURS: Final = Lexicon(
    "not ours",
    {
        "en": [
            r"(?:is|are|was|were)(?: not|n't) (?:ours|us|from us|our (?:shop|store|listing|offer))|"
            r"(?:do not|don't|never) sell (?:on|there|anywhere)|(?:sell|sold) only (?:here )?on "
            r"amazon|only (?:sell|sold) (?:here|on amazon)|"
            # "the listing with our photos doesn't come from us"
            r"(?:does not|doesn't|did not|didn't) come from us|(?:not|never) (?:posted|listed|"
            r"put up|created) by us"
        ],
        "de": [
            r"nicht von uns|(?:ist|sind) nicht unser\w*|verkaufen (?:nur|ausschließlich) "
            r"(?:auf|bei|über) amazon|verkaufen nicht (?:auf|bei|über)"
        ],
        "fr": [
            r"n'est pas (?:la nôtre|le nôtre|à nous|de nous)|ne vendons pas|"
            r"(?:uniquement|seulement) sur amazon|"
            r"ne (?:vient|provient|émane) pas de nous|n'(?:émane|a pas été (?:mise?|publiée?|"
            r"créée?) par) nous|pas (?:publiée?|mise?|créée?) par nous"
        ],
        "es": [
            r"no es nuestr[oa]|no somos nosotros|no vendemos|solo (?:vendemos )?en amazon|"
            r"no (?:viene|procede|proviene|es) de nosotros|no (?:la|lo) (?:hemos )?(?:publicado|"
            r"puesto|creado) nosotros"
        ],
        "it": [
            r"non è nostr[oa]|non siamo noi|non vendiamo|solo su amazon|"
            r"non (?:viene|proviene|arriva|è) da noi|"
            r"non (?:l'abbiamo|l'ha) (?:pubblicat|mess|creat)\w*"
        ],
        "ja": [
            r"当店のもの(?:では|じゃ)|当店ではございません|出品しておりません|販売しておりません|"
            r"当店(?:の出品|が出品したもの)では(?:ありません|ございません)|当店とは(?:一切)?関係"
        ],
    },
)

# A payment declined by what follows it in its clause ("Betalen via Tikkie kan helaas niet;",
# "Zahlen per PayPal geht leider nicht.", "Swish går tyvärr inte,"): the payment named before
# it, in the same clause, is refused; a payment after it ("kan niet, betaal via Tikkie") is not.
DECLINED_AFTER: Final = Lexicon(
    "declined after",
    {
        "en": [
            r"(?:won't|wont|will not|doesn't|doesnt|does not|don't|dont) work(?: for us| here)?"
            r"(?: sorry)?(?= ?[;,.!:]|$)"
        ],
        "de": [
            r"(?:geht|klappt|funktioniert) (?:leider |bei uns |hier )?(?:nicht|nich)(?: leider)?(?= ?[;,.!:]|$)",  # noqa: E501
            # the verb last: "PayPal koennen wir leider nicht annehmen"
            r"(?:können|koennen|dürfen|duerfen) wir (?:leider |so |hier )?(?:nicht|nich) "
            r"(?:annehmen|akzeptieren|nehmen|anbieten)",
        ],
        "fr": [
            r"(?:ne marche|ne fonctionne|n'est) (?:malheureusement )?pas possible(?= ?[;,.!:]|$)"
        ],
        "es": [r"no (?:es posible|funciona|se puede)(?= ?[;,.!:]|$)"],
        "it": [r"(?:non|nn) (?:è possibile|funziona|si può)(?= ?[;,.!:]|$)"],
        # "PayPayでのお支払いは対応しておりません": the payment before it declined
        "ja": [r"(?:は|には)(?:対応|お受け)(?:しておりません|できません|いたしかねます)"],
    },
)
_CLAUSE_MARKS: Final = frozenset(",;:\n")


def declined_after(doc: Document, j: int, spans: list[tuple[int, int]]) -> bool:
    """True when a payment named up to ``j`` is declined later in its clause (DECLINED_AFTER)."""
    text = doc.words.text
    return any(j <= a and not _CLAUSE_MARKS & set(text[j:a]) for a, _ in spans)


RULE = "off-amazon"
_MESSAGE = (
    "This moves a payment or the next purchase off Amazon (a transfer to the seller's "
    "account, a payment app, or finding the seller's own shop). Sales and payments stay "
    "on Amazon."
)
_SUGGESTION = "Remove it; the buyer pays and buys on Amazon only."


def _sentences(lexicon: Lexicon, doc: Document) -> set[int]:
    return {doc.sentence_of(i) for i, _ in lexicon.spans(doc) if not negated(doc.words.text, i)}


def find_steering(
    doc: Document, refused: set[int], skip: Callable[[int, int], bool] | None = None
) -> Iterator[Finding]:
    """Findings in ``doc``; sentences in ``refused`` (the seller declining a payment off
    Amazon, "we can't accept Swish") refuse what they name, and so does ``skip`` for a
    span of :attr:`Document.words` (a refusal in its clause, "we can't charge it separately
    by Swish")."""
    found = [(i, j) for i, j in PAY_APP.spans(doc) if not negated(doc.words.text, i)]
    transfers = TRANSFER.spans(doc)
    if transfers:
        ours = _sentences(OUR_ACCOUNT, doc)
        found += [(i, j) for i, j in transfers if doc.sentence_of(i) in ours]
    searches = WEB_SEARCH.spans(doc)
    if searches:
        there = _sentences(BUY_THERE, doc)
        found += [(i, j) for i, j in searches if doc.sentence_of(i) in there]
    visits = VISIT.spans(doc)
    if visits:  # "if you're ever in Bath, come and find our stall"
        counters = _sentences(COUNTER, doc)
        found += [(i, j) for i, j in visits if doc.sentence_of(i) in counters]
    better = BETTER_THERE.spans(doc)
    if better:  # "at our stand the same yarns are at fair prices": cheaper in person
        in_person = _sentences(VISIT, doc) | _sentences(COUNTER, doc)
        found += [
            (i, j)
            for i, j in better
            if {doc.sentence_of(i), doc.sentence_of(i) - 1} & in_person
            and not negated(doc.words.text, i)
        ]
    reported: set[int] = set()
    declined = DECLINED_AFTER.spans(doc) if found else []
    for i, j in sorted(found):
        s = doc.sentence_of(i)
        if declined and declined_after(doc, j, declined):
            continue  # "Att betala med Swish går tyvärr inte; …": the payment is declined
        if skip is not None and skip(i, j):
            continue
        if s not in reported and s not in refused and not negated(doc.words.text, i):
            reported.add(s)
            yield doc.finding(doc.words, i, j, RULE, Severity.BLOCK, _MESSAGE, _SUGGESTION)
