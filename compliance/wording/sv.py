# ruff: noqa: E501  (word lists: one concept per line reads better than wrapped strings)
"""Swedish wording of every concept the policy rules look for (amazon.se).

Keys are the names of the lexicons in ``compliance.rules``; the syntax is the lexicon syntax
(å, ä and ö are folded to a, a and o like the text).
"""

from __future__ import annotations

from compliance.wording.shared import SOCIAL as _SOCIAL

_FIVE = r"(?:1|2|3|4|5|en|ett|två|tre|fyra|fem|full\w*)"
_WEAK = (
    r"(?:feedback|åsikt\w*|synpunkt\w*|upplevelse\w*|intryck|kommentar\w*|erfarenhet\w*|omdöme\w*)"
)
_MONEY = r"\d+(?:[.,]\d{1,2})? ?(?:€|kr|kronor|sek|euro)"

WORDING: dict[str, list[str]] = {
    # round 33b: the seller's app as a chat or shop (off_amazon.AN_APP, WITH_US_THERE, HERE_THREAD)
    "an app": [r"app|appen|[\w-]*-appen?"],
    "with us there": [
        r"chatta med oss|(?:skriva|skicka meddelande) till oss|(?:beställa|köpa) ~ (?:från|av|hos) oss|utan att gå via amazon"
    ],
    "here in this thread": [r"här"],
    # adversary 20b: a refusal of any reward for a review, the review named
    "refused incentive": [
        r"vi (?:kan|far|erbjuder|ger) (?:inte|aldrig) (?:[^\s.!?;]+ ){0,6}?(?:i utbyte mot|mot|for) (?:en )?(?:recension|omdome)(?![^.;!?\n]{0,40}(?:\butom|\bmen for dig|\bsavida))"
    ],
    # round 30b: a backlog of parcels after a sale day
    "backlog": [
        r"i kö|kön|eftersläp\w*|(?:paket|beställningar) (?:väntar|ligger och väntar)",
        # adversary 20: the sale day as the cause of a day's delay
        r"(?:en|två|tre|några) dag(?:ar)? efter|försen\w*|hög belastning",
    ],
    # round 29a: an A-to-z claim, its closing, Amazon as the one who closes it, a tie
    "a-to-z claim": [
        r"a-?till-?(?:ö|z)\w*|garantianspråk\w*|(?:ditt|ert|er) anspråk (?:hos|på|via) amazon"
    ],
    "close a claim": [
        r"dra\w* tillbaka|drog tillbaka|återkalla\w*|stäng\w*|avsluta\w*|ta tillbaka|annuller\w*"
    ],
    "amazon closes": [r"amazon (?:stänger|avgör|beslutar|avslutar)"],
    "close a claim, asked": [r"vi ber (?:dig|er)"],
    "claim gift": [r"gratis|kostnadsfri\w*|utan kostnad|på köpet|presentkort\w*"],
    "claim tie": [r"när|så snart|så fort|om|i utbyte|i gengäld"],
    "divert": [r"innan (?:du|ni) (?:publicerar|lägger upp|skriver) något(?: offentligt)?"],
    "review": [
        # adversary 21
        "(?:din|dina) (?:åsikt|tankar|upplevelse|intryck) (?:om|av) (?:[\\w-]+ ){0,3}?(?:är|blir) (?:offentlig\\w*|publicerad\\w*|synlig\\w*)",
        r"recca\w*",
        # round 24a: the verb, "recenserar du koppen ..."
        r"recenser(?:a|ar|ade|at|as)",
        r"recension\w*|omdöme\w*|betyg\w*|stjärn\w*|säljarbetyg\w*|produktomdöme\w*|kundomdöme\w*|"
        # round 32a: a compound, "en produktrecension av telefonen"
        r"produktrecension\w*|kundrecension\w*|amazonrecension\w*|"
        r"(?:positiv\w*|negativ\w*|bra|dålig\w*) (?:feedback|kommentar\w*|omdöme\w*|recension\w*)|"
        r"tumme(?:n)? upp|(?:skriva|skriver|posta|postar|lämna|lämnar|säga|säger) (?:något|nåt) "
        r"(?:negativt|dåligt|kritiskt)",
        rf"{_FIVE}[- ](?:(?:små|fina|glänsande) )?stjärn\w*",
        r"(?:på en skala )?från 1 till (?:5|10)|(?:omdöme\w*|betyg\w*|recension\w*) ~ till (?:positiv\w*|fem|5)",
    ],
    "weak review ask": [
        rf"(?:lämna|ge|dela|skriv|posta|skicka) (?:oss )?(?:din |ditt |dina |en |ett |lite |gärna )?(?:ärlig\w* |kort\w* |positiv\w* )?{_WEAK}",
        rf"(?:din|ditt|dina) {_WEAK} (?:skulle|hjälper oss)",
        rf"(?:en|ett|kort\w*|ärlig\w*|några) (?:kort\w* |ärlig\w* )?(?:{_WEAK}|ord|rader) ~ (?:skulle|hade varit|vore)",
        r"(?:berätta|tala om) ~ för andra (?:köpare|kunder)",
    ],
    # round 28a: "den enkäten är PostNords egen, inte vår"
    "not from us": [r"egen,? inte (?:vår|vårt|våran)(?![\w])"],
    "not a review": [
        # round 31a: customs' assessment of a declared value; the starry sky
        r"bedömning av (?:tull)?värdet|stjärnhimmel\w*|stjärnklar\w*",
        # round 30a: a proof or spelling to be checked ("betygsätt stavningen av namnen")
        r"(?:betygsätt|bedöm|granska)\w* (?:gärna |noga )?(?:stavning\w*|korrektur\w*|utkast\w*|skiss\w*|namnen|texten)",
        # round 28a: our own internal review of a batch or a case
        r"intern\w* (?:granskning|utvärdering|bedömning|review)",
        # round 27a: the review read and left alone ("vi har läst din recension", "vi ber dig inte om något")
        r"(?:läst|sett|fått) (?:din|ditt|er|ert) (?:recension|omdöme|betyg|kommentar)|(?:ber|frågar) (?:dig|er) (?:inte om (?:något|nåt|nagot)|om ingenting)",
        # round 26a: a carrier's assessment of a damage claim, and its outcome
        r"bedömning\w* av (?:skada\w*|skadan|skadeanmälan|anspråket|ärendet|reklamationen)|resultat\w* av (?:deras|dess|den|bedömningen|granskningen) ?(?:bedömning|granskning)?",
        # round 24a: the buyer's own review, written or announced, reported back
        r"i (?:ditt|din) (?:omdöme|recension) (?:[^\s.!?;]+ ){0,6}?(?:nämnde|skrev|beskrev) du",
        r"(?:du|ni) skriver att (?:du|ni) (?:tänker|vill|ska) (?:lämna|skriva|publicera|lägga ut|posta|sätta) (?:ett|en) (?:\w+ )?(?:omdöme|recension)",
        r"(?:vi )?ber (?:dig |er )?inte om något",
        # a fact other buyers reported: "andra kunder har berättat att locket är trögt"
        r"(?:andra|flera|många|några) (?:kunder|köpare) har berättat att",
        # assessing a fact for the service: "kan du bedöma om repan syns", a scale for the technician
        r"(?:bedöm|betygsätt)\w*,? om (?![^.!?;]{0,40}(?:nöjd|gillar))\w+|"
        r"betygsätt\w* \w+ (?:från|på en skala från) \d+ till \d+",
        r"på (?:två|tre|separata|olika|\d+) rader",
        # a star as a shape, a symbol, a tool or a cook's or hotel's rank
        r"(?:formad|formade|format|skuren|utskuren) som en stjärna|i form av en stjärna|stjärnformad\w*|stjärn(?:symbol|tecken|märk|nyckel|mejsel|skruv|motiv|anis|kock|krog|restaurang|hotell)\w*|"
        r"michelinstjärn\w*|(?:fem|fyra|tre)[- ]?stjärnig\w*|\d-stjärnig\w*",
        r"(?:bedömning|åsikt|utlåtande|omdöme)\w* (?:från|av) (?:en |den )?(?:värderingsman\w*|expert\w*|besiktningsman\w*|tekniker\w*)|"
        r"(?:värderingsmannens|expertens|besiktningsmannens|teknikerns) (?:bedömning|åsikt|utlåtande|omdöme)",
        r"skriv\w* (?:\w+ )?till (?:oss|mig)|berätta (?:\w+ )?för oss",
        r"(?:feedback|synpunkter|kommentarer) som (?:din|dina|er|denna)",
        r"bedömning av (?:skadan|skador\w*|ärendet|reklamation\w*|paketet|försändelsen|bilderna|situationen)",
        r"(?:postnord|dhl|db schenker|bring|budbee|instabox|ups|amazon|transportören|budet)(?:s)? "
        r"(?:bedömning|utredning)",
        r"tack (?:så mycket |för )?(?:för )?(?:din|ditt|dina|er|ert) (?:feedback|kommentar\w*|omdöme|synpunkt\w*|"
        r"återkoppling|meddelande)|enligt (?:vår|min) (?:bedömning|åsikt|mening)|vi bedömer",
        # tools and shapes: "en stjärnmejsel" is a screwdriver, not "one star"
        r"stjärnmejsel\w*|stjärnskruv\w*|stjärnformad\w*|stjärnnyckel\w*|stjärnbild\w*",
    ],
    "ask": [
        r"(?:blir|vore) (?:vi|jag) (?:\w+ )?(?:jätte|super)?(?:glad\w*|tacksam\w*)|(?:jag|vi) (?:blir|vore|skulle bli) (?:\w+ )?(?:jätte|super)?(?:glad\w*|tacksam\w*)",
        r"skulle glädja oss|skulle göra oss (?:så |väldigt )?glada",
        # round 32a: the verb before its subject, "om du har en stund skulle vi bli väldigt glada"
        r"skulle (?:vi|jag) (?:\w+ )?(?:bli|vara) (?:\w+ )?(?:jätte|super)?(?:glad\w*|tacksam\w*)|skulle (?:vi|jag) (?:\w+ )?uppskatta|om du har en stund",
        r"visa (?:det|oss) (?:\w+ )?med(?![a-z])",
        r"snälla|vänligen|gärna|skulle (?:du|ni) (?:kunna|vilja)|kan (?:du|ni)|vill (?:du|ni)|lämna|ge|"
        r"skriv|dela|posta|ladda upp|vi skulle (?:uppskatta|bli glada|vara tacksamma)|vi blir glada|"
        r"vi vore tacksamma|skulle vara (?:super|jättebra|toppen|fantastiskt|till stor hjälp)|vore|"
        r"hade varit|glöm inte|kom ihåg|hjälp oss|låt oss veta|berätta|ta en minut|om du har tid|"
        r"vad du tycker|hur nöjd|skulle hjälpa",
    ],
    "reviewers": [
        r"(?:som|den som) (?:recenserar|betygsätter|lämnar (?:ett |en )?(?:omdöme|recension|betyg)|"
        r"skriver (?:ett |en )?(?:omdöme|recension)|delar (?:sina|med sig av sina) (?:tankar|åsikter|intryck)|"
        r"(?:berättar|beskriver|delar) (?:om )?(?:sin|sina|hur) (?:\w+ )?(?:upplevelse\w*|intryck|erfarenhet\w*))|"
        r"(?:varje|bästa) (?:omdöme|recension)",
        r"(?:som|den som|alla som) (?:\w+ ){0,3}?(?:lägger till|lämnar|skriver|postar) (?:ett |en |sin |sitt )?(?:omdöme|recension|betyg|kommentar|åsikt)",
    ],
    "incentive": [
        # round 24a: a friend's price, a draw "among" reviewers, a code that works only then
        r"vänpris\w*|kompispris\w*|specialpris\w*|(?:rabatt)?kod(?:en)? ~ (?:aktiveras|aktiverar|fungerar|gäller)",
        r"resten (?:när|så snart|då)",
        # the gift verb: "ger vi dig en putsduk", "bjuder vi dig på"
        r"ger vi (?:dig|er)|bjuder (?:vi )?(?:dig|er) på|skänker vi",
        r"i nästa (?:leverans|paket|beställning|order)|lägger vi med|fri frakt|fraktfri\w*",
        r"drar (?:vi )?av|bjuder (?:vi )?på frakten",
        r"betalar (?:vi )?tillbaka|\d+ ?% av (?:priset|köpesumman|beloppet)",
        _MONEY,
        r"återbetal\w*|återbetala|ersättning\w*|ersätta|presentkort\w*|värdebevis\w*|rabatt\w*|"
        r"kupong\w*|voucher\w*|gåva|gåvor|presenten|presenter|en present|gratis|kostnadsfri\w*|belöning\w*|belöna\w*|"
        r"i utbyte|som tack|som ett tack|tack för hjälpen|pengar|bonus|utlottning\w*|lottar ut|"
        r"tävling\w*|vinna|vinn|överraskning\w*|något extra|en liten (?:present|gåva|överraskning)|liten present",
        r"lottas ut|lottar vi ut|vinnare\w*|dra(?:r)? (?:en|tre|\d+) vinnare",
        # a service worth money: a longer warranty, free delivery for a time
        r"förläng\w* (?:\w+ )?garanti\w*|garanti\w* ~ förläng\w*|(?:extra|längre) (?:\w+ )?garanti\w*|utan fraktkostnad\w*",
    ],
    "satisfied": [
        r"är (?:du|ni) (?:\w+ )?(?:nöjd\w*|glad\w*)|gillar (?:du|ni) (?:den|det|dem)",
        r"(?:om|ifall|när) ~ (?:nöjd\w*|glad\w*|gillar|gillade|tycker om|är belåten)",
        r"nöjda kunder|bara om|endast om|positiv upplevelse|(?:om|ifall) (?:något|nåt) (?:är|var|känns) "
        r"(?:fel|inte bra|inte rätt)|(?:om|ifall) (?:du|ni) (?:inte är|är missnöjd)|innan (?:du|ni)|"
        r"i stället för|istället för|hör av dig först|kontakta oss först|först",
    ],
    "pressure": [
        # round 26a: the rating fallen below a mark, the first page or the buy box lost, the words of buyers helped counting double
        r"betyg\w* (?:har )?(?:sjunkit|fallit|rasat|gått ner) (?:under|till)|försvunnit från första sidan|räknas dubbelt|(?:det )?enda som (?:lyfter|räddar|håller) oss",
        r"(?:väger|räknas) (?:\w+ )?(?:tungt|mycket)",
        r"synlig\w*|enda (?:chans|hopp)|sökresultat\w*|ingen hittar oss",
        r"skulle (?:verkligen )?förändra allt(?: för oss)?|skulle göra all skillnad",
        r"(?:första|andra|tredje) sidan|algoritm\w*|ranking\w*|synlighet\w*|falska (?:omdömen|recensioner)|drar ner|lyfta oss|(?:hamnat|halkat) (?:längre )?ner|(?:precis|nyss) (?:börjat|startat) på amazon|nya på amazon|betyda (?:\w+ )?(?:mycket|allt)|stor skillnad",
        r"lilla (?:verkstad|ateljé|butik)|liten (?:verkstad|ateljé)|är allt för oss|amazon allt|vi lever på",
        r"hjälper (?:andra|tveksamma) (?:köpare|kunder)|kan (?:verkligen )?behöva (?:några|fler) (?:omdömen|ord)|"
        r"ingen (?:hittar|ser) oss|(?:enmans|tvåmans)\w*",
        r"(?:varje|varenda) (?:stjärna|recension|omdöme|betyg) ~ (?:räknas|hjälper|betyder)|litet? "
        r"(?:företag|familjeföretag|butik|team|firma)|familjeföretag|hänger på|beroende av|överleva|"
        r"överlevnad|betyder (?:jättemycket|mycket|allt|otroligt mycket) för oss|hjälper oss (?:enormt|"
        r"jättemycket|mycket)|stötta oss|stöd oss|lever på varje|som vi",
    ],
    "change": [
        r"fortfarande (?:behövs|befogad|rättvis|stämmer)|(?:titta|se) på (?:det|den|dem) igen|ta en ny titt|ompröva\w*",
        r"ändra\w*|uppdatera\w*|ta bort|tar bort|radera\w*|redigera\w*|justera\w*|dra tillbaka|"
        r"drar tillbaka|förbättra\w*|höja|höjer|ompröva|tänka om",
    ],
    "screenshot": [r"skärmdump\w*|skärmbild\w*|screenshot\w*|bild på (?:din|er) kommentar"],
    "public": [
        # round 29a: words written under the product ("write a few words under the kit")
        r"(?:ord|rader|meningar|rad|mening|omdöme|kommentar) (?:[^\s.!?;]+ ){0,3}?under [\w-]+",
        r"under (?:\w+ )?produkten|på produktsidan",
        r"under (?:annonsen|produkten|artikeln)",
        r"produktsidan|publicerar|lägger upp|på amazon|offentligt|andra (?:köpare|kunder)|"
        r"(?:är|blir) (?:synlig\w*|publicerad\w*)|publicerats|syns (?:på|under)",
    ],
    "weak review noun": [
        _WEAK,
        r"några (?:snälla |fina )?(?:ord|rader)|fina ord|dina (?:fina |snälla )?ord|det du skrev|(?:ett )?gott ord|"
        r"(?:trevliga|snälla) rader|varje (?:ärligt )?ord|ärliga ord|röster från (?:riktiga )?(?:kunder|köpare)",
    ],
    # (not Turkish "bildir-", to notify: "bildirecekler")
    "photo": [r"foto\w*|bild(?!ir)\w*|video\w*|film\w*"],
    "published": [r"produktsidan|på amazon|offentligt|sociala medier|instagram|på nätet"],
    # A19-7: a photo for the listing's customer images
    "customer images": [r"kundbild\w*|kundfoto\w*"],
    "rate us": [
        # adversary 21
        "(?:ge|ger) oss (?:också )?(?:ett |samma |högsta )?(?:betyg\\w*|\\d+/\\d+)|ditt betyg på (?:produktsidan|amazon)",
        r"var stjärnorna (?:hamnar|ska|hör hemma)",
        "vår (?:ranking|placering) (?:beror|hänger) (?:helt )?på (?:dig|er)",
        r"(?:betygsätt|betygsätta|recensera|bedöm) (?:oss|produkten|varan|artikeln|ditt köp|din "
        r"beställning|vår service|vår butik|säljaren)",
        r"(?:oss|produkten|varan|ditt köp) (?:ett )?(?:betyg|omdöme)|sätt (?:ett )?betyg",
    ],
    "tell others": [
        r"berätta (?:gärna )?för andra",
        r"rekommendera oss|rekommendera (?:vår|våra)|tipsa (?:dina )?(?:vänner|kompisar|andra)|"
        r"berätta för (?:dina )?(?:vänner|familj|andra)|sprid ordet",
    ],
    "small stars": [rf"{_FIVE}[- ](?:(?:små|fina|glänsande) )?stjärn\w*"],
    "stars from you": [r"från dig|från er"],
    "stars": [rf"{_FIVE}[- ]stjärn\w*|högsta betyg\w*|fullt betyg|full pott"],
    "complaint": [
        # round 26a: an opinion asked on a replacement's colour or size
        r"(?:din|er) (?:åsikt|uppfattning|mening) om (?:färg\w*|storlek\w*|modell\w*|mönstr\w*|mönster|variant\w*)",
        r"(?:ärlig\w* )?(?:synpunkt\w*|kommentar\w*|feedback|åsikt\w*) (?:om|på) (?:den |det )?(?:sena |försenade |skadade )?(?:leverans\w*|förseningen|paketet|förpackning\w*|skadan|problemet)",
    ],
    "own check": [r"granskning\w* av (?:hela )?(?:partiet|batchen|produktionen|lagret)"],
    "up to you": [r"upp till (?:dig|er)|ditt val|som du vill"],
    # a review asked again: "Vi frågade om en recension förra veckan men ser att den inte kommit"
    "reminder": [
        r"(?:vi|och) (?:frågade|undrade) om (?:en|ett|du|ni) (?:\w+ ){0,3}?(?:recension|omdöme|betyg|betygsätta)\w*",
        # "har du hunnit skriva det?": the earlier ask chased
        r"har (?:du|ni) (?:hunnit|haft tid att) (?:skriva|lämna|publicera) (?:ett omdöme|en recension|ett betyg)",
        # round 28a: "ville bara påminna om omdömet jag nämnde", typed fast "pamminna"
        r"pam?minn\w* (?:dig |er )?om (?:omdöme\w*|recension\w*|betyg\w*)",
    ],
    "if not": [
        r"annars|om inte|inte nöjd\w*|missnöjd\w*|är (?:det )?(?:något|nåt) fel|om (?:något|nåt) (?:är fel|inte stämmer)"
    ],
    "tell": [
        r"låt (?:gärna )?(?:andra|alla|framtida)\w* (?:\w+ )?(?:gärna )?veta|berätta (?:det )?för (?:andra|alla)|dela med dig|berätta på amazon hur"
    ],
    "audience": [r"andra (?:köpare|kunder)|framtida (?:köpare|kunder)|alla"],
    # A19-2: "future customers would love to hear about it"
    "buyers to come": [r"(?:andra|framtida|nya|blivande) (?:köpare|kunder)"],
    "hear about it": [r"höra (?:om|av) (?:det|den|hur)|läsa om det|veta hur"],
    # A19-3: "your verdict would help those still undecided"
    "your verdict": [r"ditt (?:omdöme|utlåtande)|din (?:bedömning|dom)"],
    "undecided": [
        r"(?:dem|de) som (?:fortfarande |ännu )?(?:är osäkra|tvekar|velar)|tveksamma (?:köpare|kunder)"
    ],
    # A19-5: "how satisfied were you with us as a seller? Tell Amazon"
    "us as a seller": [r"(?:med )?oss som (?:säljare|butik)"],
    "tell amazon": [r"berätta (?:det )?för amazon|låt amazon veta"],
    "decor": [
        r"tryckt\w*|broderad\w*|mönst\w*|påslakan\w*|kudd\w*|gardin\w*|tapet\w*|tyg\w*|klistermärk\w*|spelplan\w*|spelbräd\w*|rut(?:a|an|or|orna)|stjärn\w*dräkt\w*|brodera\w*|graver\w*|monogram\w*|(?:ovanför|under|bredvid) (?:\w+ )?namn\w*"
    ],
    # round 30a: a motif placed by a name
    "placed by a name": [r"(?:ovanför|under|bredvid|före|efter) (?:\w+ )?namn\w*"],
    # round 30a: "how can I help a shop like yours?" asked in a FAQ
    "how can I help you": [
        r"hur kan (?:jag|man) (?:\w+ ){0,5}?(?:hjälpa|stötta|stödja)|vad kan jag göra för"
    ],
    "star word": [r"stjärn\w*"],
    "star feature": [
        r"frys\w*|kyl\w*|hotell\w*|energi\w*|säkerhet\w*"
        r"|på (?:etiketten|förpackningen|burken|kartongen|flaskan|lådan)|styrkan?|hetta|svårighetsgrad\w*|stjärnanis|"
        r"(?:per|i varje) (?:påse|paket|burk|ask|portion|kopp|liter|tub)",
    ],
    "in exchange": [r"i utbyte mot|i gengäld för|för (?:varje|varenda|ditt|din)|som tack för"],
    "new model": [
        r"ny(?:a|tt)? (?:[\w-]+ ){0,2}?(?:modell\w*|version\w*|generation\w*|utgåva\w*|\w*kollektion\w*|serie\w*)|"
        r"(?:vår|sommar|höst|vinter|jul)kollektion\w*|nya säsong\w*"
    ],
    "release": [
        r"(?:i|från|nästa|till) (?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|vår|våren|sommar|sommaren|höst|hösten|vinter|vintern|jul|påsk|månad|vecka)|(?:släpper|lanserar|tar fram|gör|syr|bakar) vi",
        r"släpp\w*|kommer ut|lanser\w*|på marknaden|dyker upp i butik\w*|"
        r"(?:snart|i höst|i vår|i sommar|i vinter|till jul|till hösten|nästa (?:vecka|månad)) kommer (?:vår|vårt|våra|en ny|ett nytt)",
        r"snart (?:har|får) vi",
    ],
    "other goods": [
        r"vi (?:har|säljer|erbjuder|för) (?:\w+ )?(?:också|även)|finns (?:också|även)|(?:många|de flesta) "
        r"(?:av våra )?(?:kunder|köpare) (?:köper|tar|beställer)"
    ],
    "plug hint": [
        r"matchande|samma (?:serie|kollektion|mönster|\w+mönster)|(?:under )?vårt varumärke|i vårt sortiment"
    ],
    "interested": [
        r"om (?:du|ni) är intresserad\w*|vid intresse|komplettera (?:setet|serien|samlingen)"
    ],
    "arrival": [r"(?:har )?(?:precis|just|nyss) (?:kommit in|kommit|anlänt)|nyinkomn\w*|nyhet\w*"],
    "goes with": [
        r"kanske något för (?:dig|dina|er|era)|ha (?:det|oss) i åtanke|titta gärna in (?:igen|hos oss)|"
        r"(?:som|till) (?:present|julklapp)\w*|vet att du (?:gillar|tycker om) våra",
        r"skriv\w* upp dig på (?:listan|vår lista)|lägg\w* undan (?:\w+ )?(?:åt|till) dig|reserver\w* (?:\w+ )?(?:åt|till) dig",
        r"(?:skulle|kommer att|kommer) (?:\w+ )?passa dig|passar dig (?:perfekt|bra)|skulle (?:\w+ )?(?:tilltala|gilla)",
        r"passar (?:\w+ )?(?:perfekt|bra|fint|utmärkt) (?:ihop )?(?:med|till)|kommer (?:att )?gilla|gillar säkert|"
        r"(?:falla|faller) dig i smaken|tänkte (?:genast )?på dig|skulle gilla",
        r"(?:jag|vi) (?:kan )?(?:varmt )?rekommendera\w* (?:den|det|dem|dig)|tar (?:alltid )?slut (?:fort|snabbt)|håll utkik",
        # "de brukar ta slut före jul", "det vore något för dig"
        r"(?:brukar|kommer att) (?:\w+ )?ta slut|(?:vore|är) (?:\w+ ){0,2}?något för (?:dig|er)",
    ],
    "this order": [r"beställning\w*|paket\w*|försändelse\w*|leverans\w*"],
    "remedy": [r"ersättning\w*|återbetalning\w*|manual\w*|(?:du|ni) frågade"],
    "transfer": [r"för över|överför\w*|sätt in|betala in"],
    "our account": [r"vårt (?:bank)?konto|vårt kontonummer|vår iban"],
    "web search": [r"googla (?:oss|på oss|vårt)|sök (?:på|efter) oss ~ google"],
    "buy there": [r"beställ ~ där|handla ~ där|nästa gång"],
    "pay app": [r"(?:med|via|genom) (?:lydia|wero|twint|vipps|mobilepay|paylib|payconiq|swish)"],
    "not ours": [r"inte (?:vår|vårt|våra|från oss)|säljer inte|(?:bara|endast) (?:på|via) amazon"],
    "sign up": [
        r"(?:på|i) vår (?:\w+)?lista (?:för|över) (?:de |våra )?(?:nya|nästa)|(?:får|blir) (?:du|ni) först (?:att veta|besked)|"
        r"bonuspoäng (?:på|för) (?:varje|alla)|samlarklubb\w*|(?:vår|vårt) \w+klubb\w*|varje (?:order|beställning|köp) ger (?:en )?(?:stämpel|poäng)|"
        r"får ni båda|ni båda får",
        # a VIP list, news first of the new goods
        r"vip-?list\w*|(?:får|fa) (?:du|ni) veta först ~ (?:de |våra )?nya",
    ],
    "loyalty": [
        # a lower price for returning buyers: "stamkunder betalar lite mindre hos oss"
        r"(?:stamkunder|återkommande kunder|trogna kunder) (?:[^\s.!?;]+ ){0,6}?(?:mindre|billigare|ett bättre pris|rabatt)",
        r"(?:samla|samlar|tjäna|tjänar) (?:\w+ )?poäng|bli medlem i (?:vår|vårt) \w+|"
        r"kundklubb\w*|kundkort\w*|lojalitetskort\w*|bonuskort\w*|(?:te|kaffe|ost|vin|honungs|provnings)klubb\w*|klubbmedlemmar|stämpelkort\w*|(?:den )?(?:tionde|elfte|femte) (?:beställningen |ordern )?(?:är )?gratis",
    ],
    "promotion": [
        # adversary 21: a product, colour or size newly in the range
        "(?:vi har|vi) (?:precis |nyss |just |nu |också )*(?:lagt till|fått in|tagit in|lanserat|börjat sälja) (?:samma|en ny|ett nytt|nya|en \\w+ version)(?![a-zåäö])|(?:lagt till|tagit in|fått in) (?:[\\w-]+ ){0,4}?(?:i|till) vårt sortiment",
        # a new variant just out: "vi har precis släppt en ny färg"
        r"(?:precis|just|nyss) (?:släppt|lanserat)|(?:släppt|lanserat) (?:en|ett) ny\w*",
        # a discount with a name: "15 procent introduktionsrabatt"
        r"\d+ ?(?:%|procent) [\w-]+rabatt\w*",
        "rabattkod\\w*|kampanjkod\\w*",
        "(?:skriv|ange) [a-z]+ (?:fem|tio|femton|tjugo|trettio|femtio) i kassan",
        r"(?:sommar|vinter|jul|vår|höst|mellandags|slut|mega|super)rea\w*|rean (?:börjar|startar|pågår)|"
        r"\d+ ?% på (?:allt|hela|alla)",
        r"(?:vår|vårt|våra) nya (?:[\w-]+ ){0,3}?[\w-]*(?:modell|version|produkt|kollektion|serie|färg|storlek)\w* "
        r"(?:finns|är) (?:nu )?(?:att köpa|ute|här|tillgänglig\w*|i lager|till salu)(?![a-z])",
        r"först (?:att få veta|med nyheter)|(?:gå med|anmäl dig|skriv upp dig) ~ (?:lista|listan|klubb\w*)|hålla dig uppdaterad om (?:våra|nya)",
        r"rabattkod\w*|kampanjkod\w*|kupongkod\w*|erbjudandekod\w*|presentkod\w*",
        r"(?:\d+ ?|(?:fem|tio|femton|tjugo|tjugofem|trettio|fyrtio|femtio) )(?:%|procent) "
        r"(?:rabatt|billigare|avdrag)|(?:rabatt|avdrag) (?:på |med |upp till )?\d+ ?%",
        r"rea(?! \w{0,3}-?\d)|realisation|utförsäljning|kampanj\w*|black friday|cyber monday|"
        r"(?:rea\w*|kampanj\w*|erbjudande\w*) (?:börjar|startar|slutar|pågår)|(?:våra|vår) nyheter|ny kollektion|"
        r"nyinkommet|just lanserat|köp 2 betala för 1|3 för 2|2 för 1",
        r"överraskningspåse\w*|mysterylåd\w*|förbeställ (?:nu|redan|i god tid)|nyhetsbrev\w*|prenumerera(?! och spara)|anmäl dig till|följ oss|gilla oss|hitta oss på",
        # the shop's own page, written as one word: "vår Facebooksida", "vårt Instagramkonto"
        r"(?:vår|vårt|våra) (?:facebook|instagram|tiktok|youtube)\w*",
        r"våra (?:andra|nya|senaste|övriga) (?:produkter|artiklar|modeller|kollektion\w*)|vår (?:nya )?"
        r"kollektion|vårt (?:hela |nya )?sortiment|liknande produkter|matchande \w+|passar (?:perfekt|"
        r"bra|fint) (?:ihop )?med vår\w*|systermärke\w*|systerföretag\w*|kolla in vår\w*|"
        r"upptäck vår\w*|titta på vår\w*|sök ~ på amazon|sök efter oss",
        r"lojalitetsprogram\w*|bonusprogram\w*|stamkund\w*|värva en vän|tipsa en vän och få|"
        r"för varje (?:vän|värvad)|värvningskod|köp nu|beställ nu|missa inte|så länge lagret räcker",
    ],
    "offer": [
        # round 28b: a voucher with its amount, for a next purchase ("ett presentkort på 50 kronor")
        r"(?:presentkort|tillgodokvitto|värdebevis|rabattkupong)\w* (?:på|värt|till ett värde av) \d+",
        # a code with its name, no offer word needed beside a next purchase
        r"(?:kod|koden|kupong|kupongen) [a-z]{3,12}\d{1,3}(?![a-z0-9])",
        r"rabatt\w*|erbjudande\w*|gratis|kostnadsfri\w*|presenten|presenter|billigare|prisvärd\w*|"
        r"på oss|bjuder vi på|vi bjuder|överraskning\w*",
    ],
    "future purchase": [
        r"nästa (?:beställning|köp|gång|order)|framtida (?:beställningar|köp)|(?:handla|beställa|köpa) "
        r"(?:av oss )?igen|använd koden|i kassan|vid köp över",
    ],
    "applied": [
        r"(?:dragits|drogs|tillämpades) (?:av )?(?:vid|i) kassan",
        r"(?:har|hade|var|blev) (?:redan )?(?:dragits av|räknats av|tillämpats|använts|avdragen|dragen)|"
        r"vid köpet|i din beställning|mellanskillnaden|skillnaden ~ återbetal\w*|gällde (?:redan )?(?:på|när|den dag)|dagen du beställde",
        # round 29b: Amazon's gift card, issued by Amazon or paid with, not the seller's
        r"amazon-?presentkort\w*|presentkort från amazon|amazon (?:har|gav) ~ presentkort\w*",
    ],
    "off amazon": [
        # round 28b: a relative's or friend's shop recommended, or another shop praised over us
        r"(?:min|mitt|vår|våra) (?:kusins|brors|systers|väns|kompis|kompisens|morbrors|farbrors|mosters|fasters|grannes|pappas|mammas|svågers|svägerskas|kollegas) \w*(?:butik|affär|handel|verkstad)\w*",
        r"(?:mycket |betydligt |mycket mer )?(?:trevligare|vänligare|hjälpsammare) än (?:vi|oss)",
        # a classified-ads site described, cash by registered letter
        r"annonssajt\w*|köp- och säljsajt\w*|värdebrev\w*|kontanter ~ rekommenderat brev",
        # paying with no app or bank named: by phone, cash in an envelope
        r"(?:betala|betalar|betalning)\w* ~ (?:per telefon|via telefon|över telefon)|kontant\w* ~ (?:i ett|i) kuvert",
        r"(?:röd|röda|blå|orange|gul|gula|lila) (?:[\w-]+ )?(?:webbutik\w*|nätbutik\w*|auktionssajt\w*|auktionssida\w*|"
        r"annonssajt\w*|shoppingsajt\w*|marknadsplats\w*|säljapp\w*)|stora (?:\w+ )?(?:webbutik\w*|"
        r"nätbutik\w*|auktionssajt\w*|auktionssida\w*|shoppingsajt\w*)|(?:webbutik\w*|nätbutik\w*|"
        r"auktionssajt\w*|shoppingsajt\w*) med (?:den )?(?:\w+ )?(?:röda|blå|orange|gula|lila) logg\w*",
        r"(?:köpa|köp|hämta) ~ i vår (?:fysiska )?butik",
        r"kom (?:gärna )?(?:förbi|in) (?:i|till) (?:butiken|vår butik|verkstaden|vår verkstad)",
        r"utanför (?:plattformen|denna plattform)|i ?stället för via amazon|auktionssajt\w*|(?:sköta|betala|lösa) ~ privat|(?:hitta|följ) oss ~ på sociala medier",
        r"(?:vår|vårt|våra|min|mitt) (?:egen |eget |egna )?(?:webbutik|webbshop|nätbutik|hemsida|"
        r"webbplats|sajt|butik|domän)(?! (?:på|hos) amazon)",
        r"direkt (?:från|hos|av|med) oss|(?:köp|beställ|handla) ~ direkt",
        r"(?:ring|mejla|maila|sms:a|smsa|messa) (?:oss|mig)|kontakta (?:oss|mig) ~ (?:direkt|utanför "
        r"amazon|privat|per telefon|via e-?post|på telefon)|"
        r"(?:vårt|mitt) (?:telefonnummer|nummer|mobilnummer)|(?:vår|min) (?:e-?postadress|mejladress|"
        r"mailadress|e-?post)|utanför amazon|utan amazon|förbi amazon|amazons avgifter|billigare hos oss|"
        r"nästa gång ~ (?:hos oss|direkt|via vår)",
        r"blocket|tradera|cdon|swish\w*|bankgiro\w*|plusgiro\w*|kontonummer|banköverföring",
        # a payment app or a marketplace told, not named: "appen där man betalar med
        # mobilnumret", "Norges største markedsplass, den med den blå logoen"
        r"appen (?:där|som|med vilken) (?:man|du|ni) (?:\w+ )?(?:betalar|swishar|skickar pengar|för över pengar) "
        r"(?:\w+ )?(?:med|till|via) (?:ett |sitt |ditt |ert )?(?:mobilnummer|telefonnummer|mobilen)\w*|"
        r"(?:betalapp|betalningsapp|marknadsplats|markedsplass|plattform|app)\w* (?:[^\s.!?;]+ ){0,6}?"
        r"(?:med|den med) (?:den |det )?(?:röda|blå|blåa|orange|gula|gröna|lila|røde|grønne)\w* (?:logo|logg)\w*|"
        r"(?:största|største|stora|store) (?:\w+ )?(?:marknadsplats|markedsplass)\w*|"
        r"till (?:butikens|verkstadens|företagets|affärens|ateljéns|\w+eriets) (?:mobil|telefon)?nummer",
    ],
    "contact data": [
        r"telefonnummer\w*|mobilnummer\w*|(?:telefon|mobil|hem|jobb)?numr(?:et|en)|nummer|telefon|mobil|e-?postadress\w*|e-?post|mejladress\w*|"
        r"mailadress\w*|mejl|kontaktuppgifter|personuppgifter|personnummer|födelsedatum|whatsapp|"
        r"kontonummer|bankuppgifter|iban|privata? (?:mejl|mail|e-?post)\w*",
    ],
    "identity": [
        r"personnummer|samordningsnummer|passnummer|(?:ditt|ert|kopia (?:på|av)|bild på|foto (?:på|av)) pass(?:et)?|"
        r"körkort\w*|id-handling\w*|id-kort\w*|legitimation\w*"
    ],
    "show id": [r"hämta\w*|uthämtning|visa upp|visa|visar|ombud\w*|postkontor\w*"],
    "give us": [
        # round 28c: a lack of it ("saknar vi ditt personnummer")
        r"saknar (?:vi|jag)|(?:vi|jag) saknar",
        # round 27c: a wish ("vi vill gärna ha ditt mobilnummer", "vi skulle vilja ha numret till din sambo")
        r"(?:vi|jag) (?:vill|skulle vilja) (?:gärna |också |även )?(?:ha|få)|vill (?:vi|jag) (?:gärna )?(?:ha|få)",
        # round 24b: "det räcker med ditt mobilnummer", "kan jag få", "svara på meddelandet med ditt ..."
        r"(?:det )?räcker (?:det )?med|räcker (?:för oss|för mig)|(?:kan|får) jag (?:få|be om)|"
        r"svara\w* (?:[^\s.!?;]+ ){0,5}?med (?:ditt|din|ert|er)",
        # 'din privata mejl vore bra', 'vi ber om en kopia'
        r"vore (?:[\w-]+ ){0,4}?(?:bra|praktiskt|till hjälp)|(?:ber vi om|vi ber om)",
        # (Norwegian read with Swedish: "kan du sende oss mobilnummeret ditt")
        r"send(?:e)? oss|gi oss|"
        r"behöver vi|behöver jag|jag (?:behöver|skulle behöva)|ge mig|"
        r"skicka|skickar|ge oss|lämna|uppge|ange|berätta|meddela|låt oss veta|vad är|vilket är|"
        r"vi (?:behöver|kommer att behöva|skulle behöva)|behövs|krävs|skriv|svara med|dela|så att (?:budet|chauffören|föraren|vi) ~ "
        r"(?:ringa|nå|kontakta)",
        # a third party wants it, the buyer writes it here: "tillverkaren vill ha ditt personnummer"
        r"(?:tillverkaren|märket|leverantören|garantiservice\w*) (?:vill ha|behöver|kräver|begär|ber om)|(?:behöver|vill ha|kräver|begär) (?:tillverkaren|märket|leverantören)|"
        r"(?:skriv|lägg in|fyll i) (?:det|den|dem|detta) (?:\w+ )?(?:här|nedan)",
    ],
    "contact question": [
        # round 24b: "vad har du för mobilnummer?"
        r"vad har (?:du|ni) för (?:(?:mobil|telefon|hem|jobb|mobiltelefon)?nummer(?:et)?|(?:mejl|mail|e-?post)(?:adress)?)",
        # no contact noun: "vilka siffror ska budet ringa?"
        r"vilka siffror ~ (?:ringa|slå|nå)|bästa sättet (?:för \w+ )?att nå (?:dig|er)",
        rf"vad heter (?:du|ni) på {_SOCIAL}|(?:ditt|din|ert|er) (?:namn|användarnamn|profil|konto) "
        rf"på {_SOCIAL}",
        r"vilket (?:mobil|telefon)?nummer (?:[^\s.!?;]+ ){0,3}?(?:når|ringer|nå|ringa)|hur når (?:vi|de|budet) (?:dig|er) direkt|hur (?:kan )?(?:vi|de|budet) (?:\w+ )?når? (?:dig|er) direkt|"
        r"(?:på|under) vilket (?:telefon)?nummer|vilket (?:nummer|telefonnummer|mobilnummer) ~ "
        r"(?:ringa|nå|kontakta|använda)|hur (?:kan|ska) (?:vi|budet|chauffören|föraren) (?:nå|ringa|"
        r"kontakta) (?:dig|er)|var (?:kan vi|når vi) (?:nå )?(?:dig|er)",
    ],
    # round 31c: the seller withholding the data ("ett telefonnummer kan vi inte lämna här")
    "we withhold": [
        r"(?:kan|får|kommer) (?:vi|jag) (?:\w+ )?(?:inte|ej) (?:lämna|ge|dela|skicka|uppge|lämna ut)|(?:vi|jag) (?:kan|får) (?:\w+ )?(?:inte|ej) (?:lämna|ge|dela|uppge)|(?:behöver|använder) (?:vi|jag) inte|(?:vi|jag) behöver inte|är inte ett telefonnummer"
    ],
    "no need": [
        r"inte (?:nödvändigt|behöver|behövs)|behöver (?:du |ni )?inte|ingen anledning att|aldrig|skicka (?:inte|inga)"
    ],
    "not needed": [
        r"(?:behövs|krävs) inte|är inte nödvändig\w*",
        # round 25b: nothing at all wanted of the buyer ("vi behöver ingenting från dig")
        r"(?:behöver (?:vi|jag)|(?:vi|jag) behöver) (?:ingenting|inget|inte något)(?! annat| mer)(?: från (?:dig|er))?|"
        r"(?:ingenting|inget) behövs från (?:dig|er)",
    ],
    "refer back": [
        r"(?:skriv|lämna|fyll i|ange) (?:det|den|dem) (?:\w+ )?(?:här|nedan|i svaret)",
        r"(?:skicka|ge|dela|uppge|skriv) (?:det|den|dem|detta|denna)",
        r"svara ~ med (?:de|dessa|de här|de uppgifterna|uppgifterna)|(?:skicka|skriv|uppge|ange|lämna) ~ (?:de|dessa|de här) uppgift\w*",
    ],
    "not to us": [
        # round 30c: the size of a number on the piece; a firm's VAT number
        r"(?:större|mindre|tjockare) (?:nummer|siffror)|momsregistreringsnummer\w*|momsnummer\w*",
        r"spårningsnummer|kollinummer|ordernummer|beställningsnummer|ärendenummer|transportörens|budets",
        r"(?:batch|lot|serie|modell|artikel|del|faktura|kvitto)nummer\w*|satsnummer\w*",
        # round 25b: a firm's or a public body's purchasing numbers for its invoice
        r"(?:inköpsorder|inköps|referens|kostnadsställe\w*|avtals|ansvars|projekt)nummer\w*|(?:ert|er|vår) referens",
        # round 29c: the PO under its abbreviation and the loading dock or gate
        r"po-?numm\w*|(?:kaj|lastkaj|port|dock|ramp)nummer\w*|numret på (?:lastkajen|kajen|porten|docka?n|rampen)",
        r"(?:gatu|hus|port)nummer\w*|samma (?:gatu|hus|port)?nummer",
        # round 27c: the number printed or engraved on the thing
        r"num(?:mer|r)\w* som står (?:på|under|i)|(?:tryckta|ingraverade|instansade|präglade|stämplade|tryckt|ingraverat|instansat|präglat|stämplat) num(?:mer|r)\w*|"
        r"num(?:mer|r)\w* (?:på|under) (?:baksidan|undersidan|låset|lådan|kartongen|etiketten|bitarna|delen|delarna|locket|nyckeln)",
    ],
    "amazon account": [
        r"amazon-?konto\w*|(?:ditt|ert) konto|på amazon|hos amazon|(?:din|er) amazon-?beställning\w*|amazonbeställning\w*|amazon-?order\w*"
    ],
    "your": [
        r"ditt|din|dina|ert|ett|privat\w*|personlig\w*|bästa",
        r"mottagarens|mottagaren|födelsedagsbarnets",  # round 30c: the recipient's, for a gift
    ],
    "cancel": [
        r"avbokar|avbeställer|avbryter|annullerar|avbryt|avbryta|avboka|avbeställ|avbeställa|annullera|annulera|begäran om avbokning|makulera|"
        # the past of a wish: "det vore snällt om du själv avbröt köpet"
        r"avbröt|avbokade|avbeställde|annullerade|makulerade|"
        # (Danish and Norwegian, which buyers on amazon.se also write: "annuller ordren selv")
        r"annuller (?:venligst |gerne )?(?:selv )?(?:ordren|bestillingen|købet)|kanseller (?:ordren|bestillingen)|"
        # round 25b: Norwegian and Danish infinitives ("kan du kansellere bestillingen selv")
        r"(?:kansellere|annullere|avbestille) (?:venligst |gjerne |gerne )?(?:selv )?(?:ordren|bestillingen|kjøpet|købet)|"
        # 'ångra köpet från ditt konto'
        r"ångra\w* (?:köpet|ordern|beställningen|ditt köp|din beställning)|"
        r"häva (?:köpet|ordern|beställningen)|häv (?:köpet|ordern|beställningen)|"
        r"(?:dra\w*|drog) tillbaka (?:\w+ )?(?:köpet|ordern|beställningen)|"
        # the passive: "om beställningen dras tillbaka från din sida"
        r"(?:köpet|ordern|beställningen) (?:kan |skulle )?(?:(?:dras|drogs) tillbaka|återkallas|hävs)|återkalla\w* (?:köpet|ordern|beställningen)"
    ],
    # round 32b: Amazon's cancel button named by its label
    "cancel button": [r"avbryt (?:artiklar|varor)|begär avbokning"],
    "cancellation": [r"avbokning\w*|avbeställning\w*|annullering\w*"],
    "ask for": [r"begär|begära|begärde|begärt|skicka|skicka in|gör|göra|ansök|ansöka|lägg|lägga"],
    "by the buyer": [r"av (?:köparen|kunden)"],
    "must": [r"bör|måste|ska|skulle"],
    "from you": [
        r"kunden själv|köparen själv",  # round 32b: the customer as the one who cancels
        r"du själv|ni själva|från (?:din|er) sida|från (?:ditt|ert) håll|från ditt konto|kom(?:mer)? från dig",
    ],
    "spare our account": [
        r"vårt (?:konto|säljarkonto)|(?:drabbas|påverkas) ~ (?:vårt|oss)|drabbar oss|påverkar oss|vår statistik|avbokningsgrad\w*|annulleringsgrad\w*"
    ],
    "prefer you": [  # round 21b: the buyer's cancelling preferred beside the seller's offer
        r"(?:det är|det vore|det hade varit|det skulle vara) (?:bättre|bäst|smidigare|idealt)(?: för oss)? om (?:du|ni)|helst (?:att )?(?:du|ni)|vi (?:skulle uppskatta|uppskattar|föredrar) om (?:du|ni)|det skulle hjälpa oss (?:mycket )?om",
    ],
    "you do it": [
        # round 25b: the button beside the order
        r"knapp\w* (?:precis |direkt )?(?:bredvid|under|vid) (?:din|er) (?:beställning|order)",
        r"skulle (?:du|ni) (?:kunna|vilja)|skulle hjälpa|vore (?:bäst|enklast|bra|lättare|smidigast|snällt|vänligt|fint)|är det möjligt|det enklaste|vänligen|snälla|du kan|ni kan|du måste|ni måste|du behöver|själv|själva|i (?:ditt|ert) (?:amazon-?)?konto|"
        r"via (?:ditt konto|dina beställningar)|klicka|välj|gå till|enklast|bäst|vi rekommenderar|"
        r"från din sida|från ditt håll|be amazon|gärna|från ditt (?:amazon-?)?konto|på ditt (?:amazon-?)?konto|"
        r"kan du|snabbast\w*|om du begär|dina beställningar|om (?:du|ni) (?:\w+ )?(?:drar|återkallar|häver|avbokar|avbeställer)|"
        r"venligst|selv|dine ordrer|dine bestillinger",
    ],
    # the buyer sent to Amazon's customer service to have it cancelled
    "via amazon service": [
        r"be amazons? kundtjänst|kontakta amazons? kundtjänst (?:och be|så)|"
        # round 25b: the verb conjugated ("om du ber Amazons kundtjänst att avbryta")
        r"(?:du|ni) (?:ber|frågar) amazons? kundtjänst",
    ],
    "cancel done": [
        # round 28b: whether the seller should cancel ("om vi ska avbryta")
        r"om (?:vi|jag) (?:ska|bör|får) (?:avboka|avbryta|annullera|avbeställa)",
        r"(?:har|har blivit|blev|är|var) ~ (?:avbokad\w*|avbruten|avbrutna|annullerad\w*|avbeställd\w*)|"
        r"(?:vi|jag) (?:har|kommer att|kan) ~ (?:avboka|avbryta|annullera)|inte nödvändigt|behöver inte|"
        r"åt dig|åt er|ska vi|(?:vill|önskar|föredrar) (?:du|ni) att vi|kan vi ~ (?:avboka|avbryta|annullera)",
        # the seller as the one who cancels, verb first: "kan jag själv avbryta beställningen"
        r"(?:kan|ska|får) jag (?:själv |gärna |direkt |också )?(?:avboka|avbryta|annullera|avbeställa)|"
        r"(?:avbryter|avbokar|annullerar|avbeställer) (?:jag|vi)|(?:jag|vi) (?:avbryter|avbokar|annullerar|avbeställer)",
    ],
    "visit": [
        r"(?:om )?(?:du|ni) (?:har|får) vägarna förbi|vägarna förbi|om (?:du|ni) (?:är|kommer) (?:till|i) [\w-]+",
        r"titta in|kom förbi|besök (?:oss|vår\w*)|har du vägarna förbi|välkommen (?:in|förbi|till oss)",
    ],
    "counter": [
        r"gårdsbutik\w*|marknad\w*|torghandel",
        r"vår\w* (?:[\w-]+ )?(?:butik\w*|gårdsbutik\w*|marknadsstånd\w*|stånd|showroom|verkstad)|gårdsbutik\w*|"
        r"marknadsstånd\w*|showroom",
    ],
    "declined after": [
        r"(?:går|funkar|fungerar) (?:tyvärr |dessvärre |hos oss )?inte(?: tyvärr| dessvärre| sorry)?(?= ?[;,.!:]|$)"
    ],
    "on the invoice": [r"på (?:din |er )?faktura\w*|på kvittot|i orderdetaljerna"],
    "privately": [r"mellan oss(?! och)|oss emellan|privat(?!\w)|direkt med mig"],
    # round 32b: Amazon named as the step to skip, and the terms of an order
    "bypass amazon": [
        r"spar\w* (?:[^\s.!?;]+ ){0,5}?amazons? (?:avgift|provision)\w*",
        r"(?:helt )?utan amazon|slipper (?:du |ni )?amazon(?: helt)?|förbi amazon|utan (?:plattformens|amazons) (?:avgift|provision)",
    ],
    "order terms": [r"mot faktura|postförskott|beställ\w*|köp\w*|skickar vi|betal\w*"],
    "deal terms": [r"pris\w*|billigare|avgift\w*|provision|faktura|nästa gång"],
    # round 31b (off_amazon.DECLINE, ASKED, YOU_WROTE, AGREE)
    "decline": [
        r"(?:kan|får|tar|skickar|delar|använder|har|ger|gör|lämnar) (?:vi|jag) ~ (?:inte|inga|ingen|inget)",
        r"(?:vi|jag) (?:kan|får|tar|skickar|delar|använder|har|ger|gör|lämnar) ~ (?:inte|inga|ingen|inget)",
        r"amazon tillåter (?:inte|inga)|är (?:tyvärr )?inte (?:tillåtet|möjligt|nödvändigt)|behöver (?:du|ni) ~ inte|går (?:även |också |lika bra )?utan",
    ],
    "reported ask": [
        r"(?:du|ni) (?:bad|ber|frågade|frågar|undrar|undrade|föreslår|föreslog|vill veta|erbjöd|erbjuder)"
    ],
    "you wrote": [r"(?:du|ni) (?:skrev|skriver|har skrivit)"],
    "agree": [r"ja|visst|absolut|gärna|självklart|inga problem|javisst"],
    "refusal": [
        r"(?:får|kan) (?:vi )?(?:tyvärr |dessvärre |därför )?inte (?:ta emot|acceptera|godta)|"
        r"tar (?:vi )?(?:tyvärr |dessvärre )?inte emot|accepterar (?:vi )?(?:tyvärr |dessvärre )?inte|"
        r"är (?:tyvärr |dessvärre )?inte (?:möjligt|tillåtet)|"
        r"(?:får|kan) (?:vi )?(?:tyvärr |dessvärre )?inte (?:betala|skicka|föra över|överföra|återbetala|swisha)",
        r"(?:får|kan) (?:vi )?(?:tyvärr )?(?:bara|endast) (?:ta betalt|ta emot|acceptera|ta) ~ (?:via|genom|på) amazon",
        # A19-F5: "we will never ask you for PayPal or a bank transfer"
        r"(?:kommer|ska) (?:vi )?aldrig (?:att )?be (?:dig|er)|ber (?:dig|er) aldrig",
        # "vi tar inte betalt utanför Amazon": no money taken off it
        r"tar (?:vi )?(?:tyvärr )?inte (?:betalt|emot betalning|ut något) utanför amazon",
        # "vi kan tyvärr inte teckna något ramavtal utanför Amazon"
        r"(?:får|kan) (?:vi )?(?:tyvärr |dessvärre |därför )?inte (?:skriva|teckna|ingå|sluta|fakturera)|"
        r"(?:tecknar|ingår|fakturerar) (?:vi )?(?:tyvärr |dessvärre )?(?:inte|inga)|tar (?:vi )?inte emot något",
    ],
    "amazon promotion": [
        r"som amazon|av amazon|amazon (?:erbjöd|drog|gav)|prime day",
    ],
    "send back": [
        r"vi behöver|skicka (?:oss|mig)|svara med",
    ],
    "buyer offered": [
        r"snällt (?:att|av (?:dig|er))|tack (?:så mycket )?för (?:erbjudandet|förslaget|idén|ditt förslag|ditt erbjudande)|(?:du|ni) (?:föreslår|erbjuder|vill (?:swisha|betala|föra över))",
        r"(?:du|ni) (?:frågade|frågar) om (?:du|ni) (?:kan|kunde|får) (?:betala|swisha|föra över)|tack för att (?:du|ni) (?:erbjöd|erbjuder|föreslog)",
    ],
    # payments and refunds kept on Amazon, after the buyer's offer (off_amazon.ONLY_AMAZON)
    "only through amazon": [
        r"(?:bara|endast|enbart|uteslutande) ~ (?:\w+ ~ )?(?:via|genom|på|hos|över) amazon|(?:via|genom) amazon (?:bara|endast)",
        # "alla betalningar går via Amazon", "allt betalas genom Amazon"
        r"(?:alla|allt) ~ (?:\w+ ~ )?(?:via|genom|över) amazon",
    ],
    # marketing.RESTOCK, WHILE_ON and NO_CODES (moved out of compliance/rules/marketing.py)
    "restock": [
        r"(?:åter|tillbaka) i lager|i lager igen",
    ],
    "while the deal is on": [
        r"så länge (?:rean|kampanjen|erbjudandet|priset|rabatten) (?:fortfarande )?(?:pågår|gäller|varar|är aktiv)",
    ],
    # round 31a: the buyer's words quoted back (review.QUOTE_INTRO)
    "quote intro": [r"(?:du|ni) (?:skrev|skriver|frågade|frågar|sa|säger)|din fråga"],
    # round 31a: another colour on the same listing (marketing.SAME_LISTING)
    "same listing": [r"på samma (?:produkt)?(?:sida|annons|erbjudande)|färgväljare\w*"],
    # round 31a: asked where to review, declined to steer; nothing asked (review.NOT_STEERING, NOTHING_ASKED)
    "not steering": [
        r"inte (?:\w+ ){0,2}?påverka|bestämmer (?:du|ni) själv|ditt beslut|ert beslut"
    ],
    # round 32a: a cosmetic grade shown as stars; the buyer's review left to them; words to us (review.COSMETIC, GRADE_SCALE, REVIEW_YOURS, TO_US)
    "cosmetic": [r"utseende\w*|kosmetisk\w*|estetisk\w*"],
    "grade scale": [r"skick|skala|klass\w*|gradering"],
    "review yours": [
        r"(?:din |er )?(?:recension\w*|betyg\w*|omdöme\w*) är (?:helt )?(?:din|ditt|er|ert|din rätt|din sak)(?![^.!?;\n]{0,80}(?:\bmen\b|\bom du\b|\bnär du\b|\bså fort\b))",
        r"det är din (?:fulla )?rätt(?: ,)?(?: och)? vi (?:ber|frågar) (?:\w+ )?(?:inte om )?(?:något|ingenting)(?![^.!?;\n]{0,80}(?:\bmen\b|\bom du\b))",
    ],
    "review apart": [
        r"oavsett (?:din |er |den )?(?:recension\w*|betyg\w*|omdöme\w*)(?![^.!?;\n]{0,80}(?:\bmen\b|\bom du\b|\bnär du\b|\bså fort\b))"
    ],
    "written to us": [
        r"skriv (?:[^\s.!?;]+ ){0,4}?till (?:oss|mig)|skicka (?:[^\s.!?;]+ ){0,3}?till (?:oss|mig)|hör av dig till (?:oss|mig)"
    ],
    "nothing asked": [
        r"(?:du|ni) behöver inte göra något|behöver (?:du|ni) inte göra något|vi ber (?:dig|er) inte om något"
    ],
    "asked where": [r"(?:du|ni) frågar (?:oss |mig )?(?:var|hur)"],
    "no codes": [
        r"(?:rabattkoder|koder|rabatter) (?:ger|delar|erbjuder|skickar) vi (?:tyvärr )?(?:inte|inga)|(?:ger|delar|erbjuder) vi (?:tyvärr )?(?:inte|inga) (?:ut )?(?:rabattkoder|koder|rabatter)",
        # round 31a: none to have: "rabattkoder har vi inte", "vi har inget nyhetsbrev"
        r"(?:\w*koder|rabatter|kuponger|nyhetsbrev) har vi (?:tyvärr )?(?:inte|inga)|vi har (?:tyvärr )?(?:inga|inget) (?:egna )?(?:\w*koder|rabatter|kuponger|nyhetsbrev)",
    ],
    # round 28b: the maker's own website for help with the product (off_amazon.MAKER, MAKER_HELP)
    "maker": [r"tillverkar\w*"],
    "maker help": [
        r"sprängskiss\w*|manual\w*|bruksanvisning\w*|instruktion\w*|support|ritning\w*|video\w*|reservdelslista\w*"
    ],
    # where a return is dropped off (off_amazon.DROP_OFF)
    "drop-off counter": [
        r"inlämningsställe\w*|ombud\w*|paketautomat\w*|postkontor\w*|i kassan|returetikett\w*|etiketten skrivs ut",
    ],
    # marketing.OWN_ORDER and ASKED_ABOUT (moved out of compliance/rules/marketing.py)
    "own order": [
        r"din ersättning\w*|din beställning (?:skickas|går)",
    ],
    "asked about": [
        r"(?:du|ni) (?:frågade|undrade|undrar)|din fråga om|(?:du|ni) (?:ville|vill) (?:köpa|beställa|betala)|ditt erbjudande att betala",
    ],
}
