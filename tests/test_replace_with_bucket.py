"""Every resource bound to a bucket is replaced with it (`replace_triggered_by`), whoever made it."""

from __future__ import annotations

import json

from harness import REPO_ROOT, synth_stacks

BOUND_PREFIX = "alicloud_oss_bucket_"
BOUND_TYPES = ("alicloud_cms_alarm", "alicloud_fcv3_trigger")


def test_every_bucket_bound_resource_of_the_example_estate_follows_its_bucket(tmp_path):
    stacks = synth_stacks(tmp_path, sorted((REPO_ROOT / "estate").glob("*.yaml")))
    seen_types = set()
    for stack in stacks.values():
        buckets = stack["resource"]["alicloud_oss_bucket"]
        by_name = {body["bucket"]: f"alicloud_oss_bucket.{address}.id" for address, body in buckets.items()}
        by_address = {address: f"alicloud_oss_bucket.{address}.id" for address in buckets}
        for body in buckets.values():
            assert "replace_triggered_by" not in body.get("lifecycle", {})  # a bucket never follows another
        for resource_type, resources in stack["resource"].items():
            if not (resource_type.startswith(BOUND_PREFIX) or resource_type in BOUND_TYPES):
                continue
            for address, body in resources.items():
                expected = _buckets_of(resource_type, body, by_name, by_address)
                assert body["lifecycle"]["replace_triggered_by"] == expected, (resource_type, address)
                seen_types.add(resource_type)
    # The estate uses every kind of bound resource the constructs make.
    assert {
        "alicloud_oss_bucket_acl",
        "alicloud_oss_bucket_policy",
        "alicloud_oss_bucket_public_access_block",
        "alicloud_oss_bucket_cors",
        "alicloud_oss_bucket_referer",
        "alicloud_oss_bucket_website",
        "alicloud_oss_bucket_object",
        "alicloud_oss_bucket_replication",
        "alicloud_cms_alarm",
        "alicloud_fcv3_trigger",
    } <= seen_types


def test_unbound_resources_are_left_alone(tmp_path):
    stacks = synth_stacks(tmp_path, [REPO_ROOT / "estate" / "media.yaml"])
    for resource_type in (
        "alicloud_kms_key",
        "alicloud_ram_role",
        "alicloud_ram_policy",
        "alicloud_cms_alarm_contact_group",
    ):
        for body in stacks["media"]["resource"].get(resource_type, {}).values():
            assert "replace_triggered_by" not in body.get("lifecycle", {}), resource_type


def _buckets_of(resource_type: str, body: dict, by_name: dict, by_address: dict) -> list[str]:
    if resource_type == "alicloud_cms_alarm":  # an alarm shared by buckets follows each of them
        return sorted({by_name[d["BucketName"]] for d in json.loads(body["metric_dimensions"])})
    reference = body["source_arn"] if resource_type == "alicloud_fcv3_trigger" else body["bucket"]
    for address, fqn in by_address.items():
        if f"alicloud_oss_bucket.{address}." in reference:
            return [fqn]
    return [by_name[reference]]
