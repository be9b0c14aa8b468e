"""CORS: which rule, if any, OSS applies to a cross-origin request, and the headers it returns.

OSS walks the rules in order and uses the first whose AllowedOrigin matches the Origin (`*`
wildcard), whose AllowedMethod holds the method (for a preflight, Access-Control-Request-Method)
and whose AllowedHeader matches every header in Access-Control-Request-Headers (case-insensitive,
`*` wildcard). No match means no CORS headers at all; for a preflight it means 403.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ossiac.authz.model import AccessRequest, CorsConfig, CorsRule, Finding, Outcome
from ossiac_props.wildcard import wildcard_match


@dataclass(frozen=True)
class CorsOutcome:
    result: Finding
    headers: dict[str, str] = field(default_factory=dict)
    notes: tuple[str, ...] = ()


def evaluate_cors(config: CorsConfig | None, request: AccessRequest) -> CorsOutcome:
    check = "cors-preflight" if request.preflight else "cors"
    if not request.origin:
        return CorsOutcome(
            Finding(check, Outcome.SKIP, "no Origin header: not a cross-origin request, so OSS adds no CORS headers")
        )
    method = request.preflight_method if request.preflight else request.method
    requested_headers = request.preflight_headers if request.preflight else ()
    # With ResponseVary on, OSS sends Vary: Origin whether or not a rule matches.
    vary = {"Vary": "Origin"} if config is not None and config.response_vary else {}
    if config is None or not config.rules:
        return _no_match(check, vary, "the bucket has no CORS rules")

    misses = []
    matching = []
    for number, rule in enumerate(config.rules, start=1):
        miss = _why_not(rule, request.origin, method or "", requested_headers)
        if miss is None:
            matching.append(number)
        else:
            misses.append(f"rule {number}: {miss}")
    if not matching:
        return _no_match(check, vary, "; ".join(misses))

    number = matching[0]
    rule = config.rules[number - 1]
    headers = _response_headers(rule, request.origin, requested_headers) | vary
    notes: tuple[str, ...] = ()
    if len(matching) > 1 and not config.ordered:
        notes = (
            f"rules {matching} all match; {config.source} declares cors_rule as a Terraform set, so the order OSS "
            f"receives may differ from the file's and another of them may answer",
        )
    what = f"preflight for {method}" if request.preflight else method
    return CorsOutcome(
        Finding(check, Outcome.PASS, f"{what} from {request.origin} matches rule {number} ({config.source})"),
        headers,
        notes,
    )


def _no_match(check: str, vary: dict[str, str], why: str) -> CorsOutcome:
    if check == "cors-preflight":
        return CorsOutcome(
            Finding(
                check, Outcome.FAIL, f"no CORS rule allows this preflight ({why}); OSS answers 403 AccessForbidden"
            ),
            vary,
        )
    return CorsOutcome(
        Finding(
            check,
            Outcome.WARN,
            f"no CORS rule matches ({why}): OSS adds no CORS headers, so the browser hides the response from the page",
        ),
        vary,
    )


def _why_not(rule: CorsRule, origin: str, method: str, requested_headers: tuple[str, ...]) -> str | None:
    if not any(wildcard_match(allowed, origin) for allowed in rule.allowed_origins):
        return f"origin {origin} is not in {list(rule.allowed_origins)}"
    if method not in rule.allowed_methods:
        return f"method {method} is not in {list(rule.allowed_methods)}"
    for header in requested_headers:
        if not any(wildcard_match(allowed, header, ignore_case=True) for allowed in rule.allowed_headers):
            return f"header {header} is not allowed by {list(rule.allowed_headers)}"
    return None


def _response_headers(rule: CorsRule, origin: str, requested_headers: tuple[str, ...]) -> dict[str, str]:
    # OSS echoes the request's Origin (not the rule's pattern), lists the rule's methods, echoes
    # the requested headers it accepted, and adds the rule's expose headers and max age if set.
    headers = {
        "Access-Control-Allow-Origin": origin,
        "Access-Control-Allow-Methods": ", ".join(rule.allowed_methods),
    }
    if requested_headers:
        headers["Access-Control-Allow-Headers"] = ", ".join(requested_headers)
    if rule.expose_headers:
        headers["Access-Control-Expose-Headers"] = ", ".join(rule.expose_headers)
    if rule.max_age_seconds is not None:
        headers["Access-Control-Max-Age"] = str(rule.max_age_seconds)
    return headers
