"""Cross-region replication from a bucket to a backup bucket, with a least-privilege role for OSS."""

from __future__ import annotations

import json
from dataclasses import dataclass

from ossiac.cdk import TerraformProvider
from cdktf_cdktf_provider_alicloud.oss_bucket_replication import (
    OssBucketReplication,
    OssBucketReplicationDestination,
    OssBucketReplicationEncryptionConfiguration,
    OssBucketReplicationPrefixSet,
    OssBucketReplicationSourceSelectionCriteria,
    OssBucketReplicationSourceSelectionCriteriaSseKmsEncryptedObjects,
)
from cdktf_cdktf_provider_alicloud.ram_policy import RamPolicy
from cdktf_cdktf_provider_alicloud.ram_role import RamRole
from cdktf_cdktf_provider_alicloud.ram_role_policy_attachment import RamRolePolicyAttachment
from constructs import Construct


@dataclass(frozen=True)
class BucketReplicationProps:
    source_bucket: str
    destination_bucket: str
    destination_region: str
    prefixes: tuple[str, ...] = ()
    historical_objects: bool = True
    source_kms_key_arn: str | None = None
    """Set when the source uses SSE-KMS: the role may decrypt with this key only."""
    replica_kms_key_id: str | None = None
    replica_kms_key_arn: str | None = None
    """Encrypt replicas with this key (in the destination region)."""
    provider: TerraformProvider | None = None


class BucketReplication(Construct):
    def __init__(self, scope: Construct, id_: str, props: BucketReplicationProps) -> None:
        super().__init__(scope, id_)
        name = f"oss-replication-{props.source_bucket}"[:64]
        self.role = RamRole(
            self,
            "role",
            role_name=name,
            description=f"OSS replicates {props.source_bucket} to {props.destination_bucket}",
            assume_role_policy_document=_trust_oss(),
        )
        self.policy = RamPolicy(
            self,
            "policy",
            policy_name=name,
            description="Least privilege for OSS replication between two buckets",
            policy_document=_replication_policy(props),
        )
        RamRolePolicyAttachment(
            self,
            "attachment",
            role_name=self.role.role_name,
            policy_name=self.policy.policy_name,
            policy_type="Custom",
        )
        kms = props.source_kms_key_arn is not None
        self.replication = OssBucketReplication(
            self,
            "replication",
            provider=props.provider,
            bucket=props.source_bucket,
            action="ALL",
            destination=OssBucketReplicationDestination(
                bucket=props.destination_bucket, location=f"oss-{props.destination_region}"
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
                OssBucketReplicationEncryptionConfiguration(replica_kms_key_id=props.replica_kms_key_id)
                if kms and props.replica_kms_key_id
                else None
            ),
        )


def _trust_oss() -> str:
    return json.dumps(
        {
            "Version": "1",
            "Statement": [
                {"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"Service": ["oss.aliyuncs.com"]}}
            ],
        },
        separators=(",", ":"),
    )


def _replication_policy(props: BucketReplicationProps) -> str:
    def bucket_arns(bucket: str) -> list[str]:
        return [f"acs:oss:*:*:{bucket}", f"acs:oss:*:*:{bucket}/*"]

    statements = [
        {
            "Effect": "Allow",
            "Action": ["oss:ReplicateList", "oss:ReplicateGet"],
            "Resource": bucket_arns(props.source_bucket),
        },
        {
            "Effect": "Allow",
            "Action": ["oss:ReplicateList", "oss:ReplicateGet", "oss:ReplicatePut", "oss:ReplicateDelete"],
            "Resource": bucket_arns(props.destination_bucket),
        },
    ]
    if props.source_kms_key_arn:
        statements.append({"Effect": "Allow", "Action": ["kms:Decrypt"], "Resource": [props.source_kms_key_arn]})
    if props.replica_kms_key_arn:
        statements.append(
            {
                "Effect": "Allow",
                "Action": ["kms:Encrypt", "kms:GenerateDataKey"],
                "Resource": [props.replica_kms_key_arn],
            }
        )
    return json.dumps({"Version": "1", "Statement": statements}, separators=(",", ":"))
