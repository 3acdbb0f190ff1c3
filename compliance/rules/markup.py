"""Rules ``html``, ``emoji`` and ``placeholder``: what a plain-text reply must not carry.

These look at the text as given: HTML, emoji and template syntax are about characters
the buyer would see, so there is nothing to unmask.
"""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Iterator
from typing import Final

from compliance.document import Document
from compliance.model import Finding, Severity

__all__ = ["find_emoji", "find_html", "find_placeholders"]

_TAG_NAMES: Final = (
    "a|abbr|address|article|aside|audio|b|big|blockquote|body|br|button|caption|center|cite|"
    "code|col|colgroup|dd|del|details|div|dl|dt|em|embed|fieldset|figure|font|footer|form|"
    "h[1-6]|head|header|hr|html|i|iframe|img|input|ins|kbd|label|li|link|main|mark|meta|nav|"
    "noscript|object|ol|option|p|pre|q|s|samp|script|section|select|small|source|span|strike|"
    "strong|style|sub|summary|sup|svg|table|tbody|td|textarea|tfoot|th|thead|time|title|tr|tt|"
    "u|ul|var|video|wbr"
)
# Attributes are bounded, so "<b" followed by a long run without ">" costs a constant.
_TAG: Final = re.compile(
    rf"<[ \t]{{0,3}}/?[ \t]{{0,3}}(?:{_TAG_NAMES})(?=[\s/>])[^<>]{{0,500}}>|<!(?:--|doctype\b)"
    # markdown bold and links show as asterisks and brackets in a plain-text mail
    r"|\*\*(?=\S)[^*\n]{1,80}(?<=\S)\*\*|\[[^\[\]\n]{1,80}\]\(https?://[^()\s]{1,200}\)",
    re.I,
)
_ENTITY: Final = re.compile(r"&(?:#[0-9]{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});", re.I)
# Entities browsers render without their semicolon: "&amp", "&lt", "&copy".
_BARE_ENTITY: Final = re.compile(
    r"&(?:amp|lt|gt|quot|copy|reg|nbsp|hellip|mdash|ndash|euro|pound|trade|laquo|raquo)"
    r"(?![a-z0-9;])|&#(?:[0-9]{2,7}|x[0-9a-f]{2,6})(?![0-9a-f;])",
    re.I,
)

_PICTO: Final = (
    "\U0001f000-\U0001faff\u2600-\u27bf\u2b05-\u2b07\u2b1b\u2b1c\u2b50\u2b55"
    "\u231a\u231b\u2328\u23cf\u23e9-\u23f3\u23f8-\u23fa\u2934\u2935\u3030\u303d\u3297\u3299"
)
_JOIN: Final = "\u200d\ufe0f\ufe0e\u20e3\U000e0020-\U000e007f"
_EMOJI: Final = re.compile(
    rf"[{_PICTO}][{_PICTO}{_JOIN}]*"
    r"|[^\s\ufe0f]\ufe0f|[\u24c2\u203c\u2049]"
    r"|[0-9#*]\ufe0f?\u20e3"
    r"|[\u00a9\u00ae\u203c\u2049\u2122\u2139\u2194-\u2199\u21a9\u21aa]\ufe0f"
)

# _EMOJI's matches in a text without U+FE0F and U+20E3: its first and third alternatives,
# which start with no common character, as one pattern that does.  "[^\s\ufe0f]\ufe0f" made
# the engine try every position (0.3 ms on a 2,000-character reply with one emoji); this
# one skips to the pictographs.  (The look-behind lets only a pictograph go on with more.)
_PICTOGRAPHS: Final = re.compile(
    rf"[{_PICTO}\u24c2\u203c\u2049](?:(?<=[{_PICTO}])[{_PICTO}{_JOIN}]*)?"
)
_ANY_EMOJI: Final = re.compile(f"[{_PICTO}\u20e3\ufe0f\u24c2\u203c\u2049]")

_PLACEHOLDER: Final = re.compile(
    r"\{\{[^{}\n]{0,100}\}\}|\{%[^{}\n]{0,100}%\}|\$\{[^{}\n]{0,60}\}"
    r"|\{[^{}\n]{1,40}\}|\[[^\[\]\n]{1,40}\]|<[^<>\n]{1,40}>"
    r"|%\([a-z_]{1,30}\)[sd]|%[A-Za-z][A-Za-z_]{1,30}%"
    # other delimiter pairs: ((x)), #X#, @x@, @@X@@ («x» is a French, Spanish and Italian quote)
    r"|\(\([^()\n]{1,40}\)\)|#[A-Za-z_]{3,30}#|@@?[A-Za-z_]{3,30}@@?"
    # "XXX" and "xxx-xxxxxxx-xxxxxxx"; starts with the letter, then looks back (fast scan)
    r"|x(?<![A-Za-z0-9_]x)[xX]{2}-[xX]{7}-[xX]{7}(?![A-Za-z0-9_])"
    r"|X(?<![A-Za-z0-9_]X)(?:[xX]{2}-[xX]{7}-[xX]{7}|X{2,})(?![A-Za-z0-9_])"
)
_DISGUISE: Final = frozenset({"at", "dot", ".", "@", "punkt", "point", "punto", "ät"})
_VOCABULARY: Final = re.compile(
    r"name|buyer|customer|kunde|client|tracking|track|order|bestell|commande|pedido|ordine|"
    r"carrier|date|datum|fecha|data|number|nummer|numero|n[uú]mero|num[ée]ro|suivi|seguimiento|"
    r"tracciamento|link|url|product|item|"
    r"artikel|produit|producto|prodotto|insert|einf[uü]gen|placeholder|vorname|nom|pr[eé]nom|"
    r"nombre|nome|sku|asin|\bid\b|amount|betrag|montant|importe|importo|price|signature|"
    r"seller|company|firma|address|adresse|direcci[oó]n|indirizzo|x{3,}|お客様|名前|氏名|"
    r"naam|klant|bestelnummer|volgnummer|imi[eę]|nazwisk|klient|numer|zam[oó]wieni|namn|kund|"
    r"sp[aå]rning|isim|m[uü][sş]teri|sipari[sş]|takip|numara|"
    r"注文番号|追跡番号|商品名|日付|配送業者",
    re.I,
)
_CAPS: Final = re.compile(r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ0-9_ .-]*[A-ZÀ-ÖØ-Þ0-9_]")

HTML = "html"
EMOJI = "emoji"
PLACEHOLDER = "placeholder"


# Full-width and CJK brackets and the full-width characters emoticons are made of read as
# ASCII, one character for one, so offsets stay those of the text: "｛buyer_name｝",
# "【お客様名】", "＜b＞", "（＾＿＾）".  Translating is costly, so it happens once per text
# and only when one of them is there.
_WIDE: Final = "｛｝［］＜＞（）【】〔〕〈〉《》＾＿：；＝ｖｏ"
_ASCII_FORMS: Final = str.maketrans(_WIDE, "{}[]<>()[][]<><>^_:;=vo")
_ANY_WIDE: Final = re.compile(f"[{_WIDE}]")


def _ascii_forms(doc: Document) -> str:
    text = doc.text
    if text.isascii():
        return text
    found: str | None = doc.memo.get("ascii forms")
    if found is None:
        found = text.translate(_ASCII_FORMS) if _ANY_WIDE.search(text) else text
        doc.memo["ascii forms"] = found
    return found


def find_html(doc: Document) -> Iterator[Finding]:
    text = _ascii_forms(doc)
    for m in _BARE_ENTITY.finditer(text):
        yield doc.finding(
            None,
            m.start(),
            m.end(),
            HTML,
            Severity.BLOCK,
            "HTML entities are not allowed, even without the semicolon a browser accepts.",
            "Write the character itself.",
        )
    for m in _TAG.finditer(text):
        yield doc.finding(
            None,
            m.start(),
            m.end(),
            HTML,
            Severity.BLOCK,
            "HTML tags are not allowed: replies to buyers must be plain text.",
            "Remove the tag; write the text without formatting.",
        )
    for m in _ENTITY.finditer(doc.text):
        plain = html_lib.unescape(m.group())
        if plain == m.group():
            continue  # not a real entity ("&foo;"), shown as typed
        yield doc.finding(
            None,
            m.start(),
            m.end(),
            HTML,
            Severity.BLOCK,
            f"HTML entities are not allowed: write the character itself ({plain!r}).",
            plain,
        )


# Emoticons and shortcodes are emoji typed in ASCII (":-)", "<3", "^_^", "m(_ _)m",
# ":thumbsup:"); a buyer sees the face all the same.  A mouth needs eyes right before it, and
# the eyes may not continue a number or a URL ("1:3", "https://").
# Python's engine skips quickly to a possible start only when every alternative starts with
# one literal character, so each eye, bracket or letter gets its own alternative, and each
# looks back after consuming it.
_MOUTH: Final = r"['-]?[-o^]?[)(\]\[DPp3*](?![\w)(\]\[])"
_EMOTICON: Final = re.compile(
    "|".join(
        [rf"\{eye}(?<![:;=8^<>\d/]\{eye}){_MOUTH}" for eye in ":;="]
        + [rf"\{b}(?<![\w(]\{b})[-^]?[:;=](?![\w:;=])" for b in "(["]
        + [
            r"<(?<![\w<]<)3+(?![\d>])",  # "<3", not "<3>" (a size or a footnote)
            r"\^[_.ovω▽ー-]?\^",
            r">_<",
            r"¯\\_\(ツ\)_/¯",
            # (not ":https://...": a label's colon, full-width or not, against a link)
            r":(?<![\w:]:)(?:[a-z][a-z0-9_]{1,30}|\+1|-1):(?![\w:/])",
        ]
    )
)
_LETTER_EMOTICON: Final = re.compile(
    r"x(?<![\w-]x)[Dd](?![\w-])|X(?<![\w-]X)[Dd](?![\w-])|-(?<![\w]-)_-(?!\w)"
    r"|T(?<!\wT)_T(?!\w)|m\(_ ?_\)m"
)
_LETTER_EMOTICON_HINT: Final = re.compile(r"_|x[dD]|X[dD]")


def find_emoji(doc: Document) -> Iterator[Finding]:
    text = _ascii_forms(doc)
    emoticons = list(_EMOTICON.finditer(text))
    if _LETTER_EMOTICON_HINT.search(text) is not None:
        emoticons += _LETTER_EMOTICON.finditer(text)
    for m in emoticons:
        yield doc.finding(
            None,
            m.start(),
            m.end(),
            EMOJI,
            Severity.BLOCK,
            "Emoticons are emoji typed with punctuation; they are not allowed either.",
            "Remove the emoticon; say it in words if needed.",
        )
    if doc.text.isascii() or _ANY_EMOJI.search(doc.text) is None:
        return  # one quick scan for the characters every emoji contains
    # without a variation selector or a keycap mark only pictographs can match
    bare = "\ufe0f" not in doc.text and "\u20e3" not in doc.text
    for m in (_PICTOGRAPHS if bare else _EMOJI).finditer(doc.text):
        yield doc.finding(
            None,
            m.start(),
            m.end(),
            EMOJI,
            Severity.BLOCK,
            "Emoji and pictographs are not allowed in messages to buyers.",
            "Remove the emoji; say it in words if needed.",
        )


def _is_placeholder(token: str) -> bool:
    if token.startswith(("{{", "{%", "${", "%")) or token[0] in "xX":
        return True
    inner = token[1:-1].strip()
    if inner.lower() in _DISGUISE or not inner:
        return False
    if token[0] == "<" and _TAG.match(token):
        return False  # reported by the html rule
    if token[0] == "{":
        return any(c.isalnum() for c in inner)  # "{name}", "{0}"; not "{+}" (a key or button)
    return bool(_CAPS.fullmatch(inner) and sum(c.isalpha() for c in inner) >= 2) or bool(
        _VOCABULARY.search(inner)
    )


# Other template conventions: printf, shell variables, Mailchimp merge tags, "__NAME__",
# "〇〇様", and slot names left bare ("Dear CUSTOMER_NAME", "Hi FIRSTNAME"): nobody writes a
# word in capitals joined by underscores, or a merge field's name, to a buyer.
_SLOT_NAMES: Final = (  # noqa: SIM905
    "FIRSTNAME LASTNAME FULLNAME FNAME LNAME BUYERNAME CUSTOMERNAME ORDERID ORDERNUMBER "
    "ORDERNO ORDERNR TRACKINGNUMBER TRACKINGID TRACKINGNO TRACKINGLINK TRACKINGURL CARRIERNAME "
    "PRODUCTNAME VORNAME NACHNAME KUNDENNAME PRENOM PRÉNOM NOMBRE APELLIDO COGNOME VOORNAAM "
    "ACHTERNAAM IMIE NAZWISKO FÖRNAMN EFTERNAMN SOYADI FirstName LastName FullName BuyerName "
    "CustomerName OrderId OrderID OrderNumber TrackingNumber TrackingId TrackingID TrackingLink "
    "TrackingUrl TrackingURL NAME DATE TRACKING ADDRESS BUYER CUSTOMER"
).split()
_MERGE_TAG: Final = re.compile(
    r"%(?<![\w%]%)[sd](?!\w)|\$[A-Za-z_]{3,30}(?![\w(])|\*\|[A-Z_]{2,30}\|\*"
    r"|〇[〇○●◯×✕]+|○[〇○●◯×✕]+|●[〇○●◯×✕]+|◯[〇○●◯×✕]+|×[〇○●◯×✕]+|✕[〇○●◯×✕]+"
    # "___+", not "_{3,}": with every alternative starting on one literal character the
    # engine skips straight to a "%", "$", "*", "_" or mark instead of trying each position
    r"|__[A-Za-z][A-Za-z0-9_]{0,30}__|___+"
)
_SLOTS: Final = frozenset(_SLOT_NAMES)
# Every slot name has four capitals in a row, an underscore or a capital after a small letter.
_SLOT_HINT: Final = re.compile(r"[A-ZÉÖ](?:(?<=[a-z][A-ZÉÖ])|[A-ZÉÖ]{3})")
# A word that starts with a capital (the scan skips straight to capitals); it is a slot when it
# is a known field name, with or without underscores, or capitals joined by underscores.
_CAPITAL_WORD: Final = re.compile(r"[A-ZÀ-Þ](?<![\w-][A-ZÀ-Þ])[\wÀ-ÿ]*(?![\w-]|\.\w)")

# A slot name without the hint holds an underscore ("Or_derId", "AB_CD"): such a word is
# looked for, not any "_" ("loc=en_US" in a carrier's link sent every capital word through
# _is_slot_name, 0.08 ms a reply).
_UNDERSCORED: Final = re.compile(r"[A-ZÀ-Þ](?<![\w-][A-ZÀ-Þ])[\wÀ-ÿ]*_")


def _is_slot_name(word: str) -> bool:
    if word in _SLOTS or word.replace("_", "") in _SLOTS:
        return True
    parts = word.split("_")
    return len(parts) > 1 and all(len(p) >= 2 and p.isalpha() and p.isupper() for p in parts)


# Values a template rendered empty or unformatted: "on None.", "dd.mm.yyyy", "Invalid Date".
# Rare, so searched only when one of the literals is in the text at all.
_EMPTY_VALUE: Final = re.compile(
    r"(?<=\s)(?:None|null|undefined|NaN)(?=[.,;!?)]|\s*$)|\b(?:dd[./-]mm[./-]yyyy|mm/dd/yyyy|"
    r"yyyy-mm-dd|DD[./-]MM[./-]YYYY|YYYY-MM-DD|Invalid Date|\[object Object\])"
)
_EMPTY_HINTS: Final = ("None", "null", "undefined", "NaN", "yyyy", "YYYY", "Invalid", "[object")


def _template_leftovers(text: str) -> Iterator[re.Match[str]]:
    """Merge tags, empty values, bare slot names, then bracketed slots that name a field."""
    yield from _MERGE_TAG.finditer(text)
    if any(hint in text for hint in _EMPTY_HINTS):
        yield from _EMPTY_VALUE.finditer(text)
    if _SLOT_HINT.search(text) is not None or ("_" in text and _UNDERSCORED.search(text)):
        yield from (m for m in _CAPITAL_WORD.finditer(text) if _is_slot_name(m.group()))
    for m in _PLACEHOLDER.finditer(text):
        if _is_placeholder(m.group()):
            yield m


def find_placeholders(doc: Document) -> Iterator[Finding]:
    text = _ascii_forms(doc)
    for m in _template_leftovers(text):
        yield doc.finding(
            None,
            m.start(),
            m.end(),
            PLACEHOLDER,
            Severity.BLOCK,
            f"Template leftover {m.group()}: fill in the real value or remove it.",
            "",
        )


def find_too_long(doc: Document) -> Iterator[Finding]:
    limit = doc.policy.max_length
    if len(doc.text) > limit:
        yield doc.finding(
            None,
            limit,
            len(doc.text),
            "too-long",
            Severity.WARN,
            f"The reply has {len(doc.text)} characters; keep it to {limit} or fewer.",
            "Shorten the reply: tracking facts and one next step are enough.",
        )
