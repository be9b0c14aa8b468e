"""Run a command with stderr on a pseudo-terminal, as in an operator's shell; stdout captured apart."""

from __future__ import annotations

import os
import pty
import subprocess
import threading
from pathlib import Path


def run_on_terminal(args: list[str], cwd: Path, env: dict[str, str]) -> tuple[int, str, str]:
    """(exit code, stdout, what the terminal showed on stderr)."""
    master, slave = pty.openpty()
    process = subprocess.Popen(args, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=slave, text=True)
    os.close(slave)
    # stdout drains in its own thread: a child blocked on a full stdout pipe would never close the terminal
    captured: dict[str, str] = {}
    reader = threading.Thread(target=lambda: captured.update(stdout=process.communicate(timeout=900)[0]))
    reader.start()
    chunks = []
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # EIO: every writer of the terminal has closed it
            break
        if not chunk:
            break
        chunks.append(chunk)
    reader.join()
    os.close(master)
    return process.returncode, captured.get("stdout", ""), b"".join(chunks).decode().replace("\r\n", "\n")
