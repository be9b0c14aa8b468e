"""Cross-region replication from a bucket to a backup bucket, with a least-privilege role for OSS.

The role is a ServiceRole granted through the buckets' grants: list and read on the source (and
kms:Decrypt on its key), replicate into the destination (and encrypt with its key). When the
source encrypts with SSE-KMS, whichever key it is (the stack's or one given by ID), the rule also
replicates SSE-KMS objects and encrypts the replicas with the destination's key.
"""

from __future__ import annotations

from cdktf_cdktf_provider_alicloud.oss_bucket_replication import (
    OssBucketReplication,
    OssBucketReplicationDestination,
    OssBucketReplicationEncryptionConfiguration,
    OssBucketReplicationPrefixSet,
    OssBucketReplicationSourceSelectionCriteria,
    OssBucketReplicationSourceSelectionCriteriaSseKmsEncryptedObjects,
)
from constructs import Construct

from ossiac.cdk import TerraformProvider
from ossiac_constructs.bucket_grants import BucketGrants, BucketReference
from ossiac_constructs.service_role import ServiceRole
from ossiac_props.bucket import ReplicationProps
from ossiac_props.ram_names import replication_role_name
from ossiac_props.service_role import ServiceRoleProps


class BucketReplication(Construct):
    def __init__(
        self,
        scope: Construct,
        id_: str,
        props: ReplicationProps,
        *,
        source: BucketGrants,
        source_name: str,
        destination: BucketGrants,
        provider: TerraformProvider | None = None,
    ) -> None:
        """`source` replicates into `destination` (SecureBuckets or `SecureBucket.from_name(...)`);
        `source_name` is the source's literal name, from which the role name is derived."""
        super().__init__(scope, id_)
        kms = source.kms_key_id is not None
        if not kms:
            # Only SSE-KMS objects need the destination's key; others replicate as they are.
            destination = BucketReference(destination.bucket_name)
        name = props.role_name or replication_role_name(source_name)
        self.role = ServiceRole(
            self,
            "Default",  # hidden from logical IDs: the role's resources keep their addresses
            ServiceRoleProps(
                name=name,
                policy_name=name,
                trusted_services=["oss.aliyuncs.com"],
                description=f"OSS replicates {source_name} to {props.destination_bucket}",
                policy_description="Least privilege for OSS replication between two buckets",
            ),
        )
        source.grant_replication_source(self.role)
        destination.grant_replication_destination(self.role)
        self.replication = OssBucketReplication(
            self,
            "replication",
            provider=provider,
            bucket=source.bucket_name,
            action="ALL",
            destination=OssBucketReplicationDestination(
                bucket=destination.bucket_name, location=f"oss-{props.destination_region}"
            ),
            historical_object_replication="enabled" if props.historical_objects else "disabled",
            prefix_set=OssBucketReplicationPrefixSet(prefixes=list(props.prefixes)) if props.prefixes else None,
            sync_role=self.role.role_name,
            source_selection_criteria=(
                OssBucketReplicationSourceSelectionCriteria(
                    sse_kms_encrypted_objects=OssBucketReplicationSourceSelectionCriteriaSseKmsEncryptedObjects(
                        status="Enabled"
                    )
                )
                if kms
                else None
            ),
            encryption_configuration=(
                OssBucketReplicationEncryptionConfiguration(replica_kms_key_id=destination.kms_key_id)
                if kms and destination.kms_key_id
                else None
            ),
        )
