"""Round-12 intent concepts: states told in other words than the usual keyword.

Written once for every language, on text folded by ``intent._fold`` (lower case, no accents,
``ł`` as ``l``, dotless ``ı`` as ``i``).  Each concept is a situation buyers describe in many
ways, read from the shape of the message where one exists:

- BROKEN_TOLD: breakage told by what the item looks like, without a defect word ("arrived
  in 6 pieces", "fêlé", "scheggiato sul bordo", "kantstött", "çatlamış", "ひびが") -- damaged.
- RETURNED_TO_SENDER: the carrier sent the parcel back ("retour à l'expéditeur", "gått i
  retur", "zwrot do nadawcy") and the buyer still wants it -- a delivery matter, not a return.
- DELIVER_INSTEAD: "deliver to my parents' instead of Vienna", "spedire in fermoposta" --
  where a parcel should go, asked with "instead of" or a poste-restante word: an address change.
- REMOVE_FROM_ORDER: "take the drill out of the order", "zrezygnować z jednego z dwóch
  produktów", "anulad solo las 2 fundas" -- a part of the order cancelled.
- SOLD_SEPARATELY: "do you sell the spare blade separately?" -- a product question.
- NEXT_TURN, CHASE_ONLY: a message that opens as the next turn of a conversation ("and is it
  washable?", "Peki ...", "Petite précision", "Se me olvidó") or only chases ("Hallå?",
  "Quindi??", "E adesso?", "Wat nu?") -- a follow-up, whose intent the earlier message gives
  when its own words carry none.
- PRAISE: praise for the product or the packing with nothing asked -- thanks.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = [
    "BROKEN_TOLD",
    "CHASE_ONLY",
    "DELIVER_INSTEAD",
    "NEXT_TURN",
    "PRAISE",
    "REMOVE_FROM_ORDER",
    "RETURNED_TO_SENDER",
    "SENT_NOT_ORDERED",
    "SOLD_SEPARATELY",
    "WANTS_IT_AGAIN",
    "breakage_asked",
    "broken_told",
    "feature_asked",
]

# ------------------------------------------------------------------ breakage told
_BROKEN_WORD = (
    r"(?:\bchipped\b|\bcracked\b|\bcracks?\b|\bshattered\b|\bsmashed\b"
    r"|\bin (?:\d+|two|three|four|five|six|several|many|a (?:few|million|thousand)) (?:pieces|bits)"
    r"|\bin pieces\b|\bin bits\b|\bbroken in (?:half|two)\b|\bsnapped (?:in|off)\b"
    # de
    r"|\bangeschlagen\b|\babgeplatzt\b|\bgesplittert\b|\bzersplittert\b|\bgesprungen\b"
    r"|\bzerbrochen\b|\bsprung\b|\brisse?\b|\bin scherben\b"
    r"|\bin \d+ (?:teile|teilen|stucke|stucken)"
    r"|\bin (?:tausend|zwei|drei|viele) (?:teile|stucke)\b|\bkaputt\w*"
    # fr
    r"|\bfele\w*|\bebrech\w*|\bfissur\w*|\bbrise\w*|\ben (?:\d+|deux|trois|mille|plusieurs)"
    r" morceaux\b|\ben morceaux\b|\ben miettes\b|\bcass(?:e|ee|es|ees)\b"
    # es
    r"|\bdesportillad\w*|\bdescascarillad\w*|\brajad\w*|\bagrietad\w*|\bastillad\w*"
    r"|\bhech[oa]s? (?:anicos|pedazos|trizas)|\ben (?:\d+|dos|tres|mil|varios) (?:pedazos|trozos)"
    r"|\ben pedazos\b|\ba trozos\b|\bpartid[oa]s? en\b|\brot[oa]s?\b"
    # it
    r"|\bscheggiat\w*|\bsbeccat\w*|\bincrinat\w*|\bcrepat\w*|\bin (?:\d+|due|tre|mille|vari)"
    r" pezzi\b|\ba pezzi\b|\bin frantumi\b|\bfrantumat\w*|\brott[oaie]\b"
    # nl
    r"|\bgebarsten\b|\bbarst(?:je)?\b|\bafgebroken\b|\bgebroken\b|\bin (?:\d+|twee|drie|duizend)"
    r" stukken\b|\bin stukken\b|\bin scherven\b|\baan scherven\b|\bafgeschilferd\b|\bkapot\b"
    # pl
    r"|\bwyszczerbion\w*|\bpekniet\w*|\bpekniecie\b|\bpekl\w*|\brozbit\w*|\bstluczon\w*"
    r"|\bodprysk\w*|\bukruszon\w*|\bw kawalkach\b|\bna kawalki\b|\bw \d+ (?:kawalkach|czesciach)"
    r"|\bw drobny mak\b|\bzlaman\w*|\bpotluczon\w*"
    # sv
    r"|\bkantstot\w*|\bsprucken\b|\bspricka\b|\bsprickor\b|\bsprack\w*|\bi bitar\b"
    r"|\bi (?:\d+|tva|tre|tusen) bitar\b|\bkrossad\w*|\bslagen i\b|\btrasig\w*|\bgick sonder\b"
    # tr
    r"|\bcatla\w*|\bkirik\w*|\bkiril\w*|\bparampar\w*|\bparca parca\b|\btuzla buz\b"
    r"|\b\d+ parca(?:ya)? (?:halinde|ayrilmis|bolunmus)|\bucu kopmus\b|\bkopmus\b"
    # ja
    r"|欠けて|欠けが|ひびが|ヒビが|ひび割れ|割れて|割れが|粉々|バラバラ|ばらばら|破損)"
)
_BROKEN_RE = re.compile(_BROKEN_WORD)
# "not cracked", "kein Sprung", "pas fêlé", "sin rajaduras", "niente crepe", "geen barst",
# "nie pęknięty", "inte sprucken", "çatlak yok": the state denied; a question about it asks.
_BROKEN_DENIED = re.compile(
    r"(?:\bnothing|\bnichts|\brien(?: de)?|\bnada|\bniente|\bniets|\bnic|\binget|\bhicbir"
    r"|\bnot|\bno|\bnever|\bwithout|\bnicht|\bkein\w*|\bohne|\bpas|\bsans|\bsin|\bni"
    r"|\bniente|\bnessun\w*|\bsenza|\bnon|\bgeen|\bniet|\bzonder|\bnie|\bbez|\binte|\butan"
    r"|\bej|\bingen)\s+(?:\w+\s+){0,2}$"
)
_BROKEN_DENIED_AFTER = re.compile(r"^\s*(?:\w+\s+)?(?:yok|degil|değil|ない|なし|ありません)")
# "cracked after 7 months of use": wear, not the state it arrived in.
WEAR: Final = re.compile(
    r"(?:after|nach|apres|despues de|dopo|na|po|efter)\s+(?:\d+|a few|some|ein\w*|einig\w*"
    r"|quelques|unos|unas|alcuni|alcune|een paar|kilk\w*|nagra|ett par)\s+(?:\w+\s+)?"
    r"(?:months?|weeks?|years?|monat\w*|woche\w*|jahr\w*|mois|semaines?|ans?|meses|semanas"
    r"|anos|mesi|settimane|anni|maanden|weken|jaar|miesiac\w*|tygodni\w*|lat|manader"
    r"|veckor|ar)\b|\d+\s*(?:ay|hafta|yil) (?:sonra|kullan\w*)|(?:ヶ月|か月|カ月|年)(?:後|使)"
)
# Risk words: questions about durability ("does it crack in the oven?") are product questions.
_PROSPECT = re.compile(
    r"\b(?:will|would|could|might|does|do|can|wird|werden|kann|konnen|bekommt|bekommen|va|vont"
    r"|peut|peuvent|risque\w*|puede|pueden|podria|puo|possono|rischia|kan|kunnen|gaat|zal"
    r"|moze|moga|bedzie|kommer|riskerar|olur|eder)\b(?:\s+\w+){0,3}\s*$|\b(?:if|falls|wenn|si|se"
    r"|als|jesli|jezeli|om|eger)\b(?:\s+\w+){0,4}\s*$"
)


# A breakage word in general: "will it crack?", "does it scratch easily?".
_BREAK_ANY = re.compile(
    _BROKEN_WORD[:-1] + r"|\bcrack\b|\bbreak\w*|\bscratch\w*|\bchip\b|\brust\w*|\bshatter\b"
    r"|\bbrech\w*|\bkratz\w*|\bcass\w*|\brompe\w*|\bromp\w*|\bbreek\w*|\bkras\w*"
    r"|\bpek\w*|\brysuj\w*|\bspricker|\bgar sonder|\bkirilir\w*|\bcizil\w*|\bray\w*"
    r"|\bscheggi\w*|\bgraffi\w*|\bbarst\w*|\bkrassen|\bspricka|割れ|傷)"
)


def breakage_asked(text: str) -> bool:
    """A question whether the product will break, crack or scratch: about the product."""
    for sentence in re.split(r"(?<=[.!?。！？\n])", text):
        if "?" not in sentence and "？" not in sentence:
            continue
        for match in _BREAK_ANY.finditer(sentence):
            if _PROSPECT.search(sentence[: match.start()]) and not _ARRIVAL.search(sentence):
                return True
    return False


_ARRIVAL = re.compile(
    r"\b(?:arrived|came|received|delivered|angekommen|kam|geliefert|recu\w*|arrive\w*|llego"
    r"|llegado|recibi\w*|arrivat\w*|ricevut\w*|aangekomen|ontvangen|geleverd|przyszl\w*"
    r"|dotarl\w*|kom|levererad\w*|geldi|ulasti)\b|届い"
)


def broken_told(text: str) -> bool:
    """The buyer says the item is chipped, cracked or in pieces, not denied, not asked."""
    for sentence in re.split(r"(?<=[.!?。！？\n])", text):
        for match in _BROKEN_RE.finditer(sentence):
            before = sentence[: match.start()]
            after = sentence[match.end() :]
            if _BROKEN_DENIED.search(before) or _BROKEN_DENIED_AFTER.search(after):
                continue
            if ("?" in sentence or "？" in sentence) and _PROSPECT.search(before):
                continue  # "will it crack in the dishwasher?" asks about the product
            return True
    return False


BROKEN_TOLD: Final = _BROKEN_RE

# ------------------------------------------------------------------ returned to sender
RETURNED_TO_SENDER: Final = re.compile(
    r"(?:return(?:ed|ing)? to (?:the )?sender|being returned to|on (?:its|the) way back to"
    r"|sent back to (?:the )?(?:sender|seller|you)|\brts\b"
    r"|zuruck an (?:den )?(?:absender|versender|hander)|rucksendung an (?:den )?absender"
    r"|(?:geht|ging|wird|wurde) (?:\w+ )?(?:an den absender )?zuruck(?:geschickt|gesendet)?"
    r"|retour (?:a|vers) l'expediteur|renvoye a l'expediteur|retourne a l'expediteur"
    r"|en retour expediteur|retour expediteur"
    r"|devuelt[oa] al (?:remitente|vendedor|origen)|devolucion al (?:remitente|origen)"
    r"|en devolucion|vuelta al remitente|retornad[oa]"
    r"|res[oa] al mittente|rispedit[oa] al mittente|in restituzione|in rientro al mittente"
    r"|restituit[oa] al mittente|in reso al mittente"
    r"|retour (?:naar )?(?:de )?afzender|terug naar (?:de )?(?:afzender|verzender)"
    r"|teruggestuurd naar|onderweg terug"
    r"|zwrot do nadawcy|zwrocon\w* do nadawcy|wraca do nadawcy|odeslan\w* do nadawcy"
    r"|powrot do nadawcy|w drodze powrotnej"
    r"|gatt i retur|gar i retur|returneras till avsandare\w*|returnerad till avsandare\w*"
    r"|skickas tillbaka till avsandare\w*|ej uthamtat|pa vag tillbaka"
    r"|gondericiye iade|saticiya iade edil\w*|iade surecine gir\w*|geri gonderil\w*"
    r"|差出人に(?:返送|戻)|返送され|持ち戻り|返送中)"
)
# "Can you send it again?", "Je veux le produit, pas un remboursement".
WANTS_IT_AGAIN: Final = re.compile(
    r"(?:send it (?:out )?again|resend|re-send|ship it again|send (?:it|me one) (?:out )?again"
    r"|want the (?:item|product|parcel)|still want it"
    r"|erneut (?:senden|schicken|versenden|zustellen)"
    r"|nochmal (?:senden|schicken|versenden|zustellen)|neu (?:senden|versenden)"
    r"|will (?:die ware|das paket|es) (?:trotzdem )?haben|renvoy\w*|reexpedi\w*|reexped\w*"
    r"|je veux le (?:produit|colis|article)|volver a enviar\w*|reenvi\w*|mandarlo de nuevo"
    r"|enviarlo (?:de nuevo|otra vez)|quiero el (?:producto|paquete|articulo)|rispedi\w*"
    r"|rimandar\w*|inviar\w* di nuovo|voglio il (?:prodotto|pacco)|opnieuw (?:versturen|verzenden"
    r"|sturen|bezorgen)|nog eens (?:versturen|sturen)|wil het (?:pakket|product) (?:nog )?wel"
    r"|wyslac ponownie|wyslac jeszcze raz|ponown\w* wysyl\w*|nadac ponownie|chce (?:ten )?produkt"
    r"|skicka (?:ut )?(?:det|den|paketet) igen|skicka (?:ut )?igen|vill ha (?:varan|paketet)"
    r"|tekrar gonder\w*|yeniden gonder\w*|urunu istiyorum|再送|再発送|もう一度(?:送|発送))"
)

# ------------------------------------------------------------------ deliver instead of
_SEND_VERB = (
    r"\b(?:deliver|send|ship|redirect|liefern|zustellen|schicken|senden|versenden|umleiten"
    r"|livrer|envoyer|expedier|reexpedier|entregar|enviar|mandar|consegnar\w*|spedir\w*"
    r"|inviar\w*|mandar\w*|bezorgen|leveren|versturen|sturen|dostarcz\w*|wysla\w*|wysylac"
    r"|przeslac|leverera|skicka|teslim et\w*|gonder\w*|getir\w*|届け|配送|送って)"
)
_INSTEAD = (
    r"\b(?:instead of|rather than|(?:an)?statt (?:nach|an|zu|in|im|der|die|dem|des|meine\w*"
    r"|zur|zum|bei|\d)|anstelle|au lieu de|plutot qu'?a|en (?:vez|lugar)"
    r" de|invece (?:di|che)|anziche|in plaats van|ipv|i\.p\.v\.|zamiast|istallet for|i stallet for"
    r"|yerine|ではなく|じゃなく)"
)
_POSTE_RESTANTE = (
    r"(?:poste restante|general delivery|postlagernd|fermo ?posta|lista de correos"
    r"|postrestante|poste-restante|post restante|na poste restante|局留め|局留)"
)
DELIVER_INSTEAD: Final = re.compile(
    rf"{_SEND_VERB}[^.!?。]{{0,60}}{_INSTEAD}"
    rf"|{_INSTEAD}[^.!?。]{{0,50}}{_SEND_VERB}"
    rf"|{_POSTE_RESTANTE}"
)

# ------------------------------------------------------------------ a part of the order
REMOVE_FROM_ORDER: Final = re.compile(
    r"(?:(?:remove|take|drop|delete)\b[^.!?。]{0,40}\b(?:from|out of|off) (?:the|my) order"
    r"|aus (?:der|meiner) bestellung (?:raus)?(?:nehmen|streichen|entfernen|loschen)"
    r"|aus (?:der|meiner) bestellung (?:\w+ )?(?:raus|heraus)"
    r"|(?:retirer|enlever|supprimer|oter)\b[^.!?。]{0,40}\b(?:de|du) (?:la|ma) commande"
    r"|(?:quitar|eliminar|sacar|borrar)\w*\b[^.!?。]{0,40}\bdel pedido"
    r"|(?:togliere|rimuovere|eliminare|levare)\w*\b[^.!?。]{0,40}\bdall'ordine"
    r"|(?:uit|van) (?:de|mijn) bestelling (?:\w+ )?(?:halen|verwijderen|schrappen|laten)"
    r"|(?:usun\w*|wykresl\w*)\b[^.!?。]{0,40}\bz (?:zamowienia|mojego zamowienia)"
    r"|zrezygnowac z (?:jednego|jednej|czesci|\w+ z \w+|tylko)"
    r"|(?:ta bort|stryk\w*)\b[^.!?。]{0,40}\bfran (?:min |den )?(?:bestallning|order)\w*"
    r"|siparis\w* (?:\w+ )?(?:cikar\w*|cikart\w*)|注文から(?:削除|外)"
    r"|\b(?:anul\w*|cancel\w*|annul\w*|storn\w*|iptal\w*|avbest\w*)\s+(?:solo|solamente"
    r"|unicamente|only|just|nur|seulement|soltanto|solamente|alleen|tylko|bara|sadece)\s+"
    r"(?:(?:el|la|los|las|le|les|il|lo|gli|the|den|die|das|de|het)\s+)?(?:\d|un|una|dos|tres"
    r"|one|two|\w+)"
    r"|\b(?:only|just|solo|nur|seulement|soltanto|alleen|tylko|bara|sadece)\s+(?:\w+\s+){1,3}"
    r"(?:anul\w*|cancel\w*|annul\w*|storn\w*|iptal\w*|avbest\w*))"
)

# ------------------------------------------------------------------ sold separately
SOLD_SEPARATELY: Final = re.compile(
    r"(?:(?:do|can|could) (?:you|i) (?:also )?(?:sell|buy|get|order)\b[^.!?]{0,50}"
    r"(?:separately|on (?:its|their) own|spare|replacement|refill)"
    r"|(?:verkauf\w*|bekomm\w*|gibt es|kann man)\b[^.!?]{0,50}(?:einzeln|separat|ersatz\w*)"
    r"|(?:vend\w*|acheter|trouve\w*)\b[^.!?]{0,50}(?:separement|a part|rechange)"
    r"|(?:vend\w*|comprar|conseguir)\b[^.!?]{0,50}(?:por separado|aparte|de repuesto|recambio)"
    r"|(?:vend\w*|comprar\w*|trova\w*)\b[^.!?]{0,50}(?:separatamente|a parte|di ricambio"
    r"|ricambi)"
    r"|(?:verkop\w*|kopen|bestellen)\b[^.!?]{0,50}(?:los|apart|reserve\w*|vervang\w*)"
    r"|(?:sprzedaj\w*|kupic|dokupic|zamowic)\b[^.!?]{0,50}(?:osobno|oddzielnie|zapasow\w*"
    r"|zamienn\w*)"
    r"|(?:salj\w*|kopa|kop\b)\b[^.!?]{0,50}(?:separat|reserv\w*|extra)"
    r"|(?:ayrica|ayri|yedek)\b[^.!?]{0,50}(?:sat\w*|al\w*)\b[^.!?]{0,20}(?:mi|mu|mi)\w*"
    r"|別売り?|単品で|替えの[^。]{0,20}(?:型番|購入|買)|交換用の[^。]{0,20}(?:型番|購入|買))"
)

# ------------------------------------------------------------------ a feature asked
# A yes/no question about what the item has or is, opened or closed by the language's own
# question form ("Czy ... ma ...?", "... garantili mi?", "Does it come with ...?", "Hat die
# Jacke ...?", "Y a-t-il ...?", "¿Trae ...?", "C'è ...?", "Zit er ... bij?", "Har den ...?").
_FEATURE_Q = re.compile(
    r"(?:^|[.!?\n]\s*|, ?)(?:(?:but|aber|mais|pero|ma|maar|ale|men|ama|and|und|et|y|en|a|i"
    r"|och|ve) )?(?:czy|does (?:it|this|the \w+)|do (?:they|these|the \w+)"
    r"|is (?:it|this|the \w+)|are (?:they|these|the \w+)|hat (?:es|sie|er|der|die|das)"
    r"|ist (?:es|sie|er|der|die|das)|a-t-(?:il|elle)|y a-t-il"
    r"|tiene|trae|lleva|viene con|incluye|es (?:de|apt[oa])|ha (?:il|la|un|una|anche)|c'e"
    r"|e (?:adatt\w*|compatibil\w*|lavabil\w*)|heeft (?:het|hij|ze|de)|zit er|is (?:het|hij|ze|de)"
    r"|har (?:den|de)|finns den|ar (?:den|de))\b[^.!?]{2,90}\?"
    r"|\b\w+(?:li|lu|siz|suz|lik) m[iu]\b[^.!?]{0,60}\?|\b\w+ m[iu], [^.!?]{1,40}\bm[iu]\s*\?"
    r"|(?:付いて|付属して|入って|対応して)(?:い)?ますか|ありますか"
)
_ABOUT_ORDER = re.compile(
    r"\b(?:order\w*|parcel|package|deliver\w*|tracking|ship\w*|refund\w*|invoice|return\w*"
    r"|cancel\w*|bestell\w*|paket\w*|liefer\w*|sendung|rechnung|storn\w*|commande\w*|colis"
    r"|livr\w*|factur\w*|rembours\w*|annul\w*|pedido|paquete|envio|devol\w*|reembols\w*"
    r"|ordine|pacco|spedi\w*|fattura|rimbors\w*|reso|pakket|bezorg\w*|factuur|retour\w*"
    r"|zamowien\w*|paczk\w*|przesylk\w*|dostaw\w*|faktur\w*|kurier\w*|zwrot\w*|bestallning\w*"
    r"|leverans\w*|retur\w*|siparis\w*|kargo\w*|teslim\w*|fatura\w*|iade\w*|iptal\w*"
    r"|versch\w*|versand\w*|verloren|verstuur\w*|verzonden|skick\w*|sparning\w*|wyslan\w*"
    r"|envoy\w*|envia\w*|inviat\w*|gonderil\w*|pakje\w*|vertrok\w*|departed|left|parti\w*"
    r"|salid\w*|wyjecha\w*|wyszl\w*|avgatt|avgick|cikt\w*|yola"
    # a date asked: "tomorrow or at the weekend?"
    r"|when|wann|quand|cuando|quando|wanneer|kiedy|nar|zaman|tarih\w*|yarin|hafta\w*"
    r"|tomorrow|morgen|demain|manana|domani|jutro|imorgon|date|datum|fecha|data"
    # the store, not the item: paying, prices, quantities, gift wrap, a shop
    r"|pay\w*|zahl\w*|pai\w*|pag\w*|betal\w*|plac\w*|zaplac\w*|przelew\w*|pobrani\w*|platn\w*"
    r"|odem\w*|price\w*|preis\w*"
    r"|prix|precio\w*|prezz\w*|prijs\w*|cen\w*|pris\w*|fiyat\w*|discount\w*|rabat\w*"
    r"|staffel\w*|mengen\w*|remise|descuento|sconto|korting|mangdrabatt|indirim\w*|gift\w*"
    r"|geschenk\w*|cadeau\w*|regalo|prezent\w*|present\w*|hediye\w*|shop|store|sklep\w*"
    r"|winkel|negozio|tienda|boutique|laden|butik\w*|magaza\w*|hurt\w*|wholesale|bulk"
    r"|seller\w*|verkaufer\w*|vendeur\w*|vendedor\w*|venditor\w*|verkoper\w*|sprzedawc\w*"
    r"|saljare\w*|satici\w*|manufacturer|hersteller|fabricant|fabricante|produttore|fabrikant"
    r"|producent\w*|tillverkare\w*|uretici\w*"
    r"|grav\w*|mozecie|macie|robicie|can you|could you|konnt ihr|konnen sie|pouvez|podeis"
    r"|pueden|potete|kunnen jullie|kan ni|yapabilir\w*|\d+ (?:stuck|sztuk|st|pcs|pieces|units"
    r"|adet|szt))\b"
    r"|注文|荷物|配送|発送|返品|請求|届|割引|まとめ|法人|ギフト|包装|店舗|販売元|メーカー"
)


def feature_asked(text: str) -> bool:
    """A yes/no question about the item itself, with no order, parcel or money named."""
    return _FEATURE_Q.search(text) is not None and _ABOUT_ORDER.search(text) is None


# ------------------------------------------------------------------ sent, not ordered
# "You sent the EU plug, I ordered the UK one", "Przysłaliście 20W, a zamawiałam 65W",
# "Bestellt hatte ich X, im Paket waren Y": what the seller sent and what the buyer ordered,
# each in its own clause, in either order.
_YOU_SENT = (
    r"(?:you(?:'ve| have)? (?:sent|shipped|delivered)|in the (?:box|parcel|package) (?:was|were)"
    r"|(?:ihr|sie) (?:habt|haben) [^.!?]{0,40}(?:geschickt|geliefert|gesendet)"
    r"|im (?:paket|karton) (?:war|waren|lag)|geliefert wurde|vous (?:m'avez|avez) (?:envoye|livre)"
    r"|dans le colis (?:il y avait|c'etait)|(?:me )?(?:habeis|han|has) (?:enviado|mandado)"
    r"|en (?:la caja|el paquete) (?:venia|habia)|mi (?:avete|hai|hanno) (?:mandato|inviato"
    r"|spedito)|nel pacco c'era|(?:jullie hebben|u heeft) [^.!?]{0,40}(?:gestuurd|geleverd)"
    r"|in de doos (?:zat|zaten)|przyslaliscie|wyslaliscie|(?:w paczce|w pudelku) (?:byl|byla|bylo)"
    r"|ni (?:har )?skicka(?:de|t)|i paketet (?:lag|lag det|fanns)|gonderdiniz|gondermissiniz"
    r"|kutudan \w+ cikti|送られてきた|届いたのは)"
)
_I_ORDERED = (
    r"(?:i (?:had )?(?:ordered|bought|paid for)|bestellt (?:hatte|habe) ich|ich (?:habe|hatte)"
    r" (?:\w+ ){0,4}bestellt|j'(?:avais|ai) commande|(?:yo )?(?:habia )?pedi\b|(?:yo )?habia"
    r" pedido|(?:avevo|ho) ordinato|ik (?:had|heb) (?:\w+ ){0,4}besteld|zamawial\w*|zamowil\w*"
    r"|jag (?:hade )?bestall(?:de|t)|siparis (?:ettim|vermistim)|siparisim|注文したのは|注文した)"
)
SENT_NOT_ORDERED: Final = re.compile(
    rf"{_YOU_SENT}[^\n]{{0,120}}{_I_ORDERED}|{_I_ORDERED}[^\n]{{0,120}}{_YOU_SENT}"
)


# ------------------------------------------------------------------ the next turn
# Openers of a next turn: "and", "one more question", "a small precision", "I forgot".
_CONTINUER = (
    r"(?:and|oh and|one more (?:thing|question)|another question|ps|p\.s\."
    r"|und|ach ja|noch (?:eine frage|was|etwas)|ausserdem|nachtrag"
    r"|et|ah et|autre question|petite precision|une derniere (?:chose|question)"
    r"|y|ah y|otra pregunta|una cosa mas|por cierto"
    r"|e poi|e anche|ed|ah e|un'altra domanda|ancora una cosa|inoltre"
    r"|o ja|nog een vraag|nog iets"
    r"|aha i|jeszcze jedno|jeszcze jedno pytanie|dobra,? a"
    r"|och|en sak till|en fraga till"
    r"|peki|bir de|ayrica|bir sorum daha"
    r"|もう一つ|もうひとつ|それと|あと|ちなみに|追加で)"
)
# A whole message that only chases: "?", "Hallå?", "Und?", "Quindi??", "E adesso?".
_CHASE_ONLY = (
    r"(?:\?+|hello\??|hallo|halloo?|hallå|halla|hola|ciao|hallo daar|hej|merhaba|halo"
    r"|any news|any update|news|so|and|well|und|und nun|und jetzt|na|et alors|alors|et donc"
    r"|y|y entonces|entonces|y bien|e allora|allora|quindi|e adesso|e ora|dunque"
    r"|en|en nu|wat nu|nou|i co|i co teraz|i co dalej|co dalej|no i|och|och nu|nu da|vad hander"
    r"|ne oldu|ne durumda|hala|haber var mi|どうなりましたか|どうなっていますか|まだですか)"
)
NEXT_TURN: Final = re.compile(
    rf"^\W*(?:(?:ok(?:ay)?|okej|oke|dobra|tamam|d'accord|vale|va bene|bene|goed|prima|top"
    rf"|thanks?|danke|merci|gracias|grazie|bedankt|dzieki|tack|tesekkurler|わかりました)\W+)?"
    rf"(?:{_CONTINUER})\b[ ,:]+(?!(?:donc|bien|alors|entonces|allora|adesso|ora|dann|nun|jetzt"
    r"|now|so|then|what|co|dalej|nu|da|ne|was|wat|a)\b)\S"
    r"|^\W*(?:(?:もう一つ|もうひとつ)(?:質問|お聞き|お伺い)|それと|ちなみに)"
)
CHASE_ONLY: Final = re.compile(rf"^\W*(?:{_CHASE_ONLY})\s*[?？]+\W*$|^\W*[?？]+\W*$")

# ------------------------------------------------------------------ praise, nothing asked
PRAISE: Final = re.compile(
    r"(?:emeginize saglik|ellerinize saglik|cok (?:guzel|begendim|memnun\w*|tesekkur)"
    r"|harika (?:bir )?urun|super (?:product|produkt|produit)|love (?:it|the \w+)|great product"
    r"|tolles produkt|bin (?:sehr )?zufrieden|tres (?:satisfait|contente?)|produit au top"
    r"|encantad[oa]|me encanta|muy content[oa]|bellissim[oa]|sono (?:molto )?soddisfatt\w*"
    r"|heel (?:blij|tevreden)|super tevreden|jestem (?:bardzo )?zadowolon\w*|polecam"
    r"|mycket nojd|supernojd|jattenojd|丁寧な梱包|梱包が丁寧|感動しました|満足しています"
    r"|また利用させていただきます|大変満足)"
)
