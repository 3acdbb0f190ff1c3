"""Live findings against the fake Slack: out-of-order keystrokes end on the newest verdict."""

from __future__ import annotations

import json

from slack_sdk import WebClient

from bot.slack.blocks import edit_modal, shown_verdict, verdict_key
from bot.testing.fake_slack import FakeSlack
from compliance import check
from handlers.live import LiveViews

CLEAN = "Hello, your parcel is on its way with UPS."
LINK = CLEAN + " Order again at mystore.com next time."
MAIL = CLEAN + " Write to me at shop@example.com."


def test_the_newest_keystroke_wins_even_when_it_carries_an_old_hash():
    with FakeSlack() as slack:
        client = WebClient(token="xoxb-test", base_url=slack.base_url)
        first = client.views_open(trigger_id="t1", view=edit_modal(None, CLEAN, check(CLEAN)))
        view = first["view"]  # hash H1, as every payload typed before an update carries
        live = LiveViews(client)

        assert live.show(view, check(LINK), "1.0")  # H1 -> H2
        # typed before the update reached Slack's client: still H1, but the newest keystroke
        assert live.show(view, check(MAIL), "3.0")  # H1 is known gone: straight to H2
        assert shown_verdict(slack.views[view["id"]]) == verdict_key(check(MAIL))
        # a late, older keystroke changes nothing and costs no Slack call
        calls = len(slack.calls)
        assert not live.show(view, check(LINK), "2.0")
        assert len(slack.calls) == calls
        errors = [c.response.get("error") for c in slack.calls if c.method == "views.update"]
        assert errors == [None, None]  # no call that could only conflict
        reply = next(b for b in slack.views[view["id"]]["blocks"] if b["block_id"] == "reply")
        assert "initial_value" not in reply["element"]
        assert "email-address" in json.dumps(slack.views[view["id"]]["blocks"])


def test_a_rate_limited_update_is_dropped_without_waiting():
    with FakeSlack() as slack:
        client = WebClient(token="xoxb-test", base_url=slack.base_url, retry_handlers=[])
        view = client.views_open(trigger_id="t1", view=edit_modal(None, CLEAN, check(CLEAN)))
        slack.fail_next("views.update", status=429, retry_after=30)
        assert not LiveViews(client).show(view["view"], check(LINK), "1.0")
        assert shown_verdict(slack.views[view["view"]["id"]]) == verdict_key(check(CLEAN))
