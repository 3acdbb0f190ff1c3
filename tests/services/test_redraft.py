"""Switching the reply to another scenario, and a late order's new ship date.

The bundled demo mails through the real pipeline (fake SP-API and carrier servers over
HTTP, the real templates and policy check, SQLite and PostgreSQL).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bot.domain import MessageState
from bot.errors import DecisionError, NotAuthorised, ShipDateRefused
from bot.services import deciding, redraft
from bot.services.pipeline import draft_pending, process_raw
from tests.services.helpers import access_for

AGENT, STRANGER = "U0AGENT", "U0STRANGER"


AGENTS = access_for((AGENT,))


def drafted(services, manifest, file: str) -> int:
    mail = next(m for m in manifest.mails if m.file == file)
    pk = process_raw(services, mail.raw, arrived_at=manifest.now)
    draft_pending(services, now=manifest.now)
    return pk


def test_switching_renders_another_scenario_with_the_same_order_and_parcel(services, manifest):
    pk = drafted(services, manifest, "01_en_us_in_transit.eml")
    before = deciding.current(services, pk)
    assert before.draft.scenario == "in_transit"
    number = before.trackings[0].number
    switched = redraft.switch_reply(
        services, pk, "delayed", access=AGENTS, actor=AGENT, now=manifest.now
    )
    assert switched.scenario == "delayed" and switched.language == "en"
    assert switched.text != before.draft.text
    assert before.message.order_id in switched.text and number in switched.text
    assert switched.report.compliant
    # Nothing is stored until the agent sends: the card still shows the bot's draft.
    assert deciding.current(services, pk).draft.version == before.draft.version


def test_a_scenario_needing_facts_the_order_lacks_says_which(services, manifest):
    pk = drafted(services, manifest, "09_en_us_not_shipped.eml")  # no parcel yet
    switched = redraft.switch_reply(
        services, pk, "in_transit", access=AGENTS, actor=AGENT, now=manifest.now
    )
    assert switched.text == "" and "tracking_number" in switched.missing


def test_only_agents_may_switch_and_only_to_a_template(services, manifest):
    pk = drafted(services, manifest, "01_en_us_in_transit.eml")
    with pytest.raises(NotAuthorised):
        redraft.switch_reply(
            services, pk, "delayed", access=AGENTS, actor=STRANGER, now=manifest.now
        )
    with pytest.raises(DecisionError):
        redraft.switch_reply(services, pk, "thanks", access=AGENTS, actor=AGENT, now=manifest.now)


def test_a_template_the_modal_does_not_offer_cannot_be_switched_to(services, manifest):
    # Amazon customer service's template has a file, but it is not a reply to a buyer: a
    # payload naming it (the modal never offers it) is refused, as an adversary tried.
    pk = drafted(services, manifest, "01_en_us_in_transit.eml")
    offered = {value for value, _ in redraft.switch_options()}
    assert "amazon_cs_reply" not in offered
    with pytest.raises(DecisionError, match="not a reply the agent can switch to"):
        redraft.switch_reply(
            services, pk, "amazon_cs_reply", access=AGENTS, actor=AGENT, now=manifest.now
        )


def test_a_late_order_gets_no_invented_date_then_the_agents_date(services, manifest):
    pk = drafted(services, manifest, "10_fr_not_shipped_late.eml")
    conv = deciding.current(services, pk)
    assert conv.draft.scenario == "not_shipped_late"
    assert conv.draft.text == ""  # no date until the agent gives one
    assert conv.draft.next_step == "agent_action_then_reply"
    assert conv.draft.waits_for == "new_ship_date"
    today = redraft.local_today(conv, manifest.now)

    with pytest.raises(ShipDateRefused):
        redraft.enter_ship_date(
            services, pk, today - timedelta(days=1), access=AGENTS, actor=AGENT, now=manifest.now
        )
    with pytest.raises(NotAuthorised):
        redraft.enter_ship_date(
            services, pk, today, access=AGENTS, actor=STRANGER, now=manifest.now
        )
    horizon = services.settings.ship_date_horizon_days
    assert horizon == 60  # the default
    for far in (today + timedelta(days=horizon + 1), date(2100, 1, 1), date(9999, 12, 31)):
        with pytest.raises(ShipDateRefused, match="more than 60 days"):
            redraft.enter_ship_date(services, pk, far, access=AGENTS, actor=AGENT, now=manifest.now)

    day = today + timedelta(days=3)
    result = redraft.enter_ship_date(
        services, pk, day, access=AGENTS, actor=AGENT, now=manifest.now
    )
    draft = result.conversation.draft
    assert draft.created_by == AGENT and draft.version == 2
    assert draft.language == "fr" and draft.report.compliant
    assert str(day.day) in draft.text
    assert draft.next_step == "send_reply"
    assert result.conversation.state in {MessageState.DRAFTED, MessageState.CARDED}


def test_a_reply_that_needs_no_date_refuses_one(services, manifest):
    pk = drafted(services, manifest, "01_en_us_in_transit.eml")
    with pytest.raises(DecisionError):
        redraft.enter_ship_date(
            services, pk, manifest.now.date(), access=AGENTS, actor=AGENT, now=manifest.now
        )


@pytest.mark.parametrize(
    "value",
    [
        "2026-W50",
        "2026-W50-1",
        "20261210",
        "2026-02-30",
        "٢٠٢٦-١٢-١٠",
        "2026-12-10T00:00",
        " 2026-12-10",
        "",
        None,
        20261210,
    ],
)
def test_only_a_calendar_date_is_a_ship_date(value):
    assert redraft.parse_ship_date(value) is None


def test_the_ship_date_window_runs_from_today_to_the_horizon():
    today = date(2026, 12, 6)
    assert redraft.parse_ship_date("2026-12-10") == date(2026, 12, 10)
    assert redraft.ship_date_problem(today, today) is None
    assert redraft.ship_date_problem(today + timedelta(days=60), today) is None
    assert "more than 60 days" in redraft.ship_date_problem(today + timedelta(days=61), today)
    assert "has passed" in redraft.ship_date_problem(today - timedelta(days=1), today)
    assert redraft.ship_date_problem(today + timedelta(days=10), today, horizon_days=7)


def test_a_damaged_item_gets_the_agents_choice_as_the_reply(services, manifest):
    pk = drafted(services, manifest, "21_en_us_damaged.eml")
    before = deciding.current(services, pk)
    assert before.draft.scenario == "damaged_or_wrong"
    assert before.draft.choices == ("damaged_replacement", "damaged_refund", "damaged_return")

    result = redraft.choose_reply(
        services, pk, "damaged_refund", access=AGENTS, actor=AGENT, now=manifest.now
    )
    draft = result.conversation.draft
    assert draft.scenario == "damaged_refund" and draft.version == 2
    assert draft.created_by == AGENT and draft.language == "en" and draft.report.compliant
    assert "refunded" in draft.text and before.message.order_id in draft.text
    # the card's send button now says what the agent does first
    assert draft.action == "Refunded in Seller Central: send confirmation"
    assert draft.choices == before.draft.choices  # and the agent may change their mind

    back = redraft.choose_reply(
        services, pk, "damaged_return", access=AGENTS, actor=AGENT, now=manifest.now
    )
    assert back.conversation.draft.scenario == "damaged_return"
    assert back.conversation.draft.next_step == "send_reply"


def test_a_lost_parcel_switches_between_reship_and_refund_with_its_tracking(services, manifest):
    pk = drafted(services, manifest, "27_en_us_lost.eml")
    before = deciding.current(services, pk)
    assert before.draft.scenario == "lost_reship"
    assert before.draft.choices == ("lost_reship", "lost_refund")
    # the reply already says what was chosen: nothing new is stored
    same = redraft.choose_reply(
        services, pk, "lost_reship", access=AGENTS, actor=AGENT, now=manifest.now
    )
    assert same.conversation.draft.version == before.draft.version

    result = redraft.choose_reply(
        services, pk, "lost_refund", access=AGENTS, actor=AGENT, now=manifest.now
    )
    draft = result.conversation.draft
    assert draft.scenario == "lost_refund" and draft.report.compliant
    assert before.trackings[0].number in draft.text
    assert draft.action == "Refunded in Seller Central: send confirmation"


def test_only_agents_choose_and_only_among_the_replys_choices(services, manifest):
    pk = drafted(services, manifest, "21_en_us_damaged.eml")
    with pytest.raises(NotAuthorised):
        redraft.choose_reply(
            services, pk, "damaged_refund", access=AGENTS, actor=STRANGER, now=manifest.now
        )
    with pytest.raises(DecisionError, match="not one of this reply's choices"):
        redraft.choose_reply(
            services, pk, "lost_refund", access=AGENTS, actor=AGENT, now=manifest.now
        )
    other = drafted(services, manifest, "01_en_us_in_transit.eml")
    with pytest.raises(DecisionError):
        redraft.choose_reply(
            services, other, "damaged_refund", access=AGENTS, actor=AGENT, now=manifest.now
        )
    assert deciding.current(services, pk).draft.version == 1
