"""Plan summaries as text (terminals), markdown (pull-request comments) or JSON (machines).

All three show the same changes from the one diff engine (value_changes): every changed value in
full, imports, moves and forgets counted and named.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict

from ossiac.targets.inventory import StackState
from ossiac.workflows import change_diagram
from ossiac.workflows.destroy_guard import GuardViolation, orphan_line, refusal_lines
from ossiac.workflows.plan_summary import COUNTED, ResourceChange, StackPlan
from ossiac.workflows.value_changes import ValueChange

GITHUB_COMMENT_LIMIT = 65_536
MARKER = "<!-- ossiac-diff -->"  # lets the workflow find and update its own comment


def _counts(plan: StackPlan) -> str:
    return plan.counts()


def origin(change: ResourceChange) -> list[str]:
    """What happens to the resource besides its values: imported, moved, forgotten."""
    notes = []
    if change.imported_id is not None:
        notes.append(f"imported from ID {change.imported_id!r}")
    if change.moved_from is not None:
        notes.append(f"moved from {change.moved_from}")
    if change.forgets:
        notes.append("forgotten: Terraform stops managing it, it stays in the cloud")
    return notes


def render_text(plans: list[StackPlan], violations: list[GuardViolation], orphans: Sequence[StackState] = ()) -> str:
    lines = []
    for plan in plans:
        lines.append(f"{plan.stack}: {_counts(plan)}" if plan.has_changes else f"{plan.stack}: no changes")
        for change in plan.changes:
            hint = f" ({change.name_hint})" if change.name_hint else ""
            notes = "".join(f"; {note}" for note in origin(change))
            lines.append(f"  {change.action:<8} {change.address}{hint}{notes}")
            if change.forced_by:
                lines.append(f"           forced by: {', '.join(change.forced_by)}")
            if change.values:
                lines += [f"           {value}" for value in change.values]
    refusal = refusal_lines(violations, orphans, "or `ossiac diff --allow NAME`")
    return "\n".join(lines + ([""] if refusal else []) + refusal) + "\n"


def render_json(plans: list[StackPlan], violations: list[GuardViolation], orphans: Sequence[StackState] = ()) -> str:
    return json.dumps(
        {
            "stacks": [
                {
                    "stack": p.stack,
                    "counts": {a: p.count(a) for a in COUNTED},
                    "changes": [{**asdict(c), "values": [v.to_json() for v in c.values]} for c in p.changes],
                }
                for p in plans
            ],
            "guard": [{"stack": v.stack, "address": v.change.address, "message": str(v)} for v in violations],
            "orphaned_stacks": [{**asdict(o), "message": orphan_line(o)} for o in orphans],
        },
        indent=2,
    )


def render_markdown(
    plans: list[StackPlan],
    violations: list[GuardViolation],
    orphans: Sequence[StackState] = (),
    limit: int = GITHUB_COMMENT_LIMIT,
) -> str:
    """Markdown that stays under `limit` characters.

    Each stack with changes is a collapsible section (<details>) with a Mermaid diagram of what
    changes and a table of the values. Over the limit, table rows go from the end first, then
    diagrams, each with a note; the counts and the guard's findings always stay.
    """
    head = [MARKER, "## ossiac diff", ""]
    if violations or orphans:
        head += ["**Destructive-change guard tripped:**", ""] + [f"- {v}" for v in violations]
        head += [f"- {escape_cell(orphan_line(o))}" for o in orphans] + [""]
    columns = [what for what in COUNTED if any(what in p.counted() for p in plans)] or list(COUNTED[1:5])
    head += ["| stack | " + " | ".join(columns) + " |", "| --- " * (len(columns) + 1) + "|"]
    head += [f"| {p.stack} | " + " | ".join(str(p.count(a)) for a in columns) + " |" for p in plans]
    sections = [_Section(plan) for plan in plans if plan.has_changes]
    text = _join(head, sections)
    if len(text) <= limit:
        return text
    for section in reversed(sections):  # rows first, from the last stack
        if len(text) <= limit:
            break
        low, high = 0, len(section.rows)  # the most rows this section can keep: binary search
        while low < high:
            middle = (low + high + 1) // 2
            section.keep(middle)
            if len(_join(head, sections)) <= limit:
                low = middle
            else:
                high = middle - 1
        section.keep(low)
        text = _join(head, sections)
    for section in reversed(sections):  # then diagrams
        if len(text) > limit and section.diagram:
            section.diagram = []
            text = _join(head, sections)
    if len(text) <= limit:
        return text
    return ("\n".join(head) + "\n")[: limit - 200] + "\n\n_Truncated; run `ossiac diff` for the full plan._\n"


class _Section:
    """One stack's collapsible part of the comment."""

    def __init__(self, plan: StackPlan) -> None:
        self.plan = plan
        source = change_diagram.mermaid(plan)
        self.diagram = ["```mermaid", source, "```", "", change_diagram.legend(plan), ""] if source else []
        self.all_rows = [_row(change) for change in plan.changes]
        self.rows = self.all_rows
        self.dropped = 0

    def keep(self, count: int) -> None:
        self.rows = self.all_rows[:count]
        self.dropped = len(self.all_rows) - count

    def lines(self) -> list[str]:
        summary = escape_cell(f"{self.plan.stack}: {_counts(self.plan)}")
        lines = ["", "<details>", f"<summary><b>{summary}</b></summary>", ""] + self.diagram
        lines += ["| action | resource | changes (old → new) |", "| --- | --- | --- |"] + self.rows
        if self.dropped:
            lines += ["", f"_Truncated: {self.dropped} more lines not shown; run `ossiac diff` for the full plan._"]
        elif not self.diagram and change_diagram.mermaid(self.plan):
            lines += ["", "_Diagram left out to stay under the comment size limit._"]
        return lines + ["", "</details>"]


def _join(head: list[str], sections: list[_Section]) -> str:
    return "\n".join(head + [line for section in sections for line in section.lines()]) + "\n"


def _row(change: ResourceChange) -> str:
    shown = change.values
    detail = "<br>".join([*origin(change), *(markdown_value(v) for v in shown)]) or " "
    if change.forced_by:
        detail = "forced by " + ", ".join(f"`{a}`" for a in change.forced_by) + "; " + detail
    hint = f" ({escape_cell(change.name_hint)})" if change.name_hint else ""
    return f"| {change.action} | `{change.address}`{hint} | {escape_cell(detail)} |"


def markdown_value(value: ValueChange) -> str:
    if value.action == "add":
        return f"`{value.path}`: + {_code(value.new_text)}"
    if value.action == "remove":
        return f"`{value.path}`: - {_code(value.old_text)}"
    return f"`{value.path}`: {_code(value.old_text)} → {_code(value.new_text)}"


def _code(text: str) -> str:
    # Backticks inside a value would end the code span early.
    return "`" + text.replace("`", "'") + "`"


def escape_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
