"""One issue per drifted stack: what to open, update and close, given the issues open now.

`ossiac drift --open-issues FILE --issue-plan FILE` writes this plan; the scheduled workflow only
carries it out through GitHub's API. An issue is recognized by a marker line in its body, not its
title, so a person may retitle it. A stack is only closed when it was checked and found clean: a
stack whose plan failed makes the whole run fail (exit 2), and no plan is written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from ossiac.json_file import read_json

LABEL = "ossiac-drift"
_MARKER = "<!-- ossiac-drift stack={stack} -->"
_MARKED = re.compile(r"<!-- ossiac-drift stack=([A-Za-z0-9_-]+) -->")


class OpenIssuesError(Exception):
    """The open-issues file is not a list of issues; the message names the file and what is allowed."""


def read_open_issues(path: Path) -> list[dict[str, Any]]:
    """Issues as GitHub's REST API lists them (`number`, `body`, optional `title`); `[]` for none."""
    issues = read_json(path, OpenIssuesError)
    if not isinstance(issues, list):
        raise OpenIssuesError(f"{path}: must be a JSON list of issues, not {type(issues).__name__}")
    for index, issue in enumerate(issues):
        if (
            not isinstance(issue, dict)
            or not isinstance(issue.get("number"), int)
            or not isinstance(issue.get("body") or "", str)
        ):
            raise OpenIssuesError(
                f"{path}: [{index}]: an issue is an object with an integer `number` and a string (or null) `body`"
            )
    return issues


def stack_of(issue: dict[str, Any]) -> str | None:
    found = _MARKED.search(issue.get("body") or "")
    return found.group(1) if found else None


def plan(
    drifted: Mapping[str, Sequence[Any]],
    checked: set[str],
    open_issues: list[dict[str, Any]],
    render: Callable[[str], str],
) -> list[dict[str, Any]]:
    """`drifted`: stack -> its drift entries (orphans included); `checked`: every stack looked at.
    `render(stack)` is the markdown report of that stack's drift. Actions come in stack order."""
    by_stack: dict[str, list[dict[str, Any]]] = {}
    for issue in open_issues:
        stack = stack_of(issue)
        if stack is not None:
            by_stack.setdefault(stack, []).append(issue)
    actions: list[dict[str, Any]] = []
    for stack in sorted(set(drifted) | set(by_stack)):
        issues = sorted(by_stack.get(stack, []), key=lambda i: i["number"])
        if stack in drifted:
            body = f"{_MARKER.format(stack=stack)}\n{render(stack)}"
            if issues:
                actions.append({"action": "update", "number": issues[0]["number"], "stack": stack, "body": body})
            else:
                actions.append(
                    {
                        "action": "open",
                        "stack": stack,
                        "title": f"ossiac drift: stack {stack}",
                        "labels": [LABEL],
                        "body": body,
                    }
                )
            # Duplicates (opened by hand, or a race): the oldest carries on.
            actions += [_close(i, stack, f"Duplicate of #{issues[0]['number']}.") for i in issues[1:]]
        else:
            why = (
                "No drift any more: every resource of the stack matches the cloud."
                if stack in checked
                else "The stack is no longer declared and has no state: nothing left to drift."
            )
            actions += [_close(i, stack, why) for i in issues]
    return actions


def _close(issue: dict[str, Any], stack: str, comment: str) -> dict[str, Any]:
    return {"action": "close", "number": issue["number"], "stack": stack, "comment": comment}
