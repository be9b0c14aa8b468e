"""`old -> new` values for review: nested blocks by the part that changed, secrets masked, unknowns marked,
values whole and with their JSON type. (tests/test_diff_engine.py drives the engine through real plans.)"""

from __future__ import annotations

import json
import random

from ossiac.workflows.plan_summary import summarize
from ossiac.workflows.value_changes import SENSITIVE, UNKNOWN, _aligned, value_changes


def _rule(days: int) -> dict:
    return {"id": "expire", "enabled": True, "prefix": "tmp/", "expiration": [{"days": days, "date": None}]}


def test_a_lifecycle_rule_is_named_by_its_id_and_its_only_expiration_shows_the_days_that_changed():
    change = {"before": {"lifecycle_rule": [_rule(2)]}, "after": {"lifecycle_rule": [_rule(5)]}}
    assert [str(v) for v in value_changes(change, "alicloud_oss_bucket")] == [
        'lifecycle_rule[id="expire"].expiration.days: 2 -> 5'
    ]


def test_a_rule_inserted_before_others_in_a_list_is_matched_by_its_id():
    other = {**_rule(9), "id": "other"}
    change = {"before": {"lifecycle_rule": [_rule(2)]}, "after": {"lifecycle_rule": [other, _rule(2)]}}
    assert [str(v) for v in value_changes(change, "alicloud_oss_bucket")] == [
        'lifecycle_rule[id="other"]: + {"enabled": true, "expiration": [{"days": 9}], "id": "other", "prefix": "tmp/"}'
    ]


def test_without_the_schema_a_list_is_matched_by_longest_common_subsequence():
    before = {"cors_rule": [{"allowed_origins": ["https://a.example"], "allowed_methods": ["GET"]}]}
    after = {"cors_rule": [{"allowed_origins": ["https://a.example", "https://b.example"], "allowed_methods": ["GET"]}]}
    (value,) = value_changes({"before": before, "after": after})
    assert str(value) == 'cors_rule[0].allowed_origins[1]: + "https://b.example"'
    assert value.to_json() == {
        "path": "cors_rule[0].allowed_origins[1]",
        "action": "add",
        "old": None,
        "new": "https://b.example",
    }


def test_a_set_of_strings_shows_the_entry_added_not_a_new_list():
    change = {
        "before": {"referer_list": ["https://b.example/*", "https://a.example/*"]},
        "after": {"referer_list": ["https://a.example/*", "https://c.example/*", "https://b.example/*"]},
    }
    assert [str(v) for v in value_changes(change, "alicloud_oss_bucket_referer")] == [
        'referer_list: + "https://c.example/*"'
    ]


def test_values_keep_their_type_long_values_stay_whole_and_unknowns_are_marked():
    long_policy = {"before": "x" * 500, "after": "y" * 500}
    change = {
        "before": {"tags": {"owner": "ana", "gone": "1"}, "policy": long_policy["before"], "id": "b", "period": 60},
        "after": {"tags": {"owner": "bo", "new": "2"}, "policy": long_policy["after"], "period": 300},
        "after_unknown": {"id": True},
    }
    values = {v.path: v for v in value_changes(change, "alicloud_oss_bucket")}  # tags: a map in the schema
    assert (values["tags.owner"].old, values["tags.owner"].new) == ("ana", "bo")
    assert str(values["tags.gone"]) == 'tags.gone: - "1"' and str(values["tags.new"]) == 'tags.new: + "2"'
    assert values["policy"].new == "y" * 500 and str(values["policy"]).endswith("y" * 500 + '"')
    assert (values["id"].old, values["id"].new_mark, values["id"].new_text) == ("b", "unknown", UNKNOWN)
    assert values["period"].to_json() == {"path": "period", "action": "change", "old": 60, "new": 300}


def test_a_json_document_in_a_string_is_compared_inside():
    before = json.dumps(
        {
            "Version": "1",
            "Statement": [
                {"Effect": "Allow", "Action": ["oss:GetObject"]},
                {"Effect": "Deny", "Action": ["oss:DeleteObject"]},
            ],
        }
    )
    after = json.dumps(
        {
            "Version": "1",
            "Statement": [
                {"Effect": "Allow", "Action": ["oss:GetObject", "oss:ListObjects"]},
                {"Effect": "Deny", "Action": ["oss:DeleteObject"]},
            ],
        }
    )
    assert [
        str(v)
        for v in value_changes({"before": {"policy": before}, "after": {"policy": after}}, "alicloud_oss_bucket_policy")
    ] == ['policy.Statement[0].Action[1]: + "oss:ListObjects"']


def test_sensitive_values_are_masked_on_both_sides_and_in_whole_blocks():
    change = {
        "before": {"channels_ding_web_hook": "https://robot?access_token=OLD", "rules": None},
        "after": {"channels_ding_web_hook": "https://robot?access_token=NEW", "rules": [{"secret": "s3"}]},
        "before_sensitive": {"channels_ding_web_hook": True},
        "after_sensitive": {"channels_ding_web_hook": True, "rules": [{"secret": True}]},
    }
    shown = " ".join(str(v) for v in value_changes(change))
    assert "OLD" not in shown and "NEW" not in shown and "s3" not in shown
    assert f"channels_ding_web_hook: {SENSITIVE} -> {SENSITIVE}" in shown
    assert f'rules[0]: + {{"secret": "{SENSITIVE}"}}' in shown


def test_a_replacement_lists_what_forces_it_and_what_the_user_changed_not_what_is_recomputed():
    before = {
        "bucket": "b",
        "storage_class": "Standard",
        "acl": "private",
        "creation_date": "2026-01-01",
        "extranet_endpoint": "oss-cn-hangzhou.aliyuncs.com",
        "id": "b",
        "owner": "1",
        "tags": {"team": "a"},
    }
    after = {"bucket": "b", "storage_class": "IA", "tags": {"team": "b"}}
    unknown = {"acl": True, "creation_date": True, "extranet_endpoint": True, "id": True, "owner": True}
    plan = {
        "resource_changes": [
            {
                "address": "alicloud_oss_bucket.b",
                "mode": "managed",
                "type": "alicloud_oss_bucket",
                "name": "b",
                "change": {
                    "actions": ["delete", "create"],
                    "before": before,
                    "after": after,
                    "after_unknown": unknown,
                    "replace_paths": [["storage_class"]],
                },
            }
        ]
    }
    config = {"resource": {"alicloud_oss_bucket": {"b": {"bucket": "b", "storage_class": "IA", "tags": {"team": "b"}}}}}
    (change,) = summarize("s", plan, config).changes
    assert [str(v) for v in change.values] == ['storage_class: "Standard" -> "IA"', 'tags.team: "a" -> "b"']


def test_one_bucket_inserted_among_two_thousand_in_an_alarm_is_the_one_line():
    dimensions = [{"BucketName": f"ossiac-b{i}"} for i in range(2000)]
    grown = [*dimensions[:1000], {"BucketName": "ossiac-new"}, *dimensions[1000:]]
    change = {
        "before": {"metric_dimensions": json.dumps(dimensions)},
        "after": {"metric_dimensions": json.dumps(grown)},
    }
    assert [str(v) for v in value_changes(change, "alicloud_cms_alarm")] == [
        'metric_dimensions[1000]: + {"BucketName": "ossiac-new"}'
    ]


def test_list_matching_keeps_a_longest_common_subsequence_and_accounts_for_every_element():
    def longest(before: list, after: list) -> int:
        table = [[0] * (len(after) + 1) for _ in range(len(before) + 1)]
        for i in range(len(before) - 1, -1, -1):
            for j in range(len(after) - 1, -1, -1):
                table[i][j] = (
                    table[i + 1][j + 1] + 1 if before[i] == after[j] else max(table[i + 1][j], table[i][j + 1])
                )
        return table[0][0]

    rng = random.Random(23)
    for _ in range(2000):
        before = [rng.choice("abc") for _ in range(rng.randint(0, 7))]
        after = [rng.choice("abc") for _ in range(rng.randint(0, 7))]
        pairs = _aligned(before, after, lambda i, j, b=before, a=after: b[i] == a[j])
        shown_before = [i for i, _ in pairs if i is not None]
        shown_after = [j for _, j in pairs if j is not None]
        # Strings are never paired (only objects are): what is shown is exactly what is not common.
        assert len(before) - len(shown_before) == len(after) - len(shown_after) == longest(before, after)
        assert shown_before == sorted(set(shown_before)) and shown_after == sorted(set(shown_after))
