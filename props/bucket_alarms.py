"""CloudMonitor alarms on buckets, every rule decided (see alarms.resolve_alarms).

One alarm rule can watch several buckets: its `metric_dimensions` lists each bucket's name, and
CloudMonitor evaluates and notifies per bucket. A stack's buckets that share a rule share one
alarm, so a stack has a handful of alarms, not six per bucket (fewer resources to create, plan and
keep within CloudMonitor's rule quota). CloudMonitor associates at most 100 resources with a rule in
one request, so an alarm watches at most MAX_BUCKETS_PER_ALARM buckets.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, Field, field_validator

from ossiac_props.alarms import AlarmRule
from ossiac_props.base import Props, declared_twice, raise_problems
from ossiac_props.bucket_names import validate_bucket_name

MAX_BUCKETS_PER_ALARM = 100


class WatchedRule(Props):
    """One alarm: its rule, and the buckets it watches."""

    rule: AlarmRule
    buckets: Annotated[
        list[Annotated[str, AfterValidator(validate_bucket_name)]],
        Field(min_length=1, max_length=MAX_BUCKETS_PER_ALARM),
    ]
    """Literal bucket names: CloudMonitor matches each against the metric's BucketName."""

    @field_validator("buckets")
    @classmethod
    def _once(cls, buckets: list[str]) -> list[str]:
        raise_problems(declared_twice("buckets", buckets))
        return buckets


class BucketAlarmsProps(Props):
    label: str = Field(min_length=1)
    """What the alarms' names start with: `<label> <alarm>` (a bucket's name, or the stack's)."""
    alarms: dict[str, WatchedRule]
    """Alarm name (e.g. availability) to its rule and buckets."""
    contact_group: str
    """Name of (or reference to) the CloudMonitor contact group notified."""
    tags: dict[str, str] = {}
