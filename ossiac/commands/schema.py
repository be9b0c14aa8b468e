"""`ossiac schema`: print the stack-file JSON Schema (committed as schema/stack-file.schema.json)."""

from __future__ import annotations

import argparse
import sys

from ossiac.exit_codes import OK
from ossiac_props.json_schema import stack_file_schema_text


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "schema", help="print the JSON Schema of stack files (for editors and check-jsonschema)"
    )
    parser.set_defaults(handler=run)


def run(_: argparse.Namespace) -> int:
    sys.stdout.write(stack_file_schema_text())
    return OK
