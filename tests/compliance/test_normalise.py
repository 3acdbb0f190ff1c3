from __future__ import annotations

import pytest

from compliance.normalise import fold, unmask, unspace
from compliance.tlds import TLDS


def views(text: str):
    return unmask(unspace(fold(text)), TLDS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ｓｈｏｐ．ｃｏｍ", "shop.com"),  # full-width
        ("ѕhор.соm", "shop.com"),  # Cyrillic look-alikes
        ("sh\u200bop\u200d.c\ufeffom", "shop.com"),  # zero-width characters
        ("Café Straße", "cafe strasse"),
        ("e x a m p l e . c o m", "example.com"),
        ("shop dot com", "shop.com"),
        ("mystore punkt de", "mystore.de"),
        ("example[.]com", "example.com"),
        ("example (dot) co (dot) uk", "example.co.uk"),
        ("name [at] mail [dot] de", "name@mail.de"),
        ("name(at)mail{dot}de", "name@mail.de"),
        ("name at mail dot de", "name@mail.de"),
        ("nombre arroba correo punto es", "nombre@correo.es"),
        ("nome chiocciola posta punto it", "nome@posta.it"),
    ],
)
def test_disguises_are_undone(text, expected):
    assert views(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Votre colis est au point de retrait.",
        "Esta en el punto de recogida.",
        "We will look at it today.",
        "The parcel arrived at the depot at 10:30.",
        "Il y a un retard.",
    ],
)
def test_ordinary_words_stay_words(text):
    assert views(text).text == text.lower()


def test_every_character_maps_back_to_its_original_span():
    text = "Go to \u200bｓｈｏｐ dot c o m now"
    view = views(text)
    i = view.text.index("shop.com")
    start, end = view.span(i, i + len("shop.com"))
    assert text[start:end] == "ｓｈｏｐ dot c o m"


def test_expanding_and_dropped_characters_keep_offsets():
    text = "ﬁne\u200b straße"  # ligature expands, zero-width drops, ß expands
    view = fold(text)
    assert view.text == "fine strasse"
    i = view.text.index("strasse")
    assert view.span(i, i + 7) == (text.index("straße"), len(text))
    assert view.span(0, 2) == (0, 1)  # "fi" both come from the ligature
