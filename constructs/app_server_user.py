"""The app server's RAM user: it may only assume upload roles, never touch OSS itself.

No AccessKey is created: the provider schema ossiac pins has no access key resource, and a key in
Terraform state would be a long-lived secret. If the app server runs outside Alibaba Cloud and
needs a key for this user, create it outside ossiac (console or `aliyun ram CreateAccessKey`),
store it in a secret manager, and never put it in a Terraform output. Inside Alibaba Cloud
prefer a service principal (e.g. `fc.aliyuncs.com`) on the role and no user at all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cdktf_cdktf_provider_alicloud.data_alicloud_account import DataAlicloudAccount
from cdktf_cdktf_provider_alicloud.ram_policy import RamPolicy
from cdktf_cdktf_provider_alicloud.ram_user import RamUser
from cdktf_cdktf_provider_alicloud.ram_user_policy_attachment import RamUserPolicyAttachment
from constructs import Construct

from ossiac_constructs.invalid_props import InvalidPropsError
from ossiac_constructs.terraform_text import literal
from ossiac_policies.policy_document import compact_json
from ossiac_policies.policy_grammar import validate_policy
from ossiac_props.access import AppUserProps
from ossiac_props.ram_names import account_id_problem, policy_name_for

_ROLE_ARN = re.compile(r"^acs:ram::\d+:role/[A-Za-z0-9.-]+\Z")  # RAM role names: letters, digits, '.', '-'


class AppServerUser(Construct):
    """A RAM user allowed nothing but `sts:AssumeRole` on the roles given to `allow_assume`."""

    def __init__(self, scope: Construct, id_: str, props: AppUserProps, *, account_id: str | None = None) -> None:
        """`account_id`: the account the user lives in, for its ARN in trust policies. None: looked
        up at deploy time through the `alicloud_account` data source."""
        super().__init__(scope, id_)
        if account_id is not None and (message := account_id_problem(account_id)):
            raise InvalidPropsError(f"AppServerUser {self.node.path}", [f"account_id: {message}"])
        self.props = props
        self.user = RamUser(
            self, "user", name=props.name, display_name=literal(props.display_name), comments=literal(props.comments)
        )
        account = account_id or DataAlicloudAccount(self, "account").id
        # alicloud_ram_user exports no ARN; referencing the user's name orders the role after it.
        self.arn = f"acs:ram::{account}:user/{self.user.name}"
        self._assume_policy: RamPolicy | None = None

    def allow_assume(self, role_arns: Sequence[str]) -> None:
        """Attach the user's only policy: sts:AssumeRole on exactly these roles. Call once."""
        problems = []
        if self._assume_policy is not None:
            problems.append("allow_assume was already called; pass every role in one call")
        if not role_arns:
            problems.append("role_arns: give at least one role ARN")
        for index, arn in enumerate(role_arns):
            if "${" not in arn and not _ROLE_ARN.match(arn):
                problems.append(f"role_arns[{index}]: {arn!r} is not a role ARN (acs:ram::<account>:role/<name>)")
        document = {
            "Version": "1",
            "Statement": [
                {
                    "Sid": "AssumeUploadRoles",
                    "Effect": "Allow",
                    "Action": ["sts:AssumeRole"],
                    "Resource": list(role_arns),
                }
            ],
        }
        problems += [f"policy_document {issue}" for issue in validate_policy(document)] if role_arns else []
        if problems:
            raise InvalidPropsError(f"AppServerUser {self.node.path}", problems)
        self._assume_policy = RamPolicy(
            self,
            "assume-roles",
            policy_name=policy_name_for(self.props.name, "assume-roles"),
            policy_document=compact_json(document),
            description="ossiac: sts:AssumeRole on the upload roles only",
        )
        RamUserPolicyAttachment(
            self,
            "assume-roles-attachment",
            policy_name=self._assume_policy.policy_name,
            policy_type="Custom",
            user_name=self.user.name,
        )
