"""The local cloud's records, typed: what the store keeps per object (the JSON body is this, unchanged).

A generic record (everything but buckets) holds the object's attributes; a bucket's record holds its
settings too (slices.py). `_pending` is present only on an unconfirmed create (pending.py).
"""

from __future__ import annotations

from typing import Any, NotRequired, TypedDict

from ossiac.localcloud.store import Store


class PendingMarker(TypedDict):
    owner: str  # the Terraform state the create is meant for
    run: str  # the Terraform command that asked
    fingerprint: str  # of what was asked


class Record(TypedDict):
    type: str
    id: str
    region: str
    origin: str  # who made it: "terraform", "console", ...
    attributes: dict[str, Any]
    _pending: NotRequired[PendingMarker]
    # Type-specific parts: an object's bytes and metadata as the API wrote them (ossiac/endpoint/objects.py),
    # an unfinished multipart upload's parts, a RAM policy's versions (ram_policy_versions.py).
    object: NotRequired[dict[str, Any]]
    parts: NotRequired[dict[str, Any]]
    policy_versions: NotRequired[list[str]]


class BucketRecord(Record):
    settings: dict[str, Any]  # setting key (slices.py) -> its value


def new_record(type_name: str, rid: str, region: str, attributes: dict[str, Any], *, origin: str) -> Record:
    return {"type": type_name, "id": rid, "region": region, "origin": origin, "attributes": attributes}


def attributes(store: Store, type_name: str, rid: object) -> dict[str, Any] | None:
    if not isinstance(rid, str) or not rid:
        return None
    record = store.get(type_name, rid)
    return None if record is None else record["attributes"]


def find(store: Store, type_name: str, **match: object) -> list[dict[str, Any]]:
    """Records of a type whose attributes equal all of `match`."""
    return store.find(type_name, **match)
