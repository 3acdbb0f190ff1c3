"""Slack only: one module per surface (actions, views, commands, events), ids, builders.

Listeners ack, parse, call a service, render.  No SQL, no HTTP of their own.
"""

from __future__ import annotations

from slack_bolt import App

__all__ = ["register_handlers"]


def register_handlers(app: App) -> None:
    import handlers.actions as actions
    import handlers.commands as commands
    import handlers.events as events
    import handlers.views as views

    # Bolt tries the listeners in this order until one matches, and every try costs a
    # call with injected arguments (about 20 us): the kinds most requests are come first
    # (keystrokes and Approve, the slash commands, App Home), the rarer buttons and forms
    # after.  No two listeners match the same request, so the order changes nothing else.
    actions.register_frequent(app)
    commands.register(app)
    events.register(app)
    actions.register(app)
    views.register(app)
