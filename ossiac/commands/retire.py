"""`ossiac retire STACK --destroy|--forget`: end a stack whose stack file is gone, on purpose.

A stack file removed from the estate does not remove the stack: its state stays on the target and
`ossiac diff`/`drift`/`deploy` report it as orphaned. Retiring it is this explicit command:
`--destroy` deletes its resources (buckets with their objects included), `--forget` drops its state
and leaves the resources in the cloud, managed by nobody.
"""

from __future__ import annotations

import argparse
import sys

from ossiac.commands import options
from ossiac.exit_codes import OK, REFUSED, USAGE, CommandError
from ossiac.targets.selection import TargetError, selected_target
from ossiac.workflows.plan_runner import PlanError
from ossiac.workflows.retire import RetireError, retire


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("retire", help="destroy or forget a stack that has state but no stack file")
    parser.add_argument("stack", metavar="STACK")
    how = parser.add_mutually_exclusive_group(required=True)
    how.add_argument("--destroy", action="store_true", help="delete the stack's resources, then its state")
    how.add_argument("--forget", action="store_true", help="drop the stack's state; its resources stay, unmanaged")
    parser.add_argument(
        "--yes", action="store_true", help="with --destroy: delete without asking (needed without a terminal)"
    )
    options.add_target(parser)
    options.add_app_dir(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    try:
        message = retire(
            args.app_dir,
            selected_target(args.target),
            args.stack,
            destroy=args.destroy,
            approve=lambda what: args.yes or _confirmed(what),
        )
    except (TargetError, PlanError, RetireError) as error:
        raise CommandError(f"ossiac retire: {error}", REFUSED) from error
    print(message)
    return OK


def _confirmed(what: str) -> bool:
    """Ask on the terminal, as `localcloud reset` asks for --yes: a destroy is not undone."""
    if not sys.stdin.isatty():
        raise CommandError(f"ossiac retire: would {what}; no terminal to confirm on: add --yes", USAGE)
    print(f"ossiac retire: this will {what}.")
    return input("Type 'yes' to destroy: ").strip() == "yes"
