"""Any resource type without special modelling: one record per object holding its attributes.

IDs follow the facts' import ID format when its parts are arguments (e.g. a RAM role's name);
otherwise the cloud generates one in the real shape (`vpc-bp1...`, `key-hzz...`).
"""

from __future__ import annotations

import copy
import re

from ossiac.localcloud import ids, pending, records
from ossiac.localcloud.errors import CloudError
from ossiac.localprovider import checks, computed
from ossiac.localprovider.cty import UNKNOWN
from ossiac.localprovider.resources.common import arguments, fill_defaults
from ossiac.localprovider.values import known, resolve_nested_unknowns

_HOLE = re.compile(r"<([a-z_0-9]+)>")
ALREADY_EXISTS = {
    "alicloud_ram_role": "EntityAlreadyExists.Role",
    "alicloud_ram_policy": "EntityAlreadyExists.Policy",
    "alicloud_ram_user": "EntityAlreadyExists.User",
    "alicloud_kms_alias": "Forbidden.AliasExists",
    "alicloud_kms_secret": "Forbidden.ResourceExists",
}


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
        fmt = self.kind.import_format
        holes = _HOLE.findall(fmt)
        if not holes or not all(h in self.kind.attributes and known(state.get(h)) for h in holes):
            return None
        return _HOLE.sub(lambda m: str(state[m.group(1)]), fmt)

    def create(self, planned: dict) -> dict:
        state = copy.deepcopy(planned)
        args = arguments(self.kind, planned)
        fp = pending.fingerprint(args)
        with self.store.transaction():
            rid = self._derived_id(state)
            orphan = None
            if rid is not None:
                state["id"] = rid
                existing = self.store.get(self.kind.name, self.key(state))
                if existing is not None:
                    if not pending.is_orphan(existing):
                        code = ALREADY_EXISTS.get(self.kind.name, "ResourceAlreadyExists")
                        raise CloudError(code, f"{self.kind.name} {rid!r} already exists in the local cloud. "
                                         "Adopt it with an import block / `terraform import`, or choose another name.",
                                         status=409)
                    orphan = existing
            else:
                orphan = next((r for r in self.store.list(self.kind.name) if pending.is_orphan(r)
                               and r["_pending"].get("fingerprint") == fp), None)
                state["id"] = orphan["id"] if orphan else ids.new_id(self.kind.name, self.cloud.region)
            if orphan is not None:  # a create whose Terraform died before saving it: hand the same object back
                for name, value in orphan["attributes"].items():
                    if state.get(name) is UNKNOWN:
                        state[name] = value
            computed.fill(self.kind.name, state, self.cloud, UNKNOWN)
            resolve_nested_unknowns(self.kind.block, state)
            checks.before_write(self.cloud, self.kind.name, state)
            record = records.new_record(self.kind.name, state["id"], self.cloud.region, _stored(state),
                                        origin="terraform")
            record["_pending"] = pending.marker(fp)
            self.store.put(self.kind.name, self.key(state), record)
        return state

    def update(self, prior: dict, planned: dict) -> dict:
        state = copy.deepcopy(planned)
        computed.fill(self.kind.name, state, self.cloud, UNKNOWN)
        resolve_nested_unknowns(self.kind.block, state)
        with self.store.transaction():
            checks.before_write(self.cloud, self.kind.name, state)
            record = self.store.get(self.kind.name, self.key(prior)) or records.new_record(
                self.kind.name, state["id"], self.cloud.region, {}, origin="terraform")
            record["attributes"] = _stored(state)
            record.pop("_pending", None)
            self.store.put(self.kind.name, self.key(state), record)
        return state

    def read(self, state: dict) -> dict | None:
        if not known(state.get("id")):
            return None
        record = self.store.get(self.kind.name, self.key(state))
        if record is None and self.kind.name == "alicloud_ram_user":  # Read also accepts the user name
            found = records.find(self.store, self.kind.name, name=state["id"])
            record = found[0] if found else None
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
            self.store.delete(self.kind.name, self.key(prior))

    def import_state(self, rid: str) -> dict:
        state = {"id": rid}
        if self.read(dict(state)) is None:
            raise CloudError("ResourceNotFound", f"No {self.kind.name} with ID {rid!r} exists in the local cloud "
                             f"(expected ID format: {self.kind.meta.get('import_id_format')}).", status=404)
        return state


def _stored(state: dict) -> dict:
    return {k: v for k, v in state.items() if k != "timeouts"}
