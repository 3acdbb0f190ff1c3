"""The import contracts of pyproject.toml hold, and each one catches what it forbids.

Each case copies the tree to a temporary folder, adds one import the contract forbids,
and runs ``lint-imports`` there: it must fail and name that contract as broken.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINT = Path(sys.executable).with_name("lint-imports")
PACKAGES = ("bot", "handlers", "compliance", "carriers", "bench", "tests")

# contract id -> (module file, the forbidden import added to it, the contract's name)
OFFENCES = {
    "layers": (
        "bot/domain.py",
        "import bot.services.stats",
        "Layers: each imports only from below it",
    ),
    "below-handlers": (
        "bot/slack/blocks.py",
        "import slack_bolt",
        "Nothing below the listeners imports handlers or slack_bolt",
    ),
    "no-slack-sdk": (
        "bot/jobs/summary.py",
        "import slack_sdk",
        "Use cases, jobs and the non-Slack adapters never import the Slack SDK",
    ),
    "no-composition-root": (
        "bot/services/stats.py",
        "import bot.bootstrap",
        "No use case, job or listener imports the composition root",
    ),
    "private-modules": (
        "bot/demo.py",
        "import carriers._http",
        "Nothing outside a package imports its _private modules",
    ),
    "bench-not-tests": (
        "bench/relay_parse.py",
        "import tests.concurrency",
        "Benches never import the tests (shared doubles are in bot.testing)",
    ),
}

pytestmark = pytest.mark.skipif(not LINT.exists(), reason="import-linter is not installed")


def lint(where: Path, *contracts: str) -> subprocess.CompletedProcess[str]:
    args = [str(LINT), "--no-cache"]
    for contract in contracts:
        args += ["--contract", contract]
    return subprocess.run(args, cwd=where, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the packages and pyproject.toml, without caches."""
    root = tmp_path_factory.mktemp("tree")
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.eml", "*.jsonl", "*.json")
    for package in PACKAGES:
        shutil.copytree(ROOT / package, root / package, ignore=ignore)
    shutil.copy2(ROOT / "pyproject.toml", root / "pyproject.toml")
    return root


def test_the_tree_keeps_every_contract(tree: Path):
    result = lint(tree)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"Contracts: {len(OFFENCES)} kept, 0 broken." in result.stdout


@pytest.mark.parametrize("contract", sorted(OFFENCES))
def test_a_forbidden_import_breaks_the_contract(tree: Path, contract: str):
    module, offence, name = OFFENCES[contract]
    path = tree / module
    original = path.read_text(encoding="utf-8")
    path.write_text(f"{original}\n{offence}  # added by the test\n", encoding="utf-8")
    try:
        result = lint(tree, contract)
    finally:
        path.write_text(original, encoding="utf-8")
    assert result.returncode != 0, result.stdout
    assert f"{name} BROKEN" in result.stdout, result.stdout
    assert offence.split()[-1] in result.stdout  # the report names the offending import
