"""Product plugs without a promotion word, for rule ``marketing``.

A seller can sell without "sale", "discount" or "new arrivals": "version 2 comes out in
May", "we also have the matching shade, if you're interested", "many customers pick up our
dimmer too".  Each word is ordinary alone, so each is a concept that must meet another one
in the same sentence:

- a *new model* (a new version, the next generation) meeting its *release* ("comes out",
  "sort", "esce", "çıkıyor");
- the seller's *other goods* ("we also have / carry", "many customers also buy") meeting a
  *hint* of a plug (matching pieces, the same series, our brand, "if you're interested"),
  or two different hints together ("the same series ... if you're interested").

A sentence about the buyer's own remedy (replacement, refund) is news about the order, and
one answering the buyer's question answers it; neither is a plug.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from compliance.document import Document
from compliance.model import Finding, Severity
from compliance.normalise import fold_literal
from compliance.rules.lexicon import Lexicon, negated

__all__ = ["find_plugs"]

# A new product, or a new or seasonal collection, range or line of the seller's: launched,
# it is the same plug as a new model ("our spring range drops next week", "sacamos la
# colección de otoño").  A new line alone may be a line of text; it needs the release.
NEW_MODEL: Final = Lexicon(
    "new model",
    {
        "en": [
            r"(?:new|next|latest|updated|upgraded|improved) (?:[\w-]+ ){0,2}?(?:model|version|"
            r"generation|edition)s?|version \d+|v\d|(?:second|2nd|third|3rd|next) generation",
            r"(?:new|latest|next) (?:[\w-]+ ){0,2}?(?:collection|range|line|lineup|series)s?|"
            r"(?:spring|summer|autumn|fall|winter|holiday|christmas|easter|seasonal) "
            r"(?:[\w-]+ )?(?:collection|range|line|lineup|series|edition)s?|new season(?:'s)?",
        ],
        "de": [
            r"neue\w* (?:[\w-]+ ){0,2}?[\w-]*(?:modell|version|generation|ausführung|edition|"
            r"kollektion|serie|linie|produktlinie)\w*|"
            r"version \d+|nachfolge(?:r|modell)\w*|"
            r"(?:frühjahrs|frühlings|sommer|herbst|winter|weihnachts|oster|saison)kollektion\w*|"
            r"neue\w* saison"
        ],
        "fr": [
            r"nouve(?:au|l|lle)s? (?:[\w-]+ ){0,2}?(?:modèle|version|génération|édition|"
            r"collection|gamme|ligne|série)s?|"
            r"(?:modèle|version)s? (?:nouveau|nouvelle)|version \d+|"
            r"(?:collection|gamme)s? (?:d'|de )?(?:printemps|été|automne|hiver|noël)|"
            r"nouvelle saison"
        ],
        "es": [
            r"nuev[oa]s? (?:[\w-]+ ){0,2}?(?:modelo|versión|generación|edición|colección|gama|"
            r"línea|serie)|"
            r"(?:modelo|versión) nuev[oa]|versión \d+|"
            r"(?:colección|gama|línea)(?:es|s)? de (?:primavera|verano|otoño|invierno|navidad)|"
            r"nueva temporada"
        ],
        "it": [
            r"nuov[oa] (?:[\w-]+ ){0,2}?(?:modello|versione|generazione|edizione|collezione|"
            r"linea|gamma|serie)|"
            r"(?:modello|versione) nuov[oa]|versione \d+|"
            r"(?:collezione|linea|gamma) (?:primavera|estate|autunno|inverno|natal\w*)|"
            r"nuova stagione"
        ],
        "ja": [
            r"新型|新モデル|新製品|新商品|新作|新シリーズ|次世代|後継(?:機|モデル)|新バージョン|新シーズン"
        ],
    },
)
# Months and seasons ahead: "in January", "im Frühjahr", "en janvier", "a Natale".
_WHEN_EN = (
    r"(?:january|february|march|april|june|july|august|september|october|november|december|"
    r"spring|summer|autumn|fall|winter|christmas|easter|the new year|next month|next week)"
)
_WHEN_DE = (
    r"(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|"
    r"frühjahr|frühling|sommer|herbst|winter|advent|weihnachten|ostern|monat|woche)"
)
_WHEN_FR = (
    r"(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
    r"printemps|été|automne|hiver|noël|pâques)"
)
_WHEN_ES = (
    r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|"
    r"diciembre|primavera|verano|otoño|invierno|navidad|reyes|mes|semana)"
)
_WHEN_IT = (
    r"(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|"
    r"dicembre|primavera|estate|autunno|inverno|natale|pasqua|mese|settimana)"
)
RELEASE: Final = Lexicon(
    "release",
    {
        "en": [
            r"comes? out|coming out|launch(?:es|ing|ed)?|(?:is|are|will be|gets?) released|"
            r"(?:drops?|dropping|lands?|landing|arrives?|arriving|goes live|releas(?:e|es|ing)) "
            r"(?:next|this|on|in|soon|tomorrow|today|from)|(?:we )?(?:release|drop|unveil|"
            r"introduce|bring out|roll out)|"
            r"hits? (?:the )?(?:shelves|stores|shops|market)|arrives? in (?:stores|shops)|"
            r"coming soon|due out|out (?:in|on|next|this|soon)|available (?:from|next|soon)|"
            r"(?:go|goes|went) live|(?:we(?:'ve| have)? )?just (?:made|finished|baked|brewed|sewn)",
            # round 32a: "next week we get refurbished handhelds in" (as "volgende week")
            r"next (?:week|month)",
            # a product of the seller's to come: "in January we're bringing out ...", "we're
            # putting together a batch of ..."; a release only beside "you'd like it"
            rf"(?:in|from|by|next|this) {_WHEN_EN}|(?:we(?:'re| are)|we(?:'ll| will)) (?:\w+ )?"
            r"(?:bringing out|launching|releasing|making|putting together|adding|introducing|getting in|"  # noqa: E501
            r"getting (?:a|some) (?:\w+ )?(?:batch|run|handful|delivery|few)|"
            r"brewing|baking|firing|sewing|designing|planning|starting|opening|setting up)",
        ],
        "de": [
            r"erscheint|erscheinen|kommt (?:[^\s.!?;]+ ){0,6}?(?:heraus|raus)|auf den markt|"
            r"(?:ab|nächste\w*|kommende\w*) (?:woche|monat|montag|herbst|frühjahr) gibt es|"
            r"bringen wir|starten wir|launchen|"
            r"(?:bald|demnächst) (?:erhältlich|verfügbar)|veröffentlicht",
            rf"(?:im|ab|zum|nächste\w*|diese\w*|kommende\w*) {_WHEN_DE}|"
            r"(?:kommt|kommen|gibt es|haben wir|bringen wir|machen wir|planen wir) ~ (?:neu|bald|"
            rf"demnächst|im {_WHEN_DE})|(?:anfang|mitte|ende) {_WHEN_DE}|in (?:zwei|drei|vier|"
            r"ein paar|wenigen|\d+) (?:wochen|tagen|monaten)|(?:stricken|nähen|backen|brauen|"
            r"töpfern|fertigen|produzieren|machen) wir (?:gerade|bald|demnächst|jetzt)",
        ],
        "fr": [
            r"sort|sortira|sortent|sortiront|arrive en magasin|bientôt disponible|lancée?s?|"
            r"sortons|lançons|lance|dévoilons|arrive (?:la semaine|le mois|bientôt|en)|"
            r"disponible (?:dès|à partir)|paraît|paraîtra|paraissent",
            rf"(?:en|dès|à partir de|au|cet|ce|le mois prochain|l'an prochain) {_WHEN_FR}|"
            r"(?:nous )?(?:préparons|fabriquons|créons|sortons|proposerons|aurons)|"
            # a week or month ahead: "la semaine prochaine", "d'ici quinze jours"
            r"(?:la semaine|le mois) prochaine?|d'ici (?:quinze jours|\d+ semaines|"
            r"(?:deux|trois|quelques) semaines)",
        ],
        "es": [
            r"sale|saldrá|salen|saldrán|se lanza\w*|lanzamiento|llegará a (?:las )?tiendas|"
            r"sacamos|sacaremos|lanzamos|lanzaremos|presentamos|estrenamos|llega|nos llega\w*|"
            # round 32a: "la semana que viene nos entran PS5", "el mes que viene"
            r"nos entra\w*|(?:la semana|el mes|el año) que viene|"
            r"acabamos de (?:hacer|terminar|hornear)",
            rf"(?:en|a partir de|desde|este|esta|para|el próximo|la próxima) {_WHEN_ES}|"
            r"(?:estamos preparando|preparamos|prepararemos|fabricaremos|tendremos)",
        ],
        "it": [
            r"esce|uscirà|escono|usciranno|in uscita|lancio|arriverà nei negozi|lanciamo|"
            r"presentiamo|arriva (?:la settimana|il mese|a breve|presto)|"
            # round 32a: "il mese prossimo arriva la nostra nuova tenda"
            r"(?:il mese|la settimana|l'anno) prossim[oa]",
            rf"(?:a|ad|in|da|per|questo|quest'|il prossimo|la prossima) {_WHEN_IT}|"
            r"(?:fra|tra) (?:due|tre|quattro|qualche|poche|pochi|\d+) (?:settimane|giorni|mesi)|"
            r"(?:stiamo preparando|prepariamo|prepareremo|avremo|faremo|sforneremo)",
        ],
        "ja": [
            r"発売|リリース|登場|販売開始|(?:来月|来週|今冬|今秋|今春|今夏|[0-9一二三四五六七八九十]+月)"
            r"[^。]{0,30}?(?:予定|作ります|焼きます|出します|出ます|入ります)|"
            r"(?:作る|焼く|出す|入荷する)予定|新しく(?:出ます|出る|入ります|入る|登場)"
        ],
    },
)

# The seller's other goods: "we also have / carry", "many customers also buy".
OTHER_GOODS: Final = Lexicon(
    "other goods",
    {
        "en": [
            r"we (?:also )?(?:carry|stock|sell)(?! out)|we also (?:have|offer|make|do)|"
            r"(?:there is|there's) also|(?:many|most|lots of|plenty of|other) (?:of our )?"
            r"(?:customers|buyers|shoppers|people) (?:also |often |usually )?(?:buy|pick up|get|"
            r"take|add|order|pair)|frequently bought together|we(?:'ve| have) (?:also )?got|"
            # "most people who buy this lamp come back for the matching shade"
            r"(?:come|comes|came) back for"
        ],
        "de": [
            r"(?:haben|führen|bieten|verkaufen)(?: wir)? ~ auch|gibt es (?:bei uns )?auch|"
            r"auch im sortiment|(?:viele|die meisten|andere) (?:unserer )?(?:kunden|käufer)"
            r"(?: (?:kaufen|nehmen|bestellen)| ~ (?:gleich mit|gleich dazu|dazu|mitbestellen|"
            r"mitnehmen|dazukaufen))"
        ],
        "fr": [
            r"(?:nous )?(?:proposons|avons|vendons) (?:\w+ )?(?:aussi|également)|il y a aussi|"
            r"existe aussi|(?:beaucoup de|de nombreux|la plupart des|beaucoup de nos|la plupart de "
            r"nos) (?:clients|acheteurs) (?:la |le |les |l')?(?:prennent|achètent|commandent|"
            r"ajoutent)"
        ],
        "es": [
            r"(?:tenemos|vendemos|ofrecemos) (?:\w+ )?también|también (?:tenemos|vendemos|"
            r"ofrecemos)|(?:muchos|la mayoría de los|muchos de nuestros|la mayoría de nuestros) "
            r"(?:clientes|compradores) (?:también )?(?:lo |la |los |las )?(?:compran|piden|"
            r"llevan|añaden)"
        ],
        "it": [
            r"(?:abbiamo|vendiamo|offriamo|proponiamo) (?:\w+ )?anche|anche (?:abbiamo|vendiamo)|"
            r"(?:molti|tanti|molti dei nostri|tanti dei nostri|la maggior parte dei) (?:clienti|"
            r"acquirenti) (?:lo |la |li |le )?(?:prendono|comprano|acquistano|ordinano|aggiungono)"
        ],
        "ja": [r"もございます|もあります|も取り扱って|もご用意|も販売|も一緒にご購入|一緒に購入"],
    },
)
# A second sign of a plug: a matching piece, the same series, our brand, "if interested".
PLUG_HINT: Final = Lexicon(
    "plug hint",
    {
        "en": [
            r"matching|to match|same (?:series|range|collection|line|family)|"
            r"(?:under|from) our (?:own )?brand|our brand|in our (?:range|shop|store|catalog\w*)|"
            r"in (?:\w+ )?(?:other |more |different )?colou?rs"
        ],
        "de": [
            r"passend\w*|im sortiment|gleichen (?:serie|kollektion|reihe)|unter unserer marke|"
            r"unserer marke"
        ],
        "fr": [r"assortie?s?|même (?:collection|série|gamme)|sous notre marque|notre marque"],
        "es": [r"a juego|misma (?:colección|serie|línea|gama)|nuestra marca"],
        "it": [r"abbinat[oaie]|stessa (?:linea|serie|collezione)|nostro marchio"],
        "ja": [r"同じシリーズ|当店の|お揃いの|セットで"],
    },
)
INTERESTED: Final = Lexicon(
    "interested",
    {
        "en": [
            r"if (?:you are|you're|you'd be) interested|in case you(?:'re| are)? (?:interested|"
            r"want one|need another)|if you ever need|worth (?:a look|checking out|waiting for)|"
            # "well worth adding to your kitchen": a purchase recommended
            r"(?:well |really )?worth (?:adding|getting|buying|ordering|picking up)|"
            # the set completed with another piece: "if you'd like the set"
            r"(?:if you(?:'d| would)? (?:like|want) the (?:full |whole |complete )?set|"
            r"(?:complete|completing|finish) (?:the|your) (?:set|look|collection))"
        ],
        "de": [
            r"falls sie interesse|wenn sie interesse|bei interesse|falls sie ~ interessier\w*|"
            r"(?:das|ihr) set (?:komplett|vollständig) (?:machen|zu machen)|set (?:zu )?"
            r"(?:vervollständigen|komplettieren)|"
            r"(?:lohnt sich|lohnend) (?:als ergänzung|dazu)|die anschaffung wert"
        ],
        "fr": [
            r"si (?:cela|ça) vous intéresse|si vous êtes intéressée?|si besoin d'un autre|"
            r"compléter (?:l'ensemble|le set|la collection|votre ensemble)|"
            r"(?:vaut|vaudrait) (?:vraiment |bien )?(?:l'achat|le coup)"
        ],
        "es": [
            r"por si le interesa\w*|si le interesa\w*|si te interesa\w*|"
            r"completar (?:el|su|tu) (?:conjunto|set|juego)|"
            r"(?:merece|vale) (?:mucho )?la pena (?:añadir|comprar|tener)"
        ],
        "it": [
            r"se le interessa\w*|se ti interessa\w*|se è interessat[oa]|"
            r"completare (?:il|la sua|il suo) (?:set|completo|collezione)|"
            r"(?:vale|varrebbe) (?:proprio )?la pena (?:aggiungere|prendere|comprare)"
        ],
        "ja": [r"よろしければ(?:ご検討|ご覧)|ぜひご(?:検討|覧)"],
    },
)
# Goods just in: "our new strap just came in", "nos acaba de llegar", "raflarımıza girdi".
# Alone it may be the buyer's own parcel or return; with GOES_WITH in the sentence or the
# next, it is a new product recommended (set 6's ruling 6).
ARRIVAL: Final = Lexicon(
    "arrival",
    {
        "en": [
            r"just (?:arrived|landed|came in|come in)|(?:has|have) (?:just |now )?(?:arrived|"
            r"landed|come in)|new in|newly arrived"
        ],
        "de": [
            r"(?:ist|sind) (?:gerade |soeben |eben |frisch |neu )?(?:eingetroffen|angekommen|"
            r"reingekommen)|neu eingetroffen|neu im sortiment"
        ],
        "fr": [
            r"vien(?:t|nent) d'arriver|(?:est|sont) arrivée?s?|vien(?:t|nent) de (?:sortir|"
            r"paraître)|nouveautés?"
        ],
        "es": [r"acaba\w* de llegar|(?:ha|han) llegado|hemos recibido|acabamos de recibir|novedad"],
        "it": [
            r"(?:è|sono) (?:appena )?arrivat[aoie]|appena arrivat[aoie]|abbiamo appena ricevuto|"
            r"novità"
        ],
        "ja": [r"入荷|発売されました|入りました"],
    },
)
# The new thing set beside what the buyer bought, or a guess that the buyer will like it.
GOES_WITH: Final = Lexicon(
    "goes with",
    {
        "en": [
            r"(?:go|goes|look|looks|pair|pairs|work|works) (?:\w+ )?(?:great|perfectly|nicely|well|"
            r"beautifully|lovely) with|(?:perfect|ideal) (?:match|companion|partner) for|"
            r"you(?:'ll| will| would|'d) (?:love|like|enjoy) (?:it|them|this|these)|"
            r"(?:think|sure|bet) you(?:'ll| will| would|'d) (?:love|like|enjoy)|thought of you|"
            r"you (?:might|may|could) (?:\w+ )?(?:like|enjoy|love) (?:it|them|this|these)|"
            r"right up your (?:street|alley)|(?:would|will|should) suit you|suits? you (?:perfectly|"  # noqa: E501
            r"well|nicely)|(?:think|sure|bet) (?:it|they) (?:would|will|'d|'ll) (?:suit|fit) you|"
            # "shall we set a couple aside for you?": the new thing reserved for the buyer
            r"(?:set|put|keep|hold) (?:one|some|a couple|a few|two|them|it)? ?aside for you|"
            # "say the word and one's yours", "you'd adore our new set"
            r"say the word and (?:one|it|they|a \w+)(?:'s| is|'re| are) yours|you(?:'d| would|'ll| "
            r"will) (?:adore|love) (?:our|the|these|this)|"
            r"reserve (?:one|some|a couple|them) for you|put you (?:down )?on (?:the|our) list|"
            # a nudge to think of buying: "maybe something for your colleagues?", "keep it in
            # mind for Christmas", "come back and have a look in December", "shall I save you a
            # spot?", "I'm telling you because I know you like our honey"
            r"(?:maybe|perhaps|might be) (?:something|an idea|one|a nice (?:idea|gift)) for "
            r"(?:you|your)|keep(?:ing)? (?:it|us|them|this|that) in mind|worth keeping in mind|"
            r"(?:thinking|think) (?:of|about) (?:christmas |birthday )?(?:gifts|presents)|"
            r"(?:as|for) (?:a )?(?:christmas )?(?:gifts?|presents?)|"
            r"(?:come|check|pop|look) back|drop by again|keep an eye on (?:our|the) (?:shop|store|"
            r"page)|(?:save|keep|hold) you (?:a|one)|know (?:that )?you (?:like|love|enjoy) our|"
            # recommended, to be watched for, or soon gone: "I'd really recommend it", "worth
            # keeping an eye out for", "they sold out in days last year", "grab it while ..."
            r"(?:i|we)(?:'d| would)? (?:really |highly |strongly |warmly )?recommend (?:it|them|"
            r"this|one|getting|taking|ordering)|(?:worth )?keep(?:ing)? an eye out|"
            r"(?:sells?|sold|selling) out (?:fast|quickly|in (?:days|hours|no time))|"
            r"grab (?:it|one|yours|them) while|while (?:stocks|supplies) last|"
            # "that would be just the thing for you", "well worth adding to your kitchen"
            r"(?:would be|is|'d be) (?:just |exactly |perfect )?(?:the thing|something|right) for "
            r"you|(?:well |really )?worth (?:adding|getting|buying|ordering|picking up)"
        ],
        "de": [
            r"passt (?:\w+ )?(?:perfekt|super|hervorragend|wunderbar|gut) zu|würde (?:\w+ )?"
            r"(?:perfekt|super|gut) zu|(?:wird|würde|dürfte|könnte) ihnen "
            r"(?:[\w-]+ ){0,2}?gefallen|an sie gedacht|(?:ganz )?ihr geschmack|"
            r"legen (?:wir )?ihnen (?:gern |gerne )?(?:\w+ )?zurück|(?:setzen|nehmen) (?:wir )?sie "
            r"(?:gern |gerne )?(?:auf|in) (?:die|unsere) liste|"
            r"vielleicht (?:etwas|was|eine idee) für (?:sie|ihre?n?)|(?:denken sie|behalten sie) ~ "
            r"(?:daran|im hinterkopf|im blick)|(?:für|als) (?:weihnachts)?geschenk\w*|"
            r"schauen sie ~ (?:wieder|nochmal|noch mal|vorbei|rein)|(?:wieder|nochmal|noch mal) "
            r"bei uns (?:rein|vorbei)|"
            r"(?:weiß|wissen),? dass ihnen unser\w* ~ (?:gefallen|schmeck\w*)|"
            r"ans herz legen|(?:würde|kann|möchte) ich ihnen ~ empfehlen|empfehle ich ihnen(?!,)|"
            r"(?:schnell|rasch|sofort) (?:ausverkauft|vergriffen|weg)|halten sie ~ ausschau|"
            # "das wäre doch genau etwas für Sie", "lohnt sich als Ergänzung"
            r"(?:wäre|ist|sind|wären) (?:\w+ ){0,2}?(?:etwas|was|das richtige) für sie|"
            r"(?:lohnt sich|lohnend) (?:als ergänzung|dazu)|die anschaffung wert"
        ],
        "fr": [
            r"(?:irait|ira|va|iraient|vont) (?:très |parfaitement |super )?bien avec|"
            r"s'accorde\w* (?:parfaitement )?avec|vous plair(?:a|ait)\w*|pensé à vous|"
            r"à votre goût|vous (?:irait|ira|iraient|iront) (?:très |parfaitement |sûrement |"
            r"certainement )?bien|(?:vous )?(?:plairait|plaira|conviendrait)|vous (?:en )?(?:mettre|mettons|"  # noqa: E501
            r"garder|gardons|réserver|réservons) (?:\w+ )?de côté|"
            r"vous (?:inscrire|inscrivons|mettre|mettons) sur (?:la|notre) liste|"
            r"(?:peut-être|pourquoi pas) (?:une idée|quelque chose) pour (?:vous|vos|votre)|"
            r"pensez-y|(?:à )?garder en tête|gardez-le en tête|(?:pensez|penser) (?:déjà )?aux "
            r"cadeaux|(?:pour|en) cadeaux?|idée cadeau|repassez|revenez (?:nous )?voir|"
            r"vous aimez nos|(?:je|nous) vous (?:la |le |les |l')?(?:conseille|recommande)\w*"
            r"(?![a-z])(?!,? d[e'])|"
            r"(?:partent|part|partiront) (?:très |toujours )?vite|vite épuisée?s?|restez à l'affût|"
            r"(?:serait|est) (?:tout à fait |exactement |parfait )?pour vous|ce qu'il vous faut|"
            r"(?:vaut|vaudrait) (?:vraiment |bien )?(?:l'achat|le coup)"
        ],
        "es": [
            r"combina\w* (?:genial|perfecto|perfectamente|muy bien|de maravilla) con|"
            r"(?:queda|quedaría|va|iría)\w* (?:genial|perfecto|muy bien|de maravilla) con|"
            r"le (?:va a )?gustar\w*|te (?:va a )?gustar\w*|se (?:la|lo|los|las) reservo|"
            r"(?:le|te) (?:aparto|apartamos|guardo|guardamos|reservo|reservamos)|(?:le|te) "
            r"(?:apunto|apuntamos) en (?:la|nuestra) lista|"
            r"(?:le|te) (?:va a )?encantar\w*|pens(?:é|amos) en (?:usted|ti)|"
            r"pensando en regalos|para regal(?:ar|os)|idea de regalo|(?:quizás|a lo mejor|tal vez) "
            r"(?:algo|una idea) para (?:usted|su|sus|ti|tus)|t[eé]ngalo en cuenta|tenlo en cuenta|"
            r"vuelva a (?:mirar|echar un vistazo|pasarse)|(?:sé|sabemos) que le gusta\w*|"
            r"(?:se|le|te) (?:lo|la|los|las) recomiendo|se (?:lo|la|los|las) recomendamos|"
            r"se agota\w* (?:muy |enseguida|en seguida|pronto|rápido|en días)|vuelan|"
            r"esté atent[oa]|"
            r"(?:sería|es) (?:justo |perfecto |ideal )?(?:lo que (?:usted )?busca|para usted)|"
            r"(?:merece|vale) (?:mucho )?la pena (?:añadir|comprar|tener)"
        ],
        "it": [
            r"(?:starebbe|sta|stanno|starebbero|va|andrebbe)\w* (?:benissimo|molto bene|bene|"
            r"perfettamente|a meraviglia) (?:con|accanto|insieme)|si abbina\w*|le piacer\w*|"
            r"(?:ho|abbiamo) pensato a lei|le potrebbe piacere|le starebbe (?:benissimo|bene|a "
            r"meraviglia)|fa(?:rebbe)? (?:proprio )?al caso suo|(?:fa|farebbe) per lei|"
            r"(?:gliene|glielo|gliela|le) (?:teniamo|mettiamo|terremo|metteremo) da parte|"
            r"glielo dico perché|(?:la|lo|ti|vi) (?:mettiamo|metto|inseriamo|segniamo) "
            r"(?:in|nella) (?:nostra )?lista|"
            r"(?:so|sappiamo) che (?:i nostri|le nostre) \w+ le piac\w*|"
            r"(?:magari|forse) (?:qualcosa|un'idea) per (?:lei|i suoi|le sue|il suo|la sua)|"
            r"lo tenga presente|tenga d'occhio|torni a (?:trovarci|dare un'occhiata)|"
            r"per i regali|idea regalo|da regalare|"
            # (not advice: "le consigliamo di toglierla a novembre")
            r"(?:te|le|ve) (?:lo |la |li |le )?(?:consiglio|consigliamo|raccomando)(?!,? di )|"
            r"(?:glielo|gliela|glieli|gliele) (?:consiglio|consigliamo|raccomando)|"
            r"(?:vanno|va|andranno) a ruba|si esauris\w* (?:subito|presto|in fretta|in pochi)|"
            r"(?:sarebbe|è) (?:proprio |perfett[oa] |ideale )?per lei|"
            r"(?:vale|varrebbe) (?:proprio )?la pena (?:aggiungere|prendere|comprare)"
        ],
        "ja": [
            # (not "間に合う", in time: "年末に間に合うか")
            r"(?<!間)(?:と|に)(?:よく|ぴったり)?(?:合います|合う|お似合い)|気に入っていただけ|"
            r"きっとお気に召す|お気に召すかと|お取り置き|お心に留め|覚えておいて|ご贈答|"
            r"(?:プレゼント|ギフト|贈り物)に|またのぞいて|ぜひまた|"
            r"ご興味が(?:ございましたら|ありましたら|あれば)|(?:覗|のぞ)いてみて|すぐに(?:完売|売り切れ)"
        ],
    },
)
# The seller's own new goods ("our new rain cover", "unsere neue Tonschale", "on vient de
# recevoir les gigoteuses") set beside what the buyer bought ("fits", "passt", "assorties",
# "pasuje", "yakışır") or told just in: a product recommended unasked (set-6 ruling 6).
OUR_NEW: Final = Lexicon(
    "our new",
    {
        "en": [r"our (?:brand[- ])?new|our latest|we(?:'ve| have) just (?:got|launched|added)"],
        "de": [r"unser\w* neue\w*|neu (?:bei uns|im programm|im sortiment)|frisch im programm"],
        "fr": [
            r"(?:notre|nos) nouve(?:au|l|lle)s?|(?:on|nous) (?:vient|venons) de (?:recevoir|sortir)"
        ],
        "es": [r"nuestr[oa]s? nuev[oa]s?|acabamos de (?:recibir|sacar|lanzar)"],
        "it": [r"nostr[oaie] nuov[oaie]|abbiamo appena (?:ricevuto|preso|lanciato)"],
        "ja": [r"新商品|新作|当店の新しい"],
        "nl": [r"onze nieuwe|ons nieuwe"],
        "pl": [r"nasz\w* now\w*|(?:wszedł|weszła|weszło|weszły) do oferty|nowość"],
        "sv": [r"våra? nya|vårt nya"],
        "tr": [r"yeni (?:\w+ ){0,3}?\w*(?:ımız|imiz|umuz|ümüz)\b"],
    },
)
FITS: Final = Lexicon(
    "fits",
    {
        "en": [
            r"goes with|go with|fits|matches|matching|suits|pairs with|would look|to complement|"
            r"(?:would|will) (?:go|sit|work|suit|fit)|sits? (?:beautifully|perfectly|nicely) on"
        ],
        "de": [r"passt|passen|passende\w*|harmoniert|als ergänzung"],
        "fr": [
            r"assortie?s?|va avec|irait|s'accorde\w*|trop mignon\w*|en complément|"
            r"faite? pour (?:ça|cela|vous)"
        ],
        "es": [r"combina\w*|a juego|quedaría|queda genial|como complemento|de complemento"],
        "it": [r"abbina\w*|abbinat\w*|starebbe|sta benissimo|come complemento|in abbinamento"],
        "ja": [r"合う|合います|ぴったり|お似合い"],
        "nl": [r"past|passen|bijpassend\w*|staat (?:mooi|leuk)|als aanvulling"],
        "pl": [r"pasuje|pasują|pasowałby|pasowałaby|jako uzupełnienie"],
        "sv": [r"passar|(?:skulle|kommer att|kan) passa|matchar|matchande|som komplement"],
        "tr": [r"yakışır|yakışacak|uyar|uyumlu|da geldi|de geldi|tamamlayıcı"],
    },
)
# The buyer's own remedy or question: news about this order, not a plug.
REMEDY: Final = Lexicon(
    "remedy",
    {
        "en": [
            r"replacement|refund\w*|repair\w*|manual|instructions|you (?:asked|wanted to know)|"
            r"returns?|tracking|parcel"
        ],
        "de": [r"ersatz\w*|erstattung\w*|rückerstattung\w*|anleitung|sie (?:hatten|haben) gefragt"],
        "fr": [r"remplacement|rembours\w*|notice|mode d'emploi|vous (?:avez|aviez) demandé"],
        "es": [r"reemplazo|reembolso|sustitución|manual|instrucciones|(?:me|nos) preguntó"],
        "it": [r"sostituzione|rimborso|manuale|istruzioni|(?:mi|ci) ha chiesto"],
        "ja": [r"交換|返金|説明書|ご質問"],
    },
)

# One put aside for the buyer: "je vous en mets une de côté", "size bir tane ayıralım".  Beside
# a coming product (RELEASE, in its sentence or the one before) it pre-sells that product;
# beside the buyer's own replacement or order it is service.
RESERVE: Final = Lexicon(
    "reserve",
    {
        "en": [
            r"(?:put|set|keep|hold) (?:one|it|a \w+) (?:aside|back|by)|(?:reserve|hold|save|keep) "
            r"(?:one|it|a copy|a \w+) for you|(?:aside|back) for you",
            # round 24a: "happy to save you one", "shall we keep you one back"
            r"(?:save|keep|hold|reserve) you (?:one|a copy)",
        ],
        "de": [
            r"(?:legen|lege|halten|halte|reservieren|reserviere|stellen|stelle) (?:wir |ich )?(?:ihnen|dir) (?:gern |gerne )?"  # noqa: E501
            r"(?:eine[sn]?|eins|ein exemplar) (?:zurück|beiseite)|für sie zurück(?:legen|halten)|"
            r"(?:reservieren|reserviere|zurücklegen) (?:wir |ich )?(?:ihnen|dir) (?:gern |gerne )?"
            r"(?:eine[sn]?|eins)",
            # round 24a, the verb last: "Sollen wir Ihnen eine reservieren?"
            r"(?:ihnen|dir) (?:gern |gerne |schon |vorab )?(?:eine[sn]?|eins|ein exemplar) "
            r"(?:zurücklegen|zurückhalten|reservieren|aufheben|beiseitelegen)",
        ],
        "fr": [
            r"(?:vous|t') en (?:mets|mettons|mette|mettions|garde|gardons|gardions|réserve|"
            r"réservons|réservions|mettre|garder|réserver) (?:un|une)|(?:mettre|mets|mettons|garde|gardons) de côté|de côté pour vous"  # noqa: E501
        ],
        "es": [
            r"le (?:reservamos|guardamos|apartamos|reservo|guardo|aparto) (?:una?|uno)|"
            r"(?:reservarle|apartarle|guardarle) (?:una?|uno)|le (?:reservamos|apartamos) una?",
            # round 32a: "si quieres, te guardo una", "¿quieres que te guarde una?", a seat
            r"(?:te|le) (?:reservo|reservamos|reserve|reservemos|guardo|guardamos|guarde|"
            r"guardemos|aparto|apartamos|aparte|apartemos) (?:una?|uno|un sitio|una plaza|un "
            r"hueco|un lugar)|(?:reservarte|apartarte|guardarte) (?:una?|uno)",
        ],
        "it": [
            r"(?:gliene|ve ne|te ne|ne) (?:teniamo|mettiamo|riserviamo|tengo|metto|riservo) "
            r"(?:da parte )?(?:un[oa]?)|(?:tenerle|tenergliene|riservarle) (?:da parte )?un[oa]?|"
            r"da parte per lei|"
            # round 32a: "se le interessa, le tengo un posto", "ti tengo uno"
            r"(?:le|ti|vi) (?:tengo|teniamo|riservo|riserviamo|tenga|teniamo) (?:da parte )?"
            r"(?:un posto|uno|una)"
        ],
        "ja": [
            r"お取り置き|取り置き",
            # round 24a: a seat kept at the seller's class, "お席を確保しておきます"
            r"お?席を(?:お取り|確保|ご用意|押さえ)|(?:先に|優先的に)(?:確保|ご用意)(?:して|いたし)",
        ],
        "nl": [
            r"(?:apart|opzij) (?:leggen|houden|zetten)|(?:leggen|houden) (?:we )?(?:er )?"
            r"(?:een|één) (?:voor u|voor je) (?:apart|opzij)|(?:reserveren|bewaren) (?:we )?"
            r"(?:er )?(?:een|één) voor (?:u|je)",
            # round 24a: "zal ik er alvast eentje voor u klaarzetten?"
            r"(?:een|één|eentje) (?:voor (?:u|je|jou) )?(?:klaarleggen|klaarzetten|achterhouden|"
            r"reserveren|bewaren|apart leggen|opzij leggen)",
            # round 32a: "als ik er eentje voor je apart moet leggen"
            r"(?:een|één|eentje|een plekje|een plek) voor (?:u|je|jou) (?:apart|opzij|vrij)",
        ],
        "pl": [
            r"(?:odłoż|zarezerwuj|zostaw)\w* (?:\w+ )?dla (?:pana|pani|ciebie)|(?:możemy|mogę|"
            r"moglibyśmy) (?:\w+ )?(?:\w+ )?(?:odłożyć|zarezerwować)|odłożymy|odłożę"
        ],
        "sv": [
            r"(?:lägga|lägger|ställa|ställer) (?:jag |vi )?undan|(?:reservera|reserverar|spara|sparar) (?:ett|en) (?:\w+ )?"  # noqa: E501
            r"åt (?:dig|er)",
            # round 24a, verb before its subject: "så lägger vi ett åt dig", "sparar jag en"
            r"(?:sparar|lägger|håller|reserverar|ställer) (?:vi|jag) (?:undan )?(?:ett|en) "
            r"(?:\w+ )?åt (?:dig|er)",
            # round 32a: "vill du att jag håller en plats åt dig?"
            r"(?:håller|hålla|sparar|spara|reserverar|reservera) (?:en|ett) (?:\w+ )?åt (?:dig|er)",
        ],
        "tr": [
            r"(?:sizin için|size) (?:bir tane |bir adet )?ayır\w*",
            # round 32a: "istersen sana bir tane ayırayım"
            r"(?:senin için|sana) (?:bir tane |bir adet |birini |bir yer )?ayır\w*",
        ],
    },
)

# New goods of any kind, in the plural or named by a year: "die neuen Hirtenfiguren", "le
# nuove statuine", "les santons de la collection 2027".  Like a new model, a plug when they
# are released or come in (RELEASE), when the buyer is to be told of them (NOTIFY) or when
# one is put aside (RESERVE).
NEW_GOODS: Final = Lexicon(
    "new goods",
    {
        "en": [
            r"the new [\w-]+s|(?:collection|range|line|series) (?:of )?20\d\d|20\d\d (?:collection|range|line)"  # noqa: E501
        ],
        "de": [r"die neuen [\w-]+|(?:kollektion|serie) 20\d\d|20\d\d(?:er)?-?(?:kollektion|serie)"],
        "fr": [r"les nouve(?:aux|lles) [\w-]+|(?:collection|gamme|série) 20\d\d"],
        "es": [r"(?:los nuevos|las nuevas) [\w-]+|(?:colección|serie) 20\d\d"],
        "it": [r"(?:i|gli) nuovi [\w-]+|le nuove [\w-]+|(?:collezione|serie) 20\d\d"],
        "ja": [r"新しい(?:商品|作品|シリーズ)|20\d\d年(?:モデル|版|コレクション)"],
        "nl": [r"de nieuwe [\w-]+|(?:collectie|serie) 20\d\d"],
        "pl": [r"now(?:e|ych) [\w-]+|(?:kolekcj\w*|seri\w*) 20\d\d"],
        "sv": [r"de nya [\w-]+|(?:kollektion\w*|serie\w*) 20\d\d"],
        "tr": [r"yeni [\w-]+(?:ler|lar)\w*|20\d\d (?:koleksiyon|serisi)\w*"],
    },
)
# An offer to tell the buyer when something comes in: "we'll keep you posted when ...",
# "houden we u op de hoogte zodra ...", "la avviso appena arrivano".
NOTIFY: Final = Lexicon(
    "notify",
    {
        "en": [
            r"keep you (?:posted|informed|updated|in the loop)|let you know (?:when|as soon as|once)|"  # noqa: E501
            r"notify you|tell you (?:when|as soon as)|drop you a line (?:when|as soon as)"
        ],
        "de": [
            r"(?:halten|informieren|benachrichtigen) (?:wir )?(?:sie|dich) ~ (?:auf dem laufenden|"
            r"sobald|wenn)|(?:sagen|geben) (?:wir )?(?:ihnen|dir) bescheid|auf dem laufenden halten"
        ],
        "fr": [
            r"vous tenir (?:informée?s?|au courant)|vous (?:prévenir|prévenons|préviendrons|avertir)"  # noqa: E501
        ],
        "es": [
            r"(?:le|te) (?:avisamos|avisaremos|aviso|mantenemos informad\w*)|avisarle|mantenerle informad\w*"  # noqa: E501
        ],
        "it": [
            r"(?:la|ti) (?:avvisiamo|avviseremo|teniamo aggiornat\w*|informiamo)|avvisarla|tenerla aggiornat\w*",  # noqa: E501
            r"(?:la|ti) (?:avvisi|avvisino|avverta|avverto|avviso)",
        ],
        "ja": [r"お知らせ(?:いたします|します|しましょうか)|ご案内(?:いたします|します)"],
        "nl": [
            r"op de hoogte (?:houden|stellen|brengen)|(?:houden|stellen|brengen) (?:we|wij|ik) (?:u|je) op de hoogte|(?:laten|laat) (?:we|wij|ik) (?:u|je|het u|het je) weten (?:zodra|als|wanneer)"  # noqa: E501
        ],
        "pl": [
            r"(?:damy|dam) (?:panu |pani |ci )?znać|poinformujemy|powiadomimy",
            # the buyer told ("dać Panu znać"), not asked to tell ("proszę dać znać")
            r"da(?:ć|li) (?:panu|pani|państwu|ci) znać",
        ],
        "sv": [
            r"(?:hålla|håller) (?:dig|er) (?:uppdaterad\w*|informerad\w*)|(?:meddelar|hör av oss till) (?:dig|er) (?:när|så fort)",  # noqa: E501
            r"hör(?:a)? av (?:mig|oss) (?:till (?:dig|er) )?(?:när|så fort|då)",
        ],
        "tr": [
            r"haber (?:veririz|verelim|vereceğiz)|bilgilendiririz|bilgilendirelim",
            r"haber ver(?:memizi|memi|elim mi|eyim mi)",
        ],
    },
)
# The seller's own event: a course, a tasting, an outing, a live show, a contest, which
# the seller runs ("nous organisons une masterclass", "ogni mese organizziamo un'uscita").
EVENT: Final = Lexicon(
    "event",
    {
        "en": [
            r"workshops?|master ?class(?:es)?|webinars?|courses?|class(?:es)?|tastings?|outings?|"
            r"meet-?ups?|live (?:show|stream|session)s?|open (?:day|house)s?|contests?|giveaways?|"
            r"events?"
        ],
        "de": [
            r"workshops?|masterclass|webinar\w*|kurs\w*|seminar\w*|(?:näh|strick|koch|back|"
            r"mal|töpfer|yoga|häkel|brau|bastel|online-?)kurs\w*|verkostung\w*|ausflug|ausflüge|"
            r"ausfahrt\w*|veranstaltung\w*|events?|tag der offenen tür|live-?shows?|gewinnspiel\w*"
        ],
        "fr": [
            r"ateliers?|master ?class(?:es)?|webinaires?|cours|dégustations?|sorties?|événements?|"
            r"évènements?|portes ouvertes|lives?|concours|jeux-concours"
        ],
        "es": [
            r"talleres|taller|masterclass|webinars?|cursos?|catas?|degustaci\w*|salidas?|"
            r"excursi\w*|quedadas?|eventos?|puertas abiertas|directos?|concursos?|sorteos?"
        ],
        "it": [
            r"workshop|masterclass|webinar|cors[oi]|degustazion[ei]|uscit[ae]|escursion[ei]|"
            r"radun[oi]|event[oi]|open day|dirett[ae]|concors[oi]"
        ],
        "ja": [r"イベント|講座|教室|ワークショップ|体験会|試飲会|ライブ配信|セミナー"],
        "nl": [
            r"workshops?|masterclass|webinars?|cursus\w*|proeverij\w*|uitjes?|excursie\w*|evenement\w*|open dag|livestreams?|wedstrijd\w*|winactie\w*"  # noqa: E501
        ],
        "pl": [
            r"warsztat\w*|masterclass|webinar\w*|kurs\w*|degustacj\w*|wyjazd\w*|wycieczk\w*|spotkani\w*|wydarzeni\w*|konkurs\w*"
        ],
        "sv": [
            r"workshops?|masterclass|webbinari\w*|kurs\w*|provning\w*|provsmakning\w*|utflykt\w*|träff\w*|evenemang|event|livesändning\w*|tävling\w*|öppet hus"  # noqa: E501
        ],
        "tr": [
            r"atölye\w*|masterclass|webinar\w*|kurs\w*|tadım\w*|gezi\w*|buluşma\w*|etkinli\w*|canlı yayın\w*|yarışma\w*|çekiliş\w*"  # noqa: E501
        ],
    },
)
ORGANISE: Final = Lexicon(
    "we organise",
    {
        "en": [
            r"we(?:'re| are)? (?:\w+ )?(?:organi[sz]e|organi[sz]ing|host|hosting|run|running|hold|"
            r"holding|put on|putting on)|(?:for|with) our (?:customers|community|followers|members)|"  # noqa: E501
            r"(?:we've|we have) (?:just )?(?:started|begun) (?:running|hosting|holding|organi[sz]ing|"  # noqa: E501
            r"offering|doing)",
            # round 24a: "we're starting a beginners' pottery class", "only eight places"
            r"(?:starting|opening|launching|kicking off) (?:a|an|our) (?:new )?(?:[\w'-]+ ){0,2}?"
            r"(?:class|classes|course|courses|workshops?|tastings?|club)|"
            r"(?:only )?(?:\w+ )?(?:places|spots|seats) (?:are )?(?:limited|left)|limited (?:places|spots|seats)",  # noqa: E501
        ],
        "de": [
            r"(?:organisieren|veranstalten|machen|bieten) wir|wir (?:\w+ )?(?:organisieren|veranstalten)|für unsere kund\w*",  # noqa: E501
            r"(?:starten|eröffnen|beginnen) wir|plätze (?:sind )?(?:begrenzt|limitiert)|begrenzte plätze",  # noqa: E501
        ],
        "fr": [
            r"nous (?:\w+ )?organisons|on organise|nous proposons|pour nos client\w*",
            r"nous (?:lançons|ouvrons|démarrons|commençons)|on (?:lance|ouvre|démarre)|places limitées",  # noqa: E501
        ],
        "es": [
            r"organizamos|celebramos|hacemos|para nuestros clientes",
            r"empezamos|abrimos|comenzamos|arrancamos|plazas limitadas",
        ],
        "it": [
            r"organizziamo|facciamo|proponiamo|per i nostri clienti",
            r"apriamo|iniziamo|cominciamo|partiamo con|avviamo|posti limitati",
        ],
        "ja": [r"開催|主催|(?:を)?始めます|開講"],
        "nl": [
            r"organiseren (?:we|wij)|(?:we|wij) (?:\w+ )?organiseren|voor onze klanten",
            r"(?:starten|beginnen|openen) (?:we|wij)|(?:we|wij) (?:starten|beginnen)|vol is vol|beperkt (?:aantal )?plaatsen",  # noqa: E501
        ],
        "pl": [
            r"organizujemy|prowadzimy|dla naszych klientów",
            r"ruszamy|zaczynamy|otwieramy|startujemy|liczba miejsc (?:jest )?ograniczona",
        ],
        "sv": [
            r"(?:vi )?(?:anordnar|arrangerar|ordnar|håller)|för våra kunder",
            r"(?:startar|börjar|öppnar|har) vi|vi (?:startar|börjar)|begränsat antal platser",
        ],
        "tr": [
            r"düzenliyoruz|düzenleyeceğiz|yapıyoruz|müşterilerimiz için",
            r"başlatıyoruz|başlıyoruz|açıyoruz|kontenjan\w*",
        ],
    },
)
# Our catalogue or brochure, sent to the buyer: "possiamo spedirle il nostro catalogo".
CATALOGUE: Final = Lexicon(
    "our catalogue",
    {
        "en": [r"our (?:\w+ )?(?:catalogue|catalog|brochure|leaflet|flyer|lookbook)s?"],
        "de": [r"unser\w* (?:\w+ )?(?:katalog\w*|prospekt\w*|broschüre\w*|flyer)"],
        "fr": [r"(?:notre|nos) (?:\w+ )?(?:catalogues?|brochures?|dépliants?|prospectus)"],
        "es": [r"nuestr[oa]s? (?:\w+ )?(?:catálogos?|folletos?)"],
        "it": [
            r"(?:il )?nostr[oi] (?:\w+ )?(?:catalog(?:o|hi)|volantin[oi]|dépliant)|nostra brochure"
        ],
        "ja": [r"(?:当店|弊社)の?(?:カタログ|パンフレット)"],
        "nl": [r"onze (?:\w+ )?(?:catalogus\w*|brochure\w*|folder\w*)"],
        "pl": [r"nasz\w* (?:\w+ )?(?:katalog\w*|broszur\w*|ulotk\w*)"],
        "sv": [r"vår\w* (?:\w+ )?(?:katalog\w*|broschyr\w*)"],
        "tr": [r"katalog\w*(?:umuz|umuzu)|broşür\w*"],
    },
)


# The buyer's order or parcel: a release word beside it ("sale mañana", "çıkıyor") is the
# parcel leaving, and "you'll love it" the seller's hope, not a coming product plugged.
THIS_ORDER: Final = Lexicon(
    "this order",
    {
        "en": [r"orders?|parcels?|packages?|shipments?|deliver(?:y|ies)|tracking"],
        "de": [r"bestellung\w*|paket\w*|sendung\w*|lieferung\w*"],
        "fr": [r"commandes?|colis|livraisons?|envois?"],
        "es": [r"pedidos?|paquetes?|envíos?|entregas?"],
        "it": [r"ordin[ei]|pacc(?:o|hi)|spedizion[ei]|consegn[ae]"],
        "ja": [r"ご注文|注文|荷物|配送|お届け|発送"],
    },
)

RULE = "marketing"
_MESSAGE = (
    "This plugs another product, a coming model or the seller's range. Messages to buyers "
    "may only answer their question, never sell."
)
_SUGGESTION = "Remove the product plug; answer only the buyer's question about this order."


_NOT_GOODS: Final = frozenset(
    (
        "date", "dates", "datum", "termin", "termine", "fecha", "fechas", "data", "termijn",
        "tijd", "time", "times", "price", "prices", "preis", "preise", "prix", "precios",
        "precio", "prezzi", "prezzo", "prijs", "prijzen", "ceny", "cena", "pris", "priser",
        "tarih", "tarihler", "fiyatlar", "address", "adresse", "direccion", "indirizzo",
        "adres", "adress", "number", "nummer", "numero", "numeros", "tracking", "code", "codes",
        # "las nuevas llegan mañana", "die neuen kommen": the new ones, no goods named
        "llegan", "llegaran", "salen", "vienen", "estan", "son", "arrivent", "arriveront",
        "sont", "arrivano", "sono", "escono", "kommen", "sind", "komen", "zijn", "kommer", "ar",
        "sa", "arrive", "are", "come", "will", "have", "ones",
    )
)  # fmt: skip
_YOURS: Final = re.compile(
    r"(?<![^\W\d_])(?:your|ihr|ihre\w*|votre|vos|su|sus|suo|sua|suoi|uw|je|jouw|pana|pani|"
    r"twoj\w*|din|ditt|dina|er|ert|sizin)(?![^\W\d_])"
)
_SEND_YOU: Final = re.compile(
    r"send you|post you|mail you|schicken|zusenden|senden|envoy|envoi|envia|enviar|enviarl|"
    r"mandar|spedir|inviar|sturen|toezenden|wysła|wyśle|skicka|gönder|お送り|送付|送ら"
)


# Round 21c.  Goods tied to a season or a feast, or made in a limited run: "autumn-only
# chestnut sweets", "nuestra edición limitada de Navidad", "Ramazan için özel kutular",
# "秋限定".  A plug with a release, a notice or a list in the same sentence.
SEASONAL: Final = Lexicon(
    "seasonal goods",
    {
        "en": [
            r"(?:autumn|fall|winter|spring|summer|christmas|easter|halloween|holiday|seasonal|"
            r"ramadan|eid)[- ]only|limited[- ](?:edition|run|batch)|seasonal (?:special|range|"
            r"edition|flavou?rs?|boxe?s?)|(?:christmas|easter|ramadan|eid|holiday|halloween|autumn|"
            r"winter) (?:special|edition|range|boxe?s?|collection)s?"
        ],
        "de": [
            r"(?:nur|ausschließlich) (?:im|zu|an|zur|in der) (?:herbst|winter|frühling|frühjahr|"
            r"sommer|weihnachten|ostern|ramadan|adventszeit|weihnachtszeit)|limitierte\w* "
            r"(?:edition|auflage|sonderedition)|(?:saison|herbst|winter|sommer|oster|weihnachts|"
            r"ramadan)-?(?:edition|spezialität\w*|sonderedition|boxen?|kollektion|sorte\w*)"
        ],
        "fr": [
            r"(?:édition|série) limitée|(?:uniquement|seulement) (?:en|à|pour) (?:l'automne|"
            r"automne|l'hiver|hiver|printemps|l'été|été|noël|pâques|le ramadan|ramadan)|"
            r"(?:spécial|spéciale|spéciaux|spéciales) (?:noël|pâques|ramadan|automne|hiver)|"
            r"(?:coffrets?|boîtes?|collection) (?:de noël|de pâques|du ramadan|d'automne|d'hiver)"
        ],
        "es": [
            r"edici[oó]n limitada|(?:solo|sólo) (?:en|para) (?:otoño|invierno|primavera|verano|"
            r"navidad|pascua|ramadán)|especial(?:es)? de (?:navidad|otoño|invierno|temporada|"
            r"ramadán|pascua)|(?:cajas?|colección|lotes?) de (?:navidad|ramadán|otoño|pascua)"
        ],
        "it": [
            r"edizione limitata|(?:solo|soltanto) (?:in|per|a) (?:autunno|inverno|primavera|estate|"
            r"natale|pasqua|ramadan)|(?:speciale|speciali) (?:di )?(?:natale|autunno|inverno|"
            r"pasqua|ramadan)|(?:scatole|cofanetti|collezione) (?:di natale|di pasqua|per il "
            r"ramadan|d'autunno)"
        ],
        "ja": [r"(?:秋|冬|春|夏|季節|期間|数量|クリスマス|お正月|年末|ラマダン|バレンタイン)限定"],
        "nl": [
            r"(?:alleen|enkel) (?:in|met|voor) (?:de )?(?:herfst|winter|lente|zomer|kerst|pasen|"
            r"ramadan)|gelimiteerde (?:editie|oplage)|limited edition|(?:herfst|winter|zomer|kerst|"
            r"paas|ramadan|seizoens)-?(?:editie|special|dozen|doosjes|pakketten|collectie)"
        ],
        "pl": [
            r"(?:tylko|wyłącznie) (?:jesienią|zimą|latem|wiosną|na (?:jesień|zimę|lato|wiosnę|"
            r"święta|ramadan))|edycj\w* limitowan\w*|limitowan\w* (?:edycj|seri|parti)\w*|"
            r"(?:jesienn|zimow|świąteczn|sezonow|wielkanocn|ramadanow)\w* (?:edycj|kolekcj|zestaw|"
            r"box|pudeł|pudełk)\w*"
        ],
        "sv": [
            r"(?:bara|endast) (?:i|under|till) (?:hösten|vintern|våren|sommaren|julen|påsken|"
            r"ramadan)|begränsad upplaga|limited edition|(?:höst|vinter|sommar|jul|påsk|ramadan|"
            r"säsongs)(?:utgåva|special|lådor|boxar|kollektion)"
        ],
        "tr": [
            r"(?:ramazan|bayram|yılbaşı|sonbahar|kış|yaz|ilkbahar)\w* (?:için |a |e )?özel|"
            r"sınırlı (?:sayıda|üretim|seri)|sezonluk"
        ],
    },
)

# The buyer put on a list for goods to come: "shall we note you down for the Ramadan boxes",
# "dopiszemy Panią do listy", "sizi listeye yazalım", "zetten we je op de lijst".  A plug when
# new, coming or seasonal goods are named in the sentence or the one before.
LIST_ME: Final = Lexicon(
    "put on a list",
    {
        "en": [
            r"(?:put|add|note|write|sign|pencil) you (?:down |up )?(?:on|to|for) (?:the|our|a) "
            r"(?:[\w-]+ )?list|(?:put|add|note) (?:you|your name) down for|(?:put|add) your name "
            r"(?:on|to) (?:the|our) (?:[\w-]+ )?list"
        ],
        "de": [
            r"(?:setzen|nehmen|schreiben|tragen|notieren) (?:wir )?sie (?:gern |gerne |einfach )?"
            r"(?:auf|in) (?:die|unsere) (?:[\w-]+)?liste|(?:auf|in) (?:die|unsere) (?:[\w-]+)?liste "  # noqa: E501
            r"(?:setzen|nehmen|schreiben|eintragen)|(?:notieren|vormerken) (?:wir )?sie"
        ],
        "fr": [
            r"(?:vous )?(?:inscri\w*|ajout\w*|mett\w*|not\w*) (?:sur|à) (?:la|notre) (?:[\w-]+ )?liste|"  # noqa: E501
            r"vous (?:inscrire|ajouter|noter|mettre) sur (?:la|notre) liste"
        ],
        "es": [
            r"(?:apunt|anot|añad|inclu|pon)\w* (?:en|a) (?:la|nuestra) (?:[\w-]+ )?lista|(?:le|la|te|"  # noqa: E501
            r"lo) (?:apuntamos|anotamos|añadimos|incluimos|ponemos) (?:en|a) (?:la|nuestra)"
        ],
        "it": [
            r"(?:la|ti|lo) (?:inseriamo|mettiamo|aggiungiamo|segniamo|iscriviamo) (?:nella|in|alla) "  # noqa: E501
            r"(?:nostra )?(?:[\w-]+ )?lista|(?:inserir|segnar|aggiunger|metter)(?:la|ti|lo) (?:nella|"  # noqa: E501
            r"in|alla) (?:nostra )?lista"
        ],
        "ja": [r"リストに(?:ご登録|登録|追加|お名前)|お名前を(?:お控え|控え)"],
        "nl": [
            r"(?:zetten|zet|schrijven|nemen|voegen|noteren) (?:we |wij |ik )?(?:u|je|jou) (?:graag |"  # noqa: E501
            r"even )?(?:op|aan|bij) (?:de|onze) (?:[\w-]+)?lijst|(?:u|je|jou) (?:op|aan) (?:de|onze) "  # noqa: E501
            r"(?:[\w-]+)?lijst (?:zetten|toevoegen)"
        ],
        "pl": [
            r"(?:dopisz|zapisz|wpisz|dodam|dodamy|dopiszę|zapiszę|wpiszę)\w* (?:pana|panią|państwa|"
            r"cię|was) (?:do|na) (?:naszej )?list\w*"
        ],
        "sv": [
            r"(?:skriver|sätter|lägger|skriva|sätta|lägga) (?:upp )?(?:dig|er) (?:på|till) (?:vår |en |"  # noqa: E501
            r"den )?(?:[\w-]+)?lista\w*"
        ],
        "tr": [
            r"(?:sizi|adınızı|isminizi) (?:listeye|listemize|listeye de) (?:yazalım|yazarız|ekleyelim|"  # noqa: E501
            r"ekleriz|alalım|alırız|kaydedelim)"
        ],
    },
)


def _by_sentence(lexicon: Lexicon, doc: Document) -> dict[int, tuple[int, int]]:
    """The first span of ``lexicon`` not negated, per sentence."""
    found: dict[int, tuple[int, int]] = {}
    for i, j in lexicon.spans(doc):
        if not negated(doc.words.text, i):
            found.setdefault(doc.sentence_of(i), (i, j))
    return found


# The workshop as the place the seller works in, not an event: "in the workshop we do it like
# this", "así lo hacemos en el taller", "à l'atelier", "w warsztacie", Turkish "atölyede"
# (the locative ending); matched on the folded text.
_PLACE_BEFORE: Final = re.compile(
    r"(?:(?:in|at|from|into) (?:the|our|my)|(?:a|dans|de) (?:l'|notre |mon )|"
    r"(?:en|de|desde|a) (?:el|nuestro|mi)|del|al|(?:in|nel|dal) (?:nostro )?|w|w naszym|ze) ?$"
)
_PLACE_SUFFIX: Final = re.compile(r"atolye(?:miz)?(?:de|da|den|dan|ye|ya)$")


# "変更できることもあります", "場合もございます": there are also cases where, no goods
_CASES_BEFORE: Final = re.compile(fold_literal("(?:こと|場合|可能性|とき|時)$"))


def _place(doc: Document, i: int, j: int) -> bool:
    text = doc.words.text
    return bool(_PLACE_SUFFIX.search(text, i, j) or _PLACE_BEFORE.search(text, max(0, i - 16), i))


def find_plugs(doc: Document) -> Iterator[Finding]:
    models = _by_sentence(NEW_MODEL, doc)
    releasing = RELEASE.spans(doc) + ARRIVAL.spans(doc)
    for s, (i, j) in _by_sentence(NEW_GOODS, doc).items():
        # "the new soles arrive in February, then we send your pair": the buyer's own goods;
        # "las nuevas llegan mañana": the word after "new" is the release, no goods named;
        # "de nieuwe datum": a date, a price or a number is no product
        if doc.sentence_has(s, _YOURS) or any(a < j and i < b for a, b in releasing):
            continue
        if doc.words.text[i:j].rsplit(" ", 1)[-1] in _NOT_GOODS:
            continue
        models.setdefault(s, (i, j))
    events: dict[int, tuple[int, int]] = {}
    for i, j in EVENT.spans(doc):  # the first event per sentence that is not a place
        if not negated(doc.words.text, i) and not _place(doc, i, j):
            events.setdefault(doc.sentence_of(i), (i, j))
    catalogues = _by_sentence(CATALOGUE, doc)
    goods = {
        s: g
        for s, g in _by_sentence(OTHER_GOODS, doc).items()
        if not _CASES_BEFORE.search(doc.words.text, max(0, g[0] - 4), g[0])
    }
    hints = _by_sentence(PLUG_HINT, doc)
    arrivals = _by_sentence(ARRIVAL, doc)
    releases = _by_sentence(RELEASE, doc)
    ours = _by_sentence(OUR_NEW, doc)
    seasonal = _by_sentence(SEASONAL, doc)
    listed = _by_sentence(LIST_ME, doc)
    if not (
        models
        or goods
        or hints
        or arrivals
        or releases
        or ours
        or events
        or catalogues
        or seasonal
        or listed
    ):
        return
    interested = _by_sentence(INTERESTED, doc) if hints or goods else {}
    remedies = {doc.sentence_of(i) for i, _ in REMEDY.spans(doc)}
    orders_all = {doc.sentence_of(i) for i, _ in THIS_ORDER.spans(doc)}
    plugs = [models[s] for s in models.keys() & releases.keys() if s not in orders_all]
    if models or ours:  # "we'll keep you posted as soon as our new cribs come in"
        told = _by_sentence(NOTIFY, doc).keys()
        plugs += [n for s, n in (models | ours).items() if s in told and s not in orders_all]
    if events:  # "we run a free knitting masterclass online in January"
        organised = _by_sentence(ORGANISE, doc).keys()
        plugs += [e for s, e in events.items() if s in organised and s not in orders_all]
        # "small Saturday workshops at the bench ... I'd keep a place for you": a seat held
        kept = _by_sentence(RESERVE, doc).keys() - orders_all
        plugs += [e for s, e in events.items() if {s, s + 1} & kept and s not in orders_all]
    # "we can also post you our paper catalogue": offered, not asked for
    plugs += [c for s, c in catalogues.items() if doc.sentence_has(s, _SEND_YOU)]
    plugs += [goods[s] for s in goods.keys() & (hints.keys() | interested.keys())]
    plugs += [hints[s] for s in hints.keys() & interested.keys()]
    # "the new season's boards just came in": a new range in stock
    plugs += [arrivals[s] for s in models.keys() & arrivals.keys()]
    if models:  # "we just made a new batch of pestles, I think you'd like them"
        liked = _by_sentence(GOES_WITH, doc).keys()
        plugs += [m for s, m in models.items() if s in liked or s + 1 in liked]
    if arrivals or releases:  # "the new strap just came in; it would look great with your watch"
        matched = _by_sentence(GOES_WITH, doc).keys()
        plugs += [a for s, a in arrivals.items() if s in matched or s + 1 in matched]
        # "our chestnut honey comes out in May, I think you'd like it"; the buyer's parcel
        # "comes out of the warehouse" is no product
        orders = {doc.sentence_of(i) for i, _ in THIS_ORDER.spans(doc)} if releases else set()
        plugs += [
            r for s, r in releases.items() if (s in matched or s + 1 in matched) and s not in orders
        ]
    if ours or goods:  # "bij deze kinderwagen past ook onze nieuwe regenhoes, die is net binnen"
        fitting = _by_sentence(FITS, doc).keys() | arrivals.keys()
        plugs += [n for s, n in ours.items() if s in fitting]
        # "dazu passt unser Häuschen, das die meisten Kunden gleich mit bestellen", "notre
        # nouvelle bouillotte ..., beaucoup de nos clients la prennent"
        plugs += [g for s, g in goods.items() if s in fitting or s in ours]
    if ours:
        # "in February our new handmade drums come in", "onze nieuwe lijn komt volgende week
        # binnen, ik denk dat die u zou bevallen": our new goods to come, or urged
        nudged = _by_sentence(GOES_WITH, doc).keys()
        orders = {doc.sentence_of(i) for i, _ in THIS_ORDER.spans(doc)} if releases else set()
        plugs += [
            n
            for s, n in ours.items()
            if (s in releases and s not in orders) or s in nudged or s + 1 in nudged
        ]
    if releases:  # "the lit version comes out in March, shall I put one aside for you?"
        reserved = _by_sentence(RESERVE, doc)
        service = remedies | {doc.sentence_of(i) for i, _ in THIS_ORDER.spans(doc)}
        plugs += [
            r
            for s, r in reserved.items()
            if (s in releases or s - 1 in releases) and not {s, s - 1} & service
        ]
        # round 24a: "in spring we release handwoven runners. Shall we tell you when they're
        # in?"; "your order ships in April, we'll let you know" is the buyer's own parcel
        notified = _by_sentence(NOTIFY, doc)
        plugs += [
            n
            for s, n in notified.items()
            if (s in releases or s - 1 in releases) and not {s, s - 1} & service
        ]
    if seasonal or listed:
        # "next month our autumn-only chestnut sweets", "Ramadan boxes are being made, shall
        # we put you on the list?", "reply yes and we'll add you to the list of new patterns"
        noticed = set(_by_sentence(NOTIFY, doc)) | set(_by_sentence(GOES_WITH, doc))
        coming = set(releases) | set(models) | set(ours) | set(arrivals)
        plugs += [
            n
            for s, n in seasonal.items()
            if s in coming | noticed | set(listed) and s not in orders_all
        ]
        named = coming | set(seasonal) | set(_by_sentence(NEW_GOODS, doc))
        # ("the replacement lid arrives next week; we've put you on the list": the buyer's own)
        plugs += [
            n
            for s, n in listed.items()
            if {s, s - 1} & named
            and s not in orders_all
            and s not in remedies
            and (s in named or s - 1 not in remedies)
        ]
    reported: set[int] = set()
    for i, j in sorted(plugs):
        s = doc.sentence_of(i)
        if s in remedies or s in reported:
            continue
        reported.add(s)
        yield doc.finding(doc.words, i, j, RULE, Severity.BLOCK, _MESSAGE, _SUGGESTION)
