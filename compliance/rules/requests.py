"""Rules ``personal-data`` and ``cancellation-request``: things a seller may not ask for.

``personal-data``: the buyer's phone number, e-mail address or other contact details.
Amazon relays every message and hands the carrier what it needs, so a seller never asks
for them.  Found as a *contact-data* concept meeting a *give-us* concept in one sentence;
"make sure the phone number in your Amazon account is current" points at Amazon and is
allowed.

``cancellation-request``: asking or telling the buyer to request or submit a cancellation
(a seller cancels an order itself, and a buyer's request counts against the seller's
metrics when the seller prompted it).  Found as a *cancel* concept meeting a *you-do-it*
concept in one sentence; "your order was cancelled" and "there is no need to cancel" are
allowed.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from compliance.document import Document
from compliance.model import Finding, Severity
from compliance.rules.lexicon import Lexicon, negated, outside

__all__ = ["find_cancellation_requests", "find_personal_data_requests"]

CONTACT_DATA: Final = Lexicon(
    "contact data",
    {
        "en": [
            r"(?:phone|telephone|mobile|cell|cellphone|contact|whatsapp|home|work|landline|"
            r"personal|callback|call-back|direct) ?(?:numbers?|no)|phone|mobile|cellphone|"
            r"e-?mails?(?: address(?:es)?)?|email(?: address)?|mail address|contact "
            r"(?:details|info|information|data)|personal (?:details|data|information|info)|"
            r"(?:home|private|full|postal|home) address|date of birth|social (?:media|security)|"
            r"whatsapp|telegram|skype|instagram|facebook|"
            r"(?:best|good|direct|valid|reliable|mobile|contact) number|number (?:to|where|at "
            r"which|on which|we can) (?:reach|call|contact|text)",
        ],
        "de": [
            r"telefonnummer\w*|handynummer\w*|mobilnummer\w*|rufnummer\w*|festnetznummer\w*|"
            r"nummer|telefon|handy|e-?mail-?adresse\w*|e-?mail|mailadresse\w*|kontaktdaten|"
            r"kontaktinformation\w*|persönliche\w* (?:daten|angaben)|privatadresse|"
            r"geburtsdatum|whatsapp",
        ],
        "fr": [
            r"numéro(?: de (?:téléphone|portable|mobile|contact|whatsapp))?|téléphone|portable|"
            r"adresse (?:e-?mail|mail|électronique|personnelle|postale)|e-?mail|courriel|"
            r"coordonnées|données personnelles|informations personnelles|date de naissance|"
            r"whatsapp",
        ],
        "es": [
            r"(?:número|numero)(?: de (?:teléfono|telefono|móvil|movil|contacto|whatsapp|celular))?|"  # noqa: E501
            r"teléfono|telefono|móvil|celular|(?:dirección|direccion) de (?:correo|e-?mail)|"
            r"correo(?: electrónico)?|e-?mail|datos (?:de contacto|personales)|fecha de "
            r"nacimiento|whatsapp",
        ],
        "it": [
            r"numero(?: di (?:telefono|cellulare|contatto|whatsapp))?|telefono|cellulare|"
            r"indirizzo (?:e-?mail|email|di posta)|e-?mail|email|recapit\w*|dati (?:personali|di "
            r"contatto)|data di nascita|whatsapp",
        ],
        "ja": [r"電話番号|携帯番号|メールアドレス|連絡先|個人情報|生年月日|ご住所"],
    },
)

GIVE_US: Final = Lexicon(
    "give us",
    {
        "en": [
            r"send (?:us|me)|reply with|respond with|answer with|provide|give (?:us|me)|share|"
            r"reach you|contact you|call you|text you|"
            r"leave|put|type|enter|jot down|drop (?:us|me)|"
            r"tell (?:us|me)|let (?:us|me) (?:know|have)|(?:we|i) (?:need|require|will need|'ll "
            r"need)|write (?:down|us)|text (?:us|me)|forward|leave (?:us|me)|what is|what's|"
            r"confirm|could you (?:send|give|share|provide|tell)|include|add|note down|"
            r"so (?:that )?(?:the driver|we|our team|the courier) can (?:call|contact|reach|text|"
            r"email)|(?:can|may) (?:we|i) (?:have|get)|ask (?:you )?for",
        ],
        "de": [
            r"senden sie|schicken sie|teilen sie|nennen sie|geben sie|mitteilen|mitzuteilen|"
            r"wie lautet|wie lauten|wie ist|welche\w* (?:nummer|telefonnummer|adresse)|"
            r"schicken|senden|nennen|zusenden|durchgeben|angeben|hinterlegen sie|"
            r"übermitteln|zukommen|antworten sie mit|bestätigen sie|benötigen|brauchen|"
            r"hinterlassen sie|schreiben sie uns|lassen sie uns ~ wissen|damit (?:der fahrer|"
            r"wir|der zusteller) ~ (?:anrufen|erreichen|kontaktieren)",
        ],
        "fr": [
            r"envoyez|envoyer|communiquez|communiquer|indiquez|indiquer|donnez|donner|"
            r"quel est|quelle est|quels sont|quelles sont|"
            r"transmettez|transmettre|partagez|confirmez|répondez avec|avons besoin|"
            r"nous faire parvenir|nous envoyer|nous communiquer|nous donner|nous indiquer|"
            r"laissez-nous|faites-nous parvenir|pourriez-vous nous|afin que (?:le livreur|nous) "
            r"puisse\w* (?:vous )?(?:appeler|joindre|contacter)",
        ],
        "es": [
            r"envíenos|envíe|enviar|facilítenos|facilite|indíquenos|indique|proporcione|"
            r"cuál es|cuáles son|respóndenos|envíanos|mándanos|dinos|pásanos|nos da|nos puede "
            r"dar|nos facilita|nos indica|nos envía|nos manda|nos deja|"
            r"déjenos|dejarnos|deje|anote|escriba|"
            r"proporciónenos|compártanos|comparta|díganos|denos|confirme|necesitamos|"
            r"indicarnos|facilitarnos|enviarnos|proporcionarnos|darnos|decirnos|"
            r"comunicarnos|mandarnos|háganos llegar|hacernos llegar|"
            r"respóndanos con|para que (?:el repartidor|podamos|el mensajero) ~ (?:llamar|"
            r"contactar|localizar)",
        ],
        "it": [
            r"ci invii|invii|inviarci|ci fornisca|fornisca|fornirci|ci comunichi|comunichi|"
            r"qual è|quale è|quali sono|ci servono|ce li può|ce lo può|ce la può|comunicarceli|"
            r"rispondici|inviaci|mandaci|dicci|scrivici|"
            r"comunicarci|ci indichi|indichi|ci dia|condivida|ci lasci|confermi|abbiamo bisogno|"
            r"indicarci|darci|dirci|mandarci|ci mandi|farci avere|"
            r"ci serve|risponda con|affinché (?:il corriere|possiamo) ~ (?:chiamar\w*|contattar\w*)",  # noqa: E501
        ],
        "ja": [r"教えて|お知らせ|ご連絡ください|お送り|送って|ご記入|ご提供|お伺い|いただけ"],
    },
)

# "The phone number in your Amazon account", "the carrier's phone number": not the buyer's
# data handed to the seller.
NOT_TO_US: Final = Lexicon(
    "not to us",
    {
        "en": [
            r"(?:carrier|courier|ups|usps|fedex|dhl|driver)(?:'s)? (?:phone|number|contact|"
            r"e-?mail)|tracking number|order number|reference number|case number|"
            r"(?:phone|number|e-?mail) of (?:the )?(?:carrier|courier|ups|usps|fedex|dhl|"
            r"amazon|manufacturer)",
        ],
        "de": [
            r"sendungsnummer|bestellnummer|trackingnummer|des (?:paketdienstes|zustellers|fahrers)"
        ],
        "fr": [r"numéro de (?:suivi|commande|colis|dossier)|du transporteur|du livreur"],
        "es": [r"número de (?:seguimiento|pedido|envío|caso)|del transportista|del repartidor"],
        "it": [
            r"numero (?:di tracciamento|d'ordine|di spedizione|ordine|della pratica)|del corriere"
        ],
        "ja": [r"追跡番号|注文番号"],
    },
)

# Data kept in the buyer's Amazon account: pointing there hands nothing to the seller.
ACCOUNT: Final = Lexicon(
    "amazon account",
    {
        "en": [
            r"(?:in|on|to|via|through) (?:your )?amazon(?: account)?|your (?:amazon )?account|account settings"  # noqa: E501
        ],
        "de": [r"amazon-?konto|ihr(?:em)? konto|bei amazon|kundenkonto"],
        "fr": [r"compte amazon|votre compte|sur amazon"],
        "es": [r"cuenta (?:de )?amazon|su cuenta|en amazon"],
        "it": [r"account amazon|suo account|su amazon"],
        "ja": [r"アマゾンアカウント|amazonアカウント|アカウント"],
    },
)

# The buyer's own contact: a possessive or an article before the data word.
YOUR: Final = Lexicon(
    "your",
    {
        "en": [r"your|you|best|preferred|which|an?|some|any"],
        "de": [r"ihre\w*|ihr|eine|einen|ein"],
        "fr": [r"votre|vos|un|une|des|où vous joindre"],
        "es": [r"su|sus|tu|un|una|unos|algún"],
        "it": [r"suo|sua|suoi|tuo|tua|un|una|uno"],
        "ja": [r"お客様の|ご連絡先|あなたの|お電話|メールアドレス|電話番号|ご住所"],
    },
)

# Cancelling as an act: the verb, or a request for it.  The noun alone ("you can see the
# cancellation in Your Orders") reports one that happened and needs a verb of asking for it
# in the same sentence (CANCEL_NOUN and ASK_FOR below).
CANCEL: Final = Lexicon(
    "cancel",
    {
        "en": [r"cancel|cancell?ing|cancell?ation requests?|request to cancel|cancel button"],
        "de": [
            r"stornieren|stornieren sie|storniere|stornier|stornierungsanfrage\w*|stornierungsantrag\w*|"  # noqa: E501
            r"stornoanfrage\w*|antrag auf stornierung"
        ],
        "fr": [r"annuler|annulez|demandes? d'annulation"],
        "es": [
            r"cancelar|cancele|cancelarlo|cancelarla|anular|anule|solicitud\w* de cancelaci[oó]n|"
            r"petici[oó]n de cancelaci[oó]n"
        ],
        "it": [
            r"annullare|annulli|annullarlo|annullarla|cancellare l'ordine|cancelli l'ordine|"
            r"richiest\w* di (?:annullamento|cancellazione)"
        ],
        "ja": [
            r"キャンセル(?:を)?(?:申請|リクエスト|手続き|して|依頼|ボタン|する)|取り消し(?:を)?(?:申請|して)|取消(?:申請|手続き)"
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
        "en": [r"request|submit|file|send|ask for|apply for|open|make|place|start|initiate"],
        "de": [
            r"beantragen|anfordern|einreichen|veranlassen|anfragen|stellen|beantragen sie|"
            r"fordern sie|reichen sie|stellen sie|veranlassen sie|lösen sie"
        ],
        "fr": [
            r"demander|demandez|soumettre|soumettez|envoyer|envoyez|faire|faites|formuler|"
            r"formulez|effectuer|effectuez"
        ],
        "es": [
            r"solicitar|solicite|pedir|pida|enviar|envíe|presentar|presente|tramitar|tramite|"
            r"realizar|realice"
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
            r"please|kindly|you (?:can|could|may|should|must|need to|have to|will need to|'ll "
            r"need to|just need to)|submit|request|file|open|click|tap|select|go to|"
            r"could you|would you|can you|(?:it is|it's) (?:best|easier|better) (?:if|to)|"
            r"we (?:ask|recommend|suggest|advise)|ask (?:amazon|for)|yourself|on your side|"
            r"from your (?:side|end|account)|via your orders|in your orders|through your "
            r"account|in your account|for you to|you'll want to|you will want to|easiest|"
            r"best way|quickest|hit|press|tap|just|in your order|ask amazon|contact amazon|"
            r"amazon customer service",
        ],
        "de": [
            r"bitte|können sie|könnten sie|müssen sie|sollten sie|beantragen|beantragen sie|"
            r"stellen sie|senden sie|klicken sie|wählen sie|gehen sie|selbst|über ihr(?:e|en)? "
            r"(?:konto|bestellungen)|in ihrem konto|wir empfehlen|veranlassen sie|"
            r"fordern sie|lösen sie|bitten sie amazon",
        ],
        "fr": [
            r"veuillez|merci de|vous (?:pouvez|pourriez|devez|devrez|devriez)|il vous suffit|"
            r"demandez|demander|soumettez|soumettre|envoyez|cliquez|sélectionnez|allez dans|"
            r"vous-même|depuis votre compte|dans vos commandes|nous vous conseillons|"
            r"nous vous recommandons|faites une demande|faire une demande|svp|s'il vous pla[iî]t|"
            r"de votre côté|annulez",
        ],
        "es": [
            r"por favor|le rogamos|puede|podría|debe|deberá|tiene que|solicite|solicitar|"
            r"envíe|haga clic|seleccione|vaya a|usted mismo|desde su cuenta|en sus pedidos|"
            r"le recomendamos|le sugerimos|le pedimos|presente|tramite|pida|pedir a amazon|"
            r"solicite a amazon",
        ],
        "it": [
            r"per favore|la preghiamo|può|potrebbe|deve|dovrà|dovrebbe|richieda|richiedere|"
            r"invii|inviare|clicchi|selezioni|vada su|lei stesso|dal suo account|nei suoi ordini|"
            r"le consigliamo|le suggeriamo|le chiediamo|presenti|inoltri|chieda|chiedere ad amazon|"
            r"proceda|procedere|ti conviene|le conviene|conviene|annullare tu|da amazon|clicchi|"
            r"clicca|lei",
        ],
        "ja": [r"ください|下さい|お願い|ご自身で|申請|リクエスト|手続きを"],
    },
)

# Cancellation that already happened or that the seller does: reported, not asked for.
CANCEL_DONE: Final = Lexicon(
    "cancel done",
    {
        "en": [
            r"(?:has|have|was|were|been|is|be|got|get) (?:already |now |successfully |fully )?"
            r"cancell?ed|we (?:have |will |'ll |can |already |just )?(?:cancel|cancell?ed)|"
            r"no need to|not need to|don't need to|do not need to|no longer|your cancell?ation "
            r"request (?:has|was|is)|(?:received|got|processed|accepted|approved) your "
            r"(?:cancell?ation|request)|cancell?ation (?:is|was|has been) (?:confirmed|processed|"
            r"complete|done)|cancel it for you|on our side|on our end|us to cancel|"
            r"(?:shall|should|can|may) we|(?:want|like|wish) us to|we (?:will |'ll |can |have )?"
            r"(?:cancel|cancell?ed) (?:it|the order|your order|this order)? ?for you",
        ],
        "de": [
            r"(?:wurde|wird|ist|haben|habe) ~ storniert|wir (?:haben|werden|können) ~ "
            r"stornieren|stornieren wir|nicht (?:mehr )?nötig|müssen nicht|brauchen nicht|"
            r"ihre stornierung (?:wurde|ist)|für sie|sollen wir|möchten sie, dass wir|dass wir",
        ],
        "fr": [
            r"(?:a|ont|avons|est|été|sera) ~ annulée?s?|nous (?:avons|allons|pouvons) ~ annul\w*|"
            r"(?:pas|plus) besoin|votre annulation (?:a été|est)|pour vous|que nous",
        ],
        "es": [
            r"(?:ha|han|hemos|fue|sido|será|está) ~ (?:cancelad[oa]s?|anulad[oa]s?)|hemos cancelado|"  # noqa: E501
            r"(?:cancelaremos|anularemos)|no es necesario|no hace falta|su cancelaci[oó]n (?:ha|fue)|"  # noqa: E501
            r"por usted|que (?:lo |la )?(?:cancelemos|anulemos)",
        ],
        "it": [
            r"(?:è|sono|stato|stata|abbiamo|sarà) ~ annullat[oaie]|abbiamo annullato|annulleremo|"
            r"non è necessario|non serve|la sua cancellazione (?:è|è stata)|per lei|che annulliamo",
        ],
        "ja": [
            r"キャンセルされ|キャンセルいたしました|キャンセル済|キャンセルしました|キャンセル致しました|当店で"
        ],
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


def find_personal_data_requests(doc: Document) -> Iterator[Finding]:
    data = CONTACT_DATA.spans(doc)
    if not data:
        return
    view = doc.words
    data = outside(data, NOT_TO_US.spans(doc))
    give = _sentences(GIVE_US, doc)
    yours = _sentences(YOUR, doc)
    not_to_us = _sentences(ACCOUNT, doc)
    reported: set[int] = set()
    for i, j in data:
        s = doc.sentence_of(i)
        if s in reported or s not in give or s not in yours or s in not_to_us:
            continue
        if negated(view.text, i):
            continue
        reported.add(s)
        yield doc.finding(view, i, j, PERSONAL_DATA, Severity.BLOCK, _DATA_MESSAGE, _DATA_FIX)


def find_cancellation_requests(doc: Document) -> Iterator[Finding]:
    cancels = CANCEL.spans(doc)
    nouns = CANCEL_NOUN.spans(doc)
    if not cancels and not nouns:
        return
    if nouns:
        asked_for = _sentences(ASK_FOR, doc)
        cancels = sorted(cancels + [(i, j) for i, j in nouns if doc.sentence_of(i) in asked_for])
    view = doc.words
    asked = _sentences(YOU_DO_IT, doc)
    done = _sentences(CANCEL_DONE, doc)
    reported: set[int] = set()
    for i, j in cancels:
        s = doc.sentence_of(i)
        if s in reported or s not in asked or s in done or negated(view.text, i):
            continue
        reported.add(s)
        yield doc.finding(view, i, j, CANCELLATION, Severity.BLOCK, _CANCEL_MESSAGE, _CANCEL_FIX)
