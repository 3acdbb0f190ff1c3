"""Who may act, per seller account: a message's own account's agents and viewers only."""

from __future__ import annotations

import pytest

from bot.config import Settings
from bot.domain import Account
from bot.errors import NotAuthorised
from bot.services.access import Access, Role
from tests.services.helpers import no_groups

US = Account(id="us", channel="C0US", agents=("U0US",), managers=("U0USBOSS",))
EU = Account(id="eu", channel="C0EU", agents=("U0EU",), viewers=("U0AUDITOR",))
OWNER = {1: "us", 2: "eu"}  # message pk -> account


def access() -> Access:
    settings = Settings(account_list=(US, EU))
    return Access.from_settings(settings, no_groups, account_of=OWNER.get)


def test_an_agent_decides_on_the_messages_of_their_own_account_only():
    rules = access()
    rules.require("U0US", Role.DECIDE, what="approve", subject=1)
    with pytest.raises(NotAuthorised):
        rules.require("U0US", Role.DECIDE, what="approve", subject=2)
    with pytest.raises(NotAuthorised):
        rules.require("U0EU", Role.DECIDE, what="approve", subject=1)
    with pytest.raises(NotAuthorised):  # a message that is gone belongs to nobody
        rules.require("U0EU", Role.DECIDE, what="approve", subject=99)


def test_readers_are_counted_per_account():
    rules = access()
    assert rules.accounts("U0USBOSS", Role.READ) == ("us",)  # managers read by default
    assert rules.accounts("U0AUDITOR", Role.READ) == ("eu",)
    assert rules.accounts("U0EU", Role.READ) == ()  # EU names its viewers: agents are not
    rules.require("U0AUDITOR", Role.READ, what="/wismo queue")
    with pytest.raises(NotAuthorised):
        rules.require("U0AUDITOR", Role.READ, what="copy the evidence", subject=1)
    with pytest.raises(NotAuthorised):
        rules.require("U0STRANGER", Role.READ, what="App Home")
