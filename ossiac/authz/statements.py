"""Deciding a request against policy statements: the one RAM statement evaluator.

RAM semantics: a request is allowed only if some statement allows it and none denies it; an
explicit Deny wins over any Allow. Action names match case-insensitively, resources
case-sensitively, both with `*` and `?` wildcards. NotAction/NotResource match what the list
does not name. Conditions: see `ossiac_policies.policy_conditions`. Documents are assumed valid (run
`validate_policy` first); statements the evaluator cannot read are skipped with a reason.

Identity policies (RAM), session policies and bucket policies all use it; a bucket policy also
names who a statement is for (`Principal`), which the caller checks through `who`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ossiac.authz.model import ALLOW, EXPLICIT_DENY, IMPLICIT_DENY, Evaluation, Policy, StatementRef
from ossiac_policies.policy_conditions import OPERATORS, condition_holds
from ossiac_policies.policy_document import as_list
from ossiac_props.wildcard import wildcard_match

# (statement) -> (does it name the requester?, why not)
PrincipalTest = Callable[[Mapping[str, Any]], tuple[bool, str]]


@dataclass(frozen=True)
class Request:
    action: str
    resource: str
    context: Mapping[str, Any] = field(default_factory=dict)
    """Condition key -> value or list of values, e.g. {"oss:Prefix": "user1/", "acs:SecureTransport": "true"}."""


def evaluate(policies: Sequence[Policy], request: Request, *, who: PrincipalTest | None = None) -> Evaluation:
    context = {key.lower(): as_list(value) for key, value in request.context.items()}
    reasons: list[str] = []
    first_allow: StatementRef | None = None
    for policy in policies:
        for index, statement in enumerate(as_list(policy.document.get("Statement", []))):
            if not isinstance(statement, dict):
                continue
            ref = StatementRef(policy.name, index, statement.get("Sid"))
            applies, why = statement_applies(statement, request, context)
            if applies and who is not None:
                applies, why = who(statement)
            effect = statement.get("Effect")
            reasons.append(f"{ref}: {effect} {'applies' if applies else 'does not apply'}: {why}")
            if applies and effect == "Deny":
                return Evaluation(EXPLICIT_DENY, ref, reasons)
            if applies and effect == "Allow" and first_allow is None:
                first_allow = ref
    if first_allow:
        return Evaluation(ALLOW, first_allow, reasons)
    reasons.append("no statement allows the request")
    return Evaluation(IMPLICIT_DENY, None, reasons)


def statement_applies(
    statement: Mapping[str, Any], request: Request, context: dict[str, list[Any]]
) -> tuple[bool, str]:
    """Action, resource and conditions (not the Principal); `context` has lower-cased keys."""
    if not _listed(statement, "Action", "NotAction", request.action, ignore_case=True):
        return False, f"action {request.action} not matched"
    if not _listed(statement, "Resource", "NotResource", request.resource, ignore_case=False):
        return False, f"resource {request.resource} not matched"
    for operator, keys in (statement.get("Condition") or {}).items():
        if operator not in OPERATORS:
            return False, f"unknown condition operator {operator}"
        for key, values in keys.items():
            request_values = context.get(key.lower())
            if request_values is None:
                return False, f"condition {operator} {key}: key missing from the request context"
            if not condition_holds(operator, as_list(values), request_values):
                return False, f"condition {operator} {key} {as_list(values)} is false for {request_values}"
    return True, "action, resource and conditions matched"


def _listed(statement: Mapping[str, Any], key: str, negated: str, value: str, *, ignore_case: bool) -> bool:
    if key in statement:
        return any(wildcard_match(str(p), value, ignore_case=ignore_case) for p in as_list(statement[key]))
    if negated in statement:
        return not any(wildcard_match(str(p), value, ignore_case=ignore_case) for p in as_list(statement[negated]))
    return False
