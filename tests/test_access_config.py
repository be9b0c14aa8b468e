"""The access section's models and the constructs' prop checks refuse what RAM or we would not accept."""

from __future__ import annotations

import pytest
from ossiac.cdk import App, TerraformStack
from pydantic import ValidationError

from ossiac.config.access import AccessConfig
from ossiac_constructs.app_server_user import AppServerUser, AppServerUserProps
from ossiac_constructs.invalid_props import InvalidPropsError
from ossiac_constructs.upload_role import TrustedRamUser, TrustedService, UploadRole, UploadRoleProps

ROLE = {"name": "uploads", "bucket": "photos", "prefix": "u/", "trusted": {"service": "fc.aliyuncs.com"}}


def _errors(data) -> dict[str, str]:
    with pytest.raises(ValidationError) as raised:
        AccessConfig.model_validate(data)
    return {".".join(str(p) for p in e["loc"]): e["msg"] for e in raised.value.errors()}


def test_defaults_are_least_privilege():
    role = AccessConfig.model_validate({"upload_roles": [ROLE]}).upload_roles[0]
    assert (role.actions, role.https_only, role.max_session_duration, role.source_ips) == ("write-only", True, 3600, [])


def test_full_access_needs_a_named_waiver():
    errors = _errors({"upload_roles": [{**ROLE, "actions": "full-access"}]})
    assert "waive_full_access" in errors["upload_roles.0"]
    AccessConfig.model_validate({"upload_roles": [{**ROLE, "actions": "full-access", "waive_full_access": "migration job, ticket OPS-12"}]})


def test_session_duration_range_and_unknown_keys():
    errors = _errors({"upload_roles": [{**ROLE, "max_session_duration": 43201, "colour": "red"}]})
    assert set(errors) == {"upload_roles.0.max_session_duration", "upload_roles.0.colour"}


def test_values_are_checked_with_their_path():
    errors = _errors({"upload_roles": [{**ROLE, "name": "-bad", "bucket": "Bad", "prefix": "u", "source_ips": ["x"]}]})
    assert set(errors) == {"upload_roles.0.name", "upload_roles.0.bucket", "upload_roles.0.prefix", "upload_roles.0.source_ips"}


def test_trusted_names_exactly_one_principal_and_users_must_be_declared():
    errors = _errors({"upload_roles": [{**ROLE, "trusted": {"service": "fc.aliyuncs.com", "ram_user": "a"}}]})
    assert "exactly one" in errors["upload_roles.0.trusted"]
    errors = _errors({"app_users": [{"name": "idle"}], "upload_roles": [{**ROLE, "trusted": {"ram_user": "ghost"}}]})
    assert "'ghost' is not in app_users" in errors[""] and "'idle' is trusted by no upload role" in errors[""]


def _stack():
    return TerraformStack(App(outdir="/nonexistent-never-synthesized"), "s")


def test_upload_role_lists_every_prop_problem_with_its_path():
    props = UploadRoleProps(
        role_name="-x",
        bucket="Bad",
        prefix="/p",
        trusted=(TrustedRamUser("user/app"), TrustedService("fc")),
        access="full-access",
        max_session_duration=60,
        kms_key_id="key/1",
    )
    with pytest.raises(InvalidPropsError) as raised:
        UploadRole(_stack(), "role", props)
    text = str(raised.value)
    for path in ("role_name:", "bucket:", "prefix:", "access: full-access is refused", "max_session_duration:", "kms_key_id:", "trusted[0].arn:", "trusted[1].service:"):
        assert path in text, path


def test_waiver_without_full_access_is_refused():
    props = UploadRoleProps(role_name="r", bucket="photos", prefix="", trusted=(TrustedService("fc.aliyuncs.com"),), full_access_waiver="why")
    with pytest.raises(InvalidPropsError, match="full_access_waiver"):
        UploadRole(_stack(), "role", props)


def test_app_user_checks_name_and_role_arns():
    with pytest.raises(InvalidPropsError, match="name:"):
        AppServerUser(_stack(), "u", AppServerUserProps(name="bad name"))
    user = AppServerUser(_stack(), "u", AppServerUserProps(name="app", account_id="123"))
    with pytest.raises(InvalidPropsError, match=r"role_arns\[0\]"):
        user.allow_assume(["acs:oss:*:*:bucket"])
