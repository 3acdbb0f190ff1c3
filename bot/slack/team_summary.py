"""The daily summary post: how the team did over the last seven days, in Block Kit.

Built from :class:`~bot.domain.TeamFigures`; the job that queues it is
:mod:`bot.jobs.summary`.  No buyer data goes into it.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from bot.domain import TeamFigures
from bot.slack.blocks import slack_date

__all__ = ["summary_message"]


def _duration(value: timedelta | None) -> str:
    if value is None:
        return "–"
    minutes = int(value.total_seconds() // 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min" if hours else f"{minutes} min"


def _top(pairs: tuple[tuple[str, int], ...]) -> str:
    return ", ".join(f"{name.replace('_', ' ')} ({count})" for name, count in pairs) or "none"


def summary_message(figures: TeamFigures, *, seller: str | None = None) -> dict[str, Any]:
    """``{"text", "blocks"}`` for chat.postMessage (mrkdwn; no buyer data in it);
    ``seller`` names the seller account in the title when several share a deployment."""
    share = figures.in_time_share
    in_time = (
        f"{figures.answered_in_time} of {figures.answered} ({share:.0%})"
        if share is not None
        else "no message answered"
    )
    lines = [
        f"• Answered within 24 h: *{in_time}*",
        f"• Answered by agents: *{figures.answered - figures.answered_by_autopilot}*, "
        f"automatically (autopilot): *{figures.answered_by_autopilot}*",
        f"• Response time: median *{_duration(figures.median_response)}*, "
        f"90th percentile *{_duration(figures.p90_response)}*",
        f"• Deadlines missed: *{figures.breaches}*",
        f"• Open now: *{figures.open_now}*"
        + (f" ({figures.overdue_now} past the deadline)" if figures.overdue_now else ""),
        f"• Top reject reasons: {_top(figures.top_reject_reasons)}",
        f"• Top compliance refusals: {_top(figures.top_refusal_rules)}",
        f"• Replies Amazon did not deliver: *{sum(n for _, n in figures.delivery_failures)}*"
        + (f" ({_top(figures.delivery_failures)})" if figures.delivery_failures else ""),
        _for_a_look(figures.mail_for_a_look),
    ]
    title = "Buyer messages, last 7 days"
    if seller:
        title = f"{seller[:100]}: buyer messages, last 7 days"
    period = f"{slack_date(figures.since)} to {slack_date(figures.until)}"
    blocks = [
        {"type": "header", "text": {"type": "plain_text", "text": title}},
        {"type": "context", "elements": [{"type": "mrkdwn", "text": period, "verbatim": True}]},
        {"type": "section", "text": {"type": "mrkdwn", "text": "\n".join(lines), "verbatim": True}},
    ]
    text = f"{title}: answered within 24 h {in_time}, {figures.breaches} deadline(s) missed"
    return {"text": text, "blocks": blocks}


_LOOK_LABELS = {
    "unreadable": "unreadable or not from a known relay address",
    "unrecognised": "Amazon mail we don't recognise",
    "not_amazon": "not from Amazon",
}


def _for_a_look(counts: tuple[tuple[str, int], ...]) -> str:
    """Mail nobody answers but somebody must read: every stored mail is counted."""
    total = sum(n for _, n in counts)
    parts = ", ".join(f"{_LOOK_LABELS.get(k, k)} ({n})" for k, n in counts if n)
    return f"• Other mail shown for a look: *{total}*" + (f" ({parts})" if parts else "")
