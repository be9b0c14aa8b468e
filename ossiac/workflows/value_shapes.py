"""What the provider schema says about each value of a resource: set, list, map, object or scalar.

The diff engine (value_changes) compares a set by content and a list by position, as Terraform's
own renderer does, so it must know which is which; that comes from the pinned schema
(ossiac/schema/alicloud.schema.json): a block's `nesting_mode`, an attribute's cty type. Values
with no schema (an unknown resource type, the inside of a JSON-valued string) get `INFERRED`:
objects by key, lists by position.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ossiac.localprovider import schema as provider_schema


@dataclass(frozen=True)
class Shape:
    kind: str
    """set, list, map, object, scalar, or any (no schema: decided by the value)."""
    element: Shape | None = None
    """A collection's element shape."""
    attributes: dict[str, Shape] = field(default_factory=dict)
    """An object's or block's attributes and nested blocks."""
    single: bool = False
    """A block that holds at most one element (max_items 1): shown without an index."""
    key: str | None = None
    """The element attribute that identifies an element of this collection, if one does."""


INFERRED = Shape("any")

IDENTITY_ATTRIBUTE = "id"
"""A block element with an `id` attribute (a lifecycle rule) is identified by it, where every element has one."""

KEYS = {
    # ossiac_props.bucket checks "each storage class may appear once" in a rule's transitions and
    # noncurrent transitions, so the storage class names the transition.
    ("alicloud_oss_bucket", "lifecycle_rule.transitions"): "storage_class",
    ("alicloud_oss_bucket", "lifecycle_rule.noncurrent_version_transition"): "storage_class",
}
"""Identity keys the schema cannot say, by resource type and block path (indices left out)."""


@cache
def resource_shape(resource_type: str) -> Shape:
    """The shape of a resource's whole value; INFERRED for a type the pinned schema lacks."""
    kind = provider_schema.load().resources.get(resource_type)
    if kind is None:
        return INFERRED
    return _block(kind.block, resource_type, "")


def _block(block: dict, resource_type: str, path: str) -> Shape:
    attributes = {name: _type(spec.get("type", "dynamic")) for name, spec in block.get("attributes", {}).items()}
    for name, nested in block.get("block_types", {}).items():
        inner_path = f"{path}.{name}" if path else name
        inner = _block(nested["block"], resource_type, inner_path)
        mode = nested["nesting_mode"]
        if mode in ("single", "group"):
            attributes[name] = inner
            continue
        key = KEYS.get((resource_type, inner_path))
        if key is None and IDENTITY_ATTRIBUTE in inner.attributes:
            key = IDENTITY_ATTRIBUTE
        attributes[name] = Shape(
            {"set": "set", "list": "list", "map": "map"}[mode], inner, single=nested.get("max_items") == 1, key=key
        )
    return Shape("object", attributes=attributes)


def _type(cty: Any) -> Shape:
    """A cty type in its JSON form: "string", ["list", T], ["set", T], ["map", T], ["object", {...}]."""
    if isinstance(cty, list) and cty:
        if cty[0] in ("list", "set", "map"):
            return Shape(cty[0], _type(cty[1]))
        if cty[0] == "object":
            return Shape("object", attributes={name: _type(t) for name, t in cty[1].items()})
        if cty[0] == "tuple":
            return Shape("list", INFERRED)
    if cty == "dynamic":
        return INFERRED
    return Shape("scalar")
