"""The `access:` section of a stack's YAML: upload roles and the app server users that assume them.

    access:
      account_id: "1234567890123456"   # optional; default: looked up at deploy time
      app_users:
        - name: app-server              # a RAM user; no access key is ever created
      upload_roles:
        - name: photo-uploads           # the RAM role name
          bucket: photos                # a bucket of this stack, or any bucket name
          prefix: uploads/              # "" = whole bucket; else ends in "/"
          actions: write-only           # read-only | write-only | read-write | full-access
          trusted: {ram_user: app-server}   # or {service: fc.aliyuncs.com} or {ram_user_arn: ...}
          max_session_duration: 3600    # seconds, 3600..43200 (default 3600)
          https_only: true              # default true
          source_ips: [203.0.113.0/24]  # default: any
          kms_key_id: null              # SSE-KMS key to allow, "*" for any; default none
          waive_full_access: null       # required reason when actions is full-access

Each app user is allowed `sts:AssumeRole` on exactly the roles that trust it.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from ossiac_constructs.ram_rules import (
    MAX_SESSION_SECONDS,
    MIN_SESSION_SECONDS,
    account_id_problem,
    role_name_problem,
    user_name_problem,
)
from ossiac_policies.oss_templates import bucket_problems, prefix_problems, source_ip_problems


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _raise_first(problems: list[str]) -> None:
    if problems:
        raise ValueError("; ".join(problems))


class TrustedConfig(_Strict):
    """Exactly one of: a user declared in `app_users`, a RAM user ARN, or a service."""

    ram_user: str | None = None
    ram_user_arn: str | None = None
    service: str | None = None

    @model_validator(mode="after")
    def _exactly_one(self) -> TrustedConfig:
        given = [k for k in ("ram_user", "ram_user_arn", "service") if getattr(self, k) is not None]
        if len(given) != 1:
            raise ValueError(f"give exactly one of ram_user, ram_user_arn, service (got {', '.join(given) or 'none'})")
        return self


class UploadRoleConfig(_Strict):
    name: str
    bucket: str
    prefix: str
    actions: Literal["read-only", "write-only", "read-write", "full-access"] = "write-only"
    trusted: TrustedConfig
    max_session_duration: int = Field(default=MIN_SESSION_SECONDS, ge=MIN_SESSION_SECONDS, le=MAX_SESSION_SECONDS, strict=True)
    https_only: bool = True
    source_ips: list[str] = []
    kms_key_id: str | None = None
    waive_full_access: str | None = None
    description: str | None = None

    @field_validator("name")
    @classmethod
    def _role_name(cls, value: str) -> str:
        _raise_first([m for m in [role_name_problem(value)] if m])
        return value

    @field_validator("bucket")
    @classmethod
    def _bucket(cls, value: str) -> str:
        _raise_first(bucket_problems(value))
        return value

    @field_validator("prefix")
    @classmethod
    def _prefix(cls, value: str) -> str:
        _raise_first(prefix_problems(value))
        return value

    @field_validator("source_ips")
    @classmethod
    def _source_ips(cls, value: list[str]) -> list[str]:
        _raise_first(source_ip_problems(value))
        return value

    @model_validator(mode="after")
    def _waiver(self) -> UploadRoleConfig:
        if self.actions == "full-access" and not (self.waive_full_access or "").strip():
            raise ValueError("actions full-access is refused on upload roles unless waive_full_access names why")
        if self.actions != "full-access" and self.waive_full_access is not None:
            raise ValueError("waive_full_access is only allowed with actions: full-access")
        return self


class AppUserConfig(_Strict):
    name: str
    display_name: str | None = None
    comments: str | None = Field(default=None, max_length=128)

    @field_validator("name")
    @classmethod
    def _user_name(cls, value: str) -> str:
        _raise_first([m for m in [user_name_problem(value)] if m])
        return value


class AccessConfig(_Strict):
    account_id: str | None = None
    app_users: list[AppUserConfig] = []
    upload_roles: list[UploadRoleConfig] = []

    @field_validator("account_id")
    @classmethod
    def _account(cls, value: str | None) -> str | None:
        _raise_first([m for m in [value and account_id_problem(value)] if m])
        return value

    @model_validator(mode="after")
    def _references(self) -> AccessConfig:
        problems = []
        users = [u.name for u in self.app_users]
        roles = [r.name for r in self.upload_roles]
        problems += [f"app_users: {n!r} is declared twice" for n in sorted({n for n in users if users.count(n) > 1})]
        problems += [f"upload_roles: {n!r} is declared twice" for n in sorted({n for n in roles if roles.count(n) > 1})]
        for index, role in enumerate(self.upload_roles):
            if role.trusted.ram_user is not None and role.trusted.ram_user not in users:
                problems.append(
                    f"upload_roles[{index}].trusted.ram_user: {role.trusted.ram_user!r} is not in app_users ({', '.join(users) or 'none declared'})"
                )
        trusting = {r.trusted.ram_user for r in self.upload_roles}
        problems += [f"app_users: {n!r} is trusted by no upload role (it could do nothing)" for n in users if n not in trusting]
        _raise_first(problems)
        return self
