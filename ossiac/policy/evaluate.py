"""Deciding a request against RAM permission policies, offline.

The evaluator is the authorization engine's (`ossiac.authz.statements`), so `ossiac policy
simulate` and the local cloud's endpoint read every statement the same way; these names are kept
for the policy simulator and its callers. `decide_as_identity` asks the engine itself, for a RAM
identity holding the policies, with the bucket's policy when one is given.
"""

from __future__ import annotations

from collections.abc import Sequence

from ossiac.authz.engine import decide
from ossiac.authz.model import (
    ALLOW,
    EXPLICIT_DENY,
    IMPLICIT_DENY,
    AccessRequest,
    BucketView,
    Credentials,
    Evaluation as Decision,
    Policy as NamedPolicy,
    Principal,
    PrincipalKind,
    StatementRef,
)
from ossiac.authz.resources import bucket_of
from ossiac.authz.statements import Request, evaluate

__all__ = [
    "ALLOW",
    "EXPLICIT_DENY",
    "IMPLICIT_DENY",
    "Decision",
    "NamedPolicy",
    "Request",
    "StatementRef",
    "decide_as_identity",
    "evaluate",
]


def decide_as_identity(
    policies: Sequence[NamedPolicy],
    request: Request,
    *,
    bucket_policy: NamedPolicy | None = None,
    principal_id: str = "",
) -> Decision:
    """The engine's verdict for a RAM user holding `policies` (named `principal_id` in bucket
    policies) that makes `request`; the bucket policy applies when the resource is in its bucket."""
    principal = Principal(
        PrincipalKind.RAM_USER,
        uid=principal_id,
        name=principal_id or "the simulated identity",
        policies=tuple(policies),
    )
    where = bucket_of(request.resource)
    bucket = None
    if bucket_policy is not None and where is not None:
        bucket = BucketView(
            name=where[0], owner_account="", policy=bucket_policy.document, policy_source=bucket_policy.name
        )
    access = AccessRequest(
        action=request.action,
        bucket=where[0] if where else None,
        key=where[1] if where else None,
        method="",
        resource=request.resource,
        credentials=Credentials.AUTHORIZATION_HEADER,
        context=dict(request.context),
    )
    decision = decide(access, principal, bucket)
    return Decision(decision.verdict, decision.statement, list(decision.reasons))
