"""Round 8, class F2: no stored mail is kept unseen.  Amazon mail matching no notice we
know, and buyer-shaped mail from Amazon hosts that are no relay, each get a card with the
reason, and the daily summary counts them."""

from __future__ import annotations

import pytest

from bot.jobs.poster import post_due
from bot.services.pipeline import store_raw
from bot.services.stats import team_figures
from bot.slack.client import background_client
from bot.slack.team_summary import summary_message
from bot.slack.writer import Pacer, SlackWriter
from tests.jobs.test_poster import services, slack  # noqa: F401  (fixtures)
from tests.mail.adversaries.helpers import round8
from tests.services.helpers import T0

CASES = [
    ("C07_sys_unknown.eml", "Amazon mail we don't recognise"),
    ("W2_C07_authpass_sys_other.eml", "Amazon mail we don't recognise"),
    ("B12_subdomain.eml", "not from a known relay address"),
    ("C11_buyer_text_from_sysdomain.eml", "not from a known relay address"),
    ("C12_sub_subdomain_marketplace.eml", "not from a known relay address"),
]


@pytest.mark.parametrize(("name", "title"), CASES)
def test_every_stored_mail_gets_a_card_with_its_reason(services, slack, name, title):  # noqa: F811
    stored = store_raw(services, round8(name), arrived_at=T0)
    client = background_client(services.settings, rate_limit_retries=0, server_error_retries=0)

    assert post_due(services, SlackWriter(client, pacer=Pacer(0.0)), now=T0).posted == 1
    blocks = str(slack.calls_to("chat.postMessage")[0].args.get("blocks"))
    assert title in blocks
    assert "relay address" in blocks or "recognise" in blocks
    with services.uow_factory() as uow:
        row = uow.messages.get(stored.message_pk)
        assert row is not None and row.slack_ts


def test_the_summary_counts_the_mail_shown_for_a_look(services):  # noqa: F811
    for name, _ in CASES:
        store_raw(services, round8(name), arrived_at=T0)
    with services.uow_factory() as uow:
        figures = team_figures(uow, now=T0)
    assert dict(figures.mail_for_a_look) == {"unrecognised": 2, "unreadable": 3}
    body = summary_message(figures)["blocks"][2]["text"]["text"]
    assert "Other mail shown for a look: *5*" in body
    assert "Amazon mail we don't recognise (2)" in body


def test_mail_neither_a_buyers_nor_amazons_gets_a_card_and_no_deadline(services, slack):  # noqa: F811
    from pathlib import Path

    from bot.domain import MessageState

    raw = (Path(__file__).parents[1] / "mail/corpus/other_colleague.eml").read_bytes()
    stored = store_raw(services, raw, arrived_at=T0)
    client = background_client(services.settings, rate_limit_retries=0, server_error_retries=0)

    assert stored.state is MessageState.SYSTEM  # no clock runs, nobody is paged
    assert post_due(services, SlackWriter(client, pacer=Pacer(0.0)), now=T0).posted == 1
    blocks = str(slack.calls_to("chat.postMessage")[0].args.get("blocks"))
    assert "Mail not from Amazon or a buyer" in blocks
    with services.uow_factory() as uow:
        row = uow.messages.get(stored.message_pk)
        assert row is not None and row.next_escalation_at is None
        assert dict(team_figures(uow, now=T0).mail_for_a_look) == {"not_amazon": 1}
