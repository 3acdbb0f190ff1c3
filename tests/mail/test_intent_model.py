"""The intent model beside the rules: what it adds, and what it may not override."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from bot.domain import Intent
from bot.mail import intent_model
from bot.mail.intent import recognise, scores

HELDOUT = Path(__file__).resolve().parent.parent / "heldout"
CORPUS = Path(__file__).resolve().parent.parent / "intents" / "corpus"
WRITTEN = Path(__file__).resolve().parent.parent / "intents" / "written"


def test_the_model_reads_what_no_rule_names() -> None:
    # "we won't be needing this one, stop it" with no cancel word is a cancellation
    text = (
        "My husband already bought the same one, so we won't be needing this one, "
        "please stop it before it goes out."
    )
    assert not any(scores("", text).values())  # the rules find nothing here
    assert recognise("", text).intent is Intent.CANCEL


def test_a_sure_model_outweighs_a_weak_cue() -> None:
    text = "Half the screws for the shelf were missing from the bag."
    assert scores("", text)[Intent.WHERE_IS_MY_ORDER] > 0  # "missing" read as a lost parcel
    assert recognise("", text).intent is Intent.DAMAGED_OR_WRONG


def test_a_guess_where_the_rules_find_nothing_stays_other() -> None:
    # "can you gift-wrap it?": the model leans to "return" (gifts are often returned), but is
    # not sure; a return template would answer a question nobody asked
    assert recognise("", "Hola, ¿pueden envolverlo para regalo?").intent is Intent.OTHER


@pytest.mark.parametrize(
    "text",
    [
        "No need to cancel anything, just tell me when it will be here.",
        "Nicht stornieren bitte, ich will nur wissen, wann es ankommt.",
        "No hace falta cancelar, solo dime cuándo llega.",
    ],
)
def test_the_model_cannot_undo_a_negation_the_rules_read(text: str) -> None:
    assert recognise("", text).intent is Intent.WHERE_IS_MY_ORDER


def test_a_bare_chase_in_a_conversation_is_left_to_the_conversation() -> None:
    # the model would guess a topic from two words; the ingest gives it the earlier one's
    recognition = recognise("", "Hallo??")
    assert recognition.follow_up
    assert recognition.intent is Intent.WHERE_IS_MY_ORDER


def test_words_the_model_never_saw_leave_the_rules_answer() -> None:
    model = intent_model.load()
    assert model.probabilities("ꙮꙮꙮ ꙮꙮ") == {}
    assert recognise("", "ꙮꙮꙮ ꙮꙮ").intent is Intent.OTHER


def test_order_numbers_and_dates_do_not_change_the_reading() -> None:
    model = intent_model.load()
    one = model.probabilities("Order 302-1234567-7654321 placed on 12/03 has not arrived")
    other = model.probabilities("Order 028-9988776-1122334 placed on 27/11 has not arrived")
    assert one == other


def test_the_shipped_model_learnt_from_every_development_set() -> None:
    with gzip.open(intent_model.MODEL_FILE, "rt", encoding="utf-8") as handle:
        trained_on = json.load(handle)["trained_on"]
    sets = {
        p.name: sum(1 for f in p.glob("*.jsonl") for _ in f.open())
        for p in [*HELDOUT.glob("intents*"), *WRITTEN.glob("train*")]
        if not (p / "FROZEN").exists()
    }
    sets["corpus"] = sum(
        1
        for f in CORPUS.glob("*.txt")
        for line in f.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )
    assert trained_on == dict(sorted(sets.items())), (
        "a labelled set was added or changed: retrain with tools/train_intent_model.py"
    )


def test_the_frozen_evaluation_part_was_never_learnt() -> None:
    with gzip.open(intent_model.MODEL_FILE, "rt", encoding="utf-8") as handle:
        trained_on = json.load(handle)["trained_on"]
    frozen = [p.name for p in HELDOUT.glob("intents*") if (p / "FROZEN").exists()]
    assert frozen, "one held-out set must stay the frozen evaluation part"
    assert not set(frozen) & set(trained_on)
