"""What a buyer wants, from Amazon's subject topic and keyword rules on their text.

Why rules and not a trained model: the intents are few and coarse, buyers state them with a
small vocabulary ("where is my order", "noch nicht angekommen", "pas encore reçu"), and
Amazon's own subject topic ("Order delivery inquiry", "Return policy inquiry") already
tells us much of the answer.  A wrong intent costs little: it only changes which template
is suggested, and an agent reads every message and approves every reply.  Rules are
auditable, need no training data (which we could not share anyway: it is buyers' personal
data) and a seller can extend them.  What they miss: sarcasm and negation beyond a few
words ("I never asked to cancel"), messages that ask two things (we pick the stronger),
typos and languages outside en/de/fr/es/it/ja; those fall to ``other`` or the stronger
rule, and the agent decides.

Scoring: the subject topic counts 3, each strong phrase 3, each weaker keyword 1 or 2.
The highest total wins; ties go to the intent that needs the most care (damage, cancel,
address change) before the routine ones.
"""

from __future__ import annotations

import re
import unicodedata

from bot.domain import Intent

__all__ = ["classify", "scores"]

_PRIORITY = (
    Intent.DAMAGED_OR_WRONG,
    Intent.CANCEL,
    Intent.ADDRESS_CHANGE,
    Intent.RETURN,
    Intent.WHERE_IS_MY_ORDER,
    Intent.PRODUCT_QUESTION,
)

W = Intent.WHERE_IS_MY_ORDER
C = Intent.CANCEL
R = Intent.RETURN
D = Intent.DAMAGED_OR_WRONG
A = Intent.ADDRESS_CHANGE
P = Intent.PRODUCT_QUESTION

# Amazon's subject topics (the words before "inquiry from Amazon customer" and translations).
_TOPICS: tuple[tuple[Intent, str], ...] = (
    (W, r"order delivery|delivery (?:inquiry|enquiry)|shipping (?:inquiry|enquiry)|ship faster"),
    (W, r"where.?s my (?:order|stuff)|tracking"),
    (W, r"lieferung der bestellung|bestelllieferung|lieferanfrage|zur lieferung|versandanfrage"),
    (W, r"livraison de (?:la )?commande|sur la livraison|suivi de (?:la )?livraison"),
    (W, r"entrega del pedido|sobre la entrega|sobre el env[ií]o"),
    (W, r"consegna dell'ordine|sulla consegna|sulla spedizione"),
    (W, r"配送|お届け(?:日|予定)"),
    (R, r"return policy|return request|returns? (?:inquiry|enquiry)|refund"),
    (R, r"r[üu]ckgabe|r[üu]cksendung|erstattung"),
    (R, r"retour|remboursement|devoluci[oó]n|reembolso|\breso\b|rimborso|返品|返金"),
    (P, r"product details|product (?:customi[sz]ation|question)|item details"),
    (P, r"produktdetails|artikeldetails|produktinformation"),
    (P, r"d[ée]tails (?:du|sur le) produit|detalles del producto|dettagli (?:del|sul) prodotto"),
    (P, r"商品の詳細|商品に関する"),
    (C, r"cancel(?:l?ation)?|stornierung|annulation|cancelaci[oó]n|annullamento|キャンセル"),
    (A, r"shipping address|delivery address|lieferadresse|adresse de livraison"),
    (A, r"direcci[oó]n de env[ií]o|indirizzo di spedizione|お届け先"),
    (D, r"damaged|defective|wrong item|besch[äa]digt|defekt|endommag|da[ñn]ado|danneggiat"),
)

# (intent, weight, pattern) on the buyer's text, lower-cased and accent-normalised below.
_RULES: tuple[tuple[Intent, int, tuple[str, ...]], ...] = (
    # where is my order
    (
        W,
        3,
        (
            r"where(?: is|'s| are) (?:my|the|our) (?:order|package|parcel|item|delivery|stuff)",
            r"where (?:my|the|our) (?:order|package|parcel|item|delivery) (?:is|has got)",
        ),
    ),
    (
        W,
        3,
        (r"(?:not|n't|never) (?:yet |been )*(?:arrived|received|delivered|got|come|turned up)",),
    ),
    (W, 3, (r"(?:still|yet to) (?:waiting|not here|haven't|have not|hasn't|has not)",)),
    (
        W,
        2,
        (
            r"tracking (?:number|info|information|details|link|code)",
            r"track (?:my|the) (?:order|parcel|package)",
        ),
    ),
    (
        W,
        2,
        (
            r"when (?:will|can|should|do|does) (?:i|it|my|the|we|this)\b[^.?!]{0,40}"
            r"(?:arrive|get|receive|deliver|ship|expect|come)",
        ),
    ),
    (
        W,
        2,
        (
            r"(?:has|have|was|is) (?:it|my order|the order|this|the item)[^.?!]{0,12} "
            r"(?:been )?(?:shipped|dispatched|sent)",
        ),
    ),
    (
        W,
        2,
        (
            r"expected (?:delivery|arrival)",
            r"delivery (?:date|status)",
            r"status of (?:my|the) order",
            r"any update",
        ),
    ),
    (
        W,
        2,
        (
            r"lost in the post",
            r"still not here",
            r"not turned up",
            r"hasn't shown up",
            r"not shown up",
        ),
    ),
    (
        W,
        3,
        (
            r"wo (?:ist|bleibt) (?:meine?|die|das|unsere?) "
            r"(?:bestellung|paket|sendung|lieferung|ware)",
        ),
    ),
    (
        W,
        3,
        (
            r"(?:noch )?(?:nicht|nie|kein\w*) (?:\w+ ){0,3}"
            r"(?:angekommen|erhalten|geliefert|zugestellt|eingetroffen|bekommen)",
        ),
    ),
    (
        W,
        2,
        (
            r"sendungsverfolgung",
            r"sendungsnummer",
            r"tracking-?nummer",
            r"trackingnummer",
            r"paketnummer",
            r"lieferstatus",
        ),
    ),
    (
        W,
        2,
        (
            r"wann (?:kommt|wird|kann ich|erhalte ich|bekomme ich|ist)",
            r"warte (?:\w+ )?(?:noch|schon)",
            r"wurde (?:\w+ ){0,3}(?:versandt|verschickt|versendet)",
        ),
    ),
    (W, 3, (r"ou (?:est|en est) (?:ma|mon|la|le) (?:commande|colis|livraison)",)),
    (
        W,
        3,
        (
            r"(?:pas|jamais) (?:encore )?(?:ete )?(?:recu|arrive|livre|parvenu)",
            r"toujours pas (?:\w+ ){0,2}(?:recu|arrive|livre)",
        ),
    ),
    (
        W,
        2,
        (
            r"numero de suivi",
            r"suivi (?:du|de mon|de ma|de la) (?:colis|commande|livraison)",
            r"quand (?:vais-je|est-ce que|sera|arrivera|pourrai|va)",
        ),
    ),
    (
        W,
        2,
        (
            r"j'attends toujours",
            r"attends (?:encore|toujours)",
            r"a-t-(?:il|elle) ete expedie",
            r"date de livraison",
        ),
    ),
    (W, 3, (r"donde (?:esta|estan) (?:mi|mis|el) (?:pedido|paquete|envio|compra)",)),
    (
        W,
        3,
        (
            r"no (?:me )?(?:ha|han|he) (?:\w+ ){0,2}(?:llegado|recibido)",
            r"(?:todavia|aun) no (?:\w+ ){0,2}(?:llegado|recibido|llega)",
        ),
    ),
    (
        W,
        2,
        (
            r"numero de seguimiento",
            r"seguimiento del? (?:pedido|paquete|envio)",
            r"cuando (?:llegara|recibire|llega|me llega|va a llegar)",
            r"sigo esperando",
            r"estado de mi pedido",
        ),
    ),
    (
        W,
        3,
        (
            r"dov'e (?:il|la) (?:mio|mia)? ?(?:ordine|pacco|spedizione|acquisto)",
            r"dove (?:si trova|e) (?:il|la) mi[oa]",
        ),
    ),
    (
        W,
        3,
        (
            r"non (?:e |mi e |mi sono |sono )?(?:ancora )?(?:arrivat|consegnat|pervenut)",
            r"non ho (?:ancora )?ricevuto",
        ),
    ),
    (
        W,
        2,
        (
            r"numero di (?:tracciamento|tracking|spedizione)",
            r"tracking",
            r"quando (?:arrivera|arriva|ricevero|verra)",
            r"sto ancora aspettando",
            r"stato (?:del|dell') ?(?:mio )?ordine",
        ),
    ),
    (
        W,
        3,
        (r"届いていません", r"届きません", r"届かない", r"まだ届", r"届いておりません", r"いつ届"),
    ),
    (W, 2, (r"配送状況", r"追跡番号", r"発送され")),
    # cancel
    (C, 3, (r"(?:please|want to|like to|wish to|need to|can you|could you|would like to) cancel",)),
    (C, 2, (r"\bcancel(?:l?ation|l?ed|l?ing)?\b",)),
    (C, 3, (r"stornier", r"storno", r"bestellung (?:\w+ ){0,2}zur[üu]ckziehen", r"abbestellen")),
    (
        C,
        3,
        (
            r"annuler",
            r"annulation",
            r"cancelar",
            r"cancelacion",
            r"anular (?:el|mi) pedido",
            r"annullare",
            r"annullamento",
            r"cancellare (?:l'|il )?ordine",
            r"キャンセル",
        ),
    ),
    # return
    (
        R,
        3,
        (
            r"(?:want|like|need|wish|how (?:do i|can i|to)) (?:to )?"
            r"(?:return|send (?:it|this|them) back)",
        ),
    ),
    (
        R,
        2,
        (
            r"\breturn(?:ing|ed)? (?:it|this|the item|them|the product)",
            r"return label",
            r"refund",
            r"money back",
        ),
    ),
    (
        R,
        3,
        (
            r"zur[üu]cksenden",
            r"zur[üu]ckschicken",
            r"zur[üu]ckgeben",
            r"r[üu]cksendung",
            r"retoure",
            r"r[üu]ckgabe",
        ),
    ),
    (R, 2, (r"erstattung", r"geld zur[üu]ck", r"widerruf")),
    (
        R,
        3,
        (
            r"retourner",
            r"renvoyer",
            r"retour (?:du|de l'|de mon)",
            r"remboursement",
            r"rembourser",
        ),
    ),
    (R, 3, (r"devolver", r"devolucion", r"reembolso", r"reembolsar")),
    (R, 3, (r"restituire", r"\breso\b", r"rimborso", r"rimborsare", r"rispedire")),
    (R, 3, (r"返品", r"返金", r"返送")),
    # damaged or wrong
    (
        D,
        3,
        (
            r"\b(?:arrived|came|is|was|were) (?:\w+ ){0,2}"
            r"(?:damaged|broken|smashed|cracked|defective|faulty)",
        ),
    ),
    (D, 2, (r"\b(?:damaged|broken|defective|faulty|cracked|smashed|dented|scratched|torn)\b",)),
    (
        D,
        3,
        (
            r"wrong (?:item|size|colou?r|product|model|book|one|version)",
            r"not what i ordered",
            r"different (?:item|product|colou?r)",
        ),
    ),
    (
        D,
        2,
        (
            r"(?:doesn't|does not|don't|won't|will not) (?:work|turn on|charge|fit together)",
            r"stopped working",
            r"missing (?:part|piece|item|pieces|parts)",
        ),
    ),
    (
        D,
        3,
        (
            r"besch[äa]digt",
            r"kaputt",
            r"defekt",
            r"zerbrochen",
            r"gebrochen",
            r"zerkratzt",
            r"falsche[nrs]? (?:artikel|gr[öo]ße|farbe|produkt|ware|modell)",
        ),
    ),
    (D, 2, (r"funktioniert (?:\w+ )?nicht", r"fehlt", r"fehlen")),
    (
        D,
        3,
        (
            r"endommage",
            r"abime",
            r"casse",
            r"defectueu",
            r"mauvais(?:e)? (?:article|produit|taille|couleur|modele)",
            r"pas (?:le bon|la bonne)",
        ),
    ),
    (D, 2, (r"ne fonctionne pas", r"ne marche pas", r"il manque")),
    (
        D,
        3,
        (
            r"danad",
            r"\broto\b",
            r"\brota\b",
            r"defectuos",
            r"equivocad",
            r"incorrect",
            r"articulo (?:\w+ )?(?:equivocado|erroneo)",
        ),
    ),
    (D, 2, (r"no funciona", r"\bfalta\b", r"\bfaltan\b")),
    (D, 3, (r"danneggiat", r"\brott[oa]\b", r"difettos", r"sbagliat", r"non corrisponde")),
    (D, 2, (r"non funziona", r"\bmanca\b", r"\bmancano\b")),
    (D, 3, (r"破損", r"壊れ", r"不良品", r"間違")),
    # address change
    (
        A,
        3,
        (
            r"(?:change|update|correct|amend|modify) (?:the |my |our )?"
            r"(?:shipping |delivery |postal )?address",
        ),
    ),
    (
        A,
        3,
        (
            r"wrong (?:shipping |delivery )?address",
            r"new address",
            r"address (?:change|is wrong|was wrong)",
            r"moved house",
        ),
    ),
    (
        A,
        3,
        (
            r"(?:liefer)?adresse (?:\w+ ){0,2}(?:[äa]ndern|korrigieren|falsch|aktualisieren)",
            r"(?:[äa]ndern|korrigieren|aktualisieren) (?:sie )?(?:\w+ ){0,2}(?:liefer)?adresse",
            r"neue (?:liefer)?adresse",
            r"anschrift [äa]ndern",
            r"adress[äa]nderung",
            r"umgezogen",
        ),
    ),
    (
        A,
        3,
        (
            r"(?:changer|modifier|corriger) (?:l'|mon |ma )?adresse",
            r"nouvelle adresse",
            r"mauvaise adresse",
            r"adresse (?:de livraison )?(?:incorrecte|erronee)",
        ),
    ),
    (
        A,
        3,
        (
            r"(?:cambiar|modificar|corregir) (?:la |mi )?direccion",
            r"nueva direccion",
            r"direccion (?:\w+ ){0,2}(?:incorrecta|equivocada|erronea)",
        ),
    ),
    (
        A,
        3,
        (
            r"(?:cambiare|modificare|correggere) (?:l'|il mio )?indirizzo",
            r"nuovo indirizzo",
            r"indirizzo (?:\w+ ){0,2}(?:sbagliato|errato)",
        ),
    ),
    (A, 3, (r"住所変更", r"住所を変更", r"お届け先を変更", r"住所が間違")),
    # less common phrasings
    (
        W,
        3,
        (
            r"(?:says|shows|marked|marked as|shown as) delivered but",
            r"(?:indique|indiquee|marque|marquee|affiche) (?:comme )?livre",
            r"als (?:zugestellt|geliefert) (?:markiert|angezeigt)|zugestellt,? (?:aber|doch)",
            r"(?:aparece|figura|pone) como entregado",
            r"risulta (?:consegnato|consegnata)",
        ),
    ),
    (
        C,
        3,
        (
            r"stop (?:the|my|this) (?:order|shipment)",
            r"no longer (?:want|need) (?:the|this|my) order",
            r"\banular\b",
        ),
    ),
    (
        D,
        2,
        (
            r"\b(?:shattered|leaking|leaked|ripped|stained|chipped|snapped)\b",
            r"(?:diferente|distinto) (?:al|del) que|no es el que ped",
            r"nicht das,? was ich bestellt|anderen artikel",
            r"pas ce que j'ai commande|diverso da quello",
        ),
    ),
    (
        A,
        3,
        (
            r"(?:change|correct|update|fix) (?:the |my )?"
            r"(?:postcode|post code|zip code|zip|postal code)",
            r"(?:postcode|post code|zip code|postal code) (?:is |was )?wrong",
            r"postleitzahl (?:\w+ ){0,2}(?:falsch|[äa]ndern)",
            r"code postal (?:\w+ ){0,2}(?:faux|erron)",
        ),
    ),
    (P, 2, (r"waschbar|wasserdicht|sp[üu]lmaschinenfest|machine washable|dishwasher safe",)),
    # product question
    (
        P,
        2,
        (
            r"\b(?:is|are|does|do|will|can|would) (?:it|this|they|these|the \w+)\b[^.?!]{0,60}"
            r"\b(?:compatible|fit|work with|suitable|waterproof|come with|include|made of|support)",
        ),
    ),
    (
        P,
        2,
        (
            r"compatib",
            r"dimensions",
            r"measurements",
            r"size chart",
            r"what size",
            r"which size",
            r"how (?:big|long|wide|tall|heavy)",
            r"made of",
            r"material",
            r"in stock",
            r"available in",
            r"does it come",
        ),
    ),
    (
        P,
        2,
        (
            r"passt (?:das|es|der|die)",
            r"kompatibel",
            r"abmessungen",
            r"ma[ßs]e",
            r"welche gr[öo]ße",
            r"aus welchem material",
            r"lieferumfang",
            r"geeignet f[üu]r",
            r"funktioniert (?:das|es|er|sie) mit",
        ),
    ),
    (
        P,
        2,
        (
            r"est-ce que (?:ce|cet|cette|le|la|il|elle) (?:produit|article)?",
            r"compatible",
            r"quelle taille",
            r"en quelle matiere",
            r"fonctionne-t-il avec",
            r"convient",
        ),
    ),
    (
        P,
        2,
        (
            r"es compatible",
            r"sirve para",
            r"que (?:talla|medidas|tamano)",
            r"de que material",
            r"funciona con",
            r"viene con",
            r"incluye",
        ),
    ),
    (
        P,
        2,
        (
            r"e compatibile",
            r"va bene per",
            r"che taglia",
            r"quali (?:sono le )?misure",
            r"di che materiale",
            r"funziona con",
            r"include",
        ),
    ),
    (P, 2, (r"対応していますか", r"使えますか", r"サイズ", r"素材")),
)

_COMPILED_TOPICS = tuple((intent, re.compile(p)) for intent, p in _TOPICS)
_COMPILED_RULES = tuple((intent, w, re.compile("|".join(alts))) for intent, w, alts in _RULES)
_NEGATED = re.compile(r"\b(?:don't|do not|not|no|nicht|kein|pas|ne|non|nessun)\s+(?:\w+\s+){0,2}$")
_REPLY_PREFIX = re.compile(r"^\s*(?:(?:re|aw|wg|fw|fwd|tr|r|rif|rv|回复|返信)\s*:\s*)+", re.I)
# Amazon's subject carries the topic before the customer name: cut the name off, a name
# like "Reto" or "Annulla" must not count as a topic.
_SUBJECT_TAIL = re.compile(
    r"(?:from amazon customer|von amazon-kunde|de la part du client amazon|du client amazon"
    r"|del cliente de amazon|dal cliente amazon|da parte del cliente amazon|\(order|\(bestellung"
    r"|\(commande|\(pedido|\(ordine|\(注文).*$",
    re.I,
)


def _fold(text: str) -> str:
    """Lower-case and drop accents (except umlauts and ß, which the rules spell out)."""
    text = text.lower().replace("’", "'")
    out = []
    for ch in unicodedata.normalize("NFD", text):
        if "\u0300" <= ch <= "\u036f" and ch != "\u0308":  # Latin accents only, not kana marks
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def scores(subject: str, body: str, lang: str | None = None) -> dict[Intent, int]:
    """Each intent's score; exposed for the tests and for agents asking "why this intent?"."""
    del lang  # the rules of every language run: buyers mix languages and marketplaces
    totals = dict.fromkeys(_PRIORITY, 0)
    topic = _SUBJECT_TAIL.sub("", _REPLY_PREFIX.sub("", _fold(subject)))
    for intent, pattern in _COMPILED_TOPICS:
        if pattern.search(topic):
            totals[intent] += 3
            break
    text = _fold(body)[:10_000]
    for intent, weight, pattern in _COMPILED_RULES:
        for match in pattern.finditer(text):
            if intent in {C, R, A} and _NEGATED.search(
                text[max(0, match.start() - 30) : match.start()]
            ):
                continue
            totals[intent] += weight
            break  # one hit per rule: repeating a word does not make it truer
    return totals


def classify(subject: str, body: str, lang: str | None = None) -> Intent:
    """The buyer's intent, ``Intent.OTHER`` when nothing points anywhere."""
    totals = scores(subject, body, lang)
    best = max(totals.values())
    if best <= 0:
        return Intent.OTHER
    return next(intent for intent in _PRIORITY if totals[intent] == best)
