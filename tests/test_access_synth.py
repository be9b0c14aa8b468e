"""A real synth of upload roles and an app server user, then the simulator on the synthesized role."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cdktf_cdktf_provider_alicloud.oss_bucket import OssBucket
from cdktf_cdktf_provider_alicloud.provider import AlicloudProvider

from ossiac.cdk import App, TerraformStack
from ossiac.cli import main
from ossiac_constructs.secure_bucket import SecureBucket
from ossiac_props.access import AccessProps
from ossiac_stacks.access import add_access

ACCESS = {
    "account_id": "1234567890123456",
    "app_users": [{"name": "app-server"}],
    "upload_roles": [
        {
            "name": "photo-uploads",
            "bucket": "ossiac-photos",
            "prefix": "uploads/",
            "actions": "read-write",
            "trusted": {"ram_user": "app-server"},
            "max_session_duration": 7200,
            "source_ips": ["203.0.113.0/24"],
        },
        {
            "name": "thumbnailer",
            "bucket": "ossiac-photos",
            "prefix": "thumbs/",
            "actions": "write-only",
            "trusted": {"service": "fc.aliyuncs.com"},
        },
    ],
}


@pytest.fixture(scope="module")
def stack_file(tmp_path_factory) -> Path:
    outdir = tmp_path_factory.mktemp("synth")
    app = App(outdir=str(outdir))
    stack = TerraformStack(app, "access")
    AlicloudProvider(stack, "alicloud", region="cn-hangzhou")
    photos = OssBucket(stack, "photos", bucket="ossiac-photos")
    add_access(
        stack, AccessProps.model_validate(ACCESS), buckets={"ossiac-photos": SecureBucket.from_name(photos.bucket)}
    )
    app.synth()
    return outdir / "stacks" / "access" / "cdk.tf.json"


@pytest.fixture(scope="module")
def resources(stack_file) -> dict:
    return json.loads(stack_file.read_text())["resource"]


def _by_name(resources, type_, attribute, name):
    (body,) = [b for b in resources[type_].values() if b.get(attribute) == name]
    return body


def test_role_trusts_the_app_user_and_bounds_sessions(resources):
    role = _by_name(resources, "alicloud_ram_role", "role_name", "photo-uploads")
    assert role["max_session_duration"] == 7200
    assert "name" not in role and "document" not in role  # deprecated in 1.289.0
    (user_key,) = resources["alicloud_ram_user"]
    trust = json.loads(role["assume_role_policy_document"])
    assert trust == {
        "Version": "1",
        "Statement": [
            {
                "Effect": "Allow",
                "Action": "sts:AssumeRole",
                "Principal": {"RAM": [f"acs:ram::1234567890123456:user/${{alicloud_ram_user.{user_key}.name}}"]},
            }
        ],
    }
    fc_role = _by_name(resources, "alicloud_ram_role", "role_name", "thumbnailer")
    assert json.loads(fc_role["assume_role_policy_document"])["Statement"][0]["Principal"] == {
        "Service": ["fc.aliyuncs.com"]
    }
    assert fc_role["max_session_duration"] == 3600


def test_role_policy_is_the_prefix_scoped_template_attached_to_the_role(resources):
    (bucket_key,) = resources["alicloud_oss_bucket"]
    policy = _by_name(resources, "alicloud_ram_policy", "policy_name", "photo-uploads-access")
    document = json.loads(policy["policy_document"])
    objects, listing = document["Statement"]
    bucket_ref = f"${{alicloud_oss_bucket.{bucket_key}.bucket}}"
    assert objects["Resource"] == [f"acs:oss:*:*:{bucket_ref}/uploads/*"]
    assert objects["Action"] == ["oss:GetObject", "oss:PutObject", "oss:AbortMultipartUpload", "oss:ListParts"]
    conditions = {"Bool": {"acs:SecureTransport": "true"}, "IpAddress": {"acs:SourceIp": ["203.0.113.0/24"]}}
    assert objects["Condition"] == conditions
    assert listing["Resource"] == [f"acs:oss:*:*:{bucket_ref}"]
    assert listing["Condition"] == {**conditions, "StringLike": {"oss:Prefix": "uploads/*"}}
    policy_key = next(k for k, b in resources["alicloud_ram_policy"].items() if b is policy)
    role_key = next(k for k, b in resources["alicloud_ram_role"].items() if b["role_name"] == "photo-uploads")
    attachments = [
        a
        for a in resources["alicloud_ram_role_policy_attachment"].values()
        if a["role_name"] == f"${{alicloud_ram_role.{role_key}.role_name}}"
    ]
    assert attachments == [
        {**attachments[0], "policy_name": f"${{alicloud_ram_policy.{policy_key}.policy_name}}", "policy_type": "Custom"}
    ]


def test_app_user_may_only_assume_the_role_and_has_no_key(resources, stack_file):
    role_key = next(k for k, b in resources["alicloud_ram_role"].items() if b["role_name"] == "photo-uploads")
    policy = _by_name(resources, "alicloud_ram_policy", "policy_name", "app-server-assume-roles")
    assert json.loads(policy["policy_document"])["Statement"] == [
        {
            "Sid": "AssumeUploadRoles",
            "Effect": "Allow",
            "Action": ["sts:AssumeRole"],
            "Resource": [f"${{alicloud_ram_role.{role_key}.arn}}"],
        }
    ]
    (attachment,) = resources["alicloud_ram_user_policy_attachment"].values()
    assert attachment["policy_type"] == "Custom"
    assert not any("access_key" in type_ for type_ in resources)
    assert "output" not in json.loads(stack_file.read_text())


@pytest.mark.parametrize(
    ("action", "resource", "context", "decision"),
    [
        (
            "oss:PutObject",
            "acs:oss:*:*:ossiac-photos/uploads/a.jpg",
            ["acs:SecureTransport=true", "acs:SourceIp=203.0.113.5"],
            "allow",
        ),
        (
            "oss:PutObject",
            "acs:oss:*:*:ossiac-photos/uploads/a.jpg",
            ["acs:SecureTransport=false", "acs:SourceIp=203.0.113.5"],
            "deny (implicit)",
        ),
        (
            "oss:PutObject",
            "acs:oss:*:*:ossiac-photos/uploads/a.jpg",
            ["acs:SecureTransport=true", "acs:SourceIp=192.0.2.1"],
            "deny (implicit)",
        ),
        (
            "oss:PutObject",
            "acs:oss:*:*:ossiac-photos/other/a.jpg",
            ["acs:SecureTransport=true", "acs:SourceIp=203.0.113.5"],
            "deny (implicit)",
        ),
        (
            "oss:DeleteObject",
            "acs:oss:*:*:ossiac-photos/uploads/a.jpg",
            ["acs:SecureTransport=true", "acs:SourceIp=203.0.113.5"],
            "deny (implicit)",
        ),
    ],
)
def test_cli_simulates_the_synthesized_role(stack_file, capsys, action, resource, context, decision):
    args = [
        "policy",
        "simulate",
        "--stack-json",
        str(stack_file),
        "--role",
        "photo-uploads",
        "--action",
        action,
        "--resource",
        resource,
    ]
    assert main(args + [arg for item in context for arg in ("--context", item)]) == 0
    assert capsys.readouterr().out.splitlines()[0] == decision


def test_cli_names_the_deciding_statement_of_the_synthesized_role(stack_file, capsys):
    args = ["policy", "simulate", "--stack-json", str(stack_file), "--role", "photo-uploads", "--json"]
    args += ["--action", "oss:ListObjects", "--resource", "acs:oss:*:*:ossiac-photos"]
    args += [
        "--context",
        "oss:Prefix=uploads/2026/",
        "--context",
        "acs:SecureTransport=true",
        "--context",
        "acs:SourceIp=203.0.113.5",
    ]
    assert main(args) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["decision"] == "allow"
    assert result["statement"] == {"policy": "photo-uploads-access", "index": 1, "sid": "ListObjects"}


def test_cli_refuses_an_unknown_role_listing_the_known_ones(stack_file, capsys):
    args = [
        "policy",
        "simulate",
        "--stack-json",
        str(stack_file),
        "--role",
        "nope",
        "--action",
        "oss:GetObject",
        "--resource",
        "*",
    ]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "no alicloud_ram_role named 'nope'" in err and "photo-uploads" in err and "thumbnailer" in err


def test_cli_errors_clearly_on_an_unresolvable_reference(stack_file, tmp_path, capsys):
    data = json.loads(stack_file.read_text())
    for bucket in data["resource"]["alicloud_oss_bucket"].values():
        del bucket["bucket"]  # as if the name were computed by Terraform
    broken = tmp_path / "cdk.tf.json"
    broken.write_text(json.dumps(data))
    args = [
        "policy",
        "simulate",
        "--stack-json",
        str(broken),
        "--role",
        "photo-uploads",
        "--action",
        "oss:GetObject",
        "--resource",
        "*",
    ]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "cannot resolve ${alicloud_oss_bucket." in err and "policy_document" in err
