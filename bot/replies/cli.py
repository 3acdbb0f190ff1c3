"""``wismo templates check``: the reply template library's state, scenario by language.

Exit status: 0 when every template passes, 1 when any is refused, 2 on a usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from bot.replies.library import check_library
from bot.replies.report import LibraryReport

__all__ = ["format_report", "main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wismo templates",
        description="Reply templates. `check` renders every template with sample facts for "
        "every carrier link and checks each text against the messaging policy.",
    )
    sub = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    check = sub.add_parser("check", help="check the template library against the policy")
    check.add_argument(
        "--dir",
        type=Path,
        default=None,
        help="check the templates in DIR (<lang>/<scenario>.txt.j2) instead of the bundled ones",
    )
    check.add_argument(
        "--lang",
        action="append",
        default=None,
        metavar="LANG",
        help="check only this language (repeatable); default: every language found",
    )
    return parser


def format_report(report: LibraryReport) -> str:
    """The scenario x language table, then each problem on its own line."""
    width = max(len(s) for s in report.scenarios)
    langs = report.languages
    lines = [(f"{'scenario':<{width}}  " + "  ".join(f"{lang:<6}" for lang in langs)).rstrip()]
    for scenario in report.scenarios:
        cells = []
        for lang in langs:
            status = report.status(scenario, lang)
            if status is None:
                cell = "-"
            elif status.ok:
                cell = "ok"
            elif any(p.rule == "missing" for p in status.problems):
                cell = "MISSING"
            else:
                cell = "FAILED"
            cells.append(f"{cell:<6}")
        lines.append(f"{scenario:<{width}}  " + "  ".join(cells).rstrip())
    failed = sum(1 for s in report.statuses if not s.ok)
    renderings = sum(s.renderings for s in report.statuses)
    lines.append("")
    lines.append(
        f"{len(report.statuses)} templates ({len(report.scenarios)} scenarios x "
        f"{len(langs)} languages), {renderings} renderings checked: "
        + ("all pass" if report.ok else f"{failed} refused")
    )
    if report.problems:
        lines.append("")
        lines.append("Problems:")
        lines += [f"  {problem}" for problem in report.problems]
    return "\n".join(lines)


def main(argv: Sequence[str], *, out: TextIO | None = None) -> int:
    stream = out or sys.stdout
    try:
        args = _parser().parse_args(list(argv))
    except SystemExit as exc:  # argparse has printed the usage
        return 0 if exc.code == 0 else 2
    if args.dir is not None and not args.dir.is_dir():
        print(f"wismo templates check: {args.dir} is not a folder of templates", file=sys.stderr)
        return 2
    report = check_library(template_dir=args.dir, languages=args.lang)
    print(format_report(report), file=stream)
    return 0 if report.ok else 1
