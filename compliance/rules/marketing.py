"""Rule ``marketing``: coupons, codes, discounts, sales, other products, newsletters,
social-media follows.  A reply answers the buyer's question and sells nothing."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from compliance.document import Document
from compliance.model import Finding, Severity
from compliance.rules.lexicon import Lexicon, negated
from compliance.rules.review import SATISFIED, TELL_OTHERS

__all__ = ["find_marketing"]

# "code SUMMER15", "Gutscheincode: SOMMER10": a word and one to three digits, the shape of
# promotion codes; tracking codes ("LX123456789DE") have two letters and many digits.
_PROMO_CODE = (
    r"(?:code|codes|codice|código|gutscheincode|rabattcode|promo|promocode|cupón|coupon) ?:? ?"
    r"[a-z]{3,}\d{1,3}"
)

MARKETING: Final = Lexicon(
    "marketing",
    {
        "en": [
            r"coupons?(?: codes?)?|promo(?:tional)? codes?|discount codes?|voucher codes?|vouchers?",  # noqa: E501
            r"discount (?:of \d+|on your next)|\d+ ?% (?:off|discount)|(?:get|enjoy|receive|save) (?:up to )?\d+ ?%",  # noqa: E501
            r"(?:special|exclusive|limited[- ]time|seasonal) (?:offers?|deals?|promotions?|prices?)",  # noqa: E501
            _PROMO_CODE,
            r"(?:big|summer|winter|spring|black friday|cyber monday|clearance|flash|holiday) sales?|on sale|sale (?:now|ends|starts)",  # noqa: E501
            r"black friday|cyber monday",
            r"newsletters?|subscribe|mailing list|sign up (?:for|to)",
            r"follow us|like us on",
            r"vip (?:club|programme|program|members?)|early access|new (?:collections?|releases|arrivals)|members?-only",  # noqa: E501
            r"(?:our )?other (?:products|items|articles|brands)|our (?:new|latest|full|whole|entire) (?:products|items|collection|range|catalog(?:ue)?)|new arrivals|similar products|related products",  # noqa: E501
            r"you (?:may|might) also like|check out our|take a look at our|browse our|visit our (?:amazon )?(?:store|storefront|brand store)",  # noqa: E501
            r"shop now|buy (?:now|more)|free (?:gift|shipping on)|loyalty (?:program(?:me)?|points)|referral (?:code|link|program)",  # noqa: E501
        ],
        "de": [
            r"gutschein(?:e|code|codes)?|rabatt(?:code|codes|aktion)|aktionscodes?|promo-?codes?",
            r"rabatt (?:von \d+|auf ihre nächste)",
            _PROMO_CODE,
            r"\d+ ?% rabatt|\d+ ?% sparen|sparen sie (?:bis zu )?\d+",
            r"sonderangebote?|angebote? der woche|angebot des tages|exklusive(?:s|n)? angebote?",
            r"schlussverkauf|ausverkauf|sommerschlussverkauf",
            r"newsletter|abonnieren sie|melden sie sich ~ newsletter",
            r"folgen sie uns",
            r"unsere (?:anderen|weiteren|neuen|neuesten) (?:produkte|artikel)|unsere (?:neue )?kollektion|ähnliche produkte|unser (?:ganzes |gesamtes )?sortiment",  # noqa: E501
            r"entdecken sie (?:unsere|weitere)|schauen sie sich ~ unsere|stöbern sie",
            r"gratis-?geschenk|treuepunkte|bonusprogramm",
        ],
        "fr": [
            r"coupons?|codes? promo|codes? de réduction|bons? de réduction|bons? d'achat|codes? promotionnels?",  # noqa: E501
            _PROMO_CODE,
            r"réduction sur votre prochaine",
            r"\d+ ?% de (?:réduction|remise)|(?:réduction|remise) de \d+|remise (?:exceptionnelle|spéciale)",  # noqa: E501
            r"(?:offres?|promotions?) (?:spéciales?|exclusives?|limitées?)|promotions?|soldes|ventes? privées?",  # noqa: E501
            r"newsletter|lettre d'information|abonnez-vous|inscrivez-vous",
            r"suivez-nous|suivez nous",
            r"nos autres (?:produits|articles)|notre (?:nouvelle )?collection|nos nouveautés|découvrez (?:nos|notre)|produits similaires",  # noqa: E501
            r"programme de fidélité|cadeau offert",
        ],
        "es": [
            r"cupón|cupones|códigos? (?:de descuento|promocional(?:es)?)",
            r"descuento (?:del \d+|en su próxima)",
            r"\d+ ?% de descuento",
            _PROMO_CODE,
            r"ofertas? (?:especial(?:es)?|exclusivas?|limitadas?)|promoci[oó]n(?:es)?|rebajas",
            r"boletín|newsletter|suscríbase|suscríbete",
            r"síganos|síguenos",
            r"nuestros (?:otros|nuevos) (?:productos|artículos)|nuestra (?:nueva )?colección|productos similares|descubra nuestros",  # noqa: E501
            r"programa de fidelidad|regalo gratis",
        ],
        "it": [
            r"coupon|buon[oi] scont[oi]|codic[ei] (?:sconto|promozional[ei])",
            r"sconto (?:del \d+|sul prossimo)",
            r"\d+ ?% di sconto",
            _PROMO_CODE,
            r"offert[ae] (?:special[ei]|esclusiv[ae]|limitat[ae])|promozion[ei]|saldi",
            r"newsletter|iscriviti|si iscriva",
            r"seguici|ci segua",
            r"i nostri (?:altri|nuovi) (?:prodotti|articoli)|la nostra (?:nuova )?collezione|prodotti simili|scopr[ai] i nostri",  # noqa: E501
            r"programma fedeltà|omaggio",
        ],
        "ja": [
            r"クーポン|割引|セール|メルマガ|メールマガジン|ニュースレター|フォローして|他の商品|新商品|キャンペーン|ポイント還元",
        ],
    },
)

RULE = "marketing"
_MESSAGE = (
    "Marketing is not allowed in messages to buyers: no coupons, discounts, sales, other "
    "products, newsletters or social-media follows."
)
_SUGGESTION = "Remove the promotion; answer only the buyer's question."


def find_marketing(doc: Document) -> Iterator[Finding]:
    view = doc.words
    for i, j in MARKETING.spans(doc):
        if negated(view.text, i):
            continue
        yield doc.finding(view, i, j, RULE, Severity.BLOCK, _MESSAGE, _SUGGESTION)
    happy = {doc.sentence_of(i) for i, _ in SATISFIED.spans(doc)}
    for i, j in TELL_OTHERS.spans(doc):
        s = doc.sentence_of(i)
        if not happy & {s - 1, s, s + 1}:  # with "if you are happy" it is a review ask
            yield doc.finding(view, i, j, RULE, Severity.BLOCK, _MESSAGE, _SUGGESTION)
