"""Intent concepts in Dutch, Polish, Swedish and Turkish, on text folded by ``intent._fold``.

Kept apart from the six older languages so each table stays readable; the concepts are the
same ("not + arrival verb", "where + the thing bought", broken-ness words, "the address +
a change verb").  The text arrives folded: lower case, no accents, ``ł`` as ``l`` and the
dotless ``ı`` as ``i``, so "zamówienie", "zamowienie", "siparişim" and "siparisim" are one
word.  Turkish negation is a suffix ("gelmedi": did not come), so the Turkish patterns
name the negated verb forms instead of a negation word before them.
"""

from __future__ import annotations

from typing import Final

from bot.domain import Intent

__all__ = ["CLOSURE", "FOLLOW_UP", "NEGATIONS", "OWN_MISTAKE", "RULES"]

W = Intent.WHERE_IS_MY_ORDER
C = Intent.CANCEL
R = Intent.RETURN
D = Intent.DAMAGED_OR_WRONG
A = Intent.ADDRESS_CHANGE
I = Intent.INVOICE  # noqa: E741 - one letter per intent keeps the rule table readable
T = Intent.THANKS
P = Intent.PRODUCT_QUESTION

# Words that negate a cue a few words after them ("ik wil niet annuleren").
NEGATIONS: Final = r"niet|geen|nooit|nie|inte|ej|aldrig|ingen|inget|istemiyorum"

# The thing bought, per language (folded).
_THING_NL = r"(?:bestelling|pakket(?:je)?|zending|order|artikel|levering|spullen|doos)"
_THING_PL = r"(?:zamowien\w*|paczk\w*|przesylk\w*|towar\w*|produkt\w*|kurier\w*|dostaw\w*|list\w*)"
_THING_SV = r"(?:paket\w*|bestallning\w*|order\w*|forsandelse\w*|leverans\w*|vara|varan|grejer)"
_THING_TR = r"(?:siparis\w*|kargo\w*|paket\w*|urun\w*|gonderi\w*|koli\w*)"

RULES: Final[tuple[tuple[Intent, int, tuple[str, ...]], ...]] = (
    # ------------------------------------------------------------ where is my order
    (
        W,
        3,
        (
            rf"\bwaar\s+(?:is|blijft|zit|staat|zijn)\b|\bwaar\b[^.?!]{{0,25}}\b{_THING_NL}",
            r"\b(?:niet|nooit|geen|nog niks|nog niets)\s+(?:\w+\s+){0,3}(?:ontvangen|ontvang"
            r"|binnen|aangekomen|bezorgd|geleverd|gekregen|gearriveerd|afgeleverd|gezien)\b",
            r"\bnog (?:steeds|altijd)\s+(?:niet|niks|niets|geen)\b|\bnog niks\b|\bnog niets\b",
            r"(?:staat|stond|zegt|als|op) (?:\w+ )?(?:bezorgd|afgeleverd)\b[^.?!]{0,30}"
            r"\b(?:maar|terwijl)|bezorgd,? maar",
        ),
    ),
    (
        W,
        2,
        (
            r"track ?(?:&|en|and|n) ?trace|\btrack(?:code|nummer)\b|volgnummer"
            r"|zendingsnummer|verzendnummer|barcode",
            r"\bwanneer\b[^.?!]{0,40}(?:komt|kom|wordt|word|krijg|ontvang|bezorg|gelever"
            r"|verzonden|verstuurd|binnen|verwacht|aan|er)",
            r"levertijd|leverdatum|bezorgdatum|bezorgmoment|verwachte (?:levering|bezorging)",
            r"\b(?:al|reeds|inmiddels)\s+(?:\w+\s+)?(?:verzonden|verstuurd|onderweg|opgestuurd)"
            r"|\b(?:verzonden|verstuurd|opgestuurd)\s*\?",
            r"\bwacht\w*\b|vertraagd|vertraging|\bkwijt\b|zoekgeraakt|vermist|te laat",
            r"\bstatus van (?:mijn|de) (?:bestelling|pakket|order)",
        ),
    ),
    (
        W,
        3,
        (
            rf"\bgdzie\s+(?:jest|sa|jestescie|moja|moje|moj|ta|ten|to)\b|\bgdzie\b[^.?!]{{0,25}}"
            rf"\b{_THING_PL}",
            r"\bnie\s+(?:\w+\s+){0,3}(?:dotarl\w*|doszl\w*|otrzymal\w*|dostal\w*|przyszl\w*"
            r"|przyszed\w*|dostarczon\w*|doreczon\w*|odebral\w*|widzial\w*|ma (?:jej|go|ich))",
            r"\b(?:nadal|wciaz|dalej|ciagle|jeszcze)\s+(?:nie|nic|brak)\b",
            r"(?:oznaczon\w*|status\w*|pokazuje|widnieje)\b[^.?!]{0,25}\bdostarczon\w*"
            r"[^.?!]{0,20}\bale\b|dostarczon\w*,? ale",
        ),
    ),
    (
        W,
        2,
        (
            r"numer\w* (?:przesylki|sledzenia|nadania|listu przewozowego|paczki|trackingu)"
            r"|sledzeni\w*",
            r"\bkiedy\b[^.?!]{0,40}(?:dotrze|dojdzie|przyjdzie|bedzie|wysl|nada|otrzymam"
            r"|dostane|dostarcz|przesylk|paczk|zamowien|przyjedzie)",
            r"\b(?:czy|juz)\b[^.?!]{0,30}\b(?:wyslan\w*|wyslal\w*|nadan\w*|w drodze)"
            r"|wyslan\w*\s*\?",
            r"\bczekam\w*|opozni\w*|zaginel\w*|zagubion\w*|zgubil\w*|utknel\w*|spozni\w*",
            r"status (?:zamowienia|przesylki|paczki)|termin dostawy|data dostawy",
        ),
    ),
    (
        W,
        3,
        (
            rf"\bvar\s+(?:ar|e|finns|blir|hamnade)\b|\bvar\b[^.?!]{{0,25}}\b{_THING_SV}\b[^.?!]{{0,10}}"
            rf"\?",
            r"\b(?:inte|aldrig|ej|inget|ingenting)\s+(?:\w+\s+){0,3}(?:kommit|fatt|mottagit"
            r"|levererats|levererad|anlant|dykt upp|kommit fram|sett)\b",
            r"\bfortfarande\s+(?:inte|inget|ingenting|ej|inga)\b|\binget (?:paket|har kommit)\b",
            r"(?:star|markerad|visas)\b[^.?!]{0,15}\blevererad\w*[^.?!]{0,20}\bmen\b"
            r"|levererad\w*,? men",
        ),
    ),
    (
        W,
        2,
        (
            r"sparning\w*|sparningsnummer|kollinummer|sandningsnummer",
            r"\bnar\b[^.?!]{0,40}(?:kommer|levereras|skickas|skickade|far jag|kan jag rakna"
            r"|dyker|anlander|fram)",
            r"\b(?:har|ar)\s+(?:\w+\s+){0,2}(?:skickat|skickad|skickats|pa vag|postat)\b",
            r"\bvanta(?:r|t|de)?\b|forsenad|forsening|borttappad|forlorad|forsvunnen|fast i tullen",
            r"leveransdatum|leveranstid|status (?:pa|for) (?:min|mitt)",
        ),
    ),
    (
        W,
        3,
        (
            rf"\b(?:nerede|nerde|nerda|nereye)\b|\bne oldu\b|\b{_THING_TR}\b[^.?!]{{0,20}}"
            r"\bne durumda",
            r"\b(?:gelmedi|gelmedi\w*|ulasmadi\w*|teslim edilmedi\w*|elime (?:gecmedi|ulasmadi"
            r"|gelmedi)|alamadim|almadim|gelmiyor|gelmemis|ulasmamis|teslim almadim)\b",
            r"teslim (?:edildi|edilmis)\b[^.?!]{0,30}\b(?:ama|fakat|ancak|gorunuyor|yaziyor)",
        ),
    ),
    (
        W,
        2,
        (
            r"takip (?:no|numara\w*|kod\w*|linki?)|kargo takip",
            r"\bne zaman\b[^.?!]{0,40}(?:gel|ulas|teslim|kargo|gonder|cik|elime)",
            r"(?:kargoya verildi|gonderildi|yola cikti|kargolandi|gonderdiniz|kargoladiniz"
            r"|cikti)\w*\s*(?:mi|mu)\b",
            r"\bbekliyorum\b|\bbekliyoruz\b|gecikti|gecikme|kayboldu|\bkayip\b|\bhala\b|\bhenuz\b",
            r"teslimat tarihi|tahmini teslim|siparis durumu|kargo durumu",
        ),
    ),
    # ------------------------------------------------------------ cancel
    (
        C,
        3,
        (
            r"annuleer|annuleren|annulering|geannuleerd|cancelen|cancellen|afbestellen"
            r"|niet (?:meer )?(?:verzenden|versturen|opsturen|sturen)",
            r"anulow\w*|anuluj\w*|anulac\w*|rezygnuj\w*|rezygnacj\w*|wycofac zamowien\w*"
            r"|nie wysylaj\w*",
            r"\bavbryt\w*|\bavbrutn\w*|avboka|\bavsluta (?:min |mitt )?(?:order\w*|bestallning\w*)"
            r"|\b(?:kan |vill )?stryka (?:\w+ ){0,3}(?:extra|ena|andra|tva|en|ett)\b"
            r"|\bavbestall\w*|annullera\w*|makulera\w*"
            r"|angra (?:min |mitt )?(?:bestallning|kop|order)|skicka (?:den |det )?inte"
            r"|stoppa (?:min |mitt )?(?:bestallning|order)",
            r"\biptal\w*|gondermeyin|kargolamayin|siparisi durdur",
        ),
    ),
    (
        C,
        2,
        (
            r"niet meer nodig|(?:hoef|wil) (?:het|hem|ze|dit|deze) niet meer|dubbel besteld"
            r"|per ongeluk besteld|twee keer besteld",
            r"juz nie potrzebuj\w*|nie jest mi juz potrzebn\w*|zamowil\w* dwa razy"
            r"|przez pomylke zamowil\w*|podwojnie",
            r"behover (?:den|det|dem) inte langre|bestallde (?:\w+ )?tva ganger|av misstag",
            r"artik ihtiyacim yok|yanlislikla (?:siparis|aldim)|iki kez (?:siparis|aldim)"
            r"|vazgectim",
        ),
    ),
    # ------------------------------------------------------------ return
    (
        R,
        3,
        (
            r"terug ?(?:sturen|zenden|geven|storten|betalen)|terug te (?:sturen|zenden)"
            r"|\bretour\w*|geld terug|terugbetal\w*|\bruilen\b|omruilen|herroep",
            r"\bzwrot\w*|zwroc\w*|odesl\w*|odeslac|oddac|wymian\w*|wymienic|pieniadze z powrotem",
            r"\bretur(?:nera\w*|en|er|sedel\w*|etikett\w*)?\b|skicka tillbaka|pengarna tillbaka"
            r"|aterbetal\w*|\bbyta\b|angerratt",
            r"\biade\w*|geri (?:gonder|yolla|ver)\w*|para (?:iade|geri)\w*|parami geri"
            r"|degisim\w*|(?:urun|beden|renk|numara)\w* degistir\w*",
        ),
    ),
    (
        R,
        1,
        (
            r"past (?:\w+ )?niet|\bte (?:klein|groot|kort|lang|krap|wijd)\b|bevalt (?:me )?niet",
            r"\bza (?:maly|mala|male|duzy|duza|duze|ciasn\w*|krotk\w*|dlug\w*)|nie pasuje"
            r"|nie podoba",
            r"\bfor (?:liten|litet|sma|stor|stort|stora|kort|lang)\b|passar (?:\w+ )?inte",
            r"(?:kucuk|buyuk|dar|bol) geldi|olmadi|begenmedim|uymadi",
        ),
    ),
    # ------------------------------------------------------------ damaged or wrong
    (
        D,
        3,
        (
            r"beschadig\w*|\bkapot\w*|\bis stuk\b|\bstuk (?:aangekomen|geleverd)|gebroken"
            r"|gebarsten|\bdefect\w*|werkt niet|doet het niet|gaat niet aan|laadt niet op"
            r"|\bkras\w*|\bdeuk\w*|gescheurd|lekt\b|gelekt",
            r"verkeerde? (?:artikel|product|maat|kleur|model|ding|versie)|niet wat ik (?:heb )?"
            r"besteld|andere? (?:kleur|maat|model|artikel|product) (?:ontvangen|gekregen|geleverd"
            r"|gestuurd)",
            r"ontbre\w*|\bmist\b|\bmissen\b|incompleet|onvolledig",
        ),
    ),
    (
        D,
        3,
        (
            r"uszkodz\w*|zniszcz\w*|zepsut\w*|popsut\w*|rozbit\w*|pekniet\w*|pekl\w*"
            r"|polaman\w*|zlaman\w*|nie dziala|nie wlacza|nie laduje|wadliw\w*|porysowan\w*"
            r"|\brysy\b|zarysowan\w*|wgniecion\w*|wgniecen\w*|rozdart\w*|podart\w*|cieknie"
            r"|wyciek\w*|pogniecion\w*|zgniecion\w*",
            r"(?:zly|zla|zle|niewlasciw\w*|inny|inna|inne) (?:rozmiar|kolor|produkt|model|towar"
            r"|przedmiot|artykul)|nie to,? co zamowil\w*|nie ten (?:produkt|kolor|rozmiar)",
            r"\bbrakuje\b|\bbrak (?:czesci|elementu|elementow|srub|kabla)|niekompletn\w*",
        ),
    ),
    (
        D,
        3,
        (
            r"skadad\w*|skadat|trasig\w*|\bsonder\b|krossad\w*|sprack\w*|sprucken|buckl\w*"
            r"|\brep(?:a|or)\b|fungerar inte|funkar inte|startar inte|laddar inte|defekt\w*"
            r"|lacker|lackt",
            r"\bfel (?:vara|produkt|storlek|farg|modell|artikel|sak)|inte (?:det|den) jag"
            r" bestallde|annan (?:farg|storlek|modell|produkt|vara)",
            r"\bsaknas\b|\bfattas\b|ofullstandig",
        ),
    ),
    (
        D,
        3,
        (
            r"hasarli|hasar gormus|\bkirik\w*|kirilmis|kirildi|bozuk\w*|calismiyor|arizali"
            r"|acilmiyor|sarj olmuyor|cizik\w*|cizilmis|\bezik\w*|ezilmis|yirtik\w*|sizdir\w*"
            r"|defolu",
            r"yanlis (?:urun|beden|renk|model|numara|esya|paket)|farkli (?:urun|renk|beden|model)"
            r"|baska (?:urun|renk|beden|model)|siparis ettigim (?:bu )?degil",
            r"\beksik\w*",
        ),
    ),
    # ------------------------------------------------------------ address change
    (
        A,
        3,
        (
            r"\badres\w*\b[^.?!]{0,30}(?:wijzig\w*|aanpass\w*|veranderen|corrigeren|klopt niet"
            r"|fout|onjuist|verkeerd)|(?:wijzig|verander|pas|corrigeer)\w*\s+(?:\w+\s+){0,3}"
            r"(?:adres|afleveradres|bezorgadres)|verkeerde? (?:adres|huisnummer|postcode)"
            r"|nieuwe? adres|verhuisd|ander (?:adres|bezorgadres)"
            r"|(?:huisnummer|postcode|toevoeging)\b[^.?!]{0,25}(?:vergeten|ontbreekt|klopt niet"
            r"|fout)",
            r"zmian\w* adres\w*|zmienic adres|adres\w*\b[^.?!]{0,25}(?:bledn\w*|zl\w*"
            r"|niepoprawn\w*|nieprawidlow\w*|zmieni\w*)|(?:bledn|zl|nowy|inny)\w* adres"
            r"|przeprowadzil\w*|(?:bledn|zl|niepoprawn)\w* (?:numer|kod\w* pocztow|ulic)\w*"
            r"|numer (?:domu|mieszkania|lokalu)\b[^.?!]{0,25}(?:zapomnial\w*"
            r"|brak|bledn\w*)|do paczkomatu|na paczkomat",
            r"andra (?:\w+ ){0,2}\w*adress\w*|adressen\b[^.?!]{0,20}\b(?:fel|felaktig|andras)"
            r"|\bfel adress|\bny adress|(?:jag|vi) har flyttat|annan adress"
            r"|postnummer\w*\b[^.?!]{0,15}"
            r"\bfel|lagenhetsnummer|portkod",
            r"\badres\w*\b[^.?!]{0,30}(?:degis\w*|yanlis|hatali|eksik|guncelle\w*)"
            r"|(?:yanlis|hatali|yeni|farkli|baska) (?:bir )?adres|tasindim|kapi (?:no|numarasi)"
            r"|daire (?:no|numarasi)|posta kodu",
        ),
    ),
    # ------------------------------------------------------------ invoice
    (
        I,
        3,
        (
            r"factuur|facturen|\bbonnetje|kwitantie|btw-?factuur",
            r"faktur\w*|\bparagon\w*|rachunek|rachunku",
            r"\bkvitto\w*|momsfaktura",
            r"\bfatura\w*|e-?fatura|\bmakbuz\w*",
        ),
    ),
    (I, 1, (r"\bbtw\b|\bnip\b|\bmoms\b|\bkdv\b|vergi (?:no|numarasi)",)),
    # ------------------------------------------------------------ product question
    (
        P,
        2,
        (
            r"\bmaat\b|afmeting\w*|\bformaat\b|materiaal|compatib\w*|geschikt voor|op voorraad"
            r"|leverbaar|inbegrepen|meegeleverd|batterij\w*|waterdicht|wasbaar|vaatwasser"
            r"|hoe (?:groot|lang|breed|hoog|zwaar)|voordat ik bestel|past (?:het|deze|dit) op",
            r"\brozmiar\w*|wymiar\w*|material\w*|kompatybiln\w*|pasuje do|dostepn\w* w\b"
            r"|na stanie|w zestawie|bateri\w*|wodoodporn\w*|mozna prac|zmywar\w*"
            r"|jak (?:duz\w*|dlug\w*|szerok\w*)|zanim zamowie|ile wazy",
            r"\bstorlek\w*|\bmatt(?:en)?\b|\bmaterial\b|kompatib\w*|passar (?:den|det|de|till)"
            r"|i lager|\bingar\b|batterier|vattentat|tvattbar|diskmaskin|hur (?:stor|lang|bred"
            r"|hog|tung)|innan jag bestaller",
            r"\bbeden(?:i|ler\w*|in\w*)?\b|\bolcu\w*|\bboyut\w*|malzeme\w*|uyumlu|uyar mi"
            r"|\bstok(?:ta|lar\w*|ta var)?\b|dahil mi|\bpil(?:i|ler\w*)?\b|su gecirmez|yikanabilir"
            r"|bulasik makinesi|kac (?:cm|santim|kilo|gram)"
            r"|almadan once|siparis vermeden once",
        ),
    ),
    # ------------------------------------------------------------ thanks
    (
        T,
        1,
        (
            r"\bbedankt|\bdank (?:je|u)\b|\bdankjewel|\bdankuwel|\bdziekuj\w*|\bdzieki\b"
            r"|\btack\w*\b|\btesekkur\w*|\bsag ?ol\w*|\beyvallah\b|\btsk\b|\btskler\b",
        ),
    ),
)

# "It arrived", "all good": thanks when nothing else is asked (see ``intent._CLOSURE``).
CLOSURE: Final = (
    r"\b(?:ontvangen|binnengekomen|aangekomen|is binnen|alles (?:goed|in orde|prima)"
    r"|opgelost|in goede staat|gevonden|terecht(?:gekomen)?)\b"
    r"|\b(?:dotarl\w*|doszl\w*|otrzymal\w*|dostal\w*|wszystko (?:ok|w porzadku|dobrze|gra)"
    r"|rozwiazan\w*|zalatwion\w*|w idealnym stanie)\b"
    r"|\b(?:har kommit|kom idag|kom igar|fatt (?:den|det|paketet)|allt (?:bra|ok|i ordning)"
    r"|loste sig|i gott skick)\b"
    r"|\b(?:geldi|ulasti|teslim aldim|elime ulasti|sorun cozuldu|her sey yolunda|sorunsuz)\b"
)

# A message that continues an earlier one (see ``intent._FOLLOW_UP``).
FOLLOW_UP: Final = (
    r"nog steeds (?:niets|niks|geen (?:antwoord|reactie|bericht))|al eerder (?:\w+ ){0,4}"
    r"(?:geschreven|gevraagd|gemaild|gemeld|contact)|\bopnieuw\b|\bnogmaals\b"
    r"|geen (?:antwoord|reactie) (?:ontvangen|gehad|gekregen)|mijn (?:vorige|eerdere|laatste)"
    r" (?:bericht|mail|vraag)|(?:tweede|derde) keer|\bherinnering\b|ik heb (?:u|jullie) "
    r"(?:\w+ )?(?:gisteren|vorige week|al) (?:\w+ )?(?:gemaild|geschreven|gevraagd)"
    r"|(?:nadal|wciaz|dalej) (?:nic|brak odpowiedzi|bez odpowiedzi)|\bponownie\b"
    r"|jeszcze raz|juz (?:pisal\w*|pytal\w*|zglaszal\w*)|pisal\w* (?:wczesniej|wczoraj"
    r"|juz)|brak odpowiedzi|bez odpowiedzi|(?:moja |moje )?poprzedni\w* (?:wiadomosc\w*"
    r"|zapytani\w*)|(?:kolejny|drugi|trzeci) raz"
    r"|fortfarande (?:inget|ingenting|inget svar)|(?:skrev|fragade|mejlade) (?:redan|tidigare"
    r"|igar|forra veckan)|har redan (?:skrivit|fragat|mejlat)|\bigen\b|inget svar"
    r"|paminnelse|mitt (?:forra|tidigare|senaste) (?:meddelande|mejl)|(?:andra|tredje) gangen"
    r"|hala (?:bir )?(?:ses|cevap|yanit|donus)|daha once (?:de )?(?:yazdim|sordum|mesaj"
    r"|iletisime)|\btekrar\b|\byine\b|cevap (?:alamadim|yok|vermediniz|gelmedi)"
    r"|yanit (?:alamadim|yok|vermediniz|gelmedi)|(?:ikinci|ucuncu) (?:kez|defa)"
    r"|onceki mesaj\w*|dun (?:de )?yazdim"
    # thanks that name the seller's earlier answer
    r"|(?:voor|op) (?:uw|je|jullie|de) (?:snelle )?(?:antwoord|reactie)"
    r"|za (?:szybka |wasza )?odpowiedz"
    r"|for (?:svaret|ert svar|ditt svar|snabbt svar)|(?:cevabiniz|yanitiniz|donusunuz)\w*"
)

# The buyer's own slip ("ik heb de verkeerde maat gekozen"): not a wrong item from us.
OWN_MISTAKE: Final = (
    r"ik heb (?:per ongeluk )?(?:de |het )?verkeerde? \w+ (?:gekozen|besteld|aangeklikt)"
    r"|(?:wybral\w*|zamowil\w*) (?:zly|zla|zle|niewlasciw\w*)"
    r"|(?:\bjag |^\W*|[.?!]\s*)(?:valde|bestallde) (?:av misstag )?fel"
    r"|yanlis (?:beden|renk|urun|model)\w* (?:sectim|secmisim|siparis ettim|aldim)"
)
