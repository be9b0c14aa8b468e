"""The stand-in provider's warm starts (ossiac/localprovider/zygote.py): a Terraform command on the local
target forks its provider processes from one warm process, none of them outlives the command, even
one killed with SIGKILL, and a provider with no warm process to reach starts as before."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

import pytest

from harness import REPO_ROOT, VENV_BIN, command_env, run
from ossiac.localprovider import zygote

# Two regions: the replica's provider is an aliased configuration, started as its own process.
STACK = """
stacks:
  - name: warm
    region: cn-hangzhou
    buckets:
      - name: ossiac-warm-assets
        replication:
          destination_bucket: ossiac-warm-assets-replica
          destination_region: cn-beijing
"""


def _app(folder: Path, run_id: str) -> tuple[Path, dict[str, str]]:
    for name in ("main.py", "cdktf.json"):
        shutil.copy(REPO_ROOT / name, folder / name)
    (folder / "warm.yaml").write_text(STACK)
    # a run ID of our own (the venv's terraform keeps one it is given), to find the command's processes
    env = command_env(
        OSSIAC_STACK_FILES=str(folder / "warm.yaml"),
        OSSIAC_LOCALCLOUD_DIR=str(folder / "cloud"),
        OSSIAC_TARGET="local",
        OSSIAC_RUN_ID=run_id,
    )
    assert run([str(VENV_BIN / "python"), "main.py"], cwd=folder, env=env).returncode == 0
    stack = folder / "cdktf.out" / "stacks" / "warm"
    init = run([str(VENV_BIN / "terraform"), "init", "-input=false", "-no-color"], cwd=stack, env=env)
    assert init.returncode == 0, init.stdout + init.stderr
    return stack, env


def _processes_of(run_id: str) -> dict[int, str]:
    """Processes of this command: the zygote and its forks (the run ID in their command line) and the
    relays Terraform started (the run ID in their environment)."""
    found = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit() or int(entry) == os.getpid():
            continue
        try:
            cmdline = Path(f"/proc/{entry}/cmdline").read_bytes()
            environ = Path(f"/proc/{entry}/environ").read_bytes()
        except OSError:
            continue
        if b"ossiac.localprovider" in cmdline and (run_id.encode() in cmdline or run_id.encode() in environ):
            found[int(entry)] = cmdline.replace(b"\0", b" ").decode(errors="replace")
    return found


def test_a_plan_forks_its_providers_from_one_warm_process_that_ends_with_it(tmp_path: Path, local_target) -> None:
    run_id = uuid.uuid4().hex
    stack, env = _app(tmp_path, run_id)
    proc = subprocess.Popen(
        [str(VENV_BIN / "terraform"), "plan", "-input=false", "-no-color"],
        cwd=stack,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    seen: dict[int, str] = {}
    while proc.poll() is None:
        seen.update(_processes_of(run_id))
        time.sleep(0.02)
    output = proc.stdout.read() if proc.stdout else ""
    assert proc.returncode == 0, output
    assert "Plan:" in output  # both regions' providers planned
    warm = [c for c in seen.values() if "ossiac.localprovider.zygote" in c]
    assert warm, seen  # the zygote (and its forks, which keep its command line) served
    assert not (Path(tempfile.gettempdir()) / f"ossiac-zygote-{os.getuid()}" / f"{run_id}-{proc.pid}.sock").exists()
    assert _processes_of(run_id) == {}


def test_a_killed_command_leaves_no_provider_behind(tmp_path: Path, local_target) -> None:
    run_id = uuid.uuid4().hex
    stack, env = _app(tmp_path, run_id)
    env = {**env, "OSSIAC_LOCALCLOUD_LATENCY_MS": "300"}  # each write "takes" a while: the kill lands mid-apply
    proc = subprocess.Popen(
        [str(VENV_BIN / "terraform"), "apply", "-auto-approve", "-input=false", "-no-color"],
        cwd=stack,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while sum("ossiac.localprovider.zygote" in c for c in _processes_of(run_id).values()) < 2:  # zygote + a fork
        assert proc.poll() is None and time.monotonic() < deadline, "no provider forked before the apply ended"
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)  # the venv's terraform runs Terraform in its own process
    proc.wait()
    deadline = time.monotonic() + 5
    while _processes_of(run_id):
        assert time.monotonic() < deadline, f"still running after the kill: {_processes_of(run_id)}"
        time.sleep(0.05)


def test_without_a_warm_process_the_provider_starts_by_itself(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv(zygote.RUN_ENV, raising=False)
    assert zygote.relay() is False  # no run ID: nothing to reach
    monkeypatch.setenv(zygote.RUN_ENV, "not-an-id-we-made")
    assert zygote.relay() is False
    run_id = uuid.uuid4().hex
    monkeypatch.setenv(zygote.RUN_ENV, run_id)
    assert zygote.relay() is False  # no zygote listening for this command
    # a folder others may write to is never trusted, even with a listening socket in it
    short = Path(tempfile.mkdtemp(prefix="zt", dir="/tmp"))  # a socket path must be short
    try:
        monkeypatch.setattr(zygote.tempfile, "gettempdir", lambda: str(short))
        path = zygote.socket_path(run_id, os.getppid())  # where a relay started by this process's parent looks
        path.parent.mkdir(mode=0o755)
        path.parent.chmod(0o755)
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as listener:
            listener.bind(str(path))
            listener.listen(1)
            assert zygote.relay() is False
            listener.settimeout(0.2)
            with pytest.raises(TimeoutError):
                listener.accept()  # the relay never connected
    finally:
        shutil.rmtree(short)
    completed = subprocess.run(
        [str(VENV_BIN / "python"), "-s", "-m", "ossiac.localprovider"],
        env={**command_env(), zygote.RUN_ENV: run_id},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert completed.returncode == 1 and "This binary is a plugin" in completed.stderr  # the provider's own start
