"""Rules across every stack loaded together: what one file alone cannot show.

Bucket names are unique across all of OSS (every region), so the names the stacks declare and the
names the tool derives from them (log buckets, per-region log buckets, replicas) must not repeat
anywhere in the estate; an upload role must name a bucket the estate declares, and its policy must fit RAM's size limit.
"""

from __future__ import annotations

from dataclasses import dataclass
from ossiac.config.problems import Problem
from ossiac_policies.kms_templates import kms_sse_objects
from ossiac_policies.oss_templates import TemplateParamError, oss_access
from ossiac_policies.policy_document import MAX_DOCUMENT_BYTES, document_size
from ossiac_props.bucket_names import BUCKET_NAME_RULE, regional_name, validate_bucket_name
from ossiac_props.suggest import did_you_mean


# A KMS key ID as the service issues them (key-hzz6...), standing in for the stack's managed key,
# whose ID exists only after the deploy: the policy is measured as RAM will receive it.
KEY_ID_PLACEHOLDER = "key-hzz" + "0" * 29


@dataclass(frozen=True)
class _Name:
    bucket: str
    loc: tuple
    """The user key that produced the name, below its stack."""
    stack: object
    """The LoadedStack declaring it."""


def problem_at(stack, loc: tuple, message: str) -> Problem:
    """A problem at `loc` below a loaded stack: file, line and key path."""
    path, line = stack.where(*loc)
    return Problem(path, message, stack.file, line)


def estate_problems(loaded: list) -> list[Problem]:
    names = [name for stack in loaded for name in _bucket_names(stack)]
    problems = []
    for name in names:
        try:
            validate_bucket_name(name.bucket)
        except ValueError:
            problems.append(problem_at(name.stack, name.loc, f"derives the bucket name {name.bucket!r}, which is not {BUCKET_NAME_RULE}; allowed: a shorter name"))
    first: dict[str, _Name] = {}
    for name in names:
        other = first.setdefault(name.bucket, name)
        if other is not name:
            path, line = other.stack.where(*other.loc)
            problems.append(problem_at(
                name.stack, name.loc,
                f"bucket {name.bucket!r} is also declared at {other.stack.file}:{line}: {path}; "
                "allowed: bucket names unique across every stack and region (OSS names are global)",
            ))
    declared = sorted(first)
    buckets = {b.name: b for stack in loaded for b in stack.buckets}
    for stack in loaded:
        access = stack.config.access
        for index, role in enumerate(access.upload_roles if access else []):
            if (message := _policy_size_problem(role, buckets.get(role.bucket))) is not None:
                problems.append(problem_at(stack, ("access", "upload_roles", index), message))
            if role.bucket not in first:
                problems.append(problem_at(
                    stack, ("access", "upload_roles", index, "bucket"),
                    f"bucket {role.bucket!r} is declared in no stack loaded{did_you_mean(role.bucket, declared)}; "
                    f"allowed: a declared bucket ({', '.join(declared)})",
                ))
    return problems


def _bucket_names(stack) -> list[_Name]:
    config = stack.config
    names = []
    regions = {config.region}
    for index, bucket in enumerate(config.buckets):
        names.append(_Name(bucket.name, ("buckets", index, "name"), stack))
        if bucket.replication:
            regions.add(bucket.replication.destination_region)
            if bucket.replication.create_destination:
                names.append(_Name(bucket.replication.destination_bucket, ("buckets", index, "replication", "destination_bucket"), stack))
    log_loc = ("log_bucket", "name") if config.log_bucket.name else ("name",)  # default: <stack>-access-logs
    for region in sorted(regions):
        if region == config.region and config.log_bucket.existing:
            continue
        suffix = "" if region == config.region else f"-{region}"
        names.append(_Name(regional_name(config.log_bucket_name, suffix), log_loc, stack))
    return names


def _policy_size_problem(role, bucket) -> str | None:
    """The upload role's policy, built as the stack will build it, against RAM's 6,144 characters."""
    try:
        statements = oss_access(role.actions, role.bucket, role.prefix, role.https_only, role.source_ips)["Statement"]
    except TemplateParamError:
        return None  # the props rules have said what is wrong
    key = role.kms_key_id
    if key is None and bucket is not None and bucket.encryption.algorithm == "KMS":
        key = bucket.encryption.kms_key_id or KEY_ID_PLACEHOLDER
    if key is not None:
        statements += kms_sse_objects(key_id=key, access=role.actions)["Statement"]
    size = document_size({"Version": "1", "Statement": statements})
    if size <= MAX_DOCUMENT_BYTES:
        return None
    return (f"the role's policy would be {size} characters as RAM receives it; allowed: at most {MAX_DOCUMENT_BYTES} "
            "(fewer source_ips, or a shorter prefix)")
