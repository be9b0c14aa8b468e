"""One decision for one request: served (200) or 403, which check refused it, and the CORS headers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ossiac.requestsim.acl import check_access
from ossiac.requestsim.bucket_model import BucketSettings
from ossiac.requestsim.cors import evaluate_cors
from ossiac.requestsim.referer import check_referer
from ossiac.requestsim.request_model import CheckResult, Outcome, SimulatedRequest

ACCESS_DENIED = "AccessDenied"
# OSS's own error code for a refused preflight.
PREFLIGHT_ERROR_CODE = "AccessForbidden"


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
            "bucket": {"name": bucket.name, "address": bucket.address, "acl": bucket.acl, "block_public_access": bucket.block_public_access},
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


def simulate(bucket: BucketSettings, request: SimulatedRequest) -> Decision:
    cors = evaluate_cors(bucket.cors, request)
    notes = list(bucket.notes) + list(cors.notes)
    if request.preflight:
        # A preflight carries no credentials and no object is served: OSS answers it from the
        # CORS rules alone.
        not_checked = "a preflight is answered from the CORS rules alone"
        checks = (
            CheckResult("public-access-block", Outcome.SKIP, not_checked),
            CheckResult("acl", Outcome.SKIP, not_checked),
            CheckResult("referer", Outcome.SKIP, not_checked),
            cors.result,
        )
    else:
        checks = (*check_access(bucket, request), check_referer(bucket.referer, request), cors.result)

    refusal = next((check for check in checks if check.outcome is Outcome.FAIL), None)
    if refusal is None:
        warning = next((check for check in checks if check.outcome is Outcome.WARN), None)
        reason = warning.detail if warning else "every check passes"
        return Decision(True, 200, None, reason, checks, cors.headers, tuple(notes), None)

    if request.origin and not request.preflight:
        notes.append(f"a browser may show this 403 as a CORS error; the cause is {refusal.check}, not the CORS rules")
    oss_error_code = PREFLIGHT_ERROR_CODE if refusal.check == "cors-preflight" else ACCESS_DENIED
    return Decision(False, 403, refusal.check, refusal.detail, checks, cors.headers, tuple(notes), oss_error_code)
