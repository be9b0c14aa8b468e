"""Stack files are read with libyaml (fast) only where it gives what PyYAML's own parser gives."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from harness import REPO_ROOT
from ossiac.config import yaml_source
from ossiac.config.problems import ConfigError


@pytest.mark.parametrize("name", ["media.yaml", "migration.yaml"])
def test_libyaml_and_pyyaml_read_the_same_data_and_lines(name, monkeypatch):
    fast = yaml_source.read_yaml(REPO_ROOT / "estate" / name)
    monkeypatch.delattr(yaml, "CSafeLoader")  # as on a PyYAML built without libyaml
    slow = yaml_source.read_yaml(REPO_ROOT / "estate" / name)
    assert fast.data == slow.data and fast._lines == slow._lines


@pytest.mark.slow
def test_a_document_nested_deeper_than_any_stack_file_is_refused_with_a_message(tmp_path: Path):
    # libyaml's composer recurses in C: a document like this would crash the process, not raise.
    deep = tmp_path / "deep.yaml"
    deep.write_text("stacks: " + "[" * 50_000 + "]" * 50_000 + "\n")
    with pytest.raises(ConfigError) as error:
        yaml_source.read_yaml(deep)
    assert "nested too deeply" in str(error.value)


def test_a_document_that_does_not_parse_is_described_in_pyyaml_words(tmp_path: Path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("stacks:\n  - name: a\n   region: cn-shanghai\n")
    with pytest.raises(ConfigError) as error:
        yaml_source.read_yaml(bad)
    problem = error.value.problems[0]
    assert problem.line == 3 and "not valid YAML" in problem.message
