"""Idempotent creates across a killed apply ("client token" semantics).

A create records which Terraform process asked for it (`_pending`). If that Terraform dies
before saving the object in its state (e.g. SIGKILL mid-apply), the re-run plans the same create
again; the cloud then hands back the orphan instead of failing or making a duplicate. The marker
is cleared as soon as Terraform reads the object back (refresh/import) or updates it, i.e. once it
is known to be in some state file, so a live object is never silently adopted twice.
"""

from __future__ import annotations

import hashlib
import json
import os


def _start_time(pid: int) -> str | None:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
            return f.read().rsplit(")", 1)[1].split()[19]  # field 22: start time since boot
    except (OSError, IndexError):
        return None


def marker(fingerprint: str) -> dict:
    """The marker for a create requested now by our parent process (Terraform)."""
    pid = os.getppid()
    return {"terraform_pid": pid, "terraform_start": _start_time(pid), "fingerprint": fingerprint}


def is_orphan(record: dict) -> bool:
    """True if the record was created by a Terraform that has since died, and never read back."""
    p = record.get("_pending")
    if not p:
        return False
    start = _start_time(p.get("terraform_pid", -1))
    return start is None or start != p.get("terraform_start")


def fingerprint(arguments: dict) -> str:
    return hashlib.sha256(json.dumps(arguments, sort_keys=True, default=str).encode()).hexdigest()[:32]
