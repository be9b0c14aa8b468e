"""Out-of-band changes: what a refresh-only plan finds different between state and the cloud.

A refresh-only plan also shows a resource a `moved` block has moved (Terraform records the move
when the plan is applied); that is reported as `moved`, which is not drift. Imports and forgets
never appear in a refresh-only plan: they are in `ossiac diff`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ossiac.workflows.value_changes import ValueChange, top_attribute, value_changes


@dataclass(frozen=True)
class Drift:
    stack: str
    address: str
    change: str
    """`changed`, `deleted` (gone from the cloud) or `moved` (a `moved` block; not drift)."""
    attributes: list[str]
    values: list[ValueChange] = field(default_factory=list)
    """The same attributes as `state -> cloud` values (whole, secrets masked)."""
    moved_from: str | None = None
    """The address the resource had before a `moved` block, if it moved."""

    @property
    def is_drift(self) -> bool:
        return self.change != "moved"


def drift_of(stack: str, plan: dict, config: dict | None = None) -> list[Drift]:
    """Drifted resources; `config` (the stack's cdk.tf.json) supplies each resource's ignore_changes.

    An attribute the resource ignores is managed elsewhere: on a bucket, the split resource for
    that setting (e.g. alicloud_oss_bucket_policy) reports its drift, so the bucket does not.
    """
    found = []
    for entry in plan.get("resource_drift", []):
        if entry.get("mode") == "data":
            continue
        change = entry["change"]
        moved_from = entry.get("previous_address")
        if change["actions"] == ["delete"]:
            found.append(Drift(stack, entry["address"], "deleted", [], moved_from=moved_from))
            continue
        ignored = _ignored(config, entry["type"], entry["name"])
        values = [
            value
            for value in value_changes({**change, "after_unknown": None}, entry["type"])
            if top_attribute(value.path) not in ignored
        ]
        if values:
            found.append(
                Drift(stack, entry["address"], "changed", [value.path for value in values], values, moved_from)
            )
        elif moved_from:
            found.append(Drift(stack, entry["address"], "moved", [], moved_from=moved_from))
    return found


def _ignored(config: dict | None, resource_type: str, name: str) -> set[str]:
    body = (config or {}).get("resource", {}).get(resource_type, {}).get(name, {})
    return set(body.get("lifecycle", {}).get("ignore_changes", []))
