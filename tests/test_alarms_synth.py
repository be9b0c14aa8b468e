"""Synthesized alarms: on every bucket, current provider fields only, and no webhook token in the JSON."""

from __future__ import annotations

import json
import sys

import pytest
import yaml

from harness import REPO_ROOT, command_env, run
from ossiac.cdk import App
from ossiac.config.loader import load_stack_file
from ossiac_stacks.storage_stack import StorageStack, synthesize

REMOVED_TOP_LEVEL = {
    "operator",
    "statistics",
    "threshold",
    "triggered_count",
    "notify_type",
    "dimensions",
    "start_time",
    "end_time",
}
ESCALATIONS = {"escalations_critical", "escalations_warn", "escalations_info"}
FAKE_TOKEN = "0123456789abcdef-not-a-real-token"

STACK = """\
stacks:
  - name: hooks
    region: cn-hangzhou
    alarms:
      contact_group:
        contacts:
          - {name: sre-mail, email: sre@example.com}
          - {name: sre-robot, dingtalk_webhook_env: TF_VAR_sre_robot_webhook}
      internet_outbound: {enabled: false}
    buckets:
      - name: hooks-data
        alarms:
          availability: {threshold: 99.5, level: warn}
"""


@pytest.fixture(scope="module")
def hooks_stack(tmp_path_factory) -> tuple[str, dict]:
    folder = tmp_path_factory.mktemp("hooks")
    (folder / "stack.yaml").write_text(STACK)
    (loaded,) = load_stack_file(folder / "stack.yaml")
    # The token is in the environment while synthesizing, as in CI: synth must not read it.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TF_VAR_sre_robot_webhook", f"https://oapi.dingtalk.com/robot/send?access_token={FAKE_TOKEN}")
        app = App(outdir=str(folder / "out"))
        StorageStack(app, loaded)
        synthesize(app)
    text = (folder / "out" / "stacks" / "hooks" / "cdk.tf.json").read_text()
    return text, json.loads(text)


def _alarms_by_bucket(stack: dict) -> dict[str, dict[str, dict]]:
    """Bucket name -> alarm name -> the alarm watching it, read from metric_dimensions and the
    alarm's name (`<label> <alarm>`). Each bucket is watched by one alarm of each name at most."""
    found: dict[str, dict[str, dict]] = {}
    for body in stack["resource"]["alicloud_cms_alarm"].values():
        alarm = body["name"].rsplit(" ", 1)[1]
        for dimension in json.loads(body["metric_dimensions"]):
            assert set(dimension) == {"BucketName"}
            watching = found.setdefault(dimension["BucketName"], {})
            assert alarm not in watching, f"{dimension['BucketName']} is watched by two {alarm} alarms"
            watching[alarm] = body
    return found


def test_webhook_is_a_sensitive_variable_and_its_token_never_lands_in_the_json(hooks_stack):
    text, stack = hooks_stack
    assert FAKE_TOKEN not in text and "access_token" not in text
    variable = stack["variable"]["sre_robot_webhook"]
    assert variable["sensitive"] is True and "default" not in variable
    contacts = {c["alarm_contact_name"]: c for c in stack["resource"]["alicloud_cms_alarm_contact"].values()}
    assert contacts["sre-robot"]["channels_ding_web_hook"] == "${var.sre_robot_webhook}"
    assert contacts["sre-mail"]["channels_mail"] == "sre@example.com"
    (group,) = stack["resource"]["alicloud_cms_alarm_contact_group"].values()
    assert group["alarm_contact_group_name"] == "hooks-oss-oncall" and len(group["contacts"]) == 2


def test_alarms_use_only_current_fields_and_the_level_block(hooks_stack):
    _, stack = hooks_stack
    (group_id,) = stack["resource"]["alicloud_cms_alarm_contact_group"]
    for body in stack["resource"]["alicloud_cms_alarm"].values():
        assert not REMOVED_TOP_LEVEL & set(body), body["name"]
        assert body["project"] == "acs_oss_dashboard"
        assert body["contact_groups"] == [f"${{alicloud_cms_alarm_contact_group.{group_id}.alarm_contact_group_name}}"]
        (block,) = ESCALATIONS & set(body)
        assert set(body[block]) == {"comparison_operator", "statistics", "threshold", "times"}


def test_stack_and_bucket_overrides_reach_the_json(hooks_stack):
    _, stack = hooks_stack
    by_bucket = _alarms_by_bucket(stack)
    assert set(by_bucket) == {"hooks-data", "hooks-access-logs"}, "the log bucket the stack creates is watched too"
    data, logs = by_bucket["hooks-data"], by_bucket["hooks-access-logs"]
    assert "internet_outbound" not in data and "internet_outbound" not in logs
    assert data["availability"]["escalations_warn"] == {
        "comparison_operator": "<",
        "statistics": "Value",
        "threshold": "99.5",
        "times": 3,
    }
    assert logs["availability"]["escalations_critical"]["threshold"] == "99.9"
    assert data["latency"]["escalations_warn"]["threshold"] == "1000"


def test_buckets_that_keep_the_stacks_rule_share_one_alarm_and_an_override_gets_its_own(hooks_stack):
    _, stack = hooks_stack
    alarms = {
        body["name"]: json.loads(body["metric_dimensions"]) for body in stack["resource"]["alicloud_cms_alarm"].values()
    }
    both = [{"BucketName": "hooks-access-logs"}, {"BucketName": "hooks-data"}]  # the construct tree's order
    shared = {f"hooks buckets {a}": both for a in ("valid_request_rate", "server_errors", "client_errors", "latency")}
    assert alarms == {
        **shared,
        "hooks buckets availability": [{"BucketName": "hooks-access-logs"}],
        "hooks-data availability": [{"BucketName": "hooks-data"}],
    }, "internet_outbound is off for the stack; hooks-data changes only its availability alarm"


def test_an_alarm_watches_at_most_its_share_of_buckets_and_a_further_part_takes_the_rest(tmp_path, monkeypatch):
    import ossiac_stacks.alarms

    monkeypatch.setattr(ossiac_stacks.alarms, "MAX_BUCKETS_PER_ALARM", 2)
    names = [f"parts-b{i}" for i in range(4)]
    body = {
        "stacks": [
            {
                "name": "parts",
                "region": "cn-hangzhou",
                "log_bucket": {"name": "parts-logs"},
                "alarms": {"enabled": False, "latency": {"enabled": True}},
                "buckets": [{"name": n} for n in names],
            }
        ]
    }
    (tmp_path / "stack.yaml").write_text(yaml.safe_dump(body))
    (loaded,) = load_stack_file(tmp_path / "stack.yaml")
    app = App(outdir=str(tmp_path / "out"))
    StorageStack(app, loaded)
    synthesize(app)
    stack = json.loads((tmp_path / "out" / "stacks" / "parts" / "cdk.tf.json").read_text())
    watched = {
        body["name"]: [d["BucketName"] for d in json.loads(body["metric_dimensions"])]
        for body in stack["resource"]["alicloud_cms_alarm"].values()
    }
    assert watched == {
        "parts buckets latency": ["parts-logs", *names[:1]],
        "parts buckets (part 2) latency": names[1:3],
        "parts buckets (part 3) latency": names[3:],
    }, "the construct tree's order: the log bucket the stack creates, then the declared buckets"
    paths = sorted(body["//"]["metadata"]["path"] for body in stack["resource"]["alicloud_cms_alarm"].values())
    assert paths == ["parts/stack-alarms-2/latency", "parts/stack-alarms-3/latency", "parts/stack-alarms/latency"]


def test_every_bucket_of_the_example_estate_has_its_alarms(app_dir):
    estate = REPO_ROOT / "estate" / "media.yaml"
    result = run([sys.executable, "main.py"], cwd=app_dir, env=command_env(OSSIAC_STACK_FILES=str(estate)))
    assert result.returncode == 0, result.stderr
    stack = json.loads((app_dir / "cdktf.out" / "stacks" / "media" / "cdk.tf.json").read_text())
    by_bucket = _alarms_by_bucket(stack)

    buckets = {b["bucket"] for b in stack["resource"]["alicloud_oss_bucket"].values()}
    declared_buckets = yaml.safe_load(estate.read_text())["stacks"][0]["buckets"]
    declared = {b["name"] for b in declared_buckets}
    replicas = {b["replication"]["destination_bucket"] for b in declared_buckets if "replication" in b}
    log_buckets = {"ossiac-example-media-logs", "ossiac-example-media-logs-cn-beijing"}  # one per region
    assert buckets == declared | replicas | log_buckets
    assert set(by_bucket) == buckets
    all_alarms = {
        "availability",
        "valid_request_rate",
        "server_errors",
        "client_errors",
        "latency",
        "internet_outbound",
    }
    for bucket, alarms in by_bucket.items():
        expected = all_alarms - {"client_errors"} if bucket == "ossiac-example-media-site" else all_alarms
        assert set(alarms) == expected, bucket
        assert alarms["internet_outbound"]["escalations_warn"]["threshold"] == "4294967296", "stack-level override"
    assert by_bucket["ossiac-example-media-uploads"]["latency"]["metric"] == "PostObjectServerLatency"
    assert by_bucket["ossiac-example-media-assets"]["latency"]["metric"] == "GetObjectServerLatency"
    for body in stack["resource"]["alicloud_cms_alarm"].values():
        assert not REMOVED_TOP_LEVEL & set(body)
    (contact,) = stack["resource"]["alicloud_cms_alarm_contact"].values()
    assert contact["channels_mail"] == "media-oncall@example.com"
