"""Rules ``link`` and ``insecure-link``: only https links to Amazon or the carrier.

Links are found in the *addresses* view, so ``shop dot com``, ``example[.]com``,
``e x a m p l e . c o m``, full-width and look-alike letters are links too.
"""

from __future__ import annotations

import base64
import re
import unicodedata
from collections.abc import Callable, Iterator
from typing import Final

from compliance.document import LANGUAGES, Document
from compliance.model import Finding, Severity
from compliance.normalise import View
from compliance.policy import AMAZON_DOMAINS, CARRIER_HOSTS, TRACKING_TEMPLATES, host_allowed
from compliance.rules.lexicon import Lexicon
from compliance.rules.off_amazon import MARKETPLACE_NAMES
from compliance.tlds import TLDS, UNICODE_TLDS

__all__ = ["find_links"]

# Each scan starts on a literal letter and looks back afterwards, so the engine skips the
# text between candidates quickly.
_SCHEME_URL: Final = re.compile(
    r"(?P<scheme>[hf](?<![a-z0-9+.-][hf])(?:(?<=h)ttps?|(?<=f)tps?))://(?P<rest>[^\s<>\"'`]*)"
)
_WWW_URL: Final = re.compile(r"(?P<rest>w(?<![a-z0-9./@-]w)ww\d{0,3}\.[^\s<>\"'`]*)")
_BARE: Final = re.compile(
    r"(?<![a-z0-9@._-])(?P<host>[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,10})"
    r"(?![a-z0-9@-]|\.[a-z0-9])(?P<path>[/?#:][^\s<>\"'`]*)?"
)
_DOTTED: Final = re.compile(r"\.(?<=[a-z0-9-]\.)(?=[a-z0-9])")  # "x.y": where domains can be
_RUN: Final = re.compile(r"[a-z0-9.-]*")
_RUN_CHARS: Final = frozenset("abcdefghijklmnopqrstuvwxyz0123456789.-")
_TRAILING: Final = ".,;:!?)]}'\"»"
_HOST_END: Final = re.compile(r"[/?#\\]")
_FILE_LIKE: Final = frozenset({"zip", "mov"})
# Any scheme ("wss:", "hxxps://", "https:" without slashes), found from its colon.
_SCHEME_BEFORE: Final = re.compile(r"[a-z][a-z0-9+.-]{0,19}$")
_AFTER_SCHEME: Final = re.compile(r"/{0,3}(?P<host>[a-z0-9][a-z0-9.-]{0,252})")
_URL_REST: Final = re.compile(r"[^\s<>\"'`]*")
_NOT_LINK_SCHEMES: Final = frozenset({"mailto", "tel", "callto", "sms"})  # their own rules
# Schemes that are a link (or worse) whatever follows them: "data:text/html,...",
# "javascript:...", messenger deep links.
_ALWAYS_SCHEMES: Final = frozenset(
    [
        "data",
        "javascript",
        "vbscript",
        "file",
        "intent",
        "market",
        "itms-apps",
        "itms",
        "whatsapp",
        "tg",
        "viber",
        "skype",
        "fb-messenger",
        "weixin",
        "snapchat",
        "discord",
        "signal",
        "ws",
        "wss",
        "ftp",
        "sftp",
        "ssh",
        "magnet",
        "bitcoin",
        "ipfs",
        "line",
    ]
)


_HOST_SHAPE: Final = re.compile(r"(?:[a-z0-9-]{1,63}\.)+[a-z0-9-]{2,63}")
_SHORTENERS: Final = frozenset(
    [
        "amzn.to",
        "amzn.eu",
        "amzn.asia",
        "amzn.com",
        "a.co",
        "bit.ly",
        "tinyurl.com",
        "t.co",
        "goo.gl",
        "ow.ly",
        "is.gd",
        "buff.ly",
        "rebrand.ly",
        "cutt.ly",
        "shorturl.at",
        "rb.gy",
        "tiny.cc",
        "s.id",
        "lnkd.in",
        "t.ly",
        "bl.ink",
        "short.io",
        "linktr.ee",
        "wa.me",
        "m.me",
        "t.me",
        "qrco.de",
        "tr.ee",
        "shor.by",
    ]
)
_AMAZON_SHORT: Final = frozenset({"amzn.to", "amzn.eu", "amzn.asia", "a.co"})
# Amazon pages a buyer needs to complete an order: orders, returns, help, messages, tracking.
_AMAZON_ALLOWED_PATHS: Final = (
    "/gp/your-account", "/gp/css/", "/your-orders", "/gp/help", "/help", "/hz/help",
    "/gp/orc/", "/returns", "/spr/returns", "/gp/message", "/gp/buyer-seller", "/progress-tracker",
    "/ap/", "/gp/aw/ya", "/gp/digital/your-account", "/hz/contact-us", "/gp/contact-us",
    "/gp/communication-manager", "/myc", "/gp/product-support", "/a/c/r/", "/gp/refund",
    "/tracking", "/ref=nav_orders",
)  # fmt: skip
_AMAZON_ALLOWED_HOSTS: Final = ("track.", "sellercentral.", "returns.")
# "../" or its percent-encoded form leaves an allowed path for any other page; a URL in the
# query can be a redirect target.
_ESCAPES_PATH: Final = re.compile(r"\.\.|%2e", re.IGNORECASE)
_URL_IN_QUERY: Final = re.compile(
    r"[?&#][^=&#]{0,40}=(?:https?|%68%74%74%70|[a-z0-9-]{1,63}(?:\.|%2e)[a-z]{2,})|://.*://|%3a%2f%2f",
    re.IGNORECASE,
)
# An allowed Amazon page whose query names a seller, another product or a search is a plug.
_MARKETING_QUERY: Final = re.compile(
    r"[?&#](?:seller|asin|search|k|keywords|field-keywords|node|me|merchant|ref_?=sr)=", re.I
)
_PRODUCT_PATH: Final = re.compile(r"/(?:[^/?#]{1,200}/)?(?:dp|gp/product|gp/aw/d)/[a-z0-9]{10}")
# "You asked which refill fits": a product page answering the buyer's own product question
# completes the order; it is not marketing then.
_BUYER_ASKED: Final = re.compile(
    r"you asked|your question|you wanted to know|you were asking|as requested|"
    r"sie (?:fragten|haben gefragt|wollten wissen)|ihre frage|wie gewunscht|"
    r"vous (?:avez demande|demandiez|souhaitiez savoir)|votre question|"
    r"(?:usted )?pregunt(?:o|aba)|su pregunta|(?:ha|aveva) chiesto|la sua domanda|"
    r"ご質問|お問い合わせの"
)
# ... unless the page is pushed: "grab it while it's in stock", "solange der Vorrat reicht"
_BUY_NOW: Final = re.compile(
    r"grab (?:it|one|yours)|while (?:it'?s|it is|they'?re|they are) (?:still )?in stock|"
    r"while (?:stocks?|supplies) last|before (?:it'?s|they'?re) gone|"
    r"(?:buy|order) (?:it |one )?now|"
    r"hurry|solange (?:der )?vorrat|schnell zugreifen|jetzt (?:kaufen|bestellen|zugreifen)|"
    r"tant qu'il (?:en )?reste|avant la rupture|depechez|dans la limite des stocks|"
    r"mientras (?:haya|queden) (?:existencias|unidades)|antes de que se agote|date prisa|"
    r"fino ad esaurimento|finche (?:ce n'e|e disponibile)|prima che (?:finisca|si esaurisca)|"
    r"zolang de voorraad|op=op|wees er snel bij|poki (?:sa|jest|starczy)|kup (?:teraz|juz)|"
    r"sa lange lagret|passa pa|kop nu|tukenmeden|stoklarla sinirli|hemen (?:alin|al)|"
    r"今スク|在庫カアルウチ|オ早メニ"
)

LINK = "link"
MARKETING = "marketing"
INSECURE = "insecure-link"
_NOT_ALLOWED = (
    "Links to {host} are not allowed: only Amazon's pages and the carrier's own tracking "
    "page may be linked (no own shop, website or social media)."
)
_DISGUISED = (
    "This link to {host} is disguised (spelled-out dots, spaced letters or look-alike "
    "characters); Amazon treats it as a link to an outside website."
)
_LOOKALIKE = (
    "This link only looks like {host}: it contains look-alike or hidden characters, so it "
    "points somewhere else."
)
_INSECURE = "Links must be secure: use https:// instead of http:// (Amazon removes http links)."
_MARKETING_LINK = (
    "Marketing link: this Amazon page ({host}{path}) is a product, storefront, search or "
    "deals page. Only Amazon's order, returns and help pages may be linked, unless the "
    "buyer asked about that very product."
)
_NOT_TRACKING = (
    "Only the carrier's tracking page may be linked; {host}{path} is another page of its "
    "site (home, shop, jobs or news), which Amazon treats as an outside link."
)
_SHORT_LINK = (
    "Short links ({host}) hide where they lead and are not allowed; Amazon treats them as "
    "links to outside or marketing pages."
)
_SCHEME = "Only https:// links are allowed; this {scheme}: link is not."
_SUGGEST_AMAZON = (
    "Remove the link; point the buyer to Your Orders on Amazon if they need the order page."
)
_SUGGEST_REMOVE = "Remove the link; give the carrier's name and the tracking number instead."


def _host_of(rest: str) -> str:
    authority = _HOST_END.split(rest, maxsplit=1)[0]
    authority = authority.rsplit("@", 1)[-1]
    return authority.split(":", 1)[0].rstrip(".")


# The whole URL is read, not only its host: a name before "@" (userinfo) or an address in the
# fragment ("...#@shop.example", "#shop.example") carries another site inside an allowed link.
_SMUGGLED = (
    "This {host} link carries another address (before an '@' or after the '#'); only the "
    "carrier's or Amazon's own page may be linked, with nothing added."
)
_FRAGMENT_HOST: Final = re.compile(r"[a-z0-9-]{1,63}(?:\.|%2e)[a-z][a-z0-9-]{1,62}", re.IGNORECASE)


def _smuggles(url: str) -> bool:
    rest = url.split("://", 1)[-1]
    if "@" in rest or "%40" in rest.lower():
        return True  # userinfo ("shop.example@www.ups.com") or an address anywhere after it
    fragment = rest.partition("#")[2]
    return bool(fragment) and _FRAGMENT_HOST.search(fragment) is not None


# Another site carried inside an allowed link: a host as a path segment
# ("ups.com/track/shop.example/"), a query value that is an address ("next=//shop.example",
# "u=www.shop.example", base64 "aHR0cHM6Ly9zaG9wLmV4YW1wbGU"), or a host glued on after a
# tab, a no-break or zero-width space ("...trknbr=123<TAB>.shop.example").
_CARRIED = (
    "This {host} link carries another address ({other}) in its path, its query or after a "
    "hidden space; only the carrier's or Amazon's own page may be linked, with nothing added."
)
_SEGMENT_HOST: Final = re.compile(r"(?:[a-z0-9-]{1,63}\.)+(?P<tld>[a-z][a-z0-9-]{1,62})", re.I)
_PAGE_SUFFIXES: Final = frozenset({"do", "zip", "mov", "php", "html", "htm", "aspx", "jsp", "pdf"})
_HOST_TLDS: Final = TLDS - _PAGE_SUFFIXES
_QUERY_VALUE: Final = re.compile(r"[?&;][^=&#]{0,40}=([^&#]{4,400})")
_VALUE_ADDRESS: Final = re.compile(r"(?:/|%2f){2}|www(?:\.|%2e)|(?:https?|ftp)(?::|%3a)", re.I)
_PADDING: Final = re.compile(r"(?:=|%3d)+$", re.I)
_SPLIT_CHARS: Final = re.compile(r"[\s\u00ad\u180e\u200b-\u200f\u2028-\u202f\u205f-\u2064\ufeff]+")
_GLUED_HOST: Final = re.compile(r"\.?(?:[a-z0-9-]{1,63}\.)+(?P<tld>[a-z][a-z0-9-]{1,62})", re.I)


def _carried_host(original: str) -> str | None:
    """The other address an allowed link carries, or None."""
    url = original
    split = _SPLIT_CHARS.search(url)
    if split is not None:
        glued = _GLUED_HOST.match(url, split.end())
        if glued is not None and _is_host(glued):
            return glued.group().lstrip(".")
        url = url[: split.start()]
    path, _, query = _path_of(url).partition("#")[0].partition("?")
    for segment in path.split("/")[1:]:
        if _is_host(_SEGMENT_HOST.fullmatch(segment)):
            return segment
    for value in _QUERY_VALUE.finditer("?" + query) if query else ():
        found = _value_address(value.group(1))
        if found:
            return found
    return None


def _is_host(m: re.Match[str] | None) -> bool:
    return m is not None and m.group("tld").lower() in _HOST_TLDS


def _value_address(value: str) -> str | None:
    if _VALUE_ADDRESS.match(value):
        return value[:60]
    m = _SEGMENT_HOST.match(value)
    if m is not None and _is_host(m):
        return m.group()
    token = _PADDING.sub("", value)
    if len(token) >= 12 and _BASE64.fullmatch(token):
        try:
            decoded = base64.b64decode(token + "=" * (-len(token) % 4), validate=False)
            text = decoded.decode("ascii").lower()
        except (ValueError, UnicodeDecodeError):
            return None
        found = _DOMAIN_IN.search(text)
        if found and found.group(1) in TLDS:
            return found.group()
    return None


def _trim(text: str, i: int, j: int) -> int:
    while j > i and text[j - 1] in _TRAILING:
        j -= 1
    return j


def find_links(doc: Document) -> Iterator[Finding]:
    view = doc.addresses
    text = view.text
    allowed = doc.policy.allowed_link_domains
    taken = bytearray(len(text))  # 1 where a URL was already reported

    def report(i: int, j: int, host: str, scheme: str | None, bare: bool) -> Iterator[Finding]:
        j = _trim(text, i, j)
        start, end = view.span(i, j)
        original = doc.text[start:end]
        host = host.removeprefix("www.")
        if host in _SHORTENERS or host_allowed(host, _SHORTENERS):
            rule = MARKETING if host in _AMAZON_SHORT else LINK
            message = _SHORT_LINK.format(host=host)
            yield doc.finding(view, i, j, rule, Severity.BLOCK, message, _SUGGEST_REMOVE)
            return
        if host_allowed(host, allowed):
            if not original.isascii():
                yield doc.finding(
                    view, i, j, LINK, Severity.BLOCK, _LOOKALIKE.format(host=host), _SUGGEST_REMOVE
                )
            elif _smuggles(original):
                message = _SMUGGLED.format(host=host)
                yield doc.finding(view, i, j, LINK, Severity.BLOCK, message, _SUGGEST_REMOVE)
            elif (other := _carried_host(original)) is not None:
                message = _CARRIED.format(host=host, other=other)
                yield doc.finding(view, i, j, LINK, Severity.BLOCK, message, _SUGGEST_REMOVE)
            elif scheme == "http":
                https = "https://" + original.split("://", 1)[-1]
                yield doc.finding(view, i, j, INSECURE, Severity.BLOCK, _INSECURE, https)
            elif _URL_IN_QUERY.search(original) or _ESCAPES_PATH.search(_path_of(original)):
                message = _NOT_ALLOWED.format(host=host)
                yield doc.finding(view, i, j, LINK, Severity.BLOCK, message, _SUGGEST_REMOVE)
            elif scheme not in (None, "https"):
                message = _SCHEME.format(scheme=scheme)
                yield doc.finding(view, i, j, LINK, Severity.BLOCK, message, _SUGGEST_REMOVE)
            elif (
                host_allowed(host, CARRIER_HOSTS)
                and (_path_of(text[i:j]).strip("/") or not (bare or _NUMBER_BESIDE.search(text)))
                and not _tracking_page(host, text[i:j])
            ):
                # (a carrier's site named with no page after it, "nacex.es", "dbschenker.com",
                # or "https://www.correosexpress.com" with the number beside it, names where
                # the buyer looks the number up; it sells nothing)
                message = _NOT_TRACKING.format(host=host, path=_path_of(text[i:j])[:40])
                yield doc.finding(view, i, j, LINK, Severity.BLOCK, message, _SUGGEST_REMOVE)
            elif (
                host_allowed(host, AMAZON_DOMAINS)
                and (
                    not _amazon_page_allowed(host, text[i:j])
                    or _MARKETING_QUERY.search(original) is not None
                )
                and not (_PRODUCT_PATH.match(_path_of(text[i:j])) and asked())
            ):
                path = _path_of(text[i:j])
                message = _MARKETING_LINK.format(host=host, path=path[:40])
                yield doc.finding(view, i, j, MARKETING, Severity.BLOCK, message, _SUGGEST_AMAZON)
            return
        disguised = bare and (not original.isascii() or original.lower() != text[i:j])
        message = (_DISGUISED if disguised else _NOT_ALLOWED).format(host=host)
        yield doc.finding(view, i, j, LINK, Severity.BLOCK, message, _SUGGEST_REMOVE)

    def asked() -> bool:  # searched for only when an Amazon product page is linked
        words = doc.words.text
        return _BUYER_ASKED.search(words) is not None and _BUY_NOW.search(words) is None

    if "." not in text and ":" not in text:
        yield from _encoded_links(doc, view, taken)
        yield from _spaced_shortener(doc)  # "bit ly 4kQ2mZx": the one link without a dot
        return  # no link without a dot or a scheme; most edits of a short reply stop here
    for m in _SCHEME_URL.finditer(text):
        host = _host_of(m.group("rest"))
        if host:
            end = _cjk_cut(text, m.start("rest"), m.end())
            taken[m.start() : end] = b"\x01" * (end - m.start())
            yield from report(m.start(), end, host, m.group("scheme"), False)
    yield from _other_schemes(text, taken, report)
    for pos in _colons(text):
        before = _SCHEME_BEFORE.search(text, max(0, pos - 20), pos)
        scheme = before.group().rsplit(".", 1)[-1] if before else ""
        start = pos - len(scheme)
        if scheme not in _ALWAYS_SCHEMES or taken[start] or (start and text[start - 1].isalnum()):
            continue
        rest = _URL_REST.match(text, pos + 1)
        end = rest.end() if rest else pos + 1
        if end - pos > 2:
            taken[start:end] = b"\x01" * (end - start)
            message = _SCHEME.format(scheme=scheme)
            yield doc.finding(view, start, end, LINK, Severity.BLOCK, message, _SUGGEST_REMOVE)
    for m in _WWW_URL.finditer(text):
        if taken[m.start()]:
            continue
        end = _cjk_cut(text, m.start(), m.end())
        taken[m.start() : end] = b"\x01" * (end - m.start())
        yield from report(m.start(), end, _host_of(m.group("rest")), None, False)
    # Bare domains: from each "x.y" back to the start of its run of label characters.
    # Every character is walked at most once, so long runs of dots stay linear.
    resume = 0
    for dot in _DOTTED.finditer(text):
        pos = dot.start()
        if pos < resume or taken[pos]:
            continue
        start = pos
        while start > resume and text[start - 1] in _RUN_CHARS:
            start -= 1
        run = _RUN.match(text, start)
        resume = run.end() if run else pos + 1
        bare = _BARE.match(text, start)
        if bare is None:
            continue
        host = bare.group("host")
        labels = host.split(".")
        tld = labels[-1]
        if tld.startswith("xn--") and tld not in TLDS:
            k = view.starts[bare.end("host") - len(tld)]
            tld = doc.text[k : k + len(tld)].lower()  # "xn--p1ai" read as "xn--piai"
        if _is_package_name(labels):
            start, end = bare.span()
            message = _PACKAGE.format(name=host)
            yield doc.finding(view, start, end, LINK, Severity.BLOCK, message, _SUGGEST_REMOVE)
            continue
        if tld not in TLDS or tld in _FILE_LIKE or not all(labels) or host[0] == "-":
            continue
        tld_at = bare.end("host") - len(labels[-1])
        if _sentence_join(doc, view, tld_at) and (
            tld not in _SENTENCE_PROOF_TLDS
            or (len(tld) == 2 and _accented(doc, view, tld_at, bare.end("host")))
        ):
            continue  # "entregado.Ahora", "diciembre.Sé que": a sentence, not a domain
        if _marketplace_named(labels, bare, doc, view):
            continue  # "wij verkopen niet op bol.com": the off-Amazon rule judges the name
        if (
            tld == "nr"
            and len(labels) == 2
            and (len(labels[0]) <= 5 or labels[0].endswith("reg"))
            and not bare.group("path")
        ):
            continue  # "art.nr", "org.nr", "Momsreg.nr": Scandinavian and German "nummer"
        if host in _ABBREVIATIONS and not bare.group("path"):
            continue  # "p.es. Shimano", "m.in. do roweru": a written abbreviation
        if not bare.group("path") and _signed_name(doc, *view.span(bare.start(), bare.end("host"))):
            continue  # "Pozdrawiamy\nStrzyżarka.pl": the shop's name as its sign-off
        yield from report(bare.start(), bare.end(), host, None, True)
    yield from _encoded_links(doc, view, taken)
    yield from _described_addresses(doc)


# An address told in parts rather than written: the shop's name, then "the German country
# ending", then "slash" and a page ("zuerst leuchtenstube, dann die deutsche Länderendung,
# dahinter Schrägstrich ersatzglas"); or one the buyer is told to read backwards
# ("se.mobilskalen/storlekar, the domain is just backwards").  No dot is written, so no view
# spells a host; the words for its parts meet in one sentence instead.
HOST_ENDING: Final = Lexicon(
    "host ending",
    {
        "en": [
            r"(?:country|domain|web) (?:ending|extension|suffix|code)|(?:german|french|uk|british|"
            r"spanish|italian|dutch|polish|swedish|turkish|japanese|irish) (?:ending|extension)"
        ],
        "de": [
            r"länderendung|domainendung|länderkennung|(?:deutsche|österreichische|schweizer) "
            r"(?:endung|länderendung|domain)"
        ],
        "fr": [
            r"terminaison (?:française|belge|suisse|du pays|du site)|extension (?:française|belge|"
            r"du pays|en point)"
        ],
        "es": [
            r"terminaci[oó]n (?:española|del país|de españa)|extensi[oó]n (?:española|del país)"
        ],
        "it": [r"estensione (?:italiana|del paese)|desinenza (?:italiana|del paese)"],
        "ja": [r"ドメインの(?:末尾|語尾|最後)|国別ドメイン"],
        "nl": [r"(?:nederlandse|belgische) (?:extensie|domeinextensie)|landextensie|landcode"],
        "pl": [r"(?:polsk\w*|krajow\w*) końcówk\w*|końcówk\w* (?:domeny|krajow\w*)"],
        # (and the Danish and Norwegian "dot": "verkstedet punktum no skråstrek video")
        "sv": [
            r"(?:svenska|svensk) (?:ändelse\w*|landskod)|domänändelse\w*|landsändelse\w*|"
            r"punktum (?:no|se|dk|com|net|org|nu)"
        ],
        "tr": [r"(?:türk|türkiye|ülke) uzantı\w*|alan adı uzantı\w*"],
    },
)
# The path's "/" said in words, or the browser the parts go into.
ADDRESS_PART: Final = Lexicon(
    "address part",
    {
        "en": [r"(?:forward )?slash|(?:in|into) (?:your|the) (?:browser|address bar)"],
        "de": [r"schrägstrich|slash|in (?:ihren|den|deinen) browser|adresszeile"],
        "fr": [r"barre oblique|slash|dans (?:votre|le) navigateur|barre d'adresse"],
        "es": [r"barra (?:inclinada|oblicua|diagonal)|slash|en (?:su|el) navegador"],
        "it": [r"barra (?:obliqua|slash)|slash|nel (?:suo )?browser|barra degli indirizzi"],
        "ja": [r"スラッシュ|ブラウザ"],
        "nl": [r"schuine streep|slash|in (?:uw|je|de) browser|adresbalk"],
        "pl": [r"ukośnik\w*|slash\w*|w przeglądar\w*|pasku adresu"],
        "sv": [r"snedstreck|skråstrek|slash|i (?:din |er )?webbläsare\w*|adressfält\w*"],
        "tr": [r"eğik çizgi|slash|tarayıcı\w*|adres çubuğu\w*"],
    },
)
# "The domain is written backwards": an address the buyer is to turn round.
BACKWARDS: Final = Lexicon(
    "backwards address",
    {
        "en": [r"(?:domain|address|link|url|site) ~ (?:backwards|reversed|the other way round)"],
        "de": [r"(?:domain|adresse|link|seite) ~ (?:rückwärts|umgekehrt|verkehrt ?herum)"],
        "fr": [r"(?:domaine|adresse|lien|site) ~ (?:à l'envers|inversée?)"],
        "es": [r"(?:dominio|dirección|enlace|web) ~ (?:al revés|invertid[oa])"],
        "it": [r"(?:dominio|indirizzo|link|sito) ~ (?:al contrario|al rovescio|invertit[oa])"],
        "ja": [r"(?:ドメイン|アドレス|URL)(?:は|を)?(?:逆|反対)"],
        "nl": [r"(?:domein|adres|link|site) ~ (?:achterstevoren|andersom|omgekeerd)"],
        "pl": [r"(?:domen\w*|adres\w*|link\w*|stron\w*) ~ (?:od tyłu|wspak|odwrotnie)"],
        "sv": [r"(?:domän\w*|adress\w*|länk\w*|sajt\w*) ~ (?:baklänges|omvänd\w*)"],
        "tr": [r"(?:alan adı|adres\w*|link\w*|site\w*) ~ (?:tersten|ters yazıl\w*)"],
    },
)
_DESCRIBED = "This is a web address told in words ({how}); it leads the buyer off Amazon."
# A link shortener with a blank for its dot (round 24b): "bit ly / 4kQ2mZx", "ow ly/3Xk9",
# "tinyurl com slash y7d2kqa". The shortener's two names never stand side by side in a
# sentence, so with a code after them they are the short link, dot left out.
_SHORT_PAIR: Final = (
    r"(?:(?:bit|ow|buff|cutt|rebrand) ly|tinyurl com|goo gl|rb gy|tiny cc|lnkd in|"
    r"shorturl at|amzn (?:to|eu))(?: ?/ ?| slash | )[a-z0-9]{4,12}"
)
# Japanese reads it out in katakana: "ビットリー スラッシュ 4kQ2mZx" (a Latin pattern under
# "ja" would be a scan of the whole text instead of a word lookup)
_SHORT_PAIR_JA: Final = r"ビット[・ ]?リー ?(?:/|／|スラッシュ)"
SPACED_SHORTENER: Final = Lexicon(
    "spaced shortener",
    {lang: [_SHORT_PAIR_JA if lang == "ja" else _SHORT_PAIR] for lang in LANGUAGES},
)
# The web address named (round 33b): "our web address is sunnyhome and then .shop at the
# end" gives its ending typed apart from the name, like the browser does.
WEB_NAMED: Final = Lexicon(
    "web address named",
    {
        "en": [r"web ?address|web ?site|webshop|homepage|domain|url"],
        "de": [
            r"webadresse|internetadresse|webseite|website|homepage|domain|webshop|internetseite"
        ],
        "fr": [r"adresse (?:web|internet)|site (?:web|internet)|site|domaine"],
        "es": [r"direcci[oó]n web|p[aá]gina web|sitio web|dominio"],
        "it": [r"indirizzo web|sito(?: web| internet)?|dominio"],
        "ja": [r"ホームページ|ウェブサイト|ドメイン"],
        "nl": [r"webadres|website|webwinkel|domein"],
        "pl": [r"adres (?:strony|www|internetowy)|stron\w* (?:www|internetow\w*)|domen\w*"],
        "sv": [r"webbadress\w*|webbplats\w*|hemsida\w*|sajt\w*|domän\w*"],
        "tr": [r"web adres\w*|web site\w*|internet site\w*|alan adı\w*"],
    },
)
# An ending typed apart from the name: 'tapez « atelier-lune » puis « .fr/guide »'.
_LOOSE_ENDING: Final = re.compile(r"(?<![\w.])\.((?:[a-z]{2,3}\.)?[a-z]{2,6})(?:/|(?![\w.]))")


def _described_addresses(doc: Document) -> Iterator[Finding]:
    view = doc.words
    endings = HOST_ENDING.spans(doc)
    parts = ADDRESS_PART.spans(doc)
    if endings and parts:
        told = {doc.sentence_of(i) for i, _ in parts}
        for i, j in endings:
            if doc.sentence_of(i) in told:
                message = _DESCRIBED.format(how="its ending and path named")
                yield doc.finding(view, i, j, LINK, Severity.BLOCK, message, _SUGGEST_REMOVE)
                break
    for i, _ in parts + WEB_NAMED.spans(doc):  # a loose ".fr/guide" to type in
        s = doc.sentence_of(i)
        start, end = doc.sentence_starts[s], doc.sentence_end(s)
        loose = next(
            (
                m
                for m in _LOOSE_ENDING.finditer(view.text, start, end)
                if m.group(1).rsplit(".", 1)[-1] in TLDS
            ),
            None,
        )
        if loose is not None:
            message = _DESCRIBED.format(how="its ending typed apart from its name")
            yield doc.finding(view, *loose.span(), LINK, Severity.BLOCK, message, _SUGGEST_REMOVE)
            break
    for i, j in BACKWARDS.spans(doc)[:1]:
        message = _DESCRIBED.format(how="to be read backwards")
        yield doc.finding(view, i, j, LINK, Severity.BLOCK, message, _SUGGEST_REMOVE)
    yield from _spaced_shortener(doc)


def _spaced_shortener(doc: Document) -> Iterator[Finding]:
    for i, j in SPACED_SHORTENER.spans(doc)[:1]:
        message = _DESCRIBED.format(how="a link shortener with a blank for its dot")
        yield doc.finding(doc.words, i, j, LINK, Severity.BLOCK, message, _SUGGEST_REMOVE)


# Abbreviations written with dots whose last letters are a top-level domain: Italian "p.es."
# (per esempio), Polish "m.in." (między innymi) and "i.in." (i inni).  No shop is called that.
_ABBREVIATIONS: Final = frozenset({"p.es", "m.in", "i.in"})
_SECOND_LEVEL: Final = frozenset({"co", "com"})  # "ebay.co.uk", "mercadolibre.com.mx"


def _marketplace_named(labels: list[str], bare: re.Match[str], doc: Document, view: View) -> bool:
    """ "bol.com", "Subito.it", "ebay.co.uk" written plainly, with no path: a marketplace's
    name, which sellers write as its domain ("we are not on Leboncoin.fr").  Whether it
    steers the buyer off Amazon is the off-Amazon rule's call; a path ("etsy.com/shop/x"),
    "www." or a scheme is an address to follow and stays a link, and so does a disguised
    spelling ("bol dot com")."""
    if bare.group("path") not in (None, ":") or labels[0] not in MARKETPLACE_NAMES:
        return False  # ("Subito.it: quell'annuncio ...": the colon ends the name)
    if len(labels) > 3:
        return False
    if len(labels) == 3 and labels[1] not in _SECOND_LEVEL:
        return False
    start, end = view.span(*bare.span("host"))
    return doc.text[start:end].lower() == bare.group("host")


# A web address written backwards ("moc.emohynnus") or base64-encoded ("c3Vubnlob21lLmNvbQ"):
# a buyer is told to turn it round, so it leads off Amazon like the address itself.
# Starts with the reversed top-level domain itself, so the engine skips to its letters; the
# character before is checked in code.
_REVERSED: Final = re.compile(
    r"(?:moc|ten|gro|ofni|pohs|erots|enilno|ue|ed|rf|ti|lp|ln|ku\.oc)"
    r"\.[a-z0-9-]{3,63}(?:\.[a-z0-9-]{1,63}){0,3}(?![a-z0-9@-]|\.[a-z0-9])"
)
_BASE64: Final = re.compile(r"[A-Za-z0-9+/]{12,200}={0,2}")
_DOMAIN_IN: Final = re.compile(r"[a-z0-9-]{2,63}\.([a-z]{2,24})\b")
_ENCODED = "This is a web address ({host}) written {how}; it leads the buyer off Amazon."


# A host in another script ("магазин.рф", "ショップ.jp", "κατάστημα.ελ"): an IDN that the
# folded view cannot spell in Latin letters is a link all the same.
# Found from each "." that a top-level domain follows (a bounded look back from there for its
# labels), not from each non-ASCII letter: a long run of letters or emoji without a dot
# then costs one pass, not a search per character.
# Every top-level domain starts with a letter: the look-ahead turns down each of the dots of
# "..." or "1.5" at once, where the alternation tried its two dozen branches (0.1 ms on a
# German reply ending in a run of dots).
_IDN_TLD: Final = re.compile(
    r"\.(?=[^\W\d_])(?:рф|рус|москва|укр|бел|срб|мкд|қаз|ею|ελ|бг|中国|中國|公司|网络|网址|在线|コム|みんな|"
    r"닷컴|한국|香港|台灣|(?-i:[a-zA-Z]{2,24})|(?P<idn>[^\W\d_][^\s\d.,;:!?()\[\]{}<>\"'`/\\@#、。，！？「」（）]{0,62}))"
    r"(?![\w-])",
    re.IGNORECASE,
)  # (ASCII letters spelled out: with IGNORECASE "[a-z]" takes the Turkish "ı" of "Ustamız")
# Any internationalised top-level domain of the root zone (".онлайн", ".संगठन", ".商店"),
# read only after a host written in ASCII ("brightwaterhome.онлайн"): a full stop glued to a
# word in an ordinary Russian or Hindi sentence is not a domain.  In scripts written without
# spaces the domain may run on into the sentence ("shop.中国で"): its longest known prefix.
_ASCII_LABELS: Final = re.compile(r"[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63})*", re.I)
_HOST_RUN_BACK: Final = re.compile(r"[\w.-]*")  # matched on the reversed text before a dot
_LABEL: Final = re.compile(r"[\w-]{1,63}")
_HOST_LOOK_BACK = 4 * 64


def _encoded_links(doc: Document, view: View, taken: bytearray) -> Iterator[Finding]:
    if not doc.text.isascii():
        for span in _idn_hosts(doc.text):
            if _signed_name(doc, *span):
                continue  # "Pozdrawiamy\nŻarówkowo.pl": the shop's name as its sign-off
            message = _ENCODED.format(host=doc.text[slice(*span)], how="in another script")
            yield doc.finding(None, *span, LINK, Severity.BLOCK, message, _SUGGEST_REMOVE)
    text = view.text
    for m in _REVERSED.finditer(text):
        if taken[m.start()] or (
            m.start() and (text[m.start() - 1] in _RUN_CHARS or text[m.start() - 1] == "@")
        ):
            continue
        host = m.group()[::-1]
        if host.rsplit(".", 1)[-1] in TLDS and not host_allowed(
            host, doc.policy.allowed_link_domains
        ):
            message = _ENCODED.format(host=host, how="backwards")
            yield doc.finding(
                view, m.start(), m.end(), LINK, Severity.BLOCK, message, _SUGGEST_REMOVE
            )
    for m in _tokens(doc.text):
        token = m.group()
        if token.isalpha() and (token.islower() or token.isupper()):
            continue  # a long word, not an encoding
        try:
            decoded = base64.b64decode(token + "=" * (-len(token) % 4), validate=True).decode(
                "ascii"
            )
        except (ValueError, UnicodeDecodeError):
            continue
        found = _DOMAIN_IN.search(decoded.lower())
        if found and found.group(1) in TLDS and decoded.isprintable():
            message = _ENCODED.format(host=found.group(), how="in base64")
            yield doc.finding(
                None, m.start(), m.end(), LINK, Severity.BLOCK, message, _SUGGEST_REMOVE
            )


def _idn_hosts(text: str) -> Iterator[tuple[int, int]]:
    """Spans of hosts with a letter outside ASCII ("магазин.рф", "ショップ.jp",
    "shop.онлайн"): at most four labels before a known top-level domain, not part of an
    e-mail address."""
    resume = 0
    for tld in _IDN_TLD.finditer(text):
        dot = tld.start()
        if dot < resume:
            continue
        if text[max(0, dot - _HOST_LOOK_BACK) : tld.end()].isascii():
            continue  # the host lies in this stretch ("dhl.de" in a German reply): ASCII too
        window = text[max(0, dot - _HOST_LOOK_BACK) : dot][::-1]
        run = _HOST_RUN_BACK.match(window)
        if text[dot - len(run.group() if run else "") : tld.end()].isascii():
            continue  # the host lies in this run of labels: ASCII too ("Müller, dhl.de")
        labels = (run.group()[::-1] if run else "").split(".")[-4:]
        while labels and not _LABEL.fullmatch(labels[0]):
            labels.pop(0)  # a leading dot, an empty or over-long label: not part of the host
        if not labels or not all(_LABEL.fullmatch(label) for label in labels):
            continue
        start = dot - len(".".join(labels))
        if start and text[start - 1] in "@.":
            continue  # the domain of an e-mail address, or a longer run of labels
        end: int | None = tld.end()
        if tld.group("idn") is not None:
            end = _unicode_tld_end(text, dot, tld.end(), text[start:dot])
        if end is None:
            continue
        host = text[start:end]
        if host.isascii():
            continue
        name = text[dot + 1 : end].lower()
        if name.isascii() and name not in TLDS:
            continue
        if name.isascii() and name not in _SENTENCE_PROOF_TLDS and _capitalised(text, dot + 1):
            continue  # "dernière.Je suis": a sentence after a glued full stop
        resume = end
        yield start, end


def _unicode_tld_end(text: str, dot: int, end: int, left: str) -> int | None:
    """Where a top-level domain in another script after ``left.`` ends, or None."""
    if not _ASCII_LABELS.fullmatch(left) or len(left) < 2:
        return None
    name = text[dot + 1 : end].lower()
    if name in UNICODE_TLDS:
        return end
    for k in range(min(len(name), 12) - 1, 1, -1):  # "shop.中国で买": the known prefix
        if name[:k] in UNICODE_TLDS and not name[k].isascii():
            return dot + 1 + k
    return None


def _tokens(text: str) -> Iterator[re.Match[str]]:
    """Base64-looking words of ``text`` long enough to hide a domain."""
    for m in _BASE64.finditer(text):
        i, j = m.span()
        if (i and not text[i - 1].isspace() and text[i - 1] not in "([\"'") or (
            j < len(text) and not text[j].isspace() and text[j] not in ".,;:!?)]\"'"
        ):
            continue
        yield m


# An app's package name is a domain written backwards ("com.sunnyhome.android"): it sends
# the buyer to an app store, off Amazon, as surely as a link does.
_PACKAGE_ROOTS: Final = frozenset(
    "com org net io app dev me co de fr it es nl pl se tr uk jp eu ch at be".split()  # noqa: SIM905
)
_FILE_EXTENSIONS: Final = frozenset(
    "pdf jpg jpeg png gif heic webp doc docx txt csv xls xlsx zip mov mp4 json xml".split()  # noqa: SIM905
)
_PACKAGE = "{name} is an app's package name: it sends the buyer to an app outside Amazon."


def _is_package_name(labels: list[str]) -> bool:
    return (
        len(labels) >= 3
        and labels[0] in _PACKAGE_ROOTS
        and labels[-1] not in _FILE_EXTENSIONS
        and all(label and not label.isdigit() for label in labels)
    )


# "Monday.Best regards", "van.Today": a capital after a glued full stop starts a sentence,
# unless the top-level domain is one that shops use ("SunnyHome.Com" is still a link).
_SENTENCE_PROOF_TLDS: Final = frozenset(
    "com net org info biz io co shop store online site xyz eu de uk fr es it nl pl se tr jp us "  # noqa: SIM905
    "ca au at ch be".split()
)


def _sentence_join(doc: Document, view: View, tld_start: int) -> bool:
    """True for "delivered.It will..." (missing space after a full stop), not a domain."""
    start = view.starts[tld_start]
    return _capitalised(doc.text, start)


_SIGNED_TAIL: Final = re.compile(r"(?:\.[a-z]{2,3})?\s*")  # ("Çiçekçi.com" + ".tr")


def _signed_name(doc: Document, start: int, end: int) -> bool:
    """True when the host is the shop's name signed on the last line alone, capitalised and
    written with its accents ("Strzyżarka.pl", "Çiçekçi.com.tr"): a name as it is spelt, not
    an address anyone types (round 25b).  A lowercase or ASCII host, or one with a page, is
    still a link.  ``start`` and ``end`` index the text as typed."""
    if _SIGNED_TAIL.fullmatch(doc.text, end) is None or not _capitalised(doc.text, start):
        return False
    line_start = doc.text.rfind("\n", 0, start) + 1
    if doc.text[line_start:start].strip():
        return False
    name = doc.text[start:end].rsplit(".", 1)[0]
    return any(_LATIN_ACCENTED[ch] for ch in name)


def _capitalised(text: str, start: int) -> bool:
    label = text[start : start + 2]
    return len(label) == 2 and label[0].isupper() and label[1].islower()


def _accented(doc: Document, view: View, i: int, j: int) -> bool:
    """True when the top-level domain as written carries a Latin letter with an accent
    ("diciembre.Sé que", "dernière.Ça"): no country's domain is spelled so, it is a word
    (read only for two letters: "myshop.Cóm" is no word and stays a link).  Look-alike
    letters from other scripts (a Cyrillic "е") are not accents and stay a link."""
    start, end = view.span(i, j)
    return any(_LATIN_ACCENTED[ch] for ch in doc.text[start:end])


class _AccentTable(dict[str, bool]):
    def __missing__(self, ch: str) -> bool:
        base = unicodedata.normalize("NFD", ch)
        found = len(base) > 1 and base[0].isascii() and base[0].isalpha()
        self[ch] = found
        return found


_LATIN_ACCENTED: Final = _AccentTable()


_PATH_START: Final = re.compile(r"[/?#]")
_CJK: Final = re.compile("[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")


def _cjk_cut(text: str, i: int, j: int) -> int:
    """Where a link from ``i`` (after its scheme) ends when Japanese or Chinese text runs on
    after its path with no blank ("…?requestNo1=EJ1)。お手数ですが"): at the first such
    character of the path.  The host is never cut: "https://例え.jp" stays whole."""
    path = _PATH_START.search(text, i, j)
    if path is None:
        return j
    cjk = _CJK.search(text, path.start(), j)
    return j if cjk is None else cjk.start()


def _other_schemes(
    text: str,
    taken: bytearray,
    report: Callable[[int, int, str, str | None, bool], Iterator[Finding]],
) -> Iterator[Finding]:
    """Links with any scheme, with or without slashes: "wss://x.com", "https:x.com"."""
    pos = text.find(":")
    while pos >= 0:
        nxt = pos + 1
        if not taken[pos]:
            before = _SCHEME_BEFORE.search(text, max(0, pos - 20), pos)
            after = _AFTER_SCHEME.match(text, pos + 1)
            if before is not None and after is not None:
                scheme = before.group()
                host = after.group("host").rstrip(".")
                i = before.start()
                if (
                    scheme not in _NOT_LINK_SCHEMES
                    and (i == 0 or not text[i - 1].isalnum())
                    and _HOST_SHAPE.fullmatch(host)
                ):
                    rest = _URL_REST.match(text, after.end())
                    j = rest.end() if rest else after.end()
                    taken[i:j] = b"\x01" * (j - i)
                    nxt = j
                    yield from report(i, j, host, "https" if scheme == "https" else scheme, False)
        pos = text.find(":", nxt)


def _colons(text: str) -> Iterator[int]:
    pos = text.find(":")
    while pos >= 0:
        yield pos
        pos = text.find(":", pos + 1)


def _path_of(url: str) -> str:
    rest = url.split("://", 1)[-1]
    cut = _HOST_END.search(rest)
    return rest[cut.start() :] if cut else ""


# A carrier link is functional only on a tracking page: a tracking host ("track.", "tracking."),
# a tracking word in the path or query, or a tracking number in it.  The home page with the
# number beside it names where the number is looked up (conventions, set-8 r8); alone, and the
# carrier's shop, careers or news pages, are outside links like any other.
_TRACKING_HOST: Final = re.compile(
    r"(?:^|\.)(?:track\w*|trace|tracktrace|trackings?|kargotakip|gonderitakip|emonitoring|"
    r"sporing|jizen|k2k|sendungsverfolgung|livetracking|suivi|toi)\."
)
_TRACKING_WORD: Final = re.compile(
    r"track|trace|trac(?:cia|king)|suivi|suivre|sendung|verfolg|volg|sledz|spar[ao]|sporing|"
    r"seguim|localiz|rastre|takip|sorgula|okurijo|jizen|reqcodeno|piececode|parcel-?number|"
    r"shipmentid|shipment-?number|consignment|tracknum|trknbr|\bawb|spedizion|risultati|"
    r"nspediz|numeroslt|search\?s=|ekp-web|tneko|"
    # the carrier's delivery-management pages: rebook, redirect, hold, pick up
    r"redeliver|reschedul|rebook|redirect|hold-?mail|pick-?up|deliverymanager|wunschtag|"
    r"umleit|abholung|lieferort|reprogram|giacenza|ophalen|awizo|omdirig|saihaitatsu"
)
_NOT_TRACKING_WORD: Final = re.compile(
    r"shop|store|career|karriere|jobs?\b|emploi|empleo|lavora|werken-bij|praca|kariyer|"
    r"produkt|product|buy|kaufen|acheter|comprar|acquista|kopen|kupi|satin-al|news|presse"
)
# (Swiss Post writes its parcel numbers with dots: "99.12.345678.12345678")
# A tracking number written in the text: eight digits or more, maybe in groups, maybe with a
# postal code's letters ("0823-44190577", "EJ771234565JP").
_NUMBER_BESIDE: Final = re.compile(
    r"(?<![a-z0-9])[a-z]{0,4}\d(?:[ -]?\d){7,}[a-z]{0,2}(?![a-z0-9])"
)
_TRACKING_NUMBER: Final = re.compile(r"[/=#](?=[a-z]{0,4}\d)[a-z0-9.-]{8,40}(?![a-z0-9])")
# The pages the bot links itself: the path before the tracking number, or the whole page
# for the posts that have no deep link ("https://www.emiratespost.ae/").
_TEMPLATE_PAGES: Final = frozenset(
    t.split("{", 1)[0].split("?", 1)[0].split("://", 1)[-1].lower().removeprefix("www.")
    for t in TRACKING_TEMPLATES
)


def _tracking_page(host: str, url: str) -> bool:
    """True for a carrier's tracking page, not its home, shop or careers pages."""
    path = _path_of(url)
    if _NOT_TRACKING_WORD.search(host) or _NOT_TRACKING_WORD.search(path):
        return False
    if _TRACKING_HOST.search(host) or _TRACKING_WORD.search(path):
        return True
    if _TRACKING_NUMBER.search(path) and sum(c.isdigit() for c in path) >= 8:
        return True
    page = (host + path).removeprefix("www.").split("?", 1)[0]
    return page in _TEMPLATE_PAGES or any(
        page.startswith(p) and len(p) > len(host) + 1 for p in _TEMPLATE_PAGES
    )


def _amazon_page_allowed(host: str, url: str) -> bool:
    """Amazon's order, returns, help and tracking pages; not products, stores or search."""
    if host.startswith(_AMAZON_ALLOWED_HOSTS):
        return True
    path = _path_of(url).split("#", 1)[0]
    if path in ("", "/"):
        return True
    return path.startswith(_AMAZON_ALLOWED_PATHS)
