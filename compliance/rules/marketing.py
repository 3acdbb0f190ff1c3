"""Rule ``marketing``: a reply answers the buyer's question and sells nothing.

Found as concepts, in every language:

- a *promotion* that is one by itself: coupon and promo codes, "20 % off", sales,
  newsletters, "follow us", loyalty programmes, new or other products of the seller;
- an *offer* word that is ordinary alone ("discount", "deal", "free", "offer") meeting a
  *future purchase* ("your next order", "next time", "again") or a *call to buy* ("shop",
  "buy", "grab", "use the code") in the same sentence.

So "free shipping was part of your order" and "we can offer you a replacement" stay
compliant, while "free shipping on your next order" does not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from compliance.document import Document
from compliance.model import Finding, Severity
from compliance.normalise import fold_literal
from compliance.rules.lexicon import Lexicon, negated
from compliance.rules.plugs import find_plugs
from compliance.rules.review import GIFT_NOTE, SATISFIED, TELL_OTHERS, buyer_quoted

# round 32a: "3x2" the multi-buy, not a size ("la tenda 3 x 2,5", "boden på 3 x 2,5 meter",
# "il telo 3x2 m"): no decimal and no unit of length after it
_TWO_FOR_ONE: Final = r"(?:2x1|3x2)(?!\s{0,2}[.,]\s{0,2}\d)(?!\s{0,2}(?:m|cm|mm|m2|m²|ft|meter\w*|metr\w*|met(?:er|re)s?)(?![a-z]))"  # noqa: E501

__all__ = ["NUMBER_WORDS", "PROMOTION", "find_marketing"]

# Numbers people write out in offers ("twenty percent off", "zehn Prozent Rabatt").
NUMBER_WORDS: Final = {
    "en": r"(?:five|ten|fifteen|twenty|twenty-five|thirty|forty|fifty|half)",
    "de": r"(?:fünf|zehn|fünfzehn|zwanzig|fünfundzwanzig|dreißig|vierzig|fünfzig)",
    "fr": r"(?:cinq|dix|quinze|vingt|vingt-cinq|trente|quarante|cinquante)",
    "es": r"(?:cinco|diez|quince|veinte|veinticinco|treinta|cuarenta|cincuenta)",
    "it": r"(?:cinque|dieci|quindici|venti|venticinque|trenta|quaranta|cinquanta)",
}
_PERCENT = r"(?:%|percent|per cent|pct|prozent|pour ?cent|por ?ciento|per ?cento)"
_CODE_WORDS = (
    r"(?:code|codes|codice|código|codigo|gutscheincode|rabattcode|promo|promocode|cupón|"
    r"coupon|voucher|gutschein)"
)
_PROMO_CODE = rf"{_CODE_WORDS} ?:? ?[a-z]{{2,}}\d{{1,3}}"

PROMOTION: Final = Lexicon(
    "promotion",
    {
        "en": [
            # adversary 21: a product, colour or size newly in the range, an Amazon search for it
            "(?:we've|we have|we) (?:just |now |recently |also )*(?:added|listed|launched|introduced|brought out|released|got in) (?:the same|a matching|it|them|an? (?:[\\w-]+ )?(?:version|colou?r|size|model|variant))(?![a-z])",  # noqa: E501
            "(?:added|listed|introduced|brought) ~ (?:to|into) our (?:range|catalog\\w*|shop|store|listings?|line-?up|assortment|offering)",  # noqa: E501
            "which we (?:now|also) (?:carry|stock|sell|offer)|we now (?:carry|stock|sell) (?:it|them|the same|a|an|this)(?![a-z])",  # noqa: E501
            "(?:into|in) (?:the )?amazon(?:'s)? search|on amazon by searching|searching (?:amazon )?for ['\\\"‘“][^'\\\"’”]{2,40}['\\\"’”]",  # noqa: E501
            # a coming product put aside: "shall we put one aside for you?"
            r"(?:shall|should|can|may) (?:we|i) (?:put|set|keep) (?:one|a \w+|some) (?:aside|back) for you",  # noqa: E501
            r"(?:shall|should|can) (?:we|i) (?:save|keep|hold) you a (?:place|seat|spot)",
            "coupon code|discount code|voucher code|promo code",
            "(?:type|enter|use|apply|mention|quote) (?:in )?(?:the (?:word|code) )?[a-z]+ (?:five|ten|fifteen|twenty|twenty-five|thirty|forty|fifty) (?:at (?:the )?checkout|when you (?:order|check out|pay))",  # noqa: E501
            r"our (?:brand[- ])?new (?:[\w-]+ ){0,3}?[\w-]*(?:model|version|product|collection|range|line|"  # noqa: E501
            r"edition|design|colou?r|size|flavou?r|item|release)s? (?:is|are) (?:now |finally |just )?"  # noqa: E501
            r"(?:available|out|here|live|launched|in stock|on sale)(?![a-z])",
            r"be (?:the )?first to (?:know|hear|see|get)|(?:hear|know|learn) about (?:our )?(?:next|new|upcoming|future|latest) (?:drops?|products?|releases?|collections?|colou?rs?|arrivals?|launch\w*)|"  # noqa: E501
            r"(?:join|get on|sign up (?:for|to)) (?:our|the) (?:list|mailing list|vip list|club|community|waitlist|waiting list)|"  # noqa: E501
            r"(?:stay|keep you) in the loop|keep you (?:posted|updated) (?:on|about) (?:our|new|future|upcoming)|"  # noqa: E501
            r"(?:get|be) notified (?:about|of|when) (?:our|new|the next)|early access|reply (?:yes|y) (?:to|for) (?:updates|news|offers)",  # noqa: E501
            _PROMO_CODE,
            r"coupons?(?: codes?)?|promo(?:tional)? codes?|discount codes?|voucher codes?|"
            r"promo|promotions?|promotional|vouchers?",
            rf"(?:\d+ ?|{NUMBER_WORDS['en']} ){_PERCENT} (?:off|discount|cheaper|savings?)",
            # a discount with a name: "15 percent introductory discount"
            rf"\d+ ?{_PERCENT} [\w-]+ (?:off|discount|savings?)",
            rf"(?:save|saving|get|enjoy|take) (?:up to |an extra |extra )?(?:\d+|"
            rf"{NUMBER_WORDS['en']}) ?{_PERCENT}",
            r"(?:special|exclusive|limited[- ]time|seasonal|flash|holiday|summer|winter|"
            r"spring|autumn|fall|weekend|clearance|big|annual|christmas|easter) (?:offers?|"
            r"deals?|promotions?|prices?|sales?|discounts?)",
            r"on sale|sale (?:now|ends|starts|is on)|black friday|cyber monday|prime day deals?|"
            r"black week|cyber week|singles day|(?:deals?|offers?|sales?|promotions?|discounts?) "
            r"(?:start|starts|begin|begins|end|ends|run|runs|are live|is live|kick off|kicks off)|"
            r"just (?:launched|released|dropped)|new arrivals?|(?:now|just) in stock|"
            r"introductory (?:price|offer)|launch (?:price|offer)|(?:2|3|two|three) for (?:1|2|one|"
            r"two)|"
            + _TWO_FOR_ONE
            + r"|buy \w+ get \w+|up to \d+ ?% off|everything (?:at|is) \d+ ?% off|"
            r"\d+ ?% (?:off )?(?:on|across) (?:any|all|every|everything|our)|(?:our|the) "
            r"(?:whole |full |entire )?catalog(?:ue)?|clearing (?:out )?(?:our )?stock|stock "
            r"clearance|(?:sample|samples|tester) (?:of|from) our (?:new|latest)|now on sale|"
            r"available (?:to buy|for purchase) now|"
            r"matching (?:duvet|pillow|cushion|sheet|set|accessor\w*|products?|items?|covers?|"
            r"pieces?)|complete the (?:set|look)|(?:goes|pairs) (?:perfectly|nicely|well) with|"
            r"buy one get one|bogo|two for one|2 for 1|half price|bundle deals?",
            # (not Amazon's own "Subscribe & Save" programme, named by the buyer's account)
            r"newsletters?|subscribe(?! (?:&|and) save)|subscribers?|mailing list|e-?bulletin|"
            r"lucky bags?|mystery (?:box|bag)(?:es|s)?|pre-?order (?:early|now|today|yours)|"
            r"sign up (?:for|to)|join our",
            r"follow us|like us on|find us on|follow our|join us on|our (?:instagram|facebook|"
            r"tiktok|youtube|social)",
            r"vip (?:club|programme|program|members?)|early access|members?-only|loyalty "
            r"(?:program(?:me)?|points|club|card)|referral (?:code|link|program(?:me)?|bonus)|"
            r"refer a friend",
            r"(?:our|my) other (?:products|items|articles|brands|listings|models|designs)|"
            r"(?:our|my) (?:new|latest|full|whole|entire|newest|current) (?:products?|items?|"
            r"collection|range|catalog(?:ue)?|line|models?|arrivals|releases|lineup|designs)|"
            r"sister (?:brands?|compan(?:y|ies)|shops?|stores?|labels?|sites?)|(?:pair|pairs|paired|"  # noqa: E501
            r"combine|combines|team|teams|match|matches|go|goes) (?:it |them |this |nicely |"
            r"perfectly |well |great )*with (?:our|my)|we also (?:make|sell|stock|carry)|also "
            r"(?:available|comes?) in (?:other |more |several |different |new )?(?:colou?rs|sizes|"
            r"versions|packs|finishes|styles)|new colou?rs? (?:are|is|just|in)|(?:the )?rest "
            r"of (?:our|my) (?:range|products|collection|line|catalog\w*|shop|store|items)|"
            r"(?:a|one) (?:fifth|quarter|third|tenth) off|half off|"
            r"refer (?:a|your) (?:mate|friend|pal|colleague|neighbou?r|family member)|refer "
            r"(?:someone|friends|others|a buddy)|(?:send|bring) (?:a|your) (?:friends?|mates?) "
            r"(?:our way|to us|along)|for (?:every|each) (?:friend|referral|person you)|referrals?|"
            r"search (?:for )?(?:us|our \w+|\w+) (?:on|in|at) amazon|search amazon for|"
            # another product's ASIN to look up, in any language: "just search ASIN B0… on
            # Amazon", "nach der ASIN … suchen", "recherchez l'ASIN", "busque el ASIN"
            r"(?:search|look up|look for|type in|enter|find|recherchez|cherchez|tapez|busque|"
            r"busca|cerchi|cerca|zoek|szukaj|wyszukaj|wpisz|sök|ara\w*) (?:for )?(?:the |l'|el |"
            r"la |de |het |na |nach )?(?:asin|asin-nummer|asin numarası)|nach (?:der )?asin|"
            r"amazon(?:'s)? search (?:bar|box|field)|our brand (?:name|page|store)|"
            r"back in stock|in stock again|restocked|(?:now )?even cheaper|price drop|on special|"
            r"(?:currently|are|is) reduced|limited edition|lightning deal|(?:we're|we are) launching|"  # noqa: E501
            r"launching (?:a|our)|complete the set|treat yourself|while (?:it|they|stocks?|supplies) "  # noqa: E501
            r"lasts?|everything else we (?:sell|make|offer|do)|(?:the|our) whole (?:collection|range|"  # noqa: E501
            r"line)|click (?:on )?our (?:brand|seller|store) name|(?:you'll|you will|you'd) (?:love|"  # noqa: E501
            r"like|enjoy) our|(?:customers|shoppers|buyers|people) who (?:bought|buy|ordered|got) ~ also "  # noqa: E501
            r"(?:love|like|enjoy|buy|get) our|free trial|reply (?:yes|stop)|keep you "
            r"posted (?:about|on) (?:new|our)|a fiver|a tenner|with our compliments|"
            r"new (?:arrivals|collection|releases|product line)|similar products|related "
            r"products|matching (?:products|accessories)|complementary products",
            r"you (?:may|might|will) (?:also )?(?:like|love|enjoy)|check out (?:our|my)|"
            r"take a look at (?:our|my)|browse (?:our|my)|have a look at (?:our|my)|"
            r"discover (?:our|my)|explore (?:our|my)|visit our (?:amazon )?(?:store|storefront|"
            r"brand store|shop|page)",
            # ("attached to the order now": the noun, after a determiner, is the buyer's order)
            r"shop now|buy now|o(?<!the\x20o)(?<!your\x20o)(?<!this\x20o)(?<!my\x20o)(?<!our\x20o)(?<!that\x20o)"  # noqa: E501
            r"rder now|buy more|stock up|don't miss|do not miss|"
            r"while stocks last|hurry|last chance|before it's gone|limited stock",
        ],
        "de": [
            # adversary 21: a product, colour or size newly in the range, an Amazon search for it
            "ins sortiment (?:auf)?genommen|in unser\\w* sortiment (?:auf)?genommen|neu (?:im|ins) sortiment|(?:gerade|soeben|neu) (?:gelistet|eingeführt|herausgebracht)",  # noqa: E501
            # a coming product put aside: "sollen wir Ihnen einen zurücklegen?"
            r"(?:sollen|dürfen|können) wir ihnen (?:eins|einen|eine|welche) (?:zurücklegen|reservieren)",  # noqa: E501
            "gutscheincode|rabattcode|aktionscode",
            "(?:geben sie|tippen sie|nennen sie) [a-z]+ (?:fünf|zehn|fünfzehn|zwanzig|dreißig|fünfzig) (?:an der kasse|bei der bestellung)",  # noqa: E501
            r"unser\w* neue\w* (?:[\w-]+ ){0,3}?[\w-]*(?:modell|version|produkt|kollektion|serie|edition|"  # noqa: E501
            r"design|farbe|größe|sorte|artikel)\w* (?:ist|sind) (?:ab )?(?:jetzt|nun|ab sofort|endlich) "  # noqa: E501
            r"(?:erhältlich|verfügbar|da|draußen|im handel|auf lager)(?![a-z])",
            r"(?:als erste\w*|zuerst) (?:erfahren|informiert|wissen)|über (?:unsere )?(?:neue\w*|nächste\w*|kommende\w*) (?:produkte|kollektion\w*|farben|drops?|artikel) (?:informier\w*|hören|erfahren)|"  # noqa: E501
            r"(?:tragen sie sich|melden sie sich) ~ (?:liste|verteiler|club)|auf (?:unsere|die) (?:liste|warteliste)|auf dem laufenden (?:halten|bleiben)",  # noqa: E501
            _PROMO_CODE,
            r"gutschein(?:e|code|codes)?|rabatt(?:code|codes|aktion|aktionen)|aktionscodes?|"
            r"promo-?codes?|promotion|werbeaktion|sonderaktion\w*",
            rf"\d+ ?{_PERCENT} [\w-]+(?:rabatt|nachlass)\w*",
            rf"(?:\d+ ?|{NUMBER_WORDS['de']} ){_PERCENT} (?:rabatt|nachlass|günstiger|sparen|"
            r"reduziert|ersparnis)",
            rf"sparen sie (?:bis zu )?(?:\d+|{NUMBER_WORDS['de']})",
            r"sonderangebot\w*|angebote? der woche|angebot des tages|exklusive\w* angebot\w*|"
            r"aktionspreis\w*|schnäppchen|deal\w* des tages|black friday|cyber monday",
            r"schlussverkauf|ausverkauf|sommerschlussverkauf|räumungsverkauf|rabattaktion|"
            r"black week|cyber week|(?:angebot\w*|rabatt\w*|aktion\w*|deals?) (?:starten|beginnen|"
            r"enden|laufen|gelten)|jetzt neu|neu eingetroffen|neu im sortiment|ab sofort "
            r"(?:erhältlich|verfügbar)|passend dazu|dazu passende\w*|passende\w* (?:produkte|"
            r"artikel|zubehör|set)|passt (?:perfekt|hervorragend|ideal|super)|einführungs(?:preis|"
            r"angebot)\w*|(?:rabatt\w*|sparen|reduziert\w*|nachlass) (?:von |bis (?:zu )?)\d+ ?%|"
            r"\d+ ?% auf (?:alles|alle|jede\w*|das gesamte|unser\w*)|gibt es bei uns auch|"
            r"bei uns auch "
            r"passende|unser\w* (?:ganzes |gesamtes |komplettes |neues )?sortiment|unsere\w* "
            r"(?:anderen|weiteren|übrigen) (?:angebote|sachen|artikel|produkte)|(?:probe|muster|"
            r"gratisprobe) (?:unseres|unserer|unseren) neu\w*|lagerräumung|2 für 1|"
            # ("die Bank 3 für 2 Personen": seats, no multi-buy)
            r"3 für 2(?! (?:personen|person|sitz\w*|erwachsene|leute))|"
            r"(?:bieten|verkaufen) wir (?:gerade|jetzt|ab sofort)",
            r"newsletter\w*|abonnieren|melden sie sich ~ (?:newsletter|an)|verteiler",
            # a newsletter by another name, lucky bags, pre-orders pushed
            r"rundbrief\w*|rundmail\w*|infobrief\w*|kundenbrief\w*|wundertüte\w*|"
            r"überraschungstüte\w*|(?:jetzt|früh|rechtzeitig) vorbestellen|"
            # new goods coming, news offered when they arrive
            r"neue\w* [^.!?;]{0,60}?soll(?:en)? (?:ich|wir) ihnen (?:bescheid|eine (?:kurze )?"
            r"(?:nachricht|mail)|kurz schreiben)",
            r"folgen sie uns|folge uns|finden sie uns auf|besuchen sie uns auf|liken sie",
            r"unsere\w* (?:anderen|weiteren|neuen|neuesten|übrigen) (?:produkte|artikel|modelle|"
            r"kollektion\w*)|unsere\w* (?:neue )?kollektion|ähnliche produkte|passende "
            r"(?:produkte|artikel|zubehör)|unser (?:ganzes |gesamtes |komplettes |neues )?"
            r"sortiment|neuheiten|neuerscheinung\w*",
            r"entdecken sie (?:unsere|weitere|unser)|schauen sie sich ~ (?:unsere|unser)|"
            r"stöbern sie|werfen sie einen blick auf unser\w*|jetzt (?:kaufen|bestellen|zugreifen|"
            r"sichern)|nur solange der vorrat reicht|nicht verpassen",
            r"gratis-?geschenk|treuepunkte|bonusprogramm|treueprogramm|kundenkarte|"
            r"freunde werben|freundschaftswerbung|für jede (?:empfehlung|weiterempfehlung|"
            r"vermittlung)|werben sie (?:freunde|einen freund)|empfehlungs(?:prämie|bonus|code|link)",  # noqa: E501
            r"schwester(?:marke|firma|unternehmen|shop|laden)\w*|kombinieren ~ mit unser\w*|"
            r"passt ~ zu unser\w*|gibt es ~ auch (?:in|als)|auch (?:in|als) ~ (?:erhältlich|"
            r"verfügbar)|schauen sie (?:gern |gerne )?(?:mal )?vorbei|"
            r"(?:sommer|winter|frühjahrs|herbst|jahres)schlussverkauf|neue farben (?:sind|gibt|kommen)|"  # noqa: E501
            r"(?:auf|bei) amazon nach (?:uns|unserer marke|unserem shop|\w+) (?:suchen|und)|"
            r"suchen sie (?:auf|bei) amazon nach|amazon-?suche|suchen sie nach (?:uns|unserer "
            r"marke|unserem namen)|rest unseres sortiments|zum halben preis|halber preis|kaufen sie (?:zwei|2|drei|3),? "  # noqa: E501
            r"(?:bekommen|erhalten|zahlen) sie|wieder (?:vorrätig|auf lager|verfügbar|erhältlich)|"
            r"gerade erschienen|neu erschienen|bringen wir ~ heraus|(?:gerade|aktuell|derzeit|diese woche) "  # noqa: E501
            r"reduziert|weihnachtsverkauf|vervollständigen sie|einen fünfer|einen zehner|gratis-probe|"  # noqa: E501
            r"probeabo",
        ],
        "fr": [
            # adversary 21: a product, colour or size newly in the range, an Amazon search for it
            "(?:venons|vient) de (?:mettre en ligne|lancer|référencer|intégrer|sortir) (?:le même|la même|les mêmes|une version|un modèle|une nouvelle|un nouveau|une déclinaison)|(?:venons|vient) d'ajouter (?:le même|la même|les mêmes|une version|un modèle|une déclinaison)|(?:ajouté|intégré|référencé)\\w* (?:[\\w'-]+ ){0,3}?(?:à|dans) (?:notre|nos) (?:gamme|catalogue|boutique|offre|assortiment)",  # noqa: E501
            # a coming product put aside, a new version just out: "on vous en met un de côté ?"
            r"(?:on|nous) vous en (?:met|mettons|garde|gardons|réserve|réservons) (?:un|une)(?: de côté)? ?\?|(?:qu'on|que nous) vous en (?:mette|mettions|garde|gardions|réserve|réservions) (?:quelques-un\w* |un |une )?(?:de côté)?|(?:nous venons|on vient) de sortir (?:un|une|le|la|les) (?:nouve\w*|\w+ en)",  # noqa: E501
            "code promo|code de réduction|code de remise",
            "(?:tapez|entrez|saisissez|indiquez) [a-z]+ (?:cinq|dix|quinze|vingt|trente|cinquante) (?:au paiement|à la caisse|lors de la commande)",  # noqa: E501
            r"notre nouveau\w* (?:[\w-]+ ){0,3}?(?:modèle|version|produit|collection|gamme|édition|coloris|"  # noqa: E501
            r"taille)s? (?:[\w-]+ )?(?:est|sont) (?:maintenant |enfin |désormais |déjà )?(?:disponibles?|"  # noqa: E501
            r"sortie?s?|en vente|arrivée?s?)(?![a-z])",
            r"(?:soyez|être) (?:le premier|la première|les premiers|parmi les premiers) (?:à|a) (?:savoir|découvrir|être informé\w*)|"  # noqa: E501
            r"(?:inscri\w*|rejoign\w*) ~ (?:liste|club|communauté)|(?:tenir|rester) informé\w* (?:de|des) (?:nos|nouveaut\w*|prochain\w*)",  # noqa: E501
            _PROMO_CODE,
            r"coupons?|codes? promo|codes? de réduction|bons? de réduction|bons? d'achat|"
            r"codes? promotionnels?|promo|promotions?|promotionnel\w*",
            rf"(?:\d+ ?|{NUMBER_WORDS['fr']} ){_PERCENT} de (?:réduction|remise|rabais)",
            rf"(?:réduction|remise|rabais) de (?:\d+|{NUMBER_WORDS['fr']})",
            r"(?:offres?|promotions?|ventes?) (?:spéciales?|exclusives?|limitées?|flash|privées?)|"
            r"soldes|ventes? privées?|bonnes affaires|black friday|black week|(?:offres|"
            r"promotions|soldes|réductions) (?:commencent|débutent|se terminent|démarrent)|"
            r"venons de (?:lancer|sortir)|vient de sortir|désormais disponible|nouvelle collection|"
            r"nouveautés?|(?:housse|coussin|parure|ensemble|accessoire)s? (?:de \w+ )?assortie?s?|"
            r"jusqu'à -?\d+ ?%|-\d+ ?% sur|\d+ ?% sur (?:tout|tous|toute|toutes|n'importe|notre|"
            r"nos)|notre catalogue|(?:échantillon|échantillons) de (?:notre|nos) nouve\w*|"
            r"prix de lancement|2 pour 1|deux pour un|déstockage|liquidation",
            r"newsletter|lettre d'information|abonnez-vous(?! et économisez)|inscrivez-vous|"
            r"infolettre\w*|pochettes? surprises?|précommandez(?:-le|-la|-les)? (?:dès maintenant|vite|"  # noqa: E501
            r"sans tarder)|"
            r"liste de diffusion",
            r"suivez-nous|suivez nous|retrouvez-nous sur|rejoignez-nous",
            r"nos autres (?:produits|articles|modèles)|nos (?:nouveaux|derniers) (?:produits|"
            r"articles|modèles)|notre (?:nouvelle )?(?:collection|gamme)|nos nouveautés|"
            r"découvrez (?:nos|notre)|jetez un (?:coup d'œil|oeil) à nos|produits similaires|"
            r"accessoires assortis",
            r"programme de fidélité|cadeau offert|carte de fidélité|parrainage|"
            r"profitez-en|achetez maintenant|ne manquez pas|dans la limite des stocks",
            r"promos|marques? sœurs?|(?:société|boutique|enseigne)s? sœurs?|(?:deux|2) achetée?s?,? "  # noqa: E501
            r"(?:le |la )?(?:troisième|3e) offerte?|(?:beaucoup de|nos|de nombreux) clients ~ avec "
            r"(?:notre|nos)|pensez-y pour|jetez-y un (?:œil|coup d'œil)|vaut le coup d'œil|"
            r"parrainage|parrainez|parrainer|code de parrainage|pour chaque (?:ami|filleul|"
            r"recommandation)|recherchez ~ sur amazon|tapez ~ (?:dans )?(?:la )?recherche amazon|"
            r"(?:à )?moitié prix|deux achetés|(?:de nouveau|à nouveau) (?:en stock|disponible)|"
            r"nous lançons|complétez (?:l'ensemble|le set|la collection)|essai gratuit|"
            r"-(?<!\d-)\d+ ?%|\d+ ?% (?:de )?moins|"
            r"cherchez (?:notre marque|-nous|nous|notre boutique)|nouvelles? couleurs?",
        ],
        "es": [
            # adversary 21: a product, colour or size newly in the range, an Amazon search for it
            "(?:acabamos|acaba) de (?:incorporar|añadir|agregar|lanzar|sacar|incluir|poner a la venta) (?:a nuestr\\w* \\w+ )?(?:el mismo|la misma|los mismos|las mismas|una versión|un modelo|una nueva|un nuevo)|(?:añadid|incorporad|incluid|agregad)\\w* (?:[\\w-]+ ){0,3}?(?:a|en) nuestr[oa] (?:catálogo|gama|tienda|surtido|oferta)",  # noqa: E501
            # a coming product put aside: "¿le apartamos uno?"
            r"(?:le|te) (?:guardamos|reservamos|apartamos) (?:uno|una) ?\?",
            # Portuguese, Catalan and Norwegian: "siga-nos no Instagram", "seguiu-nos", "følg oss"
            r"sigam?-nos|seguiu-nos|segueix-nos|følg oss",
            "código (?:de descuento|promocional|de cupón)",
            "(?:escriba|introduzca|ponga|indique) [a-z]+ (?:cinco|diez|quince|veinte|treinta|cincuenta) (?:al pagar|en la caja|al hacer el pedido)",  # noqa: E501
            r"nuestr[oa]s? nuev[oa]s? (?:[\w-]+ ){0,3}?(?:modelo|versión|producto|colección|gama|edición|"  # noqa: E501
            r"color|talla)\w* (?:[\w-]+ )?(?:ya )?(?:está|están) (?:ya )?(?:disponibles?|a la venta|aquí)"  # noqa: E501
            r"(?![a-z])",
            r"(?:sé|sea|ser) (?:el primero|la primera|de los primeros) en (?:saber|enterarse|conocer)|"  # noqa: E501
            r"(?:únase|únete|apúntese|apúntate|suscríbase) ~ (?:lista|club|comunidad)|(?:le|te) (?:mantendremos|avisaremos) (?:informad\w* )?(?:de|sobre) (?:nuestr\w*|novedades|próxim\w*)",  # noqa: E501
            _PROMO_CODE,
            r"cupón|cupones|códigos? (?:de descuento|promocional(?:es)?)|promo|promoci[oó]n\w*",
            rf"(?:\d+ ?|{NUMBER_WORDS['es']} ){_PERCENT} de descuento",
            rf"descuento del? (?:\d+|{NUMBER_WORDS['es']})",
            r"ofertas? (?:especial(?:es)?|exclusivas?|limitadas?|flash)|rebajas|black friday|"
            r"liquidaci[oó]n|black week|(?:ofertas|promociones|rebajas|descuentos) (?:empiezan|"
            r"comienzan|terminan|arrancan)|acabamos de lanzar|a juego|nueva colección|ya disponible|"  # noqa: E501
            # "todos los disfraces de carnaval al 30 %": a range sold at a percentage
            r"liquidando|todo al \d+ ?%|tod[oa]s (?:[\w-]+ ){1,5}?al \d+ ?%|hasta (?:el|un) \d+ ?%|"
            r"\d+ ?% en (?:todo|todos|todas|"
            r"cualquier|nuestr\w*)|nuestro catálogo|muestra de nuestr\w* nuev\w*|ya (?:puedes|puede) "  # noqa: E501
            r"comprar|aprovecha|aprovéchalo|" + _TWO_FOR_ONE + r"|precio de lanzamiento",
            # (the weather or news bulletin on the radio is no newsletter)
            r"boletín(?! (?:meteorológico|del tiempo|de noticias|informativo de la radio|oficial))|newsletter|suscríbase|suscríbete(?! y ahorra)|lista de correo",  # noqa: E501
            r"(?:bolsas?|cajas?) sorpresa|reserve (?:ya|cuanto antes)|"
            # a place kept on the seller's course: "le guardamos plaza", Catalan "li guardem plaça"
            r"(?:le|te|li) (?:guardamos|reservamos|guardem|reservem) (?:una )?pla(?:za|ça)",
            r"síganos|síguenos|encuéntrenos en",
            r"nuestros (?:otros|nuevos|demás|últimos) (?:productos|artículos|modelos)|nuestra "
            r"(?:nueva )?(?:colección|gama)|productos similares|descubra nuestr\w*|"
            r"eche un vistazo a nuestr\w*",
            r"programa de fidelidad|regalo gratis|compre ahora|no se pierda|hasta agotar existencias",  # noqa: E501
            r"marca hermana|empresa hermana|tienda hermana|(?:combinan|combina|acompañan|"
            r"acompaña) con nuestr\w*|(?:échale|eche|echa|échele) un vistazo(?! (?:a |al |a la |a las |"  # noqa: E501
            r"a los )?(?:\w+ )?(?:esquin|caja|paquete|embalaje|etiqueta|cartón|bulto|albarán|"
            r"cristal))|también (?:lo |la )?"
            r"tenemos en|nuevos colores|recomienda a un amigo|por cada amigo|código de "
            r"(?:referido|recomendación|amigo)|invita a (?:un amigo|tus amigos|sus amigos)|"
            r"referidos|busque ~ en amazon|busca ~ en amazon|buscador de amazon|a mitad de precio|"
            r"compre dos y llévese|(?:de nuevo|otra vez) (?:en stock|disponible)|(?:está|están) rebajad\w*|"  # noqa: E501
            r"rebajad\w* (?:esta|hasta)|acaba de salir|lanzamos|\d+ ?% menos|prueba gratuita",
        ],
        "it": [
            # adversary 21: a product, colour or size newly in the range, an Amazon search for it
            "abbiamo (?:appena |da poco |ora |anche )*(?:aggiunto|inserito|introdotto|lanciato|messo in vendita|messo online) (?:(?:al|in|nel) (?:nostro )?catalogo |nella (?:nostra )?gamma )?(?:anche )?(?:lo stesso|la stessa|gli stessi|le stesse|una versione|un modello|una nuova|un nuovo|l'identic\\w*)|(?:aggiunt|inserit|introdott)\\w* (?:[\\w'-]+ ){0,3}?(?:al|in|nel|nella) (?:nostr\\w* )?(?:catalogo|gamma|assortimento)",  # noqa: E501
            # a coming product put aside: "gliene teniamo uno da parte?"
            r"(?:gliene|te ne|glielo) (?:teniamo|mettiamo|riserviamo) (?:uno|una)?(?: da parte)? ?\?",  # noqa: E501
            "codice (?:sconto|promozionale|coupon)",
            "(?:digiti|inserisca|scriva) [a-z]+ (?:cinque|dieci|quindici|venti|trenta|cinquanta) (?:alla cassa|al checkout|al pagamento)",  # noqa: E501
            r"(?:sii|sia|essere) (?:il primo|la prima|tra i primi) a (?:sapere|scoprire)|"
            r"(?:iscriviti|si iscriva|unisciti) ~ (?:lista|club|community)|(?:la|ti) (?:terremo|avviseremo) (?:aggiornat\w* )?(?:sulle|sui|sulla) (?:novità|nostr\w*|prossim\w*)",  # noqa: E501
            _PROMO_CODE,
            r"coupon|buon[oi] scont[oi]|codic[ei] (?:sconto|promozional[ei])|promo|promozion[ei]",
            rf"(?:\d+ ?|{NUMBER_WORDS['it']} ){_PERCENT} di sconto",
            rf"sconto del (?:\d+|{NUMBER_WORDS['it']})",
            r"offert[ae] (?:special[ei]|esclusiv[ae]|limitat[ae]|lampo)|saldi|black friday|"
            r"svendita|black week|(?:offerte|promozioni|saldi|sconti) (?:iniziano|cominciano|"
            r"terminano|partono)|abbiamo appena lanciato|appena uscit\w*|abbinat\w*|"
            r"coordinat[oi]|coordinata|nuova collezione|ora disponibile|svuotatutto|tutto al \d+ ?%|"  # noqa: E501
            # "tutte le maschere di carnevale al 25%": a range sold at a percentage
            r"tutt[ie] (?:[\w-]+ ){1,5}?al \d+ ?%|fino al "
            r"\d+ ?%|\d+ ?% su (?:tutto|tutti|tutte|qualsiasi|ogni|altri|nostr\w*)|(?:del|nel) "
            r"nostro catalogo|campione della nostra nuov\w*|campione del nostro nuov\w*|ora in "
            r"vendita|in vendita da|approfitta|approfittane|"
            + _TWO_FOR_ONE
            + r"|prezzo di lancio|le riserviamo",
            r"newsletter|iscriviti(?! e risparmia)|si iscriva|mailing list",
            r"(?:nostro|al|nel) notiziario|sacchett\w* a sorpresa|scatol\w* a sorpresa|"
            r"prenoti (?:subito|in anticipo|per tempo)",
            r"seguici|ci segua|ci trovi su",
            r"i nostri (?:altri|nuovi|ultimi) (?:prodotti|articoli|modelli)|la nostra (?:nuova )?"
            r"(?:collezione|gamma)|prodotti simili|scopr[ai] i nostri|dia un'occhiata ai nostri",
            r"programma fedeltà|carta fedeltà|acquista ora|non perdere|fino a esaurimento scorte",
            r"marchio (?:gemello|fratello|sorella)|brand gemello|azienda sorella|(?:abbinano|"
            r"abbinare|abbini|abbina) (?:al|alla|ai|alle|con) (?:il )?nostr\w*|(?:dagli|dia|dai|"
            # (not a look at the parcel: "dia un'occhiata agli angoli della scatola")
            r"date) un'occhiata(?! (?:a |al |alla |allo |ai |agli |alle |all')?(?:\w+ )?(?:angol|"
            r"scatol|pacc|imball|etichett|carton|confezion|collo|vetro|ricevut|bolla))|nuovi colori|"  # noqa: E501
            r"presenta un amico|invita un amico|per ogni amico|"
            r"codice (?:amico|invito|referral)|cerchi ~ su amazon|cerca ~ su amazon|barra di "
            r"ricerca di amazon|a metà prezzo|prendi (?:due|2)|(?:di nuovo|nuovamente) disponibil\w*|"  # noqa: E501
            r"(?:sono|è) scontat\w*|scontat\w* (?:questa|fino)|lanciamo|completi il set|tutta la gamma|"  # noqa: E501
            r"nostro nome venditore|\d+ ?% in meno|prova gratuita",
        ],
        "ja": [
            # adversary 21: a product, colour or size newly in the range, an Amazon search for it
            "同じ[^。！？]{0,20}(?:を|も)(?:新たに|新しく)(?:追加|発売|販売)|新たに(?:追加|発売|取り扱)|(?:取り扱い|販売)を(?:開始|始め)",
            "クーポンコード|割引コード|プロモーションコード|クーポン番号",
            r"いち早くお知らせ|最新情報をお届け|新商品の(?:お知らせ|情報)|メルマガ|会員登録",
            r"福袋|ご予約はお早めに|予約受付(?:中|開始)",
            r"クーポン|セール|メルマガ|メールマガジン|ニュースレター|フォローして|他の商品(?!とは?別|とは?分け|と一緒|と同梱|より(?:先|後))|新商品|"
            r"キャンペーン|ポイント還元|割引コード|お得な|限定価格|姉妹ブランド|姉妹店|新色|"
            r"発売(?:され|し|予定)|ぜひご覧|お友達紹介|紹介コード|紹介キャンペーン|半額(?![^。]{0,16}?返金)|個買うと|再入荷|新発売|"
            r"お買い得|全商品|出品者名をクリック|円オフ|%オフ|円off|%off|円引き|%引き|割引き|無料体験",
        ],
    },
)

# Ordinary words that sell only next to a future purchase or a call to buy.
OFFER: Final = Lexicon(
    "offer",
    {
        "en": [
            # ("we'll deal with the carrier claim ourselves": the verb)
            r"discounts?|discounted|deals?(?! with)|offers?|free|gifts?|cheaper|savings?|save|reduced|"  # noqa: E501
            r"bargains?|price drop|special price|lower price|best price|\d+ ?% off|on us|"
            r"on the house|our treat|free of charge|for nothing|surprise",
        ],
        "de": [
            r"rabatt\w*|angebot\w*|gratis|kostenlos\w*|geschenk\w*|günstiger|reduziert\w*|sparen|preisvorteil|"
            r"geht auf uns|auf unsere kosten|übernehmen wir|überraschung\w*|spendieren"
        ],
        "fr": [
            r"réductions?|remises?|offres?|gratuit\w*|cadeaux?|moins cher|prix réduit\w*|économis\w*|avantageu\w*",  # noqa: E501
            r"offerte?s?|à nos frais|pour nous|surprise",
        ],
        "es": [
            r"descuentos?|ofertas?|gratis|gratuit\w*|regal\w*|más barat\w*|precio especial|ahorr\w*|"  # noqa: E501
            r"corre de nuestra cuenta|por cuenta nuestra|invitamos nosotros|(?:lo|la) pagamos "
            r"nosotros|sorpresa",
            # round 28b: a voucher with its amount ("un vale de 5 euros")
            r"(?:vale|bono|cheque regalo)s? (?:de|por(?: valor de)?) \d+",
        ],
        "it": [
            r"scont\w*|offert[ae]|gratis|gratuit\w*|regal\w*|più convenient\w*|prezzo speciale|risparmi\w*|"  # noqa: E501
            r"omaggi\w*|offriamo noi|lo offriamo|offerto da noi|a carico nostro|sorpresa",
            # round 28b: a voucher with its amount ("un buono da 5 euro")
            r"buon[oi] (?:acquisto |regalo )?(?:da|di) \d+",
        ],
        "ja": [r"割引|お得|無料|プレゼント|特価|サービス"],
    },
)

# A purchase still to come, or a push to make one.
FUTURE: Final = Lexicon(
    "future purchase",
    {
        "en": [
            r"next (?:order|purchase|time|buy|visit|one)|future (?:orders?|purchases?)|"
            r"(?:order|buy|shop|purchase) (?:from us |with us )?again|come back|repeat "
            # ("when you shop for a gift": the buyer's shopping in general, no call to buy)
            r"customers?|shop(?! for (?:a |an )?(?:gift|present))|grab|redeem|"
            # round 22a: "claim yours", not the noun ("the carrier accepted the claim")
            r"(?<!the\s)(?<!your\s)(?<!a\s)(?<!my\s)(?<!our\s)(?<!their\s)(?<!this\s)(?<!warranty\s)"
            r"(?<!damage\s)(?<!insurance\s)claim(?!s? (?:is|was|has|have|are|were|number|form|reference))|"  # noqa: E501
            r"(?:buy|order|purchase) from us next|"
            r"(?:use|enter|apply) (?:the |this |our )?code|"
            r"buy (?:one|two|three|\d+|more|another|any)|next one|"
            r"stock up|any (?:order|purchase) over|next (?:one|order)'s|"
            # "ask about our group discounts": a call to buy
            r"ask (?:us )?about our",
        ],
        "de": [
            r"nächste\w* (?:bestellung|einkauf|kauf|mal)|künftige\w* (?:bestellung\w*|einkäufe?|"
            r"käufe?)|(?:wieder|erneut) (?:bei uns )?(?:bestellen|kaufen|einkaufen)|einlösen|"
            r"sichern sie sich|greifen sie zu|an der kasse|ab einem bestellwert|"
            r"fragen sie (?:uns )?nach unser\w*",
        ],
        "fr": [
            r"prochaine? (?:commande|achat|fois)|futurs? achats?|futures? commandes?|"
            r"recommandez|profitez|achetez|au moment du paiement|dès \d+|"
            r"demandez(?:-nous)? (?:nos|notre)",
        ],
        "es": [
            r"próxim[ao] (?:compra|pedido|vez)|futuras? compras?|futuros? pedidos?|"
            r"vuelva a (?:comprar|pedir)|aproveche|canjee|compre|en su pr[oó]xim\w*|"
            r"pregúnte(?:nos)? por nuestr\w*",
        ],
        "it": [
            r"prossim[oa] (?:ordine|acquisto|volta)|futuri (?:ordini|acquisti)|"
            r"(?:riacquist\w*|ordinare di nuovo)|approfitti|acquisti ora|al prossimo|"
            r"ci chieda (?:dei|delle|degli|i|le) (?:nostr\w* )?",
        ],
        "ja": [r"次回|今後のご購入|またのご利用|再度のご購入"],
    },
)

# A coupon or discount that was applied to the buyer's own order (explaining a refund) is a
# fact about the order, not a promotion.
APPLIED: Final = Lexicon(
    "applied",
    {
        "en": [
            r"(?:was|were|had been|has been|got|been|is) (?:already )?(?:applied|reflected|taken off)|"  # noqa: E501
            r"amazon(?:'s)? (?:promotion|coupon|gift card|voucher)|(?:coupon|promotion|discount|voucher) "  # noqa: E501
            r"(?:you|that you) (?:mention|mentioned|used|had|applied|got)|comes? with every|included "  # noqa: E501
            r"(?:with|in) every|(?:can't|cannot|can not|don't|do not) offer|(?:no|not) (?:discounts?|coupons?)",  # noqa: E501
            r"came off|already (?:applied|deducted|included|reflected)|you (?:applied|used|"
            r"clipped|redeemed|activated|had)|applied (?:to|at|when|on) (?:your|the|this)|took "
            r"[^ ]+ off|deducted|subtracted|(?:was|were) (?:already )?included|included (?:in|with) "  # noqa: E501
            r"your|(?:was|were|went) on sale|when you (?:ordered|bought|purchased)|"
            r"(?:promotion|coupon|discount|voucher|savings?)s? applied",
            # a price that held on the order day, its difference paid back to the buyer
            r"refunded (?:you )?the difference|the difference (?:of \S+ )?(?:has been |was |is )?refunded|"  # noqa: E501
            r"(?:on|at) the (?:day|time) (?:you ordered|of (?:your )?(?:order|purchase))",
            # round 29b: Amazon's gift card, issued by Amazon or paid with, not the seller's
            r"amazon (?:has |had )?(?:issued|given|sent|credited|granted) (?:you )?(?:a |an )?"
            r"(?:gift card|voucher)",
        ],
        "de": [
            r"eingelöst|aktiviert haben|angewendet|abgezogen|verrechnet|angerechnet|"
            r"wurde ~ (?:abgezogen|angerechnet|berücksichtigt)|war ~ (?:enthalten|inklusive)|"
            r"beim kauf|gutscheinkonto|mit (?:einem )?gutschein bezahlt|amazon-gutschein\w*|"
            r"differenz ~ (?:erstattet|zurückerstattet|zurueckerstattet|zurückgezahlt|gutgeschrieben)|"  # noqa: E501
            r"galt (?:schon |bereits )?(?:am|bei|zum)|am bestelltag|zum zeitpunkt (?:ihrer|der) bestellung",  # noqa: E501
            # round 29b: Amazon's gift card, issued by Amazon or paid with, not the seller's
            r"amazon-(?:geschenkkarte|geschenkgutschein)\w*|amazon (?:hat|hatte) ~ "
            r"(?:gutschein|geschenkkarte|geschenkgutschein)\w*",
        ],
        "fr": [
            r"(?:a|avait|ont|avaient) (?:bien |déjà )*été (?:appliqu|déduit)\w*|appliqu\w* à votre commande|"  # noqa: E501
            r"que vous aviez (?:activé|utilisé)|déduit\w*|était (?:inclus|compris)\w*|à l'achat|"
            # a coupon applied when the buyer paid: "appliqué au paiement", "al pagamento"
            r"appliquée? (?:au|lors du) paiement|rembours\w* la différence|la différence ~ rembours\w*|"  # noqa: E501
            r"(?:le jour|au moment) de (?:votre|la) commande",
            # round 29b: Amazon's gift card, issued by Amazon or paid with, not the seller's
            r"cartes? cadeaux? (?:d')?amazon|amazon (?:vous )?(?:a|avait) (?:attribué|émis|offert|"
            r"crédité|accordé|envoyé) ~ cartes? cadeaux?",
        ],
        "es": [
            r"se aplicó|ya se aplic\w*|(?:fue|fueron|ha sido|había sido|ya estaba) (?:ya )?aplicad\w*|que (?:usted )?(?:aplicó|"  # noqa: E501
            r"usó)|se descuenta\w*|descontad\w*|estaba incluid\w*|al comprar|aplicad\w* al pagar|"
            r"(?:reembols|devolv|abon)\w* la diferencia|la diferencia ~ (?:reembols|devuelt|abonad)\w*|"  # noqa: E501
            r"el día (?:de su|de tu|del) pedido|(?:ya )?estaba vigente",
            # round 29b: Amazon's gift card, issued by Amazon or paid with, not the seller's
            r"(?:tarjeta|cheque) regalo (?:de )?amazon|amazon (?:le |les |te )?(?:ha|había) "
            r"(?:emitido|dado|enviado|abonado|concedido|regalado) ~ (?:tarjeta|cheque) regalo",
        ],
        "it": [
            r"che ha applicato|(?:è|sono|era) (?:già )?(?:stato|stata|stati|state) applicat\w*|scalat\w*|"  # noqa: E501
            r"era inclus\w*|applicat\w* al suo ordine|all'acquisto|applicat\w* al pagamento|"
            r"rimbors\w* la differenza|la differenza ~ rimborsat\w*|(?:il giorno|al momento) dell'ordine",  # noqa: E501
            # round 29b: Amazon's gift card, issued by Amazon or paid with, not the seller's
            r"(?:buono|carta) regalo (?:di )?amazon|amazon (?:le |vi |ti )?ha (?:emesso|dato|"
            r"inviato|accreditato|concesso) ~ (?:buono|carta) regalo",
        ],
        "ja": [
            r"適用された|適用されて|適用した|適用しました|差し引|適用済|ご注文時|ご購入時|購入時に|差額|ご注文日"
        ],
    },
)

# Where an applied coupon shows: the buyer's invoice or order summary ("you'll see it on your
# invoice as a promotion"), in the sentence of the coupon applied or the one after it.
ON_THE_INVOICE: Final = Lexicon(
    "on the invoice",
    {
        "en": [r"(?:on|in) (?:your|the) (?:invoice|receipt|order (?:details|summary))"],
        "de": [r"(?:auf|in) (?:ihrer|der) rechnung|in (?:ihren|den) bestelldetails"],
        "fr": [r"sur (?:votre|la) facture|dans (?:le )?détail de (?:votre|la) commande"],
        "es": [r"en (?:su|la) factura|en (?:el )?detalle (?:de su|del) pedido"],
        "it": [r"(?:sulla|nella) (?:sua )?fattura|nei dettagli dell'ordine"],
        "ja": [r"請求書|領収書|注文詳細"],
    },
)
# Amazon's own promotion explained ("the 15 % was an Amazon Prime Day deal, applied by
# Amazon at checkout"): a fact about Amazon's pricing, not the seller's promotion, unless the
# sentence also points at a future purchase or a code.
AMAZON_PROMOTION: Final = Lexicon(
    "amazon promotion",
    {
        "en": [
            r"(?:by|from) amazon|amazon(?:'s)? (?:own )?(?:\w+ )?(?:deal|sale|coupon|promotion|"
            r"discount)|prime day|lightning deal|subscribe (?:&|and) save|amazon (?:offered|"
            r"applied|ran|runs|deducted|took|gave|applies|deducts|offers|takes)"
        ],
        "de": [
            r"von amazon|(?:den|die|das) amazon|blitzangebot\w*|prime day|spar-abo|"
            r"amazon-(?:aktion|angebot|coupon|gutschein|rabatt)\w*|amazon (?:angeboten|gewährt)\w*|"
            # the verb before Amazon: "den Coupon zieht Amazon ... ab"
            r"(?:zieht|wendet|gewährt|verrechnet|zog|gewährte) amazon"
        ],
        "fr": [
            r"par amazon|d'amazon|(?:vente|offre) (?:flash|eclair) amazon|prime day|"
            r"amazon (?:a|avait) (?:propose|applique|offert)|abonnez-vous et economisez"
        ],
        "es": [
            r"por amazon|de amazon|amazon (?:ofrecía|ofreció|aplicó|aplica|descuenta)|prime day|"
            r"(?:aplica|descuenta|ofrece|aplicó|descontó|ofreció) amazon|"
            r"suscríbete y ahorra"
        ],
        "it": [
            r"da amazon|di amazon|offerta lampo|iscriviti e risparmia|prime day|"
            r"(?:applica|sconta|offre|applicava|ha applicato) amazon|"
            r"amazon (?:applica|sconta|offre)"
        ],
        # "Amazon が適用したクーポン": a blank between the name and its particle
        "ja": [r"amazon ?(?:の|が)|アマゾン(?:の|が)|プライムデー"],
    },
)
# "Back in stock" told to a buyer who asked about that item answers the buyer's question; with
# a push beside it ("grab yours", "order again now") it is a plug again.
RESTOCK: Final = Lexicon(
    "restock",
    {
        "en": [r"back in stock|in stock again|restocked"],
        "de": [r"wieder (?:vorrätig|auf lager|verfügbar|erhältlich|lieferbar)"],
        "fr": [r"(?:de nouveau|à nouveau) (?:en stock|disponible)|de retour en stock"],
        "es": [r"(?:de nuevo|otra vez) (?:en stock|disponible)|vuelve a estar disponible"],
        "it": [r"(?:di nuovo|nuovamente) disponibil\w*|di nuovo in magazzino"],
        "ja": [r"再入荷"],
    },
)
# A sale day as the reason for a backlog: "after Black Friday we have three hundred parcels in
# the queue, yours goes out on Thursday" names the day, it sells nothing.
BACKLOG: Final = Lexicon(
    "backlog",
    {
        "en": [
            r"backlog|(?:in|the) queue|(?:parcels|packages|orders) (?:waiting|piled up|to ship)|"
            r"behind (?:on|with) (?:orders|shipping|dispatch)"
        ],
        "de": [
            r"warteschlange|rückstand|rückstau|(?:pakete|bestellungen) (?:warten|stapeln)|im verzug"
        ],
        "fr": [
            r"file d'attente|(?:colis|commandes) en attente|en attente d'envoi|retard d'expédition"
        ],
        "es": [
            r"en cola|(?:paquetes|pedidos) pendientes|retraso en los envíos|acumulación de pedidos|"
            r"(?:va|van|vamos) con (?:un|dos|tres) días? de retraso|se retrasa\w*"
        ],
        "it": [r"in coda|arretrat\w*|(?:pacchi|ordini) in attesa|ritardo nelle spedizioni"],
        "ja": [r"発送待ち|出荷待ち|注文が集中|立て込んで"],
    },
)
_SALE_DAY: Final = re.compile(
    r"black friday|cyber monday|black week|kara cuma|efsane cuma|"
    + fold_literal("ブラックフライデー")
)
# A weather or news bulletin is no newsletter (Turkish puts the kind before: "hava durumu
# bülteni"; Spanish after, "boletín meteorológico", kept out in its pattern)
_NEWS_BULLETIN: Final = re.compile(r"bulten|bulletin|bollettin|biuletyn")
_NEWS_BEFORE: Final = re.compile(r"(?:hava durumu|haber|trafik|meteoroloji|deniz) $")
# The buyer's own order held up by the stock: "your cookie cutter is back in stock and your
# replacement ships today" is news about the order, not a plug.
OWN_ORDER: Final = Lexicon(
    "own order",
    {
        "en": [
            r"(?:your|the) (?:replacement|back-?order|missing part)|ships today|we(?:'ll| will) "
            r"(?:send|ship|dispatch) (?:it|yours|your)|(?:your|the) order (?:ships|will ship)"
        ],
        "de": [
            r"ihr(?:en)? ersatz\w*|nachliefer\w*|ihre bestellung (?:geht|wird)|"
            r"versenden (?:ihn|sie|es) heute"
        ],
        "fr": [
            r"votre (?:remplacement|commande part|colis part)|nous (?:vous )?(?:le |la )?renvoyons"
        ],
        "es": [r"su (?:reemplazo|repuesto|pedido sale)|se lo enviamos (?:hoy|mañana)"],
        "it": [r"la (?:sua )?sostituzione|il suo ordine parte|glielo spediamo (?:oggi|domani)"],
        "ja": [r"交換品|代替品|ご注文の商品を(?:本日|明日)"],
    },
)
ASKED_ABOUT: Final = Lexicon(
    "asked about",
    {
        # (and the buyer's wish to buy or pay for one more: "thank you for offering to pay
        # for the second chair by PayPal ... the chair is back in stock")
        "en": [
            r"you (?:asked|were asking|wanted to know|enquired|inquired)|as you asked",
            r"you (?:wanted|want|would like|were hoping|hoped|offered) to (?:buy|order|pay for|get)|"  # noqa: E501
            r"(?:your|the) offer to (?:pay|buy)|(?:for )?offering to (?:pay|buy|order)",
        ],
        "de": [
            r"sie (?:hatten|haben) (?:[\w-]+ ){0,6}?gefragt|sie fragten|ihre frage nach|"
            r"wie gewünscht",
            r"(?:dank|danke) für (?:das|ihr) angebot|sie (?:möchten|wollten|würden gern|wuerden gern) ~ "  # noqa: E501
            r"(?:bestellen|kaufen|nachbestellen|bezahlen)",
        ],
        "fr": [
            r"vous (?:avez|aviez) demandé|vous (?:nous )?demand(?:iez|ez)|votre question sur",
            r"vous (?:souhaitiez|souhaitez|vouliez|voulez) (?:en )?(?:commander|acheter|payer)|"
            r"votre proposition de (?:payer|régler)",
        ],
        "es": [
            r"(?:me|nos) (?:preguntó|preguntaba|pregunta)|su pregunta sobre",
            r"(?:quería|quiere|querías|quieres|deseaba) (?:comprar|pedir|pagar)|su (?:oferta|propuesta) de pagar",  # noqa: E501
        ],
        "it": [
            r"(?:mi|ci) (?:ha|aveva) chiesto|(?:mi|ci) chied(?:eva|e)|la sua domanda su",
            r"(?:voleva|vuole|volevi|desiderava) (?:acquistare|ordinare|comprare|pagare)|"
            r"la sua proposta di pagare",
        ],
        "ja": [
            r"お問い合わせ(?:の|いただいた|いただき|ありがとう)|ご質問の|とのご質問|ご購入(?:を)?ご希望"
        ],
    },
)

# Amazon's deal still on, for a buyer who returns the item and buys it again: "while the
# promotion lasts", "solange die Aktion noch läuft", "så länge rean pågår".  Beside Amazon's
# own promotion explained it points at Amazon's price, not at a purchase from the seller.
WHILE_ON: Final = Lexicon(
    "while the deal is on",
    {
        "en": [
            r"(?:while|as long as) (?:the|that|this|amazon's) (?:[\w-]+ )?(?:deal|promotion|offer|"
            r"sale|discount|price|coupon)s? (?:is |are )?(?:still )?(?:lasts?|runs?|running|on|"
            r"active|live|valid|available)"
        ],
        "de": [
            r"solange (?:die|das|der) (?:\w+ )?(?:aktion|angebot|rabatt|preis|deal|blitzangebot)\w* "  # noqa: E501
            r"(?:noch )?(?:läuft|gilt|aktiv)"
        ],
        "fr": [
            r"tant que (?:la |l'|le |cette |cet )?(?:promotion|promo|offre|vente flash|remise|prix)\w* "  # noqa: E501
            r"(?:est |reste )?(?:toujours |encore )?(?:active|en cours|valable|dure|disponible)"
        ],
        "es": [
            r"mientras (?:dure|esté activa|siga activa|siga|esté vigente|continúe) (?:la|el|esa|esta) "  # noqa: E501
            r"(?:promoci[oó]n|oferta|descuento|precio)|mientras (?:la|el) (?:promoci[oó]n|oferta|"
            r"descuento) (?:dure|siga|esté)"
        ],
        "it": [
            r"finché (?:l'|la |lo |il )?(?:offerta|promozione|sconto|prezzo)\w* (?:è |resta |rimane )?"  # noqa: E501
            r"(?:ancora )?(?:attiv|valid|in corso|disponibil)\w*"
        ],
        "ja": [
            r"(?:セール|キャンペーン|タイムセール|プロモーション)(?:の)?期間中|期間中でしたら|期間中であれば"
        ],
    },
)
# The seller declining the code or discount the buyer asked for: "we don't hand out discount
# codes", "Rabattcodes geben wir nicht heraus", "割引コードは発行しておりません".  The code words
# of the buyer's request, in the sentence before, are then no offer.
NO_CODES: Final = Lexicon(
    "no codes",
    {
        "en": [
            r"(?:don't|do not|can't|cannot|are not able to|aren't able to|never|won't|will not) (?:hand out|give "  # noqa: E501
            r"out|give|offer|issue|send out|send|provide|do) (?:you )?(?:any |a )?(?:discount |promo |coupon )?"  # noqa: E501
            r"(?:codes?|coupons?|vouchers?|discounts?)|(?:codes?|coupons?|vouchers?|discounts?) "
            r"(?:are|is)n't something we|(?:codes?|coupons?|vouchers?|discounts?) (?:are|is) not "
            r"something we",
            # round 31a: none to have: "we don't have any voucher codes", "we don't run our own
            # promo codes", "there are no discount codes", "we have no newsletter"
            r"(?:don't|do not|never) (?:have|run|use|keep|do|send|publish) (?:any )?(?:of )?"
            r"(?:our own |our |own )?(?:discount |promo |coupon |voucher |promotional )?(?:codes?|"
            r"coupons?|vouchers?|newsletters?|mailing list)|(?:we have|there (?:is|are)) no "
            r"(?:\w+ )?(?:codes?|coupons?|vouchers?|discounts?|newsletters?|mailing list)",
        ],
        "de": [
            r"(?:rabattcodes?|gutschein\w*|rabatt\w*) (?:geben|vergeben|verschicken|bieten) wir "
            r"(?:leider )?(?:nicht|keine)|(?:geben|vergeben|bieten|verschicken) (?:wir )?(?:leider )?"  # noqa: E501
            r"keine (?:rabattcodes?|gutschein\w*|rabatt\w*)",
            # round 31a: "Gutscheincodes haben wir nicht", "wir haben keine eigenen Rabattcodes"
            r"(?:\w*codes?|gutschein\w*|rabatt\w*|coupons?|newsletter) (?:haben|führen|verschicken) "  # noqa: E501
            r"wir (?:leider |auch |generell )?(?:nicht|keine?n?)|(?:haben|führen) (?:wir )?(?:leider )?"  # noqa: E501
            r"keine?n? (?:eigenen? )?(?:\w*codes?|gutschein\w*|rabatt\w*|coupons?|newsletter)",
        ],
        "fr": [
            r"(?:ne proposons|n'offrons|ne donnons|ne distribuons|n'accordons|ne délivrons|"
            r"n'envoyons) (?:pas|aucun\w*) (?:de |d')?(?:codes?|bons?|remises?|réductions?|coupons?)",  # noqa: E501
            # round 31a: "nous n'avons pas de code promo", "il n'y a pas de newsletter"
            r"(?:n'avons|n'a|n'y a) (?:pas|aucun\w*) (?:de |d')?(?:codes?|bons?|remises?|"
            r"réductions?|coupons?|newsletters?|lettre d'information)",
        ],
        "es": [
            r"no (?:damos|ofrecemos|emitimos|hacemos|enviamos|regalamos) (?:\w+ )?(?:códigos?|"
            r"cupones?|descuentos?)",
            # round 31a: "no tenemos cupones propios", "no hay código"
            r"no (?:tenemos|hay|manejamos|usamos) (?:\w+ )?(?:códigos?|cupones?|descuentos?|"
            r"boletín|newsletter)",
        ],
        "it": [
            r"non (?:rilasciamo|diamo|offriamo|emettiamo|facciamo|inviamo) (?:\w+ )?(?:codic\w*|"
            r"coupon|scont\w*|buon\w*)",
            # round 31a: "codici sconto non ne abbiamo", "non abbiamo codici"
            r"(?:codic\w*|coupon|buon\w*|newsletter)(?: \w+)? non (?:ne )?(?:abbiamo|usiamo|"
            r"facciamo)|non (?:abbiamo|usiamo|c'è|ci sono) (?:\w+ )?(?:codic\w*|coupon|buon\w*|"
            r"newsletter)",
        ],
        "ja": [
            r"(?:割引コード|クーポン|クーポンコード|割引)(?:は|の)(?:発行|配布|ご用意|ご提供)(?:は)?"
            r"(?:して|いた)?(?:おりません|ございません|できません|いたしかねます)",
            # round 31a: "割引コードはございません", "他の商品へのリンクはお送りできません"
            r"(?:割引コード|クーポン|クーポンコード|メルマガ|ニュースレター|リンク)(?:は|も)"
            r"(?:ございません|ありません|お送りできません|お送りいたしかねます|ご案内できません)",
        ],
    },
)
# "Free" of a service the buyer is owed anyway, not of a purchase: the maker's free helpline,
# free returns.  An offer word inside it is no offer.
FREE_SERVICE: Final = Lexicon(
    "free service",
    {
        "en": [
            r"free (?:[\w-]+ )?(?:helpline|hotline|phone ?line|service line|support line|"
            r"support number|customer service|returns?|return (?:label|shipping|postage)|"
            r"repairs?|collection|pick-?up)|returns? (?:are|is) free"
        ],
        "de": [
            r"kostenlose\w* (?:\w+ )?(?:hotline|servicenummer|rufnummer|service-?hotline|"
            r"rücksendung|retoure|rückversand|reparatur|abholung)|(?:rücksendung|retoure|"
            r"rückversand) (?:ist )?(?:kostenlos|gratis)|gratis-?hotline"
        ],
        "fr": [
            r"(?:retour|renvoi|numéro|ligne|assistance|réparation|enlèvement|service client)s? "
            r"(?:[\w']+ )?gratuit\w*|numéro vert|(?:le |les )?retours? (?:est |sont )?gratuit\w*"
        ],
        "es": [
            r"(?:devoluci[oó]n|línea|teléfono|número|servicio técnico|asistencia|reparaci[oó]n|"
            r"recogida)\w* (?:[\w]+ )?(?:gratuit\w*|gratis)|devoluci[oó]n es (?:gratuita|gratis)"
        ],
        "it": [
            r"(?:reso|numero|assistenza|riparazione|ritiro|linea)\w* (?:\w+ )?(?:gratuit\w*|"
            r"gratis)|numero verde|reso è (?:gratuito|gratis)"
        ],
        "ja": [
            r"無料(?:の)?(?:返品|サポート|窓口|ダイヤル|修理|回収|相談)|フリーダイヤル|返品(?:は)?無料"
        ],
        "nl": [
            r"gratis (?:retour\w*|hulplijn|helpdesk|klantenservice|servicenummer|telefoonnummer|"
            r"reparatie|ophaal\w*)|(?:retourneren|retour|terugsturen) is gratis"
        ],
        "pl": [
            r"(?:bezpłatn|darmow)\w* (?:zwrot\w*|infolini\w*|napraw\w*|odbi\w*|numer\w*|"
            r"pomoc\w*)|zwrot (?:jest )?(?:bezpłatny|darmowy)"
        ],
        "sv": [
            r"(?:kostnadsfri|gratis)\w* (?:retur\w*|kundtjänst|supportlinje|telefonlinje|"
            r"reparation|upphämtning|hjälplinje)|returen är (?:gratis|kostnadsfri)"
        ],
        "tr": [
            r"ücretsiz (?:iade|destek hattı|müşteri hizmetleri|çağrı merkezi|onarım|tamir|"
            r"danışma hattı)\w*|iade (?:ücretsiz|bedava)\w*"
        ],
    },
)
# The words of a deal Amazon may have run (a coupon, a sale, "-15 %", a multi-buy), as
# against a newsletter, a follow or new goods, which are the seller's whatever is around.
_DEAL_LIKE: Final = re.compile(
    r"\d|code|kod|promo|deal|sale|offer|coupon|discount|voucher|rabat|aktion|angebot|gutschein|remise|"
    r"reduc|vente|offre|solde|ofert|descuento|cupon|rebaja|offert|scont|saldi|korting|actie|"
    r"aanbieding|znizk|kampan|rea|kupong|erbjud|indirim|firsat|ode|"
    + fold_literal("セール|キャンペーン|クーポン|割引|オフ")
)


# A price for returning buyers with no promotion word: "returning customers pay a little
# less with us", "Stammkunden zahlen bei uns weniger", "the price of your next lamp comes
# down".  The returning buyer meets a lower price in a few words: a loyalty scheme in words.
_GAP: Final = r"(?:[^\s.!?;]+ ){0,6}?"
_RETURNING_PRICE: Final = {
    "en": rf"(?:returning|regular|loyal|repeat) (?:customers|buyers|clients|shoppers) {_GAP}"
    r"(?:pay (?:a (?:little|bit) |slightly )?less|(?:get|gets|enjoy) (?:a )?(?:better|lower|"
    r"special) (?:price|rate)|(?:get|gets) (?:it )?cheaper|(?:get|gets) (?:a (?:little|bit)|"
    r"something|money) off)|"
    rf"(?:bought|ordered|purchased) (?:from|with) us before {_GAP}(?:pay (?:a (?:little|bit) )?"
    r"less|(?:get|gets) (?:a )?(?:better|lower|special) (?:price|rate)|cheaper)|"
    r"price of (?:your|the) next [\w-]+ (?:comes|goes|will come|will go) down",
    "de": rf"(?:stammkunden|treue kunden|wiederkehrende kunden|wer schon (?:einmal )?bei uns "
    rf"(?:gekauft|bestellt) hat) {_GAP}(?:weniger|günstiger|einen besseren preis|rabatt)",
    "fr": rf"(?:clients? (?:fidèles|habituels|réguliers)|(?:ceux|celles) qui ont déjà (?:acheté|"
    rf"commandé) chez nous) {_GAP}(?:moins|un meilleur prix|une remise|une réduction)",
    "es": rf"(?:clientes (?:habituales|fieles|recurrentes)|quien(?:es)? ya (?:nos )?(?:ha|han) "
    rf"comprado) {_GAP}(?:menos|más barato|un mejor precio|un descuento)",
    "it": rf"(?:clienti (?:abituali|fedeli|affezionati)|chi ha già (?:comprato|acquistato) da "
    rf"noi) {_GAP}(?:meno|un prezzo migliore|uno sconto)",
    "ja": r"(?:リピーター|常連|再度ご購入|2回目以降)(?:の|様|さま)?[^。！？]{0,15}"
    r"(?:お安く|割引|お得|安く)",
}


# A loyalty scheme of the seller's: a stamp card, a customer club, "every tenth order free",
# "de elfde gratis".  A promotion by itself, like a loyalty programme.
LOYALTY: Final = Lexicon(
    "loyalty",
    {
        "en": [
            _RETURNING_PRICE["en"],
            r"stamp card|customer club|members' club|(?:every|each) (?:tenth|10th|eleventh|11th|"
            r"fifth|5th) (?:order|one|purchase|item)|(?:tenth|10th|eleventh|11th) (?:order|one|"
            r"purchase) (?:is )?(?:free|on us)|"
            # a club of the seller's: "members get a sample every month"
            r"(?:tea|coffee|honey|cheese|wine|soap|book|seed|tasting|our|little) club|"
            r"club members (?:get|receive|enjoy|save|pay)|(?:loyalty|rewards?|points|stamp) "
            r"(?:card|scheme)",
            # points collected, a club joined: "join our garden club and collect points"
            r"(?:collect|earn|collecting|earning|save up|saving up) (?:\w+ )?points|"
            r"join (?:our|the) (?:\w+ )?club",
        ],
        "de": [
            _RETURNING_PRICE["de"],
            r"stempelkarte\w*|kundenclub\w*|kundenklub\w*|jede (?:zehnte|elfte|fünfte) "
            r"(?:bestellung|lieferung|kauf)|(?:zehnte|elfte) (?:bestellung|lieferung) "
            r"(?:ist )?gratis|(?:tee|kaffee|honig|käse|wein|seifen|probier)club\w*|"
            r"clubmitglieder|treuekarte\w*|bonuskarte\w*|sammelkarte\w*|punktekarte\w*",
            r"(?:punkte|bonuspunkte|treuepunkte) (?:\w+ )?sammeln|sammeln sie (?:\w+ )?punkte|"
            r"mitglied (?:in|im|bei) unserem (?:\w+ )?(?:club|klub)|unserem (?:\w+)?(?:club|klub) bei",  # noqa: E501
        ],
        "fr": [
            _RETURNING_PRICE["fr"],
            r"carte de tampons|club (?:clients?|fidélité)|"
            r"(?:dixième|onzième) (?:commande )?offerte?|"
            r"club (?:du|de) (?:thé|café|miel|fromage|vin|dégustation)|membres du club|"
            r"carte (?:de fidélité|de points|client)",
            r"(?:cumulez|cumuler|gagnez|gagner|collectez|accumulez|accumuler) (?:\w+ )?points|"
            r"rejoignez (?:notre|le) (?:\w+ )?club",
        ],
        "es": [
            _RETURNING_PRICE["es"],
            r"tarjeta de sellos|club de clientes|(?:décimo|undécimo|décima|undécima) (?:pedido |"
            r"compra )?(?:es )?(?:gratis|gratuit[oa])|club (?:del|de) (?:té|café|aceite|queso|vino|"
            r"cata)|socios del club|tarjeta (?:de fidelidad|de puntos|de cliente)|"
            r"programa de (?:fidelidad|puntos)",
            r"(?:acumula|acumule|acumular|sume|sumar|consigue|consiga) (?:\w+ )?puntos|"
            r"(?:únase|únete|apúntese|apúntate) a (?:nuestro|el) (?:\w+ )?club",
        ],
        "it": [
            _RETURNING_PRICE["it"],
            r"tessera (?:fedeltà|a punti)|club (?:clienti|fedeltà)|"
            r"(?:decimo|undicesimo) (?:ordine )?(?:è )?(?:gratis|in omaggio)|club del (?:tè|caffè|"
            r"miele|formaggio|vino|formaggi)|soci del club|carta (?:fedeltà|a punti)|"
            r"raccolta punti",
            r"(?:accumula|accumuli|accumulare|raccoglie|raccogli|raccogliere) (?:\w+ )?punti|"
            r"(?:si iscriva|iscriviti|entri|entra) (?:al|nel) nostro (?:\w+ )?club",
        ],
        "ja": [
            _RETURNING_PRICE["ja"],
            r"会員クラブ|スタンプカード|ポイントカード|会員様には|会員限定|頒布会|会員カード",
            r"当店(?:の)?ポイント|ポイントが(?:貯ま|たま)|ポイントを(?:貯め|ため)|(?:クラブ|会員)に(?:ご入会|入会|ご登録)",
        ],
    },
)

# The buyer signed up for the seller's news or rewards: a list for the new goods ("we'll put
# you on our list for the new prints", "you'll hear first"), points on every purchase ("bonus
# points on every pressing", "every order earns a stamp"), a friend brought in for a reward
# ("if a friend you tell orders, you both get a surprise").  A promotion by itself, like a
# loyalty scheme; a waiting list for the buyer's own item names no new goods and passes.
SIGN_UP: Final = Lexicon(
    "sign up",
    {
        "en": [
            r"(?:on|to) (?:our|the) (?:\w+ )?list (?:for|of) (?:the |our )?(?:new|next|latest|"
            r"upcoming)|(?:be|are) the first to (?:hear|know) (?:about|of|when) (?:the |our )?"
            r"(?:new|next|latest)",
            # a VIP list, news first of the new goods, a list for launch offers
            r"vip[- ]?list|(?:hear|know|learn) (?:it |about it )?first (?:when|about|of) "
            r"(?:the |our )?(?:new|next|latest)|list (?:for|of) (?:launch|early[- ]bird|pre-?order|"
            r"exclusive|member|vip) (?:offers?|deals?|prices?|discounts?)",
            r"(?:bonus|loyalty|reward) points (?:on|for|with) (?:every|each|all)|(?:our|collect) "
            r"(?:bonus|loyalty|reward) points|collectors?'? club|(?:every|each) (?:order|purchase) "
            r"(?:earns|gets|is worth|counts as) (?:a|one) (?:stamp|point)",
            # (the reward for both, not Amazon's note to both: "you'll both get an email")
            r"you(?:'ll| will)? (?:both|each) (?:get|receive) (?:a|an|one|\d)"
            r"(?! (?:e-?mail|message|notification|update|text|sms)s?(?![a-z]))",
        ],
        "de": [
            r"(?:auf|in) unsere (?:\w+)?liste (?:für|der) (?:die )?(?:neuen|nächsten)|als erste\w* "
            r"(?:von den neuen|über die neuen)|vip-?liste\w*|(?:erfahren|hören|wissen) sie (?:es )?"
            r"als erste\w*,? (?:wenn|sobald|ob) (?:die |unsere )?neue",
            r"(?:bonus|treue)punkte\w* (?:für|auf|bei) (?:jede|jeden|alle)|(?:unsere\w*|sammeln "
            r"sie) (?:bonus|treue)punkte|sammlerclub\w*|(?:jede|jeder) (?:bestellung|kauf) "
            r"(?:zählt|bringt|gibt) (?:einen|ein) (?:stempel|punkt)",
            r"(?:erhalten|bekommen) sie beide",
        ],
        "fr": [
            r"sur notre liste (?:pour|des) (?:les )?(?:nouveaux|nouvelles|prochains|prochaines)|"
            r"liste vip|(?:serez|êtes) (?:le|la) premi(?:er|ère) (?:informée?|à savoir|"
            r"prévenue?) ~ "
            r"(?:nouveaux|nouvelles|prochains|prochaines)",
            r"points (?:de fidélité|bonus) (?:sur|pour|à) (?:chaque|toute|tous)|(?:nos|cumulez "
            r"des) points (?:de fidélité|bonus)|club des collectionneurs|(?:chaque|toute) "
            r"commande (?:vaut|donne|rapporte) (?:un|une) (?:tampon|point)",
            r"(?:recevez|recevrez) (?:tous|toutes) (?:les )?deux|(?:recevez|recevrez) chacune?",
        ],
        "es": [
            r"en nuestra lista (?:para|de) (?:los |las )?(?:nuev[oa]s|próxim[oa]s)|lista vip|"
            r"(?:será|es) (?:el|la) primer[oa] en (?:saber|enterarse) ~ (?:nuev[oa]s|próxim[oa]s)",
            r"(?:nuestros|acumule) puntos (?:de )?(?:fidelidad|regalo)|puntos (?:de )?(?:fidelidad|"
            r"regalo) (?:en|por) cada|club de coleccionistas|cada (?:pedido|compra) (?:vale|suma|"
            r"da) (?:un |unos )?(?:sellos?|puntos)",
            r"(?:reciben|recibirán) (?:los|las) dos|(?:los|las) dos (?:reciben|recibirán)",
        ],
        "it": [
            r"nella nostra lista (?:per|delle|dei) (?:i |le )?(?:nuov[ie]|prossim[ie])|lista vip|"
            r"(?:sarà|è) (?:il|la) prim[oa] a (?:sapere|saperlo) ~ (?:nuov[ie]|prossim[ie])",
            r"(?:nostri|accumuli) punti (?:fedeltà|bonus|premio)|punti (?:fedeltà|bonus|premio) "
            r"(?:su|per|a) ogni|club (?:dei )?collezionisti|ogni (?:ordine|acquisto) (?:vale|dà|"
            r"conta come) un (?:timbro|punto|bollino)",
            r"(?:ricevete|riceverete) entramb[ie]",
        ],
        "ja": [
            r"ポイント(?:が)?(?:貯ま|たま)|コレクターズクラブ|ご注文ごとにスタンプ|いち早くお知らせ|お二人とも"
        ],
    },
)
# "Every fifth bag", "var femte påse", "her beşinci siparişte", "五回ご注文いただくごとに":
# a count of the buyer's purchases.  With a freebie in the sentence (OFFER: free, on the
# house, "regaliamo", "サービス") it is a stamp card in words, whatever is counted; alone,
# "every second day" or "ogni tre giorni" is an ordinary rhythm.
EVERY_NTH: Final = Lexicon(
    "every nth purchase",
    {
        "en": [
            r"(?:every|each) (?:other |single )?(?:second|third|fourth|fifth|sixth|seventh|eighth|"
            r"ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))|(?:your|the) (?:fifth|sixth|"
            r"seventh|eighth|ninth|tenth|eleventh|twelfth|\d+th) (?:[\w-]+ ){0,3}?(?:order|"
            r"purchase|bag|pack|box|one|bottle|jar|item|refill|tin)|(?:every|each|for every) "
            r"(?:two|three|four|five|six|ten|\d+) (?:[\w-]+ )?(?:orders|purchases|bags|packs|"
            r"boxes|bottles|jars|items|refills)|after (?:two|three|four|five|six|ten|\d+) "
            r"(?:\w+ )?(?:orders|purchases)"
        ],
        "de": [
            r"(?:jede[rsn]?) (?:zweite|dritte|vierte|fünfte|sechste|siebte|achte|neunte|zehnte|"
            r"elfte|zwölfte)[rns]?|(?:ihre|ihr|ihren|die|der|das) (?:fünfte|sechste|zehnte|elfte|"
            r"zwölfte)[rns]? (?:bestellung|tüte|packung|beutel|kauf|dose|glas|flasche|lieferung)|"
            r"(?:alle|je|für je|pro) (?:zwei|drei|vier|fünf|sechs|zehn|\d+) (?:\w+ )?"
            r"(?:bestellungen|einkäufe|käufe|tüten|packungen|beutel|dosen|gläser|flaschen)|nach "
            r"(?:zwei|drei|vier|fünf|sechs|zehn|\d+) (?:\w+ )?(?:bestellungen|einkäufen|käufen)"
        ],
        "fr": [
            r"(?:chaque|tous les|toutes les) (?:deuxième|troisième|quatrième|cinquième|sixième|"
            r"septième|huitième|neuvième|dixième|onzième|douzième)|(?:votre|le|la) (?:cinquième|"
            r"sixième|dixième|onzième|douzième) (?:commande|achat|sachet|paquet|boîte|pot|"
            r"bouteille|bougie)|(?:toutes les|tous les|pour|chaque lot de) (?:deux|trois|quatre|"
            r"cinq|six|dix|\d+) (?:\w+ )?(?:commandes|achats|sachets|paquets|boîtes|pots|"
            r"bouteilles)|après (?:deux|trois|quatre|cinq|six|dix|\d+) (?:\w+ )?(?:commandes|achats)"  # noqa: E501
        ],
        "es": [
            r"cada (?:segund|tercer|cuart|quint|sext|séptim|octav|noven|décim|undécim)[oa]|"
            r"(?:su|el|la) (?:quint|sext|décim|undécim)[oa] (?:pedido|compra|bolsa|paquete|caja|"
            r"botella|tarro)|cada (?:dos|tres|cuatro|cinco|seis|diez|\d+) (?:\w+ )?(?:pedidos|"
            r"compras|bolsas|paquetes|cajas|botellas|tarros)|(?:después de|tras) (?:dos|tres|cuatro|"  # noqa: E501
            r"cinco|seis|diez|\d+) (?:\w+ )?(?:pedidos|compras)"
        ],
        "it": [
            r"ogni (?:second|terz|quart|quint|sest|settim|ottav|non|decim|undicesim)[oa]|"
            r"(?:il suo|la sua|il|la) (?:quint|sest|decim|undicesim)[oa] (?:ordine|acquisto|"
            r"confezione|sacchetto|pacco|scatola|bottiglia|vasetto)|ogni (?:due|tre|quattro|"
            r"cinque|sei|dieci|\d+) (?:\w+ )?(?:ordini|acquisti|confezioni|sacchetti|pacchi|"
            r"scatole|bottiglie|vasetti)|dopo (?:due|tre|quattro|cinque|sei|dieci|\d+) (?:\w+ )?"
            r"(?:ordini|acquisti)"
        ],
        "ja": [
            r"[0-9一二三四五六七八九十]+(?:回|個|袋|本|箱|点)(?:目)?(?:の)?(?:ご注文|ご購入|お買い上げ|"
            r"注文|購入)?(?:いただく|いただいた|する)?(?:ごと|毎)に|"
            r"[0-9一二三四五六七八九十]+(?:回|個|袋|本|箱|点)目(?:は|を|が)"
        ],
        "nl": [
            r"(?:elke|iedere) (?:tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|"
            r"elfde|twaalfde)|(?:uw|je|de) (?:vijfde|zesde|tiende|elfde|twaalfde) (?:bestelling|"
            r"aankoop|zak|pak|doos|fles|pot)|(?:per|voor elke|elke) (?:twee|drie|vier|vijf|zes|"
            r"tien|\d+) (?:\w+ )?(?:bestellingen|aankopen|zakken|pakken|dozen|flessen|potten)|na "
            r"(?:twee|drie|vier|vijf|zes|tien|\d+) (?:\w+ )?(?:bestellingen|aankopen)"
        ],
        "pl": [
            r"(?:co|każd\w*) (?:drug|trzec|czwart|piąt|szóst|siódm|ósm|dziewiąt|dziesiąt|"
            r"jedenast|dwunast)\w*|(?:za )?(?:każde|co) (?:dwa|trzy|cztery|pięć|sześć|dziesięć|"
            r"\d+) (?:\w+ )?(?:zamówie\w*|zakup\w*|opakowa\w*|paczk\w*|torebek|słoik\w*)|po "
            r"(?:dwóch|trzech|czterech|pięciu|sześciu|dziesięciu|\d+) (?:\w+ )?(?:zamówieniach|"
            r"zakupach)"
        ],
        "sv": [
            r"(?:var|vart|varje) (?:annan|andra|tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde|"
            r"tionde|elfte|tolfte)|(?:din|ditt|den|det) (?:femte|sjätte|tionde|elfte|tolfte) "
            r"(?:beställning\w*|order|köp\w*|påse\w*|paket\w*|burk\w*|flask\w*)|efter (?:två|"
            r"tre|fyra|fem|sex|tio|\d+) (?:\w+ )?(?:köp|beställningar|ordrar)"
        ],
        "tr": [
            r"her (?:ikinci|üçüncü|dördüncü|beşinci|altıncı|yedinci|sekizinci|dokuzuncu|onuncu|"
            r"on birinci|on ikinci)|(?:her )?(?:iki|üç|dört|beş|altı|on) (?:\w+ )?"
            r"(?:siparişte|alışverişte|alımda|pakette|kutuda|siparişinizde) bir|(?:iki|üç|dört|beş|"
            r"altı|on) (?:\w+ )?(?:alışveriş|sipariş)(?:ten|den) sonra"
        ],
    },
)

# Round 22a.  A sale told with no offer word: "30 Prozent auf alle Kissenbezüge", "costano la
# metà", "yarı fiyatına", "voor de halve prijs".  Half of a price refunded ("we refunded half
# the price") names no sale price and passes.
SALE_NO_WORD: Final = Lexicon(
    "sale without an offer word",
    {
        "en": [
            rf"\d+ ?{_PERCENT} (?:off )?(?:on|across) (?:all|every|our|the whole|everything)(?![a-z])"  # noqa: E501
        ],
        "de": [
            rf"\d+ ?{_PERCENT} auf (?:alle|alles|das ganze|das gesamte|unser\w*)(?![a-z])",
            r"(?:kostet|kosten) (?:\w+ ){0,4}?(?:nur )?(?:noch )?die hälfte|zum halben preis",
        ],
        "fr": [
            rf"\d+ ?{_PERCENT} (?:de moins )?sur (?:tout|toutes|tous|nos|l'ensemble)(?![a-z])",
            r"(?:tou\w*|nos) (?:[^\s.!?;]+ ){0,5}?à moitié prix|(?:coûte|coûtent) (?:\w+ )?la moitié",  # noqa: E501
        ],
        "es": [
            rf"\d+ ?{_PERCENT} (?:en|sobre) (?:todo|todos|todas|toda|nuestr\w*)(?![a-z])",
            r"(?:cuesta|cuestan) (?:\w+ )?la mitad",
        ],
        "it": [
            rf"\d+ ?{_PERCENT} (?:su|sul|sulla|sui|sulle) (?:tutt\w*|nostr\w*)",
            r"(?:costa|costano) (?:\w+ )?la metà",
        ],
        "ja": [r"(?:全品|全商品|すべての商品)[^。]{0,10}?(?:半額|\d+ ?(?:%|％|割)(?:オフ|引き))"],
        "nl": [
            r"(?:al|alle|onze|ons) (?:[^\s.!?;]+ ){0,5}?(?:voor|tegen) (?:de )?halve prijs|\d+ ?(?:%|procent) op (?:al|alle|ons|onze|het hele)(?![a-z])",  # noqa: E501
        ],
        "pl": [
            r"(?:wszystk|cał|nasz)\w* (?:[^\s.!?;]+ ){0,5}?(?:za pół ceny|o połowę taniej)|\d+ ?(?:%|procent) na (?:wszystk|cał|nasz)\w*"  # noqa: E501
        ],
        "sv": [
            r"(?:till|för) halva priset|kostar (?:\w+ ){0,3}?halva priset|\d+ ?(?:%|procent) på (?:alla|allt|hela|vår|våra)(?![a-z])"  # noqa: E501
        ],
        "tr": [
            r"(?:tüm|bütün)\w* (?:[^\s.!?;]+ ){0,5}?yarı fiyatına|yarı yarıya (?:indirim|ucuz)\w*|tüm \w+ (?:%|yüzde) ?\d+"  # noqa: E501
        ],
    },
)
_OTHERS_EN = (
    r"(?:the rest of (?:the|our|this) (?:collection|range|series|line)|our other|more of our|"
    r"(?:the )?other (?:\w+ )?(?:from|by) us|our (?:whole|full|entire) (?:range|collection|shop|store))"  # noqa: E501
)


def _search_us(verb: str, others: str) -> str:
    """A search on Amazon (verb and Amazon in either order) leading to the seller's other goods."""
    return (
        rf"(?:(?:{verb})[^.!?;\n]{{0,50}}?amazon\S*|amazon\S*[^.!?;\n]{{0,50}}?(?:{verb}))"
        rf"[^.!?;\n]{{0,80}}?{others}"
    )


# Round 22a.  The buyer sent to search Amazon for the brand or the rest of the collection
# ("Search 'SunnyHome mug' on Amazon to find the rest of the collection").  Searching Your
# Orders for the order names none of the seller's other goods.
AMAZON_SEARCH_US: Final = Lexicon(
    "amazon search for us",
    {
        "en": [_search_us(r"search\w*|type|enter|look up|look for", _OTHERS_EN)],
        "de": [
            _search_us(
                r"such\w*|geben sie|tippen sie|eingeben",
                r"(?:unser\w* (?:anderen|weiteren|übrigen)|den rest (?:der|unserer) (?:kollektion|serie|reihe)|"  # noqa: E501
                r"weitere \w+ von uns|unser (?:ganzes|gesamtes) sortiment)",
            )
        ],
        "fr": [
            _search_us(
                r"cherch\w*|recherch\w*|tape\w*|saisi\w*",
                r"(?:nos autres|le reste de (?:la|notre) (?:collection|gamme|série)|toute notre gamme)",  # noqa: E501
            )
        ],
        "es": [
            _search_us(
                r"busque|busca\w*|escrib\w*|teclee",
                r"(?:nuestr[oa]s otr[oa]s|(?:el )?resto de (?:la|nuestra) (?:colección|gama|serie)|"
                r"toda nuestra gama)",
            )
        ],
        "it": [
            _search_us(
                r"cerc\w*|digit\w*|scriv\w*",
                r"(?:altri nostri|altre nostre|nostr[ie] altr[ie]|il resto della (?:collezione|gamma|serie)|"  # noqa: E501
                r"tutta la nostra gamma)",
            )
        ],
        "ja": [
            r"amazon[^。]{0,30}?(?:検索|入力)[^。]{0,30}?(?:他の商品|ほかの商品|シリーズの|当店の他)"
        ],
        "nl": [
            _search_us(
                r"zoek\w*|typ\w*|voer ~ in|invoer\w*",
                r"(?:onze andere|(?:de )?rest van (?:de|onze) (?:collectie|serie|lijn)|ons hele assortiment)",  # noqa: E501
            )
        ],
        "pl": [
            _search_us(
                r"wyszuk\w*|wpis\w*|szuka\w*|wpisz",
                r"(?:nasze (?:inne|pozostałe)|inne nasze|reszt\w* (?:kolekcji|serii)|całą naszą ofertę)",  # noqa: E501
            )
        ],
        "sv": [
            _search_us(
                r"sök\w*|skriv\w*",
                r"(?:våra andra|(?:resten|övriga) (?:av )?(?:kollektionen|serien)|hela vårt sortiment)",  # noqa: E501
            )
        ],
        "tr": [
            _search_us(
                r"ara\w*|yaz\w*",
                r"(?:diğer \w*(?:ımız|imiz|umuz|ümüz)\w*|koleksiyonun (?:geri kalanı|tamamı)\w*|"
                r"tüm ürünlerimiz\w*)",
            )
        ],
    },
)


# Round 21c.  A multi-buy: "2+1 free", "1+1 gratis", "drei zum Preis von zwei", "3x2 en
# toda la tienda", "prendi 3 paghi 2", "1 alana 1 bedava", "2つ買うと1つ無料".
MULTI_BUY: Final = Lexicon(
    "multi-buy",
    {
        "en": [
            r"three for the price of two",
            # round 32a: "regular customers get their third item at half price"
            r"(?:second|third|fourth|2nd|3rd|4th) (?:\w+ )?(?:item|product|one|order|piece)s? "
            r"(?:[^\s.!?;]+ ){0,4}?(?:at|for) half(?: the)? price",
        ],
        "de": [
            r"(?:drei|zwei|vier) zum preis von (?:zwei|drei|einem)",
            r"(?:zweite|dritte|vierte)[ns]? (?:\w+ )?(?:artikel|produkt|stück|bestellung) (?:zum|für den) halben preis",  # noqa: E501
        ],
        "fr": [
            r"(?:trois|deux|quatre) pour le prix de (?:deux|trois|un)",
            r"(?:deuxième|troisième|quatrième|2e|3e) (?:\w+ )?(?:article|produit|commande) à (?:moitié prix|-50 ?%)",  # noqa: E501
        ],
        "es": [
            r"(?:tres|dos) por el precio de (?:dos|uno)",
            r"(?:segund|tercer|cuart)\w* (?:\w+ )?(?:artículo|producto|unidad|pedido) a mitad de precio",  # noqa: E501
        ],
        "it": [
            r"(?:tre|due) al prezzo di (?:due|uno)|prendi (?:\d|tre|due) paghi (?:\d|due|uno)",
            r"(?:second|terz|quart)\w* (?:\w+ )?(?:articolo|prodotto|pezzo|ordine) a metà prezzo",
        ],
        "ja": [
            r"[0-9]+(?:個|点|袋|本|箱)(?:買う|お買い上げ|ご購入)(?:と|で)[0-9]+(?:個|点|袋|本|箱)(?:無料|プレゼント|サービス)",
            r"(?:[0-9]+|二|三|四)(?:個|点|本|箱|回)目(?:の(?:ご注文|商品))?(?:が|は|を)?半額",
        ],
        "nl": [
            r"(?:drie|twee) (?:halen|kopen),? (?:twee|één) betalen",
            r"(?:tweede|derde|vierde) (?:\w+ )?(?:artikel|product|bestelling|stuk)\w* (?:\w+ ){0,3}?(?:voor|tegen) (?:de )?halve prijs",  # noqa: E501
        ],
        "pl": [
            r"(?:trzy|dwa) w cenie (?:dwóch|jednego)",
            r"(?:drugi|trzeci|czwarty|drugą|trzecią) (?:\w+ )?(?:produkt|artykuł|zamówienie|rzecz)\w* (?:za|w) (?:pół|połowie) ceny",  # noqa: E501
        ],
        "sv": [
            r"(?:tre|två|fyra) för (?:två|ett|tre)s? pris|(?:tre|fyra) för (?:två|tre) på|"
            r"köp (?:\d|tre|två),? betala för (?:\d|två|ett)",
            # ("sin tredje": the match opens at "sin", read as Spanish "without" if before it)
            r"(?:sin |din |er )?(?:andra|tredje|fjärde) (?:\w+ )?(?:produkt|vara|artikel|beställning)\w* (?:\w+ ){0,3}?(?:till|för) halva priset",  # noqa: E501
        ],
        "tr": [
            r"(?:üç|iki) al (?:iki|bir) öde",
            r"(?:ikinci|üçüncü|dördüncü) (?:\w+ )?(?:ürün|sipariş|parça)\w* (?:\w+ )?yarı fiyat\w*",
        ],
    },
)
# The same in figures, which a lexicon cannot start with: "2+1 free", "1+1 gratis", "3 für
# 2", "3x2 en toda la tienda", "3 al 2 öde", "3 halen 2 betalen", "3 w cenie 2".
_MULTI_BUY: Final = re.compile(
    # (on the folded words view: "für" reads "fur", "öde" "ode", "på" "pa").  The digit comes
    # first and the look-behind after it: a pattern that opens with a look-behind is tried
    # at every character of the reply (0.3 ms a check), one that opens with a digit only at
    # digits.
    r"\d(?<![\w+]\d)(?:"
    r" ?\+ ?\d (?:free|gratis|gratuit\w*|kostenlos|umsonst|gratuito|in regalo|"
    r"omaggio|za darmo|bedava|hediye)(?!\w)|"
    r" (?:zum preis von|fur|pour le prix de|por el precio de|al prezzo di|w cenie) "
    r"\d(?!\w)(?! ?(?:%|€|cm|mm|kg|g|m|personen|stunden|tage|wochen|jahre|kinder)(?!\w))|"
    r" for \d (?:pa|on|op) (?:all|alla|allt|every|everything|our|vara)(?!\w)|"
    r" al \d ode(?!\w)|"
    r" ?x ?\d (?:en|op|na|pa|auf|sur|su) (?:todo|toda|todos|todas|nuestr\w*|alle\w*|"
    r"tout|tous|tutt\w*|wszystk\w*|allt|alla)(?!\w)|(?: (?:halen|kopen),? \d betalen(?!\w))"
    r")"
)

# A little extra for the buyer, the freebie of a stamp card told in words: "every fifth order
# gets something nice", "bij elke vijfde bestelling iets leuks", "ogni quinto ordine una
# sorpresa".  Counted only beside EVERY_NTH.
SURPRISE: Final = Lexicon(
    "surprise",
    {
        "en": [
            r"something (?:nice|extra|special|little|sweet)|a (?:little |small )?(?:extra|surprise|treat|gift)"  # noqa: E501
        ],
        "de": [
            r"etwas (?:schönes|nettes|kleines|besonderes|extra)|(?:eine )?(?:kleine )?überraschung|ein (?:kleines )?geschenk"  # noqa: E501
        ],
        "fr": [
            r"un petit (?:plus|cadeau|quelque chose)|une (?:petite )?surprise|quelque chose en plus|un cadeau"  # noqa: E501
        ],
        "es": [
            r"algo (?:especial|bonito|extra)|un (?:pequeño )?detalle|una (?:pequeña )?sorpresa|un regalito"  # noqa: E501
        ],
        "it": [
            r"qualcosa di (?:bello|speciale|carino|extra)|un pensierino|una (?:piccola )?sorpresa|un regalino"  # noqa: E501
        ],
        "ja": [r"おまけ|ささやかな(?:プレゼント|贈り物)|サプライズ"],
        "nl": [
            r"iets (?:leuks|extra|lekkers|moois)|een (?:kleine )?verrassing|een kleinigheid(?:je)?|een cadeautje"  # noqa: E501
        ],
        "pl": [
            r"coś (?:miłego|ekstra|specjalnego|extra)|(?:małą |drobną )?niespodziank\w*|drobiazg\w*|upominek"  # noqa: E501
        ],
        "sv": [
            r"något (?:extra|smått|kul|gott|trevligt)|en (?:liten )?överraskning|en liten present"
        ],
        "tr": [r"(?:küçük )?(?:bir )?sürpriz\w*|ufak bir hediye|küçük bir hediye"],
    },
)

# A code to type in: a capitalised word with two or three digits ("BRIGHT20", "SAVE-15",
# "KESTREL15"), met by a use or checkout word or a future order in the same sentence.  Order
# ids, tracking numbers and model numbers have more digits, fewer letters or no such use:
# "the GD-24 lid", "HJ0019283746", "114-5738201-2290461".
CODE_USE: Final = Lexicon(
    "code use",
    {
        "en": [
            "entered|mention\\w*|quote|when you (?:order|buy|pay)|at the till",
            r"use|using|enter|apply|redeem|type|add|at (?:the )?checkout|when you check out|"
            r"next (?:order|purchase|time|one)|future (?:orders?|purchases?)|"
            r"valid (?:on|for|in|at)|"
            r"good (?:on|for) (?:any|anything|all|every)|"
            # round 22a: "EXTRA5 takes 5 EUR off whatever you buy from us next"
            r"takes? (?:€ ?|\$ ?|£ ?)?\d+ ?(?:%|eur|euros?|€|usd|dollars?|gbp|pounds?|£|\$)? off|"
            r"(?:buy|order|purchase) (?:from us )?next",
        ],
        "de": [
            "nennen sie|angeben|bei (?:der |ihrer )?(?:nächsten )?bestellung",
            r"verwende\w*|nutze\w*|benutze\w*|gebe\w* ~ ein|eingeben|einlösen|lösen ~ ein|"
            r"an der kasse|im warenkorb|nächste\w* (?:bestellung|einkauf|kauf|mal)|"
            r"gültig (?:für|auf)",
        ],
        "fr": [
            "mentionnez|lors de (?:votre |la )?(?:prochaine )?commande",
            r"utilis\w*|entrez|saisi\w*|appliquez|indiquez|au paiement|à la caisse|dans le panier|"
            r"prochaine? (?:commande|achat|fois)|valable (?:sur|pour)",
        ],
        "es": [
            "mencione|indique|al (?:hacer|realizar) (?:su|el) pedido",
            r"us[ae]|utilic\w*|utiliz\w*|introduzc\w*|introduc\w*|aplique|canje\w*|al pagar|"
            r"en (?:la )?caja|en el carrito|próxim[ao] (?:compra|pedido|vez)|válid[oa] (?:en|para)",
        ],
        "it": [
            "indichi|menzioni|al momento dell'ordine",
            r"us[ai]|utilizz\w*|inserisc\w*|inserisca|applic[hi]\w*|alla cassa|al checkout|"
            r"nel carrello|prossim[oa] (?:ordine|acquisto|volta)|valid[oa] (?:su|per)",
        ],
        "ja": [
            "お伝え|ご記入|記入|入れて",
            r"入力|ご利用|ご使用|お使い|使って|使うと|適用して|次回|レジ|カート",
        ],
        "nl": [
            "vermeld\\w*|noem|bij (?:uw |je )?(?:volgende )?bestelling",
            r"gebruik\w*|voer ~ in|vul ~ in|invoeren|bij het afrekenen|bij de kassa|"
            r"in (?:de|je|uw) winkelwagen|volgende (?:bestelling|aankoop|keer)|geldig (?:op|voor)",
        ],
        "pl": [
            "przy (?:następnym |kolejnym )?zamówieniu|wspomnij\\w*",
            r"użyj\w*|wpisz\w*|wprowadź\w*|podaj\w*|przy kasie|przy płatności|w koszyku|"
            r"(?:następn|kolejn)\w* (?:zamówie\w*|zakup\w*|raz\w*)|ważn\w* (?:na|przy)",
        ],
        "sv": [
            "uppge|nämn|vid (?:nästa )?beställning",
            r"använd\w*|ange|skriv in|fyll i|i kassan|vid kassan|i varukorgen|"
            r"nästa (?:beställning|köp|gång|order)|gäller (?:på|för)|giltig\w* (?:på|för)",
        ],
        "tr": [
            "belirtin|söyleyin|sipariş verirken|ödemede",
            r"kullan\w*|gir\w*|ödeme (?:sırasında|adımında)|sepet\w*|"
            r"(?:bir )?sonraki (?:sipariş\w*|alışveriş\w*)|geçerli\w*",
        ],
    },
)
_CODE_SHAPE: Final = re.compile(
    r"(?<![a-z0-9-])[a-z][a-z0-9]{1,11}(?:-[a-z0-9]{1,6}){0,3}(?![a-z0-9-])"
)  # "BRIGHT20", "KETTLE-2027", "BW-7X9Q-22"; judged by _is_code_shape
_DIGITS: Final = re.compile(r"\d")
# round 22a: a code with one digit that takes money off: "EXTRA5 takes 5 EUR off"
_CODE_TAKES_OFF: Final = re.compile(
    r"(?<![a-z0-9-])([a-z]{4,10}\d{1,4}) (?:takes|gives you|saves you|knocks) "
    r"(?:€ ?|\$ ?|£ ?)?\d+ ?(?:%|eur|euros?|€|usd|gbp|\$|£)? off"
)
_LETTER_RUNS: Final = re.compile(r"[a-z]+")


def _is_code_shape(token: str) -> bool:
    """Two to four digits and at least three letters: a code, not an order id, tracking or
    invoice number (more digits) and not a word."""
    digits = len(_DIGITS.findall(token))
    letters = sum(c.isalpha() for c in token)
    if not (2 <= digits <= 4 and letters >= 3 and len(token) <= 16):
        return False
    # a word in it ("KETTLE-2027") or a code in three groups ("BW-7X9Q-22"); two letters
    # before a model's digits ("KB-220S", "ZR-70S") make a model number
    return max(map(len, _LETTER_RUNS.findall(token))) >= 3 or token.count("-") >= 2


# A model named with an article or a model word before it is a product, not a code:
# "the PRO200 blender", "das Modell EVO50", "le modèle KIT30".
_MODEL_BEFORE: Final = re.compile(
    r"(?:\b(?:the|a|an|this|that|your|our|der|die|das|den|dem|des|ein|eine|einen|le|la|les|"
    r"du|un|une|el|los|las|il|lo|gli|uno|het|de|een|en|ett|det|bir|ten|ta|to|model\w*|"
    r"typ\w*|type|art|nr|no|series|serie\w*|size|größe|taille|talla|taglia|maat|rozmiar|"
    r"storlek|beden|version|versione|versión|invoice|rechnung|facture|factura|fattura|factuur|"
    r"faktura|fatura|order|bestellung|commande|pedido|ordine|bestelling|zamówienie|"
    r"beställning|sipariş|siparis|tracking|sendung|colis|envío|envio|spedizione|zending|"
    r"przesyłka|försändelse|kargo|lot|batch|charge|serial|ticket|case|fall|ärende) |型番|品番)$"
)


def _code_shapes(doc: Document, sentences: list[int]) -> Iterator[re.Match[str]]:
    """The matches of ``_CODE_SHAPE`` in the words view that start in ``sentences`` (in
    order), searched in those sentences only: not every word of the reply.

    Each sentence but the last ends with a mark no match can hold, so none runs on past
    its sentence's end, and one searched alone finds what the whole search finds there."""
    text = doc.words.text
    for s in sentences:
        yield from _CODE_SHAPE.finditer(text, doc.sentence_starts[s], doc.sentence_end(s))


def _promo_codes(doc: Document, skip: set[int]) -> Iterator[tuple[int, int]]:
    """Capitalised codes with digits in a sentence that tells the buyer to use them."""
    use = {doc.sentence_of(i) for i, _ in CODE_USE.spans(doc)} - skip
    if not use:
        return
    view = doc.words
    for m in _code_shapes(doc, sorted(use)):
        if not _is_code_shape(m.group()):
            continue
        if _MODEL_BEFORE.search(view.text, max(0, m.start() - 12), m.start()):
            continue
        start, end = view.span(m.start(), m.end())
        letters = "".join(c for c in doc.text[start:end] if c.isalpha())
        if letters.isupper():
            yield m.start(), m.end()


_CODE_OR_OWN: Final = re.compile(
    r"\b(?:code|codes|coupon code|gutscheincode|rabattcode|codigo|codice|kod\w*|koden|kodu|"
    r"our|unser\w*|notre|nos|nuestr\w*|nostr\w*|onze|nasz\w*|bizim)\b|コード|コート|当店"
)

# round 32a: a voucher that is the goods: a card sent or packed in the box ("your replacement
# voucher card is with DPD", "Ersatz-Gutscheinkarte", "the add-on voucher in the box")
_VOUCHER_WORD: Final = re.compile(r"vouchers?|gutscheine?|coupons?|kupon|bons?|vales?")
_GOODS_AFTER: Final = re.compile(
    r"n?[-\s]?(?:card|karte|kaart|kort)(?![a-z])|n?\s+(?:in|inside|im|in der|nella|nel|in de|w|i|dans la|"  # noqa: E501
    r"en la|de la) (?:the |dem |der |la )?(?:box|case|pack|packaging|verpackung|schachtel|"
    r"confezione|scatola|doos|verpakking|pudelku|kartongen|forpackningen|boite|caja)(?![a-z])"
)
_GOODS_BEFORE: Final = re.compile(
    r"(?<![a-z])(?:carta|tarjeta|carte|replacement|add-on|ersatz-?|vervangende|zastepcz\w*|"
    r"sostitutiv\w*|kutudaki)\s*$"
)
# round 32a: "in a hurry", "in such a hurry": a person's haste
_IN_A: Final = re.compile(r"(?<![a-z])in (?:such )?a $")
_MATCHING: Final = re.compile(
    r"matching|coordinat|abbinat|matchand|passend|assorti|a juego|bijpassend|pasując|uyumlu|お揃い"
)
# "when you shop online, ...": the buyer's shopping in general, no call to buy
_YOU_SHOP: Final = re.compile(r"you shop\b")
_CHECKOUT: Final = re.compile(r"checkout|kasse|caisse|pagar|cassa|kassa|kasie|odeme|レジ")

# round 31a: another colour or size of the SAME listing, chosen there with no link ("both
# colours are on the same product page, under Colour"): the buyer's own item, no other product
SAME_LISTING: Final = Lexicon(
    "same listing",
    {
        "en": [
            r"(?:on|in) the same (?:product |amazon )?(?:page|listing|offer)|same listing|"
            r"(?:colou?r|size) (?:selector|menu|option)s?"
        ],
        "de": [
            r"(?:auf|in) (?:der|demselben|derselben|dem gleichen|der gleichen) (?:selben )?"
            r"(?:artikelseite|produktseite|angebotsseite|seite|angebot)|farbauswahl|größenauswahl"
        ],
        "fr": [
            r"(?:sur|dans) la même (?:page|fiche|annonce|offre)|sélecteur de (?:couleur|taille)"
        ],
        "es": [
            r"(?:en) (?:la misma|el mismo) (?:página|ficha|anuncio|listado|oferta)|selector de (?:color|talla)"  # noqa: E501
        ],
        "it": [
            r"(?:sulla|nella) stessa (?:pagina|scheda|inserzione|offerta)|selettore (?:del colore|della taglia)"  # noqa: E501
        ],
        "ja": [r"同じ商品ページ|同じページ|同じ出品|同一ページ"],
    },
)
# a batch, lot or serial code names a production run, not a promotion: "batch codes CA5-2407"
_PRODUCTION_CODE: Final = re.compile(
    r"(?:batch|lot|lote|lotto|charge\w*|serial|serie\w*|partii|parti|seri)\s*$"
)


RULE = "marketing"
_MESSAGE = (
    "This is marketing (a promotion, discount, coupon, sale, newsletter, social-media "
    "follow or other products). Messages to buyers may only answer their question."
)
_SUGGESTION = "Remove the promotion; answer only the buyer's question about this order."


# French "nous coupons" (we cut) and "un coupon de lin" (a remnant of cloth) are no coupon:
# a fabric seller writes both while answering about lengths.
_CLOTH: Final = re.compile(
    r"(?<![a-z])(?:nous|on) coupons|coupons? (?:de |d')(?:tissu|lin|coton|laine|soie|velours|"
    r"jersey|toile|cuir|satin|polaire|feutrine|wax|flanelle|lainage|tulle|viscose)"
)


def _cloth(text: str, i: int) -> bool:
    m = _CLOTH.search(text, max(0, i - 5), i + 40)
    return m is not None and m.start() <= i < m.end()


# A game's promo card or tile is a piece of the product ("the promo card from the Kickstarter
# is not in the retail box", "la carte promo", "karta promo", "promo kartı").
_COMPONENT: Final = re.compile(
    r"promo[- ]?(?:cards?|tiles?|minis?|figures?|karte\w*|kaart\w*|kort\w*|karti\w*|kart\w*)(?![a-z])|"  # noqa: E501
    r"(?:cartes?|cartas?|carte|karta|karty|kaart\w*|kort\w*|tuiles?|fichas?|tessere?) promo(?![a-z])"  # noqa: E501
)


def _component(text: str, i: int) -> bool:
    m = _COMPONENT.search(text, max(0, i - 12), i + 24)
    return m is not None and m.start() <= i < m.end()


# "次回ご購入時にお使いいただけるクーポン": at the next purchase, no price already applied
_NEXT_TIME_BEFORE: Final = re.compile(r"次回(?:の)?$")


# adversary 21: a refusal turned into an offer ("pas de code promo, mais nos soldes commencent
# lundi", "no codes here; look for it on the card in your parcel")
_TURN: Final = re.compile(
    r"[;:]|\b(?:but|however|instead|though|mais|cependant|pero|sin embargo|en cambio|ma|"
    r"invece|aber|jedoch|stattdessen|maar|ale|natomiast|men|daremot|ama|fakat|ancak)\b|"
    r"ただし|でも|しかし|代わりに"
)


def _turned(doc: Document, refusals: list[tuple[int, int]], s: int, i: int) -> bool:
    """True when the last refusal of sentence ``s`` before ``i`` is followed by a turn."""
    text = doc.words.text
    before = [b for a, b in refusals if doc.sentence_of(a) == s and b <= i]
    return bool(before) and _TURN.search(text, max(before), i) is not None


# the refused code to be found elsewhere: "look for it on the card in your parcel"
_ELSEWHERE: Final = re.compile(
    r"\b(?:look for|find|you'll find|you will find|cherchez|trouverez|busque|encontrara|"
    r"cerchi|trovera|finden sie|suchen sie)\b[^.!?\n]{0,30}?\b(?:card|insert|leaflet|flyer|slip|"
    r"carte|flyer|encart|tarjeta|folleto|biglietto|volantino|karte|beileger|flyer)"
)


def find_marketing(doc: Document) -> Iterator[Finding]:
    view = doc.words
    text = view.text
    applied = {
        doc.sentence_of(i)
        for i, _ in APPLIED.spans(doc)
        if not _NEXT_TIME_BEFORE.search(text, max(0, i - 4), i)
    }
    futures = [(i, j) for i, j in FUTURE.spans(doc) if not _YOU_SHOP.match(text, max(0, i - 4))]
    future = {doc.sentence_of(i) for i, _ in futures}
    ahead = {doc.sentence_of(i) for i, j in futures if not _CHECKOUT.search(text, i, j)}
    amazons = {doc.sentence_of(i) for i, _ in AMAZON_PROMOTION.spans(doc)} - ahead
    asked = {doc.sentence_of(i) for i, _ in ASKED_ABOUT.spans(doc)}
    answered: set[tuple[int, int]] = set()
    for i, j in RESTOCK.spans(doc) if asked else ():
        s = doc.sentence_of(i)
        if {s, s - 1, s - 2} & asked and s not in future:
            answered.add((i, j))
    # "you asked whether there is a matching lid: yes, model ZG-40": the buyer's question
    # about a matching piece, answered in its own sentence
    for i, j in PROMOTION.spans(doc) if asked else ():
        if doc.sentence_of(i) in asked and _MATCHING.match(text, i):
            answered.add((i, j))
    own = {doc.sentence_of(i) for i, _ in OWN_ORDER.spans(doc)} - future
    for i, j in RESTOCK.spans(doc) if own else ():
        if doc.sentence_of(i) in own:
            answered.add((i, j))
    # "at your next order, enter the coupon code KETTLE15" ("ご注文時"): a code for a future
    # order is no discount already applied
    coded = {s for s in future if doc.sentence_has(s, _CODE_OR_OWN)}
    if future:
        coded |= {doc.sentence_of(i) for i, _ in _promo_codes(doc, set())} & future
    # "the coupon was applied by Amazon; you'll see it on your invoice as a promotion"
    shown = (applied | amazons) - coded
    invoiced = {
        s
        for s in (doc.sentence_of(i) for i, _ in ON_THE_INVOICE.spans(doc))
        if s not in future and {s, s - 1} & shown
    }
    # "You asked for a code for next time. We don't hand out codes": the request declined
    refusals = NO_CODES.spans(doc)
    declined = {doc.sentence_of(i) for i, _ in refusals}
    if declined:
        declined |= {s for s in asked if s + 1 in declined}
    promoted = PROMOTION.spans(doc) + LOYALTY.spans(doc) + SIGN_UP.spans(doc) + MULTI_BUY.spans(doc)
    promoted += SALE_NO_WORD.spans(doc) + AMAZON_SEARCH_US.spans(doc)
    # the words of Amazon's own deal explained, named again in the next sentence
    explained = {text[i:j] for i, j in promoted if doc.sentence_of(i) in amazons}
    # Amazon's deal told in the sentences around (the buyer's question just before, the
    # return and rebuy "while the deal is on" or the invoice line just after): its words there
    # are Amazon's too, unless the seller's own code or shop comes in
    told = amazons - coded
    near_told = {
        s
        for t in told
        for s in (t - 1, t + 1, t + 2, t + 3)
        if 0 <= s < len(doc.sentence_starts)
        and (s >= t or s in asked)
        and s not in told
        and not doc.sentence_has(s, _CODE_OR_OWN)
    }
    if near_told:
        still_on = {doc.sentence_of(i) for i, _ in WHILE_ON.spans(doc)}
        near_told = {s for s in near_told if s not in ahead or s in still_on}
    promoted += [m.span() for m in _MULTI_BUY.finditer(text)]
    backlog = {doc.sentence_of(i) for i, _ in BACKLOG.spans(doc)}
    # round 31a: the buyer's own words quoted back ("> do you have a code?") sell nothing
    quoted = buyer_quoted(doc)
    # round 31a: another colour on the same listing, told in the sentence or the one before
    same = {doc.sentence_of(i) for i, _ in SAME_LISTING.spans(doc)}
    same |= {s + d for s in same for d in (-1, 1)}
    for i, j in sorted(promoted):
        s = doc.sentence_of(i)
        if negated(text, i) or (s in applied and s not in coded) or _cloth(text, i):
            continue
        if any(a <= i < b for a, b in quoted):
            continue  # the buyer asked it, quoted back
        if _PRODUCTION_CODE.search(text, max(0, i - 10), i) or _PRODUCTION_CODE.search(
            text, max(0, i - 10), i + 1
        ):
            continue  # "batch codes CA5-2407": a production run
        if s in same and not doc.sentence_has(s, _CODE_OR_OWN):
            continue  # "it also comes in blue, on the same product page"
        if _NEWS_BULLETIN.match(text, i) and _NEWS_BEFORE.search(text, max(0, i - 14), i):
            continue  # "hava durumu bülteni": the weather bulletin on the radio
        if s in backlog and _SALE_DAY.fullmatch(text, i, j):
            continue  # "after Black Friday we have 300 parcels in the queue": a cause, no sale
        if _VOUCHER_WORD.fullmatch(text, i, j) and (
            _GOODS_AFTER.match(text, j) or _GOODS_BEFORE.search(text, max(0, i - 30), i)
        ):
            continue  # "your replacement voucher card is with DPD", "the voucher in the box"
        if text[i:j] == "hurry" and _IN_A.search(text, max(0, i - 8), i):
            continue  # "easy to miss when you shop in a hurry": the buyer's haste, no urgency
        if _component(text, i):
            continue  # "the promo card from the Kickstarter": a piece of the game (a free one
            # with the next order is still an offer for a future purchase, found below)
        if any(a < j and i < b for a, b in answered):
            continue  # "you asked about the blue one: it is back in stock"
        if s in invoiced:
            continue  # the applied coupon's line on the buyer's invoice
        if s in amazons and not doc.sentence_has(s, _CODE_OR_OWN):
            continue  # Amazon's own deal or coupon, explained
        if s - 1 in amazons and text[i:j] in explained and not doc.sentence_has(s, _CODE_OR_OWN):
            continue  # "... was Amazon's coupon. If the coupon shows again, you'll see it"
        if s in declined and _DEAL_LIKE.search(text, i, j) and not _turned(doc, refusals, s, i):
            continue  # the code the buyer asked for, declined
        if s in near_told and _DEAL_LIKE.search(text, i, j):
            continue  # "return it and buy it again while the promotion lasts"
        yield doc.finding(view, i, j, RULE, Severity.BLOCK, _MESSAGE, _SUGGESTION)
    for s in sorted(declined):
        last = min(s + 1, len(doc.sentence_starts) - 1)  # "no codes here; look for it ..."
        m = _ELSEWHERE.search(text, doc.sentence_starts[s], doc.sentence_end(last))
        if m is not None and _turned(doc, refusals, s, m.start()):
            yield doc.finding(view, m.start(), m.end(), RULE, Severity.BLOCK, _MESSAGE, _SUGGESTION)
            break
    for m in _CODE_TAKES_OFF.finditer(text):  # round 22a: "EXTRA5 takes 5 EUR off ..."
        start, end = view.span(m.start(1), m.end(1))
        if "".join(c for c in doc.text[start:end] if c.isalpha()).isupper():
            yield doc.finding(
                view, m.start(1), m.end(1), RULE, Severity.BLOCK, _MESSAGE, _SUGGESTION
            )
            break
    for i, j in _promo_codes(doc, (applied - coded) | amazons):
        yield doc.finding(view, i, j, RULE, Severity.BLOCK, _MESSAGE, _SUGGESTION)
        break
    if future:
        # round 31a: Amazon's gift option, receipt or note is no gift offered ("tick the gift
        # option at checkout next time")
        services = FREE_SERVICE.spans(doc) + GIFT_NOTE.spans(doc)
        for i, j in OFFER.spans(doc):
            s = doc.sentence_of(i)
            if s not in future or s in applied or s in declined or negated(text, i):
                continue
            if any(a <= i < b for a, b in quoted):
                continue  # "> is there a discount for my next order?"
            if any(a <= i and j <= b for a, b in services):
                continue  # "the maker runs a free helpline", "returns are free"
            if s in near_told:
                continue  # "riacquistarla finché l'offerta è attiva"
            if s not in amazons or doc.sentence_has(s, _CODE_OR_OWN):
                yield doc.finding(view, i, j, RULE, Severity.BLOCK, _MESSAGE, _SUGGESTION)
    nth = EVERY_NTH.spans(doc)
    if nth:  # "var femte påse blir gratis": a stamp card in words
        gifts = OFFER.spans(doc) + SURPRISE.spans(doc)
        free = {doc.sentence_of(i) for i, _ in gifts if not negated(text, i)}
        for i, j in nth:
            s = doc.sentence_of(i)
            if s in free and s not in applied and not negated(text, i):
                yield doc.finding(view, i, j, RULE, Severity.BLOCK, _MESSAGE, _SUGGESTION)
                break
    yield from find_plugs(doc)
    happy = {doc.sentence_of(i) for i, _ in SATISFIED.spans(doc)}
    for i, j in TELL_OTHERS.spans(doc):
        s = doc.sentence_of(i)
        if not happy & {s - 1, s, s + 1}:  # with "if you are happy" it is a review ask
            yield doc.finding(view, i, j, RULE, Severity.BLOCK, _MESSAGE, _SUGGESTION)
