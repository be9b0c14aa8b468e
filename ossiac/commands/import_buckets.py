"""`ossiac import`: declare existing buckets, as found, in a stack file; the next deploy adopts them.

Discovers the buckets on the target (the local cloud's records, or Alibaba Cloud through the
official OSS SDK), writes their declarations with `adopt: true` into the stack file (comments and
order kept; the stack is created when missing) and validates the file before writing it. The
deploy then imports each bucket and its setting resources with no changes to them. Exit codes:
0 written, 1 refused (nothing written), 2 bad usage.
"""

from __future__ import annotations

import argparse
import datetime
import sys
from pathlib import Path

from ossiac.commands import options
from ossiac.exit_codes import OK, REFUSED, USAGE, CommandError
from ossiac.importing.declaration import ImportProblem, as_found_reason, declaration
from ossiac.importing.stack_file_writer import add_buckets
from ossiac.targets.selection import ENV, TargetError, selected_target


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "import",
        help="declare existing buckets in a stack file and adopt them on deploy",
        description=__doc__.splitlines()[0].split(": ", 1)[1],
    )
    options.add_target(parser, help=f"where the buckets are (default: ${ENV}, else local)")
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--bucket", action="append", dest="buckets", metavar="NAME", help="a bucket (repeatable)")
    which.add_argument("--all", action="store_true", help="every bucket the target has")
    parser.add_argument("--stack", type=Path, required=True, metavar="FILE", help="the stack file to write")
    parser.add_argument(
        "--stack-name",
        metavar="NAME",
        help="the stack to add them to (created when missing; default: the file's only stack, else the file's name)",
    )
    parser.add_argument(
        "--region", help="alicloud: the region whose endpoint lists the buckets (default: $ALICLOUD_REGION)"
    )
    options.add_app_dir(
        parser, help="folder with cdktf.json, whose stacks' state says which buckets are managed (default: .)"
    )
    parser.set_defaults(handler=_run)


def _run(args) -> int:
    try:
        target = selected_target(args.target)
    except TargetError as error:
        raise CommandError(f"ossiac import: {error}", USAGE) from error
    names = None if args.all else list(dict.fromkeys(args.buckets))
    try:
        managed = _managed(args.app_dir, target)
        taken = [f"{name} (stack {managed[name]})" for name in names or [] if name in managed]
        if taken:
            raise ImportProblem(
                f"already managed by a stack on the {target} target: {', '.join(taken)}; "
                "a bucket is declared in one stack only"
            )
        skipped = []
        if args.all:
            # Buckets a stack already manages are not "existing buckets" to adopt (their
            # replication, keys and policies are the stack's own), so --all leaves them out.
            available = _available(target, args.region)
            skipped = sorted(available & set(managed))
            names = sorted(available - set(managed))
        for name in skipped:
            print(f"skipped {name}: already managed by stack {managed[name]!r}")
        found = _discover(target, names, args.region) if names else []
        if not found:
            raise ImportProblem(
                f"no buckets to import on the {target} target"
                + (" (every bucket there is managed by a stack)" if skipped else "")
            )
        today = datetime.date.today()
        declarations = [declaration(bucket, target, today) for bucket in found]
        planned = add_buckets(
            args.stack,
            args.stack_name,
            declarations,
            {b.name: b.region for b in found},
            header=f"Imported by `ossiac import --target {target}`: {as_found_reason(target, today)}",
        )
    except ImportProblem as error:
        raise CommandError(f"ossiac import: {error}", REFUSED) from error
    verb = "created stack" if planned.created_stack else "stack"
    print(
        f"declared {len(planned.buckets)} bucket(s) in {args.stack} ({verb} {planned.stack_name!r}): "
        f"{', '.join(planned.buckets)}"
    )
    for notice in planned.notices:
        print(f"note: {notice}")
    print(
        "The next deploy adopts them (import blocks, no changes). Review their `waivers` and "
        "`public_access_waiver` first."
    )
    return OK


def _managed(app_dir: Path, target: str) -> dict[str, str]:
    """Bucket name -> the stack whose state on the target holds it."""
    from ossiac.targets import inventory

    try:
        states = inventory.stacks_with_state(app_dir, target)
    except TargetError as error:
        # Without the stacks' states (e.g. no credentials for the state bucket) it cannot skip, and says so.
        print(
            f"ossiac import: warning: cannot read the stacks' state on the {target} target ({error}); "
            "buckets a stack already manages are not skipped",
            file=sys.stderr,
        )
        return {}
    return {bucket: stack for stack, state in sorted(states.items()) for bucket in state.buckets}


def _available(target: str, region: str | None) -> set[str]:
    if target == "local":
        from ossiac.importing import discover_local
        from ossiac.localcloud.location import cloud_dir
        from ossiac.localcloud.store import Store

        return set(discover_local.bucket_names(Store(cloud_dir())))
    from ossiac.importing import discover_alicloud

    return {name for name, _ in discover_alicloud.Client.from_environment(region).buckets()}


def _discover(target: str, names: list[str] | None, region: str | None):
    if target == "local":
        from ossiac.importing import discover_local
        from ossiac.localcloud.location import cloud_dir
        from ossiac.localcloud.store import Store

        return discover_local.discover(Store(cloud_dir()), names)
    from ossiac.importing import discover_alicloud

    return discover_alicloud.discover(discover_alicloud.Client.from_environment(region), names)
