"""YAML reading that remembers where each key is, and refuses duplicate keys.

PyYAML silently keeps the last of two equal keys, which would drop what a user declared; and
pydantic errors carry key paths but not lines. So we build plain data ourselves from PyYAML's
node tree, recording the line of every mapping value and sequence item as we go.

The node tree comes from libyaml (PyYAML's C parser, ten times faster on a large estate) when the
document parses there and nests no deeper than MAX_C_DEPTH (libyaml's composer recurses in C, where
Python's recursion limit cannot stop it); otherwise from PyYAML's Python parser, whose messages are
the ones users see for a document that does not parse.

Aliases are followed when the data is built: `&a [x, x]`, `&b [*a, *a]`, ... doubles at each step,
so a file of a few hundred bytes can stand for a billion values and hold the process for hours.
The composed node tree shares each anchored node, so what the aliases expand to is counted there
first (one pass over the nodes the file holds) and a document over MAX_NODES is refused unbuilt.
Every YAML input (stack files, targets.yaml, policy and request files, the stack files
`ossiac import` edits) is read here, so none is exempt.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from ossiac.config.pages import encoding_problem
from ossiac.config.problems import ConfigError, Problem

Location = tuple[str | int, ...]
MAX_C_DEPTH = 200
# Values (mappings, lists, keys, scalars) a document may stand for once its aliases are followed.
# The largest estate the benchmark builds (1,000 fully featured buckets) is about 30,000.
MAX_NODES = 1_000_000
_STR = "tag:yaml.org,2002:str"
_OPENING = (yaml.MappingStartEvent, yaml.SequenceStartEvent)
_CLOSING = (yaml.MappingEndEvent, yaml.SequenceEndEvent)


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
        raw = file.read_bytes()
    except OSError as error:
        raise ConfigError([Problem("", f"cannot read file: {error.strerror or error}", file)]) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        message = f"not UTF-8 ({encoding_problem(raw, error)}); allowed: UTF-8 text (save the file as UTF-8)"
        raise ConfigError([Problem(_key_at_line(raw, line), message, file, line)]) from None
    try:
        node, size = _compose(text)
    except RecursionError:
        raise ConfigError(
            [Problem("", "nested too deeply to read; allowed: the stack file's own nesting", file)]
        ) from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise ConfigError(
            [
                Problem(
                    "",
                    f"not valid YAML: {getattr(error, 'problem', None) or error}",
                    file,
                    mark.line + 1 if mark else None,
                )
            ]
        ) from None
    if node is not None and (size if size is not None else expanded_size(node)) > MAX_NODES:
        raise ConfigError(
            [
                Problem(
                    "",
                    f"stands for more than {MAX_NODES:,} values once its aliases (*name) are followed, "
                    "which would take too long to read; allowed: at most "
                    f"{MAX_NODES:,} (write the values out, or alias fewer times)",
                    file,
                )
            ]
        )
    lines: dict[Location, int] = {}
    problems: list[Problem] = []
    try:
        data = _to_data(node, (), lines, problems, file) if node is not None else {}
    except RecursionError:
        raise ConfigError(
            [Problem("", "nested too deeply to read; allowed: the stack file's own nesting", file)]
        ) from None
    if problems:
        raise ConfigError(problems)
    return YamlDocument(file, data, lines)


def _compose(text: str) -> tuple[yaml.Node | None, int | None]:
    """The node tree, and how many values it stands for when libyaml's pass over the events already
    tells (a document without aliases stands for exactly its nodes); None: count with expanded_size."""
    fast = getattr(yaml, "CSafeLoader", None)
    if fast is not None:
        try:
            depth, nodes, aliased = _shape(text, fast)
            if depth <= MAX_C_DEPTH:
                return yaml.compose(text, Loader=fast), None if aliased else nodes
        except yaml.YAMLError:
            pass  # said below, in PyYAML's own words
    return yaml.compose(text, Loader=yaml.SafeLoader), None


def expanded_size(root: yaml.Node) -> int:
    """How many nodes `root` stands for with every alias followed, counted up to MAX_NODES + 1.

    One pass over the distinct nodes (a loop, no recursion): a shared node's size is computed once
    and added wherever it is used. An alias inside its own anchor counts once (`_to_data` refuses it).
    """
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()
    pending = [(root, False)]
    while pending:
        node, children_done = pending.pop()
        if children_done:
            open_nodes.discard(id(node))
            total = 1 + sum(sizes.get(id(child), 1) for child in _children(node))
            sizes[id(node)] = min(total, MAX_NODES + 1)
        elif id(node) not in sizes and id(node) not in open_nodes:
            open_nodes.add(id(node))
            pending.append((node, True))
            pending.extend((child, False) for child in _children(node))
    return sizes[id(root)]


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, yaml.SequenceNode):
        return node.value
    return []


def _shape(text: str, loader: type) -> tuple[int, int, bool]:
    """From libyaml's events (a loop, no recursion): how deep collections nest, how many nodes the
    document holds (each scalar, key included, and each collection), and whether it has an alias."""
    depth = deepest = nodes = 0
    aliased = False
    for event in yaml.parse(text, Loader=loader):
        if isinstance(event, _OPENING):
            depth += 1
            nodes += 1
            deepest = max(deepest, depth)
        elif isinstance(event, _CLOSING):
            depth -= 1
        elif isinstance(event, yaml.ScalarEvent):
            nodes += 1
        elif isinstance(event, yaml.AliasEvent):
            aliased = True
    return deepest, nodes, aliased


def _to_data(
    node: yaml.Node,
    loc: Location,
    lines: dict,
    problems: list[Problem],
    file: Path,
    open_nodes: frozenset = frozenset(),
) -> Any:
    lines[loc] = node.start_mark.line + 1
    if id(node) in open_nodes:  # an alias inside its own anchor: `&a [*a]` would never end
        problems.append(
            Problem(_dotted(loc), "an alias refers to a node that contains it; allowed: plain values", file, lines[loc])
        )
        return None
    inside = open_nodes | {id(node)}
    if isinstance(node, yaml.MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                problems.append(
                    Problem(
                        _dotted(loc),
                        "YAML merge keys (`<<`) are not supported; allowed: the keys written out",
                        file,
                        key_node.start_mark.line + 1,
                    )
                )
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                problems.append(
                    Problem(
                        _dotted(loc),
                        "a key must be a plain name, not a list or mapping",
                        file,
                        key_node.start_mark.line + 1,
                    )
                )
                continue
            key = _scalar(key_node, loc, problems, file)
            if not isinstance(key, str):
                key = str(key)
            if key in result:
                problems.append(
                    Problem(
                        _dotted(loc + (key,)),
                        "duplicate key (each key may appear once)",
                        file,
                        key_node.start_mark.line + 1,
                    )
                )
                continue
            result[key] = _to_data(value_node, loc + (key,), lines, problems, file, inside)
            lines[loc + (key,)] = key_node.start_mark.line + 1
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_to_data(item, loc + (index,), lines, problems, file, inside) for index, item in enumerate(node.value)]
    return _scalar(node, loc, problems, file)


def _scalar(node: yaml.Node, loc: Location, problems: list[Problem], file: Path) -> Any:
    """The value of a scalar; a tag YAML cannot construct (`!!int abc`, `!python/...`) is a problem."""
    if node.tag == _STR and isinstance(node, yaml.ScalarNode):
        return node.value  # what SafeConstructor makes of a string, without making one
    try:
        return yaml.constructor.SafeConstructor().construct_object(node, deep=True)
    except (yaml.YAMLError, ValueError, TypeError, OverflowError) as error:
        reason = getattr(error, "problem", None) or error
        problems.append(
            Problem(
                _dotted(loc),
                f"cannot read this value ({reason}); allowed: plain strings, numbers, booleans",
                file,
                node.start_mark.line + 1,
            )
        )
        return None


def _key_at_line(raw: bytes, line: int) -> str:
    """The key path on `line` of a file that is not UTF-8, read leniently only to name where it is."""
    try:
        node = yaml.compose(raw.decode("utf-8", errors="replace"), Loader=yaml.SafeLoader)
        if node is None or expanded_size(node) > MAX_NODES:
            return ""
        lines: dict[Location, int] = {}
        _to_data(node, (), lines, [], Path("."))
    except Exception:  # noqa: BLE001 - only a better message is at stake; the error stands anyway
        return ""
    on_line = [loc for loc, at in lines.items() if at == line]
    return _dotted(max(on_line, key=len)) if on_line else ""


def _dotted(loc: Location) -> str:
    from ossiac.config.problems import format_path

    return format_path(loc)
