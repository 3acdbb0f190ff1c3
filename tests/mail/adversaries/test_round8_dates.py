"""Round 8, class F6: a Date header far before the mail's arrival is not believed (as a
future one is not): the deadline runs from the arrival, and the card says why."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.mail.relay import PAST_DATE_BOUND, parse_mail
from tests.mail.adversaries.helpers import round8

ARRIVED = datetime(2026, 11, 2, 12, 0, tzinfo=UTC)


def test_a_date_in_1990_is_clamped_to_the_arrival_with_a_note():
    parsed = parse_mail(round8("D15_date_past.eml"), received_at=ARRIVED)
    assert parsed.sent_at == ARRIVED
    assert any("1990-01-01" in p and "using the arrival time" in p for p in parsed.problems)


@pytest.mark.parametrize(
    ("before", "kept"),
    [
        (timedelta(hours=3), True),  # waited in the mailbox: Amazon's clock still runs
        (PAST_DATE_BOUND, True),
        (PAST_DATE_BOUND + timedelta(minutes=1), False),
        (timedelta(days=400), False),
    ],
)
def test_a_date_less_than_a_day_before_the_arrival_is_kept(before, kept):
    sent = ARRIVED - before
    raw = round8("D15_date_past.eml").replace(
        b"Mon, 01 Jan 1990 00:00:00 +0000", sent.strftime("%a, %d %b %Y %H:%M:%S +0000").encode()
    )
    assert raw != round8("D15_date_past.eml")
    parsed = parse_mail(raw, received_at=ARRIVED)
    assert (parsed.sent_at == sent) is kept
    assert any("using the arrival time" in p for p in parsed.problems) is not kept


def test_without_an_arrival_time_the_date_is_taken_as_it_is():
    parsed = parse_mail(round8("D15_date_past.eml"))
    assert parsed.sent_at is not None and parsed.sent_at.year == 1990
