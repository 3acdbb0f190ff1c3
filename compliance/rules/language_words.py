"""Word profiles for the ``unsupported-language`` rule.

``SUPPORTED`` holds the commonest words (function words, the verbs "be" and "have", the
words of every reply: order, parcel, thanks) of the ten languages the gate reads; a
sentence written in one of them is full of them.  ``FOREIGN`` holds, per language the gate
does not read, the same kind of words: its function words and the words of a shop's
reply ("please", "thank you", "order", "parcel", "we", "your").  A word of both is dropped
from ``FOREIGN`` (``FOREIGN_WORDS``), so a sentence in a supported language holds no sign.
"""

from __future__ import annotations

from typing import Final

__all__ = ["COURTESY", "FOREIGN", "FOREIGN_WORDS", "SUPPORTED", "UNAMBIGUOUS"]

_SUPPORTED_TEXT: Final = {
    "en": """the a an and or but if of to in on at by for with from about as into over after
        before until up out off is are was were be been being am have has had do does did
        will would shall should can could may might must not no yes this that these those it
        its we our ours us you your yours he she they them their his her i me my mine who
        which what when where why how all any some more most very so too also just only
        than then there here thank thanks please order orders parcel package delivery
        shipped today tomorrow yesterday dear hello hi kind regards best team sorry again
        new item items day days week return refund tracking number message one two three
        get got let know see hope well soon help via per any each other same such own""",
    "de": """der die das den dem des ein eine einen einem einer eines und oder aber wenn
        dass ist sind war waren sein bin bist hat haben hatte hatten wird werden wurde
        wurden kann können konnte muss müssen soll sollen möchte möchten würde würden ich
        du er sie es wir ihr mich mir dich dir uns euch ihnen ihr ihre ihren ihrem ihrer
        unser unsere unseren unserem mein meine sein seine nicht kein keine keinen auch
        noch schon nur sehr mit von zu zum zur bei aus nach vor für über unter auf an im
        am in um durch ohne gegen bis seit wie was wer wo warum so dann hier dort heute
        morgen gestern danke vielen dank bitte bestellung paket lieferung sendung
        freundlichen grüßen grüße hallo liebe lieber sehr geehrte geehrter herr frau
        leider gerne gern ja nein mal doch diese dieser dieses alle""",
    "fr": """le la les un une des du de d l et ou mais si que qui quoi dont où est sont
        était étaient être été avoir avons avez ont a ai as eu je tu il elle nous vous ils
        elles on me te se lui leur leurs mon ma mes ton ta tes son sa ses notre nos votre
        vos ce cet cette ces ne pas plus jamais rien très bien aussi encore déjà pour par
        avec sans sous sur dans en au aux chez vers ça entre comme quand alors merci bonjour
        bonsoir cordialement madame monsieur commande colis livraison aujourd hui demain
        hier peut pouvez pouvons faire fait sera serait tout tous toute toutes""",
    "es": """el la los las un una unos unas y o pero si que quien qué cual de del al a en
        con por para sin sobre entre hasta desde es son era eran ser sido estar está están
        estamos estoy he ha han ni sé ir muchas muchos hemos había yo tú usted ustedes él
        ella nosotros nos os se
        le les lo me te mi mis tu tus su sus nuestro nuestra nuestros vuestro no sí muy
        más ya también aquí hoy mañana ayer gracias hola saludos atentamente pedido
        paquete envío entrega señor señora estimado estimada puede puedes cuando como
        donde todo todos este esta estos estas ese esa""",
    "it": """il lo la i gli le un uno una e ed o ma se che chi cui di del della dei delle
        degli da dal dalla in nel nella con per su sul sulla tra fra a al alla ai è sono
        era erano essere stato stata ho hai ha abbiamo avete hanno io tu lui lei noi voi
        loro mi ti ci vi si ne non più molto però suo sua suoi nostro vostro anche già
        ancora qui oggi domani ieri grazie
        ciao buongiorno cordiali saluti ordine pacco spedizione consegna gentile signor
        signora può possiamo come quando dove tutto tutti questo questa quello quella""",
    "nl": """de het een en of maar als dat die dit deze wie wat waar wanneer hoe is zijn
        was waren ben bent heb hebt heeft hebben had wordt worden werd kan kunnen kunt zal
        zullen zou zouden moet moeten wil ik jij je u hij zij ze wij we mij me ons jullie
        hun uw mijn onze niet geen ook nog al alleen zeer heel erg met van voor naar op
        aan in uit bij over onder door tot om te er hier daar vandaag morgen gisteren
        bedankt dank dan hartelijk alvast graag alstublieft groeten vriendelijke beste geachte
        bestelling pakket levering zending mevrouw meneer""",
    "pl": """i a o w we z ze na do od po za przez przy dla bez pod nad u że czy jak jeśli
        gdy kiedy ale lub albo to ten ta te tego tej jest są był była było byli będzie
        będą mamy ma mają mam ja ty on ona ono my wy oni one nas nam was wam pan pani
        państwo pana panu nie tak już jeszcze tylko bardzo też także się sobie jego jej
        ich nasz nasza nasze wasz pański dziękujemy dziękuję dzień dobry pozdrawiamy
        pozdrowienia zamówienie zamówienia paczka paczki przesyłka dostawa dzisiaj dziś
        jutro wczoraj proszę prosimy szanowna szanowny może możemy""",
    "sv": """en ett den det de och eller men om att som vad vem var när hur är var varit
        vara har hade ha blir blev kan kunde ska skulle vill måste jag du han hon vi ni
        dem dig mig oss er ert era din ditt dina min mitt mina vår vårt våra hans hennes
        deras inte ingen inga också bara mycket redan än med av för till från på i ut
        vid över under efter före hos mot här där idag i dag imorgon igår tack hej hälsningar
        vänliga med vänlig hälsning beställning paket leverans försändelse gärna""",
    "tr": """ve veya ama fakat ile bir bu şu o ben sen biz siz onlar bana size bize sizin
        bizim onun için gibi kadar daha çok en de da mi mı mu mü değil var yok evet hayır
        ne nasıl neden nerede zaman şimdi bugün yarın dün teşekkür teşekkürler ederiz
        ederim merhaba sayın saygılarımızla iyi günler sipariş siparişiniz paket kargo
        teslimat lütfen olarak olan oldu olur ise""",
}

SUPPORTED: Final = frozenset(w for words in _SUPPORTED_TEXT.values() for w in words.split())

FOREIGN: Final = {
    "Portuguese": """não você vocês obrigado obrigada uma nós também estão seu sua muito ao
        às isso pela pelo encomenda entrega avaliação estrelas deixe deixar
        estamos está são olá cumprimentos atenciosamente""",
    "Catalan": """us plau gràcies nosaltres vosaltres vostra vostre amb els és són però
        perquè molt també aviat comanda enviament ressenya estrelles deixeu deixa valoració
        cinc hola salutacions cordialment hem heu teniu""",
    "Galician": "grazas vostede moitas encarga valoración estrelas",
    "Czech": """prosíme prosím děkujeme děkuji jsme jste vám váš vaše také nebo který která
        které není objednávka objednávku zásilka balík recenzi hodnocení hvězdičky dobrý
        den zanechte""",
    "Slovak": """ďakujeme ďakujem prosíme prosím sme ste vám váš vaša vaše tiež alebo ktorý
        objednávka objednávku zásielka balík recenziu hodnotenie hviezdičky zanechajte
        dobrý deň""",
    "Croatian, Serbian or Bosnian": """molimo hvala vaša vaše vaš vašu vam kada kad će ćete
        biti smo ste što koji koja ovo kao ili još samo sve već narudžba narudžbu
        narudžbi pošiljka paket stiže stigne ostavite recenziju zvjezdica zvjezdice
        poštovani poštovana lijep pozdrav srdačan""",
    "Slovenian": """prosimo hvala vaša vaše vaš vam bomo boste smo ste ki tudi že samo
        naročilo naročila pošiljka paket pustite oceno zvezdic zvezdicami spoštovani
        spoštovana lep pozdrav lepo""",
    "Lithuanian": """prašome prašom ačiū jūsų mūsų mes jūs yra buvo ir kad su užsakymas
        užsakymą siunta siuntinys palikti atsiliepimą žvaigždučių labas laba diena
        pagarbiai""",
    "Latvian": """lūdzu paldies jūsu mūsu mēs jūs ir bija būs un ka ar pasūtījums
        pasūtījumu sūtījums paka atstājiet atsauksmi zvaigznēm sveiki labdien cieņu""",
    "Estonian": """palun aitäh tänan teie meie meile teile on oli ja et kui see tellimus
        tellimuse pakk jõuab jätke arvustus tärniga tere parimate soovidega lugupidamisega""",
    "Finnish": """kiitos että olemme tilauksesi meidän teidän ja on oli ole ei se tämä
        tilaus paketti toimitus arvostelu tähteä tähden jätä jättäkää voisitko ystävällisesti
        hei terveisin meille teille meitä teitä viisi viiden arvostelun arvostelua
        jätäthän tänään huomenna lähetetty perillä toimitetaan""",
    "Hungarian": """és hogy egy kérjük köszönjük köszönöm csomag rendelését rendelés
        rendelése nem az ez is vagy már még kérem értékelést csillagos hagyjon tisztelt
        üdvözlettel""",
    "Danish or Norwegian": """vores ikke jeg og meget også være hvis hvad venlig venligst
        hilsen vennlig vennligst hilsen tusind takk jeres deres dere bestilling
        bestillingen pakken levering anmeldelse anmeldelsen stjerner giv gi venligst
        efterlad legg igjen hej hei af vil skal håber til jer bliver for er at du
        os den det som har med glad deg meg seg ble hvis når en på et
        gavekort kroner""",
    "Icelandic": """vinsamlegast takk fyrir við þú þið ykkar okkar og er eru var með pöntun
        pöntunina pakkinn umsögn stjörnum skildu eftir kveðja halló""",
    "Romanian": """și pentru vă mulțumim nostru noastră dumneavoastră vă rugăm comanda
        coletul recenzie stele lăsați bună ziua""",
    "Indonesian or Malay": """dengan untuk yang terima kasih pesanan silakan mohon sila
        berikan tinggalkan ulasan bintang lima kami anda ini itu akan sudah tidak dan
        dari pada kepada paket barang pengiriman selamat salam hormat""",
    "Tagalog": """po ng mga ang sa salamat paki pakiusap limang bituin inyong aming ninyo
        kami namin ay iyong padala order""",
    "Vietnamese": "của bạn chúng tôi và được không cảm ơn vui lòng đánh giá sao năm",
    "Esperanto": """bonvolu dankon dankegon ni vi via nia estas kaj la kun por kvin stelan
        stelojn recenzon mendo pakaĵo saluton amike pri skribi skribu varo""",
    "Welsh": """diolch os gwelwch yn dda chi ni eich ein gyda mae ydy ar gyfer adolygiad pum
        seren gadewch archeb pecyn helo cofion""",
    "Irish": """le do thoil raibh maith agat agaibh bhur ár tá sé sí agus ar fáil
        ordú pacáiste léirmheas cúig réalta fág fágaigí dia duit""",
    "Swahili": """tafadhali asante sana na ya wa kwa ni yako yetu sisi nyinyi oda kifurushi
        maoni nyota tano acha habari""",
    "Afrikaans": """asseblief dankie baie ons jou julle u bestelling pakkie resensie sterre
        los gee nie hierdie groete vriendelike""",
}  # fmt: skip

# Words of the ten languages that no foreign profile holds: only they vouch for a sentence
# ("on", "ja" and "se" are Finnish as well as English, German or Swedish).
UNAMBIGUOUS: Final = SUPPORTED - frozenset(w for words in FOREIGN.values() for w in words.split())

# a word of a supported language is no sign ("ja", "na", "en", "ya", "le", "os")
FOREIGN_WORDS: Final = {
    word: name
    for name, words in FOREIGN.items()
    for word in words.split()
    if word not in SUPPORTED and len(word) > 1
}

# Words of thanks and greeting: "Diolch yn fawr!", "Obrigado!", "Tusind tak!" closing an
# English reply are courtesy, not a sentence the gate must read, so they are no sign.
_COURTESY_TEXT: Final = """obrigado obrigada olá gràcies grazas hola
    děkujeme děkuji ďakujeme ďakujem hvala
    ačiū paldies aitäh tänan kiitos köszönöm köszönjük tak takk tusind mange diolch fawr
    iawn dankie dankon saluton salamat asante sana terima kasih cảm ơn mulțumim mulțumesc
    raibh maith agat agaibh helo hei hej tere sveiki labas labdien hea"""
COURTESY: Final = frozenset(_COURTESY_TEXT.split())
