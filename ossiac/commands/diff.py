"""`ossiac diff`: plan every stack against the target, summarize for review, guard destruction."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ossiac.commands import options
from ossiac.exit_codes import OK, REFUSED, USAGE, CommandError
from ossiac.targets import inventory
from ossiac.targets.read_roles import ReadRoleCredentials
from ossiac.targets.selection import TargetError, selected_target
from ossiac.workflows import destroy_guard, jobs, saved_plans
from ossiac.workflows.plan_runner import PlanError, declared_stacks, plan_every_stack
from ossiac.workflows.plan_summary import summarize
from ossiac.workflows.progress import Progress
from ossiac.workflows.render import render_json, render_markdown, render_text

RENDERERS = {"text": render_text, "markdown": render_markdown, "json": render_json}


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("diff", help="plan every stack and summarize it; refuse destroying buckets or keys")
    parser.add_argument(
        "stacks",
        nargs="*",
        metavar="STACK",
        help="stacks to plan (default: every declared stack); with --save-plans the manifest holds only these",
    )
    options.add_target(parser)
    options.add_format(parser, sorted(RENDERERS))
    options.add_allow(parser)
    parser.add_argument("--output", type=Path, help="also write the summary to this file")
    options.add_app_dir(parser)
    parser.add_argument(
        "--save-plans",
        type=Path,
        metavar="DIR",
        help="keep each stack's saved plan and a manifest in DIR (owner-only; the plans hold "
        "secrets) for `ossiac deploy --from-plans DIR`",
    )
    options.add_assume_read_roles(parser)
    options.add_jobs(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    kept: list = []
    credentials = ReadRoleCredentials("diff") if args.assume_read_roles else None
    try:
        target = selected_target(args.target)
        if args.save_plans:
            saved_plans.check_dir(args.save_plans, args.app_dir)
        planned = plan_every_stack(
            args.app_dir,
            target,
            keep=bool(args.save_plans),
            jobs=jobs.parallel_jobs(args.jobs),
            progress=Progress("ossiac diff"),
            credentials=credentials,
            stacks=args.stacks,
        )
        kept = planned if args.save_plans else []
        orphans = inventory.orphaned(
            args.app_dir,
            target,
            declared_stacks(args.app_dir) if args.stacks else {p.stack for p in planned},
            env=credentials.listing_env() if credentials else None,
        )
    except (TargetError, PlanError, jobs.JobsError, saved_plans.SavedPlansError) as error:
        saved_plans.discard_kept(kept)
        raise CommandError(f"ossiac diff: {error}", USAGE) from error
    plans = [summarize(p.stack, p.plan, p.config) for p in planned]
    allowed = set(args.allow) | destroy_guard.allowed_from_env(os.environ)
    violations = destroy_guard.check(plans, allowed)
    text = RENDERERS[args.format](plans, violations, orphans)
    sys.stdout.write(text)
    if args.output:
        args.output.write_text(text)
    if args.save_plans:
        return _save(args, target, kept, plans, allowed, refused=bool(violations or orphans))
    return REFUSED if violations or orphans else OK


def _save(args: argparse.Namespace, target: str, kept: list, plans: list, allowed: set[str], refused: bool) -> int:
    """Keep the plans only when the guard lets them through: a refused plan could never be deployed."""
    if refused:
        saved_plans.discard_kept(kept)
        raise CommandError(f"ossiac diff: no plans saved in {args.save_plans}: the destroy guard refused", REFUSED)
    try:
        manifest = saved_plans.save(args.save_plans, args.app_dir, target, kept, plans, allowed, args.stacks)
    except (PlanError, OSError) as error:
        saved_plans.discard_kept(kept)
        raise CommandError(f"ossiac diff: {error}", USAGE) from error
    print(
        f"saved {len(kept)} plan(s) and {manifest} (owner-only; they hold secrets): "
        f"apply them with `ossiac deploy --from-plans {args.save_plans}{''.join(' ' + s for s in args.stacks)}`",
        file=sys.stderr,
    )
    return OK
