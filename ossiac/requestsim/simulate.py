"""One decision for one request: served (200) or 403, which check refused it, and the CORS headers.

The decision is the authorization engine's, the same one the local cloud's endpoint makes; this
module only says which principal and request a simulated browser request is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ossiac.authz.engine import ACCESS_DENIED as ACCESS_DENIED_CODE, PREFLIGHT_REFUSED, decide
from ossiac.authz.model import ANONYMOUS, AccessRequest, Credentials, Outcome, Principal, PrincipalKind
from ossiac.requestsim.bucket_model import BucketSettings
from ossiac.requestsim.request_model import CheckResult, SimulatedRequest

ACCESS_DENIED = ACCESS_DENIED_CODE
# OSS's own error code for a refused preflight.
PREFLIGHT_ERROR_CODE = PREFLIGHT_REFUSED


@dataclass(frozen=True)
class Decision:
    served: bool
    status: int
    refused_by: str | None
    reason: str
    checks: tuple[CheckResult, ...]
    cors_headers: dict[str, str]
    notes: tuple[str, ...]
    oss_error_code: str | None

    @property
    def status_line(self) -> str:
        return f"served {self.status}" if self.served else f"{self.status} {ACCESS_DENIED}"

    def to_json(self, bucket: BucketSettings, request: SimulatedRequest) -> dict[str, Any]:
        return {
            "served": self.served,
            "status": self.status,
            "error": None if self.served else ACCESS_DENIED,
            "oss_error_code": self.oss_error_code,
            "refused_by": self.refused_by,
            "reason": self.reason,
            "checks": [{"check": c.check, "outcome": c.outcome.value, "detail": c.detail} for c in self.checks],
            "cors_headers": self.cors_headers,
            "notes": list(self.notes),
            "bucket": {
                "name": bucket.name,
                "address": bucket.address,
                "acl": bucket.acl,
                "block_public_access": bucket.block_public_access,
            },
            "request": {
                "method": request.method,
                "key": request.key,
                "credentials": request.credentials.value,
                "referer": request.referer or None,
                "origin": request.origin,
                "request_method": request.preflight_method,
                "request_headers": list(request.preflight_headers),
            },
        }


# The RAM action of each browser request method (POST is a form upload, PostObject).
ACTIONS = {
    "GET": "oss:GetObject",
    "HEAD": "oss:GetObject",
    "PUT": "oss:PutObject",
    "POST": "oss:PutObject",
    "DELETE": "oss:DeleteObject",
    "OPTIONS": "oss:Preflight",
}
# A signed request is taken to be signed by the bucket owner's account: the simulator assumes a
# valid signature from an identity allowed to do this (only an explicit Deny can refuse it).
OWNER = Principal(PrincipalKind.ACCOUNT, name="the bucket owner (assumed signer)")


def access_request(bucket: BucketSettings, request: SimulatedRequest) -> AccessRequest:
    """The engine's request for one simulated browser request (no condition keys: they are unknown offline)."""
    return AccessRequest(
        action=ACTIONS[request.method],
        bucket=bucket.name,
        key=request.key,
        method=request.method,
        credentials=request.credentials,
        referer=request.referer or None,
        origin=request.origin,
        preflight_method=request.preflight_method,
        preflight_headers=request.preflight_headers,
    )


def principal_of(request: SimulatedRequest) -> Principal:
    return ANONYMOUS if request.credentials is Credentials.ANONYMOUS else OWNER


def simulate(bucket: BucketSettings, request: SimulatedRequest) -> Decision:
    """The engine's decision (`ossiac.authz.engine.decide`), in the simulator's terms."""
    decided = decide(access_request(bucket, request), principal_of(request), bucket.view)
    checks = decided.findings
    notes = list(decided.notes)
    if decided.allowed:
        warning = next((check for check in checks if check.outcome is Outcome.WARN), None)
        reason = warning.detail if warning else "every check passes"
        return Decision(True, 200, None, reason, checks, dict(decided.cors_headers), tuple(notes), None)
    if request.origin and not request.preflight:
        notes.append(
            f"a browser may show this 403 as a CORS error; the cause is {decided.refused_by}, not the CORS rules"
        )
    return Decision(
        False,
        decided.status,
        decided.refused_by,
        decided.reason,
        checks,
        dict(decided.cors_headers),
        tuple(notes),
        decided.code,
    )
