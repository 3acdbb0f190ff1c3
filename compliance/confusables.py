# ruff: noqa: E501  (a generated table, six entries a line)
"""Letters of other scripts that pass for a Latin letter (generated, do not edit by hand).

Source: the Unicode Consortium's confusables data (UTS #39, "Unicode Security Mechanisms",
confusables.txt), as shipped in the ``confusable-homoglyphs`` 3.3.1 package's
``confusables.json`` (MIT licence; the Unicode data itself is under the Unicode License v3,
https://www.unicode.org/license.txt).  Kept: every letter, outside ASCII, that the data lists
as confusable with one ASCII letter, keyed the way :func:`compliance.normalise.fold` sees it
(compatibility-decomposed, marks dropped, case folded), mapped to the lower-case letter.
Added by hand: U+027E LATIN SMALL LETTER R WITH FISHHOOK ("ɾ" -> "r"), which the data lists
with a mark.  The hand-kept table in ``normalise`` wins where the two differ.
"""

from __future__ import annotations

from typing import Final

__all__ = ["LATIN_CONFUSABLES"]

LATIN_CONFUSABLES: Final[dict[str, str]] = {
    "\u0131": "i", "\u0185": "b", "\u018d": "g", "\u01bd": "s", "\u01c0": "l", "\u0251": "a",
    "\u0261": "g", "\u0263": "y", "\u0269": "i", "\u026a": "i", "\u026f": "w", "\u027e": "r",
    "\u0280": "r", "\u028b": "u", "\u028f": "y", "\u029d": "j", "\u03b1": "a", "\u03b2": "b",
    "\u03b3": "y", "\u03b5": "e", "\u03b6": "z", "\u03b7": "h", "\u03b9": "i", "\u03ba": "k",
    "\u03bc": "m", "\u03bd": "n", "\u03bf": "o", "\u03c1": "p", "\u03c3": "c", "\u03c4": "t",
    "\u03c5": "u", "\u03c7": "x", "\u03dd": "f", "\u03f3": "j", "\u03fb": "m", "\u0430": "a",
    "\u0432": "b", "\u0433": "r", "\u0435": "e", "\u043a": "k", "\u043c": "m", "\u043d": "h",
    "\u043e": "o", "\u0440": "p", "\u0441": "c", "\u0442": "t", "\u0443": "y", "\u0445": "x",
    "\u044c": "b", "\u0455": "s", "\u0456": "i", "\u0458": "j", "\u0461": "w", "\u0475": "v",
    "\u04af": "y", "\u04bb": "h", "\u04bd": "e", "\u04cf": "i", "\u0501": "d", "\u050d": "g",
    "\u051b": "q", "\u051d": "w", "\u0561": "w", "\u0563": "q", "\u0566": "q", "\u0570": "h",
    "\u0578": "n", "\u057c": "n", "\u057d": "u", "\u057f": "s", "\u0581": "g", "\u0584": "f",
    "\u0585": "o", "\u0b20": "o", "\u0d20": "o", "\u101d": "o", "\u10e7": "y", "\u10ff": "o",
    "\u1200": "u", "\u12d0": "o", "\u13a0": "d", "\u13a1": "r", "\u13a2": "t", "\u13a5": "i",
    "\u13a9": "y", "\u13aa": "a", "\u13ab": "j", "\u13ac": "e", "\u13b1": "r", "\u13b3": "w",
    "\u13b7": "m", "\u13bb": "h", "\u13bd": "y", "\u13c0": "g", "\u13c2": "h", "\u13c3": "z",
    "\u13cf": "b", "\u13d2": "r", "\u13d4": "w", "\u13d5": "s", "\u13d9": "v", "\u13da": "s",
    "\u13de": "l", "\u13df": "c", "\u13e2": "p", "\u13e6": "k", "\u13e7": "d", "\u13f3": "g",
    "\u13f4": "b", "\u142f": "v", "\u144c": "u", "\u146d": "p", "\u146f": "d", "\u1472": "b",
    "\u148d": "j", "\u14aa": "l", "\u1541": "x", "\u157c": "h", "\u157d": "x", "\u1587": "r",
    "\u15af": "b", "\u15b4": "f", "\u15c5": "a", "\u15de": "d", "\u15ea": "d", "\u15f0": "m",
    "\u15f7": "b", "\u16b7": "x", "\u16c1": "l", "\u16d5": "k", "\u16d6": "m", "\u1d04": "c",
    "\u1d0f": "o", "\u1d11": "o", "\u1d1c": "u", "\u1d20": "v", "\u1d21": "w", "\u1d22": "z",
    "\u1d26": "r", "\u1d83": "g", "\u1d8c": "y", "\u1e9d": "f", "\u1eff": "y", "\u2c85": "r",
    "\u2c8f": "h", "\u2c93": "l", "\u2c95": "k", "\u2c99": "m", "\u2c9b": "n", "\u2c9f": "o",
    "\u2ca3": "p", "\u2ca5": "c", "\u2ca7": "t", "\u2ca9": "y", "\u2cad": "x", "\u2cd1": "l",
    "\u2d38": "v", "\u2d39": "e", "\u2d4f": "l", "\u2d54": "o", "\u2d55": "q", "\u2d5d": "x",
    "\ua4d0": "b", "\ua4d1": "p", "\ua4d2": "d", "\ua4d3": "d", "\ua4d4": "t", "\ua4d6": "g",
    "\ua4d7": "k", "\ua4d9": "j", "\ua4da": "c", "\ua4dc": "z", "\ua4dd": "f", "\ua4df": "m",
    "\ua4e0": "n", "\ua4e1": "l", "\ua4e2": "s", "\ua4e3": "r", "\ua4e6": "v", "\ua4e7": "h",
    "\ua4ea": "w", "\ua4eb": "x", "\ua4ec": "y", "\ua4ee": "a", "\ua4f0": "e", "\ua4f2": "l",
    "\ua4f3": "o", "\ua4f4": "u", "\ua647": "i", "\ua6df": "v", "\ua731": "s", "\ua799": "f",
    "\ua79f": "u", "\ua7b5": "b", "\uab32": "e", "\uab35": "f", "\uab3d": "o", "\uab47": "r",
    "\uab48": "r", "\uab4e": "u", "\uab52": "u", "\uab53": "x", "\uab5a": "y", "\U00010282": "b",
    "\U00010286": "e", "\U00010287": "f", "\U0001028a": "l", "\U00010290": "x", "\U00010292": "o", "\U00010295": "p",
    "\U00010296": "s", "\U00010297": "t", "\U000102a0": "a", "\U000102a1": "b", "\U000102a2": "c", "\U000102a5": "f",
    "\U000102ab": "o", "\U000102b0": "m", "\U000102b1": "t", "\U000102b2": "y", "\U000102b4": "x", "\U000102cf": "h",
    "\U00010301": "b", "\U00010302": "c", "\U00010309": "l", "\U00010311": "m", "\U00010315": "t", "\U00010317": "x",
    "\U0001042c": "o", "\U0001043d": "c", "\U00010443": "l", "\U00010448": "s", "\U000104dc": "r", "\U000104ea": "o",
    "\U000104f6": "u", "\U00010513": "n", "\U00010516": "o", "\U00010518": "k", "\U0001051c": "c", "\U0001051d": "v",
    "\U00010525": "f", "\U00010526": "l", "\U00010527": "x", "\U00011706": "v", "\U0001170a": "w", "\U0001170e": "w",
    "\U0001170f": "w", "\U000118c0": "v", "\U000118c1": "s", "\U000118c2": "f", "\U000118c3": "i", "\U000118c4": "y",
    "\U000118c6": "e", "\U000118c8": "o", "\U000118c9": "z", "\U000118ce": "e", "\U000118d2": "l", "\U000118d5": "o",
    "\U000118d7": "o", "\U000118d8": "u", "\U000118dc": "t", "\U00016f08": "v", "\U00016f0a": "t", "\U00016f16": "l",
    "\U00016f28": "l", "\U00016f35": "r", "\U00016f3a": "s", "\U00016f40": "a", "\U00016f42": "u", "\U00016f43": "y",
}  # fmt: skip
