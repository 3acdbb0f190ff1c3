"""Rule ``off-amazon``: moving the buyer off Amazon (own shop or website, other
marketplaces, social media and messengers, "contact us directly", "order from us next
time", payment outside Amazon)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from compliance.document import Document
from compliance.model import Finding, Severity
from compliance.rules.lexicon import Lexicon, negated

__all__ = ["find_off_amazon"]

# Channels that are never Amazon, whatever the language.
_CHANNELS = (
    r"whatsapp|telegram|signal messenger|wechat|facebook|instagram|insta|tiktok|pinterest|youtube|"
    r"linkedin|snapchat|ebay|etsy|aliexpress|temu|shein|walmart|shopify|otto\.de|cdiscount|"
    r"zalando|kaufland|rakuten|allegro|paypal|venmo|zelle|western union|"
    r"bank transfer|wire transfer|überweisung|virement bancaire|transferencia bancaria|bonifico"
)
_NOT_AMAZON = r"(?! (?:on|at|in|auf|bei|de|en|sur|su|di) amazon)"

OFF_AMAZON: Final = Lexicon(
    "off amazon",
    {
        "en": [
            _CHANNELS,
            rf"(?:our|my) (?:own )?(?:web ?shop|online (?:shop|store)|website|web site|homepage|e-?shop|shopify store|site){_NOT_AMAZON}",  # noqa: E501
            r"(?:buy|order|purchase|shop) (?:directly )?(?:from|with|through) us directly|(?:buy|order|purchase|shop) directly (?:from|with|through|at|on|via|in)(?! amazon)|directly from us",  # noqa: E501
            r"contact (?:us|me) directly|(?:reach|get in touch with) (?:us|me) directly",
            r"(?:e-?mail|write to|message|text|call|ring) (?:us|me) (?:directly|at|on)|e-?mail (?:us|me)",  # noqa: E501
            r"(?:outside|off) (?:of )?amazon|without amazon",
            r"next time ~ (?:from us|directly|our (?:website|shop|store))",
        ],
        "de": [
            _CHANNELS,
            rf"unser(?:em|en|e|er)? (?:eigene[nm]? )?(?:online-?shop|webshop|shop|website|webseite|homepage|internetseite|internetshop){_NOT_AMAZON}",  # noqa: E501
            r"direkt (?:bei|über|von) uns",
            r"kontaktieren sie uns (?:direkt|per)|schreiben sie uns (?:direkt|eine e-?mail|per)|uns per e-?mail|senden sie uns eine e-?mail|rufen sie uns an",  # noqa: E501
            r"außerhalb von amazon|nicht über amazon|ohne amazon",
            r"beim nächsten mal ~ (?:bei uns|direkt)",
        ],
        "fr": [
            _CHANNELS,
            rf"(?:notre|nos) (?:propre )?(?:boutique(?: en ligne)?|site web|site internet|e-?shop|magasin en ligne){_NOT_AMAZON}|sur notre site",  # noqa: E501
            r"directement (?:auprès de nous|chez nous|sur notre site)",
            r"contactez-nous (?:directement|par (?:e-?mail|mail|téléphone|whatsapp))|écrivez-nous (?:directement|à|par)|appelez-nous",  # noqa: E501
            r"en dehors d'amazon|hors d'amazon|sans passer par amazon",
            r"la prochaine fois ~ (?:chez nous|directement|sur notre site)",
            r"commandez ~ directement",
        ],
        "es": [
            _CHANNELS,
            rf"nuestra (?:propia )?(?:tienda(?: online| en línea| web)?|página web|web){_NOT_AMAZON}|nuestro (?:propio )?(?:sitio web|sitio|e-?commerce){_NOT_AMAZON}",  # noqa: E501
            r"directamente (?:con nosotros|a nosotros|en nuestra)",
            r"contáctenos directamente|contáctanos directamente|escríbanos (?:directamente|a|por)|escríbenos (?:directamente|a|por)|llámenos|llámanos",  # noqa: E501
            r"fuera de amazon|sin pasar por amazon",
            r"la próxima vez ~ (?:directamente|con nosotros|en nuestra)",
            r"compre directamente|cómprenos directamente",
        ],
        "it": [
            _CHANNELS,
            rf"(?:il|nel) nostro (?:sito(?: web| internet)?|negozio(?: online)?|e-?shop|shop online){_NOT_AMAZON}",  # noqa: E501
            r"direttamente (?:da noi|con noi|sul nostro)",
            r"contattateci direttamente|contattaci direttamente|ci contatti direttamente|ci scriva (?:direttamente|a|via)|scriveteci|chiamateci|ci chiami",  # noqa: E501
            r"al di fuori di amazon|fuori da amazon|senza passare da amazon",
            r"la prossima volta ~ (?:da noi|direttamente|sul nostro)",
            r"acquist\w* direttamente",
        ],
        "ja": [
            _CHANNELS,
            r"当店(?:の)?(?:ホームページ|ウェブサイト|サイト|公式サイト|ネットショップ)|公式サイト|直接(?:ご連絡|ご注文|お問い合わせ|購入)|アマゾン以外|amazon以外|LINEで",
        ],
    },
)

RULE = "off-amazon"
_MESSAGE = (
    "Moving the buyer off Amazon is not allowed: no own shop or website, other marketplaces, "
    "social media or messengers, and no 'contact us directly'; all contact stays in Amazon's "
    "messaging."
)
_SUGGESTION = "Remove it; the buyer can reply to this message on Amazon."
_HANDLE_MESSAGE = (
    "Social-media handles move the buyer off Amazon and are not allowed; all contact stays "
    "in Amazon's messaging."
)


# "@sunnyhome": a social-media handle (an e-mail address has a domain after the "@").
_HANDLE: Final = re.compile(r"@(?<![a-z0-9._%+-]@)[a-z0-9_]{3,30}(?![a-z0-9_@-]|\.[a-z0-9])")


def find_off_amazon(doc: Document) -> Iterator[Finding]:
    view = doc.words
    if "@" in view.text:
        for m in _HANDLE.finditer(view.text):
            yield doc.finding(
                view, m.start(), m.end(), RULE, Severity.BLOCK, _HANDLE_MESSAGE, _SUGGESTION
            )
    for i, j in OFF_AMAZON.spans(doc):
        if negated(view.text, i):
            continue
        yield doc.finding(view, i, j, RULE, Severity.BLOCK, _MESSAGE, _SUGGESTION)
