"""A reviewer's view of a Terraform plan (`terraform show -json`): what each resource will do and why."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ossiac_constructs.resource_comment import COMMENT

ACTIONS = ("add", "change", "replace", "destroy")
SENSITIVE = "(sensitive)"


@dataclass(frozen=True)
class ResourceChange:
    address: str
    type: str
    action: str
    """add, change, replace or destroy."""
    attributes: list[str] = field(default_factory=list)
    """Dotted paths of the attributes that change."""
    forced_by: list[str] = field(default_factory=list)
    """For a replacement: the attributes that force a new resource."""
    name_hint: str | None = None
    """The bucket name or key description, to say which real thing this is."""
    comment: dict[str, Any] = field(default_factory=dict)
    """The resource's `//` comment from the synthesized JSON (waivers, allow-destroy reasons)."""


@dataclass(frozen=True)
class StackPlan:
    stack: str
    changes: list[ResourceChange]

    def count(self, action: str) -> int:
        return sum(1 for change in self.changes if change.action == action)

    @property
    def has_changes(self) -> bool:
        return bool(self.changes)


def summarize(stack: str, plan: dict, config: dict | None = None) -> StackPlan:
    """Summarize `terraform show -json <plan>` output; `config` is the stack's cdk.tf.json, if any."""
    changes = []
    for entry in plan.get("resource_changes", []):
        if entry.get("mode") == "data":
            continue
        action = _action(entry["change"]["actions"])
        if action is None:
            continue
        change = entry["change"]
        changes.append(
            ResourceChange(
                address=entry["address"],
                type=entry["type"],
                action=action,
                attributes=changed_paths(change.get("before"), change.get("after"), change.get("after_unknown")),
                forced_by=[_dotted(path) for path in change.get("replace_paths") or []],
                name_hint=_name_hint(change.get("before") or change.get("after") or {}),
                comment=_comment(config, entry["type"], entry["name"]),
            )
        )
    return StackPlan(stack, changes)


def _action(actions: list[str]) -> str | None:
    if actions in (["delete", "create"], ["create", "delete"]):
        return "replace"
    return {"create": "add", "update": "change", "delete": "destroy"}.get(actions[0]) if len(actions) == 1 else None


def changed_paths(before: Any, after: Any, unknown: Any, prefix: str = "") -> list[str]:
    """Dotted paths where `after` differs from `before` or is unknown until apply."""
    if isinstance(before, dict) and isinstance(after, dict):
        unknown = unknown if isinstance(unknown, dict) else {}
        paths = []
        for key in sorted(set(before) | set(after)):
            paths += changed_paths(before.get(key), after.get(key), unknown.get(key), f"{prefix}.{key}" if prefix else key)
        return paths
    if unknown is True or (before != after and not (before in (None, [], {}) and after in (None, [], {}))):
        return [prefix] if prefix else []
    return []


def _dotted(path: list) -> str:
    return ".".join(str(part) for part in path)


def _name_hint(values: dict) -> str | None:
    for key in ("bucket", "role_name", "policy_name", "alias_name", "description", "name"):
        if isinstance(values.get(key), str):
            return values[key]
    return None


def _comment(config: dict | None, resource_type: str, name: str) -> dict[str, Any]:
    if not config:
        return {}
    return config.get("resource", {}).get(resource_type, {}).get(name, {}).get(COMMENT, {})
