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
from collections.abc import Callable, Mapping, Sequence
from enum import StrEnum

from bot.config import Settings
from bot.db.uow import UowFactory
from bot.domain import DEFAULT_ACCOUNT, Account
from bot.errors import NotAuthorised
from bot.services.authorise import Authoriser, GroupMembers

__all__ = ["AUDIT", "Access", "Role", "message_account"]

AUDIT = logging.getLogger("wismo.audit")
"""Refused attempts and decisions, one line each, for the audit trail."""


class Role(StrEnum):
    DECIDE = "decide"  # Approve, Edit, Reject, Mark answered
    READ = "read"  # /order, /wismo queue, App Home: buyer names, orders, tracking
    MANAGE = "manage"  # /wismo autopilot on|off|status: WISMO_MANAGERS


_SETTING = {Role.DECIDE: "WISMO_AGENTS", Role.READ: "WISMO_VIEWERS", Role.MANAGE: "WISMO_MANAGERS"}
_WHO = {Role.DECIDE: "an agent", Role.READ: "a viewer", Role.MANAGE: "a manager"}


class Access:
    """Who may act, per seller account.

    Built with one set of authorisers it serves one account (the single-account set-up);
    :meth:`from_settings` builds one set per account.  A check about one message
    (``subject``: its id) uses the agents or viewers of that message's account, found by
    ``account_of``; a check without one (``/wismo queue``, App Home, ``/order``) passes
    when the user may act for any account, and :meth:`accounts` then says which.
    """

    def __init__(
        self,
        deciders: Authoriser,
        readers: Authoriser,
        managers: Authoriser | None = None,
        *,
        more: Mapping[str, tuple[Authoriser, Authoriser, Authoriser]] | None = None,
        first: str = DEFAULT_ACCOUNT,
        account_of: Callable[[int], str | None] | None = None,
    ) -> None:
        nobody = Authoriser((), _no_members)
        self._roles: dict[str, dict[Role, Authoriser]] = {
            first: {
                Role.DECIDE: deciders,
                Role.READ: readers,
                Role.MANAGE: managers if managers is not None else nobody,
            }
        }
        for account, (decide, read, manage) in (more or {}).items():
            self._roles[account] = {Role.DECIDE: decide, Role.READ: read, Role.MANAGE: manage}
        self._account_of = account_of

    @classmethod
    def from_settings(
        cls,
        settings: Settings,
        members: GroupMembers,
        *,
        account_of: Callable[[int], str | None] | None = None,
    ) -> Access:
        """One set of authorisers per seller account; ``account_of`` gives a message's
        account (needed once there are several)."""
        first, *others = settings.accounts

        def roles(a: Account) -> tuple[Authoriser, Authoriser, Authoriser]:
            return (
                Authoriser(a.agents, members),
                Authoriser(a.readers, members),
                Authoriser(a.managers, members),
            )

        return cls(
            *roles(first),
            first=first.id,
            more={a.id: roles(a) for a in others},
            account_of=account_of,
        )

    def configured(self, role: Role) -> bool:
        return any(roles[role].configured for roles in self._roles.values())

    def accounts(self, user: str, role: Role) -> tuple[str, ...]:
        """The seller accounts for which ``user`` may act in ``role``."""
        return tuple(a for a, roles in self._roles.items() if roles[role].allowed(user))

    def require(self, user: str, role: Role, *, what: str, subject: object = None) -> None:
        """Raise :class:`NotAuthorised` (audited) unless ``user`` may act in ``role``.

        ``what`` names the attempt (``approve``, ``/wismo queue``); ``subject`` the
        message id a click was on, when there is one: then only the agents (or viewers)
        of that message's seller account pass.  Raises
        :class:`~bot.errors.SlackError` when a user group cannot be looked up.
        """
        account = self._subject_account(subject)
        if account is None:
            allowed = bool(self.accounts(user, role))
        else:
            roles = self._roles.get(account)
            allowed = roles is not None and roles[role].allowed(user)
        if allowed:
            return
        where = f" on message {subject}" if subject is not None else ""
        AUDIT.warning("refused: %s is not %s (tried %s%s)", user, _WHO[role], what, where)
        raise NotAuthorised(user, _SETTING[role])

    def _subject_account(self, subject: object) -> str | None:
        if len(self._roles) == 1:
            return next(iter(self._roles))
        if self._account_of is None or not isinstance(subject, int):
            return None
        # A message that is gone belongs to no account: nobody may act on it.
        return self._account_of(subject) or ""


def _no_members(group_id: str) -> Sequence[str]:
    """No user group is configured for the role: nobody is a member."""
    return ()


def message_account(uow_factory: UowFactory) -> Callable[[int], str | None]:
    """``account_of`` for :class:`Access`: the seller account of a stored message."""

    def account_of(pk: int) -> str | None:
        with uow_factory().read_only() as uow:
            row = uow.messages.get(pk)
            return row.account if row is not None else None

    return account_of
