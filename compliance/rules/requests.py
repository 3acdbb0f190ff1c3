"""Rules ``personal-data`` and ``cancellation-request``: things a seller may not ask for.

``personal-data``: the buyer's phone number, e-mail address or other contact details, and
the buyer's identity (an ID document or a national number).  Amazon relays every message
and hands the carrier what it needs, so a seller never asks for them.  Found as a
*contact-data* concept meeting a *give-us* concept in one sentence; "make sure the phone
number in your Amazon account is current" points at Amazon and is allowed.  An identity
word needs no "your": nobody but the buyer could hand over their passport.

``cancellation-request``: asking or telling the buyer to request or submit a cancellation
(a seller cancels an order itself, and a buyer's request counts against the seller's
metrics when the seller prompted it).  Found as a *cancel* concept meeting a *you-do-it*
concept in one sentence; "your order was cancelled" and "there is no need to cancel" are
allowed.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from typing import Final

from compliance.document import Document
from compliance.model import Finding, Severity
from compliance.rules.lexicon import Lexicon, Span, negated, outside
from compliance.wording.shared import SOCIAL as _SOCIAL

__all__ = ["find_cancellation_requests", "find_personal_data_requests"]

# What goes with a phone as a thing: "the phone case is rated IP68" asks for no number.
_DEVICE_PART: Final = (
    r"(?:cases?|covers?|holders?|stands?|mounts?|chargers?|charging|screens?|models?|straps?|"
    r"grips?|pouch\w*|sleeves?|docks?|cradles?|clips?|tripods?|lens\w*|accessor\w*|"
    r"batter\w*|cables?|protectors?|signal|reception|apps?|camera)(?![a-z])"
)

CONTACT_DATA: Final = Lexicon(
    "contact data",
    {
        "en": [
            r"(?:phone|telephone|mobile|cell|cellphone|contact|whatsapp|home|work|landline|"
            r"personal|callback|call-back|direct) ?(?:numbers?|no)|landline|"
            # the device itself is no contact detail: "the phone case", "a mobile stand"
            rf"(?:phone|mobile|cellphone|cell(?! phone))(?!\s*{_DEVICE_PART})|"
            r"your (?:private |personal )?mail(?! (?:order|box|room|merge))|"
            r"e-?mails?(?: address(?:es)?)?|email(?: address)?|mail address|contact "
            r"(?:details|info|information|data)|personal (?:details|data|information|info)|"
            r"(?:home|private|full|postal|home) address|date of birth|social (?:media|security)|"
            r"whatsapp|telegram|skype|instagram|facebook|"
            r"(?:best|good|direct|valid|reliable|mobile|contact) number|number (?:to|where|at "
            r"which|on which|we can) (?:reach|call|contact|text)|direct line|your digits|"
            r"your number(?! one)|full name|(?:photo|copy|scan) of your (?:id|passport|driving licen[cs]e|"  # noqa: E501
            r"id card|identity card)|card number|credit card|bank details|account number|"
            r"sort code|password|login details|log-?in|credentials",
        ],
        "de": [
            r"telefonnummer\w*|handynummer\w*|mobilnummer\w*|rufnummer\w*|festnetznummer\w*|"
            r"ihre (?:private |persönliche )?mail(?![\w-])|"
            r"nummer|telefon|handy|e-?mail-?adresse\w*|e-?mail|mailadresse\w*|kontaktdaten|"
            r"kontaktinformation\w*|persönliche\w* (?:daten|angaben)|privatadresse|"
            r"geburtsdatum|whatsapp|kopie ~ (?:personalausweis\w*|ausweis\w*|reisepass\w*)|kreditkart\w*|kartennummer|"  # noqa: E501
            r"bankverbindung|bankdaten|iban|kontonummer|passwort|zugangsdaten|anmeldedaten",
        ],
        "fr": [
            # a mobile named by its prefix: 'laissez-nous un 06'
            r"(?:un|votre) 0[67](?![0-9])|votre (?:adresse )?mail(?![\w-])",
            r"numéro(?: de (?:téléphone|portable|mobile|contact|whatsapp))?|téléphone|portable|"
            r"adresse (?:e-?mail|mail|électronique|personnelle|postale)|e-?mail|courriel|"
            r"coordonnées|données personnelles|informations personnelles|date de naissance|"
            r"whatsapp|rib|iban|coordonnées bancaires|(?:copie|photo|scan) (?:de |d')(?:votre |la |une )?(?:carte d'identité|pièce d'identité|passeport)|carte bancaire|numéro de carte|"  # noqa: E501
            r"mot de passe|identifiants",
        ],
        "es": [
            # Portuguese and Catalan, read with Spanish: "o seu telemóvel", "el vostre número de mòbil"  # noqa: E501
            r"su mail(?![\w-])|"
            r"telemóvel|número de mòbil|e-?mail pessoal|correu electrònic|(?:o )?seu e-?mail|(?:el )?vostre (?:correu|mòbil|telèfon)",  # noqa: E501
            r"(?:número|numero)(?: de (?:teléfono|telefono|móvil|movil|contacto|whatsapp|celular))?|"  # noqa: E501
            r"teléfono|telefono|móvil|celular|(?:dirección|direccion) de (?:correo|e-?mail)|"
            r"correo(?: electrónico)?|e-?mail|datos (?:de contacto|personales)|fecha de "
            r"nacimiento|whatsapp|(?:copia|foto) (?:de )?(?:su )?(?:dni|documento de identidad|pasaporte)|tarjeta de crédito|número de "  # noqa: E501
            r"tarjeta|datos bancarios|iban|número de cuenta|contraseña",
        ],
        "it": [
            r"(?:la )?sua (?:mail|email)(?![\w-])|"
            r"numero(?: di (?:telefono|cellulare|contatto|whatsapp))?|telefono|cellulare|"
            r"indirizzo (?:e-?mail|email|di posta)|e-?mail|email|recapit\w*|dati (?:personali|di "
            r"contatto)|data di nascita|whatsapp|(?:copia|foto) (?:della |del |di )?(?:sua )?(?:carta d'identità|passaporto)|carta di credito|"  # noqa: E501
            r"coordinate bancarie|iban|password",
        ],
        # the delivery address is not asked of the seller's own accord: confirming it through
        # Amazon's messages is how a missing house number gets fixed
        "ja": [
            # round 24b: with の or an honorific: "携帯電話の番号", "お電話番号", "ご自宅の電話"
            r"携帯(?:電話)?の番号|電話の番号|お電話番号|ご?自宅の(?:お)?電話|"
            r"メール(?=を(?:教えて|お知らせ|ご記入|ご入力))|"
            r"電話番号|携帯番号|メールアドレス|連絡先|個人情報|生年月日|line ?id|lineのid|銀行口座|口座番号|パスワード|身分証"  # noqa: E501
        ],
    },
)

# Identity documents and national numbers.  Only the named document counts: a bare "ID" is
# as often the order's, the parcel's or the label's, and "NIE"/"DNI" alone are Polish words
# ("not", "days"), so the Spanish ones need an article before them.
IDENTITY: Final = Lexicon(
    "identity",
    {
        "en": [
            r"passports?(?: number)?|(?:national )?id cards?|identity (?:cards?|documents?)|"
            r"id documents?|proof of (?:identity|id)|photo id|(?:driver'?s?|driving) licen[cs]es?|"
            r"social security(?: number)?|ssn|national insurance(?: number)?|"
            r"(?:tax|national) (?:id|identification)(?: number)?|tax number|"
            r"(?:copy|scan|photo|picture) of (?:your|an?) id"
        ],
        "de": [
            r"personalausweis\w*|ausweis\w*|reisepass\w*|führerschein\w*|steuer-?id|"
            r"steuer-?identifikationsnummer|steuernummer|sozialversicherungsnummer|"
            r"identifikationsnummer|identitätsnachweis"
        ],
        "fr": [
            r"cartes? d'identité|pièces? d'identité|passeports?|permis de conduire|"
            r"numéro (?:de sécurité sociale|fiscal|d'identification fiscale|de passeport)|"
            r"sécurité sociale|justificatif d'identité"
        ],
        "es": [
            r"(?:su|tu|el|del|de) (?:dni|nie|nif)|documento (?:nacional )?de identidad|pasaportes?|"
            r"(?:carn[eé]|permiso|licencia) de conducir|(?:número de (?:la )?)?seguridad social|"
            r"número de identificación fiscal"
        ],
        "it": [
            r"codice fiscale|carta d'identità|documento (?:d'|di )identità|passaport[oi]|"
            r"patente(?: di guida)?|tessera sanitaria"
        ],
        "ja": [r"マイナンバー|個人番号|運転免許証|免許証|パスポート|身分証|保険証|在留カード"],
    },
)

# An ID shown to the carrier or the post office when collecting the parcel goes to them,
# not to the seller: "bring your passport to the depot", "muni d'une pièce d'identité".
SHOW_ID: Final = Lexicon(
    "show id",
    {
        "en": [
            r"collect\w*|pick(?:ing)? (?:it |the parcel |the package )?up|pickup|show|present|"
            r"bring|post office|depot|counter|locker"
        ],
        "de": [r"vorzeigen|vorlegen|mitbringen|abholen|abholung|filiale|zeigen sie|postamt"],
        "fr": [
            r"retir(?:er|ez)(?: le| la| les)?|retrait|présenter|présentez|muni\w*|bureau de poste|"
            r"avec une pièce|point relais|récupér(?:er|ez)(?: le| la| les)?"
        ],
        "es": [
            r"recog(?:er|erlo|erla|erlos)|recogida|presentar|presente|muestre|mostrar|"
            r"oficina de correos"
        ],
        "it": [
            r"ritirar(?:e|lo|la|li|le)|ritiro|presentare|presenti|mostrare|esibire|ufficio postale"
        ],
        "ja": [r"受け取り|受取|ご提示|提示|窓口|郵便局"],
    },
)

# Someone needing it (round 25b): "the insurer only needs your personal ID number" asks for an
# identity word, whoever is said to need it; read with identity words only (a contact detail
# the carrier needs is in the Amazon order).
NEEDS: Final = Lexicon(
    "needs",
    {
        "en": [r"needs|need|requires|require|wants|asks for"],
        "de": [r"braucht|brauchen|benötigt|benötigen|verlangt|verlangen|erfordert"],
        "fr": [r"a besoin|ont besoin|besoin d[eu']|exige|exigent|demande"],
        "es": [r"necesita|necesitan|requiere|requieren|pide|piden|exige"],
        "it": [r"ha bisogno|hanno bisogno|serve|servono|richiede|richiedono|chiede"],
        "ja": [r"必要"],
        "nl": [r"nodig|vraagt|vragen|vereist|wil"],
        "pl": [r"potrzebuje|potrzebują|wymaga|wymagają|żąda"],
        "sv": [r"behöver|kräver|vill ha|begär"],
        "tr": [r"istiyor|istemektedir|gerekiyor|gerekli|lazım|talep ediyor"],
    },
)

# The buyer's handle on a service: a user name, gamer tag, friend code or account name, in
# every language, and "<Service> ID" / "<Service>-ID" for any service named before it ("PSN-ID",
# "Riot ID'ni", "Golf-ID"; see _SERVICE_ID).  Like an identity word it needs no "your": the seller
# asking for it can only mean the buyer's.  The seller's own ("our friend code") is no ask.
HANDLE: Final = Lexicon(
    "handle",
    {
        "en": [
            r"gamer ?tags?|friend ?codes?|user ?names?|user ?ids?|account names?|screen names?|"
            r"player (?:names?|ids?|tags?)|in-game names?|profile names?|display names?"
        ],
        "de": [
            r"gamertag\w*|freundes-?code\w*|freundcode\w*|benutzername\w*|nutzername\w*|"
            r"spielername\w*|kontoname\w*|accountname\w*|anzeigename\w*|(?:benutzer|nutzer|"
            r"spieler|konto|account)-?id"
        ],
        "fr": [
            r"gamertag|codes? amis?|nom d'utilisateur|pseudo(?:nyme)?s?|nom (?:du|de) (?:compte|"
            r"joueur)|identifiant (?:de joueur|de jeu|utilisateur)"
        ],
        "es": [
            r"gamertag|códigos? de amigo|nombre de usuario|(?:su|tu) usuario|id de (?:usuario|"
            r"jugador)|nombre de (?:la )?cuenta|nombre de jugador"
        ],
        "it": [
            r"gamertag|codice amico|nome (?:utente|giocatore)|id (?:utente|giocatore)|"
            r"nome (?:dell')?account|nickname"
        ],
        "nl": [r"gamertag|vriend(?:en)?code|gebruikersnaam|gebruikers-?id|accountnaam|spelersnaam"],
        "pl": [
            r"gamertag\w*|kod\w* znajomego|nazw\w* użytkownika|nazw\w* (?:swojego |twojego )?"
            r"konta|nick\w*|login\w*|identyfikator\w* gracza"
        ],
        "sv": [r"gamertag|vänkod\w*|användarnamn\w*|användar-?id|kontonamn\w*|spelarnamn\w*"],
        "tr": [r"gamertag|arkadaş kod\w*|kullanıcı ad\w*|kullanıcı id\w*|hesap ad\w*|oyuncu ad\w*"],
        "ja": [
            r"フレンドコード|ユーザー名|ユーザーid|ユーザーネーム|アカウント名|ゲーマータグ|プレイヤー名"
        ],
    },
)

# "<Service> ID": a capitalised or upper-case word before "ID" that names no order, parcel,
# product or case ("Order ID", "Sendungs-ID", "your ID" are not a handle).
_SERVICE_ID: Final = re.compile(r"(?<![\w-])([A-Z][\w+]{1,14})[- ](?:ID|Id)(?![^\W\d_])")
_NOT_A_SERVICE: Final = frozenset(
    (
        # (round 32c) a phone's features, tested and named: "Face ID and True Tone work"
        "face",
        "touch",
        "order",
        "orders",
        "tracking",
        "track",
        "transaction",
        "ticket",
        "parcel",
        "package",
        "shipment",
        "shipping",
        "product",
        "item",
        "article",
        "seller",
        "merchant",
        "vendor",
        "case",
        "reference",
        "ref",
        "device",
        "serial",
        "batch",
        "lot",
        "return",
        "returns",
        "customer",
        "client",
        "session",
        "request",
        "message",
        "invoice",
        "payment",
        "leitweg",
        "vat",
        "tax",
        "supplier",
        "vendor",
        "company",
        "asin",
        "amazon",
        "claim",
        "rma",
        "warranty",
        "model",
        "your",
        "the",
        "an",
        "my",
        "our",
        "this",
        "that",
        "his",
        "her",
        "their",
        "photo",
        "picture",
        "video",
        "wifi",
        "wi-fi",
        "bluetooth",
        "network",
        "sim",
        "nfc",
        "rfid",
        "mac",
        "chip",
        "sensor",
        "hub",
        "pairing",
        "bestell",
        "bestellungs",
        "sendungs",
        "artikel",
        "kunden",
        "auftrags",
        "paket",
        "vorgangs",
        "fall",
        "produkt",
        "rechnungs",
        "garantie",
        "geräte",
        "gerät",
        "modell",
        "foto",
        "ihre",
        "ihr",
        "unsere",
        "commande",
        "colis",
        "suivi",
        "produit",
        "facture",
        "votre",
        "notre",
        "pedido",
        "envío",
        "envio",
        "producto",
        "factura",
        "cliente",
        "su",
        "ordine",
        "spedizione",
        "prodotto",
        "fattura",
        "suo",
        "bestel",
        "zending",
        "pakket",
        "klant",
        "uw",
        "zamówienia",
        "przesyłki",
        "paczki",
        "produktu",
        "klienta",
        "sipariş",
        "kargo",
        "gönderi",
        "takip",
        "ürün",
        "müşteri",
        "fatura",
        "beställnings",
        "försändelse",
        "kund",
        "faktura",
        "ditt",
        "din",
    )
)


# "our friend code", "unser Gamertag": the seller's own handle is given, not asked for
_OURS: Final = re.compile(
    r"(?<![\w])(?:our|unser\w*|notre|nuestro|nostro|onze|nasz\w*|vår|vårt|bizim|当店の)\s*\S*\s*$"
)


def _service_ids(doc: Document) -> list[Span]:
    """Spans (in :attr:`Document.words`) of "<Service> ID" handles."""
    text = doc.text
    out: list[Span] = []
    if "ID" not in text and "Id" not in text:
        return out
    for m in _SERVICE_ID.finditer(text):
        if m.group(1).lower() in _NOT_A_SERVICE:
            continue
        starts = doc.words.starts
        i = bisect_left(starts, m.start())
        j = bisect_left(starts, m.end())
        if i < j:
            out.append((i, j))
    return out


# Who else may want the buyer's data (a manufacturer registering a warranty), and "write it
# here": the seller is the one asking either way.
_MAKER_EN: Final = (
    r"(?:manufacturer|maker|brand|producer|supplier|importer|warranty (?:service|department|"
    r"team))(?:'s)?"
)
_HERE_EN: Final = (
    r"(?:write|type|put|pop|enter|note|jot|add|stick|post|leave|drop) (?:(?:it|them|that|this|"
    r"those|these) )?(?:(?:down|in) )?(?:right )?(?:here|below)"
)

GIVE_US: Final = Lexicon(
    "give us",
    {
        "en": [
            # round 28c: a lack of it ("we are still missing your date of birth")
            r"(?:we are|we're|we|i am|i'm|i) (?:still |also )?(?:missing|lack|lacking)",
            # round 27c: a wish ("we'd like your mobile number", "we would love ur email")
            r"(?:we|i)(?:'d| would) (?:really |also |still )?(?:like|love|want|appreciate)|"
            r"(?:we|i) (?:want|wish) to (?:have|get)",
            # round 24b: "reply here with your number", "answer this message with yours"
            r"(?:reply|respond|answer) (?:[^\s.!?;]+ ){0,5}?with (?:your|yours|the|a|an)|"
            # a soft ask or a pretext: 'it would help to have your private e-mail', 'we ask for a copy of your ID'  # noqa: E501
            r"(?:would|'d) (?:be )?(?:helpful|handy|useful)|(?:would|'d) help|mind (?:sharing|giving|telling|sending)|we (?:ask|request) (?:for|a|an|your)",  # noqa: E501
            r"send (?:us|me)|send (?:your|ur|yr)|send over|attach|upload|e-?mail (?:over|us|me)|send a copy|confirm your|reply with|respond with|answer with|provide|give (?:us|me)|share|"  # noqa: E501
            r"reach you|contact you|call you|text you|"
            r"leave|put|type|enter|jot down|drop (?:us|me)|"
            r"tell (?:us|me)|let (?:us|me) (?:know|have)|(?:we|i) (?:need|require|will need|'ll "
            r"need)|write (?:down|us)|text (?:us|me)|forward|leave (?:us|me)|what is|what's|"
            r"confirm|could you (?:send|give|share|provide|tell)|include|add|note down|what are|"
            r"which (?:is|are)|"
            r"so (?:that )?(?:the driver|we|our team|the courier) can (?:call|contact|reach|text|"
            r"email|ring)|(?:can|may) (?:we|i) (?:have|get)|ask (?:you )?for|drop|pop|"
            # (round 32c) the verb, not the "USB stick" of a how-to: "stick your number in"
            r"stick (?:it|them|that|this|your|yours|ur|the|a|an) |"
            r"get hold of you|get in touch with you|in (?:your|the|a) reply|"
            # needing it, conditionally or impersonally, asks for it just the same
            r"(?:we|i)'(?:ll|d) need|(?:would|will|'d|'ll) need (?:your|the|a|an)|"
            # an adverb between ("I just need", "we'd still need", "we only require")
            r"(?:we|i)(?:'d|'ll| would| will)? (?:just|only|still|also|simply|now|then|first|"
            r"really) (?:need|require)|"
            r"(?:would|will) (?:be )?(?:needed|required)|(?:is|are) (?:needed|required)|"
            # a third party wants it, the buyer is to write it on the thread: "for the
            # warranty the manufacturer wants your date of birth; just write it here"
            f"{_MAKER_EN} ~ (?:wants|needs|asks for|requires|requests|would like)|{_HERE_EN}",
        ],
        "de": [
            # round 28c: a lack of it ("fehlt uns noch Ihr Geburtsdatum")
            r"(?:uns|mir) (?:noch )?fehl(?:t|en)|fehl(?:t|en) (?:uns|mir)",
            # round 27c: a wish ("wir hätten gerne Ihre Handynummer", "ich möchte sie haben")
            r"(?:hätten|hätte) (?:wir|ich) (?:[\w-]+ )?gerne?|"
            r"(?:wir|ich) (?:hätten|hätte) (?:[\w-]+ ){0,2}?gerne?|"
            r"(?:wir|ich) (?:möchten|möchte|würden|würde) (?:[^\s.!?;]+ ){0,6}?"
            r"(?:haben|bekommen|erhalten|wissen)",
            # round 24b: "dürfte ich Ihre Handynummer haben", "uns genügt Ihre Handynummer",
            # "antworten Sie einfach mit Ihrer Handynummer"
            r"(?:darf|dürfte|dürfen|dürften|kann|könnte|können|könnten) (?:ich|wir) ~ "
            r"(?:haben|bekommen|erfahren)|(?:uns|mir) (?:genügt|genügen|reicht|reichen)|"
            r"(?:genügt|reicht|genügen|reichen) (?:uns|mir)|"
            r"antworte\w* (?:[^\s.!?;]+ ){0,5}?mit (?:ihr|dein|eu)\w*|"
            # 'falls Sie sie uns verraten mögen', 'wäre Ihre private Adresse hilfreich', 'wir bitten um'  # noqa: E501
            r"verraten|(?:wäre|wären|ist) (?:[\w-]+ ){0,5}?hilfreich|hilfreich wäre|bitten (?:wir )?(?:sie )?um|lassen sie uns ~ da",  # noqa: E501
            r"senden sie|schicken sie|teilen sie|nennen sie|geben sie|mitteilen|mitzuteilen|"
            r"wie lautet|wie lauten|wie ist|welche\w* (?:nummer|telefonnummer|adresse)|"
            r"schicken|senden|nennen|zusenden|durchgeben|angeben|hinterlegen sie|"
            r"übermitteln|zukommen|antworten sie mit|bestätigen sie|benötigen|brauchen|"
            r"hinterlassen sie|schreiben sie (?:uns|mir)|lassen sie uns ~ wissen|"
            r"schreib (?:uns|mir)|"
            r"schick (?:uns|mir)|gib (?:uns|mir)|sag (?:uns|mir)|nenn (?:uns|mir)|teil (?:uns|mir)|"
            r"bräuchten|benötigten|(?:wird|werden|würde|würden) ~ benötigt|"
            # the seller alone ("bräuchte ich noch", "ich benötige")
            r"bräuchte ich|benötige ich|brauche ich|benötigte ich|"
            r"ich (?:bräuchte|benötige|brauche)|"
            r"(?:ist|sind|wäre|wären) ~ erforderlich|"
            r"schreibt uns|schickt uns|damit (?:der fahrer|"
            r"wir|der zusteller) ~ (?:anrufen|erreichen|kontaktieren)|"
            r"damit ich ~ (?:an den fahrer|an die spedition|an den zusteller) ~ weitergeben|"
            r"(?:hersteller|marke|garantieservice|lieferant)\w* ~ (?:möchte|will|braucht|benötigt|"
            r"verlangt|fordert|bittet um)|"
            r"(?:möchte|will|braucht|benötigt|verlangt) (?:der|die|das) "
            r"(?:hersteller|marke|garantieservice|lieferant)\w*|(?:schreiben|tragen|tippen|setzen|"
            r"geben) sie (?:es|sie|ihn|das|diese) (?:\w+ )?(?:hier|unten)|hier (?:in den verlauf|"
            r"ein|hinein|eintragen|eingeben|reinschreiben)",
        ],
        "fr": [
            # round 28c: a lack of it ("il nous manque votre date de naissance")
            r"(?:nous|me) manquen?t?",
            # round 27c: a wish ("nous aimerions avoir votre numéro de portable")
            r"(?:nous|je) (?:aimerions|aimerais|souhaiterions|souhaiterais|voudrions|voudrais|"
            r"souhaitons|souhaite) (?:[\w'-]+ ){0,2}?(?:avoir|obtenir|recevoir|connaître|disposer)|"
            r"j'aimerais (?:[\w'-]+ ){0,2}?(?:avoir|obtenir|recevoir|connaître|disposer)",
            # round 24b: "puis-je avoir votre portable", "il nous suffit de votre",
            # "répondez à ce message avec"
            r"(?:puis-je|pourrais-je|pourrions-nous|pouvons-nous|peut-on) (?:avoir|obtenir|"
            r"connaître|noter|récupérer)|(?:nous|me) (?:suffit|suffira|suffirait|suffisent|"
            r"suffiront)|répond\w* (?:[^\s.!?;]+ ){0,5}?(?:avec|en (?:indiquant|précisant|"
            r"donnant))|"
            # 'vous pouvez nous laisser un 06', 'votre e-mail serait utile', 'nous demandons une copie'  # noqa: E501
            r"nous laisser|me laisser|(?:serait|seraient) (?:bien )?(?:utiles?|pratiques?)|nous (?:vous )?demandons",  # noqa: E501
            r"envoyez|envoyer|communiquez|communiquer|indiquez|indiquer|donnez|donner|"
            r"quel est|quelle est|quels sont|quelles sont|"
            r"transmettez|transmettre|partagez|confirmez|répondez avec|avons besoin|"
            r"nous faire parvenir|nous envoyer|nous communiquer|nous donner|nous indiquer|"
            r"il (?:nous|me) (?:faut|faudrait|faudra)|nous aurions besoin|j'aurais besoin|"
            r"j'ai besoin|me (?:faire parvenir|transmettre|communiquer|donner|indiquer|envoyer)|"
            r"(?:est|sont|serait|seraient) "
            r"(?:nécessaire|indispensable|requis)e?s?|"
            r"laissez-nous|faites-nous parvenir|pourriez-vous nous|écrivez-nous|écrivez-moi|"
            r"nous écrire|m'écrire|afin que (?:le livreur|nous) "
            r"puisse\w* (?:vous )?(?:appeler|joindre|contacter)|"
            r"(?:fabricant|marque|fournisseur|service (?:de )?garantie) (?:veut|demande|exige|a "
            r"besoin|souhaite|voudrait)|(?:écrivez|notez|indiquez|mettez|tapez|inscrivez)-(?:le|la|"
            r"les) (?:\w+ )?ici|ici (?:dans|sur) (?:la|cette) (?:conversation|discussion|"
            r"messagerie)",
        ],
        "es": [
            # round 28c: a lack of it ("nos falta su DNI"); the informal question ("me puedes
            # pasar tu número")
            r"(?:nos|me) faltan?|(?:me|nos) (?:puedes|podrías|puede|podría) "
            r"(?:pasar|mandar|enviar|dar|escribir|decir)|"
            r"pásame|mándame|envíame|escríbeme",
            # round 27c: a wish ("nos gustaría tener su número de móvil")
            r"(?:nos|me) (?:gustaría|encantaría) (?:[\w-]+ ){0,2}?(?:tener|recibir|saber|conocer|"
            r"contar con)|(?:queremos|quisiéramos|quisiera|deseamos|desearíamos) (?:[\w-]+ ){0,2}?"
            r"(?:tener|recibir|saber|conocer|contar con)",
            # round 24b: "nos basta con su móvil", "responda a este mensaje con su número"
            r"(?:nos|me) (?:basta|bastaría|bastará|bastan|vale)|basta con|"
            r"respond\w* (?:[^\s.!?;]+ ){0,5}?con (?:su|tu|sus)|"
            r"contést\w* (?:[^\s.!?;]+ ){0,5}?con (?:su|tu)|"
            r"(?:puedo|podría|podemos|podríamos) (?:tener|saber|pedirle|conocer|anotar)|"
            # 'pásenos su correo', '¿nos dice a qué correo ...?', 'le pedimos una copia'
            r"pás(?:enos|eme|ame|anos)|(?:nos|me) dice (?:a )?(?:que|cual|su|tu)|(?:sería|serían) (?:muy )?(?:útil|útiles|práctico)|nos vendría bien|(?:le )?pedimos",  # noqa: E501
            # Portuguese and Catalan: "envie-nos", "mande-nos", "ens podeu enviar"
            r"(?:envie|mande|indique|diga|enviar|indicar|mandar)-nos|pode (?:enviar|indicar|mandar)|(?:envieu|doneu|digueu)-nos|ens (?:podeu|podríeu) (?:enviar|donar|dir)",  # noqa: E501
            r"envíenos|envíe|enviar|díga(?:me|nos)|dime|facilítenos|facilite|indíquenos|indique|"
            # round 25b: the bare "give me" ("deme su móvil", "dame tu número")
            r"d[eé](?:me|nos)|da(?:me|nos)|d[eé]je(?:me|nos)|déja(?:me|nos)|"
            r"proporcione|"
            # "¿nos pasa su móvil?": to pass, the everyday word for giving a number
            r"nos pas(?:a|as|aría|ará|e)|"
            r"cuál es|cuáles son|respóndenos|envíanos|mándanos|dinos|pásanos|nos da|nos puede "
            r"dar|facilitar|nos facilita|nos indica|nos envía|nos manda|nos deja|"
            r"me (?:manda|envía|pasa|facilita|indica|deja)|"
            r"déjenos|dejarnos|deje|anote|escriba|escribirnos|escribirme|escríbame|escríbenos|"
            r"proporciónenos|compártanos|comparta|díganos|denos|confirme|necesitamos|"
            r"indicarnos|facilitarnos|enviarnos|proporcionarnos|darnos|decirnos|"
            r"comunicarnos|mandarnos|háganos llegar|hacernos llegar|"
            r"indícanos|facilítanos|compártenos|confírmanos|mándenos|mándeme|escríbanos|"
            r"necesitaríamos|necesitaremos|necesito|necesitaría|nos (?:piden|exigen|solicitan)|"
            r"(?:nos|me) (?:l[oa]s? )?(?:puede|podría|pueden|podrían) (?:mandar|enviar|pasar|"
            r"facilitar|dar|indicar|adjuntar)|nos (?:hace|haría|hará) falta|(?:es|será|sería) "
            r"necesari[oa]|se (?:necesita|requiere)|"
            r"respóndanos con|para que (?:el repartidor|podamos|el mensajero) ~ (?:llamar|"
            r"contactar|localizar)|"
            r"(?:fabricante|marca|proveedor|servicio técnico) (?:quiere|pide|necesita|exige|"
            r"solicita)|"
            r"(?:escríbal|póngal|anótel|indíquel|déjel)[oa]s? (?:\w+ )?aquí|(?:escribirl|ponerl|"
            r"anotarl|indicarl|dejarl)[oa]s? aquí|nos (?:l[oa]s? )?(?:puede|podría|pueden|podrían) "
            r"(?:escribir|decir|dejar|anotar|confirmar)",
        ],
        "it": [
            # round 28c: a lack of it ("ci manca il suo codice fiscale"); the informal question
            # ("mi puoi mandare il tuo numero")
            r"(?:ci|mi) (?:manca|mancano)|(?:mi|ci) (?:puoi|potresti|può|potrebbe) "
            r"(?:mandare|inviare|dare|scrivere|dire|girare)|"
            r"mandami|scrivimi|girami",
            # round 27c: a wish ("vorremmo avere il suo numero di cellulare")
            r"(?:vorremmo|vorrei|ci piacerebbe|mi piacerebbe|desideriamo|desidereremmo) "
            r"(?:[\w'-]+ ){0,2}?(?:avere|ricevere|sapere|conoscere)|gradiremmo|gradirei",
            # round 24b: "ci basta il suo cellulare", "risponda a questo messaggio con",
            # "posso avere il suo numero"
            r"(?:ci|mi) (?:basta|basterebbe|basterà|bastano)|"
            r"rispond\w* (?:[^\s.!?;]+ ){0,5}?con (?:il|la|i) (?:suo|sua|tuo|tua)|"
            r"(?:posso|potrei|possiamo|potremmo) (?:avere|sapere|chiederle|chiederti|conoscere|"
            r"annotare)|"
            # 'ci sarebbe utile il suo cellulare', 'ci passi la mail', 'le chiediamo una copia'
            r"(?:sarebbe|sarebbero) (?:molto )?(?:utile|utili|comod\w*)|ci passi|(?:le )?chiediamo",
            r"ci invii|invii|inviarci|ci fornisca|fornisca|fornirci|ci comunichi|comunichi|"
            r"qual è|quale è|quali sono|ci servono|ce li può|ce lo può|ce la può|comunicarceli|"
            r"rispondici|inviaci|mandaci|dicci|scrivici|"
            r"comunicarci|ci indichi|indichi|ci dia|condivida|ci lasci|confermi|abbiamo bisogno|"
            r"indicarci|darci|dirci|mandarci|ci mandi|farci avere|"
            r"mandami|scrivimi|dimmi|inviami|indicaci|ci scrivi|ci mandi|ci scriva|mi scriva|"
            r"scriverci|scrivermi|"
            r"ci serve|risponda con|affinché (?:il corriere|possiamo) ~ (?:chiamar\w*|contattar\w*)|"  # noqa: E501
            r"ci servirebbe\w*|avremmo bisogno|mi serv\w*|ho bisogno|avrei bisogno|"
            r"mi (?:invii|mandi|dia|comunichi|indichi|faccia avere|lasci|passi)|"
            # the present as a question: "mi manda il suo cellulare?", "ci dà la sua mail?"
            r"(?:ci|mi) (?:manda|invia|dà|da|dice|scrive|lascia|passa|comunica|indica|fa avere)|"
            r"ci (?:chiedono|richiedono)|"
            r"(?:è|sarebbe) necessari[oa]|occorr\w*|"
            r"(?:produttore|marchio|fornitore|casa madre) (?:vuole|chiede|richiede|ha bisogno)|"
            r"(?:lo|la|li|le) (?:scriva|metta|inserisca|indichi|lasci) (?:pure |anche )?qui|qui "
            r"nella (?:conversazione|chat)|ci (?:può|potrebbe|possono|potrebbero) (?:scrivere|dire|"
            r"lasciare|indicare)",
        ],
        "ja": [
            # round 28c: a lack of it ("生年月日が足りません")
            r"足りません|足りない|不足して",
            # round 27c: a wish ("携帯番号をいただきたいです")
            r"(?:いただき|頂き|お伺いし|伺い|お教えいただき|教えていただき|お知らせいただき)たい",
            # round 24b: "携帯番号だけで結構です"
            r"だけで(?:結構|大丈夫|十分|構いません)|"
            # '携帯番号を頂戴できますでしょうか'
            r"頂戴|お聞かせ|ご教示|お教え|ご入力|入力して|"
            # round 25b: the bare "give me" ("携帯電話の番号をください")
            r"を(?:ください|下さい)",
            r"教えて|お知らせ|ご連絡ください|お送り|送って|ご記入|ご提供|お伺い|いただけ|"
            r"が必要(?:です|となります|になります|でございます)|を必要として(?:おり|います)",
        ],
    },
)

# Asks that need no "your": "we need a mobile number and an e-mail address", "reply with a
# phone number", "prosimy o odesłanie numeru komórki", "ご返信ください".
SEND_BACK: Final = Lexicon(
    "send back",
    {
        "en": [
            r"reply with|respond with|send (?:us|me) (?:a|an|the)|we (?:need|require|'ll need|"
            r"will need) (?:a|an|the)|(?:number|e-?mail|address|mail) please"
        ],
        "de": [
            # 'geben Sie uns bitte eine Handynummer'
            r"(?:geben|nennen|schicken|schreiben) sie uns (?:bitte )?(?:noch )?(?:eine? )?(?:handynummer|telefonnummer|mobilnummer|nummer|e-?mail\w*)",  # noqa: E501
            r"benötigen wir|brauchen wir|(?:antworten|schicken|senden) sie uns|"
            r"(?:nummer|adresse|e-?mail) bitte",
        ],
        "fr": [
            # 'laissez-nous un numéro'
            r"(?:indiquez|donnez|laissez|communiquez)-nous (?:un|une|le|la) (?:numéro|portable|0[67]|e-?mail|adresse)",  # noqa: E501
            r"nous avons besoin d|merci de nous (?:répondre|envoyer|communiquer|indiquer|donner)|"
            r"répondre avec|pour que (?:le (?:livreur|transporteur)|nous) puisse\w* (?:vous )?"
            r"(?:appeler|joindre|contacter)",
        ],
        "es": [
            # 'pásenos también un móvil'
            r"(?:indíquenos|pásenos|díganos|déjenos|facilítenos) (?:por favor )?(?:también )?(?:el |un )?(?:número|teléfono|móvil|correo|e-?mail)",  # noqa: E501
            r"necesitamos|envíenos|respóndanos con|mándenos",
        ],
        "it": [
            # 'ci indichi per favore numero di cellulare e indirizzo email'
            r"(?:ci|mi) (?:indichi|dia|lasci|passi|mandi|scriva) (?:per favore |pure |gentilmente )?(?:anche )?(?:il |un )?(?:numero|cellulare|indirizzo e-?mail|mail|email|recapit\w*)",  # noqa: E501
            r"ci serve|ci servono|abbiamo bisogno|ci invii|risponda con",
        ],
        "ja": [
            r"ご返信ください|ご返信いただけ|お送りください|お知らせください|教えてください|ご返送"
        ],
    },
)

# "Which number should the driver ring you on?": the question is the ask.
CONTACT_QUESTION: Final = Lexicon(
    "contact question",
    {
        "en": [
            rf"(?:your|you) (?:name|handle|username|user name|nick(?:name)?|profile|account|id) "
            rf"(?:on|in|at) {_SOCIAL}|what(?:'s| is| are) your {_SOCIAL} (?:name|handle|username|"
            rf"id|profile|account)|(?:how|where) (?:do|can|could|should) (?:we|i) find you on "
            rf"{_SOCIAL}",
            r"(?:which|what) (?:phone |mobile |cell |telephone |contact |landline |home )?"
            r"(?:number|e-?mail(?: address)?) ~ (?:call|ring|reach|text|contact|phone|get hold|use|"
            r"best|you)|(?:what's|what is|what) (?:the |your )?best (?:number|way to (?:reach|call|"
            r"contact))|"
            # no contact noun: "which digits should the courier dial", "the digits the courier
            # can ring you on", "the best way for the courier to get hold of you directly"
            r"(?:which|what|the|your) digits (?:[^\s.!?;]+ ){0,5}?(?:dial|ring|call|text|reach|"
            r"use)|(?:what's|what is|what) (?:the |your )?best way (?:for (?:[^\s.!?;]+ ){1,3}?)?"
            r"to (?:reach|call|contact|text|get hold of|get in touch with) you|"
            r"best number (?:to|for|on)|how (?:can|should|could|do) (?:we|the driver|"
            r"the courier|they|i) (?:reach|contact|call|get hold of) you|where (?:can|should|do) (?:we|i) "  # noqa: E501
            r"(?:e-?mail|mail|send|reach|contact|text) you|your (?:mobile|cell|phone number|number|"
            r"e-?mail(?: address)?|landline)(?: number)?,? please",
        ],
        "de": [
            # no contact noun: "welche Ziffern soll der Kurier wählen?"
            r"welche ziffern ~ (?:wählen|anrufen|erreichen)|wie (?:erreicht|erreichen) (?:der|"
            r"die) (?:kurier|fahrer\w*|zusteller\w*|bote) sie am (?:besten|schnellsten)",
            rf"wie heißen sie (?:auf|bei|in|im) {_SOCIAL}|ihr(?:en|e)? (?:name\w*|profil\w*|"
            rf"benutzername\w*|nutzername\w*|konto|account) (?:auf|bei|in|im) {_SOCIAL}|"
            rf"wie finden wir sie (?:auf|bei|in|im) {_SOCIAL}",
            r"unter welcher (?:telefon|handy|mobil)?nummer|welche (?:telefonnummer|handynummer|"
            r"nummer|e-?mail-?adresse) ~ (?:erreichen|anrufen|kontaktieren|verwenden|nutzen)|"
            r"wie (?:können|kann|könnten|sollen) (?:wir|der fahrer|der zusteller|der bote) sie ~ "
            r"(?:erreichen|kontaktieren|anrufen)|wie sind sie (?:am besten )?(?:telefonisch )?"
            r"erreichbar|wo (?:erreichen|erreicht) (?:wir|der fahrer|man) sie|wie erreichen wir sie|"  # noqa: E501
            r"wo können wir ihnen ~ (?:mailen|hinmailen|schicken|senden)|ihre (?:handy|mobil|telefon)"  # noqa: E501
            r"nummer,? bitte",
        ],
        "fr": [
            # no contact noun: "quels chiffres le livreur doit-il composer ?"
            r"quels chiffres (?:[^\s.!?;]+ ){0,5}?(?:composer|appeler|joindre)|"
            r"meilleur moyen (?:pour (?:le|la) \w+ )?de vous (?:joindre|contacter|appeler)",
            rf"votre (?:nom|pseudo|profil|identifiant|compte) (?:sur|dans) {_SOCIAL}|"
            rf"comment vous (?:appelez-vous|trouver) sur {_SOCIAL}",
            r"à quel (?:numéro|numero)|quel (?:numéro|numero|e-?mail|adresse) ~ (?:joindre|appeler|"
            r"contacter|utiliser)|comment (?:pouvons-nous|peut-on|le livreur peut-il|pourrions-nous) "  # noqa: E501
            r"vous (?:joindre|contacter|appeler)|où (?:pouvons-nous|peut-on) vous (?:joindre|envoyer|"  # noqa: E501
            r"écrire)|votre (?:portable|numéro|téléphone|e-?mail),? (?:s'il vous pla[iî]t|svp)",
        ],
        "es": [
            # no contact noun: "¿qué cifras debe marcar el repartidor?"
            r"qué (?:cifras|dígitos) ~ (?:marcar|llamar)|mejor (?:forma|manera) (?:para que "
            r"\w+ \w+ )?de (?:contactarle|localizarle|llamarle|contactar con usted)",
            rf"(?:cómo se llama|cómo te llamas|cómo le encontramos|cómo lo encontramos) (?:usted )?"
            rf"en {_SOCIAL}|(?:su|tu) (?:nombre|usuario|perfil|cuenta) (?:en|de) {_SOCIAL}",
            r"(?:a|en) qué (?:número|numero|teléfono|móvil)|qué (?:número|teléfono|correo) ~ "
            r"(?:llamar|contactar|localizar|usar)|cómo (?:podemos|puede|pueden|podríamos) "
            r"(?:contactarle|localizarle|llamarle|contactarte|localizarte|llamarte|contactar con "
            r"usted)|dónde (?:podemos|puede) (?:localizarle|llamarle|enviarle|escribirle)|su (?:móvil|"  # noqa: E501
            r"teléfono|número|correo),? por favor",
        ],
        "it": [
            # no contact noun: "quali cifre deve comporre il corriere?"
            r"quali cifre ~ (?:comporre|chiamare|digitare)|modo migliore (?:per \w+ \w+ )?(?:per|"
            r"di) (?:contattarla|raggiungerla|chiamarla)",
            rf"(?:suo|tuo) (?:nome|profilo|account|nick|nickname|utente) (?:su|di|in) {_SOCIAL}|"
            rf"come si chiama su {_SOCIAL}",
            r"(?:a|su) quale (?:numero|cellulare|telefono)|quale (?:numero|email|indirizzo) ~ "
            r"(?:chiamar\w*|contattar\w*|raggiung\w*|usare)|come (?:possiamo|può|potrebbe|"
            r"potremmo) (?:contattarla|raggiungerla|chiamarla|contattarti|chiamarti|raggiungerti)|"
            r"dove (?:possiamo|può) (?:raggiungerla|chiamarla|inviarle|scriverle)|il suo (?:cellulare|"  # noqa: E501
            r"numero|telefono),? per favore",
        ],
        "ja": [r"何番|どちらの(?:番号|電話)|連絡のつく(?:番号|電話)|ご連絡先を(?:教え|お知らせ)"],
    },
)

# "There is no need to send us your number": the ask is waived, not made.  Before the data
# word in its clause ...
NO_NEED: Final = Lexicon(
    "no need",
    {
        "en": [
            r"no need|not need|don't need|do not need|needn't|need not|not necessary|unnecessary|"
            r"don't have to|do not have to|won't need|will not need|never (?:ask|need)|"
            r"(?:please )?(?:don't|do not|never) (?:send|share|give|post|reply with)"
        ],
        "de": [
            r"weder|nicht nötig|nicht notwendig|nicht erforderlich|müssen ~ (?:nicht|nichts|keine\w*)|"  # noqa: E501
            r"brauchen ~ (?:nicht|nichts|keine\w*)|keine\w* ~ nötig|"
            r"(?:senden|schicken|geben) sie (?:uns |mir )?(?:bitte )?(?:keine|nicht)"
        ],
        "fr": [
            r"inutile|pas besoin|pas nécessaire|n'avez pas (?:à|besoin)|jamais|"
            r"ne (?:nous |me )?(?:envoyez|communiquez|donnez|transmettez) (?:pas|jamais)"
        ],
        "es": [
            r"no hace falta|no es necesario|no necesita|no tiene que|no necesitamos|nunca|ni|"
            r"no (?:nos |me )?(?:envíe|envíes|mande|mandes|facilite|comparta|dé)"
        ],
        "it": [
            r"non serve|non è necessario|non deve|non c'è bisogno|non abbiamo bisogno|mai|né|"
            r"non (?:ci |mi )?(?:invii|mandi|comunichi|dia)"
        ],
        # Japanese puts the waiver after the data word: see NOT_NEEDED
        "ja": [r"必要はございません|必要はありません|不要"],
    },
)
# ... or after it, in its sentence ("your number is not needed", "必要はございません").
NOT_NEEDED: Final = Lexicon(
    "not needed",
    {
        "en": [
            r"(?:is|are)(?: not|n't) (?:needed|required|necessary)",
            # round 25b: nothing at all wanted of the buyer ("the driver rings the number on
            # the order, we need nothing from you"); "nothing else from you" is no waiver
            r"(?:need|needs|require|want) nothing (?:at all )?from you|nothing (?:is )?(?:needed|"
            r"required) from you",
        ],
        "de": [
            r"nicht (?:nötig|notwendig|erforderlich|benötigt)",
            r"von ihnen (?:brauchen|benötigen) wir nichts(?! weiter| mehr| anderes)|"
            r"(?:brauchen|benötigen) wir nichts von ihnen|"
            r"(?:brauchen|benötigen) wir von ihnen nichts(?! weiter| mehr| anderes)",
        ],
        "fr": [
            r"(?:n'est|ne sont) pas (?:nécessaire|utile|indispensable|requis)e?s?",
            r"(?:nous )?n'avons besoin de rien(?: de votre part| de vous)?(?! d'autre| de plus)|"
            r"rien (?:n'est nécessaire|à faire) de votre (?:part|côté)",
        ],
        "es": [
            r"no (?:es|son) necesari[oa]s?",
            r"no (?:le )?necesitamos nada(?! más)(?: de usted| por su parte)?|"
            r"no hace falta nada por su parte",
        ],
        "it": [
            r"non (?:è|sono) necessari[oae]",
            r"(?:da lei )?non ci serve (?:nulla|niente)(?! (?:altro|di più|più))|"
            r"non abbiamo bisogno di (?:nulla|niente)(?! (?:altro|di più|più))",
        ],
        "ja": [
            r"(?:いただく|頂く|お願いする|ご用意いただく)(?:もの|こと)は(?:何も|なにも)(?:ございません|ありません)|"
            r"(?:お客様|ご購入者様)(?:から|に)は何も(?:必要|ご対応|いただ)",
            r"必要は(?:ございません|ありません)|必要ありません|不要です|不要|"
            r"(?:お送り|送信|ご記入|ご連絡)(?:に|し)?ならないでください|送らないでください|しないでください",
        ],
    },
)

# (round 31c) The seller withholding the data, not asking for it: "we can't give you a phone
# number", "eine Telefonnummer dürfen wir hier nicht nennen", "numeru telefonu nie możemy tu
# podać", "maila ani telefonu nie potrzebujemy"; and a number denied to be a phone ("ce n'est
# pas un numéro de téléphone").  Read in the data word's clause, before or after it: the
# seller is the one who would give, or needs nothing.
WITHHELD: Final = Lexicon(
    "we withhold",
    {
        "en": [
            r"(?:we|i) (?:can't|cannot|can not|couldn't|could not|are not allowed to|aren't "
            r"allowed to|'re not allowed to|may not|must not|are unable to|'re unable to|won't|"
            r"will not|don't|do not) (?:give|share|pass on|provide|hand out|disclose|offer|post|"
            r"publish|need|require|ask for)",
            r"(?:is|are)(?: not|n't) (?:a|an|any) (?:phone|telephone|mobile)",
        ],
        "de": [
            r"(?:können|dürfen|werden|möchten) wir ~ (?:nicht|keine\w*) (?:geben|nennen|"
            r"herausgeben|weitergeben|mitteilen|teilen|anbieten|veröffentlichen)|"
            r"wir (?:können|dürfen) ~ (?:nicht|keine\w*) (?:geben|nennen|herausgeben|weitergeben|"
            r"mitteilen)|(?:brauchen|benötigen|nutzen) wir ~ (?:nicht|keine\w*)|"
            r"(?:ist|sind) (?:keine|nicht die) (?:telefon|handy|mobil)\w*"
        ],
        "fr": [
            r"(?:nous|je) ne (?:pouvons|pourrons|pouvons malheureusement|peux|devons|sommes pas "
            r"autorisés à) (?:pas )?(?:vous )?(?:donner|communiquer|transmettre|partager|indiquer|"
            r"fournir|diffuser)|n'avons pas besoin|n'est pas (?:un|une|le) (?:numéro de téléphone|"
            r"téléphone|portable)",
            # (round 21b) "nous n'avons pas de numéro de téléphone à vous communiquer"
            r"(?:nous|je) n'(?:avons|ai) (?:malheureusement )?pas d[e']|"
            r"nous ne disposons pas d[e']|"
            r"(?:à|a) vous (?:communiquer|donner|transmettre|fournir|indiquer)",
        ],
        "es": [
            r"no (?:le |te |les )?(?:podemos|puedo|podremos|debemos) (?:dar|facilitar|compartir|"
            r"pasar|proporcionar|indicar|dejar|publicar)|no (?:nos )?(?:está|es) permitido (?:dar|"
            r"facilitar|compartir|pasar)|no necesitamos|no es (?:un|el) (?:número de )?teléfono"
        ],
        "it": [
            r"non (?:le |ti |vi )?(?:possiamo|posso|potremo|dobbiamo) (?:dare|fornire|comunicare|"
            r"condividere|lasciare|indicare|pubblicare)|non (?:ci )?è (?:permesso|consentito) "
            r"(?:dare|fornire|comunicare)|non ci (?:serve|servono)|non è (?:un|il) (?:numero di "
            r"telefono|telefono|cellulare)"
        ],
        "ja": [
            r"(?:お伝え|お教え|ご案内|お知らせ|ご提供|お渡し|ご連絡|記載|掲載)(?:すること)?(?:が|は)?"
            r"(?:でき(?:ません|かねます)|いたしかねます|致しかねます)|電話番号ではございません"
        ],
    },
)

# "Send it over in your reply" after a sentence naming the data: the ask refers back.
REFER_BACK: Final = Lexicon(
    "refer back",
    {
        "en": [
            # 'Amazon does not pass us your number; please type it here'
            r"(?:type|enter|write|put|pop|leave|drop|jot) (?:it|them|that) (?:\w+ )?(?:here|below|in (?:your|a|the) reply|on this thread)",  # noqa: E501
            r"(?:send|give|share|provide|pass|text|write|put|pop|drop) (?:it|them|that|this|those|"
            r"both|these)"
            r"(?: over| on| across| in| down)?",
            _HERE_EN,
            # a third party's pretext, then "reply here with these", "send those details over"
            r"(?:reply|respond|answer|get back|come back)(?: to (?:us|me))?(?: here| below| on this "  # noqa: E501
            r"thread| in (?:your|a|the) reply)? with (?:these|those|them|both|the (?:details|data|"
            r"information))|(?:these|those) (?:details|particulars) (?:here|over|on this thread)",
        ],
        "de": [
            # 'Amazon gibt uns Ihre Nummer nicht weiter. Tragen Sie sie bitte hier ein.'
            r"(?:schreiben|tippen|tragen|geben|setzen|teilen|verraten) sie (?:uns |mir )?(?:sie|ihn|es|diese) (?:\w+ )?(?:hier|unten|ein|mit)",  # noqa: E501
            r"(?:senden|schicken|geben|nennen|teilen|schreiben) sie (?:uns|mir) (?:sie|ihn|es|diese)|"  # noqa: E501
            r"(?:uns|mir) (?:sie|ihn|es|diese) (?:senden|schicken|geben|nennen|mitteilen)",
            r"antworten sie (?:uns |mir )?(?:bitte )?(?:hier )?mit (?:diesen|den|beiden) (?:angaben|daten)|"  # noqa: E501
            r"(?:diese|die|beide) (?:angaben|daten) ~ (?:hier|schicken|senden|mitteilen|nennen|durchgeben)",  # noqa: E501
        ],
        "fr": [
            # 'Amazon ne nous transmet pas votre numéro : notez-le ici'
            r"(?:écrivez|notez|indiquez|mettez|tapez|inscrivez|laissez)-(?:le|la|les)|(?:nous|me) l'(?:écrire|noter|laisser|indiquer)",  # noqa: E501
            r"(?:nous|me) les (?:envoyer|indiquer|communiquer|transmettre|donner|écrire|noter)|"
            r"répondez(?:-nous)? (?:ici )?avec (?:ces|les) (?:informations|données|éléments)|"
            r"nous l'(?:envoyer|indiquer|communiquer|transmettre|donner)|(?:envoyez|indiquez|"
            r"communiquez|transmettez|donnez)-(?:la|le|les)(?:-nous)?",
        ],
        "es": [
            # 'Amazon no nos facilita su teléfono; escríbalo aquí'
            r"(?:escríb|pón|anót|indíqu|déj|pás|escribír|dej|pas)(?:e|a)?(?:nos|me)?l[oa]s?(?![a-z])|(?:nos|me) l[oa] (?:escribe|deja|pasa|indica)",  # noqa: E501
            r"(?:envíe|mande|indique|pase|diga|facilite|envía|manda|indica|pasa|di|facilita)"
            r"(?:noslo|nosla|noslos|noslas|melo|mela)",
            r"(?:contést|respónd|escríb|mánd|envíe)(?:enos|anos|ame|eme|anos)? ~ con (?:esos|estos|dichos|"  # noqa: E501
            r"los|todos los) datos|(?:envíenos|mándenos|facilítenos|pásenos|indíquenos|"
            r"envíanos|mándanos|pásanos) (?:esos|estos|dichos) datos",
        ],
        "it": [
            # 'Amazon non ci passa il suo numero: lo scriva qui'
            r"(?:lo|la|li|le) (?:scriva|metta|inserisca|indichi|lasci|mandi|invii|scriviamo) (?:\w+ )?qui|(?:scriver|inserir|lasciar|indicar|mandar)(?:lo|la|celo|cela)",  # noqa: E501
            r"(?:ce lo|ce la|ce li|ce le|me lo|me la) (?:invii|mandi|dia|comunichi|scriva|indichi)|"
            r"(?:inviar|mandar|comunicar|dar|scriver)(?:celo|cela|celi)",
            r"rispond\w* ~ con (?:questi|quei|tali|i|tutti i) dati|(?:ci|mi) (?:invii|mandi|scriva|"
            r"comunichi|indichi|dia) (?:pure )?(?:questi|quei|tali) dati",
        ],
        "ja": [
            # 'こちらにご入力ください'
            r"(?:こちら|ここ|本メッセージ|このメッセージ)(?:に|で|へ)(?:ご記入|お書き|ご入力|入力|お知らせ|ご返信)",
            r"(?:そちら|それ)を(?:お送り|教えて|お知らせ)|(?:こちら|ここ)に(?:ご記入|お書き|ご入力|入力)",
            r"(?:これら|上記|以上|それら)の(?:情報|内容|事項)を(?:ご返信|お知らせ|お送り|ご記入|ご連絡)",
        ],
    },
)

# "The phone number in your Amazon account", "the carrier's phone number": not the buyer's
# data handed to the seller.
NOT_TO_US: Final = Lexicon(
    "not to us",
    {
        "en": [
            # round 24b: a shoe size called a number
            r"shoe (?:size|number)s?|"
            # round 30c: the size of a number on the piece ("a bigger number"); a firm's VAT
            # number for its invoice
            r"(?:bigger|larger|smaller|bolder|thicker|taller) (?:house |door )?numbers?|"
            r"vat (?:number|id|no|registration number)|"
            # the courier's copy from Amazon: 'the courier has your number from Amazon and will call you'  # noqa: E501
            r"(?:has|gets|receives|got|will get|already has) your (?:\w+ )?(?:number|phone number|mobile number|e-?mail(?: address)?) (?:from|via|through) amazon",  # noqa: E501
            r"(?:carrier|courier|ups|usps|fedex|dhl|driver)(?:'s)? (?:phone|number|contact|"
            r"e-?mail)|tracking number|order number|reference number|case number|"
            r"(?:phone|number|e-?mail) of (?:the )?(?:carrier|courier|ups|usps|fedex|dhl|"
            r"amazon|manufacturer)",
            # the missing part of the address, asked on the thread (conventions)
            r"(?:flat|apartment|apt|door|house|room|suite|unit|floor|building|street) number|"
            r"(?:the )?same (?:house |street |door |building )?number|"
            # the number of a thing, not of a person: batch, lot, serial, model, invoice, part
            r"(?:batch|lot|serial|model|part|article|item|invoice|receipt|label|product) numbers?|"
            r"amazon (?:will |'ll )?(?:\w+ ){0,3}?(?:by|via|in an) e-?mail",
            # round 25b: a firm's or a public body's purchasing numbers for its invoice
            r"(?:po|p\.o\.|purchase order|cost cent(?:re|er)|commitment|requisition|budget code|"
            r"supplier|vendor|contract|tender) numbers?",
            # round 29c: the loading dock or gate the haulier is to use, asked on the thread
            r"(?:dock|loading bay|bay|gate|ramp|door|goods-in) numbers?|"
            r"number of the (?:dock|loading bay|bay|gate|ramp|door)",
            # round 27c: the number printed or engraved on the thing ("the number stamped on
            # the lock", "the number on the back of the pieces")
            r"numbers? (?:printed|engraved|stamped|etched|embossed|molded|moulded|marked) ~ "
            r"(?:on|in|under|inside|into)|(?:printed|engraved|stamped|etched|embossed) numbers?|"
            r"numbers? on the (?:back|bottom|side|underside|base|lid|box|lock|label|sticker|tag|"
            r"pieces?|parts?|cartridge|key|carton)",
        ],
        "de": [
            # round 24b: a size up or down ("lieber eine Nummer größer")
            r"(?:eine|halbe|zwei) nummer (?:größer|kleiner)|"
            # round 30c: the size of a number on the piece; a firm's VAT number
            r"(?:größere|kleinere|dickere|dünnere)n? (?:haus)?nummer|ust-?id\w*|"
            r"umsatzsteuer-?id\w*|"
            r"sendungsnummer|bestellnummer|trackingnummer|des (?:paketdienstes|zustellers|fahrers)|"
            r"hausnummer\w*|(?:der |die )?(?:gleiche|selbe|gleichen|selben) (?:haus)?nummer|"
            r"amazon (?:\w+ ){0,4}?(?:per|via) e-?mail|"
            r"(?:chargen|los|serien|modell|artikel|teile|rechnungs|beleg|produkt)-?nummer\w*",
            # round 25b: a firm's or a public body's purchasing numbers for its invoice
            r"nummer (?:der|des|ihrer|ihres) (?:bestellanforderung|beschaffung\w*|kostenstelle|"
            r"auftrags|vergabe\w*|vertrags|rahmenvertrags)",
            # round 29c: the PO under its abbreviation and the loading dock or gate
            r"po-?nummer\w*|(?:rampen|tor|ladetor|laderampen|dock)nummer\w*|"
            r"nummer (?:der|des|ihrer|ihres) (?:laderampe|rampe|tor\w*|ladetor\w*|docks?|"
            r"wareneingang\w*)",
            # round 27c: the number printed or engraved on the thing
            r"(?:aufgedruckt|eingraviert|eingeprägt|eingestanzt|aufgeklebt|gedruckt|graviert|"
            r"geprägt|gestanzt)\w* nummer|nummer,? die (?:auf|im|in|unter|an) ~ (?:steht|"
            r"gedruckt|eingraviert|eingeprägt|eingestanzt)|nummer (?:auf|an|unter) (?:dem|der|den) "
            r"(?:rückseite|unterseite|schloss|boden|karton|etikett|aufkleber|teil\w*|deckel|"
            r"schlüssel|teilchen)",
        ],
        "fr": [
            # round 30c: the size of a number on the piece; a firm's VAT number
            r"numéros? plus (?:grand|petit|gros)s?|(?:plus )?(?:grand|petit|gros) numéro|"
            r"numéro de tva(?: intracommunautaire)?",
            r"numéro de (?:suivi|commande|colis|dossier)|du transporteur|du livreur|"
            r"amazon (?:\w+ ){0,4}?par e-?mail|"
            r"numéro (?:d'appartement|de porte|de chambre|d'étage|de bâtiment|de rue)|"
            r"(?:au|le|du) même numéro|numéro de (?:la )?(?:rue|maison)|"
            r"numéros? (?:de lot|de série|de modèle|d'article|de pièce|de facture|du ticket)",
            # round 25b: a public body's or a firm's purchasing numbers for its invoice (Chorus)
            r"numéros? (?:d'engagement(?: juridique)?|de bon de commande|de marché|de contrat|"
            r"de centre de coûts?|du bon de commande)|code service",
            # round 29c: the PO under its abbreviation and the loading dock or gate
            r"numéros? (?:de |du )?(?:bc|bdc|po|quai|la porte|porte|dock|la rampe)(?![a-z])|"
            r"numéros? du (?:quai|dock)",
            # round 27c: the number printed or engraved on the thing
            r"numéros? (?:imprimé|gravé|inscrit|estampé|frappé|poinçonné|moulé|indiqué sur)\w*|"
            r"numéros? (?:au dos|sous|sur) (?:de |du |des )?(?:la |le |les |l')?(?:serrure|pièce|"
            r"boîte|carton|étiquette|fond|dos|couvercle|clé|cartouche)\w*",
        ],
        "es": [
            # round 24b: a size up or down ("mejor un número más")
            # round 30c: the size of a number on the piece; a firm's VAT number; a tax
            # number the buyer gave, echoed back ("su NIF ... como nos indicó")
            r"números? más (?:grandes?|pequeños?)|número de iva|nif-?iva|"
            r"(?:su |el )?(?:nif|cif) ~ como (?:nos )?(?:indicó|indicaste|dio|diste|facilitó|"
            r"facilitaste)|"
            r"(?:un|medio) (?:número|numero) (?:más|menos|mayor|menor)|"
            # round 24b: a shoe size called a number ("su número de pie")
            r"(?:número|numero) de (?:pie|calzado|zapatos?|zapatillas?|botas?)|"
            r"número de (?:seguimiento|pedido|envío|caso)|del transportista|del repartidor|"
            r"amazon (?:\w+ ){0,4}?por (?:e-?mail|correo(?: electrónico)?)|"
            r"número de (?:piso|puerta|apartamento|habitación|portal|planta)|"
            r"(?:el |al |del )?mismo número|número de (?:la )?(?:calle|casa)|"
            r"números? de (?:lote|serie|modelo|artículo|pieza|factura|ticket)",
            # round 25b: a firm's or a public body's purchasing numbers for its invoice (FACe)
            r"números? de (?:(?:la )?orden de compra|expediente|contrato|centro de coste|"
            r"compromiso)|código (?:dir3|de órgano gestor|de unidad tramitadora)",
            # round 29c: the PO under its abbreviation and the loading dock or gate
            r"números? de (?:oc|po|pedido de compra)(?![a-z])|números? (?:del|de la|de) "
            r"(?:muelle|puerta|andén|rampa)",
            # round 27c: the number printed or engraved on the thing
            r"números? (?:impres|grabad|estampad|marcad|inscrit|troquelad)\w*|"
            r"números? (?:de detrás|de debajo|del dorso|del reverso|en (?:la|el|las|los) "
            r"(?:cerradura|pieza|caja|etiqueta|base|reverso|dorso|tapa|llave|cartucho))\w*",
        ],
        "it": [
            # round 24b: a size up or down ("prenda un numero in più")
            # round 30c: the size of a number on the piece
            r"numer[oi] più (?:grand|piccol)[eio]|"
            r"(?:un|mezzo) numero (?:in più|in meno|più (?:grande|piccolo))|"
            # round 24b: a shoe size called a number ("il suo numero di scarpe")
            r"numero di (?:scarpe|scarpa|piede|calzature|scarponi)|"
            r"numero (?:di tracciamento|d'ordine|di spedizione|ordine|della pratica)|del corriere|"
            r"amazon (?:\w+ ){0,4}?(?:via|per|tramite) e-?mail|"
            r"numero (?:dell'appartamento|di interno|dell'interno|civico|della camera|del piano)|"
            r"(?:lo |allo |dello )?stesso (?:numero|civico)|"
            r"numer[oi] (?:di lotto|del lotto|di serie|di modello|del modello|di articolo|della "
            r"fattura|dello scontrino)",
            # round 25b: a public body's or a firm's purchasing numbers for its invoice (SdI)
            r"numer[oi] (?:di impegno|d'impegno|della determina|di determina|del contratto|"
            r"dell'ordine di acquisto|di ordine di acquisto|di commessa)|codice (?:cig|cup|univoco|"
            r"destinatario|ufficio)",
            # round 29c: the PO under its abbreviation and the loading dock or gate
            r"numer[oi] (?:di |dell')?(?:oda|odA|po)(?![a-z])|numer[oi] (?:della|del|di) (?:baia|"
            r"banchina|porta|rampa|molo|bocca)\w*",
            # round 27c: the number printed or engraved on the thing ("il numero inciso sulla
            # serratura", "il numero stampato sul retro dei pezzi")
            r"numer[oi] (?:stampat|incis|impress|riportat[oi] su|marcat|punzonat|serigrafat)\w*|"
            r"numer[oi] (?:sul|sulla|sui|sugli|sotto|dietro|nel|nella) (?:il |la |lo |l')?(?:retro|"
            r"fondo|serratura|pezz|scatola|etichetta|coperchio|chiave|cartone|cartuccia)\w*",
        ],
        "ja": [
            r"追跡番号|注文番号|部屋番号|ロット番号|製造番号|シリアル番号|型番|品番|請求書番号|"
            # round 30c: the size of a number on the piece
            r"番号を(?:大きく|小さく)|(?:大きい|小さい|大きな|小さな)番号|"
            # round 25b: purchasing numbers for an invoice
            r"発注番号|注文書番号|契約番号|登録番号|"
            # round 27c: the number printed or engraved on the thing
            r"(?:刻印|印字|印刷|記載)(?:された|されている|の)番号|(?:裏|底|鍵|錠|ラベル|箱|部品)"
            r"(?:面)?(?:に|の)(?:ある)?番号|"
            # round 31c: a third party's line or number: the carrier's depot, its driver, the maker
            r"(?:営業所|営業店|センター|ドライバー|配達員|ヤマト運輸|佐川急便|日本郵便|郵便局|メーカー|"
            r"税関)の(?:電話番号|連絡先|番号)|お問い合わせ番号|問い合わせ番号"
        ],
    },
)

# Data kept in the buyer's Amazon account: pointing there hands nothing to the seller.
ACCOUNT: Final = Lexicon(
    "amazon account",
    {
        "en": [
            r"(?:in|on|to|via|through) (?:your )?amazon(?: account)?|your (?:amazon )?account|account settings"  # noqa: E501
        ],
        "de": [r"amazon-?konto|ihr(?:em)? konto|bei amazon|kundenkonto|amazon-?bestellung\w*"],
        "fr": [r"compte amazon|votre compte|sur amazon|commande amazon"],
        "es": [r"cuenta (?:de )?amazon|su cuenta|en amazon|pedido (?:de )?amazon"],
        "it": [r"account amazon|suo account|su amazon|ordine amazon"],
        "ja": [r"アマゾンアカウント|amazonアカウント|アカウント"],
    },
)

# The buyer's own contact: a possessive or an article before the data word.
YOUR: Final = Lexicon(
    "your",
    {
        "en": [
            r"yours|your|you|best|preferred|which|an?|some|any|(?:private|personal)(?![a-z])|"
            # round 27c: typed fast ("send me ur phone number n email pls")
            r"(?:ur|yr) (?:phone|mobile|cell|number|e-?mail|mail|contact|digits|whatsapp|"
            r"address|full name|home|private|personal)",
            # round 30c: the recipient's, for a gift ("the recipient's mobile number")
            r"(?:the )?recipient(?:'s|s)?|birthday (?:girl|boy)'?s?|the person (?:receiving|who "
            r"receives)",
        ],
        "de": [
            r"ihre\w*|ihr|eine|einen|ein|dein\w*|euer|eure\w*|private\w*|persönliche\w*",
            r"(?:des|der|dem) (?:empfänger\w*|beschenkten|geburtstagskind\w*)",  # round 30c
        ],
        "fr": [
            r"votre|vos|un|une|des|où vous joindre|personnel\w*|privée?s?",
            r"du destinataire|de la destinataire|"
            r"de la personne qui (?:la|le|les) (?:reçoit|recevra)",
        ],
        # (Portuguese and Catalan read with Spanish: "o seu telemóvel", "el vostre mòbil")
        "es": [
            r"su|sus|tu|un|una|unos|algún|personal\w*|privad[oa]s?|seu|vostre|vostra",
            r"del destinatario|de la destinataria|de la persona que lo recib\w*",  # round 30c
        ],
        "it": [
            r"suo|sua|suoi|tuo|tua|tuoi|un|una|uno|personal\w*|privat[oaie]",
            r"del destinatario|della destinataria|del festeggiato|della festeggiata",  # round 30c
        ],
        "ja": [
            r"受取人|お受取人|受け取る方|受取る方",  # round 30c
            # '年齢確認のため生年月日を': the buyer's own, no 'your' needed
            r"生年月日|携帯|メール(?=を(?:教えて|お知らせ|ご記入|ご入力))",
            r"お客様の|ご連絡先|あなたの|お電話|メールアドレス|電話番号|携帯番号|口座|line|id|パスワード|身分証",
        ],
    },
)

# Cancelling as an act: the verb, or a request for it.  The noun alone ("you can see the
# cancellation in Your Orders") reports one that happened and needs a verb of asking for it
# in the same sentence (CANCEL_NOUN and ASK_FOR below).
CANCEL: Final = Lexicon(
    "cancel",
    {
        "en": [
            r"cancel|cancell?ing|cancell?ation requests?|request to cancel|cancel button|"
            r"(?:if|that|should|when) you (?:\w+ )?cancell?ed|"
            r"withdraw(?:s|ing|n)? (?:the|your|this) (?:order|purchase)|"
            # 'calling off the order from your side', 'call the order off'
            r"call(?:s|ing|ed)? off (?:the|your|this) (?:order|purchase)|call(?:ing)? (?:the|your|this) (?:order|purchase) off|"  # noqa: E501
            r"(?:call off|undo|void|retract\w*|withdraw from|back out of|pull\w* back) "
            r"(?:the|your|this) (?:order|purchase)|"
            r"pull\w* (?:the|your|this) (?:order|purchase) back|"
            # the passive: "for the order to be withdrawn on your end"
            r"(?:order|purchase) (?:to be |being |be |is |gets? )?(?:withdrawn|retracted|"
            r"called off) (?:on|from) your (?:end|side)|"
            # other verbs of stopping an order, tied to the buyer: "the order can be stopped
            # on your side", "pulling the order on your end", "you are welcome to pull the
            # order yourself" ("we pulled your order from the shelf" is the seller's work)
            r"(?:order|purchase) (?:can |could |may |might |should |would |to |were |was |is |"
            r"gets? )?(?:be |being )?(?:stopped|pulled|halted|dropped|scrapped|aborted|called "
            r"off|taken back|backed out of) (?:[^\s.!?;]+ ){0,2}?(?:(?:on|from) your (?:end|"
            r"side)|yourself|by you|in your (?:account|orders))|"
            r"(?:stop|halt|pull|drop|scrap|abort|call off|take back)\w* (?:the|your|this) "
            r"(?:order|purchase) (?:[^\s.!?;]+ ){0,2}?(?:(?:on|from) your (?:end|side)|yourself|"
            r"by you|in your (?:account|orders)|through amazon)|"
            r"you(?:'re| are)? (?:welcome|free) to (?:stop|halt|pull|drop|call off|back out of) "
            r"(?:the|your|this) (?:order|purchase)|"
            r"back(?:s|ed|ing)? out of (?:the|your|this) (?:order|purchase)|"
            # Amazon's cancel button pointed at, unnamed: "the button in Your Orders that
            # stops the order", "a button on your order page for exactly this situation"
            r"button (?:[^\s.!?;]+ ){0,4}?(?:stops|halts|ends|undoes) (?:the|your|this) "
            r"(?:order|purchase)|"
            r"button (?:on|in) your (?:order page|orders|account) for (?:exactly )?(?:this|that|"
            r"such) (?:situation|case)"
        ],
        "de": [
            r"stornieren|stornieren sie|storniere|stornier|stornierungsanfrage\w*|stornierungsantrag\w*|"  # noqa: E501
            # 'der Rücktritt vom Kauf von Ihrer Seite', 'vom Kauf zurücktreten'
            r"damit (?:er|sie|man|amazon|der kundenservice) (?:die|ihre|diese) bestellung (?:\w+ )?storniert|"  # noqa: E501
            r"rücktritt vom (?:kauf|kaufvertrag|vertrag)|vom (?:kauf|kaufvertrag) zurück(?:treten|zutreten|treten)|"  # noqa: E501
            r"stornoanfrage\w*|antrag auf stornierung|(?:bestellung|kauf) (?:[^\s.!?;]+ ){0,5}?(?:zurückziehen|"  # noqa: E501
            r"zurückzuziehen|widerrufen|rückgängig (?:machen|zu machen))|widerrufen sie|"
            r"machen sie (?:die bestellung|den kauf) ~ rückgängig|"
            # the separable verb: "ziehen Sie die Bestellung bitte selbst zurück"
            r"(?:ziehen sie|zieh) (?:die|ihre|deine|diese) (?:bestellung|kauf) "
            r"(?:[^\s.!?;]+ ){0,6}?zurück|"
            r"(?:bestellung|kauf) (?:von ihrer seite(?: aus)?|ihrerseits|von ihnen) "
            r"(?:[^\s.!?;]+ ){0,2}?(?:zurückgezogen|widerrufen|storniert|zurückgenommen|"
            r"abgebrochen|gestoppt)|"
            # "nehmen Sie die Bestellung zurück", "brechen Sie den Kauf ab"
            r"(?:nehmen sie|brechen sie) (?:die|ihre|diese|den|ihren) (?:bestellung|kauf) "
            r"(?:[^\s.!?;]+ ){0,6}?(?:zurück|ab)(?![a-zäöü])"
        ],
        "fr": [
            r"annuler|annulez|annuliez|annuleriez|demandes? d'annulation|"
            r"renonce[rz]? à (?:la|votre|cette) (?:commande|achat)|"
            r"renonce[rz]? à (?:l'achat|votre achat)|vous rétracter|rétractez-vous|"
            # "retirer" is also collecting a parcel: withdrawing needs the buyer's side
            r"retir\w* (?:la|votre|cette) commande (?:de votre côté|depuis votre compte|"
            r"vous-même|de votre part)|retir\w* (?:vous-même|de votre côté) (?:la|votre|cette) "
            r"commande|"
            # "je vous laisse retirer la commande": left to the buyer to withdraw
            r"(?:vous laisse|libre à vous de) (?:le soin de )?retir\w* (?:la|votre|cette) commande"
        ],
        "es": [
            r"cancelar|cancele|cancelarlo|cancelarla|anular|anule|cancela|anula|cancelen|anulen|"
            r"cancelara|cancelase|anulara|anulase|"
            r"solicitud\w* de cancelaci[oó]n|"
            r"petici[oó]n de cancelaci[oó]n|desist\w* (?:del|de la|de su|de tu) (?:pedido|compra)|"
            r"dar de baja (?:el|la|su|tu) (?:pedido|compra)|d(?:e|é)(?:le|)? de baja (?:el|la|su|tu) "  # noqa: E501
            r"(?:pedido|compra)|"
            # "retirar" is also collecting a parcel: withdrawing needs the buyer's side
            r"retir\w* (?:usted |tú )?(?:el|su|tu|este|la) (?:pedido|compra) "
            r"(?:desde (?:tu|su) (?:cuenta|lado)|"
            r"por (?:tu|su) parte|de (?:tu|su) parte|usted mism[oa]|tú mism[oa])|"
            r"(?:pedido|compra) (?:sea|fuera|fuese|es) (?:retirad|cancelad|anulad)[oa] "
            r"(?:por (?:su|tu) parte|por usted|desde (?:su|tu) cuenta)"
        ],
        "it": [
            r"annullare|annulli|annullarlo|annullarla|annulla|annullate|cancellare l'ordine|"
            r"annullasse|annullerebbe|"
            r"cancelli l'ordine|cancella l'ordine|"
            # 'rinunciare all'acquisto dal suo account'
            r"rinunci\w* (?:all'|all' |al |a questo |a quest')(?:acquisto|ordine)|"
            r"richiest\w* di (?:annullamento|cancellazione)|(?:disdire|disdica|revocare|revochi) "
            r"(?:l'|il |la |suo |l' )?(?:ordine|acquisto)|"
            # "ritirare" is also collecting a parcel: withdrawing needs the buyer's side
            r"ritir\w* (?:lei |tu )?(?:l'|il |l' |l )?(?:ordine|acquisto) (?:da parte (?:tua|sua)|"
            r"da (?:il )?mio account|da i miei ordini|dal (?:tuo|suo) "
            r"(?:account|lato|profilo)|tu stess[oa]|lei stess[oa])|"
            # the buyer named after the verb: "se ritira lei l'ordine"
            r"ritir\w* (?:lei|tu) (?:stess[oa] )?(?:l'|il |l' |l )?(?:ordine|acquisto)"
            r"(?! (?:al|dal|presso|in|nel|alla|dalla|allo) (?!(?:suo|tuo) (?:account|profilo)))|"
            r"(?:ordine|acquisto) (?:venisse|venga|fosse|sia) (?:ritirat|annullat)[oa] "
            r"(?:da parte (?:sua|tua)|da lei|dal (?:suo|tuo) account)"
        ],
        "ja": [
            r"キャンセル(?:を)?(?:申請|リクエスト|手続き|して|依頼|ボタン|する|お願い)|キャンセル」を(?:押|クリック)|取り消し(?:を)?(?:申請|して)|(?:取り消し|取消|キャンセル)(?:を)?ご(?:申請|依頼)|取消(?:申請|手続き)|"
            r"(?:取り消し|取消|キャンセル)の(?:お)?(?:手続き|申請|申し込み)|"
            r"(?:ご注文|注文|ご購入|購入)を(?:撤回|取り消|取消|取り下げ|取下げ|取りやめ|取り止め)|"
            # "「キャンセル」ボタンを押して", "キャンセルはお客様の操作で", "取り消しは…ご申請"
            r"キャンセル」?(?:ボタン|を押|をクリック)|"
            r"(?:取り消し|取消|キャンセル)は[^。！？]{0,16}?(?:操作|申請|手続き|手続)"
        ],
    },
)
CANCEL_NOUN: Final = Lexicon(
    "cancellation",
    {
        "en": [r"cancell?ation"],
        "de": [r"stornierung|storno"],
        "fr": [r"annulation"],
        "es": [r"cancelaci[oó]n|anulaci[oó]n"],
        "it": [r"annullamento|cancellazione|disdetta"],
        "ja": [r"キャンセル"],
    },
)
ASK_FOR: Final = Lexicon(
    "ask for",
    {
        "en": [
            r"request|requested|requesting|submit|file|send|ask for|apply for|open|make|place|"
            r"start|initiate|rais(?:e|ed|ing)"
        ],
        "de": [
            r"beantragen|anfordern|einreichen|veranlassen|anfragen|stellen|beantragen sie|"
            r"fordern sie|reichen sie|stellen sie|veranlassen sie|lösen sie"
        ],
        "fr": [
            r"demander|demandez|soumettre|soumettez|envoyer|envoyez|faire|faites|formuler|"
            r"formulez|effectuer|effectuez|demandiez|fassiez"
        ],
        "es": [
            r"solicitar|solicite|pedir|pida|enviar|envíe|presentar|presente|tramitar|tramite|"
            r"realizar|realice|solicites|solicitas|pidas|pides|solicitaras|solicitara|solicitases|"
            r"pidieras|pidiera|pidieses"
        ],
        "it": [
            r"richiedere|richieda|chiedere|chieda|inviare|invii|presentare|presenti|inoltrare|"
            r"inoltri|effettuare|effettui|richiedi|chiedi|invia|presenta|procedi|proceda"
        ],
        "ja": [r"申請|リクエスト|依頼|手続き"],
    },
)

# "Please", "you can", "submit", "click": the buyer is to do it.
YOU_DO_IT: Final = Lexicon(
    "you do it",
    {
        "en": [
            # round 25b: the button beside the order ("the button right next to your order")
            r"(?:button|link|option) (?:right |just )?(?:next to|beside|by|under|below) your order",
            r"please|kindly|you (?:can|could|may|should|must|need to|have to|will need to|'ll "
            r"need to|just need to)|submit|request|file|open|click|tap|select|go to|"
            r"could you|would you|can you|(?:it is|it's) (?:best|easier|better) (?:if|to)|"
            r"we (?:ask|recommend|suggest|advise)|ask (?:amazon|for)|yourself|on your side|"
            r"from your (?:side|end|account)|via your orders|in your orders|through your "
            r"account|in your account|for you to|you'll want to|you will want to|easiest|"
            r"best way|quickest|hit|press|tap|just|in your order|ask amazon|contact amazon|"
            r"amazon customer service|on your end|initiate|start it|would you mind|quickest fix|"
            r"would help|(?:would|'d) be (?:easiest|easier|simpler|simplest|better|best|great|"
            r"ideal)|"
            r"(?:is|would) it (?:be )?possible|possible for you|"
            # leave it to the buyer: "feel free to back out of the order"
            r"feel free|you(?:'re| are) (?:welcome|free) to",
            # typed fast: "can u cancel it on ur end pls"
            r"(?:can|could|would|will) u|u (?:can|could|should|need to|have to|just need to)|"
            r"(?:on|from) ur (?:end|side|account)|(?:in|via|thru|through) ur (?:orders|account)|"
            r"urself|pls|plz",
        ],
        "de": [
            # round 25b: the button beside the order ("the button right next to your order")
            r"(?:knopf|button|schaltfläche) (?:direkt |gleich )?(?:neben|unter|bei) ihrer bestellung",  # noqa: E501
            r"bitte|können sie|könnten sie|müssen sie|sollten sie|beantragen|beantragen sie|"
            r"stellen sie|senden sie|klicken sie|wählen sie|gehen sie|selbst|über ihr(?:e|en)? "
            r"(?:konto|bestellungen)|in ihrem konto|wir empfehlen|veranlassen sie|"
            r"fordern sie|lösen sie|bitten sie amazon|am (?:einfachsten|schnellsten|besten)|klicken|"  # noqa: E501
            r"machen sie|wäre (?:es )?(?:ihnen )?(?:einfacher|besser|am einfachsten|am besten|"
            r"hilfreich|möglich|ideal)|würde uns (?:sehr )?helfen|ist es (?:ihnen )?möglich",
            # the buyer addressed as "du", and "ue" typed for "ü": "kannst du bei dir stornieren"
            r"kannst du|könntest du|koenntest du|kannste|bei dir|du selbst|von deiner seite|"
            r"koennen sie|koennten sie|muessen sie|ueber ihr(?:e|en)? (?:konto|bestellungen)",
        ],
        "fr": [
            # round 25b: the button beside the order ("the button right next to your order")
            r"bouton (?:juste )?(?:à côté de|sous|près de) votre commande",
            r"veuillez|merci de|vous (?:pouvez|pourriez|devez|devrez|devriez)|il vous suffit|"
            r"demandez|demander|soumettez|soumettre|envoyez|cliquez|sélectionnez|allez dans|"
            r"vous-même|depuis votre compte|dans vos commandes|nous vous conseillons|"
            r"je vous laisse|libre à vous|je vous prie|nous vous prions|"
            r"nous vous recommandons|faites une demande|faire une demande|svp|s'il vous pla[iî]t|"
            r"de votre côté|annulez|merci d'annuler|pourriez-vous|pouvez-vous|le plus (?:simple|rapide)|"  # noqa: E501
            r"serait (?:plus )?(?:simple|pratique|mieux|idéal)|nous aiderait|est-il possible|"
            r"serait-il possible|que vous annuliez|"
            r"depuis vos commandes|que vous (?:fassiez|demandiez)|merci de (?:bien vouloir )?annuler|de votre part|lancez",  # noqa: E501
            # the buyer addressed as "tu": "tu peux annuler de ton côté stp ?"
            r"tu (?:peux|pourrais|dois)|peux-tu|pourrais-tu|de ton côté|toi-même|depuis ton compte|stp",  # noqa: E501
        ],
        "es": [
            # round 25b: the button beside the order ("the button right next to your order")
            r"botón (?:justo )?(?:junto a|al lado de|debajo de) su pedido",
            r"por favor|le rogamos|le ruego|puede|podría|debe|deberá|tiene que|solicite|solicitar|"
            r"envíe|haga clic|seleccione|vaya a|usted mismo|desde su cuenta|en sus pedidos|"
            r"le recomendamos|le sugerimos|le pedimos|presente|tramite|pida|pedir a amazon|"
            r"solicite a amazon|desde (?:tu|su) (?:lado|cuenta|área|parte)|por (?:tu|su) parte|tú "
            r"mismo|cancela|cancele|anula|anule|puedes|podrías|en tu cuenta|desde tu cuenta|"
            r"lo más (?:rápido|fácil|sencillo)|en mis pedidos|solicites|sería (?:mejor|más fácil|"
            r"ideal|de gran ayuda|posible)|nos ayudaría|es posible que|"
            r"(?:te|le|les) importar[ií]a|(?:nos )?vendr[ií]a (?:muy )?(?:bien|genial)|"
            r"(?:anular|cancelar|retirar) (?:usted|tú)|"
            r"desde mis pedidos",
        ],
        "it": [
            # round 25b: the button beside the order ("the button right next to your order")
            r"pulsante (?:proprio )?(?:accanto al|sotto il|vicino al) suo ordine",
            r"per favore|la preghiamo|può|potrebbe|deve|dovrà|dovrebbe|richieda|richiedere|"
            r"invii|inviare|clicchi|selezioni|vada su|lei stesso|dal suo account|nei suoi ordini|"
            r"le consigliamo|le suggeriamo|le chiediamo|presenti|inoltri|chieda|chiedere ad amazon|"
            r"proceda|procedere|ti conviene|le conviene|conviene|annullare tu|da amazon|clicchi|"
            r"(?:richiedi|chiedi|fai|invia) tu|(?:richiedilo|chiedilo|fallo) tu|"
            # round 32b: the informal imperative with "tu": "annulla tu l'ordine"
            r"(?:annulla|annullalo|annullala|cancella|cancellalo) (?:pure )?tu(?![a-z])|"
            r"ti conviene|le conviene|conviene|annullare tu|da amazon|clicchi|"
            r"sarebbe (?:meglio|più semplice|ideale|utile|possibile)|ci aiuterebbe|è possibile che|"
            r"(?:le|ti) chiederei|la pregherei|(?:sarebbe|sarebbe molto) (?:gentile|carino)|"
            r"da (?:il )?mio account|"
            r"ti andrebbe|le andrebbe|ti dispiacerebbe|le dispiacerebbe|potresti|"
            r"la prego|ti prego|la invit\w*|"
            r"clicca|lei|pure|dalla (?:tua|sua) area|più veloce|più semplice|dal (?:tuo|suo) (?:lato|account|profilo)",  # noqa: E501
            r"(?:è|e) meglio|puoi|nn ci penalizza",
        ],
        "ja": [
            r"ください|下さい|お願い|ご自身で|申請|リクエスト|手続きを|いただけ|頂け|助かります|幸いです|"
            r"可能でしょうか|いただく|頂く|(?:一番|最も)早い|早いです|"
            # plain requests: "そちらで注文キャンセルしてもらえますか"
            r"もらえ(?:ます|ません|る|ない)|もらっても|そちらで|そちら側で"
        ],
    },
)

# The buyer sent to Amazon's customer service to have it cancelled ("ask Amazon customer
# service to cancel it for you"): "for you" is then Amazon's doing, asked of the buyer.
VIA_AMAZON: Final = Lexicon(
    "via amazon service",
    {
        "en": [
            r"(?:ask|get|have|tell|request) amazon(?:'s)? (?:customer )?(?:service|support|cs)(?: team)?"  # noqa: E501
        ],
        "de": [
            r"(?:bitten|fragen|kontaktieren) sie (?:doch |bitte |einfach )?(?:den |beim )?amazon-?kundenservice|"  # noqa: E501
            r"wenden sie sich (?:doch |bitte |einfach )?an den amazon-?kundenservice"
        ],
        "fr": [
            r"demand\w* au service clients? (?:d'|de |d' )?amazon|"
            r"(?:contactez|demandez à) (?:le |au )?service clients? (?:d'|de |d' )?amazon"
        ],
        "es": [r"pid\w* al servicio de atención al cliente de amazon|pid\w* a amazon que"],
        "it": [r"chied\w* al servizio clienti (?:di )?amazon"],
        "ja": [r"amazon ?カスタマーサービスに(?:ご連絡|依頼|お願い|連絡)"],
    },
)

# Cancellation that already happened or that the seller does: reported, not asked for.
CANCEL_DONE: Final = Lexicon(
    "cancel done",
    {
        "en": [
            r"(?:has|have|was|were|been|is|be|got|get) (?:already |now |successfully |fully )?"
            r"cancell?ed|we (?:have |will |'ll |can |already |just )?(?:cancel|cancell?ed)|"
            r"your cancell?ation request (?:arrived|came|reached us|got to us|was forwarded|was passed)|"  # noqa: E501
            r"forwarded your cancell?ation|when your cancell?ation|"
            r"no need to|not need to|don't need to|do not need to|no longer (?:need|necessary|possible)|your cancell?ation "  # noqa: E501
            r"request (?:has|was|is)|(?:received|got|processed|accepted|approved) your "
            r"(?:cancell?ation|request)|cancell?ation (?:is|was|has been) (?:confirmed|processed|"
            r"complete|done)|cancel it for you|on our side|on our end|us to cancel|"
            r"(?:shall|should|can|may) we|(?:want|like|wish) us to|we (?:will |'ll |can |have )?"
            r"(?:cancel|cancell?ed) (?:it|the order|your order|this order)? ?for you|"
            r"(?:we'll|we will|we can|we'd) (?:do|handle|take care of|sort) (?:it|that|this)|"
            r"do it for you|(?:i|we) (?:can|could|will|'ll|am able to|'m able to) (?:\w+ )?"
            r"cancel|(?:i|we)'ll (?:\w+ )?cancel|let (?:me|us) (?:\w+ )?cancel",
            # round 28b: whether the seller should cancel ("let us know if we should cancel")
            r"(?:if|whether) (?:we|i) (?:should|shall|need to|ought to|are to) cancel",
        ],
        "de": [
            r"(?:wurde|wird|ist|haben|habe) ~ storniert|wir (?:haben|werden|können) ~ "
            r"stornieren|stornieren wir|nicht (?:mehr )?nötig|müssen nicht|brauchen nicht|"
            r"ihre stornierung (?:wurde|ist)|(?:stornier\w*|erledig\w*|übernehm\w*|mach\w*) ~ "
            r"für sie|für sie (?:\w+ )?(?:stornier\w*|erledig\w*)|sollen wir|(?:möchten|wünschen|wollen) sie,? dass wir|"  # noqa: E501
            r"müssen nichts|nichts (?:zu )?stornieren|bereits (?:selbst )?storniert|"
            r"(?:ich kann|kann ich|ich werde|können wir) ~ stornieren|"
            # the seller as the one who cancels, verb first: "dann storniere ich sie selbst"
            r"storniere ich|ich storniere|"
            # "wir stornieren die Bestellung gleich selbst" (not "wir stornieren nicht, …")
            r"wir stornieren(?! nicht| keine)|"
            # round 33b: "wir haben die Bestellung auf unserer Seite storniert"
            r"auf unserer seite (?:\w+ )?storniert",
            # round 28b: "falls wir stornieren sollen", "ob wir die Bestellung stornieren sollen"
            r"(?:ob|falls|wenn) wir ~ stornieren (?:sollen|dürfen)",
        ],
        "fr": [
            r"(?:a|ont|avons|est|été|sera) ~ annulée?s?|nous (?:avons|allons|pouvons) ~ annul\w*|"
            # "l'annuler pour vous" (not "si c'est trop long pour vous")
            r"(?:pas|plus) besoin|votre annulation (?:a été|est)|"
            r"(?:annul\w*|fai\w*|fer\w*|charg\w*|occup\w*) ~ pour vous|"
            r"(?:voulez|souhaitez|préférez|désirez|aimeriez)(?:-vous| vous)? que nous|"
            r"(?:je peux|je vais|on peut|on va|nous pouvons) (?:l'|la |le )?annuler|"
            r"j'annul\w*|je (?:l'|la |le )?annul(?:e|erai)|nous (?:l'|la |le )?annul(?:ons|erons)|"
            r"(?:je viens|nous venons) d'annuler",
            # round 28b: "si nous devons annuler"
            r"si (?:nous devons|on doit|je dois) (?:l'|la |le )?annuler",
        ],
        "es": [
            r"(?:ha|han|hemos|fue|sido|será|está) ~ (?:cancelad[oa]s?|anulad[oa]s?)|hemos cancelado|"  # noqa: E501
            r"(?:cancelaremos|anularemos)|no es necesario|no hace falta|su cancelaci[oó]n (?:ha|fue)|"  # noqa: E501
            r"por usted|que (?:lo |la )?(?:cancelemos|anulemos)|(?:puedo|podemos|voy a|vamos a) "
            r"(?:cancelar|anular)\w*|(?:lo |la )?(?:cancelo|anulo|cancelaré|anularé)|"
            # done by the seller or by itself: "acabo de cancelarlo", "el cargo se anula"
            r"(?:acabo|acabamos) de (?:cancelar|anular)\w*|se (?:anula|cancela|anulará|cancelará)",
            # round 28b: "si debemos cancelarlo"
            r"si (?:debemos|tenemos que|hay que) (?:cancelar|anular)\w*",
            # round 29b: "escríbanos 'anulen' y la cancelamos nosotros"
            r"(?:lo|la|los|las) (?:cancelamos|anulamos)|(?:cancelamos|anulamos) nosotros",
        ],
        "it": [
            r"(?:è|sono|stato|stata|abbiamo|sarà) ~ annullat[oaie]|abbiamo annullato|annulleremo|"
            r"non è necessario|non serve|la sua cancellazione (?:è|è stata)|"
            r"(?:annull\w*|far\w*|pens\w*|occup\w*) ~ per lei|che annulliamo|"
            r"(?:possiamo|posso) annull\w*|annull\w* noi|(?:lo |la )?(?:annullo|annullerò)|"
            r"(?:ho|abbiamo) appena annullat\w*|(?:si annulla|viene annullat\w*)",
            # round 28b: "se dobbiamo annullare", "lo facciamo noi"
            r"se (?:dobbiamo|devo|dovremmo) annull\w*|(?:lo|la) facciamo noi",
        ],
        "ja": [
            r"キャンセルされ|キャンセルいたしました|キャンセル済|キャンセルしました|キャンセル致しました|当店で|"
            r"こちらで|弊社で|当店側で|弊社側で|こちら側で|当方で|当店にて|弊社にて|"
            r"必要はございません|必要はありません"
        ],
    },
)

# The cancellation is to come from the buyer: "from your side", "if it came from you",
# "la hiciera usted".  With a cancel word in the sentence, that is the ask itself.
FROM_YOU: Final = Lexicon(
    "from you",
    {
        "en": [
            # round 32b: "the buyer should be the one who requests it"
            r"(?:buyer|customer|you) (?:should |would |must )?(?:be|is|are) the one (?:who|to)",
            r"(?:came|come|comes|coming) from you|from your (?:side|end|account)|on your (?:side|end)|"  # noqa: E501
            r"by you|you (?:did|do|made|make|started|start) it|"
            # Amazon's cancel button pointed at for the buyer's use is the ask itself
            r"button (?:on|in) your (?:order page|orders|account) for (?:exactly )?(?:this|that|"
            r"such) (?:situation|case)",
        ],
        "de": [
            r"von ihnen (?:käme|kommt|ausginge|ausgeht)|von ihrer seite|auf ihrer seite|ihrerseits|"
            r"von ihnen (?:angestoßen|beantragt|ausgelöst)|angestoßen|ausgelöst",
            r"(?:der kunde|die kundin|der käufer|die käuferin) selbst",  # round 32b
        ],
        "fr": [
            r"(?:venait|vienne|viendrait|vient) de vous|de votre (?:côté|part|compte)|par vous",
            r"(?:ce soit|c'est) (?:le client|l'acheteur|vous) qui",  # round 32b
        ],
        "es": [
            r"(?:la|lo) (?:hiciera|hace|haga|hiciese|solicitara|pidiera) usted|por su parte|"
            r"(?:saliera|partiera|viniera|fuera) de usted|"
            r"de su parte|desde su (?:cuenta|lado|parte)|viniera de usted",
            # round 32b: "la cancelación viene de su lado", "que sea el cliente quien la pida"
            r"(?:viene|venga|viniera|llega|llegue|sale|salga) de su (?:lado|parte)|"
            r"sea (?:el cliente|el comprador|usted) (?:quien|el que)",
        ],
        "it": [
            r"(?:partisse|partisse|venisse|arrivasse|parte) da (?:lei|te)|da parte (?:sua|tua)|"
            r"la facesse (?:lei|tu)|dal (?:suo|tuo) (?:account|lato|profilo)",
            r"sia (?:il cliente|l'acquirente|lei) a (?:chieder|richieder|annullar)\w*",  # round 32b
        ],
        "ja": [r"お客様側(?:で|から)|お客様の(?:方|ほう)(?:で|から)|お客様から|お客様ご自身"],
    },
)
# The cancellation said to be the buyer's to make, in the passive ("the cancellation should be
# requested by the buyer", "muss vom Kunden beantragt werden", "doit être demandée par
# l'acheteur"): with MUST in the sentence, the buyer is told to make it.
BY_THE_BUYER: Final = Lexicon(
    "by the buyer",
    {
        "en": [
            r"by (?:the |a )?(?:buyer|customer|purchaser)s?|from the (?:buyer|customer)(?:'s)? side"
        ],
        "de": [
            r"vom (?:käufer|kunden|besteller)|von (?:der|dem) (?:käuferin|kundin|käufer|kunden)|"
            r"(?:käufer|kunden)seit\w*"
        ],
        "fr": [r"par (?:l'acheteu\w*|le client|la cliente|l'acquéreur)|côté (?:client|acheteur)"],
        "es": [
            r"por (?:el|la) (?:comprador|compradora|cliente)|(?:parte|lado) del (?:comprador|cliente)"  # noqa: E501
        ],
        "it": [r"dall'acquirente|dal cliente|dalla cliente|lato (?:cliente|acquirente)"],
        "ja": [r"(?:購入者|お客)様?(?:から|側|ご自身|の操作)"],
    },
)
MUST: Final = Lexicon(
    "must",
    {
        "en": [
            r"should|must|has to|have to|needs? to|ought to|is to|'d (?:kindly )?ask|would (?:kindly )?ask|ideally"  # noqa: E501
        ],
        "de": [r"muss|müssen|sollte|sollten|soll|idealerweise|bitten"],
        "fr": [r"doit|doivent|devrait|devraient|faudrait|faut|idéalement"],
        "es": [r"debe|deben|debería|deberían|tiene que|tendría que|lo ideal|idealmente"],
        "it": [r"deve|devono|dovrebbe|dovrebbero|bisogna|idealmente"],
        "ja": [r"必要|お願い|ください|下さい"],
    },
)
# Why the seller wants it so: the cancellation must not count against the seller's account.
SPARE_US: Final = Lexicon(
    "spare our account",
    {
        "en": [
            r"(?:count|go|reflect|counts|goes) against (?:us|our)|our (?:account|metrics|"
            r"cancell?ation rate|seller rating)|(?:hurt|affect|penali[sz]e|hit|damage)s? (?:us|our)|"  # noqa: E501
            r"(?:count|counts|go|goes) towards? (?:our|the) (?:cancell?ation|seller)|"
            r"(?:mark|strike|black mark) against us|"
            # round 25b: "the cancellation doesn't land on our performance record"
            r"our (?:performance |seller |shop |store )?(?:record|scorecard|stats|statistics)"
        ],
        "de": [
            r"(?:gegen|auf) unser(?:e|en)? (?:konto|kennzahlen|verkäuferkonto|bewertung)|"
            r"unser(?:e|em|en)? (?:konto|kennzahlen|stornoquote)|stornoquote|stornorate|"
            r"unser(?:e|er|em|en)? (?:leistungsbilanz|statistik|verkäuferstatistik|bilanz|leistungswerte)"  # noqa: E501
        ],
        "fr": [
            r"notre compte|nos (?:indicateurs|statistiques)|(?:nous|ne nous) pénalis\w*|"
            r"taux d'annulation|nos performances|notre (?:historique|dossier|bilan) (?:de )?(?:vendeur|vente)\w*"  # noqa: E501
        ],
        "es": [
            r"nos penaliz\w*|nuestra cuenta|nuestras (?:métricas|estadísticas)|"
            r"tasa de cancelaci[oó]n|nos pone una marca|nuestro (?:historial|expediente|"
            r"rendimiento)(?: de vendedor| como vendedor)?"
        ],
        "it": [
            r"(?:il )?nostro account|ci penalizz\w*|nostre (?:metriche|statistiche)|"
            r"tasso di cancellazione|(?:il )?nostro storico(?: venditore| del venditore)?|"
            r"(?:le )?nostre prestazioni"
        ],
        "ja": [r"当店の(?:アカウント|評価|指標)|ストアの評価|キャンセル率"],
    },
)

PERSONAL_DATA = "personal-data"
CANCELLATION = "cancellation-request"
_DATA_MESSAGE = (
    "This asks the buyer for personal contact details (phone number, e-mail address or "
    "other contact data). Sellers may not ask for them: all contact goes through Amazon, "
    "and the carrier gets what it needs from the order."
)
_DATA_FIX = (
    "Remove the request; if delivery needs a phone number, ask the buyer to check the one "
    "in their Amazon account."
)
_IDENTITY_MESSAGE = (
    "This asks the buyer for an identity document or a national ID number (passport, ID "
    "card, driving licence, tax or social security number). Sellers may never ask for them."
)
_IDENTITY_FIX = (
    "Remove the request; refunds, returns and warranty claims go through Amazon without "
    "the buyer's identity."
)
_CANCEL_MESSAGE = (
    "This asks or tells the buyer to request or submit a cancellation. Sellers may not do "
    "that: if the order must be cancelled, the seller cancels it in Seller Central."
)
_CANCEL_FIX = (
    "Remove the instruction; cancel the order yourself in Seller Central, or answer the "
    "buyer's question without asking them to cancel."
)


def _sentences(lexicon: Lexicon, doc: Document) -> set[int]:
    return {doc.sentence_of(i) for i, _ in lexicon.spans(doc)}


_CLAUSE: Final = frozenset(",;:-\n")


# (round 32c) a refusal of the refer-back: "please don't send them", "skicka dem inte",
# "ne nous les envoyez pas", "stuur ze niet", "nie wysyłaj ich"
_NOT_AFTER: Final = re.compile(r"\s+(?:\w+\s+)?(?:not|nicht|pas|inte|niet|nie|ej|no)\b")


_US: Final = re.compile(
    r"\b(?:us|me|uns|mir|nous|moi|nos|ci|ons|mij|nam|mnie|oss|mig|bize|bana|here|hier|ici|"
    r"aqui|qui|tutaj|har|buraya|buradan)\b"
)


def _to_us(doc: Document) -> set[int]:
    """The sentences with an ask sent to the seller: "stuur ons", "send me", "bize yazın"."""
    text = doc.words.text
    return {doc.sentence_of(i) for i, j in GIVE_US.spans(doc) if _US.search(text, i, j)}


def _shown(doc: Document) -> set[int]:
    """The sentences where an ID is shown at a counter, and (round 32c) the clause after a
    semicolon that goes on from one: "it waits at the pickup point; just bring your ID"."""
    text = doc.words.text
    out = _sentences(SHOW_ID, doc)
    for s in list(out):
        if s + 1 < len(doc.sentence_starts):
            start = doc.sentence_starts[s + 1]
            if text[max(0, start - 3) : start].rstrip().endswith(";"):
                out.add(s + 1)
    return out


def _referred_back(doc: Document) -> set[int]:
    """The sentences that refer back to data named before ("send it here"), but for a
    refer-back refused: a "no need"/"don't send" phrase over it, or a negation right after."""
    text = doc.words.text
    refused = NO_NEED.spans(doc) + WITHHELD.spans(doc)
    out: set[int] = set()
    for i, j in REFER_BACK.spans(doc):
        if any(a < j and i < b for a, b in refused) or negated(text, i):
            continue
        if _NOT_AFTER.match(text, j, min(len(text), j + 24)):
            continue
        out.add(doc.sentence_of(i))
    return out


def _withheld(doc: Document, i: int, j: int, spans: list[Span]) -> bool:
    """(round 31c) True when the seller withholds the data word at ``words[i:j]`` in its
    clause: "we can't give you a number" before it, "… dürfen wir nicht nennen" after it."""
    text = doc.words.text
    s = doc.sentence_of(i)
    for a, b in spans:
        if doc.sentence_of(a) != s:
            continue
        if b <= i and i - b <= 80 and not _CLAUSE & set(text[b:i]):
            return True
        if a >= j and a - j <= 80 and not _CLAUSE & set(text[j:a]):
            return True
    return False


def _waived(doc: Document, i: int, before: list[Span], after: list[Span]) -> bool:
    """True when a "no need" phrase governs the data word at ``i``: before it in its clause,
    or after it in its sentence."""
    text = doc.words.text
    s = doc.sentence_of(i)
    for a, b in before:
        if b <= i and i - b <= 80 and doc.sentence_of(a) == s and not _CLAUSE & set(text[b:i]):
            return True
    return any(a >= i and doc.sentence_of(a) == s for a, _ in after)


def find_personal_data_requests(doc: Document) -> Iterator[Finding]:
    view = doc.words
    questions = CONTACT_QUESTION.spans(doc)
    data = CONTACT_DATA.spans(doc)
    identity = IDENTITY.spans(doc)
    handles = [
        (i, j)
        for i, j in HANDLE.spans(doc) + _service_ids(doc)
        if _OURS.search(view.text, max(0, i - 14), i) is None
    ]
    if not data and not questions and not identity and not handles:
        return
    not_ours = NOT_TO_US.spans(doc)
    # (round 30c) an identity word inside a span naming something else ("the school's tax
    # number", "su NIF ... como nos indicó") is that thing's
    data = outside(data, not_ours) + outside(identity, not_ours)
    # a shoe or foot size named in the sentence: its bare "numara" / "number" is the size too
    sized = {doc.sentence_of(a) for a, b in not_ours if _SIZE_SPAN.match(view.text, a, b)}
    data = data + handles
    # a handle needs no "your" (like an identity word), is not shown at a counter, and is no
    # Amazon account detail ("gib mir deine PSN-ID, wir schenken es dir von unserem Konto")
    handled = set(handles)
    give = _sentences(GIVE_US, doc)
    send_back = _sentences(SEND_BACK, doc)
    yours = _sentences(YOUR, doc)
    not_to_us = _sentences(ACCOUNT, doc)
    shown = _shown(doc) if identity else set()
    needed = _sentences(NEEDS, doc) if identity else set()
    refer_back = _referred_back(doc)
    listed = _listed(doc, give | send_back | {doc.sentence_of(i) for i, _ in questions}, not_to_us)
    before, after = NO_NEED.spans(doc), NOT_NEEDED.spans(doc)
    withheld = WITHHELD.spans(doc)
    to_us = send_back | refer_back | _to_us(doc)
    reported: set[int] = set()
    for i, j in sorted(data + questions):
        s = doc.sentence_of(i)
        asked = (
            (i, j) in questions
            or (s in give and (s in yours or (i, j) in identity or (i, j) in handled))
            or (s in needed and (i, j) in identity)
            or (s in listed and (s in yours or (i, j) in identity))
            or s in send_back
            or (s + 1 in refer_back)
            or _elliptic(doc, s, yours)
        )
        # (round 32c) "send us the number on your Amazon order": the account names where the
        # number is, the ask sends it to us all the same
        if (
            s in reported
            or not asked
            or (s in not_to_us and (i, j) not in handled and s not in to_us)
        ):
            continue
        if (i, j) in identity and s in shown:
            continue
        # ("Amazon does not pass us your number. Please type it here.": the ask is the next
        # sentence's, the negation only the pretext)
        pretext = (
            s + 1 in refer_back
            and s not in give
            and "amazon" in view.text[doc.sentence_starts[s] : doc.sentence_end(s)]
        )
        if not pretext and (negated(view.text, i) or _waived(doc, i, before, after)):
            continue
        if (i, j) not in questions and _withheld(doc, i, j, withheld):
            continue  # "eine Telefonnummer dürfen wir hier nicht nennen"
        if view.text[i:j] in _BARE_NUMBER and _SIZE_AFTER.match(view.text, j):
            continue  # "¿Qué número prefiere, el 38,5 o el 39?": a shoe size
        if (
            _NUMBER_WORD_END.search(view.text, i, j)
            and _CONTACT_NUMBER.search(view.text, i, j) is None
            and _CODE_SAMPLE.search(view.text, doc.sentence_starts[s], doc.sentence_end(s))
        ):
            continue  # (round 32c) "the small card number (KB-…): that number we need"
        if s in sized and _BARE_NUMBER_WORD.fullmatch(view.text, i, j):
            continue  # "ayak numaranızı yazın, doğru numarayı ayırırım": the size again
        if _BARE_NUMBER_WORD.fullmatch(view.text, i, j) and _SMALL_NUMBER_BEFORE.search(
            view.text, max(0, i - 6), i
        ):
            continue  # (round 30c) "12 numarası kobalt mavisi": the number on the piece
        reported.add(s)
        named_id = any(doc.sentence_of(a) == s for a, _ in identity)
        message, fix = (
            (_IDENTITY_MESSAGE, _IDENTITY_FIX) if named_id else (_DATA_MESSAGE, _DATA_FIX)
        )
        yield doc.finding(view, i, j, PERSONAL_DATA, Severity.BLOCK, message, fix)


# A list under an ask (round 24b): "please reply with the following:" then "- your date of
# birth", "- your mobile number" one a line; "以下をご返信ください。" then "・携帯電話番号".
# The header must announce a list (a colon, "the following", 以下) and ask for something.
_BULLET: Final = re.compile(r"[ \t]*(?:[-–—•・*·▪●○]|\d{1,2}[.)])")
_LIST_LINE: Final = re.compile(r"\n[ \t]*(?:[-–—•・*·▪●○]|\d{1,2}[.)])")
_FOLLOWING: Final = re.compile(
    r"[:：][ \t\n]*$|以下|下記|次ノ|following|folgend|suivant|siguiente|seguent|volgende|foljande|"
    r"nastepujac|asagidaki"
)


def _listed(doc: Document, asks: set[int], not_to_us: set[int]) -> set[int]:
    """The list items (one a line, under a header asking for them) of ``doc``."""
    text = doc.words.text
    if not asks or _LIST_LINE.search(text) is None:  # (opens with "\n": a quick skip)
        return set()
    out: set[int] = set()
    header = False
    for s, start in enumerate(doc.sentence_starts):
        segment = text[start : doc.sentence_end(s)]
        if not segment.strip():
            continue
        if header and _BULLET.match(segment):
            out.add(s)
            continue
        header = s in asks and s not in not_to_us and _FOLLOWING.search(segment) is not None
    return out


# A bare "number" followed in its clause by a small number (a size, a quantity): "welche
# Nummer brauchen Sie, 42 oder 43?", "qué número prefiere, el 38,5 o el 39".
_BARE_NUMBER: Final = frozenset(("number", "nummer", "numero", "numer", "numara", "numarasi"))
# (round 24b) the shoe or foot sizes among the "not to us" spans, and a bare number word
_SIZE_SPAN: Final = re.compile(
    r"(?:ayak|bot|cizme|terlik|patik|paten|kayak|shoe|numero d[ei] (?:pie|calzado|zapat|bota|"
    r"scarp|piede|calzatur)|numer\w* (?:buta|butow|obuwia|stopy))"
)
_BARE_NUMBER_WORD: Final = re.compile(r"numbers?|nummer|numer[oi]|numer\w{0,3}|numara\w{0,6}")
# (round 32c) the shape of a printed code shown in its sentence, "(KB-…)", "(AY-...)",
# "(SN-xxxx)": the bare "number" there is that code's, a card's or a label's
_CODE_SAMPLE: Final = re.compile(
    r"\((?:[a-z]{1,4}|\d{1,4})-[ \t]?(?:…|\.\.\.|x{2,}|_{2,}|\*{2,})\)"
)
_NUMBER_WORD_END: Final = re.compile(
    r"(?:numbers?|nummer|numret|numero|numer\w{0,3}|numara\w{0,6})$"
)
_CONTACT_NUMBER: Final = re.compile(
    r"phone|tele?f|mobi|handy|cell|gsm|portable|movil|komork|\bcep|whatsapp|fax|sms|"
    r"kimlik|\bid|ausweis|identit|ident|pesel|personnummer|dni|nie\b|bsn|codice fiscale"
)
_SMALL_NUMBER_BEFORE: Final = re.compile(r"(?:^|[^\d ])\d{1,4} $")
_SIZE_AFTER: Final = re.compile(r"[^.!?;\n\d]{0,30}?(?<!\d)\d{1,2}(?:[.,]5)?(?![\d.,]?\d)")


# "And your mail?", "Your number please!": a short sentence that is nothing but the ask.
_ELLIPTIC_END: Final = re.compile(
    r"(?:\?|please|pls|bitte|s'il vous plait|svp|por favor|per favore|alstublieft|graag|"
    r"prosze|tack|lutfen|ください)\W*$"
)


def _elliptic(doc: Document, s: int, yours: set[int]) -> bool:
    if s not in yours:
        return False
    sentence = doc.words.text[doc.sentence_starts[s] : doc.sentence_end(s)].strip()
    return len(sentence.split()) <= 6 and _ELLIPTIC_END.search(sentence) is not None


_SUPPOSED: Final = re.compile(
    r"(?<![a-z])(?:if|when|wenn|falls|si|se|als|indien|jesli|jezeli|jak|gdy|om|ifall|eger|"
    r"yoksa)(?:\s+(?:we|wir|nous|nosotros|noi|wij|my|vi|biz)(?:\s+(?:to|it|es|sie|det|den))?)?"
    # an object pronoun between: "se lo annulliamo noi", "si nous l'annulons", "jak my to"
    # (a bare "to" is no pronoun there: "jeśli to dla Pana za późno" supposes nothing)
    r"(?:\s*(?:lo|la|li|le|l'|ihn|les|go|het|hem|onu)(?![a-z]))?\s*$"
)


# The condition after the verb (round 24b): Turkish "biz iptal edersek" (if we cancel),
# "iptal etseydik": the seller's cancelling only supposed, the pretext for the buyer's.
_SUPPOSED_AFTER: Final = re.compile(
    r"[ \t]*(?:ed|et|yap)[a-z]{0,4}?(?:se|sa)(?:k|m|ydik|ydim)?(?![a-z])"
)


def _quoted(text: str, start: int, i: int) -> bool:
    """True when ``i`` is inside quotation marks opened in its sentence: the buyer's words
    to write back, not the seller's ask."""
    if text.count('"', start, i) % 2 == 1:
        return True
    opened = -1  # "a quick 'please cancel' here": single quotes, not the apostrophe of "we'll"
    for m in _SINGLE_QUOTE.finditer(text, start, i):
        opened = m.start() if m.group(1) else -1
    return opened >= 0


_SINGLE_QUOTE: Final = re.compile(r"(?<!\w)(')(?=\w)|(?<=\w)'(?!\w)")

# Cancelling something other than the order: a return, a delivery slot, an appointment.
# The buyer may withdraw their own return or move a carrier's slot; only the order's
# cancellation is the seller's to do.  Checked on the words right after the cancel verb.
_OTHER_OBJECT: Final = re.compile(
    r"\s+(?:(?:the|your|this|that|a) (?:(?:return|returns|refund|redelivery|collection|"
    r"pick-?up|delivery slot|time slot|slot|appointment|booking)(?:\s+request)?)(?![a-z])|"
    r"(?:le|la|l'|votre|ce|cette) ?(?:retour|demande de retour|rendez-vous|créneau|"
    r"enlèvement|collecte)(?![a-z])|"
    r"(?:la|su|tu|esta) (?:devoluci[oó]n|solicitud de devoluci[oó]n|cita|franja|recogida)"
    r"(?![a-z])|"
    r"(?:il|l'|la|suo|sua) ?(?:reso|richiesta di reso|appuntamento|fascia|ritiro)(?![a-z])|"
    r"(?:die|den|ihre|ihren) (?:rücksendung|retoure|termin|abholung)(?![a-zäöü])|"
    r"(?:de|je|uw) (?:retour|retourzending|afspraak|ophaalafspraak)(?![a-z])|"
    r"(?:returen|bokningen|tiden|upphämtningen)(?![a-zåäö])|"
    r"(?:zwrot|termin|odbiór)\w*|(?:iade|randevu)\w*)"
)


# Turkish puts the object first: "iadeyi hesabınızdan iptal edebilirsiniz".
_OTHER_OBJECT_BEFORE: Final = re.compile(
    r"(?:iadeyi|iade talebini|randevuyu|randevunuzu|teslimat randevusunu)\s+(?:\S+\s+){0,2}$"
)


def _other_object(text: str, i: int, j: int) -> bool:
    """True when the cancel verb at ``i:j`` takes a return, slot or appointment."""
    if _OTHER_OBJECT.match(text, j, j + 60) is not None:
        return True
    return _OTHER_OBJECT_BEFORE.search(text, max(0, i - 50), i) is not None


# (cancelled already: "the cancellation shows in Your Orders", "wurde storniert")
_CANCEL_DONE_NEAR: Final = re.compile(
    r"cancelled|canceled|was cancel|storniert|annulee?s?(?![a-z])|a ete annul|cancelad[oa]|annullat[oa]|"  # noqa: E501
    r"geannuleerd|anulowan\w*|avbokad|avbruten|iptal edildi|キャンセルされ|キャンセル済"
)


# The seller's own side named ("or we cancel it on our side", "aan onze kant"): the cancel
# word beside the buyer's door is the seller's act.
_OUR_SIDE: Final = re.compile(
    r"on our (?:side|end)|auf unserer seite|de notre cote|por nuestra parte|de nuestro lado|"
    r"da parte nostra|dal nostro lato|aan onze kant|van onze kant|po naszej stronie|"
    r"z naszej strony|pa var sida|fran var sida|kendi taraf|bizim taraf|当店側|こちら側|弊社側"
)


# Cancelling through the buyer's own door, offered as the quicker way: "l'annulation via « Vos
# commandes » déclenche tout automatiquement, si vous souhaitez être remboursé plus vite".
_CANCEL_WORD: Final = re.compile(
    r"cancel|storn|annul|cancela|annull|annuler|anulow|anuluj|avbo|avbest|iptal|キャンセル"
)
YOUR_ORDERS: Final = Lexicon(
    "your orders",
    {
        "en": [r"your orders|your account"],
        "de": [r"meine bestellungen|ihre bestellungen|ihr(?:em)? kundenkonto"],
        "fr": [r"vos commandes|mes commandes|votre compte"],
        "es": [r"mis pedidos|sus pedidos|su cuenta"],
        "it": [r"(?:miei|suoi) ordini|il suo account"],
        "ja": [r"注文履歴"],
        "nl": [r"mijn bestellingen|uw bestellingen|je bestellingen"],
        "pl": [r"moje zamówienia|(?:pana|pani) zamówienia|twoje zamówienia"],
        "sv": [r"mina beställningar|dina beställningar"],
        "tr": [r"siparişlerim|siparişleriniz"],
    },
)
# The seller as the one cancelling, just before the cancel word ("we'll cancel", "wir
# stornieren", "we annuleren"): the door is then only where the refund shows.
_WE_CANCEL: Final = re.compile(
    r"(?<![a-z])(?:we|we'll|i'll|wir|ich|nous|je|nosotros|noi|wij|ik|my|vi|jag|biz)"
    r"(?:\s+(?:will|shall|can|have|werden|können|allons|vamos a|andiamo a|gaan|zullen|kunnen|"
    r"sofort|gleich|direct|meteen|zelf|selbst|ourselves|now|then|dann|jetzt|nu))*\s+\S*$"
)
# The seller saying it can no longer cancel, typed fast or spoken ("so i cant cancel now",
# "dc je peux plus annuler", "nn posso annullare"): what follows is the seller's own cancel
# word, denied, not one asked of the buyer.
_SELLER_CANT: Final = re.compile(
    r"(?<![a-z])(?:(?:i|we)(?: \w+)? (?:cant|can't|cannot|can not|couldnt|couldn't|can no longer|"
    r"am unable to|are unable to|am not able to|are not able to)(?: \w+)?|"
    r"(?:je|on|nous)(?: ne| n')? ?(?:peux|peut|pouvons|pourrai|pourrons|pourrais)(?: \w+)? "
    r"(?:pas|plus)(?: l'| la| le)?|(?:nn|non) (?:posso|possiamo|riesco|riusciamo)(?: piu| più)?"
    r"(?: a)?(?: l'| lo| la)?)\s*$"
)
QUICKER: Final = Lexicon(
    "quicker for you",
    {
        "en": [
            r"faster|quicker|sooner|if you(?:'d)? (?:want|prefer|rather)",
            # the money back at once, or the seller's way said to be the slow one
            r"straight away|right away|immediately|instantly|at once|(?:by|from) tomorrow|"
            r"(?:takes|take|would take) (?:\w+ )?longer|slower",
        ],
        "de": [
            r"schneller|wenn sie (?:möchten|wollen|lieber)",
            r"sofort|umgehend|direkt (?:zurück|erstattet)|gleich (?:zurück|erstattet|wieder)|"
            r"(?:bis )?morgen|dauert ~ länger|langsamer",
        ],
        "fr": [
            r"plus (?:vite|rapide\w*)|si vous (?:souhaitez|voulez|préférez)",
            r"tout de suite|immédiatement|aussitôt|dès demain|prend plus de temps|plus long\w*",
        ],
        "es": [
            r"más (?:rápido|pronto)|si (?:lo )?(?:prefiere|quiere|desea)",
            r"enseguida|en seguida|al momento|al instante|inmediatamente|de inmediato|"
            r"mañana mismo|tarda (?:mucho )?más|más lento",
        ],
        "it": [
            r"più (?:veloce|rapid\w*|presto)|se (?:preferisce|vuole|desidera)",
            r"subito|immediatamente|all'istante|(?:già )?domani|ci vuole (?:più tempo|di più)|"
            r"più lent\w*",
        ],
        "ja": [r"早く|すぐ|即日|翌日|時間がかか"],
        "nl": [
            r"sneller|als (?:u|je) (?:wilt|liever)",
            r"direct (?:terug|teruggestort)|meteen|morgen|onmiddellijk|duurt ~ langer|trager",
        ],
        "pl": [r"szybciej|jeśli (?:pan|pani) (?:woli|chce)", r"od razu|natychmiast|jutro|dłużej"],
        "sv": [
            r"snabbare|om (?:du|ni) (?:vill|hellre)",
            r"direkt|genast|med en gång|i ?morgon|längre tid|tar längre",
        ],
        "tr": [r"daha hızlı|isterseniz|tercih ederseniz", r"hemen|anında|yarın|daha uzun sür\w*"],
    },
)


# The buyer's words to write back here, quoted ("write 'please cancel' here and we do it on
# our side"): with the seller as the one who acts after the quotation, in that sentence or
# the next, the buyer asks the seller, and the seller cancels.  Not with Your Orders or
# Amazon in the sentence before the cancel word ("write 'cancel' to Amazon").
_WRITE_HERE: Final = re.compile(
    r"(?<![a-z])(?:write|reply|answer|send us|type|say|message us|drop us|schreib\w*|antwort\w*|"
    r"schick\w*|sagen sie|ecri\w*|repond\w*|envoy\w*|dites|escrib\w*|respond\w*|contest\w*|"
    r"mand[ae]\w*|diga\w*|scriv\w*|rispond\w*|mandi|dica|schrijf|antwoord|stuur|zeg|"
    r"napis\w*|odpis\w*|odpowiedz\w*|skriv\w*|svara|skicka|yaz\w*|cevap\w*|gonder\w*|"
    r"yanit\w*)(?![a-z])|返信|書キ|書イ|送リ|送ッ|知ラセ|連絡"
)
_SELLER_ACTS: Final = re.compile(
    r"(?<![a-z])(?:we|we'll|wir|nous|nosotros|noi|wij|vi|biz|ich|i'll|jag|ik|my)(?![a-z])|"
    r"cancelamos|anulamos|annulliamo|annulons|anulujemy|iptal ederiz|当店|弊社|当社|コチラテ|"
    r"コチラノ?ホウ|" + _OUR_SIDE.pattern
)


def _buyers_words(text: str, doc: Document, s: int, i: int) -> bool:
    """True when the cancel word at ``i`` is inside quotation marks or on a "> " line: the
    buyer's words quoted back (round 33b)."""
    start = doc.sentence_starts[s]
    if _quoted(text, start, i) or text.count("「", start, i) > text.count("」", start, i):
        return True
    line = text.rfind("\n", 0, i) + 1
    return text[line:i].lstrip().startswith(">")


def _written_to_us(doc: Document, s: int, i: int, doors: list[tuple[int, int]]) -> bool:
    """True when the cancel word at ``i`` is the buyer's message to the seller, quoted, and
    the seller cancels on its own side."""
    text = doc.words.text
    start, end = doc.sentence_starts[s], doc.sentence_end(s)
    if not (_quoted(text, start, i) or text.count("「", start, i) > text.count("」", start, i)):
        return False
    if _WRITE_HERE.search(text, start, end) is None or "amazon" in text[start:i]:
        return False
    if any(start <= a < end for a, _ in doors):
        return False  # "write 'cancel' in the box in Your Orders"
    marks = [k for k in (text.find(m, i, end) for m in ('"', "」", "'")) if k >= 0]
    close = min(marks, default=i)  # (the seller's act after the quotation closes)
    if _SELLER_ACTS.search(text, close, end):
        return True
    return s + 1 < len(doc.sentence_starts) and (
        _SELLER_ACTS.search(text, doc.sentence_starts[s + 1], doc.sentence_end(s + 1)) is not None
    )


# Amazon's own cancel button named by its label, quoted or as a step of a list ("3. Press
# 'Cancel items'", "3.「商品をキャンセル」"): the buyer shown how to cancel.
CANCEL_BUTTON: Final = Lexicon(
    "cancel button",
    {
        "en": [r"cancel items|request cancellation"],
        "de": [r"artikel stornieren|stornierung (?:anfordern|beantragen)"],
        "fr": [r"annuler (?:des|les) articles|demander l'annulation"],
        "es": [r"cancelar (?:productos|artículos)|solicitar (?:la )?cancelación"],
        "it": [r"annulla (?:gli )?articoli|richiedi (?:l')?annullamento"],
        "ja": [r"商品をキャンセル|キャンセルをリクエスト"],
    },
)
_STEP_BEFORE: Final = re.compile(r"(?:^|\n)\s*\d{1,2}\s*[.)]?\s*(?:\S+\s+){0,2}\W*$")


# The button said to be gone ("'Cancel items' no longer shows, as it has shipped"): no step.
_BUTTON_GONE: Final = re.compile(
    r"no longer|not (?:available|shown|there)|gr[ae]yed|nicht mehr|plus disponible|n'apparait plus|"
    r"ya no|non (?:e )?piu|niet meer|nie (?:ma|jest)|inte (?:langre|tillganglig)|"
    r"artik (?:yok|gorun)|"
    r"表示サレマセン|表示サレナイ|アリマセン"
)


def _cancel_button(doc: Document) -> tuple[int, int] | None:
    """The first label of Amazon's cancel button written as a step for the buyer."""
    text = doc.words.text
    for i, j in CANCEL_BUTTON.spans(doc):
        s = doc.sentence_of(i)
        start = doc.sentence_starts[s]
        step = _STEP_BEFORE.search(text, max(0, i - 30), i) is not None
        if not (step or _quoted(text, start, i) or "「" in text[max(start, i - 2) : i]):
            continue
        end = doc.sentence_end(s)
        if negated(text, i) or _CANCEL_DONE_NEAR.search(text, start, end):
            continue
        if _BUTTON_GONE.search(text, start, end):
            continue
        return i, j
    return None


# (round 21b) the buyer's own cancelling said to be the one the seller prefers, beside the
# seller's offer ("we can cancel it, but it's better if you request the cancellation
# yourself", "or, preferably, you use the Cancel items button"): the offer does not shield it.
PREFER_YOU: Final = Lexicon(
    "prefer you",
    {
        "en": [
            r"(?:it's|it is|it'd be|it would be|would be) (?:much |far |a lot )?(?:better|best|"
            r"ideal|preferable|easier for us|more helpful)(?: for (?:both of )?us| for everyone)? "
            r"(?:if|that) you|preferably,? you|"
            r"(?:we'd|we would|i'd|i would) (?:really |much |greatly )?(?:appreciate it|prefer it|"
            r"rather|like it|prefer) (?:if|that) you|"
            r"(?:it )?(?:would|'d) help us (?:a lot |a great deal |greatly |so much )?if you"
        ],
        "de": [
            r"(?:lieber|besser|am liebsten) wäre (?:es )?(?:uns )?(?:aber)?,? wenn sie|"
            r"(?:es )?wäre (?:uns )?(?:aber )?(?:lieber|besser|ideal),? wenn sie|"
            r"vorzugsweise,? sie|"
            r"wir würden uns (?:aber )?freuen,? wenn sie|es würde uns (?:sehr )?helfen,? wenn sie"
        ],
        "fr": [
            r"l'idéal serait que vous|(?:il )?(?:serait|vaudrait) (?:mieux|préférable) que vous|"
            r"ce serait mieux si vous|de préférence,? (?:vous|c'est vous)|"
            r"nous (?:apprécierions|préférerions) que vous|cela nous aiderait (?:beaucoup )?si vous"
        ],
        "es": [
            r"sería (?:mejor|preferible|ideal)(?: para (?:ambos|nosotros))? que|"
            r"(?:lo )?ideal sería que|preferiblemente,? usted|(?:le )?agradeceríamos que|"
            r"preferiríamos que|nos ayudaría (?:mucho )?(?:si|que)"
        ],
        "it": [
            r"sarebbe (?:meglio|preferibile|ideale) (?:se|che)|(?:l')?ideale sarebbe (?:se|che)|"
            r"preferibilmente,? (?:lei|voi)|(?:le )?saremmo grati se|preferiremmo che|"
            r"ci aiuterebbe (?:molto )?se"
        ],
        "ja": [r"(?:いただける|頂ける|していただく)(?:と|方が)(?:助かり|ありがた|幸い|望ましい)"],
    },
)
# "we'd appreciate it if you took that route": the way just shown to the buyer, taken
_THAT_ROUTE: Final = re.compile(r"(?:that|this) (?:route|way|option|path|button)")


def _preferred_of_buyer(doc: Document, spans: list[tuple[int, int]]) -> set[int]:
    """The sentences where a cancel word comes with the seller's preference that the buyer
    do it (the cancel word after the preference, or the way shown just before it)."""
    text = doc.words.text
    found: set[int] = set()
    for a, b in PREFER_YOU.spans(doc):
        s = doc.sentence_of(a)
        end = doc.sentence_end(s)
        after = [i for i, _ in spans if a <= i < end]
        before = [i for i, _ in spans if doc.sentence_starts[s] <= i < a]
        if any(_WE_CANCEL.search(text, max(a, i - 24), i) is None for i in after):
            found.add(s)
        elif before and a - max(before) < 60 and end - b <= 12:
            found.add(s)  # (ja, tr: the preference ends the sentence, after the cancel word)
        elif _THAT_ROUTE.search(text, b, end):
            found.add(s)
            if s > 0 and any(doc.sentence_of(i) == s - 1 for i, _ in spans):
                found.add(s - 1)
    return found


def find_cancellation_requests(doc: Document) -> Iterator[Finding]:
    button = _cancel_button(doc)
    if button is not None:  # "3. 'Cancel items'": the steps to Amazon's cancel button
        view = doc.words
        yield doc.finding(
            view, button[0], button[1], CANCELLATION, Severity.BLOCK, _CANCEL_MESSAGE, _CANCEL_FIX
        )
        return
    cancels = CANCEL.spans(doc)
    nouns = CANCEL_NOUN.spans(doc)
    doors = YOUR_ORDERS.spans(doc)
    if doors:
        view = doc.words
        quicker = _sentences(QUICKER, doc) | _sentences(SPARE_US, doc)
        for i, j in doors:
            s = doc.sentence_of(i)
            start, end = doc.sentence_starts[s], doc.sentence_end(s)
            word = _CANCEL_WORD.search(view.text, start, end)
            if word is None or s not in quicker or negated(view.text, word.start()):
                continue
            if _WE_CANCEL.search(view.text, max(start, word.start() - 24), word.start()):
                continue  # "we cancel it at once; the refund shows in Your Orders"
            if _CANCEL_DONE_NEAR.search(view.text, start, end):
                continue
            if _OUR_SIDE.search(view.text, start, end):
                continue  # "send it back via Your Orders, or we cancel it on our side"
            lo, hi = min(word.start(), i), max(word.end(), j)  # (the door may come first)
            yield doc.finding(
                view, lo, hi, CANCELLATION, Severity.BLOCK, _CANCEL_MESSAGE, _CANCEL_FIX
            )
            return
    if not cancels and not nouns:
        return
    # "if the cancellation came from you, it would not count against our account"
    from_you = _sentences(FROM_YOU, doc) | _sentences(SPARE_US, doc)
    by_buyer = _sentences(BY_THE_BUYER, doc)
    if by_buyer:  # "the cancellation should be requested by the buyer"
        from_you |= by_buyer & _sentences(MUST, doc)
    you_do_it = _sentences(YOU_DO_IT, doc)
    view = doc.words
    asked = you_do_it | from_you
    # "if we cancel, it counts against us": the seller's cancelling is only supposed there
    done_spans = CANCEL_DONE.spans(doc)
    # ("siparişi biz iptal edersek ...": supposed by a suffix, neither done nor asked)
    supposed = [(i, j) for i, j in done_spans if _SUPPOSED_AFTER.match(view.text, j)]
    done = {
        doc.sentence_of(i)
        for i, j in done_spans
        if not _SUPPOSED.search(view.text, max(0, i - 12), i) and (i, j) not in supposed
    }
    if nouns:
        # the noun with only "our record" beside it, just after the seller's own cancelling,
        # asks nothing: "we cancelled it. The cancellation is on our record" (round 25b)
        spared = {
            s
            for s in _sentences(SPARE_US, doc) - (you_do_it | _sentences(FROM_YOU, doc) | by_buyer)
            if s in done or s - 1 in done
        }
        asked_for = _sentences(ASK_FOR, doc) | (from_you - spared)
        cancels = sorted(cancels + [(i, j) for i, j in nouns if doc.sentence_of(i) in asked_for])
    if supposed:
        cancels = outside(cancels, supposed)
    via_amazon = _sentences(VIA_AMAZON, doc)
    if via_amazon:  # "ask Amazon customer service to cancel it for you": asked of the buyer
        asked |= via_amazon
        done -= via_amazon
    preferred = _preferred_of_buyer(doc, CANCEL.spans(doc) + nouns)
    if preferred:  # "we can cancel, but it's better if you request the cancellation"
        asked |= preferred
        done -= preferred
        cancels = sorted(
            set(cancels) | {(i, j) for i, j in nouns if doc.sentence_of(i) in preferred}
        )
    reported: set[int] = set()
    for i, j in cancels:
        s = doc.sentence_of(i)
        if s in reported or s not in asked or s in done or negated(view.text, i):
            continue
        if _other_object(view.text, i, j):
            continue  # "you can cancel the return in Your Orders": not the order
        if _SELLER_CANT.search(view.text, max(doc.sentence_starts[s], i - 40), i):
            continue  # "it has shipped, so i cant cancel now; u can refuse it at the door"
        if s - 1 in done and _quoted(view.text, doc.sentence_starts[s], i):
            continue  # "we'll gladly cancel it for you. A short 'please cancel' here will do"
        if _written_to_us(doc, s, i, doors):
            continue  # "write 'please cancel' here and we do it on our side"
        if s + 1 in done and s + 1 not in asked and _buyers_words(view.text, doc, s, i):
            continue  # 'You wrote "please cancel". We have cancelled it on our side.'
        reported.add(s)
        yield doc.finding(view, i, j, CANCELLATION, Severity.BLOCK, _CANCEL_MESSAGE, _CANCEL_FIX)
