"""Alarm settings: defaults, stack and bucket overrides, turning alarms off, and refused values."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from pydantic import ValidationError

from ossiac.config.loader import load_stack_file
from ossiac.config.problems import ConfigError
from ossiac_props.alarm_contacts import ContactProps
from ossiac_props.alarms import DEFAULT_ALARMS, AlarmOverrides, AlarmsProps, resolve_alarms
from ossiac_props.bucket import BucketProps
from ossiac_props.oss_metrics import OSS_BUCKET_METRICS

ALL = set(DEFAULT_ALARMS)


def _resolve(stack: dict, bucket: dict | None = None) -> dict:
    return resolve_alarms(AlarmsProps.model_validate(stack), BucketProps(name="b-1", alarms=bucket).alarms)


def test_every_bucket_gets_the_six_defaults_on_known_metrics():
    rules = _resolve({})
    assert set(rules) == {
        "availability",
        "valid_request_rate",
        "server_errors",
        "client_errors",
        "latency",
        "internet_outbound",
    }
    assert rules == DEFAULT_ALARMS
    assert all(r.metric in OSS_BUCKET_METRICS and r.statistics == "Value" for r in rules.values())
    assert set(AlarmOverrides.model_fields) == ALL | {"enabled"}, "every default alarm can be overridden"
    availability = rules["availability"]
    assert (availability.comparison_operator, availability.threshold, availability.level, availability.period) == (
        "<",
        99.9,
        "critical",
        60,
    )


def test_stack_overrides_change_keys_and_bucket_overrides_win():
    stack = {"latency": {"threshold": 2000, "level": "critical"}}
    bucket = {"latency": {"threshold": 1500, "metric": "PostObjectServerLatency"}}
    assert _resolve(stack)["latency"].threshold == 2000
    latency = _resolve(stack, bucket)["latency"]
    assert (latency.metric, latency.threshold, latency.level) == ("PostObjectServerLatency", 1500, "critical")
    assert latency.comparison_operator == ">" and latency.times == 3, "unset keys keep the default"


@pytest.mark.parametrize(
    ("stack", "bucket", "expected"),
    [
        ({}, {"client_errors": {"enabled": False}}, ALL - {"client_errors"}),
        ({}, {"enabled": False}, set()),
        ({"enabled": False}, None, set()),
        ({"enabled": False}, {"enabled": True}, ALL),
        ({"enabled": False}, {"latency": {"enabled": True}}, {"latency"}),
        ({"latency": {"enabled": False}}, None, ALL - {"latency"}),
        ({"latency": {"enabled": False}}, {"enabled": True}, ALL),  # the bucket's word wins
        ({}, {"enabled": False, "latency": {"enabled": True}}, {"latency"}),
    ],
)
def test_turning_alarms_off_and_on(stack, bucket, expected):
    assert set(_resolve(stack, bucket)) == expected


def _load(tmp_path: Path, text: str):
    file = tmp_path / "stack.yaml"
    file.write_text(textwrap.dedent(text))
    return load_stack_file(file)


STACK = """\
stacks:
  - name: s1
    region: cn-hangzhou
    alarms:
      latency: {{threshold: 2000}}
{stack}
    buckets:
      - name: b-1
        alarms:
{bucket}
"""


def _problems(tmp_path: Path, stack: str = "", bucket: str = "          enabled: true") -> str:
    with pytest.raises(ConfigError) as raised:
        _load(tmp_path, STACK.format(stack=stack, bucket=bucket))
    return str(raised.value)


def test_bucket_alarms_survive_the_loader(tmp_path):
    (loaded,) = _load(
        tmp_path,
        STACK.format(
            stack="", bucket="          latency: {threshold: 1500}\n          server_errors: {enabled: false}"
        ),
    )
    (bucket,) = loaded.buckets
    rules = resolve_alarms(loaded.config.alarms, bucket.alarms)
    assert rules["latency"].threshold == 1500 and "server_errors" not in rules


def test_a_misspelt_metric_names_the_key_and_the_allowed_metrics(tmp_path):
    text = _problems(tmp_path, bucket="          latency: {metric: GetObjectLatency}")
    assert "stacks[0].buckets[0].alarms.latency.metric" in text
    assert "'GetObjectLatency' is not a bucket-level OSS metric (did you mean 'GetObjectE2eLatency'?)" in text
    assert "allowed: " + ", ".join(OSS_BUCKET_METRICS) in text


def test_user_level_metrics_are_not_bucket_metrics():
    with pytest.raises(ValidationError, match="'UserAvailability' is not a bucket-level OSS metric"):
        AlarmsProps.model_validate({"availability": {"metric": "UserAvailability"}})


def test_a_bad_operator_or_level_names_the_key_and_the_allowed_values(tmp_path):
    text = _problems(tmp_path, stack="      availability: {comparison_operator: '=>', level: high}")
    assert "stacks[0].alarms.availability.comparison_operator: Input should be '>', '>=', '<', '<=', '==', '!='" in text
    assert "'GreaterThanYesterday'" in text
    assert "stacks[0].alarms.availability.level: Input should be 'critical', 'warn' or 'info'" in text


def test_unknown_alarm_names_list_the_alarms(tmp_path):
    text = _problems(tmp_path, bucket="          availabilty: {threshold: 99}")
    assert (
        "stacks[0].buckets[0].alarms.availabilty: unknown key (did you mean 'availability'?); allowed keys here: availability, client_errors, enabled"
        in text
    )


def test_periods_silence_and_hours_follow_cloudmonitor():
    with pytest.raises(ValidationError) as raised:
        AlarmsProps.model_validate(
            {
                "latency": {
                    "period": 90,
                    "silence_time": 60,
                    "effective_interval": "8-18",
                    "statistics": "Average",
                    "times": 0,
                }
            }
        )
    errors = {e["loc"][-1] for e in raised.value.errors()}
    assert errors == {"period", "silence_time", "effective_interval", "statistics", "times"}


def test_contacts_need_a_channel_and_never_a_literal_webhook():
    with pytest.raises(ValidationError, match="needs email or dingtalk_webhook_env"):
        ContactProps(name="oncall")
    with pytest.raises(ValidationError, match="must not be written in the stack file"):
        ContactProps.model_validate(
            {"name": "oncall", "dingtalk_webhook": "https://oapi.dingtalk.com/robot/send?access_token=x"}
        )
    with pytest.raises(ValidationError, match="TF_VAR_<name>"):
        ContactProps(name="oncall", dingtalk_webhook_env="OSSIAC_DINGTALK_WEBHOOK")
    with pytest.raises(ValidationError, match="not an email address"):
        ContactProps(name="oncall", email="oncall.example.com")
    assert ContactProps(name="oncall", dingtalk_webhook_env="TF_VAR_oncall_hook").webhook_variable == "oncall_hook"


def test_the_contact_group_is_named_after_the_stack_unless_named():
    assert AlarmsProps().contact_group_props("media").name == "media-oss-oncall"
    assert AlarmsProps.model_validate({"contact_group": {"name": "sre"}}).contact_group_props("media").name == "sre"
    with pytest.raises(ValidationError, match="is declared twice"):
        AlarmsProps.model_validate({"contact_group": {"contacts": [{"name": "a1", "email": "a@x.io"}] * 2}})


def test_an_alarm_watches_each_bucket_once_and_no_more_buckets_than_cloudmonitor_takes():
    from ossiac_props.bucket_alarms import MAX_BUCKETS_PER_ALARM, WatchedRule

    rule = DEFAULT_ALARMS["latency"]
    full = [f"b-{i:03d}" for i in range(MAX_BUCKETS_PER_ALARM)]
    assert WatchedRule(rule=rule, buckets=full).buckets == full
    with pytest.raises(ValidationError, match=f"at most {MAX_BUCKETS_PER_ALARM} items"):
        WatchedRule(rule=rule, buckets=[*full, "b-extra"])
    with pytest.raises(ValidationError, match="buckets: 'b-001' is declared twice"):
        WatchedRule(rule=rule, buckets=["b-001", "b-002", "b-001"])
    with pytest.raises(ValidationError, match="at least 1 item"):
        WatchedRule(rule=rule, buckets=[])
