"""A "> " line of a reply: the buyer's words quoted back, or the seller's own in disguise.

Mail clients quote the message answered with "> ", and agents answer point by point under
such lines; what stands there is the buyer's (round 31), so the rules that read offers and
asks let it be.  Adversary 21 then wrote its own review ask, gift card and shop link as "> "
lines in the middle of its reply.  The buyer quoted asks ("can I pay by transfer?") or speaks
of themselves; the seller speaks of "our" shop, "us", and of "your" review.  A quoted line
in that voice, with no question in it, is read as the seller's (review.buyer_quoted,
review's own quoted lines, off_amazon's quoted sentences).
"""

from __future__ import annotations

import re
from typing import Final

from compliance.normalise import fold_literal

__all__ = ["seller_voice"]

# an ask or a reward for a review in the seller's voice ("leave us", "your review", "is yours")
_SELLER_VOICE: Final = re.compile(
    fold_literal(
        r"\b(?:leave us|rate us|review us|give us (?:a |5 |five |full )|your (?:[\w-]+[- ]star )?"
        r"(?:review|rating|feedback)|is yours|hinterlassen sie uns|bewerten sie uns|geben sie uns|"
        r"ihre (?:[\w-]+ )?(?:bewertung|rezension)|gehört ihnen|laissez-nous|notez-nous|votre "
        r"(?:avis|évaluation|note)|est à vous|déjenos|déjanos|valórenos|su (?:reseña|valoración|"
        r"opinión)|es suy[oa]|ci lasci|ci dia|la sua (?:recensione|valutazione)|è su[oa]|"
        r"laat ons|geef ons|uw (?:review|recensie|beoordeling)|is van u|zostaw nam|wystaw nam|"
        r"oceń nas|pan[ia] (?:opini|recenzj)\w*|lämna oss|ge oss|betygsätt oss|din recension|"
        r"ditt (?:betyg|omdöme)|bize (?:[\w-]+ )?(?:yorum|puan|değerlendirme|yıldız)\w*|yorumunuz|"
        r"değerlendirmeniz|puanınız|sizindir)\b|(?:レビュー|評価)を?(?:お願い|いただ|ください)|"
        r"お客様の(?:レビュー|評価)"
    )
)
# the seller's own shop, site or line: object and possessive forms of "we" only, since a
# buyer's quote says "we" of their household ("we need it by Friday"); Italian "ci" is left
# out ("ci sono"), French "nos" also reads a Spanish buyer's "no nos llegó", which costs
# nothing unless that line holds an offer or a channel
_SELLER_OURS: Final = re.compile(
    fold_literal(
        r"\b(?:us|our|ours|uns|unser\w*|notre|nos|nuestr\w*|nostr\w*|ons|onze|nas|nam|nasz\w*|"
        r"oss|vår|vårt|våra|bize|bizim|bizden|sitemiz\w*|mağazamız\w*|numaramız\w*|"
        r"hesabımız\w*)\b|当店|弊社"
    )
)


def seller_voice(line: str) -> bool:
    """True when a quoted ``line`` (folded, as Document.words) reads as the seller's own: an
    ask or a reward for a review, or the seller's shop, site or line, with no question."""
    if "?" in line or "？" in line:
        return False
    return _SELLER_VOICE.search(line) is not None or _SELLER_OURS.search(line) is not None
