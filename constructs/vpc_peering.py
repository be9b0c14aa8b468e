"""A VPC peering connection between two VPCs (same or another region), accepted, with routes on both sides.

Each side routes the other VPC's CIDR through the peering; more destinations (a VPN's remote
network) are added per side, and the requesting side routes OSS's internal VIP ranges of the
peer's region (by default all of them, from oss_internal_ranges.json). The accepter
resource runs in the peer's region; for a same-account peering the service has usually activated
the connection already, and the provider then only waits for it to be active.
"""

from __future__ import annotations

import re

from cdktf_cdktf_provider_alicloud.route_entry import RouteEntry
from cdktf_cdktf_provider_alicloud.vpc_peer_connection import VpcPeerConnection
from cdktf_cdktf_provider_alicloud.vpc_peer_connection_accepter import VpcPeerConnectionAccepter
from constructs import Construct
from pydantic import Field, field_validator

from ossiac_constructs.bucket_props import Props
from ossiac_constructs.invalid_props import InvalidPropsError
from ossiac_constructs.network_cidrs import overlaps, validate_cidr_list
from ossiac_constructs.oss_internal_ranges import oss_internal_ranges
from ossiac_constructs.vpc_network import VpcNetwork, validate_network_name


class VpcPeeringProps(Props):
    name: str
    bandwidth: int | None = Field(default=None, ge=1)
    """Mbit/s, for a cross-region peering. Default: the service's default."""
    vpc_routes: list[str] = []
    """More destinations the requesting VPC reaches through the peering (e.g. a VPN's networks)."""
    peer_vpc_routes: list[str] = []
    """More destinations the peer VPC reaches through the peering (e.g. the return path to a VPN's remote network)."""
    oss_internal_cidrs: list[str] | None = None
    """OSS internal VIP ranges routed from the requesting VPC through the peering. Default: every
    range of the peer VPC's region (oss_internal_ranges.json), since OSS moves its VIP between
    them; `[]` for none."""
    tags: dict[str, str] = {}

    _name = field_validator("name")(lambda cls, v: validate_network_name(v))
    _cidrs = field_validator("vpc_routes", "peer_vpc_routes", "oss_internal_cidrs")(
        lambda cls, v: v if v is None else validate_cidr_list(v))


def peering_problems(props: VpcPeeringProps, vpc_cidr: str, peer_cidr: str) -> list[str]:
    """What makes a peering unroutable: overlapping VPCs, or a route into a side's own CIDR."""
    problems = []
    if overlaps(vpc_cidr, peer_cidr):
        problems.append(f"the peered VPCs overlap: vpc {vpc_cidr} and peer_vpc {peer_cidr}")
    for key, own in (("vpc_routes", vpc_cidr), ("oss_internal_cidrs", vpc_cidr), ("peer_vpc_routes", peer_cidr)):
        for index, cidr in enumerate(getattr(props, key) or []):
            if overlaps(cidr, own):
                problems.append(f"{key}[{index}] {cidr} overlaps the CIDR {own} of the VPC it is added to")
    return problems


class VpcPeering(Construct):
    def __init__(self, scope: Construct, id_: str, props: VpcPeeringProps, vpc: VpcNetwork, peer: VpcNetwork) -> None:
        super().__init__(scope, id_)
        problems = peering_problems(props, vpc.props.cidr, peer.props.cidr)
        oss_cidrs = props.oss_internal_cidrs
        if oss_cidrs is None:
            try:
                oss_cidrs = oss_internal_ranges(peer.region)
            except ValueError as error:
                problems.append(f"oss_internal_cidrs: {error}; give oss_internal_cidrs, or [] for no route toward OSS")
            problems += [f"oss_internal_cidrs (default) {c} overlaps the CIDR {vpc.props.cidr} of the VPC it is added to"
                         for c in oss_cidrs or [] if overlaps(c, vpc.props.cidr)]
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
            tags=props.tags or None,
        )
        self.accepter = VpcPeerConnectionAccepter(
            self, "accepter", provider=peer.provider, instance_id=self.connection.id
        )
        # Routes only once the peering is active: the accepter waits for that.
        self.routes = [
            self._route(vpc, cidr) for cidr in [peer.props.cidr, *props.vpc_routes, *oss_cidrs]
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
