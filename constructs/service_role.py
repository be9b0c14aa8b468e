"""One RAM role with its trust policy and one custom policy attached: every role ossiac makes.

Permissions are added by grants (`SecureBucket.grant_read(role, ...)`, ...) or `add_statements`;
each addition rewrites the policy document and validates it again (grammar, RAM's size limit), so
a role never carries a policy RAM would refuse. Names are checked on their real values by
ServiceRoleProps: a name derived from a token could not be.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

import jsii
from cdktf_cdktf_provider_alicloud.ram_policy import RamPolicy
from cdktf_cdktf_provider_alicloud.ram_role import RamRole
from cdktf_cdktf_provider_alicloud.ram_role_policy_attachment import RamRolePolicyAttachment
from constructs import Construct, IValidation

from ossiac.cdk import TerraformProvider, TerraformResource, TerraformStack
from ossiac_constructs.invalid_props import InvalidPropsError
from ossiac_constructs.terraform_text import literal
from ossiac_policies.policy_document import compact_json
from ossiac_policies.policy_grammar import validate_policy, validate_trust_policy
from ossiac_props.service_role import ServiceRoleProps


class ServiceRole(Construct):
    """`role`, `policy` and `attachment` are created as children with exactly those IDs."""

    def __init__(
        self,
        scope: Construct,
        id_: str,
        props: ServiceRoleProps,
        *,
        statements: Sequence[dict[str, Any]] = (),
        provider: TerraformProvider | None = None,
        former_id_prefix: str | None = None,
    ) -> None:
        """`former_id_prefix`: for roles that predate this construct, whose resources were children
        of `scope` named <prefix>-role, <prefix>-policy and <prefix>-attachment. Their logical IDs
        (Terraform addresses) are kept, so a deployed role is not deleted and recreated; `moved`
        blocks would do the same, but checkov cannot parse them."""
        super().__init__(scope, id_)
        self.props = props
        self._statements: list[dict[str, Any]] = []
        trust = _trust_policy(props)
        issues = [f"assume_role_policy_document {i}" for i in validate_trust_policy(trust)]
        if issues:
            raise InvalidPropsError(f"ServiceRole {self.node.path}", issues)
        self.role = RamRole(
            self,
            "role",
            provider=provider,
            role_name=props.name,
            assume_role_policy_document=compact_json(trust),
            max_session_duration=props.max_session_duration,
            description=literal(props.description),
        )
        self._keep_former_id(self.role, scope, former_id_prefix, "role")
        self.policy = RamPolicy(
            self,
            "policy",
            provider=provider,
            policy_name=props.policy_name,
            policy_document=compact_json(self.document),
            description=literal(props.policy_description),
        )
        self._keep_former_id(self.policy, scope, former_id_prefix, "policy")
        self.attachment = RamRolePolicyAttachment(
            self,
            "attachment",
            provider=provider,
            policy_name=self.policy.policy_name,
            policy_type="Custom",
            role_name=self.role.role_name,
        )
        self._keep_former_id(self.attachment, scope, former_id_prefix, "attachment")
        self.arn = self.role.arn
        self.role_name = self.role.role_name
        self.node.add_validation(_GrantedSomething(self))
        if statements:
            self.add_statements(statements)

    @staticmethod
    def _keep_former_id(resource: TerraformResource, scope: Construct, prefix: str | None, kind: str) -> None:
        """Before anything references the resource (a reference fixes its logical ID)."""
        if prefix is None:
            return
        scopes = scope.node.scopes
        path = [s.node.id for s in scopes[scopes.index(TerraformStack.of(scope)) + 1 :]] + [f"{prefix}-{kind}"]
        digest = hashlib.md5("/".join(path).encode()).hexdigest()[:8].upper()  # as cdktf's makeUniqueId
        resource.override_logical_id(f"{'_'.join(path)}_{digest}")

    @property
    def document(self) -> dict[str, Any]:
        return {"Version": "1", "Statement": list(self._statements)}

    def add_statements(self, statements: Sequence[dict[str, Any]]) -> None:
        """Append permission statements to the role's policy; InvalidPropsError if RAM would refuse it."""
        combined = [*self._statements, *statements]
        candidate = {"Version": "1", "Statement": combined}
        issues = validate_policy(candidate)
        if issues:
            raise InvalidPropsError(f"ServiceRole {self.node.path}", [f"policy_document {i}" for i in issues])
        self._statements = combined
        self.policy.policy_document = compact_json(candidate)


@jsii.implements(IValidation)
class _GrantedSomething:
    """At synth: a role whose policy grants nothing would be refused by RAM (an empty Statement)."""

    def __init__(self, role: ServiceRole) -> None:
        self._role = role

    def validate(self) -> list[str]:
        if self._role.document["Statement"]:
            return []
        return [f"ServiceRole {self._role.props.name}: nothing was granted to it (give it a grant or add_statements)"]


def _trust_policy(props: ServiceRoleProps) -> dict[str, Any]:
    principal: dict[str, list[str]] = {}
    if props.trusted_ram_arns:
        principal["RAM"] = list(props.trusted_ram_arns)
    if props.trusted_services:
        principal["Service"] = list(props.trusted_services)
    return {"Version": "1", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": principal}]}
