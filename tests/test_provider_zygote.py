"""The stand-in provider's warm starts (ossiac/localprovider/zygote.py): a Terraform command on the local
target forks its provider processes from one warm process, an ossiac command of several stacks from one
for all its Terraform runs, none of them outlives the command, even one killed with SIGKILL, a relay
uses no socket it cannot tie to its own command, and a provider with no warm process to reach starts
as before."""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import pytest

from harness import REPO_ROOT, VENV_BIN, App, command_env, run, stack
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
    monkeypatch.delenv(zygote.COMMAND_ENV, raising=False)
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


# --- one warm process per ossiac command ---------------------------------------------------------------

# Every Python process of the command writes a line when it starts (its arguments, process and parent),
# and a provider relay another when it exits normally, saying whether it imported the provider itself
# (a cold start; a relay served by the warm process never does). Counted afterwards: no timing.
MARKER = """
import atexit, os, sys
_log = os.environ.get("ZYGOTE_TEST_LOG")
if _log:
    def _write(line):
        with open(_log, "a") as out:
            out.write(line + "\\n")
    _write(f"start {os.getpid()} {os.getppid()} {' '.join(sys.orig_argv)}")
    if sys.orig_argv[-2:] == ["-m", "ossiac.localprovider"]:
        atexit.register(lambda: _write(f"relay-exit {os.getpid()} {'ossiac.localprovider.provider' in sys.modules}"))
"""


def _marked(app: App, folder: Path) -> tuple[dict[str, str], Path]:
    (folder / "sitecustomize.py").write_text(MARKER)
    log = folder / "starts.log"
    path = os.pathsep.join(p for p in (str(folder), app.env.get("PYTHONPATH", "")) if p)
    return {**app.env, "PYTHONPATH": path, "ZYGOTE_TEST_LOG": str(log)}, log


def _app_of_stacks(folder: Path, *names: str) -> App:
    app = App(folder)
    app.env.pop("OSSIAC_JOBS", None)
    app.declare(*(stack(name, f"ossiac-warm-{name}") for name in names))
    return app


def _served_by_one_warm_process(log: Path, subcommand: str, min_relays: int) -> None:
    """The command started one warm process (its own child, with --command) and no other, and every
    provider start of its Terraform runs was a relay served by it that ended normally."""
    lines = log.read_text().splitlines()
    starts = [line.split(" ", 3) for line in lines if line.startswith("start ")]
    [command] = [pid for _, pid, _, argv in starts if argv.split()[1:3] == [str(VENV_BIN / "ossiac"), subcommand]]
    zygotes = [(pid, parent, argv) for _, pid, parent, argv in starts if "ossiac.localprovider.zygote" in argv]
    assert [(parent, argv.split()[-2]) for _, parent, argv in zygotes] == [(command, "--command")], zygotes
    relays = [pid for _, pid, _, argv in starts if argv.endswith("-m ossiac.localprovider")]
    assert len(relays) >= min_relays, lines
    assert sorted(line for line in lines if line.startswith("relay-exit ")) == sorted(
        f"relay-exit {pid} False" for pid in relays
    )
    assert _processes_of(zygotes[0][2].split()[-1]) == {}  # and it ended with the command


def test_an_ossiac_diff_of_several_stacks_forks_every_provider_from_one_warm_process(tmp_path, local_target) -> None:
    app = _app_of_stacks(tmp_path / "app", "alpha", "bravo", "charlie")
    (tmp_path / "marker").mkdir()
    env, log = _marked(app, tmp_path / "marker")
    diff = run([str(VENV_BIN / "ossiac"), "diff", "--jobs", "2"], cwd=app.folder, env=env)
    assert diff.returncode == 0, diff.stdout + diff.stderr
    assert all(f"{name}: " in diff.stdout for name in ("alpha", "bravo", "charlie"))  # each planned, with changes
    # three plans and three shows (every stack has changes), each starting the provider at least once
    _served_by_one_warm_process(log, "diff", min_relays=6)


def test_an_ossiac_deploy_plans_and_applies_with_one_warm_process(tmp_path, local_target) -> None:
    app = _app_of_stacks(tmp_path / "app", "alpha", "bravo")
    (tmp_path / "marker").mkdir()
    env, log = _marked(app, tmp_path / "marker")
    deploy = run([str(VENV_BIN / "ossiac"), "deploy"], cwd=app.folder, env=env)
    assert deploy.returncode == 0, deploy.stdout + deploy.stderr
    assert {"ossiac-warm-alpha", "ossiac-warm-bravo"} <= app.buckets()
    # two plans, two shows and two applies (none through a warm process of its own)
    _served_by_one_warm_process(log, "deploy", min_relays=6)


def _token_processes(token: str) -> dict[int, str]:
    """Every process of the command that made `token`: its zygote and the zygote's forks (the token in
    their command line), its Terraform runs and their relays (the token in their environment)."""
    found = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit() or int(entry) == os.getpid():
            continue
        try:
            cmdline = Path(f"/proc/{entry}/cmdline").read_bytes()
            environ = Path(f"/proc/{entry}/environ").read_bytes()
        except OSError:
            continue
        if token.encode() in cmdline or f"{zygote.COMMAND_ENV}={token}".encode() in environ.split(b"\0"):
            found[int(entry)] = cmdline.replace(b"\0", b" ").decode(errors="replace")
    return found


def test_a_killed_ossiac_command_leaves_no_provider_behind(tmp_path, local_target) -> None:
    app = _app_of_stacks(tmp_path, "alpha", "bravo", "charlie")
    proc = subprocess.Popen(
        [str(VENV_BIN / "ossiac"), "diff", "--jobs", "2"],
        cwd=app.folder,
        env=app.env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    warm = f"ossiac.localprovider.zygote --command {proc.pid}-"
    token, deadline = None, time.monotonic() + 300
    try:
        while True:  # until the command's warm process serves a provider: it and a fork of it run
            assert proc.poll() is None and time.monotonic() < deadline, "no provider forked before the diff ended"
            serving = [c for c in _processes_of(f"{proc.pid}-").values() if warm in c]
            if len(serving) >= 2:
                token = serving[0].split()[-1]
                break
            time.sleep(0.02)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        deadline = time.monotonic() + 5
        while providers := {p: c for p, c in _token_processes(token).items() if "ossiac.localprovider" in c}:
            assert time.monotonic() < deadline, f"still running after the kill: {providers}"
            time.sleep(0.05)
        # the orphaned Terraform runs end too: their providers are gone, and a new start refuses to serve
        deadline = time.monotonic() + 20
        while left := _token_processes(token):
            assert time.monotonic() < deadline, f"still running after the kill: {left}"
            time.sleep(0.05)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for pid in _token_processes(token) if token else {}:  # the killed command's orphaned Terraform runs
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


# A listener standing in for a zygote, run as its own process so that its parent is the test: it says
# how many descriptors the first connection handed it.
LISTENER = """
import socket, sys
path = sys.argv[1]
with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as listener:
    listener.bind(path)
    listener.listen(1)
    print("ready", flush=True)
    conn, _ = listener.accept()
    _, fds, _, _ = socket.recv_fds(conn, 65536, 3)
    print(len(fds), flush=True)
    conn.close()
"""
RELAY = "import sys; from ossiac.localprovider import zygote; sys.exit(0 if zygote.relay() else 3)"


def _relay_under_this_process(token: str) -> subprocess.CompletedProcess[str]:
    """A relay whose ancestor is this process (the command `token` names, when it names us)."""
    return subprocess.run(
        [sys.executable, "-c", RELAY],
        env={**command_env(), zygote.COMMAND_ENV: token},
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_a_relay_uses_only_its_own_commands_warm_process(monkeypatch) -> None:
    token = f"{os.getpid()}-{secrets.token_hex(16)}"  # this process stands for the ossiac command
    found = zygote.command_socket(token)
    assert found is not None and found[1] == os.getpid()
    path = found[0]
    path.parent.mkdir(mode=0o700, exist_ok=True)
    try:
        # the kernel says the listener is not a child of the command (it is the command itself): refused,
        # though the folder is private and the name right; nothing is handed over, and the provider starts cold
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as impostor:
            impostor.bind(str(path))
            impostor.listen(1)
            assert _relay_under_this_process(token).returncode == 3
            impostor.settimeout(5)
            conn, _ = impostor.accept()
            with conn:
                conn.settimeout(5)
                assert socket.recv_fds(conn, 65536, 3)[:2] == (b"", [])
        path.unlink()

        # the same, listened on by a child of the command: the relay hands it its three descriptors
        listener = subprocess.Popen([sys.executable, "-c", LISTENER, str(path)], stdout=subprocess.PIPE, text=True)
        assert listener.stdout is not None and listener.stdout.readline() == "ready\n"
        assert _relay_under_this_process(token).returncode == 0
        assert listener.stdout.readline() == "3\n"
        assert listener.wait(timeout=10) == 0
    finally:
        path.unlink(missing_ok=True)

    # a token ossiac does not make: no socket is looked for
    for bad in ("", "123", f"0-{'0' * 32}", f"{os.getpid()}-{'A' * 32}", f"{os.getpid()}-{'0' * 31}", f"../{token}"):
        monkeypatch.setenv(zygote.COMMAND_ENV, bad)
        assert zygote.command_socket(bad) is None
        assert zygote.relay() is False

    # a token of a command that is not among our ancestors (a killed command's orphaned Terraform):
    # the relay serves nothing at all
    with subprocess.Popen(["sleep", "30"]) as unrelated:
        try:
            monkeypatch.setenv(zygote.COMMAND_ENV, f"{unrelated.pid}-{secrets.token_hex(16)}")
            with pytest.raises(SystemExit):
                zygote.relay()
        finally:
            unrelated.kill()


def test_a_command_holds_one_warm_process_on_the_local_target_only_until_its_block_ends(monkeypatch) -> None:
    from ossiac.targets import terraform_process

    monkeypatch.delenv(zygote.COMMAND_ENV, raising=False)
    with terraform_process.warm_provider("alicloud"):  # the real provider: nothing to warm
        assert zygote.COMMAND_ENV not in os.environ
    with terraform_process.warm_provider("local"):
        token = os.environ[zygote.COMMAND_ENV]  # what the command's Terraform runs inherit
        found = zygote.command_socket(token)
        assert found is not None and found[1] == os.getpid()
        with terraform_process.warm_provider("local"):  # deploy's block around plan_stacks' own: one process
            assert os.environ[zygote.COMMAND_ENV] == token
        assert os.environ[zygote.COMMAND_ENV] == token
        assert len(_processes_of(token)) == 1
    assert zygote.COMMAND_ENV not in os.environ
    assert _processes_of(token) == {} and not found[0].exists()
