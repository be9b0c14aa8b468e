"""The `access:` section of a stack's YAML: upload roles and the app server users that assume them.

    access:
      account_id: "1234567890123456"   # optional; default: looked up at deploy time
      app_users:
        - name: app-server              # a RAM user; no access key is ever created
      upload_roles:
        - name: photo-uploads           # the RAM role name
          bucket: photos                # a bucket declared in this or another stack file
          prefix: uploads/              # "" = whole bucket; else ends in "/"
          actions: write-only           # read-only | write-only | read-write | full-access
          trusted: {ram_user: app-server}   # or {service: fc.aliyuncs.com} or {ram_user_arn: ...}
          max_session_duration: 3600    # seconds, 3600..43200 (default 3600)
          https_only: true              # default true
          source_ips: [203.0.113.0/24]  # default: any
          kms_key_id: null              # SSE-KMS key to allow, "*" for any; default none
          waive_full_access: null       # required reason when actions is full-access

Each app user is allowed `sts:AssumeRole` on exactly the roles that trust it. The UploadRole and
AppServerUser constructs take these same models.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import Field, field_validator, model_validator

from ossiac_props.access_scope import prefix_problems, source_ip_problems
from ossiac_props.base import Props, declared_twice, raise_problem, raise_problems
from ossiac_props.bucket_names import validate_bucket_name
from ossiac_props.identifiers import KMS_KEY_ID
from ossiac_props.ram_names import (
    MAX_SESSION_SECONDS,
    MIN_SESSION_SECONDS,
    account_id_problem,
    role_name_problem,
    user_name_problem,
)

# A user name in an ARN follows the user-name rule (props/ram_names.py): letters, digits, ".", "_", "-".
RAM_USER_ARN = re.compile(r"^acs:ram::[0-9]+:(root|user/[A-Za-z0-9._-]+)\Z")
SERVICE = re.compile(r"^([0-9]+@)?[a-z0-9-]+(\.[a-z0-9-]+)*\.aliyuncs\.com\Z")
AccessLevel = Literal["read-only", "write-only", "read-write", "full-access"]


class TrustedProps(Props):
    """Exactly one of: a user declared in `app_users`, a RAM user ARN, or a service."""

    ram_user: str | None = None
    """Name of a user in `app_users`. Default: none."""
    ram_user_arn: str | None = None
    """A RAM user (or root) elsewhere: `acs:ram::<account>:user/<name>` or `acs:ram::<account>:root`. Default: none."""
    service: str | None = None
    """An Alibaba Cloud service, e.g. `fc.aliyuncs.com`. Default: none."""

    @field_validator("ram_user_arn")
    @classmethod
    def _arn(cls, arn: str | None) -> str | None:
        if arn is not None and not RAM_USER_ARN.match(arn):
            raise ValueError(f"{arn!r} is not acs:ram::<account>:user/<name> or acs:ram::<account>:root")
        return arn

    @field_validator("service")
    @classmethod
    def _service(cls, service: str | None) -> str | None:
        if service is not None and not SERVICE.match(service):
            raise ValueError(f"{service!r} is not a service such as fc.aliyuncs.com")
        return service

    @model_validator(mode="after")
    def _exactly_one(self) -> TrustedProps:
        given = [k for k in ("ram_user", "ram_user_arn", "service") if getattr(self, k) is not None]
        if len(given) != 1:
            raise ValueError(f"give exactly one of ram_user, ram_user_arn, service (got {', '.join(given) or 'none'})")
        return self


class UploadRoleProps(Props):
    """An upload role: what an app server assumes through STS to hand out short-lived credentials."""

    name: str
    """The RAM role name: 1-64 letters, digits, '.', '-'."""
    bucket: str
    """A bucket declared in the stacks loaded together: of this stack (the role then follows its
    SSE-KMS key) or of another stack file. A name declared nowhere is refused as a likely typo."""
    prefix: str
    """The key prefix the role may use, ending in '/' (e.g. "uploads/"); "" for the whole bucket."""
    actions: AccessLevel = "write-only"
    """read-only, write-only, read-write or full-access (full-access needs `waive_full_access`). Default: write-only."""
    trusted: TrustedProps
    """Who may assume the role."""
    max_session_duration: int = Field(
        default=MIN_SESSION_SECONDS, ge=MIN_SESSION_SECONDS, le=MAX_SESSION_SECONDS, strict=True
    )
    """Longest STS session in seconds, 3600..43200. Default: 3600."""
    https_only: bool = True
    """Default true: requests must use HTTPS (acs:SecureTransport)."""
    source_ips: list[str] = []
    """If given, requests must come from one of these addresses or CIDR blocks. Default: any."""
    kms_key_id: str | None = None
    """The KMS key of SSE-KMS objects to allow; "*" for any. Default: the bucket's own key when it
    is a bucket of this stack, else none."""
    waive_full_access: str | None = None
    """Why this role must have full access: required for, and only allowed with, full-access. Default: none."""
    description: str | None = None
    """The role's description. Default: none."""

    @field_validator("name")
    @classmethod
    def _role_name(cls, value: str) -> str:
        raise_problem(role_name_problem(value))
        return value

    _bucket = field_validator("bucket")(lambda cls, v: validate_bucket_name(v))

    @field_validator("prefix")
    @classmethod
    def _prefix(cls, value: str) -> str:
        raise_problems(prefix_problems(value))
        return value

    @field_validator("source_ips")
    @classmethod
    def _source_ips(cls, value: list[str]) -> list[str]:
        raise_problems(source_ip_problems(value))
        return value

    @field_validator("kms_key_id")
    @classmethod
    def _kms_key(cls, key: str | None) -> str | None:
        if key is not None and key != "*" and not KMS_KEY_ID.match(key):
            raise ValueError(f"{key!r} is not a KMS key ID (letters, digits, '-', '_') or '*'")
        return key  # '*' is allowed here only: a grant on every key

    @model_validator(mode="after")
    def _waiver(self) -> UploadRoleProps:
        if self.actions == "full-access" and not (self.waive_full_access or "").strip():
            raise ValueError("actions full-access is refused on upload roles unless waive_full_access names why")
        if self.actions != "full-access" and self.waive_full_access is not None:
            raise ValueError("waive_full_access is only allowed with actions: full-access")
        return self


class AppUserProps(Props):
    """The app server's RAM user: it may only assume the upload roles that trust it."""

    name: str
    """The RAM user name: 1-64 letters, digits, '.', '-', '_'."""
    display_name: str | None = None
    """Default: none."""
    comments: str | None = Field(default=None, max_length=128)
    """At most 128 characters. Default: none."""

    @field_validator("name")
    @classmethod
    def _user_name(cls, value: str) -> str:
        raise_problem(user_name_problem(value))
        return value


class AccessProps(Props):
    account_id: str | None = None
    """The account, for user ARNs in trust policies. Default: looked up at deploy time."""
    app_users: list[AppUserProps] = []
    """RAM users for app servers. Default: none."""
    upload_roles: list[UploadRoleProps] = []
    """Roles app servers assume for short-lived credentials. Default: none."""

    @field_validator("account_id")
    @classmethod
    def _account(cls, value: str | None) -> str | None:
        raise_problem(value and account_id_problem(value))
        return value

    @model_validator(mode="after")
    def _references(self) -> AccessProps:
        users = [u.name for u in self.app_users]
        problems = declared_twice("app_users", users) + declared_twice(
            "upload_roles", [r.name for r in self.upload_roles]
        )
        for index, role in enumerate(self.upload_roles):
            if role.trusted.ram_user is not None and role.trusted.ram_user not in users:
                problems.append(
                    f"upload_roles[{index}].trusted.ram_user: {role.trusted.ram_user!r} is not in app_users ({', '.join(users) or 'none declared'})"
                )
        trusting = {r.trusted.ram_user for r in self.upload_roles}
        problems += [
            f"app_users: {n!r} is trusted by no upload role (it could do nothing)" for n in users if n not in trusting
        ]
        raise_problems(problems)
        return self
