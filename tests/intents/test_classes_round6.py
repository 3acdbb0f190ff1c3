"""Round 6: classes of messages the rules misread on intent set 3, each in every language.

Each class is a word class or a construction a buyer uses in many sentences, with texts
written for the test (not copied from a set) and near misses that keep their own intent.
"""

from __future__ import annotations

import pytest

from bot.domain import Intent
from bot.mail.intent import recognise

W, C, R, D, A, I, P, T, OTHER = (  # noqa: E741 - one letter per intent, as in the rules
    Intent.WHERE_IS_MY_ORDER,
    Intent.CANCEL,
    Intent.RETURN,
    Intent.DAMAGED_OR_WRONG,
    Intent.ADDRESS_CHANGE,
    Intent.INVOICE,
    Intent.PRODUCT_QUESTION,
    Intent.THANKS,
    Intent.OTHER,
)


def _check(text: str, intent: Intent, follow_up: bool | None) -> None:
    found = recognise("", text)
    assert found.intent is intent, found.scores
    if follow_up is not None:
        assert found.follow_up is follow_up


# ------------------------------------------------------------ the tracking does not work
# "The tracking number doesn't work / is not found" is a delivery question; "doesn't work"
# said of the item stays a defect.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("The tracking link you sent doesn't work.", W),
        ("tracking number not found on the DHL site", W),
        ("Die Sendungsnummer funktioniert nicht, DHL kennt sie nicht.", W),
        ("Le numéro de suivi ne fonctionne pas sur le site de La Poste.", W),
        ("El número de seguimiento no funciona en Correos.", W),
        ("Il link di tracciamento non funziona.", W),
        ("De track & trace code werkt niet bij PostNL.", W),
        ("Numer przesyłki nie działa, strona kuriera go nie zna.", W),
        ("Spårningsnumret fungerar inte hos PostNord.", W),
        ("Takip numarası çalışmıyor, bulunamadı diyor.", W),
        ("追跡番号が見つかりませんと表示されます。", W),
        # near misses: the item does not work
        ("The blender doesn't work, it just hums.", D),
        ("Der Mixer funktioniert nicht, obwohl die Sendung pünktlich kam.", D),
        ("La lampe ne fonctionne pas.", D),
        ("De lader werkt niet.", D),
    ],
)
def test_a_tracking_number_that_does_not_work_asks_where_it_is(text, intent):
    _check(text, intent, None)
