"""Plan summaries as text (terminals), markdown (pull-request comments) or JSON (machines)."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Sequence

from ossiac.targets.inventory import StackState
from ossiac.workflows.destroy_guard import GuardViolation, orphan_line, refusal_lines
from ossiac.workflows.plan_summary import ACTIONS, StackPlan
from ossiac.workflows.value_changes import ValueChange

GITHUB_COMMENT_LIMIT = 65_536
MARKER = "<!-- ossiac-diff -->"  # lets the workflow find and update its own comment
MARKDOWN_VALUES = 20
"""Changed attributes shown per resource in a comment; `ossiac diff` shows them all."""


def _counts(plan: StackPlan) -> str:
    return ", ".join(f"{plan.count(action)} to {action}" for action in ACTIONS)


def render_text(plans: list[StackPlan], violations: list[GuardViolation], orphans: Sequence[StackState] = ()) -> str:
    lines = []
    for plan in plans:
        lines.append(f"{plan.stack}: {_counts(plan)}" if plan.has_changes else f"{plan.stack}: no changes")
        for change in plan.changes:
            hint = f" ({change.name_hint})" if change.name_hint else ""
            lines.append(f"  {change.action:<8} {change.address}{hint}")
            if change.forced_by:
                lines.append(f"           forced by: {', '.join(change.forced_by)}")
            if change.action in ("change", "replace"):
                lines += [f"           {value}" for value in change.values]
    refusal = refusal_lines(violations, orphans, "or `ossiac diff --allow NAME`")
    return "\n".join(lines + ([""] if refusal else []) + refusal) + "\n"


def render_json(plans: list[StackPlan], violations: list[GuardViolation], orphans: Sequence[StackState] = ()) -> str:
    return json.dumps(
        {
            "stacks": [
                {"stack": p.stack, "counts": {a: p.count(a) for a in ACTIONS}, "changes": [asdict(c) for c in p.changes]}
                for p in plans
            ],
            "guard": [{"stack": v.stack, "address": v.change.address, "message": str(v)} for v in violations],
            "orphaned_stacks": [{**asdict(o), "message": orphan_line(o)} for o in orphans],
        },
        indent=2,
    )


def render_markdown(plans: list[StackPlan], violations: list[GuardViolation], orphans: Sequence[StackState] = (),
                    limit: int = GITHUB_COMMENT_LIMIT) -> str:
    """Markdown that stays under `limit` characters: whole rows are dropped from the end, with a note."""
    head = [MARKER, "## ossiac diff", ""]
    if violations or orphans:
        head += ["**Destructive-change guard tripped:**", ""] + [f"- {v}" for v in violations]
        head += [f"- {escape_cell(orphan_line(o))}" for o in orphans] + [""]
    head += ["| stack | add | change | replace | destroy |", "| --- | --- | --- | --- | --- |"]
    head += [f"| {p.stack} | " + " | ".join(str(p.count(a)) for a in ACTIONS) + " |" for p in plans]
    rows = []
    for plan in plans:
        if not plan.has_changes:
            continue
        rows += ["", f"### {plan.stack}", "", "| action | resource | changes (old → new) |", "| --- | --- | --- |"]
        for change in plan.changes:
            shown = change.values[:MARKDOWN_VALUES] if change.action in ("change", "replace") else []
            detail = "<br>".join(markdown_value(v) for v in shown) or " "
            if len(change.values) > len(shown) and shown:
                detail += f"<br>… {len(change.values) - len(shown)} more"
            if change.forced_by:
                detail = "forced by " + ", ".join(f"`{a}`" for a in change.forced_by) + "; " + detail
            hint = f" ({escape_cell(change.name_hint)})" if change.name_hint else ""
            rows.append(f"| {change.action} | `{change.address}`{hint} | {escape_cell(detail)} |")
    text = "\n".join(head + rows) + "\n"
    if len(text) <= limit:
        return text
    kept = list(rows)
    while kept:
        kept.pop()
        note = f"\n_Truncated: {len(rows) - len(kept)} more lines not shown; run `ossiac diff` for the full plan._\n"
        text = "\n".join(head + kept) + "\n" + note
        if len(text) <= limit:
            return text
    return ("\n".join(head) + "\n")[: limit - 200] + "\n\n_Truncated; run `ossiac diff` for the full plan._\n"


def markdown_value(value: ValueChange) -> str:
    return f"`{value.path}`: {_code(value.old)} → {_code(value.new)}"


def _code(text: str) -> str:
    # Backticks inside a value would end the code span early.
    return "`" + text.replace("`", "'") + "`"


def escape_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
