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

    actions.register(app)
    views.register(app)
    commands.register(app)
    events.register(app)
