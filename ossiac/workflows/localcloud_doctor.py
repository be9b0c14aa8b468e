"""`ossiac localcloud doctor`: check the local cloud against the Terraform states, and repair it.

Checks, in order:
  states     each stack state is complete (a torn one is restored from its newest saved version)
  database   the database opens and passes SQLite's integrity check (else, on repair, it is moved
             aside and the objects the states know are rebuilt from them)
  records    every record is readable (a damaged one is rebuilt from the state that has it, or removed)
  missing    objects a state has but the cloud lacks (a note, not a fault: the next deploy re-creates them)
  orphans    creates a Terraform run never recorded in its state (removed on repair, unless that
             stack's Terraform is running right now)
  blobs      object bytes (`blobs/`): a record whose blob is missing is a problem (its bytes are
             lost; nothing can rebuild them). A blob no record references, or a file left in
             `blobs/tmp`, is what a killed write leaves behind: waste, not damage, so it is a note,
             and `--repair` removes it once it is older than a minute (a younger one may belong to
             a write still in flight, whose record is about to commit)
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from ossiac.localcloud import bucket as buckets, records
from ossiac.localcloud.blobs import Blobs
from ossiac.localcloud.identity import DEFAULT_REGION
from ossiac.localcloud.records import Record
from ossiac.localcloud.slices import BY_SPLIT_TYPE, INLINE
from ossiac.localcloud.store import DB_NAME, CorruptRecord, Store
from ossiac.targets import state_store
from ossiac.targets.state_journal import Journal


@dataclass
class Report:
    problems: list[str] = field(default_factory=list)
    repaired: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # drift Terraform handles itself


@dataclass
class Known:
    """What the states say exists: record keys, and the state entry each comes from."""

    records: dict = field(default_factory=dict)  # (type, key) -> (state path, address, attributes)
    settings: dict = field(default_factory=dict)  # bucket name -> [(split type, id, attributes)]


def _record_key(type_name: str, attrs: dict) -> tuple[str, str] | None:
    if type_name in BY_SPLIT_TYPE:
        return None
    if type_name == "alicloud_oss_bucket_object":
        return type_name, f"{attrs.get('bucket')}/{attrs.get('id')}"
    return type_name, str(attrs.get("id"))


def _known(state_files: list[Path], report: Report, repair: bool) -> Known:
    known = Known()
    for path in state_files:
        if repair:
            with contextlib.suppress(state_store.StateFileError):  # reported just below
                Journal(path).recover()
        try:
            state = state_store.read_state(path)
        except state_store.StateFileError as exc:
            report.problems.append(str(exc))
            continue
        for address, type_name, _rid, attrs in state_store.resources(state):
            key = _record_key(type_name, attrs)
            if key is not None:
                known.records[key] = (path, address, attrs)
            else:
                known.settings.setdefault(attrs.get("bucket"), []).append((type_name, attrs.get("id"), attrs))
    return known


def _locked(state_path: str) -> bool:
    """True while a Terraform holds this state's lock (its run may still record the object)."""
    try:
        fd = os.open(state_path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.lockf(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        return False
    except OSError:
        return True
    finally:
        os.close(fd)


def rebuild(type_name: str, attrs: dict, known: Known) -> Record:
    """A record rebuilt from what a state holds about the object."""
    attrs = {k: v for k, v in attrs.items() if k != "timeouts"}
    if type_name != buckets.TYPE:
        return records.new_record(
            type_name, str(attrs["id"]), attrs.get("region") or DEFAULT_REGION, attrs, origin="terraform"
        )
    region = (attrs.get("location") or f"oss-{DEFAULT_REGION}").removeprefix("oss-")
    record = buckets.new_record(attrs["id"], region, origin="terraform")
    record["attributes"].update({k: v for k, v in attrs.items() if k not in {s.inline for s in INLINE}})
    for s in INLINE:
        value: dict | None
        if s.key == "acl":
            value = {"acl": attrs.get("acl") or "private"}
        else:
            assert s.from_inline is not None, f"slice {s.key} is inline and names no from_inline"
            value = s.from_inline(attrs.get(s.inline))
        if value is not None:
            record["settings"][s.key] = value
    for split_type, rid, values in known.settings.get(attrs["id"], []):
        spec = BY_SPLIT_TYPE[split_type]
        value = {k: v for k, v in values.items() if k not in ("bucket", "id", "timeouts")}
        if spec.keyed_by:
            record["settings"].setdefault(spec.key, {})[str(rid).partition(":")[2]] = value
        else:
            record["settings"][spec.key] = value
    return record


def _database(store: Store, report: Report, repair: bool) -> bool:
    """True when the database is usable (after repair if asked)."""
    try:
        result = store._query("PRAGMA integrity_check")
        if result and result[0][0] == "ok":
            return True
        problem = f"the local cloud database {store.path} fails SQLite's integrity check: {result[0][0]}"
    except CorruptRecord as exc:
        problem = exc.message
    report.problems.append(problem)
    if not repair:
        return False
    store.close()
    aside = store.path.with_name(f"{DB_NAME}.damaged-{time.strftime('%Y%m%d%H%M%S')}")
    for suffix in ("", "-wal", "-shm"):
        src = Path(str(store.path) + suffix)
        if src.exists():
            src.rename(Path(str(aside) + suffix))
    report.repaired.append(f"moved the damaged database to {aside}; objects the states know are rebuilt from them")
    return True


def examine(store: Store, state_files: list[Path], *, repair: bool = False) -> Report:
    report = Report()
    known = _known(state_files, report, repair)
    if not _database(store, report, repair):
        return report
    present = set()
    for type_name, rid, body, owner in store.raw():
        present.add((type_name, rid))
        try:
            record = json.loads(body)
            assert isinstance(record, dict)
        except (ValueError, AssertionError):
            report.problems.append(f"record {type_name} {rid!r} in {store.path} is unreadable")
            if repair:
                entry = known.records.get((type_name, rid))
                with store.transaction():
                    store.delete(type_name, rid)
                    if entry is not None:
                        store.put(type_name, rid, rebuild(type_name, entry[2], known))
                report.repaired.append(
                    f"{type_name} {rid!r}: "
                    + (f"rebuilt from {entry[0]} ({entry[1]})" if entry else "removed (no state has it)")
                )
            continue
        if owner is not None and (type_name, rid) not in known.records and owner in map(str, state_files):
            report.problems.append(
                f"orphan: {type_name} {rid!r} was created for {owner} by a Terraform run that never recorded it"
            )
            if repair and not _locked(owner):
                store.delete(type_name, rid)
                report.repaired.append(f"{type_name} {rid!r}: removed")
    moved = any(line.startswith("moved the damaged database") for line in report.repaired)
    for (type_name, rid), (path, address, attrs) in sorted(known.records.items(), key=lambda kv: kv[0]):
        if (type_name, rid) in present:
            continue
        if moved:  # the database was replaced: everything the states know comes back from them
            store.put(type_name, rid, rebuild(type_name, attrs, known))
            report.repaired.append(f"{type_name} {rid!r}: rebuilt from {path} ({address})")
        else:
            report.notes.append(
                f"missing: {address} ({type_name} {rid!r}) is in {path} but not in the local "
                "cloud (deleted outside Terraform?); the next deploy re-creates it"
            )
    _blobs(store, report, repair=repair and not moved)
    return report


BLOB_GRACE_SECONDS = 60  # a blob or temp file younger than this may belong to a write in flight


def _referenced_blobs(record: dict) -> list[str]:
    """Blobs a record names: an object's (current or kept version) and an upload's parts."""
    named = [(record.get("object") or {}).get("blob")]
    parts = record.get("parts")
    if isinstance(parts, dict):
        named += [part.get("blob") for part in parts.values() if isinstance(part, dict)]
    return [blob for blob in named if isinstance(blob, str) and blob]


def _blobs(store: Store, report: Report, *, repair: bool) -> None:
    blobs = Blobs(store.root)
    referenced: dict[str, tuple[str, str]] = {}
    for type_name, rid, body, _owner in store.raw():
        try:
            record = json.loads(body)
        except ValueError:
            continue  # reported above
        if isinstance(record, dict):
            for blob in _referenced_blobs(record):
                referenced[blob] = (type_name, rid)
    stored = set(blobs.all())
    for blob, (type_name, rid) in sorted(referenced.items()):
        if blob not in stored:
            report.problems.append(
                f"{type_name} {rid!r}: its bytes (blob {blob}) are missing from {blobs.root}; "
                "the object cannot be read. Delete it and upload it again"
            )
    old = time.time() - BLOB_GRACE_SECONDS
    for blob in sorted(stored - set(referenced)):
        path = blobs.path(blob)
        if _mtime(path) >= old:
            continue
        report.notes.append(f"unreferenced blob {path} (left by an interrupted write or delete)")
        if repair:
            blobs.delete(blob)
            report.repaired.append(f"removed the unreferenced blob {path}")
    for path in blobs.temporary():
        if _mtime(path) >= old:
            continue
        report.notes.append(f"temporary file {path} (left by a write that never finished)")
        if repair:
            path.unlink(missing_ok=True)
            report.repaired.append(f"removed the temporary file {path}")


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except FileNotFoundError:
        return time.time()  # gone meanwhile: treat as fresh, leave it alone
