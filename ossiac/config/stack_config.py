"""The typed schema of a stack file: what YAML may declare, with defaults and allowed values.

A file holds `stacks:`, a list of stacks. Bucket keys are the construct props (BucketProps);
only the website differs, naming files in the repo instead of carrying their content.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import Field, field_validator, model_validator

from ossiac.config.access import AccessConfig
from ossiac.config.network import NetworkConfig
from ossiac.config.alarms import AlarmsConfig

from ossiac_constructs.oss_internal_ranges import oss_internal_ranges
from ossiac_constructs.bucket_props import (
    BucketProps,
    EncryptionProps,
    LifecycleRule,
    Props,
    WebsiteProps,
    validate_bucket_name,
    validate_tags,
)

# Region IDs as Alibaba Cloud spells them: cn-hangzhou, ap-southeast-1, eu-central-1, ...
REGION = re.compile(r"^[a-z]{2,3}-[a-z]+(-[0-9]+)?$")
STACK_NAME = re.compile(r"^[a-z][a-z0-9-]{0,38}[a-z0-9]$")


def validate_region(region: str) -> str:
    if not REGION.match(region):
        raise ValueError(f"{region!r} is not a region ID such as cn-hangzhou or ap-southeast-1")
    return region


class WebsiteConfig(WebsiteProps):
    """As WebsiteProps, but the uploaded pages come from files in the repo."""

    index_content: None = None
    error_content: None = None
    index_file: str | None = None
    """Path of the index page, relative to the stack file. Default: nothing uploaded."""
    error_file: str | None = None
    """Path of the error page, relative to the stack file. Needs error_document."""

    @model_validator(mode="after")
    def _error_file_needs_a_key(self) -> WebsiteConfig:
        if self.error_file is not None and not self.error_document:
            raise ValueError("error_file needs error_document (the key to upload it to)")
        return self


class BucketConfig(BucketProps):
    website: WebsiteConfig | None = None


class BucketDefaults(Props):
    """Values every bucket of the stack takes unless it sets its own."""

    storage_class: Literal["Standard", "IA", "Archive", "ColdArchive", "DeepColdArchive"] | None = None
    redundancy_type: Literal["LRS", "ZRS"] | None = None
    encryption: EncryptionProps | None = None
    versioning: Literal["Enabled", "Suspended"] | None = None
    https_only: bool | None = None
    lifecycle: list[LifecycleRule] | None = None
    transfer_acceleration: bool | None = None


class KmsConfig(Props):
    key_id: str | None = None
    """Use this existing key for SSE-KMS. Default: the stack creates and manages one."""
    alias: str | None = None
    """Alias of the managed key. Default: alias/ossiac-<stack>."""


class LogBucketConfig(Props):
    name: str | None = None
    """Default: <stack>-access-logs. Created by the stack unless `existing: true`."""
    existing: bool = False
    retention_days: int = Field(default=365, ge=1)
    """Access logs expire after this many days."""

    @field_validator("name")
    @classmethod
    def _name(cls, name: str | None) -> str | None:
        return None if name is None else validate_bucket_name(name)


class StackConfig(Props):
    name: str
    """Stack name: the folder under cdktf.out/stacks and the Terraform state's name."""
    region: str
    tags: dict[str, str] = {}
    """Tags on every bucket and key of the stack; a bucket's own tags win."""
    defaults: BucketDefaults = BucketDefaults()
    kms: KmsConfig = KmsConfig()
    log_bucket: LogBucketConfig = LogBucketConfig()
    buckets: list[BucketConfig] = []
    access: AccessConfig | None = None
    """Upload roles and app server users (see README, Access)."""
    network: NetworkConfig | None = None
    """VPN, peering or CEN links and the OSS sync trigger (see README, Migration network)."""
    alarms: AlarmsConfig = AlarmsConfig()
    """CloudMonitor alarms on every bucket and who hears of them (see README, Alarms)."""

    @field_validator("name")
    @classmethod
    def _name(cls, name: str) -> str:
        if not STACK_NAME.match(name):
            raise ValueError("must be 2-40 lowercase letters, digits and hyphens, starting with a letter")
        return name

    @field_validator("region")
    @classmethod
    def _region(cls, region: str) -> str:
        return validate_region(region)

    @field_validator("tags")
    @classmethod
    def _tags(cls, tags: dict[str, str]) -> dict[str, str]:
        return validate_tags(tags)

    @model_validator(mode="after")
    def _cross_field(self) -> StackConfig:
        problems = []
        names = [b.name for b in self.buckets]
        for name in sorted({n for n in names if names.count(n) > 1}):
            problems.append(f"bucket {name!r} is declared twice")
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
        problems += self._oss_range_problems()
        if problems:
            raise ValueError("; ".join(problems))
        return self

    def _oss_range_problems(self) -> list[str]:
        """A peering left to the default OSS ranges needs a peer region the range data knows."""
        if self.network is None:
            return []
        regions = {vpc.name: vpc.region or self.region for vpc in self.network.vpcs}
        problems = []
        for index, peering in enumerate(self.network.peerings):
            if peering.oss_internal_cidrs is None and peering.peer_vpc in regions:
                try:
                    oss_internal_ranges(regions[peering.peer_vpc])
                except ValueError as error:
                    problems.append(f"network.peerings[{index}].oss_internal_cidrs: {error}; give "
                                    "oss_internal_cidrs, or [] for no route toward OSS")
        return problems

    @property
    def log_bucket_name(self) -> str:
        return self.log_bucket.name or f"{self.name}-access-logs"

    @property
    def kms_alias(self) -> str:
        return self.kms.alias or f"alias/ossiac-{self.name}"


class StackFile(Props):
    stacks: list[StackConfig] = Field(min_length=1)
