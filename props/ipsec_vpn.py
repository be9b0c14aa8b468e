"""An IPsec VPN from another network into a VPC: gateway, customer gateway, connection, routes.

The pre-shared key is never a prop value: `psk_variable` names the sensitive Terraform variable
that holds it (set TF_VAR_<name> at deploy time).
"""

from __future__ import annotations

import ipaddress
from typing import Literal

from pydantic import Field, field_validator, model_validator

from ossiac_props.base import Props, raise_problems
from ossiac_props.cidrs import overlaps, validate_cidr, validate_cidr_list
from ossiac_props.identifiers import validate_network_name, validate_variable_name
from ossiac_props.ipsec_settings import IkeSettings, IpsecSettings
from ossiac_props.oss_internal_ranges import oss_internal_ranges

# Customer gateway ASNs: 1..4294967295 (4-byte ASNs).
MAX_ASN = 4_294_967_295


class CustomerGatewayProps(Props):
    ip_address: str
    """Public IPv4 address of the peer's VPN device."""
    asn: int | None = Field(default=None, ge=1, le=MAX_ASN)
    """The peer's BGP autonomous system number. Default: none (static routing)."""

    @field_validator("ip_address")
    @classmethod
    def _public_ip(cls, value: str) -> str:
        try:
            address = ipaddress.IPv4Address(value)
        except ValueError:
            raise ValueError(f"{value!r} is not an IPv4 address") from None
        if not address.is_global:
            raise ValueError(f"{value} is not a public address; the peer gateway must be reachable from the internet")
        return value


class IpsecConnectionProps(Props):
    local_networks: list[str] = Field(min_length=1, max_length=10)
    """CIDR blocks on the Alibaba Cloud side that the other network reaches through the tunnel."""
    oss_region: str | None = None
    """The other network also reaches OSS in this region: every OSS internal VIP range of the
    region (props/oss_internal_ranges.json) is added to the local networks. Default: none."""
    remote_networks: list[str] = Field(min_length=1, max_length=10)
    """CIDR blocks of the other network."""
    ike: IkeSettings = IkeSettings()
    """Phase 1. Default: the strongest settings (ikev2, aes256, sha256, group14)."""
    ipsec: IpsecSettings = IpsecSettings()
    """Phase 2. Default: aes256, sha256, group14."""
    effect_immediately: bool = True
    """Negotiate as soon as it is created, so the link is up before the first transfer. Default: true."""

    @field_validator("local_networks", "remote_networks")
    @classmethod
    def _cidrs(cls, values: list[str]) -> list[str]:
        return validate_cidr_list(values)

    @field_validator("oss_region")
    @classmethod
    def _oss_region_with_ranges(cls, value: str | None) -> str | None:
        # Only OSS's ranges in that region are needed, not a provider in it: a region the pinned
        # provider refuses (cn-wuhan-lr) is still a valid place to reach OSS in.
        if value is not None:
            try:
                oss_internal_ranges(value)
            except ValueError as error:
                raise ValueError(f"{error}; or list OSS's ranges in local_networks yourself") from None
        return value

    @property
    def local_subnets(self) -> list[str]:
        """The local networks plus the OSS ranges of `oss_region`: what the tunnel carries on our side."""
        extra = oss_internal_ranges(self.oss_region) if self.oss_region else []
        return [*self.local_networks, *(cidr for cidr in extra if cidr not in self.local_networks)]

    @model_validator(mode="after")
    def _no_overlap(self) -> IpsecConnectionProps:
        try:
            local_subnets = self.local_subnets
        except ValueError as error:
            raise ValueError(f"oss_region: {error}; or list OSS's ranges in local_networks yourself") from None
        if len(local_subnets) > 10:
            raise ValueError(
                f"local_networks with the OSS ranges of {self.oss_region} are {len(local_subnets)} "
                "blocks; a connection carries at most 10"
            )
        # A block on both sides of the tunnel cannot be routed; overlaps within one side are harmless.
        problems = [
            f"local_networks[{i}] {local} overlaps remote_networks[{j}] {remote}"
            for i, local in enumerate(local_subnets)
            for j, remote in enumerate(self.remote_networks)
            if overlaps(local, remote)
        ]
        raise_problems(problems)
        return self


class VpnRouteProps(Props):
    destination: str
    """Where traffic goes through the connection, usually a remote network."""
    weight: Literal[0, 100] = 100
    """100 (preferred) or 0 (standby). Default: 100."""
    publish_vpc: bool = True
    """Publish the route to the VPC's route table, so the VPC sends that traffic to the gateway. Default: true."""

    _destination = field_validator("destination")(lambda cls, v: validate_cidr(v))


class IpsecVpnProps(Props):
    name: str
    """Names the gateway and the connection."""
    vpc: str
    """Name of a VPC in the stack's `network.vpcs`."""
    bandwidth: int = Field(ge=1)
    """Gateway bandwidth in Mbit/s (ForceNew: changing it replaces the gateway)."""
    vswitch: str | None = None
    """A vSwitch of the VPC for the gateway. Default: the service picks one."""
    customer_gateway: CustomerGatewayProps
    """The other network's VPN device."""
    connection: IpsecConnectionProps
    """The IPsec connection."""
    routes: list[VpnRouteProps] | None = None
    """Default: one preferred route per remote network, published to the VPC."""
    psk_variable: str | None = None
    """Sensitive Terraform variable holding the pre-shared key. Default: vpn_psk_<name>."""
    tags: dict[str, str] = {}
    """Merged over the stack's tags. Default: none."""

    _name = field_validator("name")(lambda cls, v: validate_network_name(v))
    _psk_variable = field_validator("psk_variable")(lambda cls, v: validate_variable_name(v))

    @property
    def psk_variable_name(self) -> str:
        return self.psk_variable or "vpn_psk_" + self.name.replace("-", "_")

    @property
    def route_list(self) -> list[VpnRouteProps]:
        if self.routes is not None:
            return self.routes
        return [VpnRouteProps(destination=cidr) for cidr in self.connection.remote_networks]


def vpn_vpc_problems(props: IpsecVpnProps, vpc_name: str, vpc_cidr: str, vswitches: list[str]) -> list[str]:
    """What makes a VPN unusable in its VPC: an unknown vSwitch, a remote network inside the VPC."""
    problems = []
    if props.vswitch is not None and props.vswitch not in vswitches:
        problems.append(f"vswitch: {props.vswitch!r} is not a vSwitch of VPC {vpc_name}")
    problems += [
        f"connection.remote_networks[{i}] {cidr} overlaps its VPC {vpc_name} ({vpc_cidr})"
        for i, cidr in enumerate(props.connection.remote_networks)
        if overlaps(cidr, vpc_cidr)
    ]
    return problems
