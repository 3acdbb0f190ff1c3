"""Who may decide on a buyer message: the agents of ``WISMO_AGENTS``.

Agents are Slack user ids (``U…``/``W…``) or user groups (``S…``, e.g. a
``@support`` handle).  A group's members are asked from Slack
(``usergroups.users.list``) and cached for a few minutes, so a click costs no Slack call
and people added to the group can decide shortly after.  When Slack cannot be asked and
nothing is cached, nobody from that group is let through (and the error says why).

With ``WISMO_AGENTS`` empty nobody may decide: a reply to a buyer is sent on the seller's
account, so who may send one is a choice the deployment makes, never a default.  The app
logs an error at start-up and every refusal says which setting to fill in.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence

from bot.errors import NotAuthorised, SlackError

__all__ = ["Authoriser", "GroupMembers"]

log = logging.getLogger(__name__)


GroupMembers = Callable[[str], Sequence[str]]
"""Members of a Slack user group; raises :class:`SlackError` when Slack fails."""


class Authoriser:
    def __init__(
        self,
        agents: Sequence[str],
        members: GroupMembers,
        *,
        ttl: float = 300.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.users = frozenset(a for a in agents if not a.startswith("S"))
        self.groups = tuple(a for a in agents if a.startswith("S"))
        self._members = members
        self._ttl = ttl
        self._clock = clock
        self._cache: dict[str, tuple[float, frozenset[str]]] = {}
        self._lock = threading.Lock()

    @property
    def configured(self) -> bool:
        return bool(self.users or self.groups)

    def allowed(self, user_id: str) -> bool:
        if user_id in self.users:
            return True
        problems: list[str] = []
        for group in self.groups:
            try:
                if user_id in self._group(group):
                    return True
            except SlackError as exc:
                problems.append(str(exc))
        if problems:
            raise SlackError(
                "cannot check whether you are an agent: " + "; ".join(problems) + ". Try again."
            )
        return False

    def require(self, user_id: str) -> None:
        """Raise :class:`NotAuthorised` unless ``user_id`` is an agent."""
        if not self.allowed(user_id):
            raise NotAuthorised(user_id)

    def _group(self, group_id: str) -> frozenset[str]:
        now = self._clock()
        with self._lock:
            cached = self._cache.get(group_id)
        if cached is not None and now - cached[0] < self._ttl:
            return cached[1]
        try:
            members = frozenset(self._members(group_id))
        except SlackError:
            if cached is not None:  # Slack is down: a stale list beats locking everyone out
                log.warning("using the cached members of %s: Slack did not answer", group_id)
                return cached[1]
            raise
        with self._lock:
            self._cache[group_id] = (now, members)
        return members
