"""A real synth of estate/migration.yaml: the VPN, IPsec, peering and route resources, and no secret in the JSON."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from ossiac.cdk import App, TerraformStack
from ossiac.config.loader import load_stack_files
from ossiac_constructs.invalid_props import InvalidPropsError
from ossiac_constructs.ipsec_vpn import IpsecVpn, IpsecVpnProps
from ossiac_constructs.vpc_network import VpcNetwork, VpcProps
from ossiac_stacks.storage_stack import StorageStack, synthesize

REPO = Path(__file__).resolve().parent.parent
PSK = "psk-Never-In-Json-7f3a"
TOKEN = "token-Never-In-Json-91c2"
TOKYO = "alicloud.ap_northeast_1"
# Every OSS internal VIP range of cn-shanghai, as Alibaba's documentation lists them: OSS moves its
# VIP between them, so each must be routed (written out here, not read from the data file).
SHANGHAI_OSS = ["100.98.35.0/24", "100.98.110.0/24", "100.98.169.0/24", "100.118.102.0/24"]


@pytest.fixture(scope="module")
def raw(tmp_path_factory) -> str:
    # Secrets set the way a deploy sets them: synth must not pick them up anywhere.
    # SIM112: Terraform reads TF_VAR_ followed by the variable's own name, which is lowercase
    os.environ["TF_VAR_vpn_psk_tokyo"], os.environ["TF_VAR_sync_endpoint_token"] = PSK, TOKEN  # noqa: SIM112
    try:
        outdir = tmp_path_factory.mktemp("synth")
        app = App(outdir=str(outdir))
        (loaded,) = load_stack_files([REPO / "estate" / "migration.yaml"])
        StorageStack(app, loaded)
        synthesize(app)
    finally:
        del os.environ["TF_VAR_vpn_psk_tokyo"], os.environ["TF_VAR_sync_endpoint_token"]  # noqa: SIM112 (as above)
    return (outdir / "stacks" / "migration" / "cdk.tf.json").read_text()


@pytest.fixture(scope="module")
def tf(raw) -> dict:
    return json.loads(raw)


def _one(tf, type_):
    (body,) = tf["resource"][type_].values()
    return body


def test_no_pre_shared_key_or_credential_in_the_json(raw, tf):
    assert PSK not in raw and TOKEN not in raw
    assert _one(tf, "alicloud_vpn_connection")["ike_config"]["psk"] == "${var.vpn_psk_tokyo}"
    assert _one(tf, "alicloud_kms_secret")["secret_data"] == "${var.sync_endpoint_token}"
    for name in ("vpn_psk_tokyo", "sync_endpoint_token"):
        variable = tf["variable"][name]
        assert variable["sensitive"] is True and "default" not in variable
        assert f"var.{name}" not in json.dumps(tf.get("output", {}))
    # Terraform JSON needs ${} around the condition, or `terraform validate` rejects the variable.
    assert tf["variable"]["vpn_psk_tokyo"]["validation"][0]["condition"].startswith("${can(regex(")
    # No literal psk anywhere: every psk key holds the variable reference.
    assert raw.count('"psk"') == 1


def test_vpn_gateway_and_customer_gateway_in_tokyo(tf):
    gateway = _one(tf, "alicloud_vpn_gateway")
    assert gateway["provider"] == TOKYO and gateway["bandwidth"] == 10 and gateway["enable_ipsec"] is True
    assert gateway["vpc_id"].startswith("${alicloud_vpc.vpc-tokyo-transit")
    customer = _one(tf, "alicloud_vpn_customer_gateway")
    assert customer["ip_address"] == "3.112.29.59" and customer["asn"] == "65010"
    assert tf["provider"]["alicloud"] == [
        {"region": "cn-shanghai"},
        {"alias": "ap_northeast_1", "region": "ap-northeast-1"},
    ]


def test_ipsec_connection_values(tf):
    connection = _one(tf, "alicloud_vpn_connection")
    assert connection["provider"] == TOKYO
    assert connection["local_subnet"] == ["172.24.0.0/16", "172.19.0.0/16", *SHANGHAI_OSS]
    assert connection["remote_subnet"] == ["172.16.0.0/16"]
    assert {k: v for k, v in connection["ike_config"].items() if k != "psk"} == {
        "ike_version": "ikev2",
        "ike_mode": "main",
        "ike_enc_alg": "aes256",
        "ike_auth_alg": "sha256",
        "ike_pfs": "group14",
        "ike_lifetime": 86400,
        "ike_local_id": "ossiac-tokyo-vpn",
        "ike_remote_id": "3.112.29.59",
    }
    assert connection["ipsec_config"] == {
        "ipsec_enc_alg": "aes256",
        "ipsec_auth_alg": "sha256",
        "ipsec_pfs": "group14",
        "ipsec_lifetime": 3600,
    }
    assert "name" not in connection and connection["vpn_connection_name"] == "tokyo-vpn"  # `name` is deprecated


def test_vpn_route_to_the_remote_network(tf):
    route = _one(tf, "alicloud_vpn_route_entry")
    assert route["route_dest"] == "172.16.0.0/16" and route["weight"] == 100 and route["publish_vpc"] is True
    assert route["next_hop"].startswith("${alicloud_vpn_connection.")


def test_peering_tokyo_to_shanghai_with_accepter(tf):
    peering = _one(tf, "alicloud_vpc_peer_connection")
    assert peering["provider"] == TOKYO and peering["accepting_region_id"] == "cn-shanghai"
    assert peering["accepting_vpc_id"].startswith("${alicloud_vpc.vpc-shanghai-storage")
    accepter = _one(tf, "alicloud_vpc_peer_connection_accepter")
    assert "provider" not in accepter  # the stack's default provider: Shanghai
    assert accepter["instance_id"].startswith("${alicloud_vpc_peer_connection.")


def test_routes_on_both_sides_including_every_oss_range_of_the_peer_region(tf):
    routes = {
        (r.get("provider", "shanghai"), r["destination_cidrblock"]): r
        for r in tf["resource"]["alicloud_route_entry"].values()
    }
    assert set(routes) == {
        (TOKYO, "172.19.0.0/16"),
        *((TOKYO, cidr) for cidr in SHANGHAI_OSS),
        ("shanghai", "172.24.0.0/16"),
        ("shanghai", "172.16.0.0/16"),
    }
    for route in routes.values():
        assert route["nexthop_type"] == "VpcPeer" and route["nexthop_id"].startswith("${alicloud_vpc_peer_connection.")
        assert route["depends_on"][0].startswith("alicloud_vpc_peer_connection_accepter.")
    for cidr in SHANGHAI_OSS:
        assert "vpc-tokyo-transit" in routes[(TOKYO, cidr)]["route_table_id"]


def test_vpcs_and_vswitches(tf):
    vpcs = {v["vpc_name"]: v for v in tf["resource"]["alicloud_vpc"].values()}
    assert vpcs["tokyo-transit"]["cidr_block"] == "172.24.0.0/16" and vpcs["tokyo-transit"]["provider"] == TOKYO
    assert vpcs["shanghai-storage"]["cidr_block"] == "172.19.0.0/16" and "provider" not in vpcs["shanghai-storage"]
    switches = {v["vswitch_name"]: v for v in tf["resource"]["alicloud_vswitch"].values()}
    assert switches["transit-a"]["zone_id"] == "ap-northeast-1a" and "availability_zone" not in switches["transit-a"]


def test_the_construct_refuses_a_literal_pre_shared_key():
    stack = TerraformStack(App(), "literal")
    vpc = VpcNetwork(stack, "vpc", VpcProps(name="edge", region="cn-shanghai", cidr="10.0.0.0/16"))
    props = IpsecVpnProps(
        name="edge-vpn",
        vpc="edge",
        bandwidth=10,
        customer_gateway={"ip_address": "3.112.29.59"},
        connection={"local_networks": ["10.0.0.0/17"], "remote_networks": ["10.0.128.0/17"]},
    )
    with pytest.raises(InvalidPropsError) as caught:
        IpsecVpn(stack, "vpn", props, vpc, "plaintext-key")
    assert caught.value.problems == [
        "psk: pass a reference to a sensitive variable, never the key itself",
        "connection.remote_networks[0] 10.0.128.0/17 overlaps its VPC edge (10.0.0.0/16)",
    ]


def test_private_customer_gateway_address_is_refused():
    with pytest.raises(ValueError, match="customer_gateway.ip_address\n.*172.16.0.1 is not a public address"):
        IpsecVpnProps(
            name="edge-vpn",
            vpc="edge",
            bandwidth=10,
            customer_gateway={"ip_address": "172.16.0.1"},
            connection={"local_networks": ["10.0.0.0/16"], "remote_networks": ["192.168.0.0/16"]},
        )


def _peering_routes(oss_internal_cidrs, peer_region: str = "cn-beijing") -> set[str]:
    from ossiac.cdk import Testing
    from ossiac_constructs.vpc_peering import VpcPeering
    from ossiac_props.vpc_peering import VpcPeeringProps

    stack = TerraformStack(Testing.app(), "peering")
    vpc = VpcNetwork(stack, "a", VpcProps(name="edge", region="cn-shanghai", cidr="10.0.0.0/16"))
    peer = VpcNetwork(stack, "b", VpcProps(name="core", region=peer_region, cidr="10.1.0.0/16"))
    VpcPeering(
        stack,
        "p",
        VpcPeeringProps(name="edge-core", vpc="edge", peer_vpc="core", oss_internal_cidrs=oss_internal_cidrs),
        vpc,
        peer,
    )
    tf = json.loads(Testing.synth(stack))
    return {r["destination_cidrblock"] for r in tf["resource"]["alicloud_route_entry"].values()}


def test_the_default_routes_every_oss_range_of_the_peer_region_and_an_empty_list_none():
    beijing = {
        "100.118.58.0/24",
        "100.118.167.0/24",
        "100.118.170.0/24",
        "100.118.171.0/24",
        "100.118.172.0/24",
        "100.118.173.0/24",
    }
    assert _peering_routes(None) == {"10.1.0.0/16", "10.0.0.0/16", *beijing}
    assert _peering_routes([]) == {"10.1.0.0/16", "10.0.0.0/16"}
    assert _peering_routes(["100.118.58.0/24"]) == {"10.1.0.0/16", "10.0.0.0/16", "100.118.58.0/24"}


def test_a_vpn_carries_at_most_ten_local_blocks_oss_ranges_included():
    networks = [f"10.{i}.0.0/16" for i in range(5)]
    with pytest.raises(ValueError, match="local_networks with the OSS ranges of cn-beijing are 11 blocks"):
        IpsecVpnProps(
            name="edge-vpn",
            vpc="edge",
            bandwidth=10,
            customer_gateway={"ip_address": "3.112.29.59"},
            connection={"local_networks": networks, "remote_networks": ["192.168.0.0/16"], "oss_region": "cn-beijing"},
        )
