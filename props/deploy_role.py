"""The `deploy_role:` section of a stack: the RAM role GitHub Actions assumes to deploy that stack.

    deploy_role:
      name: media-deploy                  # the RAM role name
      account_id: "1234567890123456"      # the account the role and the OIDC provider live in
      oidc_provider: github-actions       # name of the RAM OIDC identity provider for GitHub's tokens
      audience: sts.aliyuncs.com          # a client ID registered on that provider (the token's aud)
      repository: example-org/estate      # owner/name: only this repository's workflows
      environments: [production]          # ...and only jobs running in these GitHub environments
      max_session_duration: 3600          # seconds, 3600..43200 (default 3600)
      unscoped: [cms, vpc]                # services that grant only on every resource, by name
      read_role:                          # optional: read-only credentials for PR plans and the drift check
        name: media-read
        branches: [main]

The OIDC provider itself is declared outside the stacks: `alicloud_ims_oidc_provider` is not in the
provider schema ossiac pins (ossiac/schema/alicloud.schema.json). The role's permissions are derived
from what its stack manages (ossiac_constructs.github_deploy_role): scoped to the stack's own buckets,
RAM objects and keys. Services that can grant only on every resource (CloudMonitor, VPC, ...) are
granted only when named in `unscoped`, and then only the actions the provider calls for the resource
types the stack declares. The optional read role gets only the read actions of the same resources, for
jobs that plan but never apply (PR plans, the scheduled drift check).
"""

from __future__ import annotations

import re

from pydantic import Field, field_validator, model_validator

from ossiac_props.base import Props, declared_twice, raise_problem, raise_problems
from ossiac_props.provider_actions import unscoped_services
from ossiac_props.ram_names import MAX_SESSION_SECONDS, MIN_SESSION_SECONDS, account_id_problem, role_name_problem

# The issuer of GitHub Actions' OIDC tokens (github.com; GHES has its own and sets `issuer`).
GITHUB_ISSUER = "https://token.actions.githubusercontent.com"
# owner/name as GitHub spells a repository (letters, digits, '-' in the owner; also '.', '_' in the name).
_REPOSITORY = re.compile(r"^[A-Za-z0-9-]+/[A-Za-z0-9._-]+$")
# Environment names end up in the token's sub claim after `environment:`; ':' would split it.
_ENVIRONMENT = re.compile(r"^[^:*?\s][^:*?]{0,254}$")
# CreateOIDCProvider (IMS 2019-08-15), read 2026-12-04: https://help.aliyun.com/document_detail/327135.html
# OIDCProviderName: letters, digits, '.', '-', '_', not first or last; at most 128 characters.
_PROVIDER_NAME = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,126}[A-Za-z0-9])?\Z")
# ClientIds, each: letters, digits, '.', '-', '_', ':', '/', not first; at most 128 characters.
_CLIENT_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}\Z")
# A branch name as `git check-ref-format --branch` takes it (git-check-ref-format(1)): no control
# characters, space, '~', '^', ':', '?', '*', '[', '\\', no '..' or '@{', no '.lock' or '.' at the end
# of a component, not starting with '-' or '/', no empty component, not '@'. ':' would also split the
# token's sub claim (`repo:<repository>:ref:refs/heads/<branch>`).
_BRANCH_CHARACTERS = re.compile(r"^[^\x00-\x20\x7f~^:?*\[\\]+\Z")


def branch_problem(name: str) -> str | None:
    """Why `name` is no git branch name, or None."""
    components = name.split("/")
    if (
        _BRANCH_CHARACTERS.match(name)
        and not name.startswith("-")
        and name != "@"
        and ".." not in name
        and "@{" not in name
        and not name.endswith(".")
        and all(c and not c.startswith(".") and not c.endswith(".lock") for c in components)
    ):
        return None
    return (
        f"{name!r} is not a git branch name (no spaces, control characters, ':', '~', '^', '?', '*', '[', '\\', "
        "'..', '@{'; no empty component, none starting with '.' or ending in '.lock'; not starting with '-', "
        "not ending in '.', not '@')"
    )


class ReadRoleProps(Props):
    """A second role of the same repository that may only read what the stack declares and its state."""

    name: str
    """The RAM role name: 1-64 letters, digits, '.', '-'; not the deploy role's name."""
    branches: list[str] = ["main"]
    """Branches whose workflow runs (the scheduled drift check) may assume the role; pull request runs
    of the repository always may. Default: [main]."""

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        raise_problem(role_name_problem(value))
        return value

    @field_validator("branches")
    @classmethod
    def _branches(cls, values: list[str]) -> list[str]:
        raise_problems([p for v in values if (p := branch_problem(v))] + declared_twice("branches", values))
        return values


class DeployRoleProps(Props):
    name: str
    """The RAM role name: 1-64 letters, digits, '.', '-'."""
    account_id: str
    """The Alibaba Cloud account ID (digits) of the OIDC provider and the role."""
    oidc_provider: str
    """Name of the RAM OIDC identity provider that trusts GitHub's token issuer (made outside the stacks)."""
    audience: str
    """A client ID registered on the OIDC provider, which the workflow requests as the token's audience
    (aliyun/configure-aliyun-credentials-action asks for sts.aliyuncs.com unless told otherwise)."""
    repository: str
    """owner/name of the GitHub repository whose workflows may assume the role."""
    environments: list[str] = Field(min_length=1)
    """GitHub environments whose jobs may assume the role (their protection rules gate the deploy)."""
    issuer: str = GITHUB_ISSUER
    """The token issuer. Default: GitHub.com's."""
    max_session_duration: int | None = Field(default=None, ge=MIN_SESSION_SECONDS, le=MAX_SESSION_SECONDS)
    """Longest STS session in seconds. Default: RAM's (3600)."""
    unscoped: list[str] = []
    """Services whose actions RAM grants only on every resource (`*`), which the role may use anyway:
    only the actions the provider calls for the resource types of those services the stack declares.
    A stack that declares such a type without naming its service here is refused. Default: none."""
    read_role: ReadRoleProps | None = None
    """A read-only role for pull request plans and the scheduled drift check: the same trust but for pull
    request runs and runs on `branches`, and only the read actions of what the stack declares. Default: none."""

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        raise_problem(role_name_problem(value))
        return value

    @field_validator("account_id")
    @classmethod
    def _account(cls, value: str) -> str:
        raise_problem(account_id_problem(value))
        return value

    @field_validator("oidc_provider")
    @classmethod
    def _provider(cls, value: str) -> str:
        raise_problem(
            None
            if _PROVIDER_NAME.match(value)
            else f"{value!r} is not an OIDC provider name (1-128 letters, digits, '.', '-', '_'; "
            "the first and last a letter or digit)"
        )
        return value

    @field_validator("audience")
    @classmethod
    def _audience(cls, value: str) -> str:
        raise_problem(
            None
            if _CLIENT_ID.match(value)
            else f"{value!r} is not a client ID (1-128 letters, digits, '.', '-', '_', ':', '/'; "
            "the first a letter or digit)"
        )
        return value

    @field_validator("repository")
    @classmethod
    def _repository(cls, value: str) -> str:
        raise_problem(
            None if _REPOSITORY.match(value) else f"{value!r} is not a GitHub repository of the form owner/name"
        )
        return value

    @field_validator("environments")
    @classmethod
    def _environments(cls, values: list[str]) -> list[str]:
        raise_problems(
            [
                f"{v!r} is not a GitHub environment name (no ':', '*', '?', at most 255 characters)"
                for v in values
                if not _ENVIRONMENT.match(v)
            ]
            + declared_twice("environments", values)
        )
        return values

    @field_validator("unscoped")
    @classmethod
    def _unscoped(cls, values: list[str]) -> list[str]:
        allowed = unscoped_services()
        raise_problems(
            [
                f"{v!r} is not a service granted only on every resource (allowed: {', '.join(allowed)})"
                for v in values
                if v not in allowed
            ]
            + declared_twice("unscoped", values)
        )
        return values

    @field_validator("issuer")
    @classmethod
    def _issuer(cls, value: str) -> str:
        raise_problem(None if value.startswith("https://") else f"{value!r}: an OIDC issuer is an https:// URL")
        return value

    @model_validator(mode="after")
    def _read_role_is_another(self) -> DeployRoleProps:
        if self.read_role is not None and self.read_role.name == self.name:
            raise_problem(
                f"read_role.name: {self.name!r} is also the deploy role's name; the read role is another role"
            )
        return self

    @property
    def provider_arn(self) -> str:
        return f"acs:ram::{self.account_id}:oidc-provider/{self.oidc_provider}"

    @property
    def subjects(self) -> list[str]:
        """The token subjects GitHub gives a job that runs in one of the environments."""
        return [f"repo:{self.repository}:environment:{env}" for env in self.environments]

    @property
    def read_subjects(self) -> list[str]:
        """The token subjects of the repository's pull request runs and of its runs on the read role's
        branches (GitHub's sub claim formats: https://docs.github.com/en/actions/reference/security/oidc,
        read 2026-12-04). A job that names an environment gets the environment's subject instead."""
        if self.read_role is None:
            return []
        return [f"repo:{self.repository}:pull_request"] + [
            f"repo:{self.repository}:ref:refs/heads/{branch}" for branch in self.read_role.branches
        ]
