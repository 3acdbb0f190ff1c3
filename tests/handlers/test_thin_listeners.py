"""Listeners authorise nothing themselves: the service they call checks the role.

One check (``bot.services.access.Access.require``) serves every surface; a listener that
called it too would be a second place to keep right.  This reads the listener modules.
"""

from __future__ import annotations

import ast
from pathlib import Path

HANDLERS = Path(__file__).resolve().parents[2] / "handlers"


def authorising_calls(source: str) -> list[int]:
    """Lines that call ``….require(…)`` or name ``Role`` (the access check's vocabulary)."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        call = isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
        if call and node.func.attr == "require":  # type: ignore[attr-defined]
            lines.append(node.lineno)
        if isinstance(node, ast.Name) and node.id == "Role":
            lines.append(node.lineno)
    return sorted(set(lines))


def test_no_listener_calls_the_access_check_itself():
    found = {
        path.name: lines
        for path in sorted(HANDLERS.glob("*.py"))
        if (lines := authorising_calls(path.read_text(encoding="utf-8")))
    }
    assert found == {}


def test_the_check_sees_a_listener_that_authorises():
    source = "def approve(ack, context):\n    wismo(context).access.require(u, Role.DECIDE)\n"
    assert authorising_calls(source) == [2]
