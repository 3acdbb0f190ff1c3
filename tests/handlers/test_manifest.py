"""The app manifest declares exactly what the app listens to and calls."""

from __future__ import annotations

import json
from pathlib import Path

from bot.slack.ids import Command

MANIFEST = json.loads((Path(__file__).resolve().parents[2] / "manifest.json").read_text())


def test_every_registered_command_is_declared_and_nothing_more():
    declared = {c["command"] for c in MANIFEST["features"]["slash_commands"]}
    assert declared == {c.value for c in Command}
    for command in MANIFEST["features"]["slash_commands"]:
        assert command["url"].endswith("/slack/events") and len(command["description"]) <= 100


def test_events_interactivity_and_scopes_match_what_the_app_uses():
    settings = MANIFEST["settings"]
    assert settings["event_subscriptions"]["bot_events"] == ["app_home_opened"]
    assert settings["interactivity"]["is_enabled"] is True
    assert settings["interactivity"]["request_url"].endswith("/slack/events")
    assert MANIFEST["features"]["app_home"]["home_tab_enabled"] is True  # views.publish
    # chat.postMessage/update/postEphemeral, slash commands, usergroups.users.list, and
    # conversations.history in a public or private queue channel (a post whose poster
    # stopped mid-call is looked up there before it is posted again), and
    # files.getUploadURLExternal/completeUploadExternal (a buyer's files in the thread),
    # files.info and the file's download (an agent's files attached in Edit)
    assert sorted(MANIFEST["oauth_config"]["scopes"]["bot"]) == [
        "channels:history",
        "chat:write",
        "commands",
        "files:read",
        "files:write",
        "groups:history",
        "usergroups:read",
    ]
