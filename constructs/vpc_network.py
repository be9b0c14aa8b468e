"""A VPC and its vSwitches, in one region."""

from __future__ import annotations

from cdktf_cdktf_provider_alicloud.vpc import Vpc
from cdktf_cdktf_provider_alicloud.vswitch import Vswitch
from constructs import Construct

from ossiac.cdk import TerraformProvider
from ossiac_constructs.invalid_props import InvalidPropsError
from ossiac_constructs.terraform_text import literal, literal_map
from ossiac_props.vpc import VpcProps


class VpcNetwork(Construct):
    def __init__(
        self, scope: Construct, id_: str, props: VpcProps, *, provider: TerraformProvider | None = None
    ) -> None:
        super().__init__(scope, id_)
        if props.region is None:
            raise InvalidPropsError(f"VpcNetwork {self.node.path}", ["region: give the VPC's region"])
        self.props = props
        self.region = props.region
        self.provider = provider
        self.vpc = Vpc(
            self,
            "vpc",
            provider=provider,
            vpc_name=props.name,
            cidr_block=props.cidr,
            description=literal(props.description),
            tags=literal_map(props.tags),
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
                tags=literal_map(props.tags),
            )
            for v in props.vswitches
        }
