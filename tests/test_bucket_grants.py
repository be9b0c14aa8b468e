"""Grants on SecureBucket: OSS actions on the bucket or a prefix, and the bucket's KMS key whichever
it is; ServiceRole validates its policy on every grant. Synthesized for real (no mocks)."""

from __future__ import annotations

import json

import pytest
from cdktf_cdktf_provider_alicloud.provider import AlicloudProvider

from harness import synth_constructs
from ossiac.cdk import App, TerraformStack
from ossiac_constructs.invalid_props import InvalidPropsError
from ossiac_constructs.secure_bucket import BucketEnvironment, SecureBucket
from ossiac_constructs.service_role import ServiceRole
from ossiac_props.bucket import BucketProps
from ossiac_props.service_role import ServiceRoleProps


def _worker(stack, name="thumbnailer"):
    return ServiceRole(
        stack, name, ServiceRoleProps(name=name, policy_name=f"{name}-access", trusted_services=["fc.aliyuncs.com"])
    )


def _statements(tf: dict, policy_name: str) -> list[dict]:
    (policy,) = [p for p in tf["resource"]["alicloud_ram_policy"].values() if p["policy_name"] == policy_name]
    return json.loads(policy["policy_document"])["Statement"]


def test_grants_add_oss_actions_and_the_key_of_each_bucket(tmp_path):
    def build(stack):
        env = BucketEnvironment(kms_key_id="key-stack-0001", access_log_bucket="grants-logs")
        assets = SecureBucket(stack, "assets", BucketProps(name="grants-assets"), env)
        plain = SecureBucket(stack, "plain", BucketProps(name="grants-plain", encryption={"algorithm": "AES256"}), env)
        worker = _worker(stack)
        assets.grant_read(worker, prefix="originals/")
        plain.grant_write(worker, prefix="thumbs/")
        SecureBucket.from_name("team-shared", kms_key_id="key-given-0002").grant_read_write(worker, prefix="exchange/")

    tf = synth_constructs(tmp_path, build, "grants")
    address = {
        key.split("_")[0]: f"${{alicloud_oss_bucket.{key}.bucket}}" for key in tf["resource"]["alicloud_oss_bucket"]
    }
    statements = _statements(tf, "thumbnailer-access")
    by_resource = {r: s["Action"] for s in statements for r in s["Resource"]}
    assert by_resource[f"acs:oss:*:*:{address['assets']}/originals/*"] == ["oss:GetObject"]
    assert by_resource["acs:kms:*:*:key/key-stack-0001"] == ["kms:DescribeKey", "kms:Decrypt"]
    assert "oss:PutObject" in by_resource[f"acs:oss:*:*:{address['plain']}/thumbs/*"]
    assert "oss:PutObject" in by_resource["acs:oss:*:*:team-shared/exchange/*"]
    assert by_resource["acs:kms:*:*:key/key-given-0002"] == ["kms:DescribeKey", "kms:GenerateDataKey", "kms:Decrypt"]
    kms_resources = {r for r in by_resource if r.startswith("acs:kms")}
    assert kms_resources == {"acs:kms:*:*:key/key-stack-0001", "acs:kms:*:*:key/key-given-0002"}, (
        "the AES256 bucket adds no key"
    )
    assert all(
        s.get("Condition", {}).get("Bool") == {"acs:SecureTransport": "true"}
        for s in statements
        if s["Action"][0].startswith("oss:")
    )


def test_a_bucket_from_name_without_a_key_grants_no_kms(tmp_path):
    def build(stack):
        SecureBucket.from_name("team-shared").grant_read(_worker(stack))

    statements = _statements(synth_constructs(tmp_path, build, "grants"), "thumbnailer-access")
    assert [a for s in statements for a in s["Action"] if a.startswith("kms:")] == []


def test_a_grant_ram_would_refuse_is_an_error_when_it_is_added(tmp_path):
    app = App(outdir=str(tmp_path))
    stack = TerraformStack(app, "big")
    worker = _worker(stack)
    with pytest.raises(InvalidPropsError, match="6144"):
        for index in range(60):
            SecureBucket.from_name(f"bucket-number-{index:03d}").grant_read_write(
                worker, prefix=f"some/long/prefix/{index}/"
            )


def test_role_names_are_checked_on_the_real_value():
    with pytest.raises(ValueError, match="not a RAM role name"):
        ServiceRoleProps(name="x" * 65, policy_name="p", trusted_services=["oss.aliyuncs.com"])
    with pytest.raises(ValueError, match="at least one trusted"):
        ServiceRoleProps(name="r", policy_name="p")


def test_a_role_granted_nothing_stops_the_synth(tmp_path):
    app = App(outdir=str(tmp_path))
    stack = TerraformStack(app, "idle")
    AlicloudProvider(stack, "alicloud", region="cn-hangzhou")
    _worker(stack, "idle-worker")
    with pytest.raises(Exception, match="idle-worker: nothing was granted to it"):
        app.synth()
