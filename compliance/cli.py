"""``wismo check``: check reply texts against Amazon's buyer-messaging policy.

Exit status: 0 when every text is compliant (warnings allowed), 1 when any is not,
2 on a usage error or a file that cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from typing import TextIO

from compliance.document import LANGUAGES
from compliance.engine import check
from compliance.model import Finding, Report, Severity

__all__ = ["main"]

_DESCRIPTION = """\
Check reply texts against Amazon's buyer-messaging policy (links, e-mail addresses, phone
numbers, review requests, marketing, moving buyers off Amazon, asking for personal data or
for a cancellation request, HTML, emoji, template leftovers, length), with the wording of
every supported language.  Reads each FILE as UTF-8, or standard input for "-".  With no
FILE it reads standard input when that is a pipe or a file, and prints this usage when it
is a terminal.
"""
_EPILOG = """\
output:
  Without --json, each text is printed with its problems underlined and explained.
  With --json and one text, one object is printed:
    {"compliant": bool, "violations": [{"rule", "severity", "start", "end", "excerpt",
    "message"}]}   (start/end are character offsets into the text as given)
  With --json and several FILEs, one object keyed by path, each value shaped as above.

exit status:
  0 every text is compliant (warnings allowed), 1 any text is not, 2 usage error or a
  file that cannot be read.
"""
_STDIN = "-"


@dataclass(frozen=True, slots=True)
class _Text:
    label: str
    text: str


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wismo check",
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help='reply text file, or "-"')
    parser.add_argument("--json", action="store_true", help="print the verdict as JSON")
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="language of the card; adds precision, never removes a rule (every "
        "language's wording is always checked)",
    )
    return parser


def _read(path: str, stdin: TextIO) -> _Text:
    if path == _STDIN:
        return _Text("<stdin>", stdin.read())
    try:
        with open(path, encoding="utf-8") as handle:
            return _Text(path, handle.read())
    except UnicodeDecodeError as exc:
        raise OSError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    except OSError as exc:
        raise OSError(f"{path}: {exc.strerror or exc}") from exc


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    parser = _parser()
    try:
        with redirect_stdout(stdout), redirect_stderr(stderr):
            args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:  # --help (0) or a usage error (2), already printed
        return int(exc.code or 0)
    paths: list[str] = args.files or [_STDIN]
    if paths.count(_STDIN) > 1:
        print('wismo check: "-" (standard input) can be given only once', file=stderr)
        return 2
    if paths == [_STDIN] and not args.files and stdin.isatty():
        parser.print_usage(stderr)
        print("wismo check: give a FILE, or pipe the reply text on standard input", file=stderr)
        return 2
    texts: list[_Text] = []
    for path in paths:
        try:
            texts.append(_read(path, stdin))
        except OSError as exc:
            print(f"wismo check: cannot read {exc}", file=stderr)
            return 2
    reports = [(item, check(item.text, lang=args.lang)) for item in texts]
    if args.json:
        if len(reports) == 1:
            payload = reports[0][1].to_json()
        else:
            payload = {item.label: report.to_json() for item, report in reports}
        print(json.dumps(payload, ensure_ascii=False, indent=2), file=stdout)
    else:
        colour = stdout.isatty()
        for n, (item, report) in enumerate(reports):
            if n:
                print(file=stdout)
            stdout.write(render(item.label, report, colour=colour))
    return 0 if all(report.compliant for _, report in reports) else 1


# ---------------------------------------------------------------- terminal rendering

_RED, _YELLOW, _GREEN, _DIM, _RESET = "\033[31m", "\033[33m", "\033[32m", "\033[2m", "\033[0m"


def _width(text: str) -> int:
    """Terminal columns ``text`` takes: wide CJK/full-width 2, zero-width marks 0."""
    columns = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Cf", "Mn", "Me"):
            continue
        columns += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return columns


def _verdict(label: str, report: Report) -> str:
    blocking, warnings = len(report.blocking), len(report.warnings)
    if report.compliant:
        extra = f" ({warnings} warning{'s' * (warnings != 1)})" if warnings else ""
        return f"{label}: compliant{extra}"
    extra = f", {warnings} warning{'s' * (warnings != 1)}" if warnings else ""
    return f"{label}: NOT compliant ({blocking} blocking{extra})"


def render(label: str, report: Report, *, colour: bool = False) -> str:
    """The text with each finding underlined on its line, its rule and message below."""

    def paint(code: str, text: str) -> str:
        return f"{code}{text}{_RESET}" if colour else text

    head = _verdict(label, report)
    lines = [paint(_GREEN if report.compliant else _RED, head)]
    text = report.text
    by_line: dict[int, list[Finding]] = {}
    starts = [0]
    for pos, ch in enumerate(text):
        if ch == "\n":
            starts.append(pos + 1)
    for finding in report.findings:
        line_no = bisect_right(starts, finding.start) - 1
        by_line.setdefault(line_no, []).append(finding)
    gutter = len(str(len(starts)))
    for line_no, line_start in enumerate(starts):
        end = starts[line_no + 1] - 1 if line_no + 1 < len(starts) else len(text)
        raw = text[line_start:end]
        shown = raw.replace("\t", " ").replace("\r", "")
        findings = by_line.get(line_no)
        if findings is None:
            continue
        lines.append(f"{line_no + 1:>{gutter}} | {shown}")
        for finding in findings:
            col = finding.start - line_start
            span_end = min(finding.end, end) - line_start
            pad = _width(raw[:col].replace("\t", " "))
            marks = max(1, _width(raw[col:span_end]))
            more = " (continues on the next lines)" if finding.end > end else ""
            code = _RED if finding.severity is Severity.BLOCK else _YELLOW
            blank = " " * gutter + " | "
            lines.append(blank + " " * pad + paint(code, "^" * marks))
            lines.append(
                blank
                + " " * pad
                + paint(code, f"{finding.rule} ({finding.severity}){more}: ")
                + finding.message
            )
            if finding.suggestion:
                lines.append(blank + " " * pad + paint(_DIM, f"fix: {finding.suggestion}"))
    return "\n".join(lines) + "\n"


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
