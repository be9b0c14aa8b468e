"""Where saved plans live: owner-only folders under `<app>/.local/plans/`, never under cdktf.out/.

A saved plan holds every variable value in clear text (pre-shared keys, webhook tokens), and CI
uploads cdktf.out/ as an artifact, so plans are kept in `.local/` (never committed), in folders
only the owner can enter (0700), written with a umask that makes files 0600, and deleted once used.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

PLAN_FILE = "tfplan"
PLAN_TEXT = "plan.txt"
UMASK = 0o077  # for Terraform subprocesses writing plans: files 0600, folders 0700


def plans_root(app_dir: Path) -> Path:
    return private_dir(app_dir / ".local" / "plans")


def stack_workdir(stack_dir: Path) -> Path:
    """`<app>/.local/plans/<stack>/` for `<app>/cdktf.out/stacks/<stack>/`: the same depth, so the
    stack's relative local-backend path (`../../../.local/state/`) reaches the same state."""
    app_dir = stack_dir.resolve().parents[2]
    return private_dir(plans_root(app_dir) / stack_dir.name)


def private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    path.chmod(0o700)
    return path


# Removes a scratch folder once the process that made it is gone, however it went: a `finally`
# does not run when cdktf, aborting a deploy, sends SIGTERM to its `terraform` (or on SIGKILL).
# It waits for the end of its stdin (our pipe, closed by the kernel when we exit), in a session
# of its own and deaf to the signals a terminal or cdktf sends to the whole group.
_REAPER = "trap '' INT TERM HUP; cat >/dev/null; rm -rf -- \"$1\""
_reapers: dict[Path, subprocess.Popen] = {}


def scratch_dir(root: Path) -> Path:
    """A fresh owner-only folder (mkdtemp makes it 0700) under `root`, for a one-off plan;
    removed by `discard`, or when this process ends without discarding it."""
    path = Path(tempfile.mkdtemp(prefix="plan-", dir=private_dir(root)))
    _reapers[path] = subprocess.Popen(
        ["/bin/sh", "-c", _REAPER, "reaper", str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    return path


def write_private(path: Path, text: str) -> None:
    path.unlink(missing_ok=True)
    path.touch(mode=0o600)
    path.chmod(0o600)
    path.write_text(text, encoding="utf-8")


def discard(path: Path) -> None:
    """Delete a used plan file or scratch folder."""
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)
    reaper = _reapers.pop(path, None)
    if reaper is not None and reaper.stdin is not None:
        reaper.stdin.close()  # its folder is gone already; it ends on its own
