"""The local target's Terraform states: `.local/state/<stack>.tfstate`, and their saved versions.

Terraform's local backend rewrites a state file in place (truncate, then write), so a process
killed at the wrong moment leaves it empty or cut short. The venv's `terraform` therefore keeps
every complete version it sees Terraform write (`state_journal.py`) under
`.local/state/.versions/<stack>.tfstate/<serial>-<hash>.tfstate` (the newest `KEEP`), and before the
next Terraform command restores a torn state from the newest complete version.

This module is the one way to read states (the console's doctor, stack inventories):
  list_states(state_dir)  -> [StateFile(stack, path)]   every stack that has a state
  read_state(path)        -> dict                        parsed; StateFileError names the file and the way out
  resources(state)        -> [(type, id, attributes)]    managed resource instances in a state
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import NamedTuple

from ossiac.atomic_write import write_atomically
from ossiac.localcloud.location import STATE_DIR

VERSIONS = ".versions"
KEEP = 20
SUFFIX = ".tfstate"


class StateFileError(Exception):
    """A state file cannot be read; the message names it and says how to recover."""


class StateFile(NamedTuple):
    stack: str
    path: Path


def list_states(state_dir: Path = STATE_DIR) -> list[StateFile]:
    if not state_dir.is_dir():
        return []
    return [StateFile(p.name[: -len(SUFFIX)], p) for p in sorted(state_dir.glob(f"*{SUFFIX}")) if p.is_file()]


def parse(text: str) -> dict | None:
    """The state if `text` is a complete state file, else None (empty, cut short, not a state)."""
    try:
        doc = json.loads(text)
    except ValueError:
        return None
    return doc if isinstance(doc, dict) and "version" in doc and "serial" in doc else None


def read_state(path: Path) -> dict:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        raise StateFileError(f"state file {path} cannot be read ({exc}); {_recovery(path)}") from None
    state = parse(text)
    if state is None:
        what = "empty" if not text.strip() else "not a complete Terraform state (cut short or damaged)"
        raise StateFileError(f"state file {path} is {what}; {_recovery(path)}")
    return state


def _recovery(path: Path) -> str:
    latest = latest_version(path)
    if latest is not None:
        return (
            f"any Terraform command in the stack folder (e.g. `make deploy`) restores the newest complete version "
            f"({latest}); or copy it over the state file yourself"
        )
    return (
        f"no saved version exists: restore {path.name}.backup (the state before the last run) over it, or move "
        "the file away and re-deploy (creates Terraform never recorded are handed back by the local cloud)"
    )


def resources(state: dict) -> list[tuple[str, str, str, dict]]:
    """(address, type, id, attributes) of each managed resource instance in a state."""
    out = []
    for res in state.get("resources") or []:
        if res.get("mode") != "managed":
            continue
        for inst in res.get("instances") or []:
            attrs = inst.get("attributes") or {}
            key = inst.get("index_key")
            addr = f"{res.get('module') + '.' if res.get('module') else ''}{res['type']}.{res['name']}"
            addr += "" if key is None else f"[{json.dumps(key)}]"
            out.append((addr, res["type"], str(attrs.get("id")), attrs))
    return out


# -- versions -------------------------------------------------------------------------------
def versions_dir(path: Path) -> Path:
    return path.parent / VERSIONS / path.name


def versions(path: Path) -> list[Path]:
    """Saved complete versions, oldest first."""
    folder = versions_dir(path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"*{SUFFIX}"), key=lambda p: (int(p.name.split("-", 1)[0]), p.stat().st_mtime_ns))


def latest_version(path: Path) -> Path | None:
    for candidate in reversed(versions(path)):
        if parse(candidate.read_text(encoding="utf-8", errors="replace")) is not None:
            return candidate
    return None


def save_version(path: Path, text: str) -> Path | None:
    """Keep `text` (a complete state) as a version of `path`, once; prune to the newest KEEP."""
    state = parse(text)
    if state is None:
        return None
    digest = hashlib.sha256(text.encode()).hexdigest()[:12]
    target = versions_dir(path) / f"{int(state['serial']):08d}-{digest}{SUFFIX}"
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_atomically(target, text)  # state holds secrets: owner-only (the default)
        for old in versions(path)[:-KEEP]:
            old.unlink(missing_ok=True)
    return target


def restore_latest(path: Path) -> Path | None:
    """Put the newest complete version (else Terraform's `.backup`) back over a torn state file;
    the file used, or None when there is none."""
    latest = latest_version(path)
    if latest is None:
        backup = path.with_name(path.name + ".backup")
        if backup.is_file() and parse(backup.read_text(encoding="utf-8", errors="replace")) is not None:
            latest = backup
    if latest is not None:
        write_atomically(path, latest.read_text(encoding="utf-8"))
    return latest
