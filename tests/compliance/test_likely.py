# ruff: noqa: E501  (sentences are kept whole)
"""The n-gram model beside the rules (compliance.rules.likely): what an agent sees of it.

The texts are our own, not from any held-out set.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np

from compliance import Policy, check
from compliance.rules.likely import MIN_CHARACTERS, MODEL_FILE, RULE, features, load

COMPLIANCE = Path(__file__).resolve().parent

# A soft review ask with no review word, no star, no "feedback": no rule names it.
SOFT_ASK = (
    "Hello Tom, thank you for your patience with the kettle. It was handed to DPD this morning "
    "and should reach you on Thursday. Small workshops like ours live from what buyers tell each "
    "other, so once it has boiled its first water, we would be so grateful if you told others "
    "how you got on. Best wishes, Anna"
)
PLAIN_REPLIES = [
    "Hello Sara, the parcel was delivered to your neighbour at number 12 on Monday, as the driver noted. If you cannot find it there, please let us know and we will open an investigation with the carrier straight away. Kind regards, Leo",
    "Hallo Herr Brandt, Ihr Paket wurde gestern an DHL übergeben und kommt voraussichtlich am Freitag an. Die Sendungsnummer finden Sie in Ihrer Bestellübersicht bei Amazon. Wenn etwas nicht stimmt, schreiben Sie uns einfach hier. Viele Grüße, Jana",
    "Bonjour Madame Leroy, nous sommes désolés pour le retard : le colis est bloqué au centre de tri de Lyon et La Poste prévoit une livraison lundi. Si rien n'arrive d'ici mercredi, nous vous remboursons intégralement via Amazon. Cordialement, Paul",
]


def test_a_review_ask_no_rule_names_is_blocked_on_its_sentence() -> None:
    assert check(SOFT_ASK, policy=Policy(model=False)).compliant  # the rules alone let it by
    report = check(SOFT_ASK, lang="en")
    [finding] = report.blocking
    assert finding.rule == RULE
    assert "told others how you got on" in finding.excerpt
    assert not finding.excerpt.startswith("Hello Tom")  # the sentence, not the whole reply
    assert finding.suggestion


def test_ordinary_replies_stay_compliant() -> None:
    for text in PLAIN_REPLIES:
        assert check(text).compliant, text


def test_a_rule_finding_is_not_doubled_by_the_model() -> None:
    text = SOFT_ASK + " Please leave us a five-star review on Amazon!"
    assert {f.rule for f in check(text).blocking} == {"review-request"}


def test_short_texts_are_left_to_the_rules() -> None:
    short = SOFT_ASK[SOFT_ASK.index("Small workshops") :][: MIN_CHARACTERS - 1]
    assert check(short).compliant


def test_a_text_saying_little_many_times_over_is_left_to_the_rules() -> None:
    assert check(("Your parcel is on its way. " * 200)[:3000]).compliant
    assert check("Re: Where is my parcel " + "please tell me " * 9).compliant


def test_the_model_can_be_turned_off_to_measure_the_rules_alone() -> None:
    assert not check(SOFT_ASK).compliant
    assert check(SOFT_ASK, policy=Policy(model=False)).compliant


def test_features_read_every_number_alike_and_ignore_case_and_blanks() -> None:
    a_slots, a_counts = features("Order 123-4567890-1234567 ships Monday")
    b_slots, b_counts = features("ORDER   987-6543210-7654321\nships monday")
    assert np.array_equal(a_slots, b_slots) and np.array_equal(a_counts, b_counts)
    assert not np.array_equal(features("ships Monday")[0], features("ships Tuesday")[0])


def test_probabilities_are_between_zero_and_one_for_any_input() -> None:
    weights = load()
    for text in ("", " ", "a", "😀" * 50, "x" * 10_000, SOFT_ASK):
        assert 0.0 <= weights.probability(text) <= 1.0


def test_the_shipped_model_learnt_from_every_committed_set() -> None:
    texts = [
        json.loads(line)["text"]
        for path in sorted(COMPLIANCE.glob("heldout/set*/*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    texts += [
        json.loads(line)["text"]
        for line in (COMPLIANCE / "corpus.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    for path in sorted(COMPLIANCE.glob("adversaries/*/all_tried.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            if row.get("expected") in ("violation", "compliant"):
                texts.append(row["text"])
    digest = hashlib.sha256("\n".join(sorted(texts)).encode("utf-8")).hexdigest()
    with np.load(MODEL_FILE) as data:
        trained = str(data["texts_sha256"])
    assert trained == digest, (
        "a labelled set was added or changed: retrain with tools/train_policy_model.py "
        "(a set still to be measured stays out of the tree until it has been)"
    )
