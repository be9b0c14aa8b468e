"""A private OSS bucket: the smallest useful building block."""

from __future__ import annotations

from dataclasses import dataclass

from cdktf_cdktf_provider_alicloud.oss_bucket import OssBucket
from cdktf_cdktf_provider_alicloud.oss_bucket_acl import OssBucketAcl
from constructs import Construct


@dataclass(frozen=True)
class PrivateBucketProps:
    bucket: str
    """The bucket name; unique in the region, 3-63 lowercase letters, digits and hyphens."""


class PrivateBucket(Construct):
    """An OSS bucket whose ACL is `private`, set through the standalone ACL resource."""

    def __init__(self, scope: Construct, id_: str, props: PrivateBucketProps) -> None:
        super().__init__(scope, id_)
        self.bucket = OssBucket(self, "bucket", bucket=props.bucket)
        # The provider deprecates the inline `acl` since 1.220.0 in favour of this resource.
        self.acl = OssBucketAcl(self, "acl", bucket=self.bucket.bucket, acl="private")
