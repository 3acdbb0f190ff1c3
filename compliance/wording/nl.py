# ruff: noqa: E501  (word lists: one concept per line reads better than wrapped strings)
"""Dutch wording of every concept the policy rules look for (amazon.nl, amazon.com.be).

Keys are the names of the lexicons in ``compliance.rules``; patterns follow the lexicon
syntax (folded like the text, " " one or more blanks, " ~ " up to three words between).
"""

from __future__ import annotations

from compliance.wording.shared import SOCIAL as _SOCIAL

_FIVE = r"(?:1|2|3|4|5|een|twee|drie|vier|vijf|volle)"
_WEAK = r"(?:feedback|mening|ervaring\w*|indruk|commentaar|opmerking\w*|reactie|oordeel)"
_MONEY = r"\d+(?:[.,]\d{1,2})? ?(?:€|euro|eur)|€ ?\d+"

WORDING: dict[str, list[str]] = {
    # round 33b: the seller's app as a chat or shop (off_amazon.AN_APP, WITH_US_THERE, HERE_THREAD)
    "an app": [r"app|[\w-]*-app|applicatie"],
    "with us there": [
        r"met ons ~ chatten|chatten met ons|ons ~ (?:berichten|mailen|schrijven)|ons (?:een )?bericht sturen|(?:bij|van) ons ~ (?:bestellen|kopen)|zonder (?:tussenkomst van |via )?amazon"
    ],
    "here in this thread": [r"hier"],
    # adversary 20b: a refusal of any reward for a review, the review named
    "refused incentive": [
        r"(?:we|wij) (?:mogen|kunnen|geven|bieden) (?:u |je )?(?:geen|niets|nooit) (?:[^\s.!?;]+ ){0,5}?(?:voor|in ruil voor) (?:een|uw|je) (?:review|recensie|beoordeling)(?![^.;!?\n]{0,40}(?:\btenzij|\bbehalve|\bmaar voor (?:u|jou)))"
    ],
    # round 30b: a backlog of parcels after a sale day
    "backlog": [
        r"wachtrij|achterstand|(?:pakketten|bestellingen) (?:wachten|liggen te wachten)|in de rij",
        # adversary 20: the sale day as the cause of a day's delay
        r"(?:door|vanwege|wegens) de drukte|loopt (?:\w+ ){0,4}?achter|(?:dag|dagen) later (?:verzonden|verstuurd)|vertraging|vertraagd",
    ],
    # round 29a: an A-to-z claim, its closing, Amazon as the one who closes it, a tie
    "a-to-z claim": [
        r"a-?tot-?z\w*|a tot z (?:garantie|claim)\w*|garantieclaim\w*|(?:uw|de|je|jouw) claim (?:bij|via|op) amazon"
    ],
    "close a claim": [
        r"intrek\w*|ingetrokken|trek\w*|sluit\w*|gesloten|afsluit\w*|annuleer\w*|geannuleerd|terugtrek\w*"
    ],
    "amazon closes": [r"amazon (?:sluit|beslist|annuleert)|(?:sluit|beslist) amazon"],
    "close a claim, asked": [r"wij vragen u|we vragen u|trekt u (?:hem|deze|die|de claim) in"],
    "claim gift": [r"gratis|kosteloos|zonder kosten|cadeau|tegoedbon\w*"],
    "claim tie": [r"zodra|als|wanneer|op de dag dat|in ruil|daarvoor"],
    "divert": [r"voordat (?:u|je) iets (?:openbaar|online) (?:plaatst|zet|schrijft)"],
    "review": [
        # adversary 21
        "uw (?:mening|ervaring|indruk) (?:over|van|met) (?:[\\w-]+ ){0,3}?(?:openbaar|online|zichtbaar|gepubliceerd)",
        r"revieuw\w*|reviewtje\w*|recensietje\w*|beoordelinkje\w*|revjoe\w*",
        # round 24a: the verb, "als u de mok recenseert"
        r"recense(?:er|ert|eren|erde|erden)",
        r"reviews?|recensies?|beoordeling\w*|waardering\w*|sterren\w*|ster|sterretjes?|"
        r"verkopersbeoordeling\w*|verkopersfeedback|productreview\w*|productrecensie\w*|productbeoordeling\w*|klantbeoordeling\w*|"
        r"(?:positieve|negatieve|goede|slechte) (?:feedback|reactie|beoordeling|recensie)|"
        r"duim(?:pje)? omhoog|(?:iets negatiefs|negatieve \w+) (?:schrijft|schrijven|plaatst|plaatsen|"
        r"post|posten|zegt|zeggen|achterlaat|achterlaten)",
        rf"{_FIVE}[- ](?:(?:kleine|mooie) )?sterr(?:en\w*|etjes)",
        r"(?:van|op een schaal van) 1 tot (?:5|10)|(?:feedback|beoordeling|review) ~ naar (?:positief|vijf|5)",
    ],
    "weak review ask": [
        rf"(?:laat|geef|deel|schrijf|plaats|stuur) (?:ons )?(?:uw |je |jouw |een |wat )?(?:eerlijke |korte |positieve )?{_WEAK}",
        rf"(?:uw|je|jouw) {_WEAK} (?:zou|helpt ons)",
        rf"(?:een|korte|kleine|eerlijke) (?:korte |kleine |eerlijke )?(?:{_WEAK}|paar (?:woorden|regels)) ~ (?:zou|zouden|helpt)",
        rf"(?:plaatsen|plaatst|schrijven|schrijft|laten) (?:een|hun|uw) (?:\w+ )?{_WEAK}",
        r"(?:vertel|laat) (?:het )?andere (?:kopers|klanten) (?:weten)?",
        r"(?:laat|plaats|schrijf) (?:een|uw|je) (?:korte |positieve )?reactie (?:achter|op|over)",
    ],
    "not a review": [
        # round 31a: customs' assessment of a declared value; the starry sky
        r"beoordeling van de (?:aangegeven |douane)?waarde",
        # round 30a: a proof or draft to be checked ("wilt u de spelling van de namen beoordelen")
        r"(?:spelling|ontwerp\w*|(?:druk)?proef|opmaak|namen)(?: [^\s.!?;]+){0,5} beoordel\w*|beoordel\w* (?:het|de) (?:ontwerp|proef|drukproef|spelling|opmaak)",
        # round 29a: star-patterned paper ("papier met sterrenprint")
        r"sterren(?:print|patroon|motief|dessin|papier|hemel)\w*",
        # round 28a: our own internal review of a batch or a case
        r"interne (?:review|controle|beoordeling|evaluatie)",
        # round 27a: the review read and left alone ("we hebben uw recensie gelezen", "over uw recensie vragen we u niets")
        r"(?:uw|je|jouw) (?:recensie|review|beoordeling)(?: [^\s.!?;]+){0,4}? (?:gelezen|gezien|ontvangen)|(?:over|wat betreft) (?:uw|je|de) (?:recensie|review|beoordeling),? vragen (?:we|wij) (?:u |je )?niets|vragen (?:we|wij) (?:u |je )?niets",
        # round 26a: a carrier's assessment of a damage claim, and its outcome
        r"beoordeling (?:van|door) (?:de|het|uw|je|hun) (?:schade\w*|claim\w*|transportschade\w*)|(?:uitkomst|uitslag|resultaat) van (?:de|hun|die|deze|zijn) (?:beoordeling|review)",
        # round 24a: the buyer's own review, written or announced, reported back
        r"in (?:uw|je) (?:review|recensie|beoordeling) (?:[^\s.!?;]+ ){0,6}?(?:noemde|schreef|meldde|beschreef)",
        r"(?:u|je) (?:schrijft|zegt) dat (?:u|je) (?:een )?(?:\w+ )?(?:review|recensie|beoordeling) (?:wilt|gaat|zult) (?:schrijven|achterlaten|plaatsen|publiceren|zetten|posten)",
        r"vragen (?:u |je )?(?:er )?niets (?:over|van)",
        # assessing a fact for the service: "kunt u beoordelen of de kras zichtbaar is"
        r"beoordel\w*,? of (?![^.!?;]{0,40}(?:tevreden|bevalt|blij))\w+",
        r"op (?:twee|drie|aparte|verschillende|\d+) regels",
        # a star as a shape, a symbol, a tool or a cook's or hotel's rank
        r"in de vorm van een ster|(?:gevormd|gesneden|uitgesneden) als een ster|stervormig\w*|ster(?:vorm|symbool|teken|sleutel|schroevendraaier|kop|motief|anijs)\w*|"
        r"sterren(?:chef|kok|restaurant|hotel|keuken)\w*|michelinster\w*|(?:een|twee|drie|vier|vijf)[- ]?sterren ?(?:hotel|restaurant)\w*|\d-sterren ?(?:hotel|restaurant)\w*",
        r"(?:mening|oordeel|beoordeling|rapport) van (?:de|een) (?:schade-?)?(?:expert\w*|taxateur\w*|deskundige\w*|monteur\w*)",
        r"schrijf (?:\w+ )?(?:ons|mij)|(?:ons|mij) (?:\w+ )?schrijven|vertel (?:\w+ )?(?:ons|mij)",
        r"(?:feedback|opmerking\w*|reacties?) zoals (?:de uwe|die van u|deze)",
        r"beoordeling (?:van|door) (?:de|het|uw|je) (?:schade|claim|zaak|melding|zending|pakket|foto'?s|retour|vervoerder|bezorger|postnl|dhl|dpd|gls)",
        r"(?:postnl|dhl|dpd|gls|ups|de vervoerder|de bezorger|amazon) (?:beoordeelt|gaat ~ beoordelen|moet ~ beoordelen)",
        r"(?:bedankt|dank u|dank je|dankjewel|dankuwel) (?:wel )?voor (?:uw|je|de) (?:feedback|reactie|beoordeling|review|opmerking\w*)",
        r"naar (?:mijn|onze) mening|volgens ons|in behandeling|wordt beoordeeld|we beoordelen|wij beoordelen",
    ],
    "ask": [
        r"ik zou (?:u |je )?(?:erg |heel |zeer )?dankbaar zijn|ik zou het (?:erg |zeer )?waarderen",
        r"zou(?:den)? ons (?:erg |heel |zeer )?blij maken",
        r"laat (?:het|dat|ons) (?:\w+ )?zien",
        r"alstublieft|alsjeblieft|graag|aub|a\.u\.b|zou(?:dt)? u|zou je|kunt u|kun je|wilt u|wil je|"
        r"mogen wij|laat|laten|geef|geven|schrijf|schrijven|deel|delen|plaats|plaatsen|upload|"
        r"zou(?:den)? (?:het )?(?:erg |heel |zeer )?(?:waarderen|fijn vinden|op prijs stellen)|"
        r"(?:zou|zouden) ~ (?:fijn|leuk|top|super|geweldig|helpen|gewaardeerd) ~ (?:zijn)?|"
        r"vergeet niet|denk eraan|help ons|laat ons weten|neem even|even de tijd|als u even tijd heeft|"
        r"wat u ervan vindt|wat je ervan vindt|hoe tevreden|zou|zouden|stellen ~ op prijs",
    ],
    "reviewers": [
        r"(?:wie|iedereen die|klanten die|degenen die) ~ (?:beoordeelt|beoordelen|recenseert|"
        r"een (?:review|recensie|beoordeling) (?:schrijft|plaatst|achterlaat))|"
        r"(?:wie|iedereen die|klanten die|degenen die) (?:zijn|haar|hun|je|uw) (?:\w+ )?(?:ervaring\w*|indruk\w*|mening) ~ (?:deelt|delen|beschrijft|beschrijven|vertelt|vertellen)|"
        r"(?:iets|een paar woorden|een stukje|een review) (?:onder|bij|op) (?:het product|de productpagina) "
        r"(?:te )?(?:schrijft|schrijven|zet|zetten|plaatst)|(?:elke|de beste) (?:review|recensie|beoordeling)",
        r"(?:wie|iedereen die) (?:\w+ ){0,3}?(?:een |zijn |haar )?(?:review|recensie|beoordeling|mening|reactie) (?:toevoegt|schrijft|plaatst|achterlaat|geeft)",
    ],
    "incentive": [
        # round 24a: a friend's price, a draw "among" reviewers, a code that works only then
        r"vriendenprijs\w*|speciale prijs|(?:kortings)?code ~ (?:activeren|geactiveerd|werkt|vrijgeven)",
        r"de rest (?:zodra|wanneer|als)",
        # the gift verb: "schenken we u een poetsdoek"
        r"schenken (?:we|wij)|(?:we|wij) schenken|geven (?:we|wij) (?:u|je|jullie)",
        r"bij (?:de|uw|je) volgende (?:bestelling|levering|zending)|proefje\w*|monster\w*",
        r"tientje|vijfje|(?:krijgt|krijg je|krijgen) ~ terug",
        r"(?:storten|betalen|betaal|maken|stort) (?:[^\s.!?;,]+ ){0,6}?(?:terug|over)|bon van \d+|\d+ ?% van (?:het aankoopbedrag|de prijs|het bedrag)",
        _MONEY,
        r"terugbetal\w*|terugstort\w*|vergoed\w*|restitutie|cadeaubon\w*|cadeaukaart\w*|waardebon\w*|"
        r"tegoedbon\w*|kortingsbon\w*|korting\w*|kado\w*|cadeau\w*|gratis|kosteloos|beloning\w*|"
        r"beloon\w*|in ruil|als dank\w*|als bedankje|bedankje|geld|tegoed|bonus|prijs ?vraag|"
        r"verloting|loterij|winnen|win|iets extra'?s|verrassing\w*|attentie|cadeautje\w*|"
        r"(?:maakt|maak|maken) kans|kans op (?:een|de|het)|loting|uitloting|winactie",
        r"verlot(?:en|en we|en wij)|verloot|winnaar\w*|trekken (?:we|wij) (?:een|\w+) winnaar\w*",
        # a service worth money: a longer warranty, a year without shipping costs
        r"(?:extra|langere|verlengde) (?:\w+ )?garantie|garantie ~ verleng\w*|verlengen ~ garantie|garantieverlenging\w*|"
        r"zonder verzendkosten|verzendkosten ~ (?:kwijtgescholden|voor onze rekening)|(?:stoppen|doen|leggen) (?:we|wij) (?:er )?(?:een|wat|nog)",
    ],
    "satisfied": [
        r"(?:bent|was|ben) (?:u|je) (?:\w+ )?(?:tevreden|blij)|bevalt (?:het|hij|ze) (?:u|je)",
        r"(?:als|indien|mits) ~ (?:tevreden|blij|enthousiast|bevalt|bevallen|beviel|goed bevalt)",
        r"tevreden klanten|alleen (?:als|indien)|positieve ervaring|(?:als|indien) (?:er )?(?:iets|wat) "
        r"(?:niet )?(?:klopt|mis is|misgaat|tegenvalt)|(?:als|indien) (?:u|je) (?:niet|on)tevreden|"
        r"voordat (?:u|je)|voor(?:dat)? u ~ (?:schrijft|plaatst|beoordeelt)|in plaats van|eerst (?:contact|"
        r"met ons)|neem eerst|eerst even",
    ],
    "pressure": [
        # round 26a: the rating fallen below a mark, the first page or the buy box lost, the words of buyers helped counting double
        r"(?:staan|zitten|zakken|zakten|zijn) (?:we |wij )?(?:nu )?(?:op|onder) (?:een )?(?:[1-4][,.]\d|de 4|de vier)|onder (?:de )?(?:4|vier)(?: sterren)? (?:gezakt|gedaald|beland|raken|verliezen|zakken)|(?:score|gemiddelde|beoordeling) (?:is )?(?:gezakt|gedaald) (?:onder|naar)|koopknop|buy-?box|(?:telt|tellen) (?:nu )?(?:dubbel|extra zwaar)",
        r"(?:telt|tellen|weegt|wegen) (?:\w+ )?(?:heel |erg |zo )?(?:zwaar|veel)",
        r"zichtbaar|enige (?:kans|hoop)|(?:telt|tellen) mee voor onze (?:score|beoordeling|ranking)",
        r"(?:zou|zouden) (?:echt )?alles voor ons veranderen|(?:zou|zouden) (?:echt )?alles veranderen",
        r"(?:eerste|tweede|derde) pagina|het algoritme|ranking|zichtbaarheid|nep(?:reviews|recensies|beoordelingen)|(?:omlaag|naar beneden) (?:trekken|halen|gezakt)|weer omhoog|(?:net|pas) (?:gestart|begonnen) op amazon|nieuw op amazon|nog (?:vrijwel |bijna )?niets onder",
        r"klein(?:e)? (?:atelier|werkplaats)|(?:zijn|is) alles voor ons|erop of eronder|zijn alles",
        r"(?:kan|kunnen) (?:echt |best |goed )?(?:wel )?wat (?:ervaringen|reviews|woorden|reacties) (?:van (?:[\w-]+ ){1,3}?)?gebruiken|"
        r"helpt andere (?:kopers|klanten)|twijfelaars|"
        r"(?:eenmans|tweemans|twee-mans)\w*|niemand (?:vindt|ziet) ons|zoekresultaten|onvindbaar|vindt ons ~ (?:niemand|bijna niemand|nauwelijks iemand)",
        r"(?:elke|iedere) (?:ster|review|beoordeling|recensie) ~ (?:telt|helpt)|klein(?:e)? (?:bedrijf|"
        r"familiebedrijf|winkel|webwinkel|team|ondernemer\w*)|familiebedrijf|hangt ~ af|afhankelijk|"
        r"overleven|voortbestaan|betekent (?:veel|ontzettend veel|de wereld) voor ons|"
        r"helpt ons (?:enorm|echt|ontzettend)|steun ons|zou ons (?:enorm|echt|ontzettend) helpen|"
        r"leven van (?:elke|iedere)|zoals wij",
    ],
    "change": [
        r"nog (?:nodig|terecht|verdiend)|nog (?:eens|een keer) (?:naar )?(?:kijken|bekijken)|heroverweg\w*",
        r"wijzig\w*|aanpass\w*|verwijder\w*|intrekken|trek ~ in|bijwerken|werk ~ bij|herzien|"
        r"verander\w*|aanpassen|verbeteren|verhogen|bijstellen|weghalen|haal ~ weg|aangepast|"
        r"weghaalt|bijgewerkt|gewijzigd|verwijdert|aanpast|wijzigt|"
        # "als wat u op de productpagina schreef dat ook weergeeft"
        r"weergeeft|weergeven|weerspiegel\w*",
    ],
    "screenshot": [
        r"screenshot\w*|schermafbeelding\w*|schermafdruk\w*|foto van (?:je|uw) (?:reactie|commentaar|mening)"
    ],
    "public": [
        # round 29a: words written under the product ("write a few words under the kit")
        r"(?:woorden|woord|regels|zinnen|regel|zin|woordjes?|mening|reactie|ervaring) (?:[^\s.!?;]+ ){0,3}?onder (?:de|het|uw|ons|onze) [\w-]+",
        r"(?:de )?pagina van (?:de|het|onze|ons) \w+|onder (?:de|het) [\w-]+ (?:staat|staan|verschijnt|verschijnen|komt|komen|deelt|delen|plaatst|plaatsen)",
        r"onder (?:het artikel|de advertentie|het product)",
        r"productpagina|publiceert|publiceren|op amazon|openbaar|andere (?:kopers|klanten)|bij het product|"
        r"zichtbaar (?:is|wordt)|online (?:staat|komt)|gepubliceerd",
    ],
    "weak review noun": [
        _WEAK,
        r"(?:een )?goed woord(?:je)?|(?:je|uw|jouw|een) (?:kort |klein )?woordje|mond-tot-mondreclame|wat (?:klanten|kopers) ~ (?:zeggen|vinden)",
        r"reactie|een paar (?:lieve |aardige |leuke |mooie )?(?:woorden|regels)|wat u (?:heeft|hebt) geschreven|wat u op (?:de productpagina|amazon) (?:heeft|hebt) geschreven|wat u (?:heeft|hebt) geplaatst|wat je hebt geschreven|aardige woorden|"
        r"wat (?:u|je) (?:[^\s.!?;]+ ){0,4}?(?:schreef|plaatste)",
        r"(?:elk|ieder) (?:eerlijk |goed )?woord|eerlijke woorden|(?:de )?stem van (?:onze |echte )?(?:klanten|kopers)",
    ],
    "photo": [r"foto'?s?|afbeelding\w*|video'?s?"],
    "published": [r"productpagina|op amazon|openbaar|sociale media|instagram|online"],
    # A19-7: a photo for the listing's customer images
    "customer images": [r"klantfoto'?s|klantafbeelding\w*"],
    "rate us": [
        # adversary 21
        "(?:ons|geeft u ons|geef ons) (?:ook )?(?:een |het |hetzelfde )?(?:cijfer|rapportcijfer|\\d+/\\d+)|uw cijfer op (?:de productpagina|amazon)",
        r"(?:een )?(?:review|revieuw|recensie|beoordeling)\w* (?:achterlaten|plaatsen|schrijven) op amazon",
        r"weet (?:u |je )?(?:wel )?waar de sterren (?:heen gaan|horen|naartoe gaan)",
        "onze (?:ranking|positie|plaats) hangt (?:helemaal )?van (?:u|jou) af",
        r"(?:beoordeel|beoordelen|waardeer|recenseer|review) (?:ons|het product|het artikel|uw aankoop|"
        r"je aankoop|uw bestelling|onze service|onze winkel)",
        r"(?:ons|het product|het artikel|uw aankoop|onze winkel) (?:te )?(?:beoordelen|reviewen|waarderen)|"
        r"geef (?:ons|het product|het artikel) (?:een )?(?:cijfer|score|sterren)",
    ],
    "tell others": [
        r"vertel (?:\w+ )?andere (?:kopers|klanten)",
        r"beveel ons aan|raad ons aan|aanbevelen|vertel het (?:aan )?(?:je|uw) (?:vrienden|familie)|"
        r"vertel ~ (?:vrienden|anderen)|deel het met (?:anderen|vrienden)",
    ],
    "small stars": [rf"{_FIVE}[- ](?:(?:kleine|mooie) )?sterr(?:en\w*|etjes)"],
    "stars from you": [r"van u|van jou|u (?:ons )?geeft"],
    "stars": [rf"{_FIVE}[- ]sterren\w*|volle (?:score|punten)"],
    "complaint": [
        # round 26a: an opinion asked on a replacement's colour or size
        r"(?:uw|je|jouw) (?:mening|voorkeur) over (?:de |het |welke )?(?:kleur\w*|maat|maten|model\w*|variant\w*|patroon\w*|tint\w*)",
        r"(?:eerlijke )?(?:feedback|opmerking\w*|reactie|commentaar) over (?:de|het|uw|je) (?:late |vertraagde |beschadigde )?(?:levering|bezorging|vertraging|pakket|verpakking|schade|probleem)",
    ],
    "own check": [
        r"review van (?:de|het|onze) (?:hele |volledige )?(?:batch|partij|productie|voorraad)"
    ],
    "up to you": [
        r"laten (?:we|wij) (?:helemaal )?aan (?:u|jou|je)|is (?:helemaal )?aan (?:u|jou|je)|(?:uw|jouw) keuze|zoals u wilt"
    ],
    "if not": [
        r"zo niet|anders|niet tevreden|als (?:u|je) niet tevreden|is er (?:toch |wel )?(?:iets|wat) mis|"
        r"(?:als|indien) er (?:iets|wat) (?:niet klopt|mis is|misgaat|tegenvalt)|gaat er (?:iets|wat) mis"
    ],
    "tell": [
        r"laat (?:andere|anderen|iedereen|toekomstige)\w* (?:\w+ )?(?:gerust )?weten|vertel (?:het )?(?:aan )?(?:anderen|iedereen)|deel het|vertel (?:het )?(?:\w+ ){0,2}?aan (?:andere|alle)\w*|vertel (?:ons )?op amazon hoe"
    ],
    "audience": [r"andere (?:kopers|klanten)|toekomstige (?:kopers|klanten)|iedereen"],
    # A19-2: "future customers would love to hear about it"
    "buyers to come": [r"(?:andere|toekomstige|nieuwe) (?:kopers|klanten)"],
    "hear about it": [r"horen ~ (?:daar|er) ~ over|(?:daar|er)over ~ horen|dat ~ (?:horen|weten)"],
    # A19-3: "your verdict would help those still undecided"
    "your verdict": [r"(?:uw|je|jouw) (?:oordeel|eindoordeel|bevindingen)"],
    "undecided": [
        r"twijfelaars|(?:mensen|kopers|klanten|wie) die (?:nog )?twijfelen|die nog twijfelen"
    ],
    # A19-5: "how satisfied were you with us as a seller? Tell Amazon"
    "us as a seller": [r"(?:met|over) ons als verkoper"],
    "tell amazon": [
        r"laat (?:het )?amazon weten|vertel (?:het )?(?:aan )?amazon|meld het (?:bij|aan) amazon"
    ],
    "decor": [
        r"bedrukt|geborduurd|patroon|motief|dekbed\w*|kussen\w*|gordijn\w*|behang|stof|stickers?|lichtslinger\w*|spelbord\w*|speelbord\w*|vakje\w*|vakken|ster\w*kostuum\w*|borduur\w*|graveer\w*|gegraveerd|monogram\w*|(?:boven|onder|naast) de naam"
    ],
    # round 30a: a motif placed by a name
    "placed by a name": [r"(?:boven|onder|naast|voor|achter) de naam"],
    # round 30a: "how can I help a shop like yours?" asked in a FAQ
    "how can I help you": [
        r"hoe kan (?:ik|ik u|ik jullie) (?:\w+ ){0,6}?(?:helpen|steunen)|wat kan ik doen voor"
    ],
    "star word": [r"sterr\w*|ster"],
    "star feature": [
        r"vriezer\w*|diepvries\w*|koelkast\w*|hotel\w*|energie\w*|veiligheid\w*"
        r"|op (?:de|het) (?:doos|etiket|verpakking|pot|blik|fles|deksel)|moeilijkheidsgraad|pittigheid|sterkte|steranijs|"
        r"per (?:zakje|zak|pak|pakje|pot|potje|blik|doos|portie|kopje|liter|tube)",
    ],
    "in exchange": [r"in ruil voor|voor (?:elke|iedere|uw|je)|als dank voor"],
    "new model": [
        r"nieuwe? (?:[\w-]+ ){0,2}?(?:model|versie|generatie|editie|\w*collectie|\w*lijn|serie)\w*|"
        r"versie \d+|opvolger|(?:lente|voorjaars|zomer|najaars|herfst|winter|kerst)(?:collectie|assortiment)\w*|"
        r"nieuwe? (?:[\w-]+ )?assortiment|nieuwe seizoen"
    ],
    "release": [
        r"(?:in|vanaf|deze|volgende) (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|lente|voorjaar|zomer|herfst|najaar|winter|kerst|maand|week)|(?:we )?(?:brengen|maken|lanceren) (?:\w+ )?(?:binnenkort|straks|nieuw\w*)",
        # one or many coming in: "binnenkort komen onze amaryllisbollen binnen"
        r"(?:komt|komen) (?:[^\s.!?;]+ ){0,6}?(?:uit|binnen)|verschijnt|verschijnen|gelanceerd|lancering|lanceren|brengen we|binnenkort (?:verkrijgbaar|beschikbaar)|op de markt",
        # round 24a: "binnenkort hebben we ook ...", "straks krijgen we ... binnen"
        r"(?:binnenkort|straks|eerdaags) (?:hebben|krijgen|verkopen|maken) (?:we|wij)",
    ],
    "other goods": [
        r"(?:hebben|verkopen|bieden|voeren) (?:we|wij) (?:\w+ )?ook|(?:we|wij) (?:hebben|verkopen|bieden|voeren) (?:\w+ )?ook|"
        r"er (?:is|zijn) ook|(?:veel|de meeste) (?:van onze )?(?:klanten|kopers) (?:nemen|kopen|bestellen)(?: \w+)? (?:er )?(?:ook|meteen|bij)"
    ],
    "plug hint": [
        r"bijpassend\w*|dezelfde (?:serie|collectie|lijn)|(?:onder )?ons merk|in ons assortiment"
    ],
    "interested": [
        r"(?:de|uw|je) set (?:compleet|af) (?:te )?maken|set (?:te )?(?:completeren|aanvullen)",
        r"mocht (?:u|je) interesse hebben|als (?:u|je) interesse (?:heeft|hebt)|bij interesse",
    ],
    "arrival": [
        r"(?:is|zijn) (?:net |zojuist |pas )?binnen(?:gekomen)?|net binnen|nieuw binnen|(?:is|zijn) net aangekomen"
    ],
    "goes with": [
        r"misschien (?:iets|een idee) voor (?:u|uw|jou|je)|(?:houd|hou) (?:het|ons) in gedachten|"
        r"kom (?:gerust )?(?:nog eens|weer) (?:kijken|langs)|(?:als|voor) (?:kerst)?cadeau\w*|"
        r"cadeau-?idee|omdat (?:ik|we) weet|weten dat u (?:onze|ons)",
        r"(?:zetten|zet) (?:we |wij )?(?:u|je) op (?:de|onze) lijst|(?:u|je) op (?:de|onze) lijst (?:zetten|plaatsen)|voor (?:u|je) (?:apart|opzij) (?:houden|leggen|zetten)|(?:houden|leggen) (?:er )?(?:\w+ )?voor (?:u|je) (?:apart|opzij)",
        r"zou (?:u|je) (?:[\w-]+ ){0,2}?(?:bevallen|goed staan|passen)|(?:zal|zou|gaat) (?:u|je) (?:zeker |vast )?bevallen|valt (?:vast|zeker) in de smaak",
        r"(?:past|passen|staat|staan) (?:\w+ )?(?:perfect|prima|mooi|goed|geweldig|precies) (?:bij|met|op)|zou (?:\w+ )?(?:perfect|mooi|goed) (?:passen|staan) bij|(?:zult|zal) u (?:\w+ )?(?:mooi|leuk) vinden|"
        r"(?:zult|zal|zou|zullen) (?:u|je) (?:[\w-]+ ){0,3}?(?:mooi|leuk|lekker) vinden|aan (?:u|je) gedacht",
        # recommended, to be watched for, or soon gone
        r"(?:u|je) (?:\w+ )?(?:zal|zou|zullen|zouden) bevallen|(?:ik|we|wij) (?:raad|raden) (?:het|ze|hem|u|je) ~ aan|"
        r"(?:snel|vlot|altijd) uitverkocht|houd (?:het|ons|de winkel) (?:goed )?in de gaten",
        # "die zijn altijd snel op", "dat zou echt iets voor u zijn"
        r"(?:zijn|is|raken|raakt) (?:altijd |meestal |vaak |heel )?snel (?:op|weg|uitverkocht)|"
        r"(?:zou|is) (?:\w+ ){0,2}?iets voor (?:u|jou|je)|(?:de moeite|het) waard om (?:erbij )?te (?:nemen|kopen|bestellen)",
    ],
    "this order": [r"bestelling\w*|pakket\w*|zending\w*|levering\w*"],
    "remedy": [r"vervang\w*|terugbetaling|restitutie|handleiding|(?:u|je) vroeg"],
    "transfer": [r"maak ~ over|overmak\w*|overboek\w*|stort\w*"],
    "our account": [r"onze (?:bank)?rekening|ons rekeningnummer|onze iban"],
    "web search": [r"zoek ons ~ google|google ons|googel ons"],
    "buy there": [r"bestel ~ daar|daar (?:bestellen|kopen)|de volgende keer"],
    # ("per blik" is "per tin": BLIK only with "via")
    "pay app": [
        r"(?:via|met|per) (?:lydia|wero|twint|vipps|mobilepay|paylib|payconiq|swish)|via blik"
    ],
    "not ours": [r"niet van ons|verkopen niet|alleen (?:op|via) amazon"],
    "sign up": [
        r"(?:op|aan) onze (?:\w+)?lijst (?:voor|van) (?:de |onze )?(?:nieuwe|volgende)|(?:krijg|krijgt) (?:je|u) (?:dan )?als eerste (?:bericht|een seintje)|"
        r"(?:spaar|bonus)punten (?:op|bij|voor) (?:elke|iedere|alle)|onze (?:spaar|bonus)punten|verzamel(?:aars)?club\w*|(?:elke|iedere) (?:bestelling|aankoop) (?:levert|geeft|telt als) (?:een )?(?:stempel|punt)|"
        r"krijgen jullie (?:allebei|beiden)|jullie (?:allebei|beiden) (?:een|korting)",
        # a VIP list, news first of the new goods
        r"vip-?lijst\w*|(?:hoort|weet|ziet) (?:u|je) (?:het )?als eerste ~ (?:de |onze )?nieuwe",
    ],
    "loyalty": [
        # a lower price for returning buyers: "vaste klanten betalen bij ons iets minder"
        r"(?:vaste|trouwe|terugkerende) klanten (?:[^\s.!?;]+ ){0,6}?(?:minder|goedkoper|een betere prijs|korting)",
        r"(?:spaar|spaart|sparen|verzamel|verzamelt) (?:je |u )?(?:\w+ )?punten|word (?:dan )?lid van (?:onze|ons) \w+|"
        r"stempelkaart\w*|spaarkaart\w*|klantenclub\w*|klantenkaart\w*|loyaliteitsprogramma\w*|spaarprogramma\w*|(?:thee|koffie|kaas|wijn|honing|proef)club\w*|clubleden|(?:de )?(?:tiende|elfde|vijfde) (?:bestelling )?gratis",
    ],
    "promotion": [
        # adversary 21: a product, colour or size newly in the range
        "(?:aan|in) (?:ons|het) assortiment (?:toegevoegd|opgenomen)|(?:net|pas|zojuist|nu) (?:ook )?(?:toegevoegd|gelanceerd|uitgebracht|binnen gekregen)(?: \\w+)? (?:hetzelfde|dezelfde|een nieuwe?)",
        # a new variant: "we hebben de mok nu ook in saliegroen"
        r"(?:(?:hebben|verkopen) (?:we|wij)|(?:we|wij) (?:hebben|verkopen)) (?:de|het|onze|die|deze) \w+ nu ook in \w+|nu ook (?:verkrijgbaar|te koop|leverbaar) in",
        # a discount with a name: "15 procent introductiekorting"
        r"\d+ ?(?:%|procent) [\w-]+korting\w*",
        "kortingscode|actiecode|couponcode",
        "(?:typ|voer) [a-z]+ (?:vijf|tien|vijftien|twintig|dertig|vijftig) (?:in )?bij het afrekenen",
        r"als eerste (?:weten|horen|op de hoogte)|(?:meld u aan|schrijf u in|word lid) ~ (?:lijst|club|community)|op de hoogte (?:houden|blijven) van (?:onze|nieuwe)",
        r"kortingscode\w*|actiecode\w*|promocode\w*|couponcode\w*|vouchercode\w*|cadeaucode\w*",
        r"(?:\d+ ?|(?:vijf|tien|vijftien|twintig|vijfentwintig|dertig|veertig|vijftig) )(?:%|procent) "
        r"(?:korting|goedkoper|voordeel)|(?:korting|voordeel) (?:van |tot )?\d+ ?%",
        # "in dezelfde aanbieding kiezen": the same listing, not a sale
        r"uitverkoop|opruiming|zomersale|wintersale|(?<!dezelfde\s)(?<!zelfde\s)aanbieding\w*|actieprijs\w*|stunt\w*|"
        r"black friday|cyber monday|(?:zomer|winter|mid-?season|mega)sale|sale (?:begint|start|"
        r"eindigt|loopt)|(?:aanbiedingen|acties|korting\w*) (?:starten|beginnen|eindigen|lopen)|"
        # ("net binnen" alone is also the buyer's parcel or return: see "arrival")
        r"nieuw binnen|nieuw in (?:ons )?assortiment|nu verkrijgbaar|1\+1 gratis|2 ?halen 1 ?betalen|"
        r"tweede (?:halve prijs|gratis)|voor de prijs van (?:een|één|twee|drie|vier)",
        r"nieuwsbrief\w*|abonneer|aanmelden voor|volg ons|like ons|vind ons op|bezoek ons op",
        r"grabbelzak\w*|verrassingspakket\w*|bestel (?:nu )?(?:alvast )?vooruit",
        # new goods coming, news offered when they arrive
        r"nieuwe [^.!?;]{0,60}?(?:zal|zullen) (?:ik|we|wij) (?:u|je) (?:een (?:berichtje|bericht|mailtje)|laten weten)",
        # the shop's own page, written as one word: "onze Facebookpagina", "ons Instagramaccount"
        r"(?:onze|ons) (?:facebook|instagram|tiktok|youtube)\w*",
        r"onze (?:andere|overige|nieuwe|nieuwste) (?:producten|artikelen|modellen|collectie)|onze (?:nieuwe )?"
        r"collectie|ons (?:hele |volledige |nieuwe )?assortiment|vergelijkbare producten|bijpassende \w+|"
        r"past (?:perfect|mooi|goed) bij onze|combineer ~ met onze|zustermerk\w*|zusterbedrijf\w*|"
        r"bekijk (?:ons|onze)|ontdek (?:ons|onze)|neem een kijkje|zoek (?:ons|op onze naam) op amazon|"
        r"zoek ~ op amazon",
        r"klantenkaart|spaarpunten|loyaliteitsprogramma|vriend(?:en)? werven|aanbrengpremie|"
        r"voor (?:elke|iedere) (?:vriend|doorverwijzing)|doorverwijs\w*|bestel nu|koop nu|op=op|"
        r"zolang de voorraad strekt|mis het niet",
    ],
    "offer": [
        # round 28b: a voucher with its amount, for a next purchase ("een tegoedbon van 5 euro")
        r"(?:tegoedbon|cadeaubon|waardebon|bon)\w* (?:van|ter waarde van) (?:€ ?)?\d+",
        # a code with its name, no offer word needed beside a next purchase
        r"(?:code|kortingscode) [a-z]{3,12}\d{1,3}(?![a-z0-9])",
        r"korting\w*|(?<!dezelfde\s)(?<!zelfde\s)aanbieding\w*|gratis|cadeau\w*|goedkoper|voordelig\w*|afgeprijsd|"
        r"op onze kosten|van ons|verrassing\w*|voor niets",
    ],
    "future purchase": [
        r"volgende (?:bestelling|aankoop|keer)|toekomstige (?:bestelling\w*|aankopen)|(?:opnieuw|weer) "
        r"(?:bij ons )?(?:bestellen|kopen)|inwisselen|gebruik de code|bij (?:de )?kassa|vanaf \d+",
    ],
    "applied": [
        r"bij (?:het )?afrekenen (?:toegepast|verrekend)",
        r"(?:is|werd|was|zijn|werden) (?:al |reeds )?(?:toegepast|verrekend|afgetrokken|verwerkt)|"
        r"bij (?:uw|je) (?:aankoop|bestelling)|in (?:uw|je) bestelling (?:verwerkt|verrekend)|"
        r"het verschil ~ (?:terugbetaald|teruggestort|terugstorten)|(?:op de|de) dag van (?:uw|je) bestelling|gold (?:al )?op",
        # round 29b: Amazon's gift card, issued by Amazon or paid with, not the seller's
        r"amazon-?cadeaubon\w*|cadeaubon van amazon|amazon heeft ~ cadeaubon\w*",
    ],
    "off amazon": [
        # round 28b: a relative's or friend's shop recommended, or another shop praised over us
        r"(?:winkel|zaak|\w+winkel|\w+zaak|lijstenmaker) van (?:mijn|onze) (?:zus|broer|neef|nicht|oom|tante|vriend\w*|buur\w*|vader|moeder|zwager|schoonzus)",
        r"(?:veel |stukken |een stuk )?(?:vriendelijker|aardiger|behulpzamer) dan (?:wij|ons)",
        # a classified-ads site described, cash by registered letter
        r"advertentie(?:site|website|platform)\w*|contant\w* (?:geld )?~ aangetekend\w*",
        # paying with no app or bank named: by phone, cash in an envelope
        r"(?:betaal|betalen|betaling|betaalt)\w* ~ (?:telefonisch|via de telefoon|per telefoon|aan de telefoon)|telefonisch ~ (?:betalen|betaal|betaalt|afrekenen)|contant\w* (?:geld )?~ (?:in een|per) envelop",
        # a marketplace described, not named: "die grote blauwe webwinkel"
        r"(?:rood|rode|blauw\w*|oranje|geel|gele|paars\w*) (?:[\w-]+ )?(?:webwinkel|webshop|online ?winkel|winkelsite|"
        r"verkoopsite|veilingsite|tweedehands ?(?:app|site)|verkoop-?app)|grote (?:\w+ )?(?:webwinkel|webshop|"
        r"online ?winkel|winkelsite|veilingsite)|(?:webwinkel|webshop|winkelsite|veilingsite) met (?:het|de) "
        r"(?:\w+ )?(?:rode|blauwe|oranje|gele|paarse) logo",
        # a payment app told, not named: "de betaalapp met het rode logo", "de app waarmee je
        # geld naar een telefoonnummer stuurt"
        r"(?:betaalapp|betalingsapp|app|platform|marktplaats|webwinkel)\w* (?:[^\s.!?;]+ ){0,5}?met (?:het|de|een) "
        r"(?:\w+ )?(?:rode|blauwe|oranje|gele|paarse|groene) logo|app waarmee (?:je|u|men) (?:\w+ )?"
        r"(?:betaalt|geld (?:stuurt|overmaakt)) ~ (?:telefoonnummer|mobiele nummer|06-nummer)|"
        r"naar het (?:nummer|mobiele nummer) van (?:de|onze) (?:winkel|werkplaats|zaak)",
        # the seller's own shop to buy or fetch it at: "haal het gewoon bij ons in de winkel"
        r"bij ons in de winkel|in onze winkel (?:\w+ )?(?:halen|ophalen|kopen)",
        r"kom (?:gerust |maar )?langs in (?:de|onze) (?:winkel|werkplaats)|loop (?:gerust )?binnen in (?:de|onze) winkel",
        r"buiten (?:het|dit) platform|in plaats van via amazon|veilingsite|onderling regelen|privé regelen|(?:vind|volg) ons ~ op (?:social media|sociale media)",
        r"(?:onze|ons|mijn) (?:eigen )?(?:webshop|webwinkel|website|site|winkel|online ?winkel|"
        r"homepage|domein)(?! (?:op|bij) amazon)",
        r"rechtstreeks (?:bij|via|van) ons|direct (?:bij|via|van) ons|(?:bestel|koop) ~ (?:rechtstreeks|direct)",
        r"(?:bel|mail|app|whatsapp|sms) (?:ons|mij|me)|neem ~ (?:rechtstreeks|direct|telefonisch|buiten amazon) "
        r"contact|(?:ons|mijn) (?:telefoonnummer|nummer|e-?mailadres|mailadres|06-nummer|mobiele nummer)|"
        r"buiten amazon(?: om)?|zonder amazon|amazon-?kosten|goedkoper bij ons|"
        r"volgende keer ~ (?:bij ons|rechtstreeks|direct|via onze)",
        r"marktplaats|bol\.com|bij bol|tikkie|(?:via|met|per) ideal|bankrekening\w*|rekeningnummer|overmaken|overboeking",
    ],
    "contact data": [
        r"telefoonnummer\w*|mobiel(?:e)? nummer|06-nummer|gsm-?nummer|nummer|telefoon|mobiel|"
        # round 27c: the mobile called by its prefix ("stuur je 06 even", but not "je 06 12 34 56 78")
        r"(?:je|jouw|uw) 06(?![\d -]*\d)|"
        r"e-?mailadres\w*|e-?mail|mailadres|contactgegevens|persoonlijke gegevens|privéadres|"
        r"geboortedatum|whatsapp|iban|rekeningnummer|bankgegevens",
    ],
    "identity": [
        r"bsn|burgerservicenummer|sofinummer|rijksregisternummer|rijksregister|paspoort\w*|identiteitskaart\w*|id-kaart\w*|identiteitsbewijs\w*|"
        r"legitimatiebewijs\w*|rijbewijs\w*"
    ],
    "show id": [
        r"ophalen|afhalen|op te halen|af te halen|meenemen|tonen|laten zien|postkantoor|afhaalpunt"
    ],
    "give us": [
        # round 28c: a lack of it ("missen we nog uw geboortedatum"); a question to "je" with no "me" ("kun je je nummer sturen")
        r"missen (?:we|wij|ik)|(?:we|wij|ik) missen|(?:kun|kan|wil) (?:je|jij) (?:[^\s.!?;]+ ){0,5}?(?:sturen|geven|mailen|doorgeven|appen|sms'?en)",
        # round 27c: a wish and a question to "je" ("we willen graag je nummer hebben", "kun je me je 06 sturen?")
        r"(?:we|wij|ik) (?:willen|wil|zouden|zou) (?:graag )?(?:[^\s.!?;]+ ){0,6}?(?:hebben|krijgen|ontvangen|weten)|"
        r"(?:kun|kan|wil) (?:je|jij) (?:me|mij|ons) (?:[^\s.!?;]+ ){0,6}?(?:sturen|geven|mailen|doorgeven|appen|sms'?en)",
        # round 24b: "mag ik uw mobiele nummer", "uw nummer volstaat", "antwoord op dit bericht met uw ..."
        r"mag ik|mogen (?:we|wij)|(?:kan|kunnen) (?:ik|we|wij) ~ krijgen|volstaat|(?:is|zijn) genoeg|hebben (?:we|wij) genoeg aan|"
        r"(?:antwoord|reageer)\w* (?:[^\s.!?;]+ ){0,5}?met (?:uw|je|jouw)",
        # a soft ask or a pretext: 'uw mailadres zou handig zijn', 'we vragen een kopie van uw identiteitsbewijs'
        r"(?:zou|zouden) (?:[\w-]+ ){0,5}?(?:handig|fijn|nuttig) (?:zijn|wezen)|(?:is|zijn) (?:erg |heel )?(?:handig|nuttig)|(?:vragen (?:we|wij)|(?:we|wij) vragen) (?:u |je )?(?:om )?(?:een|uw|je|jouw)",
        # "graag uw 06-nummer", "handig als we je nummer hebben", "zodat de koerier u kan bellen"
        r"graag (?:uw|je|jouw) (?:[\w-]+ )?(?:06-?nummer|\w*nummer|telefoon\w*|e-?mail\w*|mobiel\w*|adres\w*)|handig als (?:we|wij) (?:uw|je|jouw)|zodat (?:de koerier|de bezorger|we|wij) (?:u|je) (?:kan|kunnen) (?:bellen|appen|bereiken)",
        r"hebben (?:we|wij) ~ (?:[^\s.!?;]+ ){0,7}?nodig|(?:we|wij) hebben ~ (?:[^\s.!?;]+ ){0,7}?nodig|heb ik ~ (?:[^\s.!?;]+ ){0,3}?nodig|"
        # the verb at the end of a long question: "zou u ons uw mobiele nummer voor de afspraak ... kunnen sturen?"
        r"(?:kunnen|willen) (?:op|toe|door)?(?:sturen|geven|mailen|delen)|(?:kunnen|willen) laten weten|"
        r"(?:kunt|wilt) u (?:me|mij|ons) ~ (?:geven|sturen|mailen|doorgeven|laten weten)|zouden (?:we|wij) ~ (?:[^\s.!?;]+ ){0,3}?nodig|"
        r"(?:is|zijn) ~ nodig|stuur (?:ons|me|mij)|stuurt u ons|geef (?:ons|me|mij)|deel|laat ~ weten|vertel (?:ons|me)|"
        r"mail (?:ons|me)|wat is|(?:we|wij) (?:hebben|heb) ~ nodig|noteer|vul ~ in|doorgeven|geef ~ door|"
        r"zodat (?:de bezorger|de chauffeur|wij|we) ~ (?:kan|kunnen) (?:bellen|bereiken|contacteren)",
        # a third party wants it, the buyer writes it here: "de fabrikant vraagt uw BSN; zet het hier"
        r"(?:fabrikant|merk|leverancier|garantiedienst) (?:wil|vraagt|eist|heeft ~ nodig)|(?:wil|vraagt|eist) (?:de|het) (?:fabrikant|merk|leverancier)|"
        r"(?:zet|typ|schrijf|vul) (?:het|die|dat|deze|ze) (?:\w+ )?(?:hier|hieronder)|hier (?:invullen|zetten|typen|neerzetten|doorgeven|in het gesprek)",
    ],
    "contact question": [
        # no contact noun: "welke cijfers moet de koerier bellen?"
        r"welke cijfers ~ (?:bellen|draaien|kiezen|bereiken)|beste manier (?:voor de \w+ )?om (?:u|je) te (?:bereiken|bellen)",
        rf"(?:uw|je|jouw) (?:naam|gebruikersnaam|profiel|account) (?:op|in|bij) {_SOCIAL}|"
        rf"hoe heet (?:u|je) op {_SOCIAL}",
        r"op welk(?:e)? (?:mobiele? |vaste |gsm-?)?(?:telefoon)?nummer|hoe kunnen (?:we|wij) (?:u|je) (?:\w+ )?(?:rechtstreeks|direct) bereiken|"
        r"op welk (?:telefoon)?nummer|welk (?:nummer|e-?mailadres|telefoonnummer) ~ (?:bellen|bereiken|"
        r"gebruiken|contacteren)|hoe (?:kunnen|kan) (?:we|wij|de bezorger|de chauffeur) (?:u|je) ~ "
        r"(?:bereiken|bellen|contacteren)|waar (?:bent u|ben je) ~ bereikbaar",
    ],
    # round 31c: the seller withholding the data ("een telefoonnummer mogen we niet geven")
    "we withhold": [
        r"(?:mogen|kunnen|mag|kan|zullen) (?:we|wij|ik) ~ (?:niet|geen) (?:geven|delen|doorgeven|noemen|verstrekken|sturen)|(?:we|wij|ik) (?:mogen|kunnen|mag|kan) ~ (?:niet|geen) (?:geven|delen|doorgeven|noemen|verstrekken)|(?:hebben|gebruiken) (?:we|wij) ~ (?:niet|geen) nodig|is geen telefoonnummer"
    ],
    "no need": [
        r"niet nodig|hoeft ~ niet|hoeven ~ niet|geen ~ nodig|nooit|stuur (?:ons |me )?(?:geen|niet)"
    ],
    "not needed": [
        r"(?:is|zijn) niet nodig",
        # round 25b: nothing at all wanted of the buyer ("van u hebben we niets nodig")
        r"(?:van u |van jou )?hebben (?:we|wij) niets(?: van (?:u|jou))? nodig|hoeft u niets (?:te doen|te sturen|op te sturen)",
    ],
    "refer back": [
        r"(?:wilt|kunt) u (?:het|die|dat|deze|ze) (?:\w+ )?(?:hier|hieronder) (?:zetten|typen|invullen|schrijven|doorgeven)",
        r"(?:stuur|geef|deel|noteer) (?:het|dat|die|deze) (?:even |maar )?(?:door|mee|aan ons)?",
        r"(?:zet|typ|schrijf|vul) (?:het|die|dat|deze|ze) (?:\w+ )?(?:hier|hieronder)",
        r"(?:stuur|geef|mail|deel|antwoord|typ|zet) ~ (?:met )?(?:deze|die|de|beide) gegevens|(?:deze|die) gegevens ~ (?:door|hier|sturen|doorgeven)",
    ],
    "not to us": [
        # round 30c: the size of a number on the piece; a firm's VAT number for its invoice
        r"(?:groter|grotere|kleiner|kleinere|dikker|dikkere) (?:huis)?nummer|btw-?nummer|btw nummer|btw-?id|ondernemingsnummer",
        r"track ?(?:&|en) ?trace|trackingnummer|bestelnummer|ordernummer|zendingsnummer|van de (?:bezorger|vervoerder)",
        r"(?:batch|lot|serie|model|artikel|onderdeel|factuur|bon)nummer\w*",
        # round 25b: a firm's or a public body's purchasing numbers for its invoice
        r"(?:inkoop|inkooporder|kostenplaats|contract|verplichtingen|po)-?nummer\w*|nummer van (?:de|uw) (?:inkooporder|kostenplaats|bestelbon)",
        # round 29c: the loading dock or gate the haulier is to use
        r"(?:dock|laaddock|poort|laadperron|laadkade|deur)nummer\w*|nummer van (?:het|de) (?:laadperron|dock|laaddock|laadkade|poort|deur|losplaats)",
        r"huisnummer\w*|(?:hetzelfde|zelfde) (?:huis)?nummer",
        # round 27c: the number printed or engraved on the thing
        r"nummer (?:op|aan|onder|in) (?:de|het) (?:achterkant|onderkant|slot|doos|sticker|etiket|label|stukjes?|onderde\w*|deksel|sleutel)|"
        r"(?:gedrukte|gegraveerde|ingeslagen|ingegraveerde|opgedrukte|ingestanste|geponste) nummer|nummer dat (?:op|in|onder) ~ (?:staat|gedrukt|gegraveerd)",
    ],
    "amazon account": [
        r"amazon-?account|(?:uw|je) account|bij amazon|in amazon|(?:je|uw) amazon-?bestelling\w*|amazonbestelling\w*"
    ],
    "your": [
        r"van de ontvanger|de ontvanger|van de jarige",  # round 30c: the recipient's, for a gift
        r"uw|jouw|een|je (?:telefoonnummer|nummer|e-?mail\w*|mailadres\w*|mobiele|06|gsm)|privé|persoonlijk\w*",
    ],
    "cancel": [
        r"annuleer|annuleren|annuleert|annulering aanvragen|annuleringsverzoek\w*|annuleringsaanvraag\w*|"
        r"(?:bestelling|aankoop) (?:[^\s.!?;]+ ){0,6}?(?:intrekken|intrekt|introk|ongedaan maken)|"
        # 'de aankoop vanuit uw account terugdraaien'
        r"(?:bestelling|aankoop) (?:[^\s.!?;]+ ){0,6}?terug (?:te )?draaien|(?:bestelling|aankoop) (?:[^\s.!?;]+ ){0,6}?terugdraai\w*|draai (?:de|uw|je) (?:bestelling|aankoop) ~ terug|"
        r"(?:trek|trekt u|trek je|trekt) (?:de|uw|je|jouw) (?:bestelling|aankoop) ~ in|intrekken (?:van|aan|vanaf) (?:uw|jouw|je) kant"
    ],
    # round 32b: Amazon's cancel button named by its label
    "cancel button": [r"artikelen annuleren|annulering aanvragen"],
    "cancellation": [r"annulering|annuleringsaanvraag"],
    "ask for": [r"aanvragen|aanvraag|indienen|doen|versturen|verzoeken|vraag ~ aan|dien ~ in"],
    "by the buyer": [r"door de (?:koper|klant|koopster)"],
    "must": [r"moet|moeten|zou moeten|idealiter"],
    "from you": [
        r"(?:de klant|de koper) zelf",  # round 32b: the customer as the one who cancels
        r"van(?:af)? (?:uw|jouw|je) kant|aan (?:uw|jouw|je) kant|door u|van u (?:komt|kwam|zou komen)|vanuit (?:uw|je) account",
    ],
    "spare our account": [
        r"ons (?:account|verkopersaccount)|telt ~ mee|(?:benadeelt|schaadt) ons|annuleringspercentage|annuleringsgraad"
    ],
    "prefer you": [  # round 21b: the buyer's cancelling preferred beside the seller's offer
        r"(?:het is|het zou|het was|het lijkt ons) (?:veel )?(?:beter|fijner|ideaal|handiger|prettiger)(?: zijn)?(?: voor ons)? als (?:u|je)|bij voorkeur,? (?:u|je)|we zouden het (?:fijn|op prijs stellen|waarderen) (?:vinden )?als|het zou ons (?:erg |veel )?helpen als",
    ],
    "you do it": [
        # round 25b: the button beside the order
        r"knop (?:direct |vlak )?(?:naast|onder|bij) (?:uw|je) bestelling",
        r"zou (?:ons )?(?:helpen|handiger|makkelijker|beter|fijn)|is het mogelijk|zou het mogelijk|alstublieft|graag|kunt u|kun je|moet u|moet je|zelf|via (?:uw|je) (?:account|bestellingen)|"
        r"in (?:uw|je) (?:amazon-?)?account|klik op|ga naar|het (?:beste|makkelijkste) is|wij raden ~ aan|"
        r"vraag amazon|aan uw kant|vanaf uw kant|van (?:uw|jouw|je) kant|klik|druk ~ op|zou u|het snelst\w*|"
        r"het makkelijkst\w*|via mijn bestellingen|indient|zou je|het handigst\w*|"
        # the buyer addressed as "jij": "kun jij de bestelling annuleren?"
        r"kun jij|kan jij|kan je|(?:van|aan|vanaf) (?:jouw|je) kant|jij zelf",
    ],
    # the buyer sent to Amazon's customer service to have it cancelled
    "via amazon service": [
        r"vraag (?:de |het )?(?:klantenservice van amazon|amazon[- ]?klantenservice)(?: gerust| even)?",
    ],
    "cancel done": [
        # round 28b: whether the seller should cancel ("als we moeten annuleren")
        r"(?:of|als) (?:we|wij|ik) (?:moeten|moet|zullen|mogen) annuleren",
        r"(?:is|zijn|werd|werden|hebben|heb) ~ geannuleerd|(?:we|wij) (?:hebben|zullen|kunnen|gaan) ~ "
        r"annuleren|annuleren wij|ik (?:kan|zal|ga) ~ annuleren|niet (?:meer )?nodig|hoeft ~ niet|voor u|voor je|zullen we|(?:wilt|wil|wenst) (?:u|je) dat wij",
        # the seller as the one who cancels, verb first: "dan annuleer ik de bestelling zelf"
        r"annuleer (?:ik|wij|we)|(?:ik|wij|we) annuleer\w*|annuleren (?:we|wij)|"
        # "wij annuleren de bestelling vandaag zelf" (not "wij annuleren niet, …")
        r"(?:wij|we) annuleren(?! niet| geen)",
        # round 29b: "of laten we hem aan onze kant annuleren"
        r"laten (?:we|wij) ~ annuleren|aan onze kant|van onze kant",
    ],
    "visit": [
        r"kom (?:gerust |eens |gezellig |vooral )*(?:langs|kijken)|loop (?:gerust |eens )*binnen|bezoek ons|"
        r"als (?:u|je) (?:ooit |eens )?in [\w-]+ (?:bent|komt)"
    ],
    "counter": [
        r"(?:boeren|zaterdag|week)markt|op de markt",
        r"onze (?:[\w-]+ )?(?:winkel|kraam|showroom|werkplaats|boerderijwinkel|stand)|kraam|showroom|boerderijwinkel",
    ],
    "declined after": [
        r"(?:kan|gaat|lukt|werkt) (?:helaas |jammer genoeg |bij ons )?niet(?: helaas| sorry)?(?= ?[;,.!:]|$)"
    ],
    "on the invoice": [r"op (?:uw|de|je) factuur|in (?:uw|de) bestelgegevens"],
    "privately": [
        r"tussen ons(?! en (?:de|het|een) )|onderling|privé|direct (?:mailen|bij mij|met mij)"
    ],
    # round 32b: Amazon named as the step to skip, and the terms of an order
    "bypass amazon": [
        r"bespaar\w* (?:[^\s.!?;]+ ){0,5}?(?:de )?(?:amazon-?kosten|commissie van amazon|amazon-?commissie)",
        r"zonder amazon(?: ertussen)?|amazon (?:hoeft|komt) er (?:\w+ )*?niet (?:meer )?tussen|zonder tussenkomst van amazon|zonder (?:de )?commissie van (?:het platform|amazon)",
    ],
    "order terms": [r"rembours|acceptgiro|bestel\w*|kopen|sturen (?:we|wij)|betal\w*|factuur"],
    "deal terms": [
        r"prijs|goedkoper|kosten|commissie|factuur|over te maken|overmaken|volgende keer|nabestelling\w*"
    ],
    # round 31b (off_amazon.DECLINE, ASKED, YOU_WROTE, AGREE)
    "decline": [
        r"(?:kunnen|mogen|nemen|sturen|versturen|geven|delen|gebruiken|doen|hebben|accepteren|rekenen|noemen) (?:we|wij) ~ (?:niet|geen|niets)",
        r"(?:we|wij) (?:kunnen|mogen|nemen|sturen|versturen|geven|delen|gebruiken|doen|hebben|accepteren|rekenen|noemen) ~ (?:niet|geen|niets)",
        r"amazon staat ~ niet toe|is (?:helaas )?niet (?:toegestaan|mogelijk|nodig)|hoeft (?:u|je) ~ niet",
        r"(?:het )?kan (?:ook )?zonder|heeft u (?:het|hem|die) niet nodig",
    ],
    "reported ask": [
        r"(?:u|je) (?:vroeg|vraagt|vroegen|wilde weten|wilt weten|stelt voor|stelde voor|bood aan|biedt aan)|dank voor (?:uw|je|het) (?:aanbod|voorstel)"
    ],
    "you wrote": [r"(?:u|je) (?:schreef|schrijft|hebt geschreven|heeft geschreven)"],
    "agree": [r"ja|natuurlijk|zeker|graag|geen probleem|prima|uiteraard"],
    "refusal": [
        r"(?:mogen|kunnen|accepteren|nemen) (?:wij |we )?(?:helaas )?(?:geen|niet)|is (?:helaas )?niet (?:mogelijk|toegestaan)",
        r"(?:kunnen|mogen) (?:we|wij) (?:helaas )?(?:alleen|uitsluitend) ~ (?:via|op|over) amazon",
        # A19-F5: "we will never ask you for PayPal or a bank transfer"
        r"zullen (?:u|je) nooit (?:vragen|verzoeken)|vragen (?:u|je) nooit",
        # "we rekenen niets af buiten Amazon": no money taken off it
        r"(?:(?:rekenen|vragen|innen|ontvangen) (?:we|wij)|(?:we|wij) (?:rekenen|vragen|innen|ontvangen)) (?:niets|geen) (?:\w+ )?(?:af )?buiten amazon",
        # "we nemen niets aan buiten Amazon", "we sluiten geen contracten buiten Amazon"
        r"(?:we|wij) (?:nemen|accepteren|ontvangen|sluiten|tekenen|ondertekenen|factureren) (?:helaas )?(?:niets|geen|niet)|"
        r"(?:sluiten|tekenen|ondertekenen|factureren) (?:we|wij) (?:helaas )?(?:niets|geen|niet)",
    ],
    "amazon promotion": [
        r"door amazon|(?:die|dat) amazon|van amazon|amazon (?:aanbood|bood|verrekende|gaf|verrekent|past)|"
        r"(?:verrekent|past|trekt) amazon|prime day",
    ],
    "send back": [
        r"(?:wilt|kunt|zou) u (?:ons|mij|me) (?:[a-z0-9-]+ ){0,6}(?:sturen|geven|doorgeven|mailen)|hebben (?:we|wij) ~ nodig|zodat de vervoerder ~ (?:kan|kunnen) (?:bellen|bereiken)",
    ],
    "buyer offered": [
        r"(?:bedankt|dank (?:je|u)(?: wel)?) voor (?:het|je|uw) (?:aanbod|voorstel|idee)|bedankt (?:voor het aanbod|voor het voorstel|dat (?:je|u) ~ (?:wilt|wil) betalen)|aardig (?:van (?:je|u)|dat (?:je|u))|(?:je|u) stelt voor",
        r"(?:je|u) (?:vroeg|vraagt|vroegen) of (?:je|u) ~ (?:kon|kunt|mag) (?:betalen|overmaken)|bedankt (?:voor je|voor uw) (?:aanbod|voorstel)",
        r"(?:bedankt|dank (?:je|u)(?: wel)?),? dat (?:je|u) ~ (?:aanbiedt|aanbood|voorstelt|voorstelde)|(?:je|u) (?:biedt|bood) aan",
    ],
    # payments and refunds kept on Amazon, after the buyer's offer (off_amazon.ONLY_AMAZON)
    "only through amazon": [
        r"(?:alleen|uitsluitend|enkel) ~ (?:\w+ ~ )?(?:via|op|over|bij|through) amazon|(?:via|over) amazon (?:alleen|lopen|verlopen)",
        # "alle betalingen lopen via Amazon", "alles gaat bij ons via Amazon"
        r"(?:alle|alles) ~ (?:\w+ ~ )?(?:via|over|through) amazon",
    ],
    # marketing.RESTOCK, WHILE_ON and NO_CODES (moved out of compliance/rules/marketing.py)
    "restock": [
        r"weer (?:op voorraad|leverbaar|beschikbaar)",
    ],
    "while the deal is on": [
        r"zolang (?:de|het|die|deze) (?:\w+ )?(?:actie|aanbieding|korting|deal|prijs)\w* (?:nog )?(?:loopt|geldt|actief)",
    ],
    # round 31a: the buyer's words quoted back (review.QUOTE_INTRO)
    "quote intro": [r"(?:u|je) (?:schreef|schrijft|vroeg|vraagt|zei|zegt)|(?:uw|je) vraag"],
    # round 31a: another colour on the same listing (marketing.SAME_LISTING)
    "same listing": [
        r"(?:op|in) (?:dezelfde|hetzelfde) (?:product)?(?:pagina|aanbod|advertentie)|kleurkeuze|kleurenkiezer"
    ],
    # round 31a: asked where to review, declined to steer; nothing asked (review.NOT_STEERING, NOTHING_ASKED)
    "not steering": [
        r"geen invloed|(?:niet|liever niet) (?:\w+ ){0,2}?(?:heen )?sturen|(?:bepaal|bepaalt) (?:je|jij|u) zelf|uw beslissing|jouw beslissing"
    ],
    # round 32a: a cosmetic grade shown as stars; the buyer's review left to them; words to us (review.COSMETIC, GRADE_SCALE, REVIEW_YOURS, TO_US)
    "cosmetic": [r"uiterlijk\w*|cosmetisch\w*|esthetisch\w*|optisch\w*"],
    "grade scale": [r"klasse|schaal|staat|conditie|gradering"],
    "review yours": [
        r"(?:uw|de|je|jouw) (?:recensie|beoordeling|review) is (?:helemaal )?(?:van u|van jou|van jezelf|uw recht|jouw recht)(?![^.!?;\n]{0,80}(?:\bmaar\b|\bals (?:u|je)\b|\bzodra\b))",
        r"dat is (?:uw|jouw) (?:goed )?recht(?: ,)?(?: en)? (?:we|wij) vragen (?:u |je )?(?:er )?niets(?![^.!?;\n]{0,80}(?:\bmaar\b|\bals (?:u|je)\b))",
    ],
    "review apart": [
        r"(?:los van|ongeacht) (?:uw|je|jouw|de) (?:recensie|beoordeling|review)(?![^.!?;\n]{0,80}(?:\bmaar\b|\bals (?:u|je)\b|\bzodra\b))"
    ],
    "written to us": [
        r"(?:stuur|schrijf|stuurt u|schrijft u) (?:ons|mij|me)|(?:ons|mij|me) (?:even |gerust )?(?:schrijven|sturen|mailen)"
    ],
    "nothing asked": [
        r"(?:hoeft|hoef) (?:u|je) niets (?:te doen|aan te passen)|(?:we|wij) vragen (?:u|je) niets"
    ],
    "asked where": [r"(?:u|je) vraagt (?:ons |mij |me )?(?:waar|hoe)"],
    "no codes": [
        r"(?:kortingscodes?|codes?|kortingen) (?:geven|verstrekken|bieden|sturen) (?:we|wij) (?:helaas )?(?:niet|geen)|(?:geven|bieden|verstrekken) (?:we|wij) (?:helaas )?geen (?:kortingscodes?|codes?|korting\w*)",
        # round 31a: none to have: "kortingscodes hebben we niet", "we hebben geen nieuwsbrief"
        r"(?:\w*codes?|kortingen|coupons?|nieuwsbrie\w*) hebben (?:we|wij) (?:helaas |ook )?(?:niet|geen)|(?:we|wij) hebben (?:helaas )?geen (?:eigen )?(?:\w*codes?|kortingen|coupons?|nieuwsbrie\w*)",
    ],
    # round 28b: the maker's own website for help with the product (off_amazon.MAKER, MAKER_HELP)
    "maker": [r"fabrikant\w*|producent\w*"],
    "maker help": [
        r"explosietekening\w*|handleiding\w*|instructie\w*|support|ondersteuning|video\w*|onderdelenlijst\w*|tekening\w*"
    ],
    # where a return is dropped off (off_amazon.DROP_OFF)
    "drop-off counter": [
        r"inleverpunt|afleverpunt|postkantoor|servicepunt|pakketpunt|afgiftepunt|aan de balie|retourlabel|label wordt ~ (?:geprint|afgedrukt)",
    ],
    # marketing.OWN_ORDER and ASKED_ABOUT (moved out of compliance/rules/marketing.py)
    "own order": [
        r"uw vervang\w*|uw bestelling (?:gaat|wordt)|sturen we (?:het|hem|uw) ",
    ],
    "asked about": [
        r"(?:u|je) (?:vroeg|vraagt)|uw vraag over|(?:u|je) (?:wilde|wilt|wou) ~ (?:bestellen|kopen|betalen)|uw aanbod om",
    ],
}
