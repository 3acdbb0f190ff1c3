"""Round 8, class F6: a Date header in the far past neither starts the deadline in the
past nor pages anybody: the clock runs from the arrival and the card says why."""

from __future__ import annotations

from datetime import timedelta

from bot.jobs.poster import post_due
from bot.services.ingest import ANSWER_WITHIN
from bot.services.pipeline import draft_pending, store_raw
from bot.slack.client import background_client
from bot.slack.writer import Pacer, SlackWriter
from tests.jobs.test_poster import services, slack  # noqa: F401  (fixtures)
from tests.mail.adversaries.helpers import round8
from tests.services.helpers import T0


def test_a_1990_date_starts_the_clock_at_the_arrival_and_the_card_says_so(services, slack):  # noqa: F811
    stored = store_raw(services, round8("D15_date_past.eml"), arrived_at=T0)

    assert stored.received_at == T0 and stored.due_at == T0 + ANSWER_WITHIN
    with services.uow_factory() as uow:
        row = uow.messages.get(stored.message_pk)
        assert row is not None
        assert any("1990-01-01" in p for p in row.problems)
        # The sweep's first look is now, and nothing is late.
        assert row.next_escalation_at == T0 and row.due_at - T0 > timedelta(hours=23)
    draft_pending(services, now=T0)
    client = background_client(services.settings, rate_limit_retries=0, server_error_retries=0)
    post_due(services, SlackWriter(client, pacer=Pacer(0.0)), now=T0)
    blocks = str(slack.calls_to("chat.postMessage")[0].args.get("blocks"))
    assert "1990-01-01" in blocks and "using the arrival time" in blocks
    assert "Deadline missed" not in blocks
