"""What a reviewer reads for each changed attribute: its path and `old -> new`, shortened and masked.

Walks a plan entry's before/after with Terraform's after_unknown and before/after_sensitive
structures (which mirror the values). Nested blocks (lists of objects) are walked element by
element, so a lifecycle rule's days show as `lifecycle_rule.0.expiration.0.days: 2 -> 5`; lists
of plain values (CORS origins) are shown whole, so an added origin is visible in the new list.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

SENSITIVE = "(sensitive)"
UNKNOWN = "(known after apply)"
ABSENT = "(none)"
MAX_VALUE = 80
"""Characters of a rendered value kept before it is shortened (policies and lists can be kilobytes)."""

_EMPTY: tuple[object, ...] = (None, [], {}, "")


@dataclass(frozen=True)
class ValueChange:
    path: str
    """Dotted path, list elements by index: `cors_rule.0.allowed_origins`."""
    old: str
    new: str

    def __str__(self) -> str:
        return f"{self.path}: {self.old} -> {self.new}"


def value_changes(change: dict) -> list[ValueChange]:
    """The changed attributes of one plan entry's `change` object (resource_changes or resource_drift)."""
    return _walk(change.get("before"), change.get("after"), change.get("after_unknown"),
                 change.get("before_sensitive"), change.get("after_sensitive"), "")


def shorten(value: Any) -> str:
    text = json.dumps(value, sort_keys=True, ensure_ascii=False)
    if len(text) <= MAX_VALUE:
        return text
    return f"{text[:MAX_VALUE - 1]}… ({len(text)} chars)"


def _walk(before: Any, after: Any, unknown: Any, before_sensitive: Any, after_sensitive: Any,
          path: str) -> list[ValueChange]:
    if before_sensitive is True or after_sensitive is True:
        if unknown is True or not _same(before, after):
            old = SENSITIVE if before_sensitive is True else _show(before)
            new = UNKNOWN if unknown is True else SENSITIVE if after_sensitive is True else _show(after)
            return [ValueChange(path, old, new)]
        return []
    if unknown is True:
        return [ValueChange(path, _show(before), UNKNOWN)]
    if isinstance(before, dict) and isinstance(after, dict):
        found = []
        for key in sorted(set(before) | set(after)):
            found += _walk(before.get(key), after.get(key), _at(unknown, key), _at(before_sensitive, key),
                           _at(after_sensitive, key), f"{path}.{key}" if path else key)
        return found
    if _blocks(before) and _blocks(after):
        found = []
        for index in range(max(len(before), len(after))):
            found += _walk(_at(before, index), _at(after, index), _at(unknown, index), _at(before_sensitive, index),
                           _at(after_sensitive, index), f"{path}.{index}" if path else str(index))
        return found
    if _same(before, after) and not _has_unknown(unknown):
        return []
    if _has_sensitive(before_sensitive) or _has_sensitive(after_sensitive):
        # A whole block appears or goes and something inside it is secret: mask the block.
        return [ValueChange(path, SENSITIVE if before is not None else ABSENT, SENSITIVE if after is not None else ABSENT)]
    return [ValueChange(path, _show(before), _show(after) if not _has_unknown(unknown) else f"{_show(after)} {UNKNOWN}")]


def _same(before: Any, after: Any) -> bool:
    return before == after or (before in _EMPTY and after in _EMPTY)


def _show(value: Any) -> str:
    return ABSENT if value is None else shorten(value)


def _blocks(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(item, dict) for item in value)


def _at(container: Any, key: Any) -> Any:
    if isinstance(container, dict):
        return container.get(key)
    if isinstance(container, list) and isinstance(key, int) and key < len(container):
        return container[key]
    return None


def _has_unknown(unknown: Any) -> bool:
    if unknown is True:
        return True
    if isinstance(unknown, dict):
        return any(_has_unknown(v) for v in unknown.values())
    if isinstance(unknown, list):
        return any(_has_unknown(v) for v in unknown)
    return False


_has_sensitive = _has_unknown  # the same shape: true somewhere inside
