"""The minimal example stack: one private bucket in one region."""

from __future__ import annotations

from cdktf import LocalBackend, TerraformOutput, TerraformStack
from cdktf_cdktf_provider_alicloud.provider import AlicloudProvider
from constructs import Construct

from ossiac_constructs.private_bucket import PrivateBucket, PrivateBucketProps


class ExampleStack(TerraformStack):
    def __init__(self, scope: Construct, id_: str, *, region: str, bucket: str) -> None:
        super().__init__(scope, id_)
        # Relative to the stack's folder under cdktf.out, so the JSON is the same on every machine.
        LocalBackend(self, path=f"../../../terraform.{id_}.tfstate")
        AlicloudProvider(self, "alicloud", region=region)
        private = PrivateBucket(self, "example", PrivateBucketProps(bucket=bucket))
        TerraformOutput(self, "bucket_name", value=private.bucket.bucket)
