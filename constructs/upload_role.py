"""An upload role: what an app server assumes through STS to hand out short-lived credentials.

The role carries one custom policy from the OSS templates (scoped to a bucket or to a prefix,
optionally HTTPS-only and source-IP bound, plus KMS use for SSE-KMS objects) and a trust policy
naming who may assume it. Per-user scoping (`uploads/user1/`) happens at AssumeRole time: the
app server passes a session policy (e.g. `ossiac policy render oss-write-only ...`) that narrows
the role further; STS grants the intersection.
"""

from __future__ import annotations

from constructs import Construct

from ossiac_constructs.app_server_user import AppServerUser
from ossiac_constructs.bucket_grants import BucketGrants
from ossiac_constructs.invalid_props import InvalidPropsError
from ossiac_constructs.service_role import ServiceRole
from ossiac_constructs.terraform_text import literal
from ossiac_props.access import UploadRoleProps
from ossiac_props.ram_names import policy_name_for
from ossiac_props.service_role import ServiceRoleProps


class UploadRole(ServiceRole):
    """A ServiceRole granted `props.actions` on `bucket` (under `props.prefix`) through the bucket's grants."""

    def __init__(
        self,
        scope: Construct,
        id_: str,
        props: UploadRoleProps,
        *,
        bucket: BucketGrants,
        app_user: AppServerUser | None = None,
    ) -> None:
        """`bucket` is the bucket props.bucket names: a SecureBucket of the stack, or
        `SecureBucket.from_name(...)`. `app_user` is the AppServerUser props.trusted.ram_user names."""
        trusted = props.trusted
        if trusted.ram_user is not None and (app_user is None or app_user.props.name != trusted.ram_user):
            raise InvalidPropsError(
                f"UploadRole {props.name}",
                [f"trusted.ram_user {trusted.ram_user!r}: pass that AppServerUser as app_user"],
            )
        # app_user is the user trusted.ram_user names (checked above) whenever ram_user is given.
        ram_arns = (
            [app_user.arn]
            if app_user is not None and trusted.ram_user is not None
            else ([trusted.ram_user_arn] if trusted.ram_user_arn else [])
        )
        super().__init__(
            scope,
            id_,
            ServiceRoleProps(
                name=props.name,
                policy_name=policy_name_for(props.name, "access"),
                trusted_ram_arns=ram_arns,
                trusted_services=[trusted.service] if trusted.service else [],
                description=literal(props.description),
                policy_description=f"ossiac: {props.actions} for upload role {props.name}",
                max_session_duration=props.max_session_duration,
            ),
        )
        self.upload_props = props
        bucket.grant(
            self,
            props.actions,
            props.prefix,
            https_only=props.https_only,
            source_ips=props.source_ips,
            kms_key_id=props.kms_key_id,
        )
