"""Round 16: the classes of misses and false alarms that held-out set 14 showed, each fixed
in every language where it applies and tested with sentences of our own (none from a
held-out set), beside the look-alikes that must keep their verdict."""

from __future__ import annotations

import pytest

from compliance import check


def blocked(text: str, lang: str | None = None) -> set[str]:
    return {f.rule for f in check(text, lang=lang).blocking}


# --- 1. a coming product of ours, put to the buyer ("that would be just the thing for you",
# "well worth adding", "shall I put some aside?") --------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Glad the kettle arrived safely. The matching sugar bowl is back with us and sits "
            "perfectly beside it, really worth getting for the set.",
        ),
        (
            "de",
            "Schön, dass die Schürze passt. Nächste Woche haben wir die Topflappen im gleichen "
            "Stoff, die wären sicher etwas für Sie.",
        ),
        (
            "fr",
            "Ravi que la lampe vous plaise. La semaine prochaine nous recevons les abat-jour en "
            "lin, ce serait exactement pour vous.",
        ),
        (
            "ja",
            "ご満足いただけて何よりです。来週、同じ柄のランチョンマットが新しく出ますので、"
            "きっと気に入っていただけると思います。",
        ),
        (
            "nl",
            "Fijn dat de vaas goed is aangekomen. Volgende maand komen onze nieuwe tulpenbollen "
            "binnen, die raken altijd snel op.",
        ),
        (
            "nl",
            "Over twee weken komen de winterjassen binnen. Dat zou echt iets voor u zijn.",
        ),
        (
            "sv",
            "Vad roligt att lampan lyser upp hallen. Våra nya skärmar i samma blommönster "
            "skulle passa fint till den.",
        ),
        (
            "sv",
            "Nästa vecka kommer vårt nya julte, det brukar ta slut i december.",
        ),
        (
            "tr",
            "Kupaları beğenmenize sevindik. Önümüzdeki ay yeni demlik setlerimiz geliyor, "
            "tam size göre.",
        ),
    ],
)
def test_coming_product_put_to_the_buyer_is_marketing(lang: str, text: str) -> None:
    assert "marketing" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the buyer's own parcel coming in, a restock the buyer was waiting for
        ("nl", "Uw pakketten komen morgen binnen bij het afhaalpunt in de Dorpsstraat."),
        ("sv", "Nästa vecka kommer ditt paket fram, det skulle passa med leveransen du bad om."),
        ("tr", "Önümüzdeki hafta kargonuz geliyor, takip numarası mesajın altında."),
        ("en", "Your replacement will sit perfectly on the old base once it arrives."),
        ("de", "Ist das etwas für Sie, wenn wir den Ersatz nächste Woche schicken?"),
        ("ja", "来月、交換品を発送いたします。ご不便をおかけして申し訳ございません。"),
    ],
)
def test_the_buyers_own_order_coming_is_no_plug(lang: str, text: str) -> None:
    assert "marketing" not in blocked(text, lang)
