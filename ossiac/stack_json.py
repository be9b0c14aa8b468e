"""The one reader of synthesized Terraform JSON: `<stacks dir>/<stack>/cdk.tf.json`.

Synth writes these files (main.py, through cdktf). Everything that reads them back (planning, the
destroy guard, scan, the estate report, teardown, request simulation, the benchmark) comes through
here, so the file name, the folder layout and the error for a missing or damaged file are in one place.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ossiac.json_file import read_json

STACK_FILE = "cdk.tf.json"
RESYNTH = "synthesize again (`python main.py`)"


class StackJsonError(Exception):
    """A stack's JSON is missing or damaged; the message names the file."""


def stack_files(stacks_dir: Path) -> list[Path]:
    """Every stack's JSON under `stacks_dir` (cdktf.out/stacks), in stack-name order."""
    return sorted(stacks_dir.glob(f"*/{STACK_FILE}"))


def stack_dirs(stacks_dir: Path) -> list[Path]:
    return [path.parent for path in stack_files(stacks_dir)]


def load(path: Path) -> dict[str, Any]:
    """The document of a stack folder (`cdktf.out/stacks/<stack>`) or of a Terraform JSON file."""
    file = path if path.suffix == ".json" and not path.is_dir() else path / STACK_FILE
    document = read_json(file, StackJsonError, RESYNTH)
    if not isinstance(document, dict):
        raise StackJsonError(f"{file}: the top level is not a JSON object: {RESYNTH}")
    return document


def write(stack_dir: Path, document: dict[str, Any]) -> Path:
    """A (changed) copy of a stack's document, e.g. into a plan or teardown work folder."""
    stack_dir.mkdir(parents=True, exist_ok=True)
    file = stack_dir / STACK_FILE
    file.write_text(json.dumps(document, indent=2), encoding="utf-8")
    return file


def resources(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(type, name, body) of every resource, in the object form cdktf writes."""
    for resource_type, by_name in document.get("resource", {}).items():
        for name, body in by_name.items():
            yield resource_type, name, body
