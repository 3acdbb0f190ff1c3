"""The daily retention job: buyer personal data goes a set number of days after the end.

Amazon's Data Protection Policy lets a seller keep a buyer's personal data only as long
as needed to fulfil the order (DESIGN.md §1.7).  ``WISMO_RETENTION_DAYS`` (default 30)
after a conversation closed (answered, no response needed, spam) its personal data is
blanked by :meth:`bot.db.repositories.MessageRepository.purge_personal_data`: name,
alias, subject, text, attachment names and files, raw bytes, draft and reply texts, decision
texts and notes, tracking snapshots, the order snapshot with its ship-to address.

This job adds what that helper keeps but may still name the buyer:

- the policy verdicts stored with drafts and decisions quote the offending text
  (``excerpt``, ``message``: a refused reply may have quoted the buyer's phone number),
  so only the rule ids and severities stay, which is what the team's figures count;
- parse problems of the mail and a mail server's refusal (``550 <alias@…>``).

Amazon system mail and unreadable mail never "close": their clock starts on arrival.
Open conversations are never purged.  The audit rows stay (who, when, kind, reason,
outcome), so do ids, states and times.  Running the job twice changes nothing the second
time.  Cards already in Slack follow the workspace's own retention settings.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime, timedelta
from typing import Any

from bot.db.uow import SqlUnitOfWork, UowFactory
from bot.domain import MessageState

__all__ = ["purge_expired", "redact_verdict"]

log = logging.getLogger(__name__)

_NEVER_CLOSED = (MessageState.SYSTEM, MessageState.MALFORMED)
_ADDRESS = re.compile(r"[^\s<>@]+@[^\s<>@]+")


def redact_verdict(verdict: Any) -> Any:
    """A stored policy verdict without quoted text: ``compliant`` and rule ids only."""
    if not isinstance(verdict, dict):
        return verdict
    violations = verdict.get("violations") or []
    return {
        "compliant": verdict.get("compliant"),
        "violations": [
            {"rule": v.get("rule"), "severity": v.get("severity")}
            for v in violations
            if isinstance(v, dict)
        ],
    }


def purge_expired(
    uow_factory: UowFactory, *, now: datetime, retention_days: int, batch: int = 200
) -> int:
    """Purge every conversation past its retention date; how many were purged.

    One transaction per batch, so a crash loses at most one batch of progress and the
    next run finishes it.
    """
    if retention_days < 1:
        raise ValueError("WISMO_RETENTION_DAYS must be at least 1")
    cutoff = now - timedelta(days=retention_days)
    purged = 0
    while True:
        with uow_factory() as uow:
            pks = uow.messages.purgeable(closed_before=cutoff, limit=batch)
            pks += uow.messages.never_closed(
                states=_NEVER_CLOSED, arrived_before=cutoff, limit=batch
            )
            done = [pk for pk in pks if _purge_one(uow, pk, now=now)]
            uow.commit()
        purged += len(done)
        if len(pks) < batch:
            break
    if purged:
        log.info("retention: purged the personal data of %d conversation(s)", purged)
    return purged


def _purge_one(uow: SqlUnitOfWork, pk: int, *, now: datetime) -> bool:
    if not uow.messages.purge_personal_data(pk, now=now):
        return False
    uow.messages.redact_traces(
        pk, verdict=redact_verdict, error=lambda e: _ADDRESS.sub("<address removed>", e)
    )
    return True
