"""Rule ``email-address``: no e-mail addresses, also spelled ``name [at] mail [dot] de``."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from compliance.document import LANGUAGES, Document
from compliance.model import Finding, Severity
from compliance.normalise import fold_literal
from compliance.rules.lexicon import Lexicon, by_first_letter
from compliance.tlds import SPELLED_TLDS, TLDS

__all__ = ["find_email_addresses"]

# The local part may only start where the previous character cannot belong to it, so a long
# run without "@" is scanned once, not once per position.  It may be in any script
# ("山田@gmail.com", "王明@outlook.com"): mail providers accept internationalised addresses.
# A quoted local part (RFC 5322: '"support team"@shop.com') is an address too.
_EMAIL: Final = re.compile(
    r"(?:\"[^\"\n]{1,62}\"|(?<![\w.%+-])[\w.%+-]{1,64})"
    r"@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8}"
)
_TLD: Final = re.compile(r"[a-z]{2,63}")

RULE = "email-address"
_MESSAGE = (
    "E-mail addresses are not allowed in messages to buyers; the buyer can answer through "
    "Amazon's messaging."
)
_SUGGESTION = "Remove the address; ask the buyer to reply to this message on Amazon."


# "My gmail is sunnyhome2024", "name at gmail": an address named by its provider, with the
# domain left for the reader to complete.
_NAMED_PROVIDERS: Final = (
    r"gmail|googlemail|hotmail|yahoo|outlook|gmx|icloud|protonmail|proton|pm\.me|aol|libero|"
    r"t-online|web\.de|wanadoo|laposte|virgilio|tiscali|interia|wp\.pl|ziggo|telia|yandex|"
    r"mail\.ru|zoho|posteo|tutanota|tuta|fastmail|seznam|onet|bredband|kpnmail|freenet|"
    r"btinternet|yopmail|msn|sfr|telefonica"
)
# Providers that are everyday words ("at Orange Street"): an address only with a real "@"
# or an at-word nobody uses for places ("arobase", "arroba").
_WORD_PROVIDERS: Final = r"orange|free|alice|live|terra"
_PROVIDERS: Final = f"{_NAMED_PROVIDERS}|{_WORD_PROVIDERS}"
_WORD_PROVIDER: Final = re.compile(rf"@(?:{_WORD_PROVIDERS})$")
_REAL_AT: Final = re.compile(r"@|＠|arobase|arroba|chiocciola|klammeraffe|アット", re.IGNORECASE)
_OWNER: Final = (
    r"my|our|mein\w*|unser\w*|ma|mon|notre|mi|nuestro|mio|nostro|mijn|onze|moj\w*|nasz\w*|"
    r"min|mitt|var|vart|benim|bizim"
)
_OWNED_HANDLE: Final = re.compile(
    rf"(?<![a-z0-9])(?:{_OWNER}) (?:{_PROVIDERS})(?: (?:address|account|id|handle|adresse|adres|"
    r"konto|indirizzo|direccion|adresim|adresimiz))? ?(?:is|ist|est|es|lautet|ar|jest|:|=|->|"
    r"adresim|adresimiz|dir)[ :]{1,3}[a-z0-9][a-z0-9._-]{2,63}"
)
_AT_PROVIDER: Final = re.compile(rf"@(?:{_PROVIDERS})(?![a-z0-9-]|\.[a-z0-9])")
_LOCAL_PART: Final = re.compile(r"[a-z0-9._%+-]{1,64}$")
# a fast first scan: providers that are not everyday words (only whether one is there is
# asked, so they are filed by first letter: half the time of their alternation)
_ANY_PROVIDER: Final = re.compile(by_first_letter(_NAMED_PROVIDERS.split("|")))


def _provider_handles(view_text: str) -> Iterator[tuple[int, int]]:
    if _ANY_PROVIDER.search(view_text) is not None:
        for m in _OWNED_HANDLE.finditer(view_text):
            yield m.span()
    if "@" in view_text:
        for m in _AT_PROVIDER.finditer(view_text):
            local = _LOCAL_PART.search(view_text, max(0, m.start() - 64), m.start())
            if local is not None and (
                local.start() == 0 or not view_text[local.start() - 1].isalnum()
            ):
                yield local.start(), m.end()


# "linda.oakmoor / then the gmail one", "kasia.lesna / na wp / kropka pl": a local part on
# its own, the provider named a few words later and the ending spelled or left to the
# reader.  The provider is a whole word (inflected: "gmail'de", "gmaila"); the local part is
# a dotted or underscored name ("jonas.feld", "rosa_bright"), or a lone word on its own line
# right after a mail word ("Her address is / lindaoakmoor / then the gmail one").
# Found by the lexicon scan every check makes anyway (a word lookup), not by a scan of its own.
SPLIT_PROVIDER: Final = Lexicon(
    "mail provider",
    {  # the providers' names are the same in every language
        lang: [rf"(?:{_NAMED_PROVIDERS}|wp|o2|onet)(?:'?[a-z]{{0,3}})(?![a-z0-9])"]
        for lang in LANGUAGES
    },
)
# An underscore joins a handle as a dot does ("brightlamps_support, it is a gmail account").
_LOCAL_TOKEN: Final = re.compile(r"(?<![a-z0-9._%+-])[a-z0-9][a-z0-9_.%+-]{2,63}(?![a-z0-9_%+-])")
_NAME_PARTS: Final = re.compile(r"[._]")
# what a dotted name before a provider may be instead: a file, a version
_FILE_ENDINGS: Final = frozenset(
    [
        "pdf",
        "jpg",
        "jpeg",
        "png",
        "gif",
        "heic",
        "webp",
        "doc",
        "docx",
        "xls",
        "xlsx",
        "csv",
        "txt",
        "zip",
        "rar",
        "mp4",
        "mov",
        "avi",
        "odt",
        "rtf",
    ]
)
_LONE_AFTER_MAIL: Final = re.compile(
    r"(?:e-?mail|mail|courriel|correo|adresse|address|adress|adres|adresim|indirizzo|e-?post|"
    r"mejl|メール|メールアドレス)[^\n]{0,30}\n[ \t]*$"
)
_SPLIT_WINDOW: Final = 60


def _dotted_name(token: str) -> bool:
    """A name in parts ("anna.kowalska", "lamp_help"); after a dot, the last part must be no
    domain ending or file type ("shop.help" is a domain, "notes.pdf" a file); after an
    underscore it may be anything ("brightlamps_support")."""
    token = token.rstrip(".")
    parts = _NAME_PARTS.split(token)
    underscored = token.rfind("_") > token.rfind(".")
    return (
        len(parts) >= 2
        and len(parts[0]) >= 2
        and len(parts[-1]) >= 2
        and any(c.isalpha() for c in parts[-1])
        and (underscored or (parts[-1] not in TLDS and parts[-1] not in _FILE_ENDINGS))
    )


def _split_addresses(doc: Document) -> Iterator[tuple[int, int]]:
    text = doc.words.text
    searched = 0  # each stretch of text is searched for a local part once
    for provider_start, provider_end in SPLIT_PROVIDER.spans(doc):
        if provider_start and text[provider_start - 1] in ".@":
            continue  # "name@gmail", "mail.gmail.com": other rules' business
        window = max(searched, provider_start - _SPLIT_WINDOW)
        searched = provider_start
        for token in _LOCAL_TOKEN.finditer(text, window, provider_start):
            name = token.group()
            line_end = text.find("\n", token.end(), provider_start)
            alone = (
                (token.start() == 0 or text[token.start() - 1] == "\n")
                and line_end == token.end()
                and _LONE_AFTER_MAIL.search(text, max(0, token.start() - 60), token.start())
            )
            if _dotted_name(name) or (alone and name.isalnum() and name.isascii()):
                yield token.start(), provider_end
                break


# The at-sign named in words, in any language: "billing, then the at sign, then shop-name,
# dot com", "compta, arobase, fournitures-x, point fr".  With commas or "then" between the
# parts no domain is joined up, but the at-sign's name and a spelled ending a few words later
# are an address dictated: nobody names the at-sign for anything else.
SPELLED_AT: Final = Lexicon(
    "spelled at",
    {
        lang: [
            r"at[- ](?:sign|symbol|mark)|at-zeichen|klammeraffe|arr?obase|arroba|chiocciola|"
            r"apenstaartje|at-teken|małp(?:a|ka|ę|kę)|snabel-a|[ae]t işareti|アットマーク"
        ]
        for lang in LANGUAGES
    },
)
_SPELLED_ENDING: Final = re.compile(
    r"[^\n]{0,80}?(?<![a-z])(?:dot|punkt|point|punto|punt|kropka|nokta|トット)[ \t,]{1,3}"
    r"([a-z]{2,6})(?![a-z])"
    # the ending ends the address: a mark, the line's end, another spelled dot, a word of
    # another script, or "address" ("kropka na metce" is a dot on the label)
    r"(?=[ \t]*(?:[.,;:!?)\n]|$|[^\x00-\x7f]|(?:dot|punkt|point|punto|punt|kropka|nokta|"
    r"adres|address|adress|indirizzo|direcci)))"
)


# An address with no dot at all (round 33b): "info arobase nordvik maison", "hello at
# sunnyhome shop, that's with no dots".  A name before the at-sign's name and one or two
# after it.  The English "at" (and the German "ät") is an everyday word, so it needs a word
# of mail or writing just before it and a name after it that is no article or place word.
_NAME_BEFORE: Final = re.compile(r"(?<![\w.%+-])([a-z0-9][\w.%+-]{0,40})[ \t,:]{1,3}$")
_NAME_AFTER: Final = re.compile(
    r"[ \t,:]{1,3}([a-z][a-z0-9_-]{1,40})(?:[ \t]{1,2}([a-z][a-z0-9_-]{1,30}))?"
)
_PLAIN_AT: Final = re.compile(
    r"(?<![\w.%+-])([a-z0-9][\w.%+-]{1,40}) (?:at|ät) ([a-z][a-z0-9_-]{1,40})"
    r" ([a-z][a-z0-9_-]{1,30})"
)
_MAIL_CUE: Final = re.compile(
    r"(?<![a-z])(?:e-?mail|mail|inbox|mailbox|write|writing|wrote|address|adresse|adres|"
    r"contact|kontakt|reach|postfach|schreib|mejla|skriv|escrib|scriv|ecriv|pisa|napis|yaz)"
)
_NOT_A_DOMAIN: Final = frozenset(
    ("the", "a", "an", "our", "your", "my", "his", "her", "their", "its", "this", "that",
     "these", "those", "any", "all", "no", "home", "work", "least", "last", "once", "night",
     "noon", "midnight", "first", "some", "most", "what", "which", "one", "times", "time",
     "checkout", "amazon", "der", "die", "das", "dem", "den", "und", "und", "of", "in", "on")
)  # fmt: skip


def _dotless_addresses(doc: Document) -> Iterator[tuple[int, int]]:
    text = doc.words.text
    for i, j in SPELLED_AT.spans(doc):
        before = _NAME_BEFORE.search(text, max(0, i - 44), i)
        after = _NAME_AFTER.match(text, j)
        if (
            before is not None
            and after is not None
            and before.group(1) not in _NOT_A_NAME
            and after.group(1) not in _NOT_A_DOMAIN
            # ("pluszowa małpa jest w paczce": the Polish at-sign is a monkey too)
            and (
                not text.startswith("ma", i)
                or _MAIL_CUE.search(text, max(0, i - 60), i) is not None
            )
        ):
            yield before.start(1), after.end()
            return
    if " at " not in text and " ät " not in text:
        return
    for m in _PLAIN_AT.finditer(text):
        if m.group(1) in _NOT_A_NAME or m.group(2) in _NOT_A_DOMAIN:
            continue
        # "contact the maker's support at Brightline Appliances": a capitalised name after
        # "at" is a company, unless an ending follows it as in an address read out ("hello
        # at SunnyHome shop")
        first = doc.words.span(m.start(2), m.end(2))[0]
        if doc.text[first : first + 1].isupper() and m.group(3) not in SPELLED_TLDS:
            continue
        if _MAIL_CUE.search(text, max(0, m.start() - 40), m.start()):
            yield m.span()
            return


# "info@ and then our shop name joined up, .nl after it": a local part with its "@" and no
# domain, the ending given a few words later as ".nl" or "dot nl".
_DANGLING_AT: Final = re.compile(r"(?<![\w.%+-])[a-z0-9][\w.%+-]{0,63}@(?=[ \t,:;]|$)")
_LATER_ENDING: Final = re.compile(
    r"[^\n]{0,80}?(?:(?<![a-z0-9])\.|(?<![a-z])(?:dot|punt|punkt|point|punto|kropka|nokta) )"
    r"([a-z]{2,6}(?:\.[a-z]{2,3})?)(?![a-z0-9])"
)

# the domain pointed at instead of written: "the domain on the packing slip", "die Domain
# unserer Website", "le nom de domaine de la boutique", "ドメイン"
_DOMAIN_LATER: Final = re.compile(
    r"[^\n.!?]{0,40}?(?<![a-z])(?:domain|domein|domaine|dominio|domena|domän|domani|alan ad|"
    r"ドメイン)\w*"
)

_AT_PROVIDER_REACH: Final = 30


def _dictated_addresses(doc: Document) -> Iterator[tuple[int, int]]:
    text = doc.words.text
    for i, j in SPELLED_AT.spans(doc):
        ending = _SPELLED_ENDING.match(text, j)
        if ending is not None and ending.group(1) in TLDS:
            yield i, ending.end()
            continue
        # "kaerudou, then the at sign, then Gmail": a mail provider named right after the
        # at-sign's name needs no ".com" to be an address
        provider = _ANY_PROVIDER.search(text, j, j + _AT_PROVIDER_REACH)
        if provider is not None:
            yield i, provider.end()
    if "@" in text:
        for m in _DANGLING_AT.finditer(text):
            later = _LATER_ENDING.match(text, m.end())
            if later is not None and later.group(1).rsplit(".", 1)[-1] in TLDS:
                yield m.start(), later.end()
                continue
            # "info@ and then the domain printed on the packing slip / of our website"
            domain = _DOMAIN_LATER.match(text, m.end())
            if domain is not None:
                yield m.start(), domain.end()


# "sunnyhome (a) gmail (d) com", "name[a]mail[d]de": the at-sign and the dot as single
# bracketed letters.  "(a)" alone is a list marker ("choose (a) or (b)"), so both marks and
# a real top-level domain after the "(d)" are needed.
_LETTER_MARKS: Final = re.compile(
    r"(?<![\w.%+-])([a-z0-9][\w.%+-]{0,63})[ \t]{0,3}[\[\(\{<]a[\]\)\}>][ \t]{0,3}"
    r"(?!(?:to|and|or|till|until|bis|und|oder|et|ou|y|o|e|i|en|tot|of|do|ve|ile)[ \t(\[{<])"
    r"[a-z0-9-]{1,63}[ \t]{0,3}[\[\(\{<]d[\]\)\}>][ \t]{0,3}([a-z]{2,6})(?![a-z0-9])"
)
# "moc.liamg@emohynnus (read it backwards)": an address written back to front.
_REVERSED: Final = re.compile(
    r"(?<![\w.%+-])([a-z]{2,6})(?:\.[a-z0-9-]{1,63}){1,4}@[\w.%+-]{1,64}(?![\w@])"
)
# "write to sunnyhome on gmail", "our address is sunnyhome, at the Google mail service",
# "write to sunnyhome (the usual Google mail service)": a bare name after a word of writing
# or an address, the provider named or described right after it.  The name must not be a
# pronoun or a stop word ("write to us on Gmail" names no address).
_DESCRIBED_PROVIDER: Final = (
    rf"(?:{_NAMED_PROVIDERS})(?:'[a-z]{{0,3}}|u|em|a|e|ie|s)?(?![a-z0-9])|"
    r"(?:google|microsoft|apple|yahoo)(?:'s)?[- ](?:mail|e-?mail|mailbox|messagerie|correo|"
    r"posta|maildienst)(?![a-z])|"
    r"(?:service|messagerie|correo|posta|mail|maildienst) (?:de|di|von|of) (?:google|"
    r"microsoft|apple|yahoo)(?![a-z])"
)
_NAME_THEN_PROVIDER: Final = re.compile(
    r"(?:write|writing|wrote|mail|e-?mail|note|message|reach|contact|address|adresse|"
    r"adresa|schreiben sie|schreibt|ecrivez|escriba|scriva|schrijf|napisz|skriv|yaz)\w*"
    r"(?: (?:us|to|at|an|a|uns|nous|nos|ci|ons|naar|do|till|for (?:\w+ ){0,2}?(?:is|:)|is|:|"
    r"lautet|est|es|e|ist)){0,3}[ :]{1,3}"
    r"([a-z0-9][a-z0-9._-]{2,40})[ \t]{0,2}[,(]?[ \t]{0,2}"
    r"(?:(?:on|at|with|via|through|in|auf|bei|chez|sur|en|su|op|na|pa|hos|the|le|la|el|il|"
    r"usual|normal|good old|beim|dem|den|der)[ \t]{1,2}){0,3}"
    rf"(?:{_DESCRIBED_PROVIDER})"
)
# Turkish names the provider first: "gmail'de sunnyhome adresine yazın".
_PROVIDER_THEN_NAME: Final = re.compile(
    rf"(?<![a-z0-9])(?:{_NAMED_PROVIDERS})'?[a-z]{{0,3}} ([a-z0-9][a-z0-9._-]{{2,40}}) "
    r"(?:adres\w*|hesab\w*)"
)
MAIL_MAKER: Final = Lexicon(
    "mail maker", {lang: [r"google|microsoft|apple|yahoo"] for lang in LANGUAGES}
)
_NAME_WINDOW: Final = 90  # the word of writing and the name, before the provider
_PROVIDER_WINDOW: Final = 60  # the provider described ("the Google mail service")
_NOT_A_NAME: Final = frozenset(
    ("us", "me", "you", "him", "her", "them", "it", "the", "our", "your", "a", "an", "this",
     "that", "here", "there", "again", "back", "soon", "today", "uns", "nous", "vous", "nos",
     "ci", "ons", "oss", "nam", "bize")
)  # fmt: skip


# Japanese: "ローマ字で shop-hanaya、その後ろにGメールのドメイン": a Latin name, then a mail
# provider's domain or address named a few characters later (folded like the text).
_DOMAIN_WORD: Final = fold_literal("ドメイン")
_JA_NAME_THEN_DOMAIN: Final = re.compile(
    r"([a-z0-9][a-z0-9._-]{2,40})[^a-z0-9\n。]{0,24}?(?:"
    + fold_literal("Gメール|ジーメール|ヤフー|グーグル")
    + r"|gmail|yahoo|outlook|hotmail|icloud)"
    + fold_literal("(?:の)?(?:メール)?の(?:ドメイン|アドレス)")
)


def _disguised_addresses(doc: Document) -> Iterator[tuple[int, int]]:
    text = doc.words.text
    if "(a)" in text or "[a]" in text or "{a}" in text or "<a>" in text:
        for m in _LETTER_MARKS.finditer(text):
            if m.group(2) in TLDS and m.group(1) not in _NOT_A_NAME:
                yield m.span()
    if "@" in text:
        for m in _REVERSED.finditer(text):
            # ("se.anicoc-sajac@sarutcaf": "se" is a domain ending both ways, but nothing
            # after the "@" is a domain, so it reads only backwards; round 25b)
            forward = "." in m.group().rsplit("@", 1)[1].strip(".")
            if m.group(1)[::-1] in TLDS and (m.group(1) not in TLDS or not forward):
                yield m.span()
    # only around a provider or its maker named (most replies name none): the name and the
    # word of writing are looked for in a short window before it
    # (both found by the lexicon scan every check makes anyway)
    places = [i for i, _ in SPLIT_PROVIDER.spans(doc)] + [i for i, _ in MAIL_MAKER.spans(doc)]
    searched = 0
    for place in sorted(places):
        lo = max(searched, place - _NAME_WINDOW)
        for m in _NAME_THEN_PROVIDER.finditer(text, lo, place + _PROVIDER_WINDOW):
            if m.group(1) not in _NOT_A_NAME:
                yield m.start(1), m.end()
        first = _PROVIDER_THEN_NAME.match(text, place, place + _PROVIDER_WINDOW)
        if first is not None and first.group(1) not in _NOT_A_NAME:
            yield first.span()
        searched = max(searched, place)
    if _DOMAIN_WORD in text:
        for m in _JA_NAME_THEN_DOMAIN.finditer(text):
            yield m.span()


def find_email_addresses(doc: Document) -> Iterator[Finding]:
    view = doc.addresses
    for i, j in _disguised_addresses(doc):
        yield doc.finding(doc.words, i, j, RULE, Severity.BLOCK, _MESSAGE, _SUGGESTION)
        break
    for i, j in _dictated_addresses(doc):
        yield doc.finding(doc.words, i, j, RULE, Severity.BLOCK, _MESSAGE, _SUGGESTION)
        break
    for i, j in _dotless_addresses(doc):
        yield doc.finding(doc.words, i, j, RULE, Severity.BLOCK, _MESSAGE, _SUGGESTION)
        break
    for i, j in _split_addresses(doc):
        yield doc.finding(doc.words, i, j, RULE, Severity.BLOCK, _MESSAGE, _SUGGESTION)
    for i, j in _provider_handles(view.text):
        start, end = view.span(i, j)
        if _WORD_PROVIDER.search(view.text[i:j]) and not _REAL_AT.search(doc.text, start, end):
            continue
        yield doc.finding(view, i, j, RULE, Severity.BLOCK, _MESSAGE, _SUGGESTION)
    if "@" not in view.text:
        return
    for m in _EMAIL.finditer(view.text):
        tld = m.group().rsplit(".", 1)[-1]
        if _TLD.fullmatch(tld) and m.group()[0] not in ".-":
            yield doc.finding(view, m.start(), m.end(), RULE, Severity.BLOCK, _MESSAGE, _SUGGESTION)
