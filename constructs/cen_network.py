"""A Cloud Enterprise Network (CEN) instance joining VPCs: the alternative to peering.

CEN learns each attached VPC's routes itself, so no route entries are written here. Traffic
between regions also needs a CEN bandwidth package and cross-region connection, and reaching
OSS internal endpoints of another region needs CEN's cloud-service routes; none of those
resources is in the pinned provider schema, so they are set up outside ossiac.
"""

from __future__ import annotations

from collections.abc import Sequence

from cdktf_cdktf_provider_alicloud.cen_instance import CenInstance
from cdktf_cdktf_provider_alicloud.cen_instance_attachment import CenInstanceAttachment
from constructs import Construct
from pydantic import field_validator

from ossiac_constructs.bucket_props import Props
from ossiac_constructs.invalid_props import InvalidPropsError
from ossiac_constructs.network_cidrs import overlaps
from ossiac_constructs.vpc_network import VpcNetwork, validate_network_name


class CenProps(Props):
    name: str
    description: str | None = None
    tags: dict[str, str] = {}

    _name = field_validator("name")(lambda cls, v: validate_network_name(v))


def cen_problems(cidrs: Sequence[tuple[str, str]]) -> list[str]:
    """`cidrs` are (vpc name, cidr): VPCs joined by one CEN must not overlap."""
    return [
        f"VPC {a} ({cidr_a}) overlaps VPC {b} ({cidr_b}); CEN cannot route between them"
        for i, (a, cidr_a) in enumerate(cidrs)
        for b, cidr_b in cidrs[i + 1 :]
        if overlaps(cidr_a, cidr_b)
    ]


class CenNetwork(Construct):
    def __init__(self, scope: Construct, id_: str, props: CenProps, vpcs: Sequence[VpcNetwork]) -> None:
        super().__init__(scope, id_)
        problems = cen_problems([(v.props.name, v.props.cidr) for v in vpcs])
        if problems:
            raise InvalidPropsError(f"CenNetwork {self.node.path}", problems)
        self.cen = CenInstance(
            self, "cen", cen_instance_name=props.name, description=props.description, tags=props.tags or None
        )
        self.attachments = [
            CenInstanceAttachment(
                self,
                f"attach-{vpc.props.name}",
                instance_id=self.cen.id,
                child_instance_id=vpc.vpc.id,
                child_instance_type="VPC",
                child_instance_region_id=vpc.region,
            )
            for vpc in vpcs
        ]
