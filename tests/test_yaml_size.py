"""read_yaml's budget of values (MAX_NODES) is counted from libyaml's events when a document has no
aliases, instead of walking the node tree again: the count must be the walk's, and the budget holds."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

from harness import REPO_ROOT
from ossiac.config import yaml_source
from ossiac.config.problems import ConfigError

sys.path.insert(0, str(REPO_ROOT / "bench"))
from estate import estate_yaml  # noqa: E402

PLAIN = [
    "stacks: []\n",
    "a: 1\nb: [1, 2, {c: d, e: [f]}]\nempty:\n",
    "anchored: &a {x: 1}\nnot-aliased: {x: 2}\n",
    "text: |\n  one\n  two\nfolded: >\n  three\n",
    "- x\n- - y\n  - {}\n  - []\n",
    "? [complex, key]\n: value\n",
]


@pytest.mark.parametrize(
    "text", PLAIN + [estate_yaml(200, 4)] + [p.read_text() for p in sorted((REPO_ROOT / "estate").glob("*.yaml"))]
)
def test_the_count_from_the_events_is_the_walks(text: str) -> None:
    node, size = yaml_source._compose(text)
    assert node is not None and size is not None
    assert size == yaml_source.expanded_size(node)


def test_a_document_with_an_alias_is_counted_by_the_walk() -> None:
    node, size = yaml_source._compose("a: &a [1, 2]\nb: [*a, *a]\n")
    assert size is None and yaml_source.expanded_size(node) == 13  # map, a, [1, 2] (3), b, [*a, *a] (1 + 3 + 3)


@pytest.mark.parametrize("text", ["values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\n", "a: &a [1, 2, 3, 4]\nb: [*a, *a]\n"])
def test_the_budget_holds_with_and_without_aliases(text: str, tmp_path: Path, monkeypatch) -> None:
    file = tmp_path / "stacks.yaml"
    file.write_text(text)
    assert yaml_source.read_yaml(file).data  # within the budget
    monkeypatch.setattr(yaml_source, "MAX_NODES", 10)
    with pytest.raises(ConfigError) as error:
        yaml_source.read_yaml(file)
    assert "stands for more than 10 values" in str(error.value)


def test_without_libyaml_the_walk_counts(monkeypatch) -> None:
    monkeypatch.delattr(yaml, "CSafeLoader")  # as on a PyYAML built without libyaml
    node, size = yaml_source._compose("a: [1, 2]\n")
    assert size is None and yaml_source.expanded_size(node) == 5
