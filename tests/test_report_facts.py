"""The report's facts read from Terraform JSON the way cdktf writes it: regions, replication scope, access.

The example estate is read end to end in tests/test_report_browser.py; these stacks are written by
hand to reach what it lacks (a provider with no region, replication of everything, a policy that
makes a bucket public, a role reaching a whole bucket) and what fails (no elkjs).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ossiac.node_runtime import node_executable
from ossiac.report import estate_model, html_page, picture


def _stack(stacks: Path, name: str, document: dict) -> None:
    (stacks / name).mkdir(parents=True)
    (stacks / name / "cdk.tf.json").write_text(json.dumps(document))


def _policy(statements: list[dict]) -> str:
    return json.dumps({"Version": "1", "Statement": statements})


@pytest.fixture()
def estate(tmp_path: Path) -> estate_model.Estate:
    _stack(
        tmp_path,
        "eu",
        {
            "provider": {"alicloud": [{"region": "eu-central-1"}, {"alias": "eu_west_1", "region": "eu-west-1"}]},
            "resource": {
                "alicloud_oss_bucket": {
                    "src": {"bucket": "b-src"},
                    "dst": {"bucket": "b-dst", "provider": "alicloud.eu_west_1"},
                    "open": {"bucket": "b-open"},
                    "open_logs": {"bucket": "b-open-logs"},
                },
                "alicloud_oss_bucket_replication": {
                    "r": {
                        "bucket": "${alicloud_oss_bucket.src.bucket}",
                        "action": "PUT",
                        "destination": {"bucket": "${alicloud_oss_bucket.dst.bucket}", "location": "oss-eu-west-1"},
                    }
                },
                "alicloud_oss_bucket_policy": {
                    "p": {
                        "bucket": "${alicloud_oss_bucket.open.bucket}",
                        "policy": _policy(
                            [
                                {
                                    "Effect": "Allow",
                                    "Principal": ["*"],
                                    "Action": ["oss:GetObject"],
                                    "Resource": ["acs:oss:*:*:b-open/*"],
                                }
                            ]
                        ),
                    }
                },
                "alicloud_ram_role": {
                    "reader": {
                        "role_name": "reader",
                        "assume_role_policy_document": _policy(
                            [
                                {
                                    "Effect": "Allow",
                                    "Action": "sts:AssumeRole",
                                    "Principal": {"Service": ["ecs.aliyuncs.com"]},
                                }
                            ]
                        ),
                    }
                },
                "alicloud_ram_policy": {
                    "read": {
                        "policy_name": "read",
                        "policy_document": _policy(
                            [
                                {
                                    "Effect": "Allow",
                                    "Action": ["oss:GetObject"],
                                    "Resource": ["acs:oss:*:*:${alicloud_oss_bucket.src.bucket}/*"],
                                },
                                {
                                    "Effect": "Allow",
                                    "Action": ["oss:PutObject"],
                                    "Resource": ["acs:oss:*:*:b-open-logs/in/*"],
                                },
                                {"Effect": "Allow", "Action": ["oss:ListObjects"], "Resource": ["acs:oss:*:*:b-d*"]},
                            ]
                        ),
                    }
                },
                "alicloud_ram_role_policy_attachment": {
                    "a": {
                        "role_name": "${alicloud_ram_role.reader.role_name}",
                        "policy_name": "${alicloud_ram_policy.read.policy_name}",
                    }
                },
            },
        },
    )
    _stack(
        tmp_path,
        "bare",
        {"provider": {"alicloud": [{}]}, "resource": {"alicloud_oss_bucket": {"x": {"bucket": "b-x"}}}},
    )
    return estate_model.load(tmp_path)


def test_each_bucket_is_in_its_providers_region(estate):
    regions = {bucket.name: bucket.region for bucket in estate.buckets}
    assert regions == {
        "b-src": "eu-central-1",
        "b-dst": "eu-west-1",
        "b-open": "eu-central-1",
        "b-open-logs": "eu-central-1",
        "b-x": "region not set in the provider",
    }


def test_replication_without_a_prefix_copies_everything_new(estate):
    source = next(bucket for bucket in estate.buckets if bucket.name == "b-src")
    assert [(r.destination, r.region, r.scope) for r in source.replication] == [
        ("b-dst", "eu-west-1", "all objects, operations PUT, new objects only")
    ]


def test_a_policy_for_anyone_is_public_and_drawn_from_the_internet(estate):
    public = {bucket.name: bucket.public for bucket in estate.buckets if bucket.public}
    assert public == {"b-open": "bucket policy allows anyone (Principal *)"}
    edges = {(edge.source, edge.target, edge.label) for edge in estate.edges}
    assert (estate_model.INTERNET, "bucket.eu.b-open", "reads (bucket policy)") in edges
    assert ("principal.service ecs.aliyuncs.com", "role.reader", "sts:AssumeRole") in edges
    assert ("role.reader", "bucket.eu.b-src", "GetObject") in edges, "a whole bucket's objects: no prefix"


def test_a_role_reaches_the_buckets_its_resources_name_and_no_others(estate):
    reach = {bucket.name: [(r.role, r.actions, r.resources) for r in bucket.roles] for bucket in estate.buckets}
    assert reach["b-open-logs"] == [("reader", ["oss:PutObject"], ["acs:oss:*:*:b-open-logs/in/*"])]
    assert reach["b-open"] == [], "b-open-logs is not b-open"
    assert reach["b-dst"] == [("reader", ["oss:ListObjects"], ["acs:oss:*:*:b-d*"])], "RAM's wildcards"
    edges = {(edge.source, edge.target, edge.label) for edge in estate.edges}
    assert ("role.reader", "bucket.eu.b-open-logs", "PutObject on in/*") in edges


def test_the_overview_counts_cross_region_replication(estate):
    page = html_page.render(estate, node_executable())
    assert "replicated to another region: 1" in page
    assert "<td class=key>yes</td><td>b-src (eu-central-1)</td><td>b-dst (eu-west-1)</td>" in page


def test_without_elkjs_the_report_names_the_fix(estate, monkeypatch, tmp_path):
    monkeypatch.setattr(picture, "NODE_MODULES", tmp_path / "node_modules")
    with pytest.raises(picture.LayoutError, match=r"elkjs is not installed in .*node_modules: run `make setup`"):
        html_page.render(estate, node_executable())


def test_an_empty_estate_says_so(tmp_path, monkeypatch):
    monkeypatch.setattr(picture, "NODE_MODULES", tmp_path / "node_modules")  # nothing to lay out: Node is not started
    page = html_page.render(estate_model.load(tmp_path), node_executable())
    assert '<p id="summary">0 buckets in 0 stacks and 0 regions; public: 0;' in page
    assert "Nothing to draw: the estate declares no buckets, roles or network." in page
