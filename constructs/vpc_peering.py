"""A VPC peering connection between two VPCs (same or another region), accepted, with routes on both sides.

Each side routes the other VPC's CIDR through the peering; more destinations (a VPN's remote
network, the OSS internal endpoint range of the peer's region) are added per side. The accepter
resource runs in the peer's region; for a same-account peering the service has usually activated
the connection already, and the provider then only waits for it to be active.
"""

from __future__ import annotations

import re

from cdktf_cdktf_provider_alicloud.route_entry import RouteEntry
from cdktf_cdktf_provider_alicloud.vpc_peer_connection import VpcPeerConnection
from cdktf_cdktf_provider_alicloud.vpc_peer_connection_accepter import VpcPeerConnectionAccepter
from constructs import Construct

from ossiac_constructs.invalid_props import InvalidPropsError
from ossiac_constructs.terraform_text import literal_map
from ossiac_constructs.vpc_network import VpcNetwork
from ossiac_props.vpc_peering import VpcPeeringProps, oss_route_problems, peering_problems


class VpcPeering(Construct):
    def __init__(self, scope: Construct, id_: str, props: VpcPeeringProps, vpc: VpcNetwork, peer: VpcNetwork) -> None:
        super().__init__(scope, id_)
        problems = peering_problems(props, vpc.props.cidr, peer.props.cidr)
        problems += oss_route_problems(props, vpc.props.cidr, peer.region)
        problems += [
            f"{key}: {wanted!r} is not the VPC given ({given.props.name})"
            for key, wanted, given in (("vpc", props.vpc, vpc), ("peer_vpc", props.peer_vpc, peer))
            if wanted != given.props.name
        ]
        if problems:
            raise InvalidPropsError(f"VpcPeering {self.node.path}", problems)
        self.connection = VpcPeerConnection(
            self,
            "connection",
            provider=vpc.provider,
            peer_connection_name=props.name,
            vpc_id=vpc.vpc.id,
            accepting_vpc_id=peer.vpc.id,
            accepting_region_id=peer.region,
            bandwidth=props.bandwidth,
            tags=literal_map(props.tags),
        )
        self.accepter = VpcPeerConnectionAccepter(
            self, "accepter", provider=peer.provider, instance_id=self.connection.id
        )
        # Routes only once the peering is active: the accepter waits for that.
        self.routes = [
            self._route(vpc, cidr) for cidr in [peer.props.cidr, *props.vpc_routes, *props.oss_routes(peer.region)]
        ] + [self._route(peer, cidr) for cidr in [vpc.props.cidr, *props.peer_vpc_routes]]

    def _route(self, side: VpcNetwork, cidr: str) -> RouteEntry:
        return RouteEntry(
            self,
            f"route-{side.props.name}-{re.sub(r'[./]', '-', cidr)}",
            provider=side.provider,
            route_table_id=side.vpc.route_table_id,
            destination_cidrblock=cidr,
            nexthop_type="VpcPeer",
            nexthop_id=self.connection.id,
            depends_on=[self.accepter],
        )
