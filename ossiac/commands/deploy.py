"""`ossiac deploy`: synthesize, plan each stack, guard the plans, then apply exactly what was planned."""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from ossiac.commands import options
from ossiac.exit_codes import OK, REFUSED, USAGE, CommandError
from ossiac.targets.selection import TargetError, selected_target
from ossiac.workflows import destroy_guard, jobs, saved_plans
from ossiac.workflows.deploy import deploy
from ossiac.workflows.plan_runner import PlanError


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "deploy", help="plan every stack, refuse destroying buckets or keys, apply the reviewed plans"
    )
    parser.add_argument(
        "stacks",
        nargs="*",
        metavar="STACK",
        help="stacks to deploy (default: every declared stack; with --from-plans, every saved plan)",
    )
    options.add_target(parser)
    options.add_allow(parser, env=destroy_guard.ALLOW_ENV)
    parser.add_argument("--verbose", action="store_true", help="print Terraform's full plan for each stack")
    options.add_app_dir(parser)
    parser.add_argument(
        "--from-plans",
        type=Path,
        metavar="DIR",
        help="apply exactly the plans `ossiac diff --save-plans DIR` saved, if the checkout, "
        "the state and the guard still agree with them; otherwise apply nothing",
    )
    parser.add_argument(
        "--check-inputs",
        action="store_true",
        help="with --from-plans: apply nothing; check what needs no cloud access (same stacks, same "
        "synthesized JSON, every plan file there) and print JSON: refused lines, stacks, "
        "stacks with changes; exit 1 when refused",
    )
    options.add_jobs(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    try:
        target = selected_target(args.target)
        parallel = jobs.parallel_jobs(args.jobs)
    except (TargetError, jobs.JobsError) as error:
        raise CommandError(f"ossiac deploy: {error}", USAGE) from error
    allowed = set(args.allow) | destroy_guard.allowed_from_env(os.environ)
    if args.check_inputs and not args.from_plans:
        raise CommandError("ossiac deploy: --check-inputs checks saved plans: give --from-plans DIR", USAGE)
    if args.from_plans:
        try:
            if args.check_inputs:
                return _check_inputs(args, target)
            return saved_plans.deploy_from_plans(
                args.app_dir,
                args.from_plans,
                target,
                allowed,
                stacks=args.stacks,
                say=lambda line: print(line, flush=True),
            )
        except (TargetError, saved_plans.SavedPlansError) as error:
            raise CommandError(f"ossiac deploy: {error}", USAGE) from error
    try:
        return deploy(
            args.app_dir,
            target,
            args.stacks,
            allowed,
            verbose=args.verbose,
            jobs=parallel,
            say=lambda line: print(line, flush=True),
        )
    except TargetError as error:
        raise CommandError(f"ossiac deploy: {error}", USAGE) from error


def _check_inputs(args: argparse.Namespace, target: str) -> int:
    """CI's first deploy job: fan out per stack only when every saved plan still matches the checkout."""
    if args.stacks:
        raise CommandError("ossiac deploy: --check-inputs checks every saved plan; name no stacks", USAGE)
    try:
        result = saved_plans.check_inputs(args.app_dir, args.from_plans, target)
    except PlanError as error:
        raise CommandError(f"ossiac deploy: {error}", USAGE) from error
    print(json.dumps(result, indent=2))
    return REFUSED if result["refused"] else OK
