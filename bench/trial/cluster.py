"""A PostgreSQL cluster of the trial's own: created, started, restarted and removed by it.

The trial restarts PostgreSQL as one of its faults.  Restarting the machine's shared
cluster would break every other user of it (other test runs, other benches), so the
trial runs ``initdb`` into a temporary folder and starts a server of its own on a free
port of 127.0.0.1; that server is the only one it ever restarts, and it is stopped and
removed at the end.  The binaries come from ``PATH`` or the newest
``/usr/lib/postgresql/*/bin``; run as root, they run as the ``postgres`` user (the server
refuses root).

    with private_cluster() as cluster:
        run_trial(TrialConfig.reduced(admin_url=cluster.admin_url, cluster=cluster))
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from bot.testing.net import free_port

__all__ = ["PrivateCluster", "cluster_unavailable", "postgres_bin", "private_cluster"]

SERVER_USER = "postgres"  # who runs the server when the trial runs as root


def postgres_bin() -> Path | None:
    """The folder holding ``initdb``, ``pg_ctl`` and ``postgres``, or None."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).parent
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin"),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
    )
    for folder in reversed(versions):
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    return None


def _as_server_user() -> list[str]:
    """The prefix that runs a command as the server's user (PostgreSQL refuses root)."""
    if os.geteuid() != 0:
        return []
    if shutil.which("runuser") is None:
        raise RuntimeError("running as root without runuser: cannot start PostgreSQL")
    return ["runuser", "-u", SERVER_USER, "--"]


def cluster_unavailable() -> str | None:
    """None when a private cluster can be started here, else why not."""
    if postgres_bin() is None:
        return "no PostgreSQL binaries (initdb, pg_ctl) in PATH or /usr/lib/postgresql/*/bin"
    if os.geteuid() == 0:
        if shutil.which("runuser") is None:
            return "running as root and runuser is missing: PostgreSQL refuses root"
        try:
            pwd.getpwnam(SERVER_USER)
        except KeyError:
            return f"running as root and there is no {SERVER_USER!r} user to run PostgreSQL"
    return None


@dataclass(frozen=True, slots=True)
class PrivateCluster:
    data: Path  # the cluster's data folder
    port: int
    bin: Path

    @property
    def admin_url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def pg_ctl(self, *args: str, timeout: float = 120) -> None:
        command = [*_as_server_user(), str(self.bin / "pg_ctl"), "-D", str(self.data), *args]
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
        if done.returncode != 0:
            raise RuntimeError(f"pg_ctl {args[0]} failed: {done.stdout}{done.stderr}")

    @property
    def log(self) -> Path:
        return self.data.parent / "server.log"

    def start(self) -> None:
        # -l: the server must not keep pg_ctl's output pipe open, or pg_ctl never returns.
        self.pg_ctl("start", "-w", "-t", "110", "-l", str(self.log))

    def restart(self) -> None:
        """Stop (fast: connections are cut, as a crash or failover would) and start again."""
        self.pg_ctl("restart", "-w", "-t", "110", "-m", "fast", "-l", str(self.log))

    def stop(self) -> None:
        self.pg_ctl("stop", "-w", "-t", "60", "-m", "fast")


@contextlib.contextmanager
def private_cluster() -> Iterator[PrivateCluster]:
    """A fresh cluster on a free port of 127.0.0.1 (trust for local users), removed after."""
    problem = cluster_unavailable()
    if problem:
        raise RuntimeError(problem)
    folder = Path(tempfile.mkdtemp(prefix="wismo-trial-pg-"))
    try:
        if os.geteuid() == 0:
            user = pwd.getpwnam(SERVER_USER)
            os.chown(folder, user.pw_uid, user.pw_gid)
        bin_dir = postgres_bin()
        assert bin_dir is not None
        data = folder / "data"
        init = [*_as_server_user(), str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres",
                "-A", "trust", "-E", "UTF8", "--no-sync"]  # fmt: skip
        done = subprocess.run(init, capture_output=True, text=True, timeout=300)
        if done.returncode != 0:
            raise RuntimeError(f"initdb failed: {done.stdout}{done.stderr}")
        port = free_port()
        with (data / "postgresql.conf").open("a") as conf:
            conf.write(
                f"\nport = {port}\nlisten_addresses = '127.0.0.1'\n"
                f"unix_socket_directories = '{folder}'\n"
                "max_connections = 200\nfsync = off\nsynchronous_commit = off\n"
                "full_page_writes = off\n"
            )
        cluster = PrivateCluster(data=data, port=port, bin=bin_dir)
        cluster.start()
        try:
            yield cluster
        finally:
            with contextlib.suppress(Exception):
                cluster.stop()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
