# ruff: noqa: E501  (word lists: one concept per line reads better than wrapped strings)
"""Polish wording of every concept the policy rules look for (amazon.pl).

Polish inflects, so most entries are stems ("opini\\w*": opinia, opinię, opinii).  Keys are
the names of the lexicons in ``compliance.rules``; the syntax is the lexicon syntax.
"""

from __future__ import annotations

from compliance.wording.shared import SOCIAL as _SOCIAL

_FIVE = r"(?:1|2|3|4|5|jedn\w*|dwie|dwóch|trzy|cztery|pięć|pięciu)"
_WEAK = r"(?:opini\w*|komentarz\w*|wrażeni\w*|feedback\w*|uwag\w*|doświadczeni\w*)"
_MONEY = r"\d+(?:[.,]\d{1,2})? ?(?:€|zł|zl|pln|euro)"

WORDING: dict[str, list[str]] = {
    # round 33b: the seller's app as a chat or shop (off_amazon.AN_APP, WITH_US_THERE, HERE_THREAD)
    "an app": [r"aplikacj\w*|apk\w*"],
    "with us there": [
        r"(?:czatować|rozmawiać|pisać) z nami|(?:pisać|napisać) do nas|(?:zamówić|kupić|zamawiać|kupować) u nas|u nas ~ (?:zamówić|kupić)|bez (?:pośrednictwa )?amazon\w*"
    ],
    "here in this thread": [r"tutaj|tu"],
    # adversary 20b: a refusal of any reward for a review, the review named
    "refused incentive": [
        r"nie (?:mozemy|oferujemy|dajemy|wolno nam) (?:[^\s.!?;]+ ){0,6}?(?:w zamian za|za) (?:opini\w*|recenzj\w*|ocen\w*)(?![^.;!?\n]{0,40}(?:\bchyba ze|\bpoza|\bale dla (?:pana|pani)))"
    ],
    # round 30b: a backlog of parcels after a sale day
    "backlog": [
        r"w kolejce|zaległ\w*|(?:paczek|paczki|zamówień|zamówienia) (?:czeka\w*|w kolejce)|opóźnienia w wysyłce",
        # adversary 20: the sale day as the cause of a day's delay
        r"opóźni\w*|opóźnie\w*|z opóźnieniem|natłok zamówień|duży ruch",
    ],
    # round 29a: an A-to-z claim, its closing, Amazon as the one who closes it, a tie
    "a-to-z claim": [
        r"(?:roszczeni|gwarancj|wnios|reklamacj)\w* (?:z gwarancji |w ramach gwarancji )?(?:od )?a(?:-| )do(?:-| )z|a-do-z\w*|"
        r"(?:roszczeni|wnios|reklamacj)\w* (?:na|w|u|przez) amazon\w*"
    ],
    "close a claim": [r"wycof\w*|zamkn\w*|zamyk\w*|anul\w*"],
    "amazon closes": [
        r"amazon (?:zamknie|zamyka|decyduje|zdecyduje|rozstrzygnie)|(?:decyzj\w* )?podejmie amazon"
    ],
    "close a claim, asked": [
        r"prosimy(?: pana| panią| państwa)?(?: o)?|wycofa (?:pan|pani)|zamknie (?:pan|pani)"
    ],
    "claim gift": [r"gratis|za darmo|bezpłatn\w*|w prezencie|prezent\w*|bon podarunkowy"],
    "claim tie": [r"gdy tylko|jak tylko|gdy|kiedy|jeśli|jeżeli|w zamian"],
    "divert": [r"zanim (?:pan|pani) (?:coś )?(?:opublikuje|napisze publicznie)"],
    "review": [
        # adversary 21
        "(?:pana|pani|twoja) (?:opinia|wrażenia) (?:o|na temat) (?:[\\w-]+ ){0,3}?(?:będzie |będą |jest |są )?(?:publiczn\\w*|widoczn\\w*|opublikowan\\w*)",
        r"pozytyw(?:a|y|ów)?|opink\w*|recenzyjk\w*|komci[aeo]",
        # round 30b: "kilkoma szczerymi zdaniami pod nutami na Amazonie": a few words posted there
        r"(?:kilka|kilkoma|parę|paroma) (?:\w+ )?(?:zdań|zdaniami|słów|słowami) (?:[^\s.!?;]+ ){0,3}?na amazon\w*",
        # the FAQ shape: "Jak można pomóc małemu sklepowi? Kilkoma zdaniami pod nutami na Amazonie"
        r"(?:jak|czym) (?:można|może (?:pan|pani)) (?:nam |nas )?(?:pomóc|wesprzeć)[^.!?]{0,40}\?\s*(?:kilka|kilkoma|parę|paroma) (?:\w+ )?(?:zdań|zdaniami|słów|słowami)",
        # round 24a: the verb, "jeśli zrecenzuje Pani kubek"
        r"(?:z)?recenzu(?:je|jesz|jecie|ją|j|jcie|ować)",
        r"(?:wystawienie|wystawieniu|wystawienia|zostawienie|zostawieniu|napisanie|napisaniu|"
        r"dodanie|dodaniu) (?:\w+ )?(?:opinii|recenzji|oceny|komentarza)|"
        r"recenzj\w*|recenzi\w*|ocen\w*|gwiazd\w*|gwiazdk\w*|opinie? (?:o (?:sprzedawcy|produkcie|nas)|na amazon\w*)|"
        r"pozytywn\w* (?:opini\w*|komentarz\w*|ocen\w*)|negatywn\w* (?:opini\w*|komentarz\w*|ocen\w*)|"
        r"kciuk\w* w górę|(?:napisać|pisać|napisze|wystawić|wystawi|zamieścić|dodać) (?:coś|cokolwiek) "
        r"negatywn\w*",
        rf"{_FIVE}[- ](?:(?:mał\w*|piękn\w*) )?gwiazd\w*",
        # the verb of posting a review: "wystawiła Pani już opinię", "opinie ze zdjęciami"
        r"(?:wystawi|zostawi|dodał|napisał)\w* (?:\w+ ){0,3}?opini\w*|opini\w* ze zdjęciami",
        r"(?:w )?skali (?:od )?1 do (?:5|10)|(?:opini\w*|ocen\w*) ~ na (?:pozytywn\w*|pięć|5)",
    ],
    "weak review ask": [
        rf"(?:zostaw|zostawić|zostawi|wystaw|wystawić|wystawi|napisz|napisać|napisze|podziel się|dodaj|"
        rf"dodać|daj|dać|zamieść|zamieścić|prześlij) (?:nam )?(?:swoj\w* |krótk\w* |szczer\w* |pozytywn\w* )?{_WEAK}",
        rf"(?:pana|pani|państwa|twoja|twoj\w*) {_WEAK} (?:bardzo )?(?:by nam pomogł\w*|pomoże)",
        rf"(?:krótk\w*|mał\w*|szczer\w*|kilka) (?:{_WEAK}|słów|zdań) ~ (?:byłaby|byłby|byłoby|by(?:ło)? (?:super|świetnie|miło)|pomoże|pomogłaby)",
        r"(?:powiedz|napisz|opowiedz|daj znać|dać znać) ~ inn\w* (?:kupując\w*|klient\w*)",
    ],
    # round 28a: the earlier ask chased: "przypominam tylko o opinii, o którą prosiłam"
    "reminder": [
        r"(?:przypominam|przypomnę|przypominając|chciał\w* przypomnieć) (?:\w+ )?(?:o|w sprawie) (?:opini\w*|ocen\w*|recenzj\w*)",
        # round 30b: the earlier ask chased, "prosiliśmy o opinię i wciąż jej nie widzimy"
        r"(?:prosiliśmy|prosiłam|prosiłem|pytaliśmy) (?:\w+ )?o (?:opini\w*|ocen\w*|recenzj\w*)",
    ],
    "not a review": [
        # round 31a: customs' assessment of a declared value; the starry sky
        r"ocen\w* (?:celn\w* )?wartości",
        # round 30a: a design or spelling to be checked ("proszę o ocenę pisowni imion")
        r"ocen\w* (?:pisowni|projektu|wzoru|korekty|grafiki|napisu|tekstu|imion|dat)",
        # round 29a: star-patterned paper ("papier w gwiazdki")
        r"w gwiazdki|w gwiazdeczki|w gwiazdy",
        # round 28a: our own internal review of a batch or a case
        r"wewnętrzn\w* (?:przegląd\w*|ocen\w*|kontrol\w*|review)",
        # round 27a: the review read and left alone ("przeczytalismy Pana opinie", "o nic nie prosimy")
        r"(?:przeczytali\w*|przeczytał\w*|czytali\w*|widzieli\w*) (?:pana |pani |pańską |twoją |państwa |tę )?(?:opini\w*|recenzj\w*|ocen\w*|komentarz\w*)|o nic (?:pana |panią |cię |państwa )?nie prosimy|nie prosimy (?:pana |panią |cię |państwa )?o nic",
        # round 26a: a carrier's assessment of a damage claim, and its outcome
        r"ocen\w* (?:szkod\w*|reklamacj\w*|zgłoszeni\w*|uszkodze\w*)|(?:wynik|rezultat)\w* (?:ich |tej |tego |jej |jego )?ocen\w*",
        # round 24a: the buyer's own review, written or announced, reported back
        r"w (?:swojej|pani|pana) (?:opinii|recenzji) (?:[^\s.!?;]+ ){0,6}?(?:wspomniał|napisał|zgłosił|opisał)\w*",
        r"(?:pisze|pisał)\w* (?:pan|pani),? że (?:chce|zamierza|wystawi|opublikuje|napisze|doda)\w* (?:\w+ ){0,2}?(?:opini|recenzj|ocen)\w*",
        r"nie prosimy o nic|o nic (?:pana |panią |cię )?nie prosimy",
        # "na Gwiazdkę", "przed Gwiazdką": Christmas, not a little star
        r"(?:na|przed|po|pod|od) gwiazdk\w*|gwiazdkow\w*",
        # assessing a fact for the service: "proszę ocenić, czy rysa jest widoczna"
        r"oceni\w*,? czy (?![^.!?;]{0,40}(?:zadowolon|podoba))\w+",
        r"w (?:dwóch|trzech|osobnych|oddzielnych|\d+) (?:liniach|linijkach|wierszach)",
        # a star as a shape, a symbol, a tool or a cook's or hotel's rank
        r"w kształcie gwiazd\w*|na kształt gwiazd\w*|(?:ukształtowan|wyciet|wycięt)\w* jak gwiazd\w*|symbol\w* gwiazd\w*|(?:śrubokręt\w*|wkrętak\w*|klucz\w*|bit\w*|końcówk\w*) (?:typu )?gwiazd\w*|"
        r"gwiazd\w* michelin\w*|szef\w* (?:kuchni )?z gwiazdk\w*|restauracj\w* z gwiazdk\w*",
        r"(?:opini\w*|ocen\w*|ekspertyz\w*) (?:\w+ )?(?:rzeczoznawc\w*|eksper\w*|biegł\w*|technik\w*)",
        r"napisz\w* (?:\w+ )?do nas|do nas (?:\w+ )?napisać|napisać do nas",
        r"(?:takie )?(?:uwagi|opinie|komentarze) jak (?:pana|pani|ta|te)",
        r"ocen\w* (?:szkod\w*|reklamacj\w*|zgłoszeni\w*|przesyłk\w*|paczk\w*|sytuacj\w*|zdjęć|stanu)",
        r"(?:kurier|przewoźnik|inpost|dpd|dhl|gls|poczta polska|amazon)\w* (?:oceni\w*|sprawdz\w*)",
        r"dziękuj\w* (?:bardzo )?za (?:opini\w*|komentarz\w*|ocen\w*|uwag\w*|wiadomość|informacj\w*)|"
        r"naszym zdaniem|moim zdaniem|w naszej ocenie|wycen\w*",
    ],
    "ask": [
        r"(?:będę|byłbym|byłabym|będziemy|bylibyśmy) (?:bardzo |naprawdę )?wdzięczn\w*",
        # round 30b: the FAQ line "how can one help a small shop?" answered with a few words on Amazon
        r"(?:jak|czym) (?:można|może (?:pan|pani|pan\w*)) (?:nam |nas )?(?:pomóc|wesprzeć)",
        r"będzie nam (?:bardzo )?miło,? (?:jeśli|jeżeli|gdy)|(?:jeśli|jeżeli) (?:pan|pani) wystawi",
        r"(?:to )?może (?:kilka|parę|dwa) (?:\w+ )?(?:słów|zdań)",
        r"(?:bardzo )?by nas ucieszy\w*|ucieszyłoby nas",
        # round 32a: "bardzo ucieszylibyśmy się z recenzji", "bylibyśmy wdzięczni"
        r"ucieszyli?byśmy się|cieszylibyśmy się|bylibyśmy (?:\w+ )?(?:wdzięczni|zadowoleni|szczęśliwi)|jeśli znajdzie(?:sz| pan| pani) chwilę",
        r"(?:pokaż(?!emy|ujemy|ywaliśmy|aliśmy)\w* (?:to|nam)|(?:proszę|prosimy) to pokazać)(?![a-z])",
        r"proszę|prosimy|prosze|uprzejmie prosimy|czy (?:mógłby|mogłaby|mogliby|może|mogą|mógłbyś|mogłabyś|"
        r"zechce|zechciałby|zechciałaby)|zostaw|zostawić|wystaw|wystawić|napisz|napisać|podziel się|"
        r"daj|dodaj|zamieść|byłoby (?:nam )?(?:miło|super|świetnie)|bylibyśmy (?:wdzięczni|zobowiązani)|"
        r"będziemy wdzięczni|będziemy zobowiązani|byłby|byłaby|byłoby|nie zapomnij|pamiętaj|pomóż nam|"
        r"daj(?:cie)? znać|co pan(?:i)? (?:sądzi|myśli)|pomogł\w*|pomoże|jeśli ma pan(?:i)? chwilę|poświęć|poświęcić",
    ],
    "reviewers": [
        r"(?:kto|którzy|które) (?:opisz\w*|opisuj\w*|podziel\w* się|dziel\w* się) (?:\w+ )?(?:swoimi |swoje |swoją )?(?:wrażeni\w*|doświadczeni\w*|opini\w*)|"
        r"(?:kto|którzy|które) (?:oceni\w*|ocenia\w*|zrecenzuj\w*|recenzuj\w*|(?:wystawi|wystawia|napisze|pisze|zostawi)\w* "
        r"(?:opini\w*|recenzj\w*|ocen\w*))|(?:każd\w*|najciekawsz\w*|najlepsz\w*) (?:opini\w*|recenzj\w*|ocen\w*)",
        r"(?:kto|którzy|które) (?:\w+ ){0,3}?(?:doda|dodadzą|dodaje|dodają|wystawi|napisze|zostawi)\w* (?:\w+ )?(?:opini\w*|recenzj\w*|ocen\w*|komentarz\w*)",
    ],
    "incentive": [
        # round 24a: a friend's price, a draw "among" reviewers, a code that works only then
        r"cen\w* (?:dla przyjaciół|specjaln\w*|preferencyjn\w*)|specjaln\w* cen\w*|kod\w* ~ (?:aktywuj\w*|zadziała|działa)|aktywujemy (?:kod|kupon|rabat)\w*",
        r"reszt\w* (?:gdy|kiedy|jak tylko|po tym)",
        # the gift verb: "podarujemy Panu ściereczkę"
        r"podaruj\w*|(?:otrzyma|dostanie) (?:pan|pani) od nas",
        r"dosyłamy|doślemy|dorzucimy",
        r"próbk\w*|w następnej paczce|do następnego zamówienia",
        r"dorzuc\w*|dołożymy|dołączymy gratis",
        r"zwrócimy|oddamy|\d+ ?% ceny",
        _MONEY,
        r"zwrot\w*|zwróci\w*|zwracamy|bon (?:podarunkow\w*|zakupow\w*|rabatow\w*)|bonu|bonem|bony|karta podarunkowa|kart\w* podarunkow\w*|voucher\w*|kupon\w*|"
        r"rabat\w*|zniżk\w*|upust\w*|prezent\w*|gratis\w*|darmow\w*|za darmo|bezpłatn\w*|nagrod\w*|"
        r"w zamian|w podziękowaniu|jako podziękowanie|pieniąd\w*|pieniędzy|losowani\w*|konkurs\w*|"
        r"wygra\w*|niespodziank\w*|coś ekstra|drobiazg|upominek\w*|upominki",
        r"(?:roz|wy)?losujemy|(?:roz|wy)?losujmy|rozlosuj\w*|rozlosowani\w*|wylosuj\w*|zwycięzc\w*|do wygrania",
        # "w prezencie" (the stem changes), a longer warranty, free delivery for a time
        r"w prezencie|przedłuż\w* (?:\w+ )?gwarancj\w*|gwarancj\w* ~ przedłuż\w*|dodatkow\w* (?:\w+ )?(?:gwarancj\w*|rok\w* gwarancji|miesi\w* gwarancji)|"
        r"bez kosztów (?:wysyłki|dostawy)",
    ],
    "satisfied": [
        r"(?:jeśli|jeżeli|gdy|o ile) ~ (?:zadowolon\w*|usatysfakcjonowan\w*|się podoba\w*|podobał\w*|spodoba\w*)",
        r"zadowolen\w* klienci|zadowolonych klientów|tylko (?:jeśli|jeżeli|gdy)|pozytywn\w* doświadczeni\w*|"
        r"(?:jeśli|jeżeli) (?:coś|cokolwiek) (?:jest )?(?:nie tak|nie w porządku|nie gra)|"
        r"(?:jeśli|jeżeli) (?:pan|pani|państwo) (?:nie jest|nie są|nie jesteś) zadowolon\w*|"
        r"zanim|przed (?:wystawieniem|napisaniem|dodaniem)|zamiast|najpierw|w pierwszej kolejności",
    ],
    "pressure": [
        # round 26a: the rating fallen below a mark, the first page or the buy box lost, the words of buyers helped counting double
        r"ocen\w* (?:\w+ )?(?:spadł\w*|obniżył\w*) (?:poniżej|do)|wypadliśmy z (?:pierwszej|1\.?) stron\w*|liczy się podwójnie|(?:to )?jedyne,? co nas (?:podnosi|ratuje|trzyma)",
        r"jedyn\w* szans\w*|jedyn\w* nadziej\w*|nas (?:było )?widać|widoczn\w*|wynik\w* wyszukiwania|nikt nas nie znajdzie",
        r"zmienił\w* (?:dla nas )?wszystko(?: dla nas)?",
        r"(?:pierwsz|drug|trzeci)\w* stron\w*|algorytm\w*|pozycj\w* w wyszukiwa\w*|widoczno\w*|fałszyw\w* (?:opini|recenzj|ocen)\w*|(?:ciągn|spada|spadł)\w* w dół|na wagę złota|(?:dopiero|niedawno) (?:zaczęliśmy|startujemy|weszliśmy)|na amazon\w* od (?:\w+ )?(?:miesięcy|miesiąca|tygodni)",
        r"mał\w* pracowni\w*|być albo nie być|wszystkim dla nas",
        r"pomo\w* (?:innym|niezdecydowanym) (?:kupującym|klientom)?|"
        r"nikt nas nie (?:znajdzie|widzi|zobaczy|znajduje)|(?:jednoosobow|dwuosobow)\w*",
        r"każd\w* (?:gwiazdk\w*|gwiazd\w*|opini\w*|ocen\w*|recenzj\w*) ~ (?:się liczy|pomaga|ma znaczenie)|"
        r"mał\w* (?:firm\w*|sklep\w*|biznes\w*|rodzinn\w*)|firm\w* rodzinn\w*|rodzinn\w* firm\w*|zależy|"
        r"przetrwa\w*|przetrwani\w*|znaczy (?:dla nas )?(?:bardzo )?wiele|bardzo nam pomoże|"
        r"bardzo by nam pomogł\w*|wesprzyj\w*|wsparci\w*|żyj\w* z każdej|jak my",
    ],
    "change": [
        r"nadal (?:jest )?(?:potrzebn\w*|zasłużon\w*|zasadn\w*|aktualn\w*)|zaktualizował\w*|zmienił\w*|usunęł\w*|usunął\w*|poprawił\w*|(?:jeszcze raz|ponownie) (?:spojrz|przejrz)\w*",
        r"zmień|zmienić|zmieni\w*|zmiana|usuń|usunąć|usunie\w*|usunięci\w*|edytuj\w*|edytować|poprawi\w*|"
        r"popraw|aktualizuj\w*|zaktualizować|zaktualizuj|zaktualizowan\w*|wycofa\w*|podnieś|podnieść|skasuj|skasować|przemyśl\w*",
    ],
    "screenshot": [
        r"zrzut\w* ekranu|screenshot\w*|zdjęci\w* (?:swojego|twojego|pana|pani) komentarza"
    ],
    "public": [
        # round 29a: words written under the product ("write a few words under the kit")
        r"(?:słów|słowa|zdań|zdania|zdanie|linijek|linijkę|słówek|opini\w*|komentarz\w*) (?:[^\s.!?;]+ ){0,3}?pod [\w-]+",
        r"pod (?:tym )?(?:\w+ )?produktem|na stronie produktu",
        r"pod (?:ofertą|aukcją|produktem)",
        r"stron\w* produktu|opublikuj\w*|zamieści\w*|na amazon\w*|publiczn\w*|inn\w* (?:kupując\w*|klient\w*)|"
        r"(?:będzie|jest|stanie się) widoczn\w*|opublikowan\w*|pojawi się (?:na|pod|w)",
        # round 24a: "gdy pojawi się Pana opinia"
        r"pojawi się (?:pana |pani |państwa |twoja |pańska )?(?:opini|recenzj|ocen)\w*",
    ],
    "weak review noun": [
        r"parę (?:miłych )?(?:słów|zdań)",
        _WEAK,
        r"(?:kilka|kilku|paru) (?:miłych )?(?:słów|zdań)|mił\w* słow\w*|to,? co (?:pan|pani) napisał\w*|"
        r"to,? co napisał\w* (?:pan|pani)|to,? co (?:pan|pani) opublikował\w*|"
        r"(?:każde|szczere) (?:dobre )?słowo|głos\w* (?:kupujących|klientów)|"
        r"dobr\w* słow\w*|poczt\w* pantoflow\w*",
    ],
    "photo": [r"zdjęci\w*|zdjęć|fotk\w*|fotografi\w*|film\w*|wideo|nagrani\w*"],
    "published": [
        r"stron\w* produktu|na amazon\w*|publiczn\w*|w mediach społecznościowych|instagram\w*|w sieci"
    ],
    # A19-7: a photo for the listing's customer images
    "customer images": [r"zdjęci\w* klientów|zdjęć klientów"],
    "rate us": [
        # adversary 21
        "(?:wystawi\\w*|da\\w*|postawi\\w*) nam (?:pan |pani )?(?:też |również )?(?:ocenę|notę|piątkę|szóstkę|\\d+/\\d+)|(?:pana|pani) ocena na (?:stronie|amazon)",
        r"gdzie (?:idą|dać|zostawić) gwiazdki",
        r"nasz\w* (?:ranking|pozycj\w*) zależy (?:całkowicie )?od (?:pana|pani|ciebie|państwa)",
        r"(?:oceń|ocenić|oceni|ocenią|zrecenzuj|zrecenzować) (?:nas|produkt|artykuł|zakup|zamówieni\w*|"
        r"sklep|nasz\w* (?:sklep|usług\w*|produkt)|sprzedawc\w*)",
        r"(?:nas|produkt|zakup|nasz sklep) (?:oceni\w*|zrecenzow\w*)|wystaw\w* (?:nam )?ocen\w*",
    ],
    "tell others": [
        r"opowiedzie\w* (?:innym|znajomym)",
        r"polec\w* nas|poleć (?:nasz\w*|znajomym|innym)|powiedz (?:znajomym|przyjaciołom|rodzinie)|"
        r"opowiedz (?:znajomym|innym)|podziel się ~ (?:ze znajomymi|z innymi)",
    ],
    "small stars": [rf"{_FIVE}[- ](?:(?:mał\w*|piękn\w*) )?gwiazd\w*"],
    "stars from you": [r"od (?:pana|pani|ciebie|państwa)"],
    "stars": [rf"{_FIVE}[- ]gwiazd\w*|maksymaln\w* ocen\w*"],
    "complaint": [
        # round 26a: an opinion asked on a replacement's colour or size
        r"(?:pana|pani|twoja)? ?(?:opinia|zdanie) (?:o|na temat) (?:kolor\w*|rozmiar\w*|model\w*|wzor\w*|wariant\w*)",
        r"(?:szczer\w* )?(?:uwag\w*|komentarz\w*|opini\w*) (?:na temat|o|dotycząc\w*) (?:opóźnie\w*|dostaw\w*|przesyłk\w*|paczk\w*|opakowani\w*|uszkodze\w*|problem\w*)",
    ],
    "own check": [r"przegląd\w* (?:całej )?(?:partii|produkcji|magazynu)"],
    "up to you": [
        r"zależy od (?:pana|pani)|(?:pana|pani) decyzja|decyzja (?:należy do )?(?:pana|pani)|jak (?:pan|pani) woli"
    ],
    "if not": [
        r"jeśli nie|jeżeli nie|w przeciwnym razie|niezadowolon\w*|(?:jeśli|jeżeli) coś (?:jest nie tak|nie gra)|w razie problemów"
    ],
    "tell": [
        r"opowiedzie\w* (?:innym|wszystkim)|opowiedz\w* innym|podziel\w* się (?:tym )?z innymi|dać znać innym"
    ],
    "audience": [r"inn\w* (?:kupując\w*|klient\w*)|przyszł\w* (?:kupując\w*|klient\w*)|wszystkim"],
    # A19-2: "future customers would love to hear about it"
    "buyers to come": [r"(?:inn|przyszł|now)\w* (?:kupując\w*|klien\w*)"],
    "hear about it": [
        r"o tym (?:\w+ )?(?:dowiedz|usłysz|przeczyt)\w*|(?:dowiedzieć|usłyszeć|przeczytać) się? o tym"
    ],
    # A19-3: "your verdict would help those still undecided"
    "your verdict": [r"(?:pana|pani|pański|pańska|twój|twoja) (?:werdykt|osąd|ocena)"],
    "undecided": [
        r"niezdecydowan\w*|(?:tym|tych|ci),? którzy (?:jeszcze |wciąż )?się wahają|wahającym"
    ],
    # A19-5: "how satisfied were you with us as a seller? Tell Amazon"
    "us as a seller": [r"(?:z )?nas jako sprzedawc\w*"],
    "tell amazon": [
        r"da\w* znać amazonowi|powiedz\w* (?:to )?amazonowi|przekaż\w* (?:to )?amazonowi"
    ],
    "decor": [
        r"nadruk\w*|nadrukowan\w*|haftowan\w*|haftem|wyhaftowan\w*|wzór|wzor\w*|poszew\w*|pościel\w*|poduszk\w*|zasłon\w*|tapet\w*|tkanin\w*|naklejk\w*|plansz\w*|pola|polach|pole|str[oó]j\w* gwiazd\w*|grawer\w*|monogram\w*|(?:nad|pod|obok) imieniem"
    ],
    # round 30a: a motif placed by a name
    "placed by a name": [r"(?:nad|pod|obok|przed|za) imieniem"],
    # round 30a: "how can I help a shop like yours?" asked in a FAQ
    "how can I help you": [
        r"jak (?:mogę|mógłbym|mogłabym|można) (?:\w+ ){0,5}?(?:pomóc|wesprzeć)|co mogę zrobić dla"
    ],
    "star word": [r"gwiazd\w*"],
    "star feature": [
        r"zamrażark\w*|zamrażalnik\w*|lodówk\w*|hotel\w*|energ\w*|klas\w* energetyczn\w*"
        r"|na (?:opakowaniu|etykiecie|pudełku|słoiku|puszce|butelce)|ostroś\w*|moc naparu|trudnoś\w*|anyż\w* gwiazdkow\w*|badian\w*|"
        r"na (?:saszetk\w*|torebk\w*|opakowanie|słoik|porcj\w*|filiżank\w*|litr|tubk\w*)",
    ],
    "in exchange": [
        r"w zamian za|(?:w|jako) podziękowani\w* za|za każd\w*|za (?:pana|pani|państwa) (?:opini\w*|ocen\w*)"
    ],
    "new model": [
        r"now(?:y|a|e|ego|ej|ym) (?:[\w-]+ ){0,2}?(?:model\w*|wersj\w*|generacj\w*|edycj\w*|kolekcj\w*|seri\w*|lini\w*)|"
        r"kolekcj\w* (?:wiosenn|letni|jesienn|zimow|świąteczn)\w*|now\w* sezon\w*|now\w* parti\w*"
    ],
    "release": [
        r"(?:w|we|od|na|w przyszłym|w tym) (?:styczni|lut|mar|kwietni|maj|czerw|lip|sierpni|wrześni|październik|listopad|grudni|wiosn|lat|jesieni|zim|święt|miesiąc|tygodni)\w*|wprowadzamy|wprowadzimy|wypuszczamy|wypuścimy|przygotowujemy|szykujemy",
        r"na (?:gwiazdkę|boże narodzenie|święta|wielkanoc|mikołajki)|będziemy mie(?:ć|li)|"
        r"za (?:tydzień|miesiąc|dwa tygodnie|kilka dni|\w+ tygodnie) (?:\w+ )?(?:przychodz|przyjeżdż|docier|wchodz|będ)\w*|"
        r"wchodzi|wejdzie|pojawi się|premier\w*|debiut\w*|na rynek|w sprzedaży od|właśnie (?:zrobiliśmy|uszyliśmy|upiekliśmy|wykonaliśmy)",
    ],
    "other goods": [
        r"mamy (?:też|również|także)|(?:sprzedajemy|oferujemy) (?:też|również|także)|(?:wielu|większość) "
        r"(?:naszych )?(?:klientów|kupujących) (?:go |ją |je )?(?:kupuje|bierze|zamawia|dokupuje)"
    ],
    "plug hint": [r"pasując\w*|dopasowan\w*|(?:tej )?samej serii|pod naszą marką|naszej marki"],
    "interested": [
        r"(?:skompletować|uzupełnić|dokończyć) (?:\w+ )?zestaw\w*",
        r"(?:gdyby|jeśli|jeżeli) (?:był|była|jest) (?:pan|pani) zainteresowan\w*|w razie zainteresowania",
    ],
    "arrival": [
        r"(?:właśnie )?(?:przyszł\w*|dotarł\w*|przyjechał\w*) do nas|właśnie (?:przyszł|dotarł)\w*|nowość|nowości"
    ],
    "goes with": [
        r"może (?:coś|pomysł) dla (?:pana|pani|państwa|ciebie|twoich)|(?:warto|proszę) (?:o tym )?pamiętać(?!,? (?:że|aby|żeby)| o (?:kilku|paru|jednej|jednym|dwóch|trzech|tym,? (?:że|aby|żeby)))|"
        r"(?:na|jako) prezent\w*|pomysł na prezent|(?:proszę|warto) (?:do nas )?zajrzeć|zapraszamy ponownie",
        r"(?:by|będzie) (?:się )?(?:pani|panu|ci) (?:się )?(?:też |na pewno |chyba )?(?:przypadł|spodobał|podobał)\w*",
        r"(?:wpiszemy|dopiszemy|zapiszemy) (?:panią|pana|cię) na list\w*|odłoż\w* (?:\w+ )?dla (?:pani|pana|ciebie)|zarezerwuj\w* (?:\w+ )?dla (?:pani|pana)",
        r"(?:by|będzie) (?:pani|panu|ci) (?:się )?(?:też )?(?:przypadł|spodobał|podobał)\w*|(?:przypadłby|przypadłaby|przypadłoby|spodobałby|spodobałaby|spodobałoby) (?:\w+ )?(?:się )?(?:pani|panu)?|do gustu",
        r"(?:świetnie|idealnie|doskonale|pięknie) (?:pasuj\w*|komponuj\w*) (?:się )?(?:do|z)|pasuj\w* (?:świetnie|idealnie) do|spodoba się|"
        r"pomyślał\w* o (?:pani|panu|tobie)|przypadnie (?:pani |panu )?do gustu",
        r"myślę,? że (?:będzie|byłaby|byłby|będą|byłyby) (?:\w+ )?(?:idealn|świetn|doskonał)\w*|"
        r"(?:polecam|polecamy) (?:ją|go|je|pani|panu)|(?:szybko|błyskawicznie) (?:się )?(?:wyprzeda|rozchodz|znika)\w*",
        r"(?:byłoby|będzie|to) (?:coś )?(?:w sam raz )?dla (?:pani|pana)|warto (?:je|go|ją) (?:dokupić|dobrać|mieć)",
    ],
    "this order": [r"zamówien\w*|paczk\w*|przesyłk\w*"],
    "remedy": [r"wymian\w*|zwrot\w*|instrukcj\w*|pytał\w*"],
    "transfer": [r"przela\w*|wpła\w*|przelew\w*"],
    "our account": [r"nasz\w* (?:konto|rachunek|rachunku|numer konta)"],
    "web search": [
        r"wyszuka\w* ~ google|(?:proszę )?nas (?:wyszukać|znaleźć) ~ google|wygooglować"
    ],
    "buy there": [r"zamówi\w* tam|tam zamówi\w*|kupi\w* tam|następnym razem"],
    "pay app": [
        r"(?:przez|przy pomocy|za pomocą) (?:lydia|wero|twint|vipps|mobilepay|paylib|swish|blik)"
    ],
    "not ours": [
        r"nie (?:jest|są) nasz\w*|nie sprzedajemy|tylko na amazon\w*|nie pochodzi od nas|nie (?:pochodzą|jest|są) od nas"
    ],
    "sign up": [
        r"(?:na|do) (?:naszej )?list\w* (?:nowych|kolejnych)|(?:jako )?pierwsz\w* (?:się dowie|dowie się|dostanie informację)|"
        r"punkt\w* (?:lojalnościow|bonusow)\w* (?:za|przy) każd\w*|nasz\w* punkt\w* (?:lojalnościow|bonusow)\w*|klub\w* kolekcjoner\w*|(?:każde|każdy) (?:zamówienie|zakup) (?:to|daje) (?:jedn\w* )?(?:pieczątk|punkt)\w*|"
        r"(?:oboje|obie|obaj|obydwoje|obydwie) (?:dostaniecie|otrzymacie|dostajecie)",
        # a VIP list, news first of the new goods, a club of regular customers
        r"list\w* vip|vip-?list\w*|dowie się (?:pan|pani) (?:jako )?pierwsz\w* ~ (?:now|kolejn)\w*|"
        r"klub\w* stałych klient\w*|za każde zamówienie (?:\w+ )?punkt\w*|punkt\w* na prezent\w*",
    ],
    "loyalty": [
        # a lower price for returning buyers: "stali klienci płacą u nas trochę mniej"
        r"(?:stali klienci|stałym klientom|powracający klienci|kto już u nas kupował) (?:[^\s.!?;]+ ){0,6}?(?:mniej|taniej|lepsz\w* cen\w*|rabat\w*|zniżk\w*)",
        r"(?:zbiera|zbier|gromadz)\w* (?:\w+ )?punkt\w*|dołącz\w* do naszego (?:\w+ )?klubu|"
        r"klub\w* (?:stałego )?klienta|karta stałego klienta|kart\w* lojalnościow\w*|program\w* lojalnościow\w*|kart\w* (?:z )?pieczątk\w*|klub\w* (?:herbat|kaw|miod|ser|win|degustac)\w*|członkowie klubu|co (?:dziesiąt|jedenast|piąt)\w* (?:zamówienie|zakup)\w*",
    ],
    "promotion": [
        # adversary 21: a product, colour or size newly in the range
        "(?:dodaliśmy|wprowadziliśmy|wprowadzamy|dodajemy) (?:[\\w-]+ ){0,4}?do (?:naszej |naszego )?(?:oferty|asortymentu|sklepu|katalogu)|(?:dodaliśmy|wprowadziliśmy) (?:też |również |właśnie )?(?:tę samą|ten sam|to samo|te same|nową wersję|nowy model)",
        # a new variant just out: "właśnie wypuściliśmy kubek w kolorze"
        r"(?:właśnie|niedawno|dopiero co) wypuściliśmy|wypuściliśmy (?:now\w*|\w+ w kolorze)",
        # a discount with a name: "15 procent rabatu powitalnego"
        r"\d+ ?(?:%|procent\w*) [\w-]*(?:rabat|zniżk)\w*",
        "kod (?:rabatowy|promocyjny)|kod\\w* rabatow\\w*",
        "(?:wpisz|podaj) [a-z]+ (?:pięć|dziesięć|piętnaście|dwadzieścia|trzydzieści) przy kasie",
        r"(?:jako pierwsz\w*|pierwsz\w*) (?:dowie\w*|usłysz\w*)|(?:dołącz\w*|zapisz\w*) ~ (?:listy|listę|klubu)|będziemy (?:informować|informowali) o (?:nowości\w*|naszych)",
        r"kod\w* rabatow\w*|kod\w* promocyjn\w*|kupon\w* rabatow\w*|promocj\w*|promocyjn\w*",
        r"(?:\d+ ?|(?:pięć|dziesięć|piętnaście|dwadzieścia|trzydzieści|czterdzieści|pięćdziesiąt) )"
        r"(?:%|procent\w*) (?:rabatu|zniżki|taniej|upustu)|(?:rabat|zniżk\w*) (?:do |w wysokości )?\d+ ?%",
        r"wyprzedaż\w*|okazj(?!i(?![a-z]))\w*|(?:tej|wyjątkow\w*|świetn\w*|niepowtarzaln\w*|ostatni\w*|dobr\w*|wielki\w*) okazji|black friday|cyber monday|(?:promocj\w*|wyprzedaż\w*|rabaty) "
        r"(?:startuj\w*|zaczyna\w*|kończ\w*|trwa\w*)|nowość|nowości|nowa kolekcj\w*|właśnie wprowadzil\w*|"
        r"już dostępn\w*|dwa w cenie jednego|1\+1 gratis|drugi produkt gratis",
        r"biuletyn\w*|paczk\w* niespodzian\w*|newsletter\w*|zapisz się|subskryb(?!uj i oszczędzaj)\w*|obserwuj(?:cie)? nas|polub nas|znajdziesz nas na|zapraszamy do obserwowania|(?:naszym|nasz) fanpage\w*|"
        r"śledź nas",
        r"nasz\w* (?:inn\w*|now\w*|najnowsz\w*|pozostał\w*) (?:produkt\w*|artykuł\w*|model\w*|kolekcj\w*)|"
        r"nasz\w* (?:pełn\w* )?(?:asortyment|ofert\w*|kolekcj\w*)|podobne produkty|pasując\w* (?:do|"
        r"akcesori\w*|produkt\w*)|zobacz (?:nasz\w*|inne)|sprawdź (?:nasz\w*|inne)|siostrzan\w* mark\w*|"
        r"mark\w* siostrzan\w*|wyszukaj ~ na amazon\w*|wpisz ~ w wyszukiwark\w*",
        r"program lojalnościow\w*|kart\w* stałego klienta|punkty lojalnościowe|poleć znajomemu|"
        r"za (?:każdego|każdą) (?:polecon\w*|znajom\w*)|kod polecający|program poleceń|kup teraz|"
        r"zamów teraz|nie przegap|do wyczerpania zapasów",
    ],
    "offer": [
        # round 28b: a voucher with its amount, for a next purchase ("bon na 20 zł")
        r"(?:bon|voucher)\w* (?:na|o wartości) \d+",
        # a code with its name, no offer word needed beside a next purchase
        r"(?:kod|kodu|kodem|kupon) [a-z]{3,12}\d{1,3}(?![a-z0-9])",
        r"rabat\w*|zniżk\w*|upust\w*|promocj\w*|gratis\w*|darmow\w*|za darmo|prezent\w*|taniej|okazyjn\w*|"
        r"na nasz koszt|od nas|niespodziank\w*",
    ],
    "future purchase": [
        r"(?:następn|kolejn)\w* (?:zamówieni\w*|zakup\w*|raz)|przyszł\w* (?:zamówieni\w*|zakup\w*)|"
        r"(?:ponown\w*|znów|znowu) (?:u nas )?(?:zamówi\w*|kupi\w*)|wykorzystaj kod|użyj kodu|"
        r"przy kasie|przy zamówieniu (?:od|powyżej)",
    ],
    "applied": [
        r"(?:naliczon|zastosowan)\w* (?:przy|podczas) płatności",
        r"(?:został\w*|był\w*) (?:już )?(?:naliczon\w*|uwzględnion\w*|odliczon\w*|zastosowan\w*)|"
        r"przy zakupie|w (?:pana|pani) zamówieniu|różnic\w* ~ zwróc\w*|zwróci\w* (?:\w+ )?różnic\w*|w dniu zamówienia|obowiązywał\w* już",
        # round 29b: Amazon's gift card, issued by Amazon or paid with, not the seller's
        r"kart\w* podarunkow\w* amazon\w*|amazon (?:przyznał|wydał|dał|przesłał) ~ kart\w* podarunkow\w*",
    ],
    "off amazon": [
        # round 28b: a relative's or friend's shop recommended, or another shop praised over us
        r"(?:sklep\w*|warsztat\w*|pracowni\w*|zakład\w*|kwiaciarni\w*|księgarni\w*) (?:[\w-]+ ){0,2}?(?:mojego|mojej|naszego|naszej) (?:kolegi|koleżanki|przyjaciela|przyjaciółki|brata|siostry|kuzyna|kuzynki|wujka|cioci|szwagra|sąsiada|sąsiadki|znajomego|znajomej|taty|mamy)",
        r"(?:dużo |znacznie |o wiele )?(?:bardziej (?:pomocn|uprzejm|mił)\w*|milsi|milszy|milsza|uprzejmiejsi) niż my",
        # paying with no app or bank named: by phone, cash in an envelope
        r"(?:zapłać|zapłacić|płatność|zapłaci|opłać|opłacić)\w* ~ (?:przez telefon|telefonicznie)|gotówk\w* ~ (?:w )?kopercie",
        # a classified-ads site described, cash by registered letter
        r"(?:serwis|portal)\w* (?:z )?ogłoszeni\w*|(?:serwis|portal)\w* ogłoszeniow\w*|gotówk\w* ~ list\w* (?:polecon|wartościow)\w*",
        r"(?:czerwon|niebiesk|pomarańczow|żółt|fioletow)\w* (?:[\w-]+ )?(?:sklep\w* internetow\w*|serwis\w* aukcyjn\w*|"
        r"portal\w* (?:aukcyjn|ogłoszeniow|zakupow)\w*|platform\w* (?:sprzedażow|zakupow)\w*|aplikacj\w* "
        r"(?:z ogłoszeniami|ogłoszeniow\w*))|(?:duż|znan)\w* (?:\w+ )?(?:sklep\w* internetow\w*|serwis\w* "
        r"aukcyjn\w*|portal\w* (?:aukcyjn|ogłoszeniow|zakupow)\w*)",
        r"w naszym sklepie stacjonarnym|(?:kupić|kupi|odebrać) ~ w naszym sklepie",
        # a resale app or site told by its logo: "w aplikacji do odsprzedaży ciuchów z zielonym logo"
        r"(?:aplikacj|platform|serwis|portal)\w* (?:do|z) (?:odsprzedaż|sprzedaż|ogłosze|aukcj|używan)\w* "
        r"(?:[\w-]+ ){0,2}?z (?:\w+(?:ym|im)) logo",
        # a payment app told by its logo: "aplikacją płatniczą z czerwonym logo"
        r"aplikacj\w* (?:płatnicz\w*|do płatności|do przelewów|bankow\w*) (?:[\w-]+ ){0,2}?z (?:\w+(?:ym|im)) logo",
        r"zapraszamy do (?:naszego )?(?:sklepu|warsztatu)|(?:proszę )?wpaść do (?:naszego )?(?:sklepu|warsztatu)",
        r"poza (?:tą |tej )?platform\w*|zamiast przez amazon|(?:serwis|portal)\w* aukcyjn\w*|(?:rozliczyć|załatwić) ~ prywatnie|(?:znajdzie|obserwuj) ~ w mediach społecznościowych",
        # "po naszej stronie" is "on our side", not a website: the page needs "internetowa" or "na"
        r"nasz\w* (?:własn\w* )?(?:sklep\w*(?: internetow\w*)?|stron\w* internetow\w*|witryn\w*|"
        r"e-?sklep\w*|domen\w*)(?! (?:na|w) amazon)|na naszej stronie(?! (?:na|w) amazon)",
        r"bezpośrednio (?:u nas|od nas|z nami|w naszym)|(?:kup|zamów|kupić|zamówić) ~ bezpośrednio",
        r"(?:zadzwoń|zadzwonić|napisz|napisać|skontaktuj się|skontaktować się) (?:do nas|z nami|bezpośrednio)"
        r"(?: ~ (?:bezpośrednio|telefonicznie|mailowo|poza amazon\w*))?|nasz\w* (?:numer\w*|telefon\w*|"
        r"adres e-?mail|e-?mail|mail)|poza amazon\w*|bez amazon\w*|z pominięciem amazon\w*|"
        r"prowizj\w* amazon\w*|taniej u nas|następnym razem ~ (?:u nas|bezpośrednio|w naszym)",
        r"olx|allegro|ceneo|empik|(?<!pod\s)przelew\w*|numer (?:konta|rachunku)|"
        # BLIK in its Polish forms or with a word of paying; Dutch "een nieuw blik" is a tin
        r"blik(?:a|iem|u|owi|ow\w*)|blik-(?:iem|a|u|owi)|(?:kod\w*|przez|płatno\w*|płać|zapłać|zapłacić|zapłacę|zapłaci|zapłacisz|aplikacj\w*) blik|"
        r"blik (?:na|przez|kod\w*|numer\w*|telefon\w*)",
    ],
    "contact data": [
        # 'prywatnego maila', 'swój prywatny adres'
        r"maila|mailowy|mailowego|(?:swój|pana|pani|twój) mail|"
        r"maila|mailowy|mailowego|adres\w* mailow\w*|prywatn\w* adres\w*|adres\w* prywatn\w*",
        r"numer\w* telefon\w*|numer\w* komórk\w*|numer|numeru|numerem|numery|numerze|telefon\w*|komórk\w*|adres\w* e-?mail|e-?mail\w*|"
        r"dane kontaktowe|danych kontaktowych|dane osobowe|danych osobowych|dat\w* urodzenia|whatsapp|numer\w* iban|iban|"
        r"pesel|numer\w* konta|adres\w* zamieszkania|dow[oó]d\w* osobist\w*",
    ],
    "identity": [
        r"pesel\w*|dow[oó]d\w* osobist\w*|paszport\w*|praw[oa] jazdy|numer\w* nip|numer\w* identyfikac\w*"
    ],
    "show id": [
        r"odebra\w*|odbi[oó]r\w*|okaza\w*|pokaza\w*|placówce|urzędzie pocztowym|na poczcie"
    ],
    "give us": [
        # round 28c: a lack of it ("brakuje nam numeru PESEL")
        r"brakuje (?:nam|mi)|(?:nam|mi) brakuje",
        # round 27c: a wish ("chcielibyśmy mieć Pana numer komórki")
        r"(?:chcielibyśmy|chciałbym|chciałabym|chcemy|chcielibysmy) (?:[^\s.!?;]+ ){0,2}?(?:mieć|otrzymać|dostać|poznać|znać)",
        # round 24b: "czy mogę prosić o Pana numer", "wystarczy nam Pani numer", "proszę odpisać, podając numer"
        # round 25b: the bare "give me" ("proszę dać mi swój numer", "daj mi numer")
        r"da(?:ć|j|jcie) (?:mi|nam)|(?:mi|nam) da(?:ć|j)|"
        r"prosić o|wystarczy (?:nam|mi)|(?:nam|mi) wystarczy|wystarczą (?:nam|mi)|"
        r"(?:odpisa|odpowi)\w* (?:[^\s.!?;]+ ){0,5}?(?:podając|z (?:pana|pani|twoim|swoim))",
        # 'przydałby się Pani prywatny mail', 'jeśli poda nam Pani swój prywatny adres'
        r"przyda(?:łby|łaby|łoby)? się|poda nam|(?:proszę|prosimy) (?:go|ją|je|to) (?:tu|tutaj) (?:wpisać|podać|napisać|zostawić)",
        r"prześlij|przesłać|podaj|podać|poda|wyślij|wysłać|napisz|napisać|daj znać|prosimy o|proszę o|"
        r"jaki jest|jaki ma|potrzebujemy|potrzebowalibyśmy|potrzebuję|potrzebowałbym|potrzebowałabym|potrzebn\w* (?:jest|są|będzie|będą)|"
        r"(?:jest|są|będzie|będą) potrzebn\w*|podeślij|zostaw|przekaż|przekazać|"
        r"aby (?:kurier|kierowca|mogliśmy) ~ (?:zadzwoni\w*|skontaktowa\w*|dodzwoni\w*)|"
        # "poprosimy o", "producent prosi o", "proszę go wpisać tutaj"
        r"poprosi\w* (?:jeszcze |też |również )?o|poproszę (?:jeszcze |też |również )?o|producent\w* (?:prosi|chce|potrzebuje|wymaga)|"
        r"(?:wpisać|wpisz|napisać|dopisać|podać) (?:go |ją |je |to )?(?:tutaj|tu)|(?:go|ją|je|to) (?:wpisać|wpisz|napisać|dopisać|podać) (?:tutaj|tu)",
    ],
    "contact question": [
        # no contact noun: "jakie cyfry ma wybrać kurier?"
        r"jakie cyfry ~ (?:wybrać|wybierać|dzwonić|zadzwonić)|najlepszy sposób,? (?:by|żeby|aby) (?:kurier )?(?:się z panem|się z panią|pana|panią) (?:skontaktować|złapać)",
        rf"jak (?:się )?(?:pan|pani|państwo) (?:się )?nazywa(?:ją)? na {_SOCIAL}|jak się nazywasz na "
        rf"{_SOCIAL}|(?:pana|pani|państwa|twój|twoja) (?:profil|nazwa|nick|konto) na {_SOCIAL}",
        r"pod jaki(?:m)? numer\w*|na jaki numer|jaki numer ~ (?:dzwoni\w*|kontakt\w*|użyć)|"
        r"jak (?:możemy|może|mogę) się z (?:panem|panią|państwem|tobą) skontaktować|"
        r"jak (?:możemy|może|mogę) (?:się )?skontaktować się z (?:panem|panią|państwem|tobą)|jak (?:możemy|może) się z (?:panem|panią|państwem|tobą) (?:\w+ )?skontaktować|"
        r"gdzie (?:możemy|może) (?:pana|panią|państwa) złapać",
    ],
    # round 31c: the seller withholding the data ("numeru telefonu nie możemy tu podać")
    "we withhold": [
        r"nie (?:możemy|mogę|wolno nam|będziemy|możemy niestety) (?:tu |tutaj |pani |panu |państwu |ci )?(?:podać|przekazać|udostępnić|dać|podawać|wysłać)|nie potrzebujemy|nie jest to numer telefonu|to nie (?:jest )?numer telefonu"
    ],
    "no need": [
        r"nie (?:trzeba|musi\w*|potrzeb\w*|jest potrzebn\w*|jest konieczn\w*)|niepotrzebn\w*|zbędn\w*|nie (?:wysyłaj\w*|przesyłaj\w*|podawaj\w*)"
    ],
    "not needed": [
        r"nie jest (?:potrzebn\w*|konieczn\w*|wymagan\w*)|nie są (?:potrzebne|konieczne)",
        # round 25b: nothing at all wanted of the buyer ("od Pani nic nie potrzebujemy")
        r"(?:od (?:pana|pani|państwa|ciebie) )?nic nie (?:potrzebujemy|potrzebuję)(?! więcej| innego)|nie potrzebujemy (?:od (?:pana|pani|państwa|ciebie) )?niczego(?! więcej| innego)",
    ],
    "refer back": [
        r"(?:proszę|prosimy) (?:go|ją|je|to) (?:tu|tutaj )?(?:wpisać|podać|napisać|zostawić|przesłać)|(?:go|ją|je) (?:tu|tutaj) (?:wpisać|podać|napisać|zostawić)|(?:wpisz|podaj|napisz|zostaw) (?:go|ją|je) (?:tu|tutaj)",
        r"(?:prześlij|podaj|wyślij|przekaż|napisz) (?:go|ją|je|nam go|nam ją|nam je|to)",
        r"(?:przesłanie|podanie|odpowiedź|wysłanie|podesłanie|przekazanie|odpowiedzieć|odpisać|odpisz) ~ (?:tych danych|tymi danymi|te dane)|(?:prześlij|podaj|wyślij|przekaż|proszę podać|prosimy podać|proszę przesłać|prosimy przesłać) ~ (?:te dane|tych danych)",
    ],
    "not to us": [
        # round 30c: the size of a number on the piece ("większy numer")
        r"(?:większ|mniejsz|grubsz)\w* numer\w*|numer\w* (?:większ|mniejsz)\w*",
        # round 24b: a size up or down ("o jeden numer większy")
        r"(?:jeden|pół) numer (?:większ|mniejsz)\w*",
        # round 24b: a shoe size called a number ("numer buta")
        r"numer\w* (?:buta|butów|obuwia|stopy)",
        # round 29c: the PO under its abbreviation and the loading dock or gate
        r"numer\w* (?:po|zamówienia zakupu|rampy|bramy|doku|rampy rozładunkowej)(?![a-ząćęłńóśźż])",
        r"numer\w* (?:przesyłki|śledzenia|zamówienia|paczki|nadania|sprawy)|kurier\w*|przewoźnik\w*|"
        r"numer\w* (?:mieszkania|lokalu|domu|klatki|pokoju|piętra|drzwi|ulicy|budynku)|(?:pod )?tym samym numerem|tym samym numerze",
        r"numer\w* (?:partii|seryjn\w*|serii|modelu|produktu|artykułu|katalogow\w*|faktury|paragonu|etykiety|części)",
        # round 25b: a firm's or a public body's purchasing numbers for its invoice
        r"numer\w* (?:zlecenia(?: zakupu)?|umowy|zamówienia zakupu|postępowania|centrum kosztów|mpk)",
        # round 27c: the number printed or engraved on the thing
        r"numer\w* (?:wybit|nadrukowan|wygrawerowan|wydrukowan|naklejon|wytłoczon)\w*|(?:wybit|nadrukowan|wygrawerowan|wytłoczon)\w* numer\w*|"
        r"numer\w* (?:na|z) (?:spodzie|tyle|zamku|pudełku|etykiecie|naklejce|elemencie|części|kluczu|odwrocie|kartonie)",
    ],
    "amazon account": [
        r"kont\w* amazon|(?:pana|pani|twoim|swoim) koncie|na amazon\w*|zamówieni\w* (?:na|w|z) amazon\w*|amazon\w* zamówieni\w*"
    ],
    "your": [
        r"odbiorcy|odbiorczyni|osoby obdarowanej|solenizant\w*|jubilat\w*",  # round 30c: the recipient's
        r"pana|pani|państwa|twój|twoj\w*|swój|swoj\w*|jakiś|prywatn\w*|osobist\w*|najlepsz\w*",
    ],
    "cancel": [
        r"anulował\w*|anulowałby\w*|anuluj|anulować|anuluje|anulowani\w* zamówieni\w*|wniosek o anulowanie|prośb\w* o anulowanie|"
        r"zrezygnowa\w* z (?:zamówieni|zakup)\w*|zrezygnuj\w* z (?:zamówieni|zakup)\w*|"
        r"wycofa\w* (?:(?:pan|pani) )?(?:zamówieni|zamówionk|zakup)\w*|"
        r"(?:zamówieni|zakup)\w* (?:zostanie|zostało|zostałoby|by zostało) wycofan\w* przez (?:pana|panią)"
    ],
    # round 32b: Amazon's cancel button named by its label
    "cancel button": [r"anuluj (?:produkty|artykuły|przedmioty)|poproś o anulowanie"],
    "cancellation": [r"anulowani\w*|anulacj\w*"],
    "ask for": [r"złóż|złożyć|wyślij|wysłać|poproś|poprosić|zgłoś|zgłosić|zażądaj"],
    "by the buyer": [r"przez (?:kupując\w*|klient\w*|nabywc\w*)"],
    "must": [r"powin\w*|musi|muszą|trzeba|należy|najlepiej"],
    "from you": [
        r"(?:klient|kupujący|klientka) sam\w*",  # round 32b: the customer as the one who cancels
        r"(?:wyszł\w*|wyjdzie|pochodził\w*|przyjdzie|przyszł\w*) od (?:pana|pani|państwa)|z (?:pana|pani|państwa|twojej) strony|po (?:swojej|pana|pani) stronie|ze swojego konta",
    ],
    "spare our account": [
        r"nasz\w* kont\w*|nasz\w* (?:statystyk\w*|wskaźnik\w*)|obciąż\w*|nie (?:zaszkodzi|wpłynie)|wskaźnik\w* anulowa\w*|liczy (?:nam|się) ~ do"
    ],
    "prefer you": [  # round 21b: the buyer's cancelling preferred beside the seller's offer
        r"(?:lepiej|najlepiej) (?:będzie|byłoby),? (?:jeśli|jeżeli|gdyby|aby|żeby)|byłoby (?:lepiej|najlepiej),? (?:jeśli|jeżeli|gdyby|aby|żeby)|(?:bylibyśmy|będziemy) wdzięczni,? (?:jeśli|jeżeli|gdyby)|wolelibyśmy,? (?:aby|żeby|gdyby)|bardzo by nam pomogło,? (?:jeśli|gdyby)",
    ],
    "you do it": [
        # round 25b: the button beside the order
        r"przycisk\w* (?:tuż |zaraz )?(?:obok|pod|przy) (?:pana |pani |twoim |swoim )?zamówieni\w*",
        r"pomogłoby|byłoby (?:lepiej|prościej|łatwiej|najlepiej)|najprościej byłoby|czy (?:jest )?możliwe|proszę|prosimy|może pan|może pani|musi pan|musi pani|trzeba|samodzielnie|"
        r"w (?:swoim|pana|pani) koncie|w zamówieniach|kliknij|wybierz|przejdź do|najlepiej|najprościej|"
        r"zalecamy|polecamy|po (?:swojej|pana|pani) stronie|sam|sama|mógłby pan|mogłaby pani|"
        # the buyer addressed as "ty": "możesz anulować ze swojej strony?"
        r"możesz|mógłbyś|mogłabyś|(?:ze|z) (?:swojej|twojej) strony|po twojej stronie|"
        r"czy (?:mógłby|mogłaby|może)|na swoim koncie|od pana|od pani|najszybciej|"
        r"złoży (?:pan|pani)|w moich zamówieniach|w swoim koncie|by nam pomogło|"
        r"byłoby nam (?:łatwiej|prościej)|gdyby (?:to )?(?:pan|pani)|w twoich zamówieniach",
    ],
    # the buyer sent to Amazon's customer service to have it cancelled
    "via amazon service": [
        r"popro(?:ś|sić|sic) (?:o )?(?:obsług\w*|dział obsługi) (?:klienta )?amazon\w*",
    ],
    "cancel done": [
        # round 28b: whether the seller should cancel ("jeśli mamy anulować")
        r"(?:jeśli|jeżeli|czy|gdyby) (?:mamy|mam|powinniśmy) (?:\w+ )?anulować",
        r"(?:został\w*|jest|było|zostanie) ~ anulowan\w*|(?:anulowaliśmy|anulujemy|możemy anulować|mogę anulować|anuluj(?<!pan\sanuluj)(?<!pani\sanuluj)ę)|"
        r"nie trzeba|nie musi\w*|za pana|za panią|dla pana|dla pani|czy mamy",
        # the seller offers to do it: 'proszę odpisać tutaj, a my to załatwimy', 'zrobimy to sami'
        r"(?:my |sami )?to załatwimy|załatwimy to|(?:my |sami )?to zrobimy|zrobimy to|anulujemy",
    ],
    "visit": [r"zapraszamy (?:na|do)|odwiedź\w* nas|wpadnij\w*|jeśli będzie (?:pan|pani) w"],
    "counter": [
        r"na (?:targu|jarmarku|rynku)|sklep\w* stacjonarn\w*",
        r"nasz\w* (?:[\w-]+ )?(?:sklep\w*|stoisk\w*|pracowni\w*|showroom\w*)|stoisk\w*|showroom\w*",
    ],
    "declined after": [
        r"(?:niestety )?nie (?:da się|jest możliw[ea]|działa)(?: niestety| sorki| sorry)?(?= ?[;,.!:]|$)"
    ],
    "on the invoice": [r"na (?:pana |pani )?fakturze|na rachunku|w szczegółach zamówienia"],
    "privately": [r"między sobą(?! a)|prywatnie|bezpośrednio ze mną"],
    # round 32b: Amazon named as the step to skip, and the terms of an order
    "bypass amazon": [
        r"oszczędz\w* (?:[^\s.!?;]+ ){0,5}?(?:na )?prowizj\w* amazon\w*",
        r"bez (?:całego tego |tego |pośrednictwa )?amazon\w*|z pominięciem amazon\w*|bez prowizji (?:platformy|amazon\w*)",
    ],
    "order terms": [r"za pobraniem|zamów\w*|kupi\w*|wyślemy|zapłac\w*|przelew\w*"],
    "deal terms": [r"cen\w*|taniej|prowizj\w*|faktur\w*|przelew\w*|następnym razem"],
    # round 31b (off_amazon.DECLINE, ASKED, YOU_WROTE, AGREE)
    "decline": [
        r"nie (?:możemy|mozemy|wolno nam|przyjmujemy|wysyłamy|podajemy|udostępniamy|używamy|korzystamy|mamy|prowadzimy|pozwala|zezwala|jest możliwe|trzeba|potrzeba|pobieramy|bierzemy)",
        r"amazon nie (?:pozwala|zezwala)|obejdzie się bez|nie (?:jest )?(?:pan|pani) (?:go |jej |tego )?potrzeb\w*",
    ],
    "reported ask": [
        r"(?:pan|pani) (?:pyta|pytał\w*|prosi|prosił\w*|proponuje|zaproponował\w*|chciał\w* wiedzieć)|(?:pyta|prosi|proponuje) (?:pan|pani)"
    ],
    "you wrote": [r"napisał\w*|(?:pan|pani) pisze|pisze (?:pan|pani)"],
    "agree": [r"tak|oczywiście|jasne|chętnie|nie ma problemu|pewnie"],
    "refusal": [
        r"nie (?:możemy|możemy|mozemy|przyjmujemy|akceptujemy|wolno nam)|nie jest (?:możliwe|dozwolone)",
        r"(?:możemy|przyjmujemy|akceptujemy) (?:\w+ )?(?:tylko|wyłącznie) ~ (?:przez|na|poprzez) amazon\w*",
        # A19-F5: "we will never ask you for PayPal or a bank transfer"
        r"nigdy nie (?:poprosimy|prosimy|będziemy prosić)",
        # "nie pobieramy żadnych opłat poza Amazonem": no money taken off it
        r"nie (?:pobieramy|bierzemy|przyjmujemy) (?:żadnych |zadnych )?(?:opłat|pieniędzy|płatności|wpłat) poza amazon\w*",
        # "nie podpisujemy umów ramowych poza Amazonem"
        r"nie (?:podpisujemy|zawieramy|fakturujemy)",
    ],
    "amazon promotion": [
        r"przez amazon\w*|amazon (?:oferował|zaoferował|odliczył|naliczył)\w*|prime day",
    ],
    "send back": [
        r"prosimy o (?:odesłanie|przesłanie|podanie)|proszę o (?:odesłanie|przesłanie|podanie)|potrzebujemy|"
        # "prosimy o numer telefonu": the ask names the data itself, no "your" needed
        r"(?:prosimy|proszę|poprosimy|poproszę|poprosilibyśmy) (?:jeszcze |też |również )?o (?:\w+ )?(?:numer|adres|e-?mail|telefon|kontakt|dane|pesel|dat\w* urodzenia)\w*",
        # "proszę podać numer telefonu": the polite imperative, no "your" needed
        r"(?:prosimy|proszę) (?:\w+ )?(?:podać|przesłać|wysłać|napisać|zostawić|przekazać) (?:\w+ )?"
        r"(?:numer\w* (?:telefon|komórk)\w*|adres\w* e-?mail\w*|e-?mail\w*|telefon\w*|dane kontaktowe|dat\w* urodzenia)",
    ],
    "buyer offered": [
        r"(?:dziękuj|dzięk)\w* za (?:propozycj|ofert|pomysł|sugesti)\w*|dziękuj\w* za propozycj\w*|miło,? że (?:pan|pani|chce)\w*|(?:pan|pani) proponuje|zaproponował\w*",
        r"(?:pan|pani) (?:pyta|pytał\w*),? czy (?:może|mogł\w*) ~ (?:zapłacić|przelać)",
    ],
    # payments and refunds kept on Amazon, after the buyer's offer (off_amazon.ONLY_AMAZON)
    "only through amazon": [
        r"(?:tylko|wyłącznie|jedynie) ~ (?:\w+ ~ )?(?:przez|na|poprzez|za pośrednictwem|w) amazon\w*",
        # "wszystkie płatności idą u nas przez Amazon", "wszystko rozliczamy przez Amazon"
        r"(?:wszystk|cał)\w* ~ (?:\w+ ~ )?(?:przez|poprzez|za pośrednictwem) amazon\w*",
    ],
    # marketing.RESTOCK, WHILE_ON and NO_CODES (moved out of compliance/rules/marketing.py)
    "restock": [
        r"(?:znów|ponownie) dostępn\w*",
    ],
    "while the deal is on": [
        r"(?:dopóki|póki|jeśli|jeżeli|gdy) (?:\w+ ){0,2}?(?:promocj\w*|cena promocyjna|ofert\w*|rabat\w*) (?:\w+ )?(?:obowiązuje|trwa|jest aktywn\w*)",
    ],
    # round 31a: the buyer's words quoted back (review.QUOTE_INTRO)
    "quote intro": [r"napisał\w*|pisze (?:pan|pani)|pyta\w*|(?:pana|pani|twoje) pytanie"],
    # round 31a: another colour on the same listing (marketing.SAME_LISTING)
    "same listing": [
        r"(?:na|w) (?:tej samej|tym samym) (?:stronie|ofercie|aukcji|karcie)|wybór koloru|wyborze koloru"
    ],
    # round 31a: asked where to review, declined to steer; nothing asked (review.NOT_STEERING, NOTHING_ASKED)
    "not steering": [r"nie (?:\w+ ){0,2}?(?:wpływać|kierować)|(?:to )?(?:twoja|pana|pani) decyzja"],
    # round 32a: a cosmetic grade shown as stars; the buyer's review left to them; words to us (review.COSMETIC, GRADE_SCALE, REVIEW_YOURS, TO_US)
    "cosmetic": [r"wygląd\w*|estetyk\w*|estetyczn\w*|kosmetyczn\w*"],
    "grade scale": [r"klas\w*|skal\w*|stan\w*|gradacj\w*"],
    "review yours": [
        r"(?:(?:pana|pani|twoja|ta) )?(?:opinia|recenzja|ocena) (?:należy do (?:pana|pani|ciebie)|jest (?:pana|pani|twoja|twoim prawem))(?![^.!?;\n]{0,80}(?:\bale\b|\bjeśli\b|\bjeżeli\b|\bgdy\b))",
        r"(?:to|jest) (?:pana|pani|twoje) (?:prawo|święte prawo)(?: ,)?(?: i)? (?:o )?nic (?:nie )?(?:prosimy|pytamy)(?![^.!?;\n]{0,80}(?:\bale\b|\bjeśli\b))",
    ],
    "review apart": [
        r"niezależnie od (?:pana |pani |twojej |tej )?(?:opinii|recenzji|oceny)(?![^.!?;\n]{0,80}(?:\bale\b|\bjeśli\b|\bjeżeli\b|\bgdy\b))"
    ],
    "written to us": [
        r"napisz(?:cie)? do (?:nas|mnie)|(?:napisać|napisze) (?:do nas|nam)|proszę (?:do nas|nam) napisać|(?:wyślij|prześlij)(?:cie)? (?:nam|mi)"
    ],
    "nothing asked": [
        r"nie musi (?:pan|pani) nic (?:robić|zmieniać)|nie musisz nic (?:robić|zmieniać)|o nic nie prosimy"
    ],
    "asked where": [r"pytasz,? (?:gdzie|jak)|pyta (?:pan|pani),? (?:gdzie|jak)"],
    "no codes": [
        r"(?:kodów|kuponów|rabatów|zniżek) (?:\w+ )?nie (?:wydajemy|dajemy|oferujemy|udzielamy|przyznajemy)|nie (?:wydajemy|dajemy|oferujemy|udzielamy|przyznajemy) (?:\w+ )?(?:kodów|kuponów|rabatów|zniżek)",
        # round 31a: none to have: "kodów rabatowych nie mamy", "nie mamy newslettera"
        r"(?:kod\w*|kupon\w*|rabat\w*|zniż\w*|newsletter\w*)(?: \w+)? (?:niestety )?nie (?:mamy|prowadzimy|wysyłamy)|nie (?:mamy|prowadzimy|wysyłamy) (?:\w+ )?(?:kod\w*|kupon\w*|rabat\w*|zniż\w*|newsletter\w*)",
    ],
    # round 28b: the maker's own website for help with the product (off_amazon.MAKER, MAKER_HELP)
    "maker": [r"producent\w*|wytwórc\w*"],
    "maker help": [r"rysun\w*|instrukcj\w*|wsparci\w*|pomoc\w*|film\w*|schemat\w*|sterownik\w*"],
    # where a return is dropped off (off_amazon.DROP_OFF)
    "drop-off counter": [
        r"placówc\w*|placówk\w*|urzęd\w* poczt\w*|paczkomat\w*|punkt\w* nada\w*|w okienku|etykiet\w* zwrotn\w*|etykietę wydrukują",
    ],
    # marketing.OWN_ORDER and ASKED_ABOUT (moved out of compliance/rules/marketing.py)
    "own order": [
        r"(?:pana|pani) (?:wymian\w*|zamówienie (?:wyślemy|wyjdzie))",
    ],
    "asked about": [
        r"pytał\w*|pyta (?:pan|pani)\w*|chciał\w* (?:pan |pani )?(?:kupić|zamówić|zapłacić)|propozycj\w* (?:zapłaty|płatności)",
    ],
}
