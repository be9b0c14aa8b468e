"""Who signed: an AccessKeyId (and security token) resolved to a principal and the secret its
signature must be made with. The account's own key is the account; STS temporary keys are an
assumed role (`sts_tokens.py`), acting with the role's attached policies as the store holds them
now, narrowed by the session policy.

`identify` says why a caller is unknown in neutral terms (`UnknownCaller.reason`), so OSS
(`resolve`, XML errors) and STS (`sts.py`, JSON errors) each answer with their own codes.

RAM users' own keys are not modelled: the stand-in provider has no `alicloud_ram_access_key`,
so no RAM user has a secret the endpoint could check.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ossiac.authz.model import Policy, Principal, PrincipalKind
from ossiac.endpoint import sts_tokens
from ossiac.endpoint.credentials import account_key
from ossiac.endpoint.errors import OssError
from ossiac.localcloud.identity import ACCOUNT_ID
from ossiac.localcloud.store import Store

ROLE = "alicloud_ram_role"
ROLE_ATTACHMENT = "alicloud_ram_role_policy_attachment"
POLICY = "alicloud_ram_policy"

# The few system policies whose documents are well known; any other system policy grants nothing here.
SYSTEM_POLICIES: dict[str, dict[str, Any]] = {
    "AliyunOSSFullAccess": {"Version": "1", "Statement": [{"Effect": "Allow", "Action": "oss:*", "Resource": "*"}]},
    "AliyunOSSReadOnlyAccess": {
        "Version": "1",
        "Statement": [{"Effect": "Allow", "Action": ["oss:Get*", "oss:List*"], "Resource": "*"}],
    },
    "AliyunSTSAssumeRoleAccess": {
        "Version": "1",
        "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*"}],
    },
}

ACCOUNT_ARN = f"acs:ram::{ACCOUNT_ID}:root"


@dataclass(frozen=True)
class Resolved:
    principal: Principal
    secret: str
    session: sts_tokens.Session | None = None  # set for STS temporary credentials


class UnknownCaller(Exception):
    """Why a key and token name no usable identity: "unknown-key", "token-missing",
    "token-malformed", "token-mismatch" or "token-expired"."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(detail or reason)
        self.reason = reason
        self.detail = detail


def invalid_access_key(access_key_id: str) -> OssError:
    return OssError(
        403,
        "InvalidAccessKeyId",
        "The OSS Access Key Id you provided does not exist in our records.",
        ec="0002-00000902",
        extra={"OSSAccessKeyId": access_key_id},
    )


def _oss_error(unknown: UnknownCaller, access_key_id: str) -> OssError:
    """OSS's answers (documented EC numbers 0002-00000004/6/7)."""
    if unknown.reason == "token-expired":
        return OssError(403, "SecurityTokenExpired", "The security token you provided has expired.", ec="0002-00000007")
    if unknown.reason == "token-mismatch":
        return OssError(
            403,
            "InvalidSecurityToken",
            "The security token you provided does not match the AccessKeyId it was issued with.",
            ec="0002-00000004",
        )
    if unknown.reason == "token-malformed":
        return OssError(403, "InvalidSecurityToken", "The security token you provided is invalid.", ec="0002-00000006")
    return invalid_access_key(access_key_id)


def resolve(store: Store, cloud_dir: Path, access_key_id: str, security_token: str | None) -> Resolved:
    """The caller of an OSS request; an unknown one raises OSS's XML error."""
    try:
        return identify(store, cloud_dir, access_key_id, security_token)
    except UnknownCaller as unknown:
        raise _oss_error(unknown, access_key_id) from None


def identify(store: Store, cloud_dir: Path, access_key_id: str, security_token: str | None) -> Resolved:
    if access_key_id.startswith(sts_tokens.KEY_PREFIX):
        if not security_token:
            raise UnknownCaller("token-missing", "an STS AccessKeyId needs its security token")
        try:
            session = sts_tokens.read(cloud_dir, access_key_id, security_token)
        except sts_tokens.TokenError as problem:
            raise UnknownCaller(f"token-{problem.reason}", str(problem)) from None
        return Resolved(assumed_role(store, session), sts_tokens.secret_for(cloud_dir, access_key_id), session)
    account = account_key(cloud_dir)
    if access_key_id == account.access_key_id and not security_token:
        return Resolved(Principal(PrincipalKind.ACCOUNT, ACCOUNT_ID, ACCOUNT_ARN, "root"), account.access_key_secret)
    raise UnknownCaller("unknown-key", f"no key {access_key_id!r} in this local cloud")


def assumed_role(store: Store, session: sts_tokens.Session) -> Principal:
    """The session's principal: the role's policies as attached now, and the session policy."""
    role = find_role(store, session.role_name)
    policies = role_policies(store, role["attributes"]["role_name"]) if role else ()
    session_policy = None
    if session.policy:
        try:
            session_policy = json.loads(session.policy)
        except ValueError:  # AssumeRole checked it; a sealed token cannot carry another
            session_policy = {"Version": "1", "Statement": []}
    return Principal(
        PrincipalKind.ASSUMED_ROLE,
        session.account_id,
        f"acs:ram::{session.account_id}:assumed-role/{session.role_name}/{session.session_name}",
        f"{session.role_name}/{session.session_name}",
        policies,
        session_policy,
    )


def find_role(store: Store, name: str) -> dict | None:
    """The role record by name; RAM role names are unique regardless of case (ARNs spell them lowercase)."""
    record = store.get_by_name(ROLE, name) or store.get(ROLE, name)
    if record is not None:
        return record
    wanted = name.lower()
    return next(
        (
            r
            for r in store.list(ROLE)
            if str((r.get("attributes") or {}).get("role_name") or r.get("id")).lower() == wanted
        ),
        None,
    )


def _document(text: object) -> dict[str, Any] | None:
    try:
        document = json.loads(text) if isinstance(text, str) else text
    except ValueError:
        return None
    return document if isinstance(document, dict) else None


def role_policies(store: Store, role_name: str) -> tuple[Policy, ...]:
    """The role's attached policies: custom ones from their `alicloud_ram_policy` record, system
    ones from SYSTEM_POLICIES (an unknown system policy grants nothing)."""
    policies = []
    for attachment in store.find(ROLE_ATTACHMENT, role_name=role_name):
        attributes = attachment.get("attributes") or {}
        name = str(attributes.get("policy_name") or "")
        if attributes.get("policy_type") == "System":
            document = SYSTEM_POLICIES.get(name)
        else:
            record = store.get_by_name(POLICY, name)
            fields = (record or {}).get("attributes") or {}
            document = _document(fields.get("policy_document") or fields.get("document"))
        if document is not None:
            policies.append(Policy(name, document))
    return tuple(policies)
