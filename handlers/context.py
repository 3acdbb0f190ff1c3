"""What every listener gets besides Bolt's own arguments: ``wismo(context)``.

The app's context middleware puts one :class:`Wismo` into every request's context, so
listeners stay plain functions (testable, no globals) and services are injected once.
"""

from __future__ import annotations

from concurrent.futures import Executor
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from slack_bolt import BoltContext
from slack_sdk import WebClient

from bot.ports import SlackSender
from bot.services.access import AUDIT, Access
from bot.services.deps import Deps
from handlers.live import LiveViews

__all__ = ["AUDIT", "Wismo", "wismo"]


@dataclass(frozen=True, slots=True)
class Wismo:
    services: Deps
    access: Access  # the one authorisation check, for every surface
    slack: SlackSender  # the process's one paced writer: cards after a click
    live_client: WebClient  # never sleeps on 429: keystroke updates only
    live_views: LiveViews
    pool: Executor  # listeners run here; the request thread only waits for the ack

    def now(self) -> datetime:
        return self.services.clock()


def wismo(context: BoltContext | dict[str, Any]) -> Wismo:
    value = context["wismo"]
    assert isinstance(value, Wismo)
    return value
