"""A VPC and its vSwitches, in one region."""

from __future__ import annotations

import re

from ossiac.cdk import TerraformProvider
from cdktf_cdktf_provider_alicloud.vpc import Vpc
from cdktf_cdktf_provider_alicloud.vswitch import Vswitch
from constructs import Construct
from pydantic import field_validator, model_validator

from ossiac_constructs.bucket_props import Props
from ossiac_constructs.network_cidrs import VSWITCH_MASKS, inside, overlapping_pairs, parse_cidr, validate_cidr

# Names of our network pieces: they become construct IDs and resource names.
NETWORK_NAME = re.compile(r"^[a-z][a-z0-9-]{0,38}[a-z0-9]$")
ZONE = re.compile(r"^[a-z]{2,3}-[a-z]+(-[0-9]+)?-?[a-z0-9]+$")


def validate_network_name(name: str) -> str:
    if not NETWORK_NAME.match(name):
        raise ValueError(f"{name!r} is not a name of 2-40 lowercase letters, digits and hyphens, starting with a letter")
    return name


class VSwitchProps(Props):
    name: str
    zone: str
    """Zone ID, e.g. ap-northeast-1a (`zone_id`; `availability_zone` is deprecated)."""
    cidr: str
    """Must lie inside the VPC's CIDR, /16 to /29."""

    _name = field_validator("name")(lambda cls, v: validate_network_name(v))

    @field_validator("zone")
    @classmethod
    def _zone(cls, zone: str) -> str:
        if not ZONE.match(zone):
            raise ValueError(f"{zone!r} is not a zone ID such as cn-shanghai-b or ap-northeast-1a")
        return zone

    @field_validator("cidr")
    @classmethod
    def _cidr(cls, cidr: str) -> str:
        if parse_cidr(cidr).prefixlen not in VSWITCH_MASKS:
            raise ValueError(f"{cidr!r}: a vSwitch CIDR block must be a /16 to a /29")
        return cidr


class VpcProps(Props):
    name: str
    region: str
    cidr: str
    vswitches: list[VSwitchProps] = []
    description: str | None = None
    tags: dict[str, str] = {}

    _name = field_validator("name")(lambda cls, v: validate_network_name(v))
    _cidr = field_validator("cidr")(lambda cls, v: validate_cidr(v))

    @model_validator(mode="after")
    def _vswitches(self) -> VpcProps:
        problems = []
        names = [v.name for v in self.vswitches]
        problems += [f"vswitches: {n!r} is declared twice" for n in sorted({n for n in names if names.count(n) > 1})]
        for index, vswitch in enumerate(self.vswitches):
            if not inside(vswitch.cidr, self.cidr):
                problems.append(f"vswitches[{index}].cidr {vswitch.cidr} is not inside the VPC's cidr {self.cidr}")
        problems += overlapping_pairs([(f"vswitches[{i}].cidr", v.cidr) for i, v in enumerate(self.vswitches)])
        if problems:
            raise ValueError("; ".join(problems))
        return self


class VpcNetwork(Construct):
    def __init__(self, scope: Construct, id_: str, props: VpcProps, *, provider: TerraformProvider | None = None) -> None:
        super().__init__(scope, id_)
        self.props = props
        self.region = props.region
        self.provider = provider
        self.vpc = Vpc(
            self,
            "vpc",
            provider=provider,
            vpc_name=props.name,
            cidr_block=props.cidr,
            description=props.description,
            tags=props.tags or None,
        )
        self.vswitches = {
            v.name: Vswitch(
                self,
                f"vswitch-{v.name}",
                provider=provider,
                vpc_id=self.vpc.id,
                vswitch_name=v.name,
                zone_id=v.zone,
                cidr_block=v.cidr,
                tags=props.tags or None,
            )
            for v in props.vswitches
        }
