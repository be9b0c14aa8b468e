"""Plan summaries, the destroy guard and safe markdown truncation, on plan JSON in Terraform's format."""

from __future__ import annotations

import json

from ossiac.workflows import destroy_guard
from ossiac.workflows.drift import drift_of
from ossiac.workflows.plan_summary import summarize
from ossiac.workflows.render import GITHUB_COMMENT_LIMIT, MARKER, render_json, render_markdown, render_text


def _change(address, actions, before=None, after=None, replace_paths=None):
    resource_type, name = address.split(".")
    return {
        "address": address,
        "mode": "managed",
        "type": resource_type,
        "name": name,
        "change": {
            "actions": actions,
            "before": before,
            "after": after,
            "after_unknown": {},
            "replace_paths": replace_paths,
        },
    }


PLAN = {
    "resource_changes": [
        _change(
            "alicloud_oss_bucket.assets",
            ["delete", "create"],
            {"bucket": "old-assets", "tags": {}},
            {"bucket": "new-assets", "tags": {}},
            [["bucket"]],
        ),
        _change(
            "alicloud_oss_bucket_acl.assets",
            ["update"],
            {"bucket": "b", "acl": "private"},
            {"bucket": "b", "acl": "public-read"},
        ),
        _change("alicloud_kms_key.main", ["delete"], {"description": "media key"}, None),
        _change("alicloud_oss_bucket_cors.site", ["create"], None, {"bucket": "site"}),
        _change("alicloud_oss_bucket.same", ["no-op"], {"bucket": "same"}, {"bucket": "same"}),
    ]
}


def test_summary_counts_and_attributes():
    plan = summarize("media", PLAN)
    assert [(c.address, c.action) for c in plan.changes] == [
        ("alicloud_oss_bucket.assets", "replace"),
        ("alicloud_oss_bucket_acl.assets", "change"),
        ("alicloud_kms_key.main", "destroy"),
        ("alicloud_oss_bucket_cors.site", "add"),
    ]
    assert plan.changes[0].forced_by == ["bucket"]
    assert plan.changes[1].attributes == ["acl"]
    assert (plan.count("add"), plan.count("change"), plan.count("replace"), plan.count("destroy")) == (1, 1, 1, 1)


def test_guard_names_each_bucket_or_key_and_why():
    violations = destroy_guard.check([summarize("media", PLAN)], allowed=set())
    messages = [str(v) for v in violations]
    assert messages == [
        "media: bucket 'old-assets' (alicloud_oss_bucket.assets) would be replaced: `bucket` forces a new resource",
        "media: KMS key 'media key' (alicloud_kms_key.main) would be destroyed: it is no longer declared",
    ]


def test_guard_allows_by_name_flag_or_config():
    assert len(destroy_guard.check([summarize("media", PLAN)], allowed={"old-assets"})) == 1
    assert destroy_guard.check([summarize("media", PLAN)], allowed={"old-assets", "alicloud_kms_key.main"}) == []
    config = {"resource": {"alicloud_oss_bucket": {"assets": {"//": {"ossiac_allow_destroy": "renamed on purpose"}}}}}
    violations = destroy_guard.check([summarize("media", PLAN, config)], allowed=set())
    assert [v.change.address for v in violations] == ["alicloud_kms_key.main"]


def test_text_and_json_renderings():
    plans = [summarize("media", PLAN), summarize("quiet", {"resource_changes": []})]
    violations = destroy_guard.check(plans, set())
    text = render_text(plans, violations)
    assert "media: 1 to add, 1 to change, 1 to replace, 1 to destroy" in text
    assert "quiet: no changes" in text
    assert "forced by: bucket" in text and "destructive-change guard: refused" in text
    data = json.loads(render_json(plans, violations))
    assert data["stacks"][0]["counts"] == {
        "import": 0,
        "add": 1,
        "change": 1,
        "replace": 1,
        "destroy": 1,
        "move": 0,
        "forget": 0,
    }
    acl = data["stacks"][0]["changes"][1]
    assert acl["values"] == [{"path": "acl", "action": "change", "old": "private", "new": "public-read"}]
    assert len(data["guard"]) == 2


def test_markdown_stays_under_the_github_limit_and_says_it_was_cut():
    many = {
        "resource_changes": [
            _change(
                f"alicloud_oss_bucket_acl.b{i}",
                ["update"],
                {"acl": "private", "x": "a" * 50},
                {"acl": "public-read", "x": "b" * 50},
            )
            for i in range(3000)
        ]
    }
    plans = [summarize("big", many)]
    markdown = render_markdown(plans, [])
    assert len(markdown) <= GITHUB_COMMENT_LIMIT
    assert markdown.startswith(MARKER)
    assert "| big | 0 | 3000 | 0 | 0 |" in markdown, "the counts survive truncation"
    assert "_Truncated:" in markdown
    small = render_markdown([summarize("media", PLAN)], [])
    assert "_Truncated" not in small and "`alicloud_oss_bucket.assets`" in small


def test_markdown_escapes_table_breaking_characters():
    plan = {"resource_changes": [_change("alicloud_oss_bucket.a", ["create"], None, {"bucket": "a|b"})]}
    assert "(a\\|b)" in render_markdown([summarize("s", plan)], [])


def test_drift_reports_resources_and_attributes():
    plan = {
        "resource_drift": [
            _change("alicloud_oss_bucket_acl.a", ["update"], {"acl": "private"}, {"acl": "public-read"}),
            _change("alicloud_oss_bucket.gone", ["delete"], {"bucket": "gone"}, None),
        ]
    }
    found = drift_of("media", plan)
    assert [(d.address, d.change, d.attributes) for d in found] == [
        ("alicloud_oss_bucket_acl.a", "changed", ["acl"]),
        ("alicloud_oss_bucket.gone", "deleted", []),
    ]


def test_drift_skips_attributes_the_resource_leaves_to_a_split_resource():
    plan = {
        "resource_drift": [
            _change(
                "alicloud_oss_bucket.b",
                ["update"],
                {"policy": "", "tags": {"a": "1"}},
                {"policy": "{}", "tags": {"a": "2"}},
            ),
        ]
    }
    config = {"resource": {"alicloud_oss_bucket": {"b": {"lifecycle": {"ignore_changes": ["policy", "acl"]}}}}}
    assert [d.attributes for d in drift_of("s", plan, config)] == [["tags.a"]]


def test_an_import_by_identity_names_the_identity_and_an_import_alone_is_counted_not_hidden():
    entry = _change("alicloud_oss_bucket.legacy", ["no-op"], {"bucket": "legacy"}, {"bucket": "legacy"})
    entry["change"]["importing"] = {"identity": {"bucket": "legacy"}}
    plan = summarize("s", {"resource_changes": [entry]})
    (change,) = plan.changes
    assert (change.action, change.imported_id) == ("import", '{"bucket": "legacy"}')
    assert plan.has_changes and plan.counts() == "1 to import, 0 to add, 0 to change, 0 to replace, 0 to destroy"
