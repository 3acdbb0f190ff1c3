"""The processes under trial: ``wismo serve`` and ``wismo worker`` as real subprocesses.

Each :class:`Proc` starts its command with the trial's environment, can be killed with
SIGKILL (no chance to clean up, as when a machine dies) and restarted, and has its peak
resident memory (``VmHWM`` in ``/proc/<pid>/status``, summed over its process group, since
``wismo serve`` may fork web workers) sampled while it runs.  Output goes to a log file per
process so a failure can be read afterwards.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import httpx

__all__ = ["Proc", "group_peak_kib", "peak_kib"]


def peak_kib(pid: int) -> int | None:
    """The peak resident set of ``pid`` in KiB, or None when it is gone."""
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    for line in text.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return None


def group_peak_kib(pgid: int) -> int | None:
    """The sum of the peaks of every process in group ``pgid`` (a forking server's
    workers too), or None when the group is gone."""
    total, found = 0, False
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            # Field 5 of /proc/<pid>/stat is the process group; the name (2) may hold spaces.
            stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(stat[2]) != pgid:
            continue
        value = peak_kib(int(entry.name))
        if value is not None:
            total, found = total + value, True
    return total if found else None


@dataclass
class Proc:
    name: str
    argv: Sequence[str]
    env: Mapping[str, str]
    log_dir: Path
    port: int | None = None  # web processes answer /healthz here
    cwd: Path | None = None
    popen: subprocess.Popen[bytes] | None = None
    starts: int = 0
    kills: int = 0
    peak: int = 0  # KiB, over every incarnation
    exits: list[int] = field(default_factory=list)
    ready_line: str | None = None  # what a process without a port logs once it works
    _log_from: int = 0  # where the current incarnation's output begins in its log

    @property
    def pid(self) -> int | None:
        return self.popen.pid if self.popen is not None else None

    @property
    def alive(self) -> bool:
        return self.popen is not None and self.popen.poll() is None

    def start(self) -> None:
        if self.alive:
            return
        self.starts += 1
        log = (self.log_dir / f"{self.name}.log").open("ab")
        log.write(f"\n--- start #{self.starts} at {time.time():.3f}\n".encode())
        log.flush()
        self._log_from = log.tell()
        self.popen = subprocess.Popen(
            list(self.argv),
            env=dict(self.env),
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            cwd=self.cwd,
            start_new_session=True,  # its own process group: killed alone, never the trial
        )
        log.close()

    def wait_ready(self, timeout: float = 30.0) -> None:
        """Until /healthz answers (web), or the process logged its ``ready_line`` (a
        worker: "worker started", after its imports and the template check, which take
        many seconds on a busy machine), or else has stayed up a moment."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self.alive:
                raise RuntimeError(f"{self.name} exited at start: see {self.log_path}")
            if self.port is None and self.ready_line is not None:
                if self.ready_line.encode() in self._this_run_output():
                    return
                time.sleep(0.1)
                continue
            if self.port is None:
                time.sleep(0.5)
                if self.alive:
                    return
                continue
            try:
                if httpx.get(f"http://127.0.0.1:{self.port}/healthz", timeout=1).status_code < 500:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        raise RuntimeError(f"{self.name} not ready after {timeout:.0f} s: see {self.log_path}")

    @property
    def log_path(self) -> Path:
        return self.log_dir / f"{self.name}.log"

    def _this_run_output(self) -> bytes:
        try:
            with self.log_path.open("rb") as log:
                log.seek(self._log_from)
                return log.read()
        except OSError:
            return b""

    def sample(self) -> None:
        if self.pid is not None:
            value = group_peak_kib(self.pid)  # started in a session of its own: pgid == pid
            if value is not None:
                self.peak = max(self.peak, value)

    def kill(self) -> None:
        """SIGKILL: the process gets no chance to finish anything."""
        if self.popen is None or not self.alive:
            return
        self.sample()
        self.kills += 1
        os.killpg(self.popen.pid, signal.SIGKILL)
        self.exits.append(self.popen.wait(timeout=10))

    def stop(self, timeout: float = 10.0) -> None:
        """SIGTERM, then SIGKILL if it does not stop in ``timeout`` seconds."""
        if self.popen is None or not self.alive:
            return
        self.sample()
        os.killpg(self.popen.pid, signal.SIGTERM)
        try:
            self.exits.append(self.popen.wait(timeout=timeout))
        except subprocess.TimeoutExpired:
            os.killpg(self.popen.pid, signal.SIGKILL)
            self.exits.append(self.popen.wait(timeout=10))


def wismo(*args: str) -> list[str]:
    """The argv of ``wismo ARGS`` with this interpreter (the project's venv)."""
    return [sys.executable, "-m", "bot", *args]
