"""Regions, OSS's internal VIP ranges and CloudMonitor metrics come from the generated fact files,
and stack files meet them through the loader and `python main.py` as users do.

The expected values below are written out from the sources (the pinned provider's
alicloud/connectivity/regions.go, OSS's "Regions and endpoints" page), not read from the fact
files, so a wrong fact file fails here.
"""

from __future__ import annotations

import copy
import json
import os
import sys
import textwrap
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml

from harness import REPO_ROOT, command_env, resources_of, run, synth_stacks
from ossiac.config.loader import load_stack_files
from ossiac.config.problems import ConfigError

REGIONS = json.loads((REPO_ROOT / "ossiac" / "schema" / "regions.json").read_text(encoding="utf-8"))
MIGRATION = yaml.safe_load((REPO_ROOT / "estate" / "migration.yaml").read_text(encoding="utf-8"))
FUZHOU_OSS = ["100.115.21.0/24"]  # OSS's Chinese regions page, cn-fuzhou, internal VIP CIDR blocks


def _stack(name: str, region: str, *, bucket: bool, **extra) -> dict:
    stack = {"name": name, "region": region, **extra}
    if bucket:
        stack["buckets"] = [{"name": f"{name}-data-1"}]
    else:  # no bucket of its own in the region: a log bucket managed elsewhere
        stack["log_bucket"] = {"existing": True, "name": f"{name}-logs"}
    return stack


def _write(folder: Path, *stacks: dict, name: str = "stacks.yaml") -> Path:
    path = folder / name
    path.write_text(yaml.safe_dump({"stacks": list(stacks)}, sort_keys=False), encoding="utf-8")
    return path


def _problems(path: Path) -> list[str]:
    with pytest.raises(ConfigError) as caught:
        load_stack_files([path])
    return [f"{p.path}: {p.message}" for p in caught.value.problems]


def _stack_name(region: str, kind: str) -> str:
    return f"{kind}-{region}"[:40].rstrip("-")


# --- what the pinned provider accepts ---------------------------------------------------------


def test_the_accepted_set_is_the_providers_valid_regions():
    # ValidRegions of aliyun/alicloud v1.289.0 (28ee93bc), written out by hand from regions.go.
    assert set(REGIONS["regions"]) == {
        "cn-hangzhou",
        "cn-qingdao",
        "cn-beijing",
        "cn-shenzhen",
        "cn-hongkong",
        "cn-shanghai",
        "cn-zhangjiakou",
        "cn-huhehaote",
        "cn-chengdu",
        "cn-heyuan",
        "cn-wulanchabu",
        "cn-guangzhou",
        "cn-nanjing",
        "cn-fuzhou",
        "cn-zhongwei",
        "us-west-1",
        "us-east-1",
        "us-southeast-1",
        "na-south-1",
        "ap-northeast-1",
        "ap-northeast-2",
        "ap-southeast-1",
        "ap-southeast-2",
        "ap-southeast-3",
        "ap-southeast-5",
        "ap-southeast-6",
        "ap-southeast-7",
        "ap-southeast-8",
        "ap-south-1",
        "me-east-1",
        "me-central-1",
        "eu-central-1",
        "eu-west-1",
        "rus-west-1",
        "cn-north-2-gov-1",
        "cn-shenzhen-finance-1",
        "cn-szfinance",
        "cn-shenzhen-finance",
        "cn-shanghai-finance-1-pub",
        "cn-shanghai-finance-1",
        "cn-hangzhou-finance",
        "cn-hzfinance",
        "cn-hzjbp",
        "cn-beijing-finance-1",
        "cn-beijing-finance-1-pub",
    }
    assert REGIONS["sources"]["provider"]["commit"] == "28ee93bc63fa0e5f919a21fc1711bde8c45d7b44"


def test_every_region_in_the_file_loads_as_a_stack_region(tmp_path):
    stacks = [_stack(_stack_name(r, "net"), r, bucket=False) for r in REGIONS["regions"]]
    loaded = load_stack_files([_write(tmp_path, *stacks)])
    assert [s.config.region for s in loaded] == REGIONS["regions"]


def test_every_oss_region_in_the_file_loads_with_a_bucket(tmp_path):
    stacks = [_stack(_stack_name(r, "oss"), r, bucket=True) for r in REGIONS["oss_regions"]]
    loaded = load_stack_files([_write(tmp_path, *stacks)])
    assert [s.config.region for s in loaded] == REGIONS["oss_regions"]
    assert {"cn-zhongwei", "ap-southeast-8", "cn-fuzhou", "na-south-1"} <= set(REGIONS["oss_regions"])


@pytest.mark.parametrize("region", ["cn-zhongwei", "ap-southeast-8", "us-southeast-1", "cn-fuzhou", "na-south-1"])
def test_regions_the_provider_has_load_as_a_vpc_region(tmp_path, region):
    data = copy.deepcopy(MIGRATION)
    tokyo = data["stacks"][0]["network"]["vpcs"][0]
    tokyo["region"], tokyo["vswitches"][0]["zone"] = region, f"{region}{'' if region[-1].isdigit() else '-'}a"
    (stack,) = load_stack_files([_write(tmp_path, *data["stacks"])])
    assert stack.config.network.vpcs[0].region == region


@pytest.mark.parametrize("region", ["cn-wuhan-lr", "eu-west-2"])
def test_oss_regions_the_provider_refuses_are_refused_with_the_reason(tmp_path, region):
    (message,) = _problems(_write(tmp_path, _stack("far", region, bucket=True)))
    assert message.startswith(
        f"stacks[0].region: {region!r} is not a region of the provider (OSS serves it, but "
        "aliyun/alicloud 1.289.0 refuses it at plan time ('Invalid Alibaba Cloud region'))"
    )


# --- where a bucket may live ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("region", "why"),
    [
        ("ap-southeast-2", "Australia (Sydney): OSS has closed it"),
        ("ap-south-1", "India (Mumbai): OSS has closed it"),
        ("us-southeast-1", "OSS's regions page does not list it"),
        ("cn-hzfinance", "a bucket there is a bucket of cn-hangzhou-finance: give that region"),
    ],
)
def test_a_stack_with_buckets_in_a_region_oss_does_not_serve_is_refused(tmp_path, region, why):
    (message,) = _problems(_write(tmp_path, _stack("closed", region, bucket=True)))
    assert message.startswith(f"stacks[0]: region: OSS serves no buckets in {region!r}: "), message
    assert why in message.split("; bucket regions: ")[0], message
    assert message.endswith("(the stack creates its buckets and its access-log bucket there)")
    assert "bucket regions: " in message and "cn-hangzhou" in message


def test_the_access_log_bucket_alone_is_a_bucket_in_the_region(tmp_path):
    (message,) = _problems(_write(tmp_path, {"name": "logs-only", "region": "ap-south-1"}))
    assert "OSS serves no buckets in 'ap-south-1'" in message
    assert message.endswith("(the stack creates its access-log bucket there)")


def test_a_closed_region_without_buckets_still_hosts_a_vpc(tmp_path):
    (stack,) = load_stack_files([_write(tmp_path, _stack("net-mumbai", "ap-south-1", bucket=False))])
    assert stack.config.region == "ap-south-1"


def test_a_replica_in_a_closed_oss_region_is_refused_through_main_py(app_dir):
    stack = app_dir / "replica.yaml"
    stack.write_text(
        textwrap.dedent("""\
        stacks:
          - name: rep
            region: cn-hangzhou
            buckets:
              - name: rep-data-1
                replication:
                  destination_bucket: rep-replica-1
                  destination_region: ap-southeast-2
        """),
        encoding="utf-8",
    )
    result = run([sys.executable, "main.py"], app_dir, command_env(OSSIAC_STACK_FILES=str(stack)))
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert (
        f"{stack}:8: stacks[0].buckets[0].replication.destination_region: OSS serves no buckets in "
        "'ap-southeast-2': Australia (Sydney): OSS has closed it"
    ) in result.stderr, result.stderr


def test_a_stack_region_typo_still_gets_a_suggestion_through_main_py(app_dir):
    stack = _write(app_dir, _stack("typo", "cn-zhongwie", bucket=True), name="typo.yaml")
    result = run([sys.executable, "main.py"], app_dir, command_env(OSSIAC_STACK_FILES=str(stack)))
    assert result.returncode == 1, result.stderr
    assert (
        f"{stack}:3: stacks[0].region: 'cn-zhongwie' is not a region of the provider (did you mean 'cn-zhongwei'?)"
        in result.stderr
    ), result.stderr


# --- OSS internal VIP ranges ------------------------------------------------------------------


def test_cn_fuzhou_ranges_reach_the_vpn_and_the_peering_routes(tmp_path):
    data = copy.deepcopy(MIGRATION)
    network = data["stacks"][0]["network"]
    shanghai = network["vpcs"][1]
    shanghai["region"], shanghai["vswitches"][0]["zone"] = "cn-fuzhou", "cn-fuzhou-a"
    network["vpns"][0]["connection"]["oss_region"] = "cn-fuzhou"
    # SIM112: Terraform reads TF_VAR_ followed by the variable's own name, which is lowercase
    os.environ["TF_VAR_vpn_psk_tokyo"] = os.environ["TF_VAR_sync_endpoint_token"] = "not-a-secret-1"  # noqa: SIM112
    try:
        synthesized = synth_stacks(tmp_path / "out", [_write(tmp_path, *data["stacks"])])
    finally:
        del os.environ["TF_VAR_vpn_psk_tokyo"], os.environ["TF_VAR_sync_endpoint_token"]  # noqa: SIM112 (as above)
    stack = synthesized["migration"]
    (connection,) = resources_of(stack, "alicloud_vpn_connection")
    assert connection["local_subnet"] == ["172.24.0.0/16", "172.19.0.0/16", *FUZHOU_OSS]
    routed = {r["destination_cidrblock"] for r in resources_of(stack, "alicloud_route_entry")}
    assert set(FUZHOU_OSS) <= routed


def test_a_finance_region_carries_both_its_internal_and_public_network_ranges(tmp_path):
    data = copy.deepcopy(MIGRATION)
    data["stacks"][0]["network"]["vpns"][0]["connection"]["oss_region"] = "cn-hangzhou-finance"
    (stack,) = load_stack_files([_write(tmp_path, *data["stacks"])])
    carried = stack.config.network.vpns[0].connection.local_subnets
    # The page's two rows for cn-hangzhou-finance: internal network, then public network.
    assert carried[2:] == [
        "100.103.4.210/32",
        "100.115.6.0/24",
        "100.103.4.95/32",
        "100.103.5.142/32",
        "100.103.5.143/32",
        "100.103.5.144/32",
    ]


def test_every_region_oss_serves_with_a_vip_column_has_ranges():
    ranges = json.loads((REPO_ROOT / "props" / "oss_internal_ranges.json").read_text(encoding="utf-8"))["regions"]
    # The two regions of the page whose column reads "not supported".
    assert set(REGIONS["oss_regions"]) - set(ranges) == {"cn-north-2-gov-1"}
    assert ranges["cn-wuhan-lr"] == ["100.115.89.0/24"] and ranges["eu-west-2"] == ["100.115.159.0/27"]


# --- the local cloud and CloudMonitor metrics -------------------------------------------------


def test_the_stand_in_keeps_buckets_only_where_oss_does_and_logs_within_a_region(local_cloud):
    """Hand-written Terraform: a bucket in a closed OSS region fails at apply (OSS has no endpoint
    there), and access logs into a bucket of another region fail as PutBucketLogging refuses them."""
    from harness import LOCAL_PROVIDER_HCL

    closed = 'resource "alicloud_oss_bucket" "b" {\n  bucket = "closed-region-b1"\n}\n'
    local_cloud.write(LOCAL_PROVIDER_HCL.replace("cn-hangzhou", "ap-south-1") + closed, name="buckets.tf")
    local_cloud.tf("init", "-input=false", "-no-color")
    refused = local_cloud.tf("apply", "-auto-approve", "-input=false", "-no-color", check=False)
    errors = " ".join(refused.stderr.split())
    assert refused.returncode == 1 and "InvalidRegionId" in errors and "OSS serves no buckets in 'ap-south-1'" in errors
    assert "closed-region-b1" not in local_cloud.tf("state", "list", check=False).stdout

    two_regions = LOCAL_PROVIDER_HCL + (
        'provider "alicloud" {\n  alias = "beijing"\n  region = "cn-beijing"\n}\n'
        'resource "alicloud_oss_bucket" "logs" {\n  provider = alicloud.beijing\n  bucket = "logs-in-beijing-1"\n}\n'
        'resource "alicloud_oss_bucket" "data" {\n  bucket = "data-in-hangzhou-1"\n}\n'
        'resource "alicloud_oss_bucket_logging" "l" {\n  bucket = alicloud_oss_bucket.data.id\n'
        '  target_bucket = alicloud_oss_bucket.logs.id\n  target_prefix = "log/"\n}\n'
    )
    local_cloud.write(two_regions, name="buckets.tf")
    refused = local_cloud.tf("apply", "-auto-approve", "-input=false", "-no-color", check=False)
    errors = " ".join(refused.stderr.split())
    assert refused.returncode == 1 and "InvalidTargetBucketForLogging" in errors, refused.stderr
    assert "'logs-in-beijing-1' is in cn-beijing" in errors


def test_the_local_target_configures_exactly_the_providers_regions(local_cloud):
    from harness import LOCAL_PROVIDER_HCL

    # A region the pinned provider has (regions.go) plans; one it lacks fails as the real one does.
    current = (
        'data "alicloud_regions" "here" {\n  current = true\n}\n'
        'output "region" {\n  value = data.alicloud_regions.here.ids[0]\n}\n'
    )
    local_cloud.write(LOCAL_PROVIDER_HCL.replace("cn-hangzhou", "ap-southeast-8") + current, name="region.tf")
    local_cloud.tf("init", "-input=false", "-no-color")
    applied = local_cloud.tf("apply", "-auto-approve", "-input=false", "-no-color")
    assert 'region = "ap-southeast-8"' in applied.stdout
    local_cloud.write(LOCAL_PROVIDER_HCL.replace("cn-hangzhou", "cn-wuhan-lr") + current, name="region.tf")
    refused = local_cloud.tf("plan", "-input=false", "-no-color", check=False)
    errors = " ".join(refused.stderr.split())
    assert refused.returncode == 1 and "Error: InvalidRegionId" in errors, refused.stderr
    assert "refuses it at plan time ('Invalid Alibaba Cloud region')" in errors


def test_the_local_clouds_regions_data_source_lists_the_providers_regions():
    from ossiac.localprovider.datasources import read

    state = read("alicloud_regions", {}, SimpleNamespace(store=None, region="cn-hangzhou"))
    assert {"cn-zhongwei", "ap-southeast-8", "us-southeast-1", "na-south-1", "cn-hangzhou-finance"} <= set(state["ids"])
    # The provider's names for OSS endpoints are no region IDs a cloud reports.
    assert not {"cn-hzfinance", "cn-hzjbp", "cn-szfinance", "cn-shanghai-finance-1-pub"} & set(state["ids"])
    assert "cn-wuhan-lr" not in state["ids"]


def test_alarm_metrics_are_the_bucket_level_metrics_of_the_reference(tmp_path):
    stack = _stack(
        "alarmed", "cn-hangzhou", bucket=True, alarms={"latency": {"metric": "MaxUploadPartCopyServerLatency"}}
    )
    (loaded,) = load_stack_files([_write(tmp_path, stack)])
    assert loaded.config.alarms.latency.metric == "MaxUploadPartCopyServerLatency"
    # A metering metric of the same namespace has region and storageType dimensions: no bucket alarm.
    stack["alarms"]["latency"]["metric"] = "MeteringStorageUtilization"
    (message,) = _problems(_write(tmp_path, stack))
    assert "'MeteringStorageUtilization' is not a bucket-level OSS metric" in message


def test_a_vpn_may_carry_the_ranges_of_an_oss_region_the_provider_refuses(tmp_path):
    """oss_region only picks OSS's ranges; no provider runs there, so the provider's region list
    does not apply: cn-wuhan-lr has ranges on OSS's page and loads."""
    data = copy.deepcopy(MIGRATION)
    data["stacks"][0]["network"]["vpns"][0]["connection"]["oss_region"] = "cn-wuhan-lr"
    file = _write(tmp_path, *data["stacks"])
    (stack,) = load_stack_files([file])
    assert stack.config.network.vpns[0].connection.oss_region == "cn-wuhan-lr"


def test_the_console_creates_buckets_only_where_oss_keeps_them(tmp_path):
    env = command_env(OSSIAC_LOCALCLOUD_DIR=str(tmp_path / "cloud"))
    ossiac = str(Path(sys.executable).parent / "ossiac")
    refused = run(
        [ossiac, "localcloud", "bucket", "create", "closed-region-1", "--region", "ap-south-1"], tmp_path, env
    )
    assert refused.returncode == 2
    assert "OSS serves no buckets in 'ap-south-1'" in refused.stderr and "Traceback" not in refused.stderr
    key = run([ossiac, "localcloud", "kms", "create-key", "--region", "ap-south-1"], tmp_path, env)
    assert key.returncode == 0, key.stderr  # KMS keys are not buckets: any provider region
