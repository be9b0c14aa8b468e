"""RAM policy templates for OSS access: read-only, write-only, read-write, full-access.

Each template scopes a principal to a whole bucket (prefix "") or to one prefix such as "user1/".
Prefix-scoped templates grant object actions on `<bucket>/<prefix>*` and listing on the bucket
only when the request's `oss:Prefix` starts with the prefix. No template grants
`oss:ListBuckets`: apps address their bucket by name and never need to enumerate the account.

Optional conditions are added to every Allow statement (not as separate Deny statements), so a
request that lacks the context key is simply not allowed:
- `https_only`: `Bool acs:SecureTransport = true`
- `source_ips`: `IpAddress acs:SourceIp` in any of the given addresses/CIDR blocks.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ossiac_props.access_scope import prefix_problems, source_ip_problems
from ossiac_props.bucket_names import bucket_problems

READ_ACTIONS = ("oss:GetObject",)
LIST_ACTIONS = ("oss:ListObjects",)
# oss:PutObject also covers InitiateMultipartUpload, UploadPart and CompleteMultipartUpload.
WRITE_ACTIONS = ("oss:PutObject", "oss:AbortMultipartUpload", "oss:ListParts")

ACCESS_LEVELS = ("read-only", "write-only", "read-write", "full-access")


class TemplateParamError(ValueError):
    """A template was given parameters it cannot use; `problems` lists every one."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = list(problems)
        super().__init__("; ".join(self.problems))


def _conditions(https_only: bool, source_ips: Sequence[str]) -> dict[str, Any]:
    condition: dict[str, Any] = {}
    if https_only:
        condition["Bool"] = {"acs:SecureTransport": "true"}
    if source_ips:
        condition["IpAddress"] = {"acs:SourceIp": list(source_ips)}
    return condition


def _statement(sid: str, actions: Sequence[str], resource: str, condition: dict[str, Any]) -> dict[str, Any]:
    statement: dict[str, Any] = {"Sid": sid, "Effect": "Allow", "Action": list(actions), "Resource": [resource]}
    if condition:
        statement["Condition"] = condition
    return statement


def oss_access(
    level: str,
    bucket: str,
    prefix: str = "",
    https_only: bool = False,
    source_ips: Sequence[str] = (),
) -> dict[str, Any]:
    """The policy document granting `level` on `bucket` (or on `prefix` in it)."""
    problems = bucket_problems(bucket) + prefix_problems(prefix) + source_ip_problems(source_ips)
    if level not in ACCESS_LEVELS:
        problems.append(f"access level {level!r} is not one of {', '.join(ACCESS_LEVELS)}")
    if problems:
        raise TemplateParamError(problems)

    condition = _conditions(https_only, source_ips)
    objects = f"acs:oss:*:*:{bucket}/{prefix}*"
    bucket_arn = f"acs:oss:*:*:{bucket}"
    statements = []
    if level == "full-access":
        statements.append(_statement("ObjectsFullAccess", ["oss:*"], objects, condition))
        if not prefix:
            # The bucket itself: its configuration, policy, ACL and deletion.
            statements.append(_statement("BucketFullAccess", ["oss:*"], bucket_arn, condition))
    else:
        object_actions = {
            "read-only": READ_ACTIONS,
            "write-only": WRITE_ACTIONS,
            "read-write": READ_ACTIONS + WRITE_ACTIONS,
        }[level]
        statements.append(_statement("Objects", object_actions, objects, condition))
    if level in ("read-only", "read-write") or (level == "full-access" and prefix):
        list_condition = dict(condition)
        if prefix:
            list_condition["StringLike"] = {"oss:Prefix": f"{prefix}*"}
        statements.append(_statement("ListObjects", LIST_ACTIONS, bucket_arn, list_condition))
    return {"Version": "1", "Statement": statements}


def oss_read_only(
    bucket: str, prefix: str = "", https_only: bool = False, source_ips: Sequence[str] = ()
) -> dict[str, Any]:
    """Download and list objects (in the prefix)."""
    return oss_access("read-only", bucket, prefix, https_only, source_ips)


def oss_write_only(
    bucket: str, prefix: str = "", https_only: bool = False, source_ips: Sequence[str] = ()
) -> dict[str, Any]:
    """Upload objects (in the prefix), including multipart uploads; no reading, listing or deleting."""
    return oss_access("write-only", bucket, prefix, https_only, source_ips)


def oss_read_write(
    bucket: str, prefix: str = "", https_only: bool = False, source_ips: Sequence[str] = ()
) -> dict[str, Any]:
    """Read-only plus write-only; deleting objects is not included."""
    return oss_access("read-write", bucket, prefix, https_only, source_ips)


def oss_full_access(
    bucket: str, prefix: str = "", https_only: bool = False, source_ips: Sequence[str] = ()
) -> dict[str, Any]:
    """Every OSS action on the objects (in the prefix); for a whole bucket also on the bucket itself."""
    return oss_access("full-access", bucket, prefix, https_only, source_ips)
