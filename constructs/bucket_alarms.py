"""CloudMonitor alarms (`alicloud_cms_alarm`) on buckets' OSS metrics, one per rule.

Each alarm watches its buckets through `metric_dimensions`, a JSON list with one BucketName each.
Only the provider's current fields are written: the condition goes in the `escalations_<level>`
block. The top-level `operator`, `statistics`, `threshold`, `triggered_count` and `notify_type`
were removed from the provider and `dimensions` is deprecated; none of them is ever set.
"""

from __future__ import annotations

import json

from cdktf_cdktf_provider_alicloud.cms_alarm import (
    CmsAlarm,
    CmsAlarmEscalationsCritical,
    CmsAlarmEscalationsInfo,
    CmsAlarmEscalationsWarn,
)
from constructs import Construct

from ossiac_constructs.terraform_text import literal_map
from ossiac_props.alarms import Level
from ossiac_props.bucket_alarms import BucketAlarmsProps
from ossiac_props.oss_metrics import BUCKET_DIMENSION, NAMESPACE

Escalation = CmsAlarmEscalationsCritical | CmsAlarmEscalationsWarn | CmsAlarmEscalationsInfo
# The block a rule's level fills: escalations_<level>.
ESCALATIONS: dict[Level, type[Escalation]] = {
    "critical": CmsAlarmEscalationsCritical,
    "warn": CmsAlarmEscalationsWarn,
    "info": CmsAlarmEscalationsInfo,
}


class BucketAlarms(Construct):
    def __init__(self, scope: Construct, id_: str, props: BucketAlarmsProps) -> None:
        super().__init__(scope, id_)
        self.alarms: dict[str, CmsAlarm] = {}
        for name, watched in props.alarms.items():
            rule = watched.rule
            escalation = ESCALATIONS[rule.level](
                comparison_operator=rule.comparison_operator,
                statistics=rule.statistics,
                threshold=_number(rule.threshold),
                times=rule.times,
            )
            self.alarms[name] = CmsAlarm(
                self,
                name,
                name=f"{props.label} {name}",
                project=NAMESPACE,
                metric=rule.metric,
                metric_dimensions=json.dumps([{BUCKET_DIMENSION: b} for b in watched.buckets], separators=(",", ":")),
                contact_groups=[props.contact_group],
                period=rule.period,
                silence_time=rule.silence_time,
                effective_interval=rule.effective_interval,
                enabled=True,
                tags=literal_map(props.tags),
                # The level's block only: the other two stay unset (None writes nothing).
                escalations_critical=escalation if isinstance(escalation, CmsAlarmEscalationsCritical) else None,
                escalations_warn=escalation if isinstance(escalation, CmsAlarmEscalationsWarn) else None,
                escalations_info=escalation if isinstance(escalation, CmsAlarmEscalationsInfo) else None,
            )


def _number(value: float) -> str:
    """The provider takes the threshold as a string: 99.9 -> "99.9", 1073741824.0 -> "1073741824"."""
    return str(int(value)) if value.is_integer() else repr(value)
