"""decide(): the documented order of OSS's checks, as a pure function.

INTERIM: only the account's own key and public-read ACLs are modelled here; the full order
(explicit deny, RAM policies, bucket policy, ACL, public access block, referer, CORS) replaces it.
"""

from __future__ import annotations

from ossiac.authz.model import AccessRequest, BucketView, Decision, Principal, PrincipalKind

_READS = ("GET", "HEAD")


def decide(request: AccessRequest, principal: Principal, bucket: BucketView | None) -> Decision:
    if principal.kind is PrincipalKind.ACCOUNT:
        return Decision(True, 200, None, None, "the account's own key")
    if principal.anonymous and bucket is not None and request.key and request.method in _READS \
            and bucket.acl in ("public-read", "public-read-write") and not bucket.block_public_access:
        return Decision(True, 200, None, None, f"acl {bucket.acl} allows anonymous reads")
    return Decision(False, 403, "AccessDenied", "acl", "You have no right to access this object because of "
                    "bucket acl.")
