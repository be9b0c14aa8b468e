"""Refuse plans that would destroy or replace what holds data: buckets, log buckets, KMS keys.

The one guard behind `ossiac diff`, `ossiac deploy` and the venv's `terraform apply` (so
`cdktf deploy` too). A resource is allowed by name: in config (a bucket's `allow_destroy`
reason, carried in its `//` comment as `ossiac_allow_destroy`), with `--allow NAME`, or in
$OSSIAC_ALLOW_DESTROY (names separated by spaces or commas) for paths without flags. A name is a
bucket name, a key description or a resource address.

A stack that has state on the target but no stack file (an orphan) trips the guard as well: its
resources would be managed by nobody. Retiring it is an explicit `ossiac retire`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ossiac import settings
from ossiac.workflows.plan_summary import ResourceChange, StackPlan
from ossiac_constructs.resource_comment import ALLOW_DESTROY_KEY

if TYPE_CHECKING:  # for annotations only: the inventory loads the OSS SDK, which every guarded
    # `terraform apply` (the venv's shim imports this module) would otherwise load for nothing
    from ossiac.targets.inventory import StackState

GUARDED_TYPES = {"alicloud_oss_bucket": "bucket", "alicloud_kms_key": "KMS key"}
ALLOW_ENV = "OSSIAC_ALLOW_DESTROY"


@dataclass(frozen=True)
class GuardViolation:
    stack: str
    change: ResourceChange
    what: str

    @property
    def undeclared(self) -> bool:
        """Destroyed because its declaration is gone (not replaced, not forced)."""
        return self.change.action == "destroy" and not self.change.forced_by

    def __str__(self) -> str:
        name = f" {self.change.name_hint!r}" if self.change.name_hint else ""
        verb = "replaced" if self.change.action == "replace" else "destroyed"
        why = ""
        if self.change.forced_by:
            forced = ", ".join(f"`{path}`" for path in self.change.forced_by)
            why = f": {forced} forces a new resource"
        elif self.undeclared:
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


def allowed_from_env(env: Mapping[str, str]) -> set[str]:
    return {name for name in re.split(r"[\s,]+", settings.value(ALLOW_ENV, env) or "") if name}


def orphan_line(state: StackState) -> str:
    if not state.readable:
        return (
            f"{state.stack}: has state ({state.location}) but no stack file declares it; these credentials "
            "may list it but not read it (a stack's read role reads only its own stack's state)"
        )
    kinds = ", ".join(f"{count} {kind}" for kind, count in state.resource_types.items())
    buckets = f"; buckets: {', '.join(state.buckets)}" if state.buckets else "; no buckets"
    return (
        f"{state.stack}: has state ({state.location}) but no stack file declares it: "
        f"{state.resource_count} resources ({kinds}){buckets}"
    )


def refusal_lines(violations: list[GuardViolation], orphans: Iterable[StackState], allow_hint: str) -> list[str]:
    """What the guard says when it trips: each resource and why, then how to allow it."""
    orphans = list(orphans)
    if not violations and not orphans:
        return []
    lines = ["destructive-change guard: refused"]
    lines += [f"  {v}" for v in violations]
    lines += [f"  {orphan_line(o)}" for o in orphans]
    # A removed resource has no declaration left to carry `allow_destroy`: only a name allows it.
    env_hint = "" if ALLOW_ENV in allow_hint else f", or `{ALLOW_ENV}=NAME` in the environment"
    if any(not v.undeclared for v in violations):
        lines.append(
            "allow a resource by name: `allow_destroy: <reason>` on the bucket in its stack file, "
            f"{allow_hint}{env_hint}"
        )
    if any(v.undeclared for v in violations):
        lines.append(f"allow a resource no longer declared by name: {allow_hint.removeprefix('or ')}{env_hint}")
    if orphans:
        lines.append(
            "an orphaned stack: restore its stack file, or retire it on purpose with "
            "`ossiac retire STACK --destroy` (deletes its resources) or "
            "`ossiac retire STACK --forget` (leaves them, drops the state)"
        )
    return lines
