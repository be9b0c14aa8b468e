"""YAML reading that remembers where each key is, and refuses duplicate keys.

PyYAML silently keeps the last of two equal keys, which would drop what a user declared; and
pydantic errors carry key paths but not lines. So we build plain data ourselves from PyYAML's
node tree, recording the line of every mapping value and sequence item as we go.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from ossiac.config.problems import ConfigError, Problem

Location = tuple[str | int, ...]


class YamlDocument:
    def __init__(self, file: Path, data: Any, lines: dict[Location, int]):
        self.file = file
        self.data = data
        self._lines = lines

    def line_of(self, loc: Location) -> int | None:
        """The line of the deepest key in `loc` that the document has (errors may name missing keys)."""
        for end in range(len(loc), -1, -1):
            line = self._lines.get(tuple(loc[:end]))
            if line is not None:
                return line
        return None


def read_yaml(file: Path) -> YamlDocument:
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as error:
        raise ConfigError([Problem("", f"cannot read file: {error.strerror}", file)]) from error
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark else None
        raise ConfigError([Problem("", f"not valid YAML: {getattr(error, 'problem', error)}", file, line)]) from error
    lines: dict[Location, int] = {}
    problems: list[Problem] = []
    data = _to_data(node, (), lines, problems, file) if node is not None else {}
    if problems:
        raise ConfigError(problems)
    return YamlDocument(file, data, lines)


def _to_data(node: yaml.Node, loc: Location, lines: dict, problems: list[Problem], file: Path) -> Any:
    lines[loc] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = yaml.SafeLoader(" ").construct_object(key_node) if not isinstance(key_node, yaml.ScalarNode) else _scalar(key_node)
            if not isinstance(key, str):
                key = str(key)
            if key in result:
                problems.append(
                    Problem(_dotted(loc + (key,)), "duplicate key (each key may appear once)", file, key_node.start_mark.line + 1)
                )
                continue
            result[key] = _to_data(value_node, loc + (key,), lines, problems, file)
            lines[loc + (key,)] = key_node.start_mark.line + 1
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_to_data(item, loc + (index,), lines, problems, file) for index, item in enumerate(node.value)]
    return _scalar(node)


def _scalar(node: yaml.ScalarNode) -> Any:
    return yaml.SafeLoader(" ").construct_object(node, deep=True)


def _dotted(loc: Location) -> str:
    from ossiac.config.problems import format_path

    return format_path(loc)
