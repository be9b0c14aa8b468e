"""`ossiac drift`: refresh-only plans; report out-of-band changes per resource and attribute."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

from ossiac.targets import inventory
from ossiac.targets.selection import TargetError, selected_target
from ossiac.workflows.destroy_guard import orphan_line
from ossiac.workflows.drift import drift_of
from ossiac.workflows.plan_runner import PlanError, plan_every_stack


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("drift", help="report changes made outside Terraform; non-zero when any")
    parser.add_argument("--target", choices=("local", "alicloud"), help="default: $OSSIAC_TARGET, else local")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--app-dir", type=Path, default=Path("."), help="folder with cdktf.json (default: .)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    try:
        target = selected_target(args.target)
        planned = plan_every_stack(args.app_dir, target, refresh_only=True)
        orphans = inventory.orphaned(args.app_dir, target, {stack for stack, _, _ in planned})
    except (TargetError, PlanError) as error:
        print(f"ossiac drift: {error}", file=sys.stderr)
        return 2
    found = [drift for stack, plan, config in planned for drift in drift_of(stack, plan, config)]
    if args.json:
        # A list of drifts, as before; an orphaned stack is an entry with change "orphaned".
        entries = [asdict(d) for d in found]
        entries += [{"stack": o.stack, "address": None, "change": "orphaned", "attributes": [],
                     "message": orphan_line(o)} for o in orphans]
        print(json.dumps(entries, indent=2))
    elif not found and not orphans:
        print("no drift: every resource matches the cloud")
    for drift in [] if args.json else found:
        detail = f": {', '.join(drift.attributes)}" if drift.attributes else ""
        print(f"{drift.stack}: {drift.address} {drift.change} outside Terraform{detail}")
    for orphan in [] if args.json else orphans:
        print(f"orphaned stack {orphan_line(orphan)}; restore its stack file or `ossiac retire {orphan.stack} --destroy|--forget`")
    return 1 if found or orphans else 0
