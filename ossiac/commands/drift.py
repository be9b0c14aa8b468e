"""`ossiac drift`: refresh-only plans; report out-of-band changes per resource and attribute."""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

from ossiac.atomic_write import write_atomically
from ossiac.commands import options
from ossiac.exit_codes import OK, REFUSED, USAGE, CommandError
from ossiac.targets import inventory
from ossiac.targets.read_roles import ReadRoleCredentials
from ossiac.targets.selection import TargetError, selected_target
from ossiac.workflows import drift_issues, jobs
from ossiac.workflows.destroy_guard import orphan_line
from ossiac.workflows.drift import Drift, drift_of
from ossiac.workflows.plan_runner import PlanError, plan_every_stack
from ossiac.workflows.progress import Progress
from ossiac.workflows.render import escape_cell, markdown_value


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("drift", help="report changes made outside Terraform; non-zero when any")
    options.add_target(parser)
    options.add_format(parser, ("text", "markdown", "json"))
    parser.add_argument("--json", action="store_const", const="json", dest="format", help="same as --format json")
    options.add_app_dir(parser)
    parser.add_argument(
        "--open-issues",
        type=Path,
        metavar="FILE",
        help="with --issue-plan: the open drift issues, as GitHub's API lists them (JSON)",
    )
    parser.add_argument(
        "--issue-plan",
        type=Path,
        metavar="FILE",
        help="write the issues to open, update and close, one per drifted stack (JSON)",
    )
    options.add_assume_read_roles(parser)
    options.add_jobs(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if (args.open_issues is None) != (args.issue_plan is None):
        raise CommandError("ossiac drift: --open-issues and --issue-plan go together", USAGE)
    try:
        open_issues = drift_issues.read_open_issues(args.open_issues) if args.open_issues else []
        target = selected_target(args.target)
        credentials = ReadRoleCredentials("drift") if args.assume_read_roles else None
        planned = plan_every_stack(
            args.app_dir,
            target,
            refresh_only=True,
            jobs=jobs.parallel_jobs(args.jobs),
            progress=Progress("ossiac drift"),
            credentials=credentials,
        )
        orphans = inventory.orphaned(
            args.app_dir,
            target,
            {p.stack for p in planned},
            env=credentials.listing_env() if credentials else None,
        )
    except (TargetError, PlanError, jobs.JobsError, drift_issues.OpenIssuesError) as error:
        raise CommandError(f"ossiac drift: {error}", USAGE) from error
    found = [drift for p in planned for drift in drift_of(p.stack, p.plan, p.config)]
    moves = [d for d in found if not d.is_drift]  # shown, but a pending move is not drift
    found = [d for d in found if d.is_drift]
    if args.issue_plan:
        _write_issue_plan(args.issue_plan, {p.stack for p in planned}, found, orphans, open_issues)
    if args.format == "json":
        # A list of drifts, as before; an orphaned stack is an entry with change "orphaned".
        entries = [{**asdict(d), "values": [v.to_json() for v in d.values]} for d in [*found, *moves]]
        entries += [
            {
                "stack": o.stack,
                "address": None,
                "change": "orphaned",
                "attributes": [],
                "values": [],
                "message": orphan_line(o),
            }
            for o in orphans
        ]
        print(json.dumps(entries, indent=2))
    elif args.format == "markdown":
        print(_markdown(found, orphans, moves), end="")
    else:
        print(_text(found, orphans, moves), end="")
    return REFUSED if found or orphans else OK


def _write_issue_plan(path: Path, checked: set[str], found: list[Drift], orphans, open_issues: list[dict]) -> None:
    drifted: dict[str, list] = {}
    for item in [*found, *orphans]:
        drifted.setdefault(item.stack, []).append(item)
    actions = drift_issues.plan(
        drifted,
        checked | {o.stack for o in orphans},
        open_issues,
        lambda stack: _markdown([d for d in found if d.stack == stack], [o for o in orphans if o.stack == stack]),
    )
    write_atomically(path, json.dumps(actions, indent=2) + "\n")


def _retire_hint(orphan) -> str:
    return f"orphaned stack {orphan_line(orphan)}; restore its stack file or `ossiac retire {orphan.stack} --destroy|--forget`"


def _moved(drift: Drift) -> str:
    return f" (moved from {drift.moved_from})" if drift.moved_from else ""


def _move_line(drift: Drift) -> str:
    return f"{drift.stack}: {drift.address} moved from {drift.moved_from} by a `moved` block (not drift)"


def _text(found: list[Drift], orphans, moves: Sequence[Drift] = ()) -> str:
    lines = [] if found or orphans else ["no drift: every resource matches the cloud"]
    for drift in found:
        detail = f": {', '.join(drift.attributes)}" if drift.attributes else ""
        lines.append(f"{drift.stack}: {drift.address}{_moved(drift)} {drift.change} outside Terraform{detail}")
        lines += [f"  {value}" for value in drift.values]
    lines += [_move_line(drift) for drift in moves]
    lines += [_retire_hint(orphan) for orphan in orphans]
    return "\n".join(lines) + "\n"


def _markdown(found: list[Drift], orphans, moves: Sequence[Drift] = ()) -> str:
    lines = ["## ossiac drift", ""]
    if not found and not orphans:
        lines += ["No drift: every resource matches the cloud."] + [f"- {escape_cell(_move_line(d))}" for d in moves]
        return "\n".join(lines) + "\n"
    lines += ["| stack | resource | outside Terraform (state → cloud) |", "| --- | --- | --- |"]
    for drift in found:
        detail = "<br>".join(markdown_value(value) for value in drift.values) or drift.change
        lines.append(f"| {drift.stack} | `{drift.address}`{escape_cell(_moved(drift))} | {escape_cell(detail)} |")
    lines += [""] + [f"- {escape_cell(_move_line(d))}" for d in moves] if moves else []
    lines += [""] + [f"- {escape_cell(_retire_hint(orphan))}" for orphan in orphans] if orphans else []
    return "\n".join(lines) + "\n"
