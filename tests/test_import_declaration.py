"""`ossiac import` without a cloud: the declaration mapping, the stack file writer and its refusals,
and what `adopt: true` and the as-found values synthesize to."""

from __future__ import annotations

import datetime

import pytest
from pydantic import ValidationError

from harness import resources_of, synth_stacks
from ossiac.importing.declaration import DiscoveredBucket, ImportProblem, declaration
from ossiac.importing.stack_file_writer import add_buckets
from ossiac_props.bucket import BucketProps
from ossiac_props.bucket_policy import deny_insecure_transport
from ossiac_props.provider_facts import import_id

DAY = datetime.date(2026, 11, 2)
REASON = "adopted as found from local on 2026-11-02: review"


def test_a_bare_bucket_states_every_missing_default_with_a_reason():
    out = declaration(DiscoveredBucket(name="legacy", region="cn-hangzhou"), "local", DAY)
    assert out == {
        "name": "legacy",
        "adopt": True,
        "versioning": "Off",
        "encryption": {"algorithm": "none"},
        "logging": {"enabled": False},
        "https_only": False,
        "public_access_block": "unmanaged",
        "waivers": {"versioning": REASON, "encryption": REASON, "logging": REASON, "public_access_block": REASON},
    }
    BucketProps(**out)  # valid as it stands


def test_a_secure_bucket_keeps_the_defaults_implicit():
    found = DiscoveredBucket(
        name="tidy",
        region="cn-hangzhou",
        versioning="Enabled",
        encryption={"algorithm": "KMS", "kms_key_id": "key-hzz1"},
        logging={"target_bucket": "logs", "target_prefix": "tidy/"},
        policy=deny_insecure_transport("tidy"),
        public_access_block=True,
    )
    assert declaration(found, "alicloud", DAY) == {
        "name": "tidy",
        "adopt": True,
        "encryption": {"algorithm": "KMS", "kms_key_id": "key-hzz1"},
        "logging": {"target_bucket": "logs", "target_prefix": "tidy/"},
    }


def test_a_public_bucket_gets_the_waiver_and_its_policy_as_is():
    policy = '{"Version":"1","Statement":[]}'
    found = DiscoveredBucket(
        name="site",
        region="cn-hangzhou",
        acl="public-read",
        versioning="Suspended",
        encryption={"algorithm": "AES256"},
        policy=policy,
        public_access_block=False,
        cors=[
            {
                "allowed_origins": ["https://a.example.com"],
                "allowed_methods": ["GET"],
                "allowed_headers": [],
                "expose_headers": [],
                "max_age_seconds": None,
            }
        ],
    )
    out = declaration(found, "local", DAY)
    assert out["public_access_waiver"] == REASON
    assert (out["versioning"], out["encryption"], out["https_only"], out["policy_document"]) == (
        "Suspended",
        {"algorithm": "AES256"},
        False,
        policy,
    )
    assert "public_access_block" not in out  # unblocked is what a public ACL gets anyway
    assert out["cors"] == [{"allowed_origins": ["https://a.example.com"], "allowed_methods": ["GET"]}]
    BucketProps(**out)


def test_settings_a_declaration_cannot_state_are_refused():
    found = DiscoveredBucket(name="odd", region="cn-hangzhou", unsupported=["website routing rules"])
    with pytest.raises(ImportProblem, match="website routing rules"):
        declaration(found, "local", DAY)
    kms_default = DiscoveredBucket(name="odd", region="cn-hangzhou", encryption={"algorithm": "KMS"})
    with pytest.raises(ImportProblem, match="OSS-managed default key"):
        declaration(kms_default, "local", DAY)


@pytest.mark.parametrize(
    "extra, message",
    [
        ({"versioning": "Off"}, "versioning: Off needs waivers.versioning"),
        ({"encryption": {"algorithm": "none"}}, "needs waivers.encryption"),
        ({"logging": {"enabled": False}}, "needs waivers.logging"),
        ({"public_access_block": "unmanaged"}, "needs waivers.public_access_block"),
        ({"public_access_block": False}, "false on a private bucket needs waivers.public_access_block"),
        ({"waivers": {"versioning": REASON}}, "waivers.versioning: nothing to waive"),
        ({"policy_document": '{"Statement": []}'}, "policy_document replaces the https_only policy"),
        ({"policy_document": "not json", "https_only": False}, "is not JSON"),
        (
            {"logging": {"enabled": False, "target_bucket": "logs"}, "waivers": {"logging": REASON}},
            "need enabled: true",
        ),
    ],
)
def test_weaker_values_need_their_reason(extra, message):
    with pytest.raises(ValidationError, match=message):
        BucketProps(name="b-1", **extra)


def test_yaml_off_reads_as_versioning_off():
    assert BucketProps(name="b-1", versioning=False, waivers={"versioning": REASON}).versioning == "Off"


# --- the stack file writer ------------------------------------------------------------------------


def _bucket(name: str, region: str = "cn-hangzhou") -> tuple[dict, dict]:
    return declaration(DiscoveredBucket(name=name, region=region), "local", DAY), {name: region}


def test_a_missing_file_gets_a_new_stack_in_the_buckets_region(tmp_path):
    file = tmp_path / "legacy.yaml"
    decl, regions = _bucket("old-one", "cn-shanghai")
    planned = add_buckets(file, None, [decl], regions)
    assert (planned.stack_name, planned.created_stack) == ("legacy", True)
    text = file.read_text()
    assert "name: legacy\n    region: cn-shanghai\n" in text
    assert "versioning: Off" in text


def test_comments_and_order_are_kept_and_stack_defaults_cannot_change_an_adopted_bucket(tmp_path):
    file = tmp_path / "s.yaml"
    file.write_text(
        "# top comment\nstacks:\n  - name: shop   # the shop\n    region: cn-hangzhou\n"
        "    defaults:\n      storage_class: IA\n      https_only: false\n    buckets:\n"
        "      - name: shop-new    # declared by hand\n"
    )
    decl, regions = _bucket("shop-old")
    add_buckets(file, "shop", [decl], regions, header="Imported: review")
    text = file.read_text()
    assert text.startswith("# top comment\nstacks:\n  - name: shop   # the shop\n")
    assert "- name: shop-new    # declared by hand" in text
    assert "# Imported: review\n      - name: shop-old" in text
    assert text.index("shop-new") < text.index("shop-old")
    old = text[text.index("- name: shop-old") :]
    assert "storage_class: Standard" in old  # pinned against the stack's default (IA)


def test_refusals_write_nothing(tmp_path):
    file = tmp_path / "s.yaml"
    original = "stacks:\n  - name: shop\n    region: cn-hangzhou\n    buckets:\n      - name: shop-new\n"
    file.write_text(original)

    decl, regions = _bucket("shop-new")
    with pytest.raises(ImportProblem, match="already declared, not imported again: 'shop-new' \\(stack 'shop'\\)"):
        add_buckets(file, "shop", [decl], regions)

    decl, regions = _bucket("shop-far", "cn-beijing")
    with pytest.raises(ImportProblem, match="stack 'shop' is in cn-hangzhou, but these buckets are not: shop-far"):
        add_buckets(file, "shop", [decl], regions)

    a, ra = _bucket("mixed-a", "cn-hangzhou")
    b, rb = _bucket("mixed-b", "cn-beijing")
    with pytest.raises(ImportProblem, match="several regions \\(cn-beijing, cn-hangzhou\\)"):
        add_buckets(file, "other", [a, b], {**ra, **rb})

    invalid = {**_bucket("shop-bad")[0], "cors": [{"allowed_origins": ["app.example.com"], "allowed_methods": ["GET"]}]}
    with pytest.raises(ImportProblem, match="(?s)would not load.*needs a scheme"):
        add_buckets(file, "shop", [invalid], {"shop-bad": "cn-hangzhou"})

    assert file.read_text() == original
    assert [p.name for p in tmp_path.iterdir()] == ["s.yaml"]  # no temporary file left behind


# --- what adopt: true synthesizes to --------------------------------------------------------------


def test_adopt_emits_import_blocks_with_the_facts_import_ids_and_nothing_the_bucket_lacks(tmp_path):
    file = tmp_path / "adopt.yaml"
    found = DiscoveredBucket(
        name="legacy-site",
        region="cn-hangzhou",
        acl="public-read",
        policy='{"Version":"1","Statement":[]}',
        referer={
            "whitelist": ["https://www.example.com"],
            "blacklist": [],
            "allow_empty": False,
            "allow_truncate_query_string": True,
            "truncate_path": False,
        },
    )
    add_buckets(file, "adopt", [declaration(found, "local", DAY)], {"legacy-site": "cn-hangzhou"})
    stack = synth_stacks(tmp_path / "out", [file])["adopt"]
    imports = {(i["to"].split(".")[0], i["id"]) for i in stack["import"]}
    assert imports == {
        (t, "legacy-site")
        for t in (
            "alicloud_oss_bucket",
            "alicloud_oss_bucket_acl",
            "alicloud_oss_bucket_policy",
            "alicloud_oss_bucket_referer",
        )
    }
    bucket = [b for b in resources_of(stack, "alicloud_oss_bucket") if b["bucket"] == "legacy-site"][0]
    assert "versioning" not in bucket and "server_side_encryption_rule" not in bucket and "logging" not in bucket
    assert bucket["//"]["ossiac_waivers"]["CKV_ALI_10"].endswith(REASON)
    # the log bucket's only: the adopted bucket had none, so none is declared for it
    assert stack.buckets_of("alicloud_oss_bucket_public_access_block") == ["adopt-access-logs"]
    policies = [p["policy"] for p in resources_of(stack, "alicloud_oss_bucket_policy")]
    assert '{"Version":"1","Statement":[]}' in policies


def test_new_buckets_keep_their_secure_defaults_and_no_import_blocks(tmp_path):
    file = tmp_path / "fresh.yaml"
    file.write_text("stacks:\n  - name: fresh\n    region: cn-hangzhou\n    buckets:\n      - name: fresh-assets\n")
    stack = synth_stacks(tmp_path / "out", [file])["fresh"]
    assert "import" not in stack
    bucket = [b for b in resources_of(stack, "alicloud_oss_bucket") if b["bucket"] == "fresh-assets"][0]
    assert bucket["versioning"] == {"status": "Enabled"}
    assert bucket["server_side_encryption_rule"]["sse_algorithm"] == "KMS"
    assert stack.buckets_of("alicloud_oss_bucket_public_access_block") == ["fresh-access-logs", "fresh-assets"]


def test_import_ids_come_from_the_provider_facts():
    assert import_id("alicloud_oss_bucket_cors", "b-1") == "b-1"
    with pytest.raises(ValueError, match="not the bucket name"):
        import_id("alicloud_oss_bucket_replication", "b-1")
