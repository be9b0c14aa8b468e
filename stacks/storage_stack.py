"""A storage stack: secure buckets, the KMS keys and log buckets of their regions, and their access.

Composes constructs from a validated StackConfig; reads nothing itself.
"""

from __future__ import annotations

from ossiac.cdk import TerraformOutput, TerraformStack
from cdktf_cdktf_provider_alicloud.provider import AlicloudProvider
from constructs import Construct

from ossiac.config.access import AccessConfig
from ossiac.config.loader import LoadedStack
from ossiac.targets.backend import configure_backend
from ossiac_constructs.bucket_props import BucketProps
from ossiac_constructs.bucket_replication import BucketReplication, BucketReplicationProps
from ossiac_constructs.regional_foundation import RegionalFoundation, RegionalFoundationProps
from ossiac_constructs.secure_bucket import SecureBucket
from ossiac_stacks.access import add_access
from ossiac_stacks.network import add_network
from ossiac_stacks.alarms import add_bucket_alarms


class StorageStack(TerraformStack):
    def __init__(self, scope: Construct, loaded: LoadedStack) -> None:
        config = loaded.config
        super().__init__(scope, config.name)
        configure_backend(self, config.name)
        AlicloudProvider(self, "alicloud", region=config.region)

        self.foundations: dict[str, RegionalFoundation] = {}
        home = self._foundation(loaded, config.region)
        self.buckets: dict[str, SecureBucket] = {}
        for props in loaded.buckets:
            bucket = SecureBucket(self, f"bucket-{props.name}", props, home.environment())
            self.buckets[props.name] = bucket
            if props.replication:
                self._replicate(loaded, bucket, props, home)
        if config.access is not None:
            access = _with_bucket_keys(config.access, loaded.buckets, home.kms_key_id)
            add_access(self, access, {name: b.bucket.bucket for name, b in self.buckets.items()})
        if config.network is not None:
            add_network(self, config.network, config.region, self.buckets, config.tags)
        add_bucket_alarms(self, config.name, config.alarms, config.tags)
        self._outputs(home)

    def _foundation(self, loaded: LoadedStack, region: str) -> RegionalFoundation:
        """One KMS key and log bucket per region the stack uses; created on first use."""
        if region in self.foundations:
            return self.foundations[region]
        config = loaded.config
        home = region == config.region
        suffix = "" if home else f"-{region}"
        foundation = RegionalFoundation(
            self,
            f"foundation-{region}",
            RegionalFoundationProps(
                region=region,
                alias=None if home else region.replace("-", "_"),
                kms_key_id=config.kms.key_id if home else None,
                kms_alias=config.kms_alias + suffix,
                log_bucket=_regional_name(config.log_bucket_name, suffix),
                log_bucket_existing=config.log_bucket.existing and home,
                log_retention_days=config.log_bucket.retention_days,
                tags=config.tags,
            ),
        )
        self.foundations[region] = foundation
        return foundation

    def _replicate(self, loaded: LoadedStack, source: SecureBucket, props: BucketProps, home: RegionalFoundation) -> None:
        replication = props.replication
        remote = self._foundation(loaded, replication.destination_region)
        destination_name = replication.destination_bucket
        if replication.create_destination:
            backup_props = BucketProps(
                name=destination_name,
                tags=props.tags,
                versioning="Enabled",
                storage_class=props.storage_class,
                redundancy_type=props.redundancy_type,
                allow_destroy=props.allow_destroy,
            )
            backup = SecureBucket(self, f"bucket-{destination_name}", backup_props, remote.environment())
            self.buckets[destination_name] = backup
            destination_name = backup.bucket.bucket
        uses_kms = props.encryption.algorithm == "KMS"
        BucketReplication(
            self,
            f"replication-{props.name}",
            BucketReplicationProps(
                source_bucket=source.bucket.bucket,
                destination_bucket=destination_name,
                destination_region=replication.destination_region,
                prefixes=tuple(replication.prefixes),
                historical_objects=replication.historical_objects,
                source_kms_key_arn=_key_arn(home, props) if uses_kms else None,
                replica_kms_key_id=remote.kms_key_id if uses_kms else None,
                replica_kms_key_arn=remote.managed_key.key.arn if uses_kms and remote.managed_key else None,
            ),
        )

    def _outputs(self, home: RegionalFoundation) -> None:
        TerraformOutput(self, "buckets", value={name: b.bucket.bucket for name, b in self.buckets.items()})
        TerraformOutput(
            self,
            "bucket_endpoints",
            value={name: b.bucket.extranet_endpoint for name, b in self.buckets.items()},
        )
        TerraformOutput(self, "kms_key_id", value=home.kms_key_id)
        TerraformOutput(self, "access_log_bucket", value=home.log_bucket_name)


def _with_bucket_keys(access: AccessConfig, buckets: list[BucketProps], stack_key_id: str) -> AccessConfig:
    """Upload roles on this stack's SSE-KMS buckets may use the bucket's key unless told otherwise:
    writing to such a bucket needs kms:GenerateDataKey, reading it kms:Decrypt."""
    keys = {
        b.name: b.encryption.kms_key_id or stack_key_id for b in buckets if b.encryption.algorithm == "KMS"
    }
    roles = [
        role.model_copy(update={"kms_key_id": keys[role.bucket]}) if role.kms_key_id is None and role.bucket in keys else role
        for role in access.upload_roles
    ]
    return access.model_copy(update={"upload_roles": roles})


def _regional_name(name: str, suffix: str) -> str:
    """A per-region variant of a bucket name, kept within the 63-character limit."""
    return name if not suffix else f"{name[: 63 - len(suffix)]}{suffix}"


def _key_arn(home: RegionalFoundation, props: BucketProps) -> str | None:
    if props.encryption.kms_key_id or home.managed_key is None:
        return None  # a key managed elsewhere: its ARN is not known here, so no KMS grant is made
    return home.managed_key.key.arn
