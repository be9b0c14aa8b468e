"""VPC/VPN: CIDRs are blocks CreateVpc/CreateVSwitch accept, a vSwitch lies inside its VPC and in a
zone of its region, references exist. The CIDR and zone rules are the loader's (ossiac_props), so
the stand-in refuses exactly what the stack files are checked against."""

from __future__ import annotations

import ipaddress
import re

from ossiac.localcloud import records
from ossiac.localcloud.errors import CloudError, ErrorCode
from ossiac.localprovider.values import known
from ossiac_props.cidrs import vpc_cidr_problem, vswitch_cidr_problem
from ossiac_props.vpc import zone_problem

# VPN IkeConfig.Psk: 1-100 visible ASCII characters, no spaces (VPN Gateway API reference).
_PSK = re.compile(r"^[\x21-\x7e]{1,100}$")


def _network(text: str, attribute: str) -> ipaddress.IPv4Network:
    try:
        return ipaddress.IPv4Network(text, strict=True)
    except ValueError as exc:
        raise CloudError(
            "InvalidCidrBlock.Malformed",
            f"{attribute} {text!r} is not a valid IPv4 CIDR block "
            f"({exc}); use the network address, e.g. 172.16.0.0/16.",
            attribute=(attribute,),
        ) from None


def _errors(fn) -> list[CloudError]:
    try:
        fn()
    except CloudError as err:
        return [err]
    return []


def validate(kind, config: dict) -> list[CloudError]:
    errors: list[CloudError] = []
    if kind.name in ("alicloud_vpc", "alicloud_vswitch") and known(config.get("cidr_block")):
        errors += _errors(lambda: _vpc_range(_network(config["cidr_block"], "cidr_block"), kind.name))
    if kind.name == "alicloud_vpn_connection":
        for attr in ("local_subnet", "remote_subnet"):
            for cidr in config.get(attr) or []:
                if known(cidr) and not _ok(cidr):
                    errors += _errors(lambda c=cidr, a=attr: _network(c, a))
    if kind.name == "alicloud_vpn_connection":
        for i, ike in enumerate(config.get("ike_config") or []):
            psk = (ike or {}).get("psk")
            if known(psk) and psk is not None and not _PSK.match(psk):
                # Described, never echoed: the key is a secret.
                errors.append(
                    CloudError(
                        "InvalidParameter.Psk",
                        f"ike_config[{i}].psk is not a valid pre-shared key "
                        f"(a value of {len(psk)} characters): it must be 1-100 characters of letters, "
                        "digits and ~`!@#$%^&*()_-+={}[]\\|;:',.<>/?, without spaces.",
                        attribute=("ike_config", i),
                    )
                )
    if kind.name == "alicloud_vpn_customer_gateway" and known(config.get("ip_address")):
        try:
            ipaddress.IPv4Address(config["ip_address"])
        except ValueError:
            errors.append(
                CloudError(
                    "InvalidIpAddress.Malformed",
                    f"ip_address {config['ip_address']!r} is not a valid IPv4 address.",
                    attribute=("ip_address",),
                )
            )
    return errors


def _ok(cidr: str) -> bool:
    try:
        ipaddress.IPv4Network(cidr, strict=False)
        return True
    except ValueError:
        return False


def _vpc_range(net: ipaddress.IPv4Network, type_name: str) -> None:
    problem = (vpc_cidr_problem if type_name == "alicloud_vpc" else vswitch_cidr_problem)(str(net))
    if problem:
        raise CloudError("InvalidCidrBlock.Malformed", f"cidr_block {problem}.", attribute=("cidr_block",))


def _same_region(cloud, vpc: dict, state: dict) -> None:
    """CreateVSwitch runs in the provider's region: its VPC and its zone must both be there."""
    region = vpc.get("region_id") or cloud.region
    if region != cloud.region:
        raise CloudError(
            "InvalidVpcId.NotFound",
            f"The specified VPC {state.get('vpc_id')!r} is in {region}, not in this provider's region {cloud.region}.",
            attribute=("vpc_id",),
            status=404,
        )
    attribute = "zone_id" if state.get("zone_id") else "availability_zone"
    zone = state.get(attribute)
    if known(zone) and zone and (problem := zone_problem(zone, region)):
        raise CloudError("InvalidZoneId.NotFound", f"{attribute} {problem}.", attribute=(attribute,), status=404)


def _require(cloud, type_name: str, rid, code: ErrorCode, attribute: str, what: str) -> dict:
    found = records.attributes(cloud.store, type_name, rid)
    if found is None:
        raise CloudError(code, f"The specified {what} {rid!r} does not exist.", attribute=(attribute,), status=404)
    return found


def before_write(cloud, type_name: str, state: dict) -> None:
    if type_name == "alicloud_vswitch":
        vpc = _require(cloud, "alicloud_vpc", state.get("vpc_id"), "InvalidVpcId.NotFound", "vpc_id", "VPC")
        _same_region(cloud, vpc, state)
        net = _network(state["cidr_block"], "cidr_block")
        vpc_net = ipaddress.IPv4Network(vpc["cidr_block"])
        if not net.subnet_of(vpc_net):
            raise CloudError(
                "InvalidCidrBlock.Mismatch",
                f"The vSwitch CIDR {net} is not inside its VPC's CIDR {vpc_net}; choose a block within {vpc_net}.",
                attribute=("cidr_block",),
            )
        for other in records.find(cloud.store, "alicloud_vswitch", vpc_id=state.get("vpc_id")):
            if other["id"] != state.get("id") and net.overlaps(
                ipaddress.IPv4Network(other["attributes"]["cidr_block"])
            ):
                raise CloudError(
                    "InvalidCidrBlock.Overlapped",
                    f"The vSwitch CIDR {net} overlaps vSwitch "
                    f"{other['id']} ({other['attributes']['cidr_block']}) in the same VPC.",
                    attribute=("cidr_block",),
                )
    elif type_name == "alicloud_vpn_gateway":
        _require(cloud, "alicloud_vpc", state.get("vpc_id"), "InvalidVpcId.NotFound", "vpc_id", "VPC")
        if known(state.get("vswitch_id")) and state["vswitch_id"]:
            _require(
                cloud, "alicloud_vswitch", state["vswitch_id"], "InvalidVSwitchId.NotFound", "vswitch_id", "vSwitch"
            )
    elif type_name == "alicloud_vpn_connection":
        _require(
            cloud,
            "alicloud_vpn_gateway",
            state.get("vpn_gateway_id"),
            "InvalidVpnGatewayInstanceId.NotFound",
            "vpn_gateway_id",
            "VPN gateway",
        )
        if known(state.get("customer_gateway_id")) and state["customer_gateway_id"]:
            _require(
                cloud,
                "alicloud_vpn_customer_gateway",
                state["customer_gateway_id"],
                "InvalidCustomerGatewayInstanceId.NotFound",
                "customer_gateway_id",
                "customer gateway",
            )
    elif type_name == "alicloud_vpn_route_entry":
        _require(
            cloud,
            "alicloud_vpn_gateway",
            state.get("vpn_gateway_id"),
            "InvalidVpnGatewayInstanceId.NotFound",
            "vpn_gateway_id",
            "VPN gateway",
        )
    elif type_name == "alicloud_vpc_peer_connection":
        _require(cloud, "alicloud_vpc", state.get("vpc_id"), "InvalidVpcId.NotFound", "vpc_id", "VPC")
