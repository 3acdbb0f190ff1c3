"""Who may decide: agents by user id or user group, group lists cached, Slack outages."""

from __future__ import annotations

import pytest

from bot.errors import NotAuthorised, SlackError
from bot.services.authorise import Authoriser


class Groups:
    def __init__(self, members: dict[str, list[str]]) -> None:
        self.members = members
        self.asked: list[str] = []
        self.down = False

    def __call__(self, group: str) -> list[str]:
        self.asked.append(group)
        if self.down:
            raise SlackError("Slack did not answer")
        return self.members[group]


def test_user_ids_and_group_members_may_decide_and_others_may_not():
    groups = Groups({"S0TEAM": ["U0GROUPIE"]})
    auth = Authoriser(("U0AGENT", "S0TEAM"), groups)
    auth.require("U0AGENT")
    auth.require("U0GROUPIE")
    with pytest.raises(NotAuthorised) as refused:
        auth.require("U0STRANGER")
    assert refused.value.user_id == "U0STRANGER"
    assert groups.asked == ["S0TEAM"]  # asked once, then cached


def test_the_group_list_is_refreshed_after_its_ttl():
    clock = [0.0]
    groups = Groups({"S0TEAM": []})
    auth = Authoriser(("S0TEAM",), groups, ttl=300, clock=lambda: clock[0])
    assert not auth.allowed("U0NEW")
    groups.members["S0TEAM"] = ["U0NEW"]
    clock[0] = 100
    assert not auth.allowed("U0NEW")  # still the cached list
    clock[0] = 301
    assert auth.allowed("U0NEW")


def test_slack_down_uses_the_cached_list_or_says_it_cannot_check():
    clock = [0.0]
    groups = Groups({"S0TEAM": ["U0GROUPIE"]})
    auth = Authoriser(("S0TEAM",), groups, ttl=10, clock=lambda: clock[0])
    assert auth.allowed("U0GROUPIE")
    groups.down = True
    clock[0] = 60
    assert auth.allowed("U0GROUPIE")  # stale but known beats locking the team out
    fresh = Authoriser(("S0TEAM",), groups)
    with pytest.raises(SlackError, match="cannot check whether you are an agent"):
        fresh.allowed("U0GROUPIE")


def test_no_agents_configured_means_nobody_may_decide():
    auth = Authoriser((), Groups({}))
    assert not auth.configured and not auth.allowed("U0ANYONE")
    with pytest.raises(NotAuthorised):
        auth.require("U0ANYONE")
