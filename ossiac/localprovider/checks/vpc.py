"""VPC/VPN: CIDRs are valid private ranges, a vSwitch lies inside its VPC, references exist."""

from __future__ import annotations

import ipaddress
import re

from ossiac.localcloud import records
from ossiac.localcloud.errors import CloudError
from ossiac.localprovider.values import known

# VPN IkeConfig.Psk: 1-100 visible ASCII characters, no spaces (VPN Gateway API reference).
_PSK = re.compile(r"^[\x21-\x7e]{1,100}$")
_PRIVATE = [ipaddress.ip_network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")]


def _network(text: str, attribute: str) -> ipaddress.IPv4Network:
    try:
        return ipaddress.IPv4Network(text, strict=True)
    except ValueError as exc:
        raise CloudError("InvalidCidrBlock.Malformed", f"{attribute} {text!r} is not a valid IPv4 CIDR block "
                         f"({exc}); use the network address, e.g. 172.16.0.0/16.", attribute=(attribute,)) from None


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
                errors.append(CloudError("InvalidParameter.Psk", f"ike_config[{i}].psk is not a valid pre-shared key "
                                         f"(a value of {len(psk)} characters): it must be 1-100 characters of letters, "
                                         "digits and ~`!@#$%^&*()_-+={}[]\\|;:',.<>/?, without spaces.",
                                         attribute=("ike_config", i)))
    if kind.name == "alicloud_vpn_customer_gateway" and known(config.get("ip_address")):
        try:
            ipaddress.IPv4Address(config["ip_address"])
        except ValueError:
            errors.append(CloudError("InvalidIpAddress.Malformed", f"ip_address {config['ip_address']!r} is not a "
                                     "valid IPv4 address.", attribute=("ip_address",)))
    return errors


def _ok(cidr: str) -> bool:
    try:
        ipaddress.IPv4Network(cidr, strict=False)
        return True
    except ValueError:
        return False


def _vpc_range(net: ipaddress.IPv4Network, type_name: str) -> None:
    if type_name == "alicloud_vpc" and not any(net.subnet_of(p) for p in _PRIVATE):
        raise CloudError("InvalidCidrBlock.Malformed", f"cidr_block {net} is not allowed: a VPC uses 10.0.0.0/8, "
                         "172.16.0.0/12, 192.168.0.0/16 or a subnet of them.", attribute=("cidr_block",))


def _require(cloud, type_name: str, rid, code: str, attribute: str, what: str) -> dict:
    found = records.attributes(cloud.store, type_name, rid)
    if found is None:
        raise CloudError(code, f"The specified {what} {rid!r} does not exist.", attribute=(attribute,), status=404)
    return found


def before_write(cloud, type_name: str, state: dict) -> None:
    if type_name == "alicloud_vswitch":
        vpc = _require(cloud, "alicloud_vpc", state.get("vpc_id"), "InvalidVpcId.NotFound", "vpc_id", "VPC")
        net = _network(state["cidr_block"], "cidr_block")
        vpc_net = ipaddress.IPv4Network(vpc["cidr_block"])
        if not net.subnet_of(vpc_net):
            raise CloudError("InvalidCidrBlock.Mismatch", f"The vSwitch CIDR {net} is not inside its VPC's CIDR "
                             f"{vpc_net}; choose a block within {vpc_net}.", attribute=("cidr_block",))
        for other in records.find(cloud.store, "alicloud_vswitch", vpc_id=state.get("vpc_id")):
            if other["id"] != state.get("id") and net.overlaps(ipaddress.IPv4Network(other["attributes"]["cidr_block"])):
                raise CloudError("InvalidCidrBlock.Overlapped", f"The vSwitch CIDR {net} overlaps vSwitch "
                                 f"{other['id']} ({other['attributes']['cidr_block']}) in the same VPC.",
                                 attribute=("cidr_block",))
    elif type_name == "alicloud_vpn_gateway":
        _require(cloud, "alicloud_vpc", state.get("vpc_id"), "InvalidVpcId.NotFound", "vpc_id", "VPC")
        if known(state.get("vswitch_id")) and state["vswitch_id"]:
            _require(cloud, "alicloud_vswitch", state["vswitch_id"], "InvalidVSwitchId.NotFound", "vswitch_id",
                     "vSwitch")
    elif type_name == "alicloud_vpn_connection":
        _require(cloud, "alicloud_vpn_gateway", state.get("vpn_gateway_id"), "InvalidVpnGatewayInstanceId.NotFound",
                 "vpn_gateway_id", "VPN gateway")
        if known(state.get("customer_gateway_id")) and state["customer_gateway_id"]:
            _require(cloud, "alicloud_vpn_customer_gateway", state["customer_gateway_id"],
                     "InvalidCustomerGatewayInstanceId.NotFound", "customer_gateway_id", "customer gateway")
    elif type_name == "alicloud_vpn_route_entry":
        _require(cloud, "alicloud_vpn_gateway", state.get("vpn_gateway_id"), "InvalidVpnGatewayInstanceId.NotFound",
                 "vpn_gateway_id", "VPN gateway")
    elif type_name == "alicloud_vpc_peer_connection":
        _require(cloud, "alicloud_vpc", state.get("vpc_id"), "InvalidVpcId.NotFound", "vpc_id", "VPC")
