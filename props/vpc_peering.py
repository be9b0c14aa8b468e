"""A VPC peering connection between two VPCs (same or another region), with routes on both sides."""

from __future__ import annotations

from pydantic import Field, field_validator

from ossiac_props.base import Props
from ossiac_props.cidrs import overlaps, validate_cidr_list
from ossiac_props.identifiers import validate_network_name
from ossiac_props.oss_internal_ranges import oss_internal_ranges


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
    oss_internal_cidrs: list[str] | None = None
    """OSS internal VIP ranges routed from the requesting VPC through the peering. Default: every
    range of the peer VPC's region (props/oss_internal_ranges.json), since OSS moves its VIP between
    them; `[]` for none."""
    tags: dict[str, str] = {}
    """Merged over the stack's tags. Default: none."""

    _name = field_validator("name")(lambda cls, v: validate_network_name(v))
    _cidrs = field_validator("vpc_routes", "peer_vpc_routes", "oss_internal_cidrs")(
        lambda cls, v: v if v is None else validate_cidr_list(v)
    )

    def oss_routes(self, peer_region: str) -> list[str]:
        """The OSS ranges to route: as given, else every range of the peer's region (ValueError if unknown)."""
        return self.oss_internal_cidrs if self.oss_internal_cidrs is not None else oss_internal_ranges(peer_region)


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


def oss_route_problems(props: VpcPeeringProps, vpc_cidr: str, peer_region: str) -> list[str]:
    """A peering left to the default OSS ranges needs a peer region the range data knows, and
    ranges that stay outside the requesting VPC."""
    if props.oss_internal_cidrs is not None:
        return []  # given ranges are checked by peering_problems
    try:
        ranges = oss_internal_ranges(peer_region)
    except ValueError as error:
        return [f"oss_internal_cidrs: {error}; give oss_internal_cidrs, or [] for no route toward OSS"]
    return [
        f"oss_internal_cidrs (default) {cidr} overlaps the CIDR {vpc_cidr} of the VPC it is added to"
        for cidr in ranges
        if overlaps(cidr, vpc_cidr)
    ]
