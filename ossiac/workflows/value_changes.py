"""What a reviewer reads for each changed value: its path and what happened to it, matched as Terraform's renderer does.

One engine for text, markdown, JSON and the picture. It walks a plan entry's before/after with
Terraform's after_unknown and before/after_sensitive structures (which mirror the values), guided by
the provider schema (value_shapes):
- a set is compared by content: equal elements are unchanged; an element identified by a key
  (a lifecycle rule's `id`, a transition's storage class) shows as one element changed, any
  other as one removed and one added;
- a list is matched by identity where its elements have one, else by longest common subsequence
  with the unmatched objects in between paired, so a CORS rule inserted in the middle is one added
  rule, not a change to every rule after it;
- a string holding a JSON object or list (a policy document, an alarm's `metric_dimensions`) is
  compared structurally, so the bucket appended to a shared alarm is the one line shown.
Values keep their JSON type and are never shortened; secrets are masked and unknowns marked.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ossiac.workflows.value_shapes import INFERRED, Shape, resource_shape

SENSITIVE = "(sensitive)"
UNKNOWN = "(known after apply)"
ABSENT = "(none)"

_EMPTY: tuple[object, ...] = (None, [], {}, "")


@dataclass(frozen=True)
class ValueChange:
    path: str
    """`lifecycle_rule[id="logs"].transitions[storage_class="Archive"].days`; list positions as `[2]`."""
    old: Any = None
    """The value before, with its JSON type (None: absent); masked or marked parts replaced by the markers."""
    new: Any = None
    action: str = "change"
    """change, add (an element or entry that was not there) or remove."""
    old_mark: str = ""
    """`sensitive` when the old value is secret (then `old` is None)."""
    new_mark: str = ""
    """`sensitive`, or `unknown` when the new value is known only after apply (then `new` is None)."""

    @property
    def old_text(self) -> str:
        return _text(self.old, self.old_mark)

    @property
    def new_text(self) -> str:
        return _text(self.new, self.new_mark)

    def __str__(self) -> str:
        if self.action == "add":
            return f"{self.path}: + {self.new_text}"
        if self.action == "remove":
            return f"{self.path}: - {self.old_text}"
        return f"{self.path}: {self.old_text} -> {self.new_text}"

    def to_json(self) -> dict[str, Any]:
        """For `--format json`: values as JSON values (null: absent), marks only where there are any."""
        shown: dict[str, Any] = {"path": self.path, "action": self.action, "old": self.old, "new": self.new}
        if self.old_mark:
            shown["old_mark"] = self.old_mark
        if self.new_mark:
            shown["new_mark"] = self.new_mark
        return shown


def top_attribute(path: str) -> str:
    """The resource attribute a change is in: `lifecycle_rule` of `lifecycle_rule[id="x"].prefix`."""
    for index, char in enumerate(path):
        if char in ".[":
            return path[:index]
    return path


def value_changes(change: dict, resource_type: str | None = None) -> list[ValueChange]:
    """The changed values of one plan entry's `change` object (resource_changes or resource_drift)."""
    shape = resource_shape(resource_type) if resource_type else INFERRED
    return _Walk(change.get("after_unknown"), change.get("before_sensitive"), change.get("after_sensitive")).diff(
        change.get("before"), change.get("after"), shape, ""
    )


@dataclass(frozen=True)
class _Marks:
    """The unknown and sensitive structures at one place in the value."""

    unknown: Any = None
    before_sensitive: Any = None
    after_sensitive: Any = None

    def at(self, before_key: Any, after_key: Any = None) -> _Marks:
        after_key = before_key if after_key is None else after_key
        return _Marks(
            _at(self.unknown, after_key), _at(self.before_sensitive, before_key), _at(self.after_sensitive, after_key)
        )


class _Walk:
    def __init__(self, unknown: Any, before_sensitive: Any, after_sensitive: Any) -> None:
        self.root = _Marks(unknown, before_sensitive, after_sensitive)

    def diff(self, before: Any, after: Any, shape: Shape, path: str, marks: _Marks | None = None) -> list[ValueChange]:
        marks = self.root if marks is None else marks
        if marks.before_sensitive is True or marks.after_sensitive is True:
            if marks.unknown is True or not _same(before, after):
                return [
                    ValueChange(
                        path,
                        None if marks.before_sensitive is True else _shown(before),
                        None if marks.after_sensitive is True or marks.unknown is True else _shown(after),
                        old_mark="sensitive" if marks.before_sensitive is True else "",
                        new_mark="unknown"
                        if marks.unknown is True
                        else "sensitive"
                        if marks.after_sensitive is True
                        else "",
                    )
                ]
            return []
        if marks.unknown is True:
            return [ValueChange(path, _display(before, None, marks.before_sensitive), None, new_mark="unknown")]
        if _same(before, after) and not _has_true(marks.unknown):
            return []
        kind = shape.kind
        if kind == "any":
            kind = (
                "object"
                if isinstance(before, dict) or isinstance(after, dict)
                else "list"
                if isinstance(before, list) or isinstance(after, list)
                else "scalar"
            )
        if kind in ("object", "map") and _maybe(before, dict) and _maybe(after, dict):
            return self._object(before or {}, after or {}, shape, path, marks, kind)
        if kind in ("set", "list") and _maybe(before, list) and _maybe(after, list):
            if shape.single and len(before or []) <= 1 and len(after or []) <= 1 and before and after:
                return self.diff(before[0], after[0], shape.element or INFERRED, path, marks.at(0))
            if kind == "set":
                return self._set(before or [], after or [], shape, path, marks)
            return self._list(before or [], after or [], shape, path, marks)
        inner = _json_container(before), _json_container(after)
        if inner[0] is not None and inner[1] is not None:
            # A JSON document in a string: no marks reach inside it (the whole string is one value).
            return _Walk(None, None, None).diff(inner[0], inner[1], INFERRED, path)
        return [
            ValueChange(
                path,
                _display(before, None, marks.before_sensitive),
                _display(after, marks.unknown, marks.after_sensitive),
            )
        ]

    def _object(
        self, before: dict, after: dict, shape: Shape, path: str, marks: _Marks, kind: str
    ) -> list[ValueChange]:
        found = []
        for key in sorted(set(before) | set(after)):
            inner = shape.attributes.get(key) or (shape.element if kind == "map" else None) or INFERRED
            child = f"{path}.{key}" if path else key
            if kind == "map" and (key not in before or key not in after):
                found.append(self._whole(before.get(key), after.get(key), child, marks.at(key)))
            else:
                found += self.diff(before.get(key), after.get(key), inner, child, marks.at(key))
        return found

    def _set(self, before: list, after: list, shape: Shape, path: str, marks: _Marks) -> list[ValueChange]:
        element = shape.element or INFERRED
        left, right = list(range(len(before))), list(range(len(after)))
        for i in list(left):  # equal elements are the same element, wherever the provider listed them
            match = next((j for j in right if self._equal(before, after, i, j, marks)), None)
            if match is not None:
                left.remove(i)
                right.remove(match)
        found: list[ValueChange] = []
        keyed = _by_key(before, left, shape.key), _by_key(after, right, shape.key)
        if keyed[0] is not None and keyed[1] is not None:
            order = sorted(set(keyed[0]) | set(keyed[1]), key=json.dumps)
            return self._by_keys(before, after, (keyed[0], keyed[1]), order, shape, path, marks)
        if len(before) == len(after) == 1 and left and right:
            # The set's only element changed: nothing else it could be.
            return self.diff(before[0], after[0], element, path, marks.at(0))
        found += [self._element(before, after, i, None, path, marks) for i in left]
        found += [self._element(before, after, None, j, path, marks) for j in right]
        return found

    def _by_keys(
        self,
        before: list,
        after: list,
        keyed: tuple[dict, dict],
        order: list,
        shape: Shape,
        path: str,
        marks: _Marks,
    ) -> list[ValueChange]:
        """Elements matched by their key (`keyed`: key value -> index, before and after), in `order`."""
        found: list[ValueChange] = []
        for value in order:
            child = f"{path}[{shape.key}={json.dumps(value, ensure_ascii=False)}]"
            i, j = keyed[0].get(value), keyed[1].get(value)
            if i is not None and j is not None:
                found += self.diff(before[i], after[j], shape.element or INFERRED, child, marks.at(i, j))
            else:
                found.append(self._element(before, after, i, j, child, marks))
        return found

    def _list(self, before: list, after: list, shape: Shape, path: str, marks: _Marks) -> list[ValueChange]:
        element = shape.element or INFERRED
        keyed = _by_key(before, range(len(before)), shape.key), _by_key(after, range(len(after)), shape.key)
        if keyed[0] is not None and keyed[1] is not None:
            order = [*keyed[0], *[v for v in keyed[1] if v not in keyed[0]]]
            return self._by_keys(before, after, (keyed[0], keyed[1]), order, shape, path, marks)
        found: list[ValueChange] = []
        for i, j in _aligned(before, after, lambda i, j: self._equal(before, after, i, j, marks)):
            at = path if shape.single else f"{path}[{j if j is not None else i}]"  # one block: no index
            if i is not None and j is not None:
                found += self.diff(before[i], after[j], element, at, marks.at(i, j))
            else:
                found.append(self._element(before, after, i, j, at, marks))
        return found

    def _equal(self, before: list, after: list, i: int, j: int, marks: _Marks) -> bool:
        inner = marks.at(i, j)
        return (
            _normal(before[i]) == _normal(after[j])
            and not _has_true(inner.unknown)
            and _has_true(inner.before_sensitive) == _has_true(inner.after_sensitive)
        )

    def _element(
        self, before: list, after: list, i: int | None, j: int | None, path: str, marks: _Marks
    ) -> ValueChange:
        """An element only before (removed) or only after (added): one of i and j is None."""
        if j is None:
            return ValueChange(path, _display(before[i or 0], None, _at(marks.before_sensitive, i)), None, "remove")
        return ValueChange(path, None, _display(after[j], _at(marks.unknown, j), _at(marks.after_sensitive, j)), "add")

    def _whole(self, before: Any, after: Any, path: str, marks: _Marks) -> ValueChange:
        if after is None:
            return ValueChange(path, _display(before, None, marks.before_sensitive), None, "remove")
        return ValueChange(path, None, _display(after, marks.unknown, marks.after_sensitive), "add")


def _aligned(before: list, after: list, equal: Callable[[int, int], bool]) -> list[tuple[int | None, int | None]]:
    """Terraform's list matching: the longest common subsequence stays (and is left out: nothing to
    show); between its elements, removed and added objects are paired in order (an object changed in
    place), the rest removed or added."""
    n, m = len(before), len(after)
    # The same elements at the start and the end need no table (a bucket appended to 1,000 is linear).
    start = 0
    while start < min(n, m) and equal(start, start):
        start += 1
    end = 0
    while end < min(n, m) - start and equal(n - 1 - end, m - 1 - end):
        end += 1
    table = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - end - 1, start - 1, -1):
        for j in range(m - end - 1, start - 1, -1):
            table[i][j] = table[i + 1][j + 1] + 1 if equal(i, j) else max(table[i + 1][j], table[i][j + 1])
    common = [(k, k) for k in range(start)]
    i, j = start, start
    while i < n - end and j < m - end:
        if equal(i, j):
            common.append((i, j))
            i, j = i + 1, j + 1
        elif table[i + 1][j] >= table[i][j + 1]:
            i += 1
        else:
            j += 1
    common += [(n - end + k, m - end + k) for k in range(end)]
    pairs: list[tuple[int | None, int | None]] = []
    i = j = 0
    for ci, cj in [*common, (n, m)]:
        gone, new = list(range(i, ci)), list(range(j, cj))
        while gone and new and isinstance(before[gone[0]], dict) and isinstance(after[new[0]], dict):
            pairs.append((gone.pop(0), new.pop(0)))
        pairs += [(k, None) for k in gone] + [(None, k) for k in new]
        i, j = ci + 1, cj + 1
    return pairs


def _by_key(values: list, indices: Any, key: str | None) -> dict[Any, int] | None:
    """Index of each element by its key value, or None unless every element has a distinct one."""
    if key is None:
        return None
    found: dict[Any, int] = {}
    for index in indices:
        value = values[index].get(key) if isinstance(values[index], dict) else None
        if value in _EMPTY or not isinstance(value, str | int | float) or value in found:
            return None
        found[value] = index
    return found


def _text(value: Any, mark: str) -> str:
    if mark == "sensitive":
        return SENSITIVE
    if mark == "unknown":
        return UNKNOWN
    return ABSENT if value is None else json.dumps(value, sort_keys=True, ensure_ascii=False)


def _display(value: Any, unknown: Any, sensitive: Any) -> Any:
    """The value as shown: secret or unknown parts replaced by their markers, unset (null) entries left out."""
    if sensitive is True:
        return SENSITIVE
    if unknown is True:
        return UNKNOWN
    if isinstance(value, dict) or isinstance(unknown, dict):
        value = value or {}
        keys = set(value) | {k for k, v in (unknown or {}).items() if _has_true(v)}
        shown = {k: _display(value.get(k), _at(unknown, k), _at(sensitive, k)) for k in sorted(keys)}
        return {k: v for k, v in shown.items() if v is not None}
    if isinstance(value, list):
        return [_display(item, _at(unknown, i), _at(sensitive, i)) for i, item in enumerate(value)]
    return value


def _shown(value: Any) -> Any:
    return _display(value, None, None)


def _same(before: Any, after: Any) -> bool:
    return before == after or (before in _EMPTY and after in _EMPTY) or _normal(before) == _normal(after)


def _normal(value: Any) -> Any:
    """For comparing: an unset entry (null, empty) is the same as a missing one."""
    if isinstance(value, dict):
        return {k: _normal(v) for k, v in value.items() if v not in _EMPTY}
    if isinstance(value, list):
        return [_normal(item) for item in value]
    return value


def _maybe(value: Any, kind: type) -> bool:
    return value is None or isinstance(value, kind)


def _json_container(value: Any) -> Any:
    """The parsed document of a string holding a JSON object or list; None for any other value."""
    if not isinstance(value, str) or not value.lstrip().startswith(("{", "[")):
        return None
    try:
        parsed = json.loads(value)
    except ValueError:
        return None
    return parsed if isinstance(parsed, dict | list) else None


def _at(container: Any, key: Any) -> Any:
    if isinstance(container, dict):
        return container.get(key)
    if isinstance(container, list) and isinstance(key, int) and 0 <= key < len(container):
        return container[key]
    return None


def _has_true(marks: Any) -> bool:
    """True somewhere inside an unknown or sensitive structure."""
    if marks is True:
        return True
    if isinstance(marks, dict):
        return any(_has_true(v) for v in marks.values())
    if isinstance(marks, list):
        return any(_has_true(v) for v in marks)
    return False
