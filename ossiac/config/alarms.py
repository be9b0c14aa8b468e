"""The stack's `alarms:` section: who is notified, and changes to the default alarms of every bucket.

A bucket's own `alarms:` (BucketProps.alarms, same keys without contact_group) wins over these.
"""

from __future__ import annotations

from ossiac_constructs.alarm_contact_group import ContactGroupProps
from ossiac_constructs.alarm_props import AlarmOverrides


class ContactGroupConfig(ContactGroupProps):
    name: str | None = None
    """Default: <stack>-oss-oncall."""


class AlarmsConfig(AlarmOverrides):
    contact_group: ContactGroupConfig = ContactGroupConfig()
    """One group per stack; every alarm of the stack notifies it."""

    def contact_group_props(self, stack: str) -> ContactGroupProps:
        fields = self.contact_group.model_dump(exclude={"name"})
        return ContactGroupProps(**fields, name=self.contact_group.name or f"{stack}-oss-oncall")
