"""Events API listeners: App Home shows the queue by deadline and the team's figures."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.errors import NotAuthorised
from bot.services.overview import read_home
from bot.slack.blocks import figures_text, home_view, notice_home
from handlers.context import Wismo, wismo
from handlers.responses import guarded, user_text

__all__ = ["app_home_opened", "publish_home", "register"]

log = logging.getLogger(__name__)


def register(app: App) -> None:
    app.event("app_home_opened")(guarded(app_home_opened))


def app_home_opened(event: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    user = event.get("user")
    # Slack sends app_home_opened with the user's id; anything else is a forged event, and
    # its text must not become the user a view is published to.
    if event.get("tab") != "home" or not isinstance(user, str):
        return
    publish_home(client, wismo(context), user)


def publish_home(client: WebClient, w: Wismo, user: str) -> None:
    now = w.now()
    try:
        home = read_home(w.services.uow_factory, w.access, user=user, now=now)
    except NotAuthorised as exc:
        view = notice_home(user_text(exc))
    else:
        queue = home.queue
        view = home_view(queue.entries, now, figures_text(home.figures),
                         total=queue.open_total, due_soon=queue.due_soon)  # fmt: skip
    try:
        client.views_publish(user_id=user, view=view)
    except SlackApiError as exc:
        log.warning("App Home for %s not published: %s", user, exc.response.get("error"))
