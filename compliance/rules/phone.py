"""Rule ``phone-number``: no phone numbers, except allow-listed carrier or manufacturer lines.

Replies are full of numbers that are not phone numbers (tracking numbers, order ids,
dates, prices, postcodes), so a run of digits is a phone number only by its shape: an
international prefix, the grouping of national numbers, or a phone word just before it.
Dates, order ids, ZIP+4 codes, times and prices are masked first so that they can neither
be reported nor glue neighbouring numbers into something phone-shaped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from compliance.document import Document
from compliance.model import Finding, Severity
from compliance.normalise import fold_literal
from compliance.policy import CARRIER_HOSTS, host_allowed, phone_digits
from compliance.rules.lexicon import Lexicon, by_first_character, by_first_letter

__all__ = ["find_phone_numbers"]

# Each pattern starts by consuming one digit or currency sign and then looks back, so the
# engine skips letters quickly and never restarts inside a run of digits.
_NOT_A_PHONE: Final = re.compile(
    r"[0-9$€£¥](?:"
    r"(?<=\d)(?<![\d.\-/]\d)(?:"  # a digit that does not continue a number
    r"\d{2}-\d{7}-\d{7}(?!\d)"  # Amazon order id 123-1234567-1234567
    r"|\d{3}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d|[./-]\d)"  # 2024-06-15
    r"|\d?([./-])\d{1,2}\1(?:\d{4}|\d{2})(?!\d|[./-]\d)"  # 15.06.2024, 15/06/24
    r"|\d?\.\d{1,2}\.(?!\d)"  # 15.06.
    r"|\d{4}-\d{4}(?![\d-])"  # ZIP+4 94103-1234
    # dates with blanks: 12 06 2025, 2024 06 12 (a year of this or the last century)
    r"|(?<![\d+)] \d)\d? (?:0?[1-9]|1[0-2]) (?:19|20)\d{2}(?!\d| \d)"
    r"|(?<=[12])(?<![\d+)] \d)(?:9|0)\d{2} (?:0?[1-9]|1[0-2]) (?:0?[1-9]|[12]\d|3[01])(?!\d| \d)"
    r"|\d?[.:h]\d{2} ?[-–] ?\d{1,2}[.:h]\d{2}(?!\d)"  # 10.00-12.00, 9:00 – 13:00
    r"|\d?[:h]\d{2}(?!\d)"  # 10:30, 14h30
    # (round 30c) a weight or a length with its unit, as in an engraving text echoed back
    # ("Vera 2025-01-19 kl 04.12 3 560 g"); a phone number never has a unit after it
    r"|\d{0,2}(?:[ .,]\d{3}){0,2}(?:[.,]\d{1,3})? ?"  # (bounded: linear in digit runs)
    r"(?:kg|g|gr|mg|grams?|gramm|grammes?|gramos|grammi|gramow|gramy|cm|mm|ml|lbs?|oz)(?![a-z0-9])"
    # 1.299,00 € / 19.99 usd; never starting on a later group of "123 456 789"
    r"|(?<!\d[ .,]\d)\d{0,2}(?:[ .,]\d{3})*(?:[.,]\d{1,2})? ?"
    r"(?:€|eur\b|euros?\b|usd\b|\$|£|gbp\b|chf\b|jpy\b|円|yen\b|dollars?\b)"
    r")"
    r"|(?<=[$€£¥])(?<![\d.,][$€£¥]) ?\d{1,3}(?:[ .,]\d{3})*(?:[.,]\d{1,2})?(?!\d)"  # $1,299.00
    r")"
)
# Digits and the separators phone numbers are written with; "(0)" of "+49 (0) 30" included,
# and "333 · 41 · 27". A letter of a Latin word glued before the digits makes a code
# ("ABC1234567"); Japanese text runs into digits without a blank ("時間を090-...").
_CANDIDATE: Final = re.compile(
    r"[+(0-9](?<![a-z0-9_+][+(0-9])(?:(?<=[+(])\+?\d+|(?<=\d)\d*)"
    r"(?:(?:[ \t]?[\-./·•][ \t]?|[ \t]|[ \t]?\(\d{1,4}\)[ \t]?|\)[ \t]?|[ \t]?\()\d+)*\)?"
)
_DIGITS: Final = re.compile(r"\d+")
_TRUNK_ZERO: Final = re.compile(r"\(0\)")
_SIZE_WORDS: Final = fold_literal(
    r"\bsizes?\b|measurements?\b|dimensions?\b|größe|\bmaße\b|abmessung|\btaille|\bmesures?\b|"
    r"\btallas?\b|medidas?\b|tamaño|misur[ae]\b|taglia|\bmaat\b|afmeting|rozmiar|wymiar|"
    r"storlek|\bmått\b|boyut|ölçü|"
    r"サイズ|寸法"
)
# A label that names the number itself (an article, part or model number, a size, a code;
# a phone word before or after the number outweighs it):
# a mobile number's shape does not outweigh it ("Artikelnummer des Herstellers 0153 4472 81"),
# unless a phone word follows the number in its clause ("... 340 447 1902, my mobile too").
_IDENT_LABEL: Final = re.compile(
    r"artikel|article|articolo|articulo|teilenummer|part (?:number|no)|\bmodel|serial|serie|"
    r"\bsku\b|\basin\b|\bean\b|gtin|code|kod\w{0,4}\b|codice|codigo|\bpin\b|コード|"
    rf"{_SIZE_WORDS}"
)
# (round 29c) the Dutch call verb "bel", before "ons", "gerust", "dan" or the number; not the
# Italian "bel" (fine) before its noun: "un bel ricordo", "di bel tempo"
_BEL: Final = (
    r"\bbel\b(?=[ \t]*(?:[:+0-9(\n]|(?:ons|me|mij|gerust|even|dan|naar|direct|meteen|het|de|"
    r"onze|maar|u|je|nu|vandaag|morgen|op|alstublieft|voor)\b))"
)
_PHONE_AFTER: Final = re.compile(
    r"[^.;!?\n]{0,60}?(?:phone|mobil|\bcell|handy|telef|cellulare|portable|movil|\bgsm\b|"
    rf"komork|\bcep\b|電話|携帯|\bcall|\bring|anruf|{_BEL}|chiam|\bllam|\bara\b)"
)
# A number labelled as something else, then owned as a phone line: "Riferimento pratica:
# 340-4471902 (è anche il mio cellulare)", "case reference 0612345678 - also my mobile".
_OWN_PHONE_AFTER: Final = re.compile(
    r"[^.;!?\n]{0,40}?(?<![a-z])(?:my|our|mein\w*|unser\w*|mon|ma|notre|mi|nuestro|mio|il mio|"
    r"nostro|mijn|onze|moj\w*|nasz\w*|min|mitt|var|vart|benim|bizim)\s+(?:[a-z]+\s+)?"
    r"(?:phone|mobile|cell|handy|telefon|cellulare|portable|movil|celular|mobiel|komork\w*|"
    r"mobil|cep|numara|gsm|numero di telefono|privat\w*)"
)
# (adversary 20b) a number labelled as a batch, serial, invoice or case number, then said
# to be dialled: "batch code 0161-555-0199. Same digits, just dial them", "codice pratica
# 333 123 4567: lo componga", "Model no. 0800 555 0142 - free to call"
_DIAL_AFTER: Final = re.compile(
    r"[^\n]{0,90}?(?:\bdial(?:l?ing)? (?:it|them|that|this|those|these)\b|\bjust dial\b|"
    r"\bring (?:it|them|that number|this number)\b|"
    r"\bcall (?:it|them|that number|this number|those digits|these digits)\b|"
    r"free to call|same (?:digits|number)|also (?:the|our) (?:hotline|phone|line)|"
    r"(?:wahlen|waehlen) sie (?:sie|ihn|diese|die nummer)|dieselbe nummer an|"
    r"compose[zr]?[- ](?:le|la|les)\b|composez ce numero|les memes chiffres|"
    r"marque(?:lo|los)\b|llame a ese numero|los mismos (?:digitos|numeros)|"
    r"\blo componga|\bcomponga (?:lo|quel|questo)|chiami (?:quel|questo) numero|"
    r"stesse cifre|stesso numero|draai (?:het|dat nummer)|bel (?:het|dat nummer|dit nummer)\b|"
    r"dezelfde cijfers|wybierz (?:go|je|ten numer)|zadzwon pod ten numer|te same cyfry|"
    r"ring (?:det|dem|det numret)\b|samma siffror|"
    r"(?:bu|o) numarayi arayin|ayni (?:rakamlar|numara)|"
    r"その番号に(?:電話|お電話|おかけ)|同じ番号に(?:電話|お電話|おかけ))"
)
# ("calle", the Spanish and Venetian street, is no call: "la calle Mayor, número ...")
_CONTEXT: Final = re.compile(
    r"(?P<phone>\btel\b|telef|teleph|phone|\bfon\b|\bcall(?!e\b|es\b|ej|ing card)|\bring\b|"
    r"mobil|\bcell|handy|hotline|\bruft?\b|(?:courier|carrier|delivery|dispatch) line\b|"
    r"whatsapp|\bsms\b|\btext us|\bfax|anruf|rufen|\bappel|portable|\bllam|movil|chiam|"
    r"cellulare|numero verde|contact|kontakt|reach|erreich|joindre|contatt|raggiung|電話|携帯|"
    # (round 27c) "ご注文専用ダイヤル 0120-…": the dial line, after the order word
    rf"{fold_literal('ダイヤル')}|{fold_literal('コールセンター')}|"
    rf"mobiel|{_BEL}|zadzwo|\bdzwoni|komork|\bara\b|arayin|\bcep\b|\bgsm\b|\btruca|\bringa\b|"
    # (round 28c) the landline by its own word: "nuestro fijo empieza por 978 61"
    r"landline|festnetz|(?:notre|mon|le|au) fixe\b|(?:nuestro|mi|el|al) fijo\b|"
    r"(?:nostro|mio|il|al) fisso\b|vaste (?:lijn|nummer)|vast nummer|stacjonarn|"
    r"fast(?:a)? (?:telefon|nummer)|sabit (?:hat|telefon)|固定電話|"
    # the dialling code: "kierunkowy 22, potem 123"
    r"area code|vorwahl|indicatif|prefijo|prefisso|netnummer|riktnummer|kierunkow|alan kodu|"
    # "our number: 2125550199": the seller's own number needs no phone word
    r"\b(?:our|my) number|unsere nummer|notre numero|nuestro numero|nostro numero|onze nummer|"
    r"nasz numer|vart nummer|(?<!vergi )numaramiz)"
    r"|(?P<other>track|sendung|"
    # (round 30c) a courier's notice card: "avis de passage n° ...", "awizo numer ..."
    r"calling card|missed (?:delivery|you) card|delivery card|benachrichtigung|abholschein|"
    r"avis de passage|aviso de (?:llegada|entrega)|avviso di (?:giacenza|passaggio)|giacenza|"
    rf"afhaal|awiz|\bavi\b|avisering|ihbarname|{fold_literal('不在票|不在連絡票')}|"
    r"paket|parcel|package|shipment|colis|suivi|envio|envoi|seguimiento|"
    r"spedizion|traccia|pacco|order|bestell|commande|pedido|ordine|\bref|invoice|rechnung|"
    r"factur|fattur|kunden(?!service|dienst|hotline|support|center|zentrum|telefon|beratung)|"
    r"artikel|article|item|asin|sku|code|postcode|\bplz\b|\bzip|\bcap\b|"
    r"postal|waybill|\bawb|consignment|receipt|"
    # (round 28c) the consignment note of a haulier or a pallet carrier
    r"recepisse|frachtbrief|albaran|lettera di vettura|vrachtbrief|list przewozow|fraktsedel|"
    rf"irsaliye|{fold_literal('送り状')}|beleg|quittung|reçu|recu\b|recibo|ricevuta|"
    r"label|etikett|etiquet|etichett|\bcase\b|\bfall\b|dossier|\bcaso\b|pratica|"
    r"pakket|zending|factuur|przesylk|paczk|zamowien|faktur|forsandelse|kolli|bestallning|"
    # (round 25b) the Polish parcel in the locative: "w paczce", "w przesyłce"
    r"przesylc|paczc|"
    # (round 29c) a dispatch's or a delivery note's number: "número de expedición", "numéro
    # d'expédition", "sevk numarası", "Lieferschein", "wysyłka", "sändningsnummer", "出荷番号";
    # a Japanese postcode after its mark: "〒040-0034"
    r"expedic|expedition|dispatch|despatch|lieferschein|versandnummer|verzend|wysylk|sandning|"
    rf"\bsevk|gonderi|{fold_literal('出荷|発送|〒|郵便番号')}|"
    r"postnummer|kargo|takip|siparis|fatura|"
    # a parcel's number in the languages around the ten: fi, da/no, pt, cs/sk, hr, hu, ro
    r"lahetys|seuranta|tilausnumer|sporing|sendingsnummer|rastreio|encomenda|zasilk|"
    r"sledovac|posiljk|csomag|kovetes|colet|urmarire|"
    rf"追跡|伝票|注文|{fold_literal('問い合わせ番号')}|"
    # tax and company registration numbers look like phone numbers: VAT, USt-IdNr., SIRET,
    # P. IVA, CIF/NIF, KvK, NIP/REGON, org.nr, vergi no
    r"\bvat\b|\bust\b|ust-?id|idnr|steuer|\btax\b|\btva\b|siret|siren|\biva\b|partita|"
    r"\bcif\b|\bnif\b|eori|\bkvk\b|\bbtw\b|\bnip\b|regon|\bkrs\b|org\.? ?nr|"
    r"momsnr|\bvkn\b|vergi|registr|organi[sz]ation\w{0,6}num|\bmva\b|numer\w? listu|"
    # (round 31c) the carrier's line of a shipping table: "Transporteur : GLS / Numéro : ..."
    r"transporteur|transportista|vervoerder|przewoznik|spediteur|"
    r"handelsreg|\bhrb\b|\babn\b|\bgst\b|\blot\b|batch|"
    # (round 27c) the registers of a legal footer: "RCS Lyon 842 117 903", "REA MI-1234567",
    # "Amtsgericht Köln HRB 12345", "Mersis No", "ticaret sicil", "CVR-nr", "法人番号"
    r"\brcs\b|\brea\b|amtsgericht|registergericht|mersis|sicil|\bcvr\b|\bhra\b|\buid\b|"
    rf"{fold_literal('法人番号')}|{fold_literal('登録番号')}|"
    r"serial|serie|date code|datecode|\bmhd\b|model|modell|modele|modelo|modello|part number|"
    r"part no|teilenummer|artikelnummer|typenummer|"
    # (round 32c) the carmaker's original part number: "OE 34 11 6 792 219", "rif. originale
    # 51 998 432", "numer oryginalny", "orijinal numara", "originalnumret"
    r"\boe\b|\boem\b|original (?:number|part)|originalnum\w*|originalteil\w*|"
    r"reference d'origine|numero original|referencia original|rif\. originale|"
    r"numero originale|codice originale|origineel nummer|numer\w* oryginaln\w*|"
    r"oryginaln\w* numer\w*|orijinal (?:numara|parca)\w*|"
    # the part that fits: "les plaquettes Bosch 0 986 494 702", "filtre 9178 003 200"
    r"spare part|replacement part|\bfits\b|ersatzteil|passend|plaquett|\bpiece|filtr|"
    r"guarnizion|ricambi|recambi|repuest|onderdeel|czesc zamien|reservdel|yedek parca|\buyan\b)"
)
_CONTEXT_WINDOW: Final = 40
# A full stop after a word of three letters or more that is no abbreviation ("USt-IdNr.
# lautet", "Tel. 030", "z.B." end nothing), or "!", "?", "。".  (Each alternative opens with
# its mark, the look-behinds after the full stop, so the engine skips to the marks.)
_SENTENCE_END: Final = re.compile(
    r"\.(?<=[a-z]{3}\.)(?<!nr\.)(?<!tel\.)(?<!tlf\.)(?<!tfn\.)(?<!str\.)(?<!bzw\.)(?<!inkl\.)"
    r"(?<!ref\.)(?<!rif\.)(?<!art\.)(?<!abs\.)(?<!ext\.)[ \t\n]|![ \t\n]|\?[ \t\n]|。"
)
# The same words filed by first character: _context runs for many numbers of a reply.
_CONTEXT_BY_FIRST, _CONTEXT_GROUPS = by_first_character(_CONTEXT.pattern)
_TOKEN_CHARS: Final = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")

RULE = "phone-number"
_MESSAGE = (
    "Phone numbers are not allowed in messages to buyers, except a carrier's, manufacturer's "
    "or warranty line (an admin can allow-list those)."
)
_DISGUISED = (
    "This is a phone number written to look like something else (letters for digits, "
    "digits in words or spaced out). Phone numbers are not allowed in messages to buyers."
)
_SUGGESTION = "Remove the number; the carrier's phone line is on its tracking page."


def context_start(text: str, start: int) -> int:
    """Where the words telling what a number at ``start`` is are looked for: a short stretch
    before it, in its own sentence ("Parcel shipped. Call 0532 ...": the parcel is another
    sentence's)."""
    lo = max(0, start - _CONTEXT_WINDOW)
    for end in _SENTENCE_END.finditer(text, lo, start):
        lo = end.end()
    return lo


# (round 30c) a number read again after a half-way correction ("0 0 3 no wait let me read it
# again 0037..."): the label before the correction still names it
_READ_AGAIN: Final = re.compile(
    fold_literal(
        r"(?:read|say|start) (?:it |that |this )?(?:again|over)|"
        r"(?:les|lese) (?:es |das |sie )?(?:nochmal|noch mal|noch einmal|neu)|"
        r"je (?:le |la )?relis|je recommence|"
        r"(?:lo |te lo )?(?:leo|digo|repito) (?:otra vez|de nuevo)|vuelvo a (?:leer|empezar)|"
        r"(?:lo |te lo )?rileggo|(?:lo )?(?:leggo|ripeto) di nuovo|ricomincio|"
        r"lees (?:het |'t )?(?:nog ?eens|opnieuw|even opnieuw)|begin opnieuw|"
        r"czytam (?:jeszcze raz|od nowa|ponownie)|"
        r"läser (?:om|igen|det igen)|börjar om|"
        r"(?:tekrar|yeniden|baştan) okuyorum|"
        r"もう一回読|もう一度読|読み直"
    )
)


# a phone word's modifier naming what the line is for, just before that thing's word
_FOR_YOUR: Final = re.compile(
    fold_literal(
        r"\w* (?:for|about) (?:your|the) |\w* (?:für|zu) (?:ihr|ihre|ihren|ihrem|das|die|den) |"
        r"\w* (?:pour|de) (?:votre|le|la) |\w* (?:para|de) (?:su|el|la) |"
        r"\w* (?:per|del|della) (?:il suo|la sua|il|la) |\w* (?:voor|van) (?:uw|je|het|de) |"
        r"\w* (?:för|om) (?:ditt|din|ert|er) "
    )
)


def _kind(m: re.Match[str]) -> str | None:
    """ "phone" or the other telling word's group of a ``_CONTEXT_BY_FIRST`` match."""
    return _CONTEXT_GROUPS.get(m.lastgroup or "", m.lastgroup)


def _context(text: str, start: int) -> str | None:
    """ "phone" or "other" for the closest telling word just before ``start``."""
    last = None
    lo = context_start(text, start)
    previous = None
    for m in _CONTEXT_BY_FIRST.finditer(text, lo, start):
        # "the hotline for your parcel is 030 ...": the parcel only says what the line is for
        if (
            previous is not None
            and _kind(previous) == "phone"
            and _kind(m) != "phone"
            and _FOR_YOUR.fullmatch(text, previous.end(), m.start())
        ):
            continue
        previous = m
        last = m.lastgroup
    if last is None:
        again = None
        for m in _READ_AGAIN.finditer(text, lo, start):
            again = m
        if again is not None:
            # (the first digits and a filler sit between: look twice as far back)
            lo = max(0, again.start() - 2 * _CONTEXT_WINDOW)
            for end in _SENTENCE_END.finditer(text, lo, again.start()):
                lo = end.end()
            for m in _CONTEXT_BY_FIRST.finditer(text, lo, again.start()):
                last = m.lastgroup
    return _CONTEXT_GROUPS.get(last, last) if last is not None else None


# Tracking numbers printed in groups, read whole with the letter groups beside the digits:
# UPU S10 ("RB 482 917 365 IT") and PostNL ("3S KABA 0123 4567 8").
_GROUPED_TRACKING: Final = re.compile(r"[a-z]{2}\d{9}[a-z]{2}|3s[a-z]{4}\d{6,11}")


def _tokens_around(text: str, start: int, end: int, count: int) -> tuple[list[str], list[str]]:
    """Up to ``count`` letters-and-digits tokens, each after one blank, before and after."""
    before: list[str] = []
    i = start
    while len(before) < count and i > 1 and text[i - 1] == " " and text[i - 2] in _TOKEN_CHARS:
        k = i - 1
        while k > 0 and text[k - 1] in _TOKEN_CHARS and i - k < 12:
            k -= 1
        before.insert(0, text[k : i - 1])
        i = k
    after: list[str] = []
    j = end
    while len(after) < count and j + 1 < len(text) and text[j] == " ":
        k = j + 1
        while k < len(text) and text[k] in _TOKEN_CHARS and k - j < 12:
            k += 1
        if k == j + 1:
            break
        after.append(text[j + 1 : k])
        j = k
    return before, after


def _grouped_tracking(text: str, start: int, end: int, doc: Document | None = None) -> bool:
    digits = "".join(_DIGITS.findall(text[start:end]))
    if len(digits) > 11:
        return False
    before, after = _tokens_around(text, start, end, 2)
    glued = end
    while glued < len(text) and glued - end < 3 and "a" <= text[glued] <= "z":
        glued += 1
    if glued > end:  # the country glued to the last digit: "RR 4417 2093 5DE"
        after = [text[end:glued]]
    # letters of a code come in groups ("RB ... IT", "3S KABA"); "al 93 418 27 65 i t'ho" is
    # Catalan words around a phone number
    while before and len(before[0]) < 2:
        before.pop(0)
    for k, token in enumerate(after):
        if len(token) < 2:
            after = after[:k]
            break
    for b in range(len(before) + 1):
        for a in range(len(after) + 1):
            head, tail = before[b:], after[:a]
            if not _GROUPED_TRACKING.fullmatch("".join(head) + digits + "".join(tail)):
                continue
            if doc is None or _printed_in_capitals(doc, start, end, head, tail):
                return True
    return False


def _printed_in_capitals(
    doc: Document, start: int, end: int, head: list[str], tail: list[str]
) -> bool:
    """True when the letter groups read with the digits are capitals as typed: "RB 482 917
    365 IT" is a tracking number; "llámeme al 654 218 907 de lunes" is Spanish words around
    a mobile number."""
    lo = start - len(" ".join(head)) - 1 if head else start
    hi = end + len(" ".join(tail)) + 1 if tail else end
    a, b = doc.words.span(max(0, lo), min(len(doc.words.text), hi))
    return not any(c.islower() for c in doc.text[a:b])


# A tracking page's address that carries the same digits: the number is the parcel's.
_TRACKING_PATH: Final = re.compile(
    r"(?:track|verfolg|seguimiento|suivi|tracciamento|volg|sledz|spar|takip|match|search|"
    r"query|request|search)[^\s]{0,80}?[=/]"
)


def _in_tracking_link(doc: Document, candidate: str) -> bool:
    digits = "".join(_DIGITS.findall(candidate))
    return len(digits) >= 8 and digits in _tracked_numbers(doc)


_LINKED_DIGITS: Final = re.compile(r"[=/](\d{8,})(?!\d)")
_URL_REACH: Final = 300  # how far back a link's start is looked for


def _tracked_numbers(doc: Document) -> frozenset[str]:
    """The numbers in the carriers' tracking links of the text, found once per text."""
    memo = doc.memo.get("phone tracked")
    if memo is not None:
        return memo  # type: ignore[no-any-return]
    text = doc.words.text
    found: set[str] = set()
    if "/" in text:
        for m in _LINKED_DIGITS.finditer(text):
            lo = max(0, m.start() - _URL_REACH)
            line_start = max(text.rfind(" ", lo, m.start()), text.rfind("\n", lo, m.start()))
            line_start = line_start + 1 if line_start >= 0 else lo
            host = _URL_HOST.match(text, line_start)
            if (
                host is not None
                and host_allowed(host.group(1), CARRIER_HOSTS)
                and _TRACKING_PATH.search(text, line_start, m.start() + 1)
            ):
                found.add(m.group(1))
    result = frozenset(found)
    doc.memo["phone tracked"] = result
    return result


_URL_HOST: Final = re.compile(r"(?:https?://)?([a-z0-9.-]+\.[a-z]{2,})")


def _beside_code(text: str, start: int, end: int, doc: Document | None = None) -> bool:
    """True when the digits sit between parts of a letters-and-digits code (UPS "1Z 999 AA1")."""
    if start > 1 and text[start - 1] == "-":
        k = start - 1
        while k > 0 and text[k - 1] in _TOKEN_CHARS and start - k < 12:
            k -= 1
        if any(map(str.isalpha, text[k : start - 1])):
            return True  # "HB-2120-555-01", "T8-0104-4172-2038": a model or registration number
    if _grouped_tracking(text, start, end, doc):
        return True
    before = start - 1 if start > 0 and text[start - 1] == " " else start
    i = before
    while i > 0 and text[i - 1] in _TOKEN_CHARS:
        i -= 1
    token = text[i:before]
    after = end + 1 if text[end : end + 1] == " " else end
    k = after
    while k < len(text) and text[k] in _TOKEN_CHARS and k - after < 40:
        k += 1
    following = text[after:k]
    return any(any(map(str.isalpha, t)) and any(map(str.isdigit, t)) for t in (token, following))


def _named_identifier(text: str, start: int, end: int) -> bool:
    """True when the words just before a number name it as an article, part or model
    number, a size or a code, and no phone word follows it in its clause."""
    lo = context_start(text, start)
    label = text[lo:start].rstrip(" \t")
    if label.endswith(":"):  # "Größe: 50-20-135" names it, "For size advice: 0113 ..." not
        lo = max(lo, label.rfind(" ", 0, len(label) - 1) + 1 + lo)
    if _IDENT_LABEL.search(text, lo, start) is None:
        return False
    return _PHONE_AFTER.match(text, end) is None and _DIAL_AFTER.match(text, end) is None


# The countries' calling codes (ITU-T E.164), as the first digits after "00": 28x, 42x but
# 420, 421 and 423, 80x but 800 and 808, 83x, 89x and 99x but 992-998 belong to no country.
_CALLING_CODE: Final = re.compile(
    r"[17]|2[07]|2[1-69]\d|3[0-469]|3[578]\d|4[013-9]|42[013]|5[1-8]|5[09]\d|6[0-6]|6[7-9]\d|"
    r"8[1246]|80[08]|8[578]\d|9[0-58]|9[67]\d|99[2-8]"
)


def _looks_like_phone(candidate: str, context: str | None) -> bool:
    plus = candidate.startswith(("+", "(+"))
    if plus:
        candidate = _TRUNK_ZERO.sub("", candidate)
    groups = _DIGITS.findall(candidate)
    digits = "".join(groups)
    n = len(digits)
    if plus:
        return 7 <= n <= 15
    if context == "other":
        return False
    if digits.startswith("00"):
        # "0042918374650": no country's calling code follows the "00" (a pick-up number)
        return 9 <= n <= 17 and (context == "phone" or _CALLING_CODE.match(digits, 2) is not None)
    if context == "phone":
        return 6 <= n <= 15
    if len(groups) == 1:
        return n in (10, 11) and digits[0] == "0"  # unformatted national number
    if not 7 <= n <= 13:
        return False
    if digits[0] != "0" and all(len(g) == 4 for g in groups):
        return False  # tracking numbers printed in blocks of four
    if digits[0] != "0" and len(groups) >= 3 and max(map(len, groups)) >= 5:
        return False  # "50.57021.010": a part number; no phone has a group of five there
    return digits[0] == "0" or candidate.startswith("(") or len(groups) >= 3


# A run of 10 to 15 digits typed without grouping ("4155550133", "447700900461") has the
# length of a phone number and of many tracking numbers alike; it is a phone number when
#  - a label of any wording ends in a colon just before it ("If you need anything:"), or the
#    number stands on a line of its own: a reply labels a phone line that way, and a parcel,
#    order or carrier word in the label says when it is something else;
#  - a call word of a script the gate has no wording for is beside it ("اتصل بنا على",
#    "Позвоните нам", "请致电"): those languages name nothing else by a bare number.
_BARE_DIGITS: Final = re.compile(r"[1-9]\d{9,14}")
_LINE_TAIL: Final = re.compile(r"[ \t.,;!?)]*(?:\n|$)")
_FOREIGN_CALL: Final = re.compile(
    "اتصل|إتصل|هاتف|جوال|واتس|رقم|للمساعدة|للاستفسار|"  # Arabic
    "התקשר|חייג|טלפון|לעזרה|"  # Hebrew
    "โทร|ติดต่อ|"  # Thai
    "звон|телефон|номер|ватсап|"  # Russian and its neighbours
    "电话|電話|致电|致電|拨打|撥打|联系|聯繫|热线|熱線|"  # Chinese
    "전화|연락|"  # Korean
    "फ़ोन|फोन|कॉल|संपर्क|"  # Hindi
    "τηλ|καλέστε|"  # Greek
    r"\bligue|\bligar|telefone|contato|volejte|zavolej|ring til",
    re.IGNORECASE,
)
_CALL_REACH: Final = 30
_LABEL_REACH: Final = 80
_CLAUSE_END: Final = re.compile(r"[.;!?。]\s")


_LIST_ITEM: Final = re.compile(r"\d{1,2}[.)] (?=\d)")
_NUMBER_LINE: Final = re.compile(r"[ \t]*(?:\d{1,2}[.)][ \t]*)?[\d \t-]{8,}[ \t.,;]*")
_LIST_LINES: Final = 5


# A spare part or a code named earlier in the number's sentence, beyond the context window
# ("the right gasket for the six-cup pot is the 0105 0331", "il codice articolo inizia con
# 0153 e finisce con 4472 81"): the number is the part's; a phone word anywhere in the
# sentence, a "+" or a mobile's shape keep it a phone number.
_PART_WORD: Final = re.compile(
    fold_literal(
        r"guarnizion\w*|ricambi\w*|recambi\w*|repuest\w*|ersatzteil\w*|dichtung\w*|gasket|"
        r"spare part|replacement part|\bseal\b|joint\b|junta\b|onderde\w*|pakking|uszczelk\w*|"
        r"część zamienn\w*|reservdel\w*|packning\w*|yedek parça|\bconta\b|filtr\w*|"
        r"codice articolo|article code|artikelnummer|numéro d'article|código de artículo|"
        r"artikelcode|numer katalogowy|artikelnummer|ürün kodu|パッキン|部品|品番"
    )
)
_PHONE_WORD: Final = re.compile(
    r"\btel\b|telef|teleph|phone|\bcall(?!e\b)|mobil|\bcell|handy|whatsapp|anruf|rufen|\bruft?\b|appel|"
    rf"portable|\bllam|movil|chiam|cellulare|mobiel|{_BEL}|zadzwo|komork|\bara\b|\bcep\b|"
    r"\bgsm\b|ring|numero verde|電話|携帯"
)


def _part_in_sentence(doc: Document, start: int, candidate: str) -> bool:
    if candidate.startswith(("+", "(+")) or _mobile(candidate, doc.lang):
        return False
    text = doc.words.text
    s = doc.sentence_of(start)
    lo, hi = doc.sentence_starts[s], doc.sentence_end(s)
    if _PART_WORD.search(text, lo, start) is None:
        return False
    return _PHONE_WORD.search(text, lo, hi) is None


def _record_of_other(text: str, start: int, clause: str) -> bool:
    """(round 31c) A bare "Number:" row of a shipping table ("- Carrier: GLS\n- Number: 6201...")
    belongs to the record its row above opens: a carrier or a parcel word there names it."""
    if not clause.rstrip().endswith(":") or len(clause.split()) > 4:
        return False
    row = text.rfind("\n", max(0, start - _LABEL_REACH), start)
    if row <= 0 or not text[row + 1 : start].strip(" \t(-"):
        return False  # the label is on the row itself, not a line of its own above the number
    lo = max(0, row - _LABEL_REACH)
    above = text[max(lo, text.rfind("\n", lo, row) + 1) : row]
    if not above.strip():
        return False  # a blank line ends the record
    return _context(above, len(above)) == "other" or _OWNER_LABEL.search(above) is not None


def _bare_phone(doc: Document, start: int, end: int, candidate: str) -> bool:
    """True when an ungrouped run of digits reads as a phone number (see _BARE_DIGITS)."""
    if not _BARE_DIGITS.fullmatch(candidate):
        return False
    text = doc.words.text
    # a label is short: looking back a bounded stretch keeps many numbers linear
    lo = max(0, start - _LABEL_REACH)
    line_start = max(lo, text.rfind("\n", lo, start) + 1)
    before = text[line_start:start]
    own_line = not before.strip(" \t(") and _LINE_TAIL.match(text, end) is not None
    if own_line and line_start > 0 and text[line_start - 1] == "\n":  # label: the line before
        lo = max(0, line_start - 1 - _LABEL_REACH)
        before = text[max(lo, text.rfind("\n", lo, line_start - 1) + 1) : line_start - 1]
        # a list of parcels, one number a line under one label ("… ile çıktı:\n4019…\n4019…"):
        # the label is the line above the list (a few lines up at most)
        for _ in range(_LIST_LINES):
            if not _NUMBER_LINE.fullmatch(before) or line_start < 2:
                break
            line_start = max(0, text.rfind("\n", 0, line_start - 1) + 1)
            lo = max(0, line_start - 1 - _LABEL_REACH)
            before = text[max(lo, text.rfind("\n", lo, line_start - 1) + 1) : line_start - 1]
    clause = _CLAUSE_END.split(before)[-1]
    if _context(clause, len(clause)) == "other" or _OWNER_LABEL.search(clause):
        return False  # "Tracking:", "DHL: 1234567890", "Order number:"
    if _record_of_other(text, start, clause):
        return False
    if own_line or clause.rstrip().endswith(":"):
        return True
    i, j = doc.words.span(start, end)
    return _FOREIGN_CALL.search(doc.text, max(0, i - _CALL_REACH), j + _CALL_REACH) is not None


def _allowed(candidate: str, allowed: frozenset[str]) -> bool:
    digits = phone_digits(candidate)
    if digits in allowed:
        return True
    national = digits.lstrip("0")
    return len(national) >= 7 and any(a.endswith(national) for a in allowed)


# Numbers written as words in every supported language ("two one two", "zwei eins zwo",
# "zéro six, douze, trente-quatre"), each to the digits it stands for.  Tens are taken
# whole ("trente" -> "30"); a phone number only needs the right count of digits to be
# recognised, not its exact value.
_UNITS: Final = {
    "en": "zero one two three four five six seven eight nine",
    "de": "null eins zwei drei vier fünf sechs sieben acht neun",
    "fr": "zéro un deux trois quatre cinq six sept huit neuf",
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve",
    "it": "zero uno due tre quattro cinque sei sette otto nove",
    "nl": "nul een twee drie vier vijf zes zeven acht negen",
    "pl": "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć",
    "sv": "noll ett två tre fyra fem sex sju åtta nio",
    "tr": "sıfır bir iki üç dört beş altı yedi sekiz dokuz",
}
_TEENS: Final = {  # 10 to 19
    "en": "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen",
    "de": "zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn",
    "fr": "dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf",
    "es": "diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve",
    "it": "dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove",
    "nl": "tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien",
    "pl": "dziesięć jedenaście dwanaście trzynaście czternaście piętnaście szesnaście "
    "siedemnaście osiemnaście dziewiętnaście",
    "sv": "tio elva tolv tretton fjorton femton sexton sjutton arton nitton",
    # Turkish "on" (10) is the English "on", so the teens are left out; "on bir" is still
    # read as its second word
    "tr": "",
}
_TENS: Final = {  # 20 to 90
    "en": "twenty thirty forty fifty sixty seventy eighty ninety",
    "de": "zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig",
    "fr": "vingt trente quarante cinquante soixante soixante-dix quatre-vingt quatre-vingt-dix",
    "es": "veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa",
    "it": "venti trenta quaranta cinquanta sessanta settanta ottanta novanta",
    "nl": "twintig dertig veertig vijftig zestig zeventig tachtig negentig",
    "pl": "dwadzieścia trzydzieści czterdzieści pięćdziesiąt sześćdziesiąt siedemdziesiąt "
    "osiemdziesiąt dziewięćdziesiąt",
    "sv": "tjugo trettio fyrtio femtio sextio sjuttio åttio nittio",
    "tr": "yirmi otuz kırk elli altmış yetmiş seksen doksan",
}
_EXTRA: Final = {  # other spellings of single digits
    # "double six", "triple nine" (round 24b): the next digit two or three times over
    "en": {"oh": "0", "o": "0", "double": "", "triple": ""},
    "de": {"zwo": "2", "ein": "1", "eine": "1"},
    "fr": {"une": "1", "nul": "0"},
    "es": {"una": "1"},
    "it": {"una": "1"},
    "nl": {"één": "1"},
    "pl": {"jedna": "1", "jedno": "1", "dwie": "2"},
    # Swedish says 21, 31, ... with "en" as often as with "ett": "tjugoen", "åttioen"
    "sv": {ten + "en": f"{t}1" for t, ten in enumerate(_TENS["sv"].split(), start=2)},
    "tr": {},
}


# Hundreds ("six hundred two", "sześćset dwa", "beş yüz otuz üç"): a hundreds word stands
# for the digits it adds beside the tens and units after it, near enough for a count.
# Turkish "on" (10) is only read before a unit ("on iki"), since "on" alone is English.
_HUNDREDS: Final = {
    "en": {"hundred": "0"},
    "de": {"hundert": "0", "einhundert": "10"},
    "fr": {"cent": "0", "cents": "0"},
    "es": {
        "cien": "10", "ciento": "1", "doscientos": "20", "doscientas": "20",
        "trescientos": "30", "trescientas": "30", "cuatrocientos": "40", "quinientos": "50",
        "seiscientos": "60", "setecientos": "70", "ochocientos": "80", "novecientos": "90",
    },
    "it": {
        "cento": "10", "duecento": "20", "trecento": "30", "quattrocento": "40",
        "cinquecento": "50", "seicento": "60", "settecento": "70", "ottocento": "80",
        "novecento": "90",
    },
    "nl": {"honderd": "0"},
    "pl": {
        "sto": "10", "dwieście": "20", "trzysta": "30", "czterysta": "40", "pięćset": "50",
        "sześćset": "60", "siedemset": "70", "osiemset": "80", "dziewięćset": "90",
    },
    "sv": {"hundra": "0", "etthundra": "10"},
    "tr": {"yüz": ""} | {
        f"on {unit}": f"1{n}"
        for n, unit in enumerate(_UNITS["tr"].split()[1:], start=1)
    },
}  # fmt: skip


def _compounds(lang: str, units: list[str], tens: list[str]) -> dict[str, str]:
    """One-word numbers from 21 to 99: "vierunddreißig", "trentaquattro", "veinticuatro"."""
    out: dict[str, str] = {}
    for t, ten in enumerate(tens, start=2):
        for u, unit in enumerate(units[1:], start=1):
            if lang == "de":
                word = ("ein" if u == 1 else unit) + "und" + ten
            elif lang == "it":
                word = (ten[:-1] if unit[0] in "uo" else ten) + unit  # "trentuno", "trentotto"
            elif lang == "es" and t == 2:
                word = "veinti" + unit
            elif lang == "es":
                word = f"{ten} y {unit}"  # "treinta y uno", read as one token
            elif lang == "nl":
                word = unit + "en" + ten  # "vierendertig", "tweeëntwintig" (folded "ee")
            elif lang == "sv":
                word = ten + unit  # "trettiofyra"
            else:
                continue
            out[word] = f"{t}{u}"
    return out


def _number_words(lang: str) -> dict[str, str]:
    units = _UNITS[lang].split()
    tens = _TENS[lang].split()
    words = {word: str(n) for n, word in enumerate(units)}
    words.update({word: str(n) for n, word in enumerate(_TEENS[lang].split(), start=10)})
    words.update({word: f"{n}0" for n, word in enumerate(tens[:8], start=2)})
    words.update(_EXTRA[lang])
    words.update(_compounds(lang, units, tens))
    words.update(_HUNDREDS[lang])
    # folded like the text ("zwölf" -> "zwolf", "dreißig" -> "dreissig"); hyphenated words
    # are read token by token, so only their parts are kept
    return {
        fold_literal(part): value
        for word, value in words.items()
        for part in ([word] if "-" not in word else [])
    }


_NUMBER_WORDS: Final = {lang: _number_words(lang) for lang in _UNITS}
_DIGIT_WORDS: Final[dict[str, str]] = {
    word: value for table in _NUMBER_WORDS.values() for word, value in table.items()
}


# (filed by first letter: tried at every word start of a window, the 653 number words of ten
# languages cost as many branch attempts there; filed, a position tries about twenty)
_DIGIT_WORD: Final = by_first_letter(sorted(_DIGIT_WORDS, key=len, reverse=True))
_LETTER_DIGITS: Final = str.maketrans("oli", "011")
# A number in disguise: digit words, digits with letters O/l/I among them, or (after
# ``unspace``) a long run of digits that were typed one by one.  Runs are made of such
# tokens joined by the separators phone numbers are written with; every token starts on a
# word boundary and no token can swallow a separator, so the scan is linear.
_NUMBER_TOKEN: Final = rf"(?:{_DIGIT_WORD}|[0-9oli]*[0-9][0-9oli]*)(?![a-z0-9])"
# Groups read out one after the other: "seis cuatro cuatro, luego treinta y uno", "tre-quattro-
# otto, poi 55", "nul-zes, dan 21 44, en het eindigt op 90 17".
_RUN_JOINER: Final = fold_literal(
    r"[ \t,]+(?:then|and then|next|followed by|ending (?:in|with)|(?:and )?(?:it )?ends? "
    r"(?:in|with|on)|dann|und dann|danach|(?:und )?endet (?:auf|mit)|puis|et puis|ensuite|"
    r"(?:et )?(?:se )?termine par|luego|y luego|después|(?:y )?termina en|poi|e poi|"
    r"(?:e )?finisce (?:con|per|in)|dan|en dan|daarna|(?:en )?(?:het )?eindigt op|potem|"
    r"a potem|(?:i )?kończy się na|sedan|och sedan|(?:och )?slutar på|sonra|ve sonra)[ \t,]+"
)
_RUN_JOINER_WORDS: Final = re.compile(_RUN_JOINER)
_NUMBER_RUN: Final = re.compile(
    rf"(?<![a-z0-9]){_NUMBER_TOKEN}(?:(?:[ \t.,/()-]{{1,3}}|{_RUN_JOINER}){_NUMBER_TOKEN})*"
)
# a number word of two words ("on iki") is one token
_TOKEN: Final = re.compile(
    "(?<![a-z0-9])(?:"
    + "|".join(sorted((w for w in _DIGIT_WORDS if " " in w), key=len, reverse=True))
    + r")(?![a-z0-9])|[a-z0-9]+"
)


# Two digit words in a row ("fünf fünf", "five 5"): where a number in words may start.
DIGIT_PAIRS: Final = Lexicon(
    "digit pairs",
    {
        lang: [rf"(?:{'|'.join(words)})[ ,./()-]{{1,3}}(?:{'|'.join(words)}|\d+)"]
        for lang, words in _NUMBER_WORDS.items()
    },
)
_WINDOW = 64


def _windows(doc: Document) -> list[tuple[int, int]]:
    """Stretches of the words view where a disguised number may sit, merged."""
    text = doc.words.text
    spots = list(DIGIT_PAIRS.spans(doc))
    spots.extend(_lettered(text))
    spots.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spots:
        start, end = max(0, start - _WINDOW), end + _WINDOW
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _disguised_numbers(
    doc: Document, candidates: list[re.Match[str]]
) -> Iterator[tuple[int, int, str]]:
    """Phone numbers written to escape a digit scan: "212 555 O199", "two one two ...",
    "2 1 2 5 5 5 0 1 9 9".  Yields (start, end, digits) in the words view.
    """
    view = doc.words
    text = view.text
    for candidate in candidates:  # typed digit by digit, joined by ``unspace``?
        start, end = candidate.span()
        if end - start >= 7 and text[start:end].isdigit():
            original = view.span(start, end)
            if end - start <= 15 and _ONE_BY_ONE.search(doc.text, *original):
                yield start, end, text[start:end]
    for m in _VANITY.finditer(text) if _VANITY_HINT.search(text) else ():
        typed = doc.text[slice(*view.span(m.start(), m.end()))]
        letters = [c for c in typed if c.isalpha()]
        if len(letters) >= 3 and all(c.isupper() for c in letters):  # "1-800-FLOWERS"
            yield m.start(), m.end(), m.group()
    for m in _KANJI_NUMBER.finditer(text) if not text.isascii() else ():  # kanji digits only
        number = "".join(c for c in m.group().translate(_KANJI_DIGITS) if c.isdigit())
        if 7 <= len(number) <= 15:
            yield m.start(), m.end(), number
    if not text.isascii() and _KANA.search(text) is not None:  # (isascii: no scan)
        for m in _KANA_NUMBER.finditer(text):
            readings = _KANA_READING.findall(m.group())
            if 7 <= len(readings) <= 15:
                yield m.start(), m.end(), "".join(str(_KANA_DIGITS[r]) for r in readings)
    for window_start, window_end in _windows(doc):
        for m in _NUMBER_RUN.finditer(text, window_start, window_end):
            run = m.group()
            if run.isdigit():
                continue  # plain digits: judged by their shape
            digits: list[str] = []
            disguised = False
            repeat = 1
            for token in _TOKEN.findall(_RUN_JOINER_WORDS.sub(" ", run)):
                if token in _REPEAT:
                    repeat = _REPEAT[token]
                    disguised = True
                elif token in _DIGIT_WORDS:
                    value = _DIGIT_WORDS[token]
                    digits.append(value * repeat if len(value) == 1 else value)
                    repeat = 1
                    disguised = True
                elif token.isdigit():
                    digits.append(token)
                else:
                    digits.append(token.translate(_LETTER_DIGITS))
                    disguised = True
            number = "".join(digits)
            if not disguised or not 7 <= len(number) <= 15:
                continue
            if _foreign_lone_word(run, doc.lang) or _or_between(run, doc.lang):
                continue  # "wenn dort 50.55021 steht": the German "dort", not Turkish "dört"
            lettered_code = not any(t in _DIGIT_WORDS for t in _TOKEN.findall(m.group()))
            if lettered_code and (
                text[m.start() - 1 : m.start()] in ("=", "/", "#", "?", "&")
                or _context(text, m.start()) == "other"
            ):
                continue  # "suivi n° 1L0123...", "?code=1L0...": a letters-and-digits code
            yield m.start(), m.end(), number


def _foreign_lone_word(run: str, lang: str | None) -> bool:
    """True when the run's only number word is at one end of it and is no number word of
    the card's language: "dort 50.55021" in a German reply is "there", not the Turkish
    "dört" (four).  Two words or more, or the card's own words, still make a disguise."""
    if lang is None or lang not in _NUMBER_WORDS:
        return False
    tokens = _TOKEN.findall(_RUN_JOINER_WORDS.sub(" ", run))
    words = [k for k, t in enumerate(tokens) if not t.isdigit()]
    if len(words) != 1 or words[0] not in (0, len(tokens) - 1):
        return False
    word = tokens[words[0]]
    return word in _DIGIT_WORDS and word not in _NUMBER_WORDS[lang] and word not in _REPEAT


def _or_between(run: str, lang: str | None) -> bool:
    """True when the run's only words are a lone "o" of a language where it is "or" or
    "about", not the English "oh" for zero: "10, 12 o 14 carte", "talla 38 o 40" (it, es,
    pl)."""
    if lang is None or lang not in _NUMBER_WORDS or "o" in _NUMBER_WORDS[lang]:
        return False
    words = [t for t in _TOKEN.findall(_RUN_JOINER_WORDS.sub(" ", run)) if not t.isdigit()]
    return bool(words) and all(w == "o" for w in words)


_REPEAT: Final = {"double": 2, "triple": 3}
_ONE_BY_ONE: Final = re.compile(r"(?:\d\s){4}\d")
_OLI: Final = frozenset("oli")
# A digit with an O, l or I before or after it; opening with the digit, the engine skips to
# digits and looks either side there.
_BESIDE_OLI: Final = re.compile(r"[0-9](?:(?<=[oli][0-9])|(?=[oli]))")


def _lettered(text: str) -> Iterator[tuple[int, int]]:
    """A digit beside a letter O, l or I ("o199", "2l2"): where letters may stand for digits.

    The spans of ``re.finditer("[0-9](?=[oli])|[oli](?=[0-9])", text)``, found from the
    digits that have such a letter beside them: that alternation tried at every position
    cost 0.04 ms a reply, and a Python step per run of digits (forty in a reply with order
    and tracking numbers) about a third of that.
    """
    for m in _BESIDE_OLI.finditer(text):
        digit = m.start()
        if digit and text[digit - 1] in _OLI:
            yield digit - 1, digit
        if digit + 1 < len(text) and text[digit + 1] in _OLI:
            yield digit, digit + 1


# Amazon allows a carrier's, manufacturer's or warranty line, and only that: the number must
# belong to the third party named beside it.  A label anywhere near a number proves nothing
# ("DHL brings it Monday; questions? 0171 2345678"), so a number passes only when
#  - a third party is named in the same clause, at most four words before the number: a
#    carrier, Amazon, "the manufacturer", or a brand before a service word ("Bosch Service");
#    a bare service word ("warranty line", "hotline") names nobody, so it passes only a
#    freephone or shared-cost number, never an ordinary one;
#  - nothing around it says the line is the seller's ("our", "my", "us", "me", "the shop");
#  - it is not a mobile number: no carrier or manufacturer runs its service line on a mobile.
_CARRIER_NAMES: Final = (
    r"ups|usps|fedex|dhl(?: express| parcel| paket| ecommerce)?|dpd|gls|hermes|evri|yodel|"
    r"royal mail|parcelforce|correos(?: express)?|seur|mrw|nacex|brt|bartolini|sda|"
    r"poste italiane|la poste|colissimo|chronopost|mondial relay|relais colis|colis prive|"
    r"postnl|bpost|canada post|purolator|ontrac|lasership|amazon|poste|posten|deutsche post|"
    r"postnord|inpost|poczta polska|pocztex|ptt|yurtici(?: kargo)?|aras(?: kargo)?|"
    r"mng(?: kargo)?|surat kargo|bring|budbee|instabox|sendle|schenker|db schenker|tnt|"
    r"ctt|nexive|seino|sagawa|yamato|japan post|australia post|an post"
)
_OWNER_LABEL: Final = re.compile(
    rf"\b(?:{_CARRIER_NAMES})(?:'?s)?\b|"
    r"manufacturer\w*|hersteller\w*|fabricant\w*|fabricante\w*|produttore\w*|fabrikant\w*|"
    r"producent\w*|tillverkar\w*|uretici\w*|"
    # (adversary 20b) the customs authority, a third party: "Das Zollamt Frankfurt erreichen
    # Sie unter ...", "Die Zoll-Auskunft erreichen Sie unter ..."
    r"\b(?:haupt)?zollamt\w*|\bzoll-?auskunft|\bzentrale auskunft des zolls|\bcustoms office|"
    r"\bhmrc\b|\bborder force\b|\bbureau de douane|\bservice des douanes|\binfo douane|"
    r"\boficina de aduanas|\bagencia tributaria|\bufficio (?:doganale|delle dogane)|"
    r"\bagenzia delle dogane|\bdouanekantoor|\bdouane-?telefoon|\burzad celny|\bizba celna|"
    r"\btullverket|\bgumruk mudurlug\w*|"
    r"ヤマト|佐川|日本郵便|郵便局|メーカー|税関"
)
_SERVICE_WORD: Final = re.compile(
    r"\b(?:warranty|guarantee|support|service|helpline|hotline|help ?desk|customer (?:care|"
    r"service)|kundendienst|kundenservice|kundservice|garantie\w*|service client\w*|"
    r"service apres-vente|sav|servicio (?:tecnico|de atencion|al cliente)|atencion al cliente|"
    r"garantia|assistenza|servizio clienti|garanzia|klantenservice|infolin\w*|"
    r"obsluga klienta|serwis\w*|gwarancj\w*|garanti|musteri hizmetler\w*|cagri merkez\w*|"
    # (round 29c) a maker's services in Turkish, the plural: "Türkiye servisleri 0850 ..."
    # (not "teknik servisimiz", the seller's own, nor "servisteki Ali Bey")
    r"kundtjanst|servis hatt\w*|servis hatlar\w*|servisler\w*|destek hatt\w*|"
    # (round 32c) "Podexa customer line", "Brandora'nın yardım hattı"
    r"customer (?:line|helpline|hotline)|yardim hatt\w*|danisma hatt\w*|musteri hatt\w*|"
    # a maker's repair desk: "Brand's own repair desk", "servicio de reparación propio"
    r"repair (?:desk|service|centre|center|team|line|shop)|service desk|reparaturservice|"
    r"reparaturabteilung|service de reparation|atelier de reparation|servicio de reparacion|"
    r"centro (?:de )?reparacion\w*|centr[oi] (?:di )?riparazion\w*|servizio (?:di )?riparazion\w*|"
    r"reparatieservice|reparatiedienst|serwis naprawcz\w*|reparationsservice|reparationsavdelning\w*|"  # noqa: E501
    r"tamir servis\w*|onarim servis\w*)"
    r"(?:hotline|line|nummer|telefon)?|"
    # folded like the text ("サポート" is "サホート" there), or they never match
    rf"{fold_literal('窓口|サポート|お客様センター|修理|保証|相談室|カスタマーセンター')}"
)
# Whose service it is, as typed: a brand just before ("Bosch Service", "De'Longhi's support",
# "Bosch-Servicehotline")
# or just after it ("service après-vente Makita", "klantenservice van Bosch"), or "their".
_BRAND_BEFORE: Final = re.compile(
    r"([A-Z][\w&'-]{1,30})(?: (?:own|eigene[mnrs]?|propre|propio|proprio|eigen|egen|egna|kendi))?"
    r"(?: |(?<=[a-z])-)$"
)
_BRAND_AFTER: Final = re.compile(
    r"(?:[ -]+[a-zà-ÿ]{2,12}(?:-[a-zà-ÿ]{2,12})?)?,? +"
    r"(?:(?:de|di|of|von|van|från|del|della|du|d')\s?)?"
    r"(?!(?:Sie|Ihr\w*|Vous|Usted|Lei|U|Pan\w*|Amazon-?\w*)\b)[A-Z][\w'&-]+"
)
_THEIR: Final = re.compile(
    r"\b(?:their|its|his|her|sein\w*|deren|dessen|son|sa|ses|leurs?|su|sus|suo|sua|loro|"
    r"hun|zijn|ich|jego|jej|deras|dess|sin|sitt|onlarin) (?:\w+ )?$"
)
_NOT_A_BRAND: Final = frozenset(
    [
        "customer",
        "kunden",
        "client",
        "our",
        "unser",
        "unsere",
        "notre",
        "nuestro",
        "nostro",
        "onze",
        "nasz",
        "var",
        "bizim",
        "the",
        "der",
        "die",
        "den",
        "le",
        "la",
        "el",
        "il",
        "de",
        "het",
        "your",
        "ihr",
        "votre",
        "su",
        "its",
        "their",
        "for",
        "fur",
        "pour",
        "para",
        "per",
        "voor",
        "dla",
        "och",
        "and",
        "und",
        "et",
        "y",
        "e",
        "please",
        "bitte",
        # (round 29c) a season names no brand: "our Christmas hotline", "Weihnachts-Hotline"
        "christmas",
        "xmas",
        "holiday",
        "holidays",
        "easter",
        "weihnachts",
        "weihnachten",
        "oster",
        "feiertags",
        "noel",
        "noël",
        "navidad",
        "natale",
        "pasqua",
        "kerst",
        "jul",
        "bayram",
    ]
)
# (No French "ma": it is the Polish "has", as in "Poczta Polska ma infolinię ...".)
_OWN: Final = re.compile(
    r"\b(?:our|ours|my|mine|me|us|seller\w*|shop|store|owner|"
    r"uns|unser\w*|mich|mir|mein\w*|verkaufer\w*|handler\w*|laden|"
    r"nous|notre|nos|moi|mon|mes|vendeur\w*|boutique|magasin|"
    r"nuestr\w*|mi|mis|vendedor\w*|tienda|"
    r"ci|nostr\w*|mio|mia|miei|venditor\w*|negozio|"
    r"ons|onze|mij|mijn|verkoper\w*|winkel|"
    # (Polish "nas", us; not Swedish "nås", reached, folded alike: "nås gratis på 020 ...")
    # ("nås kostnadsfritt på", "nås enklast via": round 25b)
    r"nas(?! (?:pa|gratis|via|under|dygnet|vardagar|alla|kostnadsfritt|avgiftsfritt|enklast|"
    r"bast|direkt|per|mellan|dagtid|aven|ocksa|fran|telefon\w*))|nam|nasz\w*|mnie|mn[aą]|moj\w*|"
    r"sprzedawc\w*|sklep\w*|"
    r"oss|var|vart|vara|mig|mej|min|mitt|mina|saljare\w*|butik\w*|"
    r"biz\w*|bana|beni|benim|satici\w*|magaza\w*|"
    # (round 32c) the Turkish "our line" told by its suffix: "yardım hattımız", "numaramız",
    # "telefonumuz", "hatlarımız"
    r"(?:hatt|hatlar|numara|telefon)[iu]?m[iu]z\w*)\b(?![-\d])|"
    rf"当店|弊社|{fold_literal('私ども')}|{fold_literal('私')}|担当"
)
# (round 32c) "our" that owns a time, not a line: "after our return window the maker's free
# helpline ... helps", "na onze retourtermijn", "po naszym okresie zwrotu", "efter vår
# returtid", "bizim iade süremiz", "当店の返品期間": the seller's return period names no line.
_OUR_PERIOD: Final = re.compile(
    r"\s+(?:[^\W\d]+\s+)?(?:return\w* (?:window|period|time|deadline)|(?:return|returns) "
    r"policy|ruckgabefrist\w*|widerrufsfrist\w*|ruckgaberecht\w*|frist\w*|"
    r"delai\w*|periode de retour|plazo\w*|periodo\w*|termin[eiy]\w*|retourtermijn\w*|"
    r"retourperiode\w*|bedenktijd|okres\w*|termin\w*|returtid\w*|returratt\w*|"
    r"angerratt\w*|iade (?:sure|hakk)\w*)(?![\w-])|"
    + fold_literal("の返品期間|の返品受付期間|の返品期限")
)


# (round 32c) "we" in the label's clause before the number: "we have a free helpline on ...",
# "wir haben einen kostenlosen Kundenservice unter ...", "wij hebben een gratis ..."
_WE: Final = re.compile(r"\b(?:we|wir|wij|nosotros|noi|vi har|biz)\b")


def _owns(text: str, lo: int, hi: int) -> bool:
    """True when a word of the seller's ("our", "my", "the shop") stands in ``text[lo:hi]``
    and owns something else than the seller's return period."""
    for m in _OWN.finditer(text, lo, hi):
        if _OUR_PERIOD.match(text, m.end(), min(len(text), m.end() + 48)) is None:
            return True
    return False


_CLAUSE_BREAK: Final = re.compile(r"[.;!?\n。！？]")
_LABEL_GAP_WORDS: Final = 5
# A freephone or shared-cost line may stand further from its label ("the maker's repair
# service, which collects it at home: 900 ..."): such numbers are a company's.
_FREE_GAP_WORDS: Final = 8
# Freephone and shared-cost prefixes (national form): lines that are a company's, not a person's.
_SERVICE_PREFIX: Final = re.compile(
    r"(?:1 ?)?8(?:00|33|44|55|66|77|88)\d{7}$|0800\d{4,8}$|080[0-9]\d{6,7}$|018\d{6,9}$|"
    r"08[4-7]\d{7,8}$|03[0-9]{2}\d{6,7}$|09(?:00|01|02)\d{5,7}$|90[0-2]\d{6}$|"
    r"(?:800|803|199)\d{3,7}$|088\d{7}$|80[01]\d{6}$|020\d{6,7}$|0771\d{6}$|"
    r"444\d{4}$|0850\d{7}$|0120\d{6}$|0570\d{6}$"
)


# (round 29c) the British non-geographic 03 and the British and French shared-cost 084-087
# are ordinary landlines elsewhere: Saxony's 037x, Stockholm's 08, Munich's 089.
def _service_number(candidate: str, lang: str | None) -> bool:
    """True when the number has a freephone or shared-cost prefix in the card's country."""
    number, country = _national(candidate)
    if _SERVICE_PREFIX.match(number) is None:
        return False
    where = country or lang
    if number.startswith("03"):
        return where in (None, "en")
    if number.startswith(("084", "086", "087")) or (number.startswith("085") and where != "tr"):
        return where in (None, "en", "fr", "tr")
    return True


# Mobile numbers by country, in national form (after "+CC" or "00CC" the trunk 0 is added).
_MOBILE: Final = {
    # DE, AT, CH; an Austrian mobile (066x ...) has 11 digits or more: the shorter ones are
    # German landlines of the 065x-069x areas (Trier, Fulda, Saarbrücken; round 24b)
    "de": r"01[5-7]\d{7,9}|06[5-9]\d{8,10}|07[5-9]\d{7}",
    "en": r"07[1-9]\d{8}",  # UK
    "fr": r"0[67]\d{8}|04[5-9]\d{7}",  # FR, BE
    "es": r"[67]\d{8}",
    "it": r"3\d{8,9}",
    "nl": r"06\d{8}|04[5-9]\d{7}",
    "pl": r"(?:45|5[0137]|6[069]|7[2389]|88)\d{7}",
    "sv": r"07[02369]\d{7}",
    "tr": r"05\d{9}",
    "ja": r"0[79]0\d{8}|080[1-9]\d{7}",  # "0800" is freephone, not an 080 mobile
}
_COUNTRY_LANG: Final = {
    "49": "de", "43": "de", "41": "de", "44": "en", "353": "en", "33": "fr", "32": "fr",
    "34": "es", "39": "it", "31": "nl", "48": "pl", "46": "sv", "90": "tr", "81": "ja",
}  # fmt: skip
_MOBILE_BY_LANG: Final = {lang: re.compile(rf"(?:{p})$") for lang, p in _MOBILE.items()}
_MOBILE_ANY: Final = re.compile("|".join(f"(?:{p})$" for p in _MOBILE.values()))
_NO_TRUNK: Final = frozenset({"es", "it", "pl"})


def _national(candidate: str) -> tuple[str, str | None]:
    """The number in national form and the language of its country, when it says so."""
    digits = phone_digits(candidate)
    stripped = candidate.lstrip("( ")
    if stripped.startswith(("+", "00")):
        for code in sorted(_COUNTRY_LANG, key=len, reverse=True):
            if digits.startswith(code):
                lang = _COUNTRY_LANG[code]
                rest = digits[len(code) :].lstrip("0")
                return (rest if lang in _NO_TRUNK else "0" + rest), lang
        return digits, "intl"
    return digits, None


def _mobile(candidate: str, card_lang: str | None) -> bool:
    """True when the number is a mobile number in its country (or, unknown, in any of ours)."""
    number, lang = _national(candidate)
    if lang == "intl":
        return False  # a country whose mobile ranges we do not know
    lang = lang or card_lang
    if lang == "none":
        return False
    pattern = _MOBILE_BY_LANG.get(lang) if lang else None
    return (pattern or _MOBILE_ANY).match(number) is not None


def _grouped_mobile(candidate: str, lang: str | None) -> bool:
    """A mobile number of the card's country typed in three or more groups ("0532 123 45 67"):
    a phone even after a parcel word ("Yurtiçi Kargo: 0532 ..."); tracking numbers are not
    written that way."""
    return len(_DIGITS.findall(candidate)) >= 3 and _mobile(candidate, lang or "none")


# (round 29c) the owner named after the number: "Le numéro 03 ... sur le bordereau est celui
# de l'agence Chronopost", "... is that of the DPD depot", "to numer oddziału DPD", "numarası
# Yurtiçi Kargo şubesine ait", "… はヤマト運輸のセンターの番号です".  The phrase that gives the
# number an owner, then the carrier, the maker or a carrier's depot a few words on.
_OWNED_BY: Final = re.compile(
    r"(?:that of|the one of|the (?:line|number) of|belongs to|"
    r"(?:die|das) (?:des|der|vom|von)|gehort (?:zu|zum|zur|dem|der)|nummer (?:des|der|vom)|"
    r"(?:celui|celle|le numero|la ligne) d(?:e|u|es)?|appartient a|"
    r"el del?|la de|pertenece a|el (?:numero|telefono) de|la linea de|"
    r"(?:quell[oa]|il numero|la linea) d(?:i|el|ella|ello|ei|elle|egli)?|appartiene a|"
    r"dat van|die van|het nummer van|hoort bij|"
    r"to numer|nalezy do|"
    r"gar till|tillhor|ar numret till|numret till|ar|"
    r"numaras\w*|hatt\w*)(?![a-z])|"
    rf"{fold_literal('は')}"
)
_OWNER_REACH: Final = 90
_NOT_OURS: Final = re.compile(
    r"\b(?:not|nicht|pas|no|non|niet|nie|inte)\s+(?:(?:the|le|la|el|il|de|het|die|der|das)\s+)?"
    r"(?:ours|our|unser\w*|notre|notres|nuestr\w*|nostr\w*|onze|nasz\w*|vart|vara|var)\b|"
    r"\bbizim (?:degil|hattimiz degil)"
)


_DENIED: Final = re.compile(r"\b(?:not|nicht|pas|no|non|niet|nie|inte|ej)\s+$")


def _owner_after(doc: Document, start: int, end: int, candidate: str) -> bool:
    """True when the number's own clause goes on to say it is a carrier's, a maker's or a
    carrier's depot's, and nothing there makes it the seller's."""
    text = doc.words.text
    hi = min(len(text), end + _OWNER_REACH)
    stop = _CLAUSE_BREAK.search(_ABBREVIATION_DOT.sub(" ", text[end:hi]))
    hi = end + stop.start() if stop else hi
    owned = _OWNED_BY.search(text, end, hi)
    if owned is None or _mobile(candidate, doc.lang):
        return False
    if _DENIED.search(text, max(end, owned.start() - 12), owned.start()):
        return False  # "..., no el de la agencia": the owner denied
    lo = max(0, start - 60)
    for stop_before in _CLAUSE_BREAK.finditer(text, lo, start):
        lo = stop_before.end()
    if _OWN.search(text, lo, start):
        return False  # "Nuestro teléfono es el 954 ...": the seller's line
    # "..., pas le nôtre", "not ours": the seller's line denied is no claim to it
    denied = [m.span() for m in _NOT_OURS.finditer(text, end, hi)]
    for m in _OWN.finditer(text, end, hi):
        if not any(a <= m.start() < b for a, b in denied):
            return False
    gap = text[owned.end() : hi]
    label = _OWNER_LABEL.search(gap)
    if label is not None and len(gap[: label.start()].split()) <= 3:
        return True
    depot = _DEPOT_WORD.search(gap)
    return (
        depot is not None
        and len(gap[: depot.start()].split()) <= 3
        and _CARRIER.search(text, owned.end(), hi) is not None
    )


# (round 21b) the maker's name in apposition after the label: "The manufacturer, Brightline
# Appliances, offers warranty support on ..." (capitalised words between two commas)
_APPOSITION: Final = re.compile(r",\s+(?:[A-Z][\w&'.-]*\s+){0,3}[A-Z][\w&'.-]*,")


def _past_apposition(doc: Document, j: int) -> int:
    """The end of a name set between commas right after the label ending at ``words[j]``, or
    ``j`` when there is none."""
    text = doc.words.text
    if not text.startswith(",", j):
        return j
    end = doc.words.span(j - 1, j)[1]
    if _APPOSITION.match(doc.text, end - 1 if doc.text[end - 1] == "," else end) is None:
        return j
    close = text.find(",", j + 1, j + 80)
    return close + 1 if close > 0 else j


# (round 21b) the third party's label said to be the seller itself, after the number
_IS_US: Final = re.compile(
    r"(?<![a-z])(?:(?:that|this|it|which|who)(?: is|'s|s)(?: \w+)? (?:us|me|ourselves|"
    r"the same (?:\w+ )?(?:desk|team|people|shop|store|office|line) (?:that|who|which) "
    r"(?:sold|shipped|sent)|our (?:own )?(?:desk|team|shop|store|office|line|number))|"
    r"(?:ask|speak|talk) (?:for|to|with) \w+ (?:in|from|at|on) our|"
    r"(?:das|es|dies) (?:sind|bin|ist) (?:\w+ )?(?:wir|ich|uns(?:er\w*)?)(?: selbst)?(?![a-z])|"
    r"(?:c'est|ce sont) (?:\w+ )?(?:nous|moi|notre)(?![a-z])|"
    r"(?:somos|soy) (?:\w+ )?(?:nosotros|yo)(?![a-z])|(?:siamo|sono) (?:\w+ )?(?:noi|io)(?![a-z])|"
    r"(?:dat|het) (?:zijn|ben|is) (?:\w+ )?(?:wij|ik|onze?)(?![a-z])|"
    r"(?:to|tam) (?:\w+ )?(?:my|jestesmy|nasz\w*)(?![a-z])|"
    r"det (?:ar|är) (?:\w+ )?(?:vi|jag|oss|var\w*)(?![a-z])|"
    r"(?:o|orasi|bu) (?:da )?(?:biziz|bizim)(?![a-z]))"
)


def _support_line(doc: Document, start: int, end: int, candidate: str) -> bool:
    """True when the number is the line of the carrier or manufacturer named beside it."""
    text = doc.words.text
    if _owner_after(doc, start, end, candidate):
        return True
    sentence = doc.sentence_of(start)
    sentence_start = doc.sentence_starts[sentence]
    if sentence > 0 and _ABBREVIATION_BEFORE.search(text, max(0, start - 12), start):
        sentence_start = doc.sentence_starts[sentence - 1]  # "... Hermes-Kundenservice (Tel. 040"
    lo = max(sentence_start, start - 120)
    label_end = -1
    for m in _OWNER_LABEL.finditer(text, lo, start):
        label_end = _past_apposition(doc, m.end())
    bare_service = -1
    for m in _SERVICE_WORD.finditer(text, lo, start):
        if _named_service(doc, m.start(), m.end()):
            # "die Service-Hotline von Lokmaus Elektronik erreichen Sie unter ...": the label
            # ends after the brand named after the service word
            label_end = max(label_end, _past_brand(doc, m.start(), m.end()))
        else:
            bare_service = m.end()
    if 0 <= label_end < bare_service and _close(text, label_end, bare_service):
        label_end = bare_service  # "the line of the maker Seb for the warranty is ..."
    if label_end < 0 or not _close(text, label_end, start):
        label_end = max(label_end, _carrier_depot(doc, lo, start))
    free = _service_number(candidate, doc.lang)
    gap = _FREE_GAP_WORDS if free else _LABEL_GAP_WORDS
    # "warranty repairs are handled by Stellwood directly on 0800 ...": a freephone line
    handled = label_end < 0 <= bare_service and _handled_by(doc, bare_service, start, candidate)
    if handled:
        label_end = bare_service
    elif label_end < 0 or not _close(text, label_end, start, gap):
        # a bare "warranty line" or "hotline" names nobody: only a freephone number passes
        freephone = _freephone_of_service(doc, lo, start, candidate)
        if freephone >= 0:
            bare_service = freephone
        elif bare_service < 0 or not _close(text, bare_service, start, gap):
            return False
        if not free:
            return False
    after_end = min(len(text), end + 40)
    if sentence + 1 < len(doc.sentence_starts):
        after_end = min(after_end, doc.sentence_starts[sentence + 1])
    # "we don't give our number, but the maker's line is ...": ours only in the label's clause
    own_lo = max(sentence_start, start - 80)
    anchor = label_end if label_end >= 0 else bare_service
    own_lo = max(own_lo, text.rfind(",", own_lo, anchor) + 1, text.rfind(";", own_lo, anchor) + 1)
    # (round 32c) "当店は販売店のため、メーカーの…相談室": past a Japanese comma only when the
    # maker or the carrier is named after it ("当店では、お客様相談室" stays the shop's)
    comma = text.rfind("、", own_lo, anchor)
    if comma >= 0 and _OWNER_LABEL.search(text, comma, anchor) is not None:
        own_lo = comma + 1
    if _owns(text, own_lo, start) or _owns(text, end, after_end):
        return False
    # "we have a free helpline on 0800 ...": "we" in the label's clause, just before the label
    we_lo = max(sentence_start, anchor - 60)
    we_lo = max(we_lo, text.rfind(",", we_lo, anchor) + 1, text.rfind(";", we_lo, anchor) + 1)
    if _WE.search(text, min(we_lo, own_lo), start):
        return False
    # (round 21b) the line said to be the seller's after all, in the rest of its sentence or
    # the next: "..., that's us", "das sind übrigens wir selbst", "the same desk that sold you"
    us_hi = doc.sentence_end(min(sentence + 1, len(doc.sentence_starts) - 1))
    if _IS_US.search(text, end, max(end, us_hi)):
        return False
    return not _mobile(candidate, doc.lang)


# A carrier's depot or branch where the parcel waits ("erreichen Sie das Depot unter ...",
# "la agencia de SEUR ..."): the
# depot's line is the carrier's (set-23 ruling 2), not the seller's; the carrier named in
# its sentence or one of the two before.
_DEPOT_WORD: Final = re.compile(
    r"\b(?:depot|depots|zustellbasis|paketzentrum|verteilzentrum|agence|agencia|delegacion|"
    r"deposito|filiale|centro di smistamento|sorteercentrum|oddzial\w*|sortowni\w*|terminal\w*|"
    r"utlamningsstalle\w*|sube\w*|aktarma merkez\w*|"
    # the branch under another name (round 24b): "esa franquicia", "der GLS PaketShop", "ombudet"
    r"franquicia\w*|franchise\w*|sucursal\w*|paketshop\w*|bureau de poste|point relais|"
    r"punto (?:di )?ritiro|punto poste|servicepunt\w*|afhaalpunt\w*|ombud\w*|"
    r"punkt\w* odbioru|placowk\w*)\b|"
    rf"{fold_literal('営業所|センター|配送所')}"
)
_CARRIER: Final = re.compile(
    rf"\b(?:{_CARRIER_NAMES})\b|{fold_literal('ヤマト|佐川|日本郵便|郵便局')}"
)


def _carrier_depot(doc: Document, lo: int, start: int) -> int:
    """Where a carrier's depot word ends just before the number, or -1."""
    text = doc.words.text
    depot = -1
    for m in _DEPOT_WORD.finditer(text, lo, start):
        depot = m.end()
    if depot < 0 or not _close(text, depot, start):
        return -1
    # ("das Paket liegt im DPD-Depot. ... Sie erreichen das Depot unter ...")
    before = doc.sentence_starts[max(0, doc.sentence_of(start) - 2)]
    return depot if _CARRIER.search(text, max(before, start - 400), start) is not None else -1


# A number called a freephone ("numero verde", "teléfono gratuito", "toll-free", "0800-nummer",
# "フリーダイヤル") with a freephone prefix, after the maker's warranty or its official service
# named in the sentence or the one before ("il centro assistenza ufficiale ...; il numero verde è
# 800 ..."): the maker's line, as a carrier's or manufacturer's service line is (set 2's to 12's
# rulings).  "Our freephone", a mobile or an ordinary number stay blocked.
_FREEPHONE_WORD: Final = re.compile(
    r"\b(?:freephone|toll-?free|free ?phone|free (?:hotline|helpline|number|line|phone line)|"
    r"kostenlos\w* (?:hotline|rufnummer|nummer|servicenummer|telefon\w*|\w*service)|"
    r"gebuhrenfrei\w*|"
    r"numero vert|numero gratuit|ligne gratuite|appel gratuit|"
    r"telefono gratuito|numero gratuito|linea gratuita|llamada gratuita|"
    r"numero verde|chiamata gratuita|"
    r"gratis ?(?:nummer|telefoonnummer|servicenummer)|0800-nummer|"
    r"bezplatn\w* (?:infolini\w*|numer\w*|lini\w*|telefon\w*)|"
    r"gratisnum(?:mer|ret|ren)|avgiftsfri\w*|kostnadsfri\w* (?:nummer|telefon\w*|linje)|"
    r"ucretsiz (?:hat\w*|numara\w*|telefon\w*|cagri\w*|destek\w*|yardim hatt\w*|"
    r"danisma hatt\w*|musteri hatt\w*))\b|"
    rf"{fold_literal('フリーダイヤル|フリーコール|通話料無料')}"
)


def _freephone_of_service(doc: Document, lo: int, start: int, candidate: str) -> int:
    """Where the freephone word before the number ends, when the number is a freephone
    one called so and a manufacturer or a service is named in its sentence or the one
    before; -1 otherwise."""
    text = doc.words.text
    if not _service_number(candidate, doc.lang):
        return -1
    word = None
    for m in _FREEPHONE_WORD.finditer(text, lo, start):
        word = m
    if word is None or not _close(text, word.end(), start):
        return -1
    # (round 32c) the brand named after the freephone word: "la ligne gratuite de Brandora"
    if _named_service(doc, word.start(), word.end()):
        return _past_brand(doc, word.start(), word.end())
    sentence = doc.sentence_of(start)
    before = doc.sentence_starts[max(0, sentence - 1)]
    named = _OWNER_LABEL.search(text, before, start) or _SERVICE_WORD.search(text, before, start)
    return word.end() if named is not None else -1


# "Tel. 040 ...", "(tél. 0969 ...)": the abbreviation's dot ends no clause or sentence.
_ABBREVIATIONS: Final = r"\b(?:tel|tlf|tfn|ph|fon|nr|no|rufnr|telnr)\."
_ABBREVIATION_DOT: Final = re.compile(_ABBREVIATIONS)
_ABBREVIATION_BEFORE: Final = re.compile(_ABBREVIATIONS + r"[ \t:(]{0,3}$")


# "Warranty repairs are handled by Stellwood on ...": the service word opens the clause and a
# brand named as the one who runs it stands a few words before the number.
_HANDLED_BY: Final = re.compile(
    r"\b(?:by|von|durch|par|por|da|door|przez|av)\s+([A-Z][\w&'-]{1,30})"
)


def _handled_by(doc: Document, service_end: int, start: int, candidate: str) -> bool:
    """True when a brand named after "by" (von, par, door, ...) runs the service named
    earlier in the number's clause, stands at most a few words before the number, and the
    number is a freephone or shared-cost one (a person's line, "reached by Tom on 020 ...",
    is not)."""
    text = doc.words.text
    if not _service_number(candidate, doc.lang):
        return False
    if _CLAUSE_BREAK.search(_ABBREVIATION_DOT.sub(" ", text[service_end:start])) or any(
        c in ",:" for c in text[service_end:start]
    ):
        return False
    lo, hi = doc.words.span(service_end, start)
    for m in _HANDLED_BY.finditer(doc.text, lo, hi):
        gap = doc.text[m.end() : hi]
        if m.group(1).lower() not in _NOT_A_BRAND and len(gap.split()) <= _LABEL_GAP_WORDS - 2:
            return True
    return False


def _close(text: str, label_end: int, start: int, words: int = _LABEL_GAP_WORDS) -> bool:
    """The label ends in the number's clause, at most a few words before it."""
    gap = _ABBREVIATION_DOT.sub(" ", text[label_end:start])
    return _CLAUSE_BREAK.search(gap) is None and len(gap.split()) <= words


_WORD_AFTER: Final = re.compile(r"[\s,'-]+[^\s.;!?,]+")


def _past_brand(doc: Document, i: int, j: int) -> int:
    """The end of the brand named right after the service word at ``words[i:j]`` ("Service
    von Bosch"), or ``j`` when there is none."""
    end = doc.words.span(i, j)[1]
    after = _BRAND_AFTER.match(doc.text, end, end + 40)
    if after is None:
        return j
    text = doc.words.text
    for _ in after.group().split():
        word = _WORD_AFTER.match(text, j)
        if word is None:
            break
        j = word.end()
    return j


def _named_service(doc: Document, i: int, j: int) -> bool:
    """True when the service word at ``words[i:j]`` says whose service it is."""
    if _THEIR.search(doc.words.text, max(0, i - 30), i):
        return True
    start, end = doc.words.span(i, j)
    before = _BRAND_BEFORE.search(doc.text, max(0, start - 32), start)
    if before and before.group(1).removesuffix("'s").lower() not in _NOT_A_BRAND:
        return True
    after = _BRAND_AFTER.match(doc.text, end, end + 40)
    return after is not None and after.group().split()[-1].lower() not in _NOT_A_BRAND


# Vanity numbers: "1-800-FLOWERS", "0800 GO SHOP" (letters for keypad digits).
_VANITY: Final = re.compile(
    r"(?<![a-z0-9-])(?:1[ .-])?\(?(?:800|8[3-8]{2}|900|0800|0900)\)?[ .-]"
    r"(?:[a-z0-9]{3}[ .-]?[a-z0-9]{4}|[a-z]{4,10})(?![a-z0-9])"
)


_VANITY_HINT: Final = re.compile(r"(?:800|8[3-8][3-8]|900)\)?[ .-]?[a-z]")
# Japanese numbers in kanji digits: "〇三・一二三四・五六七八", "〇九〇の一二三四の五六七八".
_KANJI_DIGITS: Final = str.maketrans("〇零一二三四五六七八九", "00123456789")
_KANJI_NUMBER: Final = re.compile(
    "[〇零一二三四五六七八九]{1,5}"
    "(?:[・\\-ー－―‐ 　、.ノの]{1,2}[〇零一二三四五六七八九]{1,5}){2,4}"
)


# Japanese numbers read out in katakana (hiragana is folded to it, voiced marks dropped):
# "ゼロキューゼロ、イチニーサンヨン" reads "セロキューセロ、イチニーサンヨン".
_KANA_DIGITS: Final = {
    fold_literal(reading): digit
    for digit, readings in enumerate(
        (
            "ゼロ レイ マル", "イチ", "ニー ニ", "サン", "ヨン シ", "ゴー ゴ", "ロク",
            "ナナ シチ", "ハチ", "キュー キュウ ク",
        )
    )
    for reading in readings.split()
}  # fmt: skip
_KANA_DIGIT: Final = "|".join(sorted(_KANA_DIGITS, key=len, reverse=True))
_KANA_READING: Final = re.compile(_KANA_DIGIT)
_KANA_NUMBER: Final = re.compile(
    rf"(?:{_KANA_DIGIT})(?:[ー、・\-ｰ 　]{{0,2}}(?:{_KANA_DIGIT})){{6,20}}(?![ァ-ヺ])"
)
_KANA: Final = re.compile("[ァ-ヺ]")


# A number cut into pieces by words or line breaks: "0171 then 234 then 5678", "0171\n2345678".
_JOINERS: Final = (
    # "... and it ends in 38 60", "y sigue con 83 09", "en daarna 93 44 07", "Det börjar med"
    # (folded like the text: no accents)
    r"and (?:then )?(?:it )?(?:continues|goes on|ends|finishes) (?:with|in|on)|"
    r"(?:it )?(?:continues|ends|finishes) (?:with|in|on)|(?:and )?after that|"
    r"und (?:danach|endet (?:mit|auf)|geht (?:weiter )?mit|hort (?:mit|auf))|danach(?: kommt)?|"
    r"(?:es )?endet (?:mit|auf)|"
    r"et (?:ensuite|continue (?:par|avec)|se termine par|finit par)|ensuite|"
    r"(?:il )?se termine par|"
    r"y (?:sigue|continua|termina|acaba) (?:con|en|por)|(?:sigue|continua|termina|acaba) "
    r"(?:con|en|por)|y despues|despues|"
    r"e (?:continua|prosegue|finisce|termina) (?:con|per)|(?:continua|prosegue|finisce|"
    r"termina) (?:con|per)|e dopo|"
    r"en (?:daarna|eindigt (?:op|met))|daarna(?: komt)?|(?:het )?eindigt (?:op|met)|"
    r"i (?:dalej|konczy sie na)|(?:konczy|zaczyna) sie (?:na|od)|"
    r"och (?:slutar pa|fortsatter med)|(?:det )?(?:slutar pa|borjar med|fortsatter med)|"
    r"ve (?:devami|sonu)|devami|"
    r"then|and then|and|next|followed by|dann|und dann|und|puis|et puis|et|luego|y luego|y|"
    r"poi|e poi|e|dan|en dan|en|potem|a potem|i|sedan|och sedan|och|sonra|ve sonra|ve|"
    # the pieces labelled: "first part 0161, second part 496, last part 0000"
    r"(?:(?:the )?(?:second|third|next|middle|last|final) (?:part|bit|block|group|piece|chunk))|"
    r"(?:zweiter|dritter|nachster|letzter) (?:teil|block)|(?:deuxieme|troisieme|derniere) partie|"
    r"(?:segunda|tercera|ultima) parte|(?:seconda|terza|ultima) parte|(?:tweede|derde|laatste) "
    r"deel|(?:druga|trzecia|ostatnia) czesc|(?:andra|tredje|sista) delen|(?:ikinci|ucuncu|son) "
    r"(?:kisim|bolum)"
)
_JOINERS_JA: Final = fold_literal("の後に|のあとに|に続けて|続けて")
# A number told in two sentences: "Unsere Nummer beginnt mit 0171. Danach kommt 2345678",
# "it starts with 07700. After that comes 900461" (German may leave the particle "an" first),
# "the start is 0161 49. The end: 60733".
_NEXT_SENTENCE: Final = (
    r"(?:danach|dann|after that|then|next|daarna|dan|ensuite|puis|apres|luego|despues|"
    r"poi|dopo|potem|nastepnie|sedan|darefter|sonra|ardindan|"
    # the second sentence labelled as the end or the rest: "... 601 228. Koniec: 471"
    r"(?:the )?(?:end|ending|rest|last part)|(?:das )?ende|(?:der )?rest|(?:la )?(?:fin|suite)|"
    r"(?:el )?(?:final|resto)|(?:la )?fine|(?:il )?resto|(?:het )?einde|(?:de )?rest|koniec|"
    r"reszta|koncowka|slutet|resten|sonu|kalani)"
    r"(?:[ \t]+(?:kommt|kommen|folgt|folgen|comes|come|follows|komt|volgt|volgen|vient|"
    r"viennent|viene|vienen|sigue|siguen|segue|seguono|jest|sa|kommer|foljer|gelir))?"
)
# A line break, a joining word, or both ("96 318\ny luego 4427", "06-6345\nの後に 8821"); a
# group after it may itself be grouped ("a potem 38 09").
_SPLIT_NUMBER: Final = re.compile(
    r"[+0-9](?<![a-z0-9_+#][+0-9])(?:(?<=\+)\d{2,5}|(?<=\d)\d{1,4})(?:[ \t]\d{2,4}){0,2}"
    # (a bullet may open each line: "area code 0113\n- then 496\n- then 0557")
    rf"(?:(?:\.?[ \t]*\n[ \t]*(?:[-•*·–][ \t]*)?(?:(?:{_JOINERS})[ \t]+|(?:{_JOINERS_JA})[ \t]*)?|"
    # (a comma may close each piece: "0161, then 496, then 0000")
    rf",?[ \t]+(?:{_JOINERS})[ \t]+|(?:[ \t]+an)?\.[ \t]+{_NEXT_SENTENCE}[ \t]?:?[ \t]+)"
    r"\d{2,8}(?:[ \t-]\d{2,4}){0,2}){1,4}"
    r"(?![\w#])"
)
# "his number starts with 622 41 and goes on with 83 09": a number told in pieces
_STARTS_WITH: Final = re.compile(
    r"(?:starts|begins|beginnt|startet|commence|empieza|comienza|inizia|begint|zaczyna sie|"
    r"borjar|baslar|basliyor) (?:with|mit|par|por|con|met|od|med|ile)? ?$"
)
# "the start of the number is 601 228", "poczatek numeru to 601 228": the first piece named
_START_LABEL: Final = re.compile(
    r"(?:start|beginning|first part|anfang|beginn|debut|premiere partie|principio|comienzo|"
    r"inicio|primera parte|inizio|prima parte|begin|eerste deel|poczatek|pierwsza czesc|borjan|"
    r"forsta delen|basi|ilk kisim)(?![a-z])[^.;!?\n]{0,24}$"
)
_CUT_ON_PURPOSE: Final = re.compile(r"\n[ \t]*[^\d\s]")
_YEAR: Final = re.compile(r"(?:19|20)\d\d")


def _split_numbers(doc: Document, masked: str) -> Iterator[tuple[int, int]]:
    if not any(map(str.isdigit, masked)):  # (map: no generator step per character)
        return
    for m in _SPLIT_NUMBER.finditer(masked):
        groups = _DIGITS.findall(m.group())
        digits = "".join(groups)
        if not 7 <= len(digits) <= 15 or all(_YEAR.fullmatch(g) for g in groups):
            continue
        context = _context(masked, m.start())
        if context == "other":
            continue  # "PLZ 10115\nund 80331"
        # cut over two lines with a joining word: a number split to hide it
        cut = _CUT_ON_PURPOSE.search(m.group()) is not None
        told = (
            _STARTS_WITH.search(masked, max(0, m.start() - 24), m.start()) is not None
            or _START_LABEL.search(masked, max(0, m.start() - 40), m.start()) is not None
        )
        if cut or digits[0] == "0" or m.group()[0] == "+" or context == "phone" or told:
            yield m.span()


# A number given in pieces a few words apart, in one sentence or over two, or over a line
# break: "his mobile starts with 654 30. And it ends in 21 87", "komórka: 512 z przodu, potem
# 774, na końcu 301", "leur ligne se termine par 46 12 / et commence par 03 81 27".  Pieces
# are joined only by a word that orders them (then, ends, starts, the rest ...), never by a
# bare "and" ("PLZ 10115 und 80331"), so sizes, counts and dimensions stay apart.
_PIECE: Final = re.compile(
    # a digit first, the look-behinds after it: the engine then skips to digits
    r"\d(?<![a-z0-9_#+,/-]\d)(?<!\d\.\d)\d{1,4}(?:[ \t-]\d{2,4}){0,3}(?![a-z0-9_#]|[.,/-]\d)"
)
_PIECE_ORDER: Final = re.compile(
    fold_literal(
        r"(?<![a-z])(?:"
        r"then|next|followed by|after that|ends?|ending|starts?|starting|begins?|continues?|"
        r"(?:the )?rest|last (?:digits|part|bit|block|group|four|three)|first (?:digits|part)|"
        r"finally|at the end|at the start|"
        r"dann|danach|anschließend|gefolgt von|endet|beginnt|fängt|weiter mit|der rest|am ende|"
        r"zum schluss|hinten|vorne|am anfang|"
        r"puis|ensuite|suivie? de|se termine|termine par|finit par|commence par|continue|"
        r"le reste|à la fin|enfin|au début|"
        r"luego|después|seguido de|sigue|termina|acaba|empieza|comienza|el resto|al final|"
        r"por último|al principio|"
        r"poi|dopo|seguito da|finisce|inizia|comincia|continua|prosegue|il resto|alla fine|"
        r"infine|all'inizio|"
        r"daarna|gevolgd door|eindigt|begint|gaat verder|de rest|aan het eind|tot slot|vooraan|"
        r"achteraan|"
        r"potem|następnie|dalej|kończy|zaczyna|na końcu|na koniec|na początku|z przodu|"
        r"reszta|końcówka|"
        r"sedan|sen|därefter|följt av|slutar|börjar|fortsätter|resten|sist|till sist|först|"
        r"sonra|ardından|devamı|devamında|biter|bitiyor|başlar|başlıyor|sonu|başı|en sonda|sonunda|"
        r"geri kalanı"
        r")(?![a-z])"
        r"|の後|のあと|に続けて|続いて|続きは|最後|末尾|始ま|で終わ"
    )
)
# The rest of the number further down, in the signature: "08-447 och resten står längst
# ner ... 19 02, fortsättning på numret ovan".
_PIECE_ELSEWHERE: Final = re.compile(
    fold_literal(
        r"(?<![a-z])(?:"
        # (round 28c) a few words between the rest and where it is: "the rest is at the very
        # bottom", "il resto lo trovi qui sotto", "reszta jest na samym dole"
        r"(?:(?:the )?rest|the remainder|der rest|la suite|le reste|el resto|il resto|de rest|"
        r"reszta|resztę|resten|gerisi|kalanı|devamı) (?:[\w'-]+ ){0,3}?"
        r"(?:below|(?:at the )?(?:very )?bottom|further down|down there|"
        r"unten|in der signatur|im ps|en bas|ci-dessous|plus bas|dans la signature|"
        r"abajo|debajo|en la firma|sotto|in basso|nella firma|onderaan|hieronder|"
        r"in de handtekening|niżej|poniżej|na dole|dole|w podpisie|längst ner|nedan|nedanför|"
        r"längre ner|i signaturen|aşağıda|altta|imzada)|"
        r"(?:the )?rest of (?:the|my|our) number|continued below|"
        r"continuation of (?:the|my|our) number|"
        r"rest der nummer|fortsetzung der nummer|suite du numéro|resto del número|"
        r"continuación del número|resto del numero|seguito del numero|rest van het nummer|"
        r"vervolg van het nummer|reszta numeru|ciąg dalszy numeru|dalsza część numeru|"
        r"resten av numret|fortsättning på numret|numaranın devamı|devamı aşağıda"
        r")(?![a-z])"
        r"|残りは(?:下|署名)|続きは(?:下|署名)|番号の続き"
    )
)
# "his number", "Jego numer", "番号": a number word counts as a phone word for pieces (a
# parcel's, an order's number has its own word before, and that word wins)
_PIECE_NUMBER: Final = re.compile(
    fold_literal(
        r"(?<![a-z])(?:numbers?|nummer|numéro|número|numero|numer|numret|numara\w*|line|ligne|"
        r"linea|lijn|linia|linje|hatt\w*)(?![a-z])|番号"
    )
)
_PIECE_GAP: Final = 48
_PIECE_FAR: Final = 260


def _piece_gap(text: str, i: int, j: int, nxt_end: int) -> bool:
    gap = text[i:j]
    if any(map(str.isdigit, gap)) or "#" in gap:
        return False
    if len(gap) <= _PIECE_GAP and len(gap.split()) <= 7:
        return _PIECE_ORDER.search(gap) is not None or _PIECE_ELSEWHERE.search(gap) is not None
    if len(gap) <= _PIECE_FAR:
        # the rest said to be elsewhere between the pieces, or after the second one when a
        # line break parts them ("... 19 02, continuation of the number above")
        hi = nxt_end + 40 if "\n" in gap else j
        return _PIECE_ELSEWHERE.search(text, i, min(len(text), hi)) is not None
    return False


def _piece_phone_context(text: str, start: int, end: int) -> bool:
    """A phone word after the last word naming something else (a parcel, an order, an article),
    before the first piece or between the pieces; a number word ("his number") when there is
    no such word."""
    lo = max(0, start - 100)
    last_phone = last_other = -1
    for m in _CONTEXT_BY_FIRST.finditer(text, lo, end):
        if _kind(m) == "phone":
            last_phone = m.start()
        else:
            last_other = m.end()
    for m in _IDENT_LABEL.finditer(text, lo, end):
        last_other = max(last_other, m.end())
    if last_other < 0:
        for m in _PIECE_NUMBER.finditer(text, lo, end):
            last_phone = max(last_phone, m.start())
    return last_phone > last_other


def _numbers_in_pieces(masked: str) -> Iterator[tuple[int, int]]:
    if not any(map(str.isdigit, masked)):
        return
    pieces = [m.span() for m in _PIECE.finditer(masked)]
    k = 0
    while k < len(pieces):
        chain = [pieces[k]]
        while k + 1 < len(pieces) and len(chain) < 4:
            if not _piece_gap(masked, chain[-1][1], pieces[k + 1][0], pieces[k + 1][1]):
                break
            chain.append(pieces[k + 1])
            k += 1
        k += 1
        if len(chain) < 2:
            continue
        groups = [_DIGITS.findall(masked[i:j]) for i, j in chain]
        digits = "".join("".join(g) for g in groups)
        if not 7 <= len(digits) <= 15 or all(_YEAR.fullmatch(d) for g in groups for d in g):
            continue
        start, end = chain[0][0], chain[-1][1]
        # (a trunk zero and a line break cut: "031 44 / sen 82 60")
        if _piece_phone_context(masked, start, end) or (
            digits[0] == "0" and "\n" in masked[start:end] and _context(masked, start) is None
        ):
            yield start, end


# A product code labelled as one: "ISBN 978-0-306-40615-7", "EAN: 5901234123457", "JAN（バーコード）
# 4006381333931".  Its 13 digits carry the EAN check digit, which a phone number holds only by
# chance (one in ten), and the label is close before it.
_CODE_LABEL: Final = re.compile(
    r"(?:isbn|ean|gtin|jan|barcode|bar code|streepjescode|kod kreskowy|streckkod|barkod|"
    # (round 29c: a second code of the sentence stands further from it: "die des
    # Versandkartons (10 Boxen) 4 260 ...")
    r"バーコード|コード)[^\n]{0,140}$",
    re.IGNORECASE,
)


# (round 29c) a number the reply itself says is no phone number: "... is the consignment
# number, not a phone number", "non un telefono", "geen telefoonnummer", "telefon numarası
# değil", "電話番号ではありません".  The negation takes an article or the number word, so "no
# phone calls after six" after a number says nothing of it.
_NOT_A_PHONE_AFTER: Final = re.compile(
    # (round 31c) or said in the next sentence: "... 5519 3. Ce n'est pas un numéro de téléphone"
    r"(?:[^.;!?\n]{0,80}?|[ \t]{0,2}[.;][ \t]+(?:this|that|it|ce|c'|cela|ceci|das|dies\w*|es|"
    r"esto|eso|este|questo|quello|dit|dat|het|to|det|den|bu)\b[^.;!?\n]{0,40}?)(?:"
    r"(?:\bnot|n't|\bnicht|\bpas|\bno|\bnon|\bniet|\bnie|\binte|\bicke)(?: (?:is|e|es|est|ist|"
    r"jest|ar|is het))? (?:(?:a|an|one|eine?|une?|una?|ein|een|ett|en|numer\w*|numero de|"
    # (round 32c) no article: "(to numer przesyłki, nie telefon)"
    r"numero di|un numero di|un numero de|een|het) ?)?(?:tele)?(?:phone|fon|telefon\w*|"
    r"telephone|telefono|telefoonnummer|telefonnummer|numero de telephone|numero di telefono|"
    r"tel\b)|"
    r"\bkein\w* (?:telefon\w*|handynummer|rufnummer)|\bgeen (?:telefoon\w*|gsm-?nummer)|"
    r"\btelefon(?: numarasi)? degil|"
    rf"{fold_literal('電話番号では|電話ではな|電話番号ではな')})"
)


def _labelled_product_code(text: str, start: int, candidate: str) -> bool:
    digits = "".join(_DIGITS.findall(candidate))
    if len(digits) != 13:
        return False
    total = sum(int(c) * (3 if k % 2 else 1) for k, c in enumerate(digits))
    # a book's number opens with 978 or 979 (no phone number does without its "+"); one
    # mistyped check digit leaves it a book's
    # (round 29c) thirteen digits with no "0" or "+" first are no phone number of ours: the
    # label alone makes a code of them ("EAN ... 4 260 ...", whatever its check digit)
    if total % 10 and not digits.startswith(("978", "979")) and digits[0] == "0":
        return False
    return _CODE_LABEL.search(text, max(0, start - 160), start) is not None


# (round 29c) the area code named by its town or given alone, the rest of the number after it:
# "marque el prefijo de Ponferrada y, a continuación, 40 12 59", "the area code for Leeds,
# then 496 0733", "nur mit der Vorwahl 0871 davor".  The town's code stands for the digits a
# phone number opens with; a code given alone beside the seller's line is its start.
_AREA_WORD: Final = (
    r"(?:area code|dialling code|dialing code|vorwahl|prefijo|prefisso|indicatif|netnummer|"
    r"kierunkow\w*|riktnum\w*|alan kodu|{ja})"
).format(ja=fold_literal("市外局番"))
_AREA_DIGITS: Final = re.compile(_AREA_WORD + r"[ \t:]{0,3}(0\d{1,4})(?![\d#])")
_AREA_TOWN: Final = re.compile(
    _AREA_WORD + r"(?: (?:de|di|of|for|von|van|för|for|dla|från|da|du|del))? [^\W\d]+"
    r"[^.;!?\n\d#]{0,40}?(\d{2,4}(?:[ \t-]\d{2,4}){0,3})(?![\d#])"
)
_AREA_OWNER: Final = re.compile(
    rf"{_PHONE_WORD.pattern}|durchwahl|extension|interno|marque|marcar|dial\b|wahlen|"
    r"compon|draai|wybierz|sla|numero|number|nummer|numer|numret|numara"
)


def _area_code_told(doc: Document, masked: str) -> Iterator[tuple[int, int]]:
    text = doc.words.text
    for pattern, least in ((_AREA_DIGITS, 3), (_AREA_TOWN, 4)):
        for m in pattern.finditer(masked):
            digits = "".join(_DIGITS.findall(m.group(1)))
            if len(digits) < least or _context(text, m.start(1)) == "other":
                continue
            s = doc.sentence_of(m.start())
            lo, hi = doc.sentence_starts[s], doc.sentence_end(s)
            if pattern is _AREA_DIGITS and _OWN.search(text, lo, hi) is None:
                continue  # "the area code 0228 is Bonn's": the seller's line must be there
            if _AREA_OWNER.search(text, lo, hi) is None and _OWN.search(text, lo, hi) is None:
                continue
            yield m.start(), m.end(1)


def _labelled_read_out(doc: Document, start: int) -> bool:
    """(round 30c) A number read out in words or digit by digit right after a parcel's or an
    order's label ("the tracking number is four eight one ...", "numer przesyłki to dziewięć
    zero ..."), with no phone word in its sentence: the label tells what it is."""
    text = doc.words.text
    s = doc.sentence_of(start)
    return _PHONE_WORD.search(text, doc.sentence_starts[s], doc.sentence_end(s)) is None


# (round 31c) Numbers that name something else than a line, by their shape or their label,
# and lines that belong to somebody else than the seller.
# A customs tariff code (HS/CN/TARIC): four digits, then pairs ("9505 90 00", "8471.60.70",
# "8543 70 90 00"); a tariff chapter opens with 01-97, and such codes stand after the goods they
# class.  No national number of ours is written 4-2-2 without its trunk "0"; with a tariff word
# just before, a chapter opening with "0" (coffee "0901 21 00") is a code too.
_TARIFF_SHAPE: Final = re.compile(r"(\d{4})([ .])\d{2}\2\d{2}(?:\2\d{2})?")
_TARIFF_LABEL: Final = re.compile(
    r"tarif|taric|\bhs\b|\bcn\b|commodity|harmoni[sz]ed|nomenclatur|customs code|zollnummer|"
    r"warennummer|warencode|code douanier|arancel|codigo (?:taric|aduan\w*)|codice (?:doganale|"
    r"taric|nc)|doganal|goederencode|douanecode|kod (?:celny|cn|taryf\w*)|klasyfikacj\w*|"
    r"tullkod|varukod|statistiknummer|gtip|gumruk tarife|" + fold_literal("品目番号|統計品目|関税")
)
# A standard's or a rule's number after its body: "IEC 62133-2", "EN 71-3", "UN 3480, UN 38.3",
# "ISO 9001", "DIN EN 60335-2": the body's letters name it, as a code's letters do.
_STANDARD_BEFORE: Final = re.compile(
    r"\b(?:iec|en|iso|din|ul|astm|bs|nf|une|jis|gb|ansi|ieee|un|uni|cei|nen|pn|ss|sfs|ts|vde|"
    r"etsi|en iso|din en|bs en|nf en|une en|uni en|pn-en|ss-en|ts en)[ \t-]?$"
)
_STANDARD_AT: Final = re.compile(r"(?:un|iec|iso|din|astm)[ \t-]?\d")
_REGISTRATION_AFTER: Final = re.compile(r"[ \t]?(?:mva|moms|btw|vat|tva|iva)\b")
# A line that another one owns: "their customs line is ...", "il loro numero per la dogana",
# "hun douanelijn", "ich linia celna", "deras tullinje", "gümrük hatları": a third person's
# line word just before the number, when a carrier, a manufacturer or an authority is named in
# its sentence or the two before, and nothing of the seller's stands in the number's clause.
_THIRD_LINE: Final = re.compile(
    r"\b(?:their|its|deren|dessen|leurs?|son|sa|su|loro|hun|ich|jego|jej|deras|dess)\s+"
    r"(?:[^\W\d]+\s+){0,3}?[^\W\d]*(?:line|number|phone|hotline|linie|nummer|numero|ligne|"
    r"linea|linia|telefon\w*|telefoon|lijn|numer|linje|hat|numara)\w*"
    r"[^.;!?\n\d]{0,50}$|"
    r"\b[^\W\d]+ (?:hatlari|numaralari|telefonlari)[^.;!?\n\d]{0,50}$"
)
_THIRD_PARTY: Final = re.compile(
    rf"{_OWNER_LABEL.pattern}|\b(?:zollamt|customs office|bureau de douane|oficina de aduanas|"
    r"ufficio (?:doganale|delle dogane)|douanekantoor|urzad celny|tullverket|gumruk mudurlug\w*|"
    r"authority|behorde|ministr\w*|autorit\w*|myndighet\w*|bakanlig\w*)\b|" + fold_literal("税関")
)
# The seller's own agent at the border (set-42 ruling 2): its line is the seller's.
_SELLERS_AGENT: Final = re.compile(
    r"\b(?:broker|forwarder|zollagent\w*|spediteur\w*|courtier|transitaire|agente de aduanas|"
    r"spedizionier\w*|expediteur|agencj\w* celn\w*|speditor\w*|musavir\w*|export desk)|"
    + fold_literal("通関業者")
)


# (round 32c) A device's IMEI: fifteen digits with the word IMEI before them in their
# sentence, or the code that shows it (*#06#) in their sentence or the next.
_IMEI_WORD: Final = re.compile(r"\bimei\b")
_IMEI_CODE: Final = re.compile(r"\*#06#")


def _imei(doc: Document, start: int, end: int) -> bool:
    text = doc.words.text
    s = doc.sentence_of(start)
    lo = max(doc.sentence_starts[s], start - 120)
    if _IMEI_WORD.search(text, lo, start) is not None:
        return True
    hi = doc.sentence_end(min(s + 1, len(doc.sentence_starts) - 1))
    return _IMEI_CODE.search(text, end, min(hi, end + 200)) is not None


def _not_a_line(doc: Document, start: int, end: int, candidate: str) -> bool:
    """(round 31c) True when the number is a tariff code, a standard's number, longer than
    any phone number (E.164: at most 15 digits), or the line of a third party named beside
    it; a phone word just before it keeps a tariff-shaped number a phone."""
    text = doc.words.text
    digits = sum(map(str.isdigit, candidate))
    if digits > 15 and not candidate.startswith(("+", "(+")):
        return True  # "00370733744182252": a parcel's number, no phone has 17 digits
    if _STANDARD_BEFORE.search(text, max(0, start - 12), start) or _STANDARD_AT.match(text, start):
        return True
    if _REGISTRATION_AFTER.match(text, end):
        return True  # "NO 944 172 093 MVA": a company's registration number
    if digits == 15 and not candidate.startswith(("+", "(+")) and _imei(doc, start, end):
        return True  # "the IMEI of your phone is 351847209331564; dial *#06#"
    shape = _TARIFF_SHAPE.fullmatch(candidate.strip(" \t()"))
    if shape is not None and _context(text, start) != "phone":
        lo = doc.sentence_starts[doc.sentence_of(start)]
        if shape.group(1)[0] != "0" or _TARIFF_LABEL.search(text, max(lo, start - 160), start):
            return True
    return _third_party_line(doc, start, end, candidate)


def _third_party_line(doc: Document, start: int, end: int, candidate: str) -> bool:
    text = doc.words.text
    if _mobile(candidate, doc.lang):
        return False
    s = doc.sentence_of(start)
    lo = doc.sentence_starts[s]
    clause = max(lo, start - 90)
    for m in _CLAUSE_BREAK.finditer(text, clause, start):
        clause = m.end()
    line = _THIRD_LINE.search(text, clause, start)
    if line is None or _OWN.search(text, clause, start):
        return False
    hi = min(len(text), end + 60)
    stop = _CLAUSE_BREAK.search(text, end, hi)
    if _OWN.search(text, end, stop.start() if stop else hi):
        return False
    before = max(doc.sentence_starts[max(0, s - 2)], start - 400)
    if _SELLERS_AGENT.search(text, before, start):
        return False
    return _THIRD_PARTY.search(text, before, start) is not None


def find_phone_numbers(doc: Document) -> Iterator[Finding]:
    view = doc.words
    text = view.text
    masked = _NOT_A_PHONE.sub(lambda m: "#" * len(m.group()), text)
    candidates = list(_CANDIDATE.finditer(masked))
    reported: list[tuple[int, int]] = []
    for start, end, digits in _disguised_numbers(doc, candidates):
        context = _context(text, start)
        if (
            (context != "phone" and _part_in_sentence(doc, start, digits))
            or (context == "other" and _labelled_read_out(doc, start))
            or _allowed(digits, doc.policy.allowed_phone_numbers)
            or _beside_code(text, start, end, doc)
            or _support_line(doc, start, end, digits)
            or _not_a_line(doc, start, end, digits)
        ):
            continue
        reported.append((start, end))
        yield doc.finding(view, start, end, RULE, Severity.BLOCK, _DISGUISED, _SUGGESTION)
    for m in candidates:
        candidate = m.group()
        start, end = m.span()
        item = _LIST_ITEM.match(candidate)
        if item and (start == 0 or text[start - 1] == "\n"):
            candidate, start = candidate[item.end() :], start + item.end()  # "1. 4471-2940-0118"
        if candidate.endswith(")") and candidate.count("(") < candidate.count(")"):
            candidate, end = candidate[:-1], end - 1
        if sum(map(str.isdigit, candidate)) < 6:
            continue
        if not candidate.startswith(("+", "(+")) and _beside_code(text, start, end, doc):
            continue
        if _labelled_product_code(text, start, candidate):
            continue  # "ISBN 978-0-306-40615-7": a book's or a product's code
        context = _context(text, start)
        if context is None and _part_in_sentence(doc, start, candidate):
            continue  # "La guarnizione giusta per la moka da 6 tazze è la 0105 0331"
        # a size or a code named just before ("frame 52-18-140", "Upphämtningskoden är
        # 447 190 223") and no phone word: the number is what its label says
        if (
            context is None
            and not candidate.startswith(("+", "(+"))
            and _named_identifier(text, start, end)
        ):
            continue
        owned = (
            context == "other"
            and 7 <= sum(map(str.isdigit, candidate)) <= 13
            and (
                _OWN_PHONE_AFTER.match(text, end) is not None
                or (
                    (candidate.lstrip("(")[:1] == "0" or _mobile(candidate, doc.lang))
                    and _DIAL_AFTER.match(text, end) is not None
                )
            )
        )
        if (
            not owned
            and not _looks_like_phone(candidate, context)
            and not (
                context == "other"
                and _grouped_mobile(candidate, doc.lang)
                and not _named_identifier(text, start, end)
            )
            and not _bare_phone(doc, start, end, candidate)
        ):
            continue
        if _allowed(candidate, doc.policy.allowed_phone_numbers) or _support_line(
            doc, start, end, candidate
        ):
            continue
        if _not_a_line(doc, start, end, candidate):
            continue
        if _NOT_A_PHONE_AFTER.match(text, end) is not None:
            continue  # "0341 7720 9915 ... is the consignment number, not a phone number"
        if _in_tracking_link(doc, candidate):
            continue  # "Nummer: 60912345678 ... /sendungsverfolgung?match=60912345678"
        if any(i < end and start < j for i, j in reported):
            continue
        reported.append((start, end))
        yield doc.finding(view, start, end, RULE, Severity.BLOCK, _MESSAGE, _SUGGESTION)
    for start, end in _split_numbers(doc, masked):
        if any(i < end and start < j for i, j in reported):
            continue
        candidate = "".join(_DIGITS.findall(text[start:end]))
        if _context(text, start) != "phone" and _part_in_sentence(doc, start, candidate):
            continue  # "il codice articolo inizia con 0153 e finisce con 4472 81"
        if _labelled_product_code(text, start, candidate):
            continue
        if _allowed(candidate, doc.policy.allowed_phone_numbers) or _support_line(
            doc, start, end, candidate
        ):
            continue
        if _not_a_line(doc, start, end, text[start:end]):
            continue
        reported.append((start, end))
        yield doc.finding(view, start, end, RULE, Severity.BLOCK, _DISGUISED, _SUGGESTION)
    for start, end in _area_code_told(doc, masked):
        if any(i < end and start < j for i, j in reported):
            continue
        if _support_line(doc, start, end, "".join(_DIGITS.findall(text[start:end]))):
            continue
        reported.append((start, end))
        yield doc.finding(view, start, end, RULE, Severity.BLOCK, _DISGUISED, _SUGGESTION)
    for start, end in _numbers_in_pieces(masked):
        if any(i < end and start < j for i, j in reported):
            continue
        candidate = "".join(_DIGITS.findall(text[start:end]))
        if _context(text, start) != "phone" and _part_in_sentence(doc, start, candidate):
            continue  # "il codice articolo inizia con 0153 e finisce con 4472 81"
        if _allowed(candidate, doc.policy.allowed_phone_numbers) or _support_line(
            doc, start, end, candidate
        ):
            continue
        if _not_a_line(doc, start, end, text[start:end]):
            continue
        yield doc.finding(view, start, end, RULE, Severity.BLOCK, _DISGUISED, _SUGGESTION)
