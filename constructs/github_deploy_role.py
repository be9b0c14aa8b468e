"""The deploy role of a stack: GitHub Actions assumes it through OIDC, with no stored AccessKey.

Trust: the RAM OIDC provider of `props`, and only tokens whose issuer, audience and subject (this
repository, one of the listed GitHub environments) match. Permissions: derived from the resources
the stack itself declares, each scoped to that resource by name or reference, never to `*`:
- OSS buckets (the bucket and its objects: every bucket setting resource acts on them);
- RAM roles, policies and users the stack makes, but not this role or its own policy, so a deploy
  can never widen what the deploy role may do (that change is made by a person);
- the stack's KMS keys (by their ARN, and creating keys), aliases and secrets;
- the stack's Terraform state object, when the state lives in OSS.
Other resource types (alarms, VPCs, VPN gateways, ...) belong to services that grant only on every
resource, or whose IDs the cloud makes. They are granted only when their service is named in
`deploy_role.unscoped`, and then only the actions the provider's code calls for those types
(ossiac_props.provider_actions); a stack that declares one without naming its service is refused.
KMS's resource ARNs: https://www.alibabacloud.com/help/en/kms/support/use-ram-to-control-access-to-kms-resources
(read 2026-12-04): key, alias and secret by name, and the key container for CreateKey.
"""

from __future__ import annotations

from typing import Any

from cdktf_cdktf_provider_alicloud.kms_alias import KmsAlias
from cdktf_cdktf_provider_alicloud.kms_key import KmsKey
from cdktf_cdktf_provider_alicloud.kms_secret import KmsSecret
from cdktf_cdktf_provider_alicloud.oss_bucket import OssBucket
from cdktf_cdktf_provider_alicloud.ram_policy import RamPolicy
from cdktf_cdktf_provider_alicloud.ram_role import RamRole
from cdktf_cdktf_provider_alicloud.ram_role_policy_attachment import RamRolePolicyAttachment
from cdktf_cdktf_provider_alicloud.ram_user import RamUser
from constructs import Construct

from ossiac.cdk import TerraformDataSource, TerraformOutput, TerraformResource, TerraformStack
from ossiac_constructs.invalid_props import InvalidPropsError
from ossiac_policies.policy_document import compact_json
from ossiac_policies.policy_grammar import validate_policy, validate_trust_policy
from ossiac_props.deploy_role import DeployRoleProps
from ossiac_props.provider_actions import SCOPED_SERVICES, actions_of, service_of
from ossiac_props.ram_names import policy_name_for

# The outputs CI reads: `deploy_role_role_arn`, `deploy_role_oidc_provider_arn`.
OUTPUT_PREFIX = "deploy_role_"
# Resource types granted through the resource they configure (a bucket's settings, a role's
# attachment): covered when that resource is.
_COVERED_THROUGH_PARENT = (
    "alicloud_oss_bucket_",
    "alicloud_ram_role_policy_attachment",
    "alicloud_ram_user_policy_attachment",
)


class GithubDeployRole(Construct):
    """`role`, `policy` and `attachment` are children with those IDs. Create it last in its stack:
    it grants on the resources present when it is made."""

    def __init__(
        self, scope: Construct, id_: str, props: DeployRoleProps, *, state_object: tuple[str, str] | None = None
    ) -> None:
        """`state_object`: (bucket, object key) of the stack's Terraform state when it lives in OSS."""
        super().__init__(scope, id_)
        self.props = props
        self.policy_name = policy_name_for(props.name, "deploy")
        trust = trust_policy(props)
        issues = [f"assume_role_policy_document {i}" for i in validate_trust_policy(trust)]
        found = TerraformStack.of(scope).node.find_all()
        managed = [r for r in found if isinstance(r, TerraformResource)]
        statements, unscoped = _grants(managed, props, state_object)
        read = sorted({d.terraform_resource_type for d in found if isinstance(d, TerraformDataSource)})
        unscoped_statement, problems = _unscoped(unscoped, read, props)
        issues += problems
        statements += unscoped_statement
        document = {"Version": "1", "Statement": statements}
        issues += [f"policy_document {i}" for i in validate_policy(document)]
        if issues:
            raise InvalidPropsError(f"GithubDeployRole {props.name}", issues)
        self.document = document
        self.role = RamRole(
            self,
            "role",
            role_name=props.name,
            assume_role_policy_document=compact_json(trust),
            max_session_duration=props.max_session_duration,
            description=f"ossiac: deploys stack {TerraformStack.of(scope).node.id} from GitHub {props.repository}",
        )
        self.policy = RamPolicy(
            self,
            "policy",
            policy_name=self.policy_name,
            policy_document=compact_json(document),
            description=f"ossiac: what deploy role {props.name} may change",
        )
        self.attachment = RamRolePolicyAttachment(
            self, "attachment", policy_name=self.policy.policy_name, policy_type="Custom", role_name=self.role.role_name
        )
        self.arn = self.role.arn
        # Known at synth (no reference): CI reads them from the synthesized JSON to assume the role.
        for key, value in (
            ("role_arn", f"acs:ram::{props.account_id}:role/{props.name}"),
            ("oidc_provider_arn", props.provider_arn),
        ):
            TerraformOutput(self, key, value=value).override_logical_id(f"{OUTPUT_PREFIX}{key}")


def trust_policy(props: DeployRoleProps) -> dict[str, Any]:
    """GitHub's token for one of the repository's environments, through the account's OIDC provider."""
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
                        "oidc:sub": props.subjects,
                    }
                },
            }
        ],
    }


def _grants(
    managed: list[TerraformResource], props: DeployRoleProps, state_object: tuple[str, str] | None
) -> tuple[list[dict[str, Any]], list[str]]:
    account = props.account_id
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
            if resource.role_name_input != props.name:
                ram.append(f"acs:ram::{account}:role/{resource.role_name_input}")
        elif isinstance(resource, RamPolicy) and isinstance(resource.policy_name_input, str):
            if resource.policy_name_input != policy_name_for(props.name, "deploy"):
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
    statements = [
        {"Effect": "Allow", "Action": [action], "Resource": sorted(set(arns), key=arns.index)}
        for action, arns in (("oss:*", oss), ("ram:*", ram), ("kms:*", kms))
        if arns
    ]
    if key_container:  # a key's ARN exists once it is made: CreateKey is granted on the container
        statements.append({"Effect": "Allow", "Action": ["kms:CreateKey"], "Resource": [f"acs:kms:*:{account}:key"]})
    if state_object is not None:
        bucket, key = state_object
        # Read and write the state (and Terraform's backup of it); list the bucket to find it.
        statements.append(
            {
                "Effect": "Allow",
                "Action": ["oss:GetObject", "oss:PutObject", "oss:DeleteObject"],
                "Resource": [f"acs:oss:*:{account}:{bucket}/{key}*"],
            }
        )
        statements.append(
            {"Effect": "Allow", "Action": ["oss:ListObjects"], "Resource": [f"acs:oss:*:{account}:{bucket}"]}
        )
    return statements, sorted(unscoped)


def _unscoped(written: list[str], read: list[str], props: DeployRoleProps) -> tuple[list[dict[str, Any]], list[str]]:
    """One statement on every resource with exactly the actions the provider calls for the written
    resource types and the read data sources, of the services the role names in `unscoped`; and a
    problem for each type whose service it does not name."""
    actions: set[str] = set()
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
    for service, kinds in sorted(needed.items()):
        problems.append(
            f"deploy_role.unscoped: the stack declares {', '.join(kinds)}, which {service!r} grants only on "
            f"every resource; name {service!r} in deploy_role.unscoped to grant exactly the actions the "
            "provider calls for them, or leave deploy_role out and deploy this stack with a person's credentials"
        )
    unused = sorted(set(props.unscoped) - {service_of(a) for a in actions} - set(needed))
    problems += [f"deploy_role.unscoped: {s!r} is named but the stack declares nothing of it" for s in unused]
    statement = [{"Effect": "Allow", "Action": sorted(actions), "Resource": ["*"]}] if actions else []
    return statement, problems
