"""A RAM role a service or user assumes, with one custom policy attached: the shape of every role made."""

from __future__ import annotations

from pydantic import Field, field_validator, model_validator

from ossiac_props.base import Props, raise_problems
from ossiac_props.ram_names import MAX_SESSION_SECONDS, MIN_SESSION_SECONDS, policy_name_problem, role_name_problem


class ServiceRoleProps(Props):
    name: str
    """The RAM role name, checked on the real value (never a token): 1-64 letters, digits, '.', '-'."""
    policy_name: str
    """Name of the role's custom policy: 1-128 letters, digits, '-'."""
    trusted_services: list[str] = []
    """Services that may assume the role, e.g. oss.aliyuncs.com. Default: none."""
    trusted_ram_arns: list[str] = []
    """RAM users (ARNs, or references to them) that may assume the role. Default: none."""
    description: str | None = None
    """The role's description. Default: none."""
    policy_description: str | None = None
    """The policy's description. Default: none."""
    max_session_duration: int | None = Field(default=None, ge=MIN_SESSION_SECONDS, le=MAX_SESSION_SECONDS)
    """Longest STS session in seconds. Default: RAM's (3600)."""

    @field_validator("name")
    @classmethod
    def _name(cls, name: str) -> str:
        raise_problems([p for p in [role_name_problem(name)] if p])
        return name

    @field_validator("policy_name")
    @classmethod
    def _policy_name(cls, name: str) -> str:
        raise_problems([p for p in [policy_name_problem(name)] if p])
        return name

    @model_validator(mode="after")
    def _someone_trusted(self) -> ServiceRoleProps:
        if not (self.trusted_services or self.trusted_ram_arns):
            raise ValueError("a role needs at least one trusted service or RAM user")
        return self
