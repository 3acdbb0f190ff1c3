"""``wismo demo``: the main job end to end, offline, in seconds.

A fresh SQLite file, the bundled sample inbox (:mod:`bot.demo_data`), and the same fake
SP-API and carrier servers the tests use, started in-process on 127.0.0.1 and serving
the bundled orders and parcels.  Every mail goes through the real path (parse, store
once, look up order and tracking over HTTP, choose and render the reply, policy check),
then each card is printed as an agent would see it in Slack and its Block Kit JSON is
written to ``--out``.  With ``SLACK_BOT_TOKEN`` and ``WISMO_CHANNEL`` set, the cards are
posted to that channel instead of printed.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, TextIO

from bot import logs
from bot.amazon.sandbox import SpApiSandbox
from bot.bootstrap import Wiring, build_wiring
from bot.config import Secret, Settings
from bot.db import create_db_engine, upgrade
from bot.demo_data import DemoMail, Manifest, load_manifest
from bot.demo_notices import amazon_act, with_photo
from bot.demo_render import render_card, table
from bot.domain import Conversation
from bot.errors import ConfigError, WismoError
from bot.services.conversations import load_conversation
from bot.services.pipeline import draft_pending, store_raw
from bot.slack.blocks import card
from carriers.sandbox import CarrierSandbox

__all__ = ["DemoWorld", "demo_world", "main", "run_demo"]


@dataclass(frozen=True, slots=True)
class DemoWorld:
    """Settings pointing at running fake SP-API and carrier servers."""

    settings: Settings
    amazon: SpApiSandbox
    carriers: CarrierSandbox
    clock: Callable[[], datetime]


@contextmanager
def demo_world(
    base: Settings,
    *,
    database_url: str,
    now: datetime,
    orders: Sequence[dict[str, Any]] = (),
    seller_name: str | None = None,
) -> Iterator[DemoWorld]:
    """Start the fake servers (with ``orders`` registered) and settings that reach them."""

    def clock() -> datetime:
        return now

    with CarrierSandbox(clock=clock) as carriers, SpApiSandbox(orders=orders) as amazon:
        cfg = {code: carriers.config(code) for code in ("ups", "usps", "fedex", "dhl")}
        settings = replace(
            base,
            database_url=database_url,
            seller_name=seller_name or base.seller_name,
            spapi_refresh_token=Secret(amazon.refresh_token),
            spapi_client_id=amazon.client_id,
            spapi_client_secret=Secret(amazon.client_secret),
            spapi_base_url=amazon.base_url,
            lwa_token_url=amazon.token_url,
            ups_client_id=cfg["ups"].client_id,
            ups_client_secret=Secret(cfg["ups"].client_secret),
            ups_base_url=cfg["ups"].base_url,
            usps_client_id=cfg["usps"].client_id,
            usps_client_secret=Secret(cfg["usps"].client_secret),
            usps_base_url=cfg["usps"].base_url,
            fedex_client_id=cfg["fedex"].client_id,
            fedex_client_secret=Secret(cfg["fedex"].client_secret),
            fedex_base_url=cfg["fedex"].base_url,
            dhl_api_key=Secret(cfg["dhl"].api_key),
            dhl_base_url=cfg["dhl"].base_url,
            carrier_timeout_seconds=5.0,
        )
        yield DemoWorld(settings, amazon, carriers, clock)


@dataclass(frozen=True, slots=True)
class DemoCard:
    mail: DemoMail
    conversation: Conversation
    card: dict[str, Any]
    path: Path


def _time_left(conv: Conversation, now: datetime) -> str:
    left = conv.due_at - now
    if left <= timedelta(0):
        return "missed"
    minutes = int(left.total_seconds() // 60)
    return f"{minutes // 60} h {minutes % 60:02d} min"


def _summary_row(i: int, item: DemoCard, now: datetime) -> list[str]:
    conv = item.conversation
    tracking = conv.trackings[0] if conv.trackings else None
    if conv.order is None:
        order = "not looked up" if conv.order_problem else "no order id"
        if "does not know" in conv.order_problem:
            order = "unknown to Amazon"
    else:
        order = f"{conv.order.status.value.lower()}/{conv.order.fulfilled_by.value.lower()}"
    draft = conv.draft
    if draft is None or not draft.text:
        # A scenario without text waits for the agent: a fact to enter, or no reply at all.
        reply = draft.scenario if draft is not None and draft.scenario else "(agent writes)"
        verdict = "-"
    else:
        reply = draft.scenario
        verdict = "passes" if draft.report.compliant else "blocked"
        if draft.report.compliant and draft.report.findings:
            verdict = "warnings"
    return [
        str(i),
        conv.message.marketplace or "?",
        draft.language if draft else (conv.message.language or "?"),
        (conv.message.intent.value if conv.message.intent else "?"),
        order,
        f"{tracking.carrier}:{tracking.status.value}" if tracking else "-",
        reply,
        verdict,
        _time_left(conv, now),
    ]


def run_demo(
    services: Wiring,
    manifest: Manifest,
    *,
    out_dir: Path,
    stdout: TextIO,
    post: Callable[[dict[str, Any]], str] | None = None,
    upload: Callable[[str, str, bytes], None] | None = None,
) -> list[DemoCard]:
    """Feed the inbox through the pipeline; print (or post) every card; write its JSON."""
    now = manifest.now
    total = len(manifest.mails)
    pks: list[tuple[DemoMail, int]] = []
    for i, mail in enumerate(manifest.mails, 1):
        stored = store_raw(services, with_photo(mail.file, mail.raw), arrived_at=now)
        print(f"[{i:2d}/{total}] stored  {mail.file}", file=stdout)
        pks.append((mail, stored.message_pk))
    again = store_raw(services, manifest.mails[0].raw, arrived_at=now)
    print(
        f"        the same mail delivered twice is stored once "
        f"({manifest.mails[0].file}: {'new row' if again.created else 'duplicate ignored'})",
        file=stdout,
    )

    started = time.perf_counter()
    done = 0

    def progress(conv: Conversation) -> None:
        nonlocal done
        done += 1  # called from worker threads; the count is only shown
        print(f"[{done:2d}/{total}] drafted message {conv.pk}", file=stdout)

    run = draft_pending(services, now=now, limit=total, on_drafted=progress)
    elapsed = time.perf_counter() - started
    print(
        f"drafted {len(run.drafted)} message(s) in {elapsed:.2f} s "
        f"(order and tracking looked up over HTTP)",
        file=stdout,
    )
    for pk, why in run.failed:
        print(f"  message {pk} not drafted: {why}", file=stdout)

    with services.uow_factory() as uow:
        convs = [(mail, load_conversation(uow, pk, policy=services.policy)) for mail, pk in pks]
    convs.sort(key=lambda item: item[1].due_at)  # the queue: most urgent first
    out_dir.mkdir(parents=True, exist_ok=True)
    cards: list[DemoCard] = []
    for i, (mail, conv) in enumerate(convs, 1):
        payload = card(conv, now=now)
        path = out_dir / (Path(mail.file).stem + ".json")
        path.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", "utf-8")
        cards.append(DemoCard(mail, conv, payload, path))
        if post is not None:
            ts = post(payload)
            print(f"[{i:2d}/{total}] posted  {mail.file} (ts {ts})", file=stdout)
            if upload is not None:
                _upload_files(services, conv.pk, ts, upload)
            continue
        print(f"\n#{i} {mail.file}  ->  {path}", file=stdout)
        print(render_card(payload), file=stdout)

    print("\nSummary (most urgent first)", file=stdout)
    header = ["#", "market", "lang", "intent", "order", "tracking", "reply", "policy", "left"]
    rows = [_summary_row(i, item, now) for i, item in enumerate(cards, 1)]
    print(table(header, rows), file=stdout)

    print("\nAmazon's own mail: a delivery failure of our reply and an A-to-z claim", file=stdout)
    for notice in amazon_act(services, pks[0][1], now=now):
        payload = card(notice.conversation, now=now)
        path = out_dir / f"{notice.name}.json"
        path.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", "utf-8")
        if post is not None:
            ts = post(payload)
            print(f"        posted  {notice.name} (ts {ts}): {notice.what}", file=stdout)
            continue
        print(f"\n* {notice.what}  ->  {path}", file=stdout)
        print(render_card(payload), file=stdout)
    print(f"\nBlock Kit JSON of every card: {out_dir}", file=stdout)
    return cards


def _upload_files(
    services: Wiring, pk: int, ts: str, upload: Callable[[str, str, bytes], None]
) -> None:
    """The buyer's stored files into the thread of the card just posted."""
    with services.uow_factory() as uow:
        files = [(f.filename, f.data) for f in uow.files.of_message(pk, "in")]
    for name, data in files:
        upload(ts, name, data)


def _slack_poster(
    settings: Settings, pace: float
) -> tuple[Callable[[dict[str, Any]], str], Callable[[str, str, bytes], None]]:
    from slack_sdk import WebClient
    from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler

    from bot.errors import SlackError
    from bot.slack.writer import Pacer, SlackWriter

    client = WebClient(token=settings.slack_bot_token.reveal(), base_url=settings.slack_base_url)
    client.retry_handlers.append(RateLimitErrorRetryHandler(max_retry_count=3))
    writer = SlackWriter(client, pacer=Pacer(pace))  # about one message a second a channel

    def post(payload: dict[str, Any]) -> str:
        message = {"text": payload["text"], "blocks": payload["blocks"]}
        try:
            return writer.post(settings.channel, message)
        except SlackError as exc:
            raise WismoError(
                f"Slack refused the card in {settings.channel}: {getattr(exc, 'error', exc)} "
                "(check SLACK_BOT_TOKEN, that the bot is in WISMO_CHANNEL "
                "and has the chat:write scope)"
            ) from exc

    def upload(ts: str, name: str, data: bytes) -> None:
        try:
            writer.upload_file(
                settings.channel, thread_ts=ts, filename=name, data=data, title=f"Buyer's {name}"
            )
        except SlackError as exc:
            raise WismoError(
                f"Slack refused the buyer's file: {getattr(exc, 'error', exc)} "
                "(the bot needs the files:write scope)"
            ) from exc

    return post, upload


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wismo demo",
        description="Run the whole flow offline on the bundled sample inbox and print each card.",
    )
    parser.add_argument(
        "--out", default="demo-out", help="folder for the Block Kit JSON (default ./demo-out)"
    )
    parser.add_argument("--db", help="SQLite file to use (default: a fresh one in a temp dir)")
    parser.add_argument(
        "--pace", type=float, default=1.0, help="seconds between Slack posts (default 1)"
    )
    return parser


def main(argv: Sequence[str]) -> int:
    args = _parser().parse_args(list(argv))
    logs.configure(logging.ERROR, text_format="%(levelname)s %(name)s: %(message)s")
    try:
        base = Settings.from_env(os.environ)
    except ConfigError as exc:
        print(f"wismo demo: {exc}", file=sys.stderr)
        return 2
    manifest = load_manifest()
    with tempfile.TemporaryDirectory(prefix="wismo-demo-") as tmp:
        db = Path(args.db) if args.db else Path(tmp) / "wismo-demo.db"
        if db.exists():
            print(
                f"wismo demo: {db} exists; give a new file (the demo starts fresh)", file=sys.stderr
            )
            return 2
        with demo_world(
            base,
            database_url=f"sqlite:///{db}",
            now=manifest.now,
            orders=manifest.order_payloads(),
            seller_name=manifest.seller_name,
        ) as world:
            settings = world.settings
            engine = create_db_engine(settings.database_url)
            upgrade(engine)
            try:
                services = build_wiring(settings, clock=world.clock, engine=engine)
            except WismoError as exc:
                engine.dispose()
                print(f"wismo demo: {exc}", file=sys.stderr)
                return 1
            post = upload = None
            if settings.slack_bot_token and settings.channel:
                post, upload = _slack_poster(settings, args.pace)
                print(f"posting the cards to Slack channel {settings.channel}", file=sys.stdout)
            print(
                f"wismo demo: {len(manifest.mails)} buyer mails, "
                f"demo clock {manifest.now:%Y-%m-%d %H:%M} UTC, database {db}",
                file=sys.stdout,
            )
            try:
                run_demo(
                    services,
                    manifest,
                    out_dir=Path(args.out),
                    stdout=sys.stdout,
                    post=post,
                    upload=upload,
                )
            except WismoError as exc:
                print(f"wismo demo: {exc}", file=sys.stderr)
                return 1
            finally:
                services.close()
    return 0
