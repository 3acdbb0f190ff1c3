"""The one authorisation check: who may decide on buyer messages, who may read them.

Every surface asks :meth:`Access.require`: buttons and modals for :attr:`Role.DECIDE`
(``WISMO_AGENTS``), ``/order``, ``/wismo queue`` and App Home for :attr:`Role.READ`
(``WISMO_VIEWERS``, by default the agents and the managers).  A refusal is written to
the audit log (``wismo.audit``) in one line naming the user and what they tried, never
the buyer data they would have seen, and raises :class:`~bot.errors.NotAuthorised`
naming the setting to fill in.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from enum import StrEnum

from bot.config import Settings
from bot.errors import NotAuthorised
from bot.services.authorise import Authoriser, GroupMembers

__all__ = ["AUDIT", "Access", "Role"]

AUDIT = logging.getLogger("wismo.audit")
"""Refused attempts and decisions, one line each, for the audit trail."""


class Role(StrEnum):
    DECIDE = "decide"  # Approve, Edit, Reject, Mark answered
    READ = "read"  # /order, /wismo queue, App Home: buyer names, orders, tracking
    MANAGE = "manage"  # /wismo autopilot on|off|status: WISMO_MANAGERS


_SETTING = {Role.DECIDE: "WISMO_AGENTS", Role.READ: "WISMO_VIEWERS", Role.MANAGE: "WISMO_MANAGERS"}
_WHO = {Role.DECIDE: "an agent", Role.READ: "a viewer", Role.MANAGE: "a manager"}


class Access:
    def __init__(
        self, deciders: Authoriser, readers: Authoriser, managers: Authoriser | None = None
    ) -> None:
        self._by_role = {
            Role.DECIDE: deciders,
            Role.READ: readers,
            Role.MANAGE: managers if managers is not None else Authoriser((), _no_members),
        }

    @classmethod
    def from_settings(cls, settings: Settings, members: GroupMembers) -> Access:
        return cls(
            Authoriser(settings.agents, members),
            Authoriser(settings.readers, members),
            Authoriser(settings.managers, members),
        )

    def configured(self, role: Role) -> bool:
        return self._by_role[role].configured

    def require(self, user: str, role: Role, *, what: str, subject: object = None) -> None:
        """Raise :class:`NotAuthorised` (audited) unless ``user`` may act in ``role``.

        ``what`` names the attempt (``approve``, ``/wismo queue``); ``subject`` the
        message id a click was on, when there is one.  Raises
        :class:`~bot.errors.SlackError` when a user group cannot be looked up.
        """
        if self._by_role[role].allowed(user):
            return
        where = f" on message {subject}" if subject is not None else ""
        AUDIT.warning("refused: %s is not %s (tried %s%s)", user, _WHO[role], what, where)
        raise NotAuthorised(user, _SETTING[role])


def _no_members(group_id: str) -> Sequence[str]:
    """No user group is configured for the role: nobody is a member."""
    return ()
