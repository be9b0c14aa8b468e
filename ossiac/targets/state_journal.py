"""Crash safety for Terraform's local backend, run by the venv's `terraform` around every command.

Terraform rewrites a local state file in place after each resource it applies (truncate, then
write). A SIGKILL between the two leaves the file empty or cut short, and the next run would
plan the whole stack as new. So, in the same process as Terraform (see terraform_shim.py):

  before:  if no other Terraform holds the state's lock and the file is torn, restore the newest
           complete version (state_store.restore_latest); refuse to run if none exists.
  during:  a thread watches the file and saves the complete versions Terraform writes; it reads
           through one descriptor kept open until Terraform ends, because closing any descriptor
           of a file drops the POSIX locks this process (Terraform) holds on it. Terraform writes
           the whole state after each resource, so saving every version costs the square of the
           resources: after a save that took t seconds the next waits SAVE_SHARE_RATIO * t, which
           keeps the journal to about a sixth of a core however large the state grows.
  after:   saves the final version.

What a kill can lose is at most the writes since the last saved version; the creates in it are
handed back by the local cloud on the re-run (ossiac/localcloud/pending.py).
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import sys
import threading
import time
from pathlib import Path

from ossiac.targets import state_store

POLL_SECONDS = 0.01
SAVE_SHARE_RATIO = 5  # idle time after a save, as a multiple of what the save cost


# How a restore is announced; ossiac's commands capture Terraform's output and relay these lines.
RESTORED = "ossiac: state restored:"


def announcements(stderr: str) -> list[str]:
    """The restore announcements in a captured Terraform run's stderr."""
    return [line for line in stderr.splitlines() if line.startswith(RESTORED)]


def state_path(workdir: Path) -> Path | None:
    """The local-backend state file Terraform uses in `workdir`, or None for a remote backend."""
    backend = None
    for path in sorted(workdir.glob("*.tf.json")):
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        found = (doc.get("terraform") or {}).get("backend") if isinstance(doc, dict) else None
        if found:
            backend = found
    if backend is None:  # HCL: what `terraform init` recorded
        try:
            recorded = json.loads((workdir / ".terraform" / "terraform.tfstate").read_text(encoding="utf-8"))
            kind = (recorded.get("backend") or {}).get("type")
            backend = {kind: (recorded["backend"].get("config") or {})} if kind else None
        except (OSError, ValueError, KeyError):
            backend = None
    if backend is None:
        return (workdir / "terraform.tfstate").resolve()
    if "local" not in backend:
        return None
    path = Path((backend["local"] or {}).get("path") or "terraform.tfstate")
    return (workdir / path).resolve()


class Journal:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None
        self._seen: tuple | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="ossiac-state-journal", daemon=True)

    # -- before Terraform -------------------------------------------------------------------
    def recover(self) -> None:
        """Restore a torn state while nobody holds its lock; raises StateFileError when it cannot."""
        try:
            fd = os.open(self.path, os.O_RDWR)
        except FileNotFoundError:
            return
        except OSError as exc:
            raise state_store.StateFileError(
                f"state file {self.path} cannot be opened ({exc}); check its owner and permissions"
            ) from None
        try:
            try:
                fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # the lock Terraform's local backend takes
            except OSError:
                return  # another Terraform is running on this state; it will report the lock
            os.fchmod(fd, 0o600)  # state holds secrets (sensitive values Terraform records): owner-only
            text = os.pread(fd, os.fstat(fd).st_size, 0).decode("utf-8", errors="replace")
            if state_store.parse(text) is not None:
                state_store.save_version(self.path, text)
                return
            restored = state_store.restore_latest(self.path)
            if restored is None:
                if not text:
                    return  # created empty by a run killed before its first write: Terraform reads "no state"
                state_store.read_state(self.path)  # raises, naming the file and the way out
            print(
                f"{RESTORED} {self.path} was torn by an interrupted Terraform run; restored the newest complete "
                f"version ({restored})",
                file=sys.stderr,
            )
        finally:
            os.close(fd)  # Terraform has not started yet: no lock of its own to lose

    # -- while Terraform runs ---------------------------------------------------------------
    def start(self) -> Journal:
        self._thread.start()
        return self

    def _open(self) -> int | None:
        """The state's descriptor, opened on first use; None while there is no state file."""
        if self._fd is None:
            try:
                self._fd = os.open(self.path, os.O_RDONLY)
            except FileNotFoundError:
                return None
            os.fchmod(self._fd, 0o600)  # a new state holds secrets too: owner-only from its first write
        return self._fd

    def _save_if_changed(self) -> None:
        fd = self._open()
        if fd is None:
            return
        try:
            st = os.stat(self.path)  # by name: Terraform may have replaced the file
        except FileNotFoundError:
            return
        fst = os.fstat(fd)
        if (fst.st_ino, fst.st_dev) != (st.st_ino, st.st_dev):
            return  # replaced; reopened only after Terraform ends (closing could drop its lock)
        seen = (fst.st_mtime_ns, fst.st_size)
        if seen == self._seen:
            return
        text = os.pread(fd, fst.st_size, 0).decode("utf-8", errors="replace")
        if state_store.save_version(self.path, text) is not None:
            self._seen = seen

    def _watch(self) -> None:
        pause = POLL_SECONDS
        while not self._stop.wait(pause):
            started = time.monotonic()
            with contextlib.suppress(OSError):  # best effort: the next poll tries again
                self._save_if_changed()
            pause = max(POLL_SECONDS, SAVE_SHARE_RATIO * (time.monotonic() - started))

    # -- after Terraform --------------------------------------------------------------------
    def finish(self) -> None:
        self._stop.set()
        self._thread.join()
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        self._seen = None
        with contextlib.suppress(OSError):
            self._save_if_changed()
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        backup = self.path.with_name(self.path.name + ".backup")
        if backup.is_file():
            backup.chmod(0o600)
