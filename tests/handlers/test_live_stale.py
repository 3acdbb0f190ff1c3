"""Keystrokes typed before our update reached the agent carry the hash it replaced."""

from __future__ import annotations

from typing import Any

from slack_sdk import WebClient

from bot.slack.blocks import edit_modal, shown_verdict, verdict_key
from bot.testing.fake_slack import FakeSlack
from compliance import check
from handlers.live import LiveViews

CLEAN = "Hello, your parcel is on its way with UPS."
LINK = CLEAN + " Order again at mystore.com next time."
MAIL = CLEAN + " Write to me at shop@example.com."


def _updates(slack: FakeSlack) -> list[str | None]:
    return [c.response.get("error") for c in slack.calls if c.method == "views.update"]


def _opened(slack: FakeSlack) -> tuple[WebClient, dict[str, Any]]:
    """A client on ``slack`` and the edit modal it opened for a clean reply."""
    client = WebClient(token="xoxb-test", base_url=slack.base_url)
    opened = client.views_open(trigger_id="t1", view=edit_modal(None, CLEAN, check(CLEAN)))
    return client, opened["view"]


def test_stale_keystrokes_with_the_verdict_already_shown_cost_no_slack_call():
    with FakeSlack() as slack:
        client, view = _opened(slack)  # every payload below carries this hash and the clean verdict
        live = LiveViews(client)

        assert live.show(view, check(LINK), "1.0")
        for n in range(2, 12):  # typing on before Slack's client got the update
            assert not live.show(view, check(LINK + " x" * n), f"{n}.0")
        assert _updates(slack) == [None]
        assert shown_verdict(slack.views[view["id"]]) == verdict_key(check(LINK))

        # a new verdict from the same stale view still reaches Slack, on our last hash
        assert live.show(view, check(MAIL), "20.0")
        assert shown_verdict(slack.views[view["id"]]) == verdict_key(check(MAIL))
        assert _updates(slack) == [None, None]


def test_a_replica_that_never_updated_the_view_stops_after_one_conflict():
    """Each replica remembers only its own updates; a hash Slack refused is not sent twice."""
    with FakeSlack() as slack:
        client, view = _opened(slack)
        here, there = LiveViews(client), LiveViews(client)

        assert here.show(view, check(LINK), "1.0")
        for n in range(2, 8):  # stale keystrokes that the other replica receives
            assert not there.show(view, check(LINK + " x" * n), f"{n}.0")
        assert _updates(slack) == [None, "hash_conflict"]
        assert shown_verdict(slack.views[view["id"]]) == verdict_key(check(LINK))


def test_a_view_changed_elsewhere_is_still_updated():
    """Another replica updated the view: its hash is new to us, so we must try."""
    with FakeSlack() as slack:
        client, view = _opened(slack)
        here, there = LiveViews(client), LiveViews(client)

        assert here.show(view, check(LINK), "1.0")
        assert there.show(slack.views[view["id"]], check(MAIL), "2.0")
        assert here.show(slack.views[view["id"]], check(LINK), "3.0")
        assert shown_verdict(slack.views[view["id"]]) == verdict_key(check(LINK))
