"""Fuzzing the loader with mutations of the example estate: drop, retype, duplicate and rename keys.

Whatever comes out must load, or be refused with problems that each name the file and say what is
wrong; never any other exception (a traceback for the user). Load only, no synth: derandomized, so
CI sees the same 200 files every run.
"""

from __future__ import annotations

import copy
import shutil
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings, strategies as st

from harness import REPO_ROOT
from ossiac.config.loader import load_stack_files
from ossiac.config.problems import ConfigError

ESTATE = {
    path.name: yaml.safe_load(path.read_text(encoding="utf-8"))
    for path in sorted((REPO_ROOT / "estate").glob("*.yaml"))
}

# Values of other types and of the kinds the loader must refuse cleanly.
ODD_VALUES = [
    None,
    True,
    0,
    -1,
    2**70,
    3.5,
    "",
    "x",
    "１２３",
    "name\n",
    "a\u0007b",
    [],
    ["x"],
    {},
    {"k": "v"},
    "../../../../etc/passwd",
    "cn-shanghia",
    "*",
    "${var.x}",
]


def _paths(node: object, loc: tuple = ()) -> list[tuple]:
    """Every location in the document: mapping keys and list items."""
    found = [loc]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, loc + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, loc + (index,))
    return found


def _parent(document: object, loc: tuple) -> object:
    for part in loc[:-1]:
        document = document[part]
    return document


@st.composite
def mutated_estate(draw) -> tuple[str, str]:
    """(file name, YAML text): one estate file with one to three mutations."""
    name = draw(st.sampled_from(sorted(ESTATE)))
    document = copy.deepcopy(ESTATE[name])
    duplicate_line = False
    for _ in range(draw(st.integers(1, 3))):
        locations = [loc for loc in _paths(document) if loc]
        if not locations:
            break
        loc = draw(st.sampled_from(locations))
        parent, last = _parent(document, loc), loc[-1]
        action = draw(st.sampled_from(["drop", "retype", "duplicate", "rename"]))
        if action == "drop":
            del parent[last]
        elif action == "retype":
            parent[last] = draw(st.sampled_from(ODD_VALUES))
        elif action == "duplicate" and isinstance(parent, list):
            parent.insert(last, copy.deepcopy(parent[last]))
        elif action == "duplicate":
            duplicate_line = True
        elif isinstance(parent, dict):
            typo = draw(st.sampled_from(["{}s", "{}_", "_{}", "{}X"]))
            parent[typo.format(last)] = parent.pop(last)
    text = yaml.safe_dump(document, sort_keys=False, allow_unicode=True)
    if duplicate_line:
        # A key written twice, which PyYAML alone would silently collapse into one.
        lines = text.splitlines(keepends=True)
        scalars = [i for i, line in enumerate(lines) if ": " in line and not line.rstrip().endswith(":")]
        if scalars:
            index = draw(st.sampled_from(scalars))
            lines.insert(index, lines[index])
        text = "".join(lines)
    return name, text


@settings(
    max_examples=200, deadline=None, derandomize=True, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(mutated_estate())
def test_a_mutated_estate_loads_or_is_refused_with_a_message(case):
    name, text = case
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        shutil.copytree(REPO_ROOT / "estate" / "site", root / "site")
        file = root / name
        file.write_text(text, encoding="utf-8")
        try:
            stacks = load_stack_files([file])
        except ConfigError as error:
            assert error.problems
            for problem in error.problems:
                assert problem.file == file, problem
                assert problem.message.strip(), problem
        else:
            assert stacks and all(stack.file == file for stack in stacks)
