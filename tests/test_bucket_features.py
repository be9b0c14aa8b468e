"""Each bucket feature the example estate declares appears in cdk.tf.json as OSS expects it."""

from __future__ import annotations

import json

import pytest

from harness import REPO_ROOT, only, resources_of, synth_stacks


@pytest.fixture(scope="module")
def media(tmp_path_factory):
    return synth_stacks(tmp_path_factory.mktemp("estate"), [REPO_ROOT / "estate" / "media.yaml"])["media"]


def _name_of(stack, bucket):
    return only([k for k, v in stack["resource"]["alicloud_oss_bucket"].items() if v["bucket"] == bucket])


def _bucket(stack, bucket):
    return stack["resource"]["alicloud_oss_bucket"][_name_of(stack, bucket)]


def _setting(stack, resource_type, bucket):
    ref = f"${{alicloud_oss_bucket.{_name_of(stack, bucket)}.bucket}}"
    return [r for r in resources_of(stack, resource_type) if r["bucket"] == ref]


def test_cors_presets_and_explicit_rules(media):
    (read,) = only(_setting(media, "alicloud_oss_bucket_cors", "ossiac-example-media-assets"))["cors_rule"]
    assert read["allowed_methods"] == ["GET", "HEAD"]
    assert read["allowed_origins"] == ["https://www.example.com", "https://*.example.com"]
    assert read["expose_header"] == ["ETag", "x-oss-request-id"]
    assert read["max_age_seconds"] == 600
    upload, admin = only(_setting(media, "alicloud_oss_bucket_cors", "ossiac-example-media-uploads"))["cors_rule"]
    assert upload["allowed_methods"] == ["POST"] and upload["allowed_headers"] == ["*"]
    assert admin == {
        "allowed_origins": ["https://admin.example.com"],
        "allowed_methods": ["GET", "PUT", "DELETE"],
        "allowed_headers": ["authorization", "content-type", "x-oss-*"],
        "expose_header": ["ETag"],
        "max_age_seconds": 300,
    }


def test_public_read_only_with_referer_whitelist(media):
    assert only(_setting(media, "alicloud_oss_bucket_acl", "ossiac-example-media-site"))["acl"] == "public-read"
    block = only(_setting(media, "alicloud_oss_bucket_public_access_block", "ossiac-example-media-site"))
    assert block["block_public_access"] is False
    referer = only(_setting(media, "alicloud_oss_bucket_referer", "ossiac-example-media-site"))
    assert referer["referer_list"] == ["https://www.example.com/*", "https://*.example.com/*"]
    assert referer["referer_blacklist"] == ["https://*.leech.example.net/*"]
    assert referer["allow_empty_referer"] is False
    assert referer["allow_truncate_query_string"] is True and referer["truncate_path"] is False
    assert "CKV_ALI_1" in _bucket(media, "ossiac-example-media-site")["//"]["ossiac_waivers"]
    for private in ("ossiac-example-media-assets", "ossiac-example-media-uploads"):
        assert only(_setting(media, "alicloud_oss_bucket_acl", private))["acl"] == "private"


def test_static_website_and_its_pages_uploaded_from_the_repo(media):
    website = only(_setting(media, "alicloud_oss_bucket_website", "ossiac-example-media-site"))
    assert website["index_document"] == {"suffix": "index.html", "support_sub_dir": False}
    assert website["error_document"] == {"key": "error.html", "http_status": 404}
    objects = {o["key"]: o for o in _setting(media, "alicloud_oss_bucket_object", "ossiac-example-media-site")}
    assert objects["index.html"]["content"] == (REPO_ROOT / "estate/site/index.html").read_text()
    assert objects["error.html"]["content"] == (REPO_ROOT / "estate/site/error.html").read_text()
    assert objects["index.html"]["content_type"].startswith("text/html")


def test_lifecycle_transitions_in_order_and_noncurrent_actions(media):
    rules = {r["id"]: r for r in _bucket(media, "ossiac-example-media-assets")["lifecycle_rule"]}
    tier = rules["tier-originals"]
    assert tier["prefix"] == "originals/" and tier["enabled"] is True
    assert [(t["storage_class"], t["days"]) for t in tier["transitions"]] == [
        ("IA", 30),
        ("Archive", 90),
        ("ColdArchive", 180),
        ("DeepColdArchive", 365),
    ]
    assert tier["noncurrent_version_transition"] == [{"days": 30, "storage_class": "IA"}]
    assert tier["noncurrent_version_expiration"] == [{"days": 180}]
    assert rules["abort-stale-uploads"]["abort_multipart_upload"] == [{"days": 7}]
    uploads = {r["id"]: r for r in _bucket(media, "ossiac-example-media-uploads")["lifecycle_rule"]}
    assert uploads["expire-tagged-drafts"]["tags"] == {"state": "draft"}
    assert uploads["expire-scratch"]["expiration"] == [{"days": 2}]
    records = {r["id"]: r for r in _bucket(media, "ossiac-example-media-records")["lifecycle_rule"]}
    assert records["drop-delete-markers"]["expiration"] == [{"expired_object_delete_marker": True}]


def test_stack_defaults_apply_unless_a_bucket_overrides(media):
    site = {r["id"] for r in _bucket(media, "ossiac-example-media-site")["lifecycle_rule"]}
    assert site == {"abort-stale-uploads"}, "the stack's default lifecycle"
    uploads = {r["id"] for r in _bucket(media, "ossiac-example-media-uploads")["lifecycle_rule"]}
    assert "expire-scratch" in uploads, "the bucket's own lifecycle replaces the default"
    declared = ["ossiac-example-media-assets", "ossiac-example-media-site", "ossiac-example-media-uploads"]
    assert {_bucket(media, name)["redundancy_type"] for name in declared} == {"ZRS"}
    assert _bucket(media, "ossiac-example-media-logs")["redundancy_type"] == "LRS", "defaults are for declared buckets"


def test_chosen_sm4_encryption_and_transfer_acceleration(media):
    records = _bucket(media, "ossiac-example-media-records")
    assert records["server_side_encryption_rule"] == {"sse_algorithm": "SM4"}
    assert records["transfer_acceleration"] == {"enabled": True}
    assert records["storage_class"] == "IA"
    assert "CKV_ALI_6" in records["//"]["ossiac_waivers"]


def test_https_only_unless_turned_off_by_name(media):
    assert _setting(media, "alicloud_oss_bucket_policy", "ossiac-example-media-site") == []
    policy = only(_setting(media, "alicloud_oss_bucket_policy", "ossiac-example-media-uploads"))
    assert "acs:SecureTransport" in policy["policy"]


def test_cross_region_replication_to_a_created_backup_bucket(media):
    replication = only(_setting(media, "alicloud_oss_bucket_replication", "ossiac-example-media-assets"))
    replica_name = _name_of(media, "ossiac-example-media-assets-replica")
    assert replication["destination"] == {
        "bucket": f"${{alicloud_oss_bucket.{replica_name}.bucket}}",
        "location": "oss-cn-beijing",
    }
    assert replication["prefix_set"] == {"prefixes": ["originals/"]}
    assert replication["source_selection_criteria"] == {"sse_kms_encrypted_objects": {"status": "Enabled"}}
    replica = _bucket(media, "ossiac-example-media-assets-replica")
    assert replica["provider"] == "alicloud.cn_beijing"
    assert replica["versioning"] == {"status": "Enabled"}
    assert replica["server_side_encryption_rule"]["sse_algorithm"] == "KMS"
    regions = {p.get("alias"): p["region"] for p in media["provider"]["alicloud"]}
    assert regions == {None: "cn-shanghai", "cn_beijing": "cn-beijing"}
    role = only([r for r in resources_of(media, "alicloud_ram_role") if r["role_name"].startswith("oss-replication-")])
    assert json.loads(role["assume_role_policy_document"])["Statement"][0]["Principal"] == {
        "Service": ["oss.aliyuncs.com"]
    }


def test_tags_merge_stack_and_bucket(media):
    assert _bucket(media, "ossiac-example-media-assets")["tags"] == {
        "team": "media-platform",
        "cost-center": "4711",
        "data-class": "internal",
    }


def test_every_bucket_is_deletion_protected_with_force_destroy_off(media):
    for bucket in resources_of(media, "alicloud_oss_bucket"):
        assert bucket["force_destroy"] is False
        assert bucket["lifecycle"]["prevent_destroy"] is True, bucket["bucket"]
