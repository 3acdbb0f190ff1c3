"""The ``wismo`` command: one entry point, one module per sub-command.

Each sub-command lives beside the code it drives and exposes ``main(argv) -> int``;
this module only dispatches, so ``wismo check`` never imports Slack or SQLAlchemy.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Sequence

__all__ = ["main"]

# name -> (module, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "demo": ("bot.demo", "run the whole flow offline on bundled samples and print each card"),
    "serve": ("bot.serve", "run the Slack bot (HTTP on PORT, or Socket Mode with SLACK_APP_TOKEN)"),
    "worker": ("bot.worker", "run inbox polling, card poster, outbox and deadline sweep"),
    "check": ("compliance.cli", "check a reply text against Amazon's messaging policy"),
    "detect": ("carriers.cli", "detect the carrier of tracking numbers (offline)"),
    "track": ("bot.cli.track", "track a parcel live through the carrier's API"),
    "parse": ("bot.mail.cli", "parse an Amazon relay e-mail"),
    "draft": ("bot.cli.draft", "the suggested reply for one relay e-mail, offline"),
    "db": ("bot.db.cli", "database migrations: `wismo db upgrade`"),
    "templates": ("bot.replies.cli", "reply templates: `wismo templates check`"),
}


def _usage() -> str:
    width = max(len(name) for name in COMMANDS)
    lines = ["usage: wismo COMMAND [ARGS...]", "", "commands:"]
    lines += [f"  {name:<{width}}  {help_}" for name, (_, help_) in COMMANDS.items()]
    lines += ["", "`wismo COMMAND --help` shows the options of one command."]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in {"-h", "--help", "help"}:
        print(_usage())
        return 0 if args else 2
    name, rest = args[0], args[1:]
    if name in {"-V", "--version"}:
        from bot import __version__

        print(f"wismo {__version__}")
        return 0
    if name not in COMMANDS:
        print(f"wismo: unknown command {name!r}\n\n{_usage()}", file=sys.stderr)
        return 2
    module = importlib.import_module(COMMANDS[name][0])
    try:
        result: int = module.main(rest)
        sys.stdout.flush()
    except BrokenPipeError:
        # the reader went away (`wismo check --json reply.txt | head`): nothing is wrong with
        # the command, so no traceback; the rest of its output goes nowhere
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    return result
