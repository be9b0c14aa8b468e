"""Refuse plans that would destroy or replace what holds data: buckets, log buckets, KMS keys.

A resource is allowed by name: in config (a bucket's `allow_destroy` reason, carried in its
`//` comment as `ossiac_allow_destroy`) or on the command line (`--allow NAME`, a bucket name,
a key description or a resource address).
"""

from __future__ import annotations

from dataclasses import dataclass

from ossiac.workflows.plan_summary import ResourceChange, StackPlan
from ossiac_constructs.resource_comment import ALLOW_DESTROY_KEY

GUARDED_TYPES = {"alicloud_oss_bucket": "bucket", "alicloud_kms_key": "KMS key"}


@dataclass(frozen=True)
class GuardViolation:
    stack: str
    change: ResourceChange
    what: str

    def __str__(self) -> str:
        name = f" {self.change.name_hint!r}" if self.change.name_hint else ""
        verb = "replaced" if self.change.action == "replace" else "destroyed"
        why = ""
        if self.change.forced_by:
            forced = ", ".join(f"`{path}`" for path in self.change.forced_by)
            why = f": {forced} forces a new resource"
        elif self.change.action == "destroy":
            why = ": it is no longer declared"
        return f"{self.stack}: {self.what}{name} ({self.change.address}) would be {verb}{why}"


def check(plans: list[StackPlan], allowed: set[str]) -> list[GuardViolation]:
    violations = []
    for plan in plans:
        for change in plan.changes:
            what = GUARDED_TYPES.get(change.type)
            if what is None or change.action not in ("replace", "destroy"):
                continue
            if change.comment.get(ALLOW_DESTROY_KEY) or {change.address, change.name_hint} & allowed:
                continue
            violations.append(GuardViolation(plan.stack, change, _what(change, what)))
    return violations


def _what(change: ResourceChange, what: str) -> str:
    if what == "bucket" and change.name_hint and "access-logs" in change.address:
        return "log bucket"
    return what
