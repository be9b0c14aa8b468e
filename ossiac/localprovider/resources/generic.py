"""Any resource type without special modelling: one record per object holding its attributes.

IDs are what the provider's Create sets: the facts' import ID format when its parts are arguments
(a RAM role's ID is its name, whether given as `role_name` or the deprecated `name`; names the
provider generates, such as an unnamed FC service's `terraform-<time><counter>`, are chosen first);
otherwise the cloud generates one in the real shape (`vpc-bp1...`, `key-hzz...`).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from typing import Any, cast

from ossiac.localcloud import ids, pending, records, uniqueness
from ossiac.localcloud.blobs import Blobs
from ossiac.localcloud.bucket import OBJECT_TYPE
from ossiac.localcloud.errors import CloudError
from ossiac.localcloud.records import Record
from ossiac.localcloud.store import NameTaken
from ossiac.localprovider import checks, computed
from ossiac.localprovider.cty import UNKNOWN
from ossiac.localprovider.resources import ram_policy_versions
from ossiac.localprovider.resources.common import arguments, fill_defaults
from ossiac.localprovider.values import known, resolve_nested_unknowns

_HOLE = re.compile(r"<([a-z_0-9]+)>")

# Where the facts' import ID format names the ID by what it is rather than by the argument that holds
# it. alicloud_vpc_peer_connection_accepter: its Create sets the ID to the accepted connection's
# InstanceId, the instance_id argument (resource_alicloud_vpc_peer_connection_accepter.go, v1.289.0).
ID_FORMAT = {"alicloud_vpc_peer_connection_accepter": "<instance_id>"}


class GenericAdapter:
    def __init__(self, kind, cloud) -> None:
        self.kind = kind
        self.cloud = cloud
        self.store = cloud.store

    # An object's key in the store. Objects are keyed by bucket too: `key` alone is their Terraform ID.
    def key(self, state: dict) -> str:
        if self.kind.name == "alicloud_oss_bucket_object":
            return f"{state.get('bucket')}/{state['id']}"
        return state["id"]

    def _derived_id(self, state: dict) -> str | None:
        if self.kind.name == OBJECT_TYPE:  # the provider's ID is the object's key, as the endpoint keys it
            return state["key"] if known(state.get("key")) else None
        fmt = ID_FORMAT.get(self.kind.name) or self.kind.import_format
        holes = _HOLE.findall(fmt)
        if not holes or not all(h in self.kind.attributes for h in holes):
            return None  # a generated ID (vpc-..., key-...)
        parts = {}
        for h in holes:
            value = state.get(h)
            if value is UNKNOWN:
                return None
            # An optional part left out is "" in the ID, as d.Get gives the provider (route entries' next hop)
            parts[h] = "" if value is None else str(value)
        return _HOLE.sub(lambda m: parts[m.group(1)], fmt)

    def create(self, planned: dict) -> dict:
        state = copy.deepcopy(planned)
        fp = pending.fingerprint(self.kind.name, self.cloud.region, arguments(self.kind, planned))
        with self.store.transaction():
            computed.fill_names(self.kind.name, state, self.cloud, UNKNOWN)  # the names the ID is made of
            rid = self._derived_id(state)
            orphan = None
            if rid is not None:
                state["id"] = rid
                existing = self.store.get(self.kind.name, self.key(state))
                if existing is not None:
                    if not pending.is_handback(existing, fp):
                        code, message = uniqueness.taken_message(self.kind.name, rid)
                        raise CloudError(code, message, status=409)
                    orphan = existing
            else:  # one indexed lookup, however many objects of this type the cloud holds
                orphan = self.store.find_pending(self.kind.name, pending.owner(), fp, not_run=pending.run())
                state["id"] = orphan["id"] if orphan else ids.new_id(self.kind.name, self.cloud.region)
            if orphan is not None:  # a create whose Terraform died before saving it: hand the same object back
                for name, value in orphan["attributes"].items():
                    if state.get(name) is UNKNOWN:
                        state[name] = value
            computed.fill(self.kind.name, state, self.cloud, UNKNOWN)
            resolve_nested_unknowns(self.kind.block, state)
            checks.before_write(self.cloud, self.kind.name, state)
            record = records.new_record(
                self.kind.name, state["id"], self.cloud.region, _stored(state), origin="terraform"
            )
            record["_pending"] = pending.marker(fp)
            self._put(self.key(state), record)
        return state

    def _put(self, key: str, record: Mapping[str, Any]) -> None:
        try:
            self.store.put(self.kind.name, key, record)
        except NameTaken as taken:
            code, message = uniqueness.taken_message(self.kind.name, taken.name)
            raise CloudError(code, message, status=409) from None

    def update(self, prior: dict, planned: dict) -> dict:
        state = copy.deepcopy(planned)
        computed.fill(self.kind.name, state, self.cloud, UNKNOWN)
        resolve_nested_unknowns(self.kind.block, state)
        with self.store.transaction():
            checks.before_write(self.cloud, self.kind.name, state)
            record = cast("Record | None", self.store.get(self.kind.name, self.key(prior))) or records.new_record(
                self.kind.name, state["id"], self.cloud.region, {}, origin="terraform"
            )
            if self.kind.name == "alicloud_ram_policy":
                ram_policy_versions.record_version(record, state)
            record["attributes"] = _stored(state)
            record.pop("_pending", None)
            api_bytes = record.pop("object", None)  # an object the API overwrote: Terraform's content wins again
            self._put(self.key(state), record)
        self._delete_blob(api_bytes)
        return state

    def _delete_blob(self, api_part: dict | None) -> None:
        """The bytes of an API-written object, deleted once no record names them (after the commit)."""
        if api_part and api_part.get("blob"):
            Blobs(self.store.root).delete(api_part["blob"])

    def read(self, state: dict) -> dict | None:
        if not known(state.get("id")):
            return None
        record = self.store.get(self.kind.name, self.key(state))
        if record is None and self.kind.name == "alicloud_ram_user":  # Read also accepts the user name
            record = self.store.get_by_name(self.kind.name, state["id"])
        if record is None:
            return None
        if "_pending" in record:  # Terraform has it in a state now
            with self.store.transaction():
                record.pop("_pending", None)
                self.store.put(self.kind.name, self.key(state), record)
        out = fill_defaults(self.kind, dict(record["attributes"]))
        out["id"] = record["id"]
        return out

    def delete(self, prior: dict) -> None:
        with self.store.transaction():
            record = self.store.get(self.kind.name, self.key(prior)) if self.kind.name == OBJECT_TYPE else None
            self.store.delete(self.kind.name, self.key(prior))
        self._delete_blob((record or {}).get("object"))

    def import_state(self, rid: str) -> dict:
        state = {"id": rid}
        if self.read(dict(state)) is None:
            raise CloudError(
                "ResourceNotFound",
                f"No {self.kind.name} with ID {rid!r} exists in the local cloud "
                f"(expected ID format: {self.kind.meta.get('import_id_format')}).",
                status=404,
            )
        return state


def _stored(state: dict) -> dict:
    return {k: v for k, v in state.items() if k != "timeouts"}
