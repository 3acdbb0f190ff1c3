"""Round 14: false alarms (compliant replies blocked) that held-out set 12 showed, each fixed
as a class in every language where it applies and tested with sentences of our own (none
from a held-out set), beside the nearby violations that must still be caught."""

from __future__ import annotations

import pytest

from compliance import check


def blocked(text: str, lang: str | None = None) -> set[str]:
    return {f.rule for f in check(text, lang=lang).blocking}


# --- 1. a full stop glued to the next sentence is no domain ----------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "El paquete salió ayer del almacén.Sé que lo esperaba antes, lo siento."),
        ("es", "La pieza llega el jueves.Él mismo la montará en su casa."),
        ("fr", "Le colis est parti ce matin de l'entrepôt.Ça devrait arriver jeudi."),
        ("fr", "La lampe a été réparée à l'atelier.Je vous l'envoie demain."),
        ("it", "Il pacco è già partito però.Sì, arriverà giovedì."),
        ("de", "Das Ersatzteil ist gestern gekommen.Später schicken wir es weiter."),
        ("nl", "De lamp is vandaag hersteld in ons atelier.Één onderdeel was kapot."),
        ("sv", "Paketet lämnade lagret i förrgår.Då borde det komma på fredag."),
        ("pl", "Przesyłka wyszła z magazynu wczoraj.Że się spóźni, bardzo nam przykro."),
        ("tr", "Kargo dün depodan çıktı ama henüz teslim edilmedi.Ustamız yarın arayacak."),
        ("tr", "Parça hazır değil.Işık ünitesi gelince göndereceğiz."),
        ("fr", "La commande est prête depuis hier, dernière étape.Je la confie à La Poste."),
    ],
)
def test_a_sentence_glued_to_a_full_stop_is_no_link(lang: str, text: str) -> None:
    assert "link" not in blocked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Our whole range is on sunnyhome.Com for less."),
        ("en", "Our whole range is on sunnyhome.Cóm for less."),
        ("en", "Find us at sunnyhome.cóm as well."),
        ("de", "Alles günstiger auf sonnenhaus.De, schauen Sie vorbei."),
        ("de", "Alles günstiger auf bäckerei-müller.De, schauen Sie vorbei."),
        ("es", "Tiene más modelos en tienda-española.Es con descuento."),
        ("fr", "Tout le catalogue est sur maison-étoilée.fr avec remise."),
        ("tr", "Tüm ürünler kendi sitemizde: ustamız.com.tr adresinde."),
        ("ru", "Заходите на магазин.рф за скидками."),
        ("en", "Everything is cheaper at sunnyhome.сom (written with a Cyrillic letter)."),
    ],
)
def test_a_domain_with_a_capital_accent_or_other_script_stays_a_link(lang: str, text: str) -> None:
    assert "link" in blocked(text, None if lang == "ru" else lang)
