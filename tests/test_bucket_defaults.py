"""A bucket that declares only its name gets every secure default in cdk.tf.json."""

from __future__ import annotations

import json

import pytest

from harness import only, resources_of, synth_stacks

MINIMAL = """
stacks:
  - name: plain
    region: cn-hangzhou
    buckets:
      - name: plain-bucket-1
"""


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    folder = tmp_path_factory.mktemp("defaults")
    (folder / "plain.yaml").write_text(MINIMAL)
    return synth_stacks(folder / "out", [folder / "plain.yaml"])["plain"]


def _bucket(stack, name):
    return only([b for b in resources_of(stack, "alicloud_oss_bucket") if b["bucket"] == name])


def _for_bucket(stack, resource_type, bucket_resource_name):
    return [r for r in resources_of(stack, resource_type) if bucket_resource_name in r["bucket"]]


def _resource_name(stack, bucket):
    return only([k for k, v in stack["resource"]["alicloud_oss_bucket"].items() if v["bucket"] == bucket])


def test_acl_private_and_public_access_blocked(stack):
    name = _resource_name(stack, "plain-bucket-1")
    assert only(_for_bucket(stack, "alicloud_oss_bucket_acl", name))["acl"] == "private"
    assert only(_for_bucket(stack, "alicloud_oss_bucket_public_access_block", name))["block_public_access"] is True
    assert "acl" not in _bucket(stack, "plain-bucket-1"), "inline acl is deprecated; the split resource sets it"


def test_sse_kms_with_a_managed_rotating_key_and_alias(stack):
    encryption = _bucket(stack, "plain-bucket-1")["server_side_encryption_rule"]
    key_name = only(list(stack["resource"]["alicloud_kms_key"]))
    assert encryption == {"sse_algorithm": "KMS", "kms_master_key_id": f"${{alicloud_kms_key.{key_name}.id}}"}
    key = stack["resource"]["alicloud_kms_key"][key_name]
    assert key["automatic_rotation"] == "Enabled"
    assert key["rotation_interval"] == "365d"
    assert key["status"] == "Enabled"
    assert key["deletion_protection"] == "Enabled"
    alias = only(resources_of(stack, "alicloud_kms_alias"))
    assert alias == {**alias, "alias_name": "alias/ossiac-plain", "key_id": f"${{alicloud_kms_key.{key_name}.id}}"}


def test_versioning_on_and_logging_into_the_stack_log_bucket(stack):
    bucket = _bucket(stack, "plain-bucket-1")
    assert bucket["versioning"] == {"status": "Enabled"}
    log_bucket_name = _resource_name(stack, "plain-access-logs")
    assert bucket["logging"] == {
        "target_bucket": f"${{alicloud_oss_bucket.{log_bucket_name}.bucket}}",
        "target_prefix": "plain-bucket-1/",
    }


def test_https_only_bucket_policy(stack):
    name = _resource_name(stack, "plain-bucket-1")
    policy = json.loads(only(_for_bucket(stack, "alicloud_oss_bucket_policy", name))["policy"])
    (statement,) = policy["Statement"]
    assert statement["Effect"] == "Deny"
    assert statement["Condition"] == {"Bool": {"acs:SecureTransport": ["false"]}}
    assert set(statement["Resource"]) == {"acs:oss:*:*:plain-bucket-1", "acs:oss:*:*:plain-bucket-1/*"}


def test_deletion_protection_and_split_settings_ignored_on_the_bucket(stack):
    bucket = _bucket(stack, "plain-bucket-1")
    assert bucket["force_destroy"] is False
    assert bucket["lifecycle"]["prevent_destroy"] is True
    assert set(bucket["lifecycle"]["ignore_changes"]) == {"acl", "policy", "referer_config", "cors_rule", "website"}


def test_storage_class_and_redundancy_defaults(stack):
    bucket = _bucket(stack, "plain-bucket-1")
    assert bucket["storage_class"] == "Standard"
    assert bucket["redundancy_type"] == "LRS"


def test_no_optional_feature_is_declared_unasked(stack):
    for resource_type in (
        "alicloud_oss_bucket_cors",
        "alicloud_oss_bucket_referer",
        "alicloud_oss_bucket_website",
        "alicloud_oss_bucket_replication",
        "alicloud_oss_bucket_object",
    ):
        assert resources_of(stack, resource_type) == [], resource_type
    bucket = _bucket(stack, "plain-bucket-1")
    assert "lifecycle_rule" not in bucket and "transfer_acceleration" not in bucket


def test_the_log_bucket_is_itself_secure_and_expires_logs(stack):
    logs = _bucket(stack, "plain-access-logs")
    assert logs["versioning"] == {"status": "Enabled"}
    assert logs["server_side_encryption_rule"]["sse_algorithm"] == "KMS"
    assert "logging" not in logs
    assert "CKV_ALI_12" in logs["//"]["ossiac_waivers"], "the missing logging carries its written reason"
    (rule,) = logs["lifecycle_rule"]
    assert rule["expiration"] == [{"days": 365}]
