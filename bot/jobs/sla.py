"""The SLA sweep: pings as Amazon's 24-hour deadline nears, each exactly once.

Run every minute by the worker (any number of replicas) or called directly with a
fixed ``now`` in tests.  One sweep:

1. retries escalations claimed earlier but never posted (Slack failed, or a worker was
   killed between claim and post), once they are ``retry_after`` old;
2. claims the escalations due at ``now`` (:func:`bot.services.escalations.claim_due`,
   committed before anything is posted);
3. posts each claim: the note goes into the card's thread, the louder stages are
   thread replies broadcast to the channel with ``<!here>`` and the managers mentioned
   (a user ``<@U…>``, a user group ``<!subteam^S…>``); then the card is re-rendered
   (``chat.update``) so its deadline line shows the new colour.

A message that was answered, needs no response or is spam by the time its ping is
posted gets no ping: the clock stopped.  "Handle manually" keeps the clock running.

Pings and card refreshes go through the Slack sender port without waiting for the
channel's pace (a deadline does not queue behind new cards).  When Slack fails a post
(HTTP 429, a 5xx, unreachable), the sweep stops posting: each further attempt would cost
the client's timeout and retries, and a sweep still running after the outage would miss
the thresholds that come due meanwhile.  The claims left stay unposted, and nothing is
lost:

- a claim another worker may still be posting is retried once it is ``retry_after`` old
  (a killed worker's claims, retried by the others or by its restart);
- a worker retries its own claims, whose posts it knows are over (failed, held back,
  or cut short by a database outage), at its next sweep (:class:`Sweeper`).  On a trial
  clock ``retry_after`` is two real minutes, a simulated day at 720x: waiting it out
  would let the ping miss its window.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bot import metrics
from bot.config import Settings
from bot.db.uow import UowFactory
from bot.domain import Account
from bot.errors import SlackError, SlackRateLimited, SlackRefused, SlackUnreachable
from bot.ports import SlackSender
from bot.services.conversations import conversation_from_rows, load_conversation
from bot.services.disputes import is_claim
from bot.services.escalations import (
    Claimed,
    Delivery,
    Stage,
    Threshold,
    claim_due,
    record_delivery,
    take_back,
    take_for_retry,
    thresholds_from,
    unposted,
)
from bot.slack.blocks import card, escalation_text
from compliance import Policy

__all__ = [
    "RETRY_AFTER",
    "Owed",
    "SweepConfig",
    "SweepReport",
    "Sweeper",
    "manager_mention",
    "sweep",
]

log = logging.getLogger(__name__)

RETRY_AFTER = timedelta(minutes=2)
"""How old an unposted claim must be before another sweep retries it.

Longer than one post can take (the Slack client's timeout and its own 429 retries), so
a retry never overlaps a live post.  Each retry moves the claim's ``fired_at`` to its own
start, so only one worker retries a claim at a time (clocks of replicas must agree to
well within this, as NTP keeps them).
"""


@dataclass(frozen=True, slots=True)
class SweepConfig:
    thresholds: tuple[Threshold, ...]
    channel: str = ""  # where a ping goes when the card is not in Slack yet
    managers: tuple[str, ...] = ()  # user ids (U…/W…) and user group ids (S…)
    retry_after: timedelta = RETRY_AFTER
    refresh_cards: bool = True
    batch: int = 200
    max_posts: int = 200  # per sweep; the rest waits for the next one
    # Every seller account: a message's ping goes to its account's channel and managers
    # (empty: ``channel`` and ``managers`` above for every message).
    accounts: tuple[Account, ...] = ()

    def where(self, account: str) -> tuple[str, tuple[str, ...]]:
        """The channel and managers of the seller ``account``."""
        found = next((a for a in self.accounts if a.id == account), None)
        if found is None:
            return (self.channel, self.managers) if not self.accounts else ("", ())
        return found.channel, found.managers

    @classmethod
    def from_settings(cls, settings: Settings) -> SweepConfig:
        return cls(
            thresholds=thresholds_from(settings.sla_thresholds),
            accounts=settings.accounts,
            # It guards a live post to Slack, which keeps real time on a trial's clock too.
            retry_after=RETRY_AFTER * settings.clock_speed,
        )


@dataclass(slots=True)
class SweepReport:
    claimed: int = 0
    skipped: int = 0  # thresholds passed while nobody looked: recorded, not posted
    posted: int = 0
    not_needed: int = 0  # the clock had stopped by the time of posting
    failed: int = 0  # Slack refused or was unreachable: retried by a later sweep
    deferred: int = 0  # claimed, not posted in this sweep (rate limit, max_posts)
    retried: int = 0
    errors: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return (
            f"claimed {self.claimed}, posted {self.posted}, retried {self.retried}, "
            f"failed {self.failed}, deferred {self.deferred}, not needed {self.not_needed}, "
            f"skipped {self.skipped}"
        )


def manager_mention(slack_id: str) -> str:
    """``<!subteam^S…>`` for a user group, ``<@U…>`` for a person."""
    return f"<!subteam^{slack_id}>" if slack_id.startswith("S") else f"<@{slack_id}>"


def mentions_for(stage: Stage, managers: Sequence[str]) -> tuple[str, ...]:
    people = tuple(manager_mention(m) for m in managers)
    if stage is Stage.CHANNEL:
        return ("<!here>",)
    if stage is Stage.MANAGERS:
        return people or ("<!here>",)  # nobody configured: the channel must hear it
    if stage is Stage.BREACH:
        return ("<!here>", *people)
    return ()


@dataclass(slots=True)
class Owed:
    """The claims one process won and has not settled, each with the ``fired_at`` it
    gave the claim (so that it can tell whether another worker has taken it over since).

    Its own posts of them are over (failed, held back, or cut short by an outage), so it
    may retry them at its next sweep without waiting ``retry_after``.
    """

    claims: dict[int, tuple[Claimed, datetime]] = field(default_factory=dict)

    def add(self, claim: Claimed, attempt_at: datetime) -> None:
        self.claims[claim.escalation_pk] = (claim, attempt_at)

    def settled(self, claim: Claimed) -> None:
        self.claims.pop(claim.escalation_pk, None)


class Sweeper:
    """The sweep of one worker process: :func:`sweep`, remembering what it :class:`Owed`."""

    def __init__(
        self,
        uow_factory: UowFactory,
        slack: SlackSender,
        *,
        config: SweepConfig,
        policy: Policy | None = None,
    ) -> None:
        self.uow_factory, self.slack, self.config, self.policy = uow_factory, slack, config, policy
        self.owed = Owed()

    def __call__(self, now: datetime) -> SweepReport:
        return sweep(
            self.uow_factory,
            self.slack,
            now=now,
            config=self.config,
            policy=self.policy,
            owed=self.owed,
        )


def sweep(
    uow_factory: UowFactory,
    slack: SlackSender,
    *,
    now: datetime,
    config: SweepConfig,
    policy: Policy | None = None,
    owed: Owed | None = None,
) -> SweepReport:
    """One sweep at ``now``; see the module docstring.  Safe to run in many processes.

    ``owed`` is what this process's earlier sweeps left unposted (:class:`Sweeper`); it
    is updated as claims are won and settled, so an exception (a database outage) leaves
    it right for the next sweep.  Without it, only claims ``retry_after`` old are retried.
    """
    report = SweepReport()
    owed = owed if owed is not None else Owed()
    poster = _Poster(uow_factory, slack, now=now, config=config, policy=policy or Policy())
    for claim, attempt_at in list(owed.claims.values()):
        if poster.blocked:
            report.deferred += 1
            continue
        if not take_back(uow_factory, claim, attempt_at=attempt_at, now=now):
            owed.settled(claim)  # settled meanwhile, or taken over by another worker
            continue
        owed.add(claim, now)
        report.retried += 1
        poster.run(claim, report, owed, retry=True)
    retries = unposted(
        uow_factory,
        now=now,
        thresholds=config.thresholds,
        retry_after=config.retry_after,
        limit=config.max_posts,
    )
    for claim in retries:
        if poster.blocked:
            break
        if claim.escalation_pk in owed.claims:
            continue
        if take_for_retry(uow_factory, claim, now=now, retry_after=config.retry_after):
            owed.add(claim, now)
            report.retried += 1
            poster.run(claim, report, owed, retry=True)
    result = claim_due(uow_factory, now=now, thresholds=config.thresholds, batch=config.batch)
    report.claimed, report.skipped = len(result.claimed), result.skipped
    for claim in result.claimed:
        owed.add(claim, now)  # before any post: an outage from here on leaves it owed
    for claim in result.claimed:
        if poster.blocked or report.posted + report.not_needed >= config.max_posts:
            report.deferred += 1  # claimed and recorded: a later sweep posts it
            continue
        poster.run(claim, report, owed)
    if report.claimed or report.retried or report.failed or report.deferred:
        log.info("SLA sweep at %s: %s", now.isoformat(timespec="seconds"), report)
    return report


class _Poster:
    def __init__(
        self,
        uow_factory: UowFactory,
        slack: SlackSender,
        *,
        now: datetime,
        config: SweepConfig,
        policy: Policy,
    ) -> None:
        self.uow_factory, self.slack, self.now = uow_factory, slack, now
        self.config, self.policy = config, policy
        self.blocked = False  # Slack failed or asked us to wait: stop posting in this sweep

    def run(self, claim: Claimed, report: SweepReport, owed: Owed, *, retry: bool = False) -> None:
        """Deliver one claim, count what came of it, and settle it in ``owed``."""
        outcome = self._post(claim, retry=retry)
        if outcome is None:  # not tried: Slack still holds the channel after a 429
            report.deferred += 1
            return
        record_delivery(self.uow_factory, claim, outcome, now=self.now)
        if not outcome.retry:
            owed.settled(claim)
        if outcome.retry:
            report.failed += 1
            report.errors.append(
                f"message {claim.message_pk} {claim.threshold.label}: {outcome.error}"
            )
            log.warning(
                "SLA ping for message %s (%s) not posted, retried later: %s",
                claim.message_pk,
                claim.threshold.label,
                outcome.error,
            )
        elif outcome.ts is None:
            report.not_needed += 1
        else:
            report.posted += 1
            metrics.get().escalations.labels(threshold=claim.threshold.label).inc()

    def _post(self, claim: Claimed, *, retry: bool) -> Delivery | None:
        with self.uow_factory() as uow:
            row = uow.messages.get(claim.message_pk)
            if row is None:
                return Delivery(note="not posted: the message is gone")
            # The ping needs the message row only; the card (below) needs everything.
            conv = conversation_from_rows(
                row, order_row=None, tracking_rows=(), draft_row=None, decision_row=None
            )
        if not conv.open:
            return Delivery(note=f"not posted: the clock had stopped ({conv.state.value})")
        account_channel, managers = self.config.where(conv.account)
        channel = conv.slack_channel or account_channel
        if not channel:
            return Delivery(error="no Slack channel: set WISMO_CHANNEL")
        if self.slack.blocked(channel):
            self.blocked = True
            return None
        stage = claim.threshold.stage
        if is_claim(conv.message) and stage in {Stage.THREAD_NOTE, Stage.CHANNEL}:
            stage = Stage.MANAGERS  # a lost claim costs money and the Order Defect Rate
        text = escalation_text(conv, claim.threshold.left, self.now, mentions_for(stage, managers))
        key = f"escalation:{claim.escalation_pk}"
        try:
            # An earlier attempt may have reached Slack before its worker died (or timed
            # out after Slack took it): look before posting again.
            found = retry and (
                (conv.slack_ts and self.slack.find_post(channel, key, thread_ts=conv.slack_ts))
                or self.slack.find_post(channel, key)
            )
            if found:
                return Delivery(ts=found)
            # The louder stages are broadcast: in the channel too, linked to the card.
            ts = self.slack.post(
                channel,
                {"text": text},
                thread_ts=conv.slack_ts,
                broadcast=stage is not Stage.THREAD_NOTE,
                key=key,
                wait=False,  # a deadline does not queue behind new cards
            )
        except SlackRateLimited as exc:
            self.blocked = True
            return Delivery(error=f"Slack refused the ping: {exc.error} (HTTP 429)")
        except SlackRefused as exc:
            if exc.status >= 500:  # Slack is failing, not only this one ping
                self.blocked = True
            return Delivery(error=f"Slack refused the ping: {exc.error} (HTTP {exc.status})")
        except SlackUnreachable as exc:  # connection refused, timeout: Slack unreachable
            self.blocked = True
            return Delivery(error=str(exc))
        ts = ts or "?"
        if self.config.refresh_cards and conv.slack_ts and conv.slack_channel:
            self._refresh(claim.message_pk, conv.slack_channel, conv.slack_ts)
        return Delivery(ts=ts)

    def _refresh(self, message_pk: int, channel: str, ts: str) -> None:
        """Re-render the card so its deadline line changes colour; cosmetic, never retried."""
        with self.uow_factory() as uow:
            conv = load_conversation(uow, message_pk, policy=self.policy)
        try:
            self.slack.update(channel, ts, card(conv, now=self.now), wait=False)
        except SlackError as exc:
            log.info("card of message %s not refreshed: %s", conv.pk, exc)
