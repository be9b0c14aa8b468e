"""The pinned provider schema and facts, loaded once, and their protobuf form for GetSchema.

Served exactly as the JSON has it: attribute types, nesting modes, min/max items,
required/optional/computed/sensitive/deprecated. Facts add what the schema format cannot say
(ForceNew, enums, defaults, import ID formats).
"""

from __future__ import annotations

import json
from functools import cached_property, lru_cache

from ossiac.localprovider import cty, tfplugin5_pb2 as pb
from ossiac.paths import PROVIDER_FACTS_FILE, PROVIDER_SCHEMA_FILE, PROVIDER_SOURCE

_NESTING = {
    "single": pb.Schema.NestedBlock.SINGLE,
    "list": pb.Schema.NestedBlock.LIST,
    "set": pb.Schema.NestedBlock.SET,
    "map": pb.Schema.NestedBlock.MAP,
    "group": pb.Schema.NestedBlock.GROUP,
}


def _kind(block: dict) -> int:
    return pb.MARKDOWN if block.get("description_kind") == "markdown" else pb.PLAIN


def block_pb(block: dict) -> pb.Schema.Block:
    attrs = [
        pb.Schema.Attribute(
            name=name,
            type=json.dumps(a["type"], separators=(",", ":")).encode(),
            description=a.get("description", ""),
            description_kind=_kind(a),
            required=bool(a.get("required")),
            optional=bool(a.get("optional")),
            computed=bool(a.get("computed")),
            sensitive=bool(a.get("sensitive")),
            deprecated=bool(a.get("deprecated")),
        )
        for name, a in sorted(block.get("attributes", {}).items())
    ]
    blocks = [
        pb.Schema.NestedBlock(
            type_name=name,
            block=block_pb(bt["block"]),
            nesting=_NESTING[bt["nesting_mode"]],
            min_items=bt.get("min_items", 0),
            max_items=bt.get("max_items", 0),
        )
        for name, bt in sorted(block.get("block_types", {}).items())
    ]
    return pb.Schema.Block(
        version=block.get("version", 0),
        attributes=attrs,
        block_types=blocks,
        description=block.get("description", ""),
        description_kind=_kind(block),
        deprecated=bool(block.get("deprecated")),
    )


def schema_pb(s: dict) -> pb.Schema:
    return pb.Schema(version=s.get("version", 0), block=block_pb(s["block"]))


class Kind:
    """One resource or data source type: its schema block, implied cty type and facts."""

    def __init__(self, name: str, schema: dict, facts: dict | None) -> None:
        self.name = name
        self.schema = schema
        self.block = schema["block"]
        self.ty = cty.block_type(self.block)
        self.facts = facts or {}
        self.meta = self.facts.get("_resource", {})

    def fact(self, path: str) -> dict:
        f = self.facts.get(path)
        return f if isinstance(f, dict) else {}

    @property
    def attributes(self) -> dict:
        return self.block.get("attributes", {})

    @cached_property
    def force_new_top(self) -> list[str]:
        """Top-level arguments whose change (or any change inside them) replaces the resource."""
        tops = {p.split(".")[0] for p, f in self.facts.items() if isinstance(f, dict) and f.get("force_new")}
        return sorted(t for t in tops if t in self.ty[1])

    @cached_property
    def import_format(self) -> str:
        return (self.meta.get("import_id_format") or "").split(" (")[0]


class Schema:
    def __init__(self, doc: dict, facts: dict) -> None:
        ps = doc["provider_schemas"][PROVIDER_SOURCE]
        self.provider = ps["provider"]
        self.provider_ty = cty.block_type(self.provider["block"])
        self.resources = {n: Kind(n, s, facts["resource_schemas"].get(n)) for n, s in ps["resource_schemas"].items()}
        self.data_sources = {
            n: Kind(n, s, facts["data_source_schemas"].get(n)) for n, s in ps.get("data_source_schemas", {}).items()
        }

    @cached_property
    def response(self) -> pb.GetProviderSchema.Response:
        return pb.GetProviderSchema.Response(
            provider=schema_pb(self.provider),
            resource_schemas={n: schema_pb(k.schema) for n, k in self.resources.items()},
            data_source_schemas={n: schema_pb(k.schema) for n, k in self.data_sources.items()},
            server_capabilities=pb.ServerCapabilities(get_provider_schema_optional=False),
        )


@lru_cache(maxsize=1)
def load() -> Schema:
    with open(PROVIDER_SCHEMA_FILE, encoding="utf-8") as f:
        doc = json.load(f)
    with open(PROVIDER_FACTS_FILE, encoding="utf-8") as f:
        facts = json.load(f)
    return Schema(doc, facts)
