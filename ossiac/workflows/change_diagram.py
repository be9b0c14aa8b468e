"""A Mermaid flowchart of one stack's plan: the resources that change, what they are bound to, by action.

GitHub renders ```mermaid blocks in pull-request comments. Edges run from what a resource refers
to (its bucket, role, policy, key, contact group) to the resource, so a bucket points at its
settings, alarms and the policies that name it. Unchanged resources appear only as the other end
of an edge, in grey. Each changed resource's box names the attributes the diff engine found
changed (the table under the picture has their values) and whether it is imported, moved or
forgotten; imports, moves and forgets have colours of their own.
"""

from __future__ import annotations

from ossiac.workflows.plan_summary import ResourceChange, StackPlan
from ossiac.workflows.value_changes import top_attribute

MAX_CHANGED = 40
"""Changed resources drawn per stack; a larger change is listed in full in the table under it."""

STYLES = {
    "add": "fill:#d8f5d8,stroke:#2b7a2b",
    "change": "fill:#fff4c2,stroke:#9a7400",
    "replace": "fill:#ffdcb5,stroke:#b05a00",
    "destroy": "fill:#ffd4d4,stroke:#b00020",
    "import": "fill:#d6e8ff,stroke:#1f5fa8",
    "move": "fill:#eadcff,stroke:#6a3fb0",
    "forget": "fill:#ffffff,stroke:#777777,stroke-dasharray:4 3",
    "unchanged": "fill:#eeeeee,stroke:#999999,color:#555555",
}
COLOURS = {
    "add": "green",
    "change": "yellow",
    "replace": "orange",
    "destroy": "red",
    "import": "blue",
    "move": "purple",
    "forget": "white, dashed",
    "unchanged": "grey",
}


def mermaid(plan: StackPlan, max_changed: int = MAX_CHANGED) -> str:
    """The flowchart's source (without the ``` fence); empty when the stack has no changes."""
    if not plan.changes:
        return ""
    drawn = plan.changes[:max_changed]
    actions = {change.address: change.action for change in drawn}
    details = {change.address: _details(change) for change in drawn}
    ids: dict[str, str] = {}
    nodes: list[str] = []
    edges: list[str] = []

    def node(address: str) -> str:
        if address not in ids:
            ids[address] = f"r{len(ids)}"
            nodes.append(
                f'  {ids[address]}["{_label(address, plan.names.get(address), details.get(address, []))}"]:::'
                f"{actions.get(address, 'unchanged')}"
            )
        return ids[address]

    for change in drawn:
        node(change.address)
    for change in drawn:
        for target in change.bound_to:
            edges.append(f"  {node(target)} --> {ids[change.address]}")
    used = sorted({actions.get(a, "unchanged") for a in ids}, key=list(STYLES).index)
    return "\n".join(["flowchart LR", *nodes, *edges, *(f"  classDef {name} {STYLES[name]}" for name in used)])


def legend(plan: StackPlan, max_changed: int = MAX_CHANGED) -> str:
    shown = min(len(plan.changes), max_changed)
    cut = f"; the first {shown} of {len(plan.changes)} changed resources" if shown < len(plan.changes) else ""
    used = {change.action for change in plan.changes[:max_changed]}
    keys = [f"{COLOURS[name]}: {name}" for name in STYLES if name in used]
    return f"_{', '.join(keys)}, grey: unchanged (bound to a change){cut}._"


def _details(change: ResourceChange) -> list[str]:
    """Under the name: imported / moved / forgotten, and the attributes whose values change."""
    lines = []
    if change.imported_id is not None and change.action != "import":
        lines.append("imported")
    if change.moved_from is not None:
        lines.append(f"moved from {change.moved_from.split('.', 1)[-1]}")
    if change.forgets and change.action != "forget":
        lines.append("old one forgotten")
    tops = list(dict.fromkeys(top_attribute(value.path) for value in change.values))
    if tops:
        lines.append(", ".join(tops))
    return lines


def _label(address: str, hint: str | None, details: list[str]) -> str:
    resource_type = address.split(".")[0].removeprefix("alicloud_")
    text = f"{resource_type}<br/>{hint}" if hint else f"{resource_type}<br/>{address.split('.', 1)[-1]}"
    return _escape("<br/>".join([text, *details]))


def _escape(text: str) -> str:
    # Mermaid's entity codes: a quote would end the label, # starts an entity, <> would be HTML.
    text = text.replace("#", "#35;").replace('"', "#quot;")
    return text.replace("<br/>", "\0").replace("<", "#lt;").replace(">", "#gt;").replace("\0", "<br/>")
