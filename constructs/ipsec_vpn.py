"""An IPsec VPN from another network into a VPC: VPN gateway, customer gateway, connection, routes.

The pre-shared key is never a prop value: the construct takes a reference to a sensitive
Terraform variable and refuses a literal, so the key cannot end up in the synthesized JSON.
Routes are explicit `alicloud_vpn_route_entry` resources (auto_config_route off), so what the
gateway routes is reviewed code rather than something the service adds on its own.
"""

from __future__ import annotations

import re

from cdktf_cdktf_provider_alicloud.vpn_connection import VpnConnection, VpnConnectionIkeConfig, VpnConnectionIpsecConfig
from cdktf_cdktf_provider_alicloud.vpn_customer_gateway import VpnCustomerGateway
from cdktf_cdktf_provider_alicloud.vpn_gateway import VpnGateway
from cdktf_cdktf_provider_alicloud.vpn_route_entry import VpnRouteEntry
from constructs import Construct

from ossiac.cdk import TerraformProvider, Token
from ossiac_constructs.invalid_props import InvalidPropsError
from ossiac_constructs.terraform_text import literal_map
from ossiac_constructs.vpc_network import VpcNetwork
from ossiac_props.ipsec_vpn import IpsecVpnProps, vpn_vpc_problems


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
        if props.vpc != vpc.props.name:
            problems.append(f"vpc: {props.vpc!r} is not the VPC given ({vpc.props.name})")
        problems += vpn_vpc_problems(props, vpc.props.name, vpc.props.cidr, list(vpc.vswitches))
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
            tags=literal_map(props.tags),
        )
        peer = props.customer_gateway
        self.customer_gateway = VpnCustomerGateway(
            self,
            "customer-gateway",
            provider=provider,
            customer_gateway_name=f"{props.name}-peer",
            ip_address=peer.ip_address,
            asn=str(peer.asn) if peer.asn is not None else None,
            tags=literal_map(props.tags),
        )
        connection, ike, ipsec = props.connection, props.connection.ike, props.connection.ipsec
        self.connection = VpnConnection(
            self,
            "connection",
            provider=provider,
            vpn_connection_name=props.name,
            vpn_gateway_id=self.gateway.id,
            customer_gateway_id=self.customer_gateway.id,
            local_subnet=connection.local_subnets,
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
            tags=literal_map(props.tags),
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
