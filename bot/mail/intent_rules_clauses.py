"""Round-11 intent concepts: which clause holds the request, and what state a parcel is in.

Written once for every language, on text folded by ``intent._fold`` (lower case, no accents,
``ł`` as ``l``, dotless ``ı`` as ``i``).  Each concept is a situation a buyer describes, read
from the shape of the message rather than from one more keyword:

- CANCEL_DECLINED: the cancel word stands in a negated clause, the negation before it or
  after it ("no need to cancel", "Stornieren will ich auf keinen Fall", "annuleren hoeft
  niet", "キャンセルするつもりはない") -- the word names what the buyer does *not* ask.
- KNOW_WHEN: the request is an indirect question about the delivery ("I only want to know
  when it comes", "mi basta sapere se ce la fa", "bara veta om det hinner fram").
- ADDRESS_INSISTED: the carrier doubts the address, the buyer says it is right ("nothing
  wrong with the address", "I have lived here 15 years", "the name on the bell is right").
- NOT_SHIPPED_STATUS: the order still shows "preparing", "label created", "not shipped",
  "data transmitted to DHL" -- a delivery question, even with no "where".
- FAILED_ATTEMPT: the carrier says it tried and nobody was in ("Zustellversuch", "avis de
  passage", "no había nadie", "odbiorca nieobecny"), the buyer was home -- a delivery matter.
- ADDRESS_DETAIL: a floor, flat, bell name, door or gate code, postcode or house number is
  added or corrected ("3ºB y es 3ºD", "3521 KL moet 3512 KL zijn", "Hinterhaus, 3. OG") --
  an address change.  Leaving it with a neighbour or doorman is no address change (the
  development corpus reads it as ``other``); LEAVE_WITH only keeps it from a failed attempt.
- ORDER_TIMELINE: "ordered on Monday and it was sent on Tuesday" is a timeline of the
  delivery, not "ordered X and was sent Y" (a wrong item).
- LABELLED_SWAP: "Bestellt: schwarz matt. Geliefert: anthrazit glänzend." and "you sent the
  UK version, my order says ..." -- what was ordered and what came, as two labelled facts.
- PRAISE_ARRIVED: praise for a delivery that came, with nothing asked -- thanks.
"""

from __future__ import annotations

import re
from typing import Final

from bot.mail import intent_rules_concepts as concepts

__all__ = [
    "ADDRESS_DETAIL",
    "ADDRESS_INSISTED",
    "CANCEL_DECLINED",
    "FAILED_ATTEMPT",
    "KNOW_WHEN",
    "LABELLED_SWAP",
    "LEAVE_WITH",
    "NOT_SHIPPED_STATUS",
    "ORDER_TIMELINE",
    "praise_arrived",
]

# ------------------------------------------------------------------ cancel declined
_CANCEL = (
    r"(?:cancel\w*|cancle\w*|storn\w*|annul\w*|anul\w*|avbest\w*|avbok\w*|makul\w*|iptal\w*"
    r"|キャンセル|取り消)"
)
# A whole order or everything: "I don't want to cancel everything, only the cable" is a
# partial cancel, so the concept does not hold there.
_WHOLE = (
    r"(?:whole|entire|everything|all of|ganze\w*|alles|komplett\w*|tout\w*|entier\w*|todo\b"
    r"|entero|entera|tutto|tutt[oa] l|intero|intera|hele|heel|geheel|cal\w* zamowien\w*"
    r"|wszystk\w*|hela|allt|tamam\w*|hepsi\w*|全部|全て)"
)
# "because", "since": the negation after them belongs to the reason, not to the cancel
# ("bitte stornieren, da ich es nicht mehr brauche").
_BECAUSE = (
    r"(?:because|since|as|cause|da|weil|denn|car|parce|porque|ya|perche|poiche|omdat|want"
    r"|aangezien|bo|poniewaz|gdyz|eftersom|for|cunku|zira|ama|but|aber|mais|pero|ma|maar"
    r"|ale|men|and|und|et|y|e|en|och|ve|i)"
)
CANCEL_DECLINED: Final = re.compile(
    # the negation before the cancel word, in the same clause
    r"(?:\bno need to|\bno reason to|\bdon'?t (?:want|need|wish|plan|intend) to"
    r"|\bdo not (?:want|need|wish|plan|intend) to|\bnot (?:looking|trying|going|asking|wanting"
    r"|planning|here) to|\bnot asking (?:you )?to|\bno intention (?:of|to)|\bwithout"
    r"|\bnot (?:to|a) |\bdon'?t |\bnever (?:asked|wanted) (?:you )?to"
    r"|\bnicht\b|\bkein\w*|\bohne\b|\bbrauch\w* (?:\w+ )?nicht|\bmuss (?:\w+ )?nicht"
    r"|\bpas (?:besoin d'|la peine d'|question d'|envie d')?|\bsans\b|\binutile d'"
    r"|\bno (?:hace falta|hay que|es necesario|quiero|necesito|pienso|voy a|pido|deseo)"
    r"|\bsin\b|\bno (?:lo |la |me )?(?:cancele\w*)|\bnon (?:serve|voglio|c'e bisogno di|devo"
    r"|intendo|chiedo di|vogliamo|e necessario)|\bnessun bisogno di|\bsenza\b|\bniente\b"
    r"|\bniet\b|\bgeen\b|\bhoef\w* (?:\w+ )?niet|\bnie (?:chce|chcemy|trzeba|musz\w*|zamierzam"
    r"|prosze o|potrzeb\w*)|\bbez\b|\binte\b|\bingen\b|\bej\b)"
    r"\s*(?:\w+\s+){0,3}?" + _CANCEL + r"(?!\w*\s+(?:\w+\s+){0,2}" + _WHOLE + r")"
    # the negation after it: "stornieren will ich auf keinen Fall", "annuleren hoeft niet"
    r"|" + _CANCEL + r"\w*(?:\s+(?!" + _BECAUSE + r"\b)\w+){0,3}\s+"
    r"(?:auf keinen fall|keinesfalls|keineswegs|hoeft niet|hoef ik niet|hoeven we niet"
    r"|wil ik niet|willen we niet|is niet nodig|niet nodig|nicht (?:notig|noetig|nötig|sein)"
    r"|(?:brauche|will|mochte|muss) (?:ich|man|ihr) kein\w*"
    r"|will ich nicht|mochte ich nicht|muss(?:t)? (?:ihr |sie |man )?nicht|no(?:,)? gracias"
    r"|nie (?:trzeba|chce|musicie|jest potrzebn\w*)|behovs inte|behover (?:ni |du )?inte"
    r"|vill jag inte|istemiyorum|istemem|etmeyin|etmeyecegim|etmek istemiyorum|gerek yok"
    r"|etmenize gerek yok|dusunmuyorum)\b"
    r"|\biptale gerek yok|\biptal (?:etmek )?(?:istemiyorum|istemem)|\biptal etmeyin"
    r"|キャンセル(?:する|の|は)?(?:つもり|予定|気|必要)(?:は|も)?(?:ない|ありません|ございません)"
    r"|キャンセル(?:は)?(?:しません|しない|不要|結構です)|キャンセルではなく|キャンセル希望ではありません"
)

# ------------------------------------------------------------------ know when
_KNOW = (
    r"(?:\bknow|\bfind out|\btell me|\blet me know|\bwissen|\berfahren|\bsagen|\bsavoir"
    r"|\bdire\b|\bdites|\bsaber|\bdecir\w*|\bdig\w*|\bsapere|\bdirmi|\bditemi|\bweten|\bzeggen"
    r"|\blaten weten|\bwiedziec|\bdowiedziec|\bpowiedziec|\bpowiedzcie|\bnapisz\w*|\bveta"
    r"|\bsag(?:a|)\b|\bsaga mig|\bbesked|\bogrenmek|\bbilmek|\bsoyle\w*|\bbildir\w*|教えて"
    r"|知りたい)"
)
_WHEN_WORD = (
    r"(?:\bwhen\b|\bwann\b|\bquand\b|\bcuando\b|\bquando\b|\bwanneer\b|\bkiedy\b|\bnar\b"
    r"|\bne zaman\b|いつ)"
)
_WHETHER = r"(?:\bif\b|\bwhether\b|\bob\b|\bsi\b|\bse\b|\bof\b|\bczy\b|\bom\b|\bmi\b|かどうか)"
_GOES = (
    r"(?:arriv\w*|come\w*|coming|deliver\w*|ship\w*|dispatch\w*|leave\w*|here|get it|kommt"
    r"|ankommt|da ist|geliefert|zugestellt|verschickt|versandt|raus\w*|klappt|schaff\w*"
    r"|part\b|partira|arrive\w*|livr\w*|expedi\w*|recevoir|llega\w*|sale\b|saldra|envia\w*"
    r"|manda\w*|entreg\w*|arriva\w*|parte\b|partira|spedi\w*|consegn\w*|ce la fa\w*|komt"
    r"|bezorgd|geleverd|verzonden|verstuurd|binnen|dotrze|dojdzie|przyjdzie|wysla\w*"
    r"|dostarcz\w*|zdaz\w*|kommer|hinner|fram\b|skickas|levereras|gelir|gelecek\w*|ulas\w*"
    r"|yetis\w*|kargoya|届く|届き|発送|着く|間に合)"
)
KNOW_WHEN: Final = re.compile(
    rf"{_KNOW}[^.!?。]{{0,25}}(?:{_WHEN_WORD}|{_WHETHER})[^.!?。]{{0,50}}{_GOES}"
    rf"|{_WHEN_WORD}[^.!?。]{{0,40}}{_GOES}[^.!?。]{{0,20}}(?:だけ)?{_KNOW}"
    r"|(?:いつ|何日)[^。]{0,10}(?:届く|着く|発送)[^。]{0,10}(?:だけ|を)?(?:教えて|知りたい)"
    r"|\bne zaman\b[^.!?]{0,30}(?:gelir|gelecek\w*|ulas\w*|kargoya|gonderil\w*)"
)

# ------------------------------------------------------------------ address insisted
_ADDR = r"(?:address\w*|adress\w*|adres\w*|direccion\w*|indirizz\w*|domicili\w*|住所)"
_RIGHT = (
    r"(?:correct|right|fine|ok|okay|complete|valid|richtig|korrekt|vollstandig|stimmt|passt"
    r"|juste|bonne|bon|exacte|correcte|complete|correcta|bien|completa|buena|giusto|corretto"
    r"|completo|esatto|goed|juist|klopt|compleet|correct|poprawn\w*|prawidlow\w*|dobr\w*"
    r"|w porzadku|ratt|korrekt|riktig|fullstandig|dogru|tam|eksiksiz)"
)
_WRONG_WORD = (
    r"(?:wrong|incorrect|falsch|faux|fausse|mal|erronea|sbagliat\w*|errat\w*|mis|fout|verkeerd"
    r"|zle|zly|bledn\w*|fel|yanlis|hatali|eksik)"
)
_NOTHING = r"(?:nothing|nichts|rien|nada|niente|nulla|niks|niets|nic|inget|hicbir sey)"
_LIVED = (
    r"(?:i(?:'ve| have)? lived (?:here|there|at this address)|we(?:'ve| have)? lived here"
    r"|wohne\w* (?:\w+ ){0,3}(?:seit|schon)|j'habite (?:ici|la) depuis|on habite (?:ici|la)"
    r"|nous habitons (?:ici|la)|vivo aqui (?:desde|hace)|vivimos aqui|llevo \w+ anos viviendo"
    r"|abito qui da|abitiamo qui|vivo qui da|woon (?:hier )?al|wonen (?:hier )?al"
    r"|mieszkam tu\w* (?:od|juz)|mieszkamy tu\w*|(?:jag |vi )?(?:har )?bott? har|bor har sedan"
    r"|burada \w+ (?:yil|senedir)|yillardir burada|ここに(?:住んで|\d+年))"
)
_NAME_ON = (
    r"(?:name|naam|name|nom|nombre|nome|nazwisk\w*|namn\w*|isim|isim\w*|名前|表札)[^.!?。]{0,30}"
    r"(?:bell|door|letterbox|mailbox|klingel|briefkasten|tur|sonnette|boite|porte|timbre|buzon"
    r"|puerta|campanello|citofono|cassetta|porta|bel|deur|brievenbus|dzwonk\w*|domofon\w*"
    r"|skrzynk\w*|drzwi\w*|dorr\w*|brevlad\w*|porttelefon\w*|zil\w*|kapi\w*|posta kutu\w*)"
    r"[^.!?。]{0,25}" + _RIGHT
)
ADDRESS_INSISTED: Final = re.compile(
    # "the address is, as I said, right" (no negation between)
    rf"\b{_ADDR}\b(?:\s+(?!(?:not|nicht|pas|no|non|niet|nie|inte|degil|isn'?t)\b)[\w,]+){{0,4}}"
    rf"\s+{_RIGHT}\b(?!\s+(?:not|nicht|pas|niet|inte|degil))"
    rf"|\b{_NOTHING}\s+(?:\w+\s+){{0,2}}{_WRONG_WORD}\w*\s+(?:\w+\s+){{0,3}}{_ADDR}"
    rf"|\b{_ADDR}\b[^.!?。]{{0,30}}\b(?:nothing wrong|ist nichts falsch|n'a rien de faux"
    r"|no tiene nada (?:de )?mal|non ha niente (?:di )?sbagliat\w*|is niks mis|is niets mis"
    r"|nie ma nic zle\w*|ar inget fel|hicbir sorun yok|sorun yok)"
    rf"|{_LIVED}|{_NAME_ON}"
    r"|住所(?:は|に)[^。]{0,20}(?:間違い(?:は)?(?:ありません|ない)|合っています|正しい)"
)

# ------------------------------------------------------------------ not shipped status
NOT_SHIPPED_STATUS: Final = re.compile(
    r"(?:\b(?:says|shows|showing|on|at|stuck (?:on|at|in)|still|status)\W{0,3}"
    r"(?:preparing|processing|pending|not (?:yet )?shipped|label created|pre-?transit"
    r"|awaiting (?:dispatch|shipment|collection)|shipping label created|ready to ship"
    r"|order (?:placed|confirmed)|information received)"
    r"|\b(?:haven'?t|have you not|didn'?t) you (?:even )?(?:ship|sent|send|dispatch)"
    r"|\bhas it (?:even |actually )?(?:been )?(?:shipped|sent|dispatched|left)"
    r"|\bwhen (?:will|do|are) (?:you|it|they) (?:going to )?(?:ship|dispatch|send it|leave)"
    r"|\bonly (?:a |the )?label\b|\blabel (?:was |has been )?created"
    # de
    r"|auftragsdaten|elektronisch (?:\w+ ){0,3}ubermittelt|noch nicht (?:\w+ )?(?:versandt"
    r"|verschickt|versendet|raus|unterwegs|abgeschickt|bei (?:dhl|dpd|hermes|gls|ups))"
    r"|(?:schon|uberhaupt|endlich|uberhaupt schon) (?:\w+ )?(?:abgeschickt|verschickt|versendet"
    r"|versandt|raus)\W*\?|wann (?:wird|geht|verschickt|versendet|kommt) (?:\w+ ){0,3}"
    r"(?:raus|verschickt|versendet|versandt|los|auf den weg)|versandvorbereitung"
    r"|wird (?:noch )?vorbereitet|in bearbeitung"
    # fr
    r"|en (?:cours de )?preparation|pas encore (?:ete )?(?:expedie\w*|envoye\w*|parti\w*)"
    r"|quand (?:est-ce que |est-ce qu')?(?:ca|il|elle|le colis|la commande|vous) (?:part\w*"
    r"|sera expedie\w*|sera envoye\w*|l'envoy\w*|l'expedi\w*)|etiquette creee"
    r"|en attente d'expedition|toujours pas (?:expedie|envoye|parti)\w*"
    # es
    r"|preparando (?:para )?(?:el )?envio|en preparacion|pendiente de envio"
    r"|(?:aun|todavia|sigue sin) (?:no )?(?:ha sido |se ha |lo han |han )?(?:enviado|salido"
    r"|mandado|despachado)|cuando (?:lo |la |me lo )?(?:envian|mandan|sale|saldra|despachan"
    r"|van a (?:enviar|mandar))|etiqueta creada"
    # it
    r"|in (?:fase di )?preparazione|in lavorazione|non (?:e )?ancora (?:stat[oa] )?(?:spedit"
    r"|partit|inviat)\w*|quando (?:lo |la )?(?:spedite|partira|parte|verra spedit\w*|inviate)"
    r"|etichetta creata|in attesa di (?:spedizione|ritiro)"
    # nl
    r"|\bniet verzonden|nog niet (?:verzonden|verstuurd|onderweg|opgehaald)|in behandeling"
    r"|wordt voorbereid|(?:zending|label|verzendlabel) (?:is )?aangemaakt|voorgemeld"
    r"|wanneer (?:wordt het|gaat het|word)\w* (?:\w+ )?(?:verzonden|verstuurd)"
    # pl
    r"|(?:jeszcze|nadal|wciaz|dalej) nie (?:zostal\w* )?(?:wyslan\w*|nadan\w*|wysl\w*)"
    r"|w (?:trakcie )?realizacji|oczekuje na (?:nadanie|wysylke)|przygotowan\w* do wysylki"
    r"|etykiet\w* (?:utworzon|nadawcz)\w*|kiedy (?:zostanie |to )?(?:wyslan|nadan|wysla)\w*"
    # sv
    r"|inte (?:an )?(?:skickad|skickat|postad)\w*|ej skickad|\bbehandlas\b|forbereds"
    r"|under behandling|nar (?:skickas|skickar ni|kommer (?:den|det) att skickas)"
    r"|etikett (?:skapad|har skapats)"
    # tr
    r"|hazirlaniyor|kargoya (?:henuz )?verilmedi|kargoya verilmemis|henuz gonderilmedi"
    r"|ne zaman kargoya|kargoya ne zaman|etiket olusturuldu|kargo bekleniyor"
    # ja
    r"|発送準備中|まだ発送されて|発送されていない|いつ発送|出荷準備中|未発送|まだ出荷)"
)

# ------------------------------------------------------------------ failed attempt
FAILED_ATTEMPT: Final = re.compile(
    r"(?:\b(?:tried|attempted|try) to deliver|delivery attempt|attempted delivery|missed delivery"
    r"|\b(?:nobody|no one|noone) (?:was |were )?(?:home|in|there|at home|available)"
    r"|\bwe missed you|\b(?:card|note|slip) (?:through|in|on) (?:the|my|our) (?:door|letterbox)"
    r"|\b(?:was|were|i'm|i was|we were) (?:\w+ ){0,2}(?:home|in) all day|all day at home"
    r"|never (?:knocked|rang)|didn'?t (?:even )?(?:knock|ring|call|try)"
    # de
    r"|zustellversuch\w*|nicht angetroffen|benachrichtigungs?(?:karte|zettel|schein)"
    r"|(?:war|waren|bin|sind) (?:\w+ ){0,3}(?:den ganzen tag|zuhause|zu hause|daheim)"
    r"|(?:keiner|niemand) (?:war |sei )?(?:da|zuhause|zu hause|daheim|anwesend)"
    r"|nicht (?:mal |einmal |einmal )?geklingelt|hat nicht geklingelt"
    # fr
    r"|tentative de livraison|avis de passage|destinataire absent|(?:personne|absent) (?:n'etait"
    r"|n'a |a )|n'a (?:meme )?pas (?:sonne|frappe)|(?:j'etais|on etait|nous etions|j'ai ete)"
    r" (?:\w+ ){0,3}(?:la|chez moi|a la maison|presente?)"
    # es
    r"|intento de entrega|intent\w* (?:de )?entreg\w*|no habia nadie|destinatario ausente"
    r"|(?:estaba|estuve|estuvimos|estabamos|estoy) (?:\w+ ){0,3}(?:en casa|en la casa)"
    r"|no (?:toco|llamo|timbro|tocaron|llamaron)|aviso de (?:llegada|entrega)"
    # it
    r"|tentat\w* (?:di )?consegn\w*|destinatario assente|non c'era nessuno"
    r"|(?:ero|eravamo|sono stat\w*) (?:\w+ ){0,3}(?:a casa|in casa)|non (?:ha |hanno )?"
    r"(?:suonato|citofonato|bussato)|avviso di (?:giacenza|passaggio)"
    # nl
    r"|bezorgpoging|niemand thuis|(?:was|waren|ben|zijn) (?:\w+ ){0,3}thuis(?! als)"
    r"|niet (?:eens )?aangebeld|(?:heeft|hebben) niet (?:eens )?(?:aangebeld|geklopt)"
    r"|geen briefje|afwezig (?:gemeld|volgens)"
    # pl
    r"|nieudan\w* prob\w*|prob\w* (?:doreczenia|dostarczenia)|odbiorca nieobecny"
    r"|(?:bylem|bylam|bylismy|bylysmy) (?:\w+ ){0,3}w domu|nie (?:za)?dzwonil\w*"
    r"|nikogo nie (?:bylo|zastal)|awizo"
    # sv
    r"|leveransforsok|forsokt (?:att )?leverera|ingen (?:var )?hemma|(?:jag |vi )?var hemma"
    r"|ringde (?:inte|aldrig)|aviseringslapp|ingen svarade"
    # tr
    r"|teslim(?:at)? (?:edilemedi|denemesi)|adreste bulunamadi"
    r"|alici (?:adreste )?(?:yok|bulunamadi)"
    r"|evde (?:yoktu|kimse yok)|evdeydi\w*|zil\w* (?:bile )?calmadi|kimse (?:yoktu|gelmedi)"
    # ja
    r"|不在(?:票|連絡票|通知)|持ち戻り|配達できませんでした|(?:インターホン|チャイム)(?:が|も)?鳴ら"
    r"|(?:ずっと|一日中)(?:家|自宅|在宅))"
)

# ------------------------------------------------------------------ address detail
_DETAIL = (
    r"(?:\bfloor\b|\bflat\b|apartment|\bapt\b|\bunit\b|\bsuite\b|building|door ?code|gate code"
    r"|entry code|access code|buzzer|\bbell\b|intercom|post ?code|zip(?: code)?|house number"
    r"|rear access|laneway|back entrance|\betage\b|\bstock\b|\b\d\. ?og\b|hinterhaus|vorderhaus"
    r"|seitenflugel|klingel\w*|turcode|torcode|hausnummer|postleitzahl|\bplz\b|wohnung\w*"
    r"|appartement|batiment|\bbat\b|digicode|code (?:du |de la |d')?(?:portail|porte|entree"
    r"|immeuble)|interphone|sonnette|code postal|numero de (?:rue|porte)|escalier|escalera"
    r"|\bpiso\b|puerta|portal|timbre|codigo postal|numero (?:de )?(?:casa|exterior|interior)"
    r"|\binterno\b|\bscala\b|\bpiano\b|citofono|campanello|\bcap\b|civico|portone"
    r"|verdieping|huisnummer|\bbel\b|deurcode|toevoeging|\bbus \d|pietr\w*|mieszkani\w*"
    r"|klatk\w*|domofon\w*|kod (?:do )?(?:bramy|domofonu|klatki|wejscia)|kod pocztowy"
    r"|numer (?:domu|mieszkania|lokalu)|vaning\w*|lagenhet\w*|portkod\w*|dorrkod\w*"
    r"|postnummer|trappuppgang|\bkat\b|daire\w*|\bblok\b|kapi kodu|\bzil\b|posta kodu"
    r"|apartman\w*|部屋番号|号室|建物名|マンション名|郵便番号|番地|\d+\s*[ºo°]\s*[a-z]\b"
    r"|\d+(?:st|nd|rd|th) floor)"
)
_AMEND = (
    r"(?:\badd\b|\badded|forgot|forgotten|left out|\btypo|mistake|should (?:be|read|say)"
    r"|instead of|correct|\bfix\b|update|vergessen|hinzufug\w*|erganz\w*|tippfehler"
    r"|vertipp\w*|korrigier\w*|richtig ist|\bstatt\b|\bajout\w*|\boubli\w*|erreur|faute de frappe"
    r"|corrig\w*|au lieu de|\bnadir|agreg\w*|olvid\w*|equivoqu\w*|me confundi|correg\w*"
    r"|en vez de|\bpuse\b|aggiung\w*|dimentica\w*|correggere|corregg\w*|invece di|toevoeg\w*"
    r"|vergeten|typfout|tikfout|aanpass\w*|in plaats van|\bmoet\b|doda\w*|dopis\w*|zapomnia\w*"
    r"|literowk\w*|pomyl\w*|poprawi\w*|zamiast|lagg till|lagga till|glomde|stavfel|skrev fel"
    r"|istallet|ekle\w*|unuttum|yanlis yaz\w*|duzelt\w*|yerine|追加|書き忘れ|抜けて|間違|訂正|修正)"
)
ADDRESS_DETAIL: Final = re.compile(
    rf"{_DETAIL}[^.!?。]{{0,60}}{_AMEND}|{_AMEND}[^.!?。]{{0,60}}{_DETAIL}"
    r"|\bpuse\b[^.!?]{0,20}\by (?:es|era)\b"
    r"|\b\w+ \w+ moet \w+ \w+ zijn\b"
    # the bell is broken, call this number: how to reach the door
    r"|(?:\bbell\b|klingel\w*|sonnette|interphone|timbre|campanello|citofono|\bbel\b"
    r"|domofon\w*|dzwonek|porttelefon\w*|ringklock\w*|\bzil\b|インターホン)[^.!?。]{0,40}"
    r"(?:doesn'?t work|broken|kaputt|geht nicht|funktioniert nicht|ne (?:marche|fonctionne) pas"
    r"|no funciona|non funziona|werkt niet|kapot|nie dziala|fungerar inte|funkar inte"
    r"|calismiyor|bozuk|壊れ)"
)
# "May it go to the neighbours at no. 9 if I'm out?", "leave it with the doorman".
_NEIGHBOUR = (
    r"(?:neighbou?rs?|doorman|concierge|porter|reception|nachbar\w*|hausmeister|pfortner"
    r"|voisin\w*|gardien\w*|vecin\w*|portero|conserje|porteria|vicin\w*|portiere|portineria"
    r"|buren|buurman|buurvrouw|conciërge|conciërge|conci\w*|sasiad\w*|portier\w*|granne\w*"
    r"|portvakt\w*|komsu\w*|kapici\w*|隣|管理人"
    # a safe place authorised: "leave it in the porch", "Abstellgenehmigung für die Garage"
    r"|safe ?place|porch|\bshed\b|ablageort|abstellort|abstellgenehmigung|\bgarage\b"
    r"|en lieu sur|terrasse|\bbuzon\b|\bportal\b|cassetta|brievenbus|skrzynk\w*|brevlad\w*"
    r"|置き配)"
)
_MAY_LEAVE = (
    r"(?:\bcan\b|\bmay\b|\bcould\b|\bplease\b|\bfeel free|darf|durfen|kann|konnen|bitte"
    r"|pouvez|peut|puis|pourriez|puede|pueden|podeis|pod(?:e|ria)\w*|puo|potete|potreste"
    r"|\bmag\b|\bmogen\b|\bkan\b|\bkunnen\b|\bgraag\b|mozna|moze|moga|prosze|\bkan\b|\bfar\b"
    r"|\bgarna\b|birakabilir\w*|verebilir\w*|teslim edebilir\w*|お願い|預けて|置いて)"
)
LEAVE_WITH: Final = re.compile(
    rf"{_MAY_LEAVE}[^.!?。]{{0,50}}{_NEIGHBOUR}|{_NEIGHBOUR}[^.!?。]{{0,50}}(?:{_MAY_LEAVE}"
    r"|(?:leave|lassen|abgeben|laisser|deposer|dejar|entregar|lasciar\w*|consegnar\w*|afgeven"
    r"|bezorg\w*|zostawi\w*|doreczy\w*|lamna\w*|birak\w*|teslim))"
)
# The neighbour had it, or says no: a parcel already delivered somewhere.
_DELIVERED_TO = re.compile(
    r"delivered|zugestellt|abgegeben (?:bei|beim)|livre|entregad|consegnat|bezorgd bij"
    r"|geleverd|doreczon|levererat|teslim edil|配達済"
)


def leave_with_asked(text: str) -> bool:
    """The buyer allows delivery to a neighbour or doorman, not a parcel gone there."""
    return LEAVE_WITH.search(text) is not None and _DELIVERED_TO.search(text) is None


# ------------------------------------------------------------------ order timeline
_WHEN_MARK = (
    r"(?:(?:on|am|le|el|il|op|w|den|pa|the|last|this|dem)\s+)?(?:"
    + concepts._DAYS
    + r"|yesterday|gestern|hier|ayer|ieri|gisteren|wczoraj|igar|dun|\d{1,2}[./]\d{1,2}\.?"
    r"|(?:the |le |el |il |den )?\d{1,2}(?:st|nd|rd|th|\.|er|e)?\b)"
)
_SENT_WORD = (
    r"(?:sent|shipped|dispatched|posted|verschickt|versandt|versendet|expedie\w*|envoye\w*"
    r"|envi\w*|mandad\w*|spedit\w*|inviat\w*|verzonden|verstuurd|wyslan\w*|nadan\w*|skickad\w*"
    r"|gonderil\w*|kargoya verildi)"
)
ORDER_TIMELINE: Final = re.compile(
    r"(?:ordered|bestellt|commande|pedi\w*|ordinat\w*|besteld|zamowi\w*|bestallde|siparis)"
    rf"\s+{_WHEN_MARK}[^.!?]{{0,40}}\b{_SENT_WORD}\b(?:\s+\w+){{0,1}}?\s+{_WHEN_MARK}"
    rf"|(?:ordered|bestellt|commande|pedi\w*|ordinat\w*|besteld|zamowi\w*|bestallde|siparis)"
    rf"\s+{_WHEN_MARK}[^.!?]{{0,40}}\b{_WHEN_MARK}\s+(?:\w+\s+)?{_SENT_WORD}\b"
)

# ------------------------------------------------------------------ labelled swap
_ORDERED_LABEL = (
    r"(?:ordered|my order|bestellt|bestellung|commande|pedido|pedi|ordinato|ordine|besteld"
    r"|bestelling|zamowion\w*|zamowilem|zamowilam|bestallt|bestallde|siparis\w*|istedigim)"
)
_CAME_LABEL = (
    r"(?:received|got|delivered|arrived|came|sent|geliefert|erhalten|bekommen|gekommen"
    r"|recu|livre|arrive|recibido|llego|recibi|ricevuto|arrivato|consegnato|ontvangen"
    r"|geleverd|gekregen|otrzymane|otrzymalem|dostalem|dostalam|przyszlo|fick|levererat"
    r"|kom|gelen|geldi|gonderilen)"
)
LABELLED_SWAP: Final = re.compile(
    rf"\b{_ORDERED_LABEL}\s*:\s*[^\n.!?]{{1,50}}[.\n;,]\s*(?:\w+\s+)?{_CAME_LABEL}\s*:"
    rf"|\b{_CAME_LABEL}\s*:\s*[^\n.!?]{{1,50}}[.\n;,]\s*(?:\w+\s+)?{_ORDERED_LABEL}\s*:"
    # "you sent me the UK version, my order (clearly) says ..."
    r"|\byou (?:have |'ve )?sent (?:me )?(?:the |a |an )[^.!?]{0,30}\b(?:version|model|variant"
    r"|size|colou?r|edition|plug)\b[^.!?]{0,20}[,;.]\s*(?:but )?(?:my order|i ordered|the order"
    r"|the listing|my confirmation)"
    r"|を注文した(?:の|ん)(?:です|ですが|だけど|ですけど)?(?:が)?[、,]?[^。]{0,25}が(?:届き|届い|送られ)"
)

# ------------------------------------------------------------------ praise for a delivery
_PRAISE = re.compile(
    r"(?:\bgreat (?:service|seller|job)|\bwell done|\bkeep it up|\bsuper ?fast|\bfast(?:est)?"
    r" (?:delivery|shipping)|\bimpressed|\bfive stars|\b5 stars|\blob\b|weiter so|\bspitze\b"
    r"|\bklasse\b|\bsuper schnell|\bblitzschnell|\bbravo\b|\bmerci (?:ben |bien |beaucoup )?gros"
    r"|\bnickel\b|\bau top\b|\bgenial\b|\bgenial\w*|\brapidisim\w*|\bcomplimenti\b"
    r"|\bvelocissim\w*|\btop\b|\bsnel geleverd|\bsuper snel|\bgoed gedaan|\bsuper szybko"
    r"|\bpolecam\b|\bsnabb leverans|\bsuper(?:bra|snabbt)|\btesekkurler\b|\bharika\b"
    r"|\bcok hizli|\bありがとう|迅速な|素早い)"
)
_ARRIVED_PAST = re.compile(
    r"(?:\barrived|\bcame\b|\bgot it|\bdelivered|\bwar(?:'s| es)? da|\bist (?:heute |gestern )?"
    r"(?:da|angekommen|gekommen)|\bangekommen|\bgeliefert|\barrive\b|\barrivee?s?\b|\brecu\b"
    r"|\bllego\b|\bha llegado|\brecibido|\barrivat\w*|\bricevut\w*|\bis (?:aangekomen|binnen"
    r"|bezorgd)|\bgeleverd|\bdotarl\w*|\bprzyszl\w*|\bdoszl\w*|\bkom (?:fram|idag|igar)"
    r"|\bhar kommit|\blevererad\w*|\bgeldi\b|\bulasti\b|届き|届いた|受け取り)"
)


def praise_arrived(text: str) -> bool:
    """Praise or thanks for a delivery that came, in a message that asks nothing."""
    if "?" in text or "？" in text:
        return False
    return _PRAISE.search(text) is not None and _ARRIVED_PAST.search(text) is not None


# ------------------------------------------------------------------ the product asked
# A question about the product itself -- what comes in the box, how long the warranty is,
# whether it can be set or used a certain way -- in a message with no order, delivery or
# money words (checked by the caller's conditions): the product.
_IN_BOX_ASKED = (
    r"(?:\b(?:does it|will it) (?:come|ship) with|\bis (?:there|a|an) \w+ (?:included|in the box)"
    r"|\bincludes?\b[^.?!]{0,30}\?"
    r"|\bist (?:da |bei \w+ \w+ )?(?:ein|eine|der|die|das)\b[^.?!]{0,40}"
    r"\bdabei\b|\bim lieferumfang|\best-ce qu'il y a|\by a-t-il\b|\bfourni\w*\b[^.?!]{0,30}\?"
    r"|\binclu(?:s|se|ded|ido|ida|idos|so|sa)\b[^.?!]{0,30}\?|\b(?:trae|incluye|viene con)\b"
    r"|\bc'e (?:anche )?(?:il|la|un)"
    r"|\bcompres[oa]\b[^.?!]{0,30}\?|\bincluso\b[^.?!]{0,30}\?|\bzit er\b|\bis er (?:een|ook)"
    r"|\bmeegeleverd|\bjest w zestawie|\bw zestawie\b[^.?!]{0,30}\?|\bdolaczon\w*\b[^.?!]{0,30}\?"
    r"|\bingar\b[^.?!]{0,30}\?|\bfoljer (?:\w+ )?med\b|\bkutu\w* \w+ (?:var mi|cikiyor mu)"
    r"|\bgeliyor mu\b|\bdahil mi\b|付属(?:して|品)|同梱(?:されて|品))"
)
_WARRANTY_WORD = r"(?:warranty|guarantee|garantie|garantia|garanzia|gwarancj\w*|garanti\w*|保証)"
_HOW_TO = (
    r"(?:\bkann man|\blasst sich|\bwie (?:kann|stelle|mache|bekomme)|\bcan (?:i|you|one|it)"
    r"|\bis it possible to|\bhow (?:do|can) (?:i|you)|\bpeut-on|\bon peut|\bcomment (?:on|faire"
    r"|regler|changer|mettre)|\bse puede|\bcomo se|\bcomo (?:lo|la) (?:pongo|cambio)|\bsi puo"
    r"|\bcome si|\bposso\b|\bkan (?:je|ik|men)\b|\bhoe (?:kan|stel|zet)|\bczy (?:mozna|da sie)"
    r"|\bjak (?:ustawic|zmienic|wlaczyc)|\bkan man|\bgar det att|\bhur (?:gor|stall)"
    r"|\bnasil (?:ayar|degis|kullan)\w*|\bmumkun mu|どうやって|できますか)"
)
_SETTING = (
    r"\b(?:set|change|adjust|switch|turn|connect|use|wash|charge|pair|reset|mount|install"
    r"|umstell\w*|einstell\w*|ausschalt\w*|verbind\w*|wasch\w*|lad\w*|koppel\w*|regl\w*"
    r"|chang\w*|branch\w*|lav\w*|charg\w*|install\w*|cambi\w*|ajust\w*|conect\w*|carg\w*"
    r"|impost\w*|colleg\w*|instell\w*|aanzet\w*|verbind\w*|wass\w*|oplad\w*|ustaw\w*|zmien\w*"
    r"|podlacz\w*|pra\w*|ladowa\w*|stall\w*|andra|anslut\w*|tvatt\w*|ladda\w*|ayar\w*"
    r"|degistir\w*|baglan\w*|yika\w*|設定|変更|接続|洗え|充電)"
)
_WORKS_ON = (
    r"(?:\b\w+(?:da|de|ta|te)\s+(?:da |de )?(?:calis\w* m[iu]|kullanil\w* m[iu]|olur mu)"
    r"|\b\w+'?(?:e|a|ye|ya)\s+(?:olur|uyar|uyumlu|uygun|takilir|oturur)\w*\s+m[iu]\w*"
    r"|\b(?:entra|cabe|caben|entran)\b[^.?!]{0,40}\b(?:como|en)\b[^.?!]{0,40}\?"
    r"|\bwork(?:s)? on\b[^.?!]{0,30}\?|\bfunktioniert (?:\w+ )?auf\b[^.?!]{0,30}\?"
    r"|\bfonctionne (?:\w+ )?sur\b[^.?!]{0,30}\?|\bfunciona (?:\w+ )?(?:en|sobre)\b[^.?!]{0,30}\?"
    r"|\bfunziona (?:\w+ )?su\b[^.?!]{0,30}\?|\bwerkt (?:\w+ )?op\b[^.?!]{0,30}\?"
    r"|\bdziala (?:\w+ )?na\b[^.?!]{0,30}\?|\bfungerar (?:\w+ )?pa\b[^.?!]{0,30}\?)"
)

_HOW_LONG = (
    r"(?:how long|which|what|wie lange?|welche\w*|combien|quelle|cuant\w*|cual|che\b|quale"
    r"|quant\w*|hoe lang|welke|jak dlug\w*|ile\b|jaka|hur lang|vilken|ne kadar|kac\b"
    r"|manufacturer|hersteller|fabricant|fabricante|produttore|fabrikant|producent\w*"
    r"|tillverkar\w*|uretici|何年|どのくらい|メーカー)"
)
_ORDER_WORD = re.compile(
    r"\b(?:order|bestellung|commande|pedido|ordine|bestelling|zamowieni\w*|bestallning\w*"
    r"|siparis\w*|parcel|package|paket\w*|colis|paquete|pacco|pakket|paczk\w*|przesylk\w*"
    r"|kargo\w*|delivery|lieferung|livraison|entrega|consegna|levering|dostaw\w*|leverans"
    r"|teslimat|recipient|empfanger\w*|destinata\w*|ontvanger|odbiorc\w*|mottagar\w*|alici"
    r"|address\w*|adress\w*|adres\w*|direccion\w*|indirizz\w*)\b|注文|荷物|配送|宛先|住所"
)


def product_fact_asked(text: str) -> bool:
    """A question about what is in the box, the warranty's length, a setting or a use."""
    for sentence in re.findall(r"[^.!?。？]*[?？]", text):
        if _ORDER_WORD.search(sentence):
            continue  # "can I change the colour of my order?" asks about the order
        if re.search(_IN_BOX_ASKED, sentence) or re.search(_WORKS_ON, sentence):
            return True
        if (
            re.search(_WARRANTY_WORD, sentence)
            and re.search(_HOW_LONG, sentence)
            and not re.search(concepts._DEFECT, text)
            and not re.search(r"regist|anmeld|enregistr|rejestr|kayit|登録", sentence)
        ):
            return True
        if re.search(_HOW_TO, sentence) and re.search(_SETTING, sentence):
            return True
    return False


# ------------------------------------------------------------------ size for size
_SIZE = r"(?:\b(?:xx?s|s|m|l|xx?l)\b|\b[1-5]\d(?:[.,]5)?\b)"
SIZE_SWAP: Final = re.compile(
    r"(?:\bswap|\bexchange|\btausch|\bumtausch|\bechang|\bcambi|\bruil|\bomruil|\bwymien"
    r"|\bwymian|\bbyta\b|\bbyte\b|\bdegistir|\bdegisim|交換)[^.!?]{0,60}"
    + _SIZE
    + r"\s+(?:gegen|for|to|pour|contre|por|per|con|voor|tegen|in|na|mot|mot en|ile|に)"
    + r"\s+(?:\w+\s+)?"
    + _SIZE
    + r"|"
    + _SIZE
    + r"\s+(?:gegen|for|pour|contre|por|per|con|voor|tegen|na|mot|ile)\s+(?:\w+\s+)?"
    + _SIZE
    + r"[^.!?]{0,40}(?:\bswap|\bexchange|\btausch|\bumtausch|\bechang|\bcambi|\bruil|\bomruil"
    r"|\bwymien|\bwymian|\bbyta\b|\bbyte\b|\bdegistir|\bdegisim)"
)

# ------------------------------------------------------------------ rather a new one
_RATHER = (
    r"(?:\brather|\bprefer\w*|\blieber|\bplutot|\bpreferi\w*|\bprefier\w*|\bmejor\b|\bmeglio"
    r"|\bliever|\bwol\w*|\bhellre|\btercih)"
)
RATHER_REPLACED: Final = re.compile(
    _RATHER
    + r"[^.!?。]{0,40}"
    + concepts._NEW_ONE
    + r"[^.!?。]{0,40}(?:\bthan|\bals|\bque|\bdi|\bdan|\bniz|\bniz|\bniz|\bnarmare|\bnr)?"
    + r"[^.!?。]{0,20}"
    + concepts._MONEY_BACK
)

# ------------------------------------------------------------------ counted short
_SHOULD_COUNT = re.compile(
    r"(?:" + concepts._LISTED + r"|should (?:be|have|contain)|sollen|sollte\w*|devrait|deberia\w*"
    r"|dovrebbe\w*|moet(?:en)?|powinn\w*|ska (?:vara|finnas)|olmasi gerek\w*)\D{0,40}?(\d{1,3})\b"
)
_HAVE_COUNT = re.compile(
    r"(?:" + concepts._RECEIVED + r"|drin sind|drin waren|there are|il y en a|hay|ci sono"
    r"|zitten er|jest|sa|finns|var)\D{0,20}?(\d{1,3})\b"
)


def listed_count_short(text: str) -> bool:
    """The description or slip states a count and fewer are there ("32 parts, 29 inside")."""
    expected = _SHOULD_COUNT.search(text)
    if expected is None:
        return False
    have = _HAVE_COUNT.search(text, expected.end())
    return have is not None and 0 < int(have.group(1)) < int(expected.group(1))


# ------------------------------------------------------------------ tracking number asked
TRACKING_NUMBER_ASKED: Final = re.compile(
    r"(?:tracking (?:number|no|nr|link|code|info\w*)|track(?:ing)? ?(?:&|and|n) ?trace"
    r"|sendungs(?:nummer|verfolgung\w*)|trackingnummer|paketnummer|numero de (?:suivi|colis)"
    r"|numero de (?:guia|seguimiento|rastreo|envio)|\bguia\b|numero di (?:tracciamento|spedizione)"
    r"|codice di tracciamento|volgnummer|trackingcode|barcode|numer (?:przesylki|sledzenia|paczki"
    r"|listu)|sparningsnummer|kollinummer|takip (?:numara\w*|kodu|no)|gonderi (?:numara\w*|kodu)"
    r"|追跡番号|お問い合わせ番号|伝票番号)"
    r"[^.!。]{0,60}(?:\?|？|please|bitte|svp|por ?favor|porfa|per favore|graag|prosze|tack"
    r"|lutfen|ください|お願い)"
    r"|(?:send|give|pass|share|tell|schick\w*|geben|senden|mitteilen|envoy\w*|donner|communiquer"
    r"|pasa\w*|manda\w*|envia\w*|dar\w*|mandare|dare|inviare|sturen|geven|wyslac|podac|podeslac"
    r"|skicka|ge mig|gonder\w*|ver\w*|paylas\w*|教えて)[^.!?。]{0,30}(?:tracking|sendungsnummer"
    r"|suivi|guia|seguimiento|rastreo|tracciamento|volgnummer|track|numer przesylki|sparnings"
    r"|takip|追跡番号)"
)

# ------------------------------------------------------------------ change to a pickup place
_PICKUP_OR_BRANCH = (
    concepts._PICKUP_PLACE[:-1]
    + r"|sucursal|agencia|filial\w*|oficina de \w+|punto \w+|sube\w*|agentschap"
    r"|受取|店頭|ファミリーマート|ローソン|セブン)"
)
CHANGE_TO_PICKUP: Final = re.compile(
    r"(?:change|switch|cambi\w*|changer|modifier|umstell\w*|ander\w*|umleit\w*|wijzig\w*"
    r"|veranderen|zmieni\w*|andra|byta|degistir\w*|変更)[^.!?。]{0,40}(?:deliver\w*|entreg\w*"
    r"|livr\w*|liefer\w*|zustell\w*|consegn\w*|bezorg\w*|lever\w*|dostarcz\w*|teslim\w*|送|届け"
    r"|to|a|al|en|in|nach|zu|aan|naar|do|na|till|pa|に)?[^.!?。]{0,40}"
    + _PICKUP_OR_BRANCH
    + r"|(?:受取|受け取り)に(?:変更|切り替え)"
)

# ------------------------------------------------------------------ counterfeit
COUNTERFEIT: Final = re.compile(
    r"(?:counterfeit|\bfake\b|not (?:an? )?(?:original|genuine|authentic)|knock-?off"
    r"|gefalscht|falschung|plagiat|nicht (?:das )?original|kein original|contrefa\w*"
    r"|pas (?:un |l')?(?:original|authentique)|falsificad\w*|\bfalso\b|no es original"
    r"|imitacion|contraffatt\w*|non (?:e )?originale|\bnamaak|\bnep\b|niet (?:origineel|echt)"
    r"|podrob\w*|nieoryginal\w*|\bfalsyfikat|forfalskn\w*|piratkopi\w*|inte (?:akta|original)"
    r"|\bsahte\b|orijinal degil|cakma|偽物|偽造品|正規品ではない)"
)

# ------------------------------------------------------------------ the invoice's fields
_INVOICE_WORD = (
    r"(?:invoice|receipt|rechnung|quittung|beleg|facture|factura|fattura|ricevuta|factuur"
    r"|faktur\w*|paragon|kvitto|fatura\w*|請求書|領収書|cfdi)"
)
INVOICE_AMEND: Final = re.compile(
    _INVOICE_WORD
    + r"\w*[^.!?。]{0,60}(?:missing|wrong|incorrect|fehlt|falsch|manque|erron\w*|falta"
    r"|equivocad\w*|incorrect\w*|manca|sbagliat\w*|errat\w*|ontbreekt|fout|onjuist|brak\w*"
    r"|bledn\w*|saknas|fel\b|eksik|yanlis|hatali|間違|抜けて|ない|cancel\w*|anul\w*|storn\w*"
    r"|annul\w*|iptal\w*)[^.!?。]{0,60}(?:re-?issue|again|new|correct\w*|neu\w*|nouvelle|nueva"
    r"|volver a|otra|rifar\w*|riemett\w*|nuova|opnieuw|nieuwe|ponownie|now\w*|igen|ny\b|yeniden"
    r"|tekrar|duzelt\w*|再発行|訂正|修正|timbrar|corrig\w*|korrigier\w*|poprawi\w*|rett\w*)"
)

# ------------------------------------------------------------------ return receipt
RETURN_HANDED_IN: Final = re.compile(
    r"(?:dropped (?:it |the \w+ )?off|handed (?:it )?in|left (?:it|the (?:parcel|package|box))"
    r" at|abgegeben|zur post gebracht|depose|rapporte|entregu\w*|deje (?:el paquete|la caja)"
    r"|llev\w* (?:el paquete )?a|consegnat\w* (?:il pacco )?(?:al|alla|in)|portato (?:il pacco )?"
    r"(?:al|alla|in)|afgegeven|ingeleverd|nadal\w*|oddal\w*|lamnade (?:in )?(?:paketet|det)"
    r"|lamnat (?:in )?(?:paketet|det)|kargoya verdim|teslim ettim|birakt\w*)"
    r"[^?]{0,80}(?:receipt|kvitto\w*|quittung|beleg|einlieferungsbeleg|recu|preuve|ticket"
    r"|comprobante|justificante|ricevuta|bewijs|bon\b|potwierdzeni\w*|dowod|fis\w*|dekont)"
)

# ------------------------------------------------------------------ who has it
WHO_HAS_IT: Final = re.compile(
    r"(?:\bwho (?:has|got|took) (?:my|the|our) (?:parcel|package|order|item)"
    r"|\bwer hat (?:mein|das|unser)"
    r"|\bqui a (?:mon|le|notre) (?:colis|paquet)|\bquien tiene (?:mi|el) (?:paquete|pedido)"
    r"|\bchi ha (?:il mio|il) (?:pacco|ordine)|\bwie heeft (?:mijn|het|ons) pakket"
    r"|\bkto ma (?:moja|moje|moj) (?:paczk|przesylk|zamowien)\w*|\bvem har (?:mitt|paketet)"
    r"|\bpaketim kimde|\bkargom kimde|誰が受け取)"
)


# ------------------------------------------------------------------ part of the order cancelled
_ONLY = (
    r"(?:\bonly|\bjust|\bnur|\bseulement|\bjuste|\bsolo|\bsolamente|\bsoltanto|\balleen"
    r"|\benkel|\btylko|\bbara|\bendast|\bsadece|\byalnizca|だけ)"
)
PARTIAL_CANCEL: Final = re.compile(
    # "I don't want to cancel the whole order, only the charger"
    _CANCEL
    + r"\w*\s+(?:\w+\s+){0,2}"
    + _WHOLE
    + r"[^.!?。]{0,40}"
    + _ONLY
    # "cancel only the charger", "nur das Ladegerät stornieren"
    + r"|"
    + _CANCEL
    + r"\w*\s+"
    + _ONLY
    + r"\s+(?:the|den|die|das|le|la|les|el|los|il|lo|de|het"
    r"|one|one of|\d)\b"
    + r"|"
    + _ONLY
    + r"\s+(?:\w+\s+){1,3}(?:stornieren|annuler|cancelar|annullare|annuleren"
    r"|anulowac|avbestalla|iptal)"
)


# ------------------------------------------------------------------ only a part came
_ONLY_CAME = (
    r"(?:\bonly|\bjust|\bnur|\bseulement|\bjuste|\bsolo|\bsolamente|\bsoltanto|\balleen"
    r"|\benkel|\btylko|\bbara|\bendast|\bsadece|\byalnizca)\b"
    # "just to let you know", "volevo solo dirvi": a preface, not a part
    r"(?!\s+(?:to|para|per|pour|um|om|zeby|aby|for att|wanted|want|dirvi|dire|decir\w*|sagen"
    r"|zeggen|laten|let|wissen|saber|sapere|savoir|weten|veta|bilgi))[^.!?。]{0,40}"
    r"(?:\bcame|\barrived|\bwas in|\bwere in|\bin the (?:box|parcel|package)|\bwar (?:im|in|dabei)"
    r"|\bkam\b|\bangekommen|\bgeliefert|\bdrin|\best arrive|\bsont arrive|\brecu|\bdans le"
    r"|\bllego|\bvenia|\bvino|\ben la caja|\be arrivat|\bsono arrivat|\bnel pacco|\bnella scatola"
    r"|\bzat\b|\bzaten\b|\bgeleverd|\bkwam|\bprzyszl\w*|\bbyl\w* w|\bdoszl\w*|\bkom\b"
    r"|\bfanns|\blag i|\bgeldi|\bcikti|\bvardi)"
    r"|(?:だけ)(?:が)?(?:届|入って)"
)
_ONLY_CAME_RE = re.compile(_ONLY_CAME)
_MISSING_RE = re.compile(
    r"(?:\bmissing|\bnot in (?:the|my) (?:box|parcel|package)|\bfehl\w*|nicht (?:dabei|drin)"
    r"|\bmanqu\w*|pas dans|\bfalta\w*|no (?:venia|vino|estaba)|\bmanca\w*|non c'era"
    r"|\bontbre\w*|niet bij|\bbrak\w*|nie bylo|\bsaknas|\bsaknade|fanns inte|\beksik\w*"
    r"|\byok\b|入って(?:い)?(?:ない|ません|なかった)|足りな)"
)
_PARCEL_COUNT = re.compile(
    r"(?:one|1|ein\w*|un|une|uno|una|een|jedn\w*|ett|en|bir|first|erste|premier|primer|primo"
    r"|eerste|pierwsz\w*|forsta|ilk)\s+(?:of\s+\w+\s+)?(?:\w+\s+)?(?:parcels?|packages?|box(?:es)?"
    r"|pakete?|colis|paquetes?|pacchi|pacco|pakket\w*|paczk\w*|paket\w*|kolli|koli\w*)"
)


def only_part_came(text: str) -> bool:
    """'Only the drill came, the batteries are missing': a part of the order missing (D),
    told as a statement; 'only one of two parcels came' is a split shipment, not this."""
    if _PARCEL_COUNT.search(text):
        return False
    for sentence in re.split(r"(?<=[.!?。！？\n])", text):
        if "?" in sentence or "？" in sentence:
            continue
        if _ONLY_CAME_RE.search(sentence):
            return _MISSING_RE.search(text) is not None
    return False


# ------------------------------------------------------------------ payment terms
PAYMENT_TERMS: Final = re.compile(
    r"(?:invoic\w*|rechnung|abrechnung|factur\w*|fattur\w*|factuur|faktur\w*|fatura\w*|請求)"
    r"[^.!?。]{0,40}(?:monthly|per month|net ?\d\d|payment terms|monatlich\w*|zahlungsziel"
    r"|mensuel\w*|mensual\w*|mensil\w*|maandelijks|miesieczn\w*|manads\w*|aylik|月末|締め"
    # a term, not "ten days ago": "within 30 days", "a 30 días", "binnen 30 dagen"
    r"|(?:within|in|binnen|innerhalb(?: von)?|a|sous|entro|w ciagu|inom|vadeli|zahlbar in)\s+"
    r"\d\d\s*(?:days|tage\w*|jours|dias|giorni|dagen|dni|dagar|gun))"
    r"|(?:monthly|monatlich\w*|mensuel\w*|mensual\w*|mensil\w*|maandelijks\w*|miesieczn\w*"
    r"|manatlig\w*|aylik)\s+(?:\w+\s+)?(?:invoic\w*|rechnung|abrechnung|factur\w*|fattur\w*"
    r"|factuur|faktur\w*|fatura\w*)"
    r"|(?:business|company|corporate|b2b|firmen\w*|geschafts\w*|entreprise|empresa|aziendal\w*"
    r"|zakelijk\w*|firmow\w*|foretag\w*|kurumsal)[^.!?。]{0,40}(?:pay\w* (?:on|by) invoice"
    r"|auf rechnung|sur facture|contra factura|con factura|su fattura|op factuur|na fakture"
    r"|mot faktura|faturali)"
)

# ------------------------------------------------------------------ sorry for the trouble
CLOSED_SORRY: Final = re.compile(
    r"(?:sorry (?:for|about) the (?:trouble|bother|fuss|hassle|confusion)"
    r"|entschuldig\w* (?:die|fur die) (?:umstande|muhe|storung)|sorry fur die umstande"
    r"|desole\w* pour (?:le derangement|la gene|ce message)|perdon(?:en)? (?:por )?las molestias"
    r"|disculp\w* las molestias|scusate? (?:per )?il disturbo"
    r"|sorry voor de (?:moeite|overlast|drukte)"
    r"|excuses voor de (?:moeite|overlast)|przepraszam za (?:klopot|zamieszanie|problem)"
    r"|forlat (?:for )?besvaret|ursakta besvaret|rahatsizlik (?:icin )?(?:ozur|kusura)"
    r"|お騒がせ(?:して|いたし)|ご迷惑をおかけ)"
)
_HOUSEHOLD_HAD_IT = re.compile(
    r"(?:(?:wife|husband|son|daughter|partner|neighbou?r|mum|mom|dad|flatmate|family|frau|mann"
    r"|sohn|tochter|nachbar\w*|mutter|vater|femme|mari|fils|fille|voisin\w*|mujer|marido|hij[oa]"
    r"|vecin[oa]|madre|padre|moglie|marito|figli[oa]|vicin[oa]|vrouw|man|zoon|dochter|buren|buurman"
    r"|zona|maz|syn|corka|sasiad\w*|fru|sambo|granne\w*|es\w*|komsu\w*|家族|妻|夫|母|父|隣)"
    r"[^.!?。]{0,30}(?:had (?:taken|picked|got)|took it|angenommen|entgegengenommen|l'avait"
    r"|recupere|lo (?:habia )?recogi\w*|lo tenia|l'aveva|ritirat\w*|aangenomen|had het"
    r"|odebral\w*|hade (?:tagit|hamtat)|tagit emot|almis|teslim almis"
    r"|受け取って(?!い?ない|いません)))"
)


def closed_sorry(text: str) -> bool:
    """'My wife had taken it in, sorry for the trouble': nothing left to answer."""
    if "?" in text or "？" in text:
        return False
    return bool(CLOSED_SORRY.search(text) or _HOUSEHOLD_HAD_IT.search(text))


# ------------------------------------------------------------------ the attachment broken
ATTACHMENT_BROKEN: Final = re.compile(
    r"(?:datei|file|anhang|pdf|fichier|piece jointe|archivo|adjunto|allegato|bestand|bijlage"
    r"|plik|zalacznik|\bfil\b|bilaga|dosya|\bek\b|添付|ファイル)[^.!?。]{0,40}"
    r"(?:0 ?kb|\bleer\b|empty|(?:lasst sich )?nicht (?:zu )?offnen|won'?t open|can'?t (?:be )?open"
    r"|corrupt\w*|\bvide\b|ne s'ouvre pas|vacio|no se (?:puede )?abr\w*|vuoto|non si apre|leeg"
    r"|opent niet|niet (?:te )?openen|pusty|nie (?:da sie |moge )?otworzyc|nie otwiera|\btom\b"
    r"|gar inte att oppna|\bbos\b|acilmiyor|開けない|開きません)"
)

# ------------------------------------------------------------------ ship to a country asked
SHIP_TO_ASKED: Final = re.compile(
    r"(?:\b(?:do|can|will|could) you (?:also )?(?:deliver|ship|send) (?:to|in)\b"
    r"(?!\s*(?:my|our|the|this|a|an|new|me|us|work|home)\b)"
    r"|\bliefern sie (?:auch )?(?:nach|in)\b|\bversenden sie (?:auch )?(?:nach|in)\b"
    r"|\blivrez-vous (?:en|au|aux|a)\b|\bexpediez-vous (?:en|au|aux|a)\b"
    r"|\b(?:envian|enviais|envias|hacen envios) a\b|\bspedite (?:anche )?(?:in|a)\b"
    r"|\b(?:leveren|verzenden) jullie (?:ook )?(?:naar|in)\b|\bwysylacie (?:tez )?do\b"
    r"|\bskickar ni (?:aven )?till\b|\bgonderim yapiyor musunuz|\bgonderiyor musunuz"
    r"|(?:へ|に)(?:発送|配送)(?:でき|可能|して)\w*(?:ますか|でしょうか))"
)

# ------------------------------------------------------------------ where to collect it
WHERE_TO_COLLECT: Final = re.compile(
    r"(?:\bwhere (?:can|do|should|must) i (?:pick|collect|get)\b|\bwo (?:kann|soll|muss) ich"
    r" (?:es |das paket )?abholen|\bou (?:dois-je|puis-je|est-ce que je peux) (?:le )?(?:recuperer"
    r"|retirer)|\bdonde (?:lo |la )?(?:recojo|recogo|tengo que recoger|puedo recoger)"
    r"|\bdove (?:lo |la )?(?:ritiro|devo ritirar\w*|posso ritirar\w*)|\bwaar (?:kan|moet) ik"
    r" (?:het |hem )?(?:ophalen|afhalen)|\bgdzie (?:mam |moge |moze )?(?:ja )?odebrac"
    r"|\bvar (?:ska|kan) jag hamta|\bnereden (?:alacagim|alabilirim|teslim alacagim)"
    r"|どこで受け取)"
)

# ------------------------------------------------------------------ Portuguese, the chase
PT_WHERE: Final = re.compile(
    r"(?:ainda (?:nao|n) (?:chegou|recebi|foi enviad\w*)|\bnao (?:recebi|chegou)"
    r"|quando (?:chega|vai chegar|sera entregue)|onde esta (?:a minha |o meu )?(?:encomenda|pedido"
    r"|pacote))"
)

# ------------------------------------------------------------------ damage in a quoted status
_QUOTED = re.compile(r"[\"“„«»](.{4,200}?)[\"“”«»]", re.S)
_NEVER_GOT = re.compile(
    r"(?:never (?:got|received)|haven'?t (?:got|received) (?:anything|it)|nothing (?:came|arrived)"
    r"|nie etwas bekommen|nichts (?:bekommen|angekommen)|jamais recu|rien recu|nunca (?:me )?llego"
    r"|no (?:he )?recibido nada|mai arrivat\w*|non ho ricevuto niente|nooit (?:iets )?ontvangen"
    r"|niets ontvangen|nic nie dostal\w*|nigdy nie dotarl\w*|aldrig fatt|inget kom|hic gelmedi"
    r"|hicbir sey gelmedi|何も届いて)"
)


def damage_only_quoted(text: str) -> bool:
    """The carrier's quoted status says damaged, and the buyer never got anything (ruling 6.4)."""
    if not _NEVER_GOT.search(text):
        return False
    quoted = " ".join(m.group(1) for m in _QUOTED.finditer(text))
    if not quoted or not re.search(concepts._DEFECT + r"|beschadig|beschadigt|beschadigd", quoted):
        return False
    outside = _QUOTED.sub(" ", text)
    return re.search(concepts._DEFECT, outside) is None


# ------------------------------------------------------------------ cancel if not shipped
# "Se non è partito annullate pure", "if it hasn't gone yet, cancel": the negation belongs to
# the condition, the cancel is the request (ruling 6.7).
_IF_NOT_SENT = (
    r"(?:\b(?:if|wenn|falls|si|se|als|indien|jesli|jezeli|om)\b[^.?!,]{0,20}"
    r"\b(?:not|n't|hasn'?t|isn'?t|nicht|noch nicht|pas|no|non|niet|nog niet|nie|inte|ej)\b"
    r"[^.?!,]{0,20}(?:shipped|sent|dispatched|left|gone|verschickt|versandt|versendet|raus"
    r"|unterwegs|parti\w*|expedie\w*|envoye\w*|enviad\w*|salido|mandad\w*|spedit\w*|partit\w*"
    r"|inviat\w*|verzonden|verstuurd|weg|wyslan\w*|nadan\w*|skickat|skickad\w*|ivag)"
    r"|\b(?:kargoya verilmediyse|gonderilmediyse|yola cikmadiysa)\b"
    r"|発送(?:されて|して)?(?:いなければ|いないなら|前なら|前であれば))"
)
CANCEL_IF_NOT_SENT: Final = re.compile(
    _IF_NOT_SENT + r"[^.?!]{0,40}" + _CANCEL + r"|" + _CANCEL + r"[^.?!]{0,40}" + _IF_NOT_SENT
)
