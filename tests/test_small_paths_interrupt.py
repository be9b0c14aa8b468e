"""An interrupted apply through the venv's `terraform` (so an interrupted `cdktf deploy`) leaves no
`.local/plans/plan-*` scratch folder behind, however it was stopped (issue 23)."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from pathlib import Path

from harness import VENV_BIN, App, run, stack
from ossiac.localcloud.location import LOCAL_DIR

PLANS = LOCAL_DIR / "plans"  # where the guarded apply plans (the project's own .local)


def _new_scratch(before: set[Path], process: subprocess.Popen) -> set[Path]:
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and process.poll() is None:
        new = set(PLANS.glob("plan-*")) - before
        if new:
            return new
        time.sleep(0.02)
    raise AssertionError("no scratch plan folder appeared")


def _gone_soon(folders: set[Path]) -> list[Path]:
    """Folders still there after a while (other tests' scratch folders come and go meanwhile)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and any(f.exists() for f in folders):
        time.sleep(0.1)
    return [f for f in folders if f.exists()]


def _start(app: App, args: list[str], cwd: Path) -> subprocess.Popen:
    return subprocess.Popen(
        args,
        cwd=cwd,
        env=app.env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def test_killed_and_interrupted_applies_leave_no_scratch_plan(tmp_path, local_target):
    app = App(tmp_path)
    app.declare(stack("cut", "ossiac-cut-assets"))
    assert run([str(VENV_BIN / "python"), "main.py"], cwd=app.folder, env=app.env).returncode == 0
    assert app.terraform("cut", "init", "-input=false").returncode == 0
    stack_dir = app.folder / "cdktf.out" / "stacks" / "cut"

    # SIGTERM (what cdktf sends its terraform when a deploy is aborted) and SIGKILL: no `finally` runs.
    for sig in (signal.SIGTERM, signal.SIGKILL):
        before = set(PLANS.glob("plan-*"))
        apply = _start(app, [str(VENV_BIN / "terraform"), "apply", "-auto-approve", "-input=false"], stack_dir)
        scratch = _new_scratch(before, apply)
        os.kill(apply.pid, sig)
        apply.wait(60)
        assert not _gone_soon(scratch), sig

    # Ctrl-C on `cdktf deploy`: the terminal interrupts the whole process group.
    before = set(PLANS.glob("plan-*"))
    deploy = _start(app, [str(VENV_BIN / "cdktf"), "deploy", "*", "--auto-approve"], app.folder)
    scratch = _new_scratch(before, deploy)
    os.killpg(deploy.pid, signal.SIGINT)
    try:
        deploy.wait(120)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(deploy.pid, signal.SIGKILL)
    assert not _gone_soon(scratch)
