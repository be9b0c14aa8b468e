"""Bad stack files fail with every problem named by file, line, key and what is allowed."""

from __future__ import annotations

import sys
import textwrap

import pytest

from harness import command_env, run
from ossiac.config.loader import load_stack_files
from ossiac.config.problems import ConfigError

BASE = """
stacks:
  - name: shop
    region: cn-hangzhou
    buckets:
      - name: shop-assets-1
{bucket}
"""

# (what is wrong, extra YAML for the bucket, expected key path, expected words in the message)
BAD_BUCKETS = [
    ("bucket name with capitals", None, "buckets[0].name", "lowercase letters"),
    ("unknown acl", "acl: public", "buckets[0].acl", "'private', 'public-read' or 'public-read-write'"),
    (
        "public-read without whitelist or waiver",
        "acl: public-read",
        "buckets[0]",
        "referer.whitelist or public_access_waiver",
    ),
    (
        "public-read-write without waiver",
        "acl: public-read-write\nreferer: {whitelist: [https://a.example.com/*]}",
        "buckets[0]",
        "public-read-write needs public_access_waiver",
    ),
    (
        "eleven CORS rules",
        "cors:\n" + "  - {allowed_origins: [https://a.example.com], allowed_methods: [GET]}\n" * 11,
        "buckets[0].cors",
        "at most 10",
    ),
    (
        "CORS method OSS does not know",
        "cors: [{allowed_origins: [https://a.example.com], allowed_methods: [PATCH]}]",
        "buckets[0].cors[0].allowed_methods[0]",
        "'GET', 'PUT', 'POST', 'DELETE' or 'HEAD'",
    ),
    (
        "CORS origin without scheme",
        "cors: [{allowed_origins: [www.example.com], allowed_methods: [GET]}]",
        "buckets[0].cors[0].allowed_origins",
        "needs a scheme",
    ),
    (
        "CORS origin with two wildcards",
        "cors: [{allowed_origins: ['https://*.*.example.com'], allowed_methods: [GET]}]",
        "buckets[0].cors[0].allowed_origins",
        "more than one '*'",
    ),
    (
        "CORS wildcard in exposed header",
        "cors: [{allowed_origins: ['*'], allowed_methods: [GET], expose_headers: [x-oss-*]}]",
        "buckets[0].cors[0].expose_headers",
        "wildcards are not allowed",
    ),
    (
        "CORS rule without methods",
        "cors: [{allowed_origins: ['*']}]",
        "buckets[0].cors[0]",
        "allowed_methods is required",
    ),
    (
        "transitions out of order",
        "lifecycle: [{id: t, transitions: [{days: 90, storage_class: IA}, {days: 30, storage_class: Archive}]}]",
        "buckets[0].lifecycle[0]",
        "must come later than IA",
    ),
    (
        "expiration before transition",
        "lifecycle: [{id: t, transitions: [{days: 60, storage_class: IA}], expiration_days: 30}]",
        "buckets[0].lifecycle[0]",
        "expiration_days (30) must be later",
    ),
    (
        "lifecycle rule without action",
        "lifecycle: [{id: nothing, prefix: logs/}]",
        "buckets[0].lifecycle[0]",
        "has no action",
    ),
    (
        "unknown storage class",
        "lifecycle: [{id: t, transitions: [{days: 30, storage_class: Glacier}]}]",
        "buckets[0].lifecycle[0].transitions[0].storage_class",
        "'IA', 'Archive', 'ColdArchive' or 'DeepColdArchive'",
    ),
    (
        "abort multipart with tags",
        "lifecycle: [{id: t, tags: {a: b}, abort_multipart_upload_days: 3}]",
        "buckets[0].lifecycle[0]",
        "cannot be used with tags",
    ),
    (
        "noncurrent actions without versioning",
        "versioning: Suspended\nlifecycle: [{id: t, noncurrent_expiration_days: 3}]",
        "buckets[0]",
        "need versioning: Enabled",
    ),
    (
        "kms key with AES256",
        "encryption: {algorithm: AES256, kms_key_id: key-1}",
        "buckets[0].encryption",
        "need algorithm: KMS",
    ),
    (
        "unknown encryption algorithm",
        "encryption: {algorithm: DES}",
        "buckets[0].encryption.algorithm",
        "'KMS', 'AES256', 'SM4' or 'none'",
    ),
    (
        "unknown key",
        "colour: blue",
        "buckets[0].colour",
        "unknown key; allowed keys here: acl, adopt, alarms, allow_destroy",
    ),
    (
        "replication to the same region",
        "replication: {destination_bucket: shop-assets-copy, destination_region: cn-hangzhou}",
        "stacks[0]",
        "must be another region",
    ),
    (
        "website error page without key",
        "website: {error_file: site/404.html}",
        "buckets[0].website",
        "needs error_document",
    ),
    (
        "referer truncate path without query truncation",
        "referer: {whitelist: [https://a.example.com/*], allow_truncate_query_string: false, truncate_path: true}",
        "buckets[0].referer",
        "truncate_path needs allow_truncate_query_string",
    ),
    (
        "too short waiver",
        "acl: public-read\npublic_access_waiver: ok",
        "buckets[0].public_access_waiver",
        "at least 10 characters",
    ),
    ("redundancy type", "redundancy_type: GRS", "buckets[0].redundancy_type", "'LRS' or 'ZRS'"),
]


def _write(tmp_path, bucket_yaml: str | None, name: str = "shop-assets-1"):
    text = BASE.format(bucket=textwrap.indent(bucket_yaml or "", " " * 8))
    if bucket_yaml is None:
        text = text.replace("shop-assets-1", "Bad_Name")
    file = tmp_path / "shop.yaml"
    file.write_text(text)
    return file


@pytest.mark.parametrize("what, bucket_yaml, path, words", BAD_BUCKETS, ids=[b[0] for b in BAD_BUCKETS])
def test_bad_bucket_config_names_file_line_key_and_what_is_allowed(tmp_path, what, bucket_yaml, path, words):
    file = _write(tmp_path, bucket_yaml)
    with pytest.raises(ConfigError) as raised:
        load_stack_files([file])
    text = str(raised.value)
    assert str(file) in text
    assert any(path in p.path and words in p.message for p in raised.value.problems), text
    assert all(p.line for p in raised.value.problems), "each problem carries a line"


def test_every_problem_is_reported_at_once(tmp_path):
    file = _write(tmp_path, "acl: public\nredundancy_type: GRS\nversioning: Maybe")
    with pytest.raises(ConfigError) as raised:
        load_stack_files([file])
    paths = {p.path for p in raised.value.problems}
    assert {
        "stacks[0].buckets[0].acl",
        "stacks[0].buckets[0].redundancy_type",
        "stacks[0].buckets[0].versioning",
    } <= paths


def test_line_numbers_point_at_the_key(tmp_path):
    file = _write(tmp_path, "acl: public")
    with pytest.raises(ConfigError) as raised:
        load_stack_files([file])
    (problem,) = raised.value.problems
    assert file.read_text().splitlines()[problem.line - 1].strip() == "acl: public"


def test_duplicate_keys_are_refused_not_overwritten(tmp_path):
    file = _write(tmp_path, "acl: private\nacl: public-read")
    with pytest.raises(ConfigError, match="duplicate key"):
        load_stack_files([file])


def test_duplicate_stack_names_across_files(tmp_path):
    one = _write(tmp_path, "")
    two = tmp_path / "other.yaml"
    two.write_text(one.read_text().replace("shop-assets-1", "shop-assets-2"))
    with pytest.raises(ConfigError, match="also declared in"):
        load_stack_files([one, two])


def test_missing_website_file_is_named(tmp_path):
    file = _write(tmp_path, "website: {index_file: site/missing.html}")
    with pytest.raises(ConfigError, match=r"website\.index_file: cannot read .*missing\.html"):
        load_stack_files([file])


def test_bad_defaults_are_reported_once_at_defaults(tmp_path):
    file = tmp_path / "d.yaml"
    file.write_text(BASE.format(bucket="").replace("    buckets:", "    defaults: {storage_class: Hot}\n    buckets:"))
    with pytest.raises(ConfigError) as raised:
        load_stack_files([file])
    assert [p.path for p in raised.value.problems] == ["stacks[0].defaults.storage_class"]


def test_a_failed_load_writes_nothing_to_cdktf_out(app_dir):
    bad = _write(app_dir, "acl: public")
    result = run([sys.executable, "main.py"], cwd=app_dir, env=command_env(OSSIAC_STACK_FILES=str(bad)))
    assert result.returncode == 1
    assert "stacks[0].buckets[0].acl" in result.stderr and str(bad) in result.stderr
    assert not (app_dir / "cdktf.out").exists()
