"""A Cloud Enterprise Network (CEN) instance joining VPCs: the alternative to peering."""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import field_validator

from ossiac_props.base import Props
from ossiac_props.cidrs import overlaps
from ossiac_props.identifiers import validate_network_name


class CenProps(Props):
    name: str
    """Name of the CEN instance."""
    description: str | None = None
    """Default: none."""
    vpcs: list[str]
    """The VPCs joined, by name in `network.vpcs`."""
    tags: dict[str, str] = {}
    """Merged over the stack's tags. Default: none."""

    _name = field_validator("name")(lambda cls, v: validate_network_name(v))


def cen_problems(cidrs: Sequence[tuple[str, str]]) -> list[str]:
    """`cidrs` are (vpc name, cidr): VPCs joined by one CEN must not overlap."""
    return [
        f"VPC {a} ({cidr_a}) overlaps VPC {b} ({cidr_b}); CEN cannot route between them"
        for i, (a, cidr_a) in enumerate(cidrs)
        for b, cidr_b in cidrs[i + 1 :]
        if overlaps(cidr_a, cidr_b)
    ]
