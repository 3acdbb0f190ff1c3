"""Five simulated agents and a manager who ignores every ping.

Agents see what a person would see: the cards the bot posted to the queue channel
(FakeSlack's recorded ``chat.postMessage`` calls).  A card is picked up, oldest first, by
an agent on shift (:data:`bench.trial.timeline.SHIFTS`, on the simulated clock) once a
simulated moment of reading has passed; a parked card (``Action.LATE``) only a day
later, and an ignored one never.  The agent then acts as the trial planned: Approve
(sometimes two agents click at once), Edit (typing a reply, which the bot re-checks per
keystroke), Edit with a policy violation first (refused under the input, then fixed),
or Reject with a reason.  Every click is a really signed Slack request to one of the web
replicas; a replica that does not answer is skipped for the next one, as a load
balancer would.  If the card shows no outcome after a while (real seconds: the bot's
pace is real), an agent looks again and clicks again, as a person would.
"""

from __future__ import annotations

import heapq
import itertools
import json
import random
import re
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from bot.testing.fake_slack import FakeSlack
from bot.testing.slack_requests import SignedSlack
from compliance import check

from .mails import Action, PlannedMail
from .timeline import Timeline, on_shift

__all__ = ["AGENTS", "MANAGER", "Click", "Team", "reply_text", "self_check", "violating_text"]

AGENTS = ("UAGENTAVA", "UAGENTBEN", "UAGENTCHLOE", "UAGENTDAVID", "UAGENTEMMA")
MANAGER = "UMANAGERMAX"  # configured in WISMO_MANAGERS; never clicks anything
TEAM = {"id": "T0FAKE", "domain": "fake"}

_REPLY = {
    "en": "Hello {name},\n\nthank you for your message about order {order}. We have looked "
    "into it and are taking care of it today; you will hear from us again shortly.\n\n"
    "Kind regards,\nBrightwater Home",
    "de": "Hallo {name},\n\nvielen Dank für Ihre Nachricht zur Bestellung {order}. Wir haben "
    "uns darum gekümmert und melden uns in Kürze wieder bei Ihnen.\n\n"
    "Freundliche Grüße\nBrightwater Home",
    "fr": "Bonjour {name},\n\nmerci pour votre message concernant la commande {order}. Nous "
    "nous en occupons aujourd'hui et revenons vers vous très vite.\n\n"
    "Cordialement,\nBrightwater Home",
    "es": "Hola {name}:\n\ngracias por su mensaje sobre el pedido {order}. Nos estamos "
    "ocupando de ello hoy y le escribiremos de nuevo en breve.\n\n"
    "Saludos cordiales,\nBrightwater Home",
    "it": "Buongiorno {name},\n\ngrazie per il suo messaggio sull'ordine {order}. Ce ne "
    "stiamo occupando oggi e le scriveremo di nuovo a breve.\n\n"
    "Cordiali saluti,\nBrightwater Home",
}
# What a hurried agent adds: a link to the shop and a discount (both forbidden).
_VIOLATION = {
    "en": "\n\nP.S. Get 10% off your next order at www.brightwater-home.com!",
    "de": "\n\nP.S. 10 % Rabatt auf Ihre nächste Bestellung unter www.brightwater-home.com!",
    "fr": "\n\nP.S. 10 % de réduction sur votre prochaine commande sur www.brightwater-home.com !",
    "es": "\n\nP.D. ¡10 % de descuento en su próximo pedido en www.brightwater-home.com!",
    "it": "\n\nP.S. Sconto del 10% sul prossimo ordine su www.brightwater-home.com!",
}


def reply_text(mail: PlannedMail) -> str:
    lang = mail.language if mail.language in _REPLY else "en"
    return _REPLY[lang].format(name=mail.buyer_name or "", order=mail.order_id or "")


def violating_text(mail: PlannedMail) -> str:
    lang = mail.language if mail.language in _VIOLATION else "en"
    return reply_text(mail) + _VIOLATION[lang]


@dataclass
class Click:
    """One decision an agent made, with when the deciding request was sent."""

    message_id: str
    pk: int
    agent: str
    action: str
    at: float
    status: int | None = None
    errors: list[str] = field(default_factory=list)


@dataclass
class _Task:
    mail: PlannedMail
    pk: int
    channel: str
    ts: str
    blocks: list[dict[str, Any]]
    seen_at: float
    attempt: int = 0  # clicks so far; a retry never repeats a double click or a violation


_ORDER = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")


def _buttons(blocks: Sequence[dict[str, Any]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for block in blocks:
        if block.get("type") == "actions":
            for element in block.get("elements", []):
                if "action_id" in element and "value" in element:
                    out[str(element["action_id"])] = str(element["value"])
    return out


class Team:
    """The agents: a watcher finds new cards, five agents act on them on shift, a checker
    looks whether each card showed its outcome."""

    def __init__(
        self,
        slack: FakeSlack,
        plan: Sequence[PlannedMail],
        web_urls: Callable[[], list[str]],
        secret: str,
        timeline: Timeline,
        *,
        seed: int = 8,
        think: tuple[timedelta, timedelta] = (timedelta(minutes=3), timedelta(minutes=40)),
        parked: tuple[timedelta, timedelta] = (timedelta(hours=20), timedelta(hours=30)),
    ) -> None:
        self.slack = slack
        self.by_order = {m.order_id: m for m in plan if m.kind == "buyer" and m.order_id}
        self.web_urls = web_urls
        self.secret = secret
        self.timeline = timeline
        self.think = think
        self.parked = parked
        self.rng = random.Random(seed)
        self.clicks: list[Click] = []
        self.problems: list[str] = []
        self.handled: set[int] = set()
        self.retries: list[str] = []
        self.attempts = 3
        self.patience = 20.0  # real seconds an agent waits for the card to show the outcome
        self._ready: list[tuple[datetime, int, _Task]] = []  # heap: when it may be picked up
        self._checks: list[tuple[float, _Task]] = []  # (real deadline, task) to look at again
        self._seq = itertools.count()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._seen_calls = 0
        self._triggers = itertools.count(1)
        self._threads: list[threading.Thread] = []

    # -- life cycle ------------------------------------------------------------------
    def start(self) -> None:
        self._threads.append(threading.Thread(target=self._watch, name="watcher", daemon=True))
        self._threads.append(threading.Thread(target=self._check, name="checker", daemon=True))
        for agent in AGENTS:
            self._threads.append(
                threading.Thread(target=self._work, args=(agent,), name=agent, daemon=True)
            )
        for t in self._threads:
            t.start()

    def stop(self) -> None:
        self._stop.set()
        for t in self._threads:
            t.join(timeout=30)

    @property
    def backlog(self) -> int:
        with self._lock:
            return len(self._ready)

    def _now(self) -> datetime:
        return self.timeline.sim(time.time())

    # -- seeing cards ---------------------------------------------------------------
    def _watch(self) -> None:
        while not self._stop.is_set():
            with self.slack._lock:
                calls = self.slack.calls[self._seen_calls :]
                self._seen_calls += len(calls)
            for call in calls:
                if call.method != "chat.postMessage" or not call.response.get("ok"):
                    continue
                if call.args.get("thread_ts"):
                    continue
                self._consider(call.response, call.at)
            time.sleep(0.2)

    def _consider(self, response: dict[str, Any], at: float) -> None:
        message = response.get("message") or {}
        blocks = message.get("blocks") or []
        buttons = _buttons(blocks)
        pk_text = next(iter(buttons.values()), None)
        found = _ORDER.search(json.dumps(blocks))
        if pk_text is None or found is None:
            return  # a system or malformed mail's card: for a person, not for this team
        mail = self.by_order.get(found.group(0))
        if mail is None or mail.action == Action.IGNORE:
            return
        pk = int(pk_text)
        with self._lock:
            if pk in self.handled:
                return  # a second card for the same message: counted by the report
            self.handled.add(pk)
            lo, hi = self.parked if mail.action == Action.LATE else self.think
            ready = self.timeline.sim(at) + self.rng.uniform(0, 1) * (hi - lo) + lo
            task = _Task(mail, pk, str(response["channel"]), str(response["ts"]), blocks, at)
            heapq.heappush(self._ready, (ready, next(self._seq), task))

    def _take(self, agent: str) -> _Task | None:
        """The oldest card whose moment has come, if ``agent`` is on shift now."""
        now = self._now()
        if not on_shift(agent, now):
            return None
        with self._lock:
            if self._ready and self._ready[0][0] <= now:
                return heapq.heappop(self._ready)[2]
        return None

    # -- acting -----------------------------------------------------------------------
    def _work(self, agent: str) -> None:
        rng = random.Random(f"{agent}-{self.rng.random()}")
        with httpx.Client(timeout=15) as http:
            while not self._stop.is_set():
                task = self._take(agent)
                if task is None:
                    self._stop.wait(0.1)
                    continue
                task.attempt += 1
                try:
                    self._act(agent, task, http, rng, retry=task.attempt > 1)
                except Exception as exc:
                    self._problem(f"{agent} on {task.mail.message_id}: {exc!r}")
                with self._lock:
                    self._checks.append((time.time() + self.patience, task))

    def _check(self) -> None:
        """Cards that showed no outcome in time go back to the queue, to be clicked again."""
        while not self._stop.wait(0.5):
            with self._lock:
                checks, self._checks = self._checks, []
            keep = []
            for deadline, task in checks:
                if self._shows_outcome(task):
                    continue
                if time.time() < deadline:
                    keep.append((deadline, task))
                elif task.attempt < self.attempts:
                    self._note_retry(f"retried {task.mail.action} on {task.pk}")
                    with self._lock:
                        heapq.heappush(self._ready, (self._now(), next(self._seq), task))
                else:
                    self._note_retry(
                        f"the card of {task.pk} showed no outcome after {task.attempt} "
                        "attempts (its update may still be queued)"
                    )
            with self._lock:
                self._checks.extend(keep)

    def _shows_outcome(self, task: _Task) -> bool:
        """True once the card shows an outcome (the bot replaced the buttons)."""
        with self.slack._lock:
            message = self.slack.messages.get((task.channel, task.ts)) or {}
            blocks = list(message.get("blocks") or [])
        return any(b.get("block_id") == "decision" for b in blocks)

    def _note_retry(self, text: str) -> None:
        with self._lock:
            self.retries.append(text)

    def _problem(self, text: str) -> None:
        with self._lock:
            self.problems.append(text)

    def _record(self, click: Click) -> None:
        with self._lock:
            self.clicks.append(click)

    def _act(
        self, agent: str, task: _Task, http: httpx.Client, rng: random.Random, *, retry: bool
    ) -> None:
        mail, buttons = task.mail, _buttons(task.blocks)
        action = mail.action
        if action == Action.LATE:  # the parcel was found: the agent answers at last
            action = Action.APPROVE
        if retry and action == Action.DOUBLE_APPROVE:
            action = Action.APPROVE
        if retry and action == Action.EDIT_FIX:
            action = Action.EDIT  # the violation was already refused once
        if action in {Action.APPROVE, Action.DOUBLE_APPROVE} and "wismo.approve" not in buttons:
            action = Action.EDIT  # no compliant suggestion: the agent writes the reply
        if action == Action.APPROVE:
            self._click(agent, task, "wismo.approve", http, record="approve")
        elif action == Action.DOUBLE_APPROVE:
            other = rng.choice([a for a in AGENTS if a != agent])
            twin = threading.Thread(
                target=self._click, args=(other, task, "wismo.approve", None, "approve")
            )
            twin.start()
            self._click(agent, task, "wismo.approve", http, record="approve")
            twin.join(timeout=30)
        elif action in {Action.EDIT, Action.EDIT_FIX}:
            self._edit(agent, task, http, fix_first=action == Action.EDIT_FIX)
        elif action.startswith("reject_"):
            reason = {
                Action.REJECT_NO_RESPONSE: "no_response_needed",
                Action.REJECT_SPAM: "spam",
                Action.REJECT_MANUAL: "handle_manually",
            }[action]
            self._reject(agent, task, reason, http)

    def _payload(self, agent: str, task: _Task, action_id: str) -> dict[str, Any]:
        return {
            "type": "block_actions",
            "user": {"id": agent, "username": agent.lower(), "team_id": TEAM["id"]},
            "api_app_id": "A0WISMO",
            "token": "legacy",
            "team": TEAM,
            "container": {"type": "message", "message_ts": task.ts, "channel_id": task.channel},
            "channel": {"id": task.channel, "name": "buyer-messages"},
            "message": {"ts": task.ts, "type": "message", "blocks": task.blocks},
            "trigger_id": f"{next(self._triggers)}.{int(time.time())}.trial",
            "response_url": self.slack.response_url(f"{task.pk}-{agent}"),
            "actions": [
                {
                    "action_id": action_id,
                    "block_id": f"act-{task.pk}",
                    "value": str(task.pk),
                    "type": "button",
                    "action_ts": f"{time.time():.6f}",
                }
            ],
        }

    def _send(self, http: httpx.Client | None, payload: dict[str, Any]) -> httpx.Response | None:
        """POST to a live replica; on a dead one try the next (the load balancer's job)."""
        urls = self.web_urls()
        self.rng.shuffle(urls)
        for url in urls:
            sender = SignedSlack(url, self.secret, timeout=15)
            if http is not None:
                sender.http.close()
                sender.http = http
            try:
                return sender.interactive(payload)
            except httpx.TransportError:
                continue
            finally:
                if http is None:
                    sender.close()
        return None

    def _click(
        self,
        agent: str,
        task: _Task,
        action_id: str,
        http: httpx.Client | None,
        record: str | None = None,
    ) -> httpx.Response | None:
        at = time.time()
        response = self._send(http, self._payload(agent, task, action_id))
        if record:
            status = response.status_code if response is not None else None
            self._record(Click(task.mail.message_id, task.pk, agent, record, at, status))
        if response is None:
            self._problem(f"{agent}: no web replica answered {action_id} on {task.pk}")
        return response

    def _find_view(
        self,
        callback_id: str,
        pk: int,
        *,
        ready: Callable[[dict[str, Any]], bool],
        before: set[str],
        timeout: float = 20.0,
    ) -> dict[str, Any] | None:
        """The modal opened for this click (a view id not seen before it), once ready."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.slack._lock:
                views = list(self.slack.views.values())
            for view in views:
                if view.get("callback_id") != callback_id or view.get("id") in before:
                    continue
                try:
                    meta = json.loads(view.get("private_metadata") or "{}")
                except ValueError:
                    continue
                if meta.get("pk") == pk and ready(view):
                    return dict(view)
            time.sleep(0.2)
        return None

    def _view_ids(self) -> set[str]:
        with self.slack._lock:
            return set(self.slack.views)

    def _submit(
        self, agent: str, view: dict[str, Any], values: dict[str, Any], http: httpx.Client
    ) -> httpx.Response | None:
        payload = {
            "type": "view_submission",
            "team": TEAM,
            "user": {"id": agent, "username": agent.lower(), "team_id": TEAM["id"]},
            "api_app_id": "A0WISMO",
            "token": "legacy",
            "trigger_id": f"{next(self._triggers)}.{int(time.time())}.trial",
            "view": {**view, "state": {"values": values}},
        }
        return self._send(http, payload)

    def _type(self, agent: str, view: dict[str, Any], text: str, http: httpx.Client) -> None:
        """A few keystrokes' worth of dispatch_action requests, as Slack sends them."""
        for cut in (max(1, len(text) // 3), max(1, 2 * len(text) // 3), len(text)):
            payload = {
                "type": "block_actions",
                "user": {"id": agent, "username": agent.lower(), "team_id": TEAM["id"]},
                "api_app_id": "A0WISMO",
                "token": "legacy",
                "team": TEAM,
                "container": {"type": "view", "view_id": view.get("id")},
                "trigger_id": f"{next(self._triggers)}.{int(time.time())}.trial",
                "view": view,
                "actions": [
                    {
                        "type": "plain_text_input",
                        "action_id": "wismo.reply_text",
                        "block_id": "reply",
                        "value": text[:cut],
                        "action_ts": f"{time.time():.6f}",
                    }
                ],
            }
            self._send(http, payload)

    def _edit(self, agent: str, task: _Task, http: httpx.Client, *, fix_first: bool) -> None:
        before = self._view_ids()
        self._click(agent, task, "wismo.edit", http)

        def has_input(view: dict[str, Any]) -> bool:
            return any(b.get("type") == "input" for b in view.get("blocks", []))

        view = self._find_view("wismo.edit_reply", task.pk, ready=has_input, before=before)
        if view is None:
            self._problem(f"{agent}: the edit modal for {task.pk} never filled")
            return
        good = reply_text(task.mail)
        if fix_first:
            bad = violating_text(task.mail)
            self._type(agent, view, bad, http)
            response = self._submit(agent, view, _reply_values(bad), http)
            body = _json(response)
            if body.get("response_action") != "errors":
                self._problem(f"{agent}: a violating edit of {task.pk} was not refused: {body}")
            self._record(
                Click(
                    task.mail.message_id,
                    task.pk,
                    agent,
                    "edit_refused",
                    time.time(),
                    response.status_code if response else None,
                )
            )
        self._type(agent, view, good, http)
        at = time.time()
        response = self._submit(agent, view, _reply_values(good), http)
        body = _json(response)
        click = Click(
            task.mail.message_id,
            task.pk,
            agent,
            "edit",
            at,
            response.status_code if response else None,
        )
        if body.get("response_action") == "errors":
            click.errors.append(json.dumps(body.get("errors")))
            self._problem(f"{agent}: a clean edit of {task.pk} was refused: {body}")
        self._record(click)

    def _reject(self, agent: str, task: _Task, reason: str, http: httpx.Client) -> None:
        before = self._view_ids()
        self._click(agent, task, "wismo.reject", http)
        view = self._find_view("wismo.reject_modal", task.pk, ready=lambda v: True, before=before)
        if view is None:
            self._problem(f"{agent}: the reject modal for {task.pk} never opened")
            return
        values = {
            "reject_reason": {
                "wismo.reject_reason": {
                    "type": "static_select",
                    "selected_option": {
                        "value": reason,
                        "text": {"type": "plain_text", "text": reason},
                    },
                }
            },
            "reject_note": {"wismo.reject_note": {"type": "plain_text_input", "value": ""}},
        }
        at = time.time()
        response = self._submit(agent, view, values, http)
        self._record(
            Click(
                task.mail.message_id,
                task.pk,
                agent,
                f"reject:{reason}",
                at,
                response.status_code if response else None,
            )
        )


def _reply_values(text: str) -> dict[str, Any]:
    return {"reply": {"wismo.reply_text": {"type": "plain_text_input", "value": text}}}


def _json(response: httpx.Response | None) -> dict[str, Any]:
    if response is None or not response.content:
        return {}
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def self_check() -> None:
    """The agents' own texts must be what the trial says they are: clean, and not."""
    for lang in _REPLY:
        at = datetime(2026, 11, 23, tzinfo=UTC)
        mail = PlannedMail(
            0,
            "buyer",
            "x",
            at,
            at,
            Action.EDIT,
            language=lang,
            buyer_name="Ava",
            order_id="113-1000000-1000000",
        )
        if not check(reply_text(mail), lang=lang).compliant:
            raise AssertionError(f"the agents' {lang} reply fails the policy check")
        if check(violating_text(mail), lang=lang).compliant:
            raise AssertionError(f"the agents' {lang} violation passes the policy check")
