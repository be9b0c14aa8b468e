"""The typed schema of a stack file: what YAML may declare, with defaults and allowed values.

A file holds `stacks:`, a list of stacks. Every section is the props model its constructs take:
buckets are BucketProps, `access:` AccessProps, `network:` NetworkProps, `alarms:` AlarmsProps.
`ossiac schema` prints this model as JSON Schema (schema/stack-file.schema.json).
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator, model_validator

from ossiac_props.access import AccessProps
from ossiac_props.alarms import AlarmsProps
from ossiac_props.base import Props, declared_twice, raise_problems
from ossiac_props.bucket import BucketProps, EncryptionProps, LifecycleRule
from ossiac_props.bucket_names import validate_bucket_name
from ossiac_props.deploy_role import DeployRoleProps
from ossiac_props.identifiers import validate_kms_key_id, validate_region, validate_stack_name, validate_tags
from ossiac_props.kms_key import kms_alias_problem
from ossiac_props.network import NetworkProps
from ossiac_props.regions import bucket_region_problem
from ossiac_props.vpc_peering import oss_route_problems


class BucketDefaults(Props):
    """Values every bucket of the stack takes unless it sets its own."""

    storage_class: Literal["Standard", "IA", "Archive", "ColdArchive", "DeepColdArchive"] | None = None
    """Default: unset (each bucket's own default)."""
    redundancy_type: Literal["LRS", "ZRS"] | None = None
    """Default: unset (each bucket's own default)."""
    encryption: EncryptionProps | None = None
    """Default: unset (each bucket's own default)."""
    versioning: Literal["Enabled", "Suspended"] | None = None
    """Default: unset (each bucket's own default)."""
    https_only: bool | None = None
    """Default: unset (each bucket's own default)."""
    lifecycle: list[LifecycleRule] | None = None
    """Default: unset (each bucket's own default)."""
    transfer_acceleration: bool | None = None
    """Default: unset (each bucket's own default)."""


class KmsProps(Props):
    key_id: str | None = None
    """Use this existing key for SSE-KMS. Default: the stack creates and manages one."""
    alias: str | None = None
    """Alias of the managed key. Default: alias/ossiac-<stack>."""

    _key_id = field_validator("key_id")(lambda cls, key: validate_kms_key_id(key))

    @field_validator("alias")
    @classmethod
    def _alias(cls, alias: str | None) -> str | None:
        raise_problems([p for p in [alias and kms_alias_problem(alias)] if p])
        return alias


class LogBucketProps(Props):
    name: str | None = None
    """Default: <stack>-access-logs. Created by the stack unless `existing: true`."""
    existing: bool = False
    """The log bucket exists already and is not managed here. Default: false (created)."""
    retention_days: int = Field(default=365, ge=1)
    """Access logs expire after this many days. Default: 365."""

    @field_validator("name")
    @classmethod
    def _name(cls, name: str | None) -> str | None:
        return None if name is None else validate_bucket_name(name)


class StackProps(Props):
    name: str
    """Stack name: the folder under cdktf.out/stacks and the Terraform state's name."""
    region: str
    """Region ID, e.g. cn-shanghai: the stack's default provider, key and log bucket."""
    tags: dict[str, str] = {}
    """Tags on every bucket and key of the stack; a bucket's own tags win. Default: none."""
    defaults: BucketDefaults = BucketDefaults()
    """Bucket keys every bucket takes unless it sets its own. Default: none."""
    kms: KmsProps = KmsProps()
    """Default: a key the stack creates and manages."""
    log_bucket: LogBucketProps = LogBucketProps()
    """Default: <stack>-access-logs, created by the stack."""
    buckets: list[BucketProps] = []
    """The stack's buckets. Default: none."""
    access: AccessProps | None = None
    """Upload roles and app server users (see README, Access). Default: none."""
    network: NetworkProps | None = None
    """VPN, peering or CEN links and the OSS sync trigger (see README, Migration network). Default: none."""
    alarms: AlarmsProps = AlarmsProps()
    """CloudMonitor alarms on every bucket and who hears of them (see README, Alarms). Default: the six default alarms, group <stack>-oss-oncall."""
    deploy_role: DeployRoleProps | None = None
    """The RAM role GitHub Actions assumes through OIDC to deploy this stack (docs/pr-to-production.md). Default: none."""

    _name = field_validator("name")(lambda cls, v: validate_stack_name(v))
    _region = field_validator("region")(lambda cls, v: validate_region(v))
    _tags = field_validator("tags")(lambda cls, v: validate_tags(v))

    @model_validator(mode="after")
    def _cross_field(self) -> StackProps:
        names = [b.name for b in self.buckets]
        problems = declared_twice("buckets", names) + self._home_bucket_region_problems()
        if self.log_bucket_name in names:
            problems.append(f"bucket {self.log_bucket_name!r} is also the stack's log bucket")
        for bucket in self.buckets:
            replication = bucket.replication
            if replication and replication.destination_region == self.region:
                problems.append(
                    f"bucket {bucket.name!r}: replication.destination_region must be another region than {self.region}"
                )
            if replication and replication.destination_bucket in names:
                problems.append(
                    f"bucket {bucket.name!r}: replication.destination_bucket {replication.destination_bucket!r} "
                    "is declared as a bucket of this stack"
                )
        for region in sorted({b.replication.destination_region for b in self.buckets if b.replication} - {self.region}):
            # The key of each replica region is named after the stack's: `<alias>-<region>`.
            if problem := kms_alias_problem(f"{self.kms_alias}-{region}"):
                problems.append(f"kms.alias: the key made for replicas in {region} would be named: {problem}")
        problems += self._oss_route_problems() + self._merged_tag_problems()
        roles = {r.name for r in self.access.upload_roles} if self.access else set()
        if self.deploy_role is not None and self.deploy_role.name in roles:
            problems.append(
                f"deploy_role.name: {self.deploy_role.name!r} is also an upload role of access.upload_roles"
            )
        raise_problems(problems)
        return self

    def _home_bucket_region_problems(self) -> list[str]:
        """The stack's buckets and the access-log bucket it creates live in its region: OSS must serve it."""
        made = [
            what
            for what, creates in (
                ("its buckets", self.buckets),
                ("its access-log bucket", not self.log_bucket.existing),
            )
            if creates
        ]
        problem = made and bucket_region_problem(self.region)
        return [f"region: {problem} (the stack creates {' and '.join(made)} there)"] if problem else []

    def _oss_route_problems(self) -> list[str]:
        """Peerings left to the default OSS ranges: checked here, where a VPC's region defaults to the stack's."""
        if self.network is None:
            return []
        vpcs = {vpc.name: vpc for vpc in self.network.vpcs}
        problems = []
        for index, peering in enumerate(self.network.peerings):
            if peering.vpc in vpcs and peering.peer_vpc in vpcs:
                peer_region = vpcs[peering.peer_vpc].region or self.region
                problems += [
                    f"network.peerings[{index}].{p}"
                    for p in oss_route_problems(peering, vpcs[peering.vpc].cidr, peer_region)
                ]
        return problems

    def _merged_tag_problems(self) -> list[str]:
        """Network pieces carry the stack's tags merged with their own: the limit holds for the sum."""
        if self.network is None:
            return []
        pieces = [
            (f"network.{kind}[{i}].tags", p.tags)
            for kind in ("vpcs", "vpns", "peerings")
            for i, p in enumerate(getattr(self.network, kind))
        ]
        if self.network.cen is not None:
            pieces.append(("network.cen.tags", self.network.cen.tags))
        problems = []
        for where, tags in pieces:
            try:
                validate_tags({**self.tags, **tags})
            except ValueError as error:
                problems.append(f"{where}: with the stack's tags merged in: {error}")
        return problems

    @property
    def log_bucket_name(self) -> str:
        return self.log_bucket.name or f"{self.name}-access-logs"

    @property
    def kms_alias(self) -> str:
        return self.kms.alias or f"alias/ossiac-{self.name}"


class StackFileProps(Props):
    stacks: list[StackProps] = Field(min_length=1)
    """The stacks this file declares: at least one."""
