"""A reviewer's view of a Terraform plan (`terraform show -json`): what each resource will do and why.

Imports (`change.importing`), moves (`previous_address`) and forgets (action `forget`) are counted
as Terraform counts them, so every summary made from this one says `4 to import` when the plan does.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ossiac.localprovider import schema as provider_schema
from ossiac.workflows.value_changes import ValueChange, top_attribute, value_changes
from ossiac_constructs.resource_comment import COMMENT

ACTIONS = ("add", "change", "replace", "destroy")
"""What a resource's own change is; an import or move with nothing else to do is `import` or `move`."""
COUNTED = ("import", *ACTIONS, "move", "forget")
"""Counted in every summary, in Terraform's order (`4 to import, 0 to add, ...`)."""
ALWAYS = set(ACTIONS)
"""Counts always shown; the others only when there are any, as Terraform does."""
PAST = {
    "import": "imported",
    "add": "added",
    "change": "changed",
    "replace": "replaced",
    "destroy": "destroyed",
    "move": "moved",
    "forget": "forgotten",
}
WHOLE = ("add", "destroy", "forget")
"""Actions on a whole resource: no value-by-value changes are listed for them."""
SENSITIVE = "(sensitive)"


@dataclass(frozen=True)
class ResourceChange:
    address: str
    type: str
    action: str
    """add, change, replace, destroy, forget, or import / move when that is all that happens to it."""
    attributes: list[str] = field(default_factory=list)
    """Dotted paths of the attributes that change."""
    values: list[ValueChange] = field(default_factory=list)
    """The same attributes' changes from the diff engine (whole, secrets masked, unknowns marked); none
    for a resource added, destroyed or forgotten whole."""
    forced_by: list[str] = field(default_factory=list)
    """For a replacement: the attributes that force a new resource."""
    name_hint: str | None = None
    """The bucket name or key description, to say which real thing this is."""
    comment: dict[str, Any] = field(default_factory=dict)
    """The resource's `//` comment from the synthesized JSON (waivers, allow-destroy reasons)."""
    bound_to: list[str] = field(default_factory=list)
    """Addresses of the resources this one refers to (its bucket, role, policy, key, alarm group)."""
    imported_id: str | None = None
    """The cloud ID Terraform imports this resource from (an `import` block), if it does."""
    moved_from: str | None = None
    """The address this resource had before a `moved` block, if it moves."""
    forgets: bool = False
    """Terraform forgets (a `removed` block with destroy = false) the object: it stays in the cloud."""


@dataclass(frozen=True)
class StackPlan:
    stack: str
    changes: list[ResourceChange]
    names: dict[str, str] = field(default_factory=dict)
    """Address -> name hint of every resource in the plan, changed or not (for diagrams)."""

    def count(self, action: str) -> int:
        """How many resources to import, add, change, replace, destroy, move or forget."""
        if action == "import":
            return sum(1 for change in self.changes if change.imported_id is not None)
        if action == "move":
            return sum(1 for change in self.changes if change.moved_from is not None)
        if action == "forget":
            return sum(1 for change in self.changes if change.forgets)
        return sum(1 for change in self.changes if change.action == action)

    def counted(self) -> list[str]:
        """The counts shown: add, change, replace and destroy always, import, move and forget when any."""
        return [what for what in COUNTED if what in ALWAYS or self.count(what)]

    def counts(self) -> str:
        """`4 to import, 0 to add, 6 to change, 0 to replace, 0 to destroy`."""
        return ", ".join(f"{self.count(what)} to {what}" for what in self.counted())

    def done(self) -> str:
        """The same counts once applied: `4 imported, 0 added, 6 changed, 0 replaced, 0 destroyed`."""
        return ", ".join(f"{self.count(what)} {PAST[what]}" for what in self.counted())

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
        change = entry["change"]
        imported = change.get("importing") or None
        moved_from = entry.get("previous_address")
        action = _action(change["actions"], imported is not None, moved_from is not None)
        if action is None:
            continue
        forced_by = [_dotted(path) for path in change.get("replace_paths") or []]
        # A resource that comes or goes whole is named, not listed value by value (every value -> null).
        values = value_changes(change, entry["type"]) if action not in WHOLE else []
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
                imported_id=_import_id(imported) if imported is not None else None,
                moved_from=moved_from,
                forgets="forget" in change["actions"],
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


def _action(actions: list[str], imported: bool, moved: bool) -> str | None:
    if actions in (["delete", "create"], ["create", "delete"]):
        return "replace"
    if actions == ["create", "forget"]:  # a replacement that keeps the old object in the cloud
        return "add"
    if actions == ["no-op"] and (imported or moved):
        return "import" if imported else "move"
    return (
        {"create": "add", "update": "change", "delete": "destroy", "forget": "forget"}.get(actions[0])
        if len(actions) == 1
        else None
    )


def _worth_reviewing(
    values: list[ValueChange], forced_by: list[str], resource_type: str, declared: set[str] | None
) -> list[ValueChange]:
    """On a replacement: what forces it and what the user changed, not what the new resource recomputes.

    Computed-only attributes (creation_date, id, endpoints) always come back unknown; an
    optional+computed one the stack does not set (e.g. a default ACL) does too, and is noise.
    """
    computed_only = _computed_only(resource_type)
    kept = []
    forced_tops = {f.split(".")[0] for f in forced_by}
    for value in values:
        top = top_attribute(value.path)
        forced = top in forced_tops
        recomputed = value.new_mark == "unknown" and declared is not None and top not in declared
        if forced or (top not in computed_only and not recomputed):
            kept.append(value)
    return kept


def _computed_only(resource_type: str) -> set[str]:
    kind = provider_schema.load().resources.get(resource_type)
    if kind is None:
        return set()
    return {
        name
        for name, a in kind.attributes.items()
        if a.get("computed") and not (a.get("optional") or a.get("required"))
    }


def _declared(config: dict | None, resource_type: str, name: str) -> set[str] | None:
    """The arguments the stack sets on this resource, or None without the stack's config."""
    if not config:
        return None
    body = config.get("resource", {}).get(resource_type, {}).get(name)
    return None if body is None else set(body)


def _import_id(importing: dict) -> str:
    """The ID an import block names, or the resource identity it gives instead (Terraform 1.12+)."""
    if importing.get("id"):
        return str(importing["id"])
    return json.dumps(importing.get("identity") or {}, sort_keys=True)


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
