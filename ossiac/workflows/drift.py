"""Out-of-band changes: what a refresh-only plan finds different between state and the cloud."""

from __future__ import annotations

from dataclasses import dataclass, field

from ossiac.workflows.value_changes import ValueChange, value_changes


@dataclass(frozen=True)
class Drift:
    stack: str
    address: str
    change: str
    """`changed` or `deleted` (gone from the cloud)."""
    attributes: list[str]
    values: list[ValueChange] = field(default_factory=list)
    """The same attributes as `state -> cloud` values (shortened, secrets masked)."""


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
        if change["actions"] == ["delete"]:
            found.append(Drift(stack, entry["address"], "deleted", []))
            continue
        ignored = _ignored(config, entry["type"], entry["name"])
        values = [value for value in value_changes({**change, "after_unknown": None})
                  if value.path.split(".")[0] not in ignored]
        if values:
            found.append(Drift(stack, entry["address"], "changed", [value.path for value in values], values))
    return found


def _ignored(config: dict | None, resource_type: str, name: str) -> set[str]:
    body = (config or {}).get("resource", {}).get(resource_type, {}).get(name, {})
    return set(body.get("lifecycle", {}).get("ignore_changes", []))
