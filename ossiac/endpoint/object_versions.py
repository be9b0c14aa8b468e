"""Which record is an object's current version, and what becomes of the one it replaces.

The current version stays where every reader (the stand-in provider, listings) finds it: the
`alicloud_oss_bucket_object` record `<bucket>/<key>`. In a bucket whose versioning is Enabled or
Suspended, a replaced or deleted current version is kept as a record of type
`localcloud_object_version` keyed `<bucket>/<key>/<versionId>`, and a delete without a version
leaves a delete marker there instead of the object. Removing a version that was current (or the
delete marker on top) makes the newest remaining real version current again, as OSS does.

Every function here runs inside the caller's transaction and returns the blobs that no record
references any more; the caller deletes them after the commit (never before: a crash in between
leaves waste the doctor removes, never a record without its bytes).
"""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass, field
from typing import Literal, overload

from ossiac.localcloud import bucket as buckets
from ossiac.localcloud.store import Store

VERSION_TYPE = buckets.VERSION_TYPE
NULL = "null"  # the version id of an object written while versioning was off or Suspended


def record_id(bucket: str, key: str) -> str:
    return f"{bucket}/{key}"


def version_record_id(bucket: str, key: str, version_id: str) -> str:
    return f"{bucket}/{key}/{version_id}"


def status(bucket_record: dict) -> str | None:
    """ "Enabled", "Suspended", or None for a bucket that never had versioning."""
    value = ((bucket_record.get("settings") or {}).get("versioning") or {}).get("status")
    return value if value in ("Enabled", "Suspended") else None


def new_version_id() -> str:
    return f"{time.time_ns():x}{secrets.token_hex(8)}"


@overload
def version_of(record: dict, versioned: Literal[True]) -> str: ...


@overload
def version_of(record: dict, versioned: bool) -> str | None: ...


def version_of(record: dict, versioned: bool) -> str | None:
    """The version id OSS reports for a current object (None in a bucket without versioning)."""
    vid = (record.get("attributes") or {}).get("version_id")
    return vid or (NULL if versioned else None)


def _created(record: dict) -> int:
    return int((record.get("object") or {}).get("created_ns") or record.get("attributes", {}).get("created_ns") or 0)


def blob_of(record: dict | None) -> str | None:
    return ((record or {}).get("object") or {}).get("blob")


@dataclass
class Outcome:
    version_id: str | None = None
    delete_marker: bool = False
    drop: list[str] = field(default_factory=list)


def versions(store: Store, bucket: str, key: str) -> list[dict]:
    """Kept versions and delete markers of one key, newest first."""
    return sorted(store.find(VERSION_TYPE, bucket=bucket, key=key), key=_created, reverse=True)


def get_version(store: Store, bucket: str, key: str, version_id: str) -> dict | None:
    return store.get(VERSION_TYPE, version_record_id(bucket, key, version_id))


def _keep(store: Store, record: dict, bucket: str, key: str, version_id: str, outcome: Outcome) -> None:
    """Stores a replaced current version (or a delete marker) as a kept version."""
    kept = dict(record)
    kept["type"] = VERSION_TYPE
    kept["id"] = version_record_id(bucket, key, version_id)
    kept["attributes"] = {
        **record.get("attributes", {}),
        "bucket": bucket,
        "key": key,
        "version_id": version_id,
        "created_ns": _created(record) or time.time_ns() - 1,
    }
    kept.pop("_pending", None)
    displaced = store.get(VERSION_TYPE, kept["id"])
    if displaced is not None:
        outcome.drop += [b for b in [blob_of(displaced)] if b]
    store.put(VERSION_TYPE, kept["id"], kept)


def _drop_null_version(store: Store, bucket: str, key: str, outcome: Outcome) -> None:
    rid = version_record_id(bucket, key, NULL)
    old = store.get(VERSION_TYPE, rid)
    if old is not None:
        store.delete(VERSION_TYPE, rid)
        outcome.drop += [b for b in [blob_of(old)] if b]


def _set_aside(store: Store, bucket_record: dict, bucket: str, key: str, outcome: Outcome) -> None:
    """The current version leaves its place: kept as a version, or dropped (no versioning, or a
    Suspended bucket's null version, which a new null version replaces)."""
    mode = status(bucket_record)
    old = store.get(buckets.OBJECT_TYPE, record_id(bucket, key))
    if mode == "Suspended":
        _drop_null_version(store, bucket, key, outcome)
    if old is None:
        return
    old_vid = version_of(old, True)
    if mode is None or (mode == "Suspended" and old_vid == NULL):
        outcome.drop += [b for b in [blob_of(old)] if b]
    else:
        _keep(store, old, bucket, key, old_vid, outcome)


def put(store: Store, bucket_record: dict, bucket: str, key: str, record: dict) -> Outcome:
    """Makes `record` the current version; returns its version id and the blobs to delete."""
    outcome = Outcome()
    mode = status(bucket_record)
    _set_aside(store, bucket_record, bucket, key, outcome)
    outcome.version_id = new_version_id() if mode == "Enabled" else NULL if mode == "Suspended" else None
    record["attributes"]["version_id"] = outcome.version_id
    if record.get("object"):
        record["object"].setdefault("created_ns", time.time_ns())
    store.put(buckets.OBJECT_TYPE, record_id(bucket, key), record)
    return outcome


def _promote_newest(store: Store, bucket: str, key: str) -> None:
    """With no current version, the newest kept version becomes current unless it is a delete marker."""
    if store.get(buckets.OBJECT_TYPE, record_id(bucket, key)) is not None:
        return
    kept = versions(store, bucket, key)
    if not kept or kept[0]["attributes"].get("delete_marker"):
        return
    newest = dict(kept[0])
    store.delete(VERSION_TYPE, newest["id"])
    attributes = dict(newest["attributes"])
    created = attributes.pop("created_ns", None)
    attributes.pop("delete_marker", None)
    attributes["id"] = key
    newest.update({"type": buckets.OBJECT_TYPE, "id": key, "attributes": attributes})
    if newest.get("object"):
        newest["object"] = {**newest["object"], "created_ns": created}
    store.put(buckets.OBJECT_TYPE, record_id(bucket, key), newest)


def delete(store: Store, bucket_record: dict, bucket: str, key: str, version_id: str | None) -> Outcome:
    """DeleteObject: without a version, remove (unversioned) or hide behind a delete marker;
    with one, remove that version for good."""
    outcome = Outcome()
    mode = status(bucket_record)
    rid = record_id(bucket, key)
    current = store.get(buckets.OBJECT_TYPE, rid)
    if version_id is None:
        if mode is None:
            if current is not None:
                store.delete(buckets.OBJECT_TYPE, rid)
                outcome.drop += [b for b in [blob_of(current)] if b]
            return outcome
        _set_aside(store, bucket_record, bucket, key, outcome)
        store.delete(buckets.OBJECT_TYPE, rid)
        marker_id = new_version_id() if mode == "Enabled" else NULL
        marker_rid = version_record_id(bucket, key, marker_id)
        marker = {
            "type": VERSION_TYPE,
            "id": marker_rid,
            "region": bucket_record.get("region") or "",
            "origin": "api",
            "attributes": {
                "bucket": bucket,
                "key": key,
                "version_id": marker_id,
                "delete_marker": True,
                "created_ns": time.time_ns(),
                "last_modified": time.strftime("%Y-%m-%dT%H:%M:%S.000000Z", time.gmtime()),
            },
        }
        store.put(VERSION_TYPE, marker_rid, marker)
        outcome.version_id, outcome.delete_marker = marker_id, True
        return outcome
    outcome.version_id = version_id
    if current is not None and version_of(current, True) == version_id:
        store.delete(buckets.OBJECT_TYPE, rid)
        outcome.drop += [b for b in [blob_of(current)] if b]
    else:
        kept = get_version(store, bucket, key, version_id)
        if kept is None:
            return outcome
        store.delete(VERSION_TYPE, kept["id"])
        outcome.delete_marker = bool(kept["attributes"].get("delete_marker"))
        outcome.drop += [b for b in [blob_of(kept)] if b]
    _promote_newest(store, bucket, key)
    return outcome
