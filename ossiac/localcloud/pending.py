"""Idempotent creates across a killed apply ("client token" semantics, without process IDs).

Every create Terraform asks for is stored with a marker (`_pending`): who asked (`owner`: the
Terraform state the object is meant for), which run asked (`run`), and a fingerprint of what was
asked (type, region and every known argument). If Terraform dies before its state records the
object, the re-run plans the same create again; the cloud then hands the unconfirmed object back
when owner and fingerprint match and the run differs, instead of failing or making a duplicate.
The marker is cleared when Terraform reads the object back (refresh/import) or updates it, i.e.
once it is known to be in a state, so a confirmed object is never handed out again.

Keyed by what was asked, not by process: correct after the provider is re-parented, when a PID is
reused, on any OS, and never across stacks (each stack has its own state file, hence owner).
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections.abc import Mapping
from typing import Any

from ossiac import settings
from ossiac.localcloud.records import PendingMarker

OWNER_ENV = "OSSIAC_STATE_OWNER"  # set by the venv's terraform: the absolute path of the stack's state
RUN_ENV = "OSSIAC_RUN_ID"  # set by the venv's terraform: one ID per Terraform command

# Providers started outside the shim still get a per-process run and a per-folder owner.
_PROCESS_RUN = uuid.uuid4().hex


def owner() -> str:
    return settings.value(OWNER_ENV) or os.path.join(os.getcwd(), "terraform.tfstate")


def run() -> str:
    return settings.value(RUN_ENV) or _PROCESS_RUN


def marker(fingerprint: str) -> PendingMarker:
    """The marker for a create requested now by the Terraform run this provider serves."""
    return {"owner": owner(), "run": run(), "fingerprint": fingerprint}


def is_handback(record: Mapping[str, Any], fingerprint: str) -> bool:
    """True if `record` is an unconfirmed create this run may take back: same owner and request, earlier run."""
    p = record.get("_pending")
    if not p:
        return False
    return p.get("owner") == owner() and p.get("fingerprint") == fingerprint and p.get("run") != run()


def fingerprint(type_name: str, region: str, arguments: dict[str, Any]) -> str:
    text = json.dumps([type_name, region, arguments], sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:32]
