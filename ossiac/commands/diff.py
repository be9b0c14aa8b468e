"""`ossiac diff`: plan every stack against the target, summarize for review, guard destruction."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ossiac.targets import inventory
from ossiac.targets.selection import TargetError, selected_target
from ossiac.workflows import destroy_guard, jobs, saved_plans
from ossiac.workflows.plan_runner import PlanError, plan_every_stack
from ossiac.workflows.plan_summary import summarize
from ossiac.workflows.progress import Progress
from ossiac.workflows.render import render_json, render_markdown, render_text

RENDERERS = {"text": render_text, "markdown": render_markdown, "json": render_json}


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("diff", help="plan every stack and summarize it; refuse destroying buckets or keys")
    parser.add_argument("--target", choices=("local", "alicloud"), help="default: $OSSIAC_TARGET, else local")
    parser.add_argument("--format", choices=sorted(RENDERERS), default="text")
    parser.add_argument("--allow", action="append", default=[], metavar="NAME",
                        help="allow destroying/replacing this bucket, key or resource address (repeatable)")
    parser.add_argument("--output", type=Path, help="also write the summary to this file")
    parser.add_argument("--app-dir", type=Path, default=Path("."), help="folder with cdktf.json (default: .)")
    parser.add_argument("--save-plans", type=Path, metavar="DIR",
                        help="keep each stack's saved plan and a manifest in DIR (owner-only; the plans hold "
                             "secrets) for `ossiac deploy --from-plans DIR`")
    jobs.add_argument(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    kept: list = []
    try:
        target = selected_target(args.target)
        if args.save_plans:
            saved_plans.check_dir(args.save_plans, args.app_dir)
            kept = saved_plans.plan_and_keep(args.app_dir, target, jobs=jobs.parallel_jobs(args.jobs),
                                             progress=Progress("ossiac diff"))
            planned = [(p.stack, p.plan, p.config) for p in kept]
        else:
            planned = plan_every_stack(args.app_dir, target, jobs=jobs.parallel_jobs(args.jobs),
                                       progress=Progress("ossiac diff"))
        orphans = inventory.orphaned(args.app_dir, target, {stack for stack, _, _ in planned})
    except (TargetError, PlanError, jobs.JobsError, saved_plans.SavedPlansError) as error:
        saved_plans.discard_kept(kept)
        print(f"ossiac diff: {error}", file=sys.stderr)
        return 2
    plans = [summarize(stack, plan, config) for stack, plan, config in planned]
    allowed = set(args.allow) | destroy_guard.allowed_from_env(os.environ)
    violations = destroy_guard.check(plans, allowed)
    text = RENDERERS[args.format](plans, violations, orphans)
    sys.stdout.write(text)
    if args.output:
        args.output.write_text(text)
    if args.save_plans:
        return _save(args, target, kept, plans, allowed, refused=bool(violations or orphans))
    return 1 if violations or orphans else 0


def _save(args: argparse.Namespace, target: str, kept: list, plans: list, allowed: set[str], refused: bool) -> int:
    """Keep the plans only when the guard lets them through: a refused plan could never be deployed."""
    if refused:
        saved_plans.discard_kept(kept)
        print(f"ossiac diff: no plans saved in {args.save_plans}: the destroy guard refused", file=sys.stderr)
        return 1
    try:
        manifest = saved_plans.save(args.save_plans, args.app_dir, target, kept, plans, allowed)
    except (PlanError, OSError) as error:
        saved_plans.discard_kept(kept)
        print(f"ossiac diff: {error}", file=sys.stderr)
        return 2
    print(f"saved {len(kept)} plan(s) and {manifest} (owner-only; they hold secrets): "
          f"apply them with `ossiac deploy --from-plans {args.save_plans}`", file=sys.stderr)
    return 0
