"""``wismo db upgrade`` and ``wismo db current``."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from bot.config import Settings
from bot.db.engine import create_db_engine
from bot.db.migrate import current_revision, head_revision, upgrade
from bot.errors import ConfigError

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wismo db", description="Database migrations for the URL in DATABASE_URL."
    )
    sub = parser.add_subparsers(dest="action", required=True)
    sub.add_parser("upgrade", help="apply every pending migration (safe to run repeatedly)")
    sub.add_parser("current", help="print the schema revision and whether it is up to date")
    return parser


def main(argv: Sequence[str]) -> int:
    args = _parser().parse_args(list(argv))
    try:
        settings = Settings.from_env(os.environ)
    except ConfigError as exc:
        print(f"wismo db: {exc}", file=sys.stderr)
        return 2
    engine = create_db_engine(settings.database_url)
    where = settings.describe()["database_url"]
    try:
        head = head_revision()
        if args.action == "upgrade":
            before = current_revision(engine)
            upgrade(engine)
            if before == head:
                print(f"{where}: already at {head}")
            else:
                print(f"{where}: upgraded from {before or 'empty'} to {head}")
            return 0
        current = current_revision(engine)
        state = "up to date" if current == head else "out of date: run `wismo db upgrade`"
        print(f"{where}: at {current or 'nothing'}, head {head} ({state})")
        return 0 if current == head else 1
    except SQLAlchemyError as exc:
        reason = str(exc.orig if isinstance(exc, DBAPIError) else exc).strip().splitlines()[0]
        print(
            f"wismo db: cannot use the database at {where}: {reason}\n"
            "Check DATABASE_URL and that the database server is running.",
            file=sys.stderr,
        )
        return 1
    finally:
        engine.dispose()
