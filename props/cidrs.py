"""IPv4 CIDR blocks as VPC, vSwitch, VPN and route APIs accept them: network addresses only.

`172.24.0.1/16` is refused (the provider validates `validateCIDRNetworkAddress`): a host address
with a mask is almost always a typo for the network, and guessing which one was meant is worse.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence

# vSwitch masks Alibaba Cloud accepts (VPC docs: a vSwitch is a /16 to a /29).
VSWITCH_MASKS = range(16, 30)


def parse_cidr(value: str) -> ipaddress.IPv4Network:
    """The network, or ValueError saying what is wrong with `value`."""
    try:
        network = ipaddress.ip_network(value, strict=False)
    except ValueError:
        raise ValueError(f"{value!r} is not an IPv4 CIDR block such as 172.16.0.0/16") from None
    if network.version != 4 or "/" not in value:
        raise ValueError(f"{value!r} is not an IPv4 CIDR block such as 172.16.0.0/16")
    if str(network) != value:
        raise ValueError(f"{value!r} has host bits set; the network address is {network}")
    return network


def validate_cidr(value: str) -> str:
    parse_cidr(value)
    return value


def validate_cidr_list(values: list[str]) -> list[str]:
    """Every CIDR of a list checked, the bad ones named by index."""
    problems = []
    for index, value in enumerate(values):
        try:
            validate_cidr(value)
        except ValueError as error:
            problems.append(f"[{index}]: {error}")
    if problems:
        raise ValueError("; ".join(problems))
    return values


def overlapping_pairs(blocks: Sequence[tuple[str, str]]) -> list[str]:
    """`blocks` are (key, cidr) pairs; one message per overlapping pair, naming both keys."""
    problems = []
    for i, (key_a, cidr_a) in enumerate(blocks):
        for key_b, cidr_b in blocks[i + 1 :]:
            if parse_cidr(cidr_a).overlaps(parse_cidr(cidr_b)):
                problems.append(f"{key_a} {cidr_a} overlaps {key_b} {cidr_b}")
    return problems


def overlaps(a: str, b: str) -> bool:
    return parse_cidr(a).overlaps(parse_cidr(b))


def inside(inner: str, outer: str) -> bool:
    return parse_cidr(inner).subnet_of(parse_cidr(outer))
