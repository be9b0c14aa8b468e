"""`ossiac tf [--target T] -- <terraform args>`: Terraform against the selected target, in any folder.

Runs the bundled Terraform with the target's environment (see ossiac.targets.environment), so
hand-written `.tf` files work against the local cloud as well as synthesized stacks do.
"""

from __future__ import annotations

import argparse
import os

from ossiac.commands import options
from ossiac.exit_codes import REFUSED, CommandError
from ossiac.targets.selection import ENV, TargetError


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "tf",
        help="run Terraform against the selected target (local or alicloud)",
        description=__doc__.splitlines()[0].split(": ", 1)[1],
    )
    options.add_target(parser, help=f"target (default: ${ENV}, else local)")
    parser.add_argument("-C", "--chdir", help="run in this folder (default: the current one)")
    parser.add_argument("args", nargs=argparse.REMAINDER, help="arguments for terraform, after --")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ossiac import terraform_shim

    tf_args = args.args[1:] if args.args[:1] == ["--"] else args.args
    if args.chdir:
        os.chdir(args.chdir)
    from ossiac.targets.state_store import StateFileError

    try:
        return terraform_shim.exec_with_target(tf_args or ["-help"], args.target)
    except (TargetError, StateFileError) as exc:
        raise CommandError(f"ossiac tf: {exc}", REFUSED) from exc
