"""Helpers over decoded cty values (None = null, UNKNOWN = unknown, lists/dicts) and schema blocks."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from ossiac.localprovider.cty import UNKNOWN


def block_elements(bt: dict, value: Any) -> list:
    if value is None or value is UNKNOWN:
        return []
    mode = bt["nesting_mode"]
    if mode in ("single", "group"):
        return [value]
    if mode == "map":
        return list(value.values())
    return list(value)


def walk(block: dict, obj: Any, fn: Callable[[dict, dict, str], None], prefix: str = "") -> None:
    """fn(block, obj, "a.b.") for the object and every nested block object, outermost first."""
    if not isinstance(obj, dict):
        return
    fn(block, obj, prefix)
    for name, bt in block.get("block_types", {}).items():
        for element in block_elements(bt, obj.get(name)):
            walk(bt["block"], element, fn, f"{prefix}{name}.")


def canon(v: Any, ty: Any) -> Any:
    """A comparable form; sets compare regardless of order."""
    if v is None:
        return ("null",)
    if v is UNKNOWN:
        return ("unknown",)
    if isinstance(ty, str):
        return ("v", json.dumps(v, sort_keys=True, default=str))
    kind, inner = ty
    if kind == "list":
        return ("l", tuple(canon(e, inner) for e in v))
    if kind == "set":
        return ("s", tuple(sorted((canon(e, inner) for e in v), key=repr)))
    if kind == "map":
        return ("m", tuple(sorted((k, canon(e, inner)) for k, e in v.items())))
    if kind == "object":
        return ("o", tuple((k, canon(v.get(k), t)) for k, t in sorted(inner.items())))
    return ("t", tuple(canon(e, t) for e, t in zip(v, inner, strict=True)))


def has_unknown(v: Any) -> bool:
    if v is UNKNOWN:
        return True
    if isinstance(v, dict):
        return any(has_unknown(e) for e in v.values())
    if isinstance(v, list):
        return any(has_unknown(e) for e in v)
    return False


def known(v: Any) -> bool:
    return v is not None and v is not UNKNOWN


def normalize(block: dict, obj: Any) -> Any:
    """Shape a value the way Terraform expects blocks: absent list/set blocks are [] (not null),
    map blocks {}, and every nested object has all its attributes (missing ones null)."""
    if not isinstance(obj, dict):
        return obj
    out = {name: obj.get(name) for name in block.get("attributes", {})}
    for name, bt in block.get("block_types", {}).items():
        v = obj.get(name)
        mode = bt["nesting_mode"]
        if v is UNKNOWN:
            out[name] = v
        elif mode in ("single", "group"):
            out[name] = normalize(bt["block"], v) if v is not None else None
        elif mode == "map":
            out[name] = {k: normalize(bt["block"], e) for k, e in (v or {}).items()}
        else:
            out[name] = [normalize(bt["block"], e) for e in (v or [])]
    return out


def resolve_nested_unknowns(block: dict, obj: dict) -> None:
    """After the cloud answered: computed values inside nested blocks it did not report are null."""

    def fill(b: dict, o: dict, _prefix: str) -> None:
        for name in b.get("attributes", {}):
            if o.get(name) is UNKNOWN:
                o[name] = None

    for name, bt in block.get("block_types", {}).items():
        for element in block_elements(bt, obj.get(name)):
            walk(bt["block"], element, fill)


def strip_unknowns(v: Any) -> Any:
    """Unknown -> null, recursively (for values handed to the cloud)."""
    if v is UNKNOWN:
        return None
    if isinstance(v, dict):
        return {k: strip_unknowns(e) for k, e in v.items()}
    if isinstance(v, list):
        return [strip_unknowns(e) for e in v]
    return v
