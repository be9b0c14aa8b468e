"""Replication of SSE-KMS buckets: whichever key encrypts the source (the stack's or one given by
ID), the rule replicates SSE-KMS objects and the role may use that key; the role's name is
computed from the real bucket name and checked against RAM's limit at load time."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from harness import App, only, resources_of, synth_stacks
from ossiac.config.loader import load_stack_files
from ossiac.config.problems import ConfigError
from ossiac.localcloud.store import Store

STACK = """
stacks:
  - name: {stack}
    region: cn-hangzhou
    buckets:
      - name: {bucket}
{extra}
        replication: {{destination_bucket: {bucket}-copy, destination_region: cn-beijing{replication}}}
"""


def _stack_file(
    folder: Path, bucket: str = "ossiac-rk-data", extra: str = "", replication: str = "", stack: str = "rk"
) -> Path:
    file = folder / "rk.yaml"
    text = STACK.format(
        stack=stack, bucket=bucket, extra=textwrap.indent(extra, " " * 8) if extra else "", replication=replication
    )
    file.write_text(text)
    return file


def _replication(tf: dict) -> tuple[dict, list[dict]]:
    rule = only(resources_of(tf, "alicloud_oss_bucket_replication"))
    (policy,) = [p for p in resources_of(tf, "alicloud_ram_policy") if p["policy_name"].startswith("oss-replication-")]
    return rule, json.loads(policy["policy_document"])["Statement"]


def _kms_statements(statements: list[dict]) -> dict[str, list[str]]:
    return {s["Resource"][0]: s["Action"] for s in statements if s["Action"][0].startswith("kms:")}


def test_a_given_key_is_replicated_and_granted(tmp_path):
    file = _stack_file(tmp_path, extra="encryption: {algorithm: KMS, kms_key_id: key-given-0001}")
    rule, statements = _replication(synth_stacks(tmp_path / "out", [file])["rk"])
    assert rule["source_selection_criteria"] == {"sse_kms_encrypted_objects": {"status": "Enabled"}}
    replica_key = rule["encryption_configuration"]["replica_kms_key_id"]
    assert replica_key.startswith("${alicloud_kms_key.foundation-cn-beijing")
    assert _kms_statements(statements) == {
        "acs:kms:*:*:key/key-given-0001": ["kms:Decrypt"],
        f"acs:kms:*:*:key/{replica_key}": ["kms:Encrypt", "kms:GenerateDataKey"],
    }


def test_the_managed_key_is_granted_the_same_way_and_oss_managed_keys_need_none(tmp_path):
    rule, statements = _replication(synth_stacks(tmp_path / "kms", [_stack_file(tmp_path)])["rk"])
    source_key = [r for r in _kms_statements(statements) if "foundation-cn-hangzhou" in r]
    assert (
        rule["source_selection_criteria"]["sse_kms_encrypted_objects"]["status"] == "Enabled" and len(source_key) == 1
    )
    rule, statements = _replication(
        synth_stacks(tmp_path / "aes", [_stack_file(tmp_path, extra="encryption: {algorithm: AES256}")])["rk"]
    )
    assert "source_selection_criteria" not in rule and "encryption_configuration" not in rule
    assert _kms_statements(statements) == {}


def test_the_role_name_is_the_real_bucket_name_and_checked_at_load_time(tmp_path):
    rule, _ = _replication(synth_stacks(tmp_path / "out", [_stack_file(tmp_path)])["rk"])
    long_bucket = "ossiac-" + "x" * 49  # 56 characters: a valid bucket, but oss-replication-<it> is 72
    with pytest.raises(ConfigError) as raised:
        load_stack_files([_stack_file(tmp_path, bucket=long_bucket)])
    (problem,) = raised.value.problems
    assert problem.path == "stacks[0].buckets[0]" and problem.line == 6
    assert (
        "oss-replication-" in problem.message and "72 characters" in problem.message and "role_name" in problem.message
    )
    (loaded,) = load_stack_files([_stack_file(tmp_path, bucket=long_bucket, replication=", role_name: rk-replication")])
    assert loaded.buckets[0].replication_role_name == "rk-replication"


def test_replicating_a_bucket_with_a_given_key_on_the_local_target(tmp_path, local_target):
    app = App(tmp_path, "rk.yaml")
    key = app.ossiac_ok("localcloud", "kms", "create-key", "--description", "given").stdout.strip()
    _stack_file(tmp_path, extra=f"encryption: {{algorithm: KMS, kms_key_id: {key}}}")
    app.apply("rk")
    store = Store(app.cloud)
    (replication,) = store.get("alicloud_oss_bucket", "ossiac-rk-data")["settings"]["replication"].values()
    assert replication["source_selection_criteria"][0]["sse_kms_encrypted_objects"][0]["status"] == "Enabled"
    assert replication["encryption_configuration"][0]["replica_kms_key_id"].startswith("key-")
    (policy,) = [p for p in store.list("alicloud_ram_policy") if p["id"].startswith("oss-replication-")]
    granted = json.loads(policy["attributes"]["policy_document"])["Statement"]
    assert {"Effect": "Allow", "Action": ["kms:Decrypt"], "Resource": [f"acs:kms:*:*:key/{key}"]} in granted
