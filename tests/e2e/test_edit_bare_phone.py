"""The adversary over signed Slack HTTP sent a bare unformatted phone number to the buyer
through the Edit modal; the submit must refuse it under the input and send nothing."""

from __future__ import annotations

import pytest

from bot.domain import MessageState
from tests.e2e.slack_harness import Bot
from tests.e2e.test_slack_approve import arrive
from tests.e2e.test_slack_edit_reject import open_edit, submit


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_an_edit_with_a_bare_phone_number_is_refused_and_nothing_is_sent(bot: Bot, manifest):
    pk = arrive(bot, manifest)
    view = open_edit(bot, pk)
    text = "Thanks for waiting, your parcel is on its way.\n\nAnything else you need: 6505550182"
    refused = submit(bot, view, text)
    assert refused.status_code == 200
    body = refused.json()
    assert body["response_action"] == "errors" and "6505550182" in body["errors"]["reply"]
    assert bot.mails() == [] and bot.message_state(pk) is MessageState.CARDED
    with bot.services.uow_factory() as uow:
        assert uow.decisions.for_message(pk) == []
