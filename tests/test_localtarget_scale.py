"""The local target at scale (issue "Scale").

A create costs the same however much the local cloud holds: every lookup it makes goes through an
index, none scans the records of a type, so per-stack apply time does not grow as the cloud fills
up. Driven through the stand-in provider's own RPC handlers, with every SQL statement the local
cloud runs traced and its query plan checked. And the provider starts from compiled modules."""

from __future__ import annotations

from pathlib import Path

from ossiac.localcloud import records
from ossiac.localcloud.store import Store
from ossiac.localprovider import cty, tfplugin5_pb2 as pb
from ossiac.localprovider.context import Cloud
from ossiac.localprovider.provider import AlicloudStandIn, _dv
from ossiac.localprovider.values import normalize

REGION = "cn-hangzhou"


def _provider(path, objects: int) -> AlicloudStandIn:
    """A stand-in provider on a cloud that already holds `objects` VPCs, vSwitches, keys and buckets."""
    store = Store(path)
    with store.transaction():
        for i in range(objects):
            for type_name, rid, attributes in (
                ("alicloud_vpc", f"vpc-old{i}", {"cidr_block": "10.0.0.0/8"}),
                ("alicloud_vswitch", f"vsw-old{i}", {"vpc_id": f"vpc-old{i}", "cidr_block": "10.1.0.0/24"}),
                ("alicloud_kms_key", f"key-old{i}", {"description": "old", "status": "Enabled"}),
            ):
                record = records.new_record(type_name, rid, REGION, {"id": rid, **attributes}, origin="terraform")
                record["_pending"] = {"owner": f"/other/{i}.tfstate", "run": "old", "fingerprint": f"f{i}"}
                store.put(type_name, rid, record)
    impl = AlicloudStandIn()
    impl.cloud = Cloud(store=store, region=REGION)
    return impl


def _create(impl: AlicloudStandIn, type_name: str, config: dict) -> dict:
    """What Terraform does for a new resource: plan, then apply the plan."""
    kind = impl.schema.resources[type_name]
    proposed = _dv(normalize(kind.block, config), kind.ty)
    plan = impl.PlanResourceChange(
        pb.PlanResourceChange.Request(
            type_name=type_name, prior_state=_dv(None, kind.ty), proposed_new_state=proposed, config=proposed
        ),
        None,
    )
    assert not plan.diagnostics, plan.diagnostics
    applied = impl.ApplyResourceChange(
        pb.ApplyResourceChange.Request(
            type_name=type_name, prior_state=_dv(None, kind.ty), planned_state=plan.planned_state, config=proposed
        ),
        None,
    )
    assert not applied.diagnostics, applied.diagnostics
    return cty.decode(applied.new_state.msgpack, kind.ty)


def _one_of_each(impl: AlicloudStandIn, n: int) -> None:
    """Creates whose IDs the cloud generates (VPC, vSwitch, key), a bucket, and a data source by IDs."""
    vpc = _create(impl, "alicloud_vpc", {"cidr_block": "172.16.0.0/12"})
    _create(impl, "alicloud_vswitch", {"vpc_id": vpc["id"], "cidr_block": "172.16.1.0/24", "zone_id": "cn-hangzhou-h"})
    key = _create(impl, "alicloud_kms_key", {"description": f"new {n}"})
    _create(impl, "alicloud_oss_bucket", {"bucket": f"scale-test-{n}"})
    kind = impl.schema.data_sources["alicloud_kms_keys"]
    found = impl.ReadDataSource(
        pb.ReadDataSource.Request(
            type_name=kind.name, config=_dv(normalize(kind.block, {"ids": [key["id"], "key-old0"]}), kind.ty)
        ),
        None,
    )
    assert cty.decode(found.state.msgpack, kind.ty)["ids"] == sorted([key["id"], "key-old0"])


def _traced(impl: AlicloudStandIn, n: int) -> list[str]:
    db = impl.cloud.store._db()
    statements: list[str] = []
    db.set_trace_callback(statements.append)
    try:
        _one_of_each(impl, n)
    finally:
        db.set_trace_callback(None)
    return statements


def _query_plan(impl: AlicloudStandIn, sql: str) -> str:
    return " | ".join(row[3] for row in impl.cloud.store._db().execute(f"EXPLAIN QUERY PLAN {sql}"))


def test_creates_and_lookups_never_scan_the_records_of_a_type(tmp_path):
    impl = _provider(tmp_path, 300)
    reads = [s for s in _traced(impl, 1) if s.lstrip().upper().startswith(("SELECT", "DELETE", "UPDATE"))]
    assert any("json_extract(body, '$.attributes.vpc_id')" in s for s in reads)  # the vSwitch overlap check ran
    assert any("pending_fingerprint" in s for s in reads)  # the hand-back lookup ran
    for sql in reads:
        plan = _query_plan(impl, sql)
        # "(type=?)" alone would be a walk over every record of the type, just in key order
        assert "SCAN" not in plan and "USING" in plan and "(type=?)" not in plan, (sql, plan)


def test_the_work_of_a_create_does_not_grow_with_the_cloud(tmp_path):
    small, large = _provider(tmp_path / "small", 3), _provider(tmp_path / "large", 300)
    _one_of_each(small, 0)  # warm both the same way (first connection, schema)
    _one_of_each(large, 0)
    counted = []
    for impl in (small, large):
        db = impl.cloud.store._db()
        steps = [0]

        def count(steps: list[int] = steps) -> int:  # this iteration's counter
            steps[0] += 1
            return 0  # 0 = go on

        db.set_progress_handler(count, 1)  # called every SQLite VM instruction: the work SQLite does
        try:
            _one_of_each(impl, 1)
        finally:
            db.set_progress_handler(None, 1)
        counted.append(steps[0])
    # The same statements run on both clouds; an index lookup costs a few more steps in a deeper
    # B-tree, a scan 100 times as many (300 records of each type against 3).
    assert counted[1] < counted[0] * 1.5, counted


def test_building_the_mirror_byte_compiles_the_provider(tmp_path):
    """Terraform starts the provider three times per plan: each start loads compiled modules, even
    where PYTHONDONTWRITEBYTECODE keeps Python from writing them itself."""
    import importlib.util
    import os

    from ossiac.localprovider import provider
    from ossiac.targets import mirror

    compiled = Path(importlib.util.cache_from_source(provider.__file__))
    compiled.unlink(missing_ok=True)
    mirror.build(tmp_path / "mirror", tmp_path / "terraformrc")
    assert compiled.is_file()
    # a current copy: its header records the source's modification time (PEP 552, bytes 8-12)
    assert int.from_bytes(compiled.read_bytes()[8:12], "little") == int(os.stat(provider.__file__).st_mtime)
