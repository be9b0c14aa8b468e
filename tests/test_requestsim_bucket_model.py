"""Reading a bucket's effective settings from Terraform JSON."""

from __future__ import annotations

import pytest

from ossiac.requestsim.bucket_model import load_bucket
from ossiac.requestsim.errors import SimulationInputError
from requestsim_buckets import INLINE, SPLIT, bucket, write


def test_split_resources_are_found_through_bucket_and_id_references_and_literal_names(tmp_path):
    assets = bucket(tmp_path, SPLIT, "assets-split")
    assert (assets.acl, assets.acl_source) == (
        "public-read",
        "resource.alicloud_oss_bucket_acl.assets_acl.acl",
    )  # ${...bucket}
    assert assets.referer is not None and assets.referer.blacklist == ("https://*.leech.example.com",)  # ${...id}
    assert assets.cors is not None and assets.cors.response_vary and not assets.cors.ordered
    locked = bucket(tmp_path, SPLIT, "locked-split")
    assert locked.block_public_access  # literal name
    assert locked.acl == "public-read"  # ${...id}
    # A setting resource for one bucket never leaks into another.
    assert locked.referer is None and locked.cors is None


def test_inline_settings_and_defaults(tmp_path):
    media = bucket(tmp_path, INLINE, "media-inline")
    assert media.referer is not None
    assert media.referer.whitelist == ("https://www.example.com/*", "https://*.example.com/*")
    assert (media.referer.allow_empty, media.referer.truncate_query_string, media.referer.truncate_path) == (
        False,
        True,
        False,
    )
    assert [rule.expose_headers for rule in media.cors.rules] == [("ETag",), ()]
    assert media.cors.ordered
    private = bucket(tmp_path, INLINE, "private-inline")
    assert (private.acl, private.block_public_access, private.referer, private.cors) == ("private", False, None, None)


def test_blocks_may_be_objects_or_lists_and_metadata_is_ignored(tmp_path):
    document = {
        "resource": {
            "alicloud_oss_bucket": {
                "b": [
                    {
                        "//": {"x": 1},
                        "bucket": "b",
                        "referer_config": [{"referers": ["https://a/*"]}],
                        "cors_rule": {"allowed_origins": ["*"], "allowed_methods": ["get"]},
                    }
                ]
            }
        }
    }
    settings = bucket(tmp_path, document, "b")
    assert settings.referer.whitelist == ("https://a/*",)
    assert settings.referer.allow_empty is True  # OSS's default when unset
    assert settings.cors.rules[0].allowed_methods == ("GET",)


def test_standalone_resource_wins_over_inline_and_says_so(tmp_path):
    document = {
        "resource": {
            "alicloud_oss_bucket": {"b": {"bucket": "b", "acl": "public-read"}},
            "alicloud_oss_bucket_acl": {"a": {"bucket": "${alicloud_oss_bucket.b.bucket}", "acl": "private"}},
        }
    }
    settings = bucket(tmp_path, document, "b")
    assert settings.acl == "private"
    assert any("acl is set both inline" in note for note in settings.notes)


def test_a_declared_bucket_policy_is_mentioned_in_the_notes(tmp_path):
    document = {
        "resource": {
            "alicloud_oss_bucket": {"b": {"bucket": "b"}},
            "alicloud_oss_bucket_policy": {"p": {"bucket": "b", "policy": "{}"}},
        }
    }
    assert any("bucket policy" in note for note in bucket(tmp_path, document, "b").notes)


BAD_INPUT = [
    (
        "unknown bucket lists the buckets found",
        INLINE,
        "nope",
        [
            "no alicloud_oss_bucket whose 'bucket' is 'nope'",
            "media-inline (alicloud_oss_bucket.media)",
            "private-inline",
        ],
    ),
    ("no buckets at all", {"resource": {}}, "b", ["no alicloud_oss_bucket resources"]),
    (
        "bucket name that is an expression is listed as such",
        {"resource": {"alicloud_oss_bucket": {"x": {"bucket": "${var.name}"}}}},
        "b",
        ["<name not a literal> (alicloud_oss_bucket.x)"],
    ),
    (
        "unresolvable acl",
        {"resource": {"alicloud_oss_bucket": {"b": {"bucket": "b", "acl": "${var.acl}"}}}},
        "b",
        ["resource.alicloud_oss_bucket.b.acl", "${var.acl}", "cannot resolve"],
    ),
    (
        "unresolvable setting target",
        {
            "resource": {
                "alicloud_oss_bucket": {"b": {"bucket": "b"}},
                "alicloud_oss_bucket_acl": {"a": {"bucket": "${var.bucket}", "acl": "private"}},
            }
        },
        "b",
        ["resource.alicloud_oss_bucket_acl.a.bucket", "cannot resolve"],
    ),
    (
        "unresolvable referer list",
        {"resource": {"alicloud_oss_bucket": {"b": {"bucket": "b", "referer_config": {"referers": "${var.sites}"}}}}},
        "b",
        ["resource.alicloud_oss_bucket.b.referer_config.referers", "cannot resolve"],
    ),
    (
        "acl outside the enum names what is allowed",
        {"resource": {"alicloud_oss_bucket": {"b": {"bucket": "b", "acl": "public"}}}},
        "b",
        ["resource.alicloud_oss_bucket.b.acl is 'public'", "private, public-read, public-read-write"],
    ),
    (
        "two acl resources for one bucket",
        {
            "resource": {
                "alicloud_oss_bucket": {"b": {"bucket": "b"}},
                "alicloud_oss_bucket_acl": {
                    "a1": {"bucket": "b", "acl": "private"},
                    "a2": {"bucket": "b", "acl": "public-read"},
                },
            }
        },
        "b",
        ["more than one alicloud_oss_bucket_acl", "a1", "a2"],
    ),
    (
        "boolean that is not one",
        {
            "resource": {
                "alicloud_oss_bucket": {"b": {"bucket": "b"}},
                "alicloud_oss_bucket_public_access_block": {"p": {"bucket": "b", "block_public_access": "yes"}},
            }
        },
        "b",
        ["block_public_access must be true or false"],
    ),
]


@pytest.mark.parametrize(("case", "document", "name", "fragments"), BAD_INPUT, ids=[c[0] for c in BAD_INPUT])
def test_bad_input_names_the_file_the_key_and_what_is_allowed(tmp_path, case, document, name, fragments):
    path = write(tmp_path, document)
    with pytest.raises(SimulationInputError) as error:
        load_bucket(path, name)
    message = str(error.value)
    assert str(path) in message
    for fragment in fragments:
        assert fragment in message


def test_missing_and_malformed_files(tmp_path):
    with pytest.raises(SimulationInputError, match="no such file"):
        load_bucket(tmp_path / "absent.json", "b")
    broken = tmp_path / "broken.json"
    broken.write_text("{ not json")
    with pytest.raises(SimulationInputError, match="not valid JSON"):
        load_bucket(broken, "b")
