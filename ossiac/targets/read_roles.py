"""Each stack planned with its own read role's credentials, from the CI job's GitHub OIDC token.

`ossiac diff --assume-read-roles` (pull requests) and `ossiac drift --assume-read-roles` (the scheduled
drift watch) plan every stack in one job. No credentials are stored: for each stack, the job's GitHub
OIDC token is exchanged with STS AssumeRoleWithOIDC (the official SDK, `alibabacloud_sts20150401`) for
short-lived credentials of that stack's read role (`deploy_role.read_role`, which may read only what
its stack manages and its own state), and the stack's Terraform runs get them in their environment.

Where the role comes from: the stack's synthesized outputs `deploy_role_read_role_arn`,
`deploy_role_oidc_provider_arn` and `deploy_role_audience` (constructs/github_deploy_role.py).
The token: GitHub Actions gives a job that may request one (`permissions: id-token: write`)
ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN; the token is requested with the
audience appended (`&audience=...`) and read from the answer's `value`, as GitHub documents
(https://docs.github.com/en/actions/reference/security/oidc, read 2026-12-04) and as
aliyun/configure-aliyun-credentials-action v1.0.7 does through @actions/core.
STS: `sts.aliyuncs.com`, unless ALICLOUD_STS_ENDPOINT (or ALIBABA_CLOUD_STS_ENDPOINT) names another,
the variables Terraform's `oss` backend reads for its STS endpoint, e.g. the local cloud's endpoint.
"""

from __future__ import annotations

import json
import os
import re
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from alibabacloud_sts20150401 import models as sts_models
from alibabacloud_sts20150401.client import Client as StsClient
from alibabacloud_tea_openapi import models as openapi_models
from alibabacloud_tea_openapi.exceptions import AlibabaCloudException

from ossiac import stack_json

TOKEN_URL_ENV = "ACTIONS_ID_TOKEN_REQUEST_URL"
TOKEN_ENV = "ACTIONS_ID_TOKEN_REQUEST_TOKEN"
STS_ENDPOINT_ENV = ("ALICLOUD_STS_ENDPOINT", "ALIBABA_CLOUD_STS_ENDPOINT")
DEFAULT_STS_ENDPOINT = "sts.aliyuncs.com"
OUTPUTS = ("read_role_arn", "oidc_provider_arn", "audience")
SESSION_SECONDS = 3600  # RAM's default maximum session of a role: a longer request would be refused
# What the provider, Terraform's oss backend and the OSS SDK read as credentials. The role variables
# and profiles are emptied: with them set, a reader would assume another role or read a profile
# instead of the stack's credentials (an empty value counts as unset for each of them).
_KEYS = ("ALICLOUD_ACCESS_KEY", "ALIBABA_CLOUD_ACCESS_KEY_ID", "ALICLOUD_ACCESS_KEY_ID")
_SECRETS = ("ALICLOUD_SECRET_KEY", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "ALICLOUD_ACCESS_KEY_SECRET")
_TOKENS = ("ALICLOUD_SECURITY_TOKEN", "ALIBABA_CLOUD_SECURITY_TOKEN")
_CLEARED = (
    "ALICLOUD_ASSUME_ROLE_ARN",
    "ALIBABA_CLOUD_ROLE_ARN",
    "ALICLOUD_PROFILE",
    "ALIBABA_CLOUD_PROFILE",
    "ALIBABA_CLOUD_OIDC_PROVIDER_ARN",
    "ALIBABA_CLOUD_OIDC_TOKEN_FILE",
    "ALICLOUD_ECS_ROLE_NAME",
    "ALIBABA_CLOUD_ECS_METADATA",
)
_SESSION_CHARACTERS = re.compile(r"[^A-Za-z0-9.@_-]")


class ReadRoleError(Exception):
    """Credentials could not be had for a stack; the message names it and what to do."""


@dataclass(frozen=True)
class ReadRole:
    stack: str
    role_arn: str
    provider_arn: str
    audience: str


def declared(stack_dirs: list[Path]) -> tuple[list[ReadRole], list[str]]:
    """The read role of each synthesized stack, and the stacks that declare none."""
    roles, without = [], []
    for stack_dir in stack_dirs:
        outputs = stack_json.load(stack_dir).get("output", {})
        values = [str(outputs.get(f"deploy_role_{key}", {}).get("value") or "") for key in OUTPUTS]
        if all(values):
            roles.append(ReadRole(stack_dir.name, *values))
        else:
            without.append(stack_dir.name)
    return roles, without


def github_token(audience: str, env: Mapping[str, str] = os.environ) -> str:
    """The job's GitHub OIDC token for `audience`."""
    url, bearer = env.get(TOKEN_URL_ENV), env.get(TOKEN_ENV)
    if not url or not bearer:
        raise ReadRoleError(
            f"--assume-read-roles needs the GitHub Actions OIDC token, but {TOKEN_URL_ENV} and {TOKEN_ENV} are "
            "not set: run it in a GitHub Actions job with `permissions: id-token: write` (pull requests from "
            "forks get no token)"
        )
    request = urllib.request.Request(
        f"{url}{'&' if '?' in url else '?'}audience={urllib.parse.quote(audience, safe='')}",
        headers={"Authorization": f"bearer {bearer}", "Accept": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            value = json.loads(answer.read()).get("value")
    except (urllib.error.URLError, OSError, json.JSONDecodeError, AttributeError) as error:
        raise ReadRoleError(f"requesting the GitHub OIDC token for audience {audience!r} failed: {error}") from None
    if not isinstance(value, str) or not value:
        raise ReadRoleError(f"GitHub answered no OIDC token for audience {audience!r}")
    return value


def sts_client(env: Mapping[str, str] = os.environ) -> StsClient:
    """The official STS client, anonymous (AssumeRoleWithOIDC is authorized by the token alone)."""
    endpoint = next((env[name] for name in STS_ENDPOINT_ENV if env.get(name)), DEFAULT_STS_ENDPOINT)
    parsed = urllib.parse.urlsplit(endpoint if "://" in endpoint else f"https://{endpoint}")
    return StsClient(openapi_models.Config(endpoint=parsed.netloc, protocol=parsed.scheme))


def assume(client: StsClient, role: ReadRole, token: str, session: str) -> dict[str, str]:
    """The environment overrides that make a stack's Terraform runs use `role`'s credentials."""
    request = sts_models.AssumeRoleWithOIDCRequest(
        role_arn=role.role_arn,
        oidcprovider_arn=role.provider_arn,
        oidctoken=token,
        role_session_name=session,
        duration_seconds=SESSION_SECONDS,
    )
    try:
        credentials = client.assume_role_with_oidc(request).body.credentials
    except AlibabaCloudException as error:
        if error.code == "EntityNotExist.Role":  # a stack's roles are made by its first deploy
            raise ReadRoleError(
                f"{role.stack}: its read role {role.role_arn} does not exist yet: a stack's roles are made by its "
                "first deploy, which a person runs (docs/pr-to-production.md, Bootstrap)"
            ) from None
        raise ReadRoleError(
            f"{role.stack}: STS refused read role {role.role_arn}: {error.code}: {error.message}"
        ) from None
    except Exception as error:  # the SDK's transport errors have no common base
        raise ReadRoleError(f"{role.stack}: could not reach STS to assume {role.role_arn}: {error}") from None
    overrides = dict.fromkeys(_CLEARED, "")
    overrides.update(dict.fromkeys(_KEYS, credentials.access_key_id))
    overrides.update(dict.fromkeys(_SECRETS, credentials.access_key_secret))
    overrides.update(dict.fromkeys(_TOKENS, credentials.security_token))
    return overrides


def session_name(command: str, env: Mapping[str, str] = os.environ) -> str:
    """`ossiac-<command>-<GitHub run ID>`: what an audit of the role's sessions shows (2-64 characters)."""
    run = env.get("GITHUB_RUN_ID") or str(os.getpid())
    return _SESSION_CHARACTERS.sub("-", f"ossiac-{command}-{run}")[:64]


class ReadRoleCredentials:
    """Each stack's credentials, got once after synth (`prepare`), before any stack is planned."""

    def __init__(self, command: str) -> None:
        self.command = command
        self._by_stack: dict[str, dict[str, str]] = {}

    def prepare(self, stack_dirs: list[Path]) -> None:
        roles, without = declared(stack_dirs)
        if without:
            raise ReadRoleError(
                f"--assume-read-roles: no read role declared for stack(s) {', '.join(without)}: give each a "
                "`deploy_role.read_role` (docs/pr-to-production.md), or plan without --assume-read-roles "
                "with credentials that may read them"
            )
        client = sts_client()
        tokens: dict[str, str] = {}
        session = session_name(self.command)
        for role in roles:
            if role.audience not in tokens:
                tokens[role.audience] = github_token(role.audience)
            self._by_stack[role.stack] = assume(client, role, tokens[role.audience], session)
            print(f"ossiac {self.command}: {role.stack}: reading as {role.role_arn}", file=sys.stderr, flush=True)

    def env(self, stack: str) -> dict[str, str]:
        """The stack's overrides; nothing for a stack that was not prepared."""
        return dict(self._by_stack.get(stack, {}))

    def listing_env(self) -> dict[str, str] | None:
        """Credentials for listing the state bucket: any stack's read role may list it (by name only),
        overriding the process's; None (the process's own) when no stack was prepared."""
        first = next(iter(self._by_stack.values()), None)
        return None if first is None else {**os.environ, **first}
