"""`old -> new` values for review: nested blocks by the part that changed, secrets masked, unknowns marked."""

from __future__ import annotations

from ossiac.workflows.plan_summary import summarize
from ossiac.workflows.value_changes import SENSITIVE, UNKNOWN, value_changes


def _rule(days: int) -> dict:
    return {"id": "expire", "enabled": True, "prefix": "tmp/", "expiration": [{"days": days, "date": None}]}


def test_a_lifecycle_rule_shows_only_the_days_that_changed():
    change = {"before": {"lifecycle_rule": [_rule(2)]}, "after": {"lifecycle_rule": [_rule(5)]}}
    assert [str(v) for v in value_changes(change)] == ["lifecycle_rule.0.expiration.0.days: 2 -> 5"]


def test_an_added_cors_origin_shows_in_the_new_list():
    before = {"cors_rule": [{"allowed_origins": ["https://a.example"], "allowed_methods": ["GET"]}]}
    after = {"cors_rule": [{"allowed_origins": ["https://a.example", "https://b.example"], "allowed_methods": ["GET"]}]}
    (value,) = value_changes({"before": before, "after": after})
    assert value.path == "cors_rule.0.allowed_origins"
    assert (value.old, value.new) == ('["https://a.example"]', '["https://a.example", "https://b.example"]')


def test_tags_a_long_value_and_an_unknown():
    change = {"before": {"tags": {"owner": "ana"}, "policy": "x" * 500, "id": "b"},
              "after": {"tags": {"owner": "bo"}, "policy": "y" * 500},
              "after_unknown": {"id": True}}
    values = {v.path: v for v in value_changes(change)}
    assert (values["tags.owner"].old, values["tags.owner"].new) == ('"ana"', '"bo"')
    assert len(values["policy"].new) < 100 and values["policy"].new.endswith("(502 chars)")
    assert (values["id"].old, values["id"].new) == ('"b"', UNKNOWN)


def test_sensitive_values_are_masked_on_both_sides_and_in_whole_blocks():
    change = {"before": {"channels_ding_web_hook": "https://robot?access_token=OLD", "rules": None},
              "after": {"channels_ding_web_hook": "https://robot?access_token=NEW", "rules": [{"secret": "s3"}]},
              "before_sensitive": {"channels_ding_web_hook": True},
              "after_sensitive": {"channels_ding_web_hook": True, "rules": [{"secret": True}]}}
    shown = " ".join(str(v) for v in value_changes(change))
    assert "OLD" not in shown and "NEW" not in shown and "s3" not in shown
    assert f"channels_ding_web_hook: {SENSITIVE} -> {SENSITIVE}" in shown
    assert f"rules: (none) -> {SENSITIVE}" in shown


def test_a_replacement_lists_what_forces_it_and_what_the_user_changed_not_what_is_recomputed():
    before = {"bucket": "b", "storage_class": "Standard", "acl": "private", "creation_date": "2026-01-01",
              "extranet_endpoint": "oss-cn-hangzhou.aliyuncs.com", "id": "b", "owner": "1", "tags": {"team": "a"}}
    after = {"bucket": "b", "storage_class": "IA", "tags": {"team": "b"}}
    unknown = {"acl": True, "creation_date": True, "extranet_endpoint": True, "id": True, "owner": True}
    plan = {"resource_changes": [{
        "address": "alicloud_oss_bucket.b", "mode": "managed", "type": "alicloud_oss_bucket", "name": "b",
        "change": {"actions": ["delete", "create"], "before": before, "after": after, "after_unknown": unknown,
                   "replace_paths": [["storage_class"]]}}]}
    config = {"resource": {"alicloud_oss_bucket": {"b": {"bucket": "b", "storage_class": "IA", "tags": {"team": "b"}}}}}
    (change,) = summarize("s", plan, config).changes
    assert [str(v) for v in change.values] == ['storage_class: "Standard" -> "IA"', 'tags.team: "a" -> "b"']
