"""The OSS sync trigger as synthesized: function, trigger, least-privilege roles, stable code package."""

from __future__ import annotations

import base64
import io
import json
import zipfile

import pytest

from harness import REPO_ROOT, Template, synth_stack
from ossiac_stacks.function_package import zip_base64
from ossiac_stacks.network import SYNC_FUNCTION_CODE

MIGRATION = REPO_ROOT / "estate" / "migration.yaml"


@pytest.fixture(scope="module")
def tf(tmp_path_factory) -> Template:
    return synth_stack(tmp_path_factory.mktemp("synth"), MIGRATION)


def test_trigger_on_object_created_of_the_source_bucket(tf):
    trigger = tf.has_resource_properties("alicloud_fcv3_trigger", {})
    assert trigger["trigger_type"] == "oss" and trigger["qualifier"] == "LATEST"
    assert json.loads(trigger["trigger_config"])["events"] == ["oss:ObjectCreated:*"]
    assert trigger["source_arn"].startswith("acs:oss:cn-shanghai:${data.alicloud_account.")
    assert trigger["source_arn"].endswith(
        "${alicloud_oss_bucket.bucket-ossiac-example-migration-data_bucket_F33D5D20.bucket}"
    )
    assert not {"alicloud_fc_trigger", "alicloud_fc_function", "alicloud_fc_service"} & set(
        tf["resource"]
    )  # FC 2.0: deprecated


def test_function_writes_records_to_the_separate_bucket(tf):
    function = tf.has_resource_properties("alicloud_fcv3_function", {})
    env = function["environment_variables"]
    assert "sync-records" in env["RECORD_BUCKET"] and "migration-data" not in env["RECORD_BUCKET"]
    assert env["SYNC_ENDPOINT"] == "https://migration.example.com/v1/objects"
    assert function["runtime"] == "python3.10" and function["handler"] == "handler.handler"


def test_function_role_may_only_write_record_prefix_use_its_key_and_read_the_secret(tf):
    role = tf.has_resource_properties("alicloud_ram_role", {"role_name": "migration-sync-fn"})
    assert json.loads(role["assume_role_policy_document"])["Statement"][0]["Principal"] == {
        "Service": ["fc.aliyuncs.com"]
    }
    policy = json.loads(
        tf.has_resource_properties("alicloud_ram_policy", {"policy_name": "migration-sync-fn-policy"})[
            "policy_document"
        ]
    )
    actions = {a for s in policy["Statement"] for a in s["Action"]}
    assert actions == {
        "oss:PutObject",
        "oss:AbortMultipartUpload",
        "oss:ListParts",
        "kms:DescribeKey",
        "kms:GenerateDataKey",
        "kms:Decrypt",
        "kms:GetSecretValue",
    }
    oss = [s for s in policy["Statement"] if s["Action"][0].startswith("oss:")]
    (statement,) = oss
    (resource,) = statement["Resource"]
    assert "sync-records_bucket" in resource and resource.endswith("/sync-records/*")
    assert "migration-data" not in json.dumps(policy)  # nothing at all on the source bucket
    assert all(s["Effect"] == "Allow" for s in policy["Statement"])


def test_invocation_role_may_only_invoke_this_function(tf):
    role = tf.has_resource_properties("alicloud_ram_role", {"role_name": "migration-sync-oss-invoke"})
    assert json.loads(role["assume_role_policy_document"])["Statement"][0]["Principal"] == {
        "Service": ["oss.aliyuncs.com"]
    }
    policy = json.loads(
        tf.has_resource_properties("alicloud_ram_policy", {"policy_name": "migration-sync-oss-invoke-policy"})[
            "policy_document"
        ]
    )
    (statement,) = policy["Statement"]
    assert statement["Action"] == ["fc:InvokeFunction"]
    assert [r.rsplit(":", 1)[1] for r in statement["Resource"]] == [
        "functions/migration-sync",
        "functions/migration-sync/*",
    ]
    trigger = tf.has_resource_properties("alicloud_fcv3_trigger", {})
    assert (
        trigger["invocation_role"]
        == "${" + f"alicloud_ram_role.{_id(tf, 'alicloud_ram_role', 'migration-sync-oss-invoke')}.arn" + "}"
    )


def _id(tf, type_, role_name):
    (name,) = [n for n, b in tf["resource"][type_].items() if b.get("role_name") == role_name]
    return name


def test_code_is_the_handler_in_a_deterministic_zip(tf, tmp_path):
    function = tf.has_resource_properties("alicloud_fcv3_function", {})
    archive = zipfile.ZipFile(io.BytesIO(base64.b64decode(function["code"]["zip_file"])))
    assert archive.namelist() == ["handler.py"]
    assert archive.read("handler.py") == (SYNC_FUNCTION_CODE / "handler.py").read_bytes()
    assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    # A second synth yields the same bytes, so diffs show code changes only.
    assert (
        synth_stack(tmp_path, MIGRATION).has_resource_properties("alicloud_fcv3_function", {})["code"]
        == function["code"]
    )
    assert zip_base64(SYNC_FUNCTION_CODE) == function["code"]["zip_file"]


def test_the_roles_keep_the_addresses_they_were_deployed_under(tf):
    # Before the roles became ServiceRoles these were their addresses; a new address would make
    # Terraform delete and recreate each role (and collide on its name) in every deployed stack.
    addresses = {
        f"{type_}.{key}"
        for type_ in ("alicloud_ram_role", "alicloud_ram_policy", "alicloud_ram_role_policy_attachment")
        for key in tf["resource"][type_]
    }
    assert addresses == {
        "alicloud_ram_role.sync-migration-sync_function-role_B7A19EE5",
        "alicloud_ram_role.sync-migration-sync_invocation-role_98318FBA",
        "alicloud_ram_policy.sync-migration-sync_function-policy_4ACD2C9B",
        "alicloud_ram_policy.sync-migration-sync_invocation-policy_BEF568CA",
        "alicloud_ram_role_policy_attachment.sync-migration-sync_function-attachment_11338CB2",
        "alicloud_ram_role_policy_attachment.sync-migration-sync_invocation-attachment_AE2592F4",
    }
    function_role = tf["resource"]["alicloud_fcv3_function"]["sync-migration-sync_function_15EF9B2B"]["role"]
    assert function_role == "${alicloud_ram_role.sync-migration-sync_function-role_B7A19EE5.arn}"
