"""Round 8, class F6: a Date header nobody vouches for cannot set off the breach alarm.

Anyone who can put mail in the inbox writes the Date.  A mail dated 1990 used to make the
card say "Deadline missed 322884 h ago" and ping ``@here`` and the managers at once.  Now an
unauthenticated Date counts at most 12 hours before the mailbox received the mail, and the
card says so; a mail our receiving server authenticated as Amazon's keeps its Date, and a
mail that waited in the mailbox through our downtime keeps the mailbox's arrival time.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta
from email.utils import format_datetime

import pytest

from bot.jobs.sla import sweep
from bot.services.pipeline import store_raw
from bot.slack.client import background_client
from bot.slack.writer import Pacer, SlackWriter
from tests.jobs.helpers import CONFIG
from tests.jobs.test_poster import services, slack  # noqa: F401  (fixtures)
from tests.mail.adversaries.helpers import round8
from tests.services.helpers import T0

H = timedelta(hours=1)
MX = "mx.brightwater-home.example"
PASS = f"Authentication-Results: {MX}; dmarc=pass header.from=marketplace.amazon.co.uk\n"


def _date(at: datetime) -> bytes:
    return format_datetime(at).encode()


def _row(services, pk):  # noqa: F811
    with services.uow_factory() as uow:
        row = uow.messages.get(pk)
        assert row is not None
        return row


def _alarms(services, slack, now):  # noqa: F811
    client = background_client(services.settings, rate_limit_retries=0, server_error_retries=0)
    sweep(services.uow_factory, SlackWriter(client, pacer=Pacer(0.0)), now=now, config=CONFIG)
    return [
        c.args["text"]
        for c in slack.calls_to("chat.postMessage")
        if "Deadline missed" in str(c.args.get("text"))
    ]


def test_a_forged_old_date_gives_no_instant_breach_and_the_card_says_why(services, slack):  # noqa: F811
    stored = store_raw(services, round8("D15_date_past.eml"), arrived_at=T0)

    row = _row(services, stored.message_pk)
    assert row.due_at == T0 + 12 * H  # not 1990 + 24 h
    note = " ".join(row.problems)
    assert "1990-01-01" in note and "not authenticated" in note and "Seller Central" in note
    assert _alarms(services, slack, T0) == []
    assert _alarms(services, slack, T0 + 11 * H) == []
    # the real deadline still comes, and then the alarm does
    assert len(_alarms(services, slack, T0 + 13 * H)) == 1


@pytest.mark.parametrize("late", [timedelta(minutes=5), 11 * H])
def test_mail_a_few_hours_late_keeps_its_date(services, late):  # noqa: F811
    raw = round8("D15_date_past.eml").replace(
        b"Mon, 01 Jan 1990 00:00:00 +0000",
        _date(T0 - late),
    )
    row = _row(services, store_raw(services, raw, arrived_at=T0).message_pk)
    assert row.due_at == T0 - late + 24 * H
    assert not any("not authenticated" in p for p in row.problems)


def test_an_authenticated_amazon_mail_keeps_an_old_date(services, slack):  # noqa: F811
    services = dataclasses.replace(
        services, settings=dataclasses.replace(services.settings, authserv_ids=(MX,))
    )
    sent = T0 - 10 * 24 * H  # Amazon's outbound queue or our gateway held it that long
    raw = PASS.encode() + round8("D15_date_past.eml").replace(
        b"Mon, 01 Jan 1990 00:00:00 +0000", _date(sent)
    )
    row = _row(services, store_raw(services, raw, arrived_at=T0).message_pk)
    assert row.due_at == sent + 24 * H
    assert len(_alarms(services, slack, T0)) == 1  # a real breach is alerted at once


def test_mail_that_waited_in_the_mailbox_through_downtime_keeps_its_arrival(services, slack):  # noqa: F811
    # IMAP INTERNALDATE: the mailbox got it 3 days ago, the Date says a minute before that
    arrived = T0 - 72 * H
    raw = round8("D15_date_past.eml").replace(
        b"Mon, 01 Jan 1990 00:00:00 +0000",
        _date(arrived - timedelta(minutes=1)),
    )
    row = _row(services, store_raw(services, raw, arrived_at=arrived).message_pk)
    assert row.due_at == arrived - timedelta(minutes=1) + 24 * H
    assert len(_alarms(services, slack, T0)) == 1
