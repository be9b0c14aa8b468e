"""cty values <-> Python, over Terraform's msgpack wire format.

Types are the JSON type specs of `terraform providers schema -json`:
"string" | "number" | "bool" | "dynamic" | ["list", T] | ["set", T] | ["map", T]
| ["object", {name: T}] | ["tuple", [T...]].

Python representation: None = null, UNKNOWN = unknown, str/int/float/bool,
list (list, set, tuple), dict (map, object).
"""

from __future__ import annotations

import json
from typing import Any

import msgpack


class _Unknown:
    __slots__ = ()

    def __repr__(self) -> str:
        return "UNKNOWN"

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


UNKNOWN = _Unknown()

# cty msgpack: unknown = extension 0 (payload ignored); refined unknown = extension 12
# (payload: msgpack map of refinements, which we drop — legal, it only loses precision).
_EXT_UNKNOWN = 0
_EXT_REFINED_UNKNOWN = 12


def _ext_hook(code: int, data: bytes):
    if code in (_EXT_UNKNOWN, _EXT_REFINED_UNKNOWN):
        return UNKNOWN
    return msgpack.ExtType(code, data)


def decode(raw: bytes, ty: Any) -> Any:
    if not raw:
        return None
    return _from_wire(msgpack.unpackb(raw, ext_hook=_ext_hook, raw=False, strict_map_key=False), ty)


def _from_wire(v: Any, ty: Any) -> Any:
    if v is None or v is UNKNOWN:
        return v
    if ty == "dynamic":
        # DynamicPseudoType: [json-encoded type, value]
        real_ty = json.loads(v[0])
        return {"__cty_dynamic__": real_ty, "value": _from_wire(v[1], real_ty)}
    if ty == "number":
        if isinstance(v, str):  # big numbers travel as strings
            return float(v) if any(c in v for c in ".eE") else int(v)
        return v
    if isinstance(ty, str):
        return v
    kind, inner = ty
    if kind in ("list", "set"):
        return [_from_wire(e, inner) for e in v]
    if kind == "map":
        return {k: _from_wire(e, inner) for k, e in v.items()}
    if kind == "object":
        return {k: _from_wire(v.get(k), at) for k, at in inner.items()}
    if kind == "tuple":
        return [_from_wire(e, et) for e, et in zip(v, inner, strict=True)]
    raise ValueError(f"unknown cty type {ty!r}")


def encode(value: Any, ty: Any) -> bytes:
    return msgpack.packb(_to_wire(value, ty), use_bin_type=True)


def _to_wire(v: Any, ty: Any) -> Any:
    if v is UNKNOWN:
        return msgpack.ExtType(_EXT_UNKNOWN, b"")
    if v is None:
        return None
    if ty == "dynamic":
        if isinstance(v, dict) and "__cty_dynamic__" in v:
            real = v["__cty_dynamic__"]
            return [json.dumps(real, separators=(",", ":")).encode(), _to_wire(v["value"], real)]
        real = infer_type(v)
        return [json.dumps(real, separators=(",", ":")).encode(), _to_wire(v, real)]
    if ty == "number":
        if isinstance(v, float) and v.is_integer():
            return int(v)
        return v
    if ty == "string":
        return str(v)
    if ty == "bool":
        return bool(v)
    kind, inner = ty
    if kind in ("list", "set"):
        return [_to_wire(e, inner) for e in v]
    if kind == "map":
        return {k: _to_wire(e, inner) for k, e in v.items()}
    if kind == "object":
        # every attribute must be present on the wire, null if absent
        return {k: _to_wire(v.get(k), at) for k, at in inner.items()}
    if kind == "tuple":
        return [_to_wire(e, et) for e, et in zip(v, inner, strict=True)]
    raise ValueError(f"unknown cty type {ty!r}")


def infer_type(v: Any) -> Any:
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, (int, float)):
        return "number"
    if isinstance(v, str):
        return "string"
    if isinstance(v, list):
        return ["tuple", [infer_type(e) for e in v]]
    if isinstance(v, dict):
        return ["object", {k: infer_type(e) for k, e in v.items()}]
    return "dynamic"


def from_json(v: Any, ty: Any) -> Any:
    """Coerce a JSON value (state file / RawState.json) to the type (fills missing object attrs)."""
    return _from_wire(v, ty)


def block_type(block: dict) -> Any:
    """Implied cty object type of a schema block (attributes + nested blocks)."""
    attrs = {n: a["type"] for n, a in block.get("attributes", {}).items()}
    for n, bt in block.get("block_types", {}).items():
        inner = block_type(bt["block"])
        mode = bt["nesting_mode"]
        if mode in ("single", "group"):
            attrs[n] = inner
        elif mode == "list":
            attrs[n] = ["list", inner]
        elif mode == "set":
            attrs[n] = ["set", inner]
        elif mode == "map":
            attrs[n] = ["map", inner]
        else:
            raise ValueError(mode)
    return ["object", attrs]
