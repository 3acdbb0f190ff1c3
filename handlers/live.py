"""Live findings in the edit modal: one ``views.update`` per verdict change, never a wait.

Keystroke payloads arrive in bursts and out of order.  Each update carries the hash of
the view the payload came from, so an older payload loses with ``hash_conflict`` and is
dropped.  The newest payload of a view may lose to an older one that was still in
flight; then it is retried once with the hash Slack returned for our last update.  A 429
drops the update: the next keystroke, or the submit, checks again.

Keystrokes typed before our last update reached the agent's client carry a hash that
update replaced, and findings that are out of date.  A hash Slack no longer holds (we
replaced it, or Slack answered ``hash_conflict`` to it) is not sent again: the update
goes straight to the retry.  When our last update already shows the verdict, the retry
is not made either: it would put the same verdict on top of itself.

Under load the checks wait for a thread while the agent types on: a keystroke whose view
has a newer one already arrived is not checked at all (:meth:`LiveViews.superseded`), so
a burst costs one check, not one per character.  The send re-checks whatever is sent.

The per-view memory is in-process and bounded; with several replicas behind a load
balancer a lost retry only delays the findings until the next keystroke.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.slack.blocks import verdict_key, with_findings
from compliance import Report

__all__ = ["LiveViews"]

log = logging.getLogger(__name__)

_MAX_DEAD = 32


@dataclass
class _Seen:
    action_ts: float
    pushed: str | None = None  # verdict key of our last successful update
    hash: str | None = None  # the view hash Slack returned for it
    # Hashes Slack no longer holds (an update of ours replaced them, or Slack said
    # hash_conflict): an update carrying one can only conflict.
    dead: set[str] = field(default_factory=set)

    def bury(self, view_hash: str) -> None:
        if not view_hash:
            return
        if len(self.dead) >= _MAX_DEAD:
            self.dead.clear()  # only loses the shortcut, never an update
        self.dead.add(view_hash)


class LiveViews:
    def __init__(self, client: WebClient, *, max_views: int = 2000) -> None:
        self._client = client
        self._max = max_views
        self._views: OrderedDict[str, _Seen] = OrderedDict()
        self._arrived: OrderedDict[str, float] = OrderedDict()  # newest keystroke per view
        self._lock = threading.Lock()

    def arrived(self, view_id: str, action_ts: str) -> None:
        """Note a keystroke as its request arrives, before its check waits for a thread."""
        ts = _float(action_ts)
        with self._lock:
            if ts > self._arrived.get(view_id, 0.0):
                self._arrived[view_id] = ts
            self._arrived.move_to_end(view_id)
            while len(self._arrived) > self._max:
                self._arrived.popitem(last=False)

    def superseded(self, view_id: str, action_ts: str) -> bool:
        """True when a newer keystroke of the view has arrived: its check decides what is
        shown, so checking this one's text (which the agent has already changed) is waste."""
        with self._lock:
            return self._arrived.get(view_id, 0.0) > _float(action_ts)

    def show(self, view: dict[str, Any], report: Report, action_ts: str) -> bool:
        """Show ``report`` in ``view`` unless a newer keystroke got there first.

        True when Slack took the update.
        """
        view_id = str(view["id"])
        view_hash = str(view.get("hash") or "")
        key = verdict_key(report)
        ts = _float(action_ts)
        with self._lock:
            seen = self._views.get(view_id)
            if seen is not None and ts < seen.action_ts:
                return False  # an older keystroke: a newer one decides what is shown
            if seen is None:
                seen = _Seen(ts)
                self._views[view_id] = seen
                while len(self._views) > self._max:
                    self._views.popitem(last=False)
            seen.action_ts = ts
            self._views.move_to_end(view_id)
            stale = view_hash in seen.dead
            if seen.pushed == key and (seen.hash == view_hash or stale):
                return False
        new_view = with_findings(view, report)
        result = None if stale else self._update(seen, view_id, view_hash, new_view)
        if result is None:
            with self._lock:
                retry_hash = seen.hash if seen.action_ts == ts else None
                if seen.pushed == key:
                    retry_hash = None  # the view at our last hash shows this verdict
            if not retry_hash or retry_hash == view_hash:
                return False
            result = self._update(seen, view_id, retry_hash, new_view)
            if result is None:
                return False
        with self._lock:
            if seen.action_ts == ts:
                seen.pushed, seen.hash = key, result
        return True

    def _update(
        self, seen: _Seen, view_id: str, view_hash: str, view: dict[str, Any]
    ) -> str | None:
        """The new hash, or None when Slack refused (conflict, rate limit, failure)."""
        try:
            response = self._client.views_update(view_id=view_id, hash=view_hash, view=view)
        except SlackApiError as exc:
            error = exc.response.get("error")
            if error == "hash_conflict":
                with self._lock:
                    seen.bury(view_hash)
            elif exc.response.status_code != 429:
                log.warning("live findings for view %s not shown: %s", view_id, error)
            return None
        except OSError as exc:
            log.warning("live findings for view %s not shown: %s", view_id, exc)
            return None
        with self._lock:
            seen.bury(view_hash)
        new_view = response.get("view") or {}
        return str(new_view.get("hash") or "") or None


def _float(text: str) -> float:
    try:
        return float(text)
    except (TypeError, ValueError):
        return 0.0
