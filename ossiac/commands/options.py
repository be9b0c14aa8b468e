"""The options several commands share, declared once: each builder adds one option, same name, choices and default.

A command passes its own `help` only where its wording says more than the shared one (what the option means there).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from ossiac.targets.selection import ENV, TARGETS
from ossiac.workflows import jobs

TARGET_HELP = f"default: ${ENV}, else local"
APP_DIR_HELP = "folder with cdktf.json (default: .)"


def add_target(parser: argparse.ArgumentParser, help: str = TARGET_HELP) -> None:
    parser.add_argument("--target", choices=TARGETS, help=help)


def add_app_dir(parser: argparse.ArgumentParser, help: str = APP_DIR_HELP) -> None:
    parser.add_argument("--app-dir", type=Path, default=Path("."), help=help)


def add_allow(parser: argparse.ArgumentParser, env: str | None = None) -> None:
    """--allow NAME (repeatable); `env` names the variable that allows more, where the command reads it."""
    also = f"; also ${env}" if env else ""
    parser.add_argument(
        "--allow",
        action="append",
        default=[],
        metavar="NAME",
        help=f"allow destroying/replacing this bucket, key or resource address (repeatable{also})",
    )


def add_assume_read_roles(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--assume-read-roles",
        action="store_true",
        help="plan each stack with its own read role (deploy_role.read_role), exchanging the GitHub Actions "
        "job's OIDC token with STS; for CI jobs with `permissions: id-token: write`",
    )


def add_jobs(parser: argparse.ArgumentParser) -> None:
    jobs.add_argument(parser)  # --jobs/-j and its parser live beside the worker pool that reads them


def add_format(parser: argparse.ArgumentParser, choices: Sequence[str], default: str = "text") -> None:
    parser.add_argument("--format", choices=tuple(choices), default=default)
