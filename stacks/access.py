"""Composes the `access:` section (ossiac.config.access) into upload roles and app server users."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from constructs import Construct

from ossiac.config.access import AccessConfig, TrustedConfig
from ossiac_constructs.app_server_user import AppServerUser, AppServerUserProps
from ossiac_constructs.upload_role import TrustedRamUser, TrustedService, UploadRole, UploadRoleProps


@dataclass(frozen=True)
class Access:
    users: dict[str, AppServerUser]
    roles: dict[str, UploadRole]


def add_access(scope: Construct, access: AccessConfig, buckets: Mapping[str, str] | None = None) -> Access:
    """Create every app user and upload role of `access` in `scope`.

    `buckets` maps bucket names declared in the same stack to a reference to their name (e.g.
    `secure_bucket.bucket.bucket`): roles on those buckets then reference the bucket resource,
    so Terraform orders them after it. Other bucket names are used literally.
    """
    buckets = buckets or {}
    users = {
        user.name: AppServerUser(
            scope,
            f"app-user-{user.name}",
            AppServerUserProps(name=user.name, account_id=access.account_id, display_name=user.display_name, comments=user.comments),
        )
        for user in access.app_users
    }
    roles = {
        role.name: UploadRole(
            scope,
            f"upload-role-{role.name}",
            UploadRoleProps(
                role_name=role.name,
                bucket=buckets.get(role.bucket, role.bucket),
                prefix=role.prefix,
                trusted=(_trusted(role.trusted, users),),
                access=role.actions,
                max_session_duration=role.max_session_duration,
                https_only=role.https_only,
                source_ips=tuple(role.source_ips),
                kms_key_id=role.kms_key_id,
                full_access_waiver=role.waive_full_access,
                description=role.description,
            ),
        )
        for role in access.upload_roles
    }
    for name, user in users.items():
        user.allow_assume([roles[r.name].arn for r in access.upload_roles if r.trusted.ram_user == name])
    return Access(users, roles)


def _trusted(trusted: TrustedConfig, users: dict[str, AppServerUser]) -> AppServerUser | TrustedRamUser | TrustedService:
    if trusted.ram_user is not None:
        return users[trusted.ram_user]
    if trusted.ram_user_arn is not None:
        return TrustedRamUser(trusted.ram_user_arn)
    return TrustedService(str(trusted.service))
