"""The access section's models and the constructs' prop checks refuse what RAM or we would not accept."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from ossiac.cdk import App, TerraformStack
from ossiac_constructs.app_server_user import AppServerUser
from ossiac_constructs.invalid_props import InvalidPropsError
from ossiac_constructs.secure_bucket import SecureBucket
from ossiac_constructs.upload_role import UploadRole
from ossiac_props.access import AccessProps, AppUserProps, UploadRoleProps

ROLE = {"name": "uploads", "bucket": "photos", "prefix": "u/", "trusted": {"service": "fc.aliyuncs.com"}}


def _errors(data) -> dict[str, str]:
    with pytest.raises(ValidationError) as raised:
        AccessProps.model_validate(data)
    return {".".join(str(p) for p in e["loc"]): e["msg"] for e in raised.value.errors()}


def test_defaults_are_least_privilege():
    role = AccessProps.model_validate({"upload_roles": [ROLE]}).upload_roles[0]
    assert (role.actions, role.https_only, role.max_session_duration, role.source_ips) == ("write-only", True, 3600, [])


def test_full_access_needs_a_named_waiver():
    errors = _errors({"upload_roles": [{**ROLE, "actions": "full-access"}]})
    assert "waive_full_access" in errors["upload_roles.0"]
    AccessProps.model_validate(
        {"upload_roles": [{**ROLE, "actions": "full-access", "waive_full_access": "migration job, ticket OPS-12"}]}
    )


def test_session_duration_range_and_unknown_keys():
    errors = _errors({"upload_roles": [{**ROLE, "max_session_duration": 43201, "colour": "red"}]})
    assert set(errors) == {"upload_roles.0.max_session_duration", "upload_roles.0.colour"}


def test_values_are_checked_with_their_path():
    errors = _errors(
        {"upload_roles": [{**ROLE, "name": "bad_name", "bucket": "Bad", "prefix": "u", "source_ips": ["x"]}]}
    )
    assert set(errors) == {
        "upload_roles.0.name",
        "upload_roles.0.bucket",
        "upload_roles.0.prefix",
        "upload_roles.0.source_ips",
    }


def test_trusted_names_exactly_one_principal_and_users_must_be_declared():
    errors = _errors({"upload_roles": [{**ROLE, "trusted": {"service": "fc.aliyuncs.com", "ram_user": "a"}}]})
    assert "exactly one" in errors["upload_roles.0.trusted"]
    errors = _errors({"app_users": [{"name": "idle"}], "upload_roles": [{**ROLE, "trusted": {"ram_user": "ghost"}}]})
    assert "'ghost' is not in app_users" in errors[""] and "'idle' is trusted by no upload role" in errors[""]


def _stack():
    return TerraformStack(App(outdir="/nonexistent-never-synthesized"), "s")


def test_upload_role_props_list_every_problem_with_its_path():
    with pytest.raises(ValidationError) as raised:
        UploadRoleProps.model_validate(
            {
                "name": "_x",
                "bucket": "Bad",
                "prefix": "/p",
                "trusted": {"ram_user_arn": "user/app"},
                "actions": "full-access",
                "max_session_duration": 60,
                "kms_key_id": "key/1",
            }
        )
    paths = {".".join(str(p) for p in e["loc"]) for e in raised.value.errors()}
    assert {"name", "bucket", "prefix", "trusted.ram_user_arn", "max_session_duration", "kms_key_id"} <= paths
    with pytest.raises(ValidationError, match="not a service such as fc.aliyuncs.com"):
        UploadRoleProps.model_validate({**ROLE, "trusted": {"service": "fc"}})


def test_waiver_without_full_access_is_refused():
    with pytest.raises(ValidationError, match="waive_full_access"):
        UploadRoleProps.model_validate({**ROLE, "waive_full_access": "because we need it"})


def test_upload_role_on_an_app_user_needs_that_user():
    props = UploadRoleProps.model_validate({**ROLE, "trusted": {"ram_user": "app"}})
    with pytest.raises(InvalidPropsError, match="pass that AppServerUser"):
        UploadRole(_stack(), "role", props, bucket=SecureBucket.from_name("photos"))


def test_app_user_checks_name_account_and_role_arns():
    with pytest.raises(ValidationError, match="not a RAM user name"):
        AppUserProps(name="bad name")
    with pytest.raises(InvalidPropsError, match="account_id:"):
        AppServerUser(_stack(), "u", AppUserProps(name="app"), account_id="１２３")
    user = AppServerUser(_stack(), "u", AppUserProps(name="app"), account_id="123")
    with pytest.raises(InvalidPropsError, match=r"role_arns\[0\]"):
        user.allow_assume(["acs:oss:*:*:bucket"])


def test_a_trusted_user_arn_names_a_user_ram_could_have():
    """RAM user names are letters, digits, '.', '-', '_' (props/ram_names.py); an '@' (a logon name's
    domain part) never names a user, so an ARN carrying one trusts nobody."""
    errors = _errors({"upload_roles": [{**ROLE, "trusted": {"ram_user_arn": "acs:ram::123:user/app@corp.example"}}]})
    assert "is not acs:ram::<account>:user/<name>" in errors["upload_roles.0.trusted.ram_user_arn"]
    AccessProps.model_validate({"upload_roles": [{**ROLE, "trusted": {"ram_user_arn": "acs:ram::123:user/app.ci_1"}}]})
