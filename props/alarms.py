"""Typed props for a bucket's CloudMonitor alarms: the default alarms, and overrides from YAML.

Every bucket gets the six DEFAULT_ALARMS. A stack may change any of their keys for all its
buckets, a bucket for itself; the bucket wins. An alarm, or all of them, is turned off with
`enabled: false`.
"""

from __future__ import annotations

import difflib
from typing import Annotated, Literal

from pydantic import AfterValidator, Field

from ossiac_props.alarm_contacts import ContactGroupProps
from ossiac_props.base import Props
from ossiac_props.oss_metrics import OSS_BUCKET_METRICS, REPORT_PERIOD

# The provider's escalations_*.comparison_operator values (alicloud 1.289.0). The *Yesterday,
# *LastWeek and *LastPeriod operators compare with the past; their threshold is a change in %.
Operator = Literal[
    ">", ">=", "<", "<=", "==", "!=",
    "GreaterThanYesterday", "LessThanYesterday",
    "GreaterThanLastWeek", "LessThanLastWeek",
    "GreaterThanLastPeriod", "LessThanLastPeriod",
]  # fmt: skip
Level = Literal["critical", "warn", "info"]
"""Which escalations_<level> block the alarm uses; CloudMonitor notifies per level."""
Statistic = Literal["Value"]  # oss_metrics.STATISTICS: OSS records no other statistic


def validate_metric(name: str) -> str:
    if name not in OSS_BUCKET_METRICS:
        close = difflib.get_close_matches(name, OSS_BUCKET_METRICS, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        raise ValueError(f"{name!r} is not a bucket-level OSS metric{hint}; allowed: {', '.join(OSS_BUCKET_METRICS)}")
    return name


Metric = Annotated[str, AfterValidator(validate_metric)]
Period = Annotated[int, Field(ge=REPORT_PERIOD, multiple_of=REPORT_PERIOD)]
"""Seconds; OSS reports a data point a minute, so a multiple of 60."""
Times = Annotated[int, Field(ge=1)]
"""Consecutive periods the condition must hold before the alarm fires."""
SilenceTime = Annotated[int, Field(ge=300, le=86400)]
"""Seconds between repeated notifications while alarming (the provider's range)."""
EffectiveInterval = Annotated[str, Field(pattern=r"^([01]?\d|2[0-3]):[0-5]\d-([01]?\d|2[0-3]):[0-5]\d$")]
"""When the alarm may fire, "hh:mm-hh:mm" in the account's time zone."""


class AlarmRule(Props):
    """One alarm, every key decided."""

    metric: Metric
    comparison_operator: Operator
    threshold: float
    level: Level
    statistics: Statistic = "Value"
    period: Period = 60
    times: Times = 3
    silence_time: SilenceTime = 3600
    effective_interval: EffectiveInterval = "00:00-23:59"


class AlarmOverride(Props):
    """Changes to one alarm. Unset keys keep the stack's or the default value."""

    enabled: bool | None = None
    """Turn this alarm on or off. Default: decided by the bucket's and the stack's `enabled`."""
    metric: Metric | None = None
    """A bucket-level OSS metric (oss_metrics.py). Default: the alarm's own."""
    comparison_operator: Operator | None = None
    """> >= < <= == != or a *Yesterday/*LastWeek/*LastPeriod operator. Default: the alarm's own."""
    threshold: float | None = None
    """Default: the alarm's own."""
    level: Level | None = None
    """critical, warn or info. Default: the alarm's own."""
    statistics: Statistic | None = None
    """Only `Value` (OSS records no other). Default: Value."""
    period: Period | None = None
    """Seconds, a multiple of 60. Default: 60."""
    times: Times | None = None
    """Consecutive periods before the alarm fires. Default: the alarm's own (3, or 5 for internet_outbound)."""
    silence_time: SilenceTime | None = None
    """Seconds between repeated notifications, 300..86400. Default: 3600."""
    effective_interval: EffectiveInterval | None = None
    """When the alarm may fire, hh:mm-hh:mm. Default: 00:00-23:59."""

    def apply_to(self, rule: AlarmRule) -> AlarmRule:
        changes = self.model_dump(exclude_none=True, exclude={"enabled"})
        return AlarmRule.model_validate({**rule.model_dump(), **changes})


class AlarmOverrides(Props):
    """A bucket's (or, under the stack, every bucket's) changes to the default alarms."""

    enabled: bool | None = None
    """false: none of the alarms (an alarm's own `enabled` still wins). Default: unset (on)."""
    availability: AlarmOverride = AlarmOverride()
    """Changes to the `availability` alarm. Default: none."""
    valid_request_rate: AlarmOverride = AlarmOverride()
    """Changes to the `valid_request_rate` alarm. Default: none."""
    server_errors: AlarmOverride = AlarmOverride()
    """Changes to the `server_errors` alarm. Default: none."""
    client_errors: AlarmOverride = AlarmOverride()
    """Changes to the `client_errors` alarm. Default: none."""
    latency: AlarmOverride = AlarmOverride()
    """Changes to the `latency` alarm. Default: none."""
    internet_outbound: AlarmOverride = AlarmOverride()
    """Changes to the `internet_outbound` alarm. Default: none."""


# Sensible for a bucket serving users: fire on sustained trouble (3 minutes), not one bad minute.
DEFAULT_ALARMS: dict[str, AlarmRule] = {
    # 1 - share of 5xx answers, in %
    "availability": AlarmRule(metric="Availability", comparison_operator="<", threshold=99.9, level="critical"),
    # share of 2xx/3xx answers, in %; falls with 4xx as well as 5xx
    "valid_request_rate": AlarmRule(metric="RequestValidRate", comparison_operator="<", threshold=95, level="warn"),
    # 5xx answers a minute, for buckets too quiet for a rate to mean much
    "server_errors": AlarmRule(metric="ServerErrorCount", comparison_operator=">", threshold=10, level="critical"),
    # OSS has no single 4xx rate; 403s are the 4xx a broken policy, key or referer list causes
    "client_errors": AlarmRule(metric="AuthorizationErrorRate", comparison_operator=">", threshold=5, level="warn"),
    # server-side time, not E2E: E2E grows with object size and the client's network
    "latency": AlarmRule(metric="GetObjectServerLatency", comparison_operator=">", threshold=1000, level="warn"),
    # bytes a minute: 1 GiB/min for 5 minutes is ~140 Mbit/s sustained, a hotlink or a leak
    "internet_outbound": AlarmRule(
        metric="InternetSend", comparison_operator=">", threshold=1024**3, level="warn", times=5
    ),
}


def resolve_alarms(stack: AlarmOverrides, bucket: AlarmOverrides | None) -> dict[str, AlarmRule]:
    """A bucket's enabled alarms: the defaults, changed by the stack, then by the bucket.

    Whether an alarm is on: the bucket's word on that alarm, else the bucket's `enabled`, else the
    stack's word on that alarm, else the stack's `enabled`, else on.
    """
    bucket = bucket or AlarmOverrides()
    rules = {}
    for name, default in DEFAULT_ALARMS.items():
        at_stack, at_bucket = getattr(stack, name), getattr(bucket, name)
        votes = (at_bucket.enabled, bucket.enabled, at_stack.enabled, stack.enabled, True)
        if next(v for v in votes if v is not None):
            rules[name] = at_bucket.apply_to(at_stack.apply_to(default))
    return rules


class AlarmsProps(AlarmOverrides):
    """A stack's `alarms:`: who is notified, and changes to the default alarms of every bucket.

    A bucket's own `alarms:` (BucketProps.alarms, same keys without contact_group) wins over these.
    """

    contact_group: ContactGroupProps = ContactGroupProps()
    """One group per stack; every alarm of the stack notifies it. Default name: <stack>-oss-oncall."""

    def contact_group_props(self, stack: str) -> ContactGroupProps:
        return self.contact_group.model_copy(update={"name": self.contact_group.name or f"{stack}-oss-oncall"})
