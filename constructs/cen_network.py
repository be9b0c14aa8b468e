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

from ossiac_constructs.invalid_props import InvalidPropsError
from ossiac_constructs.terraform_text import literal, literal_map
from ossiac_constructs.vpc_network import VpcNetwork
from ossiac_props.cen import CenProps, cen_problems


class CenNetwork(Construct):
    def __init__(self, scope: Construct, id_: str, props: CenProps, vpcs: Sequence[VpcNetwork]) -> None:
        super().__init__(scope, id_)
        problems = cen_problems([(v.props.name, v.props.cidr) for v in vpcs])
        if problems:
            raise InvalidPropsError(f"CenNetwork {self.node.path}", problems)
        self.cen = CenInstance(
            self,
            "cen",
            cen_instance_name=props.name,
            description=literal(props.description),
            tags=literal_map(props.tags),
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
