"""What every region a stack uses needs before its buckets: a provider, a KMS key and a log bucket."""

from __future__ import annotations

from cdktf_cdktf_provider_alicloud.provider import AlicloudProvider
from constructs import Construct

from ossiac_constructs.managed_kms_key import ManagedKmsKey
from ossiac_constructs.secure_bucket import BucketEnvironment, SecureBucket
from ossiac_props.bucket import BucketProps, LifecycleRule
from ossiac_props.foundation import RegionalFoundationProps
from ossiac_props.kms_key import ManagedKmsKeyProps

LOG_BUCKET_NO_LOGGING_REASON = (
    "this is the access-log bucket: it is the logging target, and logging it into itself would "
    "mix its own access records into the ones it keeps"
)


class RegionalFoundation(Construct):
    def __init__(self, scope: Construct, id_: str, props: RegionalFoundationProps) -> None:
        super().__init__(scope, id_)
        self.region = props.region
        self.provider = None
        if props.alias:
            self.provider = AlicloudProvider(self, "provider", region=props.region, alias=props.alias)
        self.managed_key: ManagedKmsKey | None = None
        self.kms_key_id: str
        if props.kms_key_id is None:
            self.managed_key = ManagedKmsKey(
                self, "kms", ManagedKmsKeyProps(alias=props.kms_alias, tags=props.tags), provider=self.provider
            )
            self.kms_key_id = self.managed_key.key_id
        else:
            self.kms_key_id = props.kms_key_id
        self.log_bucket = None
        self.log_bucket_name = props.log_bucket
        if not props.log_bucket_existing:
            self.log_bucket = SecureBucket(
                self,
                "access-logs",
                BucketProps(
                    name=props.log_bucket,
                    tags=props.tags,
                    lifecycle=[
                        LifecycleRule(
                            id="expire-access-logs",
                            expiration_days=props.log_retention_days,
                            noncurrent_expiration_days=30,
                        )
                    ],
                    allow_destroy=props.allow_destroy,
                ),
                BucketEnvironment(
                    kms_key_id=self.kms_key_id,
                    access_log_bucket=None,
                    no_access_log_reason=LOG_BUCKET_NO_LOGGING_REASON,
                    provider=self.provider,
                ),
            )
            # Buckets log into this name; referencing the resource orders creation correctly.
            self.log_bucket_name = self.log_bucket.bucket.bucket

    def environment(self) -> BucketEnvironment:
        return BucketEnvironment(
            kms_key_id=self.kms_key_id, access_log_bucket=self.log_bucket_name, provider=self.provider
        )
