"""A Message-ID is no proof: a mail that reuses a stored one is kept and shown, never dropped.

Anyone can copy a genuine mail's Message-ID (every reply quotes it).  If the forgery
arrives first, deduplicating by Message-ID alone used to drop the genuine mail as "already
stored".  Real relay mails, parsed as the worker parses them, on SQLite and PostgreSQL.
"""

from __future__ import annotations

from datetime import timedelta

from bot.demo_data import load_manifest
from bot.domain import MessageState
from bot.mail.relay import parse_mail
from bot.services.ingest import store_inbound
from tests.concurrency import run_concurrently
from tests.services.helpers import T0

GENUINE = load_manifest().mails[0].raw
FORGED = GENUINE.replace(b"last week", b"in March")  # in the text and the HTML part
HOP = b"Received: from mx2.example (mx2.example [192.0.2.7]) by mx.example; Sun, 1 Nov 2026\r\n"


def store(uow_factory, raw: bytes, minutes: int = 1):
    arrived = T0 + timedelta(minutes=minutes)
    return store_inbound(uow_factory, raw, parse_mail(raw, received_at=arrived), arrived_at=arrived)


def rows(uow_factory):
    with uow_factory() as uow:
        return sorted(
            uow.messages.open_by_deadline({MessageState.RECEIVED}, limit=10), key=lambda r: r.id
        )


def test_another_text_under_a_stored_message_id_gets_a_card_and_a_clock_of_its_own(uow_factory):
    # Round 9 (R9-1): a second mail under the same Message-ID with another buyer text
    # used to be filed as "a copy, nothing new to answer": its text was never shown.
    # Either may be the forgery; both are shown, each naming the other.
    forged = store(uow_factory, FORGED)
    genuine = store(uow_factory, GENUINE, minutes=2)

    assert forged.created and genuine.created
    assert genuine.message_pk != forged.message_pk
    first, second = rows(uow_factory)  # both wait for an answer, each on its own clock
    assert "in March" in first.body and "last week" in second.body
    assert second.next_escalation_at is not None and second.thread_pk in (None, second.id)
    assert not any("copy of message" in p for p in first.problems + second.problems)
    assert any(f"another mail (#{first.id}) has the same" in p for p in second.problems)
    assert f"another mail (#{second.id}) has the same Message-ID" in first.problems[0]
    # The first keeps the Message-ID; the second cannot claim it.
    assert first.message_id == "<demo-01.7000000001@email.amazonses.com>"
    assert second.message_id.endswith("@wismo.invalid>")


def test_the_same_text_under_a_stored_message_id_is_a_copy(uow_factory):
    # Round 8 (F5): only the headers changed (Subject, Date): one message, one answer.
    first = store(uow_factory, GENUINE)
    again = store(
        uow_factory,
        GENUINE.replace(b"Subject: ", b"Subject: Re: ", 1).replace(b"Date: ", b"X-Old-Date: ", 1),
        minutes=2,
    )

    assert again.created and again.message_pk != first.message_pk
    (only,) = rows(uow_factory)
    with uow_factory() as uow:
        copy = uow.messages.get(again.message_pk)
        assert copy is not None and copy.state is MessageState.SUPERSEDED
        assert copy.problems[0].startswith(f"a copy of message #{only.id}")


def test_the_same_mail_delivered_again_is_stored_once_whichever_way_it_comes(uow_factory):
    first = store(uow_factory, GENUINE)
    again = [
        store(uow_factory, GENUINE, minutes=5),  # the same bytes (a webhook retry, IMAP)
        store(uow_factory, HOP + GENUINE, minutes=6),  # another hop's trace header on top
        store(uow_factory, GENUINE.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"), minutes=7),
    ]

    assert first.created and not any(r.created for r in again)
    assert {r.message_pk for r in again} == {first.message_pk}
    (row,) = rows(uow_factory)
    assert not any("same Message-ID" in p for p in row.problems)


def test_both_twins_delivered_again_still_make_two_rows(uow_factory):
    forged, genuine = store(uow_factory, FORGED), store(uow_factory, GENUINE, minutes=2)
    again = [store(uow_factory, FORGED, minutes=3), store(uow_factory, GENUINE, minutes=4)]

    assert [r.created for r in again] == [False, False]
    assert [r.message_pk for r in again] == [forged.message_pk, genuine.message_pk]
    assert len(rows(uow_factory)) == 2


def test_two_workers_storing_the_second_twin_at_once_store_it_once(uow_factory):
    store(uow_factory, FORGED)
    results = []
    errors = run_concurrently(2, lambda _: results.append(store(uow_factory, GENUINE, 2)))

    assert errors == []
    assert sorted(r.created for r in results) == [False, True]
    assert len({r.message_pk for r in results}) == 1 and len(rows(uow_factory)) == 2


def test_a_row_stored_before_digests_takes_its_message_id_as_a_repeat(uow_factory):
    first = store(uow_factory, GENUINE)
    with uow_factory() as uow:
        uow.messages.get(first.message_pk).content_digest = None  # as migration 0005 left it
        uow.commit()

    again = store(uow_factory, HOP + GENUINE.replace(b"arrived", b"come"), minutes=3)

    assert not again.created and again.message_pk == first.message_pk
