"""The application's exception tree.

Third-party errors (httpx, SQLAlchemy, smtplib, slack_sdk) are translated into these at
the boundary with ``raise ... from exc``; Slack listeners and the CLI map them to words
a person can act on.  A compliance *finding* is never an exception: it is data shown
next to the draft.  Only the send path raises :class:`ComplianceBlocked`.  Mail that
cannot be parsed is not an exception either: it is stored as MALFORMED with its reason.

    WismoError
    ├── ConfigError                 settings missing or malformed (lists every problem)
    ├── SchemaOutOfDate             database needs ``wismo db upgrade``
    ├── DatabaseUnavailable         DATABASE_URL cannot be reached or read
    ├── TemplateError               (bot.replies.errors: unknown template, missing fact,
    │                                broken template, library refused at start-up)
    ├── InboundError
    │   ├── WebhookRejected         bad signature, stale timestamp or replay
    │   └── InboxUnavailable        mailbox unreachable or refused: the poller retries later
    ├── MalformedRequest            an HTTP request that is not what it claims: a 4xx, a reason
    ├── AmazonError
    │   ├── AmazonAuthFailed        Login with Amazon refused the refresh token
    │   ├── OrderNotFound
    │   ├── AmazonRateLimited       (retry_after seconds)
    │   └── AmazonUnavailable
    ├── MailSendError
    │   ├── MailRejected            the server refused this message: do not retry as is
    │   ├── MailUnavailable         the server is down or refused the connection: retry later
    │   └── MailInDoubt             the whole message went out unconfirmed: never resend by itself
    ├── DecisionError
    │   ├── NotAuthorised           user is not a configured agent
    │   ├── AlreadyDecided          another decision won (who, what)
    │   ├── ResendTooSoon           "send again" on a reply in doubt that a late "sent" may
    │   │                            still settle (wait seconds)
    │   ├── RejectionIncomplete     no reason chosen, or "Other" without a note (which field)
    │   ├── ReplyTooLong            the reply is longer than any reply that is sent
    │   ├── MessageGone             the message is not in the store (purged or deleted);
    │   │                            also a LookupError
    │   └── ComplianceBlocked       the exact text to be sent breaks the policy
    └── SlackError                  Slack refused or is unavailable after retries
        ├── SlackRateLimited        HTTP 429 (retry_after seconds): the channel waits
        ├── SlackRefused            Slack answered an error (``permanent``: never retry it)
        └── SlackUnreachable        no answer: connection refused, reset or timed out

Carrier errors live in ``carriers.errors`` (that library imports nothing from ``bot``).
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = [
    "AlreadyDecided",
    "AmazonAuthFailed",
    "AmazonError",
    "AmazonRateLimited",
    "AmazonUnavailable",
    "ComplianceBlocked",
    "ConfigError",
    "DatabaseUnavailable",
    "DecisionError",
    "InboundError",
    "InboxUnavailable",
    "MailInDoubt",
    "MailRejected",
    "MailSendError",
    "MailUnavailable",
    "MalformedRequest",
    "NotAuthorised",
    "OrderNotFound",
    "RejectionIncomplete",
    "ReplyTooLong",
    "ResendTooSoon",
    "SchemaOutOfDate",
    "ShipDateRefused",
    "SlackError",
    "WebhookRejected",
    "WismoError",
]


class WismoError(Exception):
    """Base of every error this application raises on purpose."""


class ConfigError(WismoError):
    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = tuple(problems)
        lines = "\n".join(f"  - {p}" for p in self.problems)
        super().__init__(f"configuration has {len(self.problems)} problem(s):\n{lines}")


class SchemaOutOfDate(WismoError):
    def __init__(self, current: str | None, head: str) -> None:
        self.current, self.head = current, head
        super().__init__(
            f"database schema is at {current or 'nothing'}, this version needs {head}: "
            "run `wismo db upgrade`"
        )


class DatabaseUnavailable(WismoError):
    """The database at DATABASE_URL cannot be reached or read."""


class InboundError(WismoError):
    pass


class WebhookRejected(InboundError):
    pass


class MalformedRequest(WismoError):
    """An HTTP request that is not what it claims to be; the message is the short reason
    its sender gets with a 4xx (``status``)."""

    def __init__(self, reason: str, status: int = 400) -> None:
        super().__init__(reason)
        self.status = status


class InboxUnavailable(InboundError):
    pass


class AmazonError(WismoError):
    pass


class AmazonAuthFailed(AmazonError):
    pass


class OrderNotFound(AmazonError):
    def __init__(self, order_id: str) -> None:
        self.order_id = order_id
        super().__init__(f"Amazon does not know order {order_id}")


class AmazonRateLimited(AmazonError):
    def __init__(self, retry_after: float | None = None) -> None:
        self.retry_after = retry_after
        super().__init__(f"SP-API rate limit reached (retry after {retry_after or '?'} s)")


class AmazonUnavailable(AmazonError):
    pass


class MailSendError(WismoError):
    pass


class MailRejected(MailSendError):
    pass


class MailUnavailable(MailSendError):
    pass


class MailInDoubt(MailSendError):
    """The server received the end of the message but never confirmed it: it may have
    delivered it, so only a human who checked the sent folder may send it again."""


class DecisionError(WismoError):
    pass


class ShipDateRefused(DecisionError):
    """The date an agent entered cannot be a late order's new ship date (it has passed)."""


class NotAuthorised(DecisionError):
    """``user_id`` may not do this; ``setting`` names who may (``WISMO_AGENTS``, ...)."""

    def __init__(self, user_id: str, setting: str = "WISMO_AGENTS") -> None:
        self.user_id, self.setting = user_id, setting
        who = "a configured agent" if setting == "WISMO_AGENTS" else f"in {setting}"
        super().__init__(f"<@{user_id}> is not {who}")


class OtherWorkspace(NotAuthorised):
    """The request names another Slack workspace (``team``) than the one the bot is
    installed in (``ours``, from ``auth.test``): a user id is only unique within a
    workspace (an org-wide or Slack Connect user may share an agent's), so nothing from
    another team may decide or read, whatever its user id."""

    def __init__(self, user_id: str, team: str, ours: str) -> None:
        super().__init__(user_id)
        self.team, self.ours = team, ours
        self.args = (f"<@{user_id}> of workspace {team} is not in the bot's workspace {ours}",)


class AlreadyDecided(DecisionError):
    def __init__(self, by: str | None, outcome: str) -> None:
        self.by, self.outcome = by, outcome
        who = f"<@{by}>" if by else "someone else"
        super().__init__(f"already handled by {who} ({outcome})")


class ResendTooSoon(DecisionError):
    """A reply in doubt cannot be sent again yet: the process that sent it may still
    record "sent" (its database was away); ``wait`` seconds of the business clock."""

    def __init__(self, wait: float) -> None:
        self.wait = wait
        super().__init__(
            "the process that sent this reply may still record it: wait "
            f"{max(int(wait + 0.999), 1)} s, then press again if the card still says in doubt"
        )


class RejectionIncomplete(DecisionError):
    """A rejection the agent must complete: ``field`` is ``"reason"`` or ``"note"``."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        super().__init__(message)


class MessageGone(DecisionError, LookupError):
    """No message ``pk`` in the store: it was deleted, or a button names one that never was."""

    def __init__(self, pk: int) -> None:
        self.pk = pk
        super().__init__(f"no message with id {pk}")


class ReplyTooLong(DecisionError):
    def __init__(self, length: int, limit: int) -> None:
        self.length, self.limit = length, limit
        super().__init__(
            f"The reply has {length:,} characters; at most {limit:,} can be sent. Shorten it."
        )


class ComplianceBlocked(DecisionError):
    def __init__(self, reasons: Sequence[str]) -> None:
        self.reasons = tuple(reasons)
        super().__init__("reply refused by the policy check: " + "; ".join(self.reasons))


class SlackError(WismoError):
    pass


class SlackRateLimited(SlackError):
    def __init__(self, retry_after: float, error: str = "ratelimited") -> None:
        self.retry_after = retry_after
        self.error = error
        super().__init__(f"rate limited by Slack ({error}); retry after {retry_after:g} s")


class SlackRefused(SlackError):
    def __init__(self, error: str, *, status: int, permanent: bool = False) -> None:
        self.error = error
        self.status = status
        self.permanent = permanent
        super().__init__(f"Slack answered {error} (HTTP {status})")


class SlackUnreachable(SlackError):
    pass
