"""The import contracts of pyproject.toml hold, and each one catches what it forbids.

The tree is copied to a temporary folder and ``lint-imports`` runs there twice: as it is
(every contract kept), then with one forbidden import per contract added, where every
contract must be reported broken, each by its own forbidden import.
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


def lint(where: Path) -> subprocess.CompletedProcess[str]:
    args = [str(LINT), "--no-cache"]
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


def broken_sections(report: str) -> dict[str, str]:
    """Each broken contract's name -> its part of the report."""
    _, _, broken = report.partition("Broken contracts")
    sections: dict[str, str] = {}
    name = None
    lines = broken.splitlines()
    for i, line in enumerate(lines):
        underline = lines[i + 1] if i + 1 < len(lines) else ""
        if line.strip() and underline.startswith("---") and len(underline) == len(line):
            name = line.strip()
            sections[name] = ""
        elif name is not None:
            sections[name] += line + "\n"
    return sections


def test_one_forbidden_import_breaks_each_contract(tree: Path):
    originals = {}
    for module, offence, _ in OFFENCES.values():
        path = tree / module
        originals.setdefault(path, path.read_text(encoding="utf-8"))
        path.write_text(
            f"{path.read_text(encoding='utf-8')}\n{offence}  # added by the test\n",
            encoding="utf-8",
        )
    try:
        result = lint(tree)
    finally:
        for path, text in originals.items():
            path.write_text(text, encoding="utf-8")
    assert result.returncode != 0, result.stdout
    sections = broken_sections(result.stdout)
    for module, offence, name in OFFENCES.values():
        assert f"{name} BROKEN" in result.stdout, result.stdout
        importer = module.removesuffix(".py").replace("/", ".")
        imported = offence.split()[-1]
        assert f"{importer} -> {imported}" in sections[name], (name, sections.get(name))
