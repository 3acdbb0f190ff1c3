"""Words read by the situation they are written in, in every language, on folded text.

A buyer writes about where the parcel is held ("customs", "the sorting centre"), about a
tracking number that "does not exist", about the seller's promise quoted back ("you said
Monday"), about "it" when "it" is the invoice asked for before ("I can't find it in Your
Orders", "the attachment won't open"), or about the seller's reply in words that look like
another intent (the French "votre retour" is "your answer", not a return).  The language
tables name how a request is put; these name the situation, in each language at once.
"""

from __future__ import annotations

import re
from typing import Final

from bot.domain import Intent
from bot.mail.intent_rules_asks import OTHER_MATTER, PHOTOS_SENT

__all__ = [
    "ATTACHMENT_FAILS",
    "CUSTOMS_PAPERS",
    "DOCUMENT_IN_CONTEXT",
    "FOLLOW_UP",
    "INVOICE_NAMED",
    "OTHER_THING",
    "RULES",
    "TURNS",
    "YOUR_REPLY",
]

W = Intent.WHERE_IS_MY_ORDER
C = Intent.CANCEL
A = Intent.ADDRESS_CHANGE
I = Intent.INVOICE  # noqa: E741 - one letter per intent keeps the rule table readable
P = Intent.PRODUCT_QUESTION

_CUSTOMS = (
    r"(?:\bcustoms\b|\b(?:beim|im|vom|am) zoll\b|\bzoll(?:amt|abfertigung|gebuhr\w*|stelle)\b"
    r"|\bdouane\b|\baduana\b|\bdogana\b|\burz\w* celn\w*|\bodpraw\w* celn\w*|\bclo\b"
    r"|\btull(?:en|verket)?\b|\bgumruk\w*|税関|通関)"
)
# A depot between the seller and the buyer, where a parcel sits.
_SORTING = (
    r"(?:['\"]sorting['\"]|\bsorting (?:centre|center|office|facility|hub|depot)"
    r"|\b(?:in|at|stuck in|still in) sorting\b"
    r"|verteilzentrum|paketzentrum|sortierzentrum|\bcentre de tri\b"
    r"|\bplateforme (?:de tri|logistique)"
    r"|centro de (?:distribucion|clasificacion|tratamiento)|centro (?:di )?smistamento"
    r"|sorteercentrum|sorteerder|\bsortowni\w*|\b(?:godsterminal|terminalen)\b"
    r"|\b(?:transfer|aktarma|dagitim) merkez\w*|仕分け|中継(?:地点|センター|局))"
)
# The tracking number: given, but unknown to the carrier, or still empty.
_TRACKING_NUMBER = (
    r"(?:tracking|\btrack\w*|sendungs(?:nummer|verfolgung)\w*|\bsuivi\b|seguimiento|\bguia\b"
    r"|tracciamento|codice di (?:tracciamento|spedizione)|volgnummer|trackingcode|track ?& ?trace"
    r"|\bnumer\w*|sparningsnumm\w*|\bkolli-?id\b|takip (?:numara|kod)\w*|追跡番号)"
)
_UNKNOWN = (
    r"(?:doesn'?t exist|does not exist|not exist|existiert (?:\w+ )?nicht|gibt es nicht"
    r"|n'existe pas|inexistant\w*|no existe|non esiste|bestaat niet|nie istnieje"
    r"|finns inte|kayitli degil|mevcut degil|存在しない|存在しません|反映されていません"
    r"|\bpust\w*|\bleer\b|\bvide\b|\bvacio\b|\bvuoto\b|\bempty\b|\btom\b|\bbos\b|no aparece"
    r"|nicht auffindbar|introuvable)"
)
# The thing bought, for "what about my parcel?" and a nudge that names none.
_THING = (
    r"\b(?:order|parcel|package|item|bestellung|paket|sendung|lieferung|commande|colis|pedido"
    r"|paquete|ordine|pacco|bestelling|pakket|zamowien\w*|paczk\w*|przesylk\w*|bestallning\w*"
    r"|siparis\w*|kargo\w*)\b"
)
# The code to collect a parcel from a locker or a pickup point.
_PICKUP_CODE = (
    r"(?:(?:pick-?up|collection|abhol|ophaal|uthamtnings|teslim)\s*-?(?:code|kod|kodu)\w*"
    r"|\b(?:code|codigo|codice|kod\w*) (?:de |di |do )?(?:retrait|recogida|retiro|ritiro"
    r"|odbioru)|受取コード|受け取りコード|暗証番号)"
)
_NEVER_CAME = (
    r"(?:\b(?:nobody|never|not|no|didn'?t|haven'?t|personne|jamais|pas|nadie|nunca|nessuno|mai"
    r"|non|kein\w*|nicht|nie|geen|niet|nooit|inte|ingen|gelmedi|yok)\b|届いていません"
    r"|来ていません|届かない)"
)
# The seller's promise quoted back: "you said", "me dijeron", "pisali Państwo".
_PROMISE = (
    r"(?:\byou (?:said|wrote|told me|promised)|\bsie (?:hatten|haben) (?:\w+ ){0,2}(?:geschrieben"
    r"|gesagt|versprochen)|\bsie schrieben|\bvous (?:m'avez|m'aviez|aviez|avez) (?:dit|ecrit"
    r"|promis)|\bme (?:dijisteis|prometisteis|escribisteis)\b"
    r"|\bmi (?:avete|avevate) (?:detto|scritto|promesso)|\bjullie (?:zeiden|schreven|beloofden)"
    r"|\bu (?:zei|schreef|beloofde)|\b(?:pisali|obiecali|mowili) (?:panstwo|pan|pani)\b"
    r"|\b(?:napisaliscie|obiecaliscie|powiedzieliscie)|\bni (?:skrev|lovade)\b|\bni sa att\b"
    r"|\b\w+(?:demistiniz|dediniz|yazmistiniz|soylemistiniz)\b|とのことでした"
    r"|\bme dijeron que (?:me )?(?:escribian|contestaban|responderian|avisaban))"
)
# "They told me": the carrier or Amazon may have said it, so it is no follow-up by itself.
_TOLD = r"(?:\bme (?:dijeron|dijo|aseguraron)\b|と言われ|" + _PROMISE + r")"
_PROMISED_WHEN = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|montag|dienstag"
    r"|mittwoch|donnerstag|freitag|samstag|morgen|lundi|mardi|mercredi|jeudi|vendredi|samedi"
    r"|demain|lunes|martes|miercoles|jueves|viernes|sabado|manana|lunedi|martedi|mercoledi"
    r"|giovedi|venerdi|sabato|domani|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|morgen"
    r"|poniedzial\w*|wtor\w*|srod\w*|czwart\w*|piat\w*|sobot\w*|jutro|mandag|tisdag|onsdag"
    r"|torsdag|fredag|lordag|imorgon|pazartesi|\bsali\b|carsamba|persembe|\bcuma\w*|\byarin\b"
    r"|曜日|明日|\d+ ?(?:h|hrs?|hours?|horas|stunden|std|heures|ore|uur|godzin\w*|timmar|saat)\b"
    r"|\d+ ?(?:時間|日))"
)
# The invoice asked for before, now "it": not in the account, or its attachment fails.
_IT = r"(?:it|them|sie|die|ihn|la|le|les|lo|hem|hen|die|jej|jego|ich|den|det|onu|bunu|それ)"
_ACCOUNT = (
    r"(?:(?:my |your )?account|your orders|mein\w* (?:konto|bestellungen)|\bim konto\b"
    r"|vos commandes|mon compte|mes commandes|mis pedidos|mi cuenta|(?:nel )?mio account"
    r"|i miei ordini|cassetto fiscale|mijn (?:account|bestellingen)|moich zamowieniach"
    r"|moim koncie|mina bestallningar|mitt konto|hesabim\w*|siparislerim\w*|注文履歴"
    r"|アカウント)"
)
_NOT_FOUND = (
    r"(?:can'?t|cannot|can not|don'?t|do not|still not|not)\s+(?:\w+\s+)?(?:find|see|locate)"
    r"|find\w*|sehe\w*|trouve|vois|encuentro|veo|trovo|vedo|vind\w*|zie\w*|widze|hittar"
    r"|ser (?:inte|den inte)|goremiyorum|bulamiyorum|見当たりません|見つかりません|ありません"
)
_ATTACHMENT = (
    r"(?:attachment|attached file|the pdf|\banhang\b|\bpdf\b|piece jointe|fichier joint"
    r"|(?:archivo )?adjunto|allegato|bijlage|zalacznik\w*|bilaga\w*|\bek (?:dosya\w*)?"
    r"|\bxml\b|添付(?:ファイル)?)"
)
_FAILS = (
    r"(?:won'?t|doesn'?t|does not|will not|can'?t|cannot) (?:open|load|download)"
    r"|(?:didn'?t|did not|never) (?:come|arrive|get through)|(?:is |was )?(?:empty|corrupt\w*)"
    r"|(?:lasst|liess) sich nicht (?:offnen|laden)|nicht (?:angekommen|dabei|erhalten|offnen)"
    r"|ne s'ouvre pas|pas recu|no (?:se )?(?:abre|llego|carga)|non (?:si )?(?:apre|arrivat\w*)"
    r"|opent niet|gaat niet open|niet ontvangen|(?:sie )?nie (?:otwiera|dotarl|przyszedl)"
    r"|gar inte att oppna|kom (?:aldrig|inte)|acilmiyor|gelmedi|開けません|開けませんでした"
    r"|開かない|届いていません"
    # did not open, empty, missing, not found
    r"|(?:didn'?t|did not) (?:open|load)|\b(?:leer|vide|vacio|vacia|vuot[oa]|leeg|pust[aey]|tom|bos"
    r"|blank)\b|\b(?:ontbreekt|fehlt|manque|falta|manca|brak\w*|saknas|missing|not attached)\b"
    r"|no (?:me )?ha llegado|\bnon trovo|\bje ne trouve pas|\bno encuentro"
    r"|\bich finde (?:\w+ )?nicht|\bcan'?t find|\bkan (?:\w+ )?inte hitta|\bnie moge znalezc"
    r"|\bbulamiyorum|\bvind (?:\w+ )?niet"
    r"|開けません"
)
_SEND_AGAIN = (
    r"(?:send (?:it |them )?again|resend|nochmal (?:\w+ )?schicken|erneut senden|renvoyer"
    r"|reenviar|reenvian|rimandar\w*|opnieuw (?:ver)?sturen|ponownie|skicka (?:\w+ )?igen"
    r"|tekrar gonder\w*|再送|もう一度送)"
)

RULES: Final[tuple[tuple[Intent, int, tuple[str, ...]], ...]] = (
    # ------------------------------------------------------------ where is my order
    (
        W,
        3,
        (
            _CUSTOMS,
            _SORTING + r"|\bwo (?:das|es|er|sie|die sendung|das paket) (?:\w+ )?(?:hangt|steckt)",
            _TRACKING_NUMBER + r"[^.?!。]{0,40}" + _UNKNOWN,
            # "what's up with my parcel?", colloquial in each language, the thing bought named
            r"(?:what'?s (?:up|going on|happening) with|(?:what|que|qu'est-ce) (?:qui )?se passe"
            r"(?:-t-il)? avec|\b(?:que|q|k) onda con|che succede (?:con|col|al)"
            r"|hoe zit het (?:nu )?met"
            r"|wat is er (?:aan de hand )?met|co (?:sie )?dzieje z|vad hander med|hur gar det med)"
            r"[^.?!]{0,15}" + _THING,
            r"\b(?:geleverd|bezorgd|afgeleverd)\b[^.?!]{0,10}\bmaar\b[^.?!]{0,30}"
            r"\b(?:niks|niets|geen|niet)\b",
            _NEVER_CAME
            + r"[^.?!。]{0,40}"
            + _PICKUP_CODE
            + "|"
            + _PICKUP_CODE
            + r"[^.?!。]{0,40}"
            + _NEVER_CAME,
            _TOLD + r"(?:(?!" + OTHER_MATTER + r")[^.?!。]){0,60}" + _PROMISED_WHEN,
        ),
    ),
    (
        W,
        2,
        (
            # "when will you deliver?" in the languages whose tables lack the verb
            r"\bkiedy\b[^.?!]{0,20}\b(?:dowioz\w*|dostarcz\w*|przyjdzie|dotrze|doreczy\w*)"
            r"|\bnar\b[^.?!]{0,20}\b(?:levererar|levereras|kommer (?:det|den|paketet))"
            r"|\bwanneer\b[^.?!]{0,20}\b(?:bezorg\w*|geleverd|komt)"
            r"|\bne zaman\b[^.?!]{0,20}\b(?:teslim|gelir|gelecek|getir\w*)",
        ),
    ),
    # ------------------------------------------------------------ cancel
    # German "abbrechen" of an order (not "abgebrochen": a part broke off).
    (
        C,
        3,
        (
            r"\b(?:bestellung|auftrag|kauf|das|es|sie)\b[^.?!]{0,25}\babbrechen\b"
            r"|\bbrechen sie (?:die|meine|den) (?:bestellung|auftrag|kauf) (?:\w+ )?ab\b",
        ),
    ),
    # ------------------------------------------------------------ address change
    (
        A,
        3,
        (
            # a detail forgotten in the address: the company name
            r"(?:company|firm|business)(?: name)?\b[^.?!]{0,30}\b(?:forgot|missing|left out)"
            r"|\bforgot\b[^.?!]{0,30}\b(?:company|firm|business) name"
            r"|(?:vergessen|vergass)\b[^.?!]{0,20}\bfirmen\w*|firmenname\w*\b[^.?!]{0,30}vergessen"
            r"|oublie\w*\b[^.?!]{0,30}\b(?:nom de (?:la |l')?(?:societe|entreprise)|raison sociale)"
            r"|olvide\b[^.?!]{0,30}\bnombre de la empresa|dimenticat\w*\b[^.?!]{0,30}\bnome"
            r" (?:della |dell')?(?:ditta|azienda|societa)|会社名を?(?:書き|入れ|記入し)?忘れ"
            r"|\bvergeten\b[^.?!]{0,30}\bbedrijfsnaam|bedrijfsnaam\b[^.?!]{0,20}\bvergeten"
            r"|zapomnial\w*\b[^.?!]{0,30}\bnazw\w* firmy|glomde\b[^.?!]{0,30}\bforetagsnamn"
            r"|firma (?:adini|ismini)\b[^.?!]{0,30}\bunuttum",
            # the change named as a heading: "Change of address: ..."
            r"\b(?:change of address|changement d'adresse|cambio (?:de )?direccion"
            r"|cambio (?:di |d')?indirizzo|adreswijziging|zmiana adresu|adressandring"
            r"|adres degisikligi)\b",
            # somewhere else to deliver: the work address, held at the post office or branch
            r"\b(?:work|office) address\b|\bwerkadres\b|\barbeitsadresse\b|\badresse (?:du|de mon)"
            r" travail\b|郵便局(?:留め|止め|どめ)|営業所(?:留め|止め|で受け取)"
            r"|\b(?:sube\w*|subeden)\b[^.?!]{0,20}\bteslim al"
            r"|\b(?:pick (?:it )?up|collect (?:it )?)\b[^.?!]{0,20}\b(?:at|from) (?:the |your |a )?"
            r"(?:carrier'?s? )?(?:depot|branch|post office|local office)",
        ),
    ),
    # ------------------------------------------------------------ product question
    (
        P,
        2,
        (
            r"washing machine|machine washable|in the wash\b|in der maschine waschen|maschinenwasch"
            r"|en machine|a la machine|lavar a maquina|wasmachine|prac w pralce|w pralce"
            r"|tvatta i maskin|makinede yika\w*|洗濯機",
            # an adaptor, a plug or a power supply asked about ("is there one in the box?")
            r"\b(?:adaptors?|adapters?|plugs?|power supply|charger|adaptateur|enchufe|adaptador"
            r"|spina|adattatore|alimentatore|stekker|zasilacz\w*|wtyczk\w*)\b[^.?!]{0,40}\?"
            r"|\b(?:uk|eu|us|european|eu-?|schuko|swiss) (?:plug|stecker)|\bstecker\b[^.?!]{0,30}\?"
            r"|\bnetzteil\b[^.?!]{0,30}\b(?:dabei|enthalten|beiliegend)"
            r"|\bprise (?:francaise|europeenne|anglaise)|\badapter\b[^.?!]{0,20}\bbij\b"
            r"|\bvilken kontakt\b|\badaptor\w*\b[^.?!]{0,30}\bvar mi\b"
            r"|\bfis(?:i|in)?\b[^.?!]{0,30}\bmi\b"
            r"|変換プラグ|(?:プラグ|アダプター)[^。]{0,10}(?:必要|付属|ですか)",
            r"\b(?:organic )?cotton or\b|\bor (?:synthetic|polyester)\b|\ben coton\b[^.?!]{0,30}\?"
            r"|\bsynthetique\s*\?|\breal leather\b|\bcuir veritable\b|\bechtleder\b",
        ),
    ),
)

# "I can't find it in my account", "the attachment won't open": the invoice asked for before,
# named only as "it".  Scored in ``intent`` only when no other thing is named.
# The attachment of the seller's last mail fails: an answer to that mail.
_ATTACHMENT_FAILS = (
    _ATTACHMENT
    + r"[^.?!。]{0,30}(?:"
    + _FAILS
    + r")|(?:"
    + _FAILS
    + r")[^.?!。]{0,20}"
    + _ATTACHMENT
)
ATTACHMENT_FAILS: Final = re.compile(_ATTACHMENT_FAILS)
DOCUMENT_IN_CONTEXT: Final = re.compile(
    r"\b"
    + _IT
    + r"\b[^.?!。]{0,30}(?:"
    + _NOT_FOUND
    + r")[^.?!。]{0,20}"
    + _ACCOUNT
    + r"|(?:"
    + _NOT_FOUND
    + r")\s+(?:\w+\s+){0,2}"
    + _IT
    + r"\b[^.?!。]{0,30}"
    + _ACCOUNT
    + r"|"
    + _ACCOUNT
    + r"[^.?!。]{0,20}(?:"
    + _NOT_FOUND
    + r")(?:\s+\w+)?\s+"
    + _IT
    + r"\b"
    + r"|"
    + _ACCOUNT
    + r"[^.?!。]{0,20}\b"
    + _IT
    + r"\b\s+(?:\w+\s+)?(?:"
    + _NOT_FOUND
    + r")"
    # Turkish and Japanese leave "it" out
    + r"|hesabim\w*[^.?!]{0,20}(?:goremiyorum|bulamiyorum)"
    + r"|注文履歴[^。]{0,10}(?:見当たりません|見つかりません|ありません)"
    + r"|"
    + _ATTACHMENT_FAILS
    + r"|cassetto fiscale|\bsdi\b|codice destinatario"
)
# The invoice named: then "it" is this message's invoice, not an earlier one.
INVOICE_NAMED: Final = re.compile(
    r"invoice|receipt|rechnung|quittung|factur|fattur|ricevuta|factuur|faktur|kvitto|fatura"
    r"|領収|請求書|インボイス"
)
# Things a buyer looks for in the account besides the invoice: then "it" is that thing.
OTHER_THING: Final = re.compile(
    r"tracking|\btrack|sendungs|\bsuivi\b|seguimiento|tracciamento|volgnummer|sledzen"
    r"|sparning|takip|追跡|label|etikett|etiquette|etiqueta|etichetta|etykiet|\betiket"
    r"|parcel|package|\bpaket|\bcolis\b|paquete|\bpacco\b|pakket|paczk|\bkargo\b|荷物"
    r"|refund|erstatt|rembours|reembols|rimbors|terugbetal|zwrot|aterbetal|iade|返金"
    r"|photo|foto|bild|zdjec|fotograf|写真|画像"
)
# Customs asking for a document ("falta documentación", "brakuje dokumentu"): a held parcel.
CUSTOMS_PAPERS: Final = re.compile(
    _CUSTOMS + r"[^.?!。]{0,60}(?:document\w*|dokument\w*|papers|paperwork|formular\w*|evrak"
    r"|belge\w*|handling\w*|書類)"
)
# "Votre retour" from a buyer is the seller's answer ("j'attends votre retour", "merci pour
# votre retour", "aucun retour de votre part"): read as "réponse" before the rules run.
YOUR_REPLY: Final = re.compile(
    r"(?:(?<=\bvotre )|(?<=\bton )|(?<=\bvos )|(?<=\btes ))retours?\b"
    r"(?! (?:est|sera|gratuit|colis|d'article))|\bretours?(?= de (?:votre|ta) part\b)"
)
_NOTHING = (
    r"(?:not|no|nothing|n't|nichts|nicht|nix|kein\w*|rien|pas|sin|nada|non|niente|nulla|niet"
    r"|niks|geen|nie|nic|inget|ingenting|inte|ingen|yok|gelmedi|waiting|warte\w*|attente"
    r"|esperando|aspettando|wacht\w*|czekam|vantar|bekliyorum)"
)
# A short nudge: the whole message says "still nothing" or "waiting for your answer", or
# adds "any news?" to a few words of context.
FOLLOW_UP: Final = (
    r"^(?![^\n]*(?:availab|in stock|verfugbar|lieferbar|disponib|beschikbaar|dostepn|tillganglig"
    r"|mevcut|stok|" + _THING + r"))\W*(?:\w+\W+){0,2}?(?:still|immer noch|noch immer|toujours"
    r"|sigue|sigo|todavia|aun|ancora|nog steeds|nog altijd|nadal|wciaz|fortfarande|hala|halen)\b"
    r"(?:\W+\w+){0,3}?\W+" + _NOTHING + r"(?:\W+\w+){0,2}\W*$"
    r"|^\W*(?:\w+\W+){1,2}(?:hala|still|fortfarande)\W*$"
    r"|^\W*まだ[^。？?]{0,12}[。？?！!]*\s*still waiting\W*$"
    r"|\bwacht\w* (?:nog steeds |nog altijd |al )?op (?:een |uw |jullie )?(?:antwoord|reactie)"
    r"|\bczekam (?:nadal |wciaz )?na (?:odpowiedz|informacj)|\bvantar (?:fortfarande |fortf )?"
    r"pa (?:svar|besked)|\bcevap bekliyorum|\bdonus bekliyorum|返事を(?:お)?待|お返事(?:を)?お待ち"
    r"|\btoujours (?:en attente|sans (?:nouvelles|reponse))|\b(?:aucune?|pas eu de) reponse"
    r"|返信を(?:お)?待|\bhoor ik nog iets|\bnog iets (?:van jullie )?horen"
    r"|^[^.?!\n]{0,40}[.!]\s*(?:any news|des nouvelles|nog nieuws|noticias|novita|neuigkeiten"
    r"|gibt es was neues|jakies wiesci|nagot nytt|haber var mi)\s*\?*\s*$"
    r"|" + _PROMISE
)
# Turns that continue a conversation: the seller's words quoted ("> ..."), the photos asked
# for sent as the first thing said, the invoice still not there, the parcel found after all.
_STILL = (
    r"(?:still|immer noch|noch immer|toujours|todavia|aun|ancora|nog steeds|nog altijd|nadal"
    r"|wciaz|fortfarande|hala)"
)
_INVOICE = (
    r"(?:invoice|rechnung|facture|factura|fattura|factuur|faktur\w*|fatura\w*|kvitto\w*|領収書"
    r"|請求書)"
)
TURNS: Final = re.compile(
    r"(?:^|\n)\s*>"
    r"|^\W*(?:" + PHOTOS_SENT.pattern + r")|^\W*写真を?(?:添付|送)"
    # the invoice still not there, as the whole short message
    r"|^(?=[^\n]{0,70}$)[^\n]*?(?:\b"
    + _INVOICE
    + r"[^.?!。]{0,40}\b"
    + _STILL
    + r"\b|\b"
    + _STILL
    + r"\b[^.?!]{0,40}"
    + _INVOICE
    + r")"
    + r"|^\W*(?:found (?:it|them)|(?:hab(?:e)? )?(?:es|ihn|sie) gefunden|trouve|lo encontre"
    r"|encontrado|trovat[oa]|gevonden|znalazl\w*|juz (?:mam|jest)|hittade (?:det|den|paketet)"
    r"|buldum|bulundu|laat maar)\b(?![^.?!]{0,20}(?:cheaper|billigare|taniej|gunstiger|moins cher"
    r"|mas barato|meno car|goedkoper|ucuz))"
    r"|\b(?:doch noch|finalement|al final|alla fine|toch nog|jednak|anda|sonunda)\b[^.?!]{0,20}"
    r"\b(?:gekommen|angekommen|da|arrive|llego|arrivato|gekomen|aangekomen|przyszl\w*|dotarl\w*"
    r"|kom|geldi)\b"
)
