"""Composes the stack's `alarms:` section into one contact group and the alarms of every bucket.

Every bucket means every SecureBucket in the stack, found in the construct tree, so none is
forgotten: declared buckets (their own `alarms:` win over the stack's), and the replica and
access-log buckets the stack creates (the stack's settings). Buckets the stack does not manage
(an existing log bucket, a replica destination it does not create) are left to their owners.
Alarms and the group use the stack's default provider: CloudMonitor rules are account-wide and the
BucketName dimension finds a bucket in any region.
"""

from __future__ import annotations

from dataclasses import dataclass

from constructs import Construct

from ossiac_constructs.alarm_contact_group import AlarmContactGroup
from ossiac_constructs.bucket_alarms import BucketAlarms
from ossiac_constructs.secure_bucket import SecureBucket
from ossiac_props.alarms import AlarmsProps, resolve_alarms
from ossiac_props.bucket_alarms import BucketAlarmsProps


@dataclass(frozen=True)
class Alarms:
    contact_group: AlarmContactGroup
    buckets: dict[str, BucketAlarms]
    """Bucket name to its alarms; a bucket with every alarm off has none."""


def add_bucket_alarms(scope: Construct, stack_name: str, alarms: AlarmsProps, tags: dict[str, str] | None = None) -> Alarms:
    """Call after every bucket of `scope` exists."""
    group = AlarmContactGroup(scope, "alarm-contacts", alarms.contact_group_props(stack_name))
    buckets = {}
    for bucket in _secure_buckets(scope):
        rules = resolve_alarms(alarms, bucket.props.alarms)
        if rules:
            buckets[bucket.props.name] = BucketAlarms(
                scope,
                f"alarms-{bucket.props.name}",
                BucketAlarmsProps(bucket=bucket.props.name, rules=rules, contact_group=group.name, tags=tags or {}),
            )
    return Alarms(group, buckets)


def _secure_buckets(scope: Construct) -> list[SecureBucket]:
    return [c for c in scope.node.find_all() if isinstance(c, SecureBucket)]
