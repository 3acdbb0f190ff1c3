"""Texts built to make a careless matcher backtrack or revisit text, for any length.

Long runs of the characters links, addresses, numbers and word lists are made of.  The
linear-time test and the benchmark both use this one table, so they measure the same
inputs; it ships with the engine because the benchmark must not import the tests.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

__all__ = ["ADVERSARIAL"]

ADVERSARIAL: Final[dict[str, Callable[[int], str]]] = {
    "dots": lambda n: "." * n,
    "dots, then a review ask": lambda n: "." * (n - 32) + " Please leave us a 5-star review.",
    "marks and blanks": lambda n: ".! ?; " * (n // 6),
    "label-dot runs": lambda n: "a." * (n // 2),
    "spaced dots": lambda n: "a . " * (n // 4),
    "look-alike dots": lambda n: "a\u3002" * (n // 2),
    "at-signs": lambda n: "a@" * (n // 2),
    "spelled at and dot": lambda n: "x at y dot " * (n // 11),
    "colons (schemes)": lambda n: "a:" * (n // 2),
    "digits": lambda n: "1" * n,
    "digits and spaces": lambda n: "1 " * (n // 2),
    "digit groups": lambda n: "123 456 " * (n // 8),
    "digit words": lambda n: "one two " * (n // 8),
    "letter-O digits": lambda n: "1o1 " * (n // 4),
    "amounts": lambda n: "1 € 2,5 $ " * (n // 10),
    "percent runs": lambda n: "1%" * (n // 2),
    "digits and dots": lambda n: "1." * (n // 2),
    "digits and dashes": lambda n: "12-" * (n // 3),
    "parenthesised digits": lambda n: "(1)" * (n // 3),
    "plus numbers": lambda n: "+1 " * (n // 3),
    "spaces": lambda n: " " * n,
    "letters": lambda n: "a" * n,
    "spaced letters": lambda n: "a " * (n // 2),
    "hyphenated": lambda n: "a-" * (n // 2),
    "nested brackets": lambda n: "([{<" * (n // 8) + ">}])" * (n // 8),
    "open brackets": lambda n: "[" * n,
    "open tags": lambda n: "<b " * (n // 3),
    "ampersands": lambda n: "&a" * (n // 2),
    "spelled at": lambda n: "x at " * (n // 5),
    "spelled dot": lambda n: "x dot " * (n // 6),
    "dashed dots": lambda n: "x-dot-" * (n // 6),
    "bracket at": lambda n: "x[at]" * (n // 5),
    "www": lambda n: "www." * (n // 4),
    "split addresses": lambda n: "ab.cd\nat gmail " * (n // 15),
    "provider runs": lambda n: "gmail " * (n // 6),
    "other-script at signs": lambda n: "山田@" * (n // 3),
    "blank-dot paths": lambda n: "abc com/abcd " * (n // 13),
    "blank-dot words": lambda n: "abc de " * (n // 7),
    "katakana digits": lambda n: "イチニー" * (n // 4),
    "katakana digit runs": lambda n: "イチニーサンヨンゴーロクナナハチ、" * (n // 17),
    "other-script local parts": lambda n: "山" * (n - 12) + "@gmail.com x",
    "comma hosts": lambda n: "www,a," * (n // 6),
    "scheme": lambda n: "http://" + "a" * (n - 7),
    "bidi override": lambda n: "\u202e" + "moc.a " * (n // 6),
    "review words": lambda n: "please leave us a review " * (n // 25),
    "concept soup": lambda n: (
        (
            "bitte Bewertung gratis si vous êtes satisfait cancel your phone number our shop "
            "laat een review achter, proszę o opinię, lämna ett omdöme, yorum bırakın "
        )
        * (n // 150)
    ),
    "no sentence end": lambda n: "review please refund " * (n // 21),
    "emoticons": lambda n: ":-) " * (n // 4),
    "capitals": lambda n: "ORDER_ID " * (n // 9),
    "zero-width": lambda n: "a\u200b" * (n // 2),
    "cyrillic": lambda n: "а" * n,
    "emoji": lambda n: "😀" * n,
    "japanese": lambda n: "レビューを" * (n // 5),
    "hiragana": lambda n: "れびゅーを" * (n // 5),
    "mixed reply": lambda n: (
        (
            "Visit shop dot com, call +49 (0) 30 1234567 on 12.05.2024, a@b.de [TRACKING] "
            "<b>x</b> 😀 leave 5 stars "
        )
        * (n // 110)
    ),
}
