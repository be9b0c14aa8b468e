"""ACLs: what a bucket ACL or object ACL grants to everyone (anonymous callers included).

`private` grants nothing; `public-read` grants reading objects and listing the bucket;
`public-read-write` adds writing and deleting objects. Configuring the bucket (its ACL, policy,
CORS, ...) is never granted by an ACL. An object ACL of `default` (or none) inherits the bucket's.
"""

from __future__ import annotations

from ossiac.authz.model import AccessRequest, BucketView

PUBLIC_ACLS = ("public-read", "public-read-write")
ANONYMOUS_READ_ACLS = PUBLIC_ACLS
ANONYMOUS_WRITE_ACLS = ("public-read-write",)

READ_ACTIONS = frozenset(
    a.lower()
    for a in (
        "oss:GetObject",
        "oss:GetObjectMeta",
        "oss:HeadObject",
        "oss:ListObjects",
        "oss:ListObjectsV2",
        "oss:ListObjectVersions",
        "oss:GetSymlink",
        "oss:GetObjectAcl",
        "oss:GetObjectTagging",
    )
)
WRITE_ACTIONS = frozenset(
    a.lower()
    for a in (
        "oss:PutObject",
        "oss:PostObject",
        "oss:AppendObject",
        "oss:DeleteObject",
        "oss:DeleteMultipleObjects",
        "oss:AbortMultipartUpload",
        "oss:ListParts",
        "oss:ListMultipartUploads",
        "oss:PutSymlink",
        "oss:RestoreObject",
        "oss:InitiateMultipartUpload",
        "oss:UploadPart",
        "oss:CompleteMultipartUpload",
    )
)


def writes(action: str) -> bool:
    return action.lower() in WRITE_ACTIONS


def needed_acls(action: str) -> tuple[str, ...]:
    """The ACLs that would grant `action` to everyone; () when no ACL grants it."""
    if action.lower() in READ_ACTIONS:
        return ANONYMOUS_READ_ACLS
    if action.lower() in WRITE_ACTIONS:
        return ANONYMOUS_WRITE_ACLS
    return ()


def effective_acl(request: AccessRequest, bucket: BucketView) -> tuple[str, str]:
    """(acl, where it comes from): the object's own ACL when it has one, else the bucket's."""
    if request.key is not None and bucket.object_acl not in (None, "", "default"):
        return str(bucket.object_acl), f"the object's own acl is {bucket.object_acl}"
    source = f" ({bucket.acl_source})" if bucket.acl_source else ""
    return bucket.acl, f"the bucket's acl is {bucket.acl}{source}"
