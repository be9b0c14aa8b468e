"""A reviewer's view of a Terraform plan (`terraform show -json`): what each resource will do and why."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ossiac.localprovider import schema as provider_schema
from ossiac.workflows.value_changes import UNKNOWN, ValueChange, value_changes
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
    values: list[ValueChange] = field(default_factory=list)
    """The same attributes with `old -> new` (shortened, secrets masked, unknowns marked)."""
    forced_by: list[str] = field(default_factory=list)
    """For a replacement: the attributes that force a new resource."""
    name_hint: str | None = None
    """The bucket name or key description, to say which real thing this is."""
    comment: dict[str, Any] = field(default_factory=dict)
    """The resource's `//` comment from the synthesized JSON (waivers, allow-destroy reasons)."""
    bound_to: list[str] = field(default_factory=list)
    """Addresses of the resources this one refers to (its bucket, role, policy, key, alarm group)."""


@dataclass(frozen=True)
class StackPlan:
    stack: str
    changes: list[ResourceChange]
    names: dict[str, str] = field(default_factory=dict)
    """Address -> name hint of every resource in the plan, changed or not (for diagrams)."""

    def count(self, action: str) -> int:
        return sum(1 for change in self.changes if change.action == action)

    @property
    def has_changes(self) -> bool:
        return bool(self.changes)


def summarize(stack: str, plan: dict, config: dict | None = None) -> StackPlan:
    """Summarize `terraform show -json <plan>` output; `config` is the stack's cdk.tf.json, if any."""
    changes = []
    names = {}
    references = _references(plan)
    for entry in plan.get("resource_changes", []):
        if entry.get("mode") == "data":
            continue
        hint = _name_hint(entry["change"].get("before") or entry["change"].get("after") or {})
        if hint:
            names[entry["address"]] = hint
        action = _action(entry["change"]["actions"])
        if action is None:
            continue
        change = entry["change"]
        forced_by = [_dotted(path) for path in change.get("replace_paths") or []]
        values = value_changes(change)
        if action == "replace":
            values = _worth_reviewing(values, forced_by, entry["type"], _declared(config, entry["type"], entry["name"]))
        changes.append(
            ResourceChange(
                address=entry["address"],
                type=entry["type"],
                action=action,
                attributes=[value.path for value in values],
                values=values,
                forced_by=forced_by,
                name_hint=_name_hint(change.get("before") or change.get("after") or {}),
                comment=_comment(config, entry["type"], entry["name"]),
                bound_to=references.get(entry["address"], []),
            )
        )
    return StackPlan(stack, changes, names)


def _references(plan: dict) -> dict[str, list[str]]:
    """Address -> the managed resources its configuration refers to (the plan's `configuration`)."""
    found = {}
    for resource in plan.get("configuration", {}).get("root_module", {}).get("resources", []):
        if resource.get("mode") != "managed":
            continue
        refs: list[str] = []
        _collect(resource.get("expressions", {}), refs)
        targets = []
        for ref in refs:
            parts = ref.split(".")
            if len(parts) >= 2 and parts[0] not in ("var", "data", "local", "module", "path", "each", "count"):
                address = f"{parts[0]}.{parts[1]}"
                if address != resource["address"] and address not in targets:
                    targets.append(address)
        found[resource["address"]] = targets
    return found


def _collect(expressions: Any, refs: list[str]) -> None:
    if isinstance(expressions, dict):
        refs += [r for r in expressions.get("references", []) if isinstance(r, str)]
        for key, value in expressions.items():
            if key != "references":
                _collect(value, refs)
    elif isinstance(expressions, list):
        for item in expressions:
            _collect(item, refs)


def _action(actions: list[str]) -> str | None:
    if actions in (["delete", "create"], ["create", "delete"]):
        return "replace"
    return {"create": "add", "update": "change", "delete": "destroy"}.get(actions[0]) if len(actions) == 1 else None


def _worth_reviewing(values: list[ValueChange], forced_by: list[str], resource_type: str,
                     declared: set[str] | None) -> list[ValueChange]:
    """On a replacement: what forces it and what the user changed, not what the new resource recomputes.

    Computed-only attributes (creation_date, id, endpoints) always come back unknown; an
    optional+computed one the stack does not set (e.g. a default ACL) does too, and is noise.
    """
    computed_only = _computed_only(resource_type)
    kept = []
    for value in values:
        top = value.path.split(".")[0]
        forced = any(value.path == f or value.path.startswith(f + ".") or f.startswith(value.path + ".")
                     for f in forced_by)
        recomputed = value.new == UNKNOWN and declared is not None and top not in declared
        if forced or (top not in computed_only and not recomputed):
            kept.append(value)
    return kept


def _computed_only(resource_type: str) -> set[str]:
    kind = provider_schema.load().resources.get(resource_type)
    if kind is None:
        return set()
    return {name for name, a in kind.attributes.items() if a.get("computed") and not (a.get("optional") or a.get("required"))}


def _declared(config: dict | None, resource_type: str, name: str) -> set[str] | None:
    """The arguments the stack sets on this resource, or None without the stack's config."""
    if not config:
        return None
    body = config.get("resource", {}).get(resource_type, {}).get(name)
    return None if body is None else set(body)


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
