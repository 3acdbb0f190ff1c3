# ruff: noqa: E501  (word lists: one concept per line reads better than wrapped strings)
"""Turkish wording of every concept the policy rules look for (amazon.com.tr).

Turkish adds its endings to the stem ("yorum", "yorumunuzu", "yorum yapın"), so most entries
are stems; ı, ş, ğ, ç, ö and ü are folded to i, s, g, c, o and u like the text.  Keys are the
names of the lexicons in ``compliance.rules``; the syntax is the lexicon syntax.
"""

from __future__ import annotations

from compliance.wording.shared import SOCIAL as _SOCIAL

_FIVE = r"(?:1|2|3|4|5|bir|iki|üç|dört|beş|tam)"
_WEAK = r"(?:görüş\w*|fikr\w*|fikir\w*|deneyim\w*|geri bildirim\w*|izlenim\w*)"
_MONEY = r"\d+(?:[.,]\d{1,2})? ?(?:€|tl|₺|lira|try|euro)|[₺] ?\d+"

WORDING: dict[str, list[str]] = {
    # round 33b: the seller's app as a chat or shop (off_amazon.AN_APP, WITH_US_THERE, HERE_THREAD)
    "an app": [r"uygulama\w*"],
    "with us there": [
        r"bizimle (?:sohbet|yazış|iletişim)\w*|bize (?:mesaj|yaz)\w*|bizden ~ (?:sipariş|satın)\w*|amazon'?[ua]? (?:kullanmadan|geçmeden|uğramadan)"
    ],
    "here in this thread": [r"buradan|burada"],
    # adversary 20b: a refusal of any reward for a review, the review named
    "refused incentive": [
        r"(?:yorum|degerlendirme)\w* karsiliginda (?:[^\s.!?;]+ ){0,4}?(?:sunamayiz|veremeyiz|sunmuyoruz|vermiyoruz|teklif edemeyiz)(?![^.;!?\n]{0,40}(?:\bancak|\bfakat sizin icin))"
    ],
    # round 30b: a day the seller holds ("ücretsiz bakım günü düzenliyoruz")
    "event": [r"(?:bakım|açık kapı|tanışma|tadım|deneme|atölye|müşteri) günü\w*"],
    # round 30b: a backlog of parcels after a sale day
    "backlog": [
        r"sırada|kuyruk\w*|biriken (?:paket|sipariş)\w*|sipariş yoğunluğu\w*|kargo yoğunluğu\w*",
        # adversary 20: the sale day as the cause of a day's delay
        r"yoğunluğu? nedeniyle|yoğunluktan|gecikme\w*|gecikti\w*",
    ],
    # round 29a: an A-to-z claim, its closing, Amazon as the one who closes it, a tie
    "a-to-z claim": [
        r"a'?dan z'?ye\w*|garanti talep\w*|garanti talebi\w*|amazon'?(?:daki|da) (?:garanti )?talebiniz\w*"
    ],
    "close a claim": [r"geri çek\w*|kapat\w*|kapan\w*|iptal\w*"],
    "close a claim, asked": [
        r"geri çek(?:ebilir|er) mi\w*|geri çekin\w*|kapat(?:abilir|ır) mı\w*|kapatın\w*|iptal ed(?:ebilir|er) mi\w*"
    ],
    "amazon closes": [r"amazon (?:verir|kapatır|kapatacak|karar verir)"],
    "claim gift": [r"ücretsiz|bedava|hediye\w*|jest\w*"],
    "claim tie": [
        r"kapandığında|kapandığı gün|kapanınca|göründüğü gün|göründüğünde|geri çektiğinizde|geri çekerseniz|kapatırsanız|kapattığınızda|karşılığında|olur olmaz"
    ],
    "divert": [r"herkese açık (?:bir şey )?(?:yazmadan|paylaşmadan) önce|bir şey paylaşmadan önce"],
    "review": [
        # adversary 21
        "(?:hakkındaki|ilgili) (?:düşünceleriniz|görüşleriniz|fikirleriniz|izlenimleriniz) (?:[\\w-]+ ){0,2}?(?:yayınlan\\w*|görünür\\w*|herkese açık\\w*)",
        r"(?:bi|bir) (?:yorum|puan|değerlendirme)(?: at| bırak| yaz| ver)\w*|yorum at\w*",
        r"yorum\w*|değerlendirme\w*|değerlendiri\w*|değerlendirin\w*|puan\w*|yıldız\w*|inceleme\w*|"
        r"satıcı (?:puanı|değerlendirmesi\w*|geri bildirimi\w*)|(?:olumlu|olumsuz|kötü|iyi|güzel) "
        r"(?:yorum\w*|geri bildirim\w*|değerlendirme\w*)|olumsuz bir şey (?:yazma\w*|paylaşma\w*|söyleme\w*)|"
        # round 29a: not the passive "beğenilmezse" (if it is not liked)
        r"beğeni(?!l)\w*",
        rf"{_FIVE}[- ](?:(?:küçük|parlak|minik) )?yıldız\w*",
        r"1(?:'den|den)? (?:5|10)(?:'e|'a|e|a) kadar|(?:yorum\w*|puan\w*|değerlendirme\w*) ~ olumlu(?:ya)? çevir\w*",
    ],
    "weak review ask": [
        rf"{_WEAK} ~ (?:paylaşın|paylaşır mısınız|paylaşabilir misiniz|bırakın|bırakır mısınız|yazın|"
        r"yazar mısınız|iletin|bekliyoruz|bizim için (?:çok )?önemli)",
        rf"(?:kısa|küçük|dürüst|birkaç) (?:bir )?(?:{_WEAK}|kelime|satır) ~ (?:harika olur|çok iyi olur|"
        r"seviniriz|memnun oluruz|yardımcı olur)",
        r"diğer (?:alıcılar\w*|müşteriler\w*) ~ (?:anlatın|paylaşın|bildirin)",
    ],
    "not a review": [
        # round 31a: customs' assessment of a declared value; the starry sky
        r"(?:kıymet|gümrük|değer) değerlendirme\w*",
        # round 30a: a draft, names or spelling to be checked ("isimleri dikkatle değerlendirin")
        r"(?:taslağ\w*|tasarım\w*|yazılış\w*|yazım\w*|isim\w*|tarih\w*|metn\w*|prova\w*)(?: [^\s.!?;]+){0,3} değerlendir\w*",
        # round 28a: our own internal review of a batch or a case
        r"(?:iç|dahili) (?:inceleme|değerlendirme|denetim)\w*",
        # round 27a: the review read and left alone ("yorumunuzu okuduk", "sizden hiçbir şey istemiyoruz")
        r"(?:yorumunuzu|yorumunu|değerlendirmenizi|değerlendirmeni|incelemenizi) (?:[^\s.!?;]+ )?(?:okuduk|okudum|gördük|gördüm|inceledik)|(?:sizden|senden) (?:hiçbir|bir) şey (?:istemiyoruz|talep etmiyoruz)",
        # round 26a: a carrier's assessment of a damage claim, and its outcome
        r"hasar (?:tespit\w*|değerlendirme\w*|inceleme\w*)|değerlendirme(?:nin|sinin|lerinin) sonuc\w*",
        # round 24a: the buyer's own review, written or announced, reported back
        r"yorumunuzda (?:belirttiğiniz|bahsettiğiniz|yazdığınız)|(?:olumsuz |kötü )?yorum (?:bırakacağınızı|yazacağınızı|paylaşacağınızı|yayınlayacağınızı) (?:yazmışsınız|belirtmişsiniz|söylüyorsunuz)",
        r"hiçbir şey (?:istemiyoruz|talep etmiyoruz)",
        # assessing a choice for the service: "değişim mi iade mi istediğinizi değerlendirip"
        r"(?:mi|mı|mu|mü) [^.!?;]{0,40}?(?:mi|mı|mu|mü) [^.!?;]{0,40}?değerlendir\w*",
        r"(?:iki|üç|ayrı|farklı) satırda",
        # a star as a shape, a symbol, a tool or a cook's or hotel's rank
        r"yıldız (?:şeklinde|biçiminde|biçimli|şekilli|gibi (?:şekillendiril|kesil)\w*|sembolü\w*|simgesi\w*|işareti\w*|tornavida\w*|uç\w*|anahtar\w*|vida\w*|anason\w*)|"
        r"(?:beş|dört|üç) yıldızlı (?:otel|şef|restoran|aşçı)\w*|michelin yıldız\w*|yıldızlı (?:şef|restoran|aşçı)\w*",
        r"(?:eksper\w*|bilirkişi\w*|teknisyen\w*) (?:görüş|değerlendirme|rapor|yorum)\w*",
        r"bize (?:\w+ )?(?:yaz|anlat)\w*",
        r"sizinki gibi (?:geri bildirim|yorum|görüş)\w*",
        r"(?:hasar\w*|talebi\w*|durum\w*|kargo\w*|paket\w*|fotoğraf\w*) (?:değerlendir\w*|incele\w*)",
        r"(?:kargo firması|kurye|yurtiçi|aras|mng|ptt|sürat|ups|dhl|amazon)\w* ~ (?:değerlendir\w*|"
        r"incele\w*)",
        r"(?:yorumunuz|görüşünüz|geri bildiriminiz|mesajınız)\w* için (?:çok )?teşekkür\w*|bize göre|"
        r"bizce|kanaatimizce|puan kazan\w*",
        # loyalty or bank points: "puan kartınız", "bonus puanlarınız", "maxipuan"
        r"puan kart\w*|(?:bonus|maxi|world|chip|para|sadakat|alışveriş) ?puan\w*",
        # the passive: a claim "is being assessed" (by Amazon, by the carrier), not a review
        r"değerlendiril\w*|değerlendirmeye alın\w*",
    ],
    "ask": [
        r"minnettar olurum|çok sevinirim|memnun olurum",
        r"mutlu oluruz|seviniriz|memnun oluruz",
        r"gösterin|gösterir misiniz|gösterebilir misiniz|ekler misiniz|ekleyebilir misiniz|yükler misiniz|yükleyebilir misiniz",
        r"lütfen|rica ederiz|rica ederim|bırakın|bırakır mısınız|bırakabilir misiniz|yazın|yazar mısınız|"
        r"yazabilir misiniz|verin|verir misiniz|verebilir misiniz|paylaşın|paylaşır mısınız|"
        r"paylaşabilir misiniz|ekleyin|yapın|yapar mısınız|yükleyin|seviniriz|memnun oluruz|"
        r"minnettar oluruz|harika olur|çok iyi olur|unutmayın|yardımcı olun|bize bildirin|ne düşündüğünüzü|"
        r"bir dakikanızı ayırıp|vaktiniz olursa",
        r"değerlendirebilir misiniz|değerlendirir misiniz|değerlendirin|puanlayabilir misiniz|"
        r"puanlar mısınız|puanlayın|puan verebilir misiniz|puan verir misiniz",
    ],
    "reviewers": [
        r"(?:deneyim|izlenim|görüş)\w* (?:paylaşan|anlatan|yazan)\w*|"
        r"(?:yorum (?:yapan|yazan|bırakan)|değerlendiren|puan veren|(?:birkaç|iki) (?:kelime|satır) yazan)\w*|"
        r"(?:her|en iyi) (?:yorum|değerlendirme)",
        r"(?:yorum|değerlendirme|görüş)\w* (?:ekleyen|bırakan|yazan|paylaşan)\w*",
    ],
    "incentive": [
        # round 24a: a friend's price, a draw "among" reviewers, a code that works only then
        r"arasında (?:[\w']+ ){0,8}?(?:çekiyoruz|çekeceğiz|seçiyoruz|hediye\w*)|dost fiyat\w*|özel fiyat\w*|kod\w* ~ (?:aktif|etkinleş|aktifleş)\w*",
        r"kalan\w* (?:da )?(?:yorum|değerlendirme)\w*",
        r"ikram\w*|bir sonraki (?:paket|sipariş)\w*",
        r"arasından (?:[\w']+ ){0,8}?(?:çıkıyor|çekiyoruz|seçiyoruz|hediye\w*)",
        r"iade edeceğiz|geri ödey\w*|geri öd(?:üyoruz|eriz|eyeceğiz)|fiyatın(?:ın)? %\d+",
        _MONEY,
        r"iade\w*|geri ödeme\w*|hediye\w*|hediye çeki\w*|kupon\w*|indirim\w*|bedava|ücretsiz|ödül\w*|"
        r"karşılığında|teşekkür olarak|paranız\w*|para iadesi|çekiliş\w*|kazan\w*|sürpriz\w*|"
        r"küçük bir (?:hediye|jest)",
        r"kura (?:çek\w*|ile)|kazanan\w*",
        # a service worth money: a longer warranty, free shipping for a time
        r"garanti\w* ~ uzat\w*|ek garanti\w*|ekstra garanti\w*|kargo\w* (?:bizden|ücretsiz)",
    ],
    "satisfied": [
        r"memnun (?:kaldıysanız|kaldıyseniz|iseniz|ise|olduysanız)|memnunsanız|beğendiyseniz|beğendiyseniz|"
        r"sadece memnun|yalnızca memnun|memnun (?:kalan|olan) müşteri\w*|olumlu (?:bir )?deneyim\w*|"
        r"bir sorun (?:varsa|olursa|yaşarsanız)|memnun kalmadıysanız|memnun değilseniz|önce (?:bize|bizimle)|"
        r"(?:yazmadan|bırakmadan|vermeden|paylaşmadan|yapmadan) önce|yerine",
    ],
    "pressure": [
        # round 26a: the rating fallen below a mark, the first page or the buy box lost, the words of buyers helped counting double
        r"puan\w* (?:\S+ )?altına düş\w*|ilk sayfadan (?:çıktık|düştük)|iki kat (?:önemli|değerli)|(?:yeniden|tekrar) yukarı taşı\w*",
        r"(?:büyük|çok) (?:bir )?destek olur\w*|tek şans\w*|görünür|geriye düştük|listede (?:\w+ )?geri|aramalarda|arama sonuç\w*",
        r"bizim için her şeyi değiştir\w*",
        r"(?:ilk|ikinci|üçüncü) sayfa\w*|algoritma\w*|sıralama\w*|görünürlü\w*|sahte yorum\w*|aşağı (?:çek|düş)\w*|yukarı çık\w*|amazon'?da yeni\w*|yeni başladık|kıymetli",
        r"küçük (?:bir )?atölye\w*|her şey demek|bizim için her şey",
        r"kararsız (?:kalan )?(?:müşteri|alıcı)\w*|diğer (?:müşteri|alıcı)\w* (?:için )?yardımcı|"
        r"kimse bizi (?:bulamaz|bulmuyor|görmüyor|göremez)|(?:iki|tek|üç) kişilik (?:bir )?(?:işletme|atölye|dükkan)\w*",
        r"her (?:yıldız|yorum|puan|değerlendirme)\w* ~ (?:önemli|fark|değerli)|küçük (?:bir )?(?:işletme\w*|"
        r"aile\w*|firma\w*|dükkan\w*|şirket\w*)|aile (?:şirketi\w*|işletmesi\w*)|bağlı|ayakta kal\w*|"
        r"bizim için (?:çok )?(?:önemli|değerli|anlamlı)|çok yardımcı olur|destek olun|bize destek|"
        r"bizim gibi",
    ],
    "change": [
        r"hala (?:gerekli|yerinde|geçerli)|(?:tekrar|yeniden) (?:göz at|bak|gözden geçir|değerlendir)\w*",
        r"değiştir\w*|güncelle\w*|kaldır\w*|sil(?:in|iniz|mek|menizi|mesini|ebilir\w*|er misiniz)|"
        r"düzelt\w*|geri çek\w*|yükselt\w*|tekrar gözden geçir\w*",
    ],
    "screenshot": [r"ekran görüntü\w*|ekran resm\w*|screenshot\w*|yorumunuzun fotoğraf\w*"],
    "public": [
        # round 29a: words written under the product ("write a few words under the kit")
        r"altına (?:[^\s.!?;]+ ){0,3}?(?:kelime|satır|cümle|söz)\w*",
        r"ürünün altında|ürün sayfasının altında",
        r"ürünün altına|ürün sayfasında|ürünün sayfasına",
        r"ilan sayfa\w*|ilanın altında",
        r"ürün sayfa\w*|yayınla\w*|paylaşırsanız|amazon'?da|herkese açık|diğer (?:alıcılar\w*|müşteriler\w*)|"
        r"görün(?:ür|düğü|düğünde|meye)\w*",
    ],
    "weak review noun": [
        _WEAK,
        r"birkaç (?:güzel |hoş )?(?:kelime|satır|söz)|güzel sözler\w*|yazdıklarınız\w*|"
        r"(?:güzel|iyi|hoş) bir söz|her (?:samimi )?(?:söz|kelime)|müşteri\w* ses\w*",
    ],
    "photo": [r"fotoğraf\w*|resim\w*|video\w*|görsel\w*"],
    "published": [r"ürün sayfa\w*|amazon'?da|herkese açık|sosyal medya\w*|instagram\w*|internette"],
    # A19-7: a photo for the listing's customer images
    "customer images": [r"müşteri (?:görsel|fotoğraf|resim)\w*"],
    "rate us": [
        # adversary 21
        "bize (?:de )?(?:tam |aynı )?(?:not|puan|\\d+/\\d+)|ürün sayfasındaki (?:notunuz|puanınız)",
        r"(?:bi|bir) (?:yorum|puan|değerlendirme) (?:at|bırak|yaz|ver)\w*(?:san|sanız|sın|ın|ınız|mısın|mısınız|misin|misiniz)",
        r"yıldızların nereye (?:gittiğini|gideceğini|konacağını)",
        "sıralamamız (?:tamamen )?size bağlı",
        r"(?:bizi|ürünü|siparişi|alışverişi|hizmetimizi|mağazamızı|satıcıyı) (?:değerlendir\w*|puanla\w*|"
        r"oyla\w*)",
        r"puan (?:verin|verir misiniz|verebilir misiniz)|yıldız (?:verin|verir misiniz)",
    ],
    "tell others": [
        r"diğer (?:alıcılara|müşterilere) (?:[^\s.!?;]+ ){0,3}?anlat\w*",
        r"bizi (?:tavsiye|öner)\w*|arkadaşlarınıza (?:anlatın|önerin|tavsiye edin)|çevrenize (?:anlatın|"
        r"önerin|tavsiye edin)",
    ],
    "small stars": [rf"{_FIVE}[- ](?:(?:küçük|parlak|minik) )?yıldız\w*"],
    "stars from you": [r"sizden|senden"],
    "stars": [rf"{_FIVE}[- ]yıldız\w*|tam puan"],
    "complaint": [
        # round 26a: an opinion asked on a replacement's colour or size
        r"(?:renk|beden|model|desen|numara)\w* (?:konusundaki|hakkındaki|ile ilgili) (?:fikr|görüş)\w*",
        r"(?:gecikme|teslimat|kargo|paket|ambalaj|hasar)\w* (?:hakkındaki|ile ilgili) (?:yorum|görüş|geri bildirim)\w*",
    ],
    "own check": [
        r"(?:parti|üretim|stok)\w* (?:incelemesi|kontrolü)",
        # the English verb under a Turkish one: "siparişinizi tekrar review ettik"
        r"review (?:ettik|ediyoruz|edeceğiz|ettim|ediyorum|edildi|edilecek|edip)",
    ],
    "up to you": [r"size kalmış|sizin kararınız|nasıl isterseniz"],
    "if not": [
        r"değilse|aksi halde|aksi takdirde|memnun değil\w*|memnun kalmadıysanız|bir sorun (?:varsa|olursa)"
    ],
    "tell": [r"anlatırsanız|anlatmanız|paylaşırsanız|duyurun"],
    "audience": [r"diğer (?:alıcı|müşteri)\w*|kararsız kalan alıcı\w*|herkes\w*"],
    # A19-2: "future customers would love to hear about it"
    "buyers to come": [r"(?:diğer|gelecekteki|yeni|sonraki) (?:alıcı|müşteri)\w*"],
    "hear about it": [r"bunu (?:duymak|bilmek|öğrenmek|okumak)"],
    # A19-3: "your verdict would help those still undecided"
    "your verdict": [r"(?:kararınız|hükmünüz|değerlendirmeniz)"],
    "undecided": [r"kararsız (?:kalan|olan)\w*"],
    # A19-5: "how satisfied were you with us as a seller? Tell Amazon"
    "us as a seller": [r"satıcı olarak (?:bizden|bizi|bizimle)"],
    "tell amazon": [r"amazon'?a (?:bildirin|iletin|söyleyin|anlatın)"],
    "decor": [
        r"baskı\w*|desenli|deseni|desenler\w*|nakış\w*|işlemeli|nevresim\w*|yastık\w*|perde\w*|duvar kağıdı|kumaş\w*|çıkartma\w*|oyun tahtası\w*|tahta\w*|kare\w*|yıldız kostüm\w*|kazı\w*|gravür\w*|monogram\w*|(?:isminin|adının) (?:üstüne|altına|yanına)"
    ],
    # round 30a: a motif placed by a name
    "placed by a name": [
        r"(?:isminin|adının|isimlerin) (?:üstüne|altına|yanına|üstünde|altında|yanında)"
    ],
    # round 30a: "how can I help a shop like yours?" asked in a FAQ
    "how can I help you": [
        r"nasıl (?:yardımcı|destek) olabilirim|(?:\w+ ){0,3}?nasıl destek\w*|ne yapabilirim"
    ],
    "star word": [r"yıldız\w*"],
    "star feature": [
        r"dondurucu\w*|derin dondurucu\w*|buzdolab\w*|otel\w*|enerji\w*|güvenlik\w*"
        r"|etiket\w*|ambalaj\w*|acılık\w*|zorluk\w*|yıldız anason\w*|"
        r"(?:poşet|paket|kavanoz|kutu|porsiyon|fincan|litre|tüp)\w* başına",
    ],
    "in exchange": [r"karşılığında|karşılık olarak|her (?:yorum|değerlendirme)\w* için"],
    "new model": [
        r"yeni (?:[\w-]+ ){0,5}?(?:model\w*|versiyon\w*|sürüm\w*|nesil\w*|koleksiyon\w*|seri\w*|parti\w*)|"
        r"(?:ilkbahar|bahar|yaz|sonbahar|kış|yılbaşı) koleksiyon\w*|yeni sezon\w*"
    ],
    "release": [
        r"çıkarıyoruz|çıkaracağız|getiriyoruz|üretiyoruz|üreteceğiz|(?:yeni )?(?:yaptık|ürettik|hazırladık)",
        r"(?:ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|ilkbahar|yaz|sonbahar|kış|gelecek ay|önümüzdeki ay)\w* (?:\w+ )?(?:çıkarıyoruz|getiriyoruz|hazırlıyoruz|geliyor|gelecek)|(?:hazırlıyoruz|çıkaracağız|getireceğiz)",
        r"çıkıyor|çıkacak|piyasaya|satışa (?:çıkıyor|çıkacak|sunulacak)|lansman\w*",
        r"(?:ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|yakında|haftaya) "
        r"(?:[^\s.!?;]+ ){0,6}?(?:geliyor|gelecek)",
        # "önümüzdeki hafta ... setlerimiz geliyor"
        r"(?:önümüzdeki|gelecek|bu) (?:hafta|ay)\w* (?:[^\s.!?;]+ ){0,6}?(?:geliyor|gelecek)",
    ],
    "other goods": [
        r"(?:de|da) var|(?:de|da) mevcut|(?:de|da) satıyoruz|(?:birçok|çoğu) müşteri\w* ~ (?:da|de) "
        r"(?:alıyor|sipariş ediyor)"
    ],
    "plug hint": [r"uyumlu|aynı seri\w*|markamız\w*|takım"],
    "interested": [r"ilgilenirseniz|ilginizi çekerse|(?:seti|takımı) tamamla\w*"],
    "arrival": [
        r"(?:daha )?(?:dün|bugün|yeni) geldi|raflarımıza girdi|stoklarımıza girdi|yeni gelen"
    ],
    "goes with": [
        r"aklınızda (?:bulunsun|olsun)|hediye için|hediyelik|belki (?:size|sizin için)|"
        r"tekrar (?:göz atın|bakın|uğrayın)|(?:ürünlerimizi|ürünlerimizden) (?:sevdiğinizi|hoşlandığınızı)",
        r"(?:sizi )?listeye (?:ekleyelim|ekleyebiliriz|alalım)|sizin için (?:\w+ )?ayır\w*|size (?:\w+ ){0,2}?ayır(?:alım|ayım|abiliriz|ırız)",
        r"(?:çok |pek )?güzel durur",
        r"(?:çok )?(?:beğenirsiniz|beğeneceksiniz|hoşunuza gider|size yakışır)",
        r"(?:çok |harika |tam )?yakışır|ile (?:çok )?uyumlu|seveceğinizi|beğeneceğinizi|hoşunuza gide\w*",
        r"(?:göz atmanızı|almanızı|denemenizi|bakmanızı) (?:mutlaka |kesinlikle )?(?:öneririm|öneriyoruz|tavsiye ederim)|"
        r"mutlaka göz atın|(?:çabuk|hızla|hemen) tükeniyor|haber verelim dedik",
        r"tam (?:size göre|sizlik)|(?:almaya|eklemeye) değer",
    ],
    "this order": [r"sipariş\w*|kargo\w*|paket\w*|teslimat\w*"],
    "remedy": [r"değişim\w*|iade\w*|kılavuz\w*|sormuşsunuz|sordunuz|yeni ürününüz"],
    "transfer": [r"havale\w*|eft\w*|yatır\w*|gönderin"],
    "our account": [r"hesabımız\w*|iban(?:ımız)\w*"],
    "web search": [r"google'?(?:da|dan) arat\w*|bizi google\w*"],
    "buy there": [r"oradan (?:sipariş|satın)\w*|bir dahaki sefere"],
    "pay app": [r"(?:papara|ininal|lydia|wero) (?:ile|üzerinden)"],
    "not ours": [
        r"bize ait değil|satış yapmıyoruz|satmıyoruz|(?:sadece|yalnızca) amazon|bizden (?:gelmiyor|değil)|bizim (?:değil|ilanımız değil)"
    ],
    "sign up": [
        r"(?:yeni|gelecek) \w+ (?:için )?listemize|listemize (?:ekle|al)\w* (?:yeni|gelecek)|ilk (?:siz|sizin) haberdar|"
        r"her (?:sipariş|alışveriş)\w* (?:\w+ )?(?:bonus|sadakat) puan\w*|mağazamız\w* (?:bonus|sadakat) puan\w*|koleksiyoncu kulüb\w*|her (?:sipariş|alışveriş)\w* (?:bir )?(?:damga|puan) (?:kazandır|değerinde)\w*|"
        r"ikiniz de (?:bir|birer)",
        # a VIP list
        r"vip listesi\w*|vip listemiz\w*",
    ],
    "loyalty": [
        # a lower price for returning buyers: "sadık müşterilerimiz bizde biraz daha az öder"
        r"(?:sadık|düzenli|daimi) müşteri\w* (?:[^\s.!?;]+ ){0,6}?(?:daha az|daha ucuz|daha iyi fiyat|indirim\w*)",
        r"puan (?:biriktir|topla|kazan)\w*|kulübümüze (?:katıl|üye ol)\w*|"
        r"müşteri kulüb\w*|(?:çay|kahve|bal|peynir|şarap|tadım) kulüb\w*|kulüp üyeler\w*|sadakat (?:kart|program)\w*|puan kart\w*|(?:onuncu|on birinci|beşinci) (?:sipariş\w* )?(?:bedava|ücretsiz)",
    ],
    "promotion": [
        # adversary 21: a product, colour or size newly in the range
        "(?:yelpazemize|kataloğumuza|mağazamıza|ürünlerimize|çeşitlerimize|ürün gamımıza) (?:[\\w-]+ ){0,2}?(?:ekle\\w*|kat\\w*|dahil et\\w*)|(?:rengini|bedenini|modelini|versiyonunu|boyutunu) (?:da |de )?(?:yeni |artık |de )*(?:ekledik|satışa sunduk|getirdik)",
        # a new variant: "yeni rengi de çıktı"
        r"yeni (?:renk|rengi|rengimiz|modelimiz|modeli)\w* (?:de |da )?(?:çıktı|geldi|satışta)|yeni çıkardığımız",
        # a discount with a name: "yüzde 15 tanıtım indirimi"
        r"(?:yüzde|%) ?\d+ [\w-]*indirim\w*",
        "indirim kod\\w*|kupon kod\\w*|promosyon kod\\w*",
        "ödeme(?:de| sırasında) [a-z]+ (?:beş|on|on beş|yirmi|otuz|elli) (?:yazın|girin)",
        r"yeni (?:[\w-]+ ){0,3}?(?:model|versiyon|ürün|koleksiyon|seri|renk|beden)\w*(?:imiz|ımız|umuz|ümüz)\w* "
        r"(?:artık |şimdi )?(?:satışta|stokta|mevcut|çıktı)(?![a-z])",
        r"ilk (?:siz|sen) (?:öğren\w*|haberdar ol\w*)|listemize (?:katıl\w*|kaydol\w*)|yeni ürünlerimizden haberdar",
        r"indirim kod\w*|kupon kod\w*|promosyon\w*|kampanya\w*",
        r"[%]\d+ (?:indirim\w*|daha ucuz)|\d+ ?% indirim\w*|yüzde (?:\d+|on|yirmi|otuz|kırk|elli) (?:indirim|daha ucuz)",
        r"büyük indirim|indirim (?:başladı|başlıyor|bitiyor|sürüyor)|fırsat ürün\w*|fırsatları|büyük fırsat|"
        r"kara cuma|efsane cuma|black friday|yeni sezon|yeni koleksiyon\w*|stoklarla sınırlı|"
        r"1 alana 1 bedava|ikincisi bedava",
        r"sürpriz (?:kutu|paket)\w*|ön sipariş (?:verin|verebilirsiniz)|bülten\w*|abone olun|bizi takip edin|beğenin|bizi (?:instagram|facebook)\w* bulun|"
        # "takip edin" alone is "follow"; "kargonuzu takip edin: https://..." is tracking
        r"(?<!kargonuzu\s)(?<!paketinizi\s)(?<!siparişinizi\s)(?<!gönderinizi\s)"
        r"takip edin(?!\s?:?\s?(?:https?|www))",
        r"diğer ürünlerimiz\w*|yeni ürünlerimiz\w*|koleksiyonumuz\w*|ürün yelpazemiz\w*|benzer ürünler\w*|"
        r"uyumlu (?:ürünler\w*|aksesuar\w*)|mağazamızı (?:ziyaret|inceleyin|gezin)\w*|kardeş marka\w*|"
        r"amazon'?da ~ aratın|aratabilirsiniz",
        r"sadakat program\w*|arkadaşını getir|arkadaşınızı davet\w*|referans kod\w*|her arkadaş\w* için|"
        # "hemen alın", not "hemen altına" (right under) nor "hemen alındı" (taken at once)
        r"hemen (?:(?:satın )?al(?:ın|ınız|abilirsiniz|abilirsin)?(?!\w)|satın al\w*|sipariş ver\w*)|şimdi (?:al|satın al)\w*|kaçırmayın",
    ],
    "offer": [
        # a code with its name, no offer word needed beside a next purchase
        r"[a-z]{3,12}\d{1,3} (?:kodu\w*|kuponu\w*)",
        r"indirim\w*|bedava|ücretsiz|hediye\w*|fırsat\w*|bizden|daha ucuz|uygun fiyat\w*|sürpriz\w*",
    ],
    "future purchase": [
        r"(?:bir )?sonraki (?:sipariş\w*|alışveriş\w*|sefer\w*)|gelecek (?:sipariş\w*|alışveriş\w*)|"
        r"tekrar (?:sipariş|alışveriş)\w*|kodu kullan\w*|sepette|ödeme sırasında|ve üzeri",
    ],
    "applied": [
        r"ödeme sırasında uygulan\w*|ödemede uygulan\w*",
        r"(?:zaten |önceden )?(?:uygulandı|uygulanmıştı|uygulanmıştır|düşüldü|yansıtıldı)|satın alırken|"
        r"siparişinize uygulan\w*|fark\w* ~ iade\w*|sipariş (?:günü|tarihinde) (?:zaten )?geçerli\w*",
        # round 29b: Amazon's gift card, issued by Amazon or paid with, not the seller's
        r"amazon hediye (?:çek|kart)\w*|amazon size (?:\w+ ){0,6}hediye (?:çek|kart)\w*",
    ],
    "off amazon": [
        # round 28b: a relative's or friend's shop recommended, or another shop praised over us
        r"(?:arkadaşımın|kuzenimin|abimin|ablamın|kardeşimin|amcamın|dayımın|teyzemin|halamın|komşumun|eniştemin) (?:[\w'-]+ ){0,2}?(?:dükkan|dükkân|mağaza|atölye)\w*",
        r"bizden (?:çok |çok daha |daha )?(?:ilgili|güler yüzlü|yardımsever|nazik|cana yakın)",
        # a marketplace with its case ending, typed with or without the apostrophe
        # ("trendyolda", "Hepsiburada'dan", "n11'deki mağazamız")
        r"(?:trendyol|hepsiburada|n11|gittigidiyor|çiçeksepeti|pazarama|sahibinden|ebay|etsy)'?"
        r"(?:da|de|dan|den|ta|te|tan|ten|daki|deki|a|e|ya|ye|dakı|taki|teki)",
        # a classified-ads site described, cash by registered letter
        r"ilan (?:sitesi|sitesinde|sitelerinde|platformu\w*)|taahhütlü (?:mektup|zarf)\w* ~ nakit|nakit\w* ~ taahhütlü",
        # paying with no app or bank named: by phone, cash in an envelope
        r"(?:telefonla|telefonda|telefon üzerinden) ~ (?:ödeme|öde|ödeyin|ödeyebilirsiniz)\w*|nakit ~ zarf\w*",
        r"(?:kırmızı|mavi|turuncu|sarı|mor) (?:logolu )?(?:o )?(?:büyük )?(?:alışveriş|e-ticaret|ilan|açık artırma|ikinci el) "
        r"(?:site|uygulama|platform)\w*|büyük (?:\w+ )?(?:alışveriş|e-ticaret|ilan|açık artırma) "
        r"(?:site|uygulama|platform)\w*",
        r"(?:fiziksel )?mağazamızdan (?:\w+ )?(?:alabilirsiniz|satın)",
        r"(?:mağazamıza|dükkanımıza|atölyemize) (?:gelin|uğrayın|bekleriz|buyurun)",
        r"platform(?:un)? dışında|bu platformun dışında|amazon yerine|açık artırma sitesi\w*|bizi sosyal medyada",
        r"web sitemiz\w*|internet sitemiz\w*|sitemiz\w*|online mağazamız\w*|e-?ticaret sitemiz\w*|"
        r"mağazamız\w* (?:üzerinden|adresinden)|kendi sitemiz\w*|kendi (?:web |online |internet )?mağaza\w*|"
        r"web mağaza\w*",
        r"doğrudan (?:bizden|bize|bizimle)|direkt (?:bizden|bize|bizimle)|(?:bizden|doğrudan) (?:satın al|"
        r"sipariş ver)\w*",
        r"(?:bizi|beni) arayın|bize (?:e-?posta|mail|whatsapp|mesaj|sms) (?:atın|gönderin|yazın)|"
        r"(?<!vergi\s)(?<!mersis\s)(?<!sicil\s)numaramız\w*|telefon numaramız\w*|e-?posta adresimiz\w*|whatsapp hattımız\w*|amazon dışında|"
        r"amazon'?u aradan|amazon komisyon\w*|bizden daha ucuz|bir dahaki sefere ~ (?:bizden|doğrudan)",
        # Amazon bypassed, the order by BiP: "Amazon'a uğraşmadan BiP'ten yazın"
        r"amazon'?(?:a|u|la)? (?:uğraşmadan|girmeden|bulaşmadan|gerek kalmadan)|bip'?(?:ten|den|e|ye|le)|"
        r"bip (?:üzerinden|ile|hattı\w*)|"
        r"trendyol|hepsiburada|n11|sahibinden|çiçeksepeti|papara|havale|eft|banka hesab\w*",
        # a payment app told by its logo: "kırmızı logolu ödeme uygulamasıyla"
        r"(?:kırmızı|mavi|turuncu|sarı|mor|yeşil) logolu (?:\w+ )?(?:ödeme|para transferi|banka) uygulama\w*",
    ],
    "contact data": [
        r"telefon numara\w*|cep telefon\w*|numara\w*|telefon\w*|e-?posta adres\w*|e-?posta\w*|"
        r"mail adres\w*|iletişim bilgi\w*|kişisel bilgi\w*|doğum tarih\w*|whatsapp|iban\w*|banka bilgi\w*|hesap numara\w*",
    ],
    "identity": [
        r"t\.? ?c\.? kimlik\w*|kimlik (?:kart\w*|numara\w*|belge\w*|fotokopi\w*)|kimliğ\w*|kimlik|nüfus cüzdan\w*|"
        r"pasaport\w*|ehliyet\w*|sürücü belge\w*|vergi numara\w*"
    ],
    "show id": [r"teslim al\w*|göster\w*|şube\w*|postane\w*|almak için|alırken"],
    "give us": [
        # round 28c: a lack of it ("numaranız bizde eksik"); the question to "sen" ("yazabilir misin")
        r"bizde eksik|elimizde (?:yok|eksik)|eksiğimiz|(?:yaz|gönder|paylaş|ilet|ver|söyle|at)(?:abilir|ebilir) misin|(?:yazar|atar) mısın|(?:gönderir|iletir|söyler) misin",
        # round 27c: a wish ("cep numaranızı almak isteriz")
        r"(?:almak|öğrenmek|edinmek|rica etmek) (?:isteriz|istiyoruz|isterdik|istiyorum|isterim)",
        # round 24b: "cep numaranız yeterli" (the number itself; "telefonunuza bir uygulama
        # indirmeniz yeterli" asks for nothing), "bu mesaja numaranızla yanıt verin"
        r"(?:numara|adres|posta|mail)\w* (?:de |da )?(?:yeterli\w*|yeter|kafi)|(?:yanıt|cevap) (?:verin|verir misiniz|verebilir misiniz|verirseniz|vermeniz)|yanıtla\w*|cevapla\w*",
        # 'cep numaranızı bırakabilir misiniz'
        r"işimize yarar|bırakır mısınız|bırakabilir misiniz|paylaşabilir misiniz|(?:rica|talep) ediyoruz",
        # "yazabilir misiniz", "rica etsek", "arayabilmemiz için"
        r"yazabilir misiniz|rica (?:etsek|ediyoruz|ederiz|edebilir miyiz)|(?:arayabilmemiz|ulaşabilmemiz) için",
        # the conditional is the ask: "Riot ID'ni yazarsan kodu tanımlarız"
        r"(?:yaz|gönder|ver|söyle|ilet|paylaş)(?:ar|er|ır|ir)san(?:ız)?",
        r"gönderin|gönderir misiniz|gönderebilir misiniz|iletin|iletir misiniz|paylaşın|paylaşır mısınız|"
        r"yazın|yazar mısınız|bildirin|bildirir misiniz|verin|verir misiniz|nedir|ihtiyacımız var|ihtiyacım var|iletebilir misiniz|verebilir misiniz|"
        r"gerekiyor|gerekli|gerekecek|lazım|ihtiyacımız olacak|"
        r"(?:kurye|kargo görevlisi|sürücü)\w* ~ (?:arayabilmesi|ulaşabilmesi) için|"
        # a third party wants it, the buyer writes it here: "üretici doğum tarihinizi istiyor; buraya yazın"
        r"(?:üretici|marka|tedarikçi|distribütör|garanti servisi)\w* ~ (?:istiyor|talep ediyor)|buraya (?:yaz|ekle|gir|not)\w*|aşağıya yaz\w*",
    ],
    "contact question": [
        # no contact noun: "kurye hangi rakamları arasın?"
        r"hangi rakamlar\w* ~ (?:arasın|arayabilir|çevirsin)|size ulaşmanın en iyi yolu",
        rf"{_SOCIAL}'?(?:da|de|ta|te)ki (?:ad\w*|isim\w*|kullanıcı ad\w*|profil\w*|hesab\w*)",
        r"hangi (?:numara|telefon)\w* ~ (?:arayabilir|ulaşabilir|arasın|kullan)\w*|size nasıl "
        r"(?:ulaşabilir|ulaşalım|ulaşsın)\w*|hangi numaradan",
        # 'hangi cep numarasından', 'size doğrudan nasıl ulaşabiliriz'
        r"hangi (?:cep |telefon |gsm )?numara(?:sından|dan)|size doğrudan nasıl ulaş\w*|(?:bu mesajlar|amazon) dışında (?:size )?(?:doğrudan )?(?:nasıl )?ulaş\w*",
    ],
    # round 31c: the seller withholding the data ("telefon numarası veremiyoruz")
    "we withhold": [
        r"veremiyoruz|veremeyiz|veremem|paylaşamıyoruz|paylaşamayız|paylaşamam|iletemiyoruz|ihtiyacımız yok|telefon numarası değil"
    ],
    "no need": [r"gerek yok|gerekmiyor|gerekmez|lüzum yok|göndermeyin|paylaşmayın|iletmeyin"],
    "not needed": [
        r"gerek yok|gerekmiyor|gerekmez|lüzum yok|gerekli değil|lazım değil",
        # round 25b: nothing at all wanted of the buyer ("sizden hiçbir şey istemiyoruz")
        r"sizden (?:hiçbir şey|bir şey) (?:istemiyoruz|gerekmiyor|beklemiyoruz)",
    ],
    "refer back": [
        r"(?:buraya|bu mesaja|buradan) (?:yaz\w*|bırak\w*|ilet\w*|gönder\w*)",
        r"(?:onu|bunu|bunları|onları) (?:gönder|ilet|yaz|paylaş)\w*",
        r"(?:bu|o|söz konusu) bilgileri ~ (?:yaz|gönder|ilet|paylaş|bildir)\w*",
    ],
    "not to us": [
        # round 30c: the size of a number on the piece; an organisation's tax number, or one
        # the buyer gave, echoed on the invoice
        r"(?:daha )?(?:büyük|küçük|kalın) (?:bir )?numara\w*|"
        r"(?:okulun|şirketin|şirketinizin|firmanın|firmanızın|kurumun|kurumunuzun|derneğin|derneğinizin|belediyenin|verdiğiniz|belirttiğiniz|ilettiğiniz) vergi numara\w*",
        # round 24b: a size up or down ("yarım numara küçük kalıyor")
        r"(?:yarım|bir|iki|tam) numara (?:büyük|küçük|dar|geniş)\w*",
        # round 24b: a shoe or foot size called a number ("ayak numaranız", "ayakkabı numarası")
        r"(?:ayak|ayakkabı|bot|çizme|terlik|patik|paten|kayak ayakkabısı)\w* numara\w*",
        # round 29c: the purchase order and the loading dock or gate
        r"(?:satın alma )?sipariş numara\w*|(?:rampa|kapı|dok|yükleme rampası) numara\w*|po numara\w*",
        r"takip numara\w*|sipariş numara\w*|kargo takip\w*|gönderi numara\w*|kargo firması\w*|kuryenin|"
        r"(?:daire|kat|kapı|apartman|bina|blok|oda|sokak) numara\w*|aynı (?:kapı |bina )?numara\w*",
        r"(?:lot|parti|seri|model|ürün|fatura|fiş|parça) numara\w*",
        # round 25b: a firm's or a public body's purchasing numbers for its invoice
        r"(?:satın alma|satınalma|sözleşme|ihale|masraf merkezi)(?: sipariş)? numara\w*",
        # round 27c: the number printed or engraved on the thing
        r"(?:basılı|kazınmış|yazılı|damgalı|baskılı) numara\w*|(?:üzerin|arkasın|altın|kilidin|kutunun)\w* (?:yazan |yazılı |basılı |kazınmış )?numara\w*",
    ],
    "amazon account": [r"amazon hesab\w*|hesabınız\w*|amazon'?da|amazon siparişi\w*"],
    "your": [
        r"alıcının|hediye edilecek kişinin|doğum günü olan kişinin",  # round 30c: the recipient's
        r"sizin|numaranız\w*|tarihiniz\w*|telefonunuz\w*|adresiniz\w*|e-?postanız\w*|bilgileriniz\w*|bir",
        # round 28c: "sen" ("cep numaranı gönderebilir misin")
        r"senin|numaranı|numarana|adresini|telefonunu|e-?postanı|tarihini|bilgilerini",
    ],
    "cancel": [
        r"iptal ederseniz|iptal (?:edin|ediniz|edebilirsiniz|et|etmeniz|talebi\w*|isteği\w*|talep\w*|iste\w*|eder misiniz|"
        r"edebilir misiniz|etmenizi|edebilir misin|eder misin|edersen|edebilirsin)|siparişi iptal|sipariş\w* ~ geri çek\w*|siparişten ~ vazgeç\w*|"
        r"satın almadan (?:[^\s.!?;]+ ){0,3}?vazgeç\w*|siparişten (?:[^\s.!?;]+ ){0,3}?vazgeç\w*"
    ],
    # round 32b: Amazon's cancel button named by its label
    "cancel button": [r"ürünleri iptal et|iptal talep et|iptal talebi oluştur"],
    "cancellation": [r"iptal\w*"],
    "ask for": [r"oluşturun|gönderin|talep edin|isteyin|yapın|açın|başlatın"],
    "by the buyer": [r"(?:alıcı|müşteri) tarafından"],
    "must": [r"gerek\w*|lazım|olmalı\w*"],
    "from you": [
        r"kendi hesabınız\w*|kendi tarafınız\w*|sizden gel\w*|sizin tarafınız\w*",
        r"müşterinin kendisi\w*|alıcının kendisi\w*",  # round 32b: the customer as the one who cancels
    ],
    "spare our account": [r"hesabımız\w*|mağazamız\w* puan\w*|bizi etkile\w*|iptal oran\w*"],
    "prefer you": [  # round 21b: the buyer's cancelling preferred beside the seller's offer
        r"(?:sizin|kendinizin) (?:\w+ ){0,2}\w+ (?:daha iyi|daha uygun|tercih\w*|makbule geç\w*)|tercihen,? (?:siz|sizin)|memnun oluruz",
    ],
    "you do it": [
        # round 25b: the button beside the order
        r"siparişinizin (?:hemen )?(?:yanındaki|altındaki) (?:düğme|buton)\w*",
        # "iptal talebini sizin oluşturmanız", "sizden ricamız": the buyer is to file it
        r"(?:sizin )?oluştur(?:manız|manizi|masını|un|ur musunuz|abilir misiniz)|sizden ricamız",
        r"(?:eder|edebilir|yapar|yapabilir|\w+[ae]bilir) (?:mi|mı)(?:siniz|sin|sınız|sın)|sen (?:iptal|geri)|mümkün mü|daha iyi olur|yardımcı olur|sevinir\w*|rica ederiz|lütfen|yapabilirsiniz|edebilirsiniz|etmeniz gerek\w*|kendiniz|hesabınızdan|siparişlerim\w*|"
        r"tıklayın|seçin|gidin|öneririz|en kolay\w*|en hızlı\w*|çekmeniz|çekerseniz|sizin taraf\w*|basın|basmanız|butonuna|düğmesine",
    ],
    # the buyer sent to Amazon's customer service to have it cancelled
    "via amazon service": [
        r"amazon müşteri hizmetlerinden (?:[^\s.!?;]+ ){0,4}?iste\w*|amazon müşteri hizmetlerine (?:[^\s.!?;]+ ){0,4}?(?:iptal ettir\w*|söyle\w*)",
    ],
    "cancel done": [
        # round 28b: whether the seller should cancel ("iptal etmemizi isterseniz")
        r"iptal etmemizi (?:ister|istiyorsa|isterseniz)\w*",
        r"iptal (?:edildi|edilmiştir|edilmişti|ettik|edeceğiz|edebiliriz)|gerek yok|gerekmiyor|"
        r"sizin için|biz iptal|iptal edebilirim|iptal edeyim",
        # the seller as the one who cancels: "iptal ederim", "iptal edelim"
        r"iptal (?:ederim|ederiz|edeceğim|edelim)",
    ],
    "visit": [r"bekleriz|uğra\w*|yolunuz düşerse|ziyaret ed\w*"],
    "counter": [
        r"pazar(?:da|ımız\w*)|tezgah\w*",
        r"dükkân\w*|dükkan\w*|mağazamız\w*|tezgahımız\w*|standımız\w*|showroom\w*|atölyemiz\w*",
    ],
    "declined after": [r"(?:maalesef )?(?:mümkün değil|olmuyor)(?= ?[;,.!:]|$)"],
    "on the invoice": [r"faturanızda|faturada|sipariş detaylarında"],
    "privately": [r"aramızda|özel olarak|doğrudan benimle"],
    # round 32b: Amazon named as the step to skip, and the terms of an order
    "bypass amazon": [
        r"amazon(?:'un)? komisyonu\w* (?:[^\s.!?;]+ ){0,2}?(?:tasarruf|ödemezsiniz|kurtulursunuz)",
        r"amazon'?(?:a|u)? (?:hiç )?(?:girmenize |uğramanıza |girmeden )?gerek (?:kalmaz|yok|kalmadan)|amazon'?suz|amazon olmadan|amazon'?u atla\w*|amazon'?a (?:hiç )?girmeden|platform komisyonu olmadan",
    ],
    "order terms": [r"kapıda ödeme\w*|sipariş\w*|satın al\w*|gönder\w*|öde\w*|havale"],
    "deal terms": [r"fiyat\w*|ucuz\w*|komisyon|fatura|havale|bir dahaki sefere"],
    # round 31b (off_amazon.DECLINE, ASKED, YOU_WROTE, AGREE)
    "decline": [
        r"(?:ver|gönder|paylaş|kullan|al|yap|kabul ed|öde|sun|kes|bildir|ilet|yaz)(?:emiyoruz|amıyoruz|miyoruz|mıyoruz|meyiz|mayız|emeyiz|amayız|eyemiyoruz|ayamıyoruz)",
        r"izin vermiyor|mümkün değil|gerek yok|gerekmiyor",
    ],
    "reported ask": [
        r"istemiştiniz|istiyorsunuz|soruyorsunuz|sormuştunuz|öneriyorsunuz|önermiştiniz|rica etmiştiniz|talep etmiştiniz"
    ],
    "you wrote": [r"yazmışsınız|yazdınız|yazıyorsunuz"],
    "agree": [r"evet|tabii|tabi ki|elbette|memnuniyetle|sorun değil|olur"],
    "refusal": [
        r"kabul (?:edemiyoruz|etmiyoruz|edemeyiz|edilmiyor)|alamıyoruz|mümkün değil|"
        # the verb carries the refusal: "IBAN'ınıza gönderemiyoruz"
        r"(?:gönder|yatır|öd|iade ed|yap)(?:emiyoruz|amıyoruz|eyemiyoruz|emeyiz|amayız|eyemeyiz)",
        # "Amazon dışında sözleşme imzalayamıyoruz", "fatura kesemiyoruz"
        r"(?:imzala|anlaş|fatura kes)y?(?:amıyoruz|emiyoruz|amayız|emeyiz|mıyoruz|miyoruz)",
        r"(?:yalnızca|sadece) amazon üzerinden (?:alabiliriz|kabul|ödeme)\w*",
        # A19-F5: "we will never ask you for PayPal or a bank transfer"
        r"asla (?:istemeyiz|istemeyeceğiz|talep etmeyiz)",
        # "Amazon dışında ücret almıyoruz": no money taken off it
        r"amazon dışında (?:\w+ )?(?:ücret|ödeme|para|bedel)\w* (?:almıyoruz|tahsil etmiyoruz)",
    ],
    "amazon promotion": [
        r"amazon'un|amazon tarafından|prime day",
    ],
    "send back": [
        r"ihtiyacımız var|bize (?:gönderin|iletin|yazın)|gönderir misiniz",
    ],
    "buyer offered": [
        r"teklifiniz için|öneriniz için|önerdiğiniz için|teklif ettiğiniz|ödemeyi önermeniz",
        r"ödemek istediğinizi|ile ödeme(?:yi)? (?:teklif|öner)\w*|ödeyip ödeyemeyeceğinizi",
    ],
    # payments and refunds kept on Amazon, after the buyer's offer (off_amazon.ONLY_AMAZON)
    "only through amazon": [
        r"(?:yalnızca|sadece|yalnız) ~ (?:\w+ ~ )?amazon (?:üzerinden|aracılığıyla|içinden)|amazon üzerinden (?:yalnızca|sadece)",
        # "tüm ödemeler Amazon üzerinden yapılıyor", "bütün iadeler Amazon aracılığıyla"
        r"(?:tüm|bütün|her) ~ (?:\w+ ~ )?amazon (?:üzerinden|aracılığıyla|içinden)",
    ],
    # marketing.RESTOCK, WHILE_ON and NO_CODES (moved out of compliance/rules/marketing.py)
    "restock": [
        r"(?:tekrar|yeniden) stok\w*",
    ],
    "while the deal is on": [
        r"(?:kampanya|indirim)\w* (?:devam ederken|sürerken|sürdüğü sürece|geçerliyken|devam ettiği sürece)",
    ],
    # round 31a: the buyer's words quoted back (review.QUOTE_INTRO)
    "quote intro": [r"yazmışsınız|yazdınız|sormuşsunuz|sordunuz|sorunuz|mesajınız"],
    # round 31a: another colour on the same listing (marketing.SAME_LISTING)
    "same listing": [r"aynı (?:ürün )?(?:sayfa|ilan|liste)\w*|renk seçeneğ\w*"],
    # round 31a: asked where to review, declined to steer; nothing asked (review.NOT_STEERING, NOTHING_ASKED)
    "not steering": [
        r"etkilememiz (?:doğru|uygun) (?:olmaz|değil)|etkilemek istemeyiz|yönlendirmek istemeyiz|tamamen sizin kararınız"
    ],
    # round 32a: a cosmetic grade shown as stars; the buyer's review left to them; words to us (review.COSMETIC, GRADE_SCALE, REVIEW_YOURS, TO_US)
    "cosmetic": [r"görünüm\w*|kozmetik\w*|estetik\w*|dış görünüş\w*"],
    "grade scale": [r"sınıf\w*|ölçe\w*|durum\w*|kalite derece\w*"],
    "review yours": [
        r"(?:yorum|değerlendirme|puan)(?:unuz|ınız)? (?:size|sizin) ?(?:ait|hakkınız)(?![^.!?\n]{0,80}(?:\bama\b|\bfakat\b|\bancak\b|rsanız|rseniz))",
        r"(?:bu )?sizin (?:en doğal )?hakkınız(?: ,)?(?: ve)? (?:sizden )?hiçbir şey (?:istemiyoruz|rica etmiyoruz)(?![^.!?\n]{0,80}(?:\bama\b|rsanız))",
    ],
    "review apart": [
        r"(?:yorum|değerlendirme|puan)\w* (?:bağımsız olarak|bakmaksızın|bağlı olmaksızın|ilgisiz olarak)(?![^.!?\n]{0,80}(?:\bama\b|\bfakat\b|rsanız|rseniz))"
    ],
    "written to us": [
        r"bize (?:[^\s.!?;]+ ){0,4}?(?:yazın|yazınız|yazabilirsiniz|yaz|iletin|gönderin|yazmanız)"
    ],
    "nothing asked": [r"bir şey yapmanıza gerek yok|sizden bir şey istemiyoruz"],
    "no codes": [
        r"(?:indirim kod|kod|kupon|indirim)\w* (?:vermiyoruz|sunmuyoruz|tanımlamıyoruz|göndermiyoruz|vermemekteyiz)",
        # round 31a: none to have: "indirim kodumuz yok", "bültenimiz bulunmuyor"
        r"(?:indirim kod|kod|kupon|bülten)\w* (?:yok|bulunmuyor|bulunmamaktadır)",
    ],
    # round 28b: the maker's own website for help with the product (off_amazon.MAKER, MAKER_HELP)
    "maker": [r"üretici\w*|imalatçı\w*"],
    "maker help": [r"çizim\w*|kılavuz\w*|talimat\w*|destek\w*|video\w*|şema\w*"],
    # where a return is dropped off (off_amazon.DROP_OFF)
    "drop-off counter": [
        r"kargo şubesi\w*|şubede|şubeye|postane\w*|teslim noktası\w*|iade etiketi\w*",
    ],
    # marketing.OWN_ORDER and ASKED_ABOUT (moved out of compliance/rules/marketing.py)
    "own order": [
        r"siparişiniz (?:bugün|yarın)|yeni ürününüz",
    ],
    "asked about": [
        r"sormuşsunuz|sordunuz|sorduğunuz|almak istediğiniz|almak istemişsiniz|ödeme teklifiniz",
    ],
}
