"""Validation of RAM permission policies and trust (assume-role) policies.

Every problem is reported, each with the JSON path of what is wrong (`$.Statement[0].Effect`).
Strings holding an unresolved Terraform reference (`${...}`) pass the grammar checks: their
value is known only at deploy time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ossiac_policies.policy_conditions import OPERATORS, value_problem
from ossiac_policies.policy_document import MAX_DOCUMENT_BYTES, as_list, document_size
from ossiac_props.ram_actions import action_problem

# service:Action, both parts may use wildcards; or "*" alone.
_ACTION = re.compile(r"^(\*|[A-Za-z0-9*?-]+:[A-Za-z0-9*?_-]+)$")
# acs:<service>:<region>:<account>:<relative id>; region and account may be empty (global services).
_ARN = re.compile(
    r"^acs:(?P<service>[A-Za-z0-9*?-]+):(?P<region>[A-Za-z0-9*?-]*):(?P<account>[0-9*?]*):(?P<relative>.+)$"
)
_CONDITION_KEY = re.compile(r"^[A-Za-z0-9*-]+:[A-Za-z0-9_/.*-]+$")
_RAM_PRINCIPAL = re.compile(r"^(\d+|acs:ram::(\d+|\$\{[^}]+\}):(root|user/.+|role/.+))$")
_SERVICE_PRINCIPAL = re.compile(r"^(\d+@)?[a-z0-9-]+(\.[a-z0-9-]+)*\.aliyuncs\.com$")
_FEDERATED_PRINCIPAL = re.compile(r"^acs:ram::(\d+|\$\{[^}]+\}):(saml-provider|oidc-provider)/.+$")

_PERMISSION_KEYS = {"Sid", "Effect", "Action", "NotAction", "Resource", "NotResource", "Condition"}
_TRUST_KEYS = {"Sid", "Effect", "Action", "Principal", "Condition"}
_PRINCIPAL_KINDS = {"RAM": _RAM_PRINCIPAL, "Service": _SERVICE_PRINCIPAL, "Federated": _FEDERATED_PRINCIPAL}


@dataclass(frozen=True)
class Issue:
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def is_trust_policy(document: Any) -> bool:
    """A document whose statements name a Principal is a trust policy."""
    statements = document.get("Statement") if isinstance(document, dict) else None
    return any(isinstance(s, dict) and "Principal" in s for s in as_list(statements or []))


def validate_policy(document: Any) -> list[Issue]:
    """Problems of a permission policy (attached to a user or role); [] when valid."""
    return _validate(document, trust=False)


def validate_trust_policy(document: Any) -> list[Issue]:
    """Problems of a role's trust policy: who may call sts:AssumeRole on it."""
    return _validate(document, trust=True)


def _reference(value: Any) -> bool:
    return isinstance(value, str) and "${" in value


def _validate(document: Any, *, trust: bool) -> list[Issue]:
    if not isinstance(document, dict):
        return [Issue("$", f"a policy document must be a JSON object, not {type(document).__name__}")]
    issues: list[Issue] = []
    size = document_size(document)
    if size > MAX_DOCUMENT_BYTES:
        issues.append(Issue("$", f"document is {size} bytes as compact JSON; RAM allows at most {MAX_DOCUMENT_BYTES}"))
    issues += [
        Issue(f"$.{key}", "unknown key; allowed: Version, Statement")
        for key in document
        if key not in ("Version", "Statement")
    ]
    if document.get("Version") != "1":
        issues.append(Issue("$.Version", f'must be the string "1", not {document.get("Version")!r}'))
    statements = document.get("Statement")
    if not isinstance(statements, list) or not statements:
        issues.append(Issue("$.Statement", "must be a non-empty list of statements"))
        return issues
    for index, statement in enumerate(statements):
        issues += _statement(statement, f"$.Statement[{index}]", trust)
    return issues


def _statement(statement: Any, path: str, trust: bool) -> list[Issue]:
    if not isinstance(statement, dict):
        return [Issue(path, "a statement must be a JSON object")]
    allowed = _TRUST_KEYS if trust else _PERMISSION_KEYS
    issues = [
        Issue(f"{path}.{key}", f"unknown key; allowed: {', '.join(sorted(allowed))}")
        for key in statement
        if key not in allowed
    ]
    if "Sid" in statement and not isinstance(statement["Sid"], str):
        issues.append(Issue(f"{path}.Sid", "must be a string"))
    if statement.get("Effect") not in ("Allow", "Deny"):
        issues.append(Issue(f"{path}.Effect", f"must be Allow or Deny, not {statement.get('Effect')!r}"))
    if trust:
        issues += _trust_action(statement, path)
        issues += _principal(statement.get("Principal"), f"{path}.Principal")
    else:
        issues += _exactly_one(statement, path, "Action", "NotAction", _action_problem)
        issues += _exactly_one(statement, path, "Resource", "NotResource", _resource_problem)
    if "Condition" in statement:
        issues += _condition(statement["Condition"], f"{path}.Condition")
    return issues


def _exactly_one(statement: dict, path: str, key: str, negated: str, problem_of) -> list[Issue]:
    present = [k for k in (key, negated) if k in statement]
    if len(present) != 1:
        found = "both" if present else "neither"
        return [Issue(path, f"needs exactly one of {key} and {negated}, found {found}")]
    return _strings(statement[present[0]], f"{path}.{present[0]}", problem_of)


def _strings(value: Any, path: str, problem_of) -> list[Issue]:
    values = as_list(value)
    if not values:
        return [Issue(path, "must not be empty")]
    issues = []
    for index, item in enumerate(values):
        item_path = f"{path}[{index}]" if isinstance(value, list) else path
        if not isinstance(item, str):
            issues.append(Issue(item_path, f"must be a string, not {type(item).__name__}"))
        elif not _reference(item) and (message := problem_of(item)):
            issues.append(Issue(item_path, message))
    return issues


def _action_problem(action: str) -> str | None:
    if not _ACTION.match(action):
        return f"{action!r} is not an action of the form service:Action (wildcards * and ? allowed), or *"
    # OSS, KMS, RAM and STS actions are checked against their lists (ossiac/schema/ram_actions.json).
    return action_problem(action)


def _resource_problem(resource: str) -> str | None:
    if resource == "*" or _ARN.match(resource):
        return None
    return f"{resource!r} is not * or an ARN of the form acs:<service>:<region>:<account>:<resource>"


def _trust_action(statement: dict, path: str) -> list[Issue]:
    if "NotAction" in statement:
        return [Issue(f"{path}.NotAction", "a trust policy allows only Action sts:AssumeRole")]
    if "Action" not in statement:
        return [Issue(path, "a trust policy statement needs Action sts:AssumeRole")]
    return _strings(
        statement["Action"],
        f"{path}.Action",
        lambda a: None if a.lower() == "sts:assumerole" else f"{a!r}: a trust policy allows only sts:AssumeRole",
    )


def _principal(principal: Any, path: str) -> list[Issue]:
    if not isinstance(principal, dict) or not principal:
        return [Issue(path, "must be an object naming RAM, Service or Federated principals")]
    issues = []
    for kind, values in principal.items():
        pattern = _PRINCIPAL_KINDS.get(kind)
        if pattern is None:
            issues.append(Issue(f"{path}.{kind}", "unknown principal kind; allowed: RAM, Service, Federated"))
            continue
        examples = {
            "RAM": "acs:ram::<account>:root, acs:ram::<account>:user/<name> or an account ID",
            "Service": "<service>.aliyuncs.com",
            "Federated": "acs:ram::<account>:saml-provider/<name>",
        }[kind]
        issues += _strings(
            values,
            f"{path}.{kind}",
            lambda v, p=pattern, e=examples: None if p.match(v) else f"{v!r} is not of the form {e}",
        )
    return issues


def _condition(condition: Any, path: str) -> list[Issue]:
    if not isinstance(condition, dict):
        return [Issue(path, "must be an object of operator -> {key: values}")]
    issues = []
    for operator, keys in condition.items():
        op_path = f"{path}.{operator}"
        if operator not in OPERATORS:
            issues.append(Issue(op_path, f"unknown condition operator; known: {', '.join(OPERATORS)}"))
            continue
        if not isinstance(keys, dict) or not keys:
            issues.append(Issue(op_path, "must be a non-empty object of condition key -> values"))
            continue
        for key, values in keys.items():
            key_path = f"{op_path}.{key}"
            if not _CONDITION_KEY.match(key):
                issues.append(
                    Issue(key_path, f"{key!r} is not a condition key of the form prefix:Name (e.g. acs:SourceIp)")
                )
            if isinstance(values, list) and not values:
                issues.append(Issue(key_path, "must not be an empty list"))
            for index, value in enumerate(as_list(values)):
                if _reference(value):
                    continue
                if message := value_problem(operator, value):
                    issues.append(Issue(f"{key_path}[{index}]" if isinstance(values, list) else key_path, message))
    return issues
