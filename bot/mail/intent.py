"""What a buyer wants, from Amazon's subject topic, concept rules on their text, and a model.

Why rules: the intents are few and coarse, buyers state them with a small vocabulary, and
Amazon's own subject topic ("Order delivery inquiry", "Return policy inquiry") already tells
us much of the answer.  Rules are auditable, know negation, and a seller can extend them.
Why a model beside them (:mod:`bot.mail.intent_model`): on messages written blind, each rules
round lifted the set it was tuned on far more than the next unseen one, and a linear model of
n-grams trained on the earlier sets read unseen wording better.  Its probabilities are added
to the rules' points (:func:`_with_model`).  A wrong intent costs little: it only changes
which template is suggested, and an agent reads every message and approves every reply.

The rules are written per concept, not per sentence: "not + arrival verb", "where + the
thing bought", "broken-ness words", "the address + a change verb", in each language.  The
text is folded first (lower case, accents and umlauts dropped, letters repeated three times
or more cut to two, full-width forms narrowed), so "Zurück", "zuruck" and "ZURÜCK" are one
word, and the common misspellings are spelt into the patterns ("recieved", "pakage",
"cancle").  What they miss: sarcasm and negation beyond a few words ("I never asked to
cancel"), messages that ask two things (we pick the stronger), languages outside
en/de/fr/es/it/nl/pl/sv/tr/ja; those fall to ``other`` or the stronger rule, and the agent
decides.

Scoring: the subject topic counts 3, each strong phrase 3, each weaker cue 1 or 2; one hit
per rule.  The highest total wins; ties go to the intent that needs the most care (damage,
cancel, address change) before the routine ones, and ``thanks`` last, so that a "thank you"
in a message that asks something never hides the question.

When a message carries cues of several intents, ``intent_rules_asks`` tells the main ask
from its context ("where is it? if not here by Friday, cancel" asks where it is), and the
``ADJUSTMENTS`` table below moves the points.  ``intent_rules_context`` reads words by their
situation: the parcel held at customs, "it" meaning the invoice asked for before, the French
"votre retour" meaning the seller's answer.  ``intent_rules_items`` reads what happened to
the item and who erred: "you sent me M, I ordered L" is a wrong item, "too small, can I swap
it for L?" an exchange; a clicking noise or a zip come off is a defect with no defect word.

A follow-up (a message that continues an earlier one: "still nothing??", "I wrote to you on
Monday") is recognised apart from the intent; :func:`inherit` gives it the intent of the
buyer's earlier message about the same order when its own words name none but "where is it".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.domain import Intent
from bot.mail import intent_model
from bot.mail import intent_rules_asks as asks_
from bot.mail import intent_rules_clauses as clauses
from bot.mail import intent_rules_concepts as concepts
from bot.mail import intent_rules_context as context
from bot.mail import intent_rules_items as items
from bot.mail import intent_rules_nl_pl_sv_tr as more
from bot.mail import intent_rules_situations as situations
from bot.mail import intent_rules_states as states

__all__ = ["Recognition", "classify", "inherit", "is_follow_up", "recognise", "scores"]

W = Intent.WHERE_IS_MY_ORDER
C = Intent.CANCEL
R = Intent.RETURN
D = Intent.DAMAGED_OR_WRONG
A = Intent.ADDRESS_CHANGE
I = Intent.INVOICE  # noqa: E741 - one letter per intent keeps the rule table readable
T = Intent.THANKS
P = Intent.PRODUCT_QUESTION

_PRIORITY = (D, C, A, R, I, W, P, T)

# Amazon's subject topics (the words before "inquiry from Amazon customer" and translations).
_TOPICS: tuple[tuple[Intent, str], ...] = (
    (W, r"order delivery|delivery (?:inquiry|enquiry)|shipping (?:inquiry|enquiry)|ship faster"),
    (W, r"where.?s my (?:order|stuff)|tracking"),
    (W, r"lieferung der bestellung|bestelllieferung|lieferanfrage|zur lieferung|versandanfrage"),
    (W, r"livraison de (?:la )?commande|sur la livraison|suivi de (?:la )?livraison"),
    (W, r"entrega del pedido|sobre la entrega|sobre el envio"),
    (W, r"consegna dell'ordine|sulla consegna|sulla spedizione"),
    (W, r"配送|お届け(?:日|予定)"),
    (R, r"return policy|return request|returns? (?:inquiry|enquiry)|refund"),
    (R, r"ruckgabe|rucksendung|erstattung"),
    (R, r"retour|remboursement|devolucion|reembolso|\breso\b|rimborso|返品|返金"),
    (P, r"product details|product (?:customi[sz]ation|question)|item details"),
    (P, r"produktdetails|artikeldetails|produktinformation"),
    (P, r"details (?:du|sur le) produit|detalles del producto|dettagli (?:del|sul) prodotto"),
    (P, r"商品の詳細|商品に関する"),
    (C, r"cancel(?:l?ation)?|stornierung|annulation|cancelacion|annullamento|キャンセル"),
    (A, r"shipping address|delivery address|lieferadresse|adresse de livraison"),
    (A, r"direccion de envio|indirizzo di spedizione|お届け先"),
    (D, r"damaged|defective|wrong item|beschadigt|defekt|endommag|danado|danneggiat"),
    (I, r"invoice|rechnung|facture|factura|fattura|領収書|請求書"),
)

# Words a pattern may put in front of a cue to negate it ("I don't want to cancel").
_NEG = (
    r"(?:not|n't|nt|never(?! ?mind)|nvr|no|nicht|nich|nix|nie|kein\w*|pas|jamais|non"
    r"|nessun\w*|mai|nunca|"
    rf"{more.NEGATIONS})"
)

# "didnt", "hasnt": negations typed without the apostrophe (a bare "nt" would match the
# end of "replacement came").
_NT = r"\b(?:did|has|have|is|was|do|does|ca|wo|are|were|could|would|should|ai)nt\b"

# Shared spellings, misspellings included.
_ARRIVE_EN = (
    r"(?:arrive[ds]?|arived|arrvied|recie?ve[ds]?|recei?ved|reci?ved|recive|receive|deliv[ae]red"
    r"|delivere?d|got|gotten|get|come|came|turned up|shown up|showed up|show up|turn up|here)"
)
_THING_EN = (
    r"(?:order|oder|ordr|package|pakage|packge|pacakge|parcel|parcle|pkg|item|items|delivery"
    r"|stuff|shipment|purchase|box|goods|product|thing|things)"
)

# (intent, weight, patterns) on the buyer's text, folded by _fold below.
_RULES: tuple[tuple[Intent, int, tuple[str, ...]], ...] = (
    # ------------------------------------------------------------ where is my order
    (
        W,
        3,
        (
            rf"\b(?:where|wheres|whare|wher|were)(?:'s|s)?\s+(?:is\s+|are\s+|r\s+)?"
            rf"(?:my|the|our|this|that|me)\s+(?:\w+\s+){{0,2}}{_THING_EN}",
            r"\bwhere(?:'s| is| are)? (?:it|they|them)\b",
            rf"(?:\bnot|\bnever(?! mind)|\bnvr|\byet to|\bstill|n't"
            rf"|{_NT})\s+(?:\w+\s+){{0,3}}{_ARRIVE_EN}\b",
            r"\bstill\s+(?:\w+\s+){0,2}(?:waiting|wating|nothing|not|no\b|missing|havent|hasnt"
            r"|haven't|hasn't|isn't|didn't|didnt)",
            r"(?:says|shows|marked|marked as|shown as|showing|states|status) delivered"
            r"|delivered but|delivered,? but",
        ),
    ),
    (
        W,
        2,
        (
            r"\btrack(?:ing)?\b|\btraking\b|\btrackin\b",
            rf"\bwhen\b[^.?!]{{0,40}}\b(?:arriv|get|receiv|deliver|ship|expect|come|here|dispatch"
            rf"|send|sent|post|turn up|show up|land|{_THING_EN})",
            r"\b(?:has|have|was|is|did|been|it)\s+(?:\w+\s+){0,3}"
            r"(?:shipped|dispatched|posted|mailed|sent out)\b",
            r"\b(?:is|has) (?:it|my order|the order) (?:been )?(?:sent|shipped)\b",
            r"expected (?:delivery|arrival)|delivery (?:date|status)|estimated (?:delivery|arrival)"
            r"|\beta\b|status of (?:my|the) order|order status|any updates?\b|any news"
            r"|in time (?:for|by|before)\b|hasn'?t moved|not (?:been )?updated|no updates?\b",
            r"\b(?:lost|late|delayed|missing)\b|(?:is|it's|its|been|got|parcel|package) stuck\b",
            r"undeliverable|return(?:ed)? to sender|out for delivery|\bcustoms\b|\bdepot\b"
            r"|\bexception\b|label (?:was |has been )?created",
            r"\bnothing yet\b|\bnot here\b|\bnothing\b[^.?!]{0,20}\b(?:arrived|yet)\b"
            r"|nothing (?:has )?(?:came|come|showed up|turned up|here)|hold ?up\b|taking so long",
            r"\b(?:sent|shipped|dispatched|gone|left)(?: out)?\b[^.?!]{0,10}\?"
            r"|confirm\b[^.?!]{0,40}\b(?:sent|shipped|dispatched|posted|on (?:its|the) way)",
        ),
    ),
    (
        W,
        3,
        (
            r"\bwo\s+(?:ist|bleibt|sind|steckt|befindet)\b",
            r"\b(?:nicht|nich|nie|nix|kein\w*)\s+(?:\w+\s+){0,3}(?:angekommen|angekomen|angekommt"
            r"|erhalten|geliefert|zugestellt|eingetroffen|bekommen|gekommen|angeliefert)\b",
            r"noch (?:immer )?nicht? da\b|(?:ist|sind) (?:\w+ ){0,4}nicht? da\b",
            r"immer noch (?:nicht|kein|nichts)|noch immer (?:nicht|kein|nichts)",
            r"(?:als )?(?:zugestellt|geliefert) (?:markiert|angezeigt)|zugestellt,? (?:aber|doch)",
        ),
    ),
    (
        W,
        2,
        (
            r"sendungs(?:verfolgung|nummer)|paketnummer|lieferstatus|verfolgungsnummer"
            r"|trackingnummer|tracking-?nummer|tracking-?(?:link|seite|info)|versandstatus",
            r"\bwann\b[^.?!]{0,40}(?:kommt|wird|kann|erhalte|bekomme|ist|liefer|versand|versend"
            r"|verschickt|ankommen|da\b|rechnen)",
            r"liefer(?:datum|termin|zeit)|zustelltermin|\bbis wann\b",
            r"\b(?:schon|bereits|wurde|ist)\b[^.?!]{0,30}(?:versandt|verschickt|versendet"
            r"|unterwegs|rausgegangen)",
            r"\bwarte\w*\b(?! (?:ich )?(?:einfach |mal |dann )?ab\b)|\bnoch nicht\b|verloren"
            r"|verspat",
            r"nichts (?:da|angekommen|gekommen|erhalten)|sollte\b[^.?!]{0,40}\b(?:kommen|da sein"
            r"|ankommen|geliefert werden)|(?:schon|bereits) (?:unterwegs|raus|verschickt)\?",
        ),
    ),
    (
        W,
        3,
        (
            r"\bou\s+(?:est|en est|se trouve|sont|en sont)\b",
            r"\b(?:pas|jamais|rien)\s+(?:\w+\s+){0,3}(?:recu|recus|recue|arriv\w*|livre"
            r"|livree|parvenu|eu)\b",
            r"toujours (?:pas|rien|aucun)",
            r"(?:indique|indiquee|marque|marquee|affiche|note) (?:comme )?livre",
        ),
    ),
    (
        W,
        2,
        (
            r"numero de suivi|\bsuivi\b",
            r"\b(?:quand|kan|qd)\b[^.?!]{0,40}(?:recevoir|recevrai|recoi|arriv|livr|expedi|sera"
            r"|va\b|partir)",
            r"date de livraison|delai de livraison|\bdelai\b",
            r"(?:ete |bien )?expedie|\bj'attends\b|\battends\b|\bbloque|aucune nouvelle"
            r"|\bperdu\b|en retard",
            r"(?:est|soit) (?:bien )?parti|a (?:bien )?ete envoye|prevue? (?:hier|pour hier|le)\b",
        ),
    ),
    (
        W,
        3,
        (
            r"\bdonde\s+(?:esta|estan|anda|queda|se encuentra)\b",
            r"\bno\s+(?:me\s+|nos\s+)?(?:ha|han|he|hemos|a|e)\s+(?:\w+\s+){0,2}"
            r"(?:llegado|recibido|llegao)\b",
            r"(?:todavia|aun|sigue sin|sigo sin)\s+(?:no|sin|nada|recibir|llegar)",
            r"\bno (?:me )?(?:llega|llego)\b",
            r"(?:pone|aparece|figura|marca|dice)(?: como)? entregado|entregado,? pero",
            r"(?:delivered|left|given) (?:to|with) (?:a |my |the )?neighbou?r"
            r"|(?:beim|an (?:den|einen)) nachbarn (?:abgegeben|zugestellt|hinterlegt)"
            r"|livre\w* chez (?:un|le|mon) voisin|entreg\w* (?:a|con) un vecino"
            r"|consegnat\w* (?:a|da) un vicino|隣(?:の家|人)に(?:届け|配達)|隣人は受け取って",
        ),
    ),
    (
        W,
        2,
        (
            r"seguimiento|numero de envio",
            r"\bcuando\b[^.?!]{0,40}(?:llega|recibir|envia|enviar|sale|van|entreg|mandan|trae"
            r"|llevan|reparte|recibo)",
            r"fecha (?:\w+ )?de (?:entrega|llegada|envio)",
            r"sigo esperando|estoy esperando|\bespero\b|parado|atascado|retrasado|perdido",
            r"(?:ya )?(?:se )?ha (?:sido )?enviado|ya (?:se )?envio|enviado ya|lo han enviado",
            r"(?:ya )?salio\b|ha salido|era (?:para )?ayer|debia (?:llegar|entregarse)",
        ),
    ),
    (
        W,
        3,
        (
            r"\bdov'?e\b|\bdove (?:e|si trova|sono|sta)\b",
            r"\bnon\s+(?:\w+\s+){0,3}(?:arrivat|ricevut|consegnat|pervenut)",
            r"\bnon (?:mi )?(?:arriva|e arrivato)|ancora (?:niente|nulla|non)"
            r"|\bmai\s+(?:\w+\s+)?(?:arrivat|ricevut|consegnat)",
            r"(?:risulta|dice|segna) (?:come )?consegnat",
        ),
    ),
    (
        W,
        2,
        (
            r"tracciamento|numero di spedizione|tracciabilita",
            r"\bquando\b[^.?!]{0,40}(?:arriv|ricev|consegn|sped|verra|parte)",
            r"data di consegna|tempi di consegna",
            r"sto (?:ancora )?aspettando|aspetto ancora|in attesa|\bfermo\b|bloccat|in ritardo"
            r"|smarrit|perso\b",
            r"(?:e stato|e gia stato|gia) spedit|stato spedito|spedito\?",
            r"\b(?:e|sia) partit|prevista (?:per )?ieri|doveva (?:arrivare|essere consegnat)",
        ),
    ),
    (
        W,
        3,
        (
            r"届いて(?:い)?(?:ません|ない|おりません)|届きません|届かない|まだ届|まだ来|来ません|来ない",
            r"いつ(?:頃)?(?:届|到着|発送|配達|着|来)|到着していません|受け取っていません|受け取れていません",
        ),
    ),
    (W, 3, (r"どこ(?:ですか|にあります|に|でしょう)",)),
    (
        W,
        2,
        (
            r"まだですか|追跡|配送状況|荷物の状況|状況を教え|発送され|到着予定|お届け予定|配達予定|配達済",
        ),
    ),
    (
        W,
        3,
        (
            r"\b(?:but|and|mais|et|pero|y|ma|e|aber|und)\s+(?:still\s+|toujours\s+|todavia\s+"
            r"|ancora\s+|immer noch\s+)?(?:nothing|rien|nada|niente|nulla|nichts)\s*[.!?]*$",
            r"\b(?:but|mais|pero|ma|aber)\s+(?:still\s+|toujours\s+|todavia\s+|ancora\s+"
            r"|immer noch\s+)?(?:nothing|rien|nada|niente|nulla|nichts)\b",
            r"まだ[？?]|のまま(?:で)?(?:届|動)|何も(?:来|届)",
        ),
    ),
    (
        W,
        3,
        (
            r"(?:tracking|track|suivi|seguimiento|tracciamento|sendungsnummer|sendungsverfolgung"
            r"|追跡)[^.?!]{0,40}(?:doesn'?t|does not|not|ne|no|non|nicht)\s+(?:\w+\s+)?(?:work"
            r"|fonctionne|funciona|funziona|funktioniert|valid|valide|valido|gultig)",
            r"shipping confirmation|dispatch (?:confirmation|notice)|versandbestatigung"
            r"|confirmation d'expedition|confirmacion de envio|conferma di spedizione"
            r"|verzendbevestiging|verzendmelding|potwierdzeni\w* wysylki|leveransbekraftelse"
            r"|\bskickad\w*bekraftelse|kargo bildirimi|gonderim bildirimi"
            # "発送のご連絡/ご案内": the polite form of the dispatch notice
            r"|発送(?:の)?(?:ご)?(?:通知|お知らせ|連絡|案内)"
            r"|est-ce (?:bien )?parti|c'est parti\s*\?",
        ),
    ),
    (
        W,
        3,
        (
            r"\b(?:coming|arriving|arrive|be delivered|be here|come)\s+(?:\w+\s+)?(?:today|tomorrow"
            r"|this week)\b|\bstay (?:in|home)\b|\bkommt\b[^.?!]{0,30}\b(?:heute|morgen)\b"
            r"|zu hause bleiben|arrive(?:-t-il|-t-elle)? (?:aujourd'hui|demain)|rester chez moi"
            r"|\bllega (?:hoy|manana)\b|quedarme en casa|\barriva (?:oggi|domani)\b|restare a casa"
            r"|(?:今日|明日)(?:中に)?届き|家にいた方",
        ),
    ),
    # Concepts shared by every language: "what happened to it", "no sign of it", the
    # question word "where" next to the thing bought.
    (
        W,
        3,
        (
            r"what(?:'s| is)? (?:happened|happening|going on) (?:to|with)|whats up with"
            r"|was ist (?:mit|los mit)|qu'en est-il|que se passe-t-il avec|que devient"
            r"|(?:que|q|k) pasa con|que ha pasado con|che fine ha fatto|cosa succede con"
            r"|どうなって",
            rf"\b(?:no|without|any) (?:sign|news|word|trace|movement|update)s?\b"
            rf"|\b(?:have|got|received|seen|heard) nothing\b|nothing (?:has )?(?:come|arrived)"
            rf"|{_THING_EN} (?:is |has )?(?:still )?(?:missing|not here)",
            r"\bwo\b[^.?!]{0,30}\b(?:paket|bestellung|sendung|lieferung|ware)\b"
            r"|(?:keine|ohne) (?:spur|nachricht|neuigkeit|info|information|bewegung)"
            r"|(?:paket|bestellung|sendung|lieferung) fehlt (?:noch|immer)|noch nichts",
            r"\b(?:colis|commande|paquet|livraison)\b[^.?!]{0,20}\bou\b\s*(?:\?|$)"
            r"|(?:aucune|pas de|sans) (?:nouvelle|trace|info|suivi)|rien (?:recu|vu)|toujours rien",
            r"(?:no tengo|sin|ninguna) (?:noticias?|novedad|rastro|informacion)"
            r"|(?:y )?nada de (?:mi|el) (?:pedido|paquete|envio)",
            r"(?:nessuna|niente|senza) (?:notizia|notizie|traccia|novita|aggiornament)",
            r"何の連絡もない|連絡がない|音沙汰",
        ),
    ),
    (
        W,
        2,
        (
            rf"\b(?:status|state|whereabouts|progress) of (?:my|the) {_THING_EN}"
            r"|did you (?:ship|send|post|dispatch)"
            r"|(?:ship|send|post|dispatch)(?:ped|ed)? (?:it )?yet"
            r"|\bdue (?:on|by|yesterday|last)|no movement|not moved|hasn'?t (?:moved|changed)",
            r"(?:wann|quand|cuando|quando)\b[^.?!]{0,30}\b(?:verschick|versend|schick|envoy"
            r"|expedi|envia|mandan|sped|invia)",
            r"(?:発送|出荷|配達|配送)は?いつ|いつ(?:に)?(?:なり|発送|出荷)",
        ),
    ),
    # ------------------------------------------------------------ cancel
    (
        C,
        3,
        (
            r"(?:please|pls|plz|want to|wanna|like to|wish to|need to|can (?:i|you|we)|could you"
            r"|would like to|i'd like to|id like to|how (?:do|can) i|to)\s+(?:\w+\s+)?"
            r"(?:cancel|cancell|cancle|canel|cansel)",
            r"stop (?:the|my|this) (?:order|shipment|delivery)|don'?t (?:send|ship) (?:it|this)"
            r"|please (?:don'?t|do not) (?:send|ship)|no longer (?:want|need)"
            r"|changed my mind|(?:ordered|bought) (?:it |this )?twice",
        ),
    ),
    # the Italian "cancello" (a gate) is no cancel
    # not the Italian "cancello", "cancelli" (a gate): the "cancell" spelling reached it
    (C, 2, (r"\b(?!cancell[oi]\b)(?:cancel|cancell|cancle|canel|cansel)\w*",)),
    (
        C,
        3,
        (
            r"(?:purchase|order|auftrag|kauf|commande|achat|compra|pedido|acquisto|ordine)"
            r"\s+(?:\w+\s+)?(?:cancel|stornier|annul|anul)",
        ),
    ),
    (C, 1, (r"by (?:mistake|accident)|(?:don'?t|dont) need (?:it|this|them) (?:any ?more)",)),
    (
        C,
        3,
        (
            r"stornier|storno|storniren|\bst(?:on|rn|orm)ier|abbestellen"
            r"|bestellung (?:\w+ ){0,2}zuruckziehen",
            r"nicht (?:mehr )?(?:verschicken|versenden|senden|liefern|schicken)",
        ),
    ),
    (
        C,
        3,
        (
            r"halten sie (?:die|meine) bestellung an|bestellung (?:\w+ ){0,2}anhalten"
            r"|stopp\w* (?:die|meine) bestellung|(?:paren|detengan|paralicen) (?:el|mi) pedido"
            r"|stopper (?:la|ma) commande|arreter (?:la|ma) commande"
            r"|(?:注文|発送)を(?:止め|ストップ)",
        ),
    ),
    (C, 2, (r"brauche (?:\w+ )?nicht mehr|doppelt bestellt|will (?:es|sie|ihn) nicht mehr",)),
    (
        C,
        3,
        (
            r"\bannul",
            r"ne (?:l'|les )?(?:envoyez|expediez) pas|n'envoyez pas|ne pas (?:l'|les )?envoyer",
        ),
    ),
    (C, 2, (r"n'en (?:ai|veux) plus|plus besoin|deux fois",)),
    (
        C,
        3,
        (
            r"\bcancel(?!l[oi]\b)|\banul(?:ar|en|e|ado|acion)",
            r"no (?:lo |la |los )?(?:envien|manden|envies|envieis)",
        ),
    ),
    (C, 2, (r"ya no lo (?:quiero|necesito)|dos veces|ya no (?:me )?hace falta",)),
    (
        C,
        3,
        (
            r"annull|cancellare|cancellate|cancellazione|disdire",
            r"non (?:lo |la )?(?:spedite|spedire|inviate)",
        ),
    ),
    (C, 2, (r"non (?:mi )?serve piu|non lo voglio piu|due volte",)),
    (C, 3, (r"キャンセル|取り消|取消|発送しないで|送らないで",)),
    (C, 2, (r"必要(?:なくなり|ありません)|間違えて注文",)),
    # ------------------------------------------------------------ return
    (
        R,
        3,
        (
            r"(?:want|like|need|wish|how (?:do i|can i|to)|can i|could i|may i|id like|i'd like)"
            r"\s+(?:to\s+)?(?:\w+\s+)?(?:return|retrun|send (?:it|this|them|back)|refund|exchange)",
            r"\bbe returned\b|\breturnable\b|\bcan i return\b"
            r"|\breturn(?:ing)? (?:it|this|the \w+|them|my \w+)\b|return label|return (?:request"
            r"|policy|window)|send (?:it|this|them|the \w+) back|money back|full refund",
        ),
    ),
    (
        R,
        2,
        (
            r"\brefund|\breturn\b|\bexchange\b",
            r"too (?:small|big|large|tight|short|long|loose)|(?:doesn'?t|does not|didn'?t) fit"
            r"|(?:didn'?t|don'?t|do not) like",
        ),
    ),
    (
        R,
        3,
        (
            r"zur(?:u|ue)ck ?(?:senden|schicken|geben|sende|schick|zahlen|gesendet)"
            r"|ruck(?:sendung|gabe|sende)|retoure|umtausch|geld zur(?:u|ue)ck|erstatt|widerruf",
        ),
    ),
    (R, 1, (r"gefallt (?:mir )?nicht|passt (?:\w+ )?nicht",)),
    (R, 3, (r"\b(?:schick|send|geb|bring)\w*\b[^.?!]{0,25}\bzur(?:u|ue)ck\b",)),
    (R, 3, (r"retourn|renvo[iy]|rembours|\bretour\b|echanger|\bechange\b",)),
    (R, 1, (r"ne (?:me )?convient pas|ne va pas|ne me plait pas",)),
    (R, 3, (r"de[bv]ol|de[bv]uel[bv]|reembols|\bcambiar(?:lo|la|los|las)? por\b",)),
    (
        R,
        3,
        (
            r"\bswap\b[^.?!]{0,30}\bfor\b|\bexchange\b[^.?!]{0,30}\bfor (?:a|an|another)\b"
            r"|\bcambiar(?:lo|la|li|le)? con\b",
        ),
    ),
    (R, 1, (r"no me (?:gusta|vale|queda)",)),
    (
        R,
        3,
        (r"restitu|\breso\b|rimbors|rispedi|rimand\w* indietro|\bcambio\b(?! (?:el|la|los|las) )",),
    ),
    (R, 1, (r"non mi (?:piace|va|sta)",)),
    (R, 3, (r"返品|返金|返送",)),
    (R, 2, (r"交換|返品(?:したい|希望|でき|の手続き|方法)",)),
    # ------------------------------------------------------------ damaged or wrong
    (
        D,
        3,
        (
            r"\b(?:arrived|came|is|was|were|are|got it|received it)\s+(?:\w+\s+){0,2}"
            r"(?:damaged|broken|smashed|cracked|defective|faulty|crushed|dented|scratched|torn"
            r"|leaking|shattered|wet|opened)",
            r"wrong (?:item|size|colou?r|product|model|book|one|version|thing|part|type|style)"
            r"|not what i (?:ordered|bought|paid)|\b(?:different|other) (?:item|product"
            r"|colou?r|model|size|thing)\b|another (?:colou?r|model|size)\b",
            r"\b(?:doesn'?t|does not|don'?t|won'?t|will not|isn'?t|wont|doesnt|dont|not|stopped)"
            r"\s+(?:\w+\s+)?(?:work|working|turn on|turning on|charge|charging|power on|switch on"
            r"|function|fit together)",
            r"\bmissing (?:one|two|\d+)\b|\bonly (?:one|\d+) in the\b"
            r"|missing (?:\w+ )?(?:part|piece|item|screw|pieces|parts|screws|accessor|cable)"
            r"|(?:parts?|pieces?|screws?|cable) (?:are |is |was |were )?missing",
        ),
    ),
    (
        D,
        2,
        (
            r"\b(?:damaged?|broken|broke|smashed|cracked|crushed|dented|scratched|torn|ripped"
            r"|shattered|leaking|leaked|leak|stained|chipped|snapped|defective|defect|faulty"
            r"|doa|dead on arrival|mouldy|moldy|expired|dent|dents|hole|holes|crack|scratch"
            r"|scratches|stain|stains|chip|bent|rusty|rusted|bubbled|peeling|fell apart"
            r"|falling apart)\b",
        ),
    ),
    (
        D,
        3,
        (
            r"beschadig|kaputt?|defekt|zerbrochen|gebrochen|zerkratzt|gerissen|verbeult"
            r"|ausgelaufen|undicht|zersplittert|eingedruckt|zerdruckt|gesprungen|gesplittert"
            r"|eine delle|\bdellen\b|kratzer|riss\b|zerrissen|verbogen|fleck|flecken|\blochs?\b"
            r"|\blocher\b",
            r"(?:ladt|startet|leuchtet|schaltet) (?:\w+ )?nicht|kein (?:strom|ton|bild)",
            r"falsche[nrsm]? (?:artikel|grosse|farbe|produkt|ware|modell|teil|sache)"
            r"|nicht das,? was ich bestellt|andere farbe"
            r"|(?:anderen artikel|anderes produkt) (?:bekommen|erhalten|geschickt|geliefert)",
            r"funktioniert (?:\w+ ){0,3}nicht|geht nicht (?:an|mehr)|lasst sich nicht",
        ),
    ),
    (D, 2, (r"\bfehl(?:t|en)\b|unvollstandig",)),
    # Concepts shared by every language: fewer pieces than ordered, not what the photo showed.
    (
        D,
        3,
        (
            r"\bonly (?:\w+ ){0,3}(?:\d+|one) (?:of|out of)\b|\bnur (?:\d+|ein\w*) (?:von|der)\b"
            r"|\b(?:une|un) seule?\b[^.?!]{0,30}\bsur\b|\bsolo (?:me llego |llego )?(?:\d+|uno|una)"
            r" de\b|\bsolo (?:\d+|uno|una) (?:delle|dei|degli|di)\b|(?:\d|一)(?:枚|個|点|つ)しか",
            r"(?:different|differs) (?:from|than|to) (?:the )?(?:photo|picture|image|description"
            r"|listing)|not as (?:pictured|described|shown|advertised)"
            r"|(?:colou?r|size)\b[^.?!]{0,30}\b(?:different|not the same)"
            r"|anders als (?:auf|im|in der) (?:\w+ )?(?:foto|bild"
            r"|beschreibung|abbildung)|(?:farbe|grosse)\b[^.?!]{0,30}\b(?:anders|stimmt nicht)"
            r"|rien a voir avec|different\w* (?:de|des) (?:la |les )?(?:photo|image|description)"
            r"|(?:couleur|taille)\b[^.?!]{0,30}\b(?:differente|pas la meme)"
            r"|nada que ver con|distint\w* (?:de|a) (?:la |las )?(?:foto|imagen|descripcion)"
            r"|(?:color|talla)\b[^.?!]{0,30}\b(?:distint|diferente)"
            r"|divers\w* dall\w* (?:foto|immagin|descrizione)|(?:colore|taglia)\b[^.?!]{0,30}"
            r"\bdivers|(?:写真|画像|説明)と[^。]{0,10}違|色が(?:全然)?違",
        ),
    ),
    (
        D,
        3,
        (
            r"smells? (?:strongly|bad|awful|terrible|of)|\bstinks\b|chemical smell|\briecht\b"
            r"|geruch|odeur|\bsent (?:fort|mauvais)|\bhuele\b|mal olor|\bodore\b|\bpuzza\b"
            r"|臭い|におい|臭う",
            r"(?:seams?|nahte|naht|coutures?|costuras?|cuciture)\b[^.?!]{0,30}\b(?:apart|open"
            r"|auf|defont|abr\w+|apr\w+|split|undone)|ほつれ",
        ),
    ),
    (
        D,
        3,
        (
            r"(?:sent|got|received|came)\b[^.?!]{0,20}\b(?:something else|another thing"
            r"|other thing)"
            r"|(?:was|etwas) anderes (?:geschickt|bekommen|geliefert)|autre chose"
            r"|(?:mandaron|enviaron|llego|lleg\w*) (?:\w+ )?otra cosa|altra cosa",
        ),
    ),
    (
        D,
        3,
        (
            r"(?:different|verschiedene?|differentes?|distint[oa]s|diferentes?|divers[ie])"
            r" (?:colou?rs?|farben?|couleurs?|colores|colori)\b|違う色",
            r"\bordered\b[^.?!]{0,40}\bbut (?:i )?(?:got|received)|bestellt\b[^.?!]{0,30}\baber\b"
            r"[^.?!]{0,40}(?:bekommen|erhalten|geliefert)"
            r"|commande\b[^.?!]{0,30}\bmais\b[^.?!]{0,15}"
            r"\brecu|\bpedi\b[^.?!]{0,30}\bpero\b[^.?!]{0,15}(?:llego|llegaron|recibi)"
            r"|ordinato\b[^.?!]{0,30}\bma\b[^.?!]{0,15}(?:arrivat|ricevut)|注文したのに",
            r"\b(?:used|second-hand|already opened|previously opened|been opened)\b|gebraucht"
            r"|(?:schon|bereits) geoffnet|d'occasion|deja ouvert|\busad[oa]\b|ya estaba abiert"
            r"|\busat[oa]\b|gia apert|中古|開封されて",
        ),
    ),
    (
        D,
        3,
        (
            r"\bfaded\b|colou?r (?:ran|runs|bled)|verblasst|verfarbt|abgefarbt|\bdeteint"
            r"|decolore|\bdesten|scolorit|\bstinge|色落ち|色あせ",
        ),
    ),
    # "instead of" tells of what came, not when asked ("can I get the blue instead?")
    (D, 1, (r"(?:\binstead of\b|au lieu d|en vez de|invece di)(?![^.?!]*\?)",)),
    (
        D,
        3,
        (
            r"endommag|abime|\bcass(?:e|ee|es|ees)\b|defectu|fissur|\braye|brise|ecrase|fuite",
            r"mauvais(?:e)? (?:article|produit|taille|couleur|modele|reference)"
            r"|pas ce que j'ai commande|pas (?:le bon|la bonne)|autre couleur",
            r"(?:fonctionne|marche) (?:pas|plus)|ne s'allume pas|ne charge pas|ne se charge pas"
            r"|rayure|tache|trou\b|bosse|tordu|dechire",
        ),
    ),
    (D, 2, (r"il manque|manquant",)),
    (
        D,
        3,
        (
            r"danad|\brot[oa]s?\b|defectuos|rajad|agrietad|golpead|abollad|derram|rasgad"
            r"|descosid",
            r"(?:articulo|producto|color|talla|modelo|pedido) (?:\w+ )?(?:equivocad|incorrect"
            r"|erroneo)|(?:distinto|diferente) (?:color|producto|articulo|modelo|talla)"
            r"|otro (?:color|modelo|talla)"
            r"|no es (?:lo|el|la) que (?:pedi|compre)",
            r"no (?:funciona|enciende|carga)|dejo de funcionar|arañad|aranad|rayad|manchad"
            r"|agujero|doblad|\bvino (?:\w+ )?(?:mal|roto|rota|abierto|abierta)|\bmanchas?\b",
        ),
    ),
    (D, 2, (r"\bfalta\b|\bfaltan\b|incompleto",)),
    (
        D,
        3,
        (
            r"danneggiat|\brott[oaie]\b|difettos|rigat|ammaccat|crepat|incrinat|guast",
            r"(?:articolo|prodotto|colore|taglia|modello|misura|pezzo) sbagliat"
            r"|sbagliat[oa] (?:articolo|prodotto|colore|taglia|modello)"
            r"|non e quello che ho ordinato|diverso da quello|(?:un )?altro (?:colore|modello)",
            r"non (?:si )?(?:funziona|accende|carica)|graffi|macchia|macchiat|buco|piegat"
            r"|strappat|ammaccatur",
        ),
    ),
    (D, 2, (r"\bmanca\b|\bmancano\b|mancant|incomplet",)),
    (
        D,
        3,
        (
            r"破損|壊れ|割れ|破れ|キズ|傷が|不良|故障|動きません|動かない|電源が入(?:ら|り)|作動しない|欠品",
            r"足りません|不足|違う商品|間違った商品|別の商品|異なる商品|と違(?:う|い)ます",
            r"ひび|へこ|凹み|汚れ|シミ|穴が|(?:色|サイズ|型番|商品)が違|違う(?:もの|サイズ|色|型)"
            r"|充電でき(?:ない|ません)|違うの(?:が|を)?(?:届|来)"
            r"|使えません|点かない|つかない|漏れ",
        ),
    ),
    # ------------------------------------------------------------ address change
    (
        A,
        3,
        (
            r"(?:change|chnage|update|correct|amend|modify|edit|fix)\s+(?:\w+\s+){0,3}"
            r"(?:address|addres|adress|adres|zip|postcode|post code|postal code|house number"
            r"|apartment|apt|suite|street)",
            r"(?:wrong|incorrect|old|incomplete) (?:\w+ )?(?:address|addres|adress|zip|postcode"
            r"|post code|apartment|apt|house number|street|unit)",
            r"(?:address|adress|zip|postcode|zip code) (?:is|was) (?:wrong|incorrect|old|outdated"
            r"|missing|incomplete)",
            r"new address|moved house|\bi (?:have |'ve )?moved\b|relocated|typo in (?:my |the )?"
            r"(?:address|street)|different address|another address|not (?:st|ave|rd)\b",
            r"(?:send|ship|deliver|redirect|reroute|forward)\s+(?:it\s+|this\s+|my order\s+"
            r"|the (?:package|parcel|order)\s+)?to\s+(?:a\s+|my\s+|the\s+|another\s+)?"
            r"(?:different|other|new|another|work|office|parents|following|mom|mum|sister"
            r"|brother|friend)",
        ),
    ),
    (
        A,
        3,
        (
            r"(?:liefer)?(?:adresse|anschrift) (?:\w+ ){0,2}(?:andern|korrigieren|falsch"
            r"|aktualisieren|berichtigen)",
            r"(?:andern|korrigieren|aktualisieren) (?:sie )?(?:\w+ ){0,2}(?:liefer)?(?:adresse"
            r"|anschrift)",
            r"falsche (?:liefer)?(?:adresse|hausnummer|postleitzahl|plz|strasse|anschrift)",
            r"neue (?:liefer)?(?:adresse|anschrift)|umgezogen|\bumzug\b|adressanderung",
            r"an (?:folgende|meine neue|eine andere|die folgende|diese) (?:adresse|anschrift)",
            r"(?:postleitzahl|plz|hausnummer) (?:\w+ ){0,2}(?:falsch|andern)",
            r"an (?:meine|die) (?:arbeit|firma|buro|arbeitsstelle)",
        ),
    ),
    (
        A,
        3,
        (
            r"(?:changer|modifier|corriger|mettre a jour)\s+(?:\w+\s+|l'){0,2}adresse",
            r"(?:nouvelle|mauvaise|autre) adresse|adresse (?:\w+ ){0,2}(?:incorrecte|erronee"
            r"|fausse)|erreur dans (?:mon |l')adresse|demenage",
            r"code postal (?:\w+ ){0,2}(?:faux|erron|incorrect)",
            r"livrer (?:a|au|chez) (?:mon travail|mon bureau|une autre|ma mere|mes parents)"
            r"|plutot qu'a (?:mon domicile|la maison)",
        ),
    ),
    (
        A,
        3,
        (
            r"(?:cambiar|modificar|corregir|actualizar)\s+(?:\w+\s+){0,2}direccion",
            r"(?:nueva|otra) direccion|direccion (?:\w+ ){0,2}(?:incorrecta|equivocada|erronea"
            r"|mal)\b|equivoque (?:en|con) la direccion|me (?:he )?mud(?:e|ado)",
            r"codigo postal (?:\w+ ){0,2}(?:mal|incorrecto|equivocado)",
            r"(?:enviar|mandar|entregar)(?:lo|la)? a mi (?:trabajo|oficina)"
            r"|en lugar de a (?:mi )?casa",
        ),
    ),
    (
        A,
        3,
        (
            r"(?:cambiare|modificare|correggere|aggiornare)\s+(?:\w+\s+|l'){0,2}indirizzo",
            r"(?:nuovo|altro) indirizzo|indirizzo (?:\w+ ){0,2}(?:sbagliato|errato|incompleto)"
            r"|sbagliato (?:l')?indirizzo|mi sono trasferit|trasloc",
            r"\bcap\b (?:\w+ ){0,2}(?:sbagliato|errato)",
            r"(?:spedir|mandar|consegnar|inviar)(?:lo|la|e)? (?:al|a) (?:mio )?(?:ufficio|lavoro)"
            r"|invece che a casa",
        ),
    ),
    (
        A,
        3,
        (
            r"住所(?:を|の|が)?(?:変更|間違|訂正|修正)",
            r"(?:お届け先|配送先|送り先)(?:を|の)?(?:[^。、]{0,10}変更|住所)",
        ),
    ),
    (A, 3, (r"郵便番号(?:が|を)(?:間違|違)|引っ越|新しい住所|新しい郵便番号",)),
    (
        A,
        3,
        (
            r"(?:\b(?:address|street|zip|postcode|apartment|apt|flat|unit|suite|house number"
            r"|building|door number|adresse|anschrift|strasse|hausnummer|plz|postleitzahl"
            r"|wohnung\w*|etage|stockwerk|rue|code postal|batiment|appartement|digicode|direccion"
            r"|calle|piso|portal|codigo postal|indirizzo|civico|cap|interno|citofono)\b"
            r"|住所|番地|部屋番号|号室|郵便番号|建物名|マンション名)"
            r"[^.?!。]{0,40}(?:\b(?:wrong|incorrect|typo|mistake|forgot|missing|misspel\w*"
            r"|left out|falsch|vertippt|vergessen|fehler|fehlt|erreur|faute|oublie|incorrecte?"
            r"|fausse?|manque|mal|error|equivocad\w*|olvide|falta|sbagliat\w*|errat\w*|male"
            r"|dimenticat\w*|manca|errore)\b|間違|忘れ|抜け|誤)",
            r"(?:\b(?:wrong|incorrect|typo|mistake in|forgot|misspelt|misspelled|left out|falsch"
            r"|vertippt|vergessen|erreur dans|faute dans|oublie|puse mal|escribi mal|me equivoque"
            r"|olvide|ho scritto male|ho sbagliato|dimenticato|missing|il manque|manque|falta"
            r"|manca|fehlt)\b)"
            r"[^.?!。]{0,30}\b(?:address|street|zip|postcode|apartment|apt|flat|unit|house number"
            r"|adresse|anschrift|strasse|hausnummer|plz|postleitzahl|rue|code postal|batiment"
            r"|appartement|direccion|calle|piso|portal|codigo postal|indirizzo|civico|cap)\b",
        ),
    ),
    (
        A,
        3,
        (
            r"(?:\baddress|adresse|anschrift|\bdireccion|\bindirizzo|住所|お届け先)[^?!。]{0,120}"
            r"(?:\bchange|\bandern|\bchanger|\bmodifier|\bremplacer|\bcambiar|\bmodificar"
            r"|\bcorregir|\bcorriger|\bkorrigieren|変更)",
        ),
    ),
    (
        A,
        3,
        (
            r"(?:house number|hausnummer|numero|portal|civico|番地|号室|部屋番号)[^.?!。]{0,30}"
            r"(?:\bnot|\bnicht|\bpas|\bno|\bnon)\s+(?:le |el |the )?\d+"
            r"|\d+(?:が正しく|ではありません)",
        ),
    ),
    (
        A,
        3,
        (
            r"new (?:postcode|post code|zip code|zip|postal code)|neue postleitzahl"
            r"|nouveau code postal|nuevo codigo postal|nuovo cap\b",
        ),
    ),
    (A, 1, (r"\baddress\b|\badresse\b|\bdireccion\b|\bindirizzo\b|住所",)),
    # ------------------------------------------------------------ invoice
    (
        I,
        3,
        (
            r"\binv(?:o|io)i?ce|\binvoic|receipt|reciept|recipt|rechnung|quittung|\bfactur"
            r"|\bfattur|ricevuta|領収|請求書|インボイス|適格請求|納品書",
        ),
    ),
    (
        I,
        1,
        (
            r"\bvat\b|\bmwst\b|ust-?id|umsatzsteuer"
            r"|\btva\b(?! (?:veckor|dagar|ganger|manader|timmar|st\b))|\biva\b|\bcif\b|\bnif\b"
            r"|partita iva"
            r"|p\.? ?iva|codice fiscale|tax purposes|for (?:my )?(?:company|business|accounting)",
        ),
    ),
    # ------------------------------------------------------------ product question
    (
        P,
        2,
        (
            r"compatib|dimension|measurement|size chart|what size|which size|how (?:big|long"
            r"|wide|tall|heavy|many|much does)|made of|material|in stock|available in"
            r"|comes? with|included|batter(?:y|ies)|\bwatts?\b|voltage|waterproof|washable"
            r"|dishwasher|do you have (?:it|this|them|these|one) in|will (?:it|this) fit"
            r"|does (?:it|this) fit"
            r"|(?:does|will|would|can) (?:it |this |that |the )?(?:\w+ )?work (?:with|on|for|in)"
            r"|is (?:it|this) (?:suitable|safe|genuine|original)",
            r"passt (?:das|es|der|die|er|sie)\b|passen (?:die|sie|diese)\b|kompatibel|abmessung"
            r"|\bmasse\b|welche grosse"
            r"|material|waschbar|wasserdicht|spulmaschine|lieferumfang|enthalten|geeignet"
            r"|gibt es (?:das|ihn|sie|es|die|den) (?:\w+ )?(?:auch )?in"
            r"|batterien|funktioniert (?:das|es|er|sie)"
            r" (?:auch )?mit|wie (?:gross|lang|breit|hoch|schwer)",
            r"compatible|\bdimensions\b|matiere|lavable|en machine|fourni|inclus|existe(?:-t-il"
            r"|-t-elle)? en|existent(?:-ils|-elles)? en"
            r"|disponibles? en|disponibil\w* in|etanche|convient|fonctionne(?:-t-il)? avec"
            r"|\bpiles\b|en stock|vorratig|auf lager|\blieferbar\b|in magazzino"
            r"|\bavete\b[^.?!]{0,20}disponibil|tienen stock|\bin stock\b"
            r"|combien (?:mesure|pese)",
            r"\bmedidas\b|dimensiones|tamano|de que material|lavadora|se puede lavar|incluye"
            r"|incluid|\bpilas\b|sirve para|funciona con|viene con|lo tienen en|impermeable",
            r"compatibile|dimensioni|\bmisure\b|di che materiale|lavatrice|inclus|batterie"
            r"|va bene per|funziona con|ce l'avete|avete (?:la )?taglia|impermeabile",
            r"対応して|使えますか|サイズを|寸法|素材|材質|洗濯|付属|同梱|防水|在庫",
        ),
    ),
    (
        P,
        2,
        (
            r"\b(?:length|width|height|weight|capacity|how long is|how wide|how tall|how heavy"
            r"|(?<!zu )lange|breite|hohe|gewicht|kapazitat|wie lang|longueur|largeur|hauteur|poids"
            r"|capacite|largo|ancho|alto|peso|capacidad|que medida|lunghezza|larghezza|altezza"
            r"|capacita|quanto (?:e )?(?:lungo|largo|alto|pesa|grande))\b"
            r"|長さ|幅は|高さ|重さ|容量|大きさ|何センチ|何cm",
        ),
    ),
    (
        P,
        2,
        (
            r"\d+ ?% ?(?:linen|cotton|wool|silk|polyester|leather|leinen|baumwolle|wolle|seide"
            r"|leder|lin|coton|laine|soie|cuir|lino|algodon|lana|seda|cuero|cotone|seta|pelle)"
            r"|(?:麻|綿|ウール|シルク|ポリエステル|革)\s*\d+\s*[%％]",
            r"\bwill (?:the|it|this|these)\b[^.?!]{0,30}\bfit\b|\bor a blend\b"
            r"|\d+ ?x ?\d+[^.?!]{0,30}\?",
        ),
    ),
    (
        P,
        2,
        (
            r"\b(?:does|do) (?:it|this|they|these|the \w+) (?:have|come in)\b|tumble dr|\bdryer\b"
            r"|what(?:'s| is) the (?:thread count|weight|fabric|material|capacity|wattage)"
            r"|\biron(?:ed)?\b|\bhat (?:es|er|sie|das|der|die) (?:\w+ )?(?:einen|eine|ein)\b"
            r"|trockner|bugeln|\ba-t-(?:il|elle)\b|\bont-(?:ils|elles)\b|seche-linge|repasser"
            r"|\b(?:tiene|lleva|trae)\b[^.?!]{0,40}\?|secadora|planchar"
            r"|\bha (?:la|il|lo|le|gli|un|una|uno) \w+(?: \w+)?\?|asciugatrice|stirare"
            r"|(?:付いて|ついて)いますか|もありますか|乾燥機|\bshrink|einlaufen|laufen\b[^.?!]{0,30}\bein\b"
            r"|retreci|\bencog|restring|縮み|縮む",
        ),
    ),
    (
        P,
        2,
        (
            r"(?:sold|come|comes) (?:as|in) (?:a )?(?:pair|set|single|pack)|pair or single"
            r"|\beinzeln\b|als (?:paar|set)\b|par paire|a l'unite|(?:por|en) (?:pareja|pares|juego)"
            r"|\bsuelt[oa]s\b|in coppia|singolarmente|セット|何枚入り",
        ),
    ),
    (
        P,
        2,
        (
            r"before (?:i|we) (?:order|buy|purchase)|bevor ich (?:bestelle|kaufe)"
            # torn between two sizes, before ordering
            r"|\bno se si (?:pedir|coger|comprar)|\bnon so se (?:prendere|ordinare|comprare)"
            r"|\b(?:not sure|can't decide) (?:whether|if) (?:to )?(?:order|get|buy)"
            r"|\bweiss nicht,? ob ich (?:die|den|das|lieber)"
            r"|\bje ne sais pas si (?:je )?(?:prend|command)"
            r"|\bik twijfel (?:tussen|of ik)|\bnie wiem,? czy (?:zamowic|wziac|kupic)"
            r"|\bvet inte om jag ska (?:ta|bestalla|kopa)"
            r"|\bhangi bedeni? (?:alsam|almaliyim|alayim)"
            r"|avant de commander"
            r"|avant d'acheter|antes de (?:pedir|comprar|hacer el pedido)|prima di (?:ordinare"
            r"|acquistare|comprare)|注文(?:する)?前|購入(?:する)?前",
        ),
    ),
    (P, 1, (r"\btaille\b|\btalla\b|\btaglia\b|\bsize\b|\bgrosse\b",)),
    # ------------------------------------------------------------ thanks
    (
        T,
        1,
        (
            r"\bthank|\bthanks|\bthx|\bthanx|\bty\b|\bcheers\b|appreciate|\bdanke|\bmerci(?! d)"
            r"|\bdank\b|\bgracias\b|\bgrazie\b|ありがと|感謝",
        ),
    ),
)

# "It arrived", "all good": thanks when nothing else is asked.  Checked apart because a
# negation just before ("has not arrived") turns them into the opposite.
_CLOSURE = re.compile(
    r"\b(?:arrived|received|recieved|got it|got them|got my|came today|came yesterday"
    r"|turned up|showed up|all good|sorted|resolved|all set|that'?s all|perfect|love it"
    r"|works (?:fine|great|perfectly)|no problem|safely|in good condition)\b"
    r"|\b(?:angekommen|erhalten|bekommen|gekommen|erledigt|alles (?:bestens|gut|super|ok|klar"
    r"|passt)|hat geklappt|ist da)\b"
    r"|\b(?:bien recu|recu|arrive|regle|resolu|parfait|en bon etat|tout est (?:bon|ok|arrive))\b"
    r"|\b(?:recibido|ha llegado|llego|solucionado|resuelto|perfecto|todo (?:bien|perfecto"
    r"|correcto)|llego bien)\b"
    r"|\b(?:ricevuto|arrivato|arrivata|risolto|perfetto|tutto (?:ok|bene|perfetto|a posto)"
    r"|perfette condizioni)\b"
    r"|届きました|受け取りました|受領しました|解決しました|到着しました|問題ありません|無事"
    # praise: a happy buyer asks nothing
    r"|\b(?:very|so|really|super) (?:happy|pleased)\b|\bhappy with\b|\b(?:lovely|great|excellent)"
    r" quality\b|\bzufrieden\b|tolle qualitat|\bravie?\b|\bcontent[ae]?\b|\bcontent[oa]\b"
    r"|soddisfatt|満足|気に入りました"
    r"|\b(?:top|great|excellent|super|fantastic|amazing) service\b|gerne wieder"
    r"|service (?:impeccable"
    r"|parfait|au top)|servicio (?:excelente|genial)|(?:ottimo|eccellente) servizio|goede service"
    r"|swietna obsluga|toppenservice|harika hizmet"
    r"|(?:ich )?warte (?:ich )?(?:einfach |mal |dann )?ab\b"
    # a thumbs-up or a short word of praise: "hat gepasst 👍", "polecam", "elinize sağlık"
    r"|👍|\bhat (?:gut |perfekt |super )?gepasst\b|\bpasst perfekt\b|\bbonne continuation\b"
    r"|\bsuper produit\b|\bproducto (?:genial|excelente)\b|\bottimo prodotto\b"
    r"|\b(?:prima|goed|netjes) geregeld\b|\bpolecam\b|\bfunkar (?:perfekt|bra|utmarkt|fint)\b"
    r"|\belinize saglik\b|良い商品でした|またお願いします|また利用します"
    rf"|{more.CLOSURE}"
)
_CLOSURE_NEGATED = re.compile(
    rf"(?:\b{_NEG}|n'\w+|\bstill|\byet|\bancora|\bnoch|\btoujours|\btodavia|\baun|まだ)\s+"
    rf"(?:\w+\s+){{0,3}}$"
)
# "reçu aucune confirmation", "received nothing": the closure word, negated after it.
_CLOSURE_NEGATED_AFTER = re.compile(r"^\W*(?:aucun\w*|nothing|nada|niente|nulla|nichts|keine?)\b")

_FOLLOW_UP = re.compile(
    r"still (?:nothing|no (?:answer|reply|response|news|word|update)|waiting (?:for|on) "
    r"(?:an? )?(?:answer|reply|response))|no (?:answer|reply|response) (?:yet|from you|so far)"
    r"|\b(?:already|previously) (?:wrote|written|asked|contacted|messaged|sent|emailed)"
    r"|\bi (?:wrote|asked|contacted|messaged|emailed) (?:to )?(?:you )?(?:on|last|yesterday"
    r"|earlier|before|\d|two|three|a few|several|a week)"
    r"|(?:2nd|second|third|3rd|4th|fourth|another) (?:time|message|request|email|mail)"
    r"|(?:zweite|dritte|vierte)\w* (?:nachricht|mail|anfrage)|(?:deuxieme|troisieme|quatrieme)"
    r" (?:message|mail|relance)|(?:segundo|tercer|tercero|cuarto) (?:mensaje|correo)"
    r"|(?:secondo|terzo|quarto) (?:messaggio|sollecito)|(?:\d|二|三|四)回目"
    r"|follow(?:ing)?[- ]?up|as i (?:said|mentioned|wrote)|my (?:previous|last|earlier|first)"
    r" (?:message|email|mail|question)|\b(?:hello|hi|hey) again|\bagain\b"
    r"|(?:waiting|wait|warte|attends|espero|esperando|aspetto|attendo)\b[^.?!]{0,25}"
    r"(?:answer|reply|response|antwort|ruckmeldung|reponse|respuesta|risposta)"
    r"|(?:heard|had) nothing back|返事が(?:ない|ありません)|何の返事"
    r"|haven'?t heard (?:back|from you)|you (?:said|told me|promised)|another (?:week|day|few days)"
    r"|\bi (?:asked|requested|wrote|told|contacted|messaged|emailed)\b[^.?!]{0,60}\b(?:yesterday"
    r"|ago|last|on (?:mon|tue|wed|thu|fri|sat|sun)|earlier|before)"
    r"|your (?:last |previous )?(?:reply|answer|message)"
    r"|\b(?:days|weeks?) ago\b[^.?!]{0,40}\bwhere(?:'s| is) (?:it|they)\b"
    # an earlier request or an earlier state, then the question ("three days ago ... where")
    r"|vor \w+ (?:tagen|wochen)\b[^.?!]{0,40}\bwo (?:ist|bleibt)|(?:gestern|vorgestern"
    r"|letzte woche|vor \w+ tagen)[^.?!]{0,60}(?:gebeten|geschrieben|gefragt|angefragt)"
    r"|il y a \w+ (?:jours|semaines)[^.?!]{0,40}\bou (?:est|en est)|(?:je vous ai|j'ai) (?:deja )?"
    r"(?:demande|ecrit|envoye un message|contacte)"
    r"|hace \w+ (?:dias|semanas)[^.?!]{0,40}\bdonde|(?:les|le|os) (?:pedi|escribi|pregunte"
    r"|solicite)\b"
    r"|(?:giorni|settimane) fa[^.?!]{0,40}\bdov|(?:vi|le|ti) ho (?:gia )?(?:chiesto|scritto)"
    r"|(?:昨日|先日|先週|以前|前に)[^。]{0,30}(?:お願い|問い合わせ|連絡|依頼)|日前[^。]{0,30}(?:まだ|どこ)"
    # German
    r"|immer noch (?:nichts(?! (?:erhalten|bekommen|angekommen))|keine antwort)"
    r"|noch immer nichts(?! (?:erhalten|bekommen|angekommen))|(?:schon|bereits) (?:geschrieben"
    r"|gefragt|nachgefragt|kontaktiert)|keine antwort|nochmal|nochmals|erneut|schon wieder"
    r"|wie bereits|meine (?:letzte|vorherige|erste) (?:nachricht|anfrage|mail)"
    # French
    r"|toujours rien(?! (?:recu|arrive))|deja (?:ecrit|demande|contacte)|sans reponse"
    r"|pas de reponse|\brelance"
    r"|je reviens vers vous|vuelvo a (?:escribir|preguntar)|les escribo de nuevo|riscrivo"
    r"|torno a scrivere|frage (?:nochmal|erneut)|writing again|write again"
    r"|je relance|a nouveau(?! disponible)|de nouveau(?! disponible)|encore une fois"
    r"|mon (?:precedent|dernier) message"
    # Spanish
    r"|sigo sin (?:nada|respuesta)|todavia nada(?! (?:de|del))"
    r"|ya (?:les |le |os )?(?:escribi|pregunte"
    r"|contacte)|sin respuesta|otra vez|de nuevo|mi (?:anterior|ultimo) mensaje"
    # Italian
    r"|ancora (?:niente|nulla)(?! (?:ricevut|arrivat))"
    r"|(?:gia|ho gia) (?:scritto|chiesto|contattato)|nessuna risposta"
    r"|di nuovo|\bsollecit|ancora una volta|il mio (?:precedente|ultimo) messaggio"
    # Japanese
    r"|まだですか|先日(?:も)?(?:問い合わせ|連絡|メール)|返信が(?:ない|ありません)|再度|度々"
    r"|何度も|催促"
    # asking whether the seller did what was asked ("have you cancelled yet?")
    r"|\b(?:did|have) you\b[^.?!]{0,30}\b(?:cancel\w*|change\w*|update\w*|get my|receive\w*"
    r"|refund\w*|process\w*)|haben sie\b[^.?!]{0,40}(?:storn\w*|geandert|eingetragen|eintragen"
    r"|durchgefuhrt|erstattet|erhalten|bekommen)|(?:habeis|han)\s+(?:ya\s+)?(?:cancelado"
    r"|cambiado|anulado|recibido|reembolsado)\b[^.!?]{0,40}\?|(?:avez-vous"
    r"|vous avez)\s+(?:bien\s+)?(?:annule"
    r"|change|modifie|pris en compte|recu|rembourse)|\bavete\s+(?:gia\s+)?(?:annullato"
    r"|cambiato|modificato|ricevuto|rimborsato)|していただけましたか|対応いただけましたか"
    r"|(?:heeft u|hebben jullie)\s+(?:\w+\s+){0,3}(?:geannuleerd|gewijzigd|aangepast|ontvangen)"
    r"|czy (?:juz )?(?:anulowal|zmienil|otrzymal)\w*|har ni (?:\w+ )?(?:avbrutit|andrat|fatt)"
    r"|(?:iptal ettiniz|degistirdiniz|aldiniz) mi"
    # doing what the seller asked, or the seller's promise
    r"|\bas (?:you )?(?:asked|requested)|wie (?:gewunscht|gebeten|verlangt)|comme demande"
    r"|como (?:pedisteis|me pidieron|me pidio|solicitaron)|come (?:chiesto|richiesto|mi avete"
    r" chiesto)|zoals gevraagd|tak jak prosil\w*|som ni bad om|istediginiz gibi|ご依頼|ご指示"
    r"|you (?:were going to|wanted to)|sie wollten|vous deviez|ibais a|dovevate|jullie zouden"
    r"|\bre-?bonjour\b"
    # the buyer's earlier request or return, named
    r"|\bi had (?:asked|requested)|ich hatte (?:\w+ ){0,3}(?:gebeten|gefragt|angefragt)"
    r"|j'avais demande|\bpedi (?:la|el) \w+ (?:ayer|hace)|avevo chiesto|ik had gevraagd"
    r"|(?<!nie )prosil\w* o|jag hade bett|vuelvo a (?:pedir|escribir|preguntar|solicitar)"
    r"|vuelvo con lo de|torno (?:sulla|sul|a chiedere)|nochmal wegen|je reviens sur"
    r"|(?:coming )?back (?:to you )?about"
    r"|you (?:have )?(?:received|got) (?:it|my return)|(?:reached|got to) you\b"
    r"|vous l'avez (?:bien )?recu"
    r"|vous avez (?:le|mon) colis retour|(?:la|lo) habeis recibido|ya teneis la devolucion"
    r"|l'avete ricevut|(?:reso|pacco) ce l'avete|seit \w+ (?:tagen|wochen) (?:bei ihnen|da)"
    r"|ist seit \w+ \w+ da"
    r"|bei ihnen (?:angekommen|eingegangen)|到着済み|届いているはず"
    r"|(?:sent|geschickt|envoye|mande|mandato|enviado|gestuurd|wyslal\w*|skickat|gonderdim)\b"
    r"[^.?!]{0,30}\b(?:photos?|pictures?|fotos?|bilder|foto's|zdjeci\w*|fotograf\w*)"
    r"|(?:photos?|fotos?|bilder|foto's|zdjecia)\b[^.?!]{0,40}\b(?:geschickt|gesendet|gestuurd"
    r"|verstuurd|gemaild)\b|写真を?(?:送|添付)(?:り|し)ました"
    # closing the matter: never mind, found it, the replacement came
    r"|never ?mind|hat sich erledigt|c'est bon,|\bnada, ya|\bniente, l'ho|お騒がせ"
    r"|(?:thanks|thank you|danke|merci|gracias|grazie) (?:anyway|trotzdem|quand meme"
    r"|de todas formas|comunque)"
    r"|(?:replacement|ersatz|remplacement|repuesto|ricambio|reemplazo|vervanging|交換品)\b"
    r"[^.?!]{0,20}(?:came|arrived|ist angekommen|est arrive|ha llegado|e arrivat|届きました)"
    r"|交換品[^。]{0,5}(?:届き|到着)"
    r"|(?:ya )?me ha llegado el repuesto"
    r"|(?:thanks|thank you|danke\w*|merci|gracias|grazie|bedankt|dzieki|dziekuj\w*|tack)"
    r" (?:for|fur|pour|por|per|della|voor|za|for) (?:the |your |die |la |el |il |uw |je |ert )?"
    r"(?:rasche |schnelle |quick |prompt |fast |rapida |snelle |szybka )?(?:reply|answer"
    r"|response|antwort|reponse|responder|respuesta|risposta|antwoord|reactie|odpowiedz|svar)"
    rf"|{more.FOLLOW_UP}|{asks_.FOLLOW_UP}|{context.FOLLOW_UP}"
)

# "Thanks again" repeats a thank-you, not a request.
_THANKS_AGAIN = re.compile(
    r"\b(?:thanks|thank you|danke|merci|gracias|grazie)\W+(?:again|nochmal|nochmals|encore"
    r"|de nuevo|otra vez|ancora)\b|\b(?:gracias|grazie|merci) (?:de nuevo|di nuovo|a nouveau)\b"
)
# The buyer's own slip ("I picked the wrong colour"): not a wrong item from us.
_OWN_MISTAKE = re.compile(
    r"\bi (?:\w+ )?(?:chose|picked|selected|ordered|clicked|bought) (?:the |a )?wrong"
    r"|wrong (?:size|colou?r) for (?:my|the|our)\b"
    r"|(?:pas|plus) (?:le bon|la bonne) (?:couleur|taille|coloris|ton) pour"
    r" (?:mon|ma|mes|le|la|notre)\b"
    r"|not the right (?:colou?r|size|shade) for (?:my|the|our)\b"
    r"|falsche \w+ (?:gewahlt|bestellt|ausgewahlt|angeklickt)|(?:j'ai|je me suis) (?:\w+ )?"
    r"(?:choisi|commande|pris|selectionne) (?:la |le |les )?mauvais|(?:elegi|pedi|seleccione)"
    r" (?:el |la |los |las )?(?:\w+ )?equivocad|(?:ho|avevo|aver|avere) (?:scelto|ordinato"
    r"|selezionato)"
    r" (?:il |la |lo |l')?(?:\w+ )?sbagliat|間違えて(?:選|注文)|(?:選|注文)(?:び|し)間違"
    rf"|{more.OWN_MISTAKE}|{items.OWN_MISTAKE}"
)

# Broken after months of use, or a warranty question: after-sales, not a delivery fault.
_NUMBER_WORD = (
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several"
    r"|ein\w*|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|un|une|deux|trois|quatre|cinq|six"
    r"|sept|huit|neuf|dix|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|due|tre"
    r"|quattro|sei|sette|otto|nove|dieci|een|twee|drie|vier|vijf|zes|jeden|dwa|trzy|cztery|piec"
    r"|szesc|ett|tva|tre|fyra|fem|sex|bir|iki|uc|dort|bes|alti)"
)
_WORN = re.compile(
    rf"\b(?:after|nach|apres|despues de|dopo|na|po|efter)\s+(?:\w+\s+)?{_NUMBER_WORD}?\s*"
    r"(?:months?|years?|weeks? of use|monat\w*|jahr\w*|mois|ans?|annee\w*|mes(?:es)?|anos?"
    r"|mesi|anni|maand\w*|jaar|jaren|miesiac\w*|miesiecy|rok\w*|lat|manad\w*|ar)\b"
    r"|\b(?:months?|years?) of (?:\w+ )?use\b|meses de uso|mesi di uso|mois d'utilisation"
    r"|(?:after|efter|na|po) (?:long|much|heavy|lang|mycket|lang\w* |dlugim) ?(?:use|anvandning"
    r"|gebruik|uzywaniu)|\b\d+ (?:ay|yil) (?:sonra|kullan)|uzun (?:sure )?kullanim"
    r"|(?:半年|\d+ ?(?:ヶ|か|カ)月|\d+年)(?:ほど)?使"
)
_WARRANTY = re.compile(
    r"warrant|guarantee|garantie|gewahrleistung|garantia|garanzia|gwarancj|\bgaranti\w*"
    r"|waarborg|保証|after-?sales|kundendienst|service apres-vente|servicio tecnico"
    r"|assistenza tecnica|\bal (?:ano|mes)\b|au bout d'un an"
)

_WARRANTY_ASKED = re.compile(items.WARRANTY_ASKED)

_COMPILED_TOPICS = tuple((intent, re.compile(p)) for intent, p in _TOPICS)
_COMPILED_RULES = tuple(
    (intent, w, re.compile("|".join(alts)))
    for intent, w, alts in (
        *_RULES,
        *more.RULES,
        *situations.RULES,
        *asks_.RULES,
        *context.RULES,
        *items.RULES,
    )
)
_NEGATED = re.compile(rf"(?:\b{_NEG}|n't)\s+(?:\w+\s+){{0,3}}$")
_REPLY_PREFIX = re.compile(r"^\s*(?:(?:re|aw|wg|fw|fwd|tr|r|rif|rv|回复|返信)\s*:\s*)+", re.I)
_IS_REPLY = re.compile(r"^\s*(?:re|aw|r|rif|rv|返信)\s*:", re.I)
# Amazon's subject carries the topic before the customer name: cut the name off, a name
# like "Reto" or "Annulla" must not count as a topic.
_SUBJECT_TAIL = re.compile(
    r"(?:from amazon customer|von amazon-kunde|de la part du client amazon|du client amazon"
    r"|del cliente de amazon|dal cliente amazon|da parte del cliente amazon|\(order|\(bestellung"
    r"|\(commande|\(pedido|\(ordine|\(注文|van amazon-klant|od klienta amazon"
    r"|fran amazon-kunden|amazon musterisi|\(bestelling|\(zamowienie|\(siparis).*$",
    re.I,
)
_REPEATS = re.compile(r"([^\W\d_])\1{2,}")
# "Please" after a negation: "if not shipped yet, please cancel" asks to cancel.
_PLEASE = re.compile(
    r"\b(?:please|pls|bitte|svp|por favor|per favore|alstublieft|prosze|snalla|lutfen)\b"
)


# --------------------------------------------------------------------------- adjustments
# After the rules have scored, a few patterns tell the main ask from its context ("where is
# it? if not here by Friday, cancel").  Each row moves points between intents; the rows run
# in order, each on the totals the rows before it left.

Scores = dict[Intent, int]
Condition = Callable[[Scores], bool]
Matcher = Callable[[str], object]  # a compiled pattern's ``search``, or a predicate


def at_least(score: int, *intents: Intent) -> Condition:
    """The best of ``intents`` has scored ``score`` or more."""
    return lambda totals: max(totals[i] for i in intents) >= score


def absent(intent: Intent) -> Condition:
    """``intent`` has not scored."""
    return lambda totals: totals[intent] == 0


def below(score: int, *intents: Intent) -> Condition:
    """None of ``intents`` has scored ``score``."""
    return lambda totals: max(totals[i] for i in intents) < score


def not_below(intent: Intent, other: Intent) -> Condition:
    """``intent`` has scored at least as much as ``other``."""
    return lambda totals: totals[intent] >= totals[other]


@dataclass(frozen=True, slots=True)
class Adjustment:
    """When any of ``when`` matches (or it is empty), none of ``unless`` does and ``needs``
    all hold: take ``cut`` points off (never below 0), zero ``clear``, add ``by`` to ``boost``.
    """

    why: str
    when: tuple[Matcher, ...] = ()
    unless: tuple[Matcher, ...] = ()
    needs: tuple[Condition, ...] = ()
    boost: Intent | None = None
    by: int = 3
    cut: tuple[tuple[Intent, int], ...] = ()
    clear: tuple[Intent, ...] = ()

    def applies(self, text: str, totals: Scores) -> bool:
        return (
            all(need(totals) for need in self.needs)
            and (not self.when or any(match(text) for match in self.when))
            and not any(match(text) for match in self.unless)
        )

    def apply(self, text: str, totals: Scores, dismissed: set[Intent] | None = None) -> None:
        """Move the points; ``dismissed`` collects the intents this row took them from."""
        if not self.applies(text, totals):
            return
        for intent, points in self.cut:
            totals[intent] = max(0, totals[intent] - points)
        for intent in self.clear:
            totals[intent] = 0
        if dismissed is not None:
            dismissed.update(intent for intent, _ in self.cut)
            dismissed.update(self.clear)
        if self.boost is not None:
            totals[self.boost] += self.by


_QUESTION = re.compile(r"[?？]")
_LONG = re.compile(r".{81}", re.S)  # past a short note: a sign-off under something else


def _arrived(text: str) -> bool:
    """True when the buyer says the parcel reached them (not "has not arrived")."""
    for match in situations.ARRIVED.finditer(text):
        before = text[max(0, match.start() - 40) : match.start()]
        if not _CLOSURE_NEGATED.search(before):
            return True
    return False


_EXCEPT_THANKS = tuple(i for i in _PRIORITY if i is not T)

# Round-10 concepts (intent_rules_concepts): situations read from the shape of a message,
# run first so that the rows after them can still tell the main ask from its context.
_CONCEPTS: tuple[Adjustment, ...] = (
    Adjustment(
        "'need it before the 20th, is that going to happen?': a delivery question by a deadline",
        when=(concepts.deadline_asked,),
        boost=W,
    ),
    Adjustment(
        "'the packing slip says 6, I got 4': an item missing from the box, not a lost parcel",
        when=(concepts.listed_not_received,),
        boost=D,
        cut=((W, 3), (P, 3), (T, 3)),
    ),
    Adjustment(
        "'a new one or the money back?': the remedy of a damage claim, not a return",
        when=(concepts.REMEDY_CHOICE.search,),
        unless=(items.FIT_SWAP.search, asks_.UNUSED.search, concepts.NOT_FAULTY.search),
        needs=(below(2, W), below(3, C)),
        boost=D,
        cut=((R, 6),),
    ),
    Adjustment(
        "'I've sent you the photos': the damage claim goes on",
        when=(concepts.PHOTOS_SENT.search,),
        needs=(below(3, W, C, I),),
        boost=D,
        cut=((R, 6),),
    ),
    Adjustment(
        "'it isn't broken, I just don't like it': the defect word is negated",
        when=(concepts.NOT_FAULTY.search,),
        cut=((D, 6),),
    ),
    Adjustment(
        "'the parcel??', 'hola el paquete?': a bare chase of the thing bought",
        when=(concepts.PARCEL_ALONE.search,),
        needs=(below(3, C, R, D, A, I, P),),
        boost=W,
    ),
    Adjustment(
        "'the delivery photo shows a bin I don't own': delivered to someone else",
        when=(concepts.DELIVERY_PROOF_WRONG.search,),
        boost=W,
        cut=((D, 3), (P, 3)),
    ),
    Adjustment(
        "'send it to the pickup point instead of home': where it goes, shipped or not",
        when=(concepts.SWITCH_TO_PICKUP.search,),
        unless=(asks_.DROP_OFF_ASKED.search,),  # where the buyer hands a return in
        needs=(below(3, R, C, I),),
        boost=A,
        cut=((W, 3),),
    ),
    Adjustment(
        "'does it fit an iPhone 13?', 'is the warranty 1 or 2 years?': the product asked",
        when=(concepts.FITS_WITH.search,),
        needs=(below(3, D, R, C),),
        boost=P,
    ),
    Adjustment(
        "'the locker code has expired', 'the shop cannot find it': held, not an address",
        when=(concepts.pickup_blocked,),
        needs=(below(3, R, I, P),),
        boost=W,
        cut=((A, 6), (C, 3), (D, 3), (R, 3)),
    ),
    Adjustment(
        "'I ordered dark grey, you sent light grey': another variant came",
        when=(concepts.variant_swapped,),
        unless=(_OWN_MISTAKE.search,),
        needs=(below(3, C, R, I),),
        boost=D,
        cut=((W, 3),),
    ),
)

_CHANGE_ASKED = re.compile(
    r"(?:new|neue\w*|nouvelle|nueva|nuova|nieuwe?|now\w*|ny|nya|yeni) (?:address|adresse|direccion"
    r"|indirizzo|adres\w*)|\bchange|\bandern|\bchanger|\bcambi\w*|\bwijzig\w*|\bzmien\w*"
    r"|\bandra\b|\bdegistir\w*|\bumzug|\bmoved\b|\bmoving\b|\bverhuis\w*|\bumzieh\w*"
    r"|\bdemenag\w*|\bmudanza|\btrasloc\w*|\bprzeprowadz\w*|\bflyttar|\btasin\w*|住所変更"
)

# Round-11 concepts (intent_rules_clauses): which clause holds the request, what state the
# parcel is in.  Run after the round-10 ones and before the rows that weigh two asks.
_CLAUSES: tuple[Adjustment, ...] = (
    Adjustment(
        "'ordered on Monday, sent on Tuesday, where is it?': a timeline, not a wrong item",
        when=(clauses.ORDER_TIMELINE.search,),
        unless=(concepts.variant_swapped,),
        cut=((D, 3),),
    ),
    Adjustment(
        "'no need to cancel, just tell me when': the cancel word is negated",
        when=(clauses.CANCEL_DECLINED.search,),
        cut=((C, 9),),
    ),
    Adjustment(
        "'if it has not left yet, cancel it': the negation is the condition's, the cancel asked",
        when=(clauses.CANCEL_IF_NOT_SENT.search,),
        unless=(clauses.CANCEL_DECLINED.search,),
        needs=(below(3, D, R, I, A),),
        boost=C,
        by=6,
        cut=((W, 6),),
    ),
    Adjustment(
        "'not the whole order, only the charger': a part of the order cancelled",
        when=(clauses.PARTIAL_CANCEL.search,),
        needs=(below(3, D, R, I),),
        boost=C,
    ),
    Adjustment(
        "'I only want to know when it comes': an indirect delivery question",
        when=(clauses.KNOW_WHEN.search,),
        needs=(below(3, C, R, D, A, I, P),),
        boost=W,
    ),
    Adjustment(
        "'nothing wrong with my address, I've lived here 15 years; when?': a delivery question",
        when=(
            lambda text: (
                bool(clauses.ADDRESS_INSISTED.search(text))
                and (_QUESTION.search(text) is not None or asks_.ADDRESS_INCOMPLETE.search(text))
            ),
        ),
        unless=(_CHANGE_ASKED.search, asks_.MONEY_NAMED.search),
        needs=(below(3, C, R, D, I, P),),
        boost=W,
        cut=((A, 12),),
    ),
    Adjustment(
        "'still says preparing', 'only the label was created': not shipped yet, a delivery matter",
        when=(clauses.NOT_SHIPPED_STATUS.search,),
        needs=(below(3, C, R, D, A, I, P),),
        boost=W,
    ),
    Adjustment(
        "'tried to deliver, nobody home: I was in all day': a failed attempt",
        when=(clauses.FAILED_ATTEMPT.search,),
        unless=(concepts.SWITCH_TO_PICKUP.search, clauses.leave_with_asked),
        needs=(below(3, C, R, D, A, I, P),),
        boost=W,
    ),
    Adjustment(
        "'the bell does not work, call me': the door, not the item",
        when=(lambda text: bool(clauses.ADDRESS_DETAIL.search(text)),),
        needs=(below(4, D),),
        unless=(concepts.variant_swapped,),
        cut=((D, 3),),
    ),
    Adjustment(
        "'3rd floor, bell Wendt, I forgot', 'postcode 3521 should be 3512': the address completed",
        when=(clauses.ADDRESS_DETAIL.search,),
        needs=(below(3, C, R, D, I, W),),
        boost=A,
    ),
    Adjustment(
        "'Ordered: black. Delivered: anthracite.': what came is not what was ordered",
        when=(clauses.LABELLED_SWAP.search,),
        needs=(below(3, C, R, I),),
        boost=D,
        cut=((W, 3), (P, 3), (T, 3)),
    ),
    Adjustment(
        "'what comes in the box?', 'how long is the warranty?', 'can one set 24h?': the product",
        when=(clauses.product_fact_asked,),
        needs=(below(3, R, D, A, I, W),),
        boost=P,
    ),
    Adjustment(
        "'can I swap the 43 for a 44?': an exchange of sizes, the item is sound",
        when=(clauses.SIZE_SWAP.search,),
        needs=(below(3, C, D, I),),
        boost=R,
        cut=((P, 3),),
    ),
    Adjustment(
        "'I'd rather have a new one than the money back': the remedy of a damage claim",
        when=(clauses.RATHER_REPLACED.search,),
        unless=(items.FIT_SWAP.search, asks_.UNUSED.search, concepts.NOT_FAULTY.search),
        needs=(below(3, W, C, I),),
        boost=D,
        cut=((R, 6),),
    ),
    Adjustment(
        "'the description says 32 parts, 29 inside': fewer than listed came",
        when=(clauses.listed_count_short,),
        needs=(below(3, C, R, I),),
        boost=D,
        cut=((W, 3), (P, 3), (T, 3)),
    ),
    Adjustment(
        "'can you send me the tracking number?': a delivery question",
        when=(clauses.TRACKING_NUMBER_ASKED.search,),
        needs=(below(3, C, R, D, A, I, P),),
        boost=W,
    ),
    Adjustment(
        "'can I change it to the DHL branch / FamilyMart pickup?': where it goes",
        when=(clauses.CHANGE_TO_PICKUP.search,),
        unless=(asks_.DROP_OFF_ASKED.search, concepts.pickup_blocked),
        needs=(below(3, R, C, I),),
        boost=A,
        cut=((W, 3),),
    ),
    Adjustment(
        "'not original, the logo is different': a counterfeit received",
        when=(clauses.COUNTERFEIT.search,),
        needs=(below(3, C, R, I, A),),
        boost=D,
    ),
    Adjustment(
        "'my ID number is missing on the invoice, please correct it': the invoice, not an item",
        when=(clauses.INVOICE_AMEND.search,),
        boost=I,
        cut=((D, 3), (C, 9)),
    ),
    Adjustment(
        "'dropped it off, I have the receipt; no money yet': the return's refund",
        when=(clauses.RETURN_HANDED_IN.search,),
        needs=(below(3, D, C),),
        boost=R,
        cut=((I, 6), (W, 5)),
    ),
    Adjustment(
        "'delivered to no. 23, which does not exist: who has my parcel?'",
        when=(clauses.WHO_HAS_IT.search,),
        needs=(below(3, C, R, D, I, P),),
        boost=W,
    ),
    Adjustment(
        "'only the drill came, the charger is missing': a part of the order missing",
        when=(clauses.only_part_came,),
        unless=(asks_.PARTIAL_DELIVERY.search,),
        needs=(below(3, C, R, I, A),),
        boost=D,
        cut=((W, 3), (P, 3), (T, 4)),
    ),
    Adjustment(
        "'a business account invoiced monthly', 'pay on invoice in 30 days': payment terms",
        when=(clauses.PAYMENT_TERMS.search,),
        cut=((I, 6),),
    ),
    Adjustment(
        "'my wife had taken it in, sorry for the trouble': closed, nothing to answer",
        when=(clauses.closed_sorry,),
        needs=(below(3, C, R, D, A, I, P),),
        boost=T,
        by=4,
        cut=((W, 6),),
    ),
    Adjustment(
        "'the attached file is 0 KB and will not open': the document, not a damaged item",
        when=(clauses.ATTACHMENT_BROKEN.search,),
        cut=((D, 3),),
    ),
    Adjustment(
        "'do you deliver to Northern Cyprus?': a store question, not an address change",
        when=(clauses.SHIP_TO_ASKED.search,),
        unless=(_CHANGE_ASKED.search,),
        cut=((A, 6), (W, 3)),
    ),
    Adjustment(
        "'the branch is not named, where do I collect it?': held, not an address",
        when=(clauses.WHERE_TO_COLLECT.search,),
        needs=(below(3, R, C, I, D),),
        boost=W,
        cut=((A, 6),),
    ),
    Adjustment(
        "'ainda não chegou, quando chega?': the Portuguese buyer's chase",
        when=(clauses.PT_WHERE.search,),
        needs=(below(3, C, R, D, A, I, P),),
        boost=W,
    ),
    Adjustment(
        "'tracking says \"damaged, returned to sender\"; I never got anything': a delivery matter",
        when=(clauses.damage_only_quoted,),
        boost=W,
        cut=((D, 6),),
    ),
    Adjustment(
        "'great service, arrived the next day!': praise, nothing asked",
        when=(clauses.praise_arrived,),
        needs=(below(3, C, R, D, A, I, P),),
        boost=T,
        by=4,
        cut=((W, 3),),
    ),
)


def _returned_wanted(text: str) -> bool:
    """The carrier sent the parcel back and the buyer wants it, not the money."""
    if not states.RETURNED_TO_SENDER.search(text):
        return False
    return bool(states.WANTS_IT_AGAIN.search(text)) or not asks_.refund_status(text)


# Round-12 concepts (intent_rules_states): states told in other words than the usual one.
_STATES: tuple[Adjustment, ...] = (
    Adjustment(
        "'arrived in 6 pieces', 'scheggiato sul bordo', 'fêlé': breakage without a defect word",
        when=(states.broken_told,),
        unless=(states.WEAR.search,),
        needs=(below(3, C, I, A, D),),
        boost=D,
        cut=((T, 3),),
    ),
    Adjustment(
        "'will it crack in the oven?', 'bekommt sie Risse?': a risk asked, not a breakage told",
        when=(states.breakage_asked,),
        needs=(below(4, W, C, R, A, I),),
        boost=P,
        cut=((D, 3),),
    ),
    Adjustment(
        "'returned to sender, can you send it again?': the parcel is wanted, not a return",
        when=(_returned_wanted,),
        needs=(below(3, D, C, I),),
        boost=W,
        by=4,
        cut=((R, 6), (A, 3)),
    ),
    Adjustment(
        "'deliver to Graz instead of Vienna', 'in fermoposta': where the parcel should go",
        when=(states.DELIVER_INSTEAD.search,),
        unless=(
            items.came_instead,
            concepts.variant_swapped,
            _OWN_MISTAKE.search,
            asks_.DROP_OFF_ASKED.search,  # where the buyer hands a return in
        ),
        needs=(below(3, D, R, C, I),),
        boost=A,
        by=4,
    ),
    Adjustment(
        "'take the drill out of the order', 'anulad solo las 2 fundas': a part cancelled",
        when=(states.REMOVE_FROM_ORDER.search,),
        needs=(below(3, D, R, I),),
        boost=C,
        by=5,
        cut=((W, 3),),
    ),
    Adjustment(
        "'do you sell the spare blade separately?': the product asked about",
        when=(states.SOLD_SEPARATELY.search,),
        needs=(below(3, D, R, C, A, I),),
        boost=P,
        by=4,
    ),
    Adjustment(
        "'Czy odkurzacz ma polską instrukcję?', 'garantili mi?': a yes/no question on the item",
        when=(states.feature_asked,),
        needs=(below(3, W, C, R, D, A, I),),
        boost=P,
    ),
    Adjustment(
        "'you may leave it with the neighbours at no. 9': delivery authorised elsewhere (ruling)",
        when=(clauses.leave_with_asked,),
        needs=(below(3, W, C, R, D, I, P),),
        boost=A,
        cut=((T, 3),),
    ),
    Adjustment(
        "'you sent the EU plug, I ordered the UK one': what came is not what was ordered",
        when=(states.SENT_NOT_ORDERED.search,),
        unless=(clauses.ORDER_TIMELINE.search, _OWN_MISTAKE.search),
        needs=(below(3, R, C, I, A),),
        boost=D,
        cut=((P, 3), (W, 3)),
    ),
    Adjustment(
        "'lovely product, thank you for your work': praise with nothing asked",
        when=(states.PRAISE.search,),
        unless=(_QUESTION.search,),
        needs=(below(3, W, C, R, D, A, I, P),),
        boost=T,
    ),
)

ADJUSTMENTS: tuple[Adjustment, ...] = (
    *_CONCEPTS,
    *_CLAUSES,
    *_STATES,
    Adjustment(
        "'I got the grey one instead of the navy', 'ordered black, received grey'",
        when=(items.came_instead,),
        boost=D,
    ),
    Adjustment(
        "'I can't find it in my account', 'the attachment won't open': the invoice asked for",
        when=(context.DOCUMENT_IN_CONTEXT.search,),
        unless=(context.OTHER_THING.search,),
        boost=I,
        cut=((D, 3), (R, 3), (W, 3)),
    ),
    Adjustment(
        "customs asking for a document: the parcel is held, nothing is missing from it",
        when=(context.CUSTOMS_PAPERS.search,),
        cut=((D, 2),),
    ),
    Adjustment(
        "a thank-you under a question only closes the question's message politely",
        when=(_QUESTION.search,),
        needs=(at_least(1, T),),
        clear=(T,),
    ),
    Adjustment(
        "a thank-you signing off a longer request is politeness, not the message",
        when=(_LONG.search,),
        needs=(at_least(1, T), at_least(1, *_EXCEPT_THANKS)),
        clear=(T,),
    ),
    Adjustment(
        "the buyer's own slip ('I picked the wrong colour') is no wrong item from us",
        when=(_OWN_MISTAKE.search,),
        cut=((D, 3),),
    ),
    Adjustment(
        "worn out after months, a warranty or the buyer's own use is after-sales, not a fault",
        when=(_WORN.search, _WARRANTY.search, situations.OWN_USE.search),
        unless=(items.FIRST_USE.search,),
        cut=((D, 3),),
    ),
    Adjustment(
        "'broken after 8 months, is there a warranty?': a claim, not a question about the product",
        when=(_WORN.search, situations.OWN_USE.search),
        unless=(items.FIRST_USE.search,),
        needs=(at_least(3, P),),
        cut=((P, 6),),
    ),
    Adjustment(
        "a warranty claim names the product, but asks nothing about it",
        when=(_WARRANTY.search,),
        unless=(asks_.WARRANTY_LENGTH.search, _WARRANTY_ASKED.search),
        cut=((P, 2),),
    ),
    Adjustment(
        "the company's address on an invoice is not a delivery address to change",
        when=(situations.INVOICE_DETAILS.search,),
        needs=(at_least(3, I),),
        cut=((A, 4),),
    ),
    Adjustment(
        "invoice words that name something else (a price list, the company's details)",
        when=(situations.NOT_AN_INVOICE.search,),
        cut=((I, 5),),
    ),
    Adjustment(
        "a price difference or the buyer's expenses is money back without a return",
        when=(situations.PRICE_DIFFERENCE.search, situations.EXPENSES.search),
        cut=((R, 3),),
    ),
    Adjustment(
        "it is here: the complaint is about the item, not the delivery",
        when=(_arrived,),
        needs=(at_least(1, D), at_least(1, W)),
        cut=((W, 3),),
    ),
    Adjustment(
        "'when is the money back on my card? nothing yet': the refund, not a parcel",
        when=(asks_.refund_status,),
        needs=(absent(D), absent(C)),
        boost=R,
        cut=((W, 5),),
    ),
    Adjustment(
        "'the refund for the cancelled order?': the cancel's money, not a return",
        when=(asks_.refund_status,),
        needs=(at_least(3, C),),
        cut=((R, 6), (W, 5)),
    ),
    Adjustment(
        "'where is it? if not here by Friday, cancel': the cancel waits",
        when=(asks_.CONDITIONAL_CANCEL.search,),
        unless=(asks_.IF_NOT_SHIPPED.search, clauses.CANCEL_IF_NOT_SENT.search),
        needs=(at_least(1, W),),
        cut=((C, 9), (R, 3)),
    ),
    Adjustment(
        "'the tracking number doesn't work': the number fails, not the item",
        when=(asks_.TRACKING_BROKEN.search,),
        boost=W,
        cut=((D, 3),),
    ),
    Adjustment(
        "'any news about my refund?': the news asked for is the refund's",
        when=(asks_.NEWS_ABOUT.search,),
        cut=((W, 5),),
    ),
    Adjustment(
        "'does it fit? if not, I'll return it': the question is the main ask",
        when=(asks_.CONDITIONAL_ASK.search,),
        unless=(asks_.IF_NOT_SHIPPED.search, clauses.CANCEL_IF_NOT_SENT.search),
        needs=(at_least(2, W, P),),
        cut=((C, 9), (R, 6)),
    ),
    Adjustment(
        "the seller's cancellation, a double charge, a review: nothing the buyer asks us to do",
        when=(asks_.NOT_A_REQUEST.search,),
        clear=(C, R, D, W, P),
    ),
    Adjustment(
        "one parcel of several: the rest is on its way",
        when=(asks_.PARTIAL_DELIVERY.search,),
        unless=(_WORN.search,),
        boost=W,
        cut=((D, 6), (P, 2)),
    ),
    Adjustment(
        "'not shipped yet, please send it to ...': the shipping status is context",
        when=(asks_.NOT_YET_SHIPPED.search,),
        needs=(at_least(3, A, C),),
        cut=((W, 6),),
    ),
    Adjustment(
        "lost: reship or refund is a delivery matter",
        when=(asks_.RESHIP_OR_REFUND.search,),
        needs=(absent(D),),
        boost=W,
        cut=((R, 3),),
    ),
    Adjustment(
        "'late, send it again': the resend is the delivery's, not a return",
        when=(asks_.RESEND.search,),
        unless=(asks_.RESHIP_OR_REFUND.search,),
        needs=(absent(D), at_least(2, W)),
        cut=((R, 3),),
    ),
    Adjustment(
        "'I will open an A-to-z claim for a refund' threatens, it does not return",
        when=(asks_.AZ_CLAIM.search,),
        needs=(not_below(W, R),),
        cut=((R, 3), (C, 2)),
    ),
    Adjustment(
        "'the refund came through, thanks': the matter is closed (ruling 5.5)",
        when=(asks_.refund_received,),
        boost=T,
        cut=((R, 6), (C, 3)),
    ),
    Adjustment(
        "'unused, still sealed' describes a return, not a defect",
        when=(asks_.UNUSED.search,),
        cut=((D, 3),),
    ),
    Adjustment(
        "'thanks for the quick replacement, it works': the matter is closed",
        when=(asks_.THANKS_FOR_DONE.search, asks_.THANKS_FOR_HELP.search),
        unless=(_QUESTION.search,),
        boost=T,
        cut=((R, 3), (D, 3)),
    ),
    Adjustment(
        "'the flat number was missing from the address': an address to complete",
        when=(asks_.ADDRESS_INCOMPLETE.search,),
        boost=A,
        cut=((D, 3),),
    ),
    Adjustment(
        "'did you get the photos? a new one or a refund?': the damage claim goes on",
        when=(asks_.PHOTOS_ASKED.search,),
        boost=D,
        cut=((R, 6), (W, 3)),
    ),
    Adjustment(
        "'here are the photos': sent for the damage claim they were asked for",
        when=(asks_.PHOTOS_SENT.search,),
        needs=(absent(D),),
        boost=D,
        cut=((W, 3),),
    ),
    Adjustment(
        "'I withdraw before it ships': the shipping status is the cancel's context",
        when=(asks_.WITHDRAW_BEFORE_SHIPPING.search,),
        cut=((W, 6),),
    ),
    Adjustment(
        "'at the pickup point, says the carrier, but the shop has not got it'",
        when=(asks_.pickup_missing,),
        boost=W,
        cut=((A, 6), (P, 3)),
    ),
    Adjustment(
        "'I sent it back, tracking number ...': the return is on its way",
        when=(asks_.RETURN_SENT.search,),
        boost=R,
        cut=((W, 5),),
    ),
    Adjustment(
        "'still not here; send the invoice too': the delivery is the main ask",
        when=(asks_.INVOICE_TOO.search,),
        needs=(at_least(2, W), at_least(1, I)),
        cut=((I, 3),),
    ),
    Adjustment(
        "'not shipped yet? an invoice too, but that can wait'",
        when=(asks_.INVOICE_LATER.search,),
        needs=(at_least(2, W), at_least(1, I)),
        cut=((I, 6),),
    ),
    Adjustment(
        "'the carrier says wrong address, but it is right: when?': a delivery question",
        when=(asks_.ADDRESS_IS_RIGHT.search,),
        needs=(at_least(2, W),),
        boost=W,
        cut=((A, 12),),
    ),
    Adjustment(
        "'the address really is right; will it still come?': the question is the delivery's",
        when=(lambda text: asks_.ADDRESS_IS_RIGHT.search(text) and _QUESTION.search(text),),
        unless=(asks_.MONEY_NAMED.search,),
        needs=(below(2, W), below(3, C, R, D, I, P)),
        boost=W,
        cut=((A, 12),),
    ),
    Adjustment(
        "'return to sender' is the carrier's; the buyer asks for the parcel, not a refund",
        when=(asks_.RETURN_TO_SENDER.search,),
        unless=(asks_.MONEY_NAMED.search,),
        boost=W,
        by=2,
        cut=((R, 4),),
    ),
    Adjustment(
        "'forgot to say: door code 2740, the bell is broken': the address completed (ruling 5.6)",
        when=(asks_.DETAIL_FOR_THE_DOOR.search,),
        needs=(below(3, C, R, I),),
        boost=A,
        cut=((D, 3),),
    ),
    Adjustment(
        "'can I drop it off at a locker instead?': where to hand the return in (ruling 5.10)",
        when=(lambda text: _QUESTION.search(text) and asks_.DROP_OFF_ASKED.search(text),),
        needs=(below(3, D, C, I),),
        boost=R,
        cut=((A, 6),),
    ),
    Adjustment(
        "'I don't want a refund, send the item again': the delivery to repeat (ruling 5.8)",
        when=(asks_.NO_REFUND_WANTED.search,),
        unless=(asks_.EXCHANGE_WANTED.search,),
        needs=(below(3, D),),
        boost=W,
        cut=((R, 6),),
    ),
    Adjustment(
        "'too small, can I swap it for L?': the item is sound, the buyer exchanges it",
        when=(items.FIT_SWAP.search,),
        cut=((D, 3), (P, 2)),
    ),
    Adjustment(
        "'the label you sent will not print': the seller's label is the return's",
        when=(asks_.SELLER_LABEL.search,),
        boost=R,
        cut=((W, 6), (D, 3), (A, 6)),
    ),
    Adjustment(
        "the return label, the returns page or the drop-off code failing: the return goes on",
        when=(items.RETURN_LABEL.search,),
        boost=R,
        cut=((W, 6), (D, 3), (A, 6), (P, 4)),
    ),
    Adjustment(
        "'never mind, it was in the parcel box': found, nothing more to answer",
        when=(items.FOUND_IT.search,),
        # "the pickup point found nothing" is no "found it"
        unless=(_QUESTION.search, items.STILL_MISSING.search, asks_.pickup_missing),
        needs=(below(3, C, R, D, A, I),),
        boost=T,
        by=4,
        clear=(W,),
    ),
    Adjustment(
        "'the price went up in two days, why?': the price, not the delivery",
        when=(items.PRICE_CHANGE.search,),
        cut=((W, 6), (P, 2)),
    ),
    Adjustment(
        "a defect with 'I want a refund': the defect is the matter",
        unless=(_OWN_MISTAKE.search,),
        needs=(at_least(3, D),),
        cut=((R, 3),),
    ),
)


@dataclass(frozen=True, slots=True)
class Recognition:
    """The intent of one message, whether it continues an earlier one, and the scores."""

    intent: Intent
    follow_up: bool
    scores: dict[Intent, int]


def _fold(text: str) -> str:
    """Lower case, no accents or umlauts, ß as ss, full-width as narrow, no letter thrice."""
    return _REPEATS.sub(r"\1\1", intent_model.fold(text).replace("’", "'"))


def _read(body: str) -> str:
    """The folded body, with the words that mean something else here spelt as they mean it."""
    return context.YOUR_REPLY.sub("reponse", _fold(body)[:10_000])


def scores(subject: str, body: str, lang: str | None = None) -> dict[Intent, int]:
    """Each intent's score; exposed for the tests and for agents asking "why this intent?"."""
    del lang  # the rules of every language run: buyers mix languages and marketplaces
    return _scores(subject, body, set())


def _scores(subject: str, body: str, dismissed: set[Intent]) -> dict[Intent, int]:
    """:func:`scores`; ``dismissed`` collects the intents whose cues the rules read as not
    meant here: negated ("no need to cancel") or taken back by an adjustment."""
    totals = dict.fromkeys(_PRIORITY, 0)
    topic = _subject_topic(subject)
    if topic is not None:
        totals[topic] += 3
    text = _read(body)
    for intent, weight, pattern in _COMPILED_RULES:
        for match in pattern.finditer(text):
            if intent in {C, R, A} and _negated(text[max(0, match.start() - 30) : match.start()]):
                dismissed.add(intent)
                continue
            totals[intent] += weight
            break  # one hit per rule: repeating a word does not make it truer
    totals[P] += items.product_asked(text)  # the product asked about, scored as a rule
    for row in ADJUSTMENTS:
        row.apply(text, totals, dismissed)
    asks = _QUESTION.search(text) is not None
    for match in _CLOSURE.finditer(text):
        before = text[max(0, match.start() - 40) : match.start()]
        after = text[match.end() : match.end() + 20]
        sentence = re.split(r"[.!。\n]", text[match.end() :], maxsplit=1)[0]
        if "?" in sentence or "？" in sentence or asks:
            continue  # "has it arrived?" asks, it does not close; nor a story before a question
        if not _CLOSURE_NEGATED.search(before) and not _CLOSURE_NEGATED_AFTER.search(after):
            # "It arrived" alone is thanks only in a short note; in a longer one it is
            # the start of a story ("arrived with a big dent").
            totals[T] += 2 if totals[T] or len(text) < 40 else 1
            break
    return totals


def _subject_topic(subject: str) -> Intent | None:
    """The topic an Amazon subject line names ("Return policy enquiry from ..."), if any."""
    topic = _SUBJECT_TAIL.sub("", _REPLY_PREFIX.sub("", _fold(subject)))
    return next((intent for intent, pattern in _COMPILED_TOPICS if pattern.search(topic)), None)


def _negated(before: str) -> bool:
    """True when a negation ends the words before a cue, and no "please" follows it."""
    match = _NEGATED.search(before)
    return match is not None and not _PLEASE.search(before[match.start() :])


def is_follow_up(subject: str, body: str) -> bool:
    """True when the message continues an earlier one: a reply, a reminder, "still nothing"."""
    text = _THANKS_AGAIN.sub(" ", _read(body))
    text = asks_.NOT_A_REQUEST.sub(" ", asks_.NOT_FOLLOW_UP.sub(" ", text))
    return bool(
        _IS_REPLY.match(subject)
        or _FOLLOW_UP.search(text)
        or context.TURNS.search(text)
        or (asks_.refund_status(text) and not asks_.RETURN_TOLD.search(text))
        or asks_.ADDED_DETAIL.search(text)
        or asks_.chase(text)
        or states.NEXT_TURN.search(text)
        or states.CHASE_ONLY.search(text)
        or context.ATTACHMENT_FAILS.search(text)
        or clauses.ATTACHMENT_BROKEN.search(text)
        or asks_.SELLER_SENT_THING.search(text)
        or ("?" not in text and asks_.MATTER_CLOSED.search(text))
        or asks_.refund_received(text)
        or (asks_.THANKS_FOR_DONE.search(text) and "?" not in text)
        or (
            context.DOCUMENT_IN_CONTEXT.search(text)
            and not context.OTHER_THING.search(text)
            and not context.INVOICE_NAMED.search(text)  # "it" is the invoice of this message
        )
    )


def recognise(subject: str, body: str, lang: str | None = None) -> Recognition:
    """Intent, follow-up flag and scores of one message, on its own words only."""
    del lang  # the rules of every language run: buyers mix languages and marketplaces
    dismissed: set[Intent] = set()
    totals = _scores(subject, body, dismissed)
    best = max(totals.values())
    intent = (
        Intent.OTHER
        if best <= 0
        else next(intent for intent in _PRIORITY if totals[intent] == best)
    )
    follow_up = is_follow_up(subject, body)
    if follow_up and totals[W] and max(totals[i] for i in (D, C, R, A, I)) >= 3:
        # "still nothing" in a reminder about an invoice or a replacement is about that
        totals = {**totals, W: max(0, totals[W] - 3)}
        best = max(totals.values())
        intent = next(i for i in _PRIORITY if totals[i] == best) if best > 0 else Intent.OTHER
    if best > 0 or not follow_up:
        # a bare "Hallo?" in a conversation is about the conversation's topic (inherit), not
        # about what the model guesses from two words
        topic = _subject_topic(subject)
        intent = _with_model(totals, dismissed, body, default=intent, topic=topic)
    if follow_up and intent is Intent.OTHER and not states.NEXT_TURN.search(_read(body)):
        # "heard nothing back", "Hallå?": with no earlier message, the usual question; an
        # opener of the next turn ("and one more thing: ...") says nothing of the topic.
        intent = W
    return Recognition(intent, follow_up, totals)


def _with_model(
    totals: dict[Intent, int],
    dismissed: set[Intent],
    body: str,
    default: Intent,
    *,
    topic: Intent | None = None,
) -> Intent:
    """The intent with the most points, the model's probabilities counted as points.

    The model reads wording nobody wrote a rule for; the rules know negation ("no need to
    cancel, just tell me when it comes"), Amazon's subject topics and what each round taught
    them.  Added together, a sure model outweighs a weak cue, a strong rule finding outweighs
    a hesitant model, and where the rules found nothing the model decides.  An intent the
    rules dismissed gets no points from the model: it cannot undo a negation.
    """
    probabilities = intent_model.load().probabilities(body)
    if not probabilities:
        return default  # not one word the model knows: it has nothing to say
    if max(totals.values()) <= 0 and max(probabilities.values()) < intent_model.HEARD:
        return default  # the rules found nothing and the model only guesses
    weight = intent_model.WEIGHT
    points = {
        i: totals.get(i, 0) + (0.0 if i in dismissed else weight * p)
        for i, p in probabilities.items()
    }
    if topic is not None:
        # Amazon's subject names the topic the buyer chose in its contact form, which the
        # model never reads: it counts as an even-odds reading, so a body that names no topic
        # ("Hello, see my question") leaves it standing and a body that names another wins
        points[topic] = points.get(topic, 0.0) + weight / 2
    return max(points, key=points.__getitem__)


def classify(subject: str, body: str, lang: str | None = None) -> Intent:
    """The buyer's intent, ``Intent.OTHER`` when nothing points anywhere."""
    return recognise(subject, body, lang).intent


def inherit(own: Intent, follow_up: bool, earlier: Intent | None) -> Intent:
    """A follow-up's intent: the earlier message's, unless its own words ask something else.

    "Still nothing??" after "please cancel" is still about the cancellation; "still
    nothing, and the box you sent first was broken" is about the damage.
    """
    if not follow_up or earlier is None or earlier in {Intent.OTHER, Intent.THANKS}:
        return own
    if own in {Intent.OTHER, Intent.WHERE_IS_MY_ORDER}:
        return earlier
    if own is Intent.RETURN and earlier is Intent.CANCEL:
        return earlier  # the refund of a cancelled order, or "it shipped anyway": the cancel's
    return own
