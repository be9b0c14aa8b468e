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
    return _decoder(ty)(msgpack.unpackb(raw, ext_hook=_ext_hook, raw=False, strict_map_key=False))


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
    return msgpack.packb(_encoder(ty)(value), use_bin_type=True)


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
    return _decoder(ty)(v)


# --- compiled converters ----------------------------------------------------------------------
# _from_wire and _to_wire above say what a conversion is; these do the same, faster. A plan calls
# them for every value of every resource (thousands of calls), and walking the type afresh each
# time (comparing type names, unpacking) was half the provider's own work per call. So each type
# is turned once into a function, and values of types that need no conversion (strings, bools)
# are taken as they are, without a call. Keyed by the type object's identity: the types are the
# schema's, built once per process; a type built for one call only falls back to the walk.
_Fn = Any  # Callable[[Any], Any] | None (None: the value as it is)
_DECODERS: dict[int, tuple[Any, _Fn]] = {}
_ENCODERS: dict[int, tuple[Any, _Fn]] = {}
_CACHE_LIMIT = 20000


def _cached(cache: dict, ty: Any, build) -> Any:
    if isinstance(ty, str):
        return build(ty)
    hit = cache.get(id(ty))
    if hit is not None and hit[0] is ty:
        return hit[1]
    fn = build(ty)
    if len(cache) < _CACHE_LIMIT:
        cache[id(ty)] = (ty, fn)  # holding ty keeps its id from being reused
    return fn


def prepare(ty: Any) -> None:
    """Build the type's converters now (the warm process does, once for every fork it makes)."""
    _decoder(ty)
    _encoder(ty)


def _decoder(ty: Any):
    fn = _cached(_DECODERS, ty, _build_decoder)
    return fn if fn is not None else _identity


def _identity(v: Any) -> Any:
    return v


def _number_from_wire(v: Any) -> Any:
    if isinstance(v, str):
        return float(v) if any(c in v for c in ".eE") else int(v)
    return v


def _build_decoder(ty: Any) -> _Fn:
    """None for a type whose wire value is already its Python value (string, bool)."""
    if ty in ("string", "bool"):
        return None
    if ty == "number":
        return _number_from_wire
    if isinstance(ty, str) or not (isinstance(ty, list) and len(ty) == 2):
        return lambda v: _from_wire(v, ty)  # dynamic, or a type the walk rejects (only for a value)
    kind, inner = ty
    if kind in ("list", "set"):
        f = _cached(_DECODERS, inner, _build_decoder)
        if f is None:
            return lambda v: v if v is None or v is UNKNOWN else list(v)
        return lambda v: v if v is None or v is UNKNOWN else [f(e) for e in v]
    if kind == "map":
        f = _cached(_DECODERS, inner, _build_decoder)
        if f is None:
            return lambda v: v if v is None or v is UNKNOWN else dict(v.items())
        return lambda v: v if v is None or v is UNKNOWN else {k: f(e) for k, e in v.items()}
    if kind == "object":
        pairs = tuple((k, _cached(_DECODERS, at, _build_decoder)) for k, at in inner.items())

        def obj(v: Any) -> Any:
            if v is None or v is UNKNOWN:
                return v
            get = v.get
            return {k: get(k) if f is None else f(get(k)) for k, f in pairs}

        return obj
    return lambda v: _from_wire(v, ty)  # tuple (rare) or an unknown kind: the walk


def _encoder(ty: Any):
    return _cached(_ENCODERS, ty, _build_encoder)


def _string_to_wire(v: Any) -> Any:
    return v if v is None or type(v) is str else (_EXT_UNKNOWN_WIRE if v is UNKNOWN else str(v))


def _build_encoder(ty: Any):
    if ty == "string":
        return _string_to_wire
    if ty == "bool":
        return lambda v: v if v is None or type(v) is bool else (_EXT_UNKNOWN_WIRE if v is UNKNOWN else bool(v))
    if not (isinstance(ty, list) and len(ty) == 2) or ty[0] not in ("list", "set", "map", "object"):
        return lambda v: _to_wire(v, ty)  # number, dynamic, tuple or an unknown type: the walk
    kind, inner = ty
    if kind == "object":
        pairs = tuple((k, _cached(_ENCODERS, at, _build_encoder)) for k, at in inner.items())

        def obj(v: Any) -> Any:
            if v is None:
                return None
            if v is UNKNOWN:
                return _EXT_UNKNOWN_WIRE
            get = v.get
            return {k: f(get(k)) for k, f in pairs}  # every attribute on the wire, null if absent

        return obj
    f = _cached(_ENCODERS, inner, _build_encoder)
    if kind == "map":
        return lambda v: None if v is None else _EXT_UNKNOWN_WIRE if v is UNKNOWN else {k: f(e) for k, e in v.items()}
    return lambda v: None if v is None else _EXT_UNKNOWN_WIRE if v is UNKNOWN else [f(e) for e in v]


_EXT_UNKNOWN_WIRE = msgpack.ExtType(_EXT_UNKNOWN, b"")


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
