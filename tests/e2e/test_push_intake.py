"""Push intake: a mail appended to the IMAP folder is a card at Slack in seconds.

The whole worker runs (scheduler, inbox thread, push thread) against the CI Dovecot, in a
folder of its own, with the inbox poll, the drafting job and the poster job all every
300 s: the first poll happens at start, before any mail, so only IMAP IDLE and the push
thread (drafting and posting as soon as a mail is stored) can bring a card within seconds.
"""

from __future__ import annotations

import pytest

from bot.testing.push_intake import imap_problem, run_push_intake
from bot.worker import Intervals

SLOW = 300.0
MAILS = 20


@pytest.fixture(scope="module", autouse=True)
def dovecot() -> None:
    if problem := imap_problem():
        pytest.skip(problem)


def test_cards_arrive_without_waiting_for_a_poll_or_a_tick() -> None:
    result = run_push_intake(
        mails=MAILS,
        every=0.25,
        idle=True,
        poll_seconds=SLOW,
        post_interval=0.0,  # the fake Slack has no rate limit; the pace is not measured here
        intervals=Intervals(draft=SLOW, poster=SLOW, outbox=SLOW, sla_sweep=SLOW),
        settle=60.0,
        folder_prefix="push-e2e",
    )
    assert result.missing == [], f"no card for mails {result.missing}"
    worst = max(result.latencies.values())
    # Seconds on a loaded 2-core machine; a poll or a tick would take 300 s.
    assert worst < 30.0, result.figures()
