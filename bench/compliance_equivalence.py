"""Does a change to the compliance engine keep every finding the same?  A speed-up must.

Checks every text of the repository's compliance data (the corpus, every held-out set,
the adversaries' texts, every string in the compliance tests' code), the adversarial
texts at a few lengths, the benchmark's replies, upper-cased copies and joined pairs,
each with every card language and with None, and records each report's findings (rule,
start, end, severity, excerpt, message, suggestion).  Baselines live outside the
repository (they are megabytes):

    # findings of a given commit, checked on this tree's texts (a temporary git worktree)
    .venv/bin/python bench/compliance_equivalence.py baseline HEAD /tmp/eq-base.json
    # ... change the engine ...
    .venv/bin/python bench/compliance_equivalence.py compare /tmp/eq-base.json

``record OUT`` writes the findings of the importable ``compliance`` instead.  ``compare``
exits 1 and names the first differing texts when any report differs.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from multiprocessing import Pool
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
LANGS: tuple[str | None, ...] = (None, "en", "de", "fr", "es", "it", "ja", "nl", "pl", "sv", "tr")
_ADVERSARIAL_LENGTHS = (40, 300, 2_500)
_JOINED_PAIRS = 1_500


def collect_texts(root: Path = ROOT) -> list[str]:
    """Every text to check, deduplicated, in a stable order."""
    texts: list[str] = []
    for path in sorted((root / "tests" / "compliance").rglob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.extend(_strings(json.loads(line)))
    for folder in ("tests/compliance", "tests/heldout"):
        for path in sorted((root / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            texts.extend(
                node.value
                for node in ast.walk(tree)
                if isinstance(node, ast.Constant) and isinstance(node.value, str)
            )
    texts.extend(_bench_replies())
    sys.path.insert(0, str(root))
    from compliance.adversarial import ADVERSARIAL

    for make in ADVERSARIAL.values():
        texts.extend(make(n) for n in _ADVERSARIAL_LENGTHS)
    texts = [t for t in dict.fromkeys(texts) if t.strip()]
    rng = random.Random(12)
    short = [t for t in texts if len(t) < 1_500]
    texts += [rng.choice(short) + " " + rng.choice(short) for _ in range(_JOINED_PAIRS)]
    texts += [t.upper() for t in texts]
    return list(dict.fromkeys(texts))


def _strings(value: Any) -> list[str]:
    """The ``text`` of a record (texts of the adversaries sit in a few other fields too)."""
    if isinstance(value, dict):
        return [v for k, v in value.items() if isinstance(v, str) and k in ("text", "body")]
    return []


def _bench_replies() -> list[str]:
    sys.path.insert(0, str(ROOT))
    from bench import compliance_bench as b

    return [
        b._reply(b._EN),
        b._reply(b._DE),
        b._reply(b._EN, b._BAD),
        b._reply(b._DE, b._MIXED),
    ]


def _findings(text: str) -> list[Any]:
    from compliance import check

    out: list[Any] = []
    for lang in LANGS:
        try:
            report = check(text, lang=lang)
        except Exception as error:  # a crash is behaviour too
            out.append([lang, f"{type(error).__name__}: {error}"])
            continue
        out.append(
            [
                lang,
                [
                    [f.rule, f.start, f.end, str(f.severity), f.excerpt, f.message, f.suggestion]
                    for f in report.findings
                ],
            ]
        )
    return out


def record(texts: list[str], processes: int) -> list[Any]:
    from compliance import warm_up

    warm_up()
    with Pool(processes, initializer=warm_up) as pool:
        return pool.map(_findings, texts, chunksize=64)


def digest(findings: list[Any]) -> str:
    """One SHA-256 over every report recorded: equal digests, equal findings (texts in the
    same order)."""
    return hashlib.sha256(json.dumps(findings).encode("utf-8")).hexdigest()


def _record_command(args: argparse.Namespace) -> None:
    if args.texts:
        texts = json.loads(Path(args.texts).read_text(encoding="utf-8"))
    else:
        texts = collect_texts()
    start = time.process_time()
    findings = record(texts, args.processes)
    Path(args.out).write_text(json.dumps({"texts": texts, "findings": findings}), "utf-8")
    print(
        f"recorded {len(texts)} texts x {len(LANGS)} languages in {args.out} "
        f"({time.process_time() - start:.0f} s CPU in this process), digest {digest(findings)}"
    )


def _baseline_command(args: argparse.Namespace) -> None:
    """Record the findings of ``commit`` on this tree's texts, in a throw-away worktree."""
    texts = collect_texts()
    with tempfile.TemporaryDirectory(prefix="compliance-eq-") as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), args.commit],
            check=True,
            capture_output=True,
        )
        try:
            texts_file = Path(tmp) / "texts.json"
            texts_file.write_text(json.dumps(texts), "utf-8")
            env = dict(os.environ, PYTHONPATH=str(tree))
            # sys.path[0] is bench/, then PYTHONPATH: ``compliance`` comes from the worktree
            subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--processes",
                    str(args.processes),
                    "record",
                    args.out,
                    "--texts",
                    str(texts_file),
                    "--expect-engine",
                    str(tree),
                ],
                check=True,
                env=env,
            )
        finally:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True
            )


def _compare_command(args: argparse.Namespace) -> int:
    baseline = json.loads(Path(args.baseline).read_text(encoding="utf-8"))
    texts, expected = baseline["texts"], baseline["findings"]
    start = time.process_time()
    got = json.loads(json.dumps(record(texts, args.processes)))
    differing = [i for i, (a, b) in enumerate(zip(expected, got, strict=True)) if a != b]
    print(
        f"compared {len(texts)} texts x {len(LANGS)} languages "
        f"({sum(len(f) for per_text in expected for _, f in per_text if isinstance(f, list))} "
        f"findings in the baseline), {time.process_time() - start:.0f} s CPU here"
    )
    for i in differing[:10]:
        print(f"DIFFERS: {texts[i][:200]!r}")
        for (lang, a), (_, b) in zip(expected[i], got[i], strict=True):
            if a != b:
                print(f"  lang={lang}\n    before {a}\n    after  {b}")
    print(f"digest {digest(expected)} before, {digest(got)} now")
    print(f"{len(differing)} texts differ" if differing else "identical")
    return 1 if differing else 0


def main() -> int:
    if os.environ.get("PYTHONHASHSEED") != "0":
        # Two runs are compared text by text, so anything in a finding that follows the
        # order of a set of strings would "differ" between runs with random seeds (the
        # unsupported-language rule's name for a tie once did, on seven corpus texts).
        # Every run of this tool hashes alike, so only a change of the rules shows.
        os.execve(
            sys.executable,
            [sys.executable, __file__, *sys.argv[1:]],
            dict(os.environ, PYTHONHASHSEED="0"),
        )
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--processes", type=int, default=2)
    sub = parser.add_subparsers(dest="command", required=True)
    rec = sub.add_parser("record", help="findings of the importable compliance")
    rec.add_argument("out")
    rec.add_argument("--texts", help="a JSON list of texts (default: collect them)")
    rec.add_argument("--expect-engine", help=argparse.SUPPRESS)
    base = sub.add_parser("baseline", help="findings of a git commit")
    base.add_argument("commit")
    base.add_argument("out")
    cmp = sub.add_parser("compare", help="this tree against a baseline")
    cmp.add_argument("baseline")
    args = parser.parse_args()
    if args.command == "record":
        if args.expect_engine:
            import compliance

            assert Path(compliance.__file__).is_relative_to(args.expect_engine), compliance.__file__
        _record_command(args)
        return 0
    if args.command == "baseline":
        _baseline_command(args)
        return 0
    return _compare_command(args)


if __name__ == "__main__":
    sys.exit(main())
