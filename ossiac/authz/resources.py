"""The resource ARN a request is about, as RAM and bucket policies name it:
`acs:oss:*:<account>:<bucket>` for the bucket, `acs:oss:*:<account>:<bucket>/<key>` for an object,
`acs:oss:*:<account>:*` for the service (ListBuckets). An unknown account is written `*`."""

from __future__ import annotations

from ossiac.authz.model import AccessRequest, BucketView


def resource_arn(request: AccessRequest, bucket: BucketView | None, account: str = "") -> str:
    if request.resource:
        return request.resource
    owner = (bucket.owner_account if bucket is not None else account) or "*"
    if not request.bucket:
        return f"acs:oss:*:{owner}:*"
    if request.key is None:
        return f"acs:oss:*:{owner}:{request.bucket}"
    return f"acs:oss:*:{owner}:{request.bucket}/{request.key}"


def bucket_of(resource: str) -> tuple[str, str | None] | None:
    """(bucket, key or None) of an OSS resource ARN; None for anything else (or a wildcard bucket)."""
    parts = resource.split(":", 4)
    if len(parts) != 5 or parts[0] != "acs" or parts[1] != "oss":
        return None
    bucket, slash, key = parts[4].partition("/")
    if not bucket or "*" in bucket or "?" in bucket:
        return None
    return bucket, (key if slash else None)
