"""`wismo ... | head`: a reader that stops early is no crash of ours."""

from __future__ import annotations

import subprocess
import sys

_WISMO = "import sys; from bot.cli import main; sys.exit(main(sys.argv[1:]))"


def test_a_closed_pipe_ends_the_command_without_a_traceback() -> None:
    # far more output than a pipe holds, so the command writes after the reader is gone
    numbers = [f"1Z999AA1{n:010d}" for n in range(4000)]
    proc = subprocess.Popen(
        [sys.executable, "-c", _WISMO, "detect", "--json", *numbers],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.read(10)  # like `| head -c 10`
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.wait(timeout=60)
    assert "Traceback" not in err, err
    assert proc.returncode == 1
