"""An IPsec VPN from another network into a VPC: VPN gateway, customer gateway, connection, routes.

The pre-shared key is never a prop value: the construct takes a reference to a sensitive
Terraform variable and refuses a literal, so the key cannot end up in the synthesized JSON.
Routes are explicit `alicloud_vpn_route_entry` resources (auto_config_route off), so what the
gateway routes is reviewed code rather than something the service adds on its own.
"""

from __future__ import annotations

import ipaddress
import re
from typing import Literal

from ossiac.cdk import TerraformProvider, Token
from cdktf_cdktf_provider_alicloud.vpn_connection import VpnConnection, VpnConnectionIkeConfig, VpnConnectionIpsecConfig
from cdktf_cdktf_provider_alicloud.vpn_customer_gateway import VpnCustomerGateway
from cdktf_cdktf_provider_alicloud.vpn_gateway import VpnGateway
from cdktf_cdktf_provider_alicloud.vpn_route_entry import VpnRouteEntry
from constructs import Construct
from pydantic import Field, field_validator, model_validator

from ossiac_constructs.bucket_props import Props
from ossiac_constructs.invalid_props import InvalidPropsError
from ossiac_constructs.ipsec_settings import IkeSettings, IpsecSettings
from ossiac_constructs.network_cidrs import overlaps, validate_cidr, validate_cidr_list
from ossiac_constructs.vpc_network import VpcNetwork, validate_network_name

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
    remote_networks: list[str] = Field(min_length=1, max_length=10)
    """CIDR blocks of the other network."""
    ike: IkeSettings = IkeSettings()
    ipsec: IpsecSettings = IpsecSettings()
    effect_immediately: bool = True
    """Negotiate as soon as it is created, so the link is up before the first transfer."""

    @field_validator("local_networks", "remote_networks")
    @classmethod
    def _cidrs(cls, values: list[str]) -> list[str]:
        return validate_cidr_list(values)

    @model_validator(mode="after")
    def _no_overlap(self) -> IpsecConnectionProps:
        # A block on both sides of the tunnel cannot be routed; overlaps within one side are harmless.
        problems = [
            f"local_networks[{i}] {local} overlaps remote_networks[{j}] {remote}"
            for i, local in enumerate(self.local_networks)
            for j, remote in enumerate(self.remote_networks)
            if overlaps(local, remote)
        ]
        if problems:
            raise ValueError("; ".join(problems))
        return self


class VpnRouteProps(Props):
    destination: str
    """Where traffic goes through the connection, usually a remote network."""
    weight: Literal[0, 100] = 100
    """100 (preferred) or 0 (standby)."""
    publish_vpc: bool = True
    """Publish the route to the VPC's route table, so the VPC sends that traffic to the gateway."""

    _destination = field_validator("destination")(lambda cls, v: validate_cidr(v))


class IpsecVpnProps(Props):
    name: str
    bandwidth: int = Field(ge=1)
    """Gateway bandwidth in Mbit/s (ForceNew: changing it replaces the gateway)."""
    vswitch: str | None = None
    """A vSwitch of the VPC for the gateway. Default: the service picks one."""
    customer_gateway: CustomerGatewayProps
    connection: IpsecConnectionProps
    routes: list[VpnRouteProps] | None = None
    """Default: one preferred route per remote network, published to the VPC."""
    tags: dict[str, str] = {}

    _name = field_validator("name")(lambda cls, v: validate_network_name(v))

    @property
    def route_list(self) -> list[VpnRouteProps]:
        if self.routes is not None:
            return self.routes
        return [VpnRouteProps(destination=cidr) for cidr in self.connection.remote_networks]


class IpsecVpn(Construct):
    def __init__(
        self,
        scope: Construct,
        id_: str,
        props: IpsecVpnProps,
        vpc: VpcNetwork,
        psk: str,
        *,
        provider: TerraformProvider | None = None,
    ) -> None:
        super().__init__(scope, id_)
        problems = []
        if not Token.is_unresolved(psk):
            problems.append("psk: pass a reference to a sensitive variable, never the key itself")
        if props.vswitch is not None and props.vswitch not in vpc.vswitches:
            problems.append(f"vswitch: {props.vswitch!r} is not a vSwitch of VPC {vpc.props.name}")
        problems += [
            f"connection.remote_networks[{i}] {cidr} overlaps the VPN's VPC {vpc.props.name} ({vpc.props.cidr})"
            for i, cidr in enumerate(props.connection.remote_networks)
            if overlaps(cidr, vpc.props.cidr)
        ]
        if problems:
            raise InvalidPropsError(f"IpsecVpn {self.node.path}", problems)

        self.gateway = VpnGateway(
            self,
            "gateway",
            provider=provider,
            vpn_gateway_name=props.name,
            vpc_id=vpc.vpc.id,
            vswitch_id=vpc.vswitches[props.vswitch].id if props.vswitch else None,
            bandwidth=props.bandwidth,
            enable_ipsec=True,
            enable_ssl=False,
            payment_type="PayAsYouGo",
            tags=props.tags or None,
        )
        peer = props.customer_gateway
        self.customer_gateway = VpnCustomerGateway(
            self,
            "customer-gateway",
            provider=provider,
            customer_gateway_name=f"{props.name}-peer",
            ip_address=peer.ip_address,
            asn=str(peer.asn) if peer.asn is not None else None,
            tags=props.tags or None,
        )
        connection, ike, ipsec = props.connection, props.connection.ike, props.connection.ipsec
        self.connection = VpnConnection(
            self,
            "connection",
            provider=provider,
            vpn_connection_name=props.name,
            vpn_gateway_id=self.gateway.id,
            customer_gateway_id=self.customer_gateway.id,
            local_subnet=connection.local_networks,
            remote_subnet=connection.remote_networks,
            effect_immediately=connection.effect_immediately,
            auto_config_route=False,
            ike_config=VpnConnectionIkeConfig(
                psk=psk,
                ike_version=ike.version,
                ike_mode=ike.mode,
                ike_enc_alg=ike.encryption,
                ike_auth_alg=ike.authentication,
                ike_pfs=ike.dh_group,
                ike_lifetime=ike.lifetime,
                ike_local_id=ike.local_id,
                ike_remote_id=ike.remote_id,
            ),
            ipsec_config=VpnConnectionIpsecConfig(
                ipsec_enc_alg=ipsec.encryption,
                ipsec_auth_alg=ipsec.authentication,
                ipsec_pfs=ipsec.dh_group,
                ipsec_lifetime=ipsec.lifetime,
            ),
            tags=props.tags or None,
        )
        self.routes = [
            VpnRouteEntry(
                self,
                f"route-{_slug(route.destination)}",
                provider=provider,
                vpn_gateway_id=self.gateway.id,
                route_dest=route.destination,
                next_hop=self.connection.id,
                weight=route.weight,
                publish_vpc=route.publish_vpc,
            )
            for route in props.route_list
        ]


def _slug(cidr: str) -> str:
    return re.sub(r"[./]", "-", cidr)
