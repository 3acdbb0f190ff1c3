"""Round 9: the error classes left on intent set 5, each in every language.

Each class is a situation a buyer describes in many sentences, with texts written for the
test (not copied from a set) and near misses that keep their own intent or flag.
"""

from __future__ import annotations

import pytest

from bot.mail.intent import recognise
from tests.intents.classes import W, expect


# ------------------------------------------------------------ short chasers
# A bare "any news?" as the first sentence, "OK, but when roughly?" after the seller's
# vague answer, "that is not a date", "wasn't it due tomorrow?", "sorry to chase", a bare
# "still waiting." opening: each continues an earlier message about the parcel, whatever
# reason the buyer adds after it.
@pytest.mark.parametrize(
    "text",
    [
        "Any news? We're leaving on Sunday.",
        "OK, but when roughly? It's for a birthday.",
        "You wrote 'soon'. That's not a date.",
        "Sorry to chase, is there a date yet?",
        "Still waiting. Nobody tells me anything.",
        "Gibt's was Neues? Am Montag fliege ich weg.",
        "Okay, aber wann ungefähr? Wir brauchen es zur Taufe.",
        "Ich warte immer noch. Niemand sagt mir etwas.",
        "Des nouvelles ? Je pars lundi.",
        "D'accord, mais quand à peu près ? C'est pour un anniversaire.",
        "« Bientôt », ce n'est pas une date.",
        "Ça fait dix jours que vous « vérifiez ». Je veux une date.",
        "¿Hay novedades? El lunes me voy de viaje.",
        "Vale, pero ¿cuándo más o menos? Es para un cumpleaños.",
        "Seguimos esperando. Nadie nos contesta.",
        "Novità? Parto lunedì.",
        "Ok, ma quando più o meno? Serve per un compleanno.",
        "Non doveva arrivare ieri?",
        "わかりましたが、だいたいいつ頃になりますか？",
        "Nog nieuws? Zondag vertrek ik.",
        "Oké, maar wanneer ongeveer? Het is voor een verjaardag.",
        "Sorry dat ik aandring, is er al een datum?",
        "Wiadomo już coś? Wyjeżdżam w poniedziałek.",
        "No dobrze, ale kiedy mniej więcej? To na urodziny.",
        "Czyli kiedy? 'Niedługo' to nie jest data.",
        "Miała przecież dojść wczoraj?",
        "Något nytt? Jag åker på måndag.",
        "Okej, men när ungefär? Det är till en födelsedag.",
        "Jag väntar fortfarande. Ingen svarar.",
        "Skulle det inte komma igår?",
        "Bir gelişme var mı? Pazartesi yola çıkıyorum.",
        "Tamam ama ne zaman aşağı yukarı? Doğum günü için.",
        "Hani dün gelecekti?",
        "Tarih vermediniz, bugün mü yarın mı?",
    ],
)
def test_a_short_chaser_continues_the_delivery_question(text):
    expect(text, W, follow_up=True)


@pytest.mark.parametrize(
    "text",
    [
        # a first message names its matter after the question, or asks something else
        "Any news on my order 123? I need it by Friday.",
        "Gibt es Neuigkeiten zu meiner Bestellung? Ich brauche sie bis Freitag.",
        "Ok, the jacket fits. When will the blue one be back in stock?",
        "Wann kommt die Bestellung? Ich habe am Freitag bestellt.",
        "Kiedy dotrze paczka? Zamówiłem w poniedziałek.",
        # a date that was due, told in a first message, is no reply to the seller
        "Dzień dobry, paczka miała być wczoraj, a dalej jej nie ma.",
        "Zamówiłam dwa komplety, a miał być jeden.",
    ],
)
def test_a_first_question_is_no_chaser(text):
    assert recognise("", text).follow_up is False
