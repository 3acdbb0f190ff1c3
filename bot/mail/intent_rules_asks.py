"""How the main ask is told apart from its context, in every language, on folded text.

The per-language tables find cues; a message often carries cues of several intents, and the
main ask is the one the buyer wants acted on now.  These classes name the usual pairs:

- a condition on the future is no request ("if it is not here by Friday, cancel");
- the seller's own cancellation, a double charge, a review to change: none is a request;
- a partial delivery ("only one of two boxes, is the second coming apart?") is a parcel
  still on its way, not a missing part;
- a lost parcel to reship or refund is a delivery matter, not a return;
- the status told to justify a request ("it has not shipped yet, please send it to ...")
  is context for that request;
- thanks for something done ("thanks for the quick replacement") close the matter;
- an incomplete address is an address to complete, not an incomplete item.

And the turns of a conversation the follow-up pattern in ``intent`` does not name: "you
wrote that", "as you asked", "third message", "did you get my new address?".
"""

from __future__ import annotations

import re
from typing import Final

from bot.domain import Intent

__all__ = [
    "ADDED_DETAIL",
    "ADDRESS_INCOMPLETE",
    "ADDRESS_IS_RIGHT",
    "ANY_NEWS",
    "AZ_CLAIM",
    "CONDITIONAL_ASK",
    "CONDITIONAL_CANCEL",
    "DETAIL_FOR_THE_DOOR",
    "DROP_OFF_ASKED",
    "EXCHANGE_WANTED",
    "FOLLOW_UP",
    "IF_NOT_SHIPPED",
    "INVOICE_LATER",
    "INVOICE_TOO",
    "MATTER_CLOSED",
    "MONEY_NAMED",
    "NEWS_ABOUT",
    "NOT_A_REQUEST",
    "NOT_FOLLOW_UP",
    "NOT_YET_SHIPPED",
    "NO_REFUND_WANTED",
    "OTHER_MATTER",
    "PARTIAL_DELIVERY",
    "PHOTOS_ASKED",
    "PHOTOS_SENT",
    "RESEND",
    "RESHIP_OR_REFUND",
    "RETURN_SENT",
    "RETURN_TOLD",
    "RETURN_TO_SENDER",
    "RULES",
    "SELLER_LABEL",
    "SELLER_SENT_THING",
    "THANKS_FOR_DONE",
    "THANKS_FOR_HELP",
    "TRACKING_BROKEN",
    "UNUSED",
    "WARRANTY_LENGTH",
    "WITHDRAW_BEFORE_SHIPPING",
    "chase",
    "pickup_missing",
    "refund_received",
    "refund_status",
]

W = Intent.WHERE_IS_MY_ORDER
C = Intent.CANCEL
R = Intent.RETURN
D = Intent.DAMAGED_OR_WRONG
A = Intent.ADDRESS_CHANGE
T = Intent.THANKS
P = Intent.PRODUCT_QUESTION

_CANCEL = (
    r"(?:cancel\w*|stornier\w*|annul\w*|anul\w*|cancelad\w*|avbryt\w*|avbrut\w*|iptal\w*"
    r"|キャンセル)"
)
_BOX = (
    r"(?:box(?:es)?|parcels?|packages?|pakete?|kartons?|cartons?|colis|cajas?|paquetes?"
    r"|pacchi|pacco|scatol\w*|doos|dozen|pakket\w*|paczk\w*|paket(?:en)?|kol(?:i|iden)"
    r"|箱|個口)"
)

# "Me again", "addendum", "update:": the buyer adds to their own earlier message.
_ME_AGAIN = (
    r"\b(?:(?:it'?s )?me again|ich (?:nochmal|schon wieder)|(?:c'est )?encore moi|soy yo otra vez"
    r"|(?:sono )?ancora io|di nuovo io|ik weer|(?:to )?znowu ja|det ar jag igen|yine ben"
    r"|simdi de)\b|\bnachtrag\b|^\W*(?:update|aanvulling|uzupelnienie|tillagg)\s*:|追記|度々"
)
# "As agreed", "following our exchange": doing what the conversation settled.
_AS_AGREED = (
    r"\bas (?:agreed|discussed|instructed|advised)|\bfollowing (?:our|your) (?:conversation"
    r"|exchange|instructions|advice)|\bwie (?:besprochen|vereinbart|abgesprochen|angewiesen)"
    r"|\bcomme (?:convenu|indique|vous me l'avez indique)|\bsuite a (?:notre|votre) (?:echange"
    r"|message|reponse|conversation)|\bcomo (?:me )?(?:indicasteis|indicaron|acordamos|quedamos"
    r"|habiamos (?:acordado|quedado))|\bsegun lo acordado|\bcome (?:concordato|d'accordo"
    r"|indicato|mi avete indicato)|\bzoals (?:afgesproken|besproken|aangegeven)"
    r"|\bjak (?:ustalil\w*|uzgodnil\w*|umowil\w*)|\bzgodnie z (?:ustaleniami|instrukcj\w*)"
    r"|\bsom (?:vi )?(?:kom overens|avtalat)|\benligt (?:overenskommelse|era instruktioner)"
    r"|(?:konustugumuz|anlastigimiz|soylediginiz|belirttiginiz) gibi"
    r"|ご案内(?:どおり|通り)|ご指示(?:どおり|通り)"
)
# "The invoice I asked for", "la factura que pedí", "sorry to insist": the earlier request.
_ASKED_BEFORE = (
    r"\bi (?:asked|requested) (?:for|about)\b|\b(?:sent|wrote) you (?:a message|an email|a mail)"
    r"|\bsorry to (?:insist|bother you again)|\bum (?:die|den|das) ich (?:\w+ )?gebeten"
    r"|\bque (?:je vous ai|j'ai) demande\w*|\bque (?:os |les |le )(?:pedi|solicite)\b"
    r"|\bperdon (?:que|por) insist\w*|\bsiento insistir|\bche (?:vi |le )?ho (?:chiesto|richiesto)"
    r"|\bmio messaggio precedente|\bscusate se insisto|\btorno a scriver\w*"
    r"|\bwaar ik om (?:\w+ )?vroeg|\bik vroeg (?:\w+ ){0,3}om\b|\bo (?:ktora|ktory|ktore) prosil\w*"
    r"|\bprosil\w* (?:wczoraj|juz|wczesniej) o\b|\bjag (?:fragade|bad) om\b|\bistedigim\b"
    r"|\btalep ettigim|お願いした|依頼した|問い合わせた"
)
# "Found it, the neighbour had it, sorry for the trouble": the earlier message is closed.
_NEIGHBOUR = (
    r"(?:neighbou?rs?|nachbar\w*|voisin\w*|vecin[oa]s?|vicin[oa]|vicini|buur\w*|buren|sasiad\w*"
    r"|grann\w*|komsu\w*|kapici\w*|portero|portiere|conserje|concierge|gardien\w*|doorman|porter)"
)
_HAD = (
    r"(?:had|hatte|avait|tenia|aveva|hadden|mial\w*|hade|almis|took|taken|aangenomen|angenommen"
    r"|ritirato|recogio|pris)"
)
_FOUND_ELSEWHERE = (
    rf"\b{_NEIGHBOUR}\b[^.?!]{{0,30}}\b{_HAD}\b|\b{_HAD}\b[^.?!]{{0,20}}\b{_NEIGHBOUR}\b"
    # sorry and thanks, nothing asked: a closing note
    r"|\b(?:sorry|scusate|scusa|perdonad|perdon|disculpad|przepraszam|kusura bakmayin|ursakta"
    r"|desole|excusez|entschuldig\w*)\b[^?]{0,60}\b(?:thanks?|thank you|grazie|gracias|dzieki"
    r"|dziekuje|tesekkur\w*|tack\w*|merci|danke|bedankt)\b[^?]*$"
)
# The photos the seller asked for, sent or asked about: the damage's conversation goes on.
_PHOTOS = (
    r"(?:photos?|pictures?|pics|images|immagini|fotos?|foto's|bilder\w*|zdjeci\w*|fotograf\w*|写真)"
)
_PHOTOS_ASKED = (
    r"\b(?:did you|have you|haben sie|avez-vous|os llegaron|les llegaron|recibisteis|avete"
    r"|heeft u|hebben jullie|czy dostali|czy otrzymali|har ni)\b[^.?!]{0,30}"
    + _PHOTOS
    + r"|"
    + _PHOTOS
    + r"[^.?!]{0,30}(?:\b(?:received|got|erhalten|bekommen|recues?|recibido"
    r"|llegaron|ricevut\w*|ontvangen|dostal\w*|otrzymal\w*|fatt|aldiniz|ulasti)\b|届きました"
    r"|確認いただけました)|\bvous m'avez demande (?:des|les) photos|\b(?:istediginiz|asked for"
    r"|requested|gewunschten|demandees|pedisteis|richieste|gevraagde)\b[^.?!]{0,20}" + _PHOTOS
)
# "Here are the photos", "Fotos angehängt": the photos a damage claim was asked for, sent.
# Not a follow-up by itself: a first message may come with its photos attached.
PHOTOS_SENT: Final = re.compile(
    r"\b(?:here (?:are|is)|attached (?:are|is)|i(?:'ve| have)? attached|hier (?:sind|ist)"
    r"|anbei|voici|voila|ci-joint\w*|aqui (?:tiene|estan|va)|(?:le|les|te|os) (?:mando|envio"
    r"|adjunto)|ecco|allego|vi (?:mando|invio)|hierbij|bijgevoegd|zalaczam|przesylam"
    r"|har (?:ar|kommer)|bifogar)\s+(?:\w+\s+){0,2}"
    + _PHOTOS
    + r"|"
    + _PHOTOS
    + r"\b[^.?!]{0,25}\b(?:attached|angehangt|anbei|en piece jointe|ci-jointes?|adjunt\w*"
    r"|in allegato|allegat\w*|in de bijlage|bijgevoegd|w zalaczniku|bifogade?|ekledim|ekte)\b"
)
PHOTOS_ASKED: Final = re.compile(_PHOTOS_ASKED)
# "Any news?", "anything new?": the words that ask what happened since.
ANY_NEWS: Final = (
    r"(?:\b(?:any|anything|something) (?:news|new|updates?|progress)\b"
    r"|\bgibt?'?s?(?: es)? (?:\w+ ){0,2}(?:neues|neuigkeiten)|\b(?:etwas|was) neues\b"
    r"|\bneuigkeiten\b|\bdu nouveau\b|\bdes nouvelles\b"
    r"|\balgun[ao] (?:novedad|noticia)|\bhay (?:novedades|noticias)"
    r"|\b(?:novita|notizie|aggiornamenti)\b|\b(?:al|nog|enig) nieuws\b|\bnieuws\b"
    r"|\bcos nowego|\bwiesci\b|\b(?:jakies|nowe) (?:nowe )?(?:informacje|wiadomosci)\b"
    r"|\b(?:nagot|nagra|nat) (?:nytt|nyheter)\b|\bnyheter\b"
    r"|\b(?:haber|gelisme|yenilik) var mi\b|\bwiadomo (?:juz |cos )?(?:cos|juz|nowego)\b)"
)
# The thing bought, in every language (folded), for "any news of my parcel?".
_ORDER = (
    r"(?:order|parcel|package|delivery|shipment|bestellung|paket|sendung|lieferung|commande"
    r"|colis|pedido|paquete|envio|ordine|pacco|spedizione|bestelling|pakket\w*|zending"
    r"|zamowien\w*|paczk\w*|przesylk\w*|bestallning\w*|leverans\w*|siparis\w*|kargo\w*"
    r"|注文|荷物)"
)
# Words of the other matters, for "news of / a promise about my refund".
_OTHER_MATTER = (
    r"(?:refund|return|exchange|replacement|invoice|receipt|cancel\w*|address"
    r"|erstattung|rucksendung|umtausch|ersatz|rechnung|stornierung|adresse|remboursement"
    r"|retour|echange|remplacement|facture|annulation|reembolso|devolucion|cambio|factura"
    r"|cancelacion|direccion|rimborso|reso|sostituzione|fattura|annullamento|indirizzo"
    r"|terugbetaling|vervanging|factuur|annulering|adres|zwrot\w*|wymian\w*|faktur\w*"
    r"|anulowani\w*|aterbetalning|retur\w*|ersattning|avbokning|adress\w*|iade|degisim"
    r"|fatura|iptal|返金|返品|交換|領収書|請求書|キャンセル|住所)"
)
OTHER_MATTER: Final = _OTHER_MATTER
# The seller's earlier answer quoted: "you wrote", "Ihre Antwort vom", "ni svarade".
_YOU_SAID = (
    r"(?:\byou (?:said|wrote|replied|told me|promised)|\byour (?:reply|answer|message) (?:said"
    r"|says)|\bsie (?:schrieben|sagten|meinten|antworteten)|\bihre antwort vom"
    r"|\blaut ihrer (?:antwort|nachricht)|\bvous (?:m'avez|m'aviez|aviez|avez) (?:dit|ecrit"
    r"|repondu)|\bvous disiez|\b(?:dijisteis|escribisteis|respondisteis|contestasteis)"
    r"|\bmi (?:avete|avevate) (?:detto|scritto|risposto)|\bavevate detto"
    r"|\bjullie (?:zeiden|schreven|antwoordden)|\bu (?:zei|schreef|antwoordde)"
    r"|\b(?:odpisaliscie|napisaliscie|powiedzieliscie|obiecaliscie)"
    r"|\bni (?:svarade|skrev|lovade)\b|\bni sa att\b|\benligt ert svar|ご返信で|ご回答で)"
)
_DAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|heute|morgen"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|aujourd'hui|demain"
    r"|lunes|martes|miercoles|jueves|viernes|sabado|domingo|\bhoy\b|manana"
    r"|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|\boggi\b|domani"
    r"|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|vandaag"
    r"|poniedzial\w*|wtor\w*|srod\w*|czwart\w*|piat\w*|sobot\w*|niedziel\w*|\bdzis\b|jutro"
    r"|mandag\w*|tisdag\w*|onsdag\w*|torsdag\w*|fredag\w*|lordag\w*|sondag\w*|\bidag\b"
    r"|imorgon|pazartesi|\bsali\b|carsamba|persembe|\bcuma\w*|\bpazar\b|\bbugun\b|\byarin\b"
    r"|曜日|本日|今日|明日)"
)
# The day, date or holiday a buyer needs the parcel by ("by Friday", "bis zum 18.", "entro Natale").
_BY_WHEN = (
    r"(?:"
    + _DAY
    + r"|\d{1,2}(?:st|nd|rd|th)?\b|christmas|xmas|weihnachten|noel|navidad|natale|kerst\w*"
    r"|swiet|\bjul\b|bayram|(?:the |le |el )?week-?end\w*|wochenende|fin de semana"
    r"|fine settimana|helgen)"
)
# The parts of an address a buyer adds or corrects ("door code", "kod do klatki", "番地").
_ADDRESS_DETAIL = (
    r"(?:\b(?:address|postcode|post code|zip(?: code)?|house number|street number|flat"
    r"|apartment|(?:door|gate|access|entry|buzzer) code|buzzer|adresse|postleitzahl|plz"
    r"|hausnummer|turcode|klingel\w*|code postal|digicode|codigo postal|codigo del portal"
    r"|numero de (?:calle|portal|rue|porte)|portal|piso|cap|civico|codice del (?:cancello"
    r"|portone)|citofono|interno|huisnummer|toevoeging|bus \d+|adres\w*|kod (?:do|pocztow\w*"
    r"|dostepu)|numer\w* (?:domu|mieszkania|lokalu)|klatk\w*|postnummer|gatunummer|husnummer"
    r"|portkod\w*|lagenhetsnummer|\w*adress\w*|posta kodu|kapi (?:kodu|no|numarasi)|daire"
    r"|apartman\w*|code (?:de la )?porte|bel|deurbel|door ?bell|sonnette|timbre|campanello"
    r"|domofon\w*|dorrklock\w*|zil)\b"
    r"|番地|部屋番号|郵便番号|建物名|オートロック)"
)
# What the driver needs at the door: the name on the bell, the building's name, the entrance
# to use, a phone number or directions for the courier.
_COURIER = (
    r"(?:\b(?:(?:the |a )?(?:driver|courier|delivery (?:man|driver|person)|postman)|(?:den |die )?"
    r"(?:fahrer\w*|boten|zusteller\w*|paketboten|kurier)|(?:le )?(?:livreur|transporteur|facteur)"
    r"|(?:el )?(?:repartidor|mensajero|cartero)|(?:il )?(?:corriere|fattorino|postino)"
    r"|(?:de )?(?:bezorger|koerier|chauffeur|postbode)|kurier\w*|listonosz\w*|budet|bud\b"
    r"|chauffor\w*|brevbarar\w*|kurye\w*|kargocu\w*)|配達員|ドライバー)"
)
_DELIVERY_DETAIL = (
    r"(?:\b(?:(?:on|auf|sur|en|sul|op|na|pa) (?:the |der |la |el |il |de )?(?:door ?bell|bell"
    r"|buzzer|intercom|klingel|turklingel|sonnette|interphone|timbre|portero|citofono"
    r"|campanello|bel|deurbel|domofonie|dorren|dorrklockan|porttelefonen)\b"
    r"|(?:name|nom|nombre|nome|naam|nazwisko|namn)\b[^.?!]{0,15}\b(?:bell|buzzer|intercom"
    r"|klingel|sonnette|interphone|timbre|citofono|campanello|bel|domofon\w*|dorr\w*)"
    r"|(?:el )?timbre (?:dice|pone)|zilde|kapida \w+ yaziyor"
    r"|building name|name of the building|house is called|haus hei(?:ss|ß)t|gebaudename"
    r"|nom (?:de l'|du )?(?:immeuble|batiment|residence)|nombre del (?:edificio|conjunto)"
    r"|nome del (?:palazzo|condominio|edificio)|gebouwnaam|naam van het (?:gebouw|complex)"
    r"|nazwa (?:budynku|osiedla)|husets namn|byggnadens namn|apartman (?:adi|ismi)|site adi"
    r"|(?:back|side|rear) (?:entrance|door|gate)|hintereingang|seiteneingang|hinterhof"
    r"|entree (?:par|sur|de derriere|laterale|cote)|porte (?:de derriere|arriere)"
    r"|entrada (?:trasera|lateral|por)|ingresso (?:dal retro|laterale|posteriore|da via)"
    r"|achteringang|zij-?ingang|ingang aan|wejscie (?:od|z)|tylne wejscie|ingang(?:en)? fran"
    r"|bakdorr\w*|bakre ingang\w*|arka (?:kapi\w*|giris\w*)|yan giris\w*"
    r"|(?:phone|telefon\w*|telephone|numero de telephone|numer\w* telefonu|telefoonnummer"
    r"|telefonnummer|telefon numara\w*)\b[^.?!]{0,25}"
    + _COURIER
    + r"|"
    + _COURIER
    + r"[^.?!]{0,25}\b(?:phone|telefon\w*|telephone|numer\w* telefonu|telefoonnummer"
    r"|telefonnummer)|(?:\badd|\bnote|anad\w*|agreg\w*|pongan|notier\w*|ajout\w*|aggiung\w*"
    r"|\bzet\b|dopisa\w*|skriv\w*|ekle\w*)\b[^.?!]{0,60}\b(?:for|fur|pour|para|per|voor|dla|till"
    r"|icin) " + _COURIER + r"|\b(?:for|fur|pour|para|per|voor|dla|till) " + _COURIER + r"\s*:)"
    r"|建物名|マンション名|裏口|裏の入口|(?:電話番号|連絡先)[^。]{0,15}配達員|配達員[^。]{0,15}(?:電話番号"
    r"|連絡先))"
)
# An addition to the buyer's own earlier message: "forgot to say", "oh and", "also".
_ADDED = (
    r"(?:\b(?:forgot to (?:say|mention|tell you|add)|one more thing|noch was|j'oubliais"
    r"|vergessen zu (?:sagen|erwahnen)"
    r"|(?:j'ai )?oublie (?:de (?:dire|preciser|mentionner|vous dire)|:)|olvide (?:decir|mencionar)"
    r"|dimenticavo|ho dimenticato di (?:dire|dirvi|specificare)|vergeten te (?:zeggen|melden"
    r"|vermelden)|zapomnial\w* (?:wspomniec|powiedziec|dodac\s*[:,-])|glomde (?:saga|namna|det\b)"
    r"|bir de\b|soylemeyi unuttum)|言い忘れ|^\W*(?:sorry,? |scusate?,? |perdon,? |pardon,? )?"
    r"(?:oh,? |ah,? )?(?:and|also|und|auch|et|aussi|y|tambien|e|anche|en (?:het|ook|nog)|ook"
    r"|jeszcze|och|ocksa|ayrica)\b)"
)
ADDED_DETAIL: Final = re.compile(
    _ADDED + r"[^?]{0,80}(?:" + _DELIVERY_DETAIL + r"|" + _ADDRESS_DETAIL + r")"
)
# Also "forgot to write" (in the order or to the seller: not always a follow-up) and the
# stair, the floor, the bell: the address completed, whichever message it is (ruling 5.6).
DETAIL_FOR_THE_DOOR: Final = re.compile(
    r"(?:" + _ADDED + r"|\b(?:forgot to (?:put|write)|vergessen (?:anzugeben|zu schreiben)"
    r"|se me olvido (?:poner|decir|mencionar)|me olvide de (?:poner|decir)"
    r"|ho dimenticato di (?:scrivere|mettere)|zapomnial\w* (?:napisac|podac)"
    r"|glomde (?:skriva|ange)|yazmayi unuttum))[^?]{0,80}(?:"
    + _DELIVERY_DETAIL
    + r"|"
    + _ADDRESS_DETAIL
    + r"|\b(?:escalera|etage|stock|scala|trappa|\d+e (?:gauche|droite))\b)"
)
# The label, code or attachment the seller sent, named as theirs: "the label you sent",
# "das Etikett, das Sie geschickt haben", "gönderdiğiniz etiket", "not attached to your mail".
_SENT_THING = (
    r"(?:label|etikett\w*|etiquette|etiqueta|etichetta|retourlabel|etykiet\w*|etiket\w*|attachment"
    r"|pdf|link|qr|ラベル)"
)
_YOU_SENT = (
    r"(?:you (?:attached|sent|emailed)|(?:das|die|den) sie (?:\w+ )?(?:geschickt|gesendet"
    r"|angehangt) haben|que vous (?:m'avez|avez) envoye\w*|que (?:me )?(?:enviaron|mandaron"
    r"|enviasteis|mandasteis)|che mi avete (?:mandato|inviato)|die (?:u|jullie) (?:stuurde"
    r"|stuurden|hebt gestuurd|hebben gestuurd)|\bdat (?:u|jullie) (?:stuurde|stuurden)"
    r"|ktor\w* (?:mi )?przeslali\w*"
    r"|som ni skickade|(?:your|ihrer|votre|su|vostro|uw|pana|ert) (?:message|mail|email|nachricht"
    r"|mensaje|messaggio|bericht|wiadomosc\w*|meddelande))"
)
_LABEL = (
    r"(?:label|etikett\w*|etiquette|etiqueta|etichetta|retourlabel|etykiet\w*|etiket\w*|ラベル)"
)
# The label the seller sent is the return's label.
SELLER_LABEL: Final = re.compile(
    _LABEL
    + r"\w*[^.?!。]{0,30}"
    + _YOU_SENT
    + r"|\bgonderdiginiz\b[^.?!]{0,20}"
    + _LABEL
    + r"|ラベルが添付されて(?:い)?(?:ません|ない)"
)
SELLER_SENT_THING: Final = re.compile(
    _SENT_THING
    + r"\w*[^.?!。]{0,30}"
    + _YOU_SENT
    + r"|\bgonderdiginiz\b[^.?!]{0,20}"
    + _SENT_THING
    + r"|ラベルが添付されて(?:い)?(?:ません|ない)"
)
# How long the warranty lasts: a product fact, not a claim.
_WARRANTY_LENGTH = (
    r"\b(?:how long|how many years)\b[^.?!]{0,20}\bwarrant\w*|\bwarrant\w*[^.?!]{0,20}\bhow long"
    r"|\bgarantie\b[^.?!]{0,30}\bcombien|\bcombien\b[^.?!]{0,20}\bgarantie"
    r"|\bwie lange\b[^.?!]{0,20}\bgarantie|\bcuant\w* (?:anos|meses) de garantia"
    r"|\bquant\w* (?:anni|mesi) di garanzia|\bhoe lang\b[^.?!]{0,20}\bgarantie"
    r"|\bile (?:lat|miesiecy)\b[^.?!]{0,20}\bgwarancj\w*|\bhur lang\b[^.?!]{0,20}\bgaranti"
    r"|\bgaranti\w* (?:suresi )?kac (?:yil|ay)|保証期間"
    # "quanto dura la garanzia?", "hoelang garantie?", "jaka gwarancja?", "2 o 3 años?"
    r"|\b(?:quanto dura|cuanto dura|combien de temps|hoelang|ile trwa|ne kadar)\b[^.?!]{0,20}"
    r"\b(?:garanti\w*|garanzia|gwarancj\w*)|\b(?:garanti\w*|garanzia|gwarancj\w*|warrant\w*)"
    r"\b[^.?!]{0,20}\b(?:how many (?:years|months)|quanto dura|cuanto dura|ile trwa|ne kadar)\b"
    r"|\b(?:what|which|welche|quelle|que|che|welke|jaka|jaki|vilken|hangi) (?:\w+ )?(?:warranty"
    r"|garantie|garantia|garanzia|gwarancja|garanti)\s*\?"
    r"|\b(?:warrant\w*|garanti\w*|garanzia|gwarancj\w*)\b[^.?!]{0,30}\b\d+\s*(?:or|oder|ou|o"
    r"|of|lub|eller|veya)\s*\d+\b[^.?!]{0,20}\?"
)
WARRANTY_LENGTH: Final = re.compile(_WARRANTY_LENGTH)
# A place to collect a parcel, and "instead of", for "to a locker instead of home".
_PICKUP = (
    r"(?:pick-?up point|collection point|parcel ?shop|locker|packstation|paketshop|filiale"
    r"|point relais|relais colis|consigne|punto de recogida|oficina de correos|punto di ritiro"
    r"|fermopoint|afhaalpunt|pakketpunt|servicepunt|postnl-punt|pakketautomaat|paczkoma\w*"
    r"|punk\w* odbioru|\bombud\w*|paketskap\w*|utlamningsstalle|\bsube\w*|teslimat noktasi)"
)
# Said to wait at a pickup point, shop or locker that cannot hand it over: the shop cannot
# find it, nothing is in the locker, the code is missing, expired or refused (rulings 4.3, 6.5).
_HELD_AT = (
    r"(?:" + _PICKUP[3:-1] + r"|\bpunto\b|\bpunk[tc]\w*|\binstabox|\bcasier|\bpost office|ロッカー"
    r"|ready (?:for|to) (?:pick ?up|collect)|abholbereit|klaar om (?:op )?te halen"
    r"|gotowa do odbioru|redo att hamtas|teslim almaya hazir|pronto per il ritiro"
    r"|listo para recoger)"
)
_NOT_HANDED = (
    r"(?:(?:can't|cannot|couldn't|could not) find|kunnen (?:\w+ ){0,3}niet vinden"
    r"|nie (?:moze|moga|mog\w*) (?:jej |go )?znalezc|hittar (?:\w+ )?inte"
    r"|hittade (?:\w+ )?(?:inget|ingenting)|bulama\w*"
    r"|no (?:lo|la) encuentran|non (?:lo|la) trovano|non c'e niente|nic nie ma|niks|niets"
    r"|\bgeen code|\bkeinen code|\bingen kod|\bbrak kodu|\bsin codigo|\bsenza codice|\bkod yok"
    r"|kargo yok)"
)
_CODE_REFUSED = (
    r"\b(?:code|kod|koden|codigo|codice)\b[^.?!]{0,30}(?:invalid|ungultig|invalide|no es valido"
    r"|non (?:e )?valido|ongeldig|nieprawidlow\w*|niepoprawn\w*|ogiltig|gecersiz|expired"
    r"|abgelaufen|expire|caducado|scadut\w*|verlopen|wygasl\w*|gatt ut|suresi dol\w*)"
    r"|暗証番号[^。]{0,10}無効"
)
_NOT_HANDED_OVER = (
    _HELD_AT
    + r"[^.?!。]{0,100}"
    + f"(?:{_NOT_HANDED}|{_CODE_REFUSED})"
    + r"|"
    + f"(?:{_NOT_HANDED}|{_CODE_REFUSED})"
    + r"[^.?!。]{0,100}"
    + _HELD_AT
    + r"|(?:\b(?:code|kod|koden|codigo|codice)\b|暗証番号)[^.?!。]{0,30}"
    + _HELD_AT
    + r"[^.?!。]{0,30}(?:"
    + _CODE_REFUSED[_CODE_REFUSED.index("(?:invalid") : _CODE_REFUSED.index(r"|暗証番号")]
    + r"|無効)"
)
# At the pickup point, says the carrier, but the shop has not got it or no pickup code came.
_PICKUP_MISSING_TOLD: Final = re.compile(
    r"(?:"
    + _PICKUP
    + r"|\bshop\b|\bstore\b|post office|\bladen\b|\brelais\b|bureau de poste|correos"
    r"|ufficio postale|\bwinkel\b|\bpoczt\w*|\bica\b|コンビニ|お店|郵便局)"
    r"[^.?!。]{0,100}?(?:(?:do|does|did)n'?t have (?:it|them|my)|do(?:es)? not have (?:it|them)"
    r"|(?:not|isn'?t|its not|it's not) there|haben (?:es|ihn|sie|das paket) (?:aber |dort |da )?"
    r"nicht|ne l'(?:ont|a) pas"
    r"|no les consta|no (?:lo |la )?(?:tienen|encuentran)|non (?:ce )?l'hanno|non (?:lo )?trovano"
    r"|(?:het|hem) niet (?:hebben|heeft|gevonden)|hebben (?:het|hem) niet|nie (?:ma|maja) (?:jej"
    r"|go|paczki)|inte har (?:det|den|paketet)|har (?:det|den) inte|yok diyor|bulamadi\w*"
    r"|届いてない|届いていない|ないと言われ)"
    r"|(?:pickup|pick-up|collection|abhol|ritiro|retrait|recogida|afhaal|odbioru|upphamtning"
    r"|teslim)\w* ?(?:code|codice|codigo|kod\w*)\b[^.?!]{0,40}\b(?:never|nie|non|pas|no|nicht"
    r"|niet|inte|yok|nessuno)\b"
    r"|\b(?:no|kein\w*|pas de|aucun|sin|nessun|geen|brak|ingen|never got (?:a|the)) (?:\w+ ){0,2}"
    r"(?:pickup code|abholcode|code de retrait|codigo de recogida|codice di ritiro|afhaalcode"
    r"|kod\w* odbioru|upphamtningskod)"
)
# The rarer words first: a refusal or a code, then the place around them.
_NOT_HANDED_WORD = re.compile(_NOT_HANDED + r"|\b(?:code|kod|koden|codigo|codice)\b|暗証番号")
_NOT_HANDED_OVER_RE = re.compile(_NOT_HANDED_OVER)


def pickup_missing(text: str) -> bool:
    """At the pickup point, says the carrier, but the shop has not got it or no code came."""
    return _PICKUP_MISSING_TOLD.search(text) is not None or (
        _NOT_HANDED_WORD.search(text) is not None and _NOT_HANDED_OVER_RE.search(text) is not None
    )


_INSTEAD = (
    r"(?:instead|rather than|\bstatt\b|anstatt|au lieu|plutot qu|en lugar de|en vez de|invece"
    r"|in plaats van|zamiast|istallet|yerine|degil de)"
)
# Withdrawing from the purchase before it ships: a cancel ("je me rétracte avant l'envoi").
WITHDRAW_BEFORE_SHIPPING: Final = re.compile(
    r"(?:withdraw\w* from|zurucktreten|zurucktrete|widerrufe\w*|me retracte|retracter|retractation"
    r"|desist\w*|recedo|recedere|recesso|herroep\w*|zie af van|odstepuj\w*|odstapi\w*|angrar"
    r"|angra kopet|cayma)"
    r"[^.!]{0,60}(?:before (?:it|they) (?:ships?|is sent|leaves?)|before (?:shipping|dispatch)"
    r"|(?:noch )?nicht (?:\w+ )?(?:verschickt|versandt|versendet)|vor dem versand"
    r"|avant (?:l'envoi|l'expedition|expedition)|pas encore (?:expedie|parti)\w*"
    r"|antes del envio|antes de que (?:se )?envie|prima della spedizione|prima che (?:venga )?"
    r"spedit\w*|voor(?:dat)? (?:het )?(?:verzonden|verzending)|przed wysylk\w*|przed wyslaniem"
    r"|innan (?:det|den) (?:skickas|skickats)|kargodan once|kargoya verilmeden"
    r"|(?:do not|don't|please don't) (?:ship|send)|nicht (?:mehr )?(?:verschicken|versenden)"
    r"|ne pas expedier|no (?:lo )?envien|non spedite|niet verzenden|nie wysylac|skicka inte"
    r"|gondermeyin|bevor (?:es|sie|er|das paket) (?:\w+ )?(?:verschickt|versandt|versendet))"
)
# Taking one item off an order, and keeping the rest of it.
_REMOVE = (
    r"(?:remove|take (?:\w+ )?(?:out|off)|streich\w*|entfern\w*|raus\w*|retir\w*|enlev\w*"
    r"|supprim\w*|quit\w*|elimin\w*|togli\w*|rimuov\w*|eruit (?:halen|laten)|verwijder\w*"
    r"|weghal\w*|usun\w*|ta bort|cikar\w*|kaldir\w*)"
)
_REST_KEPT = (
    r"(?:keep the rest|the rest (?:can stay|is fine|stays)|rest bleibt|behalte (?:ich )?den rest"
    r"|den rest behalte|(?:je )?garde le reste|le reste (?:peut rester|reste|est bon)"
    r"|me quedo (?:con )?el resto|el resto (?:se queda|sigue|esta bien)|tengo solo|tengo il resto"
    r"|il resto (?:resta|va bene)|de rest (?:mag|kan) blijven|de rest (?:blijft|houd ik)"
    r"|reszt\w* (?:moze|zostaje|zostawiam)|resten (?:kan|far) (?:vara|sta) kvar|behaller resten"
    r"|gerisi (?:kalsin|kalabilir))"
)

RULES: Final[tuple[tuple[Intent, int, tuple[str, ...]], ...]] = (
    # ------------------------------------------------------------ where is my order
    (
        W,
        3,
        (
            # promised for a day that has passed
            r"(?:supposed|meant|due|expected) to (?:arrive|be (?:here|delivered)|come|ship)"
            r"|should have (?:arrived|been (?:delivered|here)|come)|devait (?:arriver|etre livr)"
            r"|(?:decia|dijo) que llegaba",
            # delivered, says the carrier, but it is not there
            r"(?:delivered|zugestellt|livre|entregad\w*|consegnat\w*|afgeleverd|bezorgd"
            r"|dostarczon\w*|doreczon\w*|levererad\w*|teslim edil\w*)\b"
            r"(?:(?!\b(?:yes|ja|oui|si)\b)[^.?!]){0,40}"
            r"\b(?:but|aber|mais|pero|ma|maar|ale|men|ama)\b"
            r"|\b(?:jej|go|ich) nie ma\b|(?:finns|ar) (?:det|den) inte\b|\bn'y est pas\b"
            r"|\bno (?:esta|hay nada)\b|\bnon ce l'ha\b|\bheeft het niet\b|\bnie ma jej\b"
            r"|配達完了(?:と|に)なって(?:い)?(?:ます|る)が"
            r"|(?:nobody|no one|nessuno|personne|nadie|niemand|nikt|ingen|kimse)\b[^.?!]{0,15}"
            r"\b(?:has|ha|n'a|tiene|heeft|hat|ma|har)\b[^.?!]{0,10}\b(?:it|the parcel|il pacco"
            r"|le colis|el paquete|het pakket|das paket|paczk\w*|paketet)",
            # the status page shows no progress
            r"in preparazione|en preparation|in vorbereitung|wird vorbereitet|hazirlaniyor"
            r"|preparing for (?:shipment|dispatch)|pendiente de envio|niewyslan\w*|ej skickad?t?"
            r"|nog niet verzonden|未発送|発送準備中|\bstoi\b[^.?!]{0,30}\b(?:sortowni|od)"
            r"|retenid\w*|delegacion|mancata consegna|\bdeposito\b|zustellung nicht moglich"
            r"|teslimat subesi\w*|\bsubede\b",
            # not sent yet? ("not yet dispatched", "sigue sin salir", "発送まだ")
            r"\bnot (?:yet )?(?:been )?(?:dispatched|shipped)\b|\byet to (?:be )?(?:dispatched"
            r"|shipped)|sigue sin (?:salir|enviar\w*)"
            r"|\bnon (?:e )?ancora (?:stato )?spedit\w*|inte skickat?s? (?:an|annu)\b"
            r"|kargoya (?:ne zaman|hala|henuz)|kargoya veril\w* mi|発送(?:は)?まだ",
            # the carrier only has the label: "label created" and its translations
            r"(?<!return )(?<!retour)(?:shipping )?label (?:created|printed|aangemaakt|gemaakt)"
            r"|shipping information (?:received|sent)|(?<!rucksende)etikett \w*\s?(?:erstellt"
            r"|gedruckt)|elektronisch (?:\w+ )?angekundigt|elektronisk avisering"
            r"|etiquette (?:\w+ )?(?:creee|imprimee)|etiqueta (?:\w+ )?(?:creada|generada|impresa)"
            r"|\bguia (?:creada|generada)|etichetta (?:\w+ )?(?:creata|stampata)"
            r"|zending (?:is )?aangemeld|(?:nadano|utworzono|wygenerowano) etykiet\w*"
            r"|etykiet\w* (?:nadan\w*|utworzon\w*)|\bw przygotowaniu\b|\bw ogole (?:wyslan\w*"
            r"|odebral\w*|nadan\w*)|wyslan\w* w ogole|gonderi olusturuldu|etiket olusturuldu"
            r"|pas encore (?:partie?s?|expediee?s?|envoyee?s?)\b"
            r"|送り状(?:が)?(?:作成|発行)|ラベル作成",
            # will it come before a day, a missing second parcel
            r"\bkomt (?:het|hij|ze)\b[^.?!]{0,20}\b(?:voor|op tijd)\b|\bzdazy\b|\bhinner (?:det"
            r"|den)"
            r"|までに(?:は)?届きますか|それまでに|\bstatus\b[^.?!]{0,40}\?|leveransstatus"
            r"|\bkiedy wysylka|(?:mi dite|ditemi) qualcosa|\bcome mai\b|\bnogsteeds\b"
            r"|\binte fa?tt?\b",
            # will it come by a day, a date or a holiday ("arriva entro venerdì?")
            r"\b(?:arrive|get here|be here|come|be delivered|reach me|make it|get it|have it)\b"
            r"[^.?!]{0,20}\b(?:by|before|until|in time for)\s+(?:the\s+)?"
            + _BY_WHEN
            + r"|\b(?:schaff\w*|kommt|ankommen|da|geliefert|bekomm\w*|brauch\w*)\b[^.?!]{0,20}"
            r"\bbis (?:zum |spatestens |zu )?" + _BY_WHEN + r"[^?]{0,60}\?"
            r"|\b(?:arriv\w*|livre\w*|recevoir|recu\w*|l'aurai|l'avoir)\b[^.?!]{0,20}"
            r"\b(?:avant|d'ici|pour) (?:le |la )?"
            + _BY_WHEN
            + r"|\b(?:lleg\w*|recib\w*|tenerlo|entreg\w*)\b[^.?!]{0,20}\b(?:antes del?|para el)"
            r"\s+(?:dia\s+)?"
            + _BY_WHEN
            + r"|\b(?:arriv\w*|ricev\w*|consegn\w*|averlo)\b[^.?!]{0,20}\b(?:entro|prima di)"
            r"\s+(?:il |la |l')?"
            + _BY_WHEN
            + r"|\b(?:dotrze|dojdzie|przyjdzie|dostane)\b[^.?!]{0,20}\b(?:do|przed|na)\s+"
            + _BY_WHEN
            + r"|\bkommer (?:det|den|paketet)\b[^.?!]{0,15}\b(?:till|innan|fore)\s+"
            + _BY_WHEN
            + r"|\b\w+ (?:kadar|once)\b[^.?!]{0,15}\b(?:gelir|ulasir|yetisir)\w* mi",
            # the carrier's number is not found
            r"(?:問い合わせ|お問合せ|伝票|追跡)番号|該当なし|\bnn\s+(?:\w+\s+)?(?:e )?ancora\b",
            r"\bwhere'?s? (?:is )?my \w+\s*\?|\bwo is\b|\b(?:il|elle) est ou\b|\bc'est ou\b"
            r"|(?:荷物|にもつ|注文)[^。]{0,4}どこ"
            r"|\b(?:staat|star|stoi|sta)\b[^.?!]{0,30}\bstil+\b|\bstar still\b|hareket etmiyor"
            r"|bewegt sich\b[^.?!]{0,25}\bnicht|ne bouge (?:plus|pas)|no se mueve|\b(?:e"
            r"|sta) ferm[oa]\b"
            r"|動いていません|動きがない|\bstoi od\b",
            r"(?:could|can) you (?:please )?check (?:on )?(?:it|this|my order)"
            r"|\bkan (?:u|ni|je) (?:\w+ )?(?:kijke|kijken|kolla)\b(?! (?:om|if|ob|si))"
            r"|pouvez-vous verifier|wo ist es jetzt",
            # "you said Tuesday": the seller's promised day, quoted
            _YOU_SAID
            + r"(?:(?!"
            + _OTHER_MATTER
            + r")[^?!。]){0,80}?"
            + _DAY
            + r"|"
            + _DAY
            + r"[^.?!]{0,20}(?:gelecek|teslim edilecek) (?:demistiniz|yazmistiniz)",
            # the carrier's status stalls: failed, postponed, no progress, lying at a depot
            r"\bdelivery (?:attempt )?(?:failed|unsuccessful)|\bfailed (?:delivery|to deliver)"
            r"|\b(?:postponed|rescheduled)\b|\bno (?:progress|movement)\b|\bhasn'?t moved since"
            r"|zustellung (?:\w+ )?(?:verschoben|fehlgeschlagen)|lieferung (?:\w+ )?(?:verzogert"
            r"|verschoben)|verzogert sich|\bverschoben\b|\bliegt seit\b"
            r"|(?:livraison|distribution) (?:\w+ )?(?:reportee|echouee)|\breportee?\b|pas bouge"
            r"|echec de (?:la )?livraison|incidencia (?:en (?:el |la )?)?(?:reparto|entrega)"
            r"|\bno avanza|sin avanzar|\b(?:se )?paro en\b|entrega fallida"
            r"|consegna (?:\w+ )?(?:fallita|rinviata|posticipata)|\bfermo da\b"
            r"|bezorging (?:\w+ )?(?:mislukt|uitgesteld)|\bligt (?:al )?sinds\b|\bsinds "
            + _DAY
            + r"|in behandeling (?:in|bij)|\blezy (?:w|na) (?:oddziale|sortowni|magazynie|punkcie)"
            r"|nie doreczaj\w*|nieudan\w* (?:dostaw|doreczen)\w*|leverans\w* (?:\w+ )?misslyckad\w*"
            r"|misslyckad leverans|ingen uppdatering|kommit bort|teslimat (?:\w+ )?basarisiz"
            r"|\w+den beri (?:subede|depoda|bekliyor)|subede bekliyor"
            r"|持ち戻り|配達できませんでした",
            # the carrier says nobody was in, or a new attempt is asked for
            r"\b(?:(?:said|says|wrote|claims?|marked)\s+(?:that\s+)?(?:nobody|no one|no-one)"
            r"\s+(?:was\s+)?(?:home|in|there)\b)|\bnicht angetroffen|\bniemand angetroffen"
            r"|destinataire absent|destinatario (?:ausente|assente)|nikogo nie (?:bylo|zastal)"
            r"|\bnie zastal|\bniemand thuis (?:was|geweest)|mottagaren (?:var )?inte (?:var )?hemma"
            r"|\bingen var hemma"
            r"|alici (?:adreste )?bulunamadi|adreste bulunamadi|不在票|不在連絡票"
            r"|\btry (?:again|to deliver again)\b|\bredeliver\w*|\bre-?delivery\b|再配達"
            r"|(?:neue[rn]?|zweite[rn]?) zustellversuch|\berneut zustell\w*|\brepass\w*"
            r"|nouvelle (?:tentative|livraison)|nouveau passage|\bvuelv\w* a (?:pasar|intentar)"
            r"|nuevo intento|\bripass\w*|nuovo tentativo|nieuwe bezorgpoging|opnieuw bezorg\w*"
            r"|ponown\w* (?:dostaw\w*|dorecz\w*|prob\w*)|nytt (?:leverans)?forsok"
            r"|(?:tekrar|yeniden) (?:dagitim|gelecek|getir\w*|teslim)",
            # "when" after the verb, the new date asked for
            r"\b(?:arrive\w*|livre\w*|expedie\w*|recoi\w*|recevrai|part\w*)(?:-t-(?:il|elle))?,?"
            r" quand\b|\bc'est (?:pour )?quand\b|\bnew (?:delivery )?date\b"
            r"|\bneue[sr]? (?:liefer)?(?:datum|termin)\b|\bnuova data\b|\bnouvelle date\b"
            r"|\bnueva fecha\b|\bnieuwe (?:lever|bezorg)?datum\b|\bnowa data\b|\bnytt datum\b"
            r"|\byeni tarih\b",
            # how long must I wait, sent or not
            r"\bhow long (?:do|must|should|will) i (?:have to |need to )?(?:still )?wait"
            r"|\bwie lange (?:muss|soll) ich (?:\w+ )?warten|\bcombien de temps (?:dois-je|faut-il"
            r"|je dois) (?:\w+ )?attendre|\bcuanto (?:tiempo )?(?:tengo que|debo|hay que) (?:\w+ )?"
            r"esperar|\bquanto (?:tempo )?(?:devo|dovro) (?:\w+ )?aspettare|\bhoe lang (?:moet|zal)"
            r" ik (?:\w+ )?wachten|\bjak dlugo (?:mam|musze|bede) (?:\w+ )?czekac|\bhur lange"
            r" (?:ska|maste|behover) jag (?:\w+ )?vanta|\bne kadar (?:daha )?bekle\w*|いつまで待て"
            r"|\b(?:sent|shipped|dispatched|verschickt|versandt|envoye|expedie|enviado|spedito"
            r"|verzonden|verstuurd|wyslan\w*|skickat|gonderil\w*)\b[^.?!]{0,15}"
            r"\b(?:or not|oder nicht|ou pas|ou non|o no|of niet|czy nie|eller inte|yoksa degil)\b",
            # will it arrive in time for a day or an occasion
            r"\bmake it (?:by|for|in time|before)\b|\b(?:arrive|get here|be here) in time\b"
            r"|\brechtzeitig\b|\ba temps (?:pour|avant)\b"
            r"|\barrivera(?:-t-il|-t-elle)? (?:\w+ )?avant"
            r"|\ba tiempo (?:para|antes)\b|\bllegara (?:\w+ )?antes|\bin tempo (?:per|prima)\b"
            r"|\barrivera (?:\w+ )?prima|\bop tijd (?:voor|binnen)\b|\byetis(?:ir|ecek|ebilir)\w*"
            r"|間に合(?:い|う)",
            # "any news of my parcel?"
            ANY_NEWS + r"[^.?!]{0,30}" + _ORDER,
        ),
    ),
    # ------------------------------------------------------------ cancel
    (
        C,
        3,
        (
            # one item off an order not yet shipped
            r"\b(?:remove|take|delete)\b[^.?!]{0,30}\b(?:from|off) (?:my|the) order|aus (?:meiner"
            r"|der)"
            r" bestellung (?:\w+ ){0,3}(?:streichen|entfernen|herausnehmen)|(?:von|aus) meiner"
            r" bestellung\b[^.?!]{0,30}\b(?:streichen|entfernen)|retirer de (?:ma|la) commande"
            r"|(?:quitar|eliminar|sacar) del pedido|togliere dall'ordine|rimuovere dall'ordine"
            r"|uit (?:mijn|de) bestelling (?:halen|verwijderen|weghalen)|usun\w* z zamowienia"
            r"|ta bort\b[^.?!]{0,30}\bfran (?:min |mitt )?(?:bestallning|order)"
            r"|siparis\w* (?:\w+ )?cikar\w*|注文から[^。]{0,10}(?:削除|外し)",
            # withdrawing from the purchase before it ships
            WITHDRAW_BEFORE_SHIPPING.pattern,
            # one item off, the rest kept: "retirez le tapis, je garde le reste", "nur 2 schicken"
            r"\b"
            + _REMOVE
            + r"[^.!]{0,50}\b"
            + _REST_KEPT
            + r"|\b"
            + _REST_KEPT
            + r"[^.!]{0,50}\b"
            + _REMOVE
            + r"|\b(?:tolg|rimuov|elimin)\w*\s+dall'ordine|\b(?:only|just) (?:send|ship) (?:\d+"
            r"|one|two)\b|\bnur (?:\d+|eine?n?|zwei) (?:\w+ )?(?:schicken|senden|liefern"
            r"|verschicken)\b",
        ),
    ),
    # ------------------------------------------------------------ return
    (
        R,
        3,
        (
            r"zuruck ?(?:geb|gab|schick|send)\w*|ruckporto|return (?:shipping|postage)"
            r"|frais de retour|spese di (?:reso|restituzione)|terugstu\w*|terug te (?:sturen|geven)"
            r"|\bretur(?!n)\w*|lamna tillbaka|stuur\w* (?:\w+ ){0,2}terug\b"
            r"|skicka\w* (?:\w+ ){0,2}tillbaka|koszt\w* (?:zwrotu|odeslania)|iade kargo",
        ),
    ),
    # ------------------------------------------------------------ damaged or wrong
    (
        D,
        3,
        (
            r"\bstopped (?!work)\w+ing\b|\brepad\w*|\bヒビ|つぶれ|潰れ",
            r"\bin (?:pieces|bits|shards|scherben|stucken|stukken|bitar|frantumi|pezzi)\b"
            r"|en (?:morceaux|mille morceaux|miettes)|hech[oa]s? (?:pedazos|trizas|anicos)"
            r"|na kawalki|\bi (?:bitar|kras)\b|paramparca|粉々|バラバラ",
            r"\bordered\b[^.?!]{0,40}[,;] (?:and )?(?:received|got)\b"
            r"|注文したのは[^。]{0,30}届いたのは"
            r"|zamawial\w*\b[^.?!]{0,40}\ba (?:przyszl\w*|dostal\w*)"
            r"|siparis ettim\b[^.?!]{0,40}\bgelmis",
            r"\bcame without\b|\bwithout (?:the )?(?:\w+ ){0,2}(?:screws|parts|hardware|cable"
            r"|manual|instructions)\b|(?:ネジ|部品|説明書|付属品|パーツ|ケーブル|充電器|リモコン|電池)[^。]{0,12}"
            r"入っていません"
            r"|(?:brak\w*|nie ma)\b[^.?!]{0,30}\b(?:srub\w*|czesci|instrukcji)",
            # a defect in the plural, the past, the third person
            r"\bleaks\b|\b(?:lauft|springt|schaltet|geht) nicht(?: an\b| mehr\b|,)"
            r"|\bfui(?:t|ent)\b|ne s'allument (?:pas|plus)|ne s'allume plus"
            r"|ne (?:fonctionnent|marchent|chargent) (?:pas|plus)"
            r"|\bno (?:encienden|funcionan|cargan)\b"
            r"|\bfaltab(?:a|an)\b(?! \w+ (?:dias|semanas|horas))|\bmancav\w*"
            r"|\bnon (?:si )?(?:accendono|funzionano|caricano)\b|\bingedeukt\b|\bbarst\b|\bdeuk\b"
            r"|\bbrakowal\w*|\bnie (?:dzialaj|wlaczaj)\w*|\bsaknade?s?\b"
            r"|\b(?:kutu\w*|icinden|paketten)\b[^.?!]{0,30}\bcikma(?:di|mis)\b",
            # what came set against what was ordered
            r"\byou sent (?:me )?[^.?!]{0,30}\bi (?:ordered|bought|paid for)\b"
            r"|\bi (?:ordered|bought) (?:the |a |an )?[^.?!,]{1,20}? not (?:the |a |an )?\w+"
            r"|\bnot (?:the )?\w+ (?:like|as) (?:the |in the )?(?:listing|description|ad|page"
            r"|title)"
            r"|\b(?:obwohl|dabei|wahrend|aber) ich (?:\w+ ){0,3}(?:bestellt|gekauft) (?:habe|hatte)"
            r"|\bich hatte (?:\w+ ){0,3}bestellt"
            r"|\b(?:je recois|j'ai recu|on m'a envoye|vous m'avez envoye)\b[^.?!]{0,40}\b(?:alors"
            r" que|tandis que|mais) j'(?:ai|avais) (?:commande|achete)"
            r"|\b(?:y|pero) yo (?:compre|pedi)\b|\bcuando yo (?:compre|pedi)\b"
            r"|\b(?:mentre|ma) (?:io )?(?:ho|avevo) (?:ordinato|comprato)"
            r"|\b(?:terwijl|maar) ik (?:\w+ ){0,3}(?:had |heb )?besteld"
            r"|\b(?:men|fast|medan) jag (?:hade )?(?:bestallde|bestallt|kopte)"
            r"|注文したのは[^。]{0,30}(?:届き|届いた|来まし|が来)",
            r"send (?:me )?the right one|das richtige (?:schicken|senden)|proszę o wlasciw\w*"
            r"|prosze o wlasciw\w*|dogrusunu gonder\w*",
        ),
    ),
    # ------------------------------------------------------------ address change
    (
        A,
        3,
        (
            r"(?:room|flat|apartment|unit|door) (?:number|no)|numer\w* mieszkania|\bm\. ?\d+"
            r"|lagenhetsnummer|\bdaire\b|\bnya adress",
            r"(?:forgot|vergessen|oublie|olvid\w*|dimenticat\w*|vergeten|zapomnial\w*|glomde"
            r"|unuttum)\b[^.?!]{0,40}\b(?:room|flat|floor|door|intercom|buzzer|name on the bell"
            r"|klingel\w*|etage|stock|digicode|interphone|piso|puerta|planta|citofono|interno"
            r"|scala|piano|verdieping|bel|pietro|domofon\w*|vaning|portkod|kat|zil)\b",
            r"trompe d'adresse|me (?:suis )?trompe (?:de|d')|pomylil\w* (?:kod|adres|numer|ulic)"
            r"|fel postnummer|(?:ilce|mahalle|sokak)\w* yanlis",
            r"(?:cambiar|change|andern|changer|cambiare|wijzig\w*|zmieni\w*|andra)\b[^.?!]{0,10}"
            r"\b(?:la |the |die |de |)(?:entrega|delivery|lieferung|livraison|consegna|levering"
            r"|dostawe|leveransen)\b[^.?!]{0,10}\b(?:a|to|an|au|naar|do|till)\b"
            r"|zmieni\w* paczkomat|adres\w* (?:gonder|yolla)\w*|宛て?(?:に|へ)(?:変更|送)"
            r"|(?:勤務先|会社|職場|実家)(?:に|へ|宛)[^。]{0,6}(?:送|届|配送|変更)"
            r"|\bnaar (?:mijn |het )?(?:werk|kantoor)\b[^.?!]{0,10}\b(?:sturen|bezorgen|versturen"
            r"|gestuurd|bezorgd|geleverd)"
            r"|\btill (?:mitt |min )?(?:jobb\w*|kontor\w*)|is ?yerim\w*",
            # redirect a parcel on its way (asked for, not the carrier's "was redirected")
            r"\bredirect (?:it|the|my|this)\b|\b(?:be )?(?:redirected|rerouted) to\b"
            r"|\breroute (?:it|the|my)\b|\bumleiten\b|\bumzuleiten\b|umgeleitet werden"
            r"|\brediriger\b|\breacheminer\b|\bredirigir\w*|\bdesviar\w*|\breindirizzar\w*"
            r"|\bdirottar\w*|\bomleiden\b|omgeleid (?:\w+ )?(?:worden|naar)|\bprzekierowa\w*"
            r"|\bstyra om\b|\bdirigera om\b|\bomdirigera\w*|\byonlendir(?!ildi)\w*"
            r"|転送(?:でき|して|をお願い|希望)",
            # what the driver needs at the door, for the courier
            _DELIVERY_DETAIL,
            # a detail of the address to add, or written wrong
            r"(?:\b(?:add|include|erganz\w*|hinzufug\w*|nachtragen|ajouter|anadir|agregar|aggiung\w*"
            r"|toevoeg\w*|bijschrijven|dopisa\w*|doda\w*|lagga? till|ekle\w*|vertan|vertippt"
            r"|verschrieben|trompe|equivoque|equivocado|sbagliato|verkeerde?|pomylil\w*|skrev fel"
            r"|yanlis yaz\w*|forgot|vergessen|oublie|olvide|dimenticat\w*|vergeten|zapomnial\w*"
            r"|glomde|unuttum)\b|追加|追記|書き間違|忘れ)[^.?!。]{0,40}"
            + _ADDRESS_DETAIL
            + r"|"
            + _ADDRESS_DETAIL
            + r"[^.?!。]{0,40}(?:\b(?:add|erganz\w*|hinzufug\w*|ajouter"
            r"|anadir|aggiung\w*|toevoeg\w*|dopisa\w*|lagga? till|ekle\w*|vertan|vertippt"
            r"|sbagliato|yanlis|forgot|vergessen|oublie|olvide|dimenticat\w*|vergeten"
            r"|zapomnial\w*|glomde|unuttum)\b|追加|書き間違|間違)",
            # a pickup point or locker instead of the door
            _PICKUP
            + r"[^.?!。]{0,40}"
            + _INSTEAD
            + r"|"
            + _INSTEAD
            + r"[^.?!。]{0,40}"
            + _PICKUP
            + r"|(?:コンビニ|営業所|ロッカー|宅配ボックス)[^。]{0,6}(?:受け取り|受取)",
        ),
    ),
    # ------------------------------------------------------------ product question
    (
        P,
        3,
        (
            r"\b\d+ ?v\b[^.?!]{0,40}\?|\b\d+ ?(?:graden|grader|derece\w*|stopni|degrees|grad)\b"
            r"|wasmachine|tvatt\w*|yikan\w*|\b(?:does|do) (?:it|this|they|the \w+) (?:take|use|need"
            r"|hold)\b|\bpamuk\b|\bpassar \w+ (?:till|pa|i)\b",
            r"(?:come si|how do (?:i|you)|wie (?:stelle|kann) (?:ich|man)|comment (?:on )?"
            r"|como se|hoe (?:stel|kan) (?:ik|je)|jak (?:sie )?|hur (?:staller|gor) (?:man|jag)"
            r"|nasil)\b[^.?!]{0,30}(?:impost\w*|set|einstell\w*|regl\w*|configur\w*|instel\w*"
            r"|ustawi\w*|in\b|ayarl\w*)",
            # fits with the noun between, a measure asked, what it comes with
            r"\bsirve (?:\w+ ){1,3}para\b"
            r"|\bpast (?:deze|dit|die|het|de) (?:\w+ )?(?:op|in|bij|aan)\b"
            r"|対応(?:でしょうか|していますか|ですか)|サイズ感|\bpojemnos\w*"
            r"|\bjaka jest (?:wielkosc|dlugosc|szerokosc|wysokosc|waga)"
            r"|\bist (?:das|der|die) \w+ [^.?!]{0,25}\b(?:lang|breit|hoch|schwer|gross)\s*\?"
            r"|\bviene (?:\w+ )?(?:envasad|enrollad|montad|desmontad)\w*|\bvient(?:-il|-elle)? avec"
            r"|" + _WARRANTY_LENGTH,
            # what it contains: "gluten free?", "does it contain nuts?"
            r"(?:\b(?:gluten|lactose|dairy|nut|sugar|soy|alcohol|bpa|latex|paraben)[- ]?free"
            r"|glutenfrei|laktosefrei|zuckerfrei|sans (?:gluten|lactose|sucre)"
            r"|sin (?:gluten|lactosa|azucar)|senza (?:glutine|lattosio|zucchero)"
            r"|glutenvrij|lactosevrij|suikervrij"
            r"|bez (?:glutenu|laktozy|cukru)|bezglutenow\w*|glutenfri|laktosfri|sockerfri|glutensiz"
            r"|laktozsuz|sekersiz|\bvegan\w*|\bcontains?\b|\benthalt\b|\bcontient\b|\bcontiene\b"
            r"|\bcontengono\b|\bbevat\b|\bzawiera\w*|\binnehaller\b|\bicer(?:iyor|ir)\b)[^.!?]{0,40}\?"
            r"|含まれ(?:てい)?ますか|含みますか|グルテンフリー|\ballerg\w*|アレルギー",
            # how to pair, connect, install it, change its language
            r"\b(?:how|wie|comment|como|come|hoe|jak|hur|nasil)\b[^.?!]{0,30}\b(?:pair\w*|connect\w*"
            r"|reset\w*|install\w*|set (?:it |this |them )?up|change the language|verbind\w*"
            r"|koppel\w*|kopple|verknupf\w*|zurucksetz\w*|installier\w*|einricht\w*|sprache"
            r"|connecter|appairer|jumeler|reinitialiser|installer|langue|conect\w*|empareja\w*"
            r"|vincul\w*|instal\w*|idioma|collega\w*|abbina\w*|accoppia\w*|lingua|polacz\w*"
            r"|sparowa\w*|parowa\w*|jezyk\w*|anslut\w*|parkoppl\w*|koppla\w*|sprak\w*|bagla\w*"
            r"|eslestir\w*|kurulu\w*|dil\w*)"
            r"|(?:ペアリング|接続|設定|初期化)(?:の)?(?:方法|仕方|手順)|使い方を教え",
            r"\b(?:znowu|ponownie|tekrar|weer|igen|de nuevo|di nuovo|wieder)\b[^.?!]{0,20}"
            r"(?:dostepn\w*|stog\w*|stok\w*|voorraad|leverbaar|lager|disponible|disponibil\w*"
            r"|verfugbar|lieferbar)|kiedy bedzie (?:znowu|ponownie)",
        ),
    ),
    # ------------------------------------------------------------ thanks
    (
        T,
        3,
        (
            r"(?:just|only|nur|juste|solo|alleen|tylko|bara)\b[^.?!]{0,20}\b(?:thank|danke"
            r"|remercier|ringraziar\w*|agradecer|bedanken|podziekowac|tacka|saga tack)"
            r"|no need to (?:reply|answer|respond)|pas besoin de repondre|non serve rispondere"
            r"|no hace falta (?:responder|contestar)|keine antwort notig|hoeft niet te antwoorden"
            r"|niet nodig om te antwoorden|nie trzeba odpisywac|inget svar behovs"
            r"|cevap (?:vermenize )?gerek (?:yok|kalmadi)|返信不要",
        ),
    ),
)

# "If it is not here by Friday, cancel": the cancellation waits on the delivery.
CONDITIONAL_CANCEL: Final = re.compile(
    r"(?:\b(?:if|wenn|falls|si|se non|als|jesli|jezeli|om)\b|\bs'il)[^.?!]{0,40}"
    r"\b(?:here|arrive[sd]?|arrived|come|comes|delivered|da|ankommt|kommt|geliefert|arrive"
    r"|livre|llega|llegado|arriva|arrivato|komt|er|dojdzie|przyjdzie|dotrze|kommer|fram)\b"
    r"[^.?!]{0,50}"
    + _CANCEL
    + r"|gelmezse\b[^.?!]{0,20}iptal|届かない(?:ようでしたら|なら|場合)[^。]{0,10}キャンセル"
)
# "If not / if so / otherwise, I'll cancel or return": the cancel or return waits on the
# answer to the question before it.
CONDITIONAL_ASK: Final = re.compile(
    r"(?:\b(?:otherwise|else|if not|if so|if yes|if it doesn'?t|falls (?:ja|nein|nicht)|sonst"
    r"|ansonsten|sinon|si (?:oui|non|c'est le cas)|si no|si es asi|de lo contrario|altrimenti"
    r"|se si|se no|se (?:e )?cosi|anders|zo ja|zo niet|als dat zo is|w przeciwnym razie"
    r"|jesli (?:tak|nie)|jezeli (?:tak|nie)|annars|om (?:ja|inte|nej)|aksi takdirde|yoksa"
    r"|evetse|degilse|wenn (?:\w+ )?(?:nicht|nein|kein\w*)|als (?:het|dat|die|hij|ze) (?:\w+ )?niet"
    r"|jak nie|jesli (?:\w+ )?nie|if (?:it|they) (?:isn'?t|is not|won'?t|doesn'?t|does not|aren'?t)"
    r"|si ce n'est pas|si (?:\w+ )?(?:ne|n')\w*|se non|om (?:den|det|de) (?:\w+ )?inte)\b"
    r"|でなければ|ないなら|でしたら)"
    r"(?:(?!\b(?:please|pls|bitte|svp|por favor|per favore|graag|prosze|snalla|lutfen)\b)"
    r"[^.?!]){0,50}"
    r"(?:" + _CANCEL + r"|\breturn|\bsend (?:it )?back|zuruck\w*|renvo\w*|retourn\w*|devol\w*"
    r"|restitu\w*|terug\w*|zwroc\w*|zwrot\w*|returnera\w*|skicka tillbaka|iade\w*|返品)"
)
# The seller cancelled, the buyer was charged twice, a review to change: none of these is
# a cancellation, a return or a follow-up, whatever words they share.
NOT_A_REQUEST: Final = re.compile(
    r"\b(?:why|how come|warum|wieso|weshalb|pourquoi|por ?que|perche|come mai|waarom"
    r"|hoezo|dlaczego|czemu|varfor|neden|niye)\b"
    r"[^.?!]{0,40}" + _CANCEL + r"|なぜ[^。]{0,10}キャンセル"
    r"|(?:charged|debit\w*|abgebucht|cobra\w*|prelev\w*|addebitat\w*|afgeschreven|obciazon\w*"
    r"|dragits"
    r"|cekildi)\b[^.?!]{0,30}\b(?:twice|deux fois|zweimal|doppelt|dos veces|due volte"
    r"|twee keer|dwa razy|tva ganger|iki kez)"
    r"|\b(?:change|edit|update|remove|delete|andern|modifier|cambiar|modificare|wijzig\w*"
    r"|zmieni\w*|andra|degistir\w*)\b[^?]{0,30}\b(?:review|bewertung|(?<!d')avis|resena|recensione"
    r"|recensie|opini\w*|recension|yorum)|レビュー[^。？]{0,20}(?:変更|修正|削除)"
    r"|\b(?:review|rezension|bewertung|(?<!d')avis|resena|recensione|recensie|opini\w*|recension"
    r"|yorum|star|stern|etoile|estrella|stella|ster|gwiazd\w*|stjarn\w*|yildiz)\w*\b"
    r"[^?]{0,90}\b(?:change|edit|update|remove|delete|andern|loschen|modifier|cambio|cambiar"
    r"|cambiare|modificare|wijzig\w*"
    r"|zmieni\w*|andra|andrar|degistir\w*)"
)
# A partial delivery: one parcel of several, the rest on its way.
PARTIAL_DELIVERY: Final = re.compile(
    r"(?:sent|shipped|coming|come|arrive\w*|verschickt|kommt|envoye|llega\w*|arriva\w*|komt"
    r"|idzie|kommer|gonderil\w*)\b[^.?!]{0,15}\b(?:separately|separat\w*|getrennt|a parte"
    r"|(?<!coming )(?<!come )apart|separement|por separado|osobno|oddzielnie)\b|(?:separately"
    r"|separat\w*|getrennt"
    r"|a parte|separement|por separado|osobno|oddzielnie|ayri)\b[^.?!]{0,15}(?:sent|shipped"
    r"|verschickt|versandt|envoye|enviad\w*|spedit\w*|gonderil\w*)|別便"
    r"|\b(?:the )?(?:second|other|rest|zweite|deuxieme|segundo|secondo|tweede|druga|andra"
    r"|diger\w*) "
    + _BOX
    + r"\b|(?:only|nur|seul|solo|maar(?! er\b)|tylko|bara|sadece)\b[^.?!]{0,25}"
    r"\b(?:of|von|des|de|dei|van|z|av)\b[^.?!]{0,10}" + _BOX + r"|残りは"
)
# "Not shipped yet", "still in preparation": the status told for a request's sake.
NOT_YET_SHIPPED: Final = re.compile(
    r"not (?:yet )?(?:been )?(?:shipped|dispatched)|noch nicht (?:versandt|verschickt|raus)"
    r"|pas encore (?:partie?|expedie\w*)|todavia no ha salido|aun no (?:ha salido|se ha enviado)"
    r"|non (?:e )?ancora (?:partit|spedit)\w*|nog niet verzonden|jeszcze nie wyslan\w*"
    r"|inte skickad\w* an|henuz kargoya verilmedi|まだ発送されていない"
    r"|no se ha enviado|(?:ar )?(?:det|den) inte (?:ar )?skickat?s?\b|\binte (?:ar )?skickat\b"
)
# "If it has not shipped yet, cancel it": the shipping status is the cancel's condition, not a
# threat about a late parcel ("if it is not here by Friday, cancel").
IF_NOT_SHIPPED: Final = re.compile(
    r"\b(?:if|wenn|falls|si|se|als|indien|jesli|jezeli|om|ar)\b[^.?!]{0,30}(?:"
    + NOT_YET_SHIPPED.pattern
    + r"|(?:hasn'?t|has not|isn'?t|is not) (?:\w+ )?(?:shipped|sent|dispatched|left)"
    + r"|nicht (?:\w+ )?(?:verschickt|versandt|raus)|pas encore parti|nog niet verzonden"
    + r"|nie wyslan\w*)|発送されていなければ|\b(?:kargoya verilmediyse|gonderilmediyse)\b"
)
# A lost parcel to send again or refund: the delivery failed, nothing comes back to us.
_SEND_AGAIN = (
    r"(?:reship|resend|send (?:it )?again|renvoyer|reenviar\w*|rispedir\w*|opnieuw (?:ver)?sturen"
    r"|ponownie wysla\w*|skicka (?:en ny|igen)|tekrar gonder\w*)"
)
RESHIP_OR_REFUND: Final = re.compile(
    rf"{_SEND_AGAIN}\b[^.?!]{{0,30}}"
    r"\b(?:or|ou|o|oder|of|lub|eller|veya)\b|\b(?:perdu|lost|verloren|perdido|perso|kwijt"
    r"|zaginion\w*|forsvunnen|kayboldu)\b[^!]{0,60}(?:renvoyer|reship|resend|reenviar"
    r"|rispedir\w*|opnieuw|ersatz|erstatt\w*)|再送か返金"
)
# "Send it again" after a parcel nobody has: a delivery to repeat, not a return.
RESEND: Final = re.compile(rf"\b{_SEND_AGAIN}|再送")
# The refund refused: the buyer wants the item itself (ruling 5.8).
NO_REFUND_WANTED: Final = re.compile(
    r"\b(?:don'?t|do not|doesn'?t) want (?:a |the |my )?(?:refund|money back)|\bnot a refund\b"
    r"|\b(?:will|mochte|brauche) keine (?:erstattung|ruckerstattung|gutschrift)"
    r"|\bkein geld zuruck|\bne veux pas (?:de |d'|etre |me faire )?rembours"
    r"|\bno quiero (?:el |un |mi |que me (?:hagan |den )?)?"
    r"(?:reembolso|devuelvan el dinero)|\bnon voglio (?:il |un |essere )?rimbors"
    r"|\bwil geen (?:geld terug|terugbetaling)"
    r"|\bnie chce (?:zwrotu|pieniedzy)|\bvill inte ha (?:pengarna|en aterbetalning|aterbetalning)"
    r"|\b(?:para )?iadesi? istemiyorum|返金ではなく|返金は(?:不要|いりません|希望しません)"
)
# Where the buyer may hand the return in, or with a QR code for want of a printer (ruling
# 5.10): the buyer's own act, not a delivery to redirect.
DROP_OFF_ASKED: Final = re.compile(
    r"\b(?:can|could|may) i (?:\w+ ){0,2}drop (?:\w+ ){0,2}off\b|\bdrop off (?:a|at)\b"
    r"|\b(?:kann|darf) ich [^.?!]{0,40}\babgeben\b|\bje (?:peux|pourrais) (?:le |la |les )?deposer"
    r"|\bpuis-je (?:le |la |les )?deposer|\bpuedo (?:dejarl|entregarl|llevarl)\w*"
    r"|\bposso (?:lasciarl|consegnarl|portarl)\w*|\b(?:kan|mag) ik [^.?!]{0,40}\binleveren\b"
    r"|\bczy moge (?:\w+ ){0,2}nadac|\bkan jag (?:\w+ ){0,2}lamna (?:in|av)\b"
    r"|\bbirakabilir miyim|持ち込め|持ち込んで(?:も|いい)"
    r"|\b(?:no|don'?t have a|keinen|pas d'|sin|no tengo|non ho (?:la |una )?|geen|nie mam"
    r"|ingen)\s?(?:printer|drucker|imprimante|impresora|stampante|drukark\w*|skrivare)"
    r"|\byazici(?:m|miz)? yok|プリンター(?:が|は)(?:ない|ありません)"
)
# Swapping a sound item: the refund refused for an exchange.
EXCHANGE_WANTED: Final = re.compile(
    r"exchange|swap|umtausch|tauschen|echange|echanger|cambi|scambi|ruil|omruil|wymian|byta"
    r"|degisim|degistir|交換|\bsize\b|\btalla\b|\btaglia\b|\bgrosse\b|\bmaat\b|rozmiar"
    r"|storlek|\bbeden"
)
# A-to-z claims named: a threat about the delivery, not a return.
AZ_CLAIM: Final = re.compile(
    r"a-?to-?z|a to z|\ba a z\b|dalla a alla z|a-z-garantie|a-bis-z|de la a a la z|a-tot-z"
    r"|od a do z|a'dan z'ye|aから?z"
)
# "Never used": an unused item, no complaint about a used one.
UNUSED: Final = re.compile(
    r"never used|not used|mai usat\w*|nie uzywan\w*|unbenutzt|jamais utilise|sin usar"
    r"|nunca usad\w*|ongebruikt|oanvand\w*|kullanilmamis|未使用"
)
_THANKS_FOR = (
    r"(?:thanks?|thank you|danke|dank|merci|gracias|grazie|bedankt|dziekuj\w*|tack)\b[^.?!]{0,10}"
    r"\b(?:for|fur|pour|por|per|voor|za|for)\b[^.?!]{0,25}"
)
_DONE = (
    r"(?:replacement|exchange|refund|resend|renvoi|ersatz|umtausch|erstattung|reembolso"
    r"|recambio|cambio|sostituzione|rimborso|remboursement|vervanging|terugbetaling|wymian\w*"
    r"|zwrot|skickade en ny|aterbetalning\w*|remplacement|resolver\w*|risolver\w*"
    r"|info|explanation|reponse|risposta|respuesta|antwoord|odpowiedz|svar)"
)
# Thanks for something the seller did or said: the matter is closed, and it was a matter.
THANKS_FOR_DONE: Final = re.compile(
    _THANKS_FOR + _DONE + r"|(?:degisim|iade)\w*[^.?!]{0,30}tesekkur"
    r"|ご対応いただき(?:まして)?ありがと|(?:返金|交換|再送)[^。]{0,4}ありがと"
    r"|(?:ご連絡|ご回答|ご返信)ありがと|bilgi icin tesekkur"
)
# The matter closed: the new one works, all sorted and it came, solved it myself.
_NEW_ONE = (
    r"(?:\bthe new one|\bnew (?:one|part|item)|\bdas neue\b|\bneue teil|\ble nouveau\b|\bel nuevo\b"
    r"|\bil (?:pezzo )?nuovo\b|\bde nieuwe\b|^\W*nieuwe\b|\bnowy\b|\bden nya\b|\byenisi\b"
    r"|新しい(?:もの|商品)|交換品)"
)
_WORKS_CAME = (
    r"(?:\b(?:works|arrived|came|funktioniert|passt|ist da|fonctionne|est arrive|funciona|llego"
    r"|funziona|e arrivat\w*|werkt|is binnen|dziala|dotarl|fungerar|kom|calisiyor|geldi)\b"
    r"|届き|動きます)"
)
MATTER_CLOSED: Final = re.compile(
    _NEW_ONE
    + r"[^?]{0,40}"
    + _WORKS_CAME
    + r"|\b(?:all sorted|alles erledigt|tout est regle|todo resuelto|tutto risolto|alles opgelost"
    r"|wszystko zalatwione|allt lost|her sey tamam)\b[^?]{0,40}\b(?:turned up|arrived|came"
    r"|angekommen|arrive|llego|arrivat\w*|aangekomen|dotarl\w*|kom|geldi)\b"
    r"|\b(?:solved it myself|sorted it (?:out )?myself|(?:selbst|selber) gelost|resolu moi-meme"
    r"|lo resolvi (?:yo|solo)|ho risolto da sol[oa]|zelf opgelost|sam\w* (?:to )?rozwiazal\w*"
    r"|loste det sjalv|kendim cozdum)"
)
# The refund or the money told back (ruling 5.5): closed, unless "not yet" is said.
REFUND_RECEIVED: Final = re.compile(
    r"\brefund\w*\b[^.?!]{0,30}\b(?:came through|arrived|received|is in|has come|went through"
    r"|showed up|credited|landed)|\b(?:got|received) (?:the |my )?(?:refund|money back)\b"
    r"|\bmoney is back\b"
    r"|\b(?:erstattung|gutschrift|geld|ruckzahlung)\b[^.?!]{0,30}\b(?:angekommen|eingegangen"
    r"|gutgeschrieben|ist (?:\w+ )?da)\b|\b(?:erstattung|geld) (?:\w+ )?erhalten"
    r"|\brembours\w*[^.?!]{0,30}\b(?:bien )?(?:recu|arrive|effectue|credite)"
    r"|\brecu (?:le |mon )?remboursement|\b(?:bien ete|ai ete) rembourse"
    r"|\breembolso\b[^.?!]{0,30}\b(?:llego|recibido|ingresado|reflejado)"
    r"|\b(?:ha llegado|llego|he recibido|recibi|ya tengo) (?:\w+ ){0,2}(?:reembolso|dinero)"
    r"|\brimborso\b[^.?!]{0,30}\b(?:arrivat\w*|ricevut\w*|accreditat\w*)"
    r"|\b(?:ricevuto|arrivato) (?:il )?rimborso|\bsoldi (?:sono )?arrivati"
    r"|\b(?:geld|terugbetaling|bedrag)\b[^.?!]{0,30}\b(?:teruggestort|ontvangen|bijgeschreven)"
    r"|\bis teruggestort|\b(?:zwrot|pieniadze|srodki)\w*[^.?!]{0,30}\b(?:dotarl\w*|wplyn\w*"
    r"|otrzymal\w*|doszl\w*)|\b(?:aterbetalning\w*|pengarna)\b[^.?!]{0,30}\b(?:har kommit"
    r"|kommit|mottagit)|\bfatt (?:\w+ )?(?:pengarna|aterbetalning\w*)"
    r"|\b(?:param|iade\w*|ucret\w*)\b[^.?!]{0,30}\b(?:yansidi|geldi|yatti)\b"
    r"|返金[^。]{0,6}(?:確認しました|確認できました|されました|届きました|受け取りました)"
)
REFUND_NOT_YET: Final = re.compile(
    r"\b(?:not|n'?t|never|no|nicht|kein\w*|pas|non|niet|geen|nog|nie|jeszcze|inte|ingen"
    r"|hala|henuz|yet|todavia|aun|ancora|still|noch|toujours)\b|まだ|ません"
)


def refund_received(text: str) -> bool:
    """The refund told back with no "not yet" and no question."""
    return (
        "?" not in text
        and REFUND_RECEIVED.search(text) is not None
        and REFUND_NOT_YET.search(text) is None
    )


# Thanks for help: closed too, without saying there was an earlier message.
THANKS_FOR_HELP: Final = re.compile(_THANKS_FOR + r"(?:help|hilfe|aide|ayuda|aiuto|hulp|pomoc)")
# An incomplete address: the carrier needs it completed.
ADDRESS_INCOMPLETE: Final = re.compile(
    r"(?:address|adresse|direccion|indirizzo|adres|adress)\w*\b[^.?!]{0,15}(?:incomplete"
    r"|unvollstandig|incomplet\w*|onvolledig|niepeln\w*|niekompletn\w*|ofullstandig|eksik)"
    r"|(?:incomplete|ofullstandig|onvolledig|unvollstandig|incomplet\w*) (?:address|adress|adres"
    r"|adresse|direccion|indirizzo)|numer\w* mieszkania|lagenhetsnummer\w* \d+ saknas"
)
# "The tracking number doesn't work / is not found": the number, not the item, fails.
TRACKING_BROKEN: Final = re.compile(
    r"(?:tracking|track ?(?:&|en|and|n) ?trace|\btrack\w*|sendungs(?:nummer|verfolgung)\w*"
    r"|\bsuivi\b|seguimiento|tracciamento|volgnummer|sparning\w*|sledzeni\w*|\btakip\b"
    r"|numer\w* (?:przesylki|paczki|sledzenia|nadania)"
    r"|\b(?:the |your )?(?:number|link|code|numer|nummer|numero|numara\w*)\b)"
    r"(?:\W+\w+){0,4}?\W+(?:doesn'?t work|does not work|not work\w*|(?:is )?not found"
    r"|(?:is )?invalid|funktioniert (?:\w+ ){0,3}nicht|ungultig|nicht gefunden"
    r"|ne (?:fonctionne|marche) pas"
    r"|introuvable|no funciona|no (?:se )?encuentra|no encontrado|non funziona|non trovato"
    r"|werkt niet|niet gevonden|onbekend|nie dziala|nie (?:znaleziono|istnieje)|nie zna"
    r"|fungerar inte|funkar inte|hittas inte|okant|calismiyor|bulunamadi|gecersiz)"
    r"|追跡番号[^。]{0,10}(?:見つかりません|該当なし|無効)"
)
# The message is that question and nothing else ("Is er al nieuws?", "gibt's was Neues zu
# meiner Anfrage?"): it continues an earlier message.  "Any update on my order? I need it by
# Friday" names its matter and may be the first message.
_ANY_NEWS_ALONE = (
    r"^\W*(?:\w+\W+){0,3}?"
    + ANY_NEWS
    + r"(?:\s+(?:yet|already|so far|now|schon|bereits|jetzt|ya|gia|al|nog|juz|an|henuz"
    r"|(?:zu|on|about|regarding|sur|a|sobre|su|in merito a|over|w sprawie|om|ile ilgili)"
    r" (?:meiner anfrage|my (?:request|inquiry|enquiry|question)|ma demande|mi (?:consulta"
    r"|solicitud)|la mia richiesta|mijn vraag|mojego zapytania|min fraga|this|that|it|esto"
    r"|cela|ceci|questo|dit|tego|detta)))*\s*(?:[?.!]+\s*)?$"
    r"|その後(?:何か|どう|いかが)|進展は?(?:あり|ござい)"
)
# "Any news about my refund?": the news asked for is of another matter than the parcel.
NEWS_ABOUT: Final = re.compile(ANY_NEWS + r"[^.?!]{0,30}" + _OTHER_MATTER)
# The invoice asked for "too", "also", "while you're at it": a second ask after the main one.
_ALSO = (
    r"(?:also|too|as well|while you'?re at it|by the way|btw|auch|gleich|ausserdem|ubrigens"
    r"|aussi|egalement|au passage|par ailleurs|tambien|ademas|de paso|anche|inoltre|ook|erbij"
    r"|tevens|przy okazji|rowniez|takze|aven|ocksa|dessutom|ayrica|ついでに|あと|また)"
)
_INVOICE = (
    r"(?:invoice|receipt|rechnung|facture|factura|fattura|factuur|faktur\w*|kvitto\w*|fatura\w*"
    r"|領収書|請求書)"
)
INVOICE_TOO: Final = re.compile(
    rf"\b{_ALSO}\b[^.?!。]{{0,30}}{_INVOICE}|{_INVOICE}\w*\b[^.?!。]{{0,30}}\b{_ALSO}\b"
    r"|\bfatura\w* (?:da|de)\b"
)
# "... an invoice too, but that can wait / first the parcel": the invoice is the lesser ask.
INVOICE_LATER: Final = re.compile(
    _INVOICE + r"[^。]{0,60}(?:\b(?:later|no rush|not urgent|can wait|first the|spater|eilt nicht"
    r"|plus tard|pas urgent|lo primero|despues|no corre prisa|dopo|non e urgente|maar eerst"
    r"|eerst het|geen haast|pozniej|nie pilne|inte bratt?om|inte bradskande|acele\w* yok)\b"
    r"|後でも|急ぎません)"
)
# "I sent it back (tracking number ...)": the buyer's return is on its way to the seller.
RETURN_SENT: Final = re.compile(
    r"\bi (?:have |'ve )?(?:returned|sent (?:\w+ ){0,2}back|dropped off the return"
    r"|shipped the return)|\bsent (?:\w+ ){0,2}back (?:today|yesterday)"
    r"|\b(?:habe|haben) (?:\w+ ){0,5}zuruck(?:geschickt|gesendet|gesandt)"
    r"|\bj'ai (?:\w+ ){0,2}(?:renvoye|retourne|depose (?:le|mon) (?:colis|retour))"
    r"|\b(?:he|hemos) (?:\w+ ){0,2}(?:devuelto|enviado la devolucion|entregado la devolucion)"
    r"|\bentregue la devolucion|\bho (?:\w+ ){0,2}(?:rispedito|restituito|(?:consegnato|spedito)"
    r" il reso)|\b(?:heb|hebben) (?:\w+ ){0,5}(?:teruggestuurd|teruggezonden)"
    r"|\b(?:odeslal\w*|(?:nadal\w*|wyslal\w*) zwrot)|\b(?:skickat|skickade) (?:\w+ ){0,2}tillbaka"
    r"|\blamna(?:t|de) returen|\biade (?:ettim|ettik)|\biade\w* (?:\w+ )?(?:kargoya verdim"
    r"|gonderdim)|\bgeri gonderdim|返送しました|返品(?:を)?(?:発送|送付)しました"
)
# The carrier sending the parcel back ("return to sender"): not the buyer's return.
RETURN_TO_SENDER: Final = re.compile(
    r"\breturn(?:ed|ing)? to (?:the )?sender|\bretour (?:a l'|a |naar )?(?:expediteur|afzender)"
    r"|\bzwrot do nadawcy|\b(?:rucksendung|ruckversand|zuruck) an (?:den )?absender"
    r"|\bdevuelto al remitente|\bdevolucion al remitente|\b(?:reso|restituito|ritorno|rinviato)"
    r" al mittente|\bretur(?:nerad)? till avsandaren|\bgondericiye iade|差出人(?:に|へ)返送"
    r"|返送(?:中|され|となって|のため)"
)
# "But my address is right": an address exception the buyer disputes, a delivery question.
ADDRESS_IS_RIGHT: Final = re.compile(
    r"\b(?:my |the )?address (?:is|was) (?:correct|right|fine|complete|ok)\b"
    r"|\bthat(?:'s| is) my (?:correct |right |full )?address|\bi(?:'ve| have) lived here"
    r"|\bwohne (?:\w+ ){0,3}seit \w+ jahren (?:hier|da)|\badresse ist (?:wirklich|doch|definitiv"
    r"|absolut) (?:richtig|korrekt)|\bdireccion\b[^?!]{0,80}\besta (?:perfecta|bien|correcta)\b"
    r"|\badres\w*\b[^.?!]{0,30}\b(?:sa|jest) (?:poprawn\w*|prawidlow\w*|dobr\w*)"
    r"|住所は[^。]{0,40}で(?:間違いありません|合って|正し)"
    r"|\b(?:gave|entered) the (?:full|right|correct|complete) address"
    r"|\badresse (?:stimmt(?! nicht)|passt(?! nicht)"
    r"|ist (?:aber )?(?:richtig|korrekt|vollstandig)\b)"
    r"|\b(?:c'est|est) (?:bien )?la bonne adresse|\badresse est (?:bien )?(?:bonne|correcte|juste"
    r"|complete)\b"
    r"|\bdireccion (?:es|esta) (?:bien|correcta|completa)\b"
    r"|\bindirizzo (?:e )?(?:giusto|corretto|completo)\b|\bindirizzo va bene\b"
    r"|\badres (?:klopt(?! niet)|is (?:goed|juist|correct|compleet|prima|in orde)\b)"
    r"|\badres (?:jest )?(?:dobry|poprawny|prawidlowy|w porzadku)\b"
    r"|\badress(?:en)? (?:stammer(?! inte)|ar (?:ratt|korrekt|riktig)\b)"
    r"|\badres(?:im)? (?:dogru|tam)\b(?! degil)"
    r"|住所は(?:本当に|ちゃんと|確かに)?(?:合って|正し(?:い|く)|間違って(?:い)?ません)"
)
# Asking whether the earlier cancel or address change was done ("has the cancellation gone
# through?", "udało się zmienić adres?", "iptal oldu mu?").
_DONE_YET = (
    r"\bcancel\w* (?:has |have )?(?:gone|went|go) through"
    r"|\b(?:is|was|has) (?:it|the order|my order) (?:been )?cancel+ed\s*\?"
    r"|\bstornierung (?:\w+ )?durch\b"
    r"|\b(?:ist|wurde) (?:es|sie|die bestellung) (?:\w+ )?storniert\s*\?"
    r"|\b(?:c'est|est-ce) (?:bien )?annule|\bannulee? alors\s*\?"
    r"|\b(?:ya )?esta (?:cancelado|anulado)\s*\?|\b(?:e|e stato) (?:gia )?annullat\w*\s*\?"
    r"|\bis het (?:\w+ )?(?:geannuleerd|cancelled)\b"
    r"|\bczy anulacja (?:przeszla|sie udala)"
    r"|\bczy (?:zamowienie )?(?:zostalo|jest) (?:juz )?anulowan\w*"
    r"|\bar (?:den|det|ordern) (?:\w+ )?avbestalld|\biptal (?:oldu mu|edildi mi)"
    r"|キャンセル(?:は)?(?:完了|できました|されました)"
    r"|\bdid you (?:manage|get a chance|have time) to (?:change|update|cancel)"
    r"|\bhas the address (?:been )?(?:changed|updated)"
    r"|\bneue adresse (?:noch )?(?:rechtzeitig )?angekommen"
    r"|\b(?:konnten|haben) sie die adresse (?:\w+ )?(?:geandert|andern)"
    r"|\b(?:vous avez|avez-vous) pu (?:changer|modifier|annuler)"
    r"|\b(?:llegaron|alcanzaron|pudieron|lograron) a? ?(?:cambiar|cancelar|anular)"
    r"|\bsiete riusciti a (?:cambiare|modificare|annullare)|\bis het gelukt\b"
    r"|\budalo sie (?:\w+ )?(?:zmienic|anulowac)|\bhann ni (?:\w+ )?(?:andra|avbestalla)"
    r"|\badres (?:degisti|degistirildi) mi|住所変更は間に合い|変更(?:は)?(?:できました|完了)"
)
# A bare nudge that only makes sense after an earlier message: "Et donc ?", "En? Wat zeiden
# ze?", "I co z tą paczką?", "Har ni hört något från PostNord?".
_NUDGE = (
    r"(?:^|\n)\W*(?:and|so|und|also|et|et donc|alors|donc|y|y bien|e|e quindi|quindi|en|nou|i|i co"
    r"|och|ve|peki)\s*(?:\?|…|\.\.\.)"
    r"|\bwhat did (?:they|the carrier|the courier) say"
    r"|\bwas (?:haben|hat) (?:sie|die|der) (?:\w+ )?gesagt"
    r"|\bqu'(?:ont|a)-t?-?(?:ils|il|elle) dit|\bque (?:les )?(?:dijeron|han dicho)"
    r"|\bcosa (?:hanno|ha) detto|\bwat zei(?:den)? (?:ze|hij|de vervoerder)|\bco (?:powiedzieli"
    r"|odpowiedzieli)|\bvad sa (?:de|dom|postnord)|\bne dediler"
    r"|\b(?:i|a) co z (?:ta |moja )?(?:paczka|zamowieniem|przesylka)"
    r"|\bhar ni hort (?:nagot|nagonting|av)"
)
# Short chasers: a bare "any news?" as the first sentence, whatever reason follows it;
# "OK, but when roughly?" after the seller's vague answer; "'soon' is not a date"; "wasn't it
# due yesterday?"; "sorry to chase"; a bare "still waiting." opening the message.
_ACK = (
    r"(?:ok(?:ay|ey|ej|e)?|alright|all right|fine|so|also|gut|na gut|d'accord|bon|vale|bueno"
    r"|va bene|allora|oke|goed|dus|czyli|no dobrze|dobrze|okej|jaha|tamam|peki|yani)"
)
_WHEN = r"(?:when|wann|quand|cuando|quando|wanneer|kiedy|nar|ne zaman)"
# The chasers that open the message (matched at its start only).
_CHASE_START = (
    r"\W*(?:(?:\w+\W+){0,3}?"
    + ANY_NEWS
    + r"(?:\s+(?:yet|already|so far|now|schon|bereits|jetzt|ya|gia|al|nog|juz|an|henuz))*\s*[?？]"
    + r"|"
    + _ACK
    + r"\b[\s,.!]*(?:(?:but|aber|mais|pero|ma|maar|ale|men|ama|then|dann|donc|entonces"
    r"|quindi)\s+)?¿?(?:\w+\s+)?"
    + _WHEN
    + r"\b|(?:わかりました|了解しました|承知しました)[^。]{0,20}いつ|hani\b"
    r"|(?:\w+\W+)?mial\w* (?:byc|dojsc|przyjsc|dotrzec)\b[^.!?]{0,20}\?"
    r"|(?:(?:i'?m |i am |we'?re |we are )?still waiting|still nothing|ich warte (?:immer )?noch"
    r"|wir warten (?:immer )?noch|immer noch nichts|j'attends toujours|toujours rien"
    r"|(?:sigo|seguimos) esperando|todavia nada|sto ancora aspettando|aspetto ancora"
    r"|ancora (?:niente|nulla)|ik wacht nog steeds|we wachten nog steeds|nog steeds (?:niets|niks)"
    r"|(?:ciagle|nadal|wciaz|dalej) (?:nic|czekam)|czekam nadal|(?:jag|vi) vantar fortfarande"
    r"|fortfarande inget|hala (?:bekliyorum|bekliyoruz|yok|bir sey yok)|まだ(?:待って|届いて|何も)"
    r"[^。]{0,10})\s*(?:[.!,…。、]|$))"
)
# The chasers anywhere: "'soon' is not a date", "wasn't it due yesterday?", "sorry to chase".
_CHASE_ANY = (
    r"\b(?:that'?s|this is|is) not a date|\b(?:gave|give) (?:me |us )?no date"
    r"|\bdidn'?t (?:give|tell) (?:me |us )?(?:a|any) date|\b(?:das ist|ist) kein (?:datum|termin)"
    r"|\bkein (?:datum|termin) (?:genannt|angegeben)|\bn'est pas une date|\baucune date"
    r"|\bno es una fecha|\bninguna fecha|\bnon e una data|\bnessuna data|\bis geen datum"
    r"|\bnie jest data|\bto nie data|\bnie podal\w* (?:zadnej )?daty|\bar inte (?:ett|nagot) datum"
    r"|\binget datum|\btarih (?:vermediniz|vermedin|yok)|\bbir tarih degil"
    r"|\bhani\b[^.?!]{0,30}(?:gelecekti|olacakti|gonderecektiniz)"
    r"|\bwas(?:n'?t| it not) (?:it |that )?(?:supposed|meant|due) to"
    r"|\bsollte (?:es|das paket|sie|er) nicht (?:\w+ )?(?:schon|gestern|heute|kommen|da sein)"
    r"|\bne devait-il pas|\bil (?:ne )?devait pas (?:arriver|etre)"
    r"|\bno (?:iba|tenia|debia) (?:a |que )?llegar"
    r"|\bnon doveva (?:arrivare|essere)|\bzou (?:het|hij|die) niet\b"
    r"|\bmial\w* przeciez (?:byc|dojsc|przyjsc|dotrzec)\b|\bskulle (?:det|den|paketet) inte"
    r" (?:komma|vara)|はずでは"
    r"|\bsorry to (?:chase|keep asking|bother you)|\btut mir leid,? (?:wenn|dass) ich (?:nerve"
    r"|nochmal|schon wieder)|\bdesolee? (?:d'insister|de (?:vous )?relancer)|\bperdon por (?:la )?"
    r"insist|\bscusate? (?:se|per l') ?insist|\bsorry dat ik (?:aandring|weer|nog eens)"
    r"|\bprzepraszam,? ze (?:znowu|ponownie|zawracam|naciskam)|\b(?:ursakta|forlat) att jag"
    r" (?:tjatar|stor igen|skriver igen)|\brahatsiz ediyorum ama"
    r"|(?:ca fait|depuis|since|seit|sinds|sedan)\b[^.?!]{0,40}\b(?:vous|you|sie"
    r"|ustedes|os|voi|jullie|wy|ni)\b[^.?!]{0,20}[«\"“„]"
)
_CHASE_START_RE = re.compile(_CHASE_START)
_CHASE_ANY_RE = re.compile(_CHASE_ANY)


def chase(text: str) -> bool:
    """A short chaser: 'any news?', 'OK, but when?', ''soon' is not a date', 'still waiting.'"""
    return _CHASE_START_RE.match(text) is not None or _CHASE_ANY_RE.search(text) is not None


# The refund asked about ("when is the money back on my card?", "has the refund gone
# through?"): the money of an earlier cancel or return, not a parcel.
_MONEY = (
    r"(?:\brefund\w*|\bmoney\b[^.?!]{0,20}\bback\b|\brembours\w*|\berstatt\w*"
    r"|\bgeld\b[^.?!]{0,30}\b(?:zur(?:u|ue)ck|wieder (?:auf|da))|\breembols\w*"
    r"|\bdevuelv\w* el dinero|\bdinero de vuelta"
    r"|\brimbors\w*|\bsoldi indietro|\bgeld terug|\bterugbetal\w*|\bzwrot (?:pieniedzy|za|srodkow)"
    r"|\bpieniadze\b|\baterbetal\w*|\bpengarna\b|\bpara iade\w*|\bparami\b|返金)"
)
_WHEN_DONE = (
    r"(?:\bwhen\b|\bwann\b|\bquand\b|\bcuando\b|\bquando\b|\bwanneer\b|\bkiedy\b|\bnar\b"
    r"|\bne zaman\b|いつ|\b(?:processed|gone through|been issued|been sent|been paid)"
    r"|\b(?:veranlasst|uberwiesen|bearbeitet)\b|\b(?:effectue|traite|envoye)\b|\b(?:procesado"
    r"|emitido|tramitado)\b|\b(?:effettuato|elaborato|emesso)\b|\b(?:verwerkt|overgemaakt)\b"
    r"|\b(?:zlecon\w*|wyslan\w*|przelan\w*)\b|\bgatt (?:ivag|igenom)\b|\bgonderildi mi\b)"
)
_ACCOUNT = (
    r"(?:\b(?:card|bank|account|statement|karte|kreditkarte|konto|carte|compte|banque|tarjeta"
    r"|cuenta|banco|carta|conto|rekening|kaart|koncie|karcie|konta|kortet|kontot|banken|kart\w*"
    r"|hesab\w*|banka\w*)\b|口座|カード)"
)
_REFUND_STATUS = re.compile(
    _MONEY
    + r"[^.?!。]{0,40}"
    + _WHEN_DONE
    + r"|"
    + _WHEN_DONE
    + r"[^.?!。]{0,40}"
    + _MONEY
    + r"|"
    + _MONEY
    + r"[^。]{0,80}"
    + _ACCOUNT
)
MONEY_NAMED = re.compile(_MONEY)


def refund_status(text: str) -> bool:
    """The refund asked about; the money words are looked for first, as most mail has none."""
    return MONEY_NAMED.search(text) is not None and _REFUND_STATUS.search(text) is not None


# The return told in the same message ("I sent it back on the 2nd, when is my refund?"):
# the refund asked about there opens the conversation about that return.
RETURN_TOLD: Final = re.compile(
    r"(?:\breturn(?:ed|ing)?\b|\bsent (?:\w+ )?back|zuruck(?:geschickt|gesendet)|rucksendung"
    r"|retoure|renvoye|\bretourne|\bretour\w*|devuelto|devolucion|\bdevolv(?:i|imos)\b"
    r"|\breso\b|restituit\w*|rispedit\w*|teruggestuurd|zwrotn\w*|zwrot do\b|odeslal\w*"
    r"|\bretur\w*|skickat tillbaka"
    r"|\biade (?:ettim|ettigim|kargo\w*)|geri gonderdim|返送|返品)"
)
# Turns of a conversation: "you wrote that", "as agreed", "third message", "my new address?".
FOLLOW_UP: Final = (
    _NUDGE
    + r"|"
    + _DONE_YET
    + r"|"
    + _ANY_NEWS_ALONE
    + r"|"
    + _ME_AGAIN
    + r"|"
    + _YOU_SAID
    + r"|"
    + _AS_AGREED
    + r"|"
    + _ASKED_BEFORE
    + r"|"
    + _FOUND_ELSEWHERE
    + r"|"
    + _PHOTOS_ASKED
    + r"|"
    r"(?:sie|ihr) (?:hatten|haben) (?:mir )?(?:\w+ ){0,3}geschrieben|wie besprochen"
    r"|me dijisteis|(?:tal )?como me pedisteis|vous m'aviez (?:repondu|dit|ecrit)"
    r"|vous dites que|comme vous me l'avez demande|mi avevate (?:scritto|detto)|\bu schreef"
    r"|napisali (?:panstwo|pan|pani)|zgodnie z prosba|yazmistiniz|demistiniz|istemistim"
    r"|wie (?:schon|bereits|ich)\b[^.?!]{0,25}\bgeschrieben|comme je (?:vous )?l'ai (?:deja )?"
    r"(?:ecrit|dit)|como (?:ya )?(?:os|les|le) (?:escribi|dije)|come (?:vi|le|ti) ho (?:gia )?"
    r"(?:scritto|detto)|zoals ik\b[^.?!]{0,20}\b(?:schreef|zei)|jak (?:juz )?pisal\w*"
    r"|som jag (?:redan )?skrev|yazdigim gibi|にも(?:ご連絡|連絡|問い合わせ)|その後いかが"
    r"|bir gelisme var mi|hala bir sey|you (?:wrote|said) (?:that|it)|と言われ(?:まし)?たが"
    r"|ni (?:skrev|sa) att"
    r"|(?:tercera|segunda|cuarta) vez que|(?:derde|tweede|vierde) bericht"
    r"|(?:druga|trzecia|czwarta) wiadomosc|(?:ikinci|ucuncu|dorduncu) mesaj"
    r"|(?:os|les) llego mi mensaje|recibieron mi mensaje|czy dostali (?:panstwo|pan|pani)"
    r"|did you get my (?:message|mail|new)|(?:zugesagt|beloofd|promised|promis|prometid\w*"
    r"|promess\w*|obiecal\w*|lovade)\b"
    r"|recibisteis mi devolucion|(?:heeft|hebben) (?:u|jullie) mijn retour|zwrot dotarl"
    r"|(?:ni )?fick min retur|size ulasmis|ik had (?:\w+ )?gevraagd|jag bad om\b[^.?!]{0,40}"
    r"\b(?:igar|sen|sedan|forra)|\bdun\b[^.?!]{0,30}\bistedim"
)
# Words of the follow-up pattern that here mean something else: "no answer needed",
# "again in stock", "it again does not turn on".
NOT_FOLLOW_UP: Final = re.compile(
    r"keine antwort notig|inget svar behovs|no (?:reply|answer) needed|tekrar stog\w*"
    r"|tekrar yukle\w*|yine (?:acilmiyor|calismiyor)|potete sollecitare"
)
