"""The stand-in serves every resource and data source of the pinned schema, exactly as pinned."""

from __future__ import annotations

import json

from ossiac.localprovider import tfplugin5_pb2 as pb
from ossiac.localprovider.provider import AlicloudStandIn
from ossiac.paths import PROVIDER_SCHEMA_FILE, PROVIDER_SOURCE

NESTING = {v: k.lower() for k, v in pb.Schema.NestedBlock.NestingMode.items()}


def _pinned() -> dict:
    return json.loads(PROVIDER_SCHEMA_FILE.read_text())["provider_schemas"][PROVIDER_SOURCE]


def _block_from_json(block: dict) -> dict:
    """The comparable part of a schema block: what Terraform's protocol carries, minus descriptions."""
    attrs = {}
    for name, a in block.get("attributes", {}).items():
        attrs[name] = {
            "type": a["type"],
            **{f: True for f in ("required", "optional", "computed", "sensitive", "deprecated") if a.get(f)},
        }
    blocks = {
        name: {
            "nesting_mode": bt["nesting_mode"],
            "block": _block_from_json(bt["block"]),
            "min_items": bt.get("min_items", 0),
            "max_items": bt.get("max_items", 0),
        }
        for name, bt in block.get("block_types", {}).items()
    }
    return {"attributes": attrs, "block_types": blocks, "deprecated": bool(block.get("deprecated"))}


def _block_from_pb(block: pb.Schema.Block) -> dict:
    attrs = {
        a.name: {
            "type": json.loads(a.type),
            **{f: True for f in ("required", "optional", "computed", "sensitive", "deprecated") if getattr(a, f)},
        }
        for a in block.attributes
    }
    blocks = {
        b.type_name: {
            "nesting_mode": NESTING[b.nesting],
            "block": _block_from_pb(b.block),
            "min_items": b.min_items,
            "max_items": b.max_items,
        }
        for b in block.block_types
    }
    return {"attributes": attrs, "block_types": blocks, "deprecated": block.deprecated}


def test_get_schema_round_trips_every_type_exactly():
    pinned = _pinned()
    # Through the wire format, as Terraform receives it.
    served = pb.GetProviderSchema.Response.FromString(AlicloudStandIn().GetSchema(None, None).SerializeToString())
    assert set(served.resource_schemas) == set(pinned["resource_schemas"])
    assert set(served.data_source_schemas) == set(pinned["data_source_schemas"])
    for name, schema in pinned["resource_schemas"].items():
        assert served.resource_schemas[name].version == schema.get("version", 0), name
        assert _block_from_pb(served.resource_schemas[name].block) == _block_from_json(schema["block"]), name
    for name, schema in pinned["data_source_schemas"].items():
        assert _block_from_pb(served.data_source_schemas[name].block) == _block_from_json(schema["block"]), name
    assert _block_from_pb(served.provider.block) == _block_from_json(pinned["provider"]["block"])


def test_metadata_lists_every_type():
    pinned = _pinned()
    meta = AlicloudStandIn().GetMetadata(None, None)
    assert sorted(r.type_name for r in meta.resources) == sorted(pinned["resource_schemas"])
    assert sorted(d.type_name for d in meta.data_sources) == sorted(pinned["data_source_schemas"])


def _strip(node):
    """Schema JSON without descriptions and without keys whose value is a protocol default."""
    if isinstance(node, dict):
        return {
            k: _strip(v)
            for k, v in node.items()
            if k not in ("description", "description_kind") and v not in (False, 0, "", None, {})
        }
    if isinstance(node, list):
        return [_strip(v) for v in node]
    return node


def test_terraform_reads_the_pinned_schema_from_the_stand_in(local_cloud):
    local_cloud.write("")
    local_cloud.tf("init", "-input=false", "-no-color")
    printed = json.loads(local_cloud.tf("providers", "schema", "-json").stdout)["provider_schemas"][PROVIDER_SOURCE]
    pinned = _pinned()
    for section in ("provider", "resource_schemas", "data_source_schemas"):
        assert _strip(printed[section]) == _strip(pinned[section]), section
