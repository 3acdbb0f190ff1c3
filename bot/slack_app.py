"""The Bolt app: one workspace, one token, every listener from :mod:`handlers`.

HTTP (``bot.web``) and Socket Mode (``bot.serve``) dispatch to this same app, so there is
one code path for listeners.  What :func:`build_app` adds to Bolt's defaults:

- a listener pool of :data:`LISTENER_THREADS` threads: each keystroke in the edit modal
  is a request, and Bolt's default five threads would let typing starve the clicks;
- ``services`` injected into every request's context (``handlers.context.wismo``);
- the app's own kept-alive client for every listener's ``client`` and ``respond()``:
  slack-bolt (since 1.15) gives each request a new urllib ``WebClient``, and each
  ``respond()`` a new ``WebhookClient``, both a new connection per call;
- Events API deliveries deduplicated by ``event_id`` (Slack retries an event it thinks
  we missed; a retry of an event we handled is acknowledged and dropped).  The memory is
  per process: a retry that reaches another ``wismo serve`` worker is handled again,
  which for the one event we listen to (App Home opened) only publishes the tab twice;
- a request from another workspace than the bot's (``auth.test``'s team) refused before
  any listener, audited and told privately (``handlers.responses.refuse_other_workspace``);
- one error handler that turns our exceptions into a private note the user can act on;
- a fix for Bolt's form parsing, which drops a slash command whose text or channel name
  contains the word "payload" (:func:`fix_form_body`).
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any
from urllib.parse import parse_qsl

from slack_bolt import App, BoltContext, BoltRequest, BoltResponse
from slack_bolt.context.respond import Respond
from slack_bolt.context.respond.internals import _build_message
from slack_bolt.middleware.authorization import SingleTeamAuthorization
from slack_bolt.request.internals import build_context
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.models.attachments import Attachment
from slack_sdk.models.blocks import Block
from slack_sdk.webhook import WebhookResponse

from bot.bootstrap import Wiring
from bot.errors import DecisionError, SlackError
from bot.services import overview
from bot.services.access import Access, Role, message_account
from bot.services.deciding import check_reply, current, reply_mail
from bot.slack.blocks import edit_modal, figures_text, home_view, queue_blocks
from bot.slack.client import KeepAliveWebClient, background_client, live_client
from bot.slack.writer import Pacer, SlackWriter
from handlers import register_handlers
from handlers.context import Wismo
from handlers.live import LiveViews
from handlers.responses import refuse_other_workspace, report_error

__all__ = [
    "LISTENER_THREADS",
    "EventDedupe",
    "KeepAliveRespond",
    "build_app",
    "fix_form_body",
    "group_members",
    "know_the_team",
    "warm_up",
]

log = logging.getLogger(__name__)

LISTENER_THREADS = 48


class EventDedupe:
    """Event ids seen in the last ``ttl`` seconds (in memory, bounded)."""

    def __init__(self, *, ttl: float = 3600.0, max_size: int = 10_000) -> None:
        self._ttl = ttl
        self._max = max_size
        self._seen: OrderedDict[str, float] = OrderedDict()
        self._lock = threading.Lock()

    def first_time(self, event_id: str, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        with self._lock:
            while self._seen and next(iter(self._seen.values())) < now - self._ttl:
                self._seen.popitem(last=False)
            if event_id in self._seen:
                return False
            self._seen[event_id] = now
            while len(self._seen) > self._max:
                self._seen.popitem(last=False)
            return True


class KeepAliveRespond(Respond):
    """Bolt's ``respond()``, posting to the ``response_url`` over ``client``'s kept-alive
    connections instead of a new ``WebhookClient`` (and connection) per call.  The
    message is built by Bolt's own function, so what Slack receives is unchanged."""

    def __init__(self, *, response_url: str, client: KeepAliveWebClient) -> None:
        super().__init__(response_url=response_url, proxy=client.proxy, ssl=client.ssl)
        self._client = client

    def __call__(  # the signature of Bolt's Respond
        self,
        text: str | dict[str, Any] = "",
        blocks: Sequence[dict[str, Any] | Block] | None = None,
        attachments: Sequence[dict[str, Any] | Attachment] | None = None,
        response_type: str | None = None,
        replace_original: bool | None = None,
        delete_original: bool | None = None,
        unfurl_links: bool | None = None,
        unfurl_media: bool | None = None,
        thread_ts: str | None = None,
        metadata: dict[str, Any] | None = None,
    ) -> WebhookResponse:
        assert self.response_url is not None
        webhook = self._client.webhook(self.response_url)
        if isinstance(text, dict):
            return webhook.send_dict(_build_message(**text))
        if not isinstance(text, str):
            raise ValueError(f"The arg is unexpected type ({type(text)})")
        message = _build_message(
            text=text,
            blocks=blocks,
            attachments=attachments,
            response_type=response_type,
            replace_original=replace_original,
            delete_original=delete_original,
            unfurl_links=unfurl_links,
            unfurl_media=unfurl_media,
            thread_ts=thread_ts,
            metadata=metadata,
        )
        return webhook.send_dict(message)


def group_members(client: WebClient) -> Callable[[str], list[str]]:
    """``usergroups.users.list`` as the authoriser wants it (Slack errors translated)."""

    def members(group_id: str) -> list[str]:
        try:
            response = client.usergroups_users_list(usergroup=group_id)
        except SlackApiError as exc:
            error = exc.response.get("error")
            raise SlackError(
                f"Slack would not list user group {group_id} ({error}); check WISMO_AGENTS "
                "and the usergroups:read scope"
            ) from exc
        except OSError as exc:
            raise SlackError(f"Slack did not answer ({exc})") from exc
        return [str(u) for u in response.get("users") or ()]

    return members


def fix_form_body(request: BoltRequest) -> BoltRequest:
    """Re-parse a form body Bolt misread (slack-bolt 1.30 ``parse_body``).

    Bolt treats any form body containing the substring ``payload`` as an interactive
    payload; a slash command from ``#payload-team`` or with text ``payload`` then parses
    to ``{}`` and is answered 404 "unhandled request".
    """
    raw = request.raw_body
    if request.body or not raw or raw.lstrip().startswith("{"):
        return request
    fields = dict(parse_qsl(raw, keep_blank_values=True))
    if "payload" in fields or not fields:
        return request
    request.body = fields
    request.context = build_context(BoltContext(dict(request.context)), fields)
    return request


def build_app(
    services: Wiring,
    *,
    client: WebClient | None = None,
    live: WebClient | None = None,
    token_verification: bool = True,
) -> App:
    """The Slack app for ``services``; ``client``/``live`` replace the settings' clients."""
    settings = services.settings
    client = client or background_client(settings)
    live = live or live_client(settings)
    access = Access.from_settings(
        settings, group_members(client), account_of=message_account(services.uow_factory)
    )
    if not access.configured(Role.DECIDE):
        log.error(
            "WISMO_AGENTS is empty: nobody may approve, edit or reject until it names "
            "the agents' Slack user ids or user group"
        )
    pool = ThreadPoolExecutor(max_workers=LISTENER_THREADS, thread_name_prefix="wismo-listener")
    app = App(
        client=client,
        signing_secret=settings.slack_signing_secret.reveal() or None,
        token_verification_enabled=token_verification,
        listener_executor=pool,
        # Listeners hand themselves to ``pool`` and return at their ack (handlers.responses.
        # guarded), so Bolt answers Slack at once instead of polling for the ack.
        process_before_response=True,
        raise_error_for_unhandled_request=False,
    )
    context_value = Wismo(
        services=services,
        access=access,
        slack=SlackWriter(client, pacer=Pacer(settings.post_interval_seconds)),
        live_client=live,
        live_views=LiveViews(live),
        pool=pool,
    )
    dedupe = EventDedupe()
    keep_alive = client if isinstance(client, KeepAliveWebClient) else None

    # One middleware, not two: Bolt calls each with arguments injected by inspection.
    def drop_repeats_then_inject(
        body: dict[str, Any], context: BoltContext, next: Callable[[], Any]
    ) -> Any:
        event_id = body.get("event_id") if body.get("type") == "event_callback" else None
        if event_id and not dedupe.first_time(str(event_id)):
            return BoltResponse(status=200, body="")
        ours = context.authorize_result.team_id if context.authorize_result else None
        refused = refuse_other_workspace(body, ours, client, settings.accounts[0].channel)
        if refused is not None:
            return refused
        context["wismo"] = context_value
        # One client for the process, kept alive (see the module docstring); our token
        # never changes, so Bolt's reason for a client per request does not apply.
        context["client"] = client
        if keep_alive is not None and context.response_url:
            context["respond"] = KeepAliveRespond(response_url=context.response_url,
                                                  client=keep_alive)  # fmt: skip
        return next()

    app.middleware(drop_repeats_then_inject)
    register_handlers(app)
    app.error(_error_handler(settings.accounts[0].channel))
    return app


def _error_handler(default_channel: str) -> Callable[..., None]:
    def on_error(error: Exception, body: dict[str, Any], client: WebClient) -> None:
        report_error(error, body, client, default_channel)

    return on_error


def know_the_team(app: App) -> None:
    """Ask Slack who the bot is (``auth.test``) before the first request does.

    A web process builds its app without the token check (``bot.serve``: Slack's outage
    must not stop it booting), and Bolt then calls ``auth.test`` on the first request
    it authorises: that request waited on its request thread for a round trip to Slack
    (140-250 ms for the first requests of the paced Slack bench, against a local fake).
    Asked here, the answer is kept as Bolt keeps it.  When Slack does not answer, Bolt
    asks at the first request, as before.
    """
    for middleware in app._middleware_list:  # Bolt keeps no public handle on it
        if isinstance(middleware, SingleTeamAuthorization) and not middleware.auth_test_result:
            try:
                middleware.auth_test_result = app.client.auth_test()
            except (SlackApiError, OSError) as exc:
                log.warning("auth.test before serving failed (%s): asked at the first "
                            "request instead", exc)  # fmt: skip


def warm_up(services: Wiring) -> None:
    """Do once, before a new web process takes requests, what its first requests would
    otherwise pay for: the queue and App Home read and drawn, the most urgent
    conversation loaded, its draft checked and drawn in the edit modal, and the reply
    mail Approve would build from it (not sent, nothing written).  Read only,
    shown to nobody.

    Each process compiles its own statements and fills its own caches; unwarmed, the
    first ``/wismo queue`` answers of a process took 0.3 to 0.9 s and its first Edit
    0.1 to 0.15 s of CPU, all holding the interpreter lock the process's other requests
    wait for, when a team starts work together (bench/slack_bench.py, paced team).
    A failure here (the database away at boot) is logged and the process serves anyway:
    the first requests then pay, as before.
    """
    started = time.perf_counter()
    try:
        now = services.clock()
        accounts = tuple(account.id for account in services.settings.accounts)
        home = overview.warm_up(services.uow_factory, now=now, accounts=accounts)
        queue = home.queue
        queue_blocks(queue.entries, now, limit=overview.QUEUE_LIMIT, total=queue.open_total,
                     due_soon=queue.due_soon)  # fmt: skip
        home_view(queue.entries, now, figures_text(home.figures), total=queue.open_total,
                  due_soon=queue.due_soon)  # fmt: skip
        if queue.entries:
            conv = current(services, queue.entries[0].pk)
            text = conv.draft.text if conv.draft else ""
            lang = (conv.draft.language if conv.draft else None) or conv.message.language
            edit_modal(conv, text, check_reply(text, lang, services.policy))
            # Approve builds the reply mail, whose subject is checked too, inside its
            # write transaction: the first one in a process took 111 ms of CPU, 49 ms of
            # it compiling the policy's patterns for the subject's words.
            with services.uow_factory().read_only() as uow:
                row = uow.messages.get(conv.pk)
            if row is not None:
                with contextlib.suppress(DecisionError):  # no relay address: nothing to warm
                    reply_mail(row, text, mail_from="", policy=services.policy)
    except Exception:
        log.warning("warming up this process failed; its first requests pay instead",
                    exc_info=True)  # fmt: skip
        return
    log.debug("process warmed up in %.0f ms", (time.perf_counter() - started) * 1000)
