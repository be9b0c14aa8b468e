"""An upload role: what an app server assumes through STS to hand out short-lived credentials.

The role carries one custom policy from the OSS templates (scoped to a bucket or to a prefix,
optionally HTTPS-only and source-IP bound, plus KMS use for SSE-KMS objects) and a trust policy
naming who may assume it. Per-user scoping (`uploads/user1/`) happens at AssumeRole time: the
app server passes a session policy (e.g. `ossiac policy render oss-write-only ...`) that narrows
the role further; STS grants the intersection.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ossiac.cdk import Token
from cdktf_cdktf_provider_alicloud.ram_policy import RamPolicy
from cdktf_cdktf_provider_alicloud.ram_role import RamRole
from cdktf_cdktf_provider_alicloud.ram_role_policy_attachment import RamRolePolicyAttachment
from constructs import Construct

from ossiac.policy.document import compact_json
from ossiac.policy.validate import validate_policy, validate_trust_policy
from ossiac_constructs.app_server_user import AppServerUser
from ossiac_constructs.invalid_props import InvalidPropsError
from ossiac_constructs.ram_rules import MAX_SESSION_SECONDS, MIN_SESSION_SECONDS, policy_name_for, role_name_problem
from ossiac_policies.kms_templates import kms_sse_objects
from ossiac_policies.oss_templates import (
    ACCESS_LEVELS,
    TemplateParamError,
    bucket_problems,
    oss_access,
    prefix_problems,
    source_ip_problems,
)

_RAM_USER_ARN = re.compile(r"^acs:ram::\d+:(root|user/[A-Za-z0-9._@-]+)$")
_SERVICE = re.compile(r"^(\d+@)?[a-z0-9-]+(\.[a-z0-9-]+)*\.aliyuncs\.com$")
_KMS_KEY_ID = re.compile(r"^[A-Za-z0-9_-]+$")


@dataclass(frozen=True)
class TrustedRamUser:
    """A RAM user (or `root`) by ARN: `acs:ram::<account>:user/<name>`."""

    arn: str


@dataclass(frozen=True)
class TrustedService:
    """An Alibaba Cloud service, e.g. `fc.aliyuncs.com` for Function Compute."""

    service: str


Trusted = AppServerUser | TrustedRamUser | TrustedService


@dataclass(frozen=True)
class UploadRoleProps:
    role_name: str
    bucket: str
    """The bucket name, or a reference to one (e.g. `secure_bucket.bucket.bucket`)."""
    prefix: str
    """The key prefix the role may use, ending in '/' (e.g. "uploads/"); "" for the whole bucket."""
    trusted: Sequence[Trusted]
    """Who may assume the role: at least one."""
    access: str = "write-only"
    """read-only, write-only, read-write or full-access (full-access needs `full_access_waiver`)."""
    max_session_duration: int = MIN_SESSION_SECONDS
    """Longest STS session in seconds, 3600..43200."""
    https_only: bool = True
    source_ips: Sequence[str] = ()
    """If given, requests must come from one of these addresses or CIDR blocks."""
    kms_key_id: str | None = None
    """The KMS key of SSE-KMS objects in the bucket, to also allow using it; "*" for any key."""
    full_access_waiver: str | None = None
    """Why this role must have full access: required for, and only allowed with, full-access."""
    description: str | None = None


class UploadRole(Construct):
    def __init__(self, scope: Construct, id_: str, props: UploadRoleProps) -> None:
        super().__init__(scope, id_)
        trust, access = _documents(props, self.node.path)
        self.role = RamRole(
            self,
            "role",
            role_name=props.role_name,
            assume_role_policy_document=compact_json(trust),
            max_session_duration=props.max_session_duration,
            description=props.description,
        )
        self.policy = RamPolicy(
            self,
            "policy",
            policy_name=policy_name_for(props.role_name, "access"),
            policy_document=compact_json(access),
            description=f"ossiac: {props.access} for upload role {props.role_name}",
        )
        RamRolePolicyAttachment(
            self, "attachment", policy_name=self.policy.policy_name, policy_type="Custom", role_name=self.role.role_name
        )
        self.arn = self.role.arn


def _documents(props: UploadRoleProps, path: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The trust and the permission policy, or InvalidPropsError listing every problem."""
    problems = _prop_problems(props)
    trust = _trust_policy(props.trusted)
    access: dict[str, Any] = {}
    if not problems:
        try:
            access = oss_access(props.access, props.bucket, props.prefix, props.https_only, props.source_ips)
            if props.kms_key_id:
                access["Statement"] += kms_sse_objects(key_id=props.kms_key_id, access=props.access)["Statement"]
        except TemplateParamError as error:
            problems += error.problems
        problems += [f"policy_document {issue}" for issue in validate_policy(access)] if access else []
        problems += [f"assume_role_policy_document {issue}" for issue in validate_trust_policy(trust)]
    if problems:
        raise InvalidPropsError(f"UploadRole {path}", problems)
    return trust, access


def _prop_problems(props: UploadRoleProps) -> list[str]:
    problems = []
    if message := role_name_problem(props.role_name):
        problems.append(f"role_name: {message}")
    problems += [f"bucket: {m}" for m in bucket_problems(props.bucket)]
    problems += [f"prefix: {m}" for m in prefix_problems(props.prefix)]
    problems += [m for m in source_ip_problems(props.source_ips)]
    if props.access not in ACCESS_LEVELS:
        problems.append(f"access: {props.access!r} is not one of {', '.join(ACCESS_LEVELS)}")
    waiver = (props.full_access_waiver or "").strip()
    if props.access == "full-access" and not waiver:
        problems.append("access: full-access is refused on upload roles; give full_access_waiver naming why it is needed")
    if props.access != "full-access" and props.full_access_waiver is not None:
        problems.append(f"full_access_waiver: only meaningful with access full-access, not {props.access!r}")
    seconds = props.max_session_duration
    if isinstance(seconds, bool) or not isinstance(seconds, int) or not MIN_SESSION_SECONDS <= seconds <= MAX_SESSION_SECONDS:
        problems.append(f"max_session_duration: {seconds!r} is not whole seconds in {MIN_SESSION_SECONDS}..{MAX_SESSION_SECONDS}")
    key = props.kms_key_id
    # A reference to a key the stack manages (a cdktf token) is known only at deploy time.
    if key is not None and key != "*" and not Token.is_unresolved(key) and not _KMS_KEY_ID.match(key):
        problems.append(f"kms_key_id: {props.kms_key_id!r} is not a KMS key ID (letters, digits, '-', '_') or '*'")
    if not props.trusted:
        problems.append("trusted: name at least one principal that may assume the role")
    for index, principal in enumerate(props.trusted):
        if isinstance(principal, TrustedRamUser) and not _RAM_USER_ARN.match(principal.arn):
            problems.append(f"trusted[{index}].arn: {principal.arn!r} is not acs:ram::<account>:user/<name> or acs:ram::<account>:root")
        elif isinstance(principal, TrustedService) and not _SERVICE.match(principal.service):
            problems.append(f"trusted[{index}].service: {principal.service!r} is not a service such as fc.aliyuncs.com")
        elif not isinstance(principal, (AppServerUser, TrustedRamUser, TrustedService)):
            problems.append(f"trusted[{index}]: {type(principal).__name__} is not an AppServerUser, TrustedRamUser or TrustedService")
    return problems


def _trust_policy(trusted: Sequence[Trusted]) -> dict[str, Any]:
    ram = [p.arn for p in trusted if isinstance(p, (AppServerUser, TrustedRamUser))]
    services = [p.service for p in trusted if isinstance(p, TrustedService)]
    principal: dict[str, list[str]] = {}
    if ram:
        principal["RAM"] = ram
    if services:
        principal["Service"] = services
    return {"Version": "1", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": principal}]}
