"""A VPC peering connection between two VPCs (same or another region), with routes on both sides."""

from __future__ import annotations

from pydantic import Field, field_validator

from ossiac_props.base import Props
from ossiac_props.cidrs import overlaps, validate_cidr_list
from ossiac_props.identifiers import validate_network_name


class VpcPeeringProps(Props):
    name: str
    """Names the peering connection."""
    vpc: str
    """The requesting VPC, by name in `network.vpcs` (its region creates the peering)."""
    peer_vpc: str
    """The accepting VPC, by name, in the same or another region."""
    bandwidth: int | None = Field(default=None, ge=1)
    """Mbit/s, for a cross-region peering. Default: the service's default."""
    vpc_routes: list[str] = []
    """More destinations the requesting VPC reaches through the peering (e.g. a VPN's networks). Default: none."""
    peer_vpc_routes: list[str] = []
    """More destinations the peer VPC reaches through the peering (e.g. the return path to a VPN's remote network). Default: none."""
    oss_internal_cidrs: list[str] = []
    """The OSS internal endpoint range of the peer VPC's region, routed from the requesting VPC. Default: none."""
    tags: dict[str, str] = {}
    """Merged over the stack's tags. Default: none."""

    _name = field_validator("name")(lambda cls, v: validate_network_name(v))
    _cidrs = field_validator("vpc_routes", "peer_vpc_routes", "oss_internal_cidrs")(lambda cls, v: validate_cidr_list(v))


def peering_problems(props: VpcPeeringProps, vpc_cidr: str, peer_cidr: str) -> list[str]:
    """What makes a peering unroutable: overlapping VPCs, or a route into a side's own CIDR."""
    problems = []
    if overlaps(vpc_cidr, peer_cidr):
        problems.append(f"the peered VPCs overlap: vpc {vpc_cidr} and peer_vpc {peer_cidr}")
    for key, own in (("vpc_routes", vpc_cidr), ("oss_internal_cidrs", vpc_cidr), ("peer_vpc_routes", peer_cidr)):
        for index, cidr in enumerate(getattr(props, key)):
            if overlaps(cidr, own):
                problems.append(f"{key}[{index}] {cidr} overlaps the CIDR {own} of the VPC it is added to")
    return problems
