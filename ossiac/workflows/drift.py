"""Out-of-band changes: what a refresh-only plan finds different between state and the cloud."""

from __future__ import annotations

from dataclasses import dataclass

from ossiac.workflows.plan_summary import changed_paths


@dataclass(frozen=True)
class Drift:
    stack: str
    address: str
    change: str
    """`changed` or `deleted` (gone from the cloud)."""
    attributes: list[str]


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
        attributes = [
            path
            for path in changed_paths(change.get("before"), change.get("after"), None)
            if path.split(".")[0] not in ignored
        ]
        if attributes:
            found.append(Drift(stack, entry["address"], "changed", attributes))
    return found


def _ignored(config: dict | None, resource_type: str, name: str) -> set[str]:
    body = (config or {}).get("resource", {}).get(resource_type, {}).get(name, {})
    return set(body.get("lifecycle", {}).get("ignore_changes", []))
