"""The template check's passing verdict, remembered between processes.

Every process checks the whole template library against the policy before it serves or
works (:func:`bot.replies.load_library`, called by ``bot.bootstrap``): about 300
templates and 4,800 renderings, 9 s of CPU, half a minute and more on a busy machine.
A worker restarted after a crash is blind for that long, and every ``wismo serve``
started by the tests pays it again.

The verdict depends only on the templates, the policy and the code that renders and
checks them.  So a *passing* report is kept in a small JSON file whose name is a hash of
all of them: every template file, the policy's settings, the source of ``compliance``,
``carriers`` and ``bot.replies``, and the versions of Python and Jinja.  A process that
finds the file for exactly its inputs takes that report instead of checking again; a
changed template, policy setting or rule gives another name, and the check runs.  A
refusal is never kept, so a broken template is reported at every start.  When the
folder cannot be written the check simply runs every time.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import os
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import babel
import jinja2

import carriers
import compliance
from bot import domain
from bot.replies.report import LibraryReport, TemplateStatus

__all__ = ["cache_dir", "inputs_key", "remembered_check"]

log = logging.getLogger(__name__)

_REPLIES = Path(__file__).resolve().parent
_FORMAT = 1  # bump when the file's layout changes


def cache_dir(env: dict[str, str] | None = None) -> Path:
    """``$XDG_CACHE_HOME/wismo``, else ``~/.cache/wismo``."""
    env = dict(os.environ) if env is None else env
    base = env.get("XDG_CACHE_HOME") or str(Path(env.get("HOME") or Path.home()) / ".cache")
    return Path(base) / "wismo"


def _bundled_templates() -> Path:
    import templates

    return Path(templates.__file__).resolve().parent


def _files(root: Path, pattern: str) -> Iterable[Path]:
    return sorted(p for p in root.rglob(pattern) if p.is_file() and "__pycache__" not in p.parts)


def _canonical(value: Any) -> Any:
    """``value`` as JSON whose text is the same in every process (sets sorted)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _canonical(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, set | frozenset):
        return sorted(_canonical(v) for v in value)
    if isinstance(value, list | tuple):
        return [_canonical(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _canonical(v) for k, v in sorted(value.items())}
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return repr(value)


def inputs_key(policy: object, template_dir: Path | None = None) -> str:
    """A hash of everything the check's verdict depends on."""
    digest = hashlib.sha256()
    versions = f"format {_FORMAT}; python {sys.version}; jinja {jinja2.__version__}"
    digest.update(f"{versions}; babel {babel.__version__}\n".encode())
    digest.update(json.dumps(_canonical(policy), sort_keys=True).encode())
    roots = [
        ("templates", template_dir or _bundled_templates(), "*"),
        ("replies", _REPLIES, "*.py"),
        ("compliance", Path(compliance.__file__).resolve().parent, "*"),
        ("carriers", Path(carriers.__file__).resolve().parent, "*"),
        ("domain", Path(domain.__file__).resolve().parent, "domain.py"),  # marketplaces
    ]
    for name, root, pattern in roots:
        for path in _files(root, pattern):
            if path.suffix == ".pyc":
                continue
            digest.update(f"\n{name}/{path.relative_to(root).as_posix()}\n".encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _to_json(report: LibraryReport) -> dict[str, Any]:
    return {
        "scenarios": list(report.scenarios),
        "languages": list(report.languages),
        "statuses": [[s.scenario, s.lang, s.path, s.renderings] for s in report.statuses],
    }


def _from_json(data: dict[str, Any]) -> LibraryReport:
    return LibraryReport(
        scenarios=tuple(str(s) for s in data["scenarios"]),
        languages=tuple(str(s) for s in data["languages"]),
        statuses=tuple(
            TemplateStatus(scenario=str(sc), lang=str(lang), path=str(path), renderings=int(n))
            for sc, lang, path, n in data["statuses"]
        ),
    )


def remembered_check(
    policy: object,
    check: Callable[[], LibraryReport],
    *,
    folder: Path | None = None,
    template_dir: Path | None = None,
) -> tuple[LibraryReport, bool]:
    """``check()``'s report, or the one remembered for the same inputs; and whether it
    was remembered.  ``check`` raises on a refusal, which is never remembered."""
    folder = folder or cache_dir()
    try:
        path = folder / f"templates-{inputs_key(policy, template_dir)}.json"
    except OSError as exc:  # an unreadable template: let the check report it
        log.debug("template check not remembered: %s", exc)
        return check(), False
    try:
        return _from_json(json.loads(path.read_text(encoding="utf-8"))), True
    except FileNotFoundError:
        pass
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("remembered template check %s unreadable (%s): checking again", path, exc)
    report = check()
    if report.ok:
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            with tempfile.NamedTemporaryFile(
                "w", dir=folder, prefix=".templates-", suffix=".tmp", delete=False
            ) as out:
                json.dump(_to_json(report), out)
            os.replace(out.name, path)  # atomic: another process never reads half a file
        except OSError as exc:
            log.info("template check not remembered in %s: %s", folder, exc)
    return report, False
