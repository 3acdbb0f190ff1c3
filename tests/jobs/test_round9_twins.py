"""Round 9, class R9-1: a second mail under a stored Message-ID with another text is shown.

The adversary answered a buyer's "is it green?", then delivered a mail with the same
Message-ID saying the parcel "arrived broken, glass everywhere".  It was filed as a copy,
"nothing new to answer": no card, no clock, its text in no Slack message.  Now it is
drafted and posted as a card of its own, which names the other mail; only the same text
under the same Message-ID is a copy.
"""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from bot.domain import MessageState
from bot.services.pipeline import draft_pending, store_raw
from tests.jobs.helpers import set_state
from tests.jobs.test_follow_up_posts import post, services, slack  # noqa: F401  (fixtures)
from tests.mail.adversaries.helpers import round9, round10
from tests.services.helpers import T0

SECOND = round9("L02_answered_then_same_mid_new_text.eml")
FIRST = SECOND.replace(b"Now the parcel arrived broken, glass everywhere. Please help!",
                       b"Is the kettle green or teal?")  # fmt: skip


def _posted_texts(slack) -> str:  # noqa: F811
    return json.dumps(
        [c.args.get("blocks") or c.args.get("text") for c in slack.calls_to("chat.postMessage")],
        ensure_ascii=False,
    )


def test_a_new_text_under_an_answered_message_id_gets_its_own_card(services, slack):  # noqa: F811
    first = store_raw(services, FIRST, arrived_at=T0)
    set_state(services.uow_factory, first.message_pk, MessageState.ANSWERED, now=T0)

    second = store_raw(services, SECOND, arrived_at=T0 + timedelta(hours=1))
    with services.uow_factory() as uow:
        row = uow.messages.get(second.message_pk)
        assert row is not None
        assert row.state is MessageState.RECEIVED  # waits for an answer, on its own clock
        assert row.due_at is not None and row.next_escalation_at is not None
        assert any("same Message-ID but different content" in p for p in row.problems)
    draft_pending(services, now=T0 + timedelta(hours=1), workers=1)
    post(services, T0 + timedelta(hours=1))

    shown = _posted_texts(slack)
    assert "glass everywhere" in shown
    assert "nothing new to answer" not in shown


def test_the_same_text_again_under_the_message_id_is_still_a_copy(services, slack):  # noqa: F811
    first = store_raw(services, SECOND, arrived_at=T0)
    resent = SECOND.replace(b"Subject: ", b"Subject: Fwd: ", 1)
    again = store_raw(services, resent, arrived_at=T0 + timedelta(hours=1))
    assert again.message_pk != first.message_pk
    with services.uow_factory() as uow:
        row = uow.messages.get(again.message_pk)
        assert row is not None and row.state is MessageState.SUPERSEDED


def test_the_card_already_posted_is_told_of_its_twin_round_10(services, slack):  # noqa: F811
    # Round 10 (R10-1a): only the new card carried the warning; the first, perhaps the
    # forged one, could be approved without a word about the other.
    first = store_raw(services, FIRST, arrived_at=T0)
    draft_pending(services, now=T0, workers=1)
    post(services, T0)
    with services.uow_factory() as uow:
        posted = uow.messages.get(first.message_pk)
        assert posted is not None and posted.slack_ts
        ts = posted.slack_ts

    second = store_raw(services, SECOND, arrived_at=T0 + timedelta(hours=1))
    post(services, T0 + timedelta(hours=1))

    notes = [
        c.args["text"] for c in slack.calls_to("chat.postMessage")
        if c.args.get("thread_ts") == ts
    ]  # fmt: skip
    assert any(f"#{second.message_pk}" in n and "may be forged" in n for n in notes)
    redrawn = [c for c in slack.calls_to("chat.update") if c.args.get("ts") == ts]
    assert redrawn and "same Message-ID but different content" in json.dumps(
        redrawn[-1].args.get("blocks"), ensure_ascii=False
    )


@pytest.mark.parametrize("case", ["D09", "D10"])
def test_the_same_words_with_a_new_photo_are_news_not_a_copy_round_10(services, case):  # noqa: F811
    # Round 10 (R10-1b): D09 sent the words first without, then with damage.png; D10 sent
    # another image under the same name and size.  Both were silenced as copies.
    store_raw(services, round10(f"{case}_first.eml"), arrived_at=T0)
    again = store_raw(services, round10(f"{case}.eml"), arrived_at=T0 + timedelta(minutes=5))
    with services.uow_factory() as uow:
        row = uow.messages.get(again.message_pk)
        assert row is not None and row.state is MessageState.RECEIVED
        assert not any("copy of message" in p for p in row.problems)
        assert [f.filename for f in uow.files.of_message(row.id, "in")] == ["damage.png"]


def test_a_copy_carries_no_contradicting_forgery_note_round_10(services):  # noqa: F811
    first = store_raw(services, round10("D07_first.eml"), arrived_at=T0)
    again = store_raw(services, round10("D07.eml"), arrived_at=T0 + timedelta(minutes=5))
    with services.uow_factory() as uow:
        for pk in (first.message_pk, again.message_pk):
            row = uow.messages.get(pk)
            assert row is not None
            assert not any("different content" in p for p in row.problems)
