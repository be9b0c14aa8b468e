"""Rules across every stack loaded together: what one file alone cannot show.

Bucket names are unique across all of OSS (every region), so the names the stacks declare and the
names the tool derives from them (log buckets, per-region log buckets, replicas) must not repeat
anywhere in the estate; an upload role must name a bucket the estate declares, and its policy must fit RAM's size limit.

The stacks loaded together deploy into one account, where more names are unique: RAM users, roles
and policies (one namespace each for the account, in every region), CloudMonitor contacts and
contact groups (account-wide), KMS aliases and Function Compute functions (one per name in each
region). Every such name the stacks declare, and every one the constructs derive from them (a
role's policy, the default contact group `<stack>-oss-oncall`, a replica region's key alias, a sync
trigger's roles), must be made once: RAM refuses the second with EntityAlreadyExists mid-apply,
and CloudMonitor's PutContact/PutContactGroup silently hand the first stack's contact to the second.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ossiac.config.problems import Problem
from ossiac_policies.kms_templates import kms_sse_objects
from ossiac_policies.oss_templates import TemplateParamError, oss_access
from ossiac_policies.policy_document import MAX_DOCUMENT_BYTES, document_size
from ossiac_props.bucket_names import BUCKET_NAME_RULE, regional_name, validate_bucket_name
from ossiac_props.kms_key import kms_alias_problem
from ossiac_props.ram_names import policy_name_for, policy_name_problem, role_name_problem, user_name_problem
from ossiac_props.suggest import did_you_mean

if TYPE_CHECKING:  # the loader imports this module
    from ossiac.config.loader import LoadedStack

# A KMS key ID as the service issues them (key-hzz6...), standing in for the stack's managed key,
# whose ID exists only after the deploy: the policy is measured as RAM will receive it.
KEY_ID_PLACEHOLDER = "key-hzz" + "0" * 29


@dataclass(frozen=True)
class _Name:
    bucket: str
    loc: tuple
    """The user key that produced the name, below its stack."""
    stack: LoadedStack
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
            problems.append(
                problem_at(
                    name.stack,
                    name.loc,
                    f"derives the bucket name {name.bucket!r}, which is not {BUCKET_NAME_RULE}; allowed: a shorter name",
                )
            )
    first: dict[str, _Name] = {}
    for name in names:
        other = first.setdefault(name.bucket, name)
        if other is not name:
            path, line = other.stack.where(*other.loc)
            problems.append(
                problem_at(
                    name.stack,
                    name.loc,
                    f"bucket {name.bucket!r} is also declared at {other.stack.file}:{line}: {path}; "
                    "allowed: bucket names unique across every stack and region (OSS names are global)",
                )
            )
    declared = sorted(first)
    buckets = {b.name: b for stack in loaded for b in stack.buckets}
    for stack in loaded:
        access = stack.config.access
        for index, role in enumerate(access.upload_roles if access else []):
            if (message := _policy_size_problem(role, buckets.get(role.bucket))) is not None:
                problems.append(problem_at(stack, ("access", "upload_roles", index), message))
            if role.bucket not in first:
                problems.append(
                    problem_at(
                        stack,
                        ("access", "upload_roles", index, "bucket"),
                        f"bucket {role.bucket!r} is declared in no stack loaded{did_you_mean(role.bucket, declared)}; "
                        f"allowed: a declared bucket ({', '.join(declared)})",
                    )
                )
    return problems + account_name_problems(loaded)


def _bucket_names(stack) -> list[_Name]:
    config = stack.config
    names = []
    regions = {config.region}
    for index, bucket in enumerate(config.buckets):
        names.append(_Name(bucket.name, ("buckets", index, "name"), stack))
        if bucket.replication:
            regions.add(bucket.replication.destination_region)
            if bucket.replication.create_destination:
                names.append(
                    _Name(
                        bucket.replication.destination_bucket,
                        ("buckets", index, "replication", "destination_bucket"),
                        stack,
                    )
                )
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
    return (
        f"the role's policy would be {size} characters as RAM receives it; allowed: at most {MAX_DOCUMENT_BYTES} "
        "(fewer source_ips, or a shorter prefix)"
    )


# --- Names unique in the account ----------------------------------------------------------------

RAM_USER, RAM_ROLE, RAM_POLICY = "RAM user", "RAM role", "RAM policy"
KMS_ALIAS, FC_FUNCTION = "KMS alias", "Function Compute function"
CMS_CONTACT, CMS_GROUP = "CloudMonitor alarm contact", "CloudMonitor alarm contact group"
REGIONAL = {KMS_ALIAS, FC_FUNCTION}
"""Unique per region of the account; the other kinds are unique in the whole account."""
_RULES = {
    RAM_USER: user_name_problem,
    RAM_ROLE: role_name_problem,
    RAM_POLICY: policy_name_problem,
    KMS_ALIAS: kms_alias_problem,
}


@dataclass(frozen=True)
class _AccountName:
    kind: str
    name: str
    region: str | None
    """For the regional kinds: where it is made."""
    stack: LoadedStack
    loc: tuple
    """The user key the name is, or is derived from, below its stack."""
    derived: str | None = None
    """How the tool makes the name from that key, e.g. "the policy of upload role 'x'"; None: as written."""
    change: str = "another name"
    """What the user changes to make the name unique."""

    def said(self) -> str:
        return f"{self.kind} {self.name!r}" + (f" ({self.derived})" if self.derived else "")

    def where(self) -> str:
        path, line = self.stack.where(*self.loc)
        return f"{self.stack.file}:{line}: {path}" if line else f"{self.stack.file}: {path}"


def account_name_problems(loaded: list) -> list[Problem]:
    """Each account-wide (or region-wide) name made once in the estate; each derived RAM/KMS name valid."""
    problems: dict[tuple, Problem] = {}  # one problem per key: a role's name said twice needs no word on its policy's
    first: dict[tuple, _AccountName] = {}
    for name in (n for stack in loaded for n in _account_names(stack)):
        key = (id(name.stack), name.loc)
        rule = _RULES.get(name.kind)
        if name.derived and rule and (message := rule(name.name)):
            problems.setdefault(
                key,
                problem_at(
                    name.stack,
                    name.loc,
                    (f"{name.derived} would be named {name.name!r}: {message}; to get there, set {name.change}"),
                ),
            )
            continue
        other = first.setdefault((name.kind, name.region if name.kind in REGIONAL else None, name.name), name)
        if other is not name:
            scope = (
                f"unique in each region of the account (both are made in {name.region})"
                if name.kind in REGIONAL
                else "unique in the whole account, across every stack and region"
            )
            problems.setdefault(
                key,
                problem_at(
                    name.stack,
                    name.loc,
                    (
                        f"{name.said()} is also made at {other.where()}"
                        + (f" ({other.derived})" if other.derived else "")
                        + f"; {name.kind} names are {scope}, so the later apply would fail or take it over; "
                        f"allowed: {name.change}, used nowhere else in the stacks loaded together"
                    ),
                ),
            )
    return list(problems.values())


def _account_names(stack) -> list[_AccountName]:
    """Every account-unique name the stack's constructs make (stacks/storage_stack.py and what it composes)."""
    config = stack.config
    names: list[_AccountName] = []
    loc: tuple[str | int, ...]

    def add(kind, name, loc, derived=None, change="another name", region=None):
        names.append(_AccountName(kind, name, region, stack, loc, derived, change))

    access = config.access
    for i, user in enumerate(access.app_users if access else []):
        loc = ("access", "app_users", i, "name")
        add(RAM_USER, user.name, loc, change="another app user name")
        add(
            RAM_POLICY,
            policy_name_for(user.name, "assume-roles"),
            loc,  # constructs/app_server_user.py
            f"the policy of app user {user.name!r}",
            "another app user name",
        )
    for i, role in enumerate(access.upload_roles if access else []):
        loc = ("access", "upload_roles", i, "name")
        add(RAM_ROLE, role.name, loc, change="another upload role name")
        add(
            RAM_POLICY,
            policy_name_for(role.name, "access"),
            loc,  # constructs/upload_role.py
            f"the policy of upload role {role.name!r}",
            "another upload role name",
        )
    for i, bucket in enumerate(config.buckets):
        if bucket.replication is None:
            continue
        # constructs/bucket_replication.py: the role and its policy share the name.
        given = bucket.replication.role_name is not None
        loc = ("buckets", i, "replication", "role_name") if given else ("buckets", i, "name")
        how = f"the replication role of bucket {bucket.name!r}"
        change = "another replication.role_name" if given else "a replication.role_name"
        add(RAM_ROLE, bucket.replication_role_name, loc, None if given else how, change)
        add(RAM_POLICY, bucket.replication_role_name, loc, f"the policy of {how}", change)
    for i, trigger in enumerate(config.network.sync_triggers if config.network else []):
        loc = ("network", "sync_triggers", i, "name")
        change = "another sync trigger name"
        add(FC_FUNCTION, trigger.name, loc, change=change, region=config.region)
        for suffix, what in (("fn", "function"), ("oss-invoke", "invocation")):  # constructs/oss_sync_trigger.py
            role = f"{trigger.name}-{suffix}"
            add(RAM_ROLE, role, loc, f"the {what} role of sync trigger {trigger.name!r}", change)
            add(
                RAM_POLICY,
                policy_name_for(role, "policy"),
                loc,
                f"the policy of the {what} role of sync trigger {trigger.name!r}",
                change,
            )
    alias_loc = ("kms", "alias") if config.kms.alias else ("name",)  # default: alias/ossiac-<stack>
    alias_change = "another kms.alias"
    if config.kms.key_id is None:
        add(
            KMS_ALIAS,
            config.kms_alias,
            alias_loc,
            None if config.kms.alias else "the stack's key, by default",
            alias_change,
            config.region,
        )
    for region in sorted({b.replication.destination_region for b in config.buckets if b.replication} - {config.region}):
        add(
            KMS_ALIAS,
            f"{config.kms_alias}-{region}",
            alias_loc,
            f"the key the stack makes for replicas in {region}",
            alias_change,
            region,
        )
    deploy = config.deploy_role
    if deploy is not None:  # constructs/github_deploy_role.py: each role and its own policy
        roles: list[tuple[str, tuple[str, ...], str, str]] = [
            (deploy.name, ("deploy_role", "name"), "deploy", "deploy role")
        ]
        if deploy.read_role is not None:
            roles.append((deploy.read_role.name, ("deploy_role", "read_role", "name"), "read", "read role"))
        for role, role_loc, suffix, what in roles:
            change = "another " + ".".join(role_loc)
            add(RAM_ROLE, role, role_loc, change=change)
            add(RAM_POLICY, policy_name_for(role, suffix), role_loc, f"the policy of {what} {role!r}", change)
    group = config.alarms.contact_group
    add(
        CMS_GROUP,
        config.alarms.contact_group_props(config.name).name,
        ("alarms", "contact_group", "name") if group.name else ("name",),
        None if group.name else "the stack's alarm contact group, by default",
        "another alarms.contact_group.name",
    )
    for i, contact in enumerate(group.contacts):
        add(
            CMS_CONTACT,
            contact.name,
            ("alarms", "contact_group", "contacts", i, "name"),
            change="another contact name (one person can be a contact of two stacks under two names, e.g. alice-<stack>)",
        )
    return names
