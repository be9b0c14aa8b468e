"""The stand-in's compiled cty converters (cty._decoder/_encoder, built once per type for speed) give
exactly what the reference walk (cty._from_wire/_to_wire) gives, for values of every type in the
pinned schema: nulls, unknowns, numbers sent as strings, absent attributes, dynamic values."""

from __future__ import annotations

import random

import msgpack
import pytest

from ossiac.localprovider import cty, schema
from ossiac.localprovider.cty import UNKNOWN
from ossiac.localprovider.values import strip_unknowns


def _value(ty, rng: random.Random, depth: int = 0):
    roll = rng.random()
    if roll < 0.1:
        return None
    if roll < 0.15:
        return UNKNOWN
    if ty == "string":
        return rng.choice(["", "a", "bench-b0001", "1.5"])
    if ty == "number":
        return rng.choice([0, 7, 2.5, 3.0, -1])
    if ty == "bool":
        return rng.random() < 0.5
    if ty == "dynamic":
        return rng.choice(["x", 1, [1, "a"], {"k": "v"}])
    kind, inner = ty
    if kind in ("list", "set"):
        return [_value(inner, rng, depth + 1) for _ in range(rng.randrange(0 if depth > 3 else 3))] if depth < 4 else []
    if kind == "map":
        return {f"k{i}": _value(inner, rng, depth + 1) for i in range(rng.randrange(3))}
    if kind == "object":  # some attributes left out: both sides fill them in as null
        return {k: _value(t, rng, depth + 1) for k, t in inner.items() if rng.random() < 0.8}
    return [_value(t, rng, depth + 1) for t in inner]


def _all_types():
    s = schema.load()
    kinds = list(s.resources.values()) + list(s.data_sources.values())
    return [(k.name, k.ty) for k in kinds] + [
        ("provider", s.provider_ty),
        ("tuple", ["tuple", ["string", "number", ["list", "bool"]]]),
        ("dynamic", ["object", {"d": "dynamic", "n": ["map", "number"]}]),
    ]


@pytest.mark.parametrize("seed", range(6))
def test_compiled_converters_match_the_reference_walk_for_every_schema_type(seed):
    rng = random.Random(seed)
    for name, ty in _all_types():
        value = _value(ty, rng)
        wire = cty._to_wire(value, ty)
        assert cty._encoder(ty)(value) == wire, name
        raw = msgpack.packb(wire, use_bin_type=True)
        assert cty.encode(value, ty) == raw, name
        decoded = cty._from_wire(msgpack.unpackb(raw, ext_hook=cty._ext_hook, raw=False, strict_map_key=False), ty)
        assert cty.decode(raw, ty) == decoded, name
        assert list(_keys(cty.decode(raw, ty))) == list(_keys(decoded)), name  # same attribute order
        plain = strip_unknowns(value)  # a state file's JSON holds no unknowns
        assert _outcome(cty.from_json, plain, ty) == _outcome(cty._from_wire, plain, ty), name


def _outcome(fn, value, ty):
    """The result, or the error's type: a value the walk rejects is rejected the same way."""
    try:
        return fn(value, ty)
    except (TypeError, ValueError, AttributeError, KeyError) as error:
        return type(error)


def _keys(v):
    if isinstance(v, dict):
        for k, e in v.items():
            yield k
            yield from _keys(e)
    elif isinstance(v, list):
        for e in v:
            yield from _keys(e)


def test_numbers_sent_as_strings_and_unknowns_decode_as_before():
    ty = ["object", {"n": "number", "big": "number", "s": ["set", "string"], "m": ["map", "bool"]}]
    raw = msgpack.packb({"n": "12", "big": "1e3", "s": msgpack.ExtType(0, b""), "m": {"a": True}}, use_bin_type=True)
    assert cty.decode(raw, ty) == {"n": 12, "big": 1000.0, "s": UNKNOWN, "m": {"a": True}}
    assert cty.decode(b"", ty) is None


def test_a_non_string_value_is_encoded_as_the_walk_does():
    ty = ["object", {"s": "string", "b": "bool", "n": "number"}]
    assert cty.encode({"s": 5, "b": 1, "n": 4.0}, ty) == msgpack.packb({"s": "5", "b": True, "n": 4})
