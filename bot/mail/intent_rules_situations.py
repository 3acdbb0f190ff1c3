"""Buyer situations told the same way in every language, on text folded by ``intent._fold``.

The per-language tables name how a buyer asks ("where is", "please cancel"); these name
what happened to them, in each language at once: they ordered one thing and got another,
the parcel came wet, they want it sent to a locker or their parents, the product is back in
stock, the manual is missing.  A handful of score corrections sit here too: words that look
like a request of one kind but are something else (a price drop is not a return, "Kauf auf
Rechnung" is not an invoice, an item the buyer used is not a wrong item).
"""

from __future__ import annotations

import re
from typing import Final

from bot.domain import Intent

__all__ = [
    "ARRIVED",
    "EXPENSES",
    "INVOICE_DETAILS",
    "NOT_AN_INVOICE",
    "OWN_USE",
    "PRICE_DIFFERENCE",
    "RULES",
]

W = Intent.WHERE_IS_MY_ORDER
C = Intent.CANCEL
R = Intent.RETURN
D = Intent.DAMAGED_OR_WRONG
A = Intent.ADDRESS_CHANGE
I = Intent.INVOICE  # noqa: E741 - one letter per intent keeps the rule table readable
P = Intent.PRODUCT_QUESTION

_SEND = (
    r"(?:send|ship|deliver|redirect|schick|send|liefer|umleit|livr|envoy|expedi|envi|mand"
    r"|spedi|invi|consegn|stuur|bezorg|verstuur|wysl|dostarcz|skicka|leverera|gonder|yolla"
    r"|送っ|届け|配送)"
)
_PLACE = (
    r"(?:packstation|paketshop|paketbox|parcel ?(?:locker|shop)|\blocker\b|pick-?up point"
    r"|point relais|relais colis|\brelais\b|punto de recogida|punto di ritiro|fermo ?point"
    r"|afhaalpunt|pakketpunt|paczkomat|automat paczkowy|ombud|paketautomat|teslim noktas\w*"
    r"|(?:\bto|\ban|\bins|\ba|\bal|\bau|\bnaar|\bdo|\btill)\s+(?:(?:my|the|mein\w*|mon|mi|il|mio"
    r"|mijn"
    r"|moj\w*|mitt|min)\s+){0,2}(?:office|work|bureau|buro|arbeit|oficina|trabajo|ufficio|lavoro"
    r"|kantoor|werk|biuro|pracy|kontoret|jobbet)\b|ofisime"
    r"|my (?:parents|mum|mom|mother|father|sister|brother|neighbou?r)|meine[nr]? (?:eltern|mutter"
    r"|vater|schwester|bruder|nachbar\w*)|(?:mes|ma|mon) (?:parents|mere|pere|soeur|frere"
    r"|voisin\w*)|casa de mis padres|(?:mis|mi) (?:padres|madre|padre|hermana|hermano)"
    r"|(?:da |a casa di )?mi[ao] (?:madre|padre|genitori|sorella|fratello|suocera)"
    r"|mijn (?:ouders|moeder|vader|zus|broer)|moich rodzicow|mamy|moich rodzicow|mina foraldrar"
    r"|annem\w*|babam\w*|実家|両親)"
)

# The carrier's status quoted, held for days: "'Under transport' sedan 2 december".
_QUOTED = r"(?:['\"«„“][^'\"»”\n]{2,60}['\"»”]|「[^」]{1,30}」)"
_HELD = (
    r"(?:\b(?:since|seit|depuis|desde|sinds|sedan)\b|\bfor (?:\d+|a|one|two|three|several|over a)"
    r" (?:days?|weeks?)\b|\b(?:da|dal) (?:\d+|una|un|due|tre|qualche) (?:giorn|settiman)"
    r"|\b\d+ ?(?:gundur|dagen|dagar|tagen|jours|dias|giorni|dni)\b|のまま|以上)"
)
STATUS_HELD: Final = (
    _QUOTED + r"[^.?!。]{0,30}" + _HELD + r"|\bod (?:tygodnia|\d+ dni|kilku dni|wczoraj)\b"
    r"[^.?!]{0,30}"
    + _QUOTED
    + r"|\b(?:since|seit|depuis|desde|sinds|sedan)\b[^.?!]{0,30}"
    + _QUOTED
)
# Delivered, says the carrier, but the mailbox was empty or the photo shows another door.
_DELIVERED = (
    r"(?:\bdelivered|zugestellt|geliefert|\blivre\w*|\bentreg\w*|consegnat\w*|bezorgd|afgeleverd"
    r"|dostarczy\w*|dostarczon\w*|zostawil\w*|levererad\w*|levererat|teslim edil\w*|配達完了"
    r"|配達済)"
)
_NOT_THERE = (
    r"(?:\b(?:empty|leer|vide|vacio|vacia|vuot[oa]|leeg|pust[aey]|tom|bos\w*)\b|\bno tengo nada"
    r"|\bje n'ai rien|\bich habe nichts|\bi have nothing|\bnon ho (?:ricevuto )?niente"
    r"|\bik heb niets"
    r"|\bnic nie (?:mam|dostal\w*)|\bjag har inget|\bhicbir sey (?:yok|gelmedi)"
    r"|\bnot my (?:door|house)|\bnie moje drzwi|\binte (?:min|var) dorr|\bpas ma porte"
    r"|\bno es mi puerta|\bnon e la mia porta|\bniet (?:mijn|onze) deur|\bbenim kapim degil"
    r"|空っぽ|空でした)"
)
# (the box that came empty is a missing item, not a missing parcel)
_NO_BOX = r"(?:(?!box|karton|carton|caja|scatola|doos|pudel|kartong|kutu|箱)[^?]){0,120}"
DELIVERED_NOT_THERE: Final = _DELIVERED + _NO_BOX + _NOT_THERE
# "Skickat?", "Verschickt?": the bare question whether it has shipped.
_SHIPPED_ASKED = (
    r"^\W*(?:\w+\W+)?(?:shipped|sent|dispatched|verschickt|versandt|envoye|expedie|enviado"
    r"|spedito|verzonden|verstuurd|wyslane|wyslana|skickat|skickad|kargolandi|gonderildi)\s*\?"
)

# A parcel forwarded to another place, or collected at a pickup point by preference.
_FORWARD = (
    r"\bforward (?:it|the parcel|the package|my order|this) to|\bweiterleiten\b|\bweitergeleitet"
    r" werden|\bfaire suivre|\bdesviar\w*|\bdoorsturen|\bdoorgestuurd (?:\w+ )?(?:worden|naar)"
    r"|\bskickas vidare|\bskicka (?:\w+ ){0,2}vidare"
    r"|\b(?:zawiezc|przywiezc) (?:\w+ )?(?:na|do)\b"
    r"|\bdostarczyc (?:\w+ )?(?:na|pod) (?:ul|inny|adres)|\bdirottar\w*|\byonlendir\w*"
)
_PICKUP_PLACE = (
    r"(?:service point|post office|locker|postfiliale|filiale|packstation|paketshop|point relais"
    r"|bureau de poste|oficina de correos|oficina|punto de recogida|punto di ritiro|ufficio postale"
    r"|afhaalpunt|postnl-punt|servicepunt|punk\w* odbioru|paczkomat\w*|ombud|paketskap"
    r"|utlamningsstalle|sube\w*|teslimat noktas\w*|コンビニ|営業所|郵便局)"
)
_COLLECT = (
    r"(?:pick (?:it )?up|collect|abholen|retirer|recoger\w*|ritirar\w*|ophalen|haal (?:\w+ ){0,2}op"
    r"|odebrac|odbior\w*|hamta|teslim al\w*|almak|受け取)"
)
PICKUP_BY_CHOICE: Final = (
    r"\b(?:rather|prefer\w*|lieber|prefere|prefiero|preferisco|liever|wole|hellre|tercih)\b"
    r"[^.?!]{0,40}(?:"
    + _COLLECT
    + r"[^.?!]{0,40}"
    + _PICKUP_PLACE
    + r"|"
    + _PICKUP_PLACE
    + r"[^.?!]{0,40}"
    + _COLLECT
    + r")|\b(?:haal|halen) (?:\w+ )?liever (?:\w+ )?op\b[^.?!]{0,30}"
    + _PICKUP_PLACE
    + r"|\beve degil\b|\b(?:subesine|subeye) (?:gonder|yolla|birak)\w*"
)

RULES: Final[tuple[tuple[Intent, int, tuple[str, ...]], ...]] = (
    (A, 3, (_FORWARD, PICKUP_BY_CHOICE)),
    # ------------------------------------------------------------ where is my order
    (
        W,
        3,
        (STATUS_HELD, DELIVERED_NOT_THERE, _SHIPPED_ASKED),
    ),
    (
        W,
        3,
        (
            r"\b(?:update|news|status)\b[^.?!]{0,20}\b(?:on|about|regarding|for)\s+(?:my|the)\s+"
            r"(?:order|package|parcel|delivery|shipment)",
            r"\bverbleib\b|neues (?:zu|von|bei) (?:meiner|der) (?:sendung|bestellung|lieferung"
            r"|paket)|gibt es (?:schon )?(?:was|etwas) neues|des nouvelles de (?:mon|ma) "
            r"|novedades (?:de|sobre|del) (?:mi|el)|novita (?:sul|sulla|del|dell)"
            r"|nieuws over (?:mijn|de)|wiesci o (?:mojej|moim)|nytt om (?:mitt|min)",
            r"(?:tenia|debia|iba) que (?:llegar|haber llegado)|\by nada\b|doveva arrivare"
            r"|had (?:\w+ )?(?:moeten|zullen) (?:komen|aankomen|binnen)|miala (?:przyjsc|dotrzec)"
            r"|skulle (?:ha )?kommit|gelmesi gerekiyordu",
            r"\bgiacenza\b|in lavorazione da|pre-?transit|in bearbeitung seit"
            r"|en preparation depuis|sigue en preparacion",
            r"\b(?:ya )?esta enviado\b|\be (?:gia )?partit|\bgia (?:stato )?spedit"
            r"|already (?:shipped|sent|dispatched)\s*\?|\bwhen(?:'s| is| will)\b[^.?!]{0,30}"
            r"\b(?:going out|go out|leave|leaving)\b",
            r"voraussichtlich\w* (?:lieferung|zustellung|liefertermin)",
        ),
    ),
    (
        W,
        2,
        (
            r"\bzoll\b|verzollung|\bdouane\b|\baduana\b|\bdogana\b|\bclo\b|\btullen\b|gumruk"
            r"|hangt\b[^.?!]{0,40}\bfest\b|steckt\b[^.?!]{0,30}\bfest\b",
            r"how long (?:will|does|is) it (?:take|going to take)|wie lange dauert|combien de temps"
            r"|cuanto (?:tarda|tiempo|mas)|quanto (?:tempo|ci vuole|ci mette)|hoe lang duurt"
            r"|jak dlugo|hur lang tid|ne kadar (?:surer|sure)",
        ),
    ),
    # ------------------------------------------------------------ cancel
    (
        C,
        3,
        (
            r"annahme verweigern|nehme (?:ich )?(?:es |das paket |ihn |sie )?(?:einfach )?nicht an"
            r"|refuse (?:the |to accept the )?(?:delivery|package|parcel)|je (?:le )?refuserai"
            r"|lo rechazo|lo rechazare|rechazare el paquete|lo rifiut\w*|weiger (?:ik )?(?:het|de)"
            r"|odmowie przyjecia|vagrar ta emot|teslim almayacagim",
            r"(?:kann man|konnen sie) (?:das|es|die bestellung) (?:noch )?stoppen"
            r"|can (?:you|it|this) (?:still )?(?:be )?stop(?:ped)?\b"
            r"|(?:peut|pouvez)[^.?!]{0,15}(?:l'|la )?arreter|se puede (?:parar|detener)"
            r"|si puo (?:ancora )?fermare",
        ),
    ),
    # ------------------------------------------------------------ return
    (
        R,
        3,
        (
            r"(?:sent|dropped|mailed|shipped|posted|returned|brought)\b[^.?!]{0,30}\b(?:the |my )?"
            r"return\b|\breturn\b[^.?!]{0,40}\b(?:delivered|received|arrived|got)\b"
            r"|(?:no|still no|not (?:yet )?(?:got|received) (?:my|a|the)|where(?:'s| is) my)"
            r" refund|refund (?:yet|please|status)"
            r"|(?:keine|noch keine|immer noch keine) (?:erstattung|gutschrift|ruckzahlung)"
            r"|rucksendung\b[^.?!]{0,40}(?:angekommen|erhalten|zugestellt)"
            r"|(?:pas|toujours pas) (?:encore )?(?:ete )?rembours|toujours pas de remboursement"
            r"|(?:no|sin) (?:veo |me han hecho |tengo )?(?:mi |el )?reembolso|de regreso|de vuelta"
            r"|(?:nessun|ancora nessun|attendo il) rimborso|(?:il|consegnato il) reso"
            r"|geen terugbetaling|brak zwrotu (?:pieniedzy|srodkow)|ingen aterbetalning"
            r"|para iadesi (?:yapilmadi|gelmedi)",
            r"\brender(?:lo|la|li|le)\b|\bridarlo\b",
        ),
    ),
    # ------------------------------------------------------------ damaged or wrong
    (
        D,
        3,
        (
            # ordered one thing, got another
            # (a negation between says nothing came: "ordered ... and still haven't got it")
            r"\bordered\b[^.?!]{0,40}\b(?:and|but)\b(?:(?!\b(?:not|never|nothing|still|yet)\b|n't)"
            r"[^.?!]){0,20}\b(?:got|received|sent|came|gave|delivered)\b"
            r"|bestellt\b[^.?!]{0,40}\b(?:und|aber)\b(?:(?!\b(?:nicht|nichts|kein\w*|noch)\b)"
            r"[^.?!]){0,30}(?:bekommen|erhalten|geschickt"
            r"|geliefert|gekommen)|\bwollte\b[^.?!]{0,30}\b(?:ist|kam|wurde) \w+ (?:gekommen"
            r"|geliefert)"
            r"|(?:commande|pris)\b[^.?!]{0,40}\b(?:et|mais)\s+(?:j'ai\s+|vous m'avez\s+)?(?:recu"
            r"|eu|envoye)\b"
            r"|(?:avais pris|avais commande)\b[^.?!]{0,40}\brecu"
            r"|\b(?:pedi|encargue|compre)\b[^.?!]{0,40}\b(?:y|pero)\b(?:(?!\b(?:no|nada|aun"
            r"|todavia)\b)[^.?!]){0,20}(?:llego"
            r"|llegaron|recibi|mandaron|enviaron|ha llegado)"
            r"|\bordinat[oa]\b[^.?!]{0,40}\b(?:e|ma)\b[^.?!]{0,20}(?:arrivat|ricevut)"
            r"|\bbesteld\b[^.?!]{0,40}\b(?:en|maar)\b[^.?!]{0,30}(?:gekregen|ontvangen"
            r"|gestuurd|geleverd)"
            r"|zamowil\w*\b[^.?!]{0,40}\b(?:a|ale)\b[^.?!]{0,30}(?:dostal\w*|przyszl\w*|przyszed\w*"
            r"|przyslali\w*)|bestallde\b[^.?!]{0,40}\b(?:men|och)\b[^.?!]{0,30}(?:fick|kom)"
            r"|siparis ettim\b[^.?!]{0,40}(?:geldi|gonderdiniz)|(?:頼んだ|注文した)のに",
            # "... is 135 and I ordered 150": the self-correction of a wrong size
            r"\b(?:and|but|und|aber|et|mais|y|pero|e|ma|en|maar)\s+(?:i |ich |je |yo |io )?"
            r"(?:(?:l'?)?avevo (?:preso|ordinato)|pedi|ordered|bestellt|j'avais (?:pris|commande)"
            r"|hatte \w+ bestellt)\b",
            r"(?:colou?r|farbe|couleur|color|colore|kleur|kolor|farg|renk)\s+(?:ist |is |est )?"
            r"(?:falsch|wrong|pas bonne|incorrect\w*|equivocad\w*|sbagliat\w*|verkeerd|zl\w*"
            r"|fel|yanlis)",
        ),
    ),
    (
        D,
        3,
        (
            # wet, leaked, spilt or ruined on the way
            r"\b(?:wet|soaked|soggy|leaked|spilt|spilled|ruined|half empty)\b|\bnass\b|durchnass"
            r"|aufgeweicht|halb leer|\bmouille\w*|trempe\w*|\ba coule\b|\bcoule dans"
            r"|gondol\w*|a moitie vide|mojad\w*|empapad\w*|arruinad\w*|se ha (?:salido|derramado)"
            r"|medio vacio|bagnat\w*|fradici\w*|rovesciat\w*|rovinat\w*|mezzo vuoto|doorweekt"
            r"|\bnat (?:aangekomen|geleverd)|mokr\w*|zalan\w*|\bblot\b|genomblot|islak|ıslak"
            r"|濡れ|水浸し|漏れて",
            r"\b(?:no|ne) (?:prende|sirve)\b|\bno sirve\b|aplastad\w*|schiacciat\w*|zerquetscht"
            r"|\btrencat|\b(?:der|die|das|den) falschen? \w+ (?:drin|geliefert|geschickt|bekommen)",
            r"\b(?:one|two|three|\d+) of the (?:\d+ |two |three |four |five |six )?\w+ (?:is|are"
            r"|was"
            r"|were) missing|\barrived (?:\w+ )?open\b",
            # the buyer has sent photos: of a damage or a wrong item
            r"(?:sent|attached|mandato|mandat[oi]|envoye|geschickt|enviado|mandado|gestuurd"
            r"|wyslal\w*|skickat|gonderdim)\b[^.?!]{0,30}\b(?:photos?|pictures?|pics|fotos?|bilder"
            r"|foto's|zdjeci\w*|fotograf\w*)|写真を?(?:送|添付)",
            r"(?:send|schick|envoy|mand|envi|stuur)\w* (?:me |mir |moi |me ne |mi )?(?:another one"
            r"|a new one|ein neues|un autre|un nouveau|otro|un altro|een nieuwe)",
        ),
    ),
    # ------------------------------------------------------------ address change
    (
        A,
        3,
        (
            rf"{_SEND}\w*\b[^.?!。]{{0,40}}{_PLACE}|{_PLACE}に(?:送|届け|配送)",
            r"\b(?:i'?m moving|we'?re moving|ich ziehe um|wir ziehen um|je demenage|me (?:mudo"
            r"|voy a"
            r" cambiar de casa)|mi trasferisco|ik verhuis|przeprowadzam sie|jag flyttar"
            r"|tasiniyorum)",
            r"(?:empfanger|recipient|addressee|destinataire|destinatario|geadresseerde|odbiorca"
            r"|mottagare|alici)\b[^.?!]{0,10}(?:unbekannt|unknown|inconnu|desconocido|sconosciuto"
            r"|onbekend|nieznany|okand)"
            r"|(?:adresse|address|direccion|domicilio|indirizzo|adres)\b[^.?!]{0,15}(?:unzureichend"
            r"|unvollstandig|incomplete?|insuffisante?|insufficient|incompleta|insuficiente"
            r"|incompleto|insufficiente|no localizado|onvolledig|niekompletn\w*|ofullstandig"
            r"|eksik)",
            r"(?:alte|old|ancienne|antigua|vecchio|oude|stary|gamla|eski) (?:liefer)?(?:adresse"
            r"|address|direccion|indirizzo|adres|adress)",
            r"(?:wrong|falsche|mauvaise|equivocada|sbagliata|verkeerde|zla|fel|yanlis) (?:city|town"
            r"|stadt|ort|ville|ciudad|colonia|citta|localita|frazione|plaats|miasto|stad|sehir)"
            r"|\b(?:he )?(?:puesto|puse|escrito|escribi) mal\b|\bc/o\b",
            r"\b(?:add|ajout\w*|erganz\w*|anad\w*|aggiung\w*|toevoeg\w*|voeg\w*|dodac|lagg till"
            r"|ekle\w*)\b[^.?!]{0,30}(?:door ?code|code (?:de la )?porte|digicode|tur ?code"
            r"|codigo del portal|citofono|\binterno\b|deurcode|domofon\w*|portkod|kapi kodu"
            r"|flat number|apartment number|numero d'appartement|\betage\b|\bpiso\b|\bscala\b"
            r"|wohnungsnummer|huisnummer|toevoeging)",
            r"(?:\ban|\bto|\ba|\ben|\bnaar|\bdo|\btill|\bal|\bin)\s+(?:(?:eine|die|a|un|une|een"
            r"|the|my"
            r"|meine)\s+)?(?:packstation|paketshop|parcel locker|locker|point relais|relais colis"
            r"|punto de recogida|punto di ritiro|afhaalpunt|paczkomat\w*|pick-?up point)",
            r"(?:change|correct|update|andern|changer|modifier|cambiar|cambiare|wijzig)\w*\s+"
            r"(?:\w+\s+){0,2}(?:name|namen|nom|nombre|nome|naam)\b[^.?!]{0,30}(?:label|parcel"
            r"|package|delivery|shipping|etikett|paket|colis|etiquette|paquete|etiqueta|pacco"
            r"|etichetta|pakket)|(?:recipient|empfanger|destinataire|destinatario)\w*'?s? (?:\w+ )?"
            r"(?:name|namen|nom|nombre|nome)",
        ),
    ),
    # ------------------------------------------------------------ invoice
    (
        I,
        3,
        (
            r"\bbeleg\b|kaufbeleg|kaufnachweis|justificatif|proof of purchase|justificante"
            r"|comprobante|scontrino|giustificativ\w*|aankoopbewijs|dowod zakupu|\bfis\b"
            r"|\ble recu\b|\bun recu\b|\bticket de compra",
        ),
    ),
    (
        I,
        2,
        (
            # the invoice's own details: an address on it is no address change
            r"(?:invoice|rechnung|facture|factura|fattura|factuur|faktur\w*|fatura)\b[^.?!]{0,60}"
            r"\b(?:address|name|company|vat|adresse|anschrift|firma|firmenname|raison sociale"
            r"|societe|direccion|empresa|indirizzo|azienda|ragione sociale|bedrijf|firmy|foretag"
            r"|sirket)|(?:refaire|reissue|re-issue|neu ausstellen|korrigier\w*"
            r"|corrig\w*)[^.?!]{0,20}"
            r"(?:invoice|rechnung|facture|factura|fattura)|billing address|rechnungsadresse"
            r"|adresse de facturation|direccion de facturacion|indirizzo di fatturazione",
        ),
    ),
    # ------------------------------------------------------------ product question
    (
        P,
        2,
        (
            r"\bmanual\b|instructions|anleitung|\bnotice\b|\bmanuel\b|instrucciones|istruzioni"
            r"|handleiding|instrukcj\w*|bruksanvisning|kullanim kilavuz\w*|説明書|取扱説明",
            r"\bplug\b|stecker|\bprise\b|enchufe|\bspina\b|stekker|wtyczk\w*|\bschuko\b",
            r"back in stock|available again|wieder (?:lieferbar|verfugbar|auf lager|da)"
            r"|de nouveau disponible|a nouveau disponible|(?:volvera|vuelva) a estar disponible"
            r"|tornera disponibile|di nuovo disponibile|weer (?:leverbaar|op voorraad)"
            r"|ponownie dostepn\w*|tillbaka i lager|tekrar stok\w*|再入荷|再販",
            r"(?:fallt|fallen) (?:\w+ ){0,3}(?:klein|gross|normal)|runs? (?:small|large|big|true)"
            r"|taille (?:petit|grand|normalement)|(?:talla|queda) (?:pequen|grande)"
            r"|veste (?:piccol|grande|normale)",
            r"\bvegan\b|real leather|genuine leather|echtes leder|vrai cuir|simili|piel autentica"
            r"|vera pelle|similpelle|echt leer|skora naturalna|akta lader|gercek deri",
            r"(?:charge|lad|laden|lädt|charge|carga|ricarica|oplad|laduj|laddas)\w*\s+(?:\w+\s+)?"
            r"(?:with|mit|avec|con|met|przez|med|ile)\s+usb|\busb-?c\b[^.?!]{0,40}\?",
            r"\bdabei\b|extra kaufen|separately|separat\b|separement|por separado|a parte\b"
            r"|apart (?:kopen|verkrijgbaar)|osobno|compreso o|inclus ou",
            r"abnehmbar|removable|amovible|desenfundable|sfoderabil\w*|afneembaar"
            r"|hohenverstell\w*|adjustable|reglable|regulable|regolabil\w*|verstelbaar",
            r"how (?:do|can|to) (?:i )?(?:set ?up|reset|connect|use|install|pair|adjust|clean)"
            r"|(?:can'?t|cannot) figure out how|wie (?:kann|muss|soll) (?:ich|man)\b[^.?!]{0,30}"
            r"(?:einstell|verbind|reinig|benutz|entkalk)|n'arrive pas a (?:regler|installer"
            r"|connecter|utiliser)|comment (?:regler|installer|utiliser|connecter|detartrer)"
            r"|no se como|non capisco come|come (?:si )?(?:usa|installa|collega|decalcific)"
            r"|設定方法|使い方|どれを買えば",
            r"can i use (?:this|it|the \w+) (?:in|on|for|with|outdoors|outside)|splash ?proof"
            r"|kann man (?:es|ihn|sie|das) (?:\w+ )?(?:benutzen|verwenden)|se puede usar"
            r"|si puo usare|peut-on l'utiliser|(?:does|will|can) (?:it|this) support|\bsupporta\b"
            r"|unterstutzt (?:es|er|sie|das)|\bsoporta\b|prend(?: |-il )en charge"
            r"|\d+ ?w\b[^.?!]{0,30}\?|power cord",
            r"\baus (?:metall|holz|kunststoff|plastik|glas|edelstahl|keramik|stoff)\b"
            r"|\ben (?:metal|bois|plastique|verre|inox|ceramique)\b[^.?!]{0,20}\?"
            r"|\bde (?:metal|madera|plastico|vidrio|acero)\b[^.?!]{0,20}\?"
            r"|\bin (?:metallo|legno|plastica|vetro|acciaio|ceramica)\b[^.?!]{0,20}\?"
            r"|\bvan (?:metaal|hout|plastic|glas)\b[^.?!]{0,20}\?"
            r"|rentre (?:dans|sous)|cabe en|entra (?:in|nel|nella)|\bfits? (?:in|into|under|on)\b"
            r"[^.?!]{0,30}\?|\badatt[oaie]\b|\badapte?s? (?:a|aux|pour)\b|\bapto para\b"
            r"|\bsuitable for\b",
            r"\bversion\b[^.?!]{0,60}\?|\bvale para\b|\bpasst (?:der|die|das) (?:\w+ )?(?:auf|an"
            r"|in)"
            r"|do you know if (?:this|it)|(?:wondering|know) if (?:this|it) (?:fits|works|will)",
        ),
    ),
)

# The parcel is in the buyer's hands ("it arrived", "ya ha llegado"): a complaint that
# follows is about the item, not about where it is.
ARRIVED: Final = re.compile(
    r"\b(?:it |they |parcel |package |box |order )?(?:got here|arrived|has arrived|came"
    r"|showed up|turned up|received it|got it)\b"
    r"|\b(?:ist|sind) (?:doch )?(?:da|angekommen)\b|\bangekommen\b|est arrive\w*|\bj'ai recu\b"
    r"|\b(?:ya )?ha llegado\b|\bllego\b|\bme ha llegado\b|\be arrivat\w*|\bmi e arrivat\w*"
    r"|is aangekomen|dotarl\w*|har kommit|\bgeldi\b|確かに届きました|届きましたが|届いた"
)
INVOICE_DETAILS: Final = re.compile(
    r"(?:invoice|rechnung|facture|factura|fattura|factuur|faktur\w*|fatura)\b[^.?!]{0,60}"
    r"\b(?:address|adresse|anschrift|direccion|indirizzo|adres|adress)|billing address"
    r"|rechnungsadresse|adresse de facturation|direccion de facturacion"
    r"|indirizzo di fatturazione|factuuradres|adres (?:do|na) faktur|fakturaadress|fatura adresi"
)
# "Kauf auf Rechnung", payment terms: a way of paying, not an invoice document.
NOT_AN_INVOICE: Final = re.compile(
    r"kauf auf rechnung|auf rechnung (?:kaufen|bestellen|zahlen)|zahlungsziel|payment terms"
    r"|net ?30|paiement a 30|pago a 30|pagamento a 30"
    r"|ohne rechnung|without (?:an? |the )?(?:invoice|receipt)|sans facture|sin factura"
    r"|senza fattura|zonder factuur|bez faktury|utan (?:faktura|kvitto)|faturasiz"
    # paying on invoice: a way to pay, asked in every language
    r"|pay (?:by|on|against|with) (?:an? )?invoice|(?:buy|order|purchase) on invoice"
    r"|(?:per|auf|gegen) rechnung\b[^.?!]{0,40}(?:kaufen|bestellen|zahlen|bezahlen)"
    r"|payer (?:sur|par|a reception de) facture|paiement (?:sur|a) facture"
    r"|pagar (?:contra|con|por|mediante) factura|pago (?:contra|a) factura"
    r"|pagare (?:con|su|a|tramite) fattura|pagamento (?:su|a|con) fattura"
    r"|op (?:\w+ )?factuur (?:betalen|bestellen|kopen)|betalen op factuur|achteraf betalen"
    r"|(?:kupic|kupowac|zamowic|zaplacic|platnosc|zakup) (?:\w+ )?na fakture"
    r"|odroczon\w* (?:termin\w* )?platnosc\w*|(?:handla|betala|kopa|bestalla) (?:pa|mot|via)"
    r" faktura|fatura karsilig\w*|vadeli (?:alim|odeme|al)|請求書払い|後払い"
)
# A price drop refunded as the difference: a price complaint, not a return.
PRICE_DIFFERENCE: Final = re.compile(
    r"price (?:drop|dropped|went down|was reduced|is (?:now )?lower)|refund the difference"
    r"|preis (?:gesenkt|gefallen|reduziert)|die differenz|baisse de prix|la difference"
    r"|bajado de precio|la diferencia|prezzo (?:e )?sceso|la differenza|prijsverschil"
    r"|値下が|差額|cena spadla|zwrot roznicy|fiyat\w* (?:\d+ \w+ )?dustu|aradaki fark"
    r"|prisskillnad|mellanskillnad|het verschil"
)
# Reimbursed expenses ("rimborso spese"): the buyer's employer refunds them, not us.
EXPENSES: Final = re.compile(
    r"rimborso spese|expense (?:claim|report)|spesenabrechnung|note de frais|reembolso de gastos"
    r"|onkostennota|declaratie"
)
# The buyer used the item themselves: "used" is no complaint about a used item.
OWN_USE: Final = re.compile(
    r"l'ho (?:gia )?usat|\bi (?:have |'ve )?used it|ich (?:habe|hab) (?:es|ihn|sie) (?:\w+ )?"
    r"benutzt|je l'ai (?:\w+ )?utilise|lo he usado|lo use\b|heb (?:het|hem) gebruikt"
)
