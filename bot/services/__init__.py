"""Use cases of the store: ingest, decisions, outbox.

Transactions: a whole use case (``store_inbound``, ``deliver_due``) opens and commits its
own unit of work.  Steps that must be atomic with other steps (``claim``,
``record_decision``, ``enqueue``, ``resolve_stuck``) run inside the caller's ``with uow:``
block and never commit, so an approval is one transaction: claim, audit row, outbox row.
A function handed an open unit of work never commits it (tests/services/
test_transactions.py checks every one).
"""

from __future__ import annotations

__all__: list[str] = []
