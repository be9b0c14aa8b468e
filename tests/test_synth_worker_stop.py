"""A synth worker stopped while it is still starting (main.py refuses a bad stack file while its first
worker imports cdktf and starts jsii's node) exits cleanly: exit 0, nothing on stderr (no traceback from
jsii's cleanup of a half-started node), and no copy of jsii's runtime left in the temp folder."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from harness import REPO_ROOT, command_env


@pytest.mark.parametrize("delay", [0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 1.0, 1.5])
def test_a_worker_stopped_at_any_point_of_its_start_exits_cleanly(tmp_path: Path, delay: float) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    done_read, done_write = os.pipe()
    worker = subprocess.Popen(
        [sys.executable, "-O", "-m", "ossiac.synth_workers", str(done_write)],
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
        pass_fds=(done_write,),
        cwd=REPO_ROOT,
        env=command_env(TMPDIR=str(temp)),
    )
    os.close(done_write)
    try:
        time.sleep(delay)
        worker.terminate()
        _, stderr = worker.communicate(timeout=60)
    finally:
        os.close(done_read)
    assert worker.returncode in (0, -15), (worker.returncode, stderr.decode())  # -15: stopped before Python ran
    assert stderr.decode().strip() == ""
    assert list(temp.iterdir()) == []
