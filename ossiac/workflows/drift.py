"""Out-of-band changes: what a refresh-only plan finds different between state and the cloud."""

from __future__ import annotations

from dataclasses import dataclass

from ossiac.workflows.plan_summary import _changed_paths


@dataclass(frozen=True)
class Drift:
    stack: str
    address: str
    change: str
    """`changed` or `deleted` (gone from the cloud)."""
    attributes: list[str]


def drift_of(stack: str, plan: dict) -> list[Drift]:
    found = []
    for entry in plan.get("resource_drift", []):
        if entry.get("mode") == "data":
            continue
        change = entry["change"]
        if change["actions"] == ["delete"]:
            found.append(Drift(stack, entry["address"], "deleted", []))
            continue
        attributes = _changed_paths(change.get("before"), change.get("after"), None)
        if attributes:
            found.append(Drift(stack, entry["address"], "changed", attributes))
    return found
