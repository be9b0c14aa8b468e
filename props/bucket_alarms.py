"""The CloudMonitor alarms of one bucket, every rule decided (see alarms.resolve_alarms)."""

from __future__ import annotations

from pydantic import field_validator

from ossiac_props.alarms import AlarmRule
from ossiac_props.base import Props
from ossiac_props.bucket_names import validate_bucket_name


class BucketAlarmsProps(Props):
    bucket: str
    """The bucket's literal name: CloudMonitor matches it against the metric's BucketName."""
    rules: dict[str, AlarmRule]
    """Alarm name (e.g. availability) to rule; see ossiac_props.alarms.resolve_alarms."""
    contact_group: str
    """Name of (or reference to) the CloudMonitor contact group notified."""
    tags: dict[str, str] = {}

    @field_validator("bucket")
    @classmethod
    def _name(cls, name: str) -> str:
        return validate_bucket_name(name)
