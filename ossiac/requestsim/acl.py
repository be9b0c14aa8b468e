"""The ACL check and the public access block, for one request."""

from __future__ import annotations

from ossiac.requestsim.bucket_model import BucketSettings
from ossiac.requestsim.request_model import CheckResult, Credentials, Outcome, SimulatedRequest

# Which bucket ACLs let an anonymous caller read or write objects.
ANONYMOUS_READ_ACLS = ("public-read", "public-read-write")
ANONYMOUS_WRITE_ACLS = ("public-read-write",)


def check_access(bucket: BucketSettings, request: SimulatedRequest) -> list[CheckResult]:
    """[public-access-block, acl] results."""
    if request.credentials is not Credentials.ANONYMOUS:
        # A signed request (signed URL or Authorization header) is judged by the signer's own
        # permissions, not by the bucket ACL; the simulator assumes a valid signature from an
        # identity that may do this.
        signed = f"{request.credentials.value}: signed, so the ACL is not what decides (assumes a valid signature from an identity allowed to do this)"
        return [
            CheckResult("public-access-block", Outcome.SKIP, "applies to anonymous access only"),
            CheckResult("acl", Outcome.PASS, signed),
        ]
    needed = ANONYMOUS_WRITE_ACLS if request.writes else ANONYMOUS_READ_ACLS
    verb = "write" if request.writes else "read"
    if bucket.acl not in needed:
        return [
            CheckResult("public-access-block", Outcome.SKIP, "the ACL already refuses"),
            CheckResult("acl", Outcome.FAIL, f"anonymous {request.method} ({verb}) needs acl {' or '.join(needed)}; the bucket's acl is {bucket.acl} ({bucket.acl_source})"),
        ]
    # Blocking public access makes OSS ignore a public ACL: anonymous callers are refused.
    if bucket.block_public_access:
        return [
            CheckResult("public-access-block", Outcome.FAIL, f"block_public_access is true ({bucket.block_public_access_source}), so the public acl {bucket.acl} grants nothing to anonymous callers"),
            CheckResult("acl", Outcome.SKIP, f"acl {bucket.acl} would allow anonymous {verb}s, but public access is blocked"),
        ]
    return [
        CheckResult("public-access-block", Outcome.PASS, f"public access is not blocked ({bucket.block_public_access_source})"),
        CheckResult("acl", Outcome.PASS, f"acl {bucket.acl} allows anonymous {verb}s ({bucket.acl_source})"),
    ]
