"""The service owns the transaction: a function handed an open unit of work never ends it.

A step that committed its caller's unit of work would split one use case into several
transactions (an approval's claim, audit row and outbox row must land together), and
one that opened it (``with uow:``) would close it under the caller.  This reads every
function of the application that takes a ``uow`` parameter.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("bot", "handlers")


def _takes_uow(node: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    args = node.args
    return any(a.arg == "uow" for a in (*args.posonlyargs, *args.args, *args.kwonlyargs))


def _ends_it(node: ast.AST) -> list[str]:
    found = []
    for inner in ast.walk(node):
        if (
            isinstance(inner, ast.Call)
            and isinstance(inner.func, ast.Attribute)
            and inner.func.attr in {"commit", "rollback"}
            and isinstance(inner.func.value, ast.Name)
            and inner.func.value.id == "uow"
        ):
            found.append(f"uow.{inner.func.attr}() on line {inner.lineno}")
        if isinstance(inner, ast.With) and any(
            isinstance(item.context_expr, ast.Name) and item.context_expr.id == "uow"
            for item in inner.items
        ):
            found.append(f"with uow: on line {inner.lineno}")
    return found


def offenders(root: Path = ROOT) -> list[str]:
    out = []
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            for node in ast.walk(tree):
                if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and _takes_uow(node):
                    where = f"{path.relative_to(root)}:{node.name}"
                    out += [f"{where}: {what}" for what in _ends_it(node)]
    return out


def test_no_function_handed_a_unit_of_work_commits_or_closes_it():
    assert offenders() == []


def test_the_check_finds_a_step_that_commits(tmp_path):
    (tmp_path / "bot").mkdir()
    (tmp_path / "handlers").mkdir()
    (tmp_path / "bot" / "step.py").write_text(
        "def step(uow, pk):\n    uow.messages.get(pk)\n    uow.commit()\n\n"
        "def other(uow):\n    with uow:\n        pass\n"
    )
    assert offenders(tmp_path) == [
        "bot/step.py:step: uow.commit() on line 3",
        "bot/step.py:other: with uow: on line 6",
    ]
