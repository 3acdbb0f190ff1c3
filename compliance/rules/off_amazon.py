"""Rule ``off-amazon``: moving the buyer, a sale or a payment off Amazon.

Concepts, in every language: the seller's *own channel* (our shop, our website, our
store), buying *directly*, *other marketplaces*, *messengers and social media*, *payment
outside Amazon*, and *contact outside Amazon* (call us, e-mail us, our phone number).
A carrier's parcel shop or "The UPS Store" is not the seller's channel, and "you can
contact the carrier directly" keeps the buyer's contact where it belongs.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from typing import Final

from compliance.document import Document
from compliance.model import Finding, Severity
from compliance.normalise import fold_literal
from compliance.rules.lexicon import Lexicon, negated
from compliance.rules.quoting import seller_voice
from compliance.rules.steering import DECLINED_AFTER, NOT_OURS, declined_after, find_steering

__all__ = ["MARKETPLACE_NAMES", "find_off_amazon"]

# Never Amazon, whatever the language: marketplaces, messengers, social media, payment.
_MARKETPLACES = (
    r"e ?-?bay|etsy|ali ?express|alibaba|temu|shein|wal ?-?mart|shopify|otto\.de|bei otto|"
    r"cdiscount|fnac|zalando|kaufland|rakuten|allegro|bol\.com|mercado ?libre|vinted|"
    r"wallapop|subito\.it|leboncoin|kleinanzeigen|craigslist|idealo|manomano|wish\.com|"
    r"marktplaats|2dehands|2ememain|olx|blocket|tradera|trendyol|hepsiburada|ceneo|empik|cdon|finn\.no|mercari|"
    r"facebook marketplace|depop|back ?market|erli|plick|(?:su|on|auf|sur) subito|"
    r"yahoo!? ?(?:ショッピング|shopping|オークション)|メルカリ|楽天|ラクマ|ペイペイフリマ|"
    # the local classifieds and shops of the ten marketplaces' countries and their neighbours
    r"njuskal\w*|willhaben|kijiji|gumtree|catawiki|delcampe|milanuncios|todocoleccion|"
    r"emag\.\w+|galaxus|quoka|shpock|markt\.de|gittigidiyor|letgo|pttavm|ヤフオク|qoo10|"
    r"creema|zozotown|jofogas|bazos|sbazar|avito|rueducommerce|vide-dressing|selency|gratka|"
    r"sprzedajemy\.pl|dba\.dk|tori\.fi|sellpy|allegro lokalnie|ricardo\.ch|tutti\.ch|"
    r"anibis|hood\.de|real\.de|coolblue|2ememain|vinted"
)
# The same marketplaces as the name their bare domain is spelt with ("bol.com", "ebay.co.uk"):
# the link rule leaves such a domain to this rule, which knows a marketplace disowned ("the ad
# on Subito.it is not ours") from one the buyer is sent to.
MARKETPLACE_NAMES: Final = frozenset(
    [
        "ebay",
        "etsy",
        "aliexpress",
        "alibaba",
        "temu",
        "shein",
        "walmart",
        "otto",
        "cdiscount",
        "fnac",
        "zalando",
        "kaufland",
        "rakuten",
        "allegro",
        "bol",
        "mercadolibre",
        "vinted",
        "wallapop",
        "subito",
        "leboncoin",
        "kleinanzeigen",
        "craigslist",
        "idealo",
        "manomano",
        "marktplaats",
        "olx",
        "blocket",
        "tradera",
        "trendyol",
        "hepsiburada",
        "ceneo",
        "empik",
        "cdon",
        "finn",
        "mercari",
    ]
)
# The chat app every buyer knows, hinted at instead of named: "the green (chat) app" in each
# language, "WA" after a preposition ("per WA", "via WA"; "Spokane, WA" is a state),
# the Spanish "wasap", and LINE's "add us as a friend" / "友だち追加".
# (a remote's "green app button" / "grüne App-Taste" is a key, not a messenger)
_HINTED_APPS = (
    r"(?:green (?:chat |messaging |messenger |message )?app(?! (?:button|key)s?)|"
    r"grüne\w* (?:chat-?)?app(?!-?(?:taste|knopf))|"
    r"app(?:li|lication)? verte|(?:app|aplicación) verde|aplicació verda|groene (?:chat-?)?app|"
    r"zielon\w* (?:apk|aplikacj|appk)\w*|gröna (?:chatt-?)?app\w*|"
    r"yeşil (?:uygulama|mesajlaşma|sohbet)\w*|緑(?:色)?のアプリ|"
    r"(?:per|via|über|over|por|por el|su|op|przez) wa|wasap|wassap|guasap|"
    # "wsp" for WhatsApp (es, fr slang) after an article or a preposition
    r"(?:un|una|a|por|par|per|via|en|on|al|el|petit|p'tit|ptit|by) wsp|"
    r"(?:on|via|over|through|in) (?:the|a|our) (?:chat|messaging|messenger) app|"
    r"add (?:us|me) as (?:a )?friends?|add our (?:shop|store) (?:account|on|as a friend)|"
    r"(?:via|through|over) line|友だち追加|友達追加|line ?\( ?id|"
    # the other apps by their logo, as an app or a channel: Telegram's paper plane, PayPal's
    # blue P ("a paper plane" folded from the instructions is no app)
    r"(?:app|channel) with the (?:blue |white )?paper[- ]plane|paper[- ]plane (?:app|channel)|"
    r"(?:canale|app) con l'aeroplanino|(?:appli\w*|chaîne|canal) (?:à|avec) l'avion en papier|"
    r"(?:app|canal) (?:del|con el) avi[oó]n(?:cito)? de papel|(?:app|kanal) mit dem "
    r"(?:blauen )?papierflieger|papierflieger-app|(?:app|kanaal) met het (?:blauwe )?papieren "
    r"vliegtuigje|(?:aplikacj|kanał)\w* z (?:niebieskim )?(?:papierowym )?samolocikiem|"
    r"(?:app|kanal)\w* med (?:det blå )?pappersflygplanet|kağıt uçak\w* (?:uygulama|kanal)\w*|"
    r"紙飛行機(?:の)?(?:アプリ|マーク|アイコン)|(?:payment |pay )?app with the (?:big |blue )?p|"
    r"friends-and-family|"
    # messengers and social networks described by owner, kind or logo: "the app Meta owns
    # with the green bubble", "the photo-sharing app", "the short video app", "the little
    # blue bird app", "die App mit dem grünen Telefonhörer", "le réseau de photos"
    r"app (?:that |which )?meta owns|meta's (?:chat |messaging |photo )?app|app (?:owned by|"
    r"from) meta|(?:photo|picture|image|video)[- ]sharing (?:app|network|platform|site)|"
    r"short[- ](?:form )?video (?:app|platform|network)|(?:little |big )?blue bird (?:app|site)|"
    r"bird app|(?:big |large )?blue social (?:network|media site|app|site)|"
    r"app (?:with|that has) (?:the|a) (?:little )?green (?:[\w-]+ ){0,2}?(?:phone|bubble|"
    r"handset|receiver|icon|logo)|"
    r"app mit (?:dem|der|einem|einer) (?:kleinen )?grünen (?:telefonhörer|hörer|"
    r"sprechblase|telefon|logo|icon)\w*|kurzvideo-?app|foto-?netzwerk|"
    r"appli\w* (?:au|avec le|avec la) (?:petit )?(?:combiné|téléphone|logo|bulle) vert\w*|"
    r"réseau (?:social )?(?:de|des) (?:photos|vidéos courtes)|réseau social bleu|"
    r"appli\w* de (?:partage de )?(?:photos|vidéos courtes)|"
    r"app (?:del|con el|con la) (?:teléfono|auricular|bocadillo|logo|burbuja) verde|"
    r"red (?:social )?de (?:fotos|vídeos cortos)|app de (?:fotos|vídeos cortos)|"
    r"app con (?:la|il) (?:cornetta|fumetto|telefono|logo|cornetta del telefono) verde|"
    r"social (?:delle|di) foto|app (?:delle|di) (?:foto|video brevi)|"
    r"app met (?:het|de) (?:kleine )?groene (?:telefoontje|hoorntje|logo|belletje|"
    r"tekstballon)|app (?:voor|met) korte video'?s|"
    r"aplikacj\w* z (?:małą )?zielon\w* (?:słuchawk|dymk|ikon)\w*|"
    r"appen med (?:den )?gröna (?:luren|telefonen|bubblan|ikonen)|"
    r"yeşil telefon(?:lu)? uygulama\w*|(?:fotoğraf|kısa video) paylaşım uygulama\w*|"
    r"緑の(?:吹き出し|電話)(?:の)?アプリ|写真共有アプリ|青い鳥(?:の)?アプリ"
    r")(?![a-z0-9])"
)
# Names with a Polish case ending ("na Discordzie", "na WhatsAppie", "na Facebooku"); the
# endings are Polish ones, so "discordant" or "FBA" are not read as a channel.
_INFLECTED_CHANNELS = (
    r"(?:whatsapp|telegram|messenger|discord|instagram|facebook|snapchat|tiktok|skyp|viber|"
    r"wechat|twitter|youtub|pinterest|linkedin)(?:ie|zie|ze|u|a|em|ach|ami|owi|ow[a-z]*)(?![a-z])"
)
_MESSENGERS = (
    r"whats ?-?app|whatsapp|telegram|signal(?:-app| app| messenger)|(?:via|on|über|per|sur|"
    r"por|su) signal|we ?chat|viber|skype|discord|messenger|imessage|snapchat|facebook|"
    # ("FB-318" is a part code)
    r"face book|fb(?![a-z0-9]|-\d)|instagram|insta|tik ?-?tok|twitter|youtube|you tube|"
    r"pinterest|linkedin|"
    r"reddit|threema|line app|kakao ?talk|direct message|private message|"
    r"privatnachricht|message privé|mensaje privado|messaggio privato|"
    # slang and app stores: "the gram", "on IG", "our socials", "Google Play"
    r"the gram|(?:on|via|at|our|auf|bei|über|sur|en|por|su|nel) ig|(?:our|my|unsere|nos|nuestras|"
    r"i nostri) socials?|bluesky|threads app|mastodon|(?:google )?play store|google play|"
    r"app ?store|apple store|our (?:mobile )?app|unsere\w* app|notre (?:appli|application)|"
    r"nuestra (?:app|aplicación)|la nostra app|"
    # misspelt, split or transliterated names; video calls; link-in-bio pages
    r"whats ?-?ap|wats ?-?app|tele gram|sky pe|disc0rd|p4y ?-?pal|(?:on|via|over) zoom|"
    r"(?:on|via|over) (?:ms |microsoft )?teams|google meet|facetime|linktree|link in (?:our )?bio|"
    r"(?:on|at) threads|username on (?:all|every)|on all platforms|ワッツアップ|インスタ|ツイッター|"  # noqa: E501
    r"フェイスブック|ペイパル|ヤフオク|銀行振込|お振込"
)
_PAYMENT = (
    r"pay ?-?pal|venmo|zelle|cash ?app|western union|money ?gram|revolut|wise transfer|"
    r"bank ?transfer|wire transfer|bank details|bank account|swift code|crypto\w*|"
    # (Spanish "las velas iban cada una en su caja", "iban a llegar": the verb, not an IBAN)
    r"iban(?![a-z0-9])(?! (?:a|al|cada|bien|mal|juntos|juntas|dentro|en (?:el|la|los|las|un|una|su|sus|camino)|muy|tan|"  # noqa: E501
    r"todos|todas|sueltos|sueltas|"
    r"\w+ando|\w+iendo|\w+ados|\w+adas|\w+idos|\w+idas)(?![a-z]))|"
    r"bitcoin|btc|usdt|überweisung|überweisen sie|ueberweisung|ueberweisen sie|bankverbindung|kontoverbindung|"  # noqa: E501
    r"virement|coordonnées bancaires|transferencia|datos bancarios|cuenta bancaria|"
    r"bonifico|coordinate bancarie|ricarica postepay|postepay|bizum|satispay|"
    r"monzo|starling bank|pay (?:us|me) directly|payment outside|pay outside|(?:via|by|through|per|par|por|con|"  # noqa: E501
    r"tramite) pp|friends and family|amigos y familiares|amici e parenti|amis et famille|"
    r"freunde und familie|(?:par|via|avec|sur|un petit|une?) lydia|paylib|twint|mobilepay|"
    r"vipps|payconiq|betaalverzoek\w*|stripe|przelewy ?24|sumup|mollie|"
    # PayPal by its logo, and its "friends and family" payment, in each language
    r"(?:service|provider|company|platform|site|one) with the (?:big )?blue p|(?:dienst|"
    r"bezahldienst|zahlungsdienst|app|anbieter|service) mit dem (?:großen )?blauen p|"
    r"zahlung an freunde|"
    r"(?:au|le) p bleu|(?:la|una) p azul|(?:la|una) p blu|(?:de|een) (?:grote )?blauwe p|"
    r"(?:z|ze) niebieskim p|(?:det|ett) blå p|mavi p\w*|青い(?:p|Ｐ)|entre proches|"
    r"vrienden en familie|(?:dla|jako) (?:płatność )?(?:dla )?znajomych|znajomi i rodzina|"
    r"vänner och familj|amici e familiari|arkadaşa gönderim|"
    # a cheque sent to the seller: "par chèque à l'ordre de", "per assegno", "mit Scheck"
    r"(?:by|per|par|por|mit|med|via|con) (?:a |un |einen )?(?:cheque|check|cheque bancaire|"
    r"scheck|assegno(?: bancario)?)|czekiem|cek ile|a l'ordre de"
)
_CHANNELS = rf"{_MARKETPLACES}|{_MESSENGERS}|{_HINTED_APPS}|{_INFLECTED_CHANNELS}|{_PAYMENT}"
_NOT_AMAZON = r"(?! (?:on|at|in|auf|bei|de|en|sur|su|di|in|op|na|w|pa|i) amazon| amazon)"

# A marketplace described instead of named (set 11's ruling 1): its colour or logo and its
# kind ("that big blue web shop", "the shopping site with the orange logo", "die rote
# Auktionsplattform", "赤いロゴの大手フリマアプリ"), or "le bon coin" written as words.
_COLOURS_EN = (
    r"(?:red|blue|orange|yellow|purple|pink|green|black|turquoise|teal|colou?red|four-colou?red|"
    r"multicolou?red)"
)
_SHOPS_EN = (
    r"(?:web ?shop|online (?:shop|store|marketplace)|shopping (?:site|app|platform|website)|"
    r"market ?place|auction (?:site|app|portal|platform)|flea[- ]market app|resale app|"
    r"second-?hand (?:app|site|platform)|classifieds? (?:site|app)|(?:payment|pay|money|banking) app)"  # noqa: E501
)
_DESCRIBED_EN = (
    rf"{_COLOURS_EN}(?:[- ]logo(?:ed)?)? (?:[\w-]+ )?{_SHOPS_EN}|{_SHOPS_EN} with (?:the|a|an|its) "
    rf"(?:\w+ )?{_COLOURS_EN} (?:logo|letters)|(?:big|large|huge|well-known|famous) "
    rf"(?:\w+ )?{_SHOPS_EN}|"
    # "the sports retailer's marketplace, the one with the blue logo", "the crafts marketplace
    # that started in Brooklyn", "the app where you send money to a phone number"
    rf"(?:retailer|chain|app|platform|market ?place|site)'?s? (?:[^\s.!?;]+ ){{0,5}}?with (?:the|a|an|its) "  # noqa: E501
    rf"(?:\w+ )?{_COLOURS_EN} logo|(?:market ?place|platform|site) ~ (?:that|which) (?:started|began|was "  # noqa: E501
    r"founded|launched) in|(?:market ?place|platform|site), the one (?:that|which) (?:started|"
    r"began|was founded|launched) in|app (?:where|that|with which) (?:you|one|people) (?:pay|send money|"  # noqa: E501
    r"transfer money|send cash) (?:\w+ )?(?:with|to|by|using) (?:a |an |your |the |their )?(?:phone|mobile)"  # noqa: E501
)
_COLOURS_DE = r"(?:rot|blau|orange|gelb|lila|bunt|grün|schwarz|türkis)\w*"
_SHOPS_DE = (
    r"(?:web-?shop|online-?shop|online-?händler|online-?kaufhaus|marktplatz|shopping-?seite|bezahl-?app|"
    r"zahlungs-?app|einkaufsseite|auktions\w*|flohmarkt-?app|kleinanzeigen-?\w*|verkaufs-?app|"
    r"second-?hand-?app)"
)
_DESCRIBED_DE = (
    rf"{_COLOURS_DE} (?:[\w-]+ )?{_SHOPS_DE}|{_SHOPS_DE} mit (?:dem|den) (?:\w+ )?{_COLOURS_DE} "
    rf"(?:logo|buchstaben)|große\w* (?:\w+ )?{_SHOPS_DE}|(?:kette|app|plattform|marktplatz|seite) "
    rf"(?:[^\s.!?;]+ ){{0,5}}?mit (?:dem|den) (?:\w+ )?{_COLOURS_DE} logo|app, (?:mit der|bei der|über die) "  # noqa: E501
    r"man (?:\w+ )?(?:mit der|per|an die|an eine) (?:handy|telefon)"
)
_COLOURS_FR = r"(?:rouge|bleu|orange|jaune|violet|rose|vert|noir|turquoise)\w*"
_SHOPS_FR = (
    r"(?:boutique en ligne|site (?:de vente|marchand|d'annonces|d'enchères|de seconde main)|"
    r"place de marché|appli\w* de (?:vente|seconde main|petites annonces|paiement)|"
    r"application de paiement|marketplace)"
)
_DESCRIBED_FR = (
    rf"{_SHOPS_FR} (?:[\w-]+ )?{_COLOURS_FR}|{_SHOPS_FR} au logo (?:\w+ )?{_COLOURS_FR}|"
    rf"grand\w* {_SHOPS_FR}|(?:sur |le )bon coin|(?:enseigne|chaîne|marketplace|place de marché|"
    rf"appli\w*|plateforme|site) (?:[^\s.!?;]+ ){{0,5}}?(?:au|avec le|à) logo (?:\w+ )?{_COLOURS_FR}"  # noqa: E501
)
_COLOURS_ES = r"(?:roj|azul|naranja|amarill|morad|rosa|verde|negr|turquesa)\w*"
_SHOPS_ES = (
    r"(?:tienda (?:online|en línea)|(?:web|sitio|página|portal) de (?:compras|segunda mano|"
    r"anuncios|subastas)|app de (?:segunda mano|compraventa|anuncios|pagos?)|aplicación de pagos?|"
    r"marketplace)"
)
_DESCRIBED_ES = (
    rf"{_SHOPS_ES} (?:[\w-]+ )?{_COLOURS_ES}|"
    rf"{_SHOPS_ES} (?:del|con el) logo (?:\w+ )?{_COLOURS_ES}|gran\w* {_SHOPS_ES}|(?:cadena|app|"
    rf"aplicación|plataforma|marketplace|web) (?:[^\s.!?;]+ ){{0,5}}?(?:del|con el|de) logo (?:\w+ )?{_COLOURS_ES}"  # noqa: E501
)
_COLOURS_IT = r"(?:ross|blu|arancion|giall|viola|verde|ner|turchese)\w*"
_SHOPS_IT = (
    r"(?:negozio online|sito di (?:aste|annunci|shopping|e-?commerce|vendita|usato)|"
    r"app di (?:usato|annunci|compravendita|pagament\w*)|applicazione di pagament\w*|"
    r"portale (?:di aste|di annunci|d'aste)|marketplace)"
)
_DESCRIBED_IT = (
    rf"{_SHOPS_IT} (?:[\w-]+ )?{_COLOURS_IT}|"
    rf"{_SHOPS_IT} (?:col|con il|dal) logo (?:\w+ )?{_COLOURS_IT}|grand\w* {_SHOPS_IT}|(?:catena|"
    rf"app|applicazione|piattaforma|marketplace|sito) (?:[^\s.!?;]+ ){{0,5}}?(?:col|con il|dal) logo "  # noqa: E501
    rf"(?:\w+ )?{_COLOURS_IT}|al numero (?:del|della|dello|dell') ?(?:bottega|negozio|laboratorio|"
    r"atelier|officina|selleria|ditta)"
)
_DESCRIBED_JA = (
    r"(?:赤|青|オレンジ|黄|紫)(?:色)?い?の?ロゴの[^。]{0,10}?(?:通販|フリマ|オークション|ショッピング)|"
    r"大手(?:の)?(?:通販|フリマ|オークション|ショッピング)(?:サイト|アプリ)|"
    r"フリマ(?:アプリ|サイト)|オークションアプリ|"
    r"(?:赤|青|オレンジ|黄|紫|緑)(?:色)?い?の?ロゴの[^。]{0,10}?(?:決済|送金|支払い?)アプリ"
)

# Paying the seller with no payment app or bank named: by card over the phone to the office,
# cash in an envelope to the return address.  The money still leaves Amazon.
_PAY_OFF: Final = {
    # (the carrier may ask for import duty on the phone: a bare phone payment needs us)
    "en": r"(?:pay|settle|paying|settling)(?:s|ed)? ~ (?:over the phone|by phone|on the phone|"
    r"by telephone) (?:with|to) (?:us|our|me|my)|(?:pay|paying) us ~ (?:over the phone|by "
    r"phone|on the phone)|(?:pay|settle)(?:s|ed|ing)? ~ (?:by|with) (?:card|credit card|debit card|"
    r"cheque|check|cash) ~ (?:over the phone|by phone|on the phone|with our office|at our "
    r"office)|(?:ring|call|phone) ~ (?:and )?(?:pay|settle)(?:s|ing)? (?:by|with) (?:card|"
    r"credit card|debit card)|cash in (?:an|a) envelope|(?:send|post|put|pop|mail) (?:the )?"
    r"(?:cash|banknotes?|notes) (?:in|into|by)",
    "de": r"(?:zahlen|bezahlen|begleichen)\w* ~ (?:telefonisch|am telefon|per telefon)|"
    r"(?:telefonisch|am telefon|per telefon) ~ (?:zahlen|bezahlen|begleichen)|"
    r"telefonisch ~ (?:per|mit) (?:karte|kreditkarte)|bargeld ~ (?:im|in einem|per) "
    r"(?:umschlag|briefumschlag|brief)",
    "fr": r"(?:payer|payez|reglez|regler|paiement)\w*(?:-(?:les|le|la))? ~ (?:par telephone|"
    r"au telephone)|"
    r"(?:especes|billets?) ~ (?:dans une|sous) enveloppe",
    "es": r"(?:pagar|pague|abone|abonar|pago)\w* ~ (?:por telefono|por via telefonica)|"
    r"efectivo ~ (?:en un|en el|dentro de un) sobre",
    "it": r"(?:pagare|paghi|saldare|salda|saldi|pagamento)\w* ~ (?:al telefono|per telefono|"
    r"telefonicamente)|contanti ~ (?:in una|nella|dentro una) busta",
    "ja": r"電話(?:で|にて)(?:の)?(?:お?支払|決済|カード決済)|現金を封筒|封筒に現金",
}


OFF_AMAZON: Final = Lexicon(
    "off amazon",
    {
        "en": [
            # round 28b: a relative's or friend's shop recommended, or another shop praised over us
            r"(?:my|our) (?:\w+ )?(?:sister|brother|cousin|uncle|aunt|auntie|friend|mate|neighbour|neighbor|dad|mum|mom|father|mother|son|daughter|husband|wife|partner|brother-in-law|sister-in-law|colleague)'s (?:[\w-]+ ){0,2}?(?:shop|store|boutique|stall|workshop)",  # noqa: E501
            r"(?:much |far |a lot |way |so much |even )?(?:friendlier|nicer|kinder|more helpful) than (?:us|we are)",  # noqa: E501
            _CHANNELS,
            _DESCRIBED_EN,
            _PAY_OFF["en"],
            rf"(?:our|my) (?:own )?(?:web ?shop|online (?:shop|store|boutique)|websites?|"
            # "our site in Leeds", "our site manager": a warehouse or depot, not a website
            rf"web ?site|home ?page|e-?shop|e-?store|site(?! in (?!the |our |your |a |an )| "
            rf"(?:at|near|manager|managers|team|staff|supervisor|lead|office|foreman|crew)"
            rf"(?![a-z]))|domain|shopify store|"
            rf"online presence){_NOT_AMAZON}",
            rf"(?:visit|buy|order|purchase|shop|browse|find|check out|available|cheaper|"
            rf"come to|go to|see|look|get it|find it|sold|sell|stocked) ~ (?:our|my) (?:own )?"
            rf"(?:store|shop|boutique){_NOT_AMAZON}",
            rf"(?:our|my) (?:own )?(?:store|shop|boutique) (?:online|website|directly|has|"
            rf"offers|sells|at|on|is open){_NOT_AMAZON}",
            r"(?:buy|order|purchase|shop|get it)(?:ing)? (?:it |them |this |one )?direct(?:ly)?"
            r"(?! (?:on|at|from|through|via|in) amazon)|"
            r"direct(?:ly)? from us|from us directly|direct from (?:our|the) (?:warehouse|"
            r"workshop|factory|website|shop|store)|directly with us|with us directly",
            r"(?:contact|reach|text|email|e-mail|call|phone|ring|whatsapp|dm|write to) (?:us|me) "
            r"(?:directly|privately|personally|outside|by (?:phone|e-?mail|text)|via (?:e-?mail|"
            r"phone|text)|on (?:our|my)|at (?:our|my))",
            r"(?:call|phone|ring|text|sms|e-?mail|buzz|bell|holler at) (?:us|me)|give (?:us|me) a "
            r"(?:buzz|ring|bell|call|tinkle|text|phone call)|hit (?:us|me) up|slide into (?:our|my) "  # noqa: E501
            r"dms?|get in touch (?:directly|"
            r"by phone|by e-?mail|outside)|reach (?:us|me) (?:at|on|via)(?! (?:this|the|amazon|"
            r"your)(?: amazon)? (?:thread|messages?|messaging|chat|conversation|order page)|"
            r" amazon)",
            r"(?:our|my) (?:phone|telephone|hotline|mobile|cell|whatsapp|contact|direct|"
            r"personal|private|office|support) (?:number|line|e-?mail|address|no)|"
            r"(?:our|my) (?:e-?mail address|hotline|mobile number|phone number|cell number)",
            r"dm (?:us|me)|dms|send (?:us|me) a dm|(?:order|buy|purchase|pay)(?:ing)? (?:by|over "
            r"the|via|through) (?:phone|telephone|e-?mail|whatsapp|text)|our sales (?:team|"
            r"department|line)|our showroom|search (?:for )?(?:us|our \w+) on google|"
            r"google (?:us|our name)|"
            r"(?:outside|off) (?:of )?amazon|without amazon|skip amazon|avoid amazon|"
            r"amazon(?:'s)? fees?|no amazon fees?|cheaper (?:on|at|via|through) our|"
            r"bypass amazon|not through amazon|classifieds? (?:ads? )?(?:site|website|portal|app|"
            r"platform)|cash (?:by|in a|through) registered (?:post|mail|letter)",
            r"next time ~ (?:from us|directly|our (?:website|shop|store|site))",
            r"straight from (?:us|our|the (?:manufacturer|maker|factory))|that's us|(?:drop|send) us a dm|"  # noqa: E501
            r"(?:warehouse|factory) (?:shop|outlet|store)|(?:your|a) private e-?mail|(?:its|their) own "  # noqa: E501
            r"(?:online )?(?:shop|store|website|site)|sell (?:it|them|one|you one) (?:to you )?(?:privately|"  # noqa: E501
            r"directly|outside)|privately for less|skip the middleman|cut out the middleman|invoice you "  # noqa: E501
            r"(?:directly|separately)|(?:web ?address|website|url|homepage) (?:is )?(?:on|in) the (?:flyer|"  # noqa: E501
            r"leaflet|insert|card|box|packaging)|qr ?code (?:on|in) (?:the|your) (?:card|flyer|leaflet|"  # noqa: E501
            r"insert|parcel|package|box)|(?:any|a) search engine|(?:number|contact details|phone) (?:on|in|"  # noqa: E501
            r"from) our (?:seller profile|imprint|seller page)|our imprint|call (?:is|would be) (?:quicker|"  # noqa: E501
            r"faster) than|outside (?:of )?amazon(?:'s)? messag\w*",
            # no channel named: "outside of this platform", "settle it privately", "the
            # auction site beginning with e", "find us on social media"
            r"outside (?:of )?(?:this|the) (?:platform|marketplace)|outside (?:of )?this site|"
            r"away from amazon|instead "
            r"of (?:through |via |on )?amazon|directly between us|between us directly|somewhere "
            r"(?:more )?private|(?:settle|sort|handle|arrange|pay|continue|do) ~ privately|"
            r"auction (?:site|website|platform)|(?:site|platform|marketplace|website|app) "
            r"(?:beginning|starting|that starts|that begins) with|(?:find|follow|look) (?:us|me) "
            r"~ on (?:social media|socials?)",
            # the seller's own bricks-and-mortar shop (set 6's ruling 3)
            r"(?:pop|come|drop|call) (?:in|into|by|round) (?:to )?(?:our|my) (?:shop|store|"
            r"workshop|studio)|"
            r"(?:buy|get|order) ~ (?:at|in|from) our (?:physical |bricks-and-mortar |local )?"
            r"(?:shop|store)",
        ],
        "de": [
            # round 28b: a relative's or friend's shop recommended, or another shop praised over us
            r"(?:laden|geschäft|shop|werkstatt|boutique|\w+laden|\w+geschäft) (?:meines|meiner|unseres|unserer) (?:\w+ )?(?:onkels|bruders|schwester|cousine|cousins|freundes|freundin|tante|vaters|mutter|nachbarn|nachbarin|kollegen|kollegin|schwagers|schwägerin|bekannten)",  # noqa: E501
            r"(?:viel |deutlich |sogar )?(?:freundlicher|netter|hilfsbereiter) als wir",
            _CHANNELS,
            _DESCRIBED_DE,
            _PAY_OFF["de"],
            rf"unser(?:em|en|e|er|es)? (?:eigene[nmrs]? )?(?:online-?shops?|web-?shops?|shops?|website|"  # noqa: E501
            rf"webseite|homepage|internetseite|internetshop|onlineshop|laden|geschäft|"
            rf"domain|shopify-shop){_NOT_AMAZON}",
            r"direkt (?:bei|über|von|mit) uns|direkt (?:kaufen|bestellen|beziehen|einkaufen)|"
            r"(?:kaufen|bestellen) sie ~ direkt|direkt im shop",
            r"(?:kontaktieren|schreiben|mailen|erreichen|melden) sie (?:sich )?(?:bei )?(?:uns|mich) "  # noqa: E501
            r"(?:\w+ ){0,5}(?:direkt|außerhalb|telefonisch|privat)|klingeln sie (?:mal )?durch|"
            r"impressum (?:unseres|unserer|auf unserer|im)|"
            r"(?:kontaktieren|schreiben|mailen|erreichen) sie (?:uns|mich) (?:direkt|per|unter|"
            r"über|telefonisch|privat)|rufen sie (?:uns|mich) ~ an|uns (?:direkt|telefonisch|"
            r"per e-?mail|per mail|privat) (?:erreichen|kontaktieren|schreiben)|"
            r"(?:senden|schicken) sie uns eine (?:e-?mail|mail|sms)|per e-?mail an uns",
            r"unsere\w* (?:telefonnummer|e-?mail-?adresse|e-?mail|mailadresse|handynummer|"
            r"hotline|mobilnummer|rufnummer|festnetznummer|whatsapp-nummer)",
            r"außerhalb (?:von )?amazon|nicht über amazon|ohne amazon|an amazon vorbei|"
            r"amazon-?gebühren|(?:sparen|spart|ohne|keine|entfällt|entfallen) (?:sie )?(?:die |der )?"  # noqa: E501
            r"amazon-?gebühr\w*|günstiger (?:bei|in|über) uns|kleinanzeigen-?(?:portal|seite|plattform)\w*|"  # noqa: E501
            r"(?:bargeld|geld) ~ (?:per|als|im) einschreiben",
            r"beim nächsten mal ~ (?:bei uns|direkt)",
            r"das sind wir|(?:unserer|unsere) eigenen? seite|werksverkauf|lagerverkauf|privat (?:günstiger|"  # noqa: E501
            r"billiger|verkaufen)|verkaufen ~ privat|webadresse|qr-?code (?:auf|im|in)|suchmaschine|bei "  # noqa: E501
            r"google (?:ein|suchen)|unserem impressum|im impressum|ohne zwischenhändler",
            r"außerhalb (?:dieser|der) plattform|abseits von amazon|(?:an)?statt über amazon|"
            r"privat (?:regeln|klären|abwickeln|begleichen)|auktions(?:seite|plattform|haus)|"
            r"(?:finden|folgen) sie uns ~ (?:in den sozialen medien|auf social media)",
            r"kommen sie (?:\w+ )?(?:in unseren? |bei uns im )(?:laden|werkstatt|geschäft)|"
            r"schauen sie (?:\w+ )?(?:bei uns|in unserem laden) vorbei|(?:kaufen|holen|bekommen) "
            r"sie (?:[^\s.!?;,]+ ){0,5}?(?:in unserem|bei uns im) (?:laden|geschäft|hofladen)|"
            r"in unserem ladengeschäft",
        ],
        "fr": [
            # round 28b: a relative's or friend's shop recommended, or another shop praised over us
            r"(?:magasin|boutique|atelier|commerce|échoppe)(?: de [\w-]+)? (?:de|d') ?(?:ma|mon|notre) (?:cousin\w*|sœur|soeur|frère|oncle|tante|ami\w*|copain|copine|voisin\w*|père|mère|beau-frère|belle-sœur)",  # noqa: E501
            r"(?:bien |beaucoup )?plus (?:sympa|aimables?|gentils?|gentilles?|serviables?|accueillant\w*) que nous",  # noqa: E501
            _CHANNELS,
            _DESCRIBED_FR,
            _PAY_OFF["fr"],
            rf"(?:notre|nos|ma|mon) (?:propre )?(?:boutique(?: en ligne)?|site(?: web| internet)?|"
            rf"e-?shop|magasin(?: en ligne)?|page|domaine){_NOT_AMAZON}",
            r"directement (?:auprès de nous|chez nous|sur notre|de nous|avec nous)|"
            r"(?:commandez|achetez|commander|acheter)(?:-le| le)? directement",
            r"passez-nous un (?:coup de fil|appel|coup de téléphone)|un coup de fil|"
            r"appelez-nous|appelez nous|téléphonez-nous|contactez-nous (?:directement|par|au|"
            r"sur|via)|écrivez-nous (?:directement|à|par|sur|via)|envoyez-nous (?:un|une) "
            r"(?:e-?mail|mail|sms|courriel|texto)|joignez-nous",
            r"notre (?:numéro(?! (?:siret|siren|de tva|tva|de commande|de suivi|d'identification|"
            r"intracommunautaire|de dossier|de facture|d'entreprise|rcs|eori))|adresse e-?mail|"
            r"adresse mail|adresse électronique|téléphone|"
            r"ligne directe|e-?mail|mail|courriel|hotline)",
            r"en dehors d'amazon|hors d'amazon|hors amazon|sans passer par amazon|sans amazon|"
            r"frais d'amazon|moins cher (?:sur|chez) nous|site (?:de|d') (?:petites )?annonces|"
            r"espèces ~ (?:en|par) (?:lettre )?recommandée?",
            r"la prochaine fois ~ (?:chez nous|directement|sur notre site)",
            r"virez|sur notre compte|en privé|adresse web|qr ?code (?:sur|dans)|moteur de recherche|"  # noqa: E501
            r"sur google|mentions légales|en dehors de la messagerie",
            r"en dehors de (?:cette|la) plateforme|hors de (?:cette|la) plateforme|loin d'amazon|"
            r"au lieu de passer par amazon|plutôt que (?:par|via) amazon|site d'enchères|"
            r"cherchez notre nom|(?:trouvez|suivez|retrouvez)-nous ~ sur les réseaux",
            r"(?:passez|venez) (?:nous voir )?(?:à la|en|dans notre|à notre) (?:boutique|atelier|"
            r"magasin)|(?:achetez|achetez-le|achetez-la|prenez-le) ~ (?:dans notre|à notre) "
            r"(?:boutique|magasin)",
        ],
        "es": [
            # round 28b: a relative's or friend's shop recommended, or another shop praised over us
            r"(?:tienda|ferretería|taller|comercio|negocio|local|librería|papelería)(?: de [\w-]+)? de (?:mi|mis|nuestr[oa]) (?:amig[oa]|herman[oa]|prim[oa]|tí[oa]|cuñad[oa]|vecin[oa]|padre|madre)",  # noqa: E501
            r"(?:mucho )?más (?:amables?|simpátic\w*|atent[oa]s?|majos?|majas?) que nosotros",
            # Portuguese, Catalan and Norwegian: "na nossa loja online", "la nostra botiga en línia", "nettbutikken vår"  # noqa: E501
            r"(?:na )?nossa loja|loja (?:online|virtual)|compre diretamente|botiga en línia|(?:la )?nostra botiga|compreu directament|nettbutikk\w*|(?:kjøp|bestill)\w* direkte",  # noqa: E501
            _CHANNELS,
            _DESCRIBED_ES,
            _PAY_OFF["es"],
            rf"nuestra (?:propia )?(?:tienda(?: online| en línea| web)?|página(?: web)?|web)"
            rf"{_NOT_AMAZON}|nuestro (?:propio )?(?:sitio(?: web)?|e-?commerce|portal|"
            rf"dominio){_NOT_AMAZON}",
            r"directamente (?:con nosotros|a nosotros|de nosotros|en nuestra|en nuestro)|"
            r"(?:compre|pida|cómprenos|pídanos|comprar|pedir)(?:nos)? directamente",
            r"(?:danos|denos|dénos|hazme|hágame|haznos|háganos) (?:un toque|una llamada|un "
            r"telefonazo)|llámenos|llámanos|contáctenos (?:directamente|por|al|en|vía)|contáctanos "
            r"(?:directamente|por|al|en|vía)|escríbanos (?:directamente|a|al|vía|por (?:correo|e-?mail|"  # noqa: E501
            r"whatsapp|teléfono|sms|mensaje privado))|"
            r"escríbenos (?:directamente|a|al|vía)|envíenos un (?:correo|email|e-mail|sms|"
            r"mensaje directo)",
            r"nuestro (?:teléfono|número|correo|email|e-mail|whatsapp|móvil)|nuestra "
            r"(?:dirección de correo|línea directa)",
            r"(?:web|portal|página) de anuncios (?:clasificados|de segunda mano)|efectivo ~ (?:por|en) "  # noqa: E501
            r"(?:carta )?certificad\w*|"
            r"fuera de amazon|sin pasar por amazon|sin amazon|comisiones de amazon|más barato "
            r"con nosotros",
            r"la próxima vez ~ (?:directamente|con nosotros|en nuestra)",
            r"en privado|dirección web|código qr (?:en|de)|buscador|en google|aviso legal|fuera de la "  # noqa: E501
            r"mensajería",
            r"fuera de (?:esta|la) plataforma|en lugar de (?:a través de |por )?amazon|"
            r"(?:sitio|web|página) de subastas|busque nuestro nombre|"
            r"(?:síganos|encuéntrenos|búsquenos|nos encuentra) ~ en (?:las )?redes",
            r"(?:venga|pase|pásese|pásate|ven) (?:por|a) (?:la|nuestra) (?:tienda|taller)|"
            r"(?:compre|cómprelo|cómprela|cómprelos) ~ en nuestra tienda",
        ],
        "it": [
            # round 28b: a relative's or friend's shop recommended, or another shop praised over us
            r"(?:negozio|bottega|laboratorio|\w+eria) (?:[\w-]+ ){0,2}?(?:di|del|della) (?:mio|mia) (?:amic\w*|fratello|sorella|cugin\w*|zi[oa]|cognat\w*|vicin\w*|padre|madre)",  # noqa: E501
            r"(?:molto )?più (?:gentil\w*|cortes\w*|simpatic\w*|disponibil\w*) di noi",
            _CHANNELS,
            _DESCRIBED_IT,
            _PAY_OFF["it"],
            rf"(?:il |nel |sul |dal )?nostro (?:sito(?: web| internet)?|negozio(?: online)?|"
            rf"e-?shop|shop(?: online)?|portale|dominio){_NOT_AMAZON}|la nostra (?:pagina|"
            rf"boutique|bottega online){_NOT_AMAZON}",
            r"direttamente (?:da noi|con noi|sul nostro|presso di noi)|"
            r"(?:acquisti|acquistare|acquisti|ordinare|compri|comprare|compra) direttamente",
            r"(?:dacci|ci dia|ci faccia|fateci|facci) (?:un colpo di telefono|uno squillo|una "
            r"telefonata)|chiamateci|ci chiami|chiamaci|telefonateci|contattateci (?:direttamente|via|per|al|"  # noqa: E501
            r"su)|contattaci (?:direttamente|via|per|al|su)|ci contatti (?:direttamente|via|per|"
            r"al|su)|ci scriva (?:direttamente|a|via|per|su)|scriveteci (?:a|via|su)|ci invii "
            r"(?:una e-?mail|un sms|un messaggio)",
            r"il nostro (?:numero|telefono|indirizzo e-?mail|indirizzo email|email|e-mail|"
            r"whatsapp|cellulare)",
            r"sito di annunci\w*|contanti ~ (?:per|in|con) raccomandata|"
            r"al di fuori di amazon|fuori da amazon|senza passare (?:da|per) amazon|senza amazon|"
            r"commissioni di amazon",
            r"la prossima volta ~ (?:da noi|direttamente|sul nostro)",
            r"privatamente|indirizzo web|codice qr (?:sul|nel|nella)|motore di ricerca|su google|note "  # noqa: E501
            r"legali|fuori dalla messaggistica",
            r"fuori da(?:lla| questa) piattaforma|al di fuori (?:della|di questa) piattaforma|"
            r"invece che (?:tramite|su|attraverso) amazon|sito di aste|cerchi il nostro nome|"
            r"(?:ci trova|ci segua|seguici|trovaci|ci cerchi) ~ (?:sui|nei) (?:nostri )?social",
            r"(?:venga|passi|vieni|passa) (?:pure |a trovarci )?in (?:bottega|negozio|laboratorio)|"
            r"(?:acquisti|compri|lo acquisti|lo compri) ~ nel nostro negozio",
        ],
        "ja": [
            # round 28b: a relative's or friend's shop recommended, or another shop praised over us
            r"(?:私|わたし|僕|うち)の(?:友人|友達|知人|兄|姉|弟|妹|いとこ|叔父|伯父|叔母|伯母|親戚|父|母)の[^。、]{0,10}?(?:店|ショップ|屋)",
            r"(?:当店|うち|弊社)より(?:も)?(?:ずっと|はるかに)?(?:親切|丁寧|感じがいい|感じが良い)",
            _CHANNELS,
            _DESCRIBED_JA,
            _PAY_OFF["ja"],
            r"当店(?:の)?(?:公式)?(?:ホームページ|ウェブサイト|サイト|ネットショップ|オンラインショップ)|"
            r"公式サイト|自社サイト|直接(?:ご連絡|ご?注文|お問い合わせ|ご?購入|お取引|お電話)|アマゾン以外|"
            r"amazon以外|amazonを通さず|amazonを通さない|アマゾンを通さない|現金書留|lineで|line id|ライン|お電話ください|電話でご連絡|"  # noqa: E501
            r"line公式|lineアカウント|line@|楽天|ヤフーショッピング|yahooショッピング|メルカリ|"
            r"paypay|当店ページ|自社ショップ|弊社サイト|qrコード|チラシ|検索エンジン|直接(?:お安く)?お売り|"
            r"amazonを通さず|アマゾンを通さず|このプラットフォーム(?:の)?外|オークションサイト|"
            r"個人的に(?:お取引|精算|ご返金)|公式通販|自社通販|直販サイト|当店の通販|"
            r"実店舗で(?:お求め|ご購入|お買い)|当店の店頭で(?:お求め|ご購入|お買い)|"
            # a town's return gift as the way to get the goods: "ふるさと納税の返礼品にも"
            r"ふるさと納税|返礼品",
        ],
    },
)

# The seller's other channel priced against Amazon, or Amazon left out of the sale: "the
# refills are cheaper there than here", "Amazonよりお安く", "sans passer par la plateforme",
# "där slipper vi avgifterna".  Whatever the channel (a stall, a farm shop, a phone order),
# the comparison or the bypass sends the next purchase off Amazon.
ELSEWHERE: Final = Lexicon(
    "cheaper elsewhere",
    {
        "en": [
            r"(?:than|to) going through (?:here|amazon)|"
            r"(?:order|buy|orders) (?:\w+ )?directly (?:from|with) us|by invoice directly",
            r"(?:cheaper|less|lower|better) (?:there |in (?:the|our) (?:shop|store) )?than "
            r"(?:here|on amazon|amazon|through amazon|via amazon)|without (?:going through|the "
            r"detour via|amazon in between)|(?:skip|avoid|save|bypass|spare) (?:you |us )?(?:the )?"
            r"(?:amazon|platform|marketplace)(?:'s)? (?:fees?|commission|cut)|(?:bypass|skip|cut "
            r"out) (?:amazon|the platform|the marketplace|the middleman)|(?:amazon|the platform) "
            r"(?:earns|makes|gets|takes) nothing|same price as (?:on )?"
            r"(?:our|the) (?:website|site|web ?shop)",
        ],
        "de": [
            r"(?:nicht (?:immer |mehr )?)?(?:den )?umweg über (?:amazon|die plattform)|"
            r"direkt bei uns (?:bestellen|kaufen)",
            r"(?:günstiger|billiger|preiswerter|weniger) (?:\w+ )?als (?:hier|bei amazon|auf "
            r"amazon|über amazon)|ohne (?:den )?umweg (?:über|via) (?:amazon|die plattform)|"
            r"ohne (?:den )?umweg|an amazon vorbei|(?:plattform|marktplatz)gebühr\w*|"
            r"zum ladenpreis|besser\w* preis als (?:hier|bei amazon)|"
            r"(?:amazon|die plattform) (?:verdient|bekommt) (?:daran |dabei )?nichts",
        ],
        "fr": [
            r"que de passer par (?:ici|amazon)|en direct (?:sur devis|chez nous)",
            r"moins cher\w* (?:\w+ )?qu'(?:ici|sur amazon)|meilleur prix qu'(?:ici|sur amazon)|sans passer par (?:amazon|la plateforme|le "  # noqa: E501
            r"site|la place de marché)|(?:évitez|éviter|économisez|économiser) (?:les )?(?:frais|"
            r"commissions) (?:d'amazon|de la plateforme|qu'on répercute)",
        ],
        "es": [
            # "más barato que pasar por Amazon", not "todo tiene que pasar por Amazon"
            r"(?:más|mejor|menos|antes|barat[oa]s?) (?:[^\s.!?;]+ ){0,4}?que pasar por (?:aquí|amazon)|"  # noqa: E501
            r"(?:compre|pida|cómprenos) directamente (?:a|con) nosotros",
            r"más barat[oa]s? (?:\w+ )?que (?:aquí|en amazon)|(?:dejamos|dejo|hacemos|hago|sale|"
            r"queda) (?:\w+ )?mejor (?:precio )?que (?:aquí|en amazon)|mejor precio que (?:aquí|en amazon)|sin pasar por (?:la plataforma|amazon)|"  # noqa: E501
            r"(?:se )?(?:ahorra|evita)\w* (?:las )?comisiones|mismo precio que (?:en )?(?:la|nuestra) web",  # noqa: E501
        ],
        "it": [
            r"che passare (?:da|per) (?:qui|amazon)|(?:ordini|compri|acquisti) direttamente da noi",
            r"(?:(?:costa|costano|costerà) meno|meno car[oa]|più convenient\w*|prezzo più basso) "
            r"(?:\w+ )?(?:che|di) (?:qui|su amazon)|prezzo migliore (?:che|di) (?:qui|su amazon)|(?:evit|risparmi)\w* (?:le )?commissioni|senza passare (?:dalla|per la|da|per) (?:piattaforma|amazon)|stesso prezzo del (?:nostro )?sito|"  # noqa: E501
            r"senza (?:le )?commissioni",
        ],
        "ja": [
            r"(?:amazon|アマゾン)(?:より|よりも)[^。]{0,8}?(?:安|お得)|店頭価格|手数料(?:が|も)?かから(?:ない|ず)|"
            r"手数料(?:の)?分(?:を|だけ)?(?:お)?(?:安く|値引き|お得)"
        ],
        "nl": [
            r"amazon-?marge|(?:dan|als) via (?:hier|amazon)|"
            r"rechtstreeks bij ons (?:bestellen|kopen)",
            r"goedkoper (?:\w+ )?dan (?:hier|op amazon|via amazon)|betere prijs dan (?:hier|op amazon)|zonder (?:tussenkomst van |de "  # noqa: E501
            r"omweg via )?(?:amazon|het platform)|(?:platform|amazon)kosten (?:besparen|uitsparen)|"
            r"verdient (?:het platform|amazon) er niets aan",
        ],
        "pl": [
            r"(?:niższe|tańsze|lepsze) niż (?:tutaj|tu|na amazon\w*)|"
            r"zapraszamy bezpośrednio do nas",
            r"taniej (?:\w+ )?niż (?:tutaj|tu|na amazon\w*)|bez pośrednictwa (?:amazon\w*|platform\w*)|"  # noqa: E501
            r"bez prowizji",
        ],
        "sv": [
            r"än att gå via (?:här|amazon)|(?:beställ|köp) direkt (?:hos|av) oss",
            r"billigare (?:\w+ )?än (?:här|på amazon)|bättre pris än (?:här|på amazon)|(?:kostar|kosta) (?:\w+ )?mindre än här|"  # noqa: E501
            r"utan att gå via (?:amazon|plattformen)|(?:slipper|sparar|undviker) (?:vi |ni |du )?"
            r"(?:amazons? |plattformens )?avgifter\w*",
        ],
        "tr": [
            r"buradan (?:almak|geçmek) yerine|doğrudan bizden (?:alın|sipariş)",
            r"(?:buradan|amazon'?dan|burada(?:kinden)?) daha (?:ucuz|uygun)|amazon'?u? (?:aradan "
            r"çıkararak|atlayarak)|komisyon\w* (?:ödemeden|olmadan)",
        ],
    },
)

# The maker's website pointed at for help with the product ("the manufacturer has an exploded
# diagram on its own website", "メーカーの公式サイトに分解図がございます"): the maker (MAKER) and a
# piece of help (MAKER_HELP) in the sentence make "its own website" the maker's, not ours.
MAKER: Final = Lexicon(
    "maker",
    {
        "en": [r"manufacturer\w*|maker(?:'s)?|the brand(?:'s)?"],
        "de": [r"hersteller\w*"],
        "fr": [r"fabricant\w*|constructeur\w*"],
        "es": [r"fabricante\w*"],
        "it": [r"produttor\w*|casa madre"],
        "ja": [r"メーカー|製造元"],
    },
)
MAKER_HELP: Final = Lexicon(
    "maker help",
    {
        "en": [
            r"diagrams?|manuals?|instructions?|support|guides?|drawings?|firmware|drivers?|faqs?|"
            r"videos?|spare parts? lists?|parts lists?|exploded views?"
        ],
        "de": [
            r"explosionszeichnung\w*|anleitung\w*|handbuch\w*|support|hilfe|zeichnung\w*|"
            r"firmware|treiber|video\w*|ersatzteilliste\w*"
        ],
        "fr": [
            r"vue éclatée|schéma\w*|notice\w*|manuel\w*|mode d'emploi|assistance|support|"
            r"guide\w*|vidéo\w*|pilote\w*"
        ],
        "es": [r"despiece|esquema\w*|manual\w*|instrucciones|soporte|guía\w*|vídeo\w*"],
        "it": [r"esploso|schem\w*|manual\w*|istruzioni|assistenza|supporto|guida|video\w*"],
        "ja": [r"分解図|図解|説明書|マニュアル|取扱説明|サポート|動画|ドライバ|ファームウェア"],
    },
)
# "its own website", "公式サイト" (not "its own shop": that is a place to buy)
_MAKER_SITE: Final = re.compile(r"(?:its|their) own (?:web)?site|公式サイト")

RULE = "off-amazon"
_MESSAGE = (
    "This moves the buyer off Amazon (own shop or website, buying directly, another "
    "marketplace, a messenger or social network, payment outside Amazon, or contact outside "
    "Amazon's messaging). All sales, payments and contact must stay on Amazon."
)
_SUGGESTION = (
    "Remove it; the buyer can reply to this message on Amazon, and buys and pays on Amazon."
)
_HANDLE_MESSAGE = (
    "A social-media handle moves the buyer off Amazon; all contact stays in Amazon's messaging."
)

# Another marketplace or venue described, not named: "the best-known second-hand app in Spain",
# "the largest Polish auction platform", "the big marketplace with the orange logo", the model
# railway fair.  With the seller's shop there (VENUE_SHOP, in the sentence or the next) it is
# the buyer sent to buy elsewhere.
VENUE: Final = Lexicon(
    "other venue",
    {
        "en": [
            # a stall at a named market, a fair: "a stall at the Saturday market", "the craft show in Leeds"  # noqa: E501
            r"(?:a|our) (?:market )?stall (?:at|in|on)|(?:weekly|saturday|sunday|street|night|food|vintage) markets?|[a-z]+ market (?:on|every) (?:saturday|sunday|weekend|friday)s?|(?:the )?[a-z]+ (?:fair|expo|show) in [a-z]+",  # noqa: E501
            r"marketplace|auction (?:site|platform|app)|(?:second-hand|secondhand|resale|"
            r"classifieds?|selling|buy-and-sell) (?:app|site|platform)|(?:other|another|biggest|"
            r"largest|best-known|best known|well-known|big) (?:\w+ ){0,2}?platform|"
            r"(?:craft|flea|christmas|farmers'?) (?:market|fair)|market stall|our stall|"
            r"(?:a|our) stall (?:at|on|in)|(?:sunday|saturday|weekly|local|street|village|night) "
            r"market|"
            r"same (?:shop|store|seller) name|(?:our|the) (?:shop|showroom|workshop|nursery) in "
            r"[a-z]+|trade fair|"
            # a site or portal described by its rank or kind: "the biggest classifieds portal"
            r"(?:biggest|largest|best-known|best known|well-known|other|another) (?:\w+ ){0,2}?"
            r"(?:site|portal|website|app)|classifieds? (?:portal|website)",
        ],
        "de": [
            r"marktplatz\w*|auktionsplattform\w*|auktionshaus|"
            r"(?:andere\w*|größte\w*|bekannteste\w*)"
            r" (?:\w+ ){0,2}?plattform\w*|kleinanzeigen\w*|flohmarkt\w*|[\w-]*-?markt (?:in|am|im)|"
            r"(?:weihnachts|kunsthandwerker|bauern|modellbahn|floh|wochen)-?(?:markt|messe)\w*|"
            r"stand \d+|gleichen shopnamen|(?:unser\w*|im) (?:laden|geschäft|werksverkauf) in|"
            r"(?:größte\w*|bekannteste\w*|andere\w*) (?:\w+ ){0,2}?(?:portal|webseite|website|"
            r"seite|app)\w*|anzeigenportal\w*"
        ],
        "fr": [
            # a named market or fair: "au marché de Lyon le samedi"
            r"marché (?:de |d'|du )[a-z]+|marché (?:le|du) (?:samedi|dimanche)|salon (?:de |d')[a-z]+",  # noqa: E501
            r"place de marché|plateforme|site d'enchères|appli\w* (?:de )?(?:seconde main|revente|"
            r"petites annonces)|brocante|marché (?:de noël|artisanal|aux puces)|notre stand|"
            r"(?:un|notre) stand (?:au|sur le) marché|"
            r"même nom de (?:boutique|magasin)|notre (?:boutique|atelier|magasin) (?:à|de)|"
            r"(?:plus grand|principal|autre) (?:\w+ )?(?:site|portail)|"
            r"site (?:de petites )?annonces",
        ],
        "es": [
            # a weekly market, a fair: "el mercadillo de los domingos"
            r"mercad(?:o|illo) de los (?:sábados|domingos)|feria de [a-z]+|"
            r"(?:web|tienda online|tienda en línea) de (?:la|una) (?:gran superficie|gran cadena|"
            r"cadena)|grandes almacenes|gran superficie",
            r"(?:aplicación|app|plataforma|web) de (?:compraventa|segunda mano|subastas|anuncios)|"
            r"plataforma|mercadillo|mercado (?:de segunda mano|navideño|artesanal)|nuestro puesto|"
            r"(?:un|nuestro) puesto en el (?:mercado|rastro)|"
            r"mismo nombre de (?:la )?tienda|nuestra tienda (?:de|en)|"
            r"(?:mayor|más conocid[oa]|otr[oa]) (?:\w+ )?(?:portal|web|página|sitio)|portal de "
            r"anuncios",
        ],
        "it": [
            # a named fair or market: "alla fiera di Verona"
            r"fiera (?:di|a|del|della|dello|dei|delle) [a-z]+|mercato (?:del|della|di) [a-z]+|"
            r"(?:passi|passate|venga|venite|vieni) (?:a trovarci )?al nostro (?:stand|banco)",
            r"piattaforma|app di (?:compravendita|annunci|seconda mano|aste)|sito di (?:aste|"
            r"annunci)|mercatino|annuncio su|su subito|nostro banco|bancarella|in fiera|al mercato|"
            r"padiglione|stesso nome del negozio|(?:in|nel nostro) negozio a|"
            r"(?:più grande|più noto|altro) (?:\w+ )?(?:sito|portale)|portale di annunci",
        ],
        "ja": [
            r"実店舗|直営店|同じ店名",
            r"フリマアプリ|オークションサイト|他(?:の)?(?:通販)?サイト|マルシェ|即売会|イベント出店|"
            r"直売会|直売所|販売会",
        ],
        "nl": [
            # a weekly market: "op de zaterdagmarkt in Utrecht"
            r"(?:zaterdag|zondag|week|boeren|vrijdag)markt\w*|markt (?:in|op) [a-z]+|beurs in [a-z]+",  # noqa: E501
            r"dezelfde winkelnaam|onze (?:winkel|kwekerij|werkplaats|showroom) in",
            r"marktplaats|veilingsite|(?:tweedehands|verkoop)(?:app|site|platform)|"
            r"(?:ander|grootste|bekendste)\w* (?:\w+ )?platform|rommelmarkt|kerstmarkt|onze kraam|"
            r"(?:ander|grootste|bekendste)\w* (?:\w+ ){0,2}?(?:site|website|app)|"
            r"advertentiesite\w*|"
            r"(?:grootste|bekendste)\w* (?:\w+ ){0,2}?[\w-]*(?:platform|site|website|app)\w*|"
            # "op zaterdag staan we op de Noordermarkt": the shop's own market stall
            r"staan (?:we|wij) (?:[\w-]+ ){0,6}?op (?:de )?(?:[\w-]+ )?[\w-]*markt\w*",
        ],
        "pl": [
            # a weekly market: "na sobotnim targu"
            r"targ\w* w [a-z]+|(?:sobotni|niedzielny)\w* targ\w*",
            r"sklep nazywa się tak samo|nasz\w* sklep\w* stacjonarn\w*",
            r"platform\w* (?:aukcyjn|sprzedażow|ogłoszeniow)\w*|"
            r"serwis\w* (?:aukcyjn|ogłoszeniow)\w*|"
            r"(?:najwięks|inn|znan)\w* (?:\w+ ){0,2}?platform\w*|targ\w* (?:staroci|rękodzieła)|"
            r"jarmark\w*|nasz\w* stois\w*|(?:portal|serwis|stron)\w* z (?:\w+ )?ogłosze\w*|"
            r"(?:najwięks|inn|znan)\w* (?:\w+ ){0,2}?(?:portal|serwis)\w*",
        ],
        "sv": [
            # a weekly market: "på lördagsmarknaden i Lund"
            r"(?:lördags|söndags)marknad\w*|marknad\w* i [a-z]+|mässa\w* i [a-z]+",
            r"samma butiksnamn|vår butik i",
            r"auktionssajt\w*|(?:andra|största|kända) (?:\w+ )?plattform\w*|köp- och säljapp\w*|"
            r"loppis\w*|julmarknad\w*|vårt bord|vår monter|annonssajt\w*|"
            r"(?:största|kända|andra) (?:\w+ ){0,2}?(?:sajt|webbplats|app)\w*|"
            r"(?:största|kända) (?:\w+ ){0,2}?[\w-]*-(?:sajt|site|app)\w*",
        ],
        "tr": [
            # a weekly market, a fair: "cumartesi pazarında"
            r"(?:cumartesi|pazar) pazar\w*|fuar\w*",
            r"aynı mağaza adı\w*|(?:dükkanımız|atölyemiz|mağazamız)(?:a|da) gel\w*",
            r"pazaryeri\w*|açık artırma sitesi\w*|ikinci el (?:uygulama|site)\w*|bit pazarı\w*|"
            r"standımız\w*|ilan sitesi\w*|(?:en büyük|bilinen|başka) (?:\w+ ){0,2}?(?:site|portal|"
            r"uygulama)\w*",
        ],
    },
)
# The seller's shop there: "under the same shop name", "dort verkaufen wir auch", "la tenemos
# en", "mağazamızda", "znajdzie ją Pan u nas".
VENUE_SHOP: Final = Lexicon(
    "our shop there",
    {
        "en": [
            # all the goods there: "with the full range"
            r"(?:the )?(?:full|whole|entire|complete) (?:range|collection|line|selection)|everything we make",  # noqa: E501
            r"same (?:shop|store|seller) name|"
            r"take (?:it|them) (?:home|away) (?:there|with you|straight)|pay (?:at the till|there)|"
            r"where you can (?:buy|take|pick up|try|get)|take (?:the other|other) [\w-]+ home",
            r"(?:under|with|by) (?:the same|our) (?:shop |store |seller )?name|we (?:also )?sell "
            r"(?:it|them|those|spare parts|everything) there|(?:find|get) (?:it|them|us) there|"
            r"we (?:still )?have (?:it|them|one) (?:there|on)",
        ],
        "de": [
            r"gleichen shopnamen|(?:nehmen sie|mitnehmen) ~ (?:gleich|sofort|direkt) mit|"
            r"gleich mitnehmen|(?:direkt|gleich) (?:anprobieren|mitnehmen)|"
            r"an der kasse (?:bezahlen|zahlen)",
            r"(?:unter|mit) (?:dem )?(?:gleichen|selben|demselben|unserem) (?:shop)?namen|"
            r"dort (?:verkaufen|haben|führen) wir|(?:finden|bekommen|kaufen) sie (?:es|ihn|sie|"
            r"uns) dort|gibt es (?:es |ihn |sie )?(?:dort|da) (?:noch|auch)",
        ],
        "fr": [
            # all the goods there: "on y vend toute la gamme"
            r"toute (?:la|notre) (?:gamme|collection)|on y vend|nous y vendons|tous nos (?:produits|articles)",  # noqa: E501
            r"même nom de (?:boutique|magasin)|(?:repartir|emporter) avec|"
            r"payer (?:en caisse|sur place)|vous pouvez y (?:emporter|acheter|trouver|essayer)",
            r"sous (?:le même|notre) nom|(?:nous l'|on l')avons (?:encore |toujours )?(?:là-bas|"
            r"sur)|nous (?:y )?vendons (?:aussi|également)|vous (?:l'|les )?y trouverez",
        ],
        "es": [
            # all the goods there: "con toda la colección"
            r"toda (?:la|nuestra) (?:colección|gama|línea)|todo (?:el|nuestro) catálogo",
            r"mismo nombre de (?:la )?tienda|llevárse(?:lo|la|los|las) (?:puesto|en el momento)|"
            r"pagar en caja|allí (?:puede|podrá) (?:llevarse|comprar|probar)",
            r"(?:con|bajo) el mismo nombre|(?:con|bajo) nuestro nombre|(?:la|lo|las|los) tenemos "
            r"en|allí (?:la|lo|las|los) tenemos|allí vendemos",
        ],
        "it": [
            # all the goods there: "con tutta la linea"
            r"tutta (?:la|la nostra) (?:linea|gamma|collezione)|ci trova (?:anche )?(?:alla|al|in)",
            r"lì abbiamo|stesso nome del negozio|"
            r"(?:paga|pagare|paghi) (?:direttamente )?(?:in|alla) cassa|sceglierl\w* dal vivo|"
            r"(?:lì )?(?:può|potrà) (?:portarsi via|comprare|prendere)",
            r"(?:con|sotto) lo stesso nome|sotto il nome|(?:ne|lo|la|li|le) abbiamo ancora|"
            r"lì vendiamo|(?:lo|la) trova (?:lì|là)",
        ],
        "ja": [
            r"同じ(?:店名|ショップ名|名前)で|当店の(?:ショップ|ページ)|そちらで(?:販売|出品)",
            r"お持ち帰り|手に取って|お越しいただ|お求めいただけ|お買い求めいただけ",
        ],
        "nl": [
            # all the goods there: "daar hebben we alles"
            r"daar hebben we alles|het hele assortiment|de hele collectie|(?:vindt|ziet) u ons (?:ook )?(?:op|in)",  # noqa: E501
            r"dezelfde winkelnaam|(?:afrekenen|betalen) en meenemen|meteen meenemen|"
            r"daar staat de hele|(?:kunt|kan) u (?:[\w-]+ ){0,5}?meenemen",
            r"onder (?:dezelfde|onze) (?:winkel)?naam|daar verkopen we|(?:vindt|koopt) u (?:hem|"
            r"het|ze|ons) daar|hebben we (?:hem|het|ze) (?:nog|wel)",
        ],
        "pl": [
            # all the goods there: "cały asortyment"
            r"cał\w* asortyment\w*|cał\w* kolekcj\w*",
            r"nazywa się tak samo|(?:zabrać|odebrać) od ręki",
            r"pod (?:tą samą|naszą) nazwą|znajdzie (?:ją|go|je) (?:pan|pani) u nas|"
            r"tam (?:mamy|sprzedajemy)",
        ],
        "sv": [
            # all the goods there: "hela sortimentet"
            r"hela sortimentet|hela kollektionen|(?:hittar|träffar) (?:du|ni) oss",
            r"under samma (?:butiks)?namn|där säljer vi|har vi (?:den|det|dem) (?:där|kvar)",
            r"samma butiksnamn|ta med (?:den|det|dem) direkt",
        ],
        "tr": [
            # all the goods there: "tüm ürünlerimiz"
            r"tüm (?:ürünlerimiz|ürün yelpazemiz|koleksiyonumuz)\w*|bütün ürünlerimiz\w*",
            r"aynı mağaza adı\w*|hemen alıp götür\w*",
            r"aynı (?:isim|ad|mağaza adı)(?:la|yla)|(?:oradaki )?mağazamızda|"
            r"orada (?:satıyoruz|var)",
        ],
    },
)


# A carrier's own messenger channel ("DHL sends a WhatsApp message", "ヤマト運輸のLINE公式
# アカウント"): the buyer deals with the carrier, as with its parcel shop.
CARRIER_CHANNEL: Final = Lexicon(
    "carrier channel",
    {
        lang: [
            r"(?:dhl|ups|fedex|usps|dpd|gls|hermes|evri|royal mail|postnl|bpost|inpost|postnord|"
            r"colissimo|chronopost|correos|seur|brt|poste italiane|the carrier|the courier|der zusteller|"  # noqa: E501
            r"le transporteur|el transportista|il corriere|de bezorger|kurier|budet|kargo firması)(?:'s)? "  # noqa: E501
            r"~ (?:sends?|schickt|envoie|envía|invia|stuurt|wysyła|skickar|gönderir|service|notification|"  # noqa: E501
            r"may|can|will|kann|peut|puede|può|kan|moze|kan)"
        ]
        for lang in ("en", "de", "fr", "es", "it", "nl", "pl", "sv", "tr")
    }
    | {"ja": [r"ヤマト運輸の|佐川急便の|日本郵便の|郵便局の|不在票の|再配達"]},
)
# Where a return is dropped off and its label printed ("at the post office counter", "in der
# Filiale", "郵便局の窓口", "コンビニの取扱店"): a QR code in that sentence is the one the
# buyer shows there for an Amazon return, not a way to the seller.
DROP_OFF: Final = Lexicon(
    "drop-off counter",
    {
        "en": [
            r"post office|drop-?off|parcel shop|(?:at|to) the counter|returns? (?:centre|center)|"
            r"collection point|pick-?up point|"
            r"return label|(?:prints?|printed) (?:the|your) (?:return )?label|"
            r"label (?:is |gets )?printed|"
            # the code the return shows on the buyer's phone
            r"(?:appears?|shows? up|is shown|comes up) on (?:your|the) (?:phone|screen)"
        ],
        "de": [
            r"filiale|paketshop|packstation|am schalter|rücksendezentrum|rücksendeetikett|"
            r"abgabestelle|annahmestelle|"
            r"retourenetikett|etikett wird ~ gedruckt|"
            r"(?:erscheint|angezeigt) ~ (?:im|auf dem) (?:handy|display)"
        ],
        "fr": [
            r"bureau de poste|point relais|relais colis|au guichet|centre de retours|"
            r"point de (?:dépôt|retrait|collecte)|"
            r"étiquette de retour|étiquette (?:est |sera )?imprimée|"
            r"(?:s'affiche|apparaît|apparaîtra) (?:sur|dans) (?:votre|le|l')"
        ],
        "es": [
            r"oficina de correos|punto de recogida|citypaq|mostrador|centro de devoluciones|"
            r"punto de (?:entrega|depósito)|"
            r"etiqueta de devolución|(?:imprimen|imprimirán) la etiqueta|"
            r"(?:aparecerá|aparece|saldrá|sale) ~ en (?:el móvil|el teléfono|la pantalla|la app)"
        ],
        "it": [
            r"ufficio postale|punto di ritiro|sportello|centro resi|etichetta di reso|"
            r"punto di (?:consegna|deposito)|"
            r"(?:stampano|stampa) (?:l'|gli)?etichetta|"
            r"(?:compare|comparirà|appare) ~ sul (?:telefono|cellulare|display)"
        ],
        "ja": [
            r"取扱店|営業所|コンビニ|郵便局|窓口|返品・交換センター|伝票が印刷|"
            r"(?:スマートフォン|スマホ|画面)にqrコードが表示"
        ],
    },
)
# The seller refusing a payment or deal off Amazon ("we can't accept PayPal or a bank
# transfer outside Amazon"): the payment words in that sentence are what is refused.
REFUSAL: Final = Lexicon(
    "refusal",
    {
        "en": [
            r"(?:can't|cant|cannot|can not|are not able to|aren't able to|arent able to|may not|"
            r"must not|are not allowed to|aren't allowed to|arent allowed to|don't|dont|do not|"
            r"won't|wont|never) (?:accept|take|receive|process|"
            r"help|serve|reply|answer|talk|chat|communicate|move|do|use)|"
            # "we don't charge anything outside Amazon": no money taken off it
            r"(?:don't|do not|never) (?:charge|bill|collect|invoice|take) (?:anything|any money|"
            r"any payments?|money) (?:outside|off|beyond) (?:of )?amazon|"
            r"(?:isn't|isnt|is not|aren't|arent|are not) (?:possible|allowed|accepted)|"
            # "we're not able to send money through Zelle": the buyer's app declined
            r"(?:not able|unable) to (?:accept|take|receive|process|send|pay|refund|transfer|use)|"
            r"(?:can't|cant|cannot|can not) (?:send|pay|refund|transfer|use)|"
            # "we can only take payment through Amazon": the one channel allowed, named
            r"(?:can|may|will|are able to) only (?:take|accept|receive|process|be paid|get paid) "
            r"~ (?:through|via|on|by|in) amazon",
            # "we will never ask you for PayPal or a bank transfer": every method listed refused
            r"never (?:ask|request|require) (?:you |anyone |buyers )?(?:for|to pay|to send|to use)",
            # a contract or any money declined off Amazon: "we can't sign a supply agreement
            # outside Amazon", "we take nothing outside Amazon"
            r"(?:can't|cant|cannot|can not|don't|dont|do not|won't|wont|never|are not able to|"
            r"aren't able to|unable to|not able to) (?:sign|conclude|enter into|agree|set up|"
            r"invoice|bill|contract)|"
            r"(?:take|accept|receive|charge) (?:nothing|no money|no payments?)",
        ],
        "de": [
            r"(?:dürfen|duerfen|können|koennen|nehmen|akzeptieren) (?:wir )?(?:leider )?(?:kein\w*|nicht)|"  # noqa: E501
            r"(?:ist|sind) (?:leider )?nicht (?:möglich|erlaubt|zulässig)|"
            r"(?:können|dürfen|nehmen) (?:wir )?(?:leider )?(?:nur|ausschließlich) ~ (?:über|via) amazon",  # noqa: E501
            r"(?:nehmen|akzeptieren) (?:wir )?(?:leider )?weder|werden sie (?:nie|niemals) ~ (?:bitten|fragen)",  # noqa: E501
            r"(?:(?:kassieren|berechnen|verlangen|nehmen) wir|wir (?:kassieren|berechnen|verlangen|"
            r"nehmen)) (?:\w+ )?nichts (?:außerhalb|abseits|an amazon vorbei)",
            r"(?:schließen|unterschreiben|unterzeichnen|vereinbaren|berechnen) (?:wir )?"
            r"(?:leider )?(?:kein\w*|nicht)",
        ],
        "fr": [
            r"ne (?:pouvons|pouvez|peut|peux|pourrons) (?:malheureusement |hélas |donc )?pas "
            r"(?:malheureusement )?(?:accepter|recevoir|prendre)|"
            r"n'acceptons (?:pas|aucun\w*)|n'est pas (?:possible|autorise)|"
            # spoken French drops the "ne": "on peut pas prendre PayPal", "on accepte pas"
            r"(?:on|je|nous) (?:peut|peux|pouvons|prend|prends|prenons|accepte|acceptons) "
            r"(?:malheureusement |hélas |donc )?pas|"
            # "on ne peut accepter aucun paiement hors Amazon", "n'acceptons que via Amazon"
            r"ne (?:pouvons|pouvez|peut|peux|pourrons) (?:malheureusement |hélas |donc )?"
            r"(?:accepter|recevoir|prendre) aucun\w*|n'acceptons que",
            r"n'acceptons ni|ne (?:prenons|acceptons) ni|ne vous demanderons jamais",
            # "nous ne pouvons pas conclure d'accord hors Amazon", "nous ne signons pas"
            r"ne (?:pouvons|pouvez|peut|peux|pourrons) (?:malheureusement |hélas |donc )?pas "
            r"(?:signer|conclure|passer|établir|facturer)|"
            r"ne (?:signons|concluons|passons) (?:\w+ )?(?:pas|aucun\w*)|"
            r"n'(?:établissons|encaissons) (?:pas|aucun\w*)",
            r"(?:n'(?:encaissons|acceptons|facturons)|ne (?:facturons|prenons|percevons)) (?:rien|"
            r"aucun\w*) (?:\w+ )?(?:en dehors|hors)",
        ],
        "es": [
            r"no (?:podemos|puedo|aceptamos|admitimos|está permitido|es posible)|"
            r"no (?:cobramos|facturamos) (?:nada )?fuera de amazon|"
            r"tiene que (?:ir|hacerse|pasar|gestionarse|tramitarse) (?:por|a través de) amazon|"
            r"solo (?:podemos|aceptamos|cobramos|admitimos) ~ (?:a través de|por|mediante|en) amazon",  # noqa: E501
            r"nunca le (?:pediremos|pedimos|solicitaremos)",
            # "no firmamos contratos marco fuera de Amazon"
            r"no (?:firmamos|cerramos|facturamos|cobramos|suscribimos|formalizamos)",
        ],
        "it": [
            r"(?:non|nn) (?:possiamo|posso|accettiamo|prendiamo|è possibile|è consentito)|"
            r"non (?:incassiamo|addebitiamo|facciamo pagare) (?:nulla|niente) "
            r"(?:fuori|al di fuori)|"
            r"(?:possiamo|accettiamo|incassiamo) (?:solo|soltanto) ~ (?:tramite|su|attraverso) amazon",  # noqa: E501
            r"non (?:le |vi |ti )?chiederemo mai",
            # "non firmiamo contratti quadro fuori da Amazon"
            r"non (?:firmiamo|stipuliamo|fatturiamo|incassiamo)",
        ],
        "ja": [
            r"お受けできません|受け付けておりません|お受けしておりません|できかねます|"
            r"いたしかねます|致しかねます",
            r"お願いすることは(?:一切)?(?:ありません|ございません)",
            # "Amazon以外での代金のお受け取りはしておりません", "ご契約はいたしておりません"
            r"(?:お受け取り|受け取り|お取引|取引|ご契約|契約|お支払いの受付)(?:は|を|も)?"
            r"(?:一切)?(?:して|いたして|致して|行って)おりません",
        ],
    },
)
# A deal made between seller and buyer with no channel named (adv19 A19-1): "we can sort it
# out between us", "privately", "invoice you myself", "direkt bei mir", "tra privati",
# "oss emellan" (PRIVATELY), in a sentence that speaks of money or the next purchase (a price,
# fees, an invoice, a transfer, the next order: DEAL_TERMS).  "Between us and the courier"
# names a third party and deals nothing; a carrier or Amazon in the sentence keeps it
# compliant ("entre nous, le prix affiché sur Amazon est le bon").
PRIVATELY: Final = Lexicon(
    "privately",
    {
        "en": [
            r"between (?:us|ourselves|the two of us)(?! and (?:the|our|your|their|a|an) )|"
            r"privately|invoice you (?:myself|ourselves|directly)|directly with (?:me|us)|"
            r"(?:message|email|mail) me directly|(?:outside|off|rather than through) the listing"
        ],
        "de": [
            r"unter uns(?! mit| und (?:der|die|dem|den|einem|einer) )|"
            r"privat (?:regeln|abwickeln|machen|verkaufen)|direkt (?:bei|mit|an) mir|"
            r"zwischen uns(?! und)"
        ],
        "fr": [
            r"entre nous(?! et (?:le|la|les|l'|un|une) ?)|en privé|directement avec (?:moi|nous)|"
            r"de gré à gré"
        ],
        "es": [r"entre nosotros(?! y (?:el|la|los|las|un|una) )|en privado|directamente conmigo"],
        "it": [
            r"tra (?:di )?noi(?! con| e (?:il|la|lo|i|le|gli|un|una) )|tra privati|in privato|"
            r"direttamente con me"
        ],
        "ja": [r"当店の間で|直接(?:お)?取引"],
    },
)
DEAL_TERMS: Final = Lexicon(
    "deal terms",
    {
        "en": [
            r"price|cheaper|fees?|commission|invoice|pay|transfer|next (?:order|batch|time)|"
            r"reorders?|more of these|a second one"
        ],
        "de": [
            r"preis\w*|günstiger|billiger|gebühr\w*|provision|rechnung|überweis\w*|"
            r"nachbestell\w*|nächsten mal"
        ],
        "fr": [r"prix|moins cher|commission|frais|facture|virement|prochaine fois"],
        "es": [r"precio|más barato|comisi[oó]n|factura|transferencia|próxima vez"],
        "it": [r"prezzo|meno caro|commission\w*|fattura|bonifico|prossima volta|prossimo ordine"],
        "ja": [r"お安く|安く|価格|手数料|次回|お振込"],
    },
)
# Round 32b: Amazon (or "the platform", "the site") named as the step the buyer may now skip
# ("no need to go through Amazon", "sans passer par Amazon", "zonder Amazon ertussen",
# "Amazon'a gerek kalmaz", "モールを通さない"), with the terms of a sale (DEAL_TERMS, ORDER_TERMS)
# in that sentence or next to it: an order or a payment taken past Amazon.
BYPASS: Final = Lexicon(
    "bypass amazon",
    {
        "en": [
            r"(?:no need to|without|don't (?:need|have) to|never have to|skip(?:ping)?|"
            r"bypass(?:ing)?|cut(?:ting)? out) (?:go(?:ing)? through |using |"
            r"ordering (?:on|through|via) |"
            r"the (?:hassle|fees?) of )?(?:amazon|the platform|the marketplace|the website)|"
            r"without (?:the )?(?:platform|marketplace|amazon)(?:'s)? (?:fees?|commission|cut)|"
            r"amazon (?:out of|doesn't need to be in) (?:it|the way|the loop)",
            # the Amazon fee saved by buying here: "you save the freight and the Amazon fee"
            r"(?:save|saving|skip|avoid)\w* (?:[^\s.!?;]+ ){0,5}?amazon(?:'s)? "
            r"(?:fees?|commission|cut)",
        ],
        "de": [
            r"(?:ganz |völlig )?ohne amazon|ohne (?:den )?umweg über (?:amazon|die plattform)|"
            r"an amazon vorbei|ohne (?:die )?(?:provision|gebühren?) (?:der plattform|von amazon|"
            r"des marktplatzes)",
            r"spar\w* (?:sie )?(?:[^\s.!?;]+ ){0,5}?(?:amazon-?gebühr\w*|amazon-?provision|"
            r"gebühr\w* (?:von|bei) amazon)",
        ],
        "fr": [
            r"sans (?:re)?passer par (?:amazon|la plateforme|le site)|"
            r"sans (?:la )?commission (?:de la plateforme|d'amazon|du site)",
            r"économis\w* (?:[^\s.!?;]+ ){0,5}?(?:la )?commission (?:d')?amazon",
        ],
        "es": [
            r"sin (?:pasar|tener que pasar) por (?:amazon|la plataforma|la web)|"
            r"sin (?:la )?comisi[oó]n (?:de la plataforma|de amazon)",
            r"(?:se )?ahorr\w* (?:[^\s.!?;]+ ){0,5}?(?:la )?comisi[oó]n de amazon",
        ],
        "it": [
            r"senza (?:ri)?passare (?:da|per|su) (?:amazon|il sito|la piattaforma)|"
            r"senza (?:la )?commissione (?:della piattaforma|di amazon)",
            r"risparmi\w* (?:[^\s.!?;]+ ){0,5}?(?:la )?commissione (?:di )?amazon",
        ],
        "ja": [
            r"(?:モール|amazon|アマゾン)を(?:通さ|介さ|経由せ)",
            r"(?:amazon|アマゾン)の手数料(?:も|が)?(?:かかりません|かからない|不要|節約)",
        ],
    },
)
ORDER_TERMS: Final = Lexicon(
    "order terms",
    {
        "en": [r"cash on delivery|order\w*|buy|post (?:you|them|it)|send (?:you|them|it)|keys?"],
        "de": [r"nachnahme|bestell\w*|kaufen|schicken wir|senden wir"],
        "fr": [r"contre[- ]remboursement|command\w*|achet\w*|envoie|envoyons|payer|en liquide"],
        "es": [r"contra ?reembolso|pedido|compr\w*|mandamos|enviamos|pag\w*"],
        "it": [r"contrassegno|ordin\w*|compr\w*|spediamo|mandiamo|ricarica|pag\w*"],
        "ja": [r"代金引換|代引き|代引|ご注文|お送り|お電話|お作り"],
    },
)
# The buyer's own proposal thanked for ("kind of you to offer Zelle", "銀行振込をご提案いただき"):
# when the next sentence refuses, the payment named here is what is refused.
OFFERED: Final = Lexicon(
    "buyer offered",
    {
        "en": [
            r"(?:kind|nice|good|thoughtful|sweet) of you to (?:offer|suggest|propose)|"
            r"thanks? (?:you )?for (?:offering|suggesting|proposing|the offer)|"
            r"you (?:offered|suggested|proposed|asked) to pay|"
            r"you (?:asked|wondered|wanted to know) (?:if|whether) you (?:could|can|may) "
            r"(?:pay|send)|"
            r"thanks? (?:you )?for (?:your|the) (?:offer|suggestion|proposal)|"
            # thanks for the idea, informal or with an adverb: the buyer proposed it
            r"thanks? (?:you )?(?:so much |very much |a lot )?for (?:your |the )?(?:kind )?"
            r"(?:offer|suggestion|proposal|idea)"
        ],
        "de": [
            r"danke (?:für (?:ihr|dein|das) angebot|für den vorschlag)|nett,? dass sie|"
            r"danke,? dass sie ~ (?:anbieten|angeboten|vorschlagen)|"
            r"sie (?:haben )?(?:angeboten|vorgeschlagen)|ihr (?:angebot|vorschlag)|"
            r"sie (?:fragten|fragen|haben gefragt),? ob sie ~ (?:zahlen|bezahlen|überweisen)|"
            r"(?:danke|vielen dank|dankeschön) (?:auch )?für (?:ihr\w*|dein\w*|das|den|die) "
            r"(?:angebot|vorschlag|idee)"
        ],
        "fr": [
            r"merci de (?:nous )?(?:proposer|suggérer|offrir)|merci pour (?:votre|la) proposition|"
            r"vous (?:nous )?(?:proposez|avez proposé|suggérez)|gentil de (?:proposer|vouloir)|"
            r"vous (?:demandez|demandiez|avez demandé) si vous (?:pouvez|pouviez|pourriez) "
            r"(?:payer|régler|nous (?:payer|régler|envoyer))|"
            r"merci (?:beaucoup )?(?:pour|de) (?:votre|ta|la|cette) (?:proposition|offre|idée|"
            r"suggestion)"
        ],
        "es": [
            r"gracias por (?:ofrecer(?:se|nos)?|proponer|sugerir|su propuesta|la propuesta)|"
            r"(?:agradezco|agradecemos) que (?:se ofrezca|nos ofrezca|proponga)|"
            r"(?:usted|nos) (?:propone|ofrece|propuso|ofreció)|amable (?:de|al) (?:ofrecer|proponer)|"  # noqa: E501
            r"(?:pregunta|preguntaba|preguntó|nos consulta) si (?:puede|podía|podría) (?:pagar|abonar|enviar)|"  # noqa: E501
            r"gracias (?:por|de) (?:su|tu|la|esta) (?:propuesta|oferta|idea|sugerencia)"
        ],
        "it": [
            r"grazie per (?:aver(?:ci)? propost\w*|la proposta|l'offerta)|"
            r"gentile a (?:proporre|offrire)|(?:lei|ci) (?:propone|ha proposto|offre di)|"
            r"ringrazi\w* (?:per|della|dell') ?(?:la (?:sua )?proposta|proposta|offerta|l'offerta)|"
            r"(?:chiede|chiedeva|ha chiesto) se (?:può|poteva|potrebbe) (?:pagare|saldare|inviare)|"
            r"grazie (?:mille |tante )?(?:per|della|dell'|del) ?(?:la |sua |tua |vostra )?"
            r"(?:proposta|offerta|idea|suggerimento)"
        ],
        "ja": [
            r"ご提案|お申し出|でお支払いできるか|で(?:の)?お支払いを(?:ご)?希望|"
            r"(?:で|にて)お支払いいただける(?:との|という)"
        ],
    },
)
# Payments and refunds kept on Amazon ("we're only able to take payments and give refunds
# through Amazon", "nous ne pouvons recevoir des paiements ... que via Amazon", "solo tramite
# Amazon", "Amazonを通じてのみ"): after the buyer's offer to pay another way (OFFERED in the
# same or the sentence before), it is the offer refused.  Alone it refuses nothing, so "pay
# the engraving by PayPal; everything else goes only through Amazon" stays off Amazon.
ONLY_AMAZON: Final = Lexicon(
    "only through amazon",
    {
        "en": [
            r"only ~ (?:\w+ ~ )?(?:through|via|on|by|in|within|over) amazon|"
            r"(?:through|via) amazon (?:only|alone)|"
            r"(?:payments?|refunds?|money) (?:have to|has to|must|need to|needs to|always) "
            r"~ (?:through|via) amazon|"
            # "all payments go through Amazon", "everything is paid via Amazon"
            r"(?:all|every|everything) ~ (?:\w+ ~ )?(?:through|via) amazon"
        ],
        "de": [
            r"(?:nur|ausschließlich|allein) ~ (?:\w+ ~ )?(?:über|via|bei|auf) amazon|"
            r"(?:über|via) amazon (?:abgewickelt|laufen|erfolgen)|"
            r"(?:alle|alles|sämtliche) ~ (?:\w+ ~ )?(?:über|via) amazon"
        ],
        "fr": [
            r"(?:que|seulement|uniquement|exclusivement) "
            r"(?:via|par|sur|à travers|au travers d') amazon|"
            r"qu'(?:à travers|au travers d') amazon|"
            r"(?:seulement|uniquement|exclusivement) ~ (?:\w+ ~ )?(?:via|par|sur) amazon|"
            # "tout passe par Amazon chez nous", "tous les paiements se font via Amazon"
            r"(?:tout|tous|toutes) ~ (?:\w+ ~ )?(?:via|par|à travers|au travers d') amazon"
        ],
        "es": [
            r"(?:solo|sólo|solamente|únicamente|exclusivamente) ~ (?:\w+ ~ )?"
            r"(?:a través de|por|mediante|en|vía|via|desde) amazon|"
            r"(?:todos|todas|todo) ~ (?:\w+ ~ )?(?:a través de|por|mediante|vía|via) amazon"
        ],
        "it": [
            r"(?:solo|soltanto|solamente|unicamente|esclusivamente) ~ (?:\w+ ~ )?"
            r"(?:tramite|su|attraverso|via|con|da) amazon|"
            r"(?:tutti|tutte|tutto) ~ (?:\w+ ~ )?(?:tramite|attraverso|via|da|per) amazon"
        ],
        "ja": [
            r"Amazon(?:を通じて|を通して|経由で|上で|内で|の(?:お支払い|決済|返金))(?:のみ|だけ)|"
            r"Amazon(?:のみ|だけ)(?:で|を通じて|を通して)|(?:すべて|全て)Amazon(?:を通|経由|で)|"
            r"Amazon(?:で|にて)(?:のみ|だけ)|"
            # "お支払いはAmazonのみとさせていただいております"
            r"(?:お支払い|支払い|決済|ご購入|お取引)(?:は|も)(?:すべて|全て)?Amazon(?:のみ|だけ|限定)"
        ],
    },
)
_REFUSED_WORD: Final = re.compile(
    r"pay|bank|transfer|uberweis|zahlung|virement|paiement|transferencia|pago|bizum|bonifico|"
    r"pagament|satispay|overboeking|betaling|tikkie|przelew|platnos|blik|bankoverforing|iban|"
    r"betalning|swish|havale|eft|papara|odeme|振込|支払|outside|off amazon|ausserhalb|dehors|"
    r"hors|fuera|fuori|buiten|poza|utanfor|disinda|以外|direct|direkt|directement|directamente|"
    r"direttamente|bezposrednio|dogrudan|venmo|zelle|cash ?app|revolut|wire|crypto|bitcoin|"
    r"instead of|statt|au lieu|en lugar|invece|in plaats|zamiast|istallet|yerine|"
    r"lydia|twint|vipps|payconiq|wero|ideal|mobilepay"
)


# Round 31b. A channel NAMED TO BE REFUSED: the seller's own verb negated ("we don't send
# updates by WhatsApp", "unsere E-Mail-Adresse dürfen wir nicht weitergeben", "LINEでのご連絡は
# いたしかねます"), Amazon's rule as the subject ("Amazon doesn't allow us to take payment
# outside the platform"), or no need ("no hace falta que nos pague por Bizum").  A channel in
# the same clause as a decline, before it (the verb last, as German, Dutch, Turkish and
# Japanese put it) or after it, is what is declined; a channel after a "but", a semicolon or a
# new clause is offered ("we can't reply on Sundays; message us on Telegram").
DECLINE: Final = Lexicon(
    "decline",
    {
        "en": [
            r"(?:we|i)(?: really| simply| unfortunately| sadly| just)? (?:can't|cant|cannot|"
            r"can not|don't|dont|do not|won't|wont|will not|are not able to|aren't able to|"
            r"am not able to|are unable to|am unable to|are not allowed to|aren't allowed to|"
            r"may not|must not|never)(?! (?:hesitate|forget|miss|wait|worry|mind|check|reply|"
            r"answer|respond|read|see))",
            r"(?:amazon|the platform|amazon's (?:rules|policy|terms)|the rules) (?:doesn't|does not|"  # noqa: E501
            r"don't|do not|won't|will not) (?:allow|let|permit)|"
            r"(?:isn't|is not|aren't|are not|not) (?:allowed|permitted|possible)|"
            r"(?:there's |there is )?no need (?:to|for)|we have no|"
            # no need for it: "it works without it", "you don't need it"
            r"(?:works|possible|fine|done) without (?:it|that|one)|you (?:don't|do not) need (?:it|that|one)",  # noqa: E501
        ],
        "de": [
            r"(?:können|dürfen|werden|möchten|nutzen|verwenden|schicken|senden|verschicken|geben|"
            r"nehmen|bieten|machen|haben|teilen|nennen) wir ~ (?:nicht|kein\w*|nichts)|"
            r"wir (?:können|dürfen|nutzen|verwenden|schicken|senden|verschicken|geben|nehmen|"
            r"bieten|haben|teilen|nennen) ~ (?:nicht|kein\w*|nichts)",
            r"amazon (?:erlaubt|gestattet) ~ (?:nicht|kein\w*)|(?:ist|sind) (?:leider |hier )?"
            r"nicht (?:erlaubt|gestattet|möglich|zulässig|nötig)|(?:brauchen|müssen) sie ~ nicht|"
            r"(?:dass|weil|da) wir ~ (?:nicht|kein\w*|nichts)|wir (?:leider )?(?:keine|nichts)|"
            r"geht (?:auch |ganz )?ohne",
        ],
        "fr": [
            r"(?:nous|on|je) (?:ne|n') ?(?:\w+ ){1,3}?(?:pas|plus|jamais|rien|aucun\w*|ni)|"
            r"ne (?:nous|vous) (?:\w+ )?(?:pas|jamais)|"
            r"(?:on|je) (?:peut|peux|fait|donne|envoie|prend|accepte) pas|"
            r"n'est pas (?:possible|autorisé|permis|nécessaire)|pas besoin de|"
            r"(?:ça marche|c'est possible|ça se fait) (?:aussi )?sans|vous n'en avez pas besoin",
        ],
        "es": [
            r"no (?:podemos|puedo|damos|enviamos|mandamos|usamos|utilizamos|aceptamos|cobramos|"
            r"tenemos|hacemos|ofrecemos|compartimos|facilitamos|nos (?:permite|deja|autoriza)\w*|"
            r"está permitido|es posible|hace falta|es necesario|necesita|(?:la|lo) necesita)|"
            r"se puede (?:hacer )?sin",
        ],
        "it": [
            r"non (?:possiamo|posso|diamo|mandiamo|inviamo|usiamo|utilizziamo|accettiamo|"
            r"incassiamo|abbiamo|facciamo|offriamo|condividiamo|ci (?:permette|consente|autorizza)|"
            r"è (?:consentito|permesso|possibile|necessario)|serve|occorre|c'è bisogno|"
            r"(?:le|ne) serve)|si può (?:fare )?senza",
        ],
        "ja": [
            r"かねます|できません|しておりません|おりません|認められておりません|必要はございません|"
            r"必要はありません",
        ],
    },
)
# The buyer's ask reported back ("you asked for our phone number", "Sie fragen nach unserer
# E-Mail-Adresse", "U vroeg om ons telefoonnummer", "me propone que ... fuera de Amazon"):
# answered by a refusal, what it names is the ask declined.
ASKED: Final = Lexicon(
    "reported ask",
    {
        "en": [
            r"you (?:asked|were asking|wanted to know|wondered|mentioned|suggested|offered|"
            r"proposed)|you(?:'d| would) (?:like|prefer) to|you (?:ask|want to know) (?:for|about|"
            r"whether|if)|thanks? (?:you )?for (?:having )?(?:offered|suggested|proposed)"
        ],
        "de": [
            r"sie (?:fragen|fragten|fragen uns|baten|bitten) (?:uns )?(?:nach|ob|um)|"
            r"sie (?:hatten|haben) ~ gefragt|sie (?:möchten|wollten|würden gern)|"
            r"sie schlagen (?:uns )?vor|(?:danke|dank),? dass sie ~ (?:angeboten|vorgeschlagen)"
        ],
        "fr": [
            r"vous (?:me |nous )?(?:demandez|demandiez|avez demandé|proposez|proposiez|"
            r"souhaitez|souhaitiez|aimeriez)|(?:merci|nous vous remercions) (?:de|d') ?(?:nous )?"
            r"(?:avoir )?(?:proposé|suggéré|offert)"
        ],
        "es": [
            r"(?:me|nos) (?:propone|proponía|propuso|pide|pedía|pidió|pregunta|preguntaba|"
            r"preguntó)|(?:usted )?(?:quería saber|quiere saber)|gracias por (?:habernos )?"
            r"(?:ofrecido|propuesto|sugerido)"
        ],
        "it": [
            r"(?:mi|ci) (?:propone|proponeva|ha proposto|chiede|chiedeva|ha chiesto|domanda)|"
            r"(?:voleva|vuole) sapere|grazie (?:per|di) (?:averci|aver) (?:proposto|offerto|suggerito)"  # noqa: E501
        ],
        "ja": [
            r"ご提案|ご要望|ご希望|ご質問|お問い合わせ(?:いただいた|の件)|とのこと|とのお申し出"
        ],
    },
)
# What opens the buyer's quoted words: "You wrote:", "Usted escribió:", "Du skrev:".
YOU_WROTE: Final = Lexicon(
    "you wrote",
    {
        "en": [r"you (?:wrote|said|asked|write)"],
        "de": [r"sie (?:schrieben|schreiben|haben geschrieben)|schrieben sie"],
        "fr": [r"vous (?:avez écrit|écrivez|écriviez|nous écrivez|m'écrivez)"],
        "es": [r"(?:usted )?(?:escribió|escribe|nos escribió|nos escribe)|nos dice"],
        "it": [r"(?:lei )?(?:ha scritto|scrive|mi scrive|ci scrive)"],
        "ja": [r"とお書き|と書かれ|とのお便り|とのメッセージ"],
    },
)
# The seller agreeing at the start of the answer ("Sure,", "Of course", "Claro"): the buyer's
# ask granted, unless a "but" follows.
AGREE: Final = Lexicon(
    "agree",
    {
        "en": [r"yes|sure|of course|certainly|absolutely|no problem|happy to|gladly"],
        "de": [r"ja|gern|gerne|natürlich|klar|selbstverständlich|kein problem"],
        "fr": [r"oui|bien sûr|volontiers|avec plaisir|pas de problème|d'accord"],
        "es": [r"sí|claro|por supuesto|con gusto|sin problema|de acuerdo|vale"],
        "it": [r"sì|certo|certamente|volentieri|nessun problema|va bene|d'accordo"],
        "ja": [r"はい|もちろん|承知|かしこまりました"],
    },
)
_QUOTE_LINE: Final = re.compile(r"[ \t]*>")
# (the buyer named between: "napisała Pani:", "escribió usted:")
# (a blank or a colon before the quotation mark: "isn't" holds no quotation)
_QUOTE_OPEN: Final = re.compile(r"(?:[ \t]+[^\W\d_]{1,12}){0,2}[\s:,]{1,4}[\"'「『]")
_QUOTE_CLOSE: Final = re.compile(r"[\"」』]|'(?![a-z])")
# a list of what is refused: "ni X, ni Y", "ne havale, ne EFT", "ani BLIK-a", "weder ... noch",
# "żadnych przelewów", "no transfers, no PayPal"
_LIST_NOT: Final = re.compile(
    r"(?<![a-z])(?:ni|ani|nor|neither|zadn\w*|hicbir|no|geen|ingen|inga|inget|"
    r"keine?[nrs]?|aucun\w*|ningun\w*|nessun\w*)\s+(?:[a-z]+\s+)?$"
)
_NE_BEFORE: Final = re.compile(r"(?<![a-z])ne\s+$")
_NE_LIST: Final = re.compile(r"(?<![a-z])ne\s+[^,.;:\n]{1,30},\s*ne\s")
# "Havale ya da ek ödeme yok": the Turkish list denied after its last item
_LIST_NONE_AFTER: Final = re.compile(
    r"(?:\s+(?:ya da|veya|ve|ile)\s+[a-z ]{1,25}?)\s+(?:yok|yoktur|bulunmuyor)(?![a-z])"
)
_CLAUSE_BREAK: Final = re.compile(
    r"[;:\n.!?]|(?<![a-z])(?:but|so|then|instead|however|aber|sondern|doch|dann|mais|donc|"
    r"alors|pero|sino|asi que|ma|pero|quindi|invece|maar|dus|ale|lecz|wiec|men|sa|"
    r"ama|ancak|fakat|yerine|please|bitte|merci de|por favor|per favore|alstublieft|proszę|"
    r"prosze|garna|lutfen)(?![a-z])|[、]|" + fold_literal("しかし|けど|ので|から")
)
_LIST_JOIN: Final = re.compile(
    r"(?<![a-z])(?:or|nor|and|ni|oder|noch|und|ou|et|o|y|né|e|of|en|lub|ani|albo|i|eller|"
    r"och|veya|ya da|ne|for example|e\.g\.|zum beispiel|par exemple|por ejemplo|ad esempio|"
    r"bijvoorbeeld|na przykład|na przyklad|till exempel|ornegin)(?![a-z])|" + fold_literal("[やと]")
)


def _filled(
    doc: Document, s: int, n: int, buyer: set[int] | frozenset[int] = frozenset()
) -> list[int]:
    """The next ``n`` sentences after ``s`` that hold words and are not the buyer's."""
    out: list[int] = []
    t = s + 1
    last = len(doc.sentence_starts)
    while t < last and len(out) < n:
        lo, hi = doc.sentence_starts[t], doc.sentence_end(t)
        if t not in buyer and any(c.isalnum() for c in doc.words.text[lo:hi]):
            out.append(t)
        t += 1
    return out


def _filled_before(doc: Document, s: int) -> int:
    """The sentence with words before ``s`` (-1 when there is none)."""
    t = s - 1
    while t >= 0 and not any(
        c.isalnum() for c in doc.words.text[doc.sentence_starts[t] : doc.sentence_end(t)]
    ):
        t -= 1
    return t


def _quoted_lines(doc: Document) -> set[int]:
    """Sentences that are the buyer's words quoted: a "> " line, or inside the quotation
    marks opened right after "you wrote:"."""
    text = doc.words.text
    out: set[int] = set()
    if ">" in text:
        for s, start in enumerate(doc.sentence_starts):
            line = text.rfind("\n", 0, start + 1) + 1 if start else 0
            if _QUOTE_LINE.match(text, line) and text.find("\n", line, start) < 0:
                eol = text.find("\n", line)
                if not seller_voice(text[line : eol if eol >= 0 else len(text)]):
                    out.add(s)
    for _, j in YOU_WROTE.spans(doc):
        m = _QUOTE_OPEN.match(text, j)
        if m is None:
            continue
        close = _QUOTE_CLOSE.search(text, m.end(), m.end() + 400)
        end = close.start() if close is not None else m.end()
        last = doc.sentence_of(end)
        # (round 21b) the closing mark after the question mark opens the seller's answer's
        # sentence ('"¿Tienen WhatsApp?" Sí, ...'): that sentence is not the buyer's
        head = text[doc.sentence_starts[last] : end]
        if last > doc.sentence_of(m.end()) and not any(c.isalnum() for c in head):
            last -= 1
        out.update(range(doc.sentence_of(m.end()), last + 1))
    return out


def _answered(
    doc: Document, declines: set[int], decline_spans: list[tuple[int, int]]
) -> tuple[set[int], dict[int, int]]:
    """The buyer's words answered: quoted sentences not granted, and reported asks with a
    refusal in their sentence or the two after; for a refusal in the ask's own sentence,
    where it starts (what comes after it is read clause by clause)."""
    quoted = _quoted_lines(doc)
    agreed = {doc.sentence_of(i) for i, _ in AGREE.spans(doc) if _opens_sentence(doc, i)}
    whole: set[int] = set()
    upto: dict[int, int] = {}
    for s in quoted:
        after = _filled(doc, s, 3, quoted)
        if set(after) & declines or not (after[:1] and after[0] in agreed):
            whole.add(s)
    asked = ASKED.spans(doc) + OFFERED.spans(doc)
    for i, _ in asked:
        s = doc.sentence_of(i)
        if s in whole:
            continue
        if (
            set(_filled(doc, s, 2, quoted)) & declines
            and not set(_filled(doc, s, 1, quoted)) & agreed
        ):
            whole.add(s)
        elif s in declines:  # "thanks for offering a transfer, but we can't take it"
            first = [a for a, _ in decline_spans if a > i and doc.sentence_of(a) == s]
            if first:
                upto[s] = max(upto.get(s, 0), min(first))
    return whole, upto


def _opens_sentence(doc: Document, i: int) -> bool:
    text = doc.words.text
    s = doc.sentence_of(i)
    head = text[doc.sentence_starts[s] : i]
    return not any(c.isalnum() for c in head) and not _BUT.search(text, i, doc.sentence_end(s))


def _declined_here(doc: Document, declines: list[tuple[int, int]], i: int, j: int) -> bool:
    """True when a decline in the channel's clause refuses the channel at ``i:j``."""
    text = doc.words.text
    s = doc.sentence_of(i)
    if _LIST_NOT.search(text, max(0, i - 24), i) or _LIST_NONE_AFTER.match(text, j):
        return True
    if _NE_BEFORE.search(text, max(0, i - 4), i) and _NE_LIST.search(
        text, max(0, i - 40), min(len(text), j + 40)
    ):
        return True  # Turkish "ne havale, ne EFT" (Italian "ne abbiamo" is no list)
    for a, b in declines:
        if doc.sentence_of(a) != s:
            continue
        if b <= i:
            between = text[b:i]
            if _CLAUSE_BREAK.search(between) or len(between.split()) > 14:
                continue
            if "," in between and not (
                _LIST_JOIN.search(between) or _LIST_JOIN.search(text, j, j + 16)
            ):
                continue
            return True
        if a >= j:
            between = text[j:a]
            if _CLAUSE_BREAK.search(between) or "," in between or len(between.split()) > 8:
                continue
            return True
    return False


def _sentences_of(lexicon: Lexicon, doc: Document) -> set[int]:
    return {doc.sentence_of(i) for i, _ in lexicon.spans(doc)}


def _pays(doc: Document, s: int) -> bool:
    """True when sentence ``s`` speaks of paying or refunding ("payments only through
    Amazon"), not of anything else kept on Amazon."""
    return doc.sentence_has(s, _PAYMENT_WORD)


_PAYMENT_WORD: Final = re.compile(
    r"pay|refund|money|zahl|erstatt|geld|paiement|regle|rembours|pago|reembols|dinero|pagament|"
    r"rimbors|soldi|betal|plat|zwrot|pieni|pengar|odeme|iade|para|支払|決済|返金|代金|"
    # a transfer or a charge: "virement", "Überweisung", "cobros", "encaissons", "swisha"
    r"virement|transfer|uberweis|bonifico|przelew|overboek|overfor|havale|cobr|encaiss|swish|"
    r"bizum|tikkie|blik|振込"
)
# (and the QR code on the carrier's card, "不在票のQRコード", and a call to the carrier's
# counter, "郵便局の再配達受付にお電話ください")
_MESSENGER_WORD: Final = re.compile(
    r"whats|line|telegram|signal|sms|messenger|viber|wechat|ライン|qr|オ?電話"
)

# "Bestellen Sie direkt hier", "order directly here on Amazon": direct, but on Amazon.
_HERE_AFTER: Final = re.compile(
    r"\W{0,3}(?:hier|here|ici|aqui|qui|hier bij amazon|(?:on|auf|bei|sur|en|su|op|na|pa) amazon)"
    r"(?![a-z])"
)
# "The colour in your Instagram photo": the buyer's own picture, not a channel of ours.
_BUYERS_OWN: Final = re.compile(
    r"(?:your|ihr\w*|votre|vos|su|sus|tu|suo|sua|uw|je|pana|pani|din|ditt|dina)\s+$"
)
_PICTURE_AFTER: Final = re.compile(
    r"\W{0,2}(?:photo|picture|post|story|video|foto|bild|zdj|fotograf|写真)", re.IGNORECASE
)
# An app named as what the product does or is about, not as a channel: "shows WhatsApp
# notifications", "notifiche di Telegram", "WhatsApp-meldingen", "Instagram-style videos",
# "WhatsAppの通知", "a book on the history of eBay".
_FEATURE_AFTER: Final = re.compile(
    r"(?:'?s)?[ -]?(?:(?:and|und|et|y|e|en|i|och|ve) [a-z]+ )?(?:notifications?|alerts?|"
    r"voice messages|calls? and messages|messages and calls|(?:bot )?integration|style|creators|"
    r"benachrichtigung\w*|nachrichten und anrufe|anrufe|notifiche|notificaciones|meldingen|"
    r"notificaties|powiadomie\w*|aviseringar|notiser|notis|bildirim\w*)(?![a-z])"
    r"|[のノ]?(?:通知|着信)"
)
_FEATURE_BEFORE: Final = re.compile(
    r"(?:notifications?|notifiche|notificaciones|benachrichtigungen|meldingen|powiadomienia|"
    r"aviseringar|notiser|alerts?)(?: (?:de|di|from|von|van|z|fran|från|d'))? ?$"
    r"|(?:about|on) how (?:[a-z.]+ (?:and|und|et|y|e|en|i|och|ve) )?$"
    r"|(?:history|geschichte|histoire|historia|storia|geschiedenis|tarihi?) (?:of|der|von|de|"
    r"del|di|della|van|dla|om) (?:[a-z.]+ (?:and|und|et|y|e|en|i|och|ve) )?$"
)
# The seller's own site named as out of service or not for orders, while the buyer is kept on
# Amazon ("our website is down, we answer here on Amazon", "auf unserer Website gibt es keine
# Bestellungen, bitte nutzen Sie Ihr Amazon-Konto"): with Amazon named in that sentence or the
# next, nothing is sent away.
_OUT_OF_SERVICE_AFTER: Final = re.compile(
    r"\W{0,2}(?:(?:is|ist|est|esta|e|è|is|jest|ar|är) (?:currently |gerade |derzeit |"
    r"momentan |actuellement |temporairement |actualmente |al momento |attualmente |tijdelijk |"
    r"momenteel |obecnie |tillfalligt |just nu )?(?:down|offline|hors ligne|en maintenance|"
    r"under maintenance|in maintenance|in wartung|nicht erreichbar|en mantenimiento|"
    r"fuera de servicio|in manutenzione|non raggiungibile|in onderhoud|niet bereikbaar|"
    r"nieczynn\w*|niedostepn\w*|nere|stangd|closed|geschlossen|fermé|cerrad[ao]|chius[oa])|"
    r"(?:doesn't|does not|can't|cannot) (?:show|take|sell|handle|process|have)|has no|"
    r"gibt es keine|(?:zeigt|hat) keine|n'affiche pas|ne (?:montre|prend|vend) pas|"
    r"no (?:muestra|tiene|vende)|non (?:mostra|ha|vende)|toont geen|heeft geen|nie (?:pokazuje|ma)|"
    r"visar inte|har ingen)"
)
_AMAZON: Final = re.compile(r"amazon|your orders|ihre bestellungen|vos commandes|mis pedidos")
# Amazon paying the money back: the way the buyer paid beside it is the way paid on Amazon
# ("Amazon zwróci pieniądze ...; przy BLIK-u jeszcze szybciej")
_AMAZON_REFUNDS: Final = re.compile(
    r"amazon (?:\w+ )?(?:refund\w*|will refund|pays? back|erstatt\w*|rembours\w*|reembols\w*|"
    r"devolver\w*|devuelve|rimbors\w*|restituir\w*|terugbeta\w*|betaalt \w+ terug|zwr[oa]c\w*|"
    r"återbetal\w*|aterbetal\w*|iade eder\w*|geri öde\w*|geri ode\w*)"
)
# "we don't sell single ones here, but the pack is on Tradera": what is disowned comes first,
# the channel after a "but" is offered in its place.
_BUT: Final = re.compile(
    r"\b(?:but|mais|pero|sino|ma|aber|sondern|maar|ale|lecz|men|ama|ancak|fakat)\b|"
    + fold_literal("けど|けれど|ですが|ますが|ませんが|しかし")
)


_JA_BUT_AFTER: Final = re.compile(r"(?:カ|ケト|ケレト)、")


def _offered_instead(doc: Document, disowning: list[tuple[int, int]], s: int, i: int) -> bool:
    """True when a "but" stands between the sentence's disowning words and the channel at i."""
    ends = [b for a, b in disowning if b <= i and doc.sentence_of(a) == s]
    if not ends:
        return False
    text = doc.words.text
    # (Japanese "but" is the suffix of the denied verb itself: "出品しておりませんが、")
    return _BUT.search(text, max(ends), i) is not None or bool(_JA_BUT_AFTER.match(text, max(ends)))


# A way to pay named first and refused after it in its clause, as people speak: "PayPal non
# lo possiamo accettare", "PayPal no lo podemos aceptar", "PayPal, on ne peut pas le prendre",
# "PayPal können wir leider nicht annehmen", "PayPal kan vi inte ta emot".
_FRONTED_REFUSAL: Final = re.compile(
    r"[^.!?;\n]{0,25}?(?:(?:we|i) (?:can't|cannot|can not|don't|do not|won't) (?:accept|take|use)|"
    r"(?:können|nehmen|akzeptieren) wir (?:leider )?(?:\w+ )?nicht|"
    r"(?:on|nous) ne (?:le |la |l')?(?:peut|pouvons|prend|prenons|accepte|acceptons)|"
    r"no (?:lo |la |los )?(?:podemos|aceptamos|admitimos|usamos)|"
    r"non (?:lo |la |li |le )?(?:possiamo|posso|accettiamo|prendiamo|usiamo)|"
    r"(?:kunnen|accepteren|nemen) (?:we|wij) (?:helaas )?niet|"
    r"nie (?:możemy|mozemy|przyjmujemy|akceptujemy)|"
    r"(?:kan|tar|godtar) vi (?:tyvärr |tyvarr )?inte|"
    r"kabul (?:edemiyoruz|etmiyoruz)|alamıyoruz|alamiyoruz)"
)


# A refund told with Amazon named around it ("Amazon has started the refund. With iDEAL it
# takes three days", "Amazon zet het terug op uw tegoed, de rest op uw bankrekening"): the
# buyer's own bank or card is where Amazon's refund lands, unless our account is named.
_REFUND_WORD: Final = re.compile(
    r"refund|erstatt|rembours|reembols|rimbors|terugbeta|terugbetal|terug op|zwrot|zwroc|"
    r"aterbetal|iade|geri ode|" + fold_literal("返金|払い戻し|返金処理")
)


# the buyer's own bank account, where Amazon's refund lands ("lo verá en su cuenta bancaria")
_BANK_ACCOUNT: Final = re.compile(
    r"cuenta bancaria|conto bancario|compte bancaire|bankkonto|bankrekening|bank account"
)


def _refunded_by_amazon(doc: Document, s: int) -> bool:
    around = [t for t in range(max(0, s - 4), s + 1)]
    return (
        any(doc.sentence_has(t, _REFUND_WORD) for t in around)
        and any(doc.sentence_has(t, _AMAZON) for t in around)
        and not doc.sentence_has(s, _OURS)
        and not any(doc.sentence_has(t, _SELLER_PAYS) for t in (s - 1, s) if t >= 0)
    )


# the seller paying back by itself ("we pay you back directly if you send your Swish number",
# "Amazon'u beklemeden ... IBAN'ınızı yazarsanız gönderelim"): no refund of Amazon's
_SELLER_PAYS: Final = re.compile(
    r"direct|direkt|hemen|beklemeden|without waiting|ohne (?:auf amazon )?zu warten|sans attendre|"
    r"sin esperar|senza aspettare|zonder te wachten|nie czekaj|utan att vanta|"
    r"betalar vi|skicka\w* (?:ditt|din|era?)|send (?:us |me )?your|yazarsaniz|yazin|gonder|"
    r"(?:we|wir|nous|wij) (?:\w+ )?(?:pay|transfer|uberweis|zahl|vir|betal)\w*"
)


# the shop left behind: "la platine a quitté notre boutique", "the parcel left our shop"
_LEFT_BEFORE: Final = re.compile(
    r"(?:quitte|left|verlassen|salido de|salio de|lasciato|(?:uscit|partit)[oa](?: dal?)?|"
    r"verlaten|opuscil\w*|lamnat|lamnade)\s+$"
)
# Our shop or warehouse as where a parcel ships from: "the rest was sent from our shop in
# Leeds", "lo demás sale de nuestra tienda", "reszta z naszego sklepu": a from word just before
# the shop (_FROM_BEFORE), a sending word in its sentence (_SHIPS_OUT).
_FROM_BEFORE: Final = re.compile(
    r"(?<![a-z])(?:from|aus|von|vom|de|du|desde|da|dal|dalla|uit|vanuit|van|z|ze|fran|"
    r"from within)\s+$"
)
_FROM_START: Final = re.compile(r"(?:dal|dalla|dai|dagli|from|z|ze)\s")
# "the food comes straight from the maker's depot": sent from there, not bought there
_SENT_BEFORE: Final = re.compile(
    r"(?<![a-z])(?:comes?|ships?|shipped|sent|dispatched|posted|goes out)\s+$"
)
_SHIPS_OUT: Final = re.compile(
    r"(?<![a-z])(?:ship|shipped|ships|sent|dispatch\w*|posted|comes|coming|leaves|left|went|"
    r"versand\w*|versendet|verschickt|geschickt|kommt|kommen|geht|gingen|expedi\w*|envoy\w*|"
    r"part|partent|parti\w*|sale|salen|salio|salieron|enviad\w*|envio|envios|envi[oa]|spedit\w*|"
    r"spedizion\w*|parte|partono|inviat\w*|verstuurd|verzonden|verzending\w*|komt|komen|gaat|"
    r"vertrekt|wyslan\w*|jad\w*|jedzie|wyjechal\w*|wysylk\w*|nadan\w*|przesylk\w*|skickas|"
    r"skickades|skickad\w*|kommer|gick|gar|forsandelse\w*|kargo\w*|gonderil\w*|yola)(?![a-z])|"
    + fold_literal("発送|出荷")
)
# German and Dutch put the verb last: "hat unseren Laden heute früh verlassen"
_LEFT_AFTER: Final = re.compile(r"[^.!?;,:]{0,30}?\s(?:verlassen|verlaten)(?![a-z])")
# a shop that was: "unser Laden in Hannover war früher ein Marktstand, heute versenden wir nur"
_FORMERLY_AFTER: Final = re.compile(
    r"(?:\s+in\s+[\w-]+)?\s+(?:was|war|etait|fue|era|was|var|byl\w*|bylo)\s+(?:\w+\s+)?"
    r"(?:fruher|formerly|once|autrefois|jadis|antes|antiguamente|prima|una volta|vroeger|"
    r"kiedys|forr|tidigare)(?![a-z])|\s+used to be"
)
# "our Etsy shop" is ours even in a sentence that disowns another listing.
_OURS: Final = re.compile(
    r"\b(?:our|unser\w*|notre|nos|nuestr\w*|nostr\w*|onze|nasz\w*|vår\w*|bizim)\b"
)
_CLAUSE: Final = frozenset(",;:\n")
# Names that are ordinary words of a language: Swedish "blocket" (the block), Polish "temu"
# (ago, to this). Read as the platform only when capitalised inside a sentence ("på
# Blocket", "na Temu"), never at a sentence's start ("Blocket är helt") nor in lower case.
_COMMON_WORD_NAMES: Final = frozenset(["blocket", "temu"])
_PLATFORM_TAIL: Final = re.compile(r"\.(?:se|com)(?![a-z])|-annons")
# Japanese ライン as a word part: 組立ライン, 製造ライン (an assembly line), オンライン,
# ガイドライン, ラインナップ; "公式ライン" (the shop's LINE account) stays LINE.
_KATAKANA: Final = re.compile(r"[ァ-ヴー]")
_KANJI: Final = re.compile(r"[一-龯々]")
# the carrier's own site or app: "ヤマト運輸のアプリや公式サイト", "佐川急便の公式サイト"
_CARRIER_SITE_BEFORE: Final = re.compile(
    fold_literal(
        "(?:ヤマト運輸|ヤマト|佐川急便|佐川|日本郵便|郵便局|ゆうパック|西濃運輸|福山通運|配送業者|"
        "運送会社|宅配業者)の(?:[^。、]{0,8}?や)?$"
    )
)
_OFFICIAL_SITE: Final = re.compile(fold_literal("公式(?:サイト|ホームページ|アプリ)"))


# Spanish "iban" is the verb ("solo iban 4", "que iban aparte"): the bank number is written
# IBAN, or follows a possessive or an article ("su IBAN", "nuestro iban").
_IBAN_NOUN_BEFORE: Final = re.compile(
    r"(?<![a-z])(?:el|su|sus|tu|mi|nuestro|vuestro|del|al|un|my|your|our|the|an?|votre|notre|"
    r"ihre|unsere|il|suo|vostro|nostro|uw|onze|je|twoj|wasz|nasz|ditt|din|ert|vart|dein)\s+$"
)
# Turkish "sipariş numaramız", "beyanname numaramızı": our number of a document (an order,
# a customs declaration, a tracking or tax number), not our phone number.
_DOCUMENT_NUMBER_BEFORE: Final = re.compile(
    r"(?<![a-z])(?:siparis|beyanname|takip|fatura|referans|musteri|kargo|gonderi|ihracat|"
    r"mrn|eori|iade|vergi|mersis|sicil|seri|lot|parti|dosya|basvuru|kayit|urun|model|"
    r"gtip|hs|tescil)\w*\s+$"
)


def _ordinary_word(doc: Document, i: int, j: int) -> bool:
    """True when the channel name at ``doc.words.text[i:j]`` is an ordinary word there."""
    text = doc.words.text
    name = text[i:j]
    if name == "iban":
        start, end = doc.words.span(i, j)
        return doc.text[start:end] != "IBAN" and not _IBAN_NOUN_BEFORE.search(
            text, max(0, i - 12), i
        )
    if name.startswith("numaramiz"):
        return _DOCUMENT_NUMBER_BEFORE.search(text, max(0, i - 24), i) is not None
    if name in _COMMON_WORD_NAMES:
        if _PLATFORM_TAIL.match(text, j):
            return False  # "på blocket.se", "Blocket-annonsen": the platform (adversary 20)
        start, _ = doc.words.span(i, j)
        before = doc.text[:start].rstrip()[-1:]
        return not doc.text[start : start + 1].isupper() or before in (
            "",
            ".",
            "!",
            "?",
            ",",
            ":",
            ";",
        )
    if name == "ライン":  # read on the original text, where hiragana stays hiragana
        start, end = doc.words.span(i, j)
        prev, nxt = doc.text[start - 1 : start], doc.text[end : end + 1]
        if _KATAKANA.match(nxt) or _KATAKANA.match(prev):
            return True
        return bool(_KANJI.match(prev)) and not doc.text.endswith("公式", 0, start)
    return False


# Turkish denies existence after the noun: "web sitemiz yok", "online mağazamız bulunmuyor".
_NONE_AFTER: Final = re.compile(
    r"\s+(?:yok|yoktur|bulunmuyor|bulunmamaktadır|bulunmamaktadir)(?![a-z])"
)


# A sales platform not named in any list, read from its frame (set-5 ruling 2, set-9 ruling 8:
# any other place where the seller sells): a proper name (capitalised, or "ePrice") after a
# selling verb and "on/through/sur/en/su/op/na/på" ("we also sell them on Redbubble",
# "lo vendiamo anche su ePrice", "también lo vendemos en PcComponentes"), "support us on
# <Name>", "our <Name> shop" / "unseren <Name>-Shop", "on our <Name>", Turkish "<Name>'da
# satıyoruz" and Japanese "<Name>でも販売".  Read on the original text, where a name keeps its
# capital.  Amazon, carriers' and calendar names are not platforms.
_NAME: Final = (
    r"(?!(?:Amazon|AMAZON|Prime|Kindle|Alexa|Audible|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Christmas|Easter|Black|Cyber|España|Europ|Madrid|Barcelona|Franc|"
    r"Alemania|Italia|Portugal|México|Canarias|Baleares|Navidad|Polsc|Warszaw|Niemcz|Sverige|"
    r"Stockholm|Türkiye|İstanbul|Istanbul|Ankara|İzmir|Nederland|Belgi|Deutschland|DHL|UPS|"
    r"DPD|GLS|Hermes|FedEx|USPS|InPost|PostNL|PostNord|Correos|SEUR|BRT|Poste|Chronopost|"
    r"Colissimo|Bring|Budbee|Yurtiçi|Aras|MNG|Request|Anfrage|Demand|Pedido|Richiesta)s?(?![a-z]))"
    # holidays, inflected: "zamówi Pani do piątku, na Gwiazdkę zdążymy" (in time for Christmas)
    r"(?!(?:Gwiazdk|Wielkanoc|Wigili|Mikołajk|Święt|Sylwest|Weihnacht|Heiligabend|Ostern|Pfingst|"
    r"Silvester|Noël|Pâques|Natale|Pasqua|Capodanno|Nochebuena|Nochevieja|Reyes|Kerst|Pasen|"
    r"Sinterklaas|Pakjesavond|Koningsdag|Jul(?:afton|en)?(?![a-z])|Midsommar|Påsk|Nyår|Bayram|"
    r"Ramazan|Noel|Yılbaşı))"
    # the buyer addressed, not a platform: "zamówiona przez Panią" (ordered by you)
    r"(?!(?:Pan|Pani|Panią|Pana|Panu|Panem|Państw\w*|Sie|Ihnen|Usted|Ustedes|Vous|Siz\w*)(?![\w]))"
    r"(?:[A-ZÀ-Þ][\w&-]*|[a-z]{1,2}[A-Z][\w-]*)(?:\.[a-z]{2,3}(?![\w.]))?(?: [A-Z][\w-]*| marketplace)?"  # noqa: E501
)
_NAME_AT: Final = re.compile(r"\s+(" + _NAME + ")")
# The frame before the name: a selling verb and its preposition ("we also sell them on", "lo
# vendiamo anche su", "support us on"), "on our", or a possessive that a shop word follows
# after the name ("our Ko-fi shop", "unseren Patreon-Shop").
SALE_FRAME: Final = Lexicon(
    "sale frame",
    {
        "en": [
            r"(?:we|i) (?:also |still |now )?(?:sell|stock|list) ~ (?:on|through|via)(?: our)?|"
            r"(?:sold|selling|listed|available to buy) (?:on|through|via)(?: our)?|support us on|"
            r"(?:buy|order) (?:it |them |one |more )?(?:direct\w* )?(?:on|through|via)(?: our)?|"
            r"on our|our"
        ],
        "de": [r"unser\w*"],
        "fr": [
            r"(?:vend\w*|achetez|commandez|soutenez-nous) ~ (?:sur|chez|via)(?: notre)?|"
            r"sur notre|notre|nos"
        ],
        "es": [
            r"(?:vendemos|venden|vendid\w*|cómpre\w*|compre|pida|apóyenos) ~ (?:en|a través de|"
            r"vía)(?: nuestr[oa])?|nuestr[oa]s?"
        ],
        "it": [
            r"(?:vendiamo|vendono|vendut\w*|acquisti|compri|supportaci) ~ (?:su|tramite|via)"
            r"(?: il nostro)?|su(?:l)? (?:il )?nostro|nostr[oa]"
        ],
        "nl": [
            r"(?:verkopen|verkoopt|verkocht|koop|bestel) ~ (?:op|bij|via)(?: onze)?|op onze|onze"
        ],
        "pl": [
            r"(?:sprzedajemy|sprzedaje|sprzedawan\w*|kup\w*|zamów\w*) ~ (?:na|przez)(?: naszym)?|"
            r"na naszym|nasz\w*"
        ],
        "sv": [r"(?:säljer|säljs|köp|beställ) ~ (?:på|hos|via)(?: vår\w*)?|på vår\w*|vår\w*"],
        "tr": [r"satıyoruz|satılıyor|satışta|bulabilirsiniz|alabilirsiniz"],
        "ja": [r"(?:で|にて)も?(?:販売|出品|購入|お買い求め)|にも出品"],
    },
)
# (matched on the folded frame: "på vår" reads "pa var")
_POSSESSIVE_END: Final = re.compile(
    r"(?:^|\s)(?:our|unser\w*|notre|nos|nuestr[oa]s?|nostr[oa]|onze|nasz\w*|var\w*)$"
)
_ON_OUR: Final = re.compile(
    r"(?:on|sur|su|sul|op|na|pa|en) (?:our|notre|nuestr[oa]|(?:il )?nostro|onze|naszym|var\w*)$"
)
_SHOP_AFTER: Final = re.compile(
    r"[- ](?i:shop|store|page|site|account|profile|channel|boutique|tienda|negozio|winkel|sklep|"
    r"butik|mağaza)(?![a-z])"
)
_SHOP_END: Final = re.compile(r"-(?i:shop|store|seite|page|sklep|winkel|butik)$")
_TR_NAME_BEFORE: Final = re.compile(
    r"(" + _NAME + r")'?(?:da|de|ta|te|dan|den|tan|ten) (?:da |de )?$"
)
_TR_VERBS: Final = frozenset(
    ["satiyoruz", "satiliyor", "satista", "bulabilirsiniz", "alabilirsiniz"]
)
# "minneやCreemaでも販売": the first name of the list before the frame
_JA_NAME_BEFORE: Final = re.compile(
    r"([A-Za-z][\w-]+|[ァ-ヴー]{2,})(?:(?:や|と|、)[^。、]{1,20}?)?$"
)
_NOT_PLATFORM: Final = re.compile(
    r"^(?:Amazon|Etsy|eBay)|^(?:Online|Web|Website|E-?Shop|Shop|Store|Help|Support|Service|"
    r"Brand|Seller|Product|Returns?|FAQ|Contact|Kunden\w*|Online-?\w*|Ersatzteil\w*|Amazon\w*)$"
)
_NOT_BEFORE: Final = re.compile(
    r"(?i:\b(?:not|don't|do not|never|no longer|nicht|pas|plus|no|non|niet|nie|inte|ej)\b)"
)


def _framed_name(doc: Document, i: int, j: int) -> tuple[int, int] | None:
    """The platform name a frame at ``doc.words.text[i:j]`` introduces, if any."""
    text = doc.text
    frame = doc.words.text[i:j]
    start, end = doc.words.span(i, j)
    if frame in _TR_VERBS:  # "Pttavm'de satıyoruz": the name before the verb
        m = _TR_NAME_BEFORE.search(text, max(0, start - 40), start)
        return m.span(1) if m is not None else None
    if text[start : start + 1] in ("で", "に"):  # "minneやCreemaでも販売しています"
        m = _JA_NAME_BEFORE.search(text, max(0, start - 40), start)
        return m.span(1) if m is not None else None
    m = _NAME_AT.match(text, end)
    if m is None:
        return None
    k, e = m.span(1)
    possessive = _POSSESSIVE_END.search(frame) is not None
    if possessive and e - k <= 4 and text[k:e].isupper():
        return None  # "our UK warehouse", "notre IBAN"
    alone = possessive and not _ON_OUR.search(frame) and frame.count(" ") == 0
    # a possessive alone: the name must be a shop's ("our Ko-fi shop", "unseren Patreon-Shop")
    if alone and not (_SHOP_AFTER.match(text, e) or _SHOP_END.search(text, k, e)):
        return None
    return k, e


def _unlisted_platforms(doc: Document) -> Iterator[tuple[int, int]]:
    text = doc.text
    spans: list[tuple[int, int]] = []
    for i, j in SALE_FRAME.spans(doc):
        found = _framed_name(doc, i, j)
        if found is not None:
            spans.append(found)
    for i, j in spans:
        name = text[i:j].split()[0]
        if _NOT_PLATFORM.match(name) or "amazon" in name.lower():
            continue
        # the sentence so far: "we don't sell on Tictail", "nous ne pouvons pas accepter ..."
        lo = max(0, i - 80)
        cut = max(text.rfind(c, lo, i) for c in ".!?\n")
        if _NOT_BEFORE.search(text, max(lo, cut + 1), i) is not None:
            continue
        yield i, j


# The seller's own (or "the maker's") app as a way to chat with the seller or to buy from it
# (round 33b): "the SunnyHome app lets you chat with us and buy filters without going through
# Amazon".  An app to pair or set up the device names neither, so it passes; an app met with
# "message us here" (this thread) is help with the app, not a channel.
AN_APP: Final = Lexicon(
    "an app",
    {
        "en": [r"app|apps"],
        "de": [r"app|[\w-]*-app"],
        "fr": [r"appli|application|app"],
        "es": [r"app|aplicaci[oó]n"],
        "it": [r"app|applicazione"],
        "ja": [r"アプリ"],
    },
)
WITH_US_THERE: Final = Lexicon(
    "with us there",
    {
        "en": [
            r"(?:chat|talk|speak) (?:directly )?(?:with|to) (?:us|our team|our staff)|"
            r"(?:message|write to|contact|reach) (?:us|our team|our staff)|"
            r"(?:buy|order|purchase|get) ~ (?:directly )?from us|without (?:going )?through amazon|"
            r"skip(?:ping)? amazon"
        ],
        "de": [
            r"mit uns ~ (?:chatten|schreiben)|(?:chatten|schreiben) sie ~ mit uns|"
            r"uns (?:direkt )?(?:schreiben|kontaktieren)|bei uns ~ (?:bestellen|kaufen)|"
            r"ohne amazon|an amazon vorbei"
        ],
        "fr": [
            r"(?:discuter|chatter|échanger|echanger|parler) (?:directement )?avec nous|"
            r"nous (?:écrire|ecrire|contacter)|"
            r"(?:commander|acheter) ~ (?:chez|auprès de|aupres de) nous|sans passer par amazon"
        ],
        "es": [
            r"(?:chatear|hablar) (?:directamente )?con nosotros|escribirnos|contactarnos|"
            r"comprarnos|pedirnos|(?:comprar|pedir) ~ a nosotros|sin pasar por amazon"
        ],
        "it": [
            r"(?:chattare|parlare) (?:direttamente )?con noi|scriverci|contattarci|"
            r"(?:ordinare|acquistare|comprare) (?:direttamente )?da noi|"
            r"senza passare (?:da|per) amazon"
        ],
        "ja": [
            r"(?:私たち|当社|弊社|当店)(?:と|に)(?:チャット|メッセージ)|"
            r"(?:当社|弊社|当店)から(?:直接)?(?:購入|注文)"
        ],
    },
)
HERE_THREAD: Final = Lexicon(
    "here in this thread",
    {
        "en": [r"here|in this (?:thread|chat|conversation)|amazon messag\w*"],
        "de": [r"hier|amazon-nachricht\w*"],
        "fr": [r"ici|messagerie amazon"],
        "es": [r"aquí|aqui|mensajería de amazon"],
        "it": [r"qui|messaggistica di amazon"],
        "ja": [r"このメッセージ|こちらのメッセージ|ここで|こちらで"],
    },
)


def _app_channels(doc: Document) -> Iterator[tuple[int, int]]:
    apps = AN_APP.spans(doc)
    if not apps:
        return
    here = {doc.sentence_of(i) for i, _ in HERE_THREAD.spans(doc)}
    first: dict[int, int] = {}
    for i, _ in apps:
        first.setdefault(doc.sentence_of(i), i)
    for i, j in WITH_US_THERE.spans(doc):
        s = doc.sentence_of(i)
        if s in first and first[s] < i and s not in here:
            yield first[s], j
            return


# "@sunnyhome": a social-media handle (an e-mail address has a domain after the "@").
_HANDLE: Final = re.compile(r"@(?<![a-z0-9._%+-]@)[a-z0-9_]{3,30}(?![a-z0-9_@-]|\.[a-z0-9])")


# A way to pay the seller that the seller sends or runs: a payment link (promised, not
# written: "le paso un enlace de pago"), the shop's own checkout, a cheque or holiday vouchers
# by post, a paying-in slip ("払込票をお送りします").
PAY_ELSEWHERE: Final = Lexicon(
    "pay elsewhere",
    {
        "en": [
            r"payment link|pay(?:ing)? link|link to pay|checkout link|(?:our|my) own (?:online )?"
            r"(?:checkout|payment page|till)|(?:pay|settle)\w* ~ (?:by|with) (?:cheque|check|"
            r"holiday vouchers?)"
        ],
        "de": [
            r"zahlungslink|bezahllink|link zum (?:bezahlen|zahlen)|unser\w* (?:eigene\w* )?"
            r"(?:kasse|checkout|bezahlseite)|(?:per|mit) scheck"
        ],
        "fr": [
            r"lien de paiement|lien pour (?:payer|régler)|(?:notre|nos) (?:propre )?(?:caisse|page de "  # noqa: E501
            r"paiement)|chèques?[- ]vacances|(?:par|en) chèques?"
        ],
        "es": [
            r"enlace de pago|link de pago|enlace para pagar|nuestr[oa] (?:propi[oa] )?(?:pasarela|"
            r"caja|página de pago)|(?:por|con|en) cheque"
        ],
        "it": [
            r"link (?:di|per il) pagamento|link per pagare|nostra (?:cassa|pagina di pagamento)|"
            r"(?:con|tramite|per) assegno"
        ],
        "ja": [r"決済リンク|支払いリンク|お支払いリンク|払込票|払込用紙|振込用紙|払込取扱票"],
        "nl": [
            r"betaallink|betalingslink|link om te betalen|(?:onze|ons) (?:eigen )?(?:kassa|"
            r"betaalpagina)|per cheque"
        ],
        "pl": [
            r"link do (?:płatności|zapłaty)|link płatnicz\w*|nasz\w* (?:własn\w* )?kas\w*|czekiem"
        ],
        "sv": [
            r"betalningslänk|betallänk|länk för att betala|(?:vår|vårt) (?:egen |eget )?(?:kassa|betalsida)|med check"  # noqa: E501
        ],
        "tr": [r"ödeme linki|ödeme bağlantısı|ödeme sayfamız|çekle"],
    },
)


# A platform named by its name, any name: "auch auf Catawiki eingestellt, dort günstiger",
# "ett par kvar på Sellpy under samma namn", "subastamos en directo por Twitch".  A capitalised
# name after "on/auf/sur/en/su/op/på/w/no" is a place the seller sells when the sentence also
# says why the buyer would go there: cheaper, the same shop name, listed there, an auction;
# and the seller sells there (we, our, a verb of ours, the same name).
_NAMED_PLACE: Final = re.compile(
    r"(?<![\w])(?:auf|on|at|bei|sur|chez|en|no|na|nel|nella|su|op|bij|på|w|via|through|por|"
    r"per)\s+([A-Z][\w.-]*[A-Za-z\d])|(?<![\w])([A-Z][\w-]+)'(?:da|de|ta|te)(?!\w)"
)
_NOT_A_PLACE: Final = frozenset(
    (
        "amazon", "amazon.de", "amazon.com", "prime", "dhl", "ups", "dpd", "gls", "hermes",
        "fedex", "usps", "tnt", "postnl", "colissimo", "chronopost", "correos", "seur", "mrw",
        "poste", "brt", "sda", "inpost", "posten", "postnord", "bring", "budbee", "instabox",
        "ptt", "yurtici", "aras", "mng", "yamato", "sagawa", "royal", "evri", "parcelforce",
        "lager", "anfrage", "wunsch", "vorrat", "rechnung", "raten", "nachfrage", "bestellung",
        "stock", "request", "demand", "order", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "montag", "dienstag", "mittwoch", "donnerstag",
        "freitag", "samstag", "sonntag", "january", "february", "march", "april", "may",
        "june", "july", "august", "september", "october", "november", "december", "januar",
        "februar", "juni", "juli", "oktober", "dezember", "i", "we", "our", "the", "a",
        "seite", "page", "pagina", "sida", "sayfa", "strona", "bladzijde", "platz",
    )
)  # fmt: skip
WHY_THERE: Final = Lexicon(
    "why go there",
    {
        "en": [
            r"cheaper|less expensive|lower prices?|same (?:shop |store |seller |user )?name|listed|auction\w*"  # noqa: E501
        ],
        "de": [
            r"günstiger|billiger|(?:gleichen|selben|demselben) namen|eingestellt|gelistet|versteiger\w*|auktion\w*"  # noqa: E501
        ],
        "fr": [r"moins cher\w*|même nom|mis en vente|enchères"],
        # (and Portuguese, read beside Spanish: "preços mais baixos", "o mesmo nome")
        "es": [
            r"más barat\w*|precios más bajos|mismo nombre|subast\w*|puje|mais barat\w*|mais baixos|mesmo nome|leil\w*"  # noqa: E501
        ],
        "it": [r"più economic\w*|prezzi più bassi|stesso nome|asta|aste"],
        "ja": [r"安く|お得|同じ名前|同じ店名|出品|オークション|入札"],
        "nl": [r"goedkoper|lagere prijs\w*|dezelfde naam|veiling\w*"],
        "pl": [
            r"taniej|niższ\w* cen\w*|(?:ta sama|taka sama|tę samą|te sama) nazw\w*|wystawi\w*|aukcj\w*|licytacj\w*"  # noqa: E501
        ],
        "sv": [r"billigare|lägre pris\w*|samma namn|upplagd\w*|auktion\w*|budgivning"],
        "tr": [r"daha ucuz|aynı (?:isim|ad)\w*|ilana koy\w*|açık artırma|mezat"],
    },
)
_WE_SELL: Final = re.compile(
    r"(?<![^\W\d_])(?:we|we've|our|wir|unser\w*|nous|nos|notre|vendons|tenemos|vendemos|"
    r"nuestr\w*|subastamos|abbiamo|vendiamo|nostr\w*|wij|we|onze|mamy|sprzedajemy|nasz\w*|vi|"
    r"vara?|vart|biz|bizim|temos|当店|弊社)(?![^\W\d_])|same (?:shop |store |seller )?name|"
    r"samma namn|mismo nombre|stesso nome|dezelfde naam|mesmo nome|haben wir|"
    # a verb in the first person plural: "mettiamo", "subastamos", "mamy", "satıyoruz"
    r"[^\W\d_]{2,}(?:iamo|amos|emos|imos|emy|imy|amy|iyoruz|uyoruz)(?![^\W\d_])"
)


def _named_places(doc: Document) -> Iterator[tuple[int, int]]:
    """Spans (in :attr:`Document.words`) of a named platform where the seller sells."""
    view = doc.words
    # a reason to go there is rare: only its sentences are read for a name, each once
    reasons = {doc.sentence_of(i) for i, _ in WHY_THERE.spans(doc)}
    for s in sorted(reasons):
        if not doc.sentence_has(s, _WE_SELL):
            continue
        lo, hi = view.span(doc.sentence_starts[s], doc.sentence_end(s))
        for m in _NAMED_PLACE.finditer(doc.text, lo, hi):
            name = m.group(1) or m.group(2)
            if name.lower() in _NOT_A_PLACE:
                continue
            start = m.start(1) if m.group(1) else m.start(2)
            i = bisect_left(view.starts, start)
            j = bisect_left(view.starts, start + len(name))
            if i < j:
                yield i, j


def find_off_amazon(doc: Document) -> Iterator[Finding]:
    view = doc.words
    if "@" in view.text:
        for m in _HANDLE.finditer(view.text):
            yield doc.finding(
                view, m.start(), m.end(), RULE, Severity.BLOCK, _HANDLE_MESSAGE, _SUGGESTION
            )
    text = view.text
    carriers = {doc.sentence_of(i) for i, _ in CARRIER_CHANNEL.spans(doc)}
    refusals = REFUSAL.spans(doc)
    refused = {doc.sentence_of(i) for i, _ in refusals}
    only = {s for s in (doc.sentence_of(i) for i, _ in ONLY_AMAZON.spans(doc)) if _pays(doc, s)}
    if refused or only:  # "Thanks for offering a transfer. We can't accept it": refused
        offered = {doc.sentence_of(i) for i, _ in OFFERED.spans(doc)}
        # (the next sentence with words: a blank line between them is no answer of its own)
        nxt = {s: _filled(doc, s, 1)[:1] for s in offered}
        refused |= {s for s in offered if set(nxt[s]) & refused}
        # "Thanks for offering Zelle. We only take payments through Amazon", or one sentence
        refused |= {s for s in offered if s in only or set(nxt[s]) & only}
        refused |= {s for s in only if s in offered or any(s in n for n in nxt.values())}
    # round 31b: a channel named to be refused, and the buyer's words answered by a refusal
    declines = sorted(DECLINE.spans(doc) + refusals)
    answers = (
        {doc.sentence_of(i) for i, _ in declines}
        | only  # payments only through Amazon ("shipping only through Amazon" refuses nothing)
        | {doc.sentence_of(i) for i, _ in NOT_OURS.spans(doc)}
        | {doc.sentence_of(i) for i, _ in DECLINED_AFTER.spans(doc)}
    )
    answered, answered_upto = _answered(doc, answers, declines)
    yield from find_steering(
        doc,
        refused | answered,
        lambda i, j: (
            (doc.sentence_of(i) in answered_upto and i < answered_upto[doc.sentence_of(i)])
            or _declined_here(doc, declines, i, j)
        ),
    )
    yield from _bank_cash_line(doc, refused | answered)
    for i, j in _app_channels(doc):
        if doc.sentence_of(i) in refused | answered:
            continue
        yield doc.finding(view, i, j, RULE, Severity.BLOCK, _MESSAGE, _SUGGESTION)
    for i, j in _unlisted_platforms(doc):
        if doc.sentence_of(i) in answered:
            continue
        yield doc.finding(None, i, j, RULE, Severity.BLOCK, _MESSAGE, _SUGGESTION)
    venues = VENUE.spans(doc)
    if venues:  # "on the biggest auction platform, under the same shop name"
        near = {doc.sentence_of(i) + d for i, _ in venues for d in (0, 1)}
        for i, j in VENUE_SHOP.spans(doc):
            s = doc.sentence_of(i)
            if s in near and s not in refused and not negated(text, i):
                yield doc.finding(view, i, j, RULE, Severity.BLOCK, _MESSAGE, _SUGGESTION)
                break
    private = [(i, j) for i, j in PRIVATELY.spans(doc) if not negated(text, i)]
    if private:  # "next time we can settle it between ourselves and skip the fees"
        terms = {doc.sentence_of(i) for i, _ in DEAL_TERMS.spans(doc)}
        for i, j in private:
            s = doc.sentence_of(i)
            if s in terms and s not in carriers | refused and not doc.sentence_has(s, _AMAZON):
                yield doc.finding(view, i, j, RULE, Severity.BLOCK, _MESSAGE, _SUGGESTION)
                break
    bypass = BYPASS.spans(doc)
    makers = _sentences_of(MAKER, doc)
    if bypass:  # "ring us next time and we post it cash on delivery, no need for Amazon"
        terms = {doc.sentence_of(i) for i, _ in DEAL_TERMS.spans(doc) + ORDER_TERMS.spans(doc)}
        for i, j in bypass:
            s = doc.sentence_of(i)
            if s in refused or s in makers or doc.sentence_has(s, _AMAZON_REFUNDS):
                continue  # "register it with the maker, no need for Amazon"; Amazon refunds
            if any(doc.sentence_of(a) == s and not i <= a < j for a, _ in declines):
                continue  # "a transfer past Amazon we don't do": declined
            near = {s, _filled_before(doc, s)} | set(_filled(doc, s, 1)[:1])
            if near & terms:
                yield doc.finding(view, i, j, RULE, Severity.BLOCK, _MESSAGE, _SUGGESTION)
                break
    disowning = NOT_OURS.spans(doc)
    disowned = {doc.sentence_of(i) for i, _ in disowning}
    declined = DECLINED_AFTER.spans(doc)
    for i, j in _named_places(doc):
        s = doc.sentence_of(i)
        if s in refused or s in disowned or s in answered:
            continue
        yield doc.finding(view, i, j, RULE, Severity.BLOCK, _MESSAGE, _SUGGESTION)
        break
    for i, j in sorted(OFF_AMAZON.spans(doc) + ELSEWHERE.spans(doc) + PAY_ELSEWHERE.spans(doc)):
        if negated(text, i) or _NONE_AFTER.match(text, j):
            continue
        if _FRONTED_REFUSAL.match(text, j):
            continue  # "PayPal non lo possiamo accettare": the payment named, then refused
        if _ordinary_word(doc, i, j):
            continue  # "blocket är helt" (the block), "dwa lata temu", "組立ライン"
        s = doc.sentence_of(i)
        if s in answered or (s in answered_upto and i < answered_upto[s]):
            continue  # "> Can I pay by PayPal?" answered "we can't take payments outside Amazon"
        if _declined_here(doc, declines, i, j):
            continue  # "we don't send updates by WhatsApp", "ni Bizum, ni PayPal"
        if _OFFICIAL_SITE.fullmatch(text, i, j) and _CARRIER_SITE_BEFORE.search(
            text, max(0, i - 20), i
        ):
            continue  # "ヤマト運輸の公式サイト": the carrier's site
        s = doc.sentence_of(i)
        if (
            s in refused
            and _REFUSED_WORD.search(text, i, j)
            and not _offered_instead(doc, refusals, s, i)  # "not via Amazon, but by Bizum"
        ):
            continue  # "we can't accept PayPal outside Amazon": the seller refuses it
        if any(
            b <= i
            and doc.sentence_of(a) == s
            and not _CLAUSE & set(text[b:i])
            and _BUT.search(text, b, i) is None  # "alamıyoruz ama ... Papara ile öderiz"
            for a, b in refusals
        ):
            continue  # "no podemos atenderle por WhatsApp": the channel is declined
        if declined and declined_after(doc, j, declined):
            continue  # "Betalen via Tikkie kan helaas niet; …": the payment is declined
        if (
            s in disowned
            and not _OURS.search(text, max(0, i - 12), j)
            and not _offered_instead(doc, disowning, s, i)
        ):
            continue  # "the listing on eBay is not ours"
        if (
            _LEFT_BEFORE.search(text, max(0, i - 14), i)
            or _LEFT_AFTER.match(text, j)
            or _FORMERLY_AFTER.match(text, j)
        ):
            continue  # "a quitté notre boutique", "unser Laden war früher ein Marktstand"
        if (
            _FROM_BEFORE.search(text, max(0, i - 12), i) or _FROM_START.match(text, i)
        ) and doc.sentence_has(s, _SHIPS_OUT):
            continue  # "the rest was sent from our shop in Leeds": where the parcel left from
        if _SENT_BEFORE.search(text, max(0, i - 14), i) and text.startswith("straight ", i):
            continue  # "the food comes straight from the maker's depot"
        if (
            _REFUSED_WORD.search(text, i, j)
            or (_BANK_ACCOUNT.search(text, i, j) and not doc.sentence_has(s, _OURS))
        ) and (
            any(doc.sentence_has(t, _AMAZON_REFUNDS) for t in (s, s - 1) if t >= 0)
            or _refunded_by_amazon(doc, s)
        ):
            continue  # "Amazon refunds you in a few days; by BLIK even sooner"
        if _HERE_AFTER.match(text, j) or (
            _BUYERS_OWN.search(text, max(0, i - 8), i) and _PICTURE_AFTER.match(text, j)
        ):
            continue  # "bestellen Sie direkt hier", "your Instagram photo"
        if _OUT_OF_SERVICE_AFTER.match(text, j) and (
            doc.sentence_has(s, _AMAZON)
            or (s + 1 < len(doc.sentence_starts) and doc.sentence_has(s + 1, _AMAZON))
        ):
            continue  # "our website is down, we answer here on Amazon": kept on Amazon
        if _FEATURE_AFTER.match(text, j) or _FEATURE_BEFORE.search(text, max(0, i - 40), i):
            continue  # "the watch shows WhatsApp notifications": the product, not a channel
        if s in carriers and _MESSENGER_WORD.match(text, i) is not None:
            continue  # "DHL sends a WhatsApp notification": the carrier's channel, not ours
        if s in makers and any(a <= i < b or i <= a < j for a, b in bypass):
            continue  # "register it with the maker, no Amazon needed": not a sale past Amazon
        if "qr" in text[i:j] and (
            s in makers or (_filled_before(doc, s) in makers and not doc.sentence_has(s, _OURS))
        ):
            continue  # "the QR code on the bulb opens the maker's app": the maker's, not ours
        if "qr" in text[i:j] and s in _sentences_of(DROP_OFF, doc):
            continue  # "show the QR code at the post office counter": an Amazon return
        if (
            _MAKER_SITE.fullmatch(text, i, j)
            and s in _sentences_of(MAKER, doc)
            and s in _sentences_of(MAKER_HELP, doc)
        ):
            continue  # "the manufacturer has an exploded diagram on its own website"
        yield doc.finding(view, i, j, RULE, Severity.BLOCK, _MESSAGE, _SUGGESTION)


# Adversary 20: bank details and cash for the seller written without a payment word the
# lexicons read. A bare IBAN (checked by its mod-97 sum, so a tracking or part number is
# not one), a UK sort code, cash for the seller's own driver or depot, and LINE written
# "Line" in Latin script with the seller's handle or "us" beside it.
_IBAN: Final = re.compile(
    r"(?<![a-z0-9])([a-z]{2}\d{2}(?:[ -]?[a-z0-9]{4}){2,7}(?:[ -]?\d{1,3})?)(?![a-z0-9])"
)
_SORT_CODE: Final = re.compile(
    r"(?:sort ?-?code|s/c)\W{0,3}\d{2}[ -]?\d{2}[ -]?\d{2}(?!\d)|"
    r"(?<!\d)\d{2}-\d{2}-\d{2}(?!\d)(?=[^.!?\n]{0,40}?(?:acc|account)\b)|"
    r"(?:acc|account)(?: no| number)?\W{0,3}\d{8}(?!\d)(?=[^.!?\n]{0,40}?s(?:ort ?code|/c))"
)
_CASH_OURS: Final = re.compile(
    r"cash (?:[a-z0-9]+ ){0,3}?to (?:our|my) (?:own )?(?:driver|courier|depot|delivery (?:man|driver))|"  # noqa: E501
    r"(?:our|my) (?:own )?(?:driver|courier)s? (?:[a-z0-9]+ ){0,5}?(?:in )?cash|"
    r"to us (?:[a-z0-9]+ ){0,2}?in cash|in cash (?:[a-z0-9]+ ){0,2}?to us(?![a-z])|"
    r"(?:driver|courier) (?:[a-z0-9]+ ){0,6}?(?:in )?cash[^.!?\n]{0,60}?(?:he|she|they) "
    r"(?:works? for us|is our|'s our|are our)|cash[^.!?\n]{0,60}?(?:he|she) (?:is|'s) our "
    r"(?:own )?(?:courier|driver)|"
    r"bar (?:[a-z0-9]+ ){0,3}?an (?:unser|mein)\w* (?:eigen\w* )?(?:fahrer|kurier|boten|lager|depot)|"  # noqa: E501
    r"(?:unser|mein)\w* (?:eigen\w* )?(?:fahrer|kurier)\w* (?:[a-z0-9]+ ){0,5}?(?:in )?bar(?![a-z])|"  # noqa: E501
    r"bar an uns(?![a-z])|"
    r"en especes (?:[a-z0-9]+ ){0,3}?a notre (?:propre )?(?:chauffeur|livreur|coursier|depot)|"
    r"(?:notre|nos) (?:propre )?(?:chauffeur|livreur|coursier)s? (?:[a-z0-9']+ ){0,5}?en especes|"
    r"en efectivo (?:[a-z0-9]+ ){0,3}?a nuestro (?:propio )?(?:conductor|repartidor|mensajero|"
    r"chofer|almacen|deposito)|nuestro (?:propio )?(?:conductor|repartidor|mensajero) "
    r"(?:[a-z0-9]+ ){0,5}?en efectivo|"
    r"in contanti (?:[a-z0-9]+ ){0,3}?al nostro (?:autista|corriere|fattorino|magazzino|deposito)|"
    r"nostro (?:autista|corriere|fattorino) (?:[a-z0-9]+ ){0,5}?in contanti|"
    r"contant (?:[a-z0-9]+ ){0,3}?aan onze (?:eigen )?(?:chauffeur|bezorger|koerier)|"
    r"onze (?:eigen )?(?:chauffeur|bezorger|koerier) (?:[a-z0-9]+ ){0,5}?contant|"
    r"gotowk\w* (?:[a-z0-9]+ ){0,3}?naszemu (?:\w+ )?(?:kierowcy|kurierowi)|"
    r"nasz\w* (?:kierowc\w*|kurier\w*) (?:[a-z0-9]+ ){0,5}?gotowk\w*|"
    r"kontant\w* (?:[a-z0-9]+ ){0,3}?till (?:var|vara) (?:egen |egna )?(?:chauffor|forare|bud)|"
    r"(?:var|vara) (?:egen |egna )?(?:forare|bud|chauffor) (?:[a-z0-9]+ ){0,5}?kontant|"
    r"(?:kuryemize|soforumuze|surucumuze|depomuza)\w* (?:[a-z0-9]+ ){0,4}?nakit|"
    r"nakit (?:[a-z0-9]+ ){0,4}?(?:kuryemize|soforumuze|surucumuze|depomuza)|"
    + fold_literal(
        "(?:当社|弊社|自社)の?(?:ドライバー|配達員|運転手)に[^。]{0,10}?現金|"
        "現金[^。]{0,10}?(?:当社|弊社|自社)の?(?:ドライバー|配達員)"
    )
)
# "Add us on Line: sunnyhome", "Line ID", "auf/sur/por Line" - read on the original text, where
# the capital tells the messenger from the word "line" ("drop us a line", "on line 3").
_LINE_APP: Final = re.compile(
    r"\b(?:Line|LINE)[ -]?(?:ID|Id|id)\b|"
    r"\b(?:on|auf|über|sur|por|en|via|su|op|na|på|per|through|in) (?:Line|LINE)\b(?![ -]?\d)"
    r"(?=\s*[:(]|\s+(?:as|als|comme|como|come|unter|under|jako|som|olarak)\b)|"
    r"\b(?:us|uns|nous|nos|ci|ons|nas|oss|bize) (?:on|auf|über|sur|por|en|via|su|op|na|på|per) "
    r"(?:Line|LINE)\b(?![ -]?\d)"
)


def _iban(number: str) -> bool:
    digits = number.replace(" ", "").replace("-", "").upper()
    if not 15 <= len(digits) <= 34:
        return False
    moved = digits[4:] + digits[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def _bank_cash_line(doc: Document, skip: set[int]) -> Iterator[Finding]:
    text = doc.words.text
    spans = [(m.start(1), m.end(1)) for m in _IBAN.finditer(text) if _iban(m.group(1))]
    spans += [m.span() for m in _SORT_CODE.finditer(text)]
    spans += [m.span() for m in _CASH_OURS.finditer(text)]
    for i, j in spans:
        if doc.sentence_of(i) in skip or negated(text, i):
            continue
        yield doc.finding(doc.words, i, j, RULE, Severity.BLOCK, _MESSAGE, _SUGGESTION)
        return
    for m in _LINE_APP.finditer(doc.text):
        yield doc.finding(None, m.start(), m.end(), RULE, Severity.BLOCK, _MESSAGE, _SUGGESTION)
        return
