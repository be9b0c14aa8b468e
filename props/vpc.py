"""A VPC and its vSwitches, in one region."""

from __future__ import annotations

from pydantic import field_validator, model_validator

from ossiac_props.base import Props, declared_twice, raise_problems
from ossiac_props.cidrs import VSWITCH_MASKS, inside, overlapping_pairs, parse_cidr, validate_cidr
from ossiac_props.identifiers import validate_network_name, validate_region, validate_zone


class VSwitchProps(Props):
    name: str
    """Names the vSwitch."""
    zone: str
    """Zone ID, e.g. ap-northeast-1a (`zone_id`; `availability_zone` is deprecated)."""
    cidr: str
    """Must lie inside the VPC's CIDR, /16 to /29."""

    _name = field_validator("name")(lambda cls, v: validate_network_name(v))

    _zone = field_validator("zone")(lambda cls, v: validate_zone(v))

    @field_validator("cidr")
    @classmethod
    def _cidr(cls, cidr: str) -> str:
        if parse_cidr(cidr).prefixlen not in VSWITCH_MASKS:
            raise ValueError(f"{cidr!r}: a vSwitch CIDR block must be a /16 to a /29")
        return cidr


class VpcProps(Props):
    name: str
    """Names the VPC."""
    region: str | None = None
    """Default: the stack's region."""
    cidr: str
    """The VPC's IPv4 CIDR block."""
    vswitches: list[VSwitchProps] = []
    """Default: none."""
    description: str | None = None
    """Default: none."""
    tags: dict[str, str] = {}
    """Merged over the stack's tags. Default: none."""

    _name = field_validator("name")(lambda cls, v: validate_network_name(v))
    _cidr = field_validator("cidr")(lambda cls, v: validate_cidr(v))
    _region = field_validator("region")(lambda cls, v: v if v is None else validate_region(v))

    @model_validator(mode="after")
    def _vswitches(self) -> VpcProps:
        problems = []
        problems += declared_twice("vswitches", [v.name for v in self.vswitches])
        for index, vswitch in enumerate(self.vswitches):
            if not inside(vswitch.cidr, self.cidr):
                problems.append(f"vswitches[{index}].cidr {vswitch.cidr} is not inside the VPC's cidr {self.cidr}")
        problems += overlapping_pairs([(f"vswitches[{i}].cidr", v.cidr) for i, v in enumerate(self.vswitches)])
        raise_problems(problems)
        return self
