"""``wismo detect NUMBER... [--json]``: which carrier a tracking number belongs to.

Offline: reads only the bundled format data. One result per number, in the order
given. Exit 0 when every number was recognised with a valid check digit, 1 when any
was not, 2 on a usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TextIO

from carriers.detect import Match, detect, normalise

__all__ = ["Result", "main"]

Result = dict[str, object]


def _result(number: str) -> tuple[Result, Match | None]:
    matches = detect(number, include_invalid=True)
    if not matches:
        empty: Result = {
            "number": normalise(number),
            "valid": False,
            "carrier": None,
            "service": None,
            "tracking_url": None,
            "alternatives": [],
        }
        return empty, None
    top = matches[0]
    alternatives: list[str] = []
    for other in matches[1:]:
        if other.valid == top.valid and other.carrier not in [*alternatives, top.carrier]:
            alternatives.append(other.carrier)
    result: Result = {
        "number": top.number,
        "valid": top.valid,
        "carrier": top.carrier,
        "service": top.service,
        # No link for a number that fails its check: the page would show nothing.
        "tracking_url": top.tracking_url if top.valid else None,
        "alternatives": alternatives,
    }
    return result, top


def _row(number: str, result: Result, top: Match | None) -> tuple[str, ...]:
    if result["valid"]:
        verdict = "ok"
    elif top is None:
        verdict = "unknown format"
    else:  # the shape fits, but the check digit (or an S10 country code) does not
        verdict = "check failed"
    alternatives = result["alternatives"]
    also = ", ".join(map(str, alternatives)) if isinstance(alternatives, list) else ""
    return (
        str(result["number"]) or repr(number),
        str(result["carrier"] or "-"),
        str(result["service"] or "-"),
        verdict,
        str(result["tracking_url"] or "-"),
        f"(also: {also})" if also else "",
    )


def _print_table(rows: Sequence[tuple[str, ...]], out: TextIO) -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    for row in rows:
        line = "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False))
        if row[-1]:
            line = f"{line}  {row[-1]}"
        print(line.rstrip(), file=out)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wismo detect",
        description="Detect the carrier of tracking numbers and check their check digits "
        "(offline). Quote a number that contains spaces.",
    )
    parser.add_argument("numbers", nargs="+", metavar="NUMBER", help="tracking number(s)")
    parser.add_argument("--json", action="store_true", help="print a JSON list, one per number")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = _parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:  # argparse: --help (0) or a usage error (2)
        return exc.code if isinstance(exc.code, int) else 2
    numbers: list[str] = args.numbers
    read = [_result(number) for number in numbers]
    if args.json:
        json.dump([result for result, _top in read], sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        rows = [_row(n, result, top) for n, (result, top) in zip(numbers, read, strict=True)]
        _print_table(rows, sys.stdout)
    return 0 if all(result["valid"] for result, _top in read) else 1
