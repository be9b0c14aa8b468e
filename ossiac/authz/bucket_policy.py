"""Who a bucket policy statement is for, and which statements are public.

`Principal` lists account UIDs, RAM user or role IDs/ARNs (`*` and `?` wildcards), or `*` for
everyone. OSS documents one exception for the bucket owner: a statement whose Principal is `*` and
that has no Condition applies to everyone except the owner; with a Condition it applies to the
owner too. A statement is public (and granted nothing under Block Public Access) when it allows
`*`-named principals without a condition pinning the caller to fixed VPCs or addresses; Deny
statements are never public.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ossiac.authz.model import Principal, PrincipalKind
from ossiac_policies.policy_document import as_list
from ossiac_props.wildcard import wildcard_match

# Condition keys whose fixed values make a `*` statement non-public (OSS: block public access).
_PINNING_KEYS = ("acs:sourcevpc", "acs:sourcevpcid", "acs:sourceip", "acs:accessid")


def principals_of(statement: Mapping[str, Any]) -> list[str]:
    value = statement.get("Principal")
    if isinstance(value, Mapping):  # {"RAM": [...]} as trust policies write it
        return [str(v) for values in value.values() for v in as_list(values)]
    return [str(v) for v in as_list(value)] if value is not None else []


def identities(principal: Principal) -> list[str]:
    """The strings a bucket policy may use to name this principal."""
    names = [n for n in (principal.uid, principal.arn) if n]
    if principal.kind is PrincipalKind.ACCOUNT and principal.account_id:
        names.append(principal.account_id)
    if principal.kind is PrincipalKind.ASSUMED_ROLE and principal.arn.startswith("acs:ram::"):
        # OSS writes a role session as arn:sts::<account>:assumed-role/<role>/<session>.
        names.append("arn:sts::" + principal.arn[len("acs:ram::") :])
    return names


def names_principal(statement: Mapping[str, Any], principal: Principal, *, owner: bool) -> tuple[bool, str]:
    listed = principals_of(statement)
    if "*" in listed:
        if owner and not statement.get("Condition"):
            return False, "Principal * without a Condition does not apply to the bucket owner"
        return True, "Principal * names everyone"
    if principal.anonymous:
        return False, f"Principal {listed} does not name anonymous callers (only * does)"
    for pattern in listed:
        for name in identities(principal):
            if wildcard_match(pattern, name):
                return True, f"Principal {pattern} names {name}"
    who = principal.arn or principal.uid or principal.account_id or principal.name or principal.kind.value
    return False, f"Principal {listed} does not name {who}"


def is_public(statement: Mapping[str, Any]) -> bool:
    if statement.get("Effect") != "Allow":
        return False
    if not any("*" in p for p in principals_of(statement)):
        return False
    for keys in (statement.get("Condition") or {}).values():
        for key, values in (keys or {}).items():
            if key.lower() in _PINNING_KEYS and not any("*" in str(v) for v in as_list(values)):
                return False
    return True
