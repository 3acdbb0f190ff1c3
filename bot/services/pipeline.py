"""The inbound half of the bot: raw mail -> stored message -> drafted conversation.

:func:`process_raw` is what every inbox source calls for each mail (store once, however
often it is delivered); :func:`draft_pending` is the worker's step that drafts what has
been stored, most urgent deadline first, several messages at once so that slow carriers
overlap instead of queueing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import datetime
from email.parser import BytesHeaderParser
from email.utils import parseaddr

from bot.db.uow import SqlUnitOfWork
from bot.domain import (
    DEFAULT_ACCOUNT,
    Conversation,
    InboundMessage,
    MessageKind,
    MessageState,
    SystemKind,
)
from bot.errors import DatabaseUnavailable
from bot.mail.relay import attachment_files, parse_mail
from bot.mail.sender import check_headers, check_notice
from bot.services.delivery_failures import reopen_after_failure, reopen_in
from bot.services.deps import Deps
from bot.services.drafting import draft_message
from bot.services.ingest import StoredResult, store_inbound
from bot.services.policy_warnings import alert_managers

__all__ = ["DraftRun", "draft_pending", "pending_ids", "process_raw", "store_raw"]

log = logging.getLogger(__name__)


def store_raw(
    services: Deps, raw: bytes, *, arrived_at: datetime, account: str = DEFAULT_ACCOUNT
) -> StoredResult:
    """Parse and store one mail (its own transaction); a second delivery is a no-op.

    ``account`` is the seller account whose inbox received it: the message belongs to it
    (its channel, agents, From address).  A buyer message from a marketplace the account
    does not sell in is stored with a note saying so."""
    settings = services.settings
    seller = settings.account(account) or settings.accounts[0]
    parsed = parse_mail(raw, received_at=arrived_at, seller_names=(seller.seller_name,))
    if not seller.sells_in(parsed.marketplace):
        parsed = replace(
            parsed,
            problems=(
                *parsed.problems,
                f"marketplace {parsed.marketplace} is not one of this account's "
                f"({', '.join(seller.marketplaces)}): check which account it belongs to",
            ),
        )
    if parsed.kind is MessageKind.OTHER and _our_own_reply(services, raw, parsed):
        # Our reply came back into the inbox (a Bcc, a mailbox rule): a sent copy, kept
        # and counted, no card asking a human to look at our own mail.
        parsed = replace(
            parsed,
            kind=MessageKind.SYSTEM,
            system_kind=SystemKind.SENT_COPY,
            problems=(OWN_REPLY_NOTE,),
        )
    ids = settings.authserv_ids
    sender = check_headers(raw, parsed, authserv_ids=ids) or check_notice(
        raw, parsed, authserv_ids=ids
    )
    # A buyer's files are kept with the message (within the cap); nothing is unpacked.
    files = (
        attachment_files(raw, cap=settings.attachment_max_bytes)
        if parsed.attachments and parsed.kind is MessageKind.BUYER_MESSAGE
        else []
    )
    # A delivery failure is matched to our reply in the transaction that stores it: a
    # crash in between would leave the notice stored and the failure unmatched.
    failure = parsed.system_kind is SystemKind.DELIVERY_FAILURE and (
        sender is None or sender.verified
    )
    stored = store_inbound(
        services.uow_factory,
        raw,
        parsed,
        arrived_at=arrived_at,
        sender=sender,
        files=files,
        then=_match_failure(parsed, arrived_at) if failure else None,
        account=account,
    )
    if parsed.system_kind is SystemKind.DELIVERY_FAILURE and stored.state is MessageState.SYSTEM:
        if not failure:
            # Anybody can write an Amazon notice: an unverified one is shown, marked, and
            # reopens nothing (a reopened card invites a second copy to the buyer).
            log.info(
                "delivery failure %s: sender not verified, nothing reopened", stored.message_pk
            )
        elif not stored.created:
            # A notice stored before matching was one transaction (or delivered again):
            # matched now, idempotently.
            reopen_after_failure(services.uow_factory, stored.message_pk, parsed, now=arrived_at)
    if parsed.system_kind is SystemKind.POLICY_WARNING and stored.state is MessageState.SYSTEM:
        if sender is not None and not sender.verified:
            # A forged "warning" must not page the managers as Amazon: its card is shown,
            # marked "Notice not verified", and nobody is mentioned.
            log.info("policy warning %s: sender not verified, no alert", stored.message_pk)
        else:
            alert_managers(services, stored.message_pk, parsed, now=arrived_at)
    return stored


OWN_REPLY_NOTE = "our own reply, come back into the inbox: recorded as a sent copy"


def _our_own_reply(services: Deps, raw: bytes, parsed: InboundMessage) -> bool:
    """The mail is one we sent: From one of our accounts' addresses, and its Message-ID
    is a reply in our outbox (both: anyone can write our From)."""
    ours = {parseaddr(a.mail_from)[1].lower() for a in services.settings.accounts if a.mail_from}
    # str(): a From with undecodable bytes comes back as a Header object, which parseaddr
    # cannot take, and such a mail must still reach a human.
    sender = parseaddr(str(BytesHeaderParser().parsebytes(raw).get("From", "") or ""))[1].lower()
    if not sender or sender not in ours or not parsed.message_id:
        return False
    with services.uow_factory() as uow:
        return bool(uow.delivery_failures.sent_replies_by_mail_id({parsed.message_id}))


def _match_failure(notice: InboundMessage, now: datetime) -> Callable[[SqlUnitOfWork, int], object]:
    def match(uow: SqlUnitOfWork, pk: int) -> object:
        row = uow.messages.get(pk)
        if row is None or row.state is not MessageState.SYSTEM:
            return None
        return reopen_in(uow, pk, notice, now=now)

    return match


def process_raw(
    services: Deps, raw: bytes, *, arrived_at: datetime, account: str = DEFAULT_ACCOUNT
) -> int:
    """Parse and store one mail of ``account``; the message's primary key (the same for a
    repeat)."""
    return store_raw(services, raw, arrived_at=arrived_at, account=account).message_pk


@dataclass(frozen=True, slots=True)
class DraftRun:
    drafted: tuple[Conversation, ...]  # in the order they were picked: most urgent first
    skipped: int = 0  # drafted meanwhile by another worker
    failed: tuple[tuple[int, str], ...] = ()  # (message pk, why): stays RECEIVED, retried


def pending_ids(services: Deps, *, limit: int) -> list[int]:
    """Messages waiting for a draft, most urgent deadline first."""
    with services.uow_factory() as uow:
        rows = uow.messages.open_by_deadline({MessageState.RECEIVED}, limit=limit)
        return [row.id for row in rows]


def draft_pending(
    services: Deps,
    *,
    now: datetime,
    limit: int = 50,
    workers: int = 8,
    on_drafted: Callable[[Conversation], None] | None = None,
) -> DraftRun:
    """Draft up to ``limit`` RECEIVED messages, ``workers`` at a time.

    Each message is claimed by its move to DRAFTED, so two workers (threads, processes,
    replicas) running this at once never store two drafts for one message.  A message
    whose drafting fails stays RECEIVED and is tried again on the next run.  Raises
    :class:`DatabaseUnavailable` when the database went away (nothing half-drafted: each
    draft is one transaction).
    """
    ids = pending_ids(services, limit=limit)
    if not ids:
        return DraftRun(())

    def one(pk: int) -> Conversation | None:
        conv = draft_message(services, pk, now=now)
        if conv is not None and on_drafted is not None:
            on_drafted(conv)
        return conv

    drafted: list[Conversation] = []
    failed: list[tuple[int, str]] = []
    skipped = 0
    outage: DatabaseUnavailable | None = None
    with ThreadPoolExecutor(max_workers=max(1, min(workers, len(ids)))) as pool:
        futures = [(pk, pool.submit(one, pk)) for pk in ids]
        for pk, future in futures:
            try:
                conv = future.result()
            except DatabaseUnavailable as exc:
                outage = exc  # not the message's fault: it stays RECEIVED
                continue
            except Exception as exc:  # one bad message must not stop the others
                log.exception("drafting message %s failed", pk)
                failed.append((pk, f"{type(exc).__name__}: {exc}"))
                continue
            if conv is None:
                skipped += 1
            else:
                drafted.append(conv)
    if outage is not None:
        raise outage
    return DraftRun(tuple(drafted), skipped, tuple(failed))
