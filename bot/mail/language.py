"""Which language a buyer wrote in: en, de, fr, es, it, nl, pl, sv, tr or ja.

Why a stopword count and not a language-identification library: the answer only picks the
template language among the handful of marketplace languages we have templates for, the
texts are short but full sentences (where function words dominate), and the caller always
has a fallback (the marketplace's language).  Counting the most frequent function words of
each language gets those cases right, needs no model files and is easy to reason about when
it is wrong.  Japanese is told apart by its script alone.  What it misses: one-word or
telegraphic messages ("tracking?"), mixed-language texts (it reports the majority), and
languages outside the list (it says ``None`` and the caller falls back).
"""

from __future__ import annotations

import re
from collections.abc import Collection

__all__ = ["LANGUAGES", "detect_language"]

LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pl", "sv", "tr", "ja")


# Frequent function words; words shared by two languages ("a", "in", "la") are left out
# where they would blur the count.
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_STOPWORDS: dict[str, frozenset[str]] = {
    "en": _words(
        """the and is it my i you to of have has not was will when where what this that
        for with be are your please thanks thank can could would order yet still did
        does do been an there hi hello received arrived"""
    ),
    "de": _words(
        """der die das und ist ich nicht mein meine meinen wann wo noch ein eine einen es
        sie zu mit auf für ist hat habe haben wurde bitte danke ihnen ihr wie kann
        bestellung paket schon sehr geehrte hallo wird bis"""
    ),
    "fr": _words(
        """le les et est je ne pas mon ma mes vous une des du au pour avec sur quand où
        commande colis merci bonjour cordialement reçu été toujours encore qui que
        votre mais il elle ce cette"""
    ),
    "es": _words(
        """el los las y es mi mis yo no ha he una por para con cuando dónde donde pedido
        gracias hola todavía aún recibido llegado que está esta usted su pero muy
        del al saludos"""
    ),
    "it": _words(
        """il lo gli e è mio mia miei non ho ha una per con quando dove ordine pacco grazie
        buongiorno salve ancora ricevuto arrivato che sono del della alla mi ci
        cordiali saluti"""
    ),
    # Dutch shares "de", "en", "is", "die", "kan" and "er" with its neighbours: left out.
    "nl": _words(
        """het een ik niet mijn nog geen wanneer waar wat bestelling pakket pakketje
        bedankt dank alvast graag jullie kunt heb heeft hebben wil wordt werd maar
        ook dit deze naar bij uit op voor met goedendag groet vriendelijke ontvangen
        geleverd bezorgd binnen gekregen zou moet niks niets"""
    ),
    "pl": _words(
        """nie się jest mój moja moje moją mojej mam zamówienie zamówienia zamówieniu
        paczka paczki paczkę przesyłka przesyłki kiedy gdzie dzień dobry dziękuję dzięki
        proszę czy jeszcze już że ale jak ta w z na od dla przez nadal wciąż
        otrzymałem otrzymałam dostałem dostałam pozdrawiam witam można"""
    ),
    # Swedish shares "en", "den", "kan", "om" and "men" with Dutch or Danish: left out.
    "sv": _words(
        """och jag inte min mitt mina är har att det som på för med till av när var vad
        hej tack beställning beställningen paket paketet fått ännu fortfarande ni er
        ert hur ett vill skulle hälsningar vänliga fick kommit ingen inget"""
    ),
    # Turkish is written with and without its letters (ş, ğ, ı): both spellings count.
    "tr": _words(
        """bir ve bu zaman nerede nerde siparişim siparisim sipariş siparis siparişimi
        kargo kargom kargoya hala hâlâ henüz henuz gelmedi teşekkürler tesekkurler
        teşekkür tesekkur ederim merhaba lütfen lutfen için icin ile mı mu mü ama çok
        cok yok ben benim değil degil olarak istiyorum iyi günler gunler selam acaba
        ürün urun"""
    ),
}

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)
_KANA = re.compile(r"[\u3040-\u30ff]")  # hiragana and katakana: only Japanese uses them
_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uff66-\uff9f]")


def detect_language(text: str, *, min_hits: int = 2, prefer: Collection[str] = ()) -> str | None:
    """The language code of ``text``, or None when the evidence is too thin to say.

    ``prefer`` names the marketplace's languages: one of them that the text uses wins a
    count it loses by a single word.  "Het pakket is kapot, de doos is nat" counts two
    English words ("is") against one Dutch ("het"); on amazon.nl it is Dutch.
    """
    sample = text[:5000]
    if _KANA.search(sample) and len(_CJK.findall(sample)) >= 2:
        return "ja"
    # "İ".lower() is "i" plus a combining dot: dropped, so Turkish capitals match.
    words = [w.lower().replace("\u0307", "") for w in _WORD.findall(sample)]
    words = [w.split("'")[-1] if "'" in w else w for w in words]
    scores = {lang: sum(1 for w in words if w in stop) for lang, stop in _STOPWORDS.items()}
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    near = [lang for lang in prefer if scores.get(lang, 0) >= max(1, top - 1)]
    if near:
        return best if best in near else near[0]
    if top < min_hits or top == second:
        return None
    return best
