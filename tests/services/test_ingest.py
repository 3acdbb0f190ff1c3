from __future__ import annotations

from datetime import timedelta
from itertools import pairwise

import pytest

from bot.db.models import RAW_KEEP_LIMIT
from bot.domain import Attachment, MessageKind, MessageState, SystemKind
from bot.services.ingest import store_inbound
from tests.concurrency import run_concurrently
from tests.services.helpers import T0, buyer_message

ARRIVED = T0 + timedelta(hours=3)


def test_a_buyer_message_is_stored_with_its_deadline_from_when_the_buyer_sent_it(uow_factory):
    parsed = buyer_message(
        attachments=(Attachment("photo.jpg", "image/jpeg", 123_456),),
        alias_case="case42",
    )
    result = store_inbound(uow_factory, b"raw bytes", parsed, arrived_at=ARRIVED)
    assert result.created
    assert result.state is MessageState.RECEIVED
    assert result.received_at == T0
    assert result.due_at == T0 + timedelta(hours=24)
    with uow_factory() as uow:
        row = uow.messages.get(result.message_pk)
        assert row.order_id == "111-2223334-4445556"
        assert row.buyer_alias == "abc123xyz@marketplace.amazon.com"
        assert row.alias_case == "case42"
        assert row.body.startswith("Hi, my parcel")
        assert row.attachments == [
            {"filename": "photo.jpg", "content_type": "image/jpeg", "size": 123_456}
        ]
        assert row.raw_mime is None  # parsed mail keeps no second copy of personal data
        assert row.raw_size == len(b"raw bytes")
        assert row.arrived_at == ARRIVED
        assert row.next_escalation_at == T0  # the sweep looks at it at once


def test_a_date_header_in_the_future_does_not_push_the_deadline_back(uow_factory):
    parsed = buyer_message(sent_at=ARRIVED + timedelta(days=2))
    result = store_inbound(uow_factory, b"x", parsed, arrived_at=ARRIVED)
    assert result.received_at == ARRIVED
    assert result.due_at == ARRIVED + timedelta(hours=24)


def test_a_missing_date_header_counts_from_arrival(uow_factory):
    result = store_inbound(uow_factory, b"x", buyer_message(sent_at=None), arrived_at=ARRIVED)
    assert result.received_at == ARRIVED


def test_feeding_the_same_message_twice_stores_it_once(uow_factory):
    first = store_inbound(uow_factory, b"x", buyer_message(), arrived_at=ARRIVED)
    again = store_inbound(
        uow_factory, b"x", buyer_message(body="changed?"), arrived_at=ARRIVED + timedelta(hours=1)
    )
    assert first.created and not again.created
    assert again.message_pk == first.message_pk
    assert again.due_at == first.due_at
    with uow_factory() as uow:
        rows = uow.messages.open_by_deadline({MessageState.RECEIVED}, limit=10)
        assert [r.id for r in rows] == [first.message_pk]
        assert rows[0].body.startswith("Hi, my parcel")


@pytest.mark.parametrize("round_", range(3))
def test_two_workers_storing_the_same_mail_at_once_store_it_once(uow_factory, round_):
    results = []

    def worker(_: int) -> None:
        results.append(store_inbound(uow_factory, b"x", buyer_message(), arrived_at=ARRIVED))

    errors = run_concurrently(2, worker)
    assert errors == []
    assert sorted(r.created for r in results) == [False, True]
    assert len({r.message_pk for r in results}) == 1
    with uow_factory() as uow:
        assert len(uow.messages.open_by_deadline({MessageState.RECEIVED}, limit=10)) == 1


def test_system_mail_is_stored_as_system_and_never_enters_the_queue(uow_factory):
    parsed = buyer_message(
        "<return@amazon.com>", kind=MessageKind.SYSTEM, system_kind=SystemKind.RETURN_REQUEST
    )
    result = store_inbound(uow_factory, b"x", parsed, arrived_at=ARRIVED)
    assert result.state is MessageState.SYSTEM
    with uow_factory() as uow:
        row = uow.messages.get(result.message_pk)
        assert row.system_kind is SystemKind.RETURN_REQUEST
        assert row.next_escalation_at is None  # no deadline on system mail
        assert uow.messages.open_by_deadline({MessageState.RECEIVED}, limit=10) == []


def test_a_claim_enters_the_queue_with_the_deadline_the_mail_states(uow_factory):
    stated = T0 + timedelta(days=2)
    parsed = buyer_message(
        "<atoz@amazon.com>",
        kind=MessageKind.SYSTEM,
        system_kind=SystemKind.A_TO_Z_CLAIM,
        case_id="9876543210",
        respond_by=stated,
    )
    result = store_inbound(uow_factory, b"x", parsed, arrived_at=ARRIVED)
    assert result.state is MessageState.RECEIVED and result.due_at == stated
    with uow_factory() as uow:
        row = uow.messages.get(result.message_pk)
        assert row.case_id == "9876543210"
        assert row.next_escalation_at == row.received_at  # swept like a buyer message


def test_a_chargeback_without_a_stated_deadline_gets_amazons_seven_days(uow_factory):
    parsed = buyer_message(
        "<cb@amazon.com>", kind=MessageKind.SYSTEM, system_kind=SystemKind.CHARGEBACK
    )
    result = store_inbound(uow_factory, b"x", parsed, arrived_at=ARRIVED)
    assert result.state is MessageState.RECEIVED
    assert result.due_at == result.received_at + timedelta(days=7)


def test_malformed_mail_is_kept_with_its_reason_and_bytes_for_a_human(uow_factory):
    raw = b"Subject: =?broken\r\n\r\n" + b"\xff" * (RAW_KEEP_LIMIT + 10)
    result = store_inbound(
        uow_factory, raw, None, arrived_at=ARRIVED, problem="truncated MIME: no end boundary"
    )
    assert result.state is MessageState.MALFORMED
    assert result.received_at == ARRIVED
    with uow_factory() as uow:
        row = uow.messages.get(result.message_pk)
        assert row.problems == ["truncated MIME: no end boundary"]
        assert row.raw_mime == raw[:RAW_KEEP_LIMIT]
        assert row.raw_size == len(raw)
    # The same broken bytes delivered again are recognised without a Message-ID.
    again = store_inbound(uow_factory, raw, None, arrived_at=ARRIVED, problem="truncated")
    assert not again.created and again.message_pk == result.message_pk


def test_a_parsed_mail_with_a_fatal_problem_is_malformed_but_keeps_what_was_read(uow_factory):
    parsed = buyer_message(problems=("charset x-unknown, decoded as latin-1",))
    result = store_inbound(
        uow_factory, b"raw", parsed, arrived_at=ARRIVED, problem="nested parts bomb"
    )
    assert result.state is MessageState.MALFORMED
    with uow_factory() as uow:
        row = uow.messages.get(result.message_pk)
        assert row.problems == ["nested parts bomb", "charset x-unknown, decoded as latin-1"]
        assert row.order_id == "111-2223334-4445556"
        assert row.raw_mime == b"raw"


def test_control_characters_are_removed_from_buyer_text_before_storage(uow_factory):
    # PostgreSQL refuses U+0000; the mail used to fail five times and lose its draft.
    parsed = buyer_message(
        buyer_name="Ja\x00ne\x1b[31m",
        subject="Where is\x00 my order? (Order: 111-2223334-4445556)",
        body="Hi,\x00 my parcel\x07 has not arrived.\r\n\tCan you check?\x9b \ud800",
        attachments=(Attachment("pho\x00to.jpg", "image/jpeg", 1),),
        problems=("odd\x00 header",),
    )
    result = store_inbound(uow_factory, b"raw", parsed, arrived_at=ARRIVED, problem="x\x00y")
    assert result.created
    with uow_factory() as uow:
        row = uow.messages.get(result.message_pk)
        assert row.buyer_name == "Jane[31m"
        assert row.subject == "Where is my order? (Order: 111-2223334-4445556)"
        assert row.body == "Hi, my parcel has not arrived.\r\n\tCan you check? \ufffd"
        assert row.attachments[0]["filename"] == "photo.jpg"
        assert row.problems == ["xy", "odd header"]


# Round 8, class F5: a copy of the buyer's mail (the same text from the same alias about
# the same order within a week, under a new Message-ID) asks for no second answer.


def _answered(uow_factory, pk):
    steps = (
        MessageState.RECEIVED,
        MessageState.CARDED,
        MessageState.SENDING,
        MessageState.ANSWERED,
    )
    with uow_factory() as uow:
        for old, new in pairwise(steps):
            assert uow.messages.transition(pk, expected={old}, new=new, actor=None, now=T0)
        uow.commit()


def test_the_same_text_again_under_a_new_message_id_is_a_copy_not_a_question(uow_factory):
    first = store_inbound(uow_factory, b"a", buyer_message(), arrived_at=T0)
    _answered(uow_factory, first.message_pk)
    again = buyer_message(
        "<resent@marketplace.amazon.com>", buyer_alias="abc123xyz@marketplace.amazon.com"
    )
    copy = store_inbound(uow_factory, b"b", again, arrived_at=T0 + timedelta(days=2))

    assert copy.created and copy.state is MessageState.SUPERSEDED
    with uow_factory() as uow:
        row, original = uow.messages.get(copy.message_pk), uow.messages.get(first.message_pk)
        assert original.state is MessageState.ANSWERED  # not reopened
        assert row.thread_pk == (original.thread_pk or original.id)
        assert row.problems[0].startswith(f"a copy of message #{original.id}")


def test_the_same_text_after_the_window_or_about_another_order_is_a_new_message(uow_factory):
    first = store_inbound(uow_factory, b"a", buyer_message(), arrived_at=T0)
    _answered(uow_factory, first.message_pk)
    alias = "abc123xyz@marketplace.amazon.com"
    later = store_inbound(
        uow_factory,
        b"b",
        buyer_message("<later@marketplace.amazon.com>", buyer_alias=alias),
        arrived_at=T0 + timedelta(days=8),
    )
    other_order = store_inbound(
        uow_factory,
        b"c",
        buyer_message(
            "<other@marketplace.amazon.com>", buyer_alias=alias, order_id="111-9999999-4445556"
        ),
        arrived_at=T0 + timedelta(days=1),
    )
    assert later.state is MessageState.RECEIVED
    assert other_order.state is MessageState.RECEIVED
