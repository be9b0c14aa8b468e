"""`alicloud_oss_bucket`: the bucket record, with settings read and written through inline blocks.

Like the real provider, create sends only the inline settings that are set, update sends only
the ones that changed (so a setting managed by a split resource and ignored on the bucket is left
alone), and read reports every setting the bucket has, whoever set it.
"""

from __future__ import annotations

import copy
import secrets
import time
from collections.abc import Mapping
from typing import Any

from ossiac.localcloud import bucket as buckets, pending
from ossiac.localcloud.blobs import Blobs
from ossiac.localcloud.errors import CloudError
from ossiac.localcloud.slices import INLINE, inline_view
from ossiac.localprovider import checks
from ossiac.localprovider.cty import UNKNOWN
from ossiac.localprovider.resources.common import arguments, fill_defaults
from ossiac.localprovider.values import canon, known, resolve_nested_unknowns, strip_unknowns

# Arguments stored on the bucket itself (not a setting slice). force_destroy and the overlap flag
# are provider-side arguments; they are kept with the bucket so a read reports them back.
BASE = (
    "storage_class",
    "redundancy_type",
    "tags",
    "lifecycle_rule",
    "resource_group_id",
    "force_destroy",
    "lifecycle_rule_allow_same_action_overlap",
    "logging_isenable",
)


def _slice_value(s, planned: dict):
    value = strip_unknowns(planned.get(s.inline))
    if s.key == "acl":
        return {"acl": value or "private"}
    return s.from_inline(value)


class BucketAdapter:
    def __init__(self, kind, cloud) -> None:
        self.kind = kind
        self.cloud = cloud
        self.store = cloud.store

    def _base(self, record: Mapping[str, Any], planned: dict) -> None:
        state = copy.deepcopy(planned)
        for rule in state.get("lifecycle_rule") or []:
            if rule.get("id") is UNKNOWN:  # OSS names rules it was given without an ID
                rule["id"] = f"rule-{secrets.token_hex(8)}"
        resolve_nested_unknowns(self.kind.block, state)
        for name in BASE:
            if state.get(name) is not UNKNOWN:
                record["attributes"][name] = strip_unknowns(state.get(name))

    def create(self, planned: dict) -> dict:
        name = (
            planned["bucket"]
            if known(planned.get("bucket"))
            else (f"tf-oss-bucket-{time.strftime('%Y%m%d%H%M%S')}{secrets.randbelow(10**6):06d}")
        )
        buckets.validate_name(name)
        fp = pending.fingerprint(self.kind.name, self.cloud.region, arguments(self.kind, planned))
        with self.store.transaction():
            existing = buckets.get(self.store, name)
            record = buckets.new_record(
                name,
                self.cloud.region,
                origin="terraform",
                storage_class=planned.get("storage_class") or "Standard",
                redundancy_type=planned.get("redundancy_type") or "LRS",
            )
            if existing is not None:  # handed back only to the same request of the same stack
                if not pending.is_handback(existing, fp):
                    buckets.create(self.store, record)  # raises BucketAlreadyExists
                record["attributes"]["creation_date"] = existing["attributes"]["creation_date"]
            self._base(record, planned)
            for s in INLINE:
                value = _slice_value(s, planned)
                if value is not None:
                    record["settings"][s.key] = value
            checks.before_write(self.cloud, self.kind.name, strip_unknowns(planned))
            record["_pending"] = pending.marker(fp)
            buckets.save(self.store, record)
        return self._read_back(name)

    def update(self, prior: dict, planned: dict) -> dict:
        with self.store.transaction():
            record = buckets.require(self.store, prior["id"])
            self._base(record, planned)
            for s in INLINE:
                attr_ty = self.kind.ty[1][s.inline]
                if canon(prior.get(s.inline), attr_ty) != canon(planned.get(s.inline), attr_ty):
                    record["settings"][s.key] = _slice_value(s, planned)
            checks.before_write(self.cloud, self.kind.name, strip_unknowns(planned))
            record.pop("_pending", None)
            buckets.save(self.store, record)
        return self._read_back(prior["id"], confirm=True)

    def read(self, state: dict, *, confirm: bool = True) -> dict | None:
        name = state.get("id")
        record = buckets.get(self.store, name) if isinstance(name, str) else None
        if record is None:
            return None
        if confirm and "_pending" in record:  # Terraform read it back: it is in a state now
            with self.store.transaction():
                record.pop("_pending", None)
                buckets.save(self.store, record)
        out = dict(record["attributes"])
        out.update(inline_view(record["settings"]))
        return fill_defaults(self.kind, out)

    def _read_back(self, name: str, *, confirm: bool = False) -> dict:
        written = self.read({"id": name}, confirm=confirm)
        assert written is not None, f"bucket {name!r} is gone right after its write"  # the same transaction wrote it
        return written

    def delete(self, prior: dict) -> None:
        blobs: list[str] = []
        with self.store.transaction():
            if buckets.get(self.store, prior["id"]) is not None:
                blobs = buckets.delete(self.store, prior["id"], force=bool(prior.get("force_destroy")))
        Blobs(self.store.root).delete_all(blobs)  # the bytes go once the records are gone

    def import_state(self, rid: str) -> dict:
        buckets.require(self.store, rid, attribute=())
        return {"id": rid}


__all__ = ["BucketAdapter", "CloudError"]
