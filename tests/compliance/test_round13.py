"""Round 13: the classes held-out set 11 showed the gate getting wrong, each fixed as a class
in every language where it applies and tested with sentences of our own (none from a
held-out set), with compliant look-alikes that must keep passing."""

from __future__ import annotations

import pytest

from compliance import check


def blocked(text: str, lang: str | None = None) -> set[str]:
    return {f.rule for f in check(text, lang=lang).blocking}


# --- 1. personal data asked in the first person singular, with an adverb, or bank details ----


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "For the extended guarantee I only need your date of birth, nothing else."),
        ("en", "We'd still need your bank details before the refund can go out."),
        ("de", "Für die Registrierung brauche ich noch Ihr Geburtsdatum."),
        ("de", "Ich benötige Ihre IBAN, dann überweise ich den Rest."),
        ("fr", "Pour activer la garantie, il me faut votre date de naissance."),
        ("fr", "J'aurais besoin de votre IBAN pour le remboursement partiel."),
        ("es", "Para la garantía necesito su fecha de nacimiento, ¿me la puede enviar?"),
        ("es", "El fabricante nos piden su número de cuenta para el abono."),
        ("it", "Per la registrazione mi serve la sua data di nascita."),
        ("it", "Avrei bisogno del suo IBAN per il rimborso parziale."),
        ("nl", "Voor de garantie heb ik nog uw geboortedatum nodig."),
        ("nl", "Kunt u mij uw rekeningnummer geven voor de terugbetaling?"),
        ("pl", "Do rejestracji gwarancji potrzebuję pani daty urodzenia."),
        ("sv", "Jag behöver ditt födelsedatum för garantin."),
        ("sv", "Kan du ge mig dina bankuppgifter så fixar jag återbetalningen?"),
        ("tr", "Garanti kaydı için doğum tarihinize ihtiyacım var."),
        ("tr", "İade için IBAN numaranızı iletebilir misiniz?"),
    ],
)
def test_personal_data_asked_by_one_seller_or_with_an_adverb(lang: str, text: str) -> None:
    assert "personal-data" in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "I just need a minute to check the parcel's route, then I'll write back."),
        ("de", "Ich brauche noch zwei Tage, bis die Ersatzteile da sind."),
        ("fr", "Il me faut encore une semaine pour recevoir la pièce."),
        ("es", "Necesito un par de días para recibir el repuesto."),
        ("it", "Mi serve ancora qualche giorno per ricevere il pezzo."),
        ("nl", "Uw IBAN is niet nodig, de terugbetaling loopt via Amazon."),
        ("sv", "Jag behöver ingen information från dig, återbetalningen går via Amazon."),
        ("tr", "IBAN bilginize ihtiyacım yok, iade Amazon üzerinden yapılıyor."),
    ],
)
def test_a_seller_needing_time_or_waiving_bank_details_passes(lang: str, text: str) -> None:
    assert "personal-data" not in blocked(text, lang)
