"""Composes the stack's `alarms:` section into one contact group and alarms on every bucket.

Every bucket means every SecureBucket in the stack, found in the construct tree, so none is
forgotten: declared buckets (their own `alarms:` win over the stack's), and the replica and
access-log buckets the stack creates (the stack's settings). Buckets the stack does not manage
(an existing log bucket, a replica destination it does not create) are left to their owners.

An alarm rule watches many buckets (props/bucket_alarms.py). The buckets that keep the stack's rule
for an alarm share one alarm, `stack-alarms/<alarm>` (a further `stack-alarms-<n>` for each next
MAX_BUCKETS_PER_ALARM buckets, in the order the stack creates them: its log bucket, then the declared
ones; a bucket added at the end of the file changes only the last part). A bucket whose own
`alarms:` make a rule differ from the stack's gets that alarm to itself, `alarms-<bucket>/<alarm>`,
named after the bucket.

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
from ossiac_props.bucket_alarms import MAX_BUCKETS_PER_ALARM, BucketAlarmsProps, WatchedRule


@dataclass(frozen=True)
class Alarms:
    contact_group: AlarmContactGroup
    alarms: list[BucketAlarms]
    """The stack's shared alarms first, then the alarms buckets have to themselves."""


def add_bucket_alarms(
    scope: Construct, stack_name: str, alarms: AlarmsProps, tags: dict[str, str] | None = None
) -> Alarms:
    """Call after every bucket of `scope` exists."""
    group = AlarmContactGroup(scope, "alarm-contacts", alarms.contact_group_props(stack_name))
    stack_rules = resolve_alarms(alarms, None)
    sharing: dict[str, list[str]] = {alarm: [] for alarm in stack_rules}
    own: dict[str, dict[str, WatchedRule]] = {}
    for bucket in _secure_buckets(scope):
        name = bucket.props.name
        for alarm, rule in resolve_alarms(alarms, bucket.props.alarms).items():
            if rule == stack_rules.get(alarm):
                sharing[alarm].append(name)
            else:
                own.setdefault(name, {})[alarm] = WatchedRule(rule=rule, buckets=[name])

    def props(label: str, watched: dict[str, WatchedRule]) -> BucketAlarmsProps:
        return BucketAlarmsProps(label=label, alarms=watched, contact_group=group.name, tags=tags or {})

    made = []
    size = MAX_BUCKETS_PER_ALARM
    parts = {alarm: [buckets[i : i + size] for i in range(0, len(buckets), size)] for alarm, buckets in sharing.items()}
    for part in range(max(map(len, parts.values()), default=0)):
        watched = {
            alarm: WatchedRule(rule=stack_rules[alarm], buckets=chunks[part])
            for alarm, chunks in parts.items()
            if part < len(chunks)
        }
        suffix = f"-{part + 1}" if part else ""
        label = f"{stack_name} buckets" + (f" (part {part + 1})" if part else "")
        made.append(BucketAlarms(scope, f"stack-alarms{suffix}", props(label, watched)))
    for name, watched in own.items():
        made.append(BucketAlarms(scope, f"alarms-{name}", props(name, watched)))
    return Alarms(group, made)


def _secure_buckets(scope: Construct) -> list[SecureBucket]:
    return [c for c in scope.node.find_all() if isinstance(c, SecureBucket)]
