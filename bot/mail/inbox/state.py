"""Where a polling source remembers how far it got, so a restart does not re-deliver all.

The state is a small JSON-able dict owned by the source.  :class:`JsonFileState` keeps it
in a file, written atomically (temp file + rename) so a crash mid-write leaves the old
state, never a torn one.  :class:`MemoryState` is for tests and one-shot runs.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any, Protocol

__all__ = ["JsonFileState", "MemoryState", "StateStore"]

log = logging.getLogger(__name__)


class StateStore(Protocol):
    def load(self) -> dict[str, Any] | None: ...

    def save(self, state: dict[str, Any]) -> None: ...


class MemoryState:
    def __init__(self, state: dict[str, Any] | None = None) -> None:
        self._state = json.loads(json.dumps(state)) if state is not None else None

    def load(self) -> dict[str, Any] | None:
        return json.loads(json.dumps(self._state)) if self._state is not None else None

    def save(self, state: dict[str, Any]) -> None:
        self._state = json.loads(json.dumps(state))


class JsonFileState:
    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> dict[str, Any] | None:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        try:
            value = json.loads(text)
        except ValueError:
            # Worst case of starting over is delivering mail again, which the store dedupes.
            log.warning("inbox state %s is not JSON; starting from the beginning", self.path)
            return None
        return value if isinstance(value, dict) else None

    def save(self, state: dict[str, Any]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(state, out, sort_keys=True)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def __repr__(self) -> str:
        return f"JsonFileState({str(self.path)!r})"
