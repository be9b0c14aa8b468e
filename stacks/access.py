"""Composes the `access:` section (ossiac_props.access) into upload roles and app server users."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from constructs import Construct

from ossiac_constructs.app_server_user import AppServerUser
from ossiac_constructs.bucket_grants import BucketGrants
from ossiac_constructs.secure_bucket import SecureBucket
from ossiac_constructs.upload_role import UploadRole
from ossiac_props.access import AccessProps


@dataclass(frozen=True)
class Access:
    users: dict[str, AppServerUser]
    roles: dict[str, UploadRole]


def add_access(scope: Construct, access: AccessProps, buckets: Mapping[str, BucketGrants] | None = None) -> Access:
    """Create every app user and upload role of `access` in `scope`.

    `buckets` are the buckets of the same stack by name: a role on one of them is granted through
    that bucket (its resource reference orders the role after it; its SSE-KMS key is granted too,
    unless the role names its own `kms_key_id`). Other bucket names are buckets managed elsewhere.
    """
    buckets = buckets or {}
    users = {
        user.name: AppServerUser(scope, f"app-user-{user.name}", user, account_id=access.account_id)
        for user in access.app_users
    }
    roles = {
        role.name: UploadRole(
            scope,
            f"upload-role-{role.name}",
            role,
            bucket=buckets.get(role.bucket) or SecureBucket.from_name(role.bucket),
            app_user=users.get(role.trusted.ram_user) if role.trusted.ram_user else None,
        )
        for role in access.upload_roles
    }
    for name, user in users.items():
        user.allow_assume([roles[r.name].arn for r in access.upload_roles if r.trusted.ram_user == name])
    return Access(users, roles)
