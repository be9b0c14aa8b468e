"""A Mermaid flowchart of one stack's plan: the resources that change, what they are bound to, by action.

GitHub renders ```mermaid blocks in pull-request comments. Edges run from what a resource refers
to (its bucket, role, policy, key, contact group) to the resource, so a bucket points at its
settings, alarms and the policies that name it. Unchanged resources appear only as the other end
of an edge, in grey.
"""

from __future__ import annotations

from ossiac.workflows.plan_summary import StackPlan

MAX_CHANGED = 40
"""Changed resources drawn per stack; a larger change is listed in full in the table under it."""

STYLES = {
    "add": "fill:#d8f5d8,stroke:#2b7a2b",
    "change": "fill:#fff4c2,stroke:#9a7400",
    "replace": "fill:#ffdcb5,stroke:#b05a00",
    "destroy": "fill:#ffd4d4,stroke:#b00020",
    "unchanged": "fill:#eeeeee,stroke:#999999,color:#555555",
}


def mermaid(plan: StackPlan, max_changed: int = MAX_CHANGED) -> str:
    """The flowchart's source (without the ``` fence); empty when the stack has no changes."""
    if not plan.changes:
        return ""
    drawn = plan.changes[:max_changed]
    actions = {change.address: change.action for change in drawn}
    ids: dict[str, str] = {}
    nodes: list[str] = []
    edges: list[str] = []

    def node(address: str) -> str:
        if address not in ids:
            ids[address] = f"r{len(ids)}"
            nodes.append(f'  {ids[address]}["{_label(address, plan.names.get(address))}"]:::'
                         f'{actions.get(address, "unchanged")}')
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
    return f"_Green: add, yellow: change, orange: replace, red: destroy, grey: unchanged (bound to a change){cut}._"


def _label(address: str, hint: str | None) -> str:
    resource_type = address.split(".")[0].removeprefix("alicloud_")
    text = f"{resource_type}<br/>{hint}" if hint else f"{resource_type}<br/>{address.split('.', 1)[-1]}"
    return _escape(text)


def _escape(text: str) -> str:
    # Mermaid's entity codes: a quote would end the label, # starts an entity, <> would be HTML.
    text = text.replace("#", "#35;").replace('"', "#quot;")
    return text.replace("<br/>", "\0").replace("<", "#lt;").replace(">", "#gt;").replace("\0", "<br/>")
