"""`ossiac`: the operator command line.

Each subcommand lives in its own module under `ossiac.commands` and exposes
`register(subparsers)`, which adds its parser (shared options come from ossiac.commands.options)
and sets `handler` to a function taking the parsed arguments and returning an exit code from
ossiac.exit_codes; an expected failure raises exit_codes.CommandError, which main prints and maps.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from ossiac import __version__, exit_codes

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
    "ossiac.commands.atlantis",
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
    """Every expected failure is one line and a documented exit code (docs/exit-codes.md)."""
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        if not getattr(args, "handler", None):
            parser.print_help()
            return exit_codes.USAGE
        code = args.handler(args)
        sys.stdout.flush()  # inside the try: a reader gone before the last write is a closed pipe too
        return code
    except exit_codes.CommandError as error:
        print(error.message, file=sys.stderr)
        return error.code
    except BrokenPipeError:
        return exit_codes.quiet_closed_pipe()
    except KeyboardInterrupt:
        print("ossiac: interrupted", file=sys.stderr)
        return exit_codes.INTERRUPTED
    except Exception as error:  # noqa: BLE001 - expected failures are handled where they happen
        from ossiac.config.loader import LoadCrash

        if isinstance(error, LoadCrash) and not exit_codes.show_traceback():
            print(exit_codes.internal_error(str(error.file), error.error), file=sys.stderr)
            return exit_codes.INTERNAL
        known = expected_failure(error)
        if known is not None:
            print(f"ossiac: {known}", file=sys.stderr)
            return exit_codes.REFUSED
        if exit_codes.show_traceback():
            raise
        print(
            exit_codes.internal_error(f"`ossiac {' '.join(argv if argv is not None else sys.argv[1:])}`", error),
            file=sys.stderr,
        )
        return exit_codes.INTERNAL


def expected_failure(error: Exception) -> str | None:
    """What the environment did wrong (missing config, no network, bad credentials), in one line."""
    from ossiac.config.problems import ConfigError
    from ossiac.stack_json import StackJsonError
    from ossiac.targets.selection import TargetError

    if isinstance(error, (TargetError, ConfigError, StackJsonError)):
        return str(error)
    if isinstance(error, (ConnectionError, TimeoutError)) or type(error).__module__.startswith(
        ("urllib3", "requests", "alibabacloud")
    ):
        first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        return f"cannot reach the cloud or was refused by it ({type(error).__name__}: {first[:300]})"
    return None


if __name__ == "__main__":
    sys.exit(main())
