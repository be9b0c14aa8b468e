"""`ossiac`: the operator command line.

Each subcommand lives in its own module under `ossiac.commands` and exposes
`register(subparsers)`, which adds its parser and sets `handler` to a function taking the
parsed arguments and returning the exit code.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from ossiac import __version__

# Terraform tools phone home for version checks.
os.environ.setdefault("CHECKPOINT_DISABLE", "1")

COMMAND_MODULES = [
    "ossiac.commands.versions",
    "ossiac.commands.tf",
    "ossiac.commands.localcloud",
    "ossiac.commands.policy",
    "ossiac.commands.request",
    "ossiac.commands.scan",
    "ossiac.commands.diff",
    "ossiac.commands.deploy",
    "ossiac.commands.retire",
    "ossiac.commands.drift",
    "ossiac.commands.import_buckets",
    "ossiac.commands.schema",
    "ossiac.commands.report",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ossiac", description="Alibaba Cloud OSS estates as reviewed code.")
    parser.add_argument("--version", action="version", version=f"ossiac {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
