"""Events API listeners: App Home shows the queue by deadline and the team's figures."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.services.conversations import open_conversations
from bot.services.stats import team_figures
from bot.slack.blocks import figures_text, home_view
from handlers.context import Wismo, wismo
from handlers.responses import guarded

__all__ = ["app_home_opened", "publish_home", "register"]

log = logging.getLogger(__name__)


def register(app: App) -> None:
    app.event("app_home_opened")(guarded(app_home_opened))


def app_home_opened(event: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    if event.get("tab") != "home":
        return
    publish_home(client, wismo(context), str(event["user"]))


def publish_home(client: WebClient, w: Wismo, user: str) -> None:
    now = w.now()
    with w.services.uow_factory() as uow:
        convs = open_conversations(uow, limit=95, policy=w.services.policy)
        figures = team_figures(uow, now=now)
    text = figures_text(figures)
    try:
        client.views_publish(user_id=user, view=home_view(convs, now, text))
    except SlackApiError as exc:
        log.warning("App Home for %s not published: %s", user, exc.response.get("error"))
