"""The `network:` section refuses what cannot be routed or negotiated, naming the key (through the loader, as users meet it)."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml

from ossiac.config.loader import load_stack_files
from ossiac.config.problems import ConfigError

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = yaml.safe_load((REPO / "estate" / "migration.yaml").read_text())


def _load(tmp_path: Path, change) -> ConfigError:
    data = copy.deepcopy(EXAMPLE)
    change(data["stacks"][0]["network"])
    file = tmp_path / "stack.yaml"
    file.write_text(yaml.safe_dump(data))
    with pytest.raises(ConfigError) as caught:
        load_stack_files([file])
    return caught.value


def _messages(error: ConfigError) -> list[str]:
    return [f"{p.path}: {p.message}" for p in error.problems]


def test_the_example_loads():
    (stack,) = load_stack_files([REPO / "estate" / "migration.yaml"])
    network = stack.config.network
    assert [v.name for v in network.vpcs] == ["tokyo-transit", "shanghai-storage"]
    assert network.vpns[0].psk_variable_name == "vpn_psk_tokyo"


def test_vswitch_outside_its_vpc(tmp_path):
    def change(net):
        net["vpcs"][0]["vswitches"][0]["cidr"] = "172.25.0.0/24"

    (message,) = _messages(_load(tmp_path, change))
    assert message.startswith("stacks[0].network.vpcs[0]: ")
    assert "vswitches[0].cidr 172.25.0.0/24 is not inside the VPC's cidr 172.24.0.0/16" in message


def test_overlapping_peered_vpcs(tmp_path):
    def change(net):
        net["vpcs"][1]["cidr"] = "172.24.0.0/16"
        net["vpcs"][1]["vswitches"][0]["cidr"] = "172.24.1.0/24"
        net["vpns"][0]["connection"]["local_networks"] = ["172.24.0.0/16"]
        net["peerings"][0]["peer_vpc_routes"] = []

    (message,) = _messages(_load(tmp_path, change))
    assert message == (
        "stacks[0].network: peerings[0]: the peered VPCs overlap: vpc 172.24.0.0/16 and peer_vpc 172.24.0.0/16"
    )


def test_overlapping_local_and_remote_networks(tmp_path):
    def change(net):
        net["vpns"][0]["connection"]["remote_networks"] = ["172.16.0.0/16", "172.19.128.0/20"]

    (message,) = _messages(_load(tmp_path, change))
    assert message == (
        "stacks[0].network.vpns[0].connection: local_networks[1] 172.19.0.0/16 overlaps remote_networks[1] 172.19.128.0/20"
    )


@pytest.mark.parametrize(
    "section, key, value, path",
    [
        ("ike", "encryption", "aes128", "ike.encryption"),
        ("ike", "authentication", "sha3", "ike.authentication"),
        ("ike", "dh_group", "group24", "ike.dh_group"),
        ("ike", "version", "ikev3", "ike.version"),
        ("ike", "lifetime", 90000, "ike.lifetime"),
        ("ike", "local_id", "has space", "ike.local_id"),
        ("ipsec", "dh_group", "group19", "ipsec.dh_group"),
        ("ipsec", "encryption", "aes-gcm", "ipsec.encryption"),
    ],
)
def test_bad_ike_and_ipsec_settings_name_the_key(tmp_path, section, key, value, path):
    def change(net):
        net["vpns"][0]["connection"][section][key] = value

    (problem,) = _load(tmp_path, change).problems
    assert problem.path == f"stacks[0].network.vpns[0].connection.{path}"
    assert problem.line is not None


def test_bad_ike_value_says_what_is_allowed(tmp_path):
    def change(net):
        net["vpns"][0]["connection"]["ike"]["encryption"] = "aes128"

    (message,) = _messages(_load(tmp_path, change))
    assert "'aes', 'aes192', 'aes256', 'des' or '3des'" in message


def test_cidrs_must_be_network_addresses(tmp_path):
    def change(net):
        net["vpcs"][0]["cidr"] = "172.24.0.1/16"
        net["peerings"][0]["oss_internal_cidrs"] = ["100.118.102.0/33"]

    messages = _messages(_load(tmp_path, change))
    assert (
        "stacks[0].network.vpcs[0].cidr: '172.24.0.1/16' has host bits set; the network address is 172.24.0.0/16"
        in messages
    )
    assert any(
        m.startswith("stacks[0].network.peerings[0].oss_internal_cidrs: [0]: '100.118.102.0/33'") for m in messages
    )


def test_every_reference_problem_at_once(tmp_path):
    def change(net):
        net["vpns"][0]["vpc"] = "osaka"
        net["peerings"][0]["peer_vpc"] = "beijing"
        net["sync_triggers"][0]["record_bucket"] = net["sync_triggers"][0]["source_bucket"]

    (message,) = _messages(_load(tmp_path, change))
    assert "vpns[0].vpc: 'osaka' is not in vpcs (tokyo-transit, shanghai-storage)" in message
    assert "peerings[0].peer_vpc: 'beijing' is not in vpcs" in message
    assert "sync_triggers[0].record_bucket: must not be the source bucket" in message


def test_cen_refuses_overlapping_vpcs(tmp_path):
    def change(net):
        net["vpcs"].append({"name": "other", "cidr": "172.19.128.0/17"})
        net["cen"] = {"name": "migration-cen", "vpcs": ["shanghai-storage", "other"]}

    messages = _messages(_load(tmp_path, change))
    assert (
        "stacks[0].network: cen: VPC shanghai-storage (172.19.0.0/16) overlaps VPC other (172.19.128.0/17); CEN cannot route between them"
        in messages
    )


def test_unknown_key_lists_allowed_keys(tmp_path):
    def change(net):
        net["vpns"][0]["pre_shared_key"] = "secret"

    (message,) = _messages(_load(tmp_path, change))
    assert message.startswith("stacks[0].network.vpns[0].pre_shared_key: unknown key; allowed keys here: ")
    assert "psk_variable" in message


def test_sync_endpoint_must_be_https(tmp_path):
    def change(net):
        net["sync_triggers"][0]["endpoint"] = "http://migration.example.com/"

    (message,) = _messages(_load(tmp_path, change))
    assert message.startswith(
        "stacks[0].network.sync_triggers[0].endpoint: 'http://migration.example.com/' is not an https:// URL"
    )


def test_a_peer_region_without_recorded_oss_ranges_needs_explicit_cidrs(tmp_path):
    def change(net):
        net["vpcs"][1]["region"] = "ap-south-1"
        net["vpcs"][1]["vswitches"][0]["zone"] = "ap-south-1a"  # a zone of the VPC's region

    (message,) = _messages(_load(tmp_path, change))
    assert message.startswith(
        "stacks[0]: network.peerings[0].oss_internal_cidrs: no OSS internal VIP ranges are "
        "recorded for region 'ap-south-1' (known: ap-northeast-1, "
    ), message
    assert "cn-shanghai" in message and "or [] for no route toward OSS" in message


def test_a_vpn_oss_region_must_be_known(tmp_path):
    def change(net):
        net["vpns"][0]["connection"]["oss_region"] = "rus-west-1"

    (message,) = _messages(_load(tmp_path, change))
    assert message.startswith("stacks[0].network.vpns[0].connection.oss_region: no OSS internal VIP"), message
    assert "'rus-west-1'" in message and "list OSS's ranges in local_networks yourself" in message


def test_explicit_oss_cidrs_replace_the_default(tmp_path):
    data = copy.deepcopy(EXAMPLE)
    data["stacks"][0]["network"]["peerings"][0]["oss_internal_cidrs"] = []
    file = tmp_path / "stack.yaml"
    file.write_text(yaml.safe_dump(data))
    (stack,) = load_stack_files([file])
    assert stack.config.network.peerings[0].oss_internal_cidrs == []
