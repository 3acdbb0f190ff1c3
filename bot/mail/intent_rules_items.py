"""What happened to the item, and who erred, in every language, on text folded by ``intent._fold``.

Buyers rarely name the class of their problem; they tell what happened.  "You sent me M, I
ordered L" is a wrong item (the seller erred) while "it's too small, can I swap it for L?"
is an exchange of a sound item (a return).  "It makes a clicking noise and stops" or "the zip
came off on day one" is a defect, with no defect word.  The return label that will not
print, the returns page that says "not eligible" or the drop-off QR code that fails is the
return going on, not a tracking or address problem.  "Never mind, it was in the parcel box"
closes the matter.  A price that went up or down is a complaint about the price, not about
the delivery, whatever "why?" or "in two days" it says.
"""

from __future__ import annotations

import re
from typing import Final

from bot.domain import Intent

__all__ = [
    "FIRST_USE",
    "FIT_SWAP",
    "FOUND_IT",
    "OWN_MISTAKE",
    "PRICE_CHANGE",
    "RETURN_LABEL",
    "RULES",
    "STILL_MISSING",
    "WARRANTY_ASKED",
    "came_instead",
    "product_asked",
]

R = Intent.RETURN
D = Intent.DAMAGED_OR_WRONG

# A size as buyers write it: the word, a letter size, a shoe or dress number.
_SIZE = (
    r"(?:\bsize\b|\bgrosse\b|\bnummer\b|\btaille\b|\btalla\b|\btaglia\b|\bmisura\b|\bmaat\b"
    r"|\brozmiar\w*|\bstorlek\w*|\bbeden\w*|\bnumara\w*|サイズ"
    r"|(?<!')\b(?:xx?s|s|m|l|xx?l|small|medium|large)\b(?!')|\b[1-5]\d\b)"
)
# The seller did the sending: "you sent me", "Sie haben mir ... geschickt", "przysłaliście".
_SELLER_SENT = (
    r"(?:\byou(?:'ve| have)? sent\b|\bsent me\b|\bthey sent\b"
    r"|\b(?:haben|habt) (?:sie |ihr )?(?:mir|uns)\b[^.?!]{0,40}\b(?:geschickt|geliefert|gesendet)"
    r"|\bm'avez (?:envoye|expedie|livre)|\bvous (?:m'|nous )?avez (?:envoye|expedie|livre)"
    r"|\bme (?:enviasteis|enviaron|mandaron|mandasteis|han (?:enviado|mandado)"
    r"|habeis (?:enviado|mandado))|\bmi (?:avete|hanno) (?:mandato|inviato|spedito)"
    r"|\b(?:jullie hebben|u heeft|ze hebben)\b[^.?!]{0,40}\b(?:gestuurd|gestuurt|geleverd"
    r"|opgestuurd)\b"
    r"|\bprzyslal\w*|\bwyslali\w*|\bni (?:har skickat|skickade)\b|\bgonder(?:mis|di)siniz"
    r"|が(?:届き|入って|送られて))"
)
# Came or was sent: "M instead of L arrived", not "I ordered 42 instead of 44".
_CAME = (
    r"\b(?:geschickt|geliefert|bekommen|erhalten|gekommen|sent|received|got|came|arrived"
    r"|envoye|recu|arrive|enviado|recibido|llegado|mandato|ricevut\w*|arrivat\w*|gestuurd"
    r"|ontvangen|gekregen|przyszl\w*|dostal\w*|skickat|fick|kom|geldi|gonder\w*)\b"
)
# A sentence that asks ("does it make much noise?") describes no defect.
_NOT_ASKED = r"(?![^.?!。]*[?？])"

# The buyer's own size does not fit: too small, too big, runs small.
_NO_FIT = (
    r"(?:too (?:small|big|large|tight|short|long|loose)|(?:doesn'?t|does not|didn'?t) fit"
    r"|runs? (?:small|large|big)|\bzu (?:klein|gross|eng|weit|kurz|lang)\b"
    r"|(?:fallt|fallen) (?:\w+ ){0,3}(?:klein|gross)|passt (?:mir )?nicht"
    r"|trop (?:petit|grand|serre|large|court|long)e?s?|taille (?:petit|grand)"
    r"|(?:me )?(?:queda|quedan|viene|vienen) (?:\w+ )?(?:pequen|grande|chic|estrech|corto|larg)"
    r"|(?:mi )?(?:sta|stanno|va|vanno) (?:\w+ )?(?:strett|piccol|grand|larg|cort|lung)"
    r"|\bte (?:klein|groot|krap|wijd|kort|lang)\b|valt (?:\w+ )?(?:klein|groot)"
    r"|\bza (?:maly|mala|male|duzy|duza|duze|ciasn\w*|krotk\w*|dlug\w*)\b"
    r"|\bfor (?:liten|litet|sma|stor|stort|stora|trang|kort|lang)\b"
    r"|\b(?:kucuk|buyuk|dar|bol) geldi|小さ(?:かった|すぎ)|大き(?:かった|すぎ)|きつ(?:い|かった))"
)
# Swapping for another size or colour, in each language.
_SWAP = (
    r"(?:\bswap|\bexchange|\btausch|\bumtausch|\bechang|\bcambi|\bruil|\bomruil|\bwymien"
    r"|\bwymian|\bbyta\b|\bbyte\b|\bdegistir|\bdegisim|交換)"
)

# A size as a value only ("38", "M"): "ordered 38 but it's too small" names no other size.
_SIZE_VALUE = r"(?:(?<!')\b(?:xx?s|s|m|l|xx?l)\b(?!')|\b[1-5]\d\b(?! ?(?:days?|tage?n?|jours"
_SIZE_VALUE += r"|dias|giorni|dagen|dni|dagar|gun|euro|eur|zl|kr|tl|[.:/]\d)))"
_ORDERED = (
    r"(?:\bordered\b|\bbestellt\b|\bcommande\b|\bpedi\b|\bordinato\b|\bbesteld\b"
    r"|\bzamowil\w*|\bzamawial\w*|\bbestallde\b|siparis (?:ettim|etmistim|verdim))"
)
_BUT = r"(?:\bbut\b|\baber\b|\bmais\b|\bpero\b|\bma\b|\bmaar\b|, a\b|\bmen\b|\bama\b)"
# "Something that has nothing to do with it": another item than the one ordered.
_NOTHING_TO_DO = (
    r"(?:has nothing to do|nothing like (?:what|the)|nichts (?:\w+ )?(?:damit |mit \w+ )?zu tun"
    r"|n'a rien a voir|(?:no )?tiene nada que ver|non c'entra (?:niente|nulla)"
    r"|niets (?:\w+ )?mee te maken|nie ma nic wspolnego|inte (?:har )?(?:\w+ ){0,2}att gora"
    r"|alakasi (?:olmayan|yok))"
)
_THING = (
    r"(?:\b(?:item|article|product|something|artikel|produkt|etwas|produit|articulo|producto"
    r"|algo|articolo|prodotto|qualcosa|iets|cos|przedmiot|nagot|urun)\b)"
)

# "This came instead of that": received, in the first person or the thing arriving.
_GOT = (
    r"(?:\b(?:received|got|came|arrived|was sent|bekommen|erhalten|geliefert|geschickt|recu"
    r"|recus|recue|recibi|recibido|llego|ricevut\w*|arrivat\w*|kreeg|ontvangen|gekregen"
    r"|dostal\w*|przyszl\w*|przyszedl|fick|kom|geldi|gelmis|gonderilmis|gondermissiniz)\b"
    r"|が(?:届き|届い|入って|来))"
)
_INSTEAD_OF = (
    r"(?:\binstead of|\b(?:an)?statt\b|\bau lieu d|\ben (?:vez|lugar) de|\binvece d"
    r"|\bin plaats van|\bzamiast\b|\bi ?stallet for|\byerine\b)"
)
_COLOUR = (
    r"(?:black|white|gr[ae]y|red|blue|green|beige|brown|pink|navy|schwarz|weiss|grau|rot|blau"
    r"|grun|braun|anthrazit\w*|noir|blanc|gris|rouge|bleu|vert|marron|negro|blanco|rojo|azul"
    r"|verde|nero|bianc[oa]|ross[oa]|blu|grigio|zwart|wit|grijs|rood|blauw|groen|bruin"
    r"|czarn\w*|bial\w*|szar\w*|czerwon\w*|niebiesk\w*|zielon\w*|brazow\w*|svart|vit|gra|rod"
    r"|bla|gron|brun|siyah|beyaz|gri|kirmizi|mavi|yesil|kahverengi)"
)
_VALUE = rf"(?:{_SIZE_VALUE}|\b{_COLOUR}\b|\b(?:[a-z]+\d+\w*|\d{{4}})\b)"
_ORDERED_ANY = (
    r"(?:\bordered\b|\bbestellt\b|\bcommande\b|\bpedi\b|\bordinat[oaie]\b|\bbesteld\b"
    r"|\bzamowil\w*|\bzamawial\w*|\bbestallde\b|\bistedim\b|siparis (?:ettim|etmistim|verdim))"
)
_INSTEAD_CAME = (
    # "I got the grey one instead of the navy", "statt der blauen ... bekommen"
    rf"{_GOT}[^.?!。]{{0,50}}{_INSTEAD_OF}{_NOT_ASKED}"
    rf"|{_INSTEAD_OF}[^.?!]{{0,60}}{_GOT}{_NOT_ASKED}"
    # "ordered black, received grey", "Fick storlek 38, beställde 40"
    rf"|{_ORDERED_ANY}[^.?!]{{0,25}}{_VALUE}[^.?!]{{0,30}}{_GOT}[^.?!]{{0,25}}{_VALUE}"
    rf"|{_VALUE}[^.?!]{{0,15}}{_ORDERED_ANY}[^.?!]{{0,30}}{_GOT}[^.?!]{{0,25}}{_VALUE}"
    rf"|{_GOT}[^.?!]{{0,25}}{_VALUE}[^.?!]{{0,30}}{_ORDERED_ANY}[^.?!]{{0,25}}{_VALUE}"
    rf"|{_VALUE}[^.?!]{{0,25}}{_ORDERED_ANY}[^.?!]{{0,10}}{_VALUE}[^.?!]{{0,15}}{_GOT}"
    # "zamawiałam 40 a w pudełku jest 38"
    rf"|\bzam(?:o|a)wi\w*[^.?!]{{0,30}}\ba\b[^.?!]{{0,40}}\bjest {_VALUE}"
    r"|を注文(?:しました|した)(?:が|けど|のに)[^。]{0,20}(?:が|の)(?:届|入って|来)"
)

# The product asked about without a size or material word.
_ASKED = r"(?=[^.!。]*[?？])"
# Is there a warranty, how long, which one.
WARRANTY_ASKED: Final = (
    r"(?:\b(?:is there|does (?:it|this|the \w+) (?:have|come with)|comes? with|any)"
    r" (?:a |an |the )?(?:\w+ )?warrant\w*|\bgibt es (?:darauf |dafur )?(?:eine )?(?:hersteller)?"
    r"garantie\b|\bhat (?:es|das|er|sie) (?:\w+ )?garantie|\by a-t-il (?:une )?garantie"
    r"|\bduree de (?:la )?garantie"
    r"|\b(?:que|cuanta|cual es la) garantia|\btiene garantia|\bgaranzia e di \d"
    r"|\bc'e (?:la )?garanzia|\bha (?:la )?garanzia|\bis er (?:\w+ )?garantie"
    r"|\bheeft (?:het|hij|ze) (?:\w+ )?garantie"
    r"|\b(?:czy jest|jaka jest|na jak dlugo jest) (?:\w+ )?gwarancj\w*"
    r"|\bfinns (?:det )?(?:\w+ )?garanti|\bhar (?:den|det) (?:\w+ )?garanti|\bgaranti\w* var mi"
    r"|\bkac yil garanti|保証(?:は|が)?(?:付いて|ついて|あります|何年)|保証期間"
    # how long it lasts
    r"|\bwarranty period|\bhow long is the (?:\w+ )?warranty|\bgarantie(?:zeit|dauer)\b"
    r"|\bwie lange (?:\w+ )?garantie|\bduree de garantie|\b(?:tiempo|anos|meses) de garantia"
    r"|\b(?:anni|mesi) di garanzia|\bperiodo di garanzia|\bdurata della garanzia"
    r"|\bhoe lang (?:\w+ )?garantie|\bgarantie(?:periode|termijn)|\bokres gwarancj"
    r"|\bile (?:lat|miesiecy) gwarancj|\bhur lang garanti|\bgarantitid|\bgaranti suresi)"
)
# How to use, clean, descale, mount, connect it.
_HOW_TO = (
    r"(?:\bhow (?:do|can|should|would) (?:i|you|we|one) (?:\w+ ){0,2}(?:use|clean|descale|mount"
    r"|attach|install|assemble|set (?:\w+ )?up|reset|connect|pair|fold|adjust|wash|operate)\b"
    r"|\bwie (?:\w+ ){0,2}(?:benutze|verwende|reinige|entkalke|montiere|befestige|installiere"
    r"|verbinde|koppele|bediene|wasche|klappe)\b|\bwie (?:kann|muss|soll) (?:ich|man) (?:\w+ ){0,3}"
    r"(?:benutzen|verwenden|reinigen|entkalken|montieren|befestigen|installieren|verbinden"
    r"|einstellen|bedienen|waschen)\b"
    r"|\bcomment (?:\w+ ){0,2}(?:utilis|nettoy|detartr|fix|mont|install|regl|connect|branch"
    r"|assembl|reinitialis|lav|pli)\w*|\bcomo (?:\w+ ){0,2}(?:usa|utiliza|limpi|descalcific"
    r"|mont|instal|fij|conect|ajust|configur|lav|plieg|resete)\w*"
    r"|\bcome (?:\w+ ){0,2}(?:usa|utilizz|pulisc|pulir|decalcific|mont|install|fiss|colleg|regol"
    r"|configur|lav|pieg|resett)\w*|\bhoe (?:\w+ ){0,2}(?:gebruik|maak (?:\w+ ){0,3}schoon|ontkalk"
    r"|monteer|bevestig|installeer|sluit (?:\w+ )?aan|koppel|stel (?:\w+ )?in|reset|vouw)\w*"
    r"|\bjak (?:\w+ ){0,2}(?:uzywac|uzyc|wyczyscic|czyscic|odkamienic|zamontowac|montowac"
    r"|przymocowac|zainstalowac|podlaczyc|sparowac|ustawic|zresetowac|zlozyc)\b"
    r"|\bhur (?:\w+ ){0,2}(?:anvander|rengor|avkalkar|monterar|fastar|installerar|ansluter"
    r"|parkopplar|staller in|aterstaller|viker)\b"
    r"|\bnasil (?:\w+ ){0,2}(?:kullan|temizle|kurul|takil|monte|baglan|ayarla|sifirla)\w*"
    r"|\b(?:kullanim|temizleme|temizligi|kurulum|montaj)\w* nasil"
    r"|(?:使い方|使用方法|お手入れ|掃除|取り付け|設置|組み立て|接続|リセット)(?:の方法)?(?:は|を)?"
    r"[^。]{0,10}(?:どう|教えて)|どうやって(?:使|掃除|取り付|組み立|接続))"
)
# Bought separately, free of a substance, the original or a copy, works with my device,
# what the display's code means.
_PRODUCT_FACT = (
    r"(?:\b(?:buy|bought|purchased?) (?:\w+ )?separately|\bseparat (?:\w+ )?(?:kaufen|gekauft)"
    r"|\bacheter (?:\w+ )?a part|\bcomprar(?:se|los|las)? (?:\w+ )?(?:por )?separado"
    r"|\bacquistar\w* (?:\w+ )?a parte|\bapart (?:\w+ )?(?:kopen|gekocht)|\bosobno (?:\w+ )?kupi\w*"
    r"|\bkop\w* (?:\w+ )?separat|\bayri(?:ca)? (?:\w+ )?(?:satin )?al\w*|別売"
    r"|\b(?:bpa|latex|gluten|lactose|laktos|nickel|pfas|ftalat\w*|phthalat\w*)[- ]?(?:free|frei"
    r"|libre|fri|vrij|wolny|wolne|icermez|siz)\b"
    r"|\b(?:original\w*|oryginaln\w*|origineel|orijinal)\b[^.?!]{0,30}\b(?:or|oder|ou|o|of|czy"
    r"|eller|mi|yoksa)\b[^.?!]{0,20}\b(?:replacement|copy|compatible|generic|nachbau|kompatibel"
    r"|ersatz|contrefacon|generico|compatibile|namaak|zamiennik\w*|kopia|muadil|yan sanayi)"
    r"|並行輸入|\bfungerar (?:\w+ ){0,2}(?:till|med)\b|\bfunktioniert (?:\w+ ){0,3}mit\b"
    r"|\bwerkt (?:\w+ ){0,3}(?:met|op)\b|\bdziala (?:\w+ ){0,2}(?:z|ze)\b|\bile (?:calisir|uyumlu)"
    r"|(?:\b[a-z]\d{1,3}\b|error|fehler|erreur|codigo|errore|foutcode|kod bledu|felkod|hata kodu"
    r"|エラー)[^?]{0,40}\b(?:what does (?:it|that|this) mean|was (?:bedeutet|heisst) das"
    r"|que (?:veut dire|signifie)|que significa|cosa (?:significa|vuol dire)|wat betekent"
    r"|co (?:to )?oznacza|vad betyder|ne (?:demek|anlama geliyor)))"
)

# Parts not in the box, a machine that does not heat or start: faults without a fault word.
_PARTS = (
    r"(?:\b(?:screws?|allen key|hex key|bolts|schrauben|inbusschlussel|dubel|vis|chevilles"
    r"|tornillos|llave allen|tacos|viti|brugola|tasselli|schroeven|inbussleutel\w*|pluggen|sruby"
    r"|srub\w*"
    r"|klucz\w* imbus\w*|kolki|skruvar\w*|insexnyckel\w*|pluggar|vida\w*|civata\w*|anahtar\w*)\b"
    r"|ネジ)"
)
_NOT_IN = (
    r"(?:\bnot in the (?:box|package|parcel)|\bnicht dabei|\bnicht im (?:karton|paket)"
    r"|\bne sont pas dans|\bno (?:venian|venia|estaban|vienen|venía)\b|\bnon (?:sono|c'erano)"
    r"|\bzitten er niet bij|\bnie bylo|\bfanns inte|\byok\b|入っていません)"
)
_NO_HEAT = (
    r"(?:\b(?:doesn'?t|does not|won'?t|will not) (?:heat|start)|\bnot heating|\bheizt nicht"
    r"|\bwird nicht (?:warm|heiss)|\bstartet nicht|\bne (?:chauffe|demarre) (?:pas|plus)"
    r"|\bno (?:calienta|arranca)\b|\bnon (?:scalda|si avvia)|\bwordt niet (?:warm|heet)"
    r"|\bstart niet"
    r"|\bnie (?:grzeje|uruchamia sie)|\bblir inte varm|\bstartar inte|\bisinmiyor|\bisitmiyor"
    r"|\bdead (?:line|pixels?)|\bspricka\b|\btransportskada|\bluktar brant|\bstanger av"
    r"|\bzerwan\w* plomb\w*|\bslady uzytkowania|\bodciski palcow|温まらない|起動しません"
    r"|起動しない)"
)
_FAULT_NO_WORD = (
    rf"(?:{_PARTS}[^.?!。]{{0,40}}{_NOT_IN}|{_NOT_IN}[^.?!。]{{0,20}}{_PARTS}|{_NO_HEAT})"
    + _NOT_ASKED
)

# (intent, weight, patterns) on the folded text.
RULES: Final[tuple[tuple[Intent, int, tuple[str, ...]], ...]] = (
    (
        D,
        3,
        (
            # another size than ordered, sent by the seller
            rf"{_SELLER_SENT}[^.?!。]{{0,40}}{_SIZE}|{_SIZE}[^.?!。]{{0,40}}{_SELLER_SENT}",
            rf"{_SIZE}\s*\w*\s+(?:statt|anstatt|instead of|au lieu d|en vez de|invece di"
            rf"|in plaats van|zamiast|istallet for)\b[^.?!]{{0,25}}{_CAME}",
            r"\bbesteld\b[^.?!]{0,30}\bmaar\b[^.?!]{0,30}\b(?:zit|kreeg|ontvangen|gekregen"
            r"|geleverd|gestuurd)\b",
            # "I ordered 38 but there's a 36 in the box": another size came
            rf"{_ORDERED}[^.?!]{{0,30}}{_BUT}[^.?!]{{0,30}}{_SIZE_VALUE}",
            # "an item that has nothing to do with what I ordered came"
            rf"{_THING}[^.?!]{{0,40}}{_NOTHING_TO_DO}|{_NOTHING_TO_DO}[^.?!]{{0,20}}{_THING}"
            r"|関係(?:の)?ない(?:商品|もの)",
        ),
    ),
    (
        D,
        3,
        (
            # "it should be grey and it's brown": the colour or size ordered is not the one here
            r"\bshould (?:be|have been) \w+\b[^.?!]{0,20}\b(?:but|and) (?:it'?s|it is|is|got)\b"
            r"|\bsollte \w+ sein\b[^.?!]{0,20}\b(?:ist|kam)\b|\bdevait etre \w+\b[^.?!]{0,20}"
            r"\b(?:c'est|il est|elle est|recu)\b|\b(?:tenia que|deberia|debia) ser \w+\b"
            r"[^.?!]{0,20}\b(?:es|llego)\b|\bdoveva essere \w+\b[^.?!]{0,20}\b(?:e|invece)\b"
            r"|\b(?:zou|moest) \w+ (?:zijn|worden)\b[^.?!]{0,20}\b(?:is|kreeg)\b"
            r"|\bmial(?:a|o|y)? byc \w+\b[^.?!]{0,20}\b(?:jest|przyszedl\w*)\b"
            r"|\bskulle vara \w+\b[^.?!]{0,20}\b(?:ar|var|kom)\b|olmasi gerekiyordu"
            r"|(?:kolor|rozmiar)\w* (?:sie )?nie zgadza|\b(?:fargen|storleken) stammer inte"
            r"|\bkleur (?:klopt|is) niet\b|\brenk\w* (?:tutmuyor|farkli|yanlis)|はずが",
        ),
    ),
    (
        D,
        3,
        (
            # a noise that should not be there, or a machine that stops by itself
            r"(?:\b(?:strange|weird|horrible|awful|terrible|loud|clicking|grinding|rattling|buzzing"
            r"|squeaking|seltsam\w*|komisch\w*|laut\w*|klack\w*|knack\w*|quietsch\w*|bizarre"
            r"|horrible|etrange|ruido raro|raro|extran\w*|fuerte|strano|strani|forte|vreemd\w*"
            r"|raar|rare|tikkend\w*|ratelend\w*|dziwn\w*|glosn\w*|konstig\w*|hogt|garip|tuhaf"
            r"|kotu)\b[^.?!]{0,15}\b(?:noises?|sounds?|gerausch\w*|bruits?|ruidos?|rumor\w*"
            r"|geluid\w*|dzwiek\w*|halas\w*|ljud\w*|ses)\b"
            r"|\b(?:makes?|making|macht|fait|hace|fa|maakt|wydaje|later|cikariyor)\b"
            r"[^.?!]{0,25}\b(?:noises?|sounds?|gerausch\w*|bruits?|ruidos?|rumor\w*|geluid\w*"
            r"|dzwiek\w*|ljud\w*|ses)\b[^.?!]{0,20}\b(?:and|und|et|y|e|en|i|och|ve)\b"
            r"|\b(?:den )?later konstigt|異音|変な音|音がして)" + _NOT_ASKED,
            r"(?:\b(?:and|und|et|y|e|en|i|och|ve)\s+(?:then\s+|dann\s+|puis\s+|luego\s+|poi\s+"
            r"|dan\s+|potem\s+|sedan\s+|sonra\s+)?(?:stops|dies|switches off|turns off|cuts out"
            r"|geht (?:\w+ )?aus|bleibt stehen|s'arrete|s'eteint|se (?:para|apaga)"
            r"|si (?:ferma|spegne)|valt (?:\w+ )?uit|stopt|sie (?:wylacza|zatrzymuje)|stangs av"
            r"|stannar|kapaniyor|duruyor)\b|s'arrete au bout"
            # "で止まって" is a parcel stopped at a place, not a machine
            r"|(?<![でに])止まって(?:しまい)?ます|(?<![でに])止まる"
            # it switches itself off, flickers, no longer responds
            r"|\b(?:switch|switches|switching|turns|turning|shuts|shutting) (?:itself )?off"
            r"\b[^.?!]{0,20}\b(?:by itself|on its own|after)\b|\bkeeps (?:switching|turning"
            r"|shutting) (?:itself )?off|\bschaltet sich (?:\w+ )?(?:ab|aus)\b|\bs'eteint (?:tout"
            r" seul|toute seule|au bout)|\bse apaga sol[oa]|\bsi spegne da sol[oa]|電源が切れ"
            r"|\bslaat (?:\w+ ){0,3}(?:vanzelf )?af\b|\bsama? (?:sie )?wylacza"
            r"|\bstanger av sig sjalv|kendi kendine kapan\w*"
            r"|\bflicker\w*|\bflacker\w*|\bclignot\w*|\bparpade\w*|\bsfarfall\w*|ちらつ"
            r"|\bflikker\w*|\bmruga\w*|\bmiga\b|\bflimrar\b|\btitriyor\b|\bgidip geliyor"
            r"|\b(?:doesn'?t|does not|don'?t|no longer|stopped) respond\w*"
            r"|reagier\w* (?:\w+ )?nicht"
            r"|ne repond\w* (?:plus|pas)|no responde\w*|non rispond\w*|反応しな|反応がな"
            r"|reageer\w* (?:\w+ )?niet|nie reaguj\w*|reagerar (?:\w+ )?inte|tepki vermiyor)"
            + _NOT_ASKED,
            # a part that came off
            r"(?:\b(?:zip|zipper|handle|button|strap|heel|sole|buckle|lid|leg|wheel|hook"
            r"|reissverschluss|griff|knopf|riemen|absatz|sohle|schnalle|deckel|rad"
            r"|fermeture(?: eclair)?|poignee|bouton|bretelle|semelle|boucle|couvercle|roue"
            r"|cremallera|asa|boton|correa|suela|hebilla|tapa|rueda|cerniera|lampo|manico"
            r"|bottone|cinturino|suola|fibbia|coperchio|ruota|rits|handvat|knoop|hengsel|zool"
            r"|gesp|deksel|wiel|zamek|raczka|guzik|pasek|podeszwa|klamra|pokrywka|kolko"
            r"|dragkedja\w*|handtag\w*|knapp\w*|rem(?:men)?|sula|spanne|lock\w*|hjul\w*|fermuar\w*"
            r"|sap\w*|dugme\w*|aski\w*|taban\w*|toka\w*|kapak\w*|tekerlek\w*)\b[^.?!]{0,30}"
            r"(?:came off|come off|fell off|abgegangen"
            r"|abgefallen|s'est (?:detache|decroche|arrache)"
            r"|se (?:ha )?(?:salio|solto|despego|cayo)|si e staccat"
            r"|e venut\w* via"
            r"|(?:hat|haben) sich\b[^.?!]{0,30}\bgelost|\bliet\w* los"
            r"|(?:is|zijn) (?:er ?)?af(?:gevallen|gegaan)|losgelaten"
            r"|los gekomen|odpadl\w*|odpadl|urwal\w*|oderwal\w*|lossnade|lossnat|ramlade av"
            r"|gick sonder|\bcikti\b|koptu|dustu)"
            r"|(?:ファスナー|チャック|取っ手|ボタン|ベルト|持ち手|ヒール)[^。]{0,10}(?:取れ|外れ|壊れ))"
            + _NOT_ASKED,
        ),
    ),
    (D, 3, (_FAULT_NO_WORD,)),
    (
        R,
        3,
        (
            # the buyer's size does not fit and they ask for another one: an exchange
            rf"{_NO_FIT}[^?]{{0,80}}{_SWAP}|{_SWAP}[^?]{{0,60}}{_NO_FIT}",
        ),
    ),
)

_INSTEAD_CAME_RE = re.compile(_INSTEAD_CAME)
_INSTEAD_OR_ORDERED = re.compile(rf"{_INSTEAD_OF}|{_ORDERED_ANY}|\bzam(?:o|a)wi|を注文")


def came_instead(text: str) -> bool:
    """'I got the grey one instead of the navy', 'ordered black, received grey': another item
    than ordered.  The words "instead" or "ordered" are looked for first, as most mail has none.
    """
    return _INSTEAD_OR_ORDERED.search(text) is not None and (
        _INSTEAD_CAME_RE.search(text) is not None
    )


_PRODUCT_ASKED = re.compile(
    "|".join(f"(?:{pattern}){_ASKED}" for pattern in (WARRANTY_ASKED, _HOW_TO, _PRODUCT_FACT))
)

# A property asked with no size or material word: the warranty's length, induction, the
# load it holds, how thick, what else is in the box, fast charging.  Weaker than a fact
# above (2 points): "is the charger in the box?" under a late parcel stays the parcel.
_PRODUCT_PROPERTY = re.compile(
    r"(?:\binduct|\binduktion|\binduccion|\binduzione|\binductie|\bindukcj|\binduksiyon|ｉｈ|\bih\b"
    r"|\b(?:hold|carry|support|take) (?:up to |about |around )?\d+ ?(?:kg|kilos?|lbs?|pounds)"
    r"|\b(?:aguanta|soporta|regge|sopporta|draagt|houdt|wytrzyma|udzwignie|klarar|tasir|halt)\b"
    r"[^.?!]{0,30}\d+ ?(?:kg|kilos?|chilo|kilo)|\d+ ?(?:kg|kilo) (?:tasir|kaldirir|dayanir)"
    r"|\bhow thick|\bthickness|\bwie dick|\bdicke\b|\bquelle epaisseur|\bepaisseur\b"
    r"|\bque grosor|\bgrosor\b|\bquanto (?:e )?spess|\bspessore|\bhoe dik|\bdikte\b"
    r"|\bjaka grubos|\bgrubos|\bhur tjock|\btjocklek|\bkalinlig|\bkalinlik|厚さ|厚み"
    r"|\bbinnenma(?:at|ten)|\binner (?:size|dimensions)|\binnenma(?:ss|sse)\b|\binnermatt"
    r"|\bin the box\b|\bist (?:\w+ ){0,3}dabei\b|\bdans la boite|\ben la caja"
    r"|\bnella (?:confezione|scatola)|\bzit (?:er )?(?:\w+ ){0,3}bij\b|\bw zestawie"
    r"|\bfoljer (?:det|den) med|\bkutudan (?:\w+ ){0,2}cik|\bkutuda (?:\w+ ){0,2}var mi"
    r"|箱に[^。？?]{0,10}入って"
    r"|\bfast charg|\bschnellladen|\bcharge rapide|\bcarga rapida|\bricarica rapida"
    r"|\bsnelladen|\bszybkie ladowanie|\bobsluguje\b|\bsnabbladdning|\bhizli sarj"
    r"|\bcalisir mi|\buyumlu mu|\bnadaje sie|\bva bene (?:anche )?(?:sul|sulla|sull'|con|per)"
    r"|\bkan (?:de|het|hij|ze) (?:\w+ )?op\b|\bgar (?:\w+ ){1,2}att anvanda"
    r"|\bva-t-(?:il|elle) (?:sur|avec)|\bgeht (?:der|die|das|es|er|sie) (?:\w+ ){0,2}auf\b"
    r"|\bcan (?:it|this|the \w+) be used (?:on|with|in)\b)" + _ASKED
)


def product_asked(text: str) -> int:
    """Points for the product asked about (a warranty, how to use it, a fact about it): 3, as
    one rule.  Only a message with a question mark is searched, as most have none.
    """
    if "?" not in text and "？" not in text:
        return 0
    if _PRODUCT_ASKED.search(text):
        return 3
    return 2 if _PRODUCT_PROPERTY.search(text) else 0


# The buyer's size does not fit and they ask for another: a return, the item is sound.
FIT_SWAP: Final = re.compile(rf"{_NO_FIT}[^?]{{0,80}}{_SWAP}|{_SWAP}[^?]{{0,60}}{_NO_FIT}")

# "Bought the wrong size, my bad", "beställde fel modell": the buyer's own slip, told with
# no "I" in front.
OWN_MISTAKE: Final = (
    r"^\W*(?:i )?(?:ordered|bought|picked|chose|got) (?:the |a )?wrong\b"
    r"|\bmy (?:bad|fault|mistake)\b|\bmein fehler\b|\bma faute\b|\bmi culpa\b|\bcolpa mia\b"
    r"|\bmijn fout\b|\bmoj blad\b|\bmitt fel\b|\bbenim hatam\b"
    r"|(?:^|, ?)bestallde fel\b|\bvalde fel\b"
)

# The return's own paperwork: the label, the returns page, the drop-off code.
RETURN_LABEL: Final = re.compile(
    r"\breturns? (?:label|page|portal|cent(?:re|er)|form|slip|qr|code)"
    r"|\b(?:drop-?off|return) (?:qr )?code|\bqr[- ]?code\b[^.?!]{0,30}\b(?:drop|return|retour"
    r"|reso|devol|zwrot|retur|iade|返品)"
    r"|\bnot eligible for (?:a )?return|\bprinted (?:the|my) label"
    r"|rucksende(?:etikett|schein|portal|label|code)|retouren?(?:schein|label|etikett|portal)"
    r"|\betikett\b[^.?!]{0,20}\b(?:hat geklappt|ausgedruckt|gedruckt)"
    r"|(?:etiquette|bon|bordereau|code qr) de retour|(?:etiquette|bordereau) (?:est )?imprime"
    r"|(?:etiqueta|codigo(?: qr)?|pagina|portal) de (?:la )?devolucion|imprimi la etiqueta"
    r"|(?:etichetta|codice(?: qr)?|pagina|modulo) (?:di|del|per il) reso"
    r"|stampato l'etichetta|retourlabel|retouretiket|retourcode|retourformulier|label geprint"
    r"|(?:etykiet\w*|kod\w*|formularz\w*) zwrot\w*|wydrukowal\w* etykiet"
    r"|returetikett\w*|retursedel\w*|returkod\w*|skrivit ut etikett"
    r"|iade (?:etiket\w*|kod\w*|sayfa\w*|formu\w*)|etiket\w* yazdir"
    r"|返品(?:ラベル|用の?ラベル|コード|ページ|受付)"
)

# "Never mind, it was in the parcel box": found where it was left, the matter closed.
FOUND_IT: Final = re.compile(
    r"\b(?:it|they|the (?:parcel|package|box|order)) (?:was|were) (?:in|behind|under|inside"
    r"|next to) (?:the|my|our|a)\b|\bfound (?:it|them|the (?:parcel|package))\b"
    r"|\b(?:lag|war|stand)\b[^.?!]{0,10}\b(?:in der|im|bei|beim|vor der|hinter)\b|\bgefunden\b"
    r"|\betait (?:dans|chez|devant|derriere|sous)\b|\bl'ai trouve\b"
    r"|\bestaba (?:en|con|detras|debajo)\b|\blo (?:he )?encontr"
    r"|\bera (?:nella|nel|dal|dai|dietro|sotto)\b|\bl'ho trovat"
    r"|\b(?:lag|stond) (?:in|bij|achter|onder)\b|\bgevonden\b"
    r"|\b(?:byla|byl|lezala|lezal) (?:w|u|pod|za)\b|\bznalazl\w*"
    r"|\b(?:lag|stod) (?:i|hos|vid|under|bakom)\b|\bhittade?\b"
    r"|\w+(?:da|de|ta|te)ymis\b|\bbuldum\b"
    r"|に入っていました|に(?:置いて)?ありました|見つかりました"
    # the neighbour had it
    r"|\b(?:neighbou?rs?|nachbar\w*|voisin\w*|vecin[oa]s?|vicin[oa]|buren|buurman|buurvrouw"
    r"|sasiad\w*|granne\w*|komsu\w*)\b[^.?!]{0,10}\b(?:had|hatte\w*|avai\w*|tenia\w*|aveva\w*"
    r"|hadden|mial\w*|hade)\b|\b(?:lo|la) tenia el vecino|ce l'aveva il vicino|\bbyl u sasiad"
    r"|隣(?:の人)?が預か"
    # "forget it", "never mind": nothing more to do
    r"|\bnever ?mind\b|\bforget it\b|\bvergiss es\b|\bvergessen sie es\b|hat sich erledigt"
    r"|\boubliez\b|laissez tomber|\bolvid(?:alo|adlo|enlo|elo)\b|\bya aparecio\b"
    r"|lascia(?:te)? (?:stare|perdere)|\btrovato\b|\blaat maar\b|\bniewazne\b|\bglom det\b"
    r"|\bbos ?verin\b"
)

# Still missing, not found by the shop, or "found" cheaper elsewhere: no parcel found.
STILL_MISSING: Final = re.compile(
    r"\bstill (?:nothing|not|no)\b|\bnoch (?:nicht|nichts|kein)|toujours (?:rien|pas)"
    r"|todavia (?:nada|no)|ancora (?:niente|nulla|non)|nog (?:steeds )?(?:niet|niks|geen)"
    r"|nadal (?:nic|nie)|fortfarande (?:inte|inget)|hala (?:yok|gelmedi)|まだ届"
    # "found it cheaper elsewhere": a reason to cancel, not a parcel found
    r"|cheaper|for less|billiger|gunstiger|moins cher|mas barato|piu economico|goedkoper"
    r"|taniej|billigare|daha ucuz|安く"
    # "the shop has not found it"
    r"|\b(?:not|n't|nicht|niet|pas|no|non|nie|inte)\b[^.?!]{0,15}(?:found|gefunden|gevonden"
    r"|trouve|encontr|trovat|znalazl|hittat)|見つかりません|見つからない"
)

# The first day or the first use: a part that gave up then was faulty, not worn out.
FIRST_USE: Final = re.compile(
    r"\bfirst (?:day|time|use|wash)|\berste[nmr]? (?:tag|benutz\w*|gebrauch|wasche|mal)"
    r"|\bbeim ersten (?:\w+ )?(?:benutz\w*|gebrauch|mal|waschen)"
    r"|\bpremiere? (?:jour|utilisation|lavage|fois)|\bprimer(?:a)? (?:dia|vez|uso|lavado)"
    r"|\bprim[oa] (?:giorno|volta|utilizzo|uso|lavaggio)|\beerste (?:dag|keer|gebruik|was)"
    r"|\bpierwsz\w* (?:dnia|dzien|uzyci\w*|raz|prani\w*)|\bforsta (?:dagen|gangen|anvand\w*"
    r"|tvatt\w*)|\bilk (?:gun|kullanim\w*|yikama\w*)|初日|初めて|一回目|1回目"
)

# The price went up or down: a complaint about the price, not about the delivery.
PRICE_CHANGE: Final = re.compile(
    r"\b(?:price|preis|prix|precio|prezzo|prijs|cena|cene|pris|priset|fiyat\w*)\b[^.?!]{0,30}"
    r"\b(?:went up|gone up|risen|rose|increased|dropped|went down|fallen|fell|gestiegen"
    r"|gesunken|gefallen|erhoht|augmente|baisse|monte|subido|bajado|aumentado|salito|sceso"
    r"|aumentato|gestegen|gezakt|gedaald|verhoogd|wzrosl\w*|spadl\w*|podniesion\w*"
    r"|gick upp|hojts|hojdes|sjonk|gick ner|sankts|artti|dustu|yukseldi|zamlandi)\b"
    r"|値上が|値下が"
)
